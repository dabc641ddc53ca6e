"""Doctest collection: skip the optional integrations whose extra is not installed."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("dask") else ["src/wirestory/dask.py"]
