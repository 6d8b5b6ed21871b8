"""equiv_fresh51_b2, continued (part 4 of 4): more cases of the sources that bench/equiv_fresh51_b2.py names (pages, URLs and what was left out are in its docstring)."""

from __future__ import annotations

from bench.equiv_fresh51_b2 import (
    R_FZ,
    R_GF3,
    R_ML,
    R_MR,
    W_FZ,
    W_GF4,
    W_ML8,
    W_ML9,
    W_MR,
)
from bench.equiv_rl_suites import collected_case as _c

CASES_5 = [
    # mathelounge 157294 (Georg): the asker's x = 1.7 fails the check ("116 = 108 also knapp
    # vorbei"); "x = 1.5 ... Probe ... stimmt / Soweit die korrekte Rechnung"
    _c(
        R_ML,
        W_ML8,
        gold=r"1.5",
        pred=r"1.7",
        wrap=True,
        expected=False,
        why="answer: the asker's 1.7 fails the Probe; the correct root is 1.5",
    ),
    _c(
        R_ML,
        W_ML8,
        gold=r"27.5625",
        pred=r"13.5 + 14.0625",
        wrap=True,
        expected=True,
        why="answer: ... = 13.5 + 14.0625, then ( x + 7.5/2 )^2 = 27.5625",
    ),
    # mathelounge 138: x = -1:4, x = -0,25; x = 1:(-4), x = -0,25; Probe -13,25 = -13,25
    _c(
        R_ML,
        W_ML9,
        gold=r"-0,25",
        pred=r"-1:4",
        wrap=True,
        expected=True,
        why="answer: x = -1:4, x = -0,25",
    ),
    _c(
        R_ML,
        W_ML9,
        gold=r"-0,25",
        pred=r"1:(-4)",
        wrap=True,
        expected=True,
        why="answer, second route: x = 1:(-4), x = -0,25",
    ),
    _c(
        R_ML,
        W_ML9,
        gold=r"-13,25",
        pred=r"(-0,25) - 13",
        wrap=True,
        expected=True,
        why="answer, Probe: left side (-0,25) - 13 gives -13,25",
    ),
    _c(
        R_ML,
        W_ML9,
        gold=r"-13,25",
        pred=r"-12 + 5*(-0,25)",
        wrap=True,
        expected=True,
        why="answer, Probe: right side -12 + 5*(-0,25) gives -13,25",
    ),
    # gutefrage mitternachtsformel-aufgabe-2: the asker's x1= 2, x2= -1 against the key's
    # x1= 1, x2= -3; answers: "Du hast b und c verwechselt"
    _c(
        R_GF3,
        W_GF4,
        gold=r"1",
        pred=r"2",
        wrap=True,
        expected=False,
        why="x1: key 1, asker 2 (b and c swapped, say the answers)",
    ),
    _c(
        R_GF3,
        W_GF4,
        gold=r"-3",
        pred=r"-1",
        wrap=True,
        expected=False,
        why="x2: key -3, asker -1 (b and c swapped, say the answers)",
    ),
    # futurezone (German news item on the viral 2x+6=10): the tweet's x=8 is wrong, x=2 right
    _c(
        R_FZ,
        W_FZ,
        gold=r"x=2",
        pred=r"x=8",
        wrap=True,
        expected=False,
        why="article: 'Die im Tweet angegebene Lösung ist eigentlich falsch' (x=8); x=2 is right",
    ),
    _c(
        R_FZ,
        W_FZ,
        gold=r"x=2",
        pred=r"x=4/2",
        wrap=True,
        expected=True,
        why="article's worked solution: x=4/2",
    ),
    # matheretter Mathefehler 5: the red substitution is wrong, the green one right
    _c(
        R_MR,
        W_MR,
        gold=r"\color{green}{5\cdot(x+2)+2x = 7}",
        pred=r"\color{red}{5\cdot x + 2 + 2x = 7}",
        wrap=True,
        expected=False,
        why="page: the red line forgets the brackets; 'Korrekt wäre' the green line",
    ),
    _c(
        R_MR,
        W_MR,
        gold=r"\color{green}{5\cdot(x+2)+2x = 7}",
        pred=r"5\cdot x + 5\cdot2 + 2x = 7",
        wrap=True,
        expected=True,
        why="page: the green line expanded",
    ),
]

CASES = CASES_5
