"""Quotes and dashes: each written in one chosen form.

``normalize_quotes`` writes every quote straight or curly (old feeds' doubled backticks
and apostrophes included) and ``normalize_dashes`` writes every dash used as a
separator in one canonical form, leaving hyphens, ranges and minus signs alone.

>>> normalize_dashes(normalize_quotes("KYIV (Reuters) - ``It's fine''"))
'KYIV (Reuters) — "It\\'s fine"'
"""

from __future__ import annotations

from functools import partial
from typing import Final, Literal

import regex

from .._patterns import lazy
from ._edits import _Pass, _run, _sub_edits

QuoteStyle = Literal["straight", "curly"]
"""How ``normalize_quotes`` writes quotes."""
DashStyle = Literal["em", "en", "hyphen"]
"""The canonical dash ``normalize_dashes`` writes."""


# -- 6. quotes --------------------------------------------------------------------------

QUOTE: Final = lazy(
    r"""(?x)
      (?P<open2>``)                  # old-feed opening double quote
    | (?P<close2>'')                 # old-feed closing double quote
    | (?P<double>["“”‟〝〞＂])        # a double quote, straight or curly (not „ « »)
    | (?P<single>['‘’‛`´])           # a single quote or apostrophe, straight or curly
    """
)
"""One quote character (or an old-feed pair of them)."""

_OPENERS: Final = "([{—–-“‘/"
"""What a quote may follow when it opens (besides the start and a space): a bracket, a dash."""


def _quote(style: QuoteStyle, match: regex.Match[str]) -> str:
    kind = match.lastgroup
    if style == "straight":
        return "'" if kind == "single" else '"'
    if kind == "open2":
        return "“"
    if kind == "close2":
        return "”"
    char = match.group()
    if char in "“”‘’":
        return char
    text, at = match.string, match.start()
    opens = at == 0 or text[at - 1].isspace() or text[at - 1] in _OPENERS
    if kind == "double":
        return "“" if opens else "”"
    if char == "`":
        return "‘"
    following = text[match.end() : match.end() + 1]
    return "‘" if opens and following.isalpha() else "’"


_QUOTE_PASSES: Final[dict[str, tuple[_Pass, ...]]] = {
    style: (_sub_edits(QUOTE, partial(_quote, style)),) for style in ("straight", "curly")
}


def normalize_quotes(text: str, *, style: QuoteStyle = "straight") -> str:
    """``text`` with every quote straight (``"``, ``'``) or curly (``“ ” ‘ ’``).

    Old feeds wrote a double quote as two backticks or two apostrophes: those pairs
    count as double quotes, a single backtick or acute accent as a single quote. Curly
    style decides from context: a quote after a space, a bracket or a dash (or at the
    start) opens, elsewhere it closes; a single quote opens only before a letter, so
    ``'90s`` gets an apostrophe. Low quotes (``„``) and guillemets are left alone:
    they are right as they are.

    >>> normalize_quotes("“It’s ``fine'',” he said.")
    '"It\\'s "fine"," he said.'
    >>> normalize_quotes('"It\\'s the \\'90s," he said.', style="curly")
    '“It’s the ’90s,” he said.'
    """
    if style not in _QUOTE_PASSES:
        raise ValueError(f"Unknown quote style {style!r}; expected 'straight' or 'curly'")
    return _run(text, _QUOTE_PASSES[style])


# -- 7. dashes --------------------------------------------------------------------------

DASH_RUN: Final = lazy(r"[-\u2010-\u2015\u2212\u0097\ufe58\ufe63\uff0d]++")
"""A run of dash characters: hyphens, figure, en, em and horizontal bars, minus signs."""

ALWAYS_DASH: Final = frozenset("\u2014\u2015\u0097\ufe58")
"""Characters that are a dash wherever they stand (em dash, bar, cp1252 ``\\x97``)."""

DASHES: Final = {"em": "\u2014", "en": "\u2013", "hyphen": "-"}
"""The canonical forms ``normalize_dashes`` can write."""

_SPACED: Final = frozenset(" \t\u00a0\u2009\u202f")
_LINE_START: Final = frozenset(["", "\n", "\r", "\u2028", "\u2029"])


def _dash(canonical: str, match: regex.Match[str]) -> str:
    run, text = match.group(), match.string
    before = text[match.start() - 1 : match.start()] if match.start() else ""
    after = text[match.end() : match.end() + 1]
    if len(run) >= 4 or before in _LINE_START:  # a rule, a bullet, a front-matter fence
        return run
    spaced = before in _SPACED and (not after or after.isspace())
    if len(run) == 1 and run not in ALWAYS_DASH and not spaced:
        return run  # a hyphen, a range 1990–2000, a minus sign −5
    return canonical


_DASH_PASSES: Final[dict[str, tuple[_Pass, ...]]] = {
    name: (_sub_edits(DASH_RUN, partial(_dash, char)),) for name, char in DASHES.items()
}


def normalize_dashes(text: str, *, dash: DashStyle = "em") -> str:
    """``text`` with every dash used as a separator written the same way.

    A separator is ``--`` or ``---``, an em dash or horizontal bar anywhere (U+2014,
    U+2015, cp1252 ``\\x97``), or a hyphen, en dash or minus sign with a space before and
    after it (``MOSCOW (Reuters) - ``). Hyphens in words, ranges (``1990–2000``), minus
    signs (``−5``), rule lines (four dashes or more) and every run of dashes at a
    line's start (bullets such as ``--Wheat fell``, front-matter fences ``---``) are
    left alone. ``dash`` picks the form: ``"em"`` (—), ``"en"`` (–) or ``"hyphen"``.

    >>> normalize_dashes("KYIV (Reuters) - Talks -- and a well-known \\u2015 1990\\u20132000")
    'KYIV (Reuters) — Talks — and a well-known — 1990–2000'
    >>> normalize_dashes("MOSCOW \\u2014 Hi", dash="hyphen")
    'MOSCOW - Hi'
    """
    if dash not in _DASH_PASSES:
        raise ValueError(f"Unknown dash {dash!r}; expected 'em', 'en' or 'hyphen'")
    return _run(text, _DASH_PASSES[dash])
