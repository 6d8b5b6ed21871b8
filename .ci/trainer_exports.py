"""Run the shipped recipes that need no model and export each for the trainers checked by
.ci/trainers.sh (one process: curate.runner and curate.export, the code the CLI calls).

Usage: python .ci/trainer_exports.py WORK   → prints one export folder a line.
TRL's formats are loaded by the main test suite (tests/test_export_cards.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from curate.export import export
from curate.recipe import load_recipe
from curate.runner import run
from curate.shipped import resolve_recipe

FORMATS = {
    "quickstart": ["llamafactory", "openrlhf-sft"],  # SFT
    "non_reasoning_sft": ["llamafactory", "openrlhf-sft"],  # SFT without reasoning
    "pairs": ["llamafactory-pairs", "openrlhf-pairs"],  # pairs / reward-model data
    "rl_prompts_math": ["verl", "openrlhf"],  # RL prompts, one reward type
    "rl_prompts_mixed": ["verl", "openrlhf"],  # RL prompts, math + code + choice
}


def main(work: Path) -> None:
    for name, formats in FORMATS.items():
        run_dir = run(load_recipe(resolve_recipe(name)), out=work / "runs" / name).run_dir
        for fmt in formats:
            out = work / "exports" / f"{name}__{fmt}"
            export(run_dir, fmt, out)
            print(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
