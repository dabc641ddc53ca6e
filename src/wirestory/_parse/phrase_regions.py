"""The regions of a story where a phrase row may stand (``phrases``, ``reader_rows``).

>>> sorted(REGIONS)
['body', 'ending', 'opening', 'tail']
"""

from __future__ import annotations

from typing import Final

OPENING: Final = frozenset({"opening"})
"""Above the dateline (or the lead)."""
BODY: Final = frozenset({"body"})
"""A block between two paragraphs."""
ENDING: Final = frozenset({"ending"})
"""A block after the last paragraph."""
TAIL: Final = frozenset({"tail"})
"""Glued to the end of the last paragraph, after a sentence end."""
NOWHERE: Final = frozenset[str]()
"""Only when asked for by kind."""
REGIONS: Final = OPENING | BODY | ENDING | TAIL
"""Every region a row may name."""
