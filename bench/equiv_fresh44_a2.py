"""fresh44_a, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh44_a.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh44_a import ALG, ALG_AT, PF, PF_53388, PF_1035049, PRS, PRS_AT, SCM, SCM_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # physicsforums t-53388: x^2dx + y(x-1)dy = 0; book vs student; reply xepma derives the
    # book's form from the student's by renaming the constant.
    _c(
        PF,
        PF_53388,
        gold=r"(x+1)^2 + y^2 + 2ln |C(x-1)| = 0",
        pred=r"\frac{1}{2}x^2 + x + ln | x-1 | + \frac{1}{2}y^2 = C",
        wrap=True,
        expected=True,
        why="book general solution vs student; same with a renamed constant",
    ),
    # physicsforums 1035049 (MHB): int (sin x + cos x)^2 dx; the given answer vs the student's;
    # reply: they "differ by only a constant ... both anti-derivatives are valid".
    _c(
        PF,
        PF_1035049,
        gold=r"x + sin^2x + C",
        pred=r"x - \frac{1}{2} cos2x + C",
        wrap=True,
        expected=True,
        why="given answer vs student; differ by a constant, both valid",
    ),
    # algebra.com 425258: 2^3x = 5 in natural logs; the book's listed choice vs the student's
    # (both typed on three lines); answerer: "I think you're right and the book is wrong".
    _c(
        ALG,
        ALG_AT,
        gold=r"\frac{3ln2}{ln5}",
        pred=r"\frac{ln5}{3ln2}",
        wrap=True,
        expected=False,
        why="book's choice vs student; reciprocal, answerer: book wrong; \\frac from 3 lines",
    ),
    # science-mathematics.com: 2x + 3y = a, -x + 5y = 6b; answer key vs student; answerer
    # re-solves: y "does agree with you and the answer key", x "Agrees with key; Sorry".
    _c(
        SCM,
        SCM_AT,
        gold=r"x = (5/13)a - (18/13)b",
        pred=r"x = (5/7)a - (18/7)b",
        wrap=True,
        expected=False,
        why="answer key vs student's x; answerer: key is right",
    ),
    _c(
        SCM,
        SCM_AT,
        gold=r"x = (5/13)a - (18/13)b",
        pred=r"x = 5a/13 - 18b/13",
        wrap=True,
        expected=True,
        why="answer key vs answerer's x: 'Agrees with key'",
    ),
    _c(
        SCM,
        SCM_AT,
        gold=r"y = (1/13)a + (12/13)b",
        pred=r"y=(a+12b)/13",
        wrap=True,
        expected=True,
        why="answer key's y vs answerer's: 'does agree with you and the key'",
    ),
    # Pearson MyLab question builder: solution value 2x+4, default rule "Accept any unsimplified
    # or simplified equivalent answers": equivalent answers that are correct (all rows).
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"2x+4",
        wrap=True,
        expected=True,
        why="default rule, accepted row 1",
    ),
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"4+2x",
        wrap=True,
        expected=True,
        why="default rule, accepted row 2",
    ),
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"2*x+4",
        wrap=True,
        expected=True,
        why="default rule, accepted row 3",
    ),
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"x*2+4",
        wrap=True,
        expected=True,
        why="default rule, accepted row 4",
    ),
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"4+x*2",
        wrap=True,
        expected=True,
        why="default rule, accepted row 5",
    ),
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"2(x+2)",
        wrap=True,
        expected=True,
        why="default rule, accepted row 6",
    ),
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"2x+3+1",
        wrap=True,
        expected=True,
        why="default rule, accepted row 7",
    ),
    _c(
        PRS,
        PRS_AT,
        gold=r"2x+4",
        pred=r"x+x+4",
        wrap=True,
        expected=True,
        why="default rule, accepted row 8",
    ),
]
