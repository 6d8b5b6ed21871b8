r"""A hundred-and-ninth fresh set of answer-equivalence cases (evaluation only; helper "b":
symbolic answers in the problem's own letters in physics, engineering and geometry -- a
pendulum's period 2\pi\sqrt{L/g} against 2 pi / (sqrt(g / L) ), an impact speed against
-g sqrt (2h/g), g(\sin\theta - \mu\cos\theta) against g\sin\theta - \mu g\cos\theta, the
"product over sum" R_1R_2/(R_1+R_2) against 1/(1/R_1 + 1/R_2), a beam deflection 5wL^3/48EI
against its unsimplified sum, an area in terms of r and \theta against its factored or expanded
form -- where a key, a worked solution, a teacher, a tutor or a forum helper settles that a
rearranged, factored or expanded form is the same answer, or that a form (a missing factor, a
wrong power, an inverted ratio, a missing square root) is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh109_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh109_b2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX (gradesaver's
"$\frac{1}{2}r^2\theta$" without its dollar signs, sscequiz's "\frac{4{{\pi }^{2}}l}{{{T}^{2}}}"
with its doubled braces, neetprep's "\text{\hspace{0.17em}}" inside its options), plain-text forms
kept plain with the page's spacing and symbols ("2 pi sqrt(L / g)", "-g sqrt (2h/g)",
"g*(sinθ-μk*cosθ)", erudites' en dash in "v/f – 1", the tutor's "x" for times in
"((2pi)^2 x m)/T^2"). algebra.com's display markup "{{{...}}}" and mathhelpforum's
"\displaystyle" are dropped with the lead-in. A lead-in such as "v =", "r =", "Rt =", "T =",
"a=" or "Ek=" is dropped. Where a page states "A = B" for one answer, the form the page gives as
its answer (or its last, simplified form) is the gold and each other form it equates with it a
True case. Where a key names one choice correct, each other choice it shows is a False case against
that gold. Readings, each noted in ``why``: physicsforums 760634 (the book's friction force
mgsinθ is the gold, the student's equation that the helper reduces to mg=F_k gives the False
pred); gradesaver P.4 81 (its "\pi(r+2)^2-" and "\pi(r)^2", split by the page's dollar signs,
are read as one difference); thestudentroom 1110509 (its "1/2m" is read, as the thread uses it,
as one half times m); documen.tv 23405112 (the key's derivation ".5 V₀" is the gold for its
option letters).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.algebra.com solution 51914 (two resistors in parallel: "1/((1/R1)+(1/R2))" ... "Put the
  denominator fraction over a common denominator: 1/((R1 + R2)/(R1*R2))" ... "Or just:
  ((R1*R2)/(R1+R2))", "The "product over sum" equation"). 2 cases.
- www.algebra.com solution 68918 ("Rt = 1/(1/R1 + 1/R2) = ... or just: (R1*R2)/(R2 + R1)").
  1 case.
- www.algebra.com solution 45460 (trapezoid A = 1/2 h(b1 + b2) for b2: "2A/h-b1=b2 or
  b2=(2A-b1h)/h"). 1 case.
- www.algebra.com solution 623990 (equilateral triangle of side a: "1/2 * a * a * sqrt(3) / 2
  which then becomes area of equilateral triangle = a^2 * sqrt(3) / 4"). 1 case.
- mathhelpforum.com trigonometry 39291 (unit-circle sector: "then A = theta ... Your formula is
  off by a factor of 2" ... "A = \frac{\theta}{2}"). 1 case (1 False).
- www.gradesaver.com Algebra and Trigonometry 10th ed., 6.1 exercise 10, page 430 (answer
  "A=\frac{1}{2}r^2\theta"; work
  "A=\frac{1}{2}r^2(2\pi)(\frac{\theta}{2\pi})=\frac{1}{2}r^2\theta").
  1 case.
- www.gradesaver.com Algebra and Trigonometry 10th ed., P.4 exercise 81, page 40 (answer
  "4\pi(r+1)"; work "\pi(r+2)^2-$$\pi(r)^2$=$4r\pi+4\pi"). 2 cases.
- socratic.org "What is the area of a circle in terms of circumference?" ("A = \pi
  {\left(\frac{P}{2 \pi}\right)}^{2} = ... = {P}^{2} / \left(4 \pi\right)"). 1 case.
- xfcrs.blogspot.com Beginning Algebra with Applications 8.1 problem 130 (shaded areas in factored
  form: "8r^2 - 2 \pi r^2 = 2r^2 (4 - \pi)", "4r^2 - \pi r^2 = r^2(4 - \pi)"). 2 cases.
- www.jiskha.com question 1778405 (ball dropped from 7.5 m: "v = -g t = -g sqrt (2h/g) =
  -sqrt(2g h)"; "= sqrt (2*10*7.5) = sqrt (2*3*25) =5 sqrt 6 = about 12"). 3 cases.
- vhcc2.vhcc.edu PHY 232 "question form" of 11-07-2010 (teacher: "omega = sqrt(k / m) = sqrt(
  (m g / L) / m) = sqrt(g/L)"; "the period is 2 pi / omega = 2 pi / (sqrt(g / L) ), which in
  simplified form would be 2 pi sqrt(L / g)"). 2 cases.
- www.physicsforums.com thread 760634 "Simple error in trigonometry?" ("I got mgsinθ=fksinθ.
  However the book shows mgsinθ=fk"; helper: "That can just be simplified to mg=F_k ... That would
  imply that the angle θ is irrelevant"; "I figured out my error"). 1 case (1 False).
- www.physicsforums.com thread 554865 "Simple Harmonic Motion Problems" (T = 2π√(m/k) for k;
  mentor: "No, you can't just square part of a side" to "(2pi x m) / T^2", "What about the 2?" to
  "2pi ^2 x m/ T^2", "That looks better!" to "((2pi)^2 x m)/T^2", "you could make it: k = \left(
  \frac{2 \pi}{T} \right)^2 m"). 4 cases (3 False).
- questioncove.com updates 510d8f12 (t = 2π√(l/g) for g: "(\sqrt g)^2=\left(2\pi \frac{\sqrt
  \ell}{t}\right)^2 ... g=2^2 \pi^2\frac{(\sqrt \ell)^2}{t^2}" ... "g=4\pi^2\frac{\ell}{t^2}").
  2 cases.

Sources of bench/equiv_fresh109_b2.py:

- www.thestudentroom.co.uk thread 1110509 (kinetic energy from momentum: "Ek=1/2m(p/m)^2 if you
  solve that you get: Ek= 1/2m(p^2)/(m^2) ... you are left with Ek= (p^2)/2m"). 2 cases.
- www.wyzant.com answer 191923 (tutor: "r = x(t) = v0*cosθ*(2v0*sinθ / g) = 2(v0^2)*cosθ*sinθ /
  g" ... "r(θ) = v0^2 * sin2θ / g"). 2 cases.
- www.wyzant.com answer 262021 (tutor: "U = mgy = mg(L - L cosθ) = mgL(1 - cosθ)"). 1 case.
- answer.ya.guru 608023 (block on an incline: "a=(m*g sinθ-(m*g*cosθ*μk))/m" ... "a=g
  sinθ-(g*cosθ*μk)" ... "Applying distributive property we have: a=g*(sinθ-μk*cosθ)"). 2 cases.
- documen.tv question 23405112 (escape speed from a planet of Earth's mass and four times its
  radius: "option ( a ) is correct", "√ ( 2 GM / 4R ) = .5 x √ ( 2 GM / R ) = .5 V₀"; options
  "b. 2V0", "e. Vo"). 3 cases (2 False).
- reddit.mailt.ovh r/PhysicsStudents 1inhi9l comment mcbtfd5 ("your professor made a small
  mistake ... since it should be V_(0y)²/(2*g) And not V_(0y)/(2*g)"). 1 case (1 False).
- www.sscequiz.com node 842 (JAMB: T = 2π√(l/g), make g the subject; options A
  "\frac{4\pi {{l}^{2}}}{T}", C "\frac{4{{\pi }^{2}}{{l}^{2}}}{{{T}^{2}}}", D "\frac{2\pi
  \sqrt{l}}{T}"; solution "g=\frac{4{{\pi }^{2}}l}{{{T}^{2}}}"). 3 cases (3 False).
- erudites.ng JAMB physics, linear magnification of a convex lens ("Correct Answer: Option D =
  v/f – 1"; other options "u/f + f", "u/v +1", "v/f + 1"). 3 cases (3 False).
- vidyadip.com question 401637 (pendulum bob released from angle θ: the key ticks
  "\sqrt{2\text{gl}(1-\cos\theta)}" against "\sqrt{2\text{gl}(1-\sin\theta)}",
  "\sqrt{2\text{g}(1-\cos\theta)}", "\sqrt{2\text{gl}(1+\sin\theta)}"). 3 cases (3 False).
- technorj.com (a copied MPSC AE 2018 question: cantilever with a point load at mid-span, "Option
  3"; calculation "=\frac{w(\frac{L}{2})^{3}}{3EI}+\frac{w(\frac{L}{2})^{2}}{2EI}\times\frac{L}{2}
  =\frac{wL^{3}}{24EI}+\frac{wL^{3}}{16EI} =\frac{wL^{3}}{EI}\left ( \frac{1}{24}+\frac{1}{16}
  \right ) =\frac{5wL^{3}}{48EI}"). 3 cases.
- testbook.com "Deflection of Beam MCQ" (Question 1: "Deflection = \frac{A\bar x}{EI} =
  \frac{WL^2}{16EI}\times \frac{L}{3} = \frac{WL^3}{48EI}"). 1 case.
- testbook.com "Springs MCQ" (Marathi page, Question 1: two springs in parallel, "Option 1 : k1 +
  k2" against "k1 + k2 / (k1 k2)", "(k1 k2) / k1 + k2", "k1 k2"). 3 cases (3 False).
- www.neetprep.com question 34760 (time of flight from the maximum height H: key "(2)", solution
  "T=\sqrt{\frac{8H}{g}}=2\sqrt{\frac{2H}{g}}"; options (1), (3), (4)). 4 cases (3 False).
- studyadda.com JEE Main mock test 23 question 14 (maximum range from height h with speed
  \sqrt{2ag}: key "[d]" "{{R}_{\max }}=2\sqrt{a(a+h)}"; options A, B, C). 3 cases (3 False).
- byjus.com "a block of mass M is placed on a rough inclined plane" (45°, μ = 0.5: "The correct
  option is D 0.35 g"; options "0.20 g", "0.25 g", "0.30 g"). 3 cases (3 False).

61 cases in all (29 False): 24 here (5 False), 37 in bench/equiv_fresh109_b2.py (24 False).

Left out, by rule: forms the text conversion lost or garbled (wyzant 262021's "v = [2gL(1 -
cosθ)]1/2", cbu.edu's "v = g(2h/g)1/2, or v = (2hg)1/2", byjus and algebra-calculators cone areas
"πr2", myexaminer's "v2°sin2θ°/2g", testbook springs Question 2 "Gd4/8D3n", whose powers were
flattened; byjus's two-mass pulley "a=(M−mM+m)g" and the meritnation and bartleby fractions run
together; documen.tv's options "0.25v." and "0.71V."); typos on the page (algebra.com 68918's
middle form "1/((R2+ R1)/(R1*R2)))" with an extra parenthesis; algebra.com 37814's "{R1*R2]/[R1+R2]"
and 61841's "(R1R2]/[R1+R2]" with mismatched brackets); acceptances only as approximations (jiskha
1778405's "= about 12"; byjus's "a=g\dfrac{1}{\sqrt{2}}-0.5g\dfrac{1}{\sqrt{2}}" against its
"0.35\,g", so only the refused choices were used); pairs that need the question (erudites'
"Magnification, M = v/u" against "v/f – 1", equal only through the lens formula; thestudentroom's
"m(v^2)/2 = (p^2)/2m", equal only through p = mv; questioncove's "g=2\pi \frac{\sqrt \ell}{t}", the
answer to a differently read formula; wyzant 191923's "2(v0^2)*sin2θ / 2g", which as plain text
multiplies by g); near-trivial forms (neetprep's option (2) "2\text{\hspace{0.17em}}\sqrt{\frac{2H}
{g}}" against the same solution form; technorj's option "\frac{{5w{l^3}}}{{48EI}}", which writes
the length l where the solution writes L); refusals only for form (the M2-only forms of the OCR mark
schemes on a.simonm.io, such as "\sqrt{\dfrac{E}{\frac{1}{2}m}}"); plain-text forms ambiguous
as written (enotes 254630's "a^2/4*pi"); disputed pages (physicsforums 874158, where the thin-lens
form "f= \frac{uv}{u-v}" is called "not the lens eqn" and then defended as another sign
convention).

Examined and not used: curioustab.com, cdquestions.com, questions.collegedunia.com,
questions.zollege.in, squadprep.vercel.app and a.simonm.io (used or judged generated by earlier
sets); gauthmath, questionai, edu.com, studyquestionhub, vedclass, nerd-notes, vaia, mathix,
scienceaq, smartsolve, solveeit, studyx, learnlyai, thetoasta, mis.kyeop.go.ke, physica-app,
boichoi, supergb and calculator pages (machine-written or generated); jiskha 1527266 (its
step-by-step answers are bot-written); algebra.com 1209532 (CPhill's posted answer; ikleyn's
reply not stored); ask.jkexamlibrary.in (its explanation mislabels the options); exam.pscnotes.com
5670 (its shortcode key and its text disagree); mcqoptions.com (a key that gives 16PDᵌN/Gd⁴ for a
spring's deflection; a sphere question whose text and solution disagree); qna.talkjarvis.com (key
"Cs = \frac {1}{C_1} + \frac {1}{C_2}"); qammunity 18677442 (answer contradicts itself);
topperlearning's pulley answer (its final tension drops the factor m); physicsforums 6925 and
429129 (the replies that settle the student's forms are not stored); guacandrollcantina,
pehlivanlokantalari and domiterapia (testbook copies on unrelated domains); varsitytutors
"rearranging formulas" practice (generated-looking explanations); webwork.maa.org 3313 and
math.techqa.club 1615201 (used by earlier sets); ja3.jsfiddle 25003635 (the question is not
stored); single-form pages (gradesaver College Algebra 7th P.8 94 and Algebra 2 CC 964/2,
askanewquestion 248562, algebra.com 641498, 681140 and 48006, mathhelpforum 106415, jiskha
1217082114, wyzant 199239 and 810570, petfoodhonesty 17035285, socratic 119631, gradesaver
Essential University Physics 4-64, physicsforums 227012).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ALG = "www.algebra.com"
ALG_51914 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=51914"
ALG_68918 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=68918"
ALG_45460 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=45460"
ALG_623990 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=623990"
MHF = "mathhelpforum.com"
MHF_39291 = "http://mathhelpforum.com/trigonometry/39291-quick-question.html"
GS = "www.gradesaver.com"
GS_430 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-and-trigonometry-10th-edition/"
    "chapter-6-6-1-angles-and-their-measure-6-1-exercises-page-430/10"
)
GS_40 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-and-trigonometry-10th-edition/"
    "prerequisites-p-4-factoring-polynomials-exercises-page-40/81"
)
SOC = "socratic.org"
SOC_AC = "https://socratic.org/questions/what-is-the-area-of-a-circle-in-terms-of-circumference"
XF = "xfcrs.blogspot.com"
XF_130 = "https://xfcrs.blogspot.com/2019/03/beginning-algebra-with-applications_22.html"
JK = "www.jiskha.com"
JK_1778405 = (
    "https://www.jiskha.com/questions/1778405/A-boy-climbs-to-the-roof-of-his-house-and-drops-a-"
    "0-40-kg-rubber-bll-from-the-7-5-meter"
)
VHCC = "vhcc2.vhcc.edu"
VHCC_QF = (
    "https://vhcc2.vhcc.edu/dsmith/genInfo/labrynth_created_fall_05/levl1_07/levl2_48/"
    "11-07-2010_____question_form.htm"
)
PF = "www.physicsforums.com"
PF_760634 = "https://www.physicsforums.com/threads/simple-error-in-trigonometry.760634/"
PF_554865 = "https://www.physicsforums.com/threads/simple-harmonic-motion-problems.554865/"
QC = "questioncove.com"
QC_510 = "https://questioncove.com/updates/510d8f12e4b09cf125bcb4da"
CASES = [
    # algebra.com 51914: two resistors in parallel, "product over sum"
    _c(
        ALG,
        ALG_51914,
        gold=r"((R1*R2)/(R1+R2))",
        pred=r"1/((1/R1)+(1/R2))",
        wrap=True,
        expected=True,
        why="'{{{1/((1/R1)+(1/R2))}}}' ... 'Or just: {{{((R1*R2)/(R1+R2))}}}'",
    ),
    _c(
        ALG,
        ALG_51914,
        gold=r"((R1*R2)/(R1+R2))",
        pred=r"1/((R1 + R2)/(R1*R2))",
        wrap=True,
        expected=True,
        why="'over a common denominator: {{{1/((R1 + R2)/(R1*R2))}}}' ... 'invert and multiply'",
    ),
    # algebra.com 68918: the same formula, simplified
    _c(
        ALG,
        ALG_68918,
        gold=r"(R1*R2)/(R2 + R1)",
        pred=r"1/(1/R1 + 1/R2)",
        wrap=True,
        expected=True,
        why="'Rt = {{{1/(1/R1 + 1/R2)}}} = ... ; or just: {{{(R1*R2)/(R2 + R1)}}}'",
    ),
    # algebra.com 45460: trapezoid area solved for b2
    _c(
        ALG,
        ALG_45460,
        gold=r"2A/h-b1",
        pred=r"(2A-b1h)/h",
        wrap=True,
        expected=True,
        why="'2A/h-b1=b2 or b2=(2A-b1h)/h'",
    ),
    # algebra.com 623990: area of an equilateral triangle of side a
    _c(
        ALG,
        ALG_623990,
        gold=r"a^2 * sqrt(3) / 4",
        pred=r"1/2 * a * a * sqrt(3) / 2",
        wrap=True,
        expected=True,
        why="'= 1/2 * a * a * sqrt(3) / 2 which then becomes area of equilateral triangle = "
        "a^2 * sqrt(3) / 4'",
    ),
    # mathhelpforum 39291: area of a sector of the unit circle
    _c(
        MHF,
        MHF_39291,
        gold=r"\frac{\theta}{2}",
        pred=r"theta",
        wrap=True,
        expected=False,
        why="'then A = theta' ... 'Your formula is off by a factor of 2.' ... "
        "'A = \\frac{\\theta}{2}'",
    ),
    # gradesaver Algebra and Trigonometry 6.1 ex. 10: area of a sector
    _c(
        GS,
        GS_430,
        gold=r"\frac{1}{2}r^2\theta",
        pred=r"\frac{1}{2}r^2(2\pi)(\frac{\theta}{2\pi})",
        wrap=True,
        expected=True,
        why="'A=\\frac{1}{2}r^2(2\\pi)(\\frac{\\theta}{2\\pi})=\\frac{1}{2}r^2\\theta'",
    ),
    # gradesaver Algebra and Trigonometry P.4 ex. 81: area of a ring of width 2
    _c(
        GS,
        GS_40,
        gold=r"4\pi(r+1)",
        pred=r"4r\pi+4\pi",
        wrap=True,
        expected=True,
        why="Answer '$4\\pi(r+1)$'; work '... =$4r\\pi+4\\pi$'",
    ),
    _c(
        GS,
        GS_40,
        gold=r"4\pi(r+1)",
        pred=r"\pi(r+2)^2-\pi(r)^2",
        wrap=True,
        expected=True,
        why="'area of the shaded portion = $\\pi(r+2)^2-$$\\pi(r)^2$=$4r\\pi+4\\pi$' (the two "
        "parts split by the page's dollar signs read as one difference); answer '$4\\pi(r+1)$'",
    ),
    # socratic: area of a circle in terms of its circumference P
    _c(
        SOC,
        SOC_AC,
        gold=r"{P}^{2} / \left(4 \pi\right)",
        pred=r"\pi {\left(\frac{P}{2 \pi}\right)}^{2}",
        wrap=True,
        expected=True,
        why="'A = \\pi {\\left(\\frac{P}{2 \\pi}\\right)}^{2} = ... = {P}^{2} / \\left(4 \\pi\\right)'",
    ),
    # xfcrs blogspot 8.1 problem 130: shaded areas written in factored form
    _c(
        XF,
        XF_130,
        gold=r"2r^2 (4 - \pi)",
        pred=r"8r^2 - 2 \pi r^2",
        wrap=True,
        expected=True,
        why="'A_{rectangle} - A_{circle} =& 8r^2 - 2 \\pi r^2 \\\\ =& 2r^2 (4 - \\pi)'",
    ),
    _c(
        XF,
        XF_130,
        gold=r"r^2(4 - \pi)",
        pred=r"4r^2 - \pi r^2",
        wrap=True,
        expected=True,
        why="'A_{rectangle} - A_{circle} =& 4r^2 - \\pi r^2 \\\\ =& r^2(4 - \\pi)'",
    ),
    # jiskha 1778405: speed of a ball dropped from 7.5 m
    _c(
        JK,
        JK_1778405,
        gold=r"-sqrt(2g h)",
        pred=r"-g sqrt (2h/g)",
        wrap=True,
        expected=True,
        why="'v = -g t = -g sqrt (2h/g) = -sqrt(2g h)'",
    ),
    _c(
        JK,
        JK_1778405,
        gold=r"5 sqrt 6",
        pred=r"sqrt (2*10*7.5)",
        wrap=True,
        expected=True,
        why="'= sqrt (2*10*7.5) = sqrt (2*3*25) =5 sqrt 6 = about 12'",
    ),
    _c(
        JK,
        JK_1778405,
        gold=r"5 sqrt 6",
        pred=r"sqrt (2*3*25)",
        wrap=True,
        expected=True,
        why="'= sqrt (2*10*7.5) = sqrt (2*3*25) =5 sqrt 6 = about 12'",
    ),
    # vhcc2 PHY 232 question form: period and angular frequency of a pendulum
    _c(
        VHCC,
        VHCC_QF,
        gold=r"2 pi sqrt(L / g)",
        pred=r"2 pi / (sqrt(g / L) )",
        wrap=True,
        expected=True,
        why="'the period is 2 pi / omega = 2 pi / (sqrt(g / L) ), which in simplified form would "
        "be 2 pi sqrt(L / g)'",
    ),
    _c(
        VHCC,
        VHCC_QF,
        gold=r"sqrt(g/L)",
        pred=r"sqrt( (m g / L) / m)",
        wrap=True,
        expected=True,
        why="'for the pendulum omega = sqrt(k / m) = sqrt( (m g / L) / m) = sqrt(g/L)'",
    ),
    # physicsforums 760634: friction on a block sliding at constant velocity
    _c(
        PF,
        PF_760634,
        gold=r"mgsinθ",
        pred=r"mg",
        wrap=True,
        expected=False,
        why="'I got mgsinθ=fksinθ. However the book shows mgsinθ=fk'; helper: 'That can just be "
        "simplified to mg=F_k ... That would imply that the angle θ is irrelevant'; 'I figured "
        "out my error' (the book's f_k is the gold)",
    ),
    # physicsforums 554865: T = 2 pi sqrt(m/k) solved for k
    _c(
        PF,
        PF_554865,
        gold=r"\left( \frac{2 \pi}{T} \right)^2 m",
        pred=r"((2pi)^2 x m)/T^2",
        wrap=True,
        expected=True,
        why="'k =((2pi)^2 x m)/T^2'; mentor: 'That looks better! If you want to clean it up a "
        "bit, you could make it: k = \\left( \\frac{2 \\pi}{T} \\right)^2 m'",
    ),
    _c(
        PF,
        PF_554865,
        gold=r"\left( \frac{2 \pi}{T} \right)^2 m",
        pred=r"(2pi x m) / T^2",
        wrap=True,
        expected=False,
        why="'can be simplified into k = (2pi x m) / T^2?'; mentor: 'No, you can't just square "
        "part of a side. The 2 \\pi has to be squared, too.'",
    ),
    _c(
        PF,
        PF_554865,
        gold=r"\left( \frac{2 \pi}{T} \right)^2 m",
        pred=r"2pi ^2 x m/ T^2",
        wrap=True,
        expected=False,
        why="'then k = 2pi ^2 x m/ T^2'; mentor: 'What about the 2? You must do the same "
        "operation to all parts of a given side'",
    ),
    _c(
        PF,
        PF_554865,
        gold=r"((2pi)^2 x m)/T^2",
        pred=r"(2pi x m) / T^2",
        wrap=True,
        expected=False,
        why="'k =((2pi)^2 x m)/T^2' is 'better'; 'k = (2pi x m) / T^2?' gets 'No, you can't just "
        "square part of a side.'",
    ),
    # questioncove 510d8f12: t = 2 pi sqrt(l/g) solved for g
    _c(
        QC,
        QC_510,
        gold=r"4\pi^2\frac{\ell}{t^2}",
        pred=r"2^2 \pi^2\frac{(\sqrt \ell)^2}{t^2}",
        wrap=True,
        expected=True,
        why="'g=2^2 \\pi^2\\frac{(\\sqrt \\ell)^2}{t^2}' ... 'Which gives us, g=4\\pi^2\\frac{\\ell}"
        "{t^2}'",
    ),
    _c(
        QC,
        QC_510,
        gold=r"4\pi^2\frac{\ell}{t^2}",
        pred=r"\left(2\pi \frac{\sqrt \ell}{t}\right)^2",
        wrap=True,
        expected=True,
        why="'\\left(\\sqrt g\\right)^2=\\left(2\\pi \\frac{\\sqrt \\ell}{t}\\right)^2 ... "
        "g=4\\pi^2\\frac{\\ell}{t^2}'",
    ),
]
