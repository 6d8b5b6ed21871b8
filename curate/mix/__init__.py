"""The `mix` job: combine finished runs into one set (the 800k SFT mix).

Modules: `spec` (the recipe's `mix:` block), `plan` (quota targets), `minhash` (near-duplicate
signatures), `decide` (which rows go: decontamination, exact and near dedup, quotas) and `job`
(the resumable job the runner calls: `curate.mix.job.run_mix`). Only the spec is imported here,
so the recipe schema can use it without loading the job.
"""

from curate.mix.spec import MixConfig

__all__ = ["MixConfig"]
