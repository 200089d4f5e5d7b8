"""A place's name inside a building's or venue's name is no place of the article (issue 16).

"Palau de la Virreina" is a palace of Barcelona (Catalan *palau*, palace), not the country
Palau; "le Palais de Tokyo" is a museum of Paris, "el Palacio de Chile" a building of
Madrid, "das Palais Schweden" a hall of Cologne, "il Teatro Argentina" a theatre of Rome,
"the Hotel Russia", "le Café de Flore", "l'Hôtel de Suède". The name's head noun — the
building's type — decides what the span is: one venue, a place written literally (LOC,
``literal``), whose town is the article's other places, never the place its name borrows.

Two shapes, read on the entity stage's mentions (:func:`venue_span`):

- **the head before the mention**: the recogniser read "Tokyo", "Schweden", "Argentina"
  alone, after a capitalised head noun ("Palais de", "Palais", "Teatro") or after a
  lower-case head noun in apposition with no linking word ("le palais Schweden"): the
  whole venue is the span. A lower-case head and "de" is left alone: "le stade de Lille",
  "le théâtre de Caen" are those towns' (places.py ``_VENUE_BEFORE``); a lower-case head
  in apposition counts only before a country's or region's name ("la maison Bousquet"
  is a firm, Europeana's 1900s papers);
- **the head as the mention**: the recogniser read the head noun itself as a place
  ("Palau", a country; "Palacio"), and a linking word and a capitalised name follow, or
  an article precedes and a capitalised name follows ("al Palau Robert"): the venue runs
  over that name.

:data:`HEADS` is a closed class: the building types that open a venue's proper name in
the languages veille reads — the natures of IGN's BD TOPO ``BATIMENT`` and
``ZONE_D_ACTIVITE_OU_D_INTERET`` in French (palais, hôtel, gare, théâtre, maison, café,
stade, pont, musée, château…) and their translations (es/ca/it/pt/de/en), less the nouns
that open other names too ("Tour de France" is a race; "Villa Clara" is a province; "Place"
and streets are :mod:`veille.enrich.kind_heads`'s; "Institut", "Banque" open
organisations). A span the gazetteer knows whole is a town ("Ponte de Lima", "Castelo
Branco", "Puente Genil"), not a venue: the caller checks (:mod:`veille.enrich.kind_heads`).

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.text import fold

HEADS = frozenset({
    # French
    "palais", "hotel", "gare", "theatre", "maison", "cafe", "stade", "pont", "musee",
    "chateau", "opera", "cinema", "galerie", "brasserie", "auberge", "porte",
    "pavillon", "halle", "salle", "manoir", "abbaye",
    # Spanish
    "palacio", "estacion", "teatro", "casa", "estadio", "puente", "museo", "castillo",
    "cine", "restaurante", "mercado",
    # Catalan
    "palau", "estacio", "teatre", "estadi", "museu", "castell", "mercat",
    # Italian
    "palazzo", "albergo", "stazione", "caffe", "stadio", "ponte", "castello", "palazzetto",
    # Portuguese (palácio, estádio: the Spanish words once folded)
    "estacao", "castelo",
    # German
    "schloss", "bahnhof", "theater", "haus", "stadion", "brucke", "museum", "kino",
    # English
    "palace", "station", "stadium", "bridge", "castle", "pub",
    # hospitals, schools, halls and airports, which take a person's name as often as a
    # place's ("l'hôpital Georges-Pompidou", "el hospital Miguel Servet", "le lycée
    # Jean-Moulin", "l'aéroport Charles-de-Gaulle"; r-places58)
    "hopital", "hospital", "ospedale", "krankenhaus", "klinikum", "lycee", "liceo",
    "aeroport", "aeropuerto", "aeroporto", "flughafen", "arena",
})
"""The building types that open a venue's name, accent-folded (module docstring)."""

