"""More shapes of copy nobody here has seen (issue 10, second audit).

Each table is one family of the issue, in wordings written for this file (names,
places and facts are made up), beside the near misses of the same look that must stay
body. The first file of the audit is ``test_unseen_families.py``; the openings of this
one are in ``test_unseen_openings.py``.
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
    ("caps-label", "RELATED: Pilots threaten strike over dredging plan"),
    ("watch-label", "WATCH: Ships queue outside Harbourville"),
    ("label-and-bar", "Also Read | Pilots threaten strike over dredging plan"),
    ("german-label", "Lesen Sie auch: Lotsen drohen mit Streik"),
    ("french-label", "À lire aussi : Les pilotes menacent de faire grève"),
    ("ad-german", "Anzeige"),
    ("ad-french", "Publicité"),
    ("continues-below", "Story continues below"),
    ("click-to-read", "Click here to read more about the harbour."),
]


INSIDE_STAYS: list[tuple[str, str]] = [
    # id, a paragraph between two others that looks like page residue but is story
    ("inline-link", "Ships had to wait [for days](https://example.org/wait), pilots said."),
    ("caps-word-opens", "RELATED costs are rising too, the board said in its report."),
    ("label-then-sentence", "WATCH: The harbour master told pilots to slow down on Tuesday."),
    ("listen-comma", "Listen, the pilots said, we have had enough."),
    ("advertisements-word", "Advertisements for the tour drew 2,000 people, officials said."),
]


@pytest.mark.parametrize("block", [t[1] for t in INSIDE_STAYS], ids=[t[0] for t in INSIDE_STAYS])
def test_story_paragraphs_between_paragraphs_stay(block: str) -> None:
    """A paragraph that opens like a link label or a widget but is a sentence stays body."""
    story = parse(f"{LEAD}\n\n{block}\n\n{MORE}")
    assert block in [p.text for p in story.paragraphs]


@pytest.mark.parametrize("block", [t[1] for t in INSIDE], ids=[t[0] for t in INSIDE])
def test_page_residue_between_paragraphs(block: str) -> None:
    """Scraper residue between two paragraphs is not body."""
    assert parse(f"{LEAD}\n\n{block}\n\n{MORE}").body == BODY_TEXT


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
