#!/usr/bin/env python3
"""Build curate/lang/data/en_words.txt.gz, the general English lexicon of `curate.lang.lexicon`.

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), size 50, as Debian's
`wamerican` 2020.12.07-2 (/usr/share/dict/american-english: american-words 10-50, upper and
proper names 50, abbreviations 10). Licence: permissive (SCOWL's own notice, kept beside the
list as curate/lang/data/SCOWL-COPYRIGHT). A general dictionary of English, chosen with no
look at any trace or shared data set.

Kept: lowercase entries (capitalised ones are names), letters only, and the stem before the
apostrophe of contractions (`didn't` → `didn`: the cleaner cuts `'t`). Accented entries
(`café`) are kept as written.

    apt-get download wamerican && dpkg-deb -x wamerican_*.deb /tmp/wam
    python bench/make_en_lexicon.py /tmp/wam/usr/share/dict/american-english
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "curate" / "lang" / "data" / "en_words.txt.gz"


def build(lines: list[str]) -> list[str]:
    words: set[str] = set()
    for line in lines:
        w = line.strip()
        if not w or not w[:1].islower():
            continue
        if "'" in w:
            stem, _, tail = w.partition("'")
            if tail == "s":
                continue  # possessives: the stem is an entry of its own
            w = stem
        if w.isalpha():
            words.add(w)
    return sorted(words)


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english")
    words = build(src.read_text(encoding="utf-8").splitlines())
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
