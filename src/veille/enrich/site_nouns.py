"""A local site's generic noun right before a name: "le marché de Saint-Louis", "la zone
Saint-Charles", "les dépôts de Saint-Pierre", "la Praça São Salvador", "il mercato di San
Lorenzo", "el puente de Santiago", "im Stadtteil Neustadt", "на улице Ленина".

Towns name their quarters, squares, markets, depots, bridges and schools after a saint, a
hamlet or another town; the name after such a noun is the site's, in the town the text is
set in, not the far namesake (a rule of ``enrich.places``: the namesake is dropped when it
lies far from every settlement the text names). One closed class per language: the nouns
of urban sites (French, Spanish, Italian, Portuguese, German, English, Russian), each
followed by the language's "of" (with its article) or by the name itself. A station's or a
port's noun is left out: "la gare de Nantes", "le port de Marseille" name the town; so
are "cité" (a housing estate's rule of its own, ``places.estate_named``: "la cité de
Carcassonne" beside Toulouse is the town) and Russian "район" ("в районе Курска": near
Kursk). After a plural noun or "zone de" (:func:`loose_site`: "les quartiers de Lyon",
"la zone de Koursk") a large town of the text's own country stays the town.
"""

from __future__ import annotations

from veille.lazy_re import lazy_compile

_SP = r"[ \t\u00a0]+"
_NOUNS = (
    # French
    r"marchés?|halles?|foire|lycée|lycee|collège|college|écoles?|ecoles?|groupe" + _SP
    + r"scolaire|églises?|eglises?|paroisse|chapelle|basilique|quartiers?|dépôts?|"
    r"depots?|pont|ponts|rue|avenue|boulevard|faubourg|"
    # Spanish
    r"mercados?|barrios?|puentes?|plaza|calle|avenida|parroquia|"
    r"iglesia|colegio|polígono|poligono|"
    # Italian
    r"mercato|quartiere|rione|ponte|piazza|chiesa|borgo|"
    # Portuguese
    r"praça|praca|feira|bairro|rua|igreja|largo|"
    # German
    r"stadtteil|ortsteil|viertel|brücke|bruecke|markt|platz|kirche|"
    # English
    r"suburb|neighbourhood|neighborhood|"
    # Russian
    r"улиц[аеуы]|площад[иь]|мост[ау]?|рын(?:ок|ке|ка)"
)
_BARE = r"(?:zones?|zona)(?:" + _SP + r"(?:de|d['’]|di|del))?"
"""A zone's noun: "la zone Saint-Charles" (an industrial or commercial zone's name); "la
zone de Saint-Césaire" too, but "la zone de Koursk" is the area around a large town
(:func:`loose_site`)."""
_OF = (r"(?:de|d['’]|du|des|de" + _SP + r"la|del|de" + _SP + r"los|di|dei|della|dello|delle|"
       r"da|do|dos|das|von|der|of|of" + _SP + r"the)")
_SAINT = r"(?:São|Sao|Santo|Santa|San|Sant['’]|Saint|Sainte|St\.?|Ste|Sankt)"
"""A saint's word the mention may have left out of the name ("Praça São Salvador": the
mention is "Salvador")."""
SITE_BEFORE = lazy_compile(
    r"(?i)(?<![\w-])(?P<noun>(?:" + _NOUNS + r")(?:" + _SP + _OF + r")?|" + _BARE + r")"
    r"(?:" + _SP + r"|(?<=['’]))"
    r"(?:" + _SAINT + _SP + r")?$")
"""A site's noun, then "de"/"di"/"von"/… or nothing (and a saint's word the mention left
out), right before a name (module)."""
REACH = 40
"""Characters before a mention searched for :data:`SITE_BEFORE`."""


def loose_site(entity: dict[str, object], text: str) -> bool:
    """Whether a mention of ``entity`` follows a plural site noun or a zone's noun and "de"
    ("les quartiers de Lyon", "la zone de Koursk", "les dépôts de Saint-Pierre"): the town
    itself as often as a site named after it, so a large namesake in the text's own
    country stays the town (``places._site_far_from_town``)."""
    for m in entity.get("mentions") or []:  # type: ignore[attr-defined]
        found = SITE_BEFORE.search(text[max(0, int(m[0]) - REACH):int(m[0])])
        noun = found.group("noun").split()[0].lower() if found else ""
        if noun[-1:] in ("s", "x") or (noun.startswith("zon") and len(
                found.group("noun").split()) > 1):  # type: ignore[union-attr]
            return True
    return False


def site_named(entity: dict[str, object], text: str) -> bool:
    """Whether every mention of ``entity`` (its ``mentions``: [start, end, text] in
    ``text``) follows a local site's noun (:data:`SITE_BEFORE`)."""
    mentions = entity.get("mentions") or []
    assert isinstance(mentions, list)
    return bool(mentions) and all(
        SITE_BEFORE.search(text[max(0, int(m[0]) - REACH):int(m[0])]) for m in mentions)
