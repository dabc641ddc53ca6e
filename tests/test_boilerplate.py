"""Notes and boilerplate: one case table per kind, and how they sit around a story."""

from __future__ import annotations

import pytest

from wirestory import DEFAULT_REGISTRY, parse
from wirestory._parse.boilerplate import (
    find_inline,
    find_page_end,
    match_boilerplate,
    match_glued_tail,
    match_note,
)
from wirestory._parse.phrases import NOTE_PHRASES, phrases
from wirestory._vocab import BOILERPLATE_KINDS, NOTE_KINDS

NOTES: list[tuple[str, str]] = [
    ("top", "(Adds analyst comment in paragraph 5)"),
    ("top", "(Updates with closing prices, adds detail)"),
    ("top", "(Corrects spelling of minister's name in paragraph 3)"),
    ("top", "(Refiles to fix typo in headline)"),
    ("currency", "($1 = 0.9201 euros)"),
    ("currency", "($1 = 0,9785 Euro)"),
    ("currency", "($1 = 7.7573 Hong Kong Dollars)"),
    ("currency", "($1 = 6.1308 Chinese yuan)"),
    ("correction", "This story has been corrected to show the vote was on Tuesday."),
    ("correction", "(This story has been refiled to correct the date)"),
    ("correction", "(An earlier version of this story corrected the share move.)"),
    ("editors", "Eds: Updates with vote count."),
    ("editors", "(ATTN: ADDS details in paras 4-5, photos)"),
    ("disclaimer", "The author is a Reuters Breakingviews columnist. The opinions are his own."),
    ("disclaimer", "Jo Li is a market analyst for Reuters. Views expressed above are her own."),
    ("top", '("Rewrites throughout after the rebels took the port")'),
    ("currency", "(1 US dollar = 83.2 rupees)"),
    ("currency", "($1 = 0.8809 euros) ($1 = 0.7712 pounds)"),
    ("correction", "CORRECTION: An earlier version of this story gave the wrong year."),
    ("correction", "STORY WITHDRAWN"),
    ("editors", "(EDS: Confirm local listings)"),
    ("editors", "Editor's note: This story was updated with the mayor's comments."),
    ("editors", "HOLD HOLD HOLD " + "'" * 5 + " ="),
    ("editors", "KILL KILL KILL"),
    ("editors", "ADDS: details of the vote //"),
    (
        "disclaimer",
        "(The opinions expressed here are those of the author, a columnist for Reuters.)",
    ),
    (
        "disclaimer",
        "The views expressed by the authors in this section are not those of the agency.",
    ),
    ("disclaimer", "This column does not necessarily reflect the opinion of the board."),
]

