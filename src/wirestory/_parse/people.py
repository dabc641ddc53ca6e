"""People in bylines and credit lines: a name, a place and an e-mail address.

>>> read_person("Andrew Noël in London at anoel@bloomberg.net")
('Andrew Noël', 'London', 'anoel@bloomberg.net')
"""

from __future__ import annotations

from typing import Final

import regex

from .._model import Contributor
from .._names import PARTICLES
from .._patterns import lazy
from .._text import EMAIL as EMAIL_PATTERN
from .._text import MOJIBAKE_LETTER, SPACE

_PARTICLE: Final = "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p)))
_SP: Final = SPACE

NAME: Final = lazy(
    rf"""(?x)
    (?: (?:\p{{Ll}}{{1,3}}['’\-])?                 # d'Afflisio, al-Zarqawi
        (?:{MOJIBAKE_LETTER}|\p{{Lu}})(?:{MOJIBAKE_LETTER}|[\p{{L}}\p{{M}}'’.\-])*+  # Jae-soon, O'Brien, G., JosÃ©
        (?:{_SP}++
          (?: (?:\p{{Ll}}{{1,3}}['’\-])?(?:{MOJIBAKE_LETTER}|\p{{Lu}})(?:{MOJIBAKE_LETTER}|[\p{{L}}\p{{M}}'’.\-])*+
            | (?:{_PARTICLE})(?={_SP})              # van, de, bin inside a name
          )
        ){{0,6}}
      | [\p{{Han}}\p{{Hangul}}]{{2,5}}              # 宋晨: a CJK name written without spaces
    )
    """
)
"""A personal name: capitalised words, lower-case particles inside, initials."""

PERSON: Final = lazy(
    rf"""(?x)
    (?P<name>.+?)                                   # the name (checked against NAME)
    (?:{_SP}++(?:in|from|at){_SP}++                 # in Kyiv / from Rome / at the U.N.
       (?P<place>(?:the{_SP}++)?\p{{Lu}}[\p{{L}}\p{{M}}\p{{N}}{_SP[1:-1]} .'’/\-]{{0,60}}?))?
    (?:{_SP}*+,?{_SP}*+(?:at{_SP}++)?               # "at" or a comma before an address
       (?P<email>{EMAIL_PATTERN}))?
    """
)
"""One person of a list: ``Name [in Place] [at address]``."""

DESK: Final = lazy(
    rf"""(?x)
    (?:the{_SP}++)?                                 # the Shanghai newsroom
    (?P<name>\p{{Lu}}[\p{{L}}{_SP[1:-1]} ]{{0,40}}?{_SP}++(?:newsroom|bureau|desk))
    """,
    regex.IGNORECASE,
)
"""A newsroom credited like a person: ``the Shanghai newsroom``."""

EMAIL: Final = lazy(EMAIL_PATTERN)
"""A bare e-mail address: never a person, but contact data for the person before it."""

_INVISIBLE: Final = lazy(
    r"""(?x)
    \p{Cf}                                          # zero-width and format characters
    | \u00c2(?=\u00a0)                              # Â of a no-break space read as cp1252
    | \s*\(\s*\p{Lu}{1,8}:[\p{Lu}\d.]{1,12}\s*\)    # a ticker a web page linked: (NSE:RYMD)
    | \s*\(\p{Lu}\p{Ll}{1,15}\)(?=\W{0,3}$)          # a desk tag after the last name: (News)
    """
)
_TITLE: Final = lazy(
    rf"""(?x)
    (?:\p{{Lu}}[\p{{L}}.]{{0,20}}+{_SP}++){{0,3}}      # AP, Associated Press, AP Medical
    (?i:writers?|reporters?|correspondents?|contributors?|photographers?|photojournalists?
       |videojournalists?|journalists?|researchers?|producers?)
    {_SP}++(?=\p{{Lu}})                                # then the name
    """
)
"""A job title before a name in a list of people: ``AP Photographer`` Ana Ruiz."""
_EDGES: Final = ' \t\r\n\u00a0\ufffd.,;:()[]*_|"“”<>'


