"""Headlines and their desk slugs."""

from __future__ import annotations

import pytest

from wirestory._parse.headline import make_headline

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
    # chained desk slugs, joined by a dash
    ("CORRECTED-UPDATE 3-Dam bursts after rain", "CORRECTED-UPDATE 3", "Dam bursts after rain"),
    ("REFILE-EXPLAINER-Why rents keep rising", "REFILE-EXPLAINER", "Why rents keep rising"),
    ("RPT-COLUMN-Copper's long wait", "RPT-COLUMN", "Copper's long wait"),
    ("CORRECTED (OFFICIAL)--Mill shuts", "CORRECTED (OFFICIAL)", "Mill shuts"),
    ("CORRECTED(OFFICIAL)-BRIEF-Acme Q2 sales", "CORRECTED(OFFICIAL)-BRIEF", "Acme Q2 sales"),
    ("OFFICIAL-CORRECTED-Mill shuts", "OFFICIAL-CORRECTED", "Mill shuts"),
    # desk slugs of more than one word (a space inside the slug)
    ("WIDER IMAGE-Salt farmers of the delta", "WIDER IMAGE", "Salt farmers of the delta"),
    ("INSTANT VIEW 2-Fed holds", "INSTANT VIEW 2", "Fed holds"),
    ("MORNING BID-A slow start", "MORNING BID", "A slow start"),
    ("IN BRIEF: Mill shuts", "IN BRIEF", "Mill shuts"),
    ("AP FACT CHECK: Claims on wages", "AP FACT CHECK", "Claims on wages"),
    ("Middle East Crude-Premiums firm", "Middle East Crude", "Premiums firm"),
    # market desks: PLACE STOCKS-, PLACE FX DEBT-
    ("CANADA STOCKS-TSX edges up", "CANADA STOCKS", "TSX edges up"),
    ("CANADA FX DEBT-Loonie slips", "CANADA FX DEBT", "Loonie slips"),
    ("TREASURIES-Yields climb", "TREASURIES", "Yields climb"),
    ("NEWSMAKER-The quiet fund boss", "NEWSMAKER", "The quiet fund boss"),
    # sports desks, mixed case, glued to the title
    ("Golf-Veteran wins playoff", "Golf", "Veteran wins playoff"),
    ("Motor racing-Team fined", "Motor racing", "Team fined"),
    # agency labels
    ("Urgent: strong quake jolts coast", "Urgent", "strong quake jolts coast"),
    ("(3rd LD) Rail strike ends", "(3rd LD)", "Rail strike ends"),
    ("(News Focus) Chip exports rebound", "(News Focus)", "Chip exports rebound"),
]

NO_SLUG = [
    "US-China talks resume",
    "EU-Oil levy agreed",
    "COVID-19 cases rise in city",
    "Hong Kong-listed shares fall",
    "Golf-course owners sue",
    "U.S.-JAPAN TRADE TALKS RESUME",
    "TEXTILE-MAKERS CUT JOBS",
]


@pytest.mark.parametrize(("line", "slug", "title"), CASES, ids=[c[0][:28] for c in CASES])
def test_slugs(line: str, slug: str | None, title: str) -> None:
    """The slug is split off; the headline text keeps the whole line."""
    headline = make_headline(line, 0, len(line))
    assert (headline.text, headline.slug, headline.title) == (line, slug, title)


@pytest.mark.parametrize("line", NO_SLUG)
def test_no_slug(line: str) -> None:
    """Compound words and place pairs with a hyphen are headline text, not a slug."""
    assert make_headline(line, 0, len(line)).slug is None
