"""People and organisations in languages read without a model (Spanish, Italian,
Portuguese, German…): no spaCy model of theirs is installed (docs/enrichment.md), so an
article found only the alias table's names and its quotes' speakers, and "Jeannette Jara",
named three times in a Spanish article, was no entity (t-final52).

A name is found by evidence of its kind, never by a capital alone (German capitalises
every noun; every language its sentences' first words):

- PER: a run of two to four capitalised words (the lower-case particles of names inside:
  "de", "da", "von"…) whose first word is a known given name
  (:func:`veille.extract.bare_byline.known_given_name`: Faker's European locales, MIT, with
  es_ES, es_MX, it_IT, pt_PT, pt_BR, de_DE, de_AT, de_CH among them), none of whose words
  heads an organisation's name; the words before the given name in the run are a title
  ("Oberbürgermeisterin Sabine Kränzle"), or the portfolio of a title before the run
  ("a ministra da" + "Administração Interna Margarida Blasco":
  :mod:`veille.enrich.portfolio_holders`). Then every later mention of its surname alone
  ("Según Quintana", "Ferrante ha spiegato") that no article opens ("der Koch" is a cook);
- ORG: a run of two capitalised words or more, one of which heads an organisation's name
  in the language (:mod:`veille.enrich.organisation_heads`: "Protezione Civile",
  "Autoridad Portuaria de Valencia", "Stadtwerke Ulm", "Deutsche Post").

The spans of the wrapped recogniser win over a person's that crosses them (the alias
table's "Santiago de Chile" is no "Santiago" person); an organisation's name stops before
a span it holds, so its town stays a place ("Câmara Municipal" + "Braga", "Ayuntamiento
de Zaragoza" no organisation but the town: r-kinds50 k09).

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.cyrillic_forms import is_cyrillic
from veille.enrich.cyrillic_persons import cyrillic_person_spans, person_surnames
from veille.enrich.entities import Recognizer, Span
from veille.enrich.organisation_heads import is_organisation_head
from veille.enrich.portfolio_holders import holder_after_portfolio
from veille.enrich.venue_heads import is_venue_head

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ'’]+)*"
_PARTICLES = r"(?:de|del|della|dei|degli|di|da|do|dos|das|du|la|von|van|y|e)"
_RUN = re.compile(rf"(?:(?<![\w'’-])|(?<=l['’])|(?<=\bd['’])){_WORD}"
                  rf"(?:[ \u00a0](?:{_PARTICLES}[ \u00a0])*{_WORD})*(?![\w'’-])")
"""Capitalised words in a row, the particles of names between them, one space apart: two
spaces or more part a page's menu items ("Livorno  Pisa  Lucca  Grosseto  Toscana"), never
a name's words (t-final65 A7: "Lucca  Grosseto  Toscana" was a person). A run may open
right after an elided article or preposition ("dell'Istituto Mario Negri", "l'Agenzia",
"d'Ávila"; h-speakers66): the body's head noun is then read with the run."""
_ARTICLES = frozenset({
    "el", "la", "los", "las", "lo", "un", "una", "il", "gli", "le", "i", "uno", "o", "a",
    "os", "as", "um", "uma", "der", "die", "das", "dem", "den", "des", "ein", "eine",
    "einen", "einem", "einer", "al", "del", "dal", "nel", "sul", "no", "na", "do", "da",
    "zum", "zur", "vom", "beim", "im", "am"})
"""Articles and article-bearing prepositions of Spanish, Italian, Portuguese and German:
before a word they make it a noun ("der Koch", "la Rosa"), not a surname."""
_OPENERS = frozenset({"el", "la", "los", "las", "il", "lo", "gli", "le", "o", "a", "os",
                      "as", "der", "die", "das", "den", "dem", "des"})
"""Articles capitalised at a sentence's start, no part of the name after them."""
_SOURCE_PREPOSITIONS = frozenset({"secondo", "según", "segundo"})
"""Attribution prepositions capitalised at a sentence's start ("Secondo la Protezione
civile"): no part of the name after them (see :mod:`veille.enrich.romance_sources`)."""
MAX_PERSON_WORDS = 4


def _known_given_name(word: str) -> bool:
    from veille.extract.bare_byline import known_given_name

    return known_given_name(word)


def _words(run: re.Match[str]) -> list[tuple[int, int, str]]:
    return [(run.start() + m.start(), run.start() + m.end(), m.group())
            for m in re.finditer(r"\S+", run.group())]


