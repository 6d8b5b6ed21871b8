r"""fresh101_b, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh101_b.py names (math.techqa.club, the WeBWorK pg-docs and forum, a GitHub issue,
cuetmock, a reddit copy, thestudentroom, physicsforums, ProofWiki), transcribed under the same
rules; see that module's docstring for the sources, conventions and what was left out. Do not tune
the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh101_b import (
    CUET,
    CUET_N8H,
    GH,
    GH_CQ23,
    PF,
    PF_1029174,
    PW,
    PW_ACOT,
    RJV,
    RJV_1AOSYM0,
    TQ,
    TQ_421402,
    TQ_1359926,
    TQ_3474064,
    TSR,
    TSR_3673583,
    WWD,
    WWD_II,
    WWF,
    WWF_378,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # techqa 3474064: y' = x/y, y(2) = 10, find y(1)
    _c(
        TQ,
        TQ_3474064,
        gold=r"\sqrt{97}",
        pred=r"9",
        wrap=True,
        expected=False,
        why="'So y(1) would be: y(1) = 1 + 8 = 9 but, the answer is actually y(1) = \\sqrt{97}'",
    ),
    # techqa 1359926: x'=x/2+1 solved by separation
    _c(
        TQ,
        TQ_1359926,
        gold=r"2*log(x+2)+C",
        pred=r"2*log(\frac{x+2}{2})+C",
        wrap=True,
        expected=True,
        why="Wolfram Alpha 'y_{(x)}= 2*log(x+2)+C' against the asker's; answer: 'Both solutions are correct'",
    ),
    # techqa 421402: book against Wolfram, arctan and arctan of the reciprocal
    _c(
        TQ,
        TQ_421402,
        gold=r"\tan^{-1}\frac{1}{2}(e^{\frac{x}{2}}+1)+C",
        pred=r"-\tan^{-1}(\frac{2}{e^{\frac{x}{2}}+1})+C",
        wrap=True,
        expected=True,
        why="book's antiderivative against Wolfram's; answer: 'take into account the known relation \\arctan(x)+\\arctan(1/x)=\\pi/2 for x>0'",
    ),
    # WeBWorK pg-docs IndefiniteIntegrals: specific and general antiderivatives
    _c(
        WWD,
        WWD_II,
        gold=r"e^x + C",
        pred=r"e^x + C - 3",
        wrap=True,
        expected=True,
        why="'General antiderivatives: e^x + C, e^x + C - 3, e^x + K' (marked correct)",
    ),
    _c(
        WWD,
        WWD_II,
        gold=r"e^x + C",
        pred=r"e^x + K",
        wrap=True,
        expected=True,
        why="'General antiderivative: Marks correct e^x + C, e^x + C - 3, e^x + K, etc.'",
    ),
    _c(
        WWD,
        WWD_II,
        gold=r"e^x + C",
        pred=r"e^x",
        wrap=True,
        expected=False,
        why="general answer made with FormulaUpToConstant 'which means that an arbitrary additive constant must be included in the answer'",
    ),
    # github mathmagician8191/calculus-questions issue 23 (docs corpus)
    _c(
        GH,
        GH_CQ23,
        gold=r"1/cos(x)^2+c",
        pred=r"tan(x)^2+c",
        wrap=True,
        expected=True,
        why="'tan(x)^2+c is valid if 1/cos(x)^2+c is the correct answer because tan(x)^2+1 = 1/cos(x)^2'",
    ),
    # webwork.maa.org forum d=378: a separable ODE's general solution with the constant renamed
    _c(
        WWF,
        WWF_378,
        gold=r"-1/(4/5 x^5 +C)",
        pred=r"-5/(4x^5 +C)",
        wrap=True,
        expected=True,
        why="'if the correct answer is: -1/(4/5 x^5 +C) Webwork will indicate the following correct answer as incorrect: -5/(4x^5 +C)'",
    ),
    _c(
        WWF,
        WWF_378,
        gold=r"-1/(4/5 x^5 +C)",
        pred=r"-5/(4x^5 +5C)",
        wrap=True,
        expected=True,
        why="'Of course, Webwork will accept -5/(4x^5 +5C) as cor[rect]'",
    ),
    # cuetmock N8HHPUUR3U: general solution of dy/dx = 2x e^{x^2 - y}; the other options refused
    _c(
        CUET,
        CUET_N8H,
        gold=r"e^y = e^{x^2} + C",
        pred=r"e^{x^2 - y} = C",
        wrap=True,
        expected=False,
        why="key: 'The correct answer is Option (3) -> e^y = e^{x^2} + C' (option 1 refused)",
    ),
    _c(
        CUET,
        CUET_N8H,
        gold=r"e^y = e^{x^2} + C",
        pred=r"e^{-y} + e^{x^2} = C",
        wrap=True,
        expected=False,
        why="key: 'The correct answer is Option (3) -> e^y = e^{x^2} + C' (option 2 refused)",
    ),
    _c(
        CUET,
        CUET_N8H,
        gold=r"e^y = e^{x^2} + C",
        pred=r"e^{x^2 + y} = C",
        wrap=True,
        expected=False,
        why="key: 'The correct answer is Option (3) -> e^y = e^{x^2} + C' (option 4 refused)",
    ),
    # r/mathematics 1aosym0 (jaspervandalum copy): integral of dt/(200+2t) two ways
    _c(
        RJV,
        RJV_1AOSYM0,
        gold=r"1/2 ln|200+2t| + C",
        pred=r"1/2 ln |100+t| + C",
        wrap=True,
        expected=True,
        why="'You didn't get two different answers. You got two versions of the same answer'; 'ln2 is incorporated in the C'",
    ),
    # thestudentroom 3673583: 1/(4+4x) integrated two ways
    _c(
        TSR,
        TSR_3673583,
        gold=r"\frac{1}{4}\ln (1+x)",
        pred=r"\frac{1}{4}ln(4+4x)",
        wrap=True,
        expected=True,
        why="reply: 'the second is only different from the first by a constant and so it is still correct'",
    ),
    # physicsforums 1029174 (MHB): integral of dy/(y(1+ln(y^2)))
    _c(
        PF,
        PF_1029174,
        gold=r"\frac{\ln\left({\ln\left({y^{2}}\right)}+1\right)}{2} +C",
        pred=r"\ln\left({y\left(1+ln\left(y^2\right)\right)}\right) + C",
        wrap=True,
        expected=False,
        why="TI-Nspire's answer against the poster's; reply derives '\\frac{1}{2}\\ln|u|+C' with u=\\ln(y^2)+1; poster: 'yes, great help'",
    ),
    # proofwiki Primitive of Arccotangent Function, also presented as
    _c(
        PW,
        PW_ACOT,
        gold=r"x \arccot x + \dfrac 1 2 \map \ln {x^2 + 1} + C",
        pred=r"x \arccot x + \ln \sqrt {x^2 + 1} + C",
        wrap=True,
        expected=True,
        why="'This result can also be presented as: ... x \\arccot x + \\ln \\sqrt {x^2 + 1} + C'",
    ),
]
