"""Many stories at once: :func:`parse_many`, in order, lazily, on several processes.

>>> from wirestory.batch import Record, parse_many
>>> texts = ["PARIS (AFP) - Hi.", Record("OSLO (Reuters) - Hei.", id="n1")]
>>> [story.agency for story in parse_many(texts)]
['AFP', 'Reuters']

The readers that turn files, folders, JSON Lines and CSV into records live here too
(:func:`read_records`, :class:`ReadOptions`, :class:`ReadFailure`); the command line is
built on them.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import inspect
import itertools
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final, TypeVar

import wirestory  # parse and ParseError, looked up when called (no import cycle)

from ._model import Story

if TYPE_CHECKING:  # pragma: no cover - imported when workers start (start-up stays fast)
    import multiprocessing.context
    from concurrent.futures import Future
from ._readers import READERS, SUFFIX_FORMATS, guess_format, read_records
from ._records import ReadFailure, ReadOptions, Record

__all__ = [
    "READERS",
    "SUFFIX_FORMATS",
    "ReadFailure",
    "ReadOptions",
    "Record",
    "guess_format",
    "parse_many",
    "read_records",
]

DEFAULT_CHUNKSIZE: Final = 8
"""Stories sent to a worker process at a time: large enough to hide the cost of sending
(about 0.1 ms a chunk, against some 3 ms a story), small enough that the workers finish
together (the last chunk of one worker is all the others may wait for)."""

CHUNKS_IN_FLIGHT_PER_JOB: Final = 4
"""Chunks submitted ahead of the one being yielded, per worker: the bounded window that
keeps memory flat however long the input."""

_In = TypeVar("_In")
_Out = TypeVar("_Out")


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes: ``0`` means one per available core.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(0) >= 1
    True
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int, not {type(jobs).__name__}")
    if jobs < 0:
        raise ValueError(f"jobs must be >= 0 (0 means all cores), not {jobs}")
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _check_workers(jobs: int, chunksize: int) -> int:
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, not {chunksize!r}")
    return resolve_jobs(jobs)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them (no traceback each)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C back while a worker is being started, then deliver it.

    A KeyboardInterrupt inside ``submit`` can leave a worker half-started: it outlives
    the pool's clean-up and prints a traceback of its own. Deferred to the end of
    ``submit``, the interrupt finds every worker known to the pool, which stops them.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    import signal

    caught: list[tuple[int, Any]] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: caught.append((number, frame)))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught and callable(previous):
            previous(*caught[0])


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a moment, then back as it was.

    Compiling the parser's patterns makes many objects that all live on; collecting
    while they are made only walks them again and again (about a tenth of the first
    parse's time).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _heap_frozen_for_fork(forking: bool) -> Iterator[None]:
    """While workers are forked: what this process holds is left out of their collections.

    A forked worker shares this process's memory until it writes to it, and a garbage
    collection writes to every object it walks: each worker would copy the pages of the
    whole inherited heap (modules, compiled patterns) and walk it at every full
    collection. Frozen (:func:`gc.freeze`) at the fork, those objects are permanent in
    the workers; this process unfreezes them at once, so its own collector sees what it
    saw before. A caller that froze objects of its own is left as it was.
    """
    if not forking or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _context() -> multiprocessing.context.BaseContext:
    """How to start the workers.

    ``fork`` on Linux when this process runs no other thread: the workers start at once
    with everything imported and compiled. Otherwise (a progress bar, a Dask client, any
    thread that a fork could catch holding a lock; or not Linux) ``forkserver`` where
    the platform has it, else ``spawn``: fresh processes that import what they need.
    """
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _apply(func: Callable[[_In], _Out], chunk: list[_In]) -> list[tuple[bool, Any]]:
    """Run a chunk; an item's exception is kept as its result, so the items before it
    still come out and the exception is raised at its place."""
    results: list[tuple[bool, Any]] = []
    for item in chunk:
        try:
            results.append((True, func(item)))
        except Exception as exc:
            results.append((False, exc))
    return results


def _unpack(results: list[tuple[bool, Any]]) -> Iterator[Any]:
    for ok, value in results:
        if not ok:
            raise value
        yield value


def ordered_map(
    func: Callable[[_In], _Out],
    items: Iterable[_In],
    *,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    warm_up: Callable[[], object] | None = None,
) -> Iterator[_Out]:
    """``map(func, items)`` on ``jobs`` processes: in input order, lazily, bounded memory.

    At most ``jobs * CHUNKS_IN_FLIGHT_PER_JOB`` chunks of ``chunksize`` items are read
    ahead of the result being yielded, so an endless input runs in constant memory.
    ``func`` must pickle (a module-level function or a ``functools.partial`` of one).
    An exception raised by ``func`` is raised here, at its item. ``warm_up`` runs in
    this process before workers are forked from it (what it compiles or caches, they
    inherit); it is not run when the workers start afresh.

    >>> list(ordered_map(str.upper, ["a", "b"], jobs=1))
    ['A', 'B']
    """
    jobs = _check_workers(jobs, chunksize)
    if jobs == 1:
        yield from map(func, items)
        return
    window = jobs * CHUNKS_IN_FLIGHT_PER_JOB
    context = _context()
    forking = context.get_start_method() == "fork"
    if warm_up is not None and forking:
        warm_up()
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_ignore_interrupts)
    pending: deque[Future[list[tuple[bool, Any]]]] = deque()
    source = iter(items)
    forked = not forking
    try:
        while chunk := list(itertools.islice(source, chunksize)):
            # The first submit forks every worker (with "fork"); later ones only queue.
            with _interrupts_deferred(), _heap_frozen_for_fork(not forked):
                pending.append(pool.submit(_apply, func, chunk))
            forked = True
            if len(pending) >= window:
                yield from _unpack(pending.popleft().result())
        while pending:
            yield from _unpack(pending.popleft().result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_WARM_UP_STORY: Final = (
    "UPDATE 1-Ferries resume\nBy ANA PETREL\nHALVIK, March 3 (Reuters) - Ferries sailed.\n"
    "(Reporting by Ana Petrel in Halvik; Editing by Tom Wend)\n"
)


def warm_up() -> None:
    """Parse one small story, so the parser's lazily built patterns exist before a fork.

    The garbage collector is paused meanwhile (see ``_collector_paused``).

    >>> warm_up()
    """
    with _collector_paused():
        wirestory.parse(_WARM_UP_STORY)


def _from_nitf(text: str, **options: Any) -> Story:
    from .interchange import from_nitf

    return from_nitf(text)


def _from_ninjs(text: str, **options: Any) -> Story:
    from .interchange import from_ninjs

    return from_ninjs(text)


def _parse_anpa(text: str, **options: Any) -> Story:
    from .interchange import parse_anpa

    return parse_anpa(text, **options)


DECODERS: Final[dict[str, Callable[..., Story]]] = {
    "nitf": _from_nitf,  # NITF XML: the story its elements carry
    "ninjs": _from_ninjs,  # IPTC ninjs JSON
    "anpa": _parse_anpa,  # an ANPA-1312 / IPTC 7901 feed file, refused if it is not one
}
"""``Record.reader`` name -> how its text becomes a story (``None``: ``wirestory.parse``)."""


def _parse_one(options: dict[str, Any], item: str | Record) -> Story:
    if isinstance(item, Record):
        if item.reference_date is not None:
            options = {**options, "reference_date": item.reference_date}
        if item.reader is not None:
            return DECODERS[item.reader](item.text, **options)
        return wirestory.parse(item.text, **options)
    return wirestory.parse(item, **options)


def _check_options(options: dict[str, Any]) -> None:
    """Unknown or misspelt parse options fail here, not in a worker later."""
    try:
        inspect.signature(wirestory.parse).bind("", **options)
    except TypeError as exc:
        raise TypeError(f"parse_many: {exc}") from None


def parse_many(
    texts: Iterable[str | Record],
    /,
    *,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    **parse_options: Any,
) -> Iterator[Story]:
    """Parse many stories: one :class:`~wirestory.Story` per text, in input order, lazily.

    Texts are read from ``texts`` only as fast as stories are taken from the result, so a
    generator over millions of records runs in constant memory. With ``jobs > 1`` the
    stories are parsed by that many worker processes (``0``: one per core) and still come
    out in input order.

    Args:
        texts: Story texts, or :class:`Record` values (a record's own
            ``reference_date``, when it has one, wins over the ``reference_date`` option).
        jobs: Worker processes; ``1`` (the default) parses in this process.
        chunksize: Stories sent to a worker at a time.
        **parse_options: Passed to :func:`~wirestory.parse` (``reference_date``,
            ``strict``, ``agencies``).

    Yields:
        One story per text. In strict mode the first story that fails raises its
        :class:`~wirestory.ParseError` at its place in the order.

    Raises:
        TypeError: An option :func:`~wirestory.parse` does not take.
        ValueError: ``jobs`` or ``chunksize`` out of range.

    >>> import datetime as dt
    >>> from wirestory import Record, parse_many
    >>> records = [Record("LONDON, Jan 2 (Reuters) - Hi.", reference_date=dt.date(2024, 1, 3))]
    >>> next(parse_many(records)).dateline.date
    datetime.date(2024, 1, 2)
    """
    _check_options(parse_options)
    _check_workers(jobs, chunksize)
    return ordered_map(
        functools.partial(_parse_one, parse_options),
        texts,
        jobs=jobs,
        chunksize=chunksize,
        warm_up=warm_up,
    )


Outcome = tuple[Record, Story] | ReadFailure
"""What the command line gets per input item: the record (its text dropped, the story
has it) with its story, or a failure."""


def parse_outcome(options: dict[str, Any], item: Record | ReadFailure) -> Outcome:
    """Parse one record into an :data:`Outcome`; a failure stays a failure.

    Every exception of the parser becomes a failure value, so one bad story never stops a
    run of millions (an exception other than :class:`~wirestory.ParseError` is a bug to
    report, and says so).

    >>> parse_outcome({"strict": True}, Record("Just words.", path="a.txt")).describe()
    "a.txt: Expected a dateline such as 'LONDON (Reuters) -' (at line 1, column 1)"
    """
    if isinstance(item, ReadFailure):
        return item
    try:
        story = _parse_one(options, item)
    except (wirestory.ParseError, wirestory.FormatError, wirestory.ModelError) as exc:
        return ReadFailure(str(exc), path=item.path, number=item.number, id=item.id)
    except Exception as exc:
        return ReadFailure(
            f"internal error, please report: {type(exc).__name__}: {exc}",
            path=item.path,
            number=item.number,
            id=item.id,
        )
    return (Record("", id=item.id, path=item.path, number=item.number, notes=item.notes), story)
