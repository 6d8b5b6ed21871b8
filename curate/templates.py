"""Prompt templates: turn a canonical prompt into what a backend is sent.

A template renders each row to either chat messages (a list of {role, content}; the backend
applies the model's own chat template) or plain text (sent as is: a completions-style prompt).

- `chat`: the prompt as the user message, after an optional system prompt (a chat-list prompt
  is kept as it is; the system prompt is added only if it has none).
- `r1_zero`: the DeepSeek-R1-Zero conversation template (plain text, no chat template): the
  model is told to reason inside `<think>` … `</think>` and answer inside `<answer>` … `</answer>`.
- `few_shot_cot`: long chain-of-thought examples read from a JSONL file, as user/assistant turns
  before the prompt.
- `reflect_verify`: asks for a detailed answer with reflection and verification (chat).
- `custom`: a Jinja file in the recipe's folder (sandboxed; see `CustomParams`).
- `rewrite_cold_start`: asks for a readability rewrite of a kept sample (its `completion`) into
  the cold-start layout `TOKEN reasoning TOKEN summary`, in the question's language (chat).
- `non_reasoning`: non-reasoning data (chat): a short-CoT request for the task types routed to
  one (`curate.filters.simple_query.CotRouting`, simple queries never), an identity system prompt.

Template options go under `generate.template_args` and are validated by the template's Params.
A chat-list prompt given to a text template uses its last user message as the question.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field

from curate.errors import RecipeError
from curate.plugin import Params

Messages = list[dict[str, str]]
Rendered = str | Messages

R1_ZERO = (
    "A conversation between User and Assistant. The user asks a question, and the Assistant solves it. "
    "The assistant first thinks about the reasoning process in the mind and then provides the user "
    "with the answer. The reasoning process and answer are enclosed within <think> </think> and "
    "<answer> </answer> tags, respectively, i.e., <think> reasoning process here </think> "
    "<answer> answer here </answer>. User: {prompt}. Assistant:"
)

REFLECT_VERIFY = (
    "{prompt}\n\n"
    "Give a detailed answer. Reason step by step; after reaching a result, reflect on each step "
    "and check it for mistakes, then verify the final result independently (for example by "
    "substituting it back or solving the problem a second way). If the verification fails, "
    "correct the reasoning. Put the final answer within \\boxed{{}}."
)


def question_text(prompt: Any) -> str:
    """The question of a prompt: the string itself, or a chat's last user message."""
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, list):
        for m in reversed(prompt):
            if isinstance(m, dict) and m.get("role") == "user":
                return str(m.get("content") or "")
        if prompt and isinstance(prompt[-1], dict):
            return str(prompt[-1].get("content") or "")
    return "" if prompt is None else str(prompt)


def _as_messages(prompt: Any) -> Messages:
    if isinstance(prompt, list):
        return [{"role": str(m["role"]), "content": str(m["content"])} for m in prompt]
    return [{"role": "user", "content": question_text(prompt)}]


def _with_system(messages: Messages, system: str | None) -> Messages:
    if system and not any(m["role"] == "system" for m in messages):
        return [{"role": "system", "content": system}, *messages]
    return messages


class Template:
    """Base class: `render(row)` gives chat messages or plain text."""

    name: ClassVar[str] = ""
    Params: ClassVar[type[Params]] = Params

    def __init__(self, params: Any, system_prompt: str | None, base_dir: Path) -> None:
        self.params = params
        self.system_prompt = system_prompt
        self.base_dir = base_dir

    def system(self, row: dict[str, Any]) -> str | None:
        """The row's own `system` column when it has one, else `generate.system_prompt`."""
        own = row.get("system")
        return own if isinstance(own, str) and own.strip() else self.system_prompt

    def render(self, row: dict[str, Any]) -> Rendered:  # pragma: no cover - abstract
        raise NotImplementedError


class ChatTemplate(Template):
    """The prompt as the user message (the model's chat template is applied by the backend)."""

    name = "chat"

    def render(self, row: dict[str, Any]) -> Rendered:
        return _with_system(_as_messages(row["prompt"]), self.system(row))


class R1ZeroParams(Params):
    think_prefix: bool = False
    """End the prompt with `<think>` so the model starts inside its reasoning."""


