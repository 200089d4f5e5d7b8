"""A person's long title before the name: where the name starts.

French sets a title in apposition before a name with no comma: "la ministre de
l'Agriculture et de la Souveraineté alimentaire Annie Genevard", "le ministre néerlandais
des Infrastructures et de la Gestion de l'eau Pieter van Houten", "la ministre
bruxelloise de la Mobilité, des Travaux publics et de la Sécurité routière Elke Van den
Bosch" (Grevisse § 343, the apposition; a portfolio's words are capitalised, Lexique des
règles typographiques en usage à l'Imprimerie nationale, "ministère"). A title is a role
noun, then adjectives (a nationality: "italienne"), then complements, each opening with a
preposition ("de", "des", "du", "d'", "aux", "à", "chargé de") and joined by "et" or a
comma; the person is the capitalised run closing it. A complement's capitalised words
belong to the title ("des Transports", "de la CGSP Cheminots et Transports"), so the name
starts at its given name when one is known, else it is the run's last two words
(f-speakers23, t-final22 F5: "Transports Carla Benedetti" was a person, and titles of
more than ten words gave no speaker or the previous one).
"""

from __future__ import annotations

import re

from veille.enrich.gender import given_name_gender
from veille.enrich.text import TITLE_NOUNS, fold

_DETERMINER = re.compile(r"(?i)(?:le|la|les|l['’]|son|sa|ses|leur|leurs|notre|un|une|ce|cet|"
                         r"cette)\s*")
_PREPOSITION = frozenset("de des du d' d’ aux au à a chargé chargée chargés délégué "
                         "déléguée et en pour sur".split())
_ARTICLE = frozenset("la le les l' l’".split())
_PARTICLES = frozenset("van von der den de da del di do dos du ter zu al el ben bin ibn "
                       "bou abou abu la le".split())
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]|,")
_CLAUSE_WORDS = frozenset("qui que dont a ont est sont était étaient avait avaient été "
                          "sera seront fut ne pas se il elle ils elles on".split())
"""Words of a clause (auxiliaries, pronouns, negation): never inside a title."""
MAX_TITLE_WORDS = 24
"""Most words in a title before its holder's name."""
ROLE_NOUNS = TITLE_NOUNS | frozenset(
    "porte-parole secretaire-general secretaire-generale patron patronne dirigeant "
    "dirigeante responsable chef commandant commandante lieutenant-colonel colonel general "
    "generale capitaine gouverneur gouverneure senateur senatrice depute deputee "
    "vice-president vice-presidente premier premiere haut haute ancien ancienne".split())
"""Nouns (folded) that open a person's title."""


def _given(word: str) -> bool:
    """Whether ``word`` is a known given name, or a compound of them ("Jean-Noël")."""
    return bool(given_name_gender(word)) or (
        "-" in word and all(given_name_gender(p) for p in word.split("-") if p))


