r"""A fifty-sixth fresh set of answer-equivalence cases (evaluation only; helper "b": applied
calculus answers settled by a person on a public web page -- tangent lines in point-slope against
slope-intercept form, a wrong tangent line, a related-rates rate given as a fraction and as a
decimal with units, an implicit second derivative simplified with the curve's own equation).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md, the
claims folders /work/wt/fresh2*_claims ... fresh55_claims and /work/wt/fresh56_claims; each page
was claimed in /work/wt/fresh56_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: the other form a person on the page equates with it, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (``$`` delimiters dropped, the
page's spacing, its Unicode minus sign and its plain-text notation such as ``sqrt(2)`` kept). Where
a person writes a chain ``A = B = C`` ending in the result, the last member is the gold and each
earlier member that is itself the answer is a prediction (True), as in the earlier sets.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- webwork.maa.org, forum discussion d=4574 ("Recognizing equivalent implicit differentiation
  answers": for y'' when x^2 + y^2 = 1, the answer (-x^2-y^2)/y^3 and the clever student's -1/y^3
  -- "Is there a way for WeBWorK to recognize both solutions as correct?"; Danny Glin's reply
  accepts both, ``$correct1 = Compute("(-x^2-y^2)/y^3"); $correct2 = Compute("-1/y^3");`` with
  OneOf). The prose lost its superscripts (``x2 + y2``), so the two forms are taken from the
  reply's code, where they are legible. They agree only on the curve x^2+y^2=1. 1 case.
- www.physicsforums.com, thread 385595 ("Finding the line tangent to a curve": x = 2 cos t,
  y = 2 sin t at t = pi/4; the asker's ``y = -1x + 2 sqrt(2)`` against the book's
  ``y = -x + 2``; replies: "The book is certainly wrong. y=(-x)+2 doesn't work at all", and the
  book's line "does not even pass through the point"). 1 case (False).
- www.physicsforums.com, thread 184991 ("2 Different answers given the same point and slope":
  tangent at (1, 9) with slope 4; the asker's ``y = 4x-3`` from point-slope against ``y = 4x+5``;
  a reply points out y1 = 9, the asker: "Yes, you're right! I really made a silly mistake"). 1 case
  (False).
- redlib.privacytools.click, copy of reddit r/learnmath 1jmci6q ("Help deriving tangent line
  equation??": u/Mishtle: the line "is y = 11x - 16 ... For our line, this would give us
  (y - 6) = 11(x - 2)"). 1 case.
- studylib.net, doc 12035864 (Math 1210-3 Quiz 1 solutions, January 11, 2008, the instructor's
  key: "the point-slope equation is y + 2 = 1(x + 1). This yields slope-intercept form
  y = x − 1."). 1 case.
- ufyukyu.blogspot.com, copy of a math.stackexchange question ("Find the equations of the tangent
  line to the curve": surface z = 2x^2 + y^2 cut by y = 3, tangent at x = 2; the asker's
  ``z = 4x`` against the book's ``y=3, z=8x+1``; comment by Xander Henderson: "Even in one
  dimension, the derivative is not the tangent line. The derivative is the slope of the tangent
  line."). 1 case (False).
- www.wyzant.com, answers 846312 (a tutor, ladder of 15 ft: "dy/dt = -9/12 =-3/4 ft/s = -0.75
  ft/s, which is Answer A"). 2 cases.

Left out, by rule: the IB markscheme pages on ib.mycosmic.dev (q/449, q/1350) where the
point-slope line ``(y − (−2)) = 12 (x − (−1))`` earns only the method mark against the required
form ``y = 12x + 10`` (a required-form policy, not a different value); d=4574's
``-4x^3/(2y+1)`` (one form only, nothing equated with it); physicsforums 184991's garbled
``y = 4x -32)`` (a copy of ``y = 4x -3`` run into the next line number; the first post's
``y = 4x-3`` is used instead); the wyzant 846312 intermediate ``dy/dt = -x/y`` (not yet a value).

Examined and not used: www.oocities.org mrjou "AP Calculus Advice" (used by fresh54, claimed and
then released here); the WeBWorK IntervalNotation help file (webwork.maa.org viewvc copy; the same
text as the ucdavis copy used by fresh53); apcentral.collegeboard.com 8861 and studylib 7978949 (AP
free-response commentary: only the introduction came back, no answer pairs); www.physicsforums.com
568761 (the Wolfram answer is a broken image); themathdoctors.org "maximum volume of a box" (no
clean verdict: "a little more than 3" against the asker's 3); studylib 11885084 (minus signs
garbled to "K"); wyzant 172765, 895712 and 617919 (one form only); college4less.org,
derivativecalculus.com, rweber.net, matheno.com (worked examples with one final form, no second
form judged); qammunity, gauthmath, questionai, userz.net, maarula, studyx (machine-written
solutions); huggingface.co Nemotron-CC-Math pages (LLM-rewritten copies of WeBWorK threads);
algebra.com, jiskha.com, socratic.org, math.techqa.club, a.simonm.io (sites to avoid this round);
cs.rit.edu ARQMath collection zip (a dataset dump); mathhelpforum and ib.mycosmic.dev pages whose
formulas were lost in the stored text.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WW = "webwork.maa.org"
WW_AT = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=4574"

PF = "www.physicsforums.com"
PF1_AT = "https://www.physicsforums.com/threads/finding-the-line-tangent-to-a-curve.385595"
PF2_AT = (
    "https://www.physicsforums.com/threads/2-different-answers-given-the-same-point-and-slope."
    "184991/post-1431484"
)

RD = "redlib.privacytools.click"
RD_AT = (
    "https://redlib.privacytools.click/r/learnmath/comments/1jmci6q/"
    "help_deriving_tangent_line_equation"
)

SL = "studylib.net"
SL_AT = "https://studylib.net/doc/12035864/january-11--2008-1a---using-the-graph-of-x"

UF = "ufyukyu.blogspot.com"
UF_AT = "https://ufyukyu.blogspot.com/2019/02/find-equations-of-tangent-line-to-curve.html"

WZ = "www.wyzant.com"
WZ_AT = (
    "https://www.wyzant.com/resources/answers/846312/"
    "how-fast-is-the-top-of-the-ladder-when-the-bottom-of-the-ladder-is-9-ft-fro"
)

CASES = [
    # webwork d=4574: y'' for x^2+y^2=1; both forms to be accepted (OneOf in the reply's code)
    _c(
        WW,
        WW_AT,
        gold=r"(-x^2-y^2)/y^3",
        pred=r"-1/y^3",
        wrap=True,
        expected=True,
        why="'recognize both solutions as correct'; reply: OneOf($correct1,$correct2) "
        "(equal on the curve x^2+y^2=1)",
    ),
    # physicsforums 385595: the book's tangent line is refused
    _c(
        PF,
        PF1_AT,
        gold=r"y = -1x + 2 sqrt(2)",
        pred=r"y = -x + 2",
        wrap=True,
        expected=False,
        why="'The book is certainly wrong. y=(-x)+2 doesn't work at all'",
    ),
    # physicsforums 184991: the point-slope attempt used y1 = 1 instead of 9
    _c(
        PF,
        PF2_AT,
        gold=r"y = 4x+5",
        pred=r"y = 4x-3",
        wrap=True,
        expected=False,
        why="reply: 'isn't y1 = 9?'; asker: 'Yes, you're right! I really made a silly mistake'",
    ),
    # reddit r/learnmath 1jmci6q: slope-intercept and point-slope forms of the same tangent
    _c(
        RD,
        RD_AT,
        gold=r"y = 11x - 16",
        pred=r"(y - 6) = 11(x - 2)",
        wrap=True,
        expected=True,
        why="u/Mishtle: 'the line, which is y = 11x - 16 ... this would give us (y - 6) = 11(x - 2)'",
    ),
    # studylib 12035864: instructor's key, point-slope -> slope-intercept
    _c(
        SL,
        SL_AT,
        gold=r"y = x − 1",
        pred=r"y + 2 = 1(x + 1)",
        wrap=True,
        expected=True,
        why="key 1d: 'point-slope equation is y + 2 = 1(x + 1). This yields slope-intercept form "
        "y = x − 1'",
    ),
    # ufyukyu (MSE copy): the derivative is not the tangent line
    _c(
        UF,
        UF_AT,
        gold=r"y=3, z=8x+1",
        pred=r"z = 4x",
        wrap=True,
        expected=False,
        why="book 'y=3, z=8x+1'; comment: 'the derivative is not the tangent line'",
    ),
    # wyzant 846312: chain -9/12 = -3/4 ft/s = -0.75 ft/s
    _c(
        WZ,
        WZ_AT,
        gold=r"-0.75 ft/s",
        pred=r"-3/4 ft/s",
        wrap=True,
        expected=True,
        why="tutor: 'dy/dt = -9/12 =-3/4 ft/s = -0.75 ft/s, which is Answer A'",
    ),
    _c(
        WZ,
        WZ_AT,
        gold=r"-0.75 ft/s",
        pred=r"-9/12",
        wrap=True,
        expected=True,
        why="tutor: 'dy/dt = -9/12 =-3/4 ft/s = -0.75 ft/s, which is Answer A'",
    ),
]
