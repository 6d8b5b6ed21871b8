"""Complex numbers in polar form, read as `r e^{i θ}`: `cis(θ)` and `\\operatorname{cis}\\theta`
(cos θ + i sin θ), `2cis120º` and `2^8 cis 4pi/3` without brackets, and a phasor that is the whole
answer (`1∠π/4`, `2 \\angle 30^\\circ`). An angle with a degree mark is in degrees, any other in
radians; a bare number after `cis` (`cis(90)`: degrees or radians?) stays as written."""

from __future__ import annotations

import re

from curate.judges.math.assign import paren_close
from curate.judges.math.words import DEGREE_MARKS

_BARE_NUMBER = re.compile(r"\s*-?\s*\d+(?:\.\d+)?\s*")


def polar_forms(s: str) -> str:
    """`cis` and phasor forms as `r e^{i θ}` (the module docstring)."""
    if "cis" in s:
        s = _cis(s)
    if "∠" in s or "\\angle" in s:
        s = _PHASOR.sub(lambda m: f"{m[1]} \\cdot {_turn(m[2])}", s)  # `5∠53.13°`
    return s


# `cis(θ)`, `\operatorname{cis}(θ)`, `\text{cis}\,\theta`: cos θ + i sin θ, as `e^{i(θ)}`
_CIS = re.compile(
    r"(?:\\(?:operatorname|text|mathrm)\{\s*cis\s*\}|(?<![A-Za-z\\])cis(?![A-Za-z]))\s*(?:\\[,;: ]\s*)*"
)
_CIS_TOKEN = re.compile(rf"\\[a-zA-Z]+|\d+(?:\.\d+)?(?:\s*(?:{DEGREE_MARKS.pattern}))?|[A-Za-z]")
# what ends an angle after `cis` without brackets: another term, a relation, another item, a
# bracket (`cis(cis(`: no angle to read)
_CIS_STOP = re.compile(r"[-+=,;()]|\\(?:pm|mp|cdot|times)(?![a-zA-Z])")


# a complex number in polar form, the whole answer: `1∠π/4`, `2 \\angle 30^\\circ` (r e^{iθ})
_PHASOR = re.compile(
    r"^(\d+(?:\.\d+)?|\d*\\sqrt\{?\d+\}?)\s*(?:∠|\\angle(?![A-Za-z]))"
    r"((?:[-+\d.\s/()π𝜋°{}^*]|\\[dt]?frac|\\pi|\\circ|\\degree|pi|(?<=\^)o)+)"
    r"(?:(?<=\s)(?:V|A|Ω|\\Omega))?$"  # an electrical unit after a phasor: `40∠90° V`
)


def _turn(arg: str) -> str:
    """`e^{i θ}` for an angle, written in radians or (with a degree mark) in degrees."""
    arg = arg.strip()
    if arg.startswith("{") and arg.endswith("}"):
        arg = arg[1:-1]  # `\\angle{30^o}`
    if DEGREE_MARKS.search(arg):
        arg = f"({DEGREE_MARKS.sub('', arg)}) \\cdot \\frac{{\\pi}}{{180}}"
    return f"e^{{i \\cdot ({arg})}}"


def _cis(s: str) -> str:
    """`cis(θ)` as `e^{i θ}`; a bare number of no stated unit (`cis(90)`: degrees or radians?)
    stays as written, for the CAS to leave undecided."""
    for _ in range(16):
        m = _CIS.search(s)
        if m is None:
            return s
        k = m.end() + (5 if s.startswith("\\left(", m.end()) else 0)
        if s.startswith("(", k) and (end := paren_close(s, k)) > 0:
            arg, rest = s[k + 1 : end].removesuffix("\\right"), s[end + 1 :]
        elif s[k:].strip() and not _CIS_STOP.search(s, k):  # `2cis120º`, `2^8 cis 4pi/3`
            arg, rest = s[k:], ""
        elif (tok := _CIS_TOKEN.match(s, k)) is not None:
            arg, rest = tok[0], s[tok.end() :]
        else:
            return s
        if _BARE_NUMBER.fullmatch(arg):
            return s
        s = f"{s[: m.start()]}{_turn(arg)}{rest}"
    return s
