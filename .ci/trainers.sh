#!/usr/bin/env bash
# The trainers step of CI: export the shipped recipes' runs for every trainer, then load each
# export with the trainer's own code (verl, LLaMA-Factory, OpenRLHF) in their own venv, running
# the snippet each dataset card prints, and the reward functions the way each trainer loads them.
#
# The venv (default .venv-trainers, ignored by git) holds torch 2.13.0 (CPU), curate, and
# verl / LLaMA-Factory / OpenRLHF installed with --no-deps (their full installs pull CUDA
# builds, flash-attn or gradio) plus the modules their dataset code imports. Versions are held
# by a constraints file where the trainers agree: transformers 5.5.4 (verl: >=5.5.3,<5.11;
# LLaMA-Factory: <=5.6.0), datasets 4.0.0, trl 0.24.0 (LLaMA-Factory). Exports are made with the
# main venv (.venv, built by .ci/run first); the tokenizer is the tests' tiny one, built offline.
#
# Usage: bash .ci/trainers.sh        Env: PYTHON (python3), TRAINERS_VENV (.venv-trainers)
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${TRAINERS_VENV:-.venv-trainers}"
MAIN="${MAIN_PYTHON:-.venv/bin/python}"
T0=$(date +%s)

quiet_pip() {
  "$@" 2>&1 | { grep -v -e "is ignored: it is neither a file nor a directory" -e "requires .*, but you have" \
    -e "dependency conflicts" -e "^ERROR: pip's dependency resolver" || true; }
  return "${PIPESTATUS[0]}"
}

ready() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" - <<'EOF' 2>/dev/null
import sys
import torch, verl, llamafactory, openrlhf, transformers  # noqa: F401
sys.exit(0 if torch.__version__.startswith("2.13.0") and transformers.__version__ == "5.5.4" else 1)
EOF
}

if ready; then
  echo "trainers.sh: reusing $VENV"
else
  echo "trainers.sh: creating $VENV"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  cat > "$VENV/constraints.txt" <<'EOF'
torch==2.13.0
transformers==5.5.4
datasets==4.0.0
tensordict==0.10.0
trl==0.24.0
peft==0.18.1
accelerate==1.11.0
EOF
  PIP=(quiet_pip "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
  "${PIP[@]}" "torch==2.13.0"  # the CPU build first; anything else pulls CUDA wheels
  "${PIP[@]}" -c "$VENV/constraints.txt" transformers datasets tensordict trl peft accelerate \
    ray omegaconf codetiming pylatexenc pillow
  "${PIP[@]}" --no-deps verl==0.9.1 llamafactory==0.9.5 openrlhf==0.11.2
  "${PIP[@]}" -c "$VENV/constraints.txt" -e .  # curate's own dependencies
fi
# curate (its reward functions), every time: it may have changed (deps came with the venv)
quiet_pip "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  -c "$VENV/constraints.txt" --no-deps -e .
if "$VENV/bin/python" -m pip list 2>/dev/null | grep -iE '^(nvidia-|cuda-)'; then
  echo "trainers.sh: CUDA packages got into $VENV" >&2; exit 1
fi
T1=$(date +%s)
echo "trainers.sh: venv ready in $((T1 - T0)) s ($("$VENV/bin/python" -c 'import torch, transformers, verl, openrlhf; from importlib.metadata import version as v; print("torch", torch.__version__, "transformers", transformers.__version__, "verl", v("verl"), "llamafactory", v("llamafactory"), "openrlhf", v("openrlhf"))'))"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/curate-trainers.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1 OMP_NUM_THREADS=1 \
       TOKENIZERS_PARALLELISM=false
"$MAIN" -c "from tests.tiny_model import build_tiny_model; build_tiny_model('$WORK/tok')" >/dev/null
export CURATE_TOKENIZER="$WORK/tok"

"$MAIN" .ci/trainer_exports.py "$WORK" > "$WORK/exports.txt"
mapfile -t DIRS < "$WORK/exports.txt"
T2=$(date +%s)
echo "trainers.sh: ${#DIRS[@]} exports of 5 shipped recipes in $((T2 - T1)) s"

"$VENV/bin/python" .ci/trainer_loaders.py "$PWD/train/rewards.py" "${DIRS[@]}"
T3=$(date +%s)
echo "trainers.sh: loaders took $((T3 - T2)) s; total $((T3 - T0)) s"