def titled_name(phrase: str) -> tuple[int, int] | None:
    """Where the holder's name lies in ``phrase``, a whole noun phrase "[determiner] role
    [adjectives] [complements] Name Surname" (offsets in ``phrase``); None when the
    phrase is no such title then name (no role noun opening it, a word that belongs to
    neither, or fewer than two capitalised words closing it)."""
    lead = _DETERMINER.match(phrase)
    at = lead.end() if lead is not None else 0
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(phrase, at)]
    if len(tokens) < 3 or fold(tokens[0][0]) not in ROLE_NOUNS or len(tokens) > MAX_TITLE_WORDS:
        return None
    # the closing run: capitalised words and particles, up to the end
    n = len(tokens)
    run = n
    while run > 1 and (tokens[run - 1][0][:1].isupper() or (
            tokens[run - 1][0].lower() in _PARTICLES and run < n
            and tokens[run - 2][0][:1].isupper())):
        run -= 1
    if n - run < 2 or not phrase[tokens[-1][2]:].strip(" \xa0") == "":
        return None
    # the title's body: lower-case words, commas before a complement, and capitalised
    # words inside a complement (after a preposition or an article)
    in_complement = False
    lower_run = 0
    for k in range(1, run):
        word = tokens[k][0]
        low = word.lower()
        if low in _CLAUSE_WORDS or re.search(r"['’]", word) and not re.fullmatch(
                r"[dl]['’]\S+", word):
            return None  # "Le patron pêcheur s'est exprimé … au micro de France Bleu X":
            # a verb, a clitic or a relative pronoun: a clause, no title
        lower_run = lower_run + 1 if word[:1].islower() and low not in _PREPOSITION \
            and low not in _ARTICLE and not re.fullmatch(r"[dl]['’]\S+", word) else 0
        if lower_run > (2 if not in_complement else 3):
            return None  # a title's adjectives are few ("européen", "italienne")
        if word == ",":
            if k + 1 >= len(tokens) or tokens[k + 1][0].lower() not in _PREPOSITION:
                return None
            continue
        if low in _PREPOSITION or low in _ARTICLE or re.fullmatch(r"[dl]['’]\S+", word):
            in_complement = True  # "de", "la", "l'Agriculture": a complement opens
            continue
        if word[:1].isupper() and not in_complement:
            return None  # a capitalised word before any complement: no title's
    start = run
    if not in_complement and run > 1 and tokens[run - 1][0][:1].isupper():
        return None
    given = next((k for k in range(run, n) if _given(tokens[k][0])), None)
    if given is not None and n - given >= 2:
        start = given
    elif in_complement and n - run >= 3:
        start = n - 2
        while start > run and tokens[start - 1][0].lower() in _PARTICLES:
            start -= 1
    elif in_complement:
        return None  # "ministre des Transports Tabarot": the title's word or the name?
    if not tokens[start][0][:1].isupper():
        return None
    return tokens[start][1], tokens[-1][2]


_SUBJECT_TAIL = re.compile(r"(?:(?<=\s)|(?<=['’]))(?:a|ont|avait|avaient|est|sont|était|étaient|"
                           r"ne|n['’]|l['’]|s['’]|se|en|y|le|la|les|lui|leur|m['’]|me|nous|"
                           r"vous)\s*$")


def titled_subject(subject: str) -> tuple[str, int, int] | None:
    """The holder named at the end of the words before a speech verb when they close with
    a title then a name ("Le secrétaire général de la CGSP Cheminots et Transports Marc
    Delvaux l'a annoncé", its clitics and auxiliary apart): the name and its offsets in
    ``subject``; None otherwise."""
    trimmed = subject.rstrip()
    while (tail := _SUBJECT_TAIL.search(trimmed)) is not None and tail.start() > 0:
        trimmed = trimmed[:tail.start()].rstrip()
    for det in re.finditer(r"(?i)(?<![\w'’-])(?:le|la|les|l['’]|son|sa|leur)\s*(?=\w)", trimmed):
        found = titled_name(trimmed[det.start():])
        if found is not None:
            begin, end = det.start() + found[0], det.start() + found[1]
            return trimmed[begin:end], begin, end
    return None


_INCISE_END = re.compile(r"[.;:!?«»“”\"()\n]|\s[-–—]\s")


def titled_incise(text: str, at: int, limit: int) -> tuple[str, int, int] | None:
    """The holder named by an inverted subject with a long title after an incise's verb
    at ``at`` ("», a assuré le ministre de l'Agriculture, de l'Alimentation et de la Forêt
    Hervé Lemarchand."): the longest run of the incise up to a comma or its end that is
    a title then a name; its name and offsets in ``text``. None otherwise."""
    stop = _INCISE_END.search(text, at, limit)
    window = text[at:stop.start() if stop is not None else limit]
    lead = len(window) - len(window.lstrip())
    ends = [m.start() for m in re.finditer(",", window)] + [len(window.rstrip())]
    for end in reversed(ends):
        found = titled_name(window[lead:end])
        if found is not None:
            begin = at + lead + found[0]
            return text[begin:at + lead + found[1]], begin, at + lead + found[1]
    return None
