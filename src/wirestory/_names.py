"""Case normalisation of personal names written in capitals.

>>> display_name("ANDREW TAYLOR")
'Andrew Taylor'
>>> display_name("LUDWIG VAN BEETHOVEN")
'Ludwig van Beethoven'
>>> display_name("PATRICK O'BRIEN-MCDONALD")
"Patrick O'Brien-McDonald"
>>> display_name("Pedro da Costa")
'Pedro da Costa'
"""

from __future__ import annotations

from typing import Final

import regex

from ._patterns import lazy

PARTICLES: Final = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "du",
        "del",
        "della",
        "la",
        "le",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
    }
)
"""Lower-case name particles (``van``, ``de``, ``bin``) kept lower-case inside a name."""

_WORD: Final = lazy(r"\p{L}+")
_PARTS: Final = lazy(r"([\s\-]+)")
_PREFIXED: Final = lazy(
    r"""(?x)
    ^(?P<prefix>Mc)        # McDonald; Mac is left alone (Macron, Machado)
    (?P<rest>\p{L}+)$
    """
)


def _word(match: regex.Match[str]) -> str:
    word: str = match.group()
    low = word.lower()
    if low in PARTICLES and match.start() > 0:
        return low
    return word[:1].upper() + word[1:].lower()


def display_name(name: str) -> str:
    """``name`` with capitals made title case; mixed-case names are left as written."""
    if not any(ch.isupper() for ch in name) or any(ch.islower() for ch in name):
        return name
    titled = _WORD.sub(_word, name)
    parts = _PARTS.split(titled)
    return "".join(_fix_prefix(part) for part in parts)


def _fix_prefix(part: str) -> str:
    match = _PREFIXED.match(part)
    if not match:
        return part
    rest = match["rest"]
    return match["prefix"] + rest[:1].upper() + rest[1:]
