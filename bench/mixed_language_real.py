#!/usr/bin/env python3
"""`mixed_language` on real R1-distill and QwQ traces (bench/data/r1_traces.jsonl.gz).

    python bench/mixed_language_real.py                 # both halves, default params
    python bench/mixed_language_real.py --half B --show # the report half, print every drop
    python bench/mixed_language_real.py --json
    python bench/mixed_language_real.py --sentences ud  # de/es/fr from UD treebanks instead

Three sets per half (a trace's half is fixed by a hash of its id: A tunes, B reports):
  * `real`: the traces as generated (2,140 in all; every prompt is English), filtered with the
    recipe default `target: auto`. Every drop there is read by hand: precision per reason.
  * `sentence`: each trace with one foreign sentence (from ../shared/data/multilingual,
    de es fr ru zh ja ko ar hi in turn) put at the start of one of its prose paragraphs.
  * `phrase`: each trace with a foreign phrase (3-5 consecutive words of such a sentence, two
    of them lowercase at least, since names carry no language; 4-8 characters of a Chinese or
    Japanese one) put between two words of one of its prose sentences, with no punctuation.
Recall = share of inserted traces dropped with reason `mixed_language`; false drops = drops
among `real`. CPU time is process time, one thread.

`--sentences ud` takes the German, Spanish and French sentences from bench/data/
ud_sentences_{de,es,fr}.txt instead (400 each, the first sentences of 20+ characters of the
UD GSD treebanks' test splits; see bench/data/README.md): the shared Spanish file has its
non-ASCII letters deleted ("educacin", "tena"), so its words are not real Spanish. The other
languages come from the shared files either way.
"""

from __future__ import annotations

import os

os.environ["POLARS_MAX_THREADS"] = "1"
os.environ["OMP_NUM_THREADS"] = "1"

import argparse
import gzip
import hashlib
import json
import random
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "r1_traces.jsonl.gz"
MULTI = ROOT.parent / "shared" / "data" / "multilingual"
LANGS = ["de", "es", "fr", "ru", "zh", "ja", "ko", "ar", "hi"]
UNSPACED = {"zh", "ja"}
# a prose paragraph: starts with a capital letter, no math or code markers in it
_PARA = re.compile(r"(?:^|\n\n)([A-Z][^\n$\\`]{60,})(?=\n|$)")


