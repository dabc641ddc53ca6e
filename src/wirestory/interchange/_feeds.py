"""Readers of raw feed files: ANPA-1312 / IPTC 7901 and LDC Gigaword SGML.

>>> raw = "\\x01a0001 r i BC-Test\\r\\n\\x02^Rain falls<\\r\\n   LIMA (AP) _ It rained.\\r\\n\\x03AP-WF-01-02-25 0101GMT<\\x04"
>>> story = parse_anpa(raw)
>>> story.headline.text, story.dateline.locations, story.paragraphs[0].text
('Rain falls', ('LIMA',), 'It rained.')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._errors import FormatError
from .._model import Story
from ._anpa import _anpa
from ._envelope import parse_enveloped
from ._markup import GIGAWORD_DOC, _gigaword


def _require_str(data: object) -> str:
    if not isinstance(data, str):
        raise TypeError(f"Expected the feed file as a str, got {type(data).__name__}")
    return data


def parse_anpa(data: str, /, **parse_options: Any) -> Story:
    """Parse one ANPA-1312 / IPTC 7901 feed file (AP, dpa, AAP, Kyodo, Belga forms).

    The envelope (SOH header to STX, the ``BC-`` slug line, the carets and closing ``<``
    / ``=`` of headline and byline lines, control characters, the ETX trailer with its
    ``AP-WF-...`` sign-off) is kept as ``header`` boilerplate; the copy is parsed with
    ``wirestory.parse(..., **parse_options)``; every span is an offset into ``data``.

    Raises:
        FormatError: ``data`` does not open with SOH (after SYN idles) or ``ZCZC``.

    >>> parse_anpa("Plain copy.")
    Traceback (most recent call last):
    ...
    wirestory._errors.FormatError: Not an ANPA-1312 / IPTC 7901 file: no SOH or ZCZC at the start
    """
    envelope = _anpa(_require_str(data))
    if envelope is None:
        raise FormatError("Not an ANPA-1312 / IPTC 7901 file: no SOH or ZCZC at the start")
    return parse_enveloped(data, envelope, **parse_options)


def iter_gigaword(data: str, /, **parse_options: Any) -> Iterator[Story]:
    """One story per ``<DOC>`` of an LDC Gigaword SGML file, lazily.

    Each story's ``source`` is the raw text of its ``<DOC>`` element (from ``<DOC`` to
    ``</DOC>``), so its spans are offsets into that slice of ``data``.

    Raises:
        FormatError: ``data`` holds no ``<DOC`` element.

    >>> raw = '<DOC id="A_1"><TEXT><P>PARIS (AFP) - One.</P></TEXT></DOC><DOC id="A_2"><TEXT><P>Two.</P></TEXT></DOC>'
    >>> [s.body for s in iter_gigaword(raw)]
    ['One.', 'Two.']
    """
    found = False
    for m in GIGAWORD_DOC.finditer(_require_str(data)):
        envelope = _gigaword(m.group())
        if envelope is not None:
            found = True
            yield parse_enveloped(m.group(), envelope, **parse_options)
    if not found:
        raise FormatError("Not an LDC Gigaword SGML file: no <DOC> element")


def parse_gigaword(data: str, /, **parse_options: Any) -> list[Story]:
    """Every story of an LDC Gigaword SGML file, one per ``<DOC>`` (see ``iter_gigaword``).

    >>> [s.headline.text for s in parse_gigaword('<DOC id="X"><HEADLINE> Rain </HEADLINE><TEXT><P>Hi.</P></TEXT></DOC>')]
    ['Rain']
    """
    return list(iter_gigaword(data, **parse_options))
