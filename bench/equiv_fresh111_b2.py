r"""fresh111_b, continued (part 2 of 3): cases of the sources that bench/equiv_fresh111_b.py lists
under "Sources of bench/equiv_fresh111_b2.py" (mathcentral donna5, gradesaver, homework.cpm.org,
cpdcollege, 2017s1-07mathematics, integreat, web2.0calc, gofigurewithscipi, borzick, mathwords,
rpdp, edumple, socratic, mathskey 22-50-28, qammunity 21379964, jiskha 1332347223),
transcribed under the same rules; see that module's docstring for the sources, conventions and what
was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh111_b import (
    BLG,
    BLG_QA,
    BZ,
    BZ_D,
    CPD,
    CPD_511,
    CPM,
    CPM_108,
    CPM_812,
    EDU,
    EDU_S,
    GF,
    GF_FD,
    GS,
    GS_C23,
    GS_IA242,
    GS_IN50,
    INT,
    INT_107,
    JIS,
    JIS_133,
    MC,
    MC_DONNA,
    MK,
    MK_2250,
    MWP,
    MWP_PYR,
    QA,
    QA_213,
    RP,
    RP_TET,
    SOC,
    SOC_SL,
    W2C,
    W2C_SQ,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # mathcentral donna5: zero is even, not neither, not odd
    _c(
        MC,
        MC_DONNA,
        gold=r"even",
        pred=r"neither",
        wrap=True,
        expected=False,
        why="'Is zero an even number, an odd number, or neither? ... Since 0 = 2 × 0 ... the "
        "number zero is even.'",
    ),
    _c(
        MC,
        MC_DONNA,
        gold=r"even",
        pred=r"odd",
        wrap=True,
        expected=False,
        why="'A number is even if it is divisible by two, and odd if it isn't ... the number "
        "zero is even.'",
    ),
    # gradesaver Calculus ET 8e 1.1 #78: Neither = neither odd nor even
    _c(
        GS,
        GS_C23,
        gold=r"Neither",
        pred=r"neither odd nor even",
        wrap=True,
        expected=True,
        why="answer 'Neither'; work '$f(-x)\\ne \\pm f(x)$ $\\therefore f(x)$ is neither odd "
        "nor even.'",
    ),
    _c(
        GS,
        GS_C23,
        gold=r"Neither",
        pred=r"odd",
        wrap=True,
        expected=False,
        why="'$f(-x)\\ne \\pm f(x)$ $\\therefore f(x)$ is neither odd nor even.'",
    ),
    _c(
        GS,
        GS_C23,
        gold=r"Neither",
        pred=r"even",
        wrap=True,
        expected=False,
        why="'$f(-x)\\ne \\pm f(x)$ $\\therefore f(x)$ is neither odd nor even.'",
    ),
    # cpm CCG 8-12: true or false about quadrilaterals
    _c(
        CPM,
        CPM_812,
        gold=r"True",
        pred=r"False",
        wrap=True,
        expected=False,
        why="'All squares are rectangles. True, a rectangle is a quadrilateral with four right "
        "angles and a square is ...'",
    ),
    _c(
        CPM,
        CPM_812,
        gold=r"False",
        pred=r"True",
        wrap=True,
        expected=False,
        why="'All quadrilaterals are parallelograms. False, quadrilaterals can exist without "
        "parallel sides, like a kite or a trapezoid.'",
    ),
    # cpm CC3 10-8: always / sometimes / never true
    _c(
        CPM,
        CPM_108,
        gold=r"Sometimes true",
        pred=r"always true",
        wrap=True,
        expected=False,
        why="'If x is equal to ..., then the statement is true. Any other time the statement is "
        "false. Therefore, the statement is sometimes true.'",
    ),
    _c(
        CPM,
        CPM_108,
        gold=r"Sometimes true",
        pred=r"never true",
        wrap=True,
        expected=False,
        why="'If x is equal to ..., then the statement is true. ... Therefore, the statement is "
        "sometimes true.'",
    ),
    _c(
        CPM,
        CPM_108,
        gold=r"Always true",
        pred=r"sometimes true",
        wrap=True,
        expected=False,
        why="'Identify the mathematical sentences below as always true, sometimes true, or never "
        "true'; second answer 'Always true'",
    ),
    # cpdcollege page 511: cuboid = rectangular prism
    _c(
        CPD,
        CPD_511,
        gold=r"rectangular prism",
        pred=r"cuboid",
        wrap=True,
        expected=True,
        why="'Note also that another name for a rectangular prism is a cuboid'",
    ),
    # gradesaver Intro Algebra 7e 3.3 #33: neither parallel nor perpendicular
    _c(
        GS,
        GS_IA242,
        gold=r"neither",
        pred=r"neither parallel nor perpendicular",
        wrap=True,
        expected=True,
        why="answer 'neither'; work 'Therefore these lines are neither parallel nor "
        "perpendicular.'",
    ),
    _c(
        GS,
        GS_IA242,
        gold=r"neither",
        pred=r"parallel",
        wrap=True,
        expected=False,
        why="'m=2 ... m=$\\frac{1}{2}$ 2$\\ne$$\\frac{1}{2}$ ... these lines are neither "
        "parallel nor perpendicular'",
    ),
    _c(
        GS,
        GS_IA242,
        gold=r"neither",
        pred=r"perpendicular",
        wrap=True,
        expected=False,
        why="'2\\times$$\\frac{1}{2}$$\\ne$-1 Therefore these lines are neither parallel nor "
        "perpendicular.'",
    ),
    # 2017s1-07mathematics blog: 1 is neither prime nor composite
    _c(
        BLG,
        BLG_QA,
        gold=r"neither prime nor composite",
        pred=r"not a prime or composite number",
        wrap=True,
        expected=True,
        why="'Hence 1 is neither prime nor composite. answer: therefore 1 is not a prime or "
        "composite number.'",
    ),
    _c(
        BLG,
        BLG_QA,
        gold=r"neither prime nor composite",
        pred=r"prime",
        wrap=True,
        expected=False,
        why="'called a prime number ... if it has exactly two positive factors ... 1 has only "
        "one positive factor ... Hence 1 is neither prime nor composite.'",
    ),
    _c(
        BLG,
        BLG_QA,
        gold=r"neither prime nor composite",
        pred=r"composite",
        wrap=True,
        expected=False,
        why="'Natural numbers that have more than two positive factors are called composite ... "
        "Hence 1 is neither prime nor composite.'",
    ),
    # integreat CALC 01.07: an infinite limit technically does not exist
    _c(
        INT,
        INT_107,
        gold=r"\infty",
        pred=r"D.N.E.",
        wrap=True,
        expected=True,
        why="reading: '1.7.3 Know that a limit that has an answer of positive or negative "
        'infinity technically "D.N.E."\'',
    ),
    # gradesaver Intermediate Algebra 7e 1.4 vocabulary #7: empty set notations
    _c(
        GS,
        GS_IN50,
        gold=r"\emptyset",
        pred=r"\left\{\right\}",
        wrap=True,
        expected=True,
        why="'inconsistent; $\\emptyset$ or $\\left\\{\\right\\}$'; 'The solution set can be "
        "expressed as $\\emptyset$ or $\\left\\{\\right\\}$'",
    ),
    # web2.0calc: a square is a rectangle
    _c(
        W2C,
        W2C_SQ,
        gold=r"Yes",
        pred=r"No",
        wrap=True,
        expected=False,
        why="'Is a square a rectangle? Yes! A square is a rectangle.'",
    ),
    # gofigurewithscipi, borzick: "diamond" is not the shape's name
    _c(
        GF,
        GF_FD,
        gold=r"rhombus",
        pred=r"diamond",
        wrap=True,
        expected=False,
        why="'a diamond is not technically a mathematical shape whereas a rhombus is ... Calling "
        "a rhombus a diamond ... The first is an accurate term, the second one is not.'",
    ),
    _c(
        BZ,
        BZ_D,
        gold=r"square",
        pred=r"diamond",
        wrap=True,
        expected=False,
        why="'There is not a shape called a diamond ... When students look at the red shape, "
        "they call it a diamond. The problem with this is that they are the same shape; only "
        "one has been rotated 45 degrees.'",
    ),
    _c(
        BZ,
        BZ_D,
        gold=r"parallelogram",
        pred=r"diamond",
        wrap=True,
        expected=False,
        why="'They are parallelograms, not diamonds-regardless of how they are rotated.'",
    ),
    # mathwords, rpdp, edumple: tetrahedron = triangular pyramid
    _c(
        MWP,
        MWP_PYR,
        gold=r"tetrahedron",
        pred=r"pyramid with a triangular base",
        wrap=True,
        expected=True,
        why="'A pyramid with a triangular base is called a tetrahedron.'",
    ),
    _c(
        RP,
        RP_TET,
        gold=r"tetrahedron",
        pred=r"triangular pyramid",
        wrap=True,
        expected=True,
        why="entry 'tetrahedron (triangular pyramid) A solid figure that has four triangular "
        "plane faces.'",
    ),
    _c(
        EDU,
        EDU_S,
        gold=r"triangular pyramid",
        pred=r"Tetrahedron",
        wrap=True,
        expected=True,
        why="'7. Triangular Pyramid : A triangular pyramid (Tetrahedron) shown in fig. has : (i) "
        "4 faces'",
    ),
    # socratic: the slope of a vertical line is undefined, not zero
    _c(
        SOC,
        SOC_SL,
        gold=r"undefined",
        pred=r"zero",
        wrap=True,
        expected=False,
        why="'why is the slope of a vertical line undefined (not zero)? ... It's like the "
        "difference between #0/1# and #1/0#. #0/1 = 0# but #1/0# is undefined.'",
    ),
    # mathskey 22-50-28, qammunity 21379964: "No" = not a function
    _c(
        MK,
        MK_2250,
        gold=r"No, the relation is not a function",
        pred=r"not a function",
        wrap=True,
        expected=True,
        why="'the relation is not a function. The element 4 in the domain is paired with both "
        "... No, the relation is not a function.'",
    ),
    _c(
        QA,
        QA_213,
        gold=r"No",
        pred=r"not a function",
        wrap=True,
        expected=True,
        why="'Answer: No, because for each input there is not exactly one output ... This means "
        "that the relation given is not a function.'",
    ),
    # jiskha 1332347223: no solution = inconsistent
    _c(
        JIS,
        JIS_133,
        gold=r"no solution",
        pred=r"inconsistent",
        wrap=True,
        expected=True,
        why="'If the slopes are equal, the lines are parallel and have no solution(inconsistent).'",
    ),
]
