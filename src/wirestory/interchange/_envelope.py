"""Raw feed envelopes: find them, mask them, parse the story inside, keep every character.

An *envelope* is what a feed or a dataset wraps around the copy: ANPA-1312 / IPTC 7901
control characters, header and slug lines; LDC Gigaword SGML tags; NITF XML markup; a
YAML front-matter block; a ``key: value`` header block of a dataset or scraped page.

Technique (independent of the parser's internals): an envelope reader finds the spans of
the envelope and its metadata; ``parse_enveloped`` replaces those characters with spaces
(line breaks kept, so a tag line becomes a blank line, that is a paragraph break), calls
the public ``wirestory.parse`` on the masked copy, and rebuilds the story over the raw
text: every element's text is sliced again from the raw input, and the envelope pieces
that no element covers become ``Boilerplate`` of kind ``header``. So every non-space
character of the raw input is in exactly one element, at its raw offset.

>>> raw = "<DOC id=\\"XIN_ENG_20130801.0001\\" type=\\"story\\">\\n<TEXT>\\n<P>\\nPARIS, Aug. 1 (Xinhua) -- Hi.\\n</P>\\n</TEXT>\\n</DOC>\\n"
>>> envelope = read_envelope(raw)
>>> envelope.format, envelope.reference_date
('gigaword', datetime.date(2013, 8, 1))
>>> story = parse_enveloped(raw, envelope)
>>> story.dateline.date, story.paragraphs[0].text, [b.text for b in story.boilerplate][:3]
(datetime.date(2013, 8, 1), 'Hi.', ['<DOC id="XIN_ENG_20130801.0001" type="story">', '<TEXT>', '<P>'])
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

import attrs

from .. import parse, parse_dateline
from .._model import Boilerplate, Dateline, Headline, Span, Story
from ._anpa import _anpa
from ._base import ENVELOPE_FORMATS, Envelope, merge, stripped
from ._headers import _front_matter, _header_block
from ._markup import _gigaword, _nitf

__all__ = ["ENVELOPE_FORMATS", "Envelope", "parse_enveloped", "read_envelope"]


_LEADING_PLACE: Final = re.compile(
    r"""(?x)
    [A-Z] [A-Z .'-]{1,40} (?<! [ ] )   # a place in capitals at the start of a dateline
    (?= [ ]* [,(] | \Z )               # before its comma or parenthesis
    """
)

_READERS: Final[Sequence[tuple[str, Callable[[str], Envelope | None]]]] = (
    ("anpa", _anpa),
    ("gigaword", _gigaword),
    ("nitf", _nitf),
    ("front_matter", _front_matter),
    ("header_block", _header_block),
)
"""The envelope readers, tried in order; the first that says "mine" wins."""

_FIRST_CHARS: Final = frozenset("\x16\x01Z<-\ufeff \t\r\n") | frozenset(
    "abcdefghijklmnopqrstuvwxyz"
)
"""A story can only have an envelope if it starts with one of these (the cheap first test)."""


def read_envelope(text: str) -> Envelope | None:
    """The envelope around ``text``, or ``None`` for plain copy. Never raises on a ``str``.

    Plain copy (starting with a capital letter, a digit or a quote) is rejected by one
    character test, so calling this before every parse costs next to nothing.

    >>> read_envelope("MOSCOW (Reuters) - Putin spoke.") is None
    True
    >>> read_envelope("---\\ntitle: Hi\\ndate: 2025-02-08\\n---\\nBody.").reference_date
    datetime.date(2025, 2, 8)
    """
    envelope = _sniff(text)
    return None if envelope is None else _closed(text, envelope)


def _sniff(text: str) -> Envelope | None:
    if not isinstance(text, str) or not text or text[0] not in _FIRST_CHARS:
        return None
    for _, reader in _READERS:
        envelope = reader(text)
        if envelope is not None:
            return envelope
    return None


_FIRST_TOKEN: Final = re.compile(r"\S{1,100}")  # the first non-blank run of a masked copy
_CLOSING_ROUNDS: Final = 64  # more than any envelope nests; each round masks a token more


def _hidden(envelope: Envelope) -> tuple[Span, ...]:
    """What ``parse_enveloped`` blanks: the envelope, its headline and its dateline."""
    return merge([*envelope.spans, *(s for s in (envelope.headline, envelope.dateline) if s)])


def _closed(text: str, envelope: Envelope) -> Envelope:
    """``envelope`` grown until the masked copy has no envelope of its own.

    So ``parse`` may sniff envelopes and hand them to ``parse_enveloped``, which calls
    ``parse`` on the masked copy: that inner call finds no envelope, and stops.
    """
    for _ in range(_CLOSING_ROUNDS):
        masked = _mask(text, _hidden(envelope))
        inner = _sniff(masked)
        first = _FIRST_TOKEN.search(masked)
        if inner is None or first is None:
            return envelope
        extra = [*inner.spans, Span(first.start(), first.end())]
        envelope = attrs.evolve(envelope, spans=merge([*envelope.spans, *extra]))
    return envelope


def parse_enveloped(text: str, envelope: Envelope, /, **parse_options: Any) -> Story:
    """Parse the story inside ``envelope``; elements point at offsets of the raw ``text``.

    ``parse_options`` go to ``wirestory.parse``; without a ``reference_date`` the
    envelope's date is used. Envelope pieces that no element covers are kept as
    ``Boilerplate`` of kind ``header``; an envelope headline (dateline) becomes the
    headline (dateline) when the copy has none of its own, else it is ``header`` too.

    >>> raw = "title: Rain\\nurl: https://example.invalid/x\\n\\nLIMA (Reuters) - Rain fell."
    >>> story = parse_enveloped(raw, read_envelope(raw))
    >>> story.dateline.locations, [b.kind for b in story.boilerplate]
    (('LIMA',), ['header'])
    """
    if parse_options.get("reference_date") is None and envelope.reference_date is not None:
        parse_options["reference_date"] = envelope.reference_date
    story = parse(_mask(text, _hidden(envelope)), **parse_options)
    return _rebuild(text, story, envelope, parse_options.get("reference_date"))


# -- masking and rebuilding ------------------------------------------------------------


_NOT_A_BREAK: Final = re.compile(r"[^\r\n]")  # every character a mask blanks


def _mask(text: str, spans: Sequence[Span]) -> str:
    """``text`` with the characters of ``spans`` blanked, line breaks kept."""
    parts, pos = [], 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(_NOT_A_BREAK.sub(" ", text[span.start : span.end]))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def _resliced(element: Any, raw: str) -> Any:
    return attrs.evolve(element, text=raw[element.span.start : element.span.end])


def _envelope_dateline(raw: str, span: Span, reference_date: dt.date | None) -> Dateline:
    """The dateline an envelope gives, read with ``parse_dateline`` where it can be.

    Where the public dateline reader does not take the whole text (``WASHINGTON
    (BC-TERM-LIMITS-AZR)``), the leading capitals are the place.
    """
    text = raw[span.start : span.end]
    parsed = parse_dateline(text, reference_date=reference_date)
    if parsed is not None and parsed.text == text:
        return attrs.evolve(parsed, span=span)
    place = _LEADING_PLACE.match(text)
    return Dateline(text, span, locations=(place.group().strip(),) if place else ())


def _rebuild(raw: str, story: Story, envelope: Envelope, reference_date: Any) -> Story:
    byline = None if story.byline is None else _resliced(story.byline, raw)
    dateline = None if story.dateline is None else _resliced(story.dateline, raw)
    paragraphs = [_resliced(p, raw) for p in story.paragraphs]
    credits = [_resliced(c, raw) for c in story.credits]
    notes = [_resliced(n, raw) for n in story.notes]
    headline = story.headline
    if headline is not None:
        headline = attrs.evolve(_resliced(headline, raw), title=headline.title)
    covered = [e.span for e in (headline, byline, dateline) if e is not None]
    covered += [e.span for group in (paragraphs, credits, notes, story.boilerplate) for e in group]
    # 1. The envelope's headline and dateline fill the story's empty slots, unless the
    #    copy's own elements already run over them (then they are part of those).
    given_headline, given_dateline = envelope.headline, envelope.dateline
    if headline is None and given_headline is not None and _free(given_headline, covered):
        headline = Headline(raw[given_headline.start : given_headline.end], given_headline)
        covered.append(given_headline)
    if dateline is None and given_dateline is not None and _free(given_dateline, covered):
        dateline = _envelope_dateline(raw, given_dateline, reference_date)
        covered.append(given_dateline)
    # 2. Every envelope piece no element covers is header boilerplate.
    pieces = _outside(_hidden(envelope), merge(covered))
    header = [Boilerplate("header", raw[s.start : s.end], s) for s in _trimmed(raw, pieces)]
    boilerplate = [_resliced(b, raw) for b in story.boilerplate] + header
    return attrs.evolve(
        story,
        source=raw,
        headline=headline,
        byline=byline,
        dateline=dateline,
        agency=story.agency or (dateline.agency if dateline else None),
        paragraphs=paragraphs,
        credits=credits,
        notes=notes,
        boilerplate=sorted(boilerplate, key=lambda b: b.span),
        evidence=[_resliced(e, raw) for e in story.evidence],
    )


def _free(span: Span, covered: Sequence[Span]) -> bool:
    """True when ``span`` overlaps none of ``covered``."""
    return all(c.end <= span.start or c.start >= span.end for c in covered)


def _outside(spans: Sequence[Span], covered: Sequence[Span]) -> Iterator[Span]:
    """The parts of ``spans`` that no span of ``covered`` overlaps (both merged and sorted).

    One sweep over both lists, so the cost is linear in their lengths.
    """
    i = 0
    for span in spans:
        while i < len(covered) and covered[i].end <= span.start:
            i += 1
        pos, j = span.start, i
        while j < len(covered) and covered[j].start < span.end:
            if covered[j].start > pos:
                yield Span(pos, covered[j].start)
            pos = max(pos, covered[j].end)
            j += 1
        if pos < span.end:
            yield Span(pos, span.end)


def _trimmed(text: str, spans: Iterator[Span]) -> Iterator[Span]:
    """Each span without its leading and trailing white space; blank ones dropped."""
    for span in spans:
        trimmed = stripped(text, span.start, span.end)
        if trimmed is not None:
            yield trimmed
