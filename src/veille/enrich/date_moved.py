"""A day after a verb of moving an event in time (postponing, delaying, bringing forward:
"a reporté le vote à jeudi", "postponed the vote on Tuesday"), issue 16 part 4.

The preposition before the day tells which day it is. After "à", "au", "jusqu'à", "pour",
"to", "until", "till", "for" it is the event's new day, set by the moving and so ahead of
it whatever the moving verb's tense ("a reporté le vote à jeudi", "pushed back its vote
until Thursday", "a été renvoyée au jeudi 10"). A bare day, or one after "on", is a
complement of time of the moving itself ("a reporté le vote jeudi", "postponed the
half-marathon on Tuesday after a heavy snowfall"): when the moving is told as done, that
day is gone by.

The verbs are a closed lexical class, the verbs of moving a set time: French "reporter",
"repousser", "décaler", "différer", "ajourner", "renvoyer", "reprogrammer", "avancer",
"déplacer", "remettre" (Trésor de la langue française, "reporter" II.B.2: "remettre à
plus tard", and the synonyms its entries "ajourner", "différer", "remettre" give);
English "postpone", "delay", "defer", "push back", "put back", "put off", "move",
"reschedule", "adjourn", "bring forward" (Merriam-Webster, "postpone": synonyms).
"""

from __future__ import annotations

import re

from veille.enrich.date_ahead import _NEW_CLAUSE

MOVING = re.compile(
    r"(?i)(?<![\w'’-])(?:"
    r"(?:report|repouss|décal|ajourn|reprogramm|avanc|déplac)"
    r"(?:é|ée|és|ées|e|es|ent|a|èrent|era|eront|erait|eraient|er)|"
    r"différ(?:é|ée|és|ées|er|a|era|eront)|diffèr(?:e|ent)|"
    r"renvoy(?:é|ée|és|ées|a|er)|renvoi(?:e|ent|era|eront)|"
    r"remi(?:s|se|ses)|remet(?:s|tent|tra|tront)?|"
    r"postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|"
    r"push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+(?:back|off)|"
    r"mov(?:e|es|ed|ing)(?:\s+(?:back|forward|up))?|reschedul(?:e|es|ed|ing)|"
    r"adjourn(?:s|ed|ing)?|br(?:ing|ings|inging|ought)\s+forward)(?![\w'’-])")
"""A verb of moving a set time (the closed class of the module's docstring), any form."""
_DONE = re.compile(r"(?i)(?:é|ée|és|ées|a|èrent|is|ise|ises|ed|put\s+back|put\s+off|"
                   r"brought\s+forward|ed\s+(?:back|forward|up))$")
"""The forms of the class that tell the moving as done: a participle or a simple past."""
_TO_DAY = re.compile(r"(?i)(?<![\w'’-])(?:to|until|till|for|à|au|pour|"
                     r"jusqu['’]\s*(?:à|au))\s+(?:(?:le|ce|this|next)\s+)?$")
"""The preposition of the new day ("à jeudi", "au 10 décembre", "until Thursday")."""
_OF_DAY = re.compile(r"(?i)(?<![\w'’-])(?:de|du|des|d['’]|of|since|depuis)\s*$")
"""A day after these names the event by its day ("le vote de jeudi") or a time before."""
REACH = 90
"""How many characters may stand between the verb and the day (its object and the
object's complements)."""


def moved_tense(before: str, own: str, plain: bool, tense: str) -> str:
    """The tense of a mention right after ``before`` (its sentence up to it) when a verb of
    moving a set time governs it: ``future`` for the new day ("à jeudi", "until
    Thursday"; ``own``, the mention's own opening preposition, counts: "au jeudi 10"),
    ``past`` for a bare weekday (``plain``) or one after "on" when the moving is told as
    done and the clause (``tense``, its tense so far) is not future ("a reporté le vote
    jeudi", "postponed the vote on Tuesday"); '' when no such verb governs it, or another
    clause stands between them ("…, qui a été reporté, a eu lieu jeudi")."""
    before = re.split(r"[;\n«»“”]|[.!?…]\s", before)[-1]
    verb = max(MOVING.finditer(before), key=lambda m: m.start(), default=None)
    if verb is None:
        return ""
    rest = before[verb.end():]
    if len(rest) > REACH or _NEW_CLAUSE.search(rest) or re.search(r",\s", rest):
        return ""
    if _TO_DAY.search(rest + own):
        return "future"
    if plain and not own and tense != "future" and _DONE.search(verb.group()) and \
            not _OF_DAY.search(rest):
        return "past"
    return ""


