r"""A seventy-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": number
theory answers -- congruence classes against their parametrised forms (x = 6k+5, x = 5 (mod 6),
x = -1 (mod 6)), solution sets of congruences, sets of integers in roster and set-builder form,
remainders of negative numbers, modular inverses, and prime factorisations expanded, in index
form and against wrong products -- where a Q&A thread, a teacher's notes, an answer key with its
refused options, or a checker's documentation settles which forms are the same answer and which
are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh76_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX with the
``$`` delimiters dropped (math.techqa.club, the ARQMath copy), so a set-builder form whose text
sat between two math spans reads "{3n-1: n\leq7 and n\in\mathbb{N}}" and "\{x: x = 2 \pm 5n for
some nonnegative integer n\}"; unicode kept ("−3", "n³", "∈", "2²", "×"), "x" as a times sign kept
where the page types it (ncerthelp), WeBWorK's Compute strings kept bare ("4+5k"). A left side
``B =`` or ``A =`` naming a set is dropped; congruences and parametrised solutions keep their
``x``. Where a form is the end of a chain (techqa 2617105's "x \equiv -1 \pmod 6 \equiv 5 \pmod
6"), the first link is the pred and the chain's end is what the page equates it with. Readings,
each noted in ``why``: for a question that asks for the set-builder form of a listed set
(techqa 3487975, the ARQMath thread, ravikantsir), the set-builder form is the gold and the list
the pred; for cardifftutorcompany's multiple-choice questions the marked ANSWER is the gold, its
WORKING's expanded product a True pred and each other option a False pred; for the r/MathHelp
thread the book's answer, as the replying tutor writes it, is the gold; ncerthelp's and wiziq's
chains "140 = 2 x 2 x 5 x 7 =2² x 5 x 7" give the index form as gold and the expanded product as
pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 1260191 (5x = 3 (mod 3): the class answer x = 3 + 3t; "x = 3t is a simpler
  answer"; x = 0 (mod 3)). 2 cases.
- math.techqa.club 698033 (x = -6 (mod 5) is x = 4 (mod 5), x = 5k-6, x = 5n+4). 3 cases.
- solve.club "simply-find-the-remainder" (-26 by 5 leaves 4, not -1: "0 <= Remainder <
  divisor"). 1 case (1 False).
- solve.club "conceptual-5" (-1 by 3 leaves 2; "the remainder must be a non-negative number").
  1 case (1 False).
- www.cs.rit.edu ARQMath copy of math.stackexchange 2158700 ({...,−8,−3,2,7,12,17,...} =
  {5k+2: k in Z}). 1 case.
- math.techqa.club 3487975 (B = {2, 5, 8, 11, 14, 17, 20} = {3n-1: n <= 7, n in N}). 1 case.
- r.arson.gg copy of r/MathHelp 1qecfce (positive integers whose cube is odd: the book's {x : x
  = 2k+1 and k ∈ W} is {1, 3, 5...}; the asker's {x: x=n³, n ∈ W} is a mistake). 2 cases
  (1 False).
- www.ravikantsir.in "write-the-set-of-all-positive-integers-whose-cube-is-odd" (the positive odd
  integers, {1,3,5,7,9,11,...} = {x:x=2n-1, n in N}). 2 cases.
- webwork.maa.org POD contextCongruence (15x = 10 (mod 25): the general answer 4+5k and all
  solutions 4+25k,...,24+25k, in either order, compare true). 2 cases.
- math.techqa.club 3213720 (10x+7 = 2 (mod 25): "Correct answer is 2,7,12,17,22", equivalently
  x = 2 (mod 5)). 2 cases.
- math.techqa.club 2617105 (5x = 1 (mod 6): x = 5 + 6n = 6k+5, x = -1 = 5 (mod 6)). 3 cases.
- math.techqa.club 744637 (the inverse of 7 mod 11: the book's 8; the asker's 3 came from a
  wrong Euclidean algorithm). 1 case (1 False).
- web2.0calc.com "questions/modular-inverses" ((3^{-1}+5^{-1}+7^{-1})^{-1} mod 11 is 10; a
  guest's 5 refused). 1 case (1 False).
- cardifftutorcompany.co.uk online test "6-prime-factors-hcf-lcm" (72 = 2^3 x 3^2 and 90 = 2 x
  3^2 x 5 in index form, with their expanded products and the wrong options). 8 cases (6 False).
- ncerthelp.com NCERT class 10 exercise 1.2 Q1 (140, 156 and 3825 as products of primes, expanded
  and in index form). 3 cases.
- www.wiziq.com online class 356762 "L.C.M. and H.C.F." notes (48 = 2×2×2×2×3 = 2^4×3; 420 =
  2×2×3×5×7 = 2² ×3×5×7). 2 cases.
- math.techqa.club 939546 (the members of a list congruent to 1 mod 4 are −3, 1, 5, 9, not the
  asker's -4,-1,-4,8,12). 1 case (1 False).

36 cases in all (12 False).

Left out, by rule: forms the page does not write whole (techqa 698033's "\equiv 1 \bmod 5" has no
x; r/learnmath 1qec6nx's "x3=2k-1" and singinghedgehog's "23x5x7" lost their superscripts);
checker conventions rather than answer forms (WeBWorK contextCongruence's "n" accepted for "None",
and its requireGeneralSolution / requireAllSolutions flags; onemathematicalcat's list of factors
that must be typed in a set order); answers that are other valid instances rather than equal
forms (techqa 744637's family -3 + 11j beside the book's single inverse 8; techqa 2313434's
Bezout pairs (-9, 23) and (791, -2021)); cardifftutorcompany's Question 1(a), answered by option
letters; ncerthelp's 5005 and 7429, written the same way twice.

Examined and not used: math.techqa.club 4741911 and 2818327 (used by bench/equiv_fresh66_d.py)
and 3676247 (claimed by fresh70); math.techqa.club 1506750 (two readings of "mod 5" argued, no
settled answer); math.stackexchange 1578863 (remainder of -1 by 2: "Up to you ... Otherwise both
are correct"); math.techqa.club 1025155 (8x+9y=5: an answer gives (9k-5, 5-8k) but says nothing of
the asker's form) and 2945377 (no answer stored); openstudy 4ea7260e (its "x congruent to 25 ...
equivalent to x congruent to 17 (mod21" is false); physicsforums 431175 (an inverse of 17 mod 24
given as 9 by a checker, unexplained); soulshift.co.in 22071 (its key 7 contradicts its solution
4); solve.club "a-pack-of-numbers" (16, disputed by a commenter's 14); symoe.com 1242359 (its two
answers disagree on 32); mathisfunforum 79576, wyzant 765671, liquisearch, golf.shinh.org and
justaaa 346492 (one form only); fdokumen Math 255 review solutions (the congruence signs were
lost); qammunity 21300633 and 8594791 (generated-looking answers, or no second form);
alumniagri.in 9622495 and babequeip (brainly mirrors); askanewquestion.com 3293247 (a GPT-4o mini
answer); algebra.com, jiskha and a.simonm.io pages (excluded); AI or generated answers
(smartsolve, gauthmath, edu.com, studyx, askfilo, math.bot, mathix, questionai, flyriver).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQC = "math.techqa.club"
TQC_1260191 = "https://math.techqa.club/5x-equiv3-pmod3-1260191"
TQC_698033 = "https://math.techqa.club/transforming-a-linear-congruence-equation-into-an-equivalent-one-698033"
TQC_3487975 = "https://math.techqa.club/builder-method-b-2-5-8-11-14-17-20-3487975"
TQC_3213720 = "https://math.techqa.club/10x-7-equiv-2-mod-25-3213720"
TQC_2617105 = (
    "https://math.techqa.club/"
    "solution-verification-find-all-possible-x-that-satisfy-5x-equiv-1-mod-6-2617105"
)
TQC_744637 = "https://math.techqa.club/finding-7-inverse-modulo-11-744637"
TQC_939546 = "https://math.techqa.club/explanation-of-congruence-and-modulo-939546"
SCL = "solve.club"
SCL_SIMPLY = "https://solve.club/problems/simply-find-the-remainder/simply-find-the-remainder.html"
SCL_CONC5 = "https://solve.club/problems/conceptual-5/conceptual-5.html"
ARQ = "www.cs.rit.edu"
ARQ_2158700 = (
    "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/"
    "Collection_By_Year/Older%20version/V.0.2/2078966_2017.zip:/tmp/tarfile_extract_u0zgv7hg/"
    "2078966_2017/2123233_02/2158700.html"
)
RAR = "r.arson.gg"
RAR_1QECFCE = (
    "https://r.arson.gg/r/MathHelp/comments/1qecfce/question_regarding_sets/o0c8x9g/?context=3"
)
RKS = "www.ravikantsir.in"
RKS_CUBE = "https://www.ravikantsir.in/write-the-set-of-all-positive-integers-whose-cube-is-odd/"
WWK = "webwork.maa.org"
WWK_CONG = "https://webwork.maa.org/pod/pg/macros/contextCongruence.html"
W2C = "web2.0calc.com"
W2C_MODINV = "https://web2.0calc.com/questions/modular-inverses"
CTC = "cardifftutorcompany.co.uk"
CTC_PF = "https://cardifftutorcompany.co.uk/online-tests/1-numbers/6-prime-factors-hcf-lcm"
NCH = "ncerthelp.com"
NCH_121 = "http://ncerthelp.com/text.php?contype=Exercise%201.2&class_id=10&sub_id=M&chapter_id=CH1&q_no=1"
WZQ = "www.wiziq.com"
WZQ_LCM = "http://www.wiziq.com/online-class/356762-l-c-m-and-h-c-f-maths"

CASES = [
    # math.techqa.club 1260191: 5x = 3 (mod 3), the class answer and simpler equal forms
    _c(
        TQC,
        TQC_1260191,
        gold="x = 3 + 3t",
        pred=r"x = 3t, t\in\mathbb Z",
        wrap=True,
        expected=True,
        why=r"'The answer from class is x = 3 + 3t' ... 'Therefore the solution is x = 3t, t\in\mathbb Z' ('x = 3t is a simpler answer')",
    ),
    _c(
        TQC,
        TQC_1260191,
        gold="x = 3 + 3t",
        pred=r"x \equiv 0 \mod 3",
        wrap=True,
        expected=True,
        why=r"first answer: 'Since 3 \nmid 5, so x \equiv 0 \mod 3. Thus x = 3t_2 for some t_2'",
    ),
    # math.techqa.club 698033: x = -6 (mod 5) is x = 4 (mod 5)
    _c(
        TQC,
        TQC_698033,
        gold=r"x \equiv 4 \bmod 5",
        pred=r"x \equiv -6 \bmod 5",
        wrap=True,
        expected=True,
        why=r"'Is the equation x \equiv -6 \bmod 5 identical to x \equiv 4 \bmod 5 or to ...?' best answer: 'So mod 5, -6 \equiv -1 \equiv 4.'",
    ),
    _c(
        TQC,
        TQC_698033,
        gold=r"x \equiv 4 \bmod 5",
        pred="x=5k-6",
        wrap=True,
        expected=True,
        why=r"third answer: 'x ≡ -6 \mod5 means that x=5k-6 for some integer k' ... 'x ≡ 4 \mod 5'",
    ),
    _c(
        TQC,
        TQC_698033,
        gold=r"x \equiv 4 \bmod 5",
        pred="x=5n+4",
        wrap=True,
        expected=True,
        why=r"third answer: 'substitute k=n+2 ... Therefore, x=5n+4 and applying modulo, x ≡ 4 \mod 5'",
    ),
    # solve.club: remainders of negative numbers must be non-negative
    _c(
        SCL,
        SCL_SIMPLY,
        gold="4",
        pred="-1",
        wrap=True,
        expected=False,
        why="remainder of -26 by 5: 'Remainder=4' ... '-26 = (-5)x5+(-1) ... remainder will come out to be -1. But always Remember ... 0 <= Remainder < divisor'",
    ),
    _c(
        SCL,
        SCL_CONC5,
        gold="2",
        pred="-1",
        wrap=True,
        expected=False,
        why=r"remainder of -1 by 3: 'Clarification : By convention, the remainder must be a non-negative number.' solution '-1 \equiv -1+3 \equiv \boxed{2} \pmod{3}'",
    ),
    # ARQMath copy of math.stackexchange 2158700: a roster set in set-builder form
    _c(
        ARQ,
        ARQ_2158700,
        gold=r"\{5k+2: k\in\mathbb{Z}\}",
        pred="{...,−8,−3,2,7,12,17,...}",
        wrap=True,
        expected=True,
        why=r"'{...,-8,-3,2,7,12,17,...} ... writing this set in a set-builder notation' answer: 'A = \{5k+2: k\in\mathbb{Z}\}'",
    ),
    # math.techqa.club 3487975: a finite arithmetic progression in set-builder form
    _c(
        TQC,
        TQC_3487975,
        gold=r"{3n-1: n\leq7 and n\in\mathbb{N}}",
        pred="{2, 5, 8, 11, 14, 17, 20}",
        wrap=True,
        expected=True,
        why=r"'Rewrite the following set using the set builder method: B = {2, 5, 8, 11, 14, 17, 20}' best answer: 'A concise way of writing your set is ... B= {3n-1: n\leq7 and n\in\mathbb{N}}'",
    ),
    # r/MathHelp 1qecfce: the positive integers whose cube is odd
    _c(
        RAR,
        RAR_1QECFCE,
        gold="{x : x = 2k+1 and k ∈ W}",
        pred="{x: x=n³, n ∈ W}",
        wrap=True,
        expected=False,
        why="asker's '{x: x=n³, n ∈ W}' vs book: 'So you've already made a mistake in including 0. Your set will be the set of non-negative cubes' ... 'it didn't ask for the set of cubes'",
    ),
    _c(
        RAR,
        RAR_1QECFCE,
        gold="{x : x = 2k+1 and k ∈ W}",
        pred="{1, 3, 5...}",
        wrap=True,
        expected=True,
        why="'So basically you are looking for the positive odd integers {1, 3, 5...}' ... 'This is what the book did ... {x : x = 2k+1 and k ∈ W}'",
    ),
    # ravikantsir.in: the same set, roster and set-builder form
    _c(
        RKS,
        RKS_CUBE,
        gold=r"\{x:x=2n-1,\ n\in N\}",
        pred=r"\{1,3,5,7,9,11,\ldots\}",
        wrap=True,
        expected=True,
        why=r"'the required set is the set of all positive odd integers. \{1,3,5,7,9,11,\ldots\} In set-builder form: \{x:x=2n-1,\ n\in N\}'",
    ),
    _c(
        RKS,
        RKS_CUBE,
        gold=r"\{x:x=2n-1,\ n\in N\}",
        pred="the set of all positive odd integers",
        wrap=True,
        expected=True,
        why=r"'Therefore, the required set is the set of all positive odd integers.' ... 'In set-builder form: \{x:x=2n-1,\ n\in N\}'",
    ),
    # webwork.maa.org contextCongruence: general solution and all solutions of 15x = 10 (mod 25)
    _c(
        WWK,
        WWK_CONG,
        gold="4+5k",
        pred="4+25k,9+25k,14+25k,19+25k,24+25k",
        wrap=True,
        expected=True,
        why="15x ≡ 10 (mod 25): '$general_answer = Compute(\"4+5k\"); $all_answers = Compute(\"4+25k,9+25k,...\")' ... '$C1->compare($all_answers); # is true'",
    ),
    _c(
        WWK,
        WWK_CONG,
        gold="4+5k",
        pred="9+25k,4+25k,14+25k,19+25k,24+25k",
        wrap=True,
        expected=True,
        why="'$all_answers_diff_order = Compute(\"9+25k,4+25k,14+25k,19+25k,24+25k\");' ... '$C1->compare($all_answers_diff_order); # is true'",
    ),
    # math.techqa.club 3213720: 10x + 7 = 2 (mod 25)
    _c(
        TQC,
        TQC_3213720,
        gold="2,7,12,17,22",
        pred=r"x\equiv 2\bmod 5",
        wrap=True,
        expected=True,
        why=r"'Solve for x, Correct answer is 2,7,12,17,22'; answers: 'equivalently x \equiv_5 2'; '10x\equiv 20\bmod 25 ... x\equiv 2\bmod 5'",
    ),
    _c(
        TQC,
        TQC_3213720,
        gold="2,7,12,17,22",
        pred=r"\{x: x = 2 \pm 5n for some nonnegative integer n\}",
        wrap=True,
        expected=True,
        why=r"'the set of integers x satisfying 10x + 7 \equiv_{25} 2 is precisely the set \{x: x = 2 \pm 5n for some nonnegative integer n\}'",
    ),
    # math.techqa.club 2617105: 5x = 1 (mod 6)
    _c(
        TQC,
        TQC_2617105,
        gold="x=6k+5",
        pred=r"x = 5 + 6n, \;\; n\in \mathbb{Z}",
        wrap=True,
        expected=True,
        why=r"asker's 'x = 5 + 6n, n\in \mathbb{Z}' ('Can someone please verify'); answer: 'x=5 is the only one ... Therefore the answer is x=6k+5.'",
    ),
    _c(
        TQC,
        TQC_2617105,
        gold="x=6k+5",
        pred=r"x \equiv 5 \pmod{6}",
        wrap=True,
        expected=True,
        why=r"third answer: '... \iff x \equiv -1 \iff x \equiv 5 \pmod{6}'",
    ),
    _c(
        TQC,
        TQC_2617105,
        gold="x=6k+5",
        pred=r"x \equiv -1 \pmod 6",
        wrap=True,
        expected=True,
        why=r"second answer: 'So x \equiv -1 \pmod 6 \equiv 5 \pmod 6'",
    ),
    # math.techqa.club 744637: the inverse of 7 modulo 11
    _c(
        TQC,
        TQC_744637,
        gold="8",
        pred="3",
        wrap=True,
        expected=False,
        why="'I see that 7's inverse modulo is 3 ... The answer book says that one of them is 8' ... 'My first mistake was the incorrect euclidean algorithm execution' (1 = 2(11) - 3(7))",
    ),
    # web2.0calc modular-inverses: a refused remainder
    _c(
        W2C,
        W2C_MODINV,
        gold="10",
        pred="5",
        wrap=True,
        expected=False,
        why=r"a = (3^{-1}+5^{-1}+7^{-1})^{-1} (mod 11): 'You can compute that a = 27, so the remainder is 5.' reply: 'the answer is actually 10'; worked answer '\equiv 10 \pmod{11}'",
    ),
    # cardifftutorcompany.co.uk prime factors test: the answer, its expanded form, and the other options
    _c(
        CTC,
        CTC_PF,
        gold=r"2^3 \times 3^2",
        pred=r"2 \times 2 \times 2 \times 3 \times 3",
        wrap=True,
        expected=True,
        why=r"Q3(a) 72 in index form: 'ANSWER: B: 2^3 \times 3^2 WORKING: 72 = 2 \times 2 \times 2 \times 3 \times 3 = 2^3 \times 3^2'",
    ),
    _c(
        CTC,
        CTC_PF,
        gold=r"2^3 \times 3^2",
        pred=r"2^2 \times 3^3",
        wrap=True,
        expected=False,
        why=r"Q3(a) options 'A: 2^2 \times 3^3 ... ANSWER: B: 2^3 \times 3^2'",
    ),
    _c(
        CTC,
        CTC_PF,
        gold=r"2^3 \times 3^2",
        pred=r"2 \times 3^3",
        wrap=True,
        expected=False,
        why=r"Q3(a) options 'C: 2 \times 3^3 ... ANSWER: B: 2^3 \times 3^2'",
    ),
    _c(
        CTC,
        CTC_PF,
        gold=r"2^3 \times 3^2",
        pred=r"2 \times 3^2 \times 7",
        wrap=True,
        expected=False,
        why=r"Q3(a) options 'D: 2 \times 3^2 \times 7 ... ANSWER: B: 2^3 \times 3^2'",
    ),
    _c(
        CTC,
        CTC_PF,
        gold=r"2 \times 3^2 \times 5",
        pred=r"2 \times 3 \times 3 \times 5",
        wrap=True,
        expected=True,
        why=r"Q3(b) 90 in index form: 'ANSWER: D: 2 \times 3^2 \times 5 WORKING: 90 = 2 \times 3 \times 3 \times 5 = 2 \times 3^2 \times 5'",
    ),
    _c(
        CTC,
        CTC_PF,
        gold=r"2 \times 3^2 \times 5",
        pred=r"2^2 \times 5^2",
        wrap=True,
        expected=False,
        why=r"Q3(b) options 'A: 2^2 \times 5^2 ... ANSWER: D: 2 \times 3^2 \times 5'",
    ),
    _c(
        CTC,
        CTC_PF,
        gold=r"2 \times 3^2 \times 5",
        pred=r"2^2 \times 3 \times 5",
        wrap=True,
        expected=False,
        why=r"Q3(b) options 'B: 2^2 \times 3 \times 5 ... ANSWER: D: 2 \times 3^2 \times 5'",
    ),
    _c(
        CTC,
        CTC_PF,
        gold=r"2 \times 3^2 \times 5",
        pred=r"2 \times 5 \times 7",
        wrap=True,
        expected=False,
        why=r"Q3(b) options 'C: 2 \times 5 \times 7 ... ANSWER: D: 2 \times 3^2 \times 5'",
    ),
    # ncerthelp.com class 10 exercise 1.2 Q1: products of primes, expanded and in index form
    _c(
        NCH,
        NCH_121,
        gold="2² x 5 x 7",
        pred="2 x 2 x 5 x 7",
        wrap=True,
        expected=True,
        why="'(i) 140 = 2 x 2 x 5 x 7 =2² x 5 x 7'",
    ),
    _c(
        NCH,
        NCH_121,
        gold="2² x 3 x 13",
        pred="2 x 2 x 3 x 13",
        wrap=True,
        expected=True,
        why="'(ii)156 =2 x 2 x 3 x 13 =2² x 3 x 13'",
    ),
    _c(
        NCH,
        NCH_121,
        gold="3² x 5² x 17",
        pred="3 x 3 x 5 x 5 x 17",
        wrap=True,
        expected=True,
        why="'(iii)3825 =3 x 3 x 5 x 5 x 17 =3² x 5² x 17'",
    ),
    # wiziq L.C.M. and H.C.F. class notes: prime factorisation in exponential form
    _c(
        WZQ,
        WZQ_LCM,
        gold="2^4×3",
        pred="2×2×2×2×3",
        wrap=True,
        expected=True,
        why="'(i) 48 = 2×2×2×2×3 = 2^4×3'",
    ),
    _c(
        WZQ,
        WZQ_LCM,
        gold="2² ×3×5×7",
        pred="2×2×3×5×7",
        wrap=True,
        expected=True,
        why="'(ii) 420 = 2×2×3×5×7 = 2² ×3×5×7'",
    ),
    # math.techqa.club 939546: the members of a list congruent to 1 mod 4
    _c(
        TQC,
        TQC_939546,
        gold="−3, 1, 5, 9",
        pred="-4,-1,-4,8,12",
        wrap=True,
        expected=False,
        why="'Write down the numbers in A congruent to 1 modulo 4. Can someone explain why the answer is not -4,-1,-4,8,12 but instead −3, 1, 5, 9'",
    ),
]
