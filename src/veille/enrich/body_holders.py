"""A person's name glued by the recogniser to the body or the outlet written before it.

"ha detto il presidente della Regione Eugenio Giani": the recogniser reads "Regione Eugenio
Giani" as one organisation, and the quote's speaker became that body (t-final65 A4). A
government body named by its class noun alone after a role's genitive ("della Regione",
"de la Generalitat", "da Câmara", "des Landes", "der Stadt", "of the Council") is the
body the role is *of*; a person's name right after it is the role's holder, set in
apposition to the title (Serianni, *Grammatica italiana* V.37; RAE, *Nueva gramática*
§12.13; Duden, *Grammatik* § 1555: "der Ministerpräsident des Landes Markus Söder").
A body so named never goes on with a person's name (a body named after a person keeps a
head of another kind: "Fondazione Giorgio Cini", "Universidad Carlos III"), so the run is
cut at its known given name.

Likewise an outlet spoken to before the speaker's name ("a confié à Ouest-France Yannick Le
Goff", "ha detto all'ANSA Marco Rossi", h-speakers65 leftover): a known outlet's name
(:func:`veille.enrich.cited_outlets.is_outlet_name`) then a run opening with a known given
name is two names, the outlet's and the person's.

Pure functions on text; no I/O but the shipped tables read once.
"""

from __future__ import annotations

import re

from veille.enrich.cited_outlets import is_outlet_name
from veille.enrich.text import fold

__all__ = ["BODY_CLASS_NOUNS", "holder_after_body", "outlet_before_holder", "territory_name"]

#: Class nouns of government bodies, folded, that a role's genitive names a body by alone
#: ("il presidente della Regione", "el presidente de la Diputación", "o presidente da
#: Câmara", "der Ministerpräsident des Landes", "the leader of the Council"): territorial
#: and municipal governments and assemblies (it/es/pt/ca/fr/de/en).
BODY_CLASS_NOUNS = frozenset({
    # it
    "regione", "provincia", "comune", "citta", "giunta", "consiglio", "camera", "senato",
    "prefettura", "questura", "repubblica", "municipio",
    # es / ca / gl
    "generalitat", "diputacion", "diputacio", "junta", "xunta", "comunidad", "ayuntamiento",
    "ajuntament", "cabildo", "consell", "gobierno", "govern", "parlamento", "parlament",
    "congreso", "senado", "comunitat", "conselleria", "consejeria", "region", "ciudad",
    "concello", "delegacion", "subdelegacion",
    # pt
    "camara", "assembleia", "governo", "republica", "autarquia", "regiao",
    "prefeitura", "distrito",
    # fr
    "departement", "commune", "ville", "metropole", "prefecture", "republique",
    "collectivite", "agglomeration", "assemblee", "senat", "conseil",
    # de
    "landes", "land", "stadt", "gemeinde", "bundesregierung", "landesregierung",
    "landkreises", "landkreis", "kreises", "kreis", "bezirks", "bezirk", "regierung",
    "bundesrepublik", "republik", "freistaats", "freistaat",
    # en
    "council", "county", "borough", "city", "state", "government", "assembly", "senate",
    "parliament", "authority", "province", "commonwealth",
})

_GENITIVE_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:della|dello|delle|degli|del|dei|dell['’]|di|"  # it
    r"de[ \xa0]+la|de[ \xa0]+las|de[ \xa0]+los|del|de[ \xa0]+l['’]|dels|de|"  # es/ca
    r"da|do|das|dos|"  # pt
    r"du|des|d['’]|"  # fr
    r"der|des|"  # de
    r"of[ \xa0]+the|of)[ \xa0]*$")
"""A genitive link right before the run: the body is the complement of a role's noun."""

_WORD = re.compile(r"\S+")


def _given(word: str) -> bool:
    from veille.extract.bare_byline import known_given_name

    return known_given_name(word)


def _surnamed(words: list[re.Match[str]], index: int) -> bool:
    """Whether ``words[index:]`` is a person's name: a known given name then at least one
    capitalised word."""
    rest = words[index:]
    return len(rest) >= 2 and _given(rest[0].group()) and \
        all(w.group()[:1].isupper() or w.group().lower() in _PARTICLES for w in rest[1:]) \
        and rest[-1].group()[:1].isupper()


_PARTICLES = frozenset({"de", "da", "di", "del", "della", "do", "dos", "das", "van", "von",
                        "der", "den", "le", "la", "y", "i", "e"})


def holder_after_body(text: str, start: int, name: str) -> int | None:
    """Where the holder's name begins in ``name`` (a capitalised run at ``start`` in
    ``text``) that a government body's class noun opens after a genitive: "della" +
    "Regione Eugenio Giani" → offset of "Eugenio", "da" + "Câmara Rui Moreira" → "Rui",
    "der" + "Stadt Katja Dörner" → "Katja". None when no genitive stands before the run,
    when its first word is no body class noun (:data:`BODY_CLASS_NOUNS`), when the rest
    is not a known given name and a capitalised surname, or when the rest is a place the
    gazetteer knows ("della" + "Regione Emilia Romagna": the region's own name)."""
    words = list(_WORD.finditer(name))
    if len(words) < 3 or not _GENITIVE_BEFORE.search(text, max(0, start - 12), start):
        return None
    if fold(words[0].group().strip(",")) not in BODY_CLASS_NOUNS:
        return None
    return words[1].start() if _surnamed(words, 1) and not _place(name[words[1].start():]) \
        else None


def territory_name(name: str) -> bool:
    """Whether ``name`` after a body's class noun is a place's (:func:`_place`)."""
    return _place(name)


def _place(name: str) -> bool:
    """Whether the gazetteer knows ``name``: "Regione Emilia Romagna", "Comunidad
    Valenciana" name the territory after its class noun, no holder ("Emilia" is also a
    given name)."""
    from veille.enrich.place_names import is_place

    return is_place(name)


def outlet_before_holder(name: str) -> int | None:
    """Where a person's name begins in ``name`` when a known outlet's name opens it ("Ouest-
    France Yannick Le Goff" → offset of "Yannick", "ANSA Marco Rossi" → "Marco"): the
    longest opening words that :func:`~veille.enrich.cited_outlets.is_outlet_name` knows,
    then a known given name and a capitalised surname. None otherwise."""
    words = list(_WORD.finditer(name))
    for index in range(len(words) - 2, 0, -1):
        if is_outlet_name(name[:words[index - 1].end()]) and _surnamed(words, index):
            return words[index].start()
    return None
