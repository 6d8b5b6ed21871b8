r"""fresh112_b, continued (part 3 of 3): more cases of the sources that bench/equiv_fresh112_b.py
names (math.techqa.club 4853954, 1031978, 3038289, 4734705, 3306418 and 3723326, physicsforums
119563 and 538196, the kiwix copy of math.stackexchange.com 3072547, dylancodedev, imathworks,
proofwiki, io.eriktuck.com, math.stackexchange.com 236636, newbetuts 965319, the ECON 520 wiki at
ecom.arizona.edu, gden173.github.io), transcribed under the same rules; see that module's docstring
for the sources, conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh112_b import (
    AZ,
    AZ_MGF,
    DYL,
    DYL_PO,
    ET,
    ET_CHI,
    GD,
    GD_PO,
    IMW,
    IMW_GEO,
    KX,
    KX_3072547,
    MSE,
    MSE_236636,
    NB,
    NB_965319,
    PF,
    PF_119563,
    PF_538196,
    PW,
    PW_GEO,
    PW_SGEO,
    TQ,
    TQ_1031978,
    TQ_3038289,
    TQ_3306418,
    TQ_3723326,
    TQ_4734705,
    TQ_4853954,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # techqa 4853954: integral of 1/(z^2+1) around |z-i|=1
    _c(
        TQ,
        TQ_4853954,
        gold=r"\pi",
        pred=r"-\pi",
        wrap=True,
        expected=False,
        why="asker: '$$ = 2 \\pi i * \\frac{1}{2i} = -\\pi $$ ... Is my process correct?'; best "
        "answer: '&=2\\pi i \\frac{1}{i+i}\\\\\\\\ &=\\pi'",
    ),
    _c(
        TQ,
        TQ_4853954,
        gold=r"\pi",
        pred=r"2\pi i \frac{1}{i+i}",
        wrap=True,
        expected=True,
        why="best answer: '&=2\\pi i \\frac{1}{i+i}\\\\\\\\ &=\\pi \\end{align}'",
    ),
    # physicsforums 119563: sum of n 2^{-n}
    _c(
        PF,
        PF_119563,
        gold=r"2",
        pred=r"(1/4)",
        wrap=True,
        expected=False,
        why="'My teacher says that the expression has to give 2 on the left side, and not (1/4).'",
    ),
    # techqa 1031978: sum of 2/2^n
    _c(
        TQ,
        TQ_1031978,
        gold=r"2",
        pred=r"4",
        wrap=True,
        expected=False,
        why="'Then I multiply by $2$ to get $4$ right? But the actual answer should just be $2$'; "
        "answers: '... = 2.1 = 2', '... = \\frac{1}{1-\\frac{1}{2}} = 2'",
    ),
    # techqa 3038289: integral of 1/(1+x^2)^3 over the real line
    _c(
        TQ,
        TQ_3038289,
        gold=r"\frac{3 \pi}{8}",
        pred=r"-\frac{6 \pi}{8}",
        wrap=True,
        expected=False,
        why="'That leaves us with the final answer of $-\\frac{6 \\pi}{8}$ But this is not correct. "
        "The correct answer is $\\frac{3 \\pi}{8}$'",
    ),
    _c(
        TQ,
        TQ_3038289,
        gold=r"\frac{3\pi}8",
        pred=r"2\pi i\times\frac{-3i}{16}",
        wrap=True,
        expected=True,
        why="answer: 'therefore your integral is equal to$$2\\pi i\\times\\frac{-3i}{16}="
        "\\frac{3\\pi}8$$indeed.'",
    ),
    # techqa 4734705: integral of 1/(2+sin t) over [0, pi/2]
    _c(
        TQ,
        TQ_4734705,
        gold=r"\frac{\pi}{3\sqrt{3}}",
        pred=r"\frac{\pi}{2\sqrt{3}}",
        wrap=True,
        expected=False,
        why="'which would yield $\\frac{\\pi}{2\\sqrt{3}}$ ... However it seems the true result: "
        "... = \\frac{\\pi}{3\\sqrt{3}}$$'; answer: 'The expected symmetry does not hold'",
    ),
    # kiwix copy of mse 3072547: integral of cos x/(2+cos x) over [0, 2 pi]
    _c(
        KX,
        KX_3072547,
        gold=r"2\pi-\frac{4\pi}{\sqrt{3}}",
        pred=r"2\,\pi-4/3\,\sqrt {3}\pi",
        wrap=True,
        expected=True,
        why="asker: 'I know the answer should be $2\\,\\pi-4/3\\,\\sqrt {3}\\pi$' (Maple's linear "
        "style, read as 2\\pi-(4/3)\\sqrt{3}\\pi); J.G.: '$$J=...=\\frac{2\\pi}{\\sqrt{3}},\\,"
        "I=2\\pi-\\frac{4\\pi}{\\sqrt{3}}.$$' and 'Your value for the integral appears to be "
        "correct'",
    ),
    _c(
        KX,
        KX_3072547,
        gold=r"\frac{2\pi}{\sqrt{3}}",
        pred=r"\frac{2}{i}2\pi i\frac{1}{2\sqrt{3}}",
        wrap=True,
        expected=True,
        why="'So $$J=\\frac{2}{i}2\\pi i\\frac{1}{2\\sqrt{3}}=\\frac{2\\pi}{\\sqrt{3}},\\,I=2\\pi-"
        "\\frac{4\\pi}{\\sqrt{3}}.$$'",
    ),
    # techqa 3306418: integral of 1/(5+4 cos t) over [0, pi]
    _c(
        TQ,
        TQ_3306418,
        gold=r"\pi/3",
        pred=r"2\pi/3",
        wrap=True,
        expected=False,
        why="'which evaluates to $2\\pi/3$. The answer given is $\\pi/3$? I would like to know "
        "where did I go wrong.'; both answers arrive at '\\frac{\\pi}{3}'",
    ),
    _c(
        TQ,
        TQ_3306418,
        gold=r"\frac{\pi}{3}",
        pred=r"{\pi}\times\frac{1}{3}",
        wrap=True,
        expected=True,
        why="answer: '\\times\\text{ sum of residues } = {\\pi}\\times\\frac{1}{3} = "
        "\\frac{\\pi}{3}$$'",
    ),
    # techqa 3723326: integral of 1/(7+6 cos x) over [0, 2 pi]
    _c(
        TQ,
        TQ_3723326,
        gold=r"\frac{2\pi}{\sqrt{13}}",
        pred=r"\frac{6\pi}{\sqrt{13}}",
        wrap=True,
        expected=False,
        why="'= 2\\pi i \\cdot \\frac{3}{\\sqrt{13}i} = \\frac{6\\pi}{\\sqrt{13}}$$ But this is "
        "wrong, it has to be $\\frac{2\\pi}{\\sqrt{13}}$.'",
    ),
    # physicsforums 538196: integral of cos(2x)/(x - i pi) over the real line
    _c(
        PF,
        PF_538196,
        gold=r"pi*i*e^(-2pi)",
        pred=r"2*pi*i*e^(-2pi)",
        wrap=True,
        expected=False,
        why="'so I get the integral to be 2*pi*i*e^(-2pi). But the answer is pi*i*e^(-2pi), half "
        "of what I get.'; then 'Nevermind. I see.'",
    ),
    # dylancodedev: sums and differences of independent Poisson variables
    _c(
        DYL,
        DYL_PO,
        gold=r"Po(8)",
        pred=r"Po(3 + 5)",
        wrap=True,
        expected=True,
        why="'If X\\sim Po(3) and Y\\sim Po(5) are independent, what is the distribution of "
        "X+Y?X+Y\\sim Po(3 + 5) = Po(8)'",
    ),
    _c(
        DYL,
        DYL_PO,
        gold=r"Po(6)",
        pred=r"Po(2 + 4)",
        wrap=True,
        expected=True,
        why="'If X\\sim Po(2) and Y\\sim Po(4) are independent, what is X+Y?X+Y\\sim Po(2 + 4) = "
        "Po(6)'",
    ),
    _c(
        DYL,
        DYL_PO,
        gold=r"Po(1)",
        pred=r"Po(2 - 1)",
        wrap=True,
        expected=True,
        why="'If X\\sim Po(1) and X+Y\\sim Po(2) are independent, what is the distribution of "
        "Y?Y\\sim Po(2 - 1) = Po(1)'",
    ),
    _c(
        DYL,
        DYL_PO,
        gold=r"Po(4)",
        pred=r"Po(10 - 6)",
        wrap=True,
        expected=True,
        why="'If Y\\sim Po(6) and X+Y\\sim Po(10) are independent, what is the distribution of "
        "X?X\\sim Po(10 - 6) = Po(4)'",
    ),
    # imathworks cv: probability generating function of the geometric distribution on 1, 2, ...
    _c(
        IMW,
        IMW_GEO,
        gold=r"\frac{ps}{1-qs}",
        pred=r"\frac{p}{q}(\frac{1}{1-qs})",
        wrap=True,
        expected=False,
        why="asker: 'I get: $$=\\frac{p}{q}(\\frac{1}{1-qs})$$ Now I am stuck'; best answer: "
        "'It's normal you'd arrive at the wrong answer in this case. The problem is that your "
        "index is wrong.' ... '$$=\\frac{ps}{1-qs}$$'",
    ),
    # proofwiki: p.g.f.s of the shifted and the unshifted geometric distribution
    _c(
        PW,
        PW_SGEO,
        gold=r"\dfrac {p s} {1 - q s}",
        pred=r"p s \frac 1 {1 - q s}",
        wrap=True,
        expected=True,
        why="theorem '$\\map {\\Pi_X} s = \\dfrac {p s} {1 - q s}$'; proof ends '\\(\\ds p s "
        "\\frac 1 {1 - q s}\\) Sum of Infinite Geometric Sequence'",
    ),
    _c(
        PW,
        PW_GEO,
        gold=r"\dfrac q {1 - p s}",
        pred=r"q \frac 1 {1 - p s}",
        wrap=True,
        expected=True,
        why="theorem '$\\map {\\Pi_X} s = \\dfrac q {1 - p s}$'; proof ends '$\\ds q \\frac 1 "
        "{1 - p s}$ Sum of Infinite Geometric Sequence'",
    ),
    # io.eriktuck.com: a gamma distribution written two ways
    _c(
        ET,
        ET_CHI,
        gold=r"\Gamma \Big (n, \frac12 \Big )",
        pred=r"\Gamma \Big (\frac{2n}{2}, \frac12 \Big )",
        wrap=True,
        expected=True,
        why="'$2 \\lambda \\sum_{i=1}^n X_i \\sim \\Gamma \\Big (n, \\frac12 \\Big ) = \\Gamma "
        "\\Big (\\frac{2n}{2}, \\frac12 \\Big ) = \\chi^2(2n)$' (the simpler gamma form is the "
        "gold; the chi-squared form is left out, see the docstring)",
    ),
    # math.stackexchange 236636: m.g.f. of the binomial distribution
    _c(
        MSE,
        MSE_236636,
        gold=r"(pe^t+1-p)^n",
        pred=r"\left(pe^t+(1-p)\right)^n",
        wrap=True,
        expected=True,
        why="question: 'then its moment generating function is ... =(pe^t+1-p)^n$$'; answer: "
        "'&=\\left(pe^t+(1-p)\\right)^n \\end{align} The last step is simply an application of "
        "the binomial theorem.'",
    ),
    # newbetuts 965319: m.g.f. of the Poisson distribution
    _c(
        NB,
        NB_965319,
        gold=r"e^{\lambda(e^t -1)}",
        pred=r"e^{-\lambda}{e^{\lambda e^t}}",
        wrap=True,
        expected=True,
        why="'$E[e^{\\lambda t}] = e^{-\\lambda}{e^{\\lambda e^t}}$ And simplify: $E[e^{\\lambda "
        "t}] = e^{\\lambda(e^t -1)}$'",
    ),
    _c(
        NB,
        NB_965319,
        gold=r"\mathrm e^{(\mathrm e^\theta-1) \lambda}",
        pred=r"\mathrm e^ {-\lambda}\,\mathrm e^{\mathrm e^\theta \lambda}",
        wrap=True,
        expected=True,
        why="Solution 2: '= \\mathrm e^ {-\\lambda}\\,\\mathrm e^{\\mathrm e^\\theta \\lambda}="
        "\\mathrm e^{(\\mathrm e^\\theta-1) \\lambda}$$'",
    ),
    # ecom.arizona.edu ECON 520: m.g.f. of the Poisson distribution
    _c(
        AZ,
        AZ_MGF,
        gold=r"e^{e^t \lambda - \lambda}",
        pred=r"e^{-\lambda} e^{e^t \lambda}",
        wrap=True,
        expected=True,
        why="'Using the result for exponential functions this equals e^{-\\lambda} e^{e^t "
        "\\lambda} = e^{e^t \\lambda - \\lambda}.'",
    ),
    # gden173.github.io: p.g.f. of the Poisson distribution
    _c(
        GD,
        GD_PO,
        gold=r"e^{\lambda(z - 1)}",
        pred=r"e^{-\lambda}e^{\lambda z}",
        wrap=True,
        expected=True,
        why="PGF: '&= e^{-\\lambda}e^{\\lambda z} \\\\ &= e^{\\lambda(z - 1)} \\end{aligned}'",
    ),
]
