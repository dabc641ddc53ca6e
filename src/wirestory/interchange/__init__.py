"""Interchange: JSON Schema, IPTC ninjs and NITF out and in, raw feed envelopes in.

>>> from wirestory import parse
>>> from wirestory.interchange import from_ninjs, to_ninjs
>>> story = parse("PARIS (AFP) - Prices rose.")
>>> to_ninjs(story)["located"]
'PARIS'
>>> from_ninjs(to_ninjs(story)).paragraphs[0].text
'Prices rose.'
"""

from .._errors import FormatError, ModelError
from ._ninjs import from_ninjs, to_ninjs, to_ninjs_json
from ._nitf import from_nitf, to_nitf
from ._schema import STORY_SCHEMA_PATH, build_story_schema, load_story_schema

__all__ = [
    "STORY_SCHEMA_PATH",
    "FormatError",
    "ModelError",
    "build_story_schema",
    "from_ninjs",
    "from_nitf",
    "load_story_schema",
    "to_ninjs",
    "to_ninjs_json",
    "to_nitf",
]
