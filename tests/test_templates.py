"""Prompt templates: what each renders, their options, and their errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curate.errors import RecipeError
from curate.recipe import load_recipe
from curate.templates import R1_ZERO, build_template, question_text

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = ROOT / "recipes" / "templates"
CHAT_PROMPT = [
    {"role": "system", "content": "own system"},
    {"role": "user", "content": "What is 2+2?"},
]


@pytest.mark.parametrize(
    ("name", "args", "system", "row", "expected"),
    [
        # chat: the prompt becomes the user message after the system prompt
        (
            "chat",
            {},
            "Be brief.",
            {"prompt": "What is 2+2?"},
            [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "What is 2+2?"},
            ],
        ),
        # chat: no system prompt configured, only the user message
        ("chat", {}, None, {"prompt": "Q"}, [{"role": "user", "content": "Q"}]),
        # chat: a chat prompt keeps its own system message; the configured one is not added
        ("chat", {}, "Be brief.", {"prompt": CHAT_PROMPT}, CHAT_PROMPT),
        # chat: a row's own `system` column wins over generate.system_prompt
        (
            "chat",
            {},
            "Be brief.",
            {"prompt": "Q", "system": "Row system."},
            [{"role": "system", "content": "Row system."}, {"role": "user", "content": "Q"}],
        ),
        # r1_zero: plain text with the question in place, no chat template
        (
            "r1_zero",
            {},
            "ignored",
            {"prompt": "  What is 2+2?\n"},
            R1_ZERO.replace("{prompt}", "What is 2+2?"),
        ),
        # r1_zero: think_prefix opens the reasoning for the model
        (
            "r1_zero",
            {"think_prefix": True},
            None,
            {"prompt": "Q"},
            R1_ZERO.replace("{prompt}", "Q") + " <think>",
        ),
        # r1_zero: a chat prompt contributes its last user message
        ("r1_zero", {}, None, {"prompt": CHAT_PROMPT}, R1_ZERO.replace("{prompt}", "What is 2+2?")),
    ],
)
def test_render(name: str, args: dict, system: str | None, row: dict, expected: object) -> None:
    t = build_template(name, args, system, TEMPLATES_DIR)
    assert t.render(row) == expected


def test_reflect_verify_asks_for_reflection_and_a_boxed_answer() -> None:
    t = build_template("reflect_verify", {}, None, TEMPLATES_DIR)
    out = t.render({"prompt": "Compute 3*7."})
    assert isinstance(out, list) and out[0]["role"] == "user"
    text = out[0]["content"]
    assert text.startswith("Compute 3*7.")
    assert "reflect" in text and "verify" in text and "\\boxed{}" in text


def test_reflect_verify_custom_instruction_places_the_question() -> None:
    t = build_template(
        "reflect_verify", {"instruction": "Q: {prompt}\nCheck twice."}, None, TEMPLATES_DIR
    )
    assert t.render({"prompt": "1+1?"}) == [{"role": "user", "content": "Q: 1+1?\nCheck twice."}]


def test_few_shot_puts_examples_before_the_prompt() -> None:
    t = build_template(
        "few_shot_cot", {"examples": "few_shot_cot.jsonl", "shots": 2}, "Sys", TEMPLATES_DIR
    )
    out = t.render({"prompt": "What is 5+5?"})
    lines = [
        json.loads(x)
        for x in (TEMPLATES_DIR / "few_shot_cot.jsonl").read_text().splitlines()
        if x.strip()
    ]
    assert [m["role"] for m in out] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert out[1]["content"] == lines[0]["prompt"] and out[2]["content"] == lines[0]["completion"]
    assert "<think>" in out[2]["content"]
    assert out[-1] == {"role": "user", "content": "What is 5+5?"}


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        # more shots asked than the file holds
        ('{"prompt": "q", "completion": "a"}\n', {"shots": 2}, "2 examples asked"),
        # a line that is not JSON
        ("not json\n", {"shots": 1}, "line 1"),
        # the configured field is missing
        ('{"question": "q", "completion": "a"}\n', {"shots": 1}, "'prompt'"),
        # a field that is not a string
        ('{"prompt": 3, "completion": "a"}\n', {"shots": 1}, "must be strings"),
    ],
)
def test_few_shot_bad_examples_file(tmp_path: Path, content: str, args: dict, message: str) -> None:
    (tmp_path / "ex.jsonl").write_text(content)
    with pytest.raises(RecipeError, match=message):
        build_template("few_shot_cot", {"examples": "ex.jsonl", **args}, None, tmp_path)


def test_few_shot_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="cannot read"):
        build_template("few_shot_cot", {"examples": "nope.jsonl"}, None, tmp_path)


def test_custom_text_template_from_the_recipe_folder() -> None:
    t = build_template("custom", {"path": "custom_boxed.jinja"}, None, TEMPLATES_DIR)
    out = t.render({"prompt": "  What is 2+2? ", "domain": "arithmetic"})
    assert isinstance(out, str)
    assert "arithmetic problem" in out and out.endswith("Problem: What is 2+2?")


@pytest.mark.parametrize(
    ("source", "args", "row", "expected"),
    [
        # output: chat wraps the rendering as the user message after the system prompt
        (
            "Q: {{ prompt }}",
            {"output": "chat"},
            {"prompt": "x"},
            [{"role": "system", "content": "S"}, {"role": "user", "content": "Q: x"}],
        ),
        # messages and system_prompt are available to the template
        ("{{ system_prompt }}|{{ messages[0].content }}", {}, {"prompt": "x"}, "S|x"),
        # any column of the row is reachable through `row`
        ("{{ row.level }}:{{ prompt }}", {}, {"prompt": "x", "level": 5}, "5:x"),
    ],
)
def test_custom_variables(
    tmp_path: Path, source: str, args: dict, row: dict, expected: object
) -> None:
    (tmp_path / "t.jinja").write_text(source)
    t = build_template("custom", {"path": "t.jinja", **args}, "S", tmp_path)
    assert t.render(row) == expected


@pytest.mark.parametrize(
    ("source", "at_build", "message"),
    [
        # a syntax error is reported when the generator is built
        ("{{ prompt ", True, "bad Jinja template"),
        # an unknown variable is an error, never an empty string
        ("{{ nope }}", False, "UndefinedError"),
        # the sandbox refuses attribute tricks (hostile templates)
        ("{{ prompt.__class__.__mro__[1].__subclasses__() }}", False, "SecurityError"),
    ],
)
def test_custom_errors(tmp_path: Path, source: str, at_build: bool, message: str) -> None:
    (tmp_path / "t.jinja").write_text(source)
    if at_build:
        with pytest.raises(RecipeError, match=message):
            build_template("custom", {"path": "t.jinja"}, None, tmp_path)
        return
    t = build_template("custom", {"path": "t.jinja"}, None, tmp_path)
    with pytest.raises(RecipeError, match=message):
        t.render({"prompt": "x"})


@pytest.mark.parametrize(
    ("generate", "message"),
    [
        # an unknown template name lists the valid ones
        ({"template": "r1"}, "unknown template 'r1'"),
        # a template option that does not exist
        (
            {"template": "r1_zero", "template_args": {"prefix": True}},
            "generate.template_args.prefix: unknown key",
        ),
        # custom needs its file
        ({"template": "custom"}, "generate.template_args.path: required key is missing"),
    ],
)
def test_recipe_validates_template(generate: dict, message: str) -> None:
    data = {
        "name": "t",
        "source": {"path": "x.jsonl"},
        "generate": {"backend": "transformers", "model": "m", **generate},
    }
    with pytest.raises(RecipeError, match=message):
        load_recipe(data=data)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("plain", "plain"),  # a string is its own question
        (CHAT_PROMPT, "What is 2+2?"),  # a chat: its last user message
        ([{"role": "assistant", "content": "only"}], "only"),  # no user turn: the last message
        (None, ""),  # nothing
    ],
)
def test_question_text(prompt: object, expected: str) -> None:
    assert question_text(prompt) == expected
