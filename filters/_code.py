"""Code detection for the `code_block` filter (private): fences and indented code.

Fences follow CommonMark loosely: a line that starts (after any indentation) with three or
more backticks, or with three or more tildes followed at most by a one-word info string, plus a
backtick fence opened mid-line and followed by a language name (`Let me check:```python`).
Tilde lines are strict so LaTeX non-breaking spaces (`~~~`) never count.

Indented code is a run of lines indented by 4+ spaces or a tab, after a blank line (an indented
block cannot interrupt a paragraph), of which none looks like math (`$`, `\\[`, `\\(`, a LaTeX
command of two or more letters, `^{`, `_{`, `&=`) and at least one looks like code (a
keyword statement, an assignment operator like `+=`, a call `name.attr(`, `print(`, a line
ending with `;`, `{` or a Python block colon). Indented LaTeX, indented lists and indented
plain equations (`x = 5`) are therefore never code.
"""

from __future__ import annotations

import re

import polars as pl

FENCE_LINE_RE = (
    r"(?m)^[ \t]*`{3,}"  # a backtick fence line (opening with info string, or closing)
    r"|^[ \t]*~{3,}[ \t]*[\w+#.-]*[ \t]*\r?$"  # a tilde fence line: nothing but an info word
    r"|`{3,}[A-Za-z][\w+#.-]*[ \t]*\r?$"  # a fence opened mid-line: "... ```python"
)
# A fence line that opens a math block (```math, ~~~latex): not code.
MATH_FENCE_TEMPLATE = r"(?mi)(?:`{{3,}}|~{{3,}})[ \t]*(?:{langs})[ \t]*\r?$"
# Cheap pre-check for indented code: some indented line with a code-looking token.
INDENTED_HINT_RE = (
    r"(?m)^(?: {4}|\t)[^\n]*(?:\b(?:def|class|import|return|print|elif|while|for|function|"
    r"var|let|const|public|void|int|include|fn)\b|[;{:][ \t]*\r?$|\+=|-=|==|\w\.\w+\()"
)

_INDENTED = re.compile(r"^(?: {4}|\t)")
_MATHY = re.compile(r"\$|\\[\[\]()]|\\[A-Za-z]{2,}|[\^_]\{|&\s*=|\\\\")
_CODE_LINE = re.compile(
    r"""^\s*(?:
        (?:def|class)\s+\w+.*:\s*$
      | (?:import\s+[\w.]+|from\s+[\w.]+\s+import\s+\w)
      | for\s+\w+(?:\s*,\s*\w+)*\s+in\s+\S.*:\s*$
      | (?:if|elif|while)\s+(?:not\s+)?[\w.\[\]()]+\s*(?:(?:==|!=|<=|>=|<|>|%|\bin\b|\bis\b)[^:]*)?:\s*$
      | (?:else|try|finally)\s*:\s*$
      | except\b[^:]*:\s*$
      | with\s+.+\s+as\s+\w+\s*:\s*$
      | return\b
      | (?:\#include|\#define|public|private|static|void|int|long|double|char|bool|auto|
           const|let|var|function|fn|using|package|namespace|template)\s+[\w<*&]
      | [}\]]\s*[;,)]?\s*$
    )
    | \bprint\s*\(
    | ;\s*$
    | \{\s*$
    | \w\s*(?:\+=|-=|\*=|/=|%=|==|!=|\|\||&&)
    | \b[A-Za-z_]\w*\.[A-Za-z_]\w*\(
    """,
    re.X,
)


def math_fence_re(langs: list[str]) -> str | None:
    """Regex counting fence lines that open a math block in one of `langs` (None if empty)."""
    if not langs:
        return None
    return MATH_FENCE_TEMPLATE.format(langs="|".join(pl.escape_regex(x) for x in langs))


def indented_code_blocks(text: str | None, min_lines: int = 2) -> int:
    """Number of indented code blocks in `text` (see the module docstring for the rules)."""
    if not text:
        return 0
    blocks = 0
    run: list[str] = []
    prev_blank = True  # start of text counts as after a blank line
    in_block = False

    def close() -> int:
        nonlocal run
        lines = [ln for ln in run if ln.strip()]
        run = []
        if len(lines) < min_lines:
            return 0
        if any(_MATHY.search(ln) for ln in lines):
            return 0
        return 1 if any(_CODE_LINE.search(ln) for ln in lines) else 0

    for line in text.split("\n"):
        blank = not line.strip()
        if in_block:
            if blank or _INDENTED.match(line):
                run.append(line)
                prev_blank = blank
                continue
            blocks += close()
            in_block = False
        if not blank and prev_blank and _INDENTED.match(line):
            in_block = True
            run = [line]
        prev_blank = blank
    if in_block:
        blocks += close()
    return blocks
