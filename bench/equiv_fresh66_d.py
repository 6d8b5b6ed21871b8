r"""A sixty-sixth fresh set of answer-equivalence cases (evaluation only; helper "d": number theory
and combinatorics answers written in different forms -- congruence classes and their general
solutions, residues and modular inverses, parametrised solutions of linear Diophantine equations,
products of primes against their values or bare lists, closed forms against sums and products,
binomial coefficients, permutations and factorials against numbers -- where an answer key, a mark
scheme, a teacher's note or a Q&A thread settles which forms are the same answer and which are
not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh66_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy (for the proxied scribd copy, the proxy's domain) and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh66_d2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX with the
``$`` delimiters dropped (math.techqa.club, kiwix), socratic's ASCII math kept without its ``#``
delimiters ("((2n)!)/(n!)", "prod_(k=0)^(n-1)(2n-k)"), "×", "x" and "*" kept as written, units
kept in the key's answers ("30 ways", "2,598,960 hands"). A left side ``x =`` is dropped only
where the answer is a bare number; congruences and parametrised solutions keep theirs. Where a
form is written as a chain ending in its simplest form (math.techqa.club 4741911's
"x=3+\Big(\frac{9}{1}\Big)n=3+9n"), the last link is taken. Readings, each noted in ``why``:
the OCR mark scheme's "B1 for 2, 2, 3, 3, 5" (one mark of two for the bare list of primes) is
read as refusing the list as the answer; questioncove 52dd688d's asker corrects his own
"y=-(1+t)" to "y=-(1+3t)", and the corrected form is taken as accepted, the first as refused.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- web2.0calc.com "questions/please-help_593" (8x+1 = 5 (mod 12): 'actual solution is 3n+2';
  answer x = 2 (mod 3)). 1 case.
- web2.0calc.com "questions/mod-arithmetic" (3n = 2 (mod 11): '8+11t is the more general answer',
  'the general solutions is -3+11t'). 1 case.
- math.techqa.club 1047166 (4x = 2 (mod 6): x = 2 and 5 (mod 6) is x = 2 (mod 3)). 1 case.
- math.techqa.club 1010609 (x = 1292 = -161 (mod 1453); the asker's 161 refused). 2 cases
  (1 False).
- kiwix.lukehooper.xyz, math.stackexchange 2976231 (x = -39 (mod 99), x = 60+99k and the asker's
  -39+k*(99)). 2 cases.
- math.techqa.club 1050664 (the inverse of 4 mod 9: -2 is correct, -2 = 7 (mod 9)). 1 case.
- math.techqa.club 2818327 (41x-17y=8: x=17t+6, or x=17t+23, or x=17t-11). 2 cases.
- kiwix.lukehooper.xyz, math.stackexchange 4055522 (15x+16y=17: (-1-16t,2+15t) =
  (-17+16u,17-15u); the asker's x=1-16t refused). 2 cases (1 False).
- math.techqa.club 4741911 (36x+78y=18: the book's and the asker's forms are equivalent;
  8x+9y=3: the asker's x=3+9n, y=-3-8n is not). 2 cases (1 False).
- questioncove.com 52dd688d (3x+5y=1: y=-1-3t = -(1+3t); y=-(1+t) and x=5m+2, y=-3m+2
  refused). 3 cases (2 False).
- fedest.com 20071015201655AAiDZBg (2^0+...+2^(n-1) = 2^n - 1 = (2^n)-1; 2^n - 2 "wrong").
  2 cases (1 False).
- codestin.com proxy copy of scribd 704259461 "markScheme-num1" (OCR number mark scheme: a
  product of primes earns 2 marks, the bare list of the primes 1). 2 cases (2 False).
- sst2015-s101maths.blogspot.com 2015/01 error analysis ("supposed to be (a) 3^2 x 7 x 5, not
  315"; "The prime factors are supposed to be the answer not 3234"). 2 cases (2 False).
- math.answers.com, prime factorization of 27 ("9 isn't prime. The correct answer is 3 x 3 x
  3"). 1 case (1 False).

Sources of bench/equiv_fresh66_d2.py:

- math.techqa.club 767082 ((2n)! is not n!×n! nor 2n!; \binom{2n}{3} as a quotient of
  products). 3 cases (2 False).
- socratic.org "how-do-you-simplify-2n-n" ((2n)!/n! as a falling product, as prod_ and as
  2^n(1*3*5*...*(2n-1))). 4 cases.
- math.techqa.club 4581681 ((2k)!/(k!k!) = {2k \choose k}). 1 case.
- gmatclub.com t=322392 (nC2 = n!/[(2!)(n-2)!] = (n)(n-1)/2! = (n)(n-1)/2). 2 cases.
- math.techqa.club 2191796 (a_n = a_(n-1) + 2^n, a_1 = 1: the asker's sum and 2^{n+1}-3).
  1 case.
- www.coursehero.com file 51959 (Math 116 homework #12 answer key: "P(6,2) = 30 ways",
  "C(52,5) = 2,598,960 hands", "2x2x2x2x2x2x2x2=256 (or 2^8)" ...). 15 cases.
- web2.0calc.com "a-professor-is-assigning-grades-to-a-class-of-10" (3^{10} = 59049). 1 case.
- mathhelpforum.com 47806 (10 matches, 3 outcomes each: 3^{10}, not "10 to the power of 3").
  2 cases (1 False).
- imathworks.com "math-possible-combinations-of-3-digit" (10^3 = 1000 codes, not _{10}P_3).
  2 cases (1 False).
- talk.collegeconfidential.com 620135 (a prep book's 40 for first and second of 5 runners: "It
  should be 20. There is an error."). 1 case (1 False).
- webwork.maa.org forum d=8179 (25*26!*4! marked wrong unless typed 26!*4!*25; the author calls
  both the answer). 1 case.
- questioncove.com 540e5160 (first five terms 1,3,11,43,171, not the asker's 3,11,43,171,683).
  1 case (1 False).

58 cases in all (17 False): 24 here (11 False), 34 in bench/equiv_fresh66_d2.py (6 False).

Left out, by rule: refusals that are only about evaluating a value the page accepts in another
form (the OCR mark scheme's M1-only "2 × 2 × 3 final answer" for the HCF 12 and "2×7 as final
answer" for the HCF 14, its "B1 for answer 150k" and "B1 for 90k"); forms whose superscripts the
conversion lost (the same scheme's "25 × 34 × 132", "22 × 32", "2 × 32 × 5"; mathelounge's
"210 - 1"; math.answers.com's "(n2 + n)/2"); coursehero 51959 entries the OCR garbled ("C(85) = 56
ways", "C(10.5) = 252 ways", "66. C(20,3) F. C(14,2)", "4c. C(82) x C(4,2)", "28 — C(8,0) —
C(8,l)"); web2.0calc please-help_593's a = 5, m = 12 (a pair, not an answer form, and the
problem's own bound "a<2" is called an error there); web2.0calc mod-arithmetic's residue 8
against the general 8+11t (different things asked); questioncove 540e5160's spacing refusal
("it said it was wrong because there weren't spaces"), a checker's format glitch; imathworks'
"10^P3" and math.techqa.club 4581681's "\frac{(2k!)}{(k!)^2}" (misprints of the asker).

Examined and not used: kiwix math.stackexchange 4814958 (x = 5, 8, 11 (mod 9); the equal "x = 2
(mod 9)" is never written, a comment only notes "11-9=2") and 233726 (the asker's inverse -7 of
5 mod 37 fails his own check, but the inverse 12 is only implied by a comment's "1=12(5)-2(37)"),
both claimed; web2.0calc "what-do-i-make-wrong" (22!: the stored page stops before any verdict);
imathworks 18x+28y=10 (the best answer's verdict is cut off); math.techqa.club 2015361 (no verdict
on the asker's x=4, y=-3); solve.club "possible-values-of-nn-mod-7" (the answer choice is
disputed in the thread); web2.0calc "what-are-the-last-2-digits-of-7-2800" (a "last digit 1"
refused for its method, not its value); physicsforums 433400 and collegeconfidential 742992 (the
correct count not written, or "5!/2!3!" without brackets); blurtit 1249251 (an unrebutted "824"
beside 1024); classes.areteem.org d=504 (two recursive formulas equal only given a_n = 3^n - 1);
the WeBWorK C(n+1,2) thread d=3078 (about coding a checker); pages used by earlier sets (reddit
askmath tdrqho, the ARQMath 2011 bundle, scribd 689871279, 519670657 and 855985308) and scribd
601041164 (the same scheme as 689871279); jiskha, algebra.com and a.simonm.io pages (excluded);
AI or generated answers (questionai, gauthmath, smartsolve, mathix, edu.com, quizgecko, studyx,
solvely, mysovi, atlas.org, math.bot, curioustab) and a brainly mirror (fakespot).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

W2C = "web2.0calc.com"
W2C_593 = "https://web2.0calc.com/questions/please-help_593"
W2C_MOD = "https://web2.0calc.com/questions/mod-arithmetic"
TQC = "math.techqa.club"
TQC_1047166 = "https://math.techqa.club/linear-congruence-solution-confusion-1047166"
TQC_1010609 = "https://math.techqa.club/solve-inverse-linear-congruence-1010609"
TQC_1050664 = "https://math.techqa.club/the-inverse-of-4-modulo-9-1050664"
TQC_2818327 = "https://math.techqa.club/find-the-general-solution-in-integer-2818327"
TQC_4741911 = (
    "https://math.techqa.club/diophantine-form-of-answer-of-8x-9y-3-and-36x-78y-18-4741911"
)
KIW = "kiwix.lukehooper.xyz"
KIW_2976231 = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/2976231/find-all-integers-x-with-pulverizer-two-congruences-included"
KIW_4055522 = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/4055522/linear-diophantine-using-substitution-15x-16y-17"
QCV = "questioncove.com"
QCV_52DD = "https://questioncove.com/updates/52dd688de4b003c643a099a4"
FED = "fedest.com"
FED_SUM = "https://fedest.com/question/20071015201655AAiDZBg"
COD = "codestin.com"
COD_704 = "https://codestin.com/utility/all.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F704259461%2FmarkScheme-num1"
SST = "sst2015-s101maths.blogspot.com"
SST_ERR = "http://sst2015-s101maths.blogspot.com/2015/01/error-analysis-assignment-11-q2.html"
MAN = "math.answers.com"
MAN_27 = "https://math.answers.com/movies-and-television/When_asked_to_write_the_prime_factorization_of_the_number_27_a_student_wrote_9_times_3.Explain_the_error_and_write_the_correct_answer"
# sources of bench/equiv_fresh66_d2.py (W2C, TQC and QCV above serve both parts)
W2C_GRD = "https://web2.0calc.com/questions/a-professor-is-assigning-grades-to-a-class-of-10"
TQC_767082 = "https://math.techqa.club/how-to-interpret-2n-767082"
TQC_4581681 = "https://math.techqa.club/i-am-trying-to-understand-a-certain-proof-of-catalan-numbers-and-i-do-not-understand-a-math-behind-one-part-4581681"
TQC_2191796 = "https://math.techqa.club/finding-closed-form-of-recurrence-relation-2191796"
QCV_540E = "https://questioncove.com/updates/540e5160e4b0d8ead1bf3dea"
SOC = "socratic.org"
SOC_2N = "https://socratic.org/questions/how-do-you-simplify-2n-n"
GMC = "gmatclub.com"
GMC_322392 = "https://gmatclub.com/forum/viewtopic.php?f=363&t=322392&view=unread"
CHR = "www.coursehero.com"
CHR_51959 = "https://www.coursehero.com/file/51959/math-1160-55-56/"
MHF = "mathhelpforum.com"
MHF_47806 = "http://mathhelpforum.com/statistics/47806-combinations-permutations.html"
IMW = "imathworks.com"
IMW_3D = "https://imathworks.com/math/math-possible-combinations-of-3-digit"
CCF = "talk.collegeconfidential.com"
CCF_620135 = "https://talk.collegeconfidential.com/t/error-in-rocketreviews-math/620135"
WWK = "webwork.maa.org"
WWK_8179 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=8179"

CASES = [
    # web2.0calc please-help_593: 8x+1 = 5 (mod 12) solved as a residue class
    _c(
        W2C,
        W2C_593,
        gold=r"x \equiv 2 \pmod{3}",
        pred=r"3n+2",
        wrap=True,
        expected=True,
        why=r"asker: 'actual solution is 3n+2 for some random integer n'; answer ends 'x \equiv 2 \pmod{3}'",
    ),
    # web2.0calc mod-arithmetic: 3n = 2 (mod 11), two general solutions
    _c(
        W2C,
        W2C_MOD,
        gold=r"8+11t",
        pred=r"-3+11t",
        wrap=True,
        expected=True,
        why="'8+11t is the more general answer' ... 'so the general solutions is -3+11t' ... '-3+11= 8'",
    ),
    # math.techqa.club 1047166: 4x = 2 (mod 6), two residues mod 6 or one mod 3
    _c(
        TQC,
        TQC_1047166,
        gold=r"x \equiv 2 \bmod 6 AND x \equiv 5 \bmod 6",
        pred=r"x\equiv 2\ (\ mod\ 3\ )",
        wrap=True,
        expected=True,
        why=r"answer: 'the answer is x\equiv 2 (mod 3) ... So, modulo 6, the solutions are 2 and 5'",
    ),
    # math.techqa.club 1010609: 9x+2 = 6 (mod 1453) by the inverse 323
    _c(
        TQC,
        TQC_1010609,
        gold=r"x\equiv 1292\pmod{1453}",
        pred=r"x\equiv -161\pmod{1453}",
        wrap=True,
        expected=True,
        why=r"'We have 1292\equiv -161\pmod{1453}, so alternately we could say that x\equiv -161'",
    ),
    _c(
        TQC,
        TQC_1010609,
        gold=r"x\equiv 1292\pmod{1453}",
        pred=r"x = 161",
        wrap=True,
        expected=False,
        why=r"asker's 'x = 161' ('answer is not correct'); answer: 'Thus x\equiv 1292\pmod{1453}'",
    ),
    # kiwix (math.stackexchange 2976231): x = 5 (mod 11), x = 6 (mod 9) by the CRT
    _c(
        KIW,
        KIW_2976231,
        gold=r"x \equiv -39\pmod{99}",
        pred=r"x=60+99k",
        wrap=True,
        expected=True,
        why=r"'By CRT the solution is x \equiv -39\pmod{99}' ... '\Rightarrow x=60+99k'",
    ),
    _c(
        KIW,
        KIW_2976231,
        gold=r"x \equiv -39\pmod{99}",
        pred=r"-39+k*(99)",
        wrap=True,
        expected=True,
        why=r"asker's '-39+k*(99)'; answer: 'That's correct. By CRT the solution is x \equiv -39\pmod{99}'",
    ),
    # math.techqa.club 1050664: the inverse of 4 modulo 9
    _c(
        TQC,
        TQC_1050664,
        gold=r"7",
        pred=r"-2",
        wrap=True,
        expected=True,
        why=r"'Isn't then -2 inverse of 4 modulo 9?' 'That is correct, but remember that -2 \equiv 7 \pmod 9.'",
    ),
    # math.techqa.club 2818327: 41x - 17y = 8 in positive integers, shifted parameters
    _c(
        TQC,
        TQC_2818327,
        gold=r"x=17t+6",
        pred=r"x=17t+23",
        wrap=True,
        expected=True,
        why=r"'more than one way to write this answer. I could have instead taken x=17t+23 for t \geq -1'",
    ),
    _c(
        TQC,
        TQC_2818327,
        gold=r"x=17t+6",
        pred=r"x=17t-11",
        wrap=True,
        expected=True,
        why=r"'more than one way to write this answer ... or x=17t-11 for t \geq 1'",
    ),
    # kiwix (math.stackexchange 4055522): 15x + 16y = 17
    _c(
        KIW,
        KIW_4055522,
        gold=r"(x,y)=(-1-16t,2+15t)",
        pred=r"(-17+16u,17-15u)",
        wrap=True,
        expected=True,
        why="'replace by u=1-t and get the same set of solutions (x,y)=(-1-16t,2+15t)=(-17+16u,17-15u)'",
    ),
    _c(
        KIW,
        KIW_4055522,
        gold=r"(x,y)=(-1-16t,2+15t)",
        pred=r"x=1-16t and y=2+15t",
        wrap=True,
        expected=False,
        why="asker's 'x=1-16t and y=2+15t'; answer: 'you should have x=-1-16t ... missing a minus sign'",
    ),
    # math.techqa.club 4741911: the book's and the asker's general solutions
    _c(
        TQC,
        TQC_4741911,
        gold=r"\begin{cases} x=-(6+13n) \\ y=3+6n \end{cases}",
        pred=r"x = -6+13n, y = 3-6n",
        wrap=True,
        expected=True,
        why="36x+78y=18: 'In the second question the answers are equivalent' ... 'they are equal set'",
    ),
    _c(
        TQC,
        TQC_4741911,
        gold=r"\begin{cases} x=-(3+9n) \\ y=3+8n \end{cases}",
        pred=r"\begin{cases} x=3+9n\\ y=-3-8n \end{cases}",
        wrap=True,
        expected=False,
        why="8x+9y=3, asker's x=3+9n, y=-3-8n: 'x = 3, y = -3 is not a solution. Indeed ... = -3'",
    ),
    # questioncove 52dd688d: all integer solutions of 3x + 5y = 1
    _c(
        QCV,
        QCV_52DD,
        gold=r"y=-1-3t",
        pred=r"y=-(1+3t)",
        wrap=True,
        expected=True,
        why="asker corrects 'y=-(1+t)' to 'y=-(1+3t)'; kinggeorge: 'Using x=2+5t and y=-1-3t'",
    ),
    _c(
        QCV,
        QCV_52DD,
        gold=r"y=-1-3t",
        pred=r"y=-(1+t)",
        wrap=True,
        expected=False,
        why="asker's 'x=2+5t and y=-(1+t)' corrected by the asker to 'y=-(1+3t)'",
    ),
    _c(
        QCV,
        QCV_52DD,
        gold=r"x=2+5t and y=-1-3t",
        pred=r"x=5m+2 and y=-3m+2",
        wrap=True,
        expected=False,
        why="'you might get x=5m+2 and y=-3m+2 ... plugging in any value for m ... will not give you what you want'",
    ),
    # fedest.com 20071015201655AAiDZBg: the sum of the first n powers of 2, 2^0 + ... + 2^(n-1)
    _c(
        FED,
        FED_SUM,
        gold=r"2^n - 1",
        pred=r"(2^n)-1",
        wrap=True,
        expected=True,
        why="asker: 'so could the equation be (2^n)-1?'; answer: 'In general x = 2^n - 1 as you guessed'",
    ),
    _c(
        FED,
        FED_SUM,
        gold=r"2^n - 1",
        pred=r"2^n - 2",
        wrap=True,
        expected=False,
        why="answerer's first '2^n - 2': 'oops ... But this is wrong.'; 'In general x = 2^n - 1'",
    ),
    # codestin.com copy of scribd 704259461 (OCR number mark scheme): product of primes vs list
    _c(
        COD,
        COD_704,
        gold=r"2 × 2 × 3 × 3 × 5",
        pred=r"2, 2, 3, 3, 5",
        wrap=True,
        expected=False,
        why="Q2 '2 × 2 × 3 × 3 × 5 oe' 2 marks; 'B1 for 2, 2, 3, 3, 5' (the list earns 1 of 2)",
    ),
    _c(
        COD,
        COD_704,
        gold=r"2×3×5",
        pred=r"2, 3, 5",
        wrap=True,
        expected=False,
        why="Q10(a) '2×3×5' 2 marks; 'B1 for 2, 3, 5 as prime factors' (1 of 2)",
    ),
    # sst2015-s101maths.blogspot.com error analysis: the answer must be the prime factors
    _c(
        SST,
        SST_ERR,
        gold=r"3^2 x 7 x 5",
        pred=r"315",
        wrap=True,
        expected=False,
        why="'The answer is supposed to be (a) 3^2 x 7 x 5, not 315'",
    ),
    _c(
        SST,
        SST_ERR,
        gold=r"11×7^2×3×2",
        pred=r"3234",
        wrap=True,
        expected=False,
        why="'The prime factors are supposed to be the answer not 3234. ... 3234= 11×7^2×3×2'",
    ),
    # math.answers.com: the prime factorization of 27
    _c(
        MAN,
        MAN_27,
        gold=r"3 x 3 x 3",
        pred=r"9 times 3",
        wrap=True,
        expected=False,
        why="a student wrote 9 times 3: '9 isn't prime. The correct answer is 3 x 3 x 3'",
    ),
]
