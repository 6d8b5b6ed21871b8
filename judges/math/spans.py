"""Low-level scanning of a response: math spans, numbers, prose detection, answer stripping.

Shared by `extract` (markers) and `fallback` (the standalone final answer). Linear-time string
scanning, no regex backtracking on unbounded input.
"""

from __future__ import annotations

import re

from curate.text import boxed_spans, find_braced

BARE_MAX_CHARS = 100
_NUMBER = re.compile(
    r"-?\d+,\d{1,2}(?![\d,])|-?(?:\d{1,3}(?:(?:,| |\\,|\{,\})\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:/\d+)?|-?\.\d+"
)


_OPENERS = {"$$": "$$", "$": "$", "\\(": "\\)", "\\[": "\\]"}
# another value right after an answer's math span: `$2$ or $3$`, `$2$, $3$`, `$x=2$ and x = 3`
_MORE_VALUES = re.compile(
    r"(?:[ \t]*(?:,|;|\bor\b|\band\b|或者?|和|、|，|；))+[ \t]*(?:\$|\\\(|[-+]?\d|[A-Za-z]\s*=)"
)


# a condition on the value (`5 if n is even`, `5 in the first case`); `when rounded` is no case
CONDITION = re.compile(
    r"\b(?:if|unless|otherwise|whenever|when(?!\s+rounded))\b|\bin\s+the\s+\w+\s+case\b", re.I
)
# the writer doubts the value it states (`probably 5`, `5, but I am not sure`, `I guess it is 5`)
_DOUBT_WORDS = (
    r"\b(?:maybe|perhaps|probably|possibly|(?:I|we)\s+guess|my\s+(?:best\s+)?guess|guess(?:ed|ing)"
    r"|unsure|uncertain|no\s+idea|or\s+so|not\s+(?:sure|certain|confident)"
    r"|(?:don['’]?t|do\s+not)\s+know)\b"
)
DOUBT = re.compile(_DOUBT_WORDS, re.I)


def _phrase_after(text: str, start: int) -> str:
    """The answer phrase that starts at `start`: a math span if one opens there (and no other value
    follows it), else the rest of the line up to a sentence end."""
    rest = text[start : start + 2000]
    for op, cl in _OPENERS.items():
        if rest.startswith(op):
            end = rest.find(cl, len(op))
            while end > 0 and cl == "$" and rest[end - 1] == "\\":  # \$ is currency
                end = rest.find(cl, end + 1)
            if end > 0:
                after = rest[end + len(cl) : end + len(cl) + 40]
                if _MORE_VALUES.match(rest, end + len(cl)) or CONDITION.match(after.lstrip(" ,")):
                    break  # `$2$ or $3$`: all of them; `$5$ if n is even`: the whole phrase
                return rest[len(op) : end]
    line = rest.split("\n", 1)[0]
    tag = line.find("</")  # `<answer>The answer is 42</answer>`: the tag closes the phrase
    if tag >= 0:
        line = line[:tag]
    m = re.search(
        r"(?<!\.)\.(?!\.)(?:\s|$)|\s+(?:I hope|Hope|which|because|since)\b"  # not `...`
        r"|\s*\((?:(?:since|because|as|which|from|by|that\s+is)\b|not\s+(?=[-+$\\\d])|i\.e\.|e\.g\.)"
        r"|,?\s+(?:i\.e\.|e\.g\.|that\s+is,)"  # `1/2, i.e. 0.5`: a restatement follows
        r"|,\s*not\s+(?=[-+$\\\d])",  # `41 apples, not 42`: the value it rules out
        line,
    )
    return line[: m.start()] if m else line


def last_math_span(text: str) -> str | None:
    """Content of the last `$...$`, `$$...$$`, `\\(...\\)` or `\\[...\\]` (inline `$` and `\\(`
    spans stay on one line; an escaped `\\$` is currency, not a delimiter)."""
    found = _last_math_pos(text)
    return found[0] if found else None


def _last_math_pos(text: str) -> tuple[str, int, int] | None:
    """(content, start, end) of the last math span."""
    best: tuple[str, int, int] | None = None
    for close, open_ in (("\\)", "\\("), ("\\]", "\\[")):
        end = text.rfind(close)
        if end >= 0:
            start = text.rfind(open_, 0, end)
            if start >= 0 and (best is None or end > best[2]):
                inner = text[start + 2 : end]
                if close == "\\]" or "\n" not in inner:
                    best = (inner, start, end + 2)
    end = len(text)
    for _ in range(64):  # last unescaped "$"
        end = text.rfind("$", 0, end)
        if end <= 0 or text[end - 1] != "\\":
            break
        end -= 1
    if end > 0 and (best is None or end > best[2]):
        if text[end - 1] == "$":  # $$...$$
            start = text.rfind("$$", 0, end - 1)
            if start >= 0 and end - 1 > start + 2:
                return text[start + 2 : end - 1], start, end + 1
        else:
            start = end
            for _ in range(64):
                start = text.rfind("$", 0, start)
                if start <= 0 or text[start - 1] != "\\":
                    break
            if start >= 0 and "\n" not in text[start + 1 : end]:
                return text[start + 1 : end], start, end + 1
    return best


