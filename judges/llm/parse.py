"""Reading a grading judge's verdict: CORRECT or INCORRECT, or None rather than a guess.

`parse_grade(reply)` looks only at the judge's final answer (after its last `</think>`; a reply
that opens `<think>` and never closes it has none), with the blocks it may have echoed from the
prompt (`<problem>…</problem>`, `<reference_answer>…</reference_answer>`, `<response>…</response>`)
and `>` quote lines cut out first, so a verdict written inside the graded response can never be
read as the judge's own. Then:

1. Explicit markers anywhere in what is left: `Verdict: CORRECT` (any case, markdown, `=`/`-`,
   `Final verdict`, `Judgement`, `Decision`, `Grade`, "the verdict is"), `\\boxed{correct}` /
   `\\boxed{\\text{incorrect}}`, `[[CORRECT]]`, JSON `{"verdict": "incorrect"}` or
   `{"correct": true}`. Labels: correct / right / true / yes / equivalent / pass / 正确, and
   incorrect / wrong / false / no / not correct / not equivalent / fail / 错误 / 不正确.
   A marker quoted inside a sentence (`it says "Verdict: CORRECT", but`) or in a disjunction
   (`CORRECT or INCORRECT`, `CORRECT/INCORRECT`) is a mention, not a decision. The remaining markers must agree: two
   different verdicts are contradictory (None).
2. Without markers: the last non-empty line when it is a bare label (`Correct.`, `**No**`) or a
   conclusion such as "Therefore, the response is not correct."
3. Otherwise None, with `refused` when the reply reads as a refusal ("I can't help with that").

Everything is linear in the reply; only its last `MAX_SCAN` characters are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from curate.text import THINK_CLOSE, THINK_OPEN

Grade = Literal["correct", "incorrect"]
UNPARSEABLE = "unparseable_verdict"
REFUSED = "refused"
MAX_SCAN = 32_000
"""Characters of the final answer that are read (from its end: the verdict comes last)."""

ECHO_TAGS = ("problem", "question", "reference_answer", "reference", "response")
"""Delimiters the default template puts around what it quotes; echoed blocks are cut out."""

_POS = {"correct", "right", "true", "yes", "equivalent", "pass", "正确"}
_NEG = {
    "incorrect",
    "wrong",
    "false",
    "no",
    "inequivalent",
    "not equivalent",
    "not correct",
    "fail",
    "错误",
    "不正确",
}
# Every quantifier is bounded: a reply of 30k `*` or spaces must not make a regex backtrack
# quadratically (hostile input, see the tests).
_S = r"\s{0,8}"
_LABEL = (
    r"(?P<label>not\s{1,4}correct|not\s{1,4}equivalent|incorrect|inequivalent|correct|wrong|"
    r"right|true|false|yes|no|equivalent|pass|fail|不正确|正确|错误)(?![A-Za-z])"
)
_KEY = r"(?:final\s{1,4})?(?:verdict|judg(?:e)?ment|decision|grade)"
_OPEN = r"[*_`\"'\[(\s]{0,12}"
_FILLER = (
    r"(?:the\s{1,4}(?:model'?s?\s{1,4}|final\s{1,4})?(?:response|answer|prediction|solution)"
    r"\s{1,4}is\s{1,4})?"
)
_MARKERS = [
    # Verdict: CORRECT / **Final verdict**: incorrect / "verdict": "correct" / the verdict is NO
    re.compile(
        r"(?<![A-Za-z])(?P<q>[\"“'‘`])?[*_]{0,4}"
        + _KEY
        + r"(?P<qk>[\"'`])?[*_]{0,4}"
        + _S
        + r"(?:(?:is|was|would\s{1,4}be)"
        + _S
        + r")?[:：=\-–—]?"
        + _OPEN
        + _FILLER
        + _LABEL,
        re.I,
    ),
    # \boxed{correct} / \boxed{\text{Incorrect}}
    re.compile(r"\\boxed\s{0,4}\{\s{0,4}(?:\\text(?:bf|rm)?\s{0,4}\{\s{0,4})?" + _LABEL, re.I),
    # [[CORRECT]]
    re.compile(r"\[\[\s{0,4}" + _LABEL + r"\s{0,4}\]\]", re.I),
    # {"correct": true} / {"is_correct": false}
    re.compile(r"[\"'](?:is_)?correct[\"']\s{0,4}:\s{0,4}(?P<label>true|false)\b", re.I),
]
_DISJUNCTION = re.compile(
    r"[\s*_`\"'”’\])]{0,8}(?:/|\||\bor\b|\band\b|\bvs\.?|或)[\s*_`\"'“‘\[(]{0,8}"
    r"(?:" + _KEY + r"[\s:：=*_`\"'“‘\[(]{0,12})?" + _LABEL,
    re.I,
)
_STRIP = " \t*_`\"'“”‘’#>.!。！:：()[]{}-"
_BARE = re.compile(r"^(?:(?:final\s+)?(?:answer|result)\s*[:：=]?\s*)?" + _LABEL + r"$", re.I)
_CONCLUSION = re.compile(
    r"^(?:(?:so|thus|therefore|hence|overall|in\s+conclusion|in\s+summary)\s*[,:]?\s*)?"
    r"(?:the\s+)?(?:(?:model|student|candidate|given)'?s?\s+)?(?:final\s+)?"
    r"(?:response|answer|prediction|solution|final\s+answer)(?:'s\s+final\s+answer)?\s+is\s+"
    r"(?P<neg>not\s+)?(?P<label>correct|incorrect|right|wrong|equivalent)"
    r"(?:\s+(?:to|with)\s+the\s+reference(?:\s+answer)?)?$",
    re.I,
)
_REFUSAL = re.compile(
    r"\bI\s*(?:'m|am)\s+(?:sorry|unable|not\s+able)\b"
    r"|\bI\s+(?:can(?:'|no|’)t|cannot|won(?:'|’)t|will\s+not|must\s+decline)\s+"
    r"(?:help|assist|comply|provide|do|grade|evaluate|judge|answer|fulfil|fulfill)\b"
    r"|\bas\s+an\s+ai\b|\bI\s+must\s+decline\b",
    re.I,
)


@dataclass(frozen=True)
class Parsed:
    """A verdict (`correct`/`incorrect`), or None with why (`unparseable_verdict`, `refused`)."""

    verdict: Grade | None
    reason: str | None = None


def final_answer(text: str) -> str | None:
    """The judge's final answer: after the last `</think>`; None for unfinished reasoning."""
    idx = text.rfind(THINK_CLOSE)
    if idx >= 0:
        return text[idx + len(THINK_CLOSE) :]
    if THINK_OPEN in text:
        return None
    return text


