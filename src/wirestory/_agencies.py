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

import attrs
import regex

from ._text import fold


def _to_tuple(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(value)


def _to_agencies(value: tuple[Agency, ...] | list[Agency]) -> tuple[Agency, ...]:
    return tuple(value)


@attrs.frozen
class Agency:
    """One news agency.

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
    """Sign-off lines that name this agency at the end of a story: ``Enditem``, ``==Kyodo``."""

    @property
    def tokens(self) -> tuple[str, ...]:
        """The forms that name this agency in a dateline."""
        return self.dateline_tokens or (self.name, *self.aliases)


@attrs.frozen
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
            for name in (agency.name, *agency.aliases, *agency.dateline_tokens):
                index.setdefault(fold(name), agency)
        object.__setattr__(self, "_index", index)

    def lookup(self, name: str) -> Agency | None:
        """The agency that ``name`` names (case and spacing ignored), or ``None``."""
        return self._index.get(fold(name))

    def extend(self, *agencies: Agency) -> AgencyRegistry:
        """A new registry with ``agencies`` added ahead of the existing rows."""
        return AgencyRegistry((*agencies, *self.agencies))

    @functools.cached_property
    def dateline_alternation(self) -> str:
        """A regular-expression alternation of every dateline token, longest first."""
        tokens = {token for agency in self.agencies for token in agency.tokens}
        ordered = sorted(tokens, key=lambda t: (-len(t), t))
        return "|".join(regex.escape(t).replace(r"\ ", r"[\s\u00a0]+") for t in ordered)


A = Agency

DEFAULT_REGISTRY = AgencyRegistry(
    (
        # name               aliases as found in copy
        A(
            "Reuters",
            (
                "Reuters",
                "Reuter",
                "Thomson Reuters",
                "Reuters Breakingviews",
                "Breakingviews",
                "Reuters Staff",
                "REUTERS",
            ),
        ),
        A("AP", ("AP", "Associated Press", "The Associated Press")),
        A("AFP", ("AFP", "Agence France-Presse", "Agence France Presse")),
        A("Bloomberg", ("Bloomberg", "Bloomberg News")),
        A("Dow Jones", ("Dow Jones", "Dow Jones Newswires", "DJ", "MarketWatch", "Barron's")),
        A("Xinhua", ("Xinhua", "Xinhua News Agency")),
        A("PTI", ("PTI", "Press Trust of India")),
        A("IANS", ("IANS", "Indo-Asian News Service")),
        A("ANI", ("ANI", "Asian News International")),
        A("Yonhap", ("Yonhap", "Yonhap News Agency", "Yonhap News")),
        A("Kyodo", ("Kyodo", "Kyodo News")),
        A("dpa", ("dpa", "Deutsche Presse-Agentur", "dpa-AFX", "DPA")),
        A("EFE", ("EFE", "Agencia EFE")),
        A("Europa Press", ("Europa Press",)),
        A("Anadolu", ("Anadolu", "AA", "Anadolu Agency", "Anadolu Ajansı")),
        A("UPI", ("UPI", "United Press International")),
        A("Bernama", ("Bernama",)),
        A("CNA", ("CNA", "Central News Agency")),
        A("TASS", ("TASS", "ITAR-TASS")),
        A("RIA Novosti", ("RIA Novosti", "RIA")),
        A("Antara", ("Antara", "ANTARA", "ANTARA News")),
        A("APP", ("APP", "Associated Press of Pakistan")),
        A("AAP", ("AAP", "Australian Associated Press")),
        A("KUNA", ("KUNA", "Kuwait News Agency")),
        A("WAM", ("WAM", "Emirates News Agency")),
        A("SPA", ("SPA", "Saudi Press Agency")),
        A("ANSA", ("ANSA",)),
        A("KCNA", ("KCNA", "Korean Central News Agency")),
        A("PA", ("PA", "PA Media", "Press Association")),
        A("Canadian Press", ("Canadian Press", "The Canadian Press", "CP")),
        A("BSS", ("BSS", "Bangladesh Sangbad Sangstha")),
        A("GNA", ("GNA", "Ghana News Agency")),
        A("IRNA", ("IRNA", "Islamic Republic News Agency")),
        A("MT Newswires", ("MT Newswires",)),
        A("Keystone-SDA", ("Keystone-SDA", "SDA", "Keystone-ATS")),
        A("Nexstar Media Wire", ("Nexstar Media Wire",)),
    )
)
"""The agencies wirestory knows out of the box; canonical names as the corpus uses."""
