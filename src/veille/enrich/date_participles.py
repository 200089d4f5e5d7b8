"""The past participle a date depends on, when it is not the sentence's main verb.

"L'alerte rouge, déclenchée mardi à 19 heures, sera maintenue jusqu'à jeudi" (t-final25
F2): "mardi" is the complement of "déclenchée", not of "sera maintenue"; the tense that
governs a date is that of the verb or participle it depends on (Grevisse, *Le Bon Usage*,
§ 326 and § 916: a participle in apposition, or right after its noun, is a reduced clause
of its own, whose time is its own). :mod:`veille.enrich.dates` read the main verb
("sera") and sent the Tuesday a week ahead. Two kinds of participles:

- **an act** ("déclenchée", "interpellé", "élu", "votée", "fermée", "annoncée"): a
  participle in apposition tells an act done, which the date dates: past, whatever the
  main verb ("Élu jeudi …, il présentera lundi sa feuille de route");
- **an event's own occurrence** (:data:`EVENT_PARTICIPLES`: "prévue", "programmée",
  "organisé", "attendu", "diffusé", "réunis"): the participle names the event that takes
  place at the date, whose time is the main verb's ("Le match, prévu samedi, se jouera à
  huis clos": ahead; "La manifestation, organisée samedi, a rassemblé …": past); when
  that main verb calls the event off or moves it (:func:`called_off`: "prévue jeudi soir,
  a été reportée"), the act is past but the day it had may lie on either side: no tense,
  the nearest such day (t-enrich25 E8). Only in apposition: right after its noun
  inside a complement ("avant le dépôt du budget prévu le 1er avril") the main verb is
  another clause's, and the participle's own meaning (ahead) decides as before.

Not a participle: a word after a determiner or a preposition ("la journée", "le comité",
"de sécurité"), nor one after a copula or an auxiliary ("sera fermée lundi", "a été
interpellé"), whose clause has its verb; the caller reads those as before. French only.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_IRREGULAR = (
    "élu réélu ouvert rouvert couvert découvert offert souffert mis remis admis soumis "
    "transmis commis promis permis pris repris surpris compris acquis conquis assis "
    "tenu détenu retenu obtenu maintenu soutenu venu revenu parvenu intervenu survenu "
    "prévu vu revu entendu attendu rendu perdu vendu défendu suspendu descendu reçu "
    "aperçu conçu vécu vaincu convaincu battu abattu combattu connu reconnu paru apparu "
    "disparu couru secouru mort né dit redit interdit écrit décrit inscrit prescrit fait "
    "refait conduit produit introduit construit détruit réduit traduit poursuivi suivi "
    "servi parti reparti sorti ressorti senti fini choisi réuni saisi trahi envahi "
    "établi rétabli accueilli recueilli joint rejoint atteint éteint peint craint "
    "contraint restreint dissous résolu exclu inclus conclu clos interrompu rompu "
    "retransmis rediffusé").split()
"""Past participles (masculine singular) outside the first group, as news uses them."""
_NOUNS_IN_E = frozenset(
    "journée soirée matinée année été marché comité société musée lycée entrée arrivée "
    "rentrée idée armée allée vallée épée fusée durée pensée assemblée mosquée chaussée "
    "portée tournée randonnée traversée montée levée poussée flambée côté comté cité "
    "santé sécurité clé café thé bébé degré gré pré curé névé".split())
"""Words in "-é(e)" that news mostly uses as nouns of things and times: inside a piece
("la première journée samedi") read as no participle, so the clause's tense decides.
Opening a piece they are participles ("Arrivée mardi à Paris, la ministre …")."""
EVENT_PARTICIPLES = (
    "prévu", "programmé", "reprogrammé", "planifié", "fixé", "agendé", "calé", "attendu",
    "espéré", "envisagé", "organisé", "convoqué", "invité", "réuni", "rassemblé",
    "diffusé", "rediffusé", "retransmis", "projeté", "joué", "disputé", "célébré",
    "maintenu", "confirmé",
)
"""Participles that name the event taking place at the date (scheduled, organised,
broadcast, played, held, kept): the date is the event's, dated by the main verb."""


