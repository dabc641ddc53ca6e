"""The kind names live in one place (``wirestory._vocab``), and every one is real.

Two guards: every kind that a phrase row, a role table or a rule in the parser can
emit is documented, and every documented kind is produced by an example story here.
Renaming a kind in one place and not the other fails one of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from wirestory import BOILERPLATE_KINDS, CREDIT_ROLES, DEFAULT_REGISTRY, NOTE_KINDS, parse
from wirestory._parse.credits import ROLE_WORDS
from wirestory._parse.phrases import INLINE_PHRASES, NOTE_PHRASES, phrases

PARSER = Path(__file__).resolve().parents[1] / "src" / "wirestory" / "_parse"
KIND_OF = {"Boilerplate": BOILERPLATE_KINDS, "Note": NOTE_KINDS, "Credit": CREDIT_ROLES}

LEAD = "OSLO, May 3 (Reuters) - Norway's wealth fund said on Monday it sold its stake in a shipping firm, citing concerns over safety.\n\n"
BOILERPLATE_EXAMPLES: dict[str, str] = {
    "unknown": "-- Oil prices climb on supply worries\n-- By Jane Doe and John Roe\n-- Tue Feb 12, 2013 4:40pm EST\nBy Jane Doe\nLONDON (Reuters) - Oil rose on Monday as traders weighed supply.",
    "signoff": LEAD + "The fund declined to comment further.\n\nEnditem",
    "copyright": LEAD
    + "The fund declined to comment further.\n\nCopyright 2024 The Associated Press. All rights reserved.",
    "standards": LEAD
    + "The fund declined to comment further.\n\nOur Standards: The Thomson Reuters Trust Principles.",
    "promo": LEAD + "The fund declined to comment further.\n\nSign up here.",
    "comments": LEAD + "The fund declined to comment further.\n\nView comments (12)",
    "related": LEAD
    + "The fund declined to comment further.\n\nRead more:\n\nRelated coverage of the fund",
    "caption": "FILE PHOTO: A view of the fund's offices in Oslo, Norway, May 2, 2024.\n"
    + LEAD
    + "The fund declined to comment further.",
    "timestamp": "Published Mar 21, 2024 12:38PM ET\n"
    + LEAD
    + "The fund declined to comment further.",
    "page": LEAD + "Advertisement · Scroll to continue\n\nThe fund declined to comment further.",
    "header": "-- Fund sells stake\n-- http://www.example.com/article/2010/fund\n"
    + LEAD
    + "The fund declined to comment further.",
    "deck": "Fund sells stake\nThe sale follows a review of safety records\n"
    + LEAD
    + "The fund declined to comment further.",
    "keywords": LEAD + "The fund declined to comment further.\n\nKeywords: NORWAY FUND/SHIPPING",
    "story_ref": LEAD + "The fund declined to comment further. [ID:nL5N0OV09R]\n\n[ID:nL5N0OV09R]",
    "source": LEAD + "The fund declined to comment further.\n\nSource: Xinhua",
    "separator": LEAD
    + "The fund declined to comment further.\n\n___\n\nThe fund's chief spoke later.",
    "truncation": LEAD + "The fund declined to comment further... [+2764 chars]",
    "contact": LEAD + "The fund declined to comment further.\n\n((Oslo newsroom, +47 22 00 00 00))",
    "syndication": LEAD
    + "The fund declined to comment further.\n\n(This story has not been edited by our staff and is published from a syndicated feed.)",
}
NOTE_EXAMPLES: dict[str, str] = {
    "top": "(Adds comment from the fund in paragraph 2)\n" + LEAD + "The fund declined to comment.",
    "currency": LEAD + "The fund declined to comment.\n\n($1 = 10.65 Norwegian crowns)",
    "correction": LEAD
    + "The fund declined to comment.\n\nThis story has been corrected to fix the name of the firm in paragraph 1.",
    "editors": "Eds: Updates with comment from the fund.\n"
    + LEAD
    + "The fund declined to comment.",
    "disclaimer": LEAD
    + "The fund declined to comment.\n\nThe views expressed here are those of the author, a columnist for Reuters.",
}
CREDIT_EXAMPLES: dict[str, str] = {
    r: LEAD + "The fund declined to comment.\n\n" + line
    for r, line in {
        "reporting": "(Reporting by Jane Doe in Oslo)",
        "additional_reporting": "(Additional reporting by Jane Doe; Editing by Tom Lee)",
        "writing": "(Writing by Jane Doe; Editing by Tom Lee)",
        "editing": "(Editing by Tom Lee)",
        "compiling": "(Compiled by Jane Doe; Editing by Tom Lee)",
        "contributing": "Associated Press writer Jane Doe in Oslo contributed to this report.",
        "assistance": "--With assistance from Jane Doe.",
        "research": "(Research by Jane Doe; Editing by Tom Lee)",
        "graphics": "(Graphics by Jane Doe; Editing by Tom Lee)",
        "photography": "(Photos by Jane Doe; Editing by Tom Lee)",
        "translation": "(Translated by Jane Doe; Editing by Tom Lee)",
    }.items()
}


def _literal_kinds() -> list[tuple[str, str, str]]:
    """``(class, kind, where)`` for every ``Boilerplate("kind", ...)``-style call in the parser."""
    found = []
    for path in sorted(PARSER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in KIND_OF
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append((node.func.id, str(node.args[0].value), f"{path.name}:{node.lineno}"))
    return found


def test_rules_emit_documented_kinds_only() -> None:
    """A kind written in a rule is one of the documented kinds (and rules do write some)."""
    found = _literal_kinds()
    assert {cls for cls, _, _ in found} >= {"Boilerplate"}
    for cls, kind, where in found:
        assert kind in KIND_OF[cls], f"{where}: {cls} kind {kind!r} is not documented"


def test_tables_emit_documented_kinds_only() -> None:
    """Every phrase row and role word names a documented kind."""
    assert {p.kind for p in phrases(DEFAULT_REGISTRY)} | {p.kind for p in INLINE_PHRASES} <= set(
        BOILERPLATE_KINDS
    )
    assert {p.kind for p in NOTE_PHRASES} <= set(NOTE_KINDS)
    assert {role for _, role in ROLE_WORDS} <= set(CREDIT_ROLES)


def test_every_documented_kind_has_an_example() -> None:
    """The example tables below cover the vocabulary exactly."""
    assert set(BOILERPLATE_EXAMPLES) == set(BOILERPLATE_KINDS)
    assert set(NOTE_EXAMPLES) == set(NOTE_KINDS)
    assert set(CREDIT_EXAMPLES) == set(CREDIT_ROLES)


@pytest.mark.parametrize(("kind", "text"), sorted(BOILERPLATE_EXAMPLES.items()))
def test_boilerplate_kind_is_produced(kind: str, text: str) -> None:
    """Each boilerplate kind comes out of a story in its real shape."""
    assert kind in {b.kind for b in parse(text).boilerplate}


@pytest.mark.parametrize(("kind", "text"), sorted(NOTE_EXAMPLES.items()))
def test_note_kind_is_produced(kind: str, text: str) -> None:
    """Each note kind comes out of a story in its real shape."""
    assert kind in {n.kind for n in parse(text).notes}


@pytest.mark.parametrize(("role", "text"), sorted(CREDIT_EXAMPLES.items()))
def test_credit_role_is_produced(role: str, text: str) -> None:
    """Each credit role comes out of a story's credit line."""
    assert role in {c.role for c in parse(text).credits}