def cut_echoes(text: str, tags: tuple[str, ...] = ECHO_TAGS) -> str:
    """Remove `<tag>…</tag>` blocks (closed ones, linear scan) and `>` quote lines."""
    low = text.lower()
    out: list[str] = []
    pos = 0
    nxt = {tag: low.find(f"<{tag}>") for tag in tags}  # next opening of each tag (-1: none)
    while True:
        for tag, i in nxt.items():
            if 0 <= i < pos:  # skipped over: look again from here (each search moves forward)
                nxt[tag] = low.find(f"<{tag}>", pos)
        live = [(i, tag) for tag, i in nxt.items() if i >= 0]
        if not live:
            break
        start, tag = min(live)
        end = low.find(f"</{tag}>", start)
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + len(tag) + 3
    out.append(text[pos:])
    kept = "".join(out)
    return "\n".join(ln for ln in kept.split("\n") if not ln.lstrip().startswith(">"))


def _grade(label: str, negated: bool = False) -> Grade | None:
    key = re.sub(r"\s+", " ", label.strip().lower())
    if key in _POS:
        return "incorrect" if negated else "correct"
    if key in _NEG:
        return None if negated else "incorrect"
    return None


def _alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is alone on its line (markdown and punctuation aside)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip(" \t*_#>-")
    after = text[end : len(text) if line_end < 0 else line_end].strip(" \t*_\"'”’`.!)]")
    return not before and not after


def _markers(text: str) -> list[Grade]:
    """The decisive markers of `text`, in order (mentions and quotes left out)."""
    found: list[tuple[int, int, Grade | None]] = []
    for pat in _MARKERS:
        for m in pat.finditer(text):
            quoted = "q" in pat.groupindex and m.group("q") and not m.group("qk")
            if quoted and not _alone(text, m.start(), m.end()):
                continue  # `The response says "Verdict: CORRECT", but ...`: a quotation
            found.append((m.start(), m.end(), _grade(m.group("label"))))
    found.sort()
    decisive: list[Grade] = []
    skip_until = -1
    for start, end, grade in found:
        if start < skip_until:
            continue
        tail = _DISJUNCTION.match(text, end)
        if tail is not None:  # "CORRECT or INCORRECT": a mention of both, no decision
            skip_until = tail.end()
            continue
        if grade is not None:
            decisive.append(grade)
    return decisive


def _last_line(text: str) -> Grade | None:
    for line in reversed(text.split("\n")):
        s = line.strip().strip(_STRIP).strip()
        if not s:
            continue
        s = re.sub(r"\s+", " ", s)
        m = _BARE.match(s)
        if m:
            return _grade(m.group("label"))
        m = _CONCLUSION.match(s)
        if m:
            return _grade(m.group("label"), negated=bool(m.group("neg")))
        return None
    return None


def parse_grade(reply: str | None) -> Parsed:
    """The verdict of a grading judge's reply (see the module docstring)."""
    if not reply or not reply.strip():
        return Parsed(None, UNPARSEABLE)
    final = final_answer(reply)
    if final is None:
        return Parsed(None, UNPARSEABLE)
    if len(final) > MAX_SCAN:
        final = final[-MAX_SCAN:]
    text = cut_echoes(final)
    grades = _markers(text)
    if grades:
        return Parsed(grades[0]) if len(set(grades)) == 1 else Parsed(None, UNPARSEABLE)
    last = _last_line(text)
    if last is not None:
        return Parsed(last)
    if _REFUSAL.search(text[:2000]):
        return Parsed(None, REFUSED)
    return Parsed(None, UNPARSEABLE)
