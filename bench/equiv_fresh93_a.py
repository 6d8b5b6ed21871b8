r"""A ninety-third fresh set of answer-equivalence cases (evaluation only; helper "a": solutions of
equations as students and keys write them -- quadratic, radical, rational, exponential and
logarithmic equations; roots listed as "x = 1 or x = (-2)", "x = -4, 5", "{-4, 5}", "x=0, x=2",
"± √10"; extraneous roots kept or dropped; exact against decimal roots; "no solution"; forms a
key, a checker, a textbook, a teacher or a Q&A thread accepts or refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and in the claims files of earlier rounds, and each page was claimed in
/work/wt/fresh93_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh93_a2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them. Socratic's ASCIIMath is kept
without its "#" delimiters ("+-sqrt(5)", "x = -2 - sqrt(8)/2 and x = -2 + sqrt(8)/2"); LaTeX is
kept as LaTeX with its "$" delimiters dropped (math.techqa.club, newbetuts, gradesaver, web2.0calc,
mathsguide.uk); unicode is kept ("± √10", the en dash in pwntestprep's "–1 and 5"). An "x =" is
dropped when the page's answer is the right side of it, and kept when the answer is a statement
joined by "or", "and" or a comma ("x = 1 or x = (-2)", "x=0, x=2", "x = 0 \text{ or } x = 5").
Braces are kept as printed: plain where the page prints plain braces ("{6}", "{3, 6}", "{-4, 5}"),
escaped where the page's LaTeX escapes them ("\{9, -9\}", "\{2,0\}"). Readings, each noted in
``why``: where a page derives candidate roots and then strikes one (squaring, clearing
denominators, dividing by x), the gold is what the page keeps (the surviving root, or its "no
solution(s)" wording as printed) and the pred is the candidate list, or the struck value, that the
page shows and rejects (expected False); where a page writes one solution as a chain of equal
forms, an earlier link is a True pred for the final form; where a page gives an exact root and its
decimal, the decimal is a True pred. In socratic's "common mistakes ... extraneous solutions" the
kept roots 6 and 2 are what the page leaves after striking x=1 ("but x=1 is not a valid
solution"); it does not restate them.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- vaia.com "beginning-and-intermediate-algebra-7-edition/chapter-11/problem-7" (the textbook's own
  exercise: "A student solving x^2=81 wrote the solution set incorrectly as {9}"; "The correct
  solution set is {9, -9}"). 1 case (1 False).
- socratic.org "what-are-common-mistakes-students-make-with-respect-to-extraneous-solutions"
  (sqrt(x+3) = x-3 and x^2/(x-1) = (3x-2)/(x-1): "Hence x=1 or x=6 (but x=1 is not a valid
  solution ...)", likewise "x=1 or x=2"). 2 cases (2 False).
- askanewquestion.com 1814580 (Dwight's quiz "x= square root of 10" for x^2=10, revised to "x = ±
  √10"). 1 case (1 False).
- gmat.magoosh.com question 133 ("x = 2, 6 ... x = 2 isn't really an answer. That's why the answer
  is x = 6"; FAQ "The two solutions are x = 2 and x = 6 ..."). 2 cases (2 False).
- passemall.com Accuplacer item 4966369200177152 ("x = 3.66 and x = -2.66" both fail the check;
  "There are no solutions."). 1 case (1 False).
- math.techqa.club 2252048 "Why is sqrt(x) = -1 extraneous?" (best answer: in sqrt(x-1) = 7-x
  "x=5 is an actual solution ... x=10, is a spurious solution"). 1 case (1 False).
- www.physicsforums.com showthread p=4170347 (sqrt(x) = -1: "x=1 is not a solution either, so the
  first equation has no solutions"). 1 case (1 False).
- manhattanprep.org forum t6947 ("Answer: x = 6 (x does NOT equal 1!)"). 1 case (1 False).
- www.gmatprepnow.com comment 293 (sqrt(13 - x) = 1 - x: "x = -3 and x = 4" found, "one solution
  is x = -3", x = 4 "NO GOOD!"). 1 case (1 False).
- www.worthingtonprep.com SAT tutoring Q13 (choices "A) {3, 6} ... C) {3} D) {6}"; "So the only
  solution is D."). 2 cases (2 False).
- www.jamboreeindia.com "sat-sample-test" ("two solutions, 18 and 3. Most test takers stop at this
  step and mark option C. which is wrong"; "the only solution ... is 18"). 1 case (1 False).
- pwntestprep.com 2018/04 "sat-8-section-3-number-7" ("–1 and 5 as possible answers" ... "the
  solution set contains only 5"). 1 case (1 False).
- www.cracksat.net SAT math multiple choice question 253 (key "C. No solution"; x = 7 "isn't the
  correct answer" since it zeroes every denominator). 1 case (1 False).

Sources of bench/equiv_fresh93_a2.py:

- homeworksource.com 994635 ("x =8 or x = 2" ... "The answer is only x = 8. x = 2 was an
  extraneous root."). 1 case (1 False).
- www.sosmath.com algebra/solve/solve5 problem 5.1a ("Answer:No Solution"; "Check the solution
  x=3 ... Undefined means there is no solution"). 1 case (1 False).
- drkhamsi.com sosmath copy of solve5/s52, example 1 ("No Solution"; "x=-2 is a not solution").
  1 case (1 False).
- moodlehub.ca mod/page 63521, example 5 ("x = 6 an extraneous root and say that the equation has
  no solution"). 1 case (1 False).
- mathplanet.com algebra-1 "radical-equations" ("x = 1 or x = (-2)" ... "x =1 is the only true
  solution ... x = -2 is an extraneous solution"). 1 case (1 False).
- mathsguide.uk misconception "quadratic-losing-solution" (x^2 = 5x: "Wrong: Divide both sides by
  x: x = 5"; "x = 0 or x = 5"). 1 case (1 False).
- math.techqa.club 3137277 "Why do I only get one answer when evaluating x^2=2x?" (expected
  "{2,0}", algebraically "x=0, x=2"; "x = 2 (by dividing by x)" misses one). 2 cases (1 False).
- askanewquestion.com 810612 ("x= 2+ln33/ln2=7.044", "x= 2+log(base2)33 =7.044", "No
  difference!"). 2 cases.
- www.gradesaver.com Algebra: A Combined Approach 4e, 12.8 p. 898 ex. 58 (5^x=9 solved as "log
  9/log 5" and "ln9/ln 5": "The two are the same"), and Blitzer Precalculus 6e, 3.4 p. 488 ex. 29
  (answer "x ≈ 1.53" from "x = ln(23/5)"). 2 cases.
- socratic.org answers/242579 ("x=+-sqrt(5) exactly, or approximately +-2.236"). 1 case.
- math.answers.com "What_is_the_solution_set_of_x2-x-20_equals_0" ("the solution set is x = -4,
  5. More formal, the solution set is {-4, 5}."). 1 case.
- socratic.org "how-do-you-solve-x-2-4x-2-0-using-the-quadratic-formula" (one chain from "x = -2 -
  sqrt(8)/2 and ..." to "x = -2 - sqrt(2) and x = -2 + sqrt(2)"). 2 cases.
- math.techqa.club 1392349 "Quadratic formula - check my simplificaiton" (the textbook's
  "(-4 ± √20)/2" equals the asker's "-2 ± √5"). 2 cases.
- newbetuts.com 3437840 "Find x in 4^x+6^x=9^x" ("the two expressions are equivalent", with the
  chain between them). 2 cases.
- socratic.org "how-do-you-solve-6-x-4-x-9-x" (the exact root "= 1.18681439 ..."). 1 case.
- web2.0calc.com "challenge-problem_1" ("x≈1.18681" confirmed "yeah correct"; Melody's exact
  "log((-1+√5)/2) ÷ log(2/3)"). 1 case.

38 cases in all (23 False): 16 here (16 False), 22 in bench/equiv_fresh93_a2.py (7 False).

Left out, by rule: AI-written or generated solution pages (openknowledgegraph "solving radical
equations" and "solving logarithmic equations" quizzes, mathwiz.io, mathix, gauthmath, edu.com,
studdy, acemy, questionai, smartsolve, atlas.org, leodadorg.pages.dev, realrogerwinter.github.io
"algebra-1-tutor", brainreview.org, the mathskey.com pages whose math is lost); pages whose check
is itself wrong or whose equation does not fit the stated roots (soflotutors' transcript of SAT
practice test 9 Q15 rejects -1 though sqrt(1) = -(-1); rl.huuu.biz r/learnmath 1mzeulh names
roots 6 and -1 that do not fit sqrt(5x-4) = x-2); pages that store only the question
(math.techqa.club 2066033, the isolution.pro Hindi copy of the newbetuts thread) or lose the kept
root (mathleaks big-ideas 564-1: the check of x = 1 is not in the stored text); formulas or signs
lost in the stored text (mathcentral heather2, varsitytutors simplifying-logarithms, purplemath
quadform3, openstax algebra-1 9.3.3 and 9.7.2, the ru.scribd IB quadratics markscheme, slideplayer
9106845, scanmath); notation-only refusals with the same value (none were taken); the other reply
on the math.answers.com page ("x=2,x=-9", for a different equation); mirrors of pages used here
(the orchid-hexaflexagon squarespace copy of worthingtonprep Q13, vespr.org and socratic.com copies,
newbedev's copy of math.techqa.club 3137277).

Examined and not used: talk.qa.collegeconfidential 1842364, math.techqa.club 1962495, mathhelpforum
206669, rl.huuu.biz 1mn88o2, allmathwords "solution", webwork.maa.org forum d=3036, mathleaks
"kb/summary/sqrtEqn", www.cdli.ca math3204 self-test b, web2.0calc "2-x-7" and socratic
answers/240233 (with its spirodesign.de copy), gradesaver Algebra 2 p. 516 ex. 4 and Functions
Modeling Change p. 232 ex. 41 (all used or examined by earlier sets); docs.stack-assessment.org
answer-test result pages (the site is named as used by earlier sets); imathworks "is ln and log the
same" (a copy of the math.techqa.club 3363106 thread claimed in fresh57); mathhelpforum 225727 (the
equation is lost and the book's "no solution" is disputed); gmatprepnow "gmat-math-versus-high-
school-math" (the answer choices are not stored); mathhelpforum 21931 and 156377 (formulas lost);
algebra.com, jiskha.com and a.simonm.io pages (excluded by the brief).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VAIA = "vaia.com"
VAIA_X81 = "https://vaia.com/en-us/textbooks/math/beginning-and-intermediate-algebra-7-edition/chapter-11/problem-7-a-student-solving-x281-wrote-the-solution-set-inco"
SOC = "socratic.org"
SOC_EXT = "https://socratic.org/questions/what-are-common-mistakes-students-make-with-respect-to-extraneous-solutions"
SOC_242579 = "https://socratic.org/answers/242579"
SOC_X2 = "https://socratic.org/questions/how-do-you-solve-x-2-4x-2-0-using-the-quadratic-formula"
SOC_694 = "https://socratic.org/questions/how-do-you-solve-6-x-4-x-9-x#255318"
ANQ = "askanewquestion.com"
ANQ_DWIGHT = "https://askanewquestion.com/questions/mr-smiths-class-took-a-short-one-question-quiz-dwights-calculation/1814580"
ANQ_810612 = "https://askanewquestion.com/questions/my-book-tells-me-to-solve-each-exponential-equation-i-am-given-a-lot/810612"
MAG = "gmat.magoosh.com"
MAG_133 = "https://gmat.magoosh.com/questions/133/a/618455085?shareable_id=327426ee4f493f248ee3"
PASS = "passemall.com"
PASS_ACC = "https://passemall.com/question/accuplacer/solve-5579w167h19png-4966369200177152/"
TQ = "math.techqa.club"
TQ_2252048 = "https://math.techqa.club/why-is-sqrt-x-1-extraneous-2252048"
TQ_1392349 = "https://math.techqa.club/quadratic-formula-check-my-simplificaiton-1392349"
TQ_3137277 = "https://math.techqa.club/why-do-i-only-get-one-answer-when-evaluating-x-2-2x-3137277"
PF = "www.physicsforums.com"
PF_4170347 = "http://www.physicsforums.com/showthread.php?p=4170347"
MP = "manhattanprep.org"
MP_6947 = (
    "http://manhattanprep.org/gmat/forums/ps-doubt-on-negative-value-of-square-root-t6947.html"
)
GPN = "www.gmatprepnow.com"
GPN_293 = "https://www.gmatprepnow.com/comment/293"
WP = "www.worthingtonprep.com"
WP_Q13 = "https://www.worthingtonprep.com/sat-tutoring-questions/q13-extraneous-solutions"
JAM = "www.jamboreeindia.com"
JAM_SAT = "https://www.jamboreeindia.com/sat-sample-test"
PWN = "pwntestprep.com"
PWN_S8 = "https://pwntestprep.com/2018/04/sat-8-section-3-number-7/"
CS = "www.cracksat.net"
CS_253 = (
    "https://www.cracksat.net/sat/math-multiple-choice/question-no-253-answer-and-explanation.html"
)
HWS = "homeworksource.com"
HWS_994635 = "https://homeworksource.com/p/994635/what-are-the-steps-used-to-solve-an-equation-with-radical-ex"
SOS = "www.sosmath.com"
SOS_511101 = "http://www.sosmath.com/algebra/solve/solve5/s51/s5111/s511101/s511101.html"
DRK = "drkhamsi.com"
DRK_S52 = "https://drkhamsi.com/sosmath/algebra/solve/solve5/s52/s52.html"
MH = "moodlehub.ca"
MH_63521 = "https://moodlehub.ca/mod/page/view.php?id=63521"
MPL = "mathplanet.com"
MPL_RAD = "https://mathplanet.com/education/algebra-1/radical-expressions/radical-equations"
MG = "mathsguide.uk"
MG_LOSE = "https://mathsguide.uk/misconception/quadratic-losing-solution"
GS = "www.gradesaver.com"
GS_898 = "https://www.gradesaver.com/textbooks/math/algebra/algebra-a-combined-approach-4th-edition/chapter-12-section-12-8-exponential-and-logarithmic-equations-and-problem-solving-exercise-set-page-898/58"
GS_488 = "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/chapter-3-section-3-4-exponential-and-logarithmic-equations-exercise-set-page-488/29"
ANS = "math.answers.com"
ANS_X20 = "https://math.answers.com/algebra/What_is_the_solution_set_of_x2-x-20_equals_0"
NBT = "newbetuts.com"
NBT_3437840 = "https://newbetuts.com/3437840-find-x-in-4x6x9x"
W2C = "web2.0calc.com"
W2C_CH1 = "https://web2.0calc.com/questions/challenge-problem_1"

CASES = [
    # vaia, Lial et al. Beginning and Intermediate Algebra 7e, ch. 11 problem 7: the textbook names {9} wrong
    _c(
        VAIA,
        VAIA_X81,
        gold=r"\{9, -9\}",
        pred=r"\{9\}",
        wrap=True,
        expected=False,
        why="'A student solving x^2=81 wrote the solution set incorrectly as {9}. Her teacher did not give her full credit.' 'The correct solution set is {9, -9}.'",
    ),
    # socratic: two worked examples whose derived equation keeps a root that fails the original
    _c(
        SOC,
        SOC_EXT,
        gold=r"6",
        pred=r"x=1 or x=6",
        wrap=True,
        expected=False,
        why="sqrt(x+3) = x-3: 'Hence x=1 or x=6 (but x=1 is not a valid solution of the original equation)'",
    ),
    _c(
        SOC,
        SOC_EXT,
        gold=r"2",
        pred=r"x=1 or x=2",
        wrap=True,
        expected=False,
        why="x^2/(x-1) = (3x-2)/(x-1): 'Hence x=1 or x=2 (but x=1 is not a valid solution of the original equation)'",
    ),
    # askanewquestion 1814580: Dwight's peer-graded quiz answer lacks the negative root
    _c(
        ANQ,
        ANQ_DWIGHT,
        gold=r"± √10",
        pred=r"square root of 10",
        wrap=True,
        expected=False,
        why="quiz: 'x^2=10 / x= square root of 10' is the calculation to revise; answer: 'correct steps: ... x = ± √10'",
    ),
    # gmat.magoosh.com question 133: squaring gives 2 and 6, only 6 is kept
    _c(
        MAG,
        MAG_133,
        gold=r"6",
        pred=r"2, 6",
        wrap=True,
        expected=False,
        why="'x = 2, 6 ... x = 2 isn't really an answer. That's why the answer is x = 6.'",
    ),
    _c(
        MAG,
        MAG_133,
        gold=r"6",
        pred=r"x = 2 and x = 6",
        wrap=True,
        expected=False,
        why="FAQ 'The two solutions are x = 2 and x = 6. However, only 6 was selected'; reply: the radical means the positive root",
    ),
    # passemall Accuplacer item: both quadratic-formula values fail the check
    _c(
        PASS,
        PASS_ACC,
        gold=r"no solutions",
        pred=r"x = 3.66 and x = -2.66",
        wrap=True,
        expected=False,
        why="'x = 3.66 and x = -2.66 ... this x value is invalid ... also invalid. There are no solutions.'",
    ),
    # math.techqa.club 2252048: the best answer's sqrt(x-1) = 7-x example
    _c(
        TQ,
        TQ_2252048,
        gold=r"5",
        pred=r"10",
        wrap=True,
        expected=False,
        why="'while x=5 is an actual solution of (1), the other root of p(x), i.e. x=10, is a spurious solution'",
    ),
    # physicsforums p=4170347: sqrt(x) = -1
    _c(
        PF,
        PF_4170347,
        gold=r"no solutions",
        pred=r"x=1",
        wrap=True,
        expected=False,
        why="'squaring ... gives x=1 ... sqrt 1=-1, which is false. Therefore, x=1 is not a solution either, so the first equation has no solutions.'",
    ),
    # manhattanprep.org forum t6947: sqrt(x+3) = x-3 from a prep book
    _c(
        MP,
        MP_6947,
        gold=r"6",
        pred=r"1",
        wrap=True,
        expected=False,
        why="'Answer: x = 6 (x does NOT equal 1!)'",
    ),
    # gmatprepnow comment 293: the extraneous root is the positive one
    _c(
        GPN,
        GPN_293,
        gold=r"-3",
        pred=r"x = -3 and x = 4",
        wrap=True,
        expected=False,
        why="sqrt(13 - x) = 1 - x: 'two possible solutions: x = -3 and x = 4' ... 'one solution is x = -3' ... x = 4 'NO GOOD!'",
    ),
    # worthingtonprep SAT Q13 (a squarespace copy holds the same text): solution set {6}
    _c(
        WP,
        WP_Q13,
        gold=r"{6}",
        pred=r"{3, 6}",
        wrap=True,
        expected=False,
        why="choices 'A) {3, 6} ... D) {6}'; 'So x = {3,6} BUT ... plug 3, you'll find it doesn't work' ... 'So the only solution is D.'",
    ),
    _c(
        WP,
        WP_Q13,
        gold=r"{6}",
        pred=r"{3}",
        wrap=True,
        expected=False,
        why="choice 'C) {3}'; '3-2 = 3-4 / 1 <> -1' ... 'So the only solution is D.'",
    ),
    # jamboreeindia SAT sample: 18 and 3 from squaring, only 18 stands
    _c(
        JAM,
        JAM_SAT,
        gold=r"18",
        pred=r"18 and 3",
        wrap=True,
        expected=False,
        why="'it has two solutions, 18 and 3. Most test takers stop at this step and mark option C. which is wrong' ... 'the only solution ... is 18'",
    ),
    # pwntestprep SAT 8 section 3 #7: sqrt(2x+6)+4 = x+3
    _c(
        PWN,
        PWN_S8,
        gold=r"5",
        pred=r"–1 and 5",
        wrap=True,
        expected=False,
        why="'you eventually end up at –1 and 5 as possible answers' ... 'only the last one of those worked out ... the solution set contains only 5'",
    ),
    # cracksat question 253: a rational equation whose only candidate zeroes the denominators
    _c(
        CS,
        CS_253,
        gold=r"No solution",
        pred=r"7",
        wrap=True,
        expected=False,
        why="choices 'B. 7 C. No solution'; key C: 'Be careful-this isn't the correct answer ... if x = 7, then all of the denominators are zero'",
    ),
]
