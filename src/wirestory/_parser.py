"""``parse()``: the main loop over the rule tables.

Data flows one way: text -> lines and blocks -> rules (each says "mine" or "not mine")
-> ``Story``. The loop has four numbered steps:

1. **Opening** (``_opening``). Line by line from the top, until the dateline: the
   headline, byline, notes and captions above it.
2. **Blocks** (``_blocks``). The rest of the input is cut into paragraph blocks.
3. **Ending** (``_ending``). From the last block backwards: credits, notes, sign-offs
   and page furniture. In a story with no dateline, a standfirst that the next blocks
   retell is then taken from the top (``_opening.read_standfirst``).
4. **Body.** Each remaining block is a paragraph unless ``BODY_RULES`` take it; credit
   lines and page material inside it are cut out, the pieces around them stay
   paragraphs.

Every rule and the three rule tables are in ``_rules``.

>>> story = parse("UPDATE 1-Oil up\\nLONDON (Reuters) - Oil rose.\\n(Editing by Jo Li)")
>>> story.headline.slug, story.dateline.locations, story.body, story.credits[0].role
('UPDATE 1', ('LONDON',), 'Oil rose.', 'editing')
"""

from __future__ import annotations

import datetime as dt

from ._agencies import DEFAULT_REGISTRY, AgencyRegistry
from ._blocks import paragraph_blocks
from ._boilerplate import find_inline
from ._context import Context
from ._credits import split_credit_lines
from ._ending import read_ending
from ._errors import ParseError
from ._evidence import decide_agency, find_evidence
from ._model import Boilerplate, Byline, Credit, Dateline, Headline, Note, Paragraph, Span, Story
from ._opening import read_opening, read_standfirst
from ._rules import BODY_RULES, Parts, first_match
from ._text import strip_span


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
    if not isinstance(text, str):
        raise TypeError(f"parse() expects the story as str, not {type(text).__name__}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    ctx = Context(reference_date=reference_date, agencies=agencies)
    parts = Parts()

    # 1. Opening: headline, byline, notes and captions down to the dateline.
    body_start = read_opening(text, ctx, parts)
    # 2. Blocks: the rest cut into paragraph candidates.
    blocks = paragraph_blocks(text, body_start, len(text))
    # 3. Ending: credits, notes, sign-offs and page furniture peeled from the end.
    blocks = read_ending(text, blocks, ctx, parts)
    if not parts.of(Dateline):  # a standfirst stands where the dateline would
        blocks = read_standfirst(text, blocks, parts)
    # 4. Body: every remaining block is a paragraph unless a body rule takes it.
    for start, end in _cut_credit_lines(text, blocks, parts):
        parts.add(
            *(first_match(BODY_RULES, text, start, end, ctx) or _paragraphs(text, start, end))
        )

    story = _assemble(text, parts, ctx)
    if strict:
        _check(story)
    return story


def _cut_credit_lines(
    text: str, blocks: list[tuple[int, int]], parts: Parts
) -> list[tuple[int, int]]:
    """Credit lines inside body blocks (page furniture after them) are credits."""
    out: list[tuple[int, int]] = []
    for start, end in blocks:
        pieces, credits = split_credit_lines(text, start, end)
        parts.add(*credits)
        out.extend(pieces)
    return out


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    return Paragraph(text[start:end], Span(start, end))


def _paragraphs(text: str, start: int, end: int) -> list[Paragraph | Boilerplate]:
    """The block as a paragraph, or as the paragraphs around the page material inside it."""
    out: list[Paragraph | Boilerplate] = []
    at = start
    for junk in find_inline(text, start, end):
        s, e = strip_span(text, at, junk.span.start)
        if s < e:
            out.append(_paragraph(text, s, e))
        out.append(junk)
        at = junk.span.end
    s, e = strip_span(text, at, end)
    if s < e:
        out.append(_paragraph(text, s, e))
    return out


def _assemble(text: str, parts: Parts, ctx: Context) -> Story:
    """Sort the elements into a story and decide its agency."""
    headlines = parts.of(Headline)
    bylines = parts.of(Byline)
    datelines = parts.of(Dateline)
    boilerplate = parts.of(Boilerplate)
    # a second headline or byline is kept as boilerplate so that nothing is lost
    boilerplate += [Boilerplate("deck", h.text, h.span) for h in headlines[1:]]
    byline = bylines[0] if bylines else None
    for extra in bylines[1:]:
        boilerplate.append(Boilerplate("unknown", extra.text, extra.span))
    dateline = datelines[0] if datelines else None
    credits, notes = parts.of(Credit), parts.of(Note)
    evidence = find_evidence(
        dateline=dateline,
        byline=byline,
        credits=credits,
        boilerplate=boilerplate,
        ctx=ctx,
        notes=notes,
    )
    return Story(
        source=text,
        headline=headlines[0] if headlines else None,
        byline=byline,
        dateline=dateline,
        paragraphs=parts.of(Paragraph),
        credits=credits,
        notes=notes,
        boilerplate=sorted(boilerplate, key=lambda b: b.span),
        agency=decide_agency(dateline, evidence),
        evidence=evidence,
        truncated=parts.truncated,
    )


def _check(story: Story) -> None:
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
