"""The person an article's headline is about: two obituaries, two trials the same day.

Two events of one kind the same day (two actors' deaths, two trials at one court) share
the kind and its words ("mort", "acteur", "obsèques"; "assises", "accusé", "verdict"):
their scores pass every bar of :mod:`veille.dedup.stories`. What tells them apart is who
each is about, which the headline says and the lead repeats ("Mort de Claire Morand,
actrice..." against "Mort de Jean-Pierre Lacombe, acteur..."; newuser14b S9).
:func:`people` reads that **subject**: a person written as a known given name
(:func:`veille.extract.bare_byline.known_given_name`) followed by one to three capitalised
words, starting within the headline's first :data:`SUBJECT_WORDS` words, whose surname the
lead repeats. It is keyed by the surname, folded and prefixed :data:`PERSON` ("person:
lacombe"), so that a follow-up writing the surname alone ("Lacombe", "M. Lacombe") names
the same person. A person set after a **role** announced by a possessive anywhere in the
headline is its subject too ("le FC Lorient limoge son entraîneur Patrick Vauclair", "se
sépare de sa directrice X": :data:`ROLES`; issue #14's thirteenth round): two clubs' coaches
dismissed the same week share the role and the event's words, and the person tells them
apart. A role after an article ("le maire Yves Le Gall fait le point") announces a speaker
as often as the event's person, and is not read. What an article names at all, to tell a
follow-up (a suspect named after the victim) from another event, is every capitalised word
of its headline and text, keyed so.
"""

from __future__ import annotations

import re

from veille.extract.bare_byline import known_given_name
from veille.extract.textshape import fold

PERSON = "person:"
"""The prefix of a person's key, apart from sub-places and towns."""
OBJECT = "object:"
"""The prefix of the key of a person a headline names past its first words
(:data:`HEADLINE_PERSONS`), apart from its subject (:data:`PERSON`): compared only with the
other side's such persons, and no subject that :data:`veille.dedup.stories.PARTICIPANTS`
reads."""
SUBJECT_WORDS = 3
"""A headline's person is its subject when the name starts within its first this many
words ("Jean Dupont", "Mort de Jean Dupont", "Procès de Jean Dupont"): a person named
later is more often a witness or a speaker than what the article is about."""
ROLES = frozenset(
    "entraineur entraineuse selectionneur selectionneuse coach manager ministre president "
    "presidente pdg patron patronne directeur directrice maire depute deputee senateur "
    "senatrice prefet prefete ambassadeur ambassadrice gouverneur gouverneure procureur "
    "procureure capitaine chef cheffe secretaire porte-parole eveque recteur rectrice "
    "commissaire".split())
"""Role nouns (folded) a headline sets its person after: the person after one announced by a
possessive (:data:`_POSSESSIVES`), within :data:`ROLE_REACH` words ("son entraîneur Patrick
Vauclair", "sa ministre de la Culture Hélène Tassart"), is the headline's subject wherever
it stands."""
ROLE_REACH = 4
"""Words from a role noun to the given name it announces ("sa ministre de la Culture
Hélène": the name is the fourth word after the role)."""
LEAD_CHARS = 500
"""Characters of the body the subject's surname must appear in (the lead)."""
MAX_CHARS = 20_000
"""Characters of the body read for the names an article writes at all (as story terms
are: :data:`veille.dedup.stories.MAX_TERM_CHARS`)."""

