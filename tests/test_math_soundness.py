"""The `math` judge is sound by construction: no lookalike wrong answer is rewarded, every
failure is `unknown` with its own code, truncated completions have no answer, and verdicts do
not depend on machine load. Tables: one comment per case, verdict and reason asserted."""

from __future__ import annotations

import os

import pytest
from curate.judges.math import MathJudge
from curate.judges.math import judge as judge_mod
from curate.judges.math.judge import MathJudgeError
from curate.judges.math.pool import get_pool

from tests.helpers import assert_never_rewarded, busy_cores, judge_rows

B = "</think>\\boxed{%s}"


# ---- the reward-hacking table: wrong answers that look right --------------------------------
HACKS = [
    # a trailing term of an expression is not the answer
    ("So we get x = 2y + 3", "3", "not_equivalent"),
    # the constant of a polynomial
    ("The value is x^2+2", "2", "not_equivalent"),
    # a bare expression whose last term matches
    ("2n+1", "1", "not_equivalent"),
    # the last term inside a math span
    ("Therefore the result is $4k + 7$", "7", "not_equivalent"),
    # the equation to solve restated, its right side the reference: no value for the variable
    (B % "2x = 3", "3", "unsolved_equation"),
    (B % "x + 5 = 8", "8", "unsolved_equation"),
    # a hedge with "or"
    ("maybe 3 or 4", "4", "ambiguous_answer"),
    # a hedge in a box
    (B % "3 \\text{ or } 4", "4", "ambiguous_answer"),
    # two boxes offered as alternatives
    ("</think>\\boxed{3} or \\boxed{4}", "4", "ambiguous_answer"),
    # the same variable boxed twice with two values: a hedge, not a labelled tuple
    ("</think>$x = \\boxed{3}$ or $x = \\boxed{4}$", "4", "ambiguous_answer"),
    # two labelled boxes against a single value: no tuple reading makes it correct
    ("</think>$x = \\boxed{3}$ and $y = \\boxed{4}$", "4", "ambiguous_answer"),
    # a range instead of a value
    ("the answer lies between 3 and 5", "5", "no_answer"),
    # a range in a box
    (B % "\\text{between } 3 \\text{ and } 5", "5", "ambiguous_answer"),
    # "3 to 5" range
    (B % "3 \\text{ to } 5", "5", "ambiguous_answer"),
    # a corrected answer: two different boxes in the answer part
    ("</think>So \\boxed{3}. Wait, no: \\boxed{4}.", "4", "ambiguous_answer"),
    # a corrected answer, the other order
    ("</think>So \\boxed{4}. Hmm, actually \\boxed{3}.", "4", "ambiguous_answer"),
    # three candidate boxes
    ("</think>\\boxed{2}, then \\boxed{3}, finally \\boxed{4}", "4", "ambiguous_answer"),
    # maybe
    (B % "\\text{maybe } 4", "4", "ambiguous_answer"),
    # perhaps in the answer line
    ("Answer: perhaps 4", "4", "ambiguous_answer"),
    # either
    ("Final answer: either 4 or 5", "4", "ambiguous_answer"),
    # a nested radical that only looks like the reference
    (B % "\\sqrt{2+\\sqrt{3}}", "\\sqrt{2}+\\sqrt{3}", "not_equivalent"),
    # a radical off by its coefficient
    (B % "2\\sqrt{3}", "3\\sqrt{2}", "not_equivalent"),
    # a radical inside a radical
    (B % "\\sqrt{\\sqrt{16}}", "4", "not_equivalent"),
    # a sign flip
    (B % "-4", "4", "different_number"),
    # a negative number alone on the final line: its minus is a sign, not a list marker
    ("The revenue on Friday is higher by $480 - $520 = $-40.\n -40", "40", "different_number"),
    # the right number in another unit that the judge did not know (`mph`)
    (B % "60 km/h", "60 mph", "different_number"),
    # a decimal rounded to zero states no digit of the value
    (B % "0.000", "1/10000", "different_number"),
    # a sign flip of a fraction
    (B % "-\\frac{1}{2}", "\\frac{1}{2}", "different_number"),
    # a decimal shift
    (B % "0.25", "2.5", "different_number"),
    # a decimal shift up
    (B % "250", "25", "different_number"),
    # a percent that is not the value
    (B % "25", "0.025", "different_number"),
    # a truncated trace without tags: the last number is not an answer
    ("Let me compute 3 + 4 = 7 and then multiply by", "7", "no_answer"),
    # unfinished reasoning that boxed an intermediate value
    ("<think>We get \\boxed{7} so far, continuing", "7", "unterminated_reasoning"),
    # a number inside unfinished reasoning, cut mid-formula
    ("Substituting \\( s = 7", "7", "no_answer"),
    # a number in the middle of a sentence of the summary
    ("</think>We tried 7 but it failed, so the method needs work", "7", "no_answer"),
    # an empty box
    (B % "", "7", "empty_answer"),
    # a box with only spaces
    (B % "  ", "7", "empty_answer"),
    # a box with a placeholder
    (B % "\\phantom{7}", "7", "empty_answer"),
    # one value for a two-element answer
    (B % "5", "5, 6", "different_structure"),
    # the reversed ordered pair
    (B % "(2, 1)", "(1, 2)", "different_element"),
    # an interval with the wrong bracket
    (B % "(1, 2]", "[1, 2)", "different_structure"),
    # a magnitude word is part of the value
    (B % "3 \\text{ million}", "3", "different_number"),
    # "3 dozen" is not 3
    (B % "3 dozen", "3", "not_equivalent"),
    # "5 more" is not 5
    (B % "5 more", "5", "not_equivalent"),
    # a mixed number is not its whole part
    (B % "4 4/9", "4", "different_number"),
    # a rounded decimal that is not the rounded value
    (B % "3.15", "\\pi", "not_equivalent"),
    # a single-digit rounding carries no stated precision
    (B % "0.3", "\\frac{1}{3}", "different_number"),
    # an equation whose right side is the reference but left side is not a variable
    ("So the sum x^2 + 1 = 3", "3", "no_answer"),
    # the problem's own numbers restated
    ("</think>Given 3 apples and 4 pears, the total is unknown", "4", "no_answer"),
    # a choice letter that is wrong
    (B % "(B)", "C", "different_choice"),
    # a variable multiple of the reference
    (B % "4x", "4", "not_equivalent"),
    # a different value in an answer line after the box
    ("</think>\\boxed{4}\n\nAnswer: 5", "4", "ambiguous_answer"),
    # an improper "mixed number" is not read as a product (11 * 6/6)
    ("The answer is 11 6/6.", "11", "malformed_number"),
    # ... nor as a sum (11 + 6/6)
    ("The answer is 11 6/6.", "12", "malformed_number"),
    # the right value after the end of the reply's turn is not its answer (the reply has none)
    ("Let me think about it.<|im_end|><|im_start|>user\nThe answer is 4", "4", "no_answer"),
    # a formula cut after its first number is not read as a currency amount's value
    ("The answer is $2", "2\\sqrt{3}", "not_equivalent"),
    # a dropped prime
    (B % "f(x)", "f'(x)", "different_prime"),
    # a decimal with one place states no precision inside an interval
    (B % "(0.6,2.7]", "(\\frac{3}{5},\\frac{8}{3}]", "different_element"),
    # a short final line that negates the value
    ("</think>It is not 4", "4", "no_answer"),
    # ... or hedges it
    ("</think>It is maybe 4", "4", "no_answer"),
    # a magnitude word inside a text span is part of the value
    (B % "3\\text{ million}", "3", "different_number"),
    # "we get" before an expression does not make its last term the answer
    ("</think>So we get $$2n+1$$", "1", "not_equivalent"),
    # a sequence that goes on is not the finite list
    (B % "1, 2, 3, \\ldots", "1, 2, 3", "different_structure"),
    # two values after "The answer is": a hedge, though the first is right
    ("The answer is $\\frac{4}{1}$ or $\\frac{5}{1}$", "4", "ambiguous_answer"),
    # a box with another value before a final-answer line: two candidates
    ("The final answer is \\boxed{3}. Final Answer: 4", "4", "ambiguous_answer"),
    # a false computation in the box states no value
    (B % "7+1=42", "42", "false_equation"),
    # ... nor does a false equation between numbers
    (B % "0=42", "42", "false_equation"),
    # a numeral in base 7 is not the decimal number with its digits
    (B % "42_7", "42", "different_number"),
    # a false computation closing the final line
    ("Therefore, Dad vacuumed upstairs for 2(11) + 5 = 28 minutes.", "28", "no_answer"),
    # words between two values are no unit: "5 oder 6" is not the product 30 (it lists two)
    (B % "5 \\text{ oder } 6", "30", "different_structure"),
    # two assignments joined by "or" on the final line: both values, a hedge against one
    ("So $x = 2$ or $x = 3$", "3", "ambiguous_answer"),
    # ... the same in plain text
    ("The solutions are x = 2 and x = 3.", "3", "no_answer"),
    # the right value, then a second box opened and cut: the response was still answering
    ("</think>So \\boxed{4}. Hmm, actually it is \\boxed{3", "4", "unfinished_answer"),
    # a reply opened with a role line still ends at its turn; the next turn's value is not read
    (
        "<|im_start|>assistant\nLet me think.<|im_end|><|im_start|>user\nThe answer is 4",
        "4",
        "no_answer",
    ),
    # the right number in a unit of another dimension
    (B % "5 \\text{ m}", "5 \\text{ s}", "different_unit"),
    # ... or in another unit of the same dimension, unconverted
    (B % "1 kg", "1000 kg", "different_number"),
    # a period twice as long: half the solutions of the reference are missing
    (B % "\\frac{\\pi}{2}+2k\\pi", "\\frac{\\pi}{2}+k\\pi", "not_equivalent"),
    # an inequality that holds everywhere, hedged with "or", for one that does not
    (B % "x \\ge 1 \\text{ or } x \\le 1", "x \\ge 1", "not_equivalent"),
    # an equation with the right solution among wrong ones
    (B % "x^2 = 1", "x = 1", "not_equivalent"),
    # two fractions in words, hedged
    (B % "two thirds or three quarters", "\\frac{2}{3}", "ambiguous_answer"),
    # a large decimal that a relative tolerance would have let through
    (B % "123456700.0", "123456789", "different_number"),
    # two expressions that agree near zero only
    (B % "|x+101|-101", "|x+100|-100", "not_equivalent"),
    # two values after a Chinese answer phrase, joined by "or"
    ("答案是 $3$ 或 $4$。", "4", "ambiguous_answer"),
    # two values after an English answer phrase, joined by a semicolon
    ("The answer is: $\\frac{1}{2}$; $0.7$", "\\frac{1}{2}", "different_structure"),
    # a second value after ", or"
    ("The answer is $\\frac{\\sqrt{2}}{2}$, or $3$.", "\\frac{\\sqrt{2}}{2}", "ambiguous_answer"),
    # a wrong box beside a box that holds the reference
    ("\\boxed{4} 或者 \\boxed{3}", "4", "ambiguous_answer"),
    # a Chinese closing sentence with two values
    ("所以，$x=3$ 或 $x=4$。", "4", "no_answer"),
    # a stated computation with more arithmetic still to do
    ("Let me compute 3 + 4 = 7 and then multiply by 2.", "7", "no_answer"),
    # a stated computation hedged with a second value
    ("So there are 2 x 3 = 6 or 7 ways.", "7", "no_answer"),
    # a stated computation in a sentence that never ends
    ("There are 2 x 3 = 6 ways, plus", "6", "no_answer"),
    # two counts in one closing sentence
    ("He has 5 apples and she has 6 apples.", "6", "no_answer"),
    # a count hedged with a second value
    ("So there are 6 or 7 ways to do it.", "7", "no_answer"),
    # an earlier sentence's count is not the closing sentence's
    ("He has 5 marbles. So there are 6 or 7 ways to do it.", "5", "no_answer"),
    # two forms that are two values
    ("The answer is 0.25 or 1/3.", "\\frac14", "ambiguous_answer"),
    # "or approximately" before a value it does not round to
    ("The value is 3 or approximately 4.", "3", "no_answer"),
    ("So the probability is 1/13 or approximately 7.9%.", "\\frac{1}{13}", "no_answer"),
    # two bold values in a closing sentence
    ("He needs **5 boxes** and **6 bags**.", "5", "no_answer"),
    # a false computation states no value
    ("Therefore, $2 + 2 = 5$.", "5", "false_equation"),
    # a capital I is no identity: `I^2 R` is not `I R` (latex2sympy reads `I^2` as I)
    (B % "I^2 R", "I R", "not_equivalent"),
    (B % "V = I R", "V = I^2 R", "not_equivalent"),
    # the letter Γ is not Euler's γ
    (B % "\\Gamma", "\\gamma", "not_equivalent"),
    # a value "or" another is no list of both signs when one is wrong
    (B % "2 or 3", "\\pm 2", "different_element"),
    # a huge exact value plus one is not the value (40 digits of tolerance cannot see the 1)
    (
        B % "2011^{2009}\\cdot(1005^{2011}-1004^{2011}) + 1",
        "2011^{2009}\\cdot(1005^{2011}-1004^{2011})",
        "not_equivalent",
    ),
    (
        B % "{40 \\choose 10} {40 \\choose 20}^3 + 1",
        "{40 \\choose 10} {40 \\choose 20}^3",
        "not_equivalent",
    ),
    # juxtaposed numbers multiply: `2(3)` is 6, never 5
    (B % "2(3)", "5", "not_equivalent"),
    # a computed value is no stated precision: `0.00000000000000000001 / 2` does not round to 0
    (B % "0.00000000000000000001 / 2", "0", "different_number"),
    # two Chinese digits in a row are no numeral
    (B % "二五", "5", "unparseable_answer"),
    # a decimal against a list of two values written with a comma
    (B % "0.5", "0, 5", "different_structure"),
    # a count or a one-number sentence that is negated, bounded or estimated states no value
    ("He does not have 5 apples.", "5", "no_answer"),
    ("We need at least 3 boxes.", "3", "no_answer"),
    ("She has about 40 marbles.", "40", "no_answer"),
    # ... nor a step still to take
    ("Next we multiply by 3.", "3", "no_answer"),
    # ... nor a sentence without a full stop (a line cut by the token limit)
    ("The farmer starts with 12 cows", "12", "no_answer"),
    # ... nor one of two numbers in the sentence
    ("Marie ordered 2 boxes and 3 cakes.", "2", "no_answer"),
    # the last of two values joined by "or" in another language is no answer (fr, de)
    ("donc x = 2 ou x = -2.", "-2", "different_structure"),
    ("Also x = 2 oder x = -2.", "-2", "different_structure"),
    # ... nor by Spanish "y" ("and")
    ("las soluciones son x = 2 y x = -2", "-2", "no_answer"),
    # a step of reasoning whose value has words after it (a cut trace's last line)
    (
        "1. **Rolls:**\n   - Total length in inches: \\( 300 \\times 4 = 1200 \\) inches.",
        "1200",
        "no_answer",
    ),
    # an expression cut after an operator, an aligned step
    ("The number of wolves killed today is:\n\\[\n3 \\times ", "3", "no_answer"),
    # a temperature equal only as a difference gets no reward (10 °C is 283.15 K)
    (B % "10 °C", "283.15", "different_number"),
    # two amounts joined by "and" are two items, never one number with a thousands comma
    (B % "1,200 and 800", "1200800", "different_number"),
    # the range of a function is no set of x (`f(x) \\ge 3` is not `x \\ge 3`)
    (B % "f(x) \\geq 3", "x \\geq 3", "not_equivalent"),
    # "no solution" is no value
    (B % "no solution", "2", "not_equivalent"),
    # a word that opens with a numeral is no number (三角形, "triangle")
    (B % "三角形", "3", "unparseable_answer"),
    # degrees and minutes are no digits run together
    (B % "14935", "149°35′", "different_number"),
    # a variable in the other case among two variables is another variable
    (B % "X+y", "x+y", "not_equivalent"),
    # a computation with a wrong rounded result states no value
    (B % "1/3 = 0.34", "0.34", "false_equation"),
    # an answer phrase corrected by a later statement: two candidates
    ("</think>The answer is 110.\nBut on reflection it is 97.", "110", "ambiguous_answer"),
    ("</think>The answer is 110. Wait, it is 97.", "110", "ambiguous_answer"),
    # an answer line followed by another stated value
    ("</think>Answer: 5\nThat is 12 in all.", "5", "ambiguous_answer"),
    # a unit on a number is no percent (`8 ft` for 8%)
    (B % "8 ft", "8\\%", "different_unit"),
    # dollars are no cents
    (B % "15 dollars", "15 cents", "different_number"),
]


