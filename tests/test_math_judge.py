"""The `math` judge: extraction, normalisation and comparison, table-driven (verdict + reason)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.extract import extract_answer
from curate.judges.math.normalise import canonical_answer, choice_letter
from curate.judges.math.reference import reference_answer
from curate.judges.math.voting import answer_key

from curate.registry import JUDGES

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


def one(
    judge: MathJudge, completion: str | None, reference: str | None
) -> tuple[str, str, str | None]:
    out = judge.judge(
        pl.DataFrame(
            {"completion": [completion], "reference": [reference]},
            schema={"completion": pl.Utf8, "reference": pl.Utf8},
        )
    )
    row = out.row(0, named=True)
    return row["verdict"], row["judge_reason"], row["pred_answer"]


# ---- extraction ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,answer,method,reason",
    [
        # R1 trace: the box after </think> wins over one inside the reasoning
        ("<think>try \\boxed{3}</think>So \\boxed{4}.", "4", "boxed", None),
        # nested braces inside the box
        ("</think>\\boxed{\\frac{1}{\\sqrt{2}}}", "\\frac{1}{\\sqrt{2}}", "boxed", None),
        # \fbox counts as a box
        ("</think>\\fbox{7}", "7", "boxed", None),
        # adjacent boxes joined by "and" form one answer
        ("</think>The roots are \\(\\boxed{-2}\\) and \\(\\boxed{1}\\).", "-2, 1", "boxed", None),
        # an unfinished reasoning (no </think>) has no answer even if it boxed something
        ("<think>so maybe \\boxed{3}", None, None, "unterminated_reasoning"),
        # no reasoning tags at all (Qwen2.5-Math style): the whole response is read
        ("We compute. The answer is $\\boxed{12}$.", "12", "boxed", None),
        # <answer> tags, a box inside wins
        ("</think><answer>\\boxed{5}</answer>", "5", "boxed", None),
        ("</think><answer> 42 </answer>", "42", "answer_tag", None),
        # GSM8K reference style
        ("She pays 3 * 4 = 12\n#### 12", "12", "gsm8k", None),
        # GSM8K model solutions end in "A: N"
        ("3 + 4 = 7 eggs\nA: 7", "7", "answer_line", None),
        # "final answer is" with a math span, trailing sentence dropped
        (
            "Final Answer: The final answer is $28\\%$. I hope it is correct.",
            "28\\%",
            "final_answer",
            None,
        ),
        # a later "final answer" beats an intermediate box
        (
            "so \\boxed{255} interest. Final Answer: The final answer is $10,455$.",
            "10,455",
            "final_answer",
            None,
        ),
        # Chinese "the answer is"
        ("所以答案是 $\\frac{1}{2}$。", "\\frac{1}{2}", "final_answer", None),
        # a sentence as final answer: its last number
        ("Final Answer: Jane started growing Sphere 3 hours ago.", "3", "final_answer", None),
        # no marker: a short bare answer
        ("-5", "-5", "bare", None),
        # no marker: the last math span
        ("Thus we get $x = \\frac{1}{3}$", "x = \\frac{1}{3}", "last_math", None),
        # no marker: a number after the last math span on the last line
        ("The largest $n$ is 34", "34", "last_math", None),
        # an escaped dollar is currency, not a math delimiter
        ("It costs \\$5, so the total is $7$", "7", "last_math", None),
        # a span after prose without a connector is not a standalone answer
        ("It costs \\$5 and then $7$", None, None, "no_answer"),
        # the right side of a final `x = ...`, whole: never its last term
        ("So we get x = 2y + 3", "x = 2y + 3", "last_math", None),
        # a number inside unfinished reasoning is not an answer
        ("We add 3 and 4 and then multiply by", None, None, "no_answer"),
        # nothing that looks like an answer
        ("I am not sure about this one, sorry about that.", None, None, "no_answer"),
        # an empty box
        ("</think>\\boxed{}", None, "boxed", "empty_answer"),
        # None is no completion
        (None, None, None, "no_completion"),
    ],
)
def test_extract_answer(
    text: str | None, answer: str | None, method: str | None, reason: str | None
) -> None:
    ex = extract_answer(text)
    assert (ex.answer, ex.method, ex.reason) == (answer, method, reason)


def test_last_number_is_opt_in() -> None:
    text = "After all that work we get 17 apples in total"
    assert extract_answer(text, methods=("boxed",)).answer is None  # not a default fallback alone
    assert extract_answer(text, methods=("boxed", "last_number")).answer == "17"


@pytest.mark.parametrize(
    "reference,answer",
    [
        # bare answer: math delimiters stripped
        ("$\\frac{14}{3}$", "\\frac{14}{3}"),
        # worked MATH solution: its last box
        ("so the total is $\\boxed{14{,}916}$.", "14{,}916"),
        # GSM8K test split: after ####
        ("She has 3 + 4 = 7\n#### 7", "7"),
        # GSM8K model-solutions ground truth: the final "A: N" line
        ("It takes 2/2=<<2/2=1>>1 bolt\nA: 3", "3"),
        # empty reference
        ("   ", None),
    ],
)
def test_reference_answer(reference: str, answer: str | None) -> None:
    assert reference_answer(reference) == answer


# ---- normalisation ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw,canonical",
    [
        ("\\dfrac{1}{2}", "\\frac{1}{2}"),  # \dfrac
        ("\\left( 3, \\frac{\\pi}{2} \\right)", "(3,\\frac{\\pi}{2})"),  # \left \right and spaces
        ("10{,}000", "10000"),  # LaTeX thousands separator
        ("50,625", "50625"),  # plain thousands separator
        ("10,\\!080", "10080"),  # MATH's ,\! separator
        ("1\\,000", "1000"),  # thin-space separator
        ("\\text{Evelyn}", "Evelyn"),  # a text answer keeps its words
        ("15\\mbox{ cm}^2", "15"),  # units with their exponent
        ("90^\\circ", "90"),  # degrees
        ("28\\%", "28"),  # percent
        ("\\$1,000.99", "1000.99"),  # currency and separators
        ("\\mathrm{e}^{2}", "e^{2}"),  # \mathrm{e}
        ("2\\frac{1}{2}", "\\frac{5}{2}"),  # mixed number
        ("-12\\frac{3}{5}", "-\\frac{63}{5}"),  # negative mixed number
        ("4t", "4t"),  # a product with a variable is not a unit
        ("5 \\text{ meters}", "5"),  # \text unit
        ("18 dollars", "18"),  # plain-word unit
        ("\\sqrt{2} \\text{ units}", "\\sqrt{2}"),  # unit after an expression
        ("x \\le 3", "x\\leq3"),  # \le spelling
        ("x != 5", "x\\neq5"),  # ASCII relation
        ("12\\text{ and }13", "12,13"),  # "and" between answers
        ("\\boxed{5}", "5"),  # a box inside the answer
        ("(7)", "7"),  # redundant parentheses
        (
            "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}",
            "\\begin{pmatrix}1\\\\2\\end{pmatrix}",
        ),  # row separator kept
    ],
)
def test_canonical_answer(raw: str, canonical: str) -> None:
    assert canonical_answer(raw) == canonical


@pytest.mark.parametrize(
    "answers,same",
    [
        (["0.5", "\\frac12", "1/2", "\\dfrac{1}{2}"], True),  # exact numbers share a key
        (["1,000", "1000.0", "1000"], True),  # separators and trailing zeros
        (["x+1", "x + 1"], True),  # canonical strings
        (["\\frac{1}{3}", "0.333"], False),  # a rounded decimal is another answer
    ],
)
def test_answer_key(answers: list[str], same: bool) -> None:
    assert (len({answer_key(a) for a in answers}) == 1) is same


@pytest.mark.parametrize(
    "raw,strict,letter",
    [
        ("C", True, "C"),  # bare letter
        ("(B)", True, "B"),  # parenthesised
        ("\\text{(D)}", True, "D"),  # in \text
        ("(C) 12", False, "C"),  # leading letter of an option
        ("(C) 12", True, None),  # a reference must be the bare letter
        ("12", False, None),  # not a letter
    ],
)
def test_choice_letter(raw: str, strict: bool, letter: str | None) -> None:
    assert choice_letter(raw, strict=strict) == letter


# ---- verdicts --------------------------------------------------------------------------------
R = "</think>\\boxed{%s}"

VERDICT_CASES = [
    # -- numbers
    (R % "\\frac12", "0.5", "correct", "equal_number"),  # fraction vs decimal, exactly
    (
        R % "0.333333",
        "\\frac{1}{3}",
        "correct",
        "equal_rounded",
    ),  # a decimal equal to the exact value rounded to its stated 6 places
    (R % "0.333", "\\frac{1}{3}", "correct", "equal_rounded"),  # 3 places, rounded
    (R % "0.334", "\\frac{1}{3}", "incorrect", "different_number"),  # not the rounded value
    (R % "0.3", "\\frac{1}{3}", "incorrect", "different_number"),  # one place is no precision
    (
        R % "0.3333333333",
        "\\frac{1}{3}",
        "correct",
        "equal_within_tolerance",
    ),  # decimal within rel_tol
    (R % "420", "420.0", "correct", "equal_number"),  # integer vs decimal
    (R % "7,425,000", "7425000", "correct", "equal_string"),  # thousands separators
    (R % "\\$18.00", "18", "correct", "equal_number"),  # currency and trailing zeros
    (R % "2\\frac{1}{2}", "\\frac{5}{2}", "correct", "equal_string"),  # mixed number
    (R % "-4", "4", "incorrect", "different_number"),  # sign matters
    (R % "28", "28\\%", "correct", "equal_string"),  # percent sign optional
    (R % "0.28", "28\\%", "correct", "equal_number"),  # percent as a fraction
    (R % "1000,99", "1000.99", "correct", "equal_string"),  # decimal comma against a decimal
    (R % "2^{10}", "1024", "correct", "equal_number"),  # small exact power, in process
    # -- symbolic (worker)
    (R % "\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}", "correct", "equivalent"),  # radicals
    (R % "x^2+2x+1", "(x+1)^2", "correct", "equivalent"),  # polynomial identity
    (R % "x^2+2x", "(x+1)^2", "incorrect", "not_equivalent"),  # not an identity
    (
        R % "\\frac{1}{2004!}",
        "\\frac{1}{2006!}",
        "incorrect",
        "not_equivalent",
    ),  # tiny values never chopped to 0
    (R % "\\sin^2 x+\\cos^2 x", "1", "correct", "equivalent"),  # trig identity
    (R % "90^\\circ", "\\frac{\\pi}{2}", "correct", "equivalent"),  # degrees vs radians
    (R % "7\\pi", "7 \\pi", "correct", "equal_string"),  # spacing
    (R % "a+b", "b+a", "correct", "equivalent"),  # commutativity
    (R % "x+1", "y+1", "incorrect", "not_equivalent"),  # variables matter
    # -- sets, tuples, intervals, lists
    (R % "\\{2,1\\}", "\\{1,2\\}", "correct", "equal_structure"),  # set order never matters
    (R % "(2,1)", "(1,2)", "incorrect", "different_element"),  # tuple order matters
    (R % "2, 1", "1, 2", "correct", "equal_structure"),  # bare list: unordered by default
    (R % "[1,2)", "[1,2)", "correct", "equal_string"),  # interval
    (R % "(1,2]", "[1,2)", "incorrect", "different_structure"),  # brackets matter
    (
        R % "(-\\infty,3)\\cup(4,\\infty)",
        "(4,\\infty)\\cup(-\\infty,3)",
        "correct",
        "equal_structure",
    ),  # union order
    (R % "-2\\leq x\\leq 7", "[-2,7]", "correct", "equivalent"),  # inequality vs interval
    (R % "1\\pm\\sqrt{19}", "1+\\sqrt{19}, 1-\\sqrt{19}", "correct", "equivalent"),  # +- vs list
    (
        R % "(3, \\frac{\\pi}{2})",
        "\\left( 3, \\frac{\\pi}{2} \\right)",
        "correct",
        "equal_string",
    ),  # tuple with \left
    (R % "5", "5, 6", "incorrect", "different_structure"),  # one value for two
    # -- matrices
    (
        R % "\\begin{pmatrix}1\\\\2\\end{pmatrix}",
        "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}",
        "correct",
        "equal_string",
    ),  # spacing only
    (
        R % "\\begin{pmatrix}\\frac{2}{4}\\\\2\\end{pmatrix}",
        "\\begin{pmatrix}0.5\\\\2\\end{pmatrix}",
        "correct",
        "equal_structure",
    ),  # entries equal, compared cell by cell
    (
        R % "\\begin{pmatrix}1\\\\3\\end{pmatrix}",
        "\\begin{pmatrix}1\\\\2\\end{pmatrix}",
        "incorrect",
        "different_element",
    ),  # an entry differs
    (
        R % "\\begin{pmatrix}1&2\\end{pmatrix}",
        "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
        "incorrect",
        "different_structure",
    ),  # shape differs
    # -- equations
    (R % "x=2", "2", "correct", "equal_string"),  # assignment vs value
    (R % "2", "x=2", "correct", "equal_string"),  # value vs assigned reference
    (R % "k = 3 + 4 = 7", "7", "correct", "equal_string"),  # last value of a chain
    (R % "y=2x+3", "2x-y+3=0", "correct", "equivalent_equation"),  # same equation rearranged
    (R % "y=2x+4", "y=2x+3", "incorrect", "not_equivalent"),  # different equation
    (R % "(3,2)", "(p,q)=(3,2)", "correct", "equal_string"),  # named tuple reference
    # -- words and choices
    (R % "\\text{Evelyn}", "Evelyn", "correct", "equal_string"),  # \text answer
    (R % "evelyn", "\\text{Evelyn}", "correct", "equal_text"),  # case-insensitive words
    (R % "Briana", "\\text{Evelyn}", "incorrect", "different_text"),  # other word
    (R % "(C) 12", "C", "correct", "equal_choice"),  # choice letter with its content
    (R % "\\text{(B)}", "C", "incorrect", "different_choice"),  # other letter
    # -- time / ratio
    (R % "1:00", "12:00", "incorrect", "different_element"),  # times compare by parts, not as 1/0
    # -- no answer / unparseable
    ("</think>I think it is hard.", "5", "incorrect", "no_answer"),  # nothing extracted
    (
        "<think>long reasoning \\boxed{5}",
        "5",
        "incorrect",
        "unterminated_reasoning",
    ),  # unfinished reasoning
    (R % "\\frac{1}{0}", "5", "incorrect", "unparseable_answer"),  # undefined value
    (
        R % "__import__('os').system('true')",
        "5",
        "incorrect",
        "unparseable_answer",
    ),  # code is just text
    # -- references that cannot be judged: unknown, never correct
    (R % "5", "", "unknown", "no_reference"),  # empty reference
    (R % "5", "\\frac{1}{0}", "unknown", "unparseable_reference"),  # undefined reference
    (R % "5", "$ $", "unknown", "unparseable_reference"),  # only delimiters
    (
        R % "2^{2^{64}}",
        "2^{2^{65}}",
        "unknown",
        "unsafe_reference:huge_power",
    ),  # reference beyond bounds
    (
        R % "\\frac{1}{0}",
        "\\frac{1}{0}",
        "unknown",
        "unparseable_reference",
    ),  # identical garbage is not rewarded
]


@pytest.mark.parametrize("completion,reference,verdict,reason", VERDICT_CASES)
def test_verdicts(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    got = one(judge, completion, reference)
    assert got[:2] == (verdict, reason), got


def test_batch_columns_and_extracted_by(judge: MathJudge) -> None:
    df = pl.DataFrame(
        {"completion": ["</think>\\boxed{4}", "A: 4", None], "reference": ["4", "4", "4"]}
    )
    out = judge.judge(df)
    assert out.columns == ["verdict", "score", "pred_answer", "judge_reason", "extracted_by"]
    assert out["score"].to_list() == [1.0, 1.0, 0.0]
    assert out["extracted_by"].to_list() == ["boxed", "answer_line", None]
    assert out["judge_reason"].to_list()[2] == "no_completion"


def test_truncated_by_finish_reason(judge: MathJudge) -> None:
    df = pl.DataFrame(
        {"completion": ["<think>still going"], "reference": ["4"], "finish_reason": ["length"]}
    )
    assert judge.judge(df)["judge_reason"].to_list() == ["truncated"]


@pytest.mark.parametrize(
    "params,completion,reference,verdict,reason",
    [
        # ordered_lists makes bare-list order matter
        ({"ordered_lists": True}, R % "2, 1", "1, 2", "incorrect", "different_element"),
        # symbolic off: what needs sympy is unknown
        ({"symbolic": False}, R % "x^2+2x+1", "(x+1)^2", "unknown", "symbolic_disabled"),
        # a looser tolerance accepts a rounded decimal
        ({"rel_tol": 1e-3}, R % "0.3334", "\\frac{1}{3}", "correct", "equal_within_tolerance"),
        # missing_close=whole reads unfinished reasoning too
        ({"missing_close": "whole"}, "<think>so \\boxed{5}", "5", "correct", "equal_string"),
        # choices off: a letter is compared as text
        ({"choices": False}, R % "(C) 12", "C", "incorrect", "not_equivalent"),
        # last_number opt-in
        (
            {"extract": ("boxed", "last_number")},
            "so we end with 17 apples today, I think so",
            "17",
            "correct",
            "equal_string",
        ),
    ],
)
def test_params(
    params: dict[str, object], completion: str, reference: str, verdict: str, reason: str
) -> None:
    assert one(MathJudge(**params), completion, reference)[:2] == (verdict, reason)  # type: ignore[arg-type]


def test_unknown_extraction_method_is_rejected() -> None:
    with pytest.raises(ValueError):
        MathJudge(extract=("boxed", "guess"))  # type: ignore[arg-type]


def test_registered() -> None:
    assert JUDGES.get("math") is MathJudge


# ---- TRL reward signature --------------------------------------------------------------------
def test_trl_reward_signature() -> None:
    reward = MathJudge()
    completions = [
        [
            {"role": "assistant", "content": "</think>\\boxed{\\frac{1}{2}}"}
        ],  # correct, conversational
        [{"role": "assistant", "content": "</think>\\boxed{3}"}],  # incorrect
        [{"role": "assistant", "content": "</think>\\boxed{3}"}],  # reference unusable: None
    ]
    out = reward(completions, solution=["0.5", "4", "\\frac{1}{0}"], prompts=["p1", "p2", "p3"])
    assert out == [1.0, 0.0, None]
    assert reward.__name__ == "math_reward"


# ---- real data (skipped when ../shared/data is absent) ---------------------------------------
def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not found (real data lives in ../shared/data)")


def test_qwen_samples_agree_with_grader() -> None:
    path = DATA / "qwen25math_math_cot_100_8samples.jsonl"
    _need(path)
    rows = [json.loads(line) for line in path.open()][:40]
    comps = [resp for r in rows for resp in r["response"]]
    refs = [r["gt"] for r in rows for _ in r["response"]]
    labels = [bool(s) for r in rows for s in r["score"]]
    out = MathJudge().judge(pl.DataFrame({"completion": comps, "reference": refs}))
    agree = sum(
        (v == "correct") == lab for v, lab in zip(out["verdict"].to_list(), labels, strict=True)
    )
    assert (
        agree / len(labels) >= 0.99
    )  # the full set's one disagreement is a grader error (10{,}000)


def test_gsm8k_solutions_agree_with_labels() -> None:
    path = DATA / "gsm8k_example_model_solutions.jsonl"
    _need(path)
    rows = [json.loads(line) for line in path.open()][:150]
    models = ("6b_finetuning", "6b_verification", "175b_finetuning", "175b_verification")
    comps = [r[m]["solution"] for r in rows for m in models]
    refs = [r["ground_truth"] for r in rows for _ in models]
    labels = [bool(r[m]["is_correct"]) for r in rows for m in models]
    out = MathJudge().judge(pl.DataFrame({"completion": comps, "reference": refs}))
    agree = sum(
        (v == "correct") == lab for v, lab in zip(out["verdict"].to_list(), labels, strict=True)
    )
    assert agree / len(labels) >= 0.995


COLD_START = [
    # the answer follows the SECOND cold-start token; a box inside the reasoning is not the answer
    ("|special_token|r \\boxed{5}|special_token|Thus \\boxed{6}.", "6", "correct"),
    # the same response against the reasoning's value: incorrect, it was never the final answer
    ("|special_token|r \\boxed{5}|special_token|Thus \\boxed{6}.", "5", "incorrect"),
    # only one token: the reasoning never ended, so there is no answer to read
    ("|special_token|only reasoning \\boxed{6}", "6", "incorrect"),
]


@pytest.mark.parametrize(("completion", "reference", "verdict"), COLD_START)
def test_cold_start_summary_follows_the_second_token(
    completion: str, reference: str, verdict: str
) -> None:
    out = MathJudge(think_close="|special_token|").judge(
        pl.DataFrame({"completion": [completion], "reference": [reference]})
    )
    assert out["verdict"][0] == verdict