MOVING_FOREIGN = {
    "es": r"(?:aplazad|pospuest|postergad|trasladad|retrasad|adelantad|reprogramad|diferid)"
          r"[oa]s?|(?:aplaz|posterg|traslad|retras|adelant|reprogram)(?:a|an|ó|aron|ará|arán)|"
          r"pospon(?:e|en|drá|drán)|pospus(?:o|ieron)|difi(?:ere|eren|rió|rieron)",
    "it": r"(?:rinviat|rimandat|posticipat|slittat|spostat|anticipat|differit|riprogrammat)"
          r"[oaie]|(?:rinvi|riman[dt]|posticip|slitt|spost|anticip|riprogramm)"
          r"(?:a|ano|ò|arono|erà|eranno)",
    "de": r"verschoben|verschob(?:en)?|verschieb(?:t|en)|verlegt(?:e|en)?|verleg(?:en)?|"
          r"vertagt(?:e|en)?|vorgezogen|zog\w*\s+vor",
    "pt": r"(?:adiad|postergad|transferid|remarcad|reagendad|antecipad|prorrogad)[oa]s?|"
          r"(?:adi|posterg|remarc|reagend|antecip|prorrog)(?:a|am|ou|aram|ará|arão)|"
          r"transfer(?:e|em|iu|iram|irá|irão)",
}
"""Verbs of moving a set time in Spanish, Italian and German, the finite forms of the
telling and the participle (the same class as :data:`MOVING`: "aplazar", "posponer",
"postergar", "trasladar", "retrasar", "adelantar", "diferir"; "rinviare", "rimandare",
"posticipare", "slittare", "spostare", "anticipare", "differire"; Portuguese "adiar",
"postergar", "transferir", "remarcar", "reagendar", "antecipar", "prorrogar" (Priberam's
synonyms; r-lang55: "foi adiada para janeiro" was the January gone by); "verschieben",
"verlegen", "vertagen", "vorziehen": the synonyms the RAE's, Treccani's and Duden's
dictionaries give for putting off a set time). Not the nouns ("gli spostamenti")."""
_TO_FOREIGN = {
    "es": r"(?:\ba|\bal|\bpara|\bhasta)\s+(?:(?:el|la|los)\s+)?$",
    "it": r"(?:\ba|\bad|\bal|\balla|\ball['’]|\bper|\bfino\s+a(?:l|lla)?)\s*(?:(?:il|la)\s+)?$",
    "de": r"(?:\bauf|\bin\s+den|\bbis)\s+(?:(?:den|dem|Ende|Anfang|Mitte)\s+)?$",
    "pt": r"(?:\bpara|\baté|\ba|\bao|\bà)\s+(?:(?:o|a|os|as|dia)\s+)?$",
}
"""The preposition of the new time ("aplazada al 10 de marzo", "rinviato a marzo", "auf
März verschoben", "auf den 12. März verlegt")."""
_FOREIGN_CLAUSE = re.compile(r"[;:\n«»“”\"„]|[.!?…]\s|,\s")


def moved_ahead(text: str, start: int, end: int, language: str) -> bool:
    """Whether the date at ``[start, end)`` in Spanish, Italian or German text is the new
    time of an event moved (postponed, brought forward): the preposition of a new time
    right before it or opening it ("al 10 de marzo", "a marzo", "auf März"), and a verb
    of moving in its clause — before it within :data:`REACH` characters in Spanish and
    Italian ("fue aplazada al 10 de marzo", "è stato rinviato a marzo"), before or after
    it in German, whose participle ends the clause ("wurde auf März verschoben"). That
    time is set by the moving and lies ahead of it, whatever the moving's tense
    (t-final51b A8); "wurde im Dezember verschoben" (no such preposition) is the moving's
    own day."""
    verbs = MOVING_FOREIGN.get(language)
    if verbs is None:
        return False
    to = re.compile(_TO_FOREIGN[language], re.IGNORECASE)
    opening = re.match(r"\S+(?:\s+a)?\s+", text[start:end])  # "a marzo", "fino a marzo"
    if not to.search(text[max(0, start - 30):start]) and not (
            opening and to.search(opening.group())):
        return False
    pattern = re.compile(rf"(?i)(?<![\w'’-])(?:{verbs})(?![\w'’-])")
    if pattern.search(_FOREIGN_CLAUSE.split(text[max(0, start - REACH):start])[-1]):
        return True
    return language == "de" and pattern.search(
        _FOREIGN_CLAUSE.split(text[end:end + REACH])[0]) is not None
