"""The agency registry: one row per news agency, as it is named in copy.

A registry is immutable. To teach wirestory a new agency, build a new registry with
``DEFAULT_REGISTRY.extend(Agency(...))`` and pass it to ``parse(..., agencies=...)``.

>>> DEFAULT_REGISTRY.lookup("Reuters Breakingviews").name
'Reuters'
>>> DEFAULT_REGISTRY.lookup("THE ASSOCIATED PRESS").name
'AP'
>>> DEFAULT_REGISTRY.lookup("Jane Doe") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from ._text import fold


def _to_tuple(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(value)


def _to_agencies(value: tuple[Agency, ...] | list[Agency]) -> tuple[Agency, ...]:
    return tuple(value)


@attrs.frozen
class Agency:
    """One news agency: the names it goes by and how its copy marks itself.

    >>> Agency("Reuters", aliases=("Reuters", "Reuter")).name
    'Reuters'
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    """The canonical name, as ``Story.agency`` gives it."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """Every form the name takes in copy (case is ignored): ``AP``, ``Associated Press``."""
    dateline_tokens: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """Forms that appear in a dateline, in parentheses or not; default: the aliases."""
    signoffs: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """The agency's sign-offs and end codes, each a verbose, case-insensitive pattern
    matching a whole line: ``Enditem``, ``==\\s*Kyodo``. Labelled ``signoff``, and
    evidence for the agency."""
    notices: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """The agency's standards or about-us lines, verbose patterns matching a whole
    block: ``Our\\s+Standards:...``. Labelled ``standards``, and evidence."""
    credit_phrases: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """Titles that open a contributed line besides ``<name> writer``: ``AP Photographer``
    is read from the names; ``Wire One stringer`` would be listed here."""
    copyright_holders: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """Names in the agency's copyright lines besides its own: ``Thomson Reuters``."""
    bare_tokens: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """Forms that stand in a dateline without parentheses: ``SYDNEY, Jan 29 AAP -``."""
    separators: tuple[str, ...] = attrs.field(default=("-",), converter=_to_tuple)
    """The separators seen after this agency's datelines, most usual first."""
    domains: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    """The agency's own web domains (``reuters.com``): a link to one names the agency."""

    @property
    def tokens(self) -> tuple[str, ...]:
        """The forms that name this agency in a dateline."""
        return self.dateline_tokens or (self.name, *self.aliases)


