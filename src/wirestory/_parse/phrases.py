"""The phrase rows: every note, boilerplate and inline phrase, with its kind and regions.

A row is ``(kind, regions, pattern)``: the kind it gives (one of ``NOTE_KINDS`` or
``BOILERPLATE_KINDS``), the regions of a story where it may stand (``OPENING`` above
the dateline, ``BODY`` between paragraphs, ``ENDING`` after the last paragraph, ``TAIL``
glued to the end of the last paragraph), and a verbose, case-insensitive pattern that
must match the whole block. To teach wirestory a new phrase, add one row.

What is agency-specific comes from the registry, never from here: a row whose pattern
is ``<<signoffs>>`` or ``<<notices>>`` stands for one row per agency with sign-offs or
notices (``Agency.signoffs``, ``Agency.notices``; that agency is their evidence), and
``<<names>>`` / ``<<tokens>>`` inside a pattern stand for every name / dateline token
of the registry. ``phrases(registry)`` compiles the table for one registry, once.

>>> from wirestory import DEFAULT_REGISTRY
>>> sorted({p.kind for p in phrases(DEFAULT_REGISTRY) if p.agency == "Kyodo"})
['signoff']
>>> sorted({p.kind for p in phrases(DEFAULT_REGISTRY) if TAIL <= p.regions})[:3]
['contact', 'copyright', 'keywords']
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

from .._agencies import AgencyRegistry, alternation
from .._text import SPACE_CHARS
from .._vocab import BOILERPLATE_KINDS, NOTE_KINDS
from .phrase_regions import BODY as BODY
from .phrase_regions import ENDING as ENDING
from .phrase_regions import NOWHERE as NOWHERE
from .phrase_regions import OPENING as OPENING
from .phrase_regions import REGIONS as REGIONS
from .phrase_regions import TAIL as TAIL
from .reader_rows import READER_ROWS, STATUS_ROWS
from .stamps import KICKER, STAMP_PIECE, STAMP_SEP, STAMP_TAIL, TIME

FLAGS: Final = regex.VERBOSE | regex.IGNORECASE | regex.DOTALL
"""How every row is compiled: verbose, any case, ``.`` across a hard wrap."""
sc: Final = SPACE_CHARS
"""The spaces inside a row's character class: a name may hold a no-break space."""


def _known(kind: str) -> None:
    if kind not in BOILERPLATE_KINDS and kind not in NOTE_KINDS:
        raise ValueError(f"Unknown phrase kind {kind!r}")


@attrs.frozen
class Phrase:
    """One compiled row: what it gives, where it may stand, whose evidence it is."""

    kind: str = attrs.field(validator=lambda _, __, v: _known(v))
    """A note kind or a boilerplate kind."""
    regions: frozenset[str]
    """Where in a story the phrase may stand (``OPENING``, ``BODY``, ``ENDING``, ``TAIL``)."""
    pattern: str
    """The verbose pattern, registry placeholders filled in."""
    agency: str | None = None
    """The agency the phrase is evidence for, or ``None``."""


_NAMED_PROMO: Final = (
    "promo",
    OPENING | BODY | ENDING | TAIL,
    r"""For\s+more\s+(?:articles|stories|news)\s+like\s+this\b.{0,120}   # Bloomberg's promo
                 |Most\s+Read\s+from\s+Bloomberg\b.{0,300}""",
)
"""Promos that name themselves: safe to split off the last sentence they are glued to."""


