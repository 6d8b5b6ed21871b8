r"""A hundred-and-fifth fresh set of answer-equivalence cases (evaluation only; helper "a": answers
that are several roots or solutions -- a quadratic's roots listed, joined by "and" or "or", with
"±", as a set in braces, in either order -- and solutions of systems of equations -- an ordered
pair or triple against "x = ..., y = ...", a pair in mixed numbers, a parametric description of
infinitely many solutions written with other parameters -- and refused forms: a root list with an
extraneous root left in, one root of two, the x values without their y values, one pair of two, a
pair with its coordinates swapped, roots with the signs of the factors, sign-flipped triples and a
different line -- where a mark scheme, a textbook exercise, a worked solution or a Q&A thread
settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of the earlier and parallel rounds;
each page was claimed in /work/wt/fresh105_claims/claims.txt before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the page gives as the same
answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy (for the proxied scribd copy, the
proxy's domain; for the Math StackExchange copy, the kiwix mirror's domain) and ``where`` its full
URL. There is no commit; every source is a web page with no licence file. Only the text the search
tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh105_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (gradesaver's
"\left\{-3, 2\right\}", studyquestionhub's "\quad" spacing, socratic's "\mathmr{and}"), socratic's
and its copies' ASCIIMath kept ("(-1 +- 5)/2"), with the "#...#" delimiters and "color(...)"
wrappers dropped, as are the "$...$" and "$$...$$" delimiters of inline and display math; unicode
kept ("√", "±", "−", the scribd mark scheme's "–"); gradesaver's "\color{blue}{...}" wrapper
dropped. Where the page's answer is the right side of "x = ..." or "(x,y)=..." that left side is
dropped ("x=9" gives "9", "(x,y)=(40/9,19/3)" gives "(40/9,19/3)"); answers that are themselves
lists of equations ("x = 0 or x = 3", "x1=3 and x2=-9", "x1 = t, x2 = s, and x3 = 3 + s − t") are
kept whole. Readings, each noted in ``why``: in the scribd mark scheme
a form that earns only part of the marks (B3 of 4, SC1, B1) is a False case, and for its "B1 for 2
correct answers and no others" one such pair ("1, 2") is written out; in physicsway's "We write
the solution as an ordered pair, (x,y) — the x value first" the reversed pair is the refused
form; in krisvanassche's multiple-choice question the worked answer "(-2, 3, 5)" is the gold, the
option printed "(−2, 3, 5)" a True case and the other three options False cases; in
studyquestionhub the verdicts are the textbook exercise's own ("show that these points also lie on
Line 2", "Show that the following two lines are not the same"), not the site's generated steps.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- r.arson.gg copy of reddit r/learnmath 1rdb04o "Error in the quadratic trinomial exercise or is
  it allowed?" (roots "x1=3 and x2=-9"; replies: "the roots could also be x1 = -9 & x2 = 3 and it
  would be th same", "The factors and roots do not have to be written in any particular order",
  "(x - 3)(x + 9) is the same as (x + 9)(x - 3)"). 2 cases.
- www.wyzant.com answers 33437 (x^2 - 1 = 2x: "x = 1 ± (1/2)(√8) = 1 ± (1/2)(2√2)", "x = 1+√2
  and 1-√2"; a second tutor: "(2-√8)/2 is not simplified ... So (2-√8)/2 = 1 ± √2"). 2 cases.
- fanyv88.com proxy copy of scribd 686458096 "markScheme-5" (Q3 "(–2, –1) and (6, 7)", "B3 for
  x = – 2 and 6", "If 0 scored, SC1 for one correct pair of coordinates"; Q2 "1, 2, 3", "If 0
  scored, B1 for 2 correct answers and no others"). 4 cases (4 False).
- socratic.org answers 136398 (x^2 - 3x = 0: "x = 0 or x = 3 is the correct Solution"; "Divide
  both sides by x will give us x = 3 (Incorrect/Incomplete)"; the second answer "Therefore x=0 and
  x=3"). 2 cases (1 False).
- socratic.org answers 393884 ("(x,y)=(40/9,19/3)"; "You might want to simplify this as
  (x,y)=(3 4/9,6 1/3)"). 1 case.
- socratic.org answers 632311 ("The Solution Is: x = -13/3 and y = -7 Or (-13/3, -7)"). 1 case.
- socratic.org question "how do you solve the following linear system: 2x + 3y = 2, x + 6y = 4"
  (answer "(x,y)=(0,2/3)"; "check this result by substituting x=0 and y=2/3"). 1 case.
- api-project-1022638073839.appspot.com (a socratic copy) question "x+2y=1 , 6 x+3y=11" ("The
  Solution Is: x = 19/9 and y = -5/9 Or (19/9, -5/9)"). 1 case.
- www.enotes.com homework help 470726 (2x+y=2, 3x+2y=5: "So the solution is x=-1,y=4 or the point
  (-1,4)"). 1 case.
- physicsway.com "algebra/solution-of-a-system-of-equations" ("x=2 and y=1 are the solution of
  both equations"; "We write the solution as an ordered pair, (x,y) — the x value first, then
  the y value. Therefore, the solution of the system as an ordered pair is (2,1)"). 2 cases (1
  False).
- kiwix.lukehooper.xyz copy of Math StackExchange question 36666 "characteristic equation" ("x =
  -1, 2" from (x-2)(x+1) = 0; the asker's "x is -2 and +1"; Arturo Magidin: "for x-2 to equal 0
  you don't need x to be equal to -2, you need it to be equal to 2 ... you need x=-1"). 1 case (1
  False).
- www.gradesaver.com Intermediate Algebra: Connecting Concepts through Application, 4.5 page 358
  no. 1 ("$x=-3$ or $x=2$ Thus, the solution set is $\left\{-3, 2\right\}$"). 1 case.
- mathleaks.com McGraw-Hill Integrated II (2012) "roots and zeros" ("Roots: x=5, x=- 2"; "the
  roots of the given equation are x=5 and x=- 2"). 1 case.

Sources of bench/equiv_fresh105_a2.py:

- socratic.org question "how do you solve x- sqrt(3x + 7) = 7" ("x = 14 , and , x = 3"; "The
  soln. is x = 14, and, x = 3 is extraneous soln."). 2 cases (2 False).
- vespr.org (a socratic copy) question "how do you solve sqrt(x + 7) = x - 5" (answer "x=9"; "the
  solutions of this derived quadratic equation are x=2 and x=9"; "So x=2 is not a solution of the
  original equation"). 1 case (1 False).
- api-project-1022638073839.appspot.com question "how do you solve and check for extraneous
  solutions in sqrt(x+7) = x + 1" (answer "x = 2"; "x_(1,2) = (-1 +- 5)/2 = ... -3 ... 2"; "x=-3
  will be an extraneous solution"). 1 case (1 False).
- krisvanassche.com comunidas 1590019 (a brainly copy: x + 3y − z = 2, x − 2y + 3z = 7, x + 2y −
  5z = −21, options "(2, 3, 5) (−2, 3, 5) (2, −3, 5) (2, 3, −5)", worked answer "solution = (-2, 3,
  5)"). 4 cases (3 False).
- fliphtml5.com copy of Larson, Elementary Linear Algebra 8e, page 31, exercise 72 ("the solution
  set given by the parametric representation x1 = t, x2 = s, and x3 = 3 + s − t ... show that the
  solutions to the system can also be written as x1 = 3 + s − t, x2 = s, and x3 = t"). 1 case.
- studyquestionhub.com problem 37 "Same Line: Different Parametric Equations" (Line 1 "x=1-t,
  y=3t, z=-6+5t" and Line 2 "x=-1+2t, y=6-6t, z=4-10t", whose points the exercise has one show lie
  on both; "Show that the following two lines are not the same": Line 3 "x=4t, y=3-6t, z=-5+2t",
  Line 4 "x=8-2t, y=-9+3t, z=6-t"). 2 cases (1 False).

31 cases in all (15 False): 20 here (7 False), 11 in bench/equiv_fresh105_a2.py (8
False).

Left out, by rule: forms the page gives but does not settle (wyzant 33437's decimals "2.41421"
and "0.41421", the second of which has the wrong sign and no one remarks on it); forms made from
pieces of a page rather than written on it (wyzant's "x1 = (2 + √8)/2" and "x2 = (2 - √8)/2" on
separate lines; enotes 445480's "therefore x= -1/3" and "Therefore y=3" beside its answer "(x;y) :
( -1/3 ; 3)"; gradesaver's Thinking Mathematically 6.5 no. 33, whose "x=8" and "x=-3" stand in
separate sentences from "$\left\{ -3,8 \right\}$"); forms whose fraction or layout the text
conversion lost (wyzant 745524's stacked "2 ± 2 i √19" over "2"; mathleaks' "x= 3± 72" for the
formula's roots; klkuttler.com's stacked solution vector; knowen.org's parametric form, whose
LaTeX carries literal "\n" breaks; the gfolkdev.net brainly copy 29174874, whose two roots stand
only inside "\begin{gathered} x=\frac{-4}{2}=-2 \\ \text{and} \\ x=\frac{-18}{2}=-9
\end{gathered}"); the scribd mark scheme's Q4(b) "–10 and 2" and Q5 ranges (no second form);
the same mark scheme's Q18 repeated in the codestin.com copy of scribd 893280041 "Algebra 3 Key"
(not counted twice).

Examined and not used: a.simonm.io, algebra.com and jiskha pages (excluded by the brief); the
Edexcel C1 mark scheme on pdfcoke.com and the PhysicsAndMathsTutor "Solving Simultaneous
Equations (H)" copy on ptop.only.wip.la (their answer lines are not in the excerpt); coursehero
7812394, mathproofaday.blogspot.com, imathworks "parametric and vector form of y = 3x - 1",
math.techqa.club 3137277 and 1031310, the kiwix copy of Math StackExchange 4660269 and its
math.techqa.club copy 2820554, help.pearsoncmg.com "define_orderedpair_ans", matheducators
10157, the cdli.ca and mathcentral extraneous-root pages, j-loaded.blogspot.com, achieve.org,
gradesaver Thinking Mathematically page 362/10 and purplemath "why_plus" (used or examined by
earlier sets); math.techqa.club 4336818 (two parameterisations of one solution set; the answer is
not in the excerpt); physicsforums "how to express solution to system of equations" (the book's
answer and the asker's matrix are not compared by the one reply); glow.fundegar.com on "x = ±1"
(answers disagree); math.techqa.club 3480131 (roots counted with and without multiplicity, no
second answer form); gmatclub 134917 (the solutions of X^3 = X are lost in the excerpt);
redlib.cakez.net r/askmath 1n0tr8l (the textbook's answer is an image); web2.0calc ordered
triplet (the parenthesised triple the question asks for is not written); qammunity 2062576 (one
form only); soulshift.co.in, public-textbooks.pages.dev, mrbartonmaths.com "?p=5650",
prismlearning.academy, tutormini.com, pengi.ai, qeeebo, math.bot, mathgpt.today, atlas.org,
gauthmath, questionai, edu.com, smartsolve and scanmath (generated or machine-written pages);
mathskey.com and worksheets.tutorvista.com (formulas lost); math-faq.com (its two parametric forms
are images); the lumenlearning college algebra page (one general solution only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RDT = "r.arson.gg"
RDT_1RD = (
    "https://r.arson.gg/r/learnmath/comments/1rdb04o/"
    "error_in_the_quadratic_trinomial_exercise_or_is"
)
WYZ = "www.wyzant.com"
WYZ_334 = "https://www.wyzant.com/resources/answers/33437/quadratic_formulas_x_squared_minus_1_2x"
FNY = "fanyv88.com"
FNY_686 = "https://fanyv88.com:443/https/www.scribd.com/document/686458096/markScheme-5"
SOC = "socratic.org"
SOC_136 = "https://socratic.org/answers/136398"
SOC_393 = "https://socratic.org/answers/393884"
SOC_632 = "https://socratic.org/answers/632311"
SOC_2X3Y = (
    "https://socratic.org/questions/how-do-you-solve-the-following-linear-system-2x-3y-2-x-6y-4"
)
SOC_SQ3 = "https://socratic.org/questions/how-do-you-solve-x-sqrt-3x-7-7"
APP = "api-project-1022638073839.appspot.com"
APP_X2Y = (
    "https://api-project-1022638073839.appspot.com/questions/"
    "how-do-solve-the-following-linear-system-x-2y-1-6-x-3y-11"
)
APP_SQ7 = (
    "https://api-project-1022638073839.appspot.com/questions/"
    "how-do-you-solve-and-check-for-extraneous-solutions-in-sqrt-x-7-x-1"
)
ENO = "www.enotes.com"
ENO_470 = (
    "https://www.enotes.com/homework-help/solve-algebraically-2x-y-2-3x-2y-5-470726"
    "?en_action=hh-question_click&en_label=hh_carousel&en_category=internal_campaign"
)
PHW = "physicsway.com"
PHW_SYS = "https://physicsway.com/algebra/solution-of-a-system-of-equations.html"
KWX = "kiwix.lukehooper.xyz"
KWX_366 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/"
    "questions/36666/characteristic-equation"
)
GRS = "www.gradesaver.com"
GRS_358 = (
    "https://www.gradesaver.com/textbooks/math/algebra/"
    "intermediate-algebra-connecting-concepts-through-application/"
    "chapter-4-quadratic-functions-4-5-solving-equations-by-factoring-4-5-exercises-page-358/1"
)
MLK = "mathleaks.com"
MLK_RZ = "https://mathleaks.com/study/mcgraw-hill-integrated-ii-2012/1-roots-and-zeros"
VSP = "vespr.org"
VSP_SQ7 = "https://vespr.org/questions/how-do-you-solve-sqrt-x-7-x-5"
KRV = "krisvanassche.com"
KRV_159 = "https://krisvanassche.com/comunidas/1590019"
FLP = "fliphtml5.com"
FLP_LAR = "https://fliphtml5.com/mdgtx/klfh/Elementary_Linear_Algebra_8e_-_Ron_Larson/31/"
SQH = "studyquestionhub.com"
SQH_108 = (
    "https://studyquestionhub.com/question-textbook/"
    "problem-37-same-line-different-parametric-equations-every-li-1087514.html"
)

CASES = [
    # reddit r/learnmath 1rdb04o: the roots, and the factors, in either order
    _c(
        RDT,
        RDT_1RD,
        gold=r"x1=3 and x2=-9",
        pred=r"x1 = -9 & x2 = 3",
        wrap=True,
        expected=True,
        why="'the roots could also be x1 = -9 & x2 = 3 and it would be th same'; 'The factors and "
        "roots do not have to be written in any particular order'",
    ),
    _c(
        RDT,
        RDT_1RD,
        gold=r"(x-3)(x+9)",
        pred=r"(x+9)(x-3)",
        wrap=True,
        expected=True,
        why="'so ye if u write (x-3)(x+9) its th same as (x+9)(x-3)'; '(x - 3)(x + 9) is the same "
        "as (x + 9)(x - 3)'",
    ),
    # wyzant 33437: x^2 - 1 = 2x, the two roots and their ± forms
    _c(
        WYZ,
        WYZ_334,
        gold=r"1+√2 and 1-√2",
        pred=r"1 ± (1/2)(2√2)",
        wrap=True,
        expected=True,
        why="'x = 1 ± (1/2)(√8) = 1 ± (1/2)(2√2)' then 'x = 1+√2 and 1-√2'",
    ),
    _c(
        WYZ,
        WYZ_334,
        gold=r"1+√2 and 1-√2",
        pred=r"1 ± √2",
        wrap=True,
        expected=True,
        why="second tutor: '√8 = √4*2 = 2√2. So (2-√8)/2 = 1 ± √2'; first tutor: 'x = 1+√2 and 1-√2'",
    ),
    # scribd markScheme-5: partial-credit forms of a pair of solutions and of a listed set
    _c(
        FNY,
        FNY_686,
        gold=r"(–2, –1) and (6, 7)",
        pred=r"x = – 2 and 6",
        wrap=True,
        expected=False,
        why="Q3 answer '(–2, –1) and (6, 7)' 4 marks; 'B3 for x = – 2 and 6' (3 of the 4)",
    ),
    _c(
        FNY,
        FNY_686,
        gold=r"(–2, –1) and (6, 7)",
        pred=r"(6, 7)",
        wrap=True,
        expected=False,
        why="Q3 answer '(–2, –1) and (6, 7)'; 'If 0 scored, SC1 for one correct pair of coordinates'",
    ),
    _c(
        FNY,
        FNY_686,
        gold=r"(–2, –1) and (6, 7)",
        pred=r"(–2, –1)",
        wrap=True,
        expected=False,
        why="Q3 answer '(–2, –1) and (6, 7)'; 'If 0 scored, SC1 for one correct pair of coordinates'",
    ),
    # socratic 136398: x^2 - 3x = 0, dividing by x loses the root 0
    _c(
        SOC,
        SOC_136,
        gold=r"x = 0 or x = 3",
        pred=r"x = 3",
        wrap=True,
        expected=False,
        why="'x = 0 or x = 3 is the correct Solution'; 'Divide both sides by x will give us x = 3 "
        "(Incorrect/Incomplete)'",
    ),
    _c(
        SOC,
        SOC_136,
        gold=r"x = 0 or x = 3",
        pred=r"x=0 and x=3",
        wrap=True,
        expected=True,
        why="first answer 'x = 0 or x = 3 is the correct Solution'; second answer 'Therefore x=0 "
        "and x=3'",
    ),
    # socratic 393884: -9x + 6y = -2, 3x - y = 7, improper fractions or mixed numbers
    _c(
        SOC,
        SOC_393,
        gold=r"(40/9,19/3)",
        pred=r"(3 4/9,6 1/3)",
        wrap=True,
        expected=True,
        why="'(x,y)=(40/9,19/3)'; 'You might want to simplify this as (x,y)=(3 4/9,6 1/3) however "
        "leaving these values in their improper fraction forms will probably make the "
        "verification easier'",
    ),
    # socratic 632311: 9x - 6y = 3, 3x + y = -20
    _c(
        SOC,
        SOC_632,
        gold=r"(-13/3, -7)",
        pred=r"x = -13/3 and y = -7",
        wrap=True,
        expected=True,
        why="'The Solution Is: x = -13/3 and y = -7 Or (-13/3, -7)'",
    ),
    # socratic: 2x + 3y = 2, x + 6y = 4
    _c(
        SOC,
        SOC_2X3Y,
        gold=r"(0,2/3)",
        pred=r"x=0 and y=2/3",
        wrap=True,
        expected=True,
        why="answer '(x,y)=(0,2/3)'; 'you should check this result by substituting x=0 and y=2/3 "
        "back into equation [1]'",
    ),
    # appspot socratic copy: x + 2y = 1, 6x + 3y = 11
    _c(
        APP,
        APP_X2Y,
        gold=r"(19/9, -5/9)",
        pred=r"x = 19/9 and y = -5/9",
        wrap=True,
        expected=True,
        why="'The Solution Is: x = 19/9 and y = -5/9 Or (19/9, -5/9)'",
    ),
    # enotes 470726: 2x + y = 2, 3x + 2y = 5
    _c(
        ENO,
        ENO_470,
        gold=r"(-1,4)",
        pred=r"x=-1,y=4",
        wrap=True,
        expected=True,
        why="'So the solution is x=-1,y=4 or the point (-1,4).'; 'The solution to the system is "
        "(-1,4)'",
    ),
    # physicsway: 2x - y = 3, 3x + 2y = 8; the pair and its reversal
    _c(
        PHW,
        PHW_SYS,
        gold=r"(2,1)",
        pred=r"x=2 and y=1",
        wrap=True,
        expected=True,
        why="'Since x=2 and y=1 are the solution of both equations in the system, they are the "
        "solution of the system' ... 'as an ordered pair is (2,1)'",
    ),
    _c(
        PHW,
        PHW_SYS,
        gold=r"(2,1)",
        pred=r"(1,2)",
        wrap=True,
        expected=False,
        why="'We write the solution as an ordered pair, (x,y) — the x value first, then the y "
        "value. Therefore, the solution of the system as an ordered pair is (2,1)' (x=2, y=1)",
    ),
    # Math StackExchange 36666 (kiwix copy): roots of (x-2)(x+1) = 0, not the factors' signs
    _c(
        KWX,
        KWX_366,
        gold=r"-1, 2",
        pred=r"-2 and +1",
        wrap=True,
        expected=False,
        why="'x = -1, 2'; asker: 'x is -2 and +1'; answer: 'you don't need x to be equal to -2, "
        "you need it to be equal to 2 ... for x+1=0 to be true, you need x=-1'",
    ),
    # gradesaver Intermediate Algebra 4.5 page 358 no. 1: the solution set and its "or" form
    _c(
        GRS,
        GRS_358,
        gold=r"\left\{-3, 2\right\}",
        pred=r"x=-3 or x=2",
        wrap=True,
        expected=True,
        why="'Solve each equation to obtain: $x=-3$ or $x=2$ Thus, the solution set is "
        "$\\color{blue}{\\left\\{-3, 2\\right\\}}$'",
    ),
    # mathleaks McGraw-Hill Integrated II: the roots as a list and joined by "and"
    _c(
        MLK,
        MLK_RZ,
        gold=r"x=5, x=- 2",
        pred=r"x=5 and x=- 2",
        wrap=True,
        expected=True,
        why="'Roots: x=5, x=- 2'; 'we found that the roots of the given equation are x=5 and "
        "x=- 2, both of which are real'",
    ),
]
