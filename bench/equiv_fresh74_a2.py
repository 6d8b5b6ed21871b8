r"""fresh74_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh74_a.py
names (math4u 43647, ecb5 DiffCalc, Khan Academy, techqa 2510648 and 988092, the Wikipedia copy on
the extended real line, socratic, coursehero 186440, kiwix math.stackexchange 2673595,
science-mathematics 28660), transcribed by the same rules. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh74_a import (
    CH,
    CH_186440,
    ECB,
    ECB_SQZ,
    KHAN,
    KHAN_TRIG,
    KIW,
    KIW_2673595,
    M4U,
    M4U_43647,
    RBW,
    RBW_ERL,
    SCM,
    SCM_28660,
    SOC,
    SOC_EXP,
    SOC_OSL,
    TQA,
    TQA_988092,
    TQA_2510648,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # math4u 43647: lim_{x->0} ln x does not exist
    _c(
        M4U,
        M4U_43647,
        gold=r"does not exist",
        pred=r"-\infty",
        wrap=True,
        expected=False,
        why="David's '= -\\infty': 'No. The limit of the function $y = \\ln x$ at the point "
        "$x = 0$ does not exist.'",
    ),
    _c(
        M4U,
        M4U_43647,
        gold=r"does not exist",
        pred=r"1",
        wrap=True,
        expected=False,
        why="refused option: 'the correct result of our limit is $1$'",
    ),
    _c(
        M4U,
        M4U_43647,
        gold=r"does not exist",
        pred=r"+\infty",
        wrap=True,
        expected=False,
        why="refused option: 'the limit of the function $y=\\ln x$ at the point $x=0$ is equal "
        "to $+\\infty$'",
    ),
    # ecb5 DiffCalc: lim sin x at infinity is neither +inf nor -inf
    _c(
        ECB,
        ECB_SQZ,
        gold=r"does not exist",
        pred=r"+\infty",
        wrap=True,
        expected=False,
        why="'$\\limit{x}{\\infty}{\\sin(x)}$ does not exist ... It's not even \"approaching\" "
        "$+\\infty$ or $-\\infty$'",
    ),
    _c(
        ECB,
        ECB_SQZ,
        gold=r"does not exist",
        pred=r"-\infty",
        wrap=True,
        expected=False,
        why="'It's not even \"approaching\" $+\\infty$ or $-\\infty$ since it is bounded both "
        "above and below.'",
    ),
    # Khan Academy: (x^2+1)/sin x at infinity does not exist, not infinity
    _c(
        KHAN,
        KHAN_TRIG,
        gold=r"does not exist",
        pred=r"infinity",
        wrap=True,
        expected=False,
        why="'maybe the whole thing goes to infinity. But we have to be careful ... So, this "
        "limit does not exist.'",
    ),
    # techqa 2510648: lim 1/x at 0 is undefined, not positive infinity
    _c(
        TQA,
        TQA_2510648,
        gold=r"undefined",
        pred=r"positive infinity",
        wrap=True,
        expected=False,
        why="asker: 'the answer is positive infinity'; answer: left limit to negative infinity, "
        "so the limit 'is undefined'",
    ),
    # techqa 988092: radius of convergence of the e^{3x} series
    _c(
        TQA,
        TQA_988092,
        gold=r"convergent everywhere",
        pred=r"\frac{1}{3}",
        wrap=True,
        expected=False,
        why="'So it's convergent everywhere.There's something wrong with answer $\\frac{1}{3}$.'",
    ),
    # Wikipedia copy: +infinity often written as infinity
    _c(
        RBW,
        RBW_ERL,
        gold=r"+ \infty",
        pred=r"\infty",
        wrap=True,
        expected=True,
        why="'When the meaning is clear from context, the symbol \\(+ \\infty\\) is often "
        "written simply as \\(\\infty\\).'",
    ),
    # socratic one-sided limits: +infty, so the limit does not exist
    _c(
        SOC,
        SOC_OSL,
        gold=r"+infty",
        pred=r"does not exist",
        wrap=True,
        expected=True,
        why="'A one sided limit does not exist when: 1. there is a vertical asymptote. ex.) "
        "#lim_{x to 0^+} 1/x =1/{0^+}=+infty# So, the limit does not exist.'",
    ),
    # coursehero 186440 course notes: does not exist / undefined / equal to -infinity
    _c(
        CH,
        CH_186440,
        gold=r"does not exist",
        pred=r"undefined",
        wrap=True,
        expected=True,
        why="'then we say that this limit does not exist or is undefined'",
    ),
    _c(
        CH,
        CH_186440,
        gold=r"-∞",
        pred=r"undefined",
        wrap=True,
        expected=True,
        why="'then again the limit is formally undefined but we say that it is ‘equal to’ -∞ "
        "in order to describe why it is undefined'",
    ),
    # kiwix math.stackexchange 2673595: e^{-1} = 1/e
    _c(
        KIW,
        KIW_2673595,
        gold=r"e^{-1}",
        pred=r"\frac1e",
        wrap=True,
        expected=True,
        why="'\\sum_{k=0}^{\\infty} \\frac{(-1)^{k} }{k!}=e^{-1}=\\frac1e'",
    ),
    # socratic: interval of convergence of sum x^n/n!, two notations
    _c(
        SOC,
        SOC_EXP,
        gold=r"(-oo, oo)",
        pred=r"−∞ < x < +∞",
        wrap=True,
        expected=True,
        why="first answer '#(-oo, oo)#'; second: 'the interval of convergence is # −∞ < x < +∞#'",
    ),
    # science-mathematics 28660: open interval (-3, 3), not (-3,3]
    _c(
        SCM,
        SCM_28660,
        gold=r"(-3,3)",
        pred=r"(-3,3]",
        wrap=True,
        expected=False,
        why="asker's '(-3,3]'; answer: x = 3 diverges, 'interval if convergence is open "
        "interval (−3, 3)'; 'Exactly.'",
    ),
]
