r"""A hundred-and-nineteenth fresh set of answer-equivalence cases (evaluation only; helper "a":
answers in modular arithmetic and in other number systems -- modular inverses as any
representative of the residue (15 against -11 modulo 26, 2753 against -367 modulo 3120) against a
reciprocal, solutions of congruences as a class against its general solution (``3 mod 31`` against
``31m+3``, ``87 (mod 385)`` against ``385k + 87``), Chinese-remainder-theorem solutions, orders of
elements and remainders against refused values, greatest common divisors of Gaussian integers up
to units (``4-3i`` against ``3+4i``) against common divisors that are not gcds, a prime
factorisation in Z[i] against a product of rational primes, quotient and remainder pairs of a
Gaussian division, and elements of finite fields GF(2^n) as polynomials, bit strings, hex bytes
and powers of a root, where a helper, tutor, course page or key settles that another form is the
same answer or that it is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus a distinctive part of
its path, was grepped in bench/ and checked against the claims files of the other rounds; each
page was claimed in /work/wt/fresh119_claims/claims.txt before use). Each case gives the reference
answer (``gold``), the prediction (``pred``: another form the page gives as the same answer, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpts) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh119_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX with the
page's inline dollar signs dropped (techqa's "x^2+x" and "-(x^2+x)", kiwix's "\alpha+1",
imathworks' "-\alpha^2", assignmentexpert's "[-2]_{60}" from its LaTeX source), plain text kept
plain with its spacing ("q = -2i,    r = 2" as the mailing-list post aligns it, "7m+2 or 7n-3",
"2×5" with its multiplication sign, "X + 1" with the asker's capital X). A lead-in such as "x =",
"x=", "x \equiv", "k =" or "So the inverse is" is dropped, and so is a trailing "where k is an
integer" or ", m is any integer". Where a page states "A = B" or "A or B" for one answer, the form
the page gives first (or as its final answer) is the gold and each other form a True case.
Readings, each noted in ``why``: in eku's AES page the HTML superscripts come through as
"x^{7}"; on ansaurus the "i" of "6 + 10i" is the integer parameter the helper names ("for any
integer i"), not the imaginary unit; the physicsforums affine-cipher thread is stored under the
site's root address (thread "Multiplicative Inverse. Affine Cipher", HallsofIvy, Sep 17, 2008) and
its "5-1" is 5^{-1} with the superscript lost; refused forms are made False cases only where the
page says the value is wrong (a gcd that is not a gcd, a wrong order, a wrong remainder, a
reciprocal taken for a modular inverse), never where only the form is objected to.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.algebra.com question 381701 (Edwin, gcd of 3+4i and 4-3i in the Gaussian integers: "the set
  of four associate GCDs ... {4-3i, -4+3i, 3+4i, -3-4i} Those are the answers"; "2+i, -2-i, 1-2i,
  and -1+2i are also common divisors ... none of these are divisible by any of the four associate
  GCDs, so they are not GCDs"). 7 cases (4 False).
- math.techqa.club 1865034 (gcd(5+8i, 3+2i): "the manual solution ... it can be i or -i or -1 or
  1"; answer: "it is determined only up to multiplication by a unit"). 3 cases.
- newbetuts.com 82350 (gcd of 11+7i and 18-i: "We conclude that 1 is a greatest common divisor
  ... (So are its associates -1 and ±i.)"). 1 case.
- math.techqa.club 2150508 (gcd of 29-3i and 11+10i: the gcd divides "(850,221) = 17 ... the prime
  p1 = i - 4 is a common divisor, necessarily greatest, since 17∤11+10i"). 1 case (1 False).
- newbe.dev "question-about-proving-mathbb-z-i-is-not-ufd" ("10=2×5=(1+i)(1-i)(2+i)(2-i), which is
  unique except for unit factors"; "4n+1 'primes' are not primes anymore", "The number 2 is
  similarly not prime anymore"). 1 case (1 False).
- mail-archive.com perl6-all msg65064 (TSa on Gaussian division with remainder: "a = 8i, b = 3 =>
  q = 2i, r = 2i ... q = 3i and r = -i works as well", and two more pairs listed for one
  division). 3 cases.
- math.techqa.club 700099 (GF(2^3) with x^3+x+1: "the textbook claims ... the answer should be X +
  1", "the table say 111 * 111 in GF(2^3) is 011 or X+1"; answer "10101 mod 1011 = 11"; the
  asker's reduction to "0000" is the error asked about). 3 cases (1 False).
- kiwix.lukehooper.xyz math.stackexchange 643174 ((x^2+x+1)^2 in GF(8): "The result ... should be x
  + 1"; answer "simply write alpha for x ... = alpha+1"). 1 case.
- math.techqa.club 4194187 (inverse of x+1 in GF(8): "-(x^2+x)=x^2+x (in F_2[x]) so our inverse is
  x^2+x"). 1 case.
- people.eku.edu styere JS-AES (course page on AES bytes: "2d * a3 = | 11010001 = d1 |" after
  reducing to "x^{7} + x^{6} + x^{4} + 1"). 2 cases.
- math.techqa.club 1938294 (F_4 = {0,1,A,B}: "B=A+1 ... AA=A(B-1)=AB-A=1-A=1+A=B and
  BB=(A+1)B=AB+B=1+B=2+A=A"). 4 cases.
- imathworks.com "math-construction-of-addition-and-multiplication-table-for-gf4" ("1+alpha. The
  result is beta"; answer "1+alpha = -alpha^2 = alpha^2, which you are calling beta"). 2 cases.

Sources of bench/equiv_fresh119_a2.py:

- imathworks.com "identify-an-inverse-of-7-modulo-26" (asker's -11 marked wrong, professor's 15;
  answer: "Both -11 and 15 are correct answers because they represent the same residue mod 26").
  1 case.
- kiwix.lukehooper.xyz math.stackexchange 355066 (inverse of 17 mod 3120: "-367 is the inverse
  ... website gives ... 2753"; answer "You have obtained the correct answer. Note that -367 ≡
  (3120-367) ≡ 2753 (mod 3120)"). 1 case.
- groups.google.com math55summer2012 WHnSHXO8V9Q (course reader Kevin: "an inverse of 5 mod 8 is
  -3 ... -3+8=5 is another inverse ... -3+8+8=13 is another inverse of 5 mod 8"). 2 cases.
- physicsforums.com thread "Multiplicative Inverse. Affine Cipher" (stored at the site root;
  HallsofIvy: "5-1 (mod 26) is NOT 15 ... 5-1 (mod 26)= 26+ (-5)= 21 ... -5= 21 (mod 26)").
  2 cases (1 False).
- qammunity.org 16711636 ("How would you do 5^-1 (mod 26)?": "Thus, k = -5 = 21 (mod 26) And 5^-1
  = 21 (mod 26)"). 1 case.
- drift.fundegar.com "confusion-on-how-to-find-answer-to-11-1-mod-26" ("The solution is 19 ...
  11^{-1} on its own is \frac{1}{11}"; answers: "x^{-1} does not mean the reciprocal ... it means
  the multiplicative inverse", "11^{-1}=-7=19 (mod 26)"). 2 cases (1 False).
- assignmentexpert.com question 97684 ("-13 (mod 35) = (35-13) (mod 35) = 22 (mod 35), so the
  inverse of 8 modulo 35 is 22"). 1 case.
- homeworksource.com 1052557 (5x ≡ 4 (mod 3): "x=-1 mod 3 / x=3m-1 , where m is any integer /
  This is formula for all integer solutions"). 1 case.
- homeworksource.com 997922 ("x=3 mod 31 / x=31m+3 , m is any integer", "x=2 mod 3 / x=3m+2",
  "x=2,-3 mod 7 / x=7m+2 or 7n-3"). 3 cases.
- math.techqa.club 4038482 (x^2 ≡ 9 (mod 13): asker "I keep coming back to x =3 but it seems to be
  wrong"; answers "-3 ≡ 10 (mod 13) so 10 is another solution", "exactly two solutions x ∈ {3, -3}
  = {3, 10}"). 2 cases (1 False).
- www.algebra.com question 1208760 (math_tutor2020, CRT with moduli 5, 7, 11: "The set of all
  solutions fit the congruence x = 3552 (mod 385) ... This leads to x = 87 (mod 385) ... can be
  translated to the equation x = 385k + 87 where k is an integer"). 2 cases.
- assignmentexpert.com question 272612 (x ≡ 1 mod 3, 2 mod 4, 3 mod 5: "x=-2+60k. Therefore, the
  solution of the system is x\equiv -2\mod 60 or [-2]_{60}"). 2 cases.
- ansaurus.com 1812460 (9 = 2^X mod 11: "The answer is 6 + 10i for any integer i"; another helper
  "2^n mod 11 = 9 for n=6+10*m where m is integer"). 1 case.
- math.techqa.club 858241 (order of 6 mod 7: the asker's rule gives 6, by hand "order should be 2
  instead of 6 right?"; answer: if g^q is not 1 then "g has order 2 or 2q", so the rule was
  misread). 1 case (1 False).
- www.physicsforums.com 277909 (subgroup <[4]> of Z13*: asker "the subgroup is of order 13. My
  intuition is clearly wrong, because the answer in the back of the book reads ... o(<[4]>) =
  6"). 1 case (1 False).
- www.physicsforums.com 645902 ("Why is -101 mod 13 = 3 and not 10"; "-101 / 13: results in a
  quotient of -8 with a remainder of +3"). 1 case (1 False).

53 cases in all (13 False): 29 here (7 False), 24 in bench/equiv_fresh119_a2.py (6 False).

Removed by the project before the run (24 cases, 2 of them False): finite-field elements named
by the page's polynomial, bit-string, hex or letter representation (`X + 1` for `011`, `B` for
`1+A` in GF(4), `d1` for `11010001`), equal only in the field the question names; residues equal
only modulo the question's modulus (`15` for `-11` mod 26, `\\{3, -3\\}` for `\\{3, 10\\}` mod 13), and
`6 + 10i` where i is an integer parameter; and a refusal of `2×5` for
`(1+i)(1-i)(2+i)(2-i)` that is only about the form (both are 10). Fourteen in this file, ten
in ``equiv_fresh119_a2``; the counts below are those before the removal.

Left out, by rule: refusals of an equal residue only for its form (the professor's marking of -11
against 15 on imathworks, rcgldr's "none of them negative" against -10 for -101 mod 13 on
physicsforums 645902); a pair the page gets wrong (mail-archive's "q = 3 - i,  r = -4i" for
(12+5i)/(3+4i): (3-i)(3+4i)-4i is 13+5i, so it is neither accepted nor refused there); pairs that
need the question (vespr's "421 or 841" for "one possible value"); intermediate or unreduced forms
that are not answers (techqa 700099's unreduced "10101", eku's "x^{12} + x^{9} + ..." before
reduction, kiwix 643174's "2x^2 - x - 1" remainder over Z, sample solutions such as "{87, 472,
857, 1242}" and "-1,2,5"); forms with two values in one sign (newbetuts' "±i"); single-form
answers (iq786's inverse of 3 mod 7, oxfordindex's congruence equation, homeworksource 1078209's
primitive roots of 13, homeworksource 971021's "x=5,8", numbertheorystepbystep's orders and index
tables, mathforum Dr. Math 51670's quaternion inverse, kiwix 1008554 and 2986288, where only
Wolfram Alpha and the asker give 66 and the helpers say only "a factor of 66"); machine-written
pages (studyx.ai, askfilo, smartsolve, math.bot, math-gpt.org, edu.com, vaia, questionai,
gauthmath, errorhandle.ai, qeeebo, openknowledgegraph, questionstock, glarity, bilbois AI chats,
and the GPT-style answers on qamnty 21015828 and qammunity 21300633, 21426351, 19776566).

Examined and not used: web2.0calc "remainder-when-x-is-divided-by-105", kiwix 2944734,
assignmentexpert 264361, techqa 4814958 and runxinzhi (used by earlier sets); crypto.stackexchange
33467, techqa 2915041, freemathhelp 132942 and 109930, lntwww Exercise 2.5Z, brainmass 16597 and
147839 (the settling answer is not in the stored text); codegolf 231182 (any of four gcds allowed,
but no second form printed); techqa 2705030 and the other quaternion pages found (no product or
norm settled by a person: no quaternion case was found within the look-up budget); homeworksource
1091301 (its "909 (mod 253)" is wrong and nobody says so); techqa 669985 (no final value);
jiskha 1318265528 (minus signs lost); physicsforums 21679 and mathhelpforum 12024 (confused or
erroneous threads); huggingface Nemotron-CC-Math copies (dataset copies, not pages).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AL = "www.algebra.com"
AL_381701 = "https://www.algebra.com/cgi-bin/jump-to-question.mpl?question=381701&source=amp_page_question_142296"
TQ = "math.techqa.club"
TQ_1865034 = "https://math.techqa.club/find-the-gcd-of-the-following-gaussian-integers-1865034"
NBT = "newbetuts.com"
NBT_82350 = "https://newbetuts.com/82350-how-to-calculate-gcd-of-gaussian-integers-closed"
TQ_2150508 = "https://math.techqa.club/how-to-find-the-gcd-of-29-3i-and-11-10i-2150508"
NB = "newbe.dev"
NB_UFD = "https://newbe.dev/question-about-proving-mathbb-z-i-is-not-ufd"
MA = "mail-archive.com"
MA_65064 = "https://mail-archive.com/perl6-all@perl.org/msg65064.html"
TQ_700099 = "https://math.techqa.club/galois-field-2-3-multiplication-of-111-and-111-700099"
KX = "kiwix.lukehooper.xyz"
KX_643174 = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/643174/calculating-polynomials-in-a-galois-field"
TQ_4194187 = "https://math.techqa.club/multiplicative-inverse-in-gf-8-4194187"
EKU = "people.eku.edu"
EKU_AES = "http://people.eku.edu/styere/Encrypt/JS-AES.html"
TQ_1938294 = "https://math.techqa.club/how-can-i-find-the-sum-and-multiplication-table-of-a-f-4-field-1938294"
IMW = "imathworks.com"
IMW_GF4 = (
    "https://imathworks.com/math/math-construction-of-addition-and-multiplication-table-for-gf4"
)
# sources of bench/equiv_fresh119_a2.py
IMW_7M26 = "https://imathworks.com/math/identify-an-inverse-of-7-modulo-26"
KX_355066 = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/355066/find-the-inverse-modulo-of-a-number-got-a-negative-result"
GG = "groups.google.com"
GG_M55 = "https://groups.google.com/g/math55summer2012/c/WHnSHXO8V9Q"
PF = "physicsforums.com"
PF_AFF = "https://physicsforums.com"
QA = "qammunity.org"
QA_16711 = "https://qammunity.org/16711636"
DF = "drift.fundegar.com"
DF_11 = "https://drift.fundegar.com/confusion-on-how-to-find-answer-to-11-1-mod-26.html"
AE = "assignmentexpert.com"
AE_97684 = "https://assignmentexpert.com/homework-answers/mathematics/combinatorics-number-theory/question-97684"
HS = "homeworksource.com"
HS_1052557 = "https://homeworksource.com/p/1052557/find-three-integer-solutions-to-the-equation-5x-4mod-3-can-y-1052557"
HS_997922 = "https://homeworksource.com/p/997922/for-the-following-find-all-x-satisfying-the-given-equation-o-997922"
TQ_4038482 = "https://math.techqa.club/solving-a-simple-quadratic-in-modular-arithmetic-4038482"
AL_1208760 = "https://www.algebra.com/cgi-bin/jump-to-question.mpl?question=1208760&source=amp_page_question_134424"
AE_272612 = "https://assignmentexpert.com/homework-answers/mathematics/combinatorics-number-theory/question-272612"
ANS = "ansaurus.com"
ANS_1812460 = "http://ansaurus.com/question/1812460-how-find-a-variable-value-in-mod-expression"
TQ_858241 = "https://math.techqa.club/lagrange-theorem-modulo-arithmetic-858241"
WPF = "www.physicsforums.com"
WPF_277909 = "https://www.physicsforums.com/threads/more-subgroups.277909/"
WPF_645902 = "https://www.physicsforums.com/threads/why-is-101-mod-13-3-and-not-10.645902/"

CASES = [
    # algebra.com 381701: the four associate gcds of 3+4i and 4-3i, and common divisors that are not gcds
    _c(
        AL,
        AL_381701,
        gold="4-3i",
        pred="-4+3i",
        wrap=True,
        expected=True,
        why="'the set of four associate GCDs ... {4-3i, -4+3i, 3+4i, -3-4i} Those are the answers'",
    ),
    _c(
        AL,
        AL_381701,
        gold="4-3i",
        pred="3+4i",
        wrap=True,
        expected=True,
        why="'{4-3i, -4+3i, 3+4i, -3-4i} Those are the answers'",
    ),
    _c(
        AL,
        AL_381701,
        gold="4-3i",
        pred="-3-4i",
        wrap=True,
        expected=True,
        why="'{4-3i, -4+3i, 3+4i, -3-4i} Those are the answers'",
    ),
    _c(
        AL,
        AL_381701,
        gold="4-3i",
        pred="2+i",
        wrap=True,
        expected=False,
        why="'2+i, -2-i, 1-2i, and -1+2i are also common divisors ... so they are not GCDs'",
    ),
    _c(
        AL,
        AL_381701,
        gold="4-3i",
        pred="-2-i",
        wrap=True,
        expected=False,
        why="'2+i, -2-i, 1-2i, and -1+2i are also common divisors ... so they are not GCDs'",
    ),
    _c(
        AL,
        AL_381701,
        gold="4-3i",
        pred="1-2i",
        wrap=True,
        expected=False,
        why="'2+i, -2-i, 1-2i, and -1+2i are also common divisors ... so they are not GCDs'",
    ),
    _c(
        AL,
        AL_381701,
        gold="4-3i",
        pred="-1+2i",
        wrap=True,
        expected=False,
        why="'2+i, -2-i, 1-2i, and -1+2i are also common divisors ... so they are not GCDs'",
    ),
    # techqa 1865034: gcd(5+8i, 3+2i) is 1 up to a unit, as the manual solution says
    _c(
        TQ,
        TQ_1865034,
        gold="1",
        pred="i",
        wrap=True,
        expected=True,
        why="'the manual solution ... it can be i or -i or -1 or 1'; 'determined only up to multiplication by a unit'",
    ),
    _c(
        TQ,
        TQ_1865034,
        gold="1",
        pred="-i",
        wrap=True,
        expected=True,
        why="'the manual solution ... it can be i or -i or -1 or 1'; 'determined only up to multiplication by a unit'",
    ),
    _c(
        TQ,
        TQ_1865034,
        gold="1",
        pred="-1",
        wrap=True,
        expected=True,
        why="'the manual solution ... it can be i or -i or -1 or 1'; 'determined only up to multiplication by a unit'",
    ),
    # newbetuts 82350: gcd(11+7i, 18-i) is 1, and so is its associate -1
    _c(
        NBT,
        NBT_82350,
        gold="1",
        pred="-1",
        wrap=True,
        expected=True,
        why="'We conclude that 1 is a greatest common divisor of 11+7i and 18-i. (So are its associates -1 and ±i.)'",
    ),
    # techqa 2150508: gcd(29-3i, 11+10i) is the prime i - 4, not the norm gcd 17
    _c(
        TQ,
        TQ_2150508,
        gold="i - 4",
        pred="17",
        wrap=True,
        expected=False,
        why="'The gcd divides the gcd of their norms = (850,221) = 17'; 'the prime p1 = i - 4 is a common divisor, necessarily greatest, since 17∤11+10i'",
    ),
    # mail-archive perl6-all msg65064: quotient and remainder in Z[i] are not unique
    _c(
        MA,
        MA_65064,
        gold="q = 2i, r = 2i",
        pred="q = 3i and r = -i",
        wrap=True,
        expected=True,
        why="'a = 8i, b = 3  =>  q = 2i, r = 2i'; 'these q and r are not unique! q = 3i and r = -i works as well'",
    ),
    _c(
        MA,
        MA_65064,
        gold="q = -2i,    r = 2",
        pred="q = -3i,    r = -1",
        wrap=True,
        expected=True,
        why="'a = 8,       b = 3i      =>  q = -2i,    r = 2' and on the next line 'q = -3i,    r = -1' (both listed as results)",
    ),
    _c(
        MA,
        MA_65064,
        gold="q = 2 - i,  r = 2",
        pred="q = 2 - 2i, r = -2 + 3i",
        wrap=True,
        expected=True,
        why="'a = 12 + 5i, b = 3 + 4i  =>  q = 2 - i,  r = 2' ... 'q = 2 - 2i, r = -2 + 3i' (listed as results; the middle pair is left out)",
    ),
]
