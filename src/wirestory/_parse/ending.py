"""Step 3 of the parse: credits, notes, sign-offs and page furniture at the end.

From the block that opens the page furniture (``Our Standards:``, ``Read Next``) to
the end, every block is boilerplate; then ``ENDING_RULES`` peel whole blocks off the end,
a block's last line, a truncation marker, or material glued to the last sentence.

>>> doc = Document.of("Oil rose. (Editing by Jo Li)\\n\\nComments")
>>> ending = read_ending(doc, doc.blocks(0), Context())
>>> [doc.text[s:e] for s, e in ending.blocks]
['Oil rose.']
>>> sorted(type(e).__name__ for e in ending.elements)
['Boilerplate', 'Credit']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from .._model import Boilerplate, Credit, Span
from .._patterns import lazy
from .._text import strip_span
from .boilerplate import find_page_end
from .context import Context
from .document import PARAGRAPH_END, Document, Range
from .regions import ENDING_RULES, GLUED_RULES
from .rules import Element, Found, first_match, first_of


@attrs.frozen
class Ending:
    """What step 3 found: the trailing elements, and the blocks left for the body."""

    elements: tuple[Element, ...]
    blocks: tuple[Range, ...]


def read_ending(doc: Document, blocks: Sequence[Range], ctx: Context) -> Ending:
    """Step 3. Peel trailing material off the end; return it and the blocks left.

    From the block that opens the page furniture (``Our Standards:``, ``Read Next``)
    to the end, every block is boilerplate; then rules peel blocks from the end.
    """
    text = doc.text
    left = list(blocks)
    found: list[Element] = []
    page_end = find_page_end(text, left)
    if page_end is not None:
        index, cut = page_end
        block_start, block_end = left[index]
        tail = [strip_span(text, cut, block_end), *left[index + 1 :]]
        head = strip_span(text, block_start, cut)
        left = left[:index] + ([head] if head[0] < head[1] else [])
        for start, end in tail:
            found.extend(
                first_match(ENDING_RULES, doc, (start, end), ctx)
                or (Boilerplate("unknown", text[start:end], Span(start, end)),)
            )
    heading = next((i for i, b in enumerate(left) if i and _HEADING.match(text, *b)), None)
    if heading is not None:  # end matter under markdown headings: # Notebook
        found.extend(_end_matter(doc, left[heading:], ctx))
        del left[heading:]
    while left:
        start, end = left[-1]
        count, more = _take_last(doc, left, ctx)
        if more:
            found.extend(more)
            del left[-count:]
            continue
        cut, glued = _glued_ending(doc, (start, end), ctx)
        if not glued:
            break
        found.extend(glued)
        s, e = strip_span(text, start, cut)
        if s < e:
            left[-1] = (s, e)
        else:
            left.pop()
    return Ending(tuple(found), tuple(left))


_HEADING: Final = lazy(r"\#{1,6}[ \t]++\S")
"""A markdown heading opening a block after the body: the story's end matter starts."""
_CONTINUED: Final = lazy(r"(?:and|&)\s")
"""A block that goes on with the one before it: a wrapped bullet (``and Jo Li in Rome``)."""


def _end_matter(doc: Document, blocks: Sequence[Range], ctx: Context) -> list[Element]:
    """The lines from a markdown heading on: each an ending element, or ``unknown``; a
    line that goes on with the one before (``and Jo Li in Rome``) is read with it.

    >>> doc = Document.of("# Notes\\n\\n- Reporting by: Al Roe in Oslo,\\n\\nand Jo Li in Rome")
    >>> [type(e).__name__ for e in _end_matter(doc, doc.blocks(0), Context())]
    ['Boilerplate', 'Credit']
    """
    text, out = doc.text, list[Element]()
    lines = [line for block in blocks for line in doc.lines_in(*block)]
    for start, end in lines:
        if out and _CONTINUED.match(text, start) and isinstance(out[-1], Credit):
            joined = first_match(ENDING_RULES, doc, (out[-1].span.start, end), ctx)
            if joined:
                out[-1:] = joined
                continue
        out.extend(
            first_match(ENDING_RULES, doc, (start, end), ctx)
            or (Boilerplate("unknown", text[start:end], Span(start, end)),)
        )
    return out


