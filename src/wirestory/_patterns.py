"""Patterns compiled on first use, so that ``import wirestory`` compiles nothing.

A ``LazyPattern`` stands where a module would hold a compiled pattern; the first call
of any matching method compiles it (once) and every later call goes straight to the
compiled pattern.

>>> WORD = lazy(r"\\w+")
>>> WORD.compiled is None
True
>>> WORD.match("abc def")[0], WORD.compiled is not None
('abc', True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex


class LazyPattern:
    """A regular expression of the ``regex`` module, compiled when first used."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str] | None:
        """The compiled pattern, or ``None`` before first use."""
        return self._compiled

    def get(self) -> regex.Pattern[str]:
        """The compiled pattern, compiling it now if it has not been."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def match(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.get().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.get().fullmatch(string, pos, endpos)

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.get().search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.get().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        return self.get().findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.get().split(string, maxsplit)

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str) -> str:
        return self.get().sub(repl, string)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern of the ``regex`` module that compiles on first use."""
    return LazyPattern(pattern, flags)


def trie_alternation(words: Iterable[str], *, space: str | None = None, fold: bool = False) -> str:
    r"""Literal ``words`` as one alternation shaped as a trie: ``Jan(?:uary)?`` for
    ``Jan|January``.

    It matches what the flat alternation of the words, longest first, matches, in the same
    order of preference (a longer word before its prefix), but the engine reads each
    character once instead of trying every word in turn: on tables of hundreds of
    words (month names, agency tokens) that is many times faster, and the pattern is
    smaller to compile. ``space``, if given, is what a space in a word matches;
    ``fold`` merges words that differ only in case (for a pattern compiled ignoring
    case). An empty table matches nothing.

    >>> trie_alternation(["Jan", "January", "June"])
    'J(?:an(?:uary)?|une)'
    >>> trie_alternation(["AP", "Kyodo News"], space=r"\s+")
    '(?:AP|Kyodo\\s+News)'
    >>> trie_alternation([])
    '(?!)'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word.casefold() if fold else word:
            unit = space if space is not None and char == " " else regex.escape(char)
            node = node.setdefault(unit, {})
        node[""] = {}  # a word ends here
    return _trie(root) if root else "(?!)"


def _trie(node: dict[str, Any]) -> str:
    """One trie node as a pattern: its branches, longest first, then its end (if any)."""
    branches = [unit + _trie(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    if "" in node:  # the word may end here: its longer branches first, then nothing
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def first_chars(words: Iterable[str]) -> str:
    r"""A character class of the first characters of ``words``: a cheap test to put in
    front of a costly alternation or call (``(?=[JFM])(?&month)``). An empty table gives
    a pattern that matches nothing.

    >>> first_chars(["Jan", "Feb", "June", "[x]"])
    '[FJ\\[]'
    >>> first_chars([])
    '(?!)'
    """
    chars = sorted({word[0] for word in words if word})
    return "[" + "".join(regex.escape(c) for c in chars) + "]" if chars else "(?!)"
