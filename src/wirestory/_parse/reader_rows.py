"""Phrase rows for the lines around a story that serve its reader, not its text.

Rows of the same shape as ``phrases`` (``(kind, regions, pattern)``, the pattern
matching the whole block, compiled verbose and case-insensitive); ``phrases`` appends
them to its tables. They are grouped here by family, each row written for a shape
that many outlets share (an e-mail, a phone number, a link, a counter, a time stamp),
not for one story's words:

* reporter contact lines: ``jo.li@example.com; +44 20 7000 0000``, staff lists;
* reader-service lines: follow and find-more lines, ``Sources:``, instrument codes;
* page chrome above the story: split dates, comment counters, flash lines; the
  agency's code on a line of its own after the story;
* editorial status lines: ``Updates to follow.``, ``More to come.``

>>> [kind for kind, _, _ in READER_ROWS][:2]
['contact', 'contact']
"""

from __future__ import annotations

from typing import Final

from .._text import EMAIL
from .phrase_regions import BODY, ENDING, OPENING, TAIL
from .trailers import PHONE

_ITEM: Final = rf"""(?:
      {EMAIL}                                                   # jo.li@example.com
    | <{EMAIL}>                                                 # <jo.li@example.com>
    | {PHONE}                                                   # +44 20 7000 0000
    | \p{{L}}[\p{{L}} .'’\-]{{0,30}}+:\s*+                         # Reuters Messaging: ...
      (?:{EMAIL}|{PHONE}|@\w{{1,30}}+|https?://\S{{1,200}}+)
    | @\w{{1,30}}+                                              # @jo_li
    )"""
"""One item of a reporter's contact line."""

_MONTH_WORD: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}{0,6}+\.?"
_CHROME_TOKEN: Final = rf"""(?:
      \d{{1,4}}+(?:st|nd|rd|th)?                                # 24, 2012, 3rd
    | {_MONTH_WORD}                                             # Jul, July
    | \d{{1,2}}[:.]\d{{2}}\s*+(?:[ap]\.?m\.?)?                    # 8:06am
    | (?-i:[A-Z]{{1,4}}T)                                        # EDT, GMT
    )"""
"""One token of a date or time split over lines by a page layout."""

CONTACT_ROWS: Final = (
    (
        "contact",
        ENDING | TAIL,
        rf"""\(?\(?\s*+{_ITEM}(?:\s*+[;,]\s*+{_ITEM}){{1,8}}+
             (?:\s*+[;,]\s*+\p{{L}}[\p{{L}} .'’\-]{{0,30}}+:)?             # a label cut from its value
             \s*+[;,]?\s*+\)?\)?                                         # two items or more
           | \(\(?\s*+{_ITEM}\s*+[;,]?\s*+\)?\)?                              # one, in an open parenthesis""",
    ),
    (
        "contact",
        ENDING,
        r"""(?:The\s+following\s+(?:staff|reporters?|people|journalists)\s+contributed\s+to\s+this\s+
                (?:story|report|article)
              | To\s+contact\s+the\s+\w+(?:\s+\w+){0,5}?\s+(?:on|for|of|responsible\s+for)\s+this\s+
                (?:story|report|article))
            \s*:.{0,800}                                                       # a staff list""",
    ),
)
"""Reporter contact lines after the credits."""

SERVICE_ROWS: Final = (
    ("source", ENDING | TAIL, r"""Sources\s*:[^\n]{1,300}"""),
    (
        "contact",
        ENDING | TAIL,
        r"""Follow\s+[^\n]{1,80}?\s+(?:on|at)\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky
                |LinkedIn|TikTok|YouTube|Mastodon)\b[^\n]{0,120}""",
    ),
    (
        "related",
        ENDING | TAIL,
        r"""(?:Find|Get|See|Read|For)\s+(?:more|all|full|the\s+latest)\b[^\n]{0,120}?
            \b(?:at|on|via)\s+(?:https?://|www\.|[\w\-]{1,63}+\.(?:com|org|net)\b)\S{0,300}+""",
    ),
    ("related", ENDING, r"""For\s+more\s+(?:click|see|go\s+to)\b[^\n]{0,80}"""),
    (
        "keywords",
        ENDING | TAIL,
        r"""(?:<[^<>\s]{1,20}+>|\[[\w.=^/\-]{1,20}+\])                      # <LCOc1>, [XYZ=ECI]
            (?:[\s,;]{0,4}+(?:<[^<>\s]{1,20}+>|\[[\w.=^/\-]{1,20}+\])){0,20}+""",
    ),
)
"""Reader-service lines after the story: follow, find more, sources, instrument codes."""

