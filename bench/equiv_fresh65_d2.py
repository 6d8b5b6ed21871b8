"""fresh65_d, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh65_d.py names
(glow.fundegar.com, tinkutara.com, openstudy.com, wiki.rmanhart.org), transcribed under the same
rules from public web pages (the ``pages`` corpus of the search tool). Do not tune the judge on
these cases."""

from __future__ import annotations

from bench.equiv_fresh65_d import GF, GF_C3S5, OS, OS_500, RM, RM_4294, TK, TK_207
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # glow.fundegar.com: cos 3x = sin 5x, -n against n
    _c(
        GF,
        GF_C3S5,
        gold=r"\frac{\pi}{4}(4n + 1)",
        pred=r"\frac{\pi}{4}(1 - 4n)",
        wrap=True,
        expected=True,
        why="'my text book says the answer is \\frac{\\pi}{4}(4n + 1) ... Is the book wrong?'; "
        "'No, the two are equivalent.'",
    ),
    _c(
        GF,
        GF_C3S5,
        gold=r"\frac{\pi}{4}+k\pi",
        pred=r"\frac{\pi}{4}-k\pi",
        wrap=True,
        expected=True,
        why="'writing -k\\pi or k\\pi does not change the solution set'",
    ),
    _c(
        GF,
        GF_C3S5,
        gold=r"\dfrac{\pi(1+4n)}4",
        pred=r"\dfrac{\pi(1-4m)}4",
        wrap=True,
        expected=True,
        why="'\\dfrac{\\pi(1-4m)}4=\\dfrac{\\pi(1+4n)}4\\iff m=-n'",
    ),
    # tinkutara 207518: cos x cos 3x = cos 5x cos 7x, two families combined
    _c(
        TK,
        TK_207,
        gold=r"\frac{{n}\pi}{\mathrm{8}}",
        pred=r"{x}=\frac{\left(\mathrm{2}{n}+\mathrm{1}\right)\pi}{\mathrm{8}}\vee{x}="
        r"\frac{\mathrm{2}{n}\pi}{\mathrm{8}}",
        wrap=True,
        expected=True,
        why="answer by Frix: the two families, then '{x}=\\frac{{n}\\pi}{\\mathrm{8}}'",
    ),
    # openstudy 500fc031: tan 2x = -cot(x + π/3), the book's n pie + 5pie/6
    _c(
        OS,
        OS_500,
        gold=r"n pie + 5pie/6",
        pred=r"n \pi + \frac{5 \pi}{6}",
        wrap=True,
        expected=True,
        why="'my books says it as x = n pie + 5pie/6'; the helper's corrected 'x = n \\pi + "
        "\\frac{5 \\pi}{6}'",
    ),
    _c(
        OS,
        OS_500,
        gold=r"n pie + 5pie/6",
        pred=r"n \pi + \frac{\pi}{3}",
        wrap=True,
        expected=False,
        why="the helper's first 'x = n \\pi + \\frac{\\pi}{3}': 'Wait something got wrong', "
        "then corrected to n\\pi + 5\\pi/6",
    ),
    # wiki.rmanhart.org math.stackexchange 4294096: sin 3x = cos 2x, two answerers
    _c(
        RM,
        RM_4294,
        gold=r"x=\frac{4n+1}{10}\pi \text{or} x=\frac{4n+1}2\pi",
        pred=r"x=\frac{\pi}{10}+\frac{2k\pi}{5} OR x=\frac{\pi}{2}+{2k\pi}",
        wrap=True,
        expected=True,
        why="answer 1 ends 'x=\\frac{4n+1}{10}\\pi or x=\\frac{4n+1}2\\pi', answer 2 gives "
        "the second form; two answerers, neither disputed",
    ),
]