def _last_number_pos(text: str) -> tuple[str, int] | None:
    last = None
    for m in _NUMBER.finditer(text):
        last = m
    return (last.group(0).rstrip(","), last.start()) if last else None


_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}")


def _is_sentence(text: str) -> bool:
    """Three or more plain words (not LaTeX commands): prose rather than an answer."""
    return len(_WORD.findall(text.replace("\\text", ""))) >= 3


# `**5**`, `x = **5**`: Markdown bold, not a power (a power's `**` follows a value: `x**2`)
BOLD = re.compile(r"(?<![\w)\]}*])(\*\*|__)(?=[^\s*_])((?:(?!\1)[^\n])*?[^\s*_])\1(?![\w(*])")


_DOLLAR_AMOUNT = re.compile(r"\$\s?(?:\d|\.\d)")  # a lone `$` before an amount: a dollar sign


def strip_answer(ans: str) -> str:
    """Trim whitespace, math delimiters, bold markers (around the answer or inside it: `x =
    **5**`) and a trailing period (or a Chinese full stop); runs of spaces as one."""
    s = BOLD.sub(r"\2", ans).strip() if "**" in ans or "__" in ans else ans.strip()
    for _ in range(3):
        old = s
        s = s.strip().strip("*").strip()
        # `_120°_`: Markdown italics (no answer starts with _)
        if len(s) > 2 and s[0] == s[-1] == "_":
            s = s[1:-1].strip()
        if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'`":
            s = s[1:-1].strip()
        if s.startswith('\\"') and s.endswith('\\"'):
            s = s[2:-2].strip()
        for op, cl in (("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]")):
            if s.startswith(op) and s.endswith(cl) and len(s) >= len(op) + len(cl):
                s = s[len(op) : len(s) - len(cl)].strip()
        if (s.endswith(".") and not s.endswith(("..", ". . ."))) or s.endswith("。"):
            s = s[:-1].rstrip()
        if s.startswith("$") and s.count("$") == 1:  # half a delimiter, or a dollar sign
            s = "\\" + s if _DOLLAR_AMOUNT.match(s) else s[1:]  # `$4.80`: the unit stays
        if s.endswith("$") and s.count("$") == 1:
            s = s[:-1]
        if s == old:
            break
    if "  " in s and "\n" not in s:  # `2  2/5`: runs of spaces as one
        s = re.sub(" {2,}", " ", s)
    return empty_set_marks(s.strip())


# the empty set typed as a letter-like mark (`Ø`, Danish and Norwegian's O with a stroke, as
# keyboards give it) or as a pair of plain braces, and one such mark in plain braces: the set
# whose one element is the empty set (`{Ø}` is no `Ø`)
_EMPTY_MARK = re.compile(r"(?<![^\W_])[Øø∅](?![^\W_])")
_EMPTY_BRACES = re.compile(r"\{\s*\}")
_SET_OF_EMPTY = re.compile(r"\{\s*[Øø∅]\s*\}")


def empty_set_marks(s: str) -> str:
    """`Ø` and `∅` standing alone -> `\\emptyset`; a whole answer `{ }` -> `\\emptyset`; `{Ø}` ->
    `\\{\\emptyset\\}`."""
    if "{" in s and "\\" not in s:
        if _EMPTY_BRACES.fullmatch(s):
            return "\\emptyset"
        if _SET_OF_EMPTY.fullmatch(s):
            return "\\{\\emptyset\\}"
    return _EMPTY_MARK.sub(r"\\emptyset", s) if "Ø" in s or "∅" in s or "ø" in s else s


def _cut_box_after(region: str, pos: int, raw: str) -> bool:
    """A box opened after the answer and never closed (`\\boxed{42} ... actually \\boxed{4`):
    the response was cut while it wrote another answer (a box that is part of the answer itself,
    such as `\\boxed{5\\}` read by "The answer is", does not count)."""
    for cmd in ("\\boxed", "\\fbox"):
        i = region.rfind(cmd)
        if i > pos and region.count(cmd, pos) > raw.count(cmd):
            j = i + len(cmd)
            while j < len(region) and region[j] == " ":
                j += 1
            if j < len(region) and region[j] == "{" and find_braced(region, j) == -1:
                return True
    return False


