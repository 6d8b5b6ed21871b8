"""The R1 dataset recipes (recipes/cold_start_*.yaml, reasoning.yaml, non_reasoning*.yaml,
pairs.yaml) end to end on small inputs, loaded from their files with `--set` overrides. The two
templates these recipes add, and every recipe file's load and `--limit` sample, are in
test_recipes_r1_files.py.

Generation goes to the `openai` backend against a local stub server whose answers are scripted
per question (`Canned`: known-good and known-bad completions, so the funnel is known), or to the
tiny random model (`transformers`: plumbing only — it writes gibberish). Each test asserts the
funnel (which stage dropped which rows, with which reason) and the output columns.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from curate.errors import SourceError
from curate.export import export
from curate.pairs import read_pairs
from curate.recipe import load_recipe
from curate.runner import run
from curate.store import open_run
from curate.templates import build_template
from tests.r1_scripts import (
    NON_REASONING_ANSWERS,
    REASONING_ANSWERS,
    REFLECT_ANSWERS,
    REWRITES,
    TOKEN,
    by_key,
    canned_server,
    openai_sets,
)

ROOT = Path(__file__).resolve().parent.parent
RECIPES = ROOT / "recipes"


@pytest.fixture
def canned() -> Any:
    """A started stub server with scripted answers (see tests/r1_scripts.py)."""
    with canned_server() as srv:
        yield srv


# --- running a recipe file ------------------------------------------------------------------


def run_recipe(
    name: str, out: Path, sets: list[str]
) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, Any]]:
    rec = load_recipe(RECIPES / name, overrides=sets)
    run(rec, out=out)
    store = open_run(out)
    return store.read_kept(), store.read_rejected(), store.stats()


def funnel(stats: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Stage -> {reason: rows dropped}, for the stages that dropped rows (judges drop nothing)."""
    return {
        s["name"]: dict(s["reasons"])
        for s in stats["stages"]
        if s["kind"] != "judge" and s["dropped"]
    }


def drops(rejected: pl.DataFrame) -> dict[tuple[str, str], int]:
    """(dropped_by, reason) -> rows."""
    return dict(
        Counter(zip(rejected["dropped_by"].to_list(), rejected["reason"].to_list(), strict=True))
    )


def code_sets(judge_index: int) -> list[str]:
    """The code judge isolates with namespaces where the kernel allows; elsewhere rlimits only."""
    from curate.judges.code.sandbox import SandboxConfig, probe

    ok, _, _ = probe(SandboxConfig())
    return [] if ok else [f"judges[{judge_index}].code.require_isolation=false"]


# --- the reasoning set (600k): per-domain judges, the R1 filter chain, k per prompt ----------


def test_reasoning_recipe_funnel_per_domain(tmp_path: Path, canned: Any) -> None:
    canned.responder = by_key(REASONING_ANSWERS)
    sets = [*openai_sets(canned.url), "generate.n=2", *code_sets(2)]
    kept, rejected, stats = run_recipe("reasoning.yaml", tmp_path / "reasoning", sets)
    assert stats["rows_in"] == 32 and stats["source_rows"] == 16
    assert funnel(stats) == {
        "truncated": {"finish_length": 1},  # cut at max_tokens
        "format": {"missing_think_open": 1},  # an answer without reasoning tags
        "mixed_language": {
            "mixed_language": 2
        },  # a Chinese sentence; English for a Chinese question
        "long_paragraph": {"long_paragraph": 1},
        "code_block": {"fenced_code": 1},  # code in a math trace (code rows are exempt)
        "repetition": {"repetitive": 1},
        "correct": {"incorrect": 6},  # wrong number, program, letter, name; no code
        "select": {"over_k": 4},  # prompts with two clean correct samples keep one
    }
    judges = {s["name"]: s for s in stats["stages"] if s["kind"] == "judge"}
    # the cascade, each judge within its domains: math decides every math/logic/choice row
    # (13 prompts x 2) and never sees a code row; choice and the generative judge find nothing
    # left undecided (so no judge request is sent); code decides the code rows
    assert (judges["math"]["judged"], judges["math"]["decided"]) == (26, 26)
    assert (judges["choice"]["judged"], judges["choice"]["decided"]) == (0, 0)
    assert (judges["code"]["judged"], judges["code"]["decided"]) == (6, 6)
    assert judges["llm"]["judged"] == 0
    assert judges["code"]["verdicts"] == {"correct": 4, "incorrect": 2}
    # one sample per prompt, except the prompt whose only correct samples were unreadable
    assert kept.height == 15 and kept["prompt_id"].n_unique() == 15
    assert sorted(Counter(kept["domain"].to_list()).items()) == [
        ("choice", 3),
        ("code", 3),
        ("logic", 2),
        ("math", 7),
    ]
    assert set(kept["verdict"]) == {"correct"}
    assert dict(zip(kept["domain"], kept["judge"], strict=True)) == {
        "math": "math",
        "logic": "math",
        "choice": "math",
        "code": "code",
    }
    for col in (
        "id",
        "prompt_id",
        "prompt",
        "reference",
        "completion",
        "domain",
        "sample_index",
        "finish_reason",
        "verdict",
        "pred_answer",
        "judge_reason",
        "pass_rate",
        "model",
    ):
        assert col in kept.columns, col
    assert set(rejected["dropped_by"]) <= {
        "truncated",
        "format",
        "mixed_language",
        "long_paragraph",
        "code_block",
        "repetition",
        "correct",
        "select",
    }
    # the generation went through the openai backend: one request per sample
    assert len(canned.bodies) == 32 and stats["generation"]["generated"] == 32
    # SFT export: chat messages with the reasoning inside <think> in the assistant turn
    res = export(tmp_path / "reasoning", "trl-sft", tmp_path / "sft")
    sft = pl.read_parquet(tmp_path / "sft" / "data" / "*.parquet")
    assert res.rows_out == sft.height == 15
    last = [m[-1] for m in sft["messages"].to_list()]
    assert all(m["role"] == "assistant" and m["content"].startswith("<think>") for m in last)


