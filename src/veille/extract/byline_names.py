"""Whether a block opening with a credit formula ("Par", "By", "Von", "Por", "Di",
"Door", "De"…) is a byline: the formula followed by names, not a sentence that opens with
the same word ("Par ailleurs, …", "By Wednesday, the strike …", "Von dem Streik …", "Por
su parte, …", "Di fronte …", Dutch "De oppositie …").

The rule is what a byline is (a credit to people or an agency: AP Stylebook, "byline";
Lexique des règles typographiques, "signature"): after the formula come one or more names
(capitalised words, lower-case particles between them: "Pieter de Vries"), joined by
commas or "et"/"and"/"und"/"y"…, then maybe a job title, a newsroom, an agency or the
correspondent's place ("Par Marie Dupont, envoyée spéciale à Kiev", "By Emma Clarke,
Economics Correspondent", "Von Anna Weber, dpa"), and maybe the date after a separator
("Par Jean Dupont | le 3 mars"). A longer part, or one of lower-case words only, is a
clause, and a block whose last part ends with a full stop after a lower-case word is a
sentence.
"""

from __future__ import annotations

import re

from veille.extract.bylines import (
    CREDIT_FORMULAS,
    LOWER_PARTICLES,
    NAME_PARTS,
    NAMES_END,
    arabic_person,
    drop_asides,
    is_agency,
    is_role,
    place_line,
)
from veille.extract.dates import MONTHS, WEEKDAYS

#: The formula and what separates it from the first name ("Par Jean", "By: Jean",
#: "Par l'AFP"), the first name's first letter a capital (matched with its case: "Par
#: ailleurs" is no byline).
_OPENING = re.compile(
    rf"^(?i:{'|'.join(CREDIT_FORMULAS)})(?:\s*:?\s+|(?<=[,'’])\s*)"
    # or an Arabic letter, a script without capitals ("كتب محمد الخطيب"; :func:`_names`
    # asks for a known given name there)
    r"(?=[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω\u0621-\u064a])")
#: Formulas that open only a newsroom's own role ("Dal nostro inviato a Kiev", "From our
#: correspondent in Rome"): never a byline's before a name.
_OWN_FORMULAS = r"dal|dalla|dai|dalle|from"
#: The formula before a newsroom's own role: "Par notre correspondant à Brest", "De notre
#: envoyée spéciale", "By our correspondent", "Von unserem Korrespondenten" (a byline with
#: no name: the newsroom credits its correspondent; verify17 Y1).
_OWN_ROLE = re.compile(
    rf"^(?i:{'|'.join(CREDIT_FORMULAS)}|{_OWN_FORMULAS})\s+(?i:notre|nos|our|unser(?:e|em|en|er)?|"
    r"nuestr[oa]s?|nostr[oa]|nostri|onze)\s+(?P<role>.+)$", re.S)
#: The correspondent's place closing a name ("Mary Oneill in Dublin", "Jean Dupont à
#: Brest", "Anna Weber aus Berlin"): a preposition of place and capitalised words.
_PLACE_TAIL = re.compile(
    r"\s+(?:in|at|from|à|au|aux|en|depuis|a|aus|desde|da|uit|te)\s+"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[\s-]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|la|le|del|di))*$")
#: A byline names a few people: longer parts are sentences.
_MAX_PART_WORDS = 6
#: An elided particle before a capitalised name ("d'Emilio", "D'Alema").
_ELIDED_NAME = re.compile(r"^[dDlL]['’][A-ZÀ-ÖØ-Þ]")
#: A job title or a publication's credit is a few words ("Economics Correspondent",
#: "envoyée spéciale à Kiev", "ici Breizh Izel").
_MAX_ROLE_WORDS = 5
#: A profession in apposition after a full name, the byline's last part ("Par Jeanne
#: Corvaisier, toxicologue", "Por Begoña Arrieta, economista", "di Alberto Lucchesi,
#: storico", "Par Anne Roy, professeure de droit"): one to four lower-case words, letters
#: only. The roles table (:func:`~veille.extract.bylines.is_role`) lists newsroom roles
#: only; a tribune is signed by its author's trade, any trade (t-final55b A15).
_APPOSITION = re.compile(r"^[a-zß-öø-ÿ][\w'’-]*(?:\s+[\w'’-]+){0,9}$")
#: (up to ten words, the first lower-case: "professor of hydrology at the University of
#: Reading"; several such parts in a row: "Par Claire Fabre, hydrologue, directrice de
#: recherche au CNRS", t-final56 A8)
#: Clause openers that make such a part no apposition ("Par Marie Dupont, il faut …").
_CLAUSE_WORDS = frozenset(
    "il elle on ils elles nous vous je qui que dont he she it we they you who which that "
    "er sie es wir ihr der die das el ella ellos ellas lo la que lui lei loro che è est is "
    "ist es".split())
