"""A story as JSON-compatible data and back: ``Story.to_dict`` / ``Story.from_dict``.

Dumping writes spans as ``[start, end]`` and dates as ISO strings. Loading is strict:
``FIELD_TYPES`` says the type of every field of every class (the JSON Schema of
``wirestory.interchange`` is made from the same table), and every bad value is named by
its path (``paragraphs[3].span``).

>>> from wirestory import parse
>>> story = parse("LONDON (Reuters) - Prices rose.")
>>> load_story(dump_story(story)) == story
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, NoReturn, TypeVar

import attrs

from ._errors import ModelError
from ._model import (
    Boilerplate,
    Byline,
    Contributor,
    Credit,
    Dateline,
    Evidence,
    Headline,
    Note,
    Paragraph,
    Span,
    Story,
    _Element,
)
from ._vocab import BOILERPLATE_KINDS, CREDIT_ROLES, NOTE_KINDS

_T = TypeVar("_T")


def dump_story(story: Story) -> dict[str, Any]:
    """``story`` as JSON-compatible data, the input under ``"text"``."""
    return {"text": story.source, **{k: _dump(v) for k, v in _fields(story) if k != "source"}}


def load_story(data: Mapping[str, Any]) -> Story:
    """The story ``data`` describes, checked strictly (see ``Story.from_dict``)."""
    story = _load_object(Story, data, "")
    for path, element in _spanned(story):
        _check_slice(story.source, element, path)
    return story


# -- dumping: spans as [start, end], dates as ISO strings ----------------------------


def _fields(obj: Any) -> Iterator[tuple[str, Any]]:
    for field in attrs.fields(type(obj)):
        yield field.name, getattr(obj, field.name)


def _dump(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if attrs.has(type(value)):
        return {k: _dump(v) for k, v in _fields(value)}
    return value


# -- loading: strict, every bad value named by its path ------------------------------

FIELD_TYPES: Final[Mapping[type, Mapping[str, str]]] = MappingProxyType(
    {
        Contributor: {"name": "name", "location": "str?", "email": "str?", "display_name": "str"},
        Headline: {"text": "str", "span": "span", "slug": "str?", "title": "str"},
        Byline: {"text": "str", "span": "span", "contributors": "Contributor*", "agency": "str?"},
        Dateline: {
            "text": "str",
            "span": "span",
            "locations": "str*",
            "region": "str?",
            "date_text": "str?",
            "date": "date?",
            "year_inferred": "bool",
            "agency": "str?",
        },
        Paragraph: {"text": "str", "span": "span"},
        Credit: {
            "role": "credit_role",
            "text": "str",
            "span": "span",
            "contributors": "Contributor*",
        },
        Note: {"kind": "note_kind", "text": "str", "span": "span"},
        Boilerplate: {"kind": "boilerplate_kind", "text": "str", "span": "span"},
        Evidence: {"agency": "str", "element": "str", "text": "str", "span": "span"},
        Story: {
            "source": "str",
            "headline": "Headline?",
            "byline": "Byline?",
            "dateline": "Dateline?",
            "paragraphs": "Paragraph*",
            "credits": "Credit*",
            "notes": "Note*",
            "boilerplate": "Boilerplate*",
            "agency": "str?",
            "evidence": "Evidence*",
            "truncated": "bool",
        },
    }
)
"""The JSON type of every field of every class, the one table that ``Story.from_dict``
and the JSON Schema (``wirestory.interchange``) are both made from.

