"""The `llm` judge: a generative reward model compares the final answer with the reference.

Modules: `template` (the injection-safe grading prompt), `parse` (the verdict parser) and
`judge` (the registered judge). Backend calls and the reply cache are the core's
(`curate.backends.chat`), shared with the pairwise judge of `curate.pairs`.
"""

from curate.judges.llm.judge import LLMBackendConfig, LLMJudge, LLMParams

__all__ = ["LLMBackendConfig", "LLMJudge", "LLMParams"]
