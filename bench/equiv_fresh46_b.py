r"""A forty-sixth fresh set of answer-equivalence cases (evaluation only; helper "b": public
question-and-answer threads on probability, combinatorics and counting answers where the asker's
final answer is compared with the book's, answer key's or an answerer's, and someone on the page
settles whether the two are the same value).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, /work/wt/fresh45_claims and /work/wt/fresh46_claims; each page was
claimed in fresh46_claims before use). Each case gives the reference answer (``gold``: the book's,
answer key's, mark scheme's or accepted answerer's answer), the prediction (``pred``: the asker's
answer, or the other form a person on the page equates with or sets against the reference; always
a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
that a person on the page settled, with no one on the page left contradicting it. ``repo`` is the
domain the stored copy came from and ``where`` is the full URL. Most pages are Mathematics Stack
Exchange threads read through a mirror (math.techqa.club, imathworks.com). There is no commit;
every source is a web page with no licence file. Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them, LaTeX without its ``$``
delimiters (``\over``, ``\choose``, ``\binom``, ``\dbinom``, ``\mathsf C(4,4)``, ``^{52}C_5`` kept
as typed), plain text as plain text (``9C3 × 4C1``, ``7! x 2``, ``362,880``). Two liberties, noted
in ``why``: a page's inline ``$`` delimiters inside one expression are dropped, and algebra.com's
``{{{...}}}`` formula markup is dropped around the expression it wraps. Where
the page states a value and an expression for one answer (``\frac{9}{64}`` after
``\frac{12 \times 3!}{8^3}=``), the final value is taken.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 3214522 (two face cards given different colours; book 18/169 vs the asker's
  9/169 = 36/676; both answers: the ground truth / given answer is wrong, 36/676). 2 cases.
- math.techqa.club 3308269 (two cards summing to 21; answer: "You're right. The probability is
  64/1326", graders might expect 32/663). 2 cases.
- sosmath.com CBB viewtopic p=232643 (three cards, score over 28; the asker's 160/2197 vs the
  given 112/2197; the reply counts 2688 triples, "probability 112/2197 as given"). 1 case.
- www.algebra.com show-question-source solution=595543 (question 973330; geometric sum; tutor:
  "that shows how your answer is equivalent to the book's answer"). 1 case.
- math.techqa.club 977715 (2/3 - 1/16: the asker's 1/48 vs both answers' 29/48). 1 case.
- imathworks.com, fifth throw equal to one of the first four (given 671/6^4; the asker's 381/6^4
  and 411/6^4, "still incorrect"; best answer 1-(5/6)^4 and corrected counts). 3 cases.
- imathworks.com, at least one 6 in three rolls (the asker's 31/216, incorrect per the book; best
  answer: omitted cases, 1 - (5/6)^3 = 91/216). 2 cases.
- www.physicsforums.com threads 1015305 (three octahedral dice in arithmetic sequence; the asker's
  9/64 vs the key's 5/32; haruspex: the common difference can be 0, "1, 1, 1 is a perfectly good
  arithmetic sequence"). 1 case.
- math.techqa.club 2212955 (12 dice with at least one 5 and one 4; correct answer 0.7834; the
  asker's binomial expression "does not make sense"; answer (6^{12} - 2*5^{12} +
  4^{12})/6^{12} = 0.78339403706). 2 cases.
- math.techqa.club 1963309 (AABBCCDD; key 2520; best answer 8!/(2!2!2!2!)). 1 case.
- www.algebra.com show-question-source solution=168994 (question 227351; Jasmine's 362,880 for
  TEXTBOOKS; tutor Edwin: "the answer is not 362880 at all. It's 9!/4 = 90720"). 1 case.
- imathworks.com stars and bars (four-digit numbers with digit sum 9; best answer's
  \binom{12}{3}-\binom{11}{2}; the asker's 8-stars-3-bars way gives \binom{11}{3}: "Why is the
  answer the same if you do it this way?"). 1 case.
- math.techqa.club 3820522 (at least one even given sum 8; the asker's 2/3 vs the book's 3/5;
  answer lists the five equally likely outcomes). 1 case.
- math.techqa.club 4501498, 1730485 and 637750 (two pair and full house counts; the asker's
  versions double count or undercount, the answers explain why). 2 + 2 + 1 cases.
- imathworks.com, eight people around a square table (result 10,080; the best answer explains the
  methods 8!/4 and 7! x 2). 2 cases.
- imathworks.com, arrangements of 8 people around a square table (the asker's 8!/4 = 10080; best
  answer: 2×7! = 10080 "confirming your own answer"). 1 case.
- imathworks.com, committee of 3 from 5 men and 2 women with at least one woman (30 vs 25; best
  answer: the first method counts the two-women committees twice). 1 case.
- imathworks.com, committee of 4 from 6 men and 4 women with at least one woman (the asker's
  9C3 × 4C1 = 336; best answer: 195 = \binom{10}{4} - \binom{6}{4}). 2 cases.
- www.scribd.com document 720997500 "S1 Probability 1 MS" (read through a fanyv88.com proxy; an
  OCR MEI S1 mark scheme: "= 0.296 A1 CAO Allow 37/125 oe", "= 0.324 A1 Allow 12/37 oe"). 2 cases.
- www.iitianacademy.com IB HL paper 1 topic 5.4 (Bayes; the markscheme's A1 answer
  33/96 (= 11/32)). 1 case.
- math.techqa.club 1914863 (integers up to 10^3 divisible by 3 but not 5 or 7; the asker's 211 vs
  the answer's 229; best answer: inclusion-exclusion applied wrongly, gives the corrected
  expression). 2 cases.
- math.techqa.club 941272 (multiples of 3, 7 or 12 up to 1000; the asker's 414 vs the sheet's 428;
  answer: C is inside A, 333 + 142 - 47 = 428). 2 cases.
- imathworks.com, men and women alternating at a round table (best answer (k - 1)!k!; "You asked
  why the answer is not k!k!/(2k) ... What went wrong?"). 1 case.
- math.techqa.club 3736335 (6 balls into 3 urns, none empty; the asker's 546 vs the correct 540;
  answer: "at the end you have 3^6- (3\cdot 2^6 -3)"). 2 cases.
- gateoverflow.in 102848 (12 balls to 3 boys, each at least one; "ans:- 519156"; reply: by
  inclusion-exclusion 3^{12} - [...] = 519156). 1 case.
- imathworks.com, four aces in a five-card hand (method 1 with combinations vs method 2 with an
  ordered product, five times smaller; best answer: combinations give the answer directly, the
  product fixes an order). 1 case.
- imathworks.com, 5 cards with at least one king (^4C_1. ^{51}C_4 wrong, ^{52}C_5- ^{48}C_5 right;
  best answer: duplicates, \binom{52}{5}-\binom{52-4}{5}). 2 cases.
- math.techqa.club 3015999 (10 cards with at least one ace; answers: 4{51 \choose 9} double counts,
  {52 \choose 10} - {48 \choose 10} is correct, and the first approach corrected to a sum of four
  products). 2 cases.
- math.techqa.club 710456 (four aces in five cards; answer: \binom{48}{1} such hands "Or, if you
  prefer, ... \binom{12}{1}\binom{4}{1}"). 1 case.
- math.techqa.club 4229561 (sum 14 with three vs five dice; the asker gets 5/72 for both; answer:
  checked in Python, 15 and 540 ways, the book's statement is wrong). 2 cases.

Left out, by rule: restatements of one answer by the same person with no one settling them (the
asker's own "36/676 = 9/169" is used only against the answerers' 36/676); rounded values whose
acceptance the page does not settle (3308269's "4.8%"; the S1 mark scheme's "Allow 0.22 with
working" and "Allow 0.85 with working", which depend on working shown, a process policy); the
second part of the square-table thread (8820 vs the answer's 8640, which is hedged "if I understand
well" and cut off in the stored copy); parts of the S1 and other mark schemes whose stacked
fractions lost their layout; the Bayes markscheme's 0.18/0.74 (an intermediate line, the question
asks for lowest terms); multiple-choice options (GMAT, GRE and JEE pages).

Examined and not used: stats.stackexchange.com 172528 (urns X, Y, Z; the stored copy has no
answer); physicsforums.com 869344 (no reply stored; also examined by fresh45); gre.myprepclub.com
p29925 (the tutor's own working is disputed, "4C2 is 6. How come it is 12?"); algebra.com 604308
((9 over 4)(2a)^5 (-b)4, notation only, exponent lost); algebra.com 840385 (the "12!" answer is the
tutor's guess at a student's answer); algebra.com 812140 (the student's answer not on the page);
math.techqa.club 2780505 and imathworks at-least-one-ace (no settled reference answer on the page);
math.techqa.club 3265930 (the answer gives no final value); math.stackexchange.com 4457545 (stored
copy cut off before the answers); socratic.org 56926ede (two interpretations, no verdict);
qammunity, sandboxes-dev and other rounding threads on z tables (no settled verdict on the rounded
value); isolution.pro (machine-translated copies of Stack Exchange); huggingface.co Nemotron-CC-Math
pages (LLM-rewritten dataset pages); gauthmath, questionai, smartsolve, edu.com, math-gpt.org,
curioustab and similar pages (AI-written or single-author solutions, no pair to settle).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"

TQ_FACE_AT = "https://math.techqa.club/probability-that-two-drawn-cards-are-face-cards-3214522"

TQ_21_AT = (
    "https://math.techqa.club/what-is-the-probability-that-you-draw-2-cards-and-they-sum-21-3308269"
)

TQ_FRAC_AT = "https://math.techqa.club/how-do-you-solve-this-fraction-977715"

TQ_12DICE_AT = (
    "https://math.techqa.club/"
    "probability-of-12-different-dices-containing-at-least-one-5-and-at-least-one-4-2212955"
)

TQ_AABB_AT = (
    "https://math.techqa.club/number-of-ways-to-arrange-string-with-repeated-elements-1963309"
)

TQ_EVEN8_AT = (
    "https://math.techqa.club/"
    "find-the-conditional-probability-that-at-least-one-of-the-numbers-is-even-given-that-the-"
    "sum-is-8-3820522"
)

TQ_2PAIR_AT = (
    "https://math.techqa.club/"
    "why-does-calculating-probability-of-2-pairs-seem-so-different-from-for-a-full-house-4501498"
)

TQ_POKER_AT = (
    "https://math.techqa.club/need-help-understanding-poker-hand-probability-combinatorics-1730485"
)

TQ_TWOPAIR_AT = "https://math.techqa.club/probability-of-getting-two-pair-in-poker-637750"

TQ_DIV_AT = "https://math.techqa.club/find-divisible-integers-from-set-1914863"

TQ_3712_AT = (
    "https://math.techqa.club/"
    "inclusion-exclusion-principle-application-numbers-le1000-which-are-multiples-of-3-or-7-or-12-"
    "941272"
)

TQ_URNS_AT = "https://math.techqa.club/perms-and-coms-what-am-i-doing-wrong-3736335"

TQ_10ACE_AT = (
    "https://math.techqa.club/"
    "from-a-deck-of-52-cards-extract-10-in-how-many-combinations-do-you-get-at-least-one-ace-"
    "3015999"
)

TQ_5CARDS_AT = "https://math.techqa.club/probability-of-5-cards-drawn-from-shuffled-deck-710456"

TQ_14_AT = "https://math.techqa.club/probability-of-rolling-14-with-3-dice-vs-5-dice-4229561"

IMW = "imathworks.com"

IMW_FIFTH_AT = (
    "https://imathworks.com/math/"
    "compute-the-probability-that-the-outcome-of-a-dies-fifth-throw-is-one-of-the-previous-4"
)

IMW_THREE_AT = (
    "https://imathworks.com/math/"
    "math-probability-that-on-three-rolls-of-dice-there-will-be-at-least-one-6-showing-up"
)

IMW_STARS_AT = "https://imathworks.com/math/math-stars-and-bars-combinatorics-problem"

IMW_SQ1_AT = "https://imathworks.com/math/math-eight-people-around-square-table/"

IMW_SQ2_AT = (
    "https://imathworks.com/math/math-counting-the-arrangements-of-8-people-around-a-square-table"
)

IMW_COM3_AT = (
    "https://imathworks.com/math/"
    "choosing-a-committee-of-3-members-from-5-men-and-2-women-with-at-least-1-women-two-"
    "approaches-give-different-answers"
)

IMW_COM4_AT = (
    "https://imathworks.com/math/"
    "a-committee-of-4-has-to-be-formed-from-6-men-and-4-women-must-contain-at-least-one-woman"
)

IMW_ALT_AT = (
    "https://imathworks.com/math/"
    "math-number-of-ways-to-arrange-people-around-a-table-if-men-and-women-sit-in-alternate-seats"
)

IMW_4ACES_AT = (
    "https://imathworks.com/math/math-the-probability-that-a-five-card-poker-hand-has-four-aces"
)

IMW_KING_AT = (
    "https://imathworks.com/math/math-how-many-ways-to-select-5-cards-with-at-least-one-king"
)

SOS = "sosmath.com"

SOS_AT = "http://sosmath.com/CBB/viewtopic.php?p=232643"

ALG = "www.algebra.com"

ALG_GEOM_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=595543"

ALG_TEXTBOOKS_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=168994"

PF = "www.physicsforums.com"

PF_AT = (
    "https://www.physicsforums.com/threads/"
    "probability-of-getting-arithmetic-sequence-from-3-octahedron-dice.1015305/"
)

SCRIBD = "www.scribd.com"

SCRIBD_AT = "https://fanyv88.com:443/https/www.scribd.com/document/720997500/S1-Probability-1-MS"

IIT = "www.iitianacademy.com"

IIT_AT = (
    "https://www.iitianacademy.com/"
    "ib-dp-maths-topic-5-4-use-of-bayes-theorem-for-a-maximum-of-three-events-hl-paper-1/"
)

GO = "gateoverflow.in"

GO_AT = "http://gateoverflow.in/102848/combinatorics-problem"

CASES = [
    # math.techqa.club 3214522: P(both face | different colours).
    _c(
        TQ,
        TQ_FACE_AT,
        gold=r"\frac{18}{169}",
        pred=r"\frac{9}{169}",
        wrap=True,
        expected=False,
        why="book's 18/169 vs the asker's 9/169; best answer gets 36/676 'your ground truth answer "
        "is wrong', second answer 'The answer given is certainly wrong'",
    ),
    _c(
        TQ,
        TQ_FACE_AT,
        gold=r"\frac{36}{676}",
        pred=r"\frac{9}{169}",
        wrap=True,
        expected=True,
        why="both answers' 36/676 vs the asker's 9/169 (the asker's 36/676 reduced); the answers "
        "side with the asker",
    ),
    # math.techqa.club 3308269: two cards summing to 21.
    _c(
        TQ,
        TQ_21_AT,
        gold=r"\frac{64}{1326}",
        pred=r"(16*4)/1326",
        wrap=True,
        expected=True,
        why="best answer: 'You're right. The probability is 64/1326' vs the asker's (16*4)/1326",
    ),
    _c(
        TQ,
        TQ_21_AT,
        gold=r"\frac{64}{1326}",
        pred=r"\frac{32}{663}",
        wrap=True,
        expected=True,
        why="best answer: graders 'might expect an answer like 32/663'",
    ),
    # sosmath.com CBB p=232643: three cards, score over 28 given different suits.
    _c(
        SOS,
        SOS_AT,
        gold=r"112/2197",
        pred=r"160/2197",
        wrap=True,
        expected=False,
        why="given 112/2197 vs the asker's 160/2197; reply counts 2688 triples, 'probability "
        "112/2197 as given'",
    ),
    # algebra.com 595543 (question 973330): geometric sum.
    _c(
        ALG,
        ALG_GEOM_AT,
        gold=r"75*((2^10-1)/(2^7))",
        pred=r"300(1-(1/2)^10)/(1-1/2)",
        wrap=True,
        expected=True,
        why="student's answer (first line) vs the book's (last line), {{{ }}} markup dropped; "
        "tutor: 'that shows how your answer is equivalent to the book's answer'",
    ),
    # math.techqa.club 977715: 2/3 - 1/16.
    _c(
        TQ,
        TQ_FRAC_AT,
        gold=r"\frac{29}{48}",
        pred=r"\dfrac{1}{48}",
        wrap=True,
        expected=False,
        why="asker's 1/48 ('I believe that it's incorrect') vs both answers' 29/48",
    ),
    # imathworks: fifth throw equals one of the first four.
    _c(
        IMW,
        IMW_FIFTH_AT,
        gold=r"\dfrac{671}{6^4}",
        pred=r"\dfrac{381}{6^4}",
        wrap=True,
        expected=False,
        why="answer given vs the asker's first result; best answer corrects the counts",
    ),
    _c(
        IMW,
        IMW_FIFTH_AT,
        gold=r"\dfrac{671}{6^4}",
        pred=r"\dfrac{411}{6^4}",
        wrap=True,
        expected=False,
        why="asker's edited result '(still incorrect)'; best answer: cases 2 and 3 are 2160 and "
        "240, not 720 and 120",
    ),
    _c(
        IMW,
        IMW_FIFTH_AT,
        gold=r"\dfrac{671}{6^4}",
        pred=r"1-\left (\frac{5}{6}\right )^4",
        wrap=True,
        expected=True,
        why="best answer's complementary-event answer for the given 671/6^4",
    ),
    # imathworks: at least one 6 in three rolls.
    _c(
        IMW,
        IMW_THREE_AT,
        gold=r"91/216",
        pred=r"31/216",
        wrap=True,
        expected=False,
        why="asker's 31/216 'incorrect as per book'; best answer: omitted x6x, xx6, x66, 6x6, "
        "1 - (5/6)^3 = 91/216",
    ),
    _c(
        IMW,
        IMW_THREE_AT,
        gold=r"91/216",
        pred=r"1 - (5/6)^3",
        wrap=True,
        expected=True,
        why="best answer: 'you succeed with probability 1 - (5/6)^3 = 91/216'",
    ),
    # physicsforums 1015305: arithmetic sequence on three octahedral dice.
    _c(
        PF,
        PF_AT,
        gold=r"\frac{5}{32}",
        pred=r"\frac{9}{64}",
        wrap=True,
        expected=False,
        why="answer key 5/32 vs the asker's 12 x 3!/8^3 = 9/64; haruspex: b can be 0, '1, 1, 1 "
        "is a perfectly good arithmetic sequence'",
    ),
    # math.techqa.club 2212955: at least one 5 and one 4 among 12 dice.
    _c(
        TQ,
        TQ_12DICE_AT,
        gold=r"0.7834",
        pred=r"\frac{\binom{12}{2} \cdot6^{10}}{6^{12}}",
        wrap=True,
        expected=False,
        why="correct answer 0.7834 vs the asker's expression (= 1.833333, 'does not make "
        "sense'); answer: 'You have to do some inclusion/exclusion'",
    ),
    _c(
        TQ,
        TQ_12DICE_AT,
        gold=r"0.7834",
        pred=r"(6^{12} - 2*5^{12} + 4^{12})/6^{12}",
        wrap=True,
        expected=True,
        why="answer's inclusion-exclusion expression '= 0.78339403706' for the stated correct "
        "answer 0.7834",
    ),
    # math.techqa.club 1963309: arrangements of AABBCCDD.
    _c(
        TQ,
        TQ_AABB_AT,
        gold=r"2520",
        pred=r"\frac{8!}{2!\times2!\times2!\times2!}",
        wrap=True,
        expected=True,
        why="answer key 2520; best answer explains it as 8!/(2!2!2!2!)",
    ),
    # algebra.com 168994 (question 227351): TEXTBOOKS.
    _c(
        ALG,
        ALG_TEXTBOOKS_AT,
        gold=r"90720",
        pred=r"362,880",
        wrap=True,
        expected=False,
        why="Jasmine says 362,880 distinguishable permutations; Edwin: 'the answer is not 362880 "
        "at all. It's 9!/4 = 362880/4 = 90720'",
    ),
    # imathworks stars and bars: four-digit numbers with digit sum 9.
    _c(
        IMW,
        IMW_STARS_AT,
        gold=r"\binom{12}{3}-\binom{11}{2}",
        pred=r"\binom{11}{3}",
        wrap=True,
        expected=True,
        why="best answer's final answer vs the asker's 8-stars-3-bars way: 'Why is the answer the "
        "same if you do it this way?' (Pascal's rule)",
    ),
    # math.techqa.club 3820522: at least one even given sum 8.
    _c(
        TQ,
        TQ_EVEN8_AT,
        gold=r"3/5",
        pred=r"2/3",
        wrap=True,
        expected=False,
        why="back of the book 3/5 vs the asker's 2/3; answer lists the five equally probable "
        "outcomes (2,6),(3,5),(4,4),(5,3),(6,2)",
    ),
    # math.techqa.club 4501498: two pair and full house.
    _c(
        TQ,
        TQ_2PAIR_AT,
        gold=r"{ {{13\choose 2}{4\choose 2}{4\choose 2}{44\choose 1}} \over{52\choose 5}}",
        pred=r"{ {{13\choose 1}{4\choose 2}{12\choose 1}{4\choose 2}{44\choose 1}} \over{52\choose 5}}",
        wrap=True,
        expected=False,
        why="two pair: correct vs the asker's ('exactly double'); answer: 'You double count in "
        "the first case'",
    ),
    _c(
        TQ,
        TQ_2PAIR_AT,
        gold=r"{ {{13\choose 1}{4\choose 3}{12\choose 1}{4\choose 2}} \over{52\choose 5}}",
        pred=r"{ {{13\choose 2}{4\choose 3}{4\choose 2}} \over{52\choose 5}}",
        wrap=True,
        expected=False,
        why="full house: correct vs the asker's; answer: '5, 5, 5, 2, 2 is different from 2, 2, "
        "2, 5, 5'",
    ),
    # math.techqa.club 1730485: the same confusion, counts.
    _c(
        TQ,
        TQ_POKER_AT,
        gold=r"\binom{13}{1} \binom{4}{3} \binom{12}{1} \binom{4}{2}",
        pred=r"\binom{13}{2} \binom{4}{3} \binom{4}{2}",
        wrap=True,
        expected=False,
        why="full house count vs the asker's proposal; answer: 'you don't distinguish the above "
        "two hands so you undercount'",
    ),
]
