"""fresh33_a, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh33_a.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh33_a import R4, R4_AT2, R5, R5_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # TestSequenceDefault: compare_sequence_default(user, correct) (an ordered sequence answer)
    _c(
        R4,
        R4_AT2,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why=r"TestSequenceDefault.test_simple_equality",
    ),
    _c(
        R4,
        R4_AT2,
        gold=r"1, 2, 3",
        pred=r"1, 2, 3",
        wrap=True,
        expected=True,
        why=r"TestSequenceDefault.test_list_equality",
    ),
    _c(
        R4,
        R4_AT2,
        gold=r"1, 2, 3",
        pred=r"1, 3, 2",
        wrap=True,
        expected=False,
        why=r"TestSequenceDefault.test_list_wrong_order",
    ),
    _c(
        R4,
        R4_AT2,
        gold=r"43",
        pred=r"42",
        wrap=True,
        expected=False,
        why=r"TestSequenceDefault.test_mismatch",
    ),
    # tests/fractions.test.ts 'typed answers: both decimal conventions, and fractions where a value is
    # expected': gradeResponse(half, {kind: 'typed', raw}) .correct is true for an item whose answer is rat(1, 2)
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why=r"""en/mk: "0,5" is correct for 0.5""",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why=r"""en/mk: "0.5" is correct for 0.5""",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r".5",
        wrap=True,
        expected=True,
        why=r"""en/mk: ".5" is correct for 0.5""",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r",5",
        wrap=True,
        expected=True,
        why=r"""en/mk: ",5" is correct for 0.5""",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why=r"""en/mk: "1/2" is correct for 0.5""",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why=r"""en/mk: "2/4" is correct for 0.5""",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/2",
        pred=r"0,50",
        wrap=True,
        expected=True,
        why=r"""en/mk: "0,50" is correct for 0.5""",
    ),
]
