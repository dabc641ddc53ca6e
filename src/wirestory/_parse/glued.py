"""Lines that end the opening: a dateline with what is glued before it on its line,
a collapsed dataset header, a bold byline with the story after it.

Each is a rule of the one shape; what it finds ends the opening (the body starts after
its last element). A dateline may stand inside a line only where it is unmistakable.

>>> doc = Document.of("(LEAD) Oil up By Jo Li SEOUL, Nov. 24 (Yonhap) -- Oil rose.")
>>> [type(e).__name__ for e in dateline_line(doc, doc.line_at(0), Context())]
['Byline', 'Headline', 'Dateline']
"""

from __future__ import annotations

from typing import Final

from .._model import Boilerplate, Byline, Dateline, Span
from .._patterns import lazy
from .._text import strip_span, trim_residue
from .boilerplate import match_note
from .byline import match_marked_byline, parse_byline_at, plausible_glued
from .context import Context
from .dateline import is_strong, match_dateline, stands_out
from .document import Document, Range
from .headline import make_headline
from .regions import OPENING_RULES
from .rules import Element, Found, first_match, widen

_BY_START: Final = lazy(r"(?i)(?:--\s*)?by\s")
"""A line that opens with a byline, which a dateline may follow on the same line."""
_BY_INSIDE: Final = lazy(r"(?:By|BY)\s+(?=\p{Lu})")
"""Where a byline glued after the headline may start (case-sensitive ``By``)."""
MAX_GLUED_BYLINES: Final = 4
"""How many byline starts one opening line is tried at."""
_WORD_START: Final = lazy(
    r"""(?x)
    \s(?=
        \p{Lu}{2}                         # an ALL-CAPS word: SEOUL, DES MOINES
      | \(                                # a parenthesis: (Reuters) -
      | \p{Lu}\p{Ll}{2,8}+\.?+,?+\s{1,3}+\d  # a date first: July 24, 2012 (AP)
    )
    | (?<=\p{Ll})(?=\p{Lu}{3})             # an ALL-CAPS place glued to a byline: DoeBEIJING
    """
)
"""Where a dateline glued after a headline or byline may start."""
_STAMP_FIRST: Final = lazy(
    r"""(?x)
    (?:\(?+(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|\d{4}-\d{2}-\d{2})\)?+[ \t]++)?  # (03-04), 03/04/2025
    \d{1,2}[:.]\d{2}[ \t]*+(?:[ap]\.?m\.?[ \t]*+)?          # 09:15, 9.15 a.m.
    (?:\p{Lu}{2,4}[ \t]++)?                                 # PST
    """
)
"""A time stamp in front of a dateline on its line: ``(03-04) 09:15 PST OAKLAND --``."""
_FULL_SENTENCE: Final = lazy(
    r"""(?x)
    \p{Ll}{4}[.!]                 # a sentence ends after a word (not Wash., U.S., Inc.)
    [\"”’)]?+\s++                 # a closing quote, white space
    [\"“‘]?+\p{Lu}\p{Ll}           # and the next one opens: The
    """
)
"""A sentence of body text ended before a glued dateline: it is body, not an opening."""
MAX_GLUED_OPENING: Final = 500
"""How far into a line a dateline glued after a headline or byline may start."""
_GLUED_BYLINE: Final = lazy(
    r"""(?x)
    (?:(?<=[\p{Ll}\p{N}.)\s])|^)    # after a word, a note, or white space (glued: DaeBy)
    By\s+\p{Lu}\S*+                # By and a capitalised name
    (?:\s+\S+){0,8}+\s*+$           # a few more words up to the dateline
    """
)
"""A byline collapsed between a headline and the dateline: ``... Cheong Wa DaeBy Kim Eun-jung``.
When the byline parser cannot read it, it is kept as ``unknown`` boilerplate."""
_GLUED_NOTE: Final = lazy(
    r"""(?x)
    \(\s*(?:ATTN|Adds|Updates|Corrects|Recasts|Refiles)\b  # a top note opens
    [^()]{0,300}+\)                                         # and closes
    """
)
"""A top note collapsed into a headline line: ``... power(ATTN: UPDATES throughout)``."""


_COLLAPSED_HEADER: Final = lazy(
    r"""(?x)
    --[ \t]++\S                       # the header mark and the title
    [^\r\n]{0,600}?                    # the title, byline and time pieces
    [ \t]--[ \t]++https?://\S{1,500}+  # the link piece, which ends the header
    """
)
"""A dataset header collapsed onto the story's first line: ``-- Title -- By A -- Tue Feb
12, 2013 4:40pm EST -- http://... (Reuters) - ...``."""
_HEADER_PIECE: Final = lazy(r"(?:^|(?<=\s))--(?=\s)")
"""Where a piece of a collapsed dataset header starts: a ``--`` mark between spaces."""