def _take_last(doc: Document, left: Sequence[Range], ctx: Context) -> tuple[int, Found]:
    """The last block, or the last blocks read as one, as trailing material:
    ``(how many blocks, elements)``, or ``(0, ())``.

    A label ending in a colon introduces the block after it, so the two are read as one
    first (``To contact the reporter on this story:`` / ``A in London at a@b.net``).
    """

    def whole() -> tuple[int, Found]:
        return 1, first_match(ENDING_RULES, doc, left[-1], ctx)

    def joined() -> tuple[int, Found]:
        return _joined_ending(doc, left, ctx) or (0, ())

    introduced = len(left) > 1 and doc.text[left[-2][1] - 1] == ":"
    for attempt in (joined, whole) if introduced else (whole, joined):
        count, more = attempt()
        if more:
            return count, more
    return 0, ()


MAX_TRAILING_LINES: Final = 3
"""How many trailing lines of a block are tried as one unit (a wrapped credit line)."""


def _own_lines(text: str, start: int, cut: int, at: int) -> bool:
    """Whether the lines from ``at`` may stand on their own: the line before ends a
    sentence, or the line at ``at`` does not open in lower case (``... in an
    interview\\npublished Sunday.`` is one wrapped sentence, not a time stamp).

    >>> t = "He said it in an interview\\npublished Sunday."
    >>> _own_lines(t, 0, 26, 27), _own_lines("He said so.\\nReuter", 0, 11, 12)
    (False, True)
    """
    before = strip_span(text, start, cut)[1]
    return before == start or text[before - 1] in PARAGRAPH_END or not text[at].islower()


def _joined_ending(
    doc: Document, blocks: Sequence[Range], ctx: Context
) -> tuple[int, Found] | None:
    """The last blocks taken as one unit: ``(how many, elements)``, or ``None``.

    A short line of a hard-wrapped notice or link may be read as a block of its own
    (``[Harbour`` then ``Wire](url)``); the last two or more blocks are tried as one
    where only single line breaks stand between them, they span at most
    ``MAX_TRAILING_LINES`` lines, and the first of them may start a line of its own
    (``_own_lines``). The first block (the lead) is never taken.

    >>> doc = Document.of("Oil rose.\\n[Harbour\\nWire](https://example.org/a)")
    >>> count, found = _joined_ending(doc, [(0, 9), (10, 18), (19, len(doc.text))], Context())
    >>> count, found[0].kind
    (2, 'source')
    """
    text, end = doc.text, blocks[-1][1]
    for k in range(2, len(blocks)):
        start = blocks[-k][0]
        gap = text[blocks[-k][1] : blocks[-k + 1][0]]
        if gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1:
            return None  # a blank line: the blocks before are another unit
        lines = text.count("\n", start, end) + text.count("\r", start, end)
        if lines - text.count("\r\n", start, end) >= MAX_TRAILING_LINES:
            return None
        if not _own_lines(text, blocks[-k - 1][0], blocks[-k - 1][1], start):
            continue
        found = first_match(ENDING_RULES, doc, (start, end), ctx)
        if found:
            return k, found
    return None


def _glued_ending(doc: Document, block: Range, ctx: Context) -> tuple[int, Found]:
    """Trailing material inside a block: its last lines, or credits glued to the last
    sentence: ``(where it starts, its elements)``, or ``(end, ())``.

    The last one, two and three lines are tried in turn as one unit (a credit line or a
    note hard-wrapped over lines), each only where a line of its own may start
    (``_own_lines``). On a collapsed line one item is taken per call, the last first:
    a trailing rule (``___``) before the credits it follows.
    """
    text, (start, end) = doc.text, block
    lines = doc.lines_in(start, end)
    for k in range(1, min(MAX_TRAILING_LINES, len(lines) - 1) + 1):
        s = lines[-k][0]
        if not _own_lines(text, start, lines[-k - 1][1], s):
            continue
        found = first_match(ENDING_RULES, doc, (s, end), ctx)
        if found:
            return s, found
    found = first_of(GLUED_RULES, doc, block, ctx)
    if found:
        return min(el.span.start for el in found), found
    return end, ()
