"""The one rule shape, and how an ordered table of rules is tried.

A *rule* reads one range of the document (a line, a block or a piece of one) and
returns the elements it makes of it, or ``()``: "not mine". Every rule has the same
arguments, ``rule(doc, (start, end), ctx)``; the region tables in ``regions`` list them
in the order they are tried, and the first rule that takes a range wins.

>>> from .regions import ENDING_RULES
>>> doc = Document.of("Comments")
>>> [type(e).__name__ for e in first_match(ENDING_RULES, doc, (0, 8), Context())]
['Boilerplate']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeAlias, TypeVar

import attrs

from .._model import Boilerplate, Byline, Credit, Dateline, Headline, Note, Paragraph, Span
from .._text import strip_span, trim_residue
from .context import Context
from .document import Document, Range

Element: TypeAlias = Headline | Byline | Dateline | Paragraph | Credit | Note | Boilerplate
"""Anything a rule makes: every element of the story model that has a span."""
Found: TypeAlias = tuple[Element, ...]
"""What a rule returns: the elements it made, or ``()`` for "not mine"."""
Rule: TypeAlias = Callable[[Document, Range, Context], Found]
"""``rule(doc, (start, end), ctx) -> Found``: the one shape of every rule."""

_W = TypeVar("_W", bound=Element)


def first_match(rules: Sequence[Rule], doc: Document, rng: Range, ctx: Context) -> Found:
    """What the first rule that takes ``rng`` makes, or ``()``.

    A range that no rule takes is tried again without the extraction damage at its
    edges (a byte-order mark, ``\\x03``, zero-width characters, ``&#13;``); the
    elements found then are widened back over that damage, so nothing is lost.

    >>> from .regions import ENDING_RULES
    >>> t = "\\ufeff(Editing by Jo Li)\\x03"
    >>> found = first_match(ENDING_RULES, Document.of(t), (0, len(t)), Context())
    >>> [(e.role, e.text == t) for e in found]
    [('editing', True)]
    """
    found = first_of(rules, doc, rng, ctx)
    if found:
        return found
    text, (start, end) = doc.text, rng
    s, e = trim_residue(text, start, end)
    if s == e or (s, e) == strip_span(text, start, end):
        return ()
    return tuple(widen(text, el, (s, e), rng) for el in first_of(rules, doc, (s, e), ctx))


def first_of(rules: Sequence[Rule], doc: Document, rng: Range, ctx: Context) -> Found:
    """What the first rule that takes ``rng`` exactly as it is makes, or ``()``."""
    for rule in rules:
        found = rule(doc, rng, ctx)
        if found:
            return found
    return ()


def widen(text: str, element: _W, inner: Range, outer: Range) -> _W:
    """``element`` stretched from the edges of ``inner`` to those of ``outer`` where it
    touches them (an element inside the range is left alone; ``-1`` never touches)."""
    s = outer[0] if element.span.start == inner[0] else element.span.start
    e = outer[1] if element.span.end == inner[1] else element.span.end
    if (s, e) == (element.span.start, element.span.end):
        return element
    return attrs.evolve(element, text=text[s:e], span=Span(s, e))
