"""Find and parse the dates a page prints about itself ("Publié le 12/03/2024 à 14h05").

Pages print dates in a handful of shapes: ISO 8601, day/month/year with a clock time, and
written dates with a month name ("12 mars 2024", "March 3, 2024"). This module parses those
shapes in French and English (month names in a few more languages), attaches the time zone
the text gives or the one assumed for the page, and says which kind of date it is
(published or updated) from the words just before it.

Relative datelines ("il y a 3 heures", "hier à 18h30", "2 hours ago", "yesterday") are
resolved against a reference time, the moment the page was fetched, on the calendar of the
page's time zone: "hier" is the day before the fetch day *where the page is read*.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from veille.date_languages import NAMED_DATE_LANGUAGES
from veille.extract.cldr_months import CLDR_MONTHS, CLDR_WEEKDAYS
from veille.extract.timezones import (
    AMBIGUOUS_ONLY,
    NAMED_ABBREVIATIONS,
    NAMED_CLOCKS,
    ZONE_ABBREVIATIONS,
    resolve_abbreviation,
)
from veille.extract.trie_pattern import trie_pattern
from veille.extract.weekday_year import agreeing_years, year_note
from veille.lazy_re import lazy_compile

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "janvier january jan janv januar enero gennaio janeiro",
        "février fevrier february feb fév fev févr fevr februar febrero febbraio fevereiro",
        "mars march mar märz marzo março marco",
        "avril april apr avr abril aprile",
        "mai may mayo maggio maio",
        "juin june jun junio giugno junho",
        "juillet july jul juil juli julio luglio julho",
        "août aout august aug agosto",
        "septembre september sep sept septiembre settembre setembro",
        "octobre october oct oktober octubre ottobre outubro",
        "novembre november nov noviembre novembro",
        "décembre decembre december dec déc dezember diciembre dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _num
#: The three-letter abbreviations CLDR gives Spanish, Italian and German months (format
#: abbreviated, "ene.", "dic.", "gen.", "giu.", "Dez."; es/it/de ``gregorian``), those the
#: list above lacks; El País prints "Valencia - 02 dic 2026 - 13:40 CET" (t-final34 A8).
#: Spanish "ago", Portuguese "set" and "out" are English words, left out.
for _name, _num in (("ene", 1), ("abr", 4), ("dic", 12),  # es ("ago", August: an English word)
                    ("gen", 1), ("mag", 5), ("giu", 6), ("lug", 7), ("ott", 10),  # it
                    ("mär", 3), ("mrz", 3), ("okt", 10), ("dez", 12),  # de
                    # ru: CLDR's abbreviated format less its dot ("февр.", "сент.",
                    # "нояб.") and the three letters RIA Novosti's datelines print ("МОСКВА,
                    # 4 мар — РИА Новости", "1 дек", "29 ноя", "15 сен"; t-final58 #1);
                    # May's wide name in a date, "мая" ("1 мая — РИА Новости"), three
                    # letters long, is not taken from CLDR (:func:`cldr_months`; r-extract59)
                    ("янв", 1), ("фев", 2), ("февр", 2), ("мар", 3), ("апр", 4), ("мая", 5),
                    ("июн", 6), ("июл", 7), ("авг", 8), ("сен", 9), ("сент", 9),
                    ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12)):
    MONTHS.setdefault(_name, _num)
#: Arabic month names: those of the Gregorian calendar as Egypt, the Gulf and the Maghreb
#: write them, and the Syriac ones of the Levant and Iraq (كانون الأول…), with the common
#: spellings without hamza (newuser12 W8).
for _num, _arabic in enumerate(
    [
        ("يناير", "كانون الثاني", "جانفي"), ("فبراير", "شباط", "فيفري"),
        ("مارس", "آذار", "اذار"), ("أبريل", "ابريل", "إبريل", "نيسان", "أفريل"),
        ("مايو", "أيار", "ايار", "ماي"), ("يونيو", "يونيه", "حزيران", "جوان"),
        ("يوليو", "يوليه", "تموز", "جويلية"), ("أغسطس", "اغسطس", "آب", "أوت"),
        ("سبتمبر", "أيلول", "ايلول"), ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"),
        ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول", "كانون الاول"),
    ],
    start=1,
):
    for _name in _arabic:
        MONTHS[_name] = _num
_WRITTEN_MONTHS = frozenset(MONTHS)
"""The month names written above, before CLDR's are added (:func:`cldr_months`)."""


def cldr_months() -> dict[str, int]:
    """The wide month names, in the form a date uses (CLDR's "format" context: Russian
    "декабря", Polish "grudnia", Greek "Δεκεμβρίου") and standing alone, of the languages in
    :data:`CLDR_MONTH_LANGUAGES`, through Babel; a name two languages give to different
    months is left out, and so is one of four letters or fewer that is not already a
    month here (short words are other words too). Then the abbreviated names of
    :data:`CLDR_ABBREVIATED_LANGUAGES` ("dic", "mag", "okt", "out"), of three letters or
    more, when no language gives the name to another month.

    Read once, by ``scripts/gen_cldr_months.py``, into :mod:`veille.extract.cldr_months`,
    which the module loads instead: walking Babel's locale data took some 300 ms of every
    command's start-up (f-startup28); ``tests/extract/test_cldr_months.py`` checks the
    table against this function."""
    from babel.dates import get_month_names

    found: dict[str, set[int]] = {}
    for language in CLDR_MONTH_LANGUAGES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, language).items():
                names = [name.lower()]
                if language == "he":  # "בדצמבר": the preposition glued to the month
                    names.append("ב" + name)
                for written in names:
                    found.setdefault(written, set()).add(int(number))
    wide = {name: next(iter(months)) for name, months in found.items()
            if len(months) == 1 and (len(name) >= 4 or name in _WRITTEN_MONTHS)
            and name.isalpha()}
    short: dict[str, set[int]] = {}
    for language in CLDR_ABBREVIATED_LANGUAGES:
        for width_context in ("format", "stand-alone"):
            for number, name in get_month_names(
                    "abbreviated", "format" if width_context == "format" else "stand-alone",
                    language).items():
                short.setdefault(name.lower().rstrip("."), set()).add(int(number))
    for name, months in short.items():
        if (len(months) == 1 and len(name) >= 3 and name.isalpha() and name not in wide
                and not found.get(name, months) - months):
            wide[name] = next(iter(months))
    return wide


CLDR_MONTH_LANGUAGES = (*NAMED_DATE_LANGUAGES, "ru", "uk", "tr", "he", "fa", "pl", "cs", "el",
                        "ro", "nl", "sv", "da", "nb", "fi")
"""Languages whose month names are read from CLDR: first those whose dates the enrichment
reads (:data:`veille.date_languages.NAMED_DATE_LANGUAGES`, the same names as
:mod:`veille.enrich.date_foreign`: Catalan "desembre" was read there and not here,
t-check66 F1), then Russian, Ukrainian, Turkish, Hebrew, Persian (the Gregorian months in
Persian), Polish, Czech, Greek, Romanian, Dutch and the Nordic languages (newuser12 W8,
verify12 X6)."""
CLDR_WEEKDAY_LANGUAGES = (*NAMED_DATE_LANGUAGES, "nl")
"""Languages whose weekday names are read from CLDR (:func:`cldr_weekdays`): a dateline
that prints one ("Dilluns 7 de desembre de 2026", "vrijdag 4 december 2026") keeps its
label and may fix a missing year (t-check66 F1)."""


def cldr_weekdays() -> dict[str, int]:
    """The wide weekday names (Monday = 0) of :data:`CLDR_WEEKDAY_LANGUAGES`, lower case,
    in the form a date uses and standing alone, through Babel; names of four letters or
    more (letters and hyphens: "segunda-feira"), and none two languages give to different
    days. Read once into :mod:`veille.extract.cldr_months` by ``scripts/gen_cldr_months.py``
    (no Babel at start-up, f-startup28)."""
    from babel.dates import get_day_names

    found: dict[str, set[int]] = {}
    for language in CLDR_WEEKDAY_LANGUAGES:
        for context in ("format", "stand-alone"):
            for number, name in get_day_names("wide", context, language).items():
                found.setdefault(name.lower(), set()).add(int(number))
    return {name: next(iter(days)) for name, days in found.items()
            if len(days) == 1 and len(name) >= 4 and name.replace("-", "").isalpha()}
