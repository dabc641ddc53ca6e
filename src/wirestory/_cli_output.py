"""The output formats of the command line: one render function per format, in a table.

:data:`WRITERS` maps a ``--format`` name to an :class:`OutputFormat`: the function that
renders one parsed story (with the :class:`~wirestory.batch.Record` it came from) as
text, run in the worker processes, and what goes before, between and after the stories.
``--format csv`` writes the flat :data:`CSV_COLUMNS`; ``--format text`` the readable
:func:`summary`. A new output format is one render function here and one row in
:data:`WRITERS`; :mod:`wirestory.cli` re-exports every public name.

>>> from wirestory import parse
>>> WRITERS["jsonl"].render(Record("", id="a1"), parse("PARIS (AFP) - Hi."))[:50]
'{"path": null, "record": null, "id": "a1", "text":'
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs

from ._model import Story
from ._records import Record

# ``json`` and ``csv`` are imported by the render functions that use them, when they first
# run: ``--format text`` starts without them.


def _head(record: Record) -> dict[str, Any]:
    """What every JSON record starts with: where the story came from."""
    return {"path": record.path, "record": record.number, "id": record.id}


def render_json(record: Record, story: Story) -> str:
    """One JSON object: ``path``, ``record``, ``id``, then ``Story.to_dict()``.

    >>> from wirestory import parse
    >>> render_json(Record("", id="a1"), parse("PARIS (AFP) - Hi."))[:50]
    '{"path": null, "record": null, "id": "a1", "text":'
    """
    import json

    return json.dumps({**_head(record), **story.to_dict()}, ensure_ascii=False)


def render_jsonl(record: Record, story: Story) -> str:
    """One JSON object and a new line.

    >>> from wirestory import parse
    >>> render_jsonl(Record(""), parse("PARIS (AFP) - Hi.")).endswith("}\\n")
    True
    """
    return render_json(record, story) + "\n"


def _names(people: Sequence[Any], attribute: str = "display_name") -> str:
    return ", ".join(getattr(p, attribute) for p in people)


CSV_COLUMNS: Final[tuple[tuple[str, str, Callable[[Record, Story], object]], ...]] = (
    ("path", "the file the story was read from (``-``: standard input)", lambda r, s: r.path),
    ("record", "its record number in that file (JSON Lines line, CSV row)", lambda r, s: r.number),
    ("id", "the record's id (``--id-field``)", lambda r, s: r.id),
    ("agency", "the story's agency (``Story.agency``)", lambda r, s: s.agency),
    ("headline", "the headline's title", lambda r, s: s.headline and s.headline.title),
    ("slug", "the headline's slug (``UPDATE 2``)", lambda r, s: s.headline and s.headline.slug),
    (
        "byline",
        "the byline's people (display names, comma-separated)",
        lambda r, s: s.byline and _names(s.byline.contributors),
    ),
    ("dateline", "the dateline as written", lambda r, s: s.dateline and s.dateline.text),
    (
        "locations",
        "the dateline's places, joined with ``/``",
        lambda r, s: s.dateline and "/".join(s.dateline.locations),
    ),
    ("region", "the dateline's region", lambda r, s: s.dateline and s.dateline.region),
    (
        "date",
        "the dateline's date, ``YYYY-MM-DD`` (its year from the reference date)",
        lambda r, s: s.dateline and s.dateline.date and s.dateline.date.isoformat(),
    ),
    ("body", "the body paragraphs, separated by a blank line", lambda r, s: s.body),
    ("paragraphs", "the number of body paragraphs", lambda r, s: len(s.paragraphs)),
    (
        "credits",
        "``role: name, name`` per credit, joined with semicolons",
        lambda r, s: "; ".join(f"{c.role}: {_names(c.contributors, 'name')}" for c in s.credits),
    ),
    (
        "notes",
        "the note kinds, joined with semicolons",
        lambda r, s: "; ".join(n.kind for n in s.notes),
    ),
    (
        "boilerplate",
        "the boilerplate kinds, joined with semicolons",
        lambda r, s: "; ".join(b.kind for b in s.boilerplate),
    ),
    (
        "truncated",
        "``true`` if the text was cut off (NewsAPI)",
        lambda r, s: str(s.truncated).lower(),
    ),
)
"""The flat columns of ``--format csv``: (name, meaning, value). Absent values are empty
cells. One row here is one more column."""


def _csv_line(values: Sequence[object]) -> str:
    import csv

    line = io.StringIO()
    csv.writer(line, lineterminator="\n").writerow(values)
    return line.getvalue()


def render_csv(record: Record, story: Story) -> str:
    """One CSV row of the :data:`CSV_COLUMNS`; absent values are empty cells.

    >>> from wirestory import parse
    >>> render_csv(Record("", path="a.txt"), parse("PARIS (AFP) - Hi."))
    'a.txt,,,AFP,,,,PARIS (AFP) -,PARIS,,,Hi.,1,,,,false\\n'
    """
    values = (value(record, story) for _, _, value in CSV_COLUMNS)
    return _csv_line(["" if v is None or v is False else v for v in values])


def render_summary(record: Record, story: Story) -> str:
    """A ``== path`` line, then the readable :func:`summary`.

    >>> from wirestory import parse
    >>> print(render_summary(Record("", path="a.txt"), parse("PARIS (AFP) - Hi.")), end="")
    == a.txt
    agency       AFP
    dateline     'PARIS (AFP) -'  locations=PARIS
    paragraph 1  'Hi.'
    """
    ident = f"  id={record.id}" if record.id is not None else ""
    return f"== {record.where() or '-'}{ident}\n{summary(story)}\n"


def render_ninjs(record: Record, story: Story) -> str:
    """The story as IPTC ninjs 3.1, on one line.

    >>> from wirestory import parse
    >>> render_ninjs(Record(""), parse("PARIS (AFP) - Hi."))[:29]
    '{"uri": "urn:wirestory:story:'
    """
    from .interchange import to_ninjs_json

    return to_ninjs_json(story, indent=None) + "\n"


def render_nitf(record: Record, story: Story) -> str:
    """The story as an IPTC NITF 3.6 XML document.

    >>> from wirestory import parse
    >>> render_nitf(Record(""), parse("PARIS (AFP) - Hi.")).startswith("<?xml")
    True
    """
    from .interchange import to_nitf

    return to_nitf(story).rstrip("\n") + "\n"


@attrs.frozen
class OutputFormat:
    """An output format: how one story is written, and what frames the document.

    ``render`` runs in the worker processes (it must be a module-level function, so it
    pickles); the main process only writes the strings in order.

    >>> fmt = WRITERS["json"]
    >>> fmt.begin, fmt.between, fmt.end, fmt.document_if_empty
    ('[\\n', ',\\n', '\\n]\\n', '[]\\n')
    """

    render: Callable[[Record, Story], str]
    """One story's text (record and story in, text out)."""
    description: str
    """What it writes, for the help and the docs."""
    begin: str = ""
    """Written before the first story (a header)."""
    between: str = ""
    """Written between two stories (a separator)."""
    end: str = ""
    """Written after the last story."""
    empty: str | None = None
    """The whole document when there is no story (default: ``begin + end``)."""

    @property
    def document_if_empty(self) -> str:
        """What is written when no story parsed."""
        return self.begin + self.end if self.empty is None else self.empty


