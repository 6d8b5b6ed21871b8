"""fresh54_d, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh54_d.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh54_d import H1, M1, M2, _p

CASES = [
    # pt3matematik p=5666 (Malay): each chain ends in -\frac{1}{2}, the asked result "–½"
    _p(
        M1,
        r"-\frac{1}{2}",
        r"–½",
        True,
        "the question's 'memberikan hasil –½'; every chain ends '=-\\frac{1}{2}'",
    ),
    _p(
        M1, r"-\frac{1}{2}", r"\frac{1}{4}+\frac{3}{4}-\frac{3}{2}", True, "chain (1), first member"
    ),
    _p(
        M1,
        r"-\frac{1}{2}",
        r"\frac{1}{4}+\frac{3}{4}-\frac{6}{4}",
        True,
        "chain (1), second member",
    ),
    _p(M1, r"-\frac{1}{2}", r"-\frac{2}{4}", True, "chain (1), third member"),
    _p(
        M1,
        r"-\frac{1}{2}",
        r"\frac{1}{6}-\frac{5}{12}+\left(-\frac{1}{4}\right)",
        True,
        "chain (2), first member",
    ),
    _p(
        M1,
        r"-\frac{1}{2}",
        r"\frac{2}{12}-\frac{5}{12}-\frac{3}{12}",
        True,
        "chain (2), second member",
    ),
    _p(M1, r"-\frac{1}{2}", r"-\frac{6}{12}", True, "chain (2), third member"),
    _p(
        M1,
        r"-\frac{1}{2}",
        r"\frac{1}{2} \times \frac{3}{4}-\frac{7}{8}",
        True,
        "chain (3), first member",
    ),
    _p(M1, r"-\frac{1}{2}", r"\frac{3}{8}-\frac{7}{8}", True, "chain (3), second member"),
    _p(M1, r"-\frac{1}{2}", r"-\frac{4}{8}", True, "chain (3), third member (also chain (4)'s)"),
    _p(
        M1,
        r"-\frac{1}{2}",
        r"\frac{4}{6} \times \frac{1}{8} \div\left(-\frac{1}{6}\right)",
        True,
        "chain (4), first member",
    ),
    _p(
        M1,
        r"-\frac{1}{2}",
        r"\frac{4}{6} \times \frac{1}{8} \times(-6)",
        True,
        "chain (4), second member",
    ),
    _p(
        M1,
        r"-\frac{1}{2}",
        r"\frac{4}{6} \div \frac{1}{4}-3 \frac{1}{6}",
        True,
        "chain (5), first member (mixed number 3 1/6)",
    ),
    _p(M1, r"-\frac{1}{2}", r"\frac{4}{6} \times 4-\frac{19}{6}", True, "chain (5), second member"),
    _p(M1, r"-\frac{1}{2}", r"\frac{16}{6}-\frac{19}{6}", True, "chain (5), third member"),
    _p(M1, r"-\frac{1}{2}", r"-\frac{3}{6}", True, "chain (5), fourth member"),
    # apurvainstitute.in, NCERT class 6 ch. 7 (Hindi medium), exercise 7.6: mixed numbers as "1,11/12"
    _p(H1, r"1,11/12", r"23 / 12", True, "Q1 (i) हल: '... = 23 / 12 = 1,11/12'"),
    _p(
        H1,
        r"7,11/12",
        r"95 / 12",
        True,
        "Q1 (l) हल: '... = 95 / 12 = 7,11/12' (the page's last equality)",
    ),
    _p(H1, r"1, 4/5", r"9/5", True, "Q1 (j) 16/5 - 7/5, हल: '... = 9/5 = 1, 4/5'"),
    _p(H1, r"5", r"15/3", True, "Q1 (k) 1,1/3 + 3,2/3, हल: '... = 15/3 = 5'"),
    _p(H1, r"5", r"4/3 + 11 /3", True, "Q1 (k) हल: '4/3 + 11 /3 = ... = 15/3 = 5'"),
    _p(H1, r"1", r"6/6", True, "Q1 (j) 1/2 + 1/3 + 1/6, हल: '... = 6/6 = 1'"),
    # suhailah-havefunwithmathematics.blogspot.com (Malay): "5/7/8" is 5 7/8
    _p(
        M2,
        r"1/2",
        r"2/4",
        True,
        "'1/2 adalah sama nilainya dengan 2/4, juga sama nilainya dengan 3/6'",
    ),
    _p(
        M2,
        r"1/2",
        r"3/6",
        True,
        "'1/2 adalah sama nilainya dengan 2/4, juga sama nilainya dengan 3/6'",
    ),
    _p(M2, r"½", r"3/6", True, "'Maka, ianya ½ dan 3/6 adalah setara.'"),
    _p(M2, r"5/7/8", r"47/8", True, "'= 47/8 = 5/7/8' (gabungan operasi)"),
    _p(M2, r"5/7/8", r"40/8 – 3/8 + 10/8", True, "'= 40/8 – 3/8 + 10/8 = 47/8 = 5/7/8'"),
    _p(M2, r"5/7/8", r"5 - 3/8 + 5/4", True, "'5 - 3/8 + 1/1/4 = 5 - 3/8 + 5/4 = ... = 5/7/8'"),
]
