"""The shapes real copy takes that the rules were not fitted to (issue 10).

Each table is one family of shapes, written in several invented wordings, with the
sentences of the same look that must stay body. Every name, place and fact is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from wirestory import Story, parse

LEAD = "HARBOURVILLE, Ore. (AP) — The port authority voted 7-2 on Tuesday to dredge the channel."
MORE = "Opponents said they would appeal the decision to the state board."
BODY = f"{LEAD}\n\n{MORE}"
BODY_TEXT = (
    "The port authority voted 7-2 on Tuesday to dredge the channel.\n\n"
    "Opponents said they would appeal the decision to the state board."
)


def _labels(story: Story) -> list[str]:
    """Everything that is not body, as sorted ``element:kind`` labels."""
    return sorted(
        [f"credit:{c.role}" for c in story.credits]
        + [f"note:{n.kind}" for n in story.notes]
        + [f"boilerplate:{b.kind}" for b in story.boilerplate]
        + (["byline"] if story.byline else [])
    )


TRAILING: list[tuple[str, str, list[str]]] = [
    # id, what follows the body (blank-line separated), the labels it gives
    # -- author sign-offs (family 7) --
    ("signoff-dash-name", "-Mara Quill", ["boilerplate:signoff"]),
    ("signoff-em-dash-name", "— Tobias Renn", ["boilerplate:signoff"]),
    ("signoff-by-outlet", "-By Mara Quill, Harbour Newswires", ["boilerplate:signoff"]),
    (
        "signoff-phone-email",
        "-Mara Quill; +1 503 555 0100; mara.quill@example.com",
        ["boilerplate:signoff"],
    ),
    # -- reporter contact lines (family 1) --
    (
        "contact-email-phone-messaging",
        "mara.quill@example.com; +44 20 7000 0000; Wire Messaging: mq.example@wire.example",
        ["boilerplate:contact"],
    ),
    (
        "contact-wrapped-label",
        "mara.quill@example.com; +44 20 7000 0000; Wire Messaging:\nmq.example@wire.example",
        ["boilerplate:contact"],  # the label's colon introduces the address under it
    ),
    (
        "contact-in-parentheses",
        "(tobias.renn@example.com; +61-2-9000 1804))",
        ["boilerplate:contact"],
    ),
    (
        "contact-after-credit",
        "(Editing by Ines Marr)\n\n(tobias.renn@example.com; +61 2 9000 1804)",
        ["boilerplate:contact", "credit:editing"],
    ),
    (
        "staff-list",
        "The following staff contributed to this story: Mara Quill in Lima at "
        "mquill@example.com; Tobias Renn in Quito at trenn@example.com",
        ["boilerplate:contact"],
    ),
    # -- reader-service lines (families 8, 12) --
    ("follow-on-network", "Follow Mara Quill on Bluesky: @maraquill", ["boilerplate:contact"]),
    (
        "find-more-at-url",
        "Find more port coverage at https://example.org/hub/ports",
        ["boilerplate:related"],
    ),
    (
        "get-the-latest-via",
        "Get the latest harbour news via www.example.org/harbour",
        ["boilerplate:related"],
    ),
    ("sources-line", "Sources: Harbour Board, state records", ["boilerplate:source"]),
    ("instrument-codes", "<LCOc1> <CLc1> [HBX=ECI]", ["boilerplate:keywords"]),
    (
        "link-text-before-its-link",
        "For more click on\n\n[Harbour Wire](https://example.org/a/b)",
        ["boilerplate:related", "boilerplate:source"],
    ),
    (
        "see-the-before-its-link",
        "See the full ruling at\n\nhttps://example.org/ruling.pdf",
        ["boilerplate:related", "boilerplate:source"],
    ),
    (
        "label-and-headline",
        "More: Dock workers brace for a long winter strike",
        ["boilerplate:related"],
    ),
    (
        "label-and-headline-list",
        "Earlier stories:\nDock Workers Brace for a Long Strike\nPort Fees Seen Rising as Channel Silts Up",
        ["boilerplate:related"],
    ),
    (
        "after-rule-handle",
        "___\n\nMara Quill on Mastodon: www.example.social/@maraquill",
        ["boilerplate:contact", "boilerplate:separator"],
    ),
    (
        "after-rule-work-link",
        "___\n\nHer reporting can be found at https://example.org/search/mara%20quill .",
        ["boilerplate:related", "boilerplate:separator"],
    ),
    # -- editorial status lines --
    ("status-updates-to-follow", "Updates to follow as details emerge.", ["note:editors"]),
    ("status-more-to-come", "More to come.", ["note:editors"]),
    ("status-developing", "This story is developing and will be updated.", ["note:editors"]),
    # -- credits in other forms (family 2) --
    ("credit-by-then-roles", "(By Mara Quill; Editing by Ines Marr)", ["byline", "credit:editing"]),
    (
        "credit-doubled-and-misspelt",
        "(Writing by by Mara Quill; Editng by Ines Marr)",
        ["credit:editing", "credit:writing"],
    ),
    (
        "credit-commas-and-ampersand",
        "(Reporting BY Mara Quill & Tobias Renn, editing by Ines Marr)",
        ["credit:editing", "credit:reporting"],
    ),
    (
        "credit-missing-parenthesis",
        "(Reporting by Mara Quill; Editing by Ines Marr",
        ["credit:editing", "credit:reporting"],
    ),
    ("desk-tag", "--With assistance from Tobias Renn and Ada Lusk (News).", ["credit:assistance"]),
    (
        "helped-with-this-story",
        "Harbour TV contributor Ada Lusk in Lima helped with this story.",
        ["credit:contributing"],
    ),
    # -- markdown residue (family 12) --
    ("image-bullet", "* ![](https://example.org/img/dock.jpg?w=900)", ["boilerplate:caption"]),
    # -- feed trailers (family 7) --
    (
        "desk-initials-and-feed-stamp",
        "dpa grj rmo\n\n\n212101 GMT Nov 18",
        ["boilerplate:signoff", "boilerplate:signoff"],
    ),
    ("feed-code-and-time", "\x03AP-WF-03-04-19 1509GMT<", ["boilerplate:signoff"]),
    (
        "desk-time-date-stamp",
        "==Kyodo\n\x03HRB-21:37-03-04-19\x04",
        ["boilerplate:signoff", "boilerplate:signoff"],
    ),
    # -- page chrome after the story, in any language (family 9) --
    ("chrome-related-label", "Noticias relacionadas", ["boilerplate:page"]),
    ("chrome-widget", "Story continues below advertisement", ["boilerplate:page"]),
    ("chrome-newsletter", "Newsletter", ["boilerplate:page"]),
    ("contact-label-phone", "Media desk: Mara Quill, +1 503 555 0100", ["boilerplate:contact"]),
    (
        "markdown-end-matter",
        "# Notebook\n\n## Internet links\n- [Port board](http://example.org/x)",
        ["boilerplate:page", "boilerplate:page", "boilerplate:related"],
    ),
    (
        "end-matter-under-headings",
        "# Notebook\n\n## Editorial contacts\n- Reporting by: Mara Quill in Lima, Ada Lusk in Quito\n"
        "  and Tobias Renn in Bogota\n- Editing by: Ines Marr, +49 30 0000 31472, <desk@example.com>",
        ["boilerplate:page", "boilerplate:page", "credit:editing", "credit:reporting"],
    ),
    # -- agency code on its own after the story (family 14) --
    ("lone-agency-code", "AP", ["boilerplate:signoff"]),
]


@pytest.mark.parametrize(
    ("tail", "labels"), [t[1:] for t in TRAILING], ids=[t[0] for t in TRAILING]
)
def test_trailing_lines_leave_the_body(tail: str, labels: list[str]) -> None:
    """Each trailing shape is taken off the body and labelled; the body is untouched."""
    story = parse(f"{BODY}\n\n{tail}")
    assert story.body == BODY_TEXT
    assert _labels(story) == labels


STAYS_BODY: list[tuple[str, str]] = [
    # id, a last paragraph that looks a little like trailing material but is story
    ("quote-ending-in-on", '"It is the one thing we can count on," she said.'),
    ("short-final-sentence", "The company did not respond to a request for comment."),
    ("label-sentence", "Heading into the vote: the euro fell 0.5%, the yen rose 0.2%."),
    ("dash-quote", "- The board will meet again in March, officials said."),
    ("pronoun-helped", "He helped with the report."),
    (
        "sentence-with-email",
        "Readers can write to the board at board@example.org, the statement said.",
    ),
    ("lower-case-headline-like", "The harbour pilots have been on strike since June"),
    ("no-final-stop-long", "Pilots said the channel has silted up faster than any year since 1998"),
]


@pytest.mark.parametrize("last", [t[1] for t in STAYS_BODY], ids=[t[0] for t in STAYS_BODY])
def test_story_sentences_stay_body(last: str) -> None:
    """A last paragraph of the story is never taken for trailing material."""
    story = parse(f"{BODY}\n\n{last}")
    assert story.paragraphs[-1].text == last


INSIDE_BODY: list[tuple[str, str, bool]] = [
    # id, a paragraph between two others, whether it is a related headline (not body)
    ("title-case-related", "Dock Fees Climb as Harbour Board Weighs a Second Channel", True),
    (
        "title-case-question-related",
        "Why the Harbour Is Racing to Build Its Own Port: Explainer",
        True,
    ),
    ("all-caps-subhead", "WHAT HAPPENS NEXT FOR THE HARBOUR", False),
    ("short-subhead", "Key Insights", False),
    ("numbered-row", "1. Harbour Pilots Union 1,204 Votes", False),
    ("sentence-without-stop", "The board said it would vote again next week", False),
    ("german-subhead", "Größter Speicher Deutschlands in den Startblöcken", False),
]


@pytest.mark.parametrize(
    ("line", "related"), [t[1:] for t in INSIDE_BODY], ids=[t[0] for t in INSIDE_BODY]
)
def test_related_headlines_inside_the_body(line: str, related: bool) -> None:
    """A Title-Case headline between paragraphs is a related link; a subhead is body."""
    story = parse(f"{LEAD}\n\n{line}\n\n{MORE}")
    assert (line not in [p.text for p in story.paragraphs]) is related


OPENINGS: list[tuple[str, str, str | None, str]] = [
    # id, the text before "The port ...", the dateline text, the body's first words
    ("bare-double-hyphen", "DENVER -- ", "DENVER --", "The port"),
    ("bare-em-dash", "ST. LOUIS — ", "ST. LOUIS —", "The port"),
    ("bare-region", "BATON ROUGE, La. -- ", "BATON ROUGE, La. --", "The port"),
    ("glued-dash", "DENVER--", "DENVER--", "The port"),
    ("cp1252-dash", "DENVER \x97 ", "DENVER \x97", "The port"),
    ("entity-dash", "DENVER &#151; ", "DENVER &#151;", "The port"),
    ("entity-dash-8212", "DENVER &#8212; ", "DENVER &#8212;", "The port"),
    ("no-break-spaces", "DENVER\u00a0—\u00a0", "DENVER\u00a0—", "The port"),
    ("timestamp-in-front", "(03-04) 09:15 PST OAKLAND -- ", "OAKLAND --", "The port"),
    ("unknown-agency-paren", "(Harbour Wire) – ", "(Harbour Wire) –", "The port"),
    ("lower-case-is-no-dateline", "the pilots said -- ", None, "the pilots"),
]


@pytest.mark.parametrize(
    ("before", "dateline", "first"), [t[1:] for t in OPENINGS], ids=[t[0] for t in OPENINGS]
)
def test_openers(before: str, dateline: str | None, first: str) -> None:
    """Bare datelines in every dash, a time stamp before one, an unknown agency opener."""
    story = parse(f"{before}The port authority voted 7-2 on Tuesday.\n\n{MORE}")
    assert (story.dateline.text if story.dateline else None) == dateline
    assert story.body.startswith(first)


LEADING: list[tuple[str, str, str]] = [
    # id, page material above the story, the byline's first name
    (
        "flash-lines-above-byline",
        "**(04:14 GMT)** \\*Harbour Board Could Shift Dredging Plans, Chair Says  \n"
        "**(04:14 GMT)** \\*Board Unlikely to Raise Fees, Chair Says  \n"
        "**(04:15 GMT)** \\*Channel Economics Don't Stack Up, Chair Says  \n"
        "**(04:15 GMT)** \\*Board to Pass on Costs, Chair Says  \n"
        "**(04:16 GMT)** Harbour Board Could Shift Dredging Plans — Interview\n\n"
        "By Mara Quill\n\nPORTLAND--",
        "Mara Quill",
    ),
    (
        "split-date-chrome",
        "87comments\n12\nMar\n2019\n9:41am, EDT\nDredging plan splits the harbour board\n\n"
        "By Tobias Renn, Reuters\n\n",
        "Tobias Renn",
    ),
    (
        "related-bullets-above-dateline",
        "Harbour board votes to dredge\n* Fees seen rising as channel silts up\n"
        "* Pilots threaten a strike\n* Board chair defends the plan\n* Vote split 7-2\n"
        "* Appeal expected\nBy Ada Lusk\nPORTLAND, Ore., March 3 (Reuters) - ",
        "Ada Lusk",
    ),
]


@pytest.mark.parametrize(("above", "byline"), [t[1:] for t in LEADING], ids=[t[0] for t in LEADING])
def test_leading_page_material_is_not_body(above: str, byline: str) -> None:
    """Nothing above a byline near the top, or above a dateline, is body."""
    story = parse(f"{above}The port authority voted 7-2 on Tuesday.\n\n{MORE}")
    assert story.body.startswith("The port authority voted")
    assert story.byline is not None
    assert [c.name for c in story.byline.contributors] == [byline]


def test_feed_format_codes_around_a_byline() -> None:
    """ANPA format codes (``^`` before a line, ``=`` or ``<`` after it) do not hide a byline."""
    story = parse(
        "^Port votes to dredge<\n^By MARA QUILL and TOBIAS RENN=\n^Associated Press=\n"
        f"\t   HARBOURVILLE, Ore. (AP) _ The port authority voted 7-2.\n\n{MORE}"
    )
    assert story.byline is not None
    assert [c.name for c in story.byline.contributors] == ["MARA QUILL", "TOBIAS RENN"]


def test_a_bare_carriage_return_ends_a_line() -> None:
    """A rubric line ended by a bare ``\\r`` is not read as a colon dateline's sentence."""
    story = parse(
        "ZCZC\r^PORTS:  Dredging results after the Harbour vote\r*X\r"
        "HARBOURVILLE, Dec 7 AAP - Results of the vote:\r\n\tRow one\r\n\tRow two"
    )
    assert story.dateline is not None and story.dateline.locations == ("HARBOURVILLE",)


