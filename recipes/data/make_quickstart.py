#!/usr/bin/env python3
"""Write recipes/data/quickstart.jsonl: the sample the quickstart recipe runs on.

300 synthetic math prompts with a reference answer and 4 R1-style candidate responses each
(`<think>…</think>` then a summary with `\\boxed{}`). Deterministic (seeded). Most responses are
well-formed and correct; the rest carry the defects the filters and judges exist for: a wrong
answer, a missing `</think>`, a Chinese sentence in an English chain of thought, a fenced code
block, a very long paragraph, a looping tail, or a truncation (`finish_reason == "length"`).
A few rows are broken on purpose (a null prompt, an empty response list) to show the quarantine.

Usage: python recipes/data/make_quickstart.py [--n 300] [--seed 7] [--out recipes/data/quickstart.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from fractions import Fraction
from pathlib import Path

OPENERS = [
    "Okay, let's see.",
    "Alright, so I need to work this out.",
    "Hmm, let me think about this carefully.",
    "Okay, so the problem is asking for this.",
]
CHECKS = [
    "Wait, let me double-check that.",
    "Let me verify this another way.",
    "Hmm, is that right? Let me recompute.",
    "Actually, let me make sure I didn't make an arithmetic slip.",
]
FOREIGN = [
    "我们需要再仔细检查一下这个计算。",
    "所以答案应该是这个数。",
    "让我重新验证一下这个结果。",
]
LEADS = ["**Final Answer**", "So the final answer is:", "Putting it together:", "Therefore:"]


def latex(x: Fraction) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    sign = "-" if x < 0 else ""
    return f"{sign}\\frac{{{abs(x.numerator)}}}{{{x.denominator}}}"


def make_problem(rng: random.Random) -> tuple[str, Fraction, list[str]]:
    kind = rng.choice(["mul", "frac", "linear", "percent", "sum"])
    if kind == "mul":
        a, b = rng.randint(12, 99), rng.randint(12, 99)
        return (
            f"What is ${a} \\times {b}$?",
            Fraction(a * b),
            [
                f"I need {a} times {b}.",
                f"{a} \\times {b} = {a} \\times {b // 10 * 10} + {a} \\times {b % 10} = {a * (b // 10 * 10)} + {a * (b % 10)}.",
                f"That gives {a * b}.",
            ],
        )
    if kind == "frac":
        p, q = rng.randint(2, 40), rng.randint(2, 40)
        k = rng.randint(2, 9)
        ans = Fraction(p, q)
        return (
            f"Simplify the fraction $\\frac{{{p * k}}}{{{q * k}}}$.",
            ans,
            [
                f"The numerator is {p * k} and the denominator is {q * k}.",
                f"Both share the factor {k * (p // ans.numerator)}, so dividing gives ${latex(ans)}$.",
            ],
        )
    if kind == "linear":
        a, x, b = rng.randint(2, 9), rng.randint(-20, 20), rng.randint(1, 50)
        c = a * x + b
        return (
            f"Solve for $x$: ${a}x + {b} = {c}$.",
            Fraction(x),
            [
                f"Subtract {b} from both sides: ${a}x = {c - b}$.",
                f"Divide by {a}: $x = {c - b}/{a} = {x}$.",
            ],
        )
    if kind == "percent":
        p, n = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 75]), rng.randint(2, 60) * 4
        ans = Fraction(p * n, 100)
        return (
            f"What is ${p}\\%$ of ${n}$?",
            ans,
            [
                f"{p}% means {p}/100.",
                f"So the value is $\\frac{{{p}}}{{100}} \\cdot {n} = {latex(ans)}$.",
            ],
        )
    n = rng.randint(5, 150)
    return (
        f"What is the sum of the first ${n}$ positive integers?",
        Fraction(n * (n + 1), 2),
        [
            "The formula is $\\frac{n(n+1)}{2}$.",
            f"With $n = {n}$: $\\frac{{{n} \\cdot {n + 1}}}{{2}} = {n * (n + 1) // 2}$.",
        ],
    )


def response(
    rng: random.Random, steps: list[str], answer: Fraction, defect: str | None
) -> tuple[str, str]:
    shown = answer + rng.choice([1, -1, 2, Fraction(1, 2)]) if defect == "wrong" else answer
    paras = [
        rng.choice(OPENERS) + " " + steps[0],
        *steps[1:],
        rng.choice(CHECKS) + " " + steps[-1] + " Yes, that holds.",
    ]
    finish = "stop"
    if defect == "mixed":
        paras.insert(rng.randint(1, len(paras)), rng.choice(FOREIGN) + " " + steps[-1])
    elif defect == "code":
        paras.insert(
            1, "Let me check with code:\n\n```python\nprint(" + str(float(answer)) + ")\n```"
        )
    elif defect == "long":
        filler = " ".join(rng.choice(CHECKS) + " " + rng.choice(steps) for _ in range(40))
        paras.insert(1, filler)
    elif defect == "loop":
        paras.append("\n".join(["Let me recompute the value again."] * 60))
    reasoning = "\n\n".join(paras)
    summary = f"{rng.choice(LEADS)}\n\n$\\boxed{{{latex(shown)}}}$"
    if defect == "no_close":
        return f"<think>\n{reasoning}\n\n{summary}", finish
    if defect == "truncated":
        cut = reasoning[: max(20, len(reasoning) * 2 // 3)]
        return f"<think>\n{cut}", "length"
    return f"<think>\n{reasoning}\n</think>\n\n{summary}", finish


DEFECTS = [
    (None, 0.55),
    ("wrong", 0.22),
    ("no_close", 0.04),
    ("mixed", 0.05),
    ("code", 0.04),
    ("long", 0.04),
    ("loop", 0.03),
    ("truncated", 0.03),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--samples", type=int, default=4)
    ap.add_argument("--out", default=str(Path(__file__).with_name("quickstart.jsonl")))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    kinds, weights = zip(*DEFECTS, strict=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i in range(args.n):
            problem, answer, steps = make_problem(rng)
            outs = [
                response(rng, steps, answer, rng.choices(kinds, weights)[0])
                for _ in range(args.samples)
            ]
            row = {
                "id": f"qs-{i:04d}",
                "problem": problem,
                "answer": latex(answer),
                "subject": "arithmetic",
                "responses": [o[0] for o in outs],
                "finish_reasons": [o[1] for o in outs],
            }
            if i == 17:
                row["problem"] = None  # broken on purpose: quarantined as null_prompt
            if i == 42:
                row["responses"], row["finish_reasons"] = [], []  # quarantined as no_completions
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
