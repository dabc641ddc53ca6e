"""Headlines and their desk slugs."""

from __future__ import annotations

import pytest

from wirestory._headline import make_headline

CASES: list[tuple[str, str | None, str]] = [
    ("UPDATE 2-Oil rises on Greek hopes", "UPDATE 2", "Oil rises on Greek hopes"),
    ("EXCLUSIVE-Bank weighs sale of unit", "EXCLUSIVE", "Bank weighs sale of unit"),
    ("CORRECTED-Ship sinks off coast", "CORRECTED", "Ship sinks off coast"),
    ("REFILE-Ship sinks off coast", "REFILE", "Ship sinks off coast"),
    ("RPT-Ship sinks off coast", "RPT", "Ship sinks off coast"),
    ("BRIEF-Acme Q1 profit up", "BRIEF", "Acme Q1 profit up"),
    ("FACTBOX-Who is running", "FACTBOX", "Who is running"),
    ("WRAPUP 1-Storm hits coast", "WRAPUP 1", "Storm hits coast"),
    ("Exclusive: Bank weighs sale", "Exclusive", "Bank weighs sale"),
    ("Breakingviews - Banks need a plan", "Breakingviews", "Banks need a plan"),
    ("(LEAD) N. Korea fires missile", "(LEAD)", "N. Korea fires missile"),
    ("(2nd LD) N. Korea fires missile", "(2nd LD)", "N. Korea fires missile"),
    ("-- UPDATE 1-Bank holds rates", "UPDATE 1", "Bank holds rates"),
    ("-- Special Report: Ties that bind", None, "Special Report: Ties that bind"),
    ("Oil rises as demand recovers", None, "Oil rises as demand recovers"),
]


@pytest.mark.parametrize(("line", "slug", "title"), CASES, ids=[c[0][:28] for c in CASES])
def test_slugs(line: str, slug: str | None, title: str) -> None:
    """The slug is split off; the headline text keeps the whole line."""
    headline = make_headline(line, 0, len(line))
    assert (headline.text, headline.slug, headline.title) == (line, slug, title)
