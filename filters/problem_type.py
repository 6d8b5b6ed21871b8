"""`problem_type`: classify prompts by rules (proof, multiple choice, yes/no, needs a figure,
multi-part, invalid) and drop or route them by class, before generation is spent on them.

NeMo-Skills (OpenMathReasoning) and OpenThoughts drop proofs (no checkable answer), questions
that refer to a figure the text does not carry, multi-part questions (one reference cannot
check several answers) and invalid problems, and route multiple-choice and yes/no questions to
judges that read a letter or a word. The rules look at the structure of the prompt (imperative
proof verbs, option lists, part markers, references to a missing figure), never at a topic
vocabulary. Each prompt gets one `problem_type` (the first matching class in the order
invalid, needs_figure, proof, multi_part, multiple_choice, yes_no; else `answer`) and
`problem_flags` (every class that matched, comma-separated).

With `check_reference: true` the reference goes through the `math` judge against itself
before any sample exists: a reference the judge cannot read is `invalid` with reason
`problem_type:unreadable_reference` (its judge reason in `reference_check`), since every
sample of that prompt would be judged `unknown`. Rows of another `domain` than math are not
checked.

With `model:` set, prompts the rules leave as `answer` are asked to a model (any backend,
replies cached like the `difficulty` rating) for one of the classes; a reply naming no class
leaves the rules' label. The rules' labels are never overridden by the model.

Reasons: `problem_type:<class>` for classes listed in `drop`. `route` writes `reward_type` for
classes it maps (e.g. multiple_choice → choice) and leaves the other rows' value as it was.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl
from curate.filters.base import Filter, register
from pydantic import Field

from curate.backends.labeler import ChatModelConfig, plugin_labeler
from curate.lang import last_user_text
from curate.plugin import Params

CLASSIFY_TEMPLATE = (
    "Classify the problem below with ONE word from this list:\n"
    "proof (it asks to prove or show a statement), multiple_choice (it lists options to pick "
    "from), yes_no (the answer is yes or no), needs_figure (it refers to a figure that is not "
    "given), multi_part (it asks several separate questions), invalid (it is incomplete or has "
    "no answer), answer (it asks for one final answer).\n\nProblem:\n{prompt}\n\nClass:"
)
ProblemClass = Literal[
    "invalid", "needs_figure", "proof", "multi_part", "multiple_choice", "yes_no", "answer"
]
ORDER: tuple[str, ...] = (
    "invalid",
    "needs_figure",
    "proof",
    "multi_part",
    "multiple_choice",
    "yes_no",
)

# an imperative proof verb opening a sentence or clause ("Prove that", "Show that", "and hence
# show that"), not a verb inside a statement ("his report card needs to show that")
_PROOF = (
    r"(?im)(?:^|[.!?;:]\s+|\band\s+|,\s*)(?:then\s+|hence\s+|also\s+|thus\s+)?"
    r"(?:prove|disprove|(?:show|demonstrate|verify|establish|justify) (?:that|why|how)\b)"
)
# a figure referred to but not given: an [asy] block or an image in the text is a given figure
_FIGURE_REF = (
    r"(?i)\b(in|from|see|on) the (adjoining |accompanying |following |given )?"
    r"(figure|diagram|picture|image|drawing)\b|\bas (shown|pictured|drawn|illustrated)\b"
    r"|\b(figure|diagram|picture|graph) (below|above)\b|\bshown (below|above)\b"
)
_FIGURE_GIVEN = r"(?i)\[asy\]|!\[[^\]]*\]\(|<img\b|\\begin\{tikzpicture\}"
# options: at least two of "(A) …", "A) …", "A. …" at line starts, or "(A) … (B) …" inline
_OPTION_LINE = re.compile(r"(?m)^[ \t]*\(?([A-Ea-e])[).:][ \t]+\S")
_OPTION_INLINE = re.compile(r"\(([A-E])\)\s*\S")
_PART = re.compile(r"(?m)(?:^|[\s:;.])\(?((?:[a-d])|(?:i{1,3}|iv))\)[ \t]+\S")
_PART_WORD = re.compile(r"(?i)\bpart \(?([a-d1-4])\)?[:.)]?")
_YES_NO_START = re.compile(
    r"(?i)(?:^|[.!?]\s+)(is|are|does|do|did|can|could|will|would|has|have|was|were|should|must)"
    r"\b[^.!?]*\?\s*$"
)
_YES_NO_REF = {"yes", "no", "true", "false"}


_NOT_PROSE = re.compile(r"(?s)\[asy\].*?\[/asy\]|\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]")


def _options(text: str) -> bool:
    text = _NOT_PROSE.sub(" ", text)  # figure code and math carry labels like (A), not options
    letters = {m.group(1).upper() for m in _OPTION_LINE.finditer(text)}
    if len(letters) >= 2 and {"A", "B"} <= letters:
        return True
    inline = [m.group(1) for m in _OPTION_INLINE.finditer(text)]
    return len(set(inline)) >= 3 and inline[:2] == ["A", "B"]


def _parts(text: str) -> bool:
    marks = [m.group(1).lower() for m in _PART.finditer(text)]
    words = [m.group(1).lower() for m in _PART_WORD.finditer(text)]
    for seq in (marks, words):
        found = set(seq)
        if {"a", "b"} <= found or {"i", "ii"} <= found or {"1", "2"} <= found:
            return True
    return False


def classify(prompt: str | None, reference: Any = None) -> list[str]:
    """Every class the rules find for a prompt (empty: a plain question with an answer)."""
    text = (prompt or "").strip()
    flags: list[str] = []
    if len(re.sub(r"\s", "", text)) < 8:
        return ["invalid"]
    if re.search(_FIGURE_REF, text) and not re.search(_FIGURE_GIVEN, text):
        flags.append("needs_figure")
    if re.search(_PROOF, text):
        flags.append("proof")
    if _parts(text):
        flags.append("multi_part")
    if _options(text):
        flags.append("multiple_choice")
    ref = str(reference).strip().lower().rstrip(".") if reference is not None else ""
    # a yes/no reference decides; without a reference, a final yes/no question does
    if ref in _YES_NO_REF or (not ref and _YES_NO_START.search(_NOT_PROSE.sub(" ", text))):
        flags.append("yes_no")
    return flags


class ProblemTypeParams(Params):
    drop: list[ProblemClass] = Field(
        default_factory=lambda: ["invalid", "needs_figure", "proof"]  # type: ignore[arg-type]  # pydantic stubs: a Literal list factory
    )
    """Classes dropped (reason `problem_type:<class>`); the others are kept and labelled."""
    route: dict[ProblemClass, str] = Field(default_factory=dict)
    """Write `reward_type` for these classes, e.g. {multiple_choice: choice, yes_no: exact}."""
    check_reference: bool = False
    """Run each math reference through the `math` judge against itself; an unreadable one makes
    the prompt `invalid` (reason `problem_type:unreadable_reference`)."""
    prompt_column: str = "prompt"
    """Column holding the prompt (text, or chat messages: the last user message is read)."""
    model: ChatModelConfig | None = None
    """Ask this model for the class of prompts the rules call `answer`."""
    template: str = CLASSIFY_TEMPLATE
    """The request to the model; `{prompt}` is replaced by the prompt."""
    cache_dir: str | None = None
    """Where the model's replies are kept (default: the run directory)."""


