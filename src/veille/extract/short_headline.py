"""Whether a short line right above a long deck is the article's headline or a kicker.

A capture's head may be a short headline over a long deck, framed by the author's name and
the date: "Ölpest vor Rügen" over a 20-word Unterzeile, "Grève des bus stéphanois" over the
chapô. The deck wins the headline search on shape (three words weigh little against
eighteen), and the search's flips ask a headline of five words or more
(:data:`~veille.extract.capture_head.HEADLINE_WORDS`), so that a kicker or a section label
("Guerre en Ukraine", "Brandenburg") never takes the title from the line under it.

What tells a short headline from a kicker is not its length (r-head55, h-head54 "Still
wrong"):

* **the deck's shape**: at least :data:`DECK_WORDS` words, longer than headlines are
  written; a kicker sits over a headline, which is shorter;
* **the deck elaborates on the line**: it repeats one of the line's content words, not
  all of them ("Brand bei Eberswalde" / "Ein Feuer … nördlich von Eberswalde …": the deck
  says the rest in its own words); a headline under a kicker either does not repeat the
  kicker, which the reader has just read ("Guerre en Ukraine" / "Kiev annonce la reprise
  de trois villages …"), or restates the whole topic it names ("Élections municipales" /
  "Les élections municipales de mars 2026 se joueront sur le logement …");
* **the kicker's own shape**: a line ending on a colon, a bar or a dash ("Ukraine :"),
  printed in capitals ("GUERRE EN UKRAINE"), or repeated elsewhere on the page (a section
  label is also the menu's item) is no headline.
"""

from __future__ import annotations

import re

from veille.extract import textshape as ts
from veille.extract.furniture_title import FUNCTION_STEMS, STEM

__all__ = ["DECK_WORDS", "headline_over_deck", "topic_headline"]

#: Words of a deck, at least, for a short line above it to be its headline: past what most
#: headlines are written in (a long headline under a kicker is shorter).
DECK_WORDS = 18
#: A short headline's words (two to four: one word is a section's or a tag's).
SHORT_WORDS = range(2, 5)
#: A kicker's end: "Ukraine :", "Santé |", "Exclusif -".
_KICKER_END = re.compile(r"[:|/>»–—-]\s*$")
#: A content word of the line, to be found in the deck: three letters at least ("bus").
_CONTENT_LETTERS = 3
#: Function words (folded) of German, Spanish and Italian that
#: :data:`~veille.extract.furniture_title.FUNCTION_STEMS` (French and English) leaves out,
#: and short French and English ones: a closed class, shared by any two lines of a language.
_FUNCTION_WORDS = frozenset("""
bei vor von mit aus der die das und den dem des ein eine einer eines einem einen war ist
hat sie wir ihr man nur auf nach uber sich nicht auch noch wie zum zur fur
los las del por con una uno sin mas sus era fue muy para como pero sobre entre desde
per tra fra gli dei dal nel sul che non piu della delle dello degli dopo sono come nella
anche alla alle
une aux sur son ses mes nos vos leur leurs
the and for are but not was has had its who all out our you her him his via
""".split())


def _content_words(text: str) -> frozenset[str]:
    """The folded words of ``text`` of :data:`_CONTENT_LETTERS` letters or more, function
    words aside (:data:`~veille.extract.furniture_title.FUNCTION_STEMS`,
    :data:`_FUNCTION_WORDS`)."""
    return frozenset(w for w in ts.words(ts.fold(text))
                     if len(w) >= _CONTENT_LETTERS and w not in _FUNCTION_WORDS
                     and w[:STEM] not in FUNCTION_STEMS)


def headline_over_deck(line: str, deck: str, repeated: bool) -> bool:
    """Whether ``line``, two to four words right above ``deck`` (the caller has checked
    that the deck is framed by the author's name or the date below it and is the line's
    standfirst), is the headline rather than a kicker: the deck has :data:`DECK_WORDS`
    words or more and repeats a content word of the line, not all of them; the line
    ends on no colon, bar or dash, is not all capitals, ends no sentence, and is not
    ``repeated`` on the page (a menu's item)."""
    if ts.word_count(line) not in SHORT_WORDS or ts.word_count(deck) < DECK_WORDS:
        return False
    if repeated or _KICKER_END.search(line) or ts.ends_sentence(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters or all(c.isupper() for c in letters):
        return False
    mine, theirs = _content_words(line), frozenset(ts.words(ts.fold(deck)))
    return bool(mine & theirs) and not mine <= theirs


#: A headline's form "Topic : statement" ("Paris : la ligne 2 du métro fermée ce week-end",
#: "Carcassonne : les boulangers face à la flambée de l'électricité"): one to four words, a
#: colon, the statement.
_TOPIC_HEADLINE = re.compile(r"^(?:[^\s:]+\s+){0,3}[^\s:]+\s?:\s+\S")


def topic_headline(text: str) -> bool:
    """Whether ``text`` has a headline's form "Topic : statement" (:data:`_TOPIC_HEADLINE`):
    a deck is a sentence, not so opened, and a line of this form under a shorter one is
    not its subtitle; the line above is then the outlet's name, no headline (r-head55:
    "Le Quotidien de l'Île-de-France" over "Paris : la ligne 2 du métro fermée ce week-end
    entre Rome et Villiers" and "La Dépêche de l'Aude" over "Carcassonne : les boulangers
    …" took the title)."""
    return bool(_TOPIC_HEADLINE.match(text))
