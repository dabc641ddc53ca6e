"""Interchange: JSON Schema, IPTC ninjs and NITF out and in, raw feed envelopes in.

>>> from wirestory import parse
>>> from wirestory.interchange import from_ninjs, to_ninjs
>>> story = parse("PARIS (AFP) - Prices rose.")
>>> to_ninjs(story)["located"]
'PARIS'
>>> from_ninjs(to_ninjs(story)).paragraphs[0].text
'Prices rose.'
"""

from typing import TYPE_CHECKING, Final

from .._errors import FormatError, ModelError
from .._lazy import lazy_names

if TYPE_CHECKING:
    from ._envelope import ENVELOPE_FORMATS, Envelope, parse_enveloped, read_envelope
    from ._feeds import iter_gigaword, parse_anpa, parse_gigaword
    from ._ninjs import from_ninjs, to_ninjs, to_ninjs_json
    from ._nitf import from_nitf, to_nitf
    from ._schema import STORY_SCHEMA_PATH, build_story_schema, load_story_schema

_LAZY: Final = {
    **dict.fromkeys(
        ("ENVELOPE_FORMATS", "Envelope", "parse_enveloped", "read_envelope"), "._envelope"
    ),
    **dict.fromkeys(("iter_gigaword", "parse_anpa", "parse_gigaword"), "._feeds"),
    **dict.fromkeys(("from_ninjs", "to_ninjs", "to_ninjs_json"), "._ninjs"),
    **dict.fromkeys(("from_nitf", "to_nitf"), "._nitf"),
    **dict.fromkeys(("STORY_SCHEMA_PATH", "build_story_schema", "load_story_schema"), "._schema"),
}
"""Public name -> the module that defines it, imported on first use: the parser reads
envelopes on every call (``._envelope``), and must not load the XML, JSON Schema and
ninjs modules with it."""


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

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
