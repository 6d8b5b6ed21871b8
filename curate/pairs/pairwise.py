"""Pairwise LLM judging: which of two answers to a prompt is better.

A pairwise judge is any callable `judge_fn(prompt, a, b) -> "A" | "B" | "tie" | None` (None: it
could not say); an object may also offer `compare_many(items)` to judge a whole shard in one
batched call. `BackendPairJudge` is the default implementation over a generation backend
(`curate.registry.BACKENDS`: vllm, openai, transformers, ...): a prompt template, greedy
decoding, and `parse_verdict`, which reads the verdict only from the judge's final answer
(after any `</think>`) and returns None rather than guess. `curate.pairs` asks for both orders
(A, B) and (B, A) of every comparison to cancel position bias.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

from curate.text import THINK_CLOSE, THINK_OPEN

Verdict = Literal["A", "B", "tie"]
JudgeFn = Callable[[Any, str, str], "Verdict | None"]

SYSTEM_PROMPT = (
    "You are an impartial judge. Compare two answers to the same question and decide which one is "
    "better: correct, helpful, harmless, and clear. Do not let the order of the answers, their length "
    "or their style influence you."
)
TEMPLATE = """[Question]
{question}

[Answer A]
{answer_a}

[Answer B]
{answer_b}

Compare the two answers. Explain your reasoning briefly, then end with exactly one final line:
"Verdict: A" if answer A is better, "Verdict: B" if answer B is better, or "Verdict: tie"."""
_FIELDS = re.compile(r"\{(question|answer_a|answer_b)\}")

# verdict markers, strongest first; each finds its LAST occurrence in the final answer
_PATTERNS = [
    re.compile(r"\[\[\s*(A|B|C|tie)\s*\]\]", re.I),  # MT-Bench style [[A]] / [[C]] (tie)
    re.compile(
        r"(?:final\s+)?verdict\s*(?:is)?\s*[:：]?\s*[*_`\"'(\[]*\s*(?:answer\s+)?(A|B|tie)\b", re.I
    ),
    re.compile(
        r"(?:the\s+)?better\s+answer\s+is\s*[:：]?\s*[*_`\"'(\[]*(?:answer\s+)?(A|B)\b", re.I
    ),
    re.compile(r"\\boxed\{\s*(A|B|tie)\s*\}", re.I),
]
_BARE = re.compile(r"^[\s*_`\"'(\[]*(?:answer\s+)?(A|B|tie)[\s*_`\"')\].!]*$", re.I)
_TIE_WORDS = ("tie", "c")


def render(template: str, question: str, a: str, b: str) -> str:
    """Fill `{question}`, `{answer_a}`, `{answer_b}` in one pass (braces in the texts stay as is)."""
    values = {"question": question, "answer_a": a, "answer_b": b}
    return _FIELDS.sub(lambda m: values[m.group(1)], template)


def _norm(tok: str) -> Verdict:
    t = tok.strip().lower()
    return "tie" if t in _TIE_WORDS else ("A" if t == "a" else "B")


def parse_verdict(text: str | None) -> Verdict | None:
    """The verdict of a judge's reply, or None when it gives none (or an unfinished thought).

    Reads only what follows the last `</think>`; a reply that opens `<think>` and never closes it
    has no verdict. The last verdict marker wins (a judge may restate an earlier guess); a
    reply that is just `A`, `B` or `tie` counts too.
    """
    if not text:
        return None
    idx = text.rfind(THINK_CLOSE)
    if idx >= 0:
        text = text[idx + len(THINK_CLOSE) :]
    elif THINK_OPEN in text:
        return None
    text = text.strip()
    if not text:
        return None
    bare = _BARE.match(text)
    if bare:
        return _norm(bare.group(1))
    for pat in _PATTERNS:
        hits = list(pat.finditer(text))
        if hits:
            last = hits[-1]
            # "Verdict: A or B" / "Verdict: A and B": no decision
            tail = text[last.end() : last.end() + 12].lower()
            if re.match(r"\s*(?:or|and|/|,)\s*(?:answer\s+)?[ab]\b", tail):
                return None
            return _norm(last.group(1))
    return None


class Comparer(Protocol):
    def compare_many(self, items: Sequence[tuple[Any, str, str]]) -> list[Verdict | None]: ...


def compare_many(judge: Any, items: Sequence[tuple[Any, str, str]]) -> list[Verdict | None]:
    """Run a judge over (prompt, a, b) items: batched when it can, one call per item otherwise.

    A judge's exception on one item is that item's None (counted as `failed`), not the shard's.
    """
    many = getattr(judge, "compare_many", None)
    if callable(many):
        out = list(many(items))
        if len(out) != len(items):
            raise ValueError(f"pairwise judge returned {len(out)} verdicts for {len(items)} items")
        return [v if v in ("A", "B", "tie") else None for v in out]
    res: list[Verdict | None] = []
    for prompt, a, b in items:
        try:
            v = judge(prompt, a, b)
        except Exception:
            v = None
        res.append(v if v in ("A", "B", "tie") else None)
    return res


class BackendPairJudge:
    """The default pairwise judge: a prompt template over any registered generation backend
    (through `curate.backends.chat.ChatBackend`, shared with the `llm` judge)."""

    def __init__(
        self,
        backend: str,
        model: str,
        *,
        options: dict[str, Any] | None = None,
        template: str | None = None,
        system_prompt: str | None = SYSTEM_PROMPT,
        max_tokens: int = 1024,
        temperature: float = 0.0,
        seed: int = 0,
        base_dir: Path | None = None,
    ) -> None:
        from curate.backends.chat import ChatBackend

        self.chat = ChatBackend(
            backend,
            model,
            options=options,
            base_dir=base_dir,
            max_tokens=max_tokens,
            temperature=temperature,
            seed=seed,
            where="pairs.judge.model",
        )
        self.backend = self.chat.backend
        self.template = template or TEMPLATE
        self.system_prompt = system_prompt
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.seed = seed

    def messages(self, prompt: Any, a: str, b: str) -> list[dict[str, str]]:
        from curate.text import prompt_text

        msgs = [{"role": "system", "content": self.system_prompt}] if self.system_prompt else []
        msgs.append({"role": "user", "content": render(self.template, prompt_text(prompt), a, b)})
        return msgs

    def _as_prompt(self, msgs: list[dict[str, str]]) -> Any:
        return self.chat.as_prompt(msgs)

    def compare_many(self, items: Sequence[tuple[Any, str, str]]) -> list[Verdict | None]:
        if not items:
            return []
        replies = self.chat.complete([self.messages(p, a, b) for p, a, b in items])
        return [parse_verdict(r.text) if r.ok else None for r in replies]

    def __call__(self, prompt: Any, a: str, b: str) -> Verdict | None:
        return self.compare_many([(prompt, a, b)])[0]

    def close(self) -> None:
        self.chat.close()
