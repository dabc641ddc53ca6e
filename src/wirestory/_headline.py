"""The headline rule: a headline line and its desk slug (``UPDATE 2-``, ``(LEAD)``).

>>> h = make_headline("UPDATE 2-Oil rises on Greek hopes", 0, 33)
>>> h.slug, h.title
('UPDATE 2', 'Oil rises on Greek hopes')
>>> make_headline("(LEAD) N. Korea fires missile", 0, 29).slug
'(LEAD)'
>>> make_headline("Oil rises", 0, 9).slug is None
True
"""

from __future__ import annotations

from typing import Final

import regex

from ._model import Headline, Span
from ._text import DASH, SPACE

SLUG_WORDS: Final = (
    "UPDATE",
    "WRAPUP",
    "WRAP",
    "CORRECTED",
    "CORRECTION",
    "REFILE",
    "RPT",
    "REPEAT",
    "EXCLUSIVE",
    "BRIEF",
    "FACTBOX",
    "FACTBOX",
    "ANALYSIS",
    "INSIGHT",
    "COLUMN",
    "PREVIEW",
    "TIMELINE",
    "FEATURE",
    "INTERVIEW",
    "SPECIAL REPORT",
    "GRAPHIC",
    "FOCUS",
    "POLL",
    "BREAKINGVIEWS",
    "Breakingviews",
    "Exclusive",
    "Analysis",
    "Factbox",
    "Explainer",
    "EXPLAINER",
    "QUOTEBOX",
    "SCENARIOS",
    "TEXT",
    "DIARY",
    "URGENT",
    "FLASH",
    "ALERT",
    "BUZZ",
    "GLOBAL MARKETS",
    "EMERGING MARKETS",
    "US STOCKS",
    "PRECIOUS",
    "METALS",
)
"""Desk slugs that open a headline, before a dash or colon (``UPDATE 2-``, ``Exclusive:``)."""

_WORDS: Final = "|".join(
    regex.escape(w).replace(r"\ ", " ") for w in sorted(set(SLUG_WORDS), key=len, reverse=True)
)

SLUG: Final = regex.compile(
    rf"""(?x)
    (?P<slug>
        (?:(?:{_WORDS})(?:{SPACE}+\d{{1,2}})?                       # UPDATE 2
           (?:{SPACE}*/{SPACE}*(?:{_WORDS})(?:{SPACE}+\d{{1,2}})?)*+  # UPDATE 1/CORRECTED
        )
    )
    (?:{SPACE}*(?:{DASH}|:)+{SPACE}*)                               # the joining dash or colon
    (?=\S)
    | (?P<yonhap>\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|EDITORIAL|PHOTO|News\s+Focus|Yonhap\s+\w+(?:\s+\w+)?|\w+\s+LD)[^()\n]{{0,30}}\))(?:{SPACE}*)
    """
)
"""A slug at the start of a headline line."""


_HEADER_MARK: Final = regex.compile(rf"--{SPACE}+")
"""The mark that opens a dataset header line: ``-- UPDATE 1-Oil rises``."""


def make_headline(text: str, start: int, end: int) -> Headline:
    """``text[start:end]`` as a headline, its slug split off.

    A dataset header mark (``-- ``) before the headline stays in the text, not the title.

    >>> h = make_headline("-- UPDATE 1-Oil rises", 0, 21)
    >>> h.text, h.slug, h.title
    ('-- UPDATE 1-Oil rises', 'UPDATE 1', 'Oil rises')
    """
    mark = _HEADER_MARK.match(text, start, end)
    at = mark.end() if mark is not None else start
    m = SLUG.match(text, at, end)
    if m is None:
        if mark is not None:
            return Headline(text[start:end], Span(start, end), title=text[at:end])
        return Headline(text[start:end], Span(start, end))
    slug = m["slug"] or m["yonhap"]
    return Headline(text[start:end], Span(start, end), slug=slug.strip(), title=text[m.end() : end])
