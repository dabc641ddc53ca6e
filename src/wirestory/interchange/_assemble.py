"""Write a story's parts one after another and build a lossless ``Story`` over them.

The readers of NITF and ninjs receive the parts of a story (headline, byline, dateline,
paragraphs, credit clauses, notes) without the wire text they came from. ``Assembler``
writes them into a plain wire-style text and keeps every part's span, so the story they
return is as lossless as one from ``wirestory.parse``.

>>> a = Assembler()
>>> a.add("Headline"), a.add("Body.")
(Span(start=0, end=8), Span(start=10, end=15))
>>> a.text
'Headline\\n\\nBody.'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from .. import parse_byline, parse_dateline
from .._model import Byline, Contributor, Credit, Dateline, Headline, Note, Paragraph, Span, Story


class Assembler:
    """Appends pieces of text, blank-line separated unless told otherwise.

    >>> a = Assembler()
    >>> a.add("PARIS (AFP) -"), a.add("Hi.", gap=" ")
    (Span(start=0, end=13), Span(start=14, end=17))
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0

    @property
    def text(self) -> str:
        """Everything written so far."""
        return "".join(self._parts)

    def add(self, piece: str, *, gap: str = "\n\n") -> Span:
        """Write ``piece`` (after ``gap`` unless it is the first) and return its span."""
        if self._length:
            self._parts.append(gap)
            self._length += len(gap)
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return Span(start, self._length)


def _stripped(text: str) -> str:
    return text.strip()


@attrs.frozen
class CreditRow:
    """A credit as an interchange format carries it: role, clause text, people."""

    role: str
    text: str = attrs.field(converter=_stripped)
    contributors: tuple[Contributor, ...] = ()


def _clean(text: str | None) -> str | None:
    """``text`` without surrounding white space; ``None`` when nothing is left."""
    return (text.strip() or None) if text is not None else None


def _cleaned(texts: Iterable[str]) -> tuple[str, ...]:
    """Each text without surrounding white space, in order (blank ones kept as ``""``)."""
    return tuple(t.strip() for t in texts)


@attrs.frozen
class StoryParts:
    """The parts of a story read from an interchange format, before assembly.

    >>> story = StoryParts(paragraphs=("Hi.",), dateline="PARIS (AFP) -").assemble()
    >>> story.dateline.locations, story.agency, story.source
    (('PARIS',), 'AFP', 'PARIS (AFP) - Hi.')
    """

    headline: str | None = attrs.field(default=None, converter=_clean)
    byline: str | None = attrs.field(default=None, converter=_clean)
    byline_people: tuple[str, ...] = ()
    dateline: str | None = attrs.field(default=None, converter=_clean)
    locations: tuple[str, ...] | None = None
    date: dt.date | None = None
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_cleaned)
    credits: tuple[CreditRow, ...] = ()
    notes: tuple[str, ...] = attrs.field(default=(), converter=_cleaned)
    note_kinds: tuple[str, ...] = ()
    """The kind of each note (``editors`` where missing)."""
    agency: str | None = None

    def assemble(self) -> Story:
        """Write the parts as wire text and return the story over it."""
        out = Assembler()
        headline = byline = dateline = None
        if self.headline:
            headline = Headline(self.headline, out.add(self.headline))
        if self.byline:
            byline = self._byline(self.byline, out.add(self.byline))
        paragraphs = [p for p in self.paragraphs if p]
        if self.dateline:
            dateline = self._dateline(self.dateline, out.add(self.dateline))
        gap = " " if dateline is not None else "\n\n"
        body = []
        for text in paragraphs:
            body.append(Paragraph(text, out.add(text, gap=gap)))
            gap = "\n\n"
        credits = _credits(self.credits, out)
        kinds = self.note_kinds + ("editors",) * len(self.notes)
        notes = [Note(k, n, out.add(n)) for n, k in zip(self.notes, kinds, strict=False) if n]
        agency = self.agency or (dateline.agency if dateline else None)
        return Story(
            out.text,
            headline=headline,
            byline=byline,
            dateline=dateline,
            paragraphs=body,
            credits=credits,
            notes=notes,
            agency=agency,
        )

    def _byline(self, text: str, span: Span) -> Byline:
        parsed = parse_byline(text)
        if parsed is not None and parsed.text == text:
            return attrs.evolve(parsed, span=span)
        people = tuple(Contributor(name) for name in self.byline_people if name)
        return Byline(text, span, people, agency=self.agency)

    def _dateline(self, text: str, span: Span) -> Dateline:
        parsed = parse_dateline(text, reference_date=self.date)
        if parsed is not None and parsed.text == text:
            dateline = attrs.evolve(parsed, span=span)
        else:
            dateline = Dateline(text, span)
        if self.locations is not None:
            dateline = attrs.evolve(dateline, locations=self.locations)
        if self.date is not None:
            dateline = attrs.evolve(dateline, date=self.date)
        return dateline


def _credits(rows: Sequence[CreditRow], out: Assembler) -> list[Credit]:
    """One span per distinct clause text, shared by the roles of that clause."""
    spans: dict[str, Span] = {}
    credits = []
    gap = "\n\n"
    for row in rows:
        if not row.text.strip():
            continue
        if row.text not in spans:
            spans[row.text] = out.add(row.text, gap=gap)
            gap = " "
        credits.append(Credit(row.role, row.text, spans[row.text], row.contributors))
    return credits


def non_blank(texts: Iterable[str | None]) -> tuple[str, ...]:
    """The texts that have a non-space character, in order.

    >>> non_blank(["a", " ", None, "b"])
    ('a', 'b')
    """
    return tuple(t for t in texts if t is not None and t.strip())
