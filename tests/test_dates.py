"""Dates in datelines: English and foreign forms, and the year a reference date gives."""

from __future__ import annotations

import datetime as dt

import pytest

from wirestory._parse.dates import resolve_date


@pytest.mark.parametrize(
    ("date_text", "ref", "expected", "inferred"),
    [
        ("Sept 28", dt.date(2021, 9, 29), dt.date(2021, 9, 28), True),
        ("Sept. 30", dt.date(2021, 10, 1), dt.date(2021, 9, 30), True),
        ("September 30", dt.date(2021, 10, 1), dt.date(2021, 9, 30), True),
        ("Dec. 28", dt.date(2021, 12, 28), dt.date(2021, 12, 28), True),
        ("9 Sept", dt.date(2019, 9, 9), dt.date(2019, 9, 9), True),
        ("2 FEB", dt.date(2017, 2, 2), dt.date(2017, 2, 2), True),
        ("28 ottobre", dt.date(2011, 10, 28), dt.date(2011, 10, 28), True),
        ("21 mar", dt.date(2013, 3, 21), dt.date(2013, 3, 21), True),
        ("10 août", dt.date(2016, 8, 10), dt.date(2016, 8, 10), True),
        ("13 Januari", dt.date(2011, 1, 13), dt.date(2011, 1, 13), True),
        ("4月24日", dt.date(2024, 4, 24), dt.date(2024, 4, 24), True),
        ("16th January", dt.date(2023, 1, 16), dt.date(2023, 1, 16), True),
        ("June 6, 2010", None, dt.date(2010, 6, 6), False),
        ("Mar 16 2009", None, dt.date(2009, 3, 16), False),
        ("14 December 2002", dt.date(2020, 1, 1), dt.date(2002, 12, 14), False),
    ],
    ids=lambda v: str(v),
)
def test_forms(
    date_text: str, ref: dt.date | None, expected: dt.date | None, inferred: bool
) -> None:
    """Every written form reads as the same calendar day."""
    assert resolve_date(date_text, reference_date=ref) == (expected, inferred)


@pytest.mark.parametrize(
    ("date_text", "ref", "expected"),
    [
        ("Dec. 30", dt.date(2024, 1, 2), dt.date(2023, 12, 30)),
        ("Dec 31", dt.date(2026, 1, 1), dt.date(2025, 12, 31)),
        ("Jan 1", dt.date(2023, 12, 31), dt.date(2024, 1, 1)),
        ("Jan. 2", dt.date(2025, 12, 30), dt.date(2026, 1, 2)),
        ("Feb 29", dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
        ("Feb 29", dt.date(2028, 2, 28), dt.date(2028, 2, 29)),
        ("June 30", dt.date(2024, 7, 2), dt.date(2024, 6, 30)),
    ],
    ids=[
        "dec-filed-in-jan",
        "new-years-eve",
        "jan-filed-in-dec",
        "jan-filed-days-before",
        "leap-day-after",
        "leap-day-before",
        "mid-year",
    ],
)
def test_year_nearest_the_reference(date_text: str, ref: dt.date, expected: dt.date) -> None:
    """The year is the one that puts the date nearest the reference date."""
    assert resolve_date(date_text, reference_date=ref) == (expected, True)


@pytest.mark.parametrize(
    ("date_text", "ref"),
    [
        ("April 26", None),
        ("Feb 29", dt.date(2023, 3, 1)),
        ("Feb 30", dt.date(2024, 2, 1)),
        ("Monday", dt.date(2024, 2, 1)),
        ("June 31, 2010", None),
    ],
    ids=["no-reference", "no-leap-year", "no-such-day", "weekday", "bad-written"],
)
def test_never_a_guess(date_text: str, ref: dt.date | None) -> None:
    """Without a reference, or for a day that does not exist, the date is ``None``."""
    assert resolve_date(date_text, reference_date=ref) == (None, False)
