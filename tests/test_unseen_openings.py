"""Openings of copy nobody here has seen (issue 10, second audit): bylines with a ticker,
an outlet or a time stamp, colon rubrics below the lead, page material above a lead with
no dateline, tab-opened feed rows, bare datelines after other stamps and dashes.

Every name, place and fact is made up; ``test_unseen_families_2.py`` holds the endings.
"""

from __future__ import annotations

import pytest

from wirestory import parse

LEAD = "HARBOURVILLE, Ore. (AP) — The port authority voted 7-2 on Tuesday to dredge the channel."
MORE = "Opponents said they would appeal the decision to the state board."
BODY_TEXT = (
    "The port authority voted 7-2 on Tuesday to dredge the channel.\n\n"
    "Opponents said they would appeal the decision to the state board."
)


def test_byline_with_a_bar_and_a_time_stamp() -> None:
    """``By A | March 3, 2025`` above a dateline is one byline line, not the story."""
    story = parse(f"By Mara Quill | March 3, 2025\n{LEAD}\n\n{MORE}")
    assert story.byline is not None and [p.name for p in story.byline.contributors] == [
        "Mara Quill"
    ]
    assert story.body == BODY_TEXT


GLUED_BYLINES: list[tuple[str, list[str], str | None]] = [
    # id-less rows: the opening line, the byline's people, the dateline's first place
    ("By Mara Quill (HBX:XYZ) (Reuters) - The port reopened.", ["Mara Quill"], None),
    ("By Mara Quill (NYSE:HBX) (Reuters) -The port reopened.", ["Mara Quill"], None),
    (
        "By Mara Quill, Harbour Wire NEW YORK (Reuters) - The port reopened.",
        ["Mara Quill"],
        "NEW YORK",
    ),
]


@pytest.mark.parametrize(
    ("line", "people", "place"),
    GLUED_BYLINES,
    ids=["ticker", "ticker-glued-dash", "outlet-then-dateline"],
)
def test_byline_with_ticker_or_outlet_before_dateline(
    line: str, people: list[str], place: str | None
) -> None:
    """A ticker a page linked to the author (``(NSE:XYZ)``) or an outlet after the
    names does not hide the dateline that follows on the line (family 10)."""
    story = parse(f"{line}\n\n{MORE}")
    assert story.byline is not None and [p.name for p in story.byline.contributors] == people
    assert story.dateline is not None and story.dateline.agency == "Reuters"
    assert story.dateline.locations[:1] == ((place,) if place else ())
    assert story.body.startswith("The port reopened.")


RUBRICS: list[tuple[str, str]] = [
    # id, a story with no dateline whose later paragraphs open with a colon rubric
    (
        "byline-bullets-subhead",
        "By Mara Quill\n\n--Pilots voted 7-2 on Tuesday.\n\n--Fees rose 3%.\n\nHIGHLIGHTS\n\n"
        "Channel Work: The board voted to dredge.\n\nMore Delays: Officials said so.",
    ),
    (
        "byline-sentence-subhead",
        "By Mara Quill\n\nThe port voted 7-2 on Tuesday.\n\nWHAT NEXT\n\n"
        "Harbour Watch: The board voted to dredge.",
    ),
    ("byline-sentence", "By Mara Quill\n\nThe port voted 7-2 on Tuesday.\n\nFirst Take: It is."),
    (
        "two-sentences",
        "Harbour votes\n\nThe port voted 7-2 on Tuesday to dredge.\n\nPilots will appeal the vote "
        "next week.\n\nBig Picture: The board voted to dredge.",
    ),
]


@pytest.mark.parametrize("text", [t[1] for t in RUBRICS], ids=[t[0] for t in RUBRICS])
def test_colon_rubric_in_the_body_is_no_dateline(text: str) -> None:
    """Past a byline and a sentence of the story, or two sentences, a colon rubric
    (``Switching Lanes: ...``) is body: only a dateline naming its agency still opens."""
    story = parse(text)
    assert story.dateline is None
    assert any(":" in p.text for p in story.paragraphs)


UNDER_A_DEK: list[tuple[str, str]] = [
    # id, lines above a bare dateline with a dash: decks, bullets, a caption
    (
        "two-dek-sentences",
        "The board voted 7-2 to dredge the channel.\nPilots said they would appeal the vote.\n",
    ),
    ("sentence-bullets", "* The board voted 7-2 to dredge.\n* Pilots said they would appeal.\n"),
    (
        "dek-and-caption",
        "The board voted 7-2 to dredge the channel.\nA pilot steers a ship into the harbour on Monday.\n",
    ),
]


@pytest.mark.parametrize("above", [t[1] for t in UNDER_A_DEK], ids=[t[0] for t in UNDER_A_DEK])
def test_bare_dash_dateline_under_sentences_stays(above: str) -> None:
    """Sentences above a bare dateline with a dash are a dek: the dateline still opens."""
    story = parse(f"Harbour board votes\n{above}Denver, Colo. -- The port voted.\n\n{MORE}")
    assert story.dateline is not None and story.dateline.text == "Denver, Colo. --"
    assert story.body.startswith("The port voted.")


