"""Write a parsed story back out as canonical wire text.

``render(story)`` writes the headline (with its slug), the byline, the notes, the
dateline in the chosen style's own form, the body paragraphs separated by blank lines
and the credits in the style's own form. Boilerplate is left out unless asked for.

A style is one row of ``STYLES``: the month forms of its datelines, the separator
after the agency, and the templates of the dateline, the credit line and the
``contributed to this report`` sentence. A story from another agency renders in the chosen style with its own
agency's name. Credit roles an agency writes as a sentence of its own (AP's
``Associated Press writer A in B contributed to this report.``, Bloomberg's
``--With assistance from A.``) keep that form in every style: it names the agency.

Decided where real copy leaves it open:

* White space inside a paragraph, a headline or a note is collapsed to one space: a
  hard-wrapped paragraph is written on one line.
* A dateline date known as a ``datetime.date`` is written in the style's month form
  (``Sept 28`` or ``Sept. 28``), with its year only when the year was written in the
  source. A date text the parser could not read as a date is written as it was.
* A dateline that names no agency keeps the separator it was written with
  (``Srinagar:``, ``SYDNEY--``), followed by one space.
* A note keeps its side of the body: notes that stood before the dateline (top notes,
  editors' notes) are written above it, the others (currency notes, corrections) after
  the last paragraph.
* Credit clauses are written one role each, in their order, in one line in
  parentheses (``(Reporting by A in Kyiv; Editing by B and C)``); ``contributing``
  credits get their own ``A contributed to this report.`` sentence. A clause that names
  no person (``Editing by`` alone) and contact e-mail addresses are not written.
* When nothing written names the story's agency (a Reuters-21578 story whose dateline
  has no ``(Reuters)`` and whose agency comes from its ``Reuter`` sign-off), the one
  boilerplate item that named it is kept even with ``boilerplate=False``.
* A story with no headline that opens on a paragraph: that paragraph and the next block
  are separated by one line end, as in a feed, since a blank line under it would make
  it read as a headline.
* The output has no trailing line end.

>>> from wirestory import parse
>>> story = parse("Oil rises\\n\\nLONDON, Sept. 28 (AP) — Prices rose.", reference_date=None)
>>> print(render(story))
Oil rises
<BLANKLINE>
LONDON, Sept. 28 (AP) - Prices rose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Final

import attrs

from ._model import Boilerplate, Byline, Contributor, Credit, Dateline, Headline, Note, Story

__all__ = ["AGENCY_FORMS", "CLAUSE_HEADS", "STYLES", "RenderStyle", "kept_parts", "render"]


def _twelve(_: object, __: object, value: tuple[str, ...]) -> None:
    if len(value) != 12:
        raise ValueError(f"A style needs 12 month forms, got {len(value)}")


@attrs.frozen
class RenderStyle:
    """How one house writes its copy: one row of ``STYLES``.

    >>> STYLES["ap"].months[8], STYLES["reuters"].months[8]
    ('Sept.', 'Sept')
    """

    name: str
    """The key of the style in ``STYLES``."""
    months: tuple[str, ...] = attrs.field(validator=_twelve)
    """The month forms of a dateline date, January first."""
    separator: str
    """What stands between the dateline and the first words of the story."""
    dateline: str = "{place} ({agency})"
    """The dateline around ``{place}`` (places, region, date) and ``{agency}``."""
    credit_line: str = "({clauses})"
    """The credit line around its ``{clauses}``, joined by ``clause_joint``."""
    clause_joint: str = "; "
    """What joins two credit clauses."""
    contributed: str = "{people} contributed to this report."
    """The sentence of ``contributing`` credits, unless the agency has its own form."""


STYLES: Final[Mapping[str, RenderStyle]] = MappingProxyType(
    {
        style.name: style
        for style in (
            # name, months (Jan..Dec), separator; the templates where they differ
            RenderStyle(
                "reuters",
                tuple("Jan Feb March April May June July Aug Sept Oct Nov Dec".split()),
                " - ",
            ),
            RenderStyle(
                "ap",
                tuple("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()),
                " — ",
            ),
        )
    }
)
"""The styles ``render`` knows, by name."""

CLAUSE_HEADS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "reporting": "Reporting by",
        "additional_reporting": "Additional reporting by",
        "writing": "Writing by",
        "editing": "Editing by",
        "compiling": "Compiled by",
        "assistance": "With assistance from",
        "research": "Research by",
        "graphics": "Graphics by",
        "photography": "Photos by",
        "translation": "Translated by",
    }
)
"""How a credit clause of each role opens; ``contributing`` has a sentence of its own."""

CONTRIBUTING: Final = "contributing"
"""The role written as a sentence (``RenderStyle.contributed``) in every style."""

AGENCY_FORMS: Final[Mapping[tuple[str, str], str]] = MappingProxyType(
    {
        # (agency, role): the agency's own sentence for that role
        ("AP", "contributing"): "Associated Press {writers} {people} contributed to this report.",
        ("Bloomberg", "assistance"): "--With assistance from {people}.",
    }
)
"""Credit roles an agency writes as a sentence of its own, in any style; these forms name
the agency, so its stories keep their agency when the dateline does not name it."""

NOTES_ABOVE: Final = frozenset({"top", "editors"})
"""Note kinds written above the dateline when the source position cannot tell."""

_OWN_SEPARATOR: Final = re.compile(
    r"""(?x)
    (?P<sep>\s?[-–—:_]{1,3})  # the separator, one space before it at most
    \s*\Z                    # and nothing after it
    """
)
"""The separator an agency-less dateline was written with."""

_SPACE_RUN: Final = re.compile(r"\s+")
"""A run of white space of any kind (line ends, no-break spaces) inside one element."""


def render(story: Story, /, *, style: str = "reuters", boilerplate: bool = False) -> str:
    """Write ``story`` as canonical wire text in ``style``.

    Args:
        story: A parsed (or hand-built) story.
        style: A key of ``STYLES``: ``"reuters"`` or ``"ap"``.
        boilerplate: Keep the story's boilerplate: material that stood before the
            dateline is written under the byline, the rest at the end.

    Returns:
        The text, blocks separated by one blank line, no trailing line end.

    Raises:
        TypeError: ``story`` is not a ``Story``.
        ValueError: ``style`` is not a key of ``STYLES``.

    >>> from wirestory import parse
    >>> story = parse(
    ...     "UPDATE 1-Talks begin\\n\\nBy Ann Berg\\n\\nKYIV, Sept 3 (AP) _ Talks began.\\n\\n"
    ...     "Associated Press writer Ola Dahl in Oslo contributed to this report.",
    ...     reference_date=dt.date(2024, 9, 5),
    ... )
    >>> print(render(story))
    UPDATE 1-Talks begin
    <BLANKLINE>
    By Ann Berg
    <BLANKLINE>
    KYIV, Sept 3 (AP) - Talks began.
    <BLANKLINE>
    Associated Press writer Ola Dahl in Oslo contributed to this report.
    >>> print(render(story, style="ap").splitlines()[4])
    KYIV, Sept. 3 (AP) — Talks began.
    """
    if not isinstance(story, Story):
        raise TypeError(f"render() needs a Story, not {type(story).__name__}")
    if style not in STYLES:
        raise ValueError(f"Unknown style {style!r}; expected one of {sorted(STYLES)}")
    house = STYLES[style]
    start = _body_start(story)
    blocks: list[str] = []
    # 1. The headline and the byline.
    if story.headline is not None:
        blocks.append(_headline(story.headline))
    if story.byline is not None:
        blocks.append(_byline(story.byline))
    # 2. Boilerplate from above the story, when kept, and the notes from above it.
    kept = story.boilerplate if boilerplate else _agency_marks(story)
    blocks += [_one_line(b.text) for b in kept if _above(b, start)]
    blocks += [_one_line(n.text) for n in story.notes if _above(n, start)]
    # 3. The dateline opens the first paragraph (or stands alone if there is none).
    opens_on_paragraph = not blocks and story.dateline is None and bool(story.paragraphs)
    paragraphs = [_one_line(p.text) for p in story.paragraphs]
    if story.dateline is not None:
        opening = _dateline(story.dateline, house)
        if paragraphs:
            paragraphs[0] = opening + paragraphs[0]
        else:
            paragraphs.append(opening.rstrip())
    blocks += paragraphs
    # 4. Notes from below the story, then the credits.
    blocks += [_one_line(n.text) for n in story.notes if not _above(n, start)]
    blocks += _credits(story.credits, story.agency, house)
    # 5. Boilerplate from below the story, when kept.
    blocks += [_one_line(b.text) for b in kept if not _above(b, start)]
    blocks = [block for block in blocks if block]
    # 6. A paragraph that opens the text with no dateline is tied to the next block
    #    by one line end: after a blank line it would read as a headline.
    if opens_on_paragraph:
        return "\n".join(blocks[:2]) + "".join("\n\n" + block for block in blocks[2:])
    return "\n\n".join(blocks)


# -- one writer per element ---------------------------------------------------------------


def _one_line(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()


def _body_start(story: Story) -> int | None:
    """Where the story proper begins: the dateline, else the first paragraph."""
    if story.dateline is not None:
        return story.dateline.span.start
    if story.paragraphs:
        return story.paragraphs[0].span.start
    return None


def _above(element: Note | Boilerplate, body_start: int | None) -> bool:
    """Whether an element stood above the story.

    Where its position cannot tell (no body, or a hand-built story whose spans are all
    empty), notes of the kinds in ``NOTES_ABOVE`` go above and everything else below.
    """
    if body_start is None or element.span.start == body_start:
        return isinstance(element, Note) and element.kind in NOTES_ABOVE
    return element.span.start < body_start


def _headline(headline: Headline) -> str:
    title = _one_line(headline.title)
    if not headline.slug:
        return title
    slug = _one_line(headline.slug)
    joint = "-" if slug[-1:].isalnum() else " "  # UPDATE 2-Title, but (LEAD) Title
    return f"{slug}{joint}{title}"


def _byline(byline: Byline) -> str:
    if byline.contributors:
        return "By " + _people(byline.contributors)
    if byline.agency is not None:
        return f"By {byline.agency}"
    return _one_line(byline.text)


def _dateline(dateline: Dateline, house: RenderStyle) -> str:
    """``MOSCOW, April 26 (Reuters) - ``: places, region, date, agency, separator."""
    parts = ["/".join(_one_line(place) for place in dateline.locations)]
    if dateline.region:
        parts.append(_one_line(dateline.region))
    when = _date(dateline, house)
    if when:
        parts.append(when)
    place = ", ".join(part for part in parts if part)
    if dateline.agency is None:
        own = _OWN_SEPARATOR.search(dateline.text)  # SYDNEY--, Srinagar:
        return place + (own["sep"] + " " if own else house.separator)
    place = house.dateline.format(place=place, agency=dateline.agency).lstrip()
    return place + house.separator


def _date(dateline: Dateline, house: RenderStyle) -> str | None:
    if dateline.date is None:
        return _one_line(dateline.date_text) if dateline.date_text else None
    return _date_in(dateline.date, house, with_year=not dateline.year_inferred)


def _date_in(date: dt.date, house: RenderStyle, *, with_year: bool) -> str:
    """``April 26`` in the style's month form, ``, 2024`` added when asked.

    >>> _date_in(dt.date(2024, 9, 3), STYLES["ap"], with_year=True)
    'Sept. 3, 2024'
    """
    text = f"{house.months[date.month - 1]} {date.day}"
    return f"{text}, {date.year}" if with_year else text


def _people(people: Sequence[Contributor]) -> str:
    """``A``, ``A and B``, ``A, B and C``; each with ``in Place`` where known."""
    names = [
        f"{_one_line(p.name)} in {_one_line(p.location)}" if p.location else _one_line(p.name)
        for p in people
    ]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _credits(credits: Iterable[Credit], agency: str | None, house: RenderStyle) -> list[str]:
    """Credit lines and credit sentences, in the order of their first clause.

    Clauses in a row make one credit line; a role written as a sentence (the agency's
    own form, or ``contributing``) gathers all its people in one sentence.

    >>> from wirestory import Span
    >>> people = (Contributor("Ann Berg", location="Oslo"), Contributor("Al Roe"))
    >>> _credits([Credit("contributing", "", Span(0, 0), people)], "AP", STYLES["ap"])
    ['Associated Press writers Ann Berg in Oslo and Al Roe contributed to this report.']
    """
    blocks: list[str] = []
    clauses: list[str] = []  # the clauses of the credit line being written
    sentences: dict[str, tuple[int, list[Contributor]]] = {}  # role: (block, people)
    for credit in credits:
        if not credit.contributors:
            continue
        if (agency, credit.role) in AGENCY_FORMS or credit.role == CONTRIBUTING:
            if credit.role not in sentences:
                clauses = []  # a clause after this sentence starts a new line
                sentences[credit.role] = (len(blocks), [])
                blocks.append("")
            sentences[credit.role][1].extend(credit.contributors)
        else:
            if not clauses:
                blocks.append("")
            clauses.append(f"{CLAUSE_HEADS[credit.role]} {_people(credit.contributors)}")
            blocks[-1] = house.credit_line.format(clauses=house.clause_joint.join(clauses))
    for role, (at, people) in sentences.items():
        form = AGENCY_FORMS.get((agency or "", role), house.contributed)
        writers = "writers" if len(people) > 1 else "writer"
        blocks[at] = form.format(people=_people(people), writers=writers)
    return blocks


def _agency_marks(story: Story) -> list[Boilerplate]:
    """The boilerplate that alone names the story's agency (a sign-off such as ``Reuter``).

    Empty when the rendered dateline, byline or an agency's own credit form names it.
    """
    agency = story.agency
    if agency is None:
        return []
    if story.dateline is not None and story.dateline.agency == agency:
        return []
    if story.byline is not None and story.byline.agency == agency and not story.byline.contributors:
        return []
    if any((agency, c.role) in AGENCY_FORMS and c.contributors for c in story.credits):
        return []
    named = {e.span for e in story.evidence if e.agency == agency and e.element == "boilerplate"}
    return [b for b in story.boilerplate if b.span in named][:1]


def kept_parts(story: Story) -> dict[str, object]:
    """The parts of ``story`` that ``render`` keeps, for checking a round trip.

    ``parse(render(story))`` gives the same parts as ``story`` (paragraph and note texts
    compared with white space collapsed; a dateline date compared as a date where the
    parser read one, else as written).

    >>> from wirestory import parse
    >>> story = parse("SEOUL, Nov. 24 (Yonhap) -- Talks began.", reference_date=dt.date(2024, 12, 1))
    >>> kept_parts(parse(render(story), reference_date=dt.date(2024, 12, 1))) == kept_parts(story)
    True
    """
    dateline = story.dateline
    return {
        "agency": story.agency,
        "headline": None if story.headline is None else _headline(story.headline),
        "dateline": None
        if dateline is None
        else {
            "locations": tuple(_one_line(place) for place in dateline.locations),
            "region": dateline.region and _one_line(dateline.region),
            "date": dateline.date or (dateline.date_text and _one_line(dateline.date_text)),
            "agency": dateline.agency,
        },
        "byline": None
        if story.byline is None
        else [(p.name, p.location) for p in story.byline.contributors],
        "credits": [
            (c.role, [(p.name, p.location) for p in c.contributors])
            for c in story.credits
            if c.contributors
        ],
        "notes": [(n.kind, _one_line(n.text)) for n in story.notes],
        "paragraphs": [_one_line(p.text) for p in story.paragraphs],
    }
