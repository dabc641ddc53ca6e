"""The byline rule: ``By Jane Doe and John Roe, Reuters``.

Grammar::

    byline := ["--"] "By" names ["," title] | agency-only
    names  := person (("," | "and" | "&") person)*
    title  := "Associated Press Writer" | "Reuters" | ... (anything after a comma)

>>> b = parse_byline("By ANDREW TAYLOR, Associated Press Writer")
>>> [(p.name, p.display_name) for p in b.contributors], b.agency
([('ANDREW TAYLOR', 'Andrew Taylor')], 'AP')
>>> parse_byline("By Reuters").contributors
()
"""

from __future__ import annotations

from typing import Final

from .._agencies import DEFAULT_REGISTRY, AgencyRegistry
from .._errors import expect_str
from .._model import Byline, Contributor, Span
from .._patterns import lazy
from .._text import SPACE, strip_span
from .context import Context
from .dates import resolve_date
from .document import Document, Range
from .people import clean_piece, read_person

_BY: Final = lazy(
    rf"""(?xi)
    (?:--{SPACE}*|\*\*{SPACE}*|\({SPACE}*)?  # "-- By" (dataset header), "**By" (markdown), "(By"
    by{SPACE}*:?{SPACE}+                   # By
    (?P<rest>\S[^\r\n]*?                   # names and titles
       (?:\r?\n[ \t]*[^\r\n]{{2,60}}?)?)   # a title on the next line
    (?:{SPACE}*(?:\*\*|\)))?               # the closing "**" or ")"
    """
)
TITLE_WORDS: Final = (
    # words before a job title (any number): beats and ranks
    "Chief Senior Special National Business Economics Medical Science Sports Political",
    "Diplomatic Legal Technology Tech Entertainment Food Travel Staff Foreign Bureau Deputy",
    "Investigative Markets Contributing Managing Associate Assistant Health Education",
    "Environment Energy Finance Financial Crime Courts Court Religion Congressional Global",
    "International Metro Defense Security Climate Aviation Auto Automotive Video Photo",
)
TITLE_NOUNS: Final = (
    # the job titles themselves, singular; a plural "s" is allowed
    "Writer Correspondent Reporter Editor Staff Columnist Journalist Producer Photographer",
    "Videojournalist Analyst Contributor",
)
"""Job titles as words: ``AP Business Writer``, ``Staff Reporter``, ``Senior Correspondent``."""


def _words(rows: tuple[str, ...]) -> str:
    return "|".join(w for row in rows for w in row.split())


TITLES: Final = lazy(
    rf"""(?xi)
    (?:(?:The\s+)?Associated\s+Press|AP|Reuters|Bloomberg(?:\s+News)?|AFP|IANS)?\s*
    (?:(?:{_words(TITLE_WORDS)})\s+){{0,3}}                # Senior Economics
    (?:{_words(TITLE_NOUNS)})s?                             # Writer(s)
    (?:\s+(?:at\s+large|in\s+chief))?                      # Editor at large
    |for\s+(?:the\s+)?\w+(?:\s+\w+){{0,3}}
    """
)
"""Job titles that follow the names in a byline (never part of a name)."""

