"""The pieces of a publication time stamp, for the ``timestamp`` phrase rows.

Each is a verbose pattern fragment (compiled with the rows: any case) that a row
pastes in: ``Published Mar 21, 2024 12:38PM ET``, ``2 days ago``, ``Features | 10 Apr``.
"""

from __future__ import annotations

from typing import Final

from .._text import SPACE_CHARS

sc: Final = SPACE_CHARS

DATE: Final = r"""(?>
      (?:\p{L}{3,9}\.?,?\s+)?\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}   # Thursday March 15, 2007
    | (?:\p{L}{3,9},?\s+)?\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}                   # 06 April 2012
    | (?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?                    # 2004-12-07
       | \d{1,2}[/.]\d{1,2}[/.]\d{2,4})                                       # 06/08/2019, 03.09.2015
      (?:\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}{0,6}\.?)?                       # 03.09.2015 THURSDAY
    )"""
TIME: Final = r"""(?>
      \d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?                          # 10:16 PM, 6:51 a.m.
      (?:\s*(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?\b)?                                # EDT, GMT+8
      (?:\s*\(\d{1,2}:\d{2}\s*[A-Z]{2,4}\))?                                    # (16:48 GMT)
    )"""
STAMP_PIECE: Final = rf"""(?>
      {DATE} | {TIME}
    | (?:about\s+)?\d{{1,3}}\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago
    | an?\s+(?:minute|hour|day|week)\s+ago | yesterday | just\s+now
    | \d{{1,3}}\s+min(?:ute)?s?\s+read                                           # 1 min read
    | (?:Published|Updated|Posted|Last\s+updated)(?:\s+(?:at|on))?\s*:?
    | \(\s*Last\s+updated\s+[^()\n]{{1,40}}\)                                     # (Last updated 12 April 2012 11:13)
    )"""
"""One piece of a publication time: a date, a time, ``2 days ago``, ``Updated``."""
STAMP_SEP: Final = r"(?:\s*+[·•|/,–—-]?\s*+(?:(?:at|on)\s++)?)"
"""Between two pieces: a dot, bar or comma, or ``at``/``on`` (``June 6, 2010 at 6:20 pm``)."""
KICKER: Final = (
    r"""(?>
      In\s+\p{L}[\p{L}"""
    + sc
    + r"""]{0,30}?\s+on\s+                                       # In Uncategorized on ...
    | (?-i:\p{Lu}\p{Ll}{2,20})(?:\s*\|\s*|(?=\d))                                 # Features | 10 Apr, Commentary2 days ago
    )"""
)
STAMP_TAIL: Final = r"""(?:\s*\[[^\]\n]{1,60}\]\([^)\n]{1,200}\))?"""
"""A section link glued after a time: ``39 mins ago[Finance](/business/finance/)``."""
