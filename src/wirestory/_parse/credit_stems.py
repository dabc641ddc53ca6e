"""The cheap first test of every credit rule: does a range hold a credit stem at all?

The stems (a role word, or AP's ``contributed``) are found once per story; then one
bisection answers for any block or line, instead of a substring test per stem.

>>> t = "Prices rose. (Reporting by Jo Li)"
>>> has_credit_stem(t, 13, len(t)), has_credit_stem(t, 0, 12)
(True, False)
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from typing import Final

CREDIT_STEMS: Final = tuple(
    """report writ edit compil research graphic photo translat assist contribut contact
    helped muhabir 记者 通讯员 编辑 摄影 翻译""".split()
)
"""A stem every credit line has (a role word or AP's contributed), lower case."""


@functools.lru_cache(maxsize=2)
def _stem_index(text: str) -> tuple[list[int], list[int]] | None:
    """Where the stems stand in ``text``, found once per story: the start of every
    occurrence in order, and for each the least end of it and the ones after it (so
    that one bisection answers whether a range holds a whole stem). ``None`` when lower
    case moves offsets (``İ``)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    found = sorted((at, at + len(stem)) for stem in CREDIT_STEMS for at in _occurrences(low, stem))
    least_end = [e for _, e in found]
    for i in range(len(least_end) - 2, -1, -1):
        least_end[i] = min(least_end[i], least_end[i + 1])
    return [s for s, _ in found], least_end


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def has_credit_stem(text: str, start: int, end: int) -> bool:
    """A cheap first test (a stem anywhere in the range) before the credit grammar runs.

    >>> has_credit_stem("Jo Li contributed.", 0, 18), has_credit_stem("Prices rose.", 0, 12)
    (True, False)
    >>> has_credit_stem("Jo Li contributed.", 0, 10)
    False
    """
    index = _stem_index(text)
    if index is None:
        piece = text[start:end].lower()
        return any(stem in piece for stem in CREDIT_STEMS)
    starts, least_end = index
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and least_end[i] <= end
