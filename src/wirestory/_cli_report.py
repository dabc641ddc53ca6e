"""What the command line tells its user besides the output, and how it exits.

Failures (``wirestory: PATH[:RECORD]: REASON``, and a JSON line each with ``--errors``),
warnings and the closing summary line go to standard error through :class:`_Report`,
which also decides the exit status (the ``EXIT_*`` values, re-exported by
:mod:`wirestory.cli`); :func:`_progress` shows a progress bar there while the stories
flow, on a terminal.

>>> import io
>>> report = _Report(io.StringIO(), None, quiet=True)
>>> report.failure(ReadFailure("empty file", path="a.txt"))
>>> report.stderr.getvalue(), report.status
('wirestory: a.txt: empty file\\n', 1)
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Final, TextIO, TypeVar

from ._records import ReadFailure, Record

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
            import json

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
