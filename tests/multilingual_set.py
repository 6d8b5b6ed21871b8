"""A labelled, deterministic accuracy set for the `mixed_language` filter (and its report).

Built from ../shared/data only (never downloaded):
  * multilingual/lingua_sentences_{ar,de,en,es,fr,hi,ja,ko,ru,zh}.txt — real sentences;
  * multilingual/olymmath_{EN,ZH}-*.jsonl — parallel olympiad problems (English / Chinese);
  * math500_test.jsonl — solutions full of LaTeX, [asy] drawings, align environments.

Kinds (`Case.kind`):
  clean:<lang>      single-language reasoning in <lang> with inline math (en-math: a MATH-500
                    solution in an R1 wrapper, nothing else — must never be flagged);
  mixed:<t>+<f>     a <t> trace with one <f> sentence (≥ 25 characters, ≥ 10 for CJK) inserted
                    at a sentence boundary: CJK–Latin, same-script Latin (en–es/de/fr…),
                    Cyrillic/Arabic/Devanagari, CJK–CJK (zh+ja, ja+zh);
  phrase:<t>+<f>    stress: only 2–4 words of a foreign sentence (reported, not in the floor);
  word:<t>+<f>      stress: a single foreign word (reported; expected to be missed for Latin).

Run `python tests/multilingual_set.py` for the precision/recall table by kind.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
LANGS = ["ar", "de", "en", "es", "fr", "hi", "ja", "ko", "ru", "zh"]
CJK = {"zh", "ja", "ko"}

OPENERS = ["Okay, let's see. ", "Alright, so I need to figure this out. ", "Hmm, let me think. "]
MARKERS = ["Wait, ", "Hmm. ", "So, ", "Let me double-check. ", "Okay. ", "Actually, "]
SUMMARY = ["**Final Answer**", "So the final answer is below.", "To summarize:"]
ZH_OPENERS = ["好的，我们来分析这个问题。", "嗯，让我想一想。", "首先，我们读一下题目。"]
ZH_MARKERS = ["等等，", "嗯，", "所以，", "让我再检查一下。", "好的。"]
CORE_PAIRS = [
    # CJK–Latin
    ("en", "zh"), ("en", "ja"), ("en", "ko"), ("zh", "en"), ("ja", "en"), ("ko", "en"),
    # same script (Latin)
    ("en", "es"), ("en", "de"), ("en", "fr"), ("es", "en"), ("de", "en"), ("fr", "en"),
    ("de", "fr"), ("es", "fr"),
    # other scripts
    ("en", "ru"), ("en", "ar"), ("en", "hi"), ("ru", "en"), ("ar", "en"), ("hi", "en"),
    ("zh", "ru"),
    # CJK–CJK
    ("zh", "ja"), ("ja", "zh"), ("zh", "ko"),
]  # fmt: skip
STRESS_PAIRS = [("en", "zh"), ("en", "es"), ("en", "de"), ("en", "fr"), ("en", "ru")]
SENT_END = re.compile(r"[.!?](?=\s)|[。！？]")
# where an insertion must not land: math, Asymptote and environments
PROTECTED = re.compile(
    r"(?<!\\)\$\$?.+?(?<!\\)\$\$?|\\\[.*?\\\]|\\\(.*?\\\)|\[asy\].*?\[/asy\]"
    r"|\\begin\{(\w+\*?)\}.*?\\end\{\1\}",
    re.S,
)
MATH_SPAN = re.compile(r"(?<!\\)\$\$?(.+?)(?<!\\)\$\$?", re.S)  # consumed pairwise, left to right


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    target: str
    mixed: bool
    kind: str
    inserted: str | None = None


def available(data: Path = DATA) -> bool:
    return (data / "math500_test.jsonl").is_file() and (data / "multilingual").is_dir()


def _jsonl(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _load(data: Path) -> tuple[dict[str, list[str]], list[str], list[str], list[str], list[str]]:
    sents: dict[str, list[str]] = {}
    for lang in LANGS:
        p = data / "multilingual" / f"lingua_sentences_{lang}.txt"
        lines = [s.strip() for s in p.read_text(encoding="utf-8").splitlines()]
        sents[lang] = [s for s in lines if len(s) >= (10 if lang in CJK else 25)]
    math = _jsonl(data / "math500_test.jsonl")
    solutions = [r["solution"] for r in math]
    spans = (m.group(0) for s in solutions for m in MATH_SPAN.finditer(s))
    snippets = sorted({m for m in spans if 4 <= len(m) <= 60 and "\n" not in m})
    ml = data / "multilingual"
    en_probs = [r["problem"] for f in sorted(ml.glob("olymmath_EN-*.jsonl")) for r in _jsonl(f)]
    zh_probs = [r["problem"] for f in sorted(ml.glob("olymmath_ZH-*.jsonl")) for r in _jsonl(f)]
    return sents, solutions, snippets, en_probs, zh_probs


class _Builder:
    def __init__(self, data: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sents, self.solutions, self.snippets, self.en_probs, self.zh_probs = _load(data)

    def base(self, lang: str) -> str:
        """A clean single-language reasoning trace in `lang` (as R1 writes it)."""
        r = self.rng
        if lang == "en":
            sol = r.choice(self.solutions)
            prose = " ".join(r.sample(self.sents["en"], 2))
            body = f"{r.choice(OPENERS)}{r.choice(self.en_probs)}\n\n{sol}\n\n{r.choice(MARKERS)}{prose}"
            return (
                f"<think>\n{body}\n</think>\n\n{r.choice(SUMMARY)} $\\boxed{{{r.randint(1, 99)}}}$"
            )
        if lang == "zh":
            parts = [r.choice(ZH_OPENERS), r.choice(self.zh_probs)]
            for s in r.sample(self.sents["zh"], 3):
                parts.append(f"{r.choice(ZH_MARKERS)}{s} {r.choice(self.snippets)}。")
            body = "\n\n".join(parts)
            return f"<think>\n{body}\n</think>\n\n所以答案是 $\\boxed{{{r.randint(1, 99)}}}$。"
        parts = []
        for s in r.sample(self.sents[lang], 5):
            parts.append(f"{s} {r.choice(self.snippets)}")
        body = "\n\n".join(parts)
        return f"<think>\n{body}\n</think>\n\n$\\boxed{{{r.randint(1, 99)}}}$"

    def insert(self, text: str, piece: str) -> str:
        """`piece` spliced in after a sentence end of the reasoning, outside math and code."""
        head, sep, tail = text.partition("</think>")
        shielded = [(m.start(), m.end()) for m in PROTECTED.finditer(head)]
        cuts = [
            m.end()
            for m in SENT_END.finditer(head)
            if not any(a <= m.start() < b for a, b in shielded)
        ]
        c = self.rng.choice(cuts) if cuts else len(head)
        pad = "" if ord(piece[0]) > 0x2E80 else " "
        return head[:c] + pad + piece + " " + head[c:] + sep + tail

    def phrase(self, lang: str, k: int) -> str:
        sent = self.rng.choice(self.sents[lang])
        if lang in CJK and lang != "ko":
            start = self.rng.randrange(0, max(len(sent) - 2 * k, 1))
            return sent[start : start + 2 * k]
        words = [w for w in re.findall(r"[^\W\d_]{3,}", sent)]
        if len(words) < k:
            return " ".join(words) or sent
        start = self.rng.randrange(0, len(words) - k + 1)
        return " ".join(words[start : start + k])


def build_cases(
    seed: int = 0,
    n_math: int = 150,
    n_clean: int = 25,
    n_mixed: int = 25,
    n_stress: int = 20,
    data: Path = DATA,
) -> list[Case]:
    """The labelled set, deterministic for a given seed."""
    b = _Builder(data, seed)
    cases: list[Case] = []
    for i in range(n_math):
        cases.append(Case(f"clean-en-math-{i}", b.base("en"), "en", False, "clean:en-math"))
    for lang in LANGS:
        n = n_clean * (2 if lang in ("en", "zh") else 1)
        for i in range(n):
            cases.append(Case(f"clean-{lang}-{i}", b.base(lang), lang, False, f"clean:{lang}"))
    for t, f in CORE_PAIRS:
        for i in range(n_mixed):
            sent = b.rng.choice(b.sents[f])
            cases.append(
                Case(
                    f"mixed-{t}-{f}-{i}", b.insert(b.base(t), sent), t, True, f"mixed:{t}+{f}", sent
                )
            )
    for t, f in STRESS_PAIRS:
        for i in range(n_stress):
            ph = b.phrase(f, b.rng.randint(2, 4))
            cases.append(
                Case(f"phrase-{t}-{f}-{i}", b.insert(b.base(t), ph), t, True, f"phrase:{t}+{f}", ph)
            )
            w = b.phrase(f, 1)
            cases.append(
                Case(f"word-{t}-{f}-{i}", b.insert(b.base(t), w), t, True, f"word:{t}+{f}", w)
            )
    return cases


def is_core(kind: str) -> bool:
    """Kinds that count towards the accuracy floor (clean and whole-sentence insertions)."""
    return kind.startswith(("clean:", "mixed:"))


def scores(labels: list[bool], preds: list[bool]) -> dict[str, float]:
    tp = sum(p and y for p, y in zip(preds, labels, strict=True))
    fp = sum(p and not y for p, y in zip(preds, labels, strict=True))
    fn = sum(y and not p for p, y in zip(preds, labels, strict=True))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def report(backend: str = "fasttext", threshold: float | None = None) -> None:  # pragma: no cover
    """Print P/R/F1 overall and flag rates by kind (run by hand)."""
    import time
    from collections import defaultdict

    sys.path.insert(0, str(ROOT))
    from curate.filters.mixed_language import MixedLanguageParams

    from curate.lang.identify import LangIdConfig, measure_frame

    th = MixedLanguageParams().threshold if threshold is None else threshold
    cases = build_cases()
    t0 = time.perf_counter()
    rows, _ = measure_frame(
        [c.text for c in cases], [c.target for c in cases], LangIdConfig(backend=backend)
    )  # type: ignore[arg-type]
    dt = time.perf_counter() - t0
    ratios = rows["language_ratio"].to_list()
    preds = [r is not None and r < th for r in ratios]
    core = [i for i, c in enumerate(cases) if is_core(c.kind)]
    s = scores([cases[i].mixed for i in core], [preds[i] for i in core])
    print(f"{len(cases)} cases ({len(core)} core) in {dt:.2f}s, backend={backend}, threshold={th}")
    print(
        "core: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})".format(**s)
    )
    by: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(cases):
        by[c.kind].append(i)
    groups = {
        "CJK-Latin": {"en+zh", "en+ja", "en+ko", "zh+en", "ja+en", "ko+en"},
        "same script (Latin)": {"en+es", "en+de", "en+fr", "es+en", "de+en", "fr+en", "de+fr", "es+fr"},
        "other scripts": {"en+ru", "en+ar", "en+hi", "ru+en", "ar+en", "hi+en", "zh+ru"},
        "CJK-CJK": {"zh+ja", "ja+zh", "zh+ko"},
    }  # fmt: skip
    clean = [i for i in core if not cases[i].mixed]
    for name, pairs in groups.items():
        idx = clean + [i for i in core if cases[i].kind.split(":")[1] in pairs]
        g = scores([cases[i].mixed for i in idx], [preds[i] for i in idx])
        print(f"  {name:20s} P {g['precision']:.3f} R {g['recall']:.3f} F1 {g['f1']:.3f}")
    math = [i for i, c in enumerate(cases) if c.kind == "clean:en-math"]
    print(f"  math-heavy clean: {sum(preds[i] for i in math)} false positives of {len(math)}")
    print(f"{'kind':18s} {'n':>4s} {'flagged':>8s}")
    for kind in sorted(by, key=lambda k: (k.split(":")[0], k)):
        idx = by[kind]
        print(f"{kind:18s} {len(idx):4d} {sum(preds[i] for i in idx) / len(idx):8.3f}")


if __name__ == "__main__":  # pragma: no cover
    report(*(sys.argv[1:2] or ["fasttext"]))
