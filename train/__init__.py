"""Thin wrappers over TRL trainers. Each module exposes a click `command` for `curate train`;
torch, transformers and trl are imported only when a command runs (`pip install "curate[train]"`)."""
