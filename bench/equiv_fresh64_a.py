r"""A sixty-fourth fresh set of answer-equivalence cases (evaluation only; helper "a": answers in
special notations -- angles in degrees-minutes-seconds against decimal degrees, radians against
degrees and multiples of pi, a quadrant bearing against an azimuth, scientific, E- and engineering
notation, logarithms of different bases, repeating decimals in dot, bar, "..." and "repeater"
notation, Roman numerals and a base-five numeral -- where an answer key, a worked solution, a
homework system's help page or a Q&A thread settles which forms are the same answer and which
are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against every /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh64_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh64_a2.py and
bench/equiv_fresh64_a3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored excerpt shows them: the prime and double prime
signs of paperzz (``11° 46′ 23″``), the ASCII ' and " of codecheck and jeopardylabs (with its
``62d44'12"``), gradesaver's ``61^{\circ} 14^{'} 24^{"}``, the Unicode minus sign and the
``\!`` spacing of the math.stackexchange copy (``2.5437065e\!−\!5``), the ``x`` of wtmaths's
``1.5 x 10^{11}``, the thousands commas of edurev (``2,004``). LaTeX stays LaTeX with the page's
``$`` delimiters dropped; socratic and mammothmemory write AsciiMath (``0.1bar(6)``,
``0.0dot2``), kept as written without socratic's ``#`` delimiters. A lead-in like ``x =`` or
``x ≈`` is dropped. Where a key lists several forms of one answer, the first (or the form the
question asks for) is the gold and each other form a True case; where a multiple-choice key marks
one option correct, each other option is a False case. Readings, each noted in ``why``: the
question behind a conversion (``Convert MMIV to ordinary numerals``) gives the gold, and the
given form, which the page states is equal, the pred; vespr's ``0.1666666666....`` loses the
full stop of its sentence; web2.0calc's refused form "the log of (9/4)" is written
``log (9/4)``.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- studylib.net doc 8240114 ("Some WebAssign operators" handout: "if your answer ... is the
  fraction 'one over sixty-four,' you may enter the response in any of these formats: 1/64
  0.015625 0.0156 .0156 1.5625E-2"; "e for scientific notation 1e3 = 1000"; "1E3 is the
  scientific notation for 1000"). 6 cases.
- www.colorado.edu physics/phys2010/phys2010_f97 Capa/help.html ("use the format 3.2E-8 ... or
  5.5E+11 or 5.5E11"; "write it as 200.0 or 200. ... or 2.00E2") and mistakes.html ("Scientific
  notation has the format 3.25E-8 ..., NOT 3.25E10-8, and NOT 3.25 10E-8, NOT 3.25*E-8"). 6 cases
  (3 False).
- kiwix.lukehooper.xyz copy of math.stackexchange 2964486 ("'e-5'=10^{-5} so your answer is:
  2.5437065\times10^{-5}"; "2.5437065e−5 is really 2.543706 \times 10^{−5}"). 2 cases.
- wtmaths.com prefixes.html ("Answer: 1.5 x 10^{11} ... 150 x 10^{9} =1.5 x 10^{11}";
  "Answer: 1.44 x 10^{-8}m ... 14.4 x 10^{-9}"). 2 cases.
- paperzz.com doc 9395437 (eSolutions manual 4-2 Degrees and Radians: "11.773° can be written as
  11° 46′ 23″", "87° 53′ 10″ can be written as about 87.886°" ...). 5 cases.
- www.gradesaver.com Precalculus (Sullivan, Concepts Through Functions 3rd ed.) 5.1 exercise 30
  ("61.24^{\circ} = 61^{\circ} 14^{'} 24^{"}" with the chain of equal forms). 3 cases.

Sources of bench/equiv_fresh64_a2.py (repeating decimals):

- cardifftutorcompany.co.uk practice questions 11-fractions-recurring-decimals (multiple choice
  with "CORRECT ANSWER" and worked solutions in dot notation: 0.7 dot 1 = 32/45 against 71/100,
  14/23 and 35/55; 0.dot 3 = 1/3 against 3/10 and 30/99; 0.dot 5 5 dot 3 = 553/999 against
  535/999, 611/999 and 255/331; 1/9 = 0.dot 1 against 0.dot 9 and 0.0 dot 1; 345/99 = 3.dot 4 dot
  8 against 3.4 dot 8, 3.44 dot 8 and 0.dot 4 dot 8). 21 cases (13 False).
- mammothmemory.net decimal-to-fraction-repeating ("0.dot2=0.222222 recurring", "0.dot2=2/9",
  "0.0dot2=2/90=1/45", with calculator checks "2div9=0.22dot2", "2div90=0.022dot2"). 7 cases.
- legacy.lwebs.ca "A student asks about repeating decimals" ("0.66666 repeater ... two thirds or
  2/3"; "21.66666 repeater is equal to 21 2/3"). 3 cases.
- www.superprof.co.uk fractions-to-reccuring-decimal ("0.343434... = 34/99"). 1 case.
- socratic.org "How do you convert 0.16 (6 repeating) to a fraction?" (three answers: 1/6 with
  "5/30=1/6", "0.1bar(6) = 1/6", "0.16bar6 -> 1/6"). 3 cases.
- vespr.org copy of socratic "How do you write 1/6 as a decimal?" (second answer: "1/6 =
  0.1666666666....", "1/6 = 0.1dot6", "rounded off - E.g. 0.167 but ... only an approximation of
  1/6"). 3 cases (1 False).

Sources of bench/equiv_fresh64_a3.py (angles, logarithms, Roman numerals, bases):

- codecheck.io wiley codecheck-bj-4-fundat-107 ("Latitude 40.25833 written as Latitude
  40°15'30""). 1 case.
- jeopardylabs.com print/quiz-2-review-472 (a surveying review: "What would the bearing be of
  62d44'12"" -- "N62 44' 12"E"). 1 case.
- sengpielaudio.com calculator-radians.htm (table "90° π/2 1.570796327, 60° π/3 1.047197551
  ..."; "1 radian = 360 / 2 π = 180 / π =57.295779513082320876798154814106 degrees"). 9 cases.
- web2.0calc.com questions/2-x-7 (CPhill's best answer on 4^x = 9: "x = log 9 / log 4 ... x ≈
  1.58"; "Some students - mistakenly - take the log of (9/4).....this is NOT the same thing as log
  9 / log 4"). 2 cases (1 False).
- socratic.org answers/240233 (2^x = 7: "x=log(7)/log(2)", boxed "x~~2.81"). 1 case.
- wiki.rmanhart.org copy of math.stackexchange 2833067 "Dividing logs with same base" (log 125 /
  log 25 = 1.5 = 3/2 = log_25 125, and "\log5 \neq 1.5"; Eric Wofsey: "\log 6-\log 3=\log(6/3)=\log
  2 but this is not the same as \frac{\log 6}{\log 3}"). 6 cases (2 False).
- edurev.in Olympiad Test: Roman Numbers - 2 and - 1 (worked solutions: "MMIV = 2,000 + 4 =
  2,004", "XLIV = 44", "2,011 = MMXI", "1,866 = MDCCCLXVI" ...). 10 cases.
- us.edugain.com grade-4 Roman-Numerals sample worksheet (answer key "2) XLIV (44)", "4) LII
  (52)", and the multiple-choice keys "7) a. LVII", "8) b. XXXI", "9) a. LIV", "10) a. XC" against
  the other options). 14 cases (12 False).
- zephyrus.co.uk numberanswer3 ("23 = 13 This is because you are changing a base five number to
  its base ten equivalent"; "13(base 10) = 23 (base 5)"). 1 case.

107 cases in all (32 False): 24 here (3 False), 38 in bench/equiv_fresh64_a2.py (14
False), 45 in bench/equiv_fresh64_a3.py (15 False).

Left out, by rule: refusals that are only about how a homework system reads an entry or counts
significant figures, when the value is the same (WebAssign's "O.015625", "0. 015625", "1.5625
E-2", "l/64", "0.0156 inches", "5,400"; CAPA's "NOT 3.2 E -8", "NOT 3.25 E -8", "0.4" for
"0.400", "0.5" for "0.500", "200" as one significant figure, "1/3" for "0.333", and "NOT 1/16, NOT
1:16, NOT 0.0625:1" for 0.0625, which the same line calls "(which is 1/16)"), and CAPA's "3.7E5 J"
against "3.71E5 J" (a significant-figure warning for a value inside the 1% the instructor says
CAPA accepts); the cut-off sentence on "3.6E5 J"; forms whose superscripts the conversion
flattened (CAPA's "3.2 x 10-8" and "5.5x1011"); a slip on the page itself (CAPA's help: "Don't
enter an answer like '0.4'. Enter it as '0.400' or '4.00E-2'", where 4.00E-2 is 0.04); Ethan
Bolker's "2.543706 \times 10^{−5} = 0.00002543706", which drops a digit of 2.5437065 (he
notes he did not check it); sengpielaudio's "360 / 2 π", which read left to right is 180π; the
first vespr answer's "1/6 is 0.166666666666666666666" (a finite decimal given as equal, which the
second answer calls an approximation); mammothmemory's Example 3, whose "Therefore
0.dot2=2/(9,000)" misprints 0.000dot2; edurev's "3396 = ... = MMMCCCXC VI" (a space inside the
numeral) and "7,192 = ... MMMMMMM..." (cut off); edugain's keys "1) LXIII seconds", "3) L", "5)
D" (no second form given); cardifftutorcompany's Question 6 (cut off).

Examined and not used: qammunity 3599566 and 11393715 (bearings; qammunity answers were treated
as machine-written by earlier sets); numbas.mathcentre.ac.uk question 22290 (used by
bench/equiv_fresh60_c.py); imathworks "Is ln and log the same thing" (claimed in fresh57);
bymath.com trigonometry section 2 and its copy mathplusfun.com (used by bench/equiv_fresh51_c2.py);
academic.brooklyn.cuny.edu decimalconvert, math.net.au bearings forum, jobzilla.ng 17660,
practicemathsqld and waeconline (used by fresh55 and later sets); thechemistrygeek.weebly.com
and bell.study (used by bench/equiv_fresh55_e.py); library.tis.today question 159794 (the same IB
question as v5 463308, used by bench/equiv_fresh55_e.py); gradesaver Precalculus 10th ed. review
48 (the same exercise as the 3rd-edition page used by fresh51); scribd 579418714 AQA standard form
mark scheme, studylib 7978730 and issuhub Bird (engineering notation whose superscripts were
flattened); courses.washington.edu WebAssign sig figs (only one pair, kept out); physicsforums
threads 954995 and 398632 (sig-fig verdicts disputed in the thread); help.pearsoncmg.com
radians_degrees (its pi symbols were lost); fedest 20070410053624AAaF3PA and questioncove
(arctan sign, not notation); tutorialhaven 335 (its key rounds 0.00456 to 0.0046 for three
significant figures); kwiznet and grabstudy (keys not stored); engineeringtoolbox and byjus
Roman numerals (the former has "IX => 1 + 10 = 9"); the AI or generated pages met on the way
(questionai, gauthmath, edu.com, smartsolve, mathix, sorumatik, newblackstudios, monithon,
topmygrade, openknowledgegraph, phys141.pages.dev, calcsolver, corca, mathway, studyquestionhub,
mis.kyeop.go.ke, quizgecko, solveeit, atlas.org), algebra.com, jiskha.com and a.simonm.io
(excluded).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WA = "studylib.net"
WA_OPS = "https://studylib.net/doc/8240114/some-webassign-operators--available-operators---example"
CU = "www.colorado.edu"
CU_HELP = "http://www.colorado.edu/physics/phys2010/phys2010_f97/Capa/help.html"
CU_MIST = "http://www.colorado.edu/physics/phys2010/phys2010_f97/mistakes.html"
KIW = "kiwix.lukehooper.xyz"
KIW_2964486 = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/2964486/what-does-2-5437065e-5-mean-scientific-notation"
WTM = "wtmaths.com"
WTM_PRE = "http://wtmaths.com/prefixes.html"
PZ = "paperzz.com"
PZ_42 = "https://paperzz.com/doc/9395437/4-2-degrees-and-radians"
GS = "www.gradesaver.com"
GS_30 = "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-concepts-through-functions-a-unit-circle-approach-to-trigonometry-3rd-edition/chapter-5-trigonometric-functions-section-5-1-angles-and-their-measures-5-1-assess-your-understanding-page-386/30"
CC = "codecheck.io"
CC_107 = "https://codecheck.io/files/wiley/codecheck-bj-4-fundat-107"
JL = "jeopardylabs.com"
JL_472 = "https://jeopardylabs.com/print/quiz-2-review-472"
SP = "sengpielaudio.com"
SP_RAD = "http://sengpielaudio.com/calculator-radians.htm"
# sources of bench/equiv_fresh64_a2.py
CT = "cardifftutorcompany.co.uk"
CT_RD = (
    "https://cardifftutorcompany.co.uk/practice-questions/1-numbers/11-fractions-recurring-decimals"
)
MM = "mammothmemory.net"
MM_REP = "https://mammothmemory.net/maths/numbers/fractions/decimal-to-fraction-repeating.html"
LW = "legacy.lwebs.ca"
LW_REP = "https://legacy.lwebs.ca/index.php/a-student-asks-about-repeating-decimals/"
SPF = "www.superprof.co.uk"
SPF_REC = (
    "https://www.superprof.co.uk/resources/questions/mathematic/fractions-to-reccuring-decimal.html"
)
SOC = "socratic.org"
SOC_016 = "https://socratic.org/questions/how-do-you-convert-0-16-6-repeating-to-a-fraction"
VES = "vespr.org"
VES_16 = "https://vespr.org/questions/how-do-you-write-1-6-as-a-decimal"
# sources of bench/equiv_fresh64_a3.py
W2C = "web2.0calc.com"
W2C_27 = "https://web2.0calc.com/questions/2-x-7"
SOC_240233 = "https://socratic.org/answers/240233"
RMH = "wiki.rmanhart.org"
RMH_2833067 = "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/2833067/dividing-logs-with-same-base"
ER = "edurev.in"
ER_ROM2 = "https://edurev.in/course/quiz/attempt/-1_Olympiad-Test-Roman-Numbers-2/80e17d79-96d9-4ba7-ae62-3b04689769e3"
ER_ROM1 = "https://edurev.in/course/quiz/attempt/-1_Olympiad-Test-Roman-Numbers-1/c9ac196e-a1b1-4502-b664-18a85399834f"
EG = "us.edugain.com"
EG_ROM = "https://us.edugain.com/sampleWorksheet/grade-4/Roman-Numerals/Printed/"
ZEP = "zephyrus.co.uk"
ZEP_3 = "https://zephyrus.co.uk/numberanswer3.html"

CASES = [
    # studylib 8240114, 'Some WebAssign operators' handout: formats of one answer
    _c(
        WA,
        WA_OPS,
        gold=r"1/64",
        pred=r"0.015625",
        wrap=True,
        expected=True,
        why="'one over sixty-four,' you may enter the response in any of these formats: 1/64 0.015625 ...'",
    ),
    _c(
        WA,
        WA_OPS,
        gold=r"1/64",
        pred=r"0.0156",
        wrap=True,
        expected=True,
        why="formats listed for 'one over sixty-four' include 0.0156 (answers within 2% count as correct)",
    ),
    _c(
        WA,
        WA_OPS,
        gold=r"1/64",
        pred=r".0156",
        wrap=True,
        expected=True,
        why="formats listed for 'one over sixty-four' include .0156",
    ),
    _c(
        WA,
        WA_OPS,
        gold=r"1/64",
        pred=r"1.5625E-2",
        wrap=True,
        expected=True,
        why="formats listed for 'one over sixty-four' include 1.5625E-2",
    ),
    _c(
        WA,
        WA_OPS,
        gold=r"1000",
        pred=r"1e3",
        wrap=True,
        expected=True,
        why="operator list: 'e for scientific notation 1e3 = 1000'",
    ),
    _c(
        WA,
        WA_OPS,
        gold=r"1000",
        pred=r"1E3",
        wrap=True,
        expected=True,
        why="'(1E3 is the scientific notation for 1000)'",
    ),
    # colorado.edu phys2010 CAPA help: forms of one number
    _c(
        CU,
        CU_HELP,
        gold=r"5.5E+11",
        pred=r"5.5E11",
        wrap=True,
        expected=True,
        why="'use the format 3.2E-8 ... or 5.5E+11 or 5.5E11'",
    ),
    _c(
        CU,
        CU_HELP,
        gold=r"200.0",
        pred=r"200.",
        wrap=True,
        expected=True,
        why="'write it as 200.0 or 200. (notice the extra decimal point) or 2.00E2'",
    ),
    _c(
        CU,
        CU_HELP,
        gold=r"200.0",
        pred=r"2.00E2",
        wrap=True,
        expected=True,
        why="'write it as 200.0 or 200. (notice the extra decimal point) or 2.00E2'",
    ),
    # colorado.edu phys2010 'Common mistakes': refused scientific-notation entries
    _c(
        CU,
        CU_MIST,
        gold=r"3.25E-8",
        pred=r"3.25E10-8",
        wrap=True,
        expected=False,
        why="'Scientific notation has the format 3.25E-8 ... NOT 3.25E10-8'",
    ),
    _c(
        CU,
        CU_MIST,
        gold=r"3.25E-8",
        pred=r"3.25 10E-8",
        wrap=True,
        expected=False,
        why="'Scientific notation has the format 3.25E-8 ... NOT 3.25 10E-8'",
    ),
    _c(
        CU,
        CU_MIST,
        gold=r"3.25E-8",
        pred=r"3.25*E-8",
        wrap=True,
        expected=False,
        why="'Scientific notation has the format 3.25E-8 ... NOT 3.25*E-8'",
    ),
    # math.stackexchange 2964486 (kiwix copy): a phone calculator's e-notation
    _c(
        KIW,
        KIW_2964486,
        gold=r"2.5437065\times10^{-5}",
        pred=r"2.5437065e\!−\!5",
        wrap=True,
        expected=True,
        why="Henry Lee: \"'e-5'=10^{-5} so your answer is: 2.5437065\\times10^{-5}\"",
    ),
    _c(
        KIW,
        KIW_2964486,
        gold=r"2.5437065\times10^{-5}",
        pred=r"2.5437065e−5",
        wrap=True,
        expected=True,
        why="Ethan Bolker: '2.5437065e−5 is really 2.543706 \\times 10^{−5}' (answer above: 2.5437065\\times10^{-5})",
    ),
    # wtmaths.com prefixes: standard-form answers with their engineering forms
    _c(
        WTM,
        WTM_PRE,
        gold=r"1.5 x 10^{11}",
        pred=r"150 x 10^{9}",
        wrap=True,
        expected=True,
        why="Q2: 'Answer: 1.5 x 10^{11} ... 150 x 10^{9} =1.5 x 10^{11}'",
    ),
    _c(
        WTM,
        WTM_PRE,
        gold=r"1.44 x 10^{-8}m",
        pred=r"14.4 x 10^{-9}",
        wrap=True,
        expected=True,
        why="Q1: 'Answer: 1.44 x 10^{-8}m ... 14.4 x 10^{-9} 1.44 x 10^{-8}' (the working drops the unit)",
    ),
    # paperzz 9395437, eSolutions manual 4-2 Degrees and Radians: DMS and decimal degrees
    _c(
        PZ,
        PZ_42,
        gold=r"11° 46′ 23″",
        pred=r"11.773°",
        wrap=True,
        expected=True,
        why="1.: 'Therefore, 11.773° can be written as 11° 46′ 23″.'",
    ),
    _c(
        PZ,
        PZ_42,
        gold=r"141° 32′ 56″",
        pred=r"141.549°",
        wrap=True,
        expected=True,
        why="3.: 'Therefore, 141.549° can be written as 141° 32′ 56″.'",
    ),
    _c(
        PZ,
        PZ_42,
        gold=r"87.886°",
        pred=r"87° 53′ 10″",
        wrap=True,
        expected=True,
        why="5.: 'Therefore, 87° 53′ 10″ can be written as about 87.886°.' (nearest thousandth)",
    ),
    _c(
        PZ,
        PZ_42,
        gold=r"45.357°",
        pred=r"45° 21′ 25″",
        wrap=True,
        expected=True,
        why="7.: 'Therefore, 45° 21′ 25″ can be written as about 45.357°.' (nearest thousandth)",
    ),
    _c(
        PZ,
        PZ_42,
        gold=r"17.63°",
        pred=r"17° 37′ 50″",
        wrap=True,
        expected=True,
        why="9.: 'Therefore, 17° 37′ 50″ can be written as about 17.63°.' (nearest hundredth)",
    ),
    # gradesaver Precalculus 3rd ed. 5.1 exercise 30: 61.24° in DMS
    _c(
        GS,
        GS_30,
        gold="61^{\\circ} 14^{'} 24^{\"}",
        pred=r"61.24^{\circ}",
        wrap=True,
        expected=True,
        why="'Thus, 61.24^{\\circ} = 61^{\\circ} 14^{'} 24^{\"}'",
    ),
    _c(
        GS,
        GS_30,
        gold="61^{\\circ} 14^{'} 24^{\"}",
        pred="61^{\\circ}+14^{'} + 24^{\"}",
        wrap=True,
        expected=True,
        why="last line of the chain: '= 61^{\\circ}+14^{'} + 24^{\"}'",
    ),
    _c(
        GS,
        GS_30,
        gold="61^{\\circ} 14^{'} 24^{\"}",
        pred=r"61^{\circ}+14.4^{'}",
        wrap=True,
        expected=True,
        why="a line of the chain: '= 61^{\\circ}+14.4^{'}'",
    ),
]
