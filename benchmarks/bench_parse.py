"""Speed and scaling of ``parse``, as ratios against a floor measured in the same run.

Run from the project's root::

    python benchmarks/bench_parse.py            # stories written here, in real shapes
    python benchmarks/bench_parse.py --corpus   # plus the shared dev corpus, if present

Figures printed:

* **throughput**: stories per second and MB per second of ``parse``;
* **ratio to floor**: the time of ``parse`` divided by the time of a floor that every
  parser must pay at least once: splitting the story into lines and running one
  compiled regular expression over each line (``floor``). Lower is better.
* **scaling**: the time of ``parse`` on adversarial inputs (long runs of capitals,
  parentheses, dashes, credit-like words, one huge line) at sizes n, 2n, 4n, 8n; a
  ratio near 2 per doubling is linear; a ratio that grows means backtracking.

No figure here is a pass/fail threshold; CI prints them for the record.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import regex

from wirestory import parse

ROOT = Path(__file__).resolve().parent.parent
_WORD = regex.compile(r"\w+")


def floor(text: str) -> int:
    """The least work any line-based parser does: split lines, scan each once."""
    return sum(len(_WORD.findall(line)) for line in text.splitlines())


def stories() -> list[str]:
    """Stories of our own in the real shapes (tests/data, the seed), repeated."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts


def corpus() -> list[str]:
    folder = ROOT.parent / "shared" / "corpus"
    return [
        json.loads(line)["text"]
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def throughput(name: str, texts: list[str]) -> None:
    size = sum(len(t) for t in texts)
    t_parse = best_of(lambda: [parse(t) for t in texts])
    t_floor = best_of(lambda: [floor(t) for t in texts])
    print(
        f"{name:<10} {len(texts):>5} stories {size / 1e6:6.2f} MB  "
        f"parse {len(texts) / t_parse:8.0f} stories/s {size / 1e6 / t_parse:6.2f} MB/s  "
        f"ratio to floor {t_parse / t_floor:6.1f}"
    )


ADVERSARIAL = {
    "caps-words": "ABC DEF " * 64,
    "parens": "(Reuters " * 64,
    "dashes": "- -- — " * 64,
    "credit-words": "Reporting by A and editing by B, " * 16,
    "names-no-end": "By Jane Doe and John Roe, " * 16,
    "one-long-line": "The index fell 2% on Monday, analysts said. " * 32,
    "newlines": "LONDON\n" * 64,
    "brackets": "[ID:nL5N0 " * 64,
    "slashes": "Photo (a/b/c/d/e/f/g/h " * 16,
    "short-slashes": "a/" * 64,
}


def scaling() -> None:
    for name, unit in ADVERSARIAL.items():
        times = [best_of(functools.partial(parse, unit * n), repeat=3) for n in (4, 8, 16, 32)]
        ratios = [b / a for a, b in itertools.pairwise(times)]
        print(
            f"scaling {name:<14} {times[-1] * 1e3:8.1f} ms at {len(unit) * 32:>7} chars  "
            f"per doubling: {' '.join(f'{r:4.1f}' for r in ratios)}  "
            f"(median {statistics.median(ratios):.1f})"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", action="store_true", help="also time the shared dev corpus")
    args = ap.parse_args()
    throughput("own", stories() * 20)
    if args.corpus:
        texts = corpus()
        if texts:
            throughput("corpus", texts)
        else:
            print("corpus     ../shared/corpus not found; skipped")
    scaling()


if __name__ == "__main__":
    main()
