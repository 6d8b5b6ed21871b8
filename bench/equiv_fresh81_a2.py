r"""fresh81_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh81_a.py
names (the NZCER factorising key, tuitionkenneth, socratic 401981, mathhelpforum 102839, 68913 and
193414, math.answers.com), transcribed under the same rules; see that module's docstring for the
sources, conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh81_a import (
    ANS,
    ANS_TRI,
    ARB,
    ARB_F3,
    MHF,
    MHF_68913,
    MHF_102839,
    MHF_193414,
    SOC,
    SOC_401981,
    TK,
    TK_FAC,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # NZCER ARBS "Factorising expressions III": accepted equivalent factorisations
    _c(
        ARB,
        ARB_F3,
        gold=r"5(1 - 3x)",
        pred=r"5(-3x + 1)",
        wrap=True,
        expected=True,
        why="key 'c) 5(1 - 3x)'; 'NOTE: Accept algebraically equivalent expressions, e.g., c) "
        "5(-3x + 1)'",
    ),
    _c(
        ARB,
        ARB_F3,
        gold=r"x(-5x + 4)",
        pred=r"–x(5x – 4)",
        wrap=True,
        expected=True,
        why="key 'e) x(-5x + 4) or –x(5x – 4)' (the en dash is the page's minus sign)",
    ),
    _c(
        ARB,
        ARB_F3,
        gold=r"x(-5x + 4)",
        pred=r"x(4 - 5x)",
        wrap=True,
        expected=True,
        why="key 'e) x(-5x + 4)'; 'NOTE: Accept algebraically equivalent expressions, e.g., ... e) "
        "x(4 - 5x)'",
    ),
    # NZCER ARBS: the listed common errors (terms added "without following algebraic rules")
    _c(
        ARB,
        ARB_F3,
        gold=r"3(x + 2)",
        pred=r"9x",
        wrap=True,
        expected=False,
        why="3x + 6: key 'a) 3(x + 2)'; 'Common error ... a) 9x ... Attempts to add/subtract "
        "equations without following algebraic rules'",
    ),
    _c(
        ARB,
        ARB_F3,
        gold=r"6(3x - 1)",
        pred=r"12x",
        wrap=True,
        expected=False,
        why="18x - 6: key 'b) 6(3x - 1)'; 'Common error ... b) 12x'",
    ),
    _c(
        ARB,
        ARB_F3,
        gold=r"5(1 - 3x)",
        pred=r"-10x",
        wrap=True,
        expected=False,
        why="5 - 15x: key 'c) 5(1 - 3x)'; 'Common error ... c) -10x or 10x'",
    ),
    _c(
        ARB,
        ARB_F3,
        gold=r"5(1 - 3x)",
        pred=r"10x",
        wrap=True,
        expected=False,
        why="5 - 15x: key 'c) 5(1 - 3x)'; 'Common error ... c) -10x or 10x'",
    ),
    _c(
        ARB,
        ARB_F3,
        gold=r"4x(3x - 1)",
        pred=r"8x",
        wrap=True,
        expected=False,
        why="12x^2 - 4x: key 'f) 4x(3x - 1)'; 'Common error ... f) 8x2 or 8x'",
    ),
    # tuitionkenneth revision notes: a quadratic with negative leading coefficient
    _c(
        TK,
        TK_FAC,
        gold=r"(-x + 3)(2x + 3)",
        pred=r"-(x - 3)(2x + 3)",
        wrap=True,
        expected=True,
        why="'-2x^2 + 3x + 9 = (-x + 3)(2x + 3) = -(x - 3)(2x + 3)'",
    ),
    # socratic 401981: an exact polynomial division, quotient written two ways
    _c(
        SOC,
        SOC_401981,
        gold=r"(x-1)/2",
        pred=r"x/2-1/2",
        wrap=True,
        expected=True,
        why="answer '(x-1)/2'; 'As the remainder is zero the division is exact. "
        "(x^2+x-2)/(2x+4)= x/2-1/2 -> (x-1)/2'",
    ),
    # mathhelpforum 102839: -x/(x+1)^(3/2) + 2/(x+1)^(1/2), the reply's chain
    _c(
        MHF,
        MHF_102839,
        gold=r"\frac{x+2}{(x+1)^{\frac{3}{2}}}",
        pred=r"\frac{(x+2)(\sqrt{x+1})}{(x+1)^2}",
        wrap=True,
        expected=True,
        why="reply's chain '... = (x+2)(sqrt(x+1))/(x+1)^2 = (x+2)(x+1)^(1/2)/(x+1)^2 = "
        "boxed (x+2)/(x+1)^(3/2)'",
    ),
    _c(
        MHF,
        MHF_102839,
        gold=r"\frac{x+2}{(x+1)^{\frac{3}{2}}}",
        pred=r"\frac{(x+2)(x+1)^{\frac{1}{2}}}{(x+1)^2}",
        wrap=True,
        expected=True,
        why="reply's chain '... = (x+2)(x+1)^(1/2)/(x+1)^2 = boxed (x+2)/(x+1)^(3/2)'",
    ),
    # math.answers.com: answers under one factoring question, same polynomial factored two ways
    _c(
        ANS,
        ANS_TRI,
        gold=r"(-x - 6)(x - 8)",
        pred=r"(x +6)(8 - x)",
        wrap=True,
        expected=True,
        why="two answers to one polynomial: '-x2 + 2x + 48 = (-x - 6)(x - 8)' and "
        "'-x2 + 2x + 48 = (x +6)(8 - x)'",
    ),
    _c(
        ANS,
        ANS_TRI,
        gold=r"-(x + 13)(x - 2)",
        pred=r"(x + 13)(2 - x)",
        wrap=True,
        expected=True,
        why="'-x2 - 11x + 26 = -(x2 + 11x - 26) = ... = -(x + 13)(x - 2) = (x + 13)(2 - x)'",
    ),
    _c(
        ANS,
        ANS_TRI,
        gold=r"(-2x) (x+2) (x-3)",
        pred=r"-2x(x - 3)(x + 2)",
        wrap=True,
        expected=True,
        why="two answers: '-2x3 + 2x2 + 12x =(-2x) (x2 - x - 6) =(-2x) (x+2) (x-3)' and "
        "'-2x3 + 2x2 + 12x = ... = -2x(x - 3)(x + 2)'",
    ),
    # mathhelpforum 68913: (x^2-(y-1)^2)/((y-1)^2-x^2) is -1, not 1
    _c(
        MHF,
        MHF_68913,
        gold=r"-1",
        pred=r"1",
        wrap=True,
        expected=False,
        why="asker '(y-1)²-x² = 1????', 'Is the answer the same but my process wrong?'; reply: "
        "'No ... (x^2-(y-1)^2)/((y-1)^2-x^2) = -((y-1)^2-x^2)/((y-1)^2-x^2) = -1'",
    ),
    # mathhelpforum 193414: remainder of (x^4-3x^2+4x-9)/(x-2)
    _c(
        MHF,
        MHF_193414,
        gold=r"3",
        pred=r"-5",
        wrap=True,
        expected=False,
        why="'I ended up with a remainder of -5 ... Actually I think I did do it wrong.....I got "
        "3 as a remainder this time.' - 'Yes, 3 is correct.'",
    ),
]