@pytest.mark.parametrize("completion,reference,reason", HACKS)
def test_reward_hacks_are_never_correct(completion: str, reference: str, reason: str) -> None:
    assert_never_rewarded(completion, reference, reason)


def test_hack_table_size() -> None:
    assert len(HACKS) >= 40


# ---- truncation ------------------------------------------------------------------------------
TRUNCATED = [
    # a boxed answer in a completion cut by the token limit is not an answer
    "</think>So \\boxed{7}",
    # no tags, ends with a plausible number
    "We compute 3 + 4 = 7",
    # unfinished reasoning
    "<think>The answer might be 7",
    # a bare number
    "7",
]


@pytest.mark.parametrize("completion", TRUNCATED)
def test_finish_reason_length_is_truncated(completion: str) -> None:
    assert judge_rows(MathJudge(), [(completion, "7")], finish="length") == [
        ("incorrect", "truncated")
    ]


# ---- errors are unknown; raise_on_error raises -----------------------------------------------
def test_internal_error_is_unknown_or_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_: str) -> object:
        raise ValueError("boom")

    monkeypatch.setattr(judge_mod, "normalise_answer", boom)
    assert judge_rows(MathJudge(), [(B % "7", "8")]) == [("unknown", "internal_error")]
    with pytest.raises(MathJudgeError):
        judge_rows(MathJudge(raise_on_error=True), [(B % "7", "8")])


