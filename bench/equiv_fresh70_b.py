r"""A seventieth fresh set of answer-equivalence cases (evaluation only; helper "b": discrete
mathematics and set answers -- sets in roster and set-builder form, power sets, Cartesian products,
closed forms of recurrences and sums, binomial coefficients and factorials against numbers,
residues and congruence classes, simplified Boolean expressions -- where an answer key, a mark
scheme, a solutions page, a quiz's feedback or a Q&A thread settles which forms are the same
answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh70_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh70_b2.py and
bench/equiv_fresh70_b3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX with its
``$``, ``\(``/``\)`` and ``\[``/``\]`` delimiters dropped; plain-text sets kept with their own
spacing and symbols ("{x:x ϵ N,x<7}", "{x: x ε N, x ≤ 8}", "ϕ", "{–1, 0, 1, 2, 3}" with its en
dash); Boolean expressions kept in the page's notation ("~AC + CD", "xy + !x*z", "A'C+AB"); ASCII
math kept ("binomial(n+1, 2) + (n − 1)", "1+2^1+2^2+2^3+...+2^(n-1)"). A left side such as
"A =", "P =", "a_n =" or "S(n) =" is dropped; a congruence keeps its "x \equiv". meritnation's
markdown emphasis stars ("{*x*: *x* ε N, ...}") are dropped. Direction: where an exercise asks for
the roster form (esaral, iitianacademy, ravikantsir), the roster is the gold and the given
description the pred; where it asks for the set-builder form (philoid, meritnation), the
set-builder form is the gold and the given roster the pred. In a multiple-choice item or a quiz
the key's answer is the gold and each option the page refuses a False pred. Readings, each noted
in ``why``: plainmath's "x=1+7k where, k = 0,1,2,3,..." is taken as "x=1+7k"; iitianacademy's
sets are subsets of Z (said in the question, not in the pred); mersenneforum's asker refuses his
own "n*(n-1)/2 -1" by accepting the correction; in math.techqa.club 635114 the answer's "You
should get four terms" refuses the asker's expansion; the Numbas answer field "{set(set())}"
wraps the expected input set(set()) in Numbas' substitution braces, and the input is taken.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- imathworks.com "math-my-answer-to-a-combination-problem-is-different-from-the-textbook-answer"
  (5-digit numbers, no digit more than twice: the asker's sum with \binom94 is not the book's;
  "the actual number ... is 4\binom94, not \binom94"). 1 case (1 False).
- plainmath.net 5890 (17x = 3 (mod 7): "x\equiv 1 (mod 7)" "can be also written as, x=1+7k").
  1 case.
- esaral.com 14052 (sets given by a property described in roster form: "{a, b, c, d}", "{11, 13,
  17, 19}", "ϕ", "{T, R, I, G, O, N, M, E, Y}" ...). 8 cases.
- philoid.com 85028 (rosters described in set-builder form: "{x:x ϵ N,x<7}", "{x:x=0}" ...).
  3 cases.
- www.meritnation.com 1017393 ("P = {1, 2, 3, 4, 5, 6, 7, 8} can be written in set builder form as
  P = {x: x ε N, x ≤ 8}"). 1 case.
- qammunity.org 11589951 (a_n = 2a_(n-1) + 1, a_0 = 0: "a_n=1+2^1+2^2+...+2^(n-1)", "2^n-1").
  1 case.
- www.iitianacademy.com IB HL topic 8.1 paper 3 (08N markscheme: "A = {2, 3, 5, 7, 11, 13}",
  "B = {0, 2}", "C = {0, 1}", "D = {–1, 0, 1, 2, 3}" for the sets given by properties). 4 cases.

Sources of bench/equiv_fresh70_b2.py:

- math.techqa.club 3543762 (a recurrence's closed form with and without Wolfram's (-1)^{2n}: "You
  and wolfram get the same"). 1 case.
- math.techqa.club 2653284 (least residue mod 7: "-2 ... and ... 5 ... are equivalent"). 1 case.
- web2.0calc.com "questions/congruence-and-residues" ("-3 mod 7 does equal -3 but it also equals
  4"). 1 case.
- math.techqa.club 3460945 ({n \choose 2} + n = {n + 1 \choose 2} "is just"
  \dfrac{n(n-1)}2+n=\dfrac{n(n+1)}2). 3 cases.
- www.mersenneforum.org t=21565 (OEIS A034856: "binomial(n+1, 2) + (n − 1)" = "n*(n+3)/2 − 1";
  the asker's "n*(n-1)/2 -1" withdrawn). 2 cases (1 False).
- math.stackexchange.com 3902467 (\sum_{i=1}^{n}\binom{i}{2} = \binom{n+1}{3} =
  \frac{(n-1)n(n+1)}{6}). 3 cases.
- kiwix.lukehooper.xyz, math.stackexchange 4285872 (\sum_{i=n}^{r}{i\choose n}={r+1\choose
  n+1}). 1 case.
- www.ravikantsir.in "which-of-the-following-sets-are-equal" (A = {1,2} = E = {1,2,1,1}, C = {3,1}
  = {1,3} = D = F = {1,1,3}). 5 cases.
- www.gradesaver.com Thinking Mathematically 6th ed. 2.1 no. 86 ({0, 1, 1, 2, 2, 2, 3, 3, 3, 3}
  and {3, 2, 1, 0} "are equal"). 1 case.
- www.teachoo.com 2126/579 example 2 (P × Q and Q × P listed: "P × Q ≠ Q × P"). 1 case (1 False).
- kiwix.lukehooper.xyz, math.stackexchange 3233455 ("The set whose only element is the empty set
  is not the empty set"). 1 case (1 False).
- www.gradesaver.com Algebra 2 (McDougal Littell) 10.1 no. 71a ("5!/5=4!=24"). 2 cases.
- math.techqa.club 3676247 (x = -6 (mod 5), choices 1, 14, 15, 21: only 14). 3 cases (3 False).
- math.stackexchange.com 355963 (T(n) = 2T(n-1) + 1, T(1) = a: "2^{n-1} - 1 + 2^{n-1}a" and
  "2^{n-1}a+2^{n-1}-1"). 1 case.
- kiwix.lukehooper.xyz, math.stackexchange 2631468 (\sum k2^k: "2 + (n-1)\cdot2^{n+1}" and
  "n2^{n+1}-2^{n+1}+2"). 2 cases.
- www.raelldottin.com 2026/02 "deriving-closed-form-of-summation" (S(n) = n \cdot 2^{n+1} -
  2^{n+1} + 2 = (n-1)2^{n+1} + 2). 1 case.

Sources of bench/equiv_fresh70_b3.py:

- coderapp.vercel.app 46326684 (Stack Overflow copy: (A'+B)(A+C) = A'C+AB, and "AB + A'C + BC =
  AB + A'C"). 2 cases.
- math.techqa.club 3085271 (the book's "~AC + CD"; the asker's "ACD" "is not equivalent").
  1 case (1 False).
- math.techqa.club 3747370 (answer sheet "xy + !x*z"; the asker's "xy + zy + !x*z" reduces to it).
  1 case.
- imathworks.com "math-simplify-a-boolean-algebra-expression-xy-xz-xyz" (xy + xz' + x'yz = xz' +
  yz). 1 case.
- math.techqa.club 4028826 (x'z' + xyz + xz' = z' + xyz = z' + xy). 2 cases.
- math.techqa.club 635114 ((xy + x'yz)(xz + x'y') = xyz; the asker's "xyz + yz + x'z" refused).
  2 cases (1 False).
- okstem.org CS121 lesson 6 (quiz feedback: C(5,2) = 5!/(2!·3!) = 10, not 20, 60 or 25; PINs
  10³ = 1000, not 720 or 120; the coefficient of x²y in (x+y)³ is C(3,1) = 3, not 1, 6 or 9).
  11 cases (8 False).
- numbas.mathcentre.ac.uk question 42941 (P({}) = \left\{\left\{\right\}\right\}, entered as
  set(set())). 1 case.

69 cases in all (17 False): 19 here (1 False), 29 in bench/equiv_fresh70_b2.py (6 False), 21 in
bench/equiv_fresh70_b3.py (10 False).

Left out, by rule: forms whose superscripts the text conversion lost (esaral (ii) "{x ∈ N : x2 <
25}"; philoid (ii), (iii), (vi)-(viii) "{x N: x = 3n, n W}", "x=n2"; meritnation's Q "{*x* ^{2}:
...}"; the library.tis.today copy of the IB question, "m4=8m", "m2<2m+4"), forms with lost commas
(meritnation's "{16, 18 20 22, 24 26, ...}") and stacked fractions (mersenneforum's "n*(n+3) − 2
/ 2" in a code block); a misprinted chain (math.stackexchange 355963's expanded sum, which skips
the 2^1 term); forms the page does not settle (the asker's own -1 in math.techqa.club 3676247, a
solution of the congruence but not among the choices; the imathworks asker's "y(x + z) + xz'",
which the answer does not use; classes.areteem.org forum d=504, whose two recursive formulas are
not stored in full); mark schemes that refuse only a described form ("a single element missing",
library.tis.today 7894, ib.mycosmic.dev 296); fenix.help's multiple-choice relations, whose
answers are marked only by a missing bullet; single-form answers (qammunity 11589561, homework
source, lab46.corning-cc.edu, saylor CS202, stuvia's Johnsonbaugh manual).

Examined and not used: pages used or claimed by earlier sets (web2.0calc "mod-arithmetic" and
math.techqa.club 2191796, fresh66_d; the cs.rit.edu ARQMath copy of 95518_2012 with the Boolean
"discrepancy" thread; kiwix 4059947 and 941062, fresh54_e; askanewquestion 1156435, fresh53_d;
math.techqa.club 2844901, fresh64_d; kiwix 4814958, fresh66; socratic's "4 books from 12" and
gradesaver Thinking Mathematically 11.3 no. 31, fresh62_a; qammunity 3450331); AI-written or
generated pages (gauthmath, mathix, camtutor.ai, math-gpt.org, mathgpt.today, solvely.ai,
tutor.hix.ai, learn.padho.ai, curioustab, vaia, openknowledgegraph, sensei-ai, errorhandle.ai,
npi3, questionai, transtutors' AI tips, the Pearson channel concept blurbs) and the huggingface
Nemotron-CC-Math rows (rewritten copies of MSE and forum threads); pages whose verdict is wrong or
disputed (wizedu 1439468 calls an equal pair "not equivalent"; askanewquestion 2748368's matching
key; soulshift 39928's "Correct Answer: 19"; mathhelpforum 12024's list); pages with no settled
second form or no stored answer (wiki.rmanhart.org 4115778, which asks only about minimality;
holooly's K-map page, whose first form is lost; mymathforum 25047; archive.tinychan; mathhelpforum
131259, 79655 and 20091; thestudentroom 3923925; discuss.educative.io 14369; kiwix 3124039,
2496648 and 761313; wiki.rmanhart.org 3085271, whose answer is only in the techqa copy used here;
the brooklyn.cuny.edu notes, whose equal sets are split by "$$"; foxoyo; fliphtml5's copy of
Levin's book with its symbols lost; mathcelebrity's derangements)."""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

