"""fresh45_b, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh45_b.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh45_b import (
    ATH,
    ATH_AT,
    IYMF,
    IYMF_AT,
    M4U,
    M4U_AT,
    MHF,
    MHF_AT,
    SPARK,
    SPARK_AT,
    TQ,
    TQ_INEQ_AT,
    TSR,
    TSR_AQAFM_AT,
    TSR_C3_AT,
    TSR_OCRC3_AT,
    TSR_SURD_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        ATH,
        ATH_AT,
        gold=r"2ˣ⁺² - 2",
        pred=r"2ˣ⁺¹ + 2ˣ⁺¹ - 2",
        wrap=True,
        expected=True,
        why="reply: '2ˣ⁺¹ + 2ˣ⁺¹ - 2 does become: 2ˣ⁺² - 2'",
    ),
    # improveyourmathfluency.com: the book's answer vs a student's.
    _c(
        IYMF,
        IYMF_AT,
        gold=r"sqrt(2)/2",
        pred=r"1/sqrt(2)",
        wrap=True,
        expected=True,
        why="book's sqrt(2)/2 vs a student's 1/sqrt(2); author: 'the two seemingly \"different\" "
        "answers are exactly the same'",
    ),
    # math.techqa.club 1527408: -x^2+7x<10.
    _c(
        TQ,
        TQ_INEQ_AT,
        gold=r"x<2 or x>5",
        pred=r"x \in (-\infty,2)\cup(5,\infty)",
        wrap=True,
        expected=True,
        why="book's answer vs best answer's 'Write it as ...'",
    ),
    _c(
        TQ,
        TQ_INEQ_AT,
        gold=r"x<2 or x>5",
        pred=r"x\in R - [2, 5]",
        wrap=True,
        expected=True,
        why="best answer's second form",
    ),
    _c(
        TQ,
        TQ_INEQ_AT,
        gold=r"x<2 or x>5",
        pred=r"\{x:x>5~~ \text{or} ~~~x<2\}",
        wrap=True,
        expected=True,
        why="second answer: 'You can write ...'",
    ),
    # math4u.vsb.cz 43184: x/(x-1) - 1/(1-x).
    _c(
        M4U,
        M4U_AT,
        gold=r"\frac{x+1}{x-1}",
        pred=r"x+1",
        wrap=True,
        expected=False,
        why="quiz key (Answer 3; hint's correct solution (x+1)/(x-1), x != 1) vs Gregg's x+1: "
        "'Multiplying the expression by x-1 changes its value'",
    ),
    # The Student Room t=3046653: 2/r3 - r6/r72, Solomon answer sheet.
    _c(
        TSR,
        TSR_SURD_AT,
        gold=r"r3/2",
        pred=r"3/2r2",
        wrap=True,
        expected=False,
        why="answer sheet (as the reply states it) vs the asker's final line; a first reply's "
        "'seems correct' is corrected: 'a small mistake in the very last line', which the "
        "asker accepts",
    ),
    _c(
        TSR,
        TSR_SURD_AT,
        gold=r"r3/2",
        pred=r"12r3/24",
        wrap=True,
        expected=True,
        why="reply's working '= 12r3/24 = 1/2 r3 = r3/2 - same as the answer sheet'; 'Yeah, "
        "this is correct'",
    ),
    # spark.fundegar.com: 18/sqrt(162).
    _c(
        SPARK,
        SPARK_AT,
        gold=r"\sqrt 2",
        pred=r"\frac{2}{\sqrt{2}}",
        wrap=True,
        expected=True,
        why="answer sqrt 2 vs the asker's 2/sqrt 2 ('which is wrong?'); answer: marked incorrect "
        "only for not simplifying, multiply top and bottom by sqrt 2",
    ),
    # The Student Room t=3332257 page 28: OCR MEI C3 June 2015, 8.ii.
    _c(
        TSR,
        TSR_C3_AT,
        gold=r"15/2 - 4ln4",
        pred=r"15/2 - 8ln2",
        wrap=True,
        expected=True,
        why="8.ii: 'I got 15/2 - 8ln2'; replies: 'Yeah that's right', 'The answer was 15/2 - 4ln4 "
        "which is the same as what you got'",
    ),
    # mathhelpforum 129229: logarithm contraction.
    _c(
        MHF,
        MHF_AT,
        gold=r"log_2(T^{4/3})",
        pred=r"log_2(T^4)- log_2(8)",
        wrap=True,
        expected=False,
        why="the asker's step vs the reply's result: 'That is incorrect: the rule is log(a/b)= "
        "log(a)- log(b), not log(a)/log(b)'",
    ),
    _c(
        MHF,
        MHF_AT,
        gold=r"log_2(T^{4/3})",
        pred=r"\frac{log_2(T^4)}{log_2(8)}",
        wrap=True,
        expected=True,
        why="reply: '\\frac{log_2(T^4)}{log_2(8)}= \\frac{1}{3}log_2(T^4)= log_2(T^{4/3})'",
    ),
    _c(
        MHF,
        MHF_AT,
        gold=r"log_2(T^{4/3})",
        pred=r"\frac{1}{3}log_2(T^4)",
        wrap=True,
        expected=True,
        why="reply's middle form",
    ),
    # The Student Room t=3930177 page 17: a student's unofficial mark scheme, OCR C3 Q3.
    _c(
        TSR,
        TSR_OCRC3_AT,
        gold=r"4ln4 - 4",
        pred=r"4(ln4 -1)",
        wrap=True,
        expected=True,
        why="Q3: 'Answer is 4ln4 - 4 - alternatively may be written as 4(ln4 -1) ...'",
    ),
    _c(
        TSR,
        TSR_OCRC3_AT,
        gold=r"4ln4 - 4",
        pred=r"ln256 - 4",
        wrap=True,
        expected=True,
        why="Q3: '... or ln256 - 4 or any equivalent form'",
    ),
    # The Student Room t=4176708 page 2: AQA Level 2 Further Maths 2016.
    _c(
        TSR,
        TSR_AQAFM_AT,
        gold=r"45",
        pred=r"65",
        wrap=True,
        expected=False,
        why="surd equation (x = 45): 'I initially got 65 ... it was 45 ... squared everything - "
        "which doesn't work'; the 65 poster agrees",
    ),
    _c(
        TSR,
        TSR_AQAFM_AT,
        gold=r"3 (3+root 3)",
        pred=r"3 + 3 + 3 + 3root 3",
        wrap=True,
        expected=True,
        why="Q19: '3 + 3 + 3 + 3root 3 is what you get for totals and factorise it to 3 (3+root "
        "3)'",
    ),
]
