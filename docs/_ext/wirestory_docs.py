"""A local Sphinx extension: pages generated from the code, and a check of the API page.

Everything here runs at build time, so the tables cannot drift from the code:

* ``_generated_kinds.rst``: the vocabularies (credit roles, note and boilerplate kinds);
* ``_generated/agencies.rst``: the agency registry, one row per :class:`wirestory.Agency`;
* ``_generated/dateline_forms.rst``: one invented dateline per agency and what
  :func:`wirestory.parse_dateline` reads from it;
* ``_generated/anatomy_spans.rst``: every element of one invented story with its span;
* ``_generated/anatomy_drawing.rst``: the same story, each character marked with its element;
* ``_generated/rule_tables.rst``: the parser's ordered rule tables and its phrase rows;
* ``_generated/public_modules.rst``: the public modules and the page of each.

After reading, the build checks that the documented top-level names are exactly
``wirestory.__all__`` (a warning, so an error under ``-W``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent.parent
GENERATED = DOCS / "_generated"

#: One invented dateline per agency, in the form its copy uses (the shapes follow the
#: wire-format catalogue; the places and sentences are made up for the docs).
DATELINE_FORMS: tuple[tuple[str, str], ...] = (
    ("Reuters", "OSLO, Sept 28 (Reuters) - Ferry fares rose on Tuesday."),
    ("AP", "BOISE, Idaho (AP) — A county fair opened early."),
    ("AFP", "Lyon (France) (AFP) – The tram strike ended."),
    ("Bloomberg", "March 15 (Bloomberg) -- Copper fell for a third day."),
    ("Dow Jones", "NEW YORK (Dow Jones) -- Treasury yields edged up."),
    ("Xinhua", "KUNMING, April 16 (Xinhua) -- A new rail line opened."),
    ("PTI", "Pune, Dec 9 (PTI) The city council met on Monday."),
    ("IANS", "Jaipur, July 26 (IANS) Two new parks opened."),
    ("ANI", "Leh [Ladakh], June 9 (ANI): A road was reopened."),
    ("Yonhap", "BUSAN, Nov. 24 (Yonhap) -- Port traffic grew."),
    ("Kyodo", "SENDAI (Kyodo) -- A festival drew record crowds."),
    ("dpa", "Bremen (dpa) - Der Hafen meldete mehr Umschlag."),
    ("EFE", "Quito, 21 mar (EFE).- El consejo aprobó el plan."),
    ("Europa Press", "SEVILLA, 10 abr. (EUROPA PRESS) - La Junta aprobó el plan."),
    ("Anadolu", "IZMIR (AA) – A trade fair opened on Friday."),
    ("UPI", "Nov. 28 (UPI) -- A shipping firm cut its forecast."),
    ("Bernama", "IPOH, Aug 6 (Bernama) -- A bridge was reopened."),
    ("CNA", "Tainan, Feb. 28 (CNA) A museum reopened on Friday."),
    ("TASS", "KAZAN, June 7. /TASS/. A new airport terminal opened."),
    ("RIA Novosti", "KALININGRAD, March 3 (RIA Novosti) - Ships sailed."),
    ("Antara", "Bandung, Feb 24 (ANTARA) - A dam was inspected."),
    ("APP", "LAHORE, Mar 29 (APP): A book fair opened."),
    ("AAP", "HOBART, Jan 29 AAP - A ferry service resumed."),
    ("KUNA", "KUWAIT, Feb 25 (KUNA) -- The cabinet met."),
    ("WAM", "ABU DHABI, May 14 (WAM) -- The summit opened."),
    ("SPA", "JEDDAH, May 2 (SPA) -- The ministry announced a plan."),
    ("ANSA", "(ANSA) - TORINO, 2 FEB - Il consiglio ha votato."),
    ("KCNA", "Pyongyang, March 15 (KCNA) -- A factory was opened."),
    ("PA", "CARDIFF (PA) - Ministers met on Monday."),
    ("Canadian Press", "HALIFAX, N.S. (CP) - Fishermen protested."),
    ("BSS", "KHULNA, May 9, 2024 (BSS) - A jute mill reopened."),
    ("GNA", "Tamale, March 31, GNA - A clinic was opened."),
    ("IRNA", "IRNA – The ministry spokesman said on Monday."),
)

#: Registry rows with no dateline form above: agencies whose names are in the registry
#: but whose datelines have not been seen in real copy.
NO_DATELINE_FORM: frozenset[str] = frozenset({"MT Newswires", "Keystone-SDA", "Nexstar Media Wire"})

#: The reference date the dateline forms are read with (it gives the year of a date).
DATELINE_REFERENCE_DATE = dt.date(2024, 6, 1)

#: The story drawn on the anatomy page: invented, in the shape of a Reuters wire story.
ANATOMY_STORY = """\
UPDATE 2-Nordland ferry operator raises fares
(Adds minister's comment in paragraph 3)
By Kari Vold and Tomas Lind
BODO, Norway, Sept 28 (Reuters) - Nordland Ferries will raise fares by 8% from
October, the operator said on Tuesday.

The company said fuel costs had risen by 120 million crowns.

"We will watch the routes closely," the transport minister said.

($1 = 10.72 Norwegian crowns)
(Reporting by Kari Vold in Bodo; Editing by Anna Berg)
"""

#: The reference date the anatomy story is parsed with.
ANATOMY_DATE = dt.date(2021, 9, 28)


def _literal(text: str | None) -> str:
    """Inline literal for a list-table cell (empty for nothing)."""
    if not text:
        return ""
    return "``" + text.replace("\n", "\\n").replace("``", "` `") + "``"


def _literals(values: Iterable[str]) -> str:
    return ", ".join(_literal(v) for v in values)


def _list_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], widths: str = ""
) -> list[str]:
    out = [".. list-table::", "   :header-rows: 1"]
    if widths:
        out.append(f"   :widths: {widths}")
    out.append("")
    for row in (header, *rows):
        out.append(f"   * - {row[0] or ' '}")
        out += [f"     - {cell or ' '}" for cell in row[1:]]
    out.append("")
    return out


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(lines)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def write_kind_tables() -> None:
    """Render the vocabulary tables (the docs have no other copy)."""
    from wirestory import BOILERPLATE_KINDS, CREDIT_ROLES, NOTE_KINDS

    out: list[str] = []
    for title, table in (
        ("Credit roles (``Credit.role``)", CREDIT_ROLES),
        ("Note kinds (``Note.kind``)", NOTE_KINDS),
        ("Boilerplate kinds (``Boilerplate.kind``)", BOILERPLATE_KINDS),
    ):
        out += [title, "-" * len(title), ""]
        out += _list_table(("name", "what it is"), ((f"``{k}``", v) for k, v in table.items()))
    _write(DOCS / "_generated_kinds.rst", out)


def write_agency_table() -> None:
    """The registry, one row per agency, in lookup order."""
    from wirestory import DEFAULT_REGISTRY

    rows = (
        (
            f"**{a.name}**",
            _literals(a.aliases),
            _literals(a.tokens),
            _literals(a.bare_tokens),
            _literals(s or "(none)" for s in a.separators),
            _literals(a.domains),
        )
        for a in DEFAULT_REGISTRY.agencies
    )
    header = ("name", "aliases", "dateline tokens", "bare tokens", "separators", "domains")
    out = [f"{len(DEFAULT_REGISTRY.agencies)} agencies, in the order they are looked up.", ""]
    _write(GENERATED / "agencies.rst", out + _list_table(header, rows, "12 26 20 10 12 20"))


def write_dateline_forms() -> None:
    """One dateline per agency and what ``parse_dateline`` reads from it."""
    from sphinx.util import logging

    from wirestory import parse_dateline

    logger = logging.getLogger(__name__)
    rows = []
    for agency, line in DATELINE_FORMS:
        d = parse_dateline(line, reference_date=DATELINE_REFERENCE_DATE)
        if d is None or d.agency != agency:
            logger.warning("the %s dateline form %r is not read as %s", agency, line, agency)
        if d is None:
            rows.append((agency, _literal(line), "(no dateline)", "", "", "", ""))
            continue
        rows.append(
            (
                agency,
                _literal(d.text),
                _literals(d.locations),
                _literal(d.region),
                _literal(d.date_text),
                d.date.isoformat() if d.date else "",
                _literal(d.agency),
            )
        )
    header = (
        "agency",
        "dateline as written",
        "locations",
        "region",
        "date text",
        "date",
        "agency read",
    )
    from wirestory import DEFAULT_REGISTRY

    shown = {agency for agency, _ in DATELINE_FORMS}
    for row in DEFAULT_REGISTRY.agencies:
        if row.name not in shown | NO_DATELINE_FORM:
            logger.warning("the agency %s has no dateline form on the agencies page", row.name)
    unshown = [a.name for a in DEFAULT_REGISTRY.agencies if a.name in NO_DATELINE_FORM]
    note = [
        "",
        f"No dateline form is shown for {', '.join(unshown)}: their names are in the registry,",
        "but no dateline of theirs has been seen in real copy.",
        "",
    ]
    _write(
        GENERATED / "dateline_forms.rst", _list_table(header, rows, "10 30 12 10 10 12 10") + note
    )


def write_anatomy_spans() -> None:
    """Every element of the anatomy story, in reading order, with its span."""
    from wirestory import Credit, Note, Paragraph, parse

    story = parse(ANATOMY_STORY, reference_date=ANATOMY_DATE)
    rows = []
    for element in sorted(story.elements(), key=lambda e: e.span.start):
        kind = type(element).__name__
        if isinstance(element, Note):
            kind += f" ({element.kind})"
        elif isinstance(element, Credit):
            kind += f" ({element.role})"
        elif isinstance(element, Paragraph):
            kind += f" {story.paragraphs.index(element) + 1}"
        span = element.span
        rows.append((kind, f"[{span.start}, {span.end})", _literal(element.text)))
    _write(
        GENERATED / "anatomy_spans.rst",
        _list_table(("element", "span", "text (``story.source[start:end]``)"), rows, "18 10 72"),
    )


def _mark(element: object, story: Any) -> str:
    """The one-character mark that the drawing puts under an element's characters."""
    from wirestory import Boilerplate, Byline, Credit, Dateline, Headline, Note, Paragraph

    if isinstance(element, Paragraph):
        return str(story.paragraphs.index(element) + 1)[-1]
    if isinstance(element, Note):
        return "$" if element.kind == "currency" else "n"
    if isinstance(element, Credit):  # alternate, so that each credit shows where it ends
        return "cC"[story.credits.index(element) % 2]
    marks = {Headline: "H", Byline: "B", Dateline: "D", Credit: "c", Boilerplate: "x"}
    return next(m for cls, m in marks.items() if isinstance(element, cls))


def write_anatomy_drawing() -> None:
    """The anatomy story with a line of marks under each line: which element owns each character."""
    from wirestory import parse

    story = parse(ANATOMY_STORY, reference_date=ANATOMY_DATE)
    owner = [" "] * len(story.source)
    for element in story.elements():
        mark = _mark(element, story)
        for i in range(element.span.start, element.span.end):
            if not story.source[i].isspace():
                owner[i] = mark
    out = [".. code-block:: text", ""]
    start = 0
    for line in story.source.split("\n"):
        marks = "".join(owner[start : start + len(line)]).rstrip()
        out.append(f"   {start:>4}  {line}" if line else "")
        if marks:
            out.append(f"         {marks}")
        start += len(line) + 1
    out += [
        "",
        "   H headline   n note   B byline   D dateline   1 2 3 paragraphs",
        "   $ currency note   c C credits (one role each)   x boilerplate",
        "   (a blank: white space between elements)",
        "",
    ]
    _write(GENERATED / "anatomy_drawing.rst", out)


def _summary(rule: object) -> str:
    """The first paragraph of a rule's docstring, on one line."""
    doc = (getattr(rule, "__doc__", None) or "").strip()
    if not doc:
        return ""
    return " ".join(doc.split("\n\n", 1)[0].split())


#: The rule tables of the parser, in the order the pipeline runs them: (step, module,
#: table name, what the table decides).
RULE_TABLES: tuple[tuple[str, str, str, str], ...] = (
    ("1", "opening", "OPENING_ENDERS", "what ends the opening (the first that matches)"),
    ("1", "regions", "OPENING_RULES", "each line of the opening before it"),
    ("3", "regions", "ENDING_RULES", "the last blocks, from the end back"),
    ("3", "regions", "GLUED_RULES", "what is glued to the last sentence"),
    ("4", "regions", "BODY_RULES", "each block of the body; else a paragraph"),
)


def write_rule_tables() -> None:
    """The ordered rule tables of each region and the phrase rows, read from the parser."""
    import importlib

    from sphinx.util import logging

    from wirestory._parse import phrases

    logger = logging.getLogger(__name__)
    out: list[str] = []
    for step, module, name, role in RULE_TABLES:
        table = getattr(importlib.import_module(f"wirestory._parse.{module}"), name, None)
        if table is None:
            logger.warning("no rule table %s in _parse/%s.py: update RULE_TABLES", name, module)
            continue
        title = f"Step {step}: ``{name}`` (``_parse/{module}.py``), {role}"
        out += [title, "~" * len(title), ""]
        rows = (
            (
                str(i),
                f"``{rule.__name__}``",
                _summary(rule) or "the phrase rows of this region (below) matched on a block",
            )
            for i, rule in enumerate(table, 1)
        )
        out += _list_table(("#", "rule", "what it takes"), rows, "4 22 74")
    kinds: dict[tuple[str, str], tuple[int, set[str]]] = {}
    for table_name in ("NOTE_ROWS", "BOILERPLATE_ROWS"):
        for kind, regions, _pattern in getattr(phrases, table_name):
            count, where = kinds.get((table_name, kind), (0, set()))
            kinds[(table_name, kind)] = (count + 1, where | set(regions))
    for kind, _pattern in phrases.INLINE_ROWS:
        count, where = kinds.get(("INLINE_ROWS", kind), (0, set()))
        kinds[("INLINE_ROWS", kind)] = (count + 1, where | {"body (inline)"})
    title = "Phrase rows (``_parse/phrases.py``), by kind"
    out += [title, "~" * len(title), ""]
    rows2 = (
        (
            f"``{table}``",
            f"``{kind}``",
            str(count),
            ", ".join(sorted(where)) or "(none: only a rule of the tables above uses it)",
        )
        for (table, kind), (count, where) in kinds.items()
    )
    out += _list_table(("table", "kind", "rows", "regions where it may stand"), rows2, "24 24 8 44")
    _write(GENERATED / "rule_tables.rst", out)


#: Each public module of the package and the page that documents it (with its extra).
MODULE_PAGES: dict[str, tuple[str, str]] = {
    "batch": ("at-scale", ""),
    "cli": ("cli", ""),
    "dask": ("at-scale", "dask"),
    "interchange": ("interchange", ""),
    "normalize": ("normalization", "geo, for place ids"),
    "render": ("rendering", ""),
    "strategies": ("strategies", "hypothesis"),
}


def public_modules() -> list[str]:
    """The public modules of the package: those whose names do not start with ``_``."""
    import pkgutil

    import wirestory

    return sorted(m.name for m in pkgutil.iter_modules(wirestory.__path__) if m.name[0] != "_")


def write_module_table() -> None:
    """The public modules, what each is for and the page that documents it."""
    import importlib

    from sphinx.util import logging

    logger = logging.getLogger(__name__)
    rows = []
    for name in public_modules():
        if name not in MODULE_PAGES:
            logger.warning("the public module wirestory.%s has no page in MODULE_PAGES", name)
            continue
        page, extra = MODULE_PAGES[name]
        module = importlib.import_module(f"wirestory.{name}")
        summary = " ".join((module.__doc__ or "").strip().split("\n\n", 1)[0].split())
        needs = f'``pip install "wirestory[{extra.split(",")[0]}]"``' if extra else ""
        if extra and "," in extra:
            needs += extra[extra.index(",") :]
        rows.append((f"``wirestory.{name}``", summary, needs, f":doc:`{page}`"))
    for name in sorted(set(MODULE_PAGES) - set(public_modules())):
        logger.warning("MODULE_PAGES names wirestory.%s, which is not a public module", name)
    header = ("module", "what it is for", "needs", "documented on")
    _write(GENERATED / "public_modules.rst", _list_table(header, rows, "18 50 16 16"))


def generate(_app: Any = None) -> None:
    """Write every generated file (run when the builder starts)."""
    write_kind_tables()
    write_agency_table()
    write_dateline_forms()
    write_anatomy_spans()
    write_anatomy_drawing()
    write_rule_tables()
    write_module_table()


def _is_module(name: str) -> bool:
    """Whether ``name`` is a public module of the package (documented on its own page)."""
    import importlib.util

    return importlib.util.find_spec(name) is not None


def check_api_page(app: Any, env: Any) -> None:
    """Warn unless the documented ``wirestory.X`` names are exactly ``wirestory.__all__``."""
    from sphinx.util import logging

    import wirestory

    logger = logging.getLogger(__name__)
    public = set(wirestory.__all__)
    top_level = {
        name.split(".", 2)[1]
        for name in env.get_domain("py").objects
        if name.startswith("wirestory.")
    }
    # autodoc also records each object under its defining private module (its canonical
    # name); those are not public names
    documented = {name for name in top_level if name in public or not name.startswith("_")}
    for name in sorted(public - documented):
        logger.warning("wirestory.%s is in __all__ but not documented", name)
    modules = {name for name in documented - public if _is_module(f"wirestory.{name}")}
    for name in sorted(documented - public - modules):
        logger.warning("wirestory.%s is documented but not in __all__", name)
    objects = set(env.get_domain("py").objects)
    for name in undocumented_module_names(objects):
        logger.warning("%s is in its module's __all__ but not documented", name)


def undocumented_module_names(objects: set[str]) -> list[str]:
    """The names in a public module's ``__all__`` that no page documents.

    A name counts as documented under its public path (``wirestory.batch.READERS``),
    as a top-level name, or under the private module that defines it.
    """
    import importlib

    missing = []
    for module_name in public_modules():
        try:
            module = importlib.import_module(f"wirestory.{module_name}")
        except ImportError:  # an optional extra that is not installed
            continue
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            canonical = f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
            if {f"wirestory.{module_name}.{name}", f"wirestory.{name}", canonical}.isdisjoint(
                objects
            ):
                missing.append(f"wirestory.{module_name}.{name}")
    return missing


def setup(app: Any) -> dict[str, Any]:
    """Register the generators and the check with Sphinx."""
    app.connect("builder-inited", generate)
    app.connect("env-check-consistency", check_api_page)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