_NOTE_ROWS: Final = (
    # kind          pattern (must cover the whole block)
    (
        "top",
        r"""\(\s*["“]?\s*(?:Adds|Updates|Corrects|Refiles|Recasts|Rewrites|Repeats|Changes|Fixes
                     |Removes|Inserts|Clarifies|Resends|Moves|Writes\s+through|Advances
                     |Re-?issues|Reissues|Amends|Deletes|Replaces|Restores|Withdraws
                     |Updates\s+throughout|New\s+throughout)\b
                [^()]*+(?:\([^()]*+\)[^()]*+)*+\)""",
    ),
    (
        "currency",
        r"""\(\s*(?:US|C|A|NZ|HK|S)?[$€£¥₹]?\s*1\s*(?:[$€£¥₹]|[\p{L}.]{1,12}(?:\s[\p{L}.]{1,12})?)?\s*=\s*
                     [^()\n]{1,80}\)(?:\s*\(\s*(?:US|C|A)?[$€£¥₹]?\s*1\s*[^()\n]{0,12}=[^()\n]{1,80}\))*""",
    ),
    (
        "correction",
        r"""\(?\s*(?:This|The)\s+(?:story|article|version)\s+(?:has\s+been|was|is\s+being)\s+
                       (?:corrected|refiled|updated|changed|amended)\b[^\n]*""",
    ),
    ("correction", r"""\(?\s*(?:Corrects|Refiles)\b[^\n]{0,300}"""),
    ("correction", r"""CORRECTION\s*:[^\n]{0,400}|STORY\s+WITHDRAWN\b[^\n]{0,300}"""),
    (
        "correction",
        r"""\(?\s*An\s+earlier\s+version\s+of\s+this\s+(?:story|article)\b[^\n]{0,300}""",
    ),
    (
        "editors",
        r"""(?:Eds|Editors|Editor['’]s\s+note)\s*:[^\n]*|\(\s*(?:ATTN|EDS)\s*:[^()]*\)
                   |(?-i:(?P<adv>HOLD|KILL)(?:\s+(?P=adv)){1,4})[\s'’=]{0,12}   # dpa: HOLD HOLD HOLD
                   |(?-i:ADDS|RECASTS?|CLARIFIES|CHANGES)\s*:[^\n]{1,300}//     # AFP: ADDS: ... //""",
    ),
    (
        "disclaimer",
        r"""(?:\(\s*)?The\s+author\s+is\s+a\s+Reuters\s+Breakingviews\s+columnist\b.*
                        |(?:\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3}\s+is\s+an?\s+[^.\n]{0,120}\.\s*)?  # A is a market analyst for Reuters.
                         (?:The\s+)?(?:Views|opinions)\s+expressed\s+(?:above\s+|here\s+|in\s+this\s+\w+\s+)?
                         are\s+(?:his|her|their|the\s+author'?s?|those\s+of\s+the\s+author)\s+own\.?\)?
                        |\(?\s*The\s+(?:views|opinions)\s+expressed\s+[^\n]{0,80}?\bare\s+(?:not\s+(?:necessarily\s+)?)?
                          those\s+of\b[^\n]{0,200}                 # (The opinions expressed here are those of the author, ...)
                        |This\s+column\s+does\s+not\s+necessarily\s+reflect\b[^\n]{0,300}""",
    ),
)
"""Notes from the desk, by kind."""


