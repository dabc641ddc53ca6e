"""Wire forms from the format catalogue, one case per real shape, grouped by agency.

Every dateline, byline and credit line here is written for these tests in a shape the
catalogue (``shared/reference/wire-formats.md``) documents with a source; the places,
people and sentences are invented. Each dateline case checks the whole parse: the
dateline's fields, the story's agency and the first words of the body.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wirestory import parse, parse_byline, parse_credits, parse_dateline

REF = dt.date(2024, 6, 15)

# id, story text, (locations, region, date_text, agency), first words of the body
DATELINES: list[tuple[str, str, tuple[tuple[str, ...], str | None, str | None, str | None], str]] = [
    # -- Reuters: wire, web, multi-city, foreign services, dropped agency tags
    ("reuters-en-dash", "HELSINKI, Sept 28 (Reuters) – Drivers queued.", (("HELSINKI",), None, "Sept 28", "Reuters"), "Drivers"),
    ("reuters-top-note-byline", "(Updates prices as of 0700 GMT)\nBy Mika Saari\nOSLO, Sept 5 (Reuters) - Oslo's index\nfell in choppy trade.", (("OSLO",), None, "Sept 5", "Reuters"), "Oslo's index"),
    ("reuters-no-space-after", "MADRID (Reuters) -The bank raised rates.", (("MADRID",), None, None, "Reuters"), "The bank"),
    ("reuters-place-country", "KESENNUMA, Japan (Reuters) – Residents gathered.", (("KESENNUMA",), "Japan", None, "Reuters"), "Residents"),
    ("reuters-two-cities", "OSLO/STOCKHOLM (Reuters) - Two chemists won.", (("OSLO", "STOCKHOLM"), None, None, "Reuters"), "Two chemists"),
    ("reuters-mixed-case", "San Diego (Reuters) -The family will sell.", (("San Diego",), None, None, "Reuters"), "The family"),
    ("reuters-date-only", "Aug 12 (Reuters) - Shares jumped.", ((), None, "Aug 12", "Reuters"), "Shares"),
    ("reuters-no-space-before", "MANILA, Dec 13 (Reuters)- The leader spoke.", (("MANILA",), None, "Dec 13", "Reuters"), "The leader"),
    ("reuters-1969-em-dash", "JEDDAH, Saudi Arabia, Aug. 16 (Reuters) — The kingdom planned.", (("JEDDAH",), "Saudi Arabia", "Aug. 16", "Reuters"), "The kingdom"),
    ("reuters-colon", "LYON/MARSEILLE, France, October 30 (Reuters): The minister said.", (("LYON", "MARSEILLE"), "France", "October 30", "Reuters"), "The minister"),
    ("reuters-agency-first", "(Reuters) - LYON, April 26 - The caterer said.", (("LYON",), None, "April 26", "Reuters"), "The caterer"),
    ("reuters-tag-dropped", "OSLO Dec 10 Oslo's index fell on Thursday.", (("OSLO",), None, "Dec 10", None), "Oslo's index"),
    ("reuters-tag-dropped-comma", "OSLO, Sept 27 Oslo's index rose on Friday.", (("OSLO",), None, "Sept 27", None), "Oslo's index"),
    ("reuters-spanish", "MADRID, 29 jun (Reuters) - El equipo ganó.", (("MADRID",), None, "29 jun", "Reuters"), "El equipo"),
    ("reuters-breakingviews", "DAVOS, Switzerland (Reuters Breakingviews) - Leaders met.", (("DAVOS",), "Switzerland", None, "Reuters"), "Leaders"),
    # -- AP: state or country, dashes, member papers, JSON escape
    ("ap-spelled-state", "BOISE, Idaho (AP) — The governor signed it.", (("BOISE",), "Idaho", None, "AP"), "The governor"),
    ("ap-state-abbreviation", "TUCSON, Ariz. (AP) — Crews contained it.", (("TUCSON",), "Ariz.", None, "AP"), "Crews"),
    ("ap-json-escape", "LIMA, Peru (AP) \\u2014 Protesters gathered.", (("LIMA",), "Peru", None, "AP"), "Protesters"),
    ("ap-hyphen", "DENVER (AP) - A panel voted.", (("DENVER",), None, None, "AP"), "A panel"),
    ("ap-caps-country", "LYON, FRANCE (AP) _ Results came in.", (("LYON",), "FRANCE", None, "AP"), "Results"),
    ("ap-member-paper", "ST. PAUL, Minn. — Lawmakers met.", (("ST. PAUL",), "Minn.", None, None), "Lawmakers"),
    ("ap-weekday-date", "WASHINGTON, Thursday, May 2 (AP) -- The House voted.", (("WASHINGTON",), None, "Thursday, May 2", "AP"), "The House"),
    # -- AFP
    ("afp-double-hyphen", "CAIRO, May 12 (AFP) -- Talks opened.", (("CAIRO",), None, "May 12", "AFP"), "Talks"),
    ("afp-web-country", "Bamako (Mali) (AFP) – Crowds cheered.", (("Bamako",), "Mali", None, "AFP"), "Crowds"),
    ("afp-dash-pair", "LYON (AFP) - – Workers struck.", (("LYON",), None, None, "AFP"), "Workers"),
    ("afp-german", "Wien (AFP) Die Wirtschaft wuchs.", (("Wien",), None, None, "AFP"), "Die Wirtschaft"),
    ("afp-french-first-day", "LILLE, 1er janvier (AFP) - Le plan a commencé.", (("LILLE",), None, "1er janvier", "AFP"), "Le plan"),
    # -- Bloomberg
    ("bloomberg-old-ap-month", "Jan. 5 (Bloomberg) -- Economists disagreed.", ((), None, "Jan. 5", "Bloomberg"), "Economists"),
    # -- Xinhua: AP-style months, country, glued parenthesis, foreign services
    ("xinhua-country", "DENVER, United States, Dec. 13 (Xinhua) -- Officials said.", (("DENVER",), "United States", "Dec. 13", "Xinhua"), "Officials"),
    ("xinhua-glued-paren", "PERTH, Australia, Jan. 1(Xinhua) -- Rain fell.", (("PERTH",), "Australia", "Jan. 1", "Xinhua"), "Rain"),
    ("xinhua-spanish-country", "SAO PAULO, Brasil, 30 jun (Xinhua) -- El gobierno anunció.", (("SAO PAULO",), "Brasil", "30 jun", "Xinhua"), "El gobierno"),
    ("xinhua-french", "PARIS, 10 août (Xinhua) -- Un porte-parole a dit.", (("PARIS",), None, "10 août", "Xinhua"), "Un porte-parole"),
    ("xinhua-byline-glued", "by Paul Otieno ELDORET (Xinhua) -- The county said.", (("ELDORET",), None, None, "Xinhua"), "The county"),
    # -- Indian agencies and papers
    ("pti-sep", "Tirupati, Sep 18 (PTI) The state said.", (("Tirupati",), None, "Sep 18", "PTI"), "The state"),
    ("pti-two-cities", "Surat/New Delhi, Jan 22 (PTI) The firm said.", (("Surat", "New Delhi"), None, "Jan 22", "PTI"), "The firm"),
    ("ians-full-month", "Jaipur, July 26 (IANS) Hours later, he left.", (("Jaipur",), None, "July 26", "IANS"), "Hours later"),
    ("ani-bracket-country", "Beirut [Lebanon], June 9 (ANI): A strike hit.", (("Beirut",), "Lebanon", "June 9", "ANI"), "A strike"),
    ("ani-state-and-country", "Shimla (Himachal Pradesh) [India], June 9 (ANI): Snow fell.", (("Shimla",), "Himachal Pradesh", "June 9", "ANI"), "Snow"),
    ("paper-district", "Ramauli (Sitapur), August 21: Farmers protested.", (("Ramauli",), "Sitapur", "August 21", None), "Farmers"),
    ("paper-no-separator", "Jaipur, August 3 President Kumar spoke on Tuesday.", (("Jaipur",), None, "August 3", None), "President"),
    # -- Yonhap
    ("yonhap-indented-wrapped", "   INCHEON, Oct. 12 (Yonhap) -- The minister\nhas ordered steps.", (("INCHEON",), None, "Oct. 12", "Yonhap"), "The minister"),
    ("yonhap-year-no-space", "SEOUL, Dec.4, 2024 (Yonhap) -- Exports rose.", (("SEOUL",), None, "Dec.4, 2024", "Yonhap"), "Exports"),
    # -- Kyodo
    ("kyodo-country", "HUALIEN, Taiwan (Kyodo) -- A quake hit.", (("HUALIEN",), "Taiwan", None, "Kyodo"), "A quake"),
    ("kyodo-summary-bare", "OSAKA, Sept. 7 Kyodo\n\nAt least 40 people died.", (("OSAKA",), None, "Sept. 7", "Kyodo"), "At least"),
    # -- dpa
    ("dpa-afx", "MUNICH (dpa-AFX) - Der Euro fiel.", (("MUNICH",), None, None, "dpa"), "Der Euro"),
    ("dpa-german-day", "BONN, 3. März (dpa) - Die Regierung tagte.", (("BONN",), None, "3. März", "dpa"), "Die Regierung"),
    # -- EFE
    ("efe-portuguese", "Asunción, 12 jul (EFE).- Os países disseram.", (("Asunción",), None, "12 jul", "EFE"), "Os países"),
    ("efe-de-month", "Sevilla, 3 de marzo (EFE).- El concierto comenzó.", (("Sevilla",), None, "3 de marzo", "EFE"), "El concierto"),
    # -- Anadolu
    ("anadolu-turkish", "IZMIR (AA) - Bakanlık açıklama yaptı.", (("IZMIR",), None, None, "Anadolu"), "Bakanlık"),
    ("anadolu-turkish-month", "IZMIR, 30 Eylül (AA) - Bakanlık açıkladı.", (("IZMIR",), None, "30 Eylül", "Anadolu"), "Bakanlık"),
    # -- UPI
    ("upi-country-date", "DAMASCUS, Syria, Sept. 20 (UPI) -- Jets struck.", (("DAMASCUS",), "Syria", "Sept. 20", "UPI"), "Jets"),
    ("upi-spaces", "   Jan. 19 (UPI) --   Monday's edition ran.", ((), None, "Jan. 19", "UPI"), "Monday's"),
    # -- Bernama
    ("bernama-malay", "JOHOR BAHRU, 13 Jan (Bernama) -- Ikatan itu bermula.", (("JOHOR BAHRU",), None, "13 Jan", "Bernama"), "Ikatan"),
    # -- CNA (Taiwan)
    ("cna-doubled-spaces", "Panama  City,  Sept. 8 (CNA) -- Talks began.", (("Panama  City",), None, "Sept. 8", "CNA"), "Talks"),
    # -- TASS
    ("tass-no-space", "SOCHI, December 5./TASS/. The forces acted.", (("SOCHI",), None, "December 5", "TASS"), "The forces"),
    # -- Antara
    ("antara-region", "Yogyakarta, C Java (ANTARA News) - The president said.", (("Yogyakarta",), "C Java", None, "Antara"), "The president"),
    ("antara-year", "Medan, Dec 31, 2017 (Antara) - The government said.", (("Medan",), None, "Dec 31, 2017", "Antara"), "The government"),
    # -- APP
    ("app-indented", "      MULTAN, March 21 (APP): The premier spoke.", (("MULTAN",), None, "March 21", "APP"), "The premier"),
    # -- others of the catalogue
    ("bss-year", "KHULNA, May 9, 2024 (BSS) - The premier said.", (("KHULNA",), None, "May 9, 2024", "BSS"), "The premier"),
    ("gna-region", "Tema (G/A), March 31, GNA - The class met.", (("Tema",), "G/A", "March 31", "GNA"), "The class"),
    ("ansa-geneva", "(ANSA) - GINEVRA, 23 NOV - Il premier ha detto.", (("GINEVRA",), None, "23 NOV", "ANSA"), "Il premier"),
    ("oic-day-first-year", "Riyadh, 10 July 2022 - His Excellency said.", (("Riyadh",), None, "10 July 2022", None), "His Excellency"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "body"), [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES]
)
def test_wire_dateline(
    text: str, expected: tuple[tuple[str, ...], str | None, str | None, str | None], body: str
) -> None:
    """Each catalogued dateline shape gives its fields, the agency and a clean body."""
    story = parse(text, reference_date=REF)
    d = story.dateline
    assert d is not None
    assert (d.locations, d.region, d.date_text, d.agency) == expected
    assert story.agency == expected[3]
    assert story.paragraphs[0].text.startswith(body)


# id, dateline, reference date, date
DATES: list[tuple[str, str, dt.date | None, dt.date | None]] = [
    ("ap-sept", "TAIPEI, Sept. 30 (CNA) Hi.", dt.date(2024, 10, 1), dt.date(2024, 9, 30)),
    ("reuters-sept", "LONDON, Sept 28 (Reuters) - Hi.", dt.date(2024, 9, 28), dt.date(2024, 9, 28)),
    ("new-year-back", "SEOUL, Dec. 31 (Yonhap) -- Hi.", dt.date(2025, 1, 1), dt.date(2024, 12, 31)),
    ("new-year-ahead", "SEOUL, Jan. 1 (Yonhap) -- Hi.", dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
    ("weekday-only", "LONDON, Monday (Reuters) - Hi.", dt.date(2024, 12, 31), None),
    ("written-year", "LONDON, June 6, 2010 (AFP) - Hi.", None, dt.date(2010, 6, 6)),
    ("day-first-year", "LONDON, 6 June 2010 (AFP) - Hi.", None, dt.date(2010, 6, 6)),
    ("ordinal-year", "LONDON, 6th June, 2010 (AFP) - Hi.", None, dt.date(2010, 6, 6)),
    ("french-first", "LILLE, 1er janvier (AFP) - Hi.", dt.date(2024, 1, 2), dt.date(2024, 1, 1)),
    ("german-day", "BONN, 3. März (dpa) - Hi.", dt.date(2024, 3, 4), dt.date(2024, 3, 3)),
    ("spanish-de", "MADRID, 3 de marzo (EFE).- Hi.", dt.date(2024, 3, 4), dt.date(2024, 3, 3)),
    ("spanish-de-year", "MADRID, 3 de marzo de 2023 (EFE).- Hi.", None, dt.date(2023, 3, 3)),
    ("weekday-then-date", "WASHINGTON, Thursday, May 2 (AP) -- Hi.", dt.date(2024, 5, 3), dt.date(2024, 5, 2)),
    ("leap-day", "WASHINGTON, Feb. 29 (UPI) -- Hi.", dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
    ("zero-padded", "SEOUL, Dec. 04 (Yonhap) -- Hi.", dt.date(2024, 12, 5), dt.date(2024, 12, 4)),
    ("turkish", "ANKARA, 30 Eylül (AA) - Hi.", dt.date(2024, 10, 1), dt.date(2024, 9, 30)),
    ("indonesian", "JAKARTA, 5 Agustus (ANTARA) - Hi.", dt.date(2024, 8, 6), dt.date(2024, 8, 5)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "date"), [c[1:] for c in DATES], ids=[c[0] for c in DATES]
)
def test_wire_date(text: str, reference: dt.date | None, date: dt.date | None) -> None:
    """Month styles, day-first forms, written years and the turn of the year."""
    found = parse_dateline(text, reference_date=reference)
    assert found is not None
    assert found.date == date


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, Dec 10 Oslo Index Falls",  # a headline: no sentence follows
        "Paris, March 3 was a cold day.",  # a sentence about a date
    ],
)
def test_no_dateline_without_separator_or_sentence(text: str) -> None:
    """A place and a date with no separator need a sentence after them."""
    assert parse_dateline(text, reference_date=REF) is None


# id, credit line, [(role, [(name, location)])]
CREDITS: list[tuple[str, str, list[tuple[str, list[tuple[str, str | None]]]]]] = [
    # -- Reuters
    ("reuters-reporting-from-city", "Reporting from Lyon by Ana Roth, Ben Kay; Editing by Ed Os",
     [("reporting", [("Ana Roth", "Lyon"), ("Ben Kay", "Lyon")]), ("editing", [("Ed Os", None)])]),
    ("reuters-newsroom", "(Reporting by the Hanoi newsroom; Editing by Bo Ma)",
     [("reporting", [("Hanoi newsroom", None)]), ("editing", [("Bo Ma", None)])]),
    ("reuters-full-stop", "Reporting by Aya Rost in Dallas. Editing by Ron Grey",
     [("reporting", [("Aya Rost", "Dallas")]), ("editing", [("Ron Grey", None)])]),
    # -- AP
    ("ap-contributed-region", "Associated Press writer Hope Yang in Newport, Rhode Island, contributed to this report.",
     [("contributing", [("Hope Yang", "Newport, Rhode Island")])]),
    ("ap-contributed-from", "Associated Press writer Jo Li contributed from Lima.",
     [("contributing", [("Jo Li", "Lima")])]),
    # -- Bloomberg
    ("bloomberg-contact", "To contact the reporter on this story: Jer Witt in Austin at jwitt1@example.net",
     [("reporting", [("Jer Witt", "Austin")])]),
    # -- Xinhua and Chinese copy
    ("xinhua-web-editor", "(Web editor: Wen Yi, Bianji)", [("editing", [("Wen Yi", None), ("Bianji", None)])]),
    ("xinhua-chinese-reporters", "（记者王小明、李华）", [("reporting", [("王小明", None), ("李华", None)])]),
    ("xinhua-chinese-damaged", "（记者王小明、李华、张\ufffd础⒑钗\ufffd", [("reporting", [("王小明", None), ("李华", None)])]),
    ("chinese-editor", "（编辑：赵刚）", [("editing", [("赵刚", None)])]),
    # -- Antara and Anadolu
    ("antara-editor", "Editor: Heru Wibowo", [("editing", [("Heru Wibowo", None)])]),
    ("anadolu-muhabir", "Muhabir: Ferda Yıldız", [("reporting", [("Ferda Yıldız", None)])]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CREDITS], ids=[c[0] for c in CREDITS]
)
def test_wire_credits(text: str, expected: list[tuple[str, list[tuple[str, str | None]]]]) -> None:
    """Each catalogued credit shape gives its roles, people and places."""
    got = [(c.role, [(p.name, p.location) for p in c.contributors]) for c in parse_credits(text)]
    assert got == expected


def test_chinese_credit_closes_the_last_paragraph() -> None:
    """Xinhua's ``（记者A、B）`` glued to the last sentence is cut off as a credit."""
    story = parse("新华社上海5月2日电 第一段。\n\n最后一段说完了。（记者王小明、李华）")
    assert [c.role for c in story.credits] == ["reporting"]
    assert story.paragraphs[-1].text == "最后一段说完了。"