A type is ``str``, ``name`` (a non-empty string), ``bool``, ``span`` (``[start, end]``),
``date`` (``YYYY-MM-DD``), a vocabulary (``credit_role``, ``note_kind``,
``boilerplate_kind``) or a class name; ``?`` adds ``null``, ``*`` makes an array.
A field is required when its attrs field has no default.
"""

KEY_NAMES: Final[Mapping[str, str]] = MappingProxyType({"source": "text"})
"""Field names that ``to_dict`` writes under another key (``Story.source`` as ``"text"``)."""

VOCABULARIES: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {"credit_role": CREDIT_ROLES, "note_kind": NOTE_KINDS, "boilerplate_kind": BOILERPLATE_KINDS}
)
"""The vocabulary each vocabulary type of ``FIELD_TYPES`` takes its values from."""

CLASSES: Final[Mapping[str, type]] = MappingProxyType({c.__name__: c for c in FIELD_TYPES})
"""The classes of ``FIELD_TYPES`` by name."""

_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # YYYY-MM-DD, ASCII digits only


def required_keys(cls: type) -> list[str]:
    """The keys an object of ``cls`` must have: its fields without a default."""
    return [KEY_NAMES.get(f.name, f.name) for f in attrs.fields(cls) if f.default is attrs.NOTHING]


def _fail(path: str, msg: str) -> NoReturn:
    raise ModelError(msg, path=path)


def _json_type(value: object) -> str:
    for kind, name in ((bool, "a boolean"), (str, "a string"), (int, "a number")):
        if isinstance(value, kind):
            return name
    if isinstance(value, float):
        return "a number"
    if value is None:
        return "null"
    return "an array" if isinstance(value, (list, tuple)) else f"{type(value).__name__}"


def _clip(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 3] + "...")


def _load_str(value: Any, path: str) -> str:
    if not isinstance(value, str):
        _fail(path, f"expected a string, got {_json_type(value)}")
    return value


def _load_name(value: Any, path: str) -> str:
    if not _load_str(value, path):
        _fail(path, "expected a non-empty string")
    return str(value)


def _load_bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        _fail(path, f"expected true or false, got {_json_type(value)}")
    return value


def _load_int(value: Any, path: str) -> int:
    if isinstance(value, float) and value.is_integer():  # JSON Schema counts 3.0 as an integer
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        _fail(path, f"expected an integer >= 0, got {value!r}")
    return value


def _load_span(value: Any, path: str) -> Span:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        _fail(path, f"expected [start, end], got {_clip(repr(value))}")
    start, end = (_load_int(v, f"{path}[{i}]") for i, v in enumerate(value))
    if end < start:
        _fail(path, f"[{start}, {end}] ends before it starts")
    return Span(start, end)


def _load_date(value: Any, path: str) -> dt.date:
    if not _ISO_DATE.fullmatch(_load_str(value, path)):
        _fail(path, f"expected a date as YYYY-MM-DD, got {_clip(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(path, f"{value!r} is not a calendar date")


def _load_scalar(kind: str, value: Any, path: str) -> Any:
    if kind in VOCABULARIES:
        if _load_str(value, path) not in VOCABULARIES[kind]:
            _fail(path, f"unknown {kind.replace('_', ' ')} {_clip(value)}")
        return value
    return _SCALARS[kind](value, path)


_SCALARS: Final[Mapping[str, Callable[[Any, str], Any]]] = MappingProxyType(
    {
        "str": _load_str,
        "name": _load_name,
        "bool": _load_bool,
        "span": _load_span,
        "date": _load_date,
    }
)


def _load_value(kind: str, value: Any, path: str) -> Any:
    if kind.endswith("?"):
        return None if value is None else _load_value(kind[:-1], value, path)
    if kind.endswith("*"):
        if not isinstance(value, (list, tuple)):
            _fail(path, f"expected an array, got {_json_type(value)}")
        return tuple(_load_value(kind[:-1], v, f"{path}[{i}]") for i, v in enumerate(value))
    if kind in CLASSES:
        return _load_object(CLASSES[kind], value, path)
    return _load_scalar(kind, value, path)


def _load_object(cls: type[_T], data: Any, path: str) -> _T:
    if not isinstance(data, Mapping):
        _fail(path, f"expected an object, got {_json_type(data)}")
    types = {KEY_NAMES.get(name, name): (name, kind) for name, kind in FIELD_TYPES[cls].items()}
    if cls is Story and "clean" in data:  # derived values: checked as an object, not loaded
        if not isinstance(data["clean"], Mapping):
            _fail("clean", f"expected an object, got {_json_type(data['clean'])}")
        data = {k: v for k, v in data.items() if k != "clean"}
    for key in data:
        if key not in types:
            _fail(path, f"unknown key {key!r}; expected one of {sorted(types)}")
    for key in required_keys(cls):
        if key not in data:
            _fail(path, f"missing key {key!r}")
    values = {
        types[key][0]: _load_value(types[key][1], value, f"{path}.{key}" if path else key)
        for key, value in data.items()
    }
    try:
        return cls(**values)
    except (TypeError, ValueError) as err:  # a validator the table does not know of
        _fail(path, str(err))


def _spanned(story: Story) -> Iterator[tuple[str, _Element]]:
    for name in ("headline", "byline", "dateline"):
        element = getattr(story, name)
        if element is not None:
            yield name, element
    for name in ("paragraphs", "credits", "notes", "boilerplate", "evidence"):
        for i, element in enumerate(getattr(story, name)):
            yield f"{name}[{i}]", element


def _check_slice(source: str, element: _Element, path: str) -> None:
    start, end = element.span.start, element.span.end
    if end > len(source):
        _fail(f"{path}.span", f"[{start}, {end}] runs past the end of the text ({len(source)})")
    if source[start:end] != element.text:
        _fail(
            f"{path}.span",
            f"[{start}, {end}] slices to {_clip(source[start:end])}, not to the text "
            f"{_clip(element.text)}",
        )
