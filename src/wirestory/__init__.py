"""wirestory: news-agency wire stories as typed, lossless Python objects.

>>> from wirestory import parse
>>> story = parse("MOSCOW (Reuters) - Putin spoke.\\n(Reporting by Reuters)")
>>> story.agency, story.dateline.locations, story.body
('Reuters', ('MOSCOW',), 'Putin spoke.')
"""

from ._agencies import DEFAULT_REGISTRY, Agency, AgencyRegistry
from ._errors import FormatError, ModelError, ParseError, WirestoryError
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
from .batch import parse_many
from .normalize import Normalized, normalize_text
from .render import render

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