def dateline_line(doc: Document, line: Range, ctx: Context) -> Found:
    """The dateline that opens ``line`` with what stands before it on the same line.

    A dateline may follow a byline glued before it (``By Jo Li LONDON (Reuters) -``) or
    a collapsed headline, top note and byline (Yonhap's ``(LEAD) Title (ATTN: ...) By
    Jo Li SEOUL, Nov. 24 (Yonhap) --``); inside a line it must be unmistakable
    (``is_strong``: an agency with an ALL-CAPS place or a date) unless a byline opens
    the line. Returns what stands before the dateline, then the dateline.

    >>> doc = Document.of("By Jo Li LONDON (Reuters) - Oil rose.")
    >>> [type(e).__name__ for e in dateline_line(doc, doc.line_at(0), Context())]
    ['Byline', 'Dateline']
    """
    text, (line_start, line_end) = doc.text, line
    found = match_dateline(text, line_start, ctx)
    if found is None:  # a control character or entity before it: \x02LONDON (Reuters) -
        at = trim_residue(text, line_start, line_end)[0]
        found = match_dateline(text, at, ctx) if at > line_start else None
        if found is not None and found.span.start == at:
            found = widen(text, found, (at, -1), (line_start, -1))
    if found is not None:
        return (found,)
    stamp = _STAMP_FIRST.match(text, line_start, line_end)
    found = match_dateline(text, stamp.end(), ctx) if stamp is not None else None
    if stamp is not None and found is not None:  # (03-04) 09:15 PST OAKLAND --
        s, e = strip_span(text, line_start, stamp.end())
        return (Boilerplate("timestamp", text[s:e], Span(s, e)), found)
    by_line = _BY_START.match(text, line_start, line_end) is not None
    for m in _WORD_START.finditer(text, line_start, min(line_end, line_start + MAX_GLUED_OPENING)):
        found = match_dateline(text, m.end(), ctx)
        if found is None:
            continue
        if by_line and (m.start() < m.end() or is_strong(found)):  # glued: DoeBEIJING needs
            byline = parse_byline_at(text, line_start, m.start(), agencies=ctx.agencies)
            if byline is not None:
                return (byline, found)
        if not _glued_here(text, line_start, m.start(), found):
            continue
        return (*_glued_opening(text, line_start, m.start(), ctx), found)
    return ()


def collapsed_header(doc: Document, line: Range, ctx: Context) -> Found:
    """A dataset header collapsed onto the first line: its pieces, then the dateline
    that follows them on the same line, if any.

    Each ``--`` piece is read as if it stood on a line of its own: the title is the
    headline, then a byline, a time stamp, an empty piece and the link.

    >>> doc = Document.of("-- Oil up -- By Jo Li -- http://x.com/a (Reuters) - Oil rose.")
    >>> [type(e).__name__ for e in collapsed_header(doc, doc.line_at(0), Context())]
    ['Headline', 'Byline', 'Boilerplate', 'Dateline']
    """
    text, (line_start, line_end) = doc.text, line
    m = _COLLAPSED_HEADER.match(text, line_start, line_end)
    if m is None or text[:line_start].strip():
        return ()
    marks = [p.start() for p in _HEADER_PIECE.finditer(text, line_start, m.end())]
    out: list[Element] = []
    for i, (start, end) in enumerate(zip(marks, [*marks[1:], m.end()], strict=True)):
        s, e = strip_span(text, start, end)
        if i == 0:
            out.append(make_headline(text, s, e))
            continue
        found = first_match(OPENING_RULES, doc, (s, e), ctx)
        out.extend(found or (Boilerplate("header", text[s:e], Span(s, e)),))
    rest = strip_span(text, m.end(), line_end)[0]
    return (*out, *(dateline_line(doc, (rest, line_end), ctx) if rest < line_end else ()))


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


_LOWER: Final = lazy(r"\p{Ll}")


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
        byline = parse_byline_at(text, m.start(), end, agencies=ctx.agencies)
        if byline is not None and plausible_glued(byline):
            return byline
    return None


MAX_STAMP_WORDS: Final = 6
"""The most words of a time stamp after a byline's bar (``| March 3, 2025``)."""


def marked_byline(doc: Document, line: Range, ctx: Context) -> Found:
    """A bold byline with the story on the same line: ``**By A and B** Prices rose.``

    A bar followed by a time stamp alone (``By Jo Li | March 3, 2025``) is the byline's
    line, with no story after it.
    """
    found = match_marked_byline(doc.text, *line, agencies=ctx.agencies)
    if found is None or found.span.end >= line[1]:
        return ()
    rest = doc.text[found.span.end : line[1]]
    if len(rest.split()) <= MAX_STAMP_WORDS and any(ch.isdigit() for ch in rest):
        return ()  # the line is a byline and its time stamp
    return (found,)