BOILERPLATE: list[tuple[str, str]] = [
    ("signoff", "Enditem"),
    ("signoff", "ENDITEM/J"),
    ("signoff", "(END)"),
    ("signoff", "==Kyodo"),
    ("signoff", "REUTER"),
    ("signoff", "REUTER..."),
    ("signoff", "&#3;"),
    ("signoff", "ab/cd"),
    ("signoff", "bur-jc/mmp/rmb"),
    ("signoff", "AP-WF-11-13-13 1509GMT"),
    ("signoff", "jdoe@yna.co.kr(END)"),
    ("signoff", "(Reuters Ottawa editorial)"),
    ("signoff", "(END) Dow Jones Newswires"),
    ("signoff", "(jo.li@wsj.com)"),
    ("copyright", "Copyright 2024 The Associated Press. All Rights Reserved."),
    ("copyright", "© 2026 Reuters. All rights reserved"),
    ("copyright", "©2020 Bloomberg L.P."),
    ("standards", "Our Standards: The Thomson Reuters Trust Principles."),
    ("standards", "Our Standards: The Thomson Reuters Trust Principles., opens new tab"),
    ("promo", "Sign up here."),
    ("promo", "The Morning Bid newsletter brings the day's news to your inbox. Sign up here."),
    ("promo", "For more articles like this, please visit us at bloomberg.com"),
    ("promo", "Catch up on the campaign with our experts on our weekly podcast, “On Air.”"),
    ("promo", "Follow AP’s coverage of the elections at <https://apnews.com/hub/elections>"),
    ("promo", "Go to https://apnews.com/hub/russia-ukraine for more coverage"),
    ("comments", "Comments"),
    ("comments", "Leave a Reply"),
    ("comments", "View comments (299)"),
    ("related", "Read more"),
    ("related", "Read Next"),
    ("related", "Suggested Topics:"),
    ("related", "READ: Markets slide as oil jumps"),
    ("related", "[Port strike ends after two days](https://example.com/news/port-strike)"),
    ("related", "(GRAPHIC: Global assets in 2024 - here)"),
    ("related", "For related historical price quotes please click on <US/AUCTION>"),
    ("related", "**ALSO READ: [Port strike ends](https://example.com/news/port-strike-123)**"),
    ("related", "Also Read: [Port strike ends](https://example.com/news/port-strike-123)"),
    ("page", "Purchase Licensing Rights"),
    ("page", "Advertisement · Scroll to continue"),
    ("page", "1 Min Read"),
    ("page", "WhatsApp"),
    ("caption", "REUTERS/Alvin Baez"),
    ("caption", "A man walks past a shop in Lima, Peru, May 3, 2024. REUTERS/Jo Li/File Photo"),
    ("caption", "FILE PHOTO: A flag flutters outside a bank in Paris, France."),
    ("caption", "1 of 18. Rescuers search the sea off Borneo, Dec. 30, 2014."),
    ("caption", "Item 1 of 5 Troops arrive at a base, February 5, 2026. REUTERS/Jo Li"),
    ("caption", "**[1/4]** A chip is shown at a lab, December 6, 2024."),
    ("caption", "Eggs on a shelf in Miami in 2019. (Jo Li/Education Images via Getty Images)"),
    ("caption", "A logo on a screen, in this picture illustration taken October 29, 2014."),
    ("caption", "![A shop front](https://example.com/shop.jpg)"),
    ("timestamp", "Published Mar 21, 2024 12:38PM ET"),
    ("timestamp", "· Updated 1 hour ago"),
    ("timestamp", "6 hrs ago"),
    ("timestamp", "45 mins ago"),
    ("contact", "To contact the reporter on this story: Jo Li in Paris at jli@example.net"),
    ("contact", "((Washington newsroom, +1 202 898-8395, newsroom@example.com))"),
    ("contact", "Follow Jo Li at http://twitter.com/joli"),
    ("contact", "Jo Li can be reached at http://twitter.com/joli"),
    ("contact", "Write to Jo Li at jo.li@wsj.com"),
    ("contact", "Write to Desk Editors at deskeditors@dowjones.com"),
    (
        "syndication",
        "(This story has not been edited by Example staff and is auto-generated from a "
        "syndicated feed.)",
    ),
    ("syndication", "This content was created by Oil Price Information Service."),
    ("source", "Source: Xinhua"),
    ("source", "[investing_us](https://www.example.com/news/story-123)"),
    ("source", "doc.afp.com"),
    ("story_ref", "[ID:nL5N0OV09R]"),
    ("separator", "___"),
    ("separator", "* * *"),
    ("header", "-- http://www.reuters.com/article/2010/03/01/idUSTRE6200"),
    # agency about-us and standards lines (2.9, 3.3)
    ("standards", "Reuters, the news and media division of Thomson Reuters, is a big provider."),
    ("standards", "The Associated Press is an independent global news organization. More."),
    ("standards", "The AP receives support from a fund. AP is solely responsible for all content."),
    ("standards", "Find AP’s standards for working with philanthropies at AP.org."),
    # promos, comment widgets and forms (29)
    ("promo", "(For the latest city news, please follow us on Twitter and Facebook)"),
    ("promo", "Coming soon: Get the latest rate news with our new letter. Sign up here."),
    ("comments", "Comments are closed."),
    ("comments", "Add your comment"),
    ("comments", "Post a Comment"),
    ("comments", "0 comments:"),
    ("comments", "Your email address will not be published. Required fields are marked *"),
    ("comments", "Please enter your comment!"),
    ("comments", "This site uses Akismet to reduce spam. Learn how your data is processed."),
    ("comments", "Name :"),
    ("comments", "Email *"),
    ("related", "W140 Full Story"),
    ("related", "Related reading"),
    ("related", "We Recommend"),
    ("related", "Most Read"),
    ("related", "Click to Gallery"),
    ("related", "Read More... | 3958 bytes more | Comments?"),
    # page chrome (29)
    ("page", "Skip to Content Facebook Feature Image"),
    ("page", "You are here"),
    ("page", "Listen to the news"),
    ("page", "-A A +A"),
    ("page", "Share this story..."),
    ("page", "Compartir / Share"),
    ("page", "Submit to FacebookSubmit to Google PlusSubmit to Twitter"),
    ("page", "ShareXFacebookLinkedinEmailLinkPurchase Licensing Rights"),
    ("page", "[ad_1]"),
    ("page", "Edition:"),
    ("page", "Breaking News"),
    ("page", "Notice of Your Privacy Choices"),
    ("page", "All quotes delayed a minimum of 15 minutes. See here for a list of delays."),
    ("truncation", "[Removed]"),
    # captions (2.10, 3.4, 28.7)
    ("caption", "Picture taken March 2, 2019."),
    ("caption", "Slideshow (3 Images)"),
    ("caption", "FILE PHOTO – A judge enters a court in Lyon, May 5, 2020. Jo Li/Pool via REUTERS"),
    ("caption", "Clouds over a port in this picture illustration.Jo Li/Illustration/File Photo"),
    ("caption", "A judge arrives. To match Interview EU-TRADE/CHILE REUTERS/Jo Li - RTX2ABCD"),
    ("caption", "(AP Photo)"),
    ("caption", "Fans cheer in Lyon, Monday, Sept. 16, 2024. (AP Photo/Jo Li, File)"),
    ("caption", "(City Fire Department via AP)"),
    ("caption", "(AFP PHOTO / COURTESY OF JO LI)"),
    ("caption", "(AFP Photo / Jo Li)"),
    ("caption", "(Photo = Korean Central News Agency, Yonhap News)"),
    ("caption", "BT PHOTO: JO LI"),
    ("caption", "—KUNA photos"),
    ("caption", "• File Photo"),
    ("caption", "A ferry similar to the one pictured. Photo courtesy Harbour Lines"),
    ("copyright", "© Provided by The Canadian Press"),
    ("copyright", "All contents © copyright 2016 Associated Press. All rights reserved."),
    ("copyright", "© RIPRODUZIONE RISERVATA"),
    ("copyright", "Riproduzione riservata © Copyright ANSA"),
    # sign-offs and end markers (6, 10, 28.5)
    ("signoff", "/yyzz/DP/jsl"),
    ("signoff", "Endtiem"),
    ("signoff", "enditem  =01022049  =01022043  02/01/96 20:50 GMT nnnn"),
    ("signoff", "(MORE)"),
    ("signoff", "(İLKHA)"),
    ("signoff", ".AGERPRES"),
    ("signoff", "TASS is the information partner of the event."),
    ("contact", "** Market News International Paris Bureau: (01) 5550 0100 **"),
    ("keywords", "[TOPICS: M$U$$$,MFU$$$]"),
    ("keywords", "#Foreign Exchange Analysis"),
    ("source", "Kaynak: Anadolu Haber Ajansı"),
    ("source", "Article Source"),
    ("source", "https://www.example.com/article/port-strike-idUSL4N2DM0OR"),
    ("source", "According to the Mainichi Shimbun:"),
    # publication times (29)
    ("timestamp", "April 16, 2014 / 2:40 AM / 3 years ago"),
    ("timestamp", "· 1:55 PM GMT+8 · Updated 1 hour ago"),
    ("timestamp", "2025-04-12 15:07 Last Updated At:15:10"),
    ("timestamp", "06/08/2019 10:07 PM"),
    ("timestamp", "2004-12-07 15:40:37"),
    ("timestamp", "5/2/2015 10:32:38 AM"),
    ("timestamp", "In Uncategorized on June 6, 2010 at 6:20 pm"),
    ("timestamp", "Mon, January 20, 2025 at 9:32 PM GMT+6·1 min read"),
    ("timestamp", "06 April 2012 19:11 (Last updated 12 April 2012 11:13)"),
    ("timestamp", "• 03.09.2015 THURSDAY"),
    ("timestamp", "Jan. 18, 2021 Updated: Jan. 18, 2021 6:51 a.m."),
    ("timestamp", "Features | 10 Apr 2025"),
    ("timestamp", "Commentary2 days ago"),
    ("timestamp", "-   39 mins ago[Finance](/business/finance/)"),
]

