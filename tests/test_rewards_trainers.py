"""The rewards in other trainers' shapes: verl's `compute_score` and OpenRLHF's `reward_func`,
loaded the way those trainers load them (a fresh module from the file path, or the package)."""

from __future__ import annotations

import importlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import trace

REWARDS_FILE = Path(__file__).resolve().parents[1] / "train" / "rewards.py"
CHAT_PROMPT = "<|im_start|>user\nWhat is 1+1?<|im_end|>\n<|im_start|>assistant\n"


def _by_path(name: str) -> ModuleType:
    """As verl's `load_extern_object(path)` and OpenRLHF's `--remote_rm_url FILE.py` do: a fresh
    module that is not in `sys.modules`."""
    spec = importlib.util.spec_from_file_location(name, REWARDS_FILE)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(params=["path", "package"])
def rewards(request: pytest.FixtureRequest) -> ModuleType:
    if request.param == "path":
        return _by_path("custom_module_test")
    return importlib.import_module("curate.train.rewards")


@pytest.mark.parametrize(
    ("solution", "truth", "info", "want"),
    [
        # right answer, math judge named by the export's extra_info
        (trace("a", "2"), "2", {"reward_type": "math"}, {"score": 1.0, "unjudged": 0.0}),
        # wrong answer
        (trace("a", "3"), "2", {"reward_type": "math"}, {"score": 0.0, "unjudged": 0.0}),
        # a choice row is judged by the choice judge (letter answers)
        (trace("a", "B"), "B", {"reward_type": "choice"}, {"score": 1.0, "unjudged": 0.0}),
        # no reference: nobody can judge; 0.0 for verl, flagged as unjudged
        (trace("a", "2"), "", None, {"score": 0.0, "unjudged": 1.0}),
        # a reward type no judge handles: unjudged, not a plausible score
        (trace("a", "2"), "2", {"reward_type": "no-such-judge"}, {"score": 0.0, "unjudged": 1.0}),
    ],
)
def test_verl_compute_score(
    rewards: ModuleType, solution: str, truth: str, info: dict | None, want: dict
) -> None:
    assert rewards.verl_compute_score("src", solution, truth, info) == want


@pytest.mark.parametrize(
    ("response", "label", "want", "unjudged"),
    [
        # plain-text label (single-domain set): the default judge (math)
        (trace("a", "2") + "<|im_end|>", "2", 1.0, 0.0),
        # the export's JSON label of a mixed-domain set carries the reward type to the judge
        (
            trace("a", "C") + "<|im_end|>",
            json.dumps({"reference": "C", "reward_type": "choice"}),
            1.0,
            0.0,
        ),
        # the same label as a mapping (OpenRLHF keeps a JSON object as a dict)
        (trace("a", "D"), {"reference": "C", "reward_type": "choice"}, 0.0, 0.0),
        # trailing special tokens after the answer are not part of the response
        (trace("a", "2") + "<|im_end|>\n<|endoftext|>", "2", 1.0, 0.0),
        # an unknown reward type: cannot judge, scored 0 and logged as unjudged
        (trace("a", "2"), json.dumps({"reference": "2", "reward_type": "nope"}), 0.0, 1.0),
        # a label that looks like JSON but is a plain reference stays a reference
        (trace("a", "\\{1,2\\}"), "{1,2}", 1.0, 0.0),
    ],
)
def test_openrlhf_reward_func(
    rewards: ModuleType, response: str, label: Any, want: float, unjudged: float
) -> None:
    out = rewards.reward_func([CHAT_PROMPT + response], [CHAT_PROMPT], [label])
    assert [float(x) for x in out["rewards"]] == [want]
    assert [float(x) for x in out["scores"]] == [want]
    assert [float(x) for x in out["extra_logs"]["unjudged"]] == [unjudged]


def test_openrlhf_reward_func_batches_mixed_types(rewards: ModuleType) -> None:
    labels = [
        json.dumps({"reference": "2", "reward_type": "math"}),
        json.dumps({"reference": "A", "reward_type": "choice"}),
    ]
    out = rewards.reward_func(
        [CHAT_PROMPT + trace("a", "2"), CHAT_PROMPT + trace("a", "B")], [CHAT_PROMPT] * 2, labels
    )
    # the math row is right, the choice row wrong: each judged by its own type
    assert [float(x) for x in out["rewards"]] == [1.0, 0.0]


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("42", ("42", None)),  # plain text
        ('{"reference": "x", "reward_type": "code"}', ("x", "code")),  # the export's JSON
        ({"reference": "x", "reward_type": "math"}, ("x", "math")),  # as a mapping
        ('{"reward_type": broken', ('{"reward_type": broken', None)),  # not JSON: a reference
        (
            '{"a": 1, "reward_type": "m"}',
            ('{"a": 1, "reward_type": "m"}', None),
        ),  # no reference key
    ],
)
def test_parse_label(label: Any, want: tuple) -> None:
    from curate.train._reward_rows import parse_label

    assert parse_label(label) == want