CLDR_ABBREVIATED_LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl", "ca")
"""Languages whose abbreviated month names (CLDR's "abbreviated" width, the dot dropped)
are read too: the datelines of El País ("02 dic 2026 - 13:40 CET"), Corriere ("5 mag
2026"), Der Spiegel ("7. Okt. 2026"), Folha ("15 de out. de 2026") print them (t-final34
#8). Of three letters or more ("ag." is left out); a date pattern reads them only between
a day and a year, or after a dateline's label (:data:`_NO_YEAR_PATTERNS`)."""
for _name, _num in [*CLDR_MONTHS.items(), ("mei", 5), ("maj", 5)]:  # May: nl; sv, da, pl
    MONTHS.setdefault(_name, _num)
_OTHER_DIGIT = lazy_compile(r"(?![0-9])\d")
"""A decimal digit of another script (Unicode ``Nd``: Arabic-Indic, Persian, Devanagari,
full-width...): the rule :mod:`veille.index.scripts` folds for search, here one character
for one so that spans are kept ("١ ديسمبر ٢٠٢٦" reads "1 ديسمبر 2026")."""


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit written in ASCII (``unicodedata.digit``); the text
    itself when it has none (one regex scan, the common case)."""
    if not _OTHER_DIGIT.search(text):
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)


_MONTH_RE = trie_pattern(MONTHS)
"""Every month name, as a trie (:mod:`veille.extract.trie_pattern`): some 300 names in 20
languages, which as a flat alternation slowed every date pattern."""
#: Zone abbreviations a date may end with: RFC 822's, the tz database's that
#: :data:`~veille.extract.timezones.ZONE_ABBREVIATIONS` lists (GMT, BST, HNE, CEST...),
#: the ambiguous ones resolved by context (IST), the Chamorro "ChST" as the tz database
#: writes it, and "ET"/"CT"/"MT"/"PT". Upper case only and whole words: "12 mars 2026 et
#: le 13" says no zone, nor does "2026 Zurich" (both used to, read as New York time and UTC).
_ZONE_NAMES = "|".join(sorted(
    {"ChST", *ZONE_ABBREVIATIONS, *AMBIGUOUS_ONLY, *NAMED_ABBREVIATIONS},
    key=len, reverse=True))
#: A zone ends its word, or meets the next capitalised word with no space: a page's
#: adjacent spans ("9 h 00 HNE</span><span>Mis à jour") read as "HNEMis" (newuser11 T13).
_ZONE_WORD = r"(?-i:" + _ZONE_NAMES + r")(?:(?!\w)|(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ])))"
#: What may follow a clock time written with a dot: "am"/"pm" ("7.15pm", "11.02 a.m.") or
#: German "Uhr" ("17.45 Uhr"); a dot between two numbers says no time otherwise.
_CLOCK_WORD = r"(?i:[ap]\.?\s?m(?![a-z])|uhr(?!\w))"
_TIME = (
    r"(?:\s*(?:à|a|at|,|-|\||·|um|às|alle|a\s+las|a\s+la|a\s+les|,\s*às|,\s*a\s+las|,?\s*ore|"
    # Catalan "a les 12:30", Dutch "om 10:30" (h-dates67)
    r"om|"
    # Arabic "الساعة" (the hour), alone or after a dash, a comma or "في" (at): "4 كانون
    # الأول 2026 الساعة 10:20" (t-final56b A12: the time was dropped); Russian "в 10:20"
    r"[-،,]?\s*(?:في\s+)?الساعة|,?\s*в)?\s*"
    # A dot separates hours and minutes in British usage ("14.05 GMT", Guardian, BBC style
    # guides): read only before a stated zone, where "2026 3.50" cannot be a price.
    # So does a German "17.45 Uhr" (Duden, "Uhrzeit": "um 17.45 Uhr") and an English
    # "7.15pm" (t-final32 #6: "17.45 Uhr MEZ" kept only its day).
    r"(?P<hh>[01]?\d|2[0-3])\s*(?:h|:|H|\.(?=[0-5]\d\s*(?:" + _ZONE_WORD + r"|" + _CLOCK_WORD
    + r"))"
    # Italian writes "alle 11.20", "ore 11.20" (Treccani, "orario"): a dot after those words
    r"|(?:(?<=(?i:alle)\s[0-9])|(?<=(?i:alle)\s[0-9]{2})|(?<=(?i:ore)\s[0-9])"
    r"|(?<=(?i:ore)\s[0-9]{2}))\.(?=[0-5]\d\b))\s*"
    r"(?P<mm>[0-5]\d)?(?::(?P<ss>[0-5]\d))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?i:uhr)(?!\w))?)?"
)
#: An offset from UTC after "UTC"/"GMT" ("07:45 GMT+1", "06:15 GMT-4", "10h00 (UTC+4)",
#: "UTC+05:30"): read before the bare abbreviation, whose end would otherwise let the
#: offset go unread (newuser13a C11).
_UTC_OFFSET = r"(?-i:UTC|GMT)\s?[+\-−–]\s?(?:1[0-4]|0?\d)(?::?[0-5]\d)?(?!\d)"
#: A clock named in words: "heure de Paris", "heure de La Réunion", "heure locale"
#: (:data:`~veille.extract.timezones.NAMED_CLOCKS`; "heure locale" names the page's own
#: clock, the one assumed).
_NAMED_CLOCK = (r"(?i:heure\s+(?:locale|(?:de\s+|d['’]\s?)?(?:la\s+|l['’]\s?)?"
                r"[A-ZÀ-Ýa-zà-ÿ][\w'’\-]*(?:[\s\-](?:et\s+)?[A-ZÀ-Ý][\w'’\-]*){0,3}))")
_ZONE = (r"(?:\s*(?:,\s*|\(\s*)?(?P<zone>" + _UTC_OFFSET + r"|" + _ZONE_WORD
         + r"|[+-]\d{2}:?\d{2}|" + _NAMED_CLOCK + r")\)?)?")

_PATTERNS = [
    lazy_compile(
        r"(?P<y>(?:19|20)\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
        r"(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\.\d+)?"
        r"(?P<zone>Z|[+-]\d{2}:?\d{2})?"
        # a zone written after the time ("2026-02-20 07:55 HKT")
        r"(?:\s(?P<azone>" + _ZONE_WORD + r"))?)?"
    ),
    lazy_compile(
        # a middle dot joins them too ("03·12·2026", Prensa Ibérica's and other templates;
        # h-capture62)
        r"\b(?P<d>[0-3]?\d)(?P<dsep>[/.·-])(?P<m>[0-3]?\d)(?P=dsep)(?P<y>(?:19|20)\d{2})\b"
        + _TIME + _ZONE,
        re.IGNORECASE,
    ),
    lazy_compile(
        # Spanish and Portuguese join day, month and year with "de" ("30 de noviembre de
        # 2026", "30 de novembro de 2026"; RAE, *Ortografía* 2010, § 8.1.2.1).
        r"\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|\.|º|°)?\s+(?:de\s+|d['’]\s?)?(?P<mon>" + _MONTH_RE
        + r")\.?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{2})\b" + _TIME + _ZONE,
        re.IGNORECASE,
    ),
    lazy_compile(
        r"\b(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
        r"(?P<y>(?:19|20)\d{2})\b" + _TIME + _ZONE,
        re.IGNORECASE,
    ),
    # Day, month's name and year joined by dots ("4.dez.2026 às 8h10", "1º.dez.2026":
    # Folha de S.Paulo's publication line, its *Manual da Redação* abbreviating the month
    # and writing the first of a month as an ordinal; t-final55b A14: left unread, the
    # article was undated)
    lazy_compile(
        r"(?<![\w.])(?P<d>[0-3]?\d)(?:º|°)?\.(?P<mon>" + _MONTH_RE + r")\.(?P<y>(?:19|20)\d{2})"
        r"(?![\w.]\w)" + _TIME + _ZONE,
        re.IGNORECASE,
    ),
    # Chinese, Japanese and Korean: "2026年12月1日 15時20分", "2026年12月1日（火）15:20",
    # "2026년 12월 1일 오후 3:20"
    lazy_compile(
        r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>1[0-2]|0?[1-9])\s*[月월]\s*(?P<d>[0-3]?\d)\s*"
        r"[日号일](?:\s*[（(][^)）\n]{1,4}[)）])?"
        r"(?:\s*(?:(?P<ampm>上午|下午|午前|午後|오전|오후)\s*)?(?P<hh>[01]?\d|2[0-3])\s*"
        r"[時时:：点시]\s*"
        r"(?P<mm>[0-5]\d)?\s*[分분]?)?" + _ZONE,
    ),
]
#: An ISO day, then its zone, then its clock time ("2026-02-20 HKT 07:55", the layout of
#: some Hong Kong and Singapore sites; r-pubdates35): read before :data:`_PATTERNS`, whose
#: ISO pattern would take the day alone.
_ISO_ZONE_CLOCK = lazy_compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d),?\s+\(?(?P<zone>" + _ZONE_WORD
    + r")\)?,?\s+(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?![\d:])")
#: Weekday names (Monday = 0), for a dateline that prints one ("Publié le mardi 2 décembre",
#: "18:05 Uhr, Donnerstag, 12. Februar 2026"): French, English, and the full names of
#: German, Spanish, Italian and Portuguese (a closed class; CLDR's wide weekday names; the
#: Portuguese in its full "-feira" form only, "segunda" alone being "second").
WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(["lundi monday mon montag lunes lunedì lunedi segunda-feira",
                               "mardi tuesday tue tues dienstag martes martedì martedi "
                               "terça-feira terca-feira",
                               "mercredi wednesday wed mittwoch miércoles miercoles mercoledì "
                               "mercoledi quarta-feira",
                               "jeudi thursday thu thur thurs donnerstag jueves giovedì giovedi "
                               "quinta-feira",
                               "vendredi friday fri freitag viernes venerdì venerdi sexta-feira",
                               "samedi saturday sat samstag sonnabend sábado sabado sabato",
                               "dimanche sunday sun sonntag domingo domenica"]):
    for _name in _names.split():
        WEEKDAYS[_name] = _num
for _name, _num in CLDR_WEEKDAYS.items():  # Catalan "dilluns", Dutch "vrijdag" (t-check66 F1)
    WEEKDAYS.setdefault(_name, _num)
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
#: A clock time printed before its date ("Published: 11:30pm, 3 Mar 2026 HKT", SCMP;
#: "Updated 6:42 PM PST, March 3, 2026", AP; "17.45 Uhr, 3. März 2026"), its zone after
#: the time or after the date: minutes after a colon, or "am"/"pm", or both (a bare number
#: before a date is no time). Read by :func:`_find_dates` after :data:`_PATTERNS`, over
#: a date they found without a time (t-final32 #6: the time and the zone were lost).
_LEAD_TIME = (
    r"(?<![\w:.,/])(?P<hh>[01]?\d|2[0-3])"
    r"(?:(?::|[.hH](?=[0-5]\d\s*" + _CLOCK_WORD + r"))(?P<mm>[0-5]\d)"
    # a French hour without minutes ("21h, 14 janvier 2026", "23 h, 3 mars 2026")
    r"|\s?(?P<hmark>[hH])(?![\w:.]))?"
    r"(?:\s*(?P<ampm>(?i:[ap]\.?\s?m\.?)(?![a-z])))?(?:\s*(?i:uhr)(?!\w))?"
    r"(?:\s*\(?(?P<lzone>" + _UTC_OFFSET + r"|" + _ZONE_WORD + r")\)?)?"
    r"\s*(?:[,\-–—·|]\s*)?(?:(?i:on|le|am|el)\s+)?"
    r"(?:(?i:" + _WEEKDAY_RE + r")\.?,?\s+)?"
)
#: A clock time somewhere in the text: what :data:`_TIME_FIRST` needs to match.
_CLOCK_GATE = lazy_compile(r"\d\s*(?:[:.hH][0-5]\d|[ap]\.?\s?m|[hH](?![\w:.]))",
                           re.IGNORECASE)
_TIME_FIRST = [
    lazy_compile(_LEAD_TIME + r"(?P<d>[0-3]?\d)(?P<dsep>[/.·-])(?P<m>[0-3]?\d)(?P=dsep)"
                 r"(?P<y>(?:19|20)\d{2})\b" + _ZONE),
    lazy_compile(_LEAD_TIME + r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|\.|º|°)?\s+"
                 r"(?:de\s+|d['’]\s?)?(?P<mon>" + _MONTH_RE
                 + r")\.?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{2})\b" + _ZONE,
                 re.IGNORECASE),
    lazy_compile(_LEAD_TIME + r"(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                 r",?\s+(?P<y>(?:19|20)\d{2})\b" + _ZONE, re.IGNORECASE),
]
_NO_YEAR_AFTER = r"(?![\w-]|\.?,?\s+(?:de\s+|del\s+)?(?:19|20)\d{2}\b)"
#: A day and a month without a year ("mardi 2 décembre", "Tuesday, December 2", Spanish
#: and Portuguese "4 de marzo", "4 de março" with their "de"): read only in a dateline
#: (after "Publié le", "Updated") and against a reference time.
_NO_YEAR_PATTERNS = [
    lazy_compile(
        r"\b(?:(?P<wd>" + _WEEKDAY_RE + r")\.?,?\s+)?(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|\.|º|°)?\s+"
        r"(?:de\s+|d['’]\s?)?(?P<mon>" + _MONTH_RE + r")\.?" + _NO_YEAR_AFTER + _TIME + _ZONE,
        re.IGNORECASE),
    lazy_compile(
        r"\b(?:(?P<wd>" + _WEEKDAY_RE + r")\.?,?\s+)?(?P<mon>" + _MONTH_RE + r")\.?\s+"
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?" + _NO_YEAR_AFTER + _TIME + _ZONE, re.IGNORECASE),
]
#: Day/month in figures without a year ("Publié le 01/12 à 08h12"): read like
#: :data:`_NO_YEAR_PATTERNS`, only in a dateline; never a day/month/year or a decimal.
_NO_YEAR_NUMERIC = lazy_compile(
    r"(?<![\d/.])\b(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?![\d/]|\.\d)" + _TIME + _ZONE,
    re.IGNORECASE)
#: Day/month/two-digit year ("Publié le 29/11/26 à 18h30", 20 Minutes' dateline; with
#: dashes, "Publié le 02-12-26 à 06h15", Belgian and African templates, newuser17b X13):
#: read only after publication or update words, or alone after "le" at the start of a
#: block, or after a dateline's place opening the block ("Valencia, 03·12·26 | 17:40",
#: "Portsmouth · 21.10.26 · 14:10"; with middle dots too: h-capture62), since "29/11/26"
#: in a sentence may be anything (a score, a reference). The year is 20yy.
_SHORT_YEAR = lazy_compile(
    r"(?<![\d-])\b(?P<d>[0-3]?\d)(?P<sep>[/.·-])(?P<m>[0-3]?\d)(?P=sep)(?P<y>\d{2})"
    r"(?![\d/.·-]\d)\b"
    + _TIME + _ZONE, re.IGNORECASE)
_BLOCK_START_LE = lazy_compile(r"^\W*(?:le\s+)?$", re.IGNORECASE)
#: A dateline's place opening the block before its date: one to four words, the first
#: capitalised, no digit, then a comma or a separator ("Valencia, ", "Bad Homburg · ",
#: "Vassieux-en-Vercors, ").
_PLACE_START = lazy_compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\-][^\W\d_]+)*"
    r"(?:\s+[^\W\d_]+(?:['’\-][^\W\d_]+)*){0,3}\s*(?:,|\s[·|•–—-])\s*$")
#: A byline right before the date, closed by a separator ("Par Jean Dupont | 01-12-26
#: 18:20", "By Jane Doe · 12-01-26"): the date is the byline's, the article's dateline,
#: as after a publication word. The formula, then a capitalised name without a digit or
#: another separator, at the start of the text or after a separator.
_BYLINE_BEFORE = lazy_compile(
    r"(?:^|[|•·])\s*(?i:par|by|von|por|door)\s*:?\s+[A-ZÀ-ÖØ-Þ][^|•·\d\n]{1,80}?"
    r"\s*(?:[|•·,–—]|\s-)\s*(?i:le\s+|on\s+)?$")
#: A weekday between a date's label and the date ("Last modified on Mon 30 Nov 2026",
#: "Publié le lundi 30 novembre 2026"): the label still applies.
_TRAILING_WEEKDAY = lazy_compile(r"\b(?:" + _WEEKDAY_RE + r")\.?,?\s*$", re.IGNORECASE)
_TIME_ONLY = lazy_compile(r"\b(?:à|at)\s+(?P<hh>[01]?\d|2[0-3])\s*(?:h|:)\s*(?P<mm>[0-5]\d)?"
                        r"\s*(?P<ampm>[ap]\.?\s?m\.?)?" + _ZONE, re.IGNORECASE)
#: A clock time right after an update word, with no "at" ("Updated 7:12 a.m.", "Mis à
#: jour 07h12"): read only when the words before it say update (:func:`_clock_matches`).
_LABELLED_TIME = lazy_compile(r"(?<=\s)(?P<hh>[01]?\d|2[0-3])\s?(?:h|:)\s?(?P<mm>[0-5]\d)"
                            r"\s*(?P<ampm>[ap]\.?\s?m\.?)?" + _ZONE + r"(?![\w:/.]\d)",
                            re.IGNORECASE)
_PUBLISHED_WORDS = lazy_compile(
    # "Créé le", also as templates misspell it ("Crée le", "Cree le": newuser15b X8)
    # after a separator or opening the line (the verb "crée" inside a sentence is no
    # label).
    r"(publié|publie|publiée|paru|parution|mis\s+en\s+ligne|en\s+ligne\s+depuis|créé|"
    r"(?:^|[|·•–—]\s*)cr[eé][eé]e?|"
    r"published|posted|first\s+published|publication|erschienen|veröffentlicht|publicado|"
    # Catalan "Publicat el", Dutch "Gepubliceerd op" (h-dates67, t-check66 F1)
    r"pubblicato|publicat|publicada|gepubliceerd)(?:\s+(?:le|on|the|am|el|il|em|at|à|op))?\W*$",
    re.IGNORECASE,
)
_UPDATED_WORDS = lazy_compile(
    r"(?:mise?\s+à\s+jour|\bm[aà]j\b|last\s+modified|"
    r"(?:actualis|actualitz|modifi|update|aktualisiert|actualizado|aggiornato|atualizado|"
    r"bijgewerkt)\w*)"
    # the clock's own preposition: "Actualizado a las 19:20" (Prensa Ibérica; t-final64
    # #1), "aggiornato alle 19:20", "atualizado às 19h20", "aktualisiert um 19:20 Uhr"
    r"(?:\s+(?:le|on|the|am|el|il|em|at|à|a\s+las?|a\s+les?|alle(?:\s+ore)?|às|um|op|om))?\W*$",
    re.IGNORECASE,
)
@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date printed on the page, with its span and whether it reads as an update."""

    value: datetime
    start: int
    end: int
    updated: bool
    has_time: bool
    zone_given: bool
    #: The words just before the date say it is the publication ("Publié le", "Posted").
    published: bool = False
    #: Resolved from a relative expression ("il y a 2 heures") against a reference time.
    relative: bool = False
    #: The text gives no year ("Publié le mardi 2 décembre"): the year is the reference
    #: time's, or the one before (:func:`_without_year`).
    year_inferred: bool = False
    #: How a numeric date with a two-digit year was ordered ("01-12-26": day first or
    #: month first), said in evidence; "" for any other date (:func:`_order_said`).
    order: str = ""
    #: A zone abbreviation printed after the time but not read, being ambiguous with
    #: nothing on the page to say which zone it names ("IST": Irish, Indian or Israel
    #: time): the time is the page's local time, and the evidence says why
    #: (:func:`unread_zone_note`).
    zone_unread: str = ""
    #: The year chosen by the weekday the date is printed with, the latest year having
    #: another weekday ("Publié le mercredi 2 novembre" read in 2026: 2022;
    #: :func:`veille.extract.weekday_year.agreeing_year`, t-final66 F1); "" otherwise.
    weekday_note: str = ""


