"""Benchmark: curate's `math` judge vs math-verify, accuracy and verifications/s, side by side.

    .venv/bin/python -m pip install math-verify==0.9.0   # baseline only: never a curate dependency
    mkdir -p /tmp/mv && cd /tmp/mv && ../../work/main/.venv/bin/pip download --no-deps \
        --no-binary :all: math-verify && tar xzf math_verify-*.tar.gz   # its test suite
    .venv/bin/python bench/judges.py                       # qwen, gsm8k, math500, equiv (held-out)
    .venv/bin/python bench/judges.py --datasets mvtests --mv-tests /tmp/mv/math_verify-0.9.0/tests

Datasets (from ../shared/data unless --data says otherwise):
- qwen:    Qwen2.5-Math 8-sample responses (800) against `gt`, labels = the set's grader `score`.
- gsm8k:   four models' GSM8K solutions (5,276) against `ground_truth`, labels = `is_correct`.
- math500: MATH-500 gold answers rewritten in equivalent and non-equivalent forms (labels by
           construction), each inside a short R1-style response.
- mvtests: the (gold, pred, expected) cases of math-verify's own test suite (needs --mv-tests).
- issues:  bench/equiv_issues_a.py / _b.py, answer-equivalence cases from grader bug reports in
           GitHub issue and pull-request threads (the verdict settled by a maintainer, a merged
           fix or plain mathematics), less those already in equiv_cases.jsonl; collected after
           the judge's rules were tuned and never used to tune them.
- fresh3 ... fresh120: the fresh sets of `bench/equiv_sets.py` (`FRESH_ORDER`; each set's
           modules, sources and what prompted it are listed in that module's docstring),
           collected by helpers who never ran the judge, each measured once before its misses
           were read (the one run of each is kept in bench/data/fresh_runs/).
- equiv:   bench/data/equiv_cases.jsonl, answer-equivalence cases collected from other graders'
           public test suites of 27 projects (math-verify, NeMo-Skills, MARIO_EVAL, verl,
           Qwen2.5-Math, lm-evaluation-harness, MindSpeed-RL, OpenCompass, rLLM, TRL, open-r1,
           verifiers, NeMo-RL, OpenRLHF, evalscope, SkyRL, AReaL, slime, Hendrycks MATH,
           SkyThought, open-instruct, Eval360, lighteval, strands-env, RM-Gallery, kolibrify,
           inspect_ai; source, path and commit per case; built by
           bench/collect_equiv.py). Rules are tuned on the `tune` half; `--split heldout`
           (the default) reports the other half, one row per source.

Both judges get the same (response, reference) strings (a short bare reference is wrapped in
`$...$` for math-verify, as its README does with gold answers; its own test cases are passed as
its tests write them); math-verify runs
`verify(parse(ref), parse(response))` with its defaults, single process, in the main thread (its timeouts need
signals). curate runs `MathJudge().judge(batch)` with its defaults on the whole dataset (a fresh
judge, cleared memos, the symbolic worker started beforehand). Disagreements with the labels
are printed (`--show N` per dataset) so label noise can be told from judge errors.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.equiv_sets import FRESH, Case, load_equiv, load_fresh3, load_issues  # noqa: E402


def load_qwen(data: Path) -> list[Case]:
    out: list[Case] = []
    for line in (data / "qwen25math_math_cot_100_8samples.jsonl").open():
        r = json.loads(line)
        for resp, s in zip(r["response"], r["score"], strict=True):
            out.append((resp, r["gt"], bool(s), f"qwen#{r['idx']}"))
    return out


def load_gsm8k(data: Path) -> list[Case]:
    out: list[Case] = []
    for k, line in enumerate((data / "gsm8k_example_model_solutions.jsonl").open()):
        r = json.loads(line)
        for m in ("6b_finetuning", "6b_verification", "175b_finetuning", "175b_verification"):
            v = r[m]
            if isinstance(v, str):
                v = ast.literal_eval(v)
            out.append((v["solution"], r["ground_truth"], bool(v["is_correct"]), f"gsm8k#{k}/{m}"))
    return out


# ---- MATH-500 rewrites ---------------------------------------------------------------------
_TEMPLATES = (
    "<think>\nLet me work this out carefully.\n</think>\nTherefore the answer is $\\boxed{{{a}}}$.",
    "<think>\nComputing step by step.\n</think>\n**Final Answer**\n\\[\n\\boxed{{{a}}}\n\\]",
    "We simplify and obtain the result.\n\nFinal Answer: The final answer is ${a}$. I hope it is correct.",
    "<think>ok</think>The answer is \\(\\boxed{{{a}}}\\).",
)


def _frac_parts(a: str) -> tuple[str, int, int] | None:
    m = re.fullmatch(r"(-?)\\[dt]?frac\{(\d+)\}\{(\d+)\}", a.strip())
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def _terminating(q: int) -> bool:
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1


def _rewrites(a: str, rng: random.Random) -> tuple[list[str], list[str]]:
    """(equivalent forms, non-equivalent forms) of a MATH answer; [] where none is known."""
    a = a.strip()
    eq: list[str] = []
    ne: list[str] = []
    if re.fullmatch(r"-?\d+", a):
        n = int(a)
        eq += [f"{n}.0", f"{a}\\text{{ units}}", f"x = {a}", f"\\left({a}\\right)"]
        if abs(n) >= 1000:
            eq.append(f"{n:,}".replace(",", "{,}"))
            eq.append(f"{n:,}")
        ne += [str(n + 1), str(-n) if n else "1", f"{n}.5"] + ([str(n * 10)] if n else [])
    elif (fp := _frac_parts(a)) is not None:
        sign, p, q = fp
        eq += [f"{sign}\\dfrac{{{p}}}{{{q}}}", f"{sign}{p}/{q}", f"\\frac{{{sign}{p}}}{{{q}}}"]
        if _terminating(q):
            from fractions import Fraction

            f = Fraction(p, q)
            dec = f"{float(f):.12g}"
            eq.append(f"{sign}{dec}")
        ne += [
            f"{sign}\\frac{{{p + 1}}}{{{q}}}",
            f"{sign}\\frac{{{q}}}{{{p}}}" if p != q else "2",
            f"{'' if sign else '-'}\\frac{{{p}}}{{{q}}}",
        ]
    elif re.fullmatch(r"-?\d*\.\d+", a):
        eq += [a + "0", ("0" + a) if a.startswith(".") else a, f"{a}\\%" if False else a + " "]
        d = a[-1]
        ne += [a[:-1] + str((int(d) + 1) % 10), str(float(a) * 10)]
    elif a.startswith("(") and a.endswith(")") and "," in a:
        inner = a[1:-1]
        parts = [p.strip() for p in inner.split(",")]
        eq += [f"\\left( {', '.join(parts)} \\right)", "(" + ",".join(parts) + ")"]
        if len(set(parts)) > 1:
            ne.append("(" + ", ".join(reversed(parts)) + ")")
        ne.append("(" + ", ".join([*parts[:-1], parts[-1] + "+1"]) + ")")
    elif (
        "," in a
        and not any(c in a for c in "()[]{}")
        and "\\" not in a
        and not re.fullmatch(r"\d{1,3}(,\d{3})+", a)
    ):
        parts = [p.strip() for p in a.split(",")]
        shuffled = parts[:]
        rng.shuffle(shuffled)
        eq += [", ".join(shuffled), ",".join(parts)]
        ne += [", ".join(parts[:-1]), ", ".join([*parts[:-1], parts[-1] + "+1"])]
    else:
        try:
            import sympy
            from latex2sympy2_extended import latex2sympy
            from latex2sympy2_extended.latex2sympy2 import ConversionConfig

            e = latex2sympy(a, conversion_config=ConversionConfig(lowercase_symbols=False))
            if (
                isinstance(e, sympy.Expr)
                and not isinstance(e, sympy.Symbol)
                and e.is_finite is not False
            ):
                eq.append(sympy.latex(sympy.expand(e)))
                ne.append(sympy.latex(sympy.expand(e + 1)))
                ne.append(sympy.latex(sympy.expand(2 * e)))
        except Exception:
            pass
        if "\\frac" in a:
            eq.append(a.replace("\\frac", "\\dfrac"))
        elif not re.search(r"[,=<>]|\\in|\\le|\\ge|\\pm|\\text|\\\$", a):
            eq.append(f"\\left({a}\\right)")
    return list(dict.fromkeys(x for x in eq if x != a or x)), list(dict.fromkeys(ne))


def load_math500(data: Path, seed: int = 1234) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    for line in (data / "math500_test.jsonl").open():
        r = json.loads(line)
        gold = r["answer"]
        eq, ne = _rewrites(gold, rng)
        for forms, label in ((eq, True), (ne, False)):
            for f in forms:
                t = rng.choice(_TEMPLATES)
                out.append((t.format(a=f), gold, label, f"math500:{r['unique_id']}"))
    return out


def load_mvtests(tests_dir: Path | None) -> list[Case]:
    """(gold, pred, expected) triples from math-verify's test files, read with `ast` (no import)."""
    if tests_dir is None or not tests_dir.is_dir():
        return []
    out: list[Case] = []
    for f in sorted(tests_dir.glob("test_*.py")):
        tree = ast.parse(f.read_text())
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for dec in fn.decorator_list:
                if not (
                    isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize"
                ):
                    continue
                try:
                    names = [n.strip() for n in ast.literal_eval(dec.args[0]).split(",")]
                except Exception:
                    continue
                if not {"gold", "pred"} <= set(names) or not ({"expected", "result"} & set(names)):
                    continue
                exp_key = "expected" if "expected" in names else "result"
                for elt in getattr(dec.args[1], "elts", []):
                    try:
                        vals = dict(zip(names, ast.literal_eval(elt), strict=True))
                    except Exception:
                        continue  # f-strings and computed cases
                    if (
                        vals.get("strict", True) is False
                        or vals.get("allow_set_relation_comp") is False
                    ):
                        continue  # non-default comparison modes
                    out.append(
                        (
                            str(vals["pred"]),
                            str(vals["gold"]),
                            bool(vals[exp_key]),
                            f"{f.stem}:{fn.name}",
                        )
                    )
    return out


