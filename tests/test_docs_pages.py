"""The documentation site as a specification: its pages, its API page and its commands.

Each check below is written as a small function over page text, tested twice: on the
real pages (which must pass) and on a page broken on purpose (which must fail), so that
no check here can pass vacuously.
"""

from __future__ import annotations

import doctest
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import wirestory
from wirestory.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

if not (DOCS / "index.rst").is_file():  # an installed package, without its docs
    pytest.skip("the docs are not here", allow_module_level=True)

#: The pages issue 15 names, as the issue says them, and their files under ``docs/``.
ISSUE_PAGES: tuple[tuple[str, str], ...] = (
    ("Home", "index"),
    ("Quickstart", "quickstart"),
    ("Anatomy of a wire story", "anatomy"),
    ("Agencies", "agencies"),
    ("Command line", "cli"),
    ("Accuracy", "accuracy"),
    ("Performance", "performance"),
    ("At scale", "at-scale"),
    ("Normalization", "normalization"),
    ("Rendering", "rendering"),
    ("Interchange", "interchange"),
    ("API reference", "api"),
    ("Design", "design"),
)

#: The pages users read: every page of the site, and the README.
PAGES: tuple[Path, ...] = (
    *sorted(p for p in DOCS.glob("*.rst") if not p.name.startswith("_")),
    *sorted(p for p in DOCS.glob("*.md") if not p.name.startswith("_")),
    ROOT / "README.md",
)


# -- the toctree ------------------------------------------------------------------------
def toctree_entries(index_text: str) -> list[str]:
    """The documents listed by the ``.. toctree::`` directives of an index page."""
    entries: list[str] = []
    in_tree = False
    for line in index_text.splitlines():
        if line.startswith(".. toctree::"):
            in_tree = True
        elif in_tree and line and not line.startswith(" "):
            in_tree = False
        elif in_tree and line.strip() and not line.strip().startswith(":"):
            entries.append(line.strip())
    return entries


def missing_pages(index_text: str, files: set[str]) -> list[str]:
    """The issue's pages that are not in the toctree or have no file (the home excepted)."""
    entries = set(toctree_entries(index_text))
    return [
        title
        for title, stem in ISSUE_PAGES
        if stem != "index" and (stem not in entries or stem not in files)
    ]


def _page_files() -> set[str]:
    return {p.stem for p in DOCS.iterdir() if p.suffix in {".rst", ".md"}}


def test_every_page_of_the_issue_is_in_the_toctree() -> None:
    """Each page issue 15 names has a file and a line in the home page's toctree."""
    index = (DOCS / "index.rst").read_text(encoding="utf-8")
    assert missing_pages(index, _page_files()) == []


def test_a_page_dropped_from_the_toctree_is_caught() -> None:
    """Removing the Command line page's toctree line is reported by title."""
    index = (DOCS / "index.rst").read_text(encoding="utf-8")
    broken = re.sub(r"(?m)^   cli\n", "", index)
    assert broken != index
    assert missing_pages(broken, _page_files()) == ["Command line"]
    assert missing_pages(index, _page_files() - {"accuracy"}) == ["Accuracy"]


# -- the API page -------------------------------------------------------------------------
_DOCUMENTED = re.compile(
    r"""(?mx)
    ^\.\.\ (?:autofunction|autoclass|autoexception|py:data)::\s+   # a documenting directive
    (?:wirestory\.)?                                               # the package, if spelled
    (?P<name>\w+)\s*$                                              # a top-level name
    """
)


def api_drift(page: str, public: list[str]) -> tuple[list[str], list[str]]:
    """The names of ``public`` the page does not document, and those it documents beyond."""
    documented = [m["name"] for m in _DOCUMENTED.finditer(page)]
    return sorted(set(public) - set(documented)), sorted(set(documented) - set(public))