# ---- load independence -----------------------------------------------------------------------
LOAD_PAIRS = [
    ("\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}"),
    ("x^2+2x+1", "(x+1)^2"),
    ("\\sin^2 x+\\cos^2 x", "1"),
    ("\\frac{1}{2004!}", "\\frac{1}{2006!}"),
    ("-2\\leq x\\leq 7", "[-2,7]"),
    ("1\\pm\\sqrt{19}", "1+\\sqrt{19}, 1-\\sqrt{19}"),
    ("y=2x+3", "2x-y+3=0"),
    ("e^{\\pi i}", "-1"),
    ("\\zeta(2)", "\\frac{\\pi^2}{6}"),
    ("\\binom{200}{100}", "\\frac{200!}{(100!)^2}"),
    ("(x+1)^{30}", "(1+x)^{30}"),
    ("\\prod_{k=1}^{60} (x+k)", "\\prod_{k=1}^{60} (k+x)"),
    ("\\sqrt{8}+\\sqrt{18}", "5\\sqrt{2}"),
    ("\\tan\\frac{\\pi}{8}", "\\sqrt{2}-1"),
    ("\\log_2 1024", "10"),
]
LOAD_SET = [(B % a, r) for a, r in LOAD_PAIRS]


def _verdicts() -> list[tuple]:
    get_pool().close()  # fresh workers, no warm caches
    return judge_rows(MathJudge(), LOAD_SET)


