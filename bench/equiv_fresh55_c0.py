"""fresh55_c, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh55_c.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh55_c import A1, A1_AT, A2, A2_AT, A3, A3_AT, J5, J5_AT, Q1, Q1_AT, Q2, Q2_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        J5,
        J5_AT,
        gold=r"323^o",
        pred=r"053^o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    # quiztablet, JAMB 2017 Q39 (bearing of R from P): 'Option A is correct'; B 'is rather the
    # bearing of P from R'
    _c(
        Q1,
        Q1_AT,
        gold=r"045°",
        pred=r"135°",
        wrap=True,
        expected=False,
        why="key: option refused (option A is correct)",
    ),
    _c(
        Q1,
        Q1_AT,
        gold=r"045°",
        pred=r"225°",
        wrap=True,
        expected=False,
        why="key: option refused (option A is correct)",
    ),
    _c(
        Q1,
        Q1_AT,
        gold=r"045°",
        pred=r"300°",
        wrap=True,
        expected=False,
        why="key: option refused (option A is correct)",
    ),
    # quiztablet, JAMB 2021 Q38 (bearing of Z from X): 'Option A is correct'
    _c(
        Q2,
        Q2_AT,
        gold=r"240°",
        pred=r"240ᵒ",
        wrap=True,
        expected=True,
        why="key A; the bearing of Z from X is = 270 – 30 = 240ᵒ",
    ),
    _c(
        Q2,
        Q2_AT,
        gold=r"240°",
        pred=r"270 – 30",
        wrap=True,
        expected=True,
        why="key A; the bearing of Z from X is = 270 – 30 = 240ᵒ",
    ),
    _c(
        Q2,
        Q2_AT,
        gold=r"240°",
        pred=r"150°",
        wrap=True,
        expected=False,
        why="key: option refused (option A is correct)",
    ),
    _c(
        Q2,
        Q2_AT,
        gold=r"240°",
        pred=r"60°",
        wrap=True,
        expected=False,
        why="key: option refused (option A is correct)",
    ),
    _c(
        Q2,
        Q2_AT,
        gold=r"240°",
        pred=r"270°",
        wrap=True,
        expected=False,
        why="key: option refused (option A is correct)",
    ),
    # math.net.au forum worked answers: the true bearing of P from Q, 'C is the correct answer'
    _c(
        A1,
        A1_AT,
        gold=r"280°",
        pred=r"080°",
        wrap=True,
        expected=False,
        why="worked answer: option refused (C is the correct answer)",
    ),
    _c(
        A1,
        A1_AT,
        gold=r"280°",
        pred=r"100°",
        wrap=True,
        expected=False,
        why="worked answer: option refused (C is the correct answer)",
    ),
    _c(
        A1,
        A1_AT,
        gold=r"280°",
        pred=r"W80°N",
        wrap=True,
        expected=False,
        why="worked answer: option refused (C is the correct answer)",
    ),
    _c(
        A1,
        A1_AT,
        gold=r"297°",
        pred=r"270° + 27°",
        wrap=True,
        expected=True,
        why="yacht (a): bearing = 270° + 27° = 297°",
    ),
    _c(
        A1,
        A1_AT,
        gold=r"117°",
        pred=r"180° – 63°",
        wrap=True,
        expected=True,
        why="yacht (b): bearing = 180° – 63° = 117°",
    ),
    # mathsteacher.com.au year 10 Directions: a bearing and 'Note: The direction of P from O is ...'
    _c(
        A2,
        A2_AT,
        gold=r"065º",
        pred=r"N65ºE",
        wrap=True,
        expected=True,
        why="bearing of P from O is 065º; its direction is N65ºE",
    ),
    _c(
        A2,
        A2_AT,
        gold=r"300º",
        pred=r"N60ºW",
        wrap=True,
        expected=True,
        why="bearing of Q from O is 300º; its direction is N60ºW",
    ),
    # qammunity 18048428: bearing = 270° -arctan(21/13) = 270° -58° = 212°
    _c(
        A3,
        A3_AT,
        gold=r"212°",
        pred=r"270° -arctan(21/13)",
        wrap=True,
        expected=True,
        why="answer's chain ending on 212°",
    ),
    _c(
        A3,
        A3_AT,
        gold=r"212°",
        pred=r"270° -58°",
        wrap=True,
        expected=True,
        why="answer's chain ending on 212°",
    ),
]
