"""Preference pairs (prompt, chosen, rejected) from a run's samples: the ONE implementation.

Used by the `pairs:` stage of a recipe, by `curate train rm`, and by the `trl-dpo` /
`trl-reward` exporters.

    pairs, stats = build_pairs(rows, PairsConfig(sources=["verdict", "rm"]))
    pairs = read_pairs("runs/my-run")          # RUN/pairs/part-*.parquet, committed shards only

Modules: `spec` (the recipe's `pairs:` block), `build` (candidates and the verdict, reward-model
and judge rules), `pairwise` (the pairwise LLM judge, asked in both orders) and `stage` (the
stage, storage and reading). Sources and statistics are described in `stage`.
"""

from curate.pairs.build import SCORE_EDGES, ratios
from curate.pairs.spec import CHAT, PAIRS_STAGE, SOURCES, PairJudgeConfig, PairsConfig
from curate.pairs.stage import (
    PairStage,
    build_pairs,
    empty_pairs,
    harmonise,
    load_pairs,
    pair_schema,
    read_pairs,
    sample_pairs,
    trl_columns,
)

__all__ = [
    "CHAT",
    "PAIRS_STAGE",
    "SCORE_EDGES",
    "SOURCES",
    "PairJudgeConfig",
    "PairStage",
    "PairsConfig",
    "build_pairs",
    "empty_pairs",
    "harmonise",
    "load_pairs",
    "pair_schema",
    "ratios",
    "read_pairs",
    "sample_pairs",
    "trl_columns",
]
