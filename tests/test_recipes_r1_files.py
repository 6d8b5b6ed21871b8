"""The R1 dataset recipes' files (recipes/cold_start_*.yaml, reasoning.yaml, non_reasoning*.yaml,
pairs.yaml): the two templates they add (`rewrite_cold_start`, `non_reasoning`), and every recipe
loads, states its cost and runs a sample with `--limit`. The recipes end to end are in
test_recipes_r1.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.errors import RecipeError
from curate.recipe import load_recipe
from curate.store import open_run
from curate.templates import build_template

ROOT = Path(__file__).resolve().parent.parent
RECIPES = ROOT / "recipes"


# --- the two templates these recipes add ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "row", "language"),
    [
        # auto: the question's language, detected
        ({}, {"prompt": "What is 2+2?"}, "English"),
        ({}, {"prompt": "求方程 $x^2=4$ 的正根。"}, "Chinese"),
        ({}, {"prompt": "Quelle est la capitale de la France ? Répondez en une phrase."}, "French"),
        # a chat prompt: its last user message
        (
            {},
            {
                "prompt": [
                    {"role": "system", "content": "Sé breve."},
                    {"role": "user", "content": "¿Cuántos lados tiene un hexágono regular?"},
                ]
            },
            "Spanish",
        ),
        # a fixed code or name
        ({"language": "ja"}, {"prompt": "What is 2+2?"}, "Japanese"),
        ({"language": "Klingon"}, {"prompt": "What is 2+2?"}, "Klingon"),
        # a row column wins where it is set, else the setting
        ({"language_column": "lang"}, {"prompt": "What is 2+2?", "lang": "de"}, "German"),
        ({"language_column": "lang"}, {"prompt": "What is 2+2?", "lang": None}, "English"),
        # nothing to detect from: say so instead of guessing
        ({}, {"prompt": "$x^2 = 4$"}, "the same language as the question"),
    ],
)
def test_rewrite_template_language(
    args: dict[str, Any], row: dict[str, Any], language: str
) -> None:
    tpl = build_template("rewrite_cold_start", args, None, RECIPES)
    text = tpl.render({**row, "completion": "<think>r</think> \\boxed{4}"})[-1]["content"]
    assert f"Write everything in {language}," in text


def test_rewrite_template_fills_in_one_pass_and_needs_a_completion() -> None:
    args = {
        "token": "<SEP>",
        "answer_hint": "",
        "instruction": "Q={question} A={completion} L={language} T={token}{answer_hint}",
    }
    tpl = build_template("rewrite_cold_start", args, "sys", RECIPES)
    row = {"prompt": "What is {completion}?", "completion": "It is {question} {token}.", "id": "r1"}
    assert tpl.render(row) == [
        {"role": "system", "content": "sys"},
        {
            "role": "user",
            "content": "Q=What is {completion}? A=It is {question} {token}. L=English T=<SEP>",
        },
    ]
    with pytest.raises(RecipeError, match="completion_column.*'r2'"):
        tpl.render({"prompt": "Q?", "completion": "  ", "id": "r2"})


@pytest.mark.parametrize(
    ("args", "row", "system"),
    [
        # identity on every row by default
        (
            {"model_name": "Curie", "maker": "Lab"},
            {"prompt": "hi", "task": "chat"},
            "You are Curie, an AI assistant developed by Lab.",
        ),
        # only on the identity tasks
        (
            {"model_name": "Curie", "maker": "Lab", "identity_tasks": ["self_cognition"]},
            {"prompt": "hi", "task": "chat"},
            None,
        ),
        (
            {"model_name": "Curie", "maker": "Lab", "identity_tasks": ["self_cognition"]},
            {"prompt": "hi", "task": "Self_Cognition"},
            "You are Curie, an AI assistant developed by Lab.",
        ),
        # no name: no identity prompt
        ({}, {"prompt": "hi", "task": "chat"}, None),
        # the row's own system message comes after the identity
        (
            {"model_name": "Curie", "maker": "Lab"},
            {"prompt": "hi", "task": "chat", "system": "Be brief."},
            "You are Curie, an AI assistant developed by Lab.|Be brief.",
        ),
        # a chat prompt with its own system message: the identity goes in front of it
        (
            {"model_name": "Curie", "maker": "Lab"},
            {
                "prompt": [
                    {"role": "system", "content": "Be kind."},
                    {"role": "user", "content": "hi"},
                ],
                "task": "chat",
            },
            "You are Curie, an AI assistant developed by Lab.|Be kind.",
        ),
    ],
)
def test_non_reasoning_template_identity(
    args: dict[str, Any], row: dict[str, Any], system: str | None
) -> None:
    args = {
        **args,
        "identity_prompt": "You are {model_name}, an AI assistant developed by {maker}.",
    }
    msgs = build_template("non_reasoning", args, None, RECIPES).render(row)
    got = "|".join(m["content"] for m in msgs if m["role"] == "system").replace("\n\n", "|") or None
    assert got == system
    assert msgs[-1] == {"role": "user", "content": "hi"}  # a greeting: no CoT request


# --- every recipe: loads, states its cost, runs a sample with --limit --------------------------

R1_RECIPES = [
    "cold_start_fewshot.yaml",
    "cold_start_reflect.yaml",
    "cold_start_r1zero.yaml",
    "cold_start_mix.yaml",
    "cold_start_rewrite.yaml",
    "reasoning.yaml",
    "non_reasoning.yaml",
    "non_reasoning_sft.yaml",
    "pairs.yaml",
]


@pytest.mark.parametrize("name", R1_RECIPES)
def test_recipe_file_is_valid_and_states_its_cost(name: str) -> None:
    rec = load_recipe(RECIPES / name)
    header = (RECIPES / name).read_text(encoding="utf-8").split("\nname:")[0]
    assert "Cost" in header or "cost" in header.lower()
    assert rec.name and (rec.model.source is not None or rec.model.mix is not None)


@pytest.mark.parametrize(("name", "rows"), [("cold_start_r1zero.yaml", 2), ("pairs.yaml", 3)])
def test_cli_limit_runs_a_sample(tmp_path: Path, name: str, rows: int) -> None:
    out = tmp_path / "sample"
    res = CliRunner().invoke(
        main, ["run", str(RECIPES / name), "--limit", str(rows), "--out", str(out), "-q"]
    )
    assert res.exit_code == 0, res.output
    assert open_run(out).stats()["source_rows"] == rows
