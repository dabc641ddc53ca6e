"""The data the strategies draw from: agency dateline forms, names, places and words.

One ``DatelineShape`` row per agency (``AGENCY_FORMS``) with its month forms, and the
vocabularies of ``wirestory.strategies``: invented people and places in real shapes,
real regions, plain body words, headlines, slugs, notes and credit clause heads.

>>> AGENCY_FORMS["AP"].marker, AP_MONTHS[8]
('(AP)', 'Sept.')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from .render import CLAUSE_HEADS as RENDERED_HEADS

# -- the agency forms: one row per agency -------------------------------------------------

REUTERS_MONTHS: Final = tuple("Jan Feb March April May June July Aug Sept Oct Nov Dec".split())
AP_MONTHS: Final = tuple("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split())
SHORT_MONTHS: Final = tuple("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
FULL_MONTHS: Final = tuple(
    "January February March April May June July August September October November December".split()
)


@attrs.frozen
class DatelineShape:
    """How one agency writes its dateline: one row of ``AGENCY_FORMS``.

    >>> AGENCY_FORMS["PTI"].separator
    ''
    """

    agency: str
    """The canonical agency."""
    marker: str
    """How the agency is written after the place: ``(Reuters)``, ``AAP``, ``. /TASS/.``."""
    separator: str
    """What follows the marker before the story (may be empty)."""
    months: tuple[str, ...] = REUTERS_MONTHS
    """The month forms, January first; empty when the agency writes no date."""
    capitals: bool = True
    """Places in capitals (``MOSCOW``) rather than mixed case (``Mumbai``)."""
    region: str = ", {}"
    """How a region follows the place; empty when the agency writes none."""
    placeless: bool = False
    """Whether the place may be left out (``(Bloomberg) --``)."""
    year: bool = False
    """Whether the year may be written (``June 6, 2010``)."""
    dated: bool = False
    """Whether the date is always written (the marker alone does not make a dateline)."""


_S = DatelineShape

AGENCY_FORMS: Final[Mapping[str, DatelineShape]] = MappingProxyType(
    {
        row.agency: row
        for row in (
            # agency, marker, separator, then month forms, case, region, place, year
            _S("Reuters", "(Reuters)", " -", placeless=True),
            _S("AP", "(AP)", " —", AP_MONTHS),
            _S("AFP", "(AFP)", " -", year=True),
            _S("Xinhua", "(Xinhua)", " --", AP_MONTHS),
            _S("PTI", "(PTI)", "", SHORT_MONTHS, capitals=False, region=""),
            _S("Yonhap", "(Yonhap)", " --", AP_MONTHS),
            _S("Bloomberg", "(Bloomberg)", " --", AP_MONTHS, placeless=True),
            _S("dpa", "(dpa)", " -", (), capitals=False, region=""),
            _S("Kyodo", "(Kyodo)", " --", ()),
            _S("TASS", ". /TASS/.", "", FULL_MONTHS, region="", dated=True),
            _S("ANI", "(ANI)", ":", FULL_MONTHS, capitals=False, region=" [{}]"),
            _S("EFE", "(EFE)", ".-", SHORT_MONTHS, capitals=False),
            _S("UPI", "(UPI)", " --", AP_MONTHS),
            _S("Bernama", "(Bernama)", " --", REUTERS_MONTHS),
            _S("Anadolu", "(AA)", " –", ()),
            _S("AAP", "AAP", " -", REUTERS_MONTHS, dated=True),
        )
    }
)
"""The dateline forms ``datelines()`` draws from, by agency."""

# -- vocabularies: invented people and places, real regions --------------------------------

PLACES: Final = (
    "NORTHAVEN",
    "PORT ELLIS",
    "RIVERTON",
    "GREEN FALLS",
    "SAN MIRELO",
    "LAKE ORVIN",
    "ST. ALDEN",
    "KARVETSK",
    "BELMORA",
    "TOLVIK",
    "NEW CARDEN",
    "PORT-AUX-LINS",
)
"""Invented places in real shapes (``ST.``, hyphens, several words)."""
REGIONS: Final = ("Ukraine", "South Korea", "N.C.", "Ga.", "Texas", "Japan", "Brazil", "Ore.")
"""Real regions and countries, in the forms datelines use."""
GIVEN_NAMES: Final = ("Ann", "Ola", "Tomas", "Mira", "Jae-won", "Priya", "Lucia", "Kenji", "Ewa")
FAMILY_NAMES: Final = (
    "Berg",
    "Dahl",
    "Reyes",
    "Okafor",
    "Park",
    "Sandoval",
    "da Silva",
    "O'Hare",
    "McAllister",
    "Collett-Brown",
)
"""Invented people, with particles, apostrophes, ``Mc`` and hyphens."""
REPORTING_PLACES: Final = ("Kyiv", "New York", "Northaven", "Rio de Janeiro", "Port Ellis")
"""Where people report from in a credit line."""
WORDS: Final = (
    "the council said on tuesday that prices rose while shares fell sharply in early "
    "trade, after officials announced new measures to curb lending and the mayor of the "
    "port city promised more funding for schools"
).split()
"""Words of the body: plain, so that no sentence reads as a credit, note or sign-off."""
HEADLINES: Final = (
    "Council approves new port budget",
    "Shares fall as lender curbs credit",
    "Mayor promises more school funding",
    "Prices rise for third month",
    "Ferry strike ends after talks",
)
"""Headlines, without slugs."""
SLUGS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"Reuters": ("UPDATE 2-", "EXCLUSIVE-", "RPT-"), "Yonhap": ("(LEAD) ",)}
)
"""Headline slugs by agency, as written before the title."""
BYLINE_SUFFIXES: Final = (", Harbour Newswires", ", The Northaven Gazette", " (NSE:NRTH)")
"""What pages add after a byline's names: an outlet, a ticker linked to the author."""
TRAILERS: Final = (
    # (boilerplate kind, a line after the story): the trailing shapes of issue 10
    ("signoff", "-Ola Berg"),
    ("signoff", "-By Mira Sato and Ola Berg, Harbour Newswires"),
    ("contact", "ola.berg@example.com; +1 503 555 0100"),
    ("contact", "((Northaven desk; +1 (503) 555-0100))"),
    ("related", "Related News"),
    ("page", "Noticias relacionadas"),
    ("source", "Sources: Northaven port authority"),
    ("keywords", "<NRTHc1> [NRTH=ECI]"),
    ("promo", "Sign up for our daily newsletter here."),
)
"""Lines that follow a story on feeds and pages, each with the kind it is read as."""
TOP_NOTES: Final = ("(Adds comment from mayor in paragraph 4)", "(Updates with closing prices)")
CURRENCY_NOTES: Final = ("($1 = 0.92 euros)", "($1 = 151.40 yen)")
DRAWN_ROLES: Final = (
    "reporting",
    "additional_reporting",
    "writing",
    "editing",
    "compiling",
    "research",
)
CLAUSE_HEADS: Final[Mapping[str, str]] = MappingProxyType(
    {role: RENDERED_HEADS[role] for role in DRAWN_ROLES}
)
"""Clause heads of a parenthesised credit line, by role: the rendered heads of the roles
drawn (a single source for both)."""
