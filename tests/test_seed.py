"""The seed story: its parse is fixed, field by field and as a whole."""

from __future__ import annotations

import json
from pathlib import Path

from wirestory import parse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_30918cf3994168c8.txt"


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_fields() -> None:
    """The seed gives the parse the project was created from."""
    story = parse(_seed())
    assert story.dateline is not None
    assert story.dateline.locations == ("MOSCOW",)
    assert story.agency == "Reuters"
    assert len(story.paragraphs) == 12
    assert story.paragraphs[0].text.startswith("Russian President Vladimir Putin hailed")
    assert story.paragraphs[-1].text.endswith("across Ukraine.")
    assert [(c.role, [p.name for p in c.contributors]) for c in story.credits] == [
        ("reporting", ["Reuters"]),
        ("editing", ["Alexandra Hudson", "Gareth Jones"]),
    ]
    assert [(b.kind, b.text) for b in story.boilerplate] == [("comments", "Comments")]
    assert story.notes == () and story.byline is None and story.headline is None


def test_seed_golden() -> None:
    """The whole parse equals the expected parse kept beside the seed."""
    expected = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    assert parse(_seed()).to_dict() == expected
