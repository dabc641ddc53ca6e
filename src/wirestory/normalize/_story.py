"""A parsed story's clean values: the normalization steps applied to its parts.

``clean_values`` gives the JSON-compatible dictionary ``Story.to_dict(clean=True)`` adds
under ``"clean"`` (normalized text, display names, places resolved to the gazetteer);
the work is done by ``wirestory._clean``, imported when first needed.

>>> from wirestory import parse
>>> clean_values(parse("KYIV (Reuters) - Talks -- went on."))["body"]
'Talks — went on.'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._model import Story


def clean_values(story: Story) -> dict[str, Any]:
    """Clean values of a parsed story, JSON-compatible; the story itself is untouched.

    The same dictionary ``Story.to_dict(clean=True)`` adds under ``"clean"``: the
    normalized headline, paragraphs and body, the display names of the people in the
    byline and the credits, and the dateline's places in display case, each with a
    country code and a GeoNames id when the optional gazetteer (``wirestory[geo]``)
    resolves it without doubt.

    >>> from wirestory import parse
    >>> values = clean_values(parse("ST. PETERSBURG, Fla. (AP) \\u2014 It\\u2019s hot."))
    >>> values["dateline"]["places"][0]["name"], values["body"]
    ('St. Petersburg', "It's hot.")
    """
    from .._clean import story_clean_values

    return story_clean_values(story)
