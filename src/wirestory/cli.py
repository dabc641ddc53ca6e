"""The command line: ``wirestory parse [PATH ...]``.

Reads stories from files, folders (recursively), JSON Lines and CSV files (gzip too) and
standard input, parses them as a stream (on several processes with ``--jobs``) and
writes one record per story as JSON Lines, one JSON array, CSV or a readable summary.
Every input that gives no story is reported with its path and record number and the run
goes on; the exit status says whether any failed.

Formats are tables: :data:`WRITERS` (output format name -> :class:`OutputFormat`) here and
``READERS`` (input format name -> reader) in :mod:`wirestory.batch`. A new output format
is one render function and one row in :data:`WRITERS`; a new input format is one reader and
one row in ``READERS`` (and its suffixes in ``SUFFIX_FORMATS``).

>>> main(["--version"])  # doctest: +ELLIPSIS
wirestory ...
0
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import functools
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Final, TextIO, TypeVar

import attrs

from ._model import Story
from ._version import __version__
from .batch import (
    DEFAULT_CHUNKSIZE,
    READERS,
    ReadFailure,
    ReadOptions,
    Record,
    ordered_map,
    parse_outcome,
    read_records,
    warm_up,
)

_T = TypeVar("_T")

EXIT_OK: Final = 0
"""Every input gave a story."""
EXIT_FAILED: Final = 1
"""Some input gave no story (each is reported), or there was no input at all."""
EXIT_USAGE: Final = 2
"""A usage error: an unknown option or value, or no input on a terminal."""
EXIT_INTERRUPTED: Final = 130
"""Stopped with Ctrl-C (128 + SIGINT)."""
EXIT_BROKEN_PIPE: Final = 141
"""The reader of the output went away, e.g. ``| head`` (128 + SIGPIPE), quietly."""

PROG: Final = "wirestory"


# ---------------------------------------------------------------------------------------
# Output: one writer per format, in a table


def _head(record: Record) -> dict[str, Any]:
    """What every JSON record starts with: where the story came from."""
    return {"path": record.path, "record": record.number, "id": record.id}


def render_json(record: Record, story: Story) -> str:
    """One JSON object: ``path``, ``record``, ``id``, then ``Story.to_dict()``.

    >>> from wirestory import parse
    >>> render_json(Record("", id="a1"), parse("PARIS (AFP) - Hi."))[:50]
    '{"path": null, "record": null, "id": "a1", "text":'
    """
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
        _csv_line([name for name, _, _ in CSV_COLUMNS]),
    ),
    "text": OutputFormat(render_summary, "a readable summary per story under its path"),
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


# ---------------------------------------------------------------------------------------
# Arguments


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0: all cores): {value!r}")
    return jobs


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (the docs' command-line reference is rendered from it).

    >>> build_parser().prog
    'wirestory'
    """
    return _build()[0]


