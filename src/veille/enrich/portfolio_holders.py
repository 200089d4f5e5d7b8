"""A minister's portfolio glued to the holder's name, in the languages read without a model.

"afirmou a ministra da Administração Interna Margarida Blasco": Portuguese, Spanish,
Italian and Catalan set a minister's (or councillor's, secretary of state's) portfolio as
the complement of the title, capitalised like a ministry's name, and the holder's name
right after it with no comma (Cunha & Cintra, *Nova Gramática* ch. 7, the apposition;
RAE, *Nueva gramática* §12.13; Serianni, *Grammatica italiana* V.37). The capitalised run
"Administração Interna Margarida Blasco" held an organisation's head noun
("Administração", "Protezione Civile") and was read as one organisation, the speaker's
name with it (h-speakers65b leftover 1, h-speakers66 brief 1). French portfolios are cut
by :func:`veille.enrich.quotes_titles.portfolio_holder`; English ("Home Secretary Yvette
Cooper") by :mod:`veille.enrich.english_spans`; German compounds ("Innenministerin Nancy
Faeser") hold the portfolio in the title's own word.

The holder begins at the run's first known given name after at least one portfolio word;
the rest must be a person name's shape (two to four capitalised words, the particles of
names between them). Without a known given name, the last two capitalised words are the
holder's name (:func:`_unknown_holder`; h-speakers67).

Pure functions on text; no I/O but the shipped given-name table read once.
"""

from __future__ import annotations

import re

__all__ = ["holder_after_portfolio", "holder_in_speaker", "portfolio_before"]

_SP = r"[ \xa0]+"

_TITLE = (
    r"(?:vice-?|sub|sotto)?(?:ministr[oa]s?|minister|secret[aá]ri[oa]s?|secretar[ií]a|"
    r"sottosegretari[oa]|consejer[oa]s?|conseller(?:a|s|es)?|conselleir[oa]s?|"
    r"assessor[ea]?s?|assessora|concejal(?:a|es)?|vereador(?:a|es)?|comisari[oa]s?|"
    r"commissari[oa]|comiss[aá]ri[oa]s?|delegad[oa]s?|delegat[oa]?|titular)"
)
"""Office nouns whose complement is a portfolio (pt/es/it/ca): minister, secretary (of
State), regional councillor, municipal councillor, commissioner, delegate."""

_QUALIFIER = (
    r"(?:de" + _SP + r"estado|d['’]estat|di" + _SP + r"stato|regional[ei]?|"
    r"provincial[ei]?|municipal[ei]?|comunal[ei]?|federal[ei]?|nacional|nazionale|"
    r"adjunt[oa]|aggiunt[oa]|general[ei]?|auton[oó]mic[oa]|interin[oa]|"
    r"en" + _SP + r"funciones|uscente|saliente|cessante)"
)
"""Words between the office noun and its portfolio's preposition: "secretário de Estado
da", "assessore regionale alla", "consejera autonómica de"."""

_PREPOSITION = (
    r"(?:de" + _SP + r"la|de" + _SP + r"las|de" + _SP + r"los|de" + _SP + r"l['’]|del|de|"
    r"dels|d['’]|da|do|das|dos|della|dello|delle|degli|dei|dell['’]|di|alla|alle|allo|"
    r"agli|ai|al|all['’]|a" + _SP + r"la|a" + _SP + r"los|a" + _SP + r"las|à|ao|aos|às|"
    r"per" + _SP + r"(?:la|il|lo|le|gli|i|l['’])|per|para" + _SP + r"(?:a|o|os|as)|"
    r"para|per" + _SP + r"a)"
)

_PORTFOLIO_OPENER = re.compile(
    r"(?i)(?:(?<![\w'’-])|(?<=l['’]))" + _TITLE + r"(?:" + _SP + _QUALIFIER + r"){0,2}" + _SP
    + _PREPOSITION + r"[ \xa0]*$")
"""An office noun, its qualifiers and its portfolio's preposition ending right before a
capitalised run: "a ministra da", "il ministro dell'", "el conseller de", "l'assessore
regionale alla", "o secretário de Estado da"."""

_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "di", "del", "della", "y",
                             "e", "i", "la", "van", "von"})


def _given(word: str) -> bool:
    from veille.extract.bare_byline import known_given_name

    return known_given_name(word)


def portfolio_before(text: str, start: int) -> bool:
    """Whether an office noun and its portfolio's preposition end right before ``start``
    in ``text`` (:data:`_PORTFOLIO_OPENER`, looked for in the 80 characters before)."""
    return _PORTFOLIO_OPENER.search(text[max(0, start - 80):start]) is not None


