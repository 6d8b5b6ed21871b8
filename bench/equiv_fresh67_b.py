r"""A sixty-seventh fresh set of answer-equivalence cases (evaluation only; helper "b": the answer
forms of standardized tests -- SAT / PSAT student-produced responses (grid-ins: which entries of
2/3, 1/8 or 0.1666... are accepted and which refused, mixed numbers read as other numbers), the
published keys that list several accepted grid-in forms, the GED and TASC grids, a Florida FCAT
gridding lesson, a Regents scoring-key errata, a provincial answer key, GRE numeric-entry
directions, and GMAT / GRE forum threads that settle that an expression equals the credited
answer choice).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files /work/wt/fresh*_claims/claims.txt; each
page was claimed in /work/wt/fresh67_claims/claims.txt before use). Each case gives the reference
answer (``gold``), the prediction (``pred``: another form the page gives as the same answer, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh67_b2.py
(same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: grid entries keep the test's
own spelling (".666" without a leading zero, "0.12" with one, where the page writes so), "1¼"
keeps its vulgar-fraction character, the accessible SAT directions keep their words ("three and
one half", "seven slash two", "thirty one halves"), LaTeX of the greprepclub thread is kept (its
$$ delimiters dropped), and "√" is kept. Where a key lists forms joined by "or" or "," the first
is the gold and each further form a True case. Refused forms are False cases only where the page
itself says the entry is wrong, not acceptable, marked wrong or read as another number: on these
tests a refused entry is either less precise than the grid allows (".67" for 2/3, ".12" for 1/8,
".16" for 0.1666...) or is read as a different number (a gridded "7 1/4" is seventy-one fourths,
a gridded "1¼" is 11/4), and in the FCAT lesson a percent question's answer moved to a decimal
(".125" for 12.5, ".09" and "9/100" for 9%) is marked INCORRECT; ``why`` says which. Readings,
each noted in ``why``: the slideserve slide's number in "the number must be gridded as 1.25 or 5/4"
was lost by the conversion, and is taken from the same sentence's "not 1¼"; in the TASC page the
stacked fraction of the prose ("36") is lost, and the gold is taken from the grid row below it,
"1 / 2   3 / 6   0 . 5"; in the TASC and FCAT grid rows the spaces between grid cells are dropped
(".0 9" is ".09", "9 / 1 0 0" is "9/100").

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.slideserve.com "louvain/quirk-of-the-day" (an SAT grid-in slide deck: "Mixed numbers cannot
  be gridded. For example: the number must be gridded as 1.25 or 5/4 (if it is gridded as 1¼, it
  will be interpreted as 11/4 , not 1¼)"; "if you obtain an answer such as 0.1666. . ., you should
  record the result as .166 or .167. Less accurate values such as .16 or .17 are not
  acceptable."). 7 cases (3 False).
- www.0685.com "standardized-tests/sat/19668.html" (an SAT grid-in guide: "1/4 and 0.25 are
  equivalent, and both would be marked correct"; "you must grid 1/8 as .125. If you gridded it as
  0.12 or .12, it would be marked wrong."; "2/3 could be gridded as a fraction, or as .666 or
  .667. A grid-in of 0.66 or 0.67 would be marked wrong."; "You can't grid 7 1/4 as 71/4, because
  that will be interpreted as seventy-one fourths."). 9 cases (5 False).
- sat.collegeboard.org "practice/sat-practice-questions-math/student-produced-response" (the
  College Board's grid-in tips: "an answer of 1/8 could also be gridded as .125 but not as 0.12,
  which is less accurate."; "15/25 will not fit. You can grid 3/5, 6/10, or 9/15. The decimal
  form, .6, can also be gridded."). 6 cases (1 False).
- studylib.net 8897248 ("Correct Answers and Difficulty Levels for the Official SAT Practice
  Test", Section 9 student-produced responses: "13/2 or 6.5", "5/9, .555 or .556"). 3 cases.
- www.scribd.com 561474767 ("PSAT October 2018" answer key, Math Test sections 3 and 4: "1/3,
  .333", "13/5, 2.6", "5/2, 2.5", "2/5, .4"). 4 cases.

Sources of bench/equiv_fresh67_b2.py:

- ininet.org SAT Practice Test 6, Math Test - Calculator, page 11 (the accessible directions:
  "Mixed numbers such as three and one half must be recorded as 3.5 or seven slash two. (If three,
  one, slash, two, is recorded ..., it will be interpreted as thirty one halves, not three and
  one half.)"). 3 cases (1 False).
- www.acenet.edu GED "Mathematics: Alternate-Format Questions" ("Mixed numbers, such as 3 1/2,
  cannot be entered ... represent them as decimal numbers (in this case, 3.5) or fractions (in
  this case, 7/2)"; "The answer to the question is 3/4, or .75, inches."). 3 cases.
- www.ilc.org "ged/prep/math_grid.php" (a GED prep copy of the same directions: "The answer to the
  above example is 3/4, or 0.75 inches."; its mixed-number sentence repeats acenet's and was not
  taken twice). 1 case.
- scribd.com 337235741 ("TASC Test Practice Items Math": "simplified into either [1/2] or 0.5 and
  all of these responses would be scored as correct", grids "1 / 2", "3 / 6", "0 . 5"). 2 cases.
- wikiprep.wikidot.com "wiki:sat-math" ("$3/4$ would be bubbled as 3 / 4 and .75 would be bubbled
  as .75 Either would be acceptable."). 1 case.
- www.compassprep.com "guessing-on-grid-ins" (Art Sawyer: "the value 2 can be bubbled as
  “2[blank][blank][blank]”, “[blank]2[blank][blank]”, “4/2”, “2.0”, and 44 additional ways. Since
  a value — not an encoding — determines ..."). 2 cases.
- slideum.com 1854607 (Palm Beach County "FCAT GRIDDING": "Because the problem asked for what
  percent, just grid the answer 12.5 ... DO NOT move the Decimal to .125"; "What percent of 100 is
  9? Answer: 9% INCORRECT .0 9 INCORRECT 9 / 1 0 0"). 3 cases (3 False).
- ja.scribd.com 356023922 (NY Regents Mathematics A, June 2002 scoring key, errata for question
  23: "the correct answers specified on the key 6 [2/3] or 6 hr 40 min or 6.66 should receive
  full credit"). 1 case.
- hobbydocbox.com 68710996 (Manitoba "GRADE 8 ANSWER KEY", question 3: "The students ran 1360 m
  or 1.36 km."). 1 case.
- aptitude.gateoverflow.in "blog/6/gre-quantitative-practice-questions" (the GRE numeric-entry
  directions: "Equivalent forms of a correct answer, such as 1.2 and 1.20, are all correct.").
  1 case.
- greprepclub.com "forum/2-6286.html" (GRE quantitative comparison: Quantity A
  \frac{2^{30} - 2^{29}}{2}, Quantity B 2^{28}, "C"; and the step "Quantity A: 2^30 Quantity B:
  (2)(2^29)" after "2^29 + 2^29 is the same as 2 times one value"). 2 cases.
- issuhub.com 3486 page 253 (McGraw-Hill Education GRE 2019, answer explanation: "Column A can be
  written as 0.73(29) and Column B can be written as 0.0029(7,300). 0.0029(7,300) = 0.73(29).").
  1 case.
- www.beatthegmat.com "1-9-4a-5-t291015.html" (1/(9-4√5)=? ... "= (9 + 4√5)/(1) = 9 + 4√5 = A",
  and the poster's "(9+4√5)/(81-80)=(9+4√5). Hence, the correct answer is A."). 1 case.
- gmatclub.com "forum/general-q-98201.html" (Veritas Prep's Brian: "say that your calculations
  lead you down to 124/93" ... among "C) 4/3" and four other choices "C must be correct"). 1 case.

52 cases in all (13 False): 29 here (9 False), 23 in bench/equiv_fresh67_b2.py (4 False).

Left out, by rule: multiple-answer grid-ins, whose listed values are different correct answers,
not forms of one (the PSAT 2018 key's "10/3, 15/4, 25/6, 3.33, 3.75, 4.16, 4.17", the SAT key's
"120<x<125"); forms a conversion lost or stacked (the slideum FCAT mixed-number slide "y 7 1 you
must 4 convert it to: . 7 2 5 2 9 / 4" and its decimal slide ".8 7 0 5 or .8 7 5"; the Regents
errata's "6 [2/3]", whose fraction is stacked; pinkmonkey-style "˝" for ½ and issuhub 30212's
SAT directions, whose mixed numbers are blank; coursehero 5928436 (Peterson's) and azkurs SAT
Math Essentials, whose fractions are stacked); the Regents errata's full credit for a student who
"subsequently rounded the answer up to 7" (credit for work, not an equal answer); rules without
a worked pair (the GED "No answer can be a negative number", the FCAT 2010 grid sizes,
mathleague.org's "if the answer is 1/2, do not accept .5 or 2/4", which is used before); the
Manitoba key's ratio table ("8:32 1:4"), which asks for both the ratio and its simplified form
as two marks.

Examined and not used: examexplained.com (its page says "Generated by Claude Opus"), sathelp24x7
and the 3.96.157.236 "dusty_crossing" page (generated; sathelp24x7 named as such before);
enforcerdog.com, sparknotes.com grid-in chapters, help.pearsoncmg.com, mandelbrot.org,
mathcountscentral.com, maueroats NSML, docstoc ICTM "Valid Answers", inside.nku.edu,
pinkmonkey.com, cmath2.com NAEP pages and home.avvanta.com (all used by earlier sets);
trantor.is and schoolbag.info Princeton Review grid-in chapters, the Kaplan / Peterson's / McGraw
-Hill books on issuhub, the Smarter Balanced, Regents and NY grade 3-8 scoring guides on
studylib, scribd, 1library, pdfslide, vdocuments and fdocuments, and the digital-SAT and PSAT
answer-explanation PDFs (only their opening pages were stored, with no accepted forms);
a-warded.org and manhattanreview.com (GRE numeric entry, no example pairs stored);
www.amt.edu.au AMC scoring (0-999 answers, no forms); mysatreview.com, course-notes.org, ilc.org's
second half (repeats acenet); math.free-tuition.com NAEP algebra ("29 OR 29 − 8 = 21", a filled
number sentence, not a second form of the number); cdquestions.com ("Verified By Collegedunia",
same item as greprepclub) and greprepclub "gre-math-challenge-77" (the same comparison as 2-6286,
not taken twice); bestsamplequestions.com (its worked answers contradict themselves);
kaplangradprep GRE answer-choice tricks (its radicals were lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SSV = "www.slideserve.com"
SSV_QD = "https://www.slideserve.com/louvain/quirk-of-the-day"
O685 = "www.0685.com"
O685_SAT = "https://www.0685.com/standardized-tests/sat/19668.html"
CB = "sat.collegeboard.org"
CB_SPR = (
    "http://sat.collegeboard.org/practice/sat-practice-questions-math/student-produced-response"
)
SLB = "studylib.net"
SLB_8897248 = (
    "https://studylib.net/doc/8897248/correct-answers-and-difficulty-levels-for-the-official-sa..."
)
SCR = "www.scribd.com"
SCR_PSAT18 = "https://www.scribd.com/document/561474767/PSAT-October-2018"
# sources of bench/equiv_fresh67_b2.py
ININ = "ininet.org"
ININ_SAT6 = (
    "http://ininet.org/the-s-a-t-practice-test-6-math-testcalculator/"
    "ininet.org/the-s-a-t-practice-test-6-math-testcalculator.html?page=11"
)
ACE = "www.acenet.edu"
ACE_GED = "http://www.acenet.edu/Content/NavigationMenu/ged/test/math_alternate.htm"
ILC = "www.ilc.org"
ILC_GED = "http://www.ilc.org/ged/prep/math_grid.php"
SCR_TASC = "https://www.scribd.com/document/337235741/TASC-Test-Practice-Items-Math"
WKP = "wikiprep.wikidot.com"
WKP_SAT = "http://wikiprep.wikidot.com/wiki:sat-math"
CMP = "www.compassprep.com"
CMP_GUESS = "https://www.compassprep.com/guessing-on-grid-ins/"
SLD = "slideum.com"
SLD_FCAT = "https://slideum.com/doc/1854607/document"
JSCR = "ja.scribd.com"
JSCR_REG02 = "https://ja.scribd.com/document/356023922/20020619-Scoring-Key"
HDB = "hobbydocbox.com"
HDB_MB8 = (
    "https://hobbydocbox.com/Stamps_and_Coins/68710996-Grade-8-answer-key-number-1-squares-and-"
    "square-roots-8-n-1-2-estimating-square-roots-8-n-2.html"
)
GO = "aptitude.gateoverflow.in"
GO_GRE = "http://aptitude.gateoverflow.in/blog/6/gre-quantitative-practice-questions"
GPC = "greprepclub.com"
GPC_6286 = "https://greprepclub.com/forum/2-6286.html"
ISH = "issuhub.com"
ISH_3486 = "https://issuhub.com/view/index/3486?pageIndex=253"
BTG = "www.beatthegmat.com"
BTG_291015 = "http://www.beatthegmat.com/1-9-4a-5-t291015.html"
GMC = "gmatclub.com"
GMC_98201 = "http://gmatclub.com/forum/general-q-98201.html?fl=similar"

CASES = [
    # slideserve "quirk-of-the-day": mixed numbers and decimal accuracy on SAT grid-ins
    _c(
        SSV,
        SSV_QD,
        gold=r"1¼",
        pred=r"1.25",
        wrap=True,
        expected=True,
        why="'the number must be gridded as 1.25 or 5/4 (if it is gridded as 1¼, ... not 1¼)'",
    ),
    _c(
        SSV,
        SSV_QD,
        gold=r"1¼",
        pred=r"5/4",
        wrap=True,
        expected=True,
        why="'the number must be gridded as 1.25 or 5/4 (if it is gridded as 1¼, ... not 1¼)'",
    ),
    _c(
        SSV,
        SSV_QD,
        gold=r"1¼",
        pred=r"11/4",
        wrap=True,
        expected=False,
        why="'if it is gridded as 1¼, it will be interpreted as 11/4 , not 1¼'",
    ),
    _c(
        SSV,
        SSV_QD,
        gold=r"0.1666. . .",
        pred=r".166",
        wrap=True,
        expected=True,
        why="'an answer such as 0.1666. . ., you should record the result as .166 or .167'",
    ),
    _c(
        SSV,
        SSV_QD,
        gold=r"0.1666. . .",
        pred=r".167",
        wrap=True,
        expected=True,
        why="'an answer such as 0.1666. . ., you should record the result as .166 or .167'",
    ),
    _c(
        SSV,
        SSV_QD,
        gold=r"0.1666. . .",
        pred=r".16",
        wrap=True,
        expected=False,
        why="'Less accurate values such as .16 or .17 are not acceptable.'",
    ),
    _c(
        SSV,
        SSV_QD,
        gold=r"0.1666. . .",
        pred=r".17",
        wrap=True,
        expected=False,
        why="'Less accurate values such as .16 or .17 are not acceptable.'",
    ),
    # 0685.com SAT grid-in guide: accepted and wrongly gridded forms
    _c(
        O685,
        O685_SAT,
        gold=r"1/4",
        pred=r"0.25",
        wrap=True,
        expected=True,
        why="'1/4 and 0.25 are equivalent, and both would be marked correct if that is the answer'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"1/8",
        pred=r".125",
        wrap=True,
        expected=True,
        why="'you must grid 1/8 as .125'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"1/8",
        pred=r"0.12",
        wrap=True,
        expected=False,
        why="'you must grid 1/8 as .125. If you gridded it as 0.12 or .12, it would be marked wrong.'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"1/8",
        pred=r".12",
        wrap=True,
        expected=False,
        why="'you must grid 1/8 as .125. If you gridded it as 0.12 or .12, it would be marked wrong.'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"2/3",
        pred=r".666",
        wrap=True,
        expected=True,
        why="'2/3 could be gridded as a fraction, or as .666 or .667'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"2/3",
        pred=r".667",
        wrap=True,
        expected=True,
        why="'2/3 could be gridded as a fraction, or as .666 or .667'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"2/3",
        pred=r"0.66",
        wrap=True,
        expected=False,
        why="'A grid-in of 0.66 or 0.67 would be marked wrong.'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"2/3",
        pred=r"0.67",
        wrap=True,
        expected=False,
        why="'A grid-in of 0.66 or 0.67 would be marked wrong.'",
    ),
    _c(
        O685,
        O685_SAT,
        gold=r"7 1/4",
        pred=r"71/4",
        wrap=True,
        expected=False,
        why="'You can't grid 7 1/4 as 71/4, because that will be interpreted as seventy-one fourths.'",
    ),
    # sat.collegeboard.org grid-in tips: decimal accuracy, unreduced fractions
    _c(
        CB,
        CB_SPR,
        gold=r"1/8",
        pred=r".125",
        wrap=True,
        expected=True,
        why="'an answer of 1/8 could also be gridded as .125 but not as 0.12, which is less accurate'",
    ),
    _c(
        CB,
        CB_SPR,
        gold=r"1/8",
        pred=r"0.12",
        wrap=True,
        expected=False,
        why="'an answer of 1/8 could also be gridded as .125 but not as 0.12, which is less accurate'",
    ),
    _c(
        CB,
        CB_SPR,
        gold=r"15/25",
        pred=r"3/5",
        wrap=True,
        expected=True,
        why="'15/25 will not fit. You can grid 3/5, 6/10, or 9/15.'",
    ),
    _c(
        CB,
        CB_SPR,
        gold=r"15/25",
        pred=r"6/10",
        wrap=True,
        expected=True,
        why="'15/25 will not fit. You can grid 3/5, 6/10, or 9/15.'",
    ),
    _c(
        CB,
        CB_SPR,
        gold=r"15/25",
        pred=r"9/15",
        wrap=True,
        expected=True,
        why="'15/25 will not fit. You can grid 3/5, 6/10, or 9/15.'",
    ),
    _c(
        CB,
        CB_SPR,
        gold=r"15/25",
        pred=r".6",
        wrap=True,
        expected=True,
        why="'You can grid 3/5, 6/10, or 9/15. The decimal form, .6, can also be gridded.'",
    ),
    # studylib 8897248, official SAT practice test key: student-produced responses
    _c(
        SLB,
        SLB_8897248,
        gold=r"13/2",
        pred=r"6.5",
        wrap=True,
        expected=True,
        why="Section 9 student-produced response key: '13/2 or 6.5'",
    ),
    _c(
        SLB,
        SLB_8897248,
        gold=r"5/9",
        pred=r".555",
        wrap=True,
        expected=True,
        why="Section 9 student-produced response key: '5/9, .555 or .556'",
    ),
    _c(
        SLB,
        SLB_8897248,
        gold=r"5/9",
        pred=r".556",
        wrap=True,
        expected=True,
        why="Section 9 student-produced response key: '5/9, .555 or .556'",
    ),
    # scribd 561474767, PSAT October 2018 answer key: grid-in forms
    _c(
        SCR,
        SCR_PSAT18,
        gold=r"1/3",
        pred=r".333",
        wrap=True,
        expected=True,
        why="Oct. 24 form, Math Test - No Calculator, 15: '1/3, .333'",
    ),
    _c(
        SCR,
        SCR_PSAT18,
        gold=r"13/5",
        pred=r"2.6",
        wrap=True,
        expected=True,
        why="Oct. 10 form, Math Test - No Calculator, 16: '13/5, 2.6'",
    ),
    _c(
        SCR,
        SCR_PSAT18,
        gold=r"5/2",
        pred=r"2.5",
        wrap=True,
        expected=True,
        why="Oct. 24 form, Math Test - No Calculator, 17: '5/2, 2.5'",
    ),
    _c(
        SCR,
        SCR_PSAT18,
        gold=r"2/5",
        pred=r".4",
        wrap=True,
        expected=True,
        why="Math Test - Calculator, 30: '2/5, .4'",
    ),
]
