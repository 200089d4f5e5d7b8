"""A plan called off or moved before its day, in Spanish, Italian and Portuguese (issue 16,
h-plans54): the reading :func:`veille.enrich.date_plans.plan_called_off` gives French and
English ("prévue samedi, a été reportée", "scheduled for Saturday was called off").

A weekday named by a plan's participle ("prevista para el viernes", "prevista per sabato",
"in programma venerdì", "marcado para sábado", :data:`PLANNED`) or by a verb ("debía
celebrarse el sábado", "doveva svolgersi sabato", "devia realizar-se no sábado": r-lang55)
whose sentence then tells
the event called off or moved in a past tense ("ha sido aplazada", "è stata rinviata",
"foi adiada", :data:`CALLED_OFF`) may lie on either side of the writing (a strike put off
the day before it, a match called off the week before): no tense, the nearest such day
(docs/enrichment.md "Which side a changed plan lies on"). When the sentence says the event
did not take place or was called off at the last minute (:data:`GONE_BY`), its day is gone
by: past.

The verbs are the closed class of calling off and moving a set time, from the synonyms the
RAE's, Treccani's and Priberam's dictionaries give: Spanish "aplazar", "posponer",
"postergar", "suspender", "cancelar", "anular", "adelantar", "desconvocar"; Italian
"rinviare", "rimandare", "posticipare", "sospendere", "annullare", "cancellare",
"anticipare", "spostare", "revocare"; Portuguese "adiar", "cancelar", "suspender",
"anular", "antecipar", "desmarcar", told as done: a participle after a past auxiliary, or
a simple past.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_TOLD_BY_VERB = {
    "es": r"(?:debía|debían|iba\s+a|iban\s+a|tenía\s+que|tenían\s+que)\s+"
          r"(?:celebrarse|disputarse|realizarse|jugarse|tener\s+lugar|empezar|comenzar|"
          r"arrancar|inaugurarse|abrir|llevarse\s+a\s+cabo)",
    "it": r"(?:doveva|dovevano|avrebbe\s+dovuto|avrebbero\s+dovuto)\s+"
          r"(?:svolgersi|tenersi|disputarsi|giocarsi|celebrarsi|aver\s+luogo|"
          r"cominciare|iniziare|partire|aprire|inaugurarsi)",
    "pt": r"(?:devia|deviam|deveria|deveriam|ia|iam|iria|iriam)\s+"
          r"(?:realizar-se|decorrer|acontecer|disputar-se|jogar-se|ter\s+lugar|"
          r"começar|arrancar|abrir|inaugurar-se)",
}
"""A plan told by a verb: the imperfect of "must", "be going to" or the conditional
perfect, then a verb of taking place or opening ("debía celebrarse el sábado", "doveva
svolgersi sabato", "devia realizar-se no sábado": the French "devait avoir lieu")."""
PLANNED = {
    "es": r"(?:(?:previst|programad|fijad|convocad|anunciad|planead|agendad)[oa]s?"
          r"(?:\s+para)?|" + _TOLD_BY_VERB["es"] + r")(?:\s+(?:el|este))?",
    "it": r"(?:(?:previst|programmat|fissat|convocat|annunciat|indett)[oaie](?:\s+per)?"
          r"|in\s+programma|" + _TOLD_BY_VERB["it"] + r")"
          r"(?:\s+(?:il|lo|la|l['’]|per\s+il|nel|nella))?",
    "pt": r"(?:(?:previst|programad|marcad|agendad|convocad|anunciad)[oa]s?"
          r"(?:\s+para)?|" + _TOLD_BY_VERB["pt"] + r")(?:\s+(?:em|para))?"
          r"(?:\s+(?:o|a|no|na|este|esta|neste|nesta))?",
}
"""A plan's participle, or a plan told by a verb (:data:`_TOLD_BY_VERB`), right before
the day ("prevista para el viernes", "prevista per sabato", "in programma venerdì",
"marcado para sábado", "doveva svolgersi sabato")."""
_AUX = {
    "es": r"(?:ha|han|había|habían|hubo|fue|fueron|ha\s+sido|han\s+sido|había\s+sido|"
          r"habían\s+sido|quedó|quedaron)",
    "it": r"(?:è|sono|era|erano|è\s+stat[oaie]|sono\s+stat[oaie]|era\s+stat[oaie]|"
          r"erano\s+stat[oaie]|fu|furono|ha|hanno|aveva|avevano|venne|vennero)",
    "pt": r"(?:foi|foram|tinha|tinham|havia|tinha\s+sido|tinham\s+sido|havia\s+sido|"
          r"ficou|ficaram)",
}
_PARTICIPLE = {
    "es": r"(?:aplazad|pospuest|postergad|suspendid|cancelad|anulad|adelantad|desconvocad)"
          r"[oa]s?",
    "it": r"(?:rinviat|rimandat|posticipat|sospes|annullat|cancellat|anticipat|spostat|"
          r"revocat)[oaie]",
    "pt": r"(?:adiad|cancelad|suspens|suspendid|anulad|antecipad|desmarcad)[oa]s?",
}
_SIMPLE_PAST = {
    "es": r"(?:aplaz|posterg|cancel|anul|adelant|desconvoc)(?:ó|aron)|"
          r"suspendi(?:ó|eron)|pospus(?:o|ieron)",
    "it": r"(?:rinvi|riman[dt]|posticip|annull|cancell|anticip|spost|revoc)(?:ò|arono)|"
          r"sospes(?:e|ero)",
    "pt": r"(?:adi|cancel|anul|antecip|desmarc)(?:ou|aram)|suspende(?:u|ram)",
}
_PRESENT = {
    "es": r"(?:es|son|queda|quedan)\s+" + _PARTICIPLE["es"] + r"|se\s+(?:aplaza|aplazan|"
          r"suspende|suspenden|cancela|cancelan|pospone|posponen|pospone|anula|anulan|"
          r"adelanta|adelantan|retrasa|retrasan|desconvoca|desconvocan|cae|caen)",
    "it": r"(?:viene|vengono)\s+" + _PARTICIPLE["it"] + r"|salta|saltano|slitta|slittano",
    "pt": r"(?:é|são|fica|ficam)\s+" + _PARTICIPLE["pt"] + r"|cai|caem",
}
"""The calling off or moving told in the present, as a headline tells what has just
happened (the "historical" or headline present: RAE *Nueva gramática* §23.6, Serianni
XI.374, Cunha & Cintra cap. 11): "previsto per giovedì salta", "slitta", "viene
rinviato", "se suspende", "es aplazado", "é adiada", "fica adiada" (t-final55b A11: the
headline's "il vertice previsto per giovedì salta" was read as the coming Thursday while
its lead's "è stato annullato" gave the one gone by). "Saltare", "slittare" (Treccani:
"non aver luogo", "essere rinviato"), "caer" and "cair" (RAE, Priberam: to be called off)
join the verbs of the module docstring in this use."""
_ADVERB = r"(?:(?:finalmente|ya|ayer|hoy|poi|già|infine|ieri|oggi|entretanto|ontem|hoje)\s+)?"
CALLED_OFF = {
    code: re.compile(rf"(?i)(?<![\w'’-])(?:{_AUX[code]}\s+{_ADVERB}{_PARTICIPLE[code]}|"
                     rf"{_SIMPLE_PAST[code]}|{_PRESENT[code]})(?![\w'’-])")
    for code in _AUX
}
"""The calling off or moving of an event told as done ("ha sido aplazada", "fue
suspendido", "se ha cancelado", "è stata rinviata", "foi adiada") or in the headline's
present (:data:`_PRESENT`), per language."""
GONE_BY = {
    "es": re.compile(r"(?i)\bno\s+(?:llegó\s+a\s+(?:celebrarse|disputarse|realizarse)|"
                     r"se\s+(?:celebró|disputó|realizó)|tuvo\s+lugar)|"
                     r"\b(?:a\s+última\s+hora|en\s+el\s+último\s+momento)\b"),
    "it": re.compile(r"(?i)\bnon\s+(?:si\s+è\s+(?:svolt|tenut|disputat)[oaie]|"
                     r"ha\s+avuto\s+luogo)|\ball['’]ultimo\s+(?:momento|minuto)\b"),
    "pt": re.compile(r"(?i)\bnão\s+(?:chegou\s+a\s+realizar-se|se\s+realizou|teve\s+lugar|"
                     r"aconteceu)|\b(?:à\s+última\s+hora|no\s+último\s+minuto)\b"),
}
"""The event's not taking place, or its call-off at the last minute, told in the past
(as :func:`veille.enrich.date_plans.gone_by` in French and English): its day is gone by."""


def foreign_plan_called_off(before: str, after: str, language: str) -> str | None:
    """The tense of a weekday or a day of a month without its year (t-final55 A5: "che
    doveva svolgersi il 31 dicembre, è stato annullato", written on 4 December, was 31
    December a year ago) named by a plan in Spanish, Italian or Portuguese text:
    ``before`` is its clause up to it, ``after`` the rest of its sentence. "past" when the
    event did not take place or was called off at the last minute (:data:`GONE_BY`), ''
    (the nearest such day) when it was called off or moved (:data:`CALLED_OFF`); None when
    ``before`` names no plan (:data:`PLANNED`), the language is another, or the sentence
    does not call it off."""
    planned = PLANNED.get(language)
    if planned is None or re.search(rf"(?i)(?<![\w'’-]){planned}\s*$", before) is None:
        return None
    if GONE_BY[language].search(after):
        return "past"
    return "" if CALLED_OFF[language].search(after) else None
