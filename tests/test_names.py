"""Names: case normalisation and reading one person from a list."""

from __future__ import annotations

import pytest

from wirestory import parse_byline, parse_credits
from wirestory._names import display_name
from wirestory._parse.people import read_person

DISPLAY = [
    ("caps", "ANDREW TAYLOR", "Andrew Taylor"),
    ("particles", "LUDWIG VAN DER BERG", "Ludwig van der Berg"),
    ("mc", "ROBERT MCDONALD", "Robert McDonald"),
    ("o-apostrophe-hyphen", "PATRICK O'BRIEN-MCDONALD", "Patrick O'Brien-McDonald"),
    ("hyphenated-given-name", "KIM TONG-HYUNG", "Kim Tong-Hyung"),
    ("mac-left-alone", "EMMANUEL MACRON", "Emmanuel Macron"),
    ("mixed-case-kept", "Pedro da Costa", "Pedro da Costa"),
    ("afp-surname-kept", "Nico GARCIA", "Nico GARCIA"),
    ("particle-first-word", "DE LA CRUZ", "De la Cruz"),
]


@pytest.mark.parametrize(
    ("name", "expected"), [c[1:] for c in DISPLAY], ids=[c[0] for c in DISPLAY]
)
def test_display_name(name: str, expected: str) -> None:
    """Capitals become title case; particles, Mc and O' follow the conventions."""
    assert display_name(name) == expected


PEOPLE = [
    ("plain", "Jane Doe", ("Jane Doe", None, None)),
    ("place", "Jane Doe in Kyiv", ("Jane Doe", "Kyiv", None)),
    (
        "place-and-email",
        "Ann Noel in London at anoel@bloomberg.net",
        ("Ann Noel", "London", "anoel@bloomberg.net"),
    ),
    ("comma-email", "Jay Titz, jtitz@opisnet.com", ("Jay Titz", None, "jtitz@opisnet.com")),
    ("particle-apostrophe", "Theodore d'Affli", ("Theodore d'Affli", None, None)),
    ("initial", "Tony G. Gabe", ("Tony G. Gabe", None, None)),
    ("ticker", "Nate Ray (NSE:RYMD)", ("Nate Ray", None, None)),
    ("zero-width", "Ann\u200b Lee", ("Ann Lee", None, None)),
    ("cjk", "宋晨", ("宋晨", None, None)),
    ("newsroom", "the Gdynia newsroom", ("Gdynia newsroom", None, None)),
]


@pytest.mark.parametrize(("piece", "expected"), [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_read_person(piece: str, expected: tuple[str, str | None, str | None]) -> None:
    """A name keeps no place, address, ticker or invisible character."""
    assert read_person(piece) == expected


@pytest.mark.parametrize(
    "piece",
    ["analysts said on Monday", "jdoe@example.com", "", "by Jane Doe", "Editing by Jane Doe"],
    ids=["sentence", "email-only", "empty", "lower-case-by", "role-and-by"],
)
def test_not_a_person(piece: str) -> None:
    """Sentences, bare addresses and role phrases are not people."""
    assert read_person(piece) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JosÃ© Garcia", ["JosÃ© Garcia"]),
        ("By JÃ¶rg MÃ¼ller and Å½eljko JoksimoviÄ‡", ["JÃ¶rg MÃ¼ller", "Å½eljko JoksimoviÄ‡"]),
        ("By FranÃ§ois Murphy, Reuters", ["FranÃ§ois Murphy"]),
    ],
    ids=["acute", "umlaut-and-caron", "cedilla-with-agency"],
)
def test_mojibake_names_are_names(line: str, names: list[str]) -> None:
    """UTF-8 read as cp1252 (``Ã©`` for é) inside a name keeps the name whole, as written."""
    found = parse_byline(line)
    assert found is not None
    assert [p.name for p in found.contributors] == names


def test_mojibake_space_is_not_a_letter() -> None:
    """``Â`` before a no-break space is a damaged space, never part of a name."""
    assert parse_credits("Editing by Jo\u00c2\u00a0Li")[0].contributors[0].name == "Jo Li"
