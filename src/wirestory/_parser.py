"""``parse()``: the ordered rule tables and the main loop.

Data flows one way: text -> lines and blocks -> rules (each says "mine" or "not mine")
-> ``Story``. The loop has four numbered steps:

1. **Opening.** Line by line from the top, until the dateline: each line is tried as
   the dateline (alone or glued to a byline), then against ``OPENING_RULES``; a line no
   rule takes is the headline (the first one) or a deck.
2. **Blocks.** The rest of the input is cut into paragraph blocks (``_blocks``).
3. **Ending.** From the last block backwards, ``ENDING_RULES`` take whole blocks, last
   lines, or credits and sign-offs glued to the end of the last paragraph.
   In a story with no dateline, a standfirst that the next blocks retell is a deck.
4. **Body.** Each remaining block is a paragraph unless ``BODY_RULES`` take it; page
   material inside it (``find_inline``) is cut out, the pieces around it stay paragraphs.

>>> story = parse("UPDATE 1-Oil up\\nLONDON (Reuters) - Oil rose.\\n(Editing by Jo Li)")
>>> story.headline.slug, story.dateline.locations, story.body, story.credits[0].role
('UPDATE 1', ('LONDON',), 'Oil rose.', 'editing')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final, TypeAlias, TypeVar

import attrs
import regex

from ._agencies import DEFAULT_REGISTRY, AgencyRegistry
from ._blocks import Line, paragraph_blocks, split_lines
from ._boilerplate import (
    TRUNCATION,
    find_inline,
    find_page_end,
    match_boilerplate,
    match_glued_tail,
    match_note,
)
from ._byline import (
    extend_with_title,
    find_trailing_byline,
    match_marked_byline,
    parse_byline,
    plausible_glued,
)
from ._context import Context
from ._credits import (
    find_trailing_credits,
    match_contributed,
    parse_credits,
    split_credit_lines,
)
from ._dateline import is_strong, match_dateline
from ._errors import ParseError
from ._evidence import decide_agency, find_evidence
from ._headline import make_headline
from ._model import Boilerplate, Byline, Credit, Dateline, Headline, Note, Paragraph, Span, Story
from ._text import strip_span

_E = TypeVar("_E", Headline, Byline, Dateline, Paragraph, Credit, Note, Boilerplate)
Element: TypeAlias = Headline | Byline | Dateline | Paragraph | Credit | Note | Boilerplate
Rule: TypeAlias = Callable[[str, int, int, Context], Sequence[Element]]
"""A rule reads ``text[start:end]`` and returns the elements it makes, or ``()``: not mine."""

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
_WORD_START: Final = regex.compile(r"\s(?=\p{Lu}{2}|\()")
"""Where a dateline glued after a byline may start: an ALL-CAPS word or a parenthesis."""
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


# -- the rules, each adapting one element parser to the common shape -------------------


def _kinds(*kinds: str) -> Rule:
    chosen = frozenset(kinds)

    def rule(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
        found = match_boilerplate(text, start, end, kinds=chosen)
        return (found,) if found else ()

    rule.__name__ = f"boilerplate({', '.join(kinds)})"
    return rule


def _note(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
    found = match_note(text, start, end)
    return (found,) if found else ()


def _byline(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
    found = parse_byline(text, start, end, agencies=ctx.agencies)
    if found is not None:  # a title on the next line ("Associated Press Writer")
        found = extend_with_title(text, found, agencies=ctx.agencies)
    return (found,) if found else ()


def _end_byline(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
    """CNA's ``(By Chris Wang) ENDITEM/J``: a byline at the end, a sign-off after."""
    found = find_trailing_byline(text, start, end, agencies=ctx.agencies)
    if found is None or found.span.start != start:
        return ()
    s, e = strip_span(text, found.span.end, end)
    if s == e:
        return (found,)
    rest = match_boilerplate(text, s, e, kinds=frozenset({"signoff"}))
    return (found, rest) if rest else ()


