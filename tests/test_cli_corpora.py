"""The command line on whole corpora: the installed program on real files in a temp folder.

Each input, output and failure case of issue 13 is one test here, run as a subprocess
against the console script (so start-up, standard streams, signals and exit codes are
the real ones).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wirestory.cli import CSV_COLUMNS, main

SCRIPT = shutil.which("wirestory", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(SCRIPT is None, reason="the package is not installed as a program")

# Stories of our own in the real shapes (invented places, people and facts).
REUTERS = (
    "HALVIK, March 3 (Reuters) - The Halvik port authority said on Monday it would reopen "
    "the northern quay.\n\n(Reporting by Ana Petrel; Editing by Tom Wend)\n"
)
AP = "ORLANO, Italy (AP) — Rescuers reached the village of Orlano late on Tuesday.\n"
AFP = "PARIS (AFP) - Les vignerons de Montclair ont vendange tot cette annee.\n"
SUMMARY = re.compile(r"wirestory: (\d+) stor(?:y|ies), (\d+) failures?, \d+\.\d s, \d+ stories/s\n")


def wirestory(
    *args: str, cwd: Path, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed program; stdin, stdout and stderr are pipes (not terminals)."""
    done = subprocess.run(
        [str(SCRIPT), *args],
        input=stdin.decode("utf-8", "surrogateescape"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr
    return done


def rows(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def write_jsonl(path: Path, records: list[object]) -> Path:
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def counts(stderr: str) -> tuple[int, int]:
    """(stories, failures) from the summary line, which is always the last line."""
    match = SUMMARY.search(stderr)
    assert match is not None, stderr
    assert stderr.endswith(match.group(0))
    return int(match.group(1)), int(match.group(2))


# ---------------------------------------------------------------------------------------
# Inputs


def test_text_files_one_story_each(tmp_path: Path) -> None:
    """Each file is one story; each record names its path; summary line on stderr."""
    (tmp_path / "a.txt").write_text(REUTERS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(AP, encoding="utf-8")
    done = wirestory("parse", "a.txt", "b.txt", cwd=tmp_path)
    assert done.returncode == 0
    assert [(r["path"], r["agency"]) for r in rows(done.stdout)] == [
        ("a.txt", "Reuters"),
        ("b.txt", "AP"),
    ]
    assert counts(done.stderr) == (2, 0)


def test_folder_is_read_recursively_with_glob(tmp_path: Path) -> None:
    """A folder is read recursively, in sorted order; --glob picks the files."""
    (tmp_path / "wire" / "day2").mkdir(parents=True)
    (tmp_path / "wire" / "day2" / "b.txt").write_text(AP, encoding="utf-8")
    (tmp_path / "wire" / "a.txt").write_text(REUTERS, encoding="utf-8")
    (tmp_path / "wire" / "index.html").write_text("<html></html>", encoding="utf-8")
    done = wirestory("parse", "--glob", "*.txt", "wire", cwd=tmp_path)
    assert done.returncode == 0
    assert [r["path"] for r in rows(done.stdout)] == [
        str(Path("wire", "a.txt")),
        str(Path("wire", "day2", "b.txt")),
    ]


@pytest.mark.parametrize("argv", [["parse", "-"], ["parse"]], ids=["dash", "no-path"])
def test_standard_input(tmp_path: Path, argv: list[str]) -> None:
    """'-' reads standard input; so does no PATH when standard input is not a terminal."""
    done = wirestory(*argv, cwd=tmp_path, stdin=AFP.encode())
    assert done.returncode == 0
    (row,) = rows(done.stdout)
    assert (row["path"], row["agency"]) == ("-", "AFP")


def test_jsonl_with_fields_and_per_record_dates(tmp_path: Path) -> None:
    """JSON Lines (gzip too): --text-field, --id-field, --reference-date-field."""
    write_jsonl(
        tmp_path / "dump.ndjson.gz",
        [
            {"uuid": "r-1", "maintext": REUTERS, "date_publish": "2021-03-05 10:00:00"},
            {"uuid": "ap-1", "maintext": AP},
        ],
    )
    done = wirestory(
        "parse",
        "--text-field",
        "maintext",
        "--id-field",
        "uuid",
        "--reference-date-field",
        "date_publish",
        "--reference-date",
        "2024-01-01",
        "dump.ndjson.gz",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    got = rows(done.stdout)
    assert [(r["id"], r["record"], r["path"]) for r in got] == [
        ("r-1", 1, "dump.ndjson.gz"),
        ("ap-1", 2, "dump.ndjson.gz"),
    ]
    assert got[0]["dateline"]["date"] == "2021-03-03"  # type: ignore[index]


def test_csv_input(tmp_path: Path) -> None:
    """CSV: a header row, one story a row; multi-line text quoted."""
    with (tmp_path / "stories.csv").open("w", encoding="utf-8", newline="") as f:
        table = csv.writer(f)
        table.writerow(["story_id", "body"])
        table.writerows([["s1", REUTERS], ["s2", AP]])
    done = wirestory(
        "parse", "--text-field", "body", "--id-field", "story_id", "stories.csv", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert [(r["id"], r["record"], r["agency"]) for r in rows(done.stdout)] == [
        ("s1", 1, "Reuters"),
        ("s2", 2, "AP"),
    ]


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    """--input-format jsonl reads a .txt file as JSON Lines."""
    write_jsonl(tmp_path / "export.txt", [{"text": AFP}, {"text": AP}])
    done = wirestory("parse", "--input-format", "jsonl", "export.txt", cwd=tmp_path)
    assert done.returncode == 0
    assert [r["agency"] for r in rows(done.stdout)] == ["AFP", "AP"]


def test_jsonl_read_as_text_is_a_clear_error(tmp_path: Path) -> None:
    """JSON Lines where a story is expected fails with a hint; explicit text obeys."""
    write_jsonl(tmp_path / "dump.txt", [{"text": AFP}, {"text": AP}])
    done = wirestory("parse", "dump.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(
        "wirestory: dump.txt: looks like JSON Lines (one JSON object a line), not a story;"
        " use --input-format jsonl"
    )
    forced = wirestory("parse", "--input-format", "text", "dump.txt", cwd=tmp_path)
    assert forced.returncode == 0
    assert len(rows(forced.stdout)) == 1


# ---------------------------------------------------------------------------------------
# Outputs


def test_json_output_is_one_array(tmp_path: Path) -> None:
    """--format json: one JSON array (an empty one when nothing parsed)."""
    (tmp_path / "a.txt").write_text(AFP, encoding="utf-8")
    done = wirestory("parse", "--format", "json", "a.txt", "a.txt", cwd=tmp_path)
    assert [r["path"] for r in json.loads(done.stdout)] == ["a.txt", "a.txt"]
    (tmp_path / "empty.txt").write_bytes(b"")
    empty = wirestory("parse", "--format", "json", "empty.txt", cwd=tmp_path)
    assert json.loads(empty.stdout) == []


def test_csv_output_has_the_documented_columns(tmp_path: Path) -> None:
    """--format csv: a header row with the documented flat columns, a row per story."""
    write_jsonl(tmp_path / "w.jsonl", [{"id": "x1", "text": REUTERS}])
    done = wirestory("parse", "--format", "csv", "w.jsonl", cwd=tmp_path)
    assert done.returncode == 0
    table = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(table[0]) == [name for name, _, _ in CSV_COLUMNS]
    assert {k: table[0][k] for k in ("path", "record", "id", "agency", "locations", "date")} == {
        "path": "w.jsonl",
        "record": "1",
        "id": "x1",
        "agency": "Reuters",
        "locations": "HALVIK",
        "date": "",
    }
    assert table[0]["credits"] == "reporting: Ana Petrel; editing: Tom Wend"
    assert table[0]["truncated"] == "false"


def test_text_output(tmp_path: Path) -> None:
    """--format text: a summary per story under its path."""
    (tmp_path / "a.txt").write_text(REUTERS, encoding="utf-8")
    done = wirestory("parse", "--format", "text", "a.txt", cwd=tmp_path)
    assert done.stdout.startswith("== a.txt\nagency       Reuters\n")


def test_output_file(tmp_path: Path) -> None:
    """--output FILE writes there; standard output stays empty."""
    (tmp_path / "a.txt").write_text(AFP, encoding="utf-8")
    done = wirestory("parse", "--output", "out.jsonl", "a.txt", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "")
    assert rows((tmp_path / "out.jsonl").read_text(encoding="utf-8"))[0]["agency"] == "AFP"


def test_jobs_keep_input_order(tmp_path: Path) -> None:
    """--jobs 2 (and 0: all cores) writes exactly what --jobs 1 writes, in order."""
    records = [{"id": str(i), "text": f"HALVIK (Reuters) - Item {i}.\n"} for i in range(120)]
    write_jsonl(tmp_path / "w.jsonl", [*records[:60], {"id": "bad"}, *records[60:]])
    one = wirestory("parse", "--jobs", "1", "w.jsonl", cwd=tmp_path)
    two = wirestory("parse", "--jobs", "2", "w.jsonl", cwd=tmp_path)
    cores = wirestory("parse", "--jobs", "0", "w.jsonl", cwd=tmp_path)
    assert one.stdout == two.stdout == cores.stdout
    assert [r["id"] for r in rows(two.stdout)] == [str(i) for i in range(120)]
    assert two.returncode == 1
    assert two.stderr.startswith("wirestory: w.jsonl:61: no 'text' field")


# ---------------------------------------------------------------------------------------
# Failures: each reported with path and record number; the run goes on


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    """Undecodable, empty, malformed and incomplete inputs: reported, others parsed, exit 1."""
    (tmp_path / "latin.txt").write_bytes("PARIS (AFP) - Caf\u00e9.".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(AP, encoding="utf-8")
    (tmp_path / "w.jsonl").write_bytes(b'{"text": "OSLO (Reuters) - Hi."}\n{nope\n{"body": "x"}\n')
    done = wirestory(
        "parse", "latin.txt", "empty.txt", "missing.txt", "w.jsonl", "good.txt", cwd=tmp_path
    )
    assert done.returncode == 1
    assert [r["path"] for r in rows(done.stdout)] == ["w.jsonl", "good.txt"]
    assert done.stderr.splitlines()[:-1] == [
        "wirestory: latin.txt: not valid utf-8 at byte 17 (b'\\xe9');"
        " try --encoding or --encoding-errors replace",
        "wirestory: empty.txt: empty file",
        "wirestory: missing.txt: No such file or directory",
        "wirestory: w.jsonl:2: not a JSON object: Expecting property name enclosed in double"
        " quotes at column 2",
        "wirestory: w.jsonl:3: no 'text' field (fields: 'body'); try --text-field",
    ]
    assert counts(done.stderr) == (2, 5)


def test_errors_file_has_one_json_line_per_failure(tmp_path: Path) -> None:
    """--errors FILE: the failures as JSON Lines (path, record, id, reason)."""
    write_jsonl(tmp_path / "w.jsonl", [{"id": "a", "text": AFP}, {"id": "b", "text": ""}])
    done = wirestory("parse", "--errors", "failed.jsonl", "w.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert rows((tmp_path / "failed.jsonl").read_text(encoding="utf-8")) == [
        {"path": "w.jsonl", "record": 2, "id": "b", "reason": "the 'text' field is empty"}
    ]


@pytest.mark.parametrize(
    ("options", "ending", "warning"),
    [
        (["--encoding", "latin-1"], "Caf\u00e9.", None),
        (
            ["--encoding-errors", "replace"],
            "Caf\ufffd.",
            "wirestory: latin.txt: warning: undecodable bytes replaced with U+FFFD",
        ),
    ],
    ids=["encoding", "encoding-errors-replace"],
)
def test_undecodable_input_parsed_on_request(
    tmp_path: Path, options: list[str], ending: str, warning: str | None
) -> None:
    """--encoding reads the file right; --encoding-errors replace parses it with a warning."""
    (tmp_path / "latin.txt").write_bytes("PARIS (AFP) - Caf\u00e9.".encode("latin-1"))
    done = wirestory("parse", *options, "latin.txt", cwd=tmp_path)
    assert done.returncode == 0
    assert rows(done.stdout)[0]["paragraphs"][0]["text"].endswith(ending)  # type: ignore[index]
    assert done.stderr.splitlines()[:-1] == ([warning] if warning else [])


def test_bom_is_removed_and_noted(tmp_path: Path) -> None:
    """A byte-order mark is removed (never in the first element) and noted."""
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + AFP.encode())
    done = wirestory("parse", "bom.txt", cwd=tmp_path)
    assert done.returncode == 0
    (row,) = rows(done.stdout)
    assert row["dateline"]["text"] == "PARIS (AFP) -"  # type: ignore[index]
    assert "\ufeff" not in row["text"]  # type: ignore[operator]
    assert done.stderr.splitlines()[0] == "wirestory: bom.txt: warning: byte-order mark removed"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"empty.txt": b""}, "wirestory: empty.txt: empty file"),
        ({"blank.jsonl": b"\n\n"}, "wirestory: no stories in the input"),
        ({"folder/.hidden": b"x"}, "wirestory: folder: no files match '*' in this folder"),
    ],
    ids=["empty-file", "no-records", "empty-folder"],
)
def test_empty_input_is_reported(tmp_path: Path, files: dict[str, bytes], message: str) -> None:
    """An empty input is said on standard error and exits 1, never silently 0."""
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(data)
    target = next(iter(files)).split("/")[0]
    done = wirestory("parse", target, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == message
    assert counts(done.stderr)[0] == 0


def test_empty_standard_input_is_reported(tmp_path: Path) -> None:
    """Nothing on standard input is an empty file, said and exit 1."""
    done = wirestory("parse", "-", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == "wirestory: <stdin>: empty file"


def test_quiet_leaves_only_failures(tmp_path: Path) -> None:
    """--quiet: no warnings, no summary; failures are still reported."""
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + AFP.encode())
    done = wirestory("parse", "--quiet", "bom.txt", "nothing.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == "wirestory: nothing.txt: No such file or directory\n"


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`| head -1`: the program stops when its reader goes, without a traceback."""
    write_jsonl(tmp_path / "w.jsonl", [{"text": REUTERS}] * 400)
    with subprocess.Popen(
        [str(SCRIPT), "parse", "w.jsonl"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert json.loads(proc.stdout.readline())["agency"] == "Reuters"
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 141
    assert err == ""


def test_ctrl_c_exits_130_with_one_line(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT) stops the run: exit 130, one line on standard error."""
    with subprocess.Popen(
        [str(SCRIPT), "parse", "--input-format", "jsonl", "--quiet", "-"],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdin is not None and proc.stderr is not None
        proc.stdin.write(b"not json\n")
        proc.stdin.flush()
        assert proc.stderr.readline().startswith(b"wirestory: <stdin>:1: not a JSON object")
        proc.send_signal(signal.SIGINT)  # the program is now waiting for the next line
        assert proc.wait(timeout=60) == 130
        assert proc.stderr.read() == b"wirestory: interrupted\n"


def test_no_argument_on_a_terminal_prints_usage(tmp_path: Path) -> None:
    """`wirestory parse` with a terminal for standard input prints the usage, exit 2."""
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [str(SCRIPT), "parse"],
            cwd=tmp_path,
            stdin=follower,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert done.stderr.startswith("usage: wirestory parse [-h]")
    assert done.stderr.endswith(
        "wirestory: give files or folders to parse, or '-' to read a terminal\n"
    )


# ---------------------------------------------------------------------------------------
# Progress bar: only on a terminal (in process, with a standard error that says it is one)


class Terminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("quiet", "shown"), [([], True), (["--quiet"], False)], ids=["bar", "quiet"]
)
def test_progress_bar_on_a_terminal(tmp_path: Path, quiet: list[str], shown: bool) -> None:
    """A terminal standard error gets a tqdm progress bar, unless --quiet."""
    write_jsonl(tmp_path / "w.jsonl", [{"text": AFP}] * 3)
    err = Terminal()
    code = main(
        ["parse", *quiet, "--format", "jsonl", str(tmp_path / "w.jsonl")],
        stdout=io.StringIO(),
        stderr=err,
    )
    assert code == 0
    assert (" stories/s]" in err.getvalue()) is shown


# -- interchange formats in and out (issue 14) -------------------------------------------

INTERCHANGE = Path(__file__).resolve().parent / "data" / "interchange"


def test_gigaword_file_gives_one_record_per_doc(tmp_path: Path) -> None:
    """An SGML file (by its .sgml suffix) holds many documents: one story each, its id
    the document's."""
    shutil.copy(INTERCHANGE / "gigaword-two-docs.sgml", tmp_path / "g.sgml")
    done = wirestory("parse", "--quiet", "--format", "jsonl", "g.sgml", cwd=tmp_path)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0
    assert [r["record"] for r in records] == [1, 2]
    assert all(r["id"] and r["dateline"] for r in records)


def test_anpa_input_format_refuses_other_copy(tmp_path: Path) -> None:
    """``--input-format anpa`` reads feed files and reports anything else."""
    shutil.copy(INTERCHANGE / "anpa-ap.feed", tmp_path / "a.feed")
    (tmp_path / "b.txt").write_text("PARIS (AFP) - Prices rose.", encoding="utf-8")
    done = wirestory(
        "parse", "--quiet", "--input-format", "anpa", "--format", "jsonl", "a.feed", "b.txt",
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    [record] = [json.loads(line) for line in done.stdout.splitlines()]
    assert record["path"].endswith("a.feed") and record["dateline"] is not None
    assert "b.txt: Not an ANPA-1312 / IPTC 7901 file" in done.stderr


@pytest.mark.parametrize(("fmt", "first"), [("ninjs", "{"), ("nitf", "<?xml")])
def test_interchange_outputs_read_back(tmp_path: Path, fmt: str, first: str) -> None:
    """``--format ninjs|nitf`` writes documents that ``--input-format ninjs|nitf`` reads
    back to the same paragraphs."""
    story = "OSLO, May 3 (Reuters) - Prices rose on Monday.\n\n(Editing by Jo Li)"
    (tmp_path / "s.txt").write_text(story, encoding="utf-8")
    out = wirestory("parse", "--quiet", "--format", fmt, "s.txt", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.startswith(first)
    (tmp_path / f"s.{fmt}").write_text(out.stdout, encoding="utf-8")
    back = wirestory(
        "parse", "--quiet", "--input-format", fmt, "--format", "jsonl", f"s.{fmt}", cwd=tmp_path
    )
    [record] = [json.loads(line) for line in back.stdout.splitlines()]
    assert [p["text"] for p in record["paragraphs"]] == ["Prices rose on Monday."]
    assert [c["role"] for c in record["credits"]] == ["editing"]