def _forms(masculine: str) -> str:
    """The four forms of a participle, as a regular expression alternative."""
    if masculine.endswith("s"):
        return masculine + "(?:e|es)?"
    return masculine + "(?:e|s|es)?"


_PARTICIPLE = (r"(?:[^\W\d_]{2,}(?:é|ée|és|ées)|"
               + "|".join(_forms(w) for w in sorted(_IRREGULAR, key=len, reverse=True)) + ")")
_GOVERNING = re.compile(
    r"(?i)(?:^|(?P<before>[^\W\d_'’]+)['’]?\s+)(?P<participle>" + _PARTICIPLE + r")"
    r"\s+(?:(?:en|le|au|du|de|début|fin|mi-|dès|depuis)\s*)?$")
"""A participle ending the text before a date, with the word before it (none when it
opens the piece: an apposition after a comma, or a participle opening the sentence). A
span opened by "de"/"du" is the participle's like a day ("les pluies tombées de vendredi
soir à lundi matin", t-final53b A7)."""
_NOT_BEFORE_A_PARTICIPLE = frozenset(
    "le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs mon ma "
    "mes notre nos votre vos à en pour par sur avec sans contre vers chez entre dans sous "
    "se s ne n y lui me m te t nous vous qui que qu dont où".split())
"""Words after which the participle's shape is a noun ("la journée", "de sécurité") or a
verb's form in a clause of its own ("qui", "se", "ne"): no apposition."""
_EVENT = re.compile(r"(?i)^(?:" + "|".join(_forms(w) for w in EVENT_PARTICIPLES) + r")$")
_CALLED_OFF = re.compile(
    r"(?i)\b(?:annul|report|repouss|décal|suspend|ajourn|avanc|supprim|déprogramm|"
    r"différ|reprogramm|interromp|arrêt|stopp|cancel|postpon|called\s+off)\w*")
"""Verbs that call an event off or move it ("a été annulée", "a été reportée", "a été
avancé", "suspendu"): done before the day it had, or after it."""


def governing_participle(piece: str, has_verb: bool) -> str:
    """``"act"``, ``"event"`` or '' for the participle that ends ``piece`` (the clause
    piece before a date, from its last comma or the sentence's start), when it governs
    the date: in apposition (it opens the piece) or right after its noun ("Le suspect
    interpellé samedi"), with no verb before it in the piece (``has_verb``: the caller's
    tense markers and copulas found in ``piece`` before the participle). '' when the
    word is no participle (a noun in "-é", a capitalised name inside the piece) or a
    verb of the piece governs it."""
    match = _GOVERNING.search(piece)
    if match is None or has_verb:
        return ""
    word = match.group("participle")
    before = (match.group("before") or "").lower()
    if before in _NOT_BEFORE_A_PARTICIPLE or (before and word.lower().rstrip("s") in _NOUNS_IN_E):
        return ""
    if before.endswith("ment"):
        return ""  # "exceptionnellement ouvert dimanche": a state, not an act
    if word[:1].isupper() and piece[:match.start("participle")].strip():
        return ""  # a name inside the piece ("la ville de Vitré samedi"), not "Élu jeudi"
    if _EVENT.match(word):
        # only in apposition: "le dépôt du budget prévu le 1er avril" names the event
        # inside a complement, whose main verb is another clause's (t-enrich25 d23)
        return "" if before else "event"
    return "act"


def called_off(clause: str) -> bool:
    """Whether ``clause`` (the main clause's text) calls an event off or moves it."""
    return _CALLED_OFF.search(clause) is not None


def participle_start(piece: str) -> int:
    """Where the participle :func:`governing_participle` reads starts in ``piece``
    (``len(piece)`` when none), for the caller's check of the words before it."""
    match = _GOVERNING.search(piece)
    return len(piece) if match is None else match.start("participle")
