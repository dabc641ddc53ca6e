"""What every envelope reader shares: the ``Envelope`` value and small span helpers.

>>> Envelope("front_matter", (Span(0, 12),)).format
'front_matter'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

import attrs

from .._model import Span

ENVELOPE_FORMATS: Final = ("anpa", "gigaword", "nitf", "front_matter", "header_block")
"""The envelope formats ``read_envelope`` recognises, in the order it tries them."""


def _to_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Envelope:
    """The envelope around one story: where it is in the raw text, and what it says.

    >>> Envelope("gigaword", (Span(0, 5),)).spans
    (Span(start=0, end=5),)
    """

    format: str = attrs.field(validator=attrs.validators.in_(ENVELOPE_FORMATS))
    """One of ``ENVELOPE_FORMATS``."""
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_to_tuple)
    """The envelope's characters (control characters, header lines, tags), in order."""
    headline: Span | None = None
    """Where the envelope gives the headline (a Gigaword ``<HEADLINE>``), or ``None``."""
    dateline: Span | None = None
    """Where the envelope gives the dateline (a Gigaword ``<DATELINE>``), or ``None``."""
    reference_date: dt.date | None = None
    """A date the envelope gives (a Gigaword document id, a ``date:`` line), or ``None``."""
    metadata: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_tuple)
    """``(name, value)`` pairs read from the envelope, in order (``slug``, ``title``, ...)."""


def stripped(text: str, start: int, end: int) -> Span | None:
    piece = text[start:end]
    if not piece.strip():
        return None
    lead = len(piece) - len(piece.lstrip())
    return Span(start + lead, start + len(piece.rstrip()))


def skip_breaks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "\r\n":
        pos += 1
    return pos


def skip_one_break(text: str, pos: int) -> int:
    if text.startswith("\r\n", pos):
        return pos + 2
    return pos + 1 if text[pos : pos + 1] in ("\r", "\n") and pos < len(text) else pos


def merge(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlapping or touching ones joined."""
    out: list[Span] = []
    for span in sorted(s for s in spans if s.end > s.start):
        if out and span.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return tuple(out)
