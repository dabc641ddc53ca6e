"""Whole corpora: ``--jobs`` speed-up, peak memory of a long stream, start-up time.

Run from the project's root (with the package installed, so ``wirestory`` is a program)::

    python benchmarks/bench_batch.py                  # every figure (minutes)
    python benchmarks/bench_batch.py --jobs 1,2,4 --skip rss
    python benchmarks/bench_batch.py --rss-stories 3000 --speed-stories 1000   # quicker

Figures printed (no pass/fail threshold; CI prints a short run for the record):

* **start-up**: wall and CPU time of one ``wirestory parse`` call on one short file
  (import and start-up included), the best and the median of several runs, beside
  ``python -c pass`` and ``python -c 'import wirestory'``; then the best wall time split
  into the interpreter, ``import wirestory``, the first ``parse`` (timed inside a child,
  plainly and with the garbage collector paused as the command runs it) and the rest
  (the command's own imports, arguments, reading, writing and exit);
* **speed-up**: wall time of ``wirestory parse --jobs N`` on one JSON Lines file of
  ``--speed-stories`` stories, for each N in ``--jobs`` (``0``: all cores), and its ratio
  to ``--jobs 1``, start-up included and with one call's start-up taken off both (the
  cores this machine really has free set the ceiling). An N above the cores this
  process may use is not run: N workers on fewer cores would measure time-sharing, and
  the line says so;
* **speed-up from CPU times**: the same work through ``parse_many``'s pool, from each
  process's own CPU time: the figure N free cores would give (wall time on a machine
  shared with other jobs measures the neighbours); an N above the cores is printed as
  an estimate and marked so;
* **peak RSS**: the largest resident set of ``wirestory parse`` over a JSON Lines
  stream of ``--rss-stories`` stories (30,000 by default), read with
  ``resource.getrusage(RUSAGE_CHILDREN)`` in a fresh child, beside the same figure for
  a stream a tenth as long: flat memory means the two are close. With ``--rss-jobs 2``
  it is the largest of the main process and its workers (forked workers are its
  children; workers started by a fork server would not be counted).

Every child runs as an installed program does: with its modules' bytecode cached (a
``PYTHONPYCACHEPREFIX`` in the temporary folder, filled by a first call; pip compiles
the bytecode when it installs a wheel). Where ``PYTHONDONTWRITEBYTECODE`` is set and the
checkout has no cached bytecode, every call would compile the package's modules from
source first; that one-call figure is printed too, marked so. Every figure is printed
with the load average. The stories are our own (``tests/data`` and ``seeds``) plus the
shared dev corpus when it is there (``../shared/corpus``), repeated; they are written
to a temporary folder.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import wirestory
from wirestory.batch import ordered_map, resolve_jobs, warm_up

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PROGRAM = shutil.which("wirestory", path=str(Path(sys.executable).parent)) or "wirestory"

CHILD_ENV = dict(os.environ)
"""The children's environment (bytecode cached: see :func:`cache_bytecode`)."""

CORES = resolve_jobs(0)
"""The cores this process may run on (``--jobs 0`` starts one worker per core)."""

# A child that times the first parse of a file after ``import wirestory`` (seconds).
_FIRST_PARSE = (
    "import gc, sys, time, wirestory;"
    "text = open(sys.argv[1], encoding='utf-8').read();"
    "gc.disable() if sys.argv[2] == 'paused' else None;"
    "started = time.perf_counter(); wirestory.parse(text);"
    "print(time.perf_counter() - started)"
)

