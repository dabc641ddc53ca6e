"""Credit lines: ``(Reporting by A in Kyiv; Editing by B and C)`` as roles and people.

Grammar::

    credits  := lead clauses [")"]
    lead     := ("(" | "--" | "*" | "_" | "•")*
    clauses  := (inverted (";" | "."))* clause ((";" | "," | "." | "") clause)*
              | inverted ((";" | ".") inverted)*
    clause   := roles [" from " place] (" by" | ":" | "") names
    roles    := role (("and" | "," | "&") role)*
    inverted := names " reported from " place                         (Reuters, AP)
              | [ap-title] names " contributed" [" to this report"] [" in " place]
              | "Contributing to this report were" [ap-title] names  (AP)
    names    := person (("," | ";" | "and" | "&" | "with") person)*
    person   := Name [" in " Place] [" at " e-mail]

>>> [(c.role, [p.name for p in c.contributors]) for c in parse_credits(
...     "(Reporting by Reuters; Editing by Alexandra Hudson and Gareth Jones)")]
[('reporting', ['Reuters']), ('editing', ['Alexandra Hudson', 'Gareth Jones'])]
>>> parse_credits("Additional reporting by A. Smith in Kyiv")[0].contributors[0].location
'Kyiv'
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from .._agencies import DEFAULT_REGISTRY, AgencyRegistry
from .._errors import expect_str
from .._model import Contributor, Credit, Span
from .._patterns import lazy
from .._text import DASH, strip_span
from .credit_stems import CREDIT_STEMS as CREDIT_STEMS
from .credit_stems import has_credit_stem as has_credit_stem
from .people import clean_piece, read_people

ROLE_WORDS: Final = (
    # pattern (a role word as written, any case)                              role
    (r"add?itt?i?on?al\s+(?:reporting|reporters?)", "additional_reporting"),  # Additonal too
    (r"to\s+contact\s+the\s+reporters?(?:\s+on\s+th(?:is|e)\s+story)?", "reporting"),
    (
        r"to\s+contact\s+the\s+editors?(?:\s+responsible(?:\s+for\s+th(?:is|e)\s+story)?)?",
        "editing",
    ),
    (r"rep?orti?ng|reported|reporters?|muhabir", "reporting"),  # Reportng; Anadolu: Muhabir: A
    (r"(?:新华社)?记者|通讯员", "reporting"),  # Xinhua: （记者A、B）
    (r"wri?ti?ng|written|writers?", "writing"),  # Writng too
    (
        r"(?:web\s+)?(?:edi?ti?ng|edited|editors?)|(?:责任)?编辑",
        "editing",
    ),  # Editng; (Web editor: A)
    (r"compiling|compiled|compilation", "compiling"),
    (r"research(?:ing|ed)?", "research"),
    (r"graphics?", "graphics"),
    (r"photos?|photography|photographs?|摄影", "photography"),
    (r"translation|translated|translating|翻译", "translation"),
    (r"(?:with\s+)?(?:additional\s+)?assistance(?:\s+from)?", "assistance"),  # Bloomberg
)
"""How each role is written at the head of a credit clause; first match wins."""

_ROLE_RES: Final = tuple((lazy(p, regex.IGNORECASE), role) for p, role in ROLE_WORDS)
ROLE: Final = "|".join(f"(?:{p})" for p, _ in ROLE_WORDS)

HEAD: Final = lazy(
    rf"""(?xi)
    (?P<roles>(?:{ROLE})(?:\s*+(?:,|and|&)\s*+(?:{ROLE}))*+)    # Reporting and editing
    (?:\s++from\s++(?P<from>(?-i:\p{{Lu}})[\p{{L}}\s.'’-]{{0,40}}?)       # from Rome ...
       (?=\s+by\b|\s*:))?                                         # ... only before by / :
    (?P<by>\s+by\b(?:\s+by\b)?\s*|\s*[:：]\s*|\s+(?-i:(?=\p{{Lu}}))              # by / : / nothing
         |(?<=\p{{Han}})(?=\p{{Han}}))                                 # 记者宋晨: nothing
    """
)
"""The head of one credit clause."""

_HEAD_START: Final = lazy(
    rf"""(?x)
    (?: (?:^|\G|(?<=[;,.(（]\s*)|(?<=\s))(?i:(?={ROLE}))  # at the start, after a separator or a space
      | (?<=[\p{{Ll}}.])                                # glued: "Joseph AxAdditional"
        (?=(?:Additional|Reporting|Writing|Editing|To\s+contact|With\s+assistance)\b)
    )
    """
)
"""Where a clause head may start."""

_LEAD: Final = lazy(rf"(?:[(（*_•·]|--|{DASH})*+\s*+")
"""Marks that open a credit line: ``(``, Bloomberg's ``--``, a bullet, italics."""

_ROLE_JOIN: Final = lazy(r"(?i)\s*(?:,|\band\b|&)\s*")
_STAFF_TITLE: Final = r"""
    (?:(?:The\s+)?
       (?: (?:<<phrases>>)\s+                          # an agency's own credit phrase
         | (?:<<names>>)\s+(?:[\w-]+\s+){0,2}?          # Associated Press Medical Writer
           (?:writers?|reporters?|correspondents?|journalists?|photographers?|
              videojournalists?|researchers?|staff(?:ers)?)\s+
       ))?
"""
"""The title before the names of a contributed line, from the registry's names."""
_INVERTED_ROWS: Final = (
    # pattern (one whole clause, names before the role)                       role
    (
        rf"""(?xis)                                  # . crosses a hard wrap
        {_STAFF_TITLE}(?P<names>.{{1,600}}?),?\s+(?:also\s+)?contributed
        (?:\s+(?:to|in)\s+(?:this|the)\s+(?:report|story|article|reporting)|\s+reporting)?
        (?:\s+(?:from|in)\s+(?P<place>[^.;]{{1,60}}?))?
        """,
        "contributing",
    ),
    (
        rf"""(?xis)                                  # A helped with this story.
        {_STAFF_TITLE}(?!(?:he|she|they|we|it|who)\s)(?P<names>.{{1,600}}?),?\s+(?:also\s+)?  # not a pronoun
        (?:helped|assisted)\s+(?:with|in|on)\s+
        (?:this|the)\s+(?:report|story|article|reporting)(?:\s+(?:from|in)\s+(?P<place>[^.;]{{1,60}}?))?
        """,
        "contributing",
    ),
    (
        rf"""(?xis)
        contributing\s+to\s+(?:this|the)\s+(?:report|story)\s+(?:were|was|are|is)\s*:?\s*
        {_STAFF_TITLE}(?P<names>.{{1,600}}?)
        """,
        "contributing",
    ),
    (
        r"""(?xis)
        (?P<names>.{1,300}?)\s+reported\s+(?:from|in)\s+
        (?-i:(?P<place>\p{Lu}[\p{L}\p{M}\s.,'’/\-]{0,60}?))    # a place name
        """,
        "reporting",
    ),
)


_INVERTED_VERB: Final = lazy(r"(?i)contribut|helped|assisted|reported")
"""The word every inverted row holds: a cheap first test, and no clause ends before it."""


@functools.lru_cache(maxsize=16)
def inverted_rules(agencies: AgencyRegistry) -> tuple[tuple[regex.Pattern[str], str], ...]:
    """The inverted clause patterns for one registry, compiled once."""
    return tuple(
        (
            regex.compile(
                p.replace("<<names>>", agencies.name_alternation).replace(
                    "<<phrases>>", agencies.credit_phrase_alternation
                )
            ),
            role,
        )
        for p, role in _INVERTED_ROWS
    )


"""Clauses that name the people first: AP's contributed lines, ``A reported from X``."""

_CLAUSE_END: Final = lazy(r"(?<!\b\p{Lu})(?:[;.](?=\s|$)|;)")
"""Where an inverted clause ends: ``;`` or a full stop that does not close an initial."""


def _roles(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for part in _ROLE_JOIN.split(text):
        for pattern, role in _ROLE_RES:
            if pattern.fullmatch(part.strip()) and role not in found:
                found.append(role)
                break
    return tuple(found)


MAX_CREDIT_LENGTH: Final = 1000
"""The longest text read as a credit line; longer blocks are body (and stay linear-time)."""


def _heads(text: str, start: int, stop: int) -> list[regex.Match[str]]:
    found = (HEAD.match(text, p.start(), stop) for p in _HEAD_START.finditer(text, start, stop))
    heads: list[regex.Match[str]] = []
    for head in found:
        if head is not None and (not heads or head.start() >= heads[-1].end()):
            heads.append(head)
    return heads


def read_inverted(
    text: str, start: int, stop: int, agencies: AgencyRegistry
) -> list[Credit] | None:
    """Inverted clauses (``A reported from X.``) that tile ``text[start:stop]``, or ``None``."""
    credits: list[Credit] = []
    pos = start
    while pos < stop:
        pos, _ = strip_span(text, pos, stop)
        if pos >= stop:
            break
        found = _one_inverted(text, pos, stop, agencies)
        if found is None:
            return None
        credits.extend(found[1])
        pos = found[0]
    return credits or None


def _one_inverted(
    text: str, start: int, stop: int, agencies: AgencyRegistry
) -> tuple[int, list[Credit]] | None:
    """The first inverted clause at ``start``: ``(its end, its credits)``."""
    stop = min(stop, start + MAX_CREDIT_LENGTH)
    verb = _INVERTED_VERB.search(text, start, stop)
    if verb is None:  # no clause can match: the common case, a sentence of the body
        return None
    ends = [m.end() for m in _CLAUSE_END.finditer(text, verb.end(), stop)] + [stop]
    for end in ends:
        s, e = strip_span(text, start, end)
        body_end = e - 1 if text[e - 1] in ";." else e
        for pattern, role in inverted_rules(agencies):
            m = pattern.fullmatch(text, s, body_end)
            if m is None:
                continue
            people = read_people(m["names"])
            if people is None:
                continue
            place = m.groupdict().get("place")
            if place:
                where = clean_piece(place)
                people = tuple(
                    p if p.location else Contributor(p.name, location=where, email=p.email)
                    for p in people
                )
            return end, [Credit(role, text[s:e], Span(s, e), people)]
    return None


def parse_credits(
    text: str, /, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> tuple[Credit, ...]:
    """The credits that the credit line ``text`` consists of, or ``()`` if it is none.

    Spans are offsets into ``text``.

    >>> [c.role for c in parse_credits("Reporting and editing by Jane Doe")]
    ['reporting', 'editing']
    >>> [c.role for c in parse_credits("Jo Li reported from Kyiv; Editing by Al Mo")]
    ['reporting', 'editing']
    >>> parse_credits("Reporting season starts on Monday, analysts said.")
    ()
    >>> parse_credits(b"Editing by Jo Li")
    Traceback (most recent call last):
    ...
    TypeError: parse_credits() expects the credit line as str, not bytes (decode it first)
    """
    expect_str("parse_credits", "the credit line", text)
    return parse_credits_at(text, 0, len(text), agencies=agencies)


def parse_credits_at(
    text: str, start: int, end: int, *, agencies: AgencyRegistry = DEFAULT_REGISTRY
) -> tuple[Credit, ...]:
    """The credits that ``text[start:end]`` consists of, or ``()``: the credits rule."""
    start, stop = strip_span(text, start, end)
    if start >= stop or stop - start > MAX_CREDIT_LENGTH or not has_credit_stem(text, start, stop):
        return ()
    inner, stop_inner, paren = frame(text, start, stop)
    heads = _heads(text, inner, stop_inner)
    first = heads[0].start() if heads else stop_inner
    prefix: list[Credit] = []
    if first > inner:
        whole = read_inverted(text, inner, stop_inner, agencies)
        if whole is not None:  # "... were AP writers A and B": "writers" heads no clause
            return merge_skipped(text, whole, start, stop)
        found = read_inverted(text, inner, first, agencies)
        if found is None:
            return merge_skipped(
                text, read_inverted(text, inner, stop_inner, agencies) or [], start, stop
            )
        prefix = found
    credits = _head_clauses(text, heads, stop_inner, paren or bool(prefix))
    if credits is None:
        if prefix:
            return ()
        return merge_skipped(
            text, read_inverted(text, inner, stop_inner, agencies) or [], start, stop
        )
    return merge_skipped(text, prefix + credits, start, stop)


def frame(text: str, start: int, stop: int) -> tuple[int, int, bool]:
    """The credit line inside its marks: ``(inner start, inner stop, parenthesised)``."""
    lead = _LEAD.match(text, start, stop)
    inner = lead.end() if lead else start
    paren = any(mark in text[start:inner] for mark in "(（")
    closers = ")）*_" if paren else "*_"
    while stop > inner and text[stop - 1] in closers:
        stop -= 1
    return inner, stop, paren


_BULLET_BEFORE: Final = lazy(r"(?:^|(?<=\s))[-–—•*·][ \t]*+$")
"""A bullet mark standing before a clause head on its own line: ``- Editing by``."""


def _bulleted(text: str, head_start: int) -> int:
    """Where a clause whose head starts at ``head_start`` begins: at its bullet, if any.

    >>> t = "- Reporting by A in Kyiv\\n- Editing by B"
    >>> t[_bulleted(t, 27):]
    '- Editing by B'
    """
    m = _BULLET_BEFORE.search(text, max(0, head_start - 4), head_start)
    return m.start() if m is not None else head_start


def _head_clauses(
    text: str, heads: list[regex.Match[str]], stop: int, marked: bool
) -> list[Credit] | None:
    """The clauses that open with ``heads``; a head whose clause fails joins the one before."""
    heads = list(heads)
    while heads:
        credits: list[Credit] = []
        failed = None
        for i, head in enumerate(heads):
            clause_end = _bulleted(text, heads[i + 1].start()) if i + 1 < len(heads) else stop
            people = read_people(text[head.end() : clause_end])
            roles = _roles(head["roles"])
            if people is None or not roles:
                failed = i
                break
            if head["from"]:  # Reporting from Rome by A and B: both reported from Rome
                where = clean_piece(head["from"])
                people = tuple(
                    p if p.location else Contributor(p.name, location=where, email=p.email)
                    for p in people
                )
            s, e = strip_span(
                text, _bulleted(text, head.start()) if i else head.start(), clause_end
            )
            credits.extend(Credit(role, text[s:e], Span(s, e), people) for role in roles)
        if failed is None:
            only = heads[0]
            bare = only["by"].strip() == "" and not only["roles"].casefold().endswith("from")
            # "Reporting Jane Doe" with neither "by" nor parentheses is too weak on its own
            weak = len(heads) == 1 and not marked and bare
            return None if weak else credits
        if failed == 0:
            return None
        del heads[failed]
    return []


def merge_skipped(text: str, credits: list[Credit], start: int, stop: int) -> tuple[Credit, ...]:
    """Make the clauses' spans tile ``[start, stop)`` with no gap (lossless coverage)."""
    if not credits:
        return ()
    out: list[Credit] = []
    spans = sorted({c.span for c in credits}, key=lambda s: (s.start, s.end))
    for c in credits:
        idx = spans.index(c.span)
        s = start if idx == 0 else c.span.start
        e = stop if idx == len(spans) - 1 else spans[idx + 1].start
        s, e = strip_span(text, s, e)
        out.append(Credit(c.role, text[s:e], Span(s, e), c.contributors))
    return tuple(out)
