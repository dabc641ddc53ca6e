"""The readers behind ``parse_many`` and the command line: inputs in, records and failures out.

A reader turns one input (a text file, a JSON Lines or CSV file, gzip-compressed or not, a
folder of them, standard input) into a stream of :class:`Record` and :class:`ReadFailure`
values, in input order. Nothing a reader meets stops the run: an undecodable file, an
empty file, a malformed JSON line or a missing field each becomes a :class:`ReadFailure`
naming the path, the record number and the reason. The readers are a table,
:data:`READERS` (input format name -> reader), and the formats are guessed from the file
suffix through :data:`SUFFIX_FORMATS`; a new input format (the interchange work adds
``nitf``, ``ninjs``, ``anpa``, ``gigaword``) is one reader function, one row in
:data:`READERS` and its suffixes in :data:`SUFFIX_FORMATS`.

>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "wire.jsonl").write_text(
...     json.dumps({"id": "w1", "text": "OSLO (W1) - Hi."}) + "\\n" + "{oops\\n", encoding="utf-8")
>>> for item in read_records([str(folder / "wire.jsonl")]):
...     print(item.number, item.id, getattr(item, "reason", "ok"))
1 w1 ok
2 None not a JSON object: Expecting property name enclosed in double quotes at column 2
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Final, cast

import attrs

from ._records import (
    BOM,
    NOTE_BOM,
    NOTE_REPLACED,
    STDIN,
    ReadFailure,
    ReadOptions,
    Record,
    _decode,
    _decode_failure,
)

__all__ = ["READERS", "SUFFIX_FORMATS", "guess_format", "read_records"]

# ``json``, ``csv``, ``gzip`` and ``pathlib`` are imported by the readers that use them, when
# they first run: a command that reads one text file starts without them.

# ---------------------------------------------------------------------------------------
# Readers: one per input format, each (stream, path, options) -> records and failures

Item = Record | ReadFailure
Reader = Callable[[IO[bytes], str, ReadOptions], Iterator[Item]]

_JSON_START: Final = b"{"


def _looks_like_json_lines(data: bytes) -> bool:
    """The first line that is not blank is a whole JSON object: JSON Lines, not a story."""
    import json

    for line in data.lstrip(codecs.BOM_UTF8).splitlines():
        if line.strip():
            if not line.lstrip().startswith(_JSON_START):
                return False
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def read_text(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Item]:
    """A text file: the whole file is one story.

    A file that looks like JSON Lines (each line a JSON object) fails with a hint,
    unless ``--input-format text`` was asked for by name.

    >>> import io
    >>> [item] = read_text(io.BytesIO(b"PARIS (AFP) - Hi."), "a.txt", ReadOptions())
    >>> item.text, item.path, item.number
    ('PARIS (AFP) - Hi.', 'a.txt', None)
    """
    data = stream.read()
    if options.input_format is None and _looks_like_json_lines(data):
        yield ReadFailure(
            "looks like JSON Lines (one JSON object a line), not a story;"
            " use --input-format jsonl (or --input-format text to parse it as one story)",
            path=path,
        )
        return
    try:
        text, notes = _decode(data, options)
    except UnicodeDecodeError as exc:
        yield ReadFailure(_decode_failure(exc, options), path=path)
        return
    if not text.strip():
        yield ReadFailure("empty file" if not data else "no text, only white space", path=path)
        return
    yield Record(text, reference_date=options.reference_date, path=path, notes=notes)


def _from_fields(
    row: dict[str, Any], path: str, number: int, options: ReadOptions, notes: tuple[str, ...]
) -> Item:
    """A JSON object or CSV row -> a record, or the reason it is not one."""
    raw_id = row.get(options.id_field)
    ident = None if raw_id is None or raw_id == "" else str(raw_id)
    if options.text_field not in row:
        fields = ", ".join(repr(k) for k in list(row)[:8])
        return ReadFailure(
            f"no {options.text_field!r} field (fields: {fields or 'none'}); try --text-field",
            path=path,
            number=number,
            id=ident,
        )
    text = row[options.text_field]
    if not isinstance(text, str):
        return ReadFailure(
            f"the {options.text_field!r} field is {type(text).__name__}, not text",
            path=path,
            number=number,
            id=ident,
        )
    if text.startswith(BOM):
        text, notes = text[1:], (NOTE_BOM, *notes)
    if not text.strip():
        return ReadFailure(
            f"the {options.text_field!r} field is empty", path=path, number=number, id=ident
        )
    reference_date = options.reference_date
    if options.reference_date_field is not None:
        value = row.get(options.reference_date_field)
        if value not in (None, ""):
            try:
                reference_date = dt.date.fromisoformat(str(value)[:10])
            except ValueError:
                return ReadFailure(
                    f"the {options.reference_date_field!r} field is not a YYYY-MM-DD date: {value!r}",
                    path=path,
                    number=number,
                    id=ident,
                )
    return Record(
        text, id=ident, reference_date=reference_date, path=path, number=number, notes=notes
    )


def read_jsonl(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Item]:
    """JSON Lines (NDJSON): one JSON object a line, blank lines skipped, read as a stream.

    >>> import io
    >>> data = io.BytesIO(b'{"id": 1, "text": "PARIS (AFP) - Hi."}\\n\\n[]\\n')
    >>> [(item.number, type(item).__name__) for item in read_jsonl(data, "w.jsonl", ReadOptions())]
    [(1, 'Record'), (3, 'ReadFailure')]
    """
    import json

    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            decoded, notes = _decode(line, options)
        except UnicodeDecodeError as exc:
            yield ReadFailure(_decode_failure(exc, options), path=path, number=number)
            continue
        try:
            row = json.loads(decoded)
        except ValueError as exc:
            reason = (
                f"{exc.msg} at column {exc.colno}"
                if isinstance(exc, json.JSONDecodeError)
                else str(exc)
            )
            yield ReadFailure(f"not a JSON object: {reason}", path=path, number=number)
            continue
        if not isinstance(row, dict):
            yield ReadFailure(
                f"not a JSON object: a JSON {type(row).__name__}", path=path, number=number
            )
            continue
        yield _from_fields(row, path, number, options, notes)


_LONGEST_FIELD: Final = 2**31 - 1  # a story may be longer than csv's default 128 KiB field


def read_csv(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Item]:
    """CSV with a header row; a row's text may span lines (quoted), read as a stream.

    >>> import io
    >>> data = io.BytesIO(b'id,text\\nc1,"PARIS (AFP) -\\nHi."\\n')
    >>> [(r.id, r.text) for r in read_csv(data, "s.csv", ReadOptions())]
    [('c1', 'PARIS (AFP) -\\nHi.')]
    """
    import csv

    csv.field_size_limit(max(csv.field_size_limit(), _LONGEST_FIELD))
    errors = "strict" if options.encoding_errors == "strict" else "replace"
    text = io.TextIOWrapper(stream, encoding=options.encoding, errors=errors, newline="")
    number = 0
    try:
        first = text.read(1)
        notes: tuple[str, ...] = (NOTE_BOM,) if first == BOM else ()
        rows = csv.DictReader(_chain(first if first != BOM else "", text))
        for number, row in enumerate(rows, 1):
            clean = {k: v for k, v in row.items() if k is not None}
            item = _from_fields(clean, path, number, options, notes)
            if isinstance(item, Record) and "\ufffd" in item.text and errors == "replace":
                item = attrs.evolve(item, notes=(*item.notes, NOTE_REPLACED))
            yield item
            notes = ()
    except UnicodeDecodeError as exc:
        yield ReadFailure(
            _decode_failure(exc, options) + "; the rest of the file is not read",
            path=path,
            number=number + 1,
        )
    except csv.Error as exc:
        yield ReadFailure(f"not CSV: {exc}", path=path, number=number + 1)
    finally:
        text.detach()  # the caller closes the byte stream (never standard input)


def _chain(first: str, rest: IO[str]) -> Iterator[str]:
    """The lines of a text stream whose first character was already read."""
    line = first + rest.readline() if first else rest.readline()
    while line:
        yield line
        line = rest.readline()


def _whole_file(stream: IO[bytes], path: str, options: ReadOptions) -> Item:
    """The whole file as one decoded text, or the reason it is not one."""
    data = stream.read()
    try:
        text, notes = _decode(data, options)
    except UnicodeDecodeError as exc:
        return ReadFailure(_decode_failure(exc, options), path=path)
    if not text.strip():
        return ReadFailure("empty file" if not data else "no text, only white space", path=path)
    return Record(text, reference_date=options.reference_date, path=path, notes=notes)


def _one_story_as(reader: str) -> Reader:
    """A reader of files that each hold one story in an interchange format."""

    def read(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Item]:
        item = _whole_file(stream, path, options)
        yield attrs.evolve(item, reader=reader) if isinstance(item, Record) else item

    read.__name__ = f"read_{reader}"
    read.__doc__ = f"A {reader.upper()} file: the whole file is one story, read as {reader}."
    return read


_DOC_ID: Final = re.compile(r"""\bid\s*=\s*["']?([^"'\s>]+)""", re.I)


def read_gigaword(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Item]:
    """An LDC SGML file (English Gigaword): one story per ``<DOC>``, its ``id`` the record's.

    >>> import io
    >>> data = b'<DOC id="XIN_ENG_1" type="story">\\n<TEXT>\\n<P>Hi.</P>\\n</TEXT>\\n</DOC>\\n' * 2
    >>> [(r.number, r.id) for r in read_gigaword(io.BytesIO(data), "g.sgml", ReadOptions())]
    [(1, 'XIN_ENG_1'), (2, 'XIN_ENG_1')]
    """
    item = _whole_file(stream, path, options)
    if isinstance(item, ReadFailure):
        yield item
        return
    from .interchange._markup import GIGAWORD_DOC  # one definition of a <DOC> element

    docs = list(GIGAWORD_DOC.finditer(item.text))
    if not docs:
        yield ReadFailure("no <DOC> element: not an LDC SGML (Gigaword) file", path=path)
    for number, doc in enumerate(docs, 1):
        found = _DOC_ID.search(doc.group(), 0, doc.group().find(">"))
        yield attrs.evolve(item, text=doc.group(), number=number, id=found[1] if found else None)


READERS: Final[dict[str, Reader]] = {
    "text": read_text,  # one file, one story (raw ANPA, SGML, front matter read by parse)
    "jsonl": read_jsonl,  # one JSON object a line (also .ndjson)
    "csv": read_csv,  # a header row, one story a row
    "nitf": _one_story_as("nitf"),  # one NITF XML document a file
    "ninjs": _one_story_as("ninjs"),  # one ninjs JSON document a file
    "anpa": _one_story_as("anpa"),  # one ANPA-1312 / IPTC 7901 feed file, one story
    "gigaword": read_gigaword,  # LDC SGML: one story per <DOC>
}
"""Input format name -> reader. A new input format is one row here (and its suffixes
in :data:`SUFFIX_FORMATS`)."""

SUFFIX_FORMATS: Final[dict[str, str]] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".txt": "text",
    ".nitf": "nitf",
    ".sgml": "gigaword",
}
"""File suffix (after any ``.gz``) -> input format; anything else reads as ``text``."""


