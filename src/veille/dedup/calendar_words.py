"""Words that tell no event apart: dates, weekdays, times of day and the function words of
the Latin-script languages veille reads besides French and English (issue #14, t-final60
#12 and #13).

A story term is a word two articles on one event share (:func:`veille.dedup.stories.
terms`). French and English function words, days and the days around today were left out
already (:data:`veille.dedup.stories.FUNCTION_WORDS`), Arabic and Russian ones too
(:data:`veille.dedup.stories.SCRIPT_FUNCTION_WORDS`); German, Spanish, Italian and
Portuguese ones were terms, and so were month names in every language and the times of day.
On a small store every shared word weighs like a rare one: a Bruges college item and a rail
strike in Germany shared "Montag", "12. Februar", "Dienstag", "die", "auf", "mit", "sagte"
and became one story ("2 sources, each with its own article"); a Venezuelan blackout and a
Spanish port brief shared "el jueves por la noche", "por", "del". A date is what two
unrelated events of one week share most: it is never evidence of one event.

Hand-picked from the Snowball stop lists (snowballstem.org, BSD) of German, Spanish,
Italian and Portuguese, words of three letters or more (shorter ones are no terms), less
those that are French or English content words or names (German "war", "man", "hat";
Italian "era"; Portuguese "são" of São Paulo, "ate"; Spanish "han", "este"); the
months of :data:`veille.extract.dates.MONTHS` as written there (no CLDR additions) and the
weekdays of :data:`veille.extract.dates.WEEKDAYS`, with their Portuguese, Russian and
Arabic forms, and the times of day. Keys are folded (:func:`veille.extract.textshape.fold`).
"""

from __future__ import annotations

import re

from veille.extract.dates import _WRITTEN_MONTHS, WEEKDAYS
from veille.extract.textshape import fold

LATIN_FUNCTION_WORDS = frozenset(fold(word) for word in (
    # German
    "der die das den dem des und mit von auf für fuer bei nach aus wie als zum zur vom "
    "über ueber unter dass daß sie wir ihr ihm ihn ihnen sein seine seinen seiner ihre "
    "ihren ihrer oder aber noch nur schon bis durch gegen ohne auch sich nicht ein eine "
    "einen einem einer eines ist sind war waren wird werden wurde wurden hat haben hatte "
    "hatten kann können soll sollen will wollen muss müssen man mehr sehr dieser diese "
    "dieses diesem diesen jetzt heute gestern morgen vor seit zwischen beim nachdem wenn "
    "weil damit dabei dazu sagte sagt erklärte teilte mitteilte mit bekannt gab laut "
    # Spanish
    "los las del por para con una uno unos unas que como pero más mas sus este esta estos "
    "estas ese esa eso ante tras desde hasta entre sobre según segun cuando donde muy también "
    "tambien fue fueron ser sido está esta están estan hay había habia dijo afirmó afirmo "
    "informó informo aseguró aseguro explicó explico señaló senalo ayer hoy mañana manana "
    "tarde noche madrugada "
    # Italian
    "che del della dello delle dei degli alla alle allo agli nel nella nello nelle nei "
    "negli sul sulla sui dal dalla dai per con non una uno come anche sono era erano stato "
    "stata questo questa quello quella dopo prima fino tra fra ieri oggi domani sera mattina "
    "notte pomeriggio detto dichiarato spiegato comunicato annunciato "
    # Portuguese
    "dos das uma umas uns com não nao pelo pela pelos pelas seu sua seus suas mais foi "
    "foram ser está estão estao são sao também tambem segundo após apos até ate ontem hoje "
    "amanhã amanha manhã noite disse afirmou informou explicou "
    # Spanish, Italian and Portuguese "durante" (h-stories65)
    "durante "
    # Catalan (h-stories65: a Girona flat fire and the city's flower festival shared
    # "els", "del", "que"; Snowball has no Catalan list: the articles, prepositions,
    # demonstratives and auxiliaries of ordinary news text, the weekdays and the days around
    # today)
    "els dels pels amb aquest aquesta aquests aquestes això aixo també tambe però pero "
    "més segons després despres abans ahir avui demà dema perquè perque quan són sigut "
    "està estan havia dilluns dimarts dimecres dijous divendres dissabte diumenge "
).split()) - frozenset({"mas", "este", "man", "war", "hat", "era", "ate", "sao"})
"""Function words of German, Spanish, Italian, Portuguese and Catalan (folded)."""

_RUSSIAN_MONTHS = (
    "январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля "
    "август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря")
_RUSSIAN_DAYS = (
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу "
    "понедельника вторника среды четверга пятницы субботы воскресенья понедельнике "
    "вторнике среде четверге пятнице субботе воскресенье утром вечером ночью днем днём "
    "утра вечера ночи")
_ARABIC_DAYS = "صباح صباحا مساء مساءً ليلة ليل ظهر"
_PORTUGUESE_DAYS = ("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
                    "sábado domingo feira")
_TIMES = ("soir matin matinée nuit night morning evening afternoon noon midnight tonight "
          "abend nacht nachmittag vormittag mittag früh")

CALENDAR_WORDS = frozenset(
    fold(word) for word in (
        *(name for month in _WRITTEN_MONTHS for name in month.split()),
        *WEEKDAYS, *_RUSSIAN_MONTHS.split(), *_RUSSIAN_DAYS.split(), *_ARABIC_DAYS.split(),
        *_PORTUGUESE_DAYS.split(), *_TIMES.split())
    if len(word) >= 3) - frozenset({"mar", "sun", "sat", "wed", "mon", "dec", "jun",
                                    "jan", "feb", "apr", "aug", "sep", "oct", "nov", "jul",
                                    "tue", "tues", "thu", "thur", "thurs", "fri", "marco"})
_FRENCH_ENGLISH_TERMS = frozenset(fold(word) for word in (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "january february march april may june july august september october november december "
    "matin matinée soir soirée nuit morning evening afternoon night tonight").split())
"""French and English months and times of day stay story terms, as they were when the
story rules' values were set on rpm2 (docs/benchmarks.md, Stories): without them a
Société Générale article of January joined the Caisse d'Épargne's October loss when rpm2
is ingested without dates (tests/dedup/test_story_chaining.py). Their weekdays and
function words were never terms (:data:`veille.dedup.stories.FUNCTION_WORDS`)."""
CALENDAR_WORDS -= _FRENCH_ENGLISH_TERMS
"""Months, weekdays and times of day in the languages veille reads (folded): no date is a
story term. The English three-letter abbreviations stay terms ("sun", "sat": words too;
"tue" is French "kills"), and so does "marco" (Portuguese "março" folded: a name)."""

_GERMAN_DAY_TIME = re.compile(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|fruh)s?")
"""German writes a weekday and a time of day as one word ("Dienstagabend",
"Montagmorgen"), folded."""


def is_calendar_word(key: str) -> bool:
    """Whether the folded word ``key`` is a date word (:data:`CALENDAR_WORDS`, a German
    weekday-time compound) or a Latin-script function word (:data:`LATIN_FUNCTION_WORDS`):
    no story term."""
    return key in CALENDAR_WORDS or key in LATIN_FUNCTION_WORDS or \
        _GERMAN_DAY_TIME.fullmatch(key) is not None

