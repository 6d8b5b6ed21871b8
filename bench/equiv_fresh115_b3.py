r"""fresh115_b, continued (part 3 of 3): cases of the sources that bench/equiv_fresh115_b.py lists
under "Sources of bench/equiv_fresh115_b3.py" (assignmentexpert.com 281392, web2.0calc.com
algebraic-structures, arbital.obormot.net symmetric_group_five_conjugacy_classes, newbetuts.com
772294, en.allexperts.com Advanced Math 2011/5 Abstract Algebra 11), transcribed under the same
rules; see that module's docstring for the sources, conventions and what was left out. Do not tune
the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh115_b import (
    ARBO,
    ARBO_S5,
    AX,
    AX_AA11,
    W2C,
    W2C_AS,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # web2.0calc.com algebraic-structures (a 1-cycle dropped)
    _c(
        W2C,
        W2C_AS,
        gold=r"(1,11,3,2,4,6,7,5,8,9)(10)",
        pred=r"(1,11,3,2,4,6,7,5,8,9)",
        wrap=True,
        expected=True,
        why=r"'The answer is \((1,11,3,2,4,6,7,5,8,9)(10) =>(1,11,3,2,4,6,7,5,8,9)\)'; the helper's table ends 'Permutation cycles: (1, 11, 3, 2, 4, 6, 7, 5, 8, 9) (10)'",
    ),
    # arbital.obormot.net symmetric_group_five_conjugacy_classes (a 5-cycle from another start)
    _c(
        ARBO,
        ARBO_S5,
        gold=r"(12345)",
        pred=r"(23451)",
        wrap=True,
        expected=True,
        why=r"'every cycle of length $~$5$~$ may be written in five different ways: $~$(12345)$~$ or $~$(23451)$~$ or $~$(34512)$~$, and so on'",
    ),
    _c(
        ARBO,
        ARBO_S5,
        gold=r"(12345)",
        pred=r"(34512)",
        wrap=True,
        expected=True,
        why=r"'may be written in five different ways: $~$(12345)$~$ or $~$(23451)$~$ or $~$(34512)$~$'",
    ),
    # en.allexperts.com Advanced Math 2011/5 Abstract Algebra 11 (orders, a square of a 3-cycle)
    _c(
        AX,
        AX_AA11,
        gold=r"6",
        pred=r"lcm(2,3)",
        wrap=True,
        expected=True,
        why=r"Sherry Wallin: 'Thus the order of (12)(345) is lcm(2,3) = 6'",
    ),
    _c(
        AX,
        AX_AA11,
        gold=r"12",
        pred=r"lcm(3, 4, 2)",
        wrap=True,
        expected=True,
        why=r"'For example the permutation (123)(4567)(89) has order lcm(3, 4, 2) = 12.'",
    ),
    _c(
        AX,
        AX_AA11,
        gold=r"(5 4 3)",
        pred=r"(3 4 5) (3 4 5)",
        wrap=True,
        expected=True,
        why=r"'thus (3 4 5) (3 4 5) = (5 4 3) = fg'",
    ),
]
