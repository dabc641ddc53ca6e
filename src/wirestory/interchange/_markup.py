"""Markup envelopes: LDC Gigaword SGML documents and NITF XML around the copy.

A reader says "mine" (an ``Envelope``) or ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from .._model import Span
from ._base import Envelope, merge, stripped

_SGML_TAG: Final = re.compile(
    r"""(?x)
    < /? [A-Za-z][\w.:-]{0,40}   # an SGML tag name, opening or closing
    (?: \s [^<>]{0,500} )?       # its attributes
    >
    """
)
GIGAWORD_DOC: Final = re.compile(
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
        headline = stripped(text, m.start("content"), m.end("content"))
    dateline = None
    if (m := _DATELINE_ELEMENT.search(text)) is not None:
        dateline = stripped(text, m.start("content"), m.end("content"))
    return Envelope(
        "gigaword",
        merge(spans),
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
    return Envelope("nitf", merge(spans))


def _date_in(value: str) -> dt.date | None:
    for m in _ID_DATE.finditer(value):
        try:
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None
