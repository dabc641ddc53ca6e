"""Hypothesis: a dateline built from generated parts parses back to the same parts.

Clauses: any place (one or two cities), optional region (comma, brackets or
parentheses), optional date (month-day or day-month, English or foreign month forms),
any agency of the registry under any of its dateline tokens, and any separator, followed
by a body sentence, gives back the same locations, region, date text, date and agency.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from wirestory import parse
from wirestory._agencies import DEFAULT_REGISTRY
from wirestory._parse.dateline import FUNCTION_WORDS, NOT_PLACES
from wirestory._parse.dates import MONTHS, WEEKDAYS
from wirestory._text import fold

REF = dt.date(2024, 6, 15)
BODY = "The council approved the plan after a long debate, officials said."

CITIES = [
    "LONDON",
    "NEW YORK",
    "KUALA LUMPUR",
    "ST. PETERSBURG",
    "RIO DE JANEIRO",
    "PORT-AU-PRINCE",
    "THE HAGUE",
    "SAN JUAN",
    "Mumbai",
    "New Delhi",
    "Taipei",
    "Buenos Aires",
]
REGIONS = ["N.C.", "Ga.", "South Korea", "Syria", "Texas", "West Bengal", "Ukraine"]
MONTH_FORMS = [
    (1, "Jan"),
    (1, "Jan."),
    (1, "January"),
    (2, "Feb."),
    (3, "March"),
    (3, "mar"),
    (4, "April"),
    (5, "May"),
    (6, "June"),
    (7, "July"),
    (8, "Aug."),
    (8, "août"),
    (9, "Sept"),
    (9, "Sept."),
    (9, "September"),
    (10, "ottobre"),
    (11, "Nov."),
    (12, "Dec"),
]
SEPARATORS = [" -", " --", " —", " –", ":", " _", ".-", " - –"]

_RESERVED = NOT_PLACES | FUNCTION_WORDS


def _plain_word(word: str) -> bool:
    folded = fold(word)
    return (
        word not in _RESERVED
        and folded not in MONTHS
        and folded.rstrip(".") not in MONTHS
        and folded not in WEEKDAYS
        and DEFAULT_REGISTRY.lookup(word) is None
    )


places = st.one_of(
    st.sampled_from(CITIES),
    st.lists(
        st.from_regex(r"[A-Z]{3,9}", fullmatch=True).filter(_plain_word), min_size=1, max_size=3
    ).map(" ".join),
)
tokens = st.sampled_from(
    [(a.name, t) for a in DEFAULT_REGISTRY.agencies for t in a.tokens if "/" not in t]
)


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    cities = draw(st.lists(places, min_size=1, max_size=2, unique=True))
    region = draw(st.none() | st.sampled_from(REGIONS))
    region_form = draw(st.sampled_from([", {}", " [{}]", " ({})"]))
    month = draw(st.none() | st.sampled_from(MONTH_FORMS))
    day = draw(st.integers(1, 28))
    day_first = draw(st.booleans())
    agency, token = draw(tokens)
    sep = draw(st.sampled_from(SEPARATORS))

    text = "/".join(cities)
    if region is not None:
        text += region_form.format(region)
    date_text = None
    if month is not None:
        date_text = f"{day} {month[1]}" if day_first else f"{month[1]} {day}"
        text += f", {date_text}"
    text += f" ({token}){sep} {BODY}"
    expected_date = None
    if month is not None:
        candidates = [dt.date(y, month[0], day) for y in (2023, 2024, 2025)]
        expected_date = min(candidates, key=lambda d: abs((d - REF).days))
    return text, {
        "locations": tuple(cities),
        "region": region,
        "date_text": date_text,
        "date": expected_date,
        "agency": agency,
    }


@given(datelines())
def test_generated_dateline_round_trips(case: tuple[str, dict[str, object]]) -> None:
    """Place, region, date and agency come back as they were put in."""
    text, expected = case
    story = parse(text, reference_date=REF)
    d = story.dateline
    assert d is not None, text
    got = {
        "locations": d.locations,
        "region": d.region,
        "date_text": d.date_text,
        "date": d.date,
        "agency": d.agency,
    }
    assert got == expected, text
    assert story.agency == expected["agency"]
    assert story.paragraphs[0].text == BODY
