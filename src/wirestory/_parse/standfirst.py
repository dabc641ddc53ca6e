"""Material above the lead that only its shape gives away: a standfirst in a story with
no dateline, and the captions of a scraped photo gallery.

>>> doc = Document.of("Oil prices rallied strongly as traders cheered output cuts.\\n\\n"
...     "Oil prices rallied on Monday after traders cheered deeper output cuts announced "
...     "by producers over the weekend, sending Brent crude to a three-month high.\\n\\n"
...     "Brent crude rose 2% to $88 a barrel by midday in London, dealers said.")
>>> [b.kind for b in read_standfirst(doc, doc.blocks(0), dated=False).elements]
['deck']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from .._agencies import AgencyRegistry
from .._model import Boilerplate, Span
from .._patterns import lazy
from .boilerplate import match_boilerplate
from .document import Document, Line, Range

MAX_GALLERY_LINES: Final = 150
"""How many lines from the top a scraped photo gallery may fill."""
MIN_SHARE_RUN: Final = 3
"""How many share-widget lines in a row make a share bar (``Facebook``, ``Twitter``, ...)."""
MAX_GALLERY_CAPTION: Final = 400
"""The longest caption in a gallery."""
_PHOTO_CREDIT: Final = lazy(
    r"""(?x)
    (?:\p{Lu}[\p{L}\p{M}'’.\-]{0,25}+[ \t]++){1,3}  # given names: Jo, Jean-Pierre, SERGEY
    \p{Lu}[\p{Lu}\p{M}'’\-]{1,30}+                 # an ALL-CAPS surname: NICHOLLS
    (?:,[ \t]*+                                    # more photographers: , SAUL LOEB
       (?:\p{Lu}[\p{L}\p{M}'’.\-]{0,25}+[ \t]++){1,3}
       \p{Lu}[\p{Lu}\p{M}'’\-]{1,30}+
    ){0,3}+
    (?:[ \t]*+/[ \t]*+\p{Lu}{2,10}+)?+              # / AFP
    """
)
"""An AFP photographer credit under a gallery caption: ``Henry NICHOLLS``, ``JO LI / AFP``."""


def find_gallery(text: str, lines: Sequence[Line], agencies: AgencyRegistry) -> Range | None:
    """The captions and photo credits of a scraped gallery: ``(start, end)`` offsets.

    A gallery stands between two share bars at the top of a page (``Facebook``,
    ``Twitter``, ``WhatsApp`` ... above the photos and again above the story), and
    alternates captions with photographer credits (``Henry NICHOLLS``). Both conditions
    must hold, so a story between a top and a bottom share bar (its paragraphs are not
    followed by credits) is never taken, nor is an ALL-CAPS subhead inside a story.
    """
    content = [ln for ln in lines[:MAX_GALLERY_LINES] if not ln.blank]
    share = [_is_share(text, ln, agencies) for ln in content]
    runs: list[tuple[int, int]] = []  # (first, last + 1) indexes of share bars
    i = 0
    while i < len(content):
        j = i
        while j < len(content) and share[j]:
            j += 1
        if j - i >= MIN_SHARE_RUN:
            runs.append((i, j))
        i = max(j, i + 1)
    if len(runs) < 2 or runs[-1][1] >= len(content):
        return None
    first, last = runs[0][1], runs[-1][0]
    region = [ln for k, ln in enumerate(content[first:last], first) if not share[k]]
    credit = [_PHOTO_CREDIT.fullmatch(text, ln.start, ln.end) is not None for ln in region]
    if not region or not credit[-1]:
        return None
    for k, line in enumerate(region):
        if line.end - line.start > MAX_GALLERY_CAPTION:
            return None
        if not credit[k] and not credit[k + 1]:  # a caption is followed by its credit
            return None
    return region[0].start, region[-1].end


def _is_share(text: str, line: Line, agencies: AgencyRegistry) -> bool:
    """A share-widget line (``Facebook``, ``Copy article link``) or a counter (``1``)."""
    if line.end - line.start > MAX_SHARE_LINE:  # a cheap first test
        return False
    found = match_boilerplate(text, line.start, line.end, kinds=_SHARE_KINDS, agencies=agencies)
    return found is not None


_SHARE_KINDS: Final = frozenset({"page"})
MAX_SHARE_LINE: Final = 30
"""The longest share-widget line (``Copy article link``)."""


_CONTENT_WORD: Final = lazy(r"[\p{L}\p{N}]{5,}+")
"""A content word: five letters or more (names, nouns, verbs; not articles)."""
_INNER_SENTENCE: Final = lazy(r"[.!?]\s+\p{Lu}")
"""A sentence end inside a block, before the next sentence."""
MAX_STANDFIRST: Final = 600
"""The longest first block read as a standfirst."""
MIN_STANDFIRST_WORDS: Final = 4
"""A standfirst has at least this many distinct content words."""
STANDFIRST_OVERLAP: Final = 0.5
"""The share of a standfirst's content words that the two blocks after it repeat."""
MAX_BULLET: Final = 150
"""The longest one-sentence summary point after a standfirst."""
MAX_BULLETS: Final = 5
"""How many summary points may follow a standfirst."""


def _words(text: str, start: int, end: int) -> set[str]:
    return {m[0].casefold() for m in _CONTENT_WORD.finditer(text, start, end)}


@attrs.frozen
class Lead:
    """What stands before the lead in a story with no dateline: decks, and the blocks left."""

    elements: tuple[Boilerplate, ...]
    blocks: tuple[Range, ...]


def read_standfirst(doc: Document, blocks: Sequence[Range], *, dated: bool) -> Lead:
    """In a story with no dateline, a first block that the next blocks retell is a deck.

    A standfirst (teaser) sums up the story above its lead: at least half its content
    words come back in the two blocks after it, where a lead's words do not (the
    paragraphs after a lead go on to new facts). Short one-sentence summary points
    right after it, before a longer block, are decks too. A dated story has none.
    """
    text, blocks = doc.text, tuple(blocks)
    first = blocks[0] if len(blocks) >= 2 and not dated else None
    if (
        first is None
        or first[1] - first[0] > MAX_STANDFIRST
        or "\n" in text[first[0] : first[1]]
        or sum(e - s for s, e in blocks[1:]) < 2 * (first[1] - first[0])  # the story is longer
    ):
        return Lead((), blocks)
    words = _words(text, *first)
    retold = set().union(*(_words(text, *b) for b in blocks[1:3]))
    if len(words) < MIN_STANDFIRST_WORDS or len(words & retold) < STANDFIRST_OVERLAP * len(words):
        return Lead((), blocks)
    decks = 1
    points = [
        b
        for b in blocks[1 : 1 + MAX_BULLETS]
        if b[1] - b[0] <= MAX_BULLET and not _INNER_SENTENCE.search(text, *b)
    ]
    run = 0
    while run < len(points) and points[run] == blocks[1 + run]:
        run += 1
    if (
        run >= 2
        and len(blocks) > 1 + run
        and blocks[1 + run][1] - blocks[1 + run][0] > 2 * max(e - s for s, e in blocks[1 : 1 + run])
    ):
        decks += run
    found = tuple(Boilerplate("deck", text[s:e], Span(s, e)) for s, e in blocks[:decks])
    return Lead(found, blocks[decks:])
