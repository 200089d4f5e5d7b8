"""Whether a short line of a page is its date line or its byline, not a sentence (issue 14).

A page prints under its headline (or its standfirst) a line that is mostly a date, a time or
a byline: "Publié le 3 déc. 2026 à 14h05", "Mis à jour à 09:12", "03/12/2026 14:05",
"Par Claire Le Goff, le 4 décembre 2026 à 9 h 12", "Updated 3 hours ago". What such a line
holds besides its dates and times is the closed vocabulary of publication ("publié", "mis à
jour", "updated", "il y a"), the words that join them ("le", "à", "et", "at") and, in a
byline, names. A sentence of the text that tells a clock time ("Le trafic a repris à 16 h
40.", "Le vote a eu lieu à 18h.") also holds a verb or a noun of its story, which none of
those is: read as a date line, it made the paragraph before it a standfirst printed above
the byline, taken out of the body as the page's lead (the rule was "20 words or fewer and a
clock time").

The rule (:func:`is_date_line`): at most :data:`MAX_WORDS` words, a date or a time in it,
and once the dates, times, numbers, month and weekday names and zone abbreviations are taken
out, no word left but the publication vocabulary (:data:`CUES`) and, in a line that is not
a sentence (no closing full stop) or that opens a byline ("Par X"), capitalised names. The
vocabulary is the dateline cues of ``textshape._DATE_CUE`` and ``_RELATIVE_DATE`` in
French, English, German, Spanish and Italian, with their joining words.
"""

from __future__ import annotations

import re

from veille.extract.dates import MONTHS, WEEKDAYS
from veille.extract.textshape import fold
from veille.extract.timezones import AMBIGUOUS_ONLY, NAMED_ABBREVIATIONS, ZONE_ABBREVIATIONS

MAX_WORDS = 30
"""A date line or a byline is short: more words than this (punctuation and zone
abbreviations not counted) is text. Le Monde's "Le Monde | 04.05.2015 à 13h36 • Mis à jour
le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)" has
21."""
BYLINE_WORDS = 20
"""A line opening a byline ("Par X, envoyé spécial à Y") with no date: at most this many
words (the former rule's bound)."""

CUES = frozenset("""
publie publiee publies publiees mis mise jour maj modifie modifiee actualise actualisee
cree creee ligne edition parution paru parue mise a le la les l du de des d en et ou au
aux il y hier aujourd'hui aujourd’hui avant-hier depuis vers heure heures h min mn minute
minutes seconde secondes jours jour semaine semaines mois an ans temps lecture lu par avec
posted published updated update last on at by and the ago hours hour mins read reading
first am pm gmt utc
veroffentlicht aktualisiert zuletzt am um uhr vor stunden stunde minuten tagen von und
lesezeit
publicado actualizado el a las los hace horas minutos dias por y
pubblicato aggiornato alle ore il di fa
""".split())
"""The words of a date line besides its dates and names (folded: lower case, no accent)."""

_DATE_PARTS = re.compile(
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}"        # 03/12/2026, 2026-12-03, 3.12.26
    r"|\d{1,2}\s*[h:.]\s*\d{2}(?::\d{2})?"       # 14h05, 14 h 05, 09:12, 9.45
    r"|\d{1,2}\s*h\b"                            # 18h, 23 h
    r"|\d+(?:er|e|ème|st|nd|rd|th)?\b\.?"        # 3, 1er, 2026
    r"|[+\-−]\d{2}:?\d{2}\b",                    # an offset
    re.IGNORECASE)
_CLOCK_OR_DATE = re.compile(r"\d")
_TOKEN = re.compile(r"\w+(?:['’.:/-]\w+)*")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_BYLINE_OPENING = re.compile(r"^(?i:par|by|von|por|door|di)\s+[^\W\d_]")
_NAMED = frozenset(fold(name) for name in (*MONTHS, *WEEKDAYS))
_ZONES = frozenset((*ZONE_ABBREVIATIONS, *AMBIGUOUS_ONLY, *NAMED_ABBREVIATIONS))


def opens_byline(text: str) -> bool:
    """``text`` opens with "Par"/"By"/"Von" and a capitalised word: a byline's opening
    ("Par Claire Le Goff"), not a sentence's ("Par ailleurs, …")."""
    match = _BYLINE_OPENING.match(text.lstrip())
    return match is not None and text.lstrip()[match.end() - 1].isupper()


def is_date_line(text: str) -> bool:
    """Whether ``text`` is a date line (or a byline with its date): short, with a date or a
    time, and no word besides them but the publication vocabulary (:data:`CUES`) and, when
    it is no sentence or opens a byline, capitalised names (the module's rule)."""
    text = " ".join(text.split())
    if not text or not _CLOCK_OR_DATE.search(text) and not _relative(text):
        return False
    if len(_TOKEN.findall(text)) > MAX_WORDS + sum(w in _ZONES for w in text.split()):
        return False
    rest = _DATE_PARTS.sub(" ", text)
    names_allowed = opens_byline(text) or not text.rstrip().endswith((".", "!", "?"))
    for word in _WORD.findall(rest):
        if word in _ZONES or len(word) == 1:
            continue
        folded = fold(word).rstrip(".")
        if folded in CUES or folded in _NAMED or _elided_cue(folded):
            continue
        if names_allowed and word[0].isupper():
            continue
        return False
    return True


def _elided_cue(folded: str) -> bool:
    """"l'heure", "d'aujourd'hui": an elided article and a cue."""
    head, _, tail = folded.partition("'")
    return bool(tail) and len(head) == 1 and tail in CUES


_RELATIVE = re.compile(r"(?i)\b(?:hier|aujourd['’]hui|yesterday|today|gestern|heute|ayer|hoy)\b")


def _relative(text: str) -> bool:
    """A date without a digit ("Publié hier", "Updated today")."""
    return bool(_RELATIVE.search(text))
