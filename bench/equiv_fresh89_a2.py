r"""fresh89_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh89_a.py
names (mathhelpforum 161201 and 32490, brownstone's Maple T.A. help, mathwords, the WeBWorK
forum, codegolf, thirdspacelearning, socratic, quaticsole, the usenet archive), transcribed under
the same rules; see that module's docstring for the sources, conventions and what was left out.
Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh89_a import (
    BRS,
    BRS_TYPES,
    CG,
    CG_71304,
    MHF,
    MHF_32490,
    MHF_161201,
    MWD,
    MWD_PI3,
    QS,
    QS_HALF,
    SOC,
    SOC_BOOKEND,
    TSL,
    TSL_CIRC,
    TWN,
    TWN_209997,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # mathhelpforum 161201: an angle from the cosine rule, in radians, as π - acos, in degrees
    _c(
        MHF,
        MHF_161201,
        gold=r"2.328837092",
        pred=r"\pi - acos\left(\frac{11}{16}\right)",
        wrap=True,
        expected=True,
        why="'I keep getting 2.328837092' - 'when you get the correct answer, you should quit. "
        "... Would you be happier with π - acos(11/16)'",
    ),
    _c(
        MHF,
        MHF_161201,
        gold=r"2.328837092",
        pred=r"133.433 deg",
        wrap=True,
        expected=True,
        why="'Maybe you were expecting the answer in degrees? 133.433 deg' ... "
        "'2.3288 radians= 2.3288 (180/3.14159)= 133.433... degrees'",
    ),
    # mathhelpforum 32490: cosine rule, the poster's sums refused
    _c(
        MHF,
        MHF_32490,
        gold=r"8.65983265",
        pred=r"14.724......",
        wrap=True,
        expected=False,
        why="reply 'C = 8.65983265'; poster 'a=14.724......' - 'i think you got the triangle "
        "wrong'; 'I kept getting 14 but it was around 8'",
    ),
    _c(
        MHF,
        MHF_32490,
        gold=r"8.65983265",
        pred=r"15.906.....",
        wrap=True,
        expected=False,
        why="poster 'add it to 164 ... and get 15.906.....' - 'you need to minus 89.007298 from "
        "164 not adding them up ... C = sqrt(74.99270152) = 8.65983265'",
    ),
    # brownstone Maple T.A. help: a restricted formula question on sin(Pi/4)
    _c(
        BRS,
        BRS_TYPES,
        gold=r"sqrt(2)/2",
        pred=r"1/sqrt(2)",
        wrap=True,
        expected=True,
        why='\'the question "What is sin(Pi/4)?" should accept the answers sqrt(2)/2 and '
        "1/sqrt(2) but not sin(Pi/4)'",
    ),
    # mathwords "Trigonometry Angles: π/3"
    _c(
        MWD,
        MWD_PI3,
        gold=r"\frac{\pi}{3}",
        pred=r"60°",
        wrap=True,
        expected=True,
        why="'π/3 is a standard angle equal to 60°'; 'The angle π/3 radians corresponds to 60°'",
    ),
    _c(
        MWD,
        MWD_PI3,
        gold=r"\frac{1}{2}",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="key formula: '\\frac{1}{2} = 0.5 = Cosine value (and sine of π/6)'",
    ),
    _c(
        MWD,
        MWD_PI3,
        gold=r"\frac{2\sqrt{3}}{3}",
        pred=r"\frac{2}{\sqrt{3}}",
        wrap=True,
        expected=True,
        why="worked example: '\\csc\\frac{\\pi}{3} = \\frac{2}{\\sqrt{3}} = \\frac{2\\sqrt{3}}{3}'",
    ),
    # codegolf 71304: tan(pi/6)
    _c(
        CG,
        CG_71304,
        gold=r"√3/3",
        pred=r"1/√3",
        wrap=True,
        expected=True,
        why="'tan(pi/6) is equal to sin(pi/6) / cos(pi/6) == (1/2) / (√3/2) == 1/√3 == √3/3'",
    ),
    # thirdspacelearning area of a circle: radius 3cm
    _c(
        TSL,
        TSL_CIRC,
        gold=r"9 \pi \mathrm{cm}^{2}",
        pred=r"28.3 \mathrm{~cm}^{2}",
        wrap=True,
        expected=True,
        why="radius 3cm: 'Area = π r^2 = π × 3^2 = 9 π cm^2 = 28.3 cm^2 (1.d.p)'",
    ),
    # socratic: a 45-45-90 bookend with legs 9 in.
    _c(
        SOC,
        SOC_BOOKEND,
        gold=r"\sqrt{162}",
        pred=r"11",
        wrap=True,
        expected=False,
        why="'Is he correct?' - 'No; ... the hypotenuse would need to be over 12 in.'; "
        "'c = √162 ≅ 12.73 but Andrew claims c = 11'",
    ),
    # quaticsole "Halfway around a circle": degrees and radians
    _c(
        QS,
        QS_HALF,
        gold=r"180°",
        pred=r"π",
        wrap=True,
        expected=True,
        why="'In the chart above 180° is equal to π'",
    ),
    _c(
        QS,
        QS_HALF,
        gold=r"45°",
        pred=r"1π/4",
        wrap=True,
        expected=True,
        why="'for 45° it will equal to 1π/4'",
    ),
    _c(
        QS,
        QS_HALF,
        gold=r"90°",
        pred=r"π/2",
        wrap=True,
        expected=True,
        why="'π/2 will be equivalent to 90°'",
    ),
    # usenet net.puzzle "Solution to Geometry III": two solvers' forms of AC
    _c(
        TWN,
        TWN_209997,
        gold=r"2^(1/3)",
        pred=r"cuberoot(2)",
        wrap=True,
        expected=True,
        why="'AC equals 2^(1/3) . Q.E.D.' and 'Another good answer ... Hence, the answer is "
        "AC = cuberoot(2).'",
    ),
]
