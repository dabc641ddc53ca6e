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
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, NoReturn, Protocol, TypeVar

import attrs

from ._errors import ModelError
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
        return iter(sorted(items, key=lambda e: e.span))

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
        data = {"text": self.source, **{k: _dump(v) for k, v in _fields(self) if k != "source"}}
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
        story = _load_object(cls, data, "")
        for path, element in _spanned(story):
            _check_slice(story.source, element, path)
        return story


# -- dumping: spans as [start, end], dates as ISO strings ----------------------------


def _fields(obj: Any) -> Iterator[tuple[str, Any]]:
    for field in attrs.fields(type(obj)):
        yield field.name, getattr(obj, field.name)


def _dump(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if attrs.has(type(value)):
        return {k: _dump(v) for k, v in _fields(value)}
    return value


# -- loading: strict, every bad value named by its path ------------------------------

FIELD_TYPES: Final[Mapping[type, Mapping[str, str]]] = MappingProxyType(
    {
        Contributor: {"name": "name", "location": "str?", "email": "str?", "display_name": "str"},
        Headline: {"text": "str", "span": "span", "slug": "str?", "title": "str"},
        Byline: {"text": "str", "span": "span", "contributors": "Contributor*", "agency": "str?"},
        Dateline: {
            "text": "str",
            "span": "span",
            "locations": "str*",
            "region": "str?",
            "date_text": "str?",
            "date": "date?",
            "year_inferred": "bool",
            "agency": "str?",
        },
        Paragraph: {"text": "str", "span": "span"},
        Credit: {
            "role": "credit_role",
            "text": "str",
            "span": "span",
            "contributors": "Contributor*",
        },
        Note: {"kind": "note_kind", "text": "str", "span": "span"},
        Boilerplate: {"kind": "boilerplate_kind", "text": "str", "span": "span"},
        Evidence: {"agency": "str", "element": "str", "text": "str", "span": "span"},
        Story: {
            "source": "str",
            "headline": "Headline?",
            "byline": "Byline?",
            "dateline": "Dateline?",
            "paragraphs": "Paragraph*",
            "credits": "Credit*",
            "notes": "Note*",
            "boilerplate": "Boilerplate*",
            "agency": "str?",
            "evidence": "Evidence*",
            "truncated": "bool",
        },
    }
)
"""The JSON type of every field of every class, the one table that ``Story.from_dict``
and the JSON Schema (``wirestory.interchange``) are both made from.

A type is ``str``, ``name`` (a non-empty string), ``bool``, ``span`` (``[start, end]``),
``date`` (``YYYY-MM-DD``), a vocabulary (``credit_role``, ``note_kind``,
``boilerplate_kind``) or a class name; ``?`` adds ``null``, ``*`` makes an array.
A field is required when its attrs field has no default.
"""

KEY_NAMES: Final[Mapping[str, str]] = MappingProxyType({"source": "text"})
"""Field names that ``to_dict`` writes under another key (``Story.source`` as ``"text"``)."""

VOCABULARIES: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {"credit_role": CREDIT_ROLES, "note_kind": NOTE_KINDS, "boilerplate_kind": BOILERPLATE_KINDS}
)
"""The vocabulary each vocabulary type of ``FIELD_TYPES`` takes its values from."""

CLASSES: Final[Mapping[str, type]] = MappingProxyType({c.__name__: c for c in FIELD_TYPES})
"""The classes of ``FIELD_TYPES`` by name."""

_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # YYYY-MM-DD, ASCII digits only


def required_keys(cls: type) -> list[str]:
    """The keys an object of ``cls`` must have: its fields without a default."""
    return [KEY_NAMES.get(f.name, f.name) for f in attrs.fields(cls) if f.default is attrs.NOTHING]


def _fail(path: str, msg: str) -> NoReturn:
    raise ModelError(msg, path=path)


def _json_type(value: object) -> str:
    for kind, name in ((bool, "a boolean"), (str, "a string"), (int, "a number")):
        if isinstance(value, kind):
            return name
    if isinstance(value, float):
        return "a number"
    if value is None:
        return "null"
    return "an array" if isinstance(value, (list, tuple)) else f"{type(value).__name__}"


def _clip(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 3] + "...")