def test_verdicts_are_the_same_idle_and_under_load() -> None:
    idle = _verdicts()
    with busy_cores(2):
        busy = _verdicts()
    assert busy == idle
    assert all(reason != "timeout" for _, reason in idle)


def test_verdicts_do_not_depend_on_the_worker_or_the_order() -> None:
    """One worker in order and two workers in reverse order give the same verdicts: each item
    starts from the same state, whatever its worker compared before."""
    from curate.judges.math.fast import CompareOptions
    from curate.judges.math.pool import SymbolicPool

    items = [(a, r, CompareOptions()) for a, r in LOAD_PAIRS]
    one, two = SymbolicPool(1), SymbolicPool(2)
    try:
        forward = one.run(items, 5.0)
        backward = two.run(items[::-1], 5.0)[::-1]
    finally:
        one.close()
        two.close()
    assert forward == backward
    assert [v for v, _ in forward].count(True) >= 10  # the symbolic path decided most of them


def test_each_item_starts_from_the_same_state() -> None:
    """`_fresh_state` empties sympy's cache and seeds the random generators that sympy's
    equality tests and assumption order draw from."""
    import random

    import sympy
    from curate.judges.math.pool import _fresh_state
    from sympy.core.cache import CACHE
    from sympy.core.random import rng

    _fresh_state()
    first = (rng.random(), random.random())
    sympy.expand((sympy.Symbol("x") + 1) ** 3)
    assert sum(f.cache_info().currsize for f in CACHE) > 0
    _fresh_state()
    assert (rng.random(), random.random()) == first
    assert sum(f.cache_info().currsize for f in CACHE) == 0


