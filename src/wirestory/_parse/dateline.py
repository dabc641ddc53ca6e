"""The dateline rule: ``MOSCOW, April 26 (Reuters) -`` and its many relatives.

Grammar (every part optional, but see ``_acceptable``)::

    dateline  := cjk | [agency-first] [places [date] | date] [agency] [separator]
    cjk       := Token Han-place D "月" D "日" "电"          # 新华社北京4月24日电
    agency-first := "(" Token ")" [separator] | BareToken   # (ANSA) - ROMA, / IRNA –
    places    := place [region] (("/" | " and ") place [region])*
    region    := ", " Words | " [" Words "]" | " (" Words ")"   # at most two
    date      := Month Day [", " Year] | Day Month [Year] | Weekday
    agency    := "(" Token or text naming one ")" | ". /" Token "/." | "| " Token " |"
               | ", " BareToken | " " BareToken
    separator := "--" | dash [dash] | "_" | ":" | ".-" | "." before a space

Without an agency a dateline needs a place and a separator, and either a date or a
region, or a sentence after it on the same line (``KOLKATA: Shares fell ...``).

>>> d = match_dateline("LONDON, Sept 28 (Reuters) - Prices rose.", 0, Context())
>>> d.locations, d.date_text, d.agency, d.text
(('LONDON',), 'Sept 28', 'Reuters', 'LONDON, Sept 28 (Reuters) -')
>>> match_dateline("RALEIGH, N.C. (AP) — The governor said.", 0, Context()).region
'N.C.'
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from .._agencies import DEFAULT_REGISTRY, Agency, AgencyRegistry
from .._errors import expect_str
from .._model import Dateline, Span
from .._patterns import lazy
from .._text import DASH
from .context import Context
from .dateline_pattern import dateline_pattern
from .dates import resolve_date

NOT_PLACES: Final = frozenset(
    """UPDATE EXCLUSIVE BRIEF FACTBOX ANALYSIS WRAPUP REFILE CORRECTED CORRECTION RPT
    INSIGHT COLUMN PREVIEW TIMELINE FEATURE INTERVIEW SPECIAL REPORT GRAPHIC FOCUS
    BREAKINGVIEWS EXPLAINER VIEW POLL WATCH LEAD UPDATES ADDS NOTE EDS ATTN ADVISORY
    BULLETIN URGENT FLASH ALERT MORE PHOTO PHOTOS VIDEO FILE BY""".split()
)
"""Capitalised words that open headlines and slugs, never a dateline place. (Not derived
from the slug table: slugs such as ``DAVOS-`` or ``US STOCKS-`` hold place names.)"""


FUNCTION_WORDS: Final = frozenset("THE A AN IN ON OF AND BY AT TO".split())
"""Words that open sentences; a place may start with one (``THE HAGUE``, ``ON BOARD ...``)
only when the dateline names its agency or, ALL CAPS, has a date."""

_AGENCY_GROUPS: Final = ("agency", "agency_first", "agency_lead")


def match_dateline(text: str, pos: int, ctx: Context) -> Dateline | None:
    """The dateline that starts at ``pos`` in ``text``, or ``None``.

    >>> match_dateline("(Reuters) -The FDA approved it.", 0, Context()).text
    '(Reuters) -'
    >>> match_dateline("Mumbai, Dec 9 (PTI) The index fell.", 0, Context()).locations
    ('Mumbai',)
    >>> match_dateline("The index fell on Monday.", 0, Context()) is None
    True
    """
    m = dateline_pattern(ctx.agencies).match(text, pos)
    if m is None:
        return None
    agency = _agency(m, ctx.agencies)
    if not _acceptable(m, text, agency, ctx.agencies):
        return None
    start = m.start() + (len(m[0]) - len(m[0].lstrip()))
    end = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    date_text = m["date"]
    date, inferred = (None, False)
    if date_text:
        date, inferred = resolve_date(date_text, reference_date=ctx.reference_date)
    places = [p.strip() for p in m.captures("place")]
    regions = [r.strip() for r in m.captures("region") if r.strip()]
    return Dateline(
        text=text[start:end],
        span=Span(start, end),
        locations=tuple(places),
        region=regions[0] if regions else None,
        date_text=date_text,
        date=date,
        year_inferred=inferred,
        agency=agency.name if agency else None,
    )


def _agency(m: regex.Match[str], agencies: AgencyRegistry) -> Agency | None:
    """The agency the match names: a token, or a known name inside the parentheses."""
    for group in _AGENCY_GROUPS:
        if m[group]:
            return agencies.lookup(m[group])
    if m["paren"]:
        named = agencies.lookup(m["paren"])
        if named is None and (m["places"] or m["date"]):
            # (CNN and AP), (Reuters Life!), (Antara Bali): a name inside, after a place
            named = agencies.find_in(m["paren"])
        return named
    return None


def is_strong(dateline: Dateline) -> bool:
    """Whether a dateline is unmistakable even inside a line: an agency, and an
    ALL-CAPS place or a date (``By Kim Eun-jung SEOUL, Dec. 29 (Yonhap) --``).

    >>> is_strong(match_dateline("SEOUL, Dec. 29 (Yonhap) -- Hi.", 0, Context()))
    True
    >>> is_strong(match_dateline("SEOUL -- The index fell.", 0, Context()))
    False
    """
    if dateline.agency is None:
        return False
    if dateline.date_text and any(ch.isdigit() for ch in dateline.date_text):
        return True  # a day of the month, not a weekday
    letters = [ch for place in dateline.locations for ch in place if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


_ENDS_WITH_DASH: Final = lazy(rf"{DASH}$")
MIN_GLUED_PLACE: Final = 4
"""Letters an agency-less ALL-CAPS place glued after a headline must have (not ``US``)."""


def stands_out(dateline: Dateline) -> bool:
    """Whether a dateline with no agency is unmistakable after a headline on its line:
    an ALL-CAPS place of ``MIN_GLUED_PLACE`` letters or more, a region or a day of the
    month after it, and a dash (``Court rules DES MOINES, Iowa – The court ...``).

    A colon or a full stop is no such sign (``FORECASTS: The median ...``), nor is a
    place alone (``NEW YORK - ``: a headline may end in capitals).

    >>> stands_out(match_dateline("DES MOINES, Iowa – The court ruled.", 0, Context()))
    True
    >>> stands_out(match_dateline("SEOUL -- The index fell.", 0, Context()))
    False
    >>> stands_out(match_dateline("Des Moines, Iowa – The court ruled.", 0, Context()))
    False
    """
    letters = [ch for place in dateline.locations for ch in place if ch.isalpha()]
    return (
        len(letters) >= MIN_GLUED_PLACE
        and all(ch.isupper() for ch in letters)
        and (dateline.region is not None or _dated(dateline.date_text))
        and _ENDS_WITH_DASH.search(dateline.text) is not None
    )


MIN_WRAPPED_WORDS: Final = 5
"""Words a dateline's line must hold to be read as a sentence the next line continues."""
_SENTENCE_END: Final = lazy(r"""[.!?"”’)\]…:]\s*$""")
_LOWER: Final = lazy(r"\p{Ll}")
_LINE_END: Final = lazy(r"[\r\n]")


