r"""A twenty-third fresh set of answer-equivalence cases, helper "e", second part (evaluation only).

The first part, bench/equiv_fresh23_e.py, describes the collection (graders written in languages
other than Python and graders of non-English projects), the case fields, the checks against
earlier sets and the rules for what was left out; those rules apply here too. This part holds the
cases of one TypeScript source:

- adarshrajesh-ui/BrilliantClone ("Midpoint", a web app teaching expected value; vitest)
  @ 7279e0316a9fd7962960a327e1eb63ab9e4bc972 (the seven test files below last changed in
  d2a72b7743cdb9fc27a7068a88aa0ebce04451ed). ``src/lib/answerParser.test.ts``
  (``areProbabilitiesEquivalent(answer, target)``, ``matchesNumeric(answer, [target])``; the gold
  is the target as the source writes it, ``2 / 6`` as ``2/6``) and the problem checkers
  ``src/data/problems/problem-2.checker.test.ts``, ``src/components/problems/{Problem5PayoutVsProfit,
  Problem4DealtHandContributions,EvL3P3MiniDeckTable,EvL4P3BetterGame,EvL5P3FinalDecision}
  .checker.test.ts``: a learner's typed answer to one field of an expected-value problem (an EV, a
  profit, a probability, a count, a weighted contribution) against that field's answer as the
  problem source states it (EV $5, profit $1, EV $6.5, EV $6.4, profits $2 and $3, payout $6,
  profit $0, probabilities 1/3, 1/2, 1/6, 3/10, 4/10, 1/12, 3/12, 8/12). A check that passes
  (``canComplete`` / ``isCorrect``) with every other field at its answer accepts the varied field;
  a named mistake type on it rejects it.
No license file was found in its stored copy: the short test strings are quoted as test data,
with attribution.

Left out, by rule (as listed in the first part): rounded decimals the suite accepts under its own
tolerance (``0.167`` / ``0.1667`` for 1/6, ``0.333`` / ``0.3333`` for 1/3, ``33.33%`` for 1/3,
``0.0833`` for 1/12, ``66.67%`` for 8/12), percent forms of non-probability amounts (``'500%'``
for $5, ``'100%'`` for $1, ``'650%'``, ``'640%'``, ``matchesNumeric('50%', [0.5])``), a bare
number read as a percent (``parseProbabilityAnswer('50')``), empty-field guards, word answers
(fair / favorable, Game B), pairs the same as another case up to surrounding spaces or already
taken from another file, and the ``normalizeMoneyAnswer`` / ``normalizeNumericAnswer`` value
tests. Do not tune the judge on these cases.
"""

from bench.equiv_rl_suites import collected_case as _c

BRC = "adarshrajesh-ui/BrilliantClone"
BRC_AT = "7279e0316a9fd7962960a327e1eb63ab9e4bc972"

