r"""A seventy-first fresh set of answer-equivalence cases (evaluation only; helper "b": olympiad
and contest answers in other forms -- a contest's "which of the following is equivalent to"
question with its refused choices, an Indian olympiad (RMO 2024) answer given as a listed
sequence, as a tuple and as a piecewise rule, a functional-equation answer that a Crux
Mathematicorum article refuses as incomplete, a set of ordered pairs cut to half, answers that are
expressions in n (binom{n}{2} and n(n-1)/2 with their sums and refused look-alikes, 2^{n+1}-2 and
2^{N+1}-1 with their sums) and a number written as 2^{19}-1).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh71_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. Every pred is a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True. ``repo`` is the domain of the stored copy and ``where`` its full URL (for the ARQMath copy
of a math.stackexchange thread, the long path inside the zip as the store gives it). There is no
commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpts) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them, with the page's own spacing and
macros (``\;``, ``\dfrac``, ``{2^n-1\over 2-1}``, ``\sum _{i=1}^{i=n-1} i``). AoPS wiki LaTeX is
kept as written; the answer-choice labels ``\textbf{(C)} ~`` are dropped, the expressions kept.
Inline delimiters (\( \), $ $, $$ $$) are dropped and the LaTeX inside kept. Left sides such as
``S_n=``, ``(x,y) =`` and ``\left(a_1, a_2, \ldots, a_n\right)=`` are dropped; the left side
``a_i=`` of cheenta's piecewise rule is kept (the rule is the answer as an equation). Where a page
writes a chain "A = B = C", the chain's last member (or the form the page calls the answer) is
the gold and each earlier member a True pred. Plain-text pages (Stack Overflow, perplexus, the
scribd copy of the Crux article, whose subscripts are flattened to "fS (x)" and which writes
"f (x)") are kept as plain text. Readings, each noted in ``why``: solve.club's rendering repeats
each formula in flattened and LaTeX form ("2 19 1 2^{19} - 1"); the LaTeX copy is taken. The
perplexus pred joins the four pairs that the solver found under "without loss of generality assume
x>=y" (given on four lines "(x,y) = (7,7)." ...) into one list.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- artofproblemsolving.com "wiki/index.php/2021_AMC_10A_Problems/Problem_10" (the page of 2021 AMC
  12A #9 = AMC 10A #10: "Which of the following is equivalent to (2+3)(2^2+3^2)(2^4+3^4)(2^8+3^8)
  (2^{16}+3^{16})(2^{32}+3^{32})(2^{64}+3^{64})?"; Solution 1: "the final answer is
  \boxed{\textbf{(C)} ~3^{128}-2^{128}}"; choices A, B, D, E are therefore not equivalent).
  5 cases (4 False).
- cheenta.com "rmo-2024-problems-solutions" (Regional Mathematical Olympiad, India, 2024, Problem
  1(b), a nice rearrangement for even n: "Answer: (b) 2,1,4,3,6,5,\ldots,n,n-1"; the solution gives
  the rule "a_i= \begin{cases}i-1 & , \text { if } i \text { is even } ... i+1 & , \text { if } i
  \text { is odd }\end{cases}" and "That is, \left(a_1, a_2, \ldots, a_n\right)=(2,1,4,3,6,5,
  \ldots, n, n-1)"). 2 cases.
- www.scribd.com "document/721396844/Das-44-9" (Shuborno Das, "Avoiding the Pointwise Trap in
  Functional Equations", Crux Mathematicorum 44(9), November 2018; Example 1, f(x)^2 = x^2: "So
  this gives us two solutions: f (x) = x for all x and f (x) = −x for all x and we are done. Hold
  on! Do we have only two solutions? No." ... "for any subset S of the reals, there's a solution fS
  such that fS (x) = −x for x ∈ S and x otherwise; this is the general solution to this problem").
  1 case (1 False).
- perplexus.info "show.php?cid=74308&pid=14473" (integer pairs with x/(y+7) + y/(x+7) = 1: four
  pairs found assuming x>=y, then "since originally, x and y are symmetric the ordered pairs can
  also be reversed leading to seven solutions: (x,y) = (0,7), (3,8), (5,8), (7,0), (7,7), (8,3),
  and (8,5)"). 1 case (1 False).
- www.cs.rit.edu ARQMath copy of math.stackexchange 2143420 ("prove {n \choose 2} =
  \frac{n(n+1)}{2}"; answer: "The answer is indeed \binom{n}{2}=\frac{n(n-1)}{2}. ... There must be
  a misprint in the original question. Otherwise ... \frac{n(n+1)}{2}=\frac{n(n-1)}{2}\implies
  n=0"; the asker's "by definition, {n \choose 2} = \frac{n!}{2!(n-2)!}"). 3 cases (1 False).
- cuimri.com "notes/src/counting_unordered_pairs.html" (Souvik Sarkar, "Counting Unordered Pairs":
  "all three land on the same answer: \boxed{\;\dfrac{n(n-1)}{2}\;=\;\binom{n}{2}\;}", the chain
  "\sum_{k=1}^{n}(n-k) = \underbrace{(n-1) + (n-2) + \cdots + 1 + 0} = ... = n\cdot n \;-\;
  \frac{n(n+1)}{2} = \frac{2n^2 - n(n+1)}{2} \;=\; \frac{n(n-1)}{2}", and "For n=5: \dfrac{5\cdot
  4}{2} = 10"). 5 cases.
- math.techqa.club 1189099 ("Why does \binom{n}{2} = \frac{n^2 - n }{2}?"; answer:
  "\binom{n}{2}=\frac{n!}{2!(n-2)!}=...=\frac{n(n-1)}{2}=\frac{n^2-n}{2}"). 1 case.
- math.techqa.club 2992581 ("Is it mere coincidence that {n \choose 2} is equal to the sum of the
  first (n-1) natural numbers"; answer: "So you get, \binom{n}{2} = \sum _{i=1}^{i=n-1} i").
  1 case.
- stackoverflow.com 18859430 ("How do I get the total number of unique pairs of a set": "TLDR; The
  formula is n(n-1)/2", "(n-1) + (n-2) + ... + (n-(n-1)) which is the same as 1 + 2 + ... + (n-1)
  or n(n-1)/2"; comments: "Isn't this the same as (n-1)!" -- "This is not the same as (n-1)! ...
  This is similar to a Triangle number though, whose formula is (n+1)n/2 (the series is
  positionally off by one)"; "(n (n+1) / 2) - n = ... = (n^2 - n) / 2 = n(n - 1) / 2"). 5 cases
  (2 False).
- kiwix.lukehooper.xyz copy of math.stackexchange 2017271 (closed form of 2 + 2^2 + ... + 2^n:
  "\frac{2^{n+1}-2}{1} = 2^{n+1}-2", "2+2^2+\cdots+2^n=2\times {2^n-1\over 2-1}=2^{n+1}-2",
  "S_n=2^{n+1}-2=2(2^n-1)"). 4 cases.
- theoremdex.org "f/11353" (ThmDex, initial sum of powers of two: "2^0 + 2^1 + \cdots + 2^{N - 1} +
  2^N = 2^{N + 1} - 1"). 1 case.
- solve.club "problems/proper-subsets/proper-subsets.html" (proper subsets of {0,1,...,18}: "The
  answer is 524287."; solution: "The answer is 2^{19} - 1"). 1 case.

30 cases in all (9 False).

Left out, by rule: answer-letter forms ("3^{128}-2^{128} or \boxed{C}" in older revisions of the
AoPS page), which need the choices to be read; cheenta's "n(n+1)/2 = n((n+1)/2)" (a step of the
proof, not an answer); the Crux page's "f (x) = |x|" (one further solution the article names, not
an answer the page settles against the general solution); the companion article in At Right Angles
(scribd 562541531, f(x)^2 = x f(x)), which refuses "f (x) = 0 for all x or f (x) = x for all x" as
incomplete but states no general answer in the stored text; MATHCOUNTS-style format refusals of
the same value ("Unacceptable: 7:2, 3.5" for 7/2, mathcountscentral.com, used by earlier sets in
any case); Stack Overflow's "n choose k" (k not set to 2 there) and its 100-item figures 9900 and
4950 (numbers for one n, not the answer); repeats of one equality on several of the n(n-1)/2 pages
(each page keeps the forms it alone adds); cheenta and solve.club pages whose math was flattened
into runs of single symbols.

Examined and not used: olympiadhq.com problem pages (their stored text has lost every formula of
the solutions; only the "Final answer" line survives, with no second form); mathdb-weld.vercel.app
and verty.gg (problem statements only); UKMT Team Maths Challenge supervisor's booklets on
paperzz.com (9172600, 8900308, 7196330) and scribd (286460999, 746279129), whose answer grids run
together and whose mixed numbers ("1.5 or 23 or 1 12", "12.5 or 12 12") were scattered by the
conversion; the AoPS pages of 2022 AMC 10B #16 (the stored excerpts stop before the solutions'
answers) and of old AHSME problems (formulas lost); the Canadian Open Mathematics Challenge papers
on vdocuments.net and scribd (instructions and problems, no keys); the Canadian MO solutions on
studylib (one letter per line); boredofstudies Australian Mathematics Competition threads and
physicsforums' Fairfax league thread (answers confirmed only in the same form, or a pair left
incomplete with no full answer stated); mandelbrot.org answers FAQ and old.mathleague.com
newsletters (used by earlier sets); skoljka.org rules and the USAMTS rubric (scribd 618516305)
(format and scoring rules with no worked pair); fast.hugflare.com aimosprite grader-inputs
(model-generated candidate solutions with dataset labels, not a person's verdict); the AoPS Math
Jam transcripts (too long to read through excerpts); imathworks lattice paths to (2n, 2n) (the
corrected final count is not written out); alexacabs.in pair-count pages and math-gpt /
mathgpt.today pages (generated text); kiwix math.stackexchange 88132 (an induction step, not an
answer, left unanswered in the stored excerpt).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AOPS = "artofproblemsolving.com"
AOPS_21A9 = "https://artofproblemsolving.com/wiki/index.php/2021_AMC_10A_Problems/Problem_10"
CHEENTA = "cheenta.com"
CHEENTA_RMO24 = "https://cheenta.com/rmo-2024-problems-solutions"
SCRIBD = "www.scribd.com"
SCRIBD_CRUX = "https://www.scribd.com/document/721396844/Das-44-9"

PERP = "perplexus.info"
PERP_74308 = "http://perplexus.info/show.php?cid=74308&pid=14473"
RIT = "www.cs.rit.edu"
RIT_2143420 = (
    "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/"
    "Collection_By_Year/Older%20version/V.0.2/2078966_2017.zip:/tmp/tarfile_extract_u0zgv7hg/"
    "2078966_2017/2123233_02/2143420.html"
)
CUIMRI = "cuimri.com"
CUIMRI_PAIRS = "https://cuimri.com/notes/src/counting_unordered_pairs.html"
TECHQA = "math.techqa.club"
TECHQA_1189099 = "https://math.techqa.club/why-does-binom-n-2-frac-n-2-n-2-1189099"
TECHQA_2992581 = (
    "https://math.techqa.club/"
    "relation-between-combinatorics-and-sum-of-first-n-1-natural-numbers-2992581"
)
SO = "stackoverflow.com"
SO_18859430 = (
    "https://stackoverflow.com/questions/18859430/"
    "how-do-i-get-the-total-number-of-unique-pairs-of-a-set-in-the-database"
)
KIWIX = "kiwix.lukehooper.xyz"
KIWIX_2017271 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/2017271/"
    "is-there-a-mathematical-equation-for-2-2-2-2-3-2-4-2-5"
)
THMDEX = "theoremdex.org"
THMDEX_11353 = "https://theoremdex.org/f/11353"
SOLVE = "solve.club"
SOLVE_PROPER = "https://solve.club/problems/proper-subsets/proper-subsets.html"

_PRODUCT = r"(2+3)(2^2+3^2)(2^4+3^4)(2^8+3^8)(2^{16}+3^{16})(2^{32}+3^{32})(2^{64}+3^{64})"

CASES = [
    # AoPS wiki, 2021 AMC 12A #9 / AMC 10A #10: the product equals choice C; A, B, D, E refused
    _c(
        AOPS,
        AOPS_21A9,
        gold=r"3^{128}-2^{128}",
        pred=_PRODUCT,
        wrap=True,
        expected=True,
        why="'Which of the following is equivalent to [the product]?' ... "
        "'the final answer is \\boxed{\\textbf{(C)} ~3^{128}-2^{128}}'",
    ),
    _c(
        AOPS,
        AOPS_21A9,
        gold=r"3^{128}-2^{128}",
        pred=r"3^{127} + 2^{127}",
        wrap=True,
        expected=False,
        why="choice (A) 3^{127} + 2^{127}; the answer is (C) 3^{128}-2^{128}",
    ),
    _c(
        AOPS,
        AOPS_21A9,
        gold=r"3^{128}-2^{128}",
        pred=r"3^{127} + 2^{127} + 2 \cdot 3^{63} + 3 \cdot 2^{63}",
        wrap=True,
        expected=False,
        why="choice (B) 3^{127} + 2^{127} + 2 \\cdot 3^{63} + 3 \\cdot 2^{63}; the answer is (C)",
    ),
    _c(
        AOPS,
        AOPS_21A9,
        gold=r"3^{128}-2^{128}",
        pred=r"3^{128} + 2^{128}",
        wrap=True,
        expected=False,
        why="choice (D) 3^{128} + 2^{128}; the answer is (C) 3^{128}-2^{128}",
    ),
    _c(
        AOPS,
        AOPS_21A9,
        gold=r"3^{128}-2^{128}",
        pred=r"5^{127}",
        wrap=True,
        expected=False,
        why="choice (E) 5^{127}; the answer is (C) 3^{128}-2^{128}",
    ),
    # cheenta RMO 2024 Problem 1(b): a nice rearrangement for even n, in three forms
    _c(
        CHEENTA,
        CHEENTA_RMO24,
        gold=r"2,1,4,3,6,5,\ldots,n,n-1",
        pred=r"(2,1,4,3,6,5, \ldots, n, n-1)",
        wrap=True,
        expected=True,
        why="'Problem 1 Answer: (b) 2,1,4,3,6,5,\\ldots,n,n-1'; solution: 'That is, "
        "(a_1, a_2, \\ldots, a_n)=(2,1,4,3,6,5, \\ldots, n, n-1)'",
    ),
    _c(
        CHEENTA,
        CHEENTA_RMO24,
        gold=r"2,1,4,3,6,5,\ldots,n,n-1",
        pred=r"a_i= \begin{cases}i-1 & , \text { if } i \text { is even } \\ \ i+1 & , "
        r"\text { if } i \text { is odd }\end{cases}",
        wrap=True,
        expected=True,
        why="'If n is EVEN, then the following rearrangement is nice. a_i= \\begin{cases}...' "
        "'That is, ... =(2,1,4,3,6,5, \\ldots, n, n-1)'",
    ),
    # Crux Mathematicorum 44(9), pointwise trap: f(x)^2 = x^2 has more than the two functions
    _c(
        SCRIBD,
        SCRIBD_CRUX,
        gold=r"fS (x) = −x for x ∈ S and x otherwise",
        pred=r"f (x) = x for all x and f (x) = −x for all x",
        wrap=True,
        expected=False,
        why="'two solutions: f (x) = x for all x and f (x) = −x for all x ... Hold on! Do we have "
        "only two solutions? No.' General solution: for any subset S of the reals, 'fS (x) = −x "
        "for x ∈ S and x otherwise'",
    ),
    # perplexus 74308: the pairs found under x>=y are half of the symmetric answer
    _c(
        PERP,
        PERP_74308,
        gold=r"(0,7), (3,8), (5,8), (7,0), (7,7), (8,3), and (8,5)",
        pred=r"(7,7), (8,5), (8,3), (7,0)",
        wrap=True,
        expected=False,
        why="four pairs found 'Without loss of generality assume x>=y'; 'the ordered pairs can also "
        "be reversed leading to seven solutions: (x,y) = (0,7), (3,8), ... and (8,5)'",
    ),
    # ARQMath copy of math.SE 2143420: binom{n}{2} is n(n-1)/2, not n(n+1)/2
    _c(
        RIT,
        RIT_2143420,
        gold=r"\binom{n}{2}",
        pred=r"\frac{n(n-1)}{2}",
        wrap=True,
        expected=True,
        why="'The answer is indeed \\binom{n}{2}=\\frac{n(n-1)}{2}.'",
    ),
    _c(
        RIT,
        RIT_2143420,
        gold=r"\binom{n}{2}",
        pred=r"\frac{n(n+1)}{2}",
        wrap=True,
        expected=False,
        why="'There must be a misprint in the original question. Otherwise ... "
        "\\frac{n(n+1)}{2}=\\frac{n(n-1)}{2}\\implies n=0'",
    ),
    _c(
        RIT,
        RIT_2143420,
        gold=r"\binom{n}{2}",
        pred=r"\frac{n!}{2!(n-2)!}",
        wrap=True,
        expected=True,
        why="'I know that by definition, {n \\choose 2} = \\frac{n!}{2!(n-2)!}' (uncontested)",
    ),
    # cuimri counting unordered pairs: the boxed answer, its chain and the case n = 5
    _c(
        CUIMRI,
        CUIMRI_PAIRS,
        gold=r"\dfrac{n(n-1)}{2}",
        pred=r"\binom{n}{2}",
        wrap=True,
        expected=True,
        why="'all three land on the same answer: \\boxed{\\;\\dfrac{n(n-1)}{2}\\;=\\;\\binom{n}{2}\\;}'",
    ),
    _c(
        CUIMRI,
        CUIMRI_PAIRS,
        gold=r"\dfrac{n(n-1)}{2}",
        pred=r"(n-1) + (n-2) + \cdots + 1 + 0",
        wrap=True,
        expected=True,
        why="chain 'Total = \\sum_{k=1}^{n}(n-k) = \\underbrace{(n-1) + (n-2) + \\cdots + 1 + 0}' "
        "... '= \\frac{n(n-1)}{2}'",
    ),
    _c(
        CUIMRI,
        CUIMRI_PAIRS,
        gold=r"\dfrac{n(n-1)}{2}",
        pred=r"n\cdot n \;-\; \frac{n(n+1)}{2}",
        wrap=True,
        expected=True,
        why="chain '... = n\\cdot n \\;-\\; \\frac{n(n+1)}{2} = \\frac{2n^2 - n(n+1)}{2} \\;=\\; "
        "\\frac{n(n-1)}{2}'",
    ),
    _c(
        CUIMRI,
        CUIMRI_PAIRS,
        gold=r"\dfrac{n(n-1)}{2}",
        pred=r"\frac{2n^2 - n(n+1)}{2}",
        wrap=True,
        expected=True,
        why="chain '... = \\frac{2n^2 - n(n+1)}{2} \\;=\\; \\frac{n(n-1)}{2}.'",
    ),
    _c(
        CUIMRI,
        CUIMRI_PAIRS,
        gold=r"10",
        pred=r"\dfrac{5\cdot 4}{2}",
        wrap=True,
        expected=True,
        why="'Sanity check. For n=5: \\dfrac{5\\cdot 4}{2} = 10.'",
    ),
    # math.techqa.club 1189099 and 2992581: further forms of binom{n}{2}
    _c(
        TECHQA,
        TECHQA_1189099,
        gold=r"\binom{n}{2}",
        pred=r"\frac{n^2-n}{2}",
        wrap=True,
        expected=True,
        why="answer: '\\binom{n}{2}=\\frac{n!}{2!(n-2)!}=...=\\frac{n(n-1)}{2}=\\frac{n^2-n}{2}'",
    ),
    _c(
        TECHQA,
        TECHQA_2992581,
        gold=r"\binom{n}{2}",
        pred=r"\sum _{i=1}^{i=n-1} i",
        wrap=True,
        expected=True,
        why="answer: 'So you get, \\binom{n}{2} = \\sum _{i=1}^{i=n-1} i'",
    ),
    # Stack Overflow 18859430: unique pairs of n items, n(n-1)/2; two look-alikes refused
    _c(
        SO,
        SO_18859430,
        gold=r"n(n-1)/2",
        pred=r"1 + 2 + ... + (n-1)",
        wrap=True,
        expected=True,
        why="'which is the same as 1 + 2 + ... + (n-1) or n(n-1)/2'",
    ),
    _c(
        SO,
        SO_18859430,
        gold=r"n(n-1)/2",
        pred=r"(n-1) + (n-2) + ... + (n-(n-1))",
        wrap=True,
        expected=True,
        why="'(n-1) + (n-2) + ... + (n-(n-1)) which is the same as 1 + 2 + ... + (n-1) or n(n-1)/2'",
    ),
    _c(
        SO,
        SO_18859430,
        gold=r"n(n-1)/2",
        pred=r"(n^2 - n) / 2",
        wrap=True,
        expected=True,
        why="comment: '(n (n+1) / 2) - n = ((n^2 + n) /2) - n = ... = (n^2 - n) / 2 = n(n - 1) / 2'",
    ),
    _c(
        SO,
        SO_18859430,
        gold=r"n(n-1)/2",
        pred=r"(n-1)!",
        wrap=True,
        expected=False,
        why="comment 'Isn't this the same as (n-1)!' answered 'This is not the same as (n-1)! Which "
        "escalates much quicker.'",
    ),
    _c(
        SO,
        SO_18859430,
        gold=r"n(n-1)/2",
        pred=r"(n+1)n/2",
        wrap=True,
        expected=False,
        why="'similar to a Triangle number though, whose formula is (n+1)n/2 (the series is "
        "positionally off by one)'",
    ),
    # kiwix copy of math.SE 2017271: 2 + 2^2 + ... + 2^n in closed form
    _c(
        KIWIX,
        KIWIX_2017271,
        gold=r"2^{n+1}-2",
        pred=r"2(2^n-1)",
        wrap=True,
        expected=True,
        why="'\\implies S_n=2^{n+1}-2=2(2^n-1)'",
    ),
    _c(
        KIWIX,
        KIWIX_2017271,
        gold=r"2^{n+1}-2",
        pred=r"2\times {2^n-1\over 2-1}",
        wrap=True,
        expected=True,
        why="'2+2^2+\\cdots+2^n=2\\times {2^n-1\\over 2-1}=2^{n+1}-2'",
    ),
    _c(
        KIWIX,
        KIWIX_2017271,
        gold=r"2^{n+1}-2",
        pred=r"\frac{2^{n+1}-2}{1}",
        wrap=True,
        expected=True,
        why="'in your case when a=1,r=2, we have the closed form \\frac{2^{n+1}-2}{1} = 2^{n+1}-2'",
    ),
    _c(
        KIWIX,
        KIWIX_2017271,
        gold=r"2^{n+1}-2",
        pred=r"2+2^2+\cdots+2^n",
        wrap=True,
        expected=True,
        why="'2+2^2+\\cdots+2^n=2\\times {2^n-1\\over 2-1}=2^{n+1}-2'",
    ),
    # theoremdex F11353: the initial sum of powers of two
    _c(
        THMDEX,
        THMDEX_11353,
        gold=r"2^{N + 1} - 1",
        pred=r"2^0 + 2^1 + \cdots + 2^{N - 1} + 2^N",
        wrap=True,
        expected=True,
        why="'Then 2^0 + 2^1 + \\cdots + 2^{N - 1} + 2^N = 2^{N + 1} - 1'",
    ),
    # solve.club proper subsets of {0, ..., 18}
    _c(
        SOLVE,
        SOLVE_PROPER,
        gold=r"524287",
        pred=r"2^{19} - 1",
        wrap=True,
        expected=True,
        why="'The answer is 524287.'; solution: 'The answer is 2^{19} - 1' (19 elements)",
    ),
]
