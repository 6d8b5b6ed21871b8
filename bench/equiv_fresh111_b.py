r"""A hundred-and-eleventh fresh set of answer-equivalence cases (evaluation only; helper "b":
maths answers that are words or short phrases rather than numbers -- convergent or divergent
(absolutely, conditionally), "no solution", "infinite number of solutions", consistent,
inconsistent and dependent systems, the empty set, "identity", exponential growth or decay,
"always / sometimes / never", yes or no, true or false, even / odd / neither, parallel /
perpendicular / neither, prime / composite / neither, positive / negative / no correlation,
"function" or "not a function", "undefined" slope, and names of shapes and solids (isosceles right
triangle against 45-45-90 triangle, tetrahedron against triangular pyramid, cuboid against
rectangular prism, rhombus, square or parallelogram against "diamond") -- where a key, a worked
solution, a teacher or a helper settles that another wording is the same answer or that one is
wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh111_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh111_b2.py and
bench/equiv_fresh111_b3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them, with the page's capitals and
spacing ("Neither", "ALWAYS", "45 45 90 triangle" on moomoomath against "45-45-90 triangle"
elsewhere, "Strong positive"), LaTeX kept as LaTeX (gradesaver's "$\emptyset$ or
$\left\{\right\}$" without its dollar signs). A lead-in such as "Answer:" or "Ans:" is dropped, and
so is a sentence's final full stop ("Yes, always." is "Yes, always"). Where a key gives two forms
for one answer ("No solution; inconsistent system", "tetrahedron (triangular pyramid)",
"decreasing (represents decay)"), the form the page gives as its answer, or the first form, is the
gold and the other a True case. Where a question offers a fixed set of answers (always / sometimes
/ never, even / odd / neither, true / false, the lettered choices of a key), each other offered
answer that the page's verdict excludes is a False case against that gold; "divergent" (gradwiki)
and "growth" (socratic) are refused values the page rules out in words ("the series converges",
"decreasing (represents decay)"), not forms printed as answers. Readings, each noted in ``why``:
the dummies answers "Yes, always." and "No, never." are golds whose bare "always" / "never" are
True cases; integreat's "a limit that has an answer of positive or negative infinity technically
'D.N.E.'" is read as settling "D.N.E." for an infinite limit.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- gradwiki.math.ucr.edu 009C Sample Final 3, Problem 2, oldid 3101 ("Hence, the series is not
  absolutely convergent", "Therefore, the series converges by the Alternating Series Test",
  "Final Answer: (a) not absolutely convergent (b) conditionally convergent"). 2 cases (2 False).
- wgdesigngroup.com copy of a Pearson Survey of Mathematics answer page 362 ("27. ... No solution;
  inconsistent system", "21. ... Infinite number of solutions; dependent system"). 3 cases
  (1 False).
- www.moomoomath.com "45-45-90" ("A triangle with two equal sides, and a ninety degree angle will
  be a 45 45 90 triangle", "A 45 45 90 triangle is also called an isosceles right triangle").
  1 case.
- www.gmatsyllabus.com "special-right-triangles" ("45-45-90 triangle ... This triangle is also
  called isosceles right triangle as two sides are equal"). 1 case.
- hellothinkster.com "45-45-90-triangles" ("The 45-45-90 is an isosceles right triangle ... We
  call this the 45-45-90 triangle"). 1 case.
- www.edplace.com KS4 year 10 worksheet 916/2706 "Equations and identities" ("the equation has an
  infinite number of solutions and is in fact an identity"; "24 = 20 False so no solution"). 2
  cases (1 False).
- socratic.org "y = 1/3 (0.1)^x ... growth or decay" ("a decreasing function (represents decay)
  if a > 0 and b in (0;1)", "therfore the function is decreasing (represents decay)"). 2 cases
  (1 False).
- www.algebra.com Linear-systems question 54436 (Edwin: "So there can be no solution. This is
  called an inconsistent system. It has no solution. [If it had come out a true numerical
  equation ... then it would have been a dependent system]"). 2 cases (1 False).
- www.dummies.com "How Various Quadrilaterals Are Related" ("supplying the answers -- always,
  sometimes, or never"; "Is a rectangle a rhombus? Sometimes (when it's a square)", "Is a rhombus
  a parallelogram? Yes, always.", "Is a trapezoid a kite? No, never.", "Is a parallelogram a
  square? Sometimes.", "Is an isosceles trapezoid a rectangle? No, never.", "Is a square a kite?
  Yes, always."). 6 cases (4 False).

Sources of bench/equiv_fresh111_b2.py:

- mathcentral.uregina.ca QQ.09.07 donna5 (Victoria, to "Is zero an even number, an odd number, or
  neither?": "the number zero is even"). 2 cases (2 False).
- www.gradesaver.com Calculus Early Transcendentals 8th ed., 1.1 exercise 78, page 23 (answer
  "Neither"; work "$f(-x)\ne \pm f(x)$ $\therefore f(x)$ is neither odd nor even."). 3 cases
  (2 False).
- homework.cpm.org CCG 8-12 ("All squares are rectangles. True, ...", "All quadrilaterals are
  parallelograms. False, ..."). 2 cases (2 False).
- homework.cpm.org CC3 (MN) 10-8 ("always true, sometimes true, or never true ... Any other time
  the statement is false. Therefore, the statement is sometimes true. Sometimes true", "Always
  true"). 3 cases (3 False).
- content-primaryteachers.cpdcollege.com page 511 "Three-dimensional shapes - part 2" ("Note also
  that another name for a rectangular prism is a cuboid"). 1 case.
- www.gradesaver.com Introductory Algebra for College Students 7th ed., 3.3 exercise 33, page 242
  (answer "neither"; work "Therefore these lines are neither parallel nor perpendicular."). 3
  cases (2 False).
- 2017s1-07mathematics.blogspot.com "question-answer" ("Hence 1 is neither prime nor composite.
  answer: therefore 1 is not a prime or composite number."). 3 cases (2 False).
- www.integreat.ca notes CALC 01.07 "Infinite Limits" ("Know that a limit that has an answer of
  positive or negative infinity technically 'D.N.E.'"). 1 case.
- www.gradesaver.com Intermediate Algebra for College Students 7th ed., 1.4 concept and vocabulary
  check 7, page 50 ("inconsistent; $\emptyset$ or $\left\{\right\}$", "The solution set can be
  expressed as $\emptyset$ or $\left\{\right\}$"). 1 case.
- web2.0calc.com "is-a-square-a-rectangle-and-can-a-rectangle-be-a-square" ("Is a square a
  rectangle? Yes! A square is a rectangle."). 1 case (1 False).
- gofigurewithscipi.blogspot.com 2014/11 "faux-diamonds" (a college maths teacher: "a diamond is
  not technically a mathematical shape whereas a rhombus is ... The first is an accurate term,
  the second one is not"). 1 case (1 False).
- borzick.blogspot.com 2012/12 "the-problem-with-diamonds" (a teacher: "they call it a diamond.
  The problem with this is that they are the same shape; only one has been rotated 45 degrees",
  "They are parallelograms, not diamonds-regardless of how they are rotated."). 2 cases
  (2 False).
- mathwords.com "p/pyramid.htm" ("A pyramid with a triangular base is called a tetrahedron.").
  1 case.
- www.rpdp.net maths dictionary "tetrahedron (triangular pyramid)". 1 case.
- www.edumple.com CBSE class 6 "types of solids" ("Triangular Pyramid : A triangular pyramid
  (Tetrahedron) shown in fig. has ..."). 1 case.
- socratic.org "The slope of a horizontal line is zero, but why is the slope of a vertical line
  undefined (not zero)?" ("#1/0# is undefined"). 1 case (1 False).
- mathskey.com 22-50-28 ("No, the relation is not a function."). 1 case.
- qammunity.org 21379964 ("Answer: No, because for each input there is not exactly one output",
  "the relation given is not a function"). 1 case.
- www.jiskha.com question 1332347223 ("If the slopes are equal, the lines are parallel and have no
  solution(inconsistent)."). 1 case.

Sources of bench/equiv_fresh111_b3.py:

- www.weegy.com conversation UFGDQV14 ("A square is a rectangle. always sometimes never / A square
  is ALWAYS a rectangle."). 2 cases (2 False).
- www.iitianacademy.com IGCSE 0580 E9.2 paper 2 questions ("Ans: Positive / This statement
  describes a positive correlation ... This is different from: Negative correlation ... No
  correlation"; "(b) Ans: Positive correlation"). 4 cases (3 False).
- cardifftutorcompany.co.uk practice questions 7-probability/20-scatter-graph (choices "A: No
  correlation B: Strong positive C: Weak negative D: Weak positive"; "CORRECT ANSWER: B: Strong
  positive ... Therefore, we have a strong positive correlation."; "CORRECT ANSWER: A: No
  correlation"). 5 cases (4 False).

61 cases in all (37 False) from 31 sources: 20 here (10 False), 30 in bench/equiv_fresh111_b2.py
(18 False), 11 in bench/equiv_fresh111_b3.py (9 False).

Left out, by rule: moam.info answer key 5a2369911723ddd739791ac8 (McDougal Littell "13.
inﬁnitely many solutions; consistent and dependent": the stored PDF text carries the "ﬁ" ligature,
a text-conversion artefact); trapezium against trapezoid (mathopenref "trapezium", wikipedia
"Trapezium", wiktionary talk page: the meaning depends on the country, so the question must
decide); "is a rhombus / square a trapezoid" (socratic, answers.com, thefaqblog: depends on the
inclusive or exclusive definition); houseofmaths.co.uk "Are diamond and rhombus the same?" (its own
definition of a diamond, against the teachers above); birthyteachermom.blogspot ("diamond ... you
are wrong, the correct mathematical term is RHOMBUS", answered in a comment "Mikey disagrees") and
heidisblog (the writer disputes the teacher's "rhombus"), disputed; chacha.com and
physicsforums "zero: even, odd or neither" and math.answers.com / qammunity 9477876 on 1 (answers
that contradict each other).

Examined and not used: questionai, gaviki, edu.com homework-helper, smartsolve, studdyai, atlas,
vaia, studyquestionhub, math-gpt, gauthmath, studyx, learn8, askvity, qeeebo and jiskha 2121883's
bot reply (machine-written answers); sdrta.net (a spun copy of an Illustrative Mathematics task),
testlms.ibisacademy, maricahasevip, onlinesportsblog, reimaginebelonging, loislowe, imba.missouri,
dimaggio-old.heartlight, brad-node, winenfood, climatesoscanada, tjhub.jdoodle, taftindependent,
gcsemathsai, gcseperfect, openknowledgegraph and stemcalculators (generated articles or pages);
prepgo, fiveable, owlsprep, apcourses and proofindex (definitions, no answer forms compared);
newton.dep.anl.gov math99088, mathforum drmath 62829, mathhelpforum 143890, penjiapp,
teachingcalculus "tag/dne", issuhub 30136, vvhen.is f8TtXICERQ8 and qammunity 603344 (used or
examined by earlier sets); mathforum drmath 65096, mathcentral jaime1 and math10.com triangle
classification ("right isosceles", "obtuse scalene") (no second form of an answer); the flashcards
of freezingblue 264223 and quia 2685012 (definitions written by users, no answers settled);
mathskey 22-49-22 (the same pair as 22-50-28), mathskey 23-139-26 (the same pair as algebra.com
54436) and homework.cpm.org CCA2 3-95 ("This is even": the same pairs as mathcentral donna5),
claimed but not used, as repeats.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GW = "gradwiki.math.ucr.edu"
GW_SF3 = "https://gradwiki.math.ucr.edu/index.php?oldid=3101&title=009C_Sample_Final_3%2C_Problem_2"
WG = "wgdesigngroup.com"
WG_362 = "https://wgdesigngroup.com/Pearson/survey_math/362/"
MOO = "www.moomoomath.com"
MOO_45 = "http://www.moomoomath.com/45-45-90.html"
GMS = "www.gmatsyllabus.com"
GMS_SRT = "https://www.gmatsyllabus.com/quantitative-section/special-right-triangles"
HT = "hellothinkster.com"
HT_45 = "https://hellothinkster.com/math-help/geometry/45-45-90-triangles"
EDP = "www.edplace.com"
EDP_916 = (
    "https://www.edplace.com/worksheet_info/maths/keystage4/year10/topic/916/2706/"
    "equations-and-identities"
)
SOC = "socratic.org"
SOC_DEC = (
    "https://socratic.org/questions/"
    "how-do-you-determine-if-the-equation-y-1-3-0-1-x-represents-exponential-growth-o"
)
ALG = "www.algebra.com"
ALG_544 = "http://www.algebra.com/algebra/homework/coordinate/Linear-systems.faq.question.54436.amp"
DUM = "www.dummies.com"
DUM_Q = (
    "http://www.dummies.com/how-to/content/how-various-quadrilaterals-are-related.navId-407424.html"
)
WEE = "www.weegy.com"
WEE_UF = "https://www.weegy.com/?ConversationId=UFGDQV14"
IIT = "www.iitianacademy.com"
IIT_E92 = (
    "https://www.iitianacademy.com/igcse-mathematics-0580-e9-2-read-interpret-and-draw-"
    "inferences-from-tables-and-statistical-diagrams-igcse-style-questions-paper-2"
)
# sources of bench/equiv_fresh111_b2.py
MC = "mathcentral.uregina.ca"
MC_DONNA = "http://mathcentral.uregina.ca/QQ/database/QQ.09.07/h/donna5.html"
GS = "www.gradesaver.com"
GS_C23 = (
    "https://www.gradesaver.com/textbooks/math/calculus/calculus-early-transcendentals-8th-edition/"
    "chapter-1-section-1-1-four-ways-to-represent-a-function-1-1-exercises-page-23/78"
)
GS_IA242 = (
    "https://www.gradesaver.com/textbooks/math/algebra/"
    "introductory-algebra-for-college-students-7th-edition/"
    "chapter-3-section-3-3-slope-exercise-set-page-242/33"
)
GS_IN50 = (
    "https://www.gradesaver.com/textbooks/math/algebra/"
    "intermediate-algebra-for-college-students-7th-edition/"
    "chapter-1-section-1-4-solving-linear-equations-concept-and-vocabulary-check-page-50/7"
)
CPM = "homework.cpm.org"
CPM_812 = "https://homework.cpm.org/category/CC/textbook/ccg/chapter/8/lesson/8.1.1/problem/8-12"
CPM_108 = (
    "https://homework.cpm.org/category/MN/textbook/cc3mn/chapter/10/lesson/10.1.1/problem/10-8"
)
CPD = "content-primaryteachers.cpdcollege.com"
CPD_511 = "http://content-primaryteachers.cpdcollege.com/?page_id=511"
BLG = "2017s1-07mathematics.blogspot.com"
BLG_QA = "http://2017s1-07mathematics.blogspot.com/2017/01/question-answer.html"
INT = "www.integreat.ca"
INT_107 = "http://www.integreat.ca/NOTES/CALC/01.07.html"
W2C = "web2.0calc.com"
W2C_SQ = "https://web2.0calc.com/questions/is-a-square-a-rectangle-and-can-a-rectangle-be-a-square"
GF = "gofigurewithscipi.blogspot.com"
GF_FD = "https://gofigurewithscipi.blogspot.com/2014/11/faux-diamonds.html"
BZ = "borzick.blogspot.com"
BZ_D = "http://borzick.blogspot.com/2012/12/the-problem-with-diamonds.html"
MWP = "mathwords.com"
MWP_PYR = "http://mathwords.com/p/pyramid.htm"
RP = "www.rpdp.net"
RP_TET = "http://www.rpdp.net/mathdictionary/english/vmd/full/t/trahedrontriangularpyramid.htm"
EDU = "www.edumple.com"
EDU_S = "https://www.edumple.com/cbse-class-6/mathmatics/types-of-solids/notes/rc@gm_1130"
SOC_SL = (
    "https://socratic.org/questions/"
    "the-slope-of-a-horizontal-line-is-zero-but-why-is-the-slope-of-a-vertical-line-u"
)
MK = "mathskey.com"
MK_2250 = "https://mathskey.com/upgrade/work/22/22-50-28.php"
QA = "qammunity.org"
QA_213 = "https://qammunity.org/21379964"
JIS = "www.jiskha.com"
JIS_133 = "https://www.jiskha.com/display.cgi?id=1332347223"
CAR = "cardifftutorcompany.co.uk"
CAR_SG = "https://cardifftutorcompany.co.uk/practice-questions/7-probability/20-scatter-graph"

CASES = [
    # gradwiki 009C Sample Final 3 #2: conditionally, not absolutely, convergent; and convergent
    _c(
        GW,
        GW_SF3,
        gold=r"conditionally convergent",
        pred=r"absolutely convergent",
        wrap=True,
        expected=False,
        why="'Since the series is not absolutely convergent but convergent, this series is "
        "conditionally convergent'; 'Final Answer: (a) not absolutely convergent "
        "(b) conditionally convergent'",
    ),
    _c(
        GW,
        GW_SF3,
        gold=r"conditionally convergent",
        pred=r"divergent",
        wrap=True,
        expected=False,
        why="'Therefore, the series converges by the Alternating Series Test' (a refused value "
        "stated in words)",
    ),
    # wgdesigngroup Pearson Survey of Mathematics p. 362: no solution / inconsistent, etc.
    _c(
        WG,
        WG_362,
        gold=r"No solution",
        pred=r"inconsistent system",
        wrap=True,
        expected=True,
        why="key to 'state whether the system is inconsistent or dependent': "
        "'27. ... No solution; inconsistent system'",
    ),
    _c(
        WG,
        WG_362,
        gold=r"Infinite number of solutions",
        pred=r"dependent system",
        wrap=True,
        expected=True,
        why="'21. ... Infinite number of solutions; dependent system'; '5. A system of equations "
        "that has an infinite number of solutions is called a(n) ________ system of equations. "
        "Dependent'",
    ),
    _c(
        WG,
        WG_362,
        gold=r"No solution; inconsistent system",
        pred=r"Infinite number of solutions; dependent system",
        wrap=True,
        expected=False,
        why="'27. ... No solution; inconsistent system' against the key's other verdict "
        "'43. ... Infinite number of solutions; dependent system'",
    ),
    # moomoomath, gmatsyllabus, hellothinkster: 45-45-90 triangle = isosceles right triangle
    _c(
        MOO,
        MOO_45,
        gold=r"45 45 90 triangle",
        pred=r"isosceles right triangle",
        wrap=True,
        expected=True,
        why="'A triangle with two equal sides, and a ninety degree angle will be a 45 45 90 "
        "triangle'; 'A 45 45 90 triangle is also called an isosceles right triangle'",
    ),
    _c(
        GMS,
        GMS_SRT,
        gold=r"45-45-90 triangle",
        pred=r"isosceles right triangle",
        wrap=True,
        expected=True,
        why="'This triangle is also called isosceles right triangle as two sides are equal'",
    ),
    _c(
        HT,
        HT_45,
        gold=r"isosceles right triangle",
        pred=r"45-45-90 triangle",
        wrap=True,
        expected=True,
        why="'The 45-45-90 is an isosceles right triangle ... We call this the 45-45-90 "
        "triangle, because the triangle has the angles 45°, 45°, and 90°'",
    ),
    # edplace 916/2706: identity = infinite number of solutions; no solution is not an identity
    _c(
        EDP,
        EDP_916,
        gold=r"identity",
        pred=r"infinite number of solutions",
        wrap=True,
        expected=True,
        why="'you get something such as 2 = 2, then the equation has an infinite number of "
        "solutions and is in fact an identity'",
    ),
    _c(
        EDP,
        EDP_916,
        gold=r"no solution",
        pred=r"identity",
        wrap=True,
        expected=False,
        why="Example 1: '24 = 20 False so no solution to this equation', against Example 2 "
        "'24 = 24 True for all values of x, so this is an identity'",
    ),
    # socratic y = 1/3 (0.1)^x: decay = decreasing; not growth
    _c(
        SOC,
        SOC_DEC,
        gold=r"decay",
        pred=r"decreasing",
        wrap=True,
        expected=True,
        why="'a > 0 and b in (0;1), therfore the function is decreasing (represents decay)'",
    ),
    _c(
        SOC,
        SOC_DEC,
        gold=r"decay",
        pred=r"growth",
        wrap=True,
        expected=False,
        why="'an increasng function (represents growth)' only for other a, b; here 'the "
        "function is decreasing (represents decay)'",
    ),
    # algebra.com 54436: inconsistent = no solution; not dependent
    _c(
        ALG,
        ALG_544,
        gold=r"inconsistent",
        pred=r"no solution",
        wrap=True,
        expected=True,
        why="'9 = 7 ... So there can be no solution. This is called an inconsistent system. It "
        "has no solution.'",
    ),
    _c(
        ALG,
        ALG_544,
        gold=r"inconsistent",
        pred=r"dependent",
        wrap=True,
        expected=False,
        why="'[If it had come out a true numerical equation, such as 9 = 9 or 7 = 7, then it "
        "would have been a dependent system]'",
    ),
    # dummies quadrilaterals: always / sometimes / never
    _c(
        DUM,
        DUM_Q,
        gold=r"Sometimes",
        pred=r"always",
        wrap=True,
        expected=False,
        why="'Is a rectangle a rhombus? Sometimes (when it's a square).'",
    ),
    _c(
        DUM,
        DUM_Q,
        gold=r"Yes, always",
        pred=r"always",
        wrap=True,
        expected=True,
        why="reading: answers asked as 'always, sometimes, or never'; 'Is a rhombus a "
        "parallelogram? Yes, always.'",
    ),
    _c(
        DUM,
        DUM_Q,
        gold=r"No, never",
        pred=r"never",
        wrap=True,
        expected=True,
        why="reading: answers asked as 'always, sometimes, or never'; 'Is a trapezoid a kite? "
        "No, never.'",
    ),
    _c(
        DUM,
        DUM_Q,
        gold=r"Sometimes",
        pred=r"never",
        wrap=True,
        expected=False,
        why="'Is a parallelogram a square? Sometimes.'",
    ),
    _c(
        DUM,
        DUM_Q,
        gold=r"No, never",
        pred=r"sometimes",
        wrap=True,
        expected=False,
        why="'Is an isosceles trapezoid a rectangle? No, never.'",
    ),
    _c(
        DUM,
        DUM_Q,
        gold=r"Yes, always",
        pred=r"sometimes",
        wrap=True,
        expected=False,
        why="'Is a square a kite? Yes, always.'",
    ),
]
