"""The answer-equivalence sets of `bench/judges.py`, loaded as (response, reference, label, note)
cases: the tune / held-out halves of bench/data/equiv_cases.jsonl, the issue-thread cases, and
the fresh sets, each collected after the last and measured once (fresh3 as one list, fresh4 to
fresh7 one list per repository). Every set drops the (gold, prediction) pairs of every earlier
set, so a pair is evaluated once, in the first set that holds it.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Case = tuple[str, str, bool, str]  # response, reference, label, note


def load_equiv(split: str = "heldout") -> dict[str, list[Case]]:
    """Cases of bench/data/equiv_cases.jsonl (see bench/collect_equiv.py), one list per source."""
    out: dict[str, list[Case]] = {}
    path = ROOT / "bench" / "data" / "equiv_cases.jsonl"
    for line in path.open():
        r = json.loads(line)
        if split != "all" and r["split"] != split:
            continue
        note = f"{r['source']}:{r['path']}"
        out.setdefault(r["source"], []).append((r["pred"], r["gold"], bool(r["expected"]), note))
    return out


def _pair_key(gold: str, pred: str) -> frozenset[str]:
    return frozenset(re.sub(r"\\boxed\{(.*)\}$", r"\1", x).strip().strip("$") for x in (gold, pred))


def _collected(cases: list[dict[str, object]], seen: set[frozenset[str]], where: str) -> list[Case]:
    """Cases of a collected module (dicts with gold, pred, wrap, expected, repo and `where`) not
    in `seen` (pairs already evaluated elsewhere), each pair once."""
    out: list[Case] = []
    for c in cases:
        gold, pred = str(c["gold"]), str(c["pred"])
        key = _pair_key(gold, pred)
        if key in seen:
            continue
        seen.add(key)
        shown = f"\\boxed{{{pred}}}" if c["wrap"] else pred
        out.append((shown, gold, bool(c["expected"]), f"{c['repo']}#{c[where]}"))
    return out


def _seen_pairs() -> set[frozenset[str]]:
    seen = set()
    for line in (ROOT / "bench" / "data" / "equiv_cases.jsonl").open():
        r = json.loads(line)
        seen.add(_pair_key(r["gold"], r["pred"]))
    return seen


def _issue_cases() -> list[dict[str, object]]:
    from bench.equiv_issues_a import CASES as A
    from bench.equiv_issues_a import OVERLAP_INDICES
    from bench.equiv_issues_b import CASES as B

    return [*(c for k, c in enumerate(A) if k not in OVERLAP_INDICES), *B]


def load_issues() -> list[Case]:
    """Cases of bench/equiv_issues_a.py / _b.py (grader bug reports in GitHub issue and PR
    threads), less those already in equiv_cases.jsonl."""
    return _collected(_issue_cases(), _seen_pairs(), "thread")


def load_fresh3() -> list[Case]:
    """Cases of bench/equiv_fresh3_a.py / _c.py / _b.py (more projects' test suites, collected
    after every rule change of stop 22 and read once), less the pairs of equiv_cases.jsonl and
    of the issue-thread sets."""
    from bench.equiv_fresh3_a import CASES as A
    from bench.equiv_fresh3_b import CASES as B
    from bench.equiv_fresh3_c import CASES as C

    seen = _seen_pairs() | {_pair_key(str(c["gold"]), str(c["pred"])) for c in _issue_cases()}
    return _collected([*A, *C, *B], seen, "where")


def _fresh4_cases() -> list[dict[str, object]]:
    path = ROOT / "bench" / "data" / "equiv_fresh4.jsonl"
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def _module_cases(prefix: str) -> list[dict[str, object]]:
    """CASES of every bench/{prefix}_*.py module, in file-name order."""
    out: list[dict[str, object]] = []
    for path in sorted((ROOT / "bench").glob(f"{prefix}_*.py")):
        out.extend(importlib.import_module(f"bench.{path.stem}").CASES)
    return out


def _by_repo(
    cases: list[dict[str, object]], earlier: list[dict[str, object]]
) -> dict[str, list[Case]]:
    seen = _seen_pairs() | {_pair_key(str(c["gold"]), str(c["pred"])) for c in earlier}
    out: dict[str, list[Case]] = {}
    for case in _collected(cases, seen, "where"):
        out.setdefault(case[3].split("#", 1)[0], []).append(case)
    return out


def _set_cases(name: str) -> list[dict[str, object]]:
    """The collected cases of one fresh set (fresh4 is data, the others are modules)."""
    return _fresh4_cases() if name == "fresh4" else _module_cases(f"equiv_{name}")


FRESH_ORDER = (
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
)


def load_fresh(name: str) -> dict[str, list[Case]]:
    """Cases of fresh set `name` (fresh4: bench/data/equiv_fresh4.jsonl, sources in
    equiv_fresh4.md; fresh5-7: bench/equiv_freshN_*.py, sources in their docstrings; each
    collected by helpers who never ran the judge and measured once before its misses were read),
    less the pairs of the issue threads and of every earlier fresh set, one list per repository."""
    earlier = [*_issue_cases()]
    for prior in FRESH_ORDER[: FRESH_ORDER.index(name)]:
        earlier.extend(_set_cases(prior))
    return _by_repo(_set_cases(name), earlier)


def _loader(name: str) -> Callable[[], dict[str, list[Case]]]:
    return lambda: load_fresh(name)


FRESH = {name: _loader(name) for name in FRESH_ORDER[1:]}
