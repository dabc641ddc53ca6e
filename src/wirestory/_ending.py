"""Step 3 of the parse: credits, notes, sign-offs and page furniture at the end.

From the block that opens the page furniture (``Our Standards:``, ``Read Next``) to
the end, every block is boilerplate; then ``ENDING_RULES`` peel whole blocks off the end,
a block's last line, a truncation marker, or material glued to the last sentence.

>>> from wirestory._context import Context
>>> from wirestory._rules import Parts
>>> text = "Oil rose. (Editing by Jo Li)\\n\\nComments"
>>> parts = Parts()
>>> [text[s:e] for s, e in read_ending(text, [(0, 28), (30, 38)], Context(), parts)]
['Oil rose.']
>>> sorted(type(e).__name__ for e in parts.elements)
['Boilerplate', 'Credit']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._blocks import PARAGRAPH_END
from ._boilerplate import TRUNCATION, find_page_end, match_glued_tail
from ._byline import find_trailing_byline
from ._context import Context
from ._credits import find_trailing_credits
from ._model import Boilerplate, Span
from ._rules import ENDING_RULES, Element, Parts, first_match
from ._text import strip_span


def read_ending(
    text: str, blocks: list[tuple[int, int]], ctx: Context, parts: Parts
) -> list[tuple[int, int]]:
    """Step 3. Peel trailing material off the end; return the blocks left.

    From the block that opens the page furniture (``Our Standards:``, ``Read Next``)
    to the end, every block is boilerplate; then rules peel blocks from the end.
    """
    blocks = list(blocks)
    page_end = find_page_end(text, blocks)
    if page_end is not None:
        index, cut = page_end
        block_start, block_end = blocks[index]
        tail = [strip_span(text, cut, block_end), *blocks[index + 1 :]]
        head = strip_span(text, block_start, cut)
        blocks = blocks[:index] + ([head] if head[0] < head[1] else [])
        for start, end in tail:
            found = first_match(ENDING_RULES, text, start, end, ctx)
            parts.add(*(found or (Boilerplate("unknown", text[start:end], Span(start, end)),)))
    while blocks:
        start, end = blocks[-1]
        found = first_match(ENDING_RULES, text, start, end, ctx)
        if found:
            parts.add(*found)
            blocks.pop()
            continue
        joined = _joined_ending(text, blocks, ctx)
        if joined is not None:
            count, found = joined
            parts.add(*found)
            del blocks[-count:]
            continue
        cut, found = _glued_ending(text, start, end, ctx, parts)
        if not found:
            break
        parts.add(*found)
        s, e = strip_span(text, start, cut)
        if s < e:
            blocks[-1] = (s, e)
        else:
            blocks.pop()
    return blocks


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
    text: str, blocks: Sequence[tuple[int, int]], ctx: Context
) -> tuple[int, Sequence[Element]] | None:
    """The last blocks taken as one unit: ``(how many, elements)``, or ``None``.

    A short line of a hard-wrapped notice or link may be read as a block of its own
    (``[Harbour`` then ``Wire](url)``); the last two or more blocks are tried as one
    where only single line breaks stand between them, they span at most
    ``MAX_TRAILING_LINES`` lines, and the first of them may start a line of its own
    (``_own_lines``). The first block (the lead) is never taken.

    >>> from wirestory._context import Context
    >>> t = "Oil rose.\\n[Harbour\\nWire](https://example.org/a)"
    >>> count, found = _joined_ending(t, [(0, 9), (10, 18), (19, len(t))], Context())
    >>> count, found[0].kind
    (2, 'source')
    """
    end = blocks[-1][1]
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
        found = first_match(ENDING_RULES, text, start, end, ctx)
        if found:
            return k, found
    return None


def _glued_ending(
    text: str, start: int, end: int, ctx: Context, parts: Parts
) -> tuple[int, Sequence[Element]]:
    """Trailing material inside a block: its last lines, or credits glued to the last sentence.

    The last one, two and three lines are tried in turn as one unit (a credit line or a
    note hard-wrapped over lines), each only where a line of its own may start
    (``_own_lines``). On a collapsed line one item is taken per call, the last first:
    a trailing rule (``___``) before the credits it follows.
    """
    line_end = end
    for _ in range(MAX_TRAILING_LINES):
        cut = max(text.rfind("\n", start, line_end), text.rfind("\r", start, line_end))
        if cut <= start:
            break
        line_end = strip_span(text, start, cut)[1]  # the line before, for the next turn
        s, e = strip_span(text, cut, end)
        if not _own_lines(text, start, cut, s):
            continue
        found = first_match(ENDING_RULES, text, s, e, ctx)
        if found:
            return cut, found
    truncated = TRUNCATION.search(text, start, end)
    if truncated is not None:
        s, e = strip_span(text, truncated.start(), end)
        parts.truncated = True
        return s, (Boilerplate("truncation", text[s:e], Span(s, e)),)
    tail = match_glued_tail(text, start, end)
    if tail is not None and tail.kind == "separator":  # a rule after a credit line goes first
        return tail.span.start, (tail,)
    cut, credits = find_trailing_credits(text, start, end)
    if credits:
        return cut, credits
    byline = find_trailing_byline(text, start, end, agencies=ctx.agencies)
    if byline is not None and byline.span.start > start:  # "... it. (By Chris Wang)"
        return byline.span.start, (byline,)
    if tail is not None:
        return tail.span.start, (tail,)
    return end, ()
