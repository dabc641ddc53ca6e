"""Shared by the interchange tests: a sample story and the corpus (skipped when absent)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wirestory import Story, parse

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""The read-only shared folder beside the project root (``../shared``)."""

SAMPLE = parse(
    "Oil rises\n\nBy Jo Li\n\nLONDON, April 2 (Reuters) - Prices rose.\n\nTraders cheered.\n"
    "($1 = 0.92 euros)\n(Reporting by Al Mo in Paris; Editing by Bo Wu)\n\nComments",
    reference_date=dt.date(2025, 4, 2),
)


def corpus_records() -> Iterator[dict[str, Any]]:
    """Every record of the shared corpus, or a skip when ../shared is absent."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("the shared corpus (../shared) is not available")
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)


def corpus_stories() -> Iterator[tuple[str, Story]]:
    """Each corpus story parsed with its reference date."""
    for record in corpus_records():
        date = record["reference_date"]
        ref = dt.date.fromisoformat(date) if date else None
        yield record["id"], parse(record["text"], reference_date=ref)
