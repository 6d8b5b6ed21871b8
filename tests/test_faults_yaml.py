"""Fault injection: hostile recipes (alias bombs, duplicate keys, non-UTF-8, huge values) and
recipes that would only fail at run time (missing files, absurd worker counts) give one clean
error from `curate validate`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.errors import RecipeError
from curate.recipe import load_recipe
from tests.helpers import write_jsonl

HEAD = "name: y\nsource: {path: d.jsonl, columns: {prompt: q}}\n"


def _bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


# (case, recipe text, words the error must hold)
HOSTILE = [
    # billion laughs: 1.3 KB that expands to 9^9 strings
    ("alias_bomb", HEAD + "x-bomb:\n  " + _bomb(9).replace("\n", "\n  "), "alias"),
    # the bomb placed where a value is validated
    ("bomb_in_value", _bomb(9) + HEAD.replace("name: y", "name: *a8"), "alias"),
    # a recursive alias
    ("recursive", HEAD + "description: &r [*r]\n", "alias"),
    # more than 1000 alias uses
    ("many_aliases", "v: &v 1\nl: [" + ",".join(["*v"] * 1500) + "]\n" + HEAD, "more than 1000"),
    # the same top-level key twice: YAML keeps the last silently
    ("duplicate_top", HEAD + "name: z\n", "duplicate key 'name' at line 3 (first at line 1)"),
    # a duplicate inside a nested mapping
    ("duplicate_nested", "name: y\nsource:\n  path: d.jsonl\n  path: e.jsonl\n", "line 4"),
    # a 100k-character unknown key: cut in the message
    ("huge_key", HEAD + "? " + "k" * 100_000 + "\n: 1\n", "kkk..."),
    # a plugin item that is a huge list
    ("huge_plugin", HEAD + "filters: [[" + ",".join(["1"] * 50_000) + "]]\n", "filters[0]"),
    # a 100k-character value: the message shows a cut version
    (
        "huge_value",
        "name: y\nsource: {path: d.jsonl}\nrun: {batch_size: " + "9x" * 50_000 + "}\n",
        "...",
    ),
]


@pytest.mark.parametrize(("case", "text", "words"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_hostile_yaml_is_refused_in_one_short_message(case: str, text: str, words: str) -> None:
    with pytest.raises(RecipeError) as info:
        load_recipe(text=text)
    msg = str(info.value)
    assert words in msg, (case, msg)
    assert len(msg) < 400 and "\n" not in msg, (case, msg)


def test_legitimate_aliases_and_merge_keys_still_work() -> None:
    text = (
        "name: ok\nsource: &src {path: d.jsonl, columns: {prompt: q}}\n"
        "run: &run {batch_size: 7}\ndescription: fine\n"
    )
    rec = load_recipe(text=text)
    assert rec.model.run.batch_size == 7
    merged = load_recipe(  # a merge key, one of its keys overridden: not a duplicate
        text="name: ok\nsource:\n  <<: {path: e.jsonl, columns: {prompt: q}}\n  path: d.jsonl\n"
    )
    assert merged.model.source is not None and merged.model.source.path == "d.jsonl"


def test_non_utf8_recipe_and_cli_one_line(tmp_path: Path) -> None:
    (tmp_path / "latin.yaml").write_bytes("name: café\n".encode("latin-1"))
    res = CliRunner().invoke(main, ["validate", str(tmp_path / "latin.yaml")])
    assert res.exit_code == 2
    assert res.output.strip().splitlines() == [
        f"error: {tmp_path / 'latin.yaml'}: not UTF-8 (byte 0xe9 at offset 9); save the recipe as UTF-8"
    ]
    (tmp_path / "bomb.yaml").write_text(HEAD + "x:\n  " + _bomb(9).replace("\n", "\n  "))
    res = CliRunner().invoke(main, ["validate", str(tmp_path / "bomb.yaml"), "--no-source"])
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1, res.output


# (case, recipe additions, files to create, text the error must hold)
MISSING = [
    # few-shot examples file that does not exist
    (
        "few_shot_file",
        {
            "generate": {
                "backend": "openai",
                "model": "m",
                "template": "few_shot_cot",
                "template_args": {"examples": "shots.jsonl"},
            }
        },
        "generate.template_args.examples",
    ),
    # a custom Jinja template that does not exist
    (
        "custom_template",
        {
            "generate": {
                "backend": "openai",
                "model": "m",
                "template": "custom",
                "template_args": {"path": "t.jinja"},
            }
        },
        "generate.template_args.path",
    ),
    # a local model folder for vllm that is not there
    (
        "generate_model",
        {"generate": {"backend": "vllm", "model": "./models/none"}},
        "generate.model: no model folder at",
    ),
    # the llm judge's local model: the message names the judge's key, not generate.model
    (
        "llm_judge_model",
        {
            "source": {
                "path": "d.jsonl",
                "columns": {"prompt": "q", "completion": "c", "reference": "a"},
            },
            "judges": [{"llm": {"backend": {"name": "transformers", "model": "./judge-model"}}}],
        },
        "judges[0].llm.backend.model: no model folder at",
    ),
    # the llm judge's template file
    (
        "llm_judge_template",
        {
            "source": {
                "path": "d.jsonl",
                "columns": {"prompt": "q", "completion": "c", "reference": "a"},
            },
            "judges": ["exact", {"llm": {"backend": {"model": "m"}, "template": "grade.txt"}}],
        },
        "judges[1].llm.template: file not found",
    ),
    # a reward model folder
    (
        "rm_model",
        {
            "source": {"path": "d.jsonl", "columns": {"prompt": "q", "completion": "c"}},
            "judges": [{"rm": {"model": "./rm-model/"}}],
        },
        "judges[0].rm.model: no model folder at",
    ),
    # 100000 workers
    (
        "workers",
        {"run": {"workers": 100_000}},
        "run.workers: expected an integer in (0, 256], got 100000",
    ),
]


@pytest.mark.parametrize(("case", "extra", "words"), MISSING, ids=[c[0] for c in MISSING])
def test_validate_checks_referenced_files(
    tmp_path: Path, case: str, extra: dict, words: str
) -> None:
    import yaml

    write_jsonl(tmp_path / "d.jsonl", [{"q": "1+1?", "a": "2", "c": "<think>x</think> \\boxed{2}"}])
    recipe = {"name": "v", "source": {"path": "d.jsonl", "columns": {"prompt": "q"}}, **extra}
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(recipe))
    res = CliRunner().invoke(main, ["validate", str(tmp_path / "r.yaml")])
    assert res.exit_code == 2, (case, res.output)
    assert words in res.output, (case, res.output)
    assert "Traceback" not in res.output


def test_the_llm_judge_names_its_own_model_key_at_run_time(tmp_path: Path) -> None:
    from curate.errors import CurateError

    rec = load_recipe(
        data={
            "name": "j",
            "source": {"path": "d.jsonl", "columns": {"prompt": "q", "completion": "c"}},
            "judges": ["exact", {"llm": {"backend": {"name": "transformers", "model": "./jm"}}}],
        },
        base_dir=tmp_path,
    )
    judge = rec.judges[1].build()
    with pytest.raises(CurateError, match=r"^judges\[1\]\.llm\.backend\.model: './jm' is not"):
        judge.chat.backend.local_model_path()
