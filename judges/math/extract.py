"""Answer extraction from model responses and references (public, stable API).

Other judges may import from here::

    from curate.judges.math.extract import extract_answer, Extraction
    from curate.judges.math.reference import reference_answer
    from curate.judges.math.normalise import canonical_answer

`extract_answer(text)` reads the *summary* of an R1-style response (the text after the closing
think tag). A response without any reasoning tags (Qwen2.5-Math samples, GSM8K solutions, plain
chat answers) is judged from its whole text; a response that opened `<think>` but never closed it
is unfinished reasoning and yields no answer (`reason="unterminated_reasoning"`), unless
`missing_close="whole"` asks to read it anyway.

Methods (each takes its LAST occurrence in the region). Of the explicit markers (`boxed`,
`answer_tag`, `gsm8k`, `final_answer`, `answer_line`) the one found last in the text wins; the
fallbacks (`last_math`, `bare`, `last_number`) are tried in order only when no marker is found:

- `boxed`: last `\\boxed{...}` / `\\fbox{...}` (nested braces; adjacent boxes separated only by
  "and", commas or math delimiters are joined: `\\boxed{-2} and \\boxed{1}` -> `-2, 1`);
- `answer_tag`: `<answer>...</answer>` or `<solution>...</solution>`, any case (a box inside it
  wins), else a JSON object's `"final_answer"` / `"answer"` field (`{"final_answer": "60"}`);
- `gsm8k`: `#### 42`;
- `final_answer`: "final answer is ...", "the (correct) answer is ...", "final answer: ...",
  "final answer 10", and the same phrase in French, Spanish, Portuguese, Italian, German,
  Chinese, Japanese and Korean ("la réponse est", "答案是", "답은", ...);
- `answer_line`: a line starting "Answer:" / "A:" / "Réponse :" / "Ответ:" ... (GSM8K-style
  model solutions; a label alone on its line takes the next line as its value);
- `bare`: the whole region when it is one short line without math delimiters or prose (a bare
  answer such as `-5`, `1 000` or `x = 2`; `2n+1` stays `2n+1`);
- `last_math`: a standalone final answer on the last line only (`curate.judges.math.fallback`):
  the whole line when it is math; a math span closing the line after a connector (`is`, `=`,
  `:`, `Answer`, "we find that") or assigning a bare variable (`$x = 5$`); a plain value after
  the line's final connector ("The largest $n$ is 34" -> 34, "So we get x = 2y + 3" ->
  `x = 2y + 3`, never 3); the value of a true computation closing the line (`2(11) + 5 = 27
  minutes`); nothing when the line is cut inside a formula or its value is the last of several
  (`$x = 2$ or $x = 3$`);
- `last_number` (opt-in, not in the defaults): the last number of the region.

A completion that still holds its prompt (`<|User|>... <|Assistant|>reply`) is read after the last
token that opens the assistant's turn, and up to the first end-of-turn token.

A box opened after the answer and never closed (`\\boxed{42} ... actually \\boxed{4`) means the
response was cut while it answered again: no answer (`unfinished_answer`). A box its sentence
negates (`It is not \\boxed{5}`) states none; an answer the next words take back or doubt
(`\\boxed{5}? Let me check`, `The answer is 5. Wait, no.`) is a hedge (`curate.judges.math.doubt`).
Everything is linear-time string scanning (no regex backtracking on unbounded input).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from curate.judges.math import doubt
from curate.judges.math.boxes import last_boxed_joined, last_boxed_pos
from curate.judges.math.fallback import _final_value
from curate.judges.math.spans import (  # noqa: F401  (re-exported)
    _NUMBER,
    BARE_MAX_CHARS,
    BOLD,
    _cut_box_after,
    _is_sentence,
    _last_number_pos,
    _phrase_after,
    hedged,
    json_answer,
    last_math_span,
    other_boxes,
    stated_later,
    strip_answer,
)
from curate.judges.math.stated import one_value
from curate.judges.math.units import CJK
from curate.judges.math.words import ANSWER_WORDS

from curate.text import MAX_BOX_CHARS, boxed_spans, find_braced, paired_token  # noqa: F401  (re-exported)

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"

METHODS = (
    "boxed",
    "answer_tag",
    "gsm8k",
    "final_answer",
    "answer_line",
    "last_math",
    "bare",
    "last_number",
)
DEFAULT_METHODS: tuple[str, ...] = (
    "boxed",
    "answer_tag",
    "gsm8k",
    "final_answer",
    "answer_line",
    "bare",
    "last_math",
)

MissingClose = Literal["untagged_whole", "whole", "none"]

# end-of-turn / end-of-text tokens of common chat templates: the model's reply ends at the first;
# what follows (`<|im_start|>user ...`, a hallucinated next turn) is not part of its answer
_END_OF_TURN = re.compile(
    r"<\|(?:im_end|im_start|endoftext|eot_id|end_of_text|end|eos|end_of_sentence|User)\|>"
    r"|<｜(?:end▁of▁sentence|User)｜>|<eoa>"  # and MOSS's end of answer
)
# a completion that still holds its prompt (`<|User|>... <|Assistant|>reply`): the reply is
# what follows the last token that opens the assistant's turn
_ASSISTANT_TURN = re.compile(
    r"<[|｜]Assistant[|｜]>|<\|im_start\|>[ \t]*assistant\b"
    r"|<\|start_header_id\|>[ \t]*assistant[ \t]*<\|end_header_id\|>"
)
# ...but the tokens that open the reply itself (`<|im_start|>assistant`, a Llama-3 header, a
# begin-of-text token, DeepSeek's `<｜Assistant｜>`) come before it and are only dropped
_TURN_OPEN = re.compile(
    r"\s*(?:<\|(?:im_start|begin_of_text|start_header_id)\|>(?:[ \t]*(?:assistant|model)\b)?"
    r"(?:<\|end_header_id\|>)?|<｜(?:begin▁of▁sentence|Assistant)｜>)+\s*"
)

_GSM8K = re.compile(r"####[ \t]*(?=[-+−$\\\d.(]|[^\x00-\x7f])([^\n#]*)")
_FINAL_EN = re.compile(
    r"(?:final\s+answer|(?:the|my|our)\s+(?:correct\s+)?(?:answer|option|choice))"
    r"\s*(?:is|:|=|would\s+be|will\s+be|comes\s+to|works\s+out\s+to|amounts\s+to)\s*[:=]?\s*"
    r"|final\s+answer\s+(?=[-+$\\\d])",  # `final answer 10`
    re.I,
)
# the same in other languages (MGSM-style answers): fr, es, pt, it, de, zh, ja, ko; searched
# only in a region that holds one of their words (`_OTHER_LANG_CUE`), to keep the scan cheap
_FINAL_OTHER = re.compile(
    r"r[ée]ponse(?:\s+finale)?\s+est\s*:?\s*"
    r"|respuesta(?:\s+final)?\s+es\s*:?\s*"
    r"|resposta(?:\s+final)?\s+[ée]\s*:?\s*"
    r"|risposta(?:\s+finale)?\s+[èe]\s*:?\s*"
    r"|(?:endgültige\s+)?antwort\s+(?:ist|lautet)\s*:?\s*"
    r"|(?:最终答案|答案)\s*(?:(?:是|为)\s*[:：]?|[:：])\s*|答えは\s*|(?:최종\s*)?답은\s*",
    re.I,
)
_OTHER_LANG_CUE = ("ponse", "puesta", "posta", "ntwort")  # non-ASCII text is searched anyway


def final_matches(region: str) -> list[re.Match[str]]:
    """Every "the answer is" phrase of the region, English and the other languages, in order."""
    found = list(_FINAL_EN.finditer(region))
    if not region.isascii() or any(c in region for c in _OTHER_LANG_CUE):
        found.extend(_FINAL_OTHER.finditer(region))
        found.sort(key=lambda m: m.start())
    return found


# a heading that names the answer, alone on its line (`### Final Answer`): its value follows
_ANSWER_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]*\**(?:[Ff]inal\s+)?[Aa]nswers?\**[ \t]*()$", re.M)
_ANSWER_LINE = re.compile(
    r"^[ \t>*#_]*(?:(?:[Ff]inal\s+[Aa]nswer|[Aa]nswer|ANSWER|[Aa]ns|A"
    rf"|{ANSWER_WORDS})[ \t*_]*[:：]"
    r"|【(?:最终)?答案】[:：]?)[ \t]*"  # and the bracketed label of Chinese answer sheets
    r"(?:(?:\*\*|__)[ \t]+)?(.*)$",  # `**Answer:** **5**`: the label's bold closes, the value's opens
    re.M,
)


@dataclass(frozen=True)
class Extraction:
    """What `extract_answer` found.

    answer: the extracted answer text (math delimiters stripped), None if nothing was found.
    method: which method found it (one of `METHODS`), None if nothing.
    reason: why nothing was found (`no_answer`, `unterminated_reasoning`, `empty_answer`,
        `no_completion`), None when an answer was found.
    ambiguous: the answer names two or more candidates (`3 or 4`, `between 3 and 5`, `maybe`);
        the judge decides what that means against the reference (a hedge against one value).
    others: the other boxes of the region, not part of the answer (the judge treats one whose
        value differs from the answer as a second candidate).
    """

    answer: str | None
    method: str | None
    reason: str | None = None
    ambiguous: bool = False
    others: tuple[str, ...] = ()


def summary_region(
    text: str,
    think_close: str = THINK_CLOSE,
    think_open: str = THINK_OPEN,
    missing_close: MissingClose = "untagged_whole",
) -> str | None:
    """The part of a response the answer is read from, or None if it must not be read.

    After the first `think_close` when present (after the second in the cold-start form
    `TOKEN reasoning TOKEN summary`, see `curate.text.paired_token`). Otherwise: `untagged_whole` (default) reads the
    whole text only when it has no `think_open` either (a response without reasoning tags);
    `whole` always reads the whole text; `none` never does.
    """
    if think_close and paired_token(text, think_open, think_close):
        # cold-start form `TOKEN reasoning TOKEN summary`: the answer follows the second token
        first = text.find(think_close)
        second = text.find(think_close, first + len(think_close))
        if second >= 0:
            return text[second + len(think_close) :]
        return text if missing_close == "whole" else None
    if think_close:
        idx = text.find(think_close)
        if idx >= 0:
            return text[idx + len(think_close) :]
    if missing_close == "whole" or not think_close:
        return text
    if missing_close == "untagged_whole" and (not think_open or think_open not in text):
        return text
    return None


def _refine_phrase(phrase: str) -> str:
    """An answer phrase that is a sentence ("Jane started 3 hours ago") -> its one math span or
    its one number; a sentence with several candidates is kept whole (it is not one value); a
    short phrase ("Evelyn", "3 hours", "x = 5") is kept. One bold value in a phrase ("Jean paid
    **$27,000**.", "order **1,400 bananas** to last 2 months") is what the phrase answers."""
    bold = [m.group(2) for m in BOLD.finditer(phrase)] if "**" in phrase else []
    one_bold = bold[0] if len(bold) == 1 and re.search(r"\d", bold[0]) else None
    if not _is_sentence(phrase) and (phrase.isascii() or not CJK.search(phrase)):
        return one_bold if one_bold is not None and phrase.strip(" .*") != one_bold else phrase
    if doubt.qualified(phrase):
        return phrase  # `5 if n is even`, `5ではない`, `5, but I am not sure`: not plainly stated
    found = _final_value(phrase)
    if found is not None:
        return found[0]
    spans = [m for m in re.finditer(r"\$([^$]+)\$|\\\((.+?)\\\)", phrase)]
    if len(spans) == 1:
        return spans[0].group(1) or spans[0].group(2)
    if spans:
        return phrase
    nums = {m.group(0).rstrip(",") for m in _NUMBER.finditer(phrase)}
    if len(nums) == 1:
        return nums.pop()
    return one_bold if one_bold is not None else phrase


_PLAIN_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}(?:'[a-z]{1,2})?[,:]?\s")  # and `that's`
_STRONG = ("boxed", "answer_tag", "gsm8k", "final_answer")  # compared by position
# R1's `<answer>`, Unsloth's `<SOLUTION>`, agent frameworks' `<final_answer>`
_TAG = re.compile(r"<(/?)(answer|solution|final_answer)>", re.I)
_EXPLICIT = (*_STRONG, "answer_line")


def _answer_tag(region: str) -> tuple[str, int] | None:
    """(content, position) of the last closing answer tag and the last opening of the same name
    before it (a box inside wins), in one pass; None when that tag was never opened."""
    opened: dict[str, re.Match[str]] = {}
    last: tuple[re.Match[str] | None, re.Match[str]] | None = None
    for m in _TAG.finditer(region):
        name = m.group(2).lower()
        if m.group(1):
            last = (opened.get(name), m)
        else:
            opened[name] = m
    if last is None or last[0] is None:
        return None
    inner = region[last[0].end() : last[1].start()]
    boxed = last_boxed_joined(inner)
    return (boxed if boxed is not None else inner), last[0].start()


def _find(region: str, method: str) -> tuple[str, int] | None:
    """(raw answer, position) found by one method, or None."""
    if method == "boxed":
        return last_boxed_pos(region)
    if method == "answer_tag":  # a JSON answer field when no tag closes
        found = _answer_tag(region) if "</" in region else None
        return found or (json_answer(region) if 'answer"' in region else None)
    if method == "gsm8k":
        last = None
        for m in _GSM8K.finditer(region):
            last = m
        return (last.group(1), last.start()) if last else None
    if method == "final_answer":
        phrases = final_matches(region)
        if not phrases:
            return None
        last = phrases[-1]
        if (doubted := doubt.doubted_phrase(region, last)) is not None:
            return doubted, last.start()
        value = _phrase_after(region, last.end())
        if not strip_answer(value.strip("*_ ")):  # `**Final Answer:**` alone on its line
            value = _phrase_after(_next_line(region, last.end()), 0)
        elif lead := doubt.LEAD_ADVERB.match(value):  # `The answer is therefore $5$.`
            value = _phrase_after(value, lead.end())
        return _refine_phrase(value), last.start()
    if method == "answer_line":
        last, value = None, ""
        labels = [*_ANSWER_LINE.finditer(region), *_ANSWER_HEADING.finditer(region)]
        for m in sorted(labels, key=lambda m: m.start()):
            v = m.group(1) if strip_answer(m.group(1)) else _next_line(region, m.end())
            if v.strip():  # `**Answer:**` alone on its line: the value is on the next one
                last, value = m, v
        return (_refine_phrase(_phrase_after(value, 0)), last.start()) if last else None
    if method == "last_math":
        return _final_value(region)
    if method == "bare":
        t = region.strip()
        if (
            not t
            or len(t) > BARE_MAX_CHARS
            or "\n" in t
            or _is_sentence(t)
            or "$" in t
            or "\\(" in t
            or "\\[" in t
        ):
            return None
        # `It is 4`, `最大值是 2`: the value after the connector, as a final line
        if _PLAIN_WORD.search(t) or (not t.isascii() and CJK.search(t)):
            found = _final_value(t)
            if found is not None:
                return found[0], 0
        return t, 0
    if method == "last_number":
        return _last_number_pos(region)
    raise ValueError(f"unknown extraction method {method!r}; valid: {', '.join(METHODS)}")


def _next_line(region: str, end: int) -> str:
    """The value under an answer label alone on its line (within the next 1,500 characters): the
    first non-empty line after `end`, past one lead-in sentence ending in a colon ("The general
    solution is:"); a display block (`\\[` ... `\\]`, `$$` ... `$$`) whole."""
    lines = [t for t in region[end : end + 1500].split("\n")[1:] if t.strip()]
    if len(lines) >= 2 and lines[0].rstrip().endswith(":") and not _ANSWER_LINE.match(lines[0]):
        lines = lines[1:]  # a lead-in sentence
    if not lines:
        return ""
    opening = lines[0].strip()
    if opening in ("\\[", "$$"):
        closing = "\\]" if opening == "\\[" else "$$"
        body: list[str] = []
        for t in lines[1:]:
            if t.strip() == closing:
                return f"{opening} {' '.join(body)} {closing}"
            body.append(t.strip())
        return ""
    return lines[0]


def _past(region: str, start: int) -> int:
    """Where the box that opens at `start` ends: a marker inside it (`\\boxed{Final answer: 8}`)
    is part of the box, not a later answer."""
    return next((end for begin, end, _ in boxed_spans(region) if begin == start), start + 1)


def extract_from_region(
    region: str, methods: tuple[str, ...] | list[str] = DEFAULT_METHODS
) -> Extraction:
    """Strong markers first (`boxed`, `answer_tag`, `gsm8k`, `final_answer`: the one found LAST
    in the text wins, so "Final Answer: 10455" after a `\\boxed{255}` of an intermediate step
    counts), then an `answer_line`, then the fallbacks in the order given."""
    best: tuple[str, int, str] | None = None
    offset = 0
    for method in sorted((m for m in methods if m in _STRONG), key=_STRONG.index):
        found = _find(region[offset:], method)  # only a later marker can win
        if found is not None:
            best = (found[0], offset + found[1], method)
            offset = _past(region, best[1]) if method == "boxed" else best[1] + 1
    if best is None:
        for method in methods:
            if method in _STRONG:
                continue
            found = _find(region, method)
            if found is not None:
                best = (found[0], found[1], method)
                break
    if best is None:
        return Extraction(None, None, "no_answer")
    raw, pos, method = best
    if _cut_box_after(region, pos, raw):
        return Extraction(None, method, "unfinished_answer")
    if method == "boxed" and doubt.negated_box(region, pos):
        return Extraction(None, method, "no_answer")  # `It is not \\boxed{5}.`
    ans = strip_answer(raw)
    if method in ("final_answer", "answer_line", "gsm8k"):
        inner = last_boxed_joined(ans)  # "The final answer is $\\boxed{5}$"
        if inner is not None:
            ans = strip_answer(inner)
    if not ans:
        return Extraction(None, method, "empty_answer")
    if " or " in ans:
        ans = one_value(ans)  # `0.25 or 1/4`: one value in two forms
    others = other_boxes(region, ans)
    if method in ("final_answer", "answer_line"):
        stated = stated_later(region, pos, raw)  # `The answer is 110. Wait, it is 97.`
        if stated is not None:
            others = (*others, stated)
    if method in _STRONG and "answer_line" in methods:
        later = _find(region[best[1] + 1 :], "answer_line")  # `\boxed{4}` ... `Answer: five`
        if later is not None and strip_answer(later[0]):
            others = (*others, strip_answer(later[0]))
    doubted = hedged(ans) or (method in _EXPLICIT and doubt.retracted(region, pos, raw))
    return Extraction(ans, method, None, doubted, others)


def extract_answer(
    text: str | None,
    methods: tuple[str, ...] | list[str] = DEFAULT_METHODS,
    think_close: str = THINK_CLOSE,
    think_open: str = THINK_OPEN,
    missing_close: MissingClose = "untagged_whole",
) -> Extraction:
    """Extract the final answer of a model response (see the module docstring for the rules)."""
    if text is None:
        return Extraction(None, None, "no_completion")
    region = summary_region(_reply(text), think_close, think_open, missing_close)
    if region is None:
        return Extraction(None, None, "unterminated_reasoning")
    return extract_from_region(region, methods)


def _reply(text: str) -> str:
    """The model's reply: the tokens that open it dropped, cut at the first end-of-turn token."""
    if "<|" in text or "<｜" in text:
        turns = [m.end() for m in _ASSISTANT_TURN.finditer(text) if m.start() > 0]
        if turns:
            text = text[turns[-1] :]
        opened = _TURN_OPEN.match(text)
        if opened is not None:
            text = text[opened.end() :]
        m = _END_OF_TURN.search(text)
        if m is not None:
            text = text[: m.start()]
    return text
