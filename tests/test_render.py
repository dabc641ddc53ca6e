"""render(): canonical wire text in a style, and the round trip through parse.

Clauses: each element is written in the style's form (case table below); the parts
``kept_parts`` names come back from ``parse(render(s))`` for generated stories and for
at least 99 % of the dev corpus; ``render(parse(render(s))) == render(s)``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory import Span, Story, parse, render
from wirestory.render import STYLES, kept_parts
from wirestory.strategies import REFERENCE_DATE, WireText, stories, wire_texts

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
REF = dt.date(2025, 4, 28)

# id, input, style, expected output
CASES: list[tuple[str, str, str, str]] = [
    (
        "reuters-every-element",
        "UPDATE 2-Port budget passes\n\nBy Ann Berg and Ola Dahl\n\n"
        "(Adds mayor's comment in paragraph 3)\n\n"
        "NORTHAVEN, April 26 (Reuters) - The council passed the budget on Friday.\n\n"
        "The mayor said more money would go to schools.\n\n($1 = 0.92 euros)\n\n"
        "(Reporting by Tomas Reyes in Kyiv; Additional reporting by Mira Okafor; "
        "Editing by Ewa Park and Kenji Sandoval)",
        "reuters",
        "UPDATE 2-Port budget passes\n\nBy Ann Berg and Ola Dahl\n\n"
        "(Adds mayor's comment in paragraph 3)\n\n"
        "NORTHAVEN, April 26 (Reuters) - The council passed the budget on Friday.\n\n"
        "The mayor said more money would go to schools.\n\n($1 = 0.92 euros)\n\n"
        "(Reporting by Tomas Reyes in Kyiv; Additional reporting by Mira Okafor; "
        "Editing by Ewa Park and Kenji Sandoval)",
    ),
    (
        "ap-month-and-dash-from-reuters-copy",
        "NORTHAVEN, Sept 3 (Reuters) -- The council passed the budget on Friday.",
        "ap",
        "NORTHAVEN, Sept. 3 (Reuters) — The council passed the budget on Friday.",
    ),
    (
        "reuters-month-from-ap-copy",
        "PORT ELLIS, Ore., Aug. 9 (AP) _ The ferry strike ended on Monday.",
        "reuters",
        "PORT ELLIS, Ore., Aug 9 (AP) - The ferry strike ended on Monday.",
    ),
    (
        "ap-region-and-contributed-line",
        "RIVERTON, Ukraine (AP) — The ferry strike ended on Monday.\n\n"
        "Associated Press writers Ann Berg in Kyiv and Ola Dahl contributed to this report.",
        "ap",
        "RIVERTON, Ukraine (AP) — The ferry strike ended on Monday.\n\n"
        "Associated Press writers Ann Berg in Kyiv and Ola Dahl contributed to this report.",
    ),
    (
        "other-agency-keeps-its-name-in-ap-style",
        "TOLVIK, June 2 (Xinhua) -- The council passed the budget on Friday.",
        "ap",
        "TOLVIK, June 2 (Xinhua) — The council passed the budget on Friday.",
    ),
    (
        "contributed-line-of-another-agency-has-no-ap-title",
        "TOLVIK (Kyodo) -- The council passed the budget on Friday.\n\n"
        "Ann Berg in Kyiv contributed to this report.",
        "ap",
        "TOLVIK (Kyodo) — The council passed the budget on Friday.\n\n"
        "Ann Berg in Kyiv contributed to this report.",
    ),
    (
        "bloomberg-assistance-keeps-its-form",
        "(Bloomberg) -- Shares fell sharply in early trade on Tuesday.\n\n"
        "--With assistance from Ann Berg and Ola Dahl.",
        "reuters",
        "(Bloomberg) - Shares fell sharply in early trade on Tuesday.\n\n"
        "--With assistance from Ann Berg and Ola Dahl.",
    ),
    (
        "written-year-is-kept-inferred-year-is-not",
        "BELMORA, June 6, 2019 (AFP) - Prices rose.\n\nThey fell again.",
        "reuters",
        "BELMORA, June 6, 2019 (AFP) - Prices rose.\n\nThey fell again.",
    ),
    (
        "day-first-date-in-month-first-form",
        "BELMORA, 21 mar (EFE).- Prices rose on Monday after the vote.",
        "reuters",
        "BELMORA, March 21 (EFE) - Prices rose on Monday after the vote.",
    ),
    (
        "two-role-clause-is-two-clauses",
        "KARVETSK (Reuters) - Prices rose on Monday.\n\n(Reporting and editing by Ann Berg)",
        "reuters",
        "KARVETSK (Reuters) - Prices rose on Monday.\n\n"
        "(Reporting by Ann Berg; Editing by Ann Berg)",
    ),
    (
        "hard-wrapped-paragraph-on-one-line",
        "KARVETSK (Reuters) - Prices rose on Monday after the\ncentral bank cut rates.",
        "reuters",
        "KARVETSK (Reuters) - Prices rose on Monday after the central bank cut rates.",
    ),
    (
        "boilerplate-left-out",
        "KARVETSK (Reuters) - Prices rose on Monday.\n\nSign up here.\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.",
        "reuters",
        "KARVETSK (Reuters) - Prices rose on Monday.",
    ),
    (
        "sign-off-kept-when-it-alone-names-the-agency",
        "NEW CARDEN, March 2 - Prices rose on Monday after the vote.\n\nReuter",
        "reuters",
        "NEW CARDEN, March 2 - Prices rose on Monday after the vote.\n\nReuter",
    ),
    (
        "key-value-header-block-is-an-envelope-left-out",
        "id: 4471\ntitle: Budget passes\nThe council passed the budget on Friday.",
        "reuters",
        "The council passed the budget on Friday.",
    ),
    (
        "dateline-without-agency-keeps-its-separator",
        "Srinagar: Security forces on Tuesday held a joint exercise in the city.",
        "ap",
        "Srinagar: Security forces on Tuesday held a joint exercise in the city.",
    ),
    (
        "dateline-without-agency-keeps-its-glued-separator",
        "SYDNEY--Trade tariffs could push the company to change where it makes its gloves.",
        "reuters",
        "SYDNEY-- Trade tariffs could push the company to change where it makes its gloves.",
    ),
    (
        "parenthesised-slug-takes-a-space",
        "(LEAD) Ferry strike ends\n\nSEOUL, Nov. 24 (Yonhap) -- The strike ended.",
        "reuters",
        "(LEAD) Ferry strike ends\n\nSEOUL, Nov 24 (Yonhap) - The strike ended.",
    ),
]


@pytest.mark.parametrize(
    ("text", "style", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_render_writes_the_style(text: str, style: str, expected: str) -> None:
    """Each element is written in the style's form; the text parses back the same."""
    story = parse(text, reference_date=REF)
    assert render(story, style=style) == expected
    assert kept_parts(parse(expected, reference_date=REF)) == kept_parts(story)


