"""English definite descriptions of a person by state, party and role ("the Missouri
Republican added", "the Connecticut Democrat said", "the Labour MP said", "the lieutenant
governor said"): the person the text introduced with those words (f-enrich28 S1).

American and British news introduce a politician once with a title before the name and
the party and the state or constituency in apposition or after "of" ("Senator Eric Schmitt,
a Republican from Missouri", "Representative Jim Jordan, Republican of Ohio", "Senator
Chris Murphy of Connecticut … said Murphy, a Democrat", "The Labour MP Dawn Butler"), then
refer back to that person by a definite description made of those very words, the
"second reference" of the AP Stylebook ("the Missouri Republican", "the Ohio lawmaker").
A definite description is anaphoric to the most recent referent introduced with its head
and modifiers (Poesio & Vieira 1998, direct anaphora, head and premodifier matching;
recency: Hobbs 1978, Lappin & Leass 1994). So:

- every mention of a person (two or more capitalised words, after the titles that precede
  it; later its surname alone) gathers the words introduced with it: the title words right
  before it ("Lt. Gov.", "The Conservative leader,") and an apposition after it (", a
  Republican from Missouri,", " of Connecticut", ", a Democrat.");
- a description refers to the person of the most recent mention before it whose gathered
  words hold every word of the description, abbreviations and party synonyms read as
  their word (:data:`SYNONYMS`: "Gov." is governor, "Democratic" and "Democrat" one
  party, "Tory" the Conservative);
- a party the text does not give that person may be the description's, when another of
  its words matches and no other party was given (:data:`PARTIES`);
- a qualifier of a title that the description does not repeat ("lieutenant", "deputy",
  "vice", "former") rules that person out: "the governor" is not "Lt. Gov. Dan Patrick".

None when no person so introduced matches: the caller's other rules then apply. Pure
functions on the text; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.text import fold

SYNONYMS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant",
    "congressman": "representative", "congresswoman": "representative",
    "democratic": "democrat", "democrats": "democrat", "dem": "democrat",
    "tory": "conservative", "tories": "conservative", "gop": "republican",
    "republicans": "republican", "conservatives": "conservative", "lawmaker": "legislator",
}
"""Abbreviated titles (AP Stylebook, "titles": Gov., Sen., Rep., Lt.) and the party words
that name one party ("Democratic"/"Democrat", "Tory"/"Conservative", "GOP"/"Republican"),
folded, mapped to one word."""
PARTIES = frozenset(
    "republican democrat independent conservative labour liberal green libertarian "
    "unionist nationalist".split())
"""The nouns of the main American, British, Canadian and Australian parties (folded,
:data:`SYNONYMS` applied): a description's party word a person was not introduced with
may be left unsaid ("Senator Tammy Duckworth of Illinois" is "the Illinois Democrat"),
never another party."""
QUALIFIERS = frozenset("lieutenant deputy vice former acting assistant ex shadow".split())
"""Words that make a title another office ("lieutenant governor", "deputy leader",
"shadow chancellor", "former senator")."""
_SKIP = frozenset("the a an of from for and in".split())
"""Function words, no part of what a description says of its person."""
_ROLE_WORDS = frozenset(
    "senator governor representative mp mep leader minister secretary mayor lieutenant "
    "deputy vice chancellor president speaker whip chair chairman chairwoman "
    "congressman congresswoman lawmaker legislator councillor councilor member shadow "
    "former acting attorney general commissioner".split())
"""Lower-case words of an office that may stand in the title run before a name ("The
Conservative leader, Kemi Badenoch"; "the lieutenant governor")."""
_NAME_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*"
_NAME = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}}(?![\w-])")
"""Two to six capitalised words: a candidate name after the title words that open it
("Health Minister Elena Ruiz", "Senator Eric Schmitt")."""
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}\.$")
"""A title's abbreviation ("Gov.", "Sen.", "Lt.", "Rep."): its point ends no sentence."""
_AFTER_OF = re.compile(rf"\s+of\s+({_NAME_WORD}(?:\s+{_NAME_WORD})?)")
_APPOSITION = re.compile(r",\s+((?:(?:a|an|the)\s+)?[A-Za-z][^,.;:()\"“”«»\n]{0,60}?)"
                         r"(?=\s*[,.;:)\"“”]|\s+(?:and|who|said|says|told)\b)")