IMW = "imathworks.com"
IMW_COMB = (
    "https://imathworks.com/math/math-my-answer-to-a-combination-problem-is-different"
    "-from-the-textbook-answer"
)
IMW_BOOL = "https://imathworks.com/math/math-simplify-a-boolean-algebra-expression-xy-xz-xyz"
PLM = "plainmath.net"
PLM_5890 = "https://plainmath.net/5890/solve-the-following-linear-congruence-17x-congruence-3-mod-7"
ESA = "esaral.com"
ESA_14052 = "https://esaral.com/q/describe-the-following-sets-in-roster-form-14052"
PHI = "philoid.com"
PHI_85028 = (
    "https://philoid.com/question/85028-describe-the-following-sets-in-set-builder-fo"
    "rm-i-a-123456-ii-b-1-12-13-14-15-iii-c-036912-iv-d-101112131415-v-e-0-"
)
MER = "www.meritnation.com"
MER_1017393 = (
    "http://www.meritnation.com/ask-answer/question/what-is-set-builder-form-and-rost"
    "er-form/sets/1017393"
)
QAM = "qammunity.org"
QAM_11589951 = "https://qammunity.org/11589950/?show=11589951"
IIT = "www.iitianacademy.com"
IIT_SETS = (
    "https://www.iitianacademy.com/ib-dp-maths-topic-8-1-operations-on-sets-union-int"
    "ersection-complement-set-difference-symmetric-difference-hl-paper-3/"
)
TQA = "math.techqa.club"
TQA_3543762 = "https://math.techqa.club/reccurance-relation-3543762"
TQA_2653284 = "https://math.techqa.club/elementary-number-theory-least-residue-2653284"
TQA_3460945 = (
    "https://math.techqa.club/binomial-coefficient-identity-n-choose-2-n-n-1-choose-2-3460945"
)
TQA_3676247 = "https://math.techqa.club/find-the-value-of-x-such-that-x-equiv-6-pmod-5-3676247"
TQA_3085271 = "https://math.techqa.club/simplifying-a-boolean-algebra-expression-3085271"
TQA_3747370 = "https://math.techqa.club/difficulty-simplifying-boolean-algebra-expression-3747370"
TQA_4028826 = "https://math.techqa.club/simplifying-boolean-algebra-what-am-i-missing-4028826"
TQA_635114 = "https://math.techqa.club/boolean-algebra-simplification-problem-635114"
W2C = "web2.0calc.com"
W2C_RES = "https://web2.0calc.com/questions/congruence-and-residues"
MRS = "www.mersenneforum.org"
MRS_21565 = (
    "https://www.mersenneforum.org/printthread.php?s=043379c55fe2686d9b3306fafd8500da&t=21565"
)
MSE = "math.stackexchange.com"
MSE_3902467 = (
    "https://math.stackexchange.com/questions/3902467/sum-of-binomial-coefficients-ex"
    "pansion-to-prove-equation"
)
MSE_355963 = (
    "https://math.stackexchange.com/questions/355963/how-to-derive-a-closed-form-of-a"
    "-simple-recursion/356003"
)
KWX = "kiwix.lukehooper.xyz"
KWX_4285872 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/quest"
    "ions/4285872/is-there-a-closed-formula-for-the-finite-sum-sum-i-0-r-i-choose-n"
)
KWX_3233455 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/quest"
    "ions/3233455/can-the-empty-set-contain-itself"
)
KWX_2631468 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/quest"
    "ions/2631468/how-can-i-calculate-the-sum-of-the-n-first-elements-1-cdot-2-2-cdot"
    "2-2-3-cdot2"
)
RKS = "www.ravikantsir.in"
RKS_EQ = (
    "https://www.ravikantsir.in/which-of-the-following-sets-are-equal-a-x-x∈-n-x-3-b-"
    "12c-31-d-x-x∈-n-x-is-odd-x-less-than-5-e-1211-f-11-3/"
)
GSV = "www.gradesaver.com"
GSV_TM86 = (
    "https://www.gradesaver.com/textbooks/math/other-math/thinking-mathematically-6th"
    "-edition/chapter-2-set-theory-2-1-basic-set-concepts-exercise-set-2-1-page-59/86"
)
GSV_A2_71A = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-2-1st-edition/chapter-"
    "10-counting-methods-and-probability-10-1-apply-the-counting-principles-and-permu"
    "tations-10-1-exercises-problem-solving-page-689/71a"
)
TCH = "www.teachoo.com"
TCH_PXQ = (
    "https://www.teachoo.com/2126/579/Example-2---If-P-=--a--b--c--and-Q-=--r---find-"
    "P-x-Q-and-Q-x-P/category/Examples/"
)
RAE = "www.raelldottin.com"
RAE_SUM = "https://www.raelldottin.com/2026/02/deriving-closed-form-of-summation.html"
CDR = "coderapp.vercel.app"
CDR_46326684 = "https://coderapp.vercel.app/answer/46326684"
OKS = "okstem.org"
OKS_06 = "https://okstem.org/college/cs121/lesson-06.html"
NUM = "numbas.mathcentre.ac.uk"
NUM_42941 = (
    "https://numbas.mathcentre.ac.uk/question/42941/simon-s-copy-of-basic-set-theory-"
    "fun-and-games-with-the-power-set.exam"
)

