"""Speed and scaling of ``normalize_text``, with and without the offset map.

Run from the project's root::

    python benchmarks/bench_normalize.py            # stories written here, in real shapes
    python benchmarks/bench_normalize.py --corpus   # plus the shared dev corpus, if present

Figures printed:

* **throughput**: MB per second of ``normalize_text`` (defaults) and of
  ``normalize_text(..., with_map=True)``, and the ratio of each to ``parse`` on the
  same texts;
* **stability**: on the corpus, how many texts ``parse`` reads with the same number
  of paragraphs and the same dateline places before and after normalization;
* **scaling**: the time on adversarial inputs (a long line full of mojibake, nested
  entities, runs of white space, dashes and old-feed quotes, hard-wrapped prose) at
  sizes n, 2n, 4n; a ratio near 2 per doubling is linear.

No figure here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path

from wirestory import normalize_text, parse

ROOT = Path(__file__).resolve().parent.parent


def stories() -> list[str]:
    """Stories of our own in the real shapes (tests/data, the seeds)."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts


def corpus() -> list[str]:
    """Every text of the shared corpus, or none when it is not beside the project."""
    folder = ROOT.parent / "shared" / "corpus"
    return [
        json.loads(line)["text"]
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def seconds(run: Callable[[str], object], texts: list[str]) -> float:
    """Seconds to run ``run`` over every text once (best of three)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - start)
    return best


def throughput(label: str, texts: list[str]) -> None:
    """Print MB/s of each mode and its ratio to ``parse``."""
    size = sum(len(t) for t in texts) / 1e6
    base = seconds(parse, texts)
    print(f"{label}: {len(texts)} texts, {size:.2f} M characters")
    for name, run in (
        ("normalize_text", normalize_text),
        ("normalize_text(with_map=True)", lambda t: normalize_text(t, with_map=True)),
    ):
        took = seconds(run, texts)
        print(f"  {name:32} {size / took:6.2f} MB/s  {took / base:5.2f} x parse")


def stability(texts: list[str]) -> None:
    """Print how often parsing normalized text keeps the paragraph count and places."""
    same_paragraphs = same_places = 0
    for text in texts:
        raw, clean = parse(text), parse(normalize_text(text))
        same_paragraphs += len(raw.paragraphs) == len(clean.paragraphs)
        places = (raw.dateline.locations if raw.dateline else None) == (
            clean.dateline.locations if clean.dateline else None
        )
        same_places += places
    n = len(texts)
    print(f"  same paragraph count after normalizing: {same_paragraphs}/{n}")
    print(f"  same dateline places after normalizing: {same_places}/{n}")


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "mojibake line": lambda n: "JosÃ© saidâ€™ " * n,
    "nested entities": lambda n: "&" + "amp;" * n + "quot;",
    "white space": lambda n: "a\u00a0 \u200b\r\n \n" * n,
    "dashes": lambda n: "a - b -- c \u2013 " * n,
    "old quotes": lambda n: "``a'' 'b' " * n,
    "wrapped prose": lambda n: "Oil prices rose on Monday as traders weighed cuts\n" * n,
}


def scaling(base: int) -> None:
    """Print the time at n, 2n, 4n and the ratio per doubling."""
    print(f"scaling (n = {base}):")
    for name, make in ADVERSARIAL.items():
        times = [seconds(normalize_text, [make(base * k)]) for k in (1, 2, 4)]
        ratios = " ".join(f"{b / a:4.1f}" for a, b in itertools.pairwise(times))
        print(f"  {name:16} {times[-1]:7.3f} s at 4n  ratio per doubling: {ratios}")


def main() -> None:
    """Print every figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="store_true", help="also the shared dev corpus")
    parser.add_argument("--n", type=int, default=2000, help="base size of adversarial inputs")
    options = parser.parse_args()
    throughput("our stories", stories())
    texts = corpus() if options.corpus else []
    if texts:
        throughput("shared corpus", texts)
        stability(texts)
    scaling(options.n)


if __name__ == "__main__":
    main()
