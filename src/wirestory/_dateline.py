"""The dateline rule: ``MOSCOW, April 26 (Reuters) -`` and its many relatives.

Grammar (every part optional, but see ``_acceptable``)::

    dateline  := [agency-first] [places [region] [date] | date] [agency] separator
    places    := place (("/" | " and ") place)*
    region    := ", " Words | " [" Words "]" | " (" Words ")"
    date      := Month Day [", " Year] | Day Month [Year] | Weekday
    agency    := "(" Token ")" | ", " Token | " " Token | ". /" Token "/."
    separator := "--" | dash | "_" | ":" | ".-" | "|" | nothing after "(Token)"

>>> d = match_dateline("LONDON, Sept 28 (Reuters) - Prices rose.", 0, Context())
>>> d.locations, d.date_text, d.agency, d.text
(('LONDON',), 'Sept 28', 'Reuters', 'LONDON, Sept 28 (Reuters) -')
>>> match_dateline("RALEIGH, N.C. (AP) — The governor said.", 0, Context()).region
'N.C.'
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

import regex

from ._agencies import DEFAULT_REGISTRY, AgencyRegistry
from ._context import Context
from ._dates import MONTHS, WEEKDAYS, resolve_date
from ._model import Dateline, Span
from ._text import APOS, DASH, SPACE


def _alternation(forms: object) -> str:
    ordered = sorted({str(f) for f in forms}, key=lambda f: (-len(f), f))  # type: ignore[attr-defined]
    return "|".join(regex.escape(f) for f in ordered)


_MONTH: Final = _alternation(MONTHS)
_WEEKDAY: Final = _alternation(WEEKDAYS)

NOT_PLACES: Final = frozenset(
    [
        "UPDATE",
        "EXCLUSIVE",
        "BRIEF",
        "FACTBOX",
        "ANALYSIS",
        "WRAPUP",
        "REFILE",
        "CORRECTED",
        "CORRECTION",
        "RPT",
        "INSIGHT",
        "COLUMN",
        "PREVIEW",
        "TIMELINE",
        "FEATURE",
        "INTERVIEW",
        "SPECIAL",
        "REPORT",
        "GRAPHIC",
        "FOCUS",
        "BREAKINGVIEWS",
        "VIEW",
        "POLL",
        "WATCH",
        "LEAD",
        "UPDATES",
        "ADDS",
        "NOTE",
        "EDS",
        "ATTN",
        "ADVISORY",
        "BULLETIN",
        "URGENT",
        "FLASH",
        "ALERT",
        "MORE",
        "PHOTO",
        "PHOTOS",
        "VIDEO",
        "FILE",
        "BY",
        "AND",
        "THE",
        "A",
        "AN",
        "IN",
        "ON",
        "OF",
    ]
)
"""Capitalised words that open headlines and slugs, never a dateline place."""


@functools.lru_cache(maxsize=8)
def _pattern(agencies: AgencyRegistry) -> regex.Pattern[str]:
    """The dateline pattern for one registry (compiled once per registry)."""
    s, d = SPACE, DASH
    word_mixed = rf"\p{{Lu}}[\p{{L}}\p{{M}}{APOS[1:-1]}.\-]*+"
    particle = r"(?:de|del|da|do|dos|es|al|el|la|le|sur|am|an|upon|on)"
    place = rf"""
        (?!(?i:{_MONTH})\.?{s}+\d)                                   # not a date: May 8
        (?>{word_mixed}(?:{s}{word_mixed}|{s}{particle}(?={s}\p{{Lu}})){{0,4}})
    """
    region_words = rf"(?!(?i:{_MONTH})\b){word_mixed}(?:{s}(?!(?i:{_MONTH})\b){word_mixed}){{0,2}}"
    date = rf"""
        (?: (?i:{_MONTH})\.?{s}+\d{{1,2}}(?!\d)(?:,?{s}+\d{{4}})?    # Sept 28 / June 6, 2010
          | \d{{1,2}}{s}+(?i:{_MONTH})\b\.?(?:,?{s}+\d{{4}})?         # 9 Sept / 2 FEB
          | (?i:{_WEEKDAY})\b                                          # Monday
        )
    """
    tokens = agencies.dateline_alternation
    return regex.compile(
        rf"""(?x)
        {s}*
        (?:\({s}*(?P<agency_first>{tokens}){s}*\){s}*{d}{s}*    # (ANSA) - ROMA, 2 FEB -
           (?=\p{{Lu}}[\p{{Lu}}{s}.'-]+,))?
        (?:
            (?P<places>{place}(?:{s}?/{s}?{place}|{s}and{s}{place}){{0,3}})
            (?:
                {s}*\[(?P<region_b>[^\]\n]{{1,40}})\]            # Damascus [Syria]
              | {s}+\((?P<region_p>[^()\n]{{1,40}})\)(?={s}*\()   # Niamey (Niger) (AFP)
              | ,{s}*(?P<region>{region_words})                   # RALEIGH, N.C.
                 (?=,|{s}+{date}|{s}*\(|{s}*{d}|{s}*:|{s}*\|)
            )?
            (?:,?{s}+(?P<date>{date}))?                           # , Sept 28
          | (?P<date_only>{date})                                 # May 8 (Reuters)
        )?
        (?:
            {s}*\({s}*(?P<agency>{tokens}){s}*\)                  # (Reuters)
          | \.?{s}*/(?P<agency_slash>{tokens})/\.?                # . /TASS/.
          | {s}*\|{s}*(?P<agency_pipe>{tokens}){s}*\|             # | AFP |
          | (?:,{s}*|{s}+)(?P<agency_bare>{tokens})(?={s}*(?:{d}|:))  # AAP - / , GNA -
        )?
        (?P<sep>
            {s}*(?:--|{d}|_(?!_)|:|\.{d}|\.(?={s}))               # - -- — _ : .- .
        )?
        {s}*
        """
    )


def match_dateline(text: str, pos: int, ctx: Context) -> Dateline | None:
    """The dateline that starts at ``pos`` in ``text``, or ``None``.

    >>> match_dateline("(Reuters) -The FDA approved it.", 0, Context()).text
    '(Reuters) -'
    >>> match_dateline("Mumbai, Dec 9 (PTI) The index fell.", 0, Context()).locations
    ('Mumbai',)
    >>> match_dateline("The index fell on Monday.", 0, Context()) is None
    True
    """
    m = _pattern(ctx.agencies).match(text, pos)
    if m is None or not _acceptable(m, text):
        return None
    start = m.start() + (len(m[0]) - len(m[0].lstrip()))
    end = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    agency_text = next(
        (
            m[g]
            for g in ("agency", "agency_slash", "agency_pipe", "agency_bare", "agency_first")
            if m[g]
        ),
        None,
    )
    agency = ctx.agencies.lookup(agency_text) if agency_text else None
    date_text = m["date"] or m["date_only"]
    date, inferred = (None, False)
    if date_text:
        date, inferred = resolve_date(date_text, reference_date=ctx.reference_date)
    places = m["places"]
    return Dateline(
        text=text[start:end],
        span=Span(start, end),
        locations=tuple(_split_places(places)) if places else (),
        region=(m["region"] or m["region_b"] or m["region_p"] or None),
        date_text=date_text,
        date=date,
        year_inferred=inferred,
        agency=agency.name if agency else None,
    )


_PLACE_SPLIT: Final = regex.compile(rf"(?x){SPACE}?/{SPACE}?|{SPACE}and{SPACE}")


def _split_places(places: str) -> list[str]:
    return [p.strip() for p in _PLACE_SPLIT.split(places) if p.strip()]


def _acceptable(m: regex.Match[str], text: str) -> bool:
    """Whether a pattern match is a dateline and not a sentence that looks like one."""
    has_agency = any(
        m[g] for g in ("agency", "agency_slash", "agency_pipe", "agency_bare", "agency_first")
    )
    places = m["places"] or ""
    if places and places.split()[0].strip(".,'’").upper() in NOT_PLACES:
        return False
    sep = (m["sep"] or "").strip()
    rest = text[m.end() : m.end() + 1]
    if has_agency:
        # a separator or at least a capital, digit or quote must follow
        return bool(sep) or rest == "" or not rest.islower()
    if not places or not sep or sep in {".", "_"}:
        return False
    letters = [ch for ch in places if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return False  # without an agency, only an ALL-CAPS place makes a dateline
    if sep == ":" or m["date"] or m["region"]:
        return True
    # a bare "WASHINGTON —" needs a long dash with spaces around it
    return sep in {"—", "--", "–"} or (sep == "-" and m["sep"].startswith(" "))


def parse_dateline(
    text: str,
    /,
    *,
    reference_date: dt.date | None = None,
    agencies: AgencyRegistry = DEFAULT_REGISTRY,
) -> Dateline | None:
    """The dateline at the start of ``text``, or ``None``.

    >>> d = parse_dateline("SEOUL, Nov. 24 (Yonhap) -- North Korea", reference_date=dt.date(2020, 11, 24))
    >>> d.locations, d.date, d.agency
    (('SEOUL',), datetime.date(2020, 11, 24), 'Yonhap')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_dateline() expects str, not {type(text).__name__}")
    return match_dateline(text, 0, Context(reference_date=reference_date, agencies=agencies))
