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

__all__ = ["BODY_CLASS_NOUNS", "holder_after_body", "outlet_before_holder", "outlet_tail",
           "territory_name"]

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
    is a place the gazetteer knows ("della" + "Regione Emilia Romagna": the region's own
    name), or when the rest is not a known given name and a capitalised surname, unless
    a role's noun stands before the genitive and the rest has a name's shape ("la
    presidente della" + "Regione Monia Monni": "Monia" unknown; h-speakers66 brief 2)."""
    words = list(_WORD.finditer(name))
    if len(words) < 3 or not _GENITIVE_BEFORE.search(text, max(0, start - 12), start):
        return None
    if fold(words[0].group().strip(",")) not in BODY_CLASS_NOUNS:
        return None
    if _place(name[words[1].start():]):
        return None
    if _surnamed(words, 1) or (_role_before(text, start) and _name_shaped(words[1:])):
        return words[1].start()
    return None


_ROLE_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])([\w-]+)(?:[ \xa0]+(?:regionale|provinciale|comunale|municipal|"
    r"regional|provincial|general|generale|federal))?[ \xa0]+(?:della|dello|delle|degli|"
    r"del|dei|dell['’]|de[ \xa0]+la|de[ \xa0]+l['’]|de|da|do|das|dos|du|des|der|of[ \xa0]+"
    r"the|of)[ \xa0]*$")
"""A role's noun (and its qualifier) right before the body's genitive: "la presidente
della", "l'assessore regionale della", "el portavoz de la"."""

_MORE_ROLES = frozenset({
    "vicepresidente", "vicepresidenta", "vicesindaco", "vicesindaca", "portavoz",
    "portavoce", "porta-voz", "presidenta", "assessor", "assessora", "consigliere",
    "consigliera", "consejero", "consejera", "conseller", "consellera", "capogruppo",
    "segretario", "segretaria", "secretario", "secretaria", "sprecher",
    "sprecherin", "leader", "chair", "chairman", "chairwoman", "spokesman", "spokeswoman",
    "spokesperson", "dirigente", "direttore", "direttrice", "directora", "diretor",
    "diretora", "delegado", "delegada", "delegato", "delegata", "commissario",
    "commissaria", "governador", "governadora", "prefeito", "prefeita", "presidentessa"})

_INSTITUTIONAL = frozenset({
    "regionale", "provinciale", "comunale", "municipale", "metropolitana", "metropolitano",
    "nazionale", "nacional", "regional", "provincial", "municipal", "federal", "general",
    "generale", "superior", "superiore", "autonoma", "autonomo", "popolare", "civile",
    "civil", "sociale", "social", "europea", "europeo", "unita", "unida", "unido",
    "straordinario", "permanente", "speciale", "especial", "legislativa", "legislativo",
    "executiva", "ejecutiva", "esecutiva", "plenaria", "pleno", "foral", "insular"})
"""Adjectives that go on a body's own name ("Consiglio Regionale", "Giunta Esecutiva"):
no person's given name."""


def _role_before(text: str, start: int) -> bool:
    """Whether a role's noun stands right before the genitive ending at ``start``
    (:data:`_ROLE_BEFORE`; the noun in :data:`~veille.enrich.quotes_titles.ROLE_NOUNS`
    or :data:`_MORE_ROLES`)."""
    from veille.enrich.quotes_titles import ROLE_NOUNS

    match = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return False
    noun = fold(match.group(1)).split("'")[-1].split("’")[-1]
    return noun in ROLE_NOUNS or noun in _MORE_ROLES


def _name_shaped(rest: list[re.Match[str]]) -> bool:
    """Whether ``rest`` is two or three capitalised words (no acronym, no body's
    adjective, no body's class noun, no organisation's head noun): a person's name whose
    given name the table does not know ("Monia Monni", "Rossella Taddei")."""
    from veille.enrich.organisation_heads import is_organisation_head

    if not 2 <= len(rest) <= 3:
        return False
    for word in (w.group().strip(",") for w in rest):
        key = fold(word)
        if not word[:1].isupper() or word.isupper() or key in _INSTITUTIONAL or \
                key in BODY_CLASS_NOUNS or any(
                    is_organisation_head(word, lang) for lang in ("it", "es", "pt", "ca",
                                                                 "de", "en")):
            return False
    return True


def territory_name(name: str) -> bool:
    """Whether ``name`` after a body's class noun is a place's (:func:`_place`)."""
    return _place(name)


def _place(name: str) -> bool:
    """Whether the gazetteer knows ``name``: "Regione Emilia Romagna", "Comunidad
    Valenciana" name the territory after its class noun, no holder ("Emilia" is also a
    given name)."""
    from veille.enrich.place_names import is_place

    return is_place(name)


_NETWORKS = frozenset({"france bleu", "france 3", "ici", "rai", "tgr", "bbc", "itv", "rtp",
                       "mdr", "ndr", "wdr", "swr", "br", "rtve", "tve", "canal sur",
                       "radio france", "france televisions", "rtbf", "rts", "orf"})
"""Networks whose regional editions go by a name after the network's ("France Bleu
Breizh Izel", "BBC Radio Cornwall"): two capitalised words after them may be the
edition's, no person's."""


def outlet_before_holder(name: str) -> int | None:
    """Where a person's name begins in ``name`` when a known outlet's name opens it ("Ouest-
    France Yannick Le Goff" → offset of "Yannick", "ANSA Marco Rossi" → "Marco"): the
    longest opening words that :func:`~veille.enrich.cited_outlets.is_outlet_name` knows,
    then a known given name and a capitalised surname, or else exactly two capitalised
    words of a name's shape, no place ("Télégramme Gwenaël Kerhervé"). None otherwise."""
    words = list(_WORD.finditer(name))
    for index in range(len(words) - 2, 0, -1):
        if is_outlet_name(name[:words[index - 1].end()]) and _surnamed(words, index):
            return words[index].start()
    index = len(words) - 2  # "Télégramme Gwenaël Kerhervé": an unknown given name, two
    # capitalised words after the whole rest of a known outlet (h-speakers66 brief 3)
    if index >= 1 and is_outlet_name(name[:words[index - 1].end()]) and \
            fold(name[:words[index - 1].end()]) not in _NETWORKS and \
            _name_shaped(words[index:]) and not _place(name[words[index].start():]) and \
            not _place(words[index].group()):
        return words[index].start()
    return None


def outlet_tail(text: str, start: int, name: str) -> int | None:
    """Where a person's name begins in ``name`` (a run at ``start`` in ``text``) whose first
    word ends a known outlet's name begun by the words right before it: "au Dauphiné" +
    "Libéré Éloi Tournier" → offset of "Éloi" (the recogniser split the masthead "Le
    Dauphiné Libéré" and glued its last word to the speaker; h-speakers66b a4). The rest
    must be two or three words of a name's shape. None otherwise."""
    words = list(_WORD.finditer(name))
    if len(words) < 3:
        return None
    before = text[max(0, start - 60):start].split()
    for back in (1, 2, 3):
        if len(before) < back:
            break
        head = " ".join(before[-back:]).lstrip("«“\"(")
        for index in (1, 2):
            if index >= len(words) - 1:
                break
            rest = words[index:]
            if is_outlet_name(head + " " + name[:words[index - 1].end()]) and \
                    _name_shaped(rest):
                return words[index].start()
    return None
