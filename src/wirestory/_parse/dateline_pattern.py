"""The dateline pattern, built in two tiers: quick to compile, then fast to match.

The pattern (grammar in ``dateline``) consults four tables many times: month names,
weekdays, and the registry's agency tokens with and without parentheses. The engine
offers two ways to consult a table, and neither is good at both jobs:

- *quick* tier: each table is defined once (``DEFINE``) and called by name, behind a
  test of its first character. The pattern is small (about 20,000 characters) and
  compiles in about 30 ms, but every call costs the engine tens of microseconds.
- *fast* tier: months and weekdays are named lists (``\\L<months>``), the agency tokens
  tries pasted in place. Matching is about four times faster, but compiling takes
  about five times longer.

A registry's first ``FAST_AFTER`` dateline tries use the quick tier; then the fast tier
is compiled and used from there on. One story never pays for the fast tier; a corpus
pays once. Both tiers match the same text (``tests/test_fast_paths.py``).

>>> from wirestory import DEFAULT_REGISTRY
>>> dateline_pattern(DEFAULT_REGISTRY).match("LONDON, Sept 28 (Reuters) - Oil").group("date")
'Sept 28'
"""

from __future__ import annotations

import functools
import threading
from typing import Final

import regex

from .._agencies import AgencyRegistry
from .._patterns import first_chars, trie_alternation
from .._text import APOS, DASH, SPACE
from .dates import MONTHS, WEEKDAYS

FAST_AFTER: Final = 2000
"""How many dateline tries a registry makes with the quick tier before the fast one."""
_SPACE_UNIT: Final = r"[\s\u00a0]+"
"""What a space inside an agency token matches (as in ``_agencies.alternation``)."""


def _quick_tables(agencies: AgencyRegistry) -> tuple[str, str, str, str]:
    """Calls of the tables defined once, each behind a test of its first character (a
    call costs far more than the test, and most words start with a letter no month,
    weekday or token starts with)."""
    return (
        rf"(?=(?i:{first_chars(MONTHS)}))(?&month)",
        rf"(?=(?i:{first_chars(WEEKDAYS)}))(?&weekday)",
        rf"(?={first_chars(_tokens(agencies))})(?&token)",
        rf"(?={first_chars(_bare(agencies))})(?&bare)",
    )


def _define(agencies: AgencyRegistry) -> str:
    """The quick tier's tables, defined once."""
    return rf"""(?(DEFINE)
        (?P<month>(?i:{trie_alternation(MONTHS)}))(?P<weekday>(?i:{trie_alternation(WEEKDAYS)}))
        (?P<token>{agencies.dateline_alternation})(?P<bare>{agencies.bare_alternation}))"""


def _fast_tables(agencies: AgencyRegistry) -> tuple[str, str, str, str]:
    """The tables in place: named lists for months and weekdays, tries for tokens."""
    return (
        r"(?i:\L<months>)",
        r"(?i:\L<weekdays>)",
        f"(?:{trie_alternation(_tokens(agencies), space=_SPACE_UNIT)})",
        f"(?:{trie_alternation(_bare(agencies), space=_SPACE_UNIT)})",
    )


def _tokens(agencies: AgencyRegistry) -> set[str]:
    return {t for a in agencies.agencies for t in a.tokens}


def _bare(agencies: AgencyRegistry) -> set[str]:
    return {t for a in agencies.agencies for t in a.bare_tokens}


