"""parse_many and the record readers: order, laziness, processes, pickling, failures as values."""

from __future__ import annotations

import datetime as dt
import gc
import gzip
import io
import itertools
import json
import pickle
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirestory
from wirestory import Record, Story, parse, parse_many
from wirestory.batch import (
    ReadFailure,
    ReadOptions,
    guess_format,
    ordered_map,
    read_records,
    warm_up,
)

# Stories of our own, in the real shapes (invented places, people and facts).
STORIES = [
    "HALVIK, March 3 (Reuters) - The Halvik port authority said on Monday it would reopen "
    "the northern quay.\n\n(Reporting by Ana Petrel; Editing by Tom Wend)",
    "ORLANO, Italy (AP) — Rescuers reached the village of Orlano late on Tuesday.",
    "SEOUL, April 9 (Yonhap) -- The ministry of ferries announced a new timetable.\n(END)",
    "PARIS (AFP) - Les vignerons de Montclair ont vendange tot cette annee.",
    "UPDATE 1-Ferries resume\n(Adds quote in paragraph 2)\nBy ANA PETREL\n"
    "HALVIK, March 3 (Reuters) - Ferries sailed.\n"
    "(Reporting by Ana Petrel in Halvik; Editing by Tom Wend)\n"
    "Our Standards: The Thomson Reuters Trust Principles.",
]


def numbered(n: int) -> list[str]:
    """n distinct stories: each carries its number in the body."""
    return [f"BRENNA (Reuters) - Story number {i} of the day.\n" for i in range(n)]


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "two-processes"])
def test_stories_come_out_in_input_order(jobs: int) -> None:
    """One story per text, in input order, the same as parse() one by one."""
    texts = numbered(150)
    stories = list(parse_many(texts, jobs=jobs, chunksize=7))
    assert [s.source for s in stories] == texts
    assert stories == [parse(t) for t in texts]


def test_parse_many_is_lazy() -> None:
    """Texts are read only as stories are taken: an endless input is fine."""
    taken: list[int] = []

    def endless() -> Iterator[str]:
        for i in itertools.count():
            taken.append(i)
            yield f"OSLO (NTB) - Number {i}."

    stories = parse_many(endless())
    assert taken == []
    first = list(itertools.islice(stories, 3))
    assert [p.text for s in first for p in s.paragraphs] == ["Number 0.", "Number 1.", "Number 2."]
    assert len(taken) == 3


def test_parallel_read_ahead_is_bounded() -> None:
    """With worker processes, only a bounded window is read ahead of the output."""
    taken: list[int] = []

    def endless() -> Iterator[str]:
        for i in itertools.count():
            taken.append(i)
            yield f"OSLO (NTB) - Number {i}."

    stories = parse_many(endless(), jobs=2, chunksize=4)
    assert next(stories).paragraphs[0].text == "Number 0."
    stories.close()  # type: ignore[attr-defined]
    assert len(taken) <= 2 * 4 * 4 + 4  # jobs x chunks in flight x chunksize, plus one chunk


def test_records_carry_their_own_reference_date() -> None:
    """A record's reference date wins over the option; without one the option counts."""
    text = "LONDON, Jan 2 (Reuters) - Hi."
    stories = list(
        parse_many(
            [Record(text, reference_date=dt.date(2019, 1, 5)), Record(text), text],
            reference_date=dt.date(2024, 1, 3),
            jobs=2,
        )
    )
    assert [s.dateline.date for s in stories if s.dateline] == [
        dt.date(2019, 1, 2),
        dt.date(2024, 1, 2),
        dt.date(2024, 1, 2),
    ]