_BOILERPLATE_ROWS: Final = (
    # kind, where it may stand, pattern (the whole block, white space at its ends aside)
    ("standards", BODY | ENDING | TAIL, "<<notices>>"),  # one row per Agency.notices
    _NAMED_PROMO,
    (
        "promo",
        OPENING | BODY | ENDING,
        r"""Sign\s+up\s+here\.?|Subscribe\b.{0,120}|(?:Get|Receive)\s+our\b.{0,120}newsletter.{0,80}
                 |.{0,200}\bSign\s*up\s*(?:here|now)\.?            # ... newsletter ... Sign up here.
                 |(?:Catch\s+up|Listen|Subscribe|Tune\s+in)\b.{0,200}\bpodcast\b.{0,120}
                 |Register\s+now\s+for\s+FREE\b.{0,120}
                 |(?:Sign\s*up|Subscribe|Register)\s+(?:for|to)\b.{0,120}\b(?:newsletters?|briefings?|alerts?|podcasts?)\b.{0,80}  # Sign up for our daily newsletter here.
                 |\(\s*For\s+the\s+latest\b[^()\n]{0,120}\bfollow\b[^()\n]{0,120}\)   # (For the latest China news, please follow ...)
                 |Click\s+(?:here|to)\s+(?:to\s+)?(?:subscribe|sign\s+up|download|join|follow)\b[^\n]{0,160}
                 |(?:Go\s+to|Follow)\s+(?:AP\b|https?://)\S{0,300}+.{0,120}?\b(?:coverage|updates)\b.{0,120}  # Follow AP's coverage ... (may be wrapped)""",
    ),
    (
        "comments",
        OPENING | BODY | ENDING,
        r"""Comments?|\d+\s+Comments?:?|View\s+comments?\s*\(\d+\)|Leave\s+a\s+(?:Reply|Comment)
                     |Comment\s+on\s+this\s+story|Show\s+comments|Comments\s+are\s+closed\.?
                     |(?:Add|Post)\s+(?:your|a)\s+comment|User\s+Comments|Start\s+the\s+conversation
                     |Your\s+email\s+address\s+will\s+not\s+be\s+published\.?[^\n]{0,120}
                     |Please\s+enter\s+your\s+(?:comment|name|email)\b[^\n]{0,40}
                     |Required\s+fields\s+are\s+marked\b[^\n]{0,20}
                     |This\s+site\s+uses\s+Akismet\b[^\n]{0,200}
                     |(?:Name|E-?mail|Website|Comment)\s*(?:\*\s*:?|:)     # form labels: Name :, Email *""",
    ),
    (
        "source",
        OPENING | ENDING | TAIL,
        r"""\[[\w.&'\s-]{1,30}\]\(https?://\S{1,800}\)""",
    ),  # [investing_us](url), [MT Newswires](url): the label may be wrapped
    (
        "related",
        OPENING | BODY | ENDING | TAIL,
        r"""Read\s+more\b.{0,200}|Read\s+Next|Suggested\s+Topics:?.{0,200}|(?:(?:READ|SEE)\s+ALSO|ALSO\s+(?:READ|SEE)|READ)\s*:.{0,300}
                    |[*_]{0,3}(?:Also|More)\s+Read\s*:\s*\[[^\]\n]{1,300}\]\(\S{1,800}?\)[*_]{0,3}  # **Also Read: [title](url)**
                    |Related\s+(?:coverage|stories|articles?)\b.{0,200}|More\s+from\s+Reuters
                    |(?:[*\-•]\s)?\[[^\]]{0,300}\]\(\S{1,800}\)            # a link alone: [title](url), the title may be wrapped
                    |Latest\s+Headlines\s+from\b.{0,60}|24/7\s+coverage\s+of\s+breaking\s+news.{0,60}
                    |\(?\s*(?:GRAPHICS?|PICTURES?|VIDEO|FACTBOX|TIMELINE)\s*:[^\n]{0,200}\)?
                    |For\s+related\s+[^\n]{0,200}\b(?:click|see|go\s+to)\b[^\n]{0,120}
                    |(?:Continue\s+reading|(?:\w{1,8}\s+)?Full\s+story|To\s+read\s+more\b[^\n]{0,60}|More\s+Images)
                    |Related\s+(?:reading|news|posts)|We\s+Recommend|Most\s+(?:Read|Popular|Viewed)
                    |You\s+(?:may|might)\s+also\s+like|Recommended(?:\s+for\s+you)?
                    |Click\s+to\s+Gallery""",
    ),
    (
        "page",
        OPENING | BODY | ENDING,
        r"""Purchase\s+Licensing\s+Rights|Advertisement(?:\s*[·•|]\s*Scroll\s+to\s+continue)?
                 |Scroll\s+to\s+continue|\d+\s+Min(?:ute)?\s+Read|Share(?:\s+this\s+(?:article|story))?
                 |Share\s+(?:on|via|by|to)\s+\w+|Tweet|Email|Print|Copy\s+link|Skip\s+to\s+(?:main\s+)?content
                 |Report\s+an\s+error|opens\s+new\s+tab|\d{1,4}
                 |(?:Rate|Rating)\b[^\n]{0,40}?(?:[\s:]+[1-5★☆]){3,10}+\s*   # a rating widget: Rate this article: 1 2 3 4 5
                 |Facebook|Twitter|X|WhatsApp|SMS|LinkedIn|Pinterest|Reddit|Telegram|Copy\s+article\s+link|Save
                 |Link|Skip\s+to\s+Content\b[^\n]{0,60}|You\s+are\s+here:?|Listen\s+to\s+(?:the\s+|this\s+)?(?:news|article|story)
                 |[-–]\s?A\s+A\s+\+\s?A|Share\s+(?:this|the)\s+(?:story|article|page)\W{0,4}|Compartir\s*/\s*Share
                 |\[ad_\d{1,2}\]|Breaking\s+News|Edition\s*:|Notice\s+of\s+Your\s+Privacy\s+Choices
                 |All\s+quotes\s+delayed\b[^\n]{0,160}
                 |(?:(?:Share|Submit\s+to\s+\w+(?:\s+Plus)?|Facebook|Twitter|X|Linkedin|Email|Link|WhatsApp|Print
                     |Purchase\s+Licensing\s+Rights)\s?){2,12}+                  # glued share bar""",
    ),
    ("signoff", ENDING | TAIL, "<<signoffs>>"),  # one row per Agency.signoffs
    (
        "signoff",
        ENDING | TAIL,
        r"""\(END\)|&\#3;|\x03
                   |[a-z]{2,4}(?:-[a-z]{2,4}){0,4}(?:/[a-z]{2,4}(?:-[a-z]{2,4}){0,4}){1,5}  # desk codes: jc/mmp
                   |[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*(?:\(END\))?  # Yonhap: jo@yna.co.kr(END)
                   |\(\s*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*\)            # Dow Jones: (jo.li@wsj.com)
                   |\(?\s*With\s+inputs?\s+from\s+(?:agencies|<<names>>)\.?\s*\)?  # (With inputs from PTI)
                   |/[a-z]{2,4}(?:/[a-z]{2,4}){1,5}                             # dpa-AFX: /yyzz/DP/jsl
                   |(?:enditem|more|\(to\s+be\s+continued\))?(?:\s*=\d{8}){1,4}[^\n]{0,60}?\bnnnn\b[^\n]{0,60}
                   |\(\s*(?:MORE|İLKHA|ILKHA|UNB|<<tokens>>)\s*\)                # (MORE), (AFP), (KUNA)
                   |\.?AGERPRES
                   |(?:-{1,2}|–|—)\s*(?:SG|<<tokens>>)\.?                          # -- PTI""",
    ),
    (
        "copyright",
        OPENING | ENDING | TAIL,
        r"""(?:Copyright|©|\(c\))\s*(?:\d{4}|©|\(c\)|Copyright\b|The\b|<<names>>).{0,300}
                     |All\s+rights\s+reserved\.?.{0,200}|[^.\n]{0,80}\bAll\s+rights\s+reserved\.?
                     |(?:All\s+contents?\s+)?©[^\n]{0,300}|Riproduzione\s+riservata\b[^\n]{0,80}""",
    ),
    (
        "contact",
        ENDING | TAIL,
        r"""To\s+contact\s+the\s+(?:reporters?|editors?|writers?|authors?)\b.{0,400}
                   |\(\([^()]{0,400}\)\)                                 # ((Washington newsroom, ...))
                   |Follow\s+[\p{L}"""
        + sc
        + r""".'-]{2,60}\s+(?:at|on)\s+[^\n]{0,40}(?:twitter|x)\.com\S*
                   |(?=.*?reached)[\p{L}\s.,'-]{2,120}\s+can\s+be\s+reached\b.{0,40}(?:at|on)\s+.{0,200}  # may be wrapped
                    (?:[\w.+-]@[\w-]+\.[\w.-]*\w|\d|@\w+|\.(?:com|org|net)\S*)[\s.)]*  # ends on its address or number
                   |Write\s+to\s+[^\n@]{2,200}?\s+at\s+[\w.+-]{1,64}@.{1,300}          # Write to A at a@wsj.com (may be wrapped)
                   |\*\*[^*\n]{1,120}\bBureau\s*:[^*\n]{1,120}\*\*                    # MNI: ** ... Bureau: (202) ... **""",
    ),
    (
        "syndication",
        BODY | ENDING | TAIL,
        r"""[*_]{0,3}\(?\s*(?:Only\s+the\s+headline\s+and\s+picture|This\s+(?:story|article)\s+has\s+not\s+been\s+edited)
                       \b.{0,300}?\bsyndicated\s+feed\.?\s*\)?\.?[*_]{0,3}   # may be wrapped
                       |This\s+content\s+was\s+(?:created|produced)\s+by\b.{0,300}""",
    ),
    (
        "keywords",
        OPENING | ENDING | TAIL,
        r"""Keywords\s*:.{0,300}|Topics?\s*:.{0,300}|Tags?\s*:.{0,300}|\[TOPICS\s*:[^\]\n]{0,300}\]
                   |(?:\#\p{L}[\p{L}\p{N}_"""
        + sc
        + r"""]{0,40}+){1,5}+               # #Foreign Exchange Analysis""",
    ),
    (
        "source",
        OPENING | ENDING | TAIL,
        r"""(?:Source|Kaynak|Fuente|Quelle|Fonte)\s*:.{0,120}|Article\s+Source|Author\s*:\s*Reuters\s+Editorial
                 |<?https?://\S{1,800}                                     # a link alone, or in <>
                 |According\s+to\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}.'-]{1,30}(?:\s+(?-i:\p{Lu})[\p{L}.'-]{1,30}){0,5}\s*:  # According to the Mainichi Shimbun:
                 |\[(?:<<names>>)\]\(\S+\)|Information\s+from\s*:.{0,200}
                 |Originally\s+published\s+(?:on|at|by)\b.{0,120}
                 |This\s+(?:story|article|report)\s+(?:was|is|has\s+been)\s+(?:provided|supplied|distributed|produced)\s+by\b.{0,160}  # ... provided by The Associated Press.
                 |This\s+(?:story|article|report)\s+by\s+(?:<<names>>)\s+was\s+(?:first\s+)?(?:published|posted|distributed)\b.{0,80}  # This report by The Canadian Press was first published ...
                 |(?:[\w-]{1,63}\.){1,3}(?:com|org|net)(?:/\S{0,300})?         # a bare domain: doc.afp.com""",
    ),
    (
        "caption",
        OPENING | BODY | ENDING,
        r"""(?:[*•\-][ \t]{1,3})?!\[[^\]\n]{0,300}\]\(\S{1,800}\)    # a markdown image, maybe a bullet
                   |(?:Item\s+)?\d{1,2}\s+of\s+\d{1,2}\.?\s[^\n]{0,600}     # 1 of 18. A slideshow caption
                   |[*_]{0,2}\[\d{1,2}/\d{1,2}\][*_]{0,2}[^\n]{0,600}         # [1/3] A slideshow caption
                   |(?=.*?taken)[^\n]{0,600}\bin\s+this\s+(?:\w+\s+){0,2}(?:photo|picture|illustration|image)\s+taken\b[^\n]{0,200}
                   |[^\n]{0,600}\((?:[^()\n/]{1,80}+/){1,4}+[^()\n/]{0,80}   # ... (Jeff Greenberg/Education Images
                     (?:Getty\s+Images|Photo|Images|Pool|REUTERS|Reuters|AFP|EPA|Xinhua|Bloomberg|via\s+AP|File)[^()\n]{0,40}\)\.?""",
    ),
    (
        "caption",
        OPENING | BODY | ENDING,
        r"""(?:(?-i:\p{Lu}{1,6})\s+)?(?:FILE\s+PHOTO|PHOTO|Photo|Video)\s*(?::|[-–—])[^\n]{0,600}  # FILE PHOTO: ..., BT PHOTO:
                   |Picture\s+taken\b[^\n]{0,120}|Slideshow\s*\(\d{1,3}\s+Images?\)[^\n]{0,600}
                   |[•*·]?\s*File\s+Photo
                   |(?=[^\n]{0,700}+(?<=\)\.?|/(?:Illustration|File\s+Photo|Pool)\.?|\sRTX\w{1,12}))  # one cheap test: how it ends
                    (?:(?:[^\n]{0,600}\s)?\(
                    (?:(?:AP|AFP|EPA|Reuters|Xinhua|Yonhap|Kyodo|Anadolu|AA)\s*(?:PHOTO|Photos?|files?)
                       (?:\s*/\s*[^()\n]{1,80})?                          # (AP Photo), (AFP Photo / A)
                     |[^()\n]{1,80}\svia\s(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)  # (X via AP)
                     |\s*Photo\s*[=:]\s*[^()\n]{1,120}                     # (Photo = A, Yonhap News)
                    )\)\.?
                    |[^\n]{0,600}?(?:\.|\s)[\p{L}"""
        + sc
        + r""".'-]{2,60}+/(?:Illustration|File\s+Photo|Pool)(?:/(?:Illustration|File\s+Photo))?\.?
                    |[^\n]{0,600}?\bREUTERS\s*/\s*[\p{L}.'"""
        + sc
        + r"""]{2,60}?\s+-\s+RTX\w{1,12}     # ... REUTERS/A - RTX1PFIV
                    )
                   |[-–—]{1,2}\s*[\p{L}"""
        + sc
        + r"""]{2,30}\s+photos?                             # —KUNA photos
                   |(?=[^\n]{0,600}?[.,]\s(?-i:Photo\s+courtesy))                       # (cheap test)
                    [^\n]{0,600}[.,]\s(?-i:Photo\s+courtesy)(?:\s+of)?\s+[^\n.]{2,80}\.?  # ... Photo courtesy Delta
                   |(?=.*?/)[^\n]{0,600}?\b(?:REUTERS|Reuters|AP\s+Photo|AFP|Xinhua)\s*/\s*  # ... REUTERS/
                    [\p{L}"""
        + sc
        + r""".'-]{2,60}+  # Alvin Baez
                    (?:\)|/File(?:\s+Photo)?|/Illustration|[,\s]*Purchase\s+Licensing\s+Rights
                      (?:,\s*opens\s+new\s+tab)?)*\.?\)?""",
    ),
    (
        "timestamp",
        OPENING | ENDING,
        r"""(?:Published|Updated|Posted|Last\s+updated)
                     (?=\s*(?:[:|·,\-–—]|at\b|on\b|\d|(?-i:\p{Lu})|$))[^\n]{0,80}  # not: Updated figures will ...
                     |\W*Updated\s+\d+\s+\w+\s+ago""",
    ),
    (
        "timestamp",
        OPENING | ENDING,
        rf"""[\W_]{{0,4}}+(?:{KICKER})?(?:{STAMP_PIECE})(?:{STAMP_SEP}(?:{STAMP_PIECE})){{0,8}}+{STAMP_TAIL}""",
    ),
    (
        "timestamp",
        BODY,
        rf"""[*_]{{0,2}}+\(\s*+{TIME}\s*+\)[*_]{{0,2}}+""",
    ),  # **(04:14 GMT)** alone
    ("story_ref", OPENING | BODY | ENDING | TAIL, r"""\[ID:[^\]\n]+\](?:\s*\[ID:[^\]\n]+\])*"""),
    ("truncation", NOWHERE, r"""\[Removed\]"""),
    ("header", OPENING | ENDING, r"""--\s.{0,300}"""),
    ("separator", OPENING | BODY | ENDING | TAIL, r"""[^\p{L}\p{N}]{1,80}"""),
)
"""Page and feed material, by kind; tried in order, first match wins."""