def _gunzip(path: str) -> IO[bytes]:
    import gzip

    return cast(IO[bytes], gzip.open(path, "rb"))


COMPRESSED: Final[dict[str, Callable[[str], IO[bytes]]]] = {
    ".gz": _gunzip  # gzip
}
"""Compression suffix -> opener. Suffix and opener are all a new compression needs."""


def guess_format(path: str) -> str:
    """The input format of a file from its suffix (``.gz`` looked through).

    >>> guess_format("wire.ndjson.gz"), guess_format("story.txt"), guess_format("-")
    ('jsonl', 'text', 'text')
    """
    stem, suffix = os.path.splitext(os.path.basename(path))
    if suffix.lower() in COMPRESSED:
        suffix = os.path.splitext(stem)[1]
    return SUFFIX_FORMATS.get(suffix.lower(), "text")


# ---------------------------------------------------------------------------------------
# Paths: files, folders, standard input


def _files(paths: Iterable[str], glob: str) -> Iterator[str | ReadFailure]:
    """Every file to read, in order: files as given, folders walked (sorted, recursive)."""
    for path in paths:
        if path == STDIN:
            yield path
            continue
        if not os.path.isdir(path):
            yield path
            continue
        from pathlib import Path

        folder = Path(path)
        found = False
        for file in sorted(folder.rglob(glob)):
            parts = file.relative_to(folder).parts
            if file.is_file() and not any(p.startswith(".") for p in parts):
                found = True
                yield str(file)
        if not found:
            yield ReadFailure(f"no files match {glob!r} in this folder", path=path)


