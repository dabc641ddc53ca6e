"""The rules of the parse: each reads ``text[start:end]`` and says "mine" or "not mine".

Every element parser is adapted to one shape, ``rule(text, start, end, ctx)``, which
returns the elements it makes or ``()``. Three ordered tables say which rules may take
a block in each part of a story; the first rule that takes a block wins. To teach the
parser a new kind of block, write a rule and add it to a table.

>>> from wirestory._context import Context
>>> [type(e).__name__ for e in first_match(ENDING_RULES, "Comments", 0, 8, Context())]
['Boilerplate']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, TypeAlias, TypeVar

import attrs
import regex

from ._boilerplate import match_boilerplate, match_note
from ._byline import extend_with_title, find_trailing_byline, parse_byline
from ._context import Context
from ._credits import match_contributed, parse_credits
from ._headline import make_headline
from ._model import (
    Boilerplate,
    Byline,
    Contributor,
    Credit,
    Dateline,
    Headline,
    Note,
    Paragraph,
    Span,
)
from ._text import strip_span, trim_residue

_E = TypeVar("_E", Headline, Byline, Dateline, Paragraph, Credit, Note, Boilerplate)
_W = TypeVar("_W", bound=Headline | Byline | Dateline | Paragraph | Credit | Note | Boilerplate)
Element: TypeAlias = Headline | Byline | Dateline | Paragraph | Credit | Note | Boilerplate
Rule: TypeAlias = Callable[[str, int, int, Context], Sequence[Element]]
"""A rule reads ``text[start:end]`` and returns the elements it makes, or ``()``: not mine."""


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


_CJK_TITLE: Final = regex.compile(
    r"""(?x)
    [题題]\s*+[:：]           # 题： "title:" after a Chinese dateline
    \s*+(?P<title>[^\r\n]{2,200}+)  # the title, one line
    """
)
_CJK_BYLINE: Final = regex.compile(
    r"""(?x)
    (?P<agency>新华社|新華社|中新社)              # the agency
    (?:驻\p{Han}{1,10}?)?                       # 驻北京: posted in a place
    记者                                         # "reporter(s)"
    (?:[\s\u3000]*+(?P<names>\p{Han}{2,4}(?:[\s\u3000、，,]++\p{Han}{2,4}){0,7}))?  # names, or none
    """
)
_CJK_NAME: Final = regex.compile(r"\p{Han}{2,4}")


def _cjk_title(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
    """Xinhua's Chinese ``题：...`` line after the dateline: the story's title."""
    m = _CJK_TITLE.fullmatch(text, start, end)
    if m is None:
        return ()
    return (Headline(text[start:end], Span(start, end), title=m["title"]),)


def _cjk_byline(text: str, start: int, end: int, ctx: Context) -> Sequence[Element]:
    """Xinhua's Chinese byline line: ``新华社记者`` with the names, or bare (the names
    then stand in the credit line at the end, ``（记者宋晨、田中全）``)."""
    m = _CJK_BYLINE.fullmatch(text, start, end)
    if m is None:
        return ()
    agency = ctx.agencies.lookup(m["agency"])
    names = _CJK_NAME.findall(m["names"] or "")
    people = tuple(Contributor(n) for n in names)
    return (Byline(text[start:end], Span(start, end), people, agency.name if agency else None),)


OPENING_RULES: Final[tuple[Rule, ...]] = (
    _dataset_title,
    _byline,
    _note,
    _kinds(
        *"""header timestamp caption page story_ref separator related promo copyright source
        keywords comments""".split()
    ),
)
"""Rules for the lines above the dateline, in order; the first that takes a line wins."""

ENDING_RULES: Final[tuple[Rule, ...]] = (
    _credits,
    _note,
    _kinds(
        *"""standards syndication contact promo comments related page signoff copyright
        keywords source caption timestamp story_ref separator header""".split()
    ),
    _byline,
    _end_byline,
)
"""Rules for the blocks after the last paragraph, in order."""

BODY_RULES: Final[tuple[Rule, ...]] = (
    _note,
    _cjk_title,
    _cjk_byline,
    _credits,  # a whole block of credits before trailing page furniture
    _kinds(
        *"page caption related promo story_ref standards comments syndication separator".split()
    ),
)
"""Rules for blocks between paragraphs: what they take is not body."""


def first_match(
    rules: Sequence[Rule], text: str, start: int, end: int, ctx: Context
) -> Sequence[Element]:
    """What the first rule that takes ``text[start:end]`` makes, or ``()``.

    A block that no rule takes is tried again without the extraction damage at its
    edges (a byte-order mark, ``\\x03``, zero-width characters, ``&#13;``); the
    elements found then are widened back over that damage, so nothing is lost.

    >>> t = "\\ufeff(Editing by Jo Li)\\x03"
    >>> [(e.role, e.text == t) for e in first_match(ENDING_RULES, t, 0, len(t), Context())]
    [('editing', True)]
    """
    found = _first(rules, text, start, end, ctx)
    if found:
        return found
    s, e = trim_residue(text, start, end)
    if s == e or (s, e) == strip_span(text, start, end):
        return ()
    return [widen(text, el, s, e, start, end) for el in _first(rules, text, s, e, ctx)]


def _first(
    rules: Sequence[Rule], text: str, start: int, end: int, ctx: Context
) -> Sequence[Element]:
    for rule in rules:
        found = rule(text, start, end, ctx)
        if found:
            return found
    return ()


def widen(text: str, element: _W, inner_start: int, inner_end: int, start: int, end: int) -> _W:
    """``element`` stretched from ``inner_start``/``inner_end`` to ``start``/``end``
    where it touches them (an element inside the range is left alone)."""
    s = start if element.span.start == inner_start else element.span.start
    e = end if element.span.end == inner_end else element.span.end
    if (s, e) == (element.span.start, element.span.end):
        return element
    return attrs.evolve(element, text=text[s:e], span=Span(s, e))


@attrs.define
class Parts:
    """The elements found so far, by kind."""

    elements: list[Element] = attrs.Factory(list)
    truncated: bool = False

    def add(self, *found: Element) -> None:
        self.elements.extend(found)

    def of(self, kind: type[_E]) -> list[_E]:
        return sorted((e for e in self.elements if isinstance(e, kind)), key=lambda e: e.span)
