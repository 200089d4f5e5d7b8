"""Compass-point words (Nord, Sud, Est, Ouest, Centre, Midi) that name no place.

French capitalises a cardinal point when it names an area ("le Nord", "dans l'Ouest"), and
two of them are the names of a French subdivision (the département du Nord, FR-59; the
Centre-Val de Loire region, once "Centre"). The same capitalised word also names a part of
something else or a direction, and then it is no place of its own (Imprimerie nationale,
*Lexique des règles typographiques*, "Points cardinaux": "le nord de la France", "les
quartiers Nord"): t-final24 F5, "un règlement de comptes dans les quartiers Nord"
(Marseille) filed under the département du Nord, and "le camion se dirigeait vers le Nord"
(Rouen); S2, "le Centre des monuments nationaux" listed as the place "Centre".

A mention is such a use when the words before it make it a part or a direction
(:data:`PART_BEFORE`: "quartiers Nord", "vers le Nord", "la façade Ouest"), or the words
after it make it a part of another area or the head of a body's name
(:data:`PART_AFTER`: "l'Est de la France", "le Centre des monuments nationaux", "le Centre
hospitalier"). "Dans le Nord", "le Nord a voté", "Lille (Nord)" stay the département.
"""

from __future__ import annotations

import re

from veille.enrich.text import fold

COMPASS_WORDS = frozenset({"nord", "sud", "est", "ouest", "centre", "midi"})
"""Folded cardinal points and their usual French synonyms ("le Midi": the south)."""

PART_BEFORE = re.compile(
    r"(?i)(?:\b(?:quartiers?|secteurs?|banlieues?|faubourgs?|zones?|cités?|versants?|"
    r"façades?|flancs?|côtés?|ailes?|parties?|rives?|portes?|tribunes?|gares?|"
    r"autoroutes?|routes?|rocades?|pistes?|pôles?|hémisphères?)"
    r"|\bvers[ \t\u00a0]+(?:le|la|l['’])|\bdirection(?:[ \t\u00a0]+(?:du|de[ \t\u00a0]+l['’]))?"
    r"|\bcap[ \t\u00a0]+(?:au|sur[ \t\u00a0]+le|vers[ \t\u00a0]+le|à[ \t\u00a0]+l['’])"
    r"|\bplein"
    r"|\b(?:directeurs?|directrices?|directions?|chefs?|services?|responsables?|"
    r"délégués?|déléguées?|délégations?|divisions?|subdivisions?|inspections?)"
    r"(?:[ \t\u00a0]+[\w'’-]+){1,4}?[ \t\u00a0]+(?:du|de[ \t\u00a0]+l['’]))[ \t\u00a0]*$")
"""Words right before a cardinal point that make it a part of a place or a direction:
"les quartiers Nord", "la façade Ouest", "vers le Nord", "direction Sud", "cap au Sud";
or the district of a service a head or a service noun names ("le directeur des routes du
Sud-Ouest", "le chef du service des routes du Centre-Est": the Direction
interdépartementale des routes Sud-Ouest, a body's name, no area of its own; t-final36 A7)."""

PART_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?:de|du|des)[ \t\u00a0]|d['’]|[a-zàâäçéèêëîïôöùûüÿœ]+(?:al|aux|ier|"
    r"ière|el|elle|ique|if|ive|ien|ienne|aire|in|ine)\b)")
"""What right after a cardinal point makes it a part of another area or the head of a
body's name: a complement ("l'Est de la France", "le Nord du Mali", "le Centre des
monuments nationaux") or a lower-case adjective ("le Centre hospitalier", "le Centre
national d'études spatiales", "le Midi viticole"). A verb ("le Nord a voté", "le Nord est
touché") is neither."""


def compass_word(name: str) -> bool:
    """Whether ``name`` is one cardinal point (:data:`COMPASS_WORDS`), or two joined by a
    hyphen ("Sud-Ouest", "Centre-Est")."""
    parts = re.split(r"[- ]+", fold(name).lower().strip())
    return 0 < len(parts) <= 2 and all(part in COMPASS_WORDS for part in parts)


def part_or_direction(text: str, start: int, end: int) -> bool:
    """Whether the cardinal point written at ``text[start:end]`` names a part of a place,
    a direction or a body, and no area of its own (:data:`PART_BEFORE`,
    :data:`PART_AFTER`). Offsets are character offsets into ``text``."""
    return bool(PART_BEFORE.search(text, max(0, start - 70), start)
                or PART_AFTER.match(text, end))


def _part_mention(mention: list[object], text: str) -> bool:
    return compass_word(str(mention[2])) and part_or_direction(
        text, int(str(mention[0])), int(str(mention[1])))


def drop_part_mentions(entity: dict[str, object], text: str) -> None:
    """``entity`` without its mentions that are a part, a direction or a body's head
    (:func:`part_or_direction`), when others remain: "le directeur des routes du
    Sud-Ouest" is a service's district, "les vignobles du Sud-Ouest" in the same article
    the area, which alone stays a mention (r-who49's open case: one such mention kept the
    district as a place). In place; :func:`compass_only` drops the entity when none
    remains."""
    mentions = entity.get("mentions") or []
    assert isinstance(mentions, list)
    kept = [m for m in mentions if not _part_mention(m, text)]
    if kept and len(kept) < len(mentions):
        entity["mentions"], entity["count"] = kept, len(kept)


AREA_WORDS = frozenset({"nord", "centre"})
"""Folded cardinal points that alone name a French subdivision (the département du Nord,
the Centre region): :func:`part_named` leaves them to the gazetteer."""


def part_named(word: str, text: str) -> bool:
    """Whether ``text`` writes the cardinal point ``word`` (any case) as a part of a named
    place, after a definite article and before that place's capitalised name: "dans l'est
    de La Réunion", "le sud de la Guadeloupe", "au Nord-Est du Mali". One sense per
    document (Gale, Church and Yarowsky 1992): the bare "communes de l'Est" of the same
    text is that part, no area of its own (t-final53 A12). Not for a word of
    :data:`AREA_WORDS`, which alone names a département or a region ("le nord de la France"
    beside "dans le Nord")."""
    folded = fold(word).lower()
    if not compass_word(word) or folded in AREA_WORDS:
        return False
    pattern = (r"(?i:(?<![\w'’-])(?:l['’]|(?:le|au|du)[ \t\u00a0]+)" + re.escape(word)
               + r")(?i:[ \t\u00a0]+(?:de(?:[ \t\u00a0]+la|[ \t\u00a0]+l['’])?|du|des)"
               r"|[ \t\u00a0]+d['’])[ \t\u00a0]*(?:(?:la|le|les)[ \t\u00a0]+|l['’])?[A-ZÀ-Ý]")
    return re.search(pattern, text) is not None


def compass_only(entity: dict[str, object], text: str) -> bool:
    """Whether ``entity`` (an enrichment entity: ``mentions`` are ``[start, end, written]``
    into ``text``) is a cardinal point every mention of which is a part, a direction or a
    body's head (:func:`part_or_direction`), or one the text writes as a part of a named
    place elsewhere (:func:`part_named`): no place, and no entity either."""
    mentions = entity.get("mentions") or []
    assert isinstance(mentions, list)
    return bool(mentions) and (all(_part_mention(m, text) for m in mentions) or all(
        part_named(str(m[2]), text) for m in mentions))
