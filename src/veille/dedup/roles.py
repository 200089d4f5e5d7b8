"""The participants an article's headline names by their role, not their name: "un supporter
blessé", "se sépare de son entraîneur", "mort d'un motard".

Two events of one club, one town or one firm close in time (a supporter hurt after a derby
on Saturday, the club's coach dismissed on Sunday) share the club's name, the opponent, the
weekend and the club's words; neither names a person (:mod:`veille.dedup.people` reads none)
nor a street, and their scores pass every bar of :mod:`veille.dedup.stories` (t-final22 F9).
What tells them apart is **whom** the event happened to, which the headline says by a role:
:func:`roles` reads a role noun of :data:`ROLE_NOUNS` (an occupation or a status: a
supporter, a coach, a gendarme, a motorcyclist, a pupil) where the headline makes it the
event's object:

- announced by a possessive ("limoge son entraîneur", "sa directrice"), as
  :data:`veille.dedup.people.ROLES` are;
- followed by what happened to it ("un supporter blessé", "deux gendarmes percutés", "un
  motard de 34 ans tué": :data:`HARM`);
- after an event noun and "d'un(e)" ("mort d'un motard", "agression d'une infirmière").

Generic person nouns (a man, a woman, a child, a young man, a victim) are no roles: one
event's outlets call its victim "un homme" and "un motard", so only a specific role can
disagree. Keys are the folded singular ("role:supporter"); what a text names at all is
every role noun it writes, in any number, so that a follow-up naming the first report's
role anywhere agrees with it. Written from the families of news of accidents, crimes,
sport and firms before any measure, not from any benchmark's articles (f-stories23).
"""

from __future__ import annotations

import re

from veille.dedup.sites import folded_words

ROLE = "role:"
"""The prefix of a role's key ("role:supporter")."""

ROLE_NOUNS = frozenset(
    "supporter supportrice joueur joueuse entraineur entraineuse arbitre capitaine "
    "selectionneur policier policiere gendarme pompier sapeur-pompier militaire soldat "
    "detenu detenue surveillant surveillante enseignant enseignante professeur professeure "
    "instituteur institutrice eleve lyceen lyceenne collegien collegienne etudiant "
    "etudiante medecin infirmier infirmiere chauffeur conducteur conductrice automobiliste "
    "motard motarde cycliste pieton pietonne passager passagere touriste randonneur "
    "randonneuse alpiniste skieur skieuse baigneur baigneuse plongeur ouvrier ouvriere "
    "salarie salariee agriculteur agricultrice eleveur eleveuse chasseur maire pretre "
    "commercant commercante bijoutier buraliste migrant migrante manifestant manifestante "
    "journaliste photographe avocat avocate juge magistrat pilote marin pecheur gardien "
    "gardienne vigile livreur livreuse directeur directrice president presidente patron "
    "patronne secouriste".split())
"""Role nouns (folded singular): occupations and statuses an event happens to."""

HARM = (
    r"(?:bless|tu|mort|agress|poignard|renvers|percut|fauch|frapp|tabass|sequestr|enlev|"
    r"disparu|noy|electrocut|interpell|arret|condamn|limog|licenci|suspendu|ecrou|abattu|"
    r"attaqu|menac|violent|vol|brul|intoxiqu|evacu|hospitalis|retrouv)(?:e|ee|es|ees|s)?"
)
"""What happened to a role, as a folded past participle ("blessé", "tuée", "limogés")."""
_EVENT_NOUNS = r"(?:mort|meurtre|deces|agression|assassinat|accident|enlevement|noyade|disparition)"
_NOUN = r"(?P<role>[a-z-]+?)(?:s|x)?"
_PATTERNS = (
    re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+" + _NOUN + r"\b"),
    re.compile(r"\b(?:un|une|deux|trois|quatre|cinq|six|des|le|la|les|l)\s+" + _NOUN +
               r"(?:\s+de\s+\d{1,3}\s+ans)?(?:\s+[a-z]+ment)?\s+" + HARM + r"\b"),
    re.compile(r"\b" + _EVENT_NOUNS + r"\s+d\s+(?:un|une|deux|trois)\s+" + _NOUN + r"\b"),
)
_FORMS = {form: noun for noun in ROLE_NOUNS for form in (noun, noun + "s", noun + "x")}
"""Every role noun in any number -> its key's noun."""
MAX_CHARS = 20_000
"""Characters of the body read for the roles it names at all (as story terms are)."""



def _singular(word: str) -> str:
    """``word``'s role key when it is a role noun in any number, "" otherwise."""
    for candidate in (word, word[:-1] if word.endswith(("s", "x")) else ""):
        if candidate in ROLE_NOUNS:
            return candidate
    return ""


def headline_roles(title: str) -> set[str]:
    """The role keys of the participants ``title`` makes its event's objects."""
    text = folded_words(title)[0]
    found: set[str] = set()
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            role = _singular(match.group("role")) or _singular(match.group("role") + "s")
            if role:
                found.add(ROLE + role)
    return found


def roles(title: str, body: str, max_chars: int = MAX_CHARS
          ) -> tuple[frozenset[str], frozenset[str]]:
    """``(headline, named)``: the role keys of ``title``'s event objects
    (:func:`headline_roles`), and those of every role noun ``title`` and the first
    ``max_chars`` characters of ``body`` write (a superset)."""
    head = headline_roles(title[:max_chars])
    named = {ROLE + _FORMS[w] for text in (title[:max_chars], body[:max_chars])
             for w in folded_words(text)[1] if w in _FORMS}
    return frozenset(head), frozenset(head | named)
