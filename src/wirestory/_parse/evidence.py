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

from .._model import Boilerplate, Byline, Credit, Dateline, Evidence, Note
from .._patterns import lazy
from .context import Context

EVIDENCE_KINDS: Final = frozenset({"signoff", "copyright", "source", "standards", "promo"})
"""Boilerplate kinds read for agency names: a sign-off, a copyright or source line,
a standards line or a promotion for the agency's own coverage."""

HOUSE_STYLES: Final = (
    # element    pattern (the whole element's text)                              agency
    ("credits", lazy(r"(?i)^\((?:additional\s+)?reporting\s+by\b[^()]*;"), "Reuters"),
    ("notes", lazy(r"^\(\s*\$\s*1\s*=\s*[\d.,]+\s+\p{L}[^()]*\)$"), "Reuters"),
    ("credits", lazy(r"(?i)^\W{0,6}--\s*With\s+assistance\s+from\b"), "Bloomberg"),
)
"""House styles that point to an agency without naming it, read only when no element
names one: Reuters' ``(Reporting by A; Editing by B)`` and ``($1 = 0.92 euros)``,
Bloomberg's ``--With assistance from A``."""
_URL: Final = lazy(
    r"""(?xi)
    (?:https?://|www\.)    # a web address
    \S{1,2000}+            # and its path, whose words are a page's slug, not an agency
    """
)
"""A link inside boilerplate: ``.../imran-khan-s-pti-arrested`` names no agency."""
_THE: Final = lazy(r"(?i)^\s*the\s+")
"""An article before an agency's name on a line of its own."""
STYLE: Final = "style"
"""The ``Evidence.element`` of house-style evidence."""


def find_evidence(
    *,
    dateline: Dateline | None,
    byline: Byline | None,
    credits: Iterable[Credit],
    boilerplate: Iterable[Boilerplate],
    ctx: Context,
    notes: Iterable[Note] = (),
) -> tuple[Evidence, ...]:
    """Every element that names an agency, as evidence, in input order.

    The agencies are read from the registry: the dateline's agency, the byline's, a
    credit that names an agency (``Reporting by Reuters``, ``Associated Press writer A
    contributed``, ``(With inputs from PTI)``), and boilerplate that is one of an
    agency's sign-offs or notices, names it or its copyright holder (``Copyright 2005
    The Associated Press``) or links to its domain.

    >>> from wirestory._model import Span
    >>> item = Boilerplate("signoff", "brk@yna.co.kr(END)", Span(10, 28))
    >>> [e.agency for e in find_evidence(dateline=None, byline=None, credits=(),
    ...                                  boilerplate=(item,), ctx=Context())]
    ['Yonhap']
    """
    registry = ctx.agencies
    found: list[Evidence] = []
    if dateline is not None and dateline.agency:
        found.append(Evidence(dateline.agency, "dateline", dateline.text, dateline.span))
    if byline is not None and byline.agency:
        found.append(Evidence(byline.agency, "byline", byline.text, byline.span))
    credits, notes = tuple(credits), tuple(notes)
    for credit in credits:
        if credit.role == "contributing" and all(
            registry.lookup(p.name) for p in credit.contributors
        ):
            continue  # "The Associated Press contributed to this report": another outlet's story
        named = next(
            (a for p in credit.contributors if (a := registry.lookup(p.name)) is not None), None
        ) or registry.find_in(credit.text)
        if named is not None:
            found.append(Evidence(named.name, "credits", credit.text, credit.span))
    for item in boilerplate:
        named = None
        if item.kind in EVIDENCE_KINDS:  # a sign-off or notice of the registry, else a name
            named = registry.signoff_agency(item.text) or registry.holder_agency(
                _URL.sub(" ", item.text)
            )
        if named is None and item.kind in EVIDENCE_KINDS | {"header"}:
            named = registry.domain_agency(item.text)  # -- http://www.reuters.com/...
        if named is not None:
            found.append(Evidence(named.name, "boilerplate", item.text, item.span))
    if not found:  # a line above the story that is only an agency's name: The Canadian Press
        found.extend(
            Evidence(a.name, "boilerplate", item.text, item.span)
            for item in boilerplate
            if item.kind == "deck" and (a := registry.lookup(_THE.sub("", item.text))) is not None
        )
    if not found:
        for element, pattern, agency in HOUSE_STYLES:
            styled: tuple[Credit | Note, ...] = credits if element == "credits" else notes
            found.extend(
                Evidence(agency, STYLE, e.text, e.span) for e in styled if pattern.search(e.text)
            )
    return tuple(sorted(set(found), key=lambda e: (e.span.start, e.span.end, e.agency)))


def decide_agency(dateline: Dateline | None, evidence: tuple[Evidence, ...]) -> str | None:
    """The dateline's agency, else the agency named most often (first named on a tie).

    House-style evidence is only gathered when nothing names an agency, so it decides
    only then.
    """
    if dateline is not None and dateline.agency:
        return dateline.agency
    if not evidence:
        return None
    counts = Counter(e.agency for e in evidence)
    best = max(counts.values())
    return next(e.agency for e in evidence if counts[e.agency] == best)
