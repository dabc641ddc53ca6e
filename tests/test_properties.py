"""Hypothesis properties: parse is total and lossless on any text, and gives back the
parts of generated stories (``wirestory.strategies``)."""

from __future__ import annotations

import json
from operator import attrgetter

from hypothesis import given
from hypothesis import strategies as st

from wirestory import Story, parse
from wirestory.strategies import WireText, bylines, credit_lines, datelines, wire_texts

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
# Pieces the rules look at. Story parts (datelines, bylines, credit lines) come from the
# public strategies, in the forms of many agencies; the rest are tokens of their own.
TOKENS = st.one_of(
    st.sampled_from(
        [
            " - ",
            " -- ",
            "\u2014",
            ", ",
            "By ",
            " and ",
            "\n",
            "\n\n",
            "\r\n",
            "    ",
            "Comments",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "UPDATE 2-",
            "(Adds comment)",
            "($1 = 0.92 euros)",
            "Enditem",
            " Reuter",
            "[+27 chars]",
            "Sign up here.",
        ]
    ),
    datelines().map(attrgetter("text")),
    bylines().map(attrgetter("text")),
    credit_lines().map(attrgetter("text")),
)
TEXTS = st.one_of(
    st.text(),
    st.text(WIRE_CHARS, max_size=200),
    st.lists(st.one_of(TOKENS, st.text(WIRE_CHARS, max_size=12)), max_size=30).map("".join),
    wire_texts().map(attrgetter("text")),
    st.tuples(wire_texts(), st.text(WIRE_CHARS, max_size=20), st.integers(0, 10_000)).map(
        lambda t: t[0].text[: t[2]] + t[1] + t[0].text[t[2] :]
    ),
)
"""Any text; wire-ish soups; whole generated stories, and stories with junk put in."""


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


@given(wire_texts())
def test_generated_story_parses_back_to_its_parts(wire: WireText) -> None:
    """A story built from generated parts, in any agency's shape and any layout, gives
    back its agency, headline, byline, dateline, paragraphs, notes and credits, and its
    trailing lines as boilerplate of their kinds."""
    story = parse(wire.text, reference_date=wire.reference_date)
    assert story.agency == wire.agency
    assert (story.headline.text if story.headline else None) == wire.headline
    got_byline = tuple(p.name for p in story.byline.contributors) if story.byline else None
    assert got_byline == (wire.byline.names if wire.byline else None)
    assert story.dateline is not None and wire.dateline is not None
    d, want = story.dateline, wire.dateline
    assert (d.locations, d.region, d.date_text, d.date, d.agency) == (
        want.locations,
        want.region,
        want.date_text,
        want.date,
        want.agency,
    )
    assert tuple(p.text for p in story.paragraphs) == wire.paragraphs
    assert tuple((n.kind, n.text) for n in story.notes) == wire.notes
    credits = tuple(
        (c.role, tuple((p.name, p.location) for p in c.contributors)) for c in story.credits
    )
    assert credits == (wire.credit_line.credits if wire.credit_line else ())
    kinds = [b.kind for b in story.boilerplate]
    assert all(kind in kinds for kind, _ in wire.trailers)