def _sentence_follows(text: str, pos: int, *, unwrapped: bool = True) -> bool:
    """Whether a sentence of body text follows on the dateline's own line.

    The line must start with a capital, a digit or a quote, hold lower-case words (an
    ALL-CAPS run is a headline), and end like a sentence, unless it is hard-wrapped: a
    long line followed by more text, or a line the next line continues in lower case
    (``KOLKATA: Shares fell after the\\nannouncement.``). With ``unwrapped=False`` a long
    line that ends in no punctuation above another line is not taken for a wrapped
    sentence (``Soccer: Reds claim 7th Cup by beating Sendai`` is a rubric and headline).
    """
    end_of_line = _LINE_END.search(text, pos)  # a bare \r ends a line too (feed copy)
    eol = len(text) if end_of_line is None else end_of_line.start()
    line = text[pos:eol].rstrip()
    if not line or line[0].islower() or len(line.split()) < 3:
        return False
    if not _LOWER.search(line, 0, 60):
        return False
    if _SENTENCE_END.search(line):
        return True
    after = eol + (2 if text.startswith("\r\n", eol) else 1)
    rest = text[after : after + 200].lstrip(" \t\r\u00a0")
    if rest[:1].islower():  # a hard-wrapped line: the sentence goes on below
        return len(line.split()) >= MIN_WRAPPED_WORDS
    return unwrapped and len(line) >= 60 and bool(rest) and not rest.startswith("\n")


