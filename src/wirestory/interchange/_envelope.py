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

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

import attrs

from .. import parse, parse_dateline
from .._model import Boilerplate, Dateline, Headline, Span, Story

ENVELOPE_FORMATS: Final = ("anpa", "gigaword", "nitf", "front_matter", "header_block")
"""The envelope formats ``read_envelope`` recognises, in the order it tries them."""


def _to_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Envelope:
    """The envelope around one story: where it is in the raw text, and what it says.

    >>> Envelope("front_matter", (Span(0, 12),)).format
    'front_matter'
    """

    format: str = attrs.field(validator=attrs.validators.in_(ENVELOPE_FORMATS))
    """One of ``ENVELOPE_FORMATS``."""
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_to_tuple)
    """The envelope's characters (control characters, header lines, tags), in order."""
    headline: Span | None = None
    """Where the envelope gives the headline (a Gigaword ``<HEADLINE>``), or ``None``."""
    dateline: Span | None = None
    """Where the envelope gives the dateline (a Gigaword ``<DATELINE>``), or ``None``."""
    reference_date: dt.date | None = None
    """A date the envelope gives (a Gigaword document id, a ``date:`` line), or ``None``."""
    metadata: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_tuple)
    """``(name, value)`` pairs read from the envelope, in order (``slug``, ``title``, ...)."""


# -- the envelope readers: an ordered table, each says "mine" (an Envelope) or None ----

_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # C0 controls but \t \n \r

_ANPA_START: Final = re.compile(
    r"""(?x)
    \A [\x16\s]{0,8}            # SYN idle characters or blanks before the message
    (?: \x01                    # SOH: start of header (ANPA-1312)
      | ZCZC \b )               # or the IPTC 7901 start-of-message sequence
    """
)
_ANPA_CODE_LINE: Final = re.compile(
    r"""(?x)
    (?P<code> [$:=^*&+%\#@] )    # an IPTC 7901 field code in the first column
    (?P<value> [^\r\n]{0,200} )  # the field's value,
    (?= [\r\n] | \Z )             # to the end of the line (CR alone ends a line too)
    """
)
_ANPA_CARET_LINE: Final = re.compile(
    r"""(?x)
    (?<! [^\r\n\x02] )          # at the start of a line (or just after STX)
    (?P<caret> \^ )              # a headline, byline or note line opens with a caret
    (?P<value> [^\r\n<=]{0,400}? )
    (?P<close> [ \t]* [<=] )?    # and closes with < (headline, note) or = (byline)
    [ \t]* (?= [\r\n] | \Z )
    """
)
_ANPA_SLUG_LINE: Final = re.compile(
    r"""(?x)
    \^? (?P<slug> BC- [^\r\n]{1,200}? )   # a BC- slug line just after STX, caret or not,
    [ \t]* <? [ \t]* (?= [\r\n] | \Z )     # to the end of its line
    """
)
_ANPA_END_MARK: Final = re.compile(
    r"""(?x)
    (?<= \S ) [ \t]+ = [ \t]*     # a headline or byline line of the opening closed by " ="
    (?= \r?\n )                    # (dpa), at the end of the line
    """
)
ANPA_STATUS_WORDS: Final = (
    "REFILE", "EXTRA", "URGENT", "FLASH", "BULLETIN", "CORRECTION", "ADVISORY", "EILT",
    "EILMELDUNG", "ZUSAMMENFASSUNG",
)  # fmt: skip
"""Status lines a desk puts between STX and the headline (dpa ``REFILE``, ``EXTRA``)."""