_SPLIT: Final = lazy(
    r"(?i)\s*(?:,|;|&|\||\r?\n|\band\b|\bwith\b)\s*|\s+[-\u2013\u2014/]\s+"  # ... and / - — /
)
_PAREN_AGENCY: Final = lazy(r"\s*\((?P<agency>[^()\r\n]{2,40})\)?\s*$")
"""An agency in parentheses after the names: ``By Jo Li and Al Mo (Reuters)``."""
_TICKER: Final = lazy(
    r"""(?x)
    \s*\(\s*                      # a parenthesis
    [\p{Lu}\d.]{1,12}+\s*:\s*      # an exchange and its colon: NSE: / NYSE:
    [\p{Lu}\d.]{1,12}+\s*(?:\)|$)   # the symbol: RYMD) / 7203.T) (the byline's own ")")
    """
)
"""A ticker a republisher linked to a name: ``By Jo Li (NSE:JOLI)``; no part of a name."""
OUTLET_NOUNS: Final = (
    # the last word of a newspaper's, a wire's or a site's name; one line to extend
    "Wire Wires Newswire Newswires News Press Service Agency Times Post Journal Herald",
    "Tribune Gazette Chronicle Observer Daily Bulletin Review Magazine Media Radio TV",
    "Television Network Online",
)
_OUTLET: Final = lazy(
    rf"""(?x)
    (?:The\s+)?(?:\p{{Lu}}[\p{{L}}&.'’-]*+\s+){{0,4}}+  # The Harbour Valley
    (?:{"|".join(w for row in OUTLET_NOUNS for w in row.split())})  # Gazette
    |The\s+\p{{Lu}}\S*+(?:\s+\p{{Lu}}\S*+){{0,4}}+     # The Harbourville Clarion
    |\S+\.(?:com|net|org)                                 # example.com
    """
)
"""An outlet named after the people of a byline (``By Jo Li, Harbour Newswires``): no person."""
_STAMP_AFTER: Final = lazy(
    r"""(?x)
    \s*+[|·•]\s*+                   # a bar or a dot after the names
    (?=[^|·•\n]{0,40}?\d)            # then a date or a time: | March 3, 2025
    [^\n]{1,60}+$
    """
)
"""A time stamp after a bar at the end of a byline: ``By Jo Li | March 3, 2025``."""
_ACRONYM: Final = lazy(r"\p{Lu}{2,5}")
"""A word of two to five capitals standing alone: an outlet's initials (``CNN``), no person."""
_AFP: Final = lazy(
    r"""(?x)
    (?P<rest>.{3,160}?)\s+(?P<agency>AFP)     # Nico GARCIA with Daria ANDRIIEVSKA in Kyiv AFP
    """
)
"""AFP's byline with no ``By``: each surname in capitals, the agency at the end."""
_CAPS_SURNAME: Final = lazy(r"(?:\p{Lu}[\p{Ll}\-']*\s+){1,3}\p{Lu}{2}[\p{Lu}\-' ]*+")
MAX_LENGTH: Final = 200


def parse_byline(text: str, /, *, agencies: AgencyRegistry = DEFAULT_REGISTRY) -> Byline | None:
    """The byline that ``text`` is, or ``None``; spans are offsets into ``text``.

    >>> [p.name for p in parse_byline("By Ingrid Melander and Harry Papachristou").contributors]
    ['Ingrid Melander', 'Harry Papachristou']
    >>> parse_byline("By the end of the day, prices had fallen.") is None
    True
    """
    expect_str("parse_byline", "the byline", text)
    return parse_byline_at(text, 0, len(text), agencies=agencies)


