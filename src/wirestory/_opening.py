"""Step 1 of the parse: the lines above the dateline, and a standfirst without one.

Line by line from the top until the dateline: each line is tried as the dateline
(alone, after a byline, or after a collapsed headline, note and byline), then against
``OPENING_RULES``; a line no rule takes is the headline (the first) or a deck. Without
a dateline the body starts at the first line that is not a headline, and a first block
that the next blocks retell is a standfirst (``read_standfirst``).

>>> from wirestory._context import Context
>>> from wirestory._rules import Parts
>>> parts = Parts()
>>> text = "Oil rises\\nLONDON (Reuters) - Oil rose."
>>> text[read_opening(text, Context(), parts):]  # the body starts after the dateline
' Oil rose.'
>>> [type(e).__name__ for e in parts.elements]
['Headline', 'Dateline']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from ._blocks import Line, continues, split_lines
from ._boilerplate import match_boilerplate, match_note
from ._byline import match_marked_byline, parse_byline, plausible_glued
from ._context import Context
from ._dateline import is_strong, match_dateline, stands_out
from ._headline import make_headline
from ._model import Boilerplate, Byline, Dateline, Headline, Span
from ._rules import OPENING_RULES, Element, Parts, first_match, widen
from ._text import strip_span, trim_residue

MAX_OPENING_LINES: Final = 40
"""How many lines from the top may stand before the dateline."""
MAX_UNCLAIMED: Final = 4
"""How many lines no rule takes (headline, decks) may stand before the dateline."""

_BY_START: Final = regex.compile(r"(?i)(?:--\s*)?by\s")
"""A line that opens with a byline, which a dateline may follow on the same line."""
_BY_INSIDE: Final = regex.compile(r"(?:By|BY)\s+(?=\p{Lu})")
"""Where a byline glued after the headline may start (case-sensitive ``By``)."""
MAX_GLUED_BYLINES: Final = 4
"""How many byline starts one opening line is tried at."""
_WORD_START: Final = regex.compile(
    r"""(?x)
    \s(?=
        \p{Lu}{2}                         # an ALL-CAPS word: SEOUL, DES MOINES
      | \(                                # a parenthesis: (Reuters) -
      | \p{Lu}\p{Ll}{2,8}+\.?+,?+\s{1,3}+\d  # a date first: July 24, 2012 (AP)
    )
    """
)
"""Where a dateline glued after a headline or byline may start."""
_FULL_SENTENCE: Final = regex.compile(
    r"""(?x)
    \p{Ll}{4}[.!]                 # a sentence ends after a word (not Wash., U.S., Inc.)
    [\"”’)]?+\s++                 # a closing quote, white space
    [\"“‘]?+\p{Lu}\p{Ll}           # and the next one opens: The
    """
)
"""A sentence of body text ended before a glued dateline: it is body, not an opening."""
MAX_GLUED_OPENING: Final = 500
"""How far into a line a dateline glued after a headline or byline may start."""
_GLUED_BYLINE: Final = regex.compile(
    r"""(?x)
    (?:(?<=[\p{Ll}\p{N}.)\s])|^)    # after a word, a note, or white space (glued: DaeBy)
    By\s+\p{Lu}\S*+                # By and a capitalised name
    (?:\s+\S+){0,8}+\s*+$           # a few more words up to the dateline
    """
)
"""A byline collapsed between a headline and the dateline: ``... Cheong Wa DaeBy Kim Eun-jung``.
When the byline parser cannot read it, it is kept as ``unknown`` boilerplate."""
_GLUED_NOTE: Final = regex.compile(
    r"""(?x)
    \(\s*(?:ATTN|Adds|Updates|Corrects|Recasts|Refiles)\b  # a top note opens
    [^()]{0,300}+\)                                         # and closes
    """
)
"""A top note collapsed into a headline line: ``... power(ATTN: UPDATES throughout)``."""


_COLLAPSED_HEADER: Final = regex.compile(
    r"""(?x)
    --[ \t]++\S                       # the header mark and the title
    [^\r\n]{0,600}?                    # the title, byline and time pieces
    [ \t]--[ \t]++https?://\S{1,500}+  # the link piece, which ends the header
    """
)
"""A dataset header collapsed onto the story's first line: ``-- Title -- By A -- Tue Feb
12, 2013 4:40pm EST -- http://... (Reuters) - ...``."""
_HEADER_PIECE: Final = regex.compile(r"(?:^|(?<=\s))--(?=\s)")
"""Where a piece of a collapsed dataset header starts: a ``--`` mark between spaces."""


MAX_GALLERY_LINES: Final = 150
"""How many lines from the top a scraped photo gallery may fill."""
MIN_SHARE_RUN: Final = 3
"""How many share-widget lines in a row make a share bar (``Facebook``, ``Twitter``, ...)."""
MAX_GALLERY_CAPTION: Final = 400
"""The longest caption in a gallery."""
_PHOTO_CREDIT: Final = regex.compile(
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


def _gallery(text: str, lines: list[Line]) -> tuple[int, int] | None:
    """The captions and photo credits of a scraped gallery: ``(start, end)`` offsets.

    A gallery stands between two share bars at the top of a page (``Facebook``,
    ``Twitter``, ``WhatsApp`` ... above the photos and again above the story), and
    alternates captions with photographer credits (``Henry NICHOLLS``). Both conditions
    must hold, so a story between a top and a bottom share bar (its paragraphs are not
    followed by credits) is never taken, nor is an ALL-CAPS subhead inside a story.
    """
    content = [ln for ln in lines[:MAX_GALLERY_LINES] if not ln.blank]
    share = [_is_share(text, ln) for ln in content]
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


def _is_share(text: str, line: Line) -> bool:
    """A share-widget line (``Facebook``, ``Copy article link``) or a counter (``1``)."""
    if line.end - line.start > MAX_SHARE_LINE:  # a cheap first test
        return False
    return match_boilerplate(text, line.start, line.end, kinds=_SHARE_KINDS) is not None


_SHARE_KINDS: Final = frozenset({"page"})
MAX_SHARE_LINE: Final = 30
"""The longest share-widget line (``Copy article link``)."""


def _dateline_in_line(
    text: str, line: Line, ctx: Context
) -> tuple[Sequence[Element], Dateline] | None:
    """The dateline that opens ``line`` with what stands before it on the same line.

    A dateline may follow a byline glued before it (``By Jo Li LONDON (Reuters) -``) or
    a collapsed headline, top note and byline (Yonhap's ``(LEAD) Title (ATTN: ...) By
    Jo Li SEOUL, Nov. 24 (Yonhap) --``); inside a line it must be unmistakable
    (``is_strong``: an agency with an ALL-CAPS place or a date) unless a byline opens
    the line.
    """
    found = match_dateline(text, line.start, ctx)
    if found is None:  # a control character or entity before it: \x02LONDON (Reuters) -
        at = trim_residue(text, line.start, line.end)[0]
        found = match_dateline(text, at, ctx) if at > line.start else None
        if found is not None and found.span.start == at:
            found = widen(text, found, at, -1, line.start, -1)
    if found is not None:
        return (), found
    by_line = _BY_START.match(text, line.start, line.end) is not None
    for m in _WORD_START.finditer(text, line.start, min(line.end, line.start + MAX_GLUED_OPENING)):
        found = match_dateline(text, m.end(), ctx)
        if found is None:
            continue
        if by_line:
            byline = parse_byline(text, line.start, m.start(), agencies=ctx.agencies)
            if byline is not None:
                return (byline,), found
        if not _glued_here(text, line.start, m.start(), found):
            continue
        return _glued_opening(text, line.start, m.start(), ctx), found
    return None


def _collapsed_header(text: str, line: Line, ctx: Context) -> tuple[list[Element], int] | None:
    """A dataset header collapsed onto the first line: its pieces, and where the rest starts.

    Each ``--`` piece is read as if it stood on a line of its own: the title is the
    headline, then a byline, a time stamp, an empty piece and the link.

    >>> text = "-- Oil up -- By Jo Li -- http://x.com/a (Reuters) - Oil rose."
    >>> found, rest = _collapsed_header(text, split_lines(text)[0], Context())
    >>> [type(e).__name__ for e in found], text[rest:]
    (['Headline', 'Byline', 'Boilerplate'], '(Reuters) - Oil rose.')
    """
    m = _COLLAPSED_HEADER.match(text, line.start, line.end)
    if m is None or text[: line.start].strip():
        return None
    marks = [p.start() for p in _HEADER_PIECE.finditer(text, line.start, m.end())]
    out: list[Element] = []
    for i, (start, end) in enumerate(zip(marks, [*marks[1:], m.end()], strict=True)):
        s, e = strip_span(text, start, end)
        if i == 0:
            out.append(make_headline(text, s, e))
            continue
        found = first_match(OPENING_RULES, text, s, e, ctx)
        out.extend(found or (Boilerplate("header", text[s:e], Span(s, e)),))
    return out, strip_span(text, m.end(), line.end)[0]


def _glued_here(text: str, start: int, at: int, found: Dateline) -> bool:
    """Whether ``found``, at ``at`` inside a line opened at ``start``, is the dateline.

    It must be unmistakable: an agency with an ALL-CAPS place or a date (``is_strong``),
    or an agency-less ALL-CAPS place with a region or date and a dash (``stands_out``)
    after mixed-case words (an ALL-CAPS headline has no visible end), a sentence
    opening after it. No sentence of body may end
    before it (``Prices rose. LONDON (Reuters) - ...`` quotes a dateline).

    >>> t = "Court rules DES MOINES, Iowa - The court ruled."
    >>> _glued_here(t, 0, 11, match_dateline(t, 11, Context()))
    True
    >>> t = "Prices rose sharply. Dealers in LONDON (Reuters) - The pound fell."
    >>> _glued_here(t, 0, 31, match_dateline(t, 31, Context()))
    False
    """
    if _FULL_SENTENCE.search(text, start, at):
        return False
    if is_strong(found):
        return True
    after = text[found.span.end : found.span.end + 3].lstrip()
    return (
        stands_out(found)
        and _LOWER.search(text, start, at) is not None
        and (after[:1].isupper() or after[:1].isdigit() or after[:1] in '"“‘')
    )


_LOWER: Final = regex.compile(r"\p{Ll}")


def _glued_opening(text: str, start: int, end: int, ctx: Context) -> list[Element]:
    """Headline, top note and byline collapsed into the text before a dateline."""
    out: list[Element] = []
    s, e = strip_span(text, start, end)
    byline = _glued_byline(text, s, e, ctx)
    by = _GLUED_BYLINE.search(text, s, e) if byline is None else None
    if byline is not None:
        out.append(byline)
        s, e = strip_span(text, s, byline.span.start)
    elif by is not None:  # a byline the parser cannot read is kept, labelled
        out.append(Boilerplate("unknown", text[by.start() : e], Span(by.start(), e)))
        s, e = strip_span(text, s, by.start())
    note = _GLUED_NOTE.search(text, s, e)
    if note is not None:
        found = match_note(text, note.start(), note.end())
        if found is not None:
            out.append(found)
            tail = strip_span(text, note.end(), e)
            if tail[0] < tail[1]:
                out.append(Boilerplate("deck", text[tail[0] : tail[1]], Span(*tail)))
            s, e = strip_span(text, s, note.start())
    if s < e:
        out.append(make_headline(text, s, e))
    return out


def _glued_byline(text: str, start: int, end: int, ctx: Context) -> Byline | None:
    """A byline ending at ``end`` glued after a headline: ``... probeBy Kim Eun-jung``."""
    for m in list(_BY_INSIDE.finditer(text, start, end))[:MAX_GLUED_BYLINES]:
        byline = parse_byline(text, m.start(), end, agencies=ctx.agencies)
        if byline is not None and plausible_glued(byline):
            return byline
    return None


def _headline_like(text: str, lines: list[Line], line: Line) -> bool:
    """A short line that does not end like a sentence, nor like a label (``FORECASTS:``),
    and that the next line does not continue (the first line of a hard-wrapped lead).

    >>> text = "Shares of the bank rose to a record high on Monday after\\nits results."
    >>> _headline_like(text, split_lines(text), split_lines(text)[0])
    False
    >>> text = "Bank shares rise\\n\\nShares of the bank rose on Monday."
    >>> _headline_like(text, split_lines(text), split_lines(text)[0])
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
    return not continues(text, lines[begin:stop], at - begin)


def read_opening(text: str, ctx: Context, parts: Parts) -> int:
    """Step 1. Take the lines above the dateline; return where the body starts."""
    lines = split_lines(text)
    unclaimed: list[Line] = []
    claimed: list[tuple[int, Sequence[Element]]] = []  # (unclaimed lines before it, elements)
    scanned_to = 0
    gallery = _gallery(text, lines)
    scan = MAX_OPENING_LINES
    if gallery is not None:  # read on past the gallery to the lead
        scan = max(scan, sum(ln.start <= gallery[1] for ln in lines) + MAX_OPENING_LINES)
    for line in lines[:scan]:
        if line.blank or line.start < scanned_to:  # a byline may take two lines
            continue
        header = _collapsed_header(text, line, ctx)
        if header is not None:  # the story follows on the same line
            pieces, rest = header
            parts.add(*pieces)
            rest_line = Line(rest, line.end, 0)
            found = _dateline_in_line(text, rest_line, ctx) if rest < line.end else None
            if found is None:
                return rest
            parts.add(*found[0], found[1])
            return found[1].span.end
        found = _dateline_in_line(text, line, ctx)
        if found is not None:
            glued, dateline = found
            for _, elements in claimed:
                parts.add(*elements)
            parts.add(*_unclaimed_opening(text, unclaimed), *glued, dateline)
            return dateline.span.end
        marked = match_marked_byline(text, line.start, line.end, agencies=ctx.agencies)
        if marked is not None and marked.span.end < line.end:
            # "**By A and B** The story starts ..." with no dateline
            for _, elements in claimed:
                parts.add(*elements)
            parts.add(*_unclaimed_opening(text, unclaimed), marked)
            return marked.span.end
        elements = first_match(OPENING_RULES, text, line.start, line.end, ctx)
        if not elements and gallery is not None and gallery[0] <= line.start < gallery[1]:
            elements = [Boilerplate("caption", text[line.start : line.end], line_span(line))]
        scanned_to = max([line.end, *(e.span.end for e in elements)])
        if elements:
            claimed.append((len(unclaimed), elements))
            continue
        unclaimed.append(line)
        if len(unclaimed) > MAX_UNCLAIMED:
            break
    # No dateline: keep what stands before the body; the body starts at the first
    # unclaimed line that is not a headline.
    use_headline = (
        bool(unclaimed)
        and _headline_like(text, lines, unclaimed[0])
        and (len(unclaimed) > 1 or scanned_to < len(text.rstrip()))
    )
    keep = 1 if use_headline else 0
    for before, elements in claimed:
        if before <= keep:
            parts.add(*elements)
    if use_headline:
        parts.add(_headline(text, unclaimed[0]))
    if len(unclaimed) > keep:
        return unclaimed[keep].start
    kept_ends = [e.span.end for _, els in claimed for e in els] + [ln.end for ln in unclaimed]
    return max(kept_ends, default=0)


def line_span(line: Line) -> Span:
    return Span(line.start, line.end)


def _headline(text: str, line: Line) -> Headline:
    return make_headline(text, line.start, line.end)


def _unclaimed_opening(text: str, unclaimed: list[Line]) -> list[Element]:
    """Lines above the dateline that no rule took: the headline, then decks."""
    out: list[Element] = []
    for i, line in enumerate(unclaimed):
        if i == 0:
            out.append(_headline(text, line))
        else:
            out.append(Boilerplate("deck", text[line.start : line.end], Span(line.start, line.end)))
    return out


_CONTENT_WORD: Final = regex.compile(r"[\p{L}\p{N}]{5,}+")
"""A content word: five letters or more (names, nouns, verbs; not articles)."""
_INNER_SENTENCE: Final = regex.compile(r"[.!?]\s+\p{Lu}")
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


def read_standfirst(
    text: str, blocks: list[tuple[int, int]], parts: Parts
) -> list[tuple[int, int]]:
    """In a story with no dateline, a first block that the next blocks retell is a deck.

    A standfirst (teaser) sums up the story above its lead: at least half its content
    words come back in the two blocks after it, where a lead's words do not (the
    paragraphs after a lead go on to new facts). Short one-sentence summary points
    right after it, before a longer block, are decks too.
    """
    first = blocks[0] if len(blocks) >= 2 else None
    if (
        first is None
        or first[1] - first[0] > MAX_STANDFIRST
        or "\n" in text[first[0] : first[1]]
        or sum(e - s for s, e in blocks[1:]) < 2 * (first[1] - first[0])  # the story is longer
    ):
        return blocks
    words = _words(text, *first)
    retold = set().union(*(_words(text, *b) for b in blocks[1:3]))
    if len(words) < MIN_STANDFIRST_WORDS or len(words & retold) < STANDFIRST_OVERLAP * len(words):
        return blocks
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
    for start, end in blocks[:decks]:
        parts.add(Boilerplate("deck", text[start:end], Span(start, end)))
    return blocks[decks:]