_ANPA_STATUS_LINE: Final = re.compile(
    rf"""(?x)
    (?P<status>
        {"|".join(ANPA_STATUS_WORDS)}       # a status word on a line of its own,
      | [0-9]{{1,2}} (?:ST|ND|RD|TH) [ ] LEAD  # or a lead number: 1ST LEAD, 2ND LEAD
    )
    [ \t]* (?= [\r\n] )
    """
)
_ANPA_PLAIN_HEADLINE: Final = re.compile(
    r"""(?x)
    (?P<headline> [^\s^] [^\r\n]{0,200}? )   # an unmarked line flush left (Kyodo),
    [ \t]* \r?\n
    (?= [ \t]+ \S )                           # right before the indented first paragraph
    """
)
_LEADING_PLACE: Final = re.compile(
    r"""(?x)
    [A-Z] [A-Z .'-]{1,40} (?<! [ ] )   # a place in capitals at the start of a dateline
    (?= [ ]* [,(] | \Z )               # before its comma or parenthesis
    """
)
_MONTHS: Final = {
    m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)
}
_TRAILER_DATES: Final = (
    re.compile(  # AP: AP-WF-11-13-13 1509GMT is month-day-year
        r"""(?x) AP-[A-Z]{2}- (?P<m>[01][0-9]) - (?P<d>[0-3][0-9]) - (?P<y>[0-9]{2}) \b"""
    ),
    re.compile(  # Kyodo: KWS-21:37-09-12-18 is time, then day-month-year
        r"""(?x) \b [A-Z]{3} - [0-2][0-9]:[0-5][0-9] - (?P<d>[0-3][0-9]) - (?P<m>[01][0-9]) - (?P<y>[0-9]{2}) \b"""
    ),
    re.compile(  # dpa: 212322 GMT Nov 18 is day, hour, minute, then month and year
        r"""(?x) \b (?P<d>[0-3][0-9]) [0-2][0-9][0-5][0-9] [ ] GMT [ ] (?P<mon>[A-Z][a-z]{2}) [ ] (?P<y>[0-9]{2}) \b"""
    ),
)
"""Transmission trailers (after ETX) that date the story, one pattern a row."""
_OPENING_CHARS: Final = 600  # how far into the copy the opening's line marks are looked for
_ANPA_END_LINE: Final = re.compile(r"(?m)^[ \t]*NNNN[ \t]*$")  # IPTC 7901 end of message


def _anpa(text: str) -> Envelope | None:
    """ANPA-1312 / IPTC 7901: SOH header to STX, caret lines, ETX trailer to the end.

    Grammar: ``SYN* SOH header STX [^]BC-slug< ^headline< ^Eds: ...< ^By A=  body ETX
    sign-off EOT`` (AP, dpa, Kyodo, Belga), or ``ZCZC`` then field-code lines (``$T``,
    ``:keyword``, ``^headline``, ``+id``) before the body (AAP).
    """
    start = _ANPA_START.match(text)
    if start is None:
        return None
    spans: list[Span] = []
    metadata: list[tuple[str, str]] = []
    headline: Span | None = None
    stx = text.find("\x02")
    etx = text.find("\x03", max(stx, 0))
    body_start = stx + 1 if stx >= 0 else start.end()
    if stx >= 0:
        spans.append(Span(0, body_start))
    else:  # ZCZC: the start line, then field-code lines up to the first body line
        line_end = text.find("\r", start.end())
        first = min(p for p in (line_end, text.find("\n", start.end()), len(text)) if p >= 0)
        spans.append(Span(0, first))
        pos = first
        while (m := _ANPA_CODE_LINE.match(text, _skip_breaks(text, pos))) is not None:
            if m.group("code") == "^":
                spans.append(Span(m.start(), m.start() + 1))
                if headline is None and m.group("value").strip():
                    headline = _stripped(text, m.start("value"), m.end("value"))
            else:
                spans.append(Span(m.start(), m.end()))
                metadata.append((m.group("code"), m.group("value")))
            pos = body_start = m.end()
    body_end = etx if etx >= 0 else len(text)
    if (end_line := _ANPA_END_LINE.search(text, body_start, body_end)) is not None:
        body_end = end_line.start()
    pos = _skip_breaks(text, body_start)
    if (slug := _ANPA_SLUG_LINE.match(text, pos, body_end)) is not None:
        spans.append(Span(slug.start(), slug.end()))
        metadata.append(("slug", slug.group("slug").strip()))
        pos = _skip_breaks(text, slug.end())
    while (status := _ANPA_STATUS_LINE.match(text, pos, body_end)) is not None:
        spans.append(Span(status.start(), status.end()))
        metadata.append(("status", status.group("status")))
        pos = _skip_breaks(text, status.end())
    if headline is None and (plain := _ANPA_PLAIN_HEADLINE.match(text, pos, body_end)) is not None:
        headline = Span(plain.start("headline"), plain.end("headline"))
    for m in _ANPA_CARET_LINE.finditer(text, body_start, body_end):
        if slug is not None and m.start() == slug.start():
            continue
        spans.append(Span(m.start("caret"), m.end("caret")))
        if m.group("close"):
            spans.append(Span(m.start("close"), m.end("close")))
    opening_end = min(body_end, body_start + _OPENING_CHARS)
    spans += [
        Span(m.start(), m.end()) for m in _ANPA_END_MARK.finditer(text, body_start, opening_end)
    ]
    spans += [Span(m.start(), m.end()) for m in _CONTROL.finditer(text, body_start, body_end)]
    reference_date = None
    if body_end < len(text):
        spans.append(Span(body_end, len(text)))
        reference_date = _trailer_date(text, body_end)
    return Envelope(
        "anpa", _merge(spans), headline=headline, reference_date=reference_date, metadata=metadata
    )


