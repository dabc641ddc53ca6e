"""Normalization: small, idempotent ``str -> str`` steps and one function composing them.

Each step does one job and is safe to run twice (``step(step(t)) == step(t)``):

==========================  ===============================================================
step                        what it does
==========================  ===============================================================
``fix_mojibake``            UTF-8 read as cp1252 or Latin-1 repaired with ``ftfy``
``unescape_entities``       HTML entities decoded, double-escaped ones too
``normalize_unicode``       NFC; control characters out (cp1252 punctuation kept)
``unwrap_paragraphs``       hard-wrapped paragraphs joined into one line each
``normalize_whitespace``    one kind of space, one kind of line end, no invisible characters
``normalize_quotes``        straight or curly quotes, old feeds' doubled ones included
``normalize_dashes``        every dash used as a separator in one canonical form
``normalize_name``          ``JANE DOE`` -> ``Jane Doe`` (a name, not running text)
``normalize_place``         ``ST. PETERSBURG`` -> ``St. Petersburg`` (a place name)
==========================  ===============================================================

``normalize_text`` runs the text steps in that order (all on by default) and can return
a ``Normalized`` result whose offset map leads every character back to the raw input.

>>> normalize_text("MOSCOW, April 26 (Reuters) -- Itâ€™s&nbsp;``cold''.")
'MOSCOW, April 26 (Reuters) — It\\'s "cold".'
>>> result = normalize_text("A&amp;B\\r\\nsaid", with_map=True)
>>> result.text
'A&B\\nsaid'
>>> result.to_source(2), result.to_source(4)
(6, 9)
"""

from __future__ import annotations

from .._gazetteer import GeoPlace, resolve_place
from ._compose import Normalized, normalize_text
from ._display_case import ELIDED as ELIDED
from ._display_case import NAME_PARTICLES as NAME_PARTICLES
from ._display_case import NAME_WORD as NAME_WORD
from ._display_case import PLACE_PARTICLES as PLACE_PARTICLES
from ._display_case import ROMAN as ROMAN
from ._display_case import normalize_name, normalize_place
from ._edits import DIFF_LIMIT as DIFF_LIMIT
from ._encoding import C1_PUNCTUATION as C1_PUNCTUATION
from ._encoding import CONTROL as CONTROL
from ._encoding import ENTITY as ENTITY
from ._encoding import fix_mojibake, normalize_unicode, unescape_entities
from ._punctuation import ALWAYS_DASH as ALWAYS_DASH
from ._punctuation import DASH_RUN as DASH_RUN
from ._punctuation import DASHES as DASHES
from ._punctuation import QUOTE as QUOTE
from ._punctuation import DashStyle as DashStyle
from ._punctuation import QuoteStyle as QuoteStyle
from ._punctuation import normalize_dashes, normalize_quotes
from ._story import clean_values
from ._unwrap import BYLINE_START as BYLINE_START
from ._unwrap import COLUMNS as COLUMNS
from ._unwrap import ITEM_START as ITEM_START
from ._unwrap import LINE as LINE
from ._unwrap import SENTENCE_END as SENTENCE_END
from ._unwrap import WRAP_FULL as WRAP_FULL
from ._unwrap import WRAP_MAX_WIDTH as WRAP_MAX_WIDTH
from ._unwrap import WRAP_MIN_WIDTH as WRAP_MIN_WIDTH
from ._unwrap import unwrap_paragraphs
from ._whitespace import CHARACTER_SPACE as CHARACTER_SPACE
from ._whitespace import LAYOUT_SPACE as LAYOUT_SPACE
from ._whitespace import normalize_whitespace

__all__ = [
    "GeoPlace",
    "Normalized",
    "clean_values",
    "fix_mojibake",
    "normalize_dashes",
    "normalize_name",
    "normalize_place",
    "normalize_quotes",
    "normalize_text",
    "normalize_unicode",
    "normalize_whitespace",
    "resolve_place",
    "unescape_entities",
    "unwrap_paragraphs",
]
