"""The speed-ups give the answers of the plain forms they replace.

Each fast path (phrase tables split into chunks, literal guards, trie alternations, the
first-character guards of the dateline pattern, the credit-stem index) is checked
against the plain form on invented copy, on the fixtures and on Hypothesis text.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import hypothesis.strategies as st
import pytest
import regex
from hypothesis import given, settings

from wirestory import DEFAULT_REGISTRY, Agency
from wirestory._parse import boilerplate
from wirestory._parse import dateline_pattern as tiers
from wirestory._parse.alternatives import scans, split_alternatives
from wirestory._parse.credit_stems import CREDIT_STEMS, has_credit_stem
from wirestory._parse.phrases import phrases
from wirestory._patterns import first_chars, trie_alternation

DATA = Path(__file__).parent / "data"
BLOCKS = [
    "The company said on Tuesday it would cut 2,000 jobs.",
    "(Reporting by Jane Doe in Lagos; Editing by Tom Lee)",
    "Sign up here.",
    "A woman walks past a shop in this picture taken on May 3, 2024. REUTERS/Ann Roe",
    "Jo Li can be reached at jo.li@example.com or +1 202 000 0000.",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "The AP is solely responsible for all content.",
    "jo@yna.co.kr(END)",
    "Photo: Wire One",
    "___",
    "Updated 3 hours ago",
    "Read more: Oil rises as supply fears grow",
]
REGIONS = ("body", "ending", "tail", "opening")


def _fixture_blocks() -> list[str]:
    found = list(BLOCKS)
    for path in sorted(DATA.rglob("*.txt")):
        found += [b.strip() for b in re.split(r"\n\s*\n", path.read_text()) if b.strip()]
    return found


@functools.cache
def _single(region: str) -> boilerplate.Table:
    """The region's rows as one plain alternation: the form the chunks replace."""
    rows = [p for p in phrases(DEFAULT_REGISTRY) if region in p.regions]
    return (boilerplate._chunk([(row, row.pattern) for row in rows]),)


def _same_row(region: str, block: str) -> None:
    table = boilerplate.boilerplate_table(DEFAULT_REGISTRY, region, None)
    fast = boilerplate._first_row(table, block, 0, len(block))
    plain = boilerplate._first_row(_single(region), block, 0, len(block))
    assert fast == plain, (region, block)


@pytest.mark.parametrize("region", REGIONS)
def test_chunked_tables_answer_as_one_alternation(region: str) -> None:
    blocks = _fixture_blocks()
    kinds = {boilerplate._match(_single(region), b, 0, len(b)) for b in blocks}
    assert len(kinds) > 2  # the blocks do reach rows, so the comparison means something
    for block in blocks:
        _same_row(region, block)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*BLOCKS, "REUTERS/", " taken ", "solely", "(", ")", "\n", "@", " "]),
        max_size=6,
    ).map("".join)
)
def test_chunked_tables_on_pieces_of_copy(block: str) -> None:
    for region in REGIONS:
        _same_row(region, block)


def test_every_table_has_a_joined_chunk_and_scanners_alone() -> None:
    table = boilerplate.boilerplate_table(DEFAULT_REGISTRY, "ending", None)
    sizes = [len(rows) for rows, _ in table]
    assert max(sizes) > 20 and 1 in sizes


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)|c", ["(?:a|b)", "c"]),
        (r"[|]|\||x", ["[|]", r"\|", "x"]),
        ("a # one | two\n|b", ["a # one | two\n", "b"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
    ],
)
def test_split_alternatives(pattern: str, parts: list[str]) -> None:
    assert split_alternatives(pattern) == parts


@pytest.mark.parametrize(
    ("alternative", "scanning"),
    [
        (r"[^\n]{0,600}?\bREUTERS", True),
        (r"  .{0,200}\bSign\s*up", True),
        (r"(?=[^\n]{0,400}?x)y", True),
        (r"[-–—]{1,2}\s*photos?", False),
        (r"Sign\s+up\s+here", False),
        (r"\(\s*Reporting", False),
    ],
)
def test_scans(alternative: str, scanning: bool) -> None:
    assert scans(alternative) is scanning