def test_caps_colon_subhead_in_the_body() -> None:
    """An ALL-CAPS colon subhead (``WHAT NEXT:``) two sentences down is body too."""
    story = parse(
        "Harbour board votes\n\nThe board voted 7-2 to dredge the channel.\n\nPilots said "
        "they would appeal the vote.\n\nWHAT NEXT: The port authority will meet.\n\n" + MORE
    )
    assert story.dateline is None
    assert "WHAT NEXT: The port authority will meet." in [p.text for p in story.paragraphs]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("NEW DELHI: The port voted 7-2 on Tuesday.", "NEW DELHI"),
        ("Harbour votes\n\nKARACHI: The port voted 7-2 on Tuesday.", "KARACHI"),
        ("By Mara Quill\n\nBeijing: The port voted 7-2 on Tuesday.", "Beijing"),
    ],
    ids=["at-the-top", "under-a-headline", "under-a-byline"],
)
def test_colon_datelines_at_the_top_stay(text: str, place: str) -> None:
    """A colon dateline that opens the story is still one."""
    story = parse(f"{text}\n\n{MORE}")
    assert story.dateline is not None and story.dateline.locations[:1] == (place,)


LEADING: list[tuple[str, str]] = [
    # id, page material above a lead with no dateline (family 5), blank line after it
    (
        "label-and-dash-bullets",
        "Harbour board votes to dredge\nKey points\n- Vote split 7-2\n- Appeal expected\n\n",
    ),
    (
        "caps-label-bullets",
        "Harbour board votes to dredge\nHIGHLIGHTS\n* Vote split 7-2\n* Appeal expected\n\n",
    ),
    (
        "related-bullets",
        "Harbour board votes to dredge\n* Oil rises as harbour closes\n* Pilots threaten strike\n\n",
    ),
    ("published-stamp", "Harbour board votes to dredge\nPublished March 3, 2025 4:12PM ET\n\n"),
    ("reading-time", "Harbour board votes to dredge\n3 min read\n\n"),
    ("date-and-reading-time", "Harbour board votes to dredge\nMarch 3, 2025 · 3 min read\n\n"),
    ("key-lines", "Title: Harbour board votes to dredge\nDate: 2025-03-03\n\n"),
]


@pytest.mark.parametrize("above", [t[1] for t in LEADING], ids=[t[0] for t in LEADING])
def test_leading_material_without_a_dateline(above: str) -> None:
    """Short lines under a headline are page material, even with a blank line before
    the lead: short lines alone are never a hard-wrapped paragraph."""
    story = parse(
        f"{above}The port authority voted 7-2 on Tuesday to dredge the channel, officials "
        f"said.\n\n{MORE}"
    )
    assert story.body.startswith("The port authority voted")


def test_tab_opens_each_row_of_a_feed_table() -> None:
    """In feed copy where every line opens with a tab, each line is a paragraph: a
    results table keeps one row a paragraph."""
    drivers = ["Mara Quill (Ford)", "Ada Lusk (Audi)", "Tobias Renn (Ford)", "Ola Berg (Audi)"]
    rows = ["SUNDAY", "Race 3 (44 laps - 250km)"]
    rows += [f"{i}. {who:<20}               1:14:5{i}.0418" for i, who in enumerate(drivers, 1)]
    table = "\n".join(f"\t{row}" for row in rows)
    story = parse(f"HARBOURVILLE, Dec 7 AAP - Results from the harbour race:\n\t\n{table}")
    assert [p.text for p in story.paragraphs][1:] == rows


@pytest.mark.parametrize(
    ("before", "dateline"),
    [
        ("(2025-03-04) 09:15 EST LIMA -- ", "LIMA --"),
        ("LIMA, Peru ― ", "LIMA, Peru ―"),
        ("NEW ORLEANS—", "NEW ORLEANS—"),
    ],
    ids=["iso-date-stamp", "horizontal-bar", "glued-em-dash"],
)
def test_more_bare_openers(before: str, dateline: str) -> None:
    """Bare datelines after an ISO time stamp, and with other dashes (family 11)."""
    story = parse(f"Harbour votes\n\n{before}The port authority voted 7-2 on Tuesday.\n\n{MORE}")
    assert story.dateline is not None and story.dateline.text == dateline
    assert story.body.startswith("The port")


NAVIGATION = (
    "Harbour board votes to dredge\nPilots vow appeal\nMarch 3, 2025\n5 min read\nShare\n"
    "World\nPorts\nTop stories\n"
)


@pytest.mark.parametrize(
    ("opener", "dateline"),
    [
        ("LIMA -- ", "LIMA --"),
        ("(Reuters) - ", "(Reuters) -"),
        ("Lima, Peru (AP) — ", "Lima, Peru (AP) —"),
    ],
    ids=["bare-dash", "agency-only", "mixed-case-place"],
)
def test_dateline_under_many_short_lines(opener: str, dateline: str) -> None:
    """Past four lines of page material a dateline still opens the story when no line
    above it is a sentence (section links, counters, a dek without a full stop)."""
    story = parse(f"{NAVIGATION}{opener}The port authority voted 7-2.\n\n{MORE}")
    assert story.dateline is not None and story.dateline.text == dateline
    assert story.body.startswith("The port authority voted 7-2.")


def test_bare_dateline_below_sentences_and_many_lines_is_body() -> None:
    """Below sentences of a story with no dateline, a bare dateline far down is body."""
    text = (
        "Harbour board votes\n\nThe board voted 7-2 to dredge the channel.\n\nPilots said they "
        "would appeal.\n\nFees rose.\n\nShips waited.\n\nTugs idled.\n\n"
        f"LIMA -- The port authority voted 7-2.\n\n{MORE}"
    )
    assert parse(text).dateline is None
