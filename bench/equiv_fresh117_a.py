r"""A hundred-and-seventeenth fresh set of answer-equivalence cases (evaluation only; helper "a":
multivariable and vector calculus answers settled by a person -- gradients, unit normals and
vector-valued results written with i j k, with \vec{r} or as tuples, Jacobian determinants, values
of double, triple, line and surface integrals in different exact forms (a product of factors
against a simplified fraction, Maple's "4/5*Pi" against "(4/5)Pi"), directional derivatives,
tangent planes written in point-normal, expanded, solved-for-z, vector and parametric form,
Lagrange-multiplier extrema -- from course pages, answer keys, homework-help answers and Q&A
threads, with the refused forms (a flipped sign from a wrong orientation, a missing factor, a
wrong choice of a keyed multiple-choice question) that a page calls wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh117_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file (the math.techqa.club and imathworks.com pages are copies of
Mathematics Stack Exchange threads, whose posts carry CC BY-SA). Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh117_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them. LaTeX is kept as LaTeX with its
inline delimiters dropped (iplts' "\( -\vec{r}/r^3 \)" becomes "-\vec{r}/r^3", the Stack Exchange
copies' "$\frac{1}{3u}$" becomes "\frac{1}{3u}", their own spacing such as "\frac1{12}" and
"\left(16 \sqrt{2}-16 \right)" kept); plain-text forms are kept plain with the page's characters
and spacing (the UCLA key's en dashes "–2x –4y +6z = 0", wyzant's and assignmentexpert's
Unicode minus "−", wyzant's "z+ 81= - 6(x -3) +34 ( y +4)", Maple's "1/30*Pi", socratic's
column vectors "((x),(y),(z))" with its "#" delimiters and ":." marks dropped). A lead-in such
as "f_{max}=", "V=", "J(u,v) =" or "curl F =" is dropped; "(x,y,z)=" of a parametric plane is
kept, being part of that form. Where a page states "A = B" or "A, or B" for one answer, the form
the page gives as its answer (or the last, simplified form) is the gold and each other form a True
case. Where a multiple-choice key names one choice correct, other choices it shows are False cases
against that gold (each key used was checked by hand; a keyed choice that disagrees with its own
question was left out). Where a thread says a poster's value is wrong and gives or confirms the
right one, the right one is the gold and the poster's value a False case. Readings, each noted in
``why``: for socratic's plane the vector equation r.n = a.n is taken as a form of the plane; for
the Stack Exchange tangent-plane thread the parametric form is taken as a form of the same plane,
as the answer there says.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.math.ucla.edu ~ronmiech Actuarial Review, Multi_Var_Calc Prob01 (tangent plane to
  x2 + y2 – 3z = 2 at (-2, -4, 6): choices "A. x +y +z –2 = 0", "B. –2x –4y +6z = 0",
  "C. –2x –4y +6z –2 = 0", "D. 4x +8y +3z = 0", "E. 4x +8y +3z +22 = 0"; "Solution: The answer
  is E"). 4 cases (4 False).
- iplts.com "1M Questions on Vector Integral Calculus" (keyed choices: Green's-theorem line
  integral "Answer: C" 0; flux constant k "Answer: D" 6; flux of yz dy dz + ... over the unit
  sphere "Answer: A" 0; flux of x dy dz + ... "Answer: C" 4\pi; line integral of 3xy i - y^2 j
  along y = 2x^2 "Answer: D" -\frac{7}{6}). 11 cases (11 False).
- iplts.com "1M Questions on Vector Differentiation" (keyed choices: maximum directional
  derivative of xyz at (1,1,1) "Answer: B" \sqrt{3}; directional derivative of x^2 + y^2 + z
  "Answer: D" \sqrt{3}; unit normal of x^2 y + y^2 + z at (2,1,1) "Answer: B"
  (4i + 6j + k)/\sqrt{53}; \nabla(1/r) "Answer: B" -\vec{r}/r^3; \nabla(\log r) "Answer: A"
  \frac{\vec{r}}{r^2}). 12 cases (12 False).
- www.wyzant.com answer 857336 "Calculus 3 tangent" (a tutor's approaches one and two to the
  same tangent plane: "6(x -3) − 34(y+4) +1(z+81) = 0" and "z+ 81= - 6(x -3) +34 ( y +4)").
  1 case.
- assignmentexpert.com calculus question 322866 ("7(x−1)−3(y+1)+8(z−2)=0 7x−3y+8z−26=0 Answer:
  7x−3y+8z−26=0"). 1 case.

Sources of bench/equiv_fresh117_a2.py:

- math.techqa.club 1179652 (flux of rain through a roof: "= -(8-4) = -4. But the answer is
  $4$, what have I done wrong?"). 1 case (1 False).
- imathworks.com "question on evaluating the surface integral over a cube" ("overall we have
  ... = 4. But the answer on the textbook seems to be $2$"; best answer: "you are not using
  outward pointing normal vectors"). 1 case (1 False).
- math.techqa.club 4308954 (flux through a hemisphere: "=-8\pi. However, the Divergence Theorem
  yields a different answer: $+8\pi$"). 1 case (1 False).
- math.techqa.club 4735127 (Stokes' theorem: "I got $-16\pi$ but the actual answer is
  $16\pi$"). 1 case (1 False).
- math.techqa.club 4547980 (Lagrange multipliers for x/a + y/b on x^2 + y^2 = r^2: the poster's
  "\frac{2abr}{\sqrt{a^2+b^2}}", the key's "\frac{\sqrt{a^2+b^2}}{ab}", the corrected
  "\frac{r(a^2 + b^2)}{(ab)\sqrt{a^2+b^2}}=\frac{r\sqrt{a^2+b^2}}{ab}"; "the suggested answer
  misses a factor of $r$"). 3 cases (2 False).
- math.techqa.club 697922 (Green's theorem: the poster's "-\frac{31}{12}", the textbook's
  "=\frac{1}{12}"; answer: "you oriented $S_2$ backwards"). 1 case (1 False).
- imathworks.com "finding the jacobian, change of variables" ("= -\frac{1}{3u} But apparently
  this answer is wrong, and the correct answer is $\frac{1}{3u}$"; best answer: "The
  change-of-variables formula has the absolute value"). 1 case (1 False).
- math.techqa.club 2385889 (flux out of a spherical shell: the poster's "= 0", "The answer is
  supposed to be $4\pi(\sqrt{3} - \sqrt{2})$"). 1 case (1 False).
- math.techqa.club 2216813 (volume between a cone and a hemisphere: the poster's
  "\frac{28\sqrt{7}-6}{6}\pi"; answer: "$r=1$ is not the projection ... =\frac{2\pi}{3}
  \left(16 \sqrt{2}-16 \right) =\frac{32\pi}{3}\left(\sqrt{2}-1\right)"). 2 cases (1 False).
- math.techqa.club 1788545 (surface area of a paraboloid: "I keep getting $\frac{\pi}{6}
  (17\sqrt{17} - 1)$"; answer: "(2\pi)(\frac1{12})(17\sqrt{17}-1) ... I get the same answer").
  1 case.
- math.stackexchange.com 2529343 (tangent plane to a parametric surface: "in the book says
  $x+2y-2z+3=0$"; answer: "$-2(x-1)-4(y-1)+4(z-3)=0,$ or $x+2y-2z+3=0.$", "our tangent plane is
  $(x,y,z)=(1,1,3)+s(2,0,1)+t(0,2,2)=(1+2s,1+2t,3+s+2t).$", "we can check that the two sets of
  equations define the same plane"). 2 cases.
- www.math.ucla.edu ~ronmiech 32B 879 #15 ("The value of the integral is (4/5)Pi:" and the Maple
  output "4/5*Pi"). 1 case.
- www.math.ucla.edu ~ronmiech 32B 879 #17 ("The integral is equal to Pi/30:" and the Maple
  output "1/30*Pi"). 1 case.
- socratic.org "How do you find the equations for the tangent plane to the surface
  xy^2+3x-z^2=4 through (2, 1, -2)?" ("#((x),(y),(z)) * ((4),(4),(4))=((2),(1),(-2)) *
  ((4),(4),(4))# # :. 4x+4y+4z=8+4-8# # :. 4x+4y+4z=4# # :. x+y+z=1#"). 2 cases.
- imathworks.com "find unit normal vector to the surface z=x^4y+xy^2 at the point (1,1,2)" (the
  poster's "$(5, 3, -1)^T$"; "But the answers say, $(-\frac{1}{7}\sqrt{35}, ...)^T$"; best answer:
  "multiply the vector you got by $-1$ to get $(-5, -3, 1)$ ... Divide this vector by $\sqrt{35}$
  to get a normalized (unit) vector"). 2 cases (2 False).

50 cases in all (39 False): 29 here (27 False), 21 in bench/equiv_fresh117_a2.py (12 False).

Left out, by rule: decimals given only as approximations (qammunity 15991278's
"\frac{(17^(3/2)-1)\pi}6\approx36.1769", math.techqa.club 2216813's "The answer should be
$13.88$", edshare.soton.ac.uk 6651's "=0.607 (3 d.p.)"); a keyed choice that disagrees with the
question as stored (iplts' line integral of "xy i - zy j + x^2 k" along (t^2, 2t, t^3), keyed
51/70, which is 30/70 for the field as printed -- a typo for "- z j"); choices the text conversion
made identical (iplts' curl(grad \phi) options "0" and "0", \nabla \times \vec{r} options
"\vec{r}" and "\vec{r}"); forms the conversion garbled (docsity's MATH 2110Q solutions, whose
minus signs became "โ"; assignmentexpert 143560's cone volume "=3π(2−2)", roots lost; the work of
gradesaver Calculus ET 8e 15.8 #27); unevaluated expressions rather than forms of the answer
(math.umn.edu nykamp's "curl(F) = (0 - 0, 0 - 0,y + 1)", the textbook's "\frac{4}{3}-\frac{5}{4}"
in math.techqa.club 697922, wyzant 857336's cross product "< 1, 0,- 6 >Χ< 0 , 1, 34 >");
directions equal only up to scale (qammunity 2383680's "( 1, 8 ) / √65" against "( 1, 8 )");
disputed pages (jiskha 1479321126, "Its wrong Steve"); single-form answers (ronmiech 819 and 826
pages, edshare 7998 and 5659, gradesaver Thomas 15.7 #45, #60 and #75, wyzant 768870 "π sin 4").

Examined and not used: streakpeaked.com GATE vector-calculus list, nec-license.gitbook.io MCQs,
cdquestions.com (collegedunia) paraboloid MCQ, acequiz.ai, math-gpt.org, smartsolve.ai,
questionai, gauthmath, studdyai, mysovi.ai, answer.ya.guru, algebra.com's CPhill answer and the
huggingface Nemotron-CC-Math pages (machine-written or generated-looking); testbook.com curl and
divergence quizzes (no second form in the stored text) and their copy on pehlivanlokantalari.com
(a testbook copy on an unrelated domain); ch.gateoverflow.in 519 and assignmentexpert 117912 (the
key or the options are not stored); math.techqa.club 2757165, 1169179 and 4560668 and imathworks'
maximum-directional-derivative thread (the right value is not written out in the stored text);
isolution.pro (a machine translation of a Stack Exchange thread); freemathhelp 129571 (Wolfram's
points solve a mistyped system, not offered as extrema); chegg q3427074 (the poster's key is not
the maximum); math.techqa.club 472139 (a copy of the same question as the imathworks normal-vector
page used).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

UCLA = "www.math.ucla.edu"
UCLA_P01 = "http://www.math.ucla.edu/%7Eronmiech/Actuarial_Review/Multi_Var_Calc/Prob01/Prob01.html"
IPL = "iplts.com"
IPL_INT = (
    "https://iplts.com/Mathematics/Ordinary-Differential-Equations-and-Vector-Calculus/"
    "1M-Questions-on-Vector-Integral-Calculus.php"
)
IPL_DIF = (
    "https://iplts.com/Mathematics/Ordinary-Differential-Equations-and-Vector-Calculus/"
    "1M-Questions-on-Vector-Differentiation.php"
)
WYZ = "www.wyzant.com"
WYZ_857 = "https://www.wyzant.com/resources/answers/857336/calculus-3-tangent"
AE = "assignmentexpert.com"
AE_322 = "https://assignmentexpert.com/homework-answers/mathematics/calculus/question-322866"
# sources of bench/equiv_fresh117_a2.py
TQ = "math.techqa.club"
TQ_1179 = "https://math.techqa.club/finding-the-flux-integral-over-a-surface-1179652"
IMW = "imathworks.com"
IMW_CUBE = (
    "https://imathworks.com/math/math-question-on-evaluating-the-surface-integral-over-a-cube"
)
TQ_4308 = (
    "https://math.techqa.club/orientation-problem-with-a-surface-integral-getting-negative-answer"
    "-4308954"
)
TQ_4735 = "https://math.techqa.club/use-stokes-theorem-to-evaluate-this-integral-4735127"
TQ_4547 = (
    "https://math.techqa.club/find-the-extremas-of-f-x-y-frac-x-a-frac-y-b-subject-to-constraint"
    "-x-2-y-2-r-2-using-lagrangian-multipliers-4547980"
)
TQ_697 = (
    "https://math.techqa.club/green-s-theorem-integrate-the-bigtriangledown-times-f-cdot-k-697922"
)
IMW_JAC = "https://imathworks.com/math/finding-the-jacobian-change-of-variables"
TQ_2385 = (
    "https://math.techqa.club/determining-the-flow-of-the-field-frac-x-x-2-y-2-z-2-frac-y-x-2-y-2"
    "-z-2-frac-z-x-2-y-2-z-2-out-from-k-2-leq-x-2-y-2-z-2-leq-3-2385889"
)
TQ_2216 = "https://math.techqa.club/volume-of-solid-above-z-r-and-below-z-sqrt-8-r-2-2216813"
TQ_1788 = "https://math.techqa.club/how-to-find-the-surface-area-1788545"
MSE = "math.stackexchange.com"
MSE_2529 = (
    "https://math.stackexchange.com/questions/2529343/find-the-tangent-plane-to-the-surface-with"
    "-parametric-equations-x-u2-y-v2-z"
)
UCLA_879_15 = (
    "http://www.math.ucla.edu/~ronmiech/Calculus_Problems/32B/chap13/section8/879d15/879_15.html"
)
UCLA_879_17 = (
    "http://www.math.ucla.edu/~ronmiech/Calculus_Problems/32B/chap13/section8/879d17/879_17.html"
)
SOC = "socratic.org"
SOC_TP = (
    "https://socratic.org/questions/how-do-you-find-the-equations-for-the-tangent-plane-to-the"
    "-surface-xy-2-3x-z-2-4"
)
IMW_NORM = (
    "https://imathworks.com/math/math-find-unit-normal-vector-to-the-surface-zx4yxy2-at-the-point"
    "-112"
)

CASES = [
    # UCLA Actuarial Review Prob01: tangent plane to x2 + y2 – 3z = 2 at (-2, -4, 6), keyed E
    _c(
        UCLA,
        UCLA_P01,
        gold=r"4x +8y +3z +22 = 0",
        pred=r"x +y +z –2 = 0",
        wrap=True,
        expected=False,
        why="'Solution: The answer is E' (E. 4x +8y +3z +22 = 0); choice A refused",
    ),
    _c(
        UCLA,
        UCLA_P01,
        gold=r"4x +8y +3z +22 = 0",
        pred=r"–2x –4y +6z = 0",
        wrap=True,
        expected=False,
        why="'Solution: The answer is E'; choice B refused",
    ),
    _c(
        UCLA,
        UCLA_P01,
        gold=r"4x +8y +3z +22 = 0",
        pred=r"–2x –4y +6z –2 = 0",
        wrap=True,
        expected=False,
        why="'Solution: The answer is E'; choice C refused",
    ),
    _c(
        UCLA,
        UCLA_P01,
        gold=r"4x +8y +3z +22 = 0",
        pred=r"4x +8y +3z = 0",
        wrap=True,
        expected=False,
        why="'Solution: The answer is E'; choice D (same normal, wrong constant) refused",
    ),
    # iplts vector integral calculus: keyed multiple-choice values of line and surface integrals
    _c(
        IPL,
        IPL_INT,
        gold=r"0",
        pred=r"\pi",
        wrap=True,
        expected=False,
        why="closed line integral of (2xy - x^2)dx + (x^2 + y^2)dy: 'Answer: C' (0); choice 4 refused",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"0",
        pred=r"2\pi",
        wrap=True,
        expected=False,
        why="same question, 'Answer: C' (0); choice 2 '\\(2\\pi\\)' refused",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"6",
        pred=r"3",
        wrap=True,
        expected=False,
        why="F = x i + 2y j + 3z k, flux = kV: 'then k =' ... 'Answer: D' (6); choice 1 refused",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"0",
        pred=r"\frac{4\pi}{3}",
        wrap=True,
        expected=False,
        why="flux of yz dy dz + xz dz dx + xy dx dy over the unit sphere: 'Answer: A' (0); choice 2",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"0",
        pred=r"4\pi",
        wrap=True,
        expected=False,
        why="same question, 'Answer: A' (0); choice 3 '\\(4\\pi\\)' refused",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"4\pi",
        pred=r"\pi",
        wrap=True,
        expected=False,
        why="flux of x dy dz + y dz dx + z dx dy over the unit sphere: 'Answer: C' (4\\pi); choice 1",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"4\pi",
        pred=r"2\pi",
        wrap=True,
        expected=False,
        why="same question, 'Answer: C' (\\(4\\pi\\)); choice 2 refused",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"4\pi",
        pred=r"\frac{4\pi}{3}",
        wrap=True,
        expected=False,
        why="same question, 'Answer: C'; choice 4 (the volume of the ball, not 3 times it) refused",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"-\frac{7}{6}",
        pred=r"\frac{1}{6}",
        wrap=True,
        expected=False,
        why="F = 3xy i - y^2 j along y = 2x^2 from (0,0) to (1,2): 'Answer: D' (-7/6); choice 1",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"-\frac{7}{6}",
        pred=r"-\frac{1}{6}",
        wrap=True,
        expected=False,
        why="same question, 'Answer: D' (\\(-\\frac{7}{6}\\)); choice 2 refused",
    ),
    _c(
        IPL,
        IPL_INT,
        gold=r"-\frac{7}{6}",
        pred=r"\frac{7}{6}",
        wrap=True,
        expected=False,
        why="same question, 'Answer: D' (\\(-\\frac{7}{6}\\)); choice 3, the opposite sign, refused",
    ),
    # iplts vector differentiation: keyed directional derivatives, unit normals and gradients
    _c(
        IPL,
        IPL_DIF,
        gold=r"\sqrt{3}",
        pred=r"3",
        wrap=True,
        expected=False,
        why="'If \\( \\phi = xyz \\), then the maximum directional derivative ... at (1,1,1) is' "
        "'Answer: B' (\\( \\sqrt{3} \\)); choice 1 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"\sqrt{3}",
        pred=r"2",
        wrap=True,
        expected=False,
        why="same question, 'Answer: B' (\\( \\sqrt{3} \\)); choice 3 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"\sqrt{3}",
        pred=r"1/\sqrt{3}",
        wrap=True,
        expected=False,
        why="phi = x^2 + y^2 + z at (1,0,1) in the direction i + j + k: 'Answer: D' "
        "(\\( \\sqrt{3} \\)); choice 3 '\\( 1/\\sqrt{3} \\)' refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"(4i + 6j + k)/\sqrt{53}",
        pred=r"(2i + 2j + k)/3",
        wrap=True,
        expected=False,
        why="'unit normal vector of \\( \\phi \\) at (2,1,1)' for x^2 y + y^2 + z: 'Answer: B'; "
        "choice 1 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"(4i + 6j + k)/\sqrt{53}",
        pred=r"(3i + j + k)/\sqrt{21}",
        wrap=True,
        expected=False,
        why="same question, 'Answer: B' (\\( (4i + 6j + k)/\\sqrt{53} \\)); choice 3 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"(4i + 6j + k)/\sqrt{53}",
        pred=r"(2i + 3j + 4k)/\sqrt{29}",
        wrap=True,
        expected=False,
        why="same question, 'Answer: B' (\\( (4i + 6j + k)/\\sqrt{53} \\)); choice 4 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"-\vec{r}/r^3",
        pred=r"\vec{r}/r^3",
        wrap=True,
        expected=False,
        why="'\\( \\nabla \\left( \\frac{1}{r} \\right) = \\)' 'Answer: B' (\\( -\\vec{r}/r^3 \\)); "
        "choice 1, the opposite sign, refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"-\vec{r}/r^3",
        pred=r"\vec{r}/r^2",
        wrap=True,
        expected=False,
        why="same question, 'Answer: B' (\\( -\\vec{r}/r^3 \\)); choice 3 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"-\vec{r}/r^3",
        pred=r"-\vec{r}/r^2",
        wrap=True,
        expected=False,
        why="same question, 'Answer: B' (\\( -\\vec{r}/r^3 \\)); choice 4 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"\frac{\vec{r}}{r^2}",
        pred=r"-\frac{\vec{r}}{r^2}",
        wrap=True,
        expected=False,
        why="'\\( \\nabla (\\log r) = \\)' 'Answer: A' (\\( \\frac{\\vec{r}}{r^2} \\)); choice 4 "
        "refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"\frac{\vec{r}}{r^2}",
        pred=r"\frac{\vec{r}}{r}",
        wrap=True,
        expected=False,
        why="same question, 'Answer: A' (\\( \\frac{\\vec{r}}{r^2} \\)); choice 2 refused",
    ),
    _c(
        IPL,
        IPL_DIF,
        gold=r"\frac{\vec{r}}{r^2}",
        pred=r"\frac{1}{r^2}",
        wrap=True,
        expected=False,
        why="same question, 'Answer: A'; choice 3, a scalar, refused",
    ),
    # wyzant 857336: one tangent plane, point-normal form and solved for z + 81
    _c(
        WYZ,
        WYZ_857,
        gold=r"6(x -3) − 34(y+4) +1(z+81) = 0",
        pred=r"z+ 81= - 6(x -3) +34 ( y +4)",
        wrap=True,
        expected=True,
        why="APPROACH ONE: 'the equation of the tangent plane is given by the equation 6(x -3) − "
        "34(y+4) +1(z+81) = 0'; APPROACH TWO: 'we get z+ 81= - 6(x -3) +34 ( y +4)'",
    ),
    # assignmentexpert 322866: tangent plane in point-normal and in expanded form
    _c(
        AE,
        AE_322,
        gold=r"7x−3y+8z−26=0",
        pred=r"7(x−1)−3(y+1)+8(z−2)=0",
        wrap=True,
        expected=True,
        why="'7(x−1)−3(y+1)+8(z−2)=0 7x−3y+8z−26=0 Answer: 7x−3y+8z−26=0 .'",
    ),
]
