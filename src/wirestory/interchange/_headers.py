"""Header envelopes: a YAML front-matter block or a ``key: value`` header block of a
dataset or scraped page, with a crawler footer after the copy.

A reader says "mine" (an ``Envelope``) or ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from .._model import Span
from ._base import Envelope, skip_one_break

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
        pos = skip_one_break(text, end)
        if pos == end:
            break
    if len(metadata) < 2 or not any(k in _HEADER_KEYS for k, _ in metadata):
        return None
    return Envelope(
        "header_block", (Span(0, end),), reference_date=_metadata_date(metadata), metadata=metadata
    )


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


_ISO_DATE_START: Final = re.compile(r"\s*((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])")
"""A metadata value that opens with an ISO date: ``2025-02-08T10:00:00Z``."""


def _metadata_date(metadata: Sequence[tuple[str, str]]) -> dt.date | None:
    for key, value in metadata:
        if key in _DATE_KEYS:
            m = _ISO_DATE_START.match(value)
            if m is not None:
                try:
                    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
    return None
