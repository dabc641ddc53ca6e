"""The document: the input split once into lines, and into paragraph blocks.

Every later step reads a ``Document``; nothing else splits the text. A *line* keeps
its content span (white space at both ends excluded), its indent and its width; a
*block* is a half-open ``(start, end)`` range with no white space at either end: one
paragraph candidate. Four layouts are told apart, group by group (a group is a run of
non-blank lines):

1. one line per paragraph (long lines, nothing joined);
2. wire-feed indentation: a line indented by two or more spaces opens a paragraph, the
   lines after it that are not indented continue it (Reuters-21578);
3. hard-wrapped fixed width: short lines of similar length are one paragraph;
4. blank-line separated paragraphs, each a group of its own.

Two decisions, since the layout cannot always be seen:

* **Short lines that each end a sentence** (``Prices rose.\nThe bank said so.``) are one
  paragraph per line unless the text shows hard wrapping elsewhere: a group whose lines
  are of similar width and break inside a sentence (``wrapped_width``).
* **Hard-wrapped text with neither blank lines nor indents** has no visible paragraph
  ends. A line that ends a sentence and stops short of the wrap width by more than the
  next line's first word (plus ``REFLOW_SLACK``) ends its paragraph; every other line
  break is inside one. The body text is right either way; the paragraph count is a
  best guess.

A wire feed (layout 2) is fixed width: a group is read as one only when at most one
line in ``FEED_WIDE_SHARE`` is wider than ``FEED_WIDTH``.

>>> doc = Document.of("Headline\\n    CLEVELAND - One\\ntwo.\\n    Three\\nfour.")
>>> [doc.text[s:e] for s, e in doc.blocks(0)]
['Headline', 'CLEVELAND - One\\ntwo.', 'Three\\nfour.']
"""

from __future__ import annotations

import bisect
from itertools import pairwise
from typing import Final, TypeAlias

import attrs

from .._patterns import lazy
from .._text import strip_span

_LINE: Final = lazy(r"[^\r\n]*+(?:\r\n|\r|\n|$)")
WRAP_WIDTH: Final = 90
"""Lines no longer than this, of similar length, are read as hard-wrapped."""
PARAGRAPH_END: Final = frozenset('.!?:;)"”’')
"""Characters a hard-wrapped paragraph ends with."""
REFLOW_SLACK: Final = 5
"""How much room (an indent, a ragged margin) a wrapped line may leave and still continue."""
FEED_WIDTH: Final = 100
"""Lines of an indented wire feed are no wider than this (but see ``FEED_WIDE_SHARE``)."""
FEED_WIDE_SHARE: Final = 8
"""One line in this many of a wire feed may be wider than ``FEED_WIDTH``: an unbreakable
link, a headline or a sign-off line above or below the wrapped paragraphs."""


Range: TypeAlias = tuple[int, int]
"""A half-open ``(start, end)`` range of the input: a line, a block or a piece of one."""


@attrs.frozen
class Line:
    """One line of the input: ``start``/``end`` exclude the line break and white space."""

    start: int
    end: int
    indent: int
    """How many spaces or tabs open the line (a tab counts as four)."""
    width: int = 0
    """The line's width from its physical start (text before ``start`` included)."""
    begin: int = 0
    """Where the physical line starts (its indent included)."""

    @property
    def blank(self) -> bool:
        return self.start == self.end


def _split(text: str) -> tuple[Line, ...]:
    """Every line of ``text``, each narrowed to its non-blank content (the one splitter)."""
    lines: list[Line] = []
    pos, stop = 0, len(text)
    while True:
        m = _LINE.match(text, pos, stop)
        assert m is not None  # the pattern matches the empty string
        content_end = m.end()
        while content_end > pos and text[content_end - 1] in "\r\n":
            content_end -= 1
        s, e = strip_span(text, pos, content_end)
        indent = len(text[pos:s].expandtabs(4)) if e > s else 0
        lines.append(Line(s, e, indent, e - pos, pos))
        if m.end() == pos or m.end() >= stop:
            break
        pos = m.end()
    return tuple(lines)


