"""A brand-new agency is one ``Agency`` row: nothing else in the package changes.

The agency below is invented. Everything the parser knows of it comes from the row
given to ``parse(..., agencies=...)``: its dateline token, sign-off, credit phrase,
copyright holder and web domain. Each test also parses the same text with the default
registry, which must not know the agency (so the row is what makes the difference).
"""

from __future__ import annotations

import pytest

from wirestory import DEFAULT_REGISTRY, Agency, Story, parse

WIRE_ONE = Agency(
    "Wire One",
    aliases=("Wire One", "Wire One News"),
    dateline_tokens=("W1",),
    signoffs=(r"==\s*W1\s*==",),
    credit_phrases=("Wire One stringer",),
    copyright_holders=("Nordlys Media",),
    domains=("wireone.example",),
)
REGISTRY = DEFAULT_REGISTRY.extend(WIRE_ONE)

LEAD = "The port of Tromso reopened on Monday after a storm closed it for three days."


def both(text: str) -> tuple[Story, Story]:
    """The text parsed with the extended registry, and with the default one."""
    return parse(text, agencies=REGISTRY), parse(text)


def test_found_in_a_dateline() -> None:
    """The row's dateline token names the agency in a dateline."""
    story, plain = both(f"TROMSO, Norway, May 3 (W1) - {LEAD}")
    assert story.dateline is not None and story.dateline.agency == "Wire One"
    assert story.agency == "Wire One"
    assert story.dateline.locations == ("TROMSO",) and story.dateline.region == "Norway"
    assert plain.agency != "Wire One"


def test_signoff_and_copyright_lines_are_labelled() -> None:
    """Its sign-off is a ``signoff`` and a line naming its copyright holder a ``copyright``;
    both are evidence for it."""
    story, plain = both(f"TROMSO (W1) - {LEAD}\n\n==W1==\n\nCopyright Nordlys Media")
    assert [(b.kind, b.text) for b in story.boilerplate] == [
        ("signoff", "==W1=="),
        ("copyright", "Copyright Nordlys Media"),
    ]
    assert {(e.element, e.agency) for e in story.evidence} >= {("boilerplate", "Wire One")}
    assert [p.text for p in story.paragraphs] == [LEAD]
    assert "==W1==" in plain.body  # unknown to the default registry: left as body


def test_credit_phrase_gets_its_people() -> None:
    """A contributed line opened by its credit phrase credits the people after it."""
    line = "Wire One stringer Kari Nordmann in Bodo contributed to this report."
    story, plain = both(f"TROMSO (W1) - {LEAD}\n\n{line}")
    assert [(c.role, [(p.name, p.location) for p in c.contributors]) for c in story.credits] == [
        ("contributing", [("Kari Nordmann", "Bodo")])
    ]
    assert [p.name for c in plain.credits for p in c.contributors] != ["Kari Nordmann"]


@pytest.mark.parametrize(
    ("tail", "element"),
    [
        pytest.param("==W1==", "boilerplate", id="sign-off"),
        pytest.param("(c) 2026 Nordlys Media", "boilerplate", id="copyright-holder"),
        pytest.param("https://www.wireone.example/news/port-reopens", "boilerplate", id="domain"),
        pytest.param("Reporting by Wire One", "credits", id="credit-names-it"),
    ],
)
def test_inferred_without_a_dateline(tail: str, element: str) -> None:
    """With no dateline the agency comes from the evidence at the end of the story."""
    story, plain = both(f"{LEAD}\n\nThe storm also closed two airports.\n\n{tail}")
    assert story.dateline is None
    assert story.agency == "Wire One"
    assert [e.element for e in story.evidence if e.agency == "Wire One"] == [element]
    assert plain.agency is None
