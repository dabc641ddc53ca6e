"""What every rule may read besides the text: the options of one ``parse`` call.

>>> Context().reference_date is None
True
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._agencies import DEFAULT_REGISTRY, AgencyRegistry


@attrs.frozen
class Context:
    """The options of one parse, passed to every rule."""

    reference_date: dt.date | None = None
    """The date the story was filed, for the year of a yearless dateline date."""
    agencies: AgencyRegistry = DEFAULT_REGISTRY
    """The agency registry to read agency names with."""
