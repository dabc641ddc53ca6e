"""Blocks inside the body that its shape marks as page material: a related-story
headline between two paragraphs, and a promotion glued after the dateline.

Both are rules of the one shape for the body region (``regions.BODY_RULES``). They read
line shape (word count, capitals, final punctuation) and position (on the dateline's
line), and a table of the imperative verbs promotions open with.

>>> t = "Oil rose.\\nHarbour Shippers Brace for a Long Winter Strike\\nIt fell."
>>> [b.kind for b in related_headline(Document.of(t), (10, 57), Context())]
['related']
"""

from __future__ import annotations

from typing import Final

from .._model import Boilerplate, Span
from .._patterns import lazy
from .._text import strip_span
from .context import Context
from .document import Document, Range
from .rules import Found

MIN_HEADLINE_WORDS: Final = 5
"""A related headline has at least this many words (``Key Insights`` is a subhead)."""
MAX_HEADLINE_WORDS: Final = 20
"""A related headline has at most this many words."""
MAX_HEADLINE_CHARS: Final = 200
"""The longest related headline, checked first so that a long block costs nothing."""
MAX_NUMERIC_SHARE: Final = 0.2
"""Below this share of numeric words (a row of figures is not a headline)."""
MINOR_WORDS: Final = frozenset(
    "a an the and or nor but of in on at to for as by with from into via vs is are be".split()
)
"""Words a Title-Case headline leaves in lower case."""
_FINAL: Final = lazy(r"""[.!?"”’)\]…;,:]$""")
_PARAGRAPH_ENDS: Final = frozenset('.!?"”’)')
"""How the paragraph before a related headline ends."""
_OPENING_QUOTES: Final = frozenset("\"“‘'")
"""How the paragraph after one may open, besides a capital."""


def related_headline(doc: Document, rng: Range, ctx: Context) -> Found:
    """A one-line block between two whole paragraphs (the one before ends a sentence,
    the one after opens with a capital) of ``MIN_HEADLINE_WORDS`` to
    ``MAX_HEADLINE_WORDS`` words with no final punctuation, brackets or parentheses, in Title Case (only ``MINOR_WORDS`` in lower case) but not ALL
    CAPS, no leading number and few figures: the headline of a linked story left between paragraphs.

    >>> t = "Oil rose. Why the Harbour Board Is Racing to Build Its Own Port: Explainer It fell."
    >>> [b.kind for b in related_headline(Document.of(t), (10, 74), Context())]
    ['related']
    >>> t = "WHAT HAPPENS NEXT FOR THE HARBOUR"
    >>> related_headline(Document.of(t), (0, len(t)), Context())
    ()
    >>> related_headline(Document.of("Key Insights"), (0, 12), Context())
    ()
    >>> t = "Größter Speicher Deutschlands in den Startblöcken"
    >>> related_headline(Document.of(t), (0, len(t)), Context())
    ()
    """
    text = doc.text
    s, e = strip_span(text, *rng)
    if s >= e or "\n" in text[s:e] or "\r" in text[s:e] or _FINAL.search(text, s, e):
        return ()
    if e - s > MAX_HEADLINE_CHARS:
        return ()
    last = strip_span(text, 0, s)[1]  # only white space is skipped: no copy
    before, after = text[last - 1 : last], text[e : e + 8].lstrip()[:1]
    if before not in _PARAGRAPH_ENDS or not (after[:1].isupper() or after in _OPENING_QUOTES):
        return ()  # not between two whole paragraphs: a line of a wrapped one
    words = text[s:e].split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS or words[0][:1].isdigit():
        return ()
    if any(ch in text[s:e] for ch in "[]()"):
        return ()  # link or aside residue: a fragment of a sentence
    numeric = sum(any(ch.isdigit() for ch in w) for w in words)
    content = [w for w in words if w.casefold().strip("'’:") not in MINOR_WORDS]
    letters = [ch for w in words for ch in w if ch.isalpha()]
    if (
        not content
        or numeric >= MAX_NUMERIC_SHARE * len(words)
        or all(ch.isupper() for ch in letters)
    ):
        return ()
    if any(w[:1].islower() for w in content):
        return ()  # a lower-case word a Title-Case headline would capitalise: a sentence
    return (Boilerplate("related", text[s:e], Span(s, e)),)


PROMO_VERBS: Final = frozenset(
    """explore subscribe listen watch download sign join discover catch tune register
    try visit follow read get click""".split()
)
"""Imperative verbs that open a promotion: ``Explore ...``, ``Subscribe via ...``."""
MAX_PROMO_SENTENCES: Final = 3
MAX_PROMO_CHARS: Final = 600
"""The longest promotion glued after the dateline."""
"""A promotion glued after the dateline has at most this many sentences."""
_SENTENCE: Final = lazy(r"""[^.!?]{1,300}+[.!?]*+["”’]?""")


def promo_lead(doc: Document, rng: Range, ctx: Context) -> Found:
    """A block on the dateline's line whose every sentence opens with an imperative
    verb of ``PROMO_VERBS``: a promotion put before the lead (``(Bloomberg) --
    Explore ... podcast. Subscribe via ...``).

    >>> t = "(Wire) -- Watch our new harbour series. Subscribe on any app.\\nOil rose."
    >>> [b.kind for b in promo_lead(Document.of(t), (10, 61), Context())]
    ['promo']
    >>> t = "Watch our new harbour series. Subscribe on any app.\\nOil rose."
    >>> promo_lead(Document.of(t), (0, 51), Context())
    ()
    """
    text = doc.text
    s, e = strip_span(text, *rng)
    line_start, _ = doc.line_at(s)
    if s >= e or not text[line_start:s].strip():
        return ()  # not on the dateline's line
    if e - s > MAX_PROMO_CHARS:
        return ()
    sentences = [m[0].strip() for m in _SENTENCE.finditer(text, s, e) if m[0].strip()]
    if not 0 < len(sentences) <= MAX_PROMO_SENTENCES:
        return ()
    if not all(sent.split()[0].casefold() in PROMO_VERBS for sent in sentences):
        return ()
    return (Boilerplate("promo", text[s:e], Span(s, e)),)
