"""White space and line ends: one kind of space, one kind of line end, no invisible ones.

``normalize_whitespace`` replaces every line end by ``\\n``, every space by a plain
space and drops invisible characters, then shortens runs: one space, one blank line
between paragraphs, no white space at a line's or the text's edges.

>>> normalize_whitespace("Oil\\u00a0rose.\\r\\n\\r\\n\\r\\nPrices fell. ")
'Oil rose.\\n\\nPrices fell.'
"""

from __future__ import annotations

from typing import Final

import regex

from .._patterns import lazy
from ._edits import _Pass, _run, _sub_edits

# -- 5. white space ---------------------------------------------------------------------

CHARACTER_SPACE: Final = lazy(
    r"""(?x)
      (?P<eol>\r\n?+|[\u2028\x0b\x0c])       # CR LF, CR, line separator, VT, FF: a line end
    | (?P<par>\u2029)                        # paragraph separator: a blank line
    | (?P<gone>[\u00ad\u180e\u200b\u2060\ufeff])  # soft hyphen, zero-width space, BOM
    | (?P<space>[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])  # tab and wide spaces
    """
)
"""One character (or CR LF) that ``normalize_whitespace`` replaces by its plain form."""

_PLAIN_SPACE: Final = {"eol": "\n", "par": "\n\n", "gone": "", "space": " "}

LAYOUT_SPACE: Final = lazy(
    r"""(?x)
      (?P<edge>\A[ \n]++|[ \n]++\Z)           # white space around the whole text
    | (?P<blank>[ ]*+\n(?:[ ]*+\n)++[ ]*+)    # one or more blank lines: one blank line
    | (?P<line>[ ]*+\n[ ]*+)                  # a line end with spaces around it
    | (?P<run>[ ]{2,})                        # a run of spaces
    """
)
"""A run of plain white space that ``normalize_whitespace`` shortens."""

_LAYOUT: Final = {"edge": "", "blank": "\n\n", "line": "\n", "run": " "}


def _plain_space(match: regex.Match[str]) -> str:
    return _PLAIN_SPACE[match.lastgroup or "space"]


def _layout_space(match: regex.Match[str]) -> str:
    return _LAYOUT[match.lastgroup or "run"]


_WHITESPACE: Final[tuple[_Pass, ...]] = (
    _sub_edits(CHARACTER_SPACE, _plain_space),
    _sub_edits(LAYOUT_SPACE, _layout_space),
)


def normalize_whitespace(text: str) -> str:
    """``text`` with plain spaces and ``\\n`` line ends, paragraphs one blank line apart.

    ``\\r\\n``, ``\\r``, U+2028, vertical tab and form feed end a line; U+2029 ends a
    paragraph. Tabs, no-break and typographic spaces become a space; soft hyphens,
    zero-width spaces, word joiners and byte-order marks go (zero-width joiners stay:
    emoji and Indic scripts need them). Runs of spaces become one, lines lose their
    edge spaces, runs of blank lines become one blank line, the text loses its edges.

    >>> normalize_whitespace(" Oil\\u00a0\\u00a0rose\\u200b.\\r\\n\\r\\n\\r\\n\\tco\\u00adoperation ")
    'Oil rose.\\n\\ncooperation'
    """
    return _run(text, _WHITESPACE)
