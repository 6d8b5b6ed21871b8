"""Pipelines: the R1 data pipeline (or any chain of recipes, training steps and exports) as one
job with named stages, `needs:` between them, and outputs passed by name.

    curate run recipes/r1_tiny.yaml        # stages in dependency order; unchanged ones skipped
    curate validate recipes/r1_tiny.yaml   # every stage checked before any work
    curate stats runs/r1_tiny              # one funnel line per stage

Modules: `spec` (the file format, references, ordering) and `execute` (running, state,
validation). See `recipes/r1.yaml` (full scale) and `recipes/r1_tiny.yaml` (offline, CPU).
"""

from curate.flow.execute import plan, run_pipeline, validate_pipeline
from curate.flow.spec import PipelineSpec, is_pipeline_file, load_pipeline

__all__ = [
    "PipelineSpec",
    "is_pipeline_file",
    "load_pipeline",
    "plan",
    "run_pipeline",
    "validate_pipeline",
]
