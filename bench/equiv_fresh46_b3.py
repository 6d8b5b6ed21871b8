r"""A forty-sixth fresh set of answer-equivalence cases, continued (evaluation only; helper "b",
third module: public question-and-answer threads on counting, probability and factorial
identities where the asker's answer or step is compared with the key's or an answerer's and
someone on the page settles whether the two are the same value).

Same conventions as bench/equiv_fresh46_b.py: cases are transcribed from public web pages (the
``pages`` corpus of the search tool), none used by an earlier set (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md, /work/wt/fresh44_claims, /work/wt/fresh45_claims and
/work/wt/fresh46_claims; each page claimed in fresh46_claims before use). ``gold`` is the key's or
the settling answerer's answer, ``pred`` the asker's answer or step (a bare answer, ``wrap`` always
True), ``expected`` the verdict a person on the page settled. ``repo`` is the domain of the stored
copy, ``where`` the full URL; math.techqa.club, imathworks.com and kiwix.cwells.dev are mirrors of
Mathematics Stack Exchange. There is no commit; every source is a web page with no licence file.
Expressions are copied as the page shows them, LaTeX without its ``$`` delimiters (a page's inline
``$`` around single terms inside one expression are dropped, noted in ``why``). Do not tune the
judge on these cases.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 2752454 (bit strings of length 10 with at most eight 1s; the asker's sum of
  C(10,k); best answer: "Yes, your answer is correct", 2^{10}-\binom{10}{10}-\binom{10}{9} =
  1013). 2 cases.
- kiwix.cwells.dev (mirror of Mathematics Stack Exchange 2355827; onto functions from a 5-set to a
  3-set; the asker's 5^{3} asks for confirmation; answers: inclusion-exclusion gives 150). 1 case.
- math.techqa.club 3149743 (prove {2n \choose n} = 2{2n-1 \choose n}; best answer: the asker's
  (n)!(n)! = 2(n)! is a mistake, it is (n!)^2). 2 cases.
- math.techqa.club 3115897 ((2n)!/n! = 2^n(1 x 3 x ... x (2n-1)); the asker's 2(2n-1)(2n-3)...,
  "I was wrong"; answers: the factors 2 give 2^n, 2^{n}(2n-1)!!). 2 cases.
- imathworks.com, 4 cards with exactly 3 of one suit (the key's 0.375 vs the asker's
  (4C1)(13C3)(3C1)(13C1)/(52C4); best answer gets the same formula, about 0.1648). 1 case.
- imathworks.com, five cards with exactly three face cards (the asker's approximately .0660; best
  answer: "Yes." with the binomial fraction). 1 case.

Left out, by rule: 3115897's asker's last line "2(1 \times 3 t\times 5 \times ... \times (2n-1))"
(a stray "t" in the stored text; the line before it is used); the 3-of-a-suit thread's "approx
0.1648" against the formula (a rounded value with no verdict on it); the asker's own restatements.

Examined and not used (this module's searches): imathworks.com "3 cards of the same color" (the
best answer says the asker's result is right but writes a count, {26 \choose 3}{2 \choose 1}, as the
probability, so its stated equality is unreliable); imathworks.com "2 diamonds and 3 spades" (the
answer reads the question differently, no verdict on one value); imathworks.com onto mappings
{1,...,5} to {a,b,c} (the settled pair is the intermediate 96-3 = 93); math.techqa.club 683249 and
2780505 (no answer stored); math.stackexchange.com 298477 (no asker's answer); the ARQMath copy of
the 2011 bit-strings thread (same archive URL as a thread claimed by fresh45, and only independent
answers agreeing on 912); math.techqa.club 3977825 (the same identity as 3149743, a proof request
with no answer to compare); algebra.com 94561 (one tutor's two answers); physicsforums.com root
page on four aces (no thread URL stored); huggingface.co Nemotron-CC-Math pages (LLM-rewritten).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
IMW = "imathworks.com"
TQ_BITS_AT = (
    "https://math.techqa.club/how-many-different-bit-strings-of-length-10-contain-at-most-eight-"
    "1-s-2752454"
)
TQ_2N_AT = "https://math.techqa.club/prove-that-2n-choose-n-2-2n-1-choose-n-3149743"
TQ_DFACT_AT = "https://math.techqa.club/what-s-frac-2n-n-equal-to-3115897"
IMW_3SUIT_AT = (
    "https://imathworks.com/math/"
    "math-draw-4-cards-where-3-cards-same-suit-and-remaining-card-of-different-suit"
)
IMW_FACE3_AT = (
    "https://imathworks.com/math/"
    "math-if-five-cards-are-drawn-randomly-from-an-ordinary-deck-what-is-the-probability-of-"
    "drawing-exactly-three-face-cards"
)

KIWIX = "kiwix.cwells.dev"
KIWIX_AT = (
    "https://kiwix.cwells.dev/content/math.stackexchange.com_en_all_2025-08/questions/2355827/"
    "find-the-number-of-functions-from-a-5-element-set-onto-a-3-element-set"
)

CASES = [
    # math.techqa.club 2752454: bit strings with at most eight 1s.
    _c(
        TQ,
        TQ_BITS_AT,
        gold=r"1013",
        pred=r"C(10,0)+C(10,1)+C(10,2)+C(10,3)+C(10,4)+C(10,5)+C(10,6)+C(10,7)+C(10,8)",
        wrap=True,
        expected=True,
        why="asker's sum (the page's $ around each term dropped); best answer: 'Yes, your answer "
        "is correct, albeit tedious', 1013",
    ),
    _c(
        TQ,
        TQ_BITS_AT,
        gold=r"1013",
        pred=r"2^{10}-\binom{10}{10}-\binom{10}{9}",
        wrap=True,
        expected=True,
        why="best answer: '2^{10}-\\binom{10}{10}-\\binom{10}{9}=1024-11=1013'",
    ),
    # kiwix mirror of Math.SE 2355827: onto functions from a 5-set to a 3-set.
    _c(
        KIWIX,
        KIWIX_AT,
        gold=r"150",
        pred=r"5^{3}",
        wrap=True,
        expected=False,
        why="asker: 'this answer should be 5^{3}?', asks for confirmation; answers: subtract the "
        "non-onto functions from 3^5, inclusion-exclusion sum '=150'",
    ),
    # math.techqa.club 3149743: {2n choose n} = 2{2n-1 choose n}.
    _c(
        TQ,
        TQ_2N_AT,
        gold=r"\frac{(2n)!}{(n!)^2}",
        pred=r"\frac{(2n)!}{2(n)!}",
        wrap=True,
        expected=False,
        why="asker's step for {2n \\choose n}; best answer: 'you made a mistake when you wrote "
        "that (n)!(n)!=2(n)!. It should be (n!)^2'",
    ),
    _c(
        TQ,
        TQ_2N_AT,
        gold=r"{2n \choose n}",
        pred=r"2{2n-1 \choose n}",
        wrap=True,
        expected=True,
        why="the identity asked for; best answer: 'Hence 2\\binom{2n-1}{n}=...=\\binom{2n}{n}'",
    ),
    # math.techqa.club 3115897: (2n)!/n!.
    _c(
        TQ,
        TQ_DFACT_AT,
        gold=r"2^n(1 \times 3 \times 5 \times ... \times (2n - 1))",
        pred=r"2(2n-1)(2n-3)(2n-5)\times ... \times 1",
        wrap=True,
        expected=False,
        why="target vs the asker's result ('I ... realised I was wrong'); answer: 'you did not "
        "collect the n factors 2'",
    ),
    _c(
        TQ,
        TQ_DFACT_AT,
        gold=r"2^n(1 \times 3 \times 5 \times ... \times (2n - 1))",
        pred=r"2^{n}(2n-1)!!",
        wrap=True,
        expected=True,
        why="best answer's result '=2^n(2n-1)(2n-3)...1=2^{n}(2n-1)!!'",
    ),
    # imathworks: 4 cards, exactly 3 of one suit.
    _c(
        IMW,
        IMW_3SUIT_AT,
        gold=r"0.375",
        pred=r"(4C1)(13C3)(3C1)(13C1) divided by (52C4)",
        wrap=True,
        expected=False,
        why="'the final right answer is 0.375' vs the asker's; best answer derives the same "
        "formula, 'approx 0.1648'",
    ),
    # imathworks: exactly three face cards in five.
    _c(
        IMW,
        IMW_FACE3_AT,
        gold=r"\left.\binom {12}3\binom{40}{2}\middle/\binom{52}{5}\right.",
        pred=r".0660",
        wrap=True,
        expected=True,
        why="asker: 'My answer was approximately .0660'; best answer: 'Yes.' with this fraction "
        "(a rounded value the answerer accepts)",
    ),
]
