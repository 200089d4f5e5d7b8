"""Dates mentioned in Arabic and Russian ("يوم الثلاثاء", "أمس", "الأسبوع المقبل", "6 فبراير",
"15 شباط"; "во вторник вечером", "вчера", "на следующей неделе", "в конце недели", "6
февраля"), resolved against the publication date (issue 16, t-final53b A3/A14: none was
read, r-lang54).

The names come from the CLDR data shipped with Babel: the weekdays, the months (Arabic:
those of Egypt and the Gulf, of the Levant and Iraq, "كانون الثاني", "شباط", and of the
Maghreb, "جانفي", "فيفري", "يوليوز", "دجنبر"; Russian: the genitive the format wide names
are, "февраля"), the relative days ("أمس", "غدًا", "вчера", "завтра") and the relative
weeks, months and years ("الأسبوع القادم", "на прошлой неделе", "в следующем году"). What
CLDR lacks is a closed class written here:

- Arabic: the synonyms of CLDR's "next" and "last" adjectives (المقبل beside القادم, المنصرم
  and الفائت beside الماضي), the prefixed particles (و، ف، ب: "وأمس", "بالأمس") and "يوم"
  before a weekday, the parts of the day before it ("مساء الثلاثاء", "صباح يوم الأحد"), and
  the markers of a coming event (the future's prefix سـ on a verb, "سوف", "من المقرر",
  "المرتقب", "يعتزم", "ينتظر", "يتوقع": Badawi, Carter & Gully, *Modern Written Arabic*,
  § 4.2 on the future). The press narrates in the perfect and marks a coming day, so a
  weekday with no such marker is the one gone by (or the day itself). The perfect has no
  prefix, but some of its shapes are told apart (r-lang55, :data:`_PAST`): the derived
  forms VII, VIII and X, a bare alif then four or five letters with no long vowel
  ("اجتمع", "اندلع", "استقبل"; their verbal nouns hold one: "اجتماع", "استقبال"),
  with the feminine ت or the
  plural وا; the particles of the past (قد، لقد، كان، تم، جرى); and the verbs of
  reporting and of the news the press opens a sentence with (أعلن، أكد، صادق …). A
  clause of reported speech opens with أنّ/إنّ ("أعلنت … يوم الاثنين أنها ستستضيف"): the
  marker after it is its own clause's, not the day's.
- Russian: the accusative a weekday takes after "в/во" (a noun in -а takes -у: "в среду",
  "в пятницу", "в субботу"; Розенталь, § 156), the parts of the day in the instrumental
  ("утром", "днём", "вечером", "ночью"), the weekend ("в выходные", "в конце недели"), and
  the tense: the past in -л, -ла, -ло, -ли, the future's "будет" and the verbs of a plan
  ("состоится", "планируется"), the nearest to the date deciding; no marker: the nearest
  day.

A day and month without a year is on the tense's side, else the nearest (the French rule).
A weekday right before it ("в понедельник, 12 февраля", "يوم الاثنين 12 فبراير") is one
mention with it, ``weekday_ok`` false when the day is not that weekday (r-places60; before,
two mentions and a wrong weekday never flagged).
Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from babel import Locale

from veille.enrich.date_arabic_ahead import ahead_in_clause
from veille.enrich.headline_days import body_weekdays
from veille.enrich.russian_verbs import markers as russian_markers

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

LANGUAGES = ("ar", "ru")
"""The languages this module reads."""
_ARABIC_MONTH_LOCALES = ("ar", "ar_SY", "ar_DZ", "ar_MA")
"""Locales whose month names differ (Gulf and Egypt; Levant and Iraq; Algeria and Tunisia;
Morocco)."""
_NEXT = {"ar": ("المقبل", "القادم", "المقبلة", "القادمة"), "ru": ()}
_LAST = {"ar": ("الماضي", "المنصرم", "الفائت", "الماضية"), "ru": ()}
_AR_ORDINALS = {"الأول": 1, "أول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
                "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
"""The ordinal days the press spells out before "من" and a month ("في الأول من آذار
المقبل", "العاشر من شهر مارس": the first, the tenth of March; Badawi, Carter & Gully,
*Modern Written Arabic*, § 5.6 on dates); a higher day is written in figures. h-dates64
(F63 ar-tripoli-lebanon: "في الأول من آذار المقبل" was no date)."""
_AR_PARTS = {"صباح": "morning", "ظهر": "noon", "عصر": "afternoon", "مساء": "evening",
             "ليلة": "night", "فجر": "morning"}
_RU_PARTS = {"утром": "morning", "днём": "afternoon", "днем": "afternoon",
             "вечером": "evening", "ночью": "night"}
_RU_WEEKDAY_ADJECTIVE = re.compile(
    r"(?i)(?:(следующ\w*|ближайш\w*|будущ\w*)|(?:прошл\w*|минувш\w*|прошедш\w*))\s+$")
"""A Russian adjective of "next" or "last" right before a weekday, which the weekday's own
match does not hold ("в следующий понедельник": the coming Monday, whatever the verb's
aspect; "в прошлую пятницу": the one gone by; group 1 when "next")."""
_RU_WEEKEND = (r"в\s+(?:эти\s+|ближайшие\s+|прошлые\s+|минувшие\s+)?выходные|"
               r"в\s+конце\s+(?:этой\s+|следующей\s+|прошлой\s+)?недели")
_AR_WEEKEND = r"(?:عطلة\s+)?نهاية\s+(?:هذا\s+)?الأسبوع(?:\s+(?:المقبل|القادم|الماضي))?"
_FUTURE = {
    "ar": re.compile(r"(?<![\w])[وف]?س[يتنأ][\u0621-\u064A]{2,}|سوف|المقرر|المرتقب|"
                     r"المنتظر|المفترض|المزمع|"
                     r"[يت]عتزم|[يت]نتظر|[يت]توقع|المقبل|القادم"),
    "ru": re.compile(r"(?i)(?<![а-яё])(?:будет|будут|буду|состоится|состоятся|пройд[её]т|"
                     r"планиру\w+|намерен\w*|собира\w+|начн[её]т(?:ся)?|возобнов(?:ит|ят)(?:ся)?|"
                     r"ожида\w+|обещают|прекратятся|прекратится)(?![а-яё])"),
}
_AR_PERFECTS = ("قال", "أعلن", "اعلن", "أكد", "اكد", "أضاف", "أوضح", "أفاد", "أشار", "ذكر",
                "صرح", "صادق", "وافق", "رفض", "عقد", "وقع", "شهد", "زار", "وصل", "غادر",
                "بدأ", "أصدر", "أطلق", "أجرى", "أغلق", "أوقف", "قتل", "قصف", "سقط", "غمر",
                "ضرب", "فاز", "خسر", "نشر", "ناقش", "بحث", "دعا", "التقى", "أصيب")
"""Perfects the press opens a report with, their shape shared with nouns (form I, II,
III, IV): a closed class of reporting and news verbs."""
_PAST = {
    "ar": re.compile(r"(?<![\u0621-\u064A])[وف]?(?:"
                     r"ا(?!ل)[\u0621-\u0626\u0628-\u0647\u0649]{4,5}(?:ت|وا)?"
                     r"|(?:" + "|".join(_AR_PERFECTS) + r")(?:ت|وا)?"
                     r"|قد|لقد|كان|كانت|تم|تمت|جرى|جرت)(?![\u0621-\u064A])"),
    "ru": re.compile(r"(?i)(?<![а-яё])[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![а-яё])"),
}
_CLAUSE = re.compile(r"[.;:!?؟؛\n]\s|[«»\"“”]|،\s+|(?<![\u0621-\u064A])[وب]?[أإ]نّ?"
                     r"(?:ه|ها|هم|هما|هن|نا)?(?![\u0621-\u064A])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def reads(language: str) -> bool:
    """Whether this module reads the dates mentioned in ``language``."""
    return language.lower().replace("_", "-").split("-")[0] in LANGUAGES


_ALIF = re.compile("[\u0627\u0623\u0625\u0622]")
"""Alif bare or with its hamza or madda (ا أ إ آ): Arabic print writes the hamza of a
word's first alif or leaves it out ("الإثنين" and "الاثنين", "الأحد" and "الاحد",
"الأربعاء" and "الاربعاء"; Wright, *A Grammar of the Arabic Language* I §§ 15-17; the
spellings of one word, as Unicode's Arabic search folding treats them). t-final55b A15:
"يوم الإثنين" was not read, CLDR writing "الاثنين"."""


def _any_alif(pattern: str) -> str:
    """``pattern`` with each alif, bare or hamzated, matching any of them."""
    return _ALIF.sub("[\u0627\u0623\u0625\u0622]", pattern)


def _fold(word: str) -> str:
    """``word`` in lower case and spaced once, its alifs bare (:data:`_ALIF`): the key the
    tables are looked up by."""
    return _ALIF.sub("\u0627", " ".join(word.split()).lower())


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _tables(code: str) -> tuple[re.Pattern[str], dict[str, int], dict[str, int],
                                 dict[str, int], dict[str, tuple[str, int]]]:
    """The pattern, weekdays, months, relative days and relative units of ``code``."""
    locale = Locale.parse(code)
    weekdays = {name: n for n, name in locale.days["format"]["wide"].items()}
    months: dict[str, int] = {}
    for variant in (_ARABIC_MONTH_LOCALES if code == "ar" else (code,)):
        months.update({name: n for n, name in
                       Locale.parse(variant).months["format"]["wide"].items()})
    fields = locale._data["date_fields"]
    days = {name: offset for offset, name in fields["day"]["relative"].items()
            if offset or code != "ar"}  # "اليوم" is also "the day" and an outlet's name
    units: dict[str, tuple[str, int]] = {}
    for unit in ("week", "month", "year"):
        for offset, phrase in fields[unit]["relative"].items():
            units[phrase] = (unit, offset)
            if code == "ar" and offset:  # "الأسبوع المقبل" beside CLDR's "الأسبوع القادم"
                noun = phrase.split()[0]
                for word in (_NEXT if offset > 0 else _LAST)["ar"]:
                    if word.endswith("ة") == phrase.endswith("ة"):
                        units[f"{noun} {word}"] = (unit, offset)
    if code == "ru":  # "в среду": the accusative of the weekdays in -а
        weekdays.update({name[:-1] + "у": n for name, n in list(weekdays.items())
                         if name.endswith("а")})
    wd = _alternation([*weekdays, *(w.capitalize() for w in weekdays)])
    mo = _alternation(list(months)).replace(r"\ ", r"\s+")
    dy = _alternation([*days, *(d.capitalize() for d in days)]).replace(r"\ ", r"\s+")
    un = _alternation([*units, *(u.capitalize() for u in units)]).replace(r"\ ", r"\s+")
    post = _alternation([*_NEXT["ar"], *_LAST["ar"]])
    if code == "ar":
        pattern = re.compile(_any_alif(
            rf"(?<![\u0621-\u064A])[وفب]?(?:"
            rf"(?:(?:يوم\s+)?(?P<wdd>{wd})[،,]?\s+)?"
            rf"(?:(?P<day>[0-3]?[0-9]|[٠-٣]?[٠-٩])\s+(?:من\s+)?|"
            rf"(?P<ordday>{_alternation(list(_AR_ORDINALS))})\s+من\s+)(?:شهر\s+)?(?P<mon>{mo})"
            rf"(?:\s+(?P<year>(?:19|20)[0-9]{{2}}|[١٢][٠٩][٠-٩]{{2}})|\s+(?P<dpost>{post}))?"
            rf"|(?:(?:في|خلال|منذ|حتى|مطلع|أواخر|منتصف)\s+(?:شهر\s+)?|شهر\s+)(?P<mon3>{mo})"
            rf"(?:\s+(?P<mpost>{post}))?|(?P<mon4>{mo})\s+(?P<mpost2>{post})"
            rf"|(?:(?P<part>{_alternation(list(_AR_PARTS))})\s+)?(?:يوم\s+)?(?P<wd>{wd})"
            rf"(?:\s+(?P<post>{_alternation([*_NEXT['ar'], *_LAST['ar']])}))?"
            rf"|(?P<weekend>{_AR_WEEKEND})|(?P<unit>{un})|(?:ال)?(?P<rel>{dy}))"
            rf"(?![\u0621-\u064A])"))
    else:
        pattern = re.compile(
            rf"(?i:(?<![а-яёА-ЯЁ])(?:"
            rf"(?:(?:во?\s+)?(?P<wdd>{wd}),?\s+)?"
            rf"(?P<day>[0-3]?[0-9])\s+(?P<mon>{mo})(?:\s+(?P<year>(?:19|20)[0-9]{{2}}))?"
            rf"|(?:во?\s+)?(?P<wd>{wd})(?:\s+(?P<part>{_alternation(list(_RU_PARTS))}))?"
            rf"|(?P<weekend>{_RU_WEEKEND})|(?P<unit>{un})"
            rf"|(?P<rel>{dy})(?:\s+(?P<relpart>{_alternation(list(_RU_PARTS))}))?)"
            rf"(?![а-яёА-ЯЁ]))")
    return pattern, weekdays, months, days, units


_SUBJUNCTIVE_AN = re.compile(r"\s+[يتن](?!وم|ناير|ونيو|وليو|ونيه|وليه)[\u0621-\u064A]{2,}")
"""An imperfect right after a bare "أن": the subjunctive's particle أنْ ("من المقرر أن يعقد
المجلس جلسة يوم الاثنين"), which opens the complement of a verb or adjective of plan,
expectation or will, not a clause of reported speech as أنّ does (Badawi, Carter & Gully,
§ 2.4.5): the weekday after it stays in the clause of "المقرر", "المنتظر" (h-future57;
t-final57 A2: "يوم الاثنين" read as the Monday gone by)."""


def _cuts(head: str) -> list[re.Match[str]]:
    """The clause boundaries in ``head``, less a bare "أن" before an imperfect."""
    return [c for c in _CLAUSE.finditer(head)
            if not (c.group().lstrip("وب") == "أن" and _SUBJUNCTIVE_AN.match(head, c.end()))]


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The mention's clause before it and after it (at most 160 characters each)."""
    head = text[max(0, start - 160):start]
    cut = _cuts(head)
    before = head[cut[-1].end():] if cut else head
    tail = text[end:end + 160]
    stop = _CLAUSE.search(tail)
    return before, tail[:stop.start()] if stop else tail


