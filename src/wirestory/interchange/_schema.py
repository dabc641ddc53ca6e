"""The JSON Schema of ``Story.to_dict()``, made from the model's own field table.

The schema ships as ``story.schema.json`` beside this module; ``build_story_schema()``
makes it again from ``wirestory._serial.FIELD_TYPES`` (a test checks the two agree, and
``python -m wirestory.interchange._schema`` rewrites the file after a model change).

>>> schema = load_story_schema()
>>> schema["required"], schema["additionalProperties"]
(['text'], False)
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Final

from .._model import Story
from .._serial import CLASSES, FIELD_TYPES, KEY_NAMES, VOCABULARIES, required_keys

STORY_SCHEMA_PATH: Final[Path] = Path(__file__).with_name("story.schema.json")
"""Where the JSON Schema of ``Story.to_dict()`` is installed (draft 2020-12)."""

SCHEMA_ID: Final = "https://wirestory.invalid/schemas/story.schema.json"
"""The ``$id`` of the schema (a name, not a download address)."""

_SCALAR_SCHEMAS: Final[dict[str, dict[str, Any]]] = {
    "str": {"type": "string"},
    "name": {"type": "string", "minLength": 1},
    "bool": {"type": "boolean"},
    "span": {"$ref": "#/$defs/Span"},
    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
}


def _type_schema(kind: str) -> dict[str, Any]:
    if kind.endswith("?"):
        return {"anyOf": [_type_schema(kind[:-1]), {"type": "null"}]}
    if kind.endswith("*"):
        return {"type": "array", "items": _type_schema(kind[:-1])}
    if kind in CLASSES:
        return {"$ref": f"#/$defs/{kind}"}
    if kind in VOCABULARIES:
        return {"enum": sorted(VOCABULARIES[kind])}
    return dict(_SCALAR_SCHEMAS[kind])


def _object_schema(cls: type) -> dict[str, Any]:
    properties = {
        KEY_NAMES.get(name, name): _type_schema(kind) for name, kind in FIELD_TYPES[cls].items()
    }
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": properties,
        "required": required_keys(cls),
        "additionalProperties": False,
    }


def build_story_schema() -> dict[str, Any]:
    """The JSON Schema of ``Story.to_dict()``, made from the model.

    >>> build_story_schema()["$defs"]["Span"]["minItems"]
    2
    """
    span = {
        "type": "array",
        "description": "A half-open range [start, end) of character offsets into text.",
        "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
        "minItems": 2,
        "maxItems": 2,
    }
    defs = {name: _object_schema(cls) for name, cls in CLASSES.items() if cls is not Story}
    story = _object_schema(Story)
    story["properties"]["clean"] = {  # derived: Story.from_dict ignores it
        "type": "object",
        "description": "Clean values added by to_dict(clean=True); ignored by from_dict.",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "wirestory Story.to_dict()",
        **story,
        "$defs": {"Span": span, **defs},
    }


@cache
def _schema_text() -> str:
    return STORY_SCHEMA_PATH.read_text(encoding="utf-8")


def load_story_schema() -> dict[str, Any]:
    """The installed JSON Schema of ``Story.to_dict()``, as a fresh dict.

    >>> load_story_schema()["$id"]
    'https://wirestory.invalid/schemas/story.schema.json'
    """
    loaded: dict[str, Any] = json.loads(_schema_text())
    return loaded


def dump_story_schema() -> str:
    """The schema as the JSON text that ``story.schema.json`` holds.

    >>> dump_story_schema().startswith("{")
    True
    """
    return json.dumps(build_story_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    STORY_SCHEMA_PATH.write_text(dump_story_schema(), encoding="utf-8")
