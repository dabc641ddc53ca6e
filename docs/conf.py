"""Sphinx configuration for the wirestory documentation."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from wirestory import __version__

project = "wirestory"
author = "The wirestory developers"
copyright = "2026, the wirestory developers"
release = version = __version__

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.doctest"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False
html_theme = "alabaster"
exclude_patterns = ["_build"]


def _write_kind_tables() -> None:
    """Render the vocabulary tables as reStructuredText (the docs have no other copy)."""
    from wirestory import BOILERPLATE_KINDS, CREDIT_ROLES, NOTE_KINDS

    out: list[str] = []
    for title, table in (
        ("Credit roles (``Credit.role``)", CREDIT_ROLES),
        ("Note kinds (``Note.kind``)", NOTE_KINDS),
        ("Boilerplate kinds (``Boilerplate.kind``)", BOILERPLATE_KINDS),
    ):
        out += [
            title,
            "-" * len(title),
            "",
            ".. list-table::",
            "   :header-rows: 1",
            "",
            "   * - name",
            "     - what it is",
        ]
        for name, text in table.items():
            out += [f"   * - ``{name}``", f"     - {text}"]
        out.append("")
    target = Path(__file__).resolve().parent / "_generated_kinds.rst"
    target.write_text("\n".join(out), encoding="utf-8")


_write_kind_tables()


def _write_cli_reference() -> None:
    """Render the command line's help, formats and CSV columns from the code itself."""
    import os

    from wirestory.batch import READERS, SUFFIX_FORMATS
    from wirestory.cli import CSV_COLUMNS, WRITERS, _build

    os.environ["COLUMNS"] = "92"  # argparse wraps its help to the terminal's width
    program, parse_command = _build()
    out: list[str] = []
    for title, parser in (("wirestory --help", program), ("wirestory parse --help", parse_command)):
        out += [f"``{title}``", "~" * (len(title) + 4), "", ".. code-block:: text", ""]
        out += [f"   {line}".rstrip() for line in parser.format_help().splitlines()]
        out.append("")
    suffixes: dict[str, list[str]] = {}
    for suffix, name in SUFFIX_FORMATS.items():
        suffixes.setdefault(name, []).append(f"``{suffix}``")
    out += ["Input formats", "~~~~~~~~~~~~~", "", ".. list-table::", "   :header-rows: 1", ""]
    out += [
        "   * - ``--input-format``",
        "     - suffixes (``.gz`` looked through)",
        "     - reader",
    ]
    for name, reader in READERS.items():
        doc = (reader.__doc__ or "").strip().splitlines()[0]
        out += [
            f"   * - ``{name}``",
            f"     - {', '.join(suffixes.get(name, [])) or 'any other'}",
            f"     - {doc}",
        ]
    out += ["", "Output formats", "~~~~~~~~~~~~~~", "", ".. list-table::", "   :header-rows: 1", ""]
    out += ["   * - ``--format``", "     - what it writes"]
    for name, fmt in WRITERS.items():
        out += [f"   * - ``{name}``", f"     - {fmt.description}"]
    out += ["", "CSV columns", "~~~~~~~~~~~", "", ".. list-table::", "   :header-rows: 1", ""]
    out += ["   * - column", "     - what it holds"]
    for column, meaning, _ in CSV_COLUMNS:
        out += [f"   * - ``{column}``", f"     - {meaning}"]
    out.append("")
    target = Path(__file__).resolve().parent / "_generated_cli.rst"
    target.write_text("\n".join(out), encoding="utf-8")


_write_cli_reference()
