r"""A fifty-ninth fresh set of answer-equivalence cases (evaluation only; helper "a": physics answer
keys and mark schemes -- kinematics, forces, momentum, energy and waves -- where a mark scheme, a
teacher's worked answer sheet or a revision page settles which forms of a numerical answer with
units, prefixes, rounding or a bracketed unit are the same answer and which earn less than full
credit).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt and
/work/wt/fresh58_claims/claims.txt; each page was claimed in /work/wt/fresh59_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form
the page gives as the same answer, or a form the page refuses or gives only part of the marks;
always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the
domain of the stored copy (for proxied scribd copies, the proxy's domain) and ``where`` its full
URL. There is no commit; every source is a web page with no licence file. Only the text the search
tool returned for a page (its excerpts) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them ("813J" without a space, "812.5
(J)" with its bracketed unit, "280,000 J" with its comma, "320 000 J" with its space, "1.5kgm/s").
Mark schemes: an "accept / allow X" form, or a form joined to the answer by "OR" or "/", is a True
case against the printed answer (the first form); a form the scheme gives no marks or only part of
the marks ("25, with no working shown gains 0 marks"; "answers of 7.27 or 10.34 gain 1 mark" of 3)
is a False case. A bracketed unit is the schemes' own convention for a unit not required, and is
kept as printed in the gold. Where a scheme lists several units for one number ("1.5 Hz / cycles
per sec / c.p.s. / per s"), the number is joined to each unit, and ``why`` quotes the line. In the
energy answer sheet (scribd 618062801) each conversion is written "given = converted" ("280 kJ =
280,000 J"); the gold is the converted quantity the working goes on with and the pred the given
quantity, which the sheet states is equal. The studyrocket page writes "Your answer should include:
1.5kgm/s / 1.5"; the form with its unit is the gold and the bare number a True case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.scribd.com "document/240787991/Mark-Scheme-Forces" (AQA-style forces mark scheme, M3: "PE
  change = 812.5 (J) (allow 813J or 812J)"; "speed = 5 (m/s) (allow 4.99 5.002)"; "25, with no
  working shown gains 0 marks"). 5 cases (1 False).
- scribd.com "document/525382297/Motion-4-MS" (CIE IGCSE motion mark scheme: "= 2430 m / 2.43 km
  at least 2 significant figures"). 1 case.
- studylib.net doc 26114131 "markscheme (2)" (momentum mark scheme: "3.0 kg m / s OR 3.0 N s").
  1 case.
- twyfordigcsephysics.blogspot.com 2013/11 "assessed-homework" (a teacher's posted waves mark
  scheme: "4 (cm); [accept 0.04 m]"). 1 case.
- studylib.net doc 26984743 "general-wave-properties-3-ms" (CIE waves mark scheme: "1.5 Hz /
  cycles per sec / c.p.s. / per s"; "8 Hz or 8 s 1 or 8 waves/second"). 4 cases.
- siteproxy.ruqli.workers.dev proxy copy of scribd 859517556 "Momentum 2 MS" (M2 (a): "4.2 ...
  answers of 7.27 or 10.34 gain 1 mark" of 3). 2 cases (2 False).
- studyrocket.co.uk AQA combined-science "momentum" revision page ("Your answer should include:
  1.5kgm/s / 1.5", "1250g / 1250", "4m/s / 4"). 3 cases.
- www.scribd.com "document/618062801/Copia-de-energy-calculations-answer-sheets" (GCSE energy
  calculations answer sheet: "1200 g = 1.2 kg", "280 kJ = 280,000 J", "13 cm = 0.13 m", "12 cm =
  0.12 m", "400 g = 0.4 kg", "39 kJ = 39000 J", "240 kJ = 240000 J", "3 min = 180 s"). 8 cases.
- scribd.com "document/628987779/Mass-Weight-1-MS" (CIE IGCSE mass and weight mark scheme: "=
  320 000 J OR 320 kJ"; "= 0.30 OR 30%"; "85 000 N (accept 83 300 N)"). 3 cases.
- fr.scribd.com "document/361002662/3-1-Newtons-Laws-Weight-Ms-gsce-Edexcel-Physics" (Edexcel
  GCSE mark scheme: substitution "625x 10 / 625 x 9.8", evaluation "6125 (N) 6250 (N)" with "give
  full marks for correct"; "0.0008 (N) ... 1/1250"; "7.6 (m/s) ... An answer which rounds to 7.6
  eg 7.647 7.65"). 4 cases.
- siteproxy.ruqli.workers.dev proxy copy of scribd 720906251 "FORCES markScheme 5" (Q13 "3 OR 3.0
  (cm)"). 1 case.

33 cases in all (3 False).

Left out, by rule: units that the stored text flattened or stacked ("m/s2", "kg m s–1", "N / m2",
"8 s 1", "8 x 10-4", "1.98 × 105 N"), so scribd 544299395 "The momentum Mark Scheme" ("1500 N s
OR 1500 kg m s–1", "0.32 kg m s–1 or N s") gave no case; ranges ("186 accept any value between
180 and 188"); error-carried-forward allowances ("[allow 5.8 if e.c.f. of 10 m s–1]"), which are not
equality of answers; the Forces scheme's "(if incorrect unit given (eg 72km) then no ma..." (cut off
in the stored text, its answer not stored); the column "7.7" beside "7.6 (m/s)" in fr.scribd
361002662, whose role the stored layout does not show.

Examined and not used: paperzz.com 7683702 (2016 SQA National 5 Physics marking instructions;
claimed, but only the opening general principles were stored, not the worked significant-figure
and unit examples); scribd 589272588 and 589272594, sciencedocbox 73049130 (SQA National 5 2017
and 2014 marking instructions, same: only the openings stored); ja/id.scribd 267370380,
zh.scribd 252111450, scribd 704723106, it.scribd 392639594, ininet.org, thestudentroom 5225298,
1library zglonk7q (used by bench/equiv_fresh53_a.py), and the prideseotools proxy of scribd
675697606 "GCSE AQA Electricity MS" (the same text as 1library zglonk7q); ptop scribd 825895094,
scribd 684997333 and 626053564, physicstwyford.blogspot.com (used by bench/equiv_fresh50_c*.py);
pdfslide rphs-achievement (used by bench/equiv_fresh53_a.py); lampz.tugraz.at E-notation page (used
by bench/equiv_fresh53_a2.py); waeconline.org.ng Phys219nq12 (its units "kgms"" and "1.8 X 103
ms-1" lost their superscripts); scribd 636445046 IAL SB2 5A ("Do not allow kg m/s" against a
stacked "–1 kg m s"); physicsforums 954995 (12.5 m against 10 for sig figs: the helpers disagree
and the poster's formula is itself questioned); cakebreadscience worksheets, kramizo.com mocks,
gradora.ai, learningbro, fatskills, snowdaycalculatornow and phys141.pages.dev (generated or of
unclear authorship); sciwebhop wave answers and coursehero 94600321 (single forms only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


SC = "www.scribd.com"
SC_FOR = "https://www.scribd.com/document/240787991/Mark-Scheme-Forces"
SC_EN = "https://www.scribd.com/document/618062801/Copia-de-energy-calculations-answer-sheets"
SCB = "scribd.com"
SCB_MOT = "https://scribd.com/document/525382297/Motion-4-MS"
SCB_MW = "https://scribd.com/document/628987779/Mass-Weight-1-MS"
FRS = "fr.scribd.com"
FRS_NL = "https://fr.scribd.com/document/361002662/3-1-Newtons-Laws-Weight-Ms-gsce-Edexcel-Physics"
SP = "siteproxy.ruqli.workers.dev"
SP_M2 = (
    "https://siteproxy.ruqli.workers.dev:443/https/www.scribd.com/document/859517556/Momentum-2-MS"
)
SP_F5 = "https://siteproxy.ruqli.workers.dev:443/https/www.scribd.com/document/720906251/FORCES-markScheme-5"
SL = "studylib.net"
SL_MOM = "https://studylib.net/doc/26114131/markscheme--2-"
SL_WAV = "https://studylib.net/doc/26984743/general-wave-properties-3-ms"
TW = "twyfordigcsephysics.blogspot.com"
TW_HW = "https://twyfordigcsephysics.blogspot.com/2013/11/assessed-homework.html?m=0"
SR = "studyrocket.co.uk"
SR_MOM = (
    "https://studyrocket.co.uk/revision/gcse-physics-combined-science-aqa/"
    "combined-trilogy-momentum/momentum"
)

CASES: list[dict[str, object]] = [
    # scribd 240787991 Forces mark scheme M3: rounding allowances and a refused v^2 value
    _w(
        SC,
        SC_FOR,
        r"812.5 (J)",
        r"813J",
        True,
        "M3(a) 'PE change = 812.5 (J) (allow 813J or 812J)'",
    ),
    _w(
        SC,
        SC_FOR,
        r"812.5 (J)",
        r"812J",
        True,
        "M3(a) 'PE change = 812.5 (J) (allow 813J or 812J)'",
    ),
    _w(SC, SC_FOR, r"5 (m/s)", r"4.99", True, "M3(b) 'speed = 5 (m/s) (allow 4.99 5.002)'"),
    _w(SC, SC_FOR, r"5 (m/s)", r"5.002", True, "M3(b) 'speed = 5 (m/s) (allow 4.99 5.002)'"),
    _w(
        SC,
        SC_FOR,
        r"5 (m/s)",
        r"25",
        False,
        "M3(b) 'speed = 5 (m/s)'; '25, with no working shown gains 0 marks' (v^2 not v)",
    ),
    # scribd 525382297 Motion 4 MS: metres or kilometres
    _w(
        SCB,
        SCB_MOT,
        r"2430 m",
        r"2.43 km",
        True,
        "1(a)(i) '= 2430 m / 2.43 km at least 2 significant figures'",
    ),
    # studylib 26114131 momentum mark scheme: kg m/s or N s
    _w(SL, SL_MOM, r"3.0 kg m / s", r"3.0 N s", True, "2(a) '3.0 kg m / s OR 3.0 N s (1)'"),
    # twyfordigcsephysics assessed homework: cm or m
    _w(TW, TW_HW, r"4 (cm)", r"0.04 m", True, "2(a) '4 (cm); [accept 0.04 m]'"),
    # studylib 26984743 general wave properties 3 MS: units of frequency
    _w(
        SL,
        SL_WAV,
        r"1.5 Hz",
        r"1.5 cycles per sec",
        True,
        "2(b) '1.5 Hz / cycles per sec / c.p.s. / per s' (number joined to each unit)",
    ),
    _w(
        SL,
        SL_WAV,
        r"1.5 Hz",
        r"1.5 c.p.s.",
        True,
        "2(b) '1.5 Hz / cycles per sec / c.p.s. / per s' (number joined to each unit)",
    ),
    _w(
        SL,
        SL_WAV,
        r"1.5 Hz",
        r"1.5 per s",
        True,
        "2(b) '1.5 Hz / cycles per sec / c.p.s. / per s' (number joined to each unit)",
    ),
    _w(SL, SL_WAV, r"8 Hz", r"8 waves/second", True, "4(b) '8 Hz or 8 s 1 or 8 waves/second'"),
    # siteproxy scribd 859517556 Momentum 2 MS: wrong resultant force values get part credit only
    _w(
        SP,
        SP_M2,
        r"4.2",
        r"7.27",
        False,
        "M2(a) '4.2' (3 marks); 'eg answers of 7.27 or 10.34 gain 1 mark'",
    ),
    _w(
        SP,
        SP_M2,
        r"4.2",
        r"10.34",
        False,
        "M2(a) '4.2' (3 marks); 'eg answers of 7.27 or 10.34 gain 1 mark'",
    ),
    # studyrocket momentum page: answer with its unit or the bare number
    _w(SR, SR_MOM, r"1.5kgm/s", r"1.5", True, "'Your answer should include: 1.5kgm/s / 1.5'"),
    _w(SR, SR_MOM, r"1250g", r"1250", True, "'Your answer should include: 1250g / 1250'"),
    _w(SR, SR_MOM, r"4m/s", r"4", True, "'Your answer should include: 4m/s / 4'"),
    # scribd 618062801 energy calculations answer sheet: conversions written "given = converted"
    _w(SC, SC_EN, r"1.2 kg", r"1200 g", True, "Sheet 1 Q1 '1200 g = 1.2 kg'"),
    _w(SC, SC_EN, r"280,000 J", r"280 kJ", True, "Sheet 1 Q2 '280 kJ = 280,000 J'"),
    _w(SC, SC_EN, r"0.13 m", r"13 cm", True, "Sheet 1 Q3 '13 cm = 0.13 m'"),
    _w(SC, SC_EN, r"0.12 m", r"12 cm", True, "Sheet 1 Q4 '12 cm = 0.12 m'"),
    _w(SC, SC_EN, r"0.4 kg", r"400 g", True, "Sheet 1 Q6 '400 g = 0.4 kg'"),
    _w(SC, SC_EN, r"39000 J", r"39 kJ", True, "Sheet 1 Q7 '39 kJ = 39000 J'"),
    _w(SC, SC_EN, r"240000 J", r"240 kJ", True, "Sheet 1 Q8 '240 kJ = 240000 J'"),
    _w(SC, SC_EN, r"180 s", r"3 min", True, "Sheet 1 Q8 '3 min = 180 s'"),
    # scribd 628987779 Mass & Weight 1 MS: prefixes, fraction or percent, g = 9.8 or 10
    _w(SCB, SCB_MW, r"320 000 J", r"320 kJ", True, "1(c) '= 320 000 J OR 320 kJ ecf (a)'"),
    _w(SCB, SCB_MW, r"0.30", r"30%", True, "1(d) efficiency '= 0.30 OR 30% ecf (c)'"),
    _w(SCB, SCB_MW, r"85 000 N", r"83 300 N", True, "4(a) '85 000 N (accept 83 300 N)'"),
    # fr.scribd 361002662 Newtons Laws & Weight MS: g = 10 or 9.8, decimal or fraction, rounding
    _w(
        FRS,
        FRS_NL,
        r"6250 (N)",
        r"6125 (N)",
        True,
        "2(a)(iii) substitution '625x 10 / 625 x 9.8', evaluation '6125 (N) 6250 (N)', "
        "'give full marks for correct'",
    ),
    _w(
        FRS,
        FRS_NL,
        r"0.0008 (N)",
        r"1/1250",
        True,
        "3(b) 'weight = 0.00008 x 10' evaluation '8 x 10-4 / 0.0008 (N) / 1/1250'",
    ),
    _w(
        FRS,
        FRS_NL,
        r"7.6 (m/s)",
        r"7.647",
        True,
        "3(c) 'speed = 13 / 1.7' '7.6 (m/s)'; 'An answer which rounds to 7.6 eg 7.647 7.65'",
    ),
    _w(
        FRS,
        FRS_NL,
        r"7.6 (m/s)",
        r"7.65",
        True,
        "3(c) 'speed = 13 / 1.7' '7.6 (m/s)'; 'An answer which rounds to 7.6 eg 7.647 7.65'",
    ),
    # siteproxy scribd 720906251 FORCES markScheme 5: trailing zero
    _w(SP, SP_F5, r"3 (cm)", r"3.0 (cm)", True, "Q13 '3 OR 3.0 (cm) B1'"),
]