def _acceptable(
    m: regex.Match[str], text: str, agency: Agency | None, agencies: AgencyRegistry
) -> bool:
    """Whether a pattern match is a dateline and not a sentence that looks like one."""
    places = [p.strip() for p in m.captures("place")]
    first_words = [p.split()[0].strip(".,'’").upper() for p in places if p.split()]
    if any(w in NOT_PLACES for w in first_words):
        return False
    sep = (m["sep"] or "").strip()
    rest = text[m.end() : m.end() + 1]
    if agency is not None:
        # a separator, the end of the text, or a capital, digit or quote must follow
        return bool(sep) or rest == "" or not rest.islower()
    if m["paren"] and places == []:
        # "(Global Markets) -" names nothing, except as the story's very first words:
        # (Nordwire) – The ... is an agency the registry does not know
        return _opens_story(m, text) and bool(sep) and sep != ":"
    if places and not sep and not m["paren"] and _dated(m["date"]):
        # a page that dropped the agency tag and its dash: "TOKYO, Sept 27 Japan's Nikkei
        # rose ..." or "New Delhi, August 3 President ..."; a sentence must follow
        letters = [ch for p in places for ch in p if ch.isalpha()]
        named = all(ch.isupper() for ch in letters) or _title_case(places)
        return named and _sentence_follows(text, m.end())
    if not places or not sep or sep in {".", "_", "电"}:
        return False
    letters = [ch for p in places for ch in p if ch.isalpha()]
    all_caps = all(ch.isupper() for ch in letters)
    if any(w in FUNCTION_WORDS for w in first_words) and not (all_caps and m["date"]):
        return False  # "The company -"; but "THE HAGUE, March 2 -" is a place
    if any(agencies.lookup(p.split()[0]) for p in places):
        return False  # REUTERS FORECASTS: is a label, not a place
    if m["date"] or m.captures("region"):
        # a date or a region after the place is a strong sign, in any case
        return all_caps or bool(m["date"]) or _title_case(places)
    if sep == "-" and not m["sep"].startswith((" ", "\t", "\u00a0")):
        return False  # LONDON-based: without a date, a hyphen needs a space before it
    if m["paren"]:
        return all_caps and sep not in {":"}
    if not (all_caps or _title_case(places)):
        return False
    return _sentence_follows(text, m.end(), unwrapped=all_caps or sep != ":")


_UNKNOWN_AGENCY: Final = lazy(r"\p{Lu}[\p{L}&.'’\-]{0,30}(?: \p{Lu}[\p{L}&.'’\-]{0,30}){0,3}")
"""A name in parentheses that may be an agency: one to four capitalised words."""


MAX_OPENER_OFFSET: Final = 300
"""How far into the text an agency-only opener not in the registry may start."""
MAX_LINES_ABOVE_OPENER: Final = 2
"""How many lines (a headline, a byline) may stand above such an opener."""


def _opens_story(m: regex.Match[str], text: str) -> bool:
    """Whether an agency-only dateline not in the registry opens the story: at the start
    of a line with at most a headline and a byline above it, one to four capitalised
    words in the parentheses, a capital after it."""
    after = text[m.end() : m.end() + 2].lstrip()
    start = m.start("paren")
    if start > MAX_OPENER_OFFSET:
        return False
    before = text[:start].rstrip(" \t\ufeff(")
    return (
        (not before or before[-1] in "\r\n")
        and sum(bool(line.strip()) for line in before.splitlines()) <= MAX_LINES_ABOVE_OPENER
        and _UNKNOWN_AGENCY.fullmatch(m["paren"].strip()) is not None
        and (after[:1].isupper() or after[:1] in '"“‘')
    )


def _dated(date_text: str | None) -> bool:
    """Whether a date names a day of the month (``Sept 27``), not a weekday alone."""
    return bool(date_text) and any(ch.isdigit() for ch in date_text or "")


def _title_case(places: list[str]) -> bool:
    """Places of one to three capitalised words (``New Delhi``, ``Gundremmingen``)."""
    words = [w for p in places for w in p.split()]
    return 0 < len(words) <= 3 and all(w[:1].isupper() and len(w) >= 3 for w in words)


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
    expect_str("parse_dateline", "the dateline", text)
    return match_dateline(text, 0, Context(reference_date=reference_date, agencies=agencies))
