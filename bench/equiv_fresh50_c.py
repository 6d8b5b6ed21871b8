r"""A fiftieth fresh set of answer-equivalence cases (evaluation only; helper "c": engineering,
electronics and applied-science answers -- impedance and phasors in rectangular or polar form,
decibels, RMS values, unit prefixes and conversions (kΩ and Ω, mA and A, km/h and m/s),
scientific notation, significant figures and percent error -- settled by a person on a public web
page: forum answerers, tutors, exam mark schemes listing accepted forms, and textbook errata).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh49_claims; each page was claimed in
/work/wt/fresh50_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, accepts beside it, or
sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for a proxied copy, the proxy's domain) and ``where`` its full URL.
There is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt, the first few thousand characters) was read. Do not tune the
judge on these cases. The set continues in bench/equiv_fresh50_c2.py.

Transcription: strings are copied as the stored page shows them (``6,25-i3,75`` with decimal
commas, ``10*log(20)``, ``\angle``, ``∠``, ``×``, Unicode minus signs). Where a worker or an answer
key writes a chain ``A = B = C``, the last member is the gold and each earlier member a
prediction. Where a mark scheme brackets an optional unit, ``26 (m/s)``, the unit is written
without the brackets. A number of cases pair a rounded answer with the value it was rounded from
(or a mark scheme's "allow" of a nearby rounding, or the end of an accepted range); each says so
in ``why``: they are True because the page accepts them, not because the numbers are equal.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 4559467 (absolute, relative and percentage error of rounding 865250 to four
  significant figures: the answerer gets 5.77 × 10^-5 and 5.77 × 10^-3 and says the book's
  6.71 × 10^-5 and 6.71 × 10^-3 are "a typo"). 3 cases (2 False).
- ptop.only.wip.la (proxied copy of scribd document 788099056 "GCE", an Edexcel-style physics mark
  scheme: "26 (m/s) = 0.026 (km/s) OR ... 93600 (m/h)", "allow 93.6 (km/h)", "allow 0.08,
  0.0846… condone 0.084", "2.2 kW = full marks", "allow 2208, 2210", "allow J/s", "allow range of
  0.30-0.32"). 11 cases.
- ptop.only.wip.la (proxied copy of scribd document 825895094 "markScheme (2) (1)", a Cambridge
  IGCSE-style mark scheme: "1.67 OR 1.7 (mA)", "75 000 W OR 75 kW", "2(.0) A", "4 / 12 OR 4:12 OR
  1 / 3 OR 1:3 OR 0.33", "805 / 810 W", "33 / 32.9 / 32.85714", "22 / 21.9(0476)"). 12 cases.
- melakarnets.com (proxied copy of scribd document 498419393 "Electric Circuits 7 MS": "2.0 A OR
  2 A", "2.6 W OR 2600 mW"). 2 cases.
- www.scribd.com 684997333 (AQA-style mark scheme "CurrentandPotentialDifference2-Answers": "25
  (kilohms) accept 24 - 26 inclusive accept 25 000 Ω"). 2 cases.
- www.physicsforums.com thread 203553 (equivalent impedance: a reply gets "the same result you
  did", 6,25-i3,75; the book's 28,33 belongs to a different Z3). 1 case (False).
- www.algebra.com solution 226632 (tutor: db = 10*log(20) = 10*1.301 = 13 db gain, to the nearest
  decibel). 2 cases.
- www.nj2x.com FCC Technician question of the day (10 W against 5 W: dB = 10 * Log(2) = 3.01,
  "approximately 3 dB", answer A) 3 dB). 2 cases.
- www.gradesaver.com Prealgebra 7e appendix C exercise 25 ((1.2×10^-3)(3×10^-2) = 3.6×10^-5 =
  0.000036, LaTeX on the page). 2 cases.
- www.physicsforums.com tags/phasor page 3 (a post quoted there: 100∠30° = 86.6 + j50 V and
  5∠0° = 5 + j0 A, LaTeX). 2 cases.
- web.cecs.pdx.edu ECE 22X text errata for Alexander & Sadiku 2e ("-0.8 - 4 = -4.8 mA, not -0.8 -
  0.4 = -1.2 mA"; R_N "should be 5, not 1/5"). 3 cases (False).
- web.cecs.pdx.edu ECE 22X solutions-manual errata for the same book ("-961.0 J, not -901.2";
  "-4.0 V, not 4 V"; "9.23, not 9.31"). 3 cases (False).
- holooly.com "Significant figures" 1.CA.4 (c = 2.997925 × 10^8 m/s to two, three and four
  significant figures: 3.0 × 10^8 and 3.00 × 10^8 correct, 3.000 × 10^8 incorrect). 3 cases
  (1 False).
- www.algebra.com solution 37426 (tutor: 4-j2.4 = (4.665)(cos(-30.97)+jsin(-30.97))). 1 case.
- socratic.org answers/210327 ((-2,5) = (sqrt29,111.802), angle in degrees). 1 case.
- www.gradesaver.com Physics: Principles with Applications 7e ch. 21 problem 62 (Z = sqrt(...) =
  3.6×10^3 Ω and 3.5×10^3 Ω, two significant figures, LaTeX). 2 cases.
- forum.allaboutcircuits.com thread 84995 (worksheet question 8: the poster's R_th = 479.5 ohm by
  two methods against the revealed 210.53 ohm, a reply agrees the worksheet made the mistake;
  V_th = 2000/228 = 8.77V as revealed). 2 cases (1 False).
- w6.fakespot.com pregunas/3633176 (a copy of a Brainly answer: 20*log(5/10) = -6dB, "For half
  power its -3dB. But for your answer its -6dB"). 2 cases (1 False).
- empegbbs.com post 231949 (the -3 dB point: Vx = 10^(-0.15) = 0.70795, "often seen that rounded
  to 70.7%, even though it should be 70.8%"; (0.708^2)/R = 0.501/R). 3 cases (1 False).

Left out, by rule: partial-credit lines of the mark schemes ("allow 1 mark for ...", "gains 2
marks only", "an answer of 920 gains 2 marks only"), unit-word rules that are not about a value
("accept symbol Ω", "do not accept c"), answer lines whose exponents or symbols the stored text
lost (``2.6 × 10 J``, ``1.02 × 10 (Pa)``; where only an ohm sign was lost, as in the pdx errata
"9.23 ... not 9.31", the bare numbers were kept), multiple-choice letters, and tutor steps without
a second form. The algebra.com 37426 part (ii) (-5.1 + j1.7 = 5.376(cos(-18.435)+jsin(-18.435))) is left
out because the tutor's angle puts the number in the wrong quadrant (the page's own equality is
false, so its label would be wrong).

Examined and not used: physicsforums 148424 and 53365, www.rdoman.com errata, drsusanlea.com
solutions-manual errata, public.asu.edu gbadams 121even (all used by earlier sets);
physicsforums 444149 (no reply in the stored text); curioustab.com, gradora.ai, kramizo.com,
phys141.pages.dev, vaia-test.com, edu.com and gauthmath.com pages (machine-written explanations);
qammunity.org RMS and polar pages (no second form settled by another person); the ohio.edu
synopsis slide and wyzant 404909 (angle signs / exponents lost); algebra.com 54751 (garbled √
signs and sin/cos swapped); homeworksource 1148357 (answers wrong on their face); mathhelpforum
173168 (the tutorial's simplification unclear); www.mathhelpforum.com 220878 (formulas lost);
sciencewriter.net chapters 16 and 31 (words only, or letters); curtismeyer.com erratum (no printed
value given); armyintelligence frame 124 and knowt flashcards (exponents flattened).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

S1 = "math.techqa.club"

S1_AT = (
    "https://math.techqa.club/absolute-error-relative-error-percentage-error-computation-4559467"
)

S2 = "ptop.only.wip.la"

S2_AT = "https://ptop.only.wip.la:443/https/www.scribd.com/document/788099056/GCE"

S3 = "ptop.only.wip.la"

S3_AT = "https://ptop.only.wip.la:443/https/www.scribd.com/document/825895094/markScheme-2-1"

S4 = "melakarnets.com"

S4_AT = (
    "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F"
    "498419393%2FElectric-Circuits-7-MS"
)

S5 = "www.scribd.com"

S5_AT = "https://www.scribd.com/document/684997333/CurrentandPotentialDifference2-Answers"

S6 = "www.physicsforums.com"

S6_AT = "https://www.physicsforums.com/threads/equivalent-impedance.203553/"

S7 = "www.algebra.com"

S7_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=226632"

S8 = "www.nj2x.com"

S8_AT = "https://www.nj2x.com/2013/02/fcc-technician-exam-question-of-day_12.html"

S9 = "www.gradesaver.com"

S9_AT = (
    "https://www.gradesaver.com/textbooks/math/prealgebra/prealgebra-7th-edition/"
    "appendix-c-exercise-set-page-746/25"
)

S10 = "www.physicsforums.com"

S10_AT = "https://www.physicsforums.com/tags/phasor/page-3"

S11 = "web.cecs.pdx.edu"

S11_AT = "http://web.cecs.pdx.edu/~ece2xx/ECE22X/Alexander/BookErrata2ed.html"

S12 = "web.cecs.pdx.edu"

S12_AT = "http://web.cecs.pdx.edu/~ece2xx/ECE22X/Alexander/SolutionsErrata2ed.html"

S13 = "holooly.com"

S13_AT = (
    "https://holooly.com/solutions-v20/significant-figures-to-seven-significant-figures-the-speed-"
    "of-light-is-c-2-997925-x-108-m-s-the-three-choices-listed-are-possible-ways-of-writing-the-"
    "speed-of-light-with-two-three-and-four/"
)

S14 = "www.algebra.com"

S14_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=37426"

S15 = "socratic.org"

S15_AT = "https://socratic.org/answers/210327"

S16 = "www.gradesaver.com"

S16_AT = (
    "https://www.gradesaver.com/textbooks/science/physics/physics-principles-with-applications-"
    "7th-edition/chapter-21-electromagnetic-induction-and-faraday-s-law-problems-page-622/62"
)

S17 = "forum.allaboutcircuits.com"

S17_AT = (
    "https://forum.allaboutcircuits.com/threads/thevenin-norton-and-maximum-power-worksheet.84995/"
)

S18 = "w6.fakespot.com"

S18_AT = "https://w6.fakespot.com/pregunas/3633176"

S19 = "empegbbs.com"

S19_AT = "http://empegbbs.com/ubbthreads.php/posts/231949"

CASES = [
    # S1: relative / percentage error of rounding 865250 to 4 s.f.; the book's values are "a typo"
    _c(
        S1,
        S1_AT,
        gold=r"5.77 \times 10^{-5}",
        pred=r"6.71 x 10^{-5}",
        wrap=True,
        expected=False,
        why="relative error: answerer's 5.77e-5 against the book's 6.71e-5 ('a typo in the book')",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"5.77 \times 10^{-3}",
        pred=r"6.71 x 10^{-3}",
        wrap=True,
        expected=False,
        why="percentage error: answerer's 5.77e-3 against the book's 6.71e-3 ('a typo')",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"5.77 \times 10^{-5}",
        pred=r"0.0000577868",
        wrap=True,
        expected=True,
        why="answerer: 50/865250 = 0.0000577868 \\approx 5.77 \\times 10^{-5} (rounded from)",
    ),
    # S2: IGCSE-style mark scheme, accepted forms ("OR", "allow", "condone")
    _c(
        S2,
        S2_AT,
        gold=r"26 m/s",
        pred=r"0.026 km/s",
        wrap=True,
        expected=True,
        why="Q2(a)(ii): 26 (m/s) = 0.026 (km/s)",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"26 m/s",
        pred=r"93600 m/h",
        wrap=True,
        expected=True,
        why="Q2(a)(ii): OR 26 (m/s) = 93600 (m/h)",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"94 km/h",
        pred=r"93.6 km/h",
        wrap=True,
        expected=True,
        why="Q2(a)(ii): 94 (km/h) ... allow 93.6 (km/h)",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"0.32",
        pred=r"0.30",
        wrap=True,
        expected=True,
        why="Q2(a)(iii): (a =) 0.32 (m/s2) allow range of 0.30-0.32 (end of the range)",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"0.085 A",
        pred=r"0.08",
        wrap=True,
        expected=True,
        why="Q3(ii): (I =) 0.085 (A) allow 0.08",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"0.085 A",
        pred=r"0.0846",
        wrap=True,
        expected=True,
        why="Q3(ii): allow 0.0846… (written with a trailing ellipsis on the page)",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"0.085 A",
        pred=r"0.084",
        wrap=True,
        expected=True,
        why="Q3(ii): condone 0.084",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"2200 W",
        pred=r"2.2 kW",
        wrap=True,
        expected=True,
        why="Q4(ii): 2.2 kW = full marks",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"2200 W",
        pred=r"2208 W",
        wrap=True,
        expected=True,
        why="Q4(ii): (P =) 2200 allow 2208, 2210",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"2200 W",
        pred=r"2210 W",
        wrap=True,
        expected=True,
        why="Q4(ii): (P =) 2200 allow 2208, 2210",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"2200 W",
        pred=r"2200 J/s",
        wrap=True,
        expected=True,
        why="Q4(ii): unit watts / W allow J/s",
    ),
    # S3: mark scheme "markScheme (2) (1)", alternatives joined by OR or /
    _c(
        S3,
        S3_AT,
        gold=r"1.67 mA",
        pred=r"1.7 mA",
        wrap=True,
        expected=True,
        why="17(a): 1.67 OR 1.7 (mA)",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"75 000 W",
        pred=r"75 kW",
        wrap=True,
        expected=True,
        why="19(a): 75 000 W OR 75 kW",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"2.0 A",
        pred=r"2 A",
        wrap=True,
        expected=True,
        why="( I = 6 / 3 =) 2(.0) A: the bracketed .0 is optional",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"1 / 3",
        pred=r"4 / 12",
        wrap=True,
        expected=True,
        why="24: 4 / 12 OR 4:12 OR 1 / 3 OR 1:3 OR 0.33",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"1 / 3",
        pred=r"4:12",
        wrap=True,
        expected=True,
        why="24: 4 / 12 OR 4:12 OR 1 / 3 OR 1:3 OR 0.33",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"1 / 3",
        pred=r"1:3",
        wrap=True,
        expected=True,
        why="24: 4 / 12 OR 4:12 OR 1 / 3 OR 1:3 OR 0.33",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"1 / 3",
        pred=r"0.33",
        wrap=True,
        expected=True,
        why="24: 4 / 12 OR 4:12 OR 1 / 3 OR 1:3 OR 0.33",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"805 W",
        pred=r"810 W",
        wrap=True,
        expected=True,
        why="29: 805 / 810 W (both accepted)",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"33",
        pred=r"32.9",
        wrap=True,
        expected=True,
        why="32 alternative method: (R_Y =) ... OR 33 / 32.9 / 32.85714",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"33",
        pred=r"32.85714",
        wrap=True,
        expected=True,
        why="32 alternative method: (R_Y =) ... OR 33 / 32.9 / 32.85714",
    ),
    _c(S3, S3_AT, gold=r"22", pred=r"21.9", wrap=True, expected=True, why="32: 22 / 21.9(0476) A1"),
    _c(
        S3,
        S3_AT,
        gold=r"22",
        pred=r"21.90476",
        wrap=True,
        expected=True,
        why="32: 22 / 21.9(0476) A1 (the bracketed digits may be given)",
    ),
    # S4: "Electric Circuits 7 MS"
    _c(S4, S4_AT, gold=r"2.0 A", pred=r"2 A", wrap=True, expected=True, why="2.0 A OR 2 A A1"),
    _c(
        S4,
        S4_AT,
        gold=r"2.6 W",
        pred=r"2600 mW",
        wrap=True,
        expected=True,
        why="3(b): 2.6 W OR 2600 mW",
    ),
    # S5: AQA mark scheme, LDR resistance
    _c(
        S5,
        S5_AT,
        gold=r"25 kilohms",
        pred=r"25 000 Ω",
        wrap=True,
        expected=True,
        why="(a)(ii): 25 (kilohms) ... accept 25 000 Ω",
    ),
    _c(
        S5,
        S5_AT,
        gold=r"25 kilohms",
        pred=r"24 kilohms",
        wrap=True,
        expected=True,
        why="(a)(ii): 25 (kilohms) accept 24 - 26 inclusive (end of the range)",
    ),
    # S6: equivalent impedance; a reply gets the asker's value, the book's is a mistake
    _c(
        S6,
        S6_AT,
        gold=r"6,25-i3,75",
        pred=r"28,33",
        wrap=True,
        expected=False,
        why="Z_eq: asker's 6,25-i3,75 confirmed ('I get the same result you did'); book's 28,33 is "
        "for a different Z3 (decimal commas as on the page)",
    ),
    # S7: tutor's decibel gain, "to the nearest decibel"
    _c(
        S7,
        S7_AT,
        gold=r"13",
        pred=r"10*log(20)",
        wrap=True,
        expected=True,
        why="db = 10*log(20) = 10*1.301 = 13 db gain (question asks for the nearest decibel)",
    ),
    _c(
        S7,
        S7_AT,
        gold=r"13",
        pred=r"10*1.301",
        wrap=True,
        expected=True,
        why="db = 10*log(20) = 10*1.301 = 13 db gain (question asks for the nearest decibel)",
    ),
]
