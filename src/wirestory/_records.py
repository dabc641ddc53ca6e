"""Records and failures as values: what the readers yield, and how their bytes are decoded.

A :class:`Record` is one story's text with what came with it (an id, a filing date, where
it was read); a :class:`ReadFailure` is an input that gave no story, with the path, the
record number and the reason; :class:`ReadOptions` is how the inputs are read, as one
value. The decoding helpers turn an input's bytes into text under those options (a
byte-order mark removed, undecodable bytes failing or replaced, each noted). The readers
that produce these values are in ``_readers``.

>>> Record("PARIS (AFP) - Hi.", id="a1").describe()
'(id a1): 17 characters'
>>> ReadFailure("empty file", path="a.txt").describe()
'a.txt: empty file'
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

import attrs

__all__ = ["ReadFailure", "ReadOptions", "Record"]

STDIN: Final = "-"
"""The path that names standard input."""

BOM: Final = "\ufeff"
"""The byte-order mark, removed from the start of a text and noted."""

NOTE_BOM: Final = "byte-order mark removed"
NOTE_REPLACED: Final = "undecodable bytes replaced with U+FFFD"


def _optional_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    raise TypeError(f"reference_date must be a datetime.date or None, not {type(value).__name__}")


@attrs.frozen
class Record:
    """One story's text and what came with it.

    >>> Record("PARIS (AFP) - Hi.", id="a1").describe()
    '(id a1): 17 characters'
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The story's text, as read (a byte-order mark removed)."""
    id: str | None = None
    """The record's id (the ``--id-field`` of a JSON Lines or CSV row), if any."""
    reference_date: dt.date | None = attrs.field(default=None, converter=_optional_date)
    """The date the story was filed, for the year of dateline dates, if known."""
    path: str | None = None
    """The file it was read from (``-`` for standard input), if any."""
    number: int | None = None
    """Its 1-based record number in that file (the line of JSON Lines, the row of CSV
    after the header); ``None`` for a text file, which is one story."""
    notes: tuple[str, ...] = ()
    """What was done to the text on the way in (a BOM removed, bytes replaced)."""
    reader: str | None = None
    """How the text is read into a story: ``None`` parses it (``wirestory.parse``, which
    also reads ANPA, SGML and front-matter envelopes), or an interchange reader of
    ``wirestory.batch.DECODERS`` (``nitf``, ``ninjs``, ``anpa``)."""

    def where(self) -> str:
        """The path and record number, as in reports: ``wire.jsonl:2``."""
        return _where(self.path, self.number)

    def describe(self) -> str:
        """One line for logs: where it came from and its length."""
        ident = f" (id {self.id})" if self.id is not None else ""
        return f"{self.where()}{ident}".strip() + f": {len(self.text)} characters"


@attrs.frozen
class ReadFailure:
    """An input that gave no story, and why. A value, never an exception.

    >>> ReadFailure("empty file", path="a.txt").describe()
    'a.txt: empty file'
    """

    reason: str
    """Why: short, sentence case, names no internals."""
    path: str | None = None
    """The file (``-`` for standard input), if any."""
    number: int | None = None
    """The record number in that file, if the failure is one record's."""
    id: str | None = None
    """The record's id, if it had one."""

    def where(self) -> str:
        """The path and record number, as in reports."""
        return _where(self.path, self.number)

    def describe(self) -> str:
        """The one-line report: ``path:record: reason``."""
        where = self.where()
        return f"{where}: {self.reason}" if where else self.reason

    def to_dict(self) -> dict[str, Any]:
        """The JSON object written by ``--errors FILE``."""
        return {"path": self.path, "record": self.number, "id": self.id, "reason": self.reason}


def _where(path: str | None, number: int | None) -> str:
    name = "<stdin>" if path == STDIN else (path or "")
    return f"{name}:{number}" if number is not None else name


@attrs.frozen
class ReadOptions:
    """How to read the inputs: the command line's input options, as one value.

    >>> ReadOptions(text_field="maintext").text_field
    'maintext'
    """

    input_format: str | None = None
    """A name in :data:`READERS`, or ``None`` to guess each file's from its suffix."""
    text_field: str = "text"
    """The field of a JSON Lines object or CSV row that holds the story's text."""
    id_field: str = "id"
    """The field that holds the record's id (absent is fine)."""
    reference_date_field: str | None = None
    """The field that holds the record's filing date (``YYYY-MM-DD``, a longer ISO
    timestamp is cut to its date); absent or empty falls back to ``reference_date``."""
    reference_date: dt.date | None = attrs.field(default=None, converter=_optional_date)
    """The filing date of records that carry none."""
    glob: str = "*"
    """Which files of a folder to read (recursively); hidden files are skipped."""
    encoding: str = "utf-8"
    """The text encoding of every input."""
    encoding_errors: str = attrs.field(
        default="strict", validator=attrs.validators.in_(("strict", "replace"))
    )
    """``strict``: undecodable bytes fail the record; ``replace``: they become U+FFFD
    and the record carries a note."""


# ---------------------------------------------------------------------------------------
# Decoding


def _decode(data: bytes, options: ReadOptions) -> tuple[str, tuple[str, ...]]:
    """Bytes -> text and notes. Raises UnicodeDecodeError only in strict mode."""
    notes: tuple[str, ...] = ()
    try:
        text = data.decode(options.encoding)
    except UnicodeDecodeError:
        if options.encoding_errors == "strict":
            raise
        text = data.decode(options.encoding, errors="replace")
        notes = (NOTE_REPLACED,)
    if text.startswith(BOM):
        text, notes = text[1:], (NOTE_BOM, *notes)
    return text, notes


def _decode_failure(exc: UnicodeDecodeError, options: ReadOptions) -> str:
    return (
        f"not valid {options.encoding} at byte {exc.start} ({exc.object[exc.start : exc.start + 1]!r});"
        " try --encoding or --encoding-errors replace"
    )
