r"""A seventy-fifth fresh set of answer-equivalence cases (evaluation only; helper "a": answers that
say there is no solution or that every number is a solution, or that give words instead of
numbers -- "no solution", "no real solutions", "the empty set", "the null set", "all real numbers",
"infinitely many solutions", "identity" -- and the numbers that a page refuses in their place (a
complex root where the question asks for real solutions, an extraneous root), where a textbook
video, a teacher's worked example, a tutoring page or a solutions manual settles which forms are the
same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of every round; each page was claimed
in /work/wt/fresh75_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them, words kept as words ("the empty
set", "the null set", "All real numbers", "no solutions", capitals as printed). Where the page
writes a root in words ("the square root of negative three", nagwa's transcript) it is written
``\sqrt{-3}``; where it writes "x = 9" or "2 is an extraneous solution", the bare number is the
pred. Where a page says that an answer "is called" or is "also" said another way, or puts a second
form in parentheses, the first is the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.nagwa.com video 965125210632 ("Find the solution set of the equation 𝑥² + 3 = 0 in ℝ":
  "𝑥 is equal to the square root of negative three. But we want the solution set of the equation
  that's in the real numbers. And the square root of a negative number is not in the real numbers.
  ... So there are no real solutions in this set. Therefore, the solution set is empty, which is
  called the empty set or the null set."). 3 cases (1 False).
- stevekifowit.com "archives/M129/ex1.2_12.htm" (a teacher's worked example, an inequality that
  reduces to a contradiction: "There are no solutions. The solution is the empty set"). 1 case.
- mswalshalgebra.com chapter 4, 4-10 "Problems Without Solutions" ("Sometimes the equation
  simplifies to a false statement (no solution) or an identity (all real numbers)"; "If you reach
  0 = 0, every real number works"; "Solve 3(x − 1) = 3x − 3 ... identity. All real numbers."). 2
  cases.
- jdmeducational.com "equations-with-infinite-solutions-6-examples-explanations" ("we might find
  that there is no solution, one solution, multiple solutions, or infinite solutions (we can also
  say “infinitely many solutions”)"). 1 case.
- hotmath.com "hotmath_help/topics/extraneous-solutions.html" (first example: "So, 2 is an
  extraneous solution. So, the equation has no solutions."; second example: "So, 5 is a solution.
  Hence, 0 is an extraneous solution."). 2 cases (2 False).
- www.gradesaver.com Intermediate Algebra (12th Edition), 7.6 exercises p.483 no. 5 (is 9 a
  solution of $\sqrt{x}=-3$?: "NOT a solution. The given equation does not have any real solution
  ... Hence, $x= 9$ is NOT a solution to the given equation."). 1 case (False).

10 cases in all (4 False).

Left out, by rule: forms the text conversion lost (stevekifowit's empty-set symbol after "the empty
set, ", the equations of both hotmath examples, the equation and answer choices of varsitytutors'
"how to find out when an equation has no solution" examples, the "Æ" that coursehero 6962092's copy
of Paul's notes prints for ∅); single forms with nothing to pair (gradesaver Algebra 1 ch. 9
mid-chapter quiz p.560 no. 11 "there is no solution" for $x^2+9=0$; cpm 5-113 "No real solution";
cfemathshub's "The equation has no real roots"; sosmath's "There is no solution" for Log(-315));
machine-written or AI-answer pages (openknowledgegraph quizzes, senioritis.io, mathspresso,
craftexam.in, learn.padho.ai, pengi.ai, maricahasevip.com, qeeebo, askvity, edu.com, mathix,
smartsolve, questionai, askanewquestion's GPT answers, the varsitytutors "practice" pages whose
choice letters do not match the listed choices); algebra.com, jiskha and a.simonm.io pages (sites
to avoid), though a.simonm.io's OCR MEI 2024 AS Paper 2 Q2(b) guidance "'Zero' or 'None' or 'No
real roots/solutions'" would have fitted; the huggingface Nemotron-CC-Math pages that quote the
WeBWorK forum's ``Context()->strings->add("no solution"=>{}, "none"=>{alias=>'no solution'}, ...)``
(rewritten dataset pages, not the forum); pages that state a convention some other source disputes
(math.stackexchange 1031310 on writing $(x_1,\ldots,x_n)\in\varnothing$; the ck12 copy on issuhub
that calls writing ∞ for a limit that does not exist "technically not correct, but ... acceptable").

Examined and not used: pages used by earlier sets (mathproofaday.blogspot.com, edplace worksheet
916/2706, gradesaver Intermediate Algebra 7e p.50 no. 7 and Thinking Mathematically p.362 no. 10,
teachingcalculus.com tag dne, penjiapp, runestone / pcc ORCCA special solution sets, expertsmind's
copy of Paul's notes, kiwix math.stackexchange 4059947, Dr. Math 53819); cpm 8-99 and C-42 (their
equations lost, one form each);
jeopardylabs and the worksheetly, coverletter.us, sampleletters.in, blog.charitylook, qwiket and
bemquerermulher articles (no pair of forms judged, or generated text); mathforum-style pages on
x² = -9 that give only the complex root; Khan Academy's number-of-solutions video comments (no
verdict on a form); math-faq.com on dependent systems (its two parametric forms were lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

NAG = "www.nagwa.com"
NAG_965 = "https://www.nagwa.com/en/videos/965125210632/"
SKI = "stevekifowit.com"
SKI_12 = "https://stevekifowit.com/archives/M129/ex1.2_12.htm"
MSW = "mswalshalgebra.com"
MSW_410 = "https://mswalshalgebra.com/chapter/4/4-10"
JDM = "jdmeducational.com"
JDM_INF = "https://jdmeducational.com/equations-with-infinite-solutions-6-examples-explanations/"
HOT = "hotmath.com"
HOT_EXT = "http://hotmath.com/hotmath_help/topics/extraneous-solutions.html"
GS = "www.gradesaver.com"
GS_483 = (
    "https://www.gradesaver.com/textbooks/math/algebra/intermediate-algebra-12th-edition/"
    "chapter-7-section-7-6-solving-equations-with-radicals-7-6-exercises-page-483/5"
)

CASES = [
    # nagwa 965125210632: x^2 + 3 = 0 in R -- empty set, null set; sqrt(-3) is not real
    _c(
        NAG,
        NAG_965,
        gold=r"the empty set",
        pred=r"the null set",
        wrap=True,
        expected=True,
        why="'the solution set is empty, which is called the empty set or the null set'",
    ),
    _c(
        NAG,
        NAG_965,
        gold=r"the empty set",
        pred=r"no real solutions",
        wrap=True,
        expected=True,
        why="'So there are no real solutions in this set. Therefore, the solution set is empty'",
    ),
    _c(
        NAG,
        NAG_965,
        gold=r"the empty set",
        pred=r"\sqrt{-3}",
        wrap=True,
        expected=False,
        why="solution set in R: 'the square root of a negative number is not in the real numbers'",
    ),
    # stevekifowit ex1.2_12: a contradiction -- no solutions, the empty set
    _c(
        SKI,
        SKI_12,
        gold=r"the empty set",
        pred=r"no solutions",
        wrap=True,
        expected=True,
        why="'There are no solutions. The solution is the empty set'",
    ),
    # mswalshalgebra 4-10: identity, all real numbers
    _c(
        MSW,
        MSW_410,
        gold=r"All real numbers",
        pred=r"identity",
        wrap=True,
        expected=True,
        why="'Solve 3(x − 1) = 3x − 3. ... identity. All real numbers.'; 'an identity (all real "
        "numbers)'",
    ),
    _c(
        MSW,
        MSW_410,
        gold=r"all real numbers",
        pred=r"every real number",
        wrap=True,
        expected=True,
        why="'an identity (all real numbers)'; 'If you reach 0 = 0, every real number works.'",
    ),
    # jdmeducational: infinite solutions = infinitely many solutions
    _c(
        JDM,
        JDM_INF,
        gold=r"infinite solutions",
        pred=r"infinitely many solutions",
        wrap=True,
        expected=True,
        why="'or infinite solutions (we can also say “infinitely many solutions”)'",
    ),
    # hotmath extraneous solutions: the extraneous root is not an answer
    _c(
        HOT,
        HOT_EXT,
        gold=r"no solutions",
        pred=r"2",
        wrap=True,
        expected=False,
        why="'So, 2 is an extraneous solution. So, the equation has no solutions.'",
    ),
    _c(
        HOT,
        HOT_EXT,
        gold=r"5",
        pred=r"0",
        wrap=True,
        expected=False,
        why="'So, 5 is a solution. Hence, 0 is an extraneous solution.'",
    ),
    # gradesaver Intermediate Algebra 12e 7.6 no. 5: sqrt(x) = -3 has no real solution, not 9
    _c(
        GS,
        GS_483,
        gold=r"no real solution",
        pred=r"9",
        wrap=True,
        expected=False,
        why="'The given equation does not have any real solution ... Hence, $x= 9$ is NOT a "
        "solution'",
    ),
]
