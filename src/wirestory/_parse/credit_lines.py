"""Where credit lines stand: a whole block, a line of a block, or glued to a sentence.

>>> doc = Document.of("He said so. (Editing by Jo Li)\\nOur Standards")
>>> pieces, credits = split_credit_lines(doc, 0, len(doc.text))
>>> [doc.text[s:e] for s, e in pieces], [c.text for c in credits]
(['He said so.', 'Our Standards'], ['(Editing by Jo Li)'])
"""

from __future__ import annotations

from typing import Final

from .._agencies import DEFAULT_REGISTRY, AgencyRegistry
from .._model import Credit
from .._patterns import lazy
from .._text import strip_span
from .boilerplate import RULE_MARK
from .credits import (
    MAX_CREDIT_LENGTH,
    ROLE,
    frame,
    has_credit_stem,
    merge_skipped,
    parse_credits_at,
    read_inverted,
)
from .document import Document, Range

_TAIL_START: Final = lazy(
    rf"""(?x)
    (?: [(（](?=\s*(?i:{ROLE}))                            # (Reporting by ...) / （记者A）
      | (?<=[.!?"”’)]\s*)(?i:(?={ROLE})(?=\S+(?:\s+\S+){{0,4}}\s+by\b))   # ... said. Reporting by
      | (?<=[.!?"”’)]\s*)(?=(?:--|[*•])\s*+(?i:{ROLE}))     # ... said. --With assistance from
    )
    """
)
_CONTRIBUTED_START: Final = lazy(
    rf"""(?x)
      (?<={RULE_MARK}\s{{1,40}})(?P<rule>)(?=\S)          # after AP's ___ rule
    | (?<=[.!?"”’)]\s{{1,40}})(?=[*_(]{{0,3}}+\p{{Lu}})      # or at a sentence start
    """
)
"""Where an AP contributed line glued to the last sentence may start."""
_TO_THIS_REPORT: Final = lazy(
    r"(?i)\bcontributed\s+(?:to|in)\s+(?:this|the)\s+(?:report|story|article|reporting)\b"
)
"""What a contributed line glued to a sentence must say (``He contributed.`` is body)."""


def find_trailing_credits(
    text: str, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> tuple[int, tuple[Credit, ...]]:
    """Credits glued to the end of a paragraph: ``(split, credits)`` or ``(end, ())``.

    Role-headed clauses start after a sentence end, a ``(``, ``--`` or a bullet; an AP
    contributed line starts after a rule (``___``) or a sentence end, and after a sentence
    end must say ``contributed to this report``. The longest such tail wins.

    >>> t = "He said so. (Editing by Jane Doe)"
    >>> find_trailing_credits(t, 0, len(t))[0]
    12
    >>> t = "He said so. ___ AP writer Jo Li contributed."
    >>> [c.role for c in find_trailing_credits(t, 0, len(t))[1]]
    ['contributing']
    """
    window = max(start, end - MAX_CREDIT_LENGTH)  # a longer tail is no credit line
    if not has_credit_stem(text, window, end):
        return end, ()
    for m in reversed(list(_TAIL_START.finditer(text, window, end))):
        if m.start() == start:
            continue
        credits = parse_credits_at(text, m.start(), end, agencies=agencies)
        if credits:
            return m.start(), credits
    if "contribut" not in text[window:end].lower():
        return end, ()
    for m in _CONTRIBUTED_START.finditer(text, max(start + 1, window), end):
        if m["rule"] is None and not _TO_THIS_REPORT.search(text, m.start(), end):
            continue
        credits = match_contributed(text, m.start(), end, agencies=agencies)
        if credits and all(c.role == "contributing" for c in credits):
            return m.start(), credits
    return end, ()


def match_contributed(
    text: str, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> tuple[Credit, ...]:
    """A line of inverted clauses only: AP's contributed lines, ``A reported from X.``

    >>> t = "AP writer Jo Li contributed to this report from Rome."
    >>> match_contributed(t, 0, len(t))[0].contributors[0].location
    'Rome'
    >>> match_contributed("He contributed a lot.", 0, 21)
    ()
    """
    s, e = strip_span(text, start, end)
    if s >= e or e - s > MAX_CREDIT_LENGTH or not has_credit_stem(text, s, e):
        return ()
    inner, stop, _ = frame(text, s, e)
    return merge_skipped(text, read_inverted(text, inner, stop, agencies) or [], s, e)


def split_credit_lines(
    doc: Document, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> tuple[list[Range], tuple[Credit, ...]]:
    """Cut the credit lines out of a block: ``(the pieces left, the credits)``.

    A block that is a credit line (hard-wrapped or not), a line of a block that is one,
    or credits glued to the end of the block's last sentence, are credits wherever the
    block stands (page furniture may follow).
    """
    text = doc.text
    lines = doc.lines_in(start, end)
    whole = parse_credits_at(text, start, end, agencies=agencies) if len(lines) > 1 else ()
    if whole:  # a credit line hard-wrapped over the block's lines
        return [], whole
    pieces: list[Range] = []
    credits: list[Credit] = []
    pos = start
    for s, e in lines:
        found = parse_credits_at(text, s, e, agencies=agencies)
        cut = s
        if not found:
            cut, found = find_trailing_credits(text, s, e, agencies=agencies)
        if not found:
            continue
        piece = strip_span(text, pos, cut)
        if piece[0] < piece[1]:
            pieces.append(piece)
        credits.extend(found)
        pos = e
    piece = strip_span(text, pos, end)
    if piece[0] < piece[1]:
        pieces.append(piece)
    return pieces, tuple(credits)
