"""Trailing lines told by their shape, not their words: author sign-offs, link text
left without its link, and lists of related headlines under a short label.

Each is a rule of the one shape for the ending region (``regions.ENDING_RULES``). They
read position (after the body, before a link), line shape (final punctuation, word
count, capitals) and the name shape of ``people``; none names a phrase of one story.

>>> doc = Document.of("Oil rose.\\n\\n-Jo Li")
>>> [b.kind for b in author_signoff(doc, (11, 17), Context())]
['signoff']
"""

from __future__ import annotations

from typing import Final

from .._model import Boilerplate, Span
from .._patterns import lazy
from .._text import EMAIL, SPACE_CHARS, strip_span, trim_residue
from .context import Context
from .document import Document, Range
from .rules import Found

_NAME_WORD: Final = r"\p{Lu}[\p{L}\p{M}'’.\-]{0,30}+"
"""One word of a personal name: a capital, then letters (``O'Neil``, ``Jean-Luc``, ``J.``)."""
PHONE: Final = r"\+?\(?\d[\d \t().\-]{5,20}\d"
"""A telephone number: ``+1 415 000 0000``, ``(202) 000-0000``, ``+61-2-9373 1804``."""

_AUTHOR_SIGNOFF: Final = lazy(
    rf"""(?x)
    (?P<paren>\()?+                             # (Jo Li): a foreign desk's sign-off
    (?(paren)|[-–—]{{1,2}}+[ \t]?)              # the dash: -Jo Li, — Jo Li
    (?:(?i:by)[ \t]++)?                         # -By Jo Li
    {_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,3}}+   # two to four capitalised words
    (?:(?:[ \t]++and|[ \t]*+&|,)[ \t]++          # and more authors: -By Jo Li and Al Mo
       {_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,3}}+
    ){{0,3}}+
    (?:[ \t]*+[,;][ \t]*+                       # then what the author adds:
       (?:{PHONE}                               #   a phone number
        | {EMAIL}                               #   an e-mail address
        | \p{{Lu}}[\p{{L}}&.\-]{{0,30}}+(?:[ \t]\p{{Lu}}[\p{{L}}&.\-]{{0,30}}+){{0,4}}+  # an outlet: Example Newswires
       )
    ){{0,4}}+
    [ \t]*+;?
    (?(paren)\))
    """
)
"""An author's sign-off after the body: ``-Jane Doe``, ``-By Jane Doe, Example Newswires``,
``-Jane Doe; +1 415 000 0000; jane.doe@example.com``."""


def author_signoff(doc: Document, rng: Range, ctx: Context) -> Found:
    """A dash, then a name of two to four capitalised words, and maybe a phone, an
    e-mail address or an outlet: the author signing the story off.

    >>> t = "-By Jane Doe, Example Newswires"
    >>> author_signoff(Document.of(t), (0, len(t)), Context())[0].kind
    'signoff'
    >>> author_signoff(Document.of("- the rest of it"), (0, 16), Context())
    ()
    """
    s, e = strip_span(doc.text, *rng)
    if _AUTHOR_SIGNOFF.fullmatch(doc.text, s, e) is None:
        return ()
    return (Boilerplate("signoff", doc.text[s:e], Span(s, e)),)


MAX_LINE_CHARS: Final = 100
"""A bound on the length of the short lines these rules read, checked first so that a
long block costs nothing."""
MAX_LINK_TEXT_WORDS: Final = 8
"""The most words link text left without its link may have: ``For more click on``."""
_DANGLING_END: Final = lazy(
    r"""(?xi)
    \b(?:on|at|to|the|a|an|of|in|via|from|for|see|visit|by|with|here)   # a word that needs more
    [ \t]*+:?$
    """
)
"""How link text whose link was cut away ends: on a preposition or article."""
_LINK_NEXT: Final = lazy(
    r"""(?x)
    \s*+
    (?: \[[^\]\n]{1,300}+\]\(               # a markdown link: [Reuters](...)
      | <?https?://                          # a bare address
      | www\.
    )
    """
)
"""What must come next for a block to be read as link text: a link."""


