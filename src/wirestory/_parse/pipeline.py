"""``parse()``: one loop per region of the story, each stage returning a value.

Data flows one way: text -> ``Document`` -> rules (each says "mine" or "not mine") ->
``Story``. The steps::

    text ──> envelope? (ANPA/IPTC 7901, SGML, NITF, front matter: read around the story)
      ──> Document (lines, split once)
               │
    1. opening ┤ lines from the top until the dateline ──> Opening(elements, body_start)
    2. blocks  ┤ the rest cut into paragraph blocks, once
    3. ending  ┤ blocks peeled from the end ──────────────> Ending(elements, blocks)
       lead    ┤ no dateline: a standfirst the next blocks retell ──> Lead(decks, blocks)
    4. body    ┘ every block left is a paragraph unless BODY_RULES take it
    5. story:  elements sorted into a Story; the agency decided from the evidence

Every rule table is in ``regions``; nothing here sets a field on a shared object.

>>> story = parse("UPDATE 1-Oil up\\nLONDON (Reuters) - Oil rose.\\n(Editing by Jo Li)")
>>> story.headline.slug, story.dateline.locations, story.body, story.credits[0].role
('UPDATE 1', ('LONDON',), 'Oil rose.', 'editing')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .._agencies import DEFAULT_REGISTRY, AgencyRegistry
from .._errors import ParseError, expect_str
from .._model import Boilerplate, Byline, Credit, Dateline, Headline, Note, Paragraph, Span, Story
from .._text import strip_span
from .boilerplate import find_inline
from .context import Context
from .credit_lines import split_credit_lines
from .document import Document, Range
from .ending import read_ending
from .evidence import decide_agency, find_evidence
from .opening import read_opening
from .regions import BODY_RULES
from .rules import Element, first_match
from .standfirst import read_standfirst


def parse(
    text: str,
    /,
    *,
    reference_date: dt.date | None = None,
    strict: bool = False,
    agencies: AgencyRegistry = DEFAULT_REGISTRY,
) -> Story:
    """Parse the plain text of one wire story.

    Args:
        text: The story as found: feed copy, an archive record or a scraped page.
        reference_date: The date the story was filed; gives the year of a dateline
            date such as ``April 26``. Without it such a date is ``None``.
        strict: Raise ``ParseError`` when the story has no dateline or no body.
        agencies: The agency registry to read agency names with.

    Returns:
        The story, every non-white-space character of ``text`` in one element.

    Raises:
        TypeError: ``text`` is not a ``str`` or ``reference_date`` not a ``date``.
        ParseError: In strict mode, for a story without a dateline or a body.

    >>> parse("MOSCOW, April 26 (Reuters) - Hi.", reference_date=dt.date(2025, 4, 27)).dateline.date
    datetime.date(2025, 4, 26)
    """
    expect_str("parse", "the story", text)
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    # 0. Envelope: raw feed files, SGML, front matter are read around the story inside.
    from ..interchange._envelope import parse_enveloped, read_envelope  # (imports parse)

    envelope = read_envelope(text)
    if envelope is not None:
        return parse_enveloped(
            text, envelope, reference_date=reference_date, strict=strict, agencies=agencies
        )
    ctx = Context(reference_date=reference_date, agencies=agencies)
    doc = Document.of(text)

    # 1. Opening: headline, byline, notes and captions down to the dateline.
    opening = read_opening(doc, ctx)
    # 2. Blocks: the rest cut into paragraph candidates.
    blocks = doc.blocks(opening.body_start)
    # 3. Ending: credits, notes, sign-offs and page furniture peeled from the end; in a
    #    story with no dateline, a standfirst that the next blocks retell.
    ending = read_ending(doc, blocks, ctx)
    lead = read_standfirst(doc, ending.blocks, dated=opening.dated)
    # 4. Body: every remaining block is a paragraph unless a body rule takes it.
    body = read_body(doc, lead.blocks, ctx)
    # 5. The story.
    story = assemble(doc, (*opening.elements, *ending.elements, *lead.elements, *body), ctx)
    if strict:
        check(story)
    return story


def read_body(doc: Document, blocks: Iterable[Range], ctx: Context) -> tuple[Element, ...]:
    """Step 4. Credit lines inside body blocks are cut out; every other block is a
    paragraph unless ``BODY_RULES`` take it, page material inside it cut out."""
    found: list[Element] = []
    for block in blocks:
        pieces, credits = split_credit_lines(doc, *block, agencies=ctx.agencies)
        found.extend(credits)
        for piece in pieces:
            found.extend(first_match(BODY_RULES, doc, piece, ctx) or paragraphs(doc, piece))
    return tuple(found)


def paragraphs(doc: Document, block: Range) -> tuple[Paragraph | Boilerplate, ...]:
    """The block as a paragraph, or as the paragraphs around the page material inside it."""
    text, (start, end) = doc.text, block
    out: list[Paragraph | Boilerplate] = []
    at = start
    for junk in (*find_inline(text, start, end), None):
        s, e = strip_span(text, at, junk.span.start if junk else end)
        if s < e:
            out.append(Paragraph(text[s:e], Span(s, e)))
        if junk is not None:
            out.append(junk)
            at = junk.span.end
    return tuple(out)


def assemble(doc: Document, elements: Iterable[Element], ctx: Context) -> Story:
    """Step 5. Sort the elements into a story and decide its agency.

    A second headline is kept as a deck and a second byline as ``unknown``
    boilerplate, so that nothing is lost.
    """
    ordered = sorted(elements, key=lambda e: (e.span.start, e.span.end))
    headlines = [e for e in ordered if isinstance(e, Headline)]
    bylines = [e for e in ordered if isinstance(e, Byline)]
    datelines = [e for e in ordered if isinstance(e, Dateline)]
    boilerplate = [e for e in ordered if isinstance(e, Boilerplate)]
    boilerplate += [Boilerplate("deck", h.text, h.span) for h in headlines[1:]]
    boilerplate += [Boilerplate("unknown", b.text, b.span) for b in bylines[1:]]
    byline = bylines[0] if bylines else None
    dateline = datelines[0] if datelines else None
    credits = [e for e in ordered if isinstance(e, Credit)]
    notes = [e for e in ordered if isinstance(e, Note)]
    evidence = find_evidence(
        dateline=dateline, byline=byline, credits=credits, boilerplate=boilerplate,
        notes=notes, ctx=ctx,
    )  # fmt: skip
    return Story(
        source=doc.text,
        headline=headlines[0] if headlines else None,
        byline=byline,
        dateline=dateline,
        paragraphs=[e for e in ordered if isinstance(e, Paragraph)],
        credits=credits,
        notes=notes,
        boilerplate=sorted(boilerplate, key=lambda b: (b.span.start, b.span.end)),
        agency=decide_agency(dateline, evidence),
        evidence=evidence,
        truncated=any(b.kind == "truncation" for b in boilerplate),
    )


def check(story: Story) -> None:
    """Strict mode: raise one ParseError that lists every missing part."""
    problems: list[tuple[str, Span]] = []
    first = next(story.elements(), None)
    at = first.span if first is not None else Span(0, 0)
    if story.dateline is None:
        problems.append(
            ("Expected a dateline such as 'LONDON (Reuters) -'", Span(at.start, at.start))
        )
    if not story.paragraphs:
        end = len(story.source)
        problems.append(("Expected at least one body paragraph", Span(end, end)))
    if problems:
        message = "; ".join(p[0] for p in problems)
        raise ParseError(
            message, span=problems[0][1], source=story.source, problems=tuple(problems)
        )
