"""Metamorphic layouts: the same story in another physical layout parses the same.

A story is built from generated paragraphs, a headline above and a credit line below,
then laid out as (a) CRLF line ends, (b) one paragraph per line, (c) blank-line
separated, (d) hard-wrapped with blank lines, (e) an indented wire feed, (f) no-break
and trailing spaces, and (g) one line. (a)-(f) give the same paragraphs; (g) the same
body text. In (d)-(f) a long credit line, a promo and a link after the story are
hard-wrapped too and still leave the body. Then one example per layout rule of ``_blocks``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from wirestory import parse
from wirestory._parse.document import Document, groups, wrapped_width

HEADLINE = "Bank holds rates as prices rise"
DATELINE = "BERLIN (Reuters) - "
CREDIT = "(Reporting by Jo Li; Editing by Al Roe)"

WORDS = st.sampled_from(
    "the bank said on tuesday that prices rose while shares fell sharply in early "
    "trade, after officials announced new measures to curb lending".split()
)
SENTENCE = st.lists(WORDS, min_size=4, max_size=16).map(
    lambda ws: " ".join(ws).rstrip(",").capitalize() + "."
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
PARAGRAPHS = st.lists(PARAGRAPH, min_size=1, max_size=5)


def _wrap(text: str, width: int, indent: str = "") -> str:
    return "\n".join(
        textwrap.wrap(
            text, width, initial_indent=indent, break_long_words=False, break_on_hyphens=False
        )
    )


def _units(paras: list[str]) -> list[str]:
    return [DATELINE + paras[0], *paras[1:], CREDIT]


def _nbsp(text: str) -> str:
    """Every third space a no-break space; two spaces after every line."""
    words = text.split(" ")
    spaced = (
        "".join(w + ("\u00a0" if i % 3 == 2 else " ") for i, w in enumerate(words[:-1]))
        + (words[-1])
    )
    return "\n".join(line + "  " for line in spaced.split("\n"))


LAYOUTS: dict[str, Callable[[list[str]], str]] = {
    "a-crlf": lambda ps: "\r\n".join([HEADLINE, *_units(ps)]),
    "b-one-per-line": lambda ps: "\n".join([HEADLINE, *_units(ps)]),
    "c-blank-separated": lambda ps: "\n\n".join([HEADLINE, *_units(ps)]),
    "d-wrapped-64": lambda ps: "\n\n".join([HEADLINE, *(_wrap(u, 64) for u in _units(ps))]),
    "d-wrapped-80": lambda ps: "\n\n".join([HEADLINE, *(_wrap(u, 80) for u in _units(ps))]),
    "e-wire-feed": lambda ps: "\n".join([HEADLINE, *(_wrap(u, 68, "    ") for u in _units(ps))]),
    "f-nbsp-trailing": lambda ps: _nbsp("\n\n".join([HEADLINE, *_units(ps)])),
    "f-nbsp-wrapped": lambda ps: _nbsp(
        "\n\n".join([HEADLINE, *(_wrap(u, 72) for u in _units(ps))])
    ),
}


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _shows_wrapping(text: str) -> bool:
    """Whether some hard-wrapped line breaks inside a sentence (see ``_blocks``)."""
    start = text.index("(Reuters) - ")
    return wrapped_width(text, groups(Document.of(text).lines_from(start))) is not None


@given(PARAGRAPHS, st.sampled_from(sorted(LAYOUTS)))
def test_layouts_give_the_same_paragraphs(paras: list[str], layout: str) -> None:
    """(a)-(f): the paragraphs, the headline and the credit come back in every layout."""
    text = LAYOUTS[layout](paras)
    if "wrapped" in layout:
        # Decided: wrapped lines that all end a sentence read as one paragraph per line
        wrapped = any(len(p) + len(DATELINE) > 64 for p in paras)
        assume(not wrapped or _shows_wrapping(text))
    story = parse(text)
    assert [_squash(p.text) for p in story.paragraphs] == paras
    assert story.headline is not None
    assert _squash(story.headline.text) == HEADLINE
    assert [c.role for c in story.credits] == ["reporting", "editing"]
    for p in story.paragraphs:
        assert text[p.span.start : p.span.end] == p.text


@given(PARAGRAPHS)
def test_one_line_keeps_the_body_text(paras: list[str]) -> None:
    """(g): a story collapsed onto one line keeps its body text and credits."""
    story = parse(" ".join(_units(paras)))
    assert _squash(story.body) == " ".join(paras)
    assert {c.role for c in story.credits} == {"reporting", "editing"}


LONG_CREDIT = (
    "(Reporting by Jo Li in Frankfurt and Ana Ruiz in Madrid; Editing by Al Roe and Bo Chan)"
)
"""A credit line that wraps at 64, 72 and 80 columns."""
TRAILING = (
    "Follow AP’s coverage of the central banks at https://apnews.com/hub/central-banks",
    "[Harbour Wire Daily](https://example.org/news/harbour-wire:20250210:0/)",
)
"""A promo and a markdown link whose label holds spaces: both wrap at 64 columns."""


def _tail_units(paras: list[str]) -> list[str]:
    return [DATELINE + paras[0], *paras[1:], LONG_CREDIT, *TRAILING]


TAIL_LAYOUTS: dict[str, Callable[[list[str]], str]] = {
    "d-wrapped-64": lambda ps: "\n\n".join([HEADLINE, *(_wrap(u, 64) for u in _tail_units(ps))]),
    "d-wrapped-72": lambda ps: "\n\n".join([HEADLINE, *(_wrap(u, 72) for u in _tail_units(ps))]),
    "e-wire-feed-64": lambda ps: "\n".join(
        [HEADLINE, *(_wrap(u, 64, "    ") for u in _tail_units(ps))]
    ),
    "e-wire-feed-72": lambda ps: "\n".join(
        [HEADLINE, *(_wrap(u, 72, "    ") for u in _tail_units(ps))]
    ),
    "f-nbsp-wrapped-64": lambda ps: _nbsp(
        "\n\n".join([HEADLINE, *(_wrap(u, 64) for u in _tail_units(ps))])
    ),
}


def test_the_tail_units_wrap() -> None:
    """The credit line, the promo and the link really span lines at 64 columns."""
    assert all("\n" in _wrap(u, 64) for u in (LONG_CREDIT, *TRAILING))


@given(PARAGRAPHS, st.sampled_from(sorted(TAIL_LAYOUTS)))
def test_wrapped_credits_and_trailing_material_leave_the_body(
    paras: list[str], layout: str
) -> None:
    """(d)-(f): a wrapped credit line, promo and link after the story are not body."""
    text = TAIL_LAYOUTS[layout](paras)
    wrapped = any(len(p) + len(DATELINE) > 64 for p in paras)
    assume(not wrapped or _shows_wrapping(text))
    story = parse(text)
    assert [_squash(p.text) for p in story.paragraphs] == paras
    assert [c.role for c in story.credits] == ["reporting", "editing"]
    assert [[w.name for w in c.contributors] for c in story.credits] == [
        ["Jo Li", "Ana Ruiz"],
        ["Al Roe", "Bo Chan"],
    ]
    assert sorted(b.kind for b in story.boilerplate) == ["promo", "source"]
    spans = [(e.span, e.text) for e in story.paragraphs]
    spans += [(e.span, e.text) for e in story.credits]
    spans += [(e.span, e.text) for e in story.boilerplate]
    for span, piece in spans:
        assert text[span.start : span.end] == piece


GLUED_HEADLINES = st.sampled_from(
    ["Bank holds rates as prices rise", "Mill Shares Climb on New Orders", "Rates: what next?"]
)
GLUED_DATELINES = st.sampled_from(
    ["BERLIN (Reuters) - ", "SEOUL, March 3 (Yonhap) -- ", "RALEIGH, N.C. (AP) — ", "May 2 (AP) "]
)


@given(GLUED_HEADLINES, GLUED_DATELINES, PARAGRAPHS)
def test_one_line_with_headline_and_dateline(
    headline: str, dateline: str, paras: list[str]
) -> None:
    """(g): headline, a dateline with an agency, paragraphs and a credit line collapsed onto
    one line give back the headline, the dateline, the body text and the credits."""
    text = " ".join([headline, dateline + paras[0], *paras[1:], CREDIT])
    story = parse(text)
    assert story.headline is not None and story.headline.text == headline
    assert story.dateline is not None and story.dateline.text == dateline.strip()
    assert _squash(story.body) == " ".join(paras)
    assert {c.role for c in story.credits} == {"reporting", "editing"}


# -- one example per layout rule ---------------------------------------------------------

LONG_A = (
    "The central bank raised its key rate by a quarter point on Thursday, its "
    "third increase this year, and said more were likely."
)
LONG_B = "Governor Ana Ruiz told reporters that inflation remained too high for comfort."

RULES: list[tuple[str, str, list[str]]] = [
    (
        "short-sentences-are-one-per-line",
        "Prices rose for a third month in a row.\nThe bank said it would act soon.",
        ["Prices rose for a third month in a row.", "The bank said it would act soon."],
    ),
    (
        "similar-lines-broken-mid-sentence-are-wrapped",
        "Prices rose for a third month in a row, the\nstatistics office said on Monday.",
        ["Prices rose for a third month in a row, the\nstatistics office said on Monday."],
    ),
    (
        "wrap-width-shown-elsewhere-joins-a-sentence-end",
        "Prices rose for a third month in a row, the\nstatistics office said on Monday.\n\n"
        "The bank raised its key rate again in June.\nIt said more were likely.",
        [
            "Prices rose for a third month in a row, the\nstatistics office said on Monday.",
            "The bank raised its key rate again in June.\nIt said more were likely.",
        ],
    ),
    (
        "feed-indent-opens-a-paragraph",
        "    Prices rose for a third month in a row, the\nstatistics office said.\n"
        "    The bank said it would act\nsoon.",
        [
            "Prices rose for a third month in a row, the\nstatistics office said.",
            "The bank said it would act\nsoon.",
        ],
    ),
    (
        "feed-with-one-wide-link-line",
        "    Prices rose for a third month in a row, the\nstatistics office said.\n"
        "    The bank said it would act\nsoon, officials said on Friday, and more.\n"
        "    Details\nfollow.\n    More follows\nhere.\nhttps://example.com/" + "x" * 100,
        [
            "Prices rose for a third month in a row, the\nstatistics office said.",
            "The bank said it would act\nsoon, officials said on Friday, and more.",
            "Details\nfollow.",
            "More follows\nhere.\nhttps://example.com/" + "x" * 100,
        ],
    ),
    (
        "flat-wrapped-short-sentence-line-ends-a-paragraph",
        "Prices rose for a third month in a row, the statistics\noffice said on Monday.\n"
        "The bank raised its key rate by a quarter point and\nsaid more were likely.",
        [
            "Prices rose for a third month in a row, the statistics\noffice said on Monday.",
            "The bank raised its key rate by a quarter point and\nsaid more were likely.",
        ],
    ),
    ("crlf-and-trailing-spaces", f"{LONG_A}  \r\n\r\n{LONG_B}\u00a0\r\n", [LONG_A, LONG_B]),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_layout_rule(text: str, expected: list[str]) -> None:
    """Each layout rule cuts its example into the expected blocks, spans exact."""
    blocks = Document.of(text).blocks(0)
    assert [text[s:e] for s, e in blocks] == expected


DATELINE_LINES: list[tuple[str, str]] = [
    (
        "wrapped-in-lower-case",
        "KOLKATA: Shares in the company fell sharply in early trade after\nthe announcement.",
    ),
    (
        "wrapped-feed-line",
        "    HONG KONG - Prices rose for a third straight month, according to\nfigures "
        "released on Wednesday.\n    No further details were available.",
    ),
]


@pytest.mark.parametrize("text", [d[1] for d in DATELINE_LINES], ids=[d[0] for d in DATELINE_LINES])
def test_dateline_on_a_hard_wrapped_line(text: str) -> None:
    """A dateline whose sentence the next line continues in lower case is a dateline."""
    story = parse(text)
    assert story.dateline is not None
    assert story.headline is None
    assert _squash(story.paragraphs[0].text).endswith(("announcement.", "Wednesday."))


def test_a_headline_above_a_capitalised_line_stays_a_headline() -> None:
    """Only a lower-case continuation makes a dateline's line hard-wrapped."""
    story = parse("WASHINGTON: Trump says tariffs are coming\nThe White House said so.")
    assert story.dateline is None


