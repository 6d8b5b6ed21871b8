r"""A fifty-fifth fresh set of answer-equivalence cases (evaluation only; helper "b": answers with
several solutions settled by a person on a public web page -- roots written with "or", "and",
"±" or as a roster set, a missing root, an extraneous root, a system's solution pairs against
points).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md, the
claims folders /work/wt/fresh2*_claims ... fresh54_claims and /work/wt/fresh55_claims; each page
was claimed in /work/wt/fresh55_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: the other form a person on the page equates with it, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them, with ``$``/``$$`` delimiters and
the page's thin spaces ``\,`` at the ends of inline formulas dropped (``\displaystyle`` is kept
where the page has it), and the page's own words
("or", "and") and plain-text notation kept. Where a person writes a chain ``A => B => C`` ending
in the result, the last member is the gold and each earlier member that is itself an answer for
x is a prediction (True); intermediate equations that are not yet of the form ``x = ...`` are not
used.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- webwork.maa.org, forum discussion d=3036 (a problem author solving x^2=a^2 who wants the answer
  ``x=a,x=-a`` and lists the student entries to refuse with a message: ``x=a`` -- "Are you sure
  you have all of the solutions?" -- and ``a`` -- "Your first solution is correct, but you need
  to write x=____ Are you sure you have all the solutions?"). 2 cases (False).
- www.onemathematicalcat.com, algebra_book/online_problems/solve_pm.htm (Carol Fisher's exercise
  page: "The sentence 'x = \pm 3' is a convenient shorthand for 'x = 3 or x = -3'", and the worked
  chain 2x - 1 = \pm 5 => ... => x = \frac{\pm 5 + 1}{2} => x = \frac{5 + 1}{2} or x =
  \frac{-5 + 1}{2} => x = 3 or x = -2). 3 cases.
- mathleaks.com, study/kb/summary/sqrtEqn (textbook theory page: x^2=16 "has the solutions x=-4 and
  x=4 ... The solutions can be written as x=±4"). 1 case.
- www.gradesaver.com, Introductory Algebra for College Students 7th ed., 9.1 exercise 1 (a
  person's worked answer x=\pm\sqrt{16} = x=\pm\sqrt{(4)^2} = x=\pm4). 2 cases.
- kiwix.lukehooper.xyz, copy of math.stackexchange.com question 1596918 ("Different ways to solve
  x^2=x": the asker's x=0 or x=1 against the x=1 of dividing by x; answers: "that's why you
  cannot have x=0 as a solution with the second method", "x=0 is a solution ... we have two
  solutions"). 1 case (False).
- kiwix.lukehooper.xyz, copy of math.stackexchange.com answer 4660269 (x^2 = 9 => x= ± 3; answers:
  "Think of x^2=9 as having two possible solutions: x=3 or x=-3. You could also say that x=3 and
  x=-3 are valid solutions. This is more a matter of wording", and "± should be read plus or
  minus ... You can avoid it by writing both, and connecting them with an 'or'"). 2 cases.
- rl.huuu.biz, copy of reddit r/learnmath 1mn88o2 ("why is x=-2 no solution?": (1+√x)(1-√x)=3, the
  asker's x=-2 against the book's "no solution"; marked RESOLVED, reply "the solution does not
  exist"). 1 case (False).
- www.studypool.com, discuss 1149892 (roster form of {x|x^2 = 9}: the asker's "x would be 3"; the
  tutor: "there are only two numbers that make this true ... the roster notation would be
  {-3,3}"). 1 case (False).
- www.mytutor.co.uk, answers 12587 (a tutor solving x^2+y^2=4, x=2-y: "The full solutions to the
  simultaneous equations are therefore: 'x=2 and y=0' or 'x=0 and y=2' ... we have in fact found
  the two points ... (0,2) and (2,0)"). 1 case.

Left out, by rule: the webwork d=3036 entry ``a,-a`` (refused only for lacking ``x=``, a format
policy, not a different value); onemathematicalcat's intermediate lines ``2x - 1 = 5 or 2x - 1 =
-5`` and ``2x = 6 or 2x = -4`` (equations not yet solved for x); mytutor 12587's intermediate
"y=0 and y=2" (the y values alone; no verdict on them as an answer); the MSE 4660269 asker's
teacher's claims about |x| (about notation, not an answer's value).

Examined and not used: a.simonm.io mark schemes (LLM-transcribed, as earlier sets found);
help.pearsoncmg.com ordered-pair answers (claimed by an earlier set); talk.qa.collegeconfidential
.com 1842364 (used by an earlier set); math.techqa.club, socratic.org / vespr.org and algebra.com
pages (sites to avoid this round); huggingface.co Nemotron-CC-Math pages (LLM-rewritten; they
held a WeBWorK thread on "x = 1, y = 3" against the point "(1, 3)"); sys4ethan-grading.pages.dev
(an LLM's grading); mathwords.com, mrbartonmaths.com, curioustab.com, pearson channels,
qammunity / Brainly copies, gauthmath, questionai, edu.com, smartsolve, mathix, mathskey
(machine-written or unattributed solutions, or formulas lost); www.mytutor.co.uk answers 26282
and 22098 (claimed, then dropped: only the tutor's own solution, no second form equated with
it); www.wyzant.com 528245 (the tutor's "x = 0, 0, 1, 2 ... You only entered three", but the
student's entry is not on the page); www.physicsforums.com 822123 (the reply's roots contradict
its own factorisation) and 874197, 115092 (no second form judged, or the gold is not on the
page); thestudentroom 3992021 and 37433 (no answer pair with a verdict in legible form);
matheducators.stackexchange.com 10157 (only the question was returned, no settled answer);
tutorsglobe.com 5275025 (its "S2 = {1, 1}" verdict on sets with repeated elements is wrong);
mathhelpforum 15973, 94053, 21931 and 4614 (formulas lost in the stored text); allmathwords.org
"solution" (the check step contradicts itself: "2 is a solution"); purplemath why_plus (no two
final answers compared).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WW = "webwork.maa.org"
WW_AT = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3036"

OMC = "www.onemathematicalcat.com"
OMC_AT = "http://www.onemathematicalcat.com/algebra_book/online_problems/solve_pm.htm"

ML = "mathleaks.com"
ML_AT = "https://mathleaks.com/study/kb/summary/sqrtEqn"

GS = "www.gradesaver.com"
GS_AT = (
    "https://www.gradesaver.com/textbooks/math/algebra/"
    "introductory-algebra-for-college-students-7th-edition/chapter-9-section-9-1-solving-"
    "quadratic-equations-by-the-square-root-property-exercise-set-page-631/1"
)

KW = "kiwix.lukehooper.xyz"
KW1_AT = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/"
    "1596918/different-ways-to-solve-x-2-x"
)
KW2_AT = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/a/4660269"

RL = "rl.huuu.biz"
RL_AT = "https://rl.huuu.biz/r/learnmath/comments/1mn88o2/why_is_x2_no_solution/n86mvxt/?context=3"

SP = "www.studypool.com"
SP_AT = "https://www.studypool.com/discuss/1149892/set-notation-and-roster-notation-of-sets?free"

MT = "www.mytutor.co.uk"
MT_AT = (
    "https://www.mytutor.co.uk/answers/12587/GCSE/Maths/Solve-the-simultaneous-equations-x-2-y-"
    "2-4-and-x-2-y-What-does-this-tell-us-about-the-circle-centred-on-the-origin-with-radius-2-"
    "and-the-straight-line-with-y-intercept-2-and-gradient-1/"
)

CASES = [
    # webwork d=3036: x^2=a^2, wanted "x=a,x=-a"; entries the author refuses as incomplete
    _c(
        WW,
        WW_AT,
        gold=r"x=a,x=-a",
        pred=r"x=a",
        wrap=True,
        expected=False,
        why="author: 'x=a' -> 'Are you sure you have all of the solutions?'",
    ),
    _c(
        WW,
        WW_AT,
        gold=r"x=a,x=-a",
        pred=r"a",
        wrap=True,
        expected=False,
        why="author: 'a' -> 'Your first solution is correct ... Are you sure you have all the "
        "solutions?' (one root only, and no x=)",
    ),
    # onemathematicalcat solve_pm: ± as shorthand for an "or" sentence; worked chain to x = 3 or -2
    _c(
        OMC,
        OMC_AT,
        gold=r"x = 3\ \text{ or }\ x = -3",
        pred=r"x = \pm 3",
        wrap=True,
        expected=True,
        why="'x = \\pm 3' is a convenient shorthand for 'x = 3 or x = -3'",
    ),
    _c(
        OMC,
        OMC_AT,
        gold=r"x = 3\ \text{ or }\ x = -2",
        pred=r"\displaystyle x = \frac{\pm 5 + 1}{2}",
        wrap=True,
        expected=True,
        why="worked chain for 2x - 1 = \\pm 5 (wait until the last step), ending x = 3 or x = -2",
    ),
    _c(
        OMC,
        OMC_AT,
        gold=r"x = 3\ \text{ or }\ x = -2",
        pred=r"\displaystyle x = \frac{5 + 1}{2}\ \text{ or }\ x = \frac{-5 + 1}{2}",
        wrap=True,
        expected=True,
        why="same chain: 'expand the shorthand' line, then 'simplify' to x = 3 or x = -2",
    ),
    # mathleaks sqrtEqn: x^2=16
    _c(
        ML,
        ML_AT,
        gold=r"x=-4 and x=4",
        pred=r"x=±4",
        wrap=True,
        expected=True,
        why="'the solutions x=-4 and x=4 ... The solutions can be written as x=±4'",
    ),
    # gradesaver intro algebra 7e 9.1 #1: x^2=16
    _c(
        GS,
        GS_AT,
        gold=r"x=\pm4",
        pred=r"x=\pm\sqrt{16}",
        wrap=True,
        expected=True,
        why="worked answer chain x=\\pm\\sqrt{16} ... x=\\pm4",
    ),
    _c(
        GS,
        GS_AT,
        gold=r"x=\pm4",
        pred=r"x=\pm\sqrt{(4)^2}",
        wrap=True,
        expected=True,
        why="worked answer chain x=\\pm\\sqrt{(4)^2} ... x=\\pm4",
    ),
    # MSE 1596918: x^2=x; dividing by x loses x=0
    _c(
        KW,
        KW1_AT,
        gold=r"x=0 or x=1",
        pred=r"x=1",
        wrap=True,
        expected=False,
        why="answers: dividing by x loses x=0; 'x=0 is a solution ... we have two solutions'",
    ),
    # MSE 4660269: x^2 = 9 => x = ± 3
    _c(
        KW,
        KW2_AT,
        gold=r"x= ± 3",
        pred=r"x=3 or x=-3",
        wrap=True,
        expected=True,
        why="answer: 'two possible solutions: x=3 or x=-3'; ± is a shortcut for both joined by 'or'",
    ),
    _c(
        KW,
        KW2_AT,
        gold=r"x= ± 3",
        pred=r"x=3 and x=-3",
        wrap=True,
        expected=True,
        why="answer: 'You could also say that x=3 and x=-3 are valid solutions ... a matter of "
        "wording'",
    ),
    # reddit r/learnmath 1mn88o2: (1+√x)(1-√x)=3 has no real solution
    _c(
        RL,
        RL_AT,
        gold=r"no solution",
        pred=r"x=-2",
        wrap=True,
        expected=False,
        why="book says no solution; reply: '-2 does not exist on the range ... the solution does "
        "not exist' (thread RESOLVED)",
    ),
    # studypool 1149892: roster form of {x | x^2 = 9}
    _c(
        SP,
        SP_AT,
        gold=r"{-3,3}",
        pred=r"3",
        wrap=True,
        expected=False,
        why="asker 'x would be 3'; tutor: 'there are only two numbers that make this true' -> "
        "{-3,3}",
    ),
    # mytutor 12587: x^2+y^2=4 and x=2-y
    _c(
        MT,
        MT_AT,
        gold=r"(0,2) and (2,0)",
        pred=r"x=2 and y=0 or x=0 and y=2",
        wrap=True,
        expected=True,
        why="tutor: full solutions 'x=2 and y=0' or 'x=0 and y=2' are the points (0,2) and (2,0)",
    ),
]
