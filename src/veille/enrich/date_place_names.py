"""A day, a month or a weekday inside a place's name is no date mentioned (t-final61 #8).

Streets, squares, markets and districts are named after days: "la rue du 11 Novembre",
"l'avenue du 8 Mai 1945", "die Straße des 17. Juni", "شارع 26 يوليو" (26 July Street),
"سوق الجمعة" (Souq al-Juma, "Friday market", a district of Tripoli), "the Tuesday Market
Place". The date reader resolved each to a day ("2026-11-27 (day, past) “الجمعة”").
:func:`in_a_place_name` tells such a mention from a date by the word right before it: a
thoroughfare's, a square's, a market's or a district's type word, with its linking word
(:data:`PLACE_TYPE_BEFORE`); an English weekday by the type word after it
(:data:`_ENGLISH_TYPE_AFTER`). The type words are closed classes, one per language: the
street types of the national address registers (French FANTOIR/BAN, Spanish INE, Italian
ISTAT DUG, Portuguese CTT/IBGE, German "Straßenbezeichnung"; the same classes as
:mod:`veille.enrich.street_names`) and the public places a day names (a square, a bridge,
a station, a school, a stadium); Arabic "شارع" (street), "ميدان"/"ساحة" (square), "سوق"
(market: the weekly markets "سوق الأحد", "سوق الثلاثاء" named whole towns and districts
across the Maghreb), "حي" (district), "جسر"/"كوبري" (bridge); and the buildings and
places a day names in the Arabic world as in Europe (t-check62 #5: "جامع الجمعة", the
Friday Mosque, was read as Friday 2026-12-04): "جامع"/"مسجد" (mosque), "زاوية" (zawiya),
"مدرسة" (school), "مستشفى" (hospital), "محطة" (station), "باب" (a city gate, "باب
الخميس"), the Maghreb's street words "نهج" (Tunisia), "زنقة" and "درب" (Morocco), each
in the construct state that names (no article: "زار المستشفى السبت" is a visit on
Saturday; Arabic grammar's iḍāfa, whose head never takes "ال"), and the
French "hôpital du 20-Août", "jardin du 19-Mars", "parc du 14-Juillet". A word that is a
time's ("le pont du 15 août", the holiday weekend; "au cours du 3 mars"; "ليل الثلاثاء",
Tuesday night; "صلاة الجمعة", the Friday prayer, held on a Friday) is left out of each
class. A French station or a street is also named with no linking word ("la station
Quatre-Septembre"): that bare type word counts before a capitalised mention only
(:data:`_BARE_TYPE_BEFORE`; mid-sentence French writes days and months in lower case, the
Imprimerie nationale's rule, so "au stade samedi" stays a date).

Pure functions on strings; nothing raises.
"""

from __future__ import annotations

import re

from veille.enrich.street_names import STREET_TYPE

