"""Byline case table."""

from __future__ import annotations

import pytest

from wirestory import parse, parse_byline

# id, text, (names, agency)
CASES = [
    ("one", "By Jane Doe", (["Jane Doe"], None)),
    (
        "two",
        "By Ingrid Melander and Harry Papachristou",
        (["Ingrid Melander", "Harry Papachristou"], None),
    ),
    (
        "three",
        "By Kristina Cooke, Pedro da Costa and Emily Flitter",
        (["Kristina Cooke", "Pedro da Costa", "Emily Flitter"], None),
    ),
    (
        "dataset-header",
        "-- By  Kristina Cooke ,  Pedro da Costa  and  Emily Flitter",
        (["Kristina Cooke", "Pedro da Costa", "Emily Flitter"], None),
    ),
    ("caps-with-title", "By ANDREW TAYLOR, Associated Press Writer", (["ANDREW TAYLOR"], "AP")),
    ("agency-title", "By Brigid Riley, Reuters", (["Brigid Riley"], "Reuters")),
    ("agency-only", "By Reuters", ([], "Reuters")),
    ("agency-staff", "Reuters Staff", ([], "Reuters")),
    ("the-ap", "By THE ASSOCIATED PRESS", ([], "AP")),
    ("lower-case-by", "by Jane Doe", (["Jane Doe"], None)),
    ("for-the-ap", "By ED WHITE for the Associated Press", (["ED WHITE"], "AP")),
    ("agency-after-name", "By JOANN LOVI Associated Press", (["JOANN LOVI"], "AP")),
    ("title-next-line", "By KIM TONG-HYUNG\nAssociated Press", (["KIM TONG-HYUNG"], "AP")),
    ("business-writer", "By Jo Li, AP Business Writer", (["Jo Li"], "AP")),
    (
        "markdown-bold",
        "**By\u00a0Courtney McB and Andrea Pal**",
        (["Courtney McB", "Andrea Pal"], None),
    ),
    (
        "linked-tickers",
        "By Andrew Gou, Nate Ray (NSE:RYMD) and Lewis (JO:LEWJ) Kraus",
        (["Andrew Gou", "Nate Ray", "Lewis Kraus"], None),
    ),
    ("cna-at-the-end", "(By Y.F. Low)", (["Y.F. Low"], None)),
    ("ians-pipe", "BY SAEED NAQ IANS |", (["SAEED NAQ"], "IANS")),
    (
        "afp-capital-surnames",
        "Nico GARC with Daria ANDRI in Kyiv AFP",
        (["Nico GARC", "Daria ANDRI"], "AFP"),
    ),
    ("by-associated-press", "By Associated Press", ([], "AP")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_byline(text: str, expected: tuple[list[str], str | None]) -> None:
    """People as written, the agency never among them."""
    found = parse_byline(text)
    assert found is not None
    assert ([p.name for p in found.contributors], found.agency) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the day, prices had fallen.",
        "Bystanders watched.",
        "Oil rises",
        "Ukraine says peace is near AFP",
        "jeeho@yna.co.kr(END)",
    ],
    ids=["sentence", "word-starting-by", "headline", "headline-ending-in-afp", "yonhap-email"],
)
def test_not_a_byline(text: str) -> None:
    """Sentences that start with By are not bylines."""
    assert parse_byline(text) is None


def test_display_name_normalises_capitals() -> None:
    """Capitals become title case with particles and Mc kept right."""
    found = parse_byline("By ROBERT MCDONALD and LUDWIG VAN DER BERG")
    assert found is not None
    assert [p.display_name for p in found.contributors] == [
        "Robert McDonald",
        "Ludwig van der Berg",
    ]


def test_byline_glued_to_dateline() -> None:
    """A byline on the dateline's line is split from it."""
    story = parse(
        "By Promit Mukherjee and David Ljunggren OTTAWA, Feb 12 (Reuters) - The BoC spoke."
    )
    assert story.byline is not None and story.dateline is not None
    assert [p.name for p in story.byline.contributors] == ["Promit Mukherjee", "David Ljunggren"]
    assert story.dateline.locations == ("OTTAWA",)
    assert story.body == "The BoC spoke."


def test_byline_glued_after_headline() -> None:
    """Yonhap pages glue headline, byline and dateline into one line."""
    story = parse(
        "Oil bill passesBy Kim Eun-jung SEOUL, Dec. 29 (Yonhap) -- The bill passed.\n\nMore."
    )
    assert story.byline is not None and story.headline is not None
    assert [p.name for p in story.byline.contributors] == ["Kim Eun-jung"]
    assert story.headline.text == "Oil bill passes"
    assert story.body.startswith("The bill passed.")


def test_capitalised_by_in_a_headline_is_no_byline() -> None:
    """A headline word ``By`` before a glued dateline names no one."""
    story = parse("Stocks Hit By Selloff NEW YORK (Reuters) - Stocks fell.")
    assert story.byline is None


def test_bold_byline_before_the_story() -> None:
    """A bold byline may share its line with the first sentence."""
    story = parse("**By Jo Li and Al Mo** Prices rose.\n\nThey fell later.")
    assert story.byline is not None
    assert [p.name for p in story.byline.contributors] == ["Jo Li", "Al Mo"]
    assert story.paragraphs[0].text == "Prices rose."


def test_byline_at_the_end_with_signoff() -> None:
    """CNA puts ``(By Chris Wang)`` at the end, before its sign-off."""
    story = parse("Taipei, Sept. 30 (CNA) The plan was set.\n\n(By Chris Wang) ENDITEM/J")
    assert story.byline is not None
    assert [p.name for p in story.byline.contributors] == ["Chris Wang"]
    assert [b.kind for b in story.boilerplate] == ["signoff"]
    assert story.body == "The plan was set."


def test_title_on_the_next_line_joins_the_byline() -> None:
    """``Associated Press Writer`` under the names is the byline's title, not a deck."""
    story = parse("Stocks fall\nBy ANDREW TAY\nAssociated Press Writer\nWASHINGTON (AP) -- Hi.")
    assert story.byline is not None
    assert story.byline.agency == "AP"
    assert story.boilerplate == ()
