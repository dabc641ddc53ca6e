"""Notes and boilerplate: tables of (kind, pattern) rows and the rules that read them.

A row's pattern must match a whole block (white space at the ends aside). Rows are
tried in order; the first that matches names the kind. To teach wirestory a new phrase,
add one row.

>>> match_note("($1 = 0.92 euros)", 0, 17).kind
'currency'
>>> match_boilerplate("Our Standards: The Thomson Reuters Trust Principles.", 0, 52).kind
'standards'
>>> match_boilerplate("The index fell.", 0, 15) is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import regex

from ._model import Boilerplate, Note, Span
from ._text import DASH, SPACE, SPACE_CHARS, strip_span

_FLAGS: Final = regex.VERBOSE | regex.IGNORECASE | regex.DOTALL
s, d = SPACE, DASH
sc: Final = SPACE_CHARS
"""The spaces inside a row's character class: a name may hold a no-break space."""


def _rows(*rows: tuple[str, str]) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((kind, regex.compile(pattern, _FLAGS)) for kind, pattern in rows)


_DATE: Final = r"""(?>
      (?:\p{L}{3,9}\.?,?\s+)?\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}   # Thursday March 15, 2007
    | (?:\p{L}{3,9},?\s+)?\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}                   # 06 April 2012
    | (?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?                    # 2004-12-07
       | \d{1,2}[/.]\d{1,2}[/.]\d{2,4})                                       # 06/08/2019, 03.09.2015
      (?:\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}{0,6}\.?)?                       # 03.09.2015 THURSDAY
    )"""
_TIME: Final = r"""(?>
      \d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?                          # 10:16 PM, 6:51 a.m.
      (?:\s*(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?\b)?                                # EDT, GMT+8
      (?:\s*\(\d{1,2}:\d{2}\s*[A-Z]{2,4}\))?                                    # (16:48 GMT)
    )"""
_STAMP_PIECE: Final = rf"""(?>
      {_DATE} | {_TIME}
    | (?:about\s+)?\d{{1,3}}\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago
    | an?\s+(?:minute|hour|day|week)\s+ago | yesterday | just\s+now
    | \d{{1,3}}\s+min(?:ute)?s?\s+read                                           # 1 min read
    | (?:Published|Updated|Posted|Last\s+updated)(?:\s+(?:at|on))?\s*:?
    | \(\s*Last\s+updated\s+[^()\n]{{1,40}}\)                                     # (Last updated 12 April 2012 11:13)
    )"""
"""One piece of a publication time: a date, a time, ``2 days ago``, ``Updated``."""
_STAMP_SEP: Final = r"(?:\s*+[·•|/,–—-]?\s*+(?:(?:at|on)\s++)?)"
"""Between two pieces: a dot, bar or comma, or ``at``/``on`` (``June 6, 2010 at 6:20 pm``)."""
_KICKER: Final = (
    r"""(?>
      In\s+\p{L}[\p{L}"""
    + sc
    + r"""]{0,30}?\s+on\s+                                       # In Uncategorized on ...
    | (?-i:\p{Lu}\p{Ll}{2,20})(?:\s*\|\s*|(?=\d))                                 # Features | 10 Apr, Commentary2 days ago
    )"""
)
_STAMP_TAIL: Final = r"""(?:\s*\[[^\]\n]{1,60}\]\([^)\n]{1,200}\))?"""
"""A section link glued after a time: ``39 mins ago[Finance](/business/finance/)``."""

_NAMED_PROMO: Final = (
    "promo",
    r"""For\s+more\s+(?:articles|stories|news)\s+like\s+this\b.{0,120}   # Bloomberg's promo
                 |Most\s+Read\s+from\s+Bloomberg\b.{0,300}""",
)
"""Promos that name themselves: safe to split off the last sentence they are glued to."""

