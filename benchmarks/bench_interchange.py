"""Speed of the interchange module: envelope sniffing, exports and readers.

Run from the project's root::

    python benchmarks/bench_interchange.py            # stories written here
    python benchmarks/bench_interchange.py --corpus   # plus the shared dev corpus, if present

Figures printed:

* **sniff**: microseconds per ``read_envelope`` call on plain copy (the cost the parser
  pays on every story once it sniffs envelopes), and the same as a share of ``parse``;
* **scaling**: ``read_envelope`` + ``parse_enveloped`` on envelope-shaped adversarial
  inputs at sizes n, 2n, 4n, 8n (a ratio near 2 per doubling is linear);
* **exports and readers**: stories per second of ``to_ninjs``, ``to_nitf``,
  ``from_ninjs`` and ``from_nitf``.

No figure here is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from wirestory import Story, parse
from wirestory.interchange import (
    from_ninjs,
    from_nitf,
    parse_enveloped,
    read_envelope,
    to_ninjs,
    to_nitf,
)

ROOT = Path(__file__).resolve().parent.parent


def stories(with_corpus: bool) -> list[str]:
    """Our own stories in real shapes, and the shared corpus when asked and present."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    folder = ROOT.parent / "shared" / "corpus"
    if with_corpus and folder.is_dir():
        for path in sorted(folder.glob("*.jsonl")):
            texts += [
                json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
            ]
    return texts


def per_call(fn: Callable[[], object], repeat: int = 5) -> float:
    """The best of ``repeat`` timings of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def sniff(texts: Sequence[str]) -> None:
    plain = [t for t in texts if read_envelope(t) is None]
    sniff_time = per_call(lambda: [read_envelope(t) for t in plain])
    parse_time = per_call(lambda: [parse(t) for t in plain], repeat=1)
    print(f"sniff: {len(plain)} plain stories, {1e6 * sniff_time / len(plain):.2f} us per call, "
          f"{100 * sniff_time / parse_time:.3f} % of parse")  # fmt: skip


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "anpa carets": lambda n: "\x01h\x02" + "^x<\n" * n,
    "anpa codes": lambda n: "ZCZC\r" + "$T\r" * n,
    "sgml tags": lambda n: "<DOC id=1>" + "<P>a</P>\n" * n,
    "unclosed front matter": lambda n: "---\n" + "key: value\n" * n,
    "header lines": lambda n: "title: x\n" + "k: v\n" * n,
}


def scaling(n: int = 500) -> None:
    for name, make in ADVERSARIAL.items():
        times = []
        for size in (n, 2 * n, 4 * n, 8 * n):
            text = make(size)
            times.append(per_call(lambda text=text: _enveloped(text), repeat=1))  # type: ignore[misc]
        ratios = " ".join(f"{b / a:.1f}" for a, b in itertools.pairwise(times))
        print(f"scaling {name:>22}: {1000 * times[-1]:8.1f} ms at {8 * n}, ratios {ratios}")


def _enveloped(text: str) -> Story | None:
    envelope = read_envelope(text)
    return None if envelope is None else parse_enveloped(text, envelope)


def exports(texts: Sequence[str]) -> None:
    parsed = [parse(t) for t in texts]
    ninjs = [to_ninjs(s) for s in parsed]
    nitf = [to_nitf(s) for s in parsed]
    for name, fn in (
        ("to_ninjs", lambda: [to_ninjs(s) for s in parsed]),
        ("to_nitf", lambda: [to_nitf(s) for s in parsed]),
        ("from_ninjs", lambda: [from_ninjs(d) for d in ninjs]),
        ("from_nitf", lambda: [from_nitf(x) for x in nitf]),
    ):
        seconds = per_call(fn, repeat=1)
        print(f"{name:>10}: {len(parsed) / seconds:8.0f} stories/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="store_true", help="add the shared dev corpus")
    args = parser.parse_args()
    texts = stories(args.corpus)
    sniff(texts)
    scaling()
    exports(texts)


if __name__ == "__main__":
    main()