CHROME_ROWS: Final = (
    ("timestamp", OPENING, rf"""{_CHROME_TOKEN}(?:[\s,]{{1,3}}+{_CHROME_TOKEN}){{0,2}}+"""),
    ("comments", OPENING, r"""\d{1,6}+\s*+comments?"""),
    (
        "deck",
        OPENING,
        r"""[*_]{2}\(?\d{1,2}:\d{2}(?:\s*+[A-Z]{2,4})?\)?[*_]{2}         # **(04:14 GMT)**
            [ \t]*+\\?\*?[^\n]{1,300}                                     # a flash headline""",
    ),
    ("signoff", ENDING | TAIL, r"""(?-i:<<tokens>>)"""),
    (
        "signoff",
        ENDING,
        r"""(?-i:<<tokens>>)                                 # desk initials after the agency:
            (?:[ \t]++(?-i:[a-z][a-z\d]{1,3}+|[A-Z]{2,3}+)    # dpa grj rmo, dpa mq n1, PTI MQ IR
               (?:/(?-i:[a-z][a-z\d]{1,3}+|[A-Z]{2,3}+)){0,3}+ # AAP mq/ir
            ){1,5}+""",
    ),
    (
        "signoff",
        ENDING,
        r"""\d{6}[ \t]++(?-i:GMT|UTC)[ \t]++\p{L}{3}[ \t]++\d{2}   # feed stamp: 212101 GMT Nov 18""",
    ),
    (
        "signoff",
        ENDING | TAIL,
        r"""(?-i:[A-Z]{2,5})(?:-(?-i:[A-Z]{2,4}))?-            # a desk or feed code: AP-WF, KWS
            (?:\d{1,2}:\d{2}-)?\d{2}-\d{2}-\d{2}               # a time and a date: 21:37-09-12-18
            (?:[ \t]++\d{4}[ \t]*+(?-i:GMT|UTC))?<?            # AP-WF-11-13-13 1509GMT<""",
    ),
    (
        "page",
        ENDING,
        r"""\#{1,6}[ \t]++[^\n]{1,60}+                              # a markdown heading: ## Internet links""",
    ),
)
"""Page chrome above the story, and the agency's code on a line of its own after it."""

STATUS_ROWS: Final = (
    (
        "editors",
        r"""(?:More\s+)?updates?\s+to\s+(?:follow|come)\b[^\n]{0,60}
           | More\s+to\s+(?:come|follow)\.?
           | This\s+(?:story|article|report)\s+(?:is\s+developing|will\s+be\s+updated)\b[^\n]{0,80}
           | (?:This\s+is\s+a\s+)?developing\s+story\b[^\n]{0,60}
           | Check\s+back\s+(?:later\s+|soon\s+)?for\s+updates\.?""",
    ),
)
"""Editorial status lines: the story is still being written (note rows, any region)."""

LINK_LABELS: Final = (
    # labels that put a link to another story, a video or a gallery between paragraphs
    r"Related(?:\s+(?:news|stories|articles?|coverage))?",
    r"(?:Read|See)\s+(?:also|more)|Also\s+(?:read|see)|More\s+on\s+this",
    r"Watch|Video|Photos?|Gallery|Listen",
    r"Lesen\s+Sie\s+(?:auch|mehr)|Mehr\s+zum\s+Thema",  # German
    r"[AÀ]\s+lire\s+(?:aussi|[ée]galement)|Lire\s+aussi",  # French
    r"Leia\s+(?:mais|tamb[ée]m)|Lea\s+(?:m[aá]s|tambi[ée]n)|Lee\s+tambi[ée]n",  # Portuguese, Spanish
    r"Leggi\s+anche",  # Italian
)
"""Labels of a link line; one line to add a language."""
WIDGETS: Final = (
    # advertising and continuation widgets left between paragraphs, in any language
    r"Anzeige|Werbung|Publicit[ée]|Publicidad|Pubblicit[àa]|Reklame|Advertentie",
    r"(?:Story|Article)\s+continues\s+(?:below|after)\b[^\n]{0,40}|Continue\s+reading\s+(?:below|after)\b[^\n]{0,40}",
)
"""Widget words standing alone between paragraphs."""
BODY_CHROME_ROWS: Final = (
    (
        "related",
        BODY | ENDING,
        rf"""[*_]{{0,2}}+(?:{"|".join(LINK_LABELS)})[*_]{{0,2}}+\s*+[:|][*_]{{0,2}}+\s*+  # RELATED: / Also Read |
            [^\n]{{3,200}}+(?<![.!?"”’])                     # a headline, no sentence end""",
    ),
    ("page", BODY | ENDING, "|".join(WIDGETS)),
    (
        "promo",
        BODY | ENDING,
        r"""Click\s+(?:here|this\s+link)\s+to\s+(?:read|see|watch|view|listen)\b[^\n]{0,120}""",
    ),
)
"""A link line or a widget between paragraphs: page residue, not the story."""

READER_ROWS: Final = CONTACT_ROWS + SERVICE_ROWS + CHROME_ROWS + BODY_CHROME_ROWS
"""Every boilerplate row of this module, in order."""
