r"""An eighty-first fresh set of answer-equivalence cases (evaluation only; helper "a": polynomial
and rational-expression answers -- factored forms with signs moved between factors, partial
fraction decompositions written with other signs or denominators, rational expressions with the
minus sign in the numerator, the denominator or in front, quotients from polynomial division,
simplified rational expressions -- where a Q&A thread, a forum reply, a worked answer chain or an
assessment bank's answer key settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh81_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh81_a2.py (same rules; its
sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (techqa's
``{3\over x-1}``, ``\frac1{x-2}`` and mathhelpforum's ``-\left(...\right)`` included), plain-text
forms kept with their spacing ("(2x + 1) (x-2) (x+2)", "(x +6)(8 - x)"), and the en dash that the
NZCER answer key prints for a minus sign in "–x(5x – 4)" kept. A leading ``\displaystyle`` and a
``\boxed{...}`` around a reply's last line are dropped; the expression inside is kept. Where a
page writes a chain "A = B = C" of forms of one answer, the last form (or the form the thread
calls the book's or the lecture's answer) is the gold and the others are True cases. Where an
asker's form is the one a reply refuses, the reply's or the book's form is the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club "partial-fractions-alternative-result-1787834" (a copy of a Math.SE thread:
  z/((z-1)(z-2)) decomposed as "-\frac{1}{z-1} + \frac{2}{z-2}", the book's
  "-\frac{z}{z-1} + \frac{z}{z-2}"; "Both results are correct", the answer shows how). 1 case.
- math.techqa.club "finding-the-partial-fractions-using-coefficients-4080640" (the reply:
  "There is nothing wrong in your computations. The partial fraction decomposition is ... and the
  other answer is wrong"). 1 case (1 False).
- math.techqa.club "subtracting-this-rational-expression-using-lcd-2719387" (the asker's
  "\frac{- 4x - 11}{(x - 3)(x + 1)}" against the textbook's "\frac{- 4x + 13}{(x - 3)(x + 1)}";
  "Notice that 1-4(x-3)=1-4x+12=13-4x"). 1 case (1 False).
- math.techqa.club "switch-algebraic-sign-1844265" (-x^3+4x factored as "-x(x-2)(x+2)" against the
  lecture script's "x(2-x)(2+x)": "your answer matches the lecture answer"; the asker's
  "x(2-x)(-2-x)" is wrong, "you multiplied by -1·-1·-1 = -1"). 3 cases (1 False).
- math.techqa.club "decomposing-partial-fraction-with-a-denominator-negative-quadratic-expression-
  x-2-1243686" ("Are my solutions correct ?" -- "Yes, they are correct :
  \frac{5x+4}{-x^2-x+2}=\frac{3}{1-x}+\frac{2}{-x-2}"). 2 cases.
- math.techqa.club "how-does-frac-1-x-2-frac-1-x-3-become-frac-1-2-x-frac-1-3-x-1275071"
  ("-\frac{1}{x-2} + \frac{1}{x-3} becomes \frac{1}{2-x} - \frac{1}{3-x}. The equations are
  obviously equal"; the quoted chain from 1/(x^2-5x+6)). 2 cases.
- mathhelpforum.com "algebra/56316-distributing-negatives-print.html" ("There are a number of ways
  you can distribute a negative over a rational expression": five forms of
  -\left(\frac{x^3-3}{x^2+1}\right)). 5 cases.
- www.freemathhelp.com "forum/threads/factor-by-grouping.36281" (2x^3 + x^2 - 8x - 4: the asker's
  "(2x + 1) (x-2)", the book's "(2x + 1) (x-2) (x+2)", a reply's "(2x+1)(x+2)(x-2)"; "Is it the
  same as the first line? No, that's where you went wrong"). 2 cases (1 False).
- math.techqa.club "is-it-wrong-to-factor-in-this-way-2681533" (two answers to one product of
  rational expressions, "\frac{(x-1)}{6}" and "\frac{(x-1)}{3}": "So the first answer is wrong,
  the second is correct"). 2 cases (2 False).

Sources of bench/equiv_fresh81_a2.py:

- arbs.nzcer.org.nz "resources/factorising-expressions-iii" (NZCER Assessment Resource Banks key:
  "c) 5(1 - 3x) ... e) x(-5x + 4) or –x(5x – 4) ... NOTE: Accept algebraically equivalent
  expressions, e.g., c) 5(-3x + 1), e) x(4 - 5x)"; common errors "a) 9x b) 12x c) -10x or 10x
  ... f) ... 8x"). 8 cases (5 False).
- www.tuitionkenneth.com "o-level-e-maths-factorisation" (revision notes: "-2x^2 + 3x + 9 =
  (-x + 3)(2x + 3) = -(x - 3)(2x + 3)"). 1 case.
- socratic.org "answers/401981" ("(x^2+x-2)/(2x+4)= x/2-1/2 -> (x-1)/2", answer "(x-1)/2"). 1 case.
- mathhelpforum.com "pre-calculus/102839-simplifying-rationals.html" (a reply's chain ending in
  "\boxed{\frac{x+2}{(x+1)^{\frac{3}{2}}}}" through "\frac{(x+2)(\sqrt{x+1})}{(x+1)^2}" and
  "\frac{(x+2)(x+1)^{\frac{1}{2}}}{(x+1)^2}"; the asker thanks). 2 cases.
- math.answers.com "movies-and-television/What_is_the_factorization_of_the_trinomial_x2_-_2x_-_24"
  (answers under one question: "-x2 + 2x + 48 = (-x - 6)(x - 8)" and "= (x +6)(8 - x)";
  "-x2 - 11x + 26 = ... = -(x + 13)(x - 2) = (x + 13)(2 - x)"; "-2x3 + 2x2 + 12x = ...
  =(-2x) (x+2) (x-3)" and "= -2x(x - 3)(x + 2)"). 3 cases.
- mathhelpforum.com "algebra/68913-simplify-rational-expression-print.html" ((x²-(y-1)²)/
  ((y-1)²-x²): the asker's "= 1????"; "Is the answer the same but my process wrong?" -- "No ...
  = -1"). 1 case (1 False).
- mathhelpforum.com "algebra/193414-divinding-polynomials.html" ((x^4-3x^2+4x-9)/(x-2): "I ended
  up with a remainder of -5 ... I got 3 as a remainder this time." -- "Yes, 3 is correct."). 1 case
  (1 False).

36 cases in all (13 False): 19 here (6 False), 17 in bench/equiv_fresh81_a2.py (7 False).

Left out, by rule: forms written in linear notation whose literal reading differs from the meant
one (techqa 4080640's asker's "5/4(x+1) + 5/4(1-x) + 1/2(1-x)^2", which the reply accepts as the
decomposition with 5/4 over x+1, but which read literally is a polynomial; only its refused twin
with "- 5/4(1-x)", unequal under either reading, is taken); partly factorised or unsimplified
steps of a chain, which a key asking to factor completely or to simplify may refuse although they
are equal ("(2x+1)(x^2-4)" on freemathhelp 36281, "\frac{4(x-1)(x-1)}{12(x-1)}" on techqa 2681533,
"\frac{x-3-x^2-x}{(x+1)(x-2)(x-3)}" on mathhelpforum 102839); forms whose exponents the text
conversion flattened ("-x2", "x2", "8x2" in the NZCER common errors and on math.answers.com,
which are not used as golds or preds; the ARBS key's "x(12x - 4) or 4(3 × 2 - x)" line for f),
whose "3 × 2" is a lost 3x²); whole polynomials and quadratics written with flattened powers
("-x2 + 2x + 48") are kept only as context, never as a gold or a pred.

Examined and not used: math.techqa.club 2860006 (used by bench/equiv_fresh50_d.py), 2074258 (used
by bench/equiv_fresh45_b.py), 3400562 and 4249051 (only the shape of a decomposition, no values),
2822281 (the asker's alternative quotient is not written out), 2994809 (the correct factorisation
is given only in the substituted variable X); math4u.vsb.cz node 43184 and mathhelpforum 12432
(used by earlier sets); wyzant 5181 (used by bench/equiv_fresh64_d.py); mathhelpforum 23552, 36946,
147493 (its "-1 + \frac{2}{1-x^2} = ... = 1 +\frac{1}{1-x}+\frac{1}{1+x}" has a sign slip),
172268 (examined by bench/equiv_fresh44_a.py), 40496 and 175394 (formulas lost by the text
conversion); thestudentroom 1579918 (the quoted back-of-book decomposition does not match the
identity the thread uses, so the verdict is unclear); webwork.maa.org forum d=3012 (whether an
expanded answer should be refused by a factoring context is what the thread asks, not settled);
issuu copy of the Edexcel 6663 January 2006 mark scheme (its "x(x-3)(x-l)" is an OCR misreading);
storyboardthat "this-math-project" (powers flattened, "x4+2x3+3x2-6"); varsitytutors practice
pages (machine-written explanations whose choice letters do not match the listed choices);
analyzemath "Ans_simp" (stacked fractions broken by the conversion, no alternative forms);
gradesaver pages (one form each, or restrictions that the page itself gets wrong); the
docs.stack-assessment.org answer-test pages (used by earlier sets); AI-answer pages (questionai,
gauthmath, smartsolve, mathix, edu.com, studyquestionhub, we-jia.com, mysovi.ai, mathwiz.io,
openknowledgegraph, reviewpoint.org, kramizo, atlas.org) and algebra.com and jiskha pages (sites to
avoid).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
TQ_1787834 = "https://math.techqa.club/partial-fractions-alternative-result-1787834"
TQ_4080640 = "https://math.techqa.club/finding-the-partial-fractions-using-coefficients-4080640"
TQ_2719387 = "https://math.techqa.club/subtracting-this-rational-expression-using-lcd-2719387"
TQ_1844265 = "https://math.techqa.club/switch-algebraic-sign-1844265"
TQ_1243686 = (
    "https://math.techqa.club/"
    "decomposing-partial-fraction-with-a-denominator-negative-quadratic-expression-x-2-1243686"
)
TQ_1275071 = (
    "https://math.techqa.club/how-does-frac-1-x-2-frac-1-x-3-become-frac-1-2-x-frac-1-3-x-1275071"
)
TQ_2681533 = "https://math.techqa.club/is-it-wrong-to-factor-in-this-way-2681533"
MHF = "mathhelpforum.com"
MHF_56316 = "http://mathhelpforum.com/algebra/56316-distributing-negatives-print.html"
FMH = "www.freemathhelp.com"
FMH_36281 = "https://www.freemathhelp.com/forum/threads/factor-by-grouping.36281/post-149291"
# sources of bench/equiv_fresh81_a2.py
ARB = "arbs.nzcer.org.nz"
ARB_F3 = "https://arbs.nzcer.org.nz/resources/factorising-expressions-iii"
TK = "www.tuitionkenneth.com"
TK_FAC = "https://www.tuitionkenneth.com/o-level-e-maths-factorisation"
SOC = "socratic.org"
SOC_401981 = "https://socratic.org/answers/401981"
MHF_102839 = "http://mathhelpforum.com/pre-calculus/102839-simplifying-rationals.html"
MHF_68913 = "http://mathhelpforum.com/algebra/68913-simplify-rational-expression-print.html"
MHF_193414 = "http://mathhelpforum.com/algebra/193414-divinding-polynomials.html"
ANS = "math.answers.com"
ANS_TRI = (
    "https://math.answers.com/movies-and-television/"
    "What_is_the_factorization_of_the_trinomial_x2_-_2x_-_24"
)

CASES = [
    # techqa 1787834: two decompositions of z/((z-1)(z-2)), both correct
    _c(
        TQ,
        TQ_1787834,
        gold=r"-\frac{z}{z-1} + \frac{z}{z-2}",
        pred=r"-\frac{1}{z-1} + \frac{2}{z-2}",
        wrap=True,
        expected=True,
        why="'But the result in my book is: -z/(z-1) + z/(z-2). Both results are correct'; the "
        "best answer adds and subtracts 1 to turn one into the other",
    ),
    # techqa 4080640: the asker's "correct" elimination-method answer is the wrong one
    _c(
        TQ,
        TQ_4080640,
        gold=r"\frac{5/4}{x+1}+\frac{5/4}{1-x}+\frac{1/2}{(1-x)^2}",
        pred=r"5/4(x+1) - 5/4(1-x) + 1/2(1-x)^2",
        wrap=True,
        expected=False,
        why="reply: 'The partial fraction decomposition is 5/4/(x+1)+5/4/(1-x)+1/2/(1-x)^2 and the "
        "other answer is wrong' (the other answer being this one)",
    ),
    # techqa 2719387: the asker's numerator -4x-11 against the textbook's -4x+13
    _c(
        TQ,
        TQ_2719387,
        gold=r"\frac{- 4x + 13}{(x - 3)(x + 1)}",
        pred=r"\frac{- 4x - 11}{(x - 3)(x + 1)}",
        wrap=True,
        expected=False,
        why="'in my textbook, they got: (-4x+13)/((x-3)(x+1))'; reply: 'Notice that "
        "1-4(x-3)=1-4x-4(-3)=1-4x+12=13-4x'",
    ),
    # techqa 1844265: -x^3+4x factored two ways; the asker's sign-flipped try is wrong
    _c(
        TQ,
        TQ_1844265,
        gold=r"x(2-x)(2+x)",
        pred=r"-x(x-2)(x+2)",
        wrap=True,
        expected=True,
        why="'x(2-x)(2+x)=x(-1)(x-2)(2+x)=-x(x-2)(x+2)'; '-x(x-2) = +x(2-x) so your answer matches "
        "the lecture answer'",
    ),
    _c(
        TQ,
        TQ_1844265,
        gold=r"x(2-x)(2+x)",
        pred=r"x(2-x)(-2-x)",
        wrap=True,
        expected=False,
        why="asker: 'But thats wrong'; reply: 'You multiplied every factor by -1 which means you "
        "multiplied by -1·-1·-1 = -1 which indeed will change the result'",
    ),
    _c(
        TQ,
        TQ_1844265,
        gold=r"x(2-x)(2+x)",
        pred=r"x(2-x)(x+2)",
        wrap=True,
        expected=True,
        why="reply: 'Then you, correctly get: x(2-x)(x+2) = x(2-x)(2+x)'",
    ),
    # techqa 1243686: decomposition of (5x+4)/(-x^2-x+2) with the minus signs moved
    _c(
        TQ,
        TQ_1243686,
        gold=r"\frac{3}{1-x}+\frac{2}{-x-2}",
        pred=r"-{3\over x-1} -{2\over x+2}",
        wrap=True,
        expected=True,
        why="'Rather than writing: -3/(x-1) - 2/(x+2) ... Are my solutions correct ?' - 'Yes, they "
        "are correct : (5x+4)/(-x^2-x+2)=3/(1-x)+2/(-x-2)'",
    ),
    _c(
        TQ,
        TQ_1243686,
        gold=r"\frac{3}{1-x}+\frac{2}{-x-2}",
        pred=r"{3\over -(x-1)} + {2\over -(x+2)}",
        wrap=True,
        expected=True,
        why="asker's chain '= 3/(-(x-1)) + 2/(-(x+2)) = -3/(x-1) - 2/(x+2)'; reply: 'Yes, they "
        "are correct'",
    ),
    # techqa 1275071: -1/(x-2) + 1/(x-3) = 1/(2-x) - 1/(3-x)
    _c(
        TQ,
        TQ_1275071,
        gold=r"-\frac{1}{x-2} + \frac{1}{x-3}",
        pred=r"\frac{1}{2-x} - \frac{1}{3-x}",
        wrap=True,
        expected=True,
        why="'-1/(x-2) + 1/(x-3) becomes 1/(2-x) - 1/(3-x). The equations are obviously equal'; "
        "best answer: 'Each of the terms was multiplied by -1/-1, which is really equal to 1'",
    ),
    _c(
        TQ,
        TQ_1275071,
        gold=r"-\frac{1}{x-2} + \frac{1}{x-3}",
        pred=r"\frac1{-3-(-2)}\left(\frac1{x-2}-\frac1{x-3}\right)",
        wrap=True,
        expected=True,
        why="quoted solution: '1/((x-2)(x-3)) = 1/(-3-(-2)) (1/(x-2) - 1/(x-3)) = -1/(x-2) + "
        "1/(x-3)'",
    ),
    # mathhelpforum 56316: ways to distribute a negative over a rational expression
    _c(
        MHF,
        MHF_56316,
        gold=r"-\left(\frac{x^3-3}{x^2+1}\right)",
        pred=r"\frac{-(x^3-3)}{x^2+1}",
        wrap=True,
        expected=True,
        why="'There are a number of ways you can distribute a negative over a rational "
        "expression': -((x^3-3)/(x^2+1)) = (-(x^3-3))/(x^2+1) = ...",
    ),
    _c(
        MHF,
        MHF_56316,
        gold=r"-\left(\frac{x^3-3}{x^2+1}\right)",
        pred=r"\frac{-x^3+3}{x^2+1}",
        wrap=True,
        expected=True,
        why="'-((x^3-3)/(x^2+1)) = (-(x^3-3))/(x^2+1) = (-x^3+3)/(x^2+1) = (3-x^3)/(x^2+1)'",
    ),
    _c(
        MHF,
        MHF_56316,
        gold=r"-\left(\frac{x^3-3}{x^2+1}\right)",
        pred=r"\frac{3-x^3}{x^2+1}",
        wrap=True,
        expected=True,
        why="'-((x^3-3)/(x^2+1)) = (-(x^3-3))/(x^2+1) = (-x^3+3)/(x^2+1) = (3-x^3)/(x^2+1)'",
    ),
    _c(
        MHF,
        MHF_56316,
        gold=r"-\left(\frac{x^3-3}{x^2+1}\right)",
        pred=r"\frac{x^3-3}{-(x^2+1)}",
        wrap=True,
        expected=True,
        why="'-((x^3-3)/(x^2+1)) = (x^3-3)/(-(x^2+1)) = (x^3-3)/(-x^2-1)'",
    ),
    _c(
        MHF,
        MHF_56316,
        gold=r"-\left(\frac{x^3-3}{x^2+1}\right)",
        pred=r"\frac{x^3-3}{-x^2-1}",
        wrap=True,
        expected=True,
        why="'-((x^3-3)/(x^2+1)) = (x^3-3)/(-(x^2+1)) = (x^3-3)/(-x^2-1)'",
    ),
    # freemathhelp 36281: factor by grouping 2x^3 + x^2 - 8x - 4
    _c(
        FMH,
        FMH_36281,
        gold=r"(2x + 1) (x-2) (x+2)",
        pred=r"(2x+1)(x+2)(x-2)",
        wrap=True,
        expected=True,
        why="'My book says the answer is (2x + 1) (x-2) (x+2)'; reply: '=(2x+1)(x^2-4) "
        "=(2x+1)(x+2)(x-2)'",
    ),
    _c(
        FMH,
        FMH_36281,
        gold=r"(2x + 1) (x-2) (x+2)",
        pred=r"(2x + 1) (x-2)",
        wrap=True,
        expected=False,
        why="asker's result '(2x + 1) (x-2)' - 'What would you say I did wrong?'; reply: 'Is it "
        "the same as the first line? No, that's where you went wrong'",
    ),
    # techqa 2681533: (4x^2-8x+4)/(x^2-1) * (x+1)/12, first answer wrong, second correct
    _c(
        TQ,
        TQ_2681533,
        gold=r"\frac{(x-1)}{3}",
        pred=r"\frac{(x-1)}{6}",
        wrap=True,
        expected=False,
        why="'(x-1)/6 <--- First answer', '(x-1)/3 <-- Second answer'; reply: '(2x-2)^2=4(x-1)^2 "
        "So the first answer is wrong, the second is correct'",
    ),
    _c(
        TQ,
        TQ_2681533,
        gold=r"\frac{(x-1)}{3}",
        pred=r"\frac{2(x -1)^2}{12(x-1)}",
        wrap=True,
        expected=False,
        why="asker's first route '= 2(x-1)^2/(12(x-1)) = (x-1)/6'; reply: '(2x-2)^2=[2(x-1)]^2"
        "=4(x-1)^2 So the first answer is wrong'",
    ),
]
