"""Normalization: small, idempotent ``str -> str`` steps and one function composing them.

Each step does one job and is safe to run twice (``step(step(t)) == step(t)``):

==========================  ===============================================================
step                        what it does
==========================  ===============================================================
``fix_mojibake``            UTF-8 read as cp1252 or Latin-1 repaired with ``ftfy``
``unescape_entities``       HTML entities decoded, double-escaped ones too
``normalize_unicode``       NFC; control characters out (cp1252 punctuation kept)
``unwrap_paragraphs``       hard-wrapped paragraphs joined into one line each
``normalize_whitespace``    one kind of space, one kind of line end, no invisible characters
``normalize_quotes``        straight or curly quotes, old feeds' doubled ones included
``normalize_dashes``        every dash used as a separator in one canonical form
``normalize_name``          ``JANE DOE`` -> ``Jane Doe`` (a name, not running text)
``normalize_place``         ``ST. PETERSBURG`` -> ``St. Petersburg`` (a place name)
==========================  ===============================================================

``normalize_text`` runs the text steps in that order (all on by default) and can return
a ``Normalized`` result whose offset map leads every character back to the raw input.

>>> normalize_text("MOSCOW, April 26 (Reuters) -- Itâ€™s&nbsp;``cold''.")
'MOSCOW, April 26 (Reuters) — It\\'s "cold".'
>>> result = normalize_text("A&amp;B\\r\\nsaid", with_map=True)
>>> result.text
'A&B\\nsaid'
>>> result.to_source(2), result.to_source(4)
(6, 9)
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, Literal, overload

import attrs
import regex

from ._gazetteer import GeoPlace, resolve_place
from ._model import Span

if TYPE_CHECKING:
    from ._model import Story

__all__ = [
    "GeoPlace",
    "Normalized",
    "clean_values",
    "fix_mojibake",
    "normalize_dashes",
    "normalize_name",
    "normalize_place",
    "normalize_quotes",
    "normalize_text",
    "normalize_unicode",
    "normalize_whitespace",
    "resolve_place",
    "unescape_entities",
    "unwrap_paragraphs",
]

QuoteStyle = Literal["straight", "curly"]
"""How ``normalize_quotes`` writes quotes."""
DashStyle = Literal["em", "en", "hyphen"]
"""The canonical dash ``normalize_dashes`` writes."""

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


def _sub_edits(pattern: regex.Pattern[str], replace: Callable[[regex.Match[str]], str]) -> _Pass:
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


@attrs.frozen
class Normalized:
    """Normalized text with a map back to the raw text it came from.

    Every character of ``text`` knows the raw range it was made from: a kept character
    its own position, a replacement (``&amp;`` -> ``&``) the whole range it replaced.

    >>> result = normalize_text("  Jos\\u00c3\\u00a9 said&#8212;hi", with_map=True)
    >>> result.text
    'José said—hi'
    >>> result.source_span(Span(0, 4))
    Span(start=2, end=7)
    >>> result.source[2:7]
    'JosÃ©'
    """

    text: str
    """The normalized text."""
    source: str
    """The raw text, unchanged."""
    starts: tuple[int, ...] = attrs.field(repr=False)
    """For each character of ``text``, where its raw range starts in ``source``."""
    ends: tuple[int, ...] = attrs.field(repr=False)
    """For each character of ``text``, where its raw range ends in ``source``."""

    def __attrs_post_init__(self) -> None:
        if not len(self.starts) == len(self.ends) == len(self.text):
            raise ValueError("Normalized needs one raw range per character of text")

    def to_source(self, offset: int) -> int:
        """The raw offset of the normalized ``offset`` (``len(text)`` maps to the raw end).

        >>> normalize_text("a&amp;b", with_map=True).to_source(2)
        6
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside 0..{len(self.text)}")
        if offset < len(self.text):
            return self.starts[offset]
        return self.ends[-1] if self.ends else 0

    def source_span(self, span: Span) -> Span:
        """The raw span covering what the normalized ``span`` was made from.

        >>> normalize_text("x  &lt;b&gt;", with_map=True).source_span(Span(2, 5))
        Span(start=3, end=12)
        """
        if span.end > len(self.text):
            raise IndexError(f"{span!r} reaches past the text's end {len(self.text)}")
        if span.start == span.end:
            point = self.to_source(span.start)
            return Span(point, point)
        return Span(self.starts[span.start], self.ends[span.end - 1])