def test_api_page_lists_exactly_all() -> None:
    """The API reference documents every name of ``wirestory.__all__``, each once, no other."""
    page = (DOCS / "api.rst").read_text(encoding="utf-8")
    assert api_drift(page, list(wirestory.__all__)) == ([], [])
    documented = [m["name"] for m in _DOCUMENTED.finditer(page)]
    assert len(documented) == len(set(documented))


def test_api_drift_is_caught_both_ways() -> None:
    """A name dropped from the page, or one documented beyond ``__all__``, is reported."""
    page = (DOCS / "api.rst").read_text(encoding="utf-8")
    without = page.replace(".. autofunction:: wirestory.parse_byline\n", "")
    assert api_drift(without, list(wirestory.__all__)) == (["parse_byline"], [])
    public = [n for n in wirestory.__all__ if n != "render"]
    assert api_drift(page, public) == ([], ["render"])


def _extension() -> Any:
    """The docs' local Sphinx extension (``docs/_ext/wirestory_docs.py``), loaded by path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "wirestory_docs", DOCS / "_ext" / "wirestory_docs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extension_module_pages() -> dict[str, tuple[str, str]]:
    """The module-to-page table of the docs' extension."""
    pages: dict[str, tuple[str, str]] = _extension().MODULE_PAGES
    return pages


def test_the_build_check_of_module_names_can_fail() -> None:
    """The build's check of the public modules' ``__all__`` names what no page documents."""
    check = _extension().undocumented_module_names
    missing = check(set())
    assert "wirestory.batch.READERS" in missing
    assert "wirestory.render.render" in missing
    assert check(set(missing)) == []


def test_api_page_lists_every_public_module_with_its_page() -> None:
    """The API page's module table names every public module, each with an existing page."""
    pages = _extension_module_pages()
    assert sorted(pages) == sorted(_public_modules())
    assert {page for page, _ in pages.values()} <= _page_files()
    assert "_generated/public_modules.rst" in (DOCS / "api.rst").read_text(encoding="utf-8")


def _public_modules() -> list[str]:
    import pkgutil

    return sorted(m.name for m in pkgutil.iter_modules(wirestory.__path__) if m.name[0] != "_")


# -- the command line page ----------------------------------------------------------------
def parser_options() -> set[str]:
    """Every long option of ``wirestory`` and ``wirestory parse``."""
    program = build_parser()
    parsers = [program]
    for action in program._actions:  # the sub-command parsers
        choices = action.choices
        if isinstance(choices, dict):
            parsers += list(choices.values())
    return {
        option
        for parser in parsers
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--")
    }


_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*[a-z]")


def cli_page_prose(page: str) -> str:
    """The hand-written part of the CLI page: everything before its generated reference."""
    return page.split("\nReference\n---------\n", 1)[0]


def undocumented_options(prose: str, options: set[str]) -> list[str]:
    """The parser's options that the page's own prose never mentions (``--help`` aside)."""
    mentioned = set(_OPTION.findall(prose))
    return sorted(options - mentioned - {"--help"})


def unknown_options(text: str, options: set[str]) -> list[str]:
    """Options that look like ``wirestory``'s in a page but that the parser lacks."""
    return sorted(set(_OPTION.findall(text)) - options)


def test_cli_page_describes_every_option() -> None:
    """Every option of the parser is described in the CLI page's prose."""
    page = (DOCS / "cli.rst").read_text(encoding="utf-8")
    assert "_generated_cli.rst" in page  # the reference itself is rendered from the parser
    assert undocumented_options(cli_page_prose(page), parser_options()) == []


def test_cli_pages_name_no_option_the_parser_lacks() -> None:
    """The CLI page, the quickstart, the usage and at-scale pages and the README name only real options."""
    options = parser_options()
    for name in ("cli.rst", "quickstart.md", "usage.rst", "at-scale.rst", "index.rst"):
        page = cli_page_prose((DOCS / name).read_text(encoding="utf-8"))
        assert unknown_options(page, options) == [], name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert unknown_options(readme, options) == []


