"""Metamorphic layout robustness: the same story in another layout must parse the same.

Run from the project's root::

    python benchmarks/layout_robustness.py                # every ../shared/corpus/*.jsonl
    python benchmarks/layout_robustness.py --failures 5   # plus failing ids per layout

For every gold story with a ``body`` whose original text already parses right (body,
and paragraph count where the gold has one), the story is rebuilt *structurally* from
its own parts and parsed again:

* **head**: the lines above the first paragraph (headline, byline, a dateline on a line
  of its own), from the parse of the original; each stays one line, never wrapped;
* **lead**: the text between the last head line and the first paragraph (``LONDON
  (Reuters) - ``), glued to the first paragraph as in the original;
* **paragraphs**: the gold body's paragraphs (split on blank lines), or, where the gold
  has no paragraph count (the source lost its breaks), the parsed paragraphs; white
  space inside each is collapsed to single spaces;
* **tail**: the non-blank lines after the last paragraph (credits, sign-offs, page
  furniture), each a unit of its own, laid out like a paragraph.

Material between paragraphs in the original (captions, promos) is left out: the gold
body does not contain it. The layouts:

==============  ===========================================================================
``crlf``        the original text with every line end turned into ``\\r\\n`` (a)
``lines``       one unit per line, no blank lines (b)
``lines-crlf``  as ``lines`` with ``\\r\\n`` line ends (a + b)
``blank``       units separated by blank lines (c)
``wrap64/72/80`` paragraphs hard-wrapped at 64, 72, 80 columns, blank lines between (d)
``feed64/72``   hard-wrapped, no blank lines, each paragraph's first line indented four
                spaces, as Reuters-21578 (e)
``nbsp-blank``  as ``blank``, every fifth space a no-break space, two spaces after
                every line (f)
``nbsp-wrap72`` as ``wrap72`` with the same no-break and trailing spaces (f)
``flat72``      hard-wrapped at 72, no blank lines, no indent: paragraph ends cannot be
                told, so only the body is scored
``one-line``    everything on one line (g): only the body is scored
==============  ===========================================================================

Body and paragraph count are compared as ``score.py`` does (NFKC, casefold, runs of
white space collapsed; separator lines such as ``___`` ignored). No figure here is a
pass/fail threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from wirestory import parse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
_LINE_END = regex.compile(r"\r\n|\r|\n")


def squash(text: str | None) -> str:
    """Compare text modulo Unicode form, case and runs of white space (as ``score.py``).

    >>> squash("  Oil\\u00a0ROSE \\n")
    'oil rose'
    """
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    return " ".join(text.split()).casefold()


def is_rule(text: str) -> bool:
    """A separator line such as ``___`` carries no words; it is ignored on both sides."""
    return not any(ch.isalnum() for ch in text)


@dataclass(frozen=True)
class Skeleton:
    """One story's parts, to be laid out again."""

    head: tuple[str, ...]
    lead: str
    paragraphs: tuple[str, ...]
    tail: tuple[str, ...]


@dataclass(frozen=True)
class Record:
    """A corpus story that parses right as found, with what its variants must give."""

    id: str
    text: str
    reference_date: dt.date | None
    body: str
    paragraph_count: int | None
    skeleton: Skeleton


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in _LINE_END.split(text) if ln.strip()]


def skeleton(text: str, story: dict[str, Any], gold: dict[str, Any]) -> Skeleton | None:
    """Cut the original into head, lead, paragraphs and tail (``None`` without a body).

    >>> story = {"paragraphs": [{"text": "Oil rose.", "span": [26, 35]}]}
    >>> skeleton("Oil up\\nLONDON (Reuters) - Oil rose.\\nReuters", story, {"body": "Oil rose."})
    Skeleton(head=('Oil up',), lead='LONDON (Reuters) -', paragraphs=('Oil rose.',), tail=('Reuters',))
    """
    parsed = story.get("paragraphs") or []
    if not parsed:
        return None
    first, last = parsed[0]["span"][0], parsed[-1]["span"][1]
    above = text[:first]
    cut = max(above.rfind("\n"), above.rfind("\r")) + 1
    if gold.get("paragraph_count") is not None:
        paragraphs = [" ".join(p.split()) for p in gold["body"].split("\n\n")]
    else:
        paragraphs = [" ".join(p["text"].split()) for p in parsed]
    return Skeleton(
        head=tuple(_lines(above[:cut])),
        lead=" ".join(above[cut:].split()),
        paragraphs=tuple(p for p in paragraphs if p),
        tail=tuple(_lines(text[last:])),
    )


# -- layouts ----------------------------------------------------------------------------

Unit = tuple[str, bool]
"""A unit of text and whether it may be wrapped (paragraphs and tail lines may)."""


def _units(sk: Skeleton) -> list[Unit]:
    first = f"{sk.lead} {sk.paragraphs[0]}" if sk.lead else sk.paragraphs[0]
    return (
        [(h, False) for h in sk.head]
        + [(p, True) for p in (first, *sk.paragraphs[1:])]
        + [(t, True) for t in sk.tail]
    )


def _wrap(text: str, width: int, indent: str = "") -> str:
    lines = textwrap.wrap(
        text, width, initial_indent=indent, break_long_words=False, break_on_hyphens=False
    )
    return "\n".join(lines) or text


def _nbsp(text: str) -> str:
    """Every fifth space a no-break space, two trailing spaces on every line."""
    out: list[str] = []
    count = 0
    for ch in text:
        if ch == " ":
            count += 1
            ch = "\u00a0" if count % 5 == 0 else ch
        out.append(ch)
    return "\n".join(line + "  " if line else line for line in "".join(out).split("\n"))


