"""Two readings of an event's planned day: the English present of a timetable, and a plan
called off after it was made.

- **English scheduled present** (Huddleston & Pullum, *The Cambridge Grammar of the
  English Language*, ch. 3 §4.2.3: the simple present of a scheduled future, "the
  exhibition opens in May", "the summit starts on Tuesday"): the verbs of a timetable in
  the third person present (:data:`SCHEDULED_PRESENT`) are a future marker in English
  text (t-enrich25 E8), and their French forms (:data:`SCHEDULED_PRESENT_FR`, "rouvre
  samedi") in French text (t-final51b A7). "Opened", "started" stay pasts
  (:mod:`veille.enrich.english_past`).
- **A plan called off** ("La réunion était prévue samedi, mais elle a été repoussée",
  "The talks, scheduled for Wednesday, were postponed"): the plan names the event's day,
  and the cancelling or moving is told in the past. That day may lie on either side of
  publication (a match put off the week before it, an evacuation put off the evening
  itself), so no tense is given and the nearest such day is taken — except when the text
  says the event did not take place ("n'a pas eu lieu", "did not take place"), whose day
  is then gone by: past, and so when it was called off at the last minute ("au dernier
  moment", "le jour même", "at the last minute"). :func:`plan_called_off` reads it;
  French appositions ("prévue jeudi soir, a été reportée") are read by
  :mod:`veille.enrich.date_participles`, with :func:`gone_by` for the same two cases.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.date_participles import called_off

SCHEDULED_PRESENT = re.compile(
    r"(?i)\b(?:opens|reopens|starts|begins|resumes|closes|ends|kicks\s+off|takes\s+place|"
    r"runs|premieres|debuts|launches|expires|departs|arrives|returns|meets|convenes|"
    r"goes\s+on\s+sale|comes\s+into\s+(?:force|effect)|takes\s+effect)\b")
"""Third-person present forms of the verbs of a timetable (an opening, a start, a run, a
meeting, a departure, coming into force)."""
NEW_OBJECT = {
    "fr": r"(?:(?:une?|la|le|les|des|du|cette|ce|cet|ces|aux?)(?![\w'’-])|l['’]|d['’])",
    "es": r"(?:una?|el|la|los|las|este|esta|estos|estas|otr[oa]s?)\b",
    "it": r"(?:(?:una?|uno|il|lo|la|i|gli|le|questo|questa|altr[oaie])(?![\w'’])"
          r"(?!\s+(?:suo|sua|suoi|sue|loro)\b)|un['’]|l['’])",
    "de": r"(?:eine[nmrs]?|ein|den|die|das|dem|der)\b",
    "pt": r"(?:uma?|o|a|os|as|este|esta|estes|estas|outr[oa]s?)\b",
    "ca": r"(?:(?:una?|el|la|els|les|aquest|aquesta|aquests|aquestes|altr[ae]s?)(?![\w'’])|"
          r"l['’])",
}
"""The articles and demonstratives opening a timetable verb's object: the verb then acts
on a new thing ("le parquet ouvre une enquête après la mort d'un motard samedi", "la
procura apre un'inchiesta", "el juez abre una investigación"), no timetable, and the day
is that of another event; an object with a possessive ("rouvre ses portes", "riapre le
sue sale", "reabre sus puertas") is the subject's own premises, the timetable's."""
_FR_OWN = rf"(?!\s+{NEW_OBJECT['fr']})"
SCHEDULED_PRESENT_FR = re.compile(
    r"(?i)(?<![\w'’-])(?:(?:(?:s['’])?r?ouvrent|(?:s['’])?r?ouvre|débutent|débute|commencent|"
    r"commence|démarrent|démarre|reprennent|reprend|inaugurent|inaugure|accueillent|accueille|"
    rf"reçoivent|reçoit|affrontent|affronte){_FR_OWN}|(?:re)?ferment?\s+(?:ses|leurs)\s+portes|"
    r"se\s+réunit|se\s+réunissent|se\s+tient|se\s+tiennent|se\s+déroule|se\s+déroulent|"
    r"s['’]achève|s['’]achèvent|prend\s+fin|prennent\s+fin|"
    r"entre\s+en\s+vigueur|entrent\s+en\s+vigueur)(?![\w'’-])")
"""The same timetable verbs in French, third person present (the présent prospectif of a
scheduled event, Grevisse, *Le Bon Usage*, § 850: "le musée rouvre samedi", "le sommet
s'ouvre lundi", "Rennes reçoit Lyon dimanche"): a future marker in French text
(t-final51b A7: "rouvre ses portes samedi", written on Monday, was read as the Saturday
gone by). Not with a new object (:data:`NEW_OBJECT`: "ouvre une enquête", "reprend
l'entraînement"), not the présent journalistique of a headline's event ("un motard se tue
dimanche soir"), which no timetable verb tells; "a lieu" stays no marker
(docs/enrichment.md)."""

_PLANNED = re.compile(
    r"(?i)\b(?:prévue?s?|programmée?s?|annoncée?s?\s+pour|fixée?s?|"
    r"scheduled(?:\s+for)?|set\s+for|planned(?:\s+for)?|slated(?:\s+for)?|due(?:\s+on)?)"
    r"(?:\s+(?:le|la|au|en|on|in|for))?\s*$")
"""A plan's participle right before the day ("prévue samedi", "scheduled for Wednesday")."""
_PAST_CALL = re.compile(
    r"(?i)\b(?:a|ont|avait|avaient|a\s+été|ont\s+été|avait\s+été|avaient\s+été|est|sont|"
    r"was|were|has\s+been|have\s+been|had\s+been|been)\s+(?:(?:finalement|déjà|"
    r"finally|already|then|later|abruptly|suddenly)\s+)?"
    r"(?:annul|report|repouss|décal|suspend|ajourn|supprim|déprogramm|différ|interromp|"
    r"cancel|postpon|called\s+off|scrapped|delayed|put\s+off|pushed\s+back|axed)\w*|"
    r"\b(?:cancelled|canceled|postponed|called\s+off|scrapped|axed)\b")
"""The cancelling or moving of an event in a past tense ("a été repoussée", "were
postponed", "was called off")."""
_DID_NOT_HAPPEN = re.compile(
    r"(?i)\b(?:n['’]a|n['’]ont|n['’]avait|n['’]avaient)\s+(?:finalement\s+|jamais\s+)?"
    r"(?:pas|jamais)\s+(?:finalement\s+)?eu\s+lieu|"
    r"\b(?:did\s+not|didn['’]t|never)\s+(?:take\s+place|happen|go\s+ahead)")
"""The event's not taking place, told in the past: its day is gone by."""
_LAST_MINUTE = re.compile(
    r"(?i)\b(?:au\s+dernier\s+moment|à\s+la\s+dernière\s+minute|in\s+extremis|"
    r"le\s+jour\s+même|at\s+the\s+last\s+minute)\b")
"""A call-off at the last minute or on the day itself: the planned day has come, so it
is the one gone by."""


def gone_by(sentence_after: str) -> bool:
    """Whether the words after a planned day say its event did not take place or was
    called off at the last minute (:data:`_DID_NOT_HAPPEN`, :data:`_LAST_MINUTE`): the day
    is then past, not merely the nearest."""
    return _DID_NOT_HAPPEN.search(sentence_after) is not None or \
        _LAST_MINUTE.search(sentence_after) is not None


def plan_called_off(before: str, sentence_after: str) -> str | None:
    """The tense of a day named by a plan (``before`` ends with "prévue", "scheduled for"…,
    :data:`_PLANNED`) when the rest of its sentence (``sentence_after``) calls the event
    off or moves it in the past: "past" when the event did not take place or was called
    off at the last minute (:func:`gone_by`), ''
    (the nearest such day) otherwise; None when ``before`` names no plan or the sentence
    does not call it off."""
    if _PLANNED.search(before) is None:
        return None
    if gone_by(sentence_after):
        return "past"
    if _PAST_CALL.search(sentence_after) or called_off(sentence_after) and \
            re.search(r"(?i)\b(?:a|ont|été|was|were|been)\b", sentence_after):
        return ""
    return None