def _unread(groups: dict[str, str | None], given: bool) -> str:
    """The ambiguous abbreviation a date printed and :func:`_zone` could not read."""
    name = (groups.get("zone") or "").upper()
    return name if not given and name in AMBIGUOUS_ONLY else ""


def unread_zone_note(name: str) -> str:
    """What ``evidence["timezone"]`` adds when the page printed an ambiguous zone
    abbreviation that nothing on it resolves (t-final32 #6)."""
    if not name:
        return ""
    return (f"; {name} printed, but it names several zones in the tz database and neither "
            "the page's country, domain nor language says which: read as local time")


#: Small numbers written as words, for "il y a deux heures", "two hours ago".
_NUMBER_WORDS = {"un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2,
                 "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5,
                 "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9,
                 "nine": 9, "dix": 10, "ten": 10, "quelques": 3, "few": 3}
_NUMBER = r"(?P<n>\d{1,5}|" + "|".join(_NUMBER_WORDS) + r")"
#: Unit names, to a length of time (months and years approximate, as readers read them).
_UNITS: dict[str, timedelta] = {}
for _names, _delta in (
    ("s sec secs seconde secondes second seconds", timedelta(seconds=1)),
    ("min mins minute minutes mn", timedelta(minutes=1)),
    ("h hr hrs heure heures hour hours", timedelta(hours=1)),
    ("j jour jours day days", timedelta(days=1)),
    ("semaine semaines sem week weeks wk wks", timedelta(weeks=1)),
    ("mois month months", timedelta(days=30)),
    ("an ans année années year years", timedelta(days=365)),
):
    for _name in _names.split():
        _UNITS[_name] = _delta
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_CLOCK = (r"(?:\s*(?:à|a|at|,|vers)?\s*(?P<hh>[01]?\d|2[0-3])\s*(?:h|:|H)\s*(?P<mm>[0-5]\d)?"
          r"\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?i:uhr)(?!\w))?)?")  # "heute, 10:12 Uhr"
