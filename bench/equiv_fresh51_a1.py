"""fresh51_a, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh51_a.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh51_a import (
    ALG,
    ALG_9307,
    ALG_53025,
    ALG_344021,
    SOC,
    SOC_EXP,
    SOC_QF,
    YAG,
    YAG_5920244,
    _chain,
    _w,
)

CASES = [
    # algebra.com 344021 (Edwin): 2x² - 7x - 1 = 0 by the quadratic formula.
    *_chain(
        ALG,
        ALG_344021,
        r"(7 + sqrt(57 ))/4, (7 - sqrt(57 ))/4",
        [
            r"x = (-(-7) +- sqrt((-7)^2-4*(2)*(-1) ))/(2*(2))",
            r"x = (7 +- sqrt(49+8 ))/4",
            r"x = (7 +- sqrt(57 ))/4",
        ],
        "Edwin: 'x = (7 +- sqrt(57 ))/4' ... 'Two solutions: (7 + sqrt(57 ))/4, (7 - sqrt(57 ))/4'",
    ),
    # answer.ya.guru 5920244 (a copy of a Brainly answer): -2x^2 + 7x + 1 = 0.
    *_chain(
        YAG,
        YAG_5920244,
        r"7/4 + sqrt(57)/4 and 7/4 - sqrt(57)/4",
        [
            r"x = [-7 ± √(49 - (-8) ) ] / ( -4 )",
            r"x = [-7 ± √(57) ] / ( -4)",
            r"x = [-7 ± sqrt(57) ] / ( -4 )",
            r"x = 7/4 ± -sqrt(57)/4",
        ],
        "answerer's steps ending 'The answers are 7/4 + sqrt(57)/4 and 7/4 - sqrt(57)/4'",
    ),
    # socratic: 2t^2 - 6t + 1 = 0; the cancel-slash line is left out (see docstring).
    *_chain(
        SOC,
        SOC_QF,
        r"\frac{\left(3 \pm \sqrt{7}\right)}{2}",
        [
            r"t = \frac{- \left(- 6\right) \pm \sqrt{28}}{2 \cdot 2}",
            r"\frac{6 \pm 2 \sqrt{7}}{4}",
            r"\frac{2 \left(3 \pm \sqrt{7}\right)}{4}",
        ],
        "answer's chain ending '= (3 ± sqrt7)/2', 'The solutions are' t=(3+sqrt7)/2, t=(3-sqrt7)/2",
    ),
    # algebra.com 9307 (Mark): 2x^2 - 3x + 1 = 0.
    *_chain(
        ALG,
        ALG_9307,
        r"x = 1 or x = 1/2",
        [
            r"x = [-(-3) +/- sqrt([-3]^2 - 4*[2]*[1])]/[2*(2)]",
            r"x = [3 +/- sqrt(9 - 8)]/4",
            r"x = [3 +/- sqrt(1)]/4",
            r"x = (3 +/- 1)/4",
            r"x = (3 + 1)/4 and x = (3 - 1)/4",
            r"x = 4/4 and x = 2/4",
        ],
        "tutor's steps: 'So, there are two solutions' ... 'x = 1 or x = 1/2'",
    ),
    # socratic: (-2x^2)^3 (4x^3)^-1 = -2x^3; the first line is left out (its '^-1' lost its
    # exponent form in the stored LaTeX: '{\left(4 {x}^{3}\right)}^{-} 1').
    *_chain(
        SOC,
        SOC_EXP,
        r"- 2 {x}^{3}",
        [
            r"\left(- {2}^{3} {x}^{2 \cdot 3}\right) \left(\frac{1}{4 {x}^{3}}\right)",
            r"\left(- 8 {x}^{6}\right) \left(\frac{1}{4 {x}^{3}}\right)",
            r"\frac{- 8 {x}^{6}}{1} \cdot \frac{1}{4 {x}^{3}}",
            r"\frac{\left(- 8 {x}^{6}\right) \times 1}{1 \times \left(4 {x}^{3}\right)}",
            r"\frac{- 8 {x}^{6}}{4 {x}^{3}}",
            r"\frac{- 2 {x}^{3}}{1}",
        ],
        "answer's steps for (-2x^2)^3(4x^3)^-1 ending 'Write without a denominator -2x^3'",
    ),
    # algebra.com 53025 (question 74022): #26 and #38.
    _w(
        ALG,
        ALG_53025,
        r"x^3/8y^6",
        r"(x/2y^2)^3",
        True,
        "#26: '(x/2y^2)^3 Finally, multiply the exponent of every factor ... x^3/8y^6' (the earlier "
        "line '1/(2x(-1)y^2)^3' has a typo and is left out)",
    ),
    _w(ALG, ALG_53025, r"-x^3/8y^6", r"x^3/-8y^6", True, "#38: 'x^3/-8y^6 or -x^3/8y^6'"),
    _w(
        ALG,
        ALG_53025,
        r"-x^3/8y^6",
        r"(x/-2y^2)^3",
        True,
        "#38: '(x/-2y^2)^3 Finally, multiply the exponent ... x^3/-8y^6 or -x^3/8y^6'",
    ),
]
