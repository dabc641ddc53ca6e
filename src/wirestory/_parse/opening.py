"""Step 1 of the parse: the lines above the dateline.

Line by line from the top until the dateline: each line is tried with the rules that
end the opening (``OPENING_ENDERS``: the dateline, alone or with what is glued before
it, a collapsed dataset header, a bold byline with the story after it), then with
``OPENING_RULES``; a line no rule takes is the headline (the first) or a deck. Without a
dateline the body starts at the first line that is not a headline.

>>> doc = Document.of("Oil rises\\nLONDON (Reuters) - Oil rose.")
>>> opening = read_opening(doc, Context())
>>> doc.text[opening.body_start:], [type(e).__name__ for e in opening.elements]
(' Oil rose.', ['Headline', 'Dateline'])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from .._model import Boilerplate, Byline, Dateline, Span
from .._patterns import lazy
from .context import Context
from .dateline import is_strong
from .document import Document, Line, continues
from .glued import collapsed_header, dateline_line, marked_byline
from .headline import make_headline
from .regions import OPENING_RULES
from .rules import Element, Rule, first_match, first_of
from .standfirst import find_gallery

MAX_OPENING_LINES: Final = 40
"""How many lines from the top may stand before the dateline."""
MAX_UNCLAIMED: Final = 4
"""How many lines no rule takes (headline, decks) may stand before the dateline; past
them, only an unmistakable dateline (``dateline.is_strong``) still ends the opening."""
MAX_ANCHOR_LINES: Final = 12
"""A byline within this many lines from the top anchors the story like a dateline:
the lines above it are headline and decks, never body."""

OPENING_ENDERS: Final[tuple[Rule, ...]] = (collapsed_header, dateline_line, marked_byline)
"""Rules whose finding ends the opening: the body starts after what they take."""


@attrs.frozen
class Opening:
    """What step 1 found: the elements above the body, and where the body starts."""

    elements: tuple[Element, ...]
    body_start: int

    @property
    def dated(self) -> bool:
        """Whether the opening holds a dateline."""
        return any(isinstance(e, Dateline) for e in self.elements)


def read_opening(doc: Document, ctx: Context) -> Opening:
    """Step 1. Take the lines above the dateline; return them and where the body starts."""
    text, lines = doc.text, doc.lines
    unclaimed: list[Line] = []
    claimed: list[tuple[int, Sequence[Element]]] = []  # (unclaimed lines before it, elements)
    scanned_to = 0
    gallery = find_gallery(text, lines, ctx.agencies)
    scan = MAX_OPENING_LINES
    if gallery is not None:  # read on past the gallery to the lead
        scan = max(scan, sum(ln.start <= gallery[1] for ln in lines) + MAX_OPENING_LINES)
    anchor = 0  # unclaimed lines above a byline near the top: page material, not body
    late = False  # past MAX_UNCLAIMED: only an unmistakable dateline still ends the opening
    sentences = 0  # sentence lines no rule took: past the lead, a dateline names its agency
    bylined = False
    for index, line in enumerate(lines[:scan]):
        if line.blank or line.start < scanned_to:  # a byline may take two lines
            continue
        ends = first_of(OPENING_ENDERS, doc, (line.start, line.end), ctx)
        if ends and sentences >= (1 if bylined else 2) and _colon_rubric(ends):
            ends = ()  # a rubric in the body (``Switching Lanes: ...``), not a dateline
        if ends and (not late or _unmistakable(ends, no_sentence_above=not sentences)):
            # the dateline (or what stands for it): the body starts after it
            above = [e for _, elements in claimed for e in elements]
            found = (*above, *_unclaimed_opening(text, unclaimed), *ends)
            return Opening(found, max(e.span.end for e in ends))
        elements = () if ends else first_match(OPENING_RULES, doc, (line.start, line.end), ctx)
        if not elements and gallery is not None and gallery[0] <= line.start < gallery[1]:
            elements = (Boilerplate("caption", text[line.start : line.end], _span(line)),)
        scanned_to = max([line.end, *(e.span.end for e in elements)])
        if elements:
            claimed.append((len(unclaimed), elements))
            if (
                not late
                and index < MAX_ANCHOR_LINES
                and any(isinstance(e, Byline) for e in elements)
            ):
                anchor = len(unclaimed)
            bylined = bylined or any(isinstance(e, Byline) for e in elements)
            continue
        unclaimed.append(line)
        sentences += _sentence_line(text, line)
        late = late or len(unclaimed) - anchor > MAX_UNCLAIMED
    # No dateline: keep what stands before the body; the body starts at the first
    # unclaimed line that is not a headline, or after a byline near the top.
    if anchor:
        above = [e for before, els in claimed if before <= anchor for e in els]
        found_anchor = (*above, *_unclaimed_opening(text, unclaimed[:anchor]))
        if len(unclaimed) > anchor:
            return Opening(found_anchor, unclaimed[anchor].start)
        return Opening(found_anchor, max(e.span.end for e in found_anchor))
    use_headline = (
        bool(unclaimed)
        and _headline_like(text, lines, unclaimed[0])
        and (len(unclaimed) > 1 or scanned_to < len(text.rstrip()))
    )
    keep = 1 if use_headline else 0
    leading = keep
    while use_headline and leading < len(unclaimed) and _page_line(text, lines, unclaimed[leading]):
        leading += 1  # bullets, labels and short lines under the headline, above the lead
    if leading < len(unclaimed):
        keep = leading
    found_: list[Element] = [e for before, els in claimed if before <= keep for e in els]
    found_.extend(_unclaimed_opening(text, unclaimed[:keep]))
    if len(unclaimed) > keep:
        return Opening(tuple(found_), unclaimed[keep].start)
    kept_ends = [e.span.end for _, els in claimed for e in els] + [ln.end for ln in unclaimed]
    return Opening(tuple(found_), max(kept_ends, default=0))


MIN_SENTENCE_WORDS: Final = 4
"""The fewest words of a line that reads as a sentence of the story."""
_SENTENCE_END: Final = lazy(r"""[.!?]['"”’)]?[ \t]*$""")
"""A full stop, question or exclamation mark, a closing quote after it, at line end."""


def _sentence_line(text: str, line: Line) -> bool:
    """A line that ends a sentence of some length: a paragraph of the story, not a
    headline or a label.

    >>> doc = Document.of("Oil up\\n--Brent for March delivery fell 0.5% to $74 a barrel.")
    >>> [_sentence_line(doc.text, ln) for ln in doc.lines]
    [False, True]
    """
    return (
        len(text[line.start : line.end].split()) >= MIN_SENTENCE_WORDS
        and _SENTENCE_END.search(text, line.start, line.end) is not None
        and _BULLET.match(text, line.start, line.end) is None  # a key point above the story
    )


def _unmistakable(ends: Sequence[Element], *, no_sentence_above: bool) -> bool:
    """Whether a dateline still ends the opening past ``MAX_UNCLAIMED`` lines: a strong
    one (``is_strong``), or one with an agency or a dash under short lines only (section
    links, counters, a dek with no sentence end: nothing above is a sentence of a story).
    """
    datelines = [e for e in ends if isinstance(e, Dateline)]
    if any(is_strong(d) for d in datelines):
        return True
    return no_sentence_above and any(
        d.agency is not None or not d.text.rstrip().endswith(":") for d in datelines
    )


def _colon_rubric(ends: Sequence[Element]) -> bool:
    """Whether what ends the opening is a colon dateline without an agency
    (``Switching Lanes:``, ``WHAT NEXT:``): below a byline and a sentence of the story,
    or two sentences, that shape is a rubric of the body. A dash keeps a bare dateline
    under a dek of two sentences (``DENVER --``).

    >>> from wirestory._parse.dateline import match_dateline
    >>> rows = ("Switching Lanes: Soybeans finished trading.", "DENVER -- It fell.")
    >>> [_colon_rubric((match_dateline(t, 0, Context()),)) for t in rows]
    [True, False]
    """
    datelines = [e for e in ends if isinstance(e, Dateline)]
    return bool(datelines) and all(
        d.agency is None and d.text.rstrip().endswith(":") for d in datelines
    )


def _span(line: Line) -> Span:
    return Span(line.start, line.end)


def _unclaimed_opening(text: str, unclaimed: list[Line]) -> list[Element]:
    """Lines above the dateline that no rule took: the headline, then decks."""
    out: list[Element] = []
    for i, line in enumerate(unclaimed):
        if i == 0:
            out.append(make_headline(text, line.start, line.end))
        else:
            out.append(Boilerplate("deck", text[line.start : line.end], _span(line)))
    return out


MIN_WRAP_WIDTH: Final = 40
"""Lines hard-wrapped at a width below this are not told from short lines of their own."""
MAX_LABEL_WORDS: Final = 4
"""The most words of a label line over a list of points (``Key points:``)."""
_BULLET: Final = lazy(r"[*•·\-–][ \t]")
"""A bullet that opens a line: ``* Oil rises``, ``• Key point``."""


def _page_line(text: str, lines: Sequence[Line], line: Line) -> bool:
    """A line of leading page material under a headline: a bullet, a short label
    (``Key points:``), or a short line that ends neither like a sentence nor runs on
    into the next (``Key points``).

    >>> doc = Document.of("Oil up\\nKey points\\n* Brent rises\\nOil rose on Monday.")
    >>> [_page_line(doc.text, doc.lines, ln) for ln in doc.lines[1:]]
    [True, True, False]
    """
    if _BULLET.match(text, line.start, line.end):
        return True
    if text[line.end - 1] == ":" and len(text[line.start : line.end].split()) <= MAX_LABEL_WORDS:
        return True  # a label over a list: Key points:
    return _headline_like(text, lines, line)


def _headline_like(text: str, lines: Sequence[Line], line: Line) -> bool:
    """A short line that does not end like a sentence, nor like a label (``FORECASTS:``),
    and that the next line does not continue (the first line of a hard-wrapped lead).

    >>> doc = Document.of("Shares of the bank rose to a record high on Monday after\\nits results.")
    >>> _headline_like(doc.text, doc.lines, doc.lines[0])
    False
    >>> doc = Document.of("Bank shares rise\\n\\nShares of the bank rose on Monday.")
    >>> _headline_like(doc.text, doc.lines, doc.lines[0])
    True
    """
    words = text[line.start : line.end].split()
    if not 0 < len(words) <= 30 or text[line.end - 1] in '."”’:':
        return False
    at = lines.index(line)
    begin = at
    while begin > 0 and not lines[begin - 1].blank:
        begin -= 1
    stop = at + 1
    while stop < len(lines) and not lines[stop].blank:
        stop += 1
    group = list(lines[begin:stop])
    if max(ln.width for ln in group) < MIN_WRAP_WIDTH:
        return True  # short lines only (a headline over labels and bullets): none is wrapped
    return not continues(text, group, at - begin)