def _credits(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
    return parse_credits(text, start, end) or match_contributed(text, start, end)


_DATASET_TITLE: Final = regex.compile(
    r"""(?x)
    --\s++                               # the header mark
    (?!By\s|https?://|\w{3}\s+\w{3}\s+\d)  # not the byline, link or time line
    \S                                   # a title
    """
)


def _dataset_title(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
    """The title line of a dataset header (``-- Title``) at the top of the text."""
    if text[:start].strip() or not _DATASET_TITLE.match(text, start, end):
        return ()
    return (make_headline(text, start, end),)


OPENING_RULES: Final[tuple[Rule, ...]] = (
    _dataset_title,
    _byline,
    _note,
    _kinds(
        "header",
        "timestamp",
        "caption",
        "page",
        "story_ref",
        "separator",
        "related",
        "promo",
        "copyright",
        "source",
        "keywords",
        "comments",
    ),
)
"""Rules for the lines above the dateline, in order; the first that takes a line wins."""

ENDING_RULES: Final[tuple[Rule, ...]] = (
    _credits,
    _note,
    _kinds(
        *(
            k
            for k in (
                "standards",
                "syndication",
                "contact",
                "promo",
                "comments",
                "related",
                "page",
                "signoff",
                "copyright",
                "keywords",
                "source",
                "caption",
                "timestamp",
                "story_ref",
                "separator",
                "header",
            )
        )
    ),
    _byline,
    _end_byline,
)
"""Rules for the blocks after the last paragraph, in order."""

BODY_RULES: Final[tuple[Rule, ...]] = (
    _note,
    _credits,  # a whole block of credits before trailing page furniture
    _kinds(
        "page",
        "caption",
        "related",
        "promo",
        "story_ref",
        "standards",
        "comments",
        "syndication",
    ),
)
"""Rules for blocks between paragraphs: what they take is not body."""


def _first(
    rules: Sequence[Rule], text: str, start: int, end: int, ctx: Context
) -> Sequence[Element]:
    for rule in rules:
        found = rule(text, start, end, ctx)
        if found:
            return found
    return ()


# -- the parse --------------------------------------------------------------------------


@attrs.define
class _Parts:
    """The elements found so far, by kind."""

    elements: list[Element] = attrs.Factory(list)
    truncated: bool = False

    def add(self, *found: Element) -> None:
        self.elements.extend(found)

    def of(self, kind: type[_E]) -> list[_E]:
        return sorted((e for e in self.elements if isinstance(e, kind)), key=lambda e: e.span)


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
    parts = _Parts()

    # 1. Opening: headline, byline, notes and captions down to the dateline.
    body_start = _read_opening(text, ctx, parts)
    # 2. Blocks: the rest cut into paragraph candidates.
    blocks = paragraph_blocks(text, body_start, len(text))
    # 3. Ending: credits, notes, sign-offs and page furniture peeled from the end.
    blocks = _read_ending(text, blocks, ctx, parts)
    if not parts.of(Dateline):  # a standfirst stands where the dateline would
        blocks = _read_standfirst(text, blocks, parts)
    # 4. Body: every remaining block is a paragraph unless a body rule takes it.
    for start, end in _cut_credit_lines(text, blocks, parts):
        parts.add(*(_first(BODY_RULES, text, start, end, ctx) or _paragraphs(text, start, end)))

    story = _assemble(text, parts, ctx)
    if strict:
        _check(story)
    return story


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


def _read_standfirst(
    text: str, blocks: list[tuple[int, int]], parts: _Parts
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


def _cut_credit_lines(
    text: str, blocks: list[tuple[int, int]], parts: _Parts
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
        if not is_strong(found):
            continue
        return _glued_opening(text, line.start, m.start(), ctx), found
    return None


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


def _headline_like(text: str, line: Line) -> bool:
    """A short line that does not end like a sentence, nor like a label (``FORECASTS:``)."""
    words = text[line.start : line.end].split()
    return 0 < len(words) <= 30 and text[line.end - 1] not in '."”’:'


def _read_opening(text: str, ctx: Context, parts: _Parts) -> int:
    """Step 1. Take the lines above the dateline; return where the body starts."""
    lines = split_lines(text)
    unclaimed: list[Line] = []
    claimed: list[tuple[int, Sequence[Element]]] = []  # (unclaimed lines before it, elements)
    scanned_to = 0
    for line in lines[:MAX_OPENING_LINES]:
        if line.blank or line.start < scanned_to:  # a byline may take two lines
            continue
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
        elements = _first(OPENING_RULES, text, line.start, line.end, ctx)
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
        and _headline_like(text, unclaimed[0])
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


def _read_ending(
    text: str, blocks: list[tuple[int, int]], ctx: Context, parts: _Parts
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
            found = _first(ENDING_RULES, text, start, end, ctx)
            parts.add(*(found or (Boilerplate("unknown", text[start:end], Span(start, end)),)))
    while blocks:
        start, end = blocks[-1]
        found = _first(ENDING_RULES, text, start, end, ctx)
        if found:
            parts.add(*found)
            blocks.pop()
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


def _glued_ending(
    text: str, start: int, end: int, ctx: Context, parts: _Parts
) -> tuple[int, Sequence[Element]]:
    """Trailing material inside a block: its last line, or credits glued to the last sentence."""
    last_break = max(text.rfind("\n", start, end), text.rfind("\r", start, end))
    if last_break > start:
        s, e = strip_span(text, last_break, end)
        found = _first(ENDING_RULES, text, s, e, ctx)
        if found:
            return last_break, found
    truncated = TRUNCATION.search(text, start, end)
    if truncated is not None:
        s, e = strip_span(text, truncated.start(), end)
        parts.truncated = True
        return s, (Boilerplate("truncation", text[s:e], Span(s, e)),)
    cut, credits = find_trailing_credits(text, start, end)
    if credits:
        return cut, credits
    byline = find_trailing_byline(text, start, end, agencies=ctx.agencies)
    if byline is not None and byline.span.start > start:  # "... it. (By Chris Wang)"
        return byline.span.start, (byline,)
    tail = match_glued_tail(text, start, end)
    if tail is not None:
        return tail.span.start, (tail,)
    return end, ()


def _assemble(text: str, parts: _Parts, ctx: Context) -> Story:
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