# A child that runs a command and prints the peak RSS (KiB on Linux) of its descendants.
_PEAK_RSS = (
    "import resource, subprocess, sys;"
    "subprocess.run(sys.argv[1:], check=True);"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def texts() -> list[str]:
    """Stories of our own in the real shapes, plus the shared dev corpus if present."""
    found = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    ]
    found += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((SHARED / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(json.loads(line)["text"])
    return found


def write_jsonl(path: Path, count: int) -> int:
    """``count`` records cycling through the stories; returns the file's size in bytes."""
    with path.open("w", encoding="utf-8") as f:
        for i, text in zip(range(count), itertools.cycle(texts())):
            f.write(json.dumps({"id": f"s{i}", "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def wall(argv: Sequence[str]) -> float:
    return timed(argv)[0]


def timed(argv: Sequence[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; the CPU time counts the process itself and
    the children it waited for (not forkserver workers)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=CHILD_ENV)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def load() -> str:
    """The machine's load average: wall times mean little on a shared machine."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def peak_rss_mib(argv: Sequence[str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *argv],
        check=True,
        capture_output=True,
        text=True,
        env=CHILD_ENV,
    )
    return int(done.stdout.strip()) / 1024


def jobs_label(n: int) -> str:
    return f"--jobs {n}" + (f" (all {CORES} cores)" if n == 0 else "")


def too_many(n: int) -> bool:
    """More workers than cores: a wall time would measure time-sharing, not speed-up."""
    return resolve_jobs(n) > CORES


def speed_up(folder: Path, stories: int, jobs: Sequence[int], repeat: int, startup: float) -> None:
    """Wall times of ``--jobs N`` against ``--jobs 1``; ``startup`` is one call's wall time."""
    data = folder / "speed.jsonl"
    size = write_jsonl(data, stories)
    print(
        f"speed-up: {stories} stories, {size / 1e6:.1f} MB of JSON Lines, {CORES} cores,"
        f" best of {repeat} runs taken in turn; {load()}"
    )
    runs = sorted({1, *(resolve_jobs(n) for n in jobs if not too_many(n))})
    best = {n: float("inf") for n in runs}
    for _ in range(repeat):  # in turn, so a busy spell on a shared machine hits every N
        for n in runs:
            argv = [PROGRAM, "parse", "--quiet", "--jobs", str(n), str(data), "-o", os.devnull]
            best[n] = min(best[n], wall(argv))
    one = best[1]
    for n in jobs:
        if too_many(n):
            print(
                f"  {jobs_label(n)}: not measured: this machine has {CORES} cores, and {n}"
                f" workers on {CORES} cores would measure time-sharing, not speed-up"
            )
            continue
        seconds = best[resolve_jobs(n)]
        same = f"  (the run of --jobs {CORES})" if n == 0 and CORES in jobs else ""
        print(
            f"  {jobs_label(n)}: {seconds:6.2f} s  {stories / seconds:5.0f} stories/s"
            f"  x{one / seconds:.2f} of --jobs 1;"
            f" start-up ({startup:.2f} s) off both: x{(one - startup) / (seconds - startup):.2f}"
            + same
        )


def _parse_and_clock(text: str) -> tuple[int, float]:
    """Parse in a worker; report the worker and its CPU time since it started."""
    wirestory.parse(text)
    return os.getpid(), time.process_time()


def critical_path(stories: int, jobs: Sequence[int]) -> None:
    """Speed-up from CPU times: what ``--jobs N`` gives on N cores that are free.

    Wall time on a shared machine measures the neighbours. Each worker reports its own
    CPU time (its start-up included); the main process's CPU time (reading, handing
    out, collecting) is added to the busiest worker's, which bounds the critical path
    from above, so one job's CPU time divided by it bounds the speed-up from below.
    The parser is warmed up first, as the command line does before it forks workers.
    """
    sample = list(itertools.islice(itertools.cycle(texts()), stories))
    warm_up()
    print(
        f"speed-up from CPU times (free cores), {stories} stories through the worker pool; {load()}"
    )
    base = 0.0
    for n in sorted({1, *(resolve_jobs(n) for n in jobs)}):
        main_before = os.times()
        clocks: dict[int, float] = {}
        for pid, cpu in ordered_map(_parse_and_clock, sample, jobs=n, warm_up=warm_up):
            clocks[pid] = max(clocks.get(pid, 0.0), cpu)
        main_after = os.times()
        main_cpu = (main_after.user - main_before.user) + (main_after.system - main_before.system)
        workers = [] if n == 1 else list(clocks.values())
        path = main_cpu + max(workers, default=0.0)
        base = base or path
        estimate = (
            f"  (an estimate: {n} workers time-share {CORES} cores, their CPU times inflated)"
            if too_many(n)
            else ""
        )
        print(
            f"  --jobs {n}: main {main_cpu:5.2f} s + busiest worker {max(workers, default=0.0):5.2f} s"
            f" CPU; all workers {sum(workers):5.2f} s  x{base / path:.2f} of --jobs 1" + estimate
        )


def peak_memory(folder: Path, stories: int, jobs: int) -> None:
    print(f"peak RSS of one wirestory parse over a JSON Lines stream (--jobs {jobs}); {load()}")
    for count in (stories // 10, stories):
        data = folder / f"rss-{count}.jsonl"
        size = write_jsonl(data, count)
        started = time.perf_counter()
        argv = [PROGRAM, "parse", "--quiet", "--jobs", str(jobs), str(data), "-o", os.devnull]
        mib = peak_rss_mib(argv)
        seconds = time.perf_counter() - started
        data.unlink()
        print(
            f"  {count:6d} stories ({size / 1e6:6.1f} MB): peak RSS {mib:6.1f} MiB"
            f"  ({seconds:.0f} s, {count / seconds:.0f} stories/s)"
        )


def cache_bytecode(folder: Path) -> None:
    """Children read and write their bytecode under ``folder``; one call of each kind
    fills it (the modules of a text file, JSON Lines, CSV and workers)."""
    CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    sample = folder / "sample.jsonl"
    write_jsonl(sample, 20)
    story = ROOT / "seeds" / "000_30918cf3994168c8.txt"
    for argv in (
        [PROGRAM, "parse", "--quiet", str(story)],
        [PROGRAM, "parse", "--quiet", "--jobs", "2", "--format", "csv", str(sample)],
        [sys.executable, "-c", "import wirestory; wirestory.parse('PARIS (AFP) - Hi.')"],
    ):
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=CHILD_ENV)


def first_parse(story: Path, runs: int, how: str) -> float:
    """The best time of the first ``parse`` after ``import wirestory``, in fresh children."""
    argv = [sys.executable, "-c", _FIRST_PARSE, str(story), how]
    return min(
        float(
            subprocess.run(argv, check=True, capture_output=True, text=True, env=CHILD_ENV).stdout
        )
        for _ in range(runs)
    )


def start_up(runs: int, uncached: dict[str, str]) -> float:
    """One call's figures; returns its best wall time."""
    story = ROOT / "seeds" / "000_30918cf3994168c8.txt"
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import wirestory'": [sys.executable, "-c", "import wirestory"],
        f"wirestory parse {story.name}": [PROGRAM, "parse", "--quiet", str(story)],
    }
    print(f"start-up: one call, {runs} runs, bytecode cached; {load()}")
    best: dict[str, float] = {}
    for name, argv in commands.items():
        runs_ = [timed(argv) for _ in range(runs)]
        walls, cpus = [w for w, _ in runs_], [c for _, c in runs_]
        best[name] = min(walls)
        print(
            f"  {name:<40} wall best {min(walls):.3f} s, median {statistics.median(walls):.3f} s;"
            f" CPU median {statistics.median(cpus):.3f} s"
        )
    interpreter, imported, call = best.values()
    plain, paused = first_parse(story, runs, "plain"), first_parse(story, runs, "paused")
    print(
        f"  one call, best wall {call:.3f} s = interpreter {interpreter:.3f}"
        f" + import wirestory {imported - interpreter:.3f}"
        f" + first parse {paused:.3f} (collector paused as the command runs it; plainly {plain:.3f})"
        f" + the rest {call - imported - paused:.3f} (the command's imports, arguments,"
        " reading, writing, exit)"
        + (
            "; below zero: the parts are the best of separate runs, and the machine is busy"
            if call < imported + paused
            else ""
        )
    )
    if uncached.get("PYTHONDONTWRITEBYTECODE"):
        argv = [PROGRAM, "parse", "--quiet", str(story)]
        walls = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=uncached)
            walls.append(time.perf_counter() - started)
        print(
            f"  the same call as this environment runs it (PYTHONDONTWRITEBYTECODE set: modules"
            f" without cached bytecode compiled at every call): wall best {min(walls):.3f} s,"
            f" median {statistics.median(walls):.3f} s"
        )
    return call


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed-stories", type=int, default=3000)
    ap.add_argument("--jobs", default="1,2,4,0", help="comma-separated, e.g. 1,2,4 (0: all cores)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each --jobs (best kept)")
    ap.add_argument("--rss-stories", type=int, default=30_000)
    ap.add_argument("--rss-jobs", type=int, default=1, help="--jobs of the peak RSS run")
    ap.add_argument("--runs", type=int, default=7, help="runs of the start-up figure")
    ap.add_argument("--skip", default="", help="comma-separated: speed,cpu,rss,startup")
    args = ap.parse_args()
    skip = set(args.skip.split(","))
    jobs = [int(j) for j in args.jobs.split(",")]
    uncached = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        cache_bytecode(Path(tmp))
        startup = start_up(args.runs, uncached) if "startup" not in skip else 0.0
        if "speed" not in skip:
            speed_up(Path(tmp), args.speed_stories, jobs, args.repeat, startup)
        if "cpu" not in skip:
            critical_path(args.speed_stories, jobs)
        if "rss" not in skip:
            peak_memory(Path(tmp), args.rss_stories, args.rss_jobs)


if __name__ == "__main__":
    main()
