r"""A fifty-third fresh set of answer-equivalence cases (evaluation only; helper "b": number theory
and counting answers settled by a person on a public web page -- counts as binomials, nCr / nPr
notation, factorials and products against the evaluated number, numbers with thousands
separators, remainders and residues written with "mod" or \pmod against the bare remainder).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md, the
claims folders /work/wt/fresh2*_claims ... fresh52_claims and /work/wt/fresh53_claims; each page
was claimed in /work/wt/fresh53_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: the other form a person on the page equates with it, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. The rest of this helper's cases are in
bench/equiv_fresh53_b2.py (its docstring lists its own sources).

Transcription: strings are copied as the stored page shows them, with ``$``/``$$`` delimiters
dropped and the page's own spacing, Unicode dots (U+22C5) and minus signs (U+2212) kept. Where a
person writes a chain ``A = B = C`` ending in the result, the last member is the gold and each
earlier member is a prediction (True); a chain that starts with the question's own expression
(``\binom{15}{5} = ...``) gives that expression as a prediction too. For congruence chains
(``a \equiv b \equiv c \pmod{7}``) only members written with their own modulus are used.

Sources of this file (domain, URL, what is settled; all "web page, no licence file"):

- www.narviacademy.in, binomial coefficient page: the formula line \binom{n}{k} = n!/((n-k)! k!)
  and the worked chains \binom{15}{5} = ... = 3003 and \binom{10}{0} = ... = 1. 1 + 5 + 3 cases.
- ximpledu.com, permutations (nPr): "5! = 5⋅4⋅3⋅2⋅1", "7P3 = 7⋅6⋅5", "4P4 = 4⋅3⋅2⋅1 / This is
  equal to 4!", "nPn = n!", "nP1 = n", "nP0 = 1", and Example 7 "So the answer is 5P5 or 5!".
  8 cases.
- whatsbest.ca, nPr formula: "n P r = n!/ (n−r)! = 9! / (9-2)! = 9! /7! = 72". 3 cases.
- coolmath.com, combinations 02: "n C r = C n r = C( n , r ) = ( n r )" and the chain "105 C 3 =
  ... = 35 * 52 * 103 = 187,460" (the gold keeps the page's thousands comma). 3 cases.
- partnerperformance.uonbi.ac.ke preguntia 1216180 (a community answer: "7 c 2 ... So, we have
  7! / 5! / 2! = 21", "5 c 3 ... So, 5! / 3! / 2! = 10"). 4 cases.
- wiki.actuarialnotes.com Concepts/Combination: the formula \binom{n}{k} = n!/(k!(n-k)!) and the
  committee answer \binom{10}{3} = 10!/(3!·7!) = (10×9×8)/(3×2×1) = 120. 4 cases.
- edumarz.com, "select three out of 10 students" ("nCr = 10C3 = 120"). 1 case.
- www.sarodemathsblog.com, CRT for x ≡ 2 (mod 3), x ≡ 3 (mod 5), x ≡ 2 (mod 7): n = 3·5·7 = 105,
  N_1 = 105/3 = 35, N_2 = 105/5 = 21, N_3 = 105/7 = 15, x = 2·35·2 + 3·21·1 + 2·15·1 = 233. 5
  cases.
- solve.club modulus-2 (a Brilliant mirror: "The answer is 2.", and the solver Math Man's "which
  is equal to 2 (mod 7)"). 1 case.
- web2.0calc.com math-problem_4770 (heureka's answer to "remainder when 100^100 is divided by 7":
  the \pmod{7} chain from 100^{100} \pmod{7} down to 2 \pmod{7}, and \phi(7) = 6). 8 cases.
- cracku.in CAT 2024 slot 1 question 52 (10^100 mod 7: "can be written as 3^{100}mod(7)", the
  cycle lines 3^1mod 7=3 ... 3^6mod 7=1, 3^{100} = (3^6)^{16} x (3^4), "3^4mod 7 which equals 4 /
  Hence the answer is 4"). 9 cases.
- cracku.in question 53 (smallest integer with 24 divisors: "(3 +1) x (2+ 1) (1+ 1) = 4x3x2 = 24",
  for 240 "5 x 2 x 2 = 20"). 3 cases.
- mathhelpforum.com 56598 (5! + 4!: "the back of the book says the answer is 6x4!"; Chris shows
  5!+4! = [5·4·3·2·1]+[4·3·2·1] = (5+1)·4·3·2·1 "so our answer is \boxed{6\cdot4!}"). 4 cases.

Left out, by rule: lines whose written form, read literally, has a different value from the one
the page gives (coolmath's "105! / ( 105 - 3 )! 3!", "105! / 102! 3!" and "( 105 * 104 * 103 ) /
3 * 2 * 1", coolmath's "n C r = n! / ( n - r )! r!": a division by an unbracketed product);
members whose formatting was lost in the stored text (coolmath's stacked "( 105 3 )" and "( n r )",
its "C n r" with a lost subscript, mathhelpforum's 10! line with the broken "\c dot");
sarodemathsblog's "x = 233 \equiv 23 ~(mod ~105)" (the page calls 233 a solution and 23 (mod 105)
the unique solution, so the two are not offered as the same answer); web2.0calc 4770's boxed
lemmas "100 \equiv 2 \pmod {7}" and "2^{6} \equiv 1 \pmod {7}" (one side written without its
modulus); ximpledu's Examples 5 and 6 ("the answer is 9P4", "8P3": one form only); the solve.club
solution by Rahul Kumar ("(1)^33*2/7=2/7=2": false as written).

Examined and not used: www.wyzant.com 765671 (its residue chain "7 ≡ 20 ≡ 33 ≡ 46 ≡ .... (mod 13)"
writes the modulus once, so no member can be copied with it); mathcelebrity.com, mathportal.org
and calqoo.com (calculator output, not a person); socratic.org, algebra.com, jiskha.com (sites to
avoid this round); askfilo.com, gauthmath.com, solvely.ai, studyx.ai, math.bot, askanewquestion
.com, devyy.com, littleredmath.com, curioustab.com, infinitelexicon.pages.dev, ora.it.com,
dailysum.dev (machine-written answers); olympiadhq.com, notely.pk, math.answers.com,
mathcentral.uregina.ca QQ.02.06 sam4, paperzz.com AQA number mark scheme and the scribd permutation
mark schemes (formulas or superscripts lost in the stored text); voozh geeksforgeeks nPr mirror
("6P3 = 6! / (6 - 3)! = 12", wrong as written); runxinzhi.com and huggingface.co Nemotron pages
(a copy of Wikipedia, rewritten dataset pages); qammunity 2369073 (7^7 tower: residue chains
with the modulus written once); dreamincode.net 293540 (one form only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    """Cases of one page: rows are (gold, pred, expected, why); every pred is a bare answer."""
    return [_c(repo, where, gold=g, pred=p, wrap=True, expected=e, why=w) for g, p, e, w in rows]


R_NAR = "www.narviacademy.in"
W_NAR = (
    "https://www.narviacademy.in/Topics/mathematics/mathematics-algebra-binomial-coefficient.php"
)
R_XIM = "ximpledu.com"
W_XIM = "https://www.ximpledu.com/permutations-npr/"
R_WB = "whatsbest.ca"
W_WB = "https://whatsbest.ca/npr-formula"
R_COOL = "coolmath.com"
W_COOL = "https://coolmath.com/algebra/20-combinatorics/05-combinations-02"
R_UON = "partnerperformance.uonbi.ac.ke"
W_UON = "https://partnerperformance.uonbi.ac.ke/preguntia/1216180"
R_ACT = "wiki.actuarialnotes.com"
W_ACT = "https://wiki.actuarialnotes.com/Concepts/Combination"
R_EDU = "edumarz.com"
W_EDU = (
    "https://edumarz.com/suppose-there-are-10-students-in-your-class-you-want-to-select-three-out-"
    "of-them-how-many-samples-are-possible/"
)
R_SAR = "www.sarodemathsblog.com"
W_SAR = "https://www.sarodemathsblog.com/2025/07/solve-system-of-linear-congruences-x.html"
R_SC = "solve.club"
W_SC = "https://solve.club/problems/modulus-2/modulus-2.html"
R_W2 = "web2.0calc.com"
W_W2 = "http://web2.0calc.com/questions/math-problem_4770"
R_CR = "cracku.in"
W_CR52 = "https://cracku.in/52-when-10100is-divided-by-7-the-remainder-is-x-cat-2024-slot-1"
W_CR53 = (
    "https://cracku.in/53-the-smallest-positive-integer-n-with-24-divisors-c-x-2013-rrb-allahabad"
)
R_MHF = "mathhelpforum.com"
W_MHF = "http://mathhelpforum.com/algebra/56598-factorials-adding-subtracting.html"

_B15 = "\\binom{15}{5} = ... = 3003 chain"
_B10 = "\\binom{10}{0} = ... = 1 chain"

CASES = [
    # narviacademy: formula line and two worked chains (each line "\binom{15}{5} = X")
    *_rows(
        R_NAR,
        W_NAR,
        [
            (
                r"\frac{n!}{(n - k)! \ k!}",
                r"\binom{n}{k}",
                True,
                "Binomial Coefficient Formula line",
            ),
            (r"3003", r"\binom{15}{5}", True, "Example 1: the question's expression, " + _B15),
            (r"3003", r"\frac{15!}{(15 - 5)! \ 5!}", True, "Example 1, " + _B15),
            (r"3003", r"\frac{15!}{10! \ 5!}", True, "Example 1, " + _B15),
            (
                r"3003",
                r"\frac{15 \times 14 \times 13 \times 12 \times 11 \times 10!}{10! \ 5!}",
                True,
                "Example 1, " + _B15,
            ),
            (
                r"3003",
                r"\frac{15 \times 14 \times 13 \times 12 \times 11}{5!}",
                True,
                "Example 1, " + _B15,
            ),
            (r"1", r"\binom{10}{0}", True, "Example 2: the question's expression, " + _B10),
            (r"1", r"\frac{10!}{(10 - 0)! \ 0!}", True, "Example 2, " + _B10),
            (r"1", r"\frac{10!}{10! \ 0!}", True, "Example 2, " + _B10),
        ],
    ),
    # ximpledu: nPr examples, written with U+22C5 dots
    *_rows(
        R_XIM,
        W_XIM,
        [
            ("5⋅4⋅3⋅2⋅1", "5!", True, "Example 0: '5! = 5⋅4⋅3⋅2⋅1'"),
            ("7⋅6⋅5", "7P3", True, "Example 1: '7P3 = 7⋅6⋅5'"),
            ("4⋅3⋅2⋅1", "4P4", True, "Example 2: '4P4 = 4⋅3⋅2⋅1'"),
            ("4⋅3⋅2⋅1", "4!", True, "Example 2: 'This is equal to 4!.'"),
            ("n!", "nPn", True, "Example 2 rule 'nPn = n!'"),
            ("n", "nP1", True, "Example 3 rule 'nP1 = n'"),
            ("1", "nP0", True, "Example 4 rule 'nP0 = 1'"),
            ("5P5", "5!", True, "Example 7: 'So the answer is 5P5 or 5!.'"),
        ],
    ),
    # whatsbest.ca: "Permutation = n P r = n!/ (n−r)! = 9! / (9-2)! = 9! /7! = 72"
    *_rows(
        R_WB,
        W_WB,
        [
            ("n!/ (n−r)!", "n P r", True, "Question 1 chain, the general members (U+2212 minus)"),
            ("72", "9! / (9-2)!", True, "Question 1 chain ending '= 72'"),
            ("72", "9! /7!", True, "Question 1 chain ending '= 72'"),
        ],
    ),
    # coolmath: notation line and the 105 C 3 chain ending "= 187,460"
    *_rows(
        R_COOL,
        W_COOL,
        [
            ("C( n , r )", "n C r", True, "notation line 'n C r = C n r = C( n , r ) = ( n r )'"),
            (
                "187,460",
                "105 C 3",
                True,
                "committee of 3 from 105: chain '105 C 3 = ... = 187,460'",
            ),
            ("187,460", "35 * 52 * 103", True, "chain '... = 35 * 52 * 103 = 187,460'"),
        ],
    ),
    # uonbi preguntia 1216180: a community answer evaluating combinations
    *_rows(
        R_UON,
        W_UON,
        [
            ("21", "7! / 5! / 2!", True, "'So, we have 7! / 5! / 2! = 21.'"),
            ("21", "7 c 2", True, "the worked question '7 c 2', evaluated to 21"),
            ("10", "5! / 3! / 2!", True, "'So, 5! / 3! / 2! = 10.'"),
            ("10", "5 c 3", True, "the worked question '5 c 3', evaluated to 10"),
        ],
    ),
    # actuarialnotes: formula and the committee example
    *_rows(
        R_ACT,
        W_ACT,
        [
            (r"\frac{n!}{k!(n-k)!}", r"\binom{n}{k}", True, "page formula line"),
            (r"120", r"\binom{10}{3}", True, "committee of 3 from 10: the chain's first member"),
            (r"120", r"\frac{10!}{3! \cdot 7!}", True, "committee chain ending '= 120'"),
            (
                r"120",
                r"\frac{10 \times 9 \times 8}{3 \times 2 \times 1}",
                True,
                "committee chain ending '= 120'",
            ),
        ],
    ),
    *_rows(R_EDU, W_EDU, [("120", "10C3", True, "'nCr = 10C3 = 120'")]),
    # sarodemathsblog: CRT worked example
    *_rows(
        R_SAR,
        W_SAR,
        [
            (r"105", r"3 \cdot 5 \cdot 7", True, "'n = 3 \\cdot 5 \\cdot 7 = 105'"),
            (r"35", r"\dfrac{105}{3}", True, "'N_{1} = \\dfrac{n}{3} = \\dfrac{105}{3} = 35'"),
            (r"21", r"\dfrac{105}{5}", True, "'N_2 = \\dfrac{n}{5} = \\dfrac{105}{5} = 21'"),
            (r"15", r"\dfrac{105}{7}", True, "'N_3 = \\dfrac{n}{7} = \\dfrac{105}{7} = 15'"),
            (
                r"233",
                r"2 \cdot 35 \cdot 2 + 3 \cdot 21 \cdot 1 + 2 \cdot 15 \cdot 1",
                True,
                "'x = 2 \\cdot 35 \\cdot 2 + ... = 233'",
            ),
        ],
    ),
    *_rows(
        R_SC,
        W_SC,
        [
            (
                "2",
                "2 (mod 7)",
                True,
                "'The answer is 2.'; Math Man: '... which is equal to 2 (mod 7)'",
            ),
        ],
    ),
    # web2.0calc 4770 (heureka): remainder of 100^100 on division by 7
    *_rows(
        R_W2,
        W_W2,
        [
            *[
                (r"2 \pmod{7}", m, True, "heureka's \\equiv chain ending '\\equiv 2 \\pmod{7}'")
                for m in [
                    r"100^{100} \pmod{7}",
                    r"2^{100} \pmod{7}",
                    r"2^{6\cdot 16 +4} \pmod{7}",
                    r"(2^{6} )^{16}\cdot 2^4 \pmod{7}",
                    r"1^{16}\cdot 2^4 \pmod{7}",
                    r"2^4 \pmod{7}",
                    r"16 \pmod{7}",
                ]
            ],
            (
                r"6",
                r"\phi(7)",
                True,
                "'\\phi(7) = 6 \\quad \\phi() \\text{ is the Euler's totient function}'",
            ),
        ],
    ),
    # cracku 52 (CAT 2024): 10^100 mod 7 = x, "Hence the answer is 4."
    *_rows(
        R_CR,
        W_CR52,
        [
            (r"4", r"10^{100}mod\left(7\right)", True, "the question's expression; answer 4"),
            (
                r"4",
                r"3^{100}mod\left(7\right)",
                True,
                "'the above equation can be written as'; answer 4",
            ),
            (r"3", r"3^1mod 7", True, "cycle line '3^1mod 7=3'"),
            (r"2", r"3^2mod 7", True, "cycle line '3^2mod 7=2'"),
            (r"6", r"3^3mod 7", True, "cycle line '3^3mod 7=6'"),
            (r"4", r"3^4mod 7", True, "cycle line '3^4mod 7=4'; '3^4mod 7 which equals 4'"),
            (r"5", r"3^5mod 7", True, "cycle line '3^5mod 7=5'"),
            (r"1", r"3^6mod 7", True, "cycle line '3^6mod 7=1'"),
            (
                r"\left(3^6\right)^{16}\times\ \left(3^4\right)",
                r"3^{100}",
                True,
                "'3^{100}=\\left(3^6\\right)^{16}\\times\\ \\left(3^4\\right)'",
            ),
        ],
    ),
    # cracku 53: number of divisors
    *_rows(
        R_CR,
        W_CR53,
        [
            ("24", "(3 +1) x (2+ 1) (1+ 1)", True, "360: 'number of factors = (3 +1) x ... = 24'"),
            ("24", "4x3x2", True, "360: '... = 4x3x2 = 24'"),
            ("20", "5 x 2 x 2", True, "240: 'Number of factors = 5 x 2 x 2 = 20 only'"),
        ],
    ),
    # mathhelpforum 56598: 5! + 4!
    *_rows(
        R_MHF,
        W_MHF,
        [
            (
                r"6x4!",
                r"6\cdot4!",
                True,
                "book answer '6x4!'; Chris: 'our answer is \\boxed{6\\cdot4!}'",
            ),
            (r"6\cdot4!", r"5!+4!", True, "the question's expression, worked to 6\\cdot4!"),
            (
                r"6\cdot4!",
                r"\left[5\cdot4\cdot3\cdot2\cdot1\right]+\left[4\cdot3\cdot2\cdot1\right]",
                True,
                "'5!+4!, we see that this is the same as ...'",
            ),
            (
                r"6\cdot4!",
                r"\left(5+1\right)\cdot4\cdot3\cdot2\cdot1",
                True,
                "'we are left with \\left(5+1\\right)\\cdot4\\cdot3\\cdot2\\cdot1' ... 'so our answer is'",
            ),
        ],
    ),
]