NO_DATELINE: list[tuple[str, str]] = [
    # id, page material between a headline and a lead with no dateline
    ("bullets", "• Vote split 7-2\n• Appeal expected\n"),
    ("label-and-bullets", "Key points:\n* Vote split 7-2\n* Appeal expected\n"),
    ("short-teaser-lines", "Board splits 7-2\nPilots vow to appeal\n"),
    ("nothing", ""),
]


@pytest.mark.parametrize("between", [t[1] for t in NO_DATELINE], ids=[t[0] for t in NO_DATELINE])
def test_leading_lines_without_a_dateline(between: str) -> None:
    """Without a dateline, bullets and short lines under the headline are decks."""
    story = parse(
        f"Harbour board votes to dredge\n{between}The port authority voted 7-2 on Tuesday "
        f"to dredge the channel, officials said.\n{MORE}"
    )
    assert story.headline is not None and story.headline.text == "Harbour board votes to dredge"
    assert story.body.startswith("The port authority voted")


def test_glued_byline_and_dateline() -> None:
    """A byline run into an ALL-CAPS dateline without a space is split at the capitals."""
    story = parse("By Mara QuillBEIJING, Jan. 3 (Xinhua) -- The port reopened.\n\nMore ships came.")
    assert story.byline is not None and story.byline.contributors[0].name == "Mara Quill"
    assert story.dateline is not None and story.dateline.locations == ("BEIJING",)


