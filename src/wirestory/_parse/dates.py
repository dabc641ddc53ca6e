"""Dates as datelines write them, and the year a reference date gives them.

>>> resolve_date("Sept 28", reference_date=dt.date(2021, 9, 29))
(datetime.date(2021, 9, 28), True)
>>> resolve_date("Dec. 30", reference_date=dt.date(2024, 1, 2))
(datetime.date(2023, 12, 30), True)
>>> resolve_date("June 6, 2010", reference_date=None)
(datetime.date(2010, 6, 6), False)
>>> resolve_date("April 26", reference_date=None)
(None, False)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .._patterns import lazy
from .._text import fold

if TYPE_CHECKING:
    from dateutil.parser import parser


def _months(*rows: tuple[int, str]) -> Mapping[str, int]:
    table: dict[str, int] = {}
    for number, forms in rows:
        for form in forms.split():
            table[fold(form)] = number
    return MappingProxyType(table)


MONTHS: Final[Mapping[str, int]] = _months(
    # month  every form seen in datelines (English wire styles first, then other languages)
    (
        1,
        "January Jan Jan. janvier janv. janv enero ene. ene gennaio genn. gen. gen Januar Jän. Jänner janeiro jan Ocak Januari",
    ),
    (
        2,
        "February Feb Feb. février févr. fevrier févr febrero feb. febbraio Februar Febr. fevereiro fev. fev Şubat Subat Februari",
    ),
    (3, "March Mar Mar. mars marzo mar. März Maerz março marco Mart Mac"),
    (4, "April Apr Apr. avril avr. avr abril abr. abr aprile apr Nisan"),
    (5, "May mai mayo maggio mag. mag Mai maio Mayıs Mayis Mei"),
    (6, "June Jun Jun. juin junio jun. giugno giu. Juni junho Haziran"),
    (7, "July Jul Jul. juillet juil. juil julio jul. luglio lug. Juli julho Temmuz Julai"),
    (8, "August Aug Aug. août aout agosto ago. ago Ağustos Agustus Ogos"),
    (
        9,
        "September Sept Sept. Sep Sep. septembre sept septiembre sep. settembre sett. set. set September setembro Eylül Eylul",
    ),
    (
        10,
        "October Oct Oct. octobre oct. octubre ottobre ott. ott Oktober Okt. okt outubro out. Ekim",
    ),
    (11, "November Nov Nov. novembre nov. noviembre Nov novembro Kasım Kasim"),
    (
        12,
        "December Dec Dec. décembre déc. decembre déc diciembre dic. dic dicembre Dezember Dez. dezembro dez. Aralık Aralik Disember Desember Dis",
    ),
)
"""Month names and abbreviations, folded, mapped to month numbers."""

WEEKDAYS: Final = frozenset(
    fold(d)
    for d in [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mon",
        "Tue",
        "Tues",
        "Wed",
        "Thu",
        "Thur",
        "Thurs",
        "Fri",
        "Sat",
        "Sun",
    ]
)
"""Weekday forms that may stand in a dateline in place of a date."""


DATE_FILLERS: Final = tuple("de del er".split())
"""Words inside a day-first date that name no part of it: ``3 de marzo``, ``1er mai``."""


def _month_forms() -> list[tuple[str, ...]]:
    """``MONTHS`` regrouped as dateutil wants it: one tuple of forms per month."""
    return [
        tuple(sorted({form.rstrip(".") for form, n in MONTHS.items() if n == number}))
        for number in range(1, 13)
    ]


@functools.cache
def _dateutil() -> parser:
    """dateutil's parser with the wire month table (``June 6, 2010``, ``9 Sept``), built
    on first use: the common forms never need it (see ``_COMMON``)."""
    from dateutil.parser import parser, parserinfo

    class WireDates(parserinfo):
        """dateutil's vocabulary, rebuilt from ``MONTHS`` so that one table serves both."""

        # dateutil's stubs allow two or three forms a month; the parser takes any number
        MONTHS = _month_forms()  # type: ignore[assignment]
        # words dateutil may skip: its own, then the "de" of "3 de marzo" and the "er"
        # of French "1er janvier"
        JUMP = [*parserinfo.JUMP, *DATE_FILLERS]  # noqa: RUF012 (dateutil reads a list)

    return parser(WireDates())


