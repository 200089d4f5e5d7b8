"""A small town of the text's own country opening a headline or a sentence.

Local news opens its headlines with the town: "Utiel celebrará su feria…", "Requena
celebrarà…", "Campiglia Marittima, riapre la Rocca…", "Cullera, en alerta por el
temporal". Every word opening a sentence is capitalised, so the model-less languages'
rules (:mod:`veille.enrich.city_spans`) read a town there only when it is a city of
``OPENING_TOWN_MIN`` inhabitants (:mod:`veille.enrich.opening_cities`) or after a
preposition: a short text naming its small town only so had no place at all (t-check66
F9: Xàtiva, Requena, Campiglia Marittima). :func:`opening_town_spans` reads such a run as
a place when all of:

- the text is in a language read without a model (not English nor French) and the run
  opens a sentence (a headline is one);
- it names no place the gazetteer lists (its cities have their own rules), and
  exactly one minor town or village of the source's country (or, without a source, of the
  country the language is likeliest printed in) where that language is spoken
  (:func:`veille.enrich.home_towns.home_town`), or the one minor town of that name in the
  world, in such a country (:func:`~veille.enrich.home_towns.lone_town`);
- it is written as a headline's place, a comma and a lower-case word after it ("Cullera,
  en alerta"), or the article names it again elsewhere ("… la cattedrale di Massa
  Marittima", :func:`named_twice`), or it is the sentence's subject, a lower-case word
  after it ("Arcos de Valdevez recebe…"), and either has several words or lies in the
  source's country ("Playas llenas" of a Spanish text from an unknown source is no
  town of Ecuador: a plural noun the common-word lists lack);
- it is no common word, given name or stop word of the languages veille serves (the
  tables :func:`veille.enrich.opening_cities.opening_city` reads), and the text never writes
  it in lower case ("Marina celebra", "Pueblo…" are no towns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.entities import Span
from veille.enrich.places import Gazetteer, Place
from veille.enrich.text import fold

_HEADLINE_PLACE = re.compile(r",[ \u00a0]+[a-zß-öø-ÿ]")
"""A comma and a lower-case word right after the name: a headline's place ("Cullera, en
alerta", "Campiglia Marittima, riapre")."""
_SUBJECT = re.compile(r"[ \u00a0]+[a-zß-öø-ÿ]")
"""A lower-case word right after the name: the sentence's subject ("Utiel celebrará")."""


def named_twice(document: str, name: str) -> bool:
    """Whether ``document`` (the whole article: headline, standfirst, paragraphs) writes
    ``name`` as a whole word twice or more: a town named twice is what the story is about
    ("el centre de salut de Xàtiva" in the headline and the body, t-check66 F9)."""
    found = re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", document)
    return next(found, None) is not None and next(found, None) is not None


def _plain_word(word: str, language: str) -> bool:
    """Whether ``word`` is a common word, a given name or a stop word (module docstring)."""
    from veille.enrich.opening_cities import _stop_words, _words
    from veille.extract.bare_byline import known_given_name

    key = fold(word)
    return key in _words() or key in _stop_words(language) or known_given_name(word)


def opening_town(text: str, start: int, name: str, gazetteer: Gazetteer, language: str,
                 home: str, document: str = "") -> list[Place]:
    """The one small town ``name`` (at ``start`` of ``text``, opening a sentence) names,
    by the rules of the module's docstring; [] when it is not read as a place.
    ``language`` is the text's BCP 47 tag, ``home`` the source's country (ISO alpha-2,
    "" when unknown), ``document`` the whole article ``text`` is a block of ("": ``text``
    is)."""
    from veille.enrich.home_towns import home_town, lone_town

    end = start + len(name)
    words = name.split()
    if fold(name) in gazetteer.by_name or (len(words) == 1 and _plain_word(name, language)):
        return []
    if re.search(r"(?<![\w'’-])" + re.escape(name.lower()) + r"(?![\w'’-])", text):
        return []
    towns = home_town(gazetteer, name, language, home) or lone_town(gazetteer, name, language)
    if not towns or named_twice(document or text, name) or \
            _HEADLINE_PLACE.match(text, end) is not None:
        return towns
    if _SUBJECT.match(text, end) is not None and (len(words) > 1 or towns[0].country == home):
        return towns
    return []


def opening_town_spans(text: str, gazetteer: Gazetteer, runs: Sequence[tuple[int, str]],
                       language: str, home: str, opens: re.Pattern[str],
                       document: str = "") -> list[Span]:
    """``(start, end, "LOC")`` for each run of capitalised words ``runs`` (offset, words)
    of ``text`` that opens a sentence (``opens`` matches the text before it) and names a
    small town (:func:`opening_town`; ``document``, the article ``text`` is a block of);
    a run that a linking word carries on is read whole
    first ("Arcos de Valdevez recebe…", "Castiglione della Pescaia, il lungomare…")."""
    from veille.enrich.city_spans import MAX_WORDS, _linked_names
    from veille.enrich.home_towns import spoken_countries
    from veille.enrich.places import likeliest_printed

    code = language.replace("_", "-").split("-")[0].lower()
    if not code or code in ("en", "fr"):
        return []
    home = home or likeliest_printed(spoken_countries(language), language, gazetteer)
    out: list[Span] = []
    for start, run in runs:
        if len(run.split()) > MAX_WORDS or opens.search(text, 0, start) is None:
            continue
        for name in [*_linked_names(text, start, run), run]:
            if opening_town(text, start, name, gazetteer, language, home, document):
                out.append((start, start + len(name), "LOC"))
                break
    return out
