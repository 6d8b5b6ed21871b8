r"""A ninety-seventh fresh set of answer-equivalence cases (evaluation only; helper "b": high-school
and first-year physics answer keys -- kinematics, forces, energy, momentum, waves and circuits --
where a mark scheme, a teacher's answer key, a worked solution, a textbook passage or a forum thread
settles which forms of an answer are the same: units written in other forms (m/s and km/h, N and kg
m/s^{2}, J and kJ, Pa and kPa), prefixes, rounding and significant figures a key accepts, vectors
given as a bearing, an angle or i, j components, a sign against a compass word; and which forms are
refused for a wrong unit, a wrong conversion or a wrong sign).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh97_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the domain
of the stored copy (for proxied scribd copies, the proxy's domain) and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpts) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh97_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them ("3.88 (m/s)" and "24 500 (J)" with
the schemes' bracketed units, "30 000 Pa" with its space, "100,000 centimeters" with its comma, "1N"
and "1400m" without a space, "−55 km/hr" and "−140°" with the page's minus sign, "m/sec^2" and
"m/s^{2}" as typed). Mark schemes: a form the scheme joins to the answer by "OR" or "/", an "accept
/ allow X" form, or a form in the notes column beside the answer (the Edexcel-style scheme
700609407: "3.88 (m/s) 3.9, 3.876") is a True case against the first form printed; where the first
form's superscript was flattened ("3 × 104 Pa OR 30 000 Pa OR 30 kPa") the gold is the next form. A
bracketed unit is the schemes' convention for a unit not required and is kept as printed. A
teacher's answer key that writes the answer and then its working ("Answer [ 0.11 N] Eg ... = 0.108
N") gives the answer as the gold and the working's value as a True pred. Worked conversions that
write "given = ... = answer" (coursehero 11640, CPO skill sheets, shaalaa, kofastudy,
engineerstudent, bainite) give the form the exercise asks for (where the question is not stored, the
form the chain ends on) as the gold and the other member of the chain, which the page writes as
equal, as the pred; "≈"/"~" roundings on the page (bainite "1.368 g ~ 1.4 g") are taken as the
page's own equal forms. Math delimiters ($...$, $$...$$, [itex]...[/itex]) are dropped and the LaTeX
inside kept (kofastudy "10 \: ms^{-1}"; physicsforums 717239 "-\frac{2}{a^3}"); a left side ("θ =",
"(v=)", "S =") is dropped. The OU page's directions are read with its stated axes (i is 1 km East, j
is 1 km North); pahrephysics and engineerstudent give their sign conventions (north positive; motion
to the right positive). Forum threads and the Q&A page: the book's or the key's answer is the gold
and the student's refused answer the pred, where the reply or the key settles it and the student
does not dispute it.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- scribd.com "document/700609407/Movement-and-Position-1-MS" (Edexcel IGCSE mark scheme: "(v=) 3.88
  (m/s) 3.9, 3.876"; "63.7 (N) 63.684 (N) -1 for incorrect rounding"; "= 3.0 (kg m/s) allow 3,
  2.99"). 5 cases.
- www.scribd.com "document/716034831/18-2-Pressure-CIE-IGCSE-Physics-Ext-Theory-Ms" (CIE IGCSE
  pressure mark scheme 2: "84 N OR 84.0 N"; "30 000 Pa OR 30 kPa"). 2 cases.
- www.scribd.com "document/716034830/18-1-Pressure-CIE-IGCSE-Physics-Ext-Theory-Ms" (mark scheme 1:
  "= 3.9 m OR 4 m"). 1 case.
- ptop.only.wip.la proxy copy of scribd 812412466 "igcse general physics mark scheme" ("54 000 m or
  54 km"). 1 case.
- www.scribd.com "document/677144724/GCSE-AQA-Energy-Stores-and-Changes-MS" ("24 500 (J) accept 25
  000 (J) (2 significant figures)"). 1 case.
- ar.scribd.com "document/78222007/Answer-for-Workbook-Chapter-7" (Science in Focus physics workbook
  answers: "50 000 J or 50 kJ"; "72 km in 1 hr = 72000 m in 3600 s = 20 m in 1 s = 20 m/s"). 2
  cases.
- pdfslide.us copy of the CPO "Skill and Practice" answer keys ("100,000 centimeters = 1 kilometer";
  "739.8 gallons (... 740 gallons is a precise enough answer.)"; "1 quart = 0.946 liters, or 946
  milliliters"; "93,000,000 miles = 150,000,000 kilometers"; "121,477 hours = 13.9 years"). 5 cases.
- www.coursehero.com "file/11640/HW-1-sol2/" (P112 homework solutions: "1228.0 km/h = 341.1 m/s";
  "21 mi/gal = ... = 8.8 km/L"; "8.8 km ... 100/8.8 = 11.4 L/100km"; "6 L/100km = 2.5 gal/100mi.
  That's 40 mi/gal."). 5 cases.
- physicstwyford.blogspot.com "2018/01/weight-of-pen.html" (a teacher's mark scheme: "Answer [ 0.11
  N] Eg ... = 0.108 N"; "Answer [ 0.03 N ] Eg ... W = 0.0275 N"). 2 cases.
- www.shaalaa.com question bank solution 29779 ("72 km/hr = 72(1000)/3600 m/s = 20 m/s"). 1 case.
- www.kofastudy.com SS1 physics week 4 "speed-velocity-acceleration" (Example 4.5.1 (i): "Convert 36
  km/hr to ms-1 ... = 10 ms^{-1}"). 1 case.

Sources of bench/equiv_fresh97_b2.py:

- www.dripread.com "book/modellingdisplacementsandvelocities/page/7" (a copy of the Open University
  text: "N 40° E ... θ = 90° − 40° = 50°"; "S 50° W ... θ = −(90° + 50°) = −140°"; "θ = −70° ... The
  bearing is S 20° E"; "θ = 120° ... The bearing is N 30° W"; "d = 77i + 286j ... 296 km at N 15° E,
  as claimed"). 5 cases.
- www.safaribooksonline.com "heat-transfer-theory/9789332514850/xhtml/appendix002.xhtml" (Table B 2:
  "1N=1 kg m/s^{2}", "1W=1 J/s", "1 Pa=1 N/m^{2}", "1 J=1N m", "1V=1 W/A"). 5 cases.
- pahrephysics.com "eBook-SB/BookInd-719.html" (CPO physics e-book: "+55 km/hr" north, "−55 km/hr
  would mean the same speed but traveling south"). 2 cases (1 False).
- engineerstudent.co.uk "kinematics_constant_speed.php" ("+ 10m/s or simply 10m/s", "<- 10m/s will
  be denoted by -10m/s"; "50 km/h = ... = 13.9 m/s"; "12 km/h = ... =200 m/min"; "1400m or 1.4km").
  5 cases (1 False).
- bainite.wordpress.com "category/mathematics/" (a blog's rally-car sum: "60 mph is 26.8224 m/s";
  "13.4112 m/s^2 = ... = 1.368 g ~ 1.4 g"; "26.8224 m ~ 26.8 m"). 4 cases.
- www.physicsforums.com "threads/basic-kinematics.106341/" (BobG: "70 km/hr = 19.44 m/s", "110 km/hr
  = 30.56 m/s", "2.2 m/sec^2 (not 2.2 m/s)"; civil_dude: "70km/h does NOT = 7000 m/s"; the student's
  first "a = 8 km/h ... I am not even close"). 5 cases (3 False).
- www.physicsforums.com "threads/energy-in-simple-harmonic-motion.332213/" (the student's "2.25
  joules" against the book's "23 joules"; Tom Mattson: kN·cm "is not the same as Joules"). 1 case (1
  False).
- physics.stackexchange.com question 316075 (work by friction: the asker's "1.96 J", "But the answer
  was -1.96 J"). 1 case (1 False).
- www.physicsforums.com "threads/find-velocity-calculus-and-rates-of-change.717239/" (s = 1/t^2: the
  student's 1/a^3, 1, 1/8, 1/27 against the textbook's -2/a^3, -2, -1/4, -2/27). 4 cases (4 False).

58 cases in all (11 False): 26 here (0 False), 32 in bench/equiv_fresh97_b2.py (11 False).

Left out, by rule: forms whose superscripts the stored text flattened ("m/s2", "N/m2", "kg m s–1",
"m s−2", "3 × 104 Pa", "1.271 x 107 (N)", "7.35 × 105 Pa", the "60o East of North" degree signs of
studylib 27667447); ranges ("accept any number between 2.3 and 2.5 inclusive", "allow 40 to 43
(degrees)"); values a scheme accepts because another g was used, which are not the same number
("Allow use of g = 9.8(1) ... 7 059 276 or 7 052 080", "200 N accept 196 N", "Accept 10 «m s−2»");
forms a scheme gives only by a rule, not written out ("an answer that rounds to 0.67 scores 3
marks", "11280 N to at least 2 sig. figs.", "-1 for incorrect rounding"); marks for working rather
than for a form ("allow 24 500 (J) with no working shown for 2 marks"); coursehero 11640's "20/1.5 =
13.3 miles per hour" (a calculation, not a second form); the ohm row of Table B 2, whose symbol the
stored text garbled ("1 ς = 1 V/A"); civil_dude's own "it = 116.7 m/s" (a slip that BobG's "19.44
m/s" corrects); the "5 seconds is NOT 18000 hours" reply of physicsforums 106341, which the stored
copy of the thread cut off (it is only in an LLM-rewritten dataset copy).

Examined and not used: it.scribd 392639594, scribd 704723106, ja/id.scribd 267370380, ptop scribd
825885740 and 788099056, scribd 644415788, siteproxy scribd 720906251 and 859517556, studylib
26114131 and 26969204, scribd 636445046, 544299395, 57830026, 454922113, 721521758, 626053564,
690336695 and 744894142, ptop scribd 821424536 and 847994694, pilihbajumuslim proxy of scribd
776695537, coursehero 94600321, de.scribd 95030898, ininet.org, paperzz 7683702, sciwebhop wave
answers, twyfordigcsephysics 2013/11, thestudentroom 5225298, quizover OpenStax summary,
xceleratemaths "number/speed", gradesaver Essential University Physics (CLONE) chapter 1 #18,
courses.washington.edu WebAssign units page, pratts capahelp, gbadams WebAssign tips,
absoluteastronomy "Metre_per_second_squared" and its wikisum copy, brainscape (used by earlier
sets); scribd 307435310 and 722562733, physicstwyford 2013/12 springs (flattened superscripts);
physicstwyford 2012/12 (the same scheme as the 2018/01 post used here); scribd 682867617, paperzz
8257072, codestin scribd 825954752, scribd 534221429 (ranges); scribd 564198120, 706999557,
676104050, de.scribd 436836300 (single forms); ptop scribd 599504918 (only its summary stored);
2.zoppoz proxy of scribd 834868647 (IB scheme: «» units with flattened exponents, other-g values);
scribd 745497258 (word answers); physicsforums 954995, 694681, 936156 and 52396, physicsinventions
(sig-fig or sign verdicts disputed in the thread, or no key); gradesaver University Physics 2.16
(magnitude and sign given apart); studylib 8702640 (numbers split by the layout); irevise Leaving
Cert mocks, pdf-archive SQA Higher 2013 (general instructions only); nottingham.ac.uk xpert listing
(the same OU text as the dripread page); epo.org, skyscopes, issuhub 4342, ebooklibrary SI derived
unit (flattened exponents in the unit tables); generated or AI pages (kramizo mocks, questionai,
qammunity, gauthmath, edu.com, vaia, numerade, curioustab, topmygrade, gradora, revisesmarter,
phys141.pages.dev, 889521.com, aplailasain, physicstheories, HuggingFace Nemotron-CC-Math rows).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SCR = "scribd.com"
SCR_MP1 = "https://scribd.com/document/700609407/Movement-and-Position-1-MS"
WSCR = "www.scribd.com"
WSCR_PR2 = "https://www.scribd.com/document/716034831/18-2-Pressure-CIE-IGCSE-Physics-Ext-Theory-Ms"
WSCR_PR1 = "https://www.scribd.com/document/716034830/18-1-Pressure-CIE-IGCSE-Physics-Ext-Theory-Ms"
WSCR_ESC = "https://www.scribd.com/document/677144724/GCSE-AQA-Energy-Stores-and-Changes-MS"
PTOP = "ptop.only.wip.la"
PTOP_GEN = "https://ptop.only.wip.la:443/https/www.scribd.com/document/812412466/igcse-general-physics-mark-scheme"
ARS = "ar.scribd.com"
ARS_W7 = "https://ar.scribd.com/document/78222007/Answer-for-Workbook-Chapter-7"
PDS = "pdfslide.us"
PDS_CPO = "https://pdfslide.us/documents/ss-answer-key-physics-bv-fizzixhillerfizzixorguploads36493649855skillandpracticepdf.html"
CH = "www.coursehero.com"
CH_HW1 = "https://www.coursehero.com/file/11640/HW-1-sol2/"
PTW = "physicstwyford.blogspot.com"
PTW_PEN = "https://physicstwyford.blogspot.com/2018/01/weight-of-pen.html"
SHA = "www.shaalaa.com"
SHA_29779 = "https://www.shaalaa.com/question-bank-solutions/a-car-acquire-velocity-72-km-hour-10-second-starting-rest-find-1-acceleration-2-average-velocity-3-distance-travelled-this-time-rate-change-velocity_29779"
KOF = "www.kofastudy.com"
KOF_SVA = "https://www.kofastudy.com/courses/ss1-physics-1st-term/lessons/motion-week-4/topic/speed-velocity-acceleration/"
# sources of bench/equiv_fresh97_b2.py
DRP = "www.dripread.com"
DRP_P7 = "http://www.dripread.com/book/modellingdisplacementsandvelocities/page/7"
SAF = "www.safaribooksonline.com"
SAF_B2 = "https://www.safaribooksonline.com/library/view/heat-transfer-theory/9789332514850/xhtml/appendix002.xhtml"
PAH = "pahrephysics.com"
PAH_719 = "http://pahrephysics.com/eBook-SB/BookInd-719.html"
ENG = "engineerstudent.co.uk"
ENG_KCS = "http://engineerstudent.co.uk/kinematics_constant_speed.php"
BAI = "bainite.wordpress.com"
BAI_MATH = "https://bainite.wordpress.com/category/mathematics/"
PF = "www.physicsforums.com"
PF_106341 = "https://www.physicsforums.com/threads/basic-kinematics.106341/"
PF_332213 = "https://www.physicsforums.com/threads/energy-in-simple-harmonic-motion.332213/"
PF_717239 = (
    "https://www.physicsforums.com/threads/find-velocity-calculus-and-rates-of-change.717239/"
)
PSE = "physics.stackexchange.com"
PSE_316075 = "https://physics.stackexchange.com/questions/316075/work-done-involving-friction-and-other-external-forces"

CASES = [
    # scribd 700609407 'Movement and Position 1 MS' (Edexcel IGCSE, PhysicsAndMathsTutor): the notes column's accepted forms
    _c(
        SCR,
        SCR_MP1,
        gold=r"3.88 (m/s)",
        pred=r"3.9",
        wrap=True,
        expected=True,
        why="Q1(a)(ii): '(v=) 3.88 (m/s) 3.9, 3.876' (forms in the notes column)",
    ),
    _c(
        SCR,
        SCR_MP1,
        gold=r"3.88 (m/s)",
        pred=r"3.876",
        wrap=True,
        expected=True,
        why="Q1(a)(ii): '(v=) 3.88 (m/s) 3.9, 3.876' (forms in the notes column)",
    ),
    _c(
        SCR,
        SCR_MP1,
        gold=r"63.7 (N)",
        pred=r"63.684 (N)",
        wrap=True,
        expected=True,
        why="Q2(b)(ii): 'F2 = 110 x 22 / 38 ... 63.7 (N) 63.684 (N) -1 for incorrect rounding'",
    ),
    _c(
        SCR,
        SCR_MP1,
        gold=r"3.0 (kg m/s)",
        pred=r"3",
        wrap=True,
        expected=True,
        why="Q3(a)(ii): '(momentum =) 0.23 × 13 = 3.0 (kg m/s) allow 3, 2.99'",
    ),
    _c(
        SCR,
        SCR_MP1,
        gold=r"3.0 (kg m/s)",
        pred=r"2.99",
        wrap=True,
        expected=True,
        why="Q3(a)(ii): '(momentum =) 0.23 × 13 = 3.0 (kg m/s) allow 3, 2.99'",
    ),
    # scribd 716034831 '18-2 Pressure' (CIE IGCSE extended theory, mark scheme 2): forms joined by OR
    _c(
        WSCR,
        WSCR_PR2,
        gold=r"84 N",
        pred=r"84.0 N",
        wrap=True,
        expected=True,
        why="Q4(a)(ii): '84 N OR 84.0 N'",
    ),
    _c(
        WSCR,
        WSCR_PR2,
        gold=r"30 000 Pa",
        pred=r"30 kPa",
        wrap=True,
        expected=True,
        why="Q4(b)(i): '3 × 104 Pa OR 30 000 Pa OR 30 kPa accept N/m2'",
    ),
    # scribd 716034830 '18-1 Pressure' (CIE IGCSE extended theory, mark scheme 1)
    _c(
        WSCR,
        WSCR_PR1,
        gold=r"3.9 m",
        pred=r"4 m",
        wrap=True,
        expected=True,
        why="Q1(a)(iii): 'P = h ρ g in any form ... = 3.9 m OR 4 m'",
    ),
    # ptop.only.wip.la copy of scribd 812412466 'igcse general physics mark scheme'
    _c(
        PTOP,
        PTOP_GEN,
        gold=r"54 000 m",
        pred=r"54 km",
        wrap=True,
        expected=True,
        why="'54 000 m or 54 km A1'",
    ),
    # scribd 677144724 'GCSE AQA Energy Stores and Changes MS' (theonlinephysicstutor)
    _c(
        WSCR,
        WSCR_ESC,
        gold=r"24 500 (J)",
        pred=r"25 000 (J)",
        wrap=True,
        expected=True,
        why="'½ × 40 × 352 ... 24 500 (J) accept 25 000 (J) (2 significant figures)'",
    ),
    # ar.scribd 78222007, answers to the Science in Focus physics workbook, chapter 7
    _c(
        ARS,
        ARS_W7,
        gold=r"50 000 J",
        pred=r"50 kJ",
        wrap=True,
        expected=True,
        why="Exercise 7.1 '(2) 50 000 J or 50 kJ'",
    ),
    _c(
        ARS,
        ARS_W7,
        gold=r"20 m/s",
        pred=r"72 km in 1 hr",
        wrap=True,
        expected=True,
        why="'(3a) 72 km in 1 hr = 72000 m in 3600 s = 20 m in 1 s = 20 m/s'",
    ),
    # pdfslide.us copy of the CPO 'Skill and Practice' answer keys (skill sheets 2.1 and 2.2)
    _c(
        PDS,
        PDS_CPO,
        gold=r"100,000 centimeters",
        pred=r"1 kilometer",
        wrap=True,
        expected=True,
        why="Skill Sheet 2.1 part 7: '6. 100,000 centimeters = 1 kilometer'",
    ),
    _c(
        PDS,
        PDS_CPO,
        gold=r"739.8 gallons",
        pred=r"740 gallons",
        wrap=True,
        expected=True,
        why="Skill Sheet 2.2: '739.8 gallons (Since, building codes are listed in ranges, 740 gallons is a precise enough answer.)'",
    ),
    _c(
        PDS,
        PDS_CPO,
        gold=r"0.946 liters",
        pred=r"946 milliliters",
        wrap=True,
        expected=True,
        why="Skill Sheet 2.2: '1 quart = 0.946 liters, or 946 milliliters'",
    ),
    _c(
        PDS,
        PDS_CPO,
        gold=r"150,000,000 kilometers",
        pred=r"93,000,000 miles",
        wrap=True,
        expected=True,
        why="Skill Sheet 2.2 item 7: '93,000,000 miles = 150,000,000 kilometers'",
    ),
    _c(
        PDS,
        PDS_CPO,
        gold=r"13.9 years",
        pred=r"121,477 hours",
        wrap=True,
        expected=True,
        why="Skill Sheet 2.2 item 7: '121,477 hours = 13.9 years'",
    ),
    # coursehero 11640 'HW 1 sol2' (P112 Spring 2007 homework solutions): conversions written as equalities
    _c(
        CH,
        CH_HW1,
        gold=r"341.1 m/s",
        pred=r"1228.0 km/h",
        wrap=True,
        expected=True,
        why="2.: '1 km = 1000 m and 1 hr = 3600 s, therefore 1228.0 km/h = 341.1 m/s'",
    ),
    _c(
        CH,
        CH_HW1,
        gold=r"8.8 km/L",
        pred=r"21 mi/gal",
        wrap=True,
        expected=True,
        why="4.: '21 mi/gal = 21*1.6 km/3.8 L = 8.8 km/L'",
    ),
    _c(
        CH,
        CH_HW1,
        gold=r"11.4 L/100km",
        pred=r"8.8 km/L",
        wrap=True,
        expected=True,
        why="4.a: 'If the car goes 8.8 km with every liter of fuel, it will take 100/8.8 = 11.4 L/100km'",
    ),
    _c(
        CH,
        CH_HW1,
        gold=r"2.5 gal/100mi",
        pred=r"6 L/100km",
        wrap=True,
        expected=True,
        why="4.b: '6 L/100km = 2.5 gal/100mi. That's 40 mi/gal.'",
    ),
    _c(
        CH,
        CH_HW1,
        gold=r"40 mi/gal",
        pred=r"2.5 gal/100mi",
        wrap=True,
        expected=True,
        why="4.b: '6 L/100km = 2.5 gal/100mi. That's 40 mi/gal.'",
    ),
    # physicstwyford.blogspot.com 2018/01 'Weight of pen' (a teacher's posted mark scheme): answer and its e.g. working
    _c(
        PTW,
        PTW_PEN,
        gold=r"0.11 N",
        pred=r"0.108 N",
        wrap=True,
        expected=True,
        why="a: 'Answer [ 0.11 N] Eg Weight = 0.011 kg x 9.81 m s-2 = 0.108 N'",
    ),
    _c(
        PTW,
        PTW_PEN,
        gold=r"0.03 N",
        pred=r"0.0275 N",
        wrap=True,
        expected=True,
        why="bii: 'Answer [ 0.03 N ] Eg 0.11 N x 1 cm = W x 4 cm W = 0.0275 N'",
    ),
    # shaalaa.com question 29779 (worked solution): 72 km/hr in m/s
    _c(
        SHA,
        SHA_29779,
        gold=r"20 m/s",
        pred=r"72 km/hr",
        wrap=True,
        expected=True,
        why="'Final velocity (v) = 72 km/hr = 72(1000)/3600 m/s = 20 m/s'",
    ),
    # kofastudy.com SS1 physics, week 4 'Speed, Velocity & Acceleration', Example 4.5.1 (i)
    _c(
        KOF,
        KOF_SVA,
        gold=r"10 \: ms^{-1}",
        pred=r"36 \frac {km}{hr}",
        wrap=True,
        expected=True,
        why=r"'(i) Convert 36 $$\frac {km}{hr}$$ to ms-1 Solution: $$\frac {1000}{3600}\scriptsize \times 36 \\ \scriptsize = 10 \: ms^{-1}$$'",
    ),
]