def parse_byline_at(
    text: str, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> Byline | None:
    """The byline that ``text[start:end]`` is, or ``None``: the byline rule."""
    stop = end
    s, e = strip_span(text, start, stop)
    if e - s > MAX_LENGTH:
        return None
    m = _BY.fullmatch(text, s, e)
    if m is None:
        return (
            _agency_only(text, s, e, agencies)
            or _afp(text, s, e, agencies)
            or _named_agency(text, s, e, agencies)
        )
    found = _people(m["rest"], agencies)
    if found is None:
        return None
    people, agency = found
    if not people and agency is None:
        return None
    return Byline(text[s:e], Span(s, e), tuple(people), agency)


def _people(rest: str, agencies: AgencyRegistry) -> tuple[list[Contributor], str | None] | None:
    """The people and the agency of a byline's name list, or ``None``."""
    people: list[Contributor] = []
    agency: str | None = None
    paren = _PAREN_AGENCY.search(rest)
    if paren is not None and (found := agencies.lookup(paren["agency"])) is not None:
        agency, rest = found.name, rest[: paren.start()]
    rest = _STAMP_AFTER.sub("", _TICKER.sub("", rest))
    last = rest.rfind(",")
    outlet = clean_piece(rest[last + 1 :]) if last > 0 else ""
    if outlet and _OUTLET.fullmatch(outlet) and agencies.lookup(outlet) is None:
        rest = rest[:last]  # By Jo Li, Harbour Newswires: the outlet after the last comma
    for raw in _SPLIT.split(rest):
        piece = clean_piece(raw)
        if not piece:
            continue
        named = agencies.lookup(piece)
        if named is not None:
            agency = agency or named.name
            continue
        if TITLES.fullmatch(piece):
            agency = agency or _title_agency(piece, agencies)
            continue
        if piece.casefold() in {"staff", "staff writer", "the"} or _ACRONYM.fullmatch(piece):
            continue
        if resolve_date(piece, reference_date=None)[0] is not None:
            continue  # By Reuters - 18 December 2022: the date of the page
        name, title = _split_title(piece, agencies)
        if title:
            agency = agency or title
        person = read_person(name)
        if person is None:
            return None
        people.append(Contributor(person[0], location=person[1], email=person[2]))
    return people, agency


def _split_title(piece: str, agencies: AgencyRegistry) -> tuple[str, str | None]:
    """``JOANN LOVIGLIO Associated Press`` -> ``("JOANN LOVIGLIO", "AP")``."""
    words = piece.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        named = agencies.lookup(tail)
        if named is not None:
            return " ".join(words[:-n]), named.name
        if TITLES.fullmatch(tail):
            return " ".join(words[:-n]), _title_agency(tail, agencies) or ""
    return piece, None


def _afp(text: str, s: int, e: int, agencies: AgencyRegistry) -> Byline | None:
    """``Nico GARCIA with Daria ANDRIIEVSKA in Kyiv AFP``: every surname in capitals."""
    m = _AFP.fullmatch(text, s, e)
    if m is None:
        return None
    people: list[Contributor] = []
    for raw in _SPLIT.split(m["rest"]):
        person = read_person(clean_piece(raw))
        if person is None or not _CAPS_SURNAME.fullmatch(person[0]):
            return None
        people.append(Contributor(person[0], location=person[1]))
    found = agencies.lookup(m["agency"])
    return Byline(text[s:e], Span(s, e), tuple(people), found.name if found else None)


def _title_agency(title: str, agencies: AgencyRegistry) -> str | None:
    for words in (3, 2, 1):
        parts = title.split()
        for i in range(len(parts) - words + 1):
            found = agencies.lookup(" ".join(parts[i : i + words]))
            if found is not None:
                return found.name
    return None


_NAMED_AGENCY: Final = lazy(
    r"""(?x)
    (?P<rest>[^,|\r\n]{3,120}+)             # the names, with "and" between them
    \s*[,|]\s*                               # a comma or a pipe
    (?P<title>[^,|\r\n]{2,60}+)              # The Associated Press / AP Business Writer
    """
)
"""A feed's author line with no ``By``: ``Jo Li, The Associated Press``, ``Jo Li | AFP``."""


def _named_agency(text: str, s: int, e: int, agencies: AgencyRegistry) -> Byline | None:
    """``Jo Li and Al Mo, The Associated Press``: people of two words or more, then an
    agency or a title that names one."""
    m = _NAMED_AGENCY.fullmatch(text, s, e)
    if m is None:
        return None
    title = m["title"].strip()
    named = agencies.lookup(title)
    agency = named.name if named else None
    if agency is None and TITLES.fullmatch(title):
        agency = _title_agency(title, agencies)
    if agency is None:
        return None
    found = _people(m["rest"], agencies)
    if found is None or not found[0] or any(len(p.name.split()) < 2 for p in found[0]):
        return None
    return Byline(text[s:e], Span(s, e), tuple(found[0]), agency)


_AGENCY_ONLY: Final = lazy(r"(?xi)(?P<agency>.{2,40}?)\s+Staff")


def _agency_only(text: str, s: int, e: int, agencies: AgencyRegistry) -> Byline | None:
    """``Reuters Staff`` names an agency and no person."""
    m = _AGENCY_ONLY.fullmatch(text, s, e)
    if m is None:
        return None
    found = agencies.lookup(m["agency"])
    return Byline(text[s:e], Span(s, e), (), found.name) if found else None


_MARKED: Final = lazy(
    rf"""(?x)
    \*\*{SPACE}*(?i:by){SPACE}*:?{SPACE}+      # **By
    [^*\r\n]{{2,{MAX_LENGTH}}}+                 # names and titles
    \*\*                                        # the closing **
    | (?i:by){SPACE}+[^|\r\n]{{2,80}}+\|         # IANS: "BY SAEED NAQVI IANS |"
    """
)
"""A byline with a mark at its end, so that the story may follow on the same line."""

_TRAILING: Final = lazy(
    rf"""(?x)
    (?:\G|(?<=[.!?"”’]{SPACE}*+))              # alone, or after the last sentence
    \({SPACE}*+(?i:by){SPACE}++[^()\r\n]{{2,80}}+\)   # CNA: (By Chris Wang)
    """
)
"""A byline at the end of a story (CNA)."""

_TITLE_LINE: Final = lazy(r"[ \t]*\r?\n[ \t]*(?P<title>[^\r\n]{2,60})")


def extend_with_title(
    text: str, byline: Byline, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> Byline:
    """``byline`` with the title on the line after it (``Associated Press Writer``).

    >>> t = "By ANDREW TAYLOR\\nAssociated Press Writer\\nWASHINGTON (AP) --"
    >>> b = extend_with_title(t, parse_byline_at(t, 0, 16))
    >>> b.text, b.agency
    ('By ANDREW TAYLOR\\nAssociated Press Writer', 'AP')
    """
    m = _TITLE_LINE.match(text, byline.span.end)
    if m is None or not TITLES.fullmatch(m["title"].strip()):
        return byline
    longer = parse_byline_at(text, byline.span.start, m.end(), agencies=agencies)
    return longer if longer is not None and longer.contributors else byline


def find_trailing_byline(
    text: str, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> Byline | None:
    """A ``(By Chris Wang)`` byline at the start or end of ``text[start:end]``.

    >>> t = "The ROC claims it. (By Chris Wang)"
    >>> find_trailing_byline(t, 0, len(t)).contributors[0].name
    'Chris Wang'
    """
    s, e = strip_span(text, start, end)
    for m in _TRAILING.finditer(text, s, e):
        if m.start() != s and m.end() != e:
            continue
        found = parse_byline_at(text, m.start(), m.end(), agencies=agencies)
        if found is not None and found.contributors:
            return found
    return None


def match_marked_byline(
    text: str, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> Byline | None:
    """A byline in bold at the start of ``text[start:end]``, whatever follows it.

    >>> t = "**By Jo Li and Al Mo** Prices rose."
    >>> b = match_marked_byline(t, 0, len(t))
    >>> b.text, [p.name for p in b.contributors]
    ('**By Jo Li and Al Mo**', ['Jo Li', 'Al Mo'])
    """
    m = _MARKED.match(text, start, end)
    if m is None:
        return None
    return parse_byline_at(text, m.start(), m.end(), agencies=agencies)


def plausible_glued(byline: Byline) -> bool:
    """Whether a byline found inside a line (after a headline) names real people.

    Only people with two words or more, each name in one case: ``Hit By Selloff NEW
    YORK (Reuters)`` in a headline is no byline.

    >>> plausible_glued(parse_byline("By Kim Eun-jung"))
    True
    >>> plausible_glued(parse_byline("By Selloff")), plausible_glued(parse_byline("By Selloff NEW"))
    (False, False)
    """
    people = byline.contributors
    return bool(people) and all(
        len(p.name.split()) >= 2
        and len({_CAPS_WORD.fullmatch(w) is None for w in p.name.split()}) == 1
        for p in people
    )


_CAPS_WORD: Final = lazy(r"\p{Lu}{2}[\p{Lu}\-'’]*+")
"""A word in capitals (``NEW``, ``EUN-JUNG``), not an initial."""


_CJK_BYLINE: Final = lazy(
    r"""(?x)
    (?P<agency>新华社|新華社|中新社)              # the agency
    (?:驻\p{Han}{1,10}?)?                       # 驻北京: posted in a place
    记者                                         # "reporter(s)"
    (?:[\s\u3000]*+(?P<names>\p{Han}{2,4}(?:[\s\u3000、，,]++\p{Han}{2,4}){0,7}))?  # names, or none
    """
)
_CJK_NAME: Final = lazy(r"\p{Han}{2,4}")


def cjk_byline(doc: Document, rng: Range, ctx: Context) -> tuple[Byline, ...]:
    """Xinhua's Chinese byline line: ``新华社记者`` with the names, or bare (the names
    then stand in the credit line at the end, ``（记者宋晨、田中全）``)."""
    start, end = rng
    m = _CJK_BYLINE.fullmatch(doc.text, start, end)
    if m is None:
        return ()
    agency = ctx.agencies.lookup(m["agency"])
    people = tuple(Contributor(n) for n in _CJK_NAME.findall(m["names"] or ""))
    text = doc.text[start:end]
    return (Byline(text, Span(start, end), people, agency.name if agency else None),)