CASES = [
    # imathworks: the asker's count of 5-digit numbers against the book's
    _c(
        IMW,
        IMW_COMB,
        gold=r"9\cdot8\cdot7\cdot6\cdot5 + 9\binom52\cdot8\cdot7\cdot6 + \binom92\cdot7\cdot\frac{5!}{2\cdot2}",
        pred=r"9\cdot8\cdot7\cdot6\cdot5 + \binom94\cdot\frac{5!}2 + \binom93\cdot\frac{5!}{2\cdot2}",
        wrap=True,
        expected=False,
        why="'Both answers don't equal the same'; best answer: the count is 4\\binom94, 'not \\binom94'",
    ),
    # plainmath 5890: a congruence class written as a parametrised solution
    _c(
        PLM,
        PLM_5890,
        gold=r"x\equiv 1\left(\text{mod}7\right)",
        pred=r"x=1+7k",
        wrap=True,
        expected=True,
        why="'x\\equiv 1 (mod 7)' ... 'It can be also written as, x=1+7k where, k = 0,1,2,3,...'",
    ),
    # esaral 14052: sets described by a property, written in roster form
    _c(
        ESA,
        ESA_14052,
        gold=r"{a, b, c, d}",
        pred=r"{x : x is a letter before e in the English alphabet}",
        wrap=True,
        expected=True,
        why="(i) {x : x is a letter before e in the English alphabet} -> roster '(i) {a, b, c, d}'",
    ),
    _c(
        ESA,
        ESA_14052,
        gold=r"{11, 13, 17, 19}",
        pred=r"{x ∈ N : x is a prime number, 10 < x < 20}",
        wrap=True,
        expected=True,
        why="(iii) {x ∈ N : x is a prime number, 10 < x < 20} -> '(iii) {11, 13, 17, 19}'",
    ),
    _c(
        ESA,
        ESA_14052,
        gold=r"{2, 4, 6, 8, 10,...}",
        pred=r"{x ∈ N : x = 2n, n ∈ N}",
        wrap=True,
        expected=True,
        why="(iv) {x ∈ N : x = 2n, n ∈ N} -> '(iv) {2, 4, 6, 8, 10,...}'",
    ),
    _c(
        ESA,
        ESA_14052,
        gold=r"ϕ",
        pred=r"{x ∈ R : x > x}",
        wrap=True,
        expected=True,
        why="(v) {x ∈ R : x > x} -> '(v) ϕ'",
    ),
    _c(
        ESA,
        ESA_14052,
        gold=r"{2, 3, 5}",
        pred=r"{x : x is a prime number which is a divisor of 60}",
        wrap=True,
        expected=True,
        why="(vi) {x : x is a prime number which is a divisor of 60} -> '(vi) {2, 3, 5}'",
    ),
    _c(
        ESA,
        ESA_14052,
        gold=r"{17, 26, 35, 44, 53, 62, 71, 80}",
        pred=r"{x : x is a two digit number such that the sum of its digits is 8}",
        wrap=True,
        expected=True,
        why="(vii) two digit numbers with digit sum 8 -> '(vii) {17, 26, 35, 44, 53, 62, 71, 80}'",
    ),
    _c(
        ESA,
        ESA_14052,
        gold=r"{T, R, I, G, O, N, M, E, Y}",
        pred=r"The set of all letters in the word 'Trigonometry'",
        wrap=True,
        expected=True,
        why="(viii) letters of 'Trigonometry' -> '(viii) {T, R, I, G, O, N, M, E, Y}'",
    ),
    _c(
        ESA,
        ESA_14052,
        gold=r"{B, E, T, R}",
        pred=r"The set of all letters in the word 'Better'",
        wrap=True,
        expected=True,
        why="(ix) letters of 'Better' -> '(ix) {B, E, T, R}'",
    ),
    # philoid 85028: rosters described in set-builder form (the answer is the set-builder form)
    _c(
        PHI,
        PHI_85028,
        gold=r"{x:x ϵ N,x<7}",
        pred=r"{1,2,3,4,5,6}",
        wrap=True,
        expected=True,
        why="'(i) A = {1,2,3,4,5,6}' answered '(i) {x:x ϵ N,x<7}'",
    ),
    _c(
        PHI,
        PHI_85028,
        gold=r"{x:x ϵ N,9<x<16}",
        pred=r"{10,11,12,13,14,15}",
        wrap=True,
        expected=True,
        why="'(iv) D={10,11,12,13,14,15}' answered '(iv) {x:x ϵ N,9<x<16}'",
    ),
    _c(
        PHI,
        PHI_85028,
        gold=r"{x:x=0}",
        pred=r"{0}",
        wrap=True,
        expected=True,
        why="'(v) E={0}' answered '(v) {x:x=0}'",
    ),
    # meritnation 1017393: a roster written in set-builder form
    _c(
        MER,
        MER_1017393,
        gold=r"{x: x ε N, x ≤ 8}",
        pred=r"{1, 2, 3, 4, 5, 6, 7, 8}",
        wrap=True,
        expected=True,
        why="'The set P = {1, 2, 3, 4, 5, 6, 7, 8} can be written in set builder form as P = {x: x ε N, x ≤ 8}'",
    ),
    # qammunity 11589951: a_n = 2a_(n-1) + 1, a_0 = 0, by backward substitution
    _c(
        QAM,
        QAM_11589951,
        gold=r"2^n-1",
        pred=r"1+2^1+2^2+2^3+...+2^(n-1)",
        wrap=True,
        expected=True,
        why="'a_n=1+2^1+2^2+2^3+...+2^(n-1)' ... 'S=2^n-1 and we have our closed formula'",
    ),
    # iitianacademy, IB HL paper 3 sets (08N): subsets of Z listed by their elements
    _c(
        IIT,
        IIT_SETS,
        gold=r"{2, 3, 5, 7, 11, 13}",
        pred=r"\{ \left. m \right|m{\text{ is a prime number less than 15}}\}",
        wrap=True,
        expected=True,
        why="A = {m | m is a prime number less than 15}; markscheme 'A = {2, 3, 5, 7, 11, 13} A1'",
    ),
    _c(
        IIT,
        IIT_SETS,
        gold=r"{0, 2}",
        pred=r"\{ \left. m \right|{m^4} = 8m\}",
        wrap=True,
        expected=True,
        why="B = {m | m^4 = 8m} (subsets of Z); markscheme 'B = {0, 2} A1'",
    ),
    _c(
        IIT,
        IIT_SETS,
        gold=r"{0, 1}",
        pred=r"\{ \left. m \right|(m + 1)(m – 2) < 0\}",
        wrap=True,
        expected=True,
        why="C = {m | (m+1)(m-2) < 0} (subsets of Z); markscheme 'C = {0, 1} A1'",
    ),
    _c(
        IIT,
        IIT_SETS,
        gold=r"{–1, 0, 1, 2, 3}",
        pred=r"\{ \left. m \right|{m^2} < 2m + 4\}",
        wrap=True,
        expected=True,
        why="D = {m | m^2 < 2m + 4} (subsets of Z); markscheme 'D = {–1, 0, 1, 2, 3} A1'",
    ),
]