@attrs.frozen
class Document:
    """The input and its lines, split once; every rule reads this.

    >>> doc = Document.of("Oil up\\r\\n\\r\\n  LONDON (Reuters) - Oil rose.")
    >>> [(ln.start, ln.end, ln.indent) for ln in doc.lines]
    [(0, 6, 0), (8, 8, 0), (12, 40, 2)]
    >>> doc.text[slice(*doc.line_at(20))]
    'LONDON (Reuters) - Oil rose.'
    """

    text: str
    lines: tuple[Line, ...]
    _starts: tuple[int, ...] = attrs.field(eq=False, repr=False)

    @classmethod
    def of(cls, text: str) -> Document:
        """Split ``text`` into its lines."""
        lines = _split(text)
        return cls(text, lines, tuple(ln.begin for ln in lines))

    def _index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def line_at(self, pos: int) -> Range:
        """The content range of the line that holds offset ``pos``."""
        line = self.lines[self._index(pos)]
        return line.start, line.end

    def lines_in(self, start: int, end: int) -> list[Range]:
        """The non-blank lines of ``text[start:end]``, clipped to it and stripped.

        >>> doc = Document.of("a b\\n\\n c d \\ne")
        >>> [doc.text[s:e] for s, e in doc.lines_in(2, 10)]
        ['b', 'c d']
        """
        out: list[Range] = []
        for line in self.lines[self._index(start) :]:
            if line.begin >= end:
                break
            s, e = strip_span(self.text, max(line.start, start), min(line.end, end))
            if s < e:
                out.append((s, e))
        return out

    def lines_from(self, start: int) -> list[Line]:
        """The lines from offset ``start`` on, the first one clipped to start there."""
        i = self._index(start)
        first = self.lines[i]
        if start <= first.begin:
            return list(self.lines[i:])
        s, e = strip_span(self.text, max(start, first.start), first.end)
        s = max(s, start)
        e = max(e, s)
        indent = len(self.text[start:s].expandtabs(4)) if e > s else 0
        clipped = Line(s, e, indent, e - first.begin, first.begin)
        return [clipped, *self.lines[i + 1 :]]

    def blocks(self, start: int) -> list[Range]:
        """The paragraph blocks of the text from offset ``start`` on, in order."""
        line_groups = groups(self.lines_from(start))
        width = wrapped_width(self.text, line_groups)
        blocks: list[Range] = []
        for group in line_groups:
            blocks.extend(_split_group(self.text, group, width))
        return blocks


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
    """Whether a group of lines is hard-wrapped: of similar widths, none very wide."""
    lengths = [ln.width for ln in group]
    widest = max(lengths)
    if len(group) < 2 or widest > WRAP_WIDTH:
        return False
    full = sum(n >= 0.6 * widest for n in lengths[:-1])
    return full >= 0.5 * (len(group) - 1) and widest >= 40


def _breaks_a_sentence(text: str, group: list[Line]) -> bool:
    """Whether a line of the group but the last stops inside a sentence."""
    return any(text[ln.end - 1] not in PARAGRAPH_END for ln in group[:-1])


def wrapped_width(text: str, line_groups: list[list[Line]]) -> int | None:
    """The wrap width the text shows, or ``None`` if no group is visibly hard-wrapped.

    A group is visibly hard-wrapped when its lines are of similar widths and one of
    them breaks inside a sentence; the widest line of such groups is the wrap width.

    >>> text = "Prices rose on\\nMonday, and fell.\\n\\nA short line.\\nAnother one."
    >>> wrapped_width(text, groups(list(Document.of(text).lines)))
    >>> text = "Prices rose on Monday as the central bank\\nsaid it would sell more bonds."
    >>> wrapped_width(text, groups(list(Document.of(text).lines)))
    41
    """
    widths = [
        max(ln.width for ln in group)
        for group in line_groups
        if _is_wrapped(group) and _breaks_a_sentence(text, group)
    ]
    return max(widths, default=None)