@register("problem_type")
class ProblemTypeFilter(Filter[ProblemTypeParams]):
    """Classify prompts (proof, choice, yes/no, figure, multi-part, invalid); drop or route."""

    Params: ClassVar[type[ProblemTypeParams]] = ProblemTypeParams
    base_dir: Path | None = None
    run_dir: Path | None = None
    measures: ClassVar[tuple[str, ...]] = ("problem_type", "problem_flags", "reference_check")

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        prompts = last_user_text(batch, p.prompt_column).to_list()
        refs = (
            batch["reference"].to_list() if "reference" in batch.columns else [None] * len(prompts)
        )
        flags = [classify(t, r) for t, r in zip(prompts, refs, strict=True)]
        checks = self._reference_checks(batch) if p.check_reference else [None] * len(flags)
        for f, chk in zip(flags, checks, strict=True):
            if chk is not None and "invalid" not in f:
                f.insert(0, "invalid")
        labels = [next((c for c in ORDER if c in f), "answer") for f in flags]
        if p.model is not None:
            self._model_labels(prompts, labels)
        reasons: list[str | None] = []
        for label, chk in zip(labels, checks, strict=True):
            if label in p.drop:
                reasons.append(
                    "problem_type:unreadable_reference"
                    if label == "invalid" and chk is not None
                    else f"problem_type:{label}"
                )
            else:
                reasons.append(None)
        out = pl.DataFrame(
            {
                "problem_type": pl.Series(labels, dtype=pl.Utf8),
                "problem_flags": pl.Series([",".join(f) for f in flags], dtype=pl.Utf8),
                "reference_check": pl.Series(checks, dtype=pl.Utf8),
                "reason": pl.Series(reasons, dtype=pl.Utf8),
            }
        )
        if p.route:
            old = (
                batch["reward_type"].cast(pl.Utf8)
                if "reward_type" in batch.columns
                else pl.Series([None] * batch.height, dtype=pl.Utf8)
            )
            new = [p.route.get(lab, o) for lab, o in zip(labels, old.to_list(), strict=True)]  # type: ignore[call-overload]
            out = out.with_columns(pl.Series("reward_type", new, dtype=pl.Utf8))
        return out.with_columns(pl.col("reason").is_null().alias("keep"))

    def _model_labels(self, prompts: list[str | None], labels: list[str]) -> None:
        """Labels from the model for prompts the rules call `answer` (in place)."""
        p = self.params
        assert p.model is not None
        todo = [i for i, lab in enumerate(labels) if lab == "answer"]
        if not todo:
            return
        labeler = plugin_labeler(
            self, p.model, p.template, parse_class, "problem-type", p.cache_dir
        )
        for i, lab in zip(todo, labeler.label([prompts[i] or "" for i in todo]), strict=True):
            if lab.value is not None:
                labels[i] = lab.value

    def _reference_checks(self, batch: pl.DataFrame) -> list[str | None]:
        """Per row: None when the math judge reads the reference, else its judge reason."""
        from curate.registry import JUDGES

        n = batch.height
        if "reference" not in batch.columns:
            return ["no_reference"] * n
        refs = batch["reference"].cast(pl.Utf8)
        math_rows = pl.Series([True] * n)
        if "domain" in batch.columns:
            d = batch["domain"].cast(pl.Utf8).str.to_lowercase()
            math_rows = (d.is_null() | (d == "math")).fill_null(True)
        out: list[str | None] = [None] * n
        idx = [i for i in range(n) if math_rows[i]]
        if not idx:
            return out
        sub = pl.DataFrame(
            {
                "completion": [_as_answer(refs[i]) for i in idx],
                "reference": [refs[i] for i in idx],
            }
        )
        judged = JUDGES.get("math")().judge(sub)
        for i, verdict, why in zip(
            idx, judged["verdict"].to_list(), judged["judge_reason"].to_list(), strict=True
        ):
            if verdict != "correct":
                out[i] = str(why or verdict)
        return out


def parse_class(reply: str) -> str | None:
    """The first class name in a model's reply ("multiple_choice", "Class: proof."), or None."""
    words = re.findall(
        r"[a-z_]+", (reply or "").lower().replace("-", "_").replace(" choice", "_choice")
    )
    return next((w for w in words if w in (*ORDER, "answer")), None)


def _as_answer(ref: str | None) -> str:
    """The reference written as a final answer a model would give."""
    if ref is None or not ref.strip():
        return ""
    if "\\boxed" in ref:
        return ref
    return f"</think>\nThe answer is $\\boxed{{{ref.strip()}}}$."