def _build() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The program's parser and its ``parse`` command's."""
    ap = argparse.ArgumentParser(
        prog=PROG, description="Parse news-agency wire stories into their parts."
    )
    ap.add_argument("--version", action="store_true", help="print the version and exit")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        help="parse stories from files, folders, JSON Lines, CSV or standard input",
        description="Parse stories and write one record per story. Failures are reported "
        "on standard error as 'wirestory: PATH[:RECORD]: REASON' and the run goes on; "
        "exit status 0: all parsed, 1: some input failed or there was none, 2: usage, "
        "130: interrupted, 141: output pipe closed.",
    )
    inputs = p.add_argument_group("input")
    inputs.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files (a .gz is decompressed), folders (read recursively) or '-' for "
        "standard input; with no PATH, standard input unless it is a terminal",
    )
    inputs.add_argument(
        "--input-format",
        choices=tuple(READERS),
        default=None,
        help="text: a file is one story; jsonl: one JSON object a line; csv: a header "
        "row, one story a row (default: from the suffix: .jsonl/.ndjson, .csv, else text)",
    )
    inputs.add_argument(
        "--glob",
        default="*",
        metavar="PATTERN",
        help="which files of a folder to read, e.g. '*.txt' (default: all; hidden skipped)",
    )
    inputs.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the JSON/CSV field with the story's text (default: text)",
    )
    inputs.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="the JSON/CSV field with the record's id (default: id; absent is fine)",
    )
    inputs.add_argument(
        "--reference-date-field",
        default=None,
        metavar="NAME",
        help="the JSON/CSV field with each record's filing date (YYYY-MM-DD...); "
        "records without it use --reference-date",
    )
    inputs.add_argument(
        "--encoding", type=_encoding, default="utf-8", help="the inputs' encoding (default: utf-8)"
    )
    inputs.add_argument(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="strict: an undecodable input fails; replace: parse it with U+FFFD in place "
        "of the bad bytes, with a warning (default: strict)",
    )
    parsing = p.add_argument_group("parsing")
    parsing.add_argument(
        "--reference-date",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date the stories were filed, for the year of dateline dates",
    )
    parsing.add_argument(
        "--strict", action="store_true", help="fail a story without a dateline or a body"
    )
    parsing.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default: 1; 0: one per core); output stays in input order",
    )
    outputs = p.add_argument_group("output")
    outputs.add_argument(
        "--format",
        choices=tuple(WRITERS),
        default=None,
        help="; ".join(f"{name}: {fmt.description}" for name, fmt in WRITERS.items())
        + " (default: text on a terminal, jsonl otherwise)",
    )
    outputs.add_argument(
        "--output",
        "-o",
        default=None,
        metavar="FILE",
        help="write to FILE instead of standard output",
    )
    outputs.add_argument(
        "--errors",
        default=None,
        metavar="FILE",
        help="also write each failure to FILE as a JSON line: path, record, id, reason",
    )
    outputs.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no progress bar, warnings or summary line (failures are still reported)",
    )
    return ap, p


# ---------------------------------------------------------------------------------------
# The run


class _Report:
    """Failures, warnings and the summary line, all on standard error."""

    def __init__(self, stderr: TextIO, errors: TextIO | None, quiet: bool) -> None:
        self.stderr, self.errors, self.quiet = stderr, errors, quiet
        self.stories = self.failures = 0
        self.started = time.perf_counter()

    def failure(self, failure: ReadFailure) -> None:
        self.failures += 1
        self.stderr.write(f"{PROG}: {failure.describe()}\n")
        if self.errors is not None:
            self.errors.write(json.dumps(failure.to_dict(), ensure_ascii=False) + "\n")

    def story(self, record: Record) -> None:
        self.stories += 1
        if not self.quiet:
            for note in record.notes:
                self.stderr.write(f"{PROG}: {record.where() or '-'}: warning: {note}\n")

    def close(self) -> None:
        if self.stories == 0 and self.failures == 0:
            self.stderr.write(f"{PROG}: no stories in the input\n")
        if not self.quiet:
            seconds = time.perf_counter() - self.started
            rate = self.stories / seconds if seconds > 0 else 0.0
            self.stderr.write(
                f"{PROG}: {self.stories} {'story' if self.stories == 1 else 'stories'}, "
                f"{self.failures} {'failure' if self.failures == 1 else 'failures'}, "
                f"{seconds:.1f} s, {rate:.0f} stories/s\n"
            )

    @property
    def status(self) -> int:
        return EXIT_FAILED if self.failures or not self.stories else EXIT_OK


def _progress(outcomes: Iterator[_T], stderr: TextIO, on: bool) -> Iterator[_T]:
    """A tqdm progress bar on standard error (a terminal) while the outcomes flow."""
    if not on:
        yield from outcomes
        return
    from tqdm import tqdm  # imported only when shown: start-up stays fast

    tqdm.monitor_interval = 0  # no monitor thread: worker processes can still be forked
    with tqdm(outcomes, file=stderr, unit=" stories", dynamic_ncols=True, leave=False) as bar:
        yield from bar


def _binary_stdin(stdin: IO[Any]) -> IO[bytes]:
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    data = stdin.read()
    return io.BytesIO(data.encode("utf-8") if isinstance(data, str) else data)


def render_outcome(
    options: dict[str, Any], render: Callable[[Record, Story], str], item: Record | ReadFailure
) -> tuple[Record, str] | ReadFailure:
    """Parse and render one record, in a worker: the main process only writes text.

    >>> render_outcome({}, render_jsonl, Record("PARIS (AFP) - Hi.", path="a.txt"))[0].path
    'a.txt'
    """
    outcome = parse_outcome(options, item)
    if isinstance(outcome, ReadFailure):
        return outcome
    record, story = outcome
    return record, render(record, story)


def _run(args: argparse.Namespace, stdin: IO[Any], out: TextIO, report: _Report) -> None:
    options = ReadOptions(
        input_format=args.input_format,
        text_field=args.text_field,
        id_field=args.id_field,
        reference_date_field=args.reference_date_field,
        reference_date=args.reference_date,
        glob=args.glob,
        encoding=args.encoding,
        encoding_errors=args.encoding_errors,
    )
    paths = args.paths or ["-"]
    records = read_records(paths, options, stdin=_binary_stdin(stdin) if "-" in paths else None)
    fmt = WRITERS[args.format]
    task = functools.partial(render_outcome, {"strict": args.strict}, fmt.render)
    outcomes = ordered_map(
        task, records, jobs=args.jobs, chunksize=DEFAULT_CHUNKSIZE, warm_up=warm_up
    )
    show_bar = not args.quiet and report.stderr.isatty()
    written = 0
    for outcome in _progress(outcomes, report.stderr, show_bar):
        if isinstance(outcome, ReadFailure):
            report.failure(outcome)
            continue
        record, text = outcome
        report.story(record)
        out.write(fmt.between if written else fmt.begin)
        out.write(text)
        written += 1
    out.write(fmt.end if written else fmt.document_if_empty)


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (e.g. called with a StringIO)
        pass


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[Any] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status.

    0: every input gave a story; 1: some input failed (each is reported) or there was
    none; 2: a usage error; 130: interrupted (Ctrl-C); 141: the output pipe was closed.
    """
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    stdin = stdin if stdin is not None else io.StringIO()  # started with standard input closed
    ap, parse_command = _build()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.version:
        print(f"{PROG} {__version__}", file=stdout)
        return EXIT_OK
    if args.command != "parse":
        ap.print_usage(stderr)
        return EXIT_USAGE
    if not args.paths and stdin.isatty():
        parse_command.print_usage(stderr)
        stderr.write(f"{PROG}: give files or folders to parse, or '-' to read a terminal\n")
        return EXIT_USAGE
    args.format = args.format or ("text" if args.output is None and stdout.isatty() else "jsonl")
    out: TextIO = stdout
    errors: TextIO | None = None
    try:
        if args.output is not None:
            out = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        if args.errors is not None:
            errors = open(args.errors, "w", encoding="utf-8")  # noqa: SIM115
        report = _Report(stderr, errors, args.quiet)
        _run(args, stdin, out, report)
        report.close()
        out.flush()
        return report.status
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        stderr.write(("\n" if stderr.isatty() else "") + f"{PROG}: interrupted\n")
        return EXIT_INTERRUPTED
    except OSError as exc:  # the --output or --errors file cannot be written
        where = f"{exc.filename}: " if exc.filename else ""
        stderr.write(f"{PROG}: {where}{exc.strerror or exc}\n")
        return EXIT_FAILED
    finally:
        for stream in (out, errors):
            if stream is not None and stream is not stdout:
                stream.close()