NOTE_PATTERNS: Final = _rows(
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

BOILERPLATE_PATTERNS: Final = _rows(
    (
        "standards",
        r"""Our\s+Standards\s*:?\s*The\s+Thomson\s+Reuters\s+Trust\s+Principles\.?
                      (?:[\s,]*(?:opens\s+new\s+tab|\[.*?\]\(\S*\)))?\.?
                 |Reuters,\s+the\s+news\s+and\s+media\s+division\s+of\s+Thomson\s+Reuters\b.{0,600}
                 |The\s+Associated\s+Press\s+is\s+an?\s+[^\n]{0,60}?\b(?:news|information)\s+
                    (?:organi[sz]ation|business|agency)\b.{0,600}             # AP's about-us line
                 |(?=[^\n]{0,400}?\bAP\s+is\s+solely)[^\n]{0,400}\bAP\s+is\s+solely\s+responsible\s+for\s+all\s+content\b[^\n]{0,400}
                 |Find\s+AP['’]s\s+standards\s+for\s+working\s+with\b[^\n]{0,300}""",
    ),
    _NAMED_PROMO,
    (
        "promo",
        r"""Sign\s+up\s+here\.?|Subscribe\b.{0,120}|(?:Get|Receive)\s+our\b.{0,120}newsletter.{0,80}
                 |.{0,200}\bSign\s*up\s*(?:here|now)\.?            # ... newsletter ... Sign up here.
                 |(?:Catch\s+up|Listen|Subscribe|Tune\s+in)\b.{0,200}\bpodcast\b.{0,120}
                 |Register\s+now\s+for\s+FREE\b.{0,120}
                 |\(\s*For\s+the\s+latest\b[^()\n]{0,120}\bfollow\b[^()\n]{0,120}\)   # (For the latest China news, please follow ...)
                 |Click\s+(?:here|to)\s+(?:to\s+)?(?:subscribe|sign\s+up|download|join|follow)\b[^\n]{0,160}
                 |(?:Go\s+to|Follow)\s+(?:AP\b|https?://)\S{0,300}+.{0,120}?\b(?:coverage|updates)\b.{0,120}  # Follow AP's coverage ... (may be wrapped)""",
    ),
    (
        "comments",
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
        r"""\[[\w.&'\s-]{1,30}\]\(https?://\S{1,800}\)""",
    ),  # [investing_us](url), [MT Newswires](url): the label may be wrapped
    (
        "related",
        r"""Read\s+more\b.{0,200}|Read\s+Next|Suggested\s+Topics:?.{0,200}|READ\s*:.{0,300}
                    |[*_]{0,3}(?:Also|More)\s+Read\s*:\s*\[[^\]\n]{1,300}\]\(\S{1,800}?\)[*_]{0,3}  # **Also Read: [title](url)**
                    |Related\s+(?:coverage|stories|articles?)\b.{0,200}|More\s+from\s+Reuters
                    |(?:\*\s)?\[[^\]]{0,300}\]\(\S{1,800}\)                # a link alone: [title](url), the title may be wrapped
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
        r"""Purchase\s+Licensing\s+Rights|Advertisement(?:\s*[·•|]\s*Scroll\s+to\s+continue)?
                 |Scroll\s+to\s+continue|\d+\s+Min(?:ute)?\s+Read|Share(?:\s+this\s+(?:article|story))?
                 |Share\s+on\s+\w+|Tweet|Email|Print|Copy\s+link|Skip\s+to\s+(?:main\s+)?content
                 |Report\s+an\s+error|opens\s+new\s+tab|\d{1,4}
                 |Facebook|Twitter|X|WhatsApp|SMS|LinkedIn|Pinterest|Reddit|Telegram|Copy\s+article\s+link|Save
                 |Link|Skip\s+to\s+Content\b[^\n]{0,60}|You\s+are\s+here:?|Listen\s+to\s+(?:the\s+|this\s+)?(?:news|article|story)
                 |[-–]\s?A\s+A\s+\+\s?A|Share\s+(?:this|the)\s+(?:story|article|page)\W{0,4}|Compartir\s*/\s*Share
                 |\[ad_\d{1,2}\]|Breaking\s+News|Edition\s*:|Notice\s+of\s+Your\s+Privacy\s+Choices
                 |All\s+quotes\s+delayed\b[^\n]{0,160}
                 |(?:(?:Share|Submit\s+to\s+\w+(?:\s+Plus)?|Facebook|Twitter|X|Linkedin|Email|Link|WhatsApp|Print
                     |Purchase\s+Licensing\s+Rights)\s?){2,12}+                  # glued share bar""",
    ),
    (
        "signoff",
        r"""Reuter\.{0,3}|Enditem|ENDITEM(?:/\w+)?|\(END\)|==\s*Kyodo|&\#3;|\x03|\(?\s*Reuters\s+\w+\s+(?:editorial|newsroom|desk)\s*\)?
                   |[a-z]{2,4}(?:-[a-z]{2,4}){0,4}(?:/[a-z]{2,4}(?:-[a-z]{2,4}){0,4}){1,5}  # AFP bur-jc/mmp
                   |AP-[A-Z]{2}-\d{2}-\d{2}-\d{2}\s+\d{4}\s*GMT
                   |[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*(?:\(END\))?  # Yonhap: jo@yna.co.kr(END)
                   |\(\s*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*\)            # Dow Jones: (jo.li@wsj.com)
                   |\(END\)\s*Dow\s+Jones\s+Newswires|\d{2}-\d{2}-\d{2}\s+\d{4}ET
                   |Kyodo\s+News|Fin|\(?\s*With\s+inputs?\s+from\s+agencies\.?\s*\)?
                   |/[a-z]{2,4}(?:/[a-z]{2,4}){1,5}                             # dpa-AFX: /yyzz/DP/jsl
                   |(?:End(?:item|tiem|ityem|fitem|iem)|Ednitem|Enitem|Editem|nditem)  # misspelt Enditem
                   |(?:enditem|more|\(to\s+be\s+continued\))?(?:\s*=\d{8}){1,4}[^\n]{0,60}?\bnnnn\b[^\n]{0,60}
                   |\(\s*(?:MORE|AFP|AP|İLKHA|ILKHA|SPA|WAM|KUNA|AA|IANS|PTI|ANI|APP|BSS|UNB|Bernama|ANTARA|dpa|TASS)\s*\)
                   |\.?AGERPRES|TASS\s+is\s+the\s+information\s+partner\b[^\n]{0,80}
                   |(?:-{1,2}|–|—)\s*(?:BSS|KUNA|PTI|SG|IANS)\.?""",
    ),
    (
        "copyright",
        r"""(?:Copyright|©|\(c\))\s*(?:\d{4}|©|\(c\)|The\b|Thomson|Reuters|Associated|AFP|Bloomberg|Xinhua|Yonhap|Kyodo|dpa).{0,300}
                     |All\s+rights\s+reserved\.?.{0,200}|[^.\n]{0,80}\bAll\s+rights\s+reserved\.?
                     |(?:All\s+contents?\s+)?©[^\n]{0,300}|Riproduzione\s+riservata\b[^\n]{0,80}""",
    ),
    (
        "contact",
        r"""To\s+contact\s+the\s+(?:reporters?|editors?|writers?|authors?)\b.{0,400}
                   |\(\([^()]{0,400}\)\)                                 # ((Washington newsroom, ...))
                   |Follow\s+[\p{L}"""
        + sc
        + r""".'-]{2,60}\s+(?:at|on)\s+[^\n]{0,40}(?:twitter|x)\.com\S*
                   |[\p{L}\s.,'-]{2,120}\s+can\s+be\s+reached\b.{0,40}(?:at|on)\s+.{0,200}  # may be wrapped
                   |Write\s+to\s+[^\n@]{2,200}?\s+at\s+[\w.+-]{1,64}@[^\n]{1,300}       # Write to A at a@wsj.com
                   |\*\*[^*\n]{1,120}\bBureau\s*:[^*\n]{1,120}\*\*                    # MNI: ** ... Bureau: (202) ... **""",
    ),
    (
        "syndication",
        r"""[*_]{0,3}\(?\s*(?:Only\s+the\s+headline\s+and\s+picture|This\s+(?:story|article)\s+has\s+not\s+been\s+edited)
                       \b.{0,300}?\bsyndicated\s+feed\.?\s*\)?\.?[*_]{0,3}   # may be wrapped
                       |This\s+content\s+was\s+(?:created|produced)\s+by\b.{0,300}""",
    ),
    (
        "keywords",
        r"""Keywords\s*:.{0,300}|Topics?\s*:.{0,300}|Tags?\s*:.{0,300}|\[TOPICS\s*:[^\]\n]{0,300}\]
                   |(?:\#\p{L}[\p{L}\p{N}_"""
        + sc
        + r"""]{0,40}+){1,5}+               # #Foreign Exchange Analysis""",
    ),
    (
        "source",
        r"""(?:Source|Kaynak|Fuente|Quelle|Fonte)\s*:.{0,120}|Article\s+Source|Author\s*:\s*Reuters\s+Editorial
                 |<?https?://\S{1,800}                                     # a link alone, or in <>
                 |According\s+to\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}.'-]{1,30}(?:\s+(?-i:\p{Lu})[\p{L}.'-]{1,30}){0,5}\s*:  # According to the Mainichi Shimbun:
                 |\[(?:Reuters|AP|AFP|Bloomberg|Xinhua)\]\(\S+\)|Information\s+from\s*:.{0,200}
                 |Originally\s+published\s+(?:on|at|by)\b.{0,120}
                 |(?:[\w-]{1,63}\.){1,3}(?:com|org|net)(?:/\S{0,300})?         # a bare domain: doc.afp.com""",
    ),
    (
        "caption",
        r"""!\[[^\]\n]{0,300}\]\(\S{1,800}\)                     # a markdown image
                   |(?:Item\s+)?\d{1,2}\s+of\s+\d{1,2}\.?\s[^\n]{0,600}     # 1 of 18. A slideshow caption
                   |[*_]{0,2}\[\d{1,2}/\d{1,2}\][*_]{0,2}[^\n]{0,600}         # [1/3] A slideshow caption
                   |[^\n]{0,600}\bin\s+this\s+(?:\w+\s+){0,2}(?:photo|picture|illustration|image)\s+taken\b[^\n]{0,200}
                   |[^\n]{0,600}\((?:[^()\n/]{1,80}+/){1,4}+[^()\n/]{0,80}   # ... (Jeff Greenberg/Education Images
                     (?:Getty\s+Images|Photo|Images|Pool|REUTERS|Reuters|AFP|EPA|Xinhua|Bloomberg|via\s+AP|File)[^()\n]{0,40}\)\.?""",
    ),
    (
        "caption",
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
                   |[^\n]{0,600}?\b(?:REUTERS|Reuters|AP\s+Photo|AFP|Xinhua)\s*/\s*  # ... REUTERS/
                    [\p{L}"""
        + sc
        + r""".'-]{2,60}+  # Alvin Baez
                    (?:\)|/File(?:\s+Photo)?|/Illustration|[,\s]*Purchase\s+Licensing\s+Rights
                      (?:,\s*opens\s+new\s+tab)?)*\.?\)?""",
    ),
    (
        "timestamp",
        r"""(?:Published|Updated|Posted|Last\s+updated)\b[^\n]{0,80}|\W*Updated\s+\d+\s+\w+\s+ago""",
    ),
    (
        "timestamp",
        rf"""[\W_]{{0,4}}+(?:{_KICKER})?(?:{_STAMP_PIECE})(?:{_STAMP_SEP}(?:{_STAMP_PIECE})){{0,8}}+{_STAMP_TAIL}""",
    ),
    ("story_ref", r"""\[ID:[^\]\n]+\](?:\s*\[ID:[^\]\n]+\])*"""),
    ("truncation", r"""\[Removed\]"""),
    ("header", r"""--\s.{0,300}"""),
    ("separator", r"""[^\p{L}\p{N}]{1,80}"""),
)
"""Page and feed material, by kind; tried in order, first match wins."""

INLINE_PATTERNS: Final = _rows(
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
_SENTENCE_START: Final = regex.compile(r"""(?<=[.!?"”’)\]])\s++(?=\S)""")
"""Where a sentence inside a paragraph starts: after a full stop or quote and a space."""
INLINE_WINDOW: Final = 4000
"""How far past a sentence start an inline row may reach; every row is shorter, so the
paragraph's true end stays the only end a row can see (and a long paragraph stays linear)."""
_INLINE_END: Final = regex.compile(r"\s|$")
_INLINE_WORD: Final = regex.compile(r"(?i)\d{4}\s*(?:GMT|UTC|E[SD]?T)\b|\bfor\s|\(|=\"")
"""What every inline row holds (a time, ``For``, a parenthesis or ``="``): a cheap first test."""
"""What must follow inline material: white space or the paragraph's end."""

TRUNCATION: Final = regex.compile(r"(?x)(?:\.{3}|…)?\s*\[\+\d+\s+chars\]\s*$")
"""The NewsAPI truncation marker at the end of a story: ``... [+2764 chars]``."""


PAGE_END: Final = regex.compile(
    r"""(?xi)
    [\#*\s]{0,6}                                     # a markdown heading or bullet
    (?P<anchor>
        Our\s*Standards\s*:                            # Reuters' trust principles line
      | Read\s+Next\b | Suggested\s+Topics\b          # reuters.com modules
      | Latest\s+Headlines\s+from\b | More\s+from\s+Reuters\b
      | Related\s+(?:stories|coverage|articles)\s*$
    )
    """
)
"""A block that opens the page's furniture: everything from it to the end is not story."""
_GLUED_STANDARDS: Final = regex.compile(
    r"""(?xi)
      (?<=\S)Our\s*Standards\s*:                                          # glued: LiOur Standards:
    | (?<=\S\s{1,40})Our\s+Standards\s*:(?=\s*The\s+Thomson\s+Reuters\b)   # on a collapsed line
    """
)
"""``Our Standards:`` glued to the end of a credit line or paragraph."""


def find_page_end(text: str, blocks: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the page furniture starts: ``(block index, offset)``, or ``None``.

    The first block never opens the furniture (it is the story's lead), but
    ``Our Standards:`` glued to the end of any block does; the offset is then inside it.

    >>> t = "Lead. More. Editing by Jo LiOur Standards: The Trust Principles."
    >>> find_page_end(t, [(0, 5), (6, 11), (12, len(t))])
    (2, 28)
    """
    for i, (start, end) in enumerate(blocks):
        if i > 0 and PAGE_END.match(text, start, end):
            return i, start
        glued = _GLUED_STANDARDS.search(text, start, end)
        if glued is not None and glued.start() > start:  # a collapsed story: one block
            return i, glued.start()
    return None


GLUED_KINDS: Final = frozenset(
    {
        "signoff",
        "copyright",
        "standards",
        "syndication",
        "source",
        "story_ref",
        "contact",
        "separator",
        "related",
        "keywords",
    }
)
"""Boilerplate kinds that may be glued to the end of the last paragraph."""
GLUED_ROWS: Final = tuple(
    row
    for row in BOILERPLATE_PATTERNS
    if row[0] in GLUED_KINDS or row[1].pattern == _NAMED_PROMO[1]
)
"""The rows tried on a tail cut at a sentence end: the glued kinds and the named promos."""
MAX_GLUED_TAIL: Final = 600
"""How many characters from the end of a paragraph glued trailing material may take."""
RULE_MARK: Final = r"""(?:(?<=[.!?"”’)\]]\s{1,40})(?:_{2,12}|[-\x97]{3,12}|—{2,6}|\*{3,6}))"""
"""A rule after a sentence end (AP's ``___``): what follows is the story's trailing matter."""
_TAIL_CUT: Final = regex.compile(
    rf"""(?x)
      (?<={RULE_MARK}\s{{1,40}})(?P<rule>)(?=\S)   # after a rule: any trailing row may follow
    | (?<=[.!?"”’)\]:*]\s{{1,40}})(?=\S)          # after the end of a sentence and a space
    | (?<=&\#?\w{{2,8}};\s{{1,40}})(?=\S)          # after an escaped quote: schedule.&quot;
    | (?<=\S)(?=\(END\)\s*$)                     # or right before a glued (END)
    | (?<=\S\s{{1,40}})(?=\[[^\]\n]{{1,60}}\]\(https?://)  # or before a markdown link: [Source](url)
    """
)
"""Where trailing material glued to the last paragraph may start."""


def _match(
    rows: Sequence[tuple[str, regex.Pattern[str]]], text: str, start: int, end: int
) -> tuple[str, int, int] | None:
    """The kind of the first row whose pattern matches the whole of ``text[start:end]``."""
    kinds, pattern = _combined(tuple(rows))
    m = pattern.fullmatch(text, start, end)
    if m is None:
        return None
    return next(kind for i, kind in enumerate(kinds) if m.group(f"row{i}") is not None), start, end


@functools.lru_cache(maxsize=32)
def _combined(
    rows: tuple[tuple[str, regex.Pattern[str]], ...],
) -> tuple[tuple[str, ...], regex.Pattern[str]]:
    """The rows as one alternation (first row first), so a block costs one match call.

    An alternation tried in order gives the same answer as the rows tried one by one.
    """
    alternatives = "|".join(f"(?P<row{i}>{p.pattern}\n)" for i, (_, p) in enumerate(rows))
    return tuple(kind for kind, _ in rows), regex.compile(alternatives, _FLAGS)


def match_note(text: str, start: int, end: int) -> Note | None:
    """The note that ``text[start:end]`` is, or ``None``."""
    found = _match(NOTE_PATTERNS, text, start, end)
    return Note(found[0], text[start:end], Span(start, end)) if found else None


def match_boilerplate(
    text: str, start: int, end: int, *, kinds: frozenset[str] | None = None
) -> Boilerplate | None:
    """The boilerplate that ``text[start:end]`` is (of one of ``kinds``), or ``None``."""
    rows = (
        BOILERPLATE_PATTERNS
        if kinds is None
        else [r for r in BOILERPLATE_PATTERNS if r[0] in kinds]
    )
    found = _match(rows, text, start, end)
    return Boilerplate(found[0], text[start:end], Span(start, end)) if found else None


def find_inline(text: str, start: int, end: int) -> list[Boilerplate]:
    """Page material inside the paragraph ``text[start:end]``, in order.

    Each piece starts the paragraph or a sentence and is a row of ``INLINE_PATTERNS``;
    the text around the pieces is left to the caller (it stays body).

    >>> t = "Bonds fell. For graphic on yields see: link.reuters.com/wuc26p Stocks rose."
    >>> [(b.kind, b.text) for b in find_inline(t, 0, len(t))]
    [('related', 'For graphic on yields see: link.reuters.com/wuc26p')]
    """
    found: list[Boilerplate] = []
    if not _INLINE_WORD.search(text, start, end):
        return found
    at = start
    starts = [start, *(m.end() for m in _SENTENCE_START.finditer(text, start, end))]
    for pos in starts:
        if pos < at:
            continue
        for kind, pattern in INLINE_PATTERNS:
            m = pattern.match(text, pos, min(end, pos + INLINE_WINDOW))
            if m is None or m.end() == pos or not _INLINE_END.match(text, m.end(), end):
                continue
            s, e = strip_span(text, pos, m.end())
            found.append(Boilerplate(kind, text[s:e], Span(s, e)))
            at = e
            break
    return found


def match_glued_tail(text: str, start: int, end: int) -> Note | Boilerplate | None:
    """A note or sign-off glued to the end of the paragraph ``text[start:end]``, or ``None``.

    The longest tail that starts a sentence and is a note or trailing boilerplate wins;
    the paragraph itself (from ``start``) is never taken. After a sentence end a tail must
    be one of ``GLUED_ROWS``; after a rule (AP's ``___``) any boilerplate row may follow.

    >>> t = "Prices rose. ($1 = 6.13 yuan)"
    >>> match_glued_tail(t, 0, len(t)).text
    '($1 = 6.13 yuan)'
    >>> match_glued_tail("Prices rose. jo@yna.co.kr(END)", 0, 30).kind
    'signoff'
    >>> t = "Prices rose. ___ Catch up on our weekly podcast."
    >>> match_glued_tail(t, 0, len(t)).kind, match_glued_tail(t, 0, 16).kind
    ('promo', 'separator')
    """
    for cut in _TAIL_CUT.finditer(text, max(start + 1, end - MAX_GLUED_TAIL), end):
        s = cut.start()
        note = match_note(text, s, end)
        if note is not None:
            return note
        rows = BOILERPLATE_PATTERNS if cut["rule"] is not None else GLUED_ROWS
        found = _match(rows, text, s, end)
        if found is not None:
            return Boilerplate(found[0], text[s:end], Span(s, end))
    return None