_INLINE_ROWS: Final = (
    # kind          pattern (starts a sentence inside a paragraph; the rest stays body)
    (
        "timestamp",
        r"""\d{4}\s*(?:GMT|UTC|ET|EST|EDT)\s*[-–—]{1,2}      # Dow Jones items: 0255 GMT -""",
    ),
    (
        "related",
        r"""For\s+(?:an?\s+|the\s+)?(?:graphics?|interactive|factbox|fact\s+box|related|more)\b
                    [^\n]{0,200}?\b(?:see|click|go\s+to)\s*:?\s*       # For graphic on X see:
                    (?:https?://|www\.|link\.reuters\.com|tmsnrt\.rs|reut\.rs)\S{1,300}+  # a link""",
    ),
    (
        "related",
        r"""\((?:Watch|See|Video|Listen)\b[^()\n]{1,200}?              # CNN: (Watch water pour in
                    [-–—]{1,2}\s*(?:\d{1,2})?:\d{2}\)            # -- :58)""",
    ),
    (
        "related",
        r"""(?-i:\p{Lu}[\p{Lu}\s]{1,30}:)?                           # MARKET REACTION:
                    (?:\s{0,3}--\s{0,3}For\s{1,3}[^\n-]{1,80}?\bclick\b     # -- For yen updates click
                       (?:\s{0,3}[,;]\s{0,3}for\s{1,3}[^\n-]{1,80}?\bclick\b){0,3}  # ; for prices
                       (?:\s{0,3}(?:<[^<>\n]{1,30}>|\[[^\]\n]{1,40}\]))?   # <JPY=> (often lost)
                    ){1,8}""",
    ),
    (
        "page",
        r"""[\w\\]{1,40}="[^"\n]{0,60}"\s*/?>.{0,600}+$            # text\\_section\\_type="notes">... (may be wrapped)""",
    ),
)
"""Page material inside a paragraph (collapsed copy, link lists, markup residue), by kind.
A row matches from the start of a sentence and ends at white space or the paragraph's
end; what stands around it stays body."""

