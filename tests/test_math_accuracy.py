"""Answer shapes met in other graders' test suites (bench/data/equiv_cases.jsonl): Indian digit
grouping, primes, per-element stated precision in intervals and matrices, proper and improper
mixed numbers, the end of the model's turn. Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
TURN = "So the total is 19. <|im_start|>user\nWhat is 2+2? The answer is 4"

CASES = [
    # a tuple answered as labelled boxes, labels outside the boxes
    ("</think>$x_1 = \\boxed{2}$ and $x_2 = \\boxed{3}$", "(2, 3)", "correct", "equal_structure"),
    # the same with indexed labels in braces, against a list of equations
    (
        "</think>$a_{1}=\\boxed{5}$, $a_{2}=\\boxed{7}$",
        "a_1 = 5, a_2 = 7",
        "correct",
        "equal_structure",
    ),
    # one labelled value wrong: incorrect
    (
        "</think>$x_1 = \\boxed{2}$ and $x_2 = \\boxed{4}$",
        "(2, 3)",
        "incorrect",
        "different_element",
    ),
    # labelled boxes with a sentence between them are no tuple: the last box alone is read
    (
        "</think>$x = \\boxed{2}$. We check the other case, then $y = \\boxed{3}$",
        "(2, 3)",
        "incorrect",
        "different_structure",
    ),
    # Indian grouping with TeX separators is one number
    (B % "56,\\!01,\\!78,\\!95,\\!760", "56017895760", "correct", "equal_string"),
    # the same, reference grouped
    (B % "56017895760", "56,\\!01,\\!78,\\!95,\\!760", "correct", "equal_string"),
    # grouped, but a different number
    (B % "56,\\!01,\\!78,\\!95,\\!761", "56017895760", "incorrect", "different_number"),
    # `1,\!2` is not a grouped number (no group of three): a list, not 12
    (B % "1,\\!2", "12", "incorrect", "different_structure"),
    # a prime names another quantity
    (B % "E'", "E", "incorrect", "different_prime"),
    # ... either way round
    (B % "E", "E'", "incorrect", "different_prime"),
    # a second derivative is not the first
    (B % "f''(x)", "f'(x)", "incorrect", "different_prime"),
    # `^{\prime}` is a prime
    (B % "f^{\\prime}(x)", "f'(x)", "correct", "equal_string"),
    # interval endpoints each at their own stated precision
    (B % "(0.6,2.6667]", "(\\frac{3}{5},\\frac{8}{3}]", "correct", "equal_structure"),
    # one decimal place states no precision: 2.7 is not 8/3
    (B % "(0.6,2.7]", "(\\frac{3}{5},\\frac{8}{3}]", "incorrect", "different_element"),
    # 2.6668 is neither 8/3 rounded nor cut
    (B % "(0.6,2.6668]", "(\\frac{3}{5},\\frac{8}{3}]", "incorrect", "different_element"),
    # matrix cells each at their own stated precision
    (
        B % "\\begin{pmatrix}0.33\\\\0.2\\end{pmatrix}",
        "\\begin{pmatrix}\\frac{1}{3}\\\\\\frac{1}{5}\\end{pmatrix}",
        "correct",
        "equal_structure",
    ),
    # 0.34 is not 1/3 at two places
    (
        B % "\\begin{pmatrix}0.34\\\\0.2\\end{pmatrix}",
        "\\begin{pmatrix}\\frac{1}{3}\\\\\\frac{1}{5}\\end{pmatrix}",
        "incorrect",
        "different_element",
    ),
    # a determinant is a number, not the matrix of its cells
    (
        B % "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
        "\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix}",
        "incorrect",
        "different_structure",
    ),
    # ... and equals its value
    (B % "-2", "\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix}", "correct", "equivalent"),
    # `11 6/6` is not a mixed number: no value, neither 12 ...
    ("The answer is 11 6/6.", "12", "incorrect", "malformed_number"),
    # ... nor the product 11 * 6/6
    ("The answer is 11 6/6.", "11", "incorrect", "malformed_number"),
    # `2 3/2` is not read as 2 * 3/2
    (B % "2 3/2", "3", "incorrect", "malformed_number"),
    # a percent after a mixed number applies to the whole of it: 4 4/9 % = 2/45
    (B % "4 4/9\\%", "\\frac{2}{45}", "correct", "equal_number"),
    # a percent in the answer only: 25% is 0.25, or "25 percent" for a bare 25? undecidable
    (B % "25\\%", "25", "unknown", "percent_unclear"),
    # ... the same for a mixed number (math-verify: 4 4/9% is not 40/9)
    (B % "4 4/9\\%", "\\frac{40}{9}", "unknown", "percent_unclear"),
    # a percent in the answer is its value over 100
    (B % "10\\%", "0.1", "correct", "equal_number"),
    # ... which must match
    (B % "30\\%", "0.2", "incorrect", "different_number"),
    # a percent in the reference names the unit: the bare number answers it
    (B % "10", "10\\%", "correct", "equal_string"),
    # ... as does its value
    (B % "0.1", "10\\%", "correct", "equal_number"),
    # a percent written right after the reference's box belongs to its answer: 20% is 20%
    (B % "20\\%", "So $x=1/5$, or $\\boxed{20}$ percent.", "correct", "equal_string"),
    # ... answered by its value as well
    (B % "0.2", "So $x=1/5$, or $\\boxed{20}$ percent.", "correct", "equal_number"),
    # ... which must still match
    (B % "0.25", "So $x=1/5$, or $\\boxed{20}$ percent.", "incorrect", "different_number"),
    # a word that merely starts with "percent" is no percent: 20% stays unclear for 20
    (B % "20\\%", "It is the \\boxed{20} percentile.", "unknown", "percent_unclear"),
    # spaced thousands in the whole part of a mixed number
    (B % "1 000 4/9", "\\frac{9004}{9}", "correct", "equal_string"),
    # an explicit plus sign on a mixed number
    (B % "+11 5/6", "\\frac{71}{6}", "correct", "equal_string"),
    # a lone trailing backslash in the reference escapes nothing
    (B % "185", "185\\", "correct", "equal_string"),
    # ... and the value must still match
    (B % "186", "185\\", "incorrect", "different_number"),
    # a currency sign before the final amount of a whole final line
    ("$1,000.99", "1000.99", "correct", "equal_string"),
    # ... of a final sentence, after a connector
    ("The total cost is $1,250.50.", "1250.5", "correct", "equal_number"),
    # ... and the amount must still match
    ("$1,000.99", "1000.98", "incorrect", "different_number"),
    # an unclosed `$` that opens math inside a sentence is not a currency sign
    ("So $x = 5$ and it costs $3", "3", "incorrect", "no_answer"),
    # the reply ends at an end-of-turn token: its last value is read
    (TURN, "19", "correct", "equal_string"),
    # ... and a hallucinated next turn is never read
    (TURN, "4", "incorrect", "different_number"),
    # a box after the end of the turn does not count
    ("</think>\\boxed{7}<|im_end|>\\boxed{8}", "8", "incorrect", "different_number"),
    # the tokens that open the reply (a ChatML role line) are not an end of turn
    ("<|im_start|>assistant\nThe total is \\boxed{42}.<|im_end|>", "42", "correct", "equal_string"),
    # ... nor is a Llama-3 header
    (
        "<|start_header_id|>assistant<|end_header_id|>\n\nSo \\boxed{42}.<|eot_id|>",
        "42",
        "correct",
        "equal_string",
    ),
    # a root's one-token argument, as TeX reads it
    (B % "\\sqrt[3]2", "\\sqrt[3]{2}", "correct", "equal_string"),
    # ... also without an index
    (B % "\\sqrt2 + 1", "1+\\sqrt{2}", "correct", "equivalent"),
    # a sequence that goes on is not the finite list
    (B % "1, 2, 3, \\ldots", "1, 2, 3", "incorrect", "different_structure"),
    # ... and three dots after a comma are that ellipsis, not a full stop
    ("$1, 2, 3, ...$", "1,2,3,\\dots", "correct", "equal_string"),
    # a reference written value first names the value of x
    (B % "2", "2 = x", "correct", "equal_string"),
    # ... which must still match
    (B % "3", "2 = x", "incorrect", "different_number"),
    # a reference phrased as a sentence
    (B % "10^4", "answer is 10000", "correct", "equal_number"),
    # a display ending the line after "we get", with "as the result" after it
    ("After reasoning, we get $$5$$ as the result.", "5", "correct", "equal_string"),
    # ... but "we get" never makes a term of an expression the answer
    ("So we get $x = 2y + 3$", "3", "incorrect", "not_equivalent"),
    # ... nor reads one of two values: the line offers both, a hedge
    ("So we get $3$ or $4$", "4", "incorrect", "ambiguous_answer"),
    # a final line of math spans joined by "or" / "and" names all its values
    ("So $x=2$ or $x=3$.", "2,3", "correct", "equal_structure"),
    ("The roots are $2$ and $3$.", "2,3", "correct", "equal_string"),
    ("$x < -2$ または $1 < x$", "(-\\infty, -2) \\cup (1, \\infty)", "correct", "equivalent"),
    # ... but not after words that name no result
    ("We have $a=2$ and $b=5$.", "7", "incorrect", "no_answer"),
    # one quantity in several units is the whole final line
    ("4 hours 44 minutes 16 seconds", "4 hr. 44 min. 16 sec.", "correct", "equal_string"),
    # a magnitude word in a text span scales the number (it is no unit)
    (B % "3\\text{ million}", "3000000", "correct", "equal_string"),
    # ... so it is not the bare number
    (B % "3\\text{ million}", "3", "incorrect", "different_number"),
    # a percent word in a text span is a percent
    (B % "50\\text{ percent}", "0.5", "correct", "equal_number"),
    # `\\to` is an arrow, not the word of a range hedge
    (B % "\\lim_{n \\to 0} f(n) = 4", "4", "correct", "equal_string"),
    # ... while "3 to 5" stays a hedge
    (B % "3 to 5", "5", "incorrect", "ambiguous_answer"),
    # a reference in plain-text syntax (as many data sets write them) against TeX
    (B % "2\\pi r", "2*pi*r", "correct", "equivalent"),
    # ... a power with `**` and a parenthesised exponent
    (B % "\\sqrt[4]{2}", "2**(1/4)", "correct", "equivalent"),
    # ... `pi` as a whole word
    (B % "\\pi", "pi", "correct", "equal_string"),
    # ... and a wrong multiple stays wrong
    (B % "4\\pi", "3*pi", "incorrect", "not_equivalent"),
    # a word that contains "pi" is no pi
    (B % "pizza", "pizza", "correct", "equal_string"),
    # TeX's one-token fraction arguments
    (B % "\\frac a b", "\\frac{a}{b}", "correct", "equal_string"),
    # ... with spaces between digits
    (B % "\\frac 1 2", "0.5", "correct", "equal_number"),
    # Markdown bold inside an answer line is markup
    ("Final Answer: x = **5**", "5", "correct", "equal_string"),
    # ... also when the label is bold too
    ("**Answer:** **5** apples", "5", "correct", "equal_string"),
    # ... and underscores
    ("Answer: __5__", "5", "correct", "equal_string"),
    # ... which hides no wrong value
    ("Answer: x = **6**", "5", "incorrect", "different_number"),
    # a power written `**` after a value is no bold
    (B % "x**2", "x^2", "correct", "equal_string"),
    # ... so is a compound unit with "per" in it
    (B % "10 \\text{ miles per hour}", "10", "correct", "equal_string"),
    # one bold value in an answer sentence is what it answers
    ("**Answer:** Jean paid **$27,000**.", "27000", "correct", "equal_string"),
    # ... also with other numbers in the sentence
    (
        "**Answer:** Order **1,400 bananas** to last for 2 months.",
        "1400",
        "correct",
        "equal_string",
    ),
    # ... but two bold values are no single answer
    (
        "**Answer:** Order **1,400 bananas**, not **1,200**.",
        "1400",
        "incorrect",
        "different_structure",
    ),
    # a three-letter word answer is compared without case
    (B % "Yes", "yes", "correct", "equal_text"),
    # ... while one or two letters stay case-sensitive names (segment AB, product ab)
    (B % "AB", "ab", "incorrect", "not_equivalent"),
    # an answer in Markdown italics
    ("_120°_", "120", "correct", "equal_string"),
    # a short final line with a connector: the value after it
    ("It is 4", "4", "correct", "equal_string"),
    # ... never a term of an expression
    ("so x is 2y+3", "3", "incorrect", "not_equivalent"),
    # a unit in a text span is still dropped
    (B % "12\\text{ cm}", "12", "correct", "equal_string"),
    # a word that says the value is approximate: the value as stated
    (B % "approximately 7.55", "7.55", "correct", "equal_string"),
    # ... in a plain answer sentence
    ("The answer is roughly 7.55.", "7.55", "correct", "equal_string"),
    # ... as the sign `\approx` before the value
    (B % "\\approx 7.55", "7.55", "correct", "equal_string"),
    # ... or between a variable and its value
    (B % "x \\approx 7.55", "7.55", "correct", "equal_string"),
    # ... and the stated value must still match
    (B % "approximately 8", "7.55", "incorrect", "different_number"),
    # ... its digits state its precision against an exact reference
    (B % "about 1.414", "\\sqrt{2}", "correct", "equal_rounded"),
    # a bound is not an approximation
    (B % "at least 5", "5", "incorrect", "not_equivalent"),
    # three items in square brackets are a list, the same as the bare list
    (B % "1, 2, 3", "[1, 2, 3]", "correct", "equal_structure"),
    # ... or a tuple
    (B % "(1, 2, 3)", "[1, 2, 3]", "correct", "equal_structure"),
    # ... in its order
    (B % "[3, 2, 1]", "1, 2, 3", "incorrect", "different_element"),
    # two items in square brackets may be an interval: not a bare list
    (B % "[1, 3]", "1, 3", "incorrect", "not_equivalent"),
    # a math span closing the final line after "we find that"
    ("We find that $x \\lt 3$.", "$x < 3$", "correct", "equal_string"),
    # ... with `!=` in the reference
    ("We conclude that $x \\neq 3$.", "$x != 3$", "correct", "equal_string"),
    # a final line that is the reference itself, though no rule reads it
    ("odd $n$", "odd $n$", "correct", "equal_string"),
    # ... a different final line stays unread
    ("even $n$", "odd $n$", "incorrect", "no_answer"),
    # two math spans after "The answer is" joined by "and": the answer is both
    ("The answer is $2$ and $3$.", "2, 3", "correct", "equal_string"),
    # inequalities joined by "or": the union they describe
    (B % "x<1 \\text{ or } x>2", "(-\\infty,1)\\cup(2,\\infty)", "correct", "equivalent"),
    # ... the reference written that way, in another order
    (B % "x>2 \\text{ or } x<1", "x<1 \\text{ or } x>2", "correct", "equivalent"),
    # ... which must be the same union
    (B % "x<1 \\text{ or } x>3", "x<1 \\text{ or } x>2", "incorrect", "not_equivalent"),
    # inequalities joined by "and": the intersection
    (B % "x>1 \\text{ and } x<3", "(1,3)", "correct", "equivalent"),
    # ... not the union
    (B % "x>1 \\text{ or } x<3", "(1,3)", "incorrect", "not_equivalent"),
    # a plus-minus inside a fraction: both values
    (
        B % "\\frac{1 \\pm \\sqrt{5}}{2}",
        "\\frac{1+\\sqrt5}{2}, \\frac{1-\\sqrt5}{2}",
        "correct",
        "equivalent",
    ),
    # ... which one value alone does not answer
    (B % "\\frac{1 \\pm \\sqrt{5}}{2}", "\\frac{1+\\sqrt5}{2}", "incorrect", "different_structure"),
    # "No" answers a yes/no question in any case
    (B % "No", "no", "correct", "equal_text"),
    # ... while two-letter products keep their case
    (B % "ab", "AB", "incorrect", "not_equivalent"),
    # a Unicode vulgar fraction
    (B % "1½", "3/2", "correct", "equal_number"),
    # the fraction slash
    (B % "2⁄3", "\\frac{2}{3}", "correct", "equal_number"),
    # superscript digits are a power
    (B % "10⁶", "1000000", "correct", "equal_number"),
    # "Result: 42" as the whole answer part
    ("Result: 42", "42", "correct", "equal_string"),
    # an answer phrase inside answer tags ends at the closing tag
    ("<answer> The answer is 42 </answer>", "42", "correct", "equal_string"),
    # E notation is a number, not Euler's e
    (B % "1.5e-3", "0.0015", "correct", "equal_number"),
    # a repeating decimal is its fraction
    (B % "0.1\\overline{6}", "\\frac{1}{6}", "correct", "equal_number"),
    # ... whichever side writes it
    (B % "\\frac{1}{3}", "0.\\overline{3}", "correct", "equal_number"),
    # ... and with a decimal comma, the bar written short
    (B % "0,8\\bar{3}", "\\frac{5}{6}", "correct", "equal_number"),
    # a plain-text negative exponent is no huge power, with an ASCII or a Unicode minus
    (B % "30 * 10^-6", "3 \\cdot 10^{-5}", "correct", "equal_number"),
    (B % "30 * 10^−6", "3 \\cdot 10^{-5}", "correct", "equal_number"),
    # an exponent without its leading zero is no huge power either
    (B % "x^.5", "\\sqrt{x}", "correct", "equal_within_tolerance"),
    # ... on a variable too: the Unicode minus is braced as the ASCII one is
    (B % "x^−1", "\\frac{1}{x}", "correct", "equivalent"),
    # a logarithm's subscript base is no product with its argument
    (B % "\\log_2 8", "3", "correct", "equivalent"),
    # a leading "Therefore," before a final `x = 42` line
    ("Therefore, x = 42.", "42", "correct", "equal_string"),
    # an assignment after another on the same line: one of several values
    ("Since $a = 2$, we have $b = 3$", "3", "correct", "equal_string"),
    # a box opened after the answer and never closed: cut while answering again
    (
        "</think>\\boxed{42}\nthat was wrong, actually \\boxed{\n",
        "42",
        "incorrect",
        "unfinished_answer",
    ),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_answer_shapes(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


PERCENT_ASKED = [
    # the question asks for a percentage: the reference 20 is 20 percent
    ("What percentage of the cars are red?", "correct", "equal_string"),
    # a chat prompt: its last user message is read
    ([{"role": "user", "content": "What percent of the cars are red?"}], "correct", "equal_string"),
    # the question asks for an amount: 20% or 20? unknown
    ("A 20 percent discount applies. How many cars are red?", "unknown", "percent_unclear"),
    # no prompt at all
    (None, "unknown", "percent_unclear"),
]


def test_percent_question_with_a_fraction_reference(judge: MathJudge) -> None:
    # a percentage question whose reference is the fraction 0.2: 20% is still that value
    row = {
        "completion": [B % "20\\%"],
        "reference": ["0.2"],
        "prompt": ["What percentage of the cars are red?"],
    }
    out = judge.judge(pl.DataFrame(row))
    assert (out["verdict"][0], out["judge_reason"][0]) == ("correct", "equal_number")


@pytest.mark.parametrize(("prompt", "verdict", "reason"), PERCENT_ASKED)
def test_percent_read_from_the_question(
    judge: MathJudge, prompt: object, verdict: str, reason: str
) -> None:
    row = {"completion": [B % "20\\%"], "reference": ["20"]}
    if prompt is not None:
        row["prompt"] = [prompt]
    out = judge.judge(pl.DataFrame(row))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


def test_percent_question_through_the_trl_signature(judge: MathJudge) -> None:
    # TRL passes `prompts`; a percentage asked for is rewarded, the same answer without it is not
    asked = [[{"role": "user", "content": "What percentage of the cars are red?"}]]
    plain = [[{"role": "user", "content": "How many cars are red?"}]]
    completion = [[{"role": "assistant", "content": B % "20\\%"}]]
    assert judge(completion, solution=["20"], prompts=asked) == [1.0]
    assert judge(completion, solution=["20"], prompts=plain) == [None]


SCALE_ASKED = [
    # the question asks in millions: `$11,588 million` answers the reference 11588
    ("What is Amazon's FY2019 net income (in USD millions)?", "correct", "equal_number"),
    ("What was the revenue, in millions of dollars?", "correct", "equal_number"),
    # asked in thousands: millions are another scale
    ("What was the revenue (in thousands)?", "incorrect", "different_number"),
    # no unit asked: `11588 million` is 11,588,000,000
    ("What was Amazon's net income?", "incorrect", "different_number"),
    (None, "incorrect", "different_number"),
]


@pytest.mark.parametrize(("prompt", "verdict", "reason"), SCALE_ASKED)
def test_scale_read_from_the_question(
    judge: MathJudge, prompt: str | None, verdict: str, reason: str
) -> None:
    row = {"completion": ["Amazon's FY2019 net income is $11,588 million."], "reference": ["11588"]}
    if prompt is not None:
        row["prompt"] = [prompt]
    out = judge.judge(pl.DataFrame(row))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


EXACT_ASKED = [
    # the question asks for a common fraction: a rounded decimal is no answer to it
    ("0.333", "1/3", "Express your answer as a common fraction.", "incorrect", "rounded_not_exact"),
    # ... nor for the simplest radical form, or an area in terms of pi
    (
        "1.41",
        "\\sqrt{2}",
        "Express your answer in simplest radical form.",
        "incorrect",
        "rounded_not_exact",
    ),
    ("3.14", "\\pi", "Give the area in terms of $\\pi$.", "incorrect", "rounded_not_exact"),
    # ... while the exact form is right
    ("\\frac{1}{3}", "1/3", "Express your answer as a common fraction.", "correct", "equal_number"),
    # a question that asks for rounding (too): the decimal at its stated precision
    ("0.333", "1/3", "Round your answer to the nearest thousandth.", "correct", "equal_rounded"),
    # a question that says neither, and no question at all: the stated precision
    ("0.333", "1/3", "What is one third of one?", "correct", "equal_rounded"),
    ("0.333", "1/3", None, "correct", "equal_rounded"),
]


@pytest.mark.parametrize(("answer", "reference", "prompt", "verdict", "reason"), EXACT_ASKED)
def test_exact_form_read_from_the_question(
    judge: MathJudge, answer: str, reference: str, prompt: str | None, verdict: str, reason: str
) -> None:
    row = {"completion": [B % answer], "reference": [reference], "prompt": [prompt]}
    out = judge.judge(pl.DataFrame(row))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