#: A part that ends a sentence: a lower-case word of two letters or more before the final
#: stop ("… had spread to three cities."), not an initial ("Jean D.").
_SENTENCE_END = re.compile(r"[a-zß-öø-ÿа-яё]{2}[.!?…]+[\"”»’)]*$")


#: A quantity of time spelt out, for :data:`_DATED`'s relative dates ("an hour ago",
#: "il y a deux jours", "vor einer Stunde", "hace unos minutos", "un'ora fa").
_SPELT_SPAN = (r"(?:an?|one|two|three|few|several|un|une|deux|trois|quelques|einer|einem|zwei|"
               r"drei|wenigen|una|unos|unas|dos|tres|due|tre|pochi|poche|alcuni|alcune|uma|"
               r"duas)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|heures?|jours?|"
               r"semaines?|mois|ans?|années?|minuten?|stunden?|tagen?|tag|wochen?|monaten?|"
               r"jahren?|minutos?|horas?|días?|dias?|semanas?|meses|años?|anos?|minuti|ore|"
               r"giorni|settimane|mesi|anni)|un['’]ora")
#: A date after a byline's cut ("le 3 mars", "updated 2 hours ago", "publié hier",
#: "on Monday"): a digit, a word of time (:func:`_calendar_word`'s), or a relative date
#: whose quantity is spelt out ("an hour ago", "il y a deux jours"). "ago", "fa", "vor",
#: "hace" or "il y a" alone is none: hypothesis found "Par Sophie, updated fa." read as a
#: byline (Italian "fa", "ago", with no time before it).
_DATED = re.compile(r"\d|(?i:\b(?:hier|aujourd['’]hui|yesterday|today|gestern|heute|ayer|hoy|"
                    r"ieri|oggi|ontem|hoje)\b)|"
                    r"(?i:\b" + _SPELT_SPAN + r"\s+(?:ago|fa)\b|\b(?:il\s+y\s+a|vor|hace|há)\s+"
                    + _SPELT_SPAN + r")|"
                    r"(?i:\b(?:" + "|".join(sorted({*WEEKDAYS, *MONTHS}, key=len, reverse=True))
                    + r")\b)")


def _calendar_word(part: str) -> bool:
    """A one-word "name" that is a weekday ("Monday", "Lundi", "Montag", "Sábado";
    :data:`~veille.extract.dates.WEEKDAYS`; not the months, whose names are also given
    names: "April", "June", "Marco"): no person ("By Monday, the boats had left", "Par
    Lundi, …": a byline's name must be a name; r-extract61, a property test's "Par
    Monday, updated aa.")."""
    words = part.strip(" .,").split()
    return len(words) == 1 and words[0].lower() in WEEKDAYS


def _name_word(word: str) -> bool:
    """A word of a person's or an agency's name: capitalised ("Dupont", "MARIA", "J."),
    elided ("d'Emilio"), or a lower-case particle ("de", "van", "von der")."""
    word = word.strip(".,;:()\"“”«»")
    if not word:
        return True
    if word in LOWER_PARTICLES or _ELIDED_NAME.match(word):
        return True
    return word[0].isupper()


#: Articles a particle joins into a surname ("de la Cruz", "de los Santos", "de las Heras",
#: "du Le …"): a name word only between a particle and a capitalised word (t-final62 #3:
#: "Por María José García de la Cruz" was no byline, its line left in the body).
_JOINED_ARTICLES = frozenset({"la", "le", "las", "los", "les", "l'"})