def _open(path: str, stdin: IO[bytes] | None) -> IO[bytes]:
    if path == STDIN:
        return stdin if stdin is not None else sys.stdin.buffer
    opener = COMPRESSED.get(os.path.splitext(path)[1].lower())
    return opener(path) if opener else open(path, "rb")


def read_records(
    paths: Iterable[str], options: ReadOptions | None = None, *, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """Every record of every input, in order, with a failure value for each bad one.

    Args:
        paths: Files, folders (read recursively, ``options.glob``) and ``-`` for
            standard input.
        options: How to read them; the defaults read UTF-8 and guess each format.
        stdin: The binary stream ``-`` reads (default: ``sys.stdin.buffer``).

    Yields:
        A :class:`Record` per story, a :class:`ReadFailure` per input that gave none.

    >>> import io
    >>> [r.text for r in read_records(["-"], stdin=io.BytesIO(b"\\xef\\xbb\\xbfPARIS (AFP) - Hi."))]
    ['PARIS (AFP) - Hi.']
    """
    options = options or ReadOptions()
    for path in _files(paths, options.glob):
        if isinstance(path, ReadFailure):
            yield path
            continue
        fmt = options.input_format or guess_format(path)
        try:
            stream = _open(path, stdin)
        except OSError as exc:
            yield ReadFailure(exc.strerror or str(exc), path=path)
            continue
        try:
            yield from READERS[fmt](stream, path, options)
        except (OSError, EOFError) as exc:  # a truncated or corrupt gzip file, a read error
            yield ReadFailure(f"cannot read: {exc}", path=path)
        finally:
            if path != STDIN:
                stream.close()
