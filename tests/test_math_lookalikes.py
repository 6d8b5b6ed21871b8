"""More lookalike wrong answers, found by writing variants of right answers in other words,
units, languages and moods (the reward-hacking table of `test_math_soundness` continued): each
was judged `correct` before its fix, or probes a rule that reads more forms of one value (a
label, a restatement, a union of families, a derivative's name). None may be correct, and the
TRL reward gives none more than 0. One comment per group, reason asserted."""

from __future__ import annotations

import pytest

from tests.helpers import assert_never_rewarded

B = "</think>\\boxed{%s}"

LOOKALIKES = [
    # an area is no volume, in words or in Chinese (both were correct: the words were dropped)
    (B % "3 square feet", "3 cubic feet", "different_unit"),
    (B % "5立方厘米", "5平方厘米", "different_unit"),
    # a magnitude word of another language scales the number (it was dropped as a unit)
    (B % "5 Mio.", "5", "different_number"),
    (B % "7 crore", "7", "different_number"),
    # a bound in Chinese after the value, and words that turn the value round, are no unit
    (B % "5或更多", "5", "ambiguous_answer"),
    (B % "5 reciprocal", "5", "not_equivalent"),
    (B % "5 below zero", "5", "not_equivalent"),
    # months are no years, degrees no radians (the words were dropped)
    (B % "5 months", "5 years", "different_number"),
    (B % "5 degrees", "5 radians", "not_equivalent"),
    # a value negated or doubted right before it is stated (all were read as the answer)
    ("The answer cannot be 5.", "5", "no_answer"),
    ("The answer may be 5.", "5", "no_answer"),
    ("He may have 5 apples.", "5", "no_answer"),
    # an hour in the afternoon is not the same hour in the morning (`pm` was dropped as a unit)
    (B % "5 pm", "5 a.m.", "different_element"),
    # a value for one case only is no answer (the condition was cut off or dropped as units)
    ("The answer is 5 if n is even.", "5", "not_equivalent"),
    ("The answer is $5$ if n is even.", "5", "not_equivalent"),
    ("The answer is 5 in the first case.", "5", "not_equivalent"),
    # "not" and "maybe" in other languages, before or after the value (all were read as 5)
    ("La respuesta no es 5.", "5", "no_answer"),
    ("Die Antwort könnte 5 sein.", "5", "no_answer"),
    ("Cevap 5 değil.", "5", "no_answer"),
    ("答案不是5。", "5", "unparseable_answer"),
    ("答案可能是5。", "5", "unparseable_answer"),
    ("答えは5ではない。", "5", "unparseable_answer"),
    ("답은 5가 아니다.", "5", "unparseable_answer"),
    # a bound, a verdict of wrong, or a plain-text "not equal" after the value (words dropped)
    ("The result is 5 at most", "5", "not_equivalent"),
    (B % "5 max", "5", "not_equivalent"),
    ("5 is wrong", "5", "not_equivalent"),
    ("x = 5 is rejected", "5", "not_equivalent"),
    ("x =/= 5", "5", "different_structure"),
    # bounds in other languages, before or after the value (read as 5, or dropped as units)
    ("The answer is 至少5", "5", "unparseable_answer"),
    ("The answer is không quá 5", "5", "unparseable_answer"),
    (B % "5 höchstens", "5", "unparseable_answer"),
    (B % "5 como máximo", "5", "unparseable_answer"),
    # a value its writer doubts, before or after it (the doubt was cut off and 5 read alone)
    ("Final answer: I don't know, maybe 5", "5", "ambiguous_answer"),
    ("Perhaps the answer is 5.", "5", "ambiguous_answer"),
    ("I am not sure, but I guess the answer is 5.", "5", "ambiguous_answer"),
    ("So the answer is 5, but I am not confident.", "5", "ambiguous_answer"),
    ("So the answer is 5 (not confident)", "5", "ambiguous_answer"),
    ("So the answer is 5, or so I think.", "5", "ambiguous_answer"),
    ("Final answer: cannot be determined (5?)", "5", "unparseable_answer"),
    # an answer the next words take back or doubt (the box or phrase was read alone)
    ("</think>The answer is 5, but wait, let me recheck.", "5", "ambiguous_answer"),
    ("</think>The answer is 5. Wait, no.", "5", "ambiguous_answer"),
    ("</think>\\boxed{5}\n\nWait, that is wrong.", "5", "ambiguous_answer"),
    ("</think>\\boxed{5} is incorrect.", "5", "ambiguous_answer"),
    ("</think>The answer is \\boxed{5}? Let me double check.", "5", "ambiguous_answer"),
    # a bound stated by comparison is no value (the number after "than" was read)
    ("The answer is a bit more than 5.", "5", "not_equivalent"),
    ("The answer is slightly less than $5$.", "5", "not_equivalent"),
    # a famous near-integer: it agrees with the integer to 29 digits, not to all of them
    (B % "e^{\\pi\\sqrt{163}}", "262537412640768744", "not_equivalent"),
    # a box its own sentence negates states no answer
    ("</think>It is not \\boxed{5}.", "5", "no_answer"),
    ("</think>If the answer were \\boxed{5}, then 2 = 3, a contradiction.", "5", "no_answer"),
    # a label that disowns its value (both were correct once labels were read)
    (B % "wrong answer: 8", "8", "not_equivalent"),
    (B % "first guess: 7", "7", "not_equivalent"),
    # a different value in parentheses, a decimal that does not round to the value
    (B % "5 (6)", "5", "not_equivalent"),
    (B % "\\frac{2}{3} (0.66)", "2/3", "not_equivalent"),
    # half of a union of families, a division read left to right, numbers side by side
    (B % "π/4 + πk", "π/4 + πk/2", "not_equivalent"),
    (B % "3/4 ÷ 1/2", "3/8", "different_number"),
    (B % "28 35", "980", "different_structure"),
    # another function's or order's derivative; a lone letter for a constant of integration
    (B % "g''(x)=12x^2", "f''(x)=12x^2", "different_prime"),
    (B % "y''=12x^2", "f'(x)=12x^2", "different_prime"),
    (B % "K", "C", "not_equivalent"),
]


@pytest.mark.parametrize("completion,reference,reason", LOOKALIKES)
def test_lookalikes_are_never_correct(completion: str, reference: str, reason: str) -> None:
    assert_never_rewarded(completion, reference, reason)
