"""`llm`: a generative reward model — a judge model compares the response with the reference.

As in DeepSeek-R1 (DeepSeek-V3 judging reference vs prediction for what rules cannot check):
the judge model gets the problem, the reference answer and the response's *final part* — the
summary after `</think>` by default (`send`: the summary, the extracted answer, both, or the
whole completion, opt-in: the chain of thought is long and distracting) — in a template that
fences each text in its own block (`curate.judges.llm.template`), and ends its reply with
`Verdict: CORRECT|INCORRECT`, read by a robust parser (`curate.judges.llm.parse`: variations,
`\\boxed{correct}`, JSON, a last-line yes/no; a verdict quoted from the response, contradictory
verdicts or none at all are `unknown`, never a guess).

It runs on any generation backend (`backend: {name: openai|vllm|transformers, model, options}`,
options validated as `generate.options`); all rows of a batch go to the backend in one batched
call, identical prompts once (samples of a prompt often share a summary). Replies are cached by
content (judge model, sampling, template, inputs → raw reply; the verdict is re-parsed from it):
in-process, and in the run store (`RUN/generations/llm-judge-<hash>/`, which survives
`--force`) when the pipeline hands the judge its run directory, or in `cache_dir` when given —
so a rerun, a changed filter or threshold never asks the judge model again.

Typical use, after rule judges: `judges: [math, {llm: {backend: ..., when: unknown}}]` (only
the rows `math` could not decide) or `when: disagree` (audit `math`'s decisions: see
`curate.judges.base.JudgeParams`).

Columns: `<column>_verdict` (what the judge model said: correct / incorrect, null when it was
not asked or gave no verdict), `<column>_raw` (its raw reply), `<column>_cached` (the reply came
from the cache); `pred_answer` is the extracted final answer. Reason codes. correct:
`judged_correct`. incorrect: `judged_incorrect`, and without asking: `no_completion`,
`no_answer` (empty summary), `unterminated_reasoning`, `truncated` (cut by the token limit
inside the reasoning). unknown: `no_reference`, `unparseable_verdict`, `refused`,
`judge_truncated` (the judge ran out of tokens before a verdict), and the backend's codes
`backend_error`, `prompt_too_long`, `bad_request`, `bad_prompt`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl
from curate.judges.base import CORRECT, INCORRECT, UNKNOWN, Judge, JudgeParams, register
from curate.judges.llm.parse import UNPARSEABLE, parse_grade
from curate.judges.llm.template import (
    SYSTEM_PROMPT,
    TEMPLATE,
    Send,
    check_template,
    looks_inline,
    render,
    response_text,
)
from curate.judges.math import ExtractMethod
from curate.judges.math.extract import DEFAULT_METHODS, extract_from_region, summary_region
from curate.judges.math.reference import reference_answer
from pydantic import Field, model_validator

from curate.backends.base import BACKEND_ERROR
from curate.backends.chat import ChatBackend, Messages, Reply, ReplyCache, backend_problems
from curate.errors import StageError
from curate.fs import as_path
from curate.hashing import stable_hash
from curate.plugin import Params

NO_QUESTION = "(no problem statement was given)"


class LLMBackendConfig(Params):
    """The judge model: a generation backend, as in the `generate` section."""

    name: str = "openai"
    """A registered backend: `openai` (any OpenAI-compatible server), `vllm`, `transformers`."""
    model: str
    """The judge model: a name the server knows, or a local folder (relative to the recipe)."""
    options: dict[str, Any] = Field(default_factory=dict)
    """The backend's own options, validated as `generate.options` are (openai: `base_url`,
    `max_in_flight`, `api_key_env`, …; vllm: `dtype`, `max_model_len`, …)."""

    @model_validator(mode="after")
    def _check(self) -> LLMBackendConfig:
        problems = backend_problems(self.name, self.options)
        if problems:
            raise ValueError("; ".join(problems))
        return self


class LLMParams(JudgeParams):
    backend: LLMBackendConfig
    """The judge model and the backend that runs it: `{name: openai, model: M, options: {...}}`."""
    template: str | None = None
    """The grading prompt: a file (relative to the recipe) or the text itself (recognised by a
    `{response}`, `{summary}` or `{answer}` field); it needs `{reference}`, may use `{question}`.
    Default: a built-in template fencing each text in its own tag, ending `Verdict: ...`."""
    system_prompt: str | None = SYSTEM_PROMPT
    """System message of the judge (null: none)."""
    send: Send = "summary"
    """What `{response}` holds: `summary` (after `</think>`), `answer` (the extracted final
    answer; the summary when none is found), `both`, or `full` (the whole completion: opt-in)."""
    reference: Literal["full", "answer"] = "full"
    """What `{reference}` holds: the reference as given, or its extracted final answer (the
    whole reference when none is found)."""
    max_chars: int = Field(default=8000, gt=100)
    """Longest text put in one field; longer ones lose their middle (marked), never their end."""
    think_close: str = "</think>"
    """Tag that ends the reasoning; the summary is the text after it."""
    think_open: str = "<think>"
    """Tag that opens the reasoning (tells unfinished reasoning from an untagged answer)."""
    missing_close: Literal["untagged_whole", "whole", "none"] = "untagged_whole"
    """Without `think_close`: `untagged_whole` reads the whole response when it has no
    `think_open` either; `whole` always; `none` never (the row is `unterminated_reasoning`)."""
    extract: tuple[ExtractMethod, ...] = DEFAULT_METHODS  # type: ignore[assignment]
    """How `pred_answer` (and `send: answer`) is extracted, as in the `math` judge."""
    max_tokens: int = Field(default=1024, gt=0)
    """Most tokens the judge may write (raise it for judges that reason before the verdict)."""
    temperature: float = Field(default=0.0, ge=0)
    """Judge sampling temperature (0: greedy)."""
    seed: int = 0
    """Seed sent with every judge request."""
    cache: bool = True
    """Keep replies on disk: in `cache_dir`, else in the run store when run by the pipeline."""
    cache_dir: str | None = None
    """A folder (relative to the recipe) to keep replies in across runs
    (`<cache_dir>/generations/llm-judge-<hash>/`); default: the run directory."""
    max_error_rate: float = Field(default=1.0, ge=0, le=1)
    """Fraction of a batch's judge requests that may fail with `backend_error` (those rows are
    `unknown`); above it the judge raises and the shard aborts (resumable: the replies already
    received are cached)."""
    column: str = Field(default="llm", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    """Prefix of the extra columns (`llm_verdict`, `llm_raw`, `llm_cached`)."""

    @model_validator(mode="after")
    def _inline_template(self) -> LLMParams:
        if self.template is not None and looks_inline(self.template):
            problem = check_template(self.template)
            if problem:
                raise ValueError(f"template: {problem}")
        return self


Row = tuple[str, float | None, str | None, str, str | None, str | None, bool]
# verdict, score, pred_answer, reason, llm_verdict, raw, cached


def question_text(prompt: Any) -> str:
    """The problem: a text prompt, or the user turns of a chat (all turns when there are none)."""
    if isinstance(prompt, list):
        turns = [m for m in prompt if isinstance(m, dict)]
        users = [m for m in turns if m.get("role") == "user"] or turns
        return "\n\n".join(str(m.get("content") or "") for m in users)
    return "" if prompt is None else str(prompt)


@register("llm")
class LLMJudge(Judge[LLMParams]):
    """A judge model compares the response's final answer with the reference (R1's generative RM)."""

    Params: ClassVar[type[LLMParams]] = LLMParams

    def __init__(self, params: LLMParams | None = None, **kwargs: Any) -> None:
        super().__init__(params, **kwargs)
        self.base_dir: Path | None = None  # the recipe's folder (set when built from a recipe)
        self.run_dir: Path | None = None  # the run store (set by the pipeline): replies kept there
        self.key_path = "llm"  # where it sits in the recipe, e.g. judges[0].llm (set by the loader)
        self._chat: ChatBackend | None = None
        self._cache: ReplyCache | None = None
        self._template: str | None = None

    # --- set-up (lazy: base_dir and run_dir are set after construction) ------------------------
    @property
    def chat(self) -> ChatBackend:
        if self._chat is None:
            p: LLMParams = self.params
            self._chat = ChatBackend(
                p.backend.name,
                p.backend.model,
                options=p.backend.options,
                base_dir=self.base_dir,
                max_tokens=p.max_tokens,
                temperature=p.temperature,
                seed=p.seed,
                where=f"{self.key_path}.backend.model",
            )
        return self._chat

    def _resolve(self, name: str) -> Path:
        path = Path(name).expanduser()
        if path.is_absolute() or self.base_dir is None:
            return path
        return self.base_dir / path

    @property
    def cache(self) -> ReplyCache:
        if self._cache is None:
            p: LLMParams = self.params
            describe = {"judge": "llm", **self.chat.describe()}
            key = f"llm-judge-{stable_hash('llm-judge', describe)}"
            directory: Path | None = None
            if p.cache and p.cache_dir is not None:
                directory = self._resolve(p.cache_dir)
            elif p.cache and self.run_dir is not None:
                directory = as_path(str(self.run_dir))  # a local path or an fsspec URL
            self._cache = ReplyCache(key, describe, directory)
        return self._cache

    def template(self) -> str:
        if self._template is None:
            t = self.params.template
            if t is None:
                text = TEMPLATE
            elif looks_inline(t):
                text = t
            else:
                path = self._resolve(t)
                if not path.is_file():
                    raise ValueError(f"llm.template: no template file at {path}")
                text = path.read_text(encoding="utf-8")
                problem = check_template(text)
                if problem:
                    raise ValueError(f"llm.template: {path}: {problem}")
            self._template = text
        return self._template

    def close(self) -> None:
        """Flush the cache and release the judge model."""
        if self._cache is not None:
            self._cache.flush()
        if self._chat is not None:
            self._chat.close()

    # --- one row ---------------------------------------------------------------------------------
    def messages(
        self, prompt: Any, reference: str, completion: str
    ) -> tuple[Messages, str | None] | str:
        """The conversation the judge model gets for one row and the extracted answer, or the
        reason code of a row that has nothing to judge (`unterminated_reasoning`, `no_answer`)."""
        p: LLMParams = self.params
        region = summary_region(completion, p.think_close, p.think_open, p.missing_close)
        if region is None:
            return "unterminated_reasoning"
        summary = region.strip()
        if not summary:
            return "no_answer"
        answer = extract_from_region(summary, p.extract).answer
        ref = reference
        if p.reference == "answer":
            ref = reference_answer(reference) or reference
        values = {
            "question": question_text(prompt).strip() or NO_QUESTION,
            "reference": ref.strip(),
            "response": response_text(p.send, summary, answer, completion).strip(),
            "summary": summary,
            "answer": answer if answer is not None else "",
        }
        msgs = [{"role": "system", "content": p.system_prompt}] if p.system_prompt else []
        msgs.append({"role": "user", "content": render(self.template(), values, p.max_chars)})
        return msgs, answer

    def _decide(self, reply: Reply) -> tuple[str, str, str | None]:
        """(verdict, reason, the judge model's verdict) of one reply."""
        if not reply.ok:
            return UNKNOWN, reply.error or BACKEND_ERROR, None
        parsed = parse_grade(reply.text)
        if parsed.verdict is None:
            reason = parsed.reason or UNPARSEABLE
            if reason == UNPARSEABLE and reply.finish_reason == "length":
                reason = "judge_truncated"
            return UNKNOWN, reason, None
        if parsed.verdict == CORRECT:
            return CORRECT, "judged_correct", CORRECT
        return INCORRECT, "judged_incorrect", INCORRECT

    # --- a batch ---------------------------------------------------------------------------------
    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:
        n = batch.height
        col = batch.get_column
        comps = col("completion").to_list() if "completion" in batch.columns else [None] * n
        refs = col("reference").to_list() if "reference" in batch.columns else [None] * n
        prompts = col("prompt").to_list() if "prompt" in batch.columns else [None] * n
        finish = (
            col("finish_reason").cast(pl.Utf8).to_list()
            if "finish_reason" in batch.columns
            else [None] * n
        )
        rows: list[Row | None] = [None] * n
        preds: list[str | None] = [None] * n
        todo: dict[str, list[int]] = {}
        convs: dict[str, Messages] = {}
        for i, (c, r, q, f) in enumerate(zip(comps, refs, prompts, finish, strict=True)):
            if r is None or not str(r).strip():
                rows[i] = (UNKNOWN, None, None, "no_reference", None, None, False)
                continue
            if c is None or not str(c).strip():
                rows[i] = (INCORRECT, 0.0, None, "no_completion", None, None, False)
                continue
            made = self.messages(q, str(r), str(c))
            if isinstance(made, str):
                reason = "truncated" if f == "length" else made
                rows[i] = (INCORRECT, 0.0, None, reason, None, None, False)
                continue
            msgs, preds[i] = made
            key = self.cache.key(msgs)
            todo.setdefault(key, []).append(i)
            convs[key] = msgs
        replies = self._ask(convs) if convs else {}
        for key, idxs in todo.items():
            reply = replies[key]
            verdict, reason, said = self._decide(reply)
            score = 1.0 if verdict == CORRECT else 0.0 if verdict == INCORRECT else None
            for i in idxs:
                rows[i] = (verdict, score, preds[i], reason, said, reply.text, reply.cached)
        return self._frame([r for r in rows if r is not None])

    def _ask(self, convs: dict[str, Messages]) -> dict[str, Reply]:
        """Replies for every key: from the cache, the rest from the backend in one batch."""
        p: LLMParams = self.params
        cache = self.cache
        found = cache.get(list(convs))
        missing = [k for k in convs if k not in found]
        if not missing:
            return found
        try:
            replies = self.chat.complete(
                [convs[k] for k in missing],
                on_reply=lambda j, r: cache.put(missing[j], r, p.seed),
            )
        finally:
            cache.flush()  # what was answered survives an error or Ctrl-C
        failed = [r for r in replies if r.error == BACKEND_ERROR]
        if len(failed) > p.max_error_rate * len(missing):
            raise StageError(
                f"llm judge: {len(failed)} of {len(missing)} judge requests failed "
                f"({failed[0].detail}); above max_error_rate={p.max_error_rate}. The replies "
                "received are cached; rerun to resume"
            )
        found.update(zip(missing, replies, strict=True))
        return found

    def _frame(self, rows: list[Row]) -> pl.DataFrame:
        c = self.params.column
        cols: list[Any] = list(zip(*rows, strict=True)) if rows else [[] for _ in range(7)]
        return pl.DataFrame(
            {
                "verdict": list(cols[0]),
                "score": list(cols[1]),
                "pred_answer": list(cols[2]),
                "judge_reason": list(cols[3]),
                f"{c}_verdict": list(cols[4]),
                f"{c}_raw": list(cols[5]),
                f"{c}_cached": list(cols[6]),
            },
            schema={
                "verdict": pl.Utf8,
                "score": pl.Float64,
                "pred_answer": pl.Utf8,
                "judge_reason": pl.Utf8,
                f"{c}_verdict": pl.Utf8,
                f"{c}_raw": pl.Utf8,
                f"{c}_cached": pl.Boolean,
            },
        )
