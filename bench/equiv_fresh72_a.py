r"""A seventy-second fresh set of answer-equivalence cases (evaluation only; helper "a": physics and
engineering numeric answers -- units and prefixes written differently (Pa and N/m2 and kPa, J and
kJ, kg m/s and N s, km/h and m/s, kWh and MJ and J), significant figures accepted or refused,
ranges and tolerances stated by the key, a sign the key ignores, phase given in degrees, radians
or words -- where an exam mark scheme, a homework system's help page, a worked textbook solution
or a teacher's page settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of the other rounds,
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh72_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses or gives only part marks; always
a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the
domain of the stored copy (for proxied scribd copies, the proxy's domain) and ``where`` its full
URL. There is no commit; every source is a web page with no licence file. Only the text the search
tool returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh72_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them ("13 000 Pa" and "437 500 J" with
their spaces, "N/m2" with the squared written as a plain 2, "3·6 MJ" with the raised point, LaTeX
such as "3.6×{10}^{6}J" or "88.5\:\frac{km}{h}" kept as LaTeX). Mark schemes put a unit the
candidate need not write in round brackets ("42 (m/s)", "437 500 (J)", "41 (degrees)"); the brackets
are dropped and the unit kept, except where the stored text split the unit from its exponent ("125
(m s )" over "–1"), where the bare number is taken. A lead-in such as "(KE = 24.5 × 6.7 =)" or
"Height = ½ x 3.2 x 32 =" is dropped. Where a key lists forms joined by "or", "/" or "OR", the first
is the gold and each further form a True case; an "allow" or "accept" range gives its end points
(other than the gold) as True cases (the key's own numbers, with the gold's unit); an answer the key
gives only part of the marks ("gets 1 mark (forgot ½)", "condone for 1 mark", "gets 1 mark out of
2") is a False case, as is a unit the key rejects.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- scribd.com document 744894142 "density and pressure mark scheme" (Edexcel IGCSE topic questions,
  PhysicsAndMathsTutor: "newtons / N; Reject n, Ns"; pressure "2.4 ... allow 2.41 or 2.4074 etc";
  "3150 ... Pa allow N/m2 • matching unit e.g. 3.15 kPa"). 6 cases (1 False).
- ptop.only.wip.la proxy copy of scribd 821424536 "2.1 Movement and Position Mark Scheme" (Edexcel
  IGCSE: "42 (m/s) Allow range 42 - 43"). 1 case.
- www.scribd.com document 454922113 "iGCSE Milestone Test Mark Scheme" (a school's key: "Height =
  ½ x 3.2 x 32 = 51.2 metres (2 or 3 sf ok)"; "15 000 kg m/s (or Ns)"). 2 cases.
- www.scribd.com document 667446318 "Density markScheme" (Cambridge IGCSE topic questions: "190 000
  J / 1.9 × 10 J / 190 kJ"). 1 case.
- www.scribd.com document 538888147 "Density 1 MS" (Cambridge IGCSE topic questions: "13 000 Pa or
  N/m2"). 1 case.
- de.scribd.com document 492409399 "17.3 Energy, Work, Power CIE IGCSE Physics Ext Theory MS" (Save
  My Exams booklet: "(KE = 24.5 × 6.7 =) 164 J OR 160 J"; "2.7 J ignore minus sign"). 2 cases.
- www.scribd.com document 707096242 "3.3 Work Energy and Power" mark scheme (OCR A-level topic
  questions: "EPE = ... Allow answers to 2 s.f. = 0.147 J"). 1 case.
- www.scribd.com document 644415788 "Work Power Efficiency 1 MS" (Edexcel GCSE: "evaluation 437 500
  (J) ... OR 440 000"; "e.g. 875 000 gets 1 mark (forgot ½)"). 2 cases (1 False).
- scribd.com document 701345981 "1.2 Limitation of Physical Measurements MS" (AQA A-level:
  "(% uncertainty =) 0.74 or 0.7 (c.a.o) (1 or 2 significant figures only)"; for a wrong sum
  "condone for 1 mark ((2/289 + 2/255) × 100 = ) 1.48% or 1.5%"). 3 cases (2 False).
- www.nagwa.com video 390171939521 (which unit equation is false: "72 kilometers per hour equals
  20 meters per second" true; "three kilometers per minute equals 5000 centimeters per second.
  Therefore, the false equation is (b) three kilometers per minute equals 50 centimeters per
  second"; so (c) "15 meters per second equals 54 kilometers per hour" and (d) "42 meters per
  minute equals 70 centimeters per second" hold). 5 cases (1 False).

Sources of bench/equiv_fresh72_a2.py:

- www.quizover.com "physics/test/summary-physical-quantities-and-units-by-openstax" (OpenStax
  College Physics worked example: average speed "30.0 km/hr", in m/s "8.33 m/s"; "If we had started
  with 0.500 km/min ... the answer would have been the same: 8.33 m/s"). 2 cases.
- www.gradesaver.com Essential University Physics vol. 1 (4th ed.) ch. 1 problem 18 ("35 mi/h =
  15.64 m/s = ... 51.3 ft/s"). 2 cases.
- engineering-math.org "problem-1-6-general-principles-engineering-mechanics-statics-rc-hibbeler"
  (Hibbeler Statics 1-6: "55 mi/h = ... = 88.5 km/h", "88.5 km/h = ... = 24.6 m/s"). 2 cases.
- help.pearsoncmg.com Mastering student help "grading_tolerance_sig_figs" ("The official answer is
  365.24 days, but since a calendar contains 365 days, Mastering also considers this as correct";
  "if the grading tolerance is 2% and the correct answer is 100, then answers within the range of
  98 and 102 are also graded as correct"). 3 cases.
- webassign.net instructor guide "t_i_changing_tolerance_numerical_questions" ("to specify an
  answer of 56 and accept answers between 55.97 and 56.03, type 56 {tab} 0.03"). 2 cases.
- www.gcse.com "energy/kWh2.htm" ("1 kWh = 3,600,000 J 1 kWh = 3·6 MJ"). 2 cases.
- infinitylearn.com "surge/question/physics/1-kwh-is-equal-to" (options "36×{10}^{6}J",
  "3.6×{10}^{8}J", "3.6×{10}^{6}J", "3.6×{10}^{12}J"; the solution works out "3600000J" and
  "1kwh=3.6×{10}^{6}J", option C). 3 cases (2 False).
- pilihbajumuslim.com proxy copy of scribd 776695537 "Waves (H) MS" (AQA GCSE topic questions,
  PhysicsAndMathsTutor: "41 (degrees) allow 40 to 43 (degrees)"). 2 cases.
- clevelandohioweatherforecast.com proxy copy of scribd 706749503 "C4 MS" (AQA PHYA2 June 2012
  questions: "= 125 (m s–1) Accept answer to four significant figures (124.8)"; "2 × 0.240 = 0.48
  m 480 m gets 1 mark out of 2"; "X and Y: Antiphase / 180 (degrees out of phase) / π (radians out
  of phase)"; "X and Z: In phase / zero (degrees) / 2π (radians)"). 6 cases (1 False).

48 cases in all (8 False): 24 here (5 False), 24 in bench/equiv_fresh72_a2.py (3 False).

Left out, by rule: forms whose powers of ten the stored text flattened or split ("1.9 × 10 J" for
1.9 × 10^5 J in scribd 667446318; "9.6 x 103 (J)" and "4.4 x 105 (J)" in scribd 644415788;
"3.8 × 10−9 J ... Condone a negative final answer" in fanyv88 scribd 805526449, whose "10−9" reads
as a subtraction; "1.244 × 105 J at least 2 sig. figs" in de.scribd 492409399; "3.2 × 10 (s)" over
"–4" in scribd 706749503); answers accepted only for another value of g or as error carried forward
("3090" with g = 9.8 for "3150" in scribd 744894142; scribd 821424536's "e.g. 43 m/s → 4300 m");
refusals that are only about notation or case when the value is the same ("Reject n" for newtons,
"do not accept c" for coulombs elsewhere, WebAssign's capital-E rule); rules stated without a
worked pair ("9.6 x any other power of 10 = 1 mark"); a missing unit refused in scribd 454922113
("36 000 kg m/s (unit essential)"), which is about presentation, not value; the WebAssign guide
"c_i_numerical_tolerance" example (a 1% tolerance "would allow students who round a response of
0.99975c up to 1.00c to be marked correct"), which the page gives as a fault of too loose a
tolerance, not as an equal answer, and whose next example is cut off.

Examined and not used: pages used or claimed by earlier sets (scribd 57830026 and 405582129's
"66.3 (N) or 66 (N)" example, ptop scribd 788099056, siteproxy scribd 710932192 and 859517556,
scribd 704723106, 626053564, 544299395, 825895094, 684997333, 675697606, studylib 26114131,
26969204, 26984743, courses.washington.edu WebAssign pages, thestudentroom 5225298, physicsforums
148424 and 694681, mathhelpforum 141243, twyfordigcsephysics, waeconline, 1library zglonk7q,
paperzz 7683702, scribd 589272588, other engineering-math.org pages, Pearson "what counts as a right
answer"); ptop scribd 847994694 "Wave Behaviour (F) MS" (only "If answer = 0.5 (Hz) award 2
marks", the accepted forms cut off); scribd 690336695 "Density and Pressure 3 MS" and scribd
721521758 (powers of ten flattened); ptop scribd 685015203 ("an answer with more than 2 sig figs
that rounds to 35 gains 2 marks": the full mark is not shown); edurev CBSE marking schemes (powers
of ten split over lines); SQA marking instructions on paperzz, sciencedocbox, pdf-archive and
scribd (only the general principles were stored); IB markschemes on zanotowane and scribd (only the
general instructions); AP Physics scoring guidelines (general notes only); curioustab, gradora.ai,
kramizo, examexplained, cakebreadscience, phys141.pages.dev, tuitiongowhere, shinyu.ai and the
Nemotron-CC rewrite of a WebAssign tolerance question (generated or of unclear authorship);
pdfedu Plesha Statics answers (the minus sign of "−118.1°" lost); vedantu, qammunity, jiskha,
algebra.com and a.simonm.io (excluded by rule); math-teach nabble "Scientific notation" (the
verdict is disputed on the page); physicsforums 946884 (only a generated summary stored);
physics.stackexchange torque-in-joules answers (no answer value to compare).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SCR = "www.scribd.com"
SCR0 = "scribd.com"
SCR_744 = "https://scribd.com/document/744894142/density-and-pressure-mark-scheme"
PTOP = "ptop.only.wip.la"
PTOP_821 = (
    "https://ptop.only.wip.la:443/https/www.scribd.com/document/821424536/"
    "2-1-Movement-and-Position-Mark-Scheme"
)
SCR_454 = "https://www.scribd.com/document/454922113/iGCSE-Milestone-Test-Mark-Scheme"
SCR_667 = "https://www.scribd.com/document/667446318/Density-markScheme"
SCR_538 = "https://www.scribd.com/document/538888147/Density-1-MS"
DESCR = "de.scribd.com"
DESCR_492 = (
    "https://de.scribd.com/document/492409399/"
    "17-3-Energy-Work-Power-cie-Igcse-Physics-Ext-Theory-ms"
)
SCR_707 = "https://www.scribd.com/document/707096242/PDF-js-viewer"
SCR_644 = "https://www.scribd.com/document/644415788/Work-Power-Efficiency-1-MS"
SCR_701 = "https://scribd.com/document/701345981/1-2-Limitation-of-Physical-Measurements-MS"
NAG = "www.nagwa.com"
NAG_390 = "https://www.nagwa.com/en/videos/390171939521/"
# sources of bench/equiv_fresh72_a2.py
QOV = "www.quizover.com"
QOV_SUM = "https://www.quizover.com/physics/test/summary-physical-quantities-and-units-by-openstax"
GSV = "www.gradesaver.com"
GSV_EUP = (
    "https://www.gradesaver.com/textbooks/science/physics/"
    "CLONE-afaf42be-9820-4186-8d76-e738423175bc/chapter-1-exercises-and-problems-page-12/18"
)
EMO = "engineering-math.org"
EMO_16 = (
    "https://engineering-math.org/2018/06/12/"
    "problem-1-6-general-principles-engineering-mechanics-statics-rc-hibbeler/"
)
PEA = "help.pearsoncmg.com"
PEA_TOL = (
    "https://help.pearsoncmg.com/mastering/student/standalone/TopicsStudent/"
    "grading_tolerance_sig_figs.htm"
)
WA = "webassign.net"
WA_TOL = (
    "https://webassign.net/manual/instructor_guide/webassign/"
    "t_i_changing_tolerance_numerical_questions.htm"
)
GCSE = "www.gcse.com"
GCSE_KWH = "https://www.gcse.com/energy/kWh2.htm"
INF = "infinitylearn.com"
INF_KWH = "https://infinitylearn.com/surge/question/physics/1-kwh-is-equal-to/"
PBM = "pilihbajumuslim.com"
PBM_776 = (
    "https://pilihbajumuslim.com/mastah-kampret/wNy02bj5CZilmcjNnL3d3d6MHc0/document/"
    "776695537/Waves-H-MS"
)
CLE = "clevelandohioweatherforecast.com"
CLE_706 = (
    "https://clevelandohioweatherforecast.com/php-proxy/index.php?"
    "q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F706749503%2FC4-MS"
)

CASES = [
    # scribd 744894142, Edexcel IGCSE density and pressure: unit of weight, pressure values
    _c(
        SCR0,
        SCR_744,
        gold=r"newtons",
        pred=r"N",
        wrap=True,
        expected=True,
        why="1(a)(i) answer column 'newtons / N;' (alternatives separated by '/')",
    ),
    _c(
        SCR0,
        SCR_744,
        gold=r"newtons",
        pred=r"Ns",
        wrap=True,
        expected=False,
        why="1(a)(i) notes: 'Reject n, Ns'",
    ),
    _c(
        SCR0,
        SCR_744,
        gold=r"2.4",
        pred=r"2.41",
        wrap=True,
        expected=True,
        why="1(c)(ii) 'Pressure = 650 / 270 ... 2.4 ... allow 2.41 or 2.4074 etc'",
    ),
    _c(
        SCR0,
        SCR_744,
        gold=r"2.4",
        pred=r"2.4074",
        wrap=True,
        expected=True,
        why="1(c)(ii) 'Pressure = 650 / 270 ... 2.4 ... allow 2.41 or 2.4074 etc'",
    ),
    _c(
        SCR0,
        SCR_744,
        gold=r"3150 Pa",
        pred=r"3150 N/m2",
        wrap=True,
        expected=True,
        why="2(b)(ii) '(P=) 1260x10x0.25 ... 3150 ... Pa allow N/m2'",
    ),
    _c(
        SCR0,
        SCR_744,
        gold=r"3150 Pa",
        pred=r"3.15 kPa",
        wrap=True,
        expected=True,
        why="2(b)(ii) '3150 ... Pa allow N/m2 • matching unit e.g. 3.15 kPa'",
    ),
    # ptop copy of scribd 821424536, Edexcel IGCSE movement and position: a reading range
    _c(
        PTOP,
        PTOP_821,
        gold=r"42 m/s",
        pred=r"43 m/s",
        wrap=True,
        expected=True,
        why="3(a)(i) '42 (m/s) Allow range 42 - 43'",
    ),
    # scribd 454922113, a school's IGCSE milestone key: sig figs, momentum units
    _c(
        SCR,
        SCR_454,
        gold=r"51.2 metres",
        pred=r"51 metres",
        wrap=True,
        expected=True,
        why="11(c) 'Height = ½ x 3.2 x 32 = 51.2 metres (2 or 3 sf ok)'",
    ),
    _c(
        SCR,
        SCR_454,
        gold=r"15 000 kg m/s",
        pred=r"15 000 Ns",
        wrap=True,
        expected=True,
        why="14(b)(ii) 'Average impulse = change in momentum = 15 000 kg m/s (or Ns)'",
    ),
    # scribd 667446318, Cambridge IGCSE density: energy in J or kJ
    _c(
        SCR,
        SCR_667,
        gold=r"190 000 J",
        pred=r"190 kJ",
        wrap=True,
        expected=True,
        why="1(b) '190 000 J / 1.9 × 10 J / 190 kJ' (alternatives separated by '/')",
    ),
    # scribd 538888147, Cambridge IGCSE density 1: pressure unit
    _c(
        SCR,
        SCR_538,
        gold=r"13 000 Pa",
        pred=r"13 000 N/m2",
        wrap=True,
        expected=True,
        why="1(a)(i) '13 000 Pa or N/m2 A1'",
    ),
    # de.scribd 492409399, CIE IGCSE energy, work and power: 2 s.f., an ignored sign
    _c(
        DESCR,
        DESCR_492,
        gold=r"164 J",
        pred=r"160 J",
        wrap=True,
        expected=True,
        why="1(a)(i) '(KE = 24.5 × 6.7 =) 164 J OR 160 J A1'",
    ),
    _c(
        DESCR,
        DESCR_492,
        gold=r"2.7 J",
        pred=r"-2.7 J",
        wrap=True,
        expected=True,
        why="2(a)(i) '(g.p.e. =) mgh OR 0.15 × 10 × 1.8 ... 2.7 J ignore minus sign A1'",
    ),
    # scribd 707096242, OCR A-level work, energy and power: 2 s.f. allowed
    _c(
        SCR,
        SCR_707,
        gold=r"0.147 J",
        pred=r"0.15 J",
        wrap=True,
        expected=True,
        why="13b 'EPE = ½ F × = 0.50 × 5.88 × 0.05 ... Allow answers to 2 s.f. = 0.147 J'",
    ),
    # scribd 644415788, Edexcel GCSE work, power, efficiency: rounding and a missing ½
    _c(
        SCR,
        SCR_644,
        gold=r"437 500 J",
        pred=r"440 000 J",
        wrap=True,
        expected=True,
        why="1(b)(ii) 'evaluation 437 500 (J)' with acceptable answers '4.4 x 105 (J) ... OR "
        "440 000'",
    ),
    _c(
        SCR,
        SCR_644,
        gold=r"437 500 J",
        pred=r"875 000 J",
        wrap=True,
        expected=False,
        why="1(b)(ii) acceptable answers: 'e.g. 875 000 gets 1 mark (forgot ½)' (of 3)",
    ),
    # scribd 701345981, AQA A-level limitation of measurements: 1 or 2 s.f., a wrong sum
    _c(
        SCR0,
        SCR_701,
        gold=r"0.74",
        pred=r"0.7",
        wrap=True,
        expected=True,
        why="(b) '(% uncertainty =) 0.74 or 0.7 (c.a.o) (1 or 2 significant figures only)'",
    ),
    _c(
        SCR0,
        SCR_701,
        gold=r"0.74",
        pred=r"1.48%",
        wrap=True,
        expected=False,
        why="(b) 'condone for 1 mark ( (2/289 + 2/255) × 100 = ) 1.48% or 1.5%' (the answer "
        "is 0.74 or 0.7)",
    ),
    _c(
        SCR0,
        SCR_701,
        gold=r"0.74",
        pred=r"1.5%",
        wrap=True,
        expected=False,
        why="(b) 'condone for 1 mark ( (2/289 + 2/255) × 100 = ) 1.48% or 1.5%' (the answer "
        "is 0.74 or 0.7)",
    ),
    # nagwa 390171939521: which speed equation is false
    _c(
        NAG,
        NAG_390,
        gold=r"20 meters per second",
        pred=r"72 kilometers per hour",
        wrap=True,
        expected=True,
        why="'Simplifying this, we obtain 20 meters divided by one second ... Therefore, equation "
        "(a) is true' ((a) 72 kilometers per hour equals 20 meters per second)",
    ),
    _c(
        NAG,
        NAG_390,
        gold=r"5000 centimeters per second",
        pred=r"three kilometers per minute",
        wrap=True,
        expected=True,
        why="'we get three kilometers per minute equals 5000 centimeters per second'",
    ),
    _c(
        NAG,
        NAG_390,
        gold=r"5000 centimeters per second",
        pred=r"50 centimeters per second",
        wrap=True,
        expected=False,
        why="'Therefore, the false equation is (b) three kilometers per minute equals 50 "
        "centimeters per second' (it equals 5000 centimeters per second)",
    ),
    _c(
        NAG,
        NAG_390,
        gold=r"54 kilometers per hour",
        pred=r"15 meters per second",
        wrap=True,
        expected=True,
        why="(c) '15 meters per second equals 54 kilometers per hour'; 'the false equation is "
        "(b)' only",
    ),
    _c(
        NAG,
        NAG_390,
        gold=r"70 centimeters per second",
        pred=r"42 meters per minute",
        wrap=True,
        expected=True,
        why="(d) '42 meters per minute equals 70 centimeters per second'; 'the false equation "
        "is (b)' only",
    ),
]
