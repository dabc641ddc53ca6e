"""Raw feed envelopes (issue 14): sniffing, masking, and stories over the raw input."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interchange_support import corpus_records
from wirestory import Story, parse
from wirestory.interchange import (
    ENVELOPE_FORMATS,
    FormatError,
    iter_gigaword,
    parse_anpa,
    parse_enveloped,
    parse_gigaword,
    read_envelope,
)
from wirestory.interchange._envelope import _hidden, _mask

DATA = Path(__file__).resolve().parent / "data" / "interchange"


def read(name: str) -> str:
    """A fixture, byte for byte (control characters and CR line ends kept)."""
    return (DATA / name).read_bytes().decode("utf-8")


def assert_lossless(raw: str, story: Story) -> None:
    """Every non-space character of ``raw`` is in exactly one element, at its raw offset."""
    assert story.source == raw
    owner: list[object | None] = [None] * len(raw)
    for element in story.elements():
        assert raw[element.span.start : element.span.end] == element.text
        for i in range(element.span.start, element.span.end):
            assert owner[i] is None, f"{element!r} overlaps {owner[i]!r}"
            owner[i] = element
    lost = [i for i, c in enumerate(raw) if not c.isspace() and owner[i] is None]
    assert not lost, f"not in any element: {raw[lost[0] : lost[0] + 20]!r}"
    assert Story.from_dict(story.to_dict()) == story


# (id, fixture, format, headline, dateline cities, byline names, agency, reference date)
FIXTURES = [
    (
        "ap-anpa",
        "anpa-ap.feed",
        "anpa",
        "Lantern boats light up a small harbour town",
        ("PORTOVALE",),
        ["MARTA KOVAC", "OLIVER GRANT"],
        "AP",
        dt.date(2025, 6, 14),
    ),
    (
        "dpa-anpa",
        "anpa-dpa.feed",
        "anpa",
        "Night trains return to northern line",
        ("Kiel",),
        None,
        "dpa",
        dt.date(2025, 6, 10),
    ),
    (
        "kyodo-anpa",
        "anpa-kyodo.feed",
        "anpa",
        "Tea: First harvest of the season begins+",
        ("SHIZUOKA",),
        None,
        "Kyodo",
        dt.date(2025, 5, 10),
    ),
    (
        "aap-7901",
        "iptc7901-aap.feed",
        "anpa",
        "SAILING:  Fleet finishes regatta in light winds",
        ("HOBART",),
        None,
        "AAP",
        None,
    ),
    (
        "front-matter",
        "front-matter.md",
        "front_matter",
        None,
        ("OSLO",),
        ["Nora Lind"],
        "Reuters",
        dt.date(2025, 3, 4),
    ),
    (
        "header-block",
        "header-block.feed",
        "header_block",
        None,
        ("LYON",),
        None,
        "AFP",
        dt.date(2024, 11, 20),
    ),
]


@pytest.mark.parametrize(
    ("name", "fmt", "headline", "cities", "authors", "agency", "date"),
    [f[1:] for f in FIXTURES],
    ids=[f[0] for f in FIXTURES],
)
def test_enveloped_fixture(
    name: str,
    fmt: str,
    headline: str | None,
    cities: tuple[str, ...],
    authors: list[str] | None,
    agency: str,
    date: dt.date | None,
) -> None:
    """The envelope is recognised and the story inside is read, losslessly."""
    raw = read(name)
    envelope = read_envelope(raw)
    assert envelope is not None and envelope.format == fmt
    assert envelope.reference_date == date
    story = parse_enveloped(raw, envelope)
    assert (story.headline.text if story.headline else None) == headline
    assert story.dateline is not None and story.dateline.locations == cities
    assert (story.byline and [c.name for c in story.byline.contributors]) == authors
    assert story.agency == agency
    assert all(
        not b.text.startswith(("\x01", "<DOC", "---", "title:")) or b.kind == "header"
        for b in story.boilerplate
    )
    assert_lossless(raw, story)


def test_parse_anpa_keeps_the_envelope_as_header() -> None:
    """The SOH header, slug, caret marks and ETX trailer are header boilerplate."""
    story = parse_anpa(read("anpa-ap.feed"))
    headers = [b.text for b in story.boilerplate if b.kind == "header"]
    assert headers[0].startswith("\x16\x16\x01W1234")
    assert headers[-1].startswith("\x03AP-WF-06-14-25 1830GMT<")
    assert [c.role for c in story.credits] == ["contributing"]
    assert story.paragraphs[0].text.startswith("Hundreds of paper lanterns")


def test_crawler_footer_is_envelope() -> None:
    """A crawler's closing rule and *Source: ...* lines after front matter are header."""
    raw = read("front-matter.md")
    story = parse_enveloped(raw, read_envelope(raw))  # type: ignore[arg-type]
    assert story.boilerplate[-1].kind == "header"
    assert story.boilerplate[-1].text.startswith("---\n\n*Crawled at:")
    assert story.paragraphs[-1].text == "Visitors queued before the doors opened."


