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
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import regex

from ._text import fold


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

_PARTS: Final = regex.compile(
    r"""(?x)
    (?P<word>\p{L}+\.?)          # a month name or abbreviation
    | (?P<number>\d{1,4})        # a day or a year
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
        else:
            value = int(match["number"])
            if len(match["number"]) == 4:
                year = value
            elif day is None:
                day = value
    return month, day, year


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_date(
    date_text: str, /, *, reference_date: dt.date | None
) -> tuple[dt.date | None, bool]:
    """The date that ``date_text`` names, and whether its year was inferred.

    A written year is used as it is. Otherwise the year comes from ``reference_date``:
    the candidate year (the reference year, one before, one after) that puts the date
    nearest the reference date. Without a reference date a yearless date is ``None``;
    so is a weekday, or anything that is not a real day (``Feb 30``).

    >>> resolve_date("Feb 29", reference_date=dt.date(2024, 3, 1))
    (datetime.date(2024, 2, 29), True)
    >>> resolve_date("Feb 29", reference_date=dt.date(2023, 3, 1))
    (None, False)
    """
    month, day, year = _split(date_text)
    if month is None or day is None:
        return None, False
    if year is not None:
        return _valid(year, month, day), False
    if reference_date is None:
        return None, False
    candidates = [
        d
        for y in (reference_date.year - 1, reference_date.year, reference_date.year + 1)
        if (d := _valid(y, month, day)) is not None
    ]
    if not candidates:
        return None, False
    best = min(candidates, key=lambda d: abs((d - reference_date).days))
    if abs((best - reference_date).days) > 200:
        return None, False
    return best, True