WORDS = st.lists(st.text("abAB .-", min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(WORDS, st.text("abAB .-x", max_size=12), st.booleans())
def test_trie_matches_the_flat_alternation(words: list[str], text: str, fold: bool) -> None:
    flags = regex.IGNORECASE if fold else 0
    flat = "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    for tail in ("", "x", r"\b"):
        plain = regex.match(f"(?:{flat}){tail}", text, flags)
        fast = regex.match(f"(?:{trie_alternation(words, fold=fold)}){tail}", text, flags)
        assert (plain and plain.span()) == (fast and fast.span())


def test_first_chars() -> None:
    assert regex.fullmatch(first_chars(["Jan", "feb"]), "J")
    assert not regex.fullmatch(first_chars(["Jan", "feb"]), "x")
    assert not regex.match(first_chars([]), "a")


_GUARD = re.compile(r"\(\?=(?:\(\?i:)?\[[^\]]*\]\)?\)(?=\(\?&)")


DATELINE_LINES = [
    "LONDON, Sept 28 (Reuters) - Prices rose.",
    "SEOUL, Nov. 24 (Yonhap) -- Oil rose.",
    "Mumbai, Dec 9 (PTI) The index fell.",
    "ISTANBUL, TURKEY SAID ON MONDAY THAT",
    "By Jane Doe and Tom Lee",
    "Monday, May 8 (AP) — A storm",
    "(AP) — A storm",
    "ST. PETERSBURG, June 7. /TASS/. Talks",
    "BATON ROUGE, La. -- The levee held.",
    "Damascus [Syria], June 9 (ANI): Talks",
    "新华社北京4月24日电 记者",
    "Thursday, MAY 2, 2024 (Kyodo) -",
    "Kyodo\nTOKYO",
    *(line for b in _fixture_blocks() for line in b.splitlines()[:2]),
]


def _same_match(a: regex.Pattern[str], b: regex.Pattern[str], line: str) -> None:
    """The same span and the same captures of every group both patterns have (the quick
    tier also has its table definitions)."""
    x, y = a.match(line), b.match(line)
    groups = sorted(a.groupindex.keys() & b.groupindex.keys())
    assert (x and (x.span(), x.captures(*groups))) == (y and (y.span(), y.captures(*groups))), line


def test_dateline_guards_change_no_match() -> None:
    quick = tiers.quick_pattern(DEFAULT_REGISTRY)
    plain = regex.compile(_GUARD.sub("", quick.pattern))
    assert plain.pattern != quick.pattern
    for line in DATELINE_LINES:
        _same_match(quick, plain, line)


def test_dateline_tiers_match_alike() -> None:
    quick, fast = tiers.quick_pattern(DEFAULT_REGISTRY), tiers.fast_pattern(DEFAULT_REGISTRY)
    assert quick.pattern != fast.pattern
    for line in DATELINE_LINES:
        _same_match(quick, fast, line)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "LONDON",
                "Sept",
                "sept.",
                "28",
                "MAY",
                "Monday",
                "(Reuters)",
                "(AP)",
                "AAP",
                "Kyodo",
                ",",
                " ",
                "  ",
                "-",
                "--",
                "—",
                ":",
                ".",
                "N.C.",
                "and",
                "/",
                "\n",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_dateline_tiers_on_pieces(line: str) -> None:
    _same_match(tiers.quick_pattern(DEFAULT_REGISTRY), tiers.fast_pattern(DEFAULT_REGISTRY), line)


def test_a_registry_moves_to_the_fast_tier() -> None:
    registry = DEFAULT_REGISTRY.extend(Agency("Tier Test Wire"))  # a registry of its own
    first = tiers.dateline_pattern(registry)
    for _ in range(tiers.FAST_AFTER):
        last = tiers.dateline_pattern(registry)
    assert first is tiers.quick_pattern(registry) and last is tiers.fast_pattern(registry)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("Reporting contributed EditWRITING İı ."), max_size=60), st.data())
def test_credit_stem_index(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    piece = text[start:end].lower()
    assert has_credit_stem(text, start, end) == any(s in piece for s in CREDIT_STEMS)