NOT_BOILERPLATE = [
    "The index fell 2% on Tuesday.",
    "Shares of the company rose after it said profits doubled.",
    "SAFE HAVEN",
    '"We are past the break-even point," she said.',
    "He wrote to the board at the end of May.",
    "Six hours ago the talks collapsed.",
    "Follow the money, she said.",
    "Friday.",
    "on",
    "Monday",
    "UP NEXT",
    "#1 seed wins the title",
    "The march on Sunday drew crowds.",
    "He posted the photo on Twitter.",
    "Name: the company declined to be named.",
    "In Washington, on Tuesday, the Senate voted.",
    "He said the deal, signed March 3, 2024, was final.",
    "The price rose 5.2/3.1 percent.",
    "Shares rose 4% (AP sources said).",
    "He sued over copyright in 2019.",
]


@pytest.mark.parametrize(("kind", "text"), NOTES, ids=[f"{k}:{t[:30]}" for k, t in NOTES])
def test_note_kinds(kind: str, text: str) -> None:
    """Each note form is a Note of its kind, covering the whole block."""
    found = match_note(text, 0, len(text))
    assert found is not None
    assert (found.kind, found.text) == (kind, text)


@pytest.mark.parametrize(
    ("kind", "text"), BOILERPLATE, ids=[f"{k}:{t[:30]}" for k, t in BOILERPLATE]
)
def test_boilerplate_kinds(kind: str, text: str) -> None:
    """Each page or feed form is Boilerplate of its kind, covering the whole block."""
    found = match_boilerplate(text, 0, len(text))
    assert found is not None
    assert (found.kind, found.text) == (kind, text)


