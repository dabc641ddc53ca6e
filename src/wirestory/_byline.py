"""The byline rule: ``By Jane Doe and John Roe, Reuters``.

Grammar::

    byline := ["--"] "By" names ["," title] | agency-only
    names  := person (("," | "and" | "&") person)*
    title  := "Associated Press Writer" | "Reuters" | ... (anything after a comma)

>>> b = parse_byline("By ANDREW TAYLOR, Associated Press Writer")
>>> [(p.name, p.display_name) for p in b.contributors], b.agency
([('ANDREW TAYLOR', 'Andrew Taylor')], 'AP')
>>> parse_byline("By Reuters").contributors
()
"""

from __future__ import annotations

from typing import Final

import regex

from ._agencies import DEFAULT_REGISTRY, AgencyRegistry
from ._model import Byline, Contributor, Span
from ._text import SPACE, strip_span

_BY: Final = regex.compile(
    rf"""(?xi)
    (?:--{SPACE}*)?                 # dataset header prefix: "-- By ..."
    by{SPACE}*:?{SPACE}+            # By
    (?P<rest>\S.*)                  # names and titles
    """
)
TITLES: Final = regex.compile(
    r"""(?xi)
    (?:(?:The\s+)?Associated\s+Press|AP|Reuters|Bloomberg(?:\s+News)?|AFP)?\s*
    (?:Chief\s+|Senior\s+|Special\s+|National\s+|Business\s+|Economics\s+|Medical\s+|Science\s+
      |Sports\s+|Political\s+|Diplomatic\s+|Legal\s+|Technology\s+|Entertainment\s+|Food\s+|Travel\s+)*
    (?:Writers?|Correspondents?|Reporters?|Editors?|Staff|Columnist|Journalist|Staff\s+Writer)
    |for\s+(?:the\s+)?\w+(?:\s+\w+){0,3}
    """
)
"""Job titles that follow the names in a byline (never part of a name)."""

_SPLIT: Final = regex.compile(r"(?i)\s*(?:,|;|&|\band\b)\s*")
_NAME: Final = regex.compile(
    r"""(?x)
    \p{Lu}[\p{L}\p{M}'’.\-]*+
    (?:\s++(?:\p{Lu}[\p{L}\p{M}'’.\-]*+|(?:van|von|de|da|del|der|di|du|la|le|bin|al|el|dos|das)\b)){0,5}
    """
)
MAX_LENGTH: Final = 200


def parse_byline(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    agencies: AgencyRegistry = DEFAULT_REGISTRY,
) -> Byline | None:
    """The byline that ``text[start:end]`` is, or ``None``.

    >>> [p.name for p in parse_byline("By Ingrid Melander and Harry Papachristou").contributors]
    ['Ingrid Melander', 'Harry Papachristou']
    >>> parse_byline("By the end of the day, prices had fallen.") is None
    True
    """
    stop = len(text) if end is None else end
    s, e = strip_span(text, start, stop)
    if e - s > MAX_LENGTH:
        return None
    m = _BY.fullmatch(text, s, e)
    if m is None:
        return _agency_only(text, s, e, agencies)
    people: list[Contributor] = []
    agency: str | None = None
    for piece in _SPLIT.split(m["rest"]):
        piece = piece.strip(" \t.,;:")
        if not piece:
            continue
        named = agencies.lookup(piece)
        if named is not None:
            agency = agency or named.name
            continue
        if TITLES.fullmatch(piece):
            title_agency = _title_agency(piece, agencies)
            agency = agency or title_agency
            continue
        if piece.casefold() in {"staff", "staff writer", "the"}:
            continue
        if not _NAME.fullmatch(piece):
            return None
        people.append(Contributor(piece))
    if not people and agency is None:
        return None
    return Byline(text[s:e], Span(s, e), tuple(people), agency)


def _title_agency(title: str, agencies: AgencyRegistry) -> str | None:
    for words in (3, 2, 1):
        parts = title.split()
        for i in range(len(parts) - words + 1):
            found = agencies.lookup(" ".join(parts[i : i + words]))
            if found is not None:
                return found.name
    return None


_AGENCY_ONLY: Final = regex.compile(r"(?xi)(?P<agency>.{2,40}?)\s+Staff")


def _agency_only(text: str, s: int, e: int, agencies: AgencyRegistry) -> Byline | None:
    """``Reuters Staff`` names an agency and no person."""
    m = _AGENCY_ONLY.fullmatch(text, s, e)
    if m is None:
        return None
    found = agencies.lookup(m["agency"])
    return Byline(text[s:e], Span(s, e), (), found.name) if found else None
