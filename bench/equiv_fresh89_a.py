r"""An eighty-ninth fresh set of answer-equivalence cases (evaluation only; helper "a": school
geometry and right-triangle trigonometry -- trigonometric ratios as fractions, decimals and words
(sin = 3/5 = .6), exact trigonometric values with and without a rationalised denominator, angle
measures in degrees and in radians, areas and perimeters of sectors in terms of pi against
decimals, rounded lengths and areas against their unrounded values, a ratio of similar bases as
a ratio or a fraction, units required or not, and wrong cosine-rule and Pythagoras answers --
where a state-test answer key, an IB or GCSE mark scheme, a test-prep explanation, a grader's
documentation or a help-forum thread settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh89_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is
a web page with no licence file. Only the text the search tool returned for a page (its excerpt)
was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh89_a2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them. LaTeX is kept as LaTeX; inline
math delimiters (\( \), $) are dropped, and so is the \displaystyle in mathhelpforum's
"\pi - acos\left(\frac{11}{16}\right)". A left side such as "sin(θ) =", "perimeter =", "θ =",
"C =", "a =", "AC =" or "r =" is dropped. The unicode minus of itempra's "−0.6", the "∘" of the
IB page's "71.6∘", the "cm3" of "200 cm3" (its superscript flattened in the stored text) and the
trailing dots a forum poster wrote after his numbers ("14.724......") are kept. Units are dropped
where the stored text scattered them (ib.mycosmic's "94.6  c m 2") and where the IB markscheme
puts them in brackets ("r = 3.45 (cm) (3.45494 (cm))"). In IB markschemes a value in brackets
after the 3 s.f. answer is the unrounded value the answer came from, and "(= 36.4)" after an
exact answer is its decimal; both are read as the same answer. Where a key lists forms joined by
"or" the first is the gold and each further form a True case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- itempra.org "public/alg-ii-trigonometric-functions" (Maryland MCAP public release: "Correct
  Answer ... sin(θ)=0.6, or equivalent ... sin(π+θ)=−0.6, or equivalent. Typical equivalent
  responses include three fifths and negative three fifths, 3/5 and -3/5 or 6 tenths and negative
  6 tenths. 6/10 and -6/10"). 6 cases.
- pwntestprep.com "2016/07/test-3-section-3-20" (SAT explanation: sin F = sin C in a 12-16-20
  right triangle; "you can grid the fraction, 3/5, or the decimal equivalent .6 and be correct").
  1 case.
- library.tis.today IB questionbank copy, maths SL question 5474 (08M.2.sl.TZ1.3 markscheme:
  "perimeter = 27 + 3π (cm) (= 36.4)"; "area = 20.25π (cm^2) (= 63.6)"). 2 cases.
- library.tis.today IB questionbank copy, maths SL question 7217 (11N.2.sl.TZ0.3 markscheme:
  "θ=1.25 (accept 71.6∘ )"). 1 case.
- library.tis.today IB questionbank copy, mathematical studies question 5146 (12N.1.sl.TZ0.4
  markscheme: cylinder volume "200 cm3 ... Notes: Units are required. ... Accept 201 cm3
  (201.061…) for use of r = 1.60"). 2 cases (1 False).
- ib.mycosmic.dev "q/264" (IB 17M.1.SL.TZ1.T_9 markscheme, a cone: "r = 3.45 (cm) (3.45494
  (cm))", "l = 8.71 (cm) (8.71416 (cm))", curved surface area "= 94.6 c m 2 (94.5836 c m 2) ...
  Accept 94.4 c m 2 from use of 3 sf values"). 4 cases.
- www.iitianacademy.com "ib-dp-maths-topic-3-6-solution-of-triangles-sl-paper-2" (IB markscheme
  copy: "finding ABC = 110° (= 1.92 radians) (A1)"). 1 case.
- www.channel4learning.com netnotes sectionid100665279 ("The Tangent Ratio Worksheet Answers":
  programme question 3 "Inverse tan or tan-1, or arctan"; Edexcel question 3(b) triangle area
  "= 120.12m2 ... A1 cao for 120.1, 120.12; A0 for 120"). 3 cases (1 False).
- www.scribd.com 714987847 "Frustrums Answers MME" (question 5: "3: 7 or 3/7 [1] Ratio of
  bases"). 1 case.

Sources of bench/equiv_fresh89_a2.py:

- mathhelpforum.com "trigonometry/161201-cos-1-a.html" (a poster solving 12² = 8² + 5² − 80cosX
  "keep[s] getting 2.328837092"; reply: "when you get the correct answer, you should quit ...
  Would you be happier with π − acos(11/16) ... Maybe you were expecting the answer in degrees?
  133.433 deg", "2.3288 radians = ... 133.433... degrees"). 2 cases.
- mathhelpforum.com "trigonometry/32490-cosine-rule-print.html" (cosine rule: the reply's
  "C = 8.65983265"; the poster's "a=14.724......" and "15.906....." refused: "you need to minus
  89.007298 from 164 not adding them up"). 2 cases (2 False).
- www.brownstone.net Maple T.A. authoring help "Math_Question_Types_Overview" ("the question
  'What is sin(Pi/4)?' should accept the answers sqrt(2)/2 and 1/sqrt(2) but not sin(Pi/4)").
  1 case (its refusal of the unevaluated sin(Pi/4), a notation-only refusal, left out by the
  lead before any run).
- www.mathwords.com "t/trigonometry_angles_pi3.htm" ("π/3 is a standard angle equal to 60°";
  "1/2 = 0.5 = Cosine value"; "csc π/3 = 2/√3 = 2√3/3"). 3 cases.
- webwork.maa.org forum d=2799 (a problem author on triangle problems: a student may take
  180-160.4-10.4 as "180-160-10 = 10 instead of 9.2 ... A constant 1 degree absolute tolerence
  fixes this"). 0 cases: 10 for 9.2 holds only under a tolerance the author chose, left out by
  the lead before any run, as earlier sets leave out tolerance-only acceptances.
- codegolf.stackexchange.com question 71304 (special angles: "tan(pi/6) ... == 1/√3 == √3/3").
  1 case.
- thirdspacelearning.com "gcse-maths/geometry-and-measure/area-of-a-circle" (worked example:
  "Area = π × 3² = 9π cm² = 28.3 cm² (1.d.p)"). 1 case.
- socratic.org "andrew-claims-that-a-wooden-bookend-in-the-shape-of-a-45-45-90-right-triangle-ha-1"
  (legs 9 in.: "c = √162 ≅ 12.73 but Andrew claims c = 11"; "No"). 1 case (False).
- quaticsole.wordpress.com 2017/06/05 "halfway-around-a-circle" (a student's post: "180° is equal
  to π, for 45° it will equal to 1π/4, and π/2 will be equivalent to 90°"). 3 cases.
- usenet.trashworldnews.com thread 209997 (net.puzzle "Solution to Geometry III": "AC equals
  2^(1/3)", and "Another good answer ... the answer is AC = cuberoot(2)"). 1 case.

36 cases in all (5 False): 21 here (2 False), 15 in bench/equiv_fresh89_a2.py (3 False).

Left out, by rule: accuracy statements that give a range or a rounding rule rather than a second
form ("A1 cao for 28.3 or better", "62º or better", "awrt", "53.5 - 53.53"); forms whose
superscript, radical or fraction was lost in the stored text (channel4's "tan-1" for the inverse
tangent; MME's "EF = 5 3"; the π of Pearson Mastering's "10*cos(/6)"; the fractions of mathleaks'
"23, or 2:3"); IB unrounded values written with trailing dots ("(1.59576...)", "(266.662...cm2)"
on the question 5146 page); pairs the page marks only as approximate ("√162 ≅ 12.73", mathwords'
"√3/2 ≈ 0.866"); the mathwords cotangent line, cut off in the excerpt; the IB page 462338's "do
not accept an answer in degrees", whose degree value is not written.

Examined and not used: scribd 703618006, 590585364, 725230868 and 661565852 (topic mark schemes
used by bench/equiv_fresh54_a.py); w6.fakespot.com 23879273 (used by bench/equiv_fresh58_a.py);
kramizo.com mock mark schemes (used before; generated mocks); a.simonm.io (by rule); channel4
netnotes sectionid100665148 (its circle area "3846.5 (if = 3.14), 3850 (if = 22 ÷ 7), 3848.4 (if
= button)" lost every π, and it only states which value each π gives); math.techqa.club 2267832
(no reply in the excerpt); mathhelpforum 153415 (the poster's answer is not shown) and 12441 (the
second reply calls the same sides "a different answer"); chihungchan.blogspot.com 2007/11 (a
disputed protractor answer); numbas.mathcentre.ac.uk 22289 (its LaTeX is stored JSON-escaped);
scribd 719469254 MME trigonometry answers ("33.968 = 34.00° (2dp)" misprint); scribd 696123343 and
fdocument.org IGCSE 3-D shapes mark schemes (ranges and "rounding to" only); studylib 6703378
geometry key ("74˚ (or ̴ 75˚)", an approximate measured angle); ja3.jsfiddle.net 16781841 (marked
approximate); itempra.org geometry modules (the answers are not in the excerpts); SAT question bank
copies on scribd (the math was lost); KS3 mark-scheme booklets on sats-papers.co.uk, fdocuments
and pdfslide (only the introductions were stored); AI-written pages (gauthmath, questionai, mathix,
sorumatik, mysovi, curioustab, askvity, cal11.calculator.city, gradegen.ai, examexplained.com).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ITP = "itempra.org"
ITP_TRIG = "https://itempra.org/public/alg-ii-trigonometric-functions"
PWN = "pwntestprep.com"
PWN_3320 = "https://pwntestprep.com/2016/07/test-3-section-3-20/"
TIS = "library.tis.today"
_TIS_QB = "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
TIS_5474 = _TIS_QB + "questionbanks/40-dp-mathematics-sl/questions/5474.html"
TIS_7217 = _TIS_QB + "questionbanks/40-dp-mathematics-sl/questions/7217.html"
TIS_5146 = _TIS_QB + "questionbanks/41-dp-mathematical-studies/questions/5146.html"
MYC = "ib.mycosmic.dev"
MYC_264 = "https://ib.mycosmic.dev/q/264/"
IIT = "www.iitianacademy.com"
IIT_TRI = "https://www.iitianacademy.com/ib-dp-maths-topic-3-6-solution-of-triangles-sl-paper-2/"
C4 = "www.channel4learning.com"
C4_TAN = (
    "http://www.channel4learning.com/support/programmenotes/netnotes/section/sectionid100665279.htm"
)
SCR = "www.scribd.com"
SCR_FRUST = "https://www.scribd.com/document/714987847/Frustrums-Answers-MME"
# sources of bench/equiv_fresh89_a2.py
MHF = "mathhelpforum.com"
MHF_161201 = "http://mathhelpforum.com/trigonometry/161201-cos-1-a.html"
MHF_32490 = "http://mathhelpforum.com/trigonometry/32490-cosine-rule-print.html"
BRS = "www.brownstone.net"
BRS_TYPES = (
    "http://www.brownstone.net/support/edu/authoring/Advanced_Authoring/Question_Types/"
    "Math_Question_Types/Math_Question_Types_Overview.htm"
)
MWD = "www.mathwords.com"
MWD_PI3 = "https://www.mathwords.com/t/trigonometry_angles_pi3.htm"
WW = "webwork.maa.org"
WW_2799 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=2799&parent=6591"
CG = "codegolf.stackexchange.com"
CG_71304 = (
    "https://codegolf.stackexchange.com/questions/71304/print-sin-cos-and-tan-of-special-angles"
)
TSL = "thirdspacelearning.com"
TSL_CIRC = "https://thirdspacelearning.com/gcse-maths/geometry-and-measure/area-of-a-circle/"
SOC = "socratic.org"
SOC_BOOKEND = (
    "https://socratic.org/questions/"
    "andrew-claims-that-a-wooden-bookend-in-the-shape-of-a-45-45-90-right-triangle-ha-1"
)
QS = "quaticsole.wordpress.com"
QS_HALF = "https://quaticsole.wordpress.com/2017/06/05/halfway-around-a-circle/"
TWN = "usenet.trashworldnews.com"
TWN_209997 = "https://usenet.trashworldnews.com/?thread=209997"

CASES = [
    # itempra (MCAP) Algebra II trigonometric functions: sin θ = 0.6 "or equivalent"
    _c(
        ITP,
        ITP_TRIG,
        gold=r"0.6",
        pred=r"\frac{3}{5}",
        wrap=True,
        expected=True,
        why="'sin(θ)=0.6, or equivalent ... Typical equivalent responses include ... 3/5'",
    ),
    _c(
        ITP,
        ITP_TRIG,
        gold=r"0.6",
        pred=r"\frac{6}{10}",
        wrap=True,
        expected=True,
        why="'sin(θ)=0.6, or equivalent ... Typical equivalent responses include ... 6/10'",
    ),
    _c(
        ITP,
        ITP_TRIG,
        gold=r"0.6",
        pred=r"three fifths",
        wrap=True,
        expected=True,
        why="'sin(θ)=0.6, or equivalent ... Typical equivalent responses include three fifths'",
    ),
    _c(
        ITP,
        ITP_TRIG,
        gold=r"−0.6",
        pred=r"-\frac{3}{5}",
        wrap=True,
        expected=True,
        why="'sin(π+θ)=−0.6, or equivalent ... Typical equivalent responses include ... -3/5'",
    ),
    _c(
        ITP,
        ITP_TRIG,
        gold=r"−0.6",
        pred=r"-\frac{6}{10}",
        wrap=True,
        expected=True,
        why="'sin(π+θ)=−0.6, or equivalent ... Typical equivalent responses include ... -6/10'",
    ),
    _c(
        ITP,
        ITP_TRIG,
        gold=r"−0.6",
        pred=r"negative three fifths",
        wrap=True,
        expected=True,
        why="'sin(π+θ)=−0.6, or equivalent ... include ... negative three fifths'",
    ),
    # pwntestprep Test 3 Section 3 #20: sin F in a 12-16-20 right triangle
    _c(
        PWN,
        PWN_3320,
        gold=r"3/5",
        pred=r".6",
        wrap=True,
        expected=True,
        why="'you can grid the fraction, 3/5, or the decimal equivalent .6 and be correct'",
    ),
    # IB questionbank 5474 (08M.2.sl.TZ1.3): sector perimeter and area, exact and decimal
    _c(
        TIS,
        TIS_5474,
        gold=r"27 + 3\pi",
        pred=r"36.4",
        wrap=True,
        expected=True,
        why="markscheme (b): 'perimeter = 27 + 3π (cm) (= 36.4) A1 N2'",
    ),
    _c(
        TIS,
        TIS_5474,
        gold=r"20.25\pi",
        pred=r"63.6",
        wrap=True,
        expected=True,
        why="markscheme (c): 'area = 20.25π (cm^2) (= 63.6) A1 N1'",
    ),
    # IB questionbank 7217 (11N.2.sl.TZ0.3): sector angle in radians, degrees accepted
    _c(
        TIS,
        TIS_7217,
        gold=r"1.25",
        pred=r"71.6∘",
        wrap=True,
        expected=True,
        why="markscheme (a): 'θ=1.25 (accept 71.6∘ ) A1 N2'",
    ),
    # IB questionbank 5146 (12N.1.sl.TZ0.4): volume of a cylinder, units required
    _c(
        TIS,
        TIS_5146,
        gold=r"200 cm3",
        pred=r"201 cm3",
        wrap=True,
        expected=True,
        why="(b) '200 cm3 (A1)(ft) ... Accept 201 cm3 (201.061…) for use of r = 1.60'",
    ),
    _c(
        TIS,
        TIS_5146,
        gold=r"200 cm3",
        pred=r"200",
        wrap=True,
        expected=False,
        why="(b) '200 cm3 (A1)(ft) (C1) Notes: Units are required.'",
    ),
    # ib.mycosmic.dev q/264 (17M.1.SL.TZ1.T_9): cone radius, slant height, curved surface
    _c(
        MYC,
        MYC_264,
        gold=r"3.45",
        pred=r"3.45494",
        wrap=True,
        expected=True,
        why="(a) 'r = 3.45 (cm) (3.45494 (cm)) (A1) (C2)' (the unrounded value in brackets)",
    ),
    _c(
        MYC,
        MYC_264,
        gold=r"8.71",
        pred=r"8.71416",
        wrap=True,
        expected=True,
        why="(b) 'l = 8.71 (cm) (8.71416 (cm)) (A1)(ft) (C2)' (the unrounded value in brackets)",
    ),
    _c(
        MYC,
        MYC_264,
        gold=r"94.6",
        pred=r"94.5836",
        wrap=True,
        expected=True,
        why="(c) '= 94.6 c m 2 (94.5836 c m 2) (A1)(ft) (C2)' (the unrounded value in brackets)",
    ),
    _c(
        MYC,
        MYC_264,
        gold=r"94.6",
        pred=r"94.4",
        wrap=True,
        expected=True,
        why="(c) '= 94.6 c m 2 ... Note: ... Accept 94.4 c m 2 from use of 3 sf values.'",
    ),
    # iitianacademy IB 3.6 solution of triangles: an angle in degrees and in radians
    _c(
        IIT,
        IIT_TRI,
        gold=r"110^\circ",
        pred=r"1.92 radians",
        wrap=True,
        expected=True,
        why="ship question markscheme: 'finding ABC = 110° (= 1.92 radians) (A1)'",
    ),
    # channel4learning netnotes 100665279 "The Tangent Ratio Worksheet Answers"
    _c(
        C4,
        C4_TAN,
        gold=r"Inverse tan",
        pred=r"arctan",
        wrap=True,
        expected=True,
        why="Worksheet 1 question 3: 'Inverse tan or tan-1, or arctan'",
    ),
    _c(
        C4,
        C4_TAN,
        gold=r"120.12",
        pred=r"120.1",
        wrap=True,
        expected=True,
        why="Q3(b) '= 120.12m2'; notes: 'A1 cao for 120.1, 120.12; A0 for 120'",
    ),
    _c(
        C4,
        C4_TAN,
        gold=r"120.12",
        pred=r"120",
        wrap=True,
        expected=False,
        why="Q3(b) '= 120.12m2'; notes: 'A1 cao for 120.1, 120.12; A0 for 120'",
    ),
    # scribd 714987847 "Frustrums Answers MME": ratio of the bases of similar cones
    _c(
        SCR,
        SCR_FRUST,
        gold=r"3: 7",
        pred=r"3/7",
        wrap=True,
        expected=True,
        why="question 5: '3: 7 or 3/7 [1] Ratio of bases'",
    ),
]