@pytest.mark.parametrize("text", NOT_BOILERPLATE)
def test_story_sentences_are_not_boilerplate(text: str) -> None:
    """Sentences and subheads of the story are neither notes nor boilerplate."""
    assert match_note(text, 0, len(text)) is None
    assert match_boilerplate(text, 0, len(text)) is None


def test_every_kind_in_the_tables_is_documented() -> None:
    """Every kind a table row produces has a description in the vocabulary."""
    assert {p.kind for p in NOTE_PHRASES} <= set(NOTE_KINDS)
    assert {p.kind for p in phrases(DEFAULT_REGISTRY)} <= set(BOILERPLATE_KINDS)


@pytest.mark.parametrize(
    ("text", "kind", "tail"),
    [
        ("Prices rose. ($1 = 6.13 yuan)", "currency", "($1 = 6.13 yuan)"),
        ("He said so. jdoe@yna.co.kr(END)", "signoff", "jdoe@yna.co.kr(END)"),
        ("Total 55.8 (33.7).        REUTER", "signoff", "REUTER"),
        ("It rose. (Reuters Ottawa editorial)", "signoff", "(Reuters Ottawa editorial)"),
        ("Iron ore gained 0.9%. (jo.li@wsj.com)", "signoff", "(jo.li@wsj.com)"),
        (
            "It rose. Jo Li is an analyst for Reuters. Views expressed above are her own.",
            "disclaimer",
            "Jo Li is an analyst for Reuters. Views expressed above are her own.",
        ),
    ],
)
def test_glued_tails(text: str, kind: str, tail: str) -> None:
    """Notes and sign-offs glued to the last sentence are split off it."""
    found = match_glued_tail(text, 0, len(text))
    assert found is not None
    assert (found.kind, found.text) == (kind, tail)


def test_a_sentence_is_not_a_glued_tail() -> None:
    """A paragraph that ends like a story has no glued tail."""
    text = "The bank cut rates. It said inflation would ease by June."
    assert match_glued_tail(text, 0, len(text)) is None


def test_page_end_never_takes_the_first_block() -> None:
    """Page furniture starts at a later block; the lead is never furniture."""
    text = "Read Next time. Our Standards: The Thomson Reuters Trust Principles."
    assert find_page_end(text, [(0, 15)]) is None
    assert find_page_end(text, [(0, 15), (16, len(text))]) == (1, 16)


