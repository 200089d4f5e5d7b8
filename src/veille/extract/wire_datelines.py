"""The datelines news agencies print in their own languages and scripts, opening a text.

The French and Latin forms ("PARIS, 1er déc (AFP) - ", "BRUXELLES (Belga) - ") are read
by :mod:`veille.extract.datelines`; this module reads the forms the agencies of the other
languages veille reads write (each agency's house style, as its dispatches print it):

============================  ==========================================================
shape                         examples
============================  ==========================================================
agency, place, date, 电        "新华社北京12月1日电（记者王伟）",
                              "中新社上海11月30日电 (记者 李明)", "中新网12月1日电",
                              "据新华社东京12月1日电" (Xinhua, China News Service,
                              Taiwan's CNA: the text follows the dispatch mark 电, a
                              reporter may be named in brackets after 记者)
【place agency】               "【北京共同】", "【ワシントン時事】", "【北京＝共同】" (Kyodo, Jiji)
(place=agency) name 기자 =     "(서울=연합뉴스) 김민수 기자 = ", "(워싱턴=뉴스1) 이영희 특파원 = "
                              (Yonhap, News1, Newsis: the reporter before 기자/특파원)
place[, date] (agency) -      "الرياض (واس) - ", "ANKARA (AA) - ", "İSTANBUL (AA) - ",
                              "Lisboa, 1 dez (Lusa) — ", "MADRID, 1 dic (EFE).- ",
                              "Berlin (dpa) - ", "الرياض، 1 ديسمبر (واس) -"
place, date. /agency/.        "МОСКВА, 1 декабря. /ТАСС/. ", "ВАШИНГТОН, 1 декабря. /Корр.
                              ТАСС Иван Петров/. " (TASS; the reporter after the agency)
place[, date] - agency[, X].  "МОСКВА, 1 дек — РИА Новости. ", "МОСКВА, 1 дек — РИА Новости,
                              Иван Петров. ", "الرياض - واس " (RIA Novosti, SPA, WAM)
(agency) - PLACE, date -      "(ANSA) - ROMA, 1 DIC - " (ANSA: the credit first)
============================  ==========================================================

The shapes are structural (brackets, separators, the dispatch mark); the agencies are the
rows of the shipped table (``extract/data/news_agencies.tsv``, :mod:`veille.extract.agencies`)
with their own-script names (新华社, 中新社, 共同, 時事, 연합뉴스, ТАСС, РИА Новости, واس...): a
shape whose credit is no agency of the table is no dateline. Every pattern is anchored at
the text's start, read on its first :data:`MAX_CHARS` characters, and its repeats are
bounded, so its cost does not grow with the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.collector import built_once
from veille.extract.agencies import folded_words, names_pattern
from veille.extract.bylines import PARTICLES, is_agency, people_of

#: A dateline is short: only this much of a text is looked at (characters).
MAX_CHARS = 200


@dataclass(frozen=True, slots=True)
class WireDateline:
    """An agency's dateline opening a text: the agency as written (``credit``: "新华社",
    "ТАСС", "EFE"), the reporters it names (``authors``, maybe none) and ``end``, the
    offset where the article's own text starts."""

    credit: str
    authors: tuple[str, ...]
    end: int


#: A place's word in any script: a letter, then letters, an apostrophe only between two
#: letters ("d'Ascq", "L'Aquila"; no hyphen nor space: those separate the words, so a place
#: splits into words one way only).
_WORD = r"[^\W\d_](?:['’]?[^\W\d_]){0,30}"
#: A place of one to five words (a particle such as "de", "al-" is one of them: "Las Palmas
#: de Gran Canaria").
_PLACE = rf"(?P<place>{_WORD}(?:[ \-]{_WORD}){{0,4}})"
#: The country, region or province an agency sets in brackets after a place abroad or a
#: small town ("Saint-Denis (Francia), 11 feb (EFE).-", "Quelimane (Moçambique), 3 dez
#: (Lusa) -"; t-check62 #2): a name, opening on a capital (or a letter of a script without
#: case), no figure (a date is no qualifier; "(nacional)" is a sentence's aside).
_QUALIFIER = r"(?:\s?\((?=[^\W\d_a-zà-ÿ])[^()\d\n]{2,30}\))?"
#: What a comma (Latin or Arabic) or a dot adds after the place: a day, an hour (short).
_AFTER = r"(?:\s?[,،.]\s?[^()/\n\-–—]{1,30}?)?"
#: What ends a dateline before the text: a dash (after an optional dot: EFE's ".-") or the
#: dot closing TASS's "/ТАСС/." (not a colon: "Agence France-Presse (AFP): l'agence..."
#: opens a sentence).
_END = r"\s?(?:\.?\s?[-–—]|\.)\s"
#: The brackets a reporter is named in after a Chinese dispatch mark (ASCII or full width).
_REPORTER_CN = (r"(?:\s?[（(]\s?(?P<role>[^\W\d_（）()]{0,6}?(?:记者|記者))[:：]?\s?"
                r"(?P<by>[^（）()\n]{1,40})[）)])?")