class R1ZeroTemplate(Template):
    """The R1-Zero conversation template (plain text; no chat template)."""

    name = "r1_zero"
    Params = R1ZeroParams

    def render(self, row: dict[str, Any]) -> Rendered:
        text = R1_ZERO.replace("{prompt}", question_text(row["prompt"]).strip())
        return text + " <think>" if self.params.think_prefix else text


class ReflectVerifyParams(Params):
    instruction: str | None = None
    """Replace the built-in instruction; `{prompt}` marks where the question goes."""


class ReflectVerifyTemplate(Template):
    """Ask for a detailed answer with reflection and verification (chat)."""

    name = "reflect_verify"
    Params = ReflectVerifyParams

    def render(self, row: dict[str, Any]) -> Rendered:
        text = self.params.instruction or REFLECT_VERIFY
        if "{prompt}" not in text:
            text = "{prompt}\n\n" + text
        content = text.replace("{{}}", "{}").replace(
            "{prompt}", question_text(row["prompt"]).strip()
        )
        return _with_system([{"role": "user", "content": content}], self.system(row))


class FewShotParams(Params):
    examples: str
    """JSONL file (relative to the recipe) of worked examples, one {prompt, completion} a line."""
    shots: int = Field(default=2, ge=0)
    """How many examples to put before the prompt (the first `shots` lines)."""
    prompt_field: str = "prompt"
    """The examples' question field."""
    completion_field: str = "completion"
    """The examples' long-CoT answer field."""


class FewShotTemplate(Template):
    """Long-CoT examples from a file as user/assistant turns before the prompt."""

    name = "few_shot_cot"
    Params = FewShotParams

    def __init__(self, params: Any, system_prompt: str | None, base_dir: Path) -> None:
        super().__init__(params, system_prompt, base_dir)
        p: FewShotParams = params
        path = _resolve(base_dir, p.examples)
        shots: Messages = []
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise RecipeError(
                f"generate.template_args.examples: cannot read {path}: {exc.strerror or exc}"
            ) from None
        for n, line in enumerate(lines, 1):
            if len(shots) >= 2 * p.shots:
                break
            if not line.strip():
                continue
            try:
                ex = json.loads(line)
                q, a = ex[p.prompt_field], ex[p.completion_field]
            except (ValueError, KeyError, TypeError):
                raise RecipeError(
                    f"generate.template_args.examples: {path} line {n}: expected a JSON object with "
                    f"string fields {p.prompt_field!r} and {p.completion_field!r}"
                ) from None
            if not isinstance(q, str) or not isinstance(a, str):
                raise RecipeError(
                    f"generate.template_args.examples: {path} line {n}: fields must be strings"
                )
            shots += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
        if len(shots) < 2 * p.shots:
            raise RecipeError(
                f"generate.template_args.shots: {p.shots} examples asked, {path} has {len(shots) // 2}"
            )
        self.shots = shots

    def render(self, row: dict[str, Any]) -> Rendered:
        return _with_system([*self.shots, *_as_messages(row["prompt"])], self.system(row))


class CustomParams(Params):
    path: str
    """Jinja file (relative to the recipe). Variables: `prompt` (the question text), `messages`
    (the prompt as chat messages), `system_prompt`, `row` (every column of the row, `reference`
    included: do not leak it into the prompt)."""
    output: Literal["text", "chat"] = "text"
    """`text`: the rendered file is the whole prompt (no chat template); `chat`: it becomes the
    user message (after the system prompt) and the model's chat template is applied."""


class CustomTemplate(Template):
    """A Jinja template file from the recipe's folder (sandboxed, undefined variables are errors)."""

    name = "custom"
    Params = CustomParams

    def __init__(self, params: Any, system_prompt: str | None, base_dir: Path) -> None:
        super().__init__(params, system_prompt, base_dir)
        from jinja2 import StrictUndefined, TemplateError
        from jinja2.sandbox import SandboxedEnvironment

        p: CustomParams = params
        path = _resolve(base_dir, p.path)
        try:
            source = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RecipeError(
                f"generate.template_args.path: cannot read {path}: {exc.strerror or exc}"
            ) from None
        env = SandboxedEnvironment(
            undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False
        )
        try:
            self.template = env.from_string(source)
        except TemplateError as exc:
            raise RecipeError(
                f"generate.template_args.path: {path}: bad Jinja template: {exc}"
            ) from None
        self.path = path

    def render(self, row: dict[str, Any]) -> Rendered:
        from jinja2 import TemplateError

        p: CustomParams = self.params
        try:
            text = self.template.render(
                prompt=question_text(row["prompt"]),
                messages=_as_messages(row["prompt"]),
                system_prompt=self.system(row),
                row=row,
            )
        except TemplateError as exc:
            raise RecipeError(
                f"generate.template_args.path: {self.path}: {type(exc).__name__}: {exc}"
            ) from None
        if p.output == "chat":
            return _with_system([{"role": "user", "content": text}], self.system(row))
        return text