def _source(agencies: AgencyRegistry, *, fast: bool) -> str:
    """The dateline pattern's text for one registry, in the quick or the fast tier."""
    s, d = SPACE, DASH
    tables = _fast_tables(agencies) if fast else _quick_tables(agencies)
    month, weekday, tokens, bare = tables
    not_month = rf"(?!{month}\b\.?(?:{s}+\d|\s*$))(?!{weekday}\b)"
    # a word of a place or region: a capital, then letters, marks, apostrophes, dots,
    # and hyphens that join two words (PORT-AU-PRINCE, but OTTAWA--A stops at OTTAWA)
    word = rf"\p{{Lu}}(?:[\p{{L}}\p{{M}}{APOS[1:-1]}.]|-(?=\p{{L}}))*+"
    particle = r"(?:de|del|da|do|dos|es|al|el|la|le|sur|am|an|upon|on)"
    place = rf"""
        {not_month}(?>{word}(?:{s}{{1,3}}{not_month}{word}|{s}{particle}(?={s}\p{{Lu}})){{0,4}})
    """
    ordinal = r"(?:st|nd|rd|th|er)?(?![\p{L}\d])"
    year = rf"(?:,?{s}+(?:de{s}+)?\d{{4}})"
    date = rf"""
        (?: (?:{weekday}\b\.?,?{s}+(?={month}))?                        # Thursday, May 2
            {month}\.?{s}*+\d{{1,2}}{ordinal}{year}?                    # Sept 28 / June 6, 2010
          | \d{{1,2}}(?:{ordinal}|\.(?={s}))                            # 9 / 16th / 1er / 3.
            {s}+(?:de{s}+)?{month}\b\.?{year}?                           # Sept / de marzo / März
          | {weekday}\b                                                 # Monday
        )
    """
    # a dash (or two), an underscore, a colon, EFE's ".-", a full stop, or an en or em
    # dash left as a JSON escape by a scraper (``(AP) \u2014 South Korean ...``)
    # an em dash read as cp1252 (U+0097) or left as an HTML entity (``&#151;``, ``&mdash;``)
    entity = r"(?:\x97|&\#(?:151|150|8212|8211|x2014|x2013);|&[mn]dash;)"
    sep = rf"(?:--+|{d}(?:{s}*{d})?|{entity}|_(?!_)|:|\.{d}|\.(?={s})|\\u201[34])"
    region_words = rf"{not_month}{word}(?:{s}{not_month}{word}){{0,2}}"
    region_end = rf"""(?=
        {s}?[,/] | {s}+{date} | {s}*[(|:] | {s}*{sep} | (?:,{s}*|{s}+)(?:{bare})\b | {s}*$
    )"""
    region = rf"""
        (?: {s}*\[(?P<region>[^\]\n]{{1,40}})\]                        # Damascus [Syria]
          | {s}+\((?!(?:{tokens}){s}*\))(?P<region>[^()\n]{{1,40}})\)  # Niamey (Niger) (AFP)
               (?={s}*[\[(,])
          | {s}?,{s}*(?P<region>{region_words}){region_end}           # RALEIGH, N.C.
        ){{0,2}}
    """
    one_place = rf"(?P<place>{place}){region}"
    paren = r"""(?:[^()\n]{1,50}|\[[^\]\n]{1,40}\]\([^()\s]{1,120}\))"""
    define = "" if fast else _define(agencies)
    return rf"""(?x)
        {define}
        {s}*
        (?:
            # -- CJK copy: 新华社北京4月24日电 (agency, place, date, then 电) ----------
            (?P<agency>{tokens})(?P<place>\p{{Han}}{{1,8}}?)
            (?P<date>\d{{1,2}}月\d{{1,2}}日)(?P<sep>电)
          |
            # -- agency first: (ANSA) - ROMA, 2 FEB -  /  (AP) NEW YORK -  /  IRNA – --
            (?:\({s}*(?P<agency_first>{tokens}){s}*\){s}*(?:{sep}{s}*)?
               (?=\p{{Lu}}[\p{{Lu}}{SPACE[1:-1]}.'’/\-]+(?:,|{s}*{d}))
             | (?P<agency_lead>{bare})(?={s}*(?:{d}|:){s}*\p{{Lu}})
            )?
            # -- places, region and date, or a date alone ----------------------------
            (?:
                (?P<places>{one_place}
                    (?:{s}?/{s}?{one_place}|{s}and{s}{one_place}){{0,3}})
                (?:(?:{s}?,{s}*|{s}+)(?P<date>{date}))?                    # , Sept 28
              | (?P<date>{date})                                            # May 8 (Reuters)
            )?
            # -- the agency -------------------------------------------------------------
            (?:
                {s}*\({s}*(?P<paren>{paren}){s}*\)                          # (Reuters)
              | \.?{s}*/{s}*(?P<agency>{tokens}){s}*/\.?                    # . /TASS/.
              | {s}*\|{s}*(?P<agency>{tokens}){s}*\|                        # | AFP |
              | (?:,{s}*|{s}+)(?P<agency>{bare})                            # AAP - / , GNA -
                  (?={s}*(?:{d}|:)|{s}*\r?\n)                               # / Kyodo at line end
            )?
            (?P<sep>{s}*{sep})?                                             # - -- — _ : .- .
        )
        {s}*
        """


@functools.lru_cache(maxsize=8)
def quick_pattern(agencies: AgencyRegistry) -> regex.Pattern[str]:
    """The quick tier for one registry (compiled once)."""
    return regex.compile(_source(agencies, fast=False))


@functools.lru_cache(maxsize=8)
def fast_pattern(agencies: AgencyRegistry) -> regex.Pattern[str]:
    """The fast tier for one registry (compiled once)."""
    return regex.compile(_source(agencies, fast=True), months=list(MONTHS), weekdays=list(WEEKDAYS))


class _Tiers:
    """Which tier a registry is on: counts its tries, switches after ``FAST_AFTER``."""

    __slots__ = ("agencies", "lock", "pattern", "tries")

    def __init__(self, agencies: AgencyRegistry) -> None:
        self.agencies = agencies
        self.tries = 0
        self.pattern: regex.Pattern[str] | None = None
        self.lock = threading.Lock()

    def get(self) -> regex.Pattern[str]:
        if self.pattern is not None:
            return self.pattern
        self.tries += 1
        if self.tries < FAST_AFTER:
            return quick_pattern(self.agencies)
        with self.lock:
            self.pattern = fast_pattern(self.agencies)
        return self.pattern


@functools.lru_cache(maxsize=8)
def _tiers(agencies: AgencyRegistry) -> _Tiers:
    return _Tiers(agencies)


def dateline_pattern(agencies: AgencyRegistry) -> regex.Pattern[str]:
    """The dateline pattern to use now for ``agencies`` (see the module)."""
    return _tiers(agencies).get()
