r"""fresh53_a, continued (part 2 of 2): chemistry and physics homework answers -- scientific and E
notation, powers of ten, pH values rounded by the significant-figure rule for logarithms, units of
energy, momentum and concentration written in other ways -- settled by a tutor, teacher or course
page on public web pages (the ``pages`` corpus of the search tool). The sources, what each page
settles, the transcription rules, what was left out and by which rule are listed in the docstring
of bench/equiv_fresh53_a.py (section "Sources of bench/equiv_fresh53_a2.py"). Every source is a web
page with no licence file; ``repo`` is its domain and ``where`` its full URL; ``wrap`` is always
True (bare answers) and ``expected`` is the verdict a person on the page gives, with no one on the
page contradicting it. Where a person writes a chain ``A = B = C`` ending in the answer, the last
form is the gold and each earlier form a True case; where the chain ends in a value rounded to the
significant figures the data allow (``≈ 4.900``, "che posso arrotondare a 1.33"), the page's own
rounded value is the gold. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh53_a import _w


def _chain(repo: str, where: str, gold: str, preds: list[str], why: str) -> list[dict[str, object]]:
    """Every earlier form of one written chain against its last form (all True)."""
    return [_w(repo, where, gold, p, True, why) for p in preds]


AO = "www.apologiaonline.com"
AO_AT = "http://www.apologiaonline.com/kb/kbqryresid.asp?27312"
AP = "www.apologia.com"
AP_AT = "https://www.apologia.com/faqs/index.php?action=artikel&cat=9&id=23&artlang=en-us"
BL = "education.blurtit.com"
BL_AT = "https://education.blurtit.com/1072259/how-to-express-number-in-proper-scientific-notation"
TG = "lampz.tugraz.at"
TG_AT = "http://lampz.tugraz.at/~hadley/physikm/script/intro/E_notation.en.php"
EW = "essaywriter24x7.com"
EW_AT = "https://essaywriter24x7.com/which-is-a-correct-representation-of-000025-in-scientific-notation/"
UO = "indextestingapp.uonbi.ac.ke"
UO_AT = "https://indextestingapp.uonbi.ac.ke/preguntia/12903828"
GS = "www.gradesaver.com"
GS_PH = (
    "https://www.gradesaver.com/textbooks/science/chemistry/"
    "chemistry-molecular-approach-4th-edition/chapter-16-exercises-page-772/55"
)
GS_J = (
    "https://www.gradesaver.com/textbooks/science/physics/"
    "college-physics-4th-edition/chapter-1-problems-page-20/43"
)
MS = "metricsystem.net"
MS_AT = "https://metricsystem.net/derived-units/coherent-derived-units/kilogram-metre-per-second/"
WY = "www.wyzant.com"
WY_PH = "https://www.wyzant.com/resources/answers/21863/find_the_ph"
WY_M = (
    "https://www.wyzant.com/resources/answers/706590/"
    "what-is-the-molarity-of-a-solution-that-contain-3-25-moles-of-nacl-in-250-m"
)
BC = "nobel.scas.bcit.ca"
BC_AT = "http://nobel.scas.bcit.ca/wiki/index.php/Rules_for_logarithm"
MA = "macosa.dima.unige.it"
MA_AT = "http://macosa.dima.unige.it/om/esr/sci/5_27s.htm"
SW = "static.sewanee.edu"
SW_AT = "http://static.sewanee.edu/physics/PHYSICS101/SigFigsWebAssign.htm"
SF = "www.scienceforums.net"
SF_AT = "https://www.scienceforums.net/topic/34197-relativity-mix-up/#comment-439147"
CN = "cnegu.info"
CN_AT = "http://cnegu.info/questions/123245.html"
AN = "www.anaphy.com"
AN_AT = "http://www.anaphy.com/molar-concentration/"

CASES: list[dict[str, object]] = [
    # apologiaonline KB 27312: Dr. Wile's worked scientific-notation answer.
    _w(AO, AO_AT, r"66.967", r"40.1 x 1.67", True, "'If I take 40.1 x 1.67, I get 66.967'"),
    _w(AO, AO_AT, r"10^3", r"1000", True, "'Well, 1000 is really 10^3'"),
    *_chain(
        AO,
        AO_AT,
        r"10^-27",
        [r"10^-24 / 10 ^3", r"10^(-24-3)"],
        "'10^-24 / 10 ^3 = 10^(-24-3) = 10^-27'",
    ),
    *_chain(
        AO,
        AO_AT,
        r"66.967 x 10^-27",
        [
            r"(40.1) x (1.67 x 10^-24)/1000",
            r"66.967 x 10^-24 / 1000",
            r"66.967 x 10^-24 / 10^3",
            r"6.6967 x 10^-27 x 10",
        ],
        "'The equation boils down to ... Thus, we have ... Thus, the answer is 66.967 x 10^-27'; "
        "'6.6967 x 10^-27 x 10' written 'to preserve the value of the number'",
    ),
    *_chain(
        AO,
        AO_AT,
        r"10^-26",
        [r"10^-27 x 10", r"10^(-27 +1)"],
        "'10^-27 x 10 = 10^(-27 +1) = 10^-26'",
    ),
    _w(
        AO,
        AO_AT,
        r"6.70 x 10^-26",
        r"(40.1) x (1.67 x 10^-24)/1000",
        True,
        "the problem's expression and 'That makes the answer 6.70 x 10^-26' (3 sig figs)",
    ),
    # apologia.com FAQ cat 9 id 23: the same author, on paper and on the calculator.
    *_chain(
        AP,
        AP_AT,
        r"1.98563 x 10^-22",
        [
            r"118.9 x 1.67 x 10^-24",
            r"(118.9 x 1.67) x 10^-24",
            r"198.563 x 10^-24",
            r"1.98563x10^-22",
        ],
        "'118.9 x 1.67 x 10^-24' ... '1.98563x10^-22'; 'That means 1.98563 x 10^-22'",
    ),
    *_chain(
        AP,
        AP_AT,
        r"1.6482 x 10^-18",
        [
            r"1.23 x 10^-6 times 1.34 x 10^-12",
            r"1.23 x 10^-6 x 1.34 x 10^-12",
            r"(1.23 x 1.34) x (10^-6 x 10^-12)",
        ],
        "'1.23 x 10^-6 times 1.34 x 10^-12' ... '1.6482 x 10^-18'",
    ),
    # education.blurtit.com 1072259: scientific notation examples.
    _w(BL, BL_AT, r"100", r"1*10^{2}", True, "'100 = 1*10^{2}'"),
    _w(BL, BL_AT, r"-10", r"-1*10^{1}", True, "'-10 = -1*10^{1}'"),
    _w(BL, BL_AT, r".1", r"1*10^{-1}", True, "'.1 = 1*10^{-1}'"),
    _w(BL, BL_AT, r"6,543,210", r"6.54321*10^{6}", True, "'6,543,210 = 6.54321*10^{6}'"),
    _w(BL, BL_AT, r"6.023*10^{23}", r"6.023*10^23", True, "'6.023*10^{23} = 6.023*10^23'"),
    _w(
        BL,
        BL_AT,
        r"6.023*10^{23}",
        r"6.023e23",
        True,
        '\'the multiplier base and exponentiation operator are represented using an "e" ... '
        "Example: 6.023e23'",
    ),
    # lampz.tugraz.at: E-notation for a physics course's answer server.
    _w(TG, TG_AT, r"6.023\times 10^{23}", r"6.023E23", True, "'is represented as 6.023E23'"),
    _w(
        TG,
        TG_AT,
        r"1.6022\times 10^{-19}",
        r"1.6022E-19",
        True,
        "'1.6022\\times 10^{-19}= 1.6022E-19'",
    ),
    _w(TG, TG_AT, r"2.998\times 10^{8}", r"2.998E8", True, "'Leave the + sign out: ... = 2.998E8'"),
    _w(
        TG,
        TG_AT,
        r"2.998\times 10^{8}",
        r"2.998E+8",
        True,
        "'2.998\\times 10^{8}= 2.998E+8' (the page writes the equality; only its answer server "
        "refuses the + sign as input)",
    ),
    # essaywriter24x7: an assignment's note on E notation.
    _w(EW, EW_AT, r".0008", r"8E-4", True, "'.0008 can be written ... as 8E-4'"),
    # indextestingapp.uonbi.ac.ke 12903828: work in N m and J.
    _w(UO, UO_AT, r"0.135 J", r"0.135 Nm", True, "'W = 0.135 Nm' then 'W = 0.135 J'"),
    # gradesaver Chemistry: A Molecular Approach 4e, 16.55: pH to two decimal places.
    _w(GS, GS_PH, r"1.36", r"-log( 0.044 )", True, "'pH = -log[H_3O^+] = -log( 0.044 ) = 1.36'"),
    _w(GS, GS_PH, r"1.35", r"-log( 0.045 )", True, "'-log( 0.045 ) = 1.35'"),
    _w(GS, GS_PH, r"1.34", r"-log( 0.046 )", True, "'-log( 0.046 ) = 1.34'"),
    # gradesaver College Physics 4e, 1.43: the joule in base units.
    _w(
        GS,
        GS_J,
        r"\frac{kg\cdot m^2}{s^2}",
        r"J",
        True,
        "'Joules are equivalent to \\frac{kg\\cdot m^2}{s^2}'",
    ),
    _w(
        GS,
        GS_J,
        r"\frac{kg\cdot m^2}{s^2}",
        r"kg\times m/s^2\times m",
        True,
        "'J = kg\\times m/s^2\\times m = \\frac{kg\\cdot m^2}{s^2}'",
    ),
    # metricsystem.net: momentum unit.
    _w(
        MS,
        MS_AT,
        r"kg m s^{−1}",
        r"N s",
        True,
        "'is equivalent to the unit newton second, symbol N s'",
    ),
    # wyzant 21863: pH with the mantissa rule, as corrected on the page.
    *_chain(
        WY,
        WY_PH,
        r"- log(1.26) + 5",
        [r"- log [1.26×10^(-5)]", r"- log(1.26) - log(10^(-5))"],
        "(a) '- log [1.26×10^(-5)] = - log(1.26) - log(10^(-5)) = - log(1.26) + 5'",
    ),
    _w(
        WY,
        WY_PH,
        r"4.900",
        r"- log [1.26×10^(-5)]",
        True,
        "(a) '... ≈ 4.900' (answers 'should be 4.900, 6.600, and 11.300')",
    ),
    _w(
        WY,
        WY_PH,
        r"7 - log(2.51)",
        r"- log [2.51×10^(-7)]",
        True,
        "(b) '- log [2.51×10^(-7)] = 7 - log(2.51)'",
    ),
    _w(WY, WY_PH, r"6.600", r"- log [2.51×10^(-7)]", True, "(b) '... ≈ 6.600'"),
    _w(
        WY,
        WY_PH,
        r"12 - log(5.01)",
        r"- log [5.01×10^(-12)]",
        True,
        "(c) '- log [5.01×10^(-12)] = 12 - log(5.01)'",
    ),
    _w(WY, WY_PH, r"11.300", r"- log [5.01×10^(-12)]", True, "(c) '... ≈ 11.300'"),
    _w(WY, WY_PH, r"0.0000126", r"10^(-4.900)", True, "(a) 'Check: 10^(-4.900) ≈ ... ≈ 0.0000126'"),
    # nobel.scas.bcit.ca: the mantissa rule.
    _w(BC, BC_AT, r"1.9901", r"-log(0.01023)", True, "'pH = -log(0.01023) = 1.990124366 = 1.9901'"),
    # macosa.dima.unige.it 5_27s: pH by a teacher, rounded.
    _w(
        MA,
        MA_AT,
        r"1.33",
        r"Log(1 / 0.047)",
        True,
        "'Log(1 / 0.047) = ..., che posso arrotondare a 1.33'",
    ),
    _w(
        MA,
        MA_AT,
        r"8.51",
        r"Log(1/3.1e-9)",
        True,
        "'Log(1/3.1e-9) = ..., che posso arrotondare a 8.51'",
    ),
    # static.sewanee.edu: significant figures in WebAssign.
    _w(SW, SW_AT, r"8.63", r"2.46 + 6.1743", True, "addition: '2.46 + 6.1743 = 8.63'"),
    _w(SW, SW_AT, r"4170", r"4580 - 411", True, "subtraction: '4580 - 411 = 4170'"),
    _w(SW, SW_AT, r"1.43", r"log_{10}(27)", True, "logarithm: 'log_{10}(27) = 1.43'"),
    _w(SW, SW_AT, r"-3.65", r"ln(0.026)", True, "logarithm: 'ln(0.026) = -3.65'"),
    # scienceforums.net 34197: one joule written four ways.
    *_chain(
        SF,
        SF_AT,
        r"1\,\text{joule}",
        [
            r"1\,\text{newton}\,*\,1\,\text{meter}",
            r"1\,\text{kg}\,\text{meter}/\text{second}^2\,*\,1\,\text{meter}",
            r"\frac 1 2\,*\,2\,\text{kg}\,*\,(1\,\text{meter}/\text{second})^2",
        ],
        "'These expressions have the same fundamental units and the same numerical value'",
    ),
    # cnegu.info 123245: energy units.
    _w(CN, CN_AT, r"1 joule", r"1 newton-meter", True, "'1 joule=1 newton-meter=1 kg*m^2/sec^2'"),
    _w(CN, CN_AT, r"1 joule", r"1 kg*m^2/sec^2", True, "'1 joule=1 newton-meter=1 kg*m^2/sec^2'"),
    _w(
        CN,
        CN_AT,
        r"kg*m^2/sec^2",
        r"kg*(m/sec)^2",
        True,
        "'the mc^2 side=kg*(m/sec)^2; same thing'",
    ),
    # anaphy.com and wyzant 706590: molarity.
    _w(AN, AN_AT, r"1 mol/L", r"1M", True, "'1 mol/L is designated as 1 molar (1M)'"),
    _w(AN, AN_AT, r"1 mol/L", r"1 molar", True, "'1 mol/L is designated as 1 molar (1M)'"),
    _w(WY, WY_M, r"3M", r"3 molar", True, "'3 moles per liter, I would have a 3 molar, or 3M'"),
    _w(
        WY,
        WY_M,
        r"3M",
        r"3 moles per liter",
        True,
        "'3 moles per liter, I would have a 3 molar, or 3M'",
    ),
]
