"""Speed of ``parse``: throughput against a floor, start-up, linearity, scaling, profile.

Run from the project's root::

    python benchmarks/bench_parse.py                  # stories of our own (tests/data, seeds)
    python benchmarks/bench_parse.py --corpus         # plus each ../shared/corpus/*.jsonl file
    python benchmarks/bench_parse.py --corpus --profile   # plus a cProfile summary
    python benchmarks/bench_parse.py --corpus --json  # the figures as one JSON object

Figures printed (docs/performance.rst explains each one):

* **throughput**, per sample (our own stories; each dev corpus file; all corpus files
  together): stories/s and MB/s (UTF-8) of ``parse``, the median per-story parse time,
  and the ratio to a **floor** timed in the same process on the same texts: the floor is
  ``str.splitlines()`` plus one compiled dateline pattern (place, optional date,
  parenthesised agency, dash) matched at the start of every line. The ratio is given
  as the median of the per-story ratios and as the ratio of the totals;
* **start-up**, in fresh interpreters: ``import wirestory``, the first ``parse`` of a
  short story after the import, and one ``python -m wirestory parse FILE``;
* **linearity**: real stories concatenated 1x, 2x, 4x ... 64x, time per character at
  each size and the ratio per doubling (2.0 is linear);
* **adversarial scaling**: long runs of capitals, parentheses, dashes, credit-like words,
  one huge line, at sizes n, 2n, 4n, 8n; a ratio per doubling that grows past 2 means
  backtracking;
* ``--profile``: the ten functions with the most cumulative and the most own time while
  parsing the corpus (our own stories without ``--corpus``), and the share of own time
  spent inside the ``regex`` engine.

Every time is the best of ``--repeat`` runs (the machine is shared; the minimum is the
figure least disturbed by other work), in CPU seconds unless ``--clock wall`` is given:
CPU time leaves out the time this process waits while other work runs. No figure here
is a pass/fail threshold.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import gc
import itertools
import json
import math
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Final

import attrs
import regex

from wirestory import __version__, parse

ROOT: Final = Path(__file__).resolve().parents[1]
SHARED: Final = ROOT.parent / "shared"
SECTIONS: Final = ("throughput", "startup", "linearity", "adversarial")

# ---------------------------------------------------------------------------------------
# The floor: what any line-based reader of a wire story pays at least once.
# ---------------------------------------------------------------------------------------

FLOOR_DATELINE: Final = regex.compile(
    r"""(?x)
    [ \t]*+                                             # feed indentation
    (?P<place> \p{Lu}[\p{Lu}.'’-]*+                     # MOSCOW, ST. LOUIS's first word
        (?: [ /]\p{Lu}[\p{Lu}.'’-]*+ ){0,4} )           # BUENOS AIRES, KYIV/MOSCOW
    (?: ,[ ] (?P<region> \p{Lu}[\p{L}.]{1,20}+ ) )?     # , Wash. / , Ukraine
    (?: ,?[ ] (?P<date> \p{L}{3,9}+\.?[ ]\d{1,2}+       # April 17 / Nov. 24
        (?: ,[ ]\d{4} )? ) )?                           # , 2012
    [^\S\n]*+ \( (?P<agency> [^()\n]{2,40}+ ) \)        # (Reuters)
    [^\S\n]*+ [-–—]{1,2}+                               # - / -- / — (after any space)
    """
)

# (line, place the floor must find or None): checked before anything is timed, so a
# broken floor pattern cannot quietly make every ratio look good.
FLOOR_EXAMPLES: Final = (
    ("MOSCOW, April 26 (Reuters) - Officials said", "MOSCOW"),
    ("BUENOS AIRES, April 17 (Xinhua) -- The ministry said", "BUENOS AIRES"),
    ("WESTPORT, Wash. July 24, 2012 (AP)\u00a0— Officials", "WESTPORT"),
    ("KYIV/MOSCOW (Reuters) - Both sides said", "KYIV/MOSCOW"),
    ("    SEOUL, Nov. 24 (Yonhap) -- South Korea", "SEOUL"),
    ("The index fell 2% (Reuters) - analysts said", None),
    ("Reporting by Jane Doe; Editing by John Roe", None),
)


def floor(text: str) -> int:
    """Split ``text`` into lines and try the dateline pattern at the start of each.

    Returns the number of lines the pattern matched (kept so the work is used).
    """
    match = FLOOR_DATELINE.match
    return sum(1 for line in text.splitlines() if match(line))


def check_floor() -> None:
    """Stop with a message if the floor pattern misreads one of its examples."""
    for line, place in FLOOR_EXAMPLES:
        m = FLOOR_DATELINE.match(line)
        got = m.group("place") if m else None
        if got != place:
            raise SystemExit(f"floor pattern: {line!r} gave place {got!r}, expected {place!r}")


# ---------------------------------------------------------------------------------------
# The texts timed.
# ---------------------------------------------------------------------------------------


@attrs.frozen
class Sample:
    """Stories timed together, with the reference date each is parsed with."""

    name: str
    texts: tuple[str, ...]
    dates: tuple[dt.date | None, ...]

    def __attrs_post_init__(self) -> None:
        if len(self.texts) != len(self.dates):
            raise ValueError(f"{self.name}: {len(self.texts)} texts, {len(self.dates)} dates")

    def pairs(self) -> Iterable[tuple[str, dt.date | None]]:
        """Each text with its reference date."""
        return zip(self.texts, self.dates, strict=True)

    @property
    def megabytes(self) -> float:
        """The size of the texts in UTF-8, in millions of bytes."""
        return sum(len(t.encode("utf-8")) for t in self.texts) / 1e6

    @property
    def chars(self) -> int:
        """The number of characters of the texts."""
        return sum(len(t) for t in self.texts)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def own_sample() -> Sample:
    """The golden stories under tests/data (with their .ref dates) and the seed stories."""
    paths = sorted((ROOT / "tests" / "data").glob("*/*.txt")) + sorted(
        (ROOT / "seeds").glob("*.txt")
    )
    dates = []
    for path in paths:
        ref = path.with_suffix(".ref")
        dates.append(_date(ref.read_text(encoding="utf-8").strip() if ref.exists() else None))
    texts = tuple(p.read_text(encoding="utf-8") for p in paths)
    return Sample("own", texts, tuple(dates))


def corpus_samples(folder: Path) -> list[Sample]:
    """One sample per ``*.jsonl`` file of the dev corpus (none if the folder is absent)."""
    samples = []
    for path in sorted(folder.glob("*.jsonl")):
        records = [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        samples.append(
            Sample(
                path.stem,
                tuple(r["text"] for r in records),
                tuple(_date(r.get("reference_date")) for r in records),
            )
        )
    return samples


def merged(name: str, samples: Sequence[Sample]) -> Sample:
    """The samples as one."""
    return Sample(
        name, tuple(t for s in samples for t in s.texts), tuple(d for s in samples for d in s.dates)
    )


# ---------------------------------------------------------------------------------------
# Timing.
# ---------------------------------------------------------------------------------------


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children."""
    import resource  # Unix only; imported here so that --clock wall runs everywhere

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@attrs.frozen
class Clock:
    """What a time means: CPU seconds of the work, or wall seconds.

    On a shared machine other work delays this process; CPU time leaves that wait out,
    wall time includes it. Both include garbage collection.
    """

    name: str
    now: Callable[[], float]  # the clock of this process
    children: Callable[[], float]  # a clock that advances by what a finished child took
    in_child: str  # the name of ``now`` in the time module, for timing inside a child

    def best_of(self, fn: Callable[[], object], repeat: int) -> float:
        """The least time of ``repeat`` calls of ``fn``, in seconds."""
        times = []
        for _ in range(repeat):
            gc.collect()
            start = self.now()
            fn()
            times.append(self.now() - start)
        return min(times)

    def command(self, args: Sequence[str], repeat: int) -> float:
        """The least time of ``repeat`` runs of a command in a fresh process, in seconds."""
        times = []
        for _ in range(repeat):
            start = self.children()
            subprocess.run(args, cwd=ROOT, capture_output=True, check=True)
            times.append(self.children() - start)
        return min(times)


CLOCKS: Final = {
    "cpu": Clock("cpu", time.process_time, children_cpu, "process_time"),
    "wall": Clock("wall", time.perf_counter, time.perf_counter, "perf_counter"),
}


def run_python(code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (this one's executable), from the project root."""
    return subprocess.run(
        [sys.executable, *flags, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )


# ---------------------------------------------------------------------------------------
# 1. Throughput against the floor.
# ---------------------------------------------------------------------------------------

FLOOR_INNER: Final = 50  # floor runs per timing: one run takes microseconds, a clock read ~1 µs


@attrs.frozen
class StoryTimes:
    """Best-of-N times of a sample, in seconds: of each story, and of a whole round."""

    sample: Sample
    parse: tuple[float, ...]  # each story's least parse time over the rounds
    floor: tuple[float, ...]  # each story's least floor time over the rounds
    parse_total: float  # the least sum of parse times of one round
    floor_total: float  # the least sum of floor times of one round
    floor_hits: int  # stories in which the floor pattern found a dateline

    @classmethod
    def measure(cls, sample: Sample, repeat: int, clock: Clock) -> StoryTimes:
        """Time ``parse`` and the floor on each story, alternating, ``repeat`` rounds.

        The two are timed story by story in the same rounds, so both see the same load.
        Every story is parsed once untimed first (compilation is start-up, timed apart).
        """
        for text, date in sample.pairs():
            parse(text, reference_date=date)
        n = len(sample.texts)
        best_parse = [math.inf] * n
        best_floor = [math.inf] * n
        parse_total = floor_total = math.inf
        now = clock.now
        for _ in range(repeat):
            gc.collect()
            round_parse = round_floor = 0.0
            for i, (text, date) in enumerate(sample.pairs()):
                start = now()
                for _ in range(FLOOR_INNER):
                    floor(text)
                middle = now()
                parse(text, reference_date=date)
                end = now()
                one_floor, one_parse = (middle - start) / FLOOR_INNER, end - middle
                best_floor[i] = min(best_floor[i], one_floor)
                best_parse[i] = min(best_parse[i], one_parse)
                round_floor += one_floor
                round_parse += one_parse
            parse_total = min(parse_total, round_parse)
            floor_total = min(floor_total, round_floor)
        hits = sum(1 for text in sample.texts if floor(text))
        return cls(sample, tuple(best_parse), tuple(best_floor), parse_total, floor_total, hits)

    @classmethod
    def join(cls, name: str, parts: Sequence[StoryTimes]) -> StoryTimes:
        """Several samples' times as one sample (nothing is timed again)."""
        return cls(
            merged(name, [p.sample for p in parts]),
            tuple(t for p in parts for t in p.parse),
            tuple(t for p in parts for t in p.floor),
            sum(p.parse_total for p in parts),
            sum(p.floor_total for p in parts),
            sum(p.floor_hits for p in parts),
        )

    def figures(self) -> dict[str, Any]:
        """The throughput figures of the sample."""
        total_parse, total_floor = self.parse_total, self.floor_total
        n, mb = len(self.parse), self.sample.megabytes
        return {
            "sample": self.sample.name,
            "stories": n,
            "megabytes": round(mb, 4),
            "stories_per_s": round(n / total_parse, 1),
            "mb_per_s": round(mb / total_parse, 3),
            "median_parse_us": round(statistics.median(self.parse) * 1e6, 1),
            "ratio_median": round(
                statistics.median(p / f for p, f in zip(self.parse, self.floor, strict=True)), 1
            ),
            "ratio_total": round(total_parse / total_floor, 1),
            "floor_stories_per_s": round(n / total_floor, 1),
            "floor_dateline_stories": self.floor_hits,
        }


def throughput(
    own: Sample, corpus: Sequence[Sample], repeat: int, clock: Clock
) -> list[dict[str, Any]]:
    """The throughput rows: our own stories, each corpus file, the corpus files together."""
    timed = [StoryTimes.measure(s, repeat, clock) for s in (own, *corpus)]
    rows = [t.figures() for t in timed]
    if len(corpus) > 1:
        rows.append(StoryTimes.join("corpus (all)", timed[1:]).figures())
    return rows


def print_throughput(rows: Sequence[dict[str, Any]]) -> None:
    print("throughput: parse against the floor (splitlines + one dateline pattern per line)")
    print(
        f"  {'sample':<17}{'stories':>8}{'MB':>7}{'stories/s':>11}{'MB/s':>7}"
        f"{'median µs':>11}{'ratio median':>14}{'ratio total':>13}{'floor hits':>12}"
    )
    for r in rows:
        print(
            f"  {r['sample']:<17}{r['stories']:>8}{r['megabytes']:>7.2f}"
            f"{r['stories_per_s']:>11.0f}{r['mb_per_s']:>7.2f}{r['median_parse_us']:>11.0f}"
            f"{r['ratio_median']:>14.1f}{r['ratio_total']:>13.1f}"
            f"{r['floor_dateline_stories']:>12}"
        )


# ---------------------------------------------------------------------------------------
# 2. Start-up: import, first call, one command-line run.
# ---------------------------------------------------------------------------------------

# A short story in the common shape (invented facts), parsed first in a fresh interpreter.
SHORT_STORY: Final = (
    "Ferry operator adds winter crossings\n"
    "OSLO, March 3 (Reuters) - A Norwegian ferry operator said on Tuesday it would add "
    "two winter crossings to the Lofoten islands.\n"
    "\n"
    "Reporting by Kari Lunde; Editing by Tom Hale\n"
)

# Run in a fresh interpreter: the import, the first and the second parse, timed inside.
FIRST_CALL: Final = f"""
import datetime, json, time
now = time.CLOCK
start = now()
from wirestory import parse
imported = now()
parse({SHORT_STORY!r}, reference_date=datetime.date(2026, 3, 3))
first = now()
parse({SHORT_STORY!r}, reference_date=datetime.date(2026, 3, 3))
second = now()
print(json.dumps([imported - start, first - imported, second - first]))
"""


def importtime_of(module: str) -> float:
    """The cumulative import time of ``module`` by ``-X importtime``, in seconds."""
    report = run_python(f"import {module}", "-X", "importtime").stderr
    for line in report.splitlines():
        fields = [f.strip() for f in line.removeprefix("import time:").split("|")]
        if len(fields) == 3 and fields[2] == module:
            return int(fields[1]) / 1e6
    raise SystemExit(f"-X importtime reported nothing for {module!r}")


def startup(repeat: int, clock: Clock) -> dict[str, Any]:
    """Start-up figures, each the best of ``repeat`` fresh interpreters, in milliseconds.

    ``-X importtime`` always reports wall time; the other figures use ``clock``.
    """
    python = [sys.executable]
    empty = clock.command([*python, "-c", "pass"], repeat)
    with_import = clock.command([*python, "-c", "import wirestory"], repeat)
    code = FIRST_CALL.replace("time.CLOCK", f"time.{clock.in_child}")
    calls = [json.loads(run_python(code).stdout) for _ in range(repeat)]
    seed = min((ROOT / "seeds").glob("*.txt"))
    cli = clock.command(
        [*python, "-m", "wirestory", "parse", "--format", "jsonl", str(seed)], repeat
    )
    return {
        "python_startup_ms": round(empty * 1e3, 1),
        "import_ms": round((with_import - empty) * 1e3, 1),
        "import_importtime_ms": round(
            min(importtime_of("wirestory") for _ in range(repeat)) * 1e3, 1
        ),
        "import_in_process_ms": round(min(c[0] for c in calls) * 1e3, 1),
        "first_parse_ms": round(min(c[1] for c in calls) * 1e3, 1),
        "second_parse_ms": round(min(c[2] for c in calls) * 1e3, 2),
        "cli_one_file_ms": round(cli * 1e3, 1),
    }


def print_startup(s: dict[str, Any]) -> None:
    print("start-up: fresh interpreters, best of --repeat")
    for key, label in (
        ("import_ms", 'python -c "import wirestory" minus python -c "pass"'),
        ("import_importtime_ms", "import wirestory, cumulative, by -X importtime (wall)"),
        ("import_in_process_ms", "import wirestory, timed inside the interpreter"),
        ("first_parse_ms", "first parse of a short story, after the import"),
        ("second_parse_ms", "second parse of the same story"),
        ("cli_one_file_ms", "python -m wirestory parse SEED (whole command)"),
        ("python_startup_ms", 'python -c "pass" (for scale)'),
    ):
        print(f"  {s[key]:>9.1f} ms  {label}")


# ---------------------------------------------------------------------------------------
# 3. Linearity on real stories.
# ---------------------------------------------------------------------------------------

LINEAR_BASE_CHARS: Final = 4_000  # the 1x text: whole stories until at least this long
LINEAR_COPIES: Final = (1, 2, 4, 8, 16, 32, 64)
LINEAR_BUDGET_S: Final = 20.0  # a size slower than this ends the doubling


def linear_base(sample: Sample) -> tuple[str, int, dt.date | None]:
    """The first whole stories of ``sample`` joined by blank lines, and how many."""
    taken: list[str] = []
    for text in sample.texts:
        taken.append(text.strip("\n"))
        if sum(len(t) for t in taken) >= LINEAR_BASE_CHARS:
            break
    return "\n\n".join(taken) + "\n", len(taken), sample.dates[0]


def linearity(sample: Sample, repeat: int, clock: Clock) -> dict[str, Any]:
    """Time per character of ``parse`` on the base text concatenated 1x to 64x."""
    base, count, date = linear_base(sample)
    rows: list[dict[str, Any]] = []
    before = math.nan
    for copies in LINEAR_COPIES:
        text = "\n".join([base] * copies)
        one = functools.partial(parse, text, reference_date=date)
        seconds = clock.best_of(one, 1)  # a runaway size is timed once, then the doubling ends
        if seconds <= LINEAR_BUDGET_S and repeat > 1:
            seconds = min(seconds, clock.best_of(one, repeat - 1))
        row: dict[str, Any] = {
            "copies": copies,
            "chars": len(text),
            "ms": round(seconds * 1e3, 2),
            "ns_per_char": round(seconds / len(text) * 1e9, 1),
        }
        if rows:
            row["ratio_per_doubling"] = round(seconds / before, 2)
        rows.append(row)
        before = seconds
        if seconds > LINEAR_BUDGET_S:
            break
    ratios = [r["ratio_per_doubling"] for r in rows[1:]]
    return {
        "base": f"{count} stories of {sample.name}",
        "rows": rows,
        "median_ratio_per_doubling": round(statistics.median(ratios), 2) if ratios else None,
    }


def print_linearity(lin: dict[str, Any]) -> None:
    print(f"linearity: the first {lin['base']} concatenated (2.0 per doubling is linear)")
    print(f"  {'copies':>6}{'chars':>10}{'ms':>10}{'ns/char':>9}{'per doubling':>14}")
    for r in lin["rows"]:
        ratio = f"{r['ratio_per_doubling']:.2f}" if "ratio_per_doubling" in r else ""
        print(
            f"  {r['copies']:>6}{r['chars']:>10}{r['ms']:>10.1f}{r['ns_per_char']:>9.0f}{ratio:>14}"
        )
    if lin["median_ratio_per_doubling"] is not None:
        print(f"  median ratio per doubling {lin['median_ratio_per_doubling']:.2f}")
    if len(lin["rows"]) < len(LINEAR_COPIES):
        print(f"  (stopped: one size took over {LINEAR_BUDGET_S:.0f} s)")


# ---------------------------------------------------------------------------------------
# 4. Adversarial scaling.
# ---------------------------------------------------------------------------------------

ADVERSARIAL: Final = {
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
ADVERSARIAL_SIZES: Final = (4, 8, 16, 32)


def adversarial(repeat: int, clock: Clock) -> list[dict[str, Any]]:
    """Time of ``parse`` on each adversarial unit repeated 4, 8, 16 and 32 times."""
    rows = []
    for name, unit in ADVERSARIAL.items():
        times = [
            clock.best_of(functools.partial(parse, unit * n), repeat) for n in ADVERSARIAL_SIZES
        ]
        ratios = [round(b / a, 2) for a, b in itertools.pairwise(times)]
        rows.append(
            {
                "input": name,
                "chars": len(unit) * ADVERSARIAL_SIZES[-1],
                "ms": round(times[-1] * 1e3, 2),
                "ratios_per_doubling": ratios,
                "median_ratio": round(statistics.median(ratios), 2),
            }
        )
    return rows


def print_adversarial(rows: Sequence[dict[str, Any]]) -> None:
    print("adversarial scaling: n, 2n, 4n, 8n (2.0 per doubling is linear; more is backtracking)")
    for r in rows:
        ratios = " ".join(f"{x:4.1f}" for x in r["ratios_per_doubling"])
        print(
            f"  {r['input']:<14}{r['ms']:>8.1f} ms at {r['chars']:>6} chars  "
            f"per doubling: {ratios}  (median {r['median_ratio']:.1f})"
        )


# ---------------------------------------------------------------------------------------
# 5. Profile.
# ---------------------------------------------------------------------------------------

PROFILE_TOP: Final = 10


def _where(key: tuple[str, int, str]) -> str:
    """``module.py:line(function)``, or the built-in's own name."""
    path, line, name = key
    if path == "~" or not path:
        return name
    parts = Path(path).parts
    short = "/".join(parts[parts.index("wirestory") :]) if "wirestory" in parts else parts[-1]
    return f"{short}:{line}({name})"


def profile(sample: Sample) -> dict[str, Any]:
    """cProfile of parsing every story of ``sample`` once (after one untimed pass)."""
    for text, date in sample.pairs():
        parse(text, reference_date=date)
    profiler = cProfile.Profile()
    profiler.enable()
    for text, date in sample.pairs():
        parse(text, reference_date=date)
    profiler.disable()
    stats: dict[tuple[str, int, str], tuple[int, int, float, float, Any]]
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(tt for _, _, tt, _, _ in stats.values())
    regex_own = sum(
        tt
        for (path, _, name), (_, _, tt, _, _) in stats.items()
        if "_regex." in name or "/regex/" in path
    )

    def top(index: int) -> list[dict[str, Any]]:
        best = sorted(stats.items(), key=lambda kv: kv[1][index], reverse=True)
        return [
            {
                "function": _where(key),
                "calls": nc,
                "own_s": round(tt, 3),
                "cumulative_s": round(ct, 3),
            }
            for key, (_, nc, tt, ct, _) in best[:PROFILE_TOP]
        ]

    return {
        "sample": sample.name,
        "stories": len(sample.texts),
        "profiled_s": round(total, 3),
        "regex_own_share": round(regex_own / total, 3),
        "by_cumulative": top(3),
        "by_own": top(2),
    }


def print_profile(p: dict[str, Any]) -> None:
    print(
        f"profile: {p['stories']} stories of {p['sample']}, {p['profiled_s']:.2f} s under "
        f"cProfile, {p['regex_own_share']:.0%} of own time inside the regex engine"
    )
    for title, key in (("cumulative", "by_cumulative"), ("own", "by_own")):
        print(f"  top {PROFILE_TOP} by {title} time")
        print(f"    {'cumulative s':>12}{'own s':>8}{'calls':>9}  function")
        for r in p[key]:
            print(
                f"    {r['cumulative_s']:>12.3f}{r['own_s']:>8.3f}{r['calls']:>9}  {r['function']}"
            )


# ---------------------------------------------------------------------------------------
# The run.
# ---------------------------------------------------------------------------------------


def commit() -> str | None:
    """The project's git commit, with ``+dirty`` if the tree has changes; None outside git."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def load_average() -> float | None:
    """The machine's one-minute load average (other work slows every figure), if known."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def meta(repeat: int, clock: Clock) -> dict[str, Any]:
    """Where and when the figures were taken."""
    return {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "wirestory": __version__,
        "commit": commit(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "load_average": load_average(),
        "repeat": repeat,
        "clock": clock.name,
    }


def print_meta(m: dict[str, Any]) -> None:
    print(
        f"wirestory {m['wirestory']} at {m['commit']}, {m['when']}, Python {m['python']} "
        f"on {m['machine']} ({m['cpus']} CPUs, load {m['load_average']}), best of {m['repeat']}, {m['clock']} time"
    )


def arguments(argv: Iterable[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", action="store_true", help="also time each dev corpus file")
    ap.add_argument(
        "--shared",
        type=Path,
        default=SHARED,
        metavar="DIR",
        help="the shared folder holding corpus/*.jsonl (default: ../shared)",
    )
    ap.add_argument("--profile", action="store_true", help="add a cProfile summary")
    ap.add_argument("--json", action="store_true", help="print only one JSON object")
    ap.add_argument(
        "--clock",
        choices=tuple(CLOCKS),
        default="wall" if sys.platform == "win32" else "cpu",
        help="time as CPU seconds (default; steadier on a shared machine) or wall seconds",
    )
    ap.add_argument("--repeat", type=int, default=5, metavar="N", help="best of N runs (default 5)")
    ap.add_argument(
        "--only",
        action="append",
        choices=SECTIONS,
        help="run only this section (repeatable; default: all)",
    )
    args = ap.parse_args(None if argv is None else list(argv))
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    return args


def main(argv: Iterable[str] | None = None) -> None:
    args = arguments(argv)
    check_floor()
    own = own_sample()
    corpus: list[Sample] = []
    clock = CLOCKS[args.clock]
    figures: dict[str, Any] = {"meta": meta(args.repeat, clock), "skipped": []}
    if args.corpus:
        folder = args.shared / "corpus"
        corpus = corpus_samples(folder)
        if not corpus:
            figures["skipped"].append(f"corpus: no {folder}/*.jsonl; corpus rows skipped")
    real = corpus[0] if corpus else own
    # Each section: how its figures are taken, and how they are printed.
    runs: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {
        "throughput": (lambda: throughput(own, corpus, args.repeat, clock), print_throughput),
        "startup": (lambda: startup(args.repeat, clock), print_startup),
        "linearity": (lambda: linearity(real, args.repeat, clock), print_linearity),
        "adversarial": (lambda: adversarial(args.repeat, clock), print_adversarial),
        "profile": (lambda: profile(merged("corpus", corpus) if corpus else own), print_profile),
    }
    wanted = [s for s in SECTIONS if s in (args.only or SECTIONS)]
    if args.profile:
        wanted.append("profile")
    if not args.json:
        print_meta(figures["meta"])
        for line in figures["skipped"]:
            print(line)
    for name in wanted:
        take, show = runs[name]
        figures[name] = take()
        if not args.json:
            print()
            show(figures[name])
    figures["meta"]["load_average_after"] = load_average()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        print(f"\nload average at the end: {figures['meta']['load_average_after']}")


if __name__ == "__main__":
    main()
