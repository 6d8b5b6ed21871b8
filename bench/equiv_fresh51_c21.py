"""fresh51_c2, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh51_c2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh51_c2 import (
    T15,
    T15_AT,
    T16,
    T16_AT,
    T17,
    T17_AT,
    T18,
    T18_AT,
    T19,
    T19_AT,
    T20,
    T20_AT,
    T21,
    T21_AT,
    T22,
    T22_AT,
    T23,
    T23_AT,
    T24,
    T24_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        T15,
        T15_AT,
        gold=r"tan^2(x)",
        pred=r"sin^2(x)/cos^2(x)",
        wrap=True,
        expected=True,
        why="the other reply: sin^2(x)/cos^2(x) = tan^2(x)",
    ),
    # qammunity 13835758
    _c(
        T16,
        T16_AT,
        gold=r"(tanx)^2",
        pred=r"(sin(x)^2)/(cos(x)^2)",
        wrap=True,
        expected=True,
        why="answer (tanx)^2, verified through (sin(x)/cos(x))^2 = (sin(x)^2)/(cos(x)^2)",
    ),
    # bymath: degree and radian measures to a stated accuracy
    _c(
        T17,
        T17_AT,
        gold=r"57°17’45”",
        pred=r"57°.296",
        wrap=True,
        expected=True,
        why="57°.296 = 57°17'45\" (the page: relative error ~0.0004%); True at the page's accuracy",
    ),
    _c(
        T17,
        T17_AT,
        gold=r"80°12’51”",
        pred=r"1.4 rad",
        wrap=True,
        expected=True,
        why="example: degree measure of 1.4 rad with an accuracy up to 1'; True at that accuracy",
    ),
    _c(
        T17,
        T17_AT,
        gold=r"0.2181 rad",
        pred=r"12°30’",
        wrap=True,
        expected=True,
        why="example: radian measure of 12°30' to the fourth decimal place; True at that accuracy",
    ),
    # socratic cos^-1(-sqrt2/2) on [0, 360°)
    _c(
        T18,
        T18_AT,
        gold=r"\frac{3 \pi}{4}",
        pred=r"{135}^{o}",
        wrap=True,
        expected=True,
        why="answer: 180° - 45° = 135°; 'For people who prefer their angles in radians that is' "
        "π - π/4 = 3π/4",
    ),
    _c(
        T18,
        T18_AT,
        gold=r"\frac{5 \pi}{4}",
        pred=r"{225}^{o}",
        wrap=True,
        expected=True,
        why="answer: 180° + 45° = 225°, in radians π + π/4 = 5π/4",
    ),
    _c(
        T18,
        T18_AT,
        gold=r"\left(- \frac{1}{\sqrt{2}}\right)",
        pred=r"\left(- \frac{\sqrt{2}}{2}\right)",
        wrap=True,
        expected=True,
        why="answer: (-√2/2) = (-1/√2)",
    ),
    # qammunity 15512460
    _c(
        T19,
        T19_AT,
        gold=r"(3 \pi )/(4)\,or\, (5 \pi )/(4)\,radians",
        pred=r"135° or 225°",
        wrap=True,
        expected=True,
        why="answer: '... radians. In degrees, it is 135° or 225°.'",
    ),
    # jiskha 202419: cos 15
    _c(
        T20,
        T20_AT,
        gold=r"(√6 + √2)/4",
        pred=r"√[(√3/2 + 1)/2]",
        wrap=True,
        expected=True,
        why="reply: (√6 + √2)/4 'which yields the same result as above'",
    ),
    # algebra.com 446676: cos 15°
    _c(
        T21,
        T21_AT,
        gold=r"(sqrt(6)+sqrt(2))/4",
        pred=r"sqrt(6)/4 + sqrt(2)/4",
        wrap=True,
        expected=True,
        why="tutor's chain ending in (sqrt(6)+sqrt(2))/4",
    ),
    _c(
        T21,
        T21_AT,
        gold=r"(sqrt(6)+sqrt(2))/4",
        pred=r"(sqrt(2)/2)(sqrt(3)/2) + (sqrt(2)/2)(1/2)",
        wrap=True,
        expected=True,
        why="a member of the tutor's chain",
    ),
    # socratic 58a079ba11ef6b77f718b831: cos 15
    _c(
        T22,
        T22_AT,
        gold=r"\frac{1}{4} \left(\sqrt{6} + \sqrt{2}\right)",
        pred=r"\frac{1}{4} \sqrt{2} \left(\sqrt{3} + 1\right)",
        wrap=True,
        expected=True,
        why="answer: factorise, then 'multiply √2 into the bracket to arrive at required solution'",
    ),
    # japansake copy of a Brainly answer: cos 15 by the half-angle identity
    _c(
        T23,
        T23_AT,
        gold=r"\frac{\sqrt{2+\sqrt{3}}}{2}",
        pred=r"\sqrt{\frac {2+\sqrt{3}}{4}}",
        wrap=True,
        expected=True,
        why="a member of the answer's chain ending cos 15° = ...",
    ),
    _c(
        T23,
        T23_AT,
        gold=r"\frac{\sqrt{2+\sqrt{3}}}{2}",
        pred=r"\sqrt{\frac{1+\frac{\sqrt{3}}{2}}{2}}",
        wrap=True,
        expected=True,
        why="a member of the answer's chain",
    ),
    _c(
        T23,
        T23_AT,
        gold=r"\frac{\sqrt{2+\sqrt{3}}}{2}",
        pred=r"\frac{\sqrt{2+\sqrt{3}}}{\sqrt{4}}",
        wrap=True,
        expected=True,
        why="a member of the answer's chain",
    ),
    # wyzant 384437: sin 3θ = -1 on [0, 2π)
    _c(
        T24,
        T24_AT,
        gold=r"7π/6",
        pred=r"π/2 + 2π/3",
        wrap=True,
        expected=True,
        why="tutor: If k = 1, then θ = π/2 + 2π/3 = 7π/6",
    ),
    _c(
        T24,
        T24_AT,
        gold=r"11π/6",
        pred=r"π/2 + 4π/3",
        wrap=True,
        expected=True,
        why="tutor: If k = 2, then θ = π/2 + 4π/3 = 11π/6",
    ),
]
