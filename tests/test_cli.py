"""The command line, called in process and as an installed program."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wirestory.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_30918cf3994168c8.txt"


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_jsonl_has_one_object_per_story_with_its_path() -> None:
    """--format jsonl: one to_dict() object per story after "path", "record" and "id"."""
    code, out, _ = run("parse", "--format", "jsonl", str(SEED), str(SEED))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 2
    assert list(rows[0])[:4] == ["path", "record", "id", "text"]
    assert (rows[0]["path"], rows[0]["record"], rows[0]["id"]) == (str(SEED), None, None)
    assert rows[0]["dateline"]["locations"] == ["MOSCOW"]
    assert rows[0]["agency"] == "Reuters"


def test_stdin_and_reference_date() -> None:
    """'-' reads standard input; --reference-date gives the year."""
    code, out, _ = run(
        "parse",
        "--format",
        "json",
        "--reference-date",
        "2025-04-27",
        "-",
        stdin="MOSCOW, April 26 (Reuters) - Hi.",
    )
    assert code == 0
    assert json.loads(out)[0]["dateline"]["date"] == "2025-04-26"


def test_text_summary() -> None:
    """--format text prints a readable summary."""
    code, out, _ = run("parse", "--format", "text", str(SEED))
    assert code == 0
    assert "credit       editing: Alexandra Hudson, Gareth Jones" in out


def test_missing_file_is_named_and_others_still_parse() -> None:
    """A missing file is reported by name; exit 1; the other files are still parsed."""
    code, out, err = run("parse", "--format", "jsonl", "no/such/file.txt", str(SEED))
    assert code == 1
    assert err.startswith("wirestory: no/such/file.txt: ")
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [["bogus"], ["parse", "--format", "xml"], ["parse", "--reference-date", "26/04/2025"], []],
    ids=["unknown-command", "unknown-format", "bad-date", "no-command"],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    """Usage errors exit with status 2."""
    code, _, _ = run(*argv)
    assert code == 2


def test_strict_failure_names_the_file() -> None:
    """In strict mode a story without a dateline fails with the file named."""
    code, _, err = run("parse", "--strict", "-", stdin="Just words.")
    assert code == 1
    assert err.startswith("wirestory: <stdin>: Expected a dateline")


SCRIPT = shutil.which("wirestory", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(SCRIPT is None, reason="the package is not installed as a program")
def test_installed_program_parses_the_seed() -> None:
    """The installed console script and python -m both run the main job."""
    for cmd in ([str(SCRIPT)], [sys.executable, "-m", "wirestory"]):
        done = subprocess.run(
            [*cmd, "parse", "--format", "jsonl", str(SEED)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert json.loads(done.stdout)["agency"] == "Reuters"


def test_unwritable_output_is_named(tmp_path: Path) -> None:
    """An --output file that cannot be written is named; exit 1, nothing else happens."""
    target = tmp_path / "no" / "such" / "folder" / "out.jsonl"
    code, out, err = run("parse", "--output", str(target), str(SEED))
    assert (code, out) == (1, "")
    assert err == f"wirestory: {target}: No such file or directory\n"


@pytest.mark.skipif(SCRIPT is None, reason="the package is not installed as a program")
@pytest.mark.parametrize(
    ("argv", "status", "stdout_start", "stderr_start"),
    [
        (["--version"], 0, "wirestory ", ""),
        (["parse", "--format", "jsonl", str(SEED)], 0, '{"path": ', "wirestory: 1 story"),
        (["parse", "no-such-file.txt"], 1, "", "wirestory: no-such-file.txt: "),
        (["parse", "--jobs", "x"], 2, "", "usage: wirestory parse"),
    ],
    ids=["version", "one-story", "missing-file", "usage-error"],
)
def test_program_flushes_its_output_and_keeps_its_status(
    argv: list[str], status: int, stdout_start: str, stderr_start: str
) -> None:
    """The program ends without tearing the interpreter down (os._exit), after main()
    has returned: what main wrote still reaches the pipes, and its status is the exit's."""
    for cmd in ([str(SCRIPT)], [sys.executable, "-m", "wirestory"]):
        done = subprocess.run([*cmd, *argv], capture_output=True, text=True, check=False)
        assert done.returncode == status
        assert done.stdout.startswith(stdout_start) and done.stderr.startswith(stderr_start)
        assert done.stdout.endswith("\n") or not done.stdout


OPTIONAL_MODULES = (
    "csv",
    "gzip",
    "json",
    "pathlib",
    "multiprocessing",
    "concurrent.futures",
    "shutil",
)


def test_command_line_imports_only_what_it_uses() -> None:
    """Start-up: importing the command line and building its arguments loads no reader,
    writer or pool module (nor shutil, which argparse imports to ask the terminal's
    width); each is imported by the input, output or --jobs that needs it (issue 13: one
    short call under 0.3 s)."""
    probe = (
        "import sys, wirestory.cli; wirestory.cli.build_parser();"
        f"print(' '.join(m for m in {OPTIONAL_MODULES!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_help_wraps_to_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """The help is wrapped to COLUMNS, as argparse does when it asks shutil itself."""
    from wirestory.cli import build_parser

    widths = {}
    for columns in ("60", "120"):
        monkeypatch.setenv("COLUMNS", columns)
        lines = build_parser().format_help().splitlines()
        widths[columns] = max(len(line) for line in lines)
    assert widths["60"] <= 60 < widths["120"] <= 120
