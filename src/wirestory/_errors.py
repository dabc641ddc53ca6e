"""The one error family of wirestory.

>>> from wirestory import ParseError, Span
>>> err = ParseError("No dateline found", span=Span(0, 4), source="TEXT")
>>> str(err)
'No dateline found (at line 1, column 1)'
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._model import Span


class WirestoryError(Exception):
    """Base class of every error that wirestory raises on purpose.

    >>> from wirestory import ParseError, parse
    >>> issubclass(ParseError, WirestoryError)
    True
    >>> try:
    ...     parse("No dateline here.", strict=True)
    ... except WirestoryError as err:
    ...     print(type(err).__name__)
    ParseError
    """


class ParseError(WirestoryError, ValueError):
    """A story that does not have the parts that strict parsing asks for.

    Attributes:
        msg: The message without the position.
        span: Where the problem is, as a half-open span into the input.
        lineno: The 1-based line of ``span.start``.
        colno: The 1-based column of ``span.start``.
        problems: Every problem found, as ``(message, span)`` pairs; the first one is
            the one this error describes.

    >>> from wirestory import parse
    >>> try:
    ...     parse("Headline\\n\\nNo dateline here.", strict=True)
    ... except ParseError as err:
    ...     print(err.msg, err.lineno, err.colno, isinstance(err, ValueError))
    Expected a dateline such as 'LONDON (Reuters) -' 1 1 True
    """

    def __init__(
        self, msg: str, *, span: Span, source: str = "", problems: tuple[tuple[str, Span], ...] = ()
    ) -> None:
        self.msg = msg
        self.span = span
        self.lineno = source.count("\n", 0, span.start) + 1
        self.colno = span.start - (source.rfind("\n", 0, span.start) + 1) + 1
        self.problems = problems or ((msg, span),)
        super().__init__(f"{msg} (at line {self.lineno}, column {self.colno})")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.msg, self.span, self.lineno, self.colno, self.problems))


def _rebuild(
    msg: str, span: Span, lineno: int, colno: int, problems: tuple[tuple[str, Span], ...]
) -> ParseError:
    """Recreate a pickled ParseError without needing the source text."""
    err = ParseError(msg, span=span, problems=problems)
    err.lineno, err.colno = lineno, colno
    err.args = (f"{msg} (at line {lineno}, column {colno})",)
    return err


class ModelError(WirestoryError, ValueError):
    """Data that does not describe a valid story, such as bad input to ``Story.from_dict``.

    The message starts with the path of the bad value, as in ``paragraphs[3].span``.

    Attributes:
        msg: The message without the path.
        path: Where the bad value is (``""`` for the document itself).

    >>> err = ModelError("unknown key 'colour'", path="paragraphs[3]")
    >>> str(err)
    "paragraphs[3]: unknown key 'colour'"
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(self, msg: str, *, path: str = "") -> None:
        self.msg = msg
        self.path = path
        super().__init__(f"{path}: {msg}" if path else msg)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_model_error, (self.msg, self.path))


def _rebuild_model_error(msg: str, path: str) -> ModelError:
    """Recreate a pickled ModelError."""
    return ModelError(msg, path=path)


class FormatError(WirestoryError, ValueError):
    """Input that is not in the interchange or feed format asked for, or unsafe XML.

    >>> str(FormatError("No NITF <nitf> root element"))
    'No NITF <nitf> root element'
    >>> isinstance(FormatError("x"), ValueError)
    True
    """


def expect_str(function: str, what: str, value: object) -> None:
    """Raise the ``TypeError`` of a public function given something other than ``str``.

    >>> expect_str("parse", "the story", b"LONDON")
    Traceback (most recent call last):
    ...
    TypeError: parse() expects the story as str, not bytes (decode it first)
    """
    if not isinstance(value, str):
        hint = " (decode it first)" if isinstance(value, (bytes, bytearray)) else ""
        raise TypeError(f"{function}() expects {what} as str, not {type(value).__name__}{hint}")
