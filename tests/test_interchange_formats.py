"""IPTC ninjs and NITF out and in (issue 14): valid, golden, round trips, safe XML."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import jsonschema
import pytest
import xmlschema
from hypothesis import given
from hypothesis import strategies as st

from interchange_support import SAMPLE, corpus_stories
from wirestory import CREDIT_ROLES, Story, parse
from wirestory.interchange import (
    FormatError,
    from_ninjs,
    from_nitf,
    to_ninjs,
    to_ninjs_json,
    to_nitf,
)
from wirestory.interchange._xml import xml_safe

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SCHEMAS = DATA / "schemas"
GOLDEN = DATA / "interchange"
SEED = ROOT / "seeds" / "000_30918cf3994168c8.txt"


def _json_validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    validator: jsonschema.protocols.Validator = jsonschema.validators.validator_for(schema)(schema)
    return validator


NINJS = {
    "3.1": _json_validator("ninjs-schema_3.1.json"),
    "2.2": _json_validator("ninjs-schema_2.2.json"),
}
NITF = xmlschema.XMLSchema(str(SCHEMAS / "nitf-3-6.xsd"))


def kept(story: Story, *, xml: bool = False) -> tuple[Any, ...]:
    """What a round trip must keep: agency, dateline, byline, credits, paragraph texts."""
    fix = xml_safe if xml else (lambda text: text)
    d, b = story.dateline, story.byline
    return (
        story.agency,
        d and (fix(d.text), d.locations, d.region, d.date_text, d.date, d.agency),
        b and (fix(b.text), [(c.name, c.location) for c in b.contributors]),
        [
            (c.role, fix(c.text), [(p.name, p.location) for p in c.contributors])
            for c in story.credits
        ],
        [fix(p.text) for p in story.paragraphs],
    )


def check_all(story: Story) -> None:
    """Both exports validate, and both readers give the story's parts back."""
    for version, validator in NINJS.items():
        data = to_ninjs(story, version=version)
        errors = [e.message for e in validator.iter_errors(data)]
        assert not errors, (version, errors[:3])
        assert kept(from_ninjs(data)) == kept(story)
    xml = to_nitf(story)
    NITF.validate(xml)
    assert kept(from_nitf(xml), xml=True) == kept(story, xml=True)


def test_seed_golden_exports() -> None:
    """The seed's ninjs and NITF exports equal the golden files."""
    story = parse(SEED.read_text(encoding="utf-8"))
    assert to_ninjs(story) == json.loads((GOLDEN / "seed.ninjs.json").read_text(encoding="utf-8"))
    assert to_nitf(story) == (GOLDEN / "seed.nitf.xml").read_text(encoding="utf-8")


def test_sample_exports() -> None:
    """A story with every element exports valid documents and reads back."""
    check_all(SAMPLE)


def test_ninjs_mapping() -> None:
    """The mapping of docs/interchange.rst, field by field (ninjs 3.1)."""
    data = to_ninjs(SAMPLE)
    assert data["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": "Oil rises"}
    ]
    assert data["by"] == "By Jo Li"
    assert data["people"] == [{"name": "Jo Li", "rel": "author"}]
    assert data["located"] == "LONDON"
    assert data["contentCreated"] == "2025-04-02T00:00:00Z"
    assert data["infoSources"] == [{"name": "Reuters", "role": "originator"}]
    assert data["edNote"] == "($1 = 0.92 euros)"
    assert data["bodies"][0]["value"] == "Prices rose.\n\nTraders cheered."
    descriptions = {d["role"]: d["value"] for d in data["descriptions"]}
    assert descriptions["dateline"] == "LONDON, April 2 (Reuters) -"
    assert json.loads(descriptions["wirestory:credits"])[1] == {
        "role": "editing",
        "text": "Editing by Bo Wu)",
        "contributors": [{"name": "Bo Wu", "location": None}],
    }


def test_ninjs_22_names() -> None:
    """ninjs 2.2 spells the same properties in lower case."""
    data = to_ninjs(SAMPLE, version="2.2")
    assert {"infosources", "ednote", "contentcreated"} <= data.keys()
    assert "contenttype" in data["bodies"][0]
    assert json.loads(to_ninjs_json(SAMPLE, version="2.2")) == data


def test_unknown_ninjs_version() -> None:
    """Only 3.1 and 2.2 are written."""
    with pytest.raises(ValueError, match=r"Unknown ninjs version '1\.6'"):
        to_ninjs(SAMPLE, version="1.6")


