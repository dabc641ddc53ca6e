"""Byline case table."""

from __future__ import annotations

import pytest

from wirestory import parse, parse_byline

# id, text, (names, agency)
CASES = [
    ("one", "By Jane Doe", (["Jane Doe"], None)),
    (
        "two",
        "By Ingrid Melander and Harry Papachristou",
        (["Ingrid Melander", "Harry Papachristou"], None),
    ),
    (
        "three",
        "By Kristina Cooke, Pedro da Costa and Emily Flitter",
        (["Kristina Cooke", "Pedro da Costa", "Emily Flitter"], None),
    ),
    (
        "dataset-header",
        "-- By  Kristina Cooke ,  Pedro da Costa  and  Emily Flitter",
        (["Kristina Cooke", "Pedro da Costa", "Emily Flitter"], None),
    ),
    ("caps-with-title", "By ANDREW TAYLOR, Associated Press Writer", (["ANDREW TAYLOR"], "AP")),
    ("agency-title", "By Brigid Riley, Reuters", (["Brigid Riley"], "Reuters")),
    ("agency-only", "By Reuters", ([], "Reuters")),
    ("agency-staff", "Reuters Staff", ([], "Reuters")),
    ("the-ap", "By THE ASSOCIATED PRESS", ([], "AP")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_byline(text: str, expected: tuple[list[str], str | None]) -> None:
    """People as written, the agency never among them."""
    found = parse_byline(text)
    assert found is not None
    assert ([p.name for p in found.contributors], found.agency) == expected


@pytest.mark.parametrize(
    "text",
    ["By the end of the day, prices had fallen.", "Bystanders watched.", "Oil rises"],
    ids=["sentence", "word-starting-by", "headline"],
)
def test_not_a_byline(text: str) -> None:
    """Sentences that start with By are not bylines."""
    assert parse_byline(text) is None


def test_display_name_normalises_capitals() -> None:
    """Capitals become title case with particles and Mc kept right."""
    found = parse_byline("By ROBERT MCDONALD and LUDWIG VAN DER BERG")
    assert found is not None
    assert [p.display_name for p in found.contributors] == [
        "Robert McDonald",
        "Ludwig van der Berg",
    ]


def test_byline_glued_to_dateline() -> None:
    """A byline on the dateline's line is split from it."""
    story = parse(
        "By Promit Mukherjee and David Ljunggren OTTAWA, Feb 12 (Reuters) - The BoC spoke."
    )
    assert story.byline is not None and story.dateline is not None
    assert [p.name for p in story.byline.contributors] == ["Promit Mukherjee", "David Ljunggren"]
    assert story.dateline.locations == ("OTTAWA",)
    assert story.body == "The BoC spoke."
