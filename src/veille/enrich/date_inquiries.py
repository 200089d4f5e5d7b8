"""A day named as the date of what an inquiry is into: "will open an investigation into
Saturday's crash", "va ouvrir une enquête sur l'accident de samedi", "abrirá una
investigación sobre el accidente del sábado", "aprirà un'inchiesta sull'incidente di
sabato", "leitet Ermittlungen zum Unfall vom Samstag ein".

The weekday there dates the event inquired into, not the clause's act: an investigation, an
inquiry, a probe, an inquest or a review is opened into something that has happened (its
object is a fact: *Oxford English Dictionary*, "inquiry": "an official investigation of a
matter"; TLFi "enquête": "recherche … de faits"). The clause's future ("will open") is the
inquiry's, and read onto the day it made the day ahead (t-final52b: "open an investigation
into Saturday's crash", a scheduled act's reading). The day is the last such weekday on or
before the publication, told past.

Only a weekday that is the inquiry's object's own date is taken: in the possessive
("Saturday's crash") or after a noun it completes ("l'accident de samedi", "the crash on
Saturday" is not: "on Saturday" may date the inquiry itself, as "a report on Saturday"
does). The nouns and their prepositions are closed classes per language.

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.dates import MentionedDate

_INQUIRY = {
    "en": r"(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies)|probes?|inquests?|reviews?|"
          r"audits?)\s+(?:into|of|over|about)",
    "fr": r"(?:enquêtes?|investigations?|information\s+judiciaire)\s+(?:sur|concernant|après)",
    "es": r"(?:investigaci(?:ón|ones)|pesquisas?|indagaci(?:ón|ones))\s+(?:sobre|por|acerca\s+de)",
    "it": r"(?:indagin[ei]|inchiest[ae]|accertamenti)\s+(?:su|sul|sulla|sull['’]|sui|sugli|"
          r"sulle|per)",
    "de": r"(?:Ermittlungen|Ermittlungsverfahren|Untersuchung(?:en)?)\s+(?:zu|zum|zur|über|"
          r"wegen|nach)",
}
"""The nouns of an inquiry and the preposition naming its object."""
_LINK = {
    "en": r"(?:the\s+)?",
    "fr": r"(?:[^\W\d_][\w'’-]*\s+){0,3}(?:de|du)\s+",
    "es": r"(?:[^\W\d_][\w'’-]*\s+){0,3}(?:de|del)\s+(?:el\s+)?",
    "it": r"(?:[^\W\d_][\w'’-]*\s+){0,3}(?:di|del)\s+",
    "de": r"(?:[^\W\d_][\w'’-]*\s+){0,3}(?:vom|von|am)\s+",
}
"""What stands between the preposition and the weekday: the object's noun and "de"/"of" in
the Romance languages and German ("l'accident de", "dem Unfall vom"); in English nothing
or "the", the weekday then being possessive ("Saturday's crash")."""
_POSSESSIVE = re.compile(r"['’]s\b")
_WEEKDAY_ONLY = re.compile(r"(?i)^[^\W\d_]+(?:\s+[^\W\d_]+)?$")


def inquired_into(text: str, d: MentionedDate, language: str) -> bool:
    """Whether the bare weekday ``d`` dates the object of an inquiry named before it in its
    clause (see the module's doc)."""
    lang = language if language in _INQUIRY else "en"
    langs = (lang,) if lang not in ("fr", "en") else ("fr", "en")
    before = text[max(0, d.start - 120):d.start]
    for code in langs:
        if code == "en" and not _POSSESSIVE.match(text, d.end):
            continue
        if re.search(rf"(?i)\b{_INQUIRY[code]}(?:\s+|(?<=['’]))(?:l['’]\s*|la\s+|le\s+|les\s+|"
                     rf"el\s+|il\s+|lo\s+|dem\s+|den\s+|die\s+|der\s+)?{_LINK[code]}$",
                     before):
            return True
    return False


def inquired_days_past(text: str, found: list[MentionedDate], published: date,
                       language: str = "") -> list[MentionedDate]:
    """``found`` with each bare weekday read ahead of ``published`` that dates the object
    of an inquiry (:func:`inquired_into`) moved to the same weekday a week before, past."""
    out: list[MentionedDate] = []
    for d in found:
        if d.granularity == "day" and not d.until and _WEEKDAY_ONLY.match(d.text) and \
                d.value > published.isoformat() and inquired_into(text, d, language[:2]):
            d = replace(d, value=(date.fromisoformat(d.value) - timedelta(days=7)).isoformat(),
                        tense="past")
        out.append(d)
    return out
