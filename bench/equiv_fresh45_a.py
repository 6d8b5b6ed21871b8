r"""A forty-fifth fresh set of answer-equivalence cases (evaluation only; helper "a": public
question-and-answer threads on calculus answers where a student asks whether their answer equals
the book's, the answer sheet's, the teacher's or an online checker's, and someone settles it).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims and /work/wt/fresh45_claims; every page was claimed in
/work/wt/fresh45_claims before use). Each case gives the reference answer (``gold``: the book's,
answer sheet's, professor's or checker's answer, or, where that is what the thread settles on,
the answerer's correct form), the prediction (``pred``: the student's answer, a bare answer to be
put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) that a person on
the page settled, with no one on the page contradicting it. ``repo`` is the domain the stored copy
came from and ``where`` is the full URL (most pages are Mathematics Stack Exchange questions read
through the math.techqa.club mirror or the ARQMath copy at cs.rit.edu). There is no commit; every
source is a web page with no licence file. Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them (LaTeX stays LaTeX, plain
text stays plain text, the asker's spacing and typos are kept). Liberties, each noted in ``why``:
a leading "F(x)=" is dropped where the other side has none; on The Student Room page the
answers are typed "In|1-x|" (capital I for the l of ln) and are written "ln|1-x|"; on the
errata page the unit words "units squared" are dropped.

For indefinite integrals and general solutions of differential equations, a verdict that the two
answers "differ only by a constant" (or that the constants are just renamed) and so are both
correct is recorded as ``expected=True``; the ``why`` says so. Where the thread settles that the
reference is wrong and the student right (math.techqa.club 3304258, mathhelpforum 194265, the
geneseo errata), the two answers differ in value and the case is ``expected=False``.

Sources (domain, URL, what is settled, licence):

- math.techqa.club (mirror of Mathematics Stack Exchange) questions 3515138 (online calculator vs
  student; answer: "So your answer is correct"), 3126227 (book vs student; answer shows they
  differ by a constant), 18721 (Wolfram|Alpha and exercise answer vs student derivative; answer
  rewrites one into the other), 2425127 (book vs student; best answer: went wrong), 3527515 (book
  vs student; best answer: the division went upside down), 2586523 (formula vs student; "You are
  absolutely correct", differ by a constant), 4859789 (textbook vs student; best answer: both
  equivalent), 1010959 (site's answer vs student; answers: (arctan x)^2 != arctan(x^2), the
  integral is 1/2 (arctan x)^2 + C), 1437138 (answer book vs student; "All your steps are fine,
  but your final answer can be simplified further to match"), 2902832 (answer vs student; best
  answer: you should get something not quite like you got), 2875468 (book vs student, ODE;
  answer shows the two are the same family), 3184016 (answer vs student; best answer: you forgot
  the 1/2), 1129567 (given answer vs student; answer: the substitution lacks dx = sinh t dt, the
  asker then finds the error), 2084893 (professor's claimed antiderivative vs the answer's;
  accepted answer: "no, the stated equality is not correct"), 2653135 (textbook vs student;
  answer: the same family), 3304258 (answer sheet vs student; "Your answer is correct"), 3525213
  (answer sheet vs student, ODE; answer: the solutions are the same), 2704467 (Khan Academy vs
  student; three answers: differ by a constant, equivalent). URLs in ``where``. Web pages, no
  licence file.
- www.cs.rit.edu (ARQMath copy of Mathematics Stack Exchange question 2100513; integral
  calculator vs the student's two forms; comments: sign errors, and "The OP is asking if the
  other forms are acceptable (no)"). Web page, no licence file.
- mathforum.org Ask Dr. Math 53537 (table's formula vs student; Doctor Jerry: correct, "This can
  be written in several different ways"). Web page, no licence file.
- mathhelpforum.com thread 194265 (back of the book vs student's definite integral; two replies:
  "Your answer is correct"). Web page, no licence file.
- scienceforums.net topic 34540 (integrand vs the derivative the student got when checking an
  antiderivative; reply: "You had it right all along"). Web page, no licence file.
- thestudentroom.co.uk thread 4176134 (given answer vs the student's expectation; replies: the
  minus sign is needed). Web page, no licence file.
- askanewquestion.com question 958664 (answer vs student's derivative; reply: "the first line is
  wrong"). Web page, no licence file.
- geneseo.edu ~johannes/222Err.html (course textbook errata page, "These are the mistakes that
  students have already found"; entry 1.1 #27: textbook e^-2 vs computed e-2). Web page, no
  licence file.

Left out, by rule: pairs of two answers that are both the student's own (no reference answer:
math.techqa.club 4811160, 2347507 and the ARQMath copy of 95518 were seen only in passing and not
claimed); intermediate lines that are not final answers; on the geneseo errata page, entries
that are typos, graph labels or integration limits rather than final answers (only the stored
excerpt of that page was read).

Examined and not used: askanewquestion.com 1554635 (claimed; the answerer's final form is given
once with a sign slip in the log term and once with a flattened "sinh-1x", so no reference
answer is legible and right); physicsforums.com 59811 (claimed; the stored copy has no reply);
redlib.mooo.com r/calculus 1jqlzn4 (claimed; the answer key is an image and the verdict is
given in words about signs); math.techqa.club 2808206 (claimed; the asker's transcription of
Wolfram|Alpha's form is itself not an antiderivative, so the pair is not a clean
reference-vs-student pair); math.techqa.club 2193306 and 1446707 (no answer states a verdict on
the pair, or the reference form is only described in words); physicsforums.com 124731, 332897,
568761 and 214151 (no reply in the stored excerpt, or the checker's answer is a broken image);
reddit.tnl.social r/askmath (superscripts flattened, "1 + x2"); mathhelpforum.com 172239,
49535, 161260, 98675, 174932, 83764 and others (formulas lost, or no reply stored);
thestudentroom.co.uk 1275372 (formula lost); jiskha.com 1339727827 (the answerer's own forms);
atarnotes.com 141933 and boards.straightdope.com 462869 (formulas lost); kiwix
math.stackexchange 2610106 (no reference answer distinct from the student's).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
TQ_3515138 = "https://math.techqa.club/problem-with-ln-expression-and-integral-3515138"
TQ_3126227 = "https://math.techqa.club/integrate-sin-x-cos-x-using-trig-identity-3126227"
TQ_18721 = "https://math.techqa.club/how-did-they-simplify-this-function-18721"
TQ_2425127 = (
    "https://math.techqa.club/general-solution-of-the-differential-equation-frac-dy-dx-2e-x-y-"
    "2425127"
)
TQ_3527515 = (
    "https://math.techqa.club/prove-that-frac12-ln-left-x-2-1-right-frac-x-2-2-ln-x-3527515"
)
TQ_2586523 = "https://math.techqa.club/evaluating-an-integral-2-2586523"
TQ_4859789 = (
    "https://math.techqa.club/how-frac-1-2a-log-frac-x-a-x-a-c-frac-1-2a-log-frac-a-x-a-x-c-4859789"
)
TQ_1010959 = "https://math.techqa.club/indefinite-integral-of-frac-arctan-x-x-2-1-1010959"
TQ_1437138 = "https://math.techqa.club/derivative-of-f-x-sqrt-x-2-1-over-x-1437138"
TQ_2902832 = "https://math.techqa.club/frac-d-dx-ln-x-sqrt-x-2-1-2902832"
TQ_2875468 = "https://math.techqa.club/first-order-separable-differential-equation-2875468"
TQ_3184016 = "https://math.techqa.club/why-is-my-integration-solution-wrong-3184016"
TQ_1129567 = "https://math.techqa.club/a-level-integration-int-frac-x-3-sqrt-x-2-1-dx-1129567"
TQ_2084893 = (
    "https://math.techqa.club/is-int-frac-mathrm-d-x-x-2-1-operatorname-arctanh-x-c-"
    "operatorname-arccoth-x-k-correct-2084893"
)
TQ_2653135 = "https://math.techqa.club/compute-int-frac-x-x-1-dx-2653135"
TQ_3304258 = (
    "https://math.techqa.club/evaluate-lim-limits-x-to-infty-frac-x-x-2-x-need-for-explanation-"
    "3304258"
)
TQ_3525213 = "https://math.techqa.club/initial-value-problem-dy-dx-sqrt-y-2-3525213"
TQ_2704467 = (
    "https://math.techqa.club/is-frac-cos-4-x-4-frac-cos-2-x-2-c-a-correct-evalution-of-int-sin-"
    "3-x-cos-x-dx-2704467"
)
ARQ = "www.cs.rit.edu"
ARQ_2100513 = (
    "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/"
    "Collection_By_Year/Older%20version/V.0.2/2078966_2017.zip:/tmp/tarfile_extract_u0zgv7hg/"
    "2078966_2017/2078966_01/2100513.html"
)
DRM = "mathforum.org"
DRM_AT = "http://mathforum.org/library/drmath/view/53537.html"
MHF = "mathhelpforum.com"
MHF_AT = "http://mathhelpforum.com/calculus/194265-u-substitution-integral.html"
SCF = "scienceforums.net"
SCF_AT = "https://scienceforums.net/topic/34540-simple-integration-by-substitution"
TSR = "thestudentroom.co.uk"
TSR_AT = "https://www.thestudentroom.co.uk/showthread.php?t=4176134"
ANQ = "askanewquestion.com"
ANQ_AT = (
    "https://askanewquestion.com/questions/can-someone-check-my-work-so-i-took-the-derivative-of/"
    "958664"
)
GEN = "geneseo.edu"
GEN_AT = "https://geneseo.edu/~johannes/222Err.html"

CASES = [
    # int dx/(x ln x sqrt(ln^2 x - 1)); online calculator's answer vs the student's, which the
    # checker marked wrong; answerer: arcsec x = arctan sqrt(x^2-1), "So your answer is correct."
    _c(
        TQ,
        TQ_3515138,
        gold=r"\arctan(\sqrt{\ln^2x-1})+C",
        pred=r"\text{arcsec}(\ln x)+C",
        wrap=True,
        expected=True,
        why="online calculator vs student; answer: 'So your answer is correct'",
    ),
    # int sin x cos x dx; book vs student; answer: 1/2 sin^2 x = (1 - cos 2x)/4 (differ by a
    # constant).
    _c(
        TQ,
        TQ_3126227,
        gold=r"\frac{1}{2} \sin^{2}(x) + C",
        pred=r"-\frac{1}{4} \cos(2x) +C",
        wrap=True,
        expected=True,
        why="book vs student; answer: 1/2 sin^2 x = (1-cos 2x)/4, differ by a constant",
    ),
    # d/dx (x+6)^3 (9x^3-2)^5; Wolfram|Alpha (matching the exercise's answer) vs the student's
    # unsimplified product-rule result; answer rewrites the student's form into Wolfram's.
    _c(
        TQ,
        TQ_18721,
        gold=r"6(x+6)^2 (2-9 x^3)^4 (27 x^3+135 x^2-1)",
        pred=r"3(x+6)^2 (9x^3 -2)^5 + 45(x+6)^3 (3x^2) (9x^3 - 2)^4",
        wrap=True,
        expected=True,
        why="Wolfram|Alpha / exercise answer vs student; answer factors one into the other",
    ),
    # dy/dx = 2e^(x-y); book vs the student's further 'simplification'; best answer: you went
    # wrong in two places (2e^x != e^(x^2)).
    _c(
        TQ,
        TQ_2425127,
        gold=r"y = \ln (2 e^x + C)",
        pred=r"y = x^2 + C'",
        wrap=True,
        expected=False,
        why="book vs student; best answer: 'You went wrong in two places'",
    ),
    # int (x^2+x+1)/(x^2+1) dx; book vs the student's second method; best answer: the division
    # went upside down, so the answer differs from the correct one.
    _c(
        TQ,
        TQ_3527515,
        gold=r"x+\frac12\ln\left(x^2+1\right)+C",
        pred=r"x + \frac{x^2}{2}+\ln(x)+C",
        wrap=True,
        expected=False,
        why="book vs student; best answer: mistake in dividing made the answer different",
    ),
    # int dx/sqrt(x^2+2); the formula's answer (as the asker writes it) vs the student's;
    # answer: "You are absolutely correct", they differ by the constant ln sqrt 2.
    _c(
        TQ,
        TQ_2586523,
        gold=r"ln(x+\sqrt{x^2+2})",
        pred=r"\ln\left(\frac{x}{\sqrt{2}}+\sqrt{1+\frac{x^2}{2}}\right)",
        wrap=True,
        expected=True,
        why="formula vs student; 'You are absolutely correct', differ by a constant",
    ),
    # int dx/(a^2-x^2); textbook vs student; best answer: "They're both equivalent" (|x-a| =
    # |a-x|).
    _c(
        TQ,
        TQ_4859789,
        gold=r"\frac{1}{2a} \log {|\frac{a+x}{a-x}|} + C",
        pred=r"\frac{1}{2a} \log {|\frac{x+a}{x-a}|} + C",
        wrap=True,
        expected=True,
        why="textbook vs student; best answer: 'They're both equivalent'",
    ),
    # int arctan x/(x^2+1) dx; the answer the three answerers give vs the site's answer as the
    # asker read it and vs the asker's own result; answer 3: (arctan x)^2 != arctan(x^2); the
    # asker's edit accepts 1/2 arctan^2 x + c.
    _c(
        TQ,
        TQ_1010959,
        gold=r"\frac12(\arctan x)^2+C",
        pred=r"\frac{1}{2}\arctan(x^2)+c",
        wrap=True,
        expected=False,
        why="answerers' result vs the site's answer as misread; '(arctan x)^2 != arctan(x^2)'",
    ),
    _c(
        TQ,
        TQ_1010959,
        gold=r"\frac12(\arctan x)^2+C",
        pred=r"x\ \arctan\ x -\frac{1}{2}\ln(x^2+1)+c",
        wrap=True,
        expected=False,
        why="answerers' result vs the asker's by-parts result; the answers do int u du instead",
    ),
    # d/dx sqrt(x^2-1)/x; answer book vs student; answer 2: "All your steps are fine, but your
    # final answer can be simplified further to match the answer in your book."
    _c(
        TQ,
        TQ_1437138,
        gold=r"\frac {1}{x^2 \sqrt{x^2 -1}}",
        pred=r"\frac {x^2 (x^2 -1)^{-{\frac {1}{2}}} - (x^2 -1)^{\frac {1}{2}}}{x^2}",
        wrap=True,
        expected=True,
        why="answer book vs student; answer: steps fine, simplifies to the book's answer",
    ),
    # d/dx ln(x - sqrt(x^2-1)); the given answer vs the student's; best answer: "you should get
    # something not quite like you got".
    _c(
        TQ,
        TQ_2902832,
        gold=r"\frac{-1}{\sqrt{x^2 - 1}}",
        pred=r"\frac{ 2 \sqrt{x^2 - 1} - x}{ 2 \sqrt{x^2 - 1} \, (x - \sqrt{x^2 - 1} ) }",
        wrap=True,
        expected=False,
        why="given answer vs student; best answer: not quite what you should get",
    ),
    # int csc x dx; a table's formula vs the student's; Doctor Jerry: "... shows it is correct",
    # "This can be written in several different ways."
    _c(
        DRM,
        DRM_AT,
        gold=r"ln(abs(tan(x/2)))+c",
        pred=r"ln(abs(sin(x))/abs(cos(x)+1))+C",
        wrap=True,
        expected=True,
        why="table formula vs student; Dr. Math: correct; the student's leading 'F(x)=' dropped",
    ),
    # 6x^2 y dx - (x^3+1) dy = 0; book vs student; answer: |cy| = |c||y|, take e^c1 = 2 when the
    # book's c = -2, "thats all" (same family).
    _c(
        TQ,
        TQ_2875468,
        gold=r"(x^3+1)^2 = |cy|",
        pred=r"(x^3+1)^2 = c|y|",
        wrap=True,
        expected=True,
        why="book vs student, ODE; answer: the constants are renamed, same solutions",
    ),
    # int x^3/(1+x^2) dx; the given answer vs student; best answer: you forgot the 1/2 in
    # x dx = 1/2 du.
    _c(
        TQ,
        TQ_3184016,
        gold=r"\frac{x^2 - \log(x^2 + 1)}{2} + \mathsf{C}",
        pred=r"1 + x^2 - \log (1 + x^2) + \mathsf{C}",
        wrap=True,
        expected=False,
        why="given answer vs student; best answer: 'You forgot the 1/2'",
    ),
    # int_0^1 4 + 2x(1+x^2)^3 dx; back of the book 19 vs student 7.75; replies: "Your answer is
    # correct" (the book's value is wrong, the two values differ).
    _c(
        MHF,
        MHF_AT,
        gold=r"19",
        pred=r"7.75",
        wrap=True,
        expected=False,
        why="back of the book vs student; replies: the student's 7.75 is correct, book wrong",
    ),
    # int x/(2+x^2)^2; the student's check: the derivative of the result vs the integrand;
    # reply simplifies one into the other, "You had it right all along".
    _c(
        SCF,
        SCF_AT,
        gold=r"\frac{x}{(2+x^2)^2}",
        pred=r"\frac{4x}{(4+2x^2)^2}",
        wrap=True,
        expected=True,
        why="integrand vs the student's derivative of his antiderivative; reply: equal",
    ),
    # int 1/(1-x) dx; the given answer vs the one the student expected; replies: the minus sign
    # is needed (chain rule).
    _c(
        TSR,
        TSR_AT,
        gold=r"-ln|1-x|",
        pred=r"ln|1-x|",
        wrap=True,
        expected=False,
        why="given answer vs student; replies: the minus is needed; page types 'In' for ln",
    ),
    # int x^3/sqrt(x^2-1) dx; the given answer vs the student's; answer: with x = cosh t you
    # also need dx = sinh t dt (the student's integrand was wrong); asker then found the error.
    _c(
        TQ,
        TQ_1129567,
        gold=r"\frac{1}{3}\sqrt{x^2-1}(x^2+2)",
        pred=r"\frac{-1}{\sqrt{x^2-1}}+\sqrt{x^2-1}",
        wrap=True,
        expected=False,
        why="given answer vs student; answer: the substitution lacks dx = sinh t dt",
    ),
    # int dx/(x^2-1); the accepted answer's result vs the professor's claimed one; accepted
    # answer: "So no, the stated equality is not correct."
    _c(
        TQ,
        TQ_2084893,
        gold=r"-\operatorname{artanh}(x)+C",
        pred=r"\arctanh ~x + C",
        wrap=True,
        expected=False,
        why="accepted answer vs professor's claimed antiderivative; 'not correct'",
    ),
    # int x/(x+1) dx; textbook vs the student's u-substitution result; answer 2: the two are the
    # same family (the +1 goes into C).
    _c(
        TQ,
        TQ_2653135,
        gold=r"x-\ln|x+1|",
        pred=r"(x+1) - \ln|x+1|",
        wrap=True,
        expected=True,
        why="textbook vs student; answer: same family, differ by a constant",
    ),
    # lim (x/(x+2))^x; answer sheet vs student; answer: "Your answer is correct" (e^{-2}), so the
    # sheet's e^2 is a different value.
    _c(
        TQ,
        TQ_3304258,
        gold=r"e^{2}",
        pred=r"e^{-2}",
        wrap=True,
        expected=False,
        why="answer sheet vs student; answer: 'Your answer is correct', sheet wrong",
    ),
    # dy/dx = sqrt(y^2); answer sheet vs student; answer: "the solutions are the same"
    # (C = e^c).
    _c(
        TQ,
        TQ_3525213,
        gold=r"y=c\times e^x",
        pred=r"y = e^{x+c}",
        wrap=True,
        expected=True,
        why="answer sheet vs student, ODE; answer: constants differ, solutions the same",
    ),
    # int sin^3 x cos x dx; Khan Academy's answer (as answer 2 writes it) vs the student's;
    # three answers: differ by a constant, equivalent.
    _c(
        TQ,
        TQ_2704467,
        gold=r"\frac {\sin^4 x}{4}+C",
        pred=r"\frac{\cos^4(x)}{4}-\frac{\cos^2(x)}{2}+C",
        wrap=True,
        expected=True,
        why="Khan Academy vs student; answers: differ by a constant, equivalent",
    ),
    # d/dx (1-x^2)/(1+x^2)^2; the answer the student is given vs his; reply: "the first line is
    # wrong".
    _c(
        ANQ,
        ANQ_AT,
        gold=r"2x(x^2-3)/((1+x^2)^3)",
        pred=r"2x(3x^2-1)/((1+x^2)^3)",
        wrap=True,
        expected=False,
        why="given answer vs student; reply: the first line is wrong",
    ),
    # int sin^2 x dx; an integral calculator's answer vs the student's two forms; comments: sign
    # errors, "The OP is asking if the other forms are acceptable (no)".
    _c(
        ARQ,
        ARQ_2100513,
        gold=r"-\frac{\sin(2x)-2x}{4}+c",
        pred=r"\frac{\sin(2x)-2x} 4 +c",
        wrap=True,
        expected=False,
        why="integral calculator vs student (angle multiples); comments: sign errors, not ok",
    ),
    _c(
        ARQ,
        ARQ_2100513,
        gold=r"-\frac{\sin(2x)-2x}{4}+c",
        pred=r"-\frac{\sin(x)\cos(x)+x} 2 +c",
        wrap=True,
        expected=False,
        why="integral calculator vs student (by parts); comments: sign errors, not ok",
    ),
    # Course errata page (instructor's list of textbook mistakes students found), 1.1 #27:
    # textbook e^-2 vs the computed e-2; 'units squared' dropped.
    _c(
        GEN,
        GEN_AT,
        gold=r"e^-2",
        pred=r"e-2",
        wrap=True,
        expected=False,
        why="errata 1.1 #27: textbook's e^-2 listed as wrong, answer is e-2",
    ),
]
