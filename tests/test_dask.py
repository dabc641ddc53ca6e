# mypy: disallow-untyped-calls=False
# (dask and distributed are only partly typed)
"""wirestory.dask.parse_bag on a real LocalCluster with worker processes (needs wirestory[dask])."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed")
pytest.importorskip("distributed", reason="the dask extra is not installed")

import dask.bag as db
from distributed import Client, LocalCluster

from wirestory import parse
from wirestory.dask import parse_bag

# Stories of our own in the real shapes (invented places, people and facts).
STORIES = [
    "HALVIK, March 3 (Reuters) - The port authority said it would reopen the quay.\n"
    "(Reporting by Ana Petrel; Editing by Tom Wend)",
    "ORLANO, Italy (AP) — Rescuers reached the village of Orlano late on Tuesday.",
    "PARIS (AFP) - Les vignerons de Montclair ont vendange tot cette annee.",
]


def test_parse_bag_on_a_local_cluster(tmp_path: Path) -> None:
    """JSON Lines from many files -> parse on two worker processes -> JSON Lines out."""
    for part in range(3):
        with (tmp_path / f"part-{part}.jsonl").open("w", encoding="utf-8") as f:
            for i, text in enumerate(STORIES):
                record = {"key": f"{part}-{i}", "body": text, "filed": "2021-03-05"}
                f.write(json.dumps(record) + "\n")
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        workers = client.run(os.getpid)
        assert len(workers) == 2 and os.getpid() not in workers.values()
        bag = db.read_text(str(tmp_path / "part-*.jsonl")).map(json.loads)
        parsed = parse_bag(bag, text_field="body", id_field="key", reference_date_field="filed")
        parsed.map(json.dumps).to_textfiles(str(tmp_path / "out" / "*.jsonl"))
        records = parsed.compute()
    assert [r["id"] for r in records] == [f"{p}-{i}" for p in range(3) for i in range(3)]
    assert [r["agency"] for r in records[:3]] == ["Reuters", "AP", "AFP"]
    assert records[0]["dateline"]["date"] == "2021-03-03"
    expected = parse(STORIES[1], reference_date=dt.date(2021, 3, 5)).to_dict()
    assert {k: v for k, v in records[1].items() if k != "id"} == expected
    written = sorted((tmp_path / "out").glob("*.jsonl"))
    lines = [json.loads(x) for p in written for x in p.read_text(encoding="utf-8").splitlines()]
    assert len(written) == 3 and [r["id"] for r in lines] == [r["id"] for r in records]


def test_parse_bag_of_plain_texts() -> None:
    """A bag of strings gives plain to_dict() records (no id)."""
    records = parse_bag(db.from_sequence(STORIES, npartitions=2)).compute(scheduler="sync")
    assert records == [parse(text).to_dict() for text in STORIES]