def test_agency_name_line_is_evidence_only_without_other() -> None:
    """A line that is only an agency's name above a bare dateline names the agency."""
    story = parse(f"Pilots strike\nThe Canadian Press\n\nPORTLAND, Ore. - {MORE}\n\n{MORE}")
    assert story.agency == "Canadian Press"


def test_promo_on_the_dateline_line() -> None:
    """A promotion of imperatives right after the dateline is not the lead."""
    story = parse(
        "(Bloomberg) -- Watch our harbour series on any app. Subscribe via the store.\n"
        "The port authority voted 7-2 on Tuesday.\n" + MORE
    )
    assert story.body.startswith("The port authority voted")
    assert "promo" in [b.kind for b in story.boilerplate]


def test_rubric_headline_is_no_colon_dateline() -> None:
    """``Sport: headline`` above a real dateline is a headline, not a colon dateline."""
    story = parse(
        "Soccer: Harbour Reds claim 7th cup by beating Port Sendai in the final+\n"
        "     SAITAMA, Japan, Dec. 9 Kyodo - Harbour Reds won the cup on Sunday.\n"
    )
    assert story.dateline is not None and story.dateline.locations == ("SAITAMA",)


def test_end_matter_credits_keep_their_people() -> None:
    """A wrapped credit bullet keeps its last name; phones and addresses are no names."""
    story = parse(
        f"{BODY}\n\n## Contacts\n- Reporting by:\ufffdMara Quill in Lima, Ada Lusk in Quito\n"
        "  and Tobias Renn in Bogota\n- Editing by: Ines Marr, +49 30 0000 31472, <desk@example.com>"
    )
    people = {c.role: [p.name for p in c.contributors] for c in story.credits}
    assert people == {
        "reporting": ["Mara Quill", "Ada Lusk", "Tobias Renn"],
        "editing": ["Ines Marr"],
    }


