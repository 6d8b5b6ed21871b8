"""`curate export` checks: token lengths, chat templates that drop `<think>`, files in the way,
offline `--push-to-hub`, pairs from the pairs folder, prompt-only runs, the card, the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from curate.card import decontamination_section, languages_section
from curate.cli import main
from curate.errors import RecipeError, UnknownPluginError
from curate.export import ExportError, ExportValidationError, export
from tests import tiny_model
from tests.helpers import trace
from tests.test_export import make_run

tiny_model_dir = tiny_model.tiny_model_dir  # the session fixture

# A DeepSeek-R1-style template: assistant turns keep only what follows </think>.
STRIP = (
    "{%- for m in messages %}{%- if m['role'] == 'assistant' %}{%- set c = m['content'] %}"
    "{%- if '</think>' in c %}{%- set c = c.split('</think>')[-1] %}{%- endif %}"
    "{{- '<|im_start|>assistant\\n' + c + '<|im_end|>\\n' }}{%- else %}"
    "{{- '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}{%- endif %}{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n<think>\\n' }}{%- endif %}"
)
# The same, but rendering a `reasoning_content` field (as Qwen3's template does).
FIELD = STRIP.replace(
    "{{- '<|im_start|>assistant\\n' + c + '<|im_end|>\\n' }}",
    "{%- if m.reasoning_content is string %}{{- '<|im_start|>assistant\\n<think>\\n' + "
    "m.reasoning_content + '\\n</think>\\n\\n' + c + '<|im_end|>\\n' }}{%- else %}"
    "{{- '<|im_start|>assistant\\n' + c + '<|im_end|>\\n' }}{%- endif %}",
)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_run(tmp_path_factory.mktemp("checks"))


def _tokenizer_with(template: str, src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    (dst / "chat_template.jinja").write_text(template)
    cfg = json.loads((dst / "tokenizer_config.json").read_text())
    cfg.pop("chat_template", None)
    (dst / "tokenizer_config.json").write_text(json.dumps(cfg))
    return dst


def test_token_lengths_reported_then_dropped(
    run_dir: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    res = export(run_dir, "trl-sft", tmp_path / "a", tokenizer=str(tiny_model_dir))
    assert res.length is not None and res.length.count == 5 and res.length.over == 0
    limit = sorted([res.length.quantiles["p50"], res.length.max])[
        0
    ]  # the median row fits, the longest does not
    res = export(
        run_dir, "trl-sft", tmp_path / "b", tokenizer=str(tiny_model_dir), max_length=limit
    )
    assert 0 < res.length.over < 5 and res.rows_out == 5  # reported, kept
    assert any("longer than" in w for w in res.warnings)
    res2 = export(
        run_dir,
        "trl-sft",
        tmp_path / "c",
        tokenizer=str(tiny_model_dir),
        max_length=limit,
        drop_long=True,
    )
    assert res2.rows_out == 5 - res.length.over and res2.skipped["too_long"] == res.length.over
    assert "too_long" in (tmp_path / "c" / "README.md").read_text()
    assert any("keeps <think>" in c for c in res.checks)  # the tiny model's ChatML keeps it


@pytest.mark.parametrize(
    ("template", "fix"),
    [
        (STRIP, "chat_template_path"),  # R1-style strip: train with another template
        (FIELD, "reasoning=field"),  # strips inline, renders the field: export the field
    ],
)
def test_template_dropping_think_fails(
    run_dir: Path, tmp_path: Path, tiny_model_dir: Path, template: str, fix: str
) -> None:
    tok = _tokenizer_with(template, tiny_model_dir, tmp_path / "tok")
    with pytest.raises(ExportValidationError, match="drops the <think> reasoning") as err:
        export(run_dir, "trl-sft", tmp_path / "o", tokenizer=str(tok))
    assert fix in str(err.value)
    assert not (tmp_path / "o" / "data").exists()  # nothing left behind by a failed export
    res = export(
        run_dir, "trl-sft", tmp_path / "w", tokenizer=str(tok), overrides=["template_check=warn"]
    )
    assert any("drops the <think>" in w for w in res.warnings)


def test_reasoning_field_passes_with_a_field_template(
    run_dir: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    tok = _tokenizer_with(FIELD, tiny_model_dir, tmp_path / "tok")
    res = export(
        run_dir, "trl-sft", tmp_path / "o", tokenizer=str(tok), overrides=["reasoning=field"]
    )
    assert any("keeps <think>" in c for c in res.checks)


def test_grpo_notes_a_prefilled_think(run_dir: Path, tmp_path: Path, tiny_model_dir: Path) -> None:
    tok = _tokenizer_with(STRIP, tiny_model_dir, tmp_path / "tok")
    res = export(run_dir, "trl-grpo", tmp_path / "o", tokenizer=str(tok))
    assert any("pre-fills <think>" in w for w in res.warnings)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"max_length": 10}, ExportError, "needs --tokenizer"),  # lengths need a tokenizer
        ({"drop_long": True}, ExportError, "needs --max-length"),  # dropping needs a limit
        (
            {"overrides": ["reasonin=field"]},
            RecipeError,
            "did you mean 'reasoning'",
        ),  # typo in an option
        ({"overrides": ["reasoning=both"]}, RecipeError, "reasoning"),  # bad option value
    ],
)
def test_bad_requests(run_dir: Path, tmp_path: Path, kwargs: dict, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        export(run_dir, "trl-sft", tmp_path / "o", **kwargs)


def test_unknown_format(run_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(UnknownPluginError, match="did you mean 'trl-sft'"):
        export(run_dir, "trl-sfx", tmp_path / "o")


def test_files_in_the_way(run_dir: Path, tmp_path: Path) -> None:
    export(run_dir, "verl", tmp_path / "o")
    with pytest.raises(ExportError, match="--overwrite"):
        export(run_dir, "verl", tmp_path / "o")
    assert export(run_dir, "verl", tmp_path / "o", overwrite=True).rows_out == 4


def test_push_to_hub_offline_is_one_line_before_any_work(
    run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    res = CliRunner().invoke(
        main,
        [
            "export",
            str(run_dir),
            "--to",
            "hf",
            "--out",
            str(tmp_path / "o"),
            "--push-to-hub",
            "me/data",
        ],
    )
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and "offline" in lines[0] and lines[0].startswith("error:")
    assert not (tmp_path / "o").exists()


def test_pairs_folder_wins(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path / "r")
    (run_dir / "pairs").mkdir()
    pl.DataFrame(
        {
            "prompt": ["Q?"],
            "chosen": ["<think>good</think> \\boxed{1}"],
            "rejected": ["<think>bad</think> \\boxed{2}"],
            "source": ["rm"],
            "margin": [0.7],
            "prompt_id": ["p"],
            "chosen_id": ["a"],
            "rejected_id": ["b"],
        }
    ).write_parquet(run_dir / "pairs" / "part-00000.parquet")
    res = export(run_dir, "trl-reward", tmp_path / "o", overrides=["margin=score"])
    assert res.rows_out == 1 and "pairs" in res.notes["pairs_from"]
    import datasets

    ds = datasets.load_dataset(str(tmp_path / "o"), split="train", cache_dir=str(tmp_path / "c"))
    assert ds[0]["prompt"] == [{"role": "user", "content": "Q?"}]
    assert ds[0]["margin"] == pytest.approx(0.7) and ds[0]["source"] == "rm"
    res = export(run_dir, "trl-dpo", tmp_path / "v", overrides=["pairs=verdict"])
    assert res.rows_out == 2  # the verdict pairs instead of the folder


def test_prompt_only_run(tmp_path: Path) -> None:
    rows = [
        {"q": "What is 3+4?", "gt": "7"},
        {"q": "What is 5-2?", "gt": ""},
        {"q": "2^3?", "gt": "8"},
    ]
    run_dir = make_run(tmp_path / "r", rows, judged=False)
    res = export(run_dir, "trl-grpo", tmp_path / "g")
    assert res.rows_out == 2 and res.skipped["no_reference"] == 1
    assert export(run_dir, "openrlhf", tmp_path / "o").rows_out == 2
    assert export(run_dir, "verl", tmp_path / "v").rows_out == 2
    with pytest.raises(ExportError, match="no completions"):
        export(run_dir, "trl-sft", tmp_path / "s")


def test_nothing_to_export_and_incomplete_runs(tmp_path: Path) -> None:
    rows = [{"q": "What is 1+1?", "gt": "2", "r": [trace("no", "3")]}]  # every sample wrong
    run_dir = make_run(tmp_path / "r", rows)
    with pytest.raises(ExportError, match="nothing to export"):
        export(run_dir, "trl-sft", tmp_path / "o")
    assert not (tmp_path / "o").exists()
    run_dir = make_run(tmp_path / "r2")
    manifest = json.loads((run_dir / "manifest.json").read_text())
    manifest["status"] = "interrupted"
    (run_dir / "manifest.json").write_text(json.dumps(manifest))
    # an interrupted run is refused (nothing written) unless --allow-partial; the card says so
    with pytest.raises(ExportError, match="not complete.*--allow-partial"):
        export(run_dir, "trl-sft", tmp_path / "o2")
    assert not (tmp_path / "o2").exists()
    res = export(run_dir, "trl-sft", tmp_path / "o2", allow_partial=True)
    assert res.rows_out == 5 and any("partial export" in w for w in res.warnings)
    assert "Partial export" in (tmp_path / "o2" / "README.md").read_text()


def test_llamafactory_skips_broken_turn_order(tmp_path: Path) -> None:
    rows = [
        {"q": "Fine?", "gt": "1", "r": ["<think>a</think>\\boxed{1}"]},
        # two user turns in a row: LLaMA-Factory would drop it
        {
            "q": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}],
            "gt": "1",
            "r": ["<think>a</think>\\boxed{1}"],
        },
    ]
    res = export(make_run(tmp_path / "r", rows), "llamafactory", tmp_path / "o")
    assert res.rows_out == 1 and res.skipped["bad_turn_order"] == 1


def test_card_sections(run_dir: Path, tmp_path: Path) -> None:
    res = export(run_dir, "trl-grpo", tmp_path / "o")
    card = (tmp_path / "o" / "README.md").read_text()
    assert card.startswith("---\npretty_name: tiny-math\nlicense: unknown\n")
    for section in (
        "## Use",
        "## Recipe",
        "## Funnel",
        "## Drop reasons",
        "## Judges",
        "## Lengths",
        "## Decontamination",
        "## Validation",
    ):
        assert section in card
    assert "| correct | incorrect | 3 |" in card  # the filter's drop reason and count
    assert "`exact`" in card and "duplicate_prompt 1" in card
    assert res.card == tmp_path / "o" / "README.md"


@pytest.mark.parametrize(
    ("stats", "expect"),
    [
        ({}, "not checked"),  # nothing recorded: say so
        (
            {
                "stages": [
                    {
                        "name": "decontaminate",
                        "kind": "filter",
                        "rows_in": 9,
                        "dropped": 2,
                        "reasons": {"contaminated": 2},
                    }
                ]
            },
            "contaminated 2",
        ),
        (
            {
                "stages": [
                    {
                        "name": "decontaminate",
                        "kind": "filter",
                        "rows_in": 9,
                        "dropped": 0,
                        "reasons": {},
                    }
                ]
            },
            "no matches",
        ),
        ({"decontamination": {"benchmarks": ["math500"], "hits": 0}}, "math500"),  # a stats key
    ],
)
def test_card_decontamination(stats: dict, expect: str) -> None:
    assert expect in decontamination_section(stats)


def test_card_languages() -> None:
    kept = pl.DataFrame(
        {"language_ratio": [1.0, 0.98, None], "languages": ["en:1.0", "en:0.98,zh:0.02", None]}
    )
    text = languages_section(kept)
    assert "mean 0.990" in text and "rows < 0.99: 1" in text and "en:0.98,zh:0.02 1" in text


def test_cli_export_json(run_dir: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(
        main, ["export", str(run_dir), "--to", "openrlhf", "--out", str(tmp_path / "o"), "--json"]
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["rows_out"] == 4 and out["format"] == "openrlhf" and out["checks"]
    res = CliRunner().invoke(
        main, ["export", str(run_dir), "--to", "openrlhf", "--out", str(tmp_path / "o")]
    )
    assert res.exit_code == 2 and "--overwrite" in res.output


def test_export_builds_verdict_pairs_with_curate_pairs(run_dir: Path) -> None:
    from curate.export import RunSource
    from curate.export._pairs import _built_pairs

    pairs = _built_pairs(RunSource(run_dir), 4, {})
    assert pairs.height == 2  # the two prompts with a correct and an incorrect sample
    assert set(pairs["source"].to_list()) == {"verdict"}
