"""The story model: frozen, slotted attrs classes named with wire-desk nouns.

Every element keeps its raw ``text`` and a half-open ``span`` into ``Story.source``, so
that ``story.source[e.span.start:e.span.end] == e.text`` always holds. Normalised values
(``Dateline.date``, ``Contributor.display_name``) sit beside the raw text.

>>> from wirestory import parse
>>> story = parse("LONDON (Reuters) - Prices rose.")
>>> story.dateline.locations
('LONDON',)
>>> story.paragraphs[0].text
'Prices rose.'
>>> Story.from_dict(story.to_dict()) == story
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

import attrs

from ._names import display_name
from ._vocab import BOILERPLATE_KINDS, CREDIT_ROLES, NOTE_KINDS

_T = TypeVar("_T")


def _non_negative(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Story.source``.

    >>> Span(3, 7).slice("abcdefghij")
    'defg'
    >>> Span(5, 2)
    Traceback (most recent call last):
    ...
    ValueError: Span end must be >= start, got Span(5, 2)
    """

    start: int = attrs.field(validator=_non_negative)
    """Offset of the first character."""
    end: int = attrs.field(validator=_non_negative)
    """Offset just past the last character."""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end must be >= start, got Span({self.start}, {self.end})")

    def slice(self, source: str) -> str:
        """The text this span covers in ``source``."""
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


def _in(table: Mapping[str, str], what: str) -> Callable[[object, object, str], None]:
    def check(_: object, __: object, value: str) -> None:
        if value not in table:
            raise ValueError(f"Unknown {what} {value!r}; expected one of {sorted(table)}")

    return check