def _tense(text: str, start: int, end: int, code: str) -> str:
    """'past', 'future' or '' from the markers of the mention's clause (module docstring)."""
    before, after = _clause_around(text, start, end)
    best: tuple[int, str] | None = None
    for tense, cue in (("past", _PAST[code]), ("future", _FUTURE[code])):
        for m in cue.finditer(before):
            if best is None or len(before) - m.end() < best[0]:
                best = (len(before) - m.end(), tense)
        for m in cue.finditer(after):
            if best is None or m.start() < best[0]:
                best = (m.start(), tense)
    if code == "ru":  # a perfective future, an ordered infinitive (russian_verbs)
        for _, at, tense in russian_markers(before):
            if best is None or len(before) - at < best[0]:
                best = (len(before) - at, tense)
        for at, _, tense in russian_markers(after):
            if best is None or at < best[0]:
                best = (at, tense)
    return best[1] if best else ""


def _side(post: str | None, code: str) -> str:
    """'future' for an adjective of "next" after a month ("آذار المقبل"), 'past' for one
    of "last" ("شباط الماضي"), else ''."""
    if not post:
        return ""
    return "future" if _fold(post) in map(_fold, _NEXT.get(code, ())) else "past"


def _month_alone(month: int, published: date, side: str, tense: str) -> date:
    """The first day of a month named alone ("في أيلول", "أيلول المقبل", "شباط الماضي"):
    with "next" the first such month after publication's, with "last" the last one before
    it (the month of publication is "هذا الشهر"); else on the clause's side, the
    publication's own month when it is that one (the rule of the other languages,
    :func:`veille.enrich.date_foreign._month`)."""
    from veille.enrich.date_foreign import _month

    if side == "future":
        return date(published.year + (month <= published.month), month, 1)
    if side == "past":
        return date(published.year - (month >= published.month), month, 1)
    return _month(month, published, tense)


