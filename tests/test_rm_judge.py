"""The `rm` judge (reward-model scores), the `rm_threshold` filter and `select: {by: rm_score}`.

A tiny random Qwen2ForSequenceClassification is built offline next to the tiny model's
tokenizer (tests/tiny_model.py); scores are compared with a plain transformers forward pass, across
batch sizes, and (marked `vllm`, run by .ci/vllm.sh) with vLLM's pooling runner.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from curate.filters.rm_threshold import RMThresholdFilter

from curate.errors import StageError
from curate.recipe import SelectConfig, load_recipe
from curate.select import apply_select

HEADS = {0: "helpfulness", 1: "harmlessness", 2: "LABEL_2"}


def build_tiny_rm(path: Path, num_labels: int = 1, seed: int = 1) -> Path:
    """A random sequence-classification reward model beside the tiny model's tokenizer."""
    import torch
    from transformers import AutoConfig, Qwen2ForSequenceClassification

    from tests.tiny_model import build_tiny_model

    build_tiny_model(path)
    cfg = AutoConfig.from_pretrained(path)
    cfg.num_labels = num_labels
    if num_labels == 3:
        cfg.id2label = dict(HEADS)
        cfg.label2id = {v: k for k, v in HEADS.items()}
    cfg.architectures = ["Qwen2ForSequenceClassification"]
    torch.manual_seed(seed)
    Qwen2ForSequenceClassification(cfg).to(torch.float32).eval().save_pretrained(path)
    (path / "generation_config.json").unlink(missing_ok=True)
    return path


@pytest.fixture(scope="session")
def tiny_rm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch", reason="the tiny reward model needs torch")
    pytest.importorskip("transformers", reason="the tiny reward model needs transformers")
    return build_tiny_rm(tmp_path_factory.mktemp("tiny_rm") / "rm")


@pytest.fixture(scope="session")
def tiny_rm3_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch", reason="the tiny reward model needs torch")
    return build_tiny_rm(tmp_path_factory.mktemp("tiny_rm3") / "rm3", num_labels=3)


PROMPTS: list[Any] = [
    "What is 2 + 3?",
    [{"role": "user", "content": "Solve for x: 3x + 5 = 20."}],
    [
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": "Name a color."},
    ],
    "How many clips did Natalia sell?",
    "x",
]
COMPLETIONS = [
    "<think>2 + 3 = 5</think> The answer is \\boxed{5}.",
    "<think>Subtract 5: 3x = 15.</think> x = 5",
    "red",
    "<think>48 + 24 = 72</think> \\boxed{72} and some more words to make it longer " * 3,
    "ends in the pad token <|endoftext|>",
]


def _batch(n: int = len(PROMPTS), chat: bool = True) -> pl.DataFrame:
    """A batch has one prompt dtype: all chat (text prompts as one user message), or all text."""
    from curate.judges.rm_score import as_messages

    if chat:
        prompts: list[Any] = [as_messages(p) for p in PROMPTS[:n]]
    else:
        prompts = [p for p in PROMPTS[:n] if isinstance(p, str)]
    comps = [
        c for p, c in zip(PROMPTS[:n], COMPLETIONS[:n], strict=True) if chat or isinstance(p, str)
    ]
    return pl.DataFrame({"prompt": prompts, "completion": comps})


def _reference_scores(model_dir: Path) -> list[float]:
    """Unbatched transformers forward over the chat template: what the judge must reproduce."""
    import torch
    from curate.judges.rm_score import as_messages
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
    out = []
    for p, c in zip(PROMPTS, COMPLETIONS, strict=True):
        msgs = [*as_messages(p), {"role": "assistant", "content": c}]
        ids = tok.apply_chat_template(msgs, tokenize=True, return_dict=True)["input_ids"]
        with torch.inference_mode():
            out.append(float(model(input_ids=torch.tensor([ids])).logits[0, 0]))
    return out


def test_scores_match_transformers_at_every_batch_size(tiny_rm_dir: Path) -> None:
    from curate.judges.rm import RMJudge

    ref = _reference_scores(tiny_rm_dir)
    assert len(set(round(x, 6) for x in ref)) == len(ref)  # inputs differ, so do scores
    text_only = [r for p, r in zip(PROMPTS, ref, strict=True) if isinstance(p, str)]
    for bs in (1, 2, 8):
        judge = RMJudge(model=str(tiny_rm_dir), batch_size=bs)
        res = judge.judge(_batch())
        assert res["rm_score"].to_list() == pytest.approx(ref, abs=1e-5), bs
        # a text prompt is one user message: same scores from a text batch
        text = judge.judge(_batch(chat=False))["rm_score"].to_list()
        assert text == pytest.approx(text_only, abs=1e-5), bs
        assert res["verdict"].to_list() == ["unknown"] * len(ref)  # no threshold: decides nothing
        assert res["judge_reason"].to_list() == ["scored"] * len(ref)
        assert res["score"].null_count() == len(ref)
        assert res["rm_score_truncated"].to_list() == [False] * len(ref)