_SP = r"[ \t\u00a0]"
_LINK = (r"(?:de" + _SP + r"+la|de" + _SP + r"+les|de" + _SP + r"+los|de" + _SP
         + r"+las|de" + _SP + r"+l['’]|del|dels|della|dello|degli|delle|dei|do|da|dos|"
         r"das|du|des|de|di|d['’])")
_HEAD_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<head>[^\W\d_]+)" + _SP + r"+(?:(?P<link>" + _LINK + r")(?:" + _SP
    + r"+|(?<=['’])))?$")
"""A word, then optionally a linking word, right before a name ("Palais de ", "Teatro ",
"Palau de la ", "Hôtel d'")."""
_NAME_AFTER = re.compile(
    _SP + r"+(?:" + _LINK + r"(?:" + _SP + r"+|(?<=['’])))?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:" + _SP + r"+[A-ZÀ-Ý][\w'’-]*){0,2})")
"""What follows a head read as a mention: a linking word, then one to three capitalised
words ("Palau" + " de la Virreina", "Palau" + " Sant Jordi")."""
_ARTICLE_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:el|al|del|pel|en|o|no|do|ao|il|al|nel|dal|im|ins|am|le|au)" + _SP
    + r"+$")
"""A definite article (or its contraction with a preposition) right before a head: a
building, not a country ("al Palau Robert", "no Palácio Cristal")."""


def is_venue_head(word: str) -> bool:
    """Whether ``word`` (any case) is a building's or a venue's head noun of
    :data:`HEADS` ("Gare", "Stazione", "Hôtel", "Palazzo", "Bahnhof")."""
    return fold(word) in HEADS


def venue_span(text: str, start: int, end: int,
               areas_only: bool = False, person: bool = False) -> tuple[int, int] | None:
    """``(start, end)`` of the venue whose name holds the mention ``text[start:end]`` when
    a building's head noun decides it (module docstring), else None. A mention that
    already opens with a head noun ("Gare de Lyon", "Hôtel de Suède") is the venue
    whole and gives None. A lower-case head in apposition counts only with
    ``areas_only`` (the caller knows the mention reads only as a country or region:
    "le palais Schweden"; "la maison Bousquet" is a firm, "le café Paillard" a café
    named after its owner, "gare Paris" a price's place of delivery), or with ``person``
    (the caller knows the mention is a person's full name: "le stade Pierre-Mauroy", "el
    estadio Santiago Bernabéu", "lo stadio Giuseppe Meazza": a venue named after that
    person, neither the person nor a place "Santiago"; a firm or a café takes a surname
    alone)."""
    mention = text[start:end]
    words = mention.split()
    if not words:
        return None
    if len(words) == 1 and is_venue_head(words[0]):
        after = _NAME_AFTER.match(text, end)
        if after is not None and (after.group(0).strip() != after.group("name")
                                  or _ARTICLE_BEFORE.search(text, max(0, start - 8), start)):
            return start, after.end()
        return None
    if is_venue_head(words[0]):
        return None
    before = _HEAD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not is_venue_head(before.group("head")):
        return None
    head = before.group("head")
    if head[:1].islower() and (before.group("link") or not (areas_only or person)):
        return None  # "le stade de Lille": that town's; "la maison Bousquet", a firm
    if head[:1].isupper() and _sentence_start(text, before.start()) and \
            before.group("link") is None and fold(head) in _COMMON_OPENERS:
        return None
    return before.start(), end


_COMMON_OPENERS = frozenset({"maison", "casa", "haus", "porte", "salle", "halle"})
"""Heads that open a sentence as a common word before a name ("Maison Dupont" is a
shop's, but "Casa Rosada"…): capitalised only by the sentence, they need their "de"."""


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence (a paragraph, or after ". ", "! ", "? ", ": ")."""
    before = text[max(0, at - 3):at].rstrip(" \t\u00a0")
    return not before or before[-1:] in ".!?:\n«\"“"
