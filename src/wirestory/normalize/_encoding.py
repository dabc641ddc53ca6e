"""Repairs of how characters were encoded: mojibake, HTML entities, the Unicode form.

Three steps, each idempotent: ``fix_mojibake`` repairs UTF-8 read as cp1252 or Latin-1,
``unescape_entities`` decodes HTML entities (escaped twice or more too), and
``normalize_unicode`` composes to NFC and drops control characters, reading the C1 ones
that old feeds used for punctuation as that punctuation.

>>> normalize_unicode(unescape_entities(fix_mojibake("Itâ€™s&#151;ok\x03")))
'It’s—ok'
"""

from __future__ import annotations

import html
import unicodedata
from typing import Final

import regex

from .._patterns import lazy
from ._edits import _apply, _diff_edits, _Edit, _Pass, _run, _sub_edits

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

ENTITY: Final = lazy(
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

CONTROL: Final = lazy(
    r"""(?x)
    [^\P{Cc}\t\n\r\x0b\x0c]   # a control character other than tab and line ends
    | \p{Cs}                  # a lone surrogate
    """
)
"""One character ``normalize_unicode`` reads as cp1252 punctuation or drops."""

_CLUSTER: Final = lazy(r"\X")


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
