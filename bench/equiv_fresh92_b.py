r"""A ninety-second fresh set of answer-equivalence cases (evaluation only; helper "b": domain and
range, inequalities and interval notation in algebra and precalculus -- a solution set written as
an interval, an inequality, set-builder notation or a roster; unions of intervals; open against
closed ends; the empty set and "no solution"; the forms an answer key, an IB markscheme, a
tutor's or forum reply, or a homework checker's help page accepts or refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool; one
homework-system help page, docs.wiris.com, came from the ``docs`` corpus), not from repositories;
no earlier set used them (each URL or page id, and domain plus distinctive path part, was grepped
in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed in
/work/wt/fresh92_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt)
was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh92_b2.py (same
rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (the IB
page's ``\left[ { - 2,\,\,\infty } \right[`` and ``\geqslant``, mathhelpforum's ``\left\{ {x:3 <
x < 5} \right\}``, gradesaver's ``\{x\ |\ \ -2 \lt x\leq 4\ \}``), plain-text forms kept as typed
("(-infinity, 7)", "x >= -4, x < 8", "(3, +inf)", "U" for union), unicode kept ("−2 ≤ y ≤ 2",
"ø", the en dashes of "(– 3, 0)" and "x < – 10"). Inline-math delimiters ($...$, \( \), [tex])
are dropped and the text inside kept. A left side that only names the set ("D =", "A=") is
dropped where the answer is the right side. Where a key lists forms joined by "or"/"OR" the
first is the gold and each further form a True case; where an exercise converts a given form
("write ... as intervals", "... in set-builder form"), the gold is the form the exercise asks for
and the pred the given one, which the page states is equal; in a table or chain "A = B" the pred
is the form the page starts from. Choices of a multiple-choice question other than the one marked
correct are False cases against it.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- library.tis.today IB questionbank 41-dp-mathematical-studies question 263189 (18M.1.sl.TZ1.15:
  range of f "[-2, ∞[ or [-2, ∞) OR f(x) ≥ -2 or y ≥ -2 OR -2 ≤ f(x) < ∞ ... Accept f ≥ -2";
  values of x for which f(x) > g(x) "x < -1, x > 1.52 OR (-∞, -1) ∪ (1.52, ∞)"). 6 cases.
- mathhelpforum.com 187777 "interval notation placement" (asker: "(5,-3] or is it [-3,5)"; reply:
  "It's (-3, 5]. The smaller value ... must be on the left", then "(3,5) ≡ {x: 3 < x < 5}" and the
  same for (3,5], [3,5), [3,5]). 6 cases (2 False).
- documents.pub copy of an "IB Questionbank Test" (its question 2 matches IB 18M.1.SL.TZ1.S_3;
  2c: "−2 ≤ y ≤ 2, y [−2, 2]∈ (accept −2 ≤ x ≤ 2)"). 1 case.
- petfoodhonesty.com responto 25046363 (a Brainly copy: "Interval notation: [-4, 8) Inequality
  notation: -4 ≤ x < 8 / x >= -4, x < 8 ... it can also be written as two separate
  inequalities"; "(-infinity, 7)" and "x < 7"). 3 cases.
- englishlangkan.com question 12925213 (a Brainly copy: "the solution could be written either x>3
  OR (3, +inf)"; "(-inf, -3) U (3, inf) instead of 'x>3 or x<-3'"). 2 cases.
- lakschool.com "math/functions/range" (range of x^2 "[0,∞[", "A different notation would be:
  ℝ⁺₀ (set notation)"). 1 case.
- homework.cpm.org APCALC problem 2-66 (publisher's hint: "There are two accepted forms of
  notation for domain and range": "D = [0, 1) ∪ (1, ∞)" and "D = {x: x ≥ 0 and x ≠ 1}"). 1 case.
- qamnty.com 21216582 ("{X: -2 < X ≤ 4} In interval notation, we write this set as: (-2, 4]").
  1 case.
- qammunity.org 11850071 (the domain from a graph with an asymptote at x = 7: "all real numbers
  with the exception of x = 7 ... In other words, the domain is (-∞, 7) ∪ (7, ∞)"). 1 case.
- www.icoachmath.com math dictionary "empty_set" (solved example |6x - 7| + 10 = 0, choices "A. ø
  B. - 10 C. - 1/2 D. {- 1/2, 17/6}", "Correct Answer: A", "the solution set is {} or a null set
  ø"). 4 cases (3 False).
- wwrenderer.libretexts.org render of WeBWorK ASU-topics setIntroduction_to_WeBWorK
  ``mat106prob5.pg`` (the natural numbers between 3 and 10: roster "{4, 5, 6, 7, 8, 9}", "WeBWorK
  would expect you to enter only the comma separated lists ... 4, 5, 6, 7, 8, 9", "We might also
  write { x | 3 < x < 10 where x is a natural number}"). 2 cases.

Sources of bench/equiv_fresh92_b2.py:

- www.esaral.com q 18853 (RD Sharma: "Write each of the following intervals in the set-builder
  form": "(i) A=(-2,3)" -> "A={x: x ∈ R,-2<x<3}" ... "(vi) F=(0,5]"). 6 cases.
- www.cuemath.com NCERT solution "Write the following as intervals" ("{x : x ∈ R, - 4 < x ≤ 6} =
  (- 4, 6]" ... "{x : x ∈ R, 3 ≤ x ≤ 4} = [3, 4]"). 4 cases.
- learn.careers360.com NCERT Q7 "Write the following intervals in set-builder form" ("(– 3, 0) =
  {x: x ∈ R, -3 < x < 0}" ... "[–23, 5)"). 4 cases.
- gradesaver.com Precalculus 6e (Blitzer), P.9 exercise set p.137 no. 2 (answer "{x | -2 < x ≤
  4}" for (-2,4], and the worked rules "[a,b)={x | a ≤ x < b}", "(-6,∞)={x | x > -6}",
  "(-∞,3]={x | x ≤ 3}"). 4 cases.
- docs.wiris.com WIRIS quizzes "Intervals" (homework checker help page: "Students can use
  intervals in answers, and the system will understand them as their equivalent inequality";
  table "(a,b) | a<x∧x<b" ... "{a} | x=a", "{a,b,c} | x=a∨x=b∨x=c", "∅ | false"). 7 cases.

53 cases in all (5 False): 28 here (5 False), 25 in bench/equiv_fresh92_b2.py (0 False).

Left out, by rule: condoned or lenient marks that accept a form which is not the same set
(263189's "condone weak inequalities for this second mark" after an earlier penalty); forms the
page does not itself write (263189's strict "f(x) > -2", which the note would refuse, is not
spelled out); petfoodhonesty 25046363 part c, whose interval
"(-infinity, -6) U (0, infinity)" and inequalities "-6> x ≥ 0", "x < -6, x >= 0" disagree about
0; the documents.pub 2c form "y [−2, 2]∈", whose ∈ the text conversion moved; the wiris row
"(a,+∞) | a\le x", which includes a and so contradicts the open end (another copy of the same
table reads "a < x"), its identical row "ℝ | ℝ", and its "reversed notation ... [-2,+∞[ will also
be accepted", whose correct answer is not in the stored text; the WeBWorK mat106prob5 interval
example ("Set Builder: { x | 3 < x < 10}. Take..."), cut off before the interval.

Examined and not used: the WeBWorK "Using Interval Notation" help files (webwork.maa.org,
webwork.math.ucdavis.edu), wwrenderer mat106prob3, help.varsitylearning.com intervals,
petfoodhonesty 8707174, wyzant 883596, physicsforums 418188, imathworks "notation for domain with discontinuities", mathelounge 274681,
mathproofaday, kiwix math.stackexchange 1031310, forclassmates 495, gradesaver Elementary and
Intermediate Algebra 3.5 no. 76, ORCCA "special solution sets", the sourceforge contextInequalities
commit 24825456, the nvidia Nemotron-CC-Math dataset page (WeBWorK forum posts on ℝ - {1} and
overlapping unions) and scribd/anonyproxies CIE and OCR functions mark schemes (all used or
claimed by earlier sets); a.simonm.io, algebra.com and jiskha (excluded by the brief); AI or
generated pages (gauthmath, smartsolve, questionai, mathix, edu.com, mysovi, math.bot, vaia,
pearson channels "verified" guidance, studyquestionhub, learn.padho.ai, pengi.ai, sorumatik,
vocabdictionary, monithon, flash-europa and similar); the danemathics worksheet memos on GitHub
(docs corpus, not a help page); amaanswers.com and moodlehub 57569 (mojibake where the
inequality signs were); calculator.mathcaptain.com (its worked examples give "(0, 3)" as "0 ≤ x
< 3"); answer.ya.guru 4149624 (gives "(−∞, ∞)" as the domain of a logarithm of x - 3);
physicsforums 427485 and the cs.rit.edu copy of the same question (the final interval in the
reply is wrong, and the thread's own correct answer is not stated); IB markschemes on vdocument,
info.5y1.org and 9lib whose math was stripped; scribd 705382276 (CIE modulus inequalities, whose
fractions were stacked); vedantu and goprep NCERT copies (vedantu's (iv) misprints [–23, 5));
philoid 43958 (the same NCERT exercise as cuemath's); qammunity 21501242 (its interval was
stripped from the stored text).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TIS = "library.tis.today"
TIS_263189 = "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/41-dp-mathematical-studies/questions/263189.html"
MHF = "mathhelpforum.com"
MHF_187777 = "http://mathhelpforum.com/algebra/187777-interval-notation-placement.html"
DPUB = "documents.pub"
DPUB_IBQ = "https://documents.pub/amp/document/ib-questionbank-test-web-view-x-7-3-y-a1-n3-3-marks-2a-1-mark-markscheme.html"
PFH = "petfoodhonesty.com"
PFH_25046363 = "https://petfoodhonesty.com/responto/25046363"
ELK = "englishlangkan.com"
ELK_12925213 = "https://englishlangkan.com/question/do-you-prefer-to-epress-solutions-to-inequalities-using-interval-notation-or-as-an-inequality-do-12925213-43/"
LAK = "lakschool.com"
LAK_RANGE = "https://lakschool.com/en/math/functions/range"
CPM = "homework.cpm.org"
CPM_266 = (
    "https://homework.cpm.org/category/CCI_CT/textbook/apcalc/chapter/2/lesson/2.2.2/problem/2-66"
)
QMT = "qamnty.com"
QMT_21216582 = "https://qamnty.com/21216582/?show=21216583"
QAM = "qammunity.org"
QAM_11850071 = "https://qammunity.org/11850071"
ICM = "www.icoachmath.com"
ICM_EMPTY = "http://www.icoachmath.com/math_dictionary/empty_set.html"
WWR = "wwrenderer.libretexts.org"
WWR_106P5 = "https://wwrenderer.libretexts.org/render-api?sourceFilePath=Library/ASU-topics/setIntroduction_to_WeBWorK/mat106prob5.pg&problemSeed=1234567&courseID=anonymous&userID=anonymous&course_password=anonymous&answersSubmitted=0&showSummary=1&displayMode=MathJax&language=en&outputFormat=nosubmit"
# sources of bench/equiv_fresh92_b2.py
ESA = "www.esaral.com"
ESA_18853 = (
    "https://www.esaral.com/q/write-each-of-the-following-intervals-in-the-set-builder-from-18853/"
)
CUE = "www.cuemath.com"
CUE_INT = "https://www.cuemath.com/ncert-solutions/write-the-following-as-intervals-i-x-x-r-4-x-6-ii-x-x-r-12-x-10-iii-x-x-r-0-x-7-iv-x-x-r-3-x-4/"
C360 = "learn.careers360.com"
C360_Q7 = "https://learn.careers360.com/ncert/question-write-the-following-intervals-in-set-builder-form-minus-3-0-6-12-6-12-minus-23-5/"
GS = "gradesaver.com"
GS_BLITZER = "https://gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/chapter-p-section-p-9-linear-inequalities-and-absolute-value-inequalities-exercise-set-page-137/2"
WIR = "docs.wiris.com"
WIR_INT = "https://docs.wiris.com/quizzes/en/advanced-validation-features/intervals.html"

CASES = [
    # library.tis.today IB questionbank 263189 (18M.1.sl.TZ1.15): the range of f and the values of x for which f(x) > g(x)
    _c(
        TIS,
        TIS_263189,
        gold=r"\left[ { - 2,\,\,\infty } \right[",
        pred=r"\left[ { - 2,\,\,\infty } \right)",
        wrap=True,
        expected=True,
        why="range of f: '[-2, inf[ or [-2, inf) OR f(x) >= -2 or y >= -2 OR -2 <= f(x) < inf (A1)(A1)'",
    ),
    _c(
        TIS,
        TIS_263189,
        gold=r"\left[ { - 2,\,\,\infty } \right[",
        pred=r"f\left( x \right) \geqslant - 2",
        wrap=True,
        expected=True,
        why="range of f: '[-2, inf[ ... OR f(x) >= -2 or y >= -2 OR -2 <= f(x) < inf (A1)(A1)'",
    ),
    _c(
        TIS,
        TIS_263189,
        gold=r"\left[ { - 2,\,\,\infty } \right[",
        pred=r"y \geqslant - 2",
        wrap=True,
        expected=True,
        why="range of f: '[-2, inf[ ... OR f(x) >= -2 or y >= -2 OR -2 <= f(x) < inf (A1)(A1)'",
    ),
    _c(
        TIS,
        TIS_263189,
        gold=r"\left[ { - 2,\,\,\infty } \right[",
        pred=r"- 2 \leqslant f\left( x \right) < \infty",
        wrap=True,
        expected=True,
        why="range of f: '[-2, inf[ ... OR -2 <= f(x) < inf (A1)(A1)'",
    ),
    _c(
        TIS,
        TIS_263189,
        gold=r"\left[ { - 2,\,\,\infty } \right[",
        pred=r"f \geqslant - 2",
        wrap=True,
        expected=True,
        why="range of f, Note: '... completely correct mathematical notation, including weak inequalities. Accept f >= -2.'",
    ),
    _c(
        TIS,
        TIS_263189,
        gold=r"x < - 1,\,\,\,x > 1.52",
        pred=r"\left( { - \infty ,\,\, - 1} \right) \cup \left( {1.52,\,\,\infty } \right)",
        wrap=True,
        expected=True,
        why="f(x) > g(x): 'x < -1, x > 1.52 OR (-inf, -1) U (1.52, inf). (A1)(ft)(A1)(ft)'",
    ),
    # mathhelpforum 187777: an interval read off a graph, and interval = set-builder pairs
    _c(
        MHF,
        MHF_187777,
        gold=r"(-3, 5]",
        pred=r"(5,-3]",
        wrap=True,
        expected=False,
        why="asker: '(5,-3] or is it [-3,5)'; reply: 'It's (-3, 5]. The smaller value ... must be on the left.'",
    ),
    _c(
        MHF,
        MHF_187777,
        gold=r"(-3, 5]",
        pred=r"[-3,5)",
        wrap=True,
        expected=False,
        why="asker: '(5,-3] or is it [-3,5)'; reply: 'It's (-3, 5].' (parentheses for <, brackets for <=)",
    ),
    _c(
        MHF,
        MHF_187777,
        gold=r"(3,5)",
        pred=r"\left\{ {x:3 < x < 5} \right\}",
        wrap=True,
        expected=True,
        why="reply: '(3,5) \\equiv {x: 3 < x < 5}'",
    ),
    _c(
        MHF,
        MHF_187777,
        gold=r"(3,5]",
        pred=r"\left\{ {x:3 < x \leqslant 5} \right\}",
        wrap=True,
        expected=True,
        why="reply: '(3,5] \\equiv {x: 3 < x <= 5}'",
    ),
    _c(
        MHF,
        MHF_187777,
        gold=r"[3,5)",
        pred=r"\left\{ {x:3 \leqslant x < 5} \right\}",
        wrap=True,
        expected=True,
        why="reply: '[3,5) \\equiv {x: 3 <= x < 5}'",
    ),
    _c(
        MHF,
        MHF_187777,
        gold=r"[3,5]",
        pred=r"\left\{ {x:3 \leqslant x \leqslant 5} \right\}",
        wrap=True,
        expected=True,
        why="reply: '[3,5] \\equiv {x: 3 <= x <= 5}'",
    ),
    # documents.pub copy of an IB questionbank test (18M SL TZ1 S_3), 2c: the range of f
    _c(
        DPUB,
        DPUB_IBQ,
        gold=r"−2 ≤ y ≤ 2",
        pred=r"−2 ≤ x ≤ 2",
        wrap=True,
        expected=True,
        why="2c: '−2 ≤ y ≤ 2, y [−2, 2]∈ (accept −2 ≤ x ≤ 2) A1 N1'",
    ),
    # petfoodhonesty.com 25046363 (a Brainly copy): interval notation and inequality notation
    _c(
        PFH,
        PFH_25046363,
        gold=r"[-4, 8)",
        pred=r"-4\leq x<8",
        wrap=True,
        expected=True,
        why="a) 'Interval notation: [-4, 8)  Inequality notation: -4\\leq x<8'",
    ),
    _c(
        PFH,
        PFH_25046363,
        gold=r"[-4, 8)",
        pred=r"x >= -4, x < 8",
        wrap=True,
        expected=True,
        why="a) '... x >= -4, x < 8 --- it can also be written as two separate inequalities'",
    ),
    _c(
        PFH,
        PFH_25046363,
        gold=r"(-infinity, 7)",
        pred=r"x < 7",
        wrap=True,
        expected=True,
        why="b) 'Interval notation: (-infinity, 7)  Inequality notation: x < 7'",
    ),
    # englishlangkan.com 12925213 (a Brainly copy): an inequality or an interval
    _c(
        ELK,
        ELK_12925213,
        gold=r"x>3",
        pred=r"(3, +inf)",
        wrap=True,
        expected=True,
        why="'the solution could be written either x>3 OR (3, +inf)'",
    ),
    _c(
        ELK,
        ELK_12925213,
        gold=r"(-inf, -3) U (3, inf)",
        pred=r"x>3 or x<-3",
        wrap=True,
        expected=True,
        why="'The solution can be easily written as: (-inf, -3) U (3, inf) instead of 'x>3 or x<-3''",
    ),
    # lakschool.com range: the range of x^2 in interval and in set notation
    _c(
        LAK,
        LAK_RANGE,
        gold=r"[0,\infty[",
        pred=r"\mathbb{R}^{+}_{0}",
        wrap=True,
        expected=True,
        why="range of x^2 '$[0,\\infty[$' ... 'A different notation would be: $\\mathbb{R}^{+}_{0}$ (set notation)'",
    ),
    # homework.cpm.org APCALC 2-66: the two accepted notations for a domain
    _c(
        CPM,
        CPM_266,
        gold=r"[0, 1) \cup (1, ∞)",
        pred=r"{x: x ≥ 0 \text{ and } x ≠ 1}",
        wrap=True,
        expected=True,
        why="'There are two accepted forms ... Interval Notation: D = [0, 1) \\cup (1, ∞) ... Set Notation: D = {x: x ≥ 0 and x ≠ 1}'",
    ),
    # qamnty.com 21216582: a set in set-builder and in interval notation
    _c(
        QMT,
        QMT_21216582,
        gold=r"(-2, 4]",
        pred=r"{X: -2 < X ≤ 4}",
        wrap=True,
        expected=True,
        why="'{X: -2 < X ≤ 4} In interval notation, we write this set as: (-2, 4]'",
    ),
    # qammunity.org 11850071: a domain with one excluded value, in words and in interval notation
    _c(
        QAM,
        QAM_11850071,
        gold=r"(-\infty, 7) \cup (7, \infty)",
        pred=r"all real numbers with the exception of x = 7",
        wrap=True,
        expected=True,
        why="'the domain of the function should thus be all real numbers with the exception of x = 7. Here's how to write that in interval notation' ... 'the domain is (-\\infty, 7) \\cup (7, \\infty).'",
    ),
    # icoachmath empty set: a solved example, |6x - 7| + 10 = 0, with its four choices
    _c(
        ICM,
        ICM_EMPTY,
        gold=r"ø",
        pred=r"{}",
        wrap=True,
        expected=True,
        why="'Correct Answer: A' (A. ø); 'So, the solution set is {} or a null set ø.'",
    ),
    _c(
        ICM,
        ICM_EMPTY,
        gold=r"ø",
        pred=r"- 10",
        wrap=True,
        expected=False,
        why="choices 'A. ø B. - 10 C. - 1/2 D. {- 1/2, 17/6}', 'Correct Answer: A'",
    ),
    _c(
        ICM,
        ICM_EMPTY,
        gold=r"ø",
        pred=r"- 1/2",
        wrap=True,
        expected=False,
        why="choices 'A. ø B. - 10 C. - 1/2 D. {- 1/2, 17/6}', 'Correct Answer: A'",
    ),
    _c(
        ICM,
        ICM_EMPTY,
        gold=r"ø",
        pred=r"{- 1/2, 17/6}",
        wrap=True,
        expected=False,
        why="choices 'A. ø B. - 10 C. - 1/2 D. {- 1/2, 17/6}', 'Correct Answer: A'",
    ),
    # wwrenderer.libretexts.org, WeBWorK ASU mat106prob5: a roster, a WeBWorK list and set-builder notation
    _c(
        WWR,
        WWR_106P5,
        gold=r"{4, 5, 6, 7, 8, 9}",
        pred=r"4, 5, 6, 7, 8, 9",
        wrap=True,
        expected=True,
        why="'We might just list the correct values: {4, 5, 6, 7, 8, 9} ... WeBWorK would expect you to enter only the comma separated lists ... 4, 5, 6, 7, 8, 9'",
    ),
    _c(
        WWR,
        WWR_106P5,
        gold=r"{4, 5, 6, 7, 8, 9}",
        pred=r"{ x | 3 < x < 10 where x is a natural number}",
        wrap=True,
        expected=True,
        why="natural numbers between 3 and 10: roster '{4, 5, 6, 7, 8, 9}'; 'We might also write { x | 3 < x < 10 where x is a natural number}'",
    ),
]