_RELATIVE_AGO = [
    lazy_compile(r"\bil\s+y\s+a\s+(?:environ\s+|plus\s+d'une?\s+|moins\s+d'une?\s+)?"
               + _NUMBER + r"\s*(?P<unit>" + _UNIT_RE + r")\b", re.IGNORECASE),
    lazy_compile(r"\b(?:about\s+|over\s+|around\s+)?" + _NUMBER + r"\s*(?P<unit>" + _UNIT_RE
               + r")\.?\s+ago\b", re.IGNORECASE),
    lazy_compile(r"\bvor\s+" + r"(?P<n>\d{1,5})\s*(?P<unit>Minuten|Stunden|Tagen|Wochen)\b",
               re.IGNORECASE),
]
_GERMAN_UNITS = {"minuten": timedelta(minutes=1), "stunden": timedelta(hours=1),
                 "tagen": timedelta(days=1), "wochen": timedelta(weeks=1)}
#: Named days, as a number of days before the reference day.
_DAY_WORDS = {"avant-hier": 2, "avant hier": 2, "the day before yesterday": 2, "hier": 1,
              "yesterday": 1, "aujourd'hui": 0, "aujourd’hui": 0, "today": 0,
              "ce matin": 0, "this morning": 0, "ce soir": 0, "tonight": 0,
              "cet après-midi": 0, "this afternoon": 0,
              # German, Spanish, Italian, Portuguese: a dateline's "heute, 10:12 Uhr",
              # "hoy", "oggi", "hoje" (and the day before) as news sites print them
              "heute": 0, "gestern": 1, "vorgestern": 2, "hoy": 0, "ayer": 1, "oggi": 0,
              "ieri": 1, "hoje": 0, "ontem": 1}
_DAY_RE = lazy_compile(
    r"(?<![\w-])(?P<day>" + "|".join(sorted((re.escape(d) for d in _DAY_WORDS), key=len,
                                           reverse=True))
    + r")(?![\w-])" + _CLOCK, re.IGNORECASE)
#: A cheap test before the relative patterns: one of their words, as substrings (searched
#: for all at once by :data:`_RELATIVE_WORD`).
_RELATIVE_WORDS = ("ago", "il y a", "hier", "aujourd", "yesterday", "today", "tonight",
                   "heute", "gestern", "hoy", "ayer", "oggi", "ieri", "hoje", "ontem",
                   "ce matin", "ce soir", "cet après", "this morning", "this afternoon", "vor ",
                   "publié", "publie", "mis en ligne", "posted", "published")
_RELATIVE_WORD = lazy_compile(trie_pattern(_RELATIVE_WORDS))
"""Any of :data:`_RELATIVE_WORDS`, as a trie (one scan; a flat alternation was slower than
the substring searches, the trie is faster than both: issue #13)."""
#: A publication word followed by a clock time and no day ("Publié à 18h30", "Posted at
#: 6:30 pm"): what Le Parisien, La Presse or Ouest-France print for today's articles. The
#: day is the reference day, or the day before when that time has not come yet.
_PUBLISHED_AT_CLOCK = lazy_compile(
    r"(?<![\w-])(?:publi[ée]e?s?|mis\s+en\s+ligne|posted|published)\s+(?=(?:à|at)\s)"
    + _CLOCK, re.IGNORECASE)
#: Beyond this many units, a relative expression is not a dateline ("il y a 40 000 ans").
MAX_RELATIVE_DAYS = 3660


_OFFSET_PARTS = lazy_compile(r"(?:UTC|GMT)\s?([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?")
_CLOCK_NAME = lazy_compile(r"(?i)heure\s+(?:(?:de|d['’])\s*)?(.+)")


