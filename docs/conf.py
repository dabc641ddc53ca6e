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