def test_gigaword_file_gives_one_story_per_doc() -> None:
    """Each <DOC> is a story over its own raw text, its <HEADLINE> the headline."""
    raw = read("gigaword-two-docs.sgml")
    stories = parse_gigaword(raw)
    assert [s.headline.text for s in stories if s.headline] == [
        "City opens new river bridge",
        "Rain eases drought in farm region",
    ]
    assert [s.dateline.date for s in stories if s.dateline] == [
        dt.date(2024, 3, 2),
        dt.date(2024, 3, 3),
    ]
    assert stories[1].paragraphs[0].text == "Steady rain fell across the farm region on Sunday."
    for story in stories:
        assert story.source in raw
        assert_lossless(story.source, story)
    assert [s.source for s in iter_gigaword(raw)] == [s.source for s in stories]


def test_gigaword_dateline_element() -> None:
    """<DATELINE> gives the dateline when the text has none; else it is header."""
    raw = (
        '<DOC id="NYT_ENG_19990105.0012" type="story">\n<HEADLINE>\nTOWNS VOTE ON TOLLS\n'
        "</HEADLINE>\n<DATELINE>\nHARTWELL (BC-TOLL-VOTE-NYT)\n</DATELINE>\n<TEXT>\n<P>\n"
        "Voters in four towns approved road tolls on Tuesday.\n</P>\n</TEXT>\n</DOC>\n"
    )
    story = parse_gigaword(raw)[0]
    assert story.dateline is not None
    assert (story.dateline.text, story.dateline.locations) == (
        "HARTWELL (BC-TOLL-VOTE-NYT)",
        ("HARTWELL",),
    )
    assert story.headline is not None and story.headline.text == "TOWNS VOTE ON TOLLS"
    assert story.source == raw.rstrip("\n")
    assert_lossless(story.source, story)
    first = parse_gigaword(read("gigaword-two-docs.sgml"))[0]
    assert first.dateline is not None and first.dateline.text == "RIVERTON, March 2 (Xinhua) --"
    assert ("header", "RIVERTON, March 2 (Xinhua)") in [(b.kind, b.text) for b in first.boilerplate]


@pytest.mark.parametrize(
    ("reader", "message"),
    [
        (parse_anpa, "Not an ANPA-1312 / IPTC 7901 file: no SOH or ZCZC at the start"),
        (parse_gigaword, "Not an LDC Gigaword SGML file: no <DOC> element"),
    ],
    ids=["anpa", "gigaword"],
)
def test_feed_readers_refuse_plain_copy(reader: object, message: str) -> None:
    """A feed reader given plain copy says so."""
    with pytest.raises(FormatError, match=f"^{message}$"):
        reader("LONDON (Reuters) - Plain copy.")  # type: ignore[operator]


CRLF = [
    (
        "header-block",
        "title: Rain\r\ndate: 2024-01-02\r\n\r\nLIMA (AP) _ It rained.\r\n",
        "header_block",
    ),
    (
        "front-matter",
        "---\r\ntitle: Rain\r\ndate: 2024-01-02\r\n---\r\nLIMA (AP) _ It rained.",
        "front_matter",
    ),
]


@pytest.mark.parametrize(("raw", "fmt"), [c[1:] for c in CRLF], ids=[c[0] for c in CRLF])
def test_crlf_headers(raw: str, fmt: str) -> None:
    """Header blocks and front matter with CR LF line ends are found and read."""
    envelope = read_envelope(raw)
    assert envelope is not None and envelope.format == fmt
    assert envelope.reference_date == dt.date(2024, 1, 2)
    story = parse_enveloped(raw, envelope)
    assert [p.text for p in story.paragraphs] == ["It rained."]
    assert_lossless(raw, story)


def test_nitf_envelope_is_read_in_place() -> None:
    """NITF sniffed by read_envelope gives a story over the raw XML, tags as header."""
    raw = '<?xml version="1.0"?>\n<nitf>\n<head><title>Rain</title></head>\n<body><body.content>\n<p>LIMA (AP) _ It rained.</p>\n</body.content></body></nitf>\n'
    envelope = read_envelope(raw)
    assert envelope is not None and envelope.format == "nitf"
    story = parse_enveloped(raw, envelope)
    assert story.dateline is not None and story.dateline.locations == ("LIMA",)
    assert [p.text for p in story.paragraphs] == ["It rained."]
    assert_lossless(raw, story)