@attrs.frozen(cache_hash=True)
class AgencyRegistry:
    """An immutable table of agencies, looked up by any of their names.

    >>> reg = AgencyRegistry((Agency("Wire One", aliases=("W1",)),))
    >>> reg.lookup("w1").name
    'Wire One'
    """

    agencies: tuple[Agency, ...] = attrs.field(converter=_to_agencies)
    """The rows, in the order they were given."""
    _index: dict[str, Agency] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Agency] = {}
        for agency in self.agencies:
            for name in (agency.name, *agency.aliases, *agency.tokens, *agency.bare_tokens):
                index.setdefault(fold(name), agency)
        object.__setattr__(self, "_index", index)

    def lookup(self, name: str) -> Agency | None:
        """The agency that ``name`` names (case and spacing ignored), or ``None``."""
        return self._index.get(fold(name))

    def extend(self, *agencies: Agency) -> AgencyRegistry:
        """A new registry with ``agencies`` added ahead of the existing rows."""
        return AgencyRegistry((*agencies, *self.agencies))

    def find_in(self, text: str) -> Agency | None:
        """The agency whose name stands first in ``text`` as a whole word, or ``None``.

        All-capital short forms (``AP``, ``AA``) must be written in capitals.

        >>> DEFAULT_REGISTRY.find_in("CNN and AP").name
        'AP'
        >>> DEFAULT_REGISTRY.find_in("Copyright 2005 The Associated Press.").name
        'AP'
        >>> DEFAULT_REGISTRY.find_in("a map of the area") is None
        True
        """
        m = self._finder.search(text)
        return self.lookup(m[0]) if m else None

    def signoff_agency(self, text: str) -> Agency | None:
        """The agency one of whose sign-offs or notices ``text`` is, or ``None``.

        >>> DEFAULT_REGISTRY.signoff_agency(" ==Kyodo ").name
        'Kyodo'
        >>> DEFAULT_REGISTRY.signoff_agency("Prices rose. ==Kyodo") is None
        True
        """
        text = text.strip()
        for pattern, agency in self._signoffs:
            if pattern.fullmatch(text):
                return agency
        return None

    def holder_agency(self, text: str) -> Agency | None:
        """The agency whose name or copyright holder stands first in ``text``, or ``None``.

        >>> DEFAULT_REGISTRY.holder_agency("(c) 2024 Thomson Reuters. All rights reserved.").name
        'Reuters'
        """
        m = self._holders.search(text)
        return self._holder_index.get(fold(m[0])) if m else self.find_in(text)

    def domain_agency(self, text: str) -> Agency | None:
        """The agency whose web domain ``text`` links to, or ``None``.

        >>> DEFAULT_REGISTRY.domain_agency("-- http://www.reuters.com/article/2010").name
        'Reuters'
        """
        m = self._domains.search(text)
        return self._domain_index[m["domain"].casefold()] if m else None

    @functools.cached_property
    def _domain_index(self) -> dict[str, Agency]:
        index: dict[str, Agency] = {}
        for agency in self.agencies:
            for domain in agency.domains:
                index.setdefault(domain.casefold(), agency)
        return index

    @functools.cached_property
    def _domains(self) -> regex.Pattern[str]:
        return regex.compile(
            rf"""(?xi)
            (?:[/.@]|\b)                           # after a scheme, a subdomain or an @
            (?P<domain>{alternation(self._domain_index)})
            (?![\w-])                               # the whole domain name
            """
        )

    @functools.cached_property
    def _finder(self) -> regex.Pattern[str]:
        names = {n for a in self.agencies for n in (a.name, *a.aliases, *a.tokens)}
        upper = sorted((n for n in names if n.isupper() and len(n) <= 5), key=_longest_first)
        other = sorted((n for n in names if not (n.isupper() and len(n) <= 5)), key=_longest_first)
        return regex.compile(
            rf"""(?x)
            (?<![\p{{L}}\p{{N}}])                      # a whole word: no letter before
            (?: (?-i:{alternation(upper)})           # short capitals: AP, AA, PTI
              | (?i:{alternation(other)})            # names in any case: Associated Press
            )
            (?![\p{{L}}\p{{N}}])                       # and no letter after
            """
        )

    @functools.cached_property
    def _signoffs(self) -> tuple[tuple[regex.Pattern[str], Agency], ...]:
        flags = regex.VERBOSE | regex.IGNORECASE | regex.DOTALL
        return tuple(
            (regex.compile(pattern, flags), agency)
            for agency in self.agencies
            for pattern in (*agency.signoffs, *agency.notices)
        )

    @functools.cached_property
    def _holder_index(self) -> dict[str, Agency]:
        index: dict[str, Agency] = {}
        for agency in self.agencies:
            for holder in agency.copyright_holders:
                index.setdefault(fold(holder), agency)
        return index

    @functools.cached_property
    def _holders(self) -> regex.Pattern[str]:
        return regex.compile(rf"(?i)\b(?:{alternation(self._holder_index)})\b")

    @functools.cached_property
    def name_alternation(self) -> str:
        """An alternation of every agency name and alias (``Associated Press``, ``AP``)."""
        return alternation(n for a in self.agencies for n in (a.name, *a.aliases))

    @functools.cached_property
    def credit_phrase_alternation(self) -> str:
        """An alternation of every agency's credit phrases (``Wire One stringer``)."""
        return alternation(p for a in self.agencies for p in a.credit_phrases)

    @functools.cached_property
    def dateline_alternation(self) -> str:
        """A regular-expression alternation of every dateline token, longest first."""
        return alternation(token for agency in self.agencies for token in agency.tokens)

    @functools.cached_property
    def bare_alternation(self) -> str:
        """An alternation of the tokens that stand in a dateline without parentheses."""
        return alternation(t for agency in self.agencies for t in agency.bare_tokens)

    def __repr__(self) -> str:
        """A short form that keeps signatures readable: the count, not every row.

        >>> DEFAULT_REGISTRY  # doctest: +ELLIPSIS
        AgencyRegistry(<... agencies>)
        >>> AgencyRegistry((Agency("Wire One"),))
        AgencyRegistry(<1 agency>)
        """
        count = len(self.agencies)
        return f"AgencyRegistry(<{count} agenc{'y' if count == 1 else 'ies'}>)"