def test_contributed_line_titles_are_not_names() -> None:
    """Titles before names in a contributed line (``AP Photographer``) are dropped."""
    story = parse(
        f"{BODY}\n\nAssociated Press writers Mara Quill in Kyiv, Ukraine; Tobias Renn in Lima "
        "and AP Photographer Ada Lusk in Madrid contributed to this report."
    )
    people = [(p.name, p.location) for c in story.credits for p in c.contributors]
    assert people == [
        ("Mara Quill", "Kyiv, Ukraine"),
        ("Tobias Renn", "Lima"),
        ("Ada Lusk", "Madrid"),
    ]


PARAGRAPHS = st.lists(
    st.sampled_from(
        [
            "The port authority voted 7-2 on Tuesday to dredge the channel.",
            "Opponents said they would appeal the decision to the state board.",
            '"We will keep working on it," the chair said.',
            "Fees at the harbour have doubled since 2019, records show.",
            "Pilots have threatened to strike if the work starts before spring.",
        ]
    ),
    min_size=1,
    max_size=4,
)
TRAILERS = st.lists(
    st.sampled_from(
        [
            "-Mara Quill",
            "-By Tobias Renn, Harbour Newswires",
            "mara.quill@example.com; +44 20 7000 0000",
            "Follow Ada Lusk on Bluesky: @adalusk",
            "Find more port coverage at https://example.org/hub/ports",
            "Sources: Harbour Board",
            "<LCOc1> <CLc1>",
            "Updates to follow.",
            "More: Dock workers brace for a long winter strike",
        ]
    ),
    min_size=1,
    max_size=3,
    unique=True,
)


