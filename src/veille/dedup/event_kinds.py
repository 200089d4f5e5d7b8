"""The kinds of event an article tells, read from the words of its headline and text.

Two articles about different kinds of event (a flood and a jazz festival in one town; a
teenager killed in an estate and the opening of its library by the mayor) share the names
of where and who, and little of what happened: their event words ("crue", "inondation"
against "festival", "concert") belong to different kinds. :func:`event_kinds` maps an
article's headline and text to the kinds their words name, from a fixed French and English
lexicon of event words grouped as a news desk files events (disasters, accidents, crime,
justice, elections and politics, social conflict, culture, sport, the economy, health, war,
science, diplomacy): the coarse subject families of the IPTC Media Topics, each reduced to
the nouns and verbs an article uses for an event of that family. The lexicon was written
from those families, not from any benchmark's articles (issue #14's seventh round,
docs/benchmarks.md, Stories).

A word matches an entry when its folded form (lower case, no accents) starts with the
entry: "inond" matches "inondation", "inondé", "inondations". Entries are at least four
letters, so a prefix is a word's stem, not a syllable. Words that tell no kind on their own
(a minister, a town, a police station, an inquiry) are not in it: the kinds are what
happened, not who or where.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from veille.extract.textshape import fold

KINDS: dict[str, tuple[str, ...]] = {
    "disaster": (
        "crue ", "crues ", "inond", "seisme", "tremblement de terre", "tempete", "ouragan",
        "cyclone", "typhon", "tornade", "tsunami", "avalanche", "eruption", "volcan", "canicule",
        "secheresse", "intemperie", "glissement de terrain", "vigicrue", "decrue", "flood",
        "earthquake", "hurricane", "storm", "wildfire", "drought", "feux de foret",
        "incendie de foret", "evacu", "sinistr",
    ),
    "accident": (
        "accident", "collision", "deraill", "naufrag", "crash", "explosion", "effondr", "incendie",
        "carambolage", "percut", "chute mortelle", "noyade", "noye",
    ),
    "crime": (
        "meurtr", "homicid", "assassin", "tue par", "tuee par", "tues par", "abattu", "poignard",
        "fusillade", "attentat", "terroris", "agress", "braquage", "cambriol", "enlevement",
        "otage", "viol ", "viols ", "violen", "drogue", "stupefiant", "narcotrafic",
        "reglement de comptes", "balle ", "balles ", "arme blanche", "murder", "killing",
        "shooting", "stabbing", "robbery", "kidnap",
    ),
    "justice": (
        "proces", "tribunal", "condamn", "verdict", "acquitt", "mis en examen", "mise en examen",
        "inculp", "jugement", "magistrat", "cour d'assises", "assises", "cour de cassation",
        "appel de la decision", "garde a vue", "plainte", "requisitoire", "avocat",
        "detention provisoire", "trial", "sentenced", "convicted", "lawsuit",
    ),
    "politics": (
        "election", "electora", "elu ", "scrutin", "vote", "votant", "candidat",
        "campagne electorale", "sondage", "referendum", "legislatives", "presidentielle",
        "municipales", "regionales", "remaniement", "demission", "projet de loi",
        "proposition de loi", "reforme", "parlement", "depute", "senat", "motion de censure",
        "coalition", "investiture", "ballot", "campaign", "senator", "congress",
    ),
    "social": (
        "greve", "grevist", "manifestant", "manifestation", "syndica", "mobilis", "protestat",
        "defile", "rassemblement", "revendication", "intersyndicale", "blocage", "piquet",
        "strike", "protesters",
    ),
    "culture": (
        "festival", "concert ", "concerts ", "exposition", "spectacle ", "spectacles ", "cinema",
        "film", "theatre", "musee", "mediatheque", "bibliotheque", "album", "roman", "ecrivain",
        "chanteu", "musicien", "jazz", "opera ", "artiste", "oeuvre", "tournage", "realisateur",
        "prix goncourt", "litterai", "programmation", "billetterie", "museum", "novel",
        "exhibition",
    ),
    "sport": (
        "match", "championnat", "coupe du monde", "coupe de france", "tournoi", "finale ",
        "demi-finale", "quart de finale", "ligue des champions", "jeux olympiques", "olympique",
        "medaille", "entraineur", "footbal", "rugby", "tennis", "cyclis", "tour de france",
        "marathon", "skipper", "regate", "vendee globe", "buteur", "selectionneur", "mercato",
        "athlet", "nageu", "natation", "formule 1", "grand prix", "champion", "league",
        "tournament",
    ),
    "economy": (
        "bourse", "boursier", "cac 40", "actionnai", "benefice", "chiffre d'affaires",
        "resultats financiers", "faillite", "liquidation", "redressement judiciaire", "licenci",
        "plan social", "suppression de postes", "suppressions d'emplois", "rachat", "fusion",
        "acquisition", "croissance", "recession", "chomage", "inflation", "taux d'interet",
        "banque centrale", "dette", "deficit", "budget", "agence de notation", "notation",
        "degrad", "investisse", "exportation", "importation", "prix du petrole",
        "millions d'euros", "economi", "industri", "market", "shares", "profit", "bankruptcy",
    ),
    "health": (
        "epidemi", "pandemi", "virus", "grippe", "vaccin", "contamin", "maladie", "malade",
        "hopita", "medecin", "medicament", "cancer", "infection", "outbreak", "disease",
    ),
    "war": (
        "guerre", "frappe", "bombard", "offensive", "armee", "soldat", "militair", "missile",
        "cessez-le-feu", "troupes", "insurg", "rebelle", "raid aerien", "drone", "invasion",
        "war ", "troops", "airstrike",
    ),
    "science": (
        "decouvert", "chercheu", "scientifique", "etude publiee", "astronom", "planete",
        "exoplanet", "telescope", "satellite", "fusee", "spatial", "nasa", "galaxie", "etoile",
        "orbite", "fossile", "genome", "researchers", "scientists",
    ),
    "diplomacy": (
        "sommet", "visite officielle", "diplomat", "ambassad", "negociation", "pourparlers",
        "sanctions", "onu", "conseil de securite", "summit", "treaty", "talks",
    ),
}
"""Kind -> folded entries (a word's beginning; a few of several words, matched as written
in folded text). A word may be in several kinds' entries ("évacuation": a flood or a
fire)."""

KIND_CHARS = 20_000
"""Characters of the body read with the headline: as many as the story terms read
(:data:`veille.dedup.stories.MAX_TERM_CHARS`). Read from the lead only (400 or 1,000
characters), an event's articles often name no kind in common and the rule splits events
(rpm2, issue #14's seventh round: docs/benchmarks.md, Stories)."""

_WORDS = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    """Folded text's words, split at apostrophes and hyphens too ("l'inondation" reads
    "l", "inondation")."""
    return _WORDS.findall(text)


def _compile() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
    """Single-word entries indexed by their first four letters; entries of several words, or
    with a trailing space (a whole word: "crue " is not "cruel"), indexed by their first
    word, as " " + words joined by single spaces (matched in the text's words joined so)."""
    single: dict[str, list[tuple[str, str]]] = {}
    phrases: dict[str, list[tuple[str, str]]] = {}
    for kind, entries in KINDS.items():
        for entry in entries:
            words = _words(entry)
            if len(words) == 1 and not entry.endswith(" "):
                single.setdefault(words[0][:4], []).append((words[0], kind))
            else:
                phrase = " " + " ".join(words) + (" " if entry.endswith(" ") else "")
                phrases.setdefault(words[0], []).append((phrase, kind))
    return single, phrases


_SINGLE, _PHRASES = _compile()


def event_kinds(title: str, paragraphs: Iterable[str], chars: int = KIND_CHARS
                ) -> frozenset[str]:
    """The kinds of event (keys of :data:`KINDS`) the headline and the first ``chars``
    characters of the body name (an article names several: a flood's costs, a killing's
    inquiry); empty when none does. Linear in what it reads."""
    taken: list[str] = []
    size = 0
    for paragraph in paragraphs:
        if size >= chars:
            break
        taken.append(paragraph[:chars - size])
        size += len(taken[-1]) + 1
    words = _words(f"{fold(title[:chars])} {fold(' '.join(taken))}")
    distinct = set(words)
    found: set[str] = set()
    for word in distinct:
        for entry, kind in _SINGLE.get(word[:4], ()):
            if kind not in found and word.startswith(entry):
                found.add(kind)
    text = ""
    for word in distinct & _PHRASES.keys():
        for phrase, kind in _PHRASES[word]:
            if kind not in found:
                text = text or f" {' '.join(words)} "
                if phrase in text:
                    found.add(kind)
    return frozenset(found)
