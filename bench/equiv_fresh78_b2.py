r"""fresh78_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh78_b.py
lists under "Sources of bench/equiv_fresh78_b2.py" (conic sections, polar equations and polar
coordinates of points, parametric curves, a vector equation of a line), transcribed from public web
pages (the ``pages`` corpus of the search tool) under the same rules and conventions as that
module. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh78_b import (
    DBL,
    DBL_170,
    GFD,
    GFD_357,
    GGB,
    GGB_BCU,
    GS,
    GS_349_67,
    GS_394_32,
    GS_688_8,
    GS_728_1,
    GS_743_53,
    GS_743_70,
    GS_1022_97,
    GSN,
    GSN_394_35,
    JSF,
    JSF_272,
    MHF,
    MHF_7896,
    MHF_68709,
    MHF_176948,
    MHF_180709,
    PM,
    PM_22410,
    SCI,
    SCI_16915,
    SOC,
    SOC_5X,
    SOC_X3,
    TQ,
    TQ_1355,
    TQ_1912,
    TQ_2280,
    TQ_4743,
    UON,
    UON_127,
    W2C,
    W2C_CPH,
    W2C_PT2,
    WYZ,
    WYZ_785761,
    WYZ_929063,
    _chain,
    _w,
)

CASES = [
    # web2.0calc parabolas-pt2 (CPhill): parabola with directrix x = 0 and focus (2, 6)
    _w(
        W2C,
        W2C_PT2,
        r"( y - 6)^2 = 4 ( x - 1)",
        r"(y - 6)^2 = 4(1) ( x - 1)",
        True,
        "'So we have (y - 6)^2 = 4(1) ( x - 1) ( y - 6)^2 = 4 ( x - 1)'",
    ),
    _w(
        W2C,
        W2C_PT2,
        r"(1, 6)",
        r"( [ 0 + 2]/2 , 6)",
        True,
        "'The vertex is given by ... = ( [ 0 + 2]/2 , 6) = (1, 6) = (h, k)'",
    ),
    # techqa 2280460 (MSE mirror): the asker's focus-directrix equation against the key's
    _w(
        TQ,
        TQ_2280,
        r"\left(2x\ -\ y\ -3\right)^{2\ }=-20\left(x+2y\ -4\right)",
        r"\left(x-1\right)^2+\left(y+1\right)^{2\ }=\frac{\left(2y\ +x\ -9\right)^2}{5}",
        True,
        "'My answer: ... Answer key: ... It might initially appear that the two equations are "
        "different; however, they are identical.'",
    ),
    # mathhelpforum 176948: y = (1/4)(x^2 - 2x + 5) in vertex form; the asker's form refused
    *_chain(
        MHF,
        MHF_176948,
        r"y = (1/4)(x - 1)^2 + 1",
        [
            r"y= (1/4) (x^2 -2x+5)",
            r"4y = x^2 - 2x + 5",
            r"4y - 5 = x^2 - 2x",
            r"4y - 4 = x^2 - 2x + 1",
            r"4(y - 1) = (x - 1)^2",
            r"y - 1 = (1/4)(x - 1)^2",
        ],
        "reply: 'Multiply by 4... 4y = x^2 - 2x + 5 ... y = (1/4)(x - 1)^2 + 1 So (h, k) = (1, 1)'",
    ),
    _w(
        MHF,
        MHF_176948,
        r"y = (1/4)(x - 1)^2 + 1",
        r"y-3 = (1/4)(x-1)^2",
        False,
        "asker put the 1/4 aside and got 'y-3 = (1/4)(x-1)^2'; reply: 'You can't \"put aside\" "
        "the 1/4!!!!!!!!!'",
    ),
    _w(
        MHF,
        MHF_176948,
        r"(1,1)",
        r"(1, 3)",
        False,
        "asker: 'my vertex is (1, 3) The book's answer is (1,1)'; reply: 'So (h, k) = (1, 1)'",
    ),
    # gradesaver Blitzer 9.5 p1022 #97: 4/(2 + cos θ) rewritten with 1 in the denominator
    _w(
        GS,
        GS_1022_97,
        r"\frac{2}{1+\frac{\cos \theta }{2}}",
        r"\frac{4}{2+\cos \theta }",
        True,
        "'We divide the numerator and denominator by 2. ... Thus, r=2/(1+cos θ/2)'",
    ),
    # science-mathematics 16915: r = 2/(1 - sec θ) in rectangular form, squared and expanded
    _w(
        SCI,
        SCI_16915,
        r"4 x^3+x² y²+4 x²+4 x y²+y^4 = 0",
        r"x² (x² + y²) = (2x + x² + y²)²",
        True,
        "'... ==> x² (x² + y²) = (2x + x² + y²)² You can expand that and simplify it some. "
        "4 x^3+x² y²+4 x²+4 x y²+y^4 = 0.'",
    ),
    # gradesaver Calculus 8th 10.6 p728 #1: polar conic with e = 1/2, directrix 4
    *_chain(
        GS,
        GS_728_1,
        r"r= \frac{4}{2 + cos(θ)}",
        [r"r= \frac{(1/2) (4)}{1 + (1/2) cos(θ)}", r"r= \frac{2}{1 + 0.5 cos(θ)}"],
        "worked answer r = ed/(1 + e cos θ) ... 'r= 4/(2 + cos(θ))'",
    ),
    # gradesaver Calculus ET 8th 10.6 p688 #8: e = 2, d = 2
    _w(
        GS,
        GS_688_8,
        r"r= \dfrac{4}{1 - 2 \cos θ}",
        r"r= \dfrac{(2) (2)}{1 - (2) \cos θ}",
        True,
        "'r= ed/(1 - e cos(θ))= (2)(2)/(1 - (2) cos θ) Hence, r= 4/(1 - 2 cos θ)'",
    ),
    # mathhelpforum 68709: the asker's ellipse and Soroban's restatement of it
    _w(
        MHF,
        MHF_68709,
        r"\frac{(x-2)^2}{25} + \frac{(y+3)^2}{4} \:=\:1",
        r"(1/25)(x - 2)^2 + (1/4)(y + 3)^2 = 1",
        True,
        "asker: 'Foci of this Ellipse in standard form: (1/25)(x - 2)^2 + (1/4)(y + 3)^2 = 1'; "
        "Soroban: 'Find the Foci of this ellipse: (x-2)^2/25 + (y+3)^2/4 = 1'",
    ),
    # wyzant 785761: completing the squares of an ellipse, Raymond B.
    *_chain(
        WYZ,
        WYZ_785761,
        r"(x+5)^2/3^2 + (y-7)^2/4^2 = 1",
        [
            r"16(x^2 + 10x + 25) + 9(y^2 -14y + 49) = 400 + 441 -697",
            r"(x+5)^2/(12/4)^2 + (y-7)^2/(12/3)^2 = 1",
        ],
        "tutor's chain ending '(x+5)^2/(12/4)^2 + (y-7)^2/(12/3)^2 = 1 simplify "
        "(x+5)^2/3^2 + (y-7)^2/4^2 = 1'",
    ),
    # mathhelpforum 180709: (-3, 4) in polar coordinates
    _w(
        MHF,
        MHF_180709,
        r"(5, 2.21)",
        r"(-5, 5.36)",
        True,
        "'The solution is supposed to be (5, 2.21) or (-5, 5.36)'; Soroban: 'turn 5.36 radians CCW "
        "and walk backward 5 units. This places us at the same point.'",
    ),
    _w(
        MHF,
        MHF_180709,
        r"(5, 2.21)",
        r"(5, -4.140)",
        False,
        "asker: 'I get (5, -4.140), but it's wrong. The solution is supposed to be (5, 2.21) or "
        "(-5, 5.36).'",
    ),
    # wyzant 929063: polar coordinates of (-2√3, 2)
    _w(
        WYZ,
        WYZ_929063,
        r"(4, 5π/6)",
        r"(-4, -π/6)",
        True,
        "'we can multiply our r by -1 and flip our angle 180 degrees by adding π. Therefore, we "
        "arrive at (r, θ) = (4, 5π/6) = (-4, -π/6).'",
    ),
    # gradesaver Trigonometry 8.5 p394 #32 and #35: two polar pairs for one point
    _w(
        GS,
        GS_394_32,
        r"(1, 210^{\circ})",
        r"(-1, 30^{\circ})",
        True,
        "'We can write two pairs of polar coordinates for this point: (1, 210°) (-1, 30°)'",
    ),
    _w(
        GSN,
        GSN_394_35,
        r"(3, 240^{\circ})",
        r"(-3, 60^{\circ})",
        True,
        "'We can write two pairs of polar coordinates for this point: (3, 240°) (-3, 60°)'",
    ),
    # gradesaver Algebra and Trigonometry 4.4 p349 #67: foci of a translated hyperbola
    _w(
        GS,
        GS_349_67,
        r"(-3,-1) , (7,-1)",
        r"(2 +5 , -1), (2 -5 , -1)",
        True,
        "'Foci: (h ± c , k)=(2 +5 , -1), (2 -5 , -1)=(-3,-1) , (7,-1)'",
    ),
    # geogebra BCUev2WQ: foci of a vertical hyperbola, exact and approximate
    _w(
        GGB,
        GGB_BCU,
        r"\left(1,-2+\sqrt{10}\right) and \left(1,-2-\sqrt{10}\right)",
        r"\left(1,1.16\right) and \left(1,-5.16\right)",
        True,
        "'so the foci are (1,-2+√10) and (1,-2-√10) Or approximately (1,1.16) and (1,-5.16)'",
    ),
    # gradesaver Blitzer 6.3 p743 #70: r = -4 sin θ in rectangular form
    *_chain(
        GS,
        GS_743_70,
        r"{{x}^{2}}+{{\left( y+2 \right)}^{2}}=4",
        [r"{{x}^{2}}+{{y}^{2}}=-4y", r"{{x}^{2}}+{{y}^{2}}+4y+4=4"],
        "'We can further simplify it by completing the square on y as, x^2+y^2=-4y ... "
        "x^2+(y+2)^2=4'",
    ),
    # gradesaver Blitzer 6.3 p743 #53: x^2 + y^2 = 9 in polar form
    _w(
        GS,
        GS_743_53,
        r"r=3",
        r"{{r}^{2}}=9",
        True,
        "'From here we get, r^2=9 r=3'; 'The polar equation of x^2+y^2=9 ... is r=3.'",
    ),
    # web2.0calc CPhill answer page 2908: parabola with focus (3, 5), directrix y = 7
    *_chain(
        W2C,
        W2C_CPH,
        r"y = - (1/4) ( x - 3)^2 + 6",
        [
            r"4(1) (y - 6) = - (x - 3)^2",
            r"4 ( y - 6) = - ( x - 3)^2",
            r"y - 6 = - ( 1/4)(x - 3)^2",
        ],
        "CPhill's b.): '4(1) (y - 6) = - (x - 3)^2 ... y = - (1/4) ( x - 3)^2 + 6'",
    ),
    # techqa 4743584 (MSE mirror): Loney's example parabola
    _w(
        TQ,
        TQ_4743,
        r"(y – 2)^2 = 4(x + 1)",
        r"y^2 = 4x + 4y",
        True,
        "'the parabola y^2 = 4x + 4y \\implies (y – 2)^2 = 4(x + 1) is simplified when the "
        "origin is shifted'",
    ),
    # mathhelpforum 7896: the unit circle stretched by 3 and 4
    _w(
        MHF,
        MHF_7896,
        r"\frac{x^2}{3^2}+\frac{y^2}{4^2}=1",
        r"x^2/9 + y^2/16=1",
        True,
        "asker: '(x/3)^2 +(y/4)^2=1 x^2/9 + y^2/16=1 am I going on the right track'; "
        "ThePerfectHacker: 'the equation of the ellipse is x^2/3^2+y^2/4^2=1'",
    ),
    _w(
        MHF,
        MHF_7896,
        r"\frac{x^2}{3^2}+\frac{y^2}{4^2}=1",
        r"(x/3)^2 +(y/4)^2=1",
        True,
        "the asker's first form, confirmed by the reply's x^2/3^2+y^2/4^2=1",
    ),
    # ja3.jsfiddle 27267888 (Brainly copy): x = -3 sin t, y = 3 cos t in Cartesian form
    *_chain(
        JSF,
        JSF_272,
        r"x² +y²= 9",
        [
            r"( - \frac{x}{3} )^{2} + ( \frac{y}{3}) {}^{2} = 1",
            r"( \frac{x}{3} ) {}^{2} + ( \frac{y}{3} ) {}^{2} = 1",
            r"\frac{ {x}^{2} }{9} + \frac{y {}^{2} }{9} = 1",
        ],
        "Answer: '(x/3)^2 + (y/3)^2 = 1 or x² +y²= 9'; 'The steps below are optional as the "
        "above is already considered to be the Cartesian form'",
    ),
    # plainmath 22410: x = 2 cos t, y = 3 sin t
    _w(
        PM,
        PM_22410,
        r"\frac{y^2}{9} + \frac{x^2}{4} = 1",
        r"(\frac{y}{3})^2 + (\frac{x}{2})^2 = 1",
        True,
        "'Substituting these into the identity then gives: (y/3)^2 + (x/2)^2 = 1 y^2/9 + x^2/4 "
        "= 1'",
    ),
    # dbl.id 17024280 (Brainly copy): hyperbola with vertices (0,±8), covertices (±6,0)
    _w(
        DBL,
        DBL_170,
        r"y = \pm\dfrac{4}{3}x",
        r"y = \pm\dfrac{8}{6}x",
        True,
        "'The equations for the asymptotes are y = ±(a/b)x = ±(8/6)x = ±(4/3)x'",
    ),
    _w(
        DBL,
        DBL_170,
        r"y = ±6.4",
        r"y = ±64/10",
        True,
        "'The equations of the directrices are y = ±a²/c = ±64/10 = ±6.4'",
    ),
    _w(
        DBL,
        DBL_170,
        r"(0, ±10)",
        r"(0,12)",
        False,
        "'The foci are at (0, ±c) = (0, ±10)'; 'B. ... False. There is no focus at (0,12)'",
    ),
    # techqa 1355684 (MSE mirror): 9x^2 + 54x - y^2 + 10y + 81 = 0, the asker's form rewritten
    _w(
        TQ,
        TQ_1355,
        r"\dfrac {(x+3)^2}{\dfrac{25}{9}}-\dfrac{(y-5)^2}{25}=-1",
        r"\frac{9(x+3)^2}{25} - \frac{(y-5)^2}{25} = -1",
        True,
        "asker 'broke it down to' 9(x+3)^2/25 - (y-5)^2/25 = -1; hint: 'Write the equation as "
        "(x+3)^2/(25/9) - (y-5)^2/25 = -1.'",
    ),
    _w(
        TQ,
        TQ_1355,
        r"\dfrac {(x+3)^2}{\dfrac{25}{9}}-\dfrac{(y-5)^2}{25}=-1",
        r"9x^2 + 54x - y^2 + 10y + 81 = 0",
        True,
        "'I started with this 9x^2 + 54x - y^2 + 10y + 81 = 0 and broke it down to' the form the "
        "hint rewrites",
    ),
    # socratic: x = 3 as a polar equation
    _w(
        SOC,
        SOC_X3,
        r"r=3 sec theta",
        r"r cos theta = 3",
        True,
        "'So, x =3 becomes r cos theta = 3 or r = 3 sec theta'",
    ),
    # socratic: 5x = 5y in polar form
    *_chain(
        SOC,
        SOC_5X,
        r"\theta = \frac{\pi}{4}",
        [r"\cos \theta = \sin \theta", r"\tan \theta = 1"],
        "'5x = 5y in polar form is θ = π/4' ... '5 r cos θ = 5 r sin θ or cos θ = sin θ or tan θ "
        "= 1'",
    ),
    # gfolkdev 3571536 (Brainly copy): which polar pair is the point (2, -2√3)
    _w(
        GFD,
        GFD_357,
        r"(-4, 2π/3)",
        r"(4, 4π/3)",
        False,
        "'For option B, the rectangular coordinates are ... (-2, -2√3), so B is incorrect.'; "
        "'so the answer is A.'",
    ),
    _w(
        GFD,
        GFD_357,
        r"(-4, 2π/3)",
        r"(-2, π/3)",
        False,
        "'the magnitude is four ... trying the only two answers with magnitude four: A and B'",
    ),
    _w(
        GFD,
        GFD_357,
        r"(-4, 2π/3)",
        r"(2, 5π/3)",
        False,
        "'the magnitude is four ... trying the only two answers with magnitude four: A and B'",
    ),
    # uonbi preguntia 12731484 (Brainly copy): all polar coordinates of one point
    *[
        _w(
            UON,
            UON_127,
            r"(3 , -π/3)",
            p,
            True,
            "'The all polar coordinates of P are: (3 , -π/3) , (3 , 5π/3) , (-3 , 2π/3) , "
            "(-3 , -4π/3)'",
        )
        for p in (r"(3 , 5π/3)", r"(-3 , 2π/3)", r"(-3 , -4π/3)")
    ],
    *[
        _w(
            UON,
            UON_127,
            r"(5 , π/3)",
            p,
            True,
            "'the following four points are all coordinates for the same point. (5 , π/3) = "
            "(5 , −5π/3) = (−5 , 4π/3) =(−5 , −2π/3)'",
        )
        for p in (r"(5 , −5π/3)", r"(−5 , 4π/3)", r"(−5 , −2π/3)")
    ],
    # techqa 1912407 (MSE mirror): line through A=(3,1) and B=(1,2); the asker used A as direction
    _w(
        TQ,
        TQ_1912,
        r"[1,2]+t[-2,1]",
        r"\left( \begin{matrix} 1\\ 2\end{matrix} \right) +t\left( \begin{matrix} 3\\ 1\end{matrix}"
        r" \right)",
        False,
        "asker's 'X = B + t A'; hint: 'parallel to the vector B − A'; answer: 'OB-OA=[-2,1] and "
        "our equation is x=[1,2]+t[-2,1]'",
    ),
]
