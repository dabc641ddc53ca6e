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

DASH: Final = (
    r"(?:[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]|\u00e2(?:\u20ac|\x80)[\u201c\u201d\x93\x94])"
)
"""One dash of any kind: hyphen, en dash, em dash, minus and friends, and an en or em
dash read as cp1252 or Latin-1 (mojibake ``â€“``, ``â€”``). A group, not a class."""

SPACE_CHARS: Final = r" \t\u00a0\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff"
"""The members of ``SPACE``, to paste inside a character class next to letters or marks."""
SPACE: Final = f"[{SPACE_CHARS}]"
"""One horizontal space, no-break, typographic and zero-width spaces included (a word
joiner or a byte-order mark too), never a newline."""

INVISIBLE: Final = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")
)
"""Characters that print nothing: control characters (ETX ``\\x03`` included), soft
hyphen, zero-width spaces and joiners, direction marks, the byte-order mark."""

RESIDUE: Final = ("&nbsp;", "&#160;", "&#13;", "&#10;", "<br>", "<br/>", "<br />", "^", "=", "<")
"""Markup left at a line's edge by an extractor: an entity space or line break; and the
format codes of ANPA feed copy (``^`` opens a line, ``=`` or ``<`` ends it:
``^By JO LI=``)."""

MOJIBAKE_LETTER: Final = (
    r"(?:[\u00c2-\u00c5][\u0080-\u009f\u00a1-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    r"\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
    r"\u203a\u20ac\u2122])"
)
"""One accented letter of UTF-8 read as cp1252 or Latin-1: ``Ã©`` (é), ``Ã§`` (ç),
``Ã¶`` (ö), ``Å¡`` (š); not ``Â`` before a no-break space, which is a space. A group,
to paste where a name's letters are accepted."""

EMAIL: Final = r"[\w.+\-]{1,64}+@[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,4}+"
"""One e-mail address (bounded, so no input makes it backtrack): ``jo.li@yna.co.kr``; the
sign-off rows of ``_boilerplate`` spell the same bounds out."""

APOS: Final = r"['\u2018\u2019\u02bc`]"
"""One apostrophe, straight or curly."""


def fold(text: str) -> str:
    """Casefold ``text`` and collapse its runs of white space, for lookups."""
    return " ".join(text.split()).casefold()


def trim_residue(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``text[start:end]`` to exclude white space, ``INVISIBLE`` characters and
    ``RESIDUE`` markup at both ends (for a second try of a rule; spans keep the edges).

    >>> t = "\\ufeffEnditem&#13;\\x03"
    >>> trim_residue(t, 0, len(t))
    (1, 8)
    """
    while True:
        start, end = strip_span(text, start, end)
        if start < end and text[start] in INVISIBLE:
            start += 1
        elif start < end and text[end - 1] in INVISIBLE:
            end -= 1
        elif lead := next((r for r in RESIDUE if text.startswith(r, start, end)), ""):
            start += len(lead)
        elif tail := next((r for r in RESIDUE if text.endswith(r, start, end)), ""):
            end -= len(tail)
        else:
            return start, end


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``text[start:end]`` to exclude white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
