"""The ordered rule tables of each region of a story: opening, ending and body.

Every entry is a rule of the one shape (``rules.Rule``); the first rule that takes a
line or block wins. To teach the parser a new kind of block, write a rule and add it to
the table of the region where it may stand. Boilerplate and note phrases are rows of
``phrases``; a region's boilerplate rule tries the rows whose ``regions`` name it.

>>> [rule.__name__ for rule in ENDING_RULES]
['credits', 'byline_then_credits', 'note', 'boilerplate(ending)', 'author_signoff', 'related_list', \
'dangling_link_text', 'after_rule_link', 'contact_line', 'byline', 'byline_then_signoff', \
'short_chrome']
"""

from __future__ import annotations

from typing import Final

import attrs

from .._model import Boilerplate, Span
from .._patterns import lazy
from .._text import strip_span
from .boilerplate import TRUNCATION, match_boilerplate, match_glued_tail, match_note
from .byline import cjk_byline, extend_with_title, find_trailing_byline, parse_byline_at
from .context import Context
from .credit_lines import find_trailing_credits, match_contributed
from .credits import parse_credits_at
from .document import Document, Range
from .headline import cjk_title, dataset_title
from .leads import promo_lead, related_headline
from .rules import Found, Rule
from .trailers import (
    after_rule_link,
    author_signoff,
    contact_line,
    dangling_link_text,
    related_list,
    short_chrome,
)


def boilerplate_of(region: str) -> Rule:
    """The rule that takes a range that is one of the phrase rows of ``region``."""

    def rule(doc: Document, rng: Range, ctx: Context) -> Found:
        found = match_boilerplate(doc.text, *rng, region=region, agencies=ctx.agencies)
        return (found,) if found else ()

    rule.__name__ = f"boilerplate({region})"
    return rule


def note(doc: Document, rng: Range, ctx: Context) -> Found:
    """A note from the desk: ``(Adds ...)``, ``($1 = 0.92 euros)``, ``Eds: ...``."""
    found = match_note(doc.text, *rng)
    return (found,) if found else ()


def byline(doc: Document, rng: Range, ctx: Context) -> Found:
    """A ``By ...`` line, with a title on the next line (``Associated Press Writer``)."""
    found = parse_byline_at(doc.text, *rng, agencies=ctx.agencies)
    if found is not None:
        found = extend_with_title(doc.text, found, agencies=ctx.agencies)
    return (found,) if found else ()


def byline_then_signoff(doc: Document, rng: Range, ctx: Context) -> Found:
    """CNA's ``(By Chris Wang) ENDITEM/J``: a byline at the end, a sign-off after it."""
    text, (start, end) = doc.text, rng
    found = find_trailing_byline(text, start, end, agencies=ctx.agencies)
    if found is None or found.span.start != start:
        return ()
    rest = match_boilerplate(text, found.span.end, end, kinds={"signoff"}, agencies=ctx.agencies)
    if not text[found.span.end : end].strip():
        return (found,)
    return (found, rest) if rest else ()


_PAREN_BY: Final = lazy(
    r"""(?x)
    \(\s*+(?i:by)\s++                                  # (By
    (?: [^;()\n]{1,120}+;                              # Jo Li;
      | [^;,()\n]{1,120}+,(?=\s*+\p{L}++(?:\s++\p{L}++)?\s++(?i:by)\b)  # Jo Li, editing by
    )
    """
)
"""A parenthesised credit line that opens with the author: ``(By Jo Li; Editing by A)``,
``(By Jo Li, editing by A)``."""


def byline_then_credits(doc: Document, rng: Range, ctx: Context) -> Found:
    """``(By Jo Li; Editing by Al Roe)``: the author's byline, then credits by role."""
    text, (start, end) = doc.text, strip_span(doc.text, *rng)
    m = _PAREN_BY.match(text, start, end)
    if m is None:
        return ()
    found = parse_byline_at(text, start, m.end() - 1, agencies=ctx.agencies)
    rest = parse_credits_at(text, m.end(), end, agencies=ctx.agencies)
    if found is None or not rest or min(c.span.start for c in rest) > m.end() + 1:
        return ()
    if found.span.end < m.end():  # the byline keeps the ; that ends it
        found = attrs.evolve(
            found, text=text[found.span.start : m.end()], span=Span(found.span.start, m.end())
        )
    return (found, *rest)


def credits(doc: Document, rng: Range, ctx: Context) -> Found:
    """A credit line, role-headed or inverted (``A contributed to this report``)."""
    return parse_credits_at(doc.text, *rng, agencies=ctx.agencies) or match_contributed(
        doc.text, *rng, agencies=ctx.agencies
    )


def truncation_marker(doc: Document, rng: Range, ctx: Context) -> Found:
    """A feed's truncation marker at the end of a block: ``... [+2764 chars]``."""
    m = TRUNCATION.search(doc.text, *rng)
    if m is None:
        return ()
    s, e = strip_span(doc.text, m.start(), rng[1])
    return (Boilerplate("truncation", doc.text[s:e], Span(s, e)),)


def glued_rule_mark(doc: Document, rng: Range, ctx: Context) -> Found:
    """A rule (``___``) glued after the last sentence; what follows it goes first."""
    tail = match_glued_tail(doc.text, *rng, agencies=ctx.agencies)
    return (tail,) if tail is not None and tail.kind == "separator" else ()


def glued_credits(doc: Document, rng: Range, ctx: Context) -> Found:
    """Credits glued to the last sentence: ``... he said. (Editing by Jo Li)``."""
    return find_trailing_credits(doc.text, *rng, agencies=ctx.agencies)[1]


def glued_byline(doc: Document, rng: Range, ctx: Context) -> Found:
    """A byline glued to the last sentence: ``... it. (By Chris Wang)`` (CNA)."""
    found = find_trailing_byline(doc.text, *rng, agencies=ctx.agencies)
    return (found,) if found is not None and found.span.start > rng[0] else ()


def glued_tail(doc: Document, rng: Range, ctx: Context) -> Found:
    """A note or trailing boilerplate glued to the last sentence."""
    tail = match_glued_tail(doc.text, *rng, agencies=ctx.agencies)
    return (tail,) if tail is not None else ()


OPENING_RULES: Final[tuple[Rule, ...]] = (dataset_title, byline, note, boilerplate_of("opening"))
"""Rules for the lines above the dateline, in order (``opening`` tries the lines that
end the opening, the dateline among them, first)."""

ENDING_RULES: Final[tuple[Rule, ...]] = (
    credits,
    byline_then_credits,
    note,
    boilerplate_of("ending"),
    author_signoff,
    related_list,
    dangling_link_text,
    after_rule_link,
    contact_line,
    byline,
    byline_then_signoff,
    short_chrome,
)
"""Rules for the blocks after the last paragraph, in order."""

GLUED_RULES: Final[tuple[Rule, ...]] = (
    truncation_marker,
    glued_rule_mark,
    glued_credits,
    glued_byline,
    glued_tail,
)
"""Rules for material glued to the end of the last block, in order; the block is cut
where what the first one takes starts (one item per turn, the last first)."""

BODY_RULES: Final[tuple[Rule, ...]] = (
    note,
    cjk_title,
    cjk_byline,
    credits,  # a whole block of credits before trailing page furniture
    boilerplate_of("body"),
    promo_lead,
    related_headline,
)
"""Rules for blocks between paragraphs: what they take is not body."""
