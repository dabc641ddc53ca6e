"""The composition: ``normalize_text`` runs the steps in order; ``Normalized`` maps back.

``normalize_text`` chains the text steps (mojibake, entities, Unicode, unwrap, white
space, quotes, dashes), each switchable, repeating the chain until it changes nothing;
with ``with_map=True`` it returns a ``Normalized``, the text with an offset map leading
every character back to the raw range it was made from.

>>> result = normalize_text("A&amp;B\\r\\nsaid", with_map=True)
>>> result.text, result.to_source(2)
('A&B\\nsaid', 6)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, overload

import attrs

from .._model import Span
from ._edits import _Pass, _run, _Trace
from ._encoding import _ENTITIES, _MOJIBAKE, _UNICODE
from ._punctuation import _DASH_PASSES, _QUOTE_PASSES, DashStyle, QuoteStyle
from ._unwrap import _UNWRAP
from ._whitespace import _WHITESPACE


@attrs.frozen
class Normalized:
    """Normalized text with a map back to the raw text it came from.

    Every character of ``text`` knows the raw range it was made from: a kept character
    its own position, a replacement (``&amp;`` -> ``&``) the whole range it replaced.

    >>> result = normalize_text("  Jos\\u00c3\\u00a9 said&#8212;hi", with_map=True)
    >>> result.text
    'José said—hi'
    >>> result.source_span(Span(0, 4))
    Span(start=2, end=7)
    >>> result.source[2:7]
    'JosÃ©'
    """

    text: str
    """The normalized text."""
    source: str
    """The raw text, unchanged."""
    starts: tuple[int, ...] = attrs.field(repr=False)
    """For each character of ``text``, where its raw range starts in ``source``."""
    ends: tuple[int, ...] = attrs.field(repr=False)
    """For each character of ``text``, where its raw range ends in ``source``."""

    def __attrs_post_init__(self) -> None:
        if not len(self.starts) == len(self.ends) == len(self.text):
            raise ValueError("Normalized needs one raw range per character of text")

    def to_source(self, offset: int) -> int:
        """The raw offset of the normalized ``offset`` (``len(text)`` maps to the raw end).

        >>> normalize_text("a&amp;b", with_map=True).to_source(2)
        6
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside 0..{len(self.text)}")
        if offset < len(self.text):
            return self.starts[offset]
        return self.ends[-1] if self.ends else 0

    def source_span(self, span: Span) -> Span:
        """The raw span covering what the normalized ``span`` was made from.

        >>> normalize_text("x  &lt;b&gt;", with_map=True).source_span(Span(2, 5))
        Span(start=3, end=12)
        """
        if span.end > len(self.text):
            raise IndexError(f"{span!r} reaches past the text's end {len(self.text)}")
        if span.start == span.end:
            point = self.to_source(span.start)
            return Span(point, point)
        return Span(self.starts[span.start], self.ends[span.end - 1])


# -- the composition --------------------------------------------------------------------


def _passes(
    *,
    mojibake: bool,
    entities: bool,
    unicode: bool,
    whitespace: bool,
    unwrap: bool,
    quotes: QuoteStyle | None,
    dashes: DashStyle | None,
) -> list[_Pass]:
    if quotes is not None and quotes not in _QUOTE_PASSES:
        raise ValueError(f"Unknown quote style {quotes!r}; expected 'straight', 'curly' or None")
    if dashes is not None and dashes not in _DASH_PASSES:
        raise ValueError(f"Unknown dash {dashes!r}; expected 'em', 'en', 'hyphen' or None")
    steps: list[tuple[bool, Sequence[_Pass]]] = [
        (mojibake, _MOJIBAKE),
        (entities, _ENTITIES),
        (unicode, _UNICODE),
        (unwrap, _UNWRAP),  # before white space: it reads the indentation
        (whitespace, _WHITESPACE),
        (quotes is not None, _QUOTE_PASSES.get(quotes or "", ())),
        (dashes is not None, _DASH_PASSES.get(dashes or "", ())),
    ]
    return [one for wanted, passes in steps if wanted for one in passes]


@overload
def normalize_text(
    text: str,
    /,
    *,
    mojibake: bool = ...,
    entities: bool = ...,
    unicode: bool = ...,
    whitespace: bool = ...,
    unwrap: bool = ...,
    quotes: QuoteStyle | None = ...,
    dashes: DashStyle | None = ...,
    with_map: Literal[False] = ...,
) -> str: ...
@overload
def normalize_text(
    text: str,
    /,
    *,
    mojibake: bool = ...,
    entities: bool = ...,
    unicode: bool = ...,
    whitespace: bool = ...,
    unwrap: bool = ...,
    quotes: QuoteStyle | None = ...,
    dashes: DashStyle | None = ...,
    with_map: Literal[True],
) -> Normalized: ...
def normalize_text(
    text: str,
    /,
    *,
    mojibake: bool = True,
    entities: bool = True,
    unicode: bool = True,
    whitespace: bool = True,
    unwrap: bool = True,
    quotes: QuoteStyle | None = "straight",
    dashes: DashStyle | None = "em",
    with_map: bool = False,
) -> str | Normalized:
    """``text`` through the normalization steps, in order; idempotent.

    The steps run in this order: ``fix_mojibake``, ``unescape_entities``,
    ``normalize_unicode``, ``unwrap_paragraphs`` (before white space, which would
    remove the indentation it reads), ``normalize_whitespace``,
    ``normalize_quotes`` (``quotes``: ``"straight"`` by default, ``"curly"``, or
    ``None`` to leave quotes alone) and ``normalize_dashes`` (``dashes``: ``"em"`` by
    default, ``"en"``, ``"hyphen"`` or ``None``). Each boolean switches its step off.
    The whole chain is repeated until it changes nothing (a later step can, rarely,
    make work for an earlier one: ``Ã--`` becomes ``Ã—``, which is mojibake for ``×``),
    so running it twice gives the same text. Names are not touched: see
    ``normalize_name``.

    Args:
        text: The raw text.
        mojibake: Repair UTF-8 read as cp1252 or Latin-1.
        entities: Decode HTML entities.
        unicode: NFC, control characters out.
        whitespace: Plain spaces and line ends.
        unwrap: Join hard-wrapped paragraphs.
        quotes: The quote style, or ``None``.
        dashes: The canonical dash, or ``None``.
        with_map: Return a ``Normalized`` (text and offset map) instead of a string.

    Returns:
        The normalized text, or a ``Normalized`` when ``with_map`` is true.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: ``quotes`` or ``dashes`` is not one of the forms above.

    >>> normalize_text("SEOUL, March 3 (Yonhap) \\u2013 \\u201cWe\\u2019re ready,\\u201d he said.")
    'SEOUL, March 3 (Yonhap) — "We\\'re ready," he said.'
    >>> normalize_text("a -- b", dashes=None, quotes="curly")
    'a -- b'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_text() needs a str, not {type(text).__name__}")
    passes = _passes(
        mojibake=mojibake,
        entities=entities,
        unicode=unicode,
        whitespace=whitespace,
        unwrap=unwrap,
        quotes=quotes,
        dashes=dashes,
    )
    trace = _Trace(len(text)) if with_map else None
    current = text
    for _ in range(8):
        new = _run(current, passes, trace)
        if new == current:
            break
        current = new
    if trace is None:
        return current
    return Normalized(current, text, tuple(trace.starts), tuple(trace.ends))
