"""Content hashes that identify rows, prompts and generations (stable across runs and machines)."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def stable_hash(*parts: Any, size: int = 8) -> str:
    h = hashlib.blake2b(digest_size=size)
    for p in parts:
        b = (
            p.encode("utf-8", "surrogatepass")
            if isinstance(p, str)
            else json.dumps(p, sort_keys=True, ensure_ascii=False, default=str).encode()
        )
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()
