r"""fresh118_b, continued (part 2 of 3): more cases of the sources that bench/equiv_fresh118_b.py
names -- the two sinclam2 solution repositories (sinclam2/intro-to-probability-solutions, worked
Grinstead and Snell exercises on generating functions, branching processes and absorbing Markov
chains, and sinclam2/fifty-challenging-problems-in-probability, Mosteller's problems), both read in
a snapshot brought with ``fetch`` and neither with a licence file, transcribed under the same
rules; ``repo`` is owner/name and ``where`` path@commit (the snapshot's head). See that module's
docstring for the sources, conventions and what was left out. Do not tune the judge on these
cases.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GS = "sinclam2/intro-to-probability-solutions"
_GSC = "@af4f6b99aad5d1a2a4953c83e70be344b93cd8bf"
GS_1001 = "10.1-generating-functions-for-discrete-distributions/01-Solution.ipynb" + _GSC
GS_1005 = "10.1-generating-functions-for-discrete-distributions/05-Solution.ipynb" + _GSC
GS_1006 = "10.1-generating-functions-for-discrete-distributions/06-Solution.ipynb" + _GSC
GS_1002B = "10.2-branching-processes/02-Solution.ipynb" + _GSC
GS_1102 = "11.1-intro-to-markov-chains/02-Solution.ipynb" + _GSC
GS_1119 = "11.1-intro-to-markov-chains/19-Solution.ipynb" + _GSC
GS_1205 = "11.2-absorbing-markov-chains/05-Solution.ipynb" + _GSC
GS_1206 = "11.2-absorbing-markov-chains/06-Solution.ipynb" + _GSC
GS_1207 = "11.2-absorbing-markov-chains/07-Solution.ipynb" + _GSC
GS_1208 = "11.2-absorbing-markov-chains/08-Solution.ipynb" + _GSC
GS_1212 = "11.2-absorbing-markov-chains/12-Solution.ipynb" + _GSC
FT = "sinclam2/fifty-challenging-problems-in-probability"
_FTC = "@2874c7310f6b8de1638e31c081927fd0d7c95d84"
FT_14 = "14-Solution.ipynb" + _FTC
FT_45 = "45-Solution.ipynb" + _FTC

CASES = [
    # Grinstead-Snell 10.1.1: ordinary generating functions
    _c(
        GS,
        GS_1001,
        gold=r"\frac{z+1}{2}",
        pred=r"z^{0}(1/2) + z^{1}(1/2)",
        wrap=True,
        expected=True,
        why="fair coin: '$\\implies h(z) = z^{0}(1/2) + z^{1}(1/2) = \\frac{z+1}{2}$'",
    ),
    _c(
        GS,
        GS_1001,
        gold=r"\frac{2}{3-2z}",
        pred=r"\frac{2}{3} \frac{3}{3-2z}",
        wrap=True,
        expected=True,
        why="f): 'h(z) = \\left(\\frac{2}{3} \\right )\\left ( \\frac{1 - 0}{1 - "
        "\\left(\\frac{2z}{3} \\right )} \\right ) = \\frac{2}{3} \\frac{3}{3-2z} = "
        "\\frac{2}{3-2z}'",
    ),
    # Grinstead-Snell 10.1.5: moments and generating function
    _c(
        GS,
        GS_1005,
        gold=r"11",
        pred=r"33/3",
        wrap=True,
        expected=True,
        why="'\\mu_{2} = (1^{2})(1/3) + (4^{2})(2/3) = 33/3 = 11'",
    ),
    _c(
        GS,
        GS_1005,
        gold=r"43",
        pred=r"129/3",
        wrap=True,
        expected=True,
        why="'\\mu_{3} = (1^{3})(1/3) + (4^{3})(2/3) = 129/3 = 43'",
    ),
    _c(
        GS,
        GS_1005,
        gold=r"219",
        pred=r"657/3",
        wrap=True,
        expected=True,
        why="'\\mu_{4} = (2^{4})(2/3) + (5^{4})(1/3) = 657/3 = 219'",
    ),
    _c(
        GS,
        GS_1005,
        gold=r"\frac{z+2z^{4}}{3}",
        pred=r"(1/3)z + (2/3)z^{4}",
        wrap=True,
        expected=True,
        why="'$h(z) = (1/3)z + (2/3)z^{4} = \\frac{z+2z^{4}}{3} \\implies g(t) = ...$'",
    ),
    # Grinstead-Snell 10.1.6: generating function of a sum of two draws
    _c(
        GS,
        GS_1006,
        gold=r"\frac{z^{2} + 4z^{3} + 4z^{4}}{9}",
        pred=r"\left ( \frac{z + 2z^{2}}{3} \right )^{2}",
        wrap=True,
        expected=True,
        why="'h_{2}(z) = ... = \\frac{z^{2} + 4z^{3} + 4z^{4}}{9}'; '\\left ( h(z) \\right )^{2} "
        "= \\left ( \\frac{z + 2z^{2}}{3} \\right )^{2} = ... = h_{2}(z)'",
    ),
    _c(
        GS,
        GS_1006,
        gold=r"\frac{z^{2} + 4z^{3} + 4z^{4}}{9}",
        pred=r"\frac{1}{9} \left ( z^{2} + 4z^{3} + 4z^{4} \right )",
        wrap=True,
        expected=True,
        why="'= \\frac{1}{9} \\left ( z^{2} + 4z^{3} + 4z^{4} \\right ) = h_{2}(z)' with "
        "'h_{2}(z) = ... = \\frac{z^{2} + 4z^{3} + 4z^{4}}{9}'",
    ),
    # Grinstead-Snell 10.2.2: mean number of offspring of a branching process
    _c(
        GS,
        GS_1002B,
        gold=r"3/2",
        pred=r"0\cdot(1/4) + 1\cdot(1/4) + 2\cdot(1/4) + 3\cdot(1/4)",
        wrap=True,
        expected=True,
        why="b): '$\\implies m = 0\\cdot(1/4) + 1\\cdot(1/4) + 2\\cdot(1/4) + 3\\cdot(1/4) = "
        "3/2 > 1 \\implies d<1$'",
    ),
    # Grinstead-Snell 11.1.2: a three-step transition matrix as a product
    _c(
        GS,
        GS_1102,
        gold=r"\begin{pmatrix}1 & 0\\ 7/8 & 1/8\end{pmatrix}",
        pred=r"\begin{pmatrix}1 & 0\\ 3/4 & 1/4\end{pmatrix}\begin{pmatrix}1 & 0\\ 1/2 & "
        r"1/2\end{pmatrix}",
        wrap=True,
        expected=True,
        why="'P^{3} = \\begin{pmatrix}1 & 0\\\\ 3/4 & 1/4\\end{pmatrix}\\begin{pmatrix}1 & 0\\\\ "
        "1/2 & 1/2\\end{pmatrix} = \\begin{pmatrix}1 & 0\\\\ 7/8 & 1/8\\end{pmatrix}'",
    ),
    # Grinstead-Snell 11.1.19: two-coin process, transition probabilities
    _c(
        GS,
        GS_1119,
        gold=r"5/6",
        pred=r"\frac{5/8}{3/4}",
        wrap=True,
        expected=True,
        why="a): 'P(X_{n+1}=1|X_{n}=1) = \\frac{5/8}{3/4} = 5/6'",
    ),
    _c(
        GS,
        GS_1119,
        gold=r"9/10",
        pred=r"\frac{9/16}{5/8}",
        wrap=True,
        expected=True,
        why="c): '... = \\frac{9/16}{5/8} = 9/10'",
    ),
    _c(
        GS,
        GS_1119,
        gold=r"9/10",
        pred=r"5/6",
        wrap=True,
        expected=False,
        why="c) is '= 9/10'; d): 'Is this process a Markov chain? No. ... Therefore, if this "
        "were a Markov chain, the answer would be 5/6' (reading: 5/6 refused for part c)",
    ),
    # Grinstead-Snell 11.2: expected times to absorption (Nc) and absorption probabilities (NR)
    _c(
        GS,
        GS_1205,
        gold=r"\begin{bmatrix}29/6\\ 20/3\\ 17/3\\ 29/6\end{bmatrix}",
        pred=r"\begin{bmatrix}8/3+1/6+4/3+2/3\\ 4/3+4/3+8/3+4/3\\ 4/3+1/3+8/3+4/3\\ "
        r"2/3+1/6+4/3+8/3\end{bmatrix}",
        wrap=True,
        expected=True,
        why="11.2.5: 'Nc = \\begin{bmatrix}8/3+1/6+4/3+2/3\\\\ ...\\end{bmatrix} =  "
        "\\begin{bmatrix}29/6\\\\ 20/3\\\\ 17/3\\\\ 29/6\\end{bmatrix}'",
    ),
    _c(
        GS,
        GS_1206,
        gold=r"\begin{pmatrix}8/3\\10/3\end{pmatrix}",
        pred=r"\begin{pmatrix}4/3 & 4/3\\2/3 & 8/3\end{pmatrix} \begin{pmatrix}1\\1\end{pmatrix}",
        wrap=True,
        expected=True,
        why="11.2.6 b): 'Nc = \\begin{pmatrix}4/3 & 4/3\\\\2/3 & 8/3\\end{pmatrix} "
        "\\begin{pmatrix}1\\\\1\\end{pmatrix} = \\begin{pmatrix}8/3\\\\10/3\\end{pmatrix}'",
    ),
    _c(
        GS,
        GS_1206,
        gold=r"\begin{pmatrix}1\\1\end{pmatrix}",
        pred=r"\begin{pmatrix}(4/3)(1/2)+(4/3)(1/4)\\(2/3)(1/2)+(8/3)(1/4)\end{pmatrix}",
        wrap=True,
        expected=True,
        why="11.2.6 c): 'NR = ... = \\begin{pmatrix}(4/3)(1/2)+(4/3)(1/4)\\\\(2/3)(1/2)+"
        "(8/3)(1/4)\\end{pmatrix}' then '= \\begin{pmatrix}1\\\\1\\end{pmatrix}'",
    ),
    _c(
        GS,
        GS_1207,
        gold=r"\begin{pmatrix}7\\ 8 \\ 7\end{pmatrix}",
        pred=r"\begin{pmatrix}(5/2)+3+(3/2)\\ 2+4+2\\ (3/2)+3+(5/2)\end{pmatrix}",
        wrap=True,
        expected=True,
        why="11.2.7: 'Nc = \\begin{pmatrix}(5/2)+3+(3/2)\\\\ 2+4+2\\\\ (3/2)+3+(5/2)"
        "\\end{pmatrix} = \\begin{pmatrix}7\\\\ 8 \\\\ 7\\end{pmatrix}'",
    ),
    _c(
        GS,
        GS_1208,
        gold=r"\begin{pmatrix}3.4 \\ 3.6\\ 2.2\end{pmatrix}",
        pred=r"\begin{pmatrix}1.4+1.2+0.8 \\ 0.6+1.8+1.2\\ 0.2+0.6+1.4\end{pmatrix}",
        wrap=True,
        expected=True,
        why="11.2.8 b): 'Nc = \\begin{pmatrix}1.4+1.2+0.8 \\\\ 0.6+1.8+1.2\\\\ 0.2+0.6+1.4"
        "\\end{pmatrix} = \\begin{pmatrix}3.4 \\\\ 3.6\\\\ 2.2\\end{pmatrix}'",
    ),
    # Grinstead-Snell 11.2.12: three-tank duel, transition probabilities
    _c(
        GS,
        GS_1212,
        gold=r"2/9",
        pred=r"8/36",
        wrap=True,
        expected=True,
        why="'P(ABC \\rightarrow C) = 5/36+2/36+1/36 = 8/36 = 2/9'",
    ),
    _c(
        GS,
        GS_1212,
        gold=r"2/9",
        pred=r"5/36+2/36+1/36",
        wrap=True,
        expected=True,
        why="'P(ABC \\rightarrow C) = 5/36+2/36+1/36 = 8/36 = 2/9'",
    ),
    _c(
        GS,
        GS_1212,
        gold=r"5/18",
        pred=r"(1/2)(2/3)(5/6)",
        wrap=True,
        expected=True,
        why="'P(ABC \\rightarrow ABC) = (1-1/2)(1-1/3)(1-1/6) = (1/2)(2/3)(5/6) = 5/18'",
    ),
    # fifty challenging problems 14: coupon collector, mean and law of the stopping time
    _c(
        FT,
        FT_14,
        gold=r"\frac{137}{12}",
        pred=r"1 + \frac{5}{4} + \frac{5}{3} + \frac{5}{2} + 5",
        wrap=True,
        expected=True,
        why="'E(T) = 1 + \\frac{5}{4} + \\frac{5}{3} + \\frac{5}{2} + 5 = \\frac{137}{12}'",
    ),
    _c(
        FT,
        FT_14,
        gold=r"\frac{4!}{5^{4}}",
        pred=r"\frac{5!}{5^{5}}",
        wrap=True,
        expected=True,
        why="'P(\\text{5 distinct coupons in 5 boxes}) = \\frac{5!}{5^{5}} = \\frac{4!}{5^{4}}'",
    ),
    _c(
        FT,
        FT_14,
        gold=r"2 \frac{4!}{5^{4}}",
        pred=r"\frac{10 \cdot 4!}{5^{5}}",
        wrap=True,
        expected=True,
        why="'P(\\text{5 distinct coupons in 6 boxes}) = ... = \\frac{10 \\cdot 4!}{5^{5}} = "
        "2 \\frac{4!}{5^{4}}'",
    ),
    _c(
        FT,
        FT_14,
        gold=r"\frac{13}{5}\frac{4!}{5^{4}}",
        pred=r"\frac{65\cdot4!}{5^{6}}",
        wrap=True,
        expected=True,
        why="'P(\\text{5 distinct coupons in 7 boxes}) = ... = \\frac{65\\cdot4!}{5^{6}} = "
        "\\frac{13}{5}\\frac{4!}{5^{4}}'",
    ),
    # fifty challenging problems 45: average number of matches
    _c(
        FT,
        FT_45,
        gold=r"1",
        pred=r"52 \cdot \frac{1}{52}",
        wrap=True,
        expected=True,
        why="'(\\text{Expected Number of Matches}) = \\sum E(X_{i}) = 52 \\cdot \\frac{1}{52} = "
        "1'; 'Therefore, the expected number of matches is 1'",
    ),
]
