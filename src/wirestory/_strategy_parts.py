"""The parts a strategy's draw was built from, and the reference date of every draw.

``wirestory.strategies`` returns these with each draw, so that a test can check what a
pipeline makes of the text against what went into it: a dateline's places, region, date
and agency, a byline's people, a credit line's clauses, a whole story's parts.

>>> BylineParts("By Ann Berg", ("Ann Berg",)).names
('Ann Berg',)
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

REFERENCE_DATE: Final = dt.date(2024, 6, 15)
"""The reference date of every draw: the year of ``April 26`` is the nearest to it."""

# -- the parts a draw was built from ------------------------------------------------------

People = tuple[tuple[str, "str | None"], ...]
"""People as ``(name, place)`` pairs, the place ``None`` where none is written."""


@attrs.frozen
class DatelineParts:
    """A drawn dateline and what it says.

    >>> DatelineParts("KYIV (AP) —", ("KYIV",), None, None, None, "AP").locations
    ('KYIV',)
    """

    text: str
    """The dateline as written, separator included, no space after it."""
    locations: tuple[str, ...]
    """The places, as written."""
    region: str | None
    """The region or country after the place, or ``None``."""
    date_text: str | None
    """The date as written, or ``None``."""
    date: dt.date | None
    """The date, its year the nearest to ``REFERENCE_DATE`` unless written."""
    agency: str
    """The canonical agency named."""


@attrs.frozen
class BylineParts:
    """A drawn byline and its people.

    >>> BylineParts("By Ann Berg", ("Ann Berg",)).names
    ('Ann Berg',)
    """

    text: str
    """The ``By ...`` line."""
    names: tuple[str, ...]
    """The people, as written."""


@attrs.frozen
class CreditLineParts:
    """A drawn credit line and its clauses.

    >>> CreditLineParts("(Editing by Al Roe)", (("editing", (("Al Roe", None),)),)).roles
    ('editing',)
    """

    text: str
    """The line as written."""
    credits: tuple[tuple[str, People], ...]
    """One ``(role, people)`` pair per clause, in order."""

    @property
    def roles(self) -> tuple[str, ...]:
        """The role of each clause, in order."""
        return tuple(role for role, _ in self.credits)


@attrs.frozen
class WireText:
    """A drawn story: the text and every part it was built from.

    >>> WireText("Hi.", "blank", REFERENCE_DATE, None, None, None, None, ("Hi.",)).paragraphs
    ('Hi.',)
    """

    text: str
    """The whole story as a feed would carry it."""
    layout: str
    """How it is laid out: ``blank`` (blank lines), ``lines`` (one paragraph a line) or
    ``crlf`` (blank lines, CRLF line ends)."""
    reference_date: dt.date
    """The date to parse the text with."""
    agency: str | None
    """The canonical agency of the story."""
    headline: str | None
    """The headline line, slug included, or ``None``."""
    byline: BylineParts | None
    """The byline, or ``None``."""
    dateline: DatelineParts | None
    """The dateline, or ``None``."""
    paragraphs: tuple[str, ...]
    """The body paragraphs, dateline stripped from the first."""
    notes: tuple[tuple[str, str], ...] = ()
    """The notes as ``(kind, text)``, in order."""
    credit_line: CreditLineParts | None = None
    """The credit line, or ``None``."""
    trailers: tuple[tuple[str, str], ...] = ()
    """The lines after the credit line as ``(boilerplate kind, text)``, in order: a
    sign-off, a contact line, page chrome, a source or code line (issue 10's shapes)."""
