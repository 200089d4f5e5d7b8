"""The organisation a common noun of its kind stands for: "a précisé l'entreprise".

A dispatch names a firm or an association once ("GRDF a dépêché …", "L'UFC-Que Choisir
a pris position") and then speaks of it by the noun of its kind ("« … », a précisé
l'entreprise", "a dénoncé l'association de consommateurs", "a assuré le groupe"). A
definite description with no name of its own takes up the nearest earlier mention of a
compatible referent (Poesio & Vieira 1998, "direct anaphora" of a definite description;
Grevisse § 587, the anaphoric definite article). Here the referent is the nearest
organisation entity mentioned before the quote, of the noun's kind: a firm's noun
(:data:`FIRM_NOUNS`) never takes an organisation the article introduced or already took
up as an association, and an association's noun (:data:`ASSOCIATION_NOUNS`) never takes
a firm; an organisation named in a person's role ("Farid Ouali, délégué CGT") is whose
role it is, not a subject taken up. A public authority ("la mairie", "la préfecture")
is no firm nor association. The description stays when no organisation fits
(t-enrich24 E12: "l'entreprise" after Enedis; f-speakers25's held-out set).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.quotes_titles import ROLE_NOUNS
from veille.enrich.text import fold

__all__ = ["ANY_BODY_NOUNS", "ASSOCIATION_NOUNS", "AUTHORITY_NOUNS", "FIRM_NOUNS", "body_referent",
           "same_head_referent"]

FIRM_NOUNS = frozenset(
    "entreprise societe groupe compagnie firme enseigne constructeur fabricant operateur "
    "industriel laboratoire distributeur transporteur energeticien assureur banque "
    "multinationale filiale editeur exploitant "
    # English: "the company said", "the bank said" (f-speakers27)
    "company firm bank lender carrier airline retailer insurer manufacturer carmaker "
    "automaker supermarket utility broadcaster publisher conglomerate supplier".split())
"""Folded nouns naming a firm ("l'entreprise", "la compagnie pétrolière", "le
constructeur", "the company", "the lender")."""
ASSOCIATION_NOUNS = frozenset(
    "association collectif federation ong fondation organisation "
    "charity organization foundation".split())
"""Folded nouns naming an association or a non-governmental body."""
AUTHORITY_NOUNS = frozenset("regulateur autorite regulator watchdog authority".split())
"""Folded nouns naming a regulating authority ("the regulator added" after "fined by
Ofwat"): never an organisation a firm's noun took up before (the regulated firm)."""
ANY_BODY_NOUNS = frozenset("institution organisme".split())
"""Folded nouns naming a body of any kind ("a expliqué l'institution" after "La Banque de
France a abaissé …"): the nearest organisation, whatever kind another noun gave it."""
_PUBLIC = re.compile(
    r"(?i)^(?:(?:la|le|l['’])\s*)?(?:mairie|préfecture|prefecture|ministère|ministere|"
    r"tribunal|cour|parquet|gendarmerie|police|conseil|assemblée|assemblee|sénat|senat|"
    r"gouvernement|commissariat|rectorat|région|region|département|departement|ville|"
    r"métropole|metropole|ars|chu|hôpital|hopital)\b")
"""An organisation entity named by a public authority's noun: no firm, no association."""
_NOT_A_BODY = frozenset({"societe civile", "organisation syndicale", "groupe parlementaire"})
"""Folded descriptions headed by a kind noun that name no one organisation."""
MAX_DISTANCE = 1500
"""Most characters between the organisation's mention and the description."""


def _kind(noun: str) -> str:
    key = fold(noun)
    return "firm" if key in FIRM_NOUNS else "association" if key in ASSOCIATION_NOUNS else \
        "authority" if key in AUTHORITY_NOUNS else "any" if key in ANY_BODY_NOUNS else ""


def _stated_kind(text: str, start: int, end: int) -> str:
    """The kind the text gives the organisation mentioned at ``start``–``end`` next to
    it: a kind noun right before ("l'association Droit au logement", "L'association …,
    la Plateforme automobile") or after (", l'association de défense …")."""
    before = text[max(0, start - 80):start]
    after = text[end:end + 40]
    near = re.findall(r"(?i)(?<![\w-])([a-zà-ÿ]+)(?=[^.;«»\n]{0,60}$)", before)[-8:] + \
        re.findall(r"(?i)^\s*,\s*(?:la|le|l['’]|une?|cette|ce)\s*([a-zà-ÿ]+)", after)
    kinds = {_kind(w) for w in near} - {""}
    return kinds.pop() if len(kinds) == 1 else ""


_MEMBER_NOUNS = ROLE_NOUNS | frozenset(
    "delegue deleguee representant representante militant militante membre salarie "
    "salariee adherent adherente elu elue".split())
"""Folded nouns of a person's role in an organisation: "délégué CGT du site", "la
porte-parole de Greenpeace" — the organisation there is the person's, no subject."""
_ROLE_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])([a-zà-ÿ-]+)[ \xa0]+(?:(?:de|du|des|de[ \xa0]+la|de[ \xa0]+l['’]|"
    r"d['’])[ \xa0]*)?$")


def _role_complement(text: str, start: int) -> bool:
    """Whether the organisation mentioned at ``start`` closes a person's role ("Farid
    Ouali, délégué CGT", "porte-parole de Greenpeace")."""
    before = _ROLE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and fold(before.group(1)) in _MEMBER_NOUNS


def body_referent(text: str, speaker: str, start: int,
                  entities: Sequence[dict[str, object]],
                  taken: dict[str, str], places: frozenset[str] | None = None
                  ) -> tuple[str, tuple[int, int], str] | None:
    """The organisation a definite description ``speaker`` (at ``start`` in ``text``:
    "entreprise", "compagnie pétrolière", "association de consommateurs", its article
    before it) stands for: the surface, span and id of the nearest mention before it of
    an ORG entity of ``entities`` (each with ``mentions``: [start, end, surface]) of a
    compatible kind; ``taken`` maps entity ids to the kind a previous description gave
    them and is updated. None when the noun names no firm or association, when the
    description has a name of its own or a capitalised complement ("le groupe LFI"), or
    when no organisation fits. ``places``: the ids of the entities the gazetteer placed
    (None: not known, and no LOC entity is taken)."""
    words = speaker.split()
    if not words or not speaker[:1].islower() or start < 0 or \
            not re.search(r"(?i)(?<![\w'’-])(?:le|la|l['’]|the)\s*$",
                          text[max(0, start - 5):start]):
        return None
    kind = _kind(words[0])
    if not kind or len(words) > 3 or any(w[:1].isupper() for w in words[1:]) or \
            fold(speaker) in _NOT_A_BODY:
        return None
    best: tuple[int, int, str, str] | None = None
    for entity in entities:
        if entity.get("label") not in ("ORG", "MISC", "LOC") or entity.get("label") == "LOC" \
                and (places is None or str(entity.get("id")) in places):
            continue  # (the recogniser labels some bodies MISC or LOC: "UFC-Que
            # Choisir"; one the gazetteer placed is a place)
        name = str(entity.get("name") or "")
        ident = str(entity.get("id") or "")
        if _PUBLIC.match(name):
            continue
        for mention in entity.get("mentions") or []:  # type: ignore[attr-defined]
            m_start, m_end, surface = int(mention[0]), int(mention[1]), str(mention[2])
            if m_end > start or start - m_end > MAX_DISTANCE:
                continue
            own = taken.get(ident) or _stated_kind(text, m_start, m_end)
            if _PUBLIC.match(surface) or _role_complement(text, m_start) or \
                    entity.get("label") != "ORG" and own != kind and not re.match(
                        r"\s+(?:a|ont|avait|avaient|est|sont|s['’]|se|lui)\b",
                        text[m_end:m_end + 8]):
                continue  # (a MISC or LOC run speaks as a sentence's subject or named
                # beside the kind's noun: "L'association …, la Plateforme automobile,")
            if own and own != kind and kind != "any":
                continue
            if best is None or m_start > best[0]:
                best = (m_start, m_end, surface, ident)
    if best is None:
        return None
    if kind != "any":
        taken[best[3]] = kind
    return best[2], (best[0], best[1]), best[3]


def same_head_referent(text: str, speaker: str, start: int,
                       entities: Sequence[dict[str, object]]
                       ) -> tuple[str, tuple[int, int], str] | None:
    """The organisation a definite description of one noun stands for when the article
    named it earlier by a name headed by that same noun: "« … », a écrit le ministère"
    after "le ministère des Affaires étrangères a précisé" (the head noun repeated, the
    commonest direct anaphora of a definite description: Poesio & Vieira 1998; Grevisse
    § 587). Whatever the noun ("le ministère", "la fédération", "the department"), the
    referent must be the one ORG entity of ``entities`` with a mention so headed within
    :data:`MAX_DISTANCE` characters before ``start``: two such bodies ("le ministère de
    la Santé … le ministère de l'Intérieur") leave the description unlinked (t-final36 A8).
    Returns the mention's surface, span and the entity's id, or None."""
    if not re.fullmatch(r"[a-zà-ÿ]{3,}", speaker) or start < 0 or \
            not re.search(r"(?i)(?<![\w'’-])(?:le|la|l['’]|the)\s*$",
                          text[max(0, start - 5):start]):
        return None
    noun = fold(speaker)
    found: dict[str, tuple[int, int, str]] = {}
    for entity in entities:
        if entity.get("label") != "ORG":
            continue
        ident = str(entity.get("id") or "")
        for mention in entity.get("mentions") or []:  # type: ignore[attr-defined]
            m_start, m_end, surface = int(mention[0]), int(mention[1]), str(mention[2])
            if m_end > start or start - m_end > MAX_DISTANCE:
                continue
            words = re.sub(r"(?i)^(?:(?:le|la|les|the)\s+|l['’]\s*)", "", surface).split()
            if len(words) < 2 or fold(words[0]) != noun:
                continue
            if ident not in found or m_start > found[ident][0]:
                found[ident] = (m_start, m_end, surface)
    if len(found) != 1:
        return None
    ident, (m_start, m_end, surface) = found.popitem()
    return surface, (m_start, m_end), ident