# --- cold start: three routes, the mix, the readability rewrite -------------------------------


def test_cold_start_r1zero_filters_existing_outputs(tmp_path: Path) -> None:
    kept, _rejected, stats = run_recipe("cold_start_r1zero.yaml", tmp_path / "z", [])
    assert stats["rows_in"] == 20  # 5 prompts x 4 existing R1-Zero outputs
    assert funnel(stats) == {
        "truncated": {"finish_length": 1},
        "format": {"missing_answer_tag": 1},  # no <answer>…</answer> after the reasoning
        "mixed_language": {"mixed_language": 2},
        "long_paragraph": {"long_paragraph": 1},  # one 3,000-character wall of text
        "code_block": {"fenced_code": 1},
        "repetition": {"repetitive": 1},
        "correct": {"incorrect": 4},
        "select": {"over_k": 4},
    }
    assert kept.height == 5 and kept["prompt_id"].n_unique() == 5  # one per prompt
    assert sorted(kept["pred_answer"].to_list()) == ["2", "3", "391", "9", "x = 6"]
    assert all("<answer>" in c for c in kept["completion"].to_list())


def test_cold_start_reflect_route(tmp_path: Path, canned: Any) -> None:
    canned.responder = by_key(REFLECT_ANSWERS)
    sets = [*openai_sets(canned.url), "generate.n=1", "source.limit=8"]  # the 8 math prompts
    kept, _rejected, stats = run_recipe("cold_start_reflect.yaml", tmp_path / "reflect", sets)
    assert funnel(stats) == {"length": {"too_short": 1}, "correct": {"incorrect": 1}}
    assert kept.height == 6
    # the template asked for reflection, verification and a boxed answer
    asked = canned.bodies[0]["messages"][-1]["content"]
    assert "reflect" in asked and "verify" in asked and "\\boxed{}" in asked


def test_cold_start_fewshot_route_with_the_tiny_model(tmp_path: Path, tiny_model_dir: Path) -> None:
    # plumbing only: the random model writes gibberish, so every sample fails a check
    sets = [
        "generate.backend=transformers",
        f"generate.model={tiny_model_dir}",
        "generate.options={device: cpu, dtype: float32}",
        "generate.n=2",
        "generate.max_tokens=16",
        "generate.template_args.shots=1",  # the tiny model's context is 512 tokens
        "source.limit=3",
    ]
    kept, rejected, stats = run_recipe("cold_start_fewshot.yaml", tmp_path / "fs", sets)
    gen = next(s for s in stats["stages"] if s["name"] == "generate")
    assert gen["rows_in"] == 6 and stats["generation"]["generated"] + gen["dropped"] == 6
    assert kept.height + rejected.height == 6  # every sample accounted for, with a reason
    assert rejected["reason"].null_count() == 0
    assert set(rejected["dropped_by"]) <= {
        "generate",
        "truncated",
        "format",
        "mixed_language",
        "long_paragraph",
        "code_block",
        "repetition",
        "correct",
    }
    assert kept.height == 0  # gibberish is never a correct, well-formed trace
    # the model was sent the worked example before the question (a few hundred tokens)
    assert rejected["prompt_tokens"].min() > 100
    rec = load_recipe(RECIPES / "cold_start_fewshot.yaml", overrides=sets)
    gen = rec.model.generate
    shown = build_template(gen.template, gen.template_args, gen.system_prompt, rec.base_dir).render(
        {"prompt": "What is 1+1?"}
    )
    assert [m["role"] for m in shown] == ["user", "assistant", "user"]
    assert "<think>" in shown[1]["content"] and shown[2]["content"] == "What is 1+1?"


