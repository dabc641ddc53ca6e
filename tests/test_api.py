"""The public surface: names, argument checks and the error family."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from typing import Any

import pytest

import wirestory
from wirestory import ParseError, Span, WirestoryError, parse


def test_public_names_are_pinned() -> None:
    """Adding or removing a public name is a deliberate, reviewed change."""
    assert sorted(wirestory.__all__) == sorted(
        [
            "BOILERPLATE_KINDS",
            "CREDIT_ROLES",
            "DEFAULT_REGISTRY",
            "NOTE_KINDS",
            "Agency",
            "AgencyRegistry",
            "Boilerplate",
            "Byline",
            "Contributor",
            "Credit",
            "Dateline",
            "Evidence",
            "Headline",
            "Normalized",
            "Note",
            "Paragraph",
            "FormatError",
            "ModelError",
            "ParseError",
            "Record",
            "Span",
            "Story",
            "WirestoryError",
            "__version__",
            "normalize_text",
            "parse",
            "parse_byline",
            "parse_credits",
            "parse_dateline",
            "render",
            "parse_many",
        ]
    )
    for name in wirestory.__all__:
        assert hasattr(wirestory, name)


@pytest.mark.parametrize("bad", [b"LONDON (Reuters) - Hi.", None, 42])
def test_parse_rejects_non_text(bad: object) -> None:
    """A non-str input is a TypeError that names the type."""
    with pytest.raises(TypeError, match=type(bad).__name__):
        parse(bad)  # type: ignore[arg-type]


def test_reference_date_must_be_a_date() -> None:
    """A reference date given as a string is refused, not guessed."""
    with pytest.raises(TypeError, match=r"reference_date must be a datetime\.date, not str"):
        parse("Hi.", reference_date="2024-01-01")  # type: ignore[arg-type]


def test_reference_datetime_is_accepted() -> None:
    """A datetime counts as its date."""
    story = parse("LONDON, Jan 2 (Reuters) - Hi.", reference_date=dt.datetime(2024, 1, 3, 9))
    assert story.dateline is not None
    assert story.dateline.date == dt.date(2024, 1, 2)


def test_strict_reports_every_problem_at_once() -> None:
    """Strict mode names both missing parts, with the position of the first."""
    with pytest.raises(ParseError) as info:
        parse("Comments", strict=True)
    err = info.value
    assert str(err) == (
        "Expected a dateline such as 'LONDON (Reuters) -'; Expected at least one body paragraph"
        " (at line 1, column 1)"
    )
    assert [msg for msg, _ in err.problems] == [
        "Expected a dateline such as 'LONDON (Reuters) -'",
        "Expected at least one body paragraph",
    ]
    assert (err.lineno, err.colno) == (1, 1)
    assert isinstance(err, ValueError)
    assert isinstance(err, WirestoryError)


def test_strict_missing_dateline_position() -> None:
    """The missing dateline is reported where the story's first element starts."""
    with pytest.raises(ParseError) as info:
        parse("Headline here\n\n  The body text goes on.", strict=True)
    assert info.value.problems == (
        ("Expected a dateline such as 'LONDON (Reuters) -'", Span(0, 0)),
    )


def test_strict_accepts_a_complete_story() -> None:
    """A story with a dateline and a body passes strict mode."""
    assert parse("PARIS (AFP) - Hi.", strict=True).paragraphs[0].text == "Hi."


def test_parse_error_pickles() -> None:
    """Errors survive pickling with their positions (multiprocessing pools need it)."""
    err = ParseError("No body", span=Span(4, 6), source="ab\ncdefg")
    back = pickle.loads(pickle.dumps(err))
    assert (str(back), back.span, back.lineno, back.colno) == (str(err), Span(4, 6), 2, 2)


def test_span_validates() -> None:
    """A span cannot be negative or reversed."""
    with pytest.raises(ValueError, match="start must be >= 0"):
        Span(-1, 2)
    with pytest.raises(ValueError, match="Span end must be >= start"):
        Span(3, 2)


def test_unknown_kinds_are_refused() -> None:
    """Kinds and roles come from the documented tables only."""
    with pytest.raises(ValueError, match="Unknown credit role 'typing'"):
        wirestory.Credit("typing", "x", Span(0, 1))
    with pytest.raises(ValueError, match="Unknown boilerplate kind 'junk'"):
        wirestory.Boilerplate("junk", "x", Span(0, 1))


def test_registry_is_extended_by_a_new_object() -> None:
    """A custom agency is taught through a new registry; the default is untouched."""
    mine = wirestory.DEFAULT_REGISTRY.extend(wirestory.Agency("Wire One", aliases=("W1",)))
    story = parse("OSLO (W1) - Hi.", agencies=mine)
    assert story.agency == "Wire One"
    assert wirestory.DEFAULT_REGISTRY.lookup("W1") is None


ELEMENT_PARSERS = [
    pytest.param(wirestory.parse_dateline, "the dateline", "LONDON (Reuters) -", id="dateline"),
    pytest.param(wirestory.parse_byline, "the byline", "By Jane Doe", id="byline"),
    pytest.param(wirestory.parse_credits, "the credit line", "(Editing by Jo Li)", id="credits"),
]


@pytest.mark.parametrize(("function", "what", "text"), ELEMENT_PARSERS)
def test_element_parsers_refuse_bytes_with_a_hint(function: Any, what: str, text: str) -> None:
    """Bytes get a TypeError that says what to pass: decode first."""
    name = function.__name__
    message = f"{name}() expects {what} as str, not bytes (decode it first)"
    with pytest.raises(TypeError, match=re.escape(message)):
        function(text.encode())


@pytest.mark.parametrize(("function", "what", "text"), ELEMENT_PARSERS)
@pytest.mark.parametrize("bad", [None, 42, ["LONDON"]])
def test_element_parsers_refuse_non_text(function: Any, what: str, text: str, bad: object) -> None:
    """Anything but str is a TypeError naming the type it got."""
    with pytest.raises(TypeError, match=f"not {type(bad).__name__}$"):
        function(bad)


@pytest.mark.parametrize(("function", "what", "text"), ELEMENT_PARSERS)
def test_element_parsers_take_options_by_keyword_only(function: Any, what: str, text: str) -> None:
    """The element's text is the only positional argument; spans point into it."""
    found = function(text, agencies=wirestory.DEFAULT_REGISTRY)
    first = found[0] if isinstance(found, tuple) else found
    assert first.span.slice(text) == first.text
    with pytest.raises(TypeError):
        function(text, 0, len(text))


def test_element_parsers_return_offsets_into_their_text() -> None:
    """Offsets are relative to the string given, not to a story."""
    d = wirestory.parse_dateline("  SEOUL, Nov. 24 (Yonhap) -- North Korea fired.")
    assert d is not None and (d.span.start, d.text) == (2, "SEOUL, Nov. 24 (Yonhap) --")
    (c,) = wirestory.parse_credits("(Editing by Jo Li)")
    assert (c.span.start, c.span.end) == (0, 18)