CASES = [
    # (params, completion, verdict, reason, scored?, truncated?)
    ({"threshold": -1e9}, "4", "correct", "above_threshold", True, False),  # at/above: correct
    ({"threshold": 1e9}, "4", "incorrect", "below_threshold", True, False),  # below: incorrect
    ({"max_length": 16}, "word " * 40, "unknown", "too_long", False, False),  # skip, not an error
    ({"max_length": 16, "too_long": "left"}, "word " * 40, "unknown", "scored", True, True),
    ({"max_length": 16, "too_long": "middle"}, "word " * 40, "unknown", "scored", True, True),
    ({"response": "summary"}, "<think>never closed", "unknown", "no_summary", False, False),
    ({"response": "summary"}, "plain answer, no tags", "unknown", "scored", True, False),
    ({}, None, "unknown", "no_completion", False, False),  # nothing to score
    ({"threshold": 0.0, "max_length": 16}, "word " * 40, "unknown", "too_long", False, False),
]


@pytest.mark.parametrize("params,completion,verdict,reason,scored,truncated", CASES)
def test_verdicts_and_reason_codes(
    tiny_rm_dir: Path,
    params: dict[str, Any],
    completion: str | None,
    verdict: str,
    reason: str,
    scored: bool,
    truncated: bool,
) -> None:
    from curate.judges.rm import RMJudge

    batch = pl.DataFrame(
        {"prompt": ["q"], "completion": [completion]},
        schema={"prompt": pl.Utf8, "completion": pl.Utf8},
    )
    res = RMJudge(model=str(tiny_rm_dir), **params).judge(batch)
    assert res["verdict"][0] == verdict
    assert res["judge_reason"][0] == reason
    assert (res["rm_score"][0] is not None) == scored
    assert res["rm_score_truncated"][0] == truncated
    if verdict in ("correct", "incorrect"):
        assert res["score"][0] == res["rm_score"][0]
    else:
        assert res["score"][0] is None


def test_summary_mode_scores_only_the_summary(tiny_rm_dir: Path) -> None:
    from curate.judges.rm import RMJudge

    full = "<think>long reasoning here</think> The answer is 5."
    j = RMJudge(model=str(tiny_rm_dir), response="summary")
    a = j.judge(pl.DataFrame({"prompt": ["q"], "completion": [full]}))["rm_score"][0]
    b = j.judge(pl.DataFrame({"prompt": ["q"], "completion": ["The answer is 5."]}))["rm_score"][0]
    c = RMJudge(model=str(tiny_rm_dir)).judge(pl.DataFrame({"prompt": ["q"], "completion": [full]}))
    assert a == pytest.approx(b, abs=1e-6)
    assert c["rm_score"][0] != pytest.approx(a, abs=1e-6)


def test_a_template_error_is_one_rows_reason(tiny_rm_dir: Path, tmp_path: Path) -> None:
    import shutil

    from curate.judges.rm import RMJudge

    model = shutil.copytree(tiny_rm_dir, tmp_path / "rm")
    (model / "chat_template.jinja").write_text(
        "{%- for m in messages %}{%- if m['role'] == 'system' %}"
        "{{ raise_exception('system messages are not supported') }}{%- endif %}"
        "{{- '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}{%- endfor %}"
    )
    res = RMJudge(model=str(model)).judge(_batch(3))  # prompt 2 has a system message
    assert res["judge_reason"].to_list() == ["scored", "scored", "template_error"]
    assert res["rm_score"].null_count() == 1 and res["rm_score"][2] is None


def test_trl_reward_signature(tiny_rm_dir: Path) -> None:
    from curate.judges.rm import RMJudge

    judge = RMJudge(model=str(tiny_rm_dir), max_length=64)
    rewards = judge(
        [COMPLETIONS[0], [{"role": "assistant", "content": COMPLETIONS[1]}], "word " * 200],
        prompts=[PROMPTS[0], PROMPTS[1], "q"],
    )
    ref = _reference_scores(tiny_rm_dir)
    assert rewards[0] == pytest.approx(ref[0], abs=1e-5)
    assert rewards[1] == pytest.approx(ref[1], abs=1e-5)  # conversational completion
    assert rewards[2] is None  # too long: cannot score, never 0
    assert judge.__name__ == "rm_reward"


