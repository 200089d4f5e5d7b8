"""Recalls of an earlier event of the same kind: background of an article's own event.

A dispatch on a new event often recalls the previous event of its kind, in its lead or its
last sentence: "Cette secousse survient trois jours après le séisme … qui a frappé la
province d'Al Haouz", "La mairie de Rezé a été visée jeudi par une cyberattaque …, trois
jours après l'attaque par rançongiciel qui paralyse la mairie voisine de Saint-Nazaire",
"C'est la deuxième évasion en une semaine dans l'établissement", "Mardi déjà, un avion
easyJet avait dû interrompre son décollage". Read as the article's words, such a sentence
names the other event's place, its victims and (counted back) its day, and the event-day
rule of :mod:`veille.dedup.event_days` read "trois jours après le séisme" as a follow-up's
back-reference: two earthquakes, two cyberattacks, two escapes became one story
(t-reader25 R1, issue #14). The recall is background of *this* article's event, whose own
day, place and victims are the news; it is no evidence that the two are one event.

:func:`without_recalls` takes out of an article's headline and text:

- a **clause counting back** to an earlier event ("trois jours après l'attaque …",
  "au lendemain du séisme …", "après celle de la rue …", "après Saint-Nazaire") when the
  rest of its sentence tells a *new* event of the same kind: an indefinite or "new" noun
  of the kind the clause names ("visée jeudi par **une cyberattaque**", "**un nouveau**
  séisme"), or "c'est au tour de"/"à son tour"; or when the clause tells its event in a
  pluperfect relative ("deux jours après le naufrage **qui avait fait** trois morts") and the
  rest of its sentence names an event of the clause's kind at all ("mort … dans le
  chavirage d'une embarcation"). A follow-up's clause ("Deux jours après
  l'accident, le conducteur a été mis en examen", "Au lendemain du naufrage, le corps d'un
  homme a été retrouvé") tells no new event of the kind and is kept: it still joins;
- a sentence of the text (not the lead's first) whose subject is this event said
  **to come after** another of its kind ("Cette secousse survient trois jours après le
  séisme …"; not "Cette mise en examen intervient deux jours après l'incendie", whose kinds
  differ);
- a sentence that **counts this event** among others of its kind ("C'est la deuxième
  évasion en une semaine", "la seconde en dix jours à Lyon, après celle de …");
- a sentence opening on an earlier day and telling an event in the **pluperfect with "déjà"
  or "un(e) autre"** ("Mardi déjà, un avion … avait dû …", "Lundi, un autre détenu …
  s'était évadé"), and the sentence going on about it ("Il a été repris mercredi …").
  "La deuxième fois en 48 heures" counts an act, not an event, and is kept.

Pure functions, no I/O; French (the lexicon of :mod:`veille.dedup.event_kinds` tells the
kinds). Never raises on any text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.dedup.event_kinds import event_kinds
from veille.dedup.reading import shared
from veille.enrich.text import sentences

RECALL_NOUNS: dict[str, str] = {
    "secousse": "disaster", "réplique": "disaster", "attaque": "crime",
    "évasion": "escape", "évadé": "escape", "évadés": "escape", "chavirage": "accident",
    "feu": "accident", "sinistre": "accident", "incident": "incident",
}
"""Event nouns the lexicon of :mod:`veille.dedup.event_kinds` does not file (a quake's
"secousse", an "évasion"), with the kind they tell here: "Cette secousse survient … après le
séisme" is one kind twice."""

_COUNT = (r"(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
          r"quinze|vingt|quelques)")
_CLAUSE = re.compile(
    r"(?:^|(?<=[,;:(—–-])|(?<=\s))\s*(?:(?:(?i:" + _COUNT +
    r"\s+(?:jours?|semaines?|mois)(?:\s+et\s+demie?)?|une\s+semaine(?:\s+et\s+demie)?|"
    r"moins\s+d['’]une\s+semaine)\s+(?:après|plus\s+tôt)|(?i:au\s+lendemain))"
    r"\s+(?:(?i:l['’]|le\s|la\s|les\s|du\s|des\s|de\s|d['’]|un\s+premier\s|une\s+première\s|"
    r"un\s+autre\s|une\s+autre\s|un\s+précédent\s|une\s+précédente\s)|[A-ZÀ-ÖØ-Þ])|"
    r"(?i:après)\s+(?:(?i:celle|celui|ceux)\b|"
    r"[A-ZÀ-ÖØ-Þ]))[^,;.!?]*")
