"""Words a headline's furniture or position capitalised, and bodies named after a city
that are no mention of the city as a place (t-final27 F6).

- A headline's tag in capitals ("(NOUVEAU BILAN)", "[VIDÉO]", "DIRECT. …", "EXCLUSIF -
  …"): a run of words in capitals, every one a common word of the French lexicon
  (:func:`veille.enrich.lexicon.french`), in brackets or opening its block before a
  stop, a colon or a dash. Acronyms ("SNCF", "CGT") are no words of the lexicon, and a
  word in capitals inside a sentence ("TOTAL a annoncé") is no tag.
- A plural common noun opening a sentence or a headline ("Grèves à la SNCF :",
  "Manifestations à Nantes", "Inondations dans le Gard"): the lexicon's plural of one of
  its nouns. Companies take common nouns' names in the singular ("Orange", "Total"), so a
  plural noun that only the sentence's start capitalised names no organisation.
- A name's article capitalised by a sentence's start ("La Fête des Lumières se
  tiendra…" after a dateline, "Fête des Lumières" in the headline): the same name, one
  entity, when the article names it without its article elsewhere and the alias table
  does not know the form with the article ("Le Havre", "La Poste" stay whole).
- A fire brigade named after its city ("sapeurs-pompiers de Paris": the Brigade de
  sapeurs-pompiers de Paris, a military unit that serves Paris and the Hauts-de-Seine,
  Seine-Saint-Denis and Val-de-Marne; "marins-pompiers de Marseille": the Bataillon de
  marins-pompiers de Marseille, which serves Marseille and its port; both units'
  published areas): an organisation, and the city no place of the event it is called
  to.
"""

from __future__ import annotations

import re

from veille.enrich.lexicon import french

#: A word in capitals (two letters or more, accents, hyphens and apostrophes inside).
_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ]"
_CAPS_RUN = re.compile(_CAPS + r"(?:[ \t\u00a0]+" + _CAPS + r")*")
#: What sits around a headline's tag: a bracket before it, or its block's start before
#: and a stop, a colon, a dash or a bracket after it.
_OPEN_BEFORE = re.compile(r"[(\[][ \t\u00a0]*$")
_CLOSE_AFTER = re.compile(r"[ \t\u00a0]*[)\]]")
_STOP_AFTER = re.compile(r"[ \t\u00a0]*(?:[.:|•]|[-–—](?=[ \t\u00a0]))")
_BLOCK_START = re.compile(r"(?:^|\n)[ \t\u00a0]*$")


def _caps_run(text: str, start: int, end: int) -> re.Match[str] | None:
    """The run of words in capitals holding ``text[start:end]``, or None."""
    left = start
    while left > 0 and (text[left - 1].isupper() or text[left - 1] in " '’-\u00a0") and \
            text[left - 1] != "\n":
        left -= 1
    while left < start and not text[left].isupper():
        left += 1
    match = _CAPS_RUN.match(text, left)
    return match if match is not None and match.end() >= end else None


def headline_tag(text: str, start: int, name: str) -> bool:
    """Whether span ``name`` (at ``start`` in ``text``) lies in a headline's tag written in
    capitals ("(NOUVEAU BILAN)", "VIDÉO. …", "ACTUALISÉ -"): see the module's rule."""
    if not name.isupper() or not any(ch.isalpha() for ch in name):
        return False
    run = _caps_run(text, start, start + len(name))
    if run is None:
        return False
    lexicon = french()
    if not all(lexicon.is_word(w.strip("'’-")) for w in run.group().split()):
        return False
    before = text[max(0, run.start() - 3):run.start()]
    if _OPEN_BEFORE.search(before):
        return _CLOSE_AFTER.match(text, run.end()) is not None
    return _BLOCK_START.search(text, max(0, run.start() - 3), run.start()) is not None and \
        _STOP_AFTER.match(text, run.end()) is not None


def plural_common_noun(word: str) -> bool:
    """Whether one-word ``word`` is the plural of a French common noun (the lexicon's
    form ending in -s or -x whose lemma is a noun other than itself: "Grèves",
    "Manifestations", "Inondations"); "Orange" is none. The lexicon's plurals include
    some places' names ("Paris", the plural of "pari"): callers ask only about words the
    gazetteer does not know as places."""
    lower = word.lower()
    if not word[:1].isupper() or word.isupper() or not lower.endswith(("s", "x")):
        return False
    lexicon = french()
    return any(lemma != lower and lemma in lexicon.lemmas["noun"] and
               lower.startswith(lemma[:-1] if lemma.endswith(("al", "ail")) else lemma)
               for lemma in lexicon.lemmas_of(lower))


CITY_CORPS_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:(?:brigade|bataillon)[ \t\u00a0]+(?:des|de)[ \t\u00a0]+)?"
    r"(?:sapeurs|marins)[- ]pompiers[ \t\u00a0]+de[ \t\u00a0]+$")
"""The head of a fire brigade named after its city, right before the city's name
("sapeurs-pompiers de " + "Paris", "Bataillon de marins-pompiers de " + "Marseille"):
see the module's rule."""


_LEADING_ARTICLE = re.compile(r"(?:Les|Le|La|L['’])[ \t\u00a0]*(?=[A-ZÀ-Þ])")


def article_to_strip(name: str, bare_names: set[str]) -> int:
    """How many characters of ``name`` are a leading capitalised article ("La " of "La
    Fête des Lumières") to strip because ``bare_names`` (the article's other mentions)
    hold the name without it; 0 otherwise. The caller checks the alias table."""
    match = _LEADING_ARTICLE.match(name)
    if match is None or name[match.end():] not in bare_names:
        return 0
    return match.end()
