"""Hypothesis: generated credit lines and bylines parse back to their roles and people."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirestory import parse_byline, parse_credits

GIVEN = st.sampled_from(["Jane", "Ali", "Olena", "Jae-soon", "Pedro", "Mary-Ann", "Tony G."])
FAMILY = st.sampled_from(["Doe", "Harmash", "da Costa", "O'Brien", "McDonald", "Collett-White"])
NAMES = st.builds(lambda g, f: f"{g} {f}", GIVEN, FAMILY)
PLACES = st.one_of(st.none(), st.sampled_from(["Kyiv", "New York", "Rio de Janeiro", "LONDON"]))
PEOPLE = st.lists(st.tuples(NAMES, PLACES), min_size=1, max_size=4)
ROLES = st.sampled_from(
    [
        ("Reporting by", "reporting"),
        ("Additional reporting by", "additional_reporting"),
        ("Writing by", "writing"),
        ("Editing by", "editing"),
        ("editing by", "editing"),
        ("Compiled by", "compiling"),
        ("Graphics by", "graphics"),
        ("Research by", "research"),
        ("Editing:", "editing"),
    ]
)
SEPARATORS = st.sampled_from(["; ", ", ", ". ", " "])


def _list(people: list[tuple[str, str | None]]) -> str:
    parts = [f"{name} in {place}" if place else name for name, place in people]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


@given(st.lists(st.tuples(ROLES, PEOPLE), min_size=1, max_size=4), SEPARATORS, st.booleans())
def test_generated_credit_line_parses_back(
    clauses: list[tuple[tuple[str, str], list[tuple[str, str | None]]]],
    separator: str,
    parenthesised: bool,
) -> None:
    """Roles, names and places come back as written, whatever joins the clauses."""
    line = separator.join(f"{head} {_list(people)}" for (head, _), people in clauses)
    if parenthesised:
        line = f"({line})"
    got = [(c.role, [(p.name, p.location) for p in c.contributors]) for c in parse_credits(line)]
    assert got == [(role, people) for (_, role), people in clauses]


@given(
    st.lists(
        st.sampled_from(["Jane Doe", "ANDREW TAYLOR", "Pedro da Costa", "Kim Eun-jung"]),
        min_size=1,
        max_size=3,
        unique=True,
    ),
    st.sampled_from(["", ", Reuters", ", Associated Press Writer", " for the Associated Press"]),
)
def test_generated_byline_parses_back(names: list[str], title: str) -> None:
    """A byline gives its people as written, and never the agency of its title."""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    found = parse_byline(f"By {joined}{title}")
    assert found is not None
    assert [p.name for p in found.contributors] == names