REWRITE_COLD_START = (
    "Rewrite the solution below so that it is clear and easy to read, without changing its "
    "result.\n\n"
    "Requirements:\n"
    "- Write everything in {language}, the language of the question; do not mix in other "
    "languages.\n"
    "- Keep the reasoning process: the steps that lead to the result and the checks that "
    "matter. Remove repetition, digressions and false starts that add nothing; no code blocks; "
    "short paragraphs.\n"
    "- Keep the final answer exactly as in the original solution.\n"
    "- After the reasoning, write a summary of its results that states the final "
    "answer{answer_hint}.\n"
    "- Output exactly this layout and nothing else: {token}the reasoning process{token}the "
    "summary\n\n"
    "Question:\n{question}\n\n"
    "Original solution:\n{completion}"
)
LANGUAGE_NAMES = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "fr": "French",
    "de": "German", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "ru": "Russian",
    "uk": "Ukrainian", "pl": "Polish", "nl": "Dutch", "tr": "Turkish", "ar": "Arabic",
    "fa": "Persian", "he": "Hebrew", "hi": "Hindi", "bn": "Bengali", "vi": "Vietnamese",
    "th": "Thai", "id": "Indonesian",
}  # fmt: skip
_PLACEHOLDER = re.compile(r"\{(question|completion|language|token|answer_hint)\}")


class RewriteColdStartParams(Params):
    token: str = Field(default="|special_token|", min_length=1)
    """The cold-start separator: the model writes `TOKEN reasoning TOKEN summary`."""
    language: str = "auto"
    """Language of the rewrite: `auto` (detected from the question with the `mixed_language`
    filter's language ID), a code (`zh`) or a name (`Chinese`)."""
    language_column: str | None = None
    """A row column naming each row's language (wins over `language` where it is set)."""
    completion_column: str = "completion"
    """The column holding the original solution (a `source: {run: …}` row's completion)."""
    answer_hint: str = " in \\boxed{}"
    """Appended to "states the final answer" (empty for answers that are not boxed)."""
    instruction: str | None = None
    """Replace the built-in instruction; placeholders `{question}`, `{completion}`,
    `{language}`, `{token}`, `{answer_hint}` (filled in one pass, so braces in the texts are safe)."""


class RewriteColdStartTemplate(Template):
    """Rewrite a kept sample into the cold-start layout `TOKEN reasoning TOKEN summary` (chat)."""

    name = "rewrite_cold_start"
    Params = RewriteColdStartParams

    def language(self, row: dict[str, Any], question: str) -> str:
        p: RewriteColdStartParams = self.params
        code: str | None = None
        if p.language_column is not None and isinstance(row.get(p.language_column), str):
            code = row[p.language_column].strip() or None
        if code is None and p.language != "auto":
            code = p.language
        if code is None:
            from curate.lang import prompt_languages  # fastText, loaded once

            code = prompt_languages([question])[0]
        if code is None:
            return "the same language as the question"
        return LANGUAGE_NAMES.get(code.lower().split("-")[0], code)

    def render(self, row: dict[str, Any]) -> Rendered:
        p: RewriteColdStartParams = self.params
        original = row.get(p.completion_column)
        if not isinstance(original, str) or not original.strip():
            raise RecipeError(
                f"generate.template_args.completion_column: row {row.get('id')!r} has no "
                f"{p.completion_column!r} text to rewrite (is the source a run with completions?)"
            )
        question = question_text(row["prompt"]).strip()
        values = {
            "question": question,
            "completion": original.strip(),
            "language": self.language(row, question),
            "token": p.token,
            "answer_hint": p.answer_hint,
        }
        text = _PLACEHOLDER.sub(lambda m: values[m.group(1)], p.instruction or REWRITE_COLD_START)
        return _with_system([{"role": "user", "content": text}], self.system(row))


