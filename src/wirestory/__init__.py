"""wirestory: news-agency wire stories as typed, lossless Python objects.

>>> from wirestory import parse
>>> story = parse("MOSCOW (Reuters) - Putin spoke.\\n(Reporting by Reuters)")
>>> story.agency, story.dateline.locations, story.body
('Reuters', ('MOSCOW',), 'Putin spoke.')
"""

from typing import TYPE_CHECKING, Final

from ._agencies import DEFAULT_REGISTRY, Agency, AgencyRegistry
from ._errors import FormatError, ModelError, ParseError, WirestoryError
from ._lazy import lazy_names
from ._model import (
    Boilerplate,
    Byline,
    Contributor,
    Credit,
    Dateline,
    Evidence,
    Headline,
    Note,
    Paragraph,
    Span,
    Story,
)
from ._parse.byline import parse_byline
from ._parse.credits import parse_credits
from ._parse.dateline import parse_dateline
from ._parse.pipeline import parse
from ._records import Record
from ._version import __version__
from ._vocab import BOILERPLATE_KINDS, CREDIT_ROLES, NOTE_KINDS
from .render import render  # eager: ``import wirestory.render`` would shadow the function

if TYPE_CHECKING:
    from .batch import parse_many
    from .normalize import Normalized, normalize_text

_LAZY: Final = {"parse_many": ".batch", "Normalized": ".normalize", "normalize_text": ".normalize"}
"""Public names imported on first use, so that ``import wirestory`` stays light."""


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

__all__ = [
    "BOILERPLATE_KINDS",
    "CREDIT_ROLES",
    "DEFAULT_REGISTRY",
    "NOTE_KINDS",
    "Agency",
    "AgencyRegistry",
    "Boilerplate",
    "Byline",
    "Contributor",
    "Credit",
    "Dateline",
    "Evidence",
    "FormatError",
    "Headline",
    "ModelError",
    "Normalized",
    "Note",
    "Paragraph",
    "ParseError",
    "Record",
    "Span",
    "Story",
    "WirestoryError",
    "__version__",
    "normalize_text",
    "parse",
    "parse_byline",
    "parse_credits",
    "parse_dateline",
    "parse_many",
    "render",
]