_TOKEN = re.compile(r"[\w’'-]+")
_CAPWORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*")
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
"""What a role is announced by when its holder is the object of the event ("limoge son
entraîneur X", "se sépare de sa directrice X"); "le maire X fait le point" is a speaker."""
HEADLINE_PERSONS = True
"""Whether :func:`subjects` reads a person **anywhere in the headline**, not only within its
first :data:`SUBJECT_WORDS` words or after a possessive role, unless the headline writes
them as a speaker (:data:`_SPEAKER_AFTER`, :data:`_SPEAKER_BEFORE`), keyed apart
(:data:`OBJECT`); a given name the list does not know counts when the lead writes the
person with an age ("Ousmane Ndiaye, 24 ans"). The person an event
happens to is often written after the verb: "l'OL s'offre le défenseur rennais Mathis
Kerbrat", "le milieu lyonnais Ousmane Ndiaye file en Premier League": two transfers of one
club two days apart shared the club, the kind and the market's words, and neither player
was read (t-reader22's S7/S8, f-stories23). Past the first words a person is a speaker as
often ("Grève : pour Sophie Binet, « … »", "… : Jean Dupont dénonce …"), and a speaker
is no participant of the event. Keyed as subjects, they made one minister's stories on
rpm2 compare their participants and one cabinet's nominations (Clinton, Daschle) part
(topics 11-20, seed 6: 0.934 to 0.921), hence their own key. False: as before."""
_SPEECH = (
    "dit|declare|déclare|estime|affirme|assure|denonce|dénonce|appelle|reclame|réclame|"
    "demande|plaide|defend|défend|critique|repond|répond|reagit|réagit|promet|annonce|"
    "salue|regrette|juge|accuse|met en garde|s'explique|s’explique|s'insurge|s’insurge|"
    "s'inquiete|s'inquiète|s’inquiète|s'agace|s’agace|raconte|temoigne|témoigne|explique|"
    "confie|tacle|fustige|propose|souhaite|veut|previent|prévient|revendique|interpelle|"
    "avertit|rappelle|insiste|admet|reconnait|reconnaît|interview|se dit|se confie|"
    "fait le point|prend la parole|monte au créneau|monte au creneau")
_SPEAKER_AFTER = re.compile(
    r"\s*(?:,[^,:«»\"]{1,60},\s*)?(?:[:«\"“]|(?:" + _SPEECH + r")\b)", re.IGNORECASE)
"""What follows a person a headline writes as a speaker: a colon or a quotation mark ("… :
Sophie Binet : « … »"), or a verb of saying or stance, an apposition allowed between."""
_QUOTED_AFTER = re.compile(r"\s*(?:,[^,:«»\"]{1,60},\s*)?[:«\"“]")
"""What follows a person a kicked headline writes as a speaker: a colon or a quotation mark
("Grève : Sophie Binet : « … »"); after a kicker a verb of saying or stance is the
subject's own act ("Prix du lait : Annie Genevard promet un médiateur")."""
_SPEAKER_BEFORE = re.compile(
    r"(?:\bpour|\bselon|\bd['’]apr[eè]s|\bentretien avec|\binterview de|\binterview|"
    r"\bavec)\s+(?:(?:le|la|l['’])\s*[\w'’-]+\s+(?:[\w'’-]+\s+)?)?$", re.IGNORECASE)
"""What precedes a person a headline writes as a speaker ("pour Sophie Binet", "selon le
ministre Jean Dupont", "entretien avec …")."""
_ARTICLES = frozenset({"le", "la", "l", "les"})
"""What announces a role whose holder speaks as often as the event happens to them ("le
maire Yves Le Gall fait le point"): a person it announces is not read past the headline's
first words."""
_PARTICLES = frozenset({"de", "d", "du", "le", "la", "van", "von", "ben", "el"})


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def subjects(title: str, lead: str) -> set[str]:
    """Keys of the persons ``title`` is about (see the module): a person starting within
    its first :data:`SUBJECT_WORDS` words or set after a role a possessive announces
    (:data:`ROLES`), whose surname ``lead`` repeats; empty when none."""
    found: set[str] = set()
    matches = list(_TOKEN.finditer(title))
    tokens = [m.group().split("'")[-1].split("’")[-1] for m in matches]
    folded_lead = f" {' '.join(re.findall(r'[a-z0-9-]+', fold(lead)))} "
    roles = [i for i, t in enumerate(tokens)
             if fold(t) in ROLES and i > 0 and tokens[i - 1].lower() in _POSSESSIVES]
    announced = [i for i, t in enumerate(tokens)
                 if fold(t) in ROLES and i > 0 and tokens[i - 1].lower() in _ARTICLES]
    opened = _after_kicker(title, matches)
    for start in range(len(tokens)):
        word = tokens[start]
        later = start - (opened if start >= opened else 0) >= SUBJECT_WORDS and \
            not any(0 < start - i <= ROLE_REACH for i in roles)
        if later and not HEADLINE_PERSONS:
            continue
        if not _capitalised(word):
            continue
        if not known_given_name(word) and not (
                HEADLINE_PERSONS and start + 1 < len(tokens) and
                _aged(word, tokens[start + 1], lead)):
            continue
        surname, end = "", start
        for at, follow in enumerate(tokens[start + 1:start + 5], start + 1):
            if _capitalised(follow):
                surname, end = follow, at
            elif follow.lower() not in _PARTICLES or surname:
                break
        key = fold(surname)
        if later and (_SPEAKER_AFTER.match(title, matches[end].end()) or
                      _SPEAKER_BEFORE.search(title, 0, matches[start].start()) or
                      any(0 < start - i <= ROLE_REACH for i in announced)):
            continue
        if not later and 0 < opened <= start and (
                _QUOTED_AFTER.match(title, matches[end].end()) or
                _SPEAKER_BEFORE.search(title, 0, matches[start].start()) or
                any(0 < start - i <= ROLE_REACH for i in announced)):
            continue  # "Tempête à Brest : le maire Yves Le Gall fait le point": a role the
            # article announces, "pour X", "X : « … »" speak after a kicker too
        if len(key) >= 2 and not known_given_name(surname) and f" {key} " in folded_lead:
            found.add((OBJECT if later else PERSON) + key)
    return found