_SGML_TAG: Final = re.compile(
    r"""(?x)
    < /? [A-Za-z][\w.:-]{0,40}   # an SGML tag name, opening or closing
    (?: \s [^<>]{0,500} )?       # its attributes
    >
    """
)
_GIGAWORD_DOC: Final = re.compile(
    r"""(?x)
    <DOC \b [^<>]{0,500} >       # <DOC id="AFP_ENG_19950101.0083" type="story">
    .*?
    (?: </DOC> | \Z )            # to its end tag (or the end of a cut file)
    """,
    re.DOTALL,
)
GIGAWORD_METADATA_TAGS: Final = (
    "DATE_TIME",
    "DATE",
    "AUTHOR",
    "KEYWORD",
    "DOCID",
    "DOCNO",
    "DOCTYPE",
)
"""Gigaword (and TREC-style SGML) elements whose content is metadata, not copy."""

_HIDDEN_ELEMENT: Final = re.compile(
    rf"""(?xs)
    < (?P<tag> {"|".join(GIGAWORD_METADATA_TAGS)} ) \b [^<>]{{0,200}} >   # a metadata element
    .{{0,500}}?                                                          # its content
    </ (?P=tag) >                                                        # and its end tag
    """
)
_HEADLINE_ELEMENT: Final = re.compile(
    r"""(?xs)
    <HEADLINE>                    # the Gigaword headline element
    (?P<content> .{0,2000}? )     # its text, line breaks around it included
    </HEADLINE>
    """
)
_DATELINE_ELEMENT: Final = re.compile(
    r"""(?xs)
    <DATELINE>                    # the Gigaword dateline element
    (?P<content> .{0,500}? )      # its text: WASHINGTON (BC-TERM-LIMITS-AZR)
    </DATELINE>
    """
)
_DOC_ID: Final = re.compile(
    r"""(?x)
    \b id \s* = \s* ["']?          # the id attribute of <DOC>
    (?P<id> [^"'\s>]{1,100} )      # its value: XIN_ENG_20130801.0001
    """
)
_ID_DATE: Final = re.compile(
    r"""(?x)
    (?<! [0-9] )                  # eight digits standing alone
    (?P<y> (?:19|20) [0-9]{2} )   # year
    (?P<m> [01][0-9] )            # month
    (?P<d> [0-3][0-9] )           # day
    (?! [0-9] )
    """
)


