r"""A hundred-and-ninth fresh set of answer-equivalence cases (evaluation only; helper "a":
olympiad and contest answers that are sets, families or conditions -- solutions of functional
equations ("f\equiv id" against "f(x)=x", "f(x)=x+c" against "f(x) = x + f(0)", "f(x)=0 and
f(x)=x^2" against "f(x)=\pm x^2"), all integers or primes with a property ("a multiple of three",
"n \equiv 0 \mod 3", "n = 3k"; "3k+1" against "6p + 1 or 6p + 4"; "p\equiv 1\pmod{6}" against its
two classes mod 12; "primes congruent to 1 or 2 modulo 4" against "primes of form x^2 + y^2"),
parametrised integer solutions ("x=-5+3s-2t, y= 5-2s, z=t" against another parametrisation),
"no solutions" against the empty set, and ranges of a parameter ("[7/3,\infty)" against
"a \ge 7/3", "|k|>1" against "k\in(-\infty,-1)\cup(1,\infty)") -- where an answer, a key, a
multiple-choice solution, a thread or an encyclopedia entry settles that another statement of the
answer is the same, or that it is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool) and, for one
case, from a GitHub issue thread (the ``issues`` corpus). No earlier set used them: each URL or page
id, and domain plus distinctive path part, was grepped in bench/ and checked against
/work/wt/fresh*_claims/claims.txt, and each page was claimed in
/work/wt/fresh109_claims/claims.txt before use. Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. For a web page
``repo`` is the domain of the stored copy and ``where`` its full URL (no commit; every page is a web
page with no licence file); for the GitHub thread ``repo`` is ``owner/name`` and ``where`` is
``issues/N``. Only the text the search tool returned for a page (its excerpt) was read. Do not tune
the judge on these cases. Continued in bench/equiv_fresh109_a2.py (same rules; its sources are
listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX with the
inline dollar signs dropped (techqa's "k\in(-\infty,-1)\cup(1,\infty)", "S=\{k: |k|\gt1\}",
plainmath's "\left|k\right|>4" and "{k}^{2}>16", tinkutara's "{n}=\mathrm{1}" with its Unicode
minus signs), plain text kept plain ("k =/= 0", "n ≡ 1 or 4 (mod 7 )", "7m - 6 or 7m + 4",
"(-inf ; -sqrt(3)] v [sqrt(3) ; inf)", OEIS's "primes == 0 or 1 (mod 3)"), the pages' own spacing
kept. A lead-in ("S =", "x є", "Answer is:") is dropped. Readings, each noted in ``why``: where a
page writes two forms in separate formulas joined by its own word ("and", "or"), the word is kept
between them with the dollar signs dropped ("6p + 1 or 6p + 4", "n=6k+1 and n=6k+2", where "and"
lists the two classes as the page does); where a page's two cases are stated separately and then
put together (techqa 1701023), the two classes are joined with "or"; a \color wrapper (techqa
2424323) and the link "\equiv \pm 1" inside "p \equiv 1,4 \equiv \pm 1 \pmod{5}" (techqa 2029739)
are dropped; where an answer in words names the gold (a question's "in fact the answer is that it
should be a multiple of three", OEIS titles), the words are the gold. For the multiple-choice page
(solve.club 3^n + 1) each refused option is a False case against the boxed answer.

Sources (domain, URL, what is settled; web pages have no licence file):

- github.com scitix/sieval issue 26 (no licence file found in the index; "deliberately *not*
  calling `math_verify` per split-item, to dodge the `n=3k → 3` false positive"). 1 case (1 False).
- math.techqa.club 1927984 "Solving for all values of k if a quadratic equation containing it has
  two distinct real roots" (x^2-2kx+1=0: "$k<-1\vee k>1$", "$k^2>1$ or $|k|>1$",
  "$k\in(-\infty,-1)\cup(1,\infty)$", "$S=\{k: |k|\gt1\}$"; the asker's b^2-4ac=0 route to
  "$k=(-1)$" against "For distinct real roots, $b^2-4ac\gt0$"). 5 cases (1 False).
- kiwix.lukehooper.xyz math.stackexchange 4798242 (kx^2+2x+1-k=0: textbook "\{k \text{ is a member
  of all real numbers such that $k$ does not equal 0}\}"; "the fact that k =/= 0 ... gives the
  textbook answer"). 1 case.
- kiwix.lukehooper.xyz math.stackexchange 3018495 ("Is $3n+2 \equiv 0 \bmod 4$ same as $3n-6
  \equiv 0 \bmod 4$ ?" -- "Yes, your argument is correct"). 1 case.
- math.techqa.club 2424323 ("PS: Answer is: $[7/3,\infty)$"; answer "$\color{blue}{a \ge 7/3}$
  implies ... for $x \ge 2$"). 1 case.
- wiki.rmanhart.org math.stackexchange 2357114 ("$n$ must in the form $3k+1$ ... The solution
  further adds that it is equivalent to $6p + 1$ or $6p + 4$"). 1 case.
- www.cheenta.com lessons "i-s-i-2015-subjective-2-solution" ("n must be an odd multiple of 3 or
  n = 6r + 3 for any nonnegative integer r"). 1 case.
- kiwix.lukehooper.xyz math.stackexchange 4069402 (2x+3y+4z=5: Rosen's "$x=-5+3s-2t, y= 5-2s,
  z=t$" against "$x= (-5+4z)+3s, y= (5-4z)-2s, z=z$": "so they are equivalent"). 1 case.
- math.techqa.club 4248062 (f(f(x)-y^2)=...: "the constant zero function $ f ( x ) = 0 $ and the
  squaring function $ f ( x ) = x ^ 2 $ ... any function ... satisfying \eqref{0} is of one of
  those forms"; the asker's "$ f ( x ) = \pm x ^ 2 $"). 1 case (1 False).
- oeis.org A002313 ("Primes congruent to 1 or 2 modulo 4; or, primes of form x^2 + y^2; or, -1 is
  a square mod p"; "Primes which are not Gaussian primes (meaning not congruent to 3 mod 4)").
  3 cases.
- math.techqa.club 2502218 (IMO 1964/1: "in fact the answer is that it should be a multiple of
  three"; "$ n \equiv 0 \mod 3$"; "$n = 3k$ is the only possibility left"; the asker's Fermat
  guess "a multiple of $6,$"). 3 cases (1 False).
Sources of bench/equiv_fresh109_a2.py:

- reddit.nalc.co r/PassTimeMath problem 93 (n^2+2n+4 divisible by 7: "So n = 7m +1 or 7m - 3 for
  integers m. Equivalently n could also be 7m - 6 or 7m + 4"). 1 case.
- tinkutara.com question 133320 (the same problem: "n is of the form 7k+1 or 7k+4 i.e n ≡ 1 or 4
  (mod 7 )"). 1 case.
- solve.club "find-all-positive-integers-n" (3^n + 1 a multiple of 10; options "n = 2k",
  "n = 4k + 2", "n = 6k - 4", "n = 3k + 2"; solution "Therefore, $\boxed {n=4k+2}$"). 3 cases
  (3 False).
- plainmath.org algebra-i 67325 (-2x^2+kx-2=0 with two real solutions: "so $k>4$ or $k<-4$";
  "${k}^{2}>16$ so $\left|k\right|>4$ so $k<-4$ or $k>4$"). 2 cases.
- solve.club "a-problem-by-karan-arora-2" (x^2-y^2=666 in positive integers: "S = ∅"; "Thus there
  are no solutions."). 1 case.
- bariz.org c6h3467343 (EMC 2024 Seniors P4, an AoPS thread: "Claim 6: $f(x)=x$ ... we get
  $\boxed{f\equiv id}$, which is indeed a solution"). 1 case.
- math.stackexchange.com 1734957 (5 a QR of the prime p > 5 "if and only if the last decimal
  digit of p is 1 or 9"; "if and only if $p\equiv 1\pmod{5}$ or if $p\equiv 4\pmod{5}$ ... if and
  only if $p\equiv 1\pmod{10}$ or $p\equiv 9\pmod{10}$"; the asker's "p = 1(mod10) or p =
  9(mod10)"). 3 cases.
- math.techqa.club 2029739 ("5 is a quadratic residue (mod p) if and only if p $\equiv\pm$ 1
  (mod 5)"; "if and only if $r = 1,4$ if and only if $p \equiv 1,4 \equiv \pm 1 \pmod{5}$").
  1 case.
- math.techqa.club 1577136 ("$p\equiv 1\pmod{5}$ or $p\equiv 4\pmod{5}$"; "$\left(\frac{p}{5}
  \right)=1\iff p\equiv \{1,4\}\pmod{5}$"). 1 case.
- math.techqa.club 1701023 (-3 a QR of the odd prime p: "or equivalently if $p\equiv 1\pmod{12}$",
  "or equivalently if $p\equiv 7\pmod{12}$", "We can put the two cases together ... if
  $p\equiv 1\pmod{6}$"; "Thus $-3$ is a quadratic non-residue of the odd prime $p$ if
  $p\equiv 5\pmod{6}$"). 2 cases (1 False).
- math.techqa.club 1101276 ((3|p)=1: "primes you are looking for are ones of the form
  $12k\pm 1$"; "In other words, ... if and only if $p\equiv \pm 1\bmod 12$"). 1 case.
- math.techqa.club 1606858 ((-2/p)=1 "if and only if p is of the form $8k + 1$ or $8k + 3$";
  "the two possible solutions : $$p \equiv 1 \pmod{8}$$ and $$p \equiv 3 \pmod{8}$$"). 1 case.
- math.techqa.club 3382079 (3 | n2^n+1: the asker's "$n=6k+1$ and $n=6k+2$", "Your hypothesis
  seems very compelling!", "Which has solutions at $n\equiv1,2\mod6$"). 1 case.
- math.techqa.club 3323493 ("$n \equiv 0 \pmod{2} \quad \text{and} \quad n \equiv 2 \pmod{3}$.
  This can be consolidated as $n \equiv 2\pmod{6}$"). 1 case.
- static.tinkutara.com question 217030 (positive n with n+1 | n^2+1: "for n∈ℤ we get
  n∈{−3, −2, 0, 1} ⇒ answer for n>0 is n=1"). 1 case (1 False).
- imathworks.com "find-all-functions-f-mathbbr-to-mathbbr-satisfying-fx-y-x-fy" ("precisely those
  functions ... of the form $f(x)=x+c$"; "$f(x)=f(x+0)=x+f(0)$. Define $c\equiv f(0)$"; the
  asker's "$f(x) = x + f(0)$"). 1 case.
- forum.asechka.ru showpost 538219 ("приходим к ответу |x| >= sqrt(3) ну или х є (-inf ;
  -sqrt(3)] v [sqrt(3) ; inf)", "we arrive at the answer ... or"). 1 case.
- oeis.org A038873 ("Primes p such that 2 is a square mod p; or, primes congruent to {1, 2, 7} mod
  8"; "The primes of the form x^2 + 2xy - y^2 coincide with this sequence. These are also primes of
  the form u^2 - 2v^2"; "Also primes of the form 2v^2 - u^2"). 4 cases.
- oeis.org A007645 ("primes of the form x^2 + xy + y^2; or primes of the form x^2 + 3*y^2; or
  primes == 0 or 1 (mod 3)"; "Also, odd primes p such that -3 is a square mod p"; "Equivalently,
  primes of the form p = (x^3 - y^3)/(x - y)"). 4 cases.

50 cases in all (9 False): 19 here (4 False), 31 in bench/equiv_fresh109_a2.py (5 False).

Left out, by rule: disputed pages (math.techqa 2191170, n^2+1 divisible by n+1, where the accepted
answer gives "n=0, 1, -2, -3" and another answer says "The only solutions are 0 and 1";
alumniagri 33858066, whose "Answer : n = 1" and solution "possible values of n are 0, 1, (–2) or
(–3)" answer two different questions on one page; tardigrade's "a>7/3" against its key
"[7/3,∞)" for the techqa 2424323 problem); machine-written pages (olympiadhq.com's "Final answer"
lines under solutions whose formulas were lost, as earlier sets ruled; solveeit.ai, smartsolve.ai,
studyx.ai, testprepmagic.in, math-gpt.org, answerspace.ai, b.q8q9.com; the huggingface
Nemotron-CC-Math rewritten threads, among them the phi(n) | n thread whose "n = 2^a 3^b ... aren't
the solution" would have been a False case); OEIS characterisations with an exception ("Except for
2, primes of the form x^2 + 4y^2", "except for 3, x^2+xy+7y^2", "After a(1) = 2, ... p^4 == 1 (mod
96)"), which are not the same set; pages refusing a parametrisation without giving the right one
(the mathfun list's "Not quite. You need to allow for a scaling factor" on Pythagorean triples;
the mathedcc post "only PPTs can be parametrized in this way"; math.techqa 2762719's "There are
many many solutions" against f(x)=x and f(x)=-x); implications rather than equivalences of answer
forms (kiwix 3005380, kiwix.boehm 2198569 and kiwix 2041235: "(6,n)=1 ⟹ n=6k+1 or n=6k-1");
counts that need the question (mathforums 339179's "one, 2^4 = 4^2"; perplexus 731 and solve.club
"furmat", "There is no solution for n" against a count; imathworks "what did I miss" on the number
of linear solutions of f(x+f(x)) = x+f(x)); a form stated under another domain (perplexus 2636,
"If n were a nonnegative integer, then n=0 would have been another valid value"); the stored text
lost the forms (newbetuts 4241166, "the identity function and its opposite" with no formula in the
excerpt; the O'Reilly Fearless Symmetry excerpt, "if p 1 or 7 (mod 8)" with its ≡ lost; the
solve.club "symmetrically-paired-equation" pairs "( − 1 , − 2 0 )").

Examined and not used: math.techqa 1047166, 1027776, 4741911 and 2818327 and the ARQMath 2011/2012
zips on cs.rit.edu (used by earlier sets); mymathforum 42426, AoPS wiki 1964 IMO Problem 1 and 2002
Pan African Problem 1, aopsmath c6h49083, planetmath "cases when minus one is a quadratic residue"
and "result on quadratic residues", math.techqa 1815126, 1998653 and 2378911, kiwix 4846994 and
2751864, hoc24.vn, step.simonm.io, newbetuts 770256 and 1397224, mathhelpforum 226079 and 202779,
web2.0calc's mod-24 answer, wyzant 938698 (one form of the answer only); math.techqa 4403756 and
imathworks "determine all functions f(f(x+y))" (the answers judge the proofs, not the listed
answers); math.techqa 2196144 (the answer confirms the asker's guesses only inside a hidden full
solution); math.stackexchange 1274743 (one form in a comment); perplexus 70465 (a program's output,
no solution submitted); pleacher.com 1999 (no second form); gradesaver "|x|>1" (a textbook
interval exercise, not a contest answer); ottolearn.org and scanmath.com (generated-looking
pages); maueroats NSML "Acceptable Forms of Answers" ("Answers like (±3,±4) are ambiguous and are
always wrong", with no gold to set it against); NVIDIA-NeMo/Skills pull 1047 (its judge-prompt
example was examined by an earlier set); dwrensha/compfiles pull 27 (Lean solution sets, not bare
answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SIEVAL = "scitix/sieval"
SIEVAL_26 = "issues/26"
TQA = "math.techqa.club"
TQA_1927984 = (
    "https://math.techqa.club/solving-for-all-values-of-k-if-a-quadratic-equation-containing-it-"
    "has-two-distinct-real-roots-1927984"
)
KIWIX = "kiwix.lukehooper.xyz"
KIWIX_4798242 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/4798242/"
    "find-the-range-of-values-k-can-take-for-kx-2-2x-1-k-0-to-have-two-real-distinc"
)
KIWIX_3018495 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/3018495/"
    "congruations-relations"
)
TQA_2424323 = (
    "https://math.techqa.club/finding-the-set-of-values-of-a-parameter-a-given-in-the-inequality-"
    "2424323"
)
RMAN = "wiki.rmanhart.org"
RMAN_2357114 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/2357114/"
    "a-question-related-to-divisibility"
)
CHEENTA = "www.cheenta.com"
CHEENTA_ISI = "https://www.cheenta.com/lessons/i-s-i-2015-subjective-2-solution/"
KIWIX_4069402 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/4069402/"
    "solve-trivariate-linear-diophantine-equation-2x-3y-4z-5"
)
TQA_4248062 = (
    "https://math.techqa.club/finding-all-functions-f-mathbb-r-to-mathbb-r-that-satisfy-f-left-f-"
    "x-y-2-right-f-left-x-2-right-y-2f-y-2f-xy-forall-x-in-mathbb-r-4248062"
)
OEIS = "oeis.org"
OEIS_A002313 = "http://oeis.org/A002313"
TQA_2502218 = "https://math.techqa.club/values-of-n-such-that-2-n-1-is-divisible-by-7-2502218"
REDDIT = "reddit.nalc.co"
REDDIT_93 = (
    "https://reddit.nalc.co/r/PassTimeMath/comments/bxh9gl/problem_93_find_all_n/eqaj147/?context=3"
)
TINKU = "tinkutara.com"
TINKU_133320 = "https://tinkutara.com/2023/06/03/find-all-n-for-which-n-2-2n-4-is-divisible-by-7"
SOLVE = "solve.club"
SOLVE_3N = (
    "https://solve.club/problems/find-all-positive-integers-n/find-all-positive-integers-n.html"
)
PLAIN = "plainmath.org"
PLAIN_67325 = "https://plainmath.org/algebra-i/67325-the-equation-displaystyle-x"
SOLVE_666 = "https://solve.club/problems/a-problem-by-karan-arora-2/a-problem-by-karan-arora-2.html"
BARIZ = "bariz.org"
BARIZ_EMC = "https://bariz.org/c6h3467343p33526466"
# sources of bench/equiv_fresh109_a2.py
MSE = "math.stackexchange.com"
MSE_1734957 = (
    "https://math.stackexchange.com/questions/1734957/if-p-is-a-prime-with-p-5-then-5-is-a-"
    "quadratic-residue-modulo-p-if-and-only-i"
)
TQA_2029739 = "https://math.techqa.club/solving-congruency-using-quadratic-reciprocity-2029739"
TQA_1577136 = (
    "https://math.techqa.club/why-is-if-left-frac-5-p-right-left-frac-p-5-right-1-rightarrow-p-"
    "equiv-1-pmod-5-or-p-equiv-4-pmod-5-true-1577136"
)
TQA_1701023 = (
    "https://math.techqa.club/for-what-odd-prime-p-is-3-a-quadratic-residues-non-residue-1701023"
)
TQA_1101276 = (
    "https://math.techqa.club/find-all-primes-different-from-three-for-which-3-p-1-1101276"
)
TQA_1606858 = (
    "https://math.techqa.club/prove-that-frac-2-p-1-if-and-only-if-p-is-of-the-form-8k-1-or-8k-3-"
    "1606858"
)
TQA_3382079 = "https://math.techqa.club/find-all-n-such-that-3-mid-n2-n-1-3382079"
TQA_3323493 = "https://math.techqa.club/congruence-n-2-n-1-mod-3-3323493"
STINKU = "static.tinkutara.com"
STINKU_217030 = (
    "https://static.tinkutara.com/question/Find-all-positive-integers-n-such-that-n-1-divides-n-"
    "2-1-.htm"
)
IMW = "imathworks.com"
IMW_FXY = "https://imathworks.com/math/find-all-functions-f-mathbbr-to-mathbbr-satisfying-fx-y-x-fy"
ASECHKA = "forum.asechka.ru"
ASECHKA_538219 = "http://forum.asechka.ru/showpost.php?p=538219&postcount=184"
OEIS_A038873 = "http://oeis.org/A038873"
OEIS_A007645 = "http://oeis.org/A007645"

CASES = [
    # scitix/sieval issue 26: a family n=3k is not matched by its one member 3
    _c(
        SIEVAL,
        SIEVAL_26,
        gold=r"n=3k",
        pred=r"3",
        wrap=True,
        expected=False,
        why="IMO-AnswerBench grader RFC: 'deliberately *not* calling `math_verify` per split-item, "
        "to dodge the `n=3k → 3` false positive' (a bare 3 is not the family n=3k)",
    ),
    # math.techqa 1927984: x^2-2kx+1=0 has two distinct real roots
    _c(
        TQA,
        TQA_1927984,
        gold=r"k\in(-\infty,-1)\cup(1,\infty)",
        pred=r"k<-1\vee k>1",
        wrap=True,
        expected=True,
        why=r"'The values of $k$ are precisely the solutions of $\Delta>0$ that's $k^2-1>0$, which "
        r"gives $k<-1\vee k>1$'; another answer: '$$k\in(-\infty,-1)\cup(1,\infty)$$' (gold: the "
        "interval, the thread's best answer on its mirrors)",
    ),
    _c(
        TQA,
        TQA_1927984,
        gold=r"k\in(-\infty,-1)\cup(1,\infty)",
        pred=r"k^2>1",
        wrap=True,
        expected=True,
        why=r"'which simplifies to $k^2>1$ or $|k|>1$'; '$$k\in(-\infty,-1)\cup(1,\infty)$$'",
    ),
    _c(
        TQA,
        TQA_1927984,
        gold=r"k\in(-\infty,-1)\cup(1,\infty)",
        pred=r"|k|>1",
        wrap=True,
        expected=True,
        why=r"'which simplifies to $k^2>1$ or $|k|>1$'; '$$k\in(-\infty,-1)\cup(1,\infty)$$'",
    ),
    _c(
        TQA,
        TQA_1927984,
        gold=r"k\in(-\infty,-1)\cup(1,\infty)",
        pred=r"S=\{k: |k|\gt1\}",
        wrap=True,
        expected=True,
        why=r"'So the set $S$ of solutions is $S=\{k: |k|\gt1\}$'; "
        r"'$$k\in(-\infty,-1)\cup(1,\infty)$$'",
    ),
    _c(
        TQA,
        TQA_1927984,
        gold=r"k\in(-\infty,-1)\cup(1,\infty)",
        pred=r"k=(-1)",
        wrap=True,
        expected=False,
        why=r"the asker set '$$b-4ac=0$$' and got '$$k=(-1)$$' (and 1); answers: 'For distinct "
        r"real roots, $$b^2-4ac\gt0$$' and 'if $b^2-4ac=0$ the two roots are real but the same'",
    ),
    # kiwix 4798242: kx^2+2x+1-k=0 has two real distinct roots
    _c(
        KIWIX,
        KIWIX_4798242,
        gold=r"\{k \text{ is a member of all real numbers such that $k$ does not equal 0}\}",
        pred=r"k =/= 0",
        wrap=True,
        expected=True,
        why="the textbook answer as quoted; an answer: 'The above and the fact that k =/= 0 since "
        "the original equation must be quadratic gives the textbook answer'; another: 'we need "
        "to discard $k=0$'",
    ),
    # kiwix 3018495: two forms of a congruence condition on n
    _c(
        KIWIX,
        KIWIX_3018495,
        gold=r"3n+2 \equiv 0 \bmod 4",
        pred=r"3n-6 \equiv 0 \bmod 4",
        wrap=True,
        expected=True,
        why=r"'Is $3n+2 \equiv 0 \bmod 4$ same as $3n-6 \equiv 0 \bmod 4$ ?' -- 'Yes, your "
        "argument is correct'; 'It is not difficult to prove that these statements are "
        "equivalent.'",
    ),
    # math.techqa 2424323: a range of a parameter as an interval and as an inequality
    _c(
        TQA,
        TQA_2424323,
        gold=r"[7/3,\infty)",
        pred=r"a \ge 7/3",
        wrap=True,
        expected=True,
        why=r"'PS: Answer is: $[7/3,\infty)$'; the answer: 'As such, $\color{blue}{a \ge 7/3}$ "
        r"implies $(a-1)x^2-(a+1)x+(a-1) \ge 0$ for $x \ge 2$' (the \color wrapper dropped)",
    ),
    # wiki.rmanhart 2357114: 2n+1 divisible by 3
    _c(
        RMAN,
        RMAN_2357114,
        gold=r"3k+1",
        pred=r"6p + 1 or 6p + 4",
        wrap=True,
        expected=True,
        why="'As per the solution I am referring to, $n$ must in the form $3k+1$, where $k$ is a "
        "whole number. The solution further adds that it is equivalent to $6p + 1$ or $6p + 4$.' "
        "(the page's 'or' kept between the two formulas)",
    ),
    # cheenta ISI 2015 subjective 2
    _c(
        CHEENTA,
        CHEENTA_ISI,
        gold=r"an odd multiple of 3",
        pred=r"n = 6r + 3",
        wrap=True,
        expected=True,
        why="'We want ... mod 7 hence n must be an odd multiple of 3 or n = 6r + 3 for any "
        "nonnegative integer r.'",
    ),
    # kiwix 4069402: two parametrisations of the integer solutions of 2x+3y+4z=5
    _c(
        KIWIX,
        KIWIX_4069402,
        gold=r"x=-5+3s-2t, y= 5-2s, z=t",
        pred=r"x= (-5+4z)+3s, y= (5-4z)-2s, z=z",
        wrap=True,
        expected=True,
        why="Rosen's solution '$x=-5+3s-2t, y= 5-2s, z=t$' against the asker's; the answer: "
        "'... so they are equivalent, i.e. the span doesn't change by the elementary row "
        "operation of adding $3$ times the first row to the second' (the answer's coloured "
        "vectors left out of the quote)",
    ),
    # math.techqa 4248062: the solutions are f = 0 and f(x) = x^2, not -x^2
    _c(
        TQA,
        TQA_4248062,
        gold=r"f ( x ) = 0 \text{ and } f ( x ) = x ^ 2",
        pred=r"f ( x ) = \pm x ^ 2",
        wrap=True,
        expected=False,
        why="the asker: 'I can clearly see in case 1 that $ f ( x ) = \\pm x ^ 2 $'; the answer: "
        "'the constant zero function $ f ( x ) = 0 $ and the squaring function $ f ( x ) = x ^ 2 "
        "$ both satisfy ... You can prove that any function ... satisfying \\eqref{0} is of one of "
        "those forms' (the two forms joined with the page's 'and')",
    ),
    # oeis A002313: one set of primes, several descriptions
    _c(
        OEIS,
        OEIS_A002313,
        gold=r"Primes congruent to 1 or 2 modulo 4",
        pred=r"primes of form x^2 + y^2",
        wrap=True,
        expected=True,
        why="title: 'Primes congruent to 1 or 2 modulo 4; or, primes of form x^2 + y^2; or, -1 is "
        "a square mod p.'",
    ),
    _c(
        OEIS,
        OEIS_A002313,
        gold=r"Primes congruent to 1 or 2 modulo 4",
        pred=r"-1 is a square mod p",
        wrap=True,
        expected=True,
        why="title: 'Primes congruent to 1 or 2 modulo 4; or, primes of form x^2 + y^2; or, -1 is "
        "a square mod p.'",
    ),
    _c(
        OEIS,
        OEIS_A002313,
        gold=r"Primes congruent to 1 or 2 modulo 4",
        pred=r"not congruent to 3 mod 4",
        wrap=True,
        expected=True,
        why="comment: 'Primes which are not Gaussian primes (meaning not congruent to 3 mod 4).'",
    ),
    # math.techqa 2502218: IMO 1964/1(a), 7 | 2^n - 1
    _c(
        TQA,
        TQA_2502218,
        gold=r"a multiple of three",
        pred=r"n \equiv 0 \mod 3",
        wrap=True,
        expected=True,
        why="question: 'in fact the answer is that it should be a multiple of three'; best "
        "answer: 'Therefore, if $ n \\equiv 0 \\mod 3$, then it is possible.'",
    ),
    _c(
        TQA,
        TQA_2502218,
        gold=r"a multiple of three",
        pred=r"n = 3k",
        wrap=True,
        expected=True,
        why="'in fact the answer is that it should be a multiple of three'; another answer: "
        "'Thus: $n = 3k$ is the only possibility left for $n$.'",
    ),
    _c(
        TQA,
        TQA_2502218,
        gold=r"a multiple of three",
        pred=r"a multiple of 6",
        wrap=True,
        expected=False,
        why="'I've tried saying that $2^n\\equiv 1 \\pmod 7$ based on Little Fermat's Theorem $n$ "
        "should be a multiple of $6,$ but in fact the answer is that it should be a multiple of "
        "three'",
    ),
]