def clean_piece(piece: str) -> str:
    """``piece`` without invisible characters, linked tickers and edge punctuation.

    >>> clean_piece(" Nate Raymond (NSE:RYMD)\\u200b, ")
    'Nate Raymond'
    >>> clean_piece("Erica Yokoyama (News).")
    'Erica Yokoyama'
    """
    return " ".join(_INVISIBLE.sub("", piece).split()).strip(_EDGES)


def read_person(piece: str) -> tuple[str, str | None, str | None] | None:
    """``(name, location, email)`` if ``piece`` is one person, else ``None``.

    >>> read_person("Andrew Noël in London at anoel@bloomberg.net")
    ('Andrew Noël', 'London', 'anoel@bloomberg.net')
    >>> read_person("AP Medical Writer Ana Ruiz in Madrid")
    ('Ana Ruiz', 'Madrid', None)
    >>> read_person("the Shanghai newsroom")
    ('Shanghai newsroom', None, None)
    >>> read_person("analysts said on Monday") is None
    True
    """
    piece = clean_piece(piece)
    titled = _TITLE.match(piece)
    if titled is not None and titled.end() < len(piece):  # AP Photographer Ana Ruiz
        piece = piece[titled.end() :]
    if not piece:
        return None
    desk = DESK.fullmatch(piece)
    if desk is not None:
        return desk["name"], None, None
    m = PERSON.fullmatch(piece)
    if m is None or not NAME.fullmatch(m["name"]):
        return None
    place = m["place"].strip(_EDGES) if m["place"] else None
    return m["name"], place or None, m["email"]


_SPLIT_NAMES: Final = lazy(r"(?i)\s*+(?:[,;&、，；]|\band\b|\bwith\b)\s*+")
_PHONE: Final = lazy(r"\+?[\d ()\-]{7,24}")
_REGION: Final = lazy(
    r"""(?x)
    \p{Lu}[\p{L}.'’\-]*+                                   # California, Croatia, N.Y.
    | (?:New|North|South|West|Rhode)\s+\p{Lu}\p{L}++       # New York, Rhode Island
    """
)
"""What continues the place of the person before it: ``A in Zagreb, Croatia``."""


def read_people(text: str) -> tuple[Contributor, ...] | None:
    """The people of a clause's name list, or ``None`` if it is not a name list.

    A bare e-mail address is contact data of the person before it, and a place name
    after a person with a place continues that place (``A in Zagreb, Croatia``). A last
    name that an encoding error has damaged (it holds U+FFFD) is unreadable and left out.

    >>> [(p.name, p.location) for p in read_people("A Li in Zagreb, Croatia and Bo Ma")]
    [('A Li', 'Zagreb, Croatia'), ('Bo Ma', None)]
    >>> [p.name for p in read_people("宋晨、田中全、胡\ufffd础")]
    ['宋晨', '田中全']
    """
    people: list[Contributor] = []
    pieces = _SPLIT_NAMES.split(text)
    for i, raw in enumerate(pieces):
        piece = clean_piece(raw)
        if not piece:
            continue
        if DAMAGED in piece and people and i == len(pieces) - 1:
            break
        last = people[-1] if people else None
        if last is not None and _PHONE.fullmatch(piece):
            continue  # a phone number after a person: contact data, not a name
        if last is not None and EMAIL.fullmatch(piece) and last.email is None:
            people[-1] = Contributor(last.name, location=last.location, email=piece)
            continue
        if last is not None and last.location and _REGION.fullmatch(piece):
            place = f"{last.location}, {piece}"
            people[-1] = Contributor(last.name, location=place, email=last.email)
            continue
        person = read_person(piece)
        if person is None:
            return None
        people.append(Contributor(person[0], location=person[1], email=person[2]))
    return tuple(people) if people else None


DAMAGED: Final = "\ufffd"
"""The replacement character a failed decoding leaves in place of the bytes it lost."""