# a last line that only closes the solution: `Done.`, `This is the final answer.`, `□`
_CLOSING_REMARK = re.compile(
    r"\n[ \t]*(?:(?:this|that)\s+is\s+(?:the|our|my)\s+(?:final\s+|general\s+)?"
    r"(?:answer|result|solution)(?:\s+to\s+the\s+(?:problem|equation|question))?\.?|done\.?"
    r"|q\.?e\.?d\.?|□|∎|\\(?:blacksquare|square|qed)|\$\\(?:blacksquare|square|qed)\$)[ \t]*\Z",
    re.I,
)


def _final_line(region: str) -> tuple[str, int] | None:
    """(text, start) of the last non-empty line; a display block `\\[...\\]` / `$$...$$` that
    ends the region counts as one line."""
    t = region.rstrip()
    end = _CLOSING_REMARK.search(t)
    if end is not None and t[: end.start()].strip():
        t = t[: end.start()].rstrip()  # `$$x = 2$$` then `Done.`: the value is above the remark
    if not t:
        return None
    for op, cl in (("\\[", "\\]"), ("$$", "$$")):
        if t.endswith(cl):
            start = t.rfind(op, 0, len(t) - len(cl))
            if start >= 0 and t.count("\n", start) <= 12:
                line_start = t.rfind("\n", 0, start) + 1
                return t[line_start:], line_start
    start = t.rfind("\n") + 1
    return t[start:], start


def unbullet(line: str) -> str:
    """The line without a list marker or quote mark; a minus that touches its digits stays
    (`- 40` is a list item, `-40` a negative number)."""
    body = line.lstrip(" \t>*#-")
    k = len(line) - len(body)
    if k and line[k - 1] == "-" and body[:1] in "0123456789." and body[:1]:
        return "-" + body
    return body


# a value a later sentence states: `it is 97`, `the total is 12`, `= 97`
_STATES = re.compile(r"(?:\b(?:is|are|equals|be)|=)\s*\$?\s*(-?\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)")


def stated_later(region: str, pos: int, raw: str) -> str | None:
    """A value stated after the answer a phrase or a label gives (`The answer is 110. But on
    reflection it is 97.`, `Answer: 5\nThat is 12 in all.`): the last one, as another candidate
    (the judge calls the answer a hedge unless it equals the answer); None when none follows."""
    end = region.find(raw, pos)
    rest = region[end + len(raw) :] if end >= 0 else ""
    found = None
    for m in _STATES.finditer(rest[:2000]):
        found = m.group(1)
    return found


# `{"final_answer": "60"}`, `"answer": 0.75`: an answer field of a JSON object
_JSON_ANSWER = re.compile(
    r'"(?:final_answer|answer)"\s*:\s*("(?:[^"\\]|\\.){0,2000}"|-?\d+(?:\.\d+)?)'
)


def json_answer(region: str) -> tuple[str, int] | None:
    """(value, position) of the last `"final_answer"` / `"answer"` field of a JSON object in the
    region (a string field JSON-unescaped, a number as written); None when there is none."""
    import json

    last = None
    for m in _JSON_ANSWER.finditer(region):
        last = m
    if last is None:
        return None
    try:
        value = json.loads(last.group(1))
    except ValueError:
        return None
    # the value's position: later than the "final answer" phrase its own key spells, so it wins
    return str(value), last.start(1)


_HEDGE = re.compile(
    r"\bor\b|\\text\{\s*or\s*\}|\bbetween\b.*\band\b|\beither\b|\\lor\b"
    rf"|(?<!\\)\bto\b[\s}}]*[-\d]|或|{_DOUBT_WORDS}",  # and Chinese "or"; a doubted value
    re.I,
)


def hedged(ans: str) -> bool:
    """Alternatives inside one answer: `3 or 4`, `between 3 and 5`, `3 to 5`; or a value its
    writer doubts (`maybe 4`, `probably 4`, `4, but I am not sure`)."""
    return _HEDGE.search(ans) is not None


def other_boxes(region: str, ans: str) -> tuple[str, ...]:
    """Contents of the boxes in the region that are not part of the chosen answer (the judge
    compares their canonical values: an earlier answer the model changed is a second candidate)."""
    spans = boxed_spans(region)
    if not spans:
        return ()
    mine = {re.sub(r"\s+", "", p) for p in re.split(r",| or ", ans)}
    mine.add(re.sub(r"\s+", "", ans))
    out = []
    for _, _, content in spans:
        c = strip_answer(content)
        if c and re.sub(r"\s+", "", c) not in mine:
            out.append(c)
    return tuple(dict.fromkeys(out))
