"""`math`: is the final answer of a response mathematically equal to the reference?

Pipeline per row (all columns documented in `curate.judges.base`; this judge adds `extracted_by`):

1. Reference: the answer part of `reference` (`curate.judges.math.reference.reference_answer`: a bare
   answer, or the last box / `#### N` / final "A: N" line of a worked solution), normalised
   and bounds-checked once per distinct reference (memoised: references repeat across the n
   samples of a prompt). A missing, empty, unparseable or out-of-bounds reference makes the row
   `unknown` (never `correct`: rewarding it would invite reward hacking).
2. Answer: extracted from the summary after `</think>` (`extract_answer`; a response with no
   reasoning tags at all is read whole, one that opened `<think>` and never closed it has no
   answer). `pred_answer` holds the extracted text, `extracted_by` the method.
3. Comparison, cheapest first: a multiple-choice letter when the reference is one; equal
   canonical strings; the in-process fast path (exact rationals, decimals within `rel_tol`,
   words, sets / tuples / intervals / lists / assignments of those); then, only for what is
   left, sympy in a killable worker process with a hard per-item deadline (`timeout_s`).
   Answers beyond the parse bounds are `incorrect` (`unsafe_answer:<why>`); a timeout or a
   worker failure is `unknown` (`timeout`, `worker_crashed`, ...).

Reason codes. correct: `equal_string`, `equal_number`, `equal_within_tolerance`, `equal_text`,
`equal_choice`, `equal_structure`, `equivalent`, `equivalent_equation`, `equivalent_numeric`,
`equivalent_up_to_constant` (two antiderivatives, each `+ C`, that differ by a constant),
`equal_up_to_scale` (a multiple of an eigenvector or a normal vector the prompt asks for),
`equal_residue`, `equal_residue_classes` (`12k \\pm 1` for `p \\equiv \\pm 1 \\pmod{12}`),
`isomorphic` (`\\mathbb{Z}_2 \\times \\mathbb{Z}_3` for `\\mathbb{Z}_6`).
incorrect: `no_completion`, `no_answer`, `empty_answer`, `unterminated_reasoning`, `truncated`,
`unfinished_answer` (a box opened after the answer and never closed), `ambiguous_answer`,
`different_number`, `different_text`, `different_choice`, `different_structure`,
`different_element`, `different_residue`, `different_residue_classes`, `not_isomorphic`,
`different_prime`, `rounded_not_exact` (`0.33` for `1/3` when the prompt asks for a common
fraction),
`malformed_number` (`11 6/6`: no proper mixed number), `unsolved_equation` (`2x = 3` for 3: an
equation to solve states no value), `false_equation`
(`7 + 1 = 42` for 42), `not_equivalent`, `unparseable_answer`, `unsafe_answer:<why>`.
unknown: `percent_unclear` (`25%` for a bare `25`: a percent only in the answer is its value
over 100, and it would answer both `25` and `0.25`; `5%` for `5 percentage points`),
`no_reference`, `unparseable_reference`, `unsafe_reference:<why>`, `unknown_unit` (`4000 bananas`
for `4000 ml`, `5 €` for `\\$5`), `temperature_unclear` (`10 °C` for `10 K`: equal as a
temperature difference only), `needs_figure` (`line AC` for `line AB`: one line when C lies on
it), `composition_order` (`(23)(345)` for `(2345)`: equal when composed from the right only),
`timeout`, `worker_crashed`, `worker_error`, `memory_limit`,
`too_deep`, `symbolic_error`, `undecided` (sympy could not decide), `narrower_domain`
(`\\ln(x+2)` for `\\ln|x+2|`), `internal_error` (an exception in process),
`symbolic_unavailable`, `symbolic_disabled`. Every exception and every "could not decide" is
`unknown` with its own code (the run's stats count `judge_reason`); `raise_on_error=True` raises
`MathJudgeError` instead.

Truncation: a row whose `finish_reason` is `length` was cut by the token limit; it is always
`incorrect` with reason `truncated` and has no answer (`pred_answer` is null), whatever it ends
with, because its last number or box was never meant as the final answer. Without a
`finish_reason`, a cut response has no closed `</think>` (no answer) or no standalone final line
(the fallbacks read only a whole final line or a final `x = value`, never a number inside
unfinished reasoning).

Ambiguity: two or more candidates in the answer part (`3 or 4`, `between 3 and 5`, two
different boxes that are not one tuple) against a single-valued reference are `incorrect`
(`ambiguous_answer`); against a reference with several values they are compared as a list.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any, ClassVar, Literal

import polars as pl
from curate.judges.base import (
    CORRECT,
    INCORRECT,
    UNKNOWN,
    Judge,
    JudgeParams,
    register,
    verdict_frame,
)
from curate.judges.math.aligned import aligned, stated_places
from curate.judges.math.around import REF_UNIT_HINT, UNIT_HINT, UNIT_VERDICT, with_units, worded
from curate.judges.math.asked import asks_direction, asks_exact, asks_percent
from curate.judges.math.assign import last_rhs
from curate.judges.math.change import as_changes
from curate.judges.math.direction import same_direction
from curate.judges.math.extract import DEFAULT_METHODS, METHODS, extract_answer
from curate.judges.math.fast import (
    CompareOptions,
    Decision,
    decimals,
    fast_compare,
    parse_struct,
    several_values,
)
from curate.judges.math.guard import guard
from curate.judges.math.intervals import bound_as_reference
from curate.judges.math.normalise import Normalised, choice_letter, normalise_answer
from curate.judges.math.quantity import DOLLAR_SIGN
from curate.judges.math.reference import one_form, reference_answer, restates_reference
from curate.judges.math.vectors import as_components
from curate.judges.math.voting import answer_key
from pydantic import Field

_PAIR_MEMO_MAX = 200_000
ERROR_REASONS = frozenset(
    {
        "internal_error",
        "symbolic_error",
        "worker_error",
        "worker_crashed",
        "memory_limit",
        "too_deep",
    }
)


class MathJudgeError(RuntimeError):
    """An internal error of the math judge, raised only with `raise_on_error=True`."""


ExtractMethod = Literal[
    "boxed",
    "answer_tag",
    "gsm8k",
    "final_answer",
    "answer_line",
    "bare",
    "last_math",
    "last_number",
]
_UNDEFINED = re.compile(r"\\frac\{[^{}]*\}\{0+\}|\\frac\d0(?!\d)|/0+(?![\d.])")  # x/0 has no value


class MathParams(JudgeParams):
    think_close: str = "</think>"
    """Tag that ends the reasoning; the answer is read from the text after it."""
    think_open: str = "<think>"
    """Tag that opens the reasoning (used to tell unfinished reasoning from an untagged answer)."""
    missing_close: Literal["untagged_whole", "whole", "none"] = "untagged_whole"
    """Without `think_close`: `untagged_whole` reads the whole response only when it has no
    `think_open` either (plain solutions); `whole` always reads it; `none` never does."""
    extract: tuple[ExtractMethod, ...] = DEFAULT_METHODS  # type: ignore[assignment]
    """Extraction methods (see `curate.judges.math.extract`): the explicit markers (`boxed`,
    `answer_tag`, `gsm8k`, `final_answer`; then `answer_line`), then the fallbacks in this order
    (`bare`, `last_math`); `last_number` (the last number anywhere) is opt-in."""
    rel_tol: float = Field(1e-6, ge=0.0, le=0.1)
    """Relative tolerance when either side is a decimal literal; exact values compare exactly."""
    percent_from_prompt: bool = True
    """Read the question in the row's `prompt` (`curate.judges.math.asked`): a predicted
    percentage (`20\\%`) against a bare reference (`20`) is that answer when it asks for a
    percentage ("What percentage ...?"); otherwise, and without a prompt, it is `unknown`
    (`percent_unclear`): 0.2 or 20 percent? A rounded decimal for an exact reference is
    `incorrect` (`rounded_not_exact`) when it asks for an exact form ("as a common fraction"). A
    nonzero multiple of a rational reference vector is `correct` (`equal_up_to_scale`) when it
    asks for an eigenvector, a normal or a direction vector (`curate.judges.math.direction`);
    forms of an antiderivative that differ by a constant are `equivalent_up_to_constant` when it
    asks for an indefinite integral (`curate.judges.math.integrals`)."""
    ordered_lists: bool = False
    """Whether a bare comma list (`1, 2`) must match in order; sets never, tuples always do."""
    choices: bool = True
    """A reference that is a single letter A-J is a multiple-choice answer: compare letters."""
    symbolic: bool = True
    """Use sympy (in a worker process) for what the fast path cannot decide; off: `unknown`."""
    timeout_s: float = Field(1.0, gt=0.0, le=60.0)
    """Hard deadline per symbolic comparison; a late item is `unknown` (`timeout`)."""
    workers: int = Field(1, ge=1, le=64)
    """Symbolic worker processes per judging process."""
    worker_memory_mb: int = Field(1024, ge=0)
    """Address-space cap of each worker (0: none); exceeding it is `unknown` (`worker_crashed`)."""
    max_answer_chars: int = Field(2000, ge=1)
    """Longer extracted answers or references are not parsed (`unsafe_answer:too_long`)."""
    raise_on_error: bool = False
    """Debugging: raise `MathJudgeError` (with the worker's traceback) instead of settling an
    internal error as `unknown` (`internal_error`, `symbolic_error`, `worker_error`, ...)."""


@lru_cache(maxsize=65_536)
def _prepare_reference(
    reference: str, max_chars: int
) -> tuple[Normalised | None, str | None, str | None]:
    """(normalised reference, choice letter, reason if unusable), memoised."""
    if len(reference) > 50 * max_chars:
        return None, None, "unsafe_reference:too_long"
    ans = reference_answer(reference)
    if ans is None:
        return None, None, "unparseable_reference"
    ans = one_form(ans)  # `2/3 或 0.67`: one value in two forms
    if len(ans) > max_chars:
        return None, None, "unsafe_reference:too_long"
    norm = normalise_answer(ans)
    if not norm.text:
        return None, None, "unparseable_reference"
    bad = guard(norm.text, max_chars)
    if bad is not None:
        return None, None, f"unsafe_reference:{bad}"
    if _UNDEFINED.search(norm.text):
        return None, None, "unparseable_reference"
    return norm, choice_letter(ans, strict=True), None


def _other_candidate(
    others: tuple[str, ...], pred: str, text: str, ref: str, opts: CompareOptions
) -> str:
    """Whether another box of the answer part names another value than the answer: "" when none
    does (boxes that normalise to nothing, such as `\\boxed{\\phantom{2}}` in the problem's
    notation, do not count); "hedge" when one is neither the answer nor, by the fast path, the
    reference; "reference" when each such box equals the reference (`\\boxed{\\frac{\\sqrt6}{4}}`
    or, simplified, `\\boxed{\\sqrt6:4}`): one value in two forms if the answer is right too, two
    candidates if it is not."""
    if not others:
        return ""
    found = ""
    mine = {answer_key(pred), text}
    for o in others:
        key, norm = answer_key(o), normalise_answer(o).text
        rhs = last_rhs(norm) if "=" in norm else None  # `\\boxed{3000/1500 = 2}` states 2
        same = key in mine or norm in mine or (rhs is not None and answer_key(rhs) in mine)
        if key and not same:
            if not _states_reference(norm, ref, opts):
                return "hedge"
            found = "reference"
    return found


def _options(
    p: MathParams, norm: Normalised, ref: Normalised, ref_pct: bool, exact: bool
) -> CompareOptions:
    """One row's options: the judge's settings, what normalisation found, an exact form asked."""
    flags = (norm.percent, ref_pct, norm.degrees, ref.degrees)
    places = (stated_places(norm.text, norm.percent), decimals(ref.text))
    rest = (norm.comma, ref.comma, exact, norm.cut, ref.cut)
    return CompareOptions(p.rel_tol, p.ordered_lists, *flags, *places, *rest)


def _hedged_reason(decision: Decision, pending: str) -> str:
    """A wrong answer beside another box that equals the reference names two candidates."""
    return (
        "ambiguous_answer" if decision[0] is False and pending == "pending_hedged" else decision[1]
    )


def _states_reference(text: str, ref: str, opts: CompareOptions) -> bool:
    """The fast path finds `text` (a normalised other box) equal to the reference."""
    if not text or guard(text) is not None:
        return False
    if text == ref:
        return True
    mine = dataclasses.replace(opts, pred_percent=False, pred_decimals=decimals(text))
    return fast_compare(text, ref, mine)[0] is True


Row = tuple[str, float | None, str | None, str | None, str]  # verdict, score, pred, method, reason


def _row(ok: bool | None, reason: str, pred: str | None, method: str | None) -> Row:
    if ok is True:
        return CORRECT, 1.0, pred, method, reason
    if ok is False:
        return INCORRECT, 0.0, pred, method, reason
    return UNKNOWN, None, pred, method, reason


@register("math")
class MathJudge(Judge[MathParams]):
    """Final answer vs reference: extraction, normalisation, exact numbers, sympy equivalence."""

    Params: ClassVar[type[MathParams]] = MathParams

    @classmethod
    def resources(cls, params: MathParams) -> dict[str, float]:
        """One CPU per symbolic worker process (the judging process mostly waits on them)."""
        return {"num_cpus": float(params.workers), "num_gpus": 0.0}

    def __init__(self, params: MathParams | None = None, **kwargs: object) -> None:
        super().__init__(params, **kwargs)
        for m in self.params.extract:
            if m not in METHODS:
                raise ValueError(f"unknown extraction method {m!r}")
        self._memo: dict[tuple[str, str, CompareOptions], Decision] = {}

    # ---- one row, in process -------------------------------------------------------------
    def _fast(
        self,
        completion: str | None,
        reference: str | None,
        finish: str | None,
        prompt: str | None = None,
    ) -> tuple[Row, tuple[str, str, CompareOptions] | None]:
        p = self.params
        if reference is None or not str(reference).strip():
            return _row(None, "no_reference", None, None), None
        ref, letter, bad = _prepare_reference(str(reference), p.max_answer_chars)
        if bad is not None or ref is None:
            return _row(None, bad or "unparseable_reference", None, None), None
        if completion is None:
            return _row(False, "no_completion", None, None), None
        if finish == "length":  # cut by the token limit: whatever it ends with is not an answer
            return _row(False, "truncated", None, None), None
        ex = extract_answer(completion, p.extract, p.think_close, p.think_open, p.missing_close)
        if ex.answer is None:
            return self._unread(completion, str(reference), ex.reason, ex.method), None
        pred, method = ex.answer, ex.method
        if len(pred) > p.max_answer_chars:
            return _row(False, "unsafe_answer:too_long", pred[:200], method), None
        if p.choices and letter is not None:
            got = choice_letter(pred)
            if got is not None:
                ok = got == letter
                return _row(ok, "equal_choice" if ok else "different_choice", pred, method), None
        said_first = worded(pred, str(reference), ref.text, prompt)
        if said_first is not None:
            return _row(said_first[0], said_first[1], pred, method), None
        said, ref_said = as_changes(pred, str(reference))  # `28% decrease` against `-28%`
        if ref_said is not None:
            reference, ref = ref_said, normalise_answer(ref_said)
        hint = (
            UNIT_HINT.search(said)
            or REF_UNIT_HINT.search(str(reference))
            or (DOLLAR_SIGN.match(said) and UNIT_HINT.search(str(reference)))
        )  # `\\$15` for `1500 cents`: the dollar sign is a unit
        units = with_units(said, str(reference)) if hint else None
        if isinstance(units, str):  # different_unit; unknown_unit, temperature_unclear
            return _row(UNIT_VERDICT.get(units), units, pred, method), None
        bound = bound_as_reference(said, str(reference))  # `\\{y | y > 0\\}` for `\\{x | x > 0\\}`
        norm, ref = units if isinstance(units, tuple) else (normalise_answer(bound), ref)
        norm, ref = as_components(norm, ref)  # `2i - 3j + k` against `(2, -3, 1)`
        if not norm.text:
            why = "malformed_number" if norm.malformed else "empty_answer"
            return _row(False, why, pred, method), None
        # `20\%` for a reference `20` to "What percentage ...?": the reference is in percent (a
        # reference `0.2` stays a fraction, which `20\%` equals anyway)
        ref_pct = ref.percent or (
            norm.percent
            and norm.text == ref.text
            and p.percent_from_prompt
            and asks_percent(prompt)
        )
        opts = _options(p, norm, ref, bool(ref_pct), p.percent_from_prompt and asks_exact(prompt))
        # `x<1 or x>2`, `(1, 2)`, `\\pm 3`: a reference that itself names several values
        one = parse_struct(ref.text).kind == "scalar" and not several_values(ref.text, False)
        other = _other_candidate(ex.others, pred, norm.text, ref.text, opts) if one else ""
        if one and (ex.ambiguous or other == "hedge"):
            return _row(False, "ambiguous_answer", pred, method), None  # a hedge, not an answer
        pending = "pending_hedged" if other else "pending"  # wrong -> two candidates
        if norm.text == ref.text and (ref_pct or not norm.percent):
            return _row(True, "equal_string", pred, method), None
        if (bad := guard(norm.text, p.max_answer_chars)) is not None:
            return _row(False, f"unsafe_answer:{bad}", pred, method), None
        if p.percent_from_prompt and asks_direction(prompt) and same_direction(norm.text, ref.text):
            return _row(True, "equal_up_to_scale", pred, method), None  # an eigenvector's multiple
        key = (*aligned(norm.text, ref.text, prompt if p.percent_from_prompt else None), opts)
        hit = self._memo.get(key)
        if hit is None:
            hit = fast_compare(*key)
            if hit[0] is not None:
                self._remember(key, hit)
        if hit[0] is not None:
            return _row(hit[0], _hedged_reason(hit, pending), pred, method), None
        if not p.symbolic:
            return _row(None, "symbolic_disabled", pred, method), None
        return _row(None, pending, pred, method), key

    def _unread(self, completion: str, reference: str, why: str | None, method: str | None) -> Row:
        """The row of a response no extraction rule reads: `correct` only when its final line is
        the reference itself (`odd $n$` for `odd $n$`), else `incorrect` for `why`."""
        p = self.params
        if why == "no_answer" and ("bare" in p.extract or "last_math" in p.extract):
            same = restates_reference(
                completion, reference, p.think_close, p.think_open, p.missing_close
            )
            if same is not None:
                return _row(True, "equal_string", same, "final_line")
        return _row(False, why or "no_answer", None, method)

    def _remember(self, key: tuple[str, str, CompareOptions], value: Decision) -> None:
        if len(self._memo) >= _PAIR_MEMO_MAX:
            self._memo.clear()
        self._memo[key] = value

    # ---- a batch ---------------------------------------------------------------------------
    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:
        n = batch.height
        comps = batch["completion"].to_list() if "completion" in batch.columns else [None] * n
        refs = batch["reference"].to_list() if "reference" in batch.columns else [None] * n
        finish = (
            batch["finish_reason"].cast(pl.Utf8).to_list()
            if "finish_reason" in batch.columns
            else [None] * n
        )
        prompts: list[str | None] = [None] * n
        if "prompt" in batch.columns and self.params.percent_from_prompt:
            from curate.lang.prompts import last_user_text

            prompts = last_user_text(batch, "prompt").to_list()
        if n and self.params.symbolic:  # the workers boot while the fast path runs
            from curate.judges.math.pool import get_pool

            get_pool(self.params.workers, self.params.worker_memory_mb).start()
        rows: list[Row] = []
        todo: dict[tuple[str, str, CompareOptions], list[int]] = {}
        for i, (c, r, f, q) in enumerate(zip(comps, refs, finish, prompts, strict=True)):
            try:
                row, key = self._fast(c, r, f, q)
            except Exception as exc:
                if self.params.raise_on_error:
                    raise MathJudgeError(f"row {i}: {type(exc).__name__}: {exc}") from exc
                row, key = _row(None, "internal_error", None, None), None
            rows.append(row)
            if key is not None:
                todo.setdefault(key, []).append(i)
        if todo:
            keys = list(todo)
            cached = {k: self._memo[k] for k in keys if k in self._memo}
            ask = [k for k in keys if k not in cached]
            if ask:
                from curate.judges.math.pool import get_pool

                pool = get_pool(self.params.workers, self.params.worker_memory_mb)
                results = pool.run(ask, self.params.timeout_s, self.params.raise_on_error)
                for k, res in zip(ask, results, strict=True):
                    if self.params.raise_on_error and res[1] in ERROR_REASONS | {"timeout"}:
                        raise MathJudgeError(f"{res[1]} on {k[0]!r} vs {k[1]!r}: {pool.last_error}")
                    cached[k] = res
                    if res[1] not in ERROR_REASONS | {"timeout", "symbolic_unavailable"}:
                        self._remember(k, res)
            for k, idxs in todo.items():
                ok, why = cached[k]
                for i in idxs:
                    _, _, pred, method, pending = rows[i]
                    rows[i] = _row(ok, _hedged_reason((ok, why), pending), pred, method)
        cols: list[Any] = list(zip(*rows, strict=True)) if rows else [[], [], [], [], []]
        return verdict_frame(
            list(cols[0]), list(cols[1]), list(cols[2]), list(cols[4]), extracted_by=list(cols[3])
        )