#: A credit in brackets or slashes (the bracket may name a reporter after the agency:
#: "/Корр. ТАСС Иван Петров/"), then an end: "(EFE).- ", "/ТАСС/. ".
_BRACKETED = r"(?:\((?P<paren>[^()\n]{1,50})\)|/(?P<slash>[^/\n]{1,50})/)" + _END
#: What follows an agency credited after a dash (RIA Novosti's "— РИА Новости, Иван
#: Петров. "): maybe a reporter after a comma, then a dot, colon or a space before the text.
_DASHED_END = (r"(?:,\s?(?P<by>[^\W\d_][^\W\d_ .\-]{0,20}(?:[ \-][^\W\d_][^\W\d_.\-]{0,20})"
               r"{1,3}))?(?:\s?[.:،]\s|\s(?=\S))")


#: A shape with marks is tried only on a text holding one of them (the dispatch mark 电,
#: the lenticular bracket, the Korean "="); one without (the Latin, Cyrillic and Arabic
#: shapes) only on a text holding a word of an agency's name
#: (:func:`~veille.extract.agencies.folded_words`): most paragraphs are no dateline, and
#: these tests are far cheaper than the patterns.
_NAMED = ""


@built_once
def _shapes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The dateline shapes, compiled with the table's agency names (module docstring),
    each with the marks one of which a text must hold for it to be tried."""
    names = names_pattern()
    return tuple(zip(("电電", "【", "=＝", _NAMED, _NAMED, _NAMED), (
        # Chinese: 新华社北京12月1日电（记者王伟）; 中新网12月1日电.
        re.compile(rf"(?:据\s?)?(?P<credit>{names})[^\W\d_]{{0,10}}(?:\d{{1,4}}年)?"
                   rf"\d{{1,2}}月\d{{1,2}}日(?:\d{{1,2}}[时時])?[电電]{_REPORTER_CN}\s?"),
        # Japanese: 【北京共同】, 【北京＝共同】.
        re.compile(rf"【[^【】\n]{{0,12}}?[＝=]?(?P<credit>{names})】\s?"),
        # Korean: (서울=연합뉴스) 김민수 기자 = .
        re.compile(rf"[(（][^()（）=＝\n]{{1,12}}[=＝](?P<credit>{names})[)）]\s?"
                   r"(?:(?P<by>[^=＝()\n]{2,40}?)\s?(?:기자|특파원|통신원)\s?[=＝]\s?|[=＝]\s?)?"),
        # A place, maybe a date, the credit in brackets or slashes, an end (TASS, SPA, EFE,
        # Lusa, dpa, AA); the bracket may name a reporter after the agency.
        re.compile(rf"{_PLACE}{_QUALIFIER}{_AFTER}\s?{_BRACKETED}"),
        # A place, maybe a date, a dash, the agency, maybe a reporter, an end (RIA, SPA).
        re.compile(rf"{_PLACE}{_AFTER}\s?[-–—]\s?(?P<credit>{names}){_DASHED_END}"),
        # The credit first, then an upper-case place and a date (ANSA).
        re.compile(rf"\((?P<paren>[^()\n]{{1,30}})\)\s?[-–—]\s?{_PLACE}"
                   r",\s?[^\n\-–—]{1,20}?\s[-–—]\s"),
    ), strict=True))


_WORDS = re.compile(r"\w+")


@built_once
def _in_brackets() -> re.Pattern[str]:
    """The bracket of a credit after a place: an optional reporter's role ("Корр.", "Спец.
    корр."), the agency, maybe its regional service after a slash (dpa's "dpa/lno",
    "dpa/lby": a lower-case code of two to four letters), an optional reporter ("/Корр.
    ТАСС Иван Петров/")."""
    return re.compile(rf"(?:[^\W\d_]{{1,8}}\.\s?){{0,2}}(?P<credit>{names_pattern()})"
                      r"(?:/[a-z]{2,4})?"
                      r"(?:\s(?P<by>[^\W\d_][\w'’.\- ]{2,40}))?")


def _people(text: str) -> tuple[str, ...]:
    """The people a dateline's reporter part names ("王伟、李明", "김민수 이영희", "Иван
    Петров"): CJK names split at list marks and spaces, others read as a byline."""
    text = text.strip()
    if not text:
        return ()
    if re.fullmatch(r"[\u3400-\u9fff\uac00-\ud7af·ㆍ、，,\s　]+", text):
        parts = re.split(r"[·ㆍ、，,\s　]+", text)
        return tuple(p for p in parts if 2 <= len(p) <= 4)
    people, _ = people_of([text])
    return tuple(people)


#: The lower-case words place names hold between capitalised ones (articles, prepositions,
#: conjunctions of the languages veille reads): "Ciudad de México", "Rio de Janeiro",
#: "Aix-en-Provence", "Saint-Pierre-et-Miquelon", "Reggio di Calabria", "Frankfurt am
#: Main", "Stratford-upon-Avon", "Ras al-Khaimah", "Trinidad y Tobago": the particles of
#: people's names (:data:`~veille.extract.bylines.PARTICLES`) and those of places. Source:
#: the gazetteers' own spellings (GeoNames, the agencies' datelines).
PLACE_PARTICLES = frozenset(PARTICLES.split("|")) | frozenset((
    "dela", "delle", "dello", "dei", "degli", "d", "les", "lès", "lez", "los", "las", "lo",
    "el", "al", "il", "en", "sur", "sous", "et", "y", "e", "i", "am", "an", "dem", "im", "in",
    "ob", "bei", "upon", "on", "under", "by", "the", "of", "and", "zum", "zur", "aan", "op",
    "sul", "sulla", "nel", "ad", "na", "nad", "pod", "ul",
))
#: At most this many particles in a row ("de la", "an der", "ob der"): a longer run of
#: lower-case words is prose.
_MAX_PARTICLES = 2
#: An elided particle glued to the next word: "d'Ascq", "l'Aquila", "dell'Umbria".
_ELIDED = re.compile(r"(?:d|l|dell|all|nell|sull)['’](?=\w)")


def _place_ok(place: str) -> bool:
    """A place's words open with a capital or an uncased letter (Arabic, CJK), but for the
    particles of place names (:data:`PLACE_PARTICLES`, at most :data:`_MAX_PARTICLES` in a
    row) between its first and last words: "Ciudad de México", "Aix-en-Provence" are
    places, a sentence's lower-case words are not ("le gouvernement (Belga) -", "La policía
    informó (EFE) -" are prose)."""
    words = [_ELIDED.sub("", word, count=1) for word in re.split(r"[ \-]", place) if word]
    if not words or words[0][0].islower() or words[-1][0].islower():
        return False
    run = 0
    for word in words:
        if not word[0].islower():
            run = 0
            continue
        run += 1
        if run > _MAX_PARTICLES or word.lower() not in PLACE_PARTICLES:
            return False
    return True


#: The credit after a dateline's date when no place opens it ("4 mars (AFP) - ", "4 de
#: marzo (EFE).- ", "4 марта — РИА Новости. ", "2 апреля. /ТАСС/. "): the bracketed and
#: the dashed credit of the place shapes of :func:`_shapes`, read from the date's end.
@built_once
def _credits_after_date() -> tuple[re.Pattern[str], ...]:
    """The two credit forms of :func:`_shapes`' place shapes, without their place."""
    return (re.compile(rf"\.?\s?{_BRACKETED}"),
            re.compile(rf"\.?\s?[-–—]\s?(?P<credit>{names_pattern()}){_DASHED_END}"))


def credit_after_date(text: str, start: int) -> WireDateline | None:
    """The agency's credit that follows, at offset ``start`` of ``text``, a date opening a
    dateline with no place before it ("4 mars (AFP) - …", "4 марта — РИА Новости. …",
    "2 апреля. /ТАСС/. …"): the agency as written, the reporters it names and where the
    text starts (an offset of ``text``), or None when no agency of the table is credited
    there (:func:`is_agency`; "5 de abril (domingo) - " credits none) or nothing follows."""
    head = text[:start + MAX_CHARS]
    for pattern in _credits_after_date():
        match = pattern.match(head, start)
        if match is not None:
            found = _credited(match, text)
            if found is not None:
                return found
    return None


def _credited(match: re.Match[str], text: str) -> WireDateline | None:
    """The dateline a shape's ``match`` opening ``text`` reads: its credit (in brackets or
    after a dash) when an agency of the table, its reporters, its end; None when the
    credit is no agency's or nothing follows the dateline."""
    groups = match.groupdict()
    credit, by = groups.get("credit") or "", groups.get("by") or ""
    bracket = groups.get("paren") or groups.get("slash")
    if bracket:
        inner = _in_brackets().fullmatch(bracket.strip())
        if inner is None:
            return None
        credit, by = inner.group("credit"), inner.group("by") or ""
    if not credit or not is_agency(credit):
        return None
    if match.end() >= len(text.rstrip()):
        return None  # a dateline and nothing after it: a credit line, not an opening
    return WireDateline(credit.strip(), _people(by), match.end())


def wire_dateline(text: str) -> WireDateline | None:
    """The agency's dateline opening ``text`` (a paragraph) in one of the shapes of the
    module docstring, or None: the agency as written, the reporters it names, where the
    text starts. The credit must be an agency of the table (:func:`is_agency`)."""
    head = text[:MAX_CHARS]
    named: bool | None = None
    for marks, pattern in _shapes():
        if marks and not any(mark in head for mark in marks):
            continue
        if not marks:
            if named is None:
                named = not folded_words().isdisjoint(_WORDS.findall(head.lower()))
            if not named:
                continue
        match = pattern.match(head)
        if match is None:
            continue
        place = match.groupdict().get("place")
        if place and not _place_ok(place):
            continue
        found = _credited(match, text)
        if found is not None:
            return found
    return None
