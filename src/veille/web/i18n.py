"""The UI's two languages: every string comes from ``locales/{fr,en}.json``.

A message is a string with ``{named}`` fields, or, for a count, a mapping from the CLDR
plural categories of the language (``one``, ``other``, ...) to strings, picked with
``t.plural(key, n)`` by Babel's plural rules (so French says "1 source", "2 sources" and
"0 source", never "source(s)"). Dates and numbers are formatted by Babel for the language.

The language is picked per request: ``?lang=`` (which also sets a cookie, so the choice sticks),
then the cookie, then ``Accept-Language``, then the ``default_language`` setting. Keeping the
strings in JSON rather than in templates lets a test check that both files have the same keys,
and lets a translator work without touching markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from veille.bidi import isolated
from veille.enrich.date_month_parts import MONTH_PARTS
from veille.enrich.english_names import language_names, shown_name
from veille.lazy_re import lazy_compile

Day = date
"""A calendar day (``datetime.date``, named apart from :meth:`Translator.date`)."""
SUPPORTED = ("fr", "en")
COOKIE = "lang"
DISPLAY_TZ = ZoneInfo("Europe/Paris")
"""Times are shown in French time: the index keeps UTC, and most sources are French."""
LOCALES_DIR = Path(__file__).parent / "locales"


#: The languages whose weekday names :func:`said_weekday` looks for (CLDR's wide names, in
#: their format and stand-alone forms, by Babel): those veille reads dates in.
WEEKDAY_LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl", "ru", "uk", "tr", "ar")


@cache
def _weekday_names() -> re.Pattern[str]:
    names = {str(name).casefold() for lang in WEEKDAY_LANGUAGES
             for context in ("format", "stand-alone")
             for name in Locale.parse(lang).days[context]["wide"].values()}
    # longest first: "mercoledì" before a shorter name it holds
    return re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)", re.I)


def said_weekday(text: str) -> str:
    """The weekday name ``text`` writes ("lundi" in "lundi 12 février", "Montag" in
    "Montag, 18. März"), as written; "" when it names none of :data:`WEEKDAY_LANGUAGES`'s
    (a Russian accusative, "в среду", is not CLDR's nominative)."""
    found = _weekday_names().search(text)
    return found.group(0) if found else ""


@dataclass(frozen=True, slots=True)
class Translator:
    """The strings of one language, looked up by key and formatted with named fields."""

    lang: str
    strings: dict[str, str | dict[str, str]]
    messages: dict[str, str] = field(default_factory=dict)
    """English message templates (the msgid, as the code writes them) -> this language."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Entity and place ids -> their name in this language, where the shipped data has one
    (:func:`veille.enrich.english_names.language_names`)."""
    romanised: Mapping[str, str] = field(default_factory=dict)
    """Place ids -> their name in Latin letters, shown for a name in another script that
    :attr:`names` lacks (:func:`veille.enrich.english_names.shown_name`)."""
    locale: Locale = field(init=False)
    _patterns: list[tuple[re.Pattern[str], str]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "locale", Locale.parse(self.lang))
        object.__setattr__(self, "_patterns", [(_template_re(k), v)
                                               for k, v in self.messages.items()])

    def message(self, text: str) -> str:
        """A message the code wrote in English (an error, a hint, a query warning) in this
        language; as is when no template of the catalogue matches (English, or unknown).
        A message made of several joined by "; " (the problems of one invalid request, as
        :func:`veille.web.problems._describe` lists them) is translated part by part, each
        part the longest run of pieces a template matches (a message may hold "; " itself,
        as a query's "not a date (...); nothing matches it")."""
        whole = self._one(text)
        if whole is not None or "; " not in text:
            return text if whole is None else whole
        pieces = text.split("; ")[:64]
        out: list[str] = []
        translated = False
        start = 0
        while start < len(pieces):
            for end in range(len(pieces), start, -1):
                found = self._one("; ".join(pieces[start:end]))
                if found is not None:
                    out.append(found)
                    translated, start = True, end
                    break
            else:
                out.append(pieces[start])
                start += 1
        if not translated:
            return text
        return (" ; " if self.lang == "fr" else "; ").join(out)

    def _one(self, text: str) -> str | None:
        """``text`` translated by the first template that matches it whole, else None. A
        field that is itself a message of the catalogue is translated too (a query
        warning inside a saved-search refusal, the reason inside "unusable URL ...")."""
        for pattern, translation in self._patterns:
            found = pattern.fullmatch(text)
            if found:
                fields = {k: self._field(k, v) for k, v in found.groupdict().items()}
                return translation.format(**fields)
        return None

    def _field(self, name: str, value: str) -> str:
        """A field of a matched template in this language: ``all_...`` a list of messages,
        ``or_...`` alternatives the code joined with " or " (:meth:`alternatives`), any
        other a message of the catalogue or the value as is."""
        if name.startswith("all_"):
            return self.message(value)
        if name.startswith("or_"):
            return self.alternatives(value)
        return self._one(value) or value

    def problem(self, text: str, *origins: str) -> str:
        """A one-line problem the code wrote in English (``origin: message (hint)``, as
        :meth:`veille.errors.ItemProblem.one_line` says it; a source's last error) in this
        language: the origin, when it is one of ``origins`` (a URL, a source's name), kept
        as written; the message and its hint (the last balanced parenthesis) translated
        each by the catalogue (:meth:`message`), whichever it holds (t-final25 S13: the
        French /manage/sources showed the collector's errors in English)."""
        for origin in origins:
            if origin and text.startswith(f"{origin}: "):
                return self("problem_at", origin=origin,
                            message=self.problem(text[len(origin) + 2:]))
        start = _last_group(text)
        if start > 0:  # the hint first: a message's field must not swallow it
            message = self.message(text[:start - 1])
            if message != text[:start - 1]:
                return f"{message} ({self.message(text[start + 1:-1])})"
        return self.message(text)

    def alternatives(self, text: str) -> str:
        """Alternatives the code wrote joined by " or " (``entity:"Barack Obama" or
        entity:Bamako``, query clauses a "did you mean" offers) joined by this language's
        word (``alternatives_separator``: "ou"), never the English "or" in a French
        sentence (t-reader20 R10). An " or " inside a double-quoted value (``"Bob or
        Alice"``, backslash escapes kept) is part of it. The word is repeated rather than
        a comma list (Babel's ``format_list``): a comma glued to a clause would be copied
        with it into a query."""
        parts = _split_or(text)
        return self("alternatives_separator").join(parts) if len(parts) > 1 else text

    def __call__(self, key: str, **fields: object) -> str:
        """The message ``key`` with its fields filled (a count's ``n`` picks the plural
        form when the message has several); the key itself when it is missing."""
        text = self.strings.get(key, key)
        if isinstance(text, dict):
            return self.plural(key, int(fields.pop("n", 0)), **fields)  # type: ignore[call-overload]
        return self._elide(text, fields).format(**self._numbers(fields)) if fields else text

    def _numbers(self, fields: Mapping[str, object]) -> dict[str, object]:
        """``fields`` with each number written the language's way ("10 000", "10,000"):
        a count given to a message is never shown bare (f-reader20 R14: "10000"); each
        text holding right-to-left letters isolated (FSI … PDI, :func:`veille.bidi.isolated`):
        an Arabic outlet's name in "publié d'abord par {outlet}, {date}" never reorders
        the sentence around it (t-final67 R3)."""
        return {k: self.number(v) if isinstance(v, int | float) and not isinstance(v, bool)
                else isolated(v) if isinstance(v, str) else v for k, v in fields.items()}

    def _elide(self, template: str, fields: Mapping[str, object]) -> str:
        """``template`` with French elision before the fields whose text starts with a
        vowel: "de {name}" reads "d'{name}" for "Isère", "que {name}" "qu'{name}"
        (t-reader19 R14: "Page de Isère"). Not before "h" (aspirated or not, a name cannot
        tell) nor a digit ("de 11"); other languages are left as they are."""
        if self.lang != "fr":
            return template

        def one(match: re.Match[str]) -> str:
            value = fields.get(match.group(2))
            if isinstance(value, str) and value[:1] in FRENCH_VOWELS:
                return f"{match.group(1)[:-1]}'{{{match.group(2)}}}"
            return match.group(0)

        return _ELIDABLE.sub(one, template)

    def plural(self, key: str, n: int, **fields: object) -> str:
        """The form of message ``key`` for the count ``n`` (CLDR plural rules, via Babel);
        ``{n}`` in it is the count formatted for the language."""
        return self._elide(self.form(key, n), fields).format(n=self.number(n),
                                                             **self._numbers(fields))

    def sentence(self, text: str) -> str:
        """:meth:`message` as a sentence of its own (a notice's line, an error page's
        paragraph): its first letter upper-case when it opens with a word ("le curseur n'a
        pas servi" reads "Le curseur n'a pas servi", t-reader22 R11); a message opening
        with a query clause or a name written otherwise (``source:"x"``, ``page=0``,
        "eBay") is left as it is."""
        found = self.message(text)
        head = found.split(" ", 1)[0]
        if head[:1].islower() and re.fullmatch(r"[^\W\d_]+(?:['’][^\W\d_]+)?", head) and \
                head[1:] == head[1:].lower():
            return found[0].upper() + found[1:]
        return found

    def coverage_counts(self, covered: Mapping[str, Any]) -> str:
        """The coverage of one event across languages, from
        :func:`veille.dedup.other_languages.coverage`: "8 sources dans 3 langues, dont 6
        avec un article propre ; 2 reprises" / "8 outlets in 3 languages, 6 with their own
        article; 2 reprints" (the reprints left out when there are none). The story page
        and ``veille stories`` say it (r-coverage60)."""
        text = self("coverage_across",
                    outlets=self.plural("coverage_outlets", int(covered["sources"])),
                    languages=self.plural("coverage_languages", len(covered["languages"])),
                    own=self.plural("coverage_own", int(covered["independent_sources"])))
        reprints = int(covered["reprints"])
        return f"{text}{self('list_semicolon')}{self.plural('story_reprints', reprints)}" \
            if reprints else text

    def other_language_counts(self, other: Mapping[str, Any]) -> str:
        """A linked story's own counts, from one item of
        :func:`veille.dedup.other_languages.linked_coverage`: "3 articles de 2 sources" /
        "3 articles from 2 outlets" ("3 articles" with one outlet or none). Its
        ``first_outlet`` is said apart (:meth:`other_language_first`): "Libération, 3
        articles" named the first outlet beside the story's count (t-final61)."""
        articles = self.plural("sources_articles", int(other["articles"]))
        sources = int(other.get("sources") or 0)
        return self("story_other_language_counts", articles=articles,
                    sources=self.plural("coverage_outlets", sources)) \
            if sources > 1 else articles

    def other_language_first(self, outlet: str, articles: int = 2) -> str:
        """"le premier publié par Libération" / "the first by Libération": who published
        a linked story's first article ('' when its outlet is unknown); "par Libération" /
        "by Libération" when it is the story's one article (``articles``): of two articles,
        one may be another outlet's or have no source (El País and an unsourced copy)."""
        if not outlet:
            return ""
        return self("story_other_language_first" if articles > 1 else
                    "story_other_language_by", outlet=outlet)

    def story_counts(self, sources: int, independent_sources: int, reprints: int,
                     teasers: int = 0, republications: int = 0, unsourced: int = 0,
                     articles: int = 0, unattributed: int = 0) -> str:
        """A story's counts in words that add up, each thing counted once: its
        ``articles``, with the copies among them ("3 articles, dont 1 reprise et 1
        extrait"), then its sources, split into those with an article of their own and those
        that only copy, when some do ("3 sources : 1 avec un article propre, 2 qui ne font
        que reprendre"), then the articles without a source. Before, "3 sources, dont 3
        indépendantes, 1 reprise" counted a source with an own article and a reprint twice
        (t-reader22 R5), and "3 sources : 1 avec un article propre, 2 qui ne font que
        reprendre ; en plus : 1 reprise, 1 extrait" read as five things where there were
        three articles (t-final22 F16): the copies are articles of the story, not more of
        them. ``articles`` not given (0): one for each source with its own article, plus
        the copies. A story with no source says its articles without one, alone ("1 article
        sans source"). ``unattributed``: copies whose outlet or whose original's outlet is
        unknown ("1 copie dont la source est inconnue" / "1 copy whose outlet is unknown",
        h-copies66: they were "reprises"), counted with the copies, none of them a reprint.
        The page, the stories list and ``veille stories`` say it."""
        total = articles or min(independent_sources, sources) + reprints + teasers \
            + republications + unattributed
        copies = [self.plural(key, n) for key, n in (
            ("story_reprints", reprints), ("story_teasers", teasers),
            ("story_republications", republications),
            ("story_unattributed_copies", unattributed)) if n]
        if not sources:
            # no source at all (a capture's story): its articles are the ones without a
            # source, said once (t-final24 S9: "0 sources, each with its own article · 1
            # article without a source")
            counted = self.plural("story_unsourced", unsourced or total)
            return self("story_articles_copies", articles=counted,
                        copies=format_list(copies, locale=self.locale)) if copies else counted
        own = min(independent_sources, sources)
        if own == sources:
            text = self.plural("story_sources_all_own", sources)
        else:
            text = self("story_sources_split", sources=self.plural("story_sources", sources),
                        own=self.plural("story_own_sources", own),
                        copying=self.plural("story_copying_sources", sources - own))
        counted = self.plural("sources_articles", total)
        if copies:
            counted = self("story_articles_copies", articles=counted,
                           copies=format_list(copies, locale=self.locale))
        text = self("story_articles_sources", articles=counted, sources=text)
        if unsourced:
            text += " · " + self.plural("story_unsourced", unsourced)
        return text

    def form(self, key: str, n: int) -> str:
        """The raw plural form of ``key`` for ``n``, ``{n}`` unfilled (for scripts)."""
        forms = self.strings.get(key, key)
        if isinstance(forms, str):
            return forms
        return forms.get(self.locale.plural_form(n)) or forms["other"]

    def ngettext(self, key: str, n: int, **fields: object) -> str:
        """gettext's name for :meth:`plural`."""
        return self.plural(key, n, **fields)

    def territory(self, code: str) -> str:
        """The name of the country or territory ``code`` (ISO 3166) in this language, from
        CLDR through Babel ("ES" → "Espagne" / "Spain"); the code when CLDR has none."""
        name = self.locale.territories.get(code.upper()) if code else None
        return str(name) if name else code

    def name(self, entity_id: str | None, name: str) -> str:
        """An entity's or place's stored ``name`` as this language writes it: "Germany" for
        ``Q183`` "Allemagne" in English, "Moscou" for ``Q649`` stored as "Москва" in French
        (t-final58 #17), a name in another script in Latin letters where the data has no
        name in the language; ``name`` itself when the data has no other. Only what is
        shown changes: ids, links and filters keep the stored name (f-reader20 R14)."""
        return shown_name(entity_id, name, self.names, self.romanised)

    def series_max(self, name: str, value: str) -> str:
        """A chart series' name and highest value, written: "articles : max 1" (French
        spacing before the colon), "articles: max 1"."""
        return self("chart_series_max", name=name, value=value)

    def number(self, value: float) -> str:
        """A number written the language's way (``1 234,5`` in French)."""
        return format_decimal(value, locale=self.locale)

    def percent(self, share: float) -> str:
        """A share (0.5) as a percentage to one decimal, the language's way: ``50,0 %`` in
        French, ``50.0%`` in English (CLDR through Babel; newuser11 U11)."""
        pattern = self.locale.percent_formats[None].pattern.replace("0", "0.0", 1)
        return format_percent(share, pattern, locale=self.locale)

    @staticmethod
    def iso(value: datetime, precision: str = "time") -> str:
        """``value`` for a ``<time datetime>`` attribute: the day alone (``2026-11-20``)
        when ``precision`` is ``"day"``, else the full ISO 8601 time."""
        return value.date().isoformat() if precision == "day" else value.isoformat()

    def date(self, value: datetime | None, precision: str = "time", *,
             zone: bool = True) -> str:
        """A date and time in this language's medium format, in French time with its
        offset ("7 déc. 2026 02:15 (UTC+1)"; "" when unknown): every time the UI shows
        names its zone (t-final62: /manage/sources said "Last poll Dec 6, 2026 10:57 PM"
        with none). ``zone=False``: without it, for a caller that says the zone its own
        way (an e-mail's "heure de Paris"). The date alone when ``precision`` is ``"day"``
        (the source gives no time: showing "00:00" would be false), the day the source
        gives, in no other zone."""
        if value is None:
            return ""
        if precision == "day":
            return self.calendar_day(value.date())
        local = value.astimezone(DISPLAY_TZ)
        shown = (f"{self.calendar_day(local.date())} "
                 f"{format_time(local, 'short', tzinfo=DISPLAY_TZ, locale=self.locale)}")
        return f"{shown} {self.zone_of(value)}" if zone else shown

    def zone_of(self, value: datetime) -> str:
        """The zone :meth:`date` shows ``value`` in, as the pages label a time's zone
        ("(UTC+1)" in Paris's winter, "(UTC+2)" in its summer): after a time veille keeps
        itself (first seen), on a page whose other times say their zone (t-final25 S11)."""
        return f"({zone_label(value.astimezone(DISPLAY_TZ).utcoffset() or timedelta(0))})"

    def day(self, value: str) -> str:
        """A calendar day written ISO (``2026-12-01``, a day facet's value) in this
        language's medium format ("1 déc. 2026", "Dec 1, 2026"); as is when it is no
        such day (t-reader19 R14: the day facet read ISO in both languages)."""
        try:
            return self.calendar_day(date.fromisoformat(value))
        except ValueError:
            return value

    def when(self, value: str, precision: str = "time") -> str:
        """A time an API field writes in ISO 8601 (``2026-11-30T08:00:00+00:00``; a day
        alone, ``2026-11-30``, is a day) as :meth:`published` shows it in this language:
        "30 nov. 2026 09:00", "Nov 30, 2026, 9:00 AM"; ``"seen"`` as :meth:`date` does. A
        time with no offset is UTC (the store's clock). As is when it is no ISO time
        (f-reader20 R14: the entity page's dates and tooltips read ISO)."""
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return value
        if len(value) <= 10:
            precision = "day"
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return self.published(parsed, precision)

    def period(self, value: str) -> str:
        """A period of a timeline or of the attention table as :func:`veille.monitor.
        attention.period_of` writes it (``2026-11-30``, ``2026-W48``, ``2026-11``,
        ``2026``) in this language: "30 nov. 2026", "sem. 48 2026", "nov. 2026", "2026";
        as is when it is none of these."""
        week = _WEEK.fullmatch(value)
        if week:
            return self("period_week", week=str(int(week.group(2))), year=week.group(1))
        try:
            if len(value) == 7:
                month = date.fromisoformat(f"{value}-01")
                return str(format_skeleton("yMMM", month, locale=self.locale))
            return self.day(value) if len(value) == 10 else value
        except ValueError:
            return value

    def language_name(self, code: str) -> str:
        """A language tag's name in this language ("fr" → "français" / "French", "ar" →
        "arabe" / "Arabic", from Babel's CLDR data), the tag itself when CLDR does not
        know it (newuser15a W23: bare codes a reader had to decode)."""
        try:
            name = Locale.parse(code.replace("-", "_")).get_display_name(self.locale)
        except (UnknownLocaleError, ValueError, TypeError):
            return code
        return str(name) if name else code

    def calendar_day(self, day: Day, width: str = "medium") -> str:
        """A calendar day in this language's ``width`` format (Babel, CLDR): "1er déc. 2026",
        "11 déc. 2026", "Dec 1, 2026"; in ``"full"``, "mardi 1er décembre 2026". French
        writes the first day of a month as the ordinal "1er" (Lexique des règles
        typographiques en usage à l'Imprimerie nationale; Académie française), which
        CLDR's French patterns, plain numbers, do not (t-final29 U8: "mardi 1 décembre")."""
        text = str(format_date(day, width, locale=self.locale))
        return first_of_month(text) if self.lang == "fr" and day.day == 1 else text

    def weekday_note(self, value: str, texts: list[str] | tuple[str, ...]) -> str:
        """The note beside a mentioned day whose written weekday is not its own
        (``weekday_ok`` false: "lundi 12 février" when 12 February 2026 is a Thursday): "le
        texte dit lundi ; le 12 février 2026 est un jeudi" / "the text says lundi; February
        12, 2026 is a Thursday" (t-final59 #4c: only the JSON said it). ``value`` is the day
        (ISO 8601), ``texts`` the wordings read for it; the weekday written is the first of
        :func:`said_weekday`'s, in the text's words, left out when none is found. "" when
        ``value`` is no day."""
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return ""
        said = next((w for w in map(said_weekday, texts) if w), "")
        return self("date_weekday_said" if said else "date_weekday_real", said=said,
                    day=self.calendar_day(day, "long"),
                    weekday=str(format_date(day, "EEEE", locale=self.locale)))

    def mentioned(self, value: str, granularity: str, unit: str = "", part: str = "") -> str:
        """A date mentioned in an article (``value`` its first day, ISO 8601;
        ``granularity`` as :data:`veille.enrich.dates.GRANULARITIES`) in this language, as
        precise as the text is: "jeudi 26 novembre 2026" for a day, "février 2023" for a
        month (never its first day, which the text does not name: newuser15a W9), "T2 2026"
        for a quarter, "2023" for a year, each of the two days of ``either`` as a day,
        "semaine du 16 novembre 2026" / "week of November 16, 2026" for a week (and a
        weekend), "été 2026" / "hiver 2026-2027" for a season, "vers 2006" / "around
        November 29, 2026" for a vague count ("il y a une vingtaine d'années", "a few days
        ago": as precise as its ``unit``, the granularity of the count's unit: "vers le 1er
        décembre 2026" for days even on a month's 1st, t-final50b A8, with the article a
        French day takes, r-dates51; a record enriched
        before ``unit`` was stored: a year on 1 January, a month on its 1st, else the day):
        never a lone day, which a week read as (t-final29 U8: "il y a deux semaines" shown
        "16 nov. 2026 (semaine)"); a month's ``part`` (``start``, ``mid``, ``end``:
        :mod:`veille.enrich.date_month_parts`) as the text says it, "fin février 2026" /
        "late February 2026", never the part's first day (t-final52b B3).
        ``value`` itself when it is no ISO date."""
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return value
        if granularity in ("day", "either"):  # "either": one of two days, each shown whole
            return self.calendar_day(day, "full")
        if granularity == "month":
            month = str(format_skeleton("yMMMM", day, locale=self.locale))
            return self(f"mentioned_month_{part}", month=month) if part in MONTH_PARTS \
                else month
        if granularity == "quarter":
            return str(format_skeleton("yQQQ", day, locale=self.locale))
        if granularity == "year":
            return str(day.year)
        if granularity in ("week", "weekend"):
            return self(f"mentioned_{granularity}", day=self.calendar_day(day, "long"))
        if granularity == "vague":  # "il y a quelques années": as coarse as its unit
            coarse = unit or ("year" if (day.month, day.day) == (1, 1) else
                              "month" if day.day == 1 else "day")
            shown = str(day.year) if coarse == "year" else str(format_skeleton(
                "yMMMM", day, locale=self.locale)) if coarse == "month" else \
                self.calendar_day(day, "long")
            return self("mentioned_vague_day" if coarse == "day" else "mentioned_vague",
                        day=shown)  # "vers le 8 décembre 2026", "vers 2006"
        if granularity == "season" and day.month in SEASON_STARTS:
            years = f"{day.year}-{day.year + 1}" if day.month == 12 else str(day.year)
            return self(f"season_{SEASON_STARTS[day.month]}", years=years)
        return self.calendar_day(day)

    def zone_name(self, zone: str) -> str:
        """A tz database ``zone`` by the name a reader gives its clock in this language:
        CLDR's generic metazone name through Babel ("heure de l’Est nord-américain" /
        "Eastern Time" for ``America/Toronto``, "heure d’Europe centrale" for
        ``Europe/Paris``), else its country and exemplar city ("heure locale (La Réunion)"),
        "UTC" for UTC (t-final49b B3: "fuseau de Toronto" for a Québec text)."""
        if not zone or zone in ("UTC", "Etc/UTC"):
            return "UTC"
        from babel.dates import get_timezone, get_timezone_name

        try:
            name = str(get_timezone_name(get_timezone(zone), "long", zone_variant="generic",
                                         locale=self.locale))
        except (LookupError, ValueError):
            return zone.rsplit("/", 1)[-1].replace("_", " ")
        # CLDR's French region format "heure : Niger" inside "fuseau supposé : {zone}"
        # read "fuseau supposé : heure : Niger" (t-final53, t-final54 B2)
        region = re.fullmatch(r"heure\s*:\s*(.+)", name)
        return f"heure locale ({region.group(1)})" if region else name

    def published(self, value: datetime | None, precision: str = "time") -> str:
        """An article's publication time as its calendar day is filed: the day facet and
        ``date:`` use the article's own day in its own offset (docs/record.md: "never the
        UTC day before"), so a time whose offset is not French time's at that instant is
        shown in its own offset with the zone ("30 nov. 2026 23:10 (UTC)"), never moved to
        Paris, where it could fall on another day than the one it is filed under (newuser7
        P4: "1 déc. 00:10" shown, 30 November filtered). French times, and ``"seen"``
        (veille's own clock: when it was first seen), are shown as :meth:`date` does."""
        if value is None or precision != "time" or value.utcoffset() is None:
            return self.date(value, "time" if precision == "seen" else precision)
        own = value.utcoffset()
        if own == value.astimezone(DISPLAY_TZ).utcoffset():
            return self.date(value)
        zone = value.tzinfo
        return (f"{self.calendar_day(value.date())} "
                f"{format_time(value, 'short', tzinfo=zone, locale=self.locale)} "
                f"({zone_label(own or timedelta(0))})")

    def published_beside(self, value: datetime | None, precision: str,
                         reference: datetime | None, reference_precision: str) -> str:
        """``value`` as :meth:`published` shows it, but in ``reference``'s offset when the
        page shows ``reference`` (the article's own time) in an offset that is not French
        time: every time of an article page then reads in one zone, labelled. Regression
        (newuser15a W7): the BBC's "08:50 (UTC)" stood above "publié en premier par
        lemonde.fr, 09:05" (Paris), which read as if the first was later."""
        if (value is None or reference is None or precision != "time"
                or reference_precision != "time" or reference.utcoffset() is None
                or value.utcoffset() is None):
            return self.published(value, precision)
        own = reference.utcoffset()
        if own == reference.astimezone(DISPLAY_TZ).utcoffset():
            return self.published(value, precision)
        return self.published(value.astimezone(reference.tzinfo), precision)

    def instant(self, value: datetime | None, precision: str = "time") -> str:
        """A time in a chronology (a story's timeline, its span, its first publication):
        each on the clock its article was read on, as :meth:`published` shows it, the
        offset beside it when it is not French time's ("2 déc. 2026 21:40 (UTC−5)"): the
        rows stay in time order, and no article is put on a day its own clock does not
        give it (t-final49b B2: a Québec "22 h 10" shown as the next day's 04:10). A
        day-only date is its day. A time veille keeps itself (``"seen"``: first seen) has
        its zone beside it, as the article page writes it (t-final56 B6: the story page's
        "vu pour la première fois le 6 déc. 2026 05:22" had none, the article page's same
        time said "(UTC+1)")."""
        return self.published(value, precision)


SEASON_STARTS = {12: "winter", 3: "spring", 6: "summer", 9: "autumn"}
"""A season's name by the month it starts in, as :mod:`veille.enrich.dates` dates a season
mentioned ("cet été": its first month, the meteorological seasons; a winter spans two
years)."""
_FIRST_DAY = lazy_compile(r"(?<![\d:])1(?=\s)")


def first_of_month(text: str) -> str:
    """A French date whose day is the first of the month with that day written "1er"
    (its first lone "1" followed by a space: "1 déc. 2026" → "1er déc. 2026", "mardi 1
    décembre 2026" → "mardi 1er décembre 2026"); the caller checks the day is the 1st."""
    return _FIRST_DAY.sub("1er", text, count=1)


def zone_label(offset: timedelta) -> str:
    """``UTC``, ``UTC+1``, ``UTC−5``, ``UTC+5:30`` (U+2212 minus, ISO 8601's preferred sign
    in running text): the offset a time of day is shown in when it is not French time."""
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes > 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _split_or(text: str) -> list[str]:
    """``text`` cut at each " or " outside double quotes (a backslash escapes the next
    character inside them, as :func:`veille.index.query.quote_value` writes)."""
    parts: list[str] = []
    start, i, quoted = 0, 0, False
    while i < len(text):
        char = text[i]
        if quoted and char == "\\":
            i += 2
            continue
        if char == '"':
            quoted = not quoted
        elif not quoted and text.startswith(OR_JOINER, i):
            parts.append(text[start:i])
            i += len(OR_JOINER)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


OR_JOINER = " or "
"""How the code's English messages join alternatives (a "did you mean" list)."""
FRENCH_VOWELS = frozenset("aeiouAEIOUàâäéèêëîïôöùûüÀÂÄÉÈÊËÎÏÔÖÙÛÜœŒæÆ")
"""The first letters before which French elides "de" and "que" (not "h", nor "y")."""
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_ELIDABLE = re.compile(r"\b([Dd]e|[Qq]ue) \{(\w+)\}")


def _last_group(text: str) -> int:
    """Where the parenthesis closing ``text`` opens, when a space comes before it (" (a
    hint (with its own))"); 0 when ``text`` ends otherwise or its parentheses do not
    balance."""
    if not text.endswith(")"):
        return 0
    depth = 0
    for i in range(len(text) - 1, 0, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return i if i >= 2 and text[i - 1] == " " else 0
    return 0


def _template_re(template: str) -> re.Pattern[str]:
    """``"no article with id {id}"`` -> a regex matching it with ``id`` captured. A field
    never spans "; ", which joins separate messages (:meth:`Translator.message`), except
    one named ``all_...``, which holds such a list (the warnings of a refused query).
    Compiled at its first use (:func:`~veille.lazy_re.lazy_compile`): a command that only
    looks up UI strings never matches a message, and compiling the catalogue's 260
    templates took a third of ``veille search``'s run (f-startup28)."""
    parts = re.split(r"\{(\w+)\}", template)
    return lazy_compile("".join(
        re.escape(part) if i % 2 == 0 else
        f"(?P<{part}>.+?)" if part.startswith("all_") else f"(?P<{part}>(?:(?!; ).)+?)"
        for i, part in enumerate(parts)))


def load_locales(directory: Path = LOCALES_DIR) -> dict[str, Translator]:
    """Read every supported locale once, at app start: the UI strings of ``{lang}.json``,
    the catalogue of the code's English messages in ``messages.{lang}.json``, and the names
    of entities and places in the language (English: :mod:`veille.enrich.english_names`)."""
    def messages(lang: str) -> dict[str, str]:
        path = directory / f"messages.{lang}.json"
        return json.loads(path.read_text("utf-8")) if path.is_file() else {}

    return {lang: Translator(lang, json.loads((directory / f"{lang}.json").read_text("utf-8")),
                             messages(lang), *language_names(lang))
            for lang in SUPPORTED}


def parse_accept_language(header: str) -> list[str]:
    """Primary language tags by preference (``fr-CA;q=0.8`` gives ``fr``); malformed parts skip."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")[:32]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        primary = tag.strip().split("-")[0].lower()
        if primary and quality > 0:
            ranked.append((-quality, position, primary))
    return [tag for _, _, tag in sorted(ranked)]


def supported(tag: str | None) -> str | None:
    """The UI language a language tag asks for: its primary subtag, in any case, when the
    UI has it ("EN", "en-GB", "fr_CA" → "en", "en", "fr"; BCP 47 tags are
    case-insensitive and a regional variant reads the language's UI); None for any other
    (t-reader20 R13: ``?lang=en-GB`` left the page French without a word)."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in SUPPORTED else None


def negotiate(*, query: str | None, cookie: str | None, accept: str | None,
              default: str) -> str:
    """The language for one request, from the most explicit signal to the least."""
    for candidate in (query, cookie):
        found = supported(candidate)
        if found is not None:
            return found
    for tag in parse_accept_language(accept or ""):
        if tag in SUPPORTED:
            return tag
    return default if default in SUPPORTED else SUPPORTED[0]