def test_every_corpus_story_exports_and_reads_back() -> None:
    """Every dev corpus story: valid ninjs 3.1 and 2.2 and NITF 3.6, parts kept both ways."""
    count = 0
    for story_id, story in corpus_stories():
        try:
            check_all(story)
        except AssertionError as err:
            raise AssertionError(story_id) from err
        count += 1
    assert count > 0


CITIES = st.sampled_from(["LONDON", "KYIV/MOSCOW", "BUENOS AIRES, Argentina", "SEOUL", "NEW YORK"])
AGENCIES = st.sampled_from(["Reuters", "AP", "AFP", "Xinhua", "Yonhap"])
NAMES = st.sampled_from(["Jo Li", "Ana Soto", "Karl Brandt", "Mei Tan", "Omar Said"])
WORDS = st.lists(
    st.sampled_from("prices rose fell sharply on the market as traders said".split()),
    min_size=3,
    max_size=12,
)


@given(
    city=CITIES,
    agency=AGENCIES,
    paragraphs=st.lists(WORDS, min_size=1, max_size=4),
    author=st.none() | NAMES,
    credits=st.lists(
        st.tuples(st.sampled_from(["Reporting", "Editing", "Writing"]), NAMES), max_size=2
    ),
)
def test_generated_stories_round_trip(
    city: str,
    agency: str,
    paragraphs: list[list[str]],
    author: str | None,
    credits: list[tuple[str, str]],
) -> None:
    """Stories built from generated parts export validly and read back with their parts."""
    body = "\n\n".join(" ".join(words).capitalize() + "." for words in paragraphs)
    text = (f"By {author}\n\n" if author else "") + f"{city} ({agency}) - {body}"
    if credits:
        text += "\n(" + "; ".join(f"{role} by {name}" for role, name in credits) + ")"
    story = parse(text, reference_date=dt.date(2025, 1, 1))
    assert {c.role for c in story.credits} <= set(CREDIT_ROLES)
    check_all(story)


PRETTY_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>Ferry service resumes</title>
    <docdata>
      <ed-msg msg-type="top" info="(Adds quote from operator)"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline>
        <hl1>Ferry service resumes after storm</hl1>
      </hedline>
      <byline>By <person>Ines Varga</person></byline>
      <distributor><org>Reuters</org></distributor>
      <dateline>
        <location><city>SPLITVIK</city></location>, <story.date norm="20250305T000000+0000">March 5</story.date> (Reuters) -
      </dateline>
    </body.head>
    <body.content>
      <p lede="true">Ferries sailed again on Wednesday.</p>
      <p>The operator said the timetable was back to normal.</p>
    </body.content>
    <body.end>
      <tagline type="std">(Reporting by Ines Varga; Editing by Paul Ek)</tagline>
    </body.end>
  </body>
