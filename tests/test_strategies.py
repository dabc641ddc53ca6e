"""wirestory.strategies: each strategy's draws carry the parts the parser finds in them.

Clauses: a drawn dateline, byline or credit line parses back to the parts it was built
from; every agency row and every layout can be drawn and restricted to; stories() are
parsed stories of the agencies asked for.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirestory import DEFAULT_REGISTRY, Story, parse, parse_byline, parse_credits
from wirestory.strategies import (
    AGENCY_FORMS,
    LAYOUTS,
    REFERENCE_DATE,
    BylineParts,
    CreditLineParts,
    DatelineParts,
    WireText,
    bylines,
    credit_lines,
    datelines,
    stories,
    wire_texts,
)

BODY = "The council approved the plan after a long debate, officials said."


@given(datelines())
def test_dateline_parses_back(dateline: DatelineParts) -> None:
    """Locations, region, date text, date and agency come back as drawn."""
    story = parse(f"{dateline.text} {BODY}", reference_date=REFERENCE_DATE)
    d = story.dateline
    assert d is not None, dateline.text
    assert (d.locations, d.region, d.date_text, d.date, d.agency) == (
        dateline.locations,
        dateline.region,
        dateline.date_text,
        dateline.date,
        dateline.agency,
    )
    assert [p.text for p in story.paragraphs] == [BODY]


@given(datelines(reference_date=dt.date(2031, 1, 2)))
def test_dateline_dates_follow_the_reference_date(dateline: DatelineParts) -> None:
    """An unwritten year is the one nearest the reference date given to the strategy."""
    written_year = dateline.date_text is not None and "," in dateline.date_text
    if dateline.date is not None and not written_year:
        assert dateline.date.year in (2030, 2031, 2032)
        got = parse(f"{dateline.text} {BODY}", reference_date=dt.date(2031, 1, 2)).dateline
        assert got is not None and got.date == dateline.date


@pytest.mark.parametrize("agency", sorted(AGENCY_FORMS))
def test_every_agency_row_is_drawn_and_named_by_the_registry(agency: str) -> None:
    """Each row's agency is a canonical registry name, and draws keep to the row."""
    registered = DEFAULT_REGISTRY.lookup(agency)
    assert registered is not None and registered.name == agency

    @settings(max_examples=10)
    @given(datelines([agency]))
    def check(dateline: DatelineParts) -> None:
        assert dateline.agency == agency

    check()


@given(bylines())
def test_byline_parses_back(byline: BylineParts) -> None:
    """The people of a drawn byline come back, in order."""
    found = parse_byline(byline.text)
    assert found is not None
    assert tuple(p.name for p in found.contributors) == byline.names


@given(st.sampled_from([None, "AP", "Bloomberg", "Reuters"]).flatmap(credit_lines))
def test_credit_line_parses_back(line: CreditLineParts) -> None:
    """Roles, people and the places they reported from come back, clause by clause."""
    got = tuple(
        (c.role, tuple((p.name, p.location) for p in c.contributors))
        for c in parse_credits(line.text)
    )
    assert got == line.credits


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_layout_is_drawn_as_asked(layout: str) -> None:
    """wire_texts(layouts=[x]) lays every story out as x."""

    @settings(max_examples=10)
    @given(wire_texts(layouts=[layout]))
    def check(wire: WireText) -> None:
        assert wire.layout == layout
        assert ("\r\n" in wire.text) == (layout == "crlf" and "\n" in wire.text)

    check()


@given(stories(["Yonhap", "PTI"]))
def test_stories_are_parsed_stories_of_the_agencies_asked(story: Story) -> None:
    """stories() gives Story objects of the agencies asked for."""
    assert isinstance(story, Story)
    assert story.agency in ("Yonhap", "PTI")