def continues(text: str, group: list[Line], index: int, width: int | None = None) -> bool:
    """Whether line ``index + 1`` of ``group`` continues line ``index`` (a hard wrap).

    The next line does not open a paragraph by an indent, and either opens in lower
    case or was pushed down by the wrap: the first word of the next line would not fit
    on this line within the wrap width (``width``, or the group's widest line) with
    ``REFLOW_SLACK`` to spare. A short headline above its lead is no wrapped line.

    >>> text = "Shares of the bank rose to a record high on Monday after\\nits results."
    >>> continues(text, list(Document.of(text).lines), 0)
    True
    >>> text = "Bank shares rise\\nShares of the bank rose to a record high on Monday."
    >>> continues(text, list(Document.of(text).lines), 0)
    False
    """
    if index + 1 >= len(group):
        return False
    line, following = group[index], group[index + 1]
    if following.indent > line.indent or (following.indent >= 2 and line.indent < 2):
        return False  # a wire-feed paragraph opens
    head = text[following.start : following.end]
    if head[0].islower():
        return True
    widest = max(width or 0, *(ln.width for ln in group))
    first_word = head.split(maxsplit=1)[0]
    return line.width + 1 + len(first_word) + REFLOW_SLACK > widest


def _is_indented(group: list[Line]) -> bool:
    """Whether paragraphs in the group start with an indent (wire-feed layout).

    Wire feeds are fixed width: a group with more than one line in ``FEED_WIDE_SHARE``
    wider than ``FEED_WIDTH`` is one paragraph per line, whatever its indented list
    items.
    """
    rest = group[1:]
    wide = sum(ln.width > FEED_WIDTH for ln in group)
    return (
        any(ln.indent >= 2 for ln in rest)
        and any(ln.indent < 2 for ln in rest)
        and wide * FEED_WIDE_SHARE <= len(group)
    )


def _tab_per_line(text: str, group: list[Line]) -> bool:
    """Whether every line of the group opens with a tab, the paragraph mark of a feed
    (ANPA results tables, ``\\tSUNDAY`` then ``\\t1. Jo Li (Ford)  1:14:50``), and no line
    runs on into the next as a wrapped one would (the next opening in lower case, or a
    word after a line that stops on one).

    >>> doc = Document.of("\\tSUNDAY\\n\\t1. Jo Li   1:14.5\\n\\t2. Al Mo   1:15.0")
    >>> len(doc.blocks(0))
    3
    >>> doc = Document.of("\\tThe port voted on\\n\\tTuesday to dredge.\\n\\tIt will.")
    >>> _tab_per_line(doc.text, list(doc.lines))
    False
    """
    if not all(text[ln.begin] == "\t" for ln in group):
        return False
    return not any(
        text[nxt.start].islower() or (text[line.end - 1].islower() and text[nxt.start].isalpha())
        for line, nxt in pairwise(group)
    )


def _split_group(text: str, group: list[Line], width: int | None) -> list[tuple[int, int]]:
    if len(group) == 1:
        return [(group[0].start, group[0].end)]
    if _tab_per_line(text, group):
        return [(ln.start, ln.end) for ln in group]
    if _is_indented(group):
        blocks: list[tuple[int, int]] = []
        for line in group:
            if not blocks or line.indent >= 2:
                blocks.append((line.start, line.end))
            else:
                blocks[-1] = (blocks[-1][0], line.end)
        return blocks
    if _is_wrapped(group) and (width is not None or _breaks_a_sentence(text, group)):
        return _reflow(text, group, width)
    return [(ln.start, ln.end) for ln in group]


def _reflow(text: str, group: list[Line], width: int | None) -> list[tuple[int, int]]:
    """Join hard-wrapped lines, ending a paragraph after a line the next word would fit on.

    A line that ends a sentence and stops short although the next line's first word
    would have fitted ends its paragraph (``... wages were\\nrising fast.\\n(Editing by
    Jo Li)``). The width is the text's wrap width, or the group's widest line.
    """
    widest = max(width or 0, *(ln.width for ln in group))
    blocks: list[tuple[int, int]] = []
    start = group[0].start
    for line, following in pairwise(group):
        first_word = text[following.start : following.end].split(maxsplit=1)[0]
        fits = line.width + 1 + len(first_word) + REFLOW_SLACK <= widest
        if fits and text[line.end - 1] in PARAGRAPH_END:
            blocks.append((start, line.end))
            start = following.start
    blocks.append((start, group[-1].end))
    return blocks