def test_boilerplate_is_kept_by_option_on_its_side() -> None:
    """boilerplate=True keeps page material: above the story under the byline, else after."""
    text = (
        "Port budget passes\n\nPublished Mar 21, 2024 12:38PM ET\n\n"
        "KARVETSK (Reuters) - Prices rose on Monday.\n\n(Editing by Ann Berg)\n\nSign up here."
    )
    story = parse(text)
    assert [b.kind for b in story.boilerplate] == ["timestamp", "promo"]
    assert render(story, boilerplate=True) == text
    assert "Sign up" not in render(story)


def test_notes_keep_their_side_of_the_body() -> None:
    """A correction above the dateline stays above; one below stays below."""
    above = "This story has been corrected to show the date.\n\nKARVETSK (Reuters) - Prices rose."
    below = "KARVETSK (Reuters) - Prices rose.\n\nThis story has been corrected to show the date."
    assert render(parse(above)) == above
    assert render(parse(below)) == below


def test_hand_built_story_without_spans() -> None:
    """A story built by hand (spans all empty) renders: top notes by kind above."""
    from wirestory import Dateline, Note, Paragraph

    empty = Span(0, 0)
    story = Story(
        source="",
        dateline=Dateline("", empty, ("TOLVIK",), date=dt.date(2024, 2, 1), agency="dpa"),
        paragraphs=(Paragraph("Prices rose on Monday.", empty),),
        notes=(Note("top", "(Updates prices)", empty),),
    )
    assert (
        render(story, style="ap")
        == "(Updates prices)\n\nTOLVIK, Feb. 1, 2024 (dpa) — Prices rose on Monday."
    )


