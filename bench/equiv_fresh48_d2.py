"""fresh48_d, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh48_d.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh48_d import (
    _VIRAL,
    R_HUGI,
    R_HUGI_AT,
    R_KUDO,
    R_KUDO_AT,
    R_MACOSA,
    R_MACOSA_AT,
    R_OES,
    R_OES_050,
    R_OES_LET,
    R_RESP,
    R_RESP_AT,
    R_ROOZ,
    R_ROOZ_AT,
    R_WAKEEL,
    R_WAKEEL_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R_HUGI,
        R_HUGI_AT,
        gold=r"a^2 + 2ab + b^2",
        pred=r"(a + b)^2",
        wrap=True,
        expected=True,
        why="'(a + b)^2 = (a + b)(a + b) = ... = a^2 + 2ab + b^2'",
    ),
    _c(
        R_HUGI,
        R_HUGI_AT,
        gold=r"9",
        pred=r"(1 + 2)^2",
        wrap=True,
        expected=True,
        why="'(1 + 2)^2 = (3)^2 = 3 x 3 = 9'",
    ),
    # macosa.dima.unige.it: the teacher's counterexample to (A+B)² → A² + B².
    _c(
        R_MACOSA,
        R_MACOSA_AT,
        gold=r"(A+B)²",
        pred=r"A² + B²",
        wrap=True,
        expected=False,
        why="the pupil's transformation (A+B)² → A² + B², refuted by the teacher",
    ),
    _c(
        R_MACOSA,
        R_MACOSA_AT,
        gold=r"(1+2)²",
        pred=r"1²+2²",
        wrap=True,
        expected=False,
        why="the teacher: (1+2)² = 3² = 9, while 1²+2² = 1+4 = 5",
    ),
    # oestudo.com: an answerer's equivalent forms.
    _c(
        R_OES,
        R_OES_LET,
        gold=r"3a² + 6ab",
        pred=r"3a (a + 2b)",
        wrap=True,
        expected=True,
        why="'3a² + 6ab = 3a (a + 2b) >>>>> resposta'",
    ),
    _c(
        R_OES,
        R_OES_LET,
        gold=r"3a² + 6ab",
        pred=r"(2a +b)² - (a-b)²",
        wrap=True,
        expected=True,
        why="'(2a +b)² - (a-b)² = ... = 3a² + 6ab'",
    ),
    _c(
        R_OES,
        R_OES_050,
        gold=r"0,50",
        pred=r"50/100",
        wrap=True,
        expected=True,
        why="'0,50 em fração é igual a 50/100 ou 1/2'",
    ),
    _c(
        R_OES,
        R_OES_050,
        gold=r"0,50",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="'0,50 em fração é igual a 50/100 ou 1/2'",
    ),
    # resposta.org: the answerer's result in two forms.
    _c(
        R_RESP,
        R_RESP_AT,
        gold=r"2a² + 6ab",
        pred=r"2a ( a + 3b )",
        wrap=True,
        expected=True,
        why="'resposta >>> 2a² + 6ab ou 2a ( a + 3b )'",
    ),
    _c(
        R_RESP,
        R_RESP_AT,
        gold=r"2a² + 6ab",
        pred=r"(a - b)(a + b) +2 (a+b)² - (a - b)²",
        wrap=True,
        expected=True,
        why="part a: the expression reduces to 2a² + 6ab",
    ),
    # kudo.tips: a true/false item on powers.
    _c(
        R_KUDO,
        R_KUDO_AT,
        gold=r"(-16)³",
        pred=r"8³ · (-2)³",
        wrap=True,
        expected=True,
        why="zadanie 7.5: '8³ · (-2)³ = (8 · (-2))³ = (-16)³, więc prawda'",
    ),
    # Viral arithmetic: the article's correct result against the common wrong one.
    *[
        _c(dom, url, gold=right, pred=wrong, wrap=True, expected=False, why=why)
        for dom, url, right, wrong, why in _VIRAL
    ],
    _c(
        R_WAKEEL,
        R_WAKEEL_AT,
        gold=r"120",
        pred=r"5!",
        wrap=True,
        expected=True,
        why="230 - 220 x 0.5 = 120; the poster's '5!' equals 120 ('5!' تساوي 120)",
    ),
    _c(
        R_WAKEEL,
        R_WAKEEL_AT,
        gold=r"120",
        pred=r"5",
        wrap=True,
        expected=False,
        why="230 - 220 x 0.5: 'الإجابة ليست 5 على الإطلاق' (the answer is not 5)",
    ),
    *[
        _c(
            R_ROOZ,
            R_ROOZ_AT,
            gold="۸۴",
            pred=wrong,
            wrap=True,
            expected=False,
            why="۸۰ + ۲۰ ÷ ۵: 'جواب درست در واقع ۸۴ است'; users also gave ۲۰, ۲۵, ۳۲۰",
        )
        for wrong in ("۲۰", "۲۵", "۳۲۰")
    ],
]
