"""Hypothesis strategies for wire stories, to property-test your own pipelines.

Needs Hypothesis (``pip install "wirestory[hypothesis]"``). Each strategy draws wire
copy in the real shapes of many agencies (Reuters, AP, AFP, Xinhua, PTI, Yonhap,
Bloomberg, dpa, Kyodo, TASS, ANI, EFE, UPI, Bernama, Anadolu, AAP, ...) together with
the parts it was built from, so that a test can check what a pipeline makes of them:

* ``datelines()``: a dateline and its locations, region, date and agency;
* ``bylines()``: a ``By ...`` line and its people;
* ``credit_lines()``: a credit line in the agency's form and its roles and people;
* ``wire_texts()``: a whole story laid out as a feed would (blank-line paragraphs, one
  paragraph a line, CRLF line ends), with every part it was built from;
* ``stories()``: a ``Story`` parsed from a ``wire_texts()`` draw.

People and places are invented; regions, months and agency forms are the real ones. The
forms stay within what ``wirestory.parse`` reads: ``parse(w.text)`` gives back the parts
of any draw ``w`` (the project's tests check that).

>>> from hypothesis import given, settings
>>> from wirestory import parse
>>> @settings(max_examples=20, deadline=None)
... @given(wire_texts())
... def test_agency_comes_back(wire):
...     assert parse(wire.text, reference_date=wire.reference_date).agency == wire.agency
>>> test_agency_comes_back()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Final

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - only without the extra
    raise ImportError(
        'wirestory.strategies needs Hypothesis: pip install "wirestory[hypothesis]"'
    ) from error

from . import parse
from ._model import Story
from ._strategy_forms import AGENCY_FORMS as _AGENCY_FORMS
from ._strategy_forms import AP_MONTHS as AP_MONTHS
from ._strategy_forms import (
    BYLINE_SUFFIXES,
    CLAUSE_HEADS,
    CURRENCY_NOTES,
    FAMILY_NAMES,
    GIVEN_NAMES,
    HEADLINES,
    PLACES,
    REGIONS,
    REPORTING_PLACES,
    SLUGS,
    TOP_NOTES,
    TRAILERS,
    WORDS,
    DatelineShape,
)
from ._strategy_forms import FULL_MONTHS as FULL_MONTHS
from ._strategy_forms import REUTERS_MONTHS as REUTERS_MONTHS
from ._strategy_forms import SHORT_MONTHS as SHORT_MONTHS
from ._strategy_parts import REFERENCE_DATE as _REFERENCE_DATE
from ._strategy_parts import BylineParts, CreditLineParts, DatelineParts, People, WireText

__all__ = [
    "AGENCY_FORMS",
    "LAYOUTS",
    "REFERENCE_DATE",
    "BylineParts",
    "CreditLineParts",
    "DatelineParts",
    "DatelineShape",
    "WireText",
    "bylines",
    "credit_lines",
    "datelines",
    "people_names",
    "stories",
    "wire_texts",
]

# Bound here again, with their docstrings, so that the reference documents them as names
# of this module (autodoc reads a name's docstring from the module that assigns it).
REFERENCE_DATE: Final = _REFERENCE_DATE
"""The reference date of every draw: the year of ``April 26`` is the nearest to it."""
AGENCY_FORMS: Final[Mapping[str, DatelineShape]] = _AGENCY_FORMS
"""The dateline forms ``datelines()`` draws from, by agency."""

# -- strategies ----------------------------------------------------------------------------


def _nearest(month: int, day: int, ref: dt.date) -> dt.date:
    candidates = [dt.date(year, month, day) for year in (ref.year - 1, ref.year, ref.year + 1)]
    return min(candidates, key=lambda d: abs((d - ref).days))


def _mixed(place: str) -> str:
    return "-".join(
        " ".join(w.capitalize() if len(w) > 3 else w.title() for w in part.split())
        for part in place.split("-")
    )


def _joined(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def people_names() -> st.SearchStrategy[str]:
    """Invented full names: ``Ann Berg``, ``Jae-won Park``, ``Lucia da Silva``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(people_names())
    ... def check(name):
    ...     assert " " in name
    >>> check()
    """
    return st.builds(
        lambda g, f: f"{g} {f}", st.sampled_from(GIVEN_NAMES), st.sampled_from(FAMILY_NAMES)
    )


@st.composite
def datelines(
    draw: st.DrawFn, agencies: Sequence[str] | None = None, reference_date: dt.date = REFERENCE_DATE
) -> DatelineParts:
    """A dateline in the form of one of ``agencies`` (default: every row of ``AGENCY_FORMS``).

    One or two places (``NORTHAVEN/PORT ELLIS``), a region where the agency writes one,
    a date in the agency's month forms (year included now and then where it writes
    one) and the agency's marker and separator.

    >>> from hypothesis import given, settings
    >>> from wirestory import parse
    >>> @settings(max_examples=20, deadline=None)
    ... @given(datelines(["Reuters", "PTI"]))
    ... def check(dateline):
    ...     got = parse(dateline.text + " The council met on Monday.", reference_date=REFERENCE_DATE)
    ...     assert got.dateline.locations == dateline.locations
    ...     assert got.dateline.date == dateline.date
    >>> check()
    """
    shape = AGENCY_FORMS[draw(st.sampled_from(sorted(agencies or AGENCY_FORMS)))]
    locations: tuple[str, ...] = ()
    if not (shape.placeless and draw(st.booleans())):
        places = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=2, unique=True))
        locations = tuple(p if shape.capitals else _mixed(p) for p in places)
    region = None
    if locations and shape.region and draw(st.booleans()):
        region = draw(st.sampled_from(REGIONS))
    date_text, date = None, None
    if shape.months and (shape.dated or draw(st.booleans())):
        month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
        date_text = f"{shape.months[month - 1]} {day}"
        date = _nearest(month, day, reference_date)
        if shape.year and draw(st.booleans()):
            year = draw(st.integers(2000, 2030))
            date_text, date = f"{date_text}, {year}", dt.date(year, month, day)
    head = "/".join(locations)
    if region is not None:
        head += shape.region.format(region)
    if date_text is not None:
        head = f"{head}, {date_text}" if head else date_text
    marker = shape.marker if shape.marker.startswith(".") else " " + shape.marker
    text = (head + marker).strip() + shape.separator
    return DatelineParts(text, locations, region, date_text, date, shape.agency)


@st.composite
def bylines(draw: st.DrawFn) -> BylineParts:
    """A ``By ...`` line naming one to three invented people, now and then followed by
    what pages add after the names: an outlet (``, Harbour Newswires``) or a ticker
    linked to the author (``(NSE:NRTH)``); neither is a person.

    >>> from hypothesis import given, settings
    >>> from wirestory import parse_byline
    >>> @settings(max_examples=20, deadline=None)
    ... @given(bylines())
    ... def check(byline):
    ...     got = parse_byline(byline.text)
    ...     assert tuple(p.name for p in got.contributors) == byline.names
    >>> check()
    """
    names = tuple(draw(st.lists(people_names(), min_size=1, max_size=3, unique=True)))
    after = draw(st.sampled_from(("", "", *BYLINE_SUFFIXES)))
    return BylineParts(f"By {_joined(names)}{after}", names)


def _people_text(people: People) -> str:
    return _joined([f"{name} in {place}" if place else name for name, place in people])


_PEOPLE: Final = st.lists(
    st.tuples(people_names(), st.none() | st.sampled_from(REPORTING_PLACES)),
    min_size=1,
    max_size=3,
    unique_by=lambda p: p[0],
).map(tuple)


@st.composite
def credit_lines(draw: st.DrawFn, agency: str | None = None) -> CreditLineParts:
    """A credit line in the form ``agency`` uses (default: any form).

    AP writes ``Associated Press writer A in X contributed to this report.``, Bloomberg
    ``--With assistance from A.``, the others (Reuters first) a line of clauses in
    parentheses: ``(Reporting by A in X; Editing by B and C)``.

    >>> from hypothesis import given, settings
    >>> from wirestory import parse_credits
    >>> @settings(max_examples=20, deadline=None)
    ... @given(credit_lines())
    ... def check(line):
    ...     assert tuple(c.role for c in parse_credits(line.text)) == line.roles
    >>> check()
    """
    form = {"AP": "ap", "Bloomberg": "bloomberg"}.get(agency or "", "clauses")
    if agency is None:
        form = draw(st.sampled_from(["ap", "bloomberg", "clauses"]))
    if form == "ap":
        people: People = draw(_PEOPLE)
        title = "writers" if len(people) > 1 else "writer"
        text = f"Associated Press {title} {_people_text(people)} contributed to this report."
        return CreditLineParts(text, (("contributing", people),))
    if form == "bloomberg":
        people = tuple((name, None) for name, _ in draw(_PEOPLE))
        return CreditLineParts(
            f"--With assistance from {_people_text(people)}.", (("assistance", people),)
        )
    roles = draw(
        st.lists(st.sampled_from(sorted(CLAUSE_HEADS)), min_size=1, max_size=3, unique=True)
    )
    credits = tuple((role, draw(_PEOPLE)) for role in roles)
    clauses = "; ".join(f"{CLAUSE_HEADS[role]} {_people_text(ps)}" for role, ps in credits)
    return CreditLineParts(f"({clauses})", credits)


_SENTENCES: Final = st.lists(st.sampled_from(WORDS), min_size=6, max_size=16).map(
    lambda ws: " ".join(ws).rstrip(",").capitalize() + "."
)
_PARAGRAPHS: Final = st.lists(
    st.lists(_SENTENCES, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=5
)
LAYOUTS: Final[Mapping[str, Callable[[Sequence[str]], str]]] = MappingProxyType(
    {"blank": "\n\n".join, "lines": "\n".join, "crlf": "\r\n\r\n".join}
)
"""How the blocks of a story are joined: blank lines, one a line, CRLF blank lines."""


@st.composite
def wire_texts(
    draw: st.DrawFn,
    agencies: Sequence[str] | None = None,
    layouts: Sequence[str] | None = None,
    reference_date: dt.date = REFERENCE_DATE,
) -> WireText:
    """A whole story in the shape of one of ``agencies``, laid out in one of ``layouts``.

    A headline (with the agency's slug now and then), a byline, a top note, the dateline
    and one to five paragraphs, a currency note, a credit line and up to three trailing
    lines (a sign-off, a contact line, page chrome, a source, codes or a promotion), each
    but the dateline and the body optional.

    >>> from hypothesis import given, settings
    >>> from wirestory import parse
    >>> @settings(max_examples=20, deadline=None)
    ... @given(wire_texts(["AP", "Yonhap"], layouts=["crlf"]))
    ... def check(wire):
    ...     story = parse(wire.text, reference_date=wire.reference_date)
    ...     assert story.agency == wire.agency and "\\n" not in wire.text.replace("\\r\\n", "")
    ...     assert [p.text for p in story.paragraphs] == list(wire.paragraphs)
    >>> check()
    """
    dateline = draw(datelines(agencies, reference_date))
    agency = dateline.agency
    layout = draw(st.sampled_from(sorted(layouts or LAYOUTS)))
    headline = None
    if draw(st.booleans()):
        slug = draw(st.sampled_from(("", *SLUGS.get(agency, ()))))
        headline = slug + draw(st.sampled_from(HEADLINES))
    byline = draw(st.none() | bylines())
    notes: list[tuple[str, str]] = []
    blocks = [b for b in (headline, byline and byline.text) if b]
    if layout != "lines" and draw(st.booleans()):
        notes.append(("top", draw(st.sampled_from(TOP_NOTES))))
        blocks.append(notes[-1][1])
    paragraphs = tuple(draw(_PARAGRAPHS))
    blocks += [f"{dateline.text} {paragraphs[0]}", *paragraphs[1:]]
    if layout != "lines" and draw(st.booleans()):
        notes.append(("currency", draw(st.sampled_from(CURRENCY_NOTES))))
        blocks.append(notes[-1][1])
    credit_line = draw(st.none() | credit_lines(agency))
    if credit_line is not None:
        blocks.append(credit_line.text)
    trailers: tuple[tuple[str, str], ...] = ()
    if layout != "lines":
        trailers = tuple(draw(st.lists(st.sampled_from(TRAILERS), max_size=3, unique=True)))
        blocks += [line for _, line in trailers]
    return WireText(
        text=LAYOUTS[layout](blocks),
        layout=layout,
        reference_date=reference_date,
        agency=agency,
        headline=headline,
        byline=byline,
        dateline=dateline,
        paragraphs=paragraphs,
        notes=tuple(notes),
        credit_line=credit_line,
        trailers=trailers,
    )


def stories(
    agencies: Sequence[str] | None = None,
    layouts: Sequence[str] | None = None,
    reference_date: dt.date = REFERENCE_DATE,
) -> st.SearchStrategy[Story]:
    """Stories parsed from ``wire_texts()`` draws, with the same ``reference_date``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, deadline=None)
    ... @given(stories(["Xinhua"]))
    ... def check(story):
    ...     assert story.agency == "Xinhua"
    >>> check()
    """
    return wire_texts(agencies, layouts, reference_date).map(
        lambda w: parse(w.text, reference_date=w.reference_date)
    )
