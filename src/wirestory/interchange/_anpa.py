"""ANPA-1312 and IPTC 7901 feed files: control characters, header, slug and end lines.

A reader says "mine" (an ``Envelope``) or ``None``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Final

from .._model import Span
from ._base import Envelope, merge, skip_breaks, stripped

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
        while (m := _ANPA_CODE_LINE.match(text, skip_breaks(text, pos))) is not None:
            if m.group("code") == "^":
                spans.append(Span(m.start(), m.start() + 1))
                if headline is None and m.group("value").strip():
                    headline = stripped(text, m.start("value"), m.end("value"))
            else:
                spans.append(Span(m.start(), m.end()))
                metadata.append((m.group("code"), m.group("value")))
            pos = body_start = m.end()
    body_end = etx if etx >= 0 else len(text)
    if (end_line := _ANPA_END_LINE.search(text, body_start, body_end)) is not None:
        body_end = end_line.start()
    pos = skip_breaks(text, body_start)
    if (slug := _ANPA_SLUG_LINE.match(text, pos, body_end)) is not None:
        spans.append(Span(slug.start(), slug.end()))
        metadata.append(("slug", slug.group("slug").strip()))
        pos = skip_breaks(text, slug.end())
    while (status := _ANPA_STATUS_LINE.match(text, pos, body_end)) is not None:
        spans.append(Span(status.start(), status.end()))
        metadata.append(("status", status.group("status")))
        pos = skip_breaks(text, status.end())
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
        "anpa", merge(spans), headline=headline, reference_date=reference_date, metadata=metadata
    )


def _trailer_date(text: str, pos: int) -> dt.date | None:
    for pattern in _TRAILER_DATES:
        if (m := pattern.search(text, pos)) is not None:
            month = _MONTHS.get(m.group("mon"), 0) if "mon" in m.groupdict() else int(m.group("m"))
            with contextlib.suppress(ValueError):
                return dt.date(2000 + int(m.group("y")), month, int(m.group("d")))
    return None