"""A clause counting back to, or placed after, an earlier event: "trois jours après
l'attaque par rançongiciel qui paralyse la mairie voisine", "après celle de la rue
Paul-Bert", "Trois jours après Saint-Nazaire" (to the next comma or stop). A bare "après"
only before "celle"/"celui" or a name: "un incendie s'est déclaré après l'explosion d'une
bouteille" tells a cause, not an earlier event."""
_CLAUSE_WORD = re.compile(r"(?i)après|tôt|lendemain")
"""A word every match of :data:`_CLAUSE` holds ("après", "plus tôt", "au lendemain", in any
case): a text without one has no clause to cut and is passed at the cost of one scan for
them, not of :data:`_CLAUSE` tried at every character (issue #13: a tenth of an article's
story terms). A form of :data:`_CLAUSE` without any of these words must be added here
(``tests/dedup/test_reading.py`` checks every form of the module's tests)."""
_NEW = re.compile(
    r"(?i)\b(?:un|une|nouvel|nouveau|nouvelle|autre|deuxième|second|seconde|troisième)"
    r"\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
"""A new event introduced: an indefinite or "new" determiner and the next four words."""
_FIRST_OF = re.compile(r"(?i)\b(?:un\s+premier|une\s+première|un\s+autre|une\s+autre|"
                       r"un\s+précédent|une\s+précédente)\s")
"""An earlier event of a series counted back to: "quatre jours après **une première**
agression dans le même service", "deux jours après **une autre** évasion": the determiner
says the event counted back to is another one of the kind, this one the next (f-stories27,
two nurses assaulted in one emergency ward four days apart)."""
_RELATIVE_PAST = re.compile(r"(?i)\bqui\s+(?:l['’]\s*|s['’]\s*)?(?:avait|avaient|était|étaient)\b")
"""A pluperfect relative clause after the recalled event's noun: "deux jours après le
naufrage **qui avait fait** trois morts au large de Wimereux" tells an event over before
this one; with the rest of the sentence telling an event of the same kind ("mort … dans le
chavirage d'une embarcation"), the clause recalls another event (f-stories26)."""
_TURN = re.compile(r"(?i)\b(?:au\s+tour\s+d|à\s+son\s+tour|à\s+leur\s+tour)")
_COMES_AFTER = re.compile(
    r"(?i)^\W*(?:cette|cet|ce)\s+([\w'’-]+)[^.]*?\b(?:survient|intervient|se\s+produit|"
    r"arrive|a\s+lieu)\b[^.]*?\b(?:après|au\s+lendemain)\s+(.*)")
"""A sentence whose subject is this event, said to come after another: "Cette secousse
survient trois jours après le séisme …" (group 1 the subject noun, 2 what it follows)."""
_COUNTED = re.compile(
    r"(?i)\b(?<!de\s)(?:deuxième|second|seconde|troisième|quatrième|cinquième|énième|"
    r"nouvelle|nouveau|nouvel)\s+(?!fois\b)(?:[\w'’-]+\s+){0,2}?(?:en|depuis)\s+(?:" + _COUNT +
    r"|moins\s+d|le|la|l['’]|début|un|une)\b")
"""This event counted among others of its kind: "la deuxième évasion en une semaine", "la
seconde en dix jours", "le deuxième incendie en dix jours"."""
_PLUPERFECT = re.compile(r"(?i)\b(?:avait|avaient|était|étaient)\b")
"""The pluperfect's auxiliary: "avait dû", "s'était évadé", "avaient déjà été tuées"."""
_GOES_ON = re.compile(
    r"^\W*(?:Il|Elle|Ils|Elles|Celui-ci|Celle-ci|Ceux-ci|Ce dernier|Cette dernière)\b")
"""A sentence going on about what the sentence before told: "Il a été repris mercredi à
Seraing", after a recall of the other escape, is that recall's."""
_EARLIER = re.compile(r"(?i)\bdéjà\b|\b(?:un|une)\s+autre\b")
EARLIER_CHARS = 60
"""Characters of a sentence opening on an earlier day where its "déjà" or "un(e) autre" is
looked for: "Mardi déjà, …", "La semaine dernière, onze brebis avaient déjà été tuées", not
a "déjà" of a later clause ("La semaine dernière, la banque était catégorique : … qu'elle
avait déjà augmenté son capital", rpm2)."""
_EARLIER_DAY = re.compile(
    r"(?i)^\W*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|midi|"
    r"soir|après-midi|dernier))?|hier|la\s+veille|l['’]avant-veille|la\s+semaine\s+"
    r"(?:dernière|précédente)|le\s+week-end\s+(?:dernier|précédent))\b")
"""A sentence opening on a day before this event's ("Mardi déjà, …", "Lundi, un autre …",
"La semaine dernière, …"): with the pluperfect and "déjà" or "un(e) autre", an earlier
event told; a "déjà" inside a sentence ("une tournée qui l'avait déjà conduit à Prague")
is no event recalled (rpm2)."""


@shared
def _kinds(text: str) -> frozenset[str]:
    """The kinds of event ``text`` (a few words) names: :func:`event_kinds` read as a
    headline, and :data:`RECALL_NOUNS`. Answered once a text while an article's reading is
    open (:func:`veille.dedup.reading.shared`): the recalls', the context clauses' and the
    lone events' readers ask it of the same sentences (r-perf65: 26,345 calls for 7,154
    texts on the AEB w3m+flat renders)."""
    found = set(event_kinds(text, ()))
    for word in re.findall(r"[\w'’-]+", text.lower()):
        kind = RECALL_NOUNS.get(word.rsplit("'", 1)[-1].rsplit("’", 1)[-1])
        if kind:
            found.add(kind)
    return frozenset(found)


def _new_kinds(text: str) -> frozenset[str]:
    """The kinds of the new events ``text`` introduces (:data:`_NEW`)."""
    out: set[str] = set()
    for match in _NEW.finditer(text):
        out |= _kinds(match.group(1))
    return frozenset(out)


def _cut_clauses(sentence: str) -> str:
    """``sentence`` less its clauses recalling an earlier event of the kind of the new event
    the rest of it tells (module docstring)."""
    spans = []
    if not _CLAUSE_WORD.search(sentence):
        return sentence
    for match in _CLAUSE.finditer(sentence):
        rest = sentence[:match.start()] + sentence[match.end():]
        recalled = _kinds(match.group())
        new = _new_kinds(rest)
        if _TURN.search(rest) or (new and (not recalled or recalled & new)) or \
                _FIRST_OF.search(match.group()) or \
                (_RELATIVE_PAST.search(match.group()) and recalled & _kinds(rest)):
            spans.append((match.start(), match.end()))
    return without_spans(sentence, spans)


def without_spans(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """``sentence`` less ``spans`` (clauses, in order), the punctuation left around them
    tidied; ``sentence`` itself for no span."""
    if not spans:
        return sentence
    out, last = [], 0
    for start, end in spans:
        out.append(sentence[last:start])
        last = end
    out.append(sentence[last:])
    joined = re.sub(r"[,;]\s*(?=[,;.]|$)", "", "".join(out))
    return re.sub(r"([:,;])\s*[,;]", r"\1", re.sub(r"\s+([,;.])", r"\1", joined)).strip(" ,;")


def _recalls_whole(sentence: str) -> bool:
    """Whether ``sentence`` (not a lead's first) is all a recall of an earlier event of the
    kind (module docstring)."""
    comes = _COMES_AFTER.search(sentence)
    if comes:
        ours, theirs = _kinds(comes.group(1)), _kinds(comes.group(2)[:120])
        if ours & theirs:
            return True
    if _COUNTED.search(sentence):
        return True
    return bool(_EARLIER_DAY.search(sentence) and _PLUPERFECT.search(sentence) and
                _EARLIER.search(sentence[:EARLIER_CHARS]))


def without_past_clauses(text: str) -> str:
    """``text`` less its clauses counting back to an event told in a pluperfect relative
    (:data:`_CLAUSE` with :data:`_RELATIVE_PAST`: "deux jours après l'éclatement d'un pneu
    d'un avion easyJet qui l'avait bloquée deux heures"), whatever the rest of the sentence
    tells: the incidents an article names besides its own (:data:`veille.dedup.stories.
    FINE_KINDS` reads its text so, t-reader25 R1 D)."""
    if not _CLAUSE_WORD.search(text):
        return text
    return _CLAUSE.sub(lambda m: "" if _RELATIVE_PAST.search(m.group()) else m.group(), text)


_RECALL_WORD = re.compile(
    r"(?i)après|tôt|lendemain|deuxi|second|troisi|quatri|cinqui|énième|nouve|avai|étai")
"""Words one of which every sentence :func:`without_recalls` changes holds, in any case:
:data:`_CLAUSE_WORD` (a clause cut, and :data:`_COMES_AFTER`'s "après"/"au lendemain"),
:data:`_COUNTED`'s ordinals and "nouvel…" ("deuxième", "seconde", "nouvelle"), or
:data:`_PLUPERFECT`'s auxiliary ("avait", "étaient": the third way a sentence is all a
recall). A paragraph without one keeps every sentence whole: it is passed without being
split into sentences nor each sentence scanned by three patterns (r-perf55, issue #13:
~5 % of an article's story terms on the AEB renders, most of them English). A pattern
of :func:`_recalls_whole` or :data:`_CLAUSE` needing no such word must add its word here
(``tests/dedup/test_recall_gate_r_perf55.py``)."""


def without_recalls(title: str, paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """``(title, paragraphs)`` less their recalls of an earlier event of the same kind
    (module docstring): a headline loses its recalling clauses; a paragraph loses them and
    its sentences that are all a recall (the body's first sentence only its clauses); a
    paragraph left empty is dropped."""
    out: list[str] = []
    first = True
    for paragraph in paragraphs:
        if not _RECALL_WORD.search(paragraph):  # no sentence of it changes
            out.append(paragraph)
            if first and next(sentences(paragraph), None) is not None:
                first = False  # its first sentence was the body's first
            continue
        kept, changed, recalled = [], False, False
        for sentence in sentences(paragraph):
            text = sentence.text
            if not first and (_recalls_whole(text) or (recalled and _GOES_ON.search(text))):
                changed = recalled = True
                continue
            recalled = False
            first = False
            cut = _cut_clauses(text)
            changed = changed or cut != text
            if cut:
                kept.append(cut)
        if not changed:
            out.append(paragraph)  # untouched: read as it is written
        elif kept:
            out.append(" ".join(s if s.endswith((".", "!", "?")) else s + "." for s in kept))
    return _cut_clauses(title), out


HISTORY_YEARS = 2
"""How many years before the publication year a year must be for a clause dating an event
to it to be history (:func:`without_history`): a year earlier than the publication's by
this many or more. Two, so that a follow-up published in January of an event of the last
days of December ("l'incendie du 31 décembre 2025") keeps its event."""
_YEAR = re.compile(
    r"(?i)\b(?:en|depuis|dès|des|de|du|jusqu['’]en|avant|après|année|janvier|février|"
    r"fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre)\s+(?P<year>1\d{3}|20\d{2})\b(?!\s*(?:euros|€|habitants|mètres|m\b|km|"
    r"personnes|morts|victimes|salariés|emplois|logements|hectares|tonnes))")
_PIECES = re.compile(r"[^,;()—–]+[,;()—–]?")
_A_YEAR = re.compile(r"(?:1\d|20)\d\d")
"""The digits of :data:`_YEAR`'s year: a text without them has no year to read, and is
passed at the cost of a scan for digits, not of :data:`_YEAR`'s words tried at every word
(issue #13: 6 % of an article's story terms)."""


def without_history(text: str, year: int | None) -> str:
    """``text`` less its pieces (between commas, semicolons, parentheses, dashes) that date
    what they tell to a year :data:`HISTORY_YEARS` or more before ``year`` (the
    publication's): "sa flèche, démontée en 1847 après une tornade et un incendie, …" tells
    a fire of 1847, not the article's event, whose kind is then read from the rest (issue
    #14, f-stories27: a basilica's spire reopening and a deadly fire in Saint-Denis the same
    day, the mayor quoted in both, were one story through the 1847 fire). ``text`` itself
    when ``year`` is ``None`` or nothing is dated so."""
    if year is None or not _A_YEAR.search(text) or not _YEAR.search(text):
        return text
    limit = year - HISTORY_YEARS
    kept = [piece for piece in _PIECES.findall(text)
            if not (_A_YEAR.search(piece) and
                    any(int(m.group("year")) <= limit for m in _YEAR.finditer(piece)))]
    return "".join(kept)
