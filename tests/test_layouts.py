"""Paragraph layouts, and the recovery property: a story built from parts parses back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from wirestory import parse
from wirestory._parse.document import Document, groups, wrapped_width

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
    assert len(Document.of(text).blocks(0)) == 4


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
    LEADING, st.lists(PARAGRAPH, min_size=1, max_size=5), TRAILING, st.sampled_from(sorted(LAYOUTS))
)
def test_story_from_parts_parses_back(
    leading: list[str], paras: list[str], trailing: list[str], layout: str
) -> None:
    """Leading cruft, a dateline, paragraphs and trailing cruft give back the paragraphs."""
    body = LAYOUTS[layout](["BERLIN (Reuters) - " + paras[0], *paras[1:]])
    if layout == "hard-wrapped" or (layout == "wire-feed" and len(paras) == 1):
        # Decided (see document.py): wrapped lines that all end a sentence, with nothing
        # else in the text showing the wrap, read as one paragraph per line; a wire feed
        # of one paragraph shows no second indent, so it is read the same way
        start = body.index("(Reuters) - ")
        assume(wrapped_width(body, groups(Document.of(body).lines_from(start))) is not None)
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
    for phrase in junk[: len(paras) - 1]:  # each one inserted is kept, labelled
        assert any(phrase in b.text for b in story.boilerplate)


STANDFIRSTS: list[tuple[str, str, str]] = [
    (
        "deck-retold-in-the-lead",
        "Central bankers cut the key rate to fight a slowing economy.\n\n"
        "Central bankers cut the key rate by half a point on Tuesday to fight a slowing "
        "economy, its first cut in four years.\n\n"
        "Governor Ana Ruiz said more cuts could follow.",
        "Central bankers cut the key rate by",
    ),
    (
        "deck-repeated-two-blocks-down",
        "Rescuers searched collapsed buildings after the earthquake struck the coast.\n\n"
        "At least 40 people died when a strong quake hit the northern coast early on Monday.\n\n"
        "Rescuers searched collapsed buildings after the earthquake struck the coast, "
        "officials said. Aftershocks rattled the region.",
        "At least 40 people died",
    ),
]
"""A first block that the next blocks retell is a standfirst: the body starts after it."""

LEADS: list[tuple[str, str]] = [
    (
        "lead-then-new-facts",
        "Russia fired a hypersonic missile at Kyiv on Sunday, killing two people, "
        "officials said.\n\n"
        "The attack damaged buildings near government offices and a market.\n\n"
        "Air raid sirens blared through the night as smoke rose over the city.",
    ),
    (
        "short-story-retold",
        "Oil rose on Friday as supply fears returned.\n\nOil rose on Friday, traders said.",
    ),
    (
        "dateline-story",
        "LONDON (Reuters) - Oil rose as supply fears returned.\n\n"
        "Oil rose on Friday as supply fears returned to the market, traders said.\n\n"
        "Brent gained 2%.",
    ),
]
"""Leads that are body: they go on to new facts, the story is too short, or a dateline opens it."""


@pytest.mark.parametrize(
    ("text", "body_start"), [c[1:] for c in STANDFIRSTS], ids=[c[0] for c in STANDFIRSTS]
)
def test_standfirst_is_a_deck(text: str, body_start: str) -> None:
    """A standfirst above the lead of a story without a dateline is a deck."""
    story = parse(text)
    assert story.paragraphs[0].text.startswith(body_start)
    assert [b.kind for b in story.boilerplate] == ["deck"]


@pytest.mark.parametrize("text", [c[1] for c in LEADS], ids=[c[0] for c in LEADS])
def test_lead_is_not_a_standfirst(text: str) -> None:
    """A lead whose words the next blocks do not retell stays body."""
    story = parse(text)
    assert not [b for b in story.boilerplate if b.kind == "deck"]


def test_summary_points_after_a_standfirst_are_decks() -> None:
    """One-sentence points between a standfirst and a longer lead are decks too."""
    points = "Tiktok faces an EU probe.\n\nThe EU suspects foreign meddling.\n\n"
    lead = (
        "The European Commission opened a probe into Tiktok over the annulled Romanian "
        "election on Tuesday, it said in Brussels. It suspects foreign meddling on the "
        "platform and wants to see its algorithm."
    )
    text = "Tiktok faces an EU probe over foreign meddling in Romania.\n\n" + points + lead
    story = parse(text)
    assert [p.text for p in story.paragraphs] == [lead]
    assert [b.kind for b in story.boilerplate] == ["deck", "deck", "deck"]


def test_a_label_line_is_not_a_headline() -> None:
    """Under a dataset header, a label such as ``REUTERS FORECASTS:`` opens the body."""
    text = (
        "-- Retail sales seen to rise\n-- Mon Feb 8, 2010 3:49pm EST\n\n"
        " REUTERS FORECASTS: \n\n The median forecast is for a rise of 0.3 percent."
    )
    story = parse(text)
    assert story.headline is not None and story.headline.title == "Retail sales seen to rise"
    assert [p.text for p in story.paragraphs] == [
        "REUTERS FORECASTS:",
        "The median forecast is for a rise of 0.3 percent.",
    ]


NO_DATELINE_OPENINGS = [
    # id, text, headline title (None: no headline), first paragraph starts with
    (
        "wrapped-lead-lower-case-continuation",
        "Shares of the harbour company rose to a record high on Monday after\n"
        "its quarterly profit beat forecasts.\n\nThe company said demand held up.",
        None,
        "Shares of the harbour",
    ),
    (
        "wrapped-lead-word-would-not-fit",
        "Shares of the harbour company rose to a record high on Monday after\n"
        "Lena Park, its chief executive, said demand held up.\n\nThe company said so.",
        None,
        "Shares of the harbour",
    ),
    (
        "short-headline-above-blank-line",
        "Harbour shares at record\n\nShares of the harbour company rose to a record high\n"
        "on Monday after its quarterly profit beat forecasts.",
        "Harbour shares at record",
        "Shares of the harbour",
    ),
    (
        "short-headline-above-unwrapped-line",
        "Harbour shares at record\nShares of the harbour company rose to a record high on "
        "Monday after its quarterly profit beat forecasts.\nThe company said demand held up.",
        "Harbour shares at record",
        "Shares of the harbour",
    ),
    (
        "caps-headline-above-indented-feed",
        "HARBOUR SHARES AT RECORD HIGH AFTER PROFIT BEAT\n"
        "    Shares of the harbour company rose to a record\n"
        "high on Monday after its profit beat forecasts.\n"
        "    The company said demand held up.",
        "HARBOUR SHARES AT RECORD HIGH AFTER PROFIT BEAT",
        "Shares of the harbour",
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "first"),
    [c[1:] for c in NO_DATELINE_OPENINGS],
    ids=[c[0] for c in NO_DATELINE_OPENINGS],
)
def test_first_line_of_a_wrapped_lead_is_not_a_headline(
    text: str, title: str | None, first: str
) -> None:
    """Without a dateline, a first line that the next line continues is body."""
    story = parse(text)
    assert (story.headline.title if story.headline else None) == title
    assert story.paragraphs[0].text.startswith(first)


WRAPPED_TAILS = [
    # id, the credit line after the last paragraph (wrapped at 60 columns), roles expected
    (
        "inverted-contributed",
        "Associated Press writers Ana Ruiz in Lima and Tom Ek in Quito contributed to this report.",
        ["contributing"],
    ),
    (
        "clauses-in-parentheses",
        "(Reporting by Ana Ruiz in Lima and Tom Ek in Quito; Editing by Bo Lund and Cy Mora)",
        ["reporting", "editing"],
    ),
    (
        "reported-from-then-clause",
        "Ana Ruiz and Tom Ek reported from Lima, Peru; Editing by Bo Lund in London and Cy Mora.",
        ["reporting", "editing"],
    ),
]


@pytest.mark.parametrize(
    ("tail", "roles"), [c[1:] for c in WRAPPED_TAILS], ids=[c[0] for c in WRAPPED_TAILS]
)
@pytest.mark.parametrize("glue", ["\n\n", "\n"], ids=["own-block", "same-group"])
def test_wrapped_credit_line_is_one_credit(tail: str, roles: list[str], glue: str) -> None:
    """A credit line hard-wrapped over lines is read whole, in its own block or not."""
    text = "\n\n".join(_wrap(p, 60) for p in PARAGRAPHS) + glue + _wrap(tail, 60)
    assert "\n" in _wrap(tail, 60)
    story = parse(text)
    assert [c.role for c in story.credits] == roles
    assert " ".join(story.paragraphs[-1].text.split()) == PARAGRAPHS[-1]


@pytest.mark.parametrize(
    "last",
    [
        "The minister repeated that view most recently in an interview published Sunday "
        "by a daily paper in the capital.",
        "The figures were in a joint report by the agency and the ministry, updated on "
        "Monday with new data from the regions.",
    ],
    ids=["published-inside-a-sentence", "updated-inside-a-sentence"],
)
def test_wrapped_last_line_is_not_a_timestamp(last: str) -> None:
    """The last line of a wrapped paragraph is no line of its own when it continues one."""
    for width in range(52, 80):
        wrapped = _wrap(last, width)
        if wrapped.split("\n")[-1].split()[0] in ("published", "updated"):
            break
    else:
        pytest.fail("no width puts the word at a line start")
    story = parse(_wrap(PARAGRAPHS[0], width) + "\n\n" + wrapped)
    assert " ".join(story.paragraphs[-1].text.split()) == last
    assert not story.boilerplate


def test_wrapped_contact_line_is_boilerplate() -> None:
    """``... can be reached at ...`` wrapped over lines, with no-break spaces, is contact."""
    tail = (
        "Ana\u00a0Ruiz and Tom\u00a0Ek can be reached on Twitter at "
        "https://twitter.com/anaruiz and https://twitter.com/tomek"
    )
    text = "\n\n".join(_wrap(p, 60) for p in PARAGRAPHS) + "\n\n" + _wrap(tail, 60)
    story = parse(text)
    assert [b.kind for b in story.boilerplate] == ["contact"]
    assert " ".join(story.paragraphs[-1].text.split()) == PARAGRAPHS[-1]
