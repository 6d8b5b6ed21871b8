"""Filters: each maps a polars batch to a keep mask and reason codes (see `curate.filters.base`).

Built-in filters are the modules of this package; each registers itself in
`curate.registry.FILTERS` by name.
"""

from curate.filters.base import Filter, FilterOutcome

__all__ = ["Filter", "FilterOutcome"]
