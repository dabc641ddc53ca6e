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
    (
        "lost-separators",
        "Reporting by Tom AxAdditional reporting by Ann LeeEditing by Bo Ma",
        [
            ("reporting", [("Tom Ax", None)]),
            ("additional_reporting", [("Ann Lee", None)]),
            ("editing", [("Bo Ma", None)]),
        ],
    ),
    (
        "comma-lower-case",
        "Reporting by Guy Fox, editing by Ann Shirley",
        [("reporting", [("Guy Fox", None)]), ("editing", [("Ann Shirley", None)])],
    ),
    (
        "full-stop",
        "Reporting by Al Rose in Washington. Editing by Ron Green",
        [("reporting", [("Al Rose", "Washington")]), ("editing", [("Ron Green", None)])],
    ),
    (
        "missing-by",
        "Additional reporting by Jo Hall; Editing Alex Rich and Mike Collett-White",
        [
            ("additional_reporting", [("Jo Hall", None)]),
            ("editing", [("Alex Rich", None), ("Mike Collett-White", None)]),
        ],
    ),
    (
        "reporting-from-city",
        "Reporting from Rome by Alvise Arm; Writing by Al Arm Editing by Tom Jan",
        [
            ("reporting", [("Alvise Arm", "Rome")]),
            ("writing", [("Al Arm", None)]),
            ("editing", [("Tom Jan", None)]),
        ],
    ),
    (
        "reported-from",
        "Lud Burger reported from Frankfurt; Additional reporting by Ter Sol in Oslo",
        [
            ("reporting", [("Lud Burger", "Frankfurt")]),
            ("additional_reporting", [("Ter Sol", "Oslo")]),
        ],
    ),
    (
        "place-with-region",
        "Reporting by Sam Nell in Santa Barbara, California; editing by Di Craft",
        [
            ("reporting", [("Sam Nell", "Santa Barbara, California")]),
            ("editing", [("Di Craft", None)]),
        ],
    ),
    (
        "capital-places-with-slash",
        "(Additional reporting by Fe Jen in JAKARTA/SURABAYA and Al-Zaq Amer in KUALA LUMPUR)",
        [
            (
                "additional_reporting",
                [("Fe Jen", "JAKARTA/SURABAYA"), ("Al-Zaq Amer", "KUALA LUMPUR")],
            )
        ],
    ),
    (
        "misspelt-additional",
        "(Additonal Reporting by Cat Schenk in Johannesburg; Reporting by Tim Cox)",
        [
            ("additional_reporting", [("Cat Schenk", "Johannesburg")]),
            ("reporting", [("Tim Cox", None)]),
        ],
    ),
    (
        "particle-apostrophe-ampersand",
        "(Reporting by Kim Dix , editing by Anthony Boad & Theodore d'Affli)",
        [
            ("reporting", [("Kim Dix", None)]),
            ("editing", [("Anthony Boad", None), ("Theodore d'Affli", None)]),
        ],
    ),
    (
        "newsroom",
        "(Reporting by Josh Hor and the Shanghai newsroom. Editing by Gerry Doe)",
        [
            ("reporting", [("Josh Hor", None), ("Shanghai newsroom", None)]),
            ("editing", [("Gerry Doe", None)]),
        ],
    ),
    (
        "invisible-characters",
        "(Reporting by Tim Gard in \u200bWashington; Editing by Lisa Shu)",
        [("reporting", [("Tim Gard", "Washington")]), ("editing", [("Lisa Shu", None)])],
    ),
    (
        "bloomberg-assistance",
        "--With assistance from Kat Ross, Randy Than-Knight and Ole Saf.\u00a0 ",
        [("assistance", [("Kat Ross", None), ("Randy Than-Knight", None), ("Ole Saf", None)])],
    ),
    (
        "bloomberg-reporters",
        "To contact the reporters on this story: Andrew Noel in London at anoel@bloomberg.net;Tony Cz in New York at tcz@bloomberg.net",
        [("reporting", [("Andrew Noel", "London"), ("Tony Cz", "New York")])],
    ),
    (
        "bloomberg-editors",
        "To contact the editors responsible for this story: Lin Nou at lnou@bloomberg.net, Mark Will",
        [("editing", [("Lin Nou", None), ("Mark Will", None)])],
    ),
    (
        "xinhua-web-editor",
        "(Web editor: Wen Ying, Bianji)",
        [("editing", [("Wen Ying", None), ("Bianji", None)])],
    ),
    (
        "bullet-with-addresses",
        "* Reporting by Jay Titz, jtitz@opisnet.com; Editing by Jeff Barb, jbarb@opisnet.com",
        [("reporting", [("Jay Titz", None)]), ("editing", [("Jeff Barb", None)])],
    ),
    (
        "ap-contributed",
        "Associated Press writers Jae Chang and Kel Olsen in Seoul, Paul Jelin in Washington, "
        "and John Heil at the U.N. contributed to this report.",
        [
            (
                "contributing",
                [
                    ("Jae Chang", None),
                    ("Kel Olsen", "Seoul"),
                    ("Paul Jelin", "Washington"),
                    ("John Heil", "the U.N"),
                ],
            )
        ],
    ),
    (
        "ap-contributed-short",
        "AP reporters Tony G. Gabe and Mar Rizk contributed.",
        [("contributing", [("Tony G. Gabe", None), ("Mar Rizk", None)])],
    ),
    (
        "ap-contributed-place-after",
        "AP writer Sin Sal contributed to this report in Baghdad.",
        [("contributing", [("Sin Sal", "Baghdad")])],
    ),
    (
        "ap-agency-in-italics",
        "*The Associated Press contributed to this report.*",
        [("contributing", [("The Associated Press", None)])],
    ),
    (
        "ap-reported-then-contributing",
        "Klep reported from Albany, New York. Contributing to this report were Associated Press "
        "writers Mike Cord in Amsterdam and Ed Li.",
        [
            ("reporting", [("Klep", "Albany, New York")]),
            ("contributing", [("Mike Cord", "Amsterdam"), ("Ed Li", None)]),
        ],
    ),
    (
        "ap-two-reported-sentences",
        "Rug and Meg reported from Washington. Swe and Buss reported from New York.",
        [
            ("reporting", [("Rug", "Washington"), ("Meg", "Washington")]),
            ("reporting", [("Swe", "New York"), ("Buss", "New York")]),
        ],
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
    [
        "Reporting season starts on Monday, analysts said.",
        "Editing software is cheap.",
        "",
        "fairydust@yna.co.kr(END)",
        "bur-cad-asy/cc",
        "ab/de/dl/hmw",
        "He contributed a lot to the team.",
        "Officials reported from the scene that nobody was hurt.",
    ],
    ids=[
        "sentence",
        "role-word-sentence",
        "empty",
        "yonhap-email-signoff",
        "afp-desk-codes",
        "afp-desk-codes-slashes",
        "contributed-sentence",
        "reported-sentence",
    ],
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


@pytest.mark.parametrize(
    ("label", "line"),
    [
        pytest.param(
            "To contact the reporter on this story:",
            "Jonas Berg in London at jberg@bloomberg.net",
            id="reporter",
        ),
        pytest.param(
            "To contact the editors responsible for this story:",
            "Lena Holm at lholm@bloomberg.net",
            id="editors",
        ),
        pytest.param(
            "To contact the reporters on this story:",
            "Ana Ruiz in Madrid at aruiz@bloomberg.net",
            id="reporters",
        ),
    ],
)
def test_contact_label_introduces_the_line_after_it(label: str, line: str) -> None:
    """A label ending in a colon and the contact line under it are one credit, even though
    the contact line alone (a name and an e-mail) would be a contact line."""
    story = parse(f"(Bloomberg) -- Copper fell on Monday.\n\n{label}\n{line}")
    assert [(c.text, [p.email for p in c.contributors]) for c in story.credits] == [
        (f"{label}\n{line}", [line.split(" at ")[-1]])
    ]
    assert story.boilerplate == ()
