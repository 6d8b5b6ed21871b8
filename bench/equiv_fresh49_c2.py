"""fresh49_c, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh49_c.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh49_c import B1, BM, C1, G1, GS, NB, OW, T2, TP, _t

CASES = [
    _t(
        B1,
        r"\frac{ \sqrt{2} }{2}",
        r"\frac{1}{ \sqrt{2} }",
        True,
        "'if you do not want [to rationalise], you can'",
    ),
    # camerongeisler open text
    _t(
        G1, r"\frac{\sqrt{2}}{2}", r"\frac{1}{\sqrt{2}}", True, "'Therefore, 1/sqrt(2) = sqrt(2)/2'"
    ),
    # math.techqa.club 2396292
    _t(T2, r"\sqrt{2}", r"\frac{2}{\sqrt{2}}", True, "answer: 2/sqrt(2) = 2^{1/2} = sqrt(2)"),
    _t(
        T2,
        r"\sqrt{2}",
        r"(\sqrt{2}/2)/(\sqrt{2}/2)^2",
        True,
        "asker's expression; both routes (2/sqrt(2) and sqrt(2)) reconciled by the answer",
    ),
    # brainmass 374729 (tutor's answers)
    _t(
        BM,
        r"(1/2) sqrt(2)",
        r"1 - 2 sin^2 (22 1/2)",
        True,
        "(20) 1 - 2 sin^2(22 1/2) = cos 45 = (1/2) sqrt(2) (degrees)",
    ),
    _t(BM, r"4 cos^3 x - 3 cos x", r"cos 3x", True, "(30) cos 3x = 4 cos^3 x - 3 cos x"),
    _t(
        BM,
        r"4 [cos 2x - cos 16x]",
        r"8 sin 7x sin 9x",
        True,
        "(56) 8 sin 7x sin 9x = 4 [cos 2x - cos 16x]",
    ),
    _t(
        BM,
        r"2 cos (13x/2) cos (3x/2)",
        r"cos 5x + cos 8x",
        True,
        "(58) cos 5x + cos 8x = 2 cos (13x/2) cos (3x/2)",
    ),
    _t(BM, r"tan 15", r"tan 195", True, "(72) tan 195 = tan(180 + 15) = tan 15 (degrees)"),
    # homework.cpm.org 3-19: which are equivalent to 16x^8
    _t(C1, r"16x^8", r"(16x^4)^2", False, "hint simplifies (16x^4)^2 to 256x^8"),
    _t(C1, r"16x^8", r"8x^2·2x^6", True, "hint simplifies to 16x^8"),
    _t(C1, r"16x^8", r"(2x^2)^4", True, "hint simplifies to 16x^8"),
    _t(C1, r"16x^8", r"(4x^4)^2", True, "hint simplifies to 16x^8"),
    # gradesaver 12.8 p. 892 no. 1
    _t(
        GS,
        r"\frac{\log5}{\log 2}",
        r"2.3219",
        True,
        "'The exact solution is ... while the solution to four decimal places is 2.3219'",
    ),
    # owltestprep FDP equivalents: 'Select two', explanation names the two correct options (\Large dropped)
    _t(OW, r"\frac{5}{4}", r"1.25", True, "Question 1 option A: 'The correct answers are A and C'"),
    _t(
        OW, r"\frac{5}{4}", r"1.20", False, "Question 1 option B: 'The correct answers are A and C'"
    ),
    _t(OW, r"\frac{5}{4}", r"125%", True, "Question 1 option C: 'The correct answers are A and C'"),
    _t(
        OW, r"\frac{5}{4}", r"120%", False, "Question 1 option D: 'The correct answers are A and C'"
    ),
    _t(
        OW,
        r"\frac{5}{6}",
        r"87.5%",
        False,
        "Question 2 option A: 'The correct answers are B and D'",
    ),
    _t(
        OW, r"\frac{5}{6}", r"83.3%", True, "Question 2 option B: 'The correct answers are B and D'"
    ),
    _t(
        OW,
        r"\frac{5}{6}",
        r"0.875",
        False,
        "Question 2 option C: 'The correct answers are B and D'",
    ),
    _t(
        OW, r"\frac{5}{6}", r"0.833", True, "Question 2 option D: 'The correct answers are B and D'"
    ),
    _t(
        OW, r"\frac{7}{8}", r"0.85", False, "Question 3 option A: 'The correct answers are B and D'"
    ),
    _t(
        OW, r"\frac{7}{8}", r"0.875", True, "Question 3 option B: 'The correct answers are B and D'"
    ),
    _t(OW, r"\frac{7}{8}", r"85%", False, "Question 3 option C: 'The correct answers are B and D'"),
    _t(
        OW, r"\frac{7}{8}", r"87.5%", True, "Question 3 option D: 'The correct answers are B and D'"
    ),
    _t(OW, r"\frac{3}{10}", r"3%", False, "Question 4 option A: 'The correct answers are C and D'"),
    _t(
        OW,
        r"\frac{3}{10}",
        r"0.03",
        False,
        "Question 4 option B: 'The correct answers are C and D'",
    ),
    _t(OW, r"\frac{3}{10}", r"30%", True, "Question 4 option C: 'The correct answers are C and D'"),
    _t(OW, r"\frac{3}{10}", r"0.3", True, "Question 4 option D: 'The correct answers are C and D'"),
    _t(OW, r"\frac{3}{5}", r"0.6", True, "Question 5 option A: 'The correct answers are A and B'"),
    _t(OW, r"\frac{3}{5}", r"60%", True, "Question 5 option B: 'The correct answers are A and B'"),
    _t(OW, r"\frac{3}{5}", r"0.8", False, "Question 5 option C: 'The correct answers are A and B'"),
    _t(OW, r"\frac{3}{5}", r"80%", False, "Question 5 option D: 'The correct answers are A and B'"),
    _t(OW, r"\frac{2}{3}", r"23%", False, "Question 6 option A: 'The correct answers are B and C'"),
    _t(OW, r"\frac{2}{3}", r"67%", True, "Question 6 option B: 'The correct answers are B and C'"),
    _t(OW, r"\frac{2}{3}", r"0.67", True, "Question 6 option C: 'The correct answers are B and C'"),
    _t(
        OW, r"\frac{2}{3}", r"0.23", False, "Question 6 option D: 'The correct answers are B and C'"
    ),
    _t(OW, r"\frac{1}{4}", r"0.4", False, "Question 7 option A: 'The correct answers are C and D'"),
    _t(
        OW, r"\frac{1}{4}", r"2.5%", False, "Question 7 option B: 'The correct answers are C and D'"
    ),
    _t(OW, r"\frac{1}{4}", r"0.25", True, "Question 7 option C: 'The correct answers are C and D'"),
    _t(OW, r"\frac{1}{4}", r"25%", True, "Question 7 option D: 'The correct answers are C and D'"),
    # numbas question 45324: the author's match matrix (one correct answer per row); each row with
    # its marked column (True) and, by a fixed rule, the next column round (False)
    _t(NB, r"0.5", r"50%", True, "matrix row 0 (0.5): marked column 0"),
    _t(
        NB,
        r"0.5",
        r"0.25",
        False,
        "matrix row 0 (0.5): column 1 unmarked (one correct choice per line)",
    ),
    _t(NB, r"\frac{1}{4}", r"0.25", True, "matrix row 1 (\frac{1}{4}): marked column 1"),
    _t(
        NB,
        r"\frac{1}{4}",
        r"\frac{1}{100}",
        False,
        "matrix row 1 (\frac{1}{4}): column 2 unmarked (one correct choice per line)",
    ),
    _t(NB, r"12.5%", r"\frac{1}{8}", True, "matrix row 2 (12.5%): marked column 5"),
    _t(
        NB,
        r"12.5%",
        r"0.6",
        False,
        "matrix row 2 (12.5%): column 6 unmarked (one correct choice per line)",
    ),
    _t(NB, r"0.75", r"75%", True, "matrix row 3 (0.75): marked column 7"),
    _t(
        NB,
        r"0.75",
        r"1",
        False,
        "matrix row 3 (0.75): column 8 unmarked (one correct choice per line)",
    ),
    _t(NB, r"\frac{1}{10}", r"10%", True, "matrix row 4 (\frac{1}{10}): marked column 4"),
    _t(
        NB,
        r"\frac{1}{10}",
        r"\frac{1}{8}",
        False,
        "matrix row 4 (\frac{1}{10}): column 5 unmarked (one correct choice per line)",
    ),
    _t(NB, r"60%", r"0.6", True, "matrix row 5 (60%): marked column 6"),
    _t(
        NB,
        r"60%",
        r"75%",
        False,
        "matrix row 5 (60%): column 7 unmarked (one correct choice per line)",
    ),
    _t(NB, r"0.6667", r"\frac{2}{3}", True, "matrix row 6 (0.6667): marked column 3"),
    _t(
        NB,
        r"0.6667",
        r"10%",
        False,
        "matrix row 6 (0.6667): column 4 unmarked (one correct choice per line)",
    ),
    _t(NB, r"0.01", r"\frac{1}{100}", True, "matrix row 7 (0.01): marked column 2"),
    _t(
        NB,
        r"0.01",
        r"\frac{2}{3}",
        False,
        "matrix row 7 (0.01): column 3 unmarked (one correct choice per line)",
    ),
    _t(NB, r"100%", r"1", True, "matrix row 8 (100%): marked column 8"),
    _t(
        NB,
        r"100%",
        r"50%",
        False,
        "matrix row 8 (100%): column 0 unmarked (one correct choice per line)",
    ),
    # test-preparation.ca: conversion items with the page's answer key (prompt vs each option)
    _t(TP, r"2/5", r".33", False, "7. Express 2/5 as a decimal: option a; answer key 7. C"),
    _t(TP, r"2/5", r".3", False, "7. Express 2/5 as a decimal: option b; answer key 7. C"),
    _t(TP, r"2/5", r".4", True, "7. Express 2/5 as a decimal: option c; answer key 7. C"),
    _t(TP, r"2/5", r".5", False, "7. Express 2/5 as a decimal: option d; answer key 7. C"),
    _t(TP, r".56", r"56%", True, "8. Express .56 as percent: option a; answer key 8. A"),
    _t(TP, r".56", r".56%", False, "8. Express .56 as percent: option b; answer key 8. A"),
    _t(TP, r".56", r"5.6%", False, "8. Express .56 as percent: option c; answer key 8. A"),
    _t(TP, r".56", r".056%", False, "8. Express .56 as percent: option d; answer key 8. A"),
    _t(TP, r"8:5", r"75%", False, "5. The ratio of 8:5 = (?)%: option a; answer key 5. D"),
    _t(TP, r"8:5", r"150%", False, "5. The ratio of 8:5 = (?)%: option b; answer key 5. D"),
    _t(TP, r"8:5", r"175%", False, "5. The ratio of 8:5 = (?)%: option c; answer key 5. D"),
    _t(TP, r"8:5", r"160%", True, "5. The ratio of 8:5 = (?)%: option d; answer key 5. D"),
]
