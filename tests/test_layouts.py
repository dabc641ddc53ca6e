"""Paragraph layouts, and the recovery property: a story built from parts parses back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory import parse
from wirestory._blocks import paragraph_blocks
from wirestory._boilerplate import BOILERPLATE_PATTERNS

PARAGRAPHS = [
    "The central bank raised its key rate by a quarter point on Thursday, its third "
    "increase this year, and said more were likely.",
    "Governor Ana Ruiz told reporters that inflation remained too high for comfort.",
    '"We will do what it takes," she said, adding that wages were rising fast.',
]


def _blank_separated(paras: list[str]) -> str:
    return "\n\n".join(paras)


def _one_per_line(paras: list[str]) -> str:
    return "\n".join(paras)


def _wire_feed(paras: list[str]) -> str:
    return "\n".join(_wrap("    " + p, 64) for p in paras)


def _hard_wrapped(paras: list[str]) -> str:
    return "\n\n".join(_wrap(p, 60) for p in paras)


def _wrap(text: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    indent = text[: len(text) - len(text.lstrip())]
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return indent + "\n".join(lines)


LAYOUTS: dict[str, Callable[[list[str]], str]] = {
    "blank-separated": _blank_separated,
    "one-per-line": _one_per_line,
    "wire-feed": _wire_feed,
    "hard-wrapped": _hard_wrapped,
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_gives_the_same_paragraphs(layout: str) -> None:
    """Every layout parses into the same three paragraphs, spans covering their lines."""
    text = LAYOUTS[layout](["MADRID (Reuters) - " + PARAGRAPHS[0], *PARAGRAPHS[1:]])
    text += "\n(Editing by Jo Li)"
    story = parse(text)
    assert [" ".join(p.text.split()) for p in story.paragraphs] == PARAGRAPHS
    for p in story.paragraphs:
        assert text[p.span.start : p.span.end] == p.text
    assert [c.role for c in story.credits] == ["editing"]


def test_html_entities_are_left_as_they_are() -> None:
    """Entities are kept verbatim; normalisation is a separate step."""
    story = parse("SEOUL, Dec. 2 (Yonhap) -- Kim&#x27;s party said &quot;no&quot;.")
    assert story.body == "Kim&#x27;s party said &quot;no&quot;."


def test_one_collapsed_line_keeps_one_paragraph() -> None:
    """A story collapsed onto one line stays one paragraph; its credits split off."""
    text = (
        "By Jo Li WARSAW (Reuters) - Poland's central bank held rates. It said inflation "
        "eased. (Reporting by Jo Li; Editing by Al Roe)"
    )
    story = parse(text)
    assert story.body == "Poland's central bank held rates. It said inflation eased."
    assert {c.role for c in story.credits} == {"reporting", "editing"}


def test_wide_lines_with_indented_bullets_are_not_a_wire_feed() -> None:
    """Scraped pages with indented list items keep one paragraph per line."""
    long = "x" * 120
    text = f"{long}\n{long}\n  * item one\n  * item two"
    assert len(paragraph_blocks(text, 0, len(text))) == 4


def test_dataset_header_lines() -> None:
    """The `-- Title` header is the headline; byline, time and link lines are kept."""
    text = (
        "-- UPDATE 1-Bank holds rates\n-- By  Jo Li\n-- Mon Mar 1, 2010 3:46pm EST\n"
        "-- http://www.example.com/article/idUS1\n\n \n\n ROME  (Reuters) - The bank held "
        "rates. \n\n It said more was needed. "
    )
    story = parse(text)
    assert story.headline is not None
    assert story.headline.slug == "UPDATE 1"
    assert story.byline is not None
    assert story.body == "The bank held rates.\n\nIt said more was needed."


# -- recovery: a story assembled from generated parts parses back -----------------------

WORDS = st.sampled_from(
    ["the", "bank", "said", "on", "tuesday", "that", "prices", "rose", "while", "shares", "fell"]
)
SENTENCE = st.lists(WORDS, min_size=6, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
# one paragraph per line is told from hard wrapping by width: real paragraphs are long
PARAGRAPH = st.lists(SENTENCE, min_size=3, max_size=4).map(" ".join).filter(lambda p: len(p) > 110)
LEADING = st.lists(
    st.sampled_from(
        [
            "UPDATE 2-Bank holds rates as prices rise",
            "(Adds analyst comment)",
            "Published Mar 21, 2024 12:38PM ET",
            "Advertisement · Scroll to continue",
            "1 Min Read",
            "By Jo Li",
        ]
    ),
    max_size=3,
    unique=True,
)
TRAILING = st.lists(
    st.sampled_from(
        [
            "($1 = 0.9201 euros)",
            "(Reporting by Jo Li; Editing by Al Roe)",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Sign up here.",
            "Read Next",
            "Comments",
            "View comments (299)",
            "Enditem",
            "___",
            "Source: Xinhua",
        ]
    ),
    max_size=4,
    unique=True,
)


@given(
    LEADING,
    st.lists(PARAGRAPH, min_size=1, max_size=5),
    TRAILING,
    st.sampled_from(sorted(LAYOUTS)),
)
def test_story_from_parts_parses_back(
    leading: list[str], paras: list[str], trailing: list[str], layout: str
) -> None:
    """Leading cruft, a dateline, paragraphs and trailing cruft give back the paragraphs."""
    body = LAYOUTS[layout](["BERLIN (Reuters) - " + paras[0], *paras[1:]])
    head = "\n".join(leading)
    text = (head + "\n" if head else "") + body
    if trailing:
        text += "\n\n" + "\n\n".join(trailing)
    story = parse(text)
    assert story.dateline is not None
    assert [" ".join(p.text.split()) for p in story.paragraphs] == paras


PHRASES = [
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Sign up here.",
    "Purchase Licensing Rights",
    "Advertisement · Scroll to continue",
    "View comments (299)",
    "Read Next",
    "[ID:nL5N0OV09R]",
    "REUTERS/Alvin Baez",
]


@given(st.lists(PARAGRAPH, min_size=2, max_size=4), st.lists(st.sampled_from(PHRASES)))
def test_no_table_phrase_ends_up_in_a_paragraph(paras: list[str], junk: list[str]) -> None:
    """Boilerplate blocks between paragraphs never become body."""
    blocks = [paras[0]]
    for i, para in enumerate(paras[1:]):
        if i < len(junk):
            blocks.append(junk[i])
        blocks.append(para)
    story = parse("OSLO (Reuters) - " + "\n\n".join(blocks))
    for paragraph in story.paragraphs:
        for phrase in PHRASES:
            assert phrase not in paragraph.text
    assert len(BOILERPLATE_PATTERNS) > 0
