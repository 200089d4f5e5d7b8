"""What happened, finely: the **fine kind** of an incident an article's headline and lead tell.

:mod:`veille.dedup.event_kinds` files events as a news desk does, coarsely: an avalanche, an
earthquake, a flood and a landslide are all a "disaster"; a drone over a runway, an aborted
take-off and a passenger hit by a metro train are all an "accident". Two such events a few
days apart in one region or at one airport share that kind, its generic words ("bilan",
"secours", "pompiers", "trafic interrompu") and often the official quoted (the préfet, the
airport's spokeswoman, the network's operator), and no rule parted them (issue #14,
t-reader25 R1 C and D, t-final25 F8, f-stories26): a toll update of an earthquake joined an
avalanche's story. What tells them apart is the incident itself, named by a few words that
outlets of one event share whatever their wording ("avalanche" / "coulée"; "séisme" /
"secousse" / "tremblement de terre"; "crue" / "inondation" / "le gave déborde").

:func:`fine_kinds` reads those words in an article's headline and lead (the story stage
compares what each side's headline and first sentence say happened with what the other
side's texts name anywhere: :data:`veille.dedup.stories.FINE_KINDS`). The lexicon was
written from the incident classes of disaster and accident reporting (EM-DAT's hazard
types for disasters; transport incident classes: collision, derailment, breakdown, aborted
take-off, burst tyre, emergency landing; the road departure, f-events32), before any
benchmark was run with it. Kinds that
are often one event's parts (a storm and its floods, a fire and its smoke, an explosion and its
gas leak) are :data:`RELATED`: they never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from veille.extract.textshape import fold_text

FINE = "what:"
"""The prefix of a fine kind's key among an article's story keys (``what:avalanche``)."""

FINE_KINDS: dict[str, tuple[str, ...]] = {
    "avalanche": ("avalanche", "coulee de neige", "plaque de neige"),
    "earthquake": ("seisme", "sismi", "tremblement de terre", "secousse", "tellurique",
                   "earthquake"),
    "flood": ("crue ", "crues ", "inond", "deborde", "sorti de son lit", "sortie de son lit",
              "montee des eaux", "submersion", "flood"),
    "landslide": ("glissement de terrain", "glissements de terrain", "eboulement",
                  "coulee de boue", "coulees de boue", "landslide"),
    "storm": ("tempete", "ouragan", "cyclone", "typhon", "tornade", "rafales", "orage ",
              "orages ", "vents violents", "storm", "hurricane"),
    "fire": ("incendi", "flammes", "feu de foret", "feux de foret", "depart de feu",
             "departs de feu", "wildfire", "blaze"),
    "explosion": ("explosion", "explose"),
    "gas": ("fuite de gaz", "gas leak"),
    "smoke": ("fumee", "fumees", "smoke"),
    "capsizing": ("naufrage", "chavir", "capsiz", "shipwreck"),
    "derailment": ("deraill",),
    "collision": ("collision", "collide", "percut", "carambolage", "heurte par", "heurtee par",
                  "crash"),
    # a vehicle leaving the road (the road-departure or run-off-road crash of road safety
    # statistics; f-events32: a school bus "sorti de la route" named no incident)
    "runoff": ("sortie de route", "sorties de route", "sort de la route", "sorti de la route",
               "sortie de la route", "sortis de la route", "left the road",
               "came off the road", "ran off the road"),
    "breakdown": ("panne", "avarie", "breakdown"),
    "takeoff": ("decollage", "take-off", "takeoff"),
    "tyre": ("pneu ", "pneus ", "crevaison", "tyre", "tire burst"),
    "landing": ("atterrissage d'urgence", "atterrissage force", "se poser en urgence",
                "s'est pose en urgence", "atterri en urgence", "emergency landing"),
    "drone": ("drone",),
    "cyberattack": ("cyberattaque", "cyber-attaque", "rancongiciel", "ransomware",
                    "piratage", "attaque informatique", "deni de service", "ddos",
                    "cyberattack"),
    "escape": ("evasion", "evade", "s'est echappe", "escape"),
    "shooting": ("fusillade", "par balle", "coups de feu", "shooting"),
    "stabbing": ("poignard", "coup de couteau", "coups de couteau", "arme blanche",
                 "stabbing"),
    "robbery": ("braquage", "braque", "vol a main armee", "hold-up", "robbery"),
}
"""Fine kind -> folded entries that name an incident of the kind. A single word matches a
word of the text that starts with it ("inond" reads "inondation", "inondant"); an entry of
several words, or with a trailing space (a whole word: "crue " is not "cruel"), matches
those words as written. Words that name no incident on their own ("bilan", "victimes",
"secours", "évacués", "trafic interrompu", "feu", which is also "sous le feu des
critiques") are not in it."""

RELATED: frozenset[frozenset[str]] = frozenset({
    frozenset({"storm", "flood"}), frozenset({"storm", "landslide"}),
    frozenset({"flood", "landslide"}), frozenset({"fire", "explosion"}),
    frozenset({"fire", "smoke"}), frozenset({"explosion", "gas"}),
    frozenset({"collision", "derailment"}), frozenset({"collision", "runoff"}),
    frozenset({"landing", "smoke"}),
    frozenset({"landing", "breakdown"}), frozenset({"takeoff", "breakdown"}),
})
"""Pairs of fine kinds often told of one event (a storm's floods, a fire's smoke, a gas
leak's explosion, a train's collision and derailment, an emergency landing after smoke or a
failure): a side telling one and a side telling the other never disagree."""

_WORDS = re.compile(r"[a-z0-9]+")


def _compile() -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str]]]:
    """Single-word entries indexed by their first four letters; the others as phrases of
    folded words joined by single spaces, with a space at each end (a trailing space in the
    entry: a whole word)."""
    single: dict[str, list[tuple[str, str]]] = {}
    phrases: list[tuple[str, str]] = []
    for kind, entries in FINE_KINDS.items():
        for entry in entries:
            words = _WORDS.findall(entry)
            if len(words) == 1 and not entry.endswith(" ") and "-" not in entry:
                single.setdefault(words[0][:4], []).append((words[0], kind))
            else:
                phrases.append((" " + " ".join(words) + (" " if entry.endswith(" ") else ""),
                                kind))
    return single, phrases