def script_dates(text: str, published: date, language: str) -> list[MentionedDate]:
    """Every date mentioned in ``text`` written in ``language`` (Arabic or Russian),
    resolved against ``published``."""
    from veille.enrich.date_foreign import _in_year, _unit, _weekday
    from veille.enrich.date_script_spans import counted_spans
    from veille.enrich.dates import MentionedDate, _safe_date
    from veille.enrich.text import sentence_at, sentences

    code = language.lower().replace("_", "-").split("-")[0]
    pattern, weekdays, months, days, units = _tables(code)
    spans = list(sentences(text))
    found: list[MentionedDate] = []
    for m in pattern.finditer(text):
        g = m.groupdict()
        start, end = m.span()
        tense = _tense(text, start, end, code)
        granularity, part, weekday_ok = "day", "", True
        value: date | None
        if g["wd"]:
            weekday = next(n for name, n in weekdays.items() if _fold(name) == _fold(g["wd"]))
            post = _fold(g.get("post") or "")
            direction = 1 if post in map(_fold, _NEXT.get(code, ())) else -1 if post else 0
            adjective = _RU_WEEKDAY_ADJECTIVE.search(text, max(0, start - 24), start) \
                if code == "ru" and not direction else None
            if adjective is not None:  # "в следующий понедельник" (t-final55b A11a)
                direction = 1 if adjective.group(1) else -1
            if code == "ar" and tense != "future" and ahead_in_clause(
                    *_clause_around(text, start, end)):
                tense = "future"  # "أن تستمر … حتى يوم الاثنين" (date_arabic_ahead)
            elif code == "ar" and not tense:
                tense = "past"  # the press narrates in the perfect (module docstring)
            value = _weekday(weekday, published, direction, tense)
            part = (_AR_PARTS if code == "ar" else _RU_PARTS).get((g["part"] or "").lower(), "")
        elif g["mon"]:
            day = int(g["day"].translate(_DIGITS)) if g["day"] else next(
                n for name, n in _AR_ORDINALS.items() if _fold(name) == _fold(g["ordday"]))
            month = next(n for name, n in months.items() if _fold(name) == _fold(g["mon"]))
            said = _side(g.get("dpost"), code)  # "الأول من آذار المقبل": the coming one
            written = next(n for name, n in weekdays.items()
                           if _fold(name) == _fold(g["wdd"])) if g["wdd"] else None
            value = _safe_date(int(g["year"].translate(_DIGITS)), month, day) if g["year"] \
                else _in_year(month, day, published, tense, weekday=written, said=said)
            if written is not None and value is not None:  # "в понедельник, 12 февраля"
                weekday_ok = value.weekday() == written
        elif g.get("mon3") or g.get("mon4"):
            month = next(n for name, n in months.items()
                         if _fold(name) == _fold(g["mon3"] or g["mon4"]))
            value = _month_alone(month, published, _side(g["mpost"] or g["mpost2"], code),
                                 tense)
            granularity = "month"
        elif g["weekend"]:
            saturday = published + timedelta(days=5 - published.weekday())
            words = g["weekend"]
            step = -7 if re.search(r"прошл|минувш|الماضي", words) else \
                7 if re.search(r"следующ|المقبل|القادم", words) else 0
            value = saturday + timedelta(days=step)
            if not step and tense == "past" and saturday > published:
                value = saturday - timedelta(days=7)
            granularity = "weekend"
        elif g["unit"]:
            unit, offset = next(v for k, v in units.items() if _fold(k) == _fold(g["unit"]))
            value, granularity = _unit(unit, offset, published)
        else:
            offset = next(o for name, o in days.items() if _fold(name) == _fold(g["rel"]))
            value = published + timedelta(days=offset)
            part = _RU_PARTS.get((g.get("relpart") or "").lower(), "")
        if value is None:
            continue
        last = value + timedelta(days={"day": 0, "weekend": 1, "week": 6}.get(
            granularity, 0))
        if granularity in ("month", "year"):
            last = _unit(granularity, 1, value)[0] - timedelta(days=1)
        tense = "future" if value > published else "past" if last < published else tense
        sentence = sentence_at(spans, start)
        found.append(MentionedDate(start, end, text[start:end], value.isoformat(),
                                   granularity, sentence.text if sentence else "", tense,
                                   part, weekday_ok))
    for start, end, value, granularity in counted_spans(text, published, code):
        if any(d.start < end and start < d.end for d in found):
            continue
        sentence = sentence_at(spans, start)
        tense = "future" if value > published else "past" if value < published else ""
        found.append(MentionedDate(start, end, text[start:end], value.isoformat(),
                                   granularity, sentence.text if sentence else "", tense))
    def weekday_of(words: str) -> int | None:
        named = pattern.search(words)
        wd = (named.group("wd") or named.group("wdd")) if named is not None else None
        return next((n for name, n in weekdays.items() if _fold(name) == _fold(wd)), None) \
            if wd else None

    return body_weekdays(text, sorted(found, key=lambda d: d.start), weekdays, weekday_of)
