r"""A fifty-ninth fresh set of answer-equivalence cases (evaluation only; helper "c": calculus
answers settled on public web pages -- antiderivatives that differ by a constant or by a log
rule, derivatives written in different forms (implicit derivatives equal only on the curve),
limits with a wrong value or sign refused -- where a worked solution, a reference page or a
question-and-answer thread settles that a student's form equals, or does not equal, the book's).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt and
/work/wt/fresh58_claims/claims.txt; each page was claimed in /work/wt/fresh59_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (with the
page's own spacing and braces, e.g. proofwiki's ``\left \vert {\cos x} \right \vert`` and
gradesaver's ``\ln \left| {1 + x} \right|``), plain-text answers kept as plain text ("- ln |cos x|
+ C", "ln|sec(x)| + C"); the ``$``/``$$`` delimiters are dropped; a left side such as
``\lim ... =`` or ``\frac{dy}{dx}=`` or ``I =`` is dropped. Where a page states a chain "A = B"
the final or book form is the gold and the other the pred. Readings, each noted in ``why``: the
two implicit derivatives (math.techqa 3059383, allaboutcircuits 135926) are equal only on the
curve, which the page states and proves; the refused forms are a student's value the answer
corrects (math.techqa 2646100), a sign the answer marks "False" (socratic), and a derivative the
asker finds gives another value at pi/3 (backiee 4564281).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.cartage.org.lb "Integral tan(x)" (math2.org table, "Alternate Form of Result":
  "(integral) tan x dx = - ln |cos x| + C = ln |sec x| + C"). 1 case.
- proofwiki.org "Primitive of Tangent Function" (theorem -\ln|\cos x| + C, corollary
  \ln|\sec x| + C). 1 case.
- www.mytutor.co.uk answers 1018 (a tutor's "Show that the integral of tan(x) is ln|sec(x)| + C":
  "- ln|cosx| +C", "- ln|cos(x)| = ... = ln(1/|cos(x)|) = ln|sec(x)|"). 2 cases.
- mytutor.co.uk answers 53082 (a tutor: "-ln(cos(x)) + C. Note this can be written ... ln(sec(x))
  ... So the indefinite integral of tan(x) is ln(sec(x)) + C"). 1 case.
- math.techqa.club 3958557 (math.SE mirror: tan^4x/4 + C against sec^4x/4 - sec^2x/2 + C: "There's
  no mistake. Both methods resulted in the same solution, up to a constant of integration"). 1 case.
- math.techqa.club 2311147 (by parts against substitution for x(x+3)^5: "the two solutions are
  equivalent"). 1 case.
- kiwix.cwells.dev math.SE 3771677 (int x(x^2-16)dx: "Both methods are correct"). 1 case.
- www.gradesaver.com Thomas' Calculus 13th ed. 8.5 exercise 9 (worked solution, int dx/(1-x^2):
  "= - 1/2 ln|1 - x| + 1/2 ln|1 + x| + C = 1/2[ln|1 + x| - ln|1 - x|] + C"). 1 case.
- math.techqa.club 3059383 (implicit derivative of x^3 = (2x-y)/(x+3y), the asker's form (1)
  against Thomas's solution (2): "Therefore (1)=(2)"). 1 case.
- forum.allaboutcircuits.com threads 135926 (two implicit derivatives of one curve; Tesla23:
  "these two expressions are equal on your curve"). 1 case.
- math.techqa.club 2646100 (lim (1+2/n)^{n^2} e^{-2n}: the asker's e^0 "was not in the options";
  the answer: "\to \frac1{e^2}"). 1 case (1 False).
- socratic.org "is this limit true or false lim 1/x^2 = -oo as x->0" ("False." the limit is
  \infty). 1 case (1 False).
- backiee.wasmer.app math.SE a/4564281 (derivative of sec x: "The correct derivative is
  \dfrac{\sin(x)}{\cos(x)^2}", the asker's \dfrac{-1}{\cos(x)^2} gives -4 against 3.46 at pi/3).
  1 case (1 False).

14 cases in all (3 False).

Left out, by rule: forms whose fraction, exponent or radical the text conversion lost (cartage's
"ln | (cos x)-1 |" and mytutor 53082's "ln(cos(x)-1)" for (cos x)^{-1}; physicsforums threads
whose forms were images or lost their square roots); alternative forms that are intermediate
steps rather than answers (the IB question-bank markschemes on library.tis.today, whose "or"
forms are steps of l'Hopital's rule); pages whose verdict is not in the stored excerpt.

Examined and not used: file-hippo.netlify.app copy of math.SE 3453558 ("Getting different answers
when integrating using different techniques"; claimed, but only the question's examples were in
the excerpt, not the answer's verdict); imathworks.com "related rates question with cylinder"
(claimed; the answer says "Not quite" to 0.4\pi in/sec but its value is cut off) and physicsforums
224498 (balloon, book "40 000 pi" against the student's "4 000 000 pi"; claimed, no reply in the
excerpt); livephysics.com answer keys and pearson studychannel "verified step by step guidance"
(machine-written); edu.com, gauthmath, mathix, math-gpt, smartsolve, questionai (AI solution
sites); askanewquestion.com (a jiskha copy); many calculus pages used by earlier sets (geneseo
222Err, penjiapp, openknowledgegraph, ARQMath 95518_2012, socratic and vespr sin x cos x,
undergroundmathematics which-substitution, math.techqa 2795770, 4859789, 4811160, 2799189,
3301854, 3304258, drmath 53424, bluffton derivs-old, wyzant 267285, thestudentroom 1275998,
gradesaver Thomas 7.2 #37, physicsforums 124731 and 568761, math.techqa 1010959).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CART = "www.cartage.org.lb"
CART_TAN = (
    "http://www.cartage.org.lb/en/themes/Sciences/Mathematics/calculus/integrals/"
    "tableintegrals/proof/Integraltan(x).htm"
)
PW = "proofwiki.org"
PW_TAN = "https://proofwiki.org/wiki/Primitive_of_Tangent_Function"
MYT = "www.mytutor.co.uk"
MYT_1018 = (
    "https://www.mytutor.co.uk/answers/1018/A-Level/Maths/"
    "Show-that-the-integral-of-tan-x-is-ln-sec-x-C-where-C-is-a-constant/"
)
MYT2 = "mytutor.co.uk"
MYT_53082 = (
    "https://mytutor.co.uk/answers/53082/A-Level/Maths/"
    "Evaluate-the-indefinite-integral-when-the-integrand-function-is-tan-x"
)
TQ = "math.techqa.club"
TQ_3958557 = "https://math.techqa.club/does-int-tan-3x-sec-2x-space-dx-have-2-solutions-3958557"
TQ_2311147 = (
    "https://math.techqa.club/"
    "integrating-an-expression-by-parts-and-by-substitution-giving-two-different-solutions-2311147"
)
TQ_3059383 = (
    "https://math.techqa.club/implicit-differentiation-yielding-different-expressions-3059383"
)
TQ_2646100 = "https://math.techqa.club/evaluate-the-given-limit-to-infinity-2646100"
KIW = "kiwix.cwells.dev"
KIW_3771677 = (
    "https://kiwix.cwells.dev/content/math.stackexchange.com_en_all_2025-08/questions/3771677/"
    "correct-way-to-integrate-int-x-x-2-16-dx"
)
GS = "www.gradesaver.com"
GS_T85_9 = (
    "https://www.gradesaver.com/textbooks/math/calculus/thomas-calculus-13th-edition/"
    "chapter-8-techniques-of-integration-section-8-5-integration-of-rational-functions-by-"
    "partial-fractions-exercises-8-5-page-475/9"
)
AAC = "forum.allaboutcircuits.com"
AAC_135926 = "https://forum.allaboutcircuits.com/threads/implicit-differentiation.135926/"
SOC = "socratic.org"
SOC_LIM = "https://socratic.org/questions/is-this-limit-true-or-false-lim-1-x-2-oo-as-x-0"
BK = "backiee.wasmer.app"
BK_4564281 = "https://backiee.wasmer.app/https_math_stackexchange_com/a/4564281"

CASES = [
    # cartage (math2.org table): two forms of the integral of tan x
    _c(
        CART,
        CART_TAN,
        gold=r"- ln |cos x| + C",
        pred=r"ln |sec x| + C",
        wrap=True,
        expected=True,
        why="'Therefore: (integral) tan x dx = - ln |cos x| + C = ln |sec x| + C'",
    ),
    # proofwiki: theorem and corollary for the primitive of tan
    _c(
        PW,
        PW_TAN,
        gold=r"-\ln \left \vert {\cos x} \right \vert + C",
        pred=r"\ln \left \vert {\sec x} \right \vert + C",
        wrap=True,
        expected=True,
        why="Theorem: int tan x dx = -ln|cos x| + C; Corollary: int tan x dx = ln|sec x| + C",
    ),
    # mytutor 1018: a tutor shows the integral of tan x is ln|sec x| + C
    _c(
        MYT,
        MYT_1018,
        gold=r"ln|sec(x)| + C",
        pred=r"- ln|cosx| +C",
        wrap=True,
        expected=True,
        why="'the integral of tan(x) = ... = - ln|cosx| +C' ... 'Therefore, the integral of tan(x) "
        "is ln|sec(x)| + C'",
    ),
    _c(
        MYT,
        MYT_1018,
        gold=r"ln|sec(x)|",
        pred=r"ln(1/|cos(x)|)",
        wrap=True,
        expected=True,
        why="'Now, - ln|cos(x)| = ln(|cos(x)|-1) = ln(1/|cos(x)|) = ln|sec(x)|'",
    ),
    # mytutor 53082: -ln(cos x) + C written as ln(sec x) + C
    _c(
        MYT2,
        MYT_53082,
        gold=r"ln(sec(x)) + C",
        pred=r"-ln(cos(x)) + C",
        wrap=True,
        expected=True,
        why="'Back-substitute ... to have -ln(cos(x)) + C. Note this can be written ... ln(sec(x)). "
        "So the indefinite integral of tan(x) is ln(sec(x)) + C.'",
    ),
    # math.techqa 3958557: int tan^3 x sec^2 x dx by two substitutions
    _c(
        TQ,
        TQ_3958557,
        gold=r"\frac{tan^4x}{4} + C",
        pred=r"\frac{\sec^4x}{4} - \frac{\sec^2x}{2} + C",
        wrap=True,
        expected=True,
        why="best answer: 'There's no mistake. Both methods resulted in the same solution, up to a "
        "constant of integration.'",
    ),
    # math.techqa 2311147: int x(x+3)^5 dx by parts and by substitution
    _c(
        TQ,
        TQ_2311147,
        gold=r"{(x+3)^7 \over 7 } - {(x+3)^6 \over 2 } + C",
        pred=r"{x \over 6 }(x+3)^6 - {1 \over 42 }(x+3)^7 + C",
        wrap=True,
        expected=True,
        why="best answer: 'In fact, the two solutions are equivalent (if you put the forgotten C on "
        "the first integral)'",
    ),
    # kiwix math.SE 3771677: int x(x^2-16) dx by substitution and by expanding
    _c(
        KIW,
        KIW_3771677,
        gold=r"\frac{1}{4}x^4-8x^2+C",
        pred=r"\frac{1}{4}(x^2-16)^2+C",
        wrap=True,
        expected=True,
        why="answer: 'Both methods are correct. ... The C in your first way is simply 64 less than "
        "the C in your second way.'",
    ),
    # gradesaver Thomas 8.5 #9: int dx/(1-x^2), final form and the line before it
    _c(
        GS,
        GS_T85_9,
        gold=r"\frac{1}{2}\left[ {\ln \left| {1 + x} \right| - \ln \left| {1 - x} \right|} \right] + C",
        pred=r"- \frac{1}{2}\ln \left| {1 - x} \right| + \frac{1}{2}\ln \left| {1 + x} \right| + C",
        wrap=True,
        expected=True,
        why="worked solution: '= - 1/2 ln|1 - x| + 1/2 ln|1 + x| + C = 1/2[ln|1 + x| - ln|1 - x|] + "
        "C', the answer being the latter",
    ),
    # math.techqa 3059383: two implicit derivatives, equal on the curve x^3 = (2x-y)/(x+3y)
    _c(
        TQ,
        TQ_3059383,
        gold=r"\frac{2-4x^3-9x^2y}{3x^3+1}",
        pred=r"\frac{7y-3x^2(x+3y)^2}{7x}",
        wrap=True,
        expected=True,
        why="asker shows form (1) equals the book solution's (2) using the curve: 'Therefore "
        "(1)=(2)'; the answer does not dispute it (equal on the curve only)",
    ),
    # allaboutcircuits 135926: two implicit derivatives of one curve
    _c(
        AAC,
        AAC_135926,
        gold=r"\frac{2(x-2y)}{4x+3y}",
        pred=r"\frac{y}{x}",
        wrap=True,
        expected=True,
        why="Tesla23: 'Check when these two expressions are equal ... i.e. these two expressions are "
        "equal on your curve. What's the problem?' (equal on the curve only)",
    ),
    # math.techqa 2646100: lim (1+2/n)^{n^2} e^{-2n}; the asker's e^0 is refused
    _c(
        TQ,
        TQ_2646100,
        gold=r"\frac1{e^2}",
        pred=r"e^0",
        wrap=True,
        expected=False,
        why="asker: 'Answer is not e^0 ... it was not in the options'; answer: "
        "'(1+2/n)^{n^2} e^{-2n}=e^{-2+o(1)}\\to \\frac1{e^2}'",
    ),
    # socratic: lim 1/x^2 as x->0 is +infinity, not -infinity
    _c(
        SOC,
        SOC_LIM,
        gold=r"\infty",
        pred=r"-\infty",
        wrap=True,
        expected=False,
        why="'Is this limit true or false lim 1/x^2=-oo as x->0?' answer: 'False.' "
        "'lim_{x \\to 0} 1/x^2 = \\infty'",
    ),
    # backiee (math.SE a/4564281): derivative of sec x; the power-rule form is refused
    _c(
        BK,
        BK_4564281,
        gold=r"\dfrac{\sin(x)}{\cos(x)^2}",
        pred=r"\dfrac{-1}{\cos(x)^2}",
        wrap=True,
        expected=False,
        why="'The correct derivative is sin(x)/cos(x)^2 ... at pi/3 the first (correct) derivative "
        "gets me 3.46 while the second one gets me -4'",
    ),
]