def _name_words(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first words of ``words`` holding at most :data:`MAX_PERSON_WORDS` capitalised
    ones, the particles between them not counted: "María José García de la Cruz" is whole
    (counting "de" and "la" cut it to "María José García": t-final62 #3)."""
    out: list[tuple[int, int, str]] = []
    capitalised = 0
    for word in words:
        if word[2][:1].isupper():
            capitalised += 1
            if capitalised > MAX_PERSON_WORDS:
                break
        out.append(word)
    return out


def _article_before(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start].split()
    return bool(before) and before[-1].lower() in _ARTICLES


def _place_through(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a place the gazetteer knows is written from the run's first word through
    its given name at ``index`` at least (the gazetteer's cities and
the minor towns' index, :mod:`veille.enrich.minor_towns`: "Vila Nova de Gaia",
    "Vila Franca de Xira"): a town's name holding a given name ("Nova", "Franca"), no
    person with a title ("Vila") before it (t-final65 A7: "no
    Porto, Vila Nova de Gaia e Matosinhos" gave the person "Nova de Gaia e Matosinhos")."""
    from veille.enrich.minor_towns import shipped_index
    from veille.enrich.places import shipped
    from veille.enrich.text import fold

    if index == 0:  # a given name opening the run: "Benito Juárez" is a person, and
        return False  # a Mexican town named after him
    gazetteer, towns = shipped(), shipped_index()
    last = min(len(words), index + MAX_PERSON_WORDS + 2)
    for end in range(index, last):
        if not words[end][2][:1].isupper():
            continue
        name = text[words[0][0]:words[end][1]]
        if gazetteer.candidates(name) or fold(name) in towns:
            return True
    return False


def foreign_spans(text: str, language: str) -> list[Span]:
    """``(start, end, label)`` of the persons and organisations of ``text`` (one block in
    ``language``, ISO 639-1) by the rules of the module's docstring, in text order; the
    Russian persons of :func:`~veille.enrich.cyrillic_persons.cyrillic_person_spans`
    first."""
    spans: list[Span] = cyrillic_person_spans(text)  # Russian persons (t-final55b A15)
    for run in _RUN.finditer(text):
        words = _words(run)
        if len(words) > 2 and words[0][2].lower() in _SOURCE_PREPOSITIONS and \
                words[1][2].lower() in _OPENERS:
            words = words[1:]  # "Secondo la Protezione civile": the preposition, then
            # the article (both dropped: the body's name is what follows)
        if words and words[0][2].lower() in _OPENERS:
            words = words[1:]
        holder = holder_after_portfolio(text, words[0][0], text[words[0][0]:words[-1][1]]) \
            if len(words) > 2 else None
        if holder is not None:  # "a ministra da" + "Administração Interna Margarida
            # Blasco": the portfolio is the title's, the person its holder (h-speakers66)
            spans.append((words[0][0] + holder, words[-1][1], "PER"))
            continue
        caps = [w for w in words if w[2][:1].isupper()]
        if len(caps) >= 2 and any(is_organisation_head(w[2], language) for w in caps):
            spans.append((words[0][0], words[-1][1], "ORG"))
            continue
        for index, (start, _, word) in enumerate(words):
            if not word[:1].isupper() or not _known_given_name(word):
                continue
            rest = _name_words(words[index:])
            while rest and not rest[-1][2][:1].isupper():
                rest = rest[:-1]
            if len(rest) < 2 or any(w[2].isupper() or is_organisation_head(w[2], language)
                                    for w in rest) or any(
                                        is_venue_head(w[2]) for w in rest[1:]) or \
                    _place_through(text, words, index):
                break  # (and "Alla Gare de Lyon": a building's head noun after a given
                # name, "Alla" the Italian "at the", is a venue's name; t-final59 #3)
            spans.append((start, rest[-1][1], "PER"))
            break
    return spans


def with_foreign_names(recognizer: Recognizer, language: str) -> Recognizer:
    """``recognizer``'s spans and :func:`foreign_spans`' (with their surnames' later
    mentions), for a text in ``language``: a person or an organisation only where no span
    crosses it, an organisation's name cut before a span it holds (the town of "Câmara
    Municipal de Braga" stays a place)."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        found_all = [foreign_spans(t, language) for t in texts]
        people = [(i, s, e) for i, f in enumerate(found_all) for s, e, lab in f
                  if lab == "PER"]
        surnames = {f for i, s, e in people for f in (
            person_surnames(texts[i][s:e]) if is_cyrillic(texts[i][s:e])
            else {texts[i][s:e].split()[-1]})}  # a Russian surname in any case (A8)
        out = []
        for text, spans, found in zip(texts, recognizer(texts), found_all, strict=True):
            found = found + [s for s in _surnames_of(text, surnames)
                             if not any(s[0] < e and b < s[1] for b, e, _ in found)]
            found = [_before_inner_span(text, n, spans) if n[2] == "ORG" else n
                     for n in found]
            names = [n for n in found if n[1] > n[0]
                     and not any(s < n[1] and n[0] < e for s, e, _ in spans)]
            out.append(sorted({*spans, *names}))
        return out
    return recognise_batch


_LINK_END = re.compile(rf"(?:[ \u00a0]+{_PARTICLES})*[ \u00a0]*$")


def _before_inner_span(text: str, body: Span, spans: Sequence[Span]) -> Span:
    """``body`` cut before the first span of ``spans`` inside it and the particles before
    that span ("Ayuntamiento de" + the town "Zaragoza", "Autoridad Portuaria" + "Valencia":
    the town stays a place); an empty span when fewer than two words remain."""
    inner = [s for s, e, _ in spans if body[0] <= s and e <= body[1]]
    if not inner:
        return body
    head = text[body[0]:min(inner)]
    head = _LINK_END.sub("", head)
    if len(head.split()) < 2:
        return (body[0], body[0], body[2])
    return (body[0], body[0] + len(head), body[2])


def _surnames_of(text: str, surnames: set[str]) -> list[Span]:
    """The mentions in ``text`` of ``surnames`` (found in any block of the article)."""
    found: list[Span] = []
    for surname in surnames:
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
            if not _article_before(text, match.start()):
                found.append((match.start(), match.end(), "PER"))
    return found