def test_everything_after_our_standards_is_furniture() -> None:
    """Related headlines listed after Our Standards never reach the body."""
    text = (
        "PARIS (Reuters) - The bank cut rates.\n"
        "It said inflation would ease.\n"
        "Reporting by Jo Li; Editing by Al Roe\n"
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n"
        "Port strike ends after two days\n"
        "[](https://example.com/news/port-strike)\n"
    )
    story = parse(text)
    assert story.body == "The bank cut rates.\n\nIt said inflation would ease."
    kinds = [b.kind for b in story.boilerplate]
    assert kinds[0] == "standards"
    assert "Port strike ends after two days" in [b.text for b in story.boilerplate]


def test_truncation_marker_sets_truncated() -> None:
    """A NewsAPI marker is boilerplate and marks the story as truncated."""
    story = parse("LONDON (Reuters) - Oil rose on Monday as tra… [+2764 chars]")
    assert story.truncated
    assert story.boilerplate[-1].kind == "truncation"
    assert story.body == "Oil rose on Monday as tra"


def test_yonhap_collapsed_opening() -> None:
    """Headline, ATTN note and byline collapsed before a Yonhap dateline are split."""
    text = (
        "(LEAD) Rail strike-talks (LEAD) Rail union ends strike(ATTN: ADDS details in "
        "para 3)By Jo Min-su SEOUL, Dec. 30 (Yonhap) -- The rail union ended its strike "
        "on Tuesday. Trains will run on Wednesday.\n\njoms@yna.co.kr(END)"
    )
    story = parse(text)
    assert story.headline is not None and story.headline.slug == "(LEAD)"
    assert [n.kind for n in story.notes] == ["editors"]
    assert story.byline is not None and story.byline.text == "By Jo Min-su"
    assert story.dateline is not None and story.dateline.agency == "Yonhap"
    assert story.body == "The rail union ended its strike on Tuesday. Trains will run on Wednesday."
    assert [b.kind for b in story.boilerplate] == ["signoff"]


INLINE: list[tuple[str, str, str]] = [
    (
        "reuters-graphic-link",
        "Bonds fell. For graphic on Fed insight and yields see: link.reuters.com/abc12x "
        '"BIG QUESTIONS" Traders wait.',
        "related:For graphic on Fed insight and yields see: link.reuters.com/abc12x",
    ),
    (
        "cnn-video-clip",
        "Water poured over the levee. (Watch water pour into the city -- :58)",
        "related:(Watch water pour into the city -- :58)",
    ),
    (
        "cnn-video-clip-minutes",
        "Repairs will take weeks. (See the latest on the levees -- 2:04) Crews worked on.",
        "related:(See the latest on the levees -- 2:04)",
    ),
    (
        "reuters-click-list",
        'It may be limited." MARKET REACTION: -- For yen updates click; for prices click '
        "-- For stocks click, for Nikkei average click BACKGROUND: -- Debt is high.",
        "related:MARKET REACTION: -- For yen updates click; for prices click "
        "-- For stocks click, for Nikkei average click",
    ),
    ("dow-jones-item-time", "0255 GMT - Iron ore gains in Asian trading.", "timestamp:0255 GMT -"),
    (
        "markup-residue",
        'Demand is intact." text\\_section\\_type="notes">Wall St Week Ahead runs '
        "every Friday. For the daily report, please click [.N]",
        'page:text\\_section\\_type="notes">Wall St Week Ahead runs every Friday. '
        "For the daily report, please click [.N]",
    ),
]

NOT_INLINE = [
    "For years, the graphic designer would see: clients first. He said so.",
    "Watch the levee, he said (and then wait -- for hours).",
    "Markets closed at 1600 GMT on Friday.",
    "For more than a decade, the bank has said it would click with customers.",
    'He wrote: "Keep the link short."',
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in INLINE], ids=[c[0] for c in INLINE])
def test_inline_page_material(text: str, expected: str) -> None:
    """Links, clips, link lists and markup residue inside a paragraph are cut out."""
    found = find_inline(text, 0, len(text))
    assert [f"{b.kind}:{b.text}" for b in found] == [expected]
    for b in found:
        assert text[b.span.start : b.span.end] == b.text


@pytest.mark.parametrize("text", NOT_INLINE)
def test_story_sentences_are_not_inline_material(text: str) -> None:
    """Sentences that only look like a link or a clip stay whole."""
    assert find_inline(text, 0, len(text)) == []