def options_in_examples(page: str) -> set[str]:
    """The options used in the page's examples: ``$ wirestory`` commands and ``main([...])`` calls."""
    used = {a for c in shell_commands(page) for args in wirestory_calls(c) for a in args}
    for line in page.splitlines():
        if line.lstrip().startswith((">>> ", "... ")):
            used |= set(re.findall(r"""["'](--[a-z-]+)["']""", line))
    return {option for option in used if option.startswith("--")}


def test_cli_page_shows_every_option_in_an_example() -> None:
    """Every option of the parser is used in at least one example of the CLI page."""
    page = (DOCS / "cli.rst").read_text(encoding="utf-8")
    assert sorted(parser_options() - options_in_examples(page) - {"--help"}) == []
    assert "--strict" not in options_in_examples(page.replace("--strict", "strict"))


def test_option_drift_is_caught_both_ways() -> None:
    """An option the page forgets, and one the parser lacks, are both reported."""
    page = cli_page_prose((DOCS / "cli.rst").read_text(encoding="utf-8"))
    forgot = page.replace("--glob", "the glob option")
    assert undocumented_options(forgot, parser_options()) == ["--glob"]
    assert unknown_options(page + " use --recursive too", parser_options()) == ["--recursive"]


def exit_statuses(page: str) -> list[int]:
    """The statuses in the ``Exit status`` table of the CLI page."""
    section = page.split("\nExit status\n-----------\n", 1)[1].split("\n----", 1)[0]
    return [int(m) for m in re.findall(r"(?m)^   \* - (\d+)$", section)]


def test_cli_page_gives_every_exit_status() -> None:
    """The exit status table lists exactly the program's exit statuses, in order."""
    from wirestory import cli

    statuses = sorted({v for k, v in vars(cli).items() if k.startswith("EXIT_")})
    page = (DOCS / "cli.rst").read_text(encoding="utf-8")
    assert exit_statuses(page) == statuses == [0, 1, 2, 130, 141]
    broken = page.replace("   * - 130\n", "   * - 131\n")
    assert exit_statuses(broken) != statuses


# -- examples in the reference --------------------------------------------------------------
def _public_objects() -> Iterator[tuple[str, object]]:
    """Every function and class of ``wirestory.__all__`` and of the public modules' ``__all__``."""
    import importlib
    import inspect

    modules: list[tuple[str, object]] = [("wirestory", wirestory)]
    for name in _public_modules():
        try:
            modules.append((f"wirestory.{name}", importlib.import_module(f"wirestory.{name}")))
        except ImportError:  # an optional extra (dask, hypothesis) that is not installed
            continue
    for module_name, module in modules:
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if inspect.isfunction(value) or inspect.isclass(value):
                yield f"{module_name}.{name}", value


def test_every_public_function_and_class_has_an_example() -> None:
    """Each function and class the reference documents has a ``>>>`` example to run."""
    objects = dict(_public_objects())
    assert len(objects) > 40
    assert [name for name, obj in objects.items() if ">>>" not in (obj.__doc__ or "")] == []


# -- commands shown on the pages ----------------------------------------------------------
def shell_commands(text: str) -> Iterator[str]:
    """Each ``$ ...`` command of a page, continuation lines joined."""
    lines = iter(text.splitlines())
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("$ "):
            continue
        command = stripped[2:]
        while command.endswith("\\"):
            command = command[:-1] + " " + next(lines, "").strip()
        yield command


_SEPARATORS = frozenset({"|", "||", "&&", ";"})
_REDIRECTS = frozenset({">", ">>", "<", ">&"})


