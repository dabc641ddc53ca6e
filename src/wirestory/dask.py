"""The distributed path: parse a :mod:`dask.bag` of stories on a Dask cluster.

Needs the optional extra: ``pip install "wirestory[dask]"`` (``dask[bag]`` and
``distributed``).

>>> import dask.bag as db
>>> from wirestory.dask import parse_bag
>>> bag = db.from_sequence([{"id": "a1", "text": "PARIS (AFP) - Hi."}], npartitions=1)
>>> [(r["id"], r["agency"]) for r in parse_bag(bag).compute(scheduler="sync")]
[('a1', 'AFP')]
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import wirestory

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["parse_bag"]


def to_record(
    item: str | Mapping[str, Any],
    *,
    text_field: str = "text",
    id_field: str = "id",
    reference_date_field: str | None = None,
    **parse_options: Any,
) -> dict[str, Any]:
    """One text or record -> its story's ``to_dict()``, with ``"id"`` for a record.

    A record (a mapping) gives its text in ``text_field``, its id in ``id_field`` and,
    when ``reference_date_field`` is named, its filing date (``YYYY-MM-DD``, a longer ISO
    timestamp cut to its date). A record without its text field raises ``KeyError``:
    on a cluster a bad record stops the computation, so clean the bag first (see the
    docs' at-scale page).

    >>> to_record({"id": 7, "text": "OSLO (NTB) - Hei."})["id"]
    7
    """
    if isinstance(item, str):
        return wirestory.parse(item, **parse_options).to_dict()
    options = dict(parse_options)
    if reference_date_field is not None and item.get(reference_date_field):
        options["reference_date"] = dt.date.fromisoformat(str(item[reference_date_field])[:10])
    story = wirestory.parse(item[text_field], **options)
    return {"id": item.get(id_field), **story.to_dict()}


def parse_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    reference_date_field: str | None = None,
    **parse_options: Any,
) -> dask.bag.Bag:
    """Map a bag of texts or records (mappings with a text field) to ``to_dict()`` records.

    Lazy like every bag operation: nothing runs until ``.compute()``, ``.to_textfiles()``
    or ``.to_dataframe()``. The records are plain dicts of JSON values, ready for
    ``bag.map(json.dumps).to_textfiles(...)``.

    Args:
        bag: Story texts, or mappings such as ``db.read_text(...).map(json.loads)`` gives.
        text_field: The mappings' field holding the story's text.
        id_field: The field copied into each output record as ``"id"``.
        reference_date_field: The field holding each record's filing date, if any.
        **parse_options: Passed to :func:`wirestory.parse` (``reference_date``, ``strict``,
            ``agencies``).

    Returns:
        A bag with one dict per story: ``Story.to_dict()`` (plus ``"id"`` for records).

    >>> import dask.bag as db
    >>> texts = db.from_sequence(["PARIS (AFP) - Hi.", "OSLO (Reuters) - Hei."], npartitions=2)
    >>> [r["agency"] for r in parse_bag(texts).compute(scheduler="sync")]
    ['AFP', 'Reuters']
    """
    mapped = bag.map(  # type: ignore[no-untyped-call]
        functools.partial(
            to_record,
            text_field=text_field,
            id_field=id_field,
            reference_date_field=reference_date_field,
            **parse_options,
        )
    )
    return cast("dask.bag.Bag", mapped)
