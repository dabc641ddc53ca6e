"""IPTC ninjs (news in JSON) 3.1 and 2.2: ``to_ninjs``, ``to_ninjs_json``, ``from_ninjs``.

ninjs has no property for a dateline or for credit roles, and its top level admits no
extension properties. wirestory carries both in ``descriptions``, which ninjs defines
as metadata: the dateline as written under the role ``dateline`` (``text/plain``), the
credits under the role ``wirestory:credits`` as a JSON array of
``{"role", "text", "contributors": [{"name", "location"}]}`` (``application/json``).

>>> from wirestory import parse
>>> ninjs = to_ninjs(parse("KYIV/MOSCOW (Reuters) - Talks began.\\n(Reporting by Jo Li)"))
>>> ninjs["located"], ninjs["bodies"][0]["value"], ninjs["infoSources"]
('KYIV/MOSCOW', 'Talks began.', [{'name': 'Reuters', 'role': 'originator'}])
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any, Final

from .._errors import FormatError
from .._model import Contributor, Story
from .._vocab import CREDIT_ROLES
from ._assemble import CreditRow, StoryParts, non_blank

NINJS_VERSIONS: Final = ("3.1", "2.2")
"""The ninjs versions ``to_ninjs`` writes."""

CREDITS_ROLE: Final = "wirestory:credits"
"""The ``descriptions`` role that carries the credits (JSON text)."""

DATELINE_ROLE: Final = "dateline"
"""The ``descriptions`` role that carries the dateline as written."""

_SCHEMA_URLS: Final = {
    "3.1": "https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
    "2.2": "https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
}

# Property names that changed case between the versions: concept -> name per version.
_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "content_type": {"3.1": "contentType", "2.2": "contenttype"},
    "char_count": {"3.1": "charCount", "2.2": "charcount"},
    "word_count": {"3.1": "wordCount", "2.2": "wordcount"},
    "info_sources": {"3.1": "infoSources", "2.2": "infosources"},
    "ed_note": {"3.1": "edNote", "2.2": "ednote"},
    "content_created": {"3.1": "contentCreated", "2.2": "contentcreated"},
}


def story_uri(story: Story) -> str:
    """A stable URN for the story, made from its text (ninjs requires a ``uri``).

    >>> story_uri(Story("Hi.")).startswith("urn:wirestory:story:")
    True
    """
    digest = hashlib.sha256(story.source.encode("utf-8", "surrogatepass")).hexdigest()
    return f"urn:wirestory:story:{digest[:32]}"


def located(story: Story) -> str | None:
    """The dateline's places as one ninjs ``located`` string, or ``None``.

    >>> from wirestory import parse
    >>> located(parse("BUENOS AIRES, Argentina (AP) _ Hi."))
    'BUENOS AIRES, Argentina'
    """
    d = story.dateline
    if d is None or not d.locations:
        return None
    return "/".join(d.locations) + (f", {d.region}" if d.region else "")


def to_ninjs(story: Story, *, version: str = "3.1") -> dict[str, Any]:
    """The story as an IPTC ninjs object (3.1 or 2.2), valid against the IPTC schema.

    The body is the paragraphs only (no dateline, credits, notes or boilerplate), as
    one ``text/plain`` body with paragraphs separated by blank lines.

    >>> from wirestory import parse
    >>> data = to_ninjs(parse("PARIS (AFP) - Hi."), version="2.2")
    >>> data["standard"]["version"], data["infosources"][0]["name"]
    ('2.2', 'AFP')
    """
    if version not in NINJS_VERSIONS:
        raise ValueError(f"Unknown ninjs version {version!r}; expected one of {NINJS_VERSIONS}")
    names = {concept: by_version[version] for concept, by_version in _NAMES.items()}
    text_plain = {names["content_type"]: "text/plain"}
    data: dict[str, Any] = {
        "uri": story_uri(story),
        "type": "text",
        "standard": {"name": "ninjs", "version": version, "schema": _SCHEMA_URLS[version]},
    }
    if story.headline is not None:
        data["headlines"] = [{"role": "main", **text_plain, "value": story.headline.text}]
    if story.byline is not None:
        data["by"] = story.byline.text
        people = [{"name": c.name, "rel": "author"} for c in story.byline.contributors]
        if people:
            data["people"] = people
    if story.dateline is not None:
        if (place := located(story)) is not None:
            data["located"] = place
            data["places"] = [{"name": n, "rel": "dateline"} for n in story.dateline.locations]
        if story.dateline.date is not None:
            data[names["content_created"]] = f"{story.dateline.date.isoformat()}T00:00:00Z"
    if story.agency is not None:
        data[names["info_sources"]] = [{"name": story.agency, "role": "originator"}]
    if story.notes:
        data[names["ed_note"]] = "\n".join(n.text for n in story.notes)
    if story.paragraphs:
        body = story.body
        data["bodies"] = [
            {
                "role": "main",
                **text_plain,
                names["char_count"]: len(body),
                names["word_count"]: len(body.split()),
                "value": body,
            }
        ]
    descriptions = []
    if story.dateline is not None:
        descriptions.append({"role": DATELINE_ROLE, **text_plain, "value": story.dateline.text})
    if story.credits:
        rows = [
            {
                "role": c.role,
                "text": c.text,
                "contributors": [{"name": p.name, "location": p.location} for p in c.contributors],
            }
            for c in story.credits
        ]
        value = json.dumps(rows, ensure_ascii=False)
        descriptions.append(
            {"role": CREDITS_ROLE, names["content_type"]: "application/json", "value": value}
        )
    if descriptions:
        data["descriptions"] = descriptions
    return data


def to_ninjs_json(story: Story, *, version: str = "3.1", indent: int | None = 2) -> str:
    """``to_ninjs`` as JSON text (UTF-8 characters kept), for files and the command line.

    >>> from wirestory import parse
    >>> json.loads(to_ninjs_json(parse("Hi.")))["bodies"][0]["value"]
    'Hi.'
    """
    return json.dumps(to_ninjs(story, version=version), indent=indent, ensure_ascii=False)


def _get(data: Mapping[str, Any], concept: str) -> Any:
    names = _NAMES[concept]
    return data.get(names["3.1"], data.get(names["2.2"]))


def _text_value(item: Any, where: str) -> str:
    if not isinstance(item, Mapping) or not isinstance(item.get("value"), str):
        raise FormatError(f"ninjs {where} item without a string 'value'")
    value: str = item["value"]
    return value


def _items(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise FormatError(f"ninjs {key!r} is not an array")
    return value


def _credit_rows(text: str) -> tuple[CreditRow, ...]:
    try:
        rows = json.loads(text)
    except ValueError:
        raise FormatError(f"ninjs {CREDITS_ROLE} description is not JSON") from None
    if not isinstance(rows, list):
        raise FormatError(f"ninjs {CREDITS_ROLE} description is not a JSON array")
    out = []
    for row in rows:
        if not (
            isinstance(row, Mapping)
            and row.get("role") in CREDIT_ROLES
            and isinstance(row.get("text"), str)
            and isinstance(row.get("contributors", []), list)
        ):
            raise FormatError(f"ninjs {CREDITS_ROLE} entry without a known role and a text")
        people = []
        for person in row.get("contributors", []):
            name = person.get("name") if isinstance(person, Mapping) else None
            location = person.get("location") if isinstance(person, Mapping) else None
            if not isinstance(name, str) or not name or not isinstance(location, (str, type(None))):
                raise FormatError(f"ninjs {CREDITS_ROLE} contributor without a name")
            people.append(Contributor(name, location=location))
        out.append(CreditRow(row["role"], row["text"], tuple(people)))
    return tuple(out)


def _date(value: Any) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def from_ninjs(data: Mapping[str, Any] | str | bytes) -> Story:
    """Read a ninjs object (3.x or 2.x names; a dict or JSON text) back into a story.

    The story's text is written from the ninjs parts (headline, byline, dateline,
    paragraphs, credit clauses, editorial notes), each element's span pointing into it.

    Raises:
        FormatError: ``data`` is not a ninjs object (not JSON, not an object, or a
            property of the wrong type).

    >>> story = from_ninjs('{"uri": "urn:x", "bodies": [{"value": "One.\\\\n\\\\nTwo."}]}')
    >>> [p.text for p in story.paragraphs]
    ['One.', 'Two.']
    """
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except (ValueError, RecursionError):
            raise FormatError("ninjs input is not JSON") from None
    if not isinstance(data, Mapping):
        raise FormatError("ninjs input is not a JSON object")
    headlines = [_text_value(h, "headlines") for h in _items(data, "headlines")]
    bodies = [b for b in _items(data, "bodies") if isinstance(b, Mapping)]
    plain = [b for b in bodies if _get(b, "content_type") in (None, "text/plain")]
    paragraphs = [p for b in plain for p in _text_value(b, "bodies").split("\n\n")]
    dateline = credits = None
    for item in _items(data, "descriptions"):
        role = item.get("role") if isinstance(item, Mapping) else None
        if role == DATELINE_ROLE:
            dateline = _text_value(item, "descriptions")
        elif role == CREDITS_ROLE:
            credits = _credit_rows(_text_value(item, "descriptions"))
    people = [p for p in _items(data, "people") if isinstance(p, Mapping)]
    sources = _get(data, "info_sources")
    sources = sources if isinstance(sources, list) else []
    agency = next((s.get("name") for s in sources if isinstance(s, Mapping)), None)
    by, note = data.get("by", data.get("byline")), _get(data, "ed_note")
    for name, value in (("by", by), ("edNote", note), ("infoSources name", agency)):
        if value is not None and not isinstance(value, str):
            raise FormatError(f"ninjs {name!r} is not a string")
    dateline_places = tuple(
        p["name"]
        for p in _items(data, "places")
        if isinstance(p, Mapping) and p.get("rel") == "dateline" and isinstance(p.get("name"), str)
    )
    return StoryParts(
        headline=headlines[0] if headlines else None,
        byline=by,
        byline_people=tuple(
            p["name"] for p in people if p.get("rel") == "author" and isinstance(p.get("name"), str)
        ),
        dateline=dateline,
        locations=dateline_places or None,
        date=_date(_get(data, "content_created")),
        paragraphs=non_blank(paragraphs),
        credits=credits or (),
        notes=non_blank((note or "").split("\n")),
        agency=agency,
    ).assemble()
