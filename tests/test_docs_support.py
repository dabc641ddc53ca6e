"""What the documentation relies on: short reprs and readable help (the pages: test_docs_pages)."""

from __future__ import annotations

import pydoc

import pytest

import wirestory
from wirestory import DEFAULT_REGISTRY, Agency, AgencyRegistry


@pytest.mark.parametrize(
    ("registry", "expected"),
    [
        pytest.param(AgencyRegistry(()), "AgencyRegistry(<0 agencies>)", id="empty"),
        pytest.param(AgencyRegistry((Agency("Wire One"),)), "AgencyRegistry(<1 agency>)", id="one"),
        pytest.param(
            AgencyRegistry((Agency("Wire One"), Agency("Wire Two"))),
            "AgencyRegistry(<2 agencies>)",
            id="two",
        ),
        pytest.param(
            DEFAULT_REGISTRY,
            f"AgencyRegistry(<{len(DEFAULT_REGISTRY.agencies)} agencies>)",
            id="default",
        ),
    ],
)
def test_registry_repr_gives_the_count_not_the_rows(
    registry: AgencyRegistry, expected: str
) -> None:
    """A registry's repr is one short line, whatever its size."""
    assert repr(registry) == expected


def test_extended_registry_repr_counts_the_new_rows() -> None:
    """``extend`` returns a registry whose repr counts the added row."""
    extended = DEFAULT_REGISTRY.extend(Agency("Wire One"))
    assert repr(extended) == f"AgencyRegistry(<{len(DEFAULT_REGISTRY.agencies) + 1} agencies>)"


@pytest.mark.parametrize("name", ["parse", "parse_dateline", "parse_byline", "parse_credits"])
def test_help_fits_on_a_screen(name: str) -> None:
    """``help()`` of a parse function spells no table out: a screen of short lines."""
    lines = pydoc.plain(pydoc.render_doc(getattr(wirestory, name))).splitlines()
    assert len(lines) <= 40
    assert max(len(line) for line in lines) < 240
    assert not any("Agency(name=" in line for line in lines)


def test_parse_signature_shows_the_registry_by_its_count() -> None:
    """The default of ``agencies`` reads as the short repr in the signature."""
    text = pydoc.plain(pydoc.render_doc(wirestory.parse))
    signature = text.splitlines()[2]
    assert "agencies: 'AgencyRegistry' = AgencyRegistry(<" in signature
    assert len(signature) < 200