def _opt_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Contributor:
    """A person named in a byline or a credit line.

    >>> Contributor("JANE DOE", location="Kyiv").display_name
    'Jane Doe'
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    """The name as written (``"ANDREW TAYLOR"``), without ``By`` or a title."""
    location: str | None = None
    """Where the person reported from (``"Kyiv"`` in ``A in Kyiv``), or ``None``."""
    email: str | None = None
    """A contact address given with the name (Bloomberg, Yonhap), or ``None``."""
    display_name: str = attrs.field(
        default=attrs.Factory(lambda self: display_name(self.name), takes_self=True)
    )
    """The name with its case normalised: ``"ANDREW MCDONALD"`` gives ``"Andrew McDonald"``."""


@attrs.frozen
class Headline:
    """The headline, with its desk slug split off.

    >>> Headline("UPDATE 2-Oil rises", Span(0, 18), slug="UPDATE 2", title="Oil rises").slug
    'UPDATE 2'
    """

    text: str
    """The headline line as written, slug included."""
    span: Span
    """Where ``text`` stands in the input."""
    slug: str | None = None
    """The desk slug without its separator (``"UPDATE 2"``, ``"EXCLUSIVE"``), or ``None``."""
    title: str = attrs.field(default=attrs.Factory(lambda self: self.text, takes_self=True))
    """The headline without its slug."""


@attrs.frozen
class Byline:
    """A ``By ...`` line: the people who wrote the story.

    >>> Byline("By Jane Doe", Span(0, 11), (Contributor("Jane Doe"),)).contributors[0].name
    'Jane Doe'
    """

    text: str
    """The byline as written, ``By`` and titles included."""
    span: Span
    """Where ``text`` stands in the input."""
    contributors: tuple[Contributor, ...] = attrs.field(default=(), converter=_opt_tuple)
    """The people named, in order; never an agency."""
    agency: str | None = None
    """The canonical agency the byline names (``By Reuters``), or ``None``."""


@attrs.frozen
class Dateline:
    """The place, date and agency that open a story: ``MOSCOW, April 26 (Reuters) -``.

    >>> d = Dateline("KYIV/MOSCOW (Reuters) -", Span(0, 23), ("KYIV", "MOSCOW"), agency="Reuters")
    >>> d.locations
    ('KYIV', 'MOSCOW')
    """

    text: str
    """The dateline as written, separator included."""
    span: Span
    """Where ``text`` stands in the input."""
    locations: tuple[str, ...] = attrs.field(default=(), converter=_opt_tuple)
    """One entry per city, as written (``KYIV/MOSCOW`` gives two)."""
    region: str | None = None
    """The state, region or country after the city (``"N.C."``, ``"Ukraine"``), or ``None``."""
    date_text: str | None = None
    """The date as written (``"Sept 28"``), or ``None``."""
    date: dt.date | None = None
    """The date, when ``date_text`` and the reference date allow it; never a guess."""
    year_inferred: bool = False
    """True when the year of ``date`` came from the reference date, not from the text."""
    agency: str | None = None
    """The canonical agency the dateline names, or ``None``."""


@attrs.frozen
class Paragraph:
    """One body paragraph; a hard-wrapped paragraph's span covers all its lines.

    >>> Paragraph("Prices rose.", Span(0, 12)).text
    'Prices rose.'
    """

    text: str
    """The paragraph as written (inner line breaks kept)."""
    span: Span
    """Where ``text`` stands in the input."""


@attrs.frozen
class Credit:
    """One clause of a credit line: a role and the people who had it.

    A clause naming two roles (``Reporting and editing by A``) gives one ``Credit`` per
    role; they share the clause's text and span.

    >>> Credit("editing", "Editing by C", Span(0, 12), (Contributor("C"),)).role
    'editing'
    """

    role: str = attrs.field(validator=_in(CREDIT_ROLES, "credit role"))
    """The role, one of ``wirestory.CREDIT_ROLES``."""
    text: str
    """The clause as written, with the punctuation that joins it to its neighbours."""
    span: Span
    """Where ``text`` stands in the input."""
    contributors: tuple[Contributor, ...] = attrs.field(default=(), converter=_opt_tuple)
    """The people credited, each with the place they reported from."""


@attrs.frozen
class Note:
    """A note from the desk about the story, kept apart from the body.

    >>> Note("currency", "($1 = 0.92 euros)", Span(0, 17)).kind
    'currency'
    """

    kind: str = attrs.field(validator=_in(NOTE_KINDS, "note kind"))
    """The kind, one of ``wirestory.NOTE_KINDS``."""
    text: str
    """The note as written."""
    span: Span
    """Where ``text`` stands in the input."""


@attrs.frozen
class Boilerplate:
    """Page or feed material around the story, labelled and kept.

    >>> Boilerplate("comments", "Comments", Span(0, 8)).kind
    'comments'
    """

    kind: str = attrs.field(validator=_in(BOILERPLATE_KINDS, "boilerplate kind"))
    """The kind, one of ``wirestory.BOILERPLATE_KINDS``; ``unknown`` when nothing fits."""
    text: str
    """The material as written."""
    span: Span
    """Where ``text`` stands in the input."""


@attrs.frozen
class Evidence:
    """Why wirestory believes an agency wrote the story.

    >>> Evidence("Xinhua", "boilerplate", "Enditem", Span(90, 97)).agency
    'Xinhua'
    """

    agency: str
    """The canonical agency named."""
    element: str
    """The kind of element that named it: ``dateline``, ``byline``, ``credits``, ..."""
    text: str
    """The text that named it."""
    span: Span
    """Where ``text`` stands in the input."""


class _Element(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> Span: ...


@attrs.frozen
class Story:
    """A parsed wire story.

    Every non-white-space character of ``source`` belongs to exactly one element:
    the headline, byline, dateline, a paragraph, credit, note or boilerplate.

    >>> from wirestory import parse
    >>> story = parse("OSLO (Reuters) - Fares rose.\\n\\n(Editing by Anna Berg)")
    >>> story.agency, story.dateline.text, story.body, story.credits[0].role
    ('Reuters', 'OSLO (Reuters) -', 'Fares rose.', 'editing')
    >>> [story.source[e.span.start : e.span.end] == e.text for e in story.elements()]
    [True, True, True]
    """

    source: str
    """The input, unchanged."""
    headline: Headline | None = None
    """The headline, or ``None``."""
    byline: Byline | None = None
    """The byline, or ``None``."""
    dateline: Dateline | None = None
    """The dateline, or ``None``."""
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_opt_tuple)
    """The body, dateline stripped from the first paragraph."""
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_opt_tuple)
    """Credit clauses, in order."""
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_opt_tuple)
    """Editorial, currency and correction notes, in order."""
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_opt_tuple)
    """Everything else, labelled, in order."""
    agency: str | None = None
    """The canonical agency of the story (from the dateline, else other evidence), or ``None``."""
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_opt_tuple)
    """Every element that named an agency, in order."""
    truncated: bool = False
    """True when the feed cut the story short (``... [+2764 chars]``)."""

    def elements(self) -> Iterator[_Element]:
        """Every element with a span, in input order (credits sharing a span once).

        >>> from wirestory import parse
        >>> [type(e).__name__ for e in parse("PARIS (AFP) - Hi.\\n\\nComments").elements()]
        ['Dateline', 'Paragraph', 'Boilerplate']
        """
        seen: set[Span] = set()
        items: list[_Element] = []
        for group in (
            (self.headline,),
            (self.byline,),
            (self.dateline,),
            self.paragraphs,
            self.credits,
            self.notes,
            self.boilerplate,
        ):
            for element in group:
                if element is not None and element.span not in seen:
                    seen.add(element.span)
                    items.append(element)
        return iter(sorted(items, key=lambda e: (e.span.start, e.span.end)))

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self, *, clean: bool = False) -> dict[str, Any]:
        """JSON-compatible data: spans as ``[start, end]``, dates as ISO strings.

        ``Story.from_dict`` inverts it exactly. The input is kept under ``"text"``.
        With ``clean=True`` the clean values of ``wirestory.normalize.clean_values``
        (normalized text, display names, resolved places) are added under ``"clean"``;
        ``from_dict`` ignores them.
        """
        from ._serial import dump_story  # here: _serial imports this module

        data = dump_story(self)
        if clean:
            from ._clean import story_clean_values  # here: _clean imports this module

            data["clean"] = story_clean_values(self)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Story:
        """Rebuild a story from ``to_dict()`` output (or its JSON round trip), strictly.

        Only ``"text"`` is required; a missing field takes its default. The loader is as
        strict as the JSON Schema at ``wirestory.interchange.STORY_SCHEMA_PATH`` and adds
        the checks a schema cannot state: every span ends at or after its start, lies
        inside ``"text"`` and slices to its element's text, and every date is a real
        calendar date.

        Raises:
            ModelError: A ``ValueError`` (and ``WirestoryError``) naming the path of the
                first bad value, such as ``paragraphs[3].span``: an unknown or missing key,
                a value of the wrong type, an unknown kind, or a span that does not slice
                to its text.

        >>> story = Story.from_dict({"text": "Hi.", "paragraphs": [{"text": "Hi.", "span": [0, 3]}]})
        >>> story.body
        'Hi.'
        >>> Story.from_dict({"text": "Hi.", "paragraphs": [{"text": "Ho.", "span": [0, 3]}]})
        Traceback (most recent call last):
        ...
        wirestory._errors.ModelError: paragraphs[0].span: [0, 3] slices to 'Hi.', not to the text 'Ho.'
        """
        from ._serial import load_story  # here: _serial imports this module

        return load_story(data)
