r"""fresh111_b, continued (part 3 of 3): cases of the sources that bench/equiv_fresh111_b.py lists
under "Sources of bench/equiv_fresh111_b3.py" (weegy UFGDQV14, iitianacademy IGCSE 0580 E9.2,
cardifftutorcompany scatter graphs), transcribed under the same rules; see that module's docstring
for the sources, conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh111_b import CAR, CAR_SG, IIT, IIT_E92, WEE, WEE_UF
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # weegy UFGDQV14: a square is ALWAYS a rectangle
    _c(
        WEE,
        WEE_UF,
        gold=r"ALWAYS",
        pred=r"sometimes",
        wrap=True,
        expected=False,
        why="'A square is a rectangle. always sometimes never' answered 'A square is ALWAYS a "
        "rectangle.'",
    ),
    _c(
        WEE,
        WEE_UF,
        gold=r"ALWAYS",
        pred=r"never",
        wrap=True,
        expected=False,
        why="'A square is a rectangle. always sometimes never' answered 'A square is ALWAYS a "
        "rectangle.'",
    ),
    # iitianacademy IGCSE 0580 E9.2: type of correlation
    _c(
        IIT,
        IIT_E92,
        gold=r"Positive",
        pred=r"positive correlation",
        wrap=True,
        expected=True,
        why="'Write down the type of correlation ... Ans: Positive / This statement describes a "
        "positive correlation.'",
    ),
    _c(
        IIT,
        IIT_E92,
        gold=r"Positive",
        pred=r"Negative correlation",
        wrap=True,
        expected=False,
        why="'Ans: Positive ... This is different from: - Negative correlation: Where one "
        "variable increases while the other decreases.'",
    ),
    _c(
        IIT,
        IIT_E92,
        gold=r"Positive",
        pred=r"No correlation",
        wrap=True,
        expected=False,
        why="'Ans: Positive ... This is different from: ... - No correlation: Where there is no "
        "apparent relationship between the variables.'",
    ),
    _c(
        IIT,
        IIT_E92,
        gold=r"Positive correlation",
        pred=r"Negative correlation",
        wrap=True,
        expected=False,
        why="'(b) Ans: Positive correlation / As revision time increases, test marks generally "
        "increase, showing a positive trend.'",
    ),
    # cardifftutorcompany scatter graphs: strong positive (correlation), no correlation
    _c(
        CAR,
        CAR_SG,
        gold=r"Strong positive",
        pred=r"strong positive correlation",
        wrap=True,
        expected=True,
        why="'CORRECT ANSWER: B: Strong positive ... Therefore, we have a strong positive "
        "correlation.'",
    ),
    _c(
        CAR,
        CAR_SG,
        gold=r"Strong positive",
        pred=r"Weak positive",
        wrap=True,
        expected=False,
        why="'D: Weak positive'; 'CORRECT ANSWER: B: Strong positive ... the points are quite "
        "tightly grouped, so it must be a strong correlation'",
    ),
    _c(
        CAR,
        CAR_SG,
        gold=r"Strong positive",
        pred=r"No correlation",
        wrap=True,
        expected=False,
        why="'A: No correlation'; 'CORRECT ANSWER: B: Strong positive'",
    ),
    _c(
        CAR,
        CAR_SG,
        gold=r"No correlation",
        pred=r"Weak negative",
        wrap=True,
        expected=False,
        why="'C: Weak negative'; 'CORRECT ANSWER: A: No correlation ... there doesn't appear to "
        "be any sort of relationship ... then there is no correlation.'",
    ),
    _c(
        CAR,
        CAR_SG,
        gold=r"No correlation",
        pred=r"Weak positive",
        wrap=True,
        expected=False,
        why="'D: Weak positive'; 'CORRECT ANSWER: A: No correlation'",
    ),
]
