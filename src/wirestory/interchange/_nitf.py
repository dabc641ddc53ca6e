"""NITF 3.6 out and in: ``to_nitf`` and ``from_nitf``.

Where the parts go (NITF element documentation quoted in ``docs/interchange.rst``):
headline ``body.head/hedline/hl1``; byline ``body.head/byline`` with a ``person`` around
each name; agency ``body.head/distributor/org``; dateline ``body.head/dateline`` with a
``location/city`` around each city, ``location/region`` around the region and
``story.date@norm`` around the date; paragraphs ``body.content/p`` (the first with
``lede="true"``); credit clauses ``body.end/tagline`` (NITF's ``credit`` attributes a
block quote); notes of kind ``top``, ``editors`` and ``correction`` in
``head/docdata/ed-msg`` (``msg-type`` the kind, ``info`` the text) and the publishable
``currency`` and ``disclaimer`` notes in ``body.head/note`` (``class`` the kind).

>>> from wirestory import parse
>>> import datetime as dt
>>> xml = to_nitf(parse("PARIS, Jan. 2 (AFP) - Hi.", reference_date=dt.date(2025, 1, 2)))
>>> '<story.date norm="20250102T000000+0000">Jan. 2</story.date>' in xml
True
>>> from_nitf(xml).dateline.locations
('PARIS',)
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from typing import Final

from .. import parse_credits
from .._errors import FormatError
from .._model import Story
from .._vocab import NOTE_KINDS
from ._assemble import CreditRow, StoryParts, non_blank
from ._xml import local_name, read_xml, xml_safe

NITF_NAMESPACE: Final = "http://iptc.org/std/NITF/2006-10-18/"
"""The XML namespace of NITF 3.x (the XSD's target namespace)."""

NITF_VERSION: Final = "-//IPTC//DTD NITF 3.6//EN"
"""The value of ``nitf@version`` for NITF 3.6."""

UNPUBLISHED_NOTE_KINDS: Final = frozenset({"top", "editors", "correction"})
"""Note kinds written as ``docdata/ed-msg`` (non-publishable); the others go to ``note``."""


def _el(parent: ET.Element, name: str, text: str | None = None, **attrib: str) -> ET.Element:
    child = ET.SubElement(parent, name, attrib)
    if text is not None:
        child.text = xml_safe(text)
    child.tail = "\n"
    return child


def _mixed(parent: ET.Element, text: str, marks: Sequence[tuple[str, tuple[str, ...]]]) -> None:
    """Write ``text`` into ``parent``, wrapping each mark (found in order) in its tags.

    A mark is ``(substring, (outer, inner, ...))``; a mark not found after the previous
    one is left as plain text, so the element's text is always ``text``.
    """
    pos, last = 0, None
    parent.text = ""
    for needle, tags in marks:
        at = text.find(needle, pos) if needle else -1
        if at < 0:
            continue
        before = xml_safe(text[pos:at])
        if last is None:
            parent.text += before
        else:
            last.tail = (last.tail or "") + before
        outer = inner = ET.SubElement(parent, tags[0])
        for tag in tags[1:]:
            inner = ET.SubElement(inner, tag)
        inner.text = xml_safe(needle)
        last, pos = outer, at + len(needle)
    rest = xml_safe(text[pos:])
    if last is None:
        parent.text += rest
    else:
        last.tail = (last.tail or "") + rest


def _norm(story: Story) -> dict[str, str]:
    date = story.dateline.date if story.dateline else None
    return {"norm": f"{date:%Y%m%d}T000000+0000"} if date else {}


def to_nitf(story: Story) -> str:
    """The story as an NITF 3.6 document (a ``str`` of XML), valid against the IPTC XSD.

    Characters XML 1.0 cannot carry (control characters other than tab and line breaks)
    are written as U+FFFD.

    >>> from wirestory import parse
    >>> xml = to_nitf(parse("LONDON (Reuters) - One.\\n\\nTwo.\\n(Editing by Al Mo)"))
    >>> '<p lede="true">One.</p>' in xml, '<tagline type="std">(Editing by Al Mo)</tagline>' in xml
    (True, True)
    """
    root = ET.Element("nitf", {"xmlns": NITF_NAMESPACE, "version": NITF_VERSION})
    root.text = "\n"
    head = _el(root, "head")
    head.text = "\n"
    if story.headline is not None:
        _el(head, "title", story.headline.text)
    ed_msgs = [n for n in story.notes if n.kind in UNPUBLISHED_NOTE_KINDS]
    if ed_msgs:
        docdata = _el(head, "docdata")
        for note in ed_msgs:
            _el(docdata, "ed-msg", **{"msg-type": note.kind, "info": xml_safe(note.text)})
    body = _el(root, "body")
    body.text = "\n"
    body_head = _el(body, "body.head")
    body_head.text = "\n"
    if story.headline is not None:
        _el(_el(body_head, "hedline"), "hl1", story.headline.text)
    for note in story.notes:
        if note.kind not in UNPUBLISHED_NOTE_KINDS:
            note_el = _el(body_head, "note", noteclass="end", **{"class": note.kind})
            _el(_el(note_el, "body.content"), "p", note.text)
    if story.byline is not None:
        people: list[tuple[str, tuple[str, ...]]] = [
            (c.name, ("person",)) for c in story.byline.contributors
        ]
        _mixed(_el(body_head, "byline"), story.byline.text, people)
    if story.agency is not None:
        _el(_el(body_head, "distributor"), "org", story.agency).tail = None  # mixed content
    if story.dateline is not None:
        d = story.dateline
        marks: list[tuple[str, tuple[str, ...]]]
        marks = [(city, ("location", "city")) for city in d.locations]
        marks += [(d.region or "", ("location", "region")), (d.date_text or "", ("story.date",))]
        dateline = _el(body_head, "dateline")
        _mixed(dateline, d.text, marks)
        for date_el in dateline.iter("story.date"):
            date_el.attrib.update(_norm(story))
    content = _el(body, "body.content")
    content.text = "\n"
    for i, paragraph in enumerate(story.paragraphs):
        _el(content, "p", paragraph.text, **({"lede": "true"} if i == 0 else {}))
    clauses = list(dict.fromkeys(c.text for c in story.credits))
    if clauses:
        _el(_el(body, "body.end"), "tagline", " ".join(clauses), type="std")
    xml: str = ET.tostring(root, encoding="unicode")
    xml = xml.replace("\r", "&#13;")  # a parser would read a raw CR LF as LF
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n"


def _text(element: ET.Element | None) -> str | None:
    return None if element is None else "".join(element.itertext())


def _all(root: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in root.iter() if local_name(e.tag) == name]


def _first(root: ET.Element | None, name: str) -> ET.Element | None:
    return None if root is None else next(iter(_all(root, name)), None)


def _date(dateline: ET.Element | None) -> dt.date | None:
    story_date = _first(dateline, "story.date")
    norm = "" if story_date is None else story_date.get("norm", "")
    try:
        return dt.date(int(norm[0:4]), int(norm[4:6]), int(norm[6:8]))
    except ValueError:
        return None


def _credit_rows(tagline: str | None) -> tuple[CreditRow, ...]:
    if not tagline:
        return ()
    return tuple(CreditRow(c.role, c.text, c.contributors) for c in parse_credits(tagline))


def _notes(root: ET.Element) -> Iterable[tuple[str, str]]:
    for element in root.iter():
        name = local_name(element.tag)
        if name == "ed-msg" and element.get("info"):
            kind = element.get("msg-type", "editors")
            yield (kind if kind in NOTE_KINDS else "editors"), element.get("info", "")
        elif name == "note":
            kind = element.get("class", "editors")
            yield (kind if kind in NOTE_KINDS else "editors"), _text(element) or ""


def from_nitf(xml: str | bytes) -> Story:
    """Read an NITF document (3.x, with or without its namespace) into a story.

    Entity declarations are refused (an XML bomb or an external entity gives a
    ``FormatError``, and nothing is expanded or fetched). The story's text is written from
    the NITF parts, each element's span pointing into it; credit roles are read back from
    the ``tagline`` text.

    Raises:
        FormatError: ``xml`` is not well-formed, declares entities, or has no ``nitf``
            root element.

    >>> story = from_nitf("<nitf><body><body.content><p>Hi.</p></body.content></body></nitf>")
    >>> story.body
    'Hi.'
    """
    root = read_xml(xml, what="NITF")
    if local_name(root.tag) != "nitf":
        raise FormatError(f"NITF input has no <nitf> root element (found <{local_name(root.tag)}>)")
    body_head = _first(root, "body.head")
    hedline = _first(_first(body_head, "hedline"), "hl1")
    byline, dateline = _first(body_head, "byline"), _first(body_head, "dateline")
    cities = [_text(c) or "" for c in _all(dateline, "city")] if dateline is not None else []
    notes = list(_notes(root))
    return StoryParts(
        headline=_text(hedline),
        byline=_text(byline),
        byline_people=tuple(_text(p) or "" for p in _all(byline, "person"))
        if byline is not None
        else (),
        dateline=_text(dateline),
        locations=tuple(cities) or None,
        date=_date(dateline),
        paragraphs=non_blank(
            _text(p)
            for content in _all(root, "body.content")
            if not _inside_note(root, content)
            for p in content
            if local_name(p.tag) == "p"
        ),
        credits=_credit_rows(_text(_first(_first(root, "body.end"), "tagline"))),
        notes=non_blank(text for _, text in notes),
        note_kinds=tuple(kind for kind, text in notes if text.strip()),
        agency=(_text(_first(body_head, "distributor")) or "").strip() or None,
    ).assemble()


def _inside_note(root: ET.Element, content: ET.Element) -> bool:
    return any(content in list(note) for note in _all(root, "note"))