@pytest.mark.skipif(not os.path.exists("/proc/self/environ"), reason="reads /proc")
def test_every_worker_hashes_with_the_same_seed() -> None:
    from curate.judges.math.fast import CompareOptions
    from curate.judges.math.pool import SymbolicPool

    pool = SymbolicPool(1)
    try:
        assert pool.run([("x+1", "1+x", CompareOptions())], 30.0)[0][0] is True  # booted
        with open(f"/proc/{pool._workers[0].proc.pid}/environ", "rb") as f:
            env = f.read().split(b"\0")
        assert b"PYTHONHASHSEED=0" in env
    finally:
        pool.close()


def test_a_late_item_is_retried_once_on_a_fresh_worker() -> None:
    from curate.judges.math.fast import CompareOptions
    from curate.judges.math.pool import SymbolicPool, cpu_seconds

    assert cpu_seconds(os.getpid()) is not None  # the CPU clock the deadlines use
    pool = SymbolicPool(1)
    try:
        slow = (
            "\\tan(x+y+z)^{4}",
            "\\frac{\\sin(x+y+z)^{4}}{\\cos(x+y+z)^{4}}+\\sin(x)^2+\\cos(x)^2-1",
            CompareOptions(),
        )
        assert pool.run([slow], 0.3) == [(None, "timeout")]
        assert (pool.retries, pool.timeouts) == (1, 1)  # one retry before `timeout`
        assert pool.run([("x+1", "1+x", CompareOptions())], 5.0)[0][0] is True  # recovered
    finally:
        pool.close()


