r"""A sixtieth fresh set of answer-equivalence cases (evaluation only; helper "a": answers to
equations, systems and inequalities -- a system's solution as an ordered pair or as "x = 2, y = -1",
a quadratic's roots as a list, as "x = 1 or x = 2" or as a set, the empty solution set as a symbol,
as braces or in words, an inequality's solution set in inequality, interval or set-builder
notation, and refused forms: one root of two, a pair with its coordinates swapped, an "or"
solution rewritten as a double inequality -- where a textbook, a homework system's documentation,
a publisher's hint or a Q&A thread settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool, and for the
two WeBWorK documentation pages the ``docs`` corpus, which the brief allows for homework-system help
pages), not from repositories; no earlier set used them (each URL or page id, and domain plus
distinctive path part, was grepped in bench/, and checked against the claims files of fresh57,
fresh58 and fresh59; each page was claimed in /work/wt/fresh60_claims/claims.txt before use). Each
case gives the reference answer (``gold``), the prediction (``pred``: another form the page gives
as the same answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (runestone's
PreTeXt ``\lt`` kept), WeBWorK's typed answers kept as typed ("x=1 or x=2", "(-inf,-2) U (2,inf)"),
socratic's ASCIIMath source kept ("(-oo;2) uu (5;+oo)"), unicode kept ("Ø"). Where the page's
answer is the right side of "x = ..." the "x =" is dropped only when the other form has no "x ="
either (runestone's "the solution is 3"); answers that are themselves equations or lists of
equations ("x = 2 or x = 3", "x=2, y=-1") are kept whole. Readings, each noted in ``why``: in the
WeBWorK FiniteSolutionSets documentation the answer made by ``Formula("1,2")`` is the gold and
each way "students can enter the answer" (all given credit) a True case; in the contextInequalities
documentation (a CVS commit message quoting the file's usage section) the string given to
``Compute`` is the gold and the set the comment says it "forms" the pred; in gradesaver's
"Thus $x=\frac{D_x}{D}=2, y=\frac{D_y}{D}=-1$ or $(2,-1)$" the Cramer's-rule quotients in the
middle are dropped and "x=2, y=-1" kept.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- webwork.maa.org "pod/pg/macros/contexts/contextFiniteSolutionSets.html" (WeBWorK's
  FiniteSolutionSets context: for the answer ``Formula("1,2")`` "students can enter the answer in
  any number of ways. Like: 1,2 x=1,2 x=1,x=2 x=1 or 2 x=1 or x=2 {1,2}" and "the student still
  gets credit"). 5 cases.
- sourceforge.net openwebwork mailman message 24825456 (commit message quoting the usage section
  of WeBWorK's contextInequalities.pl: ``Compute("x < -2 or x > 2"); # forms the Union
  (-inf,-2) U (2,inf)``, ``"x > 2 and x <= 4" # forms the Interval (2,4]``, ``"x != 1" # forms the
  Union (-inf,1) U (1,inf)``, ``Compute("1 < x <= 4"); $S2 = Inequality("(1,4]"); # force interval
  to be inequality``). 4 cases.
- runestone.academy ORCCA section 2.4 "Special Solution Sets" ("the solution is \(3\text{,}\) and
  we write the solution set as \(\{3\}\)"; "a statement like \(x\lt5\text{,}\) and the solution set
  is represented with either interval notation like \((-\infty,5)\text{,}\) or with set-builder
  notation like \(\{x\mid x\lt5\}\)"). 3 cases.
- homework.cpm.org CPM Core Connections Algebra problem 2-56 (publisher's hint: Freddie answers
  "$x = 2$", Samara "$x = 3$"; "They are both partially correct. The answer is $x = 2$ or
  $x = 3$."). 2 cases (2 False).
- math.techqa.club 897686 (copy of a Math StackExchange thread "Writing solutions of inequalities:
  $3<x$ versus $x>3$": "$3<x \iff x>3$ ... Your son's teacher is wrong"; the second answer: "His
  answer is correct, just not preferred"). 1 case.
- math.techqa.club 1962495 (copy of a Math StackExchange thread "Writing solutions to a quadratic
  equation using set notation": for $(x-1)(x-2)=0$ the best answer and a second answer both say
  "The solution set is $\{1, 2\}$" or "The solutions are $x = 1$ and $x = 2$"). 1 case.
- socratic.com answers/474857 ("What's wrong with writing the state "x<2 or x>5" as 5<x<2?":
  "Those statements describe different sets of numbers ... x in (-oo;2) uu (5;+oo) ... the second
  statement describes an empty set"). 2 cases (1 False).
- www.gradesaver.com Precalculus: Concepts Through Functions, A Unit Circle Approach (3rd ed.),
  chapter 10 review exercises, page 815 no. 29 (answer "$(2,-1)$"; "Thus
  $x=\frac{D_x}{D}=2, y=\frac{D_y}{D}=-1$ or $(2,-1)$"). 1 case.
- www.teachoo.com 7111 "If ordered pairs are equal" ("If (x, y) = (1, 2) then x = 1 & y = 2"). 1
  case.
- www.tarkashala.com relations module "relations-type-1-part-1" ("Ordered pair (1, 3) != Ordered
  pair (3, 1) => Order is important", the same for (2, 4) and (2, 3)). 3 cases (3 False).
- everything2.com "null set" ("If there is no answer to some math problems, the answer is the null
  set ... A null set is often displayed as (or Ø) or { } for simplicity. Also called the empty
  set."). 2 cases.

25 cases in all (6 False).

Left out, by rule: refusals that are only about notation when the value is the same (WeBWorK's
"[2,4]U[3,5]" that the interval help will not take for "[2,5]"; math.techqa.club 1962495's
"$x = \{1,2\}$", refused because x is not a set); forms some answer on the page disputes
(1962495's "$x \in \{1,2\}$", accepted by three answers and faulted by one); forms the text
conversion lost (everything2's first empty-set symbol, "displayed as (or Ø)"; the ORCCA ed2 copy's
"\(\{\text{ }\" cut off; socratic's rendered duplicate "x(;2)(5;+)" of the ASCIIMath source);
FiniteSolutionSets answers with no second form ("1/2,2/3,3/4") and its rule "No decimals are
allowed", which names no decimal; contextInequalities' "x = 1 # forms the Set", whose set is not
written out; the Math StackExchange teacher's refusal of "3 < x" in 897686, which both answers on
the page reject.

Examined and not used: danemathics answer memos (raw.githubusercontent.com PDFs in the ``docs``
corpus: "x < 4, i.e. (−∞ ; 4)", "x < −1 or x > 4 ... (−∞ ; −1) ∪ (4 ; ∞)"; files of a repository,
not web pages or homework-system help); a.simonm.io and algebra.com mark schemes and answers
(excluded by the brief); WeBWorK interval help pages (webwork.math.ucdavis.edu IntervalNotation,
webwork.maa.org helpFiles, the ASU "Introduction to WeBWorK" renderer problems) and
help.varsitylearning.com intervals (used by bench/equiv_fresh53_e.py and earlier sets); the
Nemotron-CC-Math copy on huggingface.co of a WeBWorK forum post on "x = 1, y = 3" against "(1, 3)"
(a data set page, used by earlier sets); gradesaver intermediate algebra page 50/7 ("$\emptyset$ or
$\left\{\right\}$", used by bench/equiv_fresh53_e2.py); mathproofaday.blogspot.com (used by
bench/equiv_fresh53_e2.py); onemathematicalcat.com "solve_pm" (used by bench/equiv_fresh55_b.py);
glow.fundegar.com on "$x=\pm 1$" when $x=1$ (answers disagree); answer.ya.guru 9982725 (its
"(-infinity, -6) U (0, infinity)" and "x < -6, x >= 0" do not agree); askanewquestion.com
2748368 (a matching exercise whose posted answers are a student's guess); qammunity, vespr.org
and qamnty.com extraneous-root answers (only the kept root and the refused root, no answer form
to compare); allmathwords.org "solution" (its worked check is garbled); jy-chen.com,
guidefoot.com, askvity.info, vaia.com, mysovi.ai, studdyai, gauthmath, questionai, edu.com,
solveeit.ai and math-gpt.org (generated answers); coursehero 7812394 (the other
parameterisation of the solution set is not in the excerpt); mathskey.com (formulas lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WWP = "webwork.maa.org"
WWP_FSS = "https://webwork.maa.org/pod/pg/macros/contexts/contextFiniteSolutionSets.html"
SFN = "sourceforge.net"
SFN_INEQ = "https://sourceforge.net/p/openwebwork/mailman/message/24825456"
RSA = "runestone.academy"
RSA_SSS = "https://runestone.academy/ns/books/published/orcca/section-special-solution-sets.html"
CPM = "homework.cpm.org"
CPM_256 = "https://homework.cpm.org/category/CON_FOUND/textbook/ac/chapter/14/lesson/14.2.1.4/problem/2-56"
TQA = "math.techqa.club"
TQA_897 = "https://math.techqa.club/writing-solutions-of-inequalities-3-x-versus-x-3-897686"
TQA_196 = (
    "https://math.techqa.club/"
    "writing-solutions-to-a-quadratic-equation-using-set-notation-x-a-b-1962495"
)
SOC = "socratic.com"
SOC_474 = "https://socratic.com/answers/474857"
GS = "www.gradesaver.com"
GS_815 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/"
    "precalculus-concepts-through-functions-a-unit-circle-approach-to-trigonometry-3rd-edition/"
    "chapter-10-systems-of-equations-and-inequalities-chapter-review-review-exercises-page-815/29"
)
TCH = "www.teachoo.com"
TCH_7111 = (
    "https://www.teachoo.com/7111/1369/If-ordered-pairs-are-equal/category/"
    "Equality-of-2-ordered-pairs/"
)
TRK = "www.tarkashala.com"
TRK_REL = (
    "https://www.tarkashala.com/math-learning-modules/number-theory/relations/"
    "relations-type-1-part-1"
)
E2 = "everything2.com"
E2_NULL = "https://everything2.com/title/null+set"

CASES = [
    # webwork.maa.org contextFiniteSolutionSets: ways students may enter the set {1, 2}
    _c(
        WWP,
        WWP_FSS,
        gold=r"1,2",
        pred=r"x=1,2",
        wrap=True,
        expected=True,
        why='answer Formula("1,2"); \'students can enter the answer in any number of ways. '
        "Like: 1,2 x=1,2 ...' (credit given)",
    ),
    _c(
        WWP,
        WWP_FSS,
        gold=r"1,2",
        pred=r"x=1,x=2",
        wrap=True,
        expected=True,
        why='answer Formula("1,2"); \'students can enter the answer in any number of ways. '
        "Like: ... x=1,x=2 ...'",
    ),
    _c(
        WWP,
        WWP_FSS,
        gold=r"1,2",
        pred=r"x=1 or 2",
        wrap=True,
        expected=True,
        why='answer Formula("1,2"); \'students can enter the answer in any number of ways. '
        "Like: ... x=1 or 2 ...'",
    ),
    _c(
        WWP,
        WWP_FSS,
        gold=r"1,2",
        pred=r"x=1 or x=2",
        wrap=True,
        expected=True,
        why='answer Formula("1,2"); \'students can enter the answer in any number of ways. '
        "Like: ... x=1 or x=2 ...'",
    ),
    _c(
        WWP,
        WWP_FSS,
        gold=r"1,2",
        pred=r"{1,2}",
        wrap=True,
        expected=True,
        why="answer Formula(\"1,2\"); 'Like: ... {1,2}'; forms other than {1,2} get a message "
        "that set notation is preferred 'but the student still gets credit'",
    ),
    # sourceforge openwebwork 24825456: contextInequalities usage -- what each inequality forms
    _c(
        SFN,
        SFN_INEQ,
        gold=r"x < -2 or x > 2",
        pred=r"(-inf,-2) U (2,inf)",
        wrap=True,
        expected=True,
        why="'$S3 = Compute(\"x < -2 or x > 2\"); # forms the Union (-inf,-2) U (2,inf)'",
    ),
    _c(
        SFN,
        SFN_INEQ,
        gold=r"x > 2 and x <= 4",
        pred=r"(2,4]",
        wrap=True,
        expected=True,
        why="'$S4 = Compute(\"x > 2 and x <= 4\"); # forms the Interval (2,4]'",
    ),
    _c(
        SFN,
        SFN_INEQ,
        gold=r"x != 1",
        pred=r"(-inf,1) U (1,inf)",
        wrap=True,
        expected=True,
        why="'$S6 = Compute(\"x != 1\"); # forms the Union (-inf,1) U (1,inf)'",
    ),
    _c(
        SFN,
        SFN_INEQ,
        gold=r"1 < x <= 4",
        pred=r"(1,4]",
        wrap=True,
        expected=True,
        why='\'$S1 = Compute("1 < x <= 4"); $S2 = Inequality("(1,4]"); # force interval to '
        "be inequality' (the same set made from either notation)",
    ),
    # runestone ORCCA 2.4: one solution and its solution set; x<5 in interval and set-builder
    _c(
        RSA,
        RSA_SSS,
        gold=r"3",
        pred=r"\{3\}",
        wrap=True,
        expected=True,
        why="'the solution is \\(3\\text{,}\\) and we write the solution set as \\(\\{3\\}\\)'",
    ),
    _c(
        RSA,
        RSA_SSS,
        gold=r"x\lt5",
        pred=r"(-\infty,5)",
        wrap=True,
        expected=True,
        why="'a statement like \\(x\\lt5\\text{,}\\) and the solution set is represented with "
        "either interval notation like \\((-\\infty,5)\\)'",
    ),
    _c(
        RSA,
        RSA_SSS,
        gold=r"x\lt5",
        pred=r"\{x\mid x\lt5\}",
        wrap=True,
        expected=True,
        why="'... or with set-builder notation like \\(\\{x\\mid x\\lt5\\}\\)'",
    ),
    # homework.cpm.org 2-56: one root of (x-3)(x-2)=0 is only partially correct
    _c(
        CPM,
        CPM_256,
        gold=r"x = 2 or x = 3",
        pred=r"x = 2",
        wrap=True,
        expected=False,
        why="Freddie answers '$x = 2$', Samara '$x = 3$': 'They are both partially correct. "
        "The answer is $x = 2$ or $x = 3$.'",
    ),
    _c(
        CPM,
        CPM_256,
        gold=r"x = 2 or x = 3",
        pred=r"x = 3",
        wrap=True,
        expected=False,
        why="Samara says the answer is '$x = 3$': 'They are both partially correct. The "
        "answer is $x = 2$ or $x = 3$.'",
    ),
    # math.techqa.club 897686: 3 < x for the teacher's x > 3
    _c(
        TQA,
        TQA_897,
        gold=r"x > 3",
        pred=r"3 < x",
        wrap=True,
        expected=True,
        why="'$3<x \\iff x>3$ ... Your son's teacher is wrong'; second answer: 'His answer is "
        "correct, just not preferred'",
    ),
    # math.techqa.club 1962495: the solution set {1, 2} and "x = 1 and x = 2"
    _c(
        TQA,
        TQA_196,
        gold=r"\{1, 2\}",
        pred=r"x = 1 and x = 2",
        wrap=True,
        expected=True,
        why="best answer (and a second answer): 'The solution set is $\\{1, 2\\}$' or 'The "
        "solutions are $x = 1$ and $x = 2$.'",
    ),
    # socratic.com 474857: x<2 or x>5 is not 5<x<2 (an empty set)
    _c(
        SOC,
        SOC_474,
        gold=r"x<2 or x>5",
        pred=r"5<x<2",
        wrap=True,
        expected=False,
        why="'Those statements describe different sets of numbers ... the second statement "
        "describes an empty set.'",
    ),
    _c(
        SOC,
        SOC_474,
        gold=r"x<2 or x>5",
        pred=r"(-oo;2) uu (5;+oo)",
        wrap=True,
        expected=True,
        why="'First one describes numbers which are either less than 2 or greater than 5. In "
        "other words it describes interval: x in (-oo;2) uu (5;+oo)'",
    ),
    # gradesaver precalculus p. 815 no. 29: x=2, y=-1 or (2,-1)
    _c(
        GS,
        GS_815,
        gold=r"(2,-1)",
        pred=r"x=2, y=-1",
        wrap=True,
        expected=True,
        why="answer '$(2,-1)$'; 'Thus $x=\\frac{D_x}{D}=2, y=\\frac{D_y}{D}=-1$ or $(2,-1)$'",
    ),
    # teachoo 7111: (x, y) = (1, 2) means x = 1 and y = 2
    _c(
        TCH,
        TCH_7111,
        gold=r"(1, 2)",
        pred=r"x = 1 & y = 2",
        wrap=True,
        expected=True,
        why="'If (x, y) = (1, 2) then x = 1 & y = 2'",
    ),
    # tarkashala relations: swapping the coordinates gives a different ordered pair
    _c(
        TRK,
        TRK_REL,
        gold=r"(1, 3)",
        pred=r"(3, 1)",
        wrap=True,
        expected=False,
        why="'If we interchange the coordinates ... (3, 1) then it gives a different point. .. "
        "Ordered pair (1, 3) != Ordered pair (3, 1) => Order is important'",
    ),
    _c(
        TRK,
        TRK_REL,
        gold=r"(2, 4)",
        pred=r"(4, 2)",
        wrap=True,
        expected=False,
        why="'.. Ordered pair (2, 4) != Ordered pair (4, 2) => Order is important'",
    ),
    _c(
        TRK,
        TRK_REL,
        gold=r"(2, 3)",
        pred=r"(3, 2)",
        wrap=True,
        expected=False,
        why="'.. Ordered pair (2, 3) != Ordered pair (3, 2) => Order is important'",
    ),
    # everything2 null set: the answer when there is no answer, and its notations
    _c(
        E2,
        E2_NULL,
        gold=r"Ø",
        pred=r"{ }",
        wrap=True,
        expected=True,
        why="'A null set is often displayed as (or Ø) or { } for simplicity.'",
    ),
    _c(
        E2,
        E2_NULL,
        gold=r"Ø",
        pred=r"the empty set",
        wrap=True,
        expected=True,
        why="'A null set is often displayed as (or Ø) or { } ... Also called the empty set.'",
    ),
]