def dangling_link_text(doc: Document, rng: Range, ctx: Context) -> Found:
    """A short line with no final punctuation that ends on a preposition or article,
    right before a link: the link's own text, left apart by a scraper.

    >>> t = "Oil rose.\\n\\nFor more click on\\n\\n[Wire](https://example.org/a)"
    >>> [b.kind for b in dangling_link_text(Document.of(t), (11, 28), Context())]
    ['related']
    >>> t = "Oil rose.\\n\\nFor more click on"
    >>> dangling_link_text(Document.of(t), (11, 28), Context())
    ()
    """
    text = doc.text
    s, e = strip_span(text, *rng)
    if e - s > MAX_LINE_CHARS:
        return ()  # a long block is no short line (and stays cheap)
    words = text[s:e].split()
    if not words or len(words) > MAX_LINK_TEXT_WORDS or "\n" in text[s:e]:
        return ()
    if not _DANGLING_END.search(text, s, e) or _LINK_NEXT.match(text, e) is None:
        return ()
    return (Boilerplate("related", text[s:e], Span(s, e)),)


MAX_LABEL_WORDS: Final = 3
"""Words a label before a related headline may have: ``More:``, ``Earlier stories:``."""
MAX_RELATED_WORDS: Final = 25
"""The most words of one related headline."""
_LABEL: Final = lazy(
    rf"""(?x)
    [*_]{{0,2}}+                                       # **More:**
    (?P<label>\p{{Lu}}[\p{{L}}'’]{{0,20}}+(?:[ \t]\p{{L}}[\p{{L}}'’]{{0,20}}+){{0,{MAX_LABEL_WORDS - 1}}}+)
    [ \t]*+:[*_]{{0,2}}+[ {SPACE_CHARS}]*+
    """
)
"""A short label opening a line and ending in a colon: ``More:``, ``Earlier stories:``."""
_INNER_END: Final = lazy(r"""[.!?]["”’)]?\s""")
"""A sentence end inside a block: no headline has one."""
_ENDS_SENTENCE: Final = lazy(r"""[.!?"”’)\]…;,]\s*$|[.!?][,;:]""")


def _headline_shaped(text: str, start: int, end: int) -> bool:
    """Words that read as a headline: three to ``MAX_RELATED_WORDS`` of them, most
    opening with a letter, a capital first, and no sentence end (nor ``., ``)."""
    words = text[start:end].split()
    lettered = sum(w[:1].isalpha() or w[:1] in "'‘“\"$" for w in words)
    return (
        3 <= len(words) <= MAX_RELATED_WORDS
        and words[0][:1].isupper()
        and 10 * lettered >= 7 * len(words)
        and _ENDS_SENTENCE.search(text, start, end) is None
    )


def related_list(doc: Document, rng: Range, ctx: Context) -> Found:
    """A short label with a colon, then one or more headlines with no final punctuation
    (``More: Oil rises as ...``; ``Earlier stories:`` and a headline per line): links to
    other stories whose addresses the page lost.

    >>> t = "More: Harbour shippers brace for a long strike"
    >>> [b.kind for b in related_list(Document.of(t), (0, len(t)), Context())]
    ['related']
    >>> t = "More: Harbour shippers brace for\\na long strike"
    >>> [b.kind for b in related_list(Document.of(t), (0, len(t)), Context())]
    ['related']
    >>> t = "NOTE: Full name is Harbour Shipping Co Inc"
    >>> related_list(Document.of(t), (0, len(t)), Context())
    ()
    >>> t = "Heading toward the close: the euro fell 0.5%, the yen rose 0.2%."
    >>> related_list(Document.of(t), (0, len(t)), Context())
    ()
    """
    text = doc.text
    s, e = strip_span(text, *rng)
    m = _LABEL.match(text, s, e) if e - s <= 20 * MAX_LINE_CHARS else None
    if m is None or m["label"].isupper():
        return ()  # an ALL-CAPS label (NOTE:, FORECASTS:) heads the story's own text
    lines = [ln for ln in doc.lines_in(m.end(), e) if ln[0] < ln[1]]
    one_wrapped = (
        0 < len(lines) <= 2
        and lines[0][0] == m.end()
        and _headline_shaped(text, m.end(), e)
        and _INNER_END.search(text, m.end(), e) is None
    )
    if not lines or not (one_wrapped or all(_headline_shaped(text, *ln) for ln in lines)):
        return ()  # one headline after the label (maybe wrapped), or one per line
    return (Boilerplate("related", text[s:e], Span(s, e)),)