def named_clock(name: str) -> tzinfo | None:
    """The zone of a clock named in words ("heure de Paris", "heure de La Réunion":
    :data:`~veille.extract.timezones.NAMED_CLOCKS`), None for "heure locale" and for a
    place the table does not hold."""
    match = _CLOCK_NAME.match(name.strip())
    if match is None:
        return None
    folded = unicodedata.normalize("NFKD", match.group(1).lower())
    key = " ".join("".join(c for c in folded if not unicodedata.combining(c))
                   .replace("-", " ").replace("'", " ").replace("’", " ").split())
    zone = NAMED_CLOCKS.get(key)
    return ZoneInfo(zone) if zone else None


def _zone(name: str | None, naive: datetime, default: tzinfo) -> tuple[tzinfo, bool]:
    if not name:
        return default, False
    offset = _OFFSET_PARTS.fullmatch(name)
    if offset is not None and int(offset.group(2)) <= 14:
        sign = 1 if offset.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(offset.group(2)),
                                         minutes=int(offset.group(3) or 0))), True
    if name[:5].lower() == "heure":
        clock = named_clock(name)
        return (clock, True) if clock is not None else (default, False)
    abbreviated = resolve_abbreviation(name, naive, default)
    if abbreviated is not None:
        return abbreviated, True
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", name)
    if match and int(match.group(2)) <= 14 and int(match.group(3)) < 60:
        sign = -1 if match.group(1) == "-" else 1
        delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
        return timezone(sign * delta), True
    return default, False


#: The zones of the United States (where pages are assumed written when their locale is
#: ``en-US`` or their domain is American, :mod:`veille.extract.timezones`): numeric dates
#: there are month first ("03/11/2026" is 11 March), as the US Government Publishing
#: Office Style Manual (2016, 12.9) and every US newspaper write them.
MONTH_FIRST_ZONES = frozenset({
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
})


#: Date labels of languages that write the day first: a page whose template says
#: ``en-US`` but whose dateline says "Publié le 05/03/2026" is read day first
#: (verify11a V11, a French WordPress brief too short for its language to be detected).
_DAY_FIRST_LABEL = lazy_compile(
    r"(?i)\b(?:publié|mis à jour|modifié|actualisé|publicado|actualizado|veröffentlicht|"
    r"aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt)\b")


def _swap_day_month(groups: dict[str, str | None], month_first: bool) -> bool:
    """Whether a numeric ``d/m/y`` match is really ``m/d/y``: on a page written in a
    month-first country, or when only that reading is a date ("03/13/2026")."""
    first, second = int(groups["d"] or 0), int(groups["m"] or 0)
    if second > 12 >= first:
        return True
    return month_first and first <= 12 and second <= 31


def _order_said(groups: dict[str, str | None], swapped: bool, month_first: bool) -> str:
    """What decided the order of a numeric date with a two-digit year, as printed
    (``groups`` before any swap: "01-12-26" is 1 December in a day-first locale, January
    12 in a month-first one): the only valid reading (a part above 12 is no month), else
    the page's locale (its time zone's country writes the month first, the United States;
    any other, or a day-first label such as "Publié", the day first). Said in
    ``evidence.published``."""
    first, second = int(groups["d"] or 0), int(groups["m"] or 0)
    order = "month first" if swapped else "day first"
    if first > 12 or second > 12:
        why = "the only valid reading"
    else:
        why = f"the page's locale writes the {'month' if month_first else 'day'} first"
    return f"two-digit year, read {order}: {why}"


def _build(groups: dict[str, str | None], default: tzinfo) -> tuple[datetime, bool, bool] | None:
    try:
        year = int(groups["y"] or 0)
        month_name = (groups.get("mon") or "").lower().rstrip(".")
        month = MONTHS.get(month_name) or int(groups.get("m") or 0)
        day = int(groups["d"] or 0)
        hour = int(groups.get("hh") or 0)
        minute = int(groups.get("mm") or 0)
        second = int(groups.get("ss") or 0)
        ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        ampm = {"下午": "pm", "午後": "pm", "오후": "pm", "上午": "am", "午前": "am",
                "오전": "am"}.get(ampm, ampm)
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        naive = datetime(year, month, day, hour, minute, second)
    except (ValueError, TypeError):
        return None
    zone, given = _zone(groups.get("zone"), naive, default)
    return naive.replace(tzinfo=zone), groups.get("hh") is not None, given


_LABEL_GATE = lazy_compile(
    r"publi|paru|mis|en\s+ligne|cr[eé][eé]|posted|erschienen|veröffentlicht|m[aà]j|"
    r"last\s+modified|actualis|actualitz|modifi|update|aktualisiert|actualizado|aggiornato|"
    r"atualizado",
    re.IGNORECASE)
"""A necessary condition for :func:`_labels` to find a word anywhere in a text: every
alternative of :data:`_PUBLISHED_WORDS` and :data:`_UPDATED_WORDS` holds one of these
(the same flags, so the same case folding). :func:`_without_year` reads a date only after
such a word, and skips its patterns on a text that has none."""


def _labels(text: str, start: int) -> tuple[bool, bool]:
    """(updated, published) from the words just before position ``start``."""
    before = text[max(0, start - 50): start]
    if before and before[-1].isspace() or before.endswith(","):
        before = _TRAILING_WEEKDAY.sub("", before)
    return bool(_UPDATED_WORDS.search(before)), bool(_PUBLISHED_WORDS.search(before))


def date_label(before: str) -> str:
    """"updated", "published" or "" from the words that end ``before`` ("Mis à jour le",
    "Publié le", "Posted on")."""
    updated, published = _labels(before, len(before))
    return "updated" if updated else "published" if published else ""


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def find_relative(text: str, *, now: datetime, zone: tzinfo = UTC) -> list[FoundDate]:
    """Relative dates in ``text`` ("il y a 2 heures", "hier à 18h30", "3 days ago",
    "yesterday at 6:30 pm"), resolved against ``now`` (aware) on the calendar of ``zone``.

    Hours and minutes give a time to the minute; days and longer give the day (midnight,
    ``has_time`` false). A result after ``now`` ("aujourd'hui à 23h" read at 8h) is not a
    past date and is left out, so every value is at most ``now``. Never raises.
    """
    text = text[:2000]
    lowered = text.lower()
    if not _RELATIVE_WORD.search(lowered):
        return []
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    local = now.astimezone(zone)
    found: list[FoundDate] = []
    for pattern in _RELATIVE_AGO:
        for match in pattern.finditer(text):
            n = _count(match.group("n"))
            unit_name = match.group("unit").lower()
            unit = _UNITS.get(unit_name) or _GERMAN_UNITS.get(unit_name)
            if n is None or unit is None or n * unit > timedelta(days=MAX_RELATIVE_DAYS):
                continue
            has_time = unit < timedelta(days=1)
            if has_time:  # elapsed time: computed in UTC, so a change of offset is right;
                # to the minute, the most such a phrase says
                value = (now - n * unit).astimezone(zone).replace(second=0)
            else:  # calendar days, on the page's calendar
                value = (local - n * unit).replace(hour=0, minute=0, second=0,
                                                   microsecond=0)
            updated, published = _labels(text, match.start())
            found.append(FoundDate(value.replace(microsecond=0), match.start(), match.end(),
                                   updated, has_time, False, published, True))
    for match in _DAY_RE.finditer(text):
        if any(f.start <= match.start() < f.end for f in found):
            continue
        days = _DAY_WORDS[match.group("day").lower()]
        day = local - timedelta(days=days)
        has_time = match.group("hh") is not None
        hour, minute = int(match.group("hh") or 0), int(match.group("mm") or 0)
        ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        naive = datetime(day.year, day.month, day.day, hour, minute)
        value = naive.replace(tzinfo=zone)
        if value > now:
            if not _PROBING.get():
                continue
            value -= timedelta(days=1)  # the probe asks only whether it moves
        updated, published = _labels(text, match.start())
        found.append(FoundDate(value, match.start(), match.end(), updated, has_time, False,
                               published, True))
    for match in _PUBLISHED_AT_CLOCK.finditer(text):
        if match.group("hh") is None or any(f.start <= match.start() < f.end for f in found):
            continue
        hour, minute = int(match.group("hh")), int(match.group("mm") or 0)
        ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        value = datetime(local.year, local.month, local.day, hour, minute, tzinfo=zone)
        if value > now:
            day = local - timedelta(days=1)
            value = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
        found.append(FoundDate(value, match.start(), match.end(), False, True, False, True,
                               True))
    found.sort(key=lambda f: f.start)
    return found