PLAIN = [
    ("reuters", "MOSCOW (Reuters) - Putin spoke."),
    ("ani-colon", "BEIRUT: Lebanese officials said on Monday ..."),
    ("note-line", "note: this is not a header\nLONDON (Reuters) - Hi."),
    ("quote", "\u201cWe will win,\u201d he said."),
    ("dash-dateline", "-- FACTBOX: Boeing leads\n-- \n"),
    ("empty", ""),
    ("one-key", "title: only one line\n\nBody."),
]


@pytest.mark.parametrize("text", [p[1] for p in PLAIN], ids=[p[0] for p in PLAIN])
def test_plain_copy_has_no_envelope(text: str) -> None:
    """Plain stories, and lines that only look like a header, have no envelope."""
    assert read_envelope(text) is None


def test_envelope_formats_are_documented() -> None:
    """Every format a fixture shows is one of ENVELOPE_FORMATS."""
    assert {f[2] for f in FIXTURES} | {"gigaword", "nitf"} == set(ENVELOPE_FORMATS)


def test_corpus_envelopes_are_lossless() -> None:
    """Every dev corpus story with an envelope parses losslessly over its raw text."""
    seen = 0
    for record in corpus_records():
        envelope = read_envelope(record["text"])
        if envelope is not None:
            date = record["reference_date"]
            ref = dt.date.fromisoformat(date) if date else None
            assert_lossless(
                record["text"], parse_enveloped(record["text"], envelope, reference_date=ref)
            )
            seen += 1
    assert seen >= 10


ENVELOPE_ALPHABET = st.sampled_from(
    [
        "\x01",
        "\x02",
        "\x03",
        "\x16",
        "^",
        "<",
        "=",
        "BC-",
        "ZCZC",
        "\r",
        "\n",
        " ",
        "\t",
        "---",
        "title: ",
        "date: 2025-01-02",
        '<DOC id="X_20240101">',
        "<P>",
        "</P>",
        "<HEADLINE>",
        "</HEADLINE>",
        "<nitf>",
        "$T",
        "LONDON (Reuters) - ",
        "By Jo Li",
        "Rain fell.",
        "a",
    ]
)


@given(st.text(max_size=40) | st.lists(ENVELOPE_ALPHABET, max_size=25).map("".join))
def test_envelopes_never_raise_and_stay_lossless(text: str) -> None:
    """read_envelope never raises; an enveloped parse keeps every character once.

    The masked copy that ``parse`` reads has no envelope of its own, so a ``parse`` that
    sniffs envelopes and hands them to ``parse_enveloped`` calls itself at most once.
    """
    envelope = read_envelope(text)
    if envelope is not None:
        assert_lossless(text, parse_enveloped(text, envelope))
        assert read_envelope(_mask(text, _hidden(envelope))) is None


@given(st.text(max_size=60) | st.lists(ENVELOPE_ALPHABET, max_size=20).map("".join))
def test_feed_readers_raise_only_format_error(text: str) -> None:
    """parse_anpa and parse_gigaword return stories or raise FormatError, on any text."""
    for reader in (parse_anpa, parse_gigaword):
        with contextlib.suppress(FormatError):
            reader(text)


def test_interchange_public_names() -> None:
    """The public surface of wirestory.interchange is pinned."""
    import wirestory.interchange as interchange

    assert sorted(interchange.__all__) == sorted(
        ["ENVELOPE_FORMATS", "STORY_SCHEMA_PATH", "Envelope", "FormatError", "ModelError",
         "build_story_schema", "from_ninjs", "from_nitf", "iter_gigaword", "load_story_schema",
         "parse_anpa", "parse_enveloped", "parse_gigaword", "read_envelope", "to_ninjs",
         "to_ninjs_json", "to_nitf"]
    )  # fmt: skip
    assert all(hasattr(interchange, name) for name in interchange.__all__)


@pytest.mark.parametrize(("name", "fmt"), [f[1:3] for f in FIXTURES], ids=[f[0] for f in FIXTURES])
def test_parse_itself_reads_the_envelope(name: str, fmt: str) -> None:
    """``parse`` sniffs the envelope and gives the story inside, not header soup."""
    raw = read(name)
    envelope = read_envelope(raw)
    assert envelope is not None
    story = parse(raw)
    assert story == parse_enveloped(raw, envelope)
    assert story.dateline is not None
    assert all(not p.text.startswith(("\x01", "<", "---", "title:")) for p in story.paragraphs)