# id, byline, (names, agency)
BYLINES: list[tuple[str, str, tuple[list[str], str | None]]] = [
    # -- Reuters
    ("reuters-with-date", "By Reuters - 18 December 2022", ([], "Reuters")),
    ("reuters-paren-agency", "By Jo Lind and Al Moss (Reuters)", (["Jo Lind", "Al Moss"], "Reuters")),
    ("reuters-slash", "By Jo Lind / Reuters", (["Jo Lind"], "Reuters")),
    # -- AP
    ("ap-feed-author-comma", "Pia Milos, The Associated Press", (["Pia Milos"], "AP")),
    ("ap-feed-author-pipe", "Ben Nowak | The Associated Press", (["Ben Nowak"], "AP")),
    ("ap-no-by-title", "JOE MARTIN, AP Business Writer", (["JOE MARTIN"], "AP")),
    ("ap-medical-writer", "By JO LIND, AP Medical Writer", (["JO LIND"], "AP")),
    ("ap-writers-next-line", "By Jo Lind and Al Moss\nAssociated Press Writers", (["Jo Lind", "Al Moss"], "AP")),
    ("ap-caps-four", "By ANA J. RUIZ, TOM HALE, PIA LODI and SAM PARR", (["ANA J. RUIZ", "TOM HALE", "PIA LODI", "SAM PARR"], None)),
    # -- Bloomberg
    ("bloomberg-dash", "By Jo Lind - Bloomberg", (["Jo Lind"], "Bloomberg")),
    # -- Yonhap, Kyodo, Anadolu, Xinhua, Dow Jones
    ("yonhap-agency-title", "By Lee Min-ho, Yonhap News Agency", (["Lee Min-ho"], "Yonhap")),
    ("kyodo-news", "By Jo Lind, Kyodo News", (["Jo Lind"], "Kyodo")),
    ("anadolu-agency", "By Ali Demir, Anadolu Agency", (["Ali Demir"], "Anadolu")),
    ("xinhua-lower-by", "by Paul Otieno", (["Paul Otieno"], None)),
    ("dow-jones", "By Jo Lind, Dow Jones Newswires", (["Jo Lind"], "Dow Jones")),
    # -- titles and outlets that are no person
    ("staff-reporter", "By Jo Lind, Staff Reporter", (["Jo Lind"], None)),
    ("senior-correspondent", "By Jo Lind, Senior Correspondent", (["Jo Lind"], None)),
    ("outlet-initials", "By Jo Lind, CNN", (["Jo Lind"], None)),
    ("agency-as-byline", "By WAM", ([], "WAM")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in BYLINES], ids=[c[0] for c in BYLINES]
)
def test_wire_byline(text: str, expected: tuple[list[str], str | None]) -> None:
    """Each catalogued byline shape gives its people and agency."""
    found = parse_byline(text)
    assert found is not None
    assert ([p.name for p in found.contributors], found.agency) == expected


def test_feed_author_line_needs_a_known_agency() -> None:
    """``A, B`` with no ``By`` is a byline only when the last part names an agency."""
    assert parse_byline("Jo Lind, Al Moss") is None
    assert parse_byline("Paris, The Associated Press") is None  # one word: no person


@pytest.mark.xfail(
    strict=True,
    reason="Decided: a byline glued to a mixed-case dateline has no visible end "
    "(By Ravi K Rao Dhaka, ...: is the place Dhaka or Rao Dhaka?)",
)
def test_pti_byline_glued_to_mixed_case_dateline() -> None:
    """PTI's ``By A Kathmandu, Oct 17 (PTI)`` on one line."""
    story = parse("By Ravi K Rao Dhaka, Oct 17 (PTI) The floods hit.", reference_date=REF)
    assert story.dateline is not None and story.dateline.locations == ("Dhaka",)
