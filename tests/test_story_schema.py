"""The JSON Schema of Story.to_dict() and the strict Story.from_dict agree (issues 14 and 9)."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from interchange_support import SAMPLE, corpus_stories
from wirestory import BOILERPLATE_KINDS, CREDIT_ROLES, NOTE_KINDS, Story, WirestoryError
from wirestory.interchange import (
    STORY_SCHEMA_PATH,
    ModelError,
    build_story_schema,
    load_story_schema,
)

VALIDATOR = jsonschema.Draft202012Validator(load_story_schema())


def test_shipped_schema_is_made_from_the_model() -> None:
    """story.schema.json is what build_story_schema() makes (rerun the module after a change)."""
    assert json.loads(STORY_SCHEMA_PATH.read_text(encoding="utf-8")) == build_story_schema()
    jsonschema.Draft202012Validator.check_schema(load_story_schema())


def test_schema_vocabularies_are_the_model_tables() -> None:
    """The enums of the schema are the kinds of wirestory's vocabularies."""
    defs = load_story_schema()["$defs"]
    assert defs["Credit"]["properties"]["role"]["enum"] == sorted(CREDIT_ROLES)
    assert defs["Note"]["properties"]["kind"]["enum"] == sorted(NOTE_KINDS)
    assert defs["Boilerplate"]["properties"]["kind"]["enum"] == sorted(BOILERPLATE_KINDS)


def test_sample_validates_and_round_trips() -> None:
    """A story with every element validates and loads back equal, through JSON."""
    data = json.loads(json.dumps(SAMPLE.to_dict()))
    VALIDATOR.validate(data)
    assert Story.from_dict(data) == SAMPLE


def test_every_corpus_story_validates_and_round_trips() -> None:
    """Every dev corpus story's to_dict() is valid and loads back equal."""
    count = 0
    for story_id, story in corpus_stories():
        data = json.loads(json.dumps(story.to_dict()))
        errors = [e.message for e in VALIDATOR.iter_errors(data)]
        assert not errors, (story_id, errors[:3])
        assert Story.from_dict(data) == story, story_id
        count += 1
    assert count > 0


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


# (id, edit, message); the schema rejects each of these too.
REJECTED = [
    ("unknown-top-key", _set(("colour",), "red"), "unknown key 'colour'; expected one of"),
    (
        "unknown-nested-key",
        _set(("paragraphs", 1, "style"), "x"),
        "paragraphs[1]: unknown key 'style'",
    ),
    ("missing-text", _delete(("text",)), "missing key 'text'"),
    ("missing-span", _delete(("paragraphs", 0, "span")), "paragraphs[0]: missing key 'span'"),
    ("text-not-string", _set(("text",), 3), "text: expected a string, got a number"),
    (
        "span-one-number",
        _set(("paragraphs", 0, "span"), [1]),
        "paragraphs[0].span: expected [start, end]",
    ),
    (
        "span-negative",
        _set(("byline", "span"), [-1, 3]),
        "byline.span[0]: expected an integer >= 0, got -1",
    ),
    (
        "span-bool",
        _set(("byline", "span"), [True, 3]),
        "byline.span[0]: expected an integer >= 0, got True",
    ),
    (
        "bad-role",
        _set(("credits", 0, "role"), "typing"),
        "credits[0].role: unknown credit role 'typing'",
    ),
    (
        "bad-note-kind",
        _set(("notes", 0, "kind"), "memo"),
        "notes[0].kind: unknown note kind 'memo'",
    ),
    (
        "bad-boilerplate-kind",
        _set(("boilerplate", 0, "kind"), "ad"),
        "boilerplate[0].kind: unknown boilerplate kind 'ad'",
    ),
    (
        "empty-name",
        _set(("byline", "contributors", 0, "name"), ""),
        "byline.contributors[0].name: expected a non-empty string",
    ),
    (
        "locations-not-array",
        _set(("dateline", "locations"), "LONDON"),
        "dateline.locations: expected an array, got a string",
    ),
    (
        "date-format",
        _set(("dateline", "date"), "2 April 2025"),
        "dateline.date: expected a date as YYYY-MM-DD",
    ),
    (
        "truncated-not-bool",
        _set(("truncated",), 0),
        "truncated: expected true or false, got a number",
    ),
    ("paragraphs-not-array", _set(("paragraphs",), {}), "paragraphs: expected an array"),
    (
        "headline-not-object",
        _set(("headline",), "Oil"),
        "headline: expected an object, got a string",
    ),
]


