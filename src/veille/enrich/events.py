"""Events by their name's shape or their context (issue 16, t-final21 F5: "Brexit" was an
organisation with an invented id ``org:brexit``).

The recogniser has no label for events: it calls a capitalised event's name an
organisation ("le Brexit", "le Mondial") or, through veille's own rules, a national body
("Tour de France": a common noun then a country, the naming of "Santé publique France").
French names events in a few regular ways, which these rules read (an event is MISC):

- a **head noun of a recurring event** (the typographic lexicon's competitions, shows
  and festivals: Lexique des règles typographiques en usage à l'Imprimerie nationale,
  "Coupe du monde", "Jeux olympiques", "Tour de France", "Festival de Cannes", "Salon de
  l'agriculture"), then a complement or an adjective, or alone ("le Mondial",
  "l'Euro"); "Tour" with a masculine article only ("le Tour de France", not "la tour de
  Londres");
- an **edition**: a name then a year ("Euro 2024", "Mondial 2022", "JO 2024") or a
  conference of the parties and its number ("COP28", "COP 21");
- an **-exit** blend, the English word formation of a country's leaving ("Brexit",
  "Grexit", "Frexit", "Megxit");
- a **time preposition** before a one-word name that the recogniser calls an
  organisation or a person: "lors du", "pendant le", "au lendemain du", "l'après-" (an
  organisation or a person is not a span of time).
"""

from __future__ import annotations

import re

from veille.enrich.text import fold

EVENT_HEADS = frozenset({
    "coupe", "championnat", "championnats", "jeux", "mondial", "mondiaux", "euro", "open",
    "tournoi", "festival", "salon", "biennale", "marathon", "rallye", "trophee", "masters",
    "exposition", "fete", "grand prix", "tour", "cop", "ligue des champions"})
"""Folded head nouns of recurring events (competitions, shows, festivals, summits of
parties)."""
_HEADS_BEFORE_A_NAME = frozenset({"coupe", "festival", "salon", "tournoi", "rallye",
                                  "marathon", "trophee", "grand prix", "masters", "jeux"})
"""Heads that take a capitalised name in apposition ("Coupe Davis", "Trophée Andros");
the others take a complement or an adjective ("Euro Disney", "Mondial Relay", "Open
Society" are firms)."""
_EVENTS_ALONE = frozenset({"mondial", "mondiaux", "euro"})
"""Heads that name the event alone ("le Mondial", "l'Euro"); "Salon", "Open", "Coupe"
alone are no event's name (a town, a word)."""
_MASCULINE_BEFORE = re.compile(r"(?<![\w'’])(?:[Ll]e|[Dd]u|[Aa]u)[ \t\u00a0]+$")
_PARTICLE = frozenset({"de", "du", "des", "d", "de la", "de l"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_COP = re.compile(r"COP[ \t\u00a0-]?\d{1,2}")
_EXIT_BLEND = re.compile(r"[A-Z][a-z]{1,8}xit")
TIME_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:lors|au\s+cours|à\s+l['’]issue|à\s+l['’]approche|au\s+lendemain|"
    r"à\s+la\s+veille|en\s+amont)\s+(?:du|de\s+la|de\s+l['’])\s*$"
    r"|(?<![\w'’])(?:pendant|durant)\s+(?:le|la|l['’])\s*$"
    r"|(?<![\w'’])l['’](?:après|avant)-$")
"""Time prepositions and an article right before a name: what follows is a span of
time, an event ("lors du Mondial", "pendant le Ramadan", "l'après-Brexit")."""


def _head(words: list[str]) -> tuple[str, int]:
    """The event head the words open with and its number of words, or ``("", 0)``."""
    for size in (3, 2, 1):
        head = fold(" ".join(words[:size]).replace("’", "'"))
        if head in EVENT_HEADS and len(words) >= size:
            return head, size
    return "", 0


def event_name(text: str, start: int, name: str, label: str) -> bool:
    """Whether span ``name`` (at ``start`` in ``text``, labelled ``label``) names an event
    by its shape or its context (the rules of the module's docstring)."""
    words = name.split()
    if not words:
        return False
    before = text[max(0, start - 30):start]
    if _COP.fullmatch(name) or (len(words) == 1 and _EXIT_BLEND.fullmatch(name)):
        return True
    if len(words) >= 2 and _YEAR.fullmatch(words[-1]) and label != "PER" and \
            not any(w.isupper() and len(w) > 3 for w in words[:-1]):
        return True  # "Euro 2024", "JO 2024"
    head, size = _head(words)
    if head:
        if head == "tour" and not _MASCULINE_BEFORE.search(before):
            return False  # "la tour Eiffel", "Tour de Londres" in a headline
        rest = words[size:]
        if not rest:
            return head in _EVENTS_ALONE
        following = rest[0].lower().replace("’", "'").split("'")[0]
        if following in _PARTICLE or rest[0].islower() or _YEAR.fullmatch(rest[0]):
            return True  # "Coupe du monde", "Jeux olympiques", "Euro 2024"
        return head in _HEADS_BEFORE_A_NAME and rest[0][:1].isupper()
    return len(words) == 1 and label in ("ORG", "PER") and bool(TIME_BEFORE.search(before))