def test_inline_material_splits_the_paragraph() -> None:
    """The text around a cut-out piece stays body, as paragraphs with exact spans."""
    text = (
        "WASHINGTON (Reuters) - Bonds fell. For graphic on yields see: "
        "link.reuters.com/abc12x Stocks rose."
    )
    story = parse(text)
    assert [p.text for p in story.paragraphs] == ["Bonds fell.", "Stocks rose."]
    assert [b.kind for b in story.boilerplate] == ["related"]
    for p in story.paragraphs:
        assert text[p.span.start : p.span.end] == p.text


def test_caption_credit_with_many_slashes_is_not_a_caption() -> None:
    """A run of slashes in parentheses is no photo credit (and is read in linear time)."""
    text = "Some caption text (" + "a/" * 300 + " more"
    story = parse(text)
    assert [b.kind for b in story.boilerplate if b.kind == "caption"] == []


BODY_BLOCKS = [
    # id, story written for the test, (element type, kind or None) of the odd block
    (
        "kyodo-summary-separator",
        "TOKYO, April 13 Kyodo\n\n----------\nA quake shook the region on Thursday, officials said."
        "\n\nOSAKA - Stocks fell in the morning session.\n----------\n"
        "SAPPORO - Snow closed the airport on Friday.",
        ("Boilerplate", "separator"),
    ),
    (
        "xinhua-chinese-title",
        "新华社北京5月3日电 题：城市公园迎来游客高峰\n\n5月3日，多地公园迎来游客高峰。",
        ("Headline", None),
    ),
    (
        "xinhua-chinese-bare-reporter-line",
        "新华社北京5月3日电\n\n新华社记者\n\n5月3日，多地公园迎来游客高峰。（记者张明、李华）",
        ("Byline", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in BODY_BLOCKS], ids=[c[0] for c in BODY_BLOCKS]
)
def test_body_blocks_that_are_not_paragraphs(text: str, expected: tuple[str, str | None]) -> None:
    """Separators, Xinhua's Chinese title and reporter lines between dateline and body."""
    story = parse(text)
    kinds = {(type(e).__name__, getattr(e, "kind", None)) for e in story.elements()}
    assert expected in kinds
    assert all(not p.text.startswith(("-", "题", "新华社")) for p in story.paragraphs)


def test_xinhua_chinese_reporter_line_with_names() -> None:
    """``新华社记者张明 李华`` names its reporters; Xinhua is the byline's agency."""
    story = parse("新华社北京5月3日电\n\n新华社记者张明 李华\n\n5月3日，多地公园迎来游客高峰。")
    assert story.byline is not None
    assert [c.name for c in story.byline.contributors] == ["张明", "李华"]
    assert story.byline.agency == "Xinhua"
    assert len(story.paragraphs) == 1


GALLERY_TOP = "Storm hits town\nFacebook\nTwitter\nWhatsApp\nEmail\n"
GALLERY_SHARE = "Facebook\nTwitter\nWhatsApp\nEmail\nPrint\n"


def test_gallery_between_share_bars_is_captions() -> None:
    """Captions, each followed by an AFP photographer credit, between two share bars."""
    text = (
        GALLERY_TOP + "Boats lie on the beach after the storm\nJo MARTIN\n"
        "A road closed by debris\nJO MARTIN / AFP\n" + GALLERY_SHARE + "A storm hit the town on "
        "Monday, officials said.\nSAFE HAVEN\nThe harbour was closed."
    )
    story = parse(text)
    assert story.paragraphs[0].text.startswith("A storm hit")
    assert "SAFE HAVEN" in story.body  # a subhead stays body
    captions = [b.text for b in story.boilerplate if b.kind == "caption"]
    assert captions == [
        "Boats lie on the beach after the storm",
        "Jo MARTIN",
        "A road closed by debris",
        "JO MARTIN / AFP",
    ]


def test_story_between_share_bars_is_not_a_gallery() -> None:
    """Paragraphs between a top and a bottom share bar are not followed by credits."""
    text = (
        GALLERY_TOP + "A storm hit the town on Monday, officials said.\nSAFE HAVEN\n"
        "The harbour was closed.\n" + GALLERY_SHARE + "Comments"
    )
    story = parse(text)
    assert [p.text for p in story.paragraphs] == [
        "A storm hit the town on Monday, officials said.",
        "SAFE HAVEN",
        "The harbour was closed.",
    ]


NBSP_ROWS = [
    # id, a row with a no-break space inside a name, kind
    ("follow-on-twitter", "Follow Ana\u00a0Ruiz on twitter.com/anaruiz", "contact"),
    ("can-be-reached", "Ana\u00a0Ruiz can be reached at ana@example.org", "contact"),
    ("hashtags", "#Foreign\u00a0Exchange #Bonds", "keywords"),
    ("link-label", "[example\u00a0news](https://example.org/a)", "source"),
    ("photographer-credit", "Crowds gather in the square. REUTERS/Ana\u00a0Ruiz", "caption"),
]


@pytest.mark.parametrize(
    ("text", "kind"), [c[1:] for c in NBSP_ROWS], ids=[c[0] for c in NBSP_ROWS]
)
def test_no_break_space_inside_a_row_name(text: str, kind: str) -> None:
    """Classes for names and places in rows accept every ``SPACE``, a no-break space too."""
    found = match_boilerplate(text, 0, len(text))
    assert found is not None and found.kind == kind


WRAPPED_ROWS = [
    # id, a one-sentence trailing row hard-wrapped over lines, kind
    (
        "syndication",
        "*(Only the headline and picture of this report may have been\n"
        "reworked by the Daily Ledger staff; the rest of the content\n"
        "is auto-generated from a syndicated feed.)*",
        "syndication",
    ),
    (
        "follow-promo",
        "Follow AP’s coverage of the harvest at\n<https://apnews.com/hub/harvest>",
        "promo",
    ),
    (
        "follow-promo-crlf",
        "Follow AP’s coverage of the vote at\r\nhttps://apnews.com/hub/vote",
        "promo",
    ),
    ("link-label", "[Harbour\nWire](https://example.org/news/harbour:1/)", "source"),
    ("link-title", "[Port strike ends after\nthree weeks](https://example.org/a)", "related"),
    ("angle-link", "<https://example.org/hub/harvest>", "source"),
]


@pytest.mark.parametrize(
    ("text", "kind"), [c[1:] for c in WRAPPED_ROWS], ids=[c[0] for c in WRAPPED_ROWS]
)
def test_wrapped_trailing_rows(text: str, kind: str) -> None:
    """A notice, promo or link hard-wrapped over lines is still one row."""
    found = match_boilerplate(text, 0, len(text))
    assert found is not None
    assert (found.kind, found.text) == (kind, text)


NOT_WRAPPED_ROWS = [
    # story paragraphs, hard-wrapped, that open like a promo or hold a link
    "Follow the money, she said, and watch\nthe updates from the regulator.",
    "Follow APEC coverage closely, the minister\ntold reporters on Monday.",
    "[A report](https://example.org/r) by the\ncentral bank showed prices eased.",
    "He cited [a report by the\ncentral bank](https://example.org/r) on Monday.",
    "Only the headline changed, the editor said\nof the syndicated feed.",
    "Go to the polls, the mayor urged, as\ncoverage of the race grew.",
]


@pytest.mark.parametrize("text", NOT_WRAPPED_ROWS)
def test_wrapped_story_sentences_are_not_boilerplate(text: str) -> None:
    """Wrapped story paragraphs that open with ``Follow`` or hold a link stay body."""
    assert match_boilerplate(text, 0, len(text)) is None
    story = parse("PARIS (Reuters) - Prices rose on Monday.\n\n" + text)
    assert " ".join(story.body.split()) == "Prices rose on Monday. " + " ".join(text.split())


def test_wrapped_trailing_material_leaves_the_body() -> None:
    """Wrapped trailing notices and links after the last paragraph are not body."""
    text = (
        "PARIS (Reuters) - The harbour reopened on Monday after a\n"
        "three-week strike, the port authority said.\n\n"
        "*(Only the headline and picture of this report may have been\n"
        "reworked by the Daily Ledger staff; the rest of the content\n"
        "is auto-generated from a syndicated feed.)*\n\n"
        "[Harbour\nWire](https://example.org/news/harbour:1/)"
    )
    story = parse(text)
    assert story.body == (
        "The harbour reopened on Monday after a\nthree-week strike, the port authority said."
    )
    assert sorted(b.kind for b in story.boilerplate) == ["source", "syndication"]
