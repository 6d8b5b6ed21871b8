r"""fresh83_a, continued (part 3 of 3): more cases of the sources that bench/equiv_fresh83_a.py
names (jeopardylabs, cpalms, answer.ya.guru, quizlet, studypool, eductify, beatthegmat),
transcribed under the same rules; see that module's docstring for the sources, conventions and
what was left out. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh83_a import (
    AYG,
    AYG_166,
    BTG,
    BTG_101,
    BTG_273,
    BTG_278,
    CPA,
    CPA_693,
    EDU,
    EDU_49,
    JLB,
    JLB_125,
    QZL,
    QZL_636,
    STP,
    STP_116,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # jeopardylabs linear-inequalities-125: 'Find the Mistake' and 'Logic' cards
    _c(
        JLB,
        JLB_125,
        gold=r"x<7",
        pred=r"x>7",
        wrap=True,
        expected=False,
        why=(
            "card: 'x+3<10 x<7 Final answer: x>7' -> 'Final inequality sign is "
            "reversed incorrectly'"
        ),
    ),
    _c(
        JLB,
        JLB_125,
        gold=r"x≤5",
        pred=r"x≤1",
        wrap=True,
        expected=False,
        why="card: '3x−6≤9 3x≤3 x≤1' -> 'Computation error: x≤5'",
    ),
    _c(
        JLB,
        JLB_125,
        gold=r"2≤x<6",
        pred=r"All numbers between 2 and 6, including 2 but not 6",
        wrap=True,
        expected=True,
        why=(
            "card: 'Which inequality represents: “All numbers between 2 and 6, "
            "including 2 but not 6”?' -> '2≤x<6'"
        ),
    ),
    # cpalms formative assessment 69343: variable on the right
    _c(
        CPA,
        CPA_693,
        gold=r"x < 5",
        pred=r"5 > x",
        wrap=True,
        expected=True,
        why=(
            "'such as 5 > x ... show the student how to rewrite the inequality in an "
            "equivalent form (e.g., as x < 5)'"
        ),
    ),
    # answer.ya.guru 1660902: a tutor's examples of interval notation
    _c(
        AYG,
        AYG_166,
        gold=r"[6, 10]",
        pred=r"6 <= x <= 10",
        wrap=True,
        expected=True,
        why=(
            "'All numbers from 6 to 10, including 6 and 10. Algebra: 6 <= x <= 10 "
            "Interval: [6, 10]'"
        ),
    ),
    _c(
        AYG,
        AYG_166,
        gold=r"[6, 10]",
        pred=r"All numbers from 6 to 10, including 6 and 10",
        wrap=True,
        expected=True,
        why="'1) All numbers from 6 to 10, including 6 and 10. ... Interval: [6, 10]'",
    ),
    _c(
        AYG,
        AYG_166,
        gold=r"[5, 20)",
        pred=r"5 <= x < 20",
        wrap=True,
        expected=True,
        why=("'including 5 but not including 20. Algebra 5 <= x < 20 Interval: [5, 20)'"),
    ),
    _c(
        AYG,
        AYG_166,
        gold=r"[7, ∞)",
        pred=r"x >= 7",
        wrap=True,
        expected=True,
        why=("'All numbers greater than or equal to 7. Algebra: x >= 7 Interval: [7, ∞)'"),
    ),
    _c(
        AYG,
        AYG_166,
        gold=r"(-∞, ∞)",
        pred=r"all real numbers",
        wrap=True,
        expected=True,
        why=(
            "'Both the domain and range all all real numbers. That means the "
            "interval is from negative infinity to positive infinity. (-∞, ∞)'"
        ),
    ),
    # quizlet 6361512: flash cards on unbounded intervals
    _c(
        QZL,
        QZL_636,
        gold=r"[a,∞)",
        pred=r"x≥a",
        wrap=True,
        expected=True,
        why="card: '[a,∞) consists of all real numbers x for which x≥a'",
    ),
    _c(
        QZL,
        QZL_636,
        gold=r"(a,∞)",
        pred=r"x>a",
        wrap=True,
        expected=True,
        why="card: '(a,∞) consists of all real numbers x for which x>a'",
    ),
    _c(
        QZL,
        QZL_636,
        gold=r"(-∞,a]",
        pred=r"x≤a",
        wrap=True,
        expected=True,
        why="card: '(-∞,a] consists of all real numbers x for which x≤a'",
    ),
    _c(
        QZL,
        QZL_636,
        gold=r"(-∞,a)",
        pred=r"x<a",
        wrap=True,
        expected=True,
        why="card: '(-∞,a) consists of all real numbers x for which x<a'",
    ),
    # studypool 1162262: joining the two halves of a compound inequality
    _c(
        STP,
        STP_116,
        gold=r"-1 <x<3",
        pred=r"-1<x and x<3",
        wrap=True,
        expected=True,
        why="'Solutions are -1<x and x<3 joining gives -1 <x<3'",
    ),
    # eductify inequalities test page: interval notation note
    _c(
        EDU,
        EDU_49,
        gold=r"[2, ∞)",
        pred=r"real numbers greater or equal to 2",
        wrap=True,
        expected=True,
        why=("'For example, [2, ∞) is the interval of real numbers greater or equal to 2.'"),
    ),
    # beatthegmat t=278250: which inequality is equivalent to -2 < x < 4 (answer B)
    _c(
        BTG,
        BTG_278,
        gold=r"-2 < x < 4",
        pred=r"|x − 1| < 3",
        wrap=True,
        expected=True,
        why="'(B) |x − 1| < 3 ... -2 < x < 4 Perfect match! Answer: B'",
    ),
    _c(
        BTG,
        BTG_278,
        gold=r"-2 < x < 4",
        pred=r"|x − 2| < 4",
        wrap=True,
        expected=False,
        why="'(A) |x − 2| < 4 ... -2 < x < 6 Doesn't match. ELIMINATE A'",
    ),
    _c(
        BTG,
        BTG_278,
        gold=r"-2 < x < 4",
        pred=r"-2 < x < 6",
        wrap=True,
        expected=False,
        why="A rewritten: 'Add 2 to all 3 parts to get: -2 < x < 6 Doesn't match'",
    ),
    _c(
        BTG,
        BTG_278,
        gold=r"-2 < x < 4",
        pred=r"|x + 1| < 3",
        wrap=True,
        expected=False,
        why="choice (C); the thread's answer: 'The answer is B.' / 'Answer: B'",
    ),
    _c(
        BTG,
        BTG_278,
        gold=r"-2 < x < 4",
        pred=r"|x + 2| < 4",
        wrap=True,
        expected=False,
        why="choice (D); the thread's answer: 'The answer is B.' / 'Answer: B'",
    ),
    # beatthegmat t273432: all possible values of x for |2x - 3| < 11 (answer B)
    _c(
        BTG,
        BTG_273,
        gold=r"-4 < x < 7",
        pred=r"-7 < x < 4",
        wrap=True,
        expected=False,
        why="'A: -7 < x < 4 B: -4 < x < 7 ... Eliminate A. The correct answer is B.'",
    ),
    # beatthegmat t101477: x between -1 and 5 (answer E)
    _c(
        BTG,
        BTG_101,
        gold=r"|x - 2| < 3",
        pred=r"|3 - x| < -3",
        wrap=True,
        expected=False,
        why=("'A. |3 - 0| < -3 ... Doesn't work. Eliminate A.' 'The correct answer is E.'"),
    ),
    _c(
        BTG,
        BTG_101,
        gold=r"|x - 2| < 3",
        pred=r"-1< |x| < 5",
        wrap=True,
        expected=False,
        why=(
            "'Since x=-2 works in answer choice B, and x=-2 is NOT part of the given "
            "range, eliminate B.'"
        ),
    ),
    _c(
        BTG,
        BTG_101,
        gold=r"|x - 2| < 3",
        pred=r"|x| - 2 > 2",
        wrap=True,
        expected=False,
        why="'C. |0| - 2 > 2 -2 > 2 Doesn't work. Eliminate C.'",
    ),
    _c(
        BTG,
        BTG_101,
        gold=r"|x - 2| < 3",
        pred=r"|2 + x| > 3",
        wrap=True,
        expected=False,
        why="'D. |2 + 0| > 3 2 > 3. Doesn't work. Eliminate D.'",
    ),
]
