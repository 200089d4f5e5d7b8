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

The entries **name** the event (issue #14's ninth round, newuser14b S4): its nouns and its
own verbs written with the words that fix their sense ("abattu par balle", not "des arbres
se sont abattus"; "frappes aériennes", not "la tempête a frappé"). Words told with a kind
that name no event ("armée", "syndicats", "avocat") are weak cues (:data:`WEAK`). A cue
in the headline or lead weighs more than one further on, and a kind needs more than one
weak cue (:data:`KIND_SCORE`). A word matches a single-word entry when its folded form
(lower case, no accents) starts with it: "inondation" matches "inondations". Words that
tell no kind on their own (a minister, a town, a police station, an inquiry) are not in
it: the kinds are what happened, not who or where.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from veille.dedup.event_kinds_civic import CIVIC_KINDS
from veille.dedup.event_kinds_english import ENGLISH_KINDS, ENGLISH_VERBS
from veille.dedup.event_kinds_iberian import IBERIAN_KINDS
from veille.dedup.event_kinds_more import MORE_KINDS, MORE_VERBS
from veille.dedup.event_kinds_seizures import SEIZURE_KINDS
from veille.dedup.event_kinds_votes import VOTE_KINDS, assembly_voted
from veille.dedup.reading import shared
from veille.extract.textshape import fold, fold_text

KINDS: dict[str, tuple[str, ...]] = {
    "disaster": (
        "crue ", "crues ", "inondation", "inonde", "seisme", "tremblement de terre", "tempete",
        "ouragan", "cyclone", "typhon", "tornade", "tsunami", "avalanche", "eruption volcanique",
        "canicule", "secheresse", "intemperie", "glissement de terrain", "vigicrue", "decrue",
        "rafales ", "rafale de vent", "vents violents", "vent violent", "pluies torrentielles",
        "pluies diluviennes", "orage ", "orages ", "coulee de boue", "flood", "earthquake",
        "hurricane", "storm", "wildfire", "drought", "feux de foret", "incendie de foret",
        # a fall of rock, and the English of "glissement de terrain", "coulée de boue"
        # (f-events32); "landslide" alone also tells an election
        "eboulement", "landslip", "mudslide", "rockfall", "cliff collapse", "cliff fall",
    ),
    "accident": (
        "accident", "collision", "deraillement", "naufrage", "crash ", "explosion",
        "effondrement", "incendie ", "incendies ", "carambolage", "chute mortelle", "noyade",
        # a road accident's own name (f-events32: "un car sort de la route" named no kind),
        # and the English of "déraillement", "naufrage", "incendie" ("fire" alone also tells
        # a shooting or a dismissal)
        "sortie de route", "sorties de route", "sort de la route", "sorti de la route",
        "sortie de la route", "sortis de la route", "derail", "shipwreck", "capsiz", "blaze ",
        # the English verbs of "collision" and "crash" (r-events34: "Ferry and fishing boat
        # collide off Cheung Chau" named no kind, so no site could disagree)
        "collide", "crashed ", "crashes ",
    ),
    "crime": (
        "cyberattaque", "cyber-attaque", "rancongiciel", "ransomware", "cyberattack",
        "meurtre", "homicide", "assassinat", "assassine", "tue par balle", "tuee par balle",
        "tues par balle", "abattu par balle", "abattue par balle", "abattus par balle",
        "abattu par la police", "abattue par la police", "abattu de plusieurs balles",
        "poignarde", "coups de couteau", "fusillade", "attentat", "terroriste", "agression",
        "braquage", "cambriolage", "enlevement", "prise d'otage", "viol ", "viols ",
        "narcotrafic", "trafic de stupefiants", "reglement de comptes", "arme blanche",
        "murder", "killing", "shooting", "stabbing", "robbery", "kidnapping",
        "apologie du terrorisme", "menaces de mort", "menace de mort", "death threats",
    ),
    "justice": (
        "proces ", "verdict", "acquitte", "acquittement", "mis en examen", "mise en examen",
        "condamne a", "condamnee a", "condamnes a", "condamnees a", "ans de prison",
        "ans de reclusion", "prison avec sursis", "requisitoire", "cour d'assises",
        "cour de cassation", "detention provisoire", "trial", "sentenced", "convicted",
        "lawsuit",
        # an arrest, the IPTC Media Topic "arrest" (law enforcement): the passive and the
        # custody name it; the bare "interpelle" also tells a challenge ("le syndicat
        # interpelle le maire") and is left out
        "ete interpelle", "ete interpellee", "ete interpelles", "ete interpellees",
        "place en garde a vue", "placee en garde a vue", "places en garde a vue",
        "placees en garde a vue", "placed in custody", "taken into custody",
        "was arrested", "were arrested",
    ),
    "politics": (
        "election", "scrutin", "campagne electorale", "referendum", "legislatives",
        "presidentielle", "municipales", "remaniement", "projet de loi", "proposition de loi",
        "motion de censure", "investiture", "inaugur", "ballot",
    ),
    "social": (
        "greve", "grevistes", "manifestation", "manifestations", "manifestants",
        "intersyndicale", "piquet de greve", "strike", "protesters",
    ),
    "culture": (
        "festival", "concert ", "concerts ", "exposition", "spectacle ", "spectacles ",
        "tournage", "prix goncourt", "exhibition",
    ),
    "sport": (
        "match ", "matchs ", "championnat", "coupe du monde", "coupe de france", "tournoi",
        "finale ", "demi-finale", "quart de finale", "ligue des champions", "jeux olympiques",
        "tour de france", "marathon", "regate", "vendee globe", "grand prix", "tournament",
    ),
    "opening": (
        "inauguration", "inaugure", "ouvre ses portes", "ouvrent leurs portes",
        "ouvert ses portes", "ouvert leurs portes", "rouvre ", "rouvrent ", "reouverture",
        "ouverture au public", "accessible au public", "accessible aux visiteurs",
        "ouvert au public", "ouverte au public", "mise en service", "premiere pierre",
        "coupe le ruban", "coupant le ruban", "reopens", "reopening", "grand opening",
    ),
    "economy": (
        "faillite", "liquidation judiciaire", "redressement judiciaire", "plan social",
        "suppression de postes", "suppressions de postes", "suppressions d'emplois", "rachat",
        "recession", "chiffre d'affaires", "resultats financiers", "bankruptcy",
    ),
    "health": (
        "epidemie", "pandemie", "grippe", "vaccination", "outbreak", "disease",
    ),
    "war": (
        "guerre", "frappe aerienne", "frappes aeriennes", "frappe de drone",
        "frappes de drones", "frappes de missiles", "bombardement", "bombarde", "offensive",
        "cessez-le-feu", "raid aerien", "invasion", "airstrike",
    ),
    "science": (
        "exoplanete", "telescope", "astronome", "etude publiee", "decouverte scientifique",
        "fossile", "genome",
    ),
    "diplomacy": (
        "sommet", "visite officielle", "pourparlers", "negociations", "conseil de securite",
        "summit", "treaty",
    ),
}
"""Kind -> folded entries that **name** an event of the kind: its nouns ("tempête",
"fusillade", "bombardement") and its own verbs in their sense, written with the words that
fix it ("abattu par balle", "frappes aériennes", "condamné à"); not a verb that also tells
other things ("des arbres se sont abattus", "la tempête a frappé", "le gouverneur a
condamné l'attaque", "ont découvert des rues"). A single word matches a word of the text
that starts with it ("inondation" matches "inondations"); an entry of several words, or
with a trailing space (a whole word: "crue " is not "cruel"), matches those words as
written. A word may be in several kinds' entries."""

IBERIAN = True
"""Whether the Portuguese and Spanish disaster and accident words of
:mod:`veille.dedup.event_kinds_iberian` are entries of :data:`KINDS` (h-bridge53: a
building fire in Porto and floods in Porto Alegre named no kind). False: as before."""
if IBERIAN:
    for _kind, _entries in IBERIAN_KINDS.items():
        KINDS[_kind] = KINDS[_kind] + _entries

ENGLISH = True
"""Whether the English openings and walkouts of :mod:`veille.dedup.event_kinds_english` are
entries of :data:`KINDS`, and its visits of :data:`EVENT_VERBS` (r-stories54: one minister
at an opening and at a strike was one story). False: as before."""
if ENGLISH:
    for _kind, _entries in ENGLISH_KINDS.items():
        KINDS[_kind] = KINDS[_kind] + _entries

MORE = True
"""Whether the German and Italian disasters, accidents and openings and the English
collapses of :mod:`veille.dedup.event_kinds_more` are entries of :data:`KINDS` (h-stories62,
t-final61 #3: a block's collapse named no kind, and the mayor's metro opening joined its
story). False: as before."""
if MORE:
    for _kind, _entries in MORE_KINDS.items():
        KINDS[_kind] = KINDS[_kind] + _entries

SEIZURES = True
"""Whether the seizures, poaching, illegal fishing and smuggling of
:mod:`veille.dedup.event_kinds_seizures` are entries of :data:`KINDS` (h-stories63b,
t-final63 #1: a trawler seized for illegal tuna fishing named no kind and joined the port's
shipwreck story). False: as before."""
if SEIZURES:
    for _kind, _entries in SEIZURE_KINDS.items():
        KINDS[_kind] = KINDS[_kind] + _entries

VOTES = True
"""Whether the assemblies' votes and tallies of :mod:`veille.dedup.event_kinds_votes` are
entries of :data:`KINDS` (h-stories63b: a council's parking vote, with one sentence on a
minute of silence for the shipwreck's sailors, joined the shipwreck's story). False: as
before."""
if VOTES:
    for _kind, _entries in VOTE_KINDS.items():
        KINDS[_kind] = KINDS[_kind] + _entries

CIVIC = True
"""Whether the Spanish, Catalan, Italian and Portuguese protests, strikes, concerts and
festivals (and a few disasters and accidents) of :mod:`veille.dedup.event_kinds_civic` are
entries of :data:`KINDS` (h-stories65, t-final64 #3: a mascletà and a protest in one square
named no kind and were one story). False: as before."""
if CIVIC:
    for _kind, _entries in CIVIC_KINDS.items():
        KINDS[_kind] = KINDS[_kind] + _entries

WEAK: dict[str, tuple[str, ...]] = {
    "disaster": ("evacu", "sinistr", "vigilance rouge", "vigilance orange", "volcan"),
    "accident": ("percut", "deraill", "naufrag", "noye"),
    "crime": ("tue par", "tuee par", "tues par", "otage", "balle ", "balles ", "drogue",
              "stupefiant", "violences", "cambriol", "agress", "couteau"),
    "justice": ("tribunal", "condamn", "jugement", "magistrat", "assises", "garde a vue",
                "plainte", "avocat", "inculp", "accuse "),
    "politics": ("electora", "vote", "votant", "candidat", "sondage", "regionales",
                 "demission", "reforme", "parlement", "depute", "senat", "coalition",
                 "campaign", "senator", "congress"),
    "social": ("syndica", "mobilisation", "protestat", "defile", "rassemblement",
               "revendication", "blocage", "piquet"),
    "culture": ("cinema", "film", "theatre", "musee", "mediatheque", "bibliotheque", "album",
                "roman ", "ecrivain", "chanteu", "musicien", "jazz", "opera ", "artiste",
                "oeuvre", "realisateur", "litterai", "programmation", "billetterie",
                "museum", "novel"),
    "sport": ("olympique", "medaille", "entraineur", "footbal", "rugby", "tennis", "cyclis",
              "skipper", "buteur", "selectionneur", "mercato", "athlet", "nageu",
              "natation", "formule 1", "champion", "league"),
    "economy": ("bourse", "boursier", "cac 40", "actionnai", "benefice", "liquidation",
                "licenci", "fusion", "acquisition", "croissance", "chomage", "inflation",
                "taux d'interet", "banque centrale", "dette", "deficit", "budget",
                "agence de notation", "investisse", "exportation", "importation",
                "prix du petrole", "millions d'euros", "economi", "industri", "market",
                "shares", "profit"),
    "health": ("virus", "vaccin", "contamin", "maladie", "malade", "hopita", "medecin",
               "medicament", "cancer", "infection"),
    "war": ("armee", "soldat", "militair", "missile", "troupes", "insurg", "rebelle",
            "drone", "war ", "troops"),
    "science": ("decouvert", "chercheu", "scientifique", "astronom", "planete", "satellite",
                "fusee", "spatial", "nasa", "galaxie", "etoile", "orbite", "researchers",
                "scientists"),
    "diplomacy": ("diplomat", "ambassad", "negociation", "sanctions", "onu", "talks"),
}
"""Kind -> folded **weak cues**: words an event of the kind is often told with but that
name no event on their own (who acts, an instrument, a sense shared with other events:
"armée", "syndicats", "avocat", "évacués", "découvert"). Matched as :data:`KINDS`' entries;
a kind needs more than one of them (:data:`KIND_SCORE`)."""

LEAD_CHARS = 500
"""Characters of the body read with the headline as its **lead**: where an article says what
happened. A cue there weighs :data:`LEAD_WEIGHT` times one further on."""
LEAD_WEIGHT = 2.0
"""How much more a cue in the headline or lead weighs than one in the rest of the text."""
WEAK_WEIGHT = 0.5
"""The weight of a weak cue (:data:`WEAK`) against an entry that names the event."""
KIND_SCORE = 2.0
"""The score a kind needs to be read: each distinct entry counts once, with its weight where
it is heaviest (1 in the rest, :data:`LEAD_WEIGHT` in the headline or lead, times
:data:`WEAK_WEIGHT` for a weak cue). One entry naming the event in the headline or lead is
enough; further on, it takes two; weak cues take two in the lead, four further on."""

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


NEGATIONS = frozenset((
    "sans", "aucun", "aucune", "ni",  # French
    "no", "without",  # English
    "sin", "ningun", "ninguna",  # Spanish
    "sem", "nenhum", "nenhuma",  # Portuguese
    "ohne", "kein", "keine", "keinen",  # German
))
"""Folded words that say the event the next word names **did not happen** ("sans grève
cette fois", "with no strike this time", "sin huelga", "ohne Streik"): the next word, past
an article (:data:`_ARTICLES`), names no event of the article (h-stories58, t-final58 item
4: a minister's terminal inauguration "sans grève cette fois" read as a strike and joined
the strike's story). Two folded words: :data:`NEGATION_PAIRS`."""
NEGATION_PAIRS = frozenset((("pas", "de"), ("pas", "d"), ("not", "a")))
"""Two folded words that negate the next one ("pas de grève", "not a strike")."""
_ARTICLES = frozenset(("a", "an", "any", "la", "le", "les", "un", "una", "une", "um", "uma",
                       "de", "d", "du", "des", "der", "die", "das", "einen", "eine"))
"""Folded articles read past between a negation and the word it negates."""


def _asserted(words: list[str]) -> list[str]:
    """``words`` (folded) with each word a negation (:data:`NEGATIONS`,
    :data:`NEGATION_PAIRS`) governs blanked to "": the words that say what happened.
    Linear in ``words``."""
    out = list(words)
    negated = False
    for i, word in enumerate(words):
        if negated and word not in _ARTICLES:
            out[i] = ""
            negated = False
        if word in NEGATIONS or (i and (words[i - 1], word) in NEGATION_PAIRS):
            negated = True
    return out


Entry = tuple[str, str, float]
"""(entry, kind, weight): a lexicon entry, its kind, 1 or :data:`WEAK_WEIGHT`."""


def _compile() -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """Single-word entries indexed by their first four letters; entries of several words, or
    with a trailing space (a whole word: "crue " is not "cruel"), indexed by their first
    word, as " " + words joined by single spaces (matched in the text's words joined so)."""
    single: dict[str, list[Entry]] = {}
    phrases: dict[str, list[Entry]] = {}
    for lexicon, weight in ((KINDS, 1.0), (WEAK, WEAK_WEIGHT)):
        for kind, entries in lexicon.items():
            for entry in entries:
                words = _words(entry)
                if len(words) == 1 and not entry.endswith(" "):
                    single.setdefault(words[0][:4], []).append((words[0], kind, weight))
                else:
                    phrase = " " + " ".join(words) + (" " if entry.endswith(" ") else "")
                    phrases.setdefault(words[0], []).append((phrase, kind, weight))
    return single, phrases


_SINGLE, _PHRASES = _compile()


@shared
def _hits(text: str) -> dict[tuple[str, str], float]:
    """(entry, kind) -> weight of each entry folded ``text`` holds."""
    words = _asserted(_words(text))
    distinct = set(words) - {""}
    found: dict[tuple[str, str], float] = {}
    for word in distinct:
        for entry, kind, weight in _SINGLE.get(word[:4], ()):
            if word.startswith(entry):
                found[entry, kind] = weight
    joined = ""
    for word in distinct & _PHRASES.keys():
        for phrase, kind, weight in _PHRASES[word]:
            joined = joined or f" {' '.join(words)} "
            if phrase in joined:
                found[phrase, kind] = weight
    if assembly_voted(words):  # "el pleno del Ayuntamiento aprobó" (h-stories67)
        found["assembly voted", "politics"] = 1.0
    return found


CUE = "~"
"""The prefix of a kind only **cued** (:func:`kinds_and_cues`): a score above 0 and below
:data:`KIND_SCORE`."""


@shared
def _scores(title: str, paragraphs: Iterable[str], chars: int) -> dict[str, float]:
    """Kind -> score of the entries the headline and first ``chars`` characters name."""
    taken: list[str] = []
    size = 0
    for paragraph in paragraphs:
        if size >= chars:
            break
        taken.append(paragraph[:chars - size])
        size += len(taken[-1]) + 1
    body = fold_text(" ".join(taken))
    cut = body.rfind(" ", 0, LEAD_CHARS + 1) if len(body) > LEAD_CHARS else len(body)
    cut = cut if cut > 0 else min(len(body), LEAD_CHARS)
    weights = {key: weight * LEAD_WEIGHT
               for key, weight in _hits(f"{fold(title[:chars])} {body[:cut]}").items()}
    for key, weight in _hits(body[cut:]).items():
        weights[key] = max(weights.get(key, 0.0), weight)
    score: dict[str, float] = {}
    for (_entry, kind), weight in weights.items():
        score[kind] = score.get(kind, 0.0) + weight
    return score


def event_kinds(title: str, paragraphs: Iterable[str], chars: int = KIND_CHARS
                ) -> frozenset[str]:
    """The kinds of event (keys of :data:`KINDS`) the headline and the first ``chars``
    characters of the body name (an article names several: a flood's costs, a killing's
    inquiry); empty when none does. A kind is read when its entries' score passes
    :data:`KIND_SCORE` (the headline and lead weigh more, a weak cue less). Linear in what
    it reads."""
    return frozenset(kind for kind, total in _scores(title, paragraphs, chars).items()
                     if total >= KIND_SCORE)


def kinds_and_cues(title: str, paragraphs: Iterable[str], chars: int = KIND_CHARS
                   ) -> frozenset[str]:
    """:func:`event_kinds`, with the kinds only cued (a score under :data:`KIND_SCORE`: one
    weak cue, or one entry past the lead) prefixed :data:`CUE` ("~politics"): a kind an
    article does not name, but tells something of. Two sides disagree on kinds only when
    neither names a kind the other names or cues (:data:`veille.dedup.stories.
    EVENT_KINDS`)."""
    return frozenset(kind if total >= KIND_SCORE else CUE + kind
                     for kind, total in _scores(title, paragraphs, chars).items())


HEAD = "^"
"""The prefix of a kind its **headline** names (:func:`headline_kinds`): "^accident"."""


@shared
def headline_kinds(title: str) -> frozenset[str]:
    """The kinds of event (keys of :data:`KINDS`) the headline ``title`` alone names, each
    prefixed :data:`HEAD` ("^opening"): what the article is about, as against a kind its text
    names in passing (a basilica's spire reopening, "fragilisée par une tornade" in 1846;
    q-stories24, t-final24 F3). One entry in the headline is enough (it weighs
    :data:`LEAD_WEIGHT`), weak cues are not."""
    return frozenset(HEAD + kind for kind, total in _scores(title, (), len(title)).items()
                     if total >= KIND_SCORE)



EVENT_VERBS: dict[str, tuple[str, ...]] = {
    "visit": (
        "en visite", "a visite ", "ont visite ", "en deplacement", "s'est rendu ",
        "s'est rendue ", "se sont rendus ",
    ),
    "social": (
        "hue ", "huee ", "hues ", "huees ", "conspue", "chahute", "sifflet", "pris a partie",
        "prise a partie", "jets d'oeufs", "booed", "heckled",
    ),
    "sport": (
        "s'impose ", "s'imposent ", "s'est impose", "se sont imposes", "victoire",
        "defaite", "a battu ", "en battant", "a remporte ", "ont remporte ",
    ),
    "launch": (
        "s'equipe ", "s'equipent ", "s'est equipe", "se dote ", "s'est dote", "a devoile ",
        "ont devoile ", "lancement", "unveiled", "launched",
    ),
    "appointment": (
        "prolonge ", "prolongation de son contrat", "prolongation du contrat", "nomme ",
        "nommee ", "nomination", "appointed",
    ),
    "health": (
        "malaise", "hospitalise", "hospitalisee",
    ),
    "accident": (
        "fuite de gaz", "mort ecrase", "morte ecrasee", "ecrase par", "ecrasee par",
    ),
    "crime": (
        "voitures incendiees", "vehicules incendies", "violences urbaines", "emeute",
        "attaque informatique", "piratage", "pirates informatiques",
    ),
    "economy": (
        "a livre ", "ont livre ", "livraisons", "commandes nettes",
    ),
}
"""Kind -> folded **verbs and nouns of event** a headline or a lead uses for what happened
that :data:`KINDS` does not hold, some of kinds it has none for (a visit, being equipped,
an appointment): "en visite dans un collège", "a été huée", "s'équipe d'un robot", "Julien
Stéphan prolongé", "victime d'un malaise". Read only for the marks of what an article is
about (:func:`about_kinds`) and as told anywhere (:func:`told_kinds`); never for
:func:`event_kinds`, whose rules were chosen on its lexicon alone (f-stories25). Matched as
:data:`KINDS`' entries."""

if ENGLISH:
    for _kind, _entries in ENGLISH_VERBS.items():
        EVENT_VERBS[_kind] = EVENT_VERBS[_kind] + _entries
if MORE:  # an official presenting a plan (h-stories62)
    for _kind, _entries in MORE_VERBS.items():
        EVENT_VERBS[_kind] = EVENT_VERBS.get(_kind, ()) + _entries

TOLD = "="
"""The prefix of a kind an article's text tells with :data:`EVENT_VERBS` anywhere
(:func:`told_kinds`): a side that tells a kind, in those words, does not disagree with a
side about it."""

RECALLED = "!"
"""The prefix of a kind of event one sentence past the lead alone names, in an article whose
headline and lead tell none (:func:`veille.dedup.context.lone_event_kinds`, h-stories63):
another event the article recalls, never its own; it names, cues and tells nothing
(:data:`veille.dedup.stories.LONE_EVENT_KINDS`)."""

LEAD_SENTENCE_CHARS = 400
"""At most this many characters of the first paragraph are read as the lead's first
sentence (:func:`lead_sentence`)."""

_SENTENCE_END = re.compile(r"(?<!\b[A-ZÀ-ÖØ-Þ])[.!?](?=\s+[«\"A-ZÀ-ÖØ-Þ])")
"""A sentence's end: a period, "!" or "?" before a capital or an opening quote, not after a
lone capital (an initial or "M." before a name)."""


def lead_sentence(paragraphs: Iterable[str]) -> str:
    """The lead's first sentence: the first non-empty paragraph up to its first sentence's
    end (:data:`_SENTENCE_END`: "Le maire, M. Dupont, …" reads on), at most
    :data:`LEAD_SENTENCE_CHARS` characters; "" for no text."""
    for paragraph in paragraphs:
        text = paragraph.strip()
        if text:
            end = _SENTENCE_END.search(text, 0, LEAD_SENTENCE_CHARS)
            return text[:end.start() + 1] if end else text[:LEAD_SENTENCE_CHARS]
    return ""


@functools.cache
def _verb_phrase(entry: str) -> str:
    """The phrase :func:`_verb_hits` looks for an entry of :data:`EVENT_VERBS` as: its words
    joined by single spaces, a space before, and after when the entry ends with one (a
    whole word). Made once per entry (issue #13: it was made at every call)."""
    words = _words(entry)
    return " " + " ".join(words) + (" " if entry.endswith(" ") else "")


@shared
def _verb_hits(text: str) -> frozenset[str]:
    """The kinds :data:`EVENT_VERBS`' entries folded ``text`` holds name."""
    joined = f" {' '.join(_asserted(_words(fold_text(text))))} "
    out = set()
    for kind, entries in EVENT_VERBS.items():
        for entry in entries:
            if _verb_phrase(entry) in joined:
                out.add(kind)
                break
    return frozenset(out)


def about_kinds(title: str, paragraphs: Iterable[str]) -> frozenset[str]:
    """What the article says happened, prefixed :data:`HEAD`: the kinds its headline names
    (:func:`headline_kinds`, with :data:`EVENT_VERBS`); when the headline names none (a
    quote, "sous le feu des critiques", a bare name), the kinds its lead's first sentence
    names (:func:`lead_sentence`: "Le CHU … a été victime d'une cyberattaque", "En visite
    dans un collège, la ministre …", "La ministre … a été huée"): where an article says
    what happened when its headline does not (f-stories25, q-stories24). Empty when
    neither names a kind."""
    head = {k.removeprefix(HEAD) for k in headline_kinds(title)} | _verb_hits(title)
    if not head:
        lead = lead_sentence(paragraphs)
        head = {kind for kind, total in _scores(lead, (), len(lead)).items()
                if total >= KIND_SCORE} | _verb_hits(lead)
    return frozenset(HEAD + kind for kind in head)


def told_kinds(title: str, paragraphs: Iterable[str], chars: int = KIND_CHARS
               ) -> frozenset[str]:
    """The kinds :data:`EVENT_VERBS` finds in the headline and the first ``chars``
    characters of the body, prefixed :data:`TOLD`: told by the article, as
    :func:`kinds_and_cues`' cues are. Linear in what it reads."""
    taken: list[str] = []
    size = 0
    for paragraph in paragraphs:
        if size >= chars:
            break
        taken.append(paragraph[:chars - size])
        size += len(taken[-1]) + 1
    return frozenset(TOLD + k for k in _verb_hits(f"{title}\n" + "\n".join(taken)))
