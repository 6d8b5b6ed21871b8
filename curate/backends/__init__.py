"""Generation backends (text in, samples out), registered in `curate.registry.BACKENDS`.

Each backend module imports its heavy dependency (vllm, transformers, an HTTP client) only
inside the backend, so listing backends stays cheap.
"""