# -- a story collapsed onto one line: the opening ---------------------------------------

# id, text, (headline, dateline, first words of the body); None where there is none
GLUED_OPENINGS: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "agency-after-caps-place",
        "Mayor opens new bridge ORLEANS CITY (AP) — The mayor cut the ribbon on Monday.",
        ("Mayor opens new bridge", "ORLEANS CITY (AP) —", "The mayor"),
    ),
    (
        "date-first-after-byline",
        "Two held after fair fight By The Associated Press March 3, 2011 (AP) Police said two.",
        ("Two held after fair fight", "March 3, 2011 (AP)", "Police said"),
    ),
    (
        "caps-place-region-dash",
        "State court backs new map GREEN FALLS, Ore. – The court ruled on Friday.",
        ("State court backs new map", "GREEN FALLS, Ore. –", "The court"),
    ),
    (
        "caps-place-date-dash",
        "Port strike ends early RIVERTON, May 4 - Dock workers went back on Tuesday.",
        ("Port strike ends early", "RIVERTON, May 4 -", "Dock workers"),
    ),
    (
        "headline-ends-in-abbreviation",
        "Boat found off Wash. PORT ELLIS, Wash. (AP) — A boat was found on Sunday.",
        ("Boat found off Wash.", "PORT ELLIS, Wash. (AP) —", "A boat"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [g[1:] for g in GLUED_OPENINGS], ids=[g[0] for g in GLUED_OPENINGS]
)
def test_glued_opening(text: str, expected: tuple[str | None, str | None, str]) -> None:
    """A headline (and byline) glued before a strong dateline on one line are split off."""
    headline, dateline, body = expected
    story = parse(text)
    assert (story.headline.text if story.headline else None) == headline
    assert (story.dateline.text if story.dateline else None) == dateline
    assert story.body.startswith(body)


NOT_GLUED: list[tuple[str, str]] = [
    (
        "sentence-before-agency",
        "Prices rose sharply. Dealers in LONDON (Reuters) - The pound fell.",
    ),
    (
        "sentence-before-place",
        "Prices rose sharply. Dealers in GREEN FALLS, Ore. – The pound fell.",
    ),
    (
        "lower-case-after-dash",
        "Officials in GREEN FALLS, Ore. – who asked not to be named – agreed.",
    ),
    ("colon-is-no-sign", "Retail sales seen higher FORECASTS, Jan: The median is 0.3 percent."),
    ("place-alone", "Port strike ends RIVERTON - Dock workers went back on Tuesday."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_GLUED], ids=[n[0] for n in NOT_GLUED])
def test_no_glued_dateline(text: str) -> None:
    """Without an agency or a region or date and a dash after mixed case, or after a
    sentence of body, a dateline-like run inside the line is no dateline."""
    assert parse(text).dateline is None


def test_collapsed_dataset_header() -> None:
    """A dataset header collapsed onto the first line is read piece by piece."""
    text = (
        "-- Mill shares rise on orders -- By  Ann Berg -- Mon Mar 4, 2013 9:15am EST -- "
        "http://example.com/mill-idUS1 (Reuters) - Mill shares rose. (Editing by Al Roe)"
    )
    story = parse(text)
    assert story.headline is not None and story.headline.title == "Mill shares rise on orders"
    assert story.byline is not None
    assert [p.name for p in story.byline.contributors] == ["Ann Berg"]
    assert story.dateline is not None and story.dateline.text == "(Reuters) -"
    assert story.body == "Mill shares rose."
    assert [b.kind for b in story.boilerplate] == ["timestamp", "header"]


def test_collapsed_dataset_header_without_dateline() -> None:
    """Without a dateline the body starts right after the header's link."""
    text = "-- Sales seen up -- -- Mon Feb 8, 2010 3:49pm EST -- http://example.com/s Sales rose."
    story = parse(text)
    assert story.dateline is None
    assert story.body == "Sales rose."


# -- a collapsed story with trailing items glued to its end -------------------------------

GLUED_ITEMS: dict[str, tuple[str, list[str]]] = {
    # name: (the item as glued, the labels it gives)
    "credit": (CREDIT, ["credit:editing", "credit:reporting"]),
    "contributed": (
        "___ AP writer Dana Voss contributed to this report.",
        ["boilerplate:separator", "credit:contributing"],
    ),
    "signoff": ("jo@yna.co.kr(END)", ["boilerplate:signoff"]),
    "assistance": ("--With assistance from Ola Berg.", ["credit:assistance"]),
}
"""Items that may stand anywhere in the tail."""
LAST_ITEMS: dict[str, tuple[str, list[str]]] = {
    "standards": (
        "Our Standards: The Thomson Reuters Trust Principles.",
        ["boilerplate:standards"],
    ),
    "copyright": ("© 2024 Harbour Wire. All rights reserved.", ["boilerplate:copyright"]),
}
"""Items that take everything after them, so they come last."""
GLUED_TAILS = st.tuples(
    st.lists(st.sampled_from(sorted(GLUED_ITEMS)), unique=True, max_size=3),
    st.sampled_from([None, *sorted(LAST_ITEMS)]),
).filter(lambda t: 1 <= len(t[0]) + (t[1] is not None) <= 3)


@given(PARAGRAPHS, GLUED_TAILS)
def test_one_line_with_glued_trailing_items(
    paras: list[str], tail: tuple[list[str], str | None]
) -> None:
    """(g): one to three trailing items glued to a collapsed story's last sentence leave
    exactly the body, and each is labelled."""
    items = [GLUED_ITEMS[name] for name in tail[0]]
    if tail[1] is not None:
        items.append(LAST_ITEMS[tail[1]])
    text = " ".join([DATELINE + paras[0], *paras[1:], *(item for item, _ in items)])
    story = parse(text)
    assert _squash(story.body) == " ".join(paras)
    labels = (
        [f"credit:{c.role}" for c in story.credits]
        + [f"note:{n.kind}" for n in story.notes]
        + [f"boilerplate:{b.kind}" for b in story.boilerplate]
    )
    assert sorted(labels) == sorted(label for _, ls in items for label in ls)