def _longest_first(token: str) -> tuple[int, str]:
    return (-len(token), token)


def alternation(tokens: Iterable[str]) -> str:
    """Tokens as a regular-expression alternation, longest first, any space matching."""
    ordered = sorted(set(tokens), key=_longest_first)
    if not ordered:
        return "(?!)"  # an empty table matches nothing
    return "|".join(regex.escape(t).replace(r"\ ", r"[\s\u00a0]+") for t in ordered)


A = Agency

DEFAULT_REGISTRY = AgencyRegistry(
    (
        # name, aliases as found in copy, then dateline forms, sign-offs and separators
        A(
            "Reuters",
            (
                "Reuters",
                "Reuter",
                "Thomson Reuters",
                "Reuters Breakingviews",
                "Breakingviews",
                "Reuters Staff",
            ),
            domains=("reuters.com", "breakingviews.com"),
            signoffs=(r"Reuter\.{0,3}", r"\(?\s*Reuters\s+\w+\s+(?:editorial|newsroom|desk)\s*\)?"),
            notices=(
                r"""Our\s+Standards\s*:?\s*The\s+Thomson\s+Reuters\s+Trust\s+Principles\.?
                    (?:[\s,]*(?:opens\s+new\s+tab|\[.*?\]\(\S*\)))?\.?""",
                r"Reuters,\s+the\s+news\s+and\s+media\s+division\s+of\s+Thomson\s+Reuters\b.{0,600}",
            ),
            copyright_holders=("Thomson Reuters",),
            separators=("-", "–", "—", ":"),
        ),
        A(
            "AP",
            ("AP", "Associated Press", "The Associated Press"),
            domains=("apnews.com", "ap.org"),
            signoffs=(r"AP-[A-Z]{2}-\d{2}-\d{2}-\d{2}\s+\d{4}\s*GMT",),
            notices=(
                r"""The\s+Associated\s+Press\s+is\s+an?\s+[^\n]{0,60}?\b(?:news|information)\s+
                    (?:organi[sz]ation|business|agency)\b.{0,600}""",
                r"""(?=.*?solely)[^\n]{0,400}              # (?=.*?word): a cheap first test
                    \bAP\s+is\s+solely\s+responsible\s+for\s+all\s+content\b[^\n]{0,400}""",
                r"Find\s+AP['’]s\s+standards\s+for\s+working\s+with\b[^\n]{0,300}",
            ),
            separators=("—", "-", "_", "--"),
        ),
        A(
            "AFP",
            ("AFP", "Agence France-Presse", "Agence France Presse"),
            domains=("afp.com",),
            signoffs=(r"bur(?:-[a-z]{2,5})+(?:/[a-z]{2,5}(?:-[a-z]{2,5}){0,4}){1,5}",),
            separators=("-", "–", "--", "|"),
        ),
        A(
            "Bloomberg",
            ("Bloomberg", "Bloomberg News"),
            domains=("bloomberg.com", "bloomberg.net"),
            separators=("--",),
        ),
        A(
            "Dow Jones",
            ("Dow Jones", "Dow Jones Newswires", "DJ", "MarketWatch", "Barron's", "OPIS"),
            dateline_tokens=("Dow Jones", "Dow Jones Newswires", "DJ", "MarketWatch"),
            domains=("dowjones.com", "wsj.com", "marketwatch.com", "barrons.com"),
            signoffs=(r"\(END\)\s*Dow\s+Jones\s+Newswires", r"\d{2}-\d{2}-\d{2}\s+\d{4}ET"),
            separators=("--",),
        ),
        A(
            "Xinhua",
            ("Xinhua", "Xinhua News Agency", "新华社"),
            domains=("xinhuanet.com", "news.cn"),
            signoffs=(r"(?:End(?:item|tiem|ityem|fitem|iem)|Ednitem|Enitem|Editem|nditem)", r"Fin"),
            separators=("--",),
        ),
        A("PTI", ("PTI", "Press Trust of India"), separators=("",)),
        A("IANS", ("IANS", "Indo-Asian News Service"), separators=("",)),
        A("ANI", ("ANI", "Asian News International"), separators=(":",)),
        A(
            "Yonhap",
            ("Yonhap", "Yonhap News Agency", "Yonhap News", "YONHAP"),
            domains=("yna.co.kr", "yonhapnews.co.kr"),
            separators=("--",),
        ),
        A(
            "Kyodo",
            ("Kyodo", "Kyodo News"),
            bare_tokens=("Kyodo",),
            domains=("kyodonews.net",),
            signoffs=(r"==\s*Kyodo", r"Kyodo\s+News"),
            separators=("--", "-"),
        ),
        A(
            "dpa",
            ("dpa", "Deutsche Presse-Agentur", "dpa-AFX", "DPA", "dpa-AFX Analyser"),
            separators=("-",),
        ),
        A("EFE", ("EFE", "Agencia EFE", "Efe"), separators=(".-",)),
        A("Europa Press", ("Europa Press", "EUROPA PRESS")),
        A(
            "Anadolu",
            ("Anadolu", "AA", "Anadolu Agency", "Anadolu Ajansı", "Anadolu Haber Ajansı"),
            domains=("aa.com.tr",),
            notices=(r"Anadolu\s+Agency\s+website\s+contains\s+only\s+a\s+portion\b.{0,400}",),
            separators=("–", "-"),
        ),
        A(
            "UPI",
            ("UPI", "United Press International"),
            domains=("upi.com",),
            separators=("--", "—"),
        ),
        A("Bernama", ("Bernama", "BERNAMA"), separators=("--",)),
        A("CNA", ("CNA", "Central News Agency"), signoffs=(r"ENDITEM/\w+",), separators=("",)),
        A(
            "TASS",
            ("TASS", "ITAR-TASS"),
            domains=("tass.com", "tass.ru"),
            signoffs=(r"TASS\s+is\s+the\s+information\s+partner\b[^\n]{0,80}",),
            separators=("/TASS/.",),
        ),
        A("RIA Novosti", ("RIA Novosti", "RIA")),
        A("Antara", ("Antara", "ANTARA", "ANTARA News"), separators=("-", "–")),
        A("APP", ("APP", "Associated Press of Pakistan"), separators=(":",)),
        A("AAP", ("AAP", "Australian Associated Press"), bare_tokens=("AAP",)),
        A("KUNA", ("KUNA", "Kuwait News Agency"), bare_tokens=("KUNA",), separators=(":",)),
        A("WAM", ("WAM", "Emirates News Agency"), bare_tokens=("WAM",)),
        A("SPA", ("SPA", "Saudi Press Agency")),
        A("ANSA", ("ANSA",), separators=("-",)),
        A("KCNA", ("KCNA", "Korean Central News Agency"), separators=("--",)),
        A("PA", ("PA", "PA Media", "Press Association")),
        A("Canadian Press", ("Canadian Press", "The Canadian Press", "CP")),
        A("BSS", ("BSS", "Bangladesh Sangbad Sangstha"), bare_tokens=("BSS",)),
        A("GNA", ("GNA", "Ghana News Agency"), bare_tokens=("GNA",)),
        A(
            "IRNA",
            ("IRNA", "Islamic Republic News Agency"),
            bare_tokens=("IRNA",),
            separators=("–", "-"),
        ),
        A("MT Newswires", ("MT Newswires",), domains=("mtnewswires.com",)),
        A("Keystone-SDA", ("Keystone-SDA", "SDA", "Keystone-ATS")),
        A("Nexstar Media Wire", ("Nexstar Media Wire",)),
    )
)
"""The agencies wirestory knows out of the box; canonical names as the corpus uses."""