_RULE_LINE: Final = lazy(r"(?:_{2,12}|-{3,12}|—{2,6}|(?:\*[ \t]?){3,6})[ \t]*+")
"""A rule line (AP's ``___``): what follows it is the story's trailing matter."""
_CONTACT_MARK: Final = lazy(rf"(?<![\w.])@\w|{EMAIL}")
"""What makes a line after a rule contact data rather than a link: a handle or an e-mail."""
_WEB_MARK: Final = lazy(
    rf"""(?xi)
    https?://\S | www\.\S                           # a web address
    | \b[\w\-]{{1,63}}+\.(?:com|org|net)(?:/|\b)   # a bare domain: twitter.com/jo
    | (?<![\w.])@\w                                 # a handle: @jo_li
    | {EMAIL}
    """
)
"""What makes a line after a rule reader service: an address, a domain or a handle."""
MAX_AFTER_RULE_WORDS: Final = 60
"""The most words of one reader-service paragraph after a rule."""


def after_rule_link(doc: Document, rng: Range, ctx: Context) -> Found:
    """A short paragraph holding a link, a domain, an e-mail address or a handle, right
    after a rule line (``___``) below the story: where to follow or read the author.

    >>> t = "Oil rose.\\n___\\nJo Li on the web: www.example.org/joli"
    >>> [b.kind for b in after_rule_link(Document.of(t), (14, len(t)), Context())]
    ['related']
    >>> t = "Oil rose.\\nJo Li on the web: www.example.org/joli"
    >>> after_rule_link(Document.of(t), (10, len(t)), Context())
    ()
    """
    text = doc.text
    s, e = strip_span(text, *rng)
    if s >= e or e - s > 10 * MAX_LINE_CHARS or len(text[s:e].split()) > MAX_AFTER_RULE_WORDS:
        return ()
    if not _WEB_MARK.search(text, s, e):
        return ()
    before = strip_span(text, 0, s)[1]
    line_start, _ = doc.line_at(max(before - 1, 0))
    if before == 0 or _RULE_LINE.fullmatch(text, line_start, before) is None:
        return ()
    kind = "contact" if _CONTACT_MARK.search(text, s, e) else "related"
    return (Boilerplate(kind, text[s:e], Span(s, e)),)


MAX_CHROME_WORDS: Final = 6
"""The most words of a page-chrome line after the story: ``Related News``, ``Newsletter``."""
MAX_CHROME_CHARS: Final = 60
"""The longest page-chrome line (a line of CJK text has no spaces to count words by)."""
_AFTER_WHOLE_TEXT: Final = frozenset('.!?"”’')
"""How the text before a chrome line ends: a whole sentence (not a table row or a label,
whose items stay with it)."""
_LETTERED: Final = lazy(r"\p{L}{2}")


def _after_whole_text(text: str, start: int) -> bool:
    before = strip_span(text, 0, start)[1]  # only white space is skipped: no copy
    if before > 1 and text[before - 1] == ")":  # (A sentence in parentheses.)
        before -= 1
    return before > 0 and text[before - 1] in _AFTER_WHOLE_TEXT


def short_chrome(doc: Document, rng: Range, ctx: Context) -> Found:
    """A line of at most ``MAX_CHROME_WORDS`` words with no final punctuation after a
    whole sentence at the end of the story: a widget or section label of the page, in
    any language (``Noticias relacionadas``, ``Story continues below advertisement``).

    A row of a table ends with no punctuation either, so the text before must end a
    sentence: a results table is never peeled row by row.

    >>> t = "Oil rose.\\n\\nVerwandte Themen"
    >>> [b.kind for b in short_chrome(Document.of(t), (11, len(t)), Context())]
    ['page']
    >>> t = "1. Jo Li (Ford) 1:14:50\\n2. Al Roe (Audi) 1:14:52"
    >>> short_chrome(Document.of(t), (24, len(t)), Context())
    ()
    """
    text = doc.text
    s, e = strip_span(text, *rng)
    if trim_residue(text, s, e) != (s, e):
        return ()  # damaged edges: the rows are tried first on the range without them
    words = text[s:e].split()
    last = e - 1
    if not 0 < len(words) <= MAX_CHROME_WORDS or e - s > MAX_CHROME_CHARS or text[last] in _FINAL:
        return ()
    if "\n" in text[s:e] or "\r" in text[s:e]:
        return ()  # one line only
    if 2 * sum(_LETTERED.search(w) is not None for w in words) < len(words):
        return ()  # mostly figures: a row of a table
    if not _after_whole_text(text, s) and not _after_trailing_line(doc, s, ctx):
        return ()
    return (Boilerplate("page", text[s:e], Span(s, e)),)