def test_multi_head_model(tiny_rm3_dir: Path) -> None:
    from curate.judges.rm import RMJudge

    batch = _batch(3)
    res = RMJudge(model=str(tiny_rm3_dir)).judge(batch)
    heads = ["rm_score_helpfulness", "rm_score_harmlessness", "rm_score_2"]
    assert set(heads) <= set(res.columns)
    assert res["rm_score"].to_list() == res["rm_score_helpfulness"].to_list()  # head 0 by default
    by_label = RMJudge(model=str(tiny_rm3_dir), head="harmlessness").judge(batch)
    assert by_label["rm_score"].to_list() == res["rm_score_harmlessness"].to_list()
    mixed = RMJudge(model=str(tiny_rm3_dir), head_weights=[0.5, 0.5, 0.0]).judge(batch)
    want = [0.5 * a + 0.5 * b for a, b in zip(res[heads[0]], res[heads[1]], strict=True)]
    assert mixed["rm_score"].to_list() == pytest.approx(want)


@pytest.mark.parametrize(
    "params,message",
    [
        ({"head": 5}, "rm.head: the model has heads 0..2"),  # index out of range
        ({"head": "honesty"}, "unknown head 'honesty'"),  # not one of the model's labels
        ({"head_weights": [1.0]}, "the model has 3 heads, got 1 weights"),  # wrong count
    ],
)
def test_bad_head_params_name_the_problem(
    tiny_rm3_dir: Path, params: dict[str, Any], message: str
) -> None:
    from curate.judges.rm import RMJudge

    with pytest.raises(ValueError, match=message):
        RMJudge(model=str(tiny_rm3_dir), **params).judge(_batch(1))


def test_recipe_validation_of_rm_params(tmp_path: Path) -> None:
    from curate.errors import RecipeError

    data = {
        "name": "t",
        "source": {"path": "d.jsonl"},
        "judges": [{"rm": {"model": "m", "too_long": "cut", "batch_size": 0}}],
    }
    with pytest.raises(RecipeError) as err:
        load_recipe(data=data, base_dir=tmp_path)
    text = str(err.value)
    assert "judges[0].rm.too_long" in text and "judges[0].rm.batch_size" in text


def test_missing_model_is_a_stage_error(tmp_path: Path) -> None:
    from curate.judges.rm import RMJudge

    with pytest.raises(StageError, match="cannot load a reward model"):
        RMJudge(model=str(tmp_path / "nothing-here")).judge(_batch(1))


# --- rm_threshold filter and select by score (no model needed) ----------------------------

FILTER_CASES = [
    # (params, scores, keep, reasons)
    (
        {"min": 0.0},
        [1.0, -1.0, None],
        [True, False, False],
        [None, "rm_below_min", "rm_not_scored"],
    ),
    ({"max": 0.5}, [1.0, 0.5], [False, True], ["rm_above_max", None]),  # max is inclusive
    ({"min": 0.0, "missing": "keep"}, [None, float("nan")], [True, True], [None, None]),
    ({}, [float("nan")], [False], ["rm_not_scored"]),  # NaN is no score
    ({"column": "rm_helpful", "min": 0.0}, [1.0], [False], ["rm_no_column"]),  # no such column
]


@pytest.mark.parametrize("params,scores,keep,reasons", FILTER_CASES)
def test_rm_threshold_filter(
    params: dict[str, Any], scores: list[float | None], keep: list[bool], reasons: list[str | None]
) -> None:
    batch = pl.DataFrame(
        {"id": [str(i) for i in range(len(scores))], "rm_score": scores},
        schema={"id": pl.Utf8, "rm_score": pl.Float64},
    )
    out = RMThresholdFilter(**params).apply(batch)
    kept_ids = set(out.kept["id"].to_list())
    assert [str(i) in kept_ids for i in range(len(scores))] == keep
    got = dict(zip(out.rejected["id"].to_list(), out.rejected["reason"].to_list(), strict=True))
    assert [got.get(str(i)) for i in range(len(scores))] == reasons


def test_rm_threshold_rejects_inverted_range() -> None:
    with pytest.raises(ValueError, match="above max"):
        RMThresholdFilter(min=1.0, max=0.0)