NON_REASONING_COT = (
    "\n\nBefore answering, think it over briefly: write a short chain of thought (a few "
    "sentences on what is asked and how best to answer) between <think> and </think>, then "
    "write your answer after </think>."
)
IDENTITY = (
    "You are {model_name}, an AI assistant developed by {maker}. When asked who you are or who "
    "made you, say so; never claim to be another model or to come from another company."
)


def _routing(v: Any) -> Any:
    from curate.routing import CotRouting  # the one routing rule, shared with the filter

    return v if isinstance(v, CotRouting) else CotRouting.model_validate(v or {})


class NonReasoningParams(Params):
    routing: Annotated[Any, BeforeValidator(_routing)] = Field(default=None, validate_default=True)
    """Which rows get a short CoT: `{task_column, cot_tasks, default_task, simple}` — the
    `simple_query` filter's routing (share it with a YAML anchor so both agree)."""
    model_name: str | None = None
    """The trained model's name for the identity system prompt (self-cognition data)."""
    maker: str | None = None
    """Who made it (the identity system prompt)."""
    identity_tasks: tuple[str, ...] | None = None
    """Task types that get the identity system prompt (None: every row, when `model_name` is set)."""
    identity_prompt: str = IDENTITY
    """The identity system prompt; `{model_name}` and `{maker}` are filled in."""
    cot_instruction: str = NON_REASONING_COT
    """Appended to the user message of rows that get a CoT."""
    direct_instruction: str | None = None
    """Appended to the user message of rows that do not (e.g. "Answer directly."); None: nothing."""


class NonReasoningTemplate(Template):
    """Non-reasoning data (chat): a short-CoT request for routed task types, none for simple
    queries, and an identity system prompt with the model's name and maker."""

    name = "non_reasoning"
    Params = NonReasoningParams

    def render(self, row: dict[str, Any]) -> Rendered:
        from curate.routing import row_gets_cot

        p: NonReasoningParams = self.params
        messages = _as_messages(row["prompt"])
        extra = p.cot_instruction if row_gets_cot(row, p.routing) else p.direct_instruction
        if extra:
            last = max((i for i, m in enumerate(messages) if m["role"] == "user"), default=None)
            if last is not None:
                messages[last] = {"role": "user", "content": messages[last]["content"] + extra}
        system = self.system(row)
        task = row.get(p.routing.task_column) if p.routing.task_column else None
        wants_identity = p.identity_tasks is None or (
            isinstance(task, str) and task.strip().lower() in {t.lower() for t in p.identity_tasks}
        )
        if p.model_name and wants_identity:
            identity = p.identity_prompt.replace("{model_name}", p.model_name).replace(
                "{maker}", p.maker or "its developers"
            )
            if messages and messages[0]["role"] == "system":
                messages[0] = {
                    "role": "system",
                    "content": identity + "\n\n" + messages[0]["content"],
                }
            else:
                system = identity if not system else identity + "\n\n" + system
        return _with_system(messages, system)


def _resolve(base_dir: Path, p: str) -> Path:
    path = Path(p).expanduser()
    return path if path.is_absolute() else base_dir / path


TEMPLATES: dict[str, type[Template]] = {
    t.name: t
    for t in (
        ChatTemplate,
        R1ZeroTemplate,
        FewShotTemplate,
        ReflectVerifyTemplate,
        CustomTemplate,
        RewriteColdStartTemplate,
        NonReasoningTemplate,
    )
}


def template_params(name: str, args: dict[str, Any]) -> Params:
    """Validate `template_args` for template `name` (raises KeyError / pydantic ValidationError)."""
    return TEMPLATES[name].Params.model_validate(args)


def build_template(
    name: str, args: dict[str, Any], system_prompt: str | None, base_dir: Path
) -> Template:
    """The template `name` with validated args; raises RecipeError with the key path."""
    if name not in TEMPLATES:
        raise RecipeError(
            f"generate.template: unknown template {name!r}; valid: {', '.join(TEMPLATES)}"
        )
    from pydantic import ValidationError

    from curate.validation import format_errors

    cls = TEMPLATES[name]
    try:
        params = cls.Params.model_validate(args)
    except ValidationError as exc:
        raise RecipeError(format_errors(exc, "generate.template_args", cls.Params)) from None
    return cls(params, system_prompt, base_dir)