def test_cold_start_mix_then_rewrite(tmp_path: Path, canned: Any) -> None:
    run_recipe("cold_start_r1zero.yaml", tmp_path / "r1zero", [])
    canned.responder = by_key(REFLECT_ANSWERS)
    run_recipe(
        "cold_start_reflect.yaml",
        tmp_path / "reflect",
        [*openai_sets(canned.url), "generate.n=1", "source.limit=8"],
    )
    inputs = f"mix.inputs=[{{run: '{tmp_path / 'r1zero'}'}}, {{run: '{tmp_path / 'reflect'}'}}]"
    mixed, mrej, _mstats = run_recipe("cold_start_mix.yaml", tmp_path / "cold_start", [inputs])
    # the reflect route's copies of the R1-Zero prompts are duplicates (the first input wins)
    assert drops(mrej) == {("dedup_exact", "duplicate_prompt"): 4}
    assert mixed.height == 7 and Counter(mixed["mix_input"]) == {"r1zero": 5, "reflect": 2}

    canned.bodies.clear()
    canned.responder = by_key(REWRITES)
    sets = [*openai_sets(canned.url), f"source.run={tmp_path / 'cold_start'}"]
    kept, _rejected, stats = run_recipe("cold_start_rewrite.yaml", tmp_path / "rewrite", sets)
    assert stats["rows_in"] == 7 and len(canned.bodies) == 7  # one rewrite per sample
    assert funnel(stats) == {
        "format": {"bad_cold_start_format": 1, "boxed_count": 1},
        "mixed_language": {"mixed_language": 1},
        "correct": {"incorrect": 1},  # the rewrite changed 9 into 8
    }
    assert sorted(kept["pred_answer"]) == ["391", "6", "720"]
    assert all(c.startswith(TOKEN) and c.count(TOKEN) == 2 for c in kept["completion"])
    # the reference is the original sample's answer; its other judge columns came along
    assert sorted(kept["reference"]) == ["391", "720", "x = 6"]
    assert {"source_verdict", "source_judge_reason", "source_reference"} <= set(kept.columns)
    # a run of a run of a run: the older `source_id` (the prompt file's own id) moved one level
    # deeper instead of clashing with the new one (the previous run's row id)
    hexagon = kept.filter(pl.col("prompt").str.contains("hexagon"))
    assert hexagon["source_source_id"].to_list() == ["math-3"]
    assert hexagon["source_id"][0] in set(mixed["id"])
    # the rewrite prompt shows the question and the original completion, and names the language
    asked = {b["messages"][-1]["content"] for b in canned.bodies}
    originals = [c.strip() for c in mixed["completion"]]
    assert all(sum(o in a for o in originals) == 1 for a in asked)
    zh = next(a for a in asked if "的较大根" in a)
    assert "Chinese" in zh and f"{TOKEN}the reasoning process{TOKEN}" in zh
    assert any("English" in a and "17 \\times 23" in a for a in asked)


def test_rewrite_without_a_source_run_says_so(tmp_path: Path) -> None:
    # (a served model: nothing to install or download before the source is read)
    sets = [f"source.run={tmp_path / 'missing'}", "generate.backend=openai", "generate.options={}"]
    rec = load_recipe(RECIPES / "cold_start_rewrite.yaml", overrides=sets)
    with pytest.raises(SourceError, match="source.run"):
        run(rec, out=tmp_path / "out")


# --- the non-reasoning set (200k): routing to CoT / no CoT, identity, reuse of SFT data -------


