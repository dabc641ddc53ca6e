"""Which agency wrote the story: evidence from every element that names one.

>>> from wirestory import parse
>>> story = parse("Prices rose.\\n\\nEnditem")
>>> story.agency, [e.element for e in story.evidence]
('Xinhua', ['boilerplate'])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Final

import regex

from ._context import Context
from ._model import Boilerplate, Byline, Credit, Dateline, Evidence

SIGNOFFS: Final = (
    # pattern (searched in sign-off, copyright and source boilerplate)   agency
    (regex.compile(r"(?i)^\s*Enditem\b"), "Xinhua"),
    (regex.compile(r"^\s*Reuter\s*$"), "Reuters"),
    (regex.compile(r"(?i)==\s*Kyodo"), "Kyodo"),
    (regex.compile(r"(?i)yna\.co\.kr"), "Yonhap"),
    (regex.compile(r"(?i)\bAssociated\s+Press\b"), "AP"),
    (regex.compile(r"(?i)\bThomson\s+Reuters\b|\bReuters\b"), "Reuters"),
    (regex.compile(r"(?i)\bXinhua\b"), "Xinhua"),
    (regex.compile(r"(?i)\bBloomberg\b"), "Bloomberg"),
    (regex.compile(r"(?i)\bAgence\s+France|\bAFP\b"), "AFP"),
)
"""Sign-offs and copyright lines that name an agency."""

_AP: Final = regex.compile(r"(?i)\bAssociated\s+Press\b")
_BOILERPLATE_KINDS: Final = frozenset({"signoff", "copyright", "source"})


def find_evidence(
    *,
    dateline: Dateline | None,
    byline: Byline | None,
    credits: Iterable[Credit],
    boilerplate: Iterable[Boilerplate],
    ctx: Context,
) -> tuple[Evidence, ...]:
    """Every element that names an agency, as evidence, in input order."""
    found: list[Evidence] = []
    if dateline is not None and dateline.agency:
        found.append(Evidence(dateline.agency, "dateline", dateline.text, dateline.span))
    if byline is not None and byline.agency:
        found.append(Evidence(byline.agency, "byline", byline.text, byline.span))
    for credit in credits:
        for person in credit.contributors:
            agency = ctx.agencies.lookup(person.name)
            if agency is not None:
                found.append(Evidence(agency.name, "credits", credit.text, credit.span))
        if credit.role == "contributing" and _AP.search(credit.text):
            found.append(Evidence("AP", "credits", credit.text, credit.span))
    for item in boilerplate:
        if item.kind not in _BOILERPLATE_KINDS:
            continue
        for pattern, agency_name in SIGNOFFS:
            if pattern.search(item.text):
                found.append(Evidence(agency_name, "boilerplate", item.text, item.span))
                break
    return tuple(sorted(set(found), key=lambda e: (e.span, e.agency)))


def decide_agency(dateline: Dateline | None, evidence: tuple[Evidence, ...]) -> str | None:
    """The dateline's agency, else the agency named most often (first named on a tie)."""
    if dateline is not None and dateline.agency:
        return dateline.agency
    if not evidence:
        return None
    counts = Counter(e.agency for e in evidence)
    best = max(counts.values())
    return next(e.agency for e in evidence if counts[e.agency] == best)
