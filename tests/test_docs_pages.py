"""The ``>>>`` examples of the rendering and strategies pages run as written."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("page", ["rendering.rst", "strategies.rst"])
def test_page_examples_run(page: str) -> None:
    """Every ``>>>`` line of the page gives the output shown."""
    result = doctest.testfile(str(DOCS / page), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0