_SP = r"[ \t\u00a0]+"
PLACE_TYPE_BEFORE = re.compile(
    r"(?i)(?:"
    # French: FANTOIR/BAN voie types and public places, with "du"/"des" ("rue du 11
    # Novembre", "place du 14 Juillet", "lycée du 8 Mai"); never "pont" (the holiday
    # weekend, "le pont du 15 août") nor "cours" ("au cours du 3 mars")
    r"(?<![\w-])(?:rue|avenue|av\.|boulevard|bd|place|quai|all[ée]e|impasse|square|"
    rf"esplanade|parvis|rond-point|promenade|cit[ée]|lyc[ée]e|coll[èe]ge|[ée]cole|stade|"
    rf"r[ée]sidence|gare|h[ôo]pital|clinique|jardin|parc|station|quartier|march[ée]|"
    rf"cimeti[èe]re){_SP}(?:du|des){_SP}"
    # Spanish: INE tipos de vía and public places ("avenida 9 de Julio", "plaza del Dos de
    # Mayo", "Plaza de Mayo")
    r"|(?<![\w-])(?:calle|avenida|avda\.|paseo|plaza|glorieta|puente|estaci[óo]n|barrio|"
    rf"colonia|estadio){_SP}(?:del?{_SP})?"
    # Italian: ISTAT DUG ("via XX Settembre", "corso 22 Marzo", "piazza IV Novembre")
    rf"|(?<![\w-])(?:via|viale|piazza|piazzale|corso|largo|stazione){_SP}(?:del{_SP})?"
    # Portuguese: CTT/IBGE types ("Avenida 24 de Julho", "Ponte 25 de Abril", "Rua Sete
    # de Setembro")
    r"|(?<![\w-])(?:rua|avenida|av\.|pra[çc]a|largo|ponte|esta[çc][ãa]o|bairro|travessa|"
    rf"alameda|est[áa]dio){_SP}(?:d[eoa]{_SP})?"
    # German: a type word and the genitive "des" ("Straße des 17. Juni", "Platz des 18.
    # März")
    rf"|(?:stra(?:ß|ss)e|platz|allee|br[üu]cke|ufer|damm|ring|chaussee){_SP}des{_SP}"
    # Arabic: the type word, a clitic preposition or conjunction glued before it
    r"|(?<![\u0621-\u064a])[وفبل]?(?:(?:ال)?(?:شارع|ميدان|ساحة|سوق|حي|جسر|كوبري)"
    # a building's head in the construct state, never with the article: "افتتح المستشفى
    # الأحد" is "opened the hospital on Sunday", "مستشفى الأحد" a hospital's name
    r"|(?:جامع|مسجد|زاوية|مدرسة|مستشفى|محطة|باب|نهج|زنقة|درب))"
    rf"{_SP}"
    r")$")
"""A place's type word (and its linking word) right before a day or a weekday: the day
names the place (module docstring)."""
_BARE_TYPE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:rue|avenue|boulevard|place|station|m[ée]tro|gare|lyc[ée]e|"
    r"coll[èe]ge|[ée]cole|h[ôo]pital|stade|cit[ée])[ \t\u00a0]+$")
"""A French type word with no linking word ("la station Quatre-Septembre", "le lycée
Huit-Mai-1945"): a name only before a capitalised mention (module docstring)."""
_LINK_OPENING = re.compile(r"(?i)^(?:du|des|de|del|do|da|d['’])[ \t\u00a0]+")
"""A linking word a mention may open with ("du 11 Novembre" read whole): read with the
type word before it."""
_ENGLISH_WEEKDAY = re.compile(r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
_ENGLISH_TYPE_AFTER = re.compile(
    rf"(?:[ \t\u00a0]+[A-Z][\w'’-]*){{0,2}}?[ \t\u00a0]+(?:{STREET_TYPE}|Square|Place|"
    r"Market)\b")
"""Capitalised words ending in a street's or a market's type after an English weekday:
"Tuesday Market Place", "Saturday Road"."""
_BEFORE_WINDOW = 30


def in_a_place_name(text: str, start: int, end: int) -> bool:
    """Whether the date mentioned at ``text[start:end]`` is (part of) a place's name: a
    place's type word right before it (:data:`PLACE_TYPE_BEFORE`, its linking word before
    the mention or opening it; :data:`_BARE_TYPE_BEFORE` before a capitalised one), or,
    an English weekday, a street's or a market's type after it
    (:data:`_ENGLISH_TYPE_AFTER`)."""
    mention = text[start:end]
    link = _LINK_OPENING.match(mention)
    before = text[max(0, start - _BEFORE_WINDOW):start] + (link.group() if link else "")
    if PLACE_TYPE_BEFORE.search(before):
        return True
    if mention[:1].isupper() and _BARE_TYPE_BEFORE.search(before):
        return True
    return bool(_ENGLISH_WEEKDAY.match(mention.strip())
                and _ENGLISH_TYPE_AFTER.match(text, end))
