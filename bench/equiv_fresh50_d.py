r"""A fiftieth fresh set of answer-equivalence cases (evaluation only; helper "d": community
"check my answer" threads -- Reddit r/askmath, r/learnmath and r/MathJokes read through Redlib /
Libreddit mirrors, Math Help Forum, Socratic, mirrors of Mathematics Stack Exchange, algebra.com,
weegy, jiskha and Yahoo-Answers copies -- where a student's form stands next to the book's, the
key's or a teacher's and a reply settles whether they are the same value or form).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL, thread id or slug was checked
against bench/ -- bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py, bench/data/equiv_fresh4.md -- and against the claims folders
/work/wt/fresh2*_claims ... fresh49_claims; each page was claimed in /work/wt/fresh50_claims
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: the other
form a person on the page equates with it, or the form the page sets against it; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases. The module continues in ``equiv_fresh50_d2.py``.

Transcription: strings are copied as the stored page shows them (plain-text forms such as
``cos^2 theta``, ``sqrt((5 + sqrt(21))/2)``, ``3x^2-27 (2-x)^2``, LaTeX where the page has LaTeX).
Where a person writes a chain ``A = B = C``, the last value of the chain is the gold and each
earlier form a prediction (an earlier form is the gold where the page names it as the book's or
the teacher's answer).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- redlib.astronima.party (Redlib mirror of reddit.com r/askmath post 1runj32: the asker reaches
  1-sin^2 theta, "The back of the book says the answer is cos^2 theta"; a reply points to the
  Pythagorean identity). 1 case.
- r.arson.gg (mirror of reddit.com r/MathJokes post 1rhxqhp: "writing out the long expression is
  still technically correct even if you don't know that it's sqrt(7)"). 1 case.
- reddit.craftcat.dev (mirror of reddit.com r/askmath post 19cblzg: factor 3x^2-27 (2-x)^2; the
  asker's 3(x+3)(x-3)(x-2)(x-2) was marked wrong, "Actual answer is -12(2x-3)(x-3)", and a reply's
  factoring reaches the key). 4 cases (one False).
- redlib.hbubli.cc (mirror of reddit.com r/learnmath post 103782j: the teacher's x(x-3) + 2(3-x)
  = x(x-3) - 2(x-3); "3-x=-(x-3)", "3-x=-1(-3+x)=-1(x-3)"). 4 cases.
- mathhelpforum.com 137634 ("You are correct! sqrt(3)=3/sqrt(3)", and the LaTeX replies). 3 cases.
- mathhelpforum.com 198626 ((2 - x)^2(3 - x) - (3 - x) to (1 - x)(3 - x)^2, reply 4's chain). 2
  cases.
- mathhelpforum.com 8418 (simplify (a + 3b)(a + 5b) - (a + 4b)^2: the asker's 31b^2 + 8ab against
  "The answer key given is -b^2"). 2 cases (one False).
- socratic.org "how do you simplify square root of 1/3" and "how do you rationalize the
  denominator and simplify sqrt (1/3)" (chains to \frac{\sqrt{3}}{3}; "It is not
  \"mathematically illegal\" to write this number as \frac{1}{\sqrt{3}}"). 5 cases.
- wiki.rmanhart.org (mirror of Mathematics Stack Exchange 587306, a/b with a = 1+1/√3 and b =
  1-√3/3: chains to 2+\sqrt 3 and 2-\sqrt3). 6 cases.
- www.algebra.com solution 4839 (area pi * (256/9) "which can be written as" (256*pi)/9). 2 cases.
- drift.fundegar.com (a copy of a closed Mathematics Stack Exchange question, "Simplify
  (x^2-2x-x+2)(x-3)": "your whole expression is equal to (x-1)(x-2)(x-3)"). 3 cases.
- www.weegy.com P8057POR (an expert's answers to multiple-choice items: "pq - 3r + pr - 3q = (p -
  3)(q + r)"; x^2 - 5x + 4 = 0 factored as (x - 1)(x - 4) = 0). 2 cases.
- science-mathematics.com 37656 (a Yahoo Answers copy: the asker's distribution of
  x^-2(x+2+x^2+x^-3+x^3), "your answer is completely correct"; x^2x^(-3) = x^(-1) = 1/x). 3 cases.
- www.jiskha.com 1324419110 (x^-2 = 1/x^2, 2x^-2 = 2/x^2, x^-2/y^-3 = y^3/x^2). 3 cases.

Left out, by rule: forms whose exponents the stored page flattened into the base (Reddit's
superscripts: "20-7x2", "a2 + b2 + 2ab", "(2 + 3)2 = 22 + 32", "7k-2k", "sin2(theta)"), which are
never rebuilt; the asker's own intermediate lines where no reply restates them (mathhelpforum
198626's "(3 - x)(3 - 4x + x^2)"); typo'd chains on the page ("x^2x^-2 = x(2 + (-2))"); weegy's
unchosen multiple-choice options (no one states a verdict on them); r/learnmath 1nhcvw2 (5(7r+2k)
and 5(7k+2r) are equal only under the induction hypothesis 7^k-2^k = 5r, and the exponents are
flattened); r/askmath 1k1uz29 (the reply's chain has sign typos); r/MathJokes 1rhxqhp's ±
chain.

Examined and not used: pages already used or claimed by an earlier set (red.azn.boats 1n7432t,
redlib.bspwr.com 1i29snt, reddit.targetnode.de 1k5x2bm, reddit.gpgaming.de 1rygrqo,
reddit.jaspervandalum.nl 1nn9i21, redlib.fmhy.net 1ckvg55, mathhelpforum 172268 / 177357 /
197965 / 47528 / 83764 / 128207 / 220878, math.techqa.club 2915677 / 3344083 / 1615201, wyzant
267285, xiaoyuandeng, improveyourmathfluency, algebra.com 854061, physicsforums 568761,
themathdoctors, docs.wiris.com); redlib.fmhy.net 18kplbu and rl.huuu.biz 1mbos0l (no settled
pair in the stored text); redlib.vhack.eu 1ovg3vo and redlib.astronima.party's r/learnmath listing
(formulas in images or no reply); libreddit / redlib copies of r/confidentlyincorrect wa6kcb and
r/facepalm wzgndw (flattened superscripts); megalodon.jp copy of a Medium post (5 x 3 vs 5 + 5 +
5: a policy on the meaning of multiplication, not on value); gauthmath, mathix, newblackstudios,
askanewquestion and edu.com pages (machine-written answers); homeworkmules (a copy of the
Socratic page used here).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RA = "redlib.astronima.party"

RA_1RUNJ32 = (
    "https://redlib.astronima.party/r/askmath/comments/1runj32/help_with_trig_math_problem/"
    "oamm80s/?context=3"
)

RARSON = "r.arson.gg"

RARSON_1RHXQHP = (
    "https://r.arson.gg/r/MathJokes/comments/1rhxqhp/two_ways_to_solve_the_same_problem"
)

CRAFT = "reddit.craftcat.dev"

CRAFT_19CBLZG = (
    "https://reddit.craftcat.dev/r/askmath/comments/19cblzg/hard_factoring_question/"
    "kixkauz/?context=3"
)

HBUBLI = "redlib.hbubli.cc"

HBUBLI_103782J = (
    "https://redlib.hbubli.cc/r/learnmath/comments/103782j/"
    "algebra_i_dont_understand_how_this_works_in_a"
)

MHF = "mathhelpforum.com"

MHF_137634 = "http://mathhelpforum.com/algebra/137634-stuff-i-should-know.html"

MHF_198626 = "http://mathhelpforum.com/algebra/198626-can-t-rearrange-simple-equation.html"

MHF_8418 = "http://mathhelpforum.com/algebra/8418-3b-5b-4b-2-a.html"

SOC = "socratic.org"

SOC_SIMPLIFY = "https://socratic.org/questions/how-do-you-simplify-square-root-of-1-3"

SOC_RATIONALIZE = (
    "https://socratic.org/questions/how-do-you-rationalize-the-denominator-and-simplify-sqrt-1-3"
)

RMAN = "wiki.rmanhart.org"

RMAN_587306 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/587306/"
    "adding-and-subtracting-roots"
)

ALG = "www.algebra.com"

ALG_4839 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=4839"

DRIFT = "drift.fundegar.com"

DRIFT_SIMPLIFY = "https://drift.fundegar.com/simplify-x-2-2x-x-2-x-3-closed.html"

WEEGY = "www.weegy.com"

WEEGY_P8057POR = "https://www.weegy.com/?ConversationId=P8057POR&Link=i&ModeType=2"

SCIMATH = "science-mathematics.com"

SCIMATH_37656 = "http://science-mathematics.com/Mathematics/201210/37656.htm"

JISKHA = "www.jiskha.com"

JISKHA_1324419110 = "https://www.jiskha.com/display.cgi?id=1324419110"

CASES = [
    # r/askmath 1runj32: the asker reaches 1-sin^2 theta, "The back of the book says the answer is
    # cos^2 theta"; the reply points to the Pythagorean identity sin2(theta) + cos2(theta) = 1.
    _c(
        RA,
        RA_1RUNJ32,
        gold=r"cos^2 theta",
        pred=r"1-sin^2 theta",
        wrap=True,
        expected=True,
        why="1runj32: book's cos^2 theta vs the asker's 1-sin^2 theta (Pythagorean identity)",
    ),
    # r/MathJokes 1rhxqhp: "writing out the long expression is still technically correct even if
    # you don't know that it's sqrt(7)".
    _c(
        RARSON,
        RARSON_1RHXQHP,
        gold=r"sqrt(7)",
        pred=r"sqrt((5 + sqrt(21))/2) + 1/sqrt((5+sqrt(21))/2)",
        wrap=True,
        expected=True,
        why="1rhxqhp u/Obvious_Advice_6879: the long expression is sqrt(7)",
    ),
    # r/askmath 19cblzg: factor 3x^2-27 (2-x)^2; the asker's 3(x+3)(x-3)(x-2)(x-2) "i was
    # wrong", "Actual answer is -12(2x-3)(x-3)"; a reply works 3(x-6+3x)(x+6-3x) = 3(4x-6)(-2x+6)
    # -> -12(2x-3)(x-3).
    _c(
        CRAFT,
        CRAFT_19CBLZG,
        gold=r"-12(2x-3)(x-3)",
        pred=r"3x^2-27 (2-x)^2",
        wrap=True,
        expected=True,
        why="19cblzg: the expression to factor and the book's factored form",
    ),
    _c(
        CRAFT,
        CRAFT_19CBLZG,
        gold=r"-12(2x-3)(x-3)",
        pred=r"3(x-6+3x)(x+6-3x)",
        wrap=True,
        expected=True,
        why="19cblzg u/AvocadoMangoSalsa: difference-of-squares step",
    ),
    _c(
        CRAFT,
        CRAFT_19CBLZG,
        gold=r"-12(2x-3)(x-3)",
        pred=r"3(4x-6)(-2x+6)",
        wrap=True,
        expected=True,
        why="19cblzg u/AvocadoMangoSalsa: before factoring out 2 and -2",
    ),
    _c(
        CRAFT,
        CRAFT_19CBLZG,
        gold=r"-12(2x-3)(x-3)",
        pred=r"3(x+3)(x-3)(x-2)(x-2)",
        wrap=True,
        expected=False,
        why="19cblzg: the asker's answer, refused by the book key (the reply's work gives the key)",
    ),
    # r/learnmath 103782j: the teacher turns x(x-3) + 2(3-x) into x(x-3) - 2(x-3); replies:
    # "3-x=-(x-3)", "3-x=-1(-3+x)=-1(x-3)".
    _c(
        HBUBLI,
        HBUBLI_103782J,
        gold=r"x(x-3) - 2(x-3)",
        pred=r"x(x-3) + 2(3-x)",
        wrap=True,
        expected=True,
        why="103782j: the teacher's rewriting, explained by the replies",
    ),
    _c(
        HBUBLI,
        HBUBLI_103782J,
        gold=r"-(x-3)",
        pred=r"3-x",
        wrap=True,
        expected=True,
        why="103782j u/fermat9997: 3-x=-(x-3)",
    ),
    _c(
        HBUBLI,
        HBUBLI_103782J,
        gold=r"-1(x-3)",
        pred=r"-1(-3+x)",
        wrap=True,
        expected=True,
        why="103782j u/fermat9997: 3-x=-1(-3+x)=-1(x-3)",
    ),
    _c(
        HBUBLI,
        HBUBLI_103782J,
        gold=r"-1(x-3)",
        pred=r"3-x",
        wrap=True,
        expected=True,
        why="103782j u/fermat9997: 3-x=-1(-3+x)=-1(x-3), first and last",
    ),
    # mathhelpforum 137634: "You are correct! sqrt(3)=3/sqrt(3)" and the LaTeX replies.
    _c(
        MHF,
        MHF_137634,
        gold=r"sqrt(3)",
        pred=r"3/sqrt(3)",
        wrap=True,
        expected=True,
        why="137634 reply 2: You are correct! sqrt(3)=3/sqrt(3)",
    ),
    _c(
        MHF,
        MHF_137634,
        gold=r"\pm \sqrt{3}",
        pred=r"\pm \frac{3}{\sqrt{3}}",
        wrap=True,
        expected=True,
        why="137634 reply 2: chain ending = \\pm \\sqrt{3}",
    ),
    _c(
        MHF,
        MHF_137634,
        gold=r"\sqrt{3}",
        pred=r"\frac{3\sqrt{3}}{3}",
        wrap=True,
        expected=True,
        why="137634 reply 4: rationalised denominator",
    ),
    # mathhelpforum 198626: (2 - x)^2(3 - x) - (3 - x) is (1 - x)(3 - x)^2; two replies' chains.
    _c(
        MHF,
        MHF_198626,
        gold=r"(1-x)(3-x)^2",
        pred=r"(2-x)^2(3-x)-(3-x)",
        wrap=True,
        expected=True,
        why="198626 reply 4: first and last of the chain",
    ),
    _c(
        MHF,
        MHF_198626,
        gold=r"(1-x)(3-x)^2",
        pred=r"(3-x)(2-x-1)(2-x+1)",
        wrap=True,
        expected=True,
        why="198626 reply 4: middle of the chain",
    ),
    # mathhelpforum 8418: simplify (a + 3b)(a + 5b) - (a + 4b)^2; the asker's 31b^2 + 8ab against
    # "The answer key given is -b^2. Where did I go wrong?".
    _c(
        MHF,
        MHF_8418,
        gold=r"-b^2",
        pred=r"(a + 3b)(a + 5b) - (a + 4b)^2",
        wrap=True,
        expected=True,
        why="8418: the expression and the key's simplification",
    ),
    _c(
        MHF,
        MHF_8418,
        gold=r"-b^2",
        pred=r"31b^2 + 8ab",
        wrap=True,
        expected=False,
        why="8418: the asker's answer against the key",
    ),
    # socratic.org: sqrt(1/3) = sqrt(1)/sqrt(3) = 1/sqrt(3) = ... = sqrt(3)/3.
    _c(
        SOC,
        SOC_SIMPLIFY,
        gold=r"\frac{\sqrt{3}}{3}",
        pred=r"\sqrt{\frac{1}{3}}",
        wrap=True,
        expected=True,
        why="simplify sqrt(1/3): first and last of the chain",
    ),
    _c(
        SOC,
        SOC_SIMPLIFY,
        gold=r"\frac{\sqrt{3}}{3}",
        pred=r"\frac{\sqrt{1}}{\sqrt{3}}",
        wrap=True,
        expected=True,
        why="simplify sqrt(1/3): second form",
    ),
    _c(
        SOC,
        SOC_SIMPLIFY,
        gold=r"\frac{\sqrt{3}}{3}",
        pred=r"\frac{1}{\sqrt{3}}",
        wrap=True,
        expected=True,
        why="simplify sqrt(1/3): 'not \"mathematically illegal\" to write this number as' 1/sqrt3",
    ),
    _c(
        SOC,
        SOC_RATIONALIZE,
        gold=r"\frac{\sqrt{3}}{3}",
        pred=r"\frac{1 \cdot \sqrt{3}}{\sqrt{3} \cdot \sqrt{3}}",
        wrap=True,
        expected=True,
        why="rationalize sqrt(1/3): last step",
    ),
    _c(
        SOC,
        SOC_RATIONALIZE,
        gold=r"\frac{1}{\sqrt{3}}",
        pred=r"\sqrt{\frac{1}{3}}",
        wrap=True,
        expected=True,
        why="rationalize sqrt(1/3): 'is the same as'",
    ),
    # MSE 587306 (rmanhart mirror): a/b with b=(1-(√3/3)), a= (1+ (1/√3)).
    _c(
        RMAN,
        RMAN_587306,
        gold=r"2+\sqrt 3",
        pred=r"\frac{1+\frac{1}{\sqrt 3}}{1-\frac{\sqrt 3}{3}}",
        wrap=True,
        expected=True,
        why="587306 answer 1: first and last of the chain",
    ),
    _c(
        RMAN,
        RMAN_587306,
        gold=r"2+\sqrt 3",
        pred=r"\frac{3+\sqrt 3}{3-\sqrt 3}",
        wrap=True,
        expected=True,
        why="587306 answer 1: middle of the chain",
    ),
    _c(
        RMAN,
        RMAN_587306,
        gold=r"2+\sqrt 3",
        pred=r"\frac{12+6\sqrt 3}{6}",
        wrap=True,
        expected=True,
        why="587306 answer 1: before the last step",
    ),
    _c(
        RMAN,
        RMAN_587306,
        gold=r"2 - \sqrt3",
        pred=r"\dfrac{1-1/\sqrt3}{1+1/\sqrt3}",
        wrap=True,
        expected=True,
        why="587306 answer 3: b/a",
    ),
    _c(
        RMAN,
        RMAN_587306,
        gold=r"2 - \sqrt3",
        pred=r"\dfrac{\dfrac43-\dfrac2{\sqrt3}}{2/3}",
        wrap=True,
        expected=True,
        why="587306 answer 3: before the last step",
    ),
    _c(
        RMAN,
        RMAN_587306,
        gold=r"1-1/\sqrt3",
        pred=r"1-\sqrt3/3",
        wrap=True,
        expected=True,
        why="587306 answer 3: b = 1-\\sqrt3/3 = 1-1/\\sqrt3",
    ),
    # algebra.com solution 4839: A = pi * (256/9) "which can be written as" (256*pi)/9.
    _c(
        ALG,
        ALG_4839,
        gold=r"(256*pi)/9",
        pred=r"pi * (256/9)",
        wrap=True,
        expected=True,
        why="4839: 'which can be written as'",
    ),
    _c(
        ALG,
        ALG_4839,
        gold=r"(256*pi)/9",
        pred=r"pi * (16/3)^2",
        wrap=True,
        expected=True,
        why="4839: area with r = 16/3",
    ),
    # drift.fundegar.com (copy of an MSE question, "Simplify (x^2-2x-x+2)(x-3) [closed]").
    _c(
        DRIFT,
        DRIFT_SIMPLIFY,
        gold=r"(x-1)(x-2)(x-3)",
        pred=r"(x^2-2x-x+2)(x-3)",
        wrap=True,
        expected=True,
        why="answer 1: 'your whole expression is equal to (x-1)(x-2)(x-3)'",
    ),
    _c(
        DRIFT,
        DRIFT_SIMPLIFY,
        gold=r"(x-1)(x-2)(x-3)",
        pred=r"(x-3)(x(x-2) - (x-2))",
        wrap=True,
        expected=True,
        why="answer 2: middle of the chain",
    ),
    _c(
        DRIFT,
        DRIFT_SIMPLIFY,
        gold=r"(x-1)(x-2)(x-3)",
        pred=r"(x-3)(x-2)(x-1)",
        wrap=True,
        expected=True,
        why="answer 2's result against answer 1's",
    ),
]
