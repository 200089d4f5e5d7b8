"""The short forms French news writes for large communes with compound names.

INSEE names a commune officially ("Brive-la-Gaillarde", "Cherbourg-en-Cotentin",
"Charleville-Mézières", "Aix-en-Provence", "Châlons-en-Champagne"); its own region's press,
and the national press after it, write the first element ("l'hôpital de Brive", "Cherbourg
: …"). :func:`short_forms` derives those short forms from the commune table veille ships
(``enrich/data/communes.tsv.gz``, INSEE) by one rule, so the headline-towns rule of
:mod:`veille.dedup.stories` (:func:`veille.dedup.specifics.towns`) reads them as the commune
(newuser17c S1: two hospital cyberattacks, in "Brive" and in Périgueux, were one story).

The rule: the first element of a hyphenated commune name ("Brive" of "Brive-la-Gaillarde")
names that commune when

- the commune has :data:`POPULATION` inhabitants or more (the communes the towns rule reads
  at all);
- the element is one word of :data:`MIN_LETTERS` letters or more (not an article: "Le
  Grand-Quevilly" and "La Roche-sur-Yon" give none, "Le Grand", "La Roche" being read
  too often as words);
- the commune is :data:`DOMINANCE` times as populous as all the other communes whose name
  is that element or starts with it followed by a hyphen, together: "Aix" is Aix-en-Provence
  (142,000 against 39,000 for Aix-les-Bains and six small Aix-…), "Boulogne" is
  Boulogne-Billancourt (120,000 against 43,000); "Bourg" (Bourg-en-Bresse, 42,000 against
  92,000 in thirty other Bourg-…), "Villeneuve", "Saint", "Montigny" name no commune.

A common word written capitalised at a headline's start ("Six blessés…", "Salon de
l'auto…") can be read as a commune this way (Six-Fours-les-Plages, Salon-de-Provence): the
towns rule reads both sides' texts alike, so a word both sides write agrees with itself, and
a side whose headline names no town never disagrees (a limit: veille ships no French word
list to tell common words apart).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from veille.extract.textshape import fold

POPULATION = 20_000
"""Inhabitants a commune needs for its short form (as :data:`veille.dedup.specifics.
TOWN_POPULATION`)."""
DOMINANCE = 2.0
"""How many times as populous as every other commune of that first element together a
commune must be for the element to name it alone (two thirds of the people living in a
commune so named or more)."""
MIN_LETTERS = 3
"""Letters the short form needs ("Aix", "Ris")."""

_WORD = re.compile(r"[^\W\d_]+")


def short_forms(communes: Iterable[tuple[str, int]], population: int = POPULATION
                ) -> dict[str, str]:
    """Folded short form -> the folded official name of the commune it names, from
    ``(name, inhabitants)`` rows (every commune, small ones too: they make a short form
    ambiguous). Linear in the rows; empty when none qualifies."""
    rows = list(communes)
    carriers: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for name, people in rows:
        first = name.split("-", 1)[0]
        carriers[fold(first)].append((people, name))
    out: dict[str, str] = {}
    for short, named in carriers.items():
        named.sort(key=lambda row: (-row[0], row[1]))
        people, name = named[0]
        if "-" not in name or people < population or len(short) < MIN_LETTERS or \
                not _WORD.fullmatch(short):
            continue
        others = sum(p for p, _ in named[1:])
        if people >= DOMINANCE * others:
            out[short] = fold(name)
    return out