def _after_trailing_line(doc: Document, start: int, ctx: Context) -> bool:
    """Whether the line before ``start`` is trailing matter by its shape, not a table
    row: it holds an address or a phone number, stands wholly in parentheses (a credit
    line, a desk's contact line), is an author's sign-off or a trailing phrase row."""
    from .boilerplate import match_boilerplate  # (the phrase rows import this module)

    before = strip_span(doc.text, 0, start)[1]
    if before == 0:
        return False
    line_start, line_end = doc.line_at(before - 1)
    return (
        (doc.text[line_start] == "(" and doc.text[line_end - 1] == ")")
        or _AUTHOR_SIGNOFF.fullmatch(doc.text, line_start, line_end) is not None
        or match_boilerplate(doc.text, line_start, line_end, region="ending", agencies=ctx.agencies)
        is not None
        or _WEB_MARK.search(doc.text, line_start, line_end) is not None
        or _CONTACT_TOKEN.search(doc.text, line_start, line_end) is not None
    )


MAX_CONTACT_WORDS: Final = 15
"""The most words of a short contact line after the story."""
_CONTACT_TOKEN: Final = lazy(
    rf"""(?x)
    {EMAIL}
    | \+\d[\d \t().\-]{{6,20}}\d                  # an international number: +1 503 555 0100
    | \(\d{{2,4}}\)[ \t]?\d{{3,4}}[ \t.\-]\d{{4}}   # an area code: (202) 555-0100
    """
)
"""What a short contact line holds: an e-mail address or an unmistakable phone number
(not a run of figures from a table)."""
_FINAL: Final = frozenset('.!?"”’)')
_ENDS_ON_CONTACT: Final = lazy(rf"(?:{EMAIL}|\d)\.$")
"""A line whose full stop closes an e-mail address or a number: ``Write to Jo at jo@x.com.``"""
_SENTENCE_BREAK: Final = lazy(r"""[.!?]["”’)]?\s++(?![+(]?\d)""")
"""A sentence end inside a line (an abbreviation before a number, ``tel. +49``, is none)."""


def contact_line(doc: Document, rng: Range, ctx: Context) -> Found:
    """A short line after the story that holds an e-mail address or a phone number and
    ends with no sentence punctuation: contact details (``Contact: Jo Li, +1 503 ...``).

    >>> t = "Oil rose.\\n\\nMedia desk: Jo Li, +1 503 555 0100"
    >>> [b.kind for b in contact_line(Document.of(t), (11, len(t)), Context())]
    ['contact']
    >>> t = "Oil rose.\\n\\n((Harbour desk; +1 (503) 555-0100))"
    >>> [b.kind for b in contact_line(Document.of(t), (11, len(t)), Context())]
    ['contact']
    >>> t = "Oil rose.\\n\\nWrite to the board at board@example.org, it said."
    >>> contact_line(Document.of(t), (11, len(t)), Context())
    ()
    """
    text = doc.text
    s, e = strip_span(text, *rng)
    if s >= e or e - s > 2 * MAX_LINE_CHARS or trim_residue(text, s, e) != (s, e):
        return ()  # long, or damaged edges (the rows are tried first without them)
    if len(text[s:e].split()) > MAX_CONTACT_WORDS:
        return ()
    if text[e - 1] in _FINAL and not (
        (text[s] == "(" and text[e - 1] == ")")  # ((Desk; +1 (503) 555-0100))
        or (text[e - 1] == "." and _ENDS_ON_CONTACT.search(text, max(s, e - 80), e))
    ):  # ... at jo@example.com.
        return ()
    if _CONTACT_TOKEN.search(text, s, e) is None or _SENTENCE_BREAK.search(text, s, e):
        return ()
    return (Boilerplate("contact", text[s:e], Span(s, e)),)