def holder_after_portfolio(text: str, start: int, name: str) -> int | None:
    """Where the holder's name begins in ``name`` (a capitalised run at ``start`` in
    ``text``) that a portfolio title's preposition opens: "a ministra da" +
    "Administração Interna Margarida Blasco" → offset of "Margarida", "il ministro della"
    + "Protezione Civile Nello Musumeci" → "Nello". The first known given name after one
    portfolio word or more opens the name; the rest must hold two to four capitalised
    words. None when no portfolio title precedes the run, when the run opens with the
    given name, or when no person-shaped rest follows a given name."""
    if not portfolio_before(text, start):
        return None
    words = list(re.finditer(r"\S+", name))
    for index in range(1, len(words) - 1):
        word = words[index].group().strip(",")
        if not word[:1].isupper() or not _given(word):
            continue
        if words[index - 1].group().lower() in _NAME_PARTICLES:
            continue  # "Ministério da Maria …" no: the portfolio's own complement
        rest = [w.group() for w in words[index:]]
        caps = [w for w in rest if w[:1].isupper()]
        if 2 <= len(caps) <= 4 and rest[-1][:1].isupper() and all(
                w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in rest):
            return words[index].start()
        return None
    return _unknown_holder(words)


def _unknown_holder(words: list[re.Match[str]]) -> int | None:
    """Where the holder's name begins when no known given name opens it ("il ministro
    della" + "Protezione Civile Nello Musumeci": "Nello" is in no table): its last two
    capitalised words, a given name and a surname, the commonest shape of a person's name
    in the press, when at least one portfolio word stands before them and neither is a
    name particle nor a body's head noun. A part of the portfolio is never part of the
    name ("Civile Nello Musumeci" was a speaker and an organisation: stop65
    "Speakers/entities", h-speakers67); a name of three words whose given name is unknown
    loses its first word, which is less wrong than keeping a portfolio word."""
    from veille.enrich.organisation_heads import is_organisation_head

    if len(words) < 3:
        return None
    pair = [w.group().strip(",") for w in words[-2:]]
    if any(not w[:1].isupper() or w.isupper() or w.lower() in _NAME_PARTICLES
           or any(is_organisation_head(w, lang) for lang in _HEAD_LANGUAGES)
           for w in pair) or words[-3].group().lower() in _NAME_PARTICLES:
        return None
    return words[-2].start()


_HEAD_LANGUAGES = ("it", "es", "pt", "ca", "fr", "de", "en")


_TITLED_SPEAKER = re.compile(
    r"(?:(?:the|The|le|la|il|el|o|a|der|die|l['’])[ \xa0]*)?"
    r"(?i:" + _TITLE + r"|ministre|minister(?:in)?|secretary|commissioner|chancellor)"
    r"(?:" + _SP + r"[\w'’-]+){0,3}?" + _SP
    + r"(?i:for|of|" + _PREPOSITION + r"|des|du|für|der|des)" + _SP
    + r"(?:[\w'’-]+" + _SP + r"){0,4}?[A-ZÀ-Ý][\w'’-]*" + _SP +
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+" + _SP + r"[A-ZÀ-Ý][a-zà-ÿ'’-]+)$")
"""A speaker phrase made of a portfolio title, its portfolio and two capitalised words
closing it: "Minister for Finance Rhodri Pryce", "ministro della Protezione Civile Nello
Musumeci"."""


def holder_in_speaker(speaker: str) -> int | None:
    """Where the holder's name begins in ``speaker``, a quote's speaker phrase that opens
    with a portfolio title (minister, secretary, councillor, in it/es/pt/ca/fr/de/en) and
    its portfolio and closes with two capitalised words: the name is those two words
    ("said the Minister for Finance Rhodri Pryce" → "Rhodri Pryce"; the portfolio is no
    part of a name, stop65 "Speakers/entities", h-speakers67), when neither is a body's
    head noun nor a name particle. None otherwise."""
    match = _TITLED_SPEAKER.fullmatch(speaker)
    if match is None:
        return None
    from veille.enrich.lexicon import french
    from veille.enrich.organisation_heads import is_organisation_head

    name = match.group("name").split()
    if any(w.lower() in _NAME_PARTICLES or _PORTFOLIO_WORD.search(w)
           or french().is_word(w.lower()) or any(is_organisation_head(w, lang)
                                                 for lang in _HEAD_LANGUAGES) for w in name):
        return None  # "Minister for Health and Social Care", "… the Cabinet Office"
    return match.start("name")


_PORTFOLIO_WORD = re.compile(
    r"(?i)(?:ment|tion|sion|ity|ities|ies|ance|ence|ure|airs|ing|ism|ics|ness|hood|ship)$")
"""Endings of the English and Romance nouns a portfolio is made of ("Development",
"Education", "Security", "Affairs", "Culture", "Housing"), never a person's name's."""
