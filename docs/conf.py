"""Sphinx configuration for the wirestory documentation.

Build the site with ``python -m sphinx -W -b html docs docs/_build/html`` and run every
example with ``python -m sphinx -b doctest docs docs/_build/doctest``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent / "src"))
sys.path.insert(0, str(DOCS / "_ext"))

from wirestory import __version__  # noqa: E402 (after the path is set)

project = "wirestory"
author = "The wirestory developers"
copyright = "2026, the wirestory developers"
release = version = __version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "myst_parser",
    "wirestory_docs",  # docs/_ext: generated tables and the check of the API page
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_generated", "_generated_kinds.rst", "_generated_cli.rst"]

# -- autodoc and napoleon: Google-style docstrings, type hints in the description -----
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False

# -- MyST: Markdown pages; ```{doctest} fences are run by the doctest builder ----------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- doctest: the names every example may use without importing them ------------------
doctest_global_setup = """
import datetime
import datetime as dt
import importlib.metadata
import json

import importlib
import sys

import wirestory
from wirestory import *

# the public names of every public module, as its docstring examples use them
for _module in ("render", "strategies", "normalize", "interchange", "batch", "dask", "cli"):
    try:
        importlib.import_module(f"wirestory.{_module}")
    except ImportError:
        continue
    globals().update(
        (k, v) for k, v in vars(sys.modules[f"wirestory.{_module}"]).items() if not k.startswith("_")
    )
from wirestory import *  # the package's own names win (render is the function)
"""
doctest_test_doctest_blocks = "default"  # the >>> blocks of pages and of docstrings

# -- intersphinx, offline: inventories are shipped in docs/_intersphinx ---------------
# CI has no network, so a project is linked only when its inventory file is here (or
# when WIRESTORY_DOCS_ONLINE=1 lets Sphinx fetch it). A missing one is skipped
# silently instead of failing the -W build.
_INVENTORIES = {
    "python": "https://docs.python.org/3/",
    "attrs": "https://www.attrs.org/en/stable/",
    "dateutil": "https://dateutil.readthedocs.io/en/stable/",
}
_ONLINE = os.environ.get("WIRESTORY_DOCS_ONLINE") == "1"
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
for _name, _url in _INVENTORIES.items():
    _local = DOCS / "_intersphinx" / f"{_name}.inv"
    if _local.is_file():
        intersphinx_mapping[_name] = (_url, str(_local))
    elif _ONLINE:
        intersphinx_mapping[_name] = (_url, None)
intersphinx_timeout = 5

# -- HTML: furo ----------------------------------------------------------------------
html_theme = "furo"
html_title = f"wirestory {release}"
html_theme_options = {"navigation_with_keys": True}


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
