"""Names and places: a personal or place name in capitals written in display case.

``normalize_name`` and ``normalize_place`` share one rule set, each with its own
particles kept in lower case (``van``, ``bin``; ``de``, ``upon``); a name with any
lower-case letter was cased by a person and is returned unchanged.

>>> normalize_name("VAN MORRISON"), normalize_place("RIO DE JANEIRO")
('Van Morrison', 'Rio de Janeiro')
"""

from __future__ import annotations

from functools import partial
from typing import Final

import regex

from .._patterns import lazy

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

NAME_WORD: Final = lazy(
    r"""(?x)
    (?P<initials>(?:\p{L}\.){2,})     # dotted initials: D.C., U.S., J.R.
    | (?P<word>\p{L}[\p{L}\p{M}]*+)   # a word (letters and their marks)
    """
)
"""One word of a name or place, or a run of dotted initials."""

_APOSTROPHES: Final = "'’`"
_MC: Final = lazy(r"(?P<mc>Mc)(?P<first>\p{Ll})(?=\p{L})")


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
