r"""A fiftieth fresh set of answer-equivalence cases, continued (evaluation only; helper "c":
engineering, electronics and applied-science answers -- phasors in rectangular and polar form,
sinusoids written with sin or cos, RMS values, decibels, unit prefixes, scientific notation and
significant figures -- settled by a person on a public web page).

The first part, with the conventions, is bench/equiv_fresh50_c.py. Cases are transcribed from
public web pages (the ``pages`` corpus of the search tool); none was used by an earlier set
(checked against bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and the claims folders /work/wt/fresh2*_claims
... fresh49_claims; each page was claimed in /work/wt/fresh50_claims before use). ``gold`` is the
reference answer, ``pred`` the other form a person on the page equates with it, accepts beside it
or sets against it (a bare answer, so ``wrap`` is always True), and ``expected`` the verdict
settled on the page. ``repo`` is the domain of the stored copy and ``where`` its full URL; there is
no commit, and every source is a web page with no licence file. Only the text the search tool
returned for a page was read. Chains ``A = B = C`` give the last member as gold; cases that pair
a rounded answer with the value it was rounded from, or a mark scheme's "allow" of a nearby
rounding, say so in ``why``. Do not tune the judge on these cases.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- ptop.only.wip.la (proxied copy of scribd document 825885740 "physics all ms", an Edexcel-style
  mark scheme: "2700 (N) allow correct answers to more significant figures e.g. 2733.3…", "12 000
  (J) allow 11 700, 11 660, 11 664", "83 (%) allow 83.3…", "allow lack of 100 i.e. 0.83"). 8
  cases.
- scribd.com 664662759 "Energy work and power MS" ("6000/6100 m"). 1 case.
- www.scribd.com 626053564 "markScheme (5)" ("(11 × 2 / 240) × 100 = 9.2 (%)", "11 × 2, 22 W").
  2 cases.
- learn.careers360.com NCERT question 8 (R = 12/0.0025 = 4800 Ω = 4.8 kΩ, LaTeX). 2 cases.
- www.shaalaa.com 6233 (the same question: R = 12/(2.5xx 10^-3) = ... = 4.8 kΩ). 1 case.
- physicstwyford.blogspot.com "Y12 Jan 2006" (an OCR mark scheme posted by a teacher: "375 ≈ 380
  (Ω)", "0.144 ≈ 0.14 (C)", "0.259 ≈ 0.26", "W = 1.8 × 0.144"). 4 cases.
- scribd.com 548812361 "Chapter 10 Test Mark Scheme" (OUP, OCR Physics A: "0.7 V ... Accept:
  0.6 V", "12.0 V ... Allow: 12 V"). 2 cases.
- www.sciencewriter.net tye5quiz chapter 15 (Gibilisco's explanations of his quiz answers: 1 / j
  = -j, (-1 + j7) + (3 - j5) = 2 + j2 in both orders, (-1 + j7) - (3 - j5) = -4 + j12). 4 cases.
- www.jiskha.com 1363958000 (tutor: R*C = 20*10^3 * 100*10^-6 = 2000*10^-3 = 2 s). 2 cases.
- studylib.net 18486233 (worked solution, Wolfson ch. 25 problem 54: t = 3(5.0 ms) = 15 ms).
  1 case.
- www.physics.princeton.edu trothman "Mistakes in Instant Physics" (the author: atomic weight of
  H2O "is 18, not 10", of O2 "is 32, not 16"). 2 cases (False).
- armyintelligence.tpub.com IT0332 frame 125 ("38 kilohms = .038 megohms"). 1 case.
- studylib.net 11925475 "Solution of ECE 300 Test 9 F11" (two versions: (5∠100°)4 = 625∠400° =
  625∠40°, 18sin(200πt − 110°) = 18cos(200πt − 200°) = 18 cos(200πt + 160°), j40 = 40∠90° V and
  the like). 10 cases.
- www.ee.bilkent.edu.tr EEE 211 "Answers to Problems" chapter 3 (141 <−45° Ω (100−j100 Ω);
  0.2−j0.4 = 0.447 <−63.4° V). 2 cases.
- zhangbaosen.github.io EE 351 homework 1 solution (A = -3 - j2 = √13∠213.69°, B = √5∠20° =
  2.1045 + j0.7654, A - B = 5.806∠208.44°, AB = √65∠233.69° = -4.743 - j6.521, V_rms = 200 V;
  LaTeX). 6 cases.
- studylib.net 25801577 "new set 6 answers" ("vo(t) = 17.14 sin(200t + 90°) V or vo(t) = 17.14
  cos(200t) V"). 1 case.
- engineeringprep.com problem 552 (5+√-1√9 → 5+3i, √34 = 5.83, polar form 5.83∠30.96°; LaTeX).
  3 cases.
- www.kb1uas.com Ohm's-law page ("500 milliAmps = .5 amps"). 1 case.
- www.physicsforums.com thread 564843 (significant figures: 0.630 × 10^2 = 6.30 × 10^1 = 63.0;
  "0.0203 is simply not the same number as .203"; 0.02303 to two significant figures is
  2.3 × 10^-2). 4 cases (1 False).
- www.scribd.com 205659847 "EIT Review AC Circuits" (y(t)=Vmsin(ωt+θ) = Vmcos(ωt+θ −90°)). 1 case.
- www.taylorfrancis.com chapter abstract 10.4324/9780080962153-33 ("V = 0.707Vm, i.e. V
  =Vm/√2"). 1 case.

Left out, by rule: partial-credit lines of the mark schemes ("3.24 (J), 194.4 (J) ... score 2
marks", "Award [2] for answer 0.753 without percentage", "(2.23 × 10-4 scores 2/3)"), accepted
ranges without a listed form ("accept answer between 0.1 and 1.0 m", "any value greater than"),
steps whose exponents the stored text flattened ("Q = 4.8 × 10-3 × 30", "1.02 × 10 (Pa)"), and the
shaalaa chain member "=-4.8xx10^3Omega" (printed with a stray minus sign). The bilkent answer
"0.8+j0.6 = 0.894 <26.6°" is left out because the page's equality is false (|0.8+j0.6| = 1; a
typo), so its label would be wrong; the ECE 300 test's "1/(−10 + j7)" chains are left out because
the stored text lost the fraction layout.

Examined and not used: sciencewriter.net chapters 16 and 31 (choices named in words or letters);
the tpub frame 124 product chain (exponents flattened); pdfslide.us rphs mark scheme (only
partial-credit alternatives); kramizo.com IGCSE mock (machine-written); knowt flashcards
(exponents lost); vaia-test.com NCERT page (machine-written); ask.com and reference.com mA pages
(ask.com contradicts itself); petfoodhonesty.com copy of a Brainly answer (the formulas are
swapped); historicaltuning.com decibel answers (estimates, not equivalences); mcqseries.com
(letters only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

S20 = "ptop.only.wip.la"

S20_AT = "https://ptop.only.wip.la:443/https/www.scribd.com/document/825885740/physics-all-ms"

S21 = "scribd.com"

S21_AT = "https://scribd.com/document/664662759/Energy-work-and-power-MS"

S22 = "www.scribd.com"

S22_AT = "https://www.scribd.com/document/626053564/markScheme-5"

S23 = "learn.careers360.com"

S23_AT = (
    "https://learn.careers360.com/ncert/question-when-a-12-v-battery-is-connected-across-an-"
    "unknown-resistor-there-is-a-current-of-2-point-5-ma-in-the-circuit-find-the-value-of-the-"
    "resistance-of-the-resistor/"
)

S24 = "www.shaalaa.com"

S24_AT = (
    "https://www.shaalaa.com/question-bank-solutions/find-value-resistance-resistor-ohms-law_6233"
)

S25 = "physicstwyford.blogspot.com"

S25_AT = "http://physicstwyford.blogspot.com/2009/05/y12-jan-2006.html"

S26 = "scribd.com"

S26_AT = "https://scribd.com/document/548812361/Chapter-10-Test-Mark-Scheme"

S27 = "www.sciencewriter.net"

S27_AT = "http://www.sciencewriter.net/tye5quiz/chap-15.htm"

S28 = "www.jiskha.com"

S28_AT = "http://www.jiskha.com/display.cgi?id=1363958000"

S29 = "studylib.net"

S29_AT = (
    "https://studylib.net/doc/18486233/chapter-25-problem-54-%E2%80%A0-given-t-%3D-5.0-ms-"
    "solution-a--find..."
)

S30 = "www.physics.princeton.edu"

S30_AT = "http://www.physics.princeton.edu/~trothman/mistakes_instphys.html"

S31 = "armyintelligence.tpub.com"

S31_AT = (
    "https://armyintelligence.tpub.com/IT0332/Introduction-To-Conversion-Of-Electrical-Units-"
    "Continued-57.htm"
)

S32 = "studylib.net"

S32_AT = "https://studylib.net/doc/11925475/solution-of-ece-300-test-9-f11"

S33 = "www.ee.bilkent.edu.tr"

S33_AT = "http://www.ee.bilkent.edu.tr/%7Eeee211/LectureNotes/Answers%20-%2003.htm"

S34 = "zhangbaosen.github.io"

S34_AT = "http://zhangbaosen.github.io/teaching/EE351/ifejmsmvie"

S35 = "studylib.net"

S35_AT = "https://studylib.net/doc/25801577/new-set-6answers"

S36 = "engineeringprep.com"

S36_AT = "https://engineeringprep.com/problems/552.html"

S37 = "www.kb1uas.com"

S37_AT = "http://www.kb1uas.com/kb-webData/ohmslawcalculator.html"

S38 = "www.physicsforums.com"

S38_AT = "https://www.physicsforums.com/threads/help-with-question-im-stuck-on.564843/"

S39 = "www.scribd.com"

S39_AT = "https://www.scribd.com/document/205659847/EIT-Review-AC-Circuits"

S40 = "www.taylorfrancis.com"

S40_AT = "https://www.taylorfrancis.com/books/9781136072703/chapters/10.4324%2F9780080962153-33"

CASES = [
    # S20: Edexcel-style mark scheme ("allow")
    _c(
        S20,
        S20_AT,
        gold=r"2700 N",
        pred=r"2733.3 N",
        wrap=True,
        expected=True,
        why="(force =) 2700 (N) allow correct answers to more significant figures e.g. 2733.3…(N)",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"12 000 J",
        pred=r"11 700 J",
        wrap=True,
        expected=True,
        why="3(a): (energy =) 12 000 (J) allow 11 700, 11 660, 11 664 (J)",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"12 000 J",
        pred=r"11 660 J",
        wrap=True,
        expected=True,
        why="3(a): (energy =) 12 000 (J) allow 11 700, 11 660, 11 664 (J)",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"12 000 J",
        pred=r"11 664 J",
        wrap=True,
        expected=True,
        why="3(a): (energy =) 12 000 (J) allow 11 700, 11 660, 11 664 (J)",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"12 000 J",
        pred=r"0.27 × 43 200",
        wrap=True,
        expected=True,
        why="3(a): energy = 0.27 × 43 200, (energy =) 12 000 (J)",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"83 %",
        pred=r"83.3 %",
        wrap=True,
        expected=True,
        why="7(d): efficiency = 83 (%) allow 83.3… (%)",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"83 %",
        pred=r"0.83",
        wrap=True,
        expected=True,
        why="7(d): allow lack of 100 i.e. 0.83 if % sign removed from answer line",
    ),
    _c(
        S20,
        S20_AT,
        gold=r"83 %",
        pred=r"10/12 (×100%)",
        wrap=True,
        expected=True,
        why="7(d): efficiency = 10/12 (×100%), efficiency = 83 (%)",
    ),
    # S21: Cambridge-style mark scheme
    _c(
        S21,
        S21_AT,
        gold=r"6000 m",
        pred=r"6100 m",
        wrap=True,
        expected=True,
        why="1(a)(ii): 1200 ÷ (0.020 × 10) OR 1225 ÷ (0.020 × 10); 6000/6100 m (both accepted)",
    ),
    # S22: Cambridge-style mark scheme
    _c(
        S22,
        S22_AT,
        gold=r"9.2 %",
        pred=r"(11 × 2 / 240) × 100",
        wrap=True,
        expected=True,
        why="3(b)(ii): {efficiency = (11 × 2 / 240) × 100 =} 9.2 (%)",
    ),
    _c(
        S22,
        S22_AT,
        gold=r"22 W",
        pred=r"11 × 2",
        wrap=True,
        expected=True,
        why="3(b)(i): P = VI ... 11 × 2 (1), 22 W (1)",
    ),
    # S23: NCERT solution (LaTeX on the page)
    _c(
        S23,
        S23_AT,
        gold=r"4.8k\Omega",
        pred=r"4800\Omega",
        wrap=True,
        expected=True,
        why="R=\\frac{12}{0.0025}=4800\\Omega =4.8k\\Omega",
    ),
    _c(
        S23,
        S23_AT,
        gold=r"4.8k\Omega",
        pred=r"\frac{12}{0.0025}",
        wrap=True,
        expected=True,
        why="R=\\frac{12}{0.0025}=4800\\Omega =4.8k\\Omega",
    ),
    # S24: the same NCERT question, another site
    _c(
        S24,
        S24_AT,
        gold=r"4.8 kΩ",
        pred=r"12/(2.5xx 10^-3)",
        wrap=True,
        expected=True,
        why="R=12/(2.5xx 10^-3)=...=4.8 kOmega",
    ),
    # S25: OCR AS mark scheme posted on a teacher's blog ("x ≈ y" gives the rounded answer)
    _c(
        S25,
        S25_AT,
        gold=r"380 (Ω)",
        pred=r"375",
        wrap=True,
        expected=True,
        why="1(d)(i): resistance = 375 ≈ 380 (Ω) A1",
    ),
    _c(
        S25,
        S25_AT,
        gold=r"0.14 (C)",
        pred=r"0.144",
        wrap=True,
        expected=True,
        why="1(d)(ii)1: charge = 0.144 ≈ 0.14 (C) A1",
    ),
    _c(
        S25,
        S25_AT,
        gold=r"0.26",
        pred=r"0.259",
        wrap=True,
        expected=True,
        why="1(d)(ii)2: energy = 0.259 ≈ 0.26 A1",
    ),
    _c(
        S25,
        S25_AT,
        gold=r"0.26",
        pred=r"1.8 × 0.144",
        wrap=True,
        expected=True,
        why="1(d)(ii)2: W = 1.8 × 0.144 ... energy = 0.259 ≈ 0.26",
    ),
    # S26: OUP exam-style mark scheme (OCR Physics A, chapter 10, electrical circuits)
    _c(
        S26,
        S26_AT,
        gold=r"0.7 V",
        pred=r"0.6 V",
        wrap=True,
        expected=True,
        why="2ai: 0.7 V B1 Accept: 0.6 V",
    ),
    _c(
        S26,
        S26_AT,
        gold=r"12.0 V",
        pred=r"12 V",
        wrap=True,
        expected=True,
        why="3ai: 12.0 V B1 Allow: 12 V",
    ),
    # S27: the author's explanations of the chapter 15 quiz answers (Gibilisco, Teach Yourself
    # Electricity and Electronics 5e); the choices are values, stored as values
    _c(
        S27,
        S27_AT,
        gold=r"-j",
        pred=r"1 / j",
        wrap=True,
        expected=True,
        why="2: The reciprocal of j equals its negative. That is, 1 / j = -j",
    ),
    _c(
        S27,
        S27_AT,
        gold=r"2 + j2",
        pred=r"(-1 + j7) + (3 - j5)",
        wrap=True,
        expected=True,
        why="4: the sum we seek equals 2 + j2",
    ),
    _c(
        S27,
        S27_AT,
        gold=r"2 + j2",
        pred=r"(3 - j5) + (-1 + j7)",
        wrap=True,
        expected=True,
        why="5: the sum we seek equals 2 + j2 (commutative law)",
    ),
    _c(
        S27,
        S27_AT,
        gold=r"-4 + j12",
        pred=r"(-1 + j7) - (3 - j5)",
        wrap=True,
        expected=True,
        why="6: The difference we seek equals -4 + j12",
    ),
    # S28: tutor's RC time constant
    _c(
        S28,
        S28_AT,
        gold=r"2 s",
        pred=r"20*10^3 * 100*10^-6",
        wrap=True,
        expected=True,
        why="R*C = 20*10^3 * 100*10^-6 = 2000*10^-3= 2 s",
    ),
    _c(
        S28,
        S28_AT,
        gold=r"2 s",
        pred=r"2000*10^-3",
        wrap=True,
        expected=True,
        why="R*C = 20*10^3 * 100*10^-6 = 2000*10^-3= 2 s",
    ),
    # S29: worked solution (Wolfson, Essential University Physics ch. 25 problem 54)
    _c(
        S29,
        S29_AT,
        gold=r"15 ms",
        pred=r"3(5.0 ms)",
        wrap=True,
        expected=True,
        why="a) t = 3(5.0 ms) = 15 ms",
    ),
    # S30: the author's list of mistakes in his book
    _c(
        S30,
        S30_AT,
        gold=r"18",
        pred=r"10",
        wrap=True,
        expected=False,
        why="p. 65: The atomic weight of H2O is 18, not 10",
    ),
    _c(
        S30,
        S30_AT,
        gold=r"32",
        pred=r"16",
        wrap=True,
        expected=False,
        why="p. 65: The atomic weight of O2 is 32, not 16",
    ),
    # S31: army correspondence course, prefix conversion
    _c(
        S31,
        S31_AT,
        gold=r".038 megohms",
        pred=r"38 kilohms",
        wrap=True,
        expected=True,
        why="frame 125: Your answer then becomes 38 kilohms = .038 megohms",
    ),
    # S32: instructor's solutions to two versions of a phasor test (angles asked in -180..180;
    # the chains are equalities on the page)
    _c(
        S32,
        S32_AT,
        gold=r"625∠40°",
        pred=r"625∠400°",
        wrap=True,
        expected=True,
        why="version 1, 2(a): ( 5∠100°)4 = 625∠400° = 625∠40°",
    ),
    _c(
        S32,
        S32_AT,
        gold=r"256∠80°",
        pred=r"256∠440°",
        wrap=True,
        expected=True,
        why="version 2, 2(a): ( 4∠110°)4 = 256∠440° = 256∠80°",
    ),
]