#: What may stand between a relative dateline and the rest of its line: a byline's comma,
#: a bar, a dash, a dot, brackets ("Par Marie Dupont | hier à 18h30", "Hier à 18h30 - mis à
#: jour il y a 2 heures", "John Smith · 3 hours ago").
_FIELD_BEFORE = lazy_compile(r"(?:^|[|,·•–—/(:\-]|\s-)\s*$")
_FIELD_AFTER = lazy_compile(r"(?i)^\s*(?:$|[|,·•–—/).;:\-]|(?:mise?\s+à\s+jour|modifi|actualis|"
                          r"updated|publi)\w*)")
#: A line holding a relative dateline unlabelled holds at most this many words besides it.
RELATIVE_LINE_WORDS = 20
#: A line of more words than this ending as a sentence does is one, no dateline.
RELATIVE_SENTENCE_WORDS = 6
_SENTENCE_END = lazy_compile(r"[.!?…»]\s*$")


def relative_dateline(text: str, found: FoundDate) -> bool:
    """Whether ``found``, a date of ``text`` (one line or block), may date the page it is
    printed on. A date printed in full always may; a relative one ("hier", "ce matin",
    "il y a 2 heures") only as a dateline: labelled ("Publié aujourd'hui à 10:32", "Mis à
    jour il y a 2 heures"), or a field of a short line of its own, opening it or set off
    by a separator on both sides ("Hier à 18h30", "Par Marie Dupont | aujourd'hui à
    10:32", "John Smith · 3 hours ago"). A relative word inside a sentence is the news's
    time, not the page's: "Kerviel fixé ce matin sur son sort", "le verdict aujourd'hui",
    "La justice se prononcera ce matin", "Hier, le conseil a voté le budget." date nothing
    (t-reader19 R1)."""
    if not found.relative or found.published or found.updated:
        return True
    words = len(text.split())
    if words > RELATIVE_LINE_WORDS or (words > RELATIVE_SENTENCE_WORDS
                                       and _SENTENCE_END.search(text)):
        return False  # "Il y a trois jours, le ministre a annoncé sa démission."
    return bool(_FIELD_BEFORE.search(text[:found.start])
                and _FIELD_AFTER.match(text[found.end:]))


def day_and_month(text: str) -> bool:
    """Whether ``text`` prints a day and a month name ("mardi 2 décembre", "Nov. 28"), with
    or without a year: with a publication word before it, a dateline's shape."""
    return any(p.search(text[:200]) for p in _NO_YEAR_PATTERNS) or any(
        p.search(text[:200]) for p in _PATTERNS[2:])


def _without_year(text: str, taken: list[tuple[int, int]], zone: tzinfo,
                  now: datetime, *, labelled: bool = True) -> list[FoundDate]:
    """Datelines giving a day and a month but no year ("Publié le mardi 2 décembre à
    10h15", "Updated Tuesday, December 2", "Publié le 01/12 à 08h12", "1er décembre à 8 h
    12"): the most recent such day on or before the day after ``now``'s on the calendar of
    ``zone`` (``now`` is the capture's reference: its fetch time or file time, or the
    masthead's day when the page prints one), so never more than a day ahead. A page
    prints the year when the date is not in the last twelve months, so the reader supplies
    it the same way; the date says ``year_inferred`` (the evidence too). When the weekday is given
    it must be that day's, else the date is left out (a typo or an older page: either way
    the year is unknown). Only after publication or update words, so that a date in a
    headline or a sentence ("le 6 février") is not read as the page's own; without
    ``labelled``, every such date (:func:`dateline_without_year`: the caller checks that
    it opens a dateline).
    """
    if labelled and not _LABEL_GATE.search(text):
        return []
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    # A day ahead is allowed (a page of a zone ahead of the reader's, a clock set wrong):
    # "Publié le 2 décembre" read on 1 December is this year's, not last year's.
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    found: list[FoundDate] = []
    for pattern in (*_NO_YEAR_PATTERNS, _NO_YEAR_NUMERIC):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            updated, published = _labels(text, match.start())
            if labelled and not (updated or published):
                continue
            groups = match.groupdict()
            month = (MONTHS[groups["mon"].lower().rstrip(".")] if groups.get("mon")
                     else int(groups["m"] or 0))
            day = int(groups["d"])
            year = tomorrow.year - ((month, day) > (tomorrow.month, tomorrow.day))
            built = _build({**groups, "y": str(year)}, zone)
            if built is None and (month, day) == (2, 29):  # the last leap year's
                built = _build({**groups, "y": str(year - ((year % 4) or 4))}, zone)
            if built is None:
                continue
            value, has_time, given = built
            weekday = groups.get("wd")
            note = ""
            if weekday and WEEKDAYS[weekday.lower()] != value.weekday():
                # its own weekday may name one year among the few before (t-final66 F1)
                own = [(WEEKDAYS[weekday.lower()], month, day)]
                years = agreeing_years(month, day, value.year, own)
                if not years:
                    continue
                value = value.replace(year=years[0])
                note = year_note(years[0], own, years)
            found.append(FoundDate(value, match.start(), match.end(), updated, has_time,
                                   given, published, year_inferred=True, weekday_note=note))
            taken.append((match.start(), match.end()))
    return found


#: How far into a text its weekdays are read to choose a dateline's year (:func:`weekday_days`).
WEEKDAY_DAYS_CHARS = 6000


def weekday_days(text: str) -> list[tuple[int, int, int]]:
    """The weekdays written with a day and a month but no year in the first
    :data:`WEEKDAY_DAYS_CHARS` characters of ``text`` ("giovedì 1 dicembre", "Monday,
    Sept. 11", "am Donnerstag, 4. Mai", "sexta-feira, 21 de outubro"), in order, as
    (weekday, Monday = 0; month; day): what
    :func:`veille.extract.weekday_year.agreeing_year` reads to choose the year of a
    dateline that prints none (t-final66 F1)."""
    head = ascii_digits(text[:WEEKDAY_DAYS_CHARS])
    found: list[tuple[int, int, int, int]] = []
    for pattern in _NO_YEAR_PATTERNS:
        for match in pattern.finditer(head):
            groups = match.groupdict()
            weekday, day = groups.get("wd"), int(groups["d"])
            month = MONTHS.get((groups.get("mon") or "").lower().rstrip("."))
            if weekday and month and 1 <= day <= 31:
                found.append((match.start(), WEEKDAYS[weekday.lower()], month, day))
    return [(w, m, d) for _, w, m, d in sorted(set(found))]


def dateline_without_year(text: str, *, zone: tzinfo, now: datetime) -> list[FoundDate]:
    """The dates of ``text`` giving a day and a month but no year, with or without a
    label ("4 mar", "4. März", "March 4", "4 مارس", "19/10"), in order, each in the
    most recent year that puts it on or before the day after ``now``'s in ``zone``
    (``year_inferred``; :func:`_without_year`'s rule). For the caller that has checked the
    date opens an agency's dateline ("МОСКВА, 4 мар — РИА Новости", "PARIS, 4 mars (AFP)
    -": :func:`veille.extract.datelines.opening_dateline`), where a dispatch of the day
    prints no year (AFP's *Manuel de l'agence*, EFE's, RIA Novosti's house styles)."""
    head = ascii_digits(text[:2000])
    found = _without_year(head, [], zone, now, labelled=False)
    return sorted(found, key=lambda f: f.start)


def find_dates(text: str, *, default_zone: tzinfo = UTC,
               now: datetime | None = None,
               year_reference: datetime | None = None) -> list[FoundDate]:
    """Every date in ``text``, in order. A bare clock time after a date ("mis à jour à
    15h30") is read as that day's time (:func:`_clock_after`). With ``now`` (the fetch
    time), relative dates ("il y a 2 heures", "hier à 18h30") are resolved too
    (:func:`find_relative`), and so are datelines without a year (:func:`_without_year`).

    A relative dateline is relative to the moment the page was written, which is at most
    ``now``: a page served from a cache or saved to a file was written earlier. When its
    bare update time cannot be placed on the fetch's day ("Publié hier à 18h30, modifié
    à 07h12" read at 03h40: 07h12 has not come yet, and the day before's 07h12 precedes
    the publication), the page was written no later than the last such time before the
    fetch, and the whole dateline is read from then (published the day before yesterday
    at 18h30, updated yesterday at 07h12): the one reading in which every part of the
    dateline is in the past and the update follows the publication.

    ``year_reference`` (default ``now``) gives a year to datelines without one: the day a
    page's masthead prints, when it prints one, is a better reference than a file's time."""
    found, unplaced = _find_dates(text, default_zone, now, year_reference)
    if unplaced is not None:
        reread, again = _find_dates(text, default_zone, unplaced, year_reference)
        if again is None and any(f.updated for f in reread):
            return reread
    return found


