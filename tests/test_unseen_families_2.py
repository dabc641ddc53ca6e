"""More shapes of copy nobody here has seen (issue 10, second audit).

Each table is one family of the issue, in wordings written for this file (names,
places and facts are made up), beside the near misses of the same look that must stay
body. The first file of the audit is ``test_unseen_families.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory import parse

LEAD = "HARBOURVILLE, Ore. (AP) — The port authority voted 7-2 on Tuesday to dredge the channel."
MORE = "Opponents said they would appeal the decision to the state board."
BODY = f"{LEAD}\n\n{MORE}"
BODY_TEXT = (
    "The port authority voted 7-2 on Tuesday to dredge the channel.\n\n"
    "Opponents said they would appeal the decision to the state board."
)

TRAILING: list[tuple[str, str, str]] = [
    # id, a block after the body, the kind of element it gives (credit, byline or a
    # boilerplate kind)
    # -- contact lines (family 1): phones in other layouts, a label, a closing stop --
    (
        "contact-area-code-in-parens",
        "((Harbour desk; +1 (503) 555-0100; desk@example.com))",
        "contact",
    ),
    (
        "contact-label-and-abbreviation",
        "Contact: Mara Quill, tel. +49 30 1234 5678, mq@example.de",
        "contact",
    ),
    (
        "contact-pipes",
        "m.quill@example.com | +44 (0)20 7000 1234 | Wire Messaging: mq@wire.example",
        "contact",
    ),
    ("contact-ends-with-stop", "Contact the author at mquill@example.net.", "contact"),
    ("contact-reached-at", "Mara Quill can be reached at mquill@example.net.", "contact"),
    # -- credits in other forms (family 2) --
    ("by-then-roles-comma", "(By Mara Quill, editing by Ines Marr)", "byline"),
    ("by-then-roles-semicolon", "(By Mara Quill and Tobias Renn; Editing by Ines Marr)", "byline"),
    ("caps-roles", "(BY Mara Quill; EDITING BY Ines Marr)", "byline"),
    # -- contributed lines (family 3) --
    (
        "contributed-reporting",
        "Mara Quill in Lima and Tobias Renn in Quito contributed reporting.",
        "credit",
    ),
    (
        "two-titles",
        "AP Medical Writer Mara Quill in New York and AP Diplomatic Writer Tobias Renn in Brussels contributed.",
        "credit",
    ),
    # -- staff lists (family 4) --
    (
        "reporters-and-addresses",
        "To contact the reporters on this story: Mara Quill in Lima at mq@example.net; Tobias Renn in Quito at tr@example.net",
        "credit",
    ),
    # -- sign-offs (family 7) --
    ("signoff-two-authors", "-By Mara Quill and Tobias Renn, Harbour Newswires", "signoff"),
    ("signoff-in-parentheses", "(Mara Quill)", "signoff"),
    # -- page chrome in any language (family 9) --
    ("rating-widget", "Rate this article: 1 2 3 4 5", "page"),
    ("share-via", "Share via Email", "page"),
    ("chrome-portuguese", "Leia também", "page"),
    # -- reader service and promos (family 12) --
    ("newsletter-promo", "Sign up for our daily newsletter here.", "promo"),
    ("briefing-promo", "Subscribe to our Harbour Briefing newsletter.", "promo"),
    # -- agency evidence (family 14) --
    ("provided-by", "This story was provided by The Associated Press.", "source"),
    ("copyright-after-c", "(c) Copyright Harbour Wire 2025. Click for Restrictions.", "copyright"),
]


def _kinds(text: str) -> list[str]:
    story = parse(text)
    return (
        [b.kind for b in story.boilerplate]
        + ["credit" for _ in story.credits]
        + (["byline"] if story.byline else [])
    )


@pytest.mark.parametrize(("tail", "kind"), [t[1:] for t in TRAILING], ids=[t[0] for t in TRAILING])
def test_trailing_blocks_leave_the_body(tail: str, kind: str) -> None:
    """Each trailing shape is taken off the body, as the element of its family."""
    story = parse(f"{BODY}\n\n{tail}")
    assert story.body == BODY_TEXT
    assert kind in _kinds(f"{BODY}\n\n{tail}")


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("By Mara Quill, The Harbourville Clarion", ["Mara Quill"]),
        (
            "By Mara Quill, Tobias Renn and Ada Lusk, Harbour News Service",
            ["Mara Quill", "Tobias Renn", "Ada Lusk"],
        ),
        ("By Mara Quill and Emily Post", ["Mara Quill", "Emily Post"]),  # a surname, no outlet
    ],
    ids=["the-outlet", "outlet-after-a-list", "surname-like-an-outlet"],
)
def test_outlet_after_the_names_is_no_person(line: str, people: list[str]) -> None:
    """An outlet after the last comma of a byline is not a contributor; a surname that
    looks like one, joined by ``and``, still is."""
    story = parse(f"{line}\n\n{BODY}")
    assert story.byline is not None
    assert [p.name for p in story.byline.contributors] == people


def test_byline_with_a_bar_and_a_time_stamp() -> None:
    """``By A | March 3, 2025`` above a dateline is one byline line, not the story."""
    story = parse(f"By Mara Quill | March 3, 2025\n{LEAD}\n\n{MORE}")
    assert story.byline is not None and [p.name for p in story.byline.contributors] == [
        "Mara Quill"
    ]
    assert story.body == BODY_TEXT


def test_provided_by_names_the_agency() -> None:
    """A syndication line naming an agency is evidence for it, with no dateline."""
    story = parse(f"Harbour votes\n\n{MORE}\n\n{MORE}\n\nThis story was provided by Reuters.")
    assert story.agency == "Reuters"


AGENCY_ENDINGS: list[tuple[str, str, str]] = [
    # id, the trailing lines of a story with no agency in its dateline, the agency
    ("desk-codes-with-digits", "dpa mq yyzz n1 ab", "dpa"),
    ("desk-initials-in-capitals", "PTI MQ IR", "PTI"),
    ("desk-initials-with-slash", "AAP mq/ir", "AAP"),
    (
        "first-published-by",
        "This report by The Canadian Press was first published March 3, 2025.",
        "Canadian Press",
    ),
    (
        "website-notice",
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers in the AA News Broadcasting System (HAS), and in summarized form.",
        "Anadolu",
    ),
    ("inputs-from", "(With inputs from PTI)", "PTI"),
]


@pytest.mark.parametrize(
    ("tail", "agency"), [t[1:] for t in AGENCY_ENDINGS], ids=[t[0] for t in AGENCY_ENDINGS]
)
def test_agency_evidence_after_a_bare_dateline(tail: str, agency: str) -> None:
    """A sign-off, a syndication note or a notice names the agency of a story whose
    dateline names none (family 14); the body is untouched."""
    story = parse(f"HARBOURVILLE -- {MORE}\n\n{MORE}\n\n{tail}")
    assert story.agency == agency
    assert story.body == f"{MORE}\n\n{MORE}"


STAYS_BODY: list[tuple[str, str]] = [
    # id, a last paragraph that looks a little like trailing material but is story
    (
        "reached-by-phone-attributed",
        "The board can be reached at +1 503 555 0100, a spokesman said.",
    ),
    ("updated-as-a-word", "Updated figures will be released on Friday."),
    ("by-opens-a-sentence", "By noon, ships were lining up outside the harbour."),
    ("quote-told-the-agency", '"We are ready," the union told The Associated Press.'),
    ("sources-as-subject", "Sources said the vote could be challenged in court."),
    ("rating-agency", "Rating agency Harbour Ratings said it would review the port's debt."),
    ("sign-ups", "Sign-ups for the harbour tour rose 20% this year."),
    ("first-reported-by", "This story was first reported by the Harbourville Gazette."),
    ("name-then-clause", "Mara Quill, who chairs the board, said the vote was final."),
    ("parenthesised-aside", "(The vote was the board's third on the channel this year.)"),
]


@pytest.mark.parametrize("last", [t[1] for t in STAYS_BODY], ids=[t[0] for t in STAYS_BODY])
def test_story_sentences_stay_body(last: str) -> None:
    """A last paragraph of the story is never taken for trailing material."""
    story = parse(f"{BODY}\n\n{last}")
    assert story.paragraphs[-1].text == last


INSIDE: list[tuple[str, str]] = [
    # id, a block between two paragraphs that is page residue (family 12)
    ("bold-time", "**(04:14 GMT)**"),
    ("read-also", "READ ALSO: Harbour fees rise again"),
    ("see-also", "See also: Pilots threaten a strike"),
]


@pytest.mark.parametrize("block", [t[1] for t in INSIDE], ids=[t[0] for t in INSIDE])
def test_page_residue_between_paragraphs(block: str) -> None:
    """Scraper residue between two paragraphs is not body."""
    assert parse(f"{LEAD}\n\n{block}\n\n{MORE}").body == BODY_TEXT


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


TRAILERS = st.lists(
    st.sampled_from([t[1] for t in TRAILING if "\n" not in t[1]]),
    min_size=1,
    max_size=3,
    unique=True,
)
SENTENCES = st.lists(
    st.sampled_from([LEAD.split("— ", 1)[1], MORE, *(t[1] for t in STAYS_BODY)]),
    min_size=1,
    max_size=4,
)


@given(paragraphs=SENTENCES, trailers=TRAILERS)
def test_generated_stories_keep_their_paragraphs(
    paragraphs: list[str], trailers: list[str]
) -> None:
    """Body paragraphs (near misses among them), then trailing blocks of the families in
    any order: the body is exactly the generated paragraphs."""
    text = "HARBOURVILLE (AP) — " + "\n\n".join(paragraphs) + "\n\n" + "\n\n".join(trailers)
    story = parse(text)
    assert [p.text for p in story.paragraphs] == paragraphs