def test_non_reasoning_recipe_routes_cot(tmp_path: Path, canned: Any) -> None:
    canned.responder = by_key(NON_REASONING_ANSWERS)
    kept, _rejected, stats = run_recipe(
        "non_reasoning.yaml", tmp_path / "nr", openai_sets(canned.url)
    )
    assert stats["rows_in"] == 16
    assert funnel(stats) == {
        "simple_query": {"missing_cot": 1, "unexpected_cot": 1},
        "mixed_language": {"mixed_language": 1},
        "repetition": {"looping_tail": 1},
        "dedup": {"duplicate_response": 1},  # "hello" twice: one prompt, one stored sample
    }
    assert kept.height == 11
    # every kept answer has one shape: <think>…</think> then the answer; no-CoT rows are empty
    tasks = dict(zip(kept["prompt"], kept["task"], strict=True))
    for prompt, completion, cot in zip(
        kept["prompt"], kept["completion"], kept["cot"], strict=True
    ):
        assert completion.startswith("<think>\n") and completion.count("</think>") == 1
        empty = completion.startswith("<think>\n\n</think>\n\n")
        assert empty != cot, prompt
        assert cot == (
            tasks[prompt] in ("writing", "factual_qa")
            and not kept.filter(pl.col("prompt") == prompt)["simple_query"][0]
        )
    assert set(kept.filter(pl.col("cot"))["task"]) == {"writing", "factual_qa"}
    assert kept.filter(pl.col("prompt") == "What is the capital of Australia?")["simple_query"][0]
    # the generator was asked for a CoT exactly where the routing wants one, and told who it is
    asked = {b["messages"][-1]["content"].split("\n\n")[0]: b for b in canned.bodies}
    cot_asked = {q for q, b in asked.items() if "</think>" in b["messages"][-1]["content"]}
    assert cot_asked == {
        "Write a short poem about the first rain of autumn.",
        "Draft a two-sentence apology email to a customer whose order arrived late.",
        "Write a product description for a reusable water bottle in under 60 words.",
        "Explain why the sky is blue, in one short paragraph.",
        "Summarise the main causes of the French Revolution in three bullet points.",
    }
    systems = {b["messages"][0]["content"] for b in canned.bodies}
    assert systems == {
        "You are Curie, an AI assistant developed by Example Labs. When asked who you are or "
        "who made you, say so; never claim to be another model or to come from another company."
    }
    res = export(tmp_path / "nr", "trl-sft", tmp_path / "sft")
    assert res.rows_out == 11


def test_non_reasoning_from_an_existing_sft_set(tmp_path: Path) -> None:
    kept, _rejected, stats = run_recipe("non_reasoning_sft.yaml", tmp_path / "sft", [])
    assert funnel(stats) == {
        "simple_query": {"empty_answer": 1},
        "repetition": {"looping_tail": 1},
        "dedup": {"duplicate_response": 1},
    }
    assert kept.height == 6 and all(c.startswith("<think>\n") for c in kept["completion"])
    seasons = kept.filter(pl.col("prompt") == "Why do we have seasons?")
    assert "axial tilt" in seasons["completion"][0]  # an existing CoT is kept as it is
    hi = kept.filter(pl.col("prompt") == "hi")["completion"][0]
    assert hi == "<think>\n\n</think>\n\nHello! How can I help you today?"


# --- preference pairs ---------------------------------------------------------------------------

FILTERS_R1 = {"truncated", "format", "mixed_language", "code_block", "long_paragraph", "repetition"}


@pytest.mark.parametrize(
    ("rejected_side", "allowed"),
    [
        # the default policy: an incorrect answer or a filtered (unclean) trace loses
        ("[incorrect, filtered]", {"incorrect", "filtered"}),
        # correctness pairs only: a filtered but correct trace is never the rejected side
        ("[incorrect]", {"incorrect"}),
    ],
)
def test_pairs_recipe_policy(tmp_path: Path, rejected_side: str, allowed: set[str]) -> None:
    sets = ["source.limit=40", f"pairs.rejected={rejected_side}"]
    kept, rejected, stats = run_recipe("pairs.yaml", tmp_path / "pairs", sets)
    pairs = read_pairs(tmp_path / "pairs")
    stage = next(s for s in stats["stages"] if s["name"] == "pairs")
    assert pairs.height == stage["pairs"] > 0
    assert {"prompt", "chosen", "rejected", "chosen_id", "rejected_id", "margin"} <= set(
        pairs.columns
    )
    rows = pl.concat([kept, rejected], how="diagonal_relaxed")
    info = {
        i: (v, d) for i, v, d in zip(rows["id"], rows["verdict"], rows["dropped_by"], strict=True)
    }
    kinds = set()
    for cid, rid in zip(pairs["chosen_id"], pairs["rejected_id"], strict=True):
        verdict, dropped = info[cid]
        assert verdict == "correct" and dropped in (None, "select")  # correct and clean
        verdict, dropped = info[rid]
        kind = "incorrect" if verdict == "incorrect" else "filtered"
        assert kind in allowed and (kind == "incorrect" or dropped in FILTERS_R1)
        kinds.add(kind)
    assert kinds == allowed  # both kinds occur in the sample when allowed
    assert Counter(pairs["prompt_id"]).most_common(1)[0][1] <= 2  # max_pairs_per_prompt
    # conversational TRL format: prompt messages, one assistant message per side
    first = pairs.row(0, named=True)
    assert first["prompt"][-1]["role"] == "user" and first["chosen"][0]["role"] == "assistant"
    res = export(tmp_path / "pairs", "trl-dpo", tmp_path / "dpo")
    assert res.rows_out == pairs.height
