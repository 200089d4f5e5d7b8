"""Named storms: the name a weather service gives a storm is one event's key for its days.

A cyclone, a hurricane, a winter storm is named ("le cyclone Fytia", "Storm Ciarán", "la
borrasca Leandra", "Sturmtief Zeynep"), and every article on it in the next days writes that
name, often with few other words in common: the first death and the alerts, "le bilan
s'alourdit à deux morts" the next day with the prefect's words, the aid, the schools
reopening (h-stories58, t-final58 item 5: cyclone Fytia in four stories). :func:`storm_keys`
reads the names a text gives a storm (a storm word, then a capitalised name), as keys
:data:`STORM` + the folded name; :mod:`veille.dedup.stories` (:data:`veille.dedup.stories.
STORMS`) keeps them with an article's headline terms and joins an article to a story when
one side names a storm the other side writes, within :data:`veille.dedup.stories.
STORM_DAYS` days. The storm words are the common nouns of the WMO's storm classes (tropical
cyclone, hurricane, typhoon; an extratropical storm or low) in French, English, Spanish,
Portuguese, Italian and German, as the press writes them before a name.
"""

from __future__ import annotations

import re

from veille.extract.textshape import fold

STORM = "@"
"""The prefix of a storm key (``"@fytia"``): no story term starts with it."""

STORM_WORDS = (
    # French
    "cyclone", "tempête", "tempete", "ouragan", "typhon", "dépression", "tempête tropicale",
    # English
    "storm", "hurricane", "typhoon", "tropical storm", "cyclone",
    # Spanish, Portuguese, Italian
    "borrasca", "tormenta", "huracán", "huracan", "tifón", "ciclón", "tempestade",
    "furacão", "furacao", "tufão", "ciclone", "tempesta", "uragano", "tifone",
    # German
    "sturm", "sturmtief", "orkan", "orkantief", "hurrikan", "taifun", "zyklon",
)
"""The words a storm's name follows (matched without regard to case)."""

_NAME = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(w) for w in STORM_WORDS}, key=len, reverse=True))
    + r")\s+[«\"“'‘]?\s*([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})\b(?![-'’][A-Za-zÀ-ÿ])",
    re.IGNORECASE)
"""A storm word, spaces (a quote), then a capitalised word of three letters or more, not the
first part of a compound ("tempête Saint-…"). Only the storm word ignores case: the name
must be written with a capital (``(?-i:…)`` is applied by :func:`storm_keys`' check)."""

NOT_NAMES = frozenset((
    "dans", "pour", "avec", "sur", "les", "des", "une", "cette", "selon", "mais", "the", "this",
    "and", "after", "with", "for", "con", "por", "para", "los", "las", "una", "der", "die",
    "das", "und", "mit", "center", "centre", "warning", "watch", "alert", "alerte", "alerta",
    "prediction", "shadow", "tropical", "tropicale",
))
"""Folded capitalised words after a storm word that are no storm's name: a sentence going
on, an agency ("Storm Prediction Center"), a warning, a missile ("Storm Shadow")."""

MAX_CHARS = 20_000
"""Characters of the text read (as the story terms read)."""


def storm_keys(text: str) -> frozenset[str]:
    """The storms ``text`` names, as :data:`STORM` + the folded name ("Cyclone Fytia : …" →
    ``{"@fytia"}``); empty when it names none. Reads the first :data:`MAX_CHARS`
    characters; linear in them."""
    out = set()
    for match in _NAME.finditer(text[:MAX_CHARS]):
        name = match.group(1)
        if not name[0].isupper() or not name[1:].islower():
            continue
        folded = fold(name).lower()
        if folded not in NOT_NAMES:
            out.add(STORM + folded)
    return frozenset(out)
