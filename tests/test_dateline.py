"""Dateline case table: Reuters copy as found in the wild, one row per shape."""

from __future__ import annotations

import datetime as dt

import pytest

from wirestory import parse, parse_dateline

REF = dt.date(2025, 4, 27)

# id, text, (locations, region, date_text, agency, dateline text)
CASES = [
    (
        "city-date",
        "LONDON, Sept 28 (Reuters) - British drivers fumed.",
        (("LONDON",), None, "Sept 28", "Reuters", "LONDON, Sept 28 (Reuters) -"),
    ),
    (
        "city-only-en-dash",
        "MOSCOW (Reuters) – Putin spoke.",
        (("MOSCOW",), None, None, "Reuters", "MOSCOW (Reuters) –"),
    ),
    (
        "em-dash",
        "PARIS (Reuters) — France said.",
        (("PARIS",), None, None, "Reuters", "PARIS (Reuters) —"),
    ),
    (
        "double-hyphen",
        "TOKYO, Sept 20 (Reuters) -- Japan's Nikkei fell.",
        (("TOKYO",), None, "Sept 20", "Reuters", "TOKYO, Sept 20 (Reuters) --"),
    ),
    (
        "no-place",
        "(Reuters) -The FDA granted approval.",
        ((), None, None, "Reuters", "(Reuters) -"),
    ),
    (
        "date-no-place",
        "May 8 (Reuters) - RBC raised its target.",
        ((), None, "May 8", "Reuters", "May 8 (Reuters) -"),
    ),
    (
        "missing-space-after",
        "LONDON (Reuters) -The IMF said.",
        (("LONDON",), None, None, "Reuters", "LONDON (Reuters) -"),
    ),
    (
        "missing-space-before",
        "BANGKOK, Dec 13 (Reuters)- Thailand's leader vowed.",
        (("BANGKOK",), None, "Dec 13", "Reuters", "BANGKOK, Dec 13 (Reuters)-"),
    ),
    (
        "multi-city-slash",
        "KYIV/MOSCOW (Reuters) - Both sides claimed gains.",
        (("KYIV", "MOSCOW"), None, None, "Reuters", "KYIV/MOSCOW (Reuters) -"),
    ),
    (
        "multi-city-spaced-slash",
        "LONDON / SINGAPORE (Reuters) - The dollar drifted.",
        (("LONDON", "SINGAPORE"), None, None, "Reuters", "LONDON / SINGAPORE (Reuters) -"),
    ),
    (
        "city-region",
        "RIKUZENTAKATA, Japan (Reuters) – Japan mourned.",
        (("RIKUZENTAKATA",), "Japan", None, "Reuters", "RIKUZENTAKATA, Japan (Reuters) –"),
    ),
    (
        "mixed-case-city",
        "Los Angeles (Reuters) -The Buss family is selling.",
        (("Los Angeles",), None, None, "Reuters", "Los Angeles (Reuters) -"),
    ),
    (
        "two-word-city",
        "NEW YORK, April 26 (Reuters) - Stocks rose.",
        (("NEW YORK",), None, "April 26", "Reuters", "NEW YORK, April 26 (Reuters) -"),
    ),
    (
        "st-petersburg",
        "ST. PETERSBURG (Reuters) - The forum opened.",
        (("ST. PETERSBURG",), None, None, "Reuters", "ST. PETERSBURG (Reuters) -"),
    ),
    (
        "breakingviews",
        "LONDON (Reuters Breakingviews) - Banks are cheap.",
        (("LONDON",), None, None, "Reuters", "LONDON (Reuters Breakingviews) -"),
    ),
    (
        "nbsp",
        "LONDON,\u00a0Sept\u00a028 (Reuters)\u00a0- Prices rose.",
        (
            ("LONDON",),
            None,
            "Sept\u00a028",
            "Reuters",
            "LONDON,\u00a0Sept\u00a028 (Reuters)\u00a0-",
        ),
    ),
    (
        "1987-no-agency",
        "CLEVELAND, Feb 26 - Standard Oil Co said.",
        (("CLEVELAND",), None, "Feb 26", None, "CLEVELAND, Feb 26 -"),
    ),
    (
        "region-and-full-date",
        "WESTPORT, Wash. July 24, 2012 (AP) Officials are watching.",
        (("WESTPORT",), "Wash.", "July 24, 2012", "AP", "WESTPORT, Wash. July 24, 2012 (AP)"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dateline_fields(text: str, expected: tuple[object, ...]) -> None:
    """Each real shape gives the same places, region, date text and agency."""
    found = parse_dateline(text, reference_date=REF)
    assert found is not None
    assert (found.locations, found.region, found.date_text, found.agency, found.text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The index fell on Monday.",
        "Reporting season starts in May, analysts said.",
        "UPDATE 2-Oil rises on Greek bailout hopes",
        "By Jane Doe",
        "He said: the market fell.",
        "",
    ],
    ids=["sentence", "sentence-with-month", "slugged-headline", "byline", "colon", "empty"],
)
def test_not_a_dateline(text: str) -> None:
    """Sentences, headlines and bylines are not datelines."""
    assert parse_dateline(text) is None


def test_dateline_is_stripped_from_first_paragraph() -> None:
    """The first paragraph starts after the separator."""
    story = parse("LONDON (Reuters) -The IMF said so.\nIt was late.")
    assert [p.text for p in story.paragraphs] == ["The IMF said so.", "It was late."]


def test_dateline_only_where_the_story_begins() -> None:
    """A dateline-like string inside the body is body text."""
    story = parse("PARIS (AFP) - First.\n\nLONDON (Reuters) - quoted wire copy.")
    assert story.dateline is not None and story.dateline.locations == ("PARIS",)
    assert story.paragraphs[1].text == "LONDON (Reuters) - quoted wire copy."


@pytest.mark.parametrize(
    ("date_text", "ref", "expected", "inferred"),
    [
        ("Sept 28", dt.date(2021, 9, 29), dt.date(2021, 9, 28), True),
        ("Dec. 30", dt.date(2024, 1, 2), dt.date(2023, 12, 30), True),
        ("Jan 1", dt.date(2023, 12, 31), dt.date(2024, 1, 1), True),
        ("Feb 29", dt.date(2024, 3, 1), dt.date(2024, 2, 29), True),
        ("Feb 29", dt.date(2023, 3, 1), None, False),
        ("June 6, 2010", None, dt.date(2010, 6, 6), False),
        ("April 26", None, None, False),
    ],
    ids=[
        "same-year",
        "dec-filed-in-jan",
        "jan-filed-in-dec",
        "leap-day",
        "no-leap-day",
        "written-year",
        "no-reference",
    ],
)
def test_year_inference(
    date_text: str, ref: dt.date | None, expected: dt.date | None, inferred: bool
) -> None:
    """The year is the one nearest the reference date, and never a guess without one."""
    found = parse_dateline(f"LONDON, {date_text} (Reuters) - Hi.", reference_date=ref)
    assert found is not None
    assert (found.date, found.year_inferred) == (expected, inferred)


def test_the_hague_without_an_agency() -> None:
    """A place opening with THE is a place when an ALL-CAPS dateline has a date."""
    found = parse_dateline("THE HAGUE, March 2 - Dutch imports rose.")
    assert found is not None
    assert (found.locations, found.date_text, found.agency) == (("THE HAGUE",), "March 2", None)
    assert parse_dateline("The company - which makes chips - said.") is None
