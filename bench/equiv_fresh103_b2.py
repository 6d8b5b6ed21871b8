r"""fresh103_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh103_b.py
names (library.tis.today 96603, dl.ibdocs.re 5337, scribd 691497459, crunchchemistry, the
pdfslide Kc and Kp answers, scribd 680335733, docsbay, idoc.tips), transcribed under the same
rules; see that module's docstring for the sources, conventions and what was left out. Do not
tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh103_b import (
    CRUNCH,
    CRUNCH_SF,
    DOCSBAY,
    DOCSBAY_TH,
    IBD,
    IBD_5337,
    IDOC,
    IDOC_CIRC,
    PDFS,
    PDFS_KC,
    SCR,
    SCR_680,
    SCR_691,
    TIS,
    TIS_96603,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # library.tis.today IB question 09N.2.sl.TZ0.3: Hess's law value and its sign
    _c(
        TIS,
        TIS_96603,
        gold=r"+137 (kJ)",
        pred=r"–137",
        wrap=True,
        expected=False,
        why="Markscheme '(C2H6(g)→C2H4(g)+H2(g))ΔHΘ=+137 (kJ)' ... 'Award [2] for –137.' (of 4)",
    ),
    # dl.ibdocs.re IB question 18M.3.hl.TZ2.8d: buffer pH
    _c(
        IBD,
        IBD_5337,
        gold=r"7.66",
        pred=r"8",
        wrap=True,
        expected=False,
        why="Markscheme '«pH =» 7.66' ... 'Do not accept “«pH =» 8”.'",
    ),
    # scribd 691497459 'Chemical Energetics MS', 6(c): sign of the energy change
    _c(
        SCR,
        SCR_691,
        gold=r"–409 kJ",
        pred=r"409 kJ",
        wrap=True,
        expected=False,
        why="'energy change = –409 kJ (1)' ... 'negative sign essential' (pred: no sign)",
    ),
    # crunchchemistry 'significant figures in chemistry': rounding and reading precision
    _c(
        CRUNCH,
        CRUNCH_SF,
        gold=r"7.4",
        pred=r"7.5",
        wrap=True,
        expected=False,
        why="'7.4469 rounded to 2 significant figures is 7.4' ... '7.5 (which is incorrect)'",
    ),
    # pdfslide 'Kc and Kp Past Paper ANSWERS' (Dr Chris Clay): Kc to 3 s.f.; mean titre
    _c(
        PDFS,
        PDFS_KC,
        gold=r"3.98 (cm3)",
        pred=r"3.975 (cm3)",
        wrap=True,
        expected=True,
        why="'(c) Mean = 4.00 + 3.95 / 2 = 3.98 (cm3) Allow 3.975 (cm3)'",
    ),
    # scribd 680335733 'Changes in state and the particle model' answers (AQA physics): ranges
    _c(
        SCR,
        SCR_680,
        gold=r"12(°C)",
        pred=r"12.0",
        wrap=True,
        expected=True,
        why="'(c) (i) 12(°C) accept a value between 12.0 and 12.2 incl'",
    ),
    # docsbay thermal physics markscheme, 1(d)(ii): mass evaporated in kg or g
    _c(
        DOCSBAY,
        DOCSBAY_TH,
        gold=r"0.487 kg",
        pred=r"487 g",
        wrap=True,
        expected=True,
        why="'to give mass lost= 1.1 × 106 J / 2.26 × 106 J kg–1 = 0.487 kg = 487 g'",
    ),
    # idoc.tips 'circuits revision mark scheme': energy in kW h, W h or J; charge; cost
    _c(
        IDOC,
        IDOC_CIRC,
        gold=r"20.736 kW h",
        pred=r"20 736 W h",
        wrap=True,
        expected=True,
        why="'[Accept 20.736 kW h / 20 736 W h for 3 marks]'",
    ),
    _c(
        IDOC,
        IDOC_CIRC,
        gold=r"20.736 kW h",
        pred=r"20 736 J",
        wrap=True,
        expected=False,
        why="'[Accept 20.736 kW h / 20 736 W h for 3 marks] [Allow 20 736 J for 2 marks]'",
    ),
    _c(
        IDOC,
        IDOC_CIRC,
        gold=r"20.736 kW h",
        pred=r"20.74 J",
        wrap=True,
        expected=False,
        why="'[Accept 20.736 kW h / 20 736 W h for 3 marks]' ... '[20.74 J gains no marks]'",
    ),
    _c(
        IDOC,
        IDOC_CIRC,
        gold=r"150",
        pred=r"2.5",
        wrap=True,
        expected=False,
        why="'2. = 0.5 × 5 × 60; 3. = 150; [If 2.5 given as answer then 2 marks max]'",
    ),
    _c(
        IDOC,
        IDOC_CIRC,
        gold=r"1800",
        pred=r"30",
        wrap=True,
        expected=False,
        why="'1. total energy = 150 × 12; = 1800; ... [Accept an answer of 30 for 2 marks]' (of 3)",
    ),
]