LEADERS = st.lists(
    st.sampled_from(
        [
            "Harbour board votes to dredge",
            "**(04:14 GMT)** \\*Harbour Board Could Shift Dredging Plans, Chair Says",
            "87comments",
            "9:41am, EDT",
            "By Mara Quill",
            "* Fees seen rising as channel silts up",
        ]
    ),
    max_size=4,
    unique=True,
)
DATELINES = st.sampled_from(
    [
        "HARBOURVILLE (AP) — ",
        "HARBOURVILLE, Ore. -- ",
        "HARBOURVILLE \x97 ",
        "(03-04) 09:15 PST HARBOURVILLE -- ",
        "(Harbour Wire) – ",
        "HARBOURVILLE, March 3 (Reuters) - ",
    ]
)


@given(leaders=LEADERS, dateline=DATELINES, paragraphs=PARAGRAPHS, trailers=TRAILERS)
def test_generated_stories_keep_exactly_their_paragraphs(
    leaders: list[str], dateline: str, paragraphs: list[str], trailers: list[str]
) -> None:
    """Page material, a dateline of one of the families, body paragraphs, then trailing
    lines of the families in any order: the body is exactly the generated paragraphs."""
    # Decided: an agency not in the registry opens the story only under at most two lines
    assume(not dateline.startswith("(Harbour Wire)") or len(leaders) <= 2)
    head = "\n".join(leaders) + "\n\n" if leaders else ""
    text = head + dateline + "\n\n".join(paragraphs) + "\n\n" + "\n\n".join(trailers)
    story = parse(text)
    assert [p.text for p in story.paragraphs] == paragraphs
    assert story.dateline is not None
