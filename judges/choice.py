"""`choice`: multiple-choice answers (letters A-J) against a reference letter, index or option text.

The letter is read from the answer (the text after `</think>`; a completion without think tags is
all answer; an unterminated `<think>` has none), in this order, each taking the LAST occurrence:

1. `\\boxed{B}`, `\\boxed{\\text{(B)}}`, `\\boxed{B) Paris}`, `<answer>B</answer>`;
2. a verdict phrase: "the answer is (D)", "Answer: **C**", "correct option is B", "I choose C",
   "option C is correct" ("I think A is wrong, the answer is C" gives C; "the answer is not A"
   gives nothing);
3. a line that is only a letter: `**B**`, `(B)`, `B.`; or a single `B) text` line (two or more
   such lines are an option list, not an answer);
4. with `fallback` (on by default): the last parenthesised or bold letter, else the last letter
   that ends a sentence ("... so it must be C."); "A" and "I" only after "is", "be", "option",
   "choice" or "answer" (never the article or the pronoun).
A boxed or phrase answer that is not a letter but equals an option's text (case- and
space-insensitive) selects that option.

The reference is a letter (`C`, `(C)`, `C.`, `Option C`, `\\boxed{C}`), an integer index
(`index_base`, 0 by default as in MMLU's `answer`; an index wins over an option whose text is
that number), or an option's text (GPQA's "Correct
Answer") when the row has options. Options come from `options_column` (by default the first of
`options`, `choices` present): a list of strings (MMLU, MMLU-Pro), ARC's
`{"text": [...], "label": [...]}` (labels such as `1`-`4` map to A-D by position), or their JSON
text. With options, only the first len(options) letters count.

Reasons: `match` (correct), `mismatch`, `no_choice` (incorrect), `no_reference`,
`unparseable_reference` (unknown). Extra column `choice_method`: boxed, tag, phrase, line,
fallback or option_text.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

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

from curate.text import last_boxed, split_trace

LETTERS = "ABCDEFGHIJ"
MAX_REGION = 20_000  # answers live at the end: only the last 20k chars of the answer are read

_WRAP = re.compile(r"\\(?:text|textbf|mathrm|mathbf|mathtt|textrm|operatorname)\s*\{([^{}]*)\}")
_LETTER_ONLY = re.compile(
    r"[\s(\[{*_$]*(?:(?i:option|choice)\s*)?[(\[]?([A-J])[)\]]?[\s.:)\]}*_$]*"
)
_LETTER_LEAD = re.compile(r"[\s(\[{*_$]*(?:(?i:option|choice)\s*)?[(\[]?([A-J])\s*[).:\]]\s+\S")
_ANSWER_TAG = re.compile(r"<answer>\s*(.{0,500}?)\s*</answer>", re.S)
_DECOR = r"[\s*_:=\"'“”‘’`$(\[{\\-]{0,12}"
_PHRASE = re.compile(
    r"(?i:\banswer|\bcorrect (?:option|choice|letter)|\bbest (?:option|choice)|\bI (?:would )?(?:choose|select|pick|go with)"
    r"|\bI'll (?:choose|select|pick|go with))"
    r"(?:\s+(?i:is|would be|should be|will be|must be|=))?"
    + _DECOR
    + r"(?:(?i:option|choice|letter)\s*)?"
    + _DECOR
    + r"(?:(?:text|textbf|mathrm|mathbf|boxed)\s*\{\s*\(?)?"
    + r"([A-J])(?![A-Za-z0-9'’])"
)
_PHRASE_AFTER = re.compile(
    r"(?:\(|\*\*|\b)([A-J])\)?(?:\*\*)?\s+(?i:is (?:the )?(?:correct|right|best)(?: answer| option| choice)?\b|is the answer\b)"
)
_LINE_LETTER = re.compile(r"[ \t>]*[*_(\[]*\s*([A-J])\s*[*_)\].]*[ \t]*")
_LINE_OPTION = re.compile(r"[ \t>]*[*_(\[]*([A-J])[)\].:][*_]*[ \t]+\S")
_FALLBACK_MARKED = re.compile(r"\(([A-J])\)|\*\*\(?([A-J])\)?\*\*")
_FALLBACK_BARE = re.compile(r"(?<![A-Za-z0-9'’])([A-J])(?=[.!]?\s*$|[.!](?:\s|$))", re.M)
_SPACES = re.compile(r"\s+")
_OPTION_LABEL = re.compile(r"^\s*\(?[A-J]\s*[).:]\s*")
_WORD_BEFORE = re.compile(r"(?i:\bis|\bbe|option|choice|answer)[\s:*(]*$")


def _norm_text(s: str) -> str:
    s = _WRAP.sub(r"\1", s)
    return _SPACES.sub(" ", s.replace("$", "")).strip().strip(".").strip().casefold()


def _unwrap(s: str) -> str:
    for _ in range(3):
        t = _WRAP.sub(r"\1", s)
        if t == s:
            break
        s = t
    return s.strip()


def letter_in(inner: str, allowed: str) -> str | None:
    """The letter a short answer names: `B`, `(B)`, `\\text{B}`, `Option B`, `B) Paris`."""
    s = _unwrap(inner)
    if len(s) > 500:
        return None
    m = _LETTER_ONLY.fullmatch(s) or _LETTER_LEAD.match(s)
    if m and m.group(1) in allowed:
        return m.group(1)
    return None


def option_index(text: str, options: list[str] | None) -> int | None:
    """Index of the one option whose text equals `text` (ignoring case, spaces, a "B)" label)."""
    if not options or len(text) > 2000:
        return None
    t = _norm_text(_OPTION_LABEL.sub("", text, count=1))
    if not t:
        return None
    hits = [i for i, o in enumerate(options) if _norm_text(_OPTION_LABEL.sub("", o, count=1)) == t]
    return hits[0] if len(hits) == 1 else None


def answer_region(completion: str, think_close: str = "</think>") -> str | None:
    trace = split_trace(completion, close_tag=think_close)
    if trace.has_close:
        return trace.summary[-MAX_REGION:]
    if trace.has_open:
        return None
    return completion[-MAX_REGION:]


def extract_choice(
    region: str, allowed: str = LETTERS, options: list[str] | None = None, fallback: bool = True
) -> tuple[str | None, str | None]:
    """(letter, method) of a region of answer text; (None, None) if it names no choice."""
    boxed = last_boxed(region)
    tags = _ANSWER_TAG.findall(region)
    for method, inner in (("boxed", boxed), ("tag", tags[-1] if tags else None)):
        if inner is not None:
            letter = letter_in(inner, allowed)
            if letter:
                return letter, method
            idx = option_index(inner, options)
            if idx is not None:
                return allowed[idx], "option_text"
    best: tuple[int, str] | None = None
    for rx in (_PHRASE, _PHRASE_AFTER):
        for m in rx.finditer(region):
            if m.group(1) in allowed and (best is None or m.start() > best[0]):
                best = (m.start(), m.group(1))
    if best is not None:
        return best[1], "phrase"
    lines = region.split("\n")
    only = [
        lm.group(1) for ln in lines if (lm := _LINE_LETTER.fullmatch(ln)) and lm.group(1) in allowed
    ]
    if only:
        return only[-1], "line"
    opts = [
        om.group(1) for ln in lines if (om := _LINE_OPTION.match(ln)) and om.group(1) in allowed
    ]
    if len(set(opts)) == 1:
        return opts[-1], "line"
    if options:
        tail = [ln for ln in lines if ln.strip()][-1:] or [""]
        idx = option_index(tail[0], options)
        if idx is not None:
            return allowed[idx], "option_text"
    if fallback:
        marked = [g1 or g2 for g1, g2 in _FALLBACK_MARKED.findall(region) if (g1 or g2) in allowed]
        if marked:
            return marked[-1], "fallback"
        bare = [
            m.group(1)
            for m in _FALLBACK_BARE.finditer(region)
            if m.group(1) in allowed
            and (
                m.group(1) not in "AI"
                or _WORD_BEFORE.search(region, max(0, m.start() - 16), m.start())
            )
        ]
        if bare:
            return bare[-1], "fallback"
    return None, None


def parse_options(value: Any) -> tuple[list[str] | None, list[str] | None]:
    """(option texts, labels) from an options cell; (None, None) when absent or unreadable."""
    if value is None:
        return None, None
    if isinstance(value, str):
        s = value.strip()
        if not s.startswith(("[", "{")):
            return None, None
        try:
            value = json.loads(s)
        except ValueError:
            return None, None
    if isinstance(value, dict):
        texts, labels = value.get("text"), value.get("label")
        if (
            isinstance(texts, list)
            and all(isinstance(t, str) for t in texts)
            and 0 < len(texts) <= len(LETTERS)
        ):
            if isinstance(labels, list) and len(labels) == len(texts):
                return list(texts), [str(x) for x in labels]
            return list(texts), None
        return None, None
    if (
        isinstance(value, list | tuple)
        and 0 < len(value) <= len(LETTERS)
        and all(isinstance(t, str) for t in value)
    ):
        return list(value), None
    return None, None


def reference_letter(
    ref: Any, options: list[str] | None, labels: list[str] | None, index_base: int = 0
) -> str | None:
    """The correct letter named by a reference, or None if it cannot be read."""
    n = len(options) if options else len(LETTERS)
    allowed = LETTERS[:n]
    if isinstance(ref, bool) or ref is None:
        return None
    s = str(ref).strip()
    if not s or len(s) > 5000:
        return None
    if labels and s in labels:
        return allowed[labels.index(s)]
    boxed = last_boxed(s)
    inner = _unwrap(boxed if boxed is not None else s)
    m = _LETTER_ONLY.fullmatch(inner)
    if m:
        return m.group(1) if m.group(1) in allowed else None
    if s.lstrip("-").isdigit() and len(s) <= 3:  # an index (MMLU) unless out of range
        i = int(s) - index_base
        if 0 <= i < n:
            return allowed[i]
    idx = option_index(s, options)
    if idx is not None:
        return allowed[idx]
    m = _LETTER_LEAD.match(inner)  # "(C) 12" as a reference
    return m.group(1) if m and m.group(1) in allowed else None


class ChoiceParams(JudgeParams):
    think_close: str = "</think>"
    """Tag that ends the reasoning; the choice is read from the text after it."""
    options_column: str | None = None
    """Column with the options (list of texts, or ARC's {text, label}); None: `options` or `choices` if present."""
    index_base: int = 0
    """An integer reference is an index from this base (0: MMLU's `answer`; 1: one-based)."""
    fallback: bool = True
    """Use the last-letter heuristics when no explicit answer is found."""


@register("choice")
class ChoiceJudge(Judge[ChoiceParams]):
    """Multiple-choice letter (A-J) of the answer equals the reference (letter, index or option text)."""

    Params: ClassVar[type[ChoiceParams]] = ChoiceParams

    def _options_col(self, batch: pl.DataFrame) -> str | None:
        col = self.params.options_column
        if col is not None:
            return col if col in batch.columns else None
        return next((c for c in ("options", "choices") if c in batch.columns), None)

    def _one(
        self, completion: str | None, ref: Any, opts: Any
    ) -> tuple[str, float | None, str | None, str, str | None]:
        p: ChoiceParams = self.params
        if ref is None or (isinstance(ref, str) and not ref.strip()):
            return UNKNOWN, None, None, "no_reference", None
        options, labels = parse_options(opts)
        gold = reference_letter(ref, options, labels, p.index_base)
        if gold is None:
            return UNKNOWN, None, None, "unparseable_reference", None
        region = answer_region(completion, p.think_close) if completion is not None else None
        if region is None:
            return INCORRECT, 0.0, None, "no_choice", None
        allowed = LETTERS[: len(options)] if options else LETTERS
        letter, method = extract_choice(region, allowed, options, p.fallback)
        if letter is None:
            return INCORRECT, 0.0, None, "no_choice", None
        if letter == gold:
            return CORRECT, 1.0, letter, "match", method
        return INCORRECT, 0.0, letter, "mismatch", method

    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:
        n = batch.height
        comps = batch["completion"].to_list()
        refs = batch["reference"].to_list() if "reference" in batch.columns else [None] * n
        col = self._options_col(batch)
        opts = batch[col].to_list() if col is not None else [None] * n
        rows = [self._one(c, r, o) for c, r, o in zip(comps, refs, opts, strict=True)]
        cols: list[Any] = list(zip(*rows, strict=True)) if rows else [[], [], [], [], []]
        return verdict_frame(
            list(cols[0]), list(cols[1]), list(cols[2]), list(cols[3]), choice_method=list(cols[4])
        )
