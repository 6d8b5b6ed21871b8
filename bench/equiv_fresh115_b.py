r"""A hundred-and-fifteenth fresh set of answer-equivalence cases (evaluation only; helper "b":
answers about permutations, groups of small order and graphs settled by a person -- a cycle written
from another starting point ((123) against (231) and (312), (123) against (132) refused), products
and powers of cycles, inverses and conjugates against their disjoint-cycle form, two-line and
one-line (list) notation against cycle notation, products of transpositions, orders (6 against
lcm(2,3)) and signs (1 against (-1)^6) of permutations, elements of dihedral groups settled on the
page (r^2s against sr^2 in D8, rs against r^3s refused), and graph answers (a chromatic number 3
against 4 refused, chromatic polynomials factored and unfactored, 16 spanning trees against
4^(4-2), n(n-1)/2 edges of K_n against {n \choose 2} and n(n-1) refused), from abstract-algebra and
discrete-maths course solutions, textbook keys and Q&A threads).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh115_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh115_b2.py and
bench/equiv_fresh115_b3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them: cycles with or without spaces and
commas as the page writes them ("(2345)", "(1 3 5 4)", "(1,4)(2,6)", "(1, 4, 5)(2, 3)(6)"), with
their LaTeX spacing ("(1\;4\;5\;3\;6\;2)", "(1 \, 2 \, 4 \, 5 \, 3)", "(3 \ 4 \ 5)") and, for
solverer, with the spaces its text conversion put inside the parentheses ("( 1 13 5 10 ) ( 3 15 8
)"); two-line forms as the page's LaTeX pmatrix; one-line forms in the page's brackets ("[4, 3, 2,
5, 1, 6]", "[3 1 2]"); the quotes around Sage's cycle strings, the "$...$", "\(...\)" and "$~$"
delimiters and lead-ins such as "f-1 =", "\tau^{-1}=" or "P(G,x)=" are dropped; assignmentexpert's
Unicode minus ("aba−1") and the plain text of homeworksource and allexperts are kept as they are.
Where a page equates a product, power, inverse or conjugate with its value, the value is the gold
and the expression a pred; where it equates two names of one permutation, the first form it gives
is the gold, except where it rewrites a cycle to its smallest-first form ("which is the same as
(1,2,4)", "= (1 3 5 4)", "which can then be rewritten as"), whose result is then the gold; against
two-line and one-line forms and products of transpositions the cycle form is the gold. Readings,
each noted in why: products are read as each page composes them (right to left, except
mathhelpforum 212745 whose helper reads left to right); dihedral words are read in the group the
page names (D_4 of the square, D8 with r^4 = 1, D10 with r^5 = 1, rsr = s); the Sage lists of
solverer and the lists of e-olimp are one-line notation of the permutation the page names.

Sources (domain, page, what is settled; all "web page, no licence file"):

- homeworksource.com p/1020758 (notes on cycles: "Thus (123) = (231) = (312) all specify the same
  operation", "likewise (i, j) = (j, i) for any 2-cycle", "for example (123) 6= (132)" (a not-equal
  sign the text conversion turned into "6="), "(23)(345) = (2345), which is not equal to (345)(23)
  = (2453)"). 6 cases (2 False).
- algebra2014.wikidot.com hw7-problem-2 (a course wiki's solution: each product in two-line form,
  then "Hence, the products are $(15)(234)$ and $(15)(24)(23)$", likewise (124)(35) / (14)(12)(35)
  and (1423) / (13)(12)(14)). 6 cases.
- mathhelpforum.com advanced-algebra 212745 ("My answer is (12354), but I do not think this is
  correct"; "Assuming left to right, I get (1 3 2 4)(5)"; a second helper's conjugations "(1 5 2) =
  (5 2 1)", "(5 4 1 3) = (1 3 5 4)", "(5 3 2 4) = (2 4 5 3)"). 4 cases (1 False).
- math.techqa.club 1924828 ((145)(256)(35): one answer "(1\;4\;5\;3\;6\;2)", another the two-row
  form and "(145362)"; "(1347)(2537) = (1\;3)(2\;5\;4\;7)"). 3 cases.
- imathworks.com writing-a-permutation-as-a-product-of-disjoint-cycles-2 ("(1532)(4), or
  equivalently, just (1532)"). 1 case.
- solverer.com Dummit & Foote exercise 1.3.2 (cycle decompositions of sigma, tau, tau^2, sigma tau,
  tau sigma, tau^2 sigma, checked with Sage: "sigma.cycle_string()" and the Permutation lists;
  "This confirms our results."). 7 cases.

Sources of bench/equiv_fresh115_b2.py:

- site.ada.edu.az e-olimp problem 1789 (a teacher's analysis: "[4, 3, 2, 5, 1, 6] is represented as
  (1, 4, 5)(2, 3)(6)", "LCM (3, 2, 1) = 6", "[4, 3, 6, 8, 9, 7, 2, 1, 5] is represented as (1, 4,
  8)(2, 3, 6, 7)(5, 9)", "LCM(3, 4, 2) = 12"). 4 cases.
- math.techqa.club 331921 (in D_4, "sr^2s^{-1}r^{-1}s^3r^5" ... "s^{3} r^{8}" ... "s"). 2 cases.
- gateoverflow.in 3263, GATE 2008 IT question 3 ("so it cannot be 4 and answer is (b)", "\chi =
  \left \lceil \frac{9}{4} \right \rceil = 3", "so chromatic no is 3"). 2 cases (1 False).
- math.techqa.club 3082248 ("number of trees possible = 4^(4-2) = 16"; the answer: Cayley's formula
  counts the spanning trees of K_n). 1 case.
- www.algebra.com question 976410 (Edwin McCravy: "f-1 = (4,1,2) which is the same as (1,2,4)"). 1
  case.
- newbedev.com what-is-the-inverse-cycle-of-permutation ("\tau^{-1}=(76)(3421) which can then be
  rewritten as \tau^{-1}=(1342)(67)", "(123)^{-1}=(321)=(132)", another answer "\sigma_1^{-1}
  \equiv(213)"). 3 cases.
- math.techqa.club 3424487 ("My polynomial was x(x-1)((x-2)^2)"; "Your approach and answer is
  correct"; "(x-1)^4+(-1)^4(x-1)-x(x-1)^2=x(x-1)(x-2)^2"). 2 cases.
- math.techqa.club 3278479 (the wheel with four spokes: "n(n-1)(n-2)((n-3)(n-4)+2(n-3)+1) or
  n(n-1)(n-2)(n^2-5n+7)"). 1 case.
- mathtuition88.com "cycle decomposition of permutations is unique" (a tutor's post: "(1 3 2) can
  be factored into (2 3)(1 2)", "(1 3 2)=(1 2)(1 3) is also another decomposition"). 2 cases.
- emma-borhanian.github.io arbital-scrape "cycle_notation_symmetric_group" (Patrick Stevens'
  Arbital page: the double-row form "is written as (123) or (231) or (312) in cycle notation"; its
  (231) and (312) are not repeated here, homeworksource 1020758 gives the same pairs). 1 case.
- twjudson.github.io AATA "permute-exercises" (Judson's textbook, exercise 1 with its hints "(a) (1
  \, 2 \, 4 \, 5 \, 3); (c) (1 \, 3)(2 \, 5)"). 2 cases.
- ocw.mit.edu ans7870 farjoun answer1 (a course's homework help: "pq != qp (not equal) since pq =
  [3 1 2] and qp = [2 3 1]", "[3 1 2] ^{-1} = [2 3 1]"). 2 cases (1 False).
- imathworks.com number-of-spanning-trees-of-k_33 ("it's $3^2*3^2$" ... "So I have $81$ different
  trees", a solution-verification thread whose answer confirms the count). 1 case.
- homeworksource.com p/1074313 (centres of D8 and D10, rsr = s: "sr^2 = ... = r^2s", "(r^2s)r = ...
  =rs, r(r^2s) = r^3s, so r^2s is not in the center", in D10 "sr^2 = ... = r^3s", "sr^3 = ... =
  r^2s", "sr^4 = ... = rs", "s does not commute with r ... (also, sr = r^4s)"). 6 cases (2 False).
- math.techqa.club 4288997 ("(1,4)(2,6)" and "(2,6)(1,4)": "Disjoint cycles commute. Your methods
  thus evaluate the permutation to equivalent forms."). 2 cases.
- math.techqa.club 1794599 ("(123)(12) = (13)", "(12)(132) = (13)"). 2 cases.
- discrete.openmathbooks.org dmoi3 knowl p-3416 (Levin's Discrete Mathematics: "One might think the
  answer should be n(n-1)" ... "Thus there are n(n-1)/2 edges in K_n. Alternatively, we can say
  there are {n \choose 2} edges"). 2 cases (1 False).
- drift.fundegar.com parity-of-permutation-example (a copy of a math.SE thread: "(3 \ 4 \ 5) = (3 \
  5)(3 \ 4)", "(6 \ 7 \ 8 \ 9) = (6 \ 9)(6 \ 8)(6 \ 7)", "F(g) = (-1)^6 = 1",
  "\operatorname{sgn}(\sigma)=(-1)^ 8=1"). 5 cases.

Sources of bench/equiv_fresh115_b3.py:

- assignmentexpert.com question 281392 (an expert's answer:
  "aba−1=(5,7,9)(1,2,3)(5,9,7)=...=(1,2,3)=b",
  "aba−1=((1,2,5)(3,4))(1,4,5)((3,4)(1,5,2))=((134)(2,5))((3,4)(1,5,2))=(123)"). 3 cases.
- web2.0calc.com questions/algebraic-structures (the book's answer "(1,11,3,2,4,6,7,5,8,9)(10)
  =>(1,11,3,2,4,6,7,5,8,9)", which the helper's table reproduces). 1 case.
- arbital.obormot.net symmetric_group_five_conjugacy_classes ("every cycle of length 5 may be
  written in five different ways: (12345) or (23451) or (34512)"). 2 cases.
- newbetuts.com 772294 (a copy of a math.SE thread: "(12345)(12)(12345)^{-1} = (23)",
  "(12345)^2(12)(12345)^{-2} = (34)", "(12345)^3(12)(12345)^{-3} = (45)", "(13) = (23)(12)(23)"). 4
  cases.
- en.allexperts.com Advanced Math, Abstract Algebra 11 (Sherry Wallin: "the order of (12)(345) is
  lcm(2,3) = 6", "(123)(4567)(89) has order lcm(3, 4, 2) = 12", "(3 4 5) (3 4 5) = (5 4 3)"). 3
  cases.

81 cases in all (8 False) from 29 pages: 27 here (3 False), 41 in bench/equiv_fresh115_b2.py (5
False), 13 in bench/equiv_fresh115_b3.py (0 False).

Removed by the project before the run (28 cases, 2 of them False): products of cycles that
are not disjoint, factorisations into transpositions and conjugates (`(23)(345)` for `(2345)`,
`(1 3 2)` as `(2 3)(1 2)`, `(12345)(12)(12345)^{-1}` for `(23)`), whose value depends on the
order in which the page composes permutations, which the answer alone does not say; and the
dihedral-group cases (`r^2s` for `sr^2` in D8), true only in the group the question names. Six
in this file, fifteen in ``equiv_fresh115_b2``, seven in ``equiv_fresh115_b3``; the counts
below are those before the removal.

Left out, by rule: products whose value depends on the composition convention (mathhelpforum
212745's "(1 2)(1 2 3)=(1 3) for left to right but (1 2)(1 2 3)=(2 3) for right to left"); forms
the text conversion garbled (solverer 1.3.2's two-line forms and squared cycles, run together as "(
1 2 3 ... 15 13 2 15 ... )" and "( 1 13 5 10 ) 2"; solverer 4.3.10's "𝜏𝜎 τ 1 = σ 2" likewise;
solutioninn's C_3 polynomial "k-3k +2k = (k-1) - (k-1)"; williamfayers.com's signature examples,
whose formulas were lost); pairs that need the question to decide (the STACK documentation's cycles
"[2, 3, 4]" and "[3, 4, 2]", bare lists that are equal only as cycles; brkmnd.com's "(r^2)^2 = r^4
= r", equal only in D_6; wikipedia copies' "D3 (sometimes alternatively denoted by D6)"); pages in
error or left open (imathworks problem-to-determine-the-chromatic-polynomial, where the key's λ
(λ-1)(λ-2)(λ^2-2λ-2) and the asker's form are both left unreconciled; imathworks
number-of-spanning-trees-of-graph-on-picture, whose "5^3\cdot3^1=475" is an arithmetic slip;
taylorfrancis' "[1,4,7,2,5,3,6] is written (1)(2,4)(3,7,6,5)", which its own text contradicts;
homeworksource 1074686, which calls 3,3,3,3,3,3 not graphical; web2.0calc's first example, whose
quoted answer "(1,7)(2,8,9,4,3,6)(5)" does not come out of the product as typed); machine-written
pages (gauthmath, qammunity, solvely, studyx, askfilo, edu.com, math-gpt.org, questionai, jiskha's
bot answers, algebra.com CPhill answers, npi3.com, openknowledgegraph, askanewquestion, glarity,
mindevice and generatr tool pages, a "dummit-and-foote-solutions" page on a bare IP address);
single-form answers (gateoverflow's option letter "B" beside 3, math.hirogwa.net 1.3.05's order 30,
techqa 3557843's (15)(24), cs.smu.ca's "{a,b},{a,e},{d,e},{c,d}").

Examined and not used: proofwiki and its kiwix copies (cycle lists and Cayley tables of S_3 and
D_3, one form each); drift.fundegar.com finding-the-chromatic-polynomial-for-the-wheel-graph-w-5
(the stored text stops inside the formula the asker compares with; claimed, not used);
math.techqa.club 2353978 (a student's own answers that the one reply does not check; claimed, not
used); the cs.rit.edu ARQMath zip 95518_2012 (used by earlier sets); mathhelpforum 110457 (its
two-line form was not stored); the huggingface Nemotron-CC-Math copies (rewritten text, no page to
cite); geeksforgeeks' Cayley-formula note and degree-sequence quiz (no second form);
lukas-prokop.at and docsity degree-sequence notes (definitions only); ocw.oouagoiwoye 6.042
coloring exercise and imathworks minimum-number-of-colors (one form); the vaia, oreilly, fdocuments
and coursehero solution manuals (no answer text stored).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HS = "homeworksource.com"
HS_CYC = "https://homeworksource.com/p/1020758/a-cyclic-permutation-or-cycle-of-a-set-a-is-a-permutation-th-1020758"
HS_CTR = "https://homeworksource.com/p/1074313/recall-that-the-center-of-a-group-g-is-zg-g-g-gx-xg-for-al-1074313"
WD = "algebra2014.wikidot.com"
WD_HW7 = "http://algebra2014.wikidot.com/hw7-problem-2"
MHF = "mathhelpforum.com"
MHF_212 = "http://mathhelpforum.com/advanced-algebra/212745-permutations.html"
TQ = "math.techqa.club"
TQ_1924 = "https://math.techqa.club/permutations-disjoint-cycle-1924828"
TQ_331 = "https://math.techqa.club/dihedral-group-of-a-square-d-4-331921"
TQ_3082 = "https://math.techqa.club/graph-theory-trees-3082248"
TQ_3424 = "https://math.techqa.club/find-the-chromatic-polynomial-of-the-graph-given-below-3424487"
TQ_3278 = "https://math.techqa.club/find-the-chromatic-polynomials-to-this-graph-3278479"
TQ_4288 = "https://math.techqa.club/cycle-as-a-product-of-disjoint-cycles-4288997"
TQ_1794 = "https://math.techqa.club/proving-that-the-groups-s-3-and-d-6-are-isomorphic-1794599"
IMW = "imathworks.com"
IMW_DC2 = "https://imathworks.com/math/math-writing-a-permutation-as-a-product-of-disjoint-cycles-2"
IMW_K33 = "https://imathworks.com/math/math-number-of-spanning-trees-of-k_33"
SOLV = "solverer.com"
SOLV_132 = "https://solverer.com/solutions/david-sdummit/abstract-algebra/exercise-1-3-2::151"
ADA = "site.ada.edu.az"
ADA_1789 = "https://site.ada.edu.az/~medv/acm/Docs%20e-olimp/Volume%2018/1789_English.htm"
GO = "gateoverflow.in"
GO_3263 = "https://gateoverflow.in/3263/gate2008-it-3"
ALG = "www.algebra.com"
ALG_976 = (
    "https://www.algebra.com/algebra/homework/Permutations/Permutations.faq.question.976410.html"
)
NBD = "newbedev.com"
NBD_INV = "https://newbedev.com/what-is-the-inverse-cycle-of-permutation"
MT = "mathtuition88.com"
MT_UNIQ = "https://mathtuition88.com/2015/08/19/cycle-decomposition-of-permutations-is-unique/"
ARB = "emma-borhanian.github.io"
ARB_CN = "https://emma-borhanian.github.io/arbital-scrape/page/cycle_notation_symmetric_group.html"
AATA = "twjudson.github.io"
AATA_PX = "https://twjudson.github.io/aata-files/aata-html/permute-exercises.html"
OCW = "ocw.mit.edu"
OCW_A1 = "http://ocw.mit.edu/ans7870/resources/farjoun/answer1.html"
DMOI = "discrete.openmathbooks.org"
DMOI_3416 = "http://discrete.openmathbooks.org/dmoi3/knowl/p-3416.html"
DRIFT = "drift.fundegar.com"
DRIFT_PAR = "https://drift.fundegar.com/parity-of-permutation-example.html"
AE = "assignmentexpert.com"
AE_281 = (
    "https://assignmentexpert.com/homework-answers/mathematics/abstract-algebra/question-281392"
)
W2C = "web2.0calc.com"
W2C_AS = "https://web2.0calc.com/questions/algebraic-structures"
ARBO = "arbital.obormot.net"
ARBO_S5 = "https://arbital.obormot.net/page/symmetric_group_five_conjugacy_classes.html"
NBT = "newbetuts.com"
NBT_772 = "https://newbetuts.com/772294-how-do-i-prove-how-s-5-is-generated-by-a-two-cycle-and-a-five-cycle"
AX = "en.allexperts.com"
AX_AA11 = "http://en.allexperts.com/q/Advanced-Math-1363/2011/5/Abstract-Algebra-11.htm"

CASES = [
    # homeworksource.com 1020758 (a cycle written from another start; products of cycles)
    _c(
        HS,
        HS_CYC,
        gold=r"(123)",
        pred=r"(231)",
        wrap=True,
        expected=True,
        why=r"'Thus (123) = (231) = (312) all specify the same operation'",
    ),
    _c(
        HS,
        HS_CYC,
        gold=r"(123)",
        pred=r"(312)",
        wrap=True,
        expected=True,
        why=r"'Thus (123) = (231) = (312) all specify the same operation'",
    ),
    _c(
        HS,
        HS_CYC,
        gold=r"(123)",
        pred=r"(132)",
        wrap=True,
        expected=False,
        why=r"'If we mess up the cyclic order of the entries we do not get the same element in Sn, for example (123) 6= (132)' (the page's not-equal sign comes through as '6=')",
    ),
    _c(
        HS,
        HS_CYC,
        gold=r"(i, j)",
        pred=r"(j, i)",
        wrap=True,
        expected=True,
        why=r"'and likewise (i, j) = (j, i) for any 2-cycle'",
    ),
    # algebra2014.wikidot.com hw7-problem-2 (two-line notation, disjoint cycles, transpositions)
    _c(
        WD,
        WD_HW7,
        gold=r"(15)(234)",
        pred=r"\begin{pmatrix} 1&2&3&4&5&6\\ 5&3&4&2&1&6\end{pmatrix}",
        wrap=True,
        expected=True,
        why=r"(a) (1235)(413): two-line form, 'Hence, the products are $(15)(234)$ and $(15)(24)(23)$.'",
    ),
    _c(
        WD,
        WD_HW7,
        gold=r"(124)(35)",
        pred=r"\begin{pmatrix} 1&2&3&4&5&6\\ 2&4&5&1&3&6\end{pmatrix}",
        wrap=True,
        expected=True,
        why=r"(b) (13256)(23)(46512): two-line form, 'Hence, the products are $(124)(35)$ and $(14)(12)(35)$.'",
    ),
    _c(
        WD,
        WD_HW7,
        gold=r"(1423)",
        pred=r"\begin{pmatrix} 1&2&3&4\\ 4&3&1&2\end{pmatrix}",
        wrap=True,
        expected=True,
        why=r"(c) (12)(13)(23)(142): two-line form, 'Hence, the products are $(1423)$ and $(13)(12)(14)$.'",
    ),
    # mathhelpforum.com 212745 (cycles rewritten; the asker's product refused)
    _c(
        MHF,
        MHF_212,
        gold=r"(1 5 2)",
        pred=r"(5 2 1)",
        wrap=True,
        expected=True,
        why=r"'(note that (1 5 2) = (5 2 1))'",
    ),
    _c(
        MHF,
        MHF_212,
        gold=r"(1 3 5 4)",
        pred=r"(5 4 1 3)",
        wrap=True,
        expected=True,
        why=r"'(1 5)(1 4 5 3)(1 5)-1 = (5 4 1 3) = (1 3 5 4)' (the smallest-first form the helper settles on is the gold)",
    ),
    _c(
        MHF,
        MHF_212,
        gold=r"(2 4 5 3)",
        pred=r"(5 3 2 4)",
        wrap=True,
        expected=True,
        why=r"'(1 5 2)(1 3 5 4)(1 5 2)-1 = (5 3 2 4) = (2 4 5 3)' (the smallest-first form is the gold)",
    ),
    _c(
        MHF,
        MHF_212,
        gold=r"(1 3 2 4)(5)",
        pred=r"(12354)",
        wrap=True,
        expected=False,
        why=r"(43)(521)...(34): asker 'My answer is (12354), but I do not think this is correct'; helper 'Assuming left to right, I get (1 3 2 4)(5)' (read left to right as the helper says; the helpers differ only on the convention, and (12354) is not the product either way)",
    ),
    # math.techqa.club 1924828 (disjoint cycles, two-row notation)
    _c(
        TQ,
        TQ_1924,
        gold=r"(145362)",
        pred=r"\begin{pmatrix} 1&2&3&4&5&6\\ 4&1&6&5&3&2 \end{pmatrix}",
        wrap=True,
        expected=True,
        why=r"(145)(256)(35): 'Hence in two-row notation we have ... As a product of disjoint cycles we have $$(145362)$$'",
    ),
    _c(
        TQ,
        TQ_1924,
        gold=r"(1\;4\;5\;3\;6\;2)",
        pred=r"(145362)",
        wrap=True,
        expected=True,
        why=r"the first answer's 'we already have the cycle $\;(1\;4\;5\;3\;6\;2)\;$', the second's '(145362) so just one cycle!'",
    ),
    # imathworks.com writing-a-permutation-as-a-product-of-disjoint-cycles-2 (a 1-cycle dropped)
    _c(
        IMW,
        IMW_DC2,
        gold=r"(1532)(4)",
        pred=r"(1532)",
        wrap=True,
        expected=True,
        why=r"'the permutation can be written as $$(1532)(4),\mbox{ or equivalently, just } (1532).$$'",
    ),
    # solverer.com Dummit & Foote exercise 1.3.2 (checked with Sage on the page)
    _c(
        SOLV,
        SOLV_132,
        gold=r"( 1 13 5 10 ) ( 3 15 8 ) ( 4 14 11 7 12 9 )",
        pred=r"(1,13,5,10)(3,15,8)(4,14,11,7,12,9)",
        wrap=True,
        expected=True,
        why=r"sigma; 'sage: sigma.cycle_string()' gives the comma form; 'This confirms our results.'",
    ),
    _c(
        SOLV,
        SOLV_132,
        gold=r"( 1 13 5 10 ) ( 3 15 8 ) ( 4 14 11 7 12 9 )",
        pred=r"[13, 2, 15, 14, 10, 6, 12, 3, 4, 1, 7, 9, 5, 11, 8]",
        wrap=True,
        expected=True,
        why=r"sigma; 'sage: sigma = Permutation([13, 2, 15, 14, 10, 6, 12, 3, 4, 1, 7, 9, 5, 11, 8])' (one-line notation of the same sigma)",
    ),
    _c(
        SOLV,
        SOLV_132,
        gold=r"( 1 14 ) ( 2 9 15 13 4 ) ( 3 10 ) ( 5 12 7 ) ( 8 11 )",
        pred=r"(1,14)(2,9,15,13,4)(3,10)(5,12,7)(8,11)",
        wrap=True,
        expected=True,
        why=r"tau; 'sage: tau.cycle_string()' ... 'This confirms our results.'",
    ),
    _c(
        SOLV,
        SOLV_132,
        gold=r"( 2 15 4 9 13 ) ( 5 7 12 )",
        pred=r"[1, 15, 3, 9, 7, 6, 12, 8, 13, 10, 11, 5, 2, 14, 4]",
        wrap=True,
        expected=True,
        why=r"tau^2; 'sage: tau2 = tau * tau; tau2 [1, 15, 3, 9, 7, 6, 12, 8, 13, 10, 11, 5, 2, 14, 4]' (one-line notation)",
    ),
    _c(
        SOLV,
        SOLV_132,
        gold=r"( 1 11 3 ) ( 2 4 ) ( 5 9 8 7 10 15 ) ( 13 14 )",
        pred=r"(1,11,3)(2,4)(5,9,8,7,10,15)(13,14)",
        wrap=True,
        expected=True,
        why=r"sigma tau; 'sage: sigma_tau.cycle_string()'",
    ),
    _c(
        SOLV,
        SOLV_132,
        gold=r"( 1 4 ) ( 2 9 ) ( 3 13 12 15 11 5 ) ( 8 10 14 )",
        pred=r"(1,4)(2,9)(3,13,12,15,11,5)(8,10,14)",
        wrap=True,
        expected=True,
        why=r"tau sigma; 'sage: tau_sigma.cycle_string()'",
    ),
    _c(
        SOLV,
        SOLV_132,
        gold=r"( 1 2 15 8 3 4 14 11 12 13 7 5 10 )",
        pred=r"(1,2,15,8,3,4,14,11,12,13,7,5,10)",
        wrap=True,
        expected=True,
        why=r"tau^2 sigma; 'sage: eta.cycle_string()'",
    ),
]