def test_strict_failure_is_raised_at_its_place() -> None:
    """In strict mode the story that fails raises its ParseError, after the ones before."""
    stories = parse_many([STORIES[0], "Just words."], strict=True, jobs=2)
    assert next(stories).agency == "Reuters"
    with pytest.raises(wirestory.ParseError, match="Expected a dateline"):
        next(stories)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"jobs": -1}, ValueError, "jobs must be >= 0"),
        ({"jobs": 1.5}, TypeError, "jobs must be an int, not float"),
        ({"chunksize": 0}, ValueError, "chunksize must be an int >= 1"),
        ({"refrence_date": dt.date(2024, 1, 1)}, TypeError, "parse_many: .*refrence_date"),
    ],
    ids=["negative-jobs", "float-jobs", "zero-chunksize", "misspelt-option"],
)
def test_bad_arguments_fail_at_the_call(
    kwargs: dict[str, object], error: type, message: str
) -> None:
    """Wrong arguments fail when parse_many is called, not later in a worker."""
    with pytest.raises(error, match=message):
        parse_many(STORIES, **kwargs)  # type: ignore[arg-type]


def test_ordered_map_raises_at_the_item() -> None:
    """An exception in a worker is raised at its item, after the items before it."""
    results = ordered_map(int, ["1", "2", "x", "4"], jobs=2, chunksize=1)
    assert [next(results), next(results)] == [1, 2]
    with pytest.raises(ValueError, match="invalid literal"):
        next(results)


@pytest.mark.parametrize("text", STORIES, ids=["reuters", "ap", "yonhap", "afp", "byline"])
def test_stories_and_every_element_pickle(text: str) -> None:
    """Stories and every model object survive pickling (worker processes need it)."""
    story = parse(text, reference_date=dt.date(2024, 3, 4))
    assert pickle.loads(pickle.dumps(story)) == story
    people = [*(story.byline.contributors if story.byline else ())]
    people += [person for credit in story.credits for person in credit.contributors]
    extras = (wirestory.Span(1, 2), Record(text, id="x"), ReadFailure("empty file", path="a"))
    for item in (*story.elements(), *story.evidence, *people, *extras):
        assert pickle.loads(pickle.dumps(item)) == item


def test_the_pickled_model_covers_every_kind_of_object() -> None:
    """The last story above has every element class in it, so none goes untested."""
    story = parse(STORIES[-1], reference_date=dt.date(2024, 3, 4))
    kinds = {type(e).__name__ for e in story.elements()}
    kinds |= {type(p).__name__ for c in story.credits for p in c.contributors}
    kinds |= {type(e).__name__ for e in story.evidence}
    assert kinds >= {
        "Headline",
        "Byline",
        "Dateline",
        "Paragraph",
        "Credit",
        "Contributor",
        "Evidence",
    }


# ---------------------------------------------------------------------------------------
# Readers