def _names(part: str) -> bool:
    """A part that is a name (or an agency's): a few name words, the first capitalised; an
    article is a name word between a particle and a capitalised word (:data:`_JOINED_ARTICLES`)."""
    words = part.split()
    if words and "\u0621" <= words[0][:1] <= "\u064a":
        return arabic_person(part.strip(" .,;:"))  # no capitals: a known given name

    def joined(k: int) -> bool:
        return (0 < k < len(words) - 1 and words[k].lower() in _JOINED_ARTICLES
                and words[k - 1] in LOWER_PARTICLES and words[k + 1][:1].isupper())

    return (0 < len(words) <= _MAX_PART_WORDS and words[0].strip(".,;:()\"“”«»")[:1].isupper()
            and all(_name_word(w) or joined(k) for k, w in enumerate(words)))


def _aside(part: str) -> bool:
    """A later part of a byline that is no name: a job title, a newsroom, a place, an
    agency ("Economics Correspondent", "envoyée spéciale", "à Bruxelles", "AFP"), or a
    few words naming a publication or a station ("ici Breizh Izel", "for The Guardian")."""
    stripped = part.strip(" .")
    words = stripped.split()
    return bool(stripped) and (is_agency(stripped) or place_line(stripped) or (
        len(words) <= _MAX_ROLE_WORDS and (
            is_role(stripped) or any(w[:1].isupper() for w in words[1:]))))


def _apposition(part: str, before: str) -> bool:
    """Whether ``part``, the last of a byline, is the trade of the full name ``before`` it
    (two name words at least): :data:`_APPOSITION`, no clause word among them."""
    words = part.strip().split()
    return (len(before.split()) >= 2 and _names(before)
            and _APPOSITION.match(part.strip()) is not None
            and not any(w.lower() in _CLAUSE_WORDS for w in words))


def names_after_formula(text: str) -> bool:
    """Whether ``text`` is a credit formula followed by names (see the module): "Par
    Claire Martin", "By John Smith, Reuters", "Door Pieter de Vries", "Por María López y
    Juan Pérez", "Von Anna Weber, dpa", "Par Jean Dupont, le 3 mars 2026"; not "Par
    ailleurs, le maire a annoncé …", "By Wednesday, the strike had spread to three
    cities.", "De oppositie noemt het bedrag onvoldoende." ``text`` is one block (a
    paragraph or a line); what its length or final punctuation says is the caller's."""
    own = _OWN_ROLE.match(text.strip())
    if own is not None:
        # the newsroom's correspondent, unnamed ("Par notre correspondant à Brest"), or
        # named after the comma ("Par notre correspondant à Bruxelles, Jean Quatremer",
        # "By our correspondent in Lagos, Adaeze Okafor", "Von unserem Korrespondenten in
        # Wien, Lukas Brandner": the names after it are read as any byline's; t-final58 #2)
        role, comma, rest = own.group("role").partition(",")
        role = _PLACE_TAIL.sub("", role.strip(" ."))
        own_role = is_role(role) and len(role.split()) <= _MAX_ROLE_WORDS
        if not comma:
            return own_role
        if own_role and rest.strip():
            return names_after_formula("By " + rest.strip())
    opening = _OPENING.match(text)
    if opening is None:
        return False
    rest = text[opening.end():].strip()
    head_tail = NAMES_END.split(rest, maxsplit=1)
    if len(head_tail) == 2 and _SENTENCE_END.search(text.rstrip()) \
            and not _DATED.search(head_tail[1]):
        # "By Thursday, updated plans will be put to the committee.": the word that cuts a
        # byline's names before its date ("updated", "publié", "le") opens a clause that
        # names no date and ends a sentence (r-extract61: read as a byline, the paragraph
        # left the body)
        return False
    names, _ = drop_asides(head_tail[0])
    parts = [_PLACE_TAIL.sub("", p.strip()) for p in NAME_PARTS.split(names)
             if p and p.strip()]
    if not parts or not _names(parts[0]) or _calendar_word(parts[0]):
        return False
    trade_of = ""  # the full name the parts read so far are the trades of
    for k, part in enumerate(parts[1:], start=1):
        if trade_of and _apposition(part, trade_of):
            continue  # a second trade after the first ("hydrologue, directrice de …")
        trade_of = ""
        if _names(part) or _aside(part):
            continue
        if _apposition(part, parts[k - 1]):
            trade_of = parts[k - 1]
            continue
        return False
    return not (len(parts) > 1 and _SENTENCE_END.search(parts[-1]) and not _names(parts[-1]))
