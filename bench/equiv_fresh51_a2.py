r"""fresh51_a, continued (part 2 of 2): algebra answers settled on public web pages (the ``pages``
corpus of the search tool). The sources, what each page settles, the transcription rules, what was
left out and by which rule are listed in the docstring of bench/equiv_fresh51_a.py (section
"Sources of bench/equiv_fresh51_a2.py"). Every source is a web page with no licence file; ``repo``
is its domain and ``where`` its full URL; ``wrap`` is always True (bare answers) and ``expected`` is
the verdict a person on the page gives, with no one on the page contradicting it. Do not tune the
judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh51_a import ALG, SOC, _chain, _w

CASES: list[dict[str, object]] = []
# ---- batch 5
JIS = "www.jiskha.com"
JIS_1315110458 = "https://www.jiskha.com/display.cgi?id=1315110458"
GSW = "www.gradesaver.com"
GS_A1_521 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-1/chapter-8-polynomials-and-factoring-"
    "8-8-factoring-by-grouping-standardized-test-prep-page-521/50"
)
GS_EIA_647 = (
    "https://www.gradesaver.com/textbooks/math/algebra/elementary-and-intermediate-algebra-concepts-"
    "and-applications-6th-edition/chapter-10-exponents-and-radicals-10-3-multiplying-radical-"
    "expressions-10-3-exercise-set-page-647/3"
)
MHF = "mathhelpforum.com"
MHF_103593 = "http://mathhelpforum.com/algebra/103593-simplifying-under-radical.html"
GREG = "forums.gregmat.com"
GREG_33100 = "https://forums.gregmat.com/t/quick-problem/33100"
ALG_366423 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=366423"

CASES += [
    # jiskha 1315110458: the first (human) responder's steps after dividing by -2.
    _w(
        JIS,
        JIS_1315110458,
        r"x > - 6",
        r"x > 12 / - 2",
        True,
        "responder's steps for -2x - 10 < 2: 'x > 12 / - 2', 'x > - 6'",
    ),
    _w(
        JIS,
        JIS_1315110458,
        r"x > -1",
        r"x > 2 / -2",
        True,
        "responder's steps for -2x + 15 < 17: 'x > 2 / -2', 'x > -1'",
    ),
    # gradesaver Algebra 1, 8-8 Standardized Test Prep p.521 #50.
    _w(
        GSW,
        GS_A1_521,
        r"-1 \gt x",
        r"\frac{2}{-2} \gt \frac{-2x}{-2}",
        True,
        "work: 2 < -2x divided by -2, sign flipped: '2/-2 > -2x/-2', '-1 > x'",
    ),
    # gradesaver Elementary and Intermediate Algebra 6e, 10.3 p.647 #3: sqrt(x^2-9) = x-3 FALSE.
    _w(
        GSW,
        GS_EIA_647,
        r"\sqrt{x^2-9}",
        r"x-3",
        False,
        "answer: 'If x=1, then sqrt(x^2-9) is sqrt(-8), while x-3 is 1-3=-2. Hence, the given "
        "statement is FALSE'",
    ),
    # mathhelpforum 103593: "Can sqrt(9-x^2) be simplified to 3-x? No, because 9-x^2=(3-x)(3+x)".
    _w(MHF, MHF_103593, r"\sqrt{9-x^2}", r"3-x", False, "reply: 'No' (x=1 gives 2sqrt2 against 2)"),
    _w(
        MHF,
        MHF_103593,
        r"\sqrt{9-x^2}",
        r"\sqrt{(3-x)(3+x)}",
        True,
        "reply: 'So sqrt(9-x^2)=sqrt((3-x)(3+x))'",
    ),
    # gregmat forum 33100: sqrt(x^4+6x^2+9) = x^2+3, and "is not x^2 + 6x + 3". The reply's line
    # '(x^4+3x^2+3x^2+9x)^{1/2}' has a typo (9x for 9) and is left out.
    _w(
        GREG,
        GREG_33100,
        r"\sqrt{x^4 + 6x^2 + 9}",
        r"x^2 + 6x + 3",
        False,
        "reply: 'Also: sqrt(x^4 + 6x^2 + 9) is not x^2 + 6x + 3' (the asker's simplification)",
    ),
    *_chain(
        GREG,
        GREG_33100,
        r"(x^2+3)",
        [
            r"\sqrt{x^4+6x^2+9}",
            r"(x^4+6x^2+9)^{\frac{1}{2}}",
            r"(x^2(x^2+3)+3(x^2+3))^{\frac{1}{2}}",
            r"((x^2+3)(x^2+3))^{\frac{1}{2}}",
            r"((x^2+3)^2)^{\frac{1}{2}}",
        ],
        "reply's aligned chain sqrt(x^4+6x^2+9) = ... = (x^2+3)",
    ),
    # algebra.com 366423 (Edwin): sqrt(9-x^2) with x = 3sin(x) (the page's own letters).
    *_chain(
        ALG,
        ALG_366423,
        r"3abs(cos(x))",
        [
            r"sqrt(9-(3sin(x))^2)",
            r"sqrt(9-3^2sin^2(x))",
            r"sqrt(9-9sin^2(x))",
            r"sqrt(9(1-sin^2(x)))",
            r"sqrt(9)sqrt(1-sin^2(x))",
            r"3sqrt(1-sin^2(x))",
            r"3sqrt(cos^2(x))",
        ],
        "Edwin's steps ending 'Answer 3abs(cos(x))' (absolute value bars because the root is "
        "never negative)",
    ),
]

# ---- batch 6
WYZ = "www.wyzant.com"
WYZ_30459 = (
    "https://www.wyzant.com/resources/answers/30459/"
    "how_to_show_that_x_y_2_and_x_2_y_2_are_not_equivalent"
)
PS = "www.prepswift.com"
PS_MIST = "https://www.prepswift.com/content/common-exponent-mistakes"
TQA = "math.techqa.club"
TQA_2569903 = "https://math.techqa.club/does-a-negative-exponent-distribute-2569903"

CASES += [
    # wyzant 30459 (Kevin C., tutor): (x+y)^-2 against (1/x^2) + y^2.
    _w(
        WYZ, WYZ_30459, r"1/(x+y)^2", r"(x+y)^-2", True, "tutor: 'Therefore, (x+y)^-2 is 1/(x+y)^2'"
    ),
    _w(
        WYZ,
        WYZ_30459,
        r"x^2 + 2xy + y^2",
        r"(x+y)(x+y)",
        True,
        "tutor: '(x+y)^2 means (x+y)(x+y) or x^2 + 2xy + y^2'",
    ),
    _w(
        WYZ,
        WYZ_30459,
        r"x^2 + 2xy + y^2",
        r"(x+y)^2",
        True,
        "tutor: '(x+y)^2 means (x+y)(x+y) or x^2 + 2xy + y^2'",
    ),
    _w(
        WYZ,
        WYZ_30459,
        r"1/(x^2 + 2xy + y^2)",
        r"(1/x^2) + y^2",
        False,
        "tutor: '1/(x^2 + 2xy + y^2) does not equal (1/x^2) + y^2'",
    ),
    _w(
        WYZ,
        WYZ_30459,
        r"(1 + x^2y^2)/x^2",
        r"(1/x^2) + y^2",
        True,
        "tutor: 'this last expression as a fraction ... becomes (1/x^2) + (x^2 y^2)/x^2, or "
        "(1 + x^2y^2)/x^2'",
    ),
    _w(
        WYZ,
        WYZ_30459,
        r"(1 + x^2y^2)/x^2",
        r"(1/x^2) + (x^2 y^2)/x^2",
        True,
        "tutor: '(1/x^2) + (x^2 y^2)/x^2, or (1 + x^2y^2)/x^2'",
    ),
    # prepswift "Common Exponent Mistakes": each 'Mistake n' is an inequation (False), with the
    # right form given for two of them (True).
    _w(PS, PS_MIST, r"(xy)^{a+b}", r"x^{a}y^b", False, "Mistake 1: x^a y^b ≠ (xy)^(a+b)"),
    _w(PS, PS_MIST, r"x^{a}x^b", r"(x^a)^b", False, "Mistake 2: (x^a)^b ≠ x^a x^b"),
    _w(
        PS,
        PS_MIST,
        r"x^{ab}",
        r"(x^a)^b",
        True,
        "Mistake 2: 'you're supposed to multiply the powers together, to become x^{ab}'",
    ),
    _w(PS, PS_MIST, r"x^{a}+y^a", r"(x+y)^a", False, "Mistake 3: (x+y)^a ≠ x^a + y^a"),
    _w(PS, PS_MIST, r"-x^2", r"(-x)^2", False, "Mistake 4: (-x)^2 ≠ -x^2"),
    _w(
        PS,
        PS_MIST,
        r"x^2",
        r"(-x)^2",
        True,
        "Mistake 4: 'It should be -x × -x and the negatives will cancel to produce x^2'",
    ),
    _w(PS, PS_MIST, r"x+y", r"\sqrt{x^{2}+y^{2}}", False, "Mistake 5: sqrt(x^2+y^2) ≠ x+y"),
    _w(
        PS,
        PS_MIST,
        r"\frac{a^2}{x} + \frac{a^2}{y}",
        r"\frac{a^2}{x+y}",
        False,
        "Mistake 6: a^2/(x+y) ≠ a^2/x + a^2/y",
    ),
    # math.techqa.club 2569903 (mirror of a Mathematics Stack Exchange question).
    *_chain(
        TQA,
        TQA_2569903,
        r"\frac{ab}{a+b}",
        [r"(a^{-1}+b^{-1})^{-1}", r"\frac1{\frac1a +\frac1b}", r"\frac1{\frac{a+b}{ab}}"],
        "best answer 'Thus the answer is 1/(1/a+1/b) = 1/((a+b)/ab) = ab/(a+b)' and the second "
        "answer's '(a^-1+b^-1)^-1 = ... = ab/(a+b)'",
    ),
]

# ---- batch 7
CC = "talk.qa.collegeconfidential.com"
CC_1842364 = "https://talk.qa.collegeconfidential.com/t/help-with-sat-math-question/1842364"

CASES += [
    # College Confidential 1842364 (a reply on an SAT extraneous-root question).
    _w(CC, CC_1842364, r"|x|", r"sqrt(x^2)", True, "reply: 'e.g. sqrt(4) = 2, sqrt(x^2) = |x|'"),
    _w(
        CC,
        CC_1842364,
        r"|x| = 10",
        r"x = 10",
        False,
        "reply: 'the equation x^2 = 100 is not equivalent to x = 10 ... Rather it is actually "
        "equivalent to |x| = 10'",
    ),
    _w(
        CC,
        CC_1842364,
        r"|x| = 10",
        r"x^2 = 100",
        True,
        "reply: 'x^2 = 100 ... is actually equivalent to |x| = 10'",
    ),
]

# ---- batch 8
SOC_SQ = "https://socratic.org/questions/how-do-you-multiply-x-3-2-2"
TSR = "www.thestudentroom.co.uk"
TSR_1161753 = "https://www.thestudentroom.co.uk/showthread.php?t=1161753"
GS_IA_290 = (
    "https://www.gradesaver.com/textbooks/math/algebra/intermediate-algebra-6th-edition/chapter-5-"
    "section-5-4-multiplying-polynomials-exercise-set-page-290/98"
)

CASES += [
    # socratic: (x + 3)^2 = x^2 + 6x + 9, "DO not make the mistake ... (x+3)^2 ≠ x^2 + 9"; the
    # coloured working lines are left out.
    _w(
        SOC,
        SOC_SQ,
        r"{x}^{2} + 6 x + 9",
        r"{\left(x + 3\right)}^{2}",
        True,
        "answer: '= x^2 + 6x + 9' for (x + 3)^2",
    ),
    _w(
        SOC,
        SOC_SQ,
        r"{x}^{2} + 6 x + 9",
        r"\left(x + 3\right) \left(x + 3\right)",
        True,
        "answer: '(x + 3)^2 = (x + 3)(x + 3)' ... '= x^2 + 6x + 9'",
    ),
    _w(
        SOC,
        SOC_SQ,
        r"{\left(x + 3\right)}^{2}",
        r"{x}^{2} + 9",
        False,
        "answer: 'DO not make the mistake of just squaring each to the terms. (x+3)^2 ≠ x^2 + 9'",
    ),
    # The Student Room 1161753: test answer for (x – 3)^2 against the asker's x^2 - 9.
    _w(
        TSR,
        TSR_1161753,
        r"x^2 - 6x + 9",
        r"x^2 - 9",
        False,
        "asker: 'I thought the answer would be x^2 - 9, but the answer is actually x^2 - 6x + 9'; "
        "reply: 'you know you must be wrong'",
    ),
    _w(
        TSR,
        TSR_1161753,
        r"x^2 - 6x + 9",
        r"(x – 3)^2",
        True,
        "'Develop: (x – 3)^2' ... 'the answer is actually x^2 - 6x + 9' (the test's answer)",
    ),
    _w(
        TSR,
        TSR_1161753,
        r"x^2 - 6x + 9",
        r"(x - 3)(x - 3)",
        True,
        "reply: '(x - 3)^2 = (x - 3)(x - 3) Expand the right hand side'",
    ),
    # gradesaver Intermediate Algebra 6e, 5.4 p.290 #98.
    _w(
        GSW,
        GS_IA_290,
        r"(3x+2)^2",
        r"9x^2+4",
        False,
        "answer: '(3x+2)^2 does not equal 9x^2+4 because the square of a binomial is a trinomial'",
    ),
    *_chain(
        GSW,
        GS_IA_290,
        r"9x^2+12x+4",
        [r"(3x+2)^2", r"(3x)^2+2(3x)(2)+2^2"],
        "answer: '(3x+2)^2 =(3x)^2+2(3x)(2)+2^2 =9x^2+12x+4'",
    ),
]
