"""Small text helpers and the character classes every pattern shares.

The classes are strings meant to be pasted into verbose patterns, so that every rule
accepts the same dashes and spaces without rewriting the input first.

>>> fold("  The   Associated\\u00a0Press ")
'the associated press'
>>> strip_span("  abc ", 0, 6)
(2, 5)
"""

from __future__ import annotations

from typing import Final

DASH: Final = r"[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]"
"""One dash of any kind: hyphen, en dash, em dash, minus and friends."""

SPACE: Final = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
"""One horizontal space, no-break and typographic spaces included (never a newline)."""

APOS: Final = r"['\u2018\u2019\u02bc`]"
"""One apostrophe, straight or curly."""


def fold(text: str) -> str:
    """Casefold ``text`` and collapse its runs of white space, for lookups."""
    return " ".join(text.split()).casefold()


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``text[start:end]`` to exclude white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
