r"""fresh94_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh94_a.py
names (the socratic answers and their appspot copies on arc lengths, the wikibooks "Intuitive
Trigonometry" solutions and tomcuchta.com's homework solutions on arc length and degree-radian
conversion), transcribed under the same rules; see that module's docstring for the sources,
conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh94_a import (
    APP,
    APP_13,
    APP_25,
    SOC,
    SOC_76,
    SOCC,
    SOCC_81,
    TC,
    TC_HW1,
    WB,
    WB_IT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # appspot copy of socratic: centre (2,5), through (1,4), arc covering (pi)/3 radians
    _c(
        APP,
        APP_25,
        gold=r"(sqrt2*pi)/3",
        pred=r"1.48096 units",
        wrap=True,
        expected=True,
        why="'length of arc=(sqrt2*pi)/3=1.48096\" \"units' (exact form, then its decimal)",
    ),
    _c(
        APP,
        APP_25,
        gold=r"(sqrt2*pi)/3",
        pred=r"sqrt2 *pi/3",
        wrap=True,
        expected=True,
        why="'s=r*theta=sqrt2 *pi/3  s=(sqrt2*pi)/3=1.48096\" \"units'",
    ),
    # appspot copy of socratic: centre (1,3), through (2,4), arc covering pi radians
    _c(
        APP,
        APP_13,
        gold=r"4.44 units",
        pred=r"pisqrt2 units",
        wrap=True,
        expected=True,
        why="answer '4.44 units'; '=1/2xx2xxpixxsqrt2 =pisqrt2 units =4.44 units.'",
    ),
    _c(
        APP,
        APP_13,
        gold=r"4.44 units",
        pred=r"1/2xx2xxpixxsqrt2",
        wrap=True,
        expected=True,
        why="half the circumference: '1/2xx2pir =1/2xx2xxpixxsqrt2 =pisqrt2 units =4.44 units.'",
    ),
    # socratic.com: centre (8,1), through (2,5), arc covering (pi)/6 radians (radius rounded to 7.2)
    _c(
        SOCC,
        SOCC_81,
        gold=r"3.77 units",
        pred=r"1.2 pi",
        wrap=True,
        expected=True,
        why='answer \'"Arc Length " s = r * theta = 1.2 pi = 3.77 " units"\'',
    ),
    _c(
        SOCC,
        SOCC_81,
        gold=r"3.77 units",
        pred=r"7.2 * (pi/6)",
        wrap=True,
        expected=True,
        why="'r = sqrt(6^2 + 4^2) = sqrt 52 = 7.2' ... 's = r * theta = 7.2 * (pi/6) = 1.2 pi = "
        '3.77 " units"\'',
    ),
    # socratic.org: centre (7,6), through (2,1), arc covering pi radians
    _c(
        SOC,
        SOC_76,
        gold=r"5 \pi \sqrt{2}",
        pred=r"\left(5 \sqrt{2}\right) \cdot \pi",
        wrap=True,
        expected=True,
        why="answer 'length of arc= 5 \\pi \\sqrt{2}'; 's = \\left(5 \\sqrt{2}\\right) \\cdot \\pi  "
        "s = 5 \\cdot \\pi \\cdot \\sqrt{2}'",
    ),
    _c(
        SOC,
        SOC_76,
        gold=r"5 \pi \sqrt{2}",
        pred=r"5 \cdot \pi \cdot \sqrt{2}",
        wrap=True,
        expected=True,
        why="answer 'length of arc= 5 \\pi \\sqrt{2}'; last line 's = 5 \\cdot \\pi \\cdot "
        "\\sqrt{2}'",
    ),
    # wikibooks Intuitive Trigonometry, solutions 1 and 4
    _c(
        WB,
        WB_IT,
        gold=r"{\frac {\pi }{9}}",
        pred=r"{\frac {4\pi }{36}}",
        wrap=True,
        expected=True,
        why="1. (radius 2, 10°) 'which simplifies to \\ell ={\\frac {4\\pi }{36}} ... and further "
        "simplifies to \\ell ={\\frac {\\pi }{9}} which is our solution'",
    ),
    _c(
        WB,
        WB_IT,
        gold=r"{\frac {225}{\pi }}^{\circ }",
        pred=r"{\frac {1800}{8\pi }}^{\circ }",
        wrap=True,
        expected=True,
        why="4. (arc 5, radius 4) '{\\frac {1800}{8\\pi }}^{\\circ }={\\frac {225}{\\pi }}^{\\circ "
        "}=\\theta , which is our solution'",
    ),
    # tomcuchta.com MATH 1540 homework 1: 7.1 #24 arc length
    _c(
        TC,
        TC_HW1,
        gold=r"\dfrac{9\pi}{5}",
        pred=r"(4.5)\dfrac{2\pi}{5}",
        wrap=True,
        expected=True,
        why="7.1 #24 (r=4.5, θ=2π/5): 's = (4.5)\\dfrac{2\\pi}{5} = \\dfrac{9\\pi}{5} \\approx "
        "5.65 \\mathrm{cm}'",
    ),
    _c(
        TC,
        TC_HW1,
        gold=r"\dfrac{9\pi}{5}",
        pred=r"5.65 \mathrm{cm}",
        wrap=True,
        expected=True,
        why="7.1 #24: 's = (4.5)\\dfrac{2\\pi}{5} = \\dfrac{9\\pi}{5} \\approx 5.65 \\mathrm{cm}' "
        "(exact form, then its decimal)",
    ),
    # tomcuchta.com 7.1 #27: convert π/9 radians to degrees
    _c(
        TC,
        TC_HW1,
        gold=r"20^{\circ}",
        pred=r"\dfrac{\pi}{9} \hspace{2pt} \mathrm{radians}",
        wrap=True,
        expected=True,
        why="7.1 #27 'Convert to degree measure: \\dfrac{\\pi}{9} radians' ... '= 20^{\\circ}.'",
    ),
    _c(
        TC,
        TC_HW1,
        gold=r"20^{\circ}",
        pred=r"\left( \dfrac{180}{9} \right)^{\circ}",
        wrap=True,
        expected=True,
        why="7.1 #27: '&= \\left( \\dfrac{180}{9} \\right)^{\\circ} \\\\ &= 20^{\\circ}.'",
    ),
    # tomcuchta.com 7.1 #34: convert 100° to radians
    _c(
        TC,
        TC_HW1,
        gold=r"\dfrac{5\pi}{9} \mathrm{radians}",
        pred=r"100^{\circ}",
        wrap=True,
        expected=True,
        why="7.1 #34 'Convert to radians: 100^{\\circ}' ... '&= \\dfrac{5\\pi}{9} \\mathrm{radians}'",
    ),
    _c(
        TC,
        TC_HW1,
        gold=r"\dfrac{5\pi}{9} \mathrm{radians}",
        pred=r"\left( \dfrac{100 \pi}{180} \right) \mathrm{radians}",
        wrap=True,
        expected=True,
        why="7.1 #34: '&= \\left( \\dfrac{100 \\pi}{180} \\right) \\mathrm{radians} \\\\ &= "
        "\\dfrac{5\\pi}{9} \\mathrm{radians}'",
    ),
]
