r"""A seventy-ninth fresh set of answer-equivalence cases (evaluation only; helper "a": AP
Calculus and AP Statistics scoring guidelines, and exam-board style answer keys, markers' tips and
answer-key errata from Singapore and New South Wales, that say which forms of an answer earn the
mark -- an unsimplified sum or product left in place of its value, a decimal "or" its neighbour in
the third place, a probability and its fraction, cents for dollars -- and which values are refused:
the wrong tail of a binomial probability, a mean rounded to an integer, a reversed ratio, an
impossible rounding).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of the other rounds and
/work/wt/fresh79_claims/claims.txt; each page was claimed there before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the page gives as the same
answer, or a form it refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy (for the proxied scribd copy, the
proxy's domain) and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (the minus sign "−" of 1library's
"(18 + Y ) − 0.25(7 − Y ) + 0(0)" and the hyphen of studyres' "1 - [0.1 + 0.09 + 0.081]" kept as
printed, "675 000" and "80 000" with their spaces, "45.45kg" without a space). A left side such as
"P(Y ≥ 4) =", "E(Y) = np =" or "x =" is dropped. 1library's markdown emphasis around the variable
(``*Y*``) is dropped and the letter kept, with the spaces the stored text has around it. Where a
solution writes a chain "expression = value", the last value is the gold and the expression a True
case; where a scoring note says a response earns the answer point with an unsimplified form, the
model answer is the gold and that form a True case; where a note scores a value as only partially
correct because it answers another question ("instead of P(Y = 2)", "rounds both expected values
to integers"), or an erratum says the key's answer is wrong, that value is a False case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- clevelandohioweatherforecast.com proxy copy of scribd 696882914 "CALCULUS Question" (2023 AP
  Calculus AB scoring guidelines, Q1(a) scoring notes: "responses of either 4.5 + 3.0 + 0.75 or
  ... → 8.25 earn the third point", the third point being the answer point). 1 case.
- chesserresources.com.au "doc/ap-calculus-ab-2018-international-practice-exam-scoring-
  guidelines" (AP Calculus AB 2018 international practice exam, Q1(c): "= 61.749 (or 61.748) cubic
  feet"). 1 case.
- 1library.net document qvlko390 (AP Statistics 2007 scoring guidelines Form B, Q2: P(Y = 2) =
  0.2929; "partially correct (P) if ... the student computes P(Y ≥ 2) = 0.5270 or P(Y ≤ 2) = 0.7659
  instead of P(Y = 2); ... OR the binomial coefficient is omitted [...] = 0.0065"). 3 cases
  (3 False).
- 1library.net document yj7l02jm (AP Statistics 2008 scoring guidelines, Q3: "16(0.1) + 17(0.3) +
  18(0.4) + 19(0.2) = 17.7", "17(0.45) + 18(0.4) + 19(0.15) = 17.7", "(0.1)(0.45) = 0.045" ...,
  "0.045 + 0.12 + 0.06 = 0.225", "0.015 + 0.085 + 0.225 = 0.325"; partially correct if the student
  "Rounds both expected values to integers (e.g., approximately 18 or 17–18)"). 8 cases (1 False).
- 1library.net document z1dkn6l3 (AP Statistics 2010 scoring guidelines Form B, Q3: "E(Y) = np =
  7(0.20) = 1.4", "Score = (18 + Y ) − 0.25(7 − Y ) + 0(0) = 16.25 + 1.25 Y", "= 16.25 + 1.25(1.4)
  = 16.25 + 1.75 = 18"). 4 cases.
- studyres.com doc 1507801 (AP Statistics 2011 scoring guidelines Form B, Q3: "= 1 - [0.1 + 0.09 +
  0.081] = 0.729"; "1 - 0.9986 ≈ 0.0014", the ≈ stored as "ª"). 2 cases.
- studyres.com doc 15705291 (AP Statistics 2012 scoring guidelines, Q2(b): "$0.70 (or 70
  cents)"). 1 case.
- test-paper.info forum topic 244 (errata to Singapore primary school exam keys, Henry Park SA1
  2008 and Ai Tong School SA2 2008: "675 000, not 580 000"; "Answer was (4) 7:6. But it is wrong.
  ... It should be (3) 6:7"; "Answer was (4) 45.50 ... The answer should be (3) 45.45kg";
  "9:33 = 3:11 ... The answer provided was 5:1 (45:9) ... which is wrong"). 6 cases (5 False).
- pdfslide.us "documents/mock-test-ans" (Fairfield Methodist Primary School, Singapore, P5
  mathematics mock test answer key: "16. 80 000 / 80 thousand"; Q7(b) "1/8 x 100% = 12.5% [M1, A1]
  or 1/8 = 12.5% [M1, A1]"). 2 cases.
- starzesthometuition.com.sg "hintsforexams.html" (a Singapore tuition centre's hints: for the area
  of an 8 cm by 5 cm rectangle, Student A "writes 50 (instead of 40) ... He gets 0"; Student B
  "writes 50 square cm = 50 cm2"). 2 cases (2 False).
- studylib.net doc 9580456 "HSC marking tips" (R Lamaro 2014, HSC examination tips from a marker:
  "Solve 2x + 4 = 24 to show x = 10", a response ending "x=7" after an "incorrect line" gets 1 mark
  for working). 1 case (False).

31 cases in all (12 False).

Left out, by rule: forms whose operators, fractions or radicals the text conversion displaced or
stacked (chesserresources' "6 6 18.3 16.063173 2.236827 0gw−= = >" for g(6) − w(6) and its
Riemann-sum and difference-quotient lines; 1library qvlko390's part (a) "( >3 ) 0.07 0.04 0.04
0.02 0.17. P X = + + + =" and its σ/√n; 1library z1dkn6l3's "p = 1/5 = 0.20" and "Y ≥ (20 −
16.25)/1.25 = 3"; studyres 1507801's binomial P(X = 2) line; studyres 15705291's E(x) chain "E x
$2(0.6) $1(0.3) ( $8)(0.1) $0.70" and its z-score; pdfslide's Q28 "any equivalent fractions of
1/5"); notes that give partial credit or judge working rather than refuse a value (the 2023
guidelines' left Riemann sum "= 9 ... earns 1 of the last 2 points", "an answer of only 8.25 does
not earn either" point, the list "(0.15)(30), 0.1(30), 0.05(15) → 8.25" and the function-notation
sum "f(90)(90 − 60) + ..."; starzest's bare "40", 1 mark out of four because units and working do
not appear; the HSC tips' transcription-error answers "x = 10" and "x = 10 1/2", full marks for a
copied-wrong equation); a refused range rather than a value (yj7l02jm's "17–18"); a line with a
misprint (yj7l02jm's "1 – 0.015 – 0.225 – 0.325 – 0.260 – 0.90 = 0.085", 0.90 for 0.090); two
different values both accepted for an ambiguous question (pdfslide's Q6 "103o and 257o", its
degree signs stored as "o"); a rounding up to a whole count rather than an equality (studyres
15705291's "n ≥ 714.286, so 715 plays"); test-paper.info's Qns 29 (a figure, no value).

Examined and not used: pages used by earlier sets (oocities.org mrjou "AP Calculus Advice",
apcentral teachers_corner 8861, studylib 7978949, issuhub 210490 Barron's AP Calculus,
exampaper.com.sg, mathcountscentral, analystforum, igsmaths.jeffwo.ng, duportal HSC guidelines);
fliphtml5.com flipbook "aqaqo" AP Calculus BC / AP Physics 1 scoring guides (its page 749 holds
"1/4(11.112) and 1/4(11.113) are accurate to three digits after the decimal and therefore earn
P2", but the flipbook id is named in bench/equiv_fresh61_b.py's examined list, so it was skipped
under the reuse rule); other copies of the 2023 AP Calculus guidelines (mymathscloud ab-2023-ms,
mabelnashgreenberg, learro, chesserresources' BC copy: their stored openings stop before the
scoring notes) and of the 2018 practice guidelines (learro ?p=163, a second chesserresources
path); round-lake proxy of scribd 812163553 (2022 BC Q1: "the average value is 375.536966" earns
both points, but the model answer is not in the stored text); 123docz 11929273 (2021 BC, opening
only); sciencedocbox and 1library AP Calculus/Physics scoring guidelines whose digits or operators
were stripped (108417330, 67171562, 73176680, y6eg7d04, q050klgl, z1dkn613); AP Physics general
notes (paperzz 8626878, ptop proxy scribd 728828082: "use of 10 m s^2 is of course also
acceptable", a rule with no worked pair); Manitoba Grade 12 achievement-test marking guides on
pdfslide, vdocuments and fdocuments, VCAA examination reports on documents.pub, scribd 659692067
and the rt.http3.lol copy of scribd 739382083, HSC marking guidelines on pdfslide and vdocuments,
and MANSW "Learning from their mistakes" (mansw.nsw.edu.au, pdfcoke, it.scribd): only front
matter or openings were stored, or superscripts and decimal points were lost; tsfx.edu.au "Ask an
assessor" (CAS syntax refused: notation, not value); junew0.tripod.com BC provincial-exam
guidelines and hsc.csu.edu.au marking notes (rules with no worked pair); mathematicalcrap.com
VCE posts (no accepted forms quoted); tian-2.com, iitianacademy, topeduprep.uk, okian.com,
cal53.calculator.city, koydo.app, numberanalytics (AI-written or paraphrased rubrics);
tuitiongowhere (AI-generated papers); math-repo.vercel.app (fractions lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CLE = "clevelandohioweatherforecast.com"
CLE_696 = (
    "https://clevelandohioweatherforecast.com/php-proxy/index.php?q="
    "https%3A%2F%2Fwww.scribd.com%2Fdocument%2F696882914%2FCALCULUS-question"
)
CHS = "chesserresources.com.au"
CHS_18 = (
    "https://chesserresources.com.au/doc/"
    "ap-calculus-ab-2018-international-practice-exam-scoring-guidelines/"
)
LIB = "1library.net"
LIB_QV = "https://1library.net/document/qvlko390-ap-statistics.html"
LIB_YJ = "https://1library.net/document/yj7l02jm-question-ap-statistics-scoring-guidelines.html"
LIB_Z1 = (
    "https://1library.net/document/z1dkn6l3-question-ap-statistics-scoring-guidelines-form-b.html"
)
SRS = "studyres.com"
SRS_150 = "https://studyres.com/doc/1507801/sample-responses-q3---ap-central?page=7"
SRS_157 = (
    "https://studyres.com/doc/15705291/ap%C2%AE-statistics-2012-scoring-guidelines---ap-central"
)
TPI = "test-paper.info"
TPI_244 = "http://test-paper.info/forum/viewtopic.php?showtopic=244"
PDS = "pdfslide.us"
PDS_MOCK = "https://pdfslide.us/documents/mock-test-ans.html"
STZ = "starzesthometuition.com.sg"
STZ_HINTS = "http://starzesthometuition.com.sg/hintsforexams.html"
SLB = "studylib.net"
SLB_958 = "https://studylib.net/doc/9580456/hsc-marking-tips"

CASES = [
    # scribd 696882914 (proxy): 2023 AP Calculus AB scoring guidelines, Q1(a) scoring notes
    _c(
        CLE,
        CLE_696,
        gold=r"8.25",
        pred=r"4.5 + 3.0 + 0.75",
        wrap=True,
        expected=True,
        why="'responses of either 4.5 + 3.0 + 0.75 or ... → 8.25 earn the third point' (the answer)",
    ),
    # chesserresources: AP Calculus AB 2018 international practice exam, Q1(c)
    _c(
        CHS,
        CHS_18,
        gold=r"61.749",
        pred=r"61.748",
        wrap=True,
        expected=True,
        why="Q1(c): 'The approximate amount of unspoiled grain ... 61.749 ... (or 61.748) cubic feet.'",
    ),
    # 1library qvlko390: AP Statistics 2007 Form B Q2(b), P(Y = 2) = 0.2929; other values refused
    _c(
        LIB,
        LIB_QV,
        gold=r"0.2929",
        pred=r"0.5270",
        wrap=True,
        expected=False,
        why="'partially correct (P) if ... the student computes P(Y ≥ 2) = 0.5270 ... instead of P(Y = 2)'",
    ),
    _c(
        LIB,
        LIB_QV,
        gold=r"0.2929",
        pred=r"0.7659",
        wrap=True,
        expected=False,
        why="'partially correct (P) if ... or P(Y ≤ 2) = 0.7659 instead of P(Y = 2)'",
    ),
    _c(
        LIB,
        LIB_QV,
        gold=r"0.2929",
        pred=r"0.0065",
        wrap=True,
        expected=False,
        why="partially correct 'OR the binomial coefficient is omitted [ ... = 0.0065 ]'",
    ),
    # 1library yj7l02jm: AP Statistics 2008 Q3, expected scores and probabilities as sums
    _c(
        LIB,
        LIB_YJ,
        gold=r"17.7",
        pred=r"16(0.1) + 17(0.3) + 18(0.4) + 19(0.2)",
        wrap=True,
        expected=True,
        why="part (a): 'Josephine = 16(0.1) + 17(0.3) + 18(0.4) + 19(0.2) = 17.7'",
    ),
    _c(
        LIB,
        LIB_YJ,
        gold=r"17.7",
        pred=r"17(0.45) + 18(0.4) + 19(0.15)",
        wrap=True,
        expected=True,
        why="part (a): 'Crystal ... = 17(0.45) + 18(0.4) + 19(0.15) = 17.7'",
    ),
    _c(
        LIB,
        LIB_YJ,
        gold=r"17.7",
        pred=r"18",
        wrap=True,
        expected=False,
        why="partially correct if the student 'Rounds both expected values to integers (e.g., approximately 18 ...)'",
    ),
    _c(
        LIB,
        LIB_YJ,
        gold=r"0.045",
        pred=r"(0.1)(0.45)",
        wrap=True,
        expected=True,
        why="part (b) table: '(0.1)(0.45) = 0.045'",
    ),
    _c(
        LIB,
        LIB_YJ,
        gold=r"0.12",
        pred=r"(0.3)(0.40)",
        wrap=True,
        expected=True,
        why="part (b) table: '(0.3)(0.40) = 0.12'",
    ),
    _c(
        LIB,
        LIB_YJ,
        gold=r"0.06",
        pred=r"(0.4)(0.15)",
        wrap=True,
        expected=True,
        why="part (b) table: '(0.4)(0.15) = 0.06'",
    ),
    _c(
        LIB,
        LIB_YJ,
        gold=r"0.225",
        pred=r"0.045 + 0.12 + 0.06",
        wrap=True,
        expected=True,
        why="part (c): 'The probability is 0.045 + 0.12 + 0.06 = 0.225'",
    ),
    _c(
        LIB,
        LIB_YJ,
        gold=r"0.325",
        pred=r"0.015 + 0.085 + 0.225",
        wrap=True,
        expected=True,
        why="part (d): 'P(difference < 0) = 0.015 + 0.085 + 0.225 = 0.325'",
    ),
    # 1library z1dkn6l3: AP Statistics 2010 Form B Q3, expected values
    _c(
        LIB,
        LIB_Z1,
        gold=r"1.4",
        pred=r"7(0.20)",
        wrap=True,
        expected=True,
        why="part (b): 'E(Y) = np = 7(0.20) = 1.4 correct responses'",
    ),
    _c(
        LIB,
        LIB_Z1,
        gold=r"16.25 + 1.25 Y",
        pred=r"(18 + Y ) − 0.25(7 − Y ) + 0(0)",
        wrap=True,
        expected=True,
        why="part (b): 'Score = (18 + Y ) − 0.25(7 − Y ) + 0(0) = 16.25 + 1.25 Y'",
    ),
    _c(
        LIB,
        LIB_Z1,
        gold=r"18",
        pred=r"16.25 + 1.25(1.4)",
        wrap=True,
        expected=True,
        why="part (b): 'E(Score) = ... = 16.25 + 1.25(1.4) = 16.25 + 1.75 = 18 correct responses'",
    ),
    _c(
        LIB,
        LIB_Z1,
        gold=r"18",
        pred=r"16.25 + 1.75",
        wrap=True,
        expected=True,
        why="part (b): 'E(Score) = ... = 16.25 + 1.75 = 18 correct responses'",
    ),
    # studyres 1507801: AP Statistics 2011 Form B Q3
    _c(
        SRS,
        SRS_150,
        gold=r"0.729",
        pred=r"1 - [0.1 + 0.09 + 0.081]",
        wrap=True,
        expected=True,
        why="part (a): 'P(Y ≥ 4) = ... = 1 - [0.1 + 0.09 + 0.081] = 0.729'",
    ),
    _c(
        SRS,
        SRS_150,
        gold=r"0.0014",
        pred=r"1 - 0.9986",
        wrap=True,
        expected=True,
        why="part (c): 'P ( X > 20) = 1 - P ( X £ 20) ª 1 - 0.9986 ª 0.0014' (£ is ≤, ª is ≈)",
    ),
    # studyres 15705291: AP Statistics 2012 Q2(b), expected net contribution
    _c(
        SRS,
        SRS_157,
        gold=r"$0.70",
        pred=r"70 cents",
        wrap=True,
        expected=True,
        why="part (b): 'The expected value of the net contribution ... $0.70 (or 70 cents).'",
    ),
    # test-paper.info topic 244: errata to Singapore primary school exam answer keys
    _c(
        TPI,
        TPI_244,
        gold=r"675 000",
        pred=r"580 000",
        wrap=True,
        expected=False,
        why="Henry Park Qns 17: 'the LOWEST possible amount ... was 675 000, not 580 000'",
    ),
    _c(
        TPI,
        TPI_244,
        gold=r"6:7",
        pred=r"7:6",
        wrap=True,
        expected=False,
        why="Ai Tong Qns 4: 'Answer was (4) 7:6. But it is wrong. ... It should be (3) 6:7.'",
    ),
    _c(
        TPI,
        TPI_244,
        gold=r"45.45kg",
        pred=r"45.50kg",
        wrap=True,
        expected=False,
        why="Qns 5: 'how is it possible that 45.50kg is rounded to 45kg? The answer should be (3) 45.45kg'",
    ),
    _c(
        TPI,
        TPI_244,
        gold=r"3:11",
        pred=r"9:33",
        wrap=True,
        expected=True,
        why="Qns 14 working: '9:33 = 3:11'",
    ),
    _c(
        TPI,
        TPI_244,
        gold=r"3:11",
        pred=r"5:1",
        wrap=True,
        expected=False,
        why="Qns 14: 'The answer provided was 5:1 (45:9) ... which is wrong. The correct answer should be (2) 3:11.'",
    ),
    _c(
        TPI,
        TPI_244,
        gold=r"3:11",
        pred=r"45:9",
        wrap=True,
        expected=False,
        why="Qns 14: 'The answer provided was 5:1 (45:9), which was the ratio at first, which is wrong.'",
    ),
    # pdfslide mock-test-ans: Fairfield Methodist Primary School P5 mock test answer key
    _c(
        PDS,
        PDS_MOCK,
        gold=r"80 000",
        pred=r"80 thousand",
        wrap=True,
        expected=True,
        why="Paper 1 key: '16. 80 000 / 80 thousand'",
    ),
    _c(
        PDS,
        PDS_MOCK,
        gold=r"12.5%",
        pred=r"1/8",
        wrap=True,
        expected=True,
        why="Paper 2 Q7(b): '1/8 x 100% = 12.5% [M1, A1] or 1/8 = 12.5% [M1, A1]'",
    ),
    # starzesthometuition.com.sg hints: area of an 8 cm by 5 cm rectangle
    _c(
        STZ,
        STZ_HINTS,
        gold=r"40",
        pred=r"50",
        wrap=True,
        expected=False,
        why="'Student A ... writes 50 (instead of 40) ... He gets 0.'",
    ),
    _c(
        STZ,
        STZ_HINTS,
        gold=r"40",
        pred=r"50 square cm",
        wrap=True,
        expected=False,
        why="'Student B ... writes 50 square cm = 50 cm2' (Student D: 'the wrong answer 50 cm2')",
    ),
    # studylib 9580456: HSC examination tips from a marker (R Lamaro 2014), Tip 3
    _c(
        SLB,
        SLB_958,
        gold=r"10",
        pred=r"7",
        wrap=True,
        expected=False,
        why="'Solve 2x + 4 = 24 to show x = 10': the response '2x = 24 + 4 incorrect line ... x=7'",
    ),
]