# ---- runners -------------------------------------------------------------------------------
def _clear_memos() -> None:
    """Empty every memo of the judge's modules in this process (lru caches keyed by strings)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("curate.judges.math", "judges.math")):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def run_curate(
    cases: list[Case], warm: list[Case] | None = None
) -> tuple[list[str], list[str | None], list[str], float]:
    import polars as pl
    from curate.judges.math import judge as mj
    from curate.judges.math.fast import CompareOptions
    from curate.judges.math.pool import get_pool

    def frame(rows: list[Case]) -> pl.DataFrame:
        return pl.DataFrame({"completion": [c[0] for c in rows], "reference": [c[1] for c in rows]})

    pool = get_pool()
    pool.close()
    pool.run([("1", "1", CompareOptions())], 60)  # start the worker outside the timing
    if warm:  # steady state: the worker and the libraries warmed on other cases, memos emptied
        mj.MathJudge().judge(frame(warm))
    _clear_memos()
    judge = mj.MathJudge()
    df = frame(cases)
    t0 = time.perf_counter()
    out = judge.judge(df)
    dt = time.perf_counter() - t0
    return out["verdict"].to_list(), out["pred_answer"].to_list(), out["judge_reason"].to_list(), dt


def run_math_verify(
    cases: list[Case], wrap_gold: bool = True, warm: list[Case] | None = None
) -> tuple[list[str], list[str | None], list[str], float]:
    from math_verify import parse, verify

    for resp, ref, _, _ in warm or []:  # the same warm-up as curate's, untimed
        try:
            verify(parse(f"${ref}$"), parse(resp))
        except Exception:  # a warm-up only: its errors do not matter here
            continue
    verdicts: list[str] = []
    preds: list[str | None] = []
    reasons: list[str] = []
    t0 = time.perf_counter()
    for resp, ref, _, _ in cases:
        if (
            wrap_gold
            and len(ref) <= 100
            and "\n" not in ref
            and "$" not in ref
            and "\\boxed" not in ref
        ):
            ref = f"${ref}$"  # math-verify's documented use: a bare gold answer as LaTeX math
        try:
            g = parse(ref)
            p = parse(resp)
            ok = verify(g, p)
            preds.append(str(p[-1]) if p else None)
            reasons.append("" if g else "gold_unparsed")
        except Exception as exc:  # its errors are not ours to hide: count them as incorrect
            ok = False
            preds.append(None)
            reasons.append(type(exc).__name__)
        verdicts.append("correct" if ok else "incorrect")
    return verdicts, preds, reasons, time.perf_counter() - t0


def accuracy(verdicts: list[str], cases: list[Case]) -> float:
    return sum((v == "correct") == c[2] for v, c in zip(verdicts, cases, strict=True)) / max(
        1, len(cases)
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument(
        "--mv-tests", type=Path, default=None, help="math-verify's unpacked sdist tests/ folder"
    )
    ap.add_argument("--datasets", default="qwen,gsm8k,math500,equiv")
    ap.add_argument("--split", default="heldout", help="equiv split: heldout, tune or all")
    ap.add_argument("--show", type=int, default=15, help="disagreements printed per dataset")
    ap.add_argument(
        "--warmup",
        type=int,
        default=0,
        help="before each timing, both judges first judge this many cases of the equiv tune half "
        "(untimed; curate's memos are emptied afterwards): a steady-state rate, as in a long run",
    )
    ap.add_argument(
        "--repeat", type=int, default=1, help="time each dataset this many times; report the median"
    )
    args = ap.parse_args()
    try:
        import math_verify  # noqa: F401
    except ImportError:
        sys.exit("math-verify is not installed: .venv/bin/pip install math-verify (benchmark only)")
    loaders = {
        "qwen": lambda: load_qwen(args.data),
        "gsm8k": lambda: load_gsm8k(args.data),
        "math500": lambda: load_math500(args.data),
        "mvtests": lambda: load_mvtests(args.mv_tests),
        "issues": load_issues,
        "fresh3": load_fresh3,
    }
    jobs: list[tuple[str, list[Case]]] = []
    for name in args.datasets.split(","):
        if name == "equiv":
            for src, cs in sorted(load_equiv(args.split).items()):
                jobs.append((f"equiv/{src}", cs))
        elif name in FRESH:
            by_repo = FRESH[name]()
            for src, cs in sorted(by_repo.items()):
                jobs.append((f"{name}/{src}", cs))
        else:
            jobs.append((name, loaders[name]()))
    ap_repeat = max(1, args.repeat)
    warm = [c for cs in load_equiv("tune").values() for c in cs][: args.warmup]
    table = []
    for name, cases in jobs:
        if not cases:
            print(f"[{name}] no cases (missing data or --mv-tests); skipped")
            continue
        cts: list[float] = []
        mts: list[float] = []
        first: list[str] | None = None
        for _ in range(ap_repeat):  # verdicts of every repeat must agree; the median time counts
            cv, cp, cr, ct = run_curate(cases, warm)
            mv, mp, _mr, mt = run_math_verify(
                cases, wrap_gold=name not in ("mvtests", "equiv/math-verify"), warm=warm
            )
            if first is not None and cv != first:
                sys.exit(f"[{name}] curate's verdicts changed between repeats")
            first = cv
            cts.append(ct)
            mts.append(mt)
        ct, mt = statistics.median(cts), statistics.median(mts)
        ca, ma = accuracy(cv, cases), accuracy(mv, cases)
        table.append((name, len(cases), ca, ma, len(cases) / ct, len(cases) / mt))
        print(f"\n[{name}] {len(cases)} cases  curate reasons: {dict(Counter(cr).most_common(12))}")
        shown = 0
        for k, c in enumerate(cases):
            if (cv[k] == "correct") != c[2] and shown < args.show:
                shown += 1
                mv_ok = (mv[k] == "correct") == c[2]
                print(
                    f"  label={c[2]!s:5} curate={cv[k]:9} ({cr[k]}) math-verify {'agrees' if mv_ok else 'also wrong'} "
                    f"| pred={cp[k]!r:.60} ref={c[1]!r:.60} [{c[3]}]"
                )
        only_mv = sum(
            1
            for k, c in enumerate(cases)
            if (mv[k] == "correct") != c[2] and (cv[k] == "correct") == c[2]
        )
        only_cu = sum(
            1
            for k, c in enumerate(cases)
            if (cv[k] == "correct") != c[2] and (mv[k] == "correct") == c[2]
        )
        print(f"  wrong only for curate: {only_cu}; wrong only for math-verify: {only_mv}")
        shown = 0
        for k, c in enumerate(cases):
            if (
                (mv[k] == "correct") != c[2]
                and (cv[k] == "correct") == c[2]
                and shown < args.show // 3
            ):
                shown += 1
                print(
                    f"  math-verify wrong: label={c[2]!s:5} math-verify pred={mp[k]!r:.50}"
                    f" | curate pred={cp[k]!r:.50} ({cr[k]}) ref={c[1]!r:.40} [{c[3]}]"
                )
    print(
        "\n| dataset | n | curate acc | math-verify acc | curate verif/s | math-verify verif/s | speed-up |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, n, ca, ma, cs, ms in table:
        print(f"| {name} | {n} | {ca:.4f} | {ma:.4f} | {cs:,.0f} | {ms:,.0f} | {cs / ms:.1f}x |")
    groups = (("equiv/", f"equiv ({args.split})"), *((f"{f}/", f) for f in FRESH))
    for group, label in groups:
        eq = [row for row in table if row[0].startswith(group)]
        if len(eq) > 1:  # all sources together (weighted by cases), and each source alike
            n_all = sum(row[1] for row in eq)
            ca_all = sum(row[1] * row[2] for row in eq) / n_all
            ma_all = sum(row[1] * row[3] for row in eq) / n_all
            print(f"| {label}, all sources | {n_all} | {ca_all:.4f} | {ma_all:.4f} | | | |")
            ca_mac = sum(row[2] for row in eq) / len(eq)
            ma_mac = sum(row[3] for row in eq) / len(eq)
            print(f"| {label}, mean of {len(eq)} sources | | {ca_mac:.4f} | {ma_mac:.4f} | | | |")


if __name__ == "__main__":
    main()