NOTE_ROWS: Final = tuple((kind, REGIONS, pattern) for kind, pattern in _NOTE_ROWS + STATUS_ROWS)
"""Notes may stand anywhere."""
BOILERPLATE_ROWS: Final = _BOILERPLATE_ROWS + READER_ROWS
INLINE_ROWS: Final = _INLINE_ROWS


def _fill(pattern: str, registry: AgencyRegistry) -> str:
    names = {n for a in registry.agencies for n in (a.name, *a.aliases, *a.copyright_holders)}
    tokens = {t for a in registry.agencies for t in (*a.tokens, *a.bare_tokens)}
    return pattern.replace("<<names>>", alternation(names)).replace(
        "<<tokens>>", alternation(tokens)
    )


@functools.lru_cache(maxsize=16)
def phrases(registry: AgencyRegistry) -> tuple[Phrase, ...]:
    """The boilerplate rows for ``registry``, in order, the registry's rows expanded."""
    out: list[Phrase] = []
    for kind, regions, pattern in BOILERPLATE_ROWS:
        if pattern in ("<<signoffs>>", "<<notices>>"):
            field = pattern.strip("<>")
            out.extend(
                Phrase(kind, regions, form, agency.name)
                for agency in registry.agencies
                for form in getattr(agency, field)
            )
        else:
            out.append(Phrase(kind, regions, _fill(pattern, registry)))
    return tuple(out)


NOTE_PHRASES: Final = tuple(Phrase(kind, regions, p) for kind, regions, p in NOTE_ROWS)
"""The note rows, compiled-ready."""
INLINE_PHRASES: Final = tuple(Phrase(kind, BODY, p) for kind, p in INLINE_ROWS)
"""The inline rows: page material that starts a sentence inside a paragraph."""
