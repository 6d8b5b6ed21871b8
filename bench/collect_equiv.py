"""Build bench/data/equiv_cases.jsonl: answer-equivalence cases from other graders' public tests.

    mkdir -p /tmp/mv && cd /tmp/mv && pip download --no-deps --no-binary :all: math-verify==0.9.0 \
        && tar xzf math_verify-0.9.0.tar.gz
    .venv/bin/python bench/collect_equiv.py --mv-tests /tmp/mv/math_verify-0.9.0/tests

Sources (each row keeps `source`, `repo`, `path`, `commit`; licenses in bench/data/README.md):
- math-verify 0.9.0 (huggingface/Math-Verify, Apache-2.0; PyPI sdist `tests/`): every parametrized
  `(gold, pred, expected)` case of the default comparison mode, read with `ast`.
- NeMo-Skills (NVIDIA/NeMo-Skills, Apache-2.0) `tests/test_math_equal.py` @ f9ede7de and its
  newer version @ 0b012df8: their pairs, both directions, transcribed below.
- MARIO_EVAL (MARIO-Math-Reasoning/MARIO_EVAL) `math_evaluation/tests/test_is_equiv.py` @ 3d28d49d:
  its `is_equiv` / `are_equal_under_sympy` cases (first argument = reference), transcribed below.
- verl (volcengine/verl, Apache-2.0) `tests/utils/reward_score/test_numeric_canonicalization_on_cpu.py`
  @ d69068d2: its boxed `is_equiv` pairs, transcribed below.
- math-verify (huggingface/Math-Verify, Apache-2.0) `tests/test_mixed_number_extraction.py` @ 05aa3a67
  (newer than the 0.9.0 sdist): its `verify(gold, parse(prediction))` assertions, transcribed below.
- Qwen2.5-Math (QwenLM/Qwen2.5-Math, Apache-2.0) `evaluation/grader.py` @ 29a82a88: the
  `TestMathEquality` assertions of `math_equal(prediction, reference)`, transcribed below.
- lm-evaluation-harness (EleutherAI/lm-evaluation-harness, MIT) `tests/test_hendrycks_math.py`
  @ 4e7a76f4: whole responses scored against the solution's box, and its `is_equiv` pairs.
- RL and evaluation frameworks (bench/equiv_rl_suites.py): MindSpeed-RL (`math_equal` and
  strict-box tests), OpenCompass (its AIME2025 evaluation fixtures), rLLM (`RewardMathFn`), TRL
  (`accuracy_reward`, `reasoning_accuracy_reward`), open-r1 (`accuracy_reward`) and verifiers
  (`MathRubric`), whole completions as their tests write them.
- More suites (bench/equiv_suites_a.py, _b.py, _c.py; stop 22): NeMo-RL, Math-Verify's main branch
  (cases newer than the sdist; a changed expectation replaces the sdist's), OpenRLHF, evalscope,
  SkyRL, AReaL, slime, Hendrycks MATH, SkyThought, open-instruct, Eval360, lm-evaluation-harness's
  Minerva-math tests, OpenCompass's OlympiadBench judge, lighteval, strands-env, RM-Gallery,
  kolibrify and inspect_ai.

Split: `tune` or `heldout` by a SHA-256 of (source, gold, pred): deterministic, about half each.
Rules are tuned on `tune` only; `bench/judges.py --datasets equiv` reports `heldout`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NEMO = (
    "NVIDIA/NeMo-Skills",
    "tests/test_math_equal.py",
    "f9ede7de273b774e38a97c5e9e95d8fc76d45d85",
)
NEMO_TRUE = [
    ("5", "5"),
    ("5", "5.0"),
    ("1/2", "0.5"),
    ("3128 1/2", "3128.5"),
    ("\\frac{1}{2}", "0.5"),
    ("918\\frac{1}{2}", "918.5"),
    ("x^2+2x+1", "x^2 + 2*x + 1"),
    ("x^2+2x+1", "x^2 + 2*x - (-1)"),
    ("x^2+2x+1", "2x+ 1+x^2"),
    ("odd", "\\text{odd}"),
    ("E", "\\mathrm{E}"),
    ("B", "\\mathcal{B}"),
    ("A", "\\textbf{A}"),
    ("f'", "f'"),
    ("185", "185\\\\"),
    ("185\\\\", "185\\\\"),
    (".185", "0.185"),
    ("\\frac {1}{2}", "0.5"),
    ("17\\text{ any text}", "17"),
    ("\\$10", "10"),
    ("10%", "0.1"),
    ("56,\\!01,\\!78,\\!95,\\!760", "56017895760"),
    ("2.5", "\\frac{5}{2}"),
    ("\\frac{1}{3}", "\\dfrac{1}{3}"),
    ("(r+5)(r+5)", "(r+5)^2"),
]
NEMO_FALSE = [
    ("5", "5.001"),
    ("x^2+2x+1", "x^3+2x+1"),
    ("odd", "\\text{oddd}"),
    ("E", "\\mathrm{E}*2"),
    ("E", "E'"),
]
NEMO_NEW = (
    "NVIDIA/NeMo-Skills",
    "tests/test_math_equal.py",
    "0b012df8a09cd4730d31b16e90a0d8f13d145fb8",
)
# the newer version of the same file (pairs not in the older one are added), both directions
NEMO_NEW_TRUE = [
    ("5", "5"),
    ("5", "5.0"),
    ("1/2", "0.5"),
    ("\\frac{1}{2}", "0.5"),
    ("918\\frac{1}{2}", "918.5"),
    ("x^2+2x+1", "x^2 + 2*x + 1"),
    ("x^2+2x+1", "x^2 + 2*x - (-1)"),
    ("y = x^2+2x+1", "2x+ 1+x^2"),
    ("E", "\\mathrm{E}"),
    ("A", "\\textbf{A}"),
    ("f'", "f'"),
    ("185", "185\\"),
    ("185\\", "185\\"),
    (".185", "0.185"),
    ("\\frac {1}{2}", "0.5"),
    ("17\\text{ any text}", "17"),
    ("\\$10", "10"),
    ("10%", "10"),
    ("10\\%", "10"),
    ("2.5", "\\frac{5}{2}"),
    ("\\frac{1}{3}", "\\dfrac{1}{3}"),
    ("(r+5)(r+5)", "(r+5)^2"),
    ("\\frac{\\sqrt{3}}{3}", "\\frac{\\sqrt{3}}{3} \\approx 0.577"),
    (
        "\\begin{pmatrix}0&0&0\\\\0&1&0\\\\0&0&1\\end{pmatrix}",
        "\\begin{bmatrix} 0 & 0 & 0 \\\\ 0 & 1 & 0 \\\\ 0 & 0 & 1 \\end{bmatrix}",
    ),
]
NEMO_NEW_FALSE = [
    ("5", "5.001"),
    ("x^2+2x+1", "x^3+2x+1"),
    ("odd", "\\text{oddd}"),
    ("E", "\\mathrm{E}*2"),
    ("\\sqrt{67},-\\sqrt{85}", "\\sqrt{67}"),
]
MARIO = (
    "MARIO-Math-Reasoning/MARIO_EVAL",
    "math_evaluation/tests/test_is_equiv.py",
    "3d28d49dd6b0bd5ce307a54c3c73ca06023a0648",
)
MARIO_CASES = [
    ("{x, x - 1}", "{x - 1, x}", True),
    ("x + \\sqrt2I", "x + 1.414I", True),
    ("11,\\! 111,\\! 111,\\! 100", "11111111100", True),
    ("1 1/2", "1.5", True),
    ("4210_{7}", "4210_7", True),
    ("1\\frac12", "1.5", True),
    ("2\\frac58", "2.625", True),
    (".1, 4.0", "0.1, 4", True),
    ("10\\%", "10", True),
    ("10\\%", "0.1", True),
    ("\\frac13, \\sqrt3, \\pi", "1/3, 1.732, 3.1416", True),
    ("40\\pi", "125.663", True),
    ("1, 2, 3", "1, 3, 2", True),
    ("7, -2, \\text{ and } -5", "-5,-2,7", True),
    ("[1, 2, 3]", "(1, 3, 2)", False),
    ("[x, x + 1]", "[x, 1 + x]", True),
    ("[x, x + 1]", "[x + 1, x]", False),
    ("1+2i", "i(2-i)", True),
    ("\\tfrac23 +\\frac1{72}", "\\dfrac{2}{3} +\\frac{1}{72}", True),
    ("\\frac{\\sqrt{17}}{17}", "\\frac{\\sqrt{17}}{17}", True),
    ("\\frac{4\\sqrt{5}}{5}", "\\frac{4\\sqrt{5}}{5}", True),
    ("\\frac{\\sqrt{3}}{2}", "0.8660254037844386", True),
    ("10\\text{ units}", "10", True),
    ("10 square units", "10", True),
    ("10 \\text{cm}", "10", True),
    ("10\\text{ cm}^2", "10", True),
    ("10\\text{ cm}^{2}", "10", True),
    ("10weeks", "10", True),
    ("10 weeks", "10", True),
    ("10 cm^2", "10", True),
    ("20:34", "20:34:00", True),
    ("20:34", "08:34 \\text{P.M.}", True),
    ("10cm", "10", False),
    ("10m", "10", False),
    ("10", "\\$10", True),
    ("\\left(x-2\\right)\\left(x+2\\right)", "(x-2)(x+2)", True),
    ("10\\sqrt{3} + \\sqrt4", "10\\sqrt3 + \\sqrt{4}", True),
    ("5x - 7y + 11z + 4 = 0", "x + y - z + 2 = 0", False),
    ("\\sin(x)=\\frac{42}{59}", "\\cos(x)=\\frac{42}{59}", False),
    (
        "\\frac{v_{0}}{r_{0}} \\frac{1}{\\left(1+r / r_{0}\\right)^{3 / 2}}",
        "\\frac{v_0 \\cdot \\left(\\frac{r_0}{r + r_0}\\right)^{0.5}}{(r + r_0)}",
        True,
    ),
    ("11z^{7}(5+11z^{7})", "11z^7(11z^7+5)", True),
    ("\\frac{8-7x}{6}", "4/3-7x/6", True),
    ("(2x+3)(2x -1)(2x+1)", "(2x - 1)(2x + 1)(2x + 3)", True),
    ("2^6 * 3^5 * 5^4", "2^6 3^5 5^4", True),
    (
        "\\begin{pmatrix} 1 & 1/2 \\\\ 1/3 & 4 \\end{pmatrix}",
        "\\begin{pmatrix} 1 & 0.5 \\\\ 1/3 & 4 \\end{pmatrix}",
        True,
    ),
    (
        "\\begin{matrix} x \\\\ \\sqrt{3} + 2x  \\\\ \\frac12 \\end{matrix}",
        "\\begin{matrix} x \\\\ \\sqrt{3} + 2x \\\\ 0.5 \\end{matrix}",
        True,
    ),
    ("\\begin{matrix} \\frac12 \\\\ 1 \\end{matrix}", "[0.5, 1]", True),
    (
        "\\begin{cases} a+b=\\frac12 \\\\ a-b=\\sqrt3 \\end{cases}",
        "\\begin{cases} a+b=0.5\\\\ a-b=1.732\\end{cases}",
        True,
    ),
    ("\\sec x", "\\frac1{\\cos x}", True),
    ("\\sin(90^{\\circ}-x)", "\\cos(x)", True),
    ("2.314814814815 \\times 10^{-3}", "\\frac{1}{432}", True),
    ("x \\in [0.5, \\infty)", "[1/2, \\infty)", True),
    ("[-3,2]", "(-3,2)", False),
    ("[1, 2)", "[x, y)", False),
    ("x = 1, y = 2, z = 3", "1, 2, 3", True),
    ("f(x) = 2x + 3", "2x + 3", True),
    ("f(x) = 2x + 3", "y = 2x + 3", True),
]
VERL = (
    "volcengine/verl",
    "tests/utils/reward_score/test_numeric_canonicalization_on_cpu.py",
    "d69068d2a32b985e759049da6f801a039b94b31b",
)
VERL_TRUE = [("033", "33"), ("+033", "33"), ("-0", "0"), ("000", "0")]


QWEN = (
    "QwenLM/Qwen2.5-Math",
    "evaluation/grader.py",
    "29a82a8802e058c236fe7903ae6d8362df078aa7",
)
# its `TestMathEquality` assertions: (prediction, reference, expected)
QWEN_CASES = [
    ("10", "10", True),
    ("10", "20", False),
    ("10%", "0.1", True),
    ("10%", "0.2", False),
    ("[1, 2, 3]", "[1, 2, 3]", True),
    ("[1, 2, 3]", "[1, 2, 4]", False),
    ("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", True),
    ("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{pmatrix}1&2\\\\3&5\\end{pmatrix}", False),
    ("x = y", "x = y", True),
    ("x = y", "x = z", False),
    ("x = 10", "10", True),
    ("10", "x = 10", True),
]
LMEVAL = (
    "EleutherAI/lm-evaluation-harness",
    "tests/test_hendrycks_math.py",
    "4e7a76f41c9bda4e09e893bd656f49e612de6aea",
)
# whole responses scored by `process_results` against the solution's box: (gold, response, ok)
LMEVAL_RESPONSES = [
    ("[2,5)", "The domain is \\boxed{[2,5)}", True),
    ("\\frac{1}{2}", "The answer is $\\frac{1}{2}$", True),
    ("4", "The answer is \\boxed 4", True),
    ("7", "So we get $\\boxed 7$ as the answer.", True),
    ("3, 5, 7", "Final answers: \\boxed{3}, \\boxed{5}, \\boxed{7}", True),
    ("4", "So \\boxed{4}. Therefore \\boxed{4}.", True),
    ("42", "I don't know", False),
]
# its `is_equiv(answer, gold)` assertions: (answer, gold, ok)
LMEVAL_EQUIV = [
    ("3", "4", False),
    ("x + 1", "x + 2", False),
    ("9a + 11", "11 + 9a", True),
    ("1,-2", "1,-3", False),
    ("1,2", "1,3", False),
    ("3, 5, 7", "3, 5, 9", False),
    ("58,500", "58500", True),
]
MV_MIXED = (
    "huggingface/Math-Verify",
    "tests/test_mixed_number_extraction.py",
    "05aa3a67e1e5aa4a0dbecea17550a17cc2d5ed2d",
)
_PCT = ("%", " %", "percent", " percent", "percentage", " percentage", "pct", " pct")
# its `verify(gold, parse(prediction))` assertions (not in the 0.9.0 sdist): (gold, pred, ok)
MV_MIXED_CASES = [
    ("40/9", "The answer is 4 4/9.", True),
    ("4", "The answer is 4 4/9.", False),
    ("4", "4 0/9", True),
    *[
        (v, p, False)
        for p, vs in (
            ("4 4/0", ("4", "0")),
            ("4 0/0", ("4", "0")),
            ("-4 0/0", ("-4", "0")),
            ("0 0/0", ("0",)),
            ("1 000 0/0", ("1000", "0")),
            ("-1 000 0/0", ("-1000", "0")),
            ("11 6/6", ("11", "1", "12", "10")),
            ("11 7/6", ("11", "7/6", "73/6", "59/6")),
            ("The answer is 11 6/6.", ("11", "1", "12", "10")),
            ("The answer is 4 0/0.", ("4", "0")),
        )
        for v in vs
    ],
    ("139/90", "11/10 4/9", False),
    ("103/9", "11.0 4/9", False),
    ("103/9", "(11) 4/9", False),
    ("139/90", "11/10\n4/9", False),
    ("71/6", "11\n5/6", False),
    ("5", "11\n5/6", True),
    ("11 + 4/9", "11 - 4/9", False),
    *[("40/900", f"4 4/9{sfx}", True) for sfx in _PCT],
    *[("40/9", f"4 4/9{sfx}", False) for sfx in _PCT],
]


def fmt(pred: str, wrap: bool) -> str:
    return f"\\boxed{{{pred}}}" if wrap else pred


def split_of(source: str, gold: str, pred: str) -> str:
    h = hashlib.sha256(f"{source}\x00{gold}\x00{pred}".encode()).digest()
    return "tune" if h[0] % 2 == 0 else "heldout"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mv-tests", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "data" / "equiv_cases.jsonl")
    args = ap.parse_args()
    from bench.equiv_rl_suites import rl_suite_cases
    from bench.equiv_suites_a import suite_cases_a
    from bench.equiv_suites_b import suite_cases_b
    from bench.equiv_suites_c import suite_cases_c
    from bench.judges import load_mvtests

    rows: list[dict[str, object]] = []
    seen: set[tuple[str, str, str]] = set()

    def add(source: str, where: tuple[str, str, str], gold: str, pred: str, ok: bool, wrap: bool):
        key = (source, gold, pred)
        if key in seen:
            # a newer version of the same suite that changed its expectation wins (Math-Verify's
            # main branch corrected one case of the 0.9.0 sdist)
            for row in rows:
                same = (row["source"], row["gold"], row["pred"]) == (source, gold, fmt(pred, wrap))
                if same and row["expected"] != ok and where[0] == row["repo"]:
                    row.update(path=where[1], commit=where[2], expected=ok)
            return
        seen.add(key)
        rows.append(
            {
                "source": source,
                "repo": where[0],
                "path": where[1],
                "commit": where[2],
                "gold": gold,
                "pred": fmt(pred, wrap),
                "expected": ok,
                "split": split_of(source, gold, pred),
            }
        )

    for pred, gold, ok, note in load_mvtests(args.mv_tests):
        path = "tests/" + note.split(":")[0] + ".py"
        add(
            "math-verify",
            ("huggingface/Math-Verify", path, "pypi:math-verify==0.9.0"),
            gold,
            pred,
            ok,
            False,
        )
    for a, b in NEMO_TRUE:
        add("nemo-skills", NEMO, a, b, True, True)
        add("nemo-skills", NEMO, b, a, True, True)
    for a, b in NEMO_FALSE:
        add("nemo-skills", NEMO, a, b, False, True)
        add("nemo-skills", NEMO, b, a, False, True)
    for pairs, ok in ((NEMO_NEW_TRUE, True), (NEMO_NEW_FALSE, False)):
        for a, b in pairs:
            add("nemo-skills", NEMO_NEW, a, b, ok, True)
            add("nemo-skills", NEMO_NEW, b, a, ok, True)
    for gold, pred, ok in MARIO_CASES:
        add("mario-eval", MARIO, gold, pred, ok, True)
    for gold, pred in VERL_TRUE:
        add("verl", VERL, gold, pred, True, True)
    for pred, gold, ok in QWEN_CASES:
        add("qwen2.5-math", QWEN, gold, pred, ok, True)
    for gold, pred, ok in LMEVAL_RESPONSES:
        add("lm-eval-harness", LMEVAL, gold, pred, ok, False)
    for pred, gold, ok in LMEVAL_EQUIV:
        add("lm-eval-harness", LMEVAL, gold, pred, ok, True)
    for gold, pred, ok in MV_MIXED_CASES:
        add("math-verify", MV_MIXED, gold, pred, ok, False)
    for source, where, gold, pred, ok, wrap in rl_suite_cases():
        add(source, where, gold, pred, ok, wrap)
    for cases in (suite_cases_a, suite_cases_b, suite_cases_c):
        for source, where, gold, pred, ok, wrap in cases():
            add(source, where, gold, pred, ok, wrap)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = {}
    for r in rows:
        by.setdefault((r["source"], r["split"]), 0)
        by[(r["source"], r["split"])] += 1
    print(f"{len(rows)} cases -> {args.out}: {by}")


if __name__ == "__main__":
    main()
