"""A capital's name as its government where it is not the subject: the seat for the power
(Le Petit Robert, *métonymie*) in the complement of an act, in talks, as the one addressed,
or in a relative clause that says or decides.

The press writes the government of a state by its capital's name wherever that government
acts, not only as the subject of a verb ("Washington a condamné", read in
:func:`veille.enrich.entities._government`): "les subventions de Pékin", "la réponse de
Washington", "sous la pression d'Ankara", "un accord avec Paris", "les négociations entre
Washington et Pékin", "le Kremlin a accusé Washington", "Washington, qui a annoncé". The
cue is always the word before (or the clause after) the name, never the name itself, so a
capital's literal uses keep their place: "le maire de Lyon", "la gare de Paris", "les rues
de Pékin", "le vol entre Paris et Téhéran", "il a quitté Washington".

The nouns are those of an act only a power performs or is the author of: the
nominalisations of the verbs of saying and deciding (réponse, décision, exigence,
sanction, menace, accusation, refus, soutien…), pressure and policy (pression, politique,
diplomatie, ingérence), and gifts of a state (subvention, aide, concession); nouns of a
city's things (maire, gare, rues, habitants, métro, région) are not among them. The rule
applies to capitals only (the gazetteer's ``capital`` kind): "la décision de Lyon" may be
the club's or the town council's, "la décision de Londres" is the British government's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.places import Gazetteer

_SPACE = r"[ \t\u00a0]+"
_ACTS = (
    r"réponses?|réactions?|décisions?|exigences?|demandes?|sanctions?|menaces?|"
    r"accusations?|avertissements?|protestations?|condamnations?|refus|veto|véto|"
    r"ultimatums?|soutiens?|appuis?|engagements?|positions?|pressions?|subventions?|"
    r"aides?|concessions?|propositions?|offres?|annonces?|déclarations?|revendications?|"
    r"représailles|ripostes?|mises?[ \t\u00a0]+en[ \t\u00a0]+garde|objections?|"
    r"réserves?|conditions?|politiques?|diplomatie|ingérences?|initiatives?|feu[ \t\u00a0]+vert|"
    r"consignes?|injonctions?|critiques?|démentis?|revirements?|volte-face|intentions?|"
    r"ambitions?|volonté|émissaires?|ambassadeurs?|diplomates?|négociateurs?")
"""Nouns of an act (or an agent) of a state's power, whose complement "de X" is the actor."""
_DETERMINER = (r"(?<![\w'’-])(?:le|la|les|un|une|des|du|au|aux|sa|son|ses|leur|leurs|ce|cet|"
               r"cette|ces|nouvel|nouvelle|nouvelles|nouveaux)" + _SPACE + r"|(?<![\w'’-])l['’]")
"""A determiner: the act's noun heads a noun phrase ("la politique de Pékin"), not an
adjective after another noun ("la Correspondance politique de Vienne", a newspaper)."""
_LOWER_WORD = r"[a-zàâäçéèêëîïôöùûüÿœ-]+"
_ACT_BEFORE = re.compile(
    r"(?:" + _DETERMINER + r")(?:" + _LOWER_WORD + _SPACE + r")?(?:" + _ACTS + r")(?:"
    + _SPACE + _LOWER_WORD + r")?" + _SPACE + r"(?:de" + _SPACE + r"|d['’][ \t\u00a0]*)$",
    re.IGNORECASE)
"""A determiner, an act's noun (at most one adjective before and one after), then
"de"/"d'" right before the name ("les subventions massives de Pékin", "les vives
protestations de Tokyo", "sous la pression d'Ankara")."""
_TALKS = (r"accords?|négoci\w*|discussions?|pourparlers|relations?|dialogue|tensions?|"
          r"brouilles?|rapprochement|traités?|partenariats?|coopération|entente|"
          r"compromis|différends?|contentieux|désaccords?|bras[ \t\u00a0]+de[ \t\u00a0]+fer|"
          r"rupture|normalisation|réconciliation|crise[ \t\u00a0]+diplomatique")
