"""Edits and their trace: the machinery every normalization step is written in.

A step is a tuple of passes; a pass reads the text and returns the edits it would make
(``(start, end, replacement)``, sorted, never overlapping); ``_run`` applies each pass
until it changes nothing and, when asked, records every edit in a ``_Trace`` that leads
each character of the result back to the raw range it came from. Long repairs are
aligned character by character (``_diff_edits``) so that the trace stays exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import Final

import regex

from .._patterns import LazyPattern

_Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` with a string; edits of one pass are sorted, never overlap."""
_Pass = Callable[[str], list[_Edit]]


def _apply(text: str, edits: Sequence[_Edit]) -> str:
    out: list[str] = []
    pos = 0
    for start, end, replacement in edits:
        out += (text[pos:start], replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _sub_edits(
    pattern: regex.Pattern[str] | LazyPattern, replace: Callable[[regex.Match[str]], str]
) -> _Pass:
    """A pass replacing every match of ``pattern`` (only edits that change something)."""

    def edits(text: str) -> list[_Edit]:
        found: list[_Edit] = []
        for match in pattern.finditer(text):
            new = replace(match)
            if new != match.group():
                found.append((match.start(), match.end(), new))
        return found

    return edits


DIFF_LIMIT: Final = 2_000
"""The longest stretch aligned character by character; a longer one is one replacement."""


def _diff_edits(old: str, new: str, offset: int = 0) -> list[_Edit]:
    """Edits turning ``old`` into ``new``, aligned character by character where they agree.

    Word by word when both have the same number of space-separated words (repairs do
    not move spaces), so a long line full of repairs stays linear; within a word, or a
    stretch, difflib aligns; a stretch longer than ``DIFF_LIMIT`` becomes one edit.
    """
    old_words, new_words = old.split(" "), new.split(" ")
    if len(old_words) > 1 and len(old_words) == len(new_words):
        edits: list[_Edit] = []
        for old_word, new_word in zip(old_words, new_words, strict=True):
            if old_word != new_word:
                edits += _diff_stretch(old_word, new_word, offset)
            offset += len(old_word) + 1
        return edits
    return _diff_stretch(old, new, offset)


def _diff_stretch(old: str, new: str, offset: int) -> list[_Edit]:
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    a, b = old[head : len(old) - tail], new[head : len(new) - tail]
    if max(len(a), len(b)) > DIFF_LIMIT:
        return [(offset + head, offset + len(old) - tail, b)]
    edits: list[_Edit] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            edits.append((offset + head + i1, offset + head + i2, b[j1:j2]))
    return edits


# -- the offset map -----------------------------------------------------------------------


class _Trace:
    """For each character of the current text, the raw range ``[start, end)`` it came from."""

    __slots__ = ("ends", "starts")

    def __init__(self, size: int) -> None:
        self.starts = list(range(size))
        self.ends = list(range(1, size + 1))

    def apply(self, edits: Sequence[_Edit]) -> None:
        starts, ends = self.starts, self.ends
        new_starts: list[int] = []
        new_ends: list[int] = []
        pos = 0
        for start, end, replacement in edits:
            new_starts += starts[pos:start]
            new_ends += ends[pos:start]
            if replacement:
                if end > start:
                    first, last = starts[start], ends[end - 1]
                else:  # a pure insertion points at where it was inserted
                    first = last = (
                        starts[start] if start < len(starts) else (ends[-1] if ends else 0)
                    )
                new_starts += [first] * len(replacement)
                new_ends += [last] * len(replacement)
            pos = end
        new_starts += starts[pos:]
        new_ends += ends[pos:]
        self.starts, self.ends = new_starts, new_ends


def _run(text: str, passes: Sequence[_Pass], trace: _Trace | None = None) -> str:
    """Run each pass until it changes nothing (bounded), recording edits in ``trace``."""
    for edits_of in passes:
        for _ in range(16):
            edits = edits_of(text)
            if not edits:
                break
            if trace is not None:
                trace.apply(edits)
            text = _apply(text, edits)
    return text
