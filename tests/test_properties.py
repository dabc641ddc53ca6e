"""Hypothesis properties: parse is total and lossless on any text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from wirestory import Story, parse

# Wire-ish alphabet: letters, digits, punctuation the rules look at, every dash and
# space, line breaks of every kind, control characters and lone surrogates.
WIRE_CHARS = st.sampled_from(
    [
        *"abcXYZ019 .,;:()[]/|_-'\"$=&#\n\r\t",
        *"\u2013\u2014\u2212\u00a0\u2009\u2019\u201c\x00\x03",
        "\ud800",
        "\udfff",
    ]
)
TOKENS = st.sampled_from(
    [
        "LONDON",
        "(Reuters)",
        " - ",
        " -- ",
        "\u2014",
        "Sept 28",
        ", ",
        "By ",
        "Jane Doe",
        "(AP)",
        "Reporting by",
        "; Editing by",
        " and ",
        " in Kyiv",
        "($1 = 0.92 euros)",
        "Comments",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "\n",
        "\n\n",
        "\r\n",
        "    ",
        "UPDATE 2-",
        "(Adds comment)",
        "Enditem",
        " Reuter",
        "[+27 chars]",
        "Sign up here.",
    ]
)
TEXTS = st.one_of(
    st.text(),
    st.text(WIRE_CHARS, max_size=200),
    st.lists(st.one_of(TOKENS, st.text(WIRE_CHARS, max_size=12)), max_size=30).map("".join),
)


@given(TEXTS)
def test_parse_never_raises_and_covers_every_character(text: str) -> None:
    """Lenient parse is total; spans are in bounds, ordered, disjoint, and slice to text."""
    story = parse(text)
    assert story.source is text
    covered = [False] * len(text)
    last_end = 0
    for element in story.elements():
        span = element.span
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == element.text
        assert span.start >= last_end, "elements overlap"
        last_end = span.end
        for i in range(span.start, span.end):
            covered[i] = True
    missing = [ch for ch, hit in zip(text, covered, strict=True) if not hit and not ch.isspace()]
    assert missing == []


@given(TEXTS)
def test_credit_clauses_sharing_a_span_share_text(text: str) -> None:
    """Credits of one two-role clause share text and span; others never overlap."""
    story = parse(text)
    by_span: dict[object, str] = {}
    for credit in story.credits:
        assert by_span.setdefault(credit.span, credit.text) == credit.text


@given(TEXTS)
def test_dict_round_trip(text: str) -> None:
    """from_dict inverts to_dict, and through JSON for any text JSON can carry.

    JSON cannot carry lone surrogates faithfully: a decoder joins an escaped high and
    low surrogate into one character, which would shift every later offset.
    """
    story = parse(text)
    assert Story.from_dict(story.to_dict()) == story
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        assert Story.from_dict(json.loads(json.dumps(story.to_dict()))) == story


@given(TEXTS)
def test_parse_is_deterministic(text: str) -> None:
    """The same text always gives the same story."""
    assert parse(text) == parse(text)