_SINGLE, _PHRASES = _compile()


def fine_kinds(text: str) -> frozenset[str]:
    """The fine kinds (keys of :data:`FINE_KINDS`) ``text`` names, each prefixed
    :data:`FINE`; empty when it names none. Linear in the text."""
    words = _WORDS.findall(fold_text(text))
    found: set[str] = set()
    for word in set(words):
        for entry, kind in _SINGLE.get(word[:4], ()):
            if word.startswith(entry):
                found.add(FINE + kind)
    joined = f" {' '.join(words)} "
    for phrase, kind in _PHRASES:
        if FINE + kind not in found and phrase in joined:
            found.add(FINE + kind)
    return frozenset(found)


def fine_kinds_differ(ours: Iterable[str], theirs: Iterable[str], our_text: frozenset[str],
                      their_text: frozenset[str]) -> bool:
    """Whether two sides tell different incidents: both sides' headlines and leads name fine
    kinds (``ours``, ``theirs``: keys of :func:`fine_kinds`), and no kind of either side is
    named anywhere in the other side's texts (``their_text``, ``our_text``: the fine kinds
    of each side's headline and text) nor :data:`RELATED` to one named there."""
    lead = {k for k in ours if k.startswith(FINE)}
    kept = {k for k in theirs if k.startswith(FINE)}
    if not lead or not kept:
        return False
    return not _told(lead, their_text) and not _told(kept, our_text)


def _told(keys: set[str], text: frozenset[str]) -> bool:
    """Whether one of ``keys`` is among ``text``'s fine kinds, or related to one of them."""
    for key in keys:
        if key in text:
            return True
        kind = key.removeprefix(FINE)
        if any(frozenset({kind, other.removeprefix(FINE)}) in RELATED for other in text):
            return True
    return False