def load_traces(path: Path = DATA) -> list[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for r in rows:
        r["id"] = f"{r['model']}/{r['dataset']}/{r['index']}"
        r["half"] = "A" if hashlib.sha256(str(r["id"]).encode()).digest()[0] % 2 == 0 else "B"
    return rows


UD = ROOT / "bench" / "data"


def foreign_sentences(source: str = "shared") -> dict[str, list[str]]:
    out = {}
    for lang in LANGS:
        path = MULTI / f"lingua_sentences_{lang}.txt"
        if source == "ud" and lang in ("de", "es", "fr"):
            path = UD / f"ud_sentences_{lang}.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
        out[lang] = [s.strip() for s in lines if len(s.strip()) >= 20]
    return out


def _phrase(sentence: str, lang: str, rng: random.Random) -> str:
    """3-5 consecutive words (4-8 characters for zh/ja) of a foreign sentence, digits left out."""
    if lang in UNSPACED:
        letters = "".join(ch for ch in sentence if ch.isalpha())
        k = rng.randint(4, 8)
        start = rng.randint(0, max(0, len(letters) - k))
        return letters[start : start + k]
    words = [w.strip(".,;:!?()\"'«»“”") for w in sentence.split()]
    words = [w for w in words if w and not any(ch.isdigit() for ch in w)]
    k = min(len(words), rng.randint(3, 5))
    # a phrase, not a list of names: at least two lowercase words (names carry no language)
    starts = [
        i for i in range(max(1, len(words) - k + 1))
        if sum(w[:1].islower() for w in words[i : i + k]) >= 2
    ]  # fmt: skip
    start = rng.choice(starts) if starts else 0
    return " ".join(words[start : start + k])


def insert(text: str, foreign: str, kind: str, rng: random.Random) -> str | None:
    """Put `foreign` at the start of a prose paragraph (`sentence`) or between two words of
    one (`phrase`); None when the reasoning has no prose paragraph."""
    end = text.find("</think>")
    end = len(text) if end < 0 else end
    paras = [m for m in _PARA.finditer(text, 0, end) if len(m.group(1).split()) >= 8]
    if not paras:
        return None
    m = rng.choice(paras)
    start = m.start(1)
    if kind == "sentence":
        return text[:start] + foreign + " " + text[start:]
    gaps = [g.start() for g in re.finditer(r" ", m.group(1))][2:-2] or [m.group(1).find(" ")]
    at = start + rng.choice(gaps)
    return text[:at] + " " + foreign + text[at:]


def build(rows: list[dict[str, object]], seed: int = 0, source: str = "shared") -> pl.DataFrame:
    """The three sets for the given traces: columns id, set, lang, prompt, completion."""
    rng = random.Random(seed)
    sents = foreign_sentences(source)
    out: list[dict[str, object]] = []
    for i, r in enumerate(rows):
        base = {"id": r["id"], "prompt": r["prompt"], "half": r["half"]}
        out.append({**base, "set": "real", "lang": "en", "completion": r["completion"]})
        for j, kind in enumerate(("sentence", "phrase")):
            lang = LANGS[(i + j * 4) % len(LANGS)]
            s = rng.choice(sents[lang])
            foreign = s if kind == "sentence" else _phrase(s, lang, rng)
            text = insert(str(r["completion"]), foreign, kind, rng)
            if text is not None:
                out.append({**base, "set": kind, "lang": lang, "completion": text})
    return pl.DataFrame(out)


def evaluate(
    frame: pl.DataFrame, params: dict[str, object]
) -> tuple[dict[str, object], pl.DataFrame]:
    from curate.registry import FILTERS

    flt = FILTERS.get("mixed_language")(**params)
    frame = frame.with_row_index("row").with_columns(pl.col("row").cast(pl.Utf8).alias("rid"))
    t0 = time.process_time()
    out = flt(frame.rename({"id": "trace", "rid": "id"}))
    cpu = time.process_time() - t0
    rej = out.rejected.rename({"id": "rid", "trace": "id"})
    dropped = dict(zip(rej["rid"].to_list(), rej["reason"].to_list(), strict=True))
    res: dict[str, object] = {"cpu_s": round(cpu, 3), "rows": frame.height}
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for rid, kind, lang in frame.select("rid", "set", "lang").iter_rows():
        hit = dropped.get(rid) == "mixed_language"
        by_lang[f"{kind}:{lang}"]["n"] += 1
        by_lang[f"{kind}:{lang}"]["hit"] += hit
    for kind in ("sentence", "phrase"):
        n = sum(c["n"] for k, c in by_lang.items() if k.startswith(kind + ":"))
        hit = sum(c["hit"] for k, c in by_lang.items() if k.startswith(kind + ":"))
        res[f"{kind}_recall"] = round(hit / n, 4) if n else None
        res[f"{kind}_n"] = n
        res[f"{kind}_by_lang"] = {
            k.split(":")[1]: round(c["hit"] / c["n"], 3)
            for k, c in sorted(by_lang.items())
            if k.startswith(kind + ":")
        }
    real = frame.filter(pl.col("set") == "real")
    real_drops = rej.join(real.select("rid"), on="rid", how="semi")
    res["real_n"] = real.height
    res["real_drops"] = dict(Counter(real_drops["reason"].to_list()))
    return res, real_drops


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["A", "B", "both"], default="both")
    ap.add_argument("--target", default="auto")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--show", action="store_true", help="print every drop among real traces")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--sentences", choices=["shared", "ud"], default="shared", help="de/es/fr sentence source"
    )
    args = ap.parse_args()
    params: dict[str, object] = {"target": args.target}
    if args.threshold is not None:
        params["threshold"] = args.threshold
    rows = load_traces()
    halves = ["A", "B"] if args.half == "both" else [args.half]
    report = {}
    for half in halves:
        frame = build([r for r in rows if r["half"] == half], source=args.sentences)
        res, drops = evaluate(frame, params)
        res["traces_per_cpu_s"] = round(res["rows"] / max(float(res["cpu_s"]), 1e-9))  # type: ignore[arg-type]
        report[half] = res
        if args.show:
            for r in drops.iter_rows(named=True):
                print(f"[{half}] {r['id']} {r['reason']} {r.get('languages')}")
    if args.json:
        print(json.dumps(report, indent=1))
        return
    for half, res in report.items():
        print(f"half {half} ({'tune' if half == 'A' else 'report'}):")
        for k, v in res.items():
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
