r"""A forty-eighth fresh set of answer-equivalence cases (evaluation only; helper "c": question-
and-answer threads and tutors' answers that settle whether two forms of an answer are the same --
logarithms and exponentials, complex numbers in rectangular, polar and exponential form
(including i^i, sqrt(i), ln(-1), cos(i) and cube roots), trigonometric forms and exact values,
inverse trig values, inequalities and series closed forms -- plus two mark schemes that list
accepted forms of an argument).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL and thread id). Each case gives the reference answer
(``gold``: the answer the settling person, key or mark scheme calls right, or the first of two
forms a person calls the same), the prediction (``pred``: the other form, a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) that a person on the
page states with no one contradicting (an answerer, tutor, teacher, mark scheme or answer key).
``repo`` is the domain of the stored copy and ``where`` the full URL; there is no commit, and
every source is a web page with no licence file. Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them (LaTeX stays LaTeX, plain
text stays plain text, a page's ``$`` delimiters are dropped). Liberties, each noted in ``why``:
algebra.com's URL-encoded answers are decoded and its ``{{{...}}}`` and ``expr(...)`` markup
dropped (question 1041241, solution 845515). Where a thread's verdict is only part of what it
says (a convention left open, a second value waved off as a joke), only the settled part is used.

Sources (domain, URL, what is settled), all web pages with no licence file:

- glow.fundegar.com (MSE mirror) e^{2x} vs (e^x)^2: 1 case.
- math.techqa.club (MSE mirror): 2915677 (Maple's 2(cos(-5pi/6)+...) vs 7pi/6 form: "(1)=(2)"),
  886801 (8pi e^{i4pi/3} vs the book's 16pi e^{-i2pi/3}: factor 2 missing), 2491157 (0.304 rad
  vs 17.43 degrees: "they are equal"), 3499104 (argument of -1+i: 3pi/4, not -pi/4), 4246160
  (arcsin(sin 10°) - arccos(cos 10°): 0°, not the solution's -pi), 2329475 (ln(-1) = pi i vs
  Google's 3.14159265 i), 3093717 (cosh(sqrt i): exact form vs 0.9584 + 0.4986i, and the other
  answer's notation), 3143138 (sin 15°: 1/(2 sqrt(2+sqrt3)) vs (sqrt3-1)/(2 sqrt2): "They are
  equivalent"): 9 cases.
- imathworks.com rewriting-the-sum-of-a-geometric-series-as-a-function (student's S(x) wrong): 1.
- redlib.bspwr.com r/learnmath 1i29snt (key's 2cos(x) vs 2cos(x)sin(x): "the answer key is
  incorrect"): 1.
- www.algebra.com: question 317830 (log(5)/log(2) = (ln 5)/(ln 2) = 2.322, not 1.98), 1041241
  ((1+2i)/(6-8i) is -1/10 + (1/5)i, not 22/100 + 20/100 i), 465374 (key -ln 3 = ln 1/3), 1040725
  (sqrt i = (1+i)/sqrt2 = (1/sqrt2) + (1/sqrt2)i), solution 845515 ((-8i)^(1/3): 2cis(90) = 2i):
  6 cases.
- questioncove.com 518cb7ade4b062a8d1d9de26 (argument of -2+2i is 3pi/4, not pi/4) and
  57a1c314e4b0cf4a44d280cf (i^i = e^(-pi/2) = 1/e^{pi/2}): 2.
- core.gamatrain.com UkIZD3 (CAIE mark scheme: argument pi/6, or 30°, or 0.524 radians): 2.
- www.scribd.com 508159456 Complex-No-Mark-Schemes (arguments 26.6° or 0.464 radians, 153.4° or
  2.68 radians): 2.
- ib.mycosmic.dev q/366 (IB 18M.2.AHL.TZ2.H_1(c): arg = 0.9707 (radians) (= 55.6197 degrees)): 1.
- r.genit.al (reddit mirror) eqwtsd/fezbe3y (sqrt i: cis(-3pi/4) or equivalently cis(5pi/4)): 1.
- freemathhelp.com thread 37007 (log equation: the book's 2/3 is right, the student's 1 is not): 1.
- www.physicsforums.com 639713 (Maple's -1/(x-1) for sum x^k, and 1/x - 1/(x+1) = 1/(x(x+1)):
  other forms are "neither weird nor wrong") and 466282 (sin(2x) vs 2 cos(x) sin(x)): 3.
- mathhelpforum.com 125467 (integral of cot: ln(2) = -ln(1/2), the key's ln(1/2) is wrong) and
  1058 (tan(pi/8) = sqrt(2) - 1 = 0.414213562): 3.
- www.gradesaver.com Algebra: A Combined Approach 4e 12.8 #3 (log 5/log 9 and 0.7325) and
  Functions Modeling Change 5e ch. 5 skills #41 (ln 3/ln 5 ≈ 0.683): 2.
- www.jiskha.com 1221007293 (X(X+1)>2: x < -2 OR x > 1, not X>-2 and X>1) and 1360401509
  (tan(45/2): the asker's 2^1/2 - 1 is the tutor's √2 - 1): 2.
- mathforum.org Dr. Math 52256 (i^i = e^(-pi/2) = 1/e^(pi/2) = 0.2078795) and 51427 (e^(-Pi/2)
  about 0.20788): 3.
- redlib.fmhy.net r/math yictte/iuj8gg4 (principal i^i = e^(-pi/2) ~ 0.2079): 1.
- web2.0calc.com confusing-i (i^i = e^{-pi/2}, .207879...): 1.
- socratic.org 576e54887c0149390ab640c0 (i^i = e^{-pi/2} = 0.20788): 1.
- reddit.sentinel-team.org 1rc574i (sqrt i: (1+i)/sqrt(2), sqrt(2)/2 + i sqrt(2)/2,
  (1+i) sqrt(2)/2, cos(pi/4) + i sin(pi/4), 1∠pi/4): 4.
- kiwix.lukehooper.xyz MSE 1306447 (cube roots of -8: 2e^{i pi/3} = 2(1/2 + i sqrt3/2), 2e^{i pi}
  = -2, and Wolfram Alpha's 1+1.73i is the first root): 3.
- www.nrich.maths.org.uk askedNRICH 2792 (cos(i) = cosh(1) = (exp(1)+exp(-1))/2, about 1.543)
  and solve.club cos-of-i (1.543 is "simply the equivalent of cosh(1)"): 3.
- perplexus.info pid 5655, meangreenmath.com 2013/09/29 "A curious square root (Part 2)" (sin 15°:
  (sqrt6 - sqrt2)/4 = sqrt(2 - sqrt3)/2) and xiaoyuandeng.com tigj4Wztlct4xrzRI9jtBYe (tan 15° =
  (√6-√2)/(√6+√2) = 2-√3): 3.

Left out, by rule: identities stated as general facts rather than as two answers to one question
(tan^{-1}(x) = cot^{-1}(1/x), log_5(x) = ln(x)/ln(5), change-of-base and sequence-formula
derivations); answers that depend on an unstated convention (the principal cube root of -8, the
other branches of i^i and ln(-1), 240° vs -2pi/3 as a principal argument); format refusals and
partial-credit notes of mark schemes; the asker's own guesses with no one settling them.

Examined and not used: math.techqa.club 3550043 (the best answer calls the student's (n+1)/(2(2n+1))
right, but it is wrong for n = 2, so the thread's verdict is not reliable); every a.simonm.io mark
scheme (the stored text was transcribed by an LLM: one page keeps "The images you've shared appear
to be blank"); reddit.gpgaming.de MathHelp 1rygrqo (examined by fresh47_a); pages already used
(algebra.com solution 425258, overclockers 17788644, imathworks finding-the-basis-of-an-eigenspace,
math.techqa.club 2767115, physicsforums 610227, the ARQMath copy of 95518); mathhelpforum pages
whose formulas were lost (47528, 172268, 150432, 198692, 209150, 182972); physicsforums 743898,
744480, 631326 and 910284, drift.fundegar.com tan^-1 (no settled verdict on the page);
acadblock.com complex-numbers-8s4h and kiwix MSE 2083238, 4560293 (no settled verdict in the
stored text); anandtech 267778 and mathhelpforum 138571 (matrix inverses, no reply in the stored
text); jiskha 1334344668 and pdfslide "Logs and Exponents" mark scheme (minus signs lost);
mhansen test keys, ib.mycosmic.dev q/562 and q/367, library.tis.today IB questionbank copies
(formulas lost); huggingface.co Nemotron-CC-Math pages, doubts.ai, mis.kyeop.go.ke, gauthmath,
questionai and errorhandle.ai (LLM-written or LLM-rewritten pages).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

# (domain, full URL) of each page; there is no commit and no licence file.
P01 = (
    "glow.fundegar.com",
    "https://glow.fundegar.com/e-2x-e-x-2-can-some-one-explain-how-these-two-are-the-same-i-know-it-i.html",
)

P02 = (
    "math.techqa.club",
    "https://math.techqa.club/where-did-i-go-wrong-in-my-calculation-complex-numbers-2915677",
)

P03 = ("math.techqa.club", "https://math.techqa.club/polar-form-of-complex-numbers-886801")

P04 = (
    "math.techqa.club",
    "https://math.techqa.club/my-arctangent-and-inverse-tangent-are-different-2491157",
)

P05 = (
    "imathworks.com",
    "https://imathworks.com/math/rewriting-the-sum-of-a-geometric-series-as-a-function/",
)

P06 = (
    "redlib.bspwr.com",
    "https://redlib.bspwr.com/r/learnmath/comments/1i29snt/trig_identities_help_gr_12_1st_year_trig",
)

P07 = (
    "www.algebra.com",
    "https://www.algebra.com/cgi-bin/jump-to-question.mpl?question=317830&source=amp_page_question_429093",
)

P08 = (
    "math.techqa.club",
    "https://math.techqa.club/quick-trivial-trigonometry-question-for-polar-form-complex-number-3499104",
)

P09 = ("questioncove.com", "https://questioncove.com/updates/518cb7ade4b062a8d1d9de26")

P10 = ("core.gamatrain.com", "https://core.gamatrain.com/azmoon/testDetail/UkIZD3")

P11 = ("www.scribd.com", "https://www.scribd.com/document/508159456/Complex-No-Mark-Schemes")

P12 = ("ib.mycosmic.dev", "https://ib.mycosmic.dev/q/366/")

P13 = (
    "r.genit.al",
    "https://r.genit.al/r/dankmemes/comments/eqwtsd/i_really_hate_maths/fezbe3y/?context=3",
)

P14 = (
    "math.techqa.club",
    "https://math.techqa.club/how-did-the-solution-arrive-at-this-step-in-this-inverse-trigonometry-step-4246160",
)

P15 = (
    "freemathhelp.com",
    "https://freemathhelp.com/forum/threads/help-a-logarithm-that-wont-be-solved.37007",
)

P16 = (
    "www.algebra.com",
    "https://www.algebra.com/algebra/homework/complex/lesson/Complex_Numbers.faq.question.1041241.html",
)

P17 = (
    "www.physicsforums.com",
    "https://www.physicsforums.com/threads/verifying-summation-with-maple.639713/",
)

P18 = (
    "www.algebra.com",
    "https://www.algebra.com/cgi-bin/jump-to-question.mpl?question=465374&source=amp_page_question_474815",
)

P19 = (
    "www.physicsforums.com",
    "https://www.physicsforums.com/threads/solving-trigonometric-equations-what-is-the-best-way.466282/",
)

P20 = ("mathhelpforum.com", "http://mathhelpforum.com/calculus/125467-finding-integrand.html")

P21 = (
    "www.gradesaver.com",
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-a-combined-approach-4th-edition/chapter-12-section-12-8-exponential-and-logarithmic-equations-and-problem-solving-exercise-set-page-896/3",
)

P22 = (
    "www.gradesaver.com",
    "https://www.gradesaver.com/textbooks/math/precalculus/functions-modeling-change-a-preparation-for-calculus-5th-edition/chapter-5-logarithmic-functions-exercises-to-skills-for-chapter-5-page-232/41",
)

P23 = ("www.jiskha.com", "http://www.jiskha.com/display.cgi?id=1221007293")

P24 = ("mathforum.org", "http://mathforum.org/library/drmath/view/52256.html")

P25 = ("mathforum.org", "http://mathforum.org/library/drmath/view/51427.html")

P26 = (
    "redlib.fmhy.net",
    "https://redlib.fmhy.net/r/math/comments/yictte/what_is_a_math_fact_that_is_completely/iuj8gg4",
)

P27 = ("web2.0calc.com", "https://web2.0calc.com/questions/confusing-i")

P28 = ("questioncove.com", "https://questioncove.com/updates/57a1c314e4b0cf4a44d280cf")

P29 = ("socratic.org", "https://socratic.org/questions/576e54887c0149390ab640c0")

P30 = (
    "math.techqa.club",
    "https://math.techqa.club/natural-logarithm-of-1-is-3-14159265-i-2329475",
)

P31 = (
    "reddit.sentinel-team.org",
    "https://reddit.sentinel-team.org/posts/1rc574i/snapshots/2026-02-23T20%3A11%3A54.206376Z",
)

P32 = (
    "www.algebra.com",
    "http://www.algebra.com/algebra/homework/complex/Complex_Numbers.faq.question.1040725.html",
)

P33 = (
    "kiwix.lukehooper.xyz",
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/1306447/what-is-the-principal-cubic-root-of-8",
)

P34 = (
    "www.algebra.com",
    "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=845515",
)

P35 = ("www.nrich.maths.org.uk", "http://www.nrich.maths.org.uk/askedNRICH/edited/2792.html")

P36 = ("solve.club", "https://solve.club/problems/cos-of-i/cos-of-i.html")

P37 = ("math.techqa.club", "https://math.techqa.club/what-is-the-value-of-cosh-sqrt-i-3093717")

P38 = ("perplexus.info", "http://perplexus.info/show.php?pid=5655")

P39 = ("meangreenmath.com", "https://meangreenmath.com/2013/09/29/a-curious-square-root-part-2/")

P40 = ("xiaoyuandeng.com", "https://xiaoyuandeng.com/wd-wt/tigj4Wztlct4xrzRI9jtBYe.html")

P41 = ("math.techqa.club", "https://math.techqa.club/prove-value-of-sin-15deg-3143138")

P42 = ("mathhelpforum.com", "http://mathhelpforum.com/trigonometry/1058-tan-pi-8-a-print.html")

P43 = ("www.jiskha.com", "http://www.jiskha.com/display.cgi?id=1360401509")

CASES = [
    _c(
        *P01,
        gold=r"e^{2x}",
        pred=r"(e^x)^2",
        wrap=True,
        expected=True,
        why='"how are these two the same"; answer: e^x e^x = e^{x+x} = e^{2x}',
    ),
    _c(
        *P02,
        gold=r"2\left(\cos\left(-\frac{5\pi}6\right)+\sin\left(-\frac{5\pi}6\right)i\right)",
        pred=r"2\left(\cos\left(\frac{7\pi}6\right)+\sin\left(\frac{7\pi}6\right)i\right)",
        wrap=True,
        expected=True,
        why="student's hand result (1) vs Maple's (2); best answer: \"After all, (1)=(2).\"",
    ),
    _c(
        *P03,
        gold=r"16\pi e^{-i2\pi/3}",
        pred=r"z = 8\pi e^{i\frac{4\pi}{3}}",
        wrap=True,
        expected=False,
        why="book's 16pi e^{-i2pi/3} vs student's 8pi e^{i4pi/3}; best answer: -2pi/3 and 4pi/3 are the same angle, but the factor 2 (|1+sqrt3 i| = 2) is missing",
    ),
    _c(
        *P04,
        gold=r"0.30417801\space\text{radians}",
        pred=r"17.43^\circ",
        wrap=True,
        expected=True,
        why='best answer: arctan(981/3125) ~ 0.30417801 rad = 17.43 deg, "So, they are equal!"',
    ),
    _c(
        *P05,
        gold=r"S(x) = \frac{2(x-1)}{1-(x-1)^2}",
        pred=r"\frac{2}{-x^3+3x^2-2x}",
        wrap=True,
        expected=False,
        why="S(x) for 2 sum_{n>=1} (x-1)^{2n-1}: the stated answer vs the student's; best answer: the sum must first be re-indexed from n=0 (the student's a_0 is wrong)",
    ),
    _c(
        *P06,
        gold=r"2cos(x)•sin(x)",
        pred=r"2cos(x)",
        wrap=True,
        expected=False,
        why='answer key says 2cos(x); u/ArchaicLlama: "Then the answer key is incorrect"',
    ),
    _c(
        *P07,
        gold=r"log(5)/log(2)",
        pred=r"(ln 5)/(ln 2)",
        wrap=True,
        expected=True,
        why='tutor josmiceli: x = log(5)/log(2) = 2.322, "I got the same answer using natural logs"',
    ),
    _c(
        *P07,
        gold=r"2.322",
        pred=r"1.98",
        wrap=True,
        expected=False,
        why='2^x=5: tutor gets 2.322, asks asker (1.98) "Did you goof with the calculator?"',
    ),
    _c(
        *P08,
        gold=r"3\pi/4",
        pred=r"-\pi/4",
        wrap=True,
        expected=False,
        why='angle of w=-1+i; answer: "=3/4 is the correct answer" (pi lost in answer text; the two candidates are the asker\'s $3\\pi/4$ and $-\\pi/4$)',
    ),
    _c(
        *P09,
        gold=r"3pi/4",
        pred=r"pi/4",
        wrap=True,
        expected=False,
        why='argument of z=-2+2i; answer: "The correct argument is 3pi/4"',
    ),
    _c(
        *P10,
        gold=r"\frac{1}{6}\pi",
        pred=r"{30^ \circ }",
        wrap=True,
        expected=True,
        why="MS: State argument is pi/6, or 30°, or 0.524 radians",
    ),
    _c(
        *P10,
        gold=r"\frac{1}{6}\pi",
        pred=r"0.524",
        wrap=True,
        expected=True,
        why='same line, "0.524 radians"',
    ),
    _c(
        *P11,
        gold=r"26.6°",
        pred=r"0.464 radians",
        wrap=True,
        expected=True,
        why="Q3(ii) argument of 2 + i as 26.6° or 0.464 radians",
    ),
    _c(
        *P11,
        gold=r"153.4°",
        pred=r"2.68 radians",
        wrap=True,
        expected=True,
        why="argument of -2 + i as 153.4° or 2.68 radians",
    ),
    _c(
        *P12,
        gold=r"0.9707",
        pred=r"55.6197 degrees",
        wrap=True,
        expected=True,
        why="18M.2.AHL.TZ2.H_1(c) arg = 0.9707 (radians) (= 55.6197 degrees) A1",
    ),
    _c(
        *P13,
        gold=r"cis(-3pi/4)",
        pred=r"cis(5pi/4)",
        wrap=True,
        expected=True,
        why='square roots of i: "cis(pi/4) and cis(-3pi/4) or equivalently cis(5pi/4)"',
    ),
    _c(
        *P14,
        gold=r"0^\circ",
        pred=r"-\pi",
        wrap=True,
        expected=False,
        why='arcsin(sin 10°) - arccos(cos 10°): given solution -pi; best answer: "the correct answer to the question is $0^\\circ$"',
    ),
    _c(
        *P15,
        gold=r"2/3",
        pred=r"1",
        wrap=True,
        expected=False,
        why='log(x+3) - 2log(x+1) = 2log(3): asker x = 1; Eliz.: "Since 3/8 does not equal 9, your solution is unlikely to be correct ... So the book\'s solution [x = 2/3] is correct."',
    ),
    _c(
        *P16,
        gold=r"-1/10 + (1/5)i",
        pred=r"22 over 100 + 20 over 100 i",
        wrap=True,
        expected=False,
        why='(1+2i)/(6-8i); tutor jim_thompson5910: "#3) The answer is actually -1/10 + expr(1/5)i" (decoded from URL-encoded markup, expr() dropped)',
    ),
    _c(
        *P17,
        gold=r"\frac{1}{x(x+1)}",
        pred=r"\frac{1}{x} - \frac{1}{x+1}",
        wrap=True,
        expected=True,
        why='uart: "more than one way to write any given mathematical expression ... $$\\frac{1}{x} - \\frac{1}{x+1} = \\frac{1}{x(x+1)}$$ ... neither weird nor wrong"',
    ),
    _c(
        *P17,
        gold=r"1/(1-x)",
        pred=r"-1/(x-1)",
        wrap=True,
        expected=True,
        why='sum(x^k, k=0..infinity): Maple\'s -1/(x-1) vs 1/(1-x); uart: writing it one way as opposed to the other makes it neither weird nor wrong (no one disputes "they are equal")',
    ),
    _c(
        *P18,
        gold=r"x= -ln 3",
        pred=r"ln 1/3",
        wrap=True,
        expected=True,
        why='answer key x = -ln 3 vs student\'s ln 1/3; tutor richard1234: "Since ln 1 = 0, we have -ln 3 = ln 1/3."',
    ),
    _c(
        *P19,
        gold=r"sin(2x)",
        pred=r"2 cos(x) sin(x)",
        wrap=True,
        expected=True,
        why='"answer in different forms": reply "you might get the answer as 2 cos(x) sin(x), or as sin(2x)" (same answer, check by identities, values or graphs)',
    ),
    _c(
        *P20,
        gold=r"ln(2)",
        pred=r"-ln(1/2)",
        wrap=True,
        expected=True,
        why='key says A ln(1/2), asker has -ln(1/2); reply: "ln1 - ln(1/2) = ln1 - ln1 +ln(2) ... So B [ln(2)] is the right answer"',
    ),
    _c(
        *P20,
        gold=r"ln(2)",
        pred=r"ln(1/2)",
        wrap=True,
        expected=False,
        why="same reply: B ln(2) is right, not the key's A ln(1/2)",
    ),
    _c(
        *P21,
        gold=r"\frac{\log 5}{\log 9}",
        pred=r"0.7325",
        wrap=True,
        expected=True,
        why='9^x = 5: answer {log 5/log 9}, {0.7325}: "The exact solution is ... while the solution to 4 decimal places is {0.7325}"',
    ),
    _c(
        *P22,
        gold=r"x=\frac{\ln 3}{\ln 5}",
        pred=r"x\approx0.683",
        wrap=True,
        expected=True,
        why="3*5^x = 9: answer x ≈ 0.683; work: x = ln 3/ln 5 ≈ 0.683",
    ),
    _c(
        *P23,
        gold=r"x < -2 OR x > 1",
        pred=r"X>-2 and X>1",
        wrap=True,
        expected=False,
        why="X(X+1)>2: asker's X>-2 and X>1; tutor's logical analysis: \"so x < -2 OR x > 1\"",
    ),
    _c(
        *P24,
        gold=r"e^(-pi/2)",
        pred=r"1/e^(pi/2)",
        wrap=True,
        expected=True,
        why="TI-89 returned e^(-pi/2) for i^i; Doctor Anthony: i^i = e^(-pi/2) = 1/e^(pi/2) = 0.2078795",
    ),
    _c(*P24, gold=r"e^(-pi/2)", pred=r"0.2078795", wrap=True, expected=True, why="same chain"),
]