def _words(phrase: str) -> list[str]:
    """The folded words of ``phrase`` with :data:`SYNONYMS` applied and function words
    dropped."""
    found = []
    for word in re.findall(r"[\w'’-]+", fold(phrase)):
        word = SYNONYMS.get(word, word)
        if word not in _SKIP:
            found.append(word)
    return found


def _title_before(text: str, start: int) -> str:
    """The title run right before a name at ``start``: capitalised words, abbreviations
    and office words (:data:`_ROLE_WORDS`), with at most one comma right before the name
    ("The Conservative leader, Kemi Badenoch"); it stops at any other word and at a
    sentence's end."""
    tokens = text[max(0, start - 80):start].split()
    kept: list[str] = []
    for k, token in enumerate(reversed(tokens)):
        bare = token.rstrip(",")
        if token.endswith(",") and k > 0:
            break
        if bare.endswith(".") and not _ABBREVIATION.fullmatch(bare):
            break
        if bare[:1].isupper() or fold(bare) in _ROLE_WORDS:
            kept.append(bare)
            continue
        break
    return " ".join(reversed(kept))


def _apposed_after(text: str, end: int) -> str:
    """The words introduced after a name ending at ``end``: "of" and a place ("Senator
    Chris Murphy of Connecticut"), then an apposition closed by a comma or a point (", a
    Republican from Missouri,", ", Democrat of New York,")."""
    said = []
    of = _AFTER_OF.match(text, end)
    if of is not None:
        said.append(of.group(1))
        end = of.end()
    apposed = _APPOSITION.match(text, end)
    if apposed is not None:
        said.append(apposed.group(1))
    return " ".join(said)


def _introductions(text: str, before: int) -> dict[str, tuple[int, int, int, set[str]]]:
    """Each person mentioned before ``before``, by surname (folded): (start and end of the
    person's full name at its first mention, start of the latest mention, the words
    gathered from every mention)."""
    people: dict[str, tuple[int, int, int, set[str]]] = {}
    for match in _NAME.finditer(text, 0, before):
        run = match.group().split()
        cut = max((k + 1 for k, w in enumerate(run)
                   if SYNONYMS.get(fold(w), fold(w)) in _ROLE_WORDS), default=0)
        title, names = run[:cut], run[cut:]  # "Health Minister", "Elena Ruiz"
        if not 2 <= len(names) <= 3:
            continue
        at = match.end() - len(" ".join(names))
        said = set(_words(_title_before(text, at) + " " + " ".join(title) + " "
                          + _apposed_after(text, match.end())))
        key = fold(names[-1])
        if key in people:
            first, last, _, words = people[key]
            people[key] = first, last, at, words | said
        else:
            people[key] = at, match.end(), at, said
    for key, (first, last, _, words) in list(people.items()):
        surname = re.compile(r"(?<![\w-])" + re.escape(text[last - len(key):last]) +
                             r"(?![\w-])") if text[last - len(key):last] else None
        if surname is None:
            continue
        latest = people[key][2]
        for mention in surname.finditer(text, last, before):
            latest = max(latest, mention.start())
            words = words | set(_words(_title_before(text, mention.start()) + " "
                                       + _apposed_after(text, mention.end())))
        people[key] = first, last, latest, words
    return people


def described_person(text: str, description: str, start: int
                     ) -> tuple[str, tuple[int, int]] | None:
    """The name (and its span, at its first full mention) of the person the English
    definite description ``description`` (the words after "the", at character ``start``
    of ``text``: "Missouri Republican", "Labour MP", "lieutenant governor") stands for,
    by the rules of the module's docstring; None when there is no such person or the
    description holds no word."""
    wanted = set(_words(description))
    if not wanted or len(description.split()) > 5:
        return None
    best: tuple[int, tuple[int, int]] | None = None
    for first, last, latest, words in _introductions(text, start).values():
        if (words & QUALIFIERS) - wanted:
            continue
        party = wanted & PARTIES
        if not wanted - party <= words or not (
                party <= words or (wanted - party and not words & PARTIES)):
            continue
        if best is None or latest > best[0]:
            best = latest, (first, last)
    if best is None:
        return None
    span = best[1]
    return text[span[0]:span[1]], span