def test_every_style_has_twelve_months_and_its_agency() -> None:
    """The style table: Reuters and AP at least, each with its own month forms."""
    assert {"reuters", "ap"} <= set(STYLES)
    assert STYLES["reuters"].months[2:7] == STYLES["ap"].months[2:7]  # March-July in full
    assert STYLES["reuters"].months[8] == "Sept"
    assert STYLES["ap"].months[0] == "Jan."


def test_unknown_style_and_non_story_are_refused() -> None:
    """A wrong style is a ValueError naming the styles; a non-story a TypeError."""
    with pytest.raises(
        ValueError, match=r"Unknown style 'afp'; expected one of \['ap', 'reuters'\]"
    ):
        render(parse("Hi."), style="afp")
    with pytest.raises(TypeError, match="render\\(\\) needs a Story, not str"):
        render("Hi.")  # type: ignore[arg-type]


# -- the round trip ----------------------------------------------------------------------


@given(stories(), st.sampled_from(sorted(STYLES)))
def test_generated_stories_round_trip(story: Story, style: str) -> None:
    """parse(render(s)) keeps agency, dateline, byline, credits, notes and paragraphs, and
    rendering that again gives the same text."""
    text = render(story, style=style)
    again = parse(text, reference_date=REFERENCE_DATE)
    assert kept_parts(again) == kept_parts(story)
    assert render(again, style=style) == text


@given(wire_texts(), st.sampled_from(sorted(STYLES)))
def test_rendered_story_gives_back_the_generated_parts(wire: WireText, style: str) -> None:
    """The parts a story was generated from come back from its rendered text."""
    rendered = render(parse(wire.text, reference_date=wire.reference_date), style=style)
    story = parse(rendered, reference_date=wire.reference_date)
    assert story.agency == wire.agency
    assert tuple(p.text for p in story.paragraphs) == wire.paragraphs
    assert tuple((n.kind, n.text) for n in story.notes) == wire.notes
    assert story.dateline is not None and wire.dateline is not None
    assert story.dateline.date == wire.dateline.date
    assert story.dateline.locations == wire.dateline.locations


def _corpus_records() -> list[dict[str, object]]:
    if not CORPUS.is_dir():
        pytest.skip(f"no shared corpus at {CORPUS}")
    records = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            records += [json.loads(line) for line in lines if line.strip()]
    return records


def test_corpus_round_trips() -> None:
    """At least 99 % of the dev corpus stories round-trip, in both styles."""
    records = _corpus_records()
    for style in sorted(STYLES):
        failed = []
        for record in records:
            ref = record.get("reference_date")
            reference_date = dt.date.fromisoformat(ref) if isinstance(ref, str) else None
            story = parse(str(record["text"]), reference_date=reference_date)
            text = render(story, style=style)
            again = parse(text, reference_date=reference_date)
            if kept_parts(again) != kept_parts(story) or render(again, style=style) != text:
                failed.append(record["id"])
        assert len(failed) <= len(records) // 100, (style, failed)