</nitf>
"""


def test_pretty_printed_nitf_from_elsewhere() -> None:
    """Indented NITF with a DOCTYPE (no entities) reads into a story with its parts."""
    story = from_nitf(PRETTY_NITF)
    assert story.headline is not None and story.headline.text == "Ferry service resumes after storm"
    assert story.byline is not None and [c.name for c in story.byline.contributors] == [
        "Ines Varga"
    ]
    assert story.dateline is not None
    assert (story.dateline.locations, story.dateline.date) == (("SPLITVIK",), dt.date(2025, 3, 5))
    assert story.agency == "Reuters"
    assert [p.text for p in story.paragraphs] == [
        "Ferries sailed again on Wednesday.",
        "The operator said the timetable was back to normal.",
    ]
    assert [(c.role, [p.name for p in c.contributors]) for c in story.credits] == [
        ("reporting", ["Ines Varga"]),
        ("editing", ["Paul Ek"]),
    ]
    assert [(n.kind, n.text) for n in story.notes] == [("top", "(Adds quote from operator)")]
    assert Story.from_dict(story.to_dict()) == story


def test_xml_bomb_is_refused() -> None:
    """An entity-expansion bomb is refused before anything is expanded."""
    with pytest.raises(FormatError, match=r"^NITF input declares an XML entity \('a'\)"):
        from_nitf((GOLDEN / "xml-bomb.xml").read_text(encoding="utf-8"))


def test_external_entity_is_refused() -> None:
    """An external entity (a local file) is refused, never read."""
    with pytest.raises(FormatError, match=r"^NITF input declares an XML entity \('secret'\)"):
        from_nitf((GOLDEN / "external-entity.xml").read_bytes())


# (id, input, message start)
BAD_INPUTS = [
    ("nitf-not-xml", from_nitf, "<nitf>", "NITF input is not well-formed XML"),
    (
        "nitf-wrong-root",
        from_nitf,
        "<html/>",
        "NITF input has no <nitf> root element (found <html>)",
    ),
    ("ninjs-not-json", from_ninjs, "{", "ninjs input is not JSON"),
    ("ninjs-not-object", from_ninjs, "[1]", "ninjs input is not a JSON object"),
    ("ninjs-bad-by", from_ninjs, '{"by": 3}', "ninjs 'by' is not a string"),
    (
        "ninjs-bad-credits",
        from_ninjs,
        '{"descriptions": [{"role": "wirestory:credits", "value": "[{}]"}]}',
        "ninjs wirestory:credits entry",
    ),
]


@pytest.mark.parametrize(
    ("reader", "data", "message"), [r[1:] for r in BAD_INPUTS], ids=[r[0] for r in BAD_INPUTS]
)
def test_readers_refuse_what_is_not_their_format(reader: Any, data: str, message: str) -> None:
    """Each refusal is a FormatError with a message that says what was wrong."""
    with pytest.raises(FormatError) as info:
        reader(data)
    assert str(info.value).startswith(message)


@given(
    st.text(
        alphabet=st.sampled_from(list('<>/="{}[]:, nitfbodyp.&;!DOCTYPE\x01"value')), max_size=80
    )
)
def test_readers_raise_only_format_error(text: str) -> None:
    """On any text, the NITF and ninjs readers return a story or raise FormatError."""
    for reader in (from_nitf, from_ninjs):
        with contextlib.suppress(FormatError):
            reader(text)


def _write_goldens() -> None:  # pragma: no cover - run by hand after a deliberate change
    story = parse(SEED.read_text(encoding="utf-8"))
    (GOLDEN / "seed.ninjs.json").write_text(to_ninjs_json(story) + "\n", encoding="utf-8")
    (GOLDEN / "seed.nitf.xml").write_text(to_nitf(story), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    _write_goldens()


NINJS_KEYS = [
    "uri", "headlines", "bodies", "by", "byline", "people", "places", "descriptions", "edNote",
    "ednote", "infoSources", "infosources", "contentCreated", "contentcreated", "value", "role",
    "name", "rel", "contentType", "contenttype", "location", "contributors", "text",
]  # fmt: skip
NINJS_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-2, 5)
    | st.floats(allow_nan=False)
    | st.text(max_size=6)
    | st.sampled_from(
        ["dateline", "wirestory:credits", "author", "text/plain", "[]", '[{"role": "editing"}]',
         '[{"role": "editing", "text": "x", "contributors": [{"name": ""}]}]',
         "2025-01-02T00:00:00Z", "LONDON (Reuters) -", "By Jo Li"]
    )
)  # fmt: skip
NINJS_VALUES = st.recursive(
    NINJS_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(NINJS_KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(st.dictionaries(st.sampled_from(NINJS_KEYS), NINJS_VALUES, max_size=6))
def test_from_ninjs_raises_only_format_error_on_any_object(data: dict[str, Any]) -> None:
    """Any JSON object with ninjs property names gives a story or a FormatError."""
    with contextlib.suppress(FormatError):
        from_ninjs(data)


NITF_TAGS = [
    "head", "docdata", "ed-msg", "body", "body.head", "hedline", "hl1", "byline", "person",
    "distributor", "org", "dateline", "location", "city", "region", "story.date", "body.content",
    "p", "body.end", "tagline", "note",
]  # fmt: skip
XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8
) | st.sampled_from(["LONDON (Reuters) -", "By Jo Li", "Editing by Al Mo", "20250101T000000+0000"])


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, attrib: dict[str, str], text: str, inner: list[str]) -> str:
        attributes = "".join(f" {k}={quoteattr(v)}" for k, v in attrib.items())
        return f"<{tag}{attributes}>{escape(text)}{''.join(inner)}</{tag}>"

    return st.builds(
        render,
        st.sampled_from(NITF_TAGS),
        st.dictionaries(
            st.sampled_from(["norm", "msg-type", "info", "class", "lede"]), XML_TEXT, max_size=2
        ),
        XML_TEXT,
        st.lists(children, max_size=3),
    )


@given(st.recursive(XML_TEXT.map(escape), _element, max_leaves=15))
def test_from_nitf_raises_only_format_error_on_any_nitf_shape(inner: str) -> None:
    """Any well-formed document of NITF elements gives a story or a FormatError."""
    with contextlib.suppress(FormatError):
        from_nitf(f"<nitf>{inner}</nitf>")
