r"""A ninetieth fresh set of answer-equivalence cases (evaluation only; helper "b": scientific
notation, significant figures and engineering prefixes in chemistry, physics and electronics keys --
a number in scientific notation against its decimal form, a rounded answer against a more or less
precise one, a quantity written with one SI prefix against the same quantity in another prefix, in
base units or in words -- where an answer key, a keyed multiple-choice question, a markscheme, a
homework system's help page, a worked textbook solution or a teacher's or tutor's page settles
which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of the other rounds,
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh90_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh90_b2.py and bench/equiv_fresh90_b3.py (same rules; their sources
are listed below too).

Transcription: strings are copied as the stored page shows them, spacing, capitals and signs
included ("1 000 mA" and "97 600 kHz" with their spaces, "2.2 KΩ" with a capital K, "1 Mhz", "150.
ms" with its point, "1 u fd", "0.1 µF" and "0.1μF" with the micro sign each page uses, "3.6×10⁶"
with superscripts); LaTeX is kept as LaTeX, and only inline-math delimiters are dropped ($...$ and
$$...$$ on gradesaver, #...# on socratic), with the sentence-final period inside gradesaver's "$$1.5
\ MHz.$$". A markscheme's unit in round brackets ("8.31 ( minutes )") is written without the
brackets; gradesaver 1.50's rounded "0.0820" is printed without the kg of its question and is taken
as printed. Where a page states a conversion "A = B" in answer to "convert A" or "rewrite A in ...",
the gold is the converted quantity B and the pred the given A, which the page states is equal; where
it lists more forms ("A = B (or C)", "A = B = C"), the form the exercise asks for, or else the
middle one, is the gold and each other form a True case. In a keyed multiple-choice question the
keyed option is the gold, each other option a False case, and the quantity in the question stem a
True case when the question asks for its equal (ham-radio pool T5B01 "How many milliamperes is 1.5
amperes?", T5B02 "... 1,500,000 hertz?"); on copaseticflow the key letter is glued to the question
number ("186T5B01C" is question 186, pool item T5B01, key C). On slideserve's slide "Whole Values
...: 3000 volts 1000 amps 5,000,000 ohms 0.000001 farads 560,000 hertz" and "Prefixes are added ...:
3 K volts 1 K amps 5 M ohms 1 u farad 560 K Hertz" the two lists are paired in order. The LON-CAPA
cases hold under the significant-figure setting the help page names ("3" refuses "1.3" for "1.30";
"3,4" accepts "1.300"), as each ``why`` says.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.ontrack-media.net "science/SM0tests/sm0l12atest.html" (a chemistry unit test with feedback:
  density from five trials "C. 2.27 g/mL Correct! ... should have 3 significant figures", "A. 2
  g/mL Incorrect.", "D. 2.268 g/mL Incorrect."). 2 cases (2 False).
- www.gradesaver.com Chemistry: The Central Science 13e, exercise 1.41d (answer
  "$8.69\times10^{-2}$"; work "0.086853\approx0.0869$ Rewrite 0.0869 in scientific notation").
  1 case.
- www.gradesaver.com Chemistry: Principles and Practice 3e, exercise 1.50 ("round to even to get
  0.0820 ... scientific notation ... 8.20 x 10$^{-3}$ kg"). 1 case.
- s10.lite.msu.edu LON-CAPA help "Significant_Figures.hlp" ("the system will require the students
  to type "1.30", even though numerically, "1.3" and "1.30" are the same"; ""3,4" means both "1.30"
  and "1.300" are acceptable"). 2 cases (1 False).
- wimsedu.info WIMS source browser, help of the answer type "sigunits" ("1m#3 means 1 meter with 3
  significant digits. Synonyms: 1.00m, 0.00100 km."). 1 case.
- www.stuvia.com document 10316910 "CHEM 104 final exam questions and answers" (a chemistry test
  bank with "- ANS" keys: "28.58/16x8.02 ... A) 0.22 mL ... C) 0.223 mL - ANS A) 0.22 mL"; "7.5 g +
  2.26 g + 1.311 g + 2 g is A) 10 g. B) 13 g. C) 13.0 g. D) 13.071 g. E) 13.1 g. - ANS B) 13 g.";
  "Which of the following measurements are NOT equivalent? A) 183 L = 0.183 kL B) 24 dL = 2.4 L C)
  84 cm = 8.4 mm D) 25 mg = 0.025 g E) 150. ms = 0.150 s - ANS C)"; "30.4 lb ... E) 14 kg - ANS C)
  13.8 kg"). 11 cases (7 False).
- www.chemignite.com "general-chemistry/significant-figures" ("3,600,000 can be written as
  3.6×10⁶", "0.00045 can be written as 4.5×10⁻⁴"). 2 cases.

Sources of bench/equiv_fresh90_b2.py:

- socratic.org question 57d6433bb72cff0a5efe817a (answer "#2.0000 * 10^(3)#": "the scientific
  notation for #2000.0 = 2.0000 * 10^(3)#"). 1 case.
- www.wyzant.com answer 709883 (3.20 x 10^-4 in decimal notation: "this number becomes .000320 ...
  I can equally have written 0.000320."). 1 case.
- slideplayer.com slide 7796037 (sig-fig practice answers: "ROUNDED ANS: 11.1 g OR CHANGE TO ...
  mg ... ROUNDED ANS.: 11100 mg"). 1 case.
- library.tis.today copy of the IB question bank, question 460077 (17N.1.SL.TZ0.T_3, light from
  the Sun: "= 8.31 ( minutes ) ( 8.31111 , 8 minutes 19 seconds )"). 2 cases.
- issuhub.com book 3776 (Bird, Basic Engineering Mathematics), page index 71 (problems 8-10:
  "0.056mA= ... = 56 μA", "16700kHz= ... =16.7MHz", "3100pF= ... =3.1 nF", "3.375kg= ... =3375g")
  and page index 67 ("15GHz and is equal to 15 thousand million hertz", "which is 15000000000
  hertz"; 40MV; 12mH "which is 0.012H ... 12 thousandths of a henry"). 10 cases.
- www.taylorfrancis.com chapter 10.4324/9781315889764-8 (abstract of the same author's units
  chapter: "80kV ... which means 80000 volts", "25mA ... 0.025 amperes", "50nF ... 0.000000050
  farads"). 3 cases.
- frankshospitalworkshop.com "electronics/training_course_principles.html" ("1 A = 1 000 mA", "100
  kΩ = 100 000 Ω (or 0.1 MΩ)", "97.6 MHz = 97 600 kHz (or 97 600 000 Hz)", "100 nF = 0.1 µF (or 100
  000 pF)", "2.2 KΩ = 2 200 Ω"). 8 cases.
- electricalandelectronicsengineering.com "top-7-prefixes-in-electrical-and-electronics-engineering"
  ("Express 33000 V in kilovolts ... = 33 kV"; "Express 0.222 A in milliAmps ... = 222 mA").
  2 cases.
- www.gradesaver.com Elementary Technical Mathematics, section 3.5 exercise 31 ("$$1500 \ KHz=
  1500\times 10^{-3} \ MHz=1.5 \ MHz.$$"). 2 cases.
- electronicsfrombasic.blogspot.com 2012/10 "capacitors-part-2" ("100,000pF = 0.1μF =
  0.0000001F"). 2 cases.

Sources of bench/equiv_fresh90_b3.py:

- www.hamradioschool.com "post/match-prefixes-for-electrical-measures" (Technician pool T5B03 with
  its options: "a kilovolt is 1,000 volts. The correct answer ... is C. One thousand volts").
  4 cases (3 False).
- copaseticflow.blogspot.com 2014/07 "converting-metric-units-ham-radio-exam" (keyed pool items
  T5B01 and T5B02 with their options; "3.525 megahertz ... = 3,525,000 Hertz", "3,525,000 hertz /
  1000 = 3525 kilohertz"). 10 cases (6 False).
- hamradioacademy.com "technician-ammeter-current-display" (T5B06: "A. 0.003 amperes B. 0.3 amperes
  C. 3 amperes D. 3,000,000 amperes ... our answer is then C. 3 amperes."). 3 cases (3 False).
- www.slideserve.com johnathanb "scientific-and-engineering-notation" slides ("5,000,000. = 5 M
  ohms", ".000001 fd = 1 u fd", and the paired lists of whole values and prefixed values).
  5 cases.
- studylib.net document 18299912 "Math Refresher" (an amateur-radio class: "1,000 Hz = 1 kHz",
  "1,000,000 Hz = 1 Mhz", "1 Megahertz (MHz) or 1,000 kilohertz (kHz)", "7125 kHz = 7.125 MHz",
  "3525 kHz = 3,525,000 Hz", "3.525 MHz = 3525 kHz"). 6 cases.
- www.hsdivers.com "Ham/Mod4.html" ("144 Mhz would be 144,000,000 Hz and 1 micro amp would be
  .000001 amps"; "1 micro amp (commonly shown as 1 uamp)"). 3 cases.

83 cases in all (22 False): 20 here (10 False), 32 in bench/equiv_fresh90_b2.py (none False), 31 in
bench/equiv_fresh90_b3.py (12 False).

Left out, by rule: forms whose power of ten the text conversion flattened, split or put on a line
of its own ("15× 109 Hz", "80× 103V", "25× 10−3A" and "3. 1 × 10 −^9 F" on the Bird pages, which are
used only through their plain and prefixed forms; "4.7× 10 −^9 F" for 47 ÷ 10^10 F and "63× 104 V=
630 × 103 V=630kV", whose given quantity is itself flattened; the IB markscheme's part (b) "3.06 ×
10 9" and its refused "30.6 × 10 8"; wyzant 709883's "3.20 x10-4"; the ontrack question "3.5680 ×
102 grams"); the Bird pages' decimals split by a stray space ("14 .7m", "2 .76m", "43 .645kN",
"74 .5mA"); ontrack's garbled option "B. 2 3 g/mL"; ontrack's questions that ask only how many
significant figures a measurement has (bare counts, not forms of a quantity); the test bank's
options that are other values rather than other forms (stuvia 10316910's "14 mL", "14.3 mL" and
"57 mL", read from a fraction the conversion flattened to "28.58/16x8.02", and its "66.88 kg", "66.9
kg", "67 kg" from multiplying instead of dividing) and its rounding question, whose correct
roundings are not printed; tolerance windows of homework systems, which accept nearby values rather
than other forms (webassign.net's significant-figure checking pages: "Answers counted as correct
3900, 4.0e3, 4100, 4200, 4300" for 4100, "320, 330, and 340 would all be accepted"); refusals that
are only about input syntax when the value is the same; definitions without a question
(copaseticflow's "a kilohertz is one thousand hertz"; its prefix table's ".0000000000001 or 1E12"
for pico is misprinted); threads where the verdict is disputed (physicsforums 398632 "0,098 =
0,10 ?", 694681 "Why only 2 sig. fig.?", 148424, where one reply calls any close answer correct;
the math-teach nabble thread on 255,000 as 2.55 x 10^5).

Examined and not used: curioustab.com and cdquestions.com prefix and speed-of-light questions
(machine-written explanations, as earlier sets judged); quizpath.in 4511 (provenance unclear, its
LaTeX doubled by the conversion); engineerscommunity.com "4k7" (reads as machine-written);
bulkcalculator.com, calculator.city, smartsolve.ai, studyquestionhub, learnexams, qammunity,
preppacademy, phys141.pages.dev and other generated pages; lampz.tugraz.at E-notation,
physicsforums 564843, scribd 579418714, 709620786 and 701345981, IB question 463308, studylib
7978730 and the armyintelligence.tpub.com IT0332 frames (used by earlier sets);
courses.washington.edu's WebAssign sig-fig page and sarthaks, bartleby, appspot, Pearson channels
and knowt pages (their powers of ten were flattened); allaboutcircuits.com's and mrs-o-c.com's
worksheets and the moodle.weltec.ac.nz solutions (the answers are not in the stored text);
thoughtco/about.com's sig-fig test, OpenStax on flipbuilder, amburnclasses and slideserve agalia
(rounding results with no second form of the same answer); raneychemistry, coursepaper and docplayer
28514350 (keys or numbers not stored); slideplayer 13757247 and vespr.org (copies of slideserve
johnathanb and of socratic); the issuhub page index 70 (only split decimals).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ONT = "www.ontrack-media.net"
ONT_SM12 = "https://www.ontrack-media.net/science/SM0tests/sm0l12atest.html"
GS = "www.gradesaver.com"
GS_CS141 = (
    "https://www.gradesaver.com/textbooks/science/chemistry/"
    "chemistry-the-central-science-13th-edition/"
    "chapter-1-introduction-matter-and-measurement-exercises-page-36/1-41d"
)
GS_PP150 = (
    "https://www.gradesaver.com/textbooks/science/chemistry/"
    "chemistry-principles-and-practice/"
    "chapter-1-introduction-to-chemistry-questions-and-exercises-exercises-page-34/1-50"
)
LON = "s10.lite.msu.edu"
LON_SIGFIG = "https://s10.lite.msu.edu/adm/help/Significant_Figures.hlp"
WIMS = "wimsedu.info"
WIMS_SIGUNITS = (
    "https://wimsedu.info/websvn/filedetails.php?path=%2Ftrunk%2F"
    "wims%2Fpublic_html%2Fscripts%2Fhelp%2Fanstype%2Fsigunits.phtml&repname=wimsdev"
)
STU = "www.stuvia.com"
STU_CHEM104 = (
    "https://www.stuvia.com/en-ca/doc/10316910/"
    "chem-104-final-exam-questions-and-answers.-verified-2026."
)
CHI = "www.chemignite.com"
CHI_SIGFIG = "https://www.chemignite.com/general-chemistry/significant-figures"
# sources of bench/equiv_fresh90_b2.py
SOC = "socratic.org"
SOC_E817A = "https://socratic.org/questions/57d6433bb72cff0a5efe817a"
WYZ = "www.wyzant.com"
WYZ_709883 = (
    "https://www.wyzant.com/resources/answers/709883/"
    "convert-the-following-number-to-decimal-notation-keeping-the-same-number-of"
)
SLP = "slideplayer.com"
SLP_7796037 = "https://slideplayer.com/slide/7796037/"
TIS = "library.tis.today"
TIS_460077 = (
    "https://library.tis.today/QuestionBanks/v5/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/50-dp-mathematics-analysis-and-approaches/questions/460077.html"
)
ISS = "issuhub.com"
ISS_3776_71 = "https://issuhub.com/view/index/3776?pageIndex=71"
ISS_3776_67 = "https://issuhub.com/view/index?id=3776&pageIndex=67"
TF = "www.taylorfrancis.com"
TF_CH8 = "https://www.taylorfrancis.com/books/9781134512638/chapters/10.4324/9781315889764-8"
FHW = "frankshospitalworkshop.com"
FHW_PRIN = "http://frankshospitalworkshop.com/electronics/training_course_principles.html"
EEE = "electricalandelectronicsengineering.com"
EEE_PREF = (
    "https://electricalandelectronicsengineering.com/"
    "top-7-prefixes-in-electrical-and-electronics-engineering"
)
GS_ETM31 = (
    "https://www.gradesaver.com/textbooks/math/applied-mathematics/"
    "elementary-technical-mathematics/"
    "chapter-3-section-3-5-time-current-and-other-units-exercise-page-149/31"
)
EFB = "electronicsfrombasic.blogspot.com"
EFB_CAP2 = "https://electronicsfrombasic.blogspot.com/2012/10/capacitors-part-2.html"
# sources of bench/equiv_fresh90_b3.py
HRS = "www.hamradioschool.com"
HRS_T5B03 = "https://www.hamradioschool.com/post/match-prefixes-for-electrical-measures"
COP = "copaseticflow.blogspot.com"
COP_HAM = "http://copaseticflow.blogspot.com/2014/07/converting-metric-units-ham-radio-exam.html"
HRA = "hamradioacademy.com"
HRA_T5B06 = "https://hamradioacademy.com/technician-ammeter-current-display/"
SLS = "www.slideserve.com"
SLS_SEN = (
    "https://www.slideserve.com/johnathanb/"
    "scientific-and-engineering-notation-powerpoint-ppt-presentation"
)
STL = "studylib.net"
STL_18299912 = "https://studylib.net/doc/18299912/math-refresher"
HSD = "www.hsdivers.com"
HSD_MOD4 = "http://www.hsdivers.com/Ham/Mod4.html"

CASES = [
    # ontrack-media sm0l12atest: density to the correct number of significant figures
    _c(
        ONT,
        ONT_SM12,
        gold=r"2.27 g/mL",
        pred=r"2.268 g/mL",
        wrap=True,
        expected=False,
        why="'C. 2.27 g/mL Correct! ... 3 significant figures'; 'D. 2.268 g/mL Incorrect.'",
    ),
    _c(
        ONT,
        ONT_SM12,
        gold=r"2.27 g/mL",
        pred=r"2 g/mL",
        wrap=True,
        expected=False,
        why="'C. 2.27 g/mL Correct!'; 'A. 2 g/mL Incorrect. The calculation cannot be ...'",
    ),
    # gradesaver, Chemistry: The Central Science 13e, 1.41d: 0.0588/0.677 to 3 s.f.
    _c(
        GS,
        GS_CS141,
        gold=r"8.69\times10^{-2}",
        pred=r"0.0869",
        wrap=True,
        expected=True,
        why=r"'$8.69\times10^{-2}$'; '0.086853\approx0.0869$ Rewrite 0.0869 in scientific ...'",
    ),
    # gradesaver, Chemistry: Principles and Practice 3e, 1.50(a): 0.08205 kg to 3 s.f.
    _c(
        GS,
        GS_PP150,
        gold=r"8.20 x 10^{-3} kg",
        pred=r"0.0820",
        wrap=True,
        expected=True,
        why="'round to even to get 0.0820. ... to get 8.20 x 10$^{-3}$ kg'",
    ),
    # LON-CAPA help Significant_Figures.hlp: a required number of significant digits
    _c(
        LON,
        LON_SIGFIG,
        gold=r"1.30",
        pred=r"1.3",
        wrap=True,
        expected=False,
        why="spec 3: 'the system will require the students to type \"1.30\" ...'",
    ),
    _c(
        LON,
        LON_SIGFIG,
        gold=r"1.30",
        pred=r"1.300",
        wrap=True,
        expected=True,
        why="'A significant figure specification of ... \"3,4\" means both ... are acceptable'",
    ),
    # WIMS answer type sigunits (help page): a quantity with 3 significant digits
    _c(
        WIMS,
        WIMS_SIGUNITS,
        gold=r"1.00m",
        pred=r"0.00100 km",
        wrap=True,
        expected=True,
        why="'1m#3 means 1 meter with 3 significant digits. Synonyms: 1.00m, 0.00100 km.'",
    ),
    # stuvia 10316910, CHEM 104 test bank with keys: significant figures, metric equivalents
    _c(
        STU,
        STU_CHEM104,
        gold=r"0.22 mL",
        pred=r"0.223 mL",
        wrap=True,
        expected=False,
        why="4) volume from measured numbers: '... C) 0.223 mL ... - ANS A) 0.22 mL'",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"13 g",
        pred=r"13.0 g",
        wrap=True,
        expected=False,
        why="5) '7.5 g + 2.26 g + 1.311 g + 2 g is ... C) 13.0 g. ... - ANS B) 13 g.'",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"13 g",
        pred=r"13.071 g",
        wrap=True,
        expected=False,
        why="5) '7.5 g + 2.26 g + 1.311 g + 2 g is ... D) 13.071 g. ... - ANS B) 13 g.'",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"13 g",
        pred=r"13.1 g",
        wrap=True,
        expected=False,
        why="5) '7.5 g + 2.26 g + 1.311 g + 2 g is ... E) 13.1 g. - ANS B) 13 g.'",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"13 g",
        pred=r"10 g",
        wrap=True,
        expected=False,
        why="5) '7.5 g + 2.26 g + 1.311 g + 2 g is A) 10 g. ... - ANS B) 13 g.'",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"0.183 kL",
        pred=r"183 L",
        wrap=True,
        expected=True,
        why="6) 'NOT equivalent? A) 183 L = 0.183 kL ... - ANS C) 84 cm = 8.4 mm' (A holds)",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"2.4 L",
        pred=r"24 dL",
        wrap=True,
        expected=True,
        why="6) 'NOT equivalent? ... B) 24 dL = 2.4 L ... - ANS C) 84 cm = 8.4 mm' (B holds)",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"8.4 mm",
        pred=r"84 cm",
        wrap=True,
        expected=False,
        why="6) which are NOT equivalent? '... - ANS C) 84 cm = 8.4 mm'",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"0.025 g",
        pred=r"25 mg",
        wrap=True,
        expected=True,
        why="6) 'NOT equivalent? ... D) 25 mg = 0.025 g ... - ANS C) 84 cm = 8.4 mm' (D holds)",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"0.150 s",
        pred=r"150. ms",
        wrap=True,
        expected=True,
        why="6) 'NOT equivalent? ... E) 150. ms = 0.150 s - ANS C) 84 cm = 8.4 mm' (E holds)",
    ),
    _c(
        STU,
        STU_CHEM104,
        gold=r"13.8 kg",
        pred=r"14 kg",
        wrap=True,
        expected=False,
        why="8) 'How many kilograms are in 30.4 lb? 1 kg = 2.20 lb ... E) 14 kg - ANS C) 13.8 kg'",
    ),
    # chemignite significant-figures page: numbers in scientific notation
    _c(
        CHI,
        CHI_SIGFIG,
        gold=r"3.6×10⁶",
        pred=r"3,600,000",
        wrap=True,
        expected=True,
        why="'A large number like 3,600,000 can be written as 3.6×10⁶ in scientific notation.'",
    ),
    _c(
        CHI,
        CHI_SIGFIG,
        gold=r"4.5×10⁻⁴",
        pred=r"0.00045",
        wrap=True,
        expected=True,
        why="'A small number like 0.00045 can be written as 4.5×10⁻⁴ in scientific notation.'",
    ),
]