# (gold, pred, expected, why) rows per BrilliantClone test file.
_BRC_PARSER = [
    ("2/6", "1/3", True, "areProbabilitiesEquivalent: reduced fraction"),
    ("0.5", "3/6", True, "areProbabilitiesEquivalent: unreduced fraction"),
    ("0.5", "1/2", True, "areProbabilitiesEquivalent: fraction for decimal"),
    ("0.5", ".5", True, "areProbabilitiesEquivalent: no leading zero"),
    ("0.5", "50%", True, "areProbabilitiesEquivalent: probability as percent"),
    ("0.5", "50 %", True, "areProbabilitiesEquivalent: percent with a space"),
    ("0.5", "2 / 4", True, "areProbabilitiesEquivalent: spaced unreduced fraction"),
    ("0.1", "1/10", True, "areProbabilitiesEquivalent: fraction for decimal"),
    ("0.2", "2/10", True, "areProbabilitiesEquivalent: unreduced fraction"),
    ("0.2", "1/5", True, "areProbabilitiesEquivalent: fraction for decimal"),
    ("0.7", "7/10", True, "areProbabilitiesEquivalent: fraction for decimal"),
    ("1/6", "0.9", False, "areProbabilitiesEquivalent: clearly wrong value"),
    ("1/3", "0.02", False, "areProbabilitiesEquivalent: clearly wrong value"),
    ("0.5", "51%", False, "areProbabilitiesEquivalent: 51% is not 1/2"),
    ("0.5", "2/5", False, "areProbabilitiesEquivalent: 2/5 is not 1/2"),
    ("0.5", "2/4", True, "matchesNumeric: unreduced fraction"),
    ("0.5", "$1 / 2", True, "matchesNumeric: money fraction"),
    ("-0.5", "- 1 / 2", True, "matchesNumeric: spaced negative fraction"),
]
_BRC_P2 = [
    ("5", "$5.00", True, "claw-machine EV $5: dollar sign, cents"),
    ("5", "5.00", True, "claw-machine EV $5: trailing zeros"),
    ("5", "5.0", True, "claw-machine EV $5: trailing zero"),
    ("5", "10 / 2", True, "claw-machine EV $5: unreduced fraction"),
    ("5", "$ 10 / 2 dollars", True, "claw-machine EV $5: fraction with currency words"),
    ("5", "20", False, "claw-machine EV $5: used-largest-payout"),
    ("1/3", "2 / 6", True, "ev-l2-p2 probability of $12: unreduced fraction"),
    ("1/6", "1 / 6", True, "ev-l2-p2 probability of $0: spaced fraction"),
]
_BRC_P5 = [
    ("1", "$1.00", True, "expected profit $1: dollar sign, cents"),
    ("1", "1/1", True, "expected profit $1: fraction"),
    ("1", "  2 / 2  ", True, "expected profit $1: unreduced fraction"),
    ("1", "1 dollar", True, "expected profit $1: unit word"),
    ("1", "4", False, "expected profit $1: answered-payout"),
    ("1", "7", False, "expected profit $1: added-cost"),
    ("1", "-1", False, "expected profit $1: reversed-subtraction"),
    ("1", "-1 / 1", False, "expected profit $1: reversed-subtraction as fraction"),
    ("1", "0.75", False, "expected profit $1: cost-as-probability"),
    ("1", "3 / 4", False, "expected profit $1: cost-as-probability as fraction"),
]
_BRC_P4 = [
    ("6.5", "$6.50", True, "dealt-hand EV 6.5: dollar sign, cents"),
    ("6.5", "13/2", True, "dealt-hand EV 6.5: fraction"),
    ("6.5", " 6.500 ", True, "dealt-hand EV 6.5: trailing zeros"),
    ("6.5", "16", False, "dealt-hand EV 6.5: unweighted-sum"),
    ("6.5", "7", False, "dealt-hand EV 6.5: arithmetic-error"),
    ("0.5", "  0.50  ", True, "contribution 0.5: trailing zero"),
    ("1.0", "1 / 1", True, "contribution 1.0: fraction"),
    ("1.0", " $1.00 ", True, "contribution 1.0: dollar sign, cents"),
    ("5.0", "10 / 2", True, "contribution 5.0: unreduced fraction"),
    ("5.0", " 5 dollars ", True, "contribution 5.0: unit word"),
    ("0.5", "2", False, "contribution 0.5: forgot-to-weight"),
    ("5.0", "10", False, "contribution 5.0: forgot-to-weight"),
    ("0.5", "0.3", False, "contribution 0.5: arithmetic-error"),
]
_BRC_DECK = [
    ("6.4", "$6.40", True, "mini-deck EV 6.4: dollar sign, cents"),
    ("6.4", "32/5", True, "mini-deck EV 6.4: fraction"),
    ("6.4", "64", False, "mini-deck EV 6.4: used-total-card-value"),
    ("6.4", "5", False, "mini-deck EV 6.4: arithmetic-error"),
    ("3/10", "0.30", True, "mini-deck probability 3/10: decimal"),
    ("3/10", "30%", True, "mini-deck probability 3/10: percent"),
    ("3/10", "3", False, "mini-deck probability 3/10: count-probability-confusion"),
    ("3/10", "3/8", False, "mini-deck probability 3/10: wrong-denominator"),
    ("4/10", "2/5", True, "mini-deck probability 4/10: reduced fraction"),
    ("4/10", "40%", True, "mini-deck probability 4/10: percent"),
    ("3", "6 / 2", True, "mini-deck count 3: unreduced fraction"),
    ("3", "5", False, "mini-deck count 3: arithmetic-error"),
    ("0.3", "3 / 10", True, "mini-deck contribution 0.3: fraction"),
    ("2.1", "21 / 10", True, "mini-deck contribution 2.1: fraction"),
    ("0.3", "1", False, "mini-deck contribution 0.3: arithmetic-error"),
]
_BRC_L4P3 = [
    ("2", "4/2", True, "game A profit $2: unreduced fraction"),
    ("2", "  $2.00  ", True, "game A profit $2: dollar sign, cents"),
    ("2", "9", False, "game A profit $2: forgot-subtract-cost"),
    ("2", "16", False, "game A profit $2: added-cost"),
    ("2", "-2", False, "game A profit $2: reversed-payout-cost"),
    ("2", "-2 / 1", False, "game A profit $2: reversed-payout-cost as fraction"),
    ("3", "9 / 3", True, "game B profit $3: unreduced fraction"),
    ("3", " 3 dollars ", True, "game B profit $3: unit word"),
    ("3", "6", False, "game B profit $3: forgot-subtract-cost"),
]
_BRC_L5P3 = [
    ("3/12", "0.25", True, "capstone probability 3/12: decimal"),
    ("8/12", "2/3", True, "capstone probability 8/12: reduced fraction"),
    ("3/12", " 25 % ", True, "capstone probability 3/12: percent"),
    ("1/12", "1", False, "capstone probability 1/12: counts-not-probability"),
    ("1/12", "1/10", False, "capstone probability 1/12: wrong-denominator"),
    ("3", "9/3", True, "capstone contribution 3: unreduced fraction"),
    ("0", "0/8", True, "capstone contribution 0: zero as a fraction"),
    ("3", "4", False, "capstone contribution 3: arithmetic-error"),
    ("0", "5", False, "capstone contribution 0: omitted-zero-row"),
    ("6", "12/2", True, "capstone expected payout $6: unreduced fraction"),
    ("6", " 18 / 3 ", True, "capstone expected payout $6: spaced fraction"),
    ("6", "5", False, "capstone expected payout $6: arithmetic-error"),
    ("0", "$0", True, "capstone expected profit $0: dollar sign"),
    ("0", "0/6", True, "capstone expected profit $0: zero as a fraction"),
    ("0", "6", False, "capstone expected profit $0: payout-not-profit"),
    ("0", "3", False, "capstone expected profit $0: arithmetic-error"),
]

CASES: list[dict] = [
    *[
        _c(BRC, f"{path}@{BRC_AT}", gold, pred, True, ok, why)
        for path, rows in (
            ("src/lib/answerParser.test.ts", _BRC_PARSER),
            ("src/data/problems/problem-2.checker.test.ts", _BRC_P2),
            ("src/components/problems/Problem5PayoutVsProfit.checker.test.ts", _BRC_P5),
            ("src/components/problems/Problem4DealtHandContributions.checker.test.ts", _BRC_P4),
            ("src/components/problems/EvL3P3MiniDeckTable.checker.test.ts", _BRC_DECK),
            ("src/components/problems/EvL4P3BetterGame.checker.test.ts", _BRC_L4P3),
            ("src/components/problems/EvL5P3FinalDecision.checker.test.ts", _BRC_L5P3),
        )
        for gold, pred, ok, why in rows
    ],
]
