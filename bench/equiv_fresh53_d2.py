"""fresh53_d, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh53_d.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh53_d import P18, P19, P20, P21, P22, P23, _p

CASES = [
    _p(
        P18,
        r"64",
        r"\frac{{32}}{{\frac{1}{2}}}",
        True,
        "markscheme: correct substitution in S_inf e.g. ..., S_inf = 64",
    ),
    # IB 10M.2.sl.TZ1.2 (questionbank 6575): 3, 9, 15, ..., 1353
    _p(
        P19,
        r"153228",
        r"153000",
        True,
        "markscheme: 'S_226 = 153228 (accept 153000)' (3 sf accepted)",
    ),
    # IB 12N.1.sl.TZ0.2 studies (questionbank 5140): u_1 = 3, u_7 = 33
    _p(P20, r"473", r"3 + 94(5)", True, "markscheme: 'u95 = 3 + 94(5) ... = 473'"),
    _p(
        P20,
        r"156375",
        r"125[2(3) + 249(5)]",
        True,
        "markscheme: 'S250 = 125[2(3) + 249(5)] ... = 156375'",
    ),
    _p(
        P20,
        r"156375",
        r"\frac{{250}}{2}\{ 3 + 250\}",
        False,
        "examiners' report: 'the incorrect calculation 250/2{3 + 250}'",
    ),
    # pdfslide IB questionbank test 1c: 10 (2)^(11-1)
    _p(
        P21,
        r"10 240",
        r"10 200",
        False,
        "markscheme: 'Exact answer only ... do not accept the 3 sf answer of 10 200'",
    ),
    # physicsforums 360451: sum of (i/2)^{2n}
    _p(P22, r"(-1/4)^n", r"(i/2)^{2n}", True, "HallsofIvy: '(i/2)^{2n}= (i^2/4)^n= (-1/4)^n'"),
    _p(P22, r"(-1/4)^n", r"(i^2/4)^n", True, "HallsofIvy: '(i/2)^{2n}= (i^2/4)^n= (-1/4)^n'"),
    # physicsforums 354838: s_n = (n-1)/(n+1)
    _p(
        P23,
        r"1",
        r"2",
        False,
        "book's sum 1 against the asker's 2; reply: 'Not all a_n follow that formula'",
    ),
]
