"""Trailing material glued to the last sentence of a collapsed story.

When a story arrives on one line (a scraped page, a feed field) its credit lines,
sign-offs and notices sit on the same line as the last sentence. The ending step peels
them off one by one from the end; each starts at a sentence end or after a rule (AP's
``___``) and is matched whole by a row or a credit rule. A sentence of the story that
merely looks like one stays body. Every example is made up.
"""

from __future__ import annotations

import pytest

from wirestory import parse
from wirestory._parse.boilerplate import match_glued_tail
from wirestory._parse.credit_lines import find_trailing_credits

LEAD = "ORAN, Ohio (AP) — The county fair opened on Friday with record crowds."


def _labels(text: str) -> tuple[str, list[str]]:
    """The body and the sorted labels of everything after it."""
    story = parse(text)
    labels = (
        [f"credit:{c.role}" for c in story.credits]
        + [f"note:{n.kind}" for n in story.notes]
        + [f"boilerplate:{b.kind}" for b in story.boilerplate]
    )
    return story.body, sorted(labels)


SPLIT: list[tuple[str, str, list[str]]] = [
    # id, the glued tail after LEAD, the labels it gives
    (
        "ap-rule-contributed",
        "___ Associated Press writers Mia Holt and Teo Rask contributed to this report.",
        ["boilerplate:separator", "credit:contributing"],
    ),
    (
        "ap-rule-contributed-short",
        "___ AP writer Dana Voss contributed.",
        ["boilerplate:separator", "credit:contributing"],
    ),
    (
        "ap-contributed-in-italics",
        "*The Associated Press contributed to this report.*",
        ["credit:contributing"],
    ),
    (
        "ap-rule-podcast-promo",
        "___ Catch up on the fair with our weekly farm podcast, “Hay Day.”",
        ["boilerplate:promo", "boilerplate:separator"],
    ),
    (
        "ap-two-rules-and-a-follow-line",
        "___ AP writer Dana Voss contributed to this report. ___ Follow Dana Voss at "
        "https://twitter.com/danavoss",
        [
            "boilerplate:contact",
            "boilerplate:separator",
            "boilerplate:separator",
            "credit:contributing",
        ],
    ),
    ("ap-rule-alone", "___", ["boilerplate:separator"]),
    (
        "graphics-notes",
        "(Graphic: Fair visitors by year - here) (Graphic: Ticket prices - here)",
        ["boilerplate:related"],
    ),
    (
        "bloomberg-assistance-and-syndication",
        "--With assistance from Ola Berg and Kim Sand. *(Only the headline and picture of "
        "this report may have been reworked by the Daily Ledger staff; the rest of the "
        "content is auto-generated from a syndicated feed.)*",
        ["boilerplate:syndication", "credit:assistance"],
    ),
    (
        "bloomberg-promo-and-copyright",
        "For more articles like this, please visit us at bloomberg.com Subscribe now to stay "
        "ahead with the most trusted business news source. ©2020 Bloomberg L.P.",
        ["boilerplate:copyright", "boilerplate:promo"],
    ),
    (
        "bulleted-credits-and-a-source-link",
        "* Reporting by Jo Li, jli@example.com; Editing by Al Roe, aroe@example.com "
        "[Harbour Wire](https://example.org/news/fair:0/)",
        ["boilerplate:source", "credit:editing", "credit:reporting"],
    ),
    (
        "desk-keywords-and-link",
        "(Reuters Ohio editorial) Keywords: OHIO FAIR/ [Reuters](https://example.org/a/b)",
        ["boilerplate:keywords", "boilerplate:signoff"],  # the keywords row takes the link
    ),
    (
        "credits-then-standards-after-a-space",
        "Reporting by Jo Li; editing by Al Roe Our Standards: The Thomson Reuters Trust "
        "Principles., opens new tab Share",
        ["boilerplate:unknown", "credit:editing", "credit:reporting"],  # furniture: one piece
    ),
    (
        "rule-then-information-from",
        "——— Information from: WXYZ-FM, http://example.org",
        ["boilerplate:separator", "boilerplate:source"],
    ),
]


@pytest.mark.parametrize(("tail", "labels"), [s[1:] for s in SPLIT], ids=[s[0] for s in SPLIT])
def test_glued_endings_split(tail: str, labels: list[str]) -> None:
    """Each glued item leaves the body and is labelled."""
    body, found = _labels(f"{LEAD} It closes on Sunday. {tail}")
    assert body == "The county fair opened on Friday with record crowds. It closes on Sunday."
    assert found == labels


KEEP: list[tuple[str, str]] = [
    # id, a last paragraph that only looks like it ends with trailing material
    ("contributed-money", "The Lions Club contributed $5,000 to the fair."),
    ("he-contributed", "Farmers say Dana Voss contributed."),
    ("reporting-season", "Prices rose. Reporting season starts on Monday, analysts said."),
    (
        "sign-up-now-sentence",
        "Stalls sold out by noon, and organisers said the livestock show drew twice as many "
        "entries as last year, with judges working late into the evening to see every "
        "animal. Officials urged residents to sign up now.",
    ),
    ("subscribe-sentence", "Prices rose. Subscribe counts at the fair fell by half."),
    ("dash-aside", "Prices rose -- reporting delays aside -- for a third week."),
    ("rule-inside-a-sentence", "The score was tied ___ at the half, he said."),
    ("our-standards-quote", "He said: Our standards: the best beef in the county."),
    ("link-inside-a-sentence", "See [the fair map](https://example.org/map) at the gate."),
]


@pytest.mark.parametrize("text", [k[1] for k in KEEP], ids=[k[0] for k in KEEP])
def test_glued_looking_sentences_stay_body(text: str) -> None:
    """A body sentence that merely looks like trailing material is not cut off."""
    body, found = _labels(f"{LEAD} {text}")
    assert body == f"The county fair opened on Friday with record crowds. {text}"
    assert found == []


def test_a_glued_tail_never_takes_the_paragraph() -> None:
    """The paragraph's own start is no cut, even after a rule."""
    text = "___ Catch up on our weekly podcast."
    assert match_glued_tail(text, 0, len(text)) is None
    assert find_trailing_credits("AP writer Jo Li contributed to this report.", 0, 43)[1] == ()


def test_yonhap_mail_after_an_escaped_quote() -> None:
    """An HTML-escaped quote ends a sentence too: the e-mail sign-off after it is split."""
    body, found = _labels(f"{LEAD} He called it &quot;a fine day.&quot; jo@yna.co.kr(END)")
    assert body.endswith("&quot;a fine day.&quot;")
    assert found == ["boilerplate:signoff"]
