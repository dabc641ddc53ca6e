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
from ._envelope import ENVELOPE_FORMATS, Envelope, parse_enveloped, read_envelope
from ._feeds import iter_gigaword, parse_anpa, parse_gigaword
from ._ninjs import from_ninjs, to_ninjs, to_ninjs_json
from ._nitf import from_nitf, to_nitf
from ._schema import STORY_SCHEMA_PATH, build_story_schema, load_story_schema

__all__ = [
    "ENVELOPE_FORMATS",
    "STORY_SCHEMA_PATH",
    "Envelope",
    "FormatError",
    "ModelError",
    "build_story_schema",
    "from_ninjs",
    "from_nitf",
    "iter_gigaword",
    "load_story_schema",
    "parse_anpa",
    "parse_enveloped",
    "parse_gigaword",
    "read_envelope",
    "to_ninjs",
    "to_ninjs_json",
    "to_nitf",
]
