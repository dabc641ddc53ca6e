"""Unwrapping: hard-wrapped paragraphs joined into one line each.

``unwrap_paragraphs`` reads each block of non-blank lines, decides from line lengths or
indentation whether a feed wrapped it, and if so joins the wrapped lines with a space
and separates its paragraphs by a blank line; headlines, bylines, table rows and list
items stand alone, and a block that was not wrapped is left exactly as it is.

>>> print(unwrap_paragraphs("Oil prices rose on Monday as traders weighed the\\nrisk of cuts."))
Oil prices rose on Monday as traders weighed the risk of cuts.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

import attrs

from .._patterns import lazy
from ._edits import _Edit, _Pass, _run

# -- 4. unwrap --------------------------------------------------------------------------

WRAP_MIN_WIDTH: Final = 30
"""A block whose longest line is shorter than this is a list or an address, not prose."""
WRAP_MAX_WIDTH: Final = 100
"""A block with a longer line was not wrapped by a feed (they wrap at 64 to 80)."""
WRAP_FULL: Final = 0.6
"""A line at least this share of its block's longest line was cut by the wrap."""

LINE: Final = lazy(r"(?P<content>[^\r\n\u2028]*+)(?P<end>\r\n?+|[\n\u2028]|\Z)")
"""One line and its end (any of the line ends ``normalize_whitespace`` knows)."""

SENTENCE_END: Final = lazy(r"""[.!?:;"”’'»)\]]\Z""")
"""A line that ends like a sentence (a wrap may still fall there)."""

ITEM_START: Final = lazy(r"[-*•·▪◦]\s|\d{1,3}[.)]\s")
"""A line that starts a list item: never joined to the line before."""

BYLINE_START: Final = lazy(r"By\s+\p{Lu}")
"""A byline: a line of its own, never joined to its neighbours."""

COLUMNS: Final = lazy(r"\S[ \t]{3,}+\S")
"""A gap of three spaces or more inside a line: a table row, never joined."""


@attrs.frozen
class _Line:
    start: int  # where the content starts (after the indent)
    end: int  # where the content ends (before trailing space)
    text: str  # the content
    indent: int  # how many white-space characters precede the content

    @property
    def alone(self) -> bool:
        """A line that is never joined: in capitals (a headline, a slug), a table row."""
        shouting = any(ch.isupper() for ch in self.text) and not any(
            ch.islower() for ch in self.text
        )
        return shouting or bool(COLUMNS.search(self.text)) or bool(BYLINE_START.match(self.text))


def _unwrap_edits(text: str) -> list[_Edit]:
    lines: list[_Line] = []
    for match in LINE.finditer(text):
        raw = match["content"]
        lead = len(raw) - len(raw.lstrip())
        lines.append(
            _Line(match.start() + lead, match.start() + len(raw.rstrip()), raw.strip(), lead)
        )
        if not match["end"]:
            break
    edits: list[_Edit] = []
    block: list[_Line] = []
    for line in [*lines, _Line(0, 0, "", 0)]:
        if line.text:
            block.append(line)
            continue
        edits += _unwrap_block(block)
        block = []
    return edits


def _unwrap_block(block: list[_Line]) -> list[_Edit]:
    """Joins and paragraph breaks of one block of non-blank lines, if it was hard-wrapped."""
    if len(block) < 2:
        return []
    margin = min(line.indent for line in block)
    size = [line.indent - margin + len(line.text) for line in block]  # in columns
    width = max(size)
    indented = any(line.indent > margin for line in block[1:])  # paragraphs show by indent
    joins = [
        (
            indented  # then only the indent tells; else the length: did the wrap cut it?
            or (length >= WRAP_FULL * width and length + 1 + len(after.text.split()[0]) > width)
        )
        and after.indent == margin  # an indented line starts a paragraph
        and not (line.alone or after.alone)  # a headline, table row or byline stands alone
        and not ITEM_START.match(after.text)  # so does a list item
        for length, (line, after) in zip(size, pairwise(block), strict=False)
    ]
    mid_sentence = any(
        join and not SENTENCE_END.search(line.text)
        for join, line in zip(joins, block, strict=False)
    )
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH or not mid_sentence:
        return []
    return [
        (line.end, after.start, " " if join else "\n\n")
        for join, (line, after) in zip(joins, pairwise(block), strict=True)
    ]


_UNWRAP: Final[tuple[_Pass, ...]] = (_unwrap_edits,)


def unwrap_paragraphs(text: str) -> str:
    """``text`` with hard-wrapped paragraphs joined, each into one line.

    Blocks are runs of non-blank lines. When some line after the first is indented
    deeper than the least indented one, the block marks paragraphs by indentation (old
    feeds do): a line is joined to the next unless the next is indented. Otherwise a
    line is joined to the next when it fills at least 60 % of the block's longest line
    and the next line's first word would not have fitted after it (else the line ended
    a paragraph). Either way a line in capitals (a headline or a slug), a byline
    (``By ...``), a table row (a gap of three spaces inside) and a list item stand
    alone. A block counts as
    hard-wrapped when its longest line is 30 to 100 characters long and at least one
    join falls mid-sentence; then every join becomes one space and every other line
    break a blank line, so that each paragraph is one line. Other blocks are left
    exactly as they are; a block of one line is never touched, so running the step
    twice changes nothing more.

    >>> wrapped = (
    ...     "Oil prices rose on Monday as traders weighed the\\n"
    ...     "risk of supply cuts from producers.\\n"
    ...     "\\n"
    ...     "Brent crude gained 2 percent.\\n"
    ...     "Prices fell.\\n"
    ... )
    >>> print(unwrap_paragraphs(wrapped))
    Oil prices rose on Monday as traders weighed the risk of supply cuts from producers.
    <BLANKLINE>
    Brent crude gained 2 percent.
    Prices fell.
    <BLANKLINE>
    """
    return _run(text, _UNWRAP)
