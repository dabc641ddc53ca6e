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

This module is the command itself: its arguments (:func:`build_parser`), the run loop and
:func:`main`. The output formats live in ``_cli_output`` and the reports on standard error
(failures, warnings, progress bar, summary line, exit statuses) in ``_cli_report``; every
public name of theirs is importable from here, as before.

>>> main(["--version"])  # doctest: +ELLIPSIS
wirestory ...
0
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import functools
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Final, NoReturn, TextIO, TypeVar, cast

from ._cli_output import CSV_COLUMNS as CSV_COLUMNS
from ._cli_output import WRITERS as WRITERS
from ._cli_output import OutputFormat as OutputFormat
from ._cli_output import render_csv as render_csv
from ._cli_output import render_json as render_json
from ._cli_output import render_jsonl as render_jsonl
from ._cli_output import render_summary as render_summary
from ._cli_output import summary as summary
from ._cli_report import EXIT_BROKEN_PIPE as EXIT_BROKEN_PIPE
from ._cli_report import EXIT_FAILED as EXIT_FAILED
from ._cli_report import EXIT_INTERRUPTED as EXIT_INTERRUPTED
from ._cli_report import EXIT_OK as EXIT_OK
from ._cli_report import EXIT_USAGE as EXIT_USAGE
from ._cli_report import PROG as PROG
from ._cli_report import _progress, _Report
from ._model import Story
from ._version import __version__
from .batch import (
    DEFAULT_CHUNKSIZE,
    READERS,
    ReadFailure,
    ReadOptions,
    Record,
    _collector_paused,
    ordered_map,
    parse_outcome,
    read_records,
    resolve_jobs,
    warm_up,
)

_T = TypeVar("_T")
_NONE: Final = object()

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


def _columns() -> int:
    """The terminal's width, as :func:`shutil.get_terminal_size` gives it: ``COLUMNS``,
    else standard output's terminal, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80 if sys.__stdout__ else 80
    except (AttributeError, ValueError, OSError):  # not a terminal, or no real file
        return 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, given the terminal's width: asked itself, argparse
    imports :mod:`shutil` (and with it bz2, lzma and zlib) for it, at every start."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_columns() - 2)  # argparse keeps a margin of 2


def _build() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The program's parser and its ``parse`` command's."""
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Parse news-agency wire stories into their parts.",
        formatter_class=_HelpFormatter,
    )
    ap.add_argument("--version", action="store_true", help="print the version and exit")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        formatter_class=_HelpFormatter,
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


def _first_with_collector_paused(outcomes: Iterator[_T]) -> Iterator[_T]:
    """The first story builds most of the parser's patterns: the garbage collector is
    paused meanwhile (it would only walk the new, long-lived objects again and again;
    about 0.02 s of a short call), then back as it was."""
    with _collector_paused():
        first = next(outcomes, _NONE)
    if first is not _NONE:
        yield cast(_T, first)
        yield from outcomes


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
    jobs = resolve_jobs(args.jobs)
    outcomes = ordered_map(task, records, jobs=jobs, chunksize=DEFAULT_CHUNKSIZE, warm_up=warm_up)
    if jobs == 1:  # (with workers, the pool warms up, collector paused, before it forks)
        outcomes = _first_with_collector_paused(outcomes)
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

    >>> import io, json
    >>> out = io.StringIO()
    >>> main(["parse", "--quiet", "-"], stdin=io.StringIO("OSLO (Reuters) - Fares rose."), stdout=out)
    0
    >>> json.loads(out.getvalue())["agency"]
    'Reuters'
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


def run() -> NoReturn:
    """The program (``wirestory`` and ``python -m wirestory``): :func:`main`, then exit.

    Once :func:`main` has returned, its files are closed, its workers stopped and its
    output flushed here; the process then ends at once (:func:`os._exit`), without
    tearing the interpreter down object by object, which would add about 0.02 s to
    every short call and change nothing on disk.
    """
    status = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except BrokenPipeError:
            _silence_stdout()
            status = status or EXIT_BROKEN_PIPE
        except (OSError, ValueError):  # closed or unwritable: nothing left to save
            pass
    os._exit(status)