# -- 1. mojibake ------------------------------------------------------------------------


def _mojibake_edits(text: str) -> list[_Edit]:
    import ftfy  # here, not at the top: ``import wirestory`` stays fast for parsing alone

    edits: list[_Edit] = []
    pos = 0
    for line in text.split("\n"):
        fixed = ftfy.fix_encoding(line)
        if fixed != line:
            edits += _diff_edits(line, fixed, pos)
        pos += len(line) + 1
    return edits


def fix_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was read as cp1252 or Latin-1 repaired (by ``ftfy``).

    Only the encoding is repaired (``ftfy.fix_encoding``, line by line); quotes, spaces,
    entities and line ends are left to their own steps. C1 control characters are read
    as the cp1252 characters they stand for (``\\x97`` is an em dash).

    >>> fix_mojibake("Itâ€™s JosÃ© â€” Ã©tÃ©")
    'It’s José — été'
    >>> fix_mojibake("caf\\u00e9 ok")
    'café ok'
    """
    return _run(text, _MOJIBAKE)


_MOJIBAKE: Final[tuple[_Pass, ...]] = (_mojibake_edits,)


# -- 2. HTML entities -------------------------------------------------------------------

ENTITY: Final = regex.compile(
    r"""(?x)
    &(?:amp;)*                     # escaped again and again: &amp;amp;quot;
    (?P<ref>
        \#[0-9]{1,7}               # decimal: &#8212;
      | \#[xX][0-9a-fA-F]{1,6}     # hexadecimal: &#x27;
      | [A-Za-z][A-Za-z0-9]{1,31}  # named: &amp; &nbsp; &eacute;
    );                             # always closed: "AT&T" and "R&D" are text
    """
)
"""One HTML entity, terminated by its semicolon, with any ``amp;`` of escaping it again."""


def _entity(match: regex.Match[str]) -> str:
    return html.unescape(f"&{match['ref']};")  # an unknown name keeps its own & only


_ENTITIES: Final[tuple[_Pass, ...]] = (_sub_edits(ENTITY, _entity),)


def unescape_entities(text: str) -> str:
    """``text`` with HTML entities decoded, repeatedly: ``&amp;amp;`` gives ``&``.

    Only entities closed by ``;`` count, so ``AT&T`` stays. Copy escaped twice by a
    content system (``&amp;#39;``) is common and a literal entity in a wire story is
    not, so decoding goes on until no entity is left; that also makes it idempotent.
    Numeric references in 128..159 are read as cp1252 (``&#151;`` is an em dash).

    >>> unescape_entities("Q&amp;A: it&#x27;s &amp;amp; &#151; AT&T")
    "Q&A: it's & — AT&T"
    """
    return _run(text, _ENTITIES)


# -- 3. Unicode -------------------------------------------------------------------------

C1_PUNCTUATION: Final = {
    "\x80": "€",
    "\x82": "‚",
    "\x84": "„",
    "\x85": "…",
    "\x86": "†",
    "\x87": "‡",
    "\x89": "‰",
    "\x8b": "‹",
    "\x91": "‘",
    "\x92": "’",
    "\x93": "“",
    "\x94": "”",
    "\x95": "•",
    "\x96": "–",
    "\x97": "—",
    "\x99": "™",
    "\x9b": "›",
}
"""C1 control characters read as the cp1252 punctuation they stand for in old feeds."""

CONTROL: Final = regex.compile(
    r"""(?x)
    [^\P{Cc}\t\n\r\x0b\x0c]   # a control character other than tab and line ends
    | \p{Cs}                  # a lone surrogate
    """
)
"""One character ``normalize_unicode`` reads as cp1252 punctuation or drops."""

_CLUSTER: Final = regex.compile(r"\X")


def _nfc_edits(text: str) -> list[_Edit]:
    if unicodedata.is_normalized("NFC", text):
        return []
    edits: list[_Edit] = []
    for match in _CLUSTER.finditer(text):
        cluster = match.group()
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            edits.append((match.start(), match.end(), composed))
    if _apply(text, edits) != unicodedata.normalize("NFC", text):  # pragma: no cover
        return _diff_edits(text, unicodedata.normalize("NFC", text))
    return edits


_UNICODE: Final[tuple[_Pass, ...]] = (
    _sub_edits(CONTROL, lambda m: C1_PUNCTUATION.get(m.group(), "")),
    _nfc_edits,
)


def normalize_unicode(text: str) -> str:
    """``text`` in NFC without control characters (tab and line ends stay).

    C1 controls that cp1252 feeds used for punctuation become that punctuation
    (``\\x97`` an em dash, ``\\x92`` an apostrophe); other controls and lone surrogates
    are dropped. Compatibility forms (full-width letters, ligatures) are kept: NFKC
    would change letters.

    >>> normalize_unicode("Cafe\\u0301\\x03 \\x97 ok")
    'Café — ok'
    """
    return _run(text, _UNICODE)


# -- 5. white space ---------------------------------------------------------------------

CHARACTER_SPACE: Final = regex.compile(
    r"""(?x)
      (?P<eol>\r\n?+|[\u2028\x0b\x0c])       # CR LF, CR, line separator, VT, FF: a line end
    | (?P<par>\u2029)                        # paragraph separator: a blank line
    | (?P<gone>[\u00ad\u180e\u200b\u2060\ufeff])  # soft hyphen, zero-width space, BOM
    | (?P<space>[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])  # tab and wide spaces
    """
)
"""One character (or CR LF) that ``normalize_whitespace`` replaces by its plain form."""

_PLAIN_SPACE: Final = {"eol": "\n", "par": "\n\n", "gone": "", "space": " "}

LAYOUT_SPACE: Final = regex.compile(
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


# -- 4. unwrap --------------------------------------------------------------------------

WRAP_MIN_WIDTH: Final = 30
"""A block whose longest line is shorter than this is a list or an address, not prose."""
WRAP_MAX_WIDTH: Final = 100
"""A block with a longer line was not wrapped by a feed (they wrap at 64 to 80)."""
WRAP_FULL: Final = 0.6
"""A line at least this share of its block's longest line was cut by the wrap."""

LINE: Final = regex.compile(r"(?P<content>[^\r\n\u2028]*+)(?P<end>\r\n?+|[\n\u2028]|\Z)")
"""One line and its end (any of the line ends ``normalize_whitespace`` knows)."""

SENTENCE_END: Final = regex.compile(r"""[.!?:;"”’'»)\]]\Z""")
"""A line that ends like a sentence (a wrap may still fall there)."""

ITEM_START: Final = regex.compile(r"[-*•·▪◦]\s|\d{1,3}[.)]\s")
"""A line that starts a list item: never joined to the line before."""

BYLINE_START: Final = regex.compile(r"By\s+\p{Lu}")
"""A byline: a line of its own, never joined to its neighbours."""

COLUMNS: Final = regex.compile(r"\S[ \t]{3,}+\S")
"""A gap of three spaces or more inside a line: a table row, never joined."""


@attrs.frozen
class _Line:
    start: int  # where the content starts (after the indent)
    end: int  # where the content ends (before trailing space)
    text: str  # the content
    indent: int  # how many white-space characters precede the content

    @property
    def alone(self) -> bool:
        """A line that is never joined: in capitals (a headline, a slug), a table row."""
        shouting = any(ch.isupper() for ch in self.text) and not any(
            ch.islower() for ch in self.text
        )
        return shouting or bool(COLUMNS.search(self.text)) or bool(BYLINE_START.match(self.text))


def _unwrap_edits(text: str) -> list[_Edit]:
    lines: list[_Line] = []
    for match in LINE.finditer(text):
        raw = match["content"]
        lead = len(raw) - len(raw.lstrip())
        lines.append(
            _Line(match.start() + lead, match.start() + len(raw.rstrip()), raw.strip(), lead)
        )
        if not match["end"]:
            break
    edits: list[_Edit] = []
    block: list[_Line] = []
    for line in [*lines, _Line(0, 0, "", 0)]:
        if line.text:
            block.append(line)
            continue
        edits += _unwrap_block(block)
        block = []
    return edits


def _unwrap_block(block: list[_Line]) -> list[_Edit]:
    """Joins and paragraph breaks of one block of non-blank lines, if it was hard-wrapped."""
    if len(block) < 2:
        return []
    margin = min(line.indent for line in block)
    size = [line.indent - margin + len(line.text) for line in block]  # in columns
    width = max(size)
    indented = any(line.indent > margin for line in block[1:])  # paragraphs show by indent
    joins = [
        (
            indented  # then only the indent tells; else the length: did the wrap cut it?
            or (length >= WRAP_FULL * width and length + 1 + len(after.text.split()[0]) > width)
        )
        and after.indent == margin  # an indented line starts a paragraph
        and not (line.alone or after.alone)  # a headline, table row or byline stands alone
        and not ITEM_START.match(after.text)  # so does a list item
        for length, (line, after) in zip(size, pairwise(block), strict=False)
    ]
    mid_sentence = any(
        join and not SENTENCE_END.search(line.text)
        for join, line in zip(joins, block, strict=False)
    )
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH or not mid_sentence:
        return []
    return [
        (line.end, after.start, " " if join else "\n\n")
        for join, (line, after) in zip(joins, pairwise(block), strict=True)
    ]


_UNWRAP: Final[tuple[_Pass, ...]] = (_unwrap_edits,)


def unwrap_paragraphs(text: str) -> str:
    """``text`` with hard-wrapped paragraphs joined, each into one line.

    Blocks are runs of non-blank lines. When some line after the first is indented
    deeper than the least indented one, the block marks paragraphs by indentation (old
    feeds do): a line is joined to the next unless the next is indented. Otherwise a
    line is joined to the next when it fills at least 60 % of the block's longest line
    and the next line's first word would not have fitted after it (else the line ended
    a paragraph). Either way a line in capitals (a headline or a slug), a byline
    (``By ...``), a table row (a gap of three spaces inside) and a list item stand
    alone. A block counts as
    hard-wrapped when its longest line is 30 to 100 characters long and at least one
    join falls mid-sentence; then every join becomes one space and every other line
    break a blank line, so that each paragraph is one line. Other blocks are left
    exactly as they are; a block of one line is never touched, so running the step
    twice changes nothing more.

    >>> wrapped = (
    ...     "Oil prices rose on Monday as traders weighed the\\n"
    ...     "risk of supply cuts from producers.\\n"
    ...     "\\n"
    ...     "Brent crude gained 2 percent.\\n"
    ...     "Prices fell.\\n"
    ... )
    >>> print(unwrap_paragraphs(wrapped))
    Oil prices rose on Monday as traders weighed the risk of supply cuts from producers.
    <BLANKLINE>
    Brent crude gained 2 percent.
    Prices fell.
    <BLANKLINE>
    """
    return _run(text, _UNWRAP)


# -- 6. quotes --------------------------------------------------------------------------

QUOTE: Final = regex.compile(
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

DASH_RUN: Final = regex.compile(r"[-\u2010-\u2015\u2212\u0097\ufe58\ufe63\uff0d]++")
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


# -- names and places -------------------------------------------------------------------

NAME_PARTICLES: Final = frozenset(
    "van von der den de da das do dos di du del della la le bin binti ibn al el ter ten y e".split()
)
"""Particles written in lower case inside a personal name (``Ludwig van Beethoven``)."""

PLACE_PARTICLES: Final = frozenset(
    "de del da das do dos du des la las le les el es am an der den sur sous upon on en au aux of y"
    " i".split()
)
"""Particles written in lower case inside a place name (``Rio de Janeiro``, ``Rostov-on-Don``)."""

ELIDED: Final = frozenset("d l dell".split())
"""Elided particles before an apostrophe inside a name: ``Giscard d'Estaing``, ``Coeur d'Alene``."""

ROMAN: Final = frozenset("II III IV VI VII VIII".split())
"""Generation numerals that stay in capitals: ``Henry Ford III``."""

NAME_WORD: Final = regex.compile(
    r"""(?x)
    (?P<initials>(?:\p{L}\.){2,})     # dotted initials: D.C., U.S., J.R.
    | (?P<word>\p{L}[\p{L}\p{M}]*+)   # a word (letters and their marks)
    """
)
"""One word of a name or place, or a run of dotted initials."""

_APOSTROPHES: Final = "'’`"
_MC: Final = regex.compile(r"(?P<mc>Mc)(?P<first>\p{Ll})(?=\p{L})")


def _case_word(particles: frozenset[str], match: regex.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    word = match.group()
    if match.lastgroup == "initials":
        return word
    low = word.lower()
    following = text[end : end + 1]
    inside = start > 0 and not text[:start].rstrip(" -").endswith((",", "/"))
    if inside and following in _APOSTROPHES and low in ELIDED:
        return low  # d'Estaing
    if inside and low in particles and following != "." and text[start - 1] in " -":
        return low  # van, de, al-
    if word in ROMAN and start > 0 and text[start - 1] == " ":
        return word
    titled = word[:1].upper() + word[1:].lower()
    return _MC.sub(lambda m: m["mc"] + m["first"].upper(), titled)


def _display_case(text: str, particles: frozenset[str]) -> str:
    has_upper = any(ch.isupper() for ch in text)
    if not has_upper or any(ch.islower() for ch in text):
        return text  # mixed or lower case: written by someone who knew
    return NAME_WORD.sub(partial(_case_word, particles), text)


def normalize_name(name: str) -> str:
    """A personal name in capitals written in display case; other names as they are.

    Words get a capital first letter; ``Mc`` names their second capital (``Mac`` names
    are left alone: Macron, Machado); ``O'`` and hyphenated parts their own capitals;
    particles inside the name stay lower case (``van``, ``de``, ``bin``, ``al-``,
    ``d'``), but not as the first word or as an initial (``E.``); generation numerals
    (``III``) and dotted initials stay in capitals. A name with any lower-case letter
    was cased by a person and is returned unchanged.

    >>> normalize_name("PATRICK O'BRIEN-MCDONALD")
    "Patrick O'Brien-McDonald"
    >>> normalize_name("BASHAR AL-ASSAD"), normalize_name("VAN MORRISON")
    ('Bashar al-Assad', 'Van Morrison')
    >>> normalize_name("Pedro da Costa")
    'Pedro da Costa'
    """
    return _display_case(name, NAME_PARTICLES)


def normalize_place(place: str) -> str:
    """A place name in capitals written in display case; other names as they are.

    The rules of ``normalize_name`` with place particles (``de``, ``es``, ``on``,
    ``upon``, ``au``, ``of``); dotted abbreviations (``D.C.``, ``U.S.``) keep their
    capitals and the first word of each place is capitalised (``LA PAZ``, ``EL PASO``).

    >>> normalize_place("ST. PETERSBURG"), normalize_place("WASHINGTON, D.C.")
    ('St. Petersburg', 'Washington, D.C.')
    >>> normalize_place("RIO DE JANEIRO"), normalize_place("STRATFORD-UPON-AVON")
    ('Rio de Janeiro', 'Stratford-upon-Avon')
    >>> normalize_place("KYIV/MOSCOW")
    'Kyiv/Moscow'
    """
    return _display_case(place, PLACE_PARTICLES)


# -- the composition --------------------------------------------------------------------


def _passes(
    *,
    mojibake: bool,
    entities: bool,
    unicode: bool,
    whitespace: bool,
    unwrap: bool,
    quotes: QuoteStyle | None,
    dashes: DashStyle | None,
) -> list[_Pass]:
    if quotes is not None and quotes not in _QUOTE_PASSES:
        raise ValueError(f"Unknown quote style {quotes!r}; expected 'straight', 'curly' or None")
    if dashes is not None and dashes not in _DASH_PASSES:
        raise ValueError(f"Unknown dash {dashes!r}; expected 'em', 'en', 'hyphen' or None")
    steps: list[tuple[bool, Sequence[_Pass]]] = [
        (mojibake, _MOJIBAKE),
        (entities, _ENTITIES),
        (unicode, _UNICODE),
        (unwrap, _UNWRAP),  # before white space: it reads the indentation
        (whitespace, _WHITESPACE),
        (quotes is not None, _QUOTE_PASSES.get(quotes or "", ())),
        (dashes is not None, _DASH_PASSES.get(dashes or "", ())),
    ]
    return [one for wanted, passes in steps if wanted for one in passes]


@overload
def normalize_text(
    text: str,
    /,
    *,
    mojibake: bool = ...,
    entities: bool = ...,
    unicode: bool = ...,
    whitespace: bool = ...,
    unwrap: bool = ...,
    quotes: QuoteStyle | None = ...,
    dashes: DashStyle | None = ...,
    with_map: Literal[False] = ...,
) -> str: ...
@overload
def normalize_text(
    text: str,
    /,
    *,
    mojibake: bool = ...,
    entities: bool = ...,
    unicode: bool = ...,
    whitespace: bool = ...,
    unwrap: bool = ...,
    quotes: QuoteStyle | None = ...,
    dashes: DashStyle | None = ...,
    with_map: Literal[True],
) -> Normalized: ...
def normalize_text(
    text: str,
    /,
    *,
    mojibake: bool = True,
    entities: bool = True,
    unicode: bool = True,
    whitespace: bool = True,
    unwrap: bool = True,
    quotes: QuoteStyle | None = "straight",
    dashes: DashStyle | None = "em",
    with_map: bool = False,
) -> str | Normalized:
    """``text`` through the normalization steps, in order; idempotent.

    The steps run in this order: ``fix_mojibake``, ``unescape_entities``,
    ``normalize_unicode``, ``unwrap_paragraphs`` (before white space, which would
    remove the indentation it reads), ``normalize_whitespace``,
    ``normalize_quotes`` (``quotes``: ``"straight"`` by default, ``"curly"``, or
    ``None`` to leave quotes alone) and ``normalize_dashes`` (``dashes``: ``"em"`` by
    default, ``"en"``, ``"hyphen"`` or ``None``). Each boolean switches its step off.
    The whole chain is repeated until it changes nothing (a later step can, rarely,
    make work for an earlier one: ``Ã--`` becomes ``Ã—``, which is mojibake for ``×``),
    so running it twice gives the same text. Names are not touched: see
    ``normalize_name``.

    Args:
        text: The raw text.
        mojibake: Repair UTF-8 read as cp1252 or Latin-1.
        entities: Decode HTML entities.
        unicode: NFC, control characters out.
        whitespace: Plain spaces and line ends.
        unwrap: Join hard-wrapped paragraphs.
        quotes: The quote style, or ``None``.
        dashes: The canonical dash, or ``None``.
        with_map: Return a ``Normalized`` (text and offset map) instead of a string.

    Returns:
        The normalized text, or a ``Normalized`` when ``with_map`` is true.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: ``quotes`` or ``dashes`` is not one of the forms above.

    >>> normalize_text("SEOUL, March 3 (Yonhap) \\u2013 \\u201cWe\\u2019re ready,\\u201d he said.")
    'SEOUL, March 3 (Yonhap) — "We\\'re ready," he said.'
    >>> normalize_text("a -- b", dashes=None, quotes="curly")
    'a -- b'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_text() needs a str, not {type(text).__name__}")
    passes = _passes(
        mojibake=mojibake,
        entities=entities,
        unicode=unicode,
        whitespace=whitespace,
        unwrap=unwrap,
        quotes=quotes,
        dashes=dashes,
    )
    trace = _Trace(len(text)) if with_map else None
    current = text
    for _ in range(8):
        new = _run(current, passes, trace)
        if new == current:
            break
        current = new
    if trace is None:
        return current
    return Normalized(current, text, tuple(trace.starts), tuple(trace.ends))


def clean_values(story: Story) -> dict[str, Any]:
    """Clean values of a parsed story, JSON-compatible; the story itself is untouched.

    The same dictionary ``Story.to_dict(clean=True)`` adds under ``"clean"``: the
    normalized headline, paragraphs and body, the display names of the people in the
    byline and the credits, and the dateline's places in display case, each with a
    country code and a GeoNames id when the optional gazetteer (``wirestory[geo]``)
    resolves it without doubt.

    >>> from wirestory import parse
    >>> values = clean_values(parse("ST. PETERSBURG, Fla. (AP) \\u2014 It\\u2019s hot."))
    >>> values["dateline"]["places"][0]["name"], values["body"]
    ('St. Petersburg', "It's hot.")
    """
    from ._clean import story_clean_values

    return story_clean_values(story)
