"""Golden stories: tests/data/<agency>/<slug>.txt beside its expected <slug>.json.

To add one, write the story in a real shape, then run
``WIRESTORY_REGEN=1 python -m pytest tests/test_golden.py`` and review the JSON it
writes before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wirestory import Story, parse

DATA = Path(__file__).resolve().parent / "data"
STORIES = sorted(DATA.glob("*/*.txt"))
REGEN = os.environ.get("WIRESTORY_REGEN") == "1"


def _reference_date(path: Path) -> str | None:
    meta = path.with_suffix(".ref")
    return meta.read_text(encoding="utf-8").strip() if meta.exists() else None


@pytest.mark.parametrize("path", STORIES, ids=[f"{p.parent.name}/{p.stem}" for p in STORIES])
def test_golden_story(path: Path) -> None:
    """The parse of each golden story equals its reviewed JSON, and round-trips."""
    import datetime as dt

    ref = _reference_date(path)
    text = path.read_text(encoding="utf-8")
    story = parse(text, reference_date=dt.date.fromisoformat(ref) if ref else None)
    expected_path = path.with_suffix(".json")
    got = story.to_dict()
    if REGEN:
        expected_path.write_text(
            json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected
    assert Story.from_dict(expected) == story


def test_there_are_golden_stories() -> None:
    """The glob finds the golden stories (a moved folder would make this file vacuous)."""
    assert len(STORIES) >= 2
