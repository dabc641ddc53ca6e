"""Matching the phrase rows (``phrases``) against a block, a sentence or a tail.

A block is a note or boilerplate when one row's pattern matches the whole of it (white
space at the ends aside). The rows of a region are matched as one ordered alternation,
compiled once per registry and region, so a block costs one match call; the first row
that matches names the kind.

>>> match_note("($1 = 0.92 euros)", 0, 17).kind
'currency'
>>> match_boilerplate("Our Standards: The Thomson Reuters Trust Principles.", 0, 52).kind
'standards'
>>> match_boilerplate("The index fell.", 0, 15) is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Sequence
from typing import Final, TypeAlias

import regex

from .._agencies import DEFAULT_REGISTRY, AgencyRegistry
from .._model import Boilerplate, Note, Span
from .._patterns import lazy
from .._text import strip_span
from .alternatives import scans, split_alternatives
from .phrases import FLAGS, INLINE_PHRASES, NOTE_PHRASES, TAIL, Phrase, phrases

_SENTENCE_START: Final = lazy(r"""(?<=[.!?"”’)\]])\s++(?=\S)""")
"""Where a sentence inside a paragraph starts: after a full stop or quote and a space."""
INLINE_WINDOW: Final = 4000
"""How far past a sentence start an inline row may reach; every row is shorter, so the
paragraph's true end stays the only end a row can see (and a long paragraph stays linear)."""
_INLINE_END: Final = lazy(r"\s|$")
_INLINE_WORD: Final = lazy(r"(?i)\d{4}\s*(?:GMT|UTC|E[SD]?T)\b|\bfor\s|\(|=\"")
"""What every inline row holds (a time, ``For``, a parenthesis or ``="``): a cheap first test."""
_INLINE: Final = tuple((p.kind, regex.compile(p.pattern, FLAGS)) for p in INLINE_PHRASES)

TRUNCATION: Final = lazy(r"(?x)(?:\.{3}|…)?\s*\[\+\d+\s+chars\]\s*$")
"""The NewsAPI truncation marker at the end of a story: ``... [+2764 chars]``."""


PAGE_END: Final = lazy(
    r"""(?xi)
    [\#*\s]{0,6}                                     # a markdown heading or bullet
    (?P<anchor>
        Our\s*Standards\s*:                            # Reuters' trust principles line
      | Read\s+Next\b | Suggested\s+Topics\b          # reuters.com modules
      | Latest\s+Headlines\s+from\b | More\s+from\s+Reuters\b
      | Related\s+(?:stories|coverage|articles)\s*$
    )
    """
)
"""A block that opens the page's furniture: everything from it to the end is not story."""
_GLUED_STANDARDS: Final = lazy(
    r"""(?xi)
      (?<=\S)Our\s*Standards\s*:                                          # glued: LiOur Standards:
    | (?<=\S\s{1,40})Our\s+Standards\s*:(?=\s*The\s+Thomson\s+Reuters\b)   # on a collapsed line
    """
)
"""``Our Standards:`` glued to the end of a credit line or paragraph."""


def find_page_end(text: str, blocks: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the page furniture starts: ``(block index, offset)``, or ``None``.

    The first block never opens the furniture (it is the story's lead), but
    ``Our Standards:`` glued to the end of any block does; the offset is then inside it.

    >>> t = "Lead. More. Editing by Jo LiOur Standards: The Trust Principles."
    >>> find_page_end(t, [(0, 5), (6, 11), (12, len(t))])
    (2, 28)
    """
    for i, (start, end) in enumerate(blocks):
        if i > 0 and PAGE_END.match(text, start, end):
            return i, start
        glued = _GLUED_STANDARDS.search(text, start, end)
        if glued is not None and glued.start() > start:  # a collapsed story: one block
            return i, glued.start()
    return None


MAX_GLUED_TAIL: Final = 600
"""How many characters from the end of a paragraph glued trailing material may take."""
RULE_MARK: Final = r"""(?:(?<=[.!?"”’)\]]\s{1,40})(?:_{2,12}|[-\x97]{3,12}|—{2,6}|\*{3,6}))"""
"""A rule after a sentence end (AP's ``___``): what follows is the story's trailing matter."""
_TAIL_CUT: Final = lazy(
    rf"""(?x)
    (?<=\s)(?=\S)                                  # one cheap test first: a word starts here
    (?: (?<={RULE_MARK}\s{{1,40}})(?P<rule>)        # after a rule: any trailing row may follow
      | (?<=[.!?"”’)\]:*]\s{{1,40}})               # after the end of a sentence and a space
      | (?<=&\#?\w{{2,8}};\s{{1,40}})               # after an escaped quote: schedule.&quot;
      | (?<=\S\s{{1,40}})(?=\[[^\]\n]{{1,60}}\]\(https?://)  # before a markdown link: [Source](url)
    )
    | (?<=\S)(?=\(END\)\s*$)                       # or right before a glued (END)
    """
)
"""Where trailing material glued to the last paragraph may start."""


Chunk: TypeAlias = tuple[dict[int, Phrase], regex.Pattern[str]]
"""Alternatives compiled as one alternation, with the row of each alternative's group."""
Table: TypeAlias = tuple[Chunk, ...]
"""A region's rows: chunks tried in order, the first match wins."""


def _first_row(table: Table, text: str, start: int, end: int) -> Phrase | None:
    """The first row whose pattern matches the whole of ``text[start:end]``."""
    for rows, pattern in table:
        m = pattern.fullmatch(text, start, end)
        if m is not None:
            return rows.get(m.lastindex or 0)
    return None


def _match(table: Table, text: str, start: int, end: int) -> str | None:
    """The kind of the first row whose pattern matches the whole of ``text[start:end]``."""
    row = _first_row(table, text, start, end)
    return row.kind if row is not None else None


def _compile(rows: Iterable[Phrase]) -> Table:
    """The rows' alternatives, in order, as chunks: each alternative that scans the block
    compiled alone, the others joined into one alternation (see ``alternatives``). Each
    alternative has a group of its own, mapped to its row (the group a match closed last
    is the alternative's).

    Alternatives tried in order give the same answer as the rows tried one by one.
    """
    chunks: list[Chunk] = []
    joined: list[tuple[Phrase, str]] = []
    for row in rows:
        for alternative in split_alternatives(row.pattern):
            if scans(alternative):
                if joined:
                    chunks.append(_chunk(joined))
                    joined = []
                chunks.append(_chunk([(row, alternative)]))
            else:
                joined.append((row, alternative))
    if joined:
        chunks.append(_chunk(joined))
    return tuple(chunks)


def _chunk(alternatives: Sequence[tuple[Phrase, str]]) -> Chunk:
    """Alternatives as one alternation, each in a group (a newline ends a last comment)."""
    pattern = regex.compile(
        "|".join(f"(?P<a{i}>{alt}\n)" for i, (_, alt) in enumerate(alternatives)), FLAGS
    )
    return {pattern.groupindex[f"a{i}"]: row for i, (row, _) in enumerate(alternatives)}, pattern


_WIDE: Final = "ending"
"""The region whose rows hold the tail's: a tail is matched against its table first."""
_NARROW: Final = frozenset({"tail"})
"""The regions matched against the wide table first (not the body: its paragraphs are
many and its own table, a third of the size, fails them sooner)."""


@functools.lru_cache(maxsize=64)
def _inside_wide(registry: AgencyRegistry, region: str) -> bool:
    """Whether every row of ``region`` is also a row of the wide region (in the same order)."""
    return all(_WIDE in p.regions for p in phrases(registry) if region in p.regions)


def region_kind(
    registry: AgencyRegistry, region: str | None, text: str, start: int, end: int
) -> str | None:
    """The kind of the first row of ``region`` (any row for ``None``) that matches the
    whole of ``text[start:end]``.

    A region whose rows are all rows of the wide region (the tail's are the ending's) is
    matched against the wide table first, so one table serves both: if its first matching
    row belongs to ``region`` that row is the answer, and if none matches no row of
    ``region`` can; only when a row of another region matched first is the region's own
    table compiled and asked. The answer is the same; the first parse compiles one table
    less.
    """
    if region is None or region not in _NARROW or not _inside_wide(registry, region):
        return _match(boilerplate_table(registry, region, None), text, start, end)
    row = _first_row(boilerplate_table(registry, _WIDE, None), text, start, end)
    if row is None or region in row.regions:
        return row.kind if row is not None else None
    return _match(boilerplate_table(registry, region, None), text, start, end)


@functools.lru_cache(maxsize=64)
def boilerplate_table(
    registry: AgencyRegistry, region: str | None, kinds: frozenset[str] | None
) -> Table:
    """The boilerplate rows of ``region`` (or of ``kinds``), compiled once per registry."""
    return _compile(
        p
        for p in phrases(registry)
        if (region is None or region in p.regions) and (kinds is None or p.kind in kinds)
    )


@functools.cache
def note_table() -> Table:
    """The note rows, compiled once."""
    return _compile(NOTE_PHRASES)


def match_note(text: str, start: int, end: int) -> Note | None:
    """The note that ``text[start:end]`` is, or ``None``."""
    start, end = strip_span(text, start, end)
    kind = _match(note_table(), text, start, end) if start < end else None
    return Note(kind, text[start:end], Span(start, end)) if kind else None


def match_boilerplate(
    text: str,
    start: int,
    end: int,
    *,
    region: str | None = None,
    kinds: Collection[str] | None = None,
    agencies: AgencyRegistry = DEFAULT_REGISTRY,
) -> Boilerplate | None:
    """The boilerplate that ``text[start:end]`` is (a row of ``region``, of one of
    ``kinds``; any row by default), or ``None``."""
    start, end = strip_span(text, start, end)
    if start >= end:
        return None
    if kinds is None:
        kind = region_kind(agencies, region, text, start, end)
    else:
        kind = _match(boilerplate_table(agencies, region, frozenset(kinds)), text, start, end)
    return Boilerplate(kind, text[start:end], Span(start, end)) if kind else None


def find_inline(text: str, start: int, end: int) -> list[Boilerplate]:
    """Page material inside the paragraph ``text[start:end]``, in order.

    Each piece starts the paragraph or a sentence and is a row of ``INLINE_PATTERNS``;
    the text around the pieces is left to the caller (it stays body).

    >>> t = "Bonds fell. For graphic on yields see: link.reuters.com/wuc26p Stocks rose."
    >>> [(b.kind, b.text) for b in find_inline(t, 0, len(t))]
    [('related', 'For graphic on yields see: link.reuters.com/wuc26p')]
    """
    found: list[Boilerplate] = []
    if not _INLINE_WORD.search(text, start, end):
        return found
    at = start
    starts = [start, *(m.end() for m in _SENTENCE_START.finditer(text, start, end))]
    for pos in starts:
        if pos < at:
            continue
        for kind, pattern in _INLINE:
            m = pattern.match(text, pos, min(end, pos + INLINE_WINDOW))
            if m is None or m.end() == pos or not _INLINE_END.match(text, m.end(), end):
                continue
            s, e = strip_span(text, pos, m.end())
            found.append(Boilerplate(kind, text[s:e], Span(s, e)))
            at = e
            break
    return found


def match_glued_tail(
    text: str, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> Note | Boilerplate | None:
    """A note or sign-off glued to the end of the paragraph ``text[start:end]``, or ``None``.

    The longest tail that starts a sentence and is a note or trailing boilerplate wins;
    the paragraph itself (from ``start``) is never taken. After a sentence end a tail must
    be a ``TAIL`` row; after a rule (AP's ``___``) any boilerplate row may follow.

    >>> t = "Prices rose. ($1 = 6.13 yuan)"
    >>> match_glued_tail(t, 0, len(t)).text
    '($1 = 6.13 yuan)'
    >>> match_glued_tail("Prices rose. jo@yna.co.kr(END)", 0, 30).kind
    'signoff'
    >>> t = "Prices rose. ___ Catch up on our weekly podcast."
    >>> match_glued_tail(t, 0, len(t)).kind, match_glued_tail(t, 0, 16).kind
    ('promo', 'separator')
    """
    for cut in _TAIL_CUT.finditer(text, max(start + 1, end - MAX_GLUED_TAIL), end):
        s = cut.start()
        note = match_note(text, s, end)
        if note is not None:
            return note
        region = None if cut["rule"] is not None else next(iter(TAIL))
        kind = region_kind(agencies, region, text, s, end)
        if kind is not None:
            return Boilerplate(kind, text[s:end], Span(s, end))
    return None
