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
Kursk). "zone" counts only right before the name ("la zone Saint-Charles", not "la zone
de Koursk").
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
_BARE = r"(?:zones?|zona)"
"""Nouns that name a site only right before its name: "la zone Saint-Charles" (an
industrial or commercial zone's name), while "la zone de Koursk" is the area around the
town."""
_OF = (r"(?:de|d['’]|du|des|de" + _SP + r"la|del|de" + _SP + r"los|di|dei|della|dello|delle|"
       r"da|do|dos|das|von|der|of|of" + _SP + r"the)")
_SAINT = r"(?:São|Sao|Santo|Santa|San|Sant['’]|Saint|Sainte|St\.?|Ste|Sankt)"
"""A saint's word the mention may have left out of the name ("Praça São Salvador": the
mention is "Salvador")."""
SITE_BEFORE = lazy_compile(
    r"(?i)(?<![\w-])(?:(?:" + _NOUNS + r")(?:" + _SP + _OF + r")?|" + _BARE + r")"
    r"(?:" + _SP + r"|(?<=['’]))"
    r"(?:" + _SAINT + _SP + r")?$")
"""A site's noun, then "de"/"di"/"von"/… or nothing (and a saint's word the mention left
out), right before a name (module)."""
REACH = 40
"""Characters before a mention searched for :data:`SITE_BEFORE`."""


def site_named(entity: dict[str, object], text: str) -> bool:
    """Whether every mention of ``entity`` (its ``mentions``: [start, end, text] in
    ``text``) follows a local site's noun (:data:`SITE_BEFORE`)."""
    mentions = entity.get("mentions") or []
    assert isinstance(mentions, list)
    return bool(mentions) and all(
        SITE_BEFORE.search(text[max(0, int(m[0]) - REACH):int(m[0])]) for m in mentions)