"""Nouns and verbs of talks between powers: the other party is a government."""
_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?:" + _TALKS + r")(?:" + _SPACE + r"[\w'’-]+){0,3}?" + _SPACE + r"avec"
    + _SPACE + r"$", re.IGNORECASE)
"""Talks, at most three words, then "avec" right before the name ("un accord avec Paris",
"a négocié avec Londres", "les relations commerciales avec Pékin")."""
_BETWEEN_BEFORE = re.compile(
    r"(?<![\w-])(?:" + _TALKS + r")" + _SPACE + r"entre" + _SPACE
    + r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*" + _SPACE + r"et" + _SPACE + r")?$", re.IGNORECASE)
"""Talks "entre X et Y", before either name ("les négociations entre Washington et Pékin")."""
_ADDRESSED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:accus|exhort|somm|critiqu|félicit|remerci|avert|appel|dénonc|"
    r"désavou|blâm|fustig|tanc)\w*" + _SPACE
    + r"|(?:demand|reproch|enjoi|signifi|répond|rétorqu)\w*"
    + _SPACE + r"à" + _SPACE + r")$")
"""A verb whose object is the power addressed, blamed or asked, right before the name ("le
Kremlin a accusé Washington", "a exhorté Pékin à", "a demandé à Londres de"); lower case
only: a capitalised word is a name."""
_RELATIVE_AFTER = r"(?:[ \t\u00a0]*,)?" + _SPACE + r"qui"
"""A relative clause on the name ("Washington, qui a annoncé"): the verb after it is read
with the subject's verbs (``_GOVERNMENT_VERB`` in :mod:`veille.enrich.entities`)."""


def relative_pattern(verb: str) -> re.Pattern[str]:
    """A pattern matching, right after a name, a relative clause whose verb ``verb`` (a
    regex beginning with its own spacing) says or decides: ", qui a annoncé"."""
    return re.compile(_RELATIVE_AFTER + verb)


def acts_as_power(text: str, start: int) -> bool:
    """Whether the name at ``start`` in ``text`` stands where French reads a capital as its
    government: the complement of an act's noun (:data:`_ACT_BEFORE`), a party to talks
    (:data:`_WITH_BEFORE`, :data:`_BETWEEN_BEFORE`), or the one a verb addresses
    (:data:`_ADDRESSED_BEFORE`). Looks at most 80 characters back; the caller checks that
    the name is a capital's."""
    before = text[max(0, start - 80):start]
    return any(p.search(before) for p in (_ACT_BEFORE, _WITH_BEFORE, _BETWEEN_BEFORE,
                                          _ADDRESSED_BEFORE))


def places_stood_for(entities: Sequence[dict[str, object]], places: Sequence[dict[str, object]],
                     gazetteer: Gazetteer) -> list[dict[str, object]]:
    """The places of the capitals that ``entities`` name for their governments (an entity
    whose every mention stands for the authorities, ``stands_for`` "authorities": "Moscou
    a répondu", "Washington (authorities)") that ``places`` lacks, one place dict each
    (the shape of :func:`veille.enrich.places.resolve_places`' places): the entity stays
    the organisation, and the article still names the city, which ``place:Moscou`` finds
    (t-final25 S8: "Moscou" was an organisation and no place). A name the gazetteer reads
    as no capital, or as two, gives none."""
    out: list[dict[str, object]] = []
    taken = {str(p.get("entity_id")) for p in places}
    for entity in entities:
        mentions = entity.get("mentions") or []
        if entity.get("stands_for") != "authorities" or not isinstance(mentions, list) or \
                not mentions:
            continue
        written = str(mentions[0][2])
        capitals = [p for p in gazetteer.candidates(written) if p.kind == "capital"]
        if len({p.id for p in capitals}) != 1 or capitals[0].id in taken:
            continue
        capital = capitals[0]
        taken.add(capital.id)
        out.append({**capital.to_dict(), "name": gazetteer.shown(capital, written),
                    "entity_id": capital.id, "mentioned_as": written,
                    "count": len(mentions), "candidates": 1, "ambiguous": False,
                    "alternatives": 0})
    return out
