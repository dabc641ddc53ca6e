"""Render round trip on the corpus: parse, render, parse again, compare.

Run from the project's root::

    python benchmarks/render_roundtrip.py                  # every ../shared/corpus/*.jsonl
    python benchmarks/render_roundtrip.py --style ap       # in AP style
    python benchmarks/render_roundtrip.py --failures 20    # plus the stories that fail
    python benchmarks/render_roundtrip.py PATH.jsonl ...   # other corpus files

For every story, ``parse(text, reference_date=...)`` gives ``s``; ``render(s)`` is
parsed again with the same reference date. The story round-trips when
``wirestory.render.kept_parts`` (agency, headline, dateline fields, byline people,
credit roles and people, notes, paragraph texts) is the same for both, and rendering
the second parse gives the same text (``render(parse(render(s))) == render(s)``).
A failing story is listed with the parts that differ. No figure here is a threshold:
the test suite holds the 99 % line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wirestory import parse, render
from wirestory.render import kept_parts

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one JSON-lines corpus file."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def round_trip(record: dict[str, Any], style: str) -> list[str]:
    """The names of the parts that do not survive the round trip (empty: it does)."""
    ref = record.get("reference_date")
    reference_date = dt.date.fromisoformat(ref) if ref else None
    story = parse(record["text"], reference_date=reference_date)
    text = render(story, style=style)
    again = parse(text, reference_date=reference_date)
    before, after = kept_parts(story), kept_parts(again)
    differ = [name for name in before if before[name] != after[name]]
    if render(again, style=style) != text:
        differ.append("render-not-stable")
    return differ


def main(argv: list[str] | None = None) -> int:
    """Print the round-trip figure per corpus file, and the failures when asked."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("corpus", nargs="*", type=Path, help="JSON-lines files (default: all)")
    args.add_argument("--style", default="reuters")
    args.add_argument("--failures", type=int, default=0, help="list up to N failing stories")
    opts = args.parse_args(argv)
    files = opts.corpus or sorted(CORPUS.glob("*.jsonl"))
    if not files:
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    total = passed = 0
    failures: list[tuple[str, list[str]]] = []
    print(f"{'file':<24} {'stories':>8} {'round-trip':>11}")
    for path in files:
        n = ok = 0
        for record in records(path):
            n += 1
            differ = round_trip(record, opts.style)
            if differ:
                failures.append((record["id"], differ))
            else:
                ok += 1
        total, passed = total + n, passed + ok
        print(f"{path.name:<24} {n:>8} {ok:>6} {ok / n:>6.1%}")
    print(f"{'all':<24} {total:>8} {passed:>6} {passed / total:>6.1%}")
    for story_id, differ in failures[: opts.failures]:
        print(f"  {story_id}: {', '.join(differ)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
