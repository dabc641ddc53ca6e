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

from .._model import Headline, Span
from .._patterns import lazy
from .._text import DASH, SPACE
from .context import Context
from .document import Document, Range

SLUG_WORDS: Final = tuple(
    w.replace("_", " ")
    for w in """
    UPDATE WRAPUP WRAP CORRECTED CORRECTION REFILE RPT REPEAT EXCLUSIVE BRIEF FACTBOX
    ANALYSIS INSIGHT COLUMN PREVIEW TIMELINE FEATURE INTERVIEW SPECIAL_REPORT GRAPHIC FOCUS
    POLL BREAKINGVIEWS EXPLAINER QUOTEBOX SCENARIOS TEXT DIARY URGENT FLASH ALERT BUZZ
    NEWSMAKER TABLE OFFICIAL WITHDRAWAL IN_BRIEF INSTANT_VIEW WIDER_IMAGE MEDIA MOVES DAVOS
    CERAWEEK FOREX TREASURIES PRECIOUS METALS GLOBAL_MARKETS EMERGING_MARKETS LIVE_MARKETS
    MORNING_BID PRESS_DIGEST US_STOCKS US_STOCKS_SNAPSHOT CEE_MARKETS GLOBAL_LNG
    AP_FACT_CHECK AVANCE
    Breakingviews Exclusive Analysis Factbox Explainer Urgent Med_crude Middle_East_Crude
    """.split()
)
"""Desk slugs that open a headline, before a dash or colon (``UPDATE 2-``, ``Exclusive:``).
Several may be chained (``CORRECTED-UPDATE 3-``, ``REFILE-EXPLAINER-``)."""

SPORT_SLUGS: Final = tuple(
    w.replace("_", " ")
    for w in """
    Soccer Football Tennis Golf Cricket Rugby Rugby_union Rugby_league Basketball Baseball
    Athletics Cycling Motor_racing Motorcycling Formula_One Olympics Sailing Rowing Boxing
    Swimming Skiing Alpine_skiing Ice_hockey Hockey Horse_racing Equestrian Judo Gymnastics
    Snooker Darts Badminton Volleyball Handball Fencing Wrestling Weightlifting Triathlon
    Paralympics Esports Motorsport Sports NFL NBA NHL MLB MLS UFC
    """.split()
)
"""Reuters sports desk slugs, mixed case and glued to a capital: ``Golf-Player wins``."""


def _alternatives(words: tuple[str, ...]) -> str:
    """Longest first; a space inside a slug matches any space (the pattern is verbose)."""
    return "|".join(
        regex.escape(w).replace(r"\ ", SPACE) for w in sorted(set(words), key=len, reverse=True)
    )


_WORDS: Final = _alternatives(SLUG_WORDS)
_SPORTS: Final = _alternatives(SPORT_SLUGS)

SLUG: Final = lazy(
    rf"""(?x)
    (?P<slug>
        (?:{_WORDS}|(?-i:\p{{Lu}}{{2,12}}(?:{SPACE}\p{{Lu}}{{2,12}}){{0,2}}{SPACE}(?:STOCKS|MARKETS|FX{SPACE}DEBT|POWER|GAS|BONDS|CRUDE|GRAINS|RATES)))  # UPDATE, CANADA STOCKS
        (?:{SPACE}+\d{{1,2}})?                                   # UPDATE 2
        (?:{SPACE}*\(OFFICIAL\))?                                # CORRECTED (OFFICIAL)
        (?:{SPACE}*(?:/|{DASH}{{1,2}}){SPACE}*                     # chained: CORRECTED-UPDATE 3
           (?:\(OFFICIAL\)|(?:{_WORDS})(?:{SPACE}+\d{{1,2}})?)
           (?={SPACE}*(?:{DASH}|:|/))
        ){{0,4}}+
      | (?:{_SPORTS})(?=-\p{{Lu}})                                # Golf-Player wins playoff
    )
    (?:{SPACE}*(?:{DASH}|:)+{SPACE}*)                               # the joining dash or colon
    (?=\S)
    | (?P<yonhap>\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|EDITORIAL|PHOTO|News\s+Focus|Yonhap\s+\w+(?:\s+\w+)?|\w+\s+LD)[^()\n]{{0,30}}\))(?:{SPACE}*)
    """
)
"""A slug at the start of a headline line."""


_HEADER_MARK: Final = lazy(rf"--{SPACE}+")
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


_DATASET_TITLE: Final = lazy(
    r"""(?x)
    --\s++                               # the header mark
    (?!By\s|https?://|\w{3}\s+\w{3}\s+\d)  # not the byline, link or time line
    \S                                   # a title
    """
)
_CJK_TITLE: Final = lazy(
    r"""(?x)
    [题題]\s*+[:：]           # 题： "title:" after a Chinese dateline
    \s*+(?P<title>[^\r\n]{2,200}+)  # the title, one line
    """
)


def dataset_title(doc: Document, rng: Range, ctx: Context) -> tuple[Headline, ...]:
    """The title line of a dataset header (``-- Title``) at the top of the text."""
    start, end = rng
    if doc.text[:start].strip() or not _DATASET_TITLE.match(doc.text, start, end):
        return ()
    return (make_headline(doc.text, start, end),)


def cjk_title(doc: Document, rng: Range, ctx: Context) -> tuple[Headline, ...]:
    """Xinhua's Chinese ``题：...`` line after the dateline: the story's title."""
    start, end = rng
    m = _CJK_TITLE.fullmatch(doc.text, start, end)
    if m is None:
        return ()
    return (Headline(doc.text[start:end], Span(start, end), title=m["title"]),)
