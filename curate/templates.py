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

Template options go under `generate.template_args` and are validated by the template's Params.
A chat-list prompt given to a text template uses its last user message as the question.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field

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

    def __init__(self, params: Params, system_prompt: str | None, base_dir: Path) -> None:
        self.params = params
        self.system_prompt = system_prompt
        self.base_dir = base_dir

    def render(self, row: dict[str, Any]) -> Rendered:  # pragma: no cover - abstract
        raise NotImplementedError


class ChatTemplate(Template):
    """The prompt as the user message (the model's chat template is applied by the backend)."""

    name = "chat"

    def render(self, row: dict[str, Any]) -> Rendered:
        return _with_system(_as_messages(row["prompt"]), self.system_prompt)


class R1ZeroParams(Params):
    think_prefix: bool = False
    """End the prompt with `<think>` so the model starts inside its reasoning."""


class R1ZeroTemplate(Template):
    """The R1-Zero conversation template (plain text; no chat template)."""

    name = "r1_zero"
    Params = R1ZeroParams

    def render(self, row: dict[str, Any]) -> Rendered:
        text = R1_ZERO.replace("{prompt}", question_text(row["prompt"]).strip())
        return text + " <think>" if self.params.think_prefix else text  # type: ignore[attr-defined]


class ReflectVerifyParams(Params):
    instruction: str | None = None
    """Replace the built-in instruction; `{prompt}` marks where the question goes."""


class ReflectVerifyTemplate(Template):
    """Ask for a detailed answer with reflection and verification (chat)."""

    name = "reflect_verify"
    Params = ReflectVerifyParams

    def render(self, row: dict[str, Any]) -> Rendered:
        text = self.params.instruction or REFLECT_VERIFY  # type: ignore[attr-defined]
        if "{prompt}" not in text:
            text = "{prompt}\n\n" + text
        content = text.replace("{{}}", "{}").replace(
            "{prompt}", question_text(row["prompt"]).strip()
        )
        return _with_system([{"role": "user", "content": content}], self.system_prompt)


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

    def __init__(self, params: Params, system_prompt: str | None, base_dir: Path) -> None:
        super().__init__(params, system_prompt, base_dir)
        p: FewShotParams = params  # type: ignore[assignment]
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
        return _with_system([*self.shots, *_as_messages(row["prompt"])], self.system_prompt)


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

    def __init__(self, params: Params, system_prompt: str | None, base_dir: Path) -> None:
        super().__init__(params, system_prompt, base_dir)
        from jinja2 import StrictUndefined, TemplateError
        from jinja2.sandbox import SandboxedEnvironment

        p: CustomParams = params  # type: ignore[assignment]
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

        p: CustomParams = self.params  # type: ignore[assignment]
        try:
            text = self.template.render(
                prompt=question_text(row["prompt"]),
                messages=_as_messages(row["prompt"]),
                system_prompt=self.system_prompt,
                row=row,
            )
        except TemplateError as exc:
            raise RecipeError(
                f"generate.template_args.path: {self.path}: {type(exc).__name__}: {exc}"
            ) from None
        if p.output == "chat":
            return _with_system([{"role": "user", "content": text}], self.system_prompt)
        return text


def _resolve(base_dir: Path, p: str) -> Path:
    path = Path(p).expanduser()
    return path if path.is_absolute() else base_dir / path


TEMPLATES: dict[str, type[Template]] = {
    t.name: t
    for t in (ChatTemplate, R1ZeroTemplate, FewShotTemplate, ReflectVerifyTemplate, CustomTemplate)
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
