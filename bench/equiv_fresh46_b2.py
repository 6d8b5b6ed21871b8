"""fresh46_b, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh46_b.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh46_b import (
    GO,
    GO_AT,
    IIT,
    IIT_AT,
    IMW,
    IMW_4ACES_AT,
    IMW_ALT_AT,
    IMW_COM3_AT,
    IMW_COM4_AT,
    IMW_KING_AT,
    IMW_SQ1_AT,
    IMW_SQ2_AT,
    SCRIBD,
    SCRIBD_AT,
    TQ,
    TQ_5CARDS_AT,
    TQ_10ACE_AT,
    TQ_14_AT,
    TQ_3712_AT,
    TQ_DIV_AT,
    TQ_POKER_AT,
    TQ_TWOPAIR_AT,
    TQ_URNS_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        TQ,
        TQ_POKER_AT,
        gold=r"\binom{13}{2} \binom{4}{2} \binom{4}{2} \binom{11}{1}\binom{4}{1}",
        pred=r"\binom{13}{1} \binom{4}{2} \binom{12}{1} \binom{4}{2} \binom{11}{1}\binom{4}{1}",
        wrap=True,
        expected=False,
        why="two pair count vs the full-house method applied to it; answer: 5-5-4-4-X would be "
        "distinguished from 4-4-5-5-X, 'which is not desired'",
    ),
    # math.techqa.club 637750: two pair probability.
    _c(
        TQ,
        TQ_TWOPAIR_AT,
        gold=r"\frac{{13\choose2}{4\choose2}{4\choose2}{11\choose1}{4\choose1}}{52\choose5}",
        pred=r"\frac{{13\choose1}{4\choose2}{12\choose1}{4\choose2}{11\choose1}{4\choose1}}{52\choose5}",
        wrap=True,
        expected=False,
        why="correct answer vs the asker's 'Obviously ... incorrect' attempt; answer explains the "
        "symmetry of the two pairs",
    ),
    # imathworks: eight people around a square table.
    _c(
        IMW,
        IMW_SQ1_AT,
        gold=r"10,080",
        pred=r"8!/4",
        wrap=True,
        expected=True,
        why="result 10,080, method 1; best answer: rotations by the four sides are the same",
    ),
    _c(
        IMW,
        IMW_SQ1_AT,
        gold=r"10,080",
        pred=r"7! x 2",
        wrap=True,
        expected=True,
        why="result 10,080, method 2; best answer: fix a person on the north side, 7! ways, two "
        "places",
    ),
    _c(
        IMW,
        IMW_SQ2_AT,
        gold=r"2\times7!",
        pred=r"\frac{8!}{4}",
        wrap=True,
        expected=True,
        why="best answer: '2\\times7!=10080 possibilities, confirming your own answer' "
        "(8!/4 = 10080)",
    ),
    # imathworks: committee of 3 from 5 men and 2 women, at least one woman.
    _c(
        IMW,
        IMW_COM3_AT,
        gold=r"25",
        pred=r"30",
        wrap=True,
        expected=False,
        why="cases give 25, first method 30; best answer: 'Your first method counts those "
        "committees with two women twice'",
    ),
    # imathworks: committee of 4 from 6 men and 4 women, at least one woman.
    _c(
        IMW,
        IMW_COM4_AT,
        gold=r"195",
        pred=r"9C3 × 4C1",
        wrap=True,
        expected=False,
        why="asker's 9C3 × 4C1 = 336, 'not the correct answer'; best answer: 195",
    ),
    _c(
        IMW,
        IMW_COM4_AT,
        gold=r"195",
        pred=r"\binom{10}{4} - \binom{6}{4}",
        wrap=True,
        expected=True,
        why="best answer: 195 'can be found more simply' as C(10,4) - C(6,4)",
    ),
    # scribd 720997500: OCR MEI S1 mark scheme.
    _c(
        SCRIBD,
        SCRIBD_AT,
        gold=r"0.296",
        pred=r"37/125",
        wrap=True,
        expected=True,
        why="3(ii): '= 0.2 + 0.06 + 0.036 = 0.296 A1 CAO Allow 37/125 oe'",
    ),
    _c(
        SCRIBD,
        SCRIBD_AT,
        gold=r"0.324",
        pred=r"12/37",
        wrap=True,
        expected=True,
        why="3(iii): '= 0.324 A1 Allow 12/37 oe'",
    ),
    # iitianacademy: IB HL Bayes markscheme.
    _c(
        IIT,
        IIT_AT,
        gold=r"\frac{{11}}{{32}}",
        pred=r"\frac{{33}}{{96}}",
        wrap=True,
        expected=True,
        why="markscheme A1: '\\frac{{33}}{{96}} ( = \\frac{{11}}{{32}})' for P(R'|L)",
    ),
    # math.techqa.club 1914863: divisible by 3 but not by 5 nor 7.
    _c(
        TQ,
        TQ_DIV_AT,
        gold=r"229",
        pred=r"211",
        wrap=True,
        expected=False,
        why="answer shows 229 vs the asker's 211; best answer: 'You applied inclusion exclusion "
        "wrongly'",
    ),
    _c(
        TQ,
        TQ_DIV_AT,
        gold=r"229",
        pred=r"\lfloor 10^3/3\rfloor - \lfloor10^3/21\rfloor - \lfloor10^3/15\rfloor + \lfloor10^3/105\rfloor",
        wrap=True,
        expected=True,
        why="best answer's corrected expression ('it should be') for the stated 229",
    ),
    # math.techqa.club 941272: multiples of 3, 7 or 12.
    _c(
        TQ,
        TQ_3712_AT,
        gold=r"428",
        pred=r"414",
        wrap=True,
        expected=False,
        why="answer sheet 428 vs the asker's 414; answer: C is inside A, so 428",
    ),
    _c(
        TQ,
        TQ_3712_AT,
        gold=r"428",
        pred=r"333 + 142 - 47",
        wrap=True,
        expected=True,
        why="answer: '|A| + |B| - |A \\cap B| = 333 + 142 - 47 = 428'",
    ),
    # imathworks: men and women alternating at a round table.
    _c(
        IMW,
        IMW_ALT_AT,
        gold=r"(k - 1)!k!",
        pred=r"\frac{k!k!}{2k}",
        wrap=True,
        expected=False,
        why="best answer's count vs the asker's divide-by-n idea: 'You asked why the answer is "
        "not k!k!/(2k) ... What went wrong?'",
    ),
    # math.techqa.club 3736335: 6 balls into 3 urns, none empty.
    _c(
        TQ,
        TQ_URNS_AT,
        gold=r"540",
        pred=r"546",
        wrap=True,
        expected=False,
        why="correct answer 540 vs the asker's 546; answer: 'Your n(A), n(B), n(C) are not "
        "correct'",
    ),
    _c(
        TQ,
        TQ_URNS_AT,
        gold=r"540",
        pred=r"3^6- (3\cdot 2^6 -3)",
        wrap=True,
        expected=True,
        why="answer: 'at the end you have 3^6- (3\\cdot 2^6 -3)'",
    ),
    # gateoverflow 102848: 12 balls to 3 boys.
    _c(
        GO,
        GO_AT,
        gold=r"519156",
        pred=r"3^{12} - [ \binom{3}{1} * 2^{12} - \binom{3}{2} * 1^{12}]",
        wrap=True,
        expected=True,
        why="'ans:- 519156'; reply: principle of inclusion-exclusion '= 519156' (the page's inline "
        "$ delimiters around the two binomials dropped)",
    ),
    # imathworks: four aces in a five-card hand.
    _c(
        IMW,
        IMW_4ACES_AT,
        gold=r"\frac{\mathsf C(4,4)\times \mathsf C(48,1)}{\mathsf C(52,5)}",
        pred=r"\frac{(4\cdot 3\cdot 2\cdot 1\cdot 48)}{(52\cdot 51\cdot 50\cdot 49\cdot 48)}",
        wrap=True,
        expected=False,
        why="method 1 vs method 2 ('5 times more'); best answer: combinations give the answer "
        "directly, the product is for a fixed order and needs a compensating factor",
    ),
    # imathworks: 5 cards with at least one king.
    _c(
        IMW,
        IMW_KING_AT,
        gold=r"^{52}C_5- ^{48}C_5",
        pred=r"^4C_1. ^{51}C_4",
        wrap=True,
        expected=False,
        why="asker's first approach 'gives wrong answer'; best answer: 'You are duplicating "
        "combinations'",
    ),
    _c(
        IMW,
        IMW_KING_AT,
        gold=r"^{52}C_5- ^{48}C_5",
        pred=r"\binom{52}{5}-\binom{52-4}{5}",
        wrap=True,
        expected=True,
        why="best answer's form of the asker's right answer",
    ),
    # math.techqa.club 3015999: 10 cards with at least one ace.
    _c(
        TQ,
        TQ_10ACE_AT,
        gold=r"{52 \choose 10} - {48 \choose 10}",
        pred=r"4{51 \choose 9}",
        wrap=True,
        expected=False,
        why="answers: the first is not correct (double counting {A1,A2}), 'The second is correct'",
    ),
    _c(
        TQ,
        TQ_10ACE_AT,
        gold=r"{52 \choose 10} - {48 \choose 10}",
        pred=r"{4\choose1}{48\choose 9}+{4\choose2}{48\choose 8}+{4\choose 3}{48\choose 7}+{4\choose 4}{48\choose 6}",
        wrap=True,
        expected=True,
        why="answer: 'The first approach needs to be modified to' this sum; 'The second is "
        "correct'",
    ),
    # math.techqa.club 710456: four-ace hands.
    _c(
        TQ,
        TQ_5CARDS_AT,
        gold=r"\binom{48}{1}",
        pred=r"\binom{12}{1}\binom{4}{1}",
        wrap=True,
        expected=True,
        why="(a): 'There are \\binom{48}{1} 4-Ace hands ... Or, if you prefer, there are "
        "\\binom{12}{1}\\binom{4}{1} such hands'",
    ),
    # math.techqa.club 4229561: sum 14 with three and five dice.
    _c(
        TQ,
        TQ_14_AT,
        gold=r"{5\over{72}}",
        pred=r"{{540}\over{6^5}}",
        wrap=True,
        expected=True,
        why="five dice: the asker's 540/6^5 = 5/72; answer: checked in Python, 540 ways, the "
        "book's claim is a mistake",
    ),
    _c(
        TQ,
        TQ_14_AT,
        gold=r"{5\over{72}}",
        pred=r"{{3 + 6 + 3 + 3}\over{6^3}}",
        wrap=True,
        expected=True,
        why="three dice: the asker's 15/6^3 = 5/72; answer: 'there are indeed 15 ways'",
    ),
]
