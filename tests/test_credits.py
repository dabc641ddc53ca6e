"""Credit-line case table: every Reuters role, separators and places."""

from __future__ import annotations

import pytest

from wirestory import parse, parse_credits

# id, text, [(role, [(name, location)])]
CASES = [
    (
        "seed",
        "(Reporting by Reuters; Editing by Alexandra Hudson and Gareth Jones)",
        [
            ("reporting", [("Reuters", None)]),
            ("editing", [("Alexandra Hudson", None), ("Gareth Jones", None)]),
        ],
    ),
    (
        "places",
        "(Additional reporting by Emma Farge in London, Jennifer Tan in Singapore; editing by Keiron Henderson)",
        [
            ("additional_reporting", [("Emma Farge", "London"), ("Jennifer Tan", "Singapore")]),
            ("editing", [("Keiron Henderson", None)]),
        ],
    ),
    (
        "bare",
        "Reporting by Angel Krasimirov; editing by Tony Jimenez",
        [("reporting", [("Angel Krasimirov", None)]), ("editing", [("Tony Jimenez", None)])],
    ),
    (
        "writing-compiling",
        "(Writing by Jo Li; Compiled by Ann Lee)",
        [("writing", [("Jo Li", None)]), ("compiling", [("Ann Lee", None)])],
    ),
    (
        "two-roles",
        "Reporting and editing by Jane Doe",
        [("reporting", [("Jane Doe", None)]), ("editing", [("Jane Doe", None)])],
    ),
    (
        "graphics",
        "(Graphics by Kripa Jayaram; Editing by Ed Osmond)",
        [("graphics", [("Kripa Jayaram", None)]), ("editing", [("Ed Osmond", None)])],
    ),
    (
        "no-separator",
        "Reporting by Anna Koper Editing by Alex Richardson",
        [("reporting", [("Anna Koper", None)]), ("editing", [("Alex Richardson", None)])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_credit_roles_and_people(
    text: str, expected: list[tuple[str, list[tuple[str, str | None]]]]
) -> None:
    """Each clause gives its role and people, with the places they reported from."""
    got = [(c.role, [(p.name, p.location) for p in c.contributors]) for c in parse_credits(text)]
    assert got == expected


def test_credit_spans_tile_the_line() -> None:
    """Clause spans cover the whole line, punctuation included, without overlap."""
    text = "(Reporting by Reuters; Editing by Alexandra Hudson and Gareth Jones)"
    credits = parse_credits(text)
    assert [c.text for c in credits] == [
        "(Reporting by Reuters;",
        "Editing by Alexandra Hudson and Gareth Jones)",
    ]


@pytest.mark.parametrize(
    "text",
    ["Reporting season starts on Monday, analysts said.", "Editing software is cheap.", ""],
    ids=["sentence", "role-word-sentence", "empty"],
)
def test_not_a_credit_line(text: str) -> None:
    """Sentences that open with a role word are not credits."""
    assert parse_credits(text) == ()


def test_credit_glued_to_last_sentence() -> None:
    """A credit at the end of the last paragraph is split off it."""
    story = parse(
        "NEW YORK (Reuters) - Oil rose. (Additional reporting by Tori Richards; Editing by  Matthew Goldstein )"
    )
    assert story.body == "Oil rose."
    assert [(c.role, c.contributors[0].name) for c in story.credits] == [
        ("additional_reporting", "Tori Richards"),
        ("editing", "Matthew Goldstein"),
    ]


def test_ap_contributed_line() -> None:
    """AP's contributed line is a contributing credit with places."""
    story = parse(
        "WASHINGTON (AP) — It passed.\n\nAssociated Press writer Jo Li in Rome contributed to this report."
    )
    assert [(c.role, [(p.name, p.location) for p in c.contributors]) for c in story.credits] == [
        ("contributing", [("Jo Li", "Rome")])
    ]
    assert story.agency == "AP"
