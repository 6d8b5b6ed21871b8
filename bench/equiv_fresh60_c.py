r"""A sixtieth fresh set of answer-equivalence cases (evaluation only; helper "c": trigonometry
answers -- exact values with and without a rationalized denominator (1/sqrt(3) and sqrt(3)/3,
1/√2 and √2/2, 2/sqrt(3) and 2sqrt(3)/3), tan 15° as 2-√3 and the unsimplified quotients it comes
from, angles in radians and in degrees, general solutions of trig equations written with
different integer parameters (π/18 (2n + 1) and π/18 (2n - 1)), a derivative simplified by
product-to-sum identities into the book's form, and a general solution against answers that give
only one or two angles -- where a forum reply, a tutor, a textbook example or a worked exercise
settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt,
/work/wt/fresh58_claims/claims.txt and /work/wt/fresh59_claims/claims.txt; each page was claimed
in /work/wt/fresh60_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for the reddit threads, the redlib mirror's domain) and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh60_c2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: plain-text forms as typed
("5/2cos(5x)-1/2cos(x)", "2/(2sqrt(3))", "√3 /3" with its space, "sqrt(3)/sqrt(3)²", "π/18 (2n +
1)"), LaTeX as LaTeX ("\frac{\sqrt{3}-1}{\sqrt{3}+1}", "\tfrac{1}{\sqrt2}"). A left side such as
"θ =", "tan(30) =" or "cot(pi/3) =" is dropped where the answer is its right side; the kamuelayong
general solution, which is itself a pair of equations joined by "or", is kept whole, and its
refused "θ = π/6 or θ = 5π/6" keeps the two inline formulas with the plain "or" between them
(the \( \) delimiters and the trailing "\text{,}" dropped). Where a reply
rewrites an answer in a chain of equalities ending in the answer (mathhelpforum, r/MathHelp,
r/askmath, questioncove, emathematician, numbas), the gold is the end of the chain and each earlier
link a True case. In the numbas exam files (bench/equiv_fresh60_c2.py) the JSON escaping doubles
every backslash ("\\frac"); the LaTeX is transcribed with single backslashes and the inline "$"
and "\displaystyle" dropped. Readings, each noted in ``why``: physicsforums 730974's gold is the
book's form with "θ =" dropped; in questioncove 525da407 the last line is labelled "cot(pi/3) =
2sqrt(3)/3" but is the end of the csc(60) working, and is read as csc.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.physicsforums.com threads 730974 "Why it does not work with a negative (trig problem)"
  (general solution of cot4θ = tan5θ: student "θ = π/18 (2n - 1)", book "θ = π/18 (2n + 1)";
  SammyS: "Both answers are the same. θ = (π/18) multiplied by any odd integer", "Write your
  solution as θ = (π/18)(2m-1) ... To get the same solution for both n = m-1"). 3 cases.
- mathhelpforum.com trigonometry 24045 "Sum and Difference Formulas" (exact value of tan 15°: the
  reply's chain \frac{\sqrt{3}-1}{1+(\sqrt{3})(1)} = \frac{\sqrt{3}-1}{\sqrt{3}+1} = ... =
  \frac{4-2\sqrt{3}}{2} = 2-\sqrt{3}). 5 cases.
- redlib.privacytools.click r/MathHelp 1c3advy (comment kzh9i83) "Trig simplification problem"
  (student's derivative -3sin(2x)sin(3x)+2cos(2x)cos(3x), book's 5/2cos(5x)-1/2cos(x): "Your
  answer is correct, but it's equivalent to the book's answer", and the product-to-sum chain
  between them). 4 cases.
- redlib.cakez.net r/askmath 1gdis7k (comment lu24gmi) "I just have this one question" (tan(30)
  = √3 /3; OP "stuck when i got 2 /2√3"; reply: "You're on the right track", 2/(2sqrt(3)) = ... =
  1/sqrt(3) = ... = sqrt(3)/3). 4 cases.
- questioncove.com updates 525da407 (cot pi/3 = 1/sqrt(3) = sqrt(3)/3; tan 60 = 2sqrt(3)/2 =
  sqrt(3); csc = 2/sqrt(3), rationalized 2sqrt(3)/3). 3 cases.
- interactiveprimer.com trigonometry "exact-values" ("\sin 45^\circ = \cos 45^\circ =
  \tfrac{1}{\sqrt2} = \tfrac{\sqrt2}{2}"). 1 case.
- www.emathematician.com "exact values of trigonometric functions" (two worked examples:
  ... = \frac{6\sqrt{3}}{6}-\frac{8\sqrt{3}}{6}+\frac{9\sqrt{2}}{6} = \frac{9\sqrt{2}-2\sqrt{3}}{6};
  ... = \frac{3}{4}+\frac{3}{2}-9 = -6.75). 4 cases.
- www.kamuelayong.com trigonometry "basic_trigonometric_equations" (Example 3.5.1, sin θ = 1/2:
  θ = π/6 "is a valid solution" but "there are additional solutions"; θ = π/6 or θ = 5π/6 "are
  not the only solutions"; the general solution θ = π/6 + 2kπ or θ = 5π/6 + 2kπ). 2 cases
  (2 False).

Sources of bench/equiv_fresh60_c2.py:

- numbas.mathcentre.ac.uk question 22289 "Converting angles from radians to degrees" (the stored
  exam JSON's advice: 2π/5 = 2π×180°/(5π) = 2×180°/5 = 72°; π/6 = 30°, π/4 = 45°, π/3 = 60°, π/2 =
  90°, π = 180° and 2π = 360°). 8 cases.
- numbas.mathcentre.ac.uk question 22290 "Converting angles from degrees to radians" (statement:
  "\frac{3\pi}{2} could be entered as 3*pi/2 or even as 3pi/2"; advice: 72° = (72°/180°)×π = 2π/5;
  30° = π/6 ... 360° = 2π). 10 cases.

44 cases in all (2 False): 26 here (2 False), 18 in bench/equiv_fresh60_c2.py.

Left out, by rule: forms whose superscripts, fractions or symbols the stored text lost or stacked
(wyzant 17353's (20 sec q tan q)/(10 - sec q)^2 = 20 sin q/(10 cos q - 1)^2, whose squares and
fraction bars are gone; freemathhelp 39757's general solution "θ={30o+n⋅360o150o+n⋅360o}";
boredofstudies 138487's "(-1)nsin-1[...]"; help.pearsoncmg.com's Mastering note that accepts
"10*cos(/6)" but not "10*cos(30)", whose π is lost; exact-values.com's table, "√32", "12");
the user's own unsimplified tan 15° form "(3 - sqrt(3)) / (3 + sqrt(3))" and the book answer as
quoted there, "2 - sqrt(2)", which no reply settles (mathhelpforum 24045); physicsforums 730963
(cos3θ = sin2θ: the student's answer "agrees with the textbook", whose form is not given; no
pair); statements the page itself disputes or gets wrong (askanewquestion 17179, arctan(tan(2pi/3))
argued both ways; socratic 634060, arcsin(-1/2) answered -pi/6 and 7pi/6, 11pi/6;
redlib r/learnmath 1i29snt, where the answer key "2cos(x)" is declared wrong and no right form is
fixed; openstudy 55d7aa42, whose tan x/(1 + sec x) = (1 - sec x)/tan x has the sign wrong;
productivestruggle's teacher accepting 17π/6 for sin^{-1}(sin(5π/6))); the same pair twice (the
r/askmath OP's "2 /2√3" is the reply's 2/(2sqrt(3))).

Examined and not used: themathdoctors.org "When your answer doesn't match the book's",
science-mathematics.com 201111/19607, imathworks "solve sin 5x = sin x", physicsforums 466282,
mathhelpforum 94542 and 89670, studypool 314274, redlib 1k5x2bm and 1rygrqo, jeemathslab
common-mistakes, public-textbooks.pages.dev, help.pearsoncmg.com and the gradesaver Precalculus
(3rd edition) chapter 5 review exercise 48 (all used or examined by earlier sets);
a.simonm.io, algebra.com and jiskha.com (excluded); ib.mycosmic.dev markschemes (the stored text
lost every formula); scribd, fdocument, docplayer and studylib mark-scheme copies (formulas lost,
or only general guidance); qammunity, brainly, gauthmath, smartsolve, questionai, kyeop shelf,
edu.com, quizgecko, atlas.org, studdy and mathway pages (AI or generated answers, or steps with
the math removed); topeduprep, openknowledgegraph, clearmathacademy and precalcblast quiz and
notes pages (authorship unclear, likely generated); mathskey.com (every formula an empty image);
teachoo, philoid and reference tables (emathematician's table, bowtieteacher, resospace) that give
one form per value; the course-building transcript on cosec 2π/3 (spoken forms only, "2 over root
3"); homeworksource 1047638 and wiki.math.se 4.4:7a (one form per answer); physicsforums 430602
(the student's one-family answer to sin x = 1/√2 is not settled in the stored text).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PF = "www.physicsforums.com"
PF_730974 = "https://www.physicsforums.com/threads/why-it-does-not-work-with-a-negative-trig-problem.730974/"
MHF = "mathhelpforum.com"
MHF_24045 = "http://mathhelpforum.com/trigonometry/24045-sum-difference-formulas.html"
RL_PT = "redlib.privacytools.click"
RL_1C3 = "https://redlib.privacytools.click/r/MathHelp/comments/1c3advy/trig_simplification_problem/kzh9i83/?context=3"
RL_CZ = "redlib.cakez.net"
RL_1GD = "https://redlib.cakez.net/r/askmath/comments/1gdis7k/i_just_have_this_one_question/lu24gmi/?context=3"
QC = "questioncove.com"
QC_525 = "https://questioncove.com/updates/525da407e4b002bdb0914029"
IP = "interactiveprimer.com"
IP_EV = "https://interactiveprimer.com/concepts/mathematics/trigonometry/exact-values.html"
EM = "www.emathematician.com"
EM_EV = (
    "https://www.emathematician.com/trigonometry/tables/exact-values-of-trigonometric-functions/"
)
KY = "www.kamuelayong.com"
KY_BTE = "https://www.kamuelayong.com/trigonometry/basic_trigonometric_equations"
# sources of bench/equiv_fresh60_c2.py
NB = "numbas.mathcentre.ac.uk"
NB_22289 = "https://numbas.mathcentre.ac.uk/question/22289/converting-angles-from-radians-to-degrees.exam?token=a5995b7e-6d40-43ad-8647-8dc66066aa70"
NB_22290 = "https://numbas.mathcentre.ac.uk/question/22290/converting-angles-from-degrees-to-radians.exam?token=7d9c081e-2402-42cb-8604-cf61f07769a6"

CASES = [
    # physicsforums 730974: cot4θ = tan5θ, the student's π/18 (2n - 1) against the book's π/18 (2n + 1)
    _c(
        PF,
        PF_730974,
        gold="π/18 (2n + 1)",
        pred="π/18 (2n - 1)",
        wrap=True,
        expected=True,
        why="SammyS: 'Both answers are the same.' (student's form against the book's)",
    ),
    _c(
        PF,
        PF_730974,
        gold="π/18 (2n + 1)",
        pred="(π/18)(2m-1)",
        wrap=True,
        expected=True,
        why="'Write your solution as θ = (π/18)(2m-1) The book solution is θ = (π/18)(2n+1) To get the same solution for both n = m-1'",
    ),
    _c(
        PF,
        PF_730974,
        gold="π/18 (2n + 1)",
        pred="(π/18) multiplied by any odd integer",
        wrap=True,
        expected=True,
        why="SammyS: 'Both answers are the same. θ = (π/18) multiplied by any odd integer'",
    ),
    # mathhelpforum 24045: tan 15°, the reply's chain of equal forms ending in 2-√3
    _c(
        MHF,
        MHF_24045,
        gold=r"2-\sqrt{3}",
        pred=r"\frac{\sqrt{3}-1}{1+(\sqrt{3})(1)}",
        wrap=True,
        expected=True,
        why=r"reply: '= \frac{\sqrt{3}-1}{1+(\sqrt{3})(1)}=\frac{\sqrt{3}-1}{\sqrt{3}+1}' ... '=2-\sqrt{3}'",
    ),
    _c(
        MHF,
        MHF_24045,
        gold=r"2-\sqrt{3}",
        pred=r"\frac{\sqrt{3}-1}{\sqrt{3}+1}",
        wrap=True,
        expected=True,
        why=r"reply: '=\frac{\sqrt{3}-1}{\sqrt{3}+1}' then 'just rationalizing the denominator' ... '=2-\sqrt{3}'",
    ),
    _c(
        MHF,
        MHF_24045,
        gold=r"2-\sqrt{3}",
        pred=r"\frac{(\sqrt{3}-1)(\sqrt{3}-1)}{(\sqrt{3}+1)(\sqrt{3}-1)}",
        wrap=True,
        expected=True,
        why=r"reply chain: '=\frac{(\sqrt{3}-1)(\sqrt{3}-1)}{(\sqrt{3}+1)(\sqrt{3}-1)}=...=2-\sqrt{3}'",
    ),
    _c(
        MHF,
        MHF_24045,
        gold=r"2-\sqrt{3}",
        pred=r"\frac{4-2\sqrt{3}}{3-1}",
        wrap=True,
        expected=True,
        why=r"reply chain: '=\frac{4-2\sqrt{3}}{3-1}=\frac{4-2\sqrt{3}}{2}=2-\sqrt{3}'",
    ),
    _c(
        MHF,
        MHF_24045,
        gold=r"2-\sqrt{3}",
        pred=r"\frac{4-2\sqrt{3}}{2}",
        wrap=True,
        expected=True,
        why=r"reply chain: '=\frac{4-2\sqrt{3}}{2}=2-\sqrt{3}'",
    ),
    # redlib r/MathHelp 1c3advy: derivative answer against the book's 5/2cos(5x)-1/2cos(x)
    _c(
        RL_PT,
        RL_1C3,
        gold="5/2cos(5x)-1/2cos(x)",
        pred="-3sin(2x)sin(3x)+2cos(2x)cos(3x)",
        wrap=True,
        expected=True,
        why="'Your answer is correct, but it's equivalent to the book's answer. Either should be accepted IMO.'",
    ),
    _c(
        RL_PT,
        RL_1C3,
        gold="5/2cos(5x)-1/2cos(x)",
        pred="2cos(2x)cos(3x) - 3sin(2x)sin(3x)",
        wrap=True,
        expected=True,
        why="reply: 'Write as: 2cos(2x)cos(3x) - 3sin(2x)sin(3x)' ... '= 5/2 cos(5x) - 1/2 cos(x).'",
    ),
    _c(
        RL_PT,
        RL_1C3,
        gold="5/2cos(5x)-1/2cos(x)",
        pred="5/2 cos(2x + 3x) - 1/2 cos(2x-3x)",
        wrap=True,
        expected=True,
        why="reply chain: '= 5/2 cos(2x + 3x) - 1/2 cos(2x-3x) = 5/2 cos(5x) -1/2 cos(-x)'",
    ),
    _c(
        RL_PT,
        RL_1C3,
        gold="5/2cos(5x)-1/2cos(x)",
        pred="5/2 cos(5x) -1/2 cos(-x)",
        wrap=True,
        expected=True,
        why="reply: '= 5/2 cos(5x) -1/2 cos(-x) Recalling cos(-x) = cos(x), = 5/2 cos(5x) - 1/2 cos(x).'",
    ),
    # redlib r/askmath 1gdis7k (comment lu24gmi): tan(30) = √3 /3 and the forms on the way there
    _c(
        RL_CZ,
        RL_1GD,
        gold="√3 /3",
        pred="2/(2sqrt(3))",
        wrap=True,
        expected=True,
        why="OP stuck at '2 /2√3'; reply: 'You're on the right track' ... '2/(2sqrt(3)) ... = sqrt(3)/3'",
    ),
    _c(
        RL_CZ,
        RL_1GD,
        gold="√3 /3",
        pred="1/sqrt(3)",
        wrap=True,
        expected=True,
        why="reply chain: '= 1/sqrt(3), because 2/2 = 1' ... '= sqrt(3)/3, since sqrt(x)² = x'",
    ),
    _c(
        RL_CZ,
        RL_1GD,
        gold="√3 /3",
        pred="sqrt(3)/(sqrt(3)•sqrt(3))",
        wrap=True,
        expected=True,
        why="reply chain: '= sqrt(3)/(sqrt(3)•sqrt(3)) = sqrt(3)/sqrt(3)² = sqrt(3)/3'",
    ),
    _c(
        RL_CZ,
        RL_1GD,
        gold="√3 /3",
        pred="sqrt(3)/sqrt(3)²",
        wrap=True,
        expected=True,
        why="reply chain: '= sqrt(3)/sqrt(3)² = sqrt(3)/3, since sqrt(x)² = x'",
    ),
    # questioncove 525da407: cot, tan and csc of π/3 (60°), unrationalized and rationalized
    _c(
        QC,
        QC_525,
        gold="sqrt(3)/3",
        pred="1/sqrt(3)",
        wrap=True,
        expected=True,
        why="'cot(pi/3) = 1/sqrt(3) ; ... we rationalize by multiplying by sqrt(3) / sqrt(3) this doesn't change anything ... cot(pi/3) = sqrt(3)/3'",
    ),
    _c(
        QC,
        QC_525,
        gold="sqrt(3)",
        pred="2sqrt(3)/2",
        wrap=True,
        expected=True,
        why="'that is then equal to 2sqrt(3)/2 the 2's cancel out and the answer is: tangent(60) = sqrt(3)'",
    ),
    _c(
        QC,
        QC_525,
        gold="2sqrt(3)/3",
        pred="2/sqrt(3)",
        wrap=True,
        expected=True,
        why="csc(pi/3): '2/sqrt(3) we must rationalize. Multiply by sqrt(3) / sqrt(3). cot(pi/3) = 2sqrt(3)/3' (label cot sic)",
    ),
    # interactiveprimer exact values: sin 45° written two ways
    _c(
        IP,
        IP_EV,
        gold=r"\tfrac{\sqrt2}{2}",
        pred=r"\tfrac{1}{\sqrt2}",
        wrap=True,
        expected=True,
        why=r"'\sin 45^\circ = \cos 45^\circ = \tfrac{1}{\sqrt2} = \tfrac{\sqrt2}{2}'",
    ),
    # emathematician exact-values table, worked examples: each value equals the one after it
    _c(
        EM,
        EM_EV,
        gold=r"\frac{9\sqrt{2}-2\sqrt{3}}{6}",
        pred=r"2\cdot \frac{\sqrt{3}}{2}-4\cdot \frac{\sqrt{3}}{3}+3\cdot \frac{\sqrt{2}}{2}",
        wrap=True,
        expected=True,
        why=r"Example No. 1: '= 2\cdot \frac{\sqrt{3}}{2}-4\cdot \frac{\sqrt{3}}{3}+3\cdot \frac{\sqrt{2}}{2} ... =\frac{9\sqrt{2}-2\sqrt{3}}{6}'",
    ),
    _c(
        EM,
        EM_EV,
        gold=r"\frac{9\sqrt{2}-2\sqrt{3}}{6}",
        pred=r"\frac{6\sqrt{3}}{6}-\frac{8\sqrt{3}}{6}+\frac{9\sqrt{2}}{6}",
        wrap=True,
        expected=True,
        why=r"Example No. 1: '= \frac{6\sqrt{3}}{6}-\frac{8\sqrt{3}}{6}+\frac{9\sqrt{2}}{6}=\frac{9\sqrt{2}-2\sqrt{3}}{6}'",
    ),
    _c(
        EM,
        EM_EV,
        gold="-6.75",
        pred=r"\Bigl(\frac{\sqrt{3}}{2}\Bigr)^2+2\cdot \Bigl(\frac{\sqrt{3}}{2}\Bigr)^2-3\cdot ({\sqrt{3}})^2",
        wrap=True,
        expected=True,
        why=r"Example No. 2: '= \Bigl(\frac{\sqrt{3}}{2}\Bigr)^2+... -3\cdot ({\sqrt{3}})^2 = \frac{3}{4}+\frac{3}{2}-9=-6.75'",
    ),
    _c(
        EM,
        EM_EV,
        gold="-6.75",
        pred=r"\frac{3}{4}+\frac{3}{2}-9",
        wrap=True,
        expected=True,
        why=r"Example No. 2: '= \frac{3}{4}+\frac{3}{2}-9=-6.75'",
    ),
    # kamuelayong Example 3.5.1: sin θ = 1/2, the general solution against answers that stop short
    _c(
        KY,
        KY_BTE,
        gold=r"\theta=\frac{\pi}{6}+2k\pi\quad\mbox{or}\quad\theta=\frac{5\pi}{6}+2k\pi",
        pred=r"\theta=\frac{\pi}{6}",
        wrap=True,
        expected=False,
        why=r"'resulting in \theta=\frac{\pi}{6}. While this is a valid solution, ... there are additional solutions to consider.'",
    ),
    _c(
        KY,
        KY_BTE,
        gold=r"\theta=\frac{\pi}{6}+2k\pi\quad\mbox{or}\quad\theta=\frac{5\pi}{6}+2k\pi",
        pred=r"\theta=\frac{\pi}{6} or \theta=\frac{5\pi}{6}",
        wrap=True,
        expected=False,
        why=r"'However, these two angles, \theta=\frac{\pi}{6} or \theta=\frac{5\pi}{6}, are not the only solutions.'",
    ),
]
