"""Build bench/data/equiv_cases.jsonl: answer-equivalence cases from other graders' public tests.

    mkdir -p /tmp/mv && cd /tmp/mv && pip download --no-deps --no-binary :all: math-verify==0.9.0 \
        && tar xzf math_verify-0.9.0.tar.gz
    .venv/bin/python bench/collect_equiv.py --mv-tests /tmp/mv/math_verify-0.9.0/tests

Sources (each row keeps `source`, `repo`, `path`, `commit`; all Apache-2.0 / MIT licensed):
- math-verify 0.9.0 (huggingface/Math-Verify, MIT; PyPI sdist `tests/`): every parametrized
  `(gold, pred, expected)` case of the default comparison mode, read with `ast`.
- NeMo-Skills (NVIDIA/NeMo-Skills, Apache-2.0) `tests/test_math_equal.py` @ f9ede7de: its pairs,
  both directions, transcribed below.
- verl (volcengine/verl, Apache-2.0) `tests/utils/reward_score/test_numeric_canonicalization_on_cpu.py`
  @ d69068d2: its boxed `is_equiv` pairs, transcribed below.

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
VERL = (
    "volcengine/verl",
    "tests/utils/reward_score/test_numeric_canonicalization_on_cpu.py",
    "d69068d2a32b985e759049da6f801a039b94b31b",
)
VERL_TRUE = [("033", "33"), ("+033", "33"), ("-0", "0"), ("000", "0")]


def split_of(source: str, gold: str, pred: str) -> str:
    h = hashlib.sha256(f"{source}\x00{gold}\x00{pred}".encode()).digest()
    return "tune" if h[0] % 2 == 0 else "heldout"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mv-tests", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "data" / "equiv_cases.jsonl")
    args = ap.parse_args()
    from bench.judges import load_mvtests

    rows: list[dict[str, object]] = []
    seen: set[tuple[str, str, str]] = set()

    def add(source: str, where: tuple[str, str, str], gold: str, pred: str, ok: bool, wrap: bool):
        key = (source, gold, pred)
        if key in seen:
            return
        seen.add(key)
        rows.append(
            {
                "source": source,
                "repo": where[0],
                "path": where[1],
                "commit": where[2],
                "gold": gold,
                "pred": f"\\boxed{{{pred}}}" if wrap else pred,
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
    for gold, pred in VERL_TRUE:
        add("verl", VERL, gold, pred, True, True)
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