def wirestory_calls(command: str) -> Iterator[list[str]]:
    """The arguments of each ``wirestory`` call in a shell command (pipes and redirections cut)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    segment: list[str] = []
    skip_next = False
    for token in [*lexer, "|"]:
        if skip_next:  # the file of a redirection
            skip_next = False
        elif token in _REDIRECTS:
            skip_next = True
        elif token in _SEPARATORS:
            if segment[:1] == ["wirestory"]:
                yield segment[1:]
            elif segment[:3] == ["python", "-m", "wirestory"]:
                yield segment[3:]
            segment = []
        else:
            segment.append(token)


def bad_calls(text: str) -> list[str]:
    """The ``wirestory`` commands of a page that the argument parser refuses."""
    bad = []
    for command in shell_commands(text):
        for args in wirestory_calls(command):
            try:
                build_parser().parse_args(args)
            except SystemExit:
                bad.append(command)
    return bad


def test_every_wirestory_command_on_the_pages_parses(capsys: pytest.CaptureFixture[str]) -> None:
    """Each ``$ wirestory ...`` shown on a page is accepted by the program's parser."""
    calls = 0
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        calls += sum(1 for c in shell_commands(text) for _ in wirestory_calls(c))
        assert bad_calls(text) == [], page.name
    assert calls >= 15
    assert capsys.readouterr().err == ""


def test_a_wrong_command_on_a_page_is_caught(capsys: pytest.CaptureFixture[str]) -> None:
    """A command with an unknown option or a wrong value, even after a pipe, is reported."""
    text = """
    $ wirestory parse --reference-date 2025-04-26 stories/ > parsed.jsonl
    $ cat story.txt | wirestory parse --format yaml -
    $ wirestory parse --text-field body \\
          --jobs many dump.csv
    """
    assert bad_calls(text) == [
        "cat story.txt | wirestory parse --format yaml -",
        "wirestory parse --text-field body  --jobs many dump.csv",
    ]
    capsys.readouterr()


def script_calls(text: str, script: str) -> Iterator[list[str]]:
    """The options of each ``python SCRIPT ...`` command of a page."""
    for command in shell_commands(text):
        words = shlex.split(command, comments=True)
        if len(words) >= 2 and words[0] == "python" and words[1] == script:
            yield [w for w in words[2:] if w.startswith("--")]


def _scripts() -> list[str]:
    found = set()
    for page in PAGES:
        for command in shell_commands(page.read_text(encoding="utf-8")):
            words = command.split()
            if len(words) >= 2 and words[0] == "python" and words[1].endswith(".py"):
                found.add(words[1])
    return sorted(found)


def _script_help(script: str) -> str:
    return subprocess.run(
        [sys.executable, str((ROOT / script).resolve()), "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


def unknown_script_options(text: str, script: str, help_text: str) -> list[str]:
    """The options a page gives ``python SCRIPT`` that the script's ``--help`` lacks."""
    return [
        option
        for options in script_calls(text, script)
        for option in options
        if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text)
    ]


@pytest.mark.parametrize("script", _scripts())
def test_every_script_command_on_the_pages_names_real_options(script: str) -> None:
    """``python benchmarks/X.py --opt`` (and the scorer) on a page: the script has that option."""
    if script.startswith("../shared/") and not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    assert (ROOT / script).resolve().is_file(), script
    help_text = _script_help(script)
    for page in PAGES:
        assert unknown_script_options(page.read_text(encoding="utf-8"), script, help_text) == [], (
            page.name
        )


def test_a_script_option_that_does_not_exist_is_caught() -> None:
    """A benchmark command with an option its script lacks is reported."""
    script = "benchmarks/bench_parse.py"
    text = f"$ python {script} --corpus --repeat 3   # fine\n$ python {script} --fast\n"
    assert unknown_script_options(text, script, _script_help(script)) == ["--fast"]


# -- pages run with the standard library's doctest ----------------------------------------
@pytest.mark.parametrize("page", ["rendering.rst", "strategies.rst"])
def test_page_examples_run(page: str) -> None:
    """Every ``>>>`` line of the page gives the output shown."""
    result = doctest.testfile(str(DOCS / page), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0