def _gigaword(text: str) -> Envelope | None:
    """LDC Gigaword SGML: ``<DOC id= type=>``, ``<HEADLINE>``, ``<DATELINE>``, ``<TEXT>``, ``<P>``.

    Tags are envelope; so are ``DATE_TIME`` and ``AUTHOR`` elements with their content.
    The ``<HEADLINE>`` content is the headline and the ``<DATELINE>`` content the dateline
    (unless the copy has its own); the date in the document id is the reference date.
    """
    head = text.lstrip()[:5]
    if head[:4].upper() != "<DOC" or (len(head) == 5 and head[4].isalnum()):
        return None
    spans = [Span(m.start(), m.end()) for m in _SGML_TAG.finditer(text)]
    spans += [Span(m.start(), m.end()) for m in _HIDDEN_ELEMENT.finditer(text)]
    metadata: list[tuple[str, str]] = []
    reference_date = None
    if (doc_id := _DOC_ID.search(text, 0, text.find(">") + 1)) is not None:
        metadata.append(("id", doc_id.group("id")))
        reference_date = _date_in(doc_id.group("id"))
    headline = None
    if (m := _HEADLINE_ELEMENT.search(text)) is not None:
        headline = _stripped(text, m.start("content"), m.end("content"))
    dateline = None
    if (m := _DATELINE_ELEMENT.search(text)) is not None:
        dateline = _stripped(text, m.start("content"), m.end("content"))
    return Envelope(
        "gigaword",
        _merge(spans),
        headline=headline,
        dateline=dateline,
        reference_date=reference_date,
        metadata=metadata,
    )


_XML_START: Final = re.compile(
    r"""(?xs)
    \A \ufeff? \s{0,100}                       # an optional byte-order mark and blanks
    (?: <\?xml [^>]{0,200} \?> \s* )?           # the XML declaration
    (?: <!-- .{0,500}? --> \s* ){0,5}            # a few comments
    (?: <!DOCTYPE \s+ nitf \b [^>]{0,500} > \s* )?  # a document type (no internal subset)
    <nitf \b                                   # the NITF root element
    """
)
_NITF_HEAD: Final = re.compile(
    r"""(?xs)
    <head \b .*? </head>         # the NITF head: metadata, never copy
    """
)


def _nitf(text: str) -> Envelope | None:
    """NITF XML: every tag and the whole ``<head>`` are envelope; the copy is the text.

    Nothing is expanded: character references such as ``&amp;`` stay as written.
    """
    if _XML_START.match(text) is None:
        return None
    spans = [Span(0, text.find("<nitf"))]
    spans += [Span(m.start(), m.end()) for m in _NITF_HEAD.finditer(text)]
    spans += [Span(m.start(), m.end()) for m in _SGML_TAG.finditer(text)]
    return Envelope("nitf", _merge(spans))


_FRONT_MATTER: Final = re.compile(
    r"""(?x)
    \A \ufeff? ---[ \t]* \r?\n     # the opening fence on the first line
    (?P<body> .{0,20000}? )        # YAML, not interpreted beyond key: value lines
    ^ ---[ \t]* (?= \r?\n | \Z )      # the closing fence
    """,
    re.DOTALL | re.MULTILINE,
)
_CRAWLER_FOOTER: Final = re.compile(
    r"""(?x)
    (?<= \n ) ---[ \t]* \r?\n          # a closing rule written by the crawler
    (?: [ \t]* \r?\n )*
    (?: [ \t]* \* [^*\r\n]{1,300} \*   # then only *emphasised* lines:
        [ \t]* (?: \r?\n | \Z ) ){1,5}  #   *Crawled at: ...*, *Source: [...](...)*
    \s* \Z
    """
)
_KEY_VALUE: Final = re.compile(
    r"""(?x)
    ^ (?P<key> [a-z][a-z0-9_-]{0,30} ) [ \t]* : [ \t]*   # a lower-case key and a colon
    (?P<value> [^\r\n]{0,2000} ) (?= [\r\n] | \Z )      # the value, to the end of the line
    """,
    re.MULTILINE,
)
_DATE_KEYS: Final = frozenset(
    {"date", "published", "published_at", "pubdate", "publish_date", "datetime", "created"}
)
_HEADER_KEYS: Final = frozenset(
    {"title", "headline", "url", "link", "source", "author", "byline", "id", "lang", "language"}
    | _DATE_KEYS
)
"""The keys a dataset or scraped-page header block is recognised by (one must be here)."""


