"""Dataset cards of every format (Hub metadata, no local paths, a loader snippet that runs as
printed), the new trainer formats (OpenRLHF SFT and pairs, LLaMA-Factory ranking pairs) and
`--push-to-hub` for every format against a stub of huggingface_hub's HfApi (no network)."""

from __future__ import annotations

import contextlib
import fnmatch
import importlib.util
import io
import json
import re
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml

from curate.export import EXPORTERS, export
from tests.test_export import make_run
from tests.tiny_model import tiny_model_dir  # noqa: F401  (fixture)

FORMATS = sorted(EXPORTERS.names())
# the module each card snippet needs: TRL's formats run here; the others run in .ci/trainers.sh
NEEDS = {
    "verl": "verl",
    "openrlhf": "openrlhf",
    "openrlhf-sft": "openrlhf",
    "openrlhf-pairs": "openrlhf",
    "llamafactory": "llamafactory",
    "llamafactory-pairs": "llamafactory",
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_run(tmp_path_factory.mktemp("cards"))


def _front(card: str) -> dict[str, Any]:
    m = re.match(r"---\n(.*?)\n---\n", card, re.S)
    assert m, card[:200]
    return yaml.safe_load(m.group(1))


def _snippet(card: str) -> str:
    m = re.search(r"```python\n(.*?)\n```", card, re.S)
    assert m, "the card has no python snippet"
    return m.group(1)


@pytest.mark.parametrize("fmt", FORMATS)
def test_card_metadata_and_no_local_paths(run_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "export-folder"
    res = export(run_dir, fmt, out)
    card = (out / "README.md").read_text(encoding="utf-8")
    meta = _front(card)
    assert meta["license"] == "unknown"  # the recipe names none, its source file carries none
    assert meta["language"] == ["en"]  # the prompts' language
    assert "text-generation" in meta["task_categories"]
    assert meta["size_categories"] == ["n<1K"] and meta["pretty_name"] == "tiny-math"
    for section in ("## Use", "## Recipe", "## Funnel", "## Validation"):
        assert section in card
    # no local absolute path anywhere: not the export's, not the run's, not the temp root
    assert str(tmp_path) not in card and str(run_dir) not in card
    assert not re.search(r"(?<![\w<>./:~-])/(tmp|home|root|work)/", card), card
    assert res.card == out / "README.md"


@pytest.mark.parametrize("fmt", FORMATS)
def test_card_snippet_runs_as_printed(
    run_dir: Path,
    tmp_path: Path,
    fmt: str,
    tiny_model_dir: Path,  # noqa: F811  (the imported fixture)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if fmt in NEEDS and importlib.util.find_spec(NEEDS[fmt]) is None:
        pytest.skip(f"{NEEDS[fmt]} is not installed here: .ci/trainers.sh runs this card")
    out = tmp_path / "o"
    export(run_dir, fmt, out)
    code = _snippet((out / "README.md").read_text(encoding="utf-8"))
    monkeypatch.chdir(out)  # "in the folder that holds this card"
    monkeypatch.setenv("CURATE_TOKENIZER", str(tiny_model_dir))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {"__name__": "__main__"})
    first = printed.getvalue().split()[0]
    assert int(first) > 0  # every snippet prints the row count first


class _StubHfApi:
    """Records the calls `--push-to-hub` makes and the files `upload_folder` would send."""

    calls: ClassVar[list[tuple[str, dict[str, Any]]]] = []

    def __init__(self, token: str | None = None) -> None:
        self.token = token

    def create_repo(self, repo_id: str, **kw: Any) -> None:
        self.calls.append(("create_repo", {"repo_id": repo_id, "token": self.token, **kw}))

    def upload_folder(self, *, folder_path: str, allow_patterns: list[str], **kw: Any) -> None:
        root = Path(folder_path)
        files = sorted(
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file()
            and any(fnmatch.fnmatch(str(p.relative_to(root)), a) for a in allow_patterns)
        )
        self.calls.append(("upload_folder", {"files": files, **kw}))


@pytest.mark.parametrize("fmt", FORMATS)
def test_push_to_hub_every_format(
    run_dir: Path, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import huggingface_hub
    from huggingface_hub import constants

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "is_offline_mode", lambda: False, raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False, raising=False)
    monkeypatch.setattr(huggingface_hub, "get_token", lambda: "hf_test")
    monkeypatch.setattr(huggingface_hub, "HfApi", _StubHfApi)
    _StubHfApi.calls = []
    out = tmp_path / "o"
    (out / "unrelated").mkdir(parents=True)
    (out / "unrelated" / "notes.txt").write_text("not part of the export")
    res = export(run_dir, fmt, out, push_to_hub="me/data", private=True)
    assert res.pushed_to == "me/data"
    (create, c), (upload, u) = _StubHfApi.calls
    assert create == "create_repo" and upload == "upload_folder"
    assert c == {
        "repo_id": "me/data",
        "token": "hf_test",
        "repo_type": "dataset",
        "private": True,
        "exist_ok": True,
    }
    assert u["repo_id"] == "me/data" and u["repo_type"] == "dataset"
    # the card and every file the export wrote; nothing else that sits in OUT
    assert "README.md" in u["files"] and "unrelated/notes.txt" not in u["files"]
    written = {
        str(p.relative_to(out)) for p in res.files if not str(p.relative_to(out)).startswith("hf/")
    }
    assert written <= set(u["files"])


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_openrlhf_sft_rows(run_dir: Path, tmp_path: Path) -> None:
    res = export(run_dir, "openrlhf-sft", tmp_path / "o")
    rows = _jsonl(tmp_path / "o" / "train.jsonl")
    assert len(rows) == res.rows_out == 5  # every kept sample
    for r in rows:
        assert r["input"][-1]["role"] == "user"  # the prompt's messages
        assert [m["role"] for m in r["output"]] == ["assistant"]  # prompt + output: the chat
        assert r["output"][0]["content"].startswith("<think>")  # pre-filled <think> written out


def test_openrlhf_pairs_rows(run_dir: Path, tmp_path: Path) -> None:
    res = export(run_dir, "openrlhf-pairs", tmp_path / "o", overrides=["margin=verdict"])
    rows = _jsonl(tmp_path / "o" / "train.jsonl")
    assert len(rows) == res.rows_out == 2  # prompts with a correct and an incorrect sample
    for r in rows:
        assert r["prompt"][-1]["role"] == "user"
        assert r["chosen"][0]["role"] == r["rejected"][0]["role"] == "assistant"
        assert r["margin"] == 1.0  # RewardDataset reads `margin`


def test_llamafactory_pairs_entry_and_rows(run_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    export(run_dir, "llamafactory", out)  # an SFT entry first: both live in one dataset_info
    # a second entry in the same dataset_dir (its card replaces the first one's: --overwrite)
    export(run_dir, "llamafactory-pairs", out, overrides=["name=tiny-pairs"], overwrite=True)
    info = json.loads((out / "dataset_info.json").read_text())
    assert "ranking" not in info["tiny-math"]
    entry = info["tiny-pairs"]
    assert entry["ranking"] is True and entry["formatting"] == "sharegpt"
    assert entry["columns"] == {
        "messages": "conversations",
        "chosen": "chosen",
        "rejected": "rejected",
        "system": "system",
    }
    rows = json.loads((out / "tiny-pairs.json").read_text())
    assert len(rows) == 2
    for r in rows:
        assert [t["from"] for t in r["conversations"]] == ["human"]  # ends with the human turn
        assert r["chosen"]["from"] == r["rejected"]["from"] == "gpt"
        assert r["chosen"]["value"] != r["rejected"]["value"]
    assert {r["system"] for r in rows} == {"", "Be brief."}  # "" where a prompt has none


@pytest.mark.parametrize(
    ("label", "want_json"),
    [
        ("auto", True),  # mixed math + choice: the reward type must travel in the label
        ("text", False),  # forced plain references
        ("json", True),
    ],
)
def test_openrlhf_label_forms(run_dir: Path, tmp_path: Path, label: str, want_json: bool) -> None:
    export(run_dir, "openrlhf", tmp_path / "o", overrides=[f"label={label}"])
    labels = [r["label"] for r in _jsonl(tmp_path / "o" / "train.jsonl")]
    assert all(x.startswith("{") for x in labels) == want_json
    assert any(x.startswith("{") for x in labels) == want_json


def test_openrlhf_label_auto_is_text_for_a_math_only_set(tmp_path: Path) -> None:
    rows = [
        {"q": "What is 1+1?", "gt": "2", "domain": "math", "r": ["<think>a</think> \\boxed{2}"]}
    ]
    export(make_run(tmp_path / "r", rows), "openrlhf", tmp_path / "o")
    assert [r["label"] for r in _jsonl(tmp_path / "o" / "train.jsonl")] == ["2"]


@pytest.mark.parametrize(
    ("recipe_license", "readme", "want"),
    [
        ("cc-by-4.0", None, "cc-by-4.0"),  # the recipe's `license:` wins
        (None, "---\nlicense: mit\n---\n# data\n", "mit"),  # a Hub snapshot's card next to the data
        (None, "# no front matter\n", "unknown"),  # nothing to go by
    ],
)
def test_card_license(
    tmp_path: Path, recipe_license: str | None, readme: str | None, want: str
) -> None:
    from curate.recipe import load_recipe
    from curate.runner import run
    from tests.helpers import write_jsonl

    data = tmp_path / "src"
    data.mkdir()
    write_jsonl(data / "d.jsonl", [{"q": "What is 1+1?", "gt": "2"}])
    if readme is not None:
        (data / "README.md").write_text(readme)
    recipe: dict[str, Any] = {
        "name": "lic",
        "source": {"path": str(data / "d.jsonl"), "columns": {"prompt": "q", "reference": "gt"}},
    }
    if recipe_license:
        recipe["license"] = recipe_license
    run_dir = run(load_recipe(data=recipe, base_dir=tmp_path), out=tmp_path / "run").run_dir
    export(run_dir, "verl", tmp_path / "o")
    card = (tmp_path / "o" / "README.md").read_text()
    assert _front(card)["license"] == want
    assert str(data) not in card  # the source's absolute path is scrubbed too


def test_card_license_of_shipped_data(tmp_path: Path) -> None:
    from curate.recipe import load_recipe
    from curate.runner import run
    from curate.shipped import resolve_recipe

    recipe = load_recipe(resolve_recipe("rl_prompts_mixed"))
    run_dir = run(recipe, out=tmp_path / "run").run_dir
    export(run_dir, "openrlhf", tmp_path / "o")
    meta = _front((tmp_path / "o" / "README.md").read_text())
    assert meta["license"] == "apache-2.0"  # curate's own data, under curate's license
    assert "en" in meta["language"]


@pytest.mark.parametrize("fmt", ["trl-sft", "trl-grpo", "trl-reward"])
def test_card_train_command_runs_as_printed(
    run_dir: Path,
    tmp_path: Path,
    fmt: str,
    tiny_model_dir: Path,  # noqa: F811  (the imported fixture)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The card's `curate train ...` line, MODEL filled in, checks config and data (--dry-run)."""
    import shlex

    from click.testing import CliRunner

    from curate.cli import main

    pytest.importorskip("trl")
    out = tmp_path / "o"
    export(run_dir, fmt, out, overrides=["margin=score"] if fmt == "trl-reward" else [])
    card = (out / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```bash\n(curate train .*?)\n```", card, re.S)
    assert m, card
    args = shlex.split(m.group(1).replace("MODEL", str(tiny_model_dir)))[1:]
    monkeypatch.chdir(out)
    res = CliRunner().invoke(main, [*args, "--dry-run"])
    assert res.exit_code == 0, res.output
    assert re.search(r"data: \d+ (rows|pairs)", res.output), res.output