def _find_dates(text: str, default_zone: tzinfo, now: datetime | None,
                year_reference: datetime | None = None
                ) -> tuple[list[FoundDate], datetime | None]:
    """:func:`find_dates`'s reading at reference ``now``, with the last moment at or
    before ``now`` showing a bare update time that could not be placed after a relative
    publication (None when every such time was placed)."""
    unplaced: datetime | None = None
    text = text[:2000]
    text = ascii_digits(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    if now is not None:
        found = find_relative(text, now=now, zone=default_zone)
        taken = [(f.start, f.end) for f in found]
    month_first = (getattr(default_zone, "key", "") in MONTH_FIRST_ZONES
                   and not _DAY_FIRST_LABEL.search(text))
    for pattern in (_ISO_ZONE_CLOCK, *_PATTERNS):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            if groups.get("azone"):
                groups = {**groups, "zone": groups["azone"]}
            if pattern is _PATTERNS[1] and _swap_day_month(groups, month_first):
                groups = {**groups, "d": groups["m"], "m": groups["d"]}
            built = _build(groups, default_zone)
            if built is None:
                continue
            value, has_time, given = built
            updated, published = _labels(text, match.start())
            found.append(FoundDate(value, match.start(), match.end(), updated, has_time,
                                   given, published, zone_unread=_unread(groups, given)))
            taken.append((match.start(), match.end()))
    _time_first(text, found, taken, default_zone, month_first)
    if now is not None:
        found.extend(_without_year(text, taken, default_zone, year_reference or now))
    if "/" in text or "." in text or "-" in text or "·" in text:
        found.extend(_short_year(text, taken, default_zone, month_first))
    found.sort(key=lambda f: f.start)
    if found:
        for match in _clock_matches(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            updated, published = _labels(text, match.start())
            anchor = [f for f in found if f.end <= match.start() and not f.relative]
            if not anchor:
                if updated and now is not None:
                    today = _update_today(match, found, default_zone, now)
                    found.extend(today)
                    if not today and any(f.relative and f.end <= match.start()
                                         for f in found):
                        unplaced = _last_clock(match, default_zone, now)
                continue
            placed = _clock_after(match, anchor[-1], updated, default_zone, now)
            if placed is not None:
                found.append(FoundDate(placed[0], match.start(), match.end(), updated, True,
                                       placed[1], published))
        found.sort(key=lambda f: f.start)
    return found, unplaced


def _time_first(text: str, found: list[FoundDate], taken: list[tuple[int, int]],
                zone: tzinfo, month_first: bool) -> None:
    """Add to ``found`` the dates printed after their clock time (:data:`_TIME_FIRST`), in
    place of the same dates found without it. A match overlapping a date that has a time
    of its own, or one starting before it ("3 mars 2026 à 10:00, 4 mars 2026": 10:00 is the
    first date's), is left out."""
    if not any(not f.has_time and not f.relative for f in found) or not _CLOCK_GATE.search(text):
        return  # every date has its time, or no clock time is printed
    for pattern in _TIME_FIRST:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups["mm"] is None and groups["ampm"] is None and groups["hmark"] is None:
                continue  # a bare number before a date is no time
            span = (match.start(), match.end())
            over = [f for f in found if f.start < span[1] and span[0] < f.end]
            spans = [(s, e) for s, e in taken if s < span[1] and span[0] < e]
            if (len(spans) != len(over) or
                    any(f.has_time or f.relative or f.start < span[0] for f in over)):
                continue
            if pattern is _TIME_FIRST[0] and _swap_day_month(groups, month_first):
                groups = {**groups, "d": groups["m"], "m": groups["d"]}
            groups = {**groups, "zone": groups.get("zone") or groups.get("lzone")}
            built = _build(groups, zone)
            if built is None:
                continue
            for old in over:
                found.remove(old)
                taken.remove((old.start, old.end))
            updated, published = _labels(text, span[0])
            found.append(FoundDate(built[0], span[0], span[1], updated, True, built[2],
                                   published, zone_unread=_unread(groups, built[2])))
            taken.append(span)


def _clock_matches(text: str) -> list[re.Match[str]]:
    """Bare clock times in ``text``, in order: after "à"/"at" (:data:`_TIME_ONLY`), or
    right after an update word (:data:`_LABELLED_TIME`)."""
    matches = list(_TIME_ONLY.finditer(text))
    for match in _LABELLED_TIME.finditer(text):
        if (_labels(text, match.start())[0]
                and not any(m.start() <= match.start() < m.end() for m in matches)):
            matches.append(match)
    return sorted(matches, key=lambda m: m.start())


def _clock_at(match: re.Match[str], day: datetime, zone: tzinfo) -> tuple[datetime, bool] | None:
    """The clock time of ``match`` on ``day``'s date, with whether its zone is given."""
    groups = {"y": str(day.year), "m": str(day.month), "d": str(day.day),
              **match.groupdict()}
    built = _build(groups, zone)
    return None if built is None else (built[0], built[2])


def _last_clock(match: re.Match[str], zone: tzinfo, now: datetime) -> datetime | None:
    """The last moment at or before ``now`` (on the calendar of ``zone``) when the clock
    showed ``match``'s time: today's, or yesterday's if today's has not come yet."""
    local = (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(zone)
    for day in (local, local - timedelta(days=1)):
        at = _clock_at(match, day, zone)
        if at is not None and at[0] <= local:
            return at[0]
    return None


def _clock_after(match: re.Match[str], base: FoundDate, updated: bool, zone: tzinfo,
                 now: datetime | None) -> tuple[datetime, bool] | None:
    """A bare clock time after a dated one: that date's time ("le 12 mars 2026, à 15h30").
    An update comes after the date it follows, so when that reading precedes it ("Publié
    le 29 novembre 2026 à 18h30, modifié à 07h12"), the update is the last such time at
    or before ``now`` (the fetch) and after the date, as the site omits the day of an
    update made today; without ``now``, the first such time after the date (the next
    day's). None when no such time fits (an update cannot precede its publication)."""
    same_day = _clock_at(match, base.value, base.value.tzinfo or zone)
    if same_day is None or not updated or same_day[0] >= base.value:
        return same_day
    if now is None:
        return _clock_at(match, base.value + timedelta(days=1), base.value.tzinfo or zone)
    last = _last_clock(match, base.value.tzinfo or zone, now)
    return (last, same_day[1]) if last is not None and last >= base.value else None


def _short_year(text: str, taken: list[tuple[int, int]], zone: tzinfo,
                month_first: bool) -> list[FoundDate]:
    """Dates written day/month/two-digit year (:data:`_SHORT_YEAR`) after publication or
    update words, or after a bare "le" opening the text; the year is 2000 + yy. The
    fetch-time bound of the callers refuses one in the future, as for any date."""
    found: list[FoundDate] = []
    for match in _SHORT_YEAR.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        updated, published = _labels(text, match.start())
        before = text[max(0, match.start() - 120):match.start()]
        # after a place, only a dateline's date: its time, or nothing, follows it
        placed = _PLACE_START.match(text[:match.start()]) is not None and (
            match.group("hh") is not None or not text[match.end():].strip(" |·•,–—-"))
        if not (updated or published or _BLOCK_START_LE.match(text[:match.start()])
                or placed or _BYLINE_BEFORE.search(before)):
            continue
        groups = {**match.groupdict(), "y": "20" + match.group("y")}
        swapped = _swap_day_month(groups, month_first)
        if swapped:
            groups = {**groups, "d": groups["m"], "m": groups["d"]}
        built = _build(groups, zone)
        if built is None:
            continue
        value, has_time, given = built
        found.append(FoundDate(value, match.start(), match.end(), updated, has_time, given,
                               published, order=_order_said(match.groupdict(), swapped,
                                                            month_first)))
        taken.append((match.start(), match.end()))
    return found


def _update_today(match: re.Match[str], found: list[FoundDate], zone: tzinfo,
                  now: datetime) -> list[FoundDate]:
    """A bare update time after a relative publication ("Publié hier à 18h30, modifié à
    07h12", Le Monde's dateline): the update is on the reference day, the day the page
    was read, when that time has passed; else on the publication's day. Nothing when no
    relative date comes before it."""
    relative = [f for f in found if f.end <= match.start() and f.relative]
    if not relative:
        return []
    local = (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(zone)
    for day in (local, relative[-1].value):
        at = _clock_at(match, day, zone)
        if at is not None and relative[-1].value <= at[0] <= local:
            return [FoundDate(at[0], match.start(), match.end(), True, True, at[1], False,
                              True)]
    return []


def published_and_updated(
    text: str, *, default_zone: tzinfo = UTC, now: datetime | None = None
) -> tuple[datetime | None, datetime | None]:
    """The first date not marked as an update is the publication; the last update wins.
    ``now`` resolves relative dates (see :func:`find_dates`)."""
    dates = find_dates(text, default_zone=default_zone, now=now)
    published = next((d.value for d in dates if not d.updated), None)
    updates = [d.value for d in dates if d.updated]
    return published, (updates[-1] if updates else None)


def publication(text: str, *, default_zone: tzinfo = UTC) -> FoundDate | None:
    """The date :func:`published_and_updated` reads as the publication, with whether the
    text gives its time (``has_time``: ``2026-11-20`` and "12 mars 2024" do not)."""
    return next((d for d in find_dates(text, default_zone=default_zone) if not d.updated),
                None)


_ISO_DAY = lazy_compile(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*")


def day_only(text: str) -> bool:
    """True when ``text`` is an ISO 8601 date without a time (``2026-11-20``): a news
    sitemap's ``publication_date``, a ``<time datetime>``, a JSON-LD ``datePublished``."""
    return bool(_ISO_DAY.fullmatch(text))


def date_coverage(text: str) -> float:
    """Share of the text's characters covered by dates: high for a dateline, low for prose."""
    if not text or not _may_hold_date(text):
        return 0.0
    # only the extent matters: a named day's time after the reference ("heute, 23:58 Uhr"
    # against noon) is a date all the same, as the probe reads it (r-pubdates36: such a
    # line was no dateline, so the probe never saw it and the page was undated, unsaid)
    token = _PROBING.set(True)
    try:
        covered = sum(d.end - d.start for d in find_dates(text, now=_COVERAGE_REFERENCE))
    finally:
        _PROBING.reset(token)
    return covered / len(text)


_YEAR = lazy_compile(r"(?:19|20)\d{2}")


def _may_hold_date(text: str) -> bool:
    """A necessary condition for :func:`find_dates` (with a reference time) to find a date:
    every absolute pattern needs a year, every relative one a word of
    :data:`_RELATIVE_WORDS`, and a lone clock time counts only after a date."""
    if _YEAR.search(ascii_digits(text[:2000])):
        return True
    lowered = text[:2000].lower()
    digits = ascii_digits(text[:2000])
    if bool(_RELATIVE_WORD.search(lowered)) or bool(
            _LABEL_GATE.search(lowered) and (_NO_YEAR_NUMERIC.search(digits)
                                             or _SHORT_YEAR.search(digits))):
        return True
    # a dateline's place, then the date (h-capture62), or the date opening the line
    # ("24·11·26 | 13:05", Prensa Ibérica's date under the byline: t-final64), which
    # :func:`_short_year` reads after a bare "le" or nothing (:data:`_BLOCK_START_LE`)
    short = _SHORT_YEAR.search(digits)
    return short is not None and bool(_PLACE_START.match(digits[:short.start()])
                                      or _BLOCK_START_LE.match(digits[:short.start()]))


#: Any fixed time serves to find relative dates when only their extent matters.
_COVERAGE_REFERENCE = datetime(2000, 1, 1, 12, tzinfo=UTC)
#: A date with its own offset may run this far ahead of the fetch: clocks drift by
#: seconds, and CMSs stamp a scheduled article with its planned minute; ten minutes covers
#: both with margin while a story "from the future" (an event's date) is hours or years off.
CLOCK_SKEW = timedelta(minutes=10)
#: A date whose zone was assumed may be wrong by the distance between that zone and the
#: page's real one, at most 14 hours (UTC+14 against UTC).
ASSUMED_ZONE_SKEW = timedelta(hours=14)


_CAPTURED_BY: ContextVar[datetime | None] = ContextVar("veille_captured_by", default=None)
_PROBING: ContextVar[bool] = ContextVar("veille_relative_probe", default=False)


@contextmanager
def probing_relative() -> Iterator[None]:
    """Within the block, a named day's time not yet come at the reference time ("Publié
    aujourd'hui à 12h04" read at 08:00) is kept, a day earlier, rather than left out
    (:func:`find_relative`):
    the extraction stage's probe (``ExtractStage._relative_update_unknown``) asks only
    whether the page's dates move with the reference, and such a dateline does (t-final34
    #7: it was then left out, and the page undated with nothing said)."""
    token = _PROBING.set(True)
    try:
        yield
    finally:
        _PROBING.reset(token)


@contextmanager
def captured_by(when: datetime | None) -> Iterator[None]:
    """Within the block, the fetch-time bound (:func:`fetch_bound`) is at least ``when``
    (aware; ``None`` changes nothing): the latest time the capture being extracted can date
    from, when that is later than the ``fetched_at`` the extractors read relative dates
    against. A page saved to a file is dated by the file's modification time (its "hier"
    counts from it, newuser9 R14), but that time is no bound: a copy (``cp -p``,
    ``rsync -t``), an archive unpacked or a ``touch`` sets it before the page's own
    publication, while veille read the file now (t-final30 F2). The extraction stage
    sets it (:func:`veille.record.capture_bound`); a context variable, so that every
    extractor's bound, however deep, is the same without threading a second time
    through each of them."""
    token = _CAPTURED_BY.set(when)
    try:
        yield
    finally:
        _CAPTURED_BY.reset(token)


def fetch_bound(fetched_at: datetime) -> datetime:
    """The time no publication date of the capture may follow: ``fetched_at`` (made aware,
    UTC when naive), or the later time :func:`captured_by` set for the extraction."""
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    later = _CAPTURED_BY.get()
    return later if later is not None and later > fetched_at else fetched_at


def after_fetch(value: datetime, fetched_at: datetime, *, zone_given: bool = True) -> bool:
    """True when ``value`` lies after the fetch time (:func:`fetch_bound` of ``fetched_at``)
    by more than the clock skew allowed (:data:`CLOCK_SKEW`, plus
    :data:`ASSUMED_ZONE_SKEW` when the date's zone was assumed): such a date cannot be the
    publication date of the page fetched."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    margin = CLOCK_SKEW + (timedelta(0) if zone_given else ASSUMED_ZONE_SKEW)
    return value > fetch_bound(fetched_at) + margin


def before_fetch(value: datetime | None, fetched_at: datetime | None, *, where: str,
                 evidence: dict[str, str], zone_given: bool = True) -> datetime | None:
    """``value``, or None when it lies after the fetch time (:func:`after_fetch`): the
    bound HTML dates get (docs/html-extraction.md, "The fetch-time bound") applied to a
    date an input states as a field (a JSON record's ``published``, a wire item's
    ``firstcreated``). A refused value is kept in ``evidence["dates_rejected"]`` with
    ``where`` it came from, in the words the HTML extractor uses, so it is flagged, not
    lost. A year-ahead date is a CMS's scheduled time or a typo, never the publication
    of the document in hand (newuser4 N18, N38)."""
    if value is None or fetched_at is None or not after_fetch(value, fetched_at,
                                                              zone_given=zone_given):
        return value
    line = (f"{value.isoformat()} ({where}): after the fetch time "
            f"{fetch_bound(fetched_at).isoformat()}")
    earlier = evidence.get("dates_rejected")
    evidence["dates_rejected"] = f"{earlier}; {line}" if earlier else line
    return None


#: Unix times read as dates: from 1990-01-01 to 2100-01-01 (seconds). A number outside,
#: in seconds or in milliseconds, is no publication time (a count, an id).
UNIX_RANGE = (631_152_000, 4_102_444_800)


def unix_time(value: object) -> datetime | None:
    """A Unix time (seconds, or milliseconds as JavaScript and Java write them) given as a
    JSON number or a string of digits, as a UTC datetime; None when ``value`` is no number
    or lies outside :data:`UNIX_RANGE` in either unit (POSIX.1-2017, "Seconds Since the
    Epoch")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{9,13}(?:\.\d+)?\s*", value):
        value = float(value)
    if not isinstance(value, int | float) or value != value:  # NaN
        return None
    low, high = UNIX_RANGE
    for seconds in (value, value / 1000):
        if low <= seconds < high:
            return datetime.fromtimestamp(seconds, tz=UTC)
    return None


_URL_DATE = lazy_compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


def url_day(url: str, zone: tzinfo) -> datetime | None:
    """The day a URL's path prints as ``/yyyy/mm/dd/`` (``/2026/02/11/slug``), midnight
    of it in ``zone`` (aware; a day-precision date: docs/record.md, ``published_precision``),
    or None when the path prints none or an impossible day (``/2026/02/30/``). Read by
    HTML pages (veille.extract.html.dating) and text captures whose address line is the
    only date they give (t-final63 #7)."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)),
                        tzinfo=zone)
    except ValueError:
        return None