def _front_matter(text: str) -> Envelope | None:
    """A YAML front-matter block: ``---`` on the first line to the next ``---`` line.

    A crawler that writes front matter may also close the page with a ``---`` rule and
    a few ``*Crawled at: ...*`` / ``*Source: ...*`` lines; that footer is envelope too.
    """
    if not text.startswith(("---", "\ufeff---")):
        return None
    m = _FRONT_MATTER.match(text)
    if m is None:
        return None
    metadata = [
        (k.group("key"), _unquote(k.group("value")))
        for k in _KEY_VALUE.finditer(text, m.start("body"), m.end("body"))
    ]
    spans = [Span(0, m.end())]
    if (footer := _CRAWLER_FOOTER.search(text, m.end())) is not None:
        spans.append(Span(footer.start(), footer.end()))
    return Envelope(
        "front_matter", spans, reference_date=_metadata_date(metadata), metadata=metadata
    )


def _header_block(text: str) -> Envelope | None:
    """``key: value`` lines at the top (``title:``, ``date:``, ``url:``) up to a blank line.

    At least two lines, every one a lower-case key, one of them a known header key; so
    a story opening ``BEIRUT: Lebanese ...`` or ``Note: ...`` is not taken for a header.
    """
    if not text[:1].islower():
        return None
    pos, end = 0, 0
    metadata: list[tuple[str, str]] = []
    while (m := _KEY_VALUE.match(text, pos)) is not None:
        metadata.append((m.group("key"), _unquote(m.group("value"))))
        end = m.end()
        pos = _skip_one_break(text, end)
        if pos == end:
            break
    if len(metadata) < 2 or not any(k in _HEADER_KEYS for k, _ in metadata):
        return None
    return Envelope(
        "header_block", (Span(0, end),), reference_date=_metadata_date(metadata), metadata=metadata
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
    return _merge([*envelope.spans, *(s for s in (envelope.headline, envelope.dateline) if s)])


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
        envelope = attrs.evolve(envelope, spans=_merge([*envelope.spans, *extra]))
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


def _mask(text: str, spans: Sequence[Span]) -> str:
    """``text`` with the characters of ``spans`` blanked, line breaks kept."""
    parts, pos = [], 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(re.sub(r"[^\r\n]", " ", text[span.start : span.end]))
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
    pieces = _outside(_hidden(envelope), _merge(covered))
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


def _merge(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlapping or touching ones joined."""
    out: list[Span] = []
    for span in sorted(s for s in spans if s.end > s.start):
        if out and span.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return tuple(out)


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
        trimmed = _stripped(text, span.start, span.end)
        if trimmed is not None:
            yield trimmed


# -- small helpers ----------------------------------------------------------------------


def _stripped(text: str, start: int, end: int) -> Span | None:
    piece = text[start:end]
    if not piece.strip():
        return None
    lead = len(piece) - len(piece.lstrip())
    return Span(start + lead, start + len(piece.rstrip()))


def _skip_breaks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "\r\n":
        pos += 1
    return pos


def _skip_one_break(text: str, pos: int) -> int:
    if text.startswith("\r\n", pos):
        return pos + 2
    return pos + 1 if text[pos : pos + 1] in ("\r", "\n") and pos < len(text) else pos


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _date_in(value: str) -> dt.date | None:
    for m in _ID_DATE.finditer(value):
        try:
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None


def _trailer_date(text: str, pos: int) -> dt.date | None:
    for pattern in _TRAILER_DATES:
        if (m := pattern.search(text, pos)) is not None:
            month = _MONTHS.get(m.group("mon"), 0) if "mon" in m.groupdict() else int(m.group("m"))
            with contextlib.suppress(ValueError):
                return dt.date(2000 + int(m.group("y")), month, int(m.group("d")))
    return None


def _metadata_date(metadata: Sequence[tuple[str, str]]) -> dt.date | None:
    for key, value in metadata:
        if key in _DATE_KEYS:
            m = re.match(r"\s*((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])", value)
            if m is not None:
                try:
                    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
    return None