_COMMON: Final = lazy(
    r"""(?x)
    (?:\p{L}{3,9}\.?,?\s+)?                     # a weekday: Thursday, May 2
    \p{L}{3,9}\.?\s*\d{1,2}(?:st|nd|rd|th)?       # Sept 28, Sept. 28th
    (?:,?\s+\d{4})?                              # , 2010
    | \d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?  # 28 / 1er / 3. / 3 de
      \p{L}{3,9}\.?(?:,?\s+(?:de\s+)?\d{4})?       # marzo, Sept., (de) 2010
    """
)
"""The common forms of a dateline date, whose parts alone make the date (no dateutil)."""

_PARTS: Final = lazy(
    r"""(?x)
    (?P<word>\p{L}+\.?)                     # a month name or abbreviation
    | (?P<number>\d{1,4})                   # a day or a year
      (?P<cjk>[月日年])?                     # 4月24日: month, day or year in CJK copy
    """
)


def _split(date_text: str) -> tuple[int | None, int | None, int | None]:
    """Read ``(month, day, year)`` from a date text; any part may be missing."""
    month = day = year = None
    for match in _PARTS.finditer(date_text):
        if match["word"]:
            number = MONTHS.get(fold(match["word"])) or MONTHS.get(fold(match["word"]).rstrip("."))
            if number and month is None:
                month = number
            continue
        value, cjk = int(match["number"]), match["cjk"]
        if cjk == "月":
            month = value
        elif cjk == "年" or len(match["number"]) == 4:
            year = value
        elif day is None:
            day = value
    return month, day, year


def _on(date_text: str, month: int, day: int, year: int) -> dt.date | None:
    """The date in ``year`` (unless the text writes its own), or ``None`` if not a real day.

    Latin-script dates go through dateutil with ``default=`` supplying the missing year;
    CJK dates (``4月24日``), which dateutil does not read, are built from their parts.
    """
    if _CJK.search(date_text) or _COMMON.fullmatch(date_text.strip()):
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    try:
        found = _dateutil().parse(date_text, default=dt.datetime(year, 1, 1))
    except (ValueError, OverflowError):
        return None
    return found.date() if (found.month, found.day) == (month, day) else None


_CJK: Final = lazy(r"[月日年]")


def resolve_date(
    date_text: str, /, *, reference_date: dt.date | None
) -> tuple[dt.date | None, bool]:
    """The date that ``date_text`` names, and whether its year was inferred.

    A written year is used as it is. Otherwise the year comes from ``reference_date``:
    the candidate year (the reference year, one before, one after) that puts the date
    nearest the reference date. Without a reference date a yearless date is ``None``;
    so is a weekday, or anything that is not a real day (``Feb 30``). The parsing
    itself is python-dateutil's, with the month table of this module and ``default=``
    giving each candidate year.

    >>> resolve_date("Feb 29", reference_date=dt.date(2024, 3, 1))
    (datetime.date(2024, 2, 29), True)
    >>> resolve_date("Feb 29", reference_date=dt.date(2023, 3, 1))
    (None, False)
    >>> resolve_date("10 août", reference_date=dt.date(2021, 8, 11))
    (datetime.date(2021, 8, 10), True)
    """
    month, day, year = _split(date_text)
    if month is None or day is None:
        return None, False
    if year is not None:
        return _on(date_text, month, day, year), False
    if reference_date is None:
        return None, False
    candidates = [
        d
        for y in (reference_date.year - 1, reference_date.year, reference_date.year + 1)
        if (d := _on(date_text, month, day, y)) is not None
    ]
    if not candidates:
        return None, False
    best = min(candidates, key=lambda d: abs((d - reference_date).days))
    if abs((best - reference_date).days) > 200:
        return None, False
    return best, True