def _load_str(value: Any, path: str) -> str:
    if not isinstance(value, str):
        _fail(path, f"expected a string, got {_json_type(value)}")
    return value


def _load_name(value: Any, path: str) -> str:
    if not _load_str(value, path):
        _fail(path, "expected a non-empty string")
    return str(value)


def _load_bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        _fail(path, f"expected true or false, got {_json_type(value)}")
    return value


def _load_int(value: Any, path: str) -> int:
    if isinstance(value, float) and value.is_integer():  # JSON Schema counts 3.0 as an integer
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        _fail(path, f"expected an integer >= 0, got {value!r}")
    return value


def _load_span(value: Any, path: str) -> Span:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        _fail(path, f"expected [start, end], got {_clip(repr(value))}")
    start, end = (_load_int(v, f"{path}[{i}]") for i, v in enumerate(value))
    if end < start:
        _fail(path, f"[{start}, {end}] ends before it starts")
    return Span(start, end)


def _load_date(value: Any, path: str) -> dt.date:
    if not _ISO_DATE.fullmatch(_load_str(value, path)):
        _fail(path, f"expected a date as YYYY-MM-DD, got {_clip(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(path, f"{value!r} is not a calendar date")


def _load_scalar(kind: str, value: Any, path: str) -> Any:
    if kind in VOCABULARIES:
        if _load_str(value, path) not in VOCABULARIES[kind]:
            _fail(path, f"unknown {kind.replace('_', ' ')} {_clip(value)}")
        return value
    return _SCALARS[kind](value, path)


_SCALARS: Final[Mapping[str, Callable[[Any, str], Any]]] = MappingProxyType(
    {
        "str": _load_str,
        "name": _load_name,
        "bool": _load_bool,
        "span": _load_span,
        "date": _load_date,
    }
)


def _load_value(kind: str, value: Any, path: str) -> Any:
    if kind.endswith("?"):
        return None if value is None else _load_value(kind[:-1], value, path)
    if kind.endswith("*"):
        if not isinstance(value, (list, tuple)):
            _fail(path, f"expected an array, got {_json_type(value)}")
        return tuple(_load_value(kind[:-1], v, f"{path}[{i}]") for i, v in enumerate(value))
    if kind in CLASSES:
        return _load_object(CLASSES[kind], value, path)
    return _load_scalar(kind, value, path)


def _load_object(cls: type[_T], data: Any, path: str) -> _T:
    if not isinstance(data, Mapping):
        _fail(path, f"expected an object, got {_json_type(data)}")
    types = {KEY_NAMES.get(name, name): (name, kind) for name, kind in FIELD_TYPES[cls].items()}
    if cls is Story and "clean" in data:  # derived values: checked as an object, not loaded
        if not isinstance(data["clean"], Mapping):
            _fail("clean", f"expected an object, got {_json_type(data['clean'])}")
        data = {k: v for k, v in data.items() if k != "clean"}
    for key in data:
        if key not in types:
            _fail(path, f"unknown key {key!r}; expected one of {sorted(types)}")
    for key in required_keys(cls):
        if key not in data:
            _fail(path, f"missing key {key!r}")
    values = {
        types[key][0]: _load_value(types[key][1], value, f"{path}.{key}" if path else key)
        for key, value in data.items()
    }
    try:
        return cls(**values)
    except (TypeError, ValueError) as err:  # a validator the table does not know of
        _fail(path, str(err))


def _spanned(story: Story) -> Iterator[tuple[str, _Element]]:
    for name in ("headline", "byline", "dateline"):
        element = getattr(story, name)
        if element is not None:
            yield name, element
    for name in ("paragraphs", "credits", "notes", "boilerplate", "evidence"):
        for i, element in enumerate(getattr(story, name)):
            yield f"{name}[{i}]", element


def _check_slice(source: str, element: _Element, path: str) -> None:
    start, end = element.span.start, element.span.end
    if end > len(source):
        _fail(f"{path}.span", f"[{start}, {end}] runs past the end of the text ({len(source)})")
    if source[start:end] != element.text:
        _fail(
            f"{path}.span",
            f"[{start}, {end}] slices to {_clip(source[start:end])}, not to the text "
            f"{_clip(element.text)}",
        )