def test_the_retry_has_twice_the_budget() -> None:
    from collections import deque

    from curate.judges.math.fast import CompareOptions
    from curate.judges.math.pool import RETRY_FACTOR, SymbolicPool

    pool = SymbolicPool(1)
    try:
        item = ("x+1", "1+x", CompareOptions())
        assert pool.run([item], 30.0)[0][0] is True  # booted
        pool._dispatch([item], deque([0]), (0.5, set()), False)  # a first try: the deadline
        assert pool._workers[0].budget == 0.5
        pool._workers[0].task = None
        pool._dispatch([item], deque([0]), (0.5, {0}), False)  # the retry: twice as much CPU
        assert pool._workers[0].budget == 0.5 * RETRY_FACTOR == 1.0
    finally:
        pool.close()


def test_workers_that_die_at_start_make_the_cas_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A broken install (every worker exits before it is ready) ends the run with
    `symbolic_unavailable`, never a loop that starts workers forever."""
    from curate.judges.math import pool as pool_mod
    from curate.judges.math.fast import CompareOptions

    monkeypatch.setattr(pool_mod, "_BOOT", "raise SystemExit(1)")
    pool = pool_mod.SymbolicPool(1)
    try:
        got = pool.run([("x+1", "1+x", CompareOptions())], 5.0)
        assert got == [(None, "symbolic_unavailable")]
        assert pool.failed_starts >= pool_mod.MAX_FAILED_STARTS
    finally:
        pool.close()


def test_a_worker_started_long_before_its_first_item_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Workers start when a batch arrives and may boot long before the first item needs them;
    their "ready" is read before any start deadline is judged (here: a deadline of 0 s)."""
    import select

    from curate.judges.math import pool as pool_mod
    from curate.judges.math.fast import CompareOptions

    pool = pool_mod.SymbolicPool(1)
    try:
        pool.start()
        select.select([pool._workers[0].fd], [], [], 60.0)  # booted: its "ready" waits unread
        monkeypatch.setattr(pool_mod, "START_TIMEOUT_S", 0.0)
        got = pool.run([("x+1", "1+x", CompareOptions())], 5.0)
        assert got[0][0] is True
    finally:
        pool.close()