KICKER_WORDS = 6
"""The most words a headline's kicker (French *surtitre*, "Prix du lait :", "Salon de
l'agriculture :") holds before the colon that opens the headline proper."""


def _after_kicker(title: str, matches: list[re.Match[str]]) -> int:
    """The index of the first token of the headline proper when ``title`` opens with a
    kicker of at most :data:`KICKER_WORDS` words and a colon ("Prix du lait : Annie
    Genevard promet …": 3); 0 when it does not. The subject of a kicked headline stands
    right after the colon, as it stands first in a plain one (the press's "surtitre :
    titre" form; t-reader23 R1: one minister's milk-price visit and wolf plan, each
    headline kicked by its topic, read her as a speaker past the first words and so
    compared no participants)."""
    colon = re.search(r"\s:\s", title)
    if colon is None:
        return 0
    inside = sum(1 for m in matches if m.end() <= colon.start())
    return inside if 0 < inside <= KICKER_WORDS else 0


_AGE = re.compile(r",\s+\d{1,3}\s+ans\b")
"""An age written after a name (:func:`_aged`): ", 24 ans"."""


def _aged(given: str, surname: str, lead: str) -> bool:
    """Whether ``lead`` writes ``given surname`` with an age ("Ousmane Ndiaye, 24 ans"): a
    person, whether or not the given name is a known one (:data:`HEADLINE_PERSONS`)."""
    if not _capitalised(surname):
        return False
    # each place ``lead`` writes the name, then the age right after it: what the pattern
    # re.escape(name) + _AGE searched, without compiling a pattern per name (issue #13)
    name = f"{given} {surname}"
    at = lead.find(name)
    while at >= 0:
        if _AGE.match(lead, at + len(name)):
            return True
        at = lead.find(name, at + 1)
    return False


def named(text: str) -> set[str]:
    """Keys of every capitalised word of ``text`` (the names it may write a person by)."""
    # each distinct word folded once (a name repeats); a word (no space in it) that is
    # ASCII folds to its lower case (textshape.fold would split and join it again)
    return {PERSON + (word.lower() if word.isascii() else fold(word))
            for word in set(_CAPWORD.findall(text))}


def people(title: str, body: str, lead_chars: int = LEAD_CHARS, max_chars: int = MAX_CHARS
           ) -> tuple[frozenset[str], frozenset[str]]:
    """``(subjects, names)``: the keys (:data:`PERSON` + folded surname) of the persons the
    headline is about and its lead repeats (:func:`subjects`), and those of every
    capitalised word of the headline and first ``max_chars`` characters of ``body`` (a
    superset). Linear in what it reads."""
    head = subjects(title[:max_chars], body[:lead_chars])
    return frozenset(head), frozenset(head | named(title[:max_chars]) | named(body[:max_chars]))
