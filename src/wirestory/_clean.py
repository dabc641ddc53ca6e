"""Clean values of a parsed story: normalized text, display names, resolved places.

The raw elements are untouched; this builds a JSON-compatible dictionary beside them
(``Story.to_dict(clean=True)`` adds it under ``"clean"``).

>>> from wirestory import parse
>>> values = story_clean_values(parse("KYIV/MOSCOW (Reuters) - Talks  resumed."))
>>> [p["name"] for p in values["dateline"]["places"]], values["paragraphs"]
(['Kyiv', 'Moscow'], ['Talks resumed.'])
"""

from __future__ import annotations

from typing import Any

from ._gazetteer import resolve_place
from ._model import Contributor, Dateline, Story
from .normalize import normalize_name, normalize_place, normalize_text


def clean_paragraph(text: str) -> str:
    """One paragraph's text normalized (``normalize_text`` defaults) on one line.

    >>> clean_paragraph("It\\u2019s\\r\\nwrapped &amp; short.")
    "It's wrapped & short."
    """
    return " ".join(normalize_text(text).split())


def _person(person: Contributor) -> dict[str, Any]:
    return {
        "name": normalize_name(person.name),
        "location": normalize_place(person.location) if person.location else None,
    }


def _dateline(dateline: Dateline) -> dict[str, Any]:
    places = []
    for raw in dateline.locations:
        geo = resolve_place(raw, dateline.region)
        places.append(
            {
                "raw": raw,
                "name": normalize_place(raw),
                "country_code": geo.country_code if geo else None,
                "geonames_id": geo.geonames_id if geo else None,
            }
        )
    return {
        "places": places,
        "region": normalize_place(dateline.region) if dateline.region else None,
    }


def story_clean_values(story: Story) -> dict[str, Any]:
    """The clean values of ``story``: see ``wirestory.normalize.clean_values``."""
    paragraphs = [clean_paragraph(p.text) for p in story.paragraphs]
    return {
        "headline": clean_paragraph(story.headline.title) if story.headline else None,
        "paragraphs": paragraphs,
        "body": "\n\n".join(paragraphs),
        "byline": [_person(p) for p in story.byline.contributors] if story.byline else [],
        "credits": [
            {"role": credit.role, "people": [_person(p) for p in credit.contributors]}
            for credit in story.credits
        ],
        "dateline": _dateline(story.dateline) if story.dateline else None,
    }