@pytest.mark.parametrize(
    ("edit", "message"), [r[1:] for r in REJECTED], ids=[r[0] for r in REJECTED]
)
def test_from_dict_and_schema_reject_alike(
    edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    """A bad value is refused by both, and the error names its path."""
    data = copy.deepcopy(SAMPLE.to_dict())
    edit(data)
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(ModelError) as info:
        Story.from_dict(data)
    assert str(info.value).startswith(message)


# (id, edit, message): valid for the schema, refused by the checks a schema cannot state.
SEMANTIC = [
    (
        "span-slices-elsewhere",
        _set(("paragraphs", 1, "span"), [0, 5]),
        "paragraphs[1].span: [0, 5] slices to 'Oil r', not to the text 'Traders cheered.'",
    ),
    (
        "span-past-end",
        _set(("boilerplate", 0, "span"), [9000, 9008]),
        "boilerplate[0].span: [9000, 9008] runs past the end of the text",
    ),
    (
        "span-reversed",
        _set(("paragraphs", 0, "span"), [9, 3]),
        "paragraphs[0].span: [9, 3] ends before it starts",
    ),
    (
        "not-a-calendar-date",
        _set(("dateline", "date"), "2025-02-30"),
        "dateline.date: '2025-02-30' is not a calendar date",
    ),
]


@pytest.mark.parametrize(
    ("edit", "message"), [r[1:] for r in SEMANTIC], ids=[r[0] for r in SEMANTIC]
)
def test_from_dict_checks_what_a_schema_cannot(
    edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    """Spans must slice to their text inside the source; dates must exist."""
    data = copy.deepcopy(SAMPLE.to_dict())
    edit(data)
    assert VALIDATOR.is_valid(data)
    with pytest.raises(ModelError) as info:
        Story.from_dict(data)
    assert str(info.value).startswith(message)


def test_model_error_is_a_value_error_that_pickles() -> None:
    """ModelError is in the one error family, a ValueError, and keeps its path through pickle."""
    with pytest.raises(ModelError) as info:
        Story.from_dict({"text": "x", "notes": [{"kind": "top", "text": "y", "span": [0, 1]}]})
    err = info.value
    assert isinstance(err, ValueError) and isinstance(err, WirestoryError)
    assert err.path == "notes[0].span"
    again = pickle.loads(pickle.dumps(err))
    assert (str(again), again.path) == (str(err), err.path)


def test_minimal_document_takes_defaults() -> None:
    """Only "text" is required; everything else has its default."""
    assert Story.from_dict({"text": "abc"}) == Story("abc")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 50) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, (*prefix, i))


SAMPLE_PATHS = [p for p in _paths(SAMPLE.to_dict()) if p]


@given(path=st.sampled_from(SAMPLE_PATHS), value=JSON_VALUES, drop=st.booleans())
def test_from_dict_accepts_exactly_what_the_schema_accepts(
    path: tuple[Any, ...], value: Any, drop: bool
) -> None:
    """Mutate one value of a valid document: schema and loader agree on it.

    Whatever the loader accepts the schema accepts; whatever the schema refuses the
    loader refuses; the loader refuses more only for spans and calendar dates.
    """
    data = copy.deepcopy(SAMPLE.to_dict())
    (_delete(path) if drop else _set(path, value))(data)
    schema_ok = VALIDATOR.is_valid(data)
    error: ModelError | None = None
    try:
        Story.from_dict(data)
    except ModelError as err:
        error = err
    if error is None:
        assert schema_ok
    else:
        assert not schema_ok or ".span" in error.path or error.path.endswith(".date"), str(error)
