"""The vocabularies of the model: credit roles, note kinds and boilerplate kinds.

Each table maps a snake_case name to a one-line description; the descriptions are the
documentation of the kinds (``docs/kinds.rst`` is generated from nothing else). To add
a kind, add one row here and one rule that produces it.

>>> "editing" in CREDIT_ROLES
True
>>> NOTE_KINDS["currency"]
'an exchange-rate note such as ($1 = 0.92 euros)'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

CREDIT_ROLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "reporting": "Reporting by A; A reported from X; To contact the reporter: A",
        "additional_reporting": "Additional reporting by A",
        "writing": "Writing by A",
        "editing": "Editing by A; (Web editor: A); To contact the editors: A",
        "compiling": "Compiled by A",
        "contributing": "A contributed to this report (AP); Contributing to this report were A",
        "assistance": "With assistance from A (Bloomberg)",
        "research": "Research by A",
        "graphics": "Graphics by A",
        "photography": "Photos by A",
        "translation": "Translated by A",
    }
)
"""Credit roles, as in ``Credit.role``."""

NOTE_KINDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "top": "an editorial top note such as (Adds Kremlin comment in paragraph 4)",
        "currency": "an exchange-rate note such as ($1 = 0.92 euros)",
        "correction": "a correction or refile notice such as This story has been corrected to ...",
        "editors": "a note to editors such as AP's Eds: or Yonhap's (ATTN: ...)",
        "disclaimer": "an author disclaimer such as The author is a Reuters Breakingviews columnist",
    }
)
"""Kinds of ``Note``: text from the desk about the story, not part of it."""

BOILERPLATE_KINDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "unknown": "text that fits no other element; kept so that nothing is lost",
        "signoff": "an agency sign-off or desk code: Enditem, (END), ==Kyodo, Reuter, ab/de",
        "copyright": "a copyright or licence line",
        "standards": "an agency's standards or about-us line: Our Standards: The Thomson Reuters "
        "Trust Principles., AP is solely responsible for all content.",
        "promo": "a promotion or sign-up call: Sign up here., Subscribe ...",
        "comments": "a comment widget: Comments, Leave a Reply, View comments (299)",
        "related": "links to other stories: Read more, Read Next, READ:, Suggested Topics",
        "caption": "a photo or video caption or credit: REUTERS/Alvin Baez, FILE PHOTO: ...",
        "timestamp": "a publication time: Published Mar 21, 2024 12:38PM ET",
        "page": "page furniture: share buttons, Advertisement, 1 Min Read, licensing links, "
        'markup residue (text_section_type="notes">...)',
        "header": "a dataset header line: -- http://... or -- Mon Mar 1, 2010 3:46pm EST",
        "deck": "a standfirst or summary line between the headline and the story",
        "keywords": "keyword and topic lines: Keywords: CANADA CENBANK/",
        "story_ref": "a story reference such as [ID:nL5N0OV09R]",
        "source": "a source line such as Source: Xinhua or a link to the agency",
        "separator": "a separator line with no words: ___, * * *",
        "truncation": "a feed truncation marker such as ... [+2764 chars]",
        "contact": "contact details that name no role: ((Washington newsroom, ...)), Follow A at ...",
        "syndication": "a republisher's note: (This story has not been edited by ... syndicated feed.)",
    }
)
"""Kinds of ``Boilerplate``: page and feed material around the story."""