def joined(sep: str) -> Callable[[Skeleton], str]:
    """Units one per line (``sep="\\n"``) or between blank lines (``"\\n\\n"``)."""
    return lambda sk: sep.join(u for u, _ in _units(sk))


def wrapped(width: int, sep: str = "\n\n", indent: str = "") -> Callable[[Skeleton], str]:
    """Wrappable units hard-wrapped at ``width``, opened by ``indent``."""
    return lambda sk: sep.join(_wrap(u, width, indent) if w else u for u, w in _units(sk))


LAYOUTS: dict[str, tuple[Callable[[Skeleton], str], bool]] = {
    # name: (builder, whether the paragraph count can be recovered)
    "lines": (joined("\n"), True),
    "lines-crlf": (lambda sk: joined("\n")(sk).replace("\n", "\r\n"), True),
    "blank": (joined("\n\n"), True),
    "wrap64": (wrapped(64), True),
    "wrap72": (wrapped(72), True),
    "wrap80": (wrapped(80), True),
    "feed64": (wrapped(64, "\n", "    "), True),
    "feed72": (wrapped(72, "\n", "    "), True),
    "nbsp-blank": (lambda sk: _nbsp(joined("\n\n")(sk)), True),
    "nbsp-wrap72": (lambda sk: _nbsp(wrapped(72)(sk)), True),
    "flat72": (wrapped(72, "\n"), False),
    "one-line": (joined(" "), False),
}


def variants(rec: Record) -> Iterator[tuple[str, str, bool]]:
    """``(layout, text, paragraphs recoverable)`` for every layout of one story."""
    yield "original", rec.text, True
    yield "crlf", _LINE_END.sub("\r\n", rec.text), True
    for name, (build, countable) in LAYOUTS.items():
        yield name, build(rec.skeleton), countable


# -- scoring ----------------------------------------------------------------------------


def body_of(story: dict[str, Any]) -> tuple[str, int]:
    """The squashed body and the paragraph count, separator lines left out."""
    texts = [p.get("text", "") for p in story.get("paragraphs") or []]
    kept = [t for t in texts if not is_rule(t)]
    return squash(" ".join(kept)), len(kept)


def load(path: Path) -> tuple[list[Record], int]:
    """The stories of one file that parse right as found, and how many had a body."""
    records: list[Record] = []
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        gold = raw["gold"]
        if "body" not in gold:
            continue
        total += 1
        ref = dt.date.fromisoformat(raw["reference_date"]) if raw.get("reference_date") else None
        story = parse(raw["text"], reference_date=ref).to_dict()
        body = squash(" ".join(b for b in gold["body"].split("\n\n") if not is_rule(b)))
        count = gold.get("paragraph_count")
        got_body, got_count = body_of(story)
        if got_body != body or (count is not None and got_count != count):
            continue
        sk = skeleton(raw["text"], story, gold)
        if sk is not None:
            records.append(Record(raw["id"], raw["text"], ref, body, count, sk))
    return records, total


@dataclass
class Tally:
    """Per layout: bodies and paragraph counts checked and right, failing ids."""

    body_ok: int = 0
    body_n: int = 0
    count_ok: int = 0
    count_n: int = 0
    crashes: int = 0
    failed: list[str] | None = None


def run(records: list[Record]) -> dict[str, Tally]:
    """Parse every variant of every record and tally the results per layout."""
    tallies: dict[str, Tally] = {}
    for rec in records:
        for name, text, countable in variants(rec):
            tally = tallies.setdefault(name, Tally(failed=[]))
            assert tally.failed is not None
            try:
                got_body, got_count = body_of(
                    parse(text, reference_date=rec.reference_date).to_dict()
                )
            except Exception:  # a crash is a finding, not a reason to stop
                tally.crashes += 1
                got_body, got_count = "", -1
            tally.body_n += 1
            tally.body_ok += got_body == rec.body
            good = got_body == rec.body
            if countable and rec.paragraph_count is not None:
                tally.count_n += 1
                tally.count_ok += got_count == rec.paragraph_count
                good = good and got_count == rec.paragraph_count
            if not good:
                tally.failed.append(rec.id)
    return tallies


def _pct(ok: int, n: int) -> str:
    return f"{ok / n:6.1%}" if n else "     -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, action="append", help="gold JSONL file(s)")
    ap.add_argument("--failures", type=int, default=0, help="list up to N failing ids per layout")
    args = ap.parse_args(argv)
    paths: list[Path] = args.corpus or sorted(CORPUS.glob("*.jsonl"))
    if not paths:
        print(f"{CORPUS} not found; skipped")
        return 0
    records: list[Record] = []
    for path in paths:
        kept, total = load(path)
        records += kept
        print(f"{path.name}: {len(kept)} of {total} stories with a body parse right as found")
    tallies = run(records)
    print(f"\n{'layout':<12} {'body':>7} {'paras':>7} {'both':>7}  crashes")
    for name, t in tallies.items():
        assert t.failed is not None
        both = t.body_n - len(t.failed)
        print(
            f"{name:<12} {_pct(t.body_ok, t.body_n)} {_pct(t.count_ok, t.count_n)} "
            f"{_pct(both, t.body_n)}  {t.crashes}"
        )
        if args.failures and t.failed:
            print("    " + " ".join(t.failed[: args.failures]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
