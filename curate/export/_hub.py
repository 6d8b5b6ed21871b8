"""`--push-to-hub REPO`: upload an export folder to a Hugging Face dataset repo (any format).

The token is checked before any work (offline or logged out: a one-line error); the upload is
`HfApi.create_repo` + `HfApi.upload_folder` of the files the export wrote and its card.
"""

from __future__ import annotations

import os
from pathlib import Path

from curate.export._base import ExportError


def hub_token(repo: str, out: Path) -> str:
    """The Hub token, or a one-line error when offline or logged out (checked before work)."""
    try:
        from huggingface_hub import constants, get_token
    except ImportError as exc:  # pragma: no cover - a dependency of datasets
        raise ExportError(
            "--push-to-hub needs huggingface_hub: pip install huggingface_hub"
        ) from exc
    offline = getattr(constants, "is_offline_mode", None)
    is_off = offline() if callable(offline) else bool(getattr(constants, "HF_HUB_OFFLINE", False))
    if is_off or os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise ExportError(
            f"--push-to-hub {repo}: the Hugging Face Hub is offline (HF_HUB_OFFLINE is set); "
            f"unset it, or export without --push-to-hub and upload later with "
            f"`hf upload {repo} {out} --repo-type dataset`"
        )
    token = get_token()
    if not token:
        raise ExportError(
            f"--push-to-hub {repo}: no Hugging Face token; run `hf auth login` or set HF_TOKEN"
        )
    return str(token)


def push_folder(out: Path, repo: str, files: list[str], *, private: bool, token: str) -> None:
    """Create the dataset repo (if needed) and upload `files` (patterns relative to `out`)."""
    try:
        from huggingface_hub import HfApi

        api = HfApi(token=token)
        api.create_repo(repo, repo_type="dataset", private=private, exist_ok=True)
        api.upload_folder(
            folder_path=str(out),
            repo_id=repo,
            repo_type="dataset",
            allow_patterns=files,
            commit_message="curate export",
        )
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [""])[0]
        raise ExportError(f"--push-to-hub {repo}: {type(exc).__name__}: {first}") from None
