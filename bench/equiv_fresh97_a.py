r"""A ninety-seventh fresh set of answer-equivalence cases (evaluation only; helper "a": simplified
algebraic expressions -- exponent rules (x^{-2} against 1/x^2, x^{1/2} against \sqrt{x}, 2x^{-3}
against (2x)^{-3}), radicals simplified or not, surd expressions and their worked forms, rational
expressions, factored against expanded or partly factored polynomials, |x| against x for
\sqrt{x^2} -- where a homework system's checker or documentation, an exam mark scheme or
examiner's report, a worked solution, or a forum reply settles which forms are the same answer and
which forms are refused, as not simplified or as a different expression).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh97_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh97_a2.py (same rules; its
sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (``\dfrac``,
``\left(``, ``\cdot``, ``{x^{-1-1}}`` as written), the page's inline-math delimiters ($...$,
\(...\), $$...$$) dropped, plain-text forms kept as typed (``2x^-3``, ``1/2x^3``, ``(2x)^(-3)``,
``x(x - 3)(x -1)`` with its spacing), unicode radicals and the en dash used as a minus kept
(waeconline's ``2 + 4√6 – 4(7-2√6)``). Where a worked solution writes a chain ``A = B = ... = Z``
ending in the answer, ``Z`` is the gold and each earlier form of the chain a prediction (True),
taken whole; lines of a chain that the page itself got wrong, or that the stored copy broke, are
skipped (see "Left out"). A homework checker's or mark scheme's refusal of a form that has the
right value (WeBWorK's "Your answer should be in the form of a power", strictPowers, "Factor x not
seen ... A0") is a False case, as the brief asks for refused forms; ``why`` quotes the rule.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- webwork.maa.org forum d=406 ("Is it easy to require answers in base-exponent form", Davide
  Cervone's custom checker for Compute("2^3"): a numerically correct answer that is not a power
  gets "Your answer should be in the form of a power: a^b", a power with exponent 1 gets "Your
  exponent should not be 1"; '^' and '**' are both accepted). 3 cases (2 False).
- webwork.maa.org POD "contextPolynomialFactors.pl" ("strictPowers is 1, so (x*(x+1))^3 is not (it
  must be written x^3*(x+1)^3)"). 1 case (1 False).
- waeconline.org.ng e-Learning "maths218nq1" (WAEC chief examiner's report: "(√6 -1)2 = (√6 -1)
  (√6 -1) = 6 -√6 -√6 + 1 = 7 - 2√6" and "2 + √96 – 4(√6 -1)2 = 2 + 4√6 – 4(7-2√6) = 2 + 4√6 –
  28 + 8√6 which ... resulted in -26 + 12√6"). 4 cases.
- issuu.com. (de Ferrers Academy) "c1-ms-jan-2006c" (Edexcel 6663 C1 January 2006 mark scheme, Q1
  "= x(x-3)(x-l)": "Factor x not seen: e.g. Dividing by x => (x - 3)(x -1). MO Ml A0"). 1 case
  (1 False).
- www.mywschool.com "wassce-surds" (WASSCE 2014, 2013 and 2011 surd questions with worked
  solutions ending "=19\sqrt{3}", "=\sqrt{2}" and "=9-2\sqrt{2}"). 10 cases.
- digfir-published.macmillanusa.com Sullivan Calculus example 2.8.5 ("\dfrac{d}{dx}x^{-1}=-x^{-2}=
  -\dfrac{1}{x^{2}}", "-2u^{-3}=-\dfrac{2}{u^{3}}", "4\cdot \left( -5\right) s^{-6}=-20s^{-6}=
  -\dfrac{20}{s^{6}}"). 4 cases.

Sources of bench/equiv_fresh97_a2.py:

- insomniastudy.net AP Calculus BC lesson "derivative-power-rule" ("\frac{1}{x}=x^{-1}",
  "\sqrt{x}=x^{\frac{1}{2}}", "-1\cdot{x^{-1-1}}=-x^{-2}", "\frac{1}{2}x^{\frac{1}{2}-1}=
  \frac{1}{2}x^{-\frac{1}{2}}=\frac{1}{2\sqrt{x}}"). 5 cases.
- redlib.cakez.net copy of r/Physics 1mpy65j "The √2 notation choice debate" ("1/√2 or √2/2 ...
  used interchangeably"; "of course ultimately it doesn't matter"). 1 case.
- www.gradesaver.com, seven user solutions: Algebra 1 p.14 ex.54 ("(x+y)^2" and "x^2+y^2" "are
  not equal for all values of x and y ... the student is incorrect"); Elementary Algebra concept
  quiz 5.6 p.223 #4 ("The simplified form ... is not $y^{-3}$") and p.222 #2 ("$x^{-2}$ to
  $\frac{1}{x^2}$"); Intermediate Algebra 12th ed. chapter 7 review ex.8 (answer "$|x|$": "We must
  include the absolute value sign"); Algebra 1 Common Core p.429 ex.17 ("$x^{-1}y^{3}$=$y^3/x$");
  Blitzer Precalculus 6th ed. p.30 ex.24 ("$xy^{-3}$ ... $\frac{x}{y^{3}}$"); Stewart Precalculus
  7th ed. 1.4 p.43 ex.28 (chain ending "$=-\frac{x-1}{x+1}$"). 11 cases (3 False).
- forums.gregmat.com 33352 ("option two isn't x^3, it's |x^3|"; "Can \sqrt{x^6} ever be
  negative?"). 1 case (1 False).
- www.thestudentroom.co.uk t=5244930 page 2 (RichE: "2x^-3 means 2/(x^3). 1/2x^3 means (1/2)
  (x^3)", "(2x)^(-3) or 2/x^3 ... are different things", "No they aren't equal", "1/(2x^3) or
  (2x^3)^(-1)"). 4 cases (2 False).
- mathhelpforum.com 108159 "negative indices" ("this is correct, 5/x^2 = 5x^-2 not this 5/x^2=
  x^-2/5"). 2 cases (1 False).
- math.techqa.club 388748 (an asker's "\frac{25}{4x^2} = \frac{25}{4}x^{-2}" for
  (25x^4/4)^{-1/2}: "this isn't the answer"; the mark scheme's "[(\frac{4}{25x^4})^{1/2} or
  (\frac{5x^2}{2})^{-1} or ...] = \frac{2}{5}x^{-2}"; the best answer's "\dfrac {2}{5x^2}"). 5 cases
  (2 False).

49 cases in all (10 False): 20 here (1 False), 29 in bench/equiv_fresh97_a2.py (9 False). The
lead removed three refusals of the form alone before the run, as the README's convention asks:
`8` and `8^1` against `2^3` (a checker that demands a power) and `(x*(x+1))^3` against
`x^3*(x+1)^3` (WeBWorK's strict factors).

Left out, by rule: lines of a chain the page got wrong (mywschool 2014's
"=3(\sqrt{25 \times 3}-\sqrt{4 \times 3}+\sqrt{36 \times 3})", whose bracket takes in all three
terms, and 2011's "\frac{-4\sqrt{2}+2\sqrt{2}+6+3}{9-(4\sqrt{2})}"; the 2008 question, cut off in the
stored copy); forms whose superscripts or radicals the stored copy flattened (waeconline's "(√6
-1)2", "√96 = √6 x 16 = 4√6" and its mixed numbers in part (a); the January 2006 C1 scheme's
"x(x2-4x + 3)" and "(x2 - 3x)(x -1)"; its OCR-damaged gold "x(x-3)(x-l)" is replaced by the same
scheme's own "x(x - 3)(x -1)"); checker notes with no second form of one answer (d=406's "it doesn't
allow things like 2^-3 or (-2)^3", which are other values; contextPolynomialFactors' "(x+1)*(1+x)
would be allowed", "(x*(x+1))/3 is allowed", "3*(x+1)*(3x+3) would be allowed"); the r/Physics
post's "0.5√2 is an abomination" (a taste, not a verdict on the value); mathhelpforum 108159's
"'1/x^2 = x^-2/1' is wrong" (both sides are the same value, so the reply's word is not a verdict on
equality); gradesaver Intermediate Algebra's "$\sqrt x^{2}=|x|$" (the LaTeX puts the square outside
the root); the first line of Stewart 1.4 ex.28's chain after "Simplify the fraction", which is one
factor of the product only.

Examined and not used: socratic.org "2sqrt3 is the simplest form of what", "how do you find the
simplest radical form of 12", "how does the square root of 12 become 2 times the square root of 3"
and "does 1 over square root 2 equal square root 1/2" (one-line identities with no second answer
form, or the form cut out); socratic pages on x^-2 and 1/x^-2, physicsforums 161278 and 273111,
math4u.vsb.cz node 43184, techqa 1275071 and 2396292, kiwix math.stackexchange 1255016,
homeworkmules "square root of 1/3", camerongeisler.github.io, vhcc2.vhcc.edu Assignment_8_R8,
webwork.maa.org contextLimitedRadical and forum d=3012, docs.stack-assessment.org answer-test
pages, brilliant.org common algebraic errors, math.brown.edu pitfalls, mathsisfun algebra mistakes,
gregmat 33100 (all used or examined by earlier sets); algebra.com and a.simonm.io (left to other
sets by the brief); huggingface.co Nemotron-CC-Math rows of WeBWorK threads (LLM-rewritten);
AI-written pages (studyquestionhub, vaia, edu.com, gauthmath, smartsolve, questionai, sorumatik,
mathix, corca, jasonbradley.me, openknowledgegraph, pengi.ai, kramizo mock mark schemes, gradora,
topmygrade, reviewpoint/brainkulo/parkcity "Tamika's error" pages; studyquestionhub's "all
equivalent" verdict for -(5x^2-7) against -5x^2-7 shows why); mathisfunforum tid=2375 (the stored
post is the question only, with no reply); beatthegmat t63401 (an asker keeps disputing the
sqrt(x^2) = |x| reply); vhcc2 R.2 query pages (numeric evaluations); analyzemath "Ans_simp" and
algebrahouse "rationalize-the-denominator" (stacked fractions); mathforum kb 7100496 (minus signs
lost); scribd "Surds-Ans", "C1-Algebra-Surds-MS" and "Solving-Using-Indices-H", mymathscloud
C1 January 2009, glencoe quizzes, wyzant 5695, mytutor 53120 (superscripts flattened or garbled);
helpteaching exponent test and ccbcmd practice (no key stored); thinkquest quiz rules ("Consider it
to be correct" undoes its own format rules); webwork.maa.org FactoredPolynomial1 wiki (says how to
require a factored form but names no refused answer); mathcentral uregina michael1 (the question
behind "both of your expressions are correct" is not in the stored text).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WW = "webwork.maa.org"
WW_406 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=406"
WWP = "webwork.maa.org"
WWP_PF = "http://webwork.maa.org/pod/pg_TRUNK/macros/contextPolynomialFactors.pl.html"
WAEC = "waeconline.org.ng"
WAEC_218 = "https://waeconline.org.ng/e-Learning/Mathematics/maths218nq1.html"
ISS = "issuu.com."
ISS_C1J06 = "https://issuu.com./deferrers-academy/docs/c1-ms-jan-2006c"
MYW = "www.mywschool.com"
MYW_SURDS = "https://www.mywschool.com/wassce-surds/"
SUL = "digfir-published.macmillanusa.com"
SUL_285 = (
    "http://digfir-published.macmillanusa.com/sullivancalculus/asset/example/example_2_8_5.html"
)
# sources of bench/equiv_fresh97_a2.py
INS = "insomniastudy.net"
INS_PR = "https://insomniastudy.net/courses/ap-calculus-bc/lessons/derivative-power-rule/"
RED = "redlib.cakez.net"
RED_SQ2 = "https://redlib.cakez.net/r/Physics/comments/1mpy65j/the_2_notation_choice_debate"
GS = "www.gradesaver.com"
GS_A1_14 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-1/chapter-1-foundations-for-algebra-"
    "1-2-order-of-operations-and-evaluating-expressions-practice-and-problem-solving-exercises-"
    "page-14/54"
)
GS_EA_223 = (
    "https://www.gradesaver.com/textbooks/math/algebra/elementary-algebra/chapter-5-exponents-and-"
    "polynomials-5-6-integral-exponents-and-scientific-notation-concept-quiz-5-6-page-223/4"
)
GS_EA_222 = (
    "https://www.gradesaver.com/textbooks/math/algebra/elementary-algebra/chapter-5-exponents-and-"
    "polynomials-5-6-integral-exponents-and-scientific-notation-concept-quiz-5-6-page-222/2"
)
GS_IA_497 = (
    "http://www.gradesaver.com/textbooks/math/algebra/intermediate-algebra-12th-edition/"
    "chapter-7-review-exercises-page-497/8"
)
GS_CC_429 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-1-common-core-15th-edition/chapter-"
    "7-exponents-and-exponential-functions-7-2-multiplying-powers-with-the-same-base-practice-and-"
    "problem-solving-exercises-page-429/17"
)
GS_BL_30 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/"
    "chapter-p-section-p-2-exponents-and-scientific-notation-exercise-set-page-30/24"
)
GS_PC_43 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-mathematics-for-calculus-"
    "7th-edition/chapter-1-section-1-4-rational-expressions-1-4-exercises-page-43/28"
)
GREG = "forums.gregmat.com"
GREG_33352 = (
    "https://forums.gregmat.com/t/why-is-option-two-x-3-but-the-other-options-including-the-one-"
    "is-the-question-arent/33352"
)
TSR = "www.thestudentroom.co.uk"
TSR_5244930 = "https://www.thestudentroom.co.uk/showthread.php?t=5244930&page=2"
MHF = "mathhelpforum.com"
MHF_108159 = "http://mathhelpforum.com/algebra/108159-negative-indices.html"
TQ = "math.techqa.club"
TQ_388748 = (
    "https://math.techqa.club/what-have-i-done-wrong-in-solving-this-problem-with-indices-rules-"
    "388748"
)

CASES = [
    # webwork.maa.org forum d=406: Cervone's checker for Compute("2^3") wants a power a^b
    _c(
        WW,
        WW_406,
        gold=r"2^3",
        pred=r"2**3",
        wrap=True,
        expected=True,
        why="checker accepts '$tree->{bop} eq '^' || $tree->{bop} eq '**'' with a number base and exponent",
    ),
    # webwork.maa.org POD contextPolynomialFactors.pl: strictPowers refuses a power of a product
    # waeconline.org.ng, WAEC chief examiner's report (maths218nq1): the expected working of part (b)
    _c(
        WAEC,
        WAEC_218,
        gold=r"7 - 2√6",
        pred=r"(√6 -1) (√6 -1)",
        wrap=True,
        expected=True,
        why="'(√6 -1)2 = (√6 -1) (√6 -1) = 6 -√6 -√6 + 1 = 7 - 2√6'",
    ),
    _c(
        WAEC,
        WAEC_218,
        gold=r"7 - 2√6",
        pred=r"6 -√6 -√6 + 1",
        wrap=True,
        expected=True,
        why="'(√6 -1) (√6 -1) = 6 -√6 -√6 + 1 = 7 - 2√6'",
    ),
    _c(
        WAEC,
        WAEC_218,
        gold=r"-26 + 12√6",
        pred=r"2 + 4√6 – 4(7-2√6)",
        wrap=True,
        expected=True,
        why="'= 2 + 4√6 – 4(7-2√6) = 2 + 4√6 – 28 + 8√6 which ... resulted in -26 + 12√6'",
    ),
    _c(
        WAEC,
        WAEC_218,
        gold=r"-26 + 12√6",
        pred=r"2 + 4√6 – 28 + 8√6",
        wrap=True,
        expected=True,
        why="'= 2 + 4√6 – 28 + 8√6 which after a little computation resulted in -26 + 12√6'",
    ),
    # issuu de Ferrers Academy copy of Edexcel 6663 C1 January 2006 mark scheme, Q1 (factorise)
    _c(
        ISS,
        ISS_C1J06,
        gold=r"x(x - 3)(x -1)",
        pred=r"(x - 3)(x -1)",
        wrap=True,
        expected=False,
        why="Q1: 'Factor x not seen: e.g. Dividing by x => (x - 3)(x -1). MO Ml A0.'",
    ),
    # mywschool.com WASSCE surds: Abdul Karim's worked solutions, each line '=' the next
    _c(
        MYW,
        MYW_SURDS,
        gold=r"19\sqrt{3}",
        pred=r"3\sqrt{75}-\sqrt{12}+\sqrt{108}",
        wrap=True,
        expected=True,
        why="WASSCE 2014: 'Simplify 3√75−√12+√108' ... '=19\\sqrt{3}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"19\sqrt{3}",
        pred=r"3(5\sqrt{3})-2\sqrt{3}+6\sqrt{3}",
        wrap=True,
        expected=True,
        why="WASSCE 2014 chain: '=3(5\\sqrt{3})-2\\sqrt{3}+6\\sqrt{3}' ... '=19\\sqrt{3}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"19\sqrt{3}",
        pred=r"15\sqrt{3}-2\sqrt{3}+6\sqrt{3}",
        wrap=True,
        expected=True,
        why="WASSCE 2014 chain: '=15\\sqrt{3}-2\\sqrt{3}+6\\sqrt{3}' '=19\\sqrt{3}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"\sqrt{2}",
        pred=r"\frac{3}{4}\sqrt{128}-\sqrt{50}",
        wrap=True,
        expected=True,
        why="WASSCE 2013: 'Simplify \\frac{3}{4}\\sqrt{128}-\\sqrt{50}' ... '=\\sqrt{2}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"\sqrt{2}",
        pred=r"\frac{3}{4}(8\sqrt{2})-5\sqrt{2}",
        wrap=True,
        expected=True,
        why="WASSCE 2013 chain: '=\\frac{3}{4}(8\\sqrt{2})-5\\sqrt{2}' ... '=\\sqrt{2}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"\sqrt{2}",
        pred=r"6\sqrt{2}-5\sqrt{2}",
        wrap=True,
        expected=True,
        why="WASSCE 2013 chain: '=6\\sqrt{2}-5\\sqrt{2}' '=\\sqrt{2}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"9-2\sqrt{2}",
        pred=r"\frac{2}{3+2\sqrt{2}}+\frac{1}{3-2\sqrt{2}}",
        wrap=True,
        expected=True,
        why="WASSCE 2011: the sum simplifies to '9-2\\sqrt{2} in the form of a+b\\sqrt{2}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"9-2\sqrt{2}",
        pred=r"\frac{2(3-2\sqrt{2})+1(3+2\sqrt{2})}{(3+2\sqrt{2})(3-2\sqrt{2})}",
        wrap=True,
        expected=True,
        why="WASSCE 2011 chain, first line after the sum ... '=9-2\\sqrt{2}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"9-2\sqrt{2}",
        pred=r"\frac{-2\sqrt{2}+9}{9-8}",
        wrap=True,
        expected=True,
        why="WASSCE 2011 chain: '=\\frac{-2\\sqrt{2}+9}{9-8}' ... '=9-2\\sqrt{2}'",
    ),
    _c(
        MYW,
        MYW_SURDS,
        gold=r"9-2\sqrt{2}",
        pred=r"\frac{9-2\sqrt{2}}{1}",
        wrap=True,
        expected=True,
        why="WASSCE 2011 chain: '=\\frac{9-2\\sqrt{2}}{1}' '=9-2\\sqrt{2}'",
    ),
    # digfir-published.macmillanusa.com Sullivan Calculus example 2.8.5 (power rule): negative exponents
    _c(
        SUL,
        SUL_285,
        gold=r"-\dfrac{1}{x^{2}}",
        pred=r"-x^{-2}",
        wrap=True,
        expected=True,
        why="'\\dfrac{d}{dx}x^{-1}=-x^{-2}=-\\dfrac{1}{x^{2}}'",
    ),
    _c(
        SUL,
        SUL_285,
        gold=r"-\dfrac{2}{u^{3}}",
        pred=r"-2u^{-3}",
        wrap=True,
        expected=True,
        why="'=\\dfrac{d}{du} u^{-2}=-2u^{-3}=-\\dfrac{2}{u^{3}}'",
    ),
    _c(
        SUL,
        SUL_285,
        gold=r"-\dfrac{20}{s^{6}}",
        pred=r"-20s^{-6}",
        wrap=True,
        expected=True,
        why="'=4\\cdot \\left( -5\\right) s^{-6}=-20s^{-6}=-\\dfrac{20}{s^{6}}'",
    ),
    _c(
        SUL,
        SUL_285,
        gold=r"-\dfrac{20}{s^{6}}",
        pred=r"4\cdot \left( -5\right) s^{-6}",
        wrap=True,
        expected=True,
        why="'=4\\cdot \\left( -5\\right) s^{-6}=-20s^{-6}=-\\dfrac{20}{s^{6}}'",
    ),
]