def read(tmp_path: Path, name: str, data: bytes, **options: object) -> list[Record | ReadFailure]:
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return list(read_records([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


def jsonl(*rows: object) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "text"),
        ("a", "text"),
        ("a.jsonl", "jsonl"),
        ("a.NDJSON", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("a.csv", "csv"),
        ("a.csv.gz", "csv"),
        ("a.txt.gz", "text"),
        ("a.html", "text"),
    ],
)
def test_format_from_suffix(name: str, expected: str) -> None:
    """The input format comes from the suffix, looking through .gz."""
    assert guess_format(name) == expected


def test_jsonl_records_fields_and_failures(tmp_path: Path) -> None:
    """Each line is a record; bad lines are failures with their line number; the rest go on."""
    data = (
        jsonl({"key": "k1", "body": STORIES[0], "filed": "2024-03-04T09:00:00Z"})
        + b"\n{broken\n"
        + jsonl([1, 2], {"key": "k2"}, {"key": "k3", "body": 5}, {"body": "  "})
        + jsonl({"key": "k4", "body": STORIES[1], "filed": "March"})
        + jsonl({"key": 5, "body": STORIES[2]})
    )
    items = read(
        tmp_path, "w.jsonl", data, text_field="body", id_field="key", reference_date_field="filed"
    )
    got = [(i.number, i.id, i.reason if isinstance(i, ReadFailure) else "ok") for i in items]
    assert got == [
        (1, "k1", "ok"),
        (
            3,
            None,
            "not a JSON object: Expecting property name enclosed in double quotes at column 2",
        ),
        (4, None, "not a JSON object: a JSON list"),
        (5, "k2", "no 'body' field (fields: 'key'); try --text-field"),
        (6, "k3", "the 'body' field is int, not text"),
        (7, None, "the 'body' field is empty"),
        (8, "k4", "the 'filed' field is not a YYYY-MM-DD date: 'March'"),
        (9, "5", "ok"),
    ]
    first = items[0]
    assert isinstance(first, Record)
    assert first.reference_date == dt.date(2024, 3, 4)
    assert first.text == STORIES[0]


def test_csv_rows_with_multiline_text(tmp_path: Path) -> None:
    """CSV: a header row, one story a row, quoted text may span lines."""
    data = ('id,text\nc1,"' + STORIES[0].replace('"', '""') + '"\nc2,\n').encode()
    items = read(tmp_path, "w.csv.gz", data)
    assert isinstance(items[0], Record)
    assert (items[0].id, items[0].number, items[0].text) == ("c1", 1, STORIES[0])
    assert items[1] == ReadFailure(
        "the 'text' field is empty", path=items[1].path, number=2, id="c2"
    )


@pytest.mark.parametrize(
    ("name", "data", "options", "reason"),
    [
        ("empty.txt", b"", {}, "empty file"),
        ("blank.txt", b" \n\t\n", {}, "no text, only white space"),
        (
            "latin.txt",
            "PARIS (AFP) - Caf\u00e9.".encode("latin-1"),
            {},
            "not valid utf-8 at byte 17 (b'\\xe9'); try --encoding or --encoding-errors replace",
        ),
        (
            "dump.txt",
            jsonl({"text": "PARIS (AFP) - Hi."}),
            {},
            "looks like JSON Lines (one JSON object a line), not a story; use --input-format"
            " jsonl (or --input-format text to parse it as one story)",
        ),
        ("broken.txt.gz", b"", {}, None),
    ],
    ids=["empty", "white-space", "undecodable", "jsonl-as-text", "corrupt-gzip"],
)
def test_text_failures(
    tmp_path: Path, name: str, data: bytes, options: dict[str, object], reason: str | None
) -> None:
    """A text file that gives no story is one failure value naming why."""
    if reason is None:  # not gzip at all behind a .gz suffix
        (tmp_path / name).write_bytes(b"plain")
        items = list(read_records([str(tmp_path / name)]))
        assert isinstance(items[0], ReadFailure)
        assert items[0].reason.startswith("cannot read: Not a gzipped file")
        return
    (item,) = read(tmp_path, name, data, **options)
    assert isinstance(item, ReadFailure)
    assert item.reason == reason


def test_encoding_options(tmp_path: Path) -> None:
    """--encoding reads the file; --encoding-errors replace parses it anyway, with a note."""
    data = "PARIS (AFP) - Caf\u00e9.".encode("latin-1")
    (latin,) = read(tmp_path, "a.txt", data, encoding="latin-1")
    (replaced,) = read(tmp_path, "b.txt", data, encoding_errors="replace")
    assert isinstance(latin, Record) and isinstance(replaced, Record)
    assert latin.text.endswith("Caf\u00e9.") and latin.notes == ()
    assert replaced.text.endswith("Caf\ufffd.")
    assert replaced.notes == ("undecodable bytes replaced with U+FFFD",)


def test_bom_is_removed_and_noted(tmp_path: Path) -> None:
    """A byte-order mark never reaches the story; the record says it was removed."""
    (item,) = read(tmp_path, "bom.txt", b"\xef\xbb\xbf" + STORIES[3].encode())
    assert isinstance(item, Record)
    assert item.text == STORIES[3] and item.notes == ("byte-order mark removed",)
    assert parse(item.text).dateline is not None


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    """A folder is walked recursively, sorted, hidden files skipped, --glob applied."""
    for name, text in [("b/2.txt", STORIES[1]), ("a.txt", STORIES[0]), ("b/.hidden.txt", "x")]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("not a story", encoding="utf-8")
    items = list(read_records([str(tmp_path)], ReadOptions(glob="*.txt")))
    assert [Path(i.path or "").relative_to(tmp_path).as_posix() for i in items] == [
        "a.txt",
        "b/2.txt",
    ]
    (empty,) = read_records([str(tmp_path / "b")], ReadOptions(glob="*.xml"))
    assert empty == ReadFailure("no files match '*.xml' in this folder", path=str(tmp_path / "b"))


def test_missing_file_is_a_failure() -> None:
    """A path that does not exist is a failure, not an exception."""
    (item,) = read_records(["no/such/file.txt"])
    assert item == ReadFailure("No such file or directory", path="no/such/file.txt")


def test_parse_many_takes_records_from_the_reader(tmp_path: Path) -> None:
    """The reader feeds parse_many: records in, stories out, in order."""
    (tmp_path / "w.jsonl").write_bytes(
        jsonl(*({"id": i, "text": t} for i, t in enumerate(STORIES)))
    )
    records = [r for r in read_records([str(tmp_path / "w.jsonl")]) if isinstance(r, Record)]
    stories = list(parse_many(records, jobs=2, chunksize=1))
    assert all(isinstance(s, Story) for s in stories)
    assert [s.source for s in stories] == STORIES


@pytest.mark.parametrize(
    "data", [b'id,text\nc1,"\xff"\n', b"\xfftext\n"], ids=["in-a-row", "in-the-header"]
)
def test_undecodable_csv_is_a_failure_not_an_exception(tmp_path: Path, data: bytes) -> None:
    """Bad bytes in a CSV file end that file with one failure; nothing is raised."""
    (item,) = read(tmp_path, "bad.csv", data)
    assert isinstance(item, ReadFailure)
    assert item.number == 1
    assert item.reason.endswith("; the rest of the file is not read")


@pytest.mark.parametrize("enabled", [True, False], ids=["collector-on", "collector-off"])
def test_warm_up_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    """warm_up pauses the collector while the patterns are built, then restores it."""
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        warm_up()
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_workers_leave_this_process_heap_unfrozen() -> None:
    """The heap is frozen only while the workers are forked: nothing stays frozen here."""
    assert gc.get_freeze_count() == 0
    assert list(ordered_map(str.upper, list("abcdefghij"), jobs=2, chunksize=2)) == list(
        "ABCDEFGHIJ"
    )
    assert gc.get_freeze_count() == 0


def _frozen_in_worker(_: object) -> int:
    return gc.get_freeze_count()


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_workers_hold_the_inherited_heap_frozen() -> None:
    """Forked workers hold what they inherited out of their collections (no copy on
    write of the whole heap, no walk of it at every full collection)."""
    assert threading.active_count() == 1, "another thread: the workers would not be forked"
    counts = list(ordered_map(_frozen_in_worker, range(4), jobs=2, chunksize=1))
    assert min(counts) > 10_000  # the modules and compiled patterns, at least


def test_with_another_thread_alive_workers_start_afresh_and_keep_order() -> None:
    """With another thread alive a fork could catch a lock held: the workers are started
    afresh (forkserver, or spawn), nothing is frozen, and the order is kept."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        words = [f"w{i}" for i in range(40)]
        assert list(ordered_map(str.upper, words, jobs=2, chunksize=3)) == [
            w.upper() for w in words
        ]
        assert gc.get_freeze_count() == 0
    finally:
        stop.set()
        other.join()


def test_the_command_leaves_its_caller_as_it_was() -> None:
    """main() called in process leaves the garbage collector enabled and nothing frozen."""
    from wirestory.cli import main

    out = io.StringIO()
    code = main(["parse", "--quiet", "-"], stdin=io.StringIO(STORIES[0]), stdout=out)
    assert code == 0 and out.getvalue().startswith('{"path": "-"')
    assert gc.isenabled() and gc.get_freeze_count() == 0
