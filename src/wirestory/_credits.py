"""Credit lines: ``(Reporting by A in Kyiv; Editing by B and C)`` as roles and people.

Grammar::

    credits  := ["("] clause ((";" | "," | "." | "") clause)* [")"]
    clause   := roles [" from " place] [" by" | ":"] names
    roles    := role (("and" | "," | "&") role)*
    names    := person (("," | "and" | "&") person)*
    person   := Name [" in " Place]

>>> [(c.role, [p.name for p in c.contributors]) for c in parse_credits(
...     "(Reporting by Reuters; Editing by Alexandra Hudson and Gareth Jones)")]
[('reporting', ['Reuters']), ('editing', ['Alexandra Hudson', 'Gareth Jones'])]
>>> parse_credits("Additional reporting by A. Smith in Kyiv")[0].contributors[0].location
'Kyiv'
"""

from __future__ import annotations

from typing import Final

import regex

from ._model import Contributor, Credit, Span
from ._text import DASH, SPACE, strip_span

ROLE_WORDS: Final = (
    # pattern (a role word as written)          role
    (r"additional\s+reporting", "additional_reporting"),
    (r"reporting|reported|reporter", "reporting"),
    (r"writing|written|writer", "writing"),
    (r"editing|edited|editor", "editing"),
    (r"compiling|compiled|compilation", "compiling"),
    (r"research(?:ing|ed)?", "research"),
    (r"graphics?", "graphics"),
    (r"photos?|photography|photographs?", "photography"),
    (r"translation|translated|translating", "translation"),
    (r"(?:with\s+)?(?:additional\s+)?assistance(?:\s+from)?", "assistance"),
)
"""How each role is written at the head of a credit clause; first match wins."""

_ROLE_RES: Final = tuple((regex.compile(p, regex.IGNORECASE), role) for p, role in ROLE_WORDS)
_ROLE: Final = "|".join(f"(?:{p})" for p, _ in ROLE_WORDS)

HEAD: Final = regex.compile(
    rf"""(?xi)
    (?P<roles>(?:{_ROLE})(?:\s*(?:,|and|&)\s*(?:{_ROLE}))*+)     # Reporting and editing
    (?:\s+from\s+(?P<from>\p{{Lu}}[\p{{L}} .'-]{{0,40}}?))?      # from Rome
    (?P<by>\s+by\b\s*|\s*:\s*|\s+(?=\p{{Lu}}))                    # by / : / nothing
    """
)
"""The head of one credit clause."""

_SPLIT_NAMES: Final = regex.compile(r"(?i)\s*(?:,|;|&|\band\b)\s*")
_IN_PLACE: Final = regex.compile(
    r"(?i)^(?P<name>.+?)\s+(?:in|from)\s+(?P<place>\p{Lu}[\p{L} .'-]*)$"
)
_NAME: Final = regex.compile(
    rf"""(?x)
    \p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+                  # a capitalised word
    (?:{SPACE}++(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+|(?:van|von|de|da|del|der|di|du|la|le|bin|al|el|dos|das)\b)){{0,6}}
    """
)
_EDGE: Final = f" \t\n\r\u00a0;,.:()[]{DASH[1:-1]}"


_ROLE_JOIN: Final = regex.compile(r"(?i)\s*(?:,|\band\b|&)\s*")


