r"""A forty-fourth fresh set of answer-equivalence cases (evaluation only; helper "a": public
question-and-answer threads where a student asks whether their answer is the same as the book's,
the teacher's or an online checker's answer, and someone settles it).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
/work/wt/fresh44_claims; no earlier set cites any of these domains). Each case gives the reference
answer (``gold``: the book's, answer key's, teacher's or checker's answer), the prediction
(``pred``: the student's answer, a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) that a person on the page settled, with no one on the page
contradicting it. ``repo`` is the domain the stored copy came from and ``where`` is the full URL
(several pages are Reddit or Stack Exchange threads read through a mirror; the mirror's domain
is given, and the original site is named in the source list). There is no commit; every source
is a web page with no licence file. Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them (LaTeX stays LaTeX, plain
text stays plain text, Unicode minus signs are kept). Three small liberties, each noted in
``why``: a fraction typed on three lines (numerator, a row of dashes, denominator) is written
``\frac{numerator}{denominator}`` with the tokens as typed; on the r/calculus page the asker's
"In (2)" (a capital I for the l of ln, as in the same post's "ln(4)") is written "ln (2)"; the
leading "X=" / "x =" / "I =" / "y =" of an answer is kept when the page has it.

For indefinite integrals and general solutions of differential equations, a verdict that the two
answers "differ only by a constant" and so are both correct is recorded as ``expected=True`` (the
answer families with the arbitrary constant are the same); the ``why`` says so.

Sources (domain, URL, what is settled, licence):

- redlib.astronima.party (Redlib mirror of reddit.com r/calculus post 1rp501l)
  https://redlib.astronima.party/r/calculus/comments/1rp501l/is_practice_test_answer_wrong/o9k8r9u/?context=3
  (practice-exam answer vs the student's; answerer u/areeb_onsafari: the answers are the same).
  Web page, no licence file.
- rl.huuu.biz (mirror of reddit.com r/learnmath post 1mmcb3z, flaired RESOLVED)
  https://rl.huuu.biz/r/learnmath/comments/1mmcb3z/why_am_i_wrong_or_am_i_integral_substitution
  (textbook and Wolfram|Alpha vs the student's antiderivative; four answerers: differ by a
  constant, both valid). Web page, no licence file.
- redlib.baczek.me (mirror of reddit.com r/learnmath post 1kcvbey)
  https://redlib.baczek.me/r/learnmath/comments/1kcvbey/calculus_1_struggling_with_substitution_of/mq5ubo0/?context=3
  (u/lurflurf lists three equivalent answers; u/waldosway and others: the asker's own result
  is not done correctly). Web page, no licence file.
- math.techqa.club (mirror of Mathematics Stack Exchange questions) pages 1118285, 3301854,
  2799189, 602177, 2795770, 1029824, 1045178, 2849758, 2550685 (URLs in ``where``). Web pages,
  no licence file.
- ray.fundegar.com (mirror of a Mathematics Stack Exchange question)
  https://ray.fundegar.com/what-is-the-difference-between-tan-x-sec-2x-and-sin-x-cos-3x-why-is-th.html
  (book 1/6 sec^2 x vs student 1/6 tan^2 x; three answers: differ by a constant, both right).
  Web page, no licence file.
- imathworks.com (mirror of a Mathematics Stack Exchange question)
  https://imathworks.com/math/math-where-does-this-trigonometric-substitution-go-wrong
  (Wolfram|Alpha vs student; best answer: equivalent). Web page, no licence file.
- math.stackexchange.com question 1615201 (flipItPhysics textbook vs student; answer shows
  them equal). Web page, no licence file.
- mathforum.org Ask Dr. Math 53424 (back of the book vs student; Dr. Ken: both right).
  Web page, no licence file.
- red.azn.boats (mirror of reddit.com r/askmath post 1n7432t; online derivative calculator's
  answer vs the form the student expected; u/phuhq2 and u/Temporary_Pie2733: equal).
  Web page, no licence file.
- mathhelpforum.com threads 193605 and 112840 (Wolfram|Alpha vs student: error; answer key vs
  student: just multiply top and bottom by -1). Web pages, no licence file.
- thestudentroom.co.uk thread 1154670 (answers vs student: the same). Web page, no licence file.
- talkabouteducation.com alt.algebra.help messages 64964 (question) and 64970 (reply: the
  book's answer is wrong, the student's value is right). Web page, no licence file.
- physicsforums.com archive thread t-53388 (book vs student, general solution of an ODE; reply
  derives the book's form from the student's) and thread 1035049 (MHB; given answer vs student:
  differ only by a constant, both valid). Web pages, no licence file.
- algebra.com solution 425258 (book's choice vs student: "I think you're right and the book is
  wrong"). Web page, no licence file.
- science-mathematics.com 201104/1916 (answer key vs student; answerer: "Agrees with key;
  Sorry"). Web page, no licence file.
- help.pearsoncmg.com "Define algebraic answers" (MyLab / Pearson question builder manual; table
  of the equivalent answers each answer rule accepts for the solution 2x+4). Web page, no
  licence file. Only the default rule "Accept any unsimplified or simplified equivalent answers"
  is used: it accepts every form listed and refuses none.

Left out, by rule: the Pearson table's other two rules ("Accept similar answer or algebraic
function", which refuses 2(x+2), 2x+3+1, x+x+4 and x+0.5; "Accept only the exact answer you
define"), which are form policies, not verdicts on value; on the physicsforums t-53388 and
science-mathematics pages, intermediate lines that are not final answers; on the
talkabouteducation page, the decimal check values (6.10386, -39.179), which are evaluations, not
answers to compare.

Examined and not used: mathhelpforum.com threads 47528, 172268, 197965, 172239, 49535, 177357,
220537, 132737, 189691, 8636, 190639 and mathhelpforum.com/math-help/220878 (the formulas were
lost when the page was stored); physicsforums.com 902206 (the asker's answer and Wolfram's lost
their superscripts; only the helper's identity is legible), 596658 and 273111 (no reference
answer / image only), 772748 (a step check, not an answer pair); efficientlessons.com "how to
check if your answer is correct" (a tutorial whose verdict is hedged "likely correct"; its
integration example is cut off in the stored copy); webwork.maa.org forum d=3529 and d=8495 and
every WeBWorK forum thread stored only as huggingface.co Nemotron-CC-Math rows (LLM-rewritten
dataset pages are excluded by the brief; d=3529's pair depends on a seed the replier could not
reproduce); math.techqa.club 3601848 (two Wolfram outputs; the answers only hint) and 1257090
(one answer given in words); jiskha.com 956244 and askanewquestion.com (no book answer; "tan^2"
missing its argument); wyzant.com 267285 and 390447 (not a student-vs-reference pair);
redlib.privacytools.click r/HomeworkHelp 1lonodz (both answers only in an image);
kiwix math.stackexchange 989770 and 56984 (the settling answers are not in the stored excerpt);
help.pearsoncmg.com "define numeric answers" (claimed by another helper); docs.wiris.com
validation pages (the correct answers are images); hawkeslearning.com blog (exponents flattened,
e.g. "sec6(4x)"); themathdoctors.org "When your answer doesn't match the book's" (key (C) vs the
student's two families of solutions; the doctor's verdict is cut off in the stored excerpt);
mathhelpforum.com 213832 (book vs student for sin(-7pi/12); no reply in the stored copy).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RC = "redlib.astronima.party"

RC_AT = (
    "https://redlib.astronima.party/r/calculus/comments/1rp501l/is_practice_test_answer_wrong/"
    "o9k8r9u/?context=3"
)

RL1 = "rl.huuu.biz"

RL1_AT = (
    "https://rl.huuu.biz/r/learnmath/comments/1mmcb3z/why_am_i_wrong_or_am_i_integral_substitution"
)

RL2 = "redlib.baczek.me"

RL2_AT = (
    "https://redlib.baczek.me/r/learnmath/comments/1kcvbey/"
    "calculus_1_struggling_with_substitution_of/mq5ubo0/?context=3"
)

TQ = "math.techqa.club"

TQ_1118285 = "https://math.techqa.club/why-do-we-put-absolute-brackets-for-ln-1118285"

TQ_3301854 = (
    "https://math.techqa.club/finding-int-sec-2-x-tan-x-dx-i-get-frac12-sec-2x-c-but-an-online-"
    "calculator-gets-frac12-tan-2x-c-3301854"
)

TQ_2799189 = (
    "https://math.techqa.club/why-does-the-indefinite-integral-int-sin-x-sec-2-x-dx-give-"
    "different-answers-for-different-substitutions-2799189"
)

TQ_602177 = (
    "https://math.techqa.club/how-can-these-two-be-equivalent-wolfram-alpha-incorrect-602177"
)

TQ_2795770 = "https://math.techqa.club/integral-of-int-sqrt-1-x-2-dx-with-2-method-2795770"

TQ_1029824 = "https://math.techqa.club/partial-fraction-of-frac-2x-2-9x-9-x-3-9x-1029824"

TQ_1045178 = (
    "https://math.techqa.club/am-i-doing-integration-correctly-wolfram-alpha-has-a-different-"
    "answer-1045178"
)

TQ_2849758 = (
    "https://math.techqa.club/my-solution-to-this-particular-differential-equation-seems-to-be-"
    "off-2849758"
)

TQ_2550685 = "https://math.techqa.club/problem-with-constants-in-differential-equation-2550685"

FG = "ray.fundegar.com"

FG_AT = (
    "https://ray.fundegar.com/what-is-the-difference-between-tan-x-sec-2x-and-sin-x-cos-3x-why-"
    "is-th.html"
)

IMW = "imathworks.com"

IMW_AT = "https://imathworks.com/math/math-where-does-this-trigonometric-substitution-go-wrong"

MSE = "math.stackexchange.com"

MSE_AT = (
    "https://math.stackexchange.com/questions/1615201/"
    "why-are-these-2-algebraic-expressions-equivalent"
)

DRM = "mathforum.org"

DRM_AT = "http://mathforum.org/library/drmath/view/53424.html"

ASK = "red.azn.boats"

ASK_AT = (
    "https://red.azn.boats/r/askmath/comments/1n7432t/how_are_these_two_expressions_equal/"
    "nc884dq/?context=3"
)

MHF = "mathhelpforum.com"

MHF_193605 = "http://mathhelpforum.com/calculus/193605-definite-integral.html"

MHF_112840 = "http://mathhelpforum.com/calculus/112840-natural-log-problem.html"

TSR = "thestudentroom.co.uk"

TSR_AT = "https://www.thestudentroom.co.uk/showthread.php?t=1154670"

TAE = "talkabouteducation.com"

TAE_AT = "http://www.talkabouteducation.com/group/alt.algebra.help/messages/64964.html"

PF = "physicsforums.com"

PF_53388 = "http://www.physicsforums.com/archive/index.php/t-53388.html"

PF_1035049 = "https://www.physicsforums.com/threads/integral-of-trigonometric-function.1035049"

ALG = "algebra.com"

ALG_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=425258"

SCM = "science-mathematics.com"

SCM_AT = "http://science-mathematics.com/Mathematics/201104/1916.htm"

PRS = "help.pearsoncmg.com"

PRS_AT = "https://help.pearsoncmg.com/xl/cqb/Content/define_algebraic_ans.htm"

CASES = [
    # r/calculus: e^(1-2x) = 4; the practice exam's answer vs the student's; answerer: the
    # answers are the same ("finding out they are should be really simple").
    _c(
        RC,
        RC_AT,
        gold=r"X= -1/2 [-1+ ln(4)]",
        pred=r"X= 1/2 - ln (2)",
        wrap=True,
        expected=True,
        why="practice exam vs student; the page has 'In (2)' (capital I for l), written ln (2)",
    ),
    # r/learnmath RESOLVED: int t sin(t^2) cos(t^2) dt; textbook and Wolfram|Alpha vs student;
    # answerers: the two differ only by the integration constant, both valid.
    _c(
        RL1,
        RL1_AT,
        gold=r"\frac{-cos^2(t^2)}{4} + C",
        pred=r"\frac{sin^2(t^2)}{4} + C",
        wrap=True,
        expected=True,
        why="textbook vs student; differ by a constant, both valid",
    ),
    # r/learnmath: the same integral; u/lurflurf: "(-1/8)cos(2t^2)+C, (-1/4)cos^2(t^2)+C,
    # (1/4)sin^2(t^2)+C are all equivalent answers" (the second is the book's answer).
    _c(
        RL2,
        RL2_AT,
        gold=r"(-1/4)cos^2(t^2)+C",
        pred=r"(-1/8)cos(2t^2)+C",
        wrap=True,
        expected=True,
        why="u/lurflurf: all equivalent answers (book's form as gold)",
    ),
    _c(
        RL2,
        RL2_AT,
        gold=r"(-1/4)cos^2(t^2)+C",
        pred=r"(1/4)sin^2(t^2)+C",
        wrap=True,
        expected=True,
        why="u/lurflurf: all equivalent answers (book's form as gold)",
    ),
    # the asker's own result; answerers: integrating sin(t^2) du "doesn't even make sense",
    # "not done correctly"; the book's answer is reached by another substitution.
    _c(
        RL2,
        RL2_AT,
        gold=r"-1/4 cos^2(t^2)",
        pred=r"1/2 *-cos(t^2)sin(t^2)",
        wrap=True,
        expected=False,
        why="book vs asker's result; answerers: not done correctly",
    ),
    # MSE 1118285: the student's log form vs the form it "suddenly becomes"; answer: "In this
    # case it's exactly the same".
    _c(
        TQ,
        TQ_1118285,
        gold=r"3\ln|\frac{\sqrt{9-x^2}-3}{x}|",
        pred=r"-3\ln|\frac{3+\sqrt{9-x^2}}{x}|",
        wrap=True,
        expected=True,
        why="given form vs student's; answer: exactly the same",
    ),
    # MSE 3301854: online calculator vs student; best answer: "Your answer is correct", the two
    # differ by a constant.
    _c(
        TQ,
        TQ_3301854,
        gold=r"\frac{\tan ^2 x}{2} + C",
        pred=r"\frac{\sec^2x}{2} + C",
        wrap=True,
        expected=True,
        why="online calculator vs student; differ by a constant",
    ),
    # MSE 2799189: int sin(x) sec^2(x) dx; answer: "you have integrated incorrectly - the actual
    # integral is sec x + C" (the asker's two results agree with each other, not with it).
    _c(
        TQ,
        TQ_2799189,
        gold=r"I = \sec x + C",
        pred=r"I = \frac{1}{2}\sec^2(x)",
        wrap=True,
        expected=False,
        why="answerer's integral vs asker's u=cos(x) result: integrated wrongly",
    ),
    _c(
        TQ,
        TQ_2799189,
        gold=r"I = \sec x + C",
        pred=r"I = \frac{1}{2}\tan^2(x)",
        wrap=True,
        expected=False,
        why="answerer's integral vs asker's u=tan(x) result: integrated wrongly",
    ),
    # MSE 602177: Wolfram|Alpha's general antiderivative vs the arcsine form it gives for a=5 (and
    # which it called unequal); answer: "These results are of course the same" (for |x|<|a|).
    _c(
        TQ,
        TQ_602177,
        gold=r"\sin^{-1}(\frac{x}{a})",
        pred=r"\tan^{-1}\left(\frac{x}{\sqrt{a^2-x^2}}\right)",
        wrap=True,
        expected=True,
        why="arcsine form vs Wolfram's arctangent form; answer: the same (on |x|<|a|)",
    ),
    # MSE 2795770: int sqrt(1-x^2) dx by x=sin(theta) and by x=cos(theta) (no book answer; the
    # first method's result is the gold); answer: equal up to a constant, arcsin+arccos=pi/2.
    _c(
        TQ,
        TQ_2795770,
        gold=r"\frac12 x\sqrt{1-x^2} + \frac12 \sin^{-1}x + C",
        pred=r"\frac12 x\sqrt{1-x^2} - \frac12 \cos^{-1}x + C",
        wrap=True,
        expected=True,
        why="two substitutions' results; answer: they differ by a constant",
    ),
    # MSE 1029824: Anton's answer (back of the book) vs the student's; best answer: "Your answer
    # is fine and is equivalent to the author's".
    _c(
        TQ,
        TQ_1029824,
        gold=r"ln |\frac{x(x+3)^2}{x-3}| + C",
        pred=r"ln |x| - ln|x-3| + 2 ln|x+3| + C",
        wrap=True,
        expected=True,
        why="author's answer vs student; equivalent by log laws",
    ),
    # MSE 1045178: Wolfram|Alpha vs the student's antiderivative; answers: "your result ... is
    # right" and a derivation of Wolfram's log form from ln(sec x + tan x).
    _c(
        TQ,
        TQ_1045178,
        gold=r"\sin(x)+2x+\log(\sin(x/2)+\cos(x/2))-\log(\sin(x/2)-\cos(x/2))",
        pred=r"\sin(x) + 2x + \ln|\sec(x)+\tan(x)| + C",
        wrap=True,
        expected=True,
        why="Wolfram|Alpha vs student; answers: the student's result is right",
    ),
    # MSE 2849758: y''+y'=0; textbook vs student; answer: "Your answer is correct, C_1 is a
    # constant so writing -C_1 or K_1 is the same".
    _c(
        TQ,
        TQ_2849758,
        gold=r"y = C_1e^{-x} + C_2",
        pred=r"y = C_2e^{-x} - C_1",
        wrap=True,
        expected=True,
        why="textbook general solution vs student; renamed constants",
    ),
    # MSE 2550685: y'+y=4x^3y; book vs student; both answers: "Nothing is wrong", k = e^c.
    _c(
        TQ,
        TQ_2550685,
        gold=r"y = ke^{x^4-x}",
        pred=r"y = e^{x^4-x+c}",
        wrap=True,
        expected=True,
        why="book general solution vs student; k = e^c",
    ),
    # MSE (mirror): int (sin x + tan x)/(3cos^2 x) dx, the second part; book vs student; three
    # answers: differ only by a constant, both correct.
    _c(
        FG,
        FG_AT,
        gold=r"\frac{1}{6}\sec^2x",
        pred=r"\frac{1}{6}\tan^2x",
        wrap=True,
        expected=True,
        why="book vs student; differ by the constant 1/6, both correct",
    ),
    # MSE (mirror): int 1/sqrt(25-x^2) dx; Wolfram|Alpha vs student; best answer: "Your answer
    # and WA's are equivalent".
    _c(
        IMW,
        IMW_AT,
        gold=r"\arcsin\left(\frac{x}{5}\right)+c",
        pred=r"-\arccos\left(\frac{x}{5}\right)+c",
        wrap=True,
        expected=True,
        why="Wolfram|Alpha vs student; equivalent (constants differ by pi/2)",
    ),
    # MSE 1615201: the textbook's (flipItPhysics) simplification vs the student's; the answer
    # shows q +- sqrt(Qq) = q(1 +- sqrt(Q/q)).
    _c(
        MSE,
        MSE_AT,
        gold=r"x = d \cdot \left(\frac{q}{q- Q}\right) \left(1 \pm\sqrt{\frac{Q}{q}}\right)",
        pred=r"x = \frac{d\left(q\pm\sqrt{Qq}\right)}{q - Q}",
        wrap=True,
        expected=True,
        why="textbook vs student; answer shows them equal",
    ),
    # Ask Dr. Math 53424: int sec^2(3x) tan(3x) dx; the back of the book's substitution vs the
    # other one; Dr. Ken: "both of your answers are right" (+C absorbs the 1/6).
    _c(
        DRM,
        DRM_AT,
        gold=r"1/6 secant squared 3x",
        pred=r"1/6tangent squared 3x",
        wrap=True,
        expected=True,
        why="book's form vs student's other form, in words as written",
    ),
    # r/askmath: online derivative calculator's answer vs the form the student expected;
    # u/phuhq2: "The two expressions are equal because the inner negative cancels when raised
    # to the even power (4)".
    _c(
        ASK,
        ASK_AT,
        gold=r"−840x(7x^2−20)^4",
        pred=r"−840x(20−7x^2)^4",
        wrap=True,
        expected=True,
        why="calculator vs expected form; (-1)^4 = 1 (Unicode minus kept)",
    ),
    # MHF 193605: a definite integral; Wolfram ln4 (Maple 2 ln 2) vs the student's 4 ln4;
    # reply: "Your error is leaving out parentheses".
    _c(
        MHF,
        MHF_193605,
        gold=r"ln4",
        pred=r"4 ln4",
        wrap=True,
        expected=False,
        why="Wolfram vs student; reply: the student made an error",
    ),
    # MHF 112840: derivative of ln((1-cos x)/(1+cos x)); the answer vs the student's (both typed
    # on three lines); reply: "Yep just multiply top and bottom by -1 ... Well done."
    _c(
        MHF,
        MHF_112840,
        gold=r"\frac{- 2sinx}{cosx^2-1}",
        pred=r"\frac{2sinx}{1-cosx^2}",
        wrap=True,
        expected=True,
        why="given answer vs student; three-line fractions written as \\frac, tokens as typed",
    ),
    # TSR 1154670: int_1^2 18/(x^2(x+3)) dx; the answers vs the student's; reply: "2ln5/8 is the
    # same as - 2ln8/5 so you got it right".
    _c(
        TSR,
        TSR_AT,
        gold=r"3 - 2ln8/5",
        pred=r"2ln5/8 + 3",
        wrap=True,
        expected=True,
        why="answers vs student; reply: the same",
    ),
    # alt.algebra.help: (6 + 2sqrt(3))/(4 - sqrt(6)); the book's answer vs the student's; reply
    # (message 64970): the expression must be positive, a calculator gives 6.10386, which agrees
    # with the student, so the book's answer is off.
    _c(
        TAE,
        TAE_AT,
        gold=r"-3sqrt(2) -9sqrt(3) -3sqrt(6) - 12",
        pred=r"12 + 4sqrt(3) + 3sqrt(2) + 3sqrt(6) / 5",
        wrap=True,
        expected=False,
        why="book (wrong, negative) vs student (typed without parentheses); reply: not equal",
    ),
]
