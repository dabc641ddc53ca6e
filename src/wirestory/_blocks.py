"""Text to lines and paragraph blocks, with offsets; the input is never rewritten.

A *block* is a half-open ``(start, end)`` range of the input with no white space at
either end: one paragraph candidate. Four layouts are told apart, group by group (a
group is a run of non-blank lines):

1. one line per paragraph (long lines, nothing joined);
2. wire-feed indentation: a line indented by two or more spaces opens a paragraph, the
   lines after it that are not indented continue it (Reuters-21578);
3. hard-wrapped fixed width: short lines of similar length are one paragraph;
4. blank-line separated paragraphs, each a group of its own.

>>> text = "Headline\\n    CLEVELAND - One\\ntwo.\\n    Three\\nfour."
>>> [text[s:e] for s, e in paragraph_blocks(text, 0, len(text))]
['Headline', 'CLEVELAND - One\\ntwo.', 'Three\\nfour.']
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

import attrs
import regex

from ._text import strip_span

_LINE: Final = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n|$)")
WRAP_WIDTH: Final = 90
"""Lines no longer than this, of similar length, are read as hard-wrapped."""
_PARAGRAPH_END: Final = frozenset('.!?:;)"”’')
"""Characters a hard-wrapped paragraph ends with."""
REFLOW_SLACK: Final = 5
"""How much room (an indent, a ragged margin) a wrapped line may leave and still continue."""
FEED_WIDTH: Final = 100
"""Lines of an indented wire feed are no wider than this."""


@attrs.frozen
class Line:
    """One line of the input: ``start``/``end`` exclude the line break and white space."""

    start: int
    end: int
    indent: int
    """How many spaces or tabs open the line (a tab counts as four)."""
    width: int = 0
    """The line's width from its physical start (text before ``start`` included)."""

    @property
    def blank(self) -> bool:
        return self.start == self.end


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]``, each narrowed to its non-blank content.

    >>> [(ln.start, ln.end, ln.indent) for ln in split_lines("a\\r\\n  b \\n")]
    [(0, 1, 0), (5, 6, 2)]
    """
    stop = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    while pos < stop or (pos == stop and not lines):
        m = _LINE.match(text, pos, stop)
        assert m is not None  # the pattern matches the empty string
        content_end = m.end()
        while content_end > pos and text[content_end - 1] in "\r\n":
            content_end -= 1
        s, e = strip_span(text, pos, content_end)
        raw_indent = text[pos:s]
        physical = text.rfind("\n", 0, pos) + 1 if pos == start else pos
        indent = len(raw_indent.expandtabs(4)) if e > s else 0
        lines.append(Line(s, e, indent, e - physical))
        if m.end() == pos:
            break
        pos = m.end()
    return lines


def groups(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                out.append(current)
            current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


def _is_wrapped(group: list[Line]) -> bool:
    """Whether a group of lines is one hard-wrapped paragraph."""
    lengths = [ln.width for ln in group]
    widest = max(lengths)
    if len(group) < 2 or widest > WRAP_WIDTH:
        return False
    full = sum(n >= 0.6 * widest for n in lengths[:-1])
    return full >= 0.5 * (len(group) - 1) and widest >= 40


def _is_indented(group: list[Line]) -> bool:
    """Whether paragraphs in the group start with an indent (wire-feed layout).

    Wire feeds are fixed width: a group with a line wider than ``FEED_WIDTH`` is one
    paragraph per line, whatever its indented list items.
    """
    rest = group[1:]
    return (
        any(ln.indent >= 2 for ln in rest)
        and any(ln.indent < 2 for ln in rest)
        and max(ln.width for ln in group) <= FEED_WIDTH
    )


def _split_group(text: str, group: list[Line]) -> list[tuple[int, int]]:
    if len(group) == 1:
        return [(group[0].start, group[0].end)]
    if _is_indented(group):
        blocks: list[tuple[int, int]] = []
        for line in group:
            if not blocks or line.indent >= 2:
                blocks.append((line.start, line.end))
            else:
                blocks[-1] = (blocks[-1][0], line.end)
        return blocks
    if _is_wrapped(group):
        return _reflow(text, group)
    return [(ln.start, ln.end) for ln in group]


def _reflow(text: str, group: list[Line]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines, ending a paragraph after a line the next word would fit on.

    A line that stops short although the next line's first word would have fitted
    ends its paragraph (``... wages were\\nrising fast.\\n(Editing by Jo Li)``).
    """
    widest = max(ln.width for ln in group)
    blocks: list[tuple[int, int]] = []
    start = group[0].start
    for line, following in pairwise(group):
        first_word = text[following.start : following.end].split(maxsplit=1)[0]
        fits = line.width + 1 + len(first_word) + REFLOW_SLACK <= widest
        if fits and text[line.end - 1] in _PARAGRAPH_END:
            blocks.append((start, line.end))
            start = following.start
    blocks.append((start, group[-1].end))
    return blocks


def paragraph_blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraph blocks of ``text[start:end]``, in order."""
    blocks: list[tuple[int, int]] = []
    for group in groups(split_lines(text, start, end)):
        blocks.extend(_split_group(text, group))
    return blocks
