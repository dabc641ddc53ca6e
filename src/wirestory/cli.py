"""The command line: ``wirestory parse [PATH ...]``.

Reads each file (or ``-`` for standard input) as one story and writes its parse as JSON
Lines (one ``Story.to_dict()`` object per story, with ``"source"``: the path), one JSON
document, or a readable summary (the default on a terminal).

>>> main(["--version"])  # doctest: +ELLIPSIS
wirestory ...
0
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._model import Story
from ._parse.pipeline import parse
from ._version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="wirestory", description="Parse news-agency wire stories into their parts."
    )
    ap.add_argument("--version", action="store_true", help="print the version and exit")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("parse", help="parse stories from files or standard input")
    p.add_argument(
        "paths",
        nargs="*",
        default=["-"],
        metavar="PATH",
        help="story files, one story each; '-' (the default) reads standard input",
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "json", "text"),
        default=None,
        help="output: JSON Lines, one JSON array, or a readable summary "
        "(default: text on a terminal, jsonl otherwise)",
    )
    p.add_argument(
        "--reference-date",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date the stories were filed, for the year of dateline dates",
    )
    p.add_argument(
        "--strict", action="store_true", help="fail on a story without a dateline or a body"
    )
    return ap


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    return Path(path).read_text(encoding="utf-8")


def summary(story: Story) -> str:
    """A readable summary of a parsed story, one part per line.

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


def _parse_all(
    paths: Sequence[str], args: argparse.Namespace, stdin: TextIO, stderr: TextIO
) -> Iterator[tuple[str, Story | None]]:
    for path in paths:
        try:
            text = _read(path, stdin)
            yield path, parse(text, reference_date=args.reference_date, strict=args.strict)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            name = "<stdin>" if path == "-" else path
            print(f"wirestory: {name}: {exc}", file=stderr)
            yield path, None


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status (0 ok, 1 a story failed, 2 usage)."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.version:
        print(f"wirestory {__version__}", file=stdout)
        return EXIT_OK
    if args.command != "parse":
        ap.print_usage(stderr)
        return EXIT_USAGE
    fmt = args.format or ("text" if stdout.isatty() else "jsonl")
    failed = False
    collected: list[dict[str, Any]] = []
    for path, story in _parse_all(args.paths, args, stdin, stderr):
        if story is None:
            failed = True
            continue
        if fmt == "text":
            print(f"== {path}\n{summary(story)}", file=stdout)
        elif fmt == "jsonl":
            print(json.dumps({"source": path, **story.to_dict()}, ensure_ascii=False), file=stdout)
        else:
            collected.append({"source": path, **story.to_dict()})
    if fmt == "json":
        json.dump(collected, stdout, ensure_ascii=False, indent=2)
        print(file=stdout)
    return EXIT_FAILED if failed else EXIT_OK