def test_select_by_score_keeps_top_k_per_prompt() -> None:
    rows = pl.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e", "f"],
            "prompt_id": ["p", "p", "p", "q", "q", "q"],
            "sample_index": [0, 1, 2, 0, 1, 2],
            "completion": ["x"] * 6,
            "rm_score": [0.1, 0.9, None, float("nan"), -2.0, -1.0],
        }
    )
    kept, rejected, rec = apply_select(rows, SelectConfig(k=2, by="rm_score"))
    assert sorted(kept["id"].to_list()) == ["a", "b", "e", "f"]  # None and NaN rank last
    assert rejected["reason"].to_list() == ["over_k", "over_k"]
    assert rec["reasons"] == {"over_k": 2}
    with pytest.raises(StageError, match="select.by: no column 'rm_helpful'"):
        apply_select(rows, SelectConfig(k=1, by="rm_helpful"))


def test_select_by_score_ties_follow_the_policy() -> None:
    rows = pl.DataFrame(
        {
            "id": ["a", "b", "c"],
            "prompt_id": ["p"] * 3,
            "sample_index": [0, 1, 2],
            "completion": ["long answer", "short", "mid one"],
            "rm_score": [1.0, 1.0, 0.0],
        }
    )
    kept, _, _ = apply_select(rows, SelectConfig(k=1, by="rm_score", policy="shortest"))
    assert kept["id"].to_list() == ["b"]  # tied on score: the shorter one
    kept, _, _ = apply_select(rows, SelectConfig(k=1, by="rm_score"))
    assert kept["id"].to_list() == ["a"]  # tied on score: the first one
    with pytest.raises(ValueError, match="cannot be combined with policy `diverse`"):
        SelectConfig(k=1, by="rm_score", policy="diverse")


# --- in a run: cascade, threshold filter, select by score-------------------------------------


def test_rm_in_a_run_cascade_filter_and_select(tiny_rm_dir: Path, tmp_path: Path) -> None:
    from curate.runner import run
    from tests.helpers import trace, write_jsonl

    write_jsonl(
        tmp_path / "d.jsonl",
        [
            {
                "q": "What is 1+1?",
                "a": "2",
                "c": [trace("1+1", "2"), trace("hm", "3"), trace("so", "2")],
            },
            {"q": "Name a color", "a": None, "c": ["red", "blue", "green"]},
        ],
    )
    recipe = load_recipe(
        data={
            "name": "rmrun",
            "source": {
                "path": str(tmp_path / "d.jsonl"),
                "columns": {"prompt": "q", "reference": "a", "completion": "c"},
            },
            "judges": ["exact", {"rm": {"model": "rm", "threshold": -1e9, "when": "unknown"}}],
            "filters": [{"rm_threshold": {"min": -1e9, "missing": "keep"}}, "correct"],
            "select": {"k": 1, "by": "rm_score"},
        },
        base_dir=tiny_rm_dir.parent,  # the model path is relative to the recipe
    )
    res = run(recipe, out=tmp_path / "run")
    from curate.store import open_run

    kept = open_run(tmp_path / "run").read_kept()
    by_judge = dict(zip(kept["prompt"].to_list(), kept["judge"].to_list(), strict=True))
    assert by_judge == {"What is 1+1?": "exact", "Name a color": "rm"}  # rm decided only the rest
    color = kept.filter(pl.col("prompt") == "Name a color")
    rej = open_run(tmp_path / "run").read_rejected().filter(pl.col("prompt") == "Name a color")
    assert color["rm_score"][0] >= rej["rm_score"].max()  # select by rm_score kept the top one
    rm_stage = next(s for s in res.stats["stages"] if s["name"] == "rm")
    assert rm_stage["judged"] == 3 and rm_stage["verdicts"] == {"correct": 3}
    math_rows = kept.filter(pl.col("prompt") == "What is 1+1?")
    assert math_rows["rm_score"][0] is None  # `when: unknown` never scored the decided rows
    assert all(math.isfinite(x) for x in color["rm_score"].to_list())


# --- vLLM (run by .ci/vllm.sh in the vLLM venv) ---------------------------------------------------


@pytest.mark.vllm
def test_vllm_scores_match_transformers(tiny_rm_dir: Path) -> None:
    pytest.importorskip("vllm", reason="needs the vLLM CPU build (.ci/vllm.sh)")
    from curate.judges.rm import RMJudge
    from curate.judges.rm_score import release_scorers

    hf = RMJudge(model=str(tiny_rm_dir)).judge(_batch())
    try:
        vl = RMJudge(
            model=str(tiny_rm_dir),
            backend="vllm",
            dtype="float32",
            engine_args={"enforce_eager": True, "max_model_len": 512},
        ).judge(_batch())
    finally:
        release_scorers()
    assert vl["rm_score"].to_list() == pytest.approx(hf["rm_score"].to_list(), abs=1e-4)
    assert vl["judge_reason"].to_list() == hf["judge_reason"].to_list()