def _roles(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for part in _ROLE_JOIN.split(text):
        for pattern, role in _ROLE_RES:
            if pattern.fullmatch(part.strip()) and role not in found:
                found.append(role)
                break
    return tuple(found)


def _people(text: str) -> tuple[Contributor, ...] | None:
    """The people of a clause's name list, or ``None`` if it is not a name list."""
    people: list[Contributor] = []
    for piece in _SPLIT_NAMES.split(text.strip(_EDGE)):
        piece = piece.strip(_EDGE)
        if not piece:
            continue
        m = _IN_PLACE.match(piece)
        name, place = (m["name"], m["place"].strip()) if m else (piece, None)
        if not _NAME.fullmatch(name):
            return None
        people.append(Contributor(name, location=place))
    return tuple(people) if people else None


_HEAD_START: Final = regex.compile(
    rf"""(?xi)
    (?:^|(?<=[;,.(]\s*)|(?<=\s))          # at the start, after a separator or a space
    (?={_ROLE})
    """
)


def parse_credits(text: str, start: int = 0, end: int | None = None) -> tuple[Credit, ...]:
    """The credits that ``text[start:end]`` consists of, or ``()`` if it is not a credit line.

    >>> [c.role for c in parse_credits("Reporting and editing by Jane Doe")]
    ['reporting', 'editing']
    >>> parse_credits("Reporting season starts on Monday, analysts said.")
    ()
    """
    stop = len(text) if end is None else end
    start, stop = strip_span(text, start, stop)
    inner = start + 1 if text.startswith("(", start) else start
    if not HEAD.match(text, inner, stop):
        return ()
    heads = [
        m
        for m in (
            HEAD.match(text, p.start(), stop) for p in _HEAD_START.finditer(text, inner, stop)
        )
        if m
    ]
    heads = [h for i, h in enumerate(heads) if i == 0 or h.start() >= heads[i - 1].end()]
    credits: list[Credit] = []
    for i, head in enumerate(heads):
        clause_end = heads[i + 1].start() if i + 1 < len(heads) else stop
        people = _people(text[head.end() : clause_end])
        roles = _roles(head["roles"])
        if people is None or not roles:
            if i == 0:
                return ()
            # not a new clause after all: a role word inside a name list
            continue
        span_start = start if i == 0 else head.start()
        span_end = heads[i + 1].start() if i + 1 < len(heads) else stop
        s, e = strip_span(text, span_start, span_end)
        if (
            head["by"].strip() == ""
            and not text.startswith("(", start)
            and i == 0
            and len(heads) == 1
        ):
            # "Reporting Jane Doe" with neither "by" nor parentheses is too weak on its own
            return ()
        for role in roles:
            credits.append(Credit(role, text[s:e], Span(s, e), people))
    return _merge_skipped(text, credits, start, stop)


def _merge_skipped(text: str, credits: list[Credit], start: int, stop: int) -> tuple[Credit, ...]:
    """Make the clauses' spans tile ``[start, stop)`` with no gap (lossless coverage)."""
    if not credits:
        return ()
    out: list[Credit] = []
    spans = sorted({c.span for c in credits})
    for c in credits:
        idx = spans.index(c.span)
        s = start if idx == 0 else c.span.start
        e = stop if idx == len(spans) - 1 else spans[idx + 1].start
        s, e = strip_span(text, s, e)
        out.append(Credit(c.role, text[s:e], Span(s, e), c.contributors))
    return tuple(out)


_TAIL_START: Final = regex.compile(
    rf"""(?x)
    (?: \((?=\s*(?:{_ROLE}))                              # (Reporting by ...)
      | (?<=[.!?"”’)]\s*)(?i:(?={_ROLE})(?=\S+(?:\s+\S+){{0,4}}\s+by\b))   # ... said. Reporting by
    )
    """,
    regex.IGNORECASE,
)


def find_trailing_credits(text: str, start: int, end: int) -> tuple[int, tuple[Credit, ...]]:
    """Credits glued to the end of a paragraph: ``(split, credits)`` or ``(end, ())``.

    >>> t = "He said so. (Editing by Jane Doe)"
    >>> find_trailing_credits(t, 0, len(t))[0]
    12
    """
    for m in reversed(list(_TAIL_START.finditer(text, start, end))):
        if m.start() == start:
            continue
        credits = parse_credits(text, m.start(), end)
        if credits:
            return m.start(), credits
    return end, ()


_AP_CONTRIBUTED: Final = regex.compile(
    r"""(?xi)
    (?:(?:The\s+)?Associated\s+Press\s+(?:\w+\s+){0,2}?(?:writers?|reporters?|correspondents?|journalists?|photographers?)\s+)?
    (?P<names>.{3,400}?)
    \s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|reporting)\.?
    |Contributing\s+to\s+this\s+report\s+(?:were|was|are)\s*:?\s*(?P<names2>.{3,400}?)\.?
    """
)


def match_contributed(text: str, start: int, end: int) -> tuple[Credit, ...]:
    """AP's ``Associated Press writer A in X contributed to this report.``

    >>> match_contributed("AP writer Jo Li in Rome contributed to this report.", 0, 51)
    ()
    >>> t = "Associated Press writer Jo Li in Rome contributed to this report."
    >>> match_contributed(t, 0, len(t))[0].contributors[0].location
    'Rome'
    """
    s, e = strip_span(text, start, end)
    m = _AP_CONTRIBUTED.fullmatch(text, s, e)
    if not m:
        return ()
    people = _people(m["names"] or m["names2"] or "")
    if not people:
        return ()
    return (Credit("contributing", text[s:e], Span(s, e), people),)