WRITERS: Final[dict[str, OutputFormat]] = {
    "jsonl": OutputFormat(render_jsonl, "one JSON object a line"),
    "json": OutputFormat(
        render_json, "one JSON array of the same objects", "[\n", ",\n", "\n]\n", "[]\n"
    ),
    "csv": OutputFormat(
        render_csv,
        "a header row, then one row of flat columns per story",
        ",".join(name for name, _, _ in CSV_COLUMNS) + "\n",  # plain words: nothing to quote
    ),
    "text": OutputFormat(render_summary, "a readable summary per story under its path"),
    "ninjs": OutputFormat(render_ninjs, "IPTC ninjs 3.1, one JSON document a line"),
    "nitf": OutputFormat(render_nitf, "IPTC NITF 3.6 XML, one document per story"),
}
"""Output format name -> writer. A new output format is one row here (its ``render``
function written beside the others)."""


def summary(story: Story) -> str:
    """A readable summary of a parsed story, one part per line.

    >>> from wirestory import parse
    >>> print(summary(parse("PARIS (AFP) - Hi.")))
    agency       AFP
    dateline     'PARIS (AFP) -'  locations=PARIS
    paragraph 1  'Hi.'
    """
    lines: list[str] = [f"{'agency':<12} {story.agency}"]
    if story.headline:
        slug = f"  slug={story.headline.slug}" if story.headline.slug else ""
        lines.append(f"{'headline':<12} {story.headline.title!r}{slug}")
    if story.byline:
        people = ", ".join(p.display_name for p in story.byline.contributors)
        lines.append(
            f"{'byline':<12} {people or '-'}"
            + (f"  agency={story.byline.agency}" if story.byline.agency else "")
        )
    if story.dateline:
        d = story.dateline
        extra = [f"locations={'/'.join(d.locations)}"] if d.locations else []
        extra += [f"region={d.region}"] if d.region else []
        extra += [f"date={d.date or d.date_text}"] if d.date_text else []
        lines.append(f"{'dateline':<12} {d.text!r}  " + "  ".join(extra))
    for i, p in enumerate(story.paragraphs, 1):
        short = p.text if len(p.text) <= 70 else p.text[:67] + "..."
        lines.append(f"{'paragraph ' + str(i):<12} {short!r}")
    for c in story.credits:
        people = ", ".join(
            p.name + (f" in {p.location}" if p.location else "") for p in c.contributors
        )
        lines.append(f"{'credit':<12} {c.role}: {people}")
    for n in story.notes:
        lines.append(f"{'note':<12} {n.kind}: {n.text!r}")
    for b in story.boilerplate:
        lines.append(f"{'boilerplate':<12} {b.kind}: {b.text[:70]!r}")
    return "\n".join(lines)
