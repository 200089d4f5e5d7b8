"""Other written forms of a query word, for the languages a stemmer reads badly: Russian
declension and Arabic clitics (r-search58, issues 14/16).

A query word is searched by its own term **or** the terms of these forms, in the single
word's query (:func:`~veille.index.analysis.reading_terms`), at its position in a phrase
(:func:`~veille.index.analysis.unaccented_terms`, both backends) and in the snippets'
marks. The index is unchanged: each form is analysed by the article's own chain.

- **Russian** (:func:`russian_forms`): the forms of the word's lexeme in pymorphy3's
  dictionary (OpenCorpora, pinned ``pymorphy3-dicts-ru``; guessed by analogy for a word it
  does not hold). Snowball Russian cuts endings only, so a name whose stem changes as it
  declines was never found by its nominative: ``Павел`` → ``павел`` but ``Павла`` →
  ``павл``; ``Лев``/``Льва``, ``Сергей``/``Сергея`` (``серг``/``серге``), ``Киев``/``в
  Киеве`` (``ки``/``киев``), ``рынок``/``рынке``, and the surnames in ``-ов``/``-ев``/``-ин``
  (``Громов`` → ``гром``, ``Громова`` → ``громов``). The lexemes are those of the word's
  likeliest reading (pymorphy3's first parse) and of its other parses with that lemma, never
  a less likely lemma (``Ростов`` is never ``рост``, growth).
- **Arabic** (:func:`arabic_forms`): the definite article ``ال`` and the one-letter clitics
  written joined to a word (the conjunctions ``و`` ``ف``, the prepositions ``ب`` ``ك``
  ``ل``; ``ل`` + ``ال`` is written ``لل``), as Larkey, Ballesteros and Connell's light
  stemmer (*Light Stemming for Arabic Information Retrieval*, 2007) strips them, but added
  to the query word rather than stripped from the text: ``قاهرة`` finds ``القاهرة``,
  ``بالقاهرة``, ``والقاهرة``; ``بالقاهرة`` finds ``قاهرة``. Only a prefix that holds the
  article is stripped from a query word, and only when 3 letters or more remain, so
  ``وزير`` (minister) is never ``زير`` (a jar), ``كتاب`` never ``تاب``, ``الله`` stays
  whole; a clitic without the article is only added, to a word of 3 letters or more
  (``مصر`` finds ``ومصر``). A singular of 4 letters or more is searched by its sound
  plurals, dual and feminine too (:func:`arabic_plurals`: ``مدني`` finds ``المدنيين``),
  never the other way round (a word ending in ``-ين`` may be no plural: ``فلسطين``).
"""

from __future__ import annotations

import functools
import re

from veille.enrich.russian_morph import analyzer

_CYRILLIC_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
MAX_RUSSIAN_FORMS = 200
"""A verb's lexeme holds its participles' declensions (about 150 forms); more is no word."""


@functools.lru_cache(maxsize=8192)
def russian_forms(word: str) -> tuple[str, ...]:
    """The lowercase forms of the lexemes of the Russian word ``word`` (its likeliest lemma:
    ``Павел`` → ``павел``, ``павла``, ``павлу``, ``павлом``, ``павле``...), without
    ``word`` itself; ``()`` for a word that is not all Cyrillic letters or is of one
    letter. pymorphy3 folds ``ё`` into ``е`` when it parses; the forms are written with
    ``ё`` where the dictionary has it (the Russian chain folds it either way)."""
    lower = word.lower()
    if len(lower) < 2 or not _CYRILLIC_WORD.fullmatch(lower):
        return ()
    morph = analyzer()  # the one enrichment reads Russian with (loads once, ~15 MB)
    parses = morph.parse(lower) if morph is not None else ()
    if not parses:
        return ()
    lemma = parses[0].normal_form
    forms: dict[str, None] = {}
    for parse in parses:
        if parse.normal_form != lemma:
            continue
        for form in parse.lexeme:
            forms[form.word] = None
            if len(forms) >= MAX_RUSSIAN_FORMS:
                break
    forms.pop(lower, None)
    return tuple(forms)


ARABIC_ARTICLES = ("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال",
                   "لل", "ال")
"""The prefixes that hold the definite article, longest first: ``ال``, after a conjunction
(``و`` ``ف``), a preposition (``ب`` ``ك``; ``ل`` + ``ال`` is written ``لل``) or both."""
ARABIC_CLITICS = ("و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل")
"""The one-letter clitics written joined to a word without the article, and their pairs."""
MIN_ARABIC_BARE = 3
"""The fewest letters left once a prefix is stripped or before a clitic is added (Arabic
roots have three): ``الله`` is not ``ال`` + ``له``, ``ولد`` not ``و`` + ``لد``."""
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


@functools.lru_cache(maxsize=8192)
def arabic_forms(word: str) -> tuple[str, ...]:
    """The forms of the Arabic word ``word`` (folded: :func:`~veille.index.scripts.
    script_fold`) with and without the article and the clitics (above), without ``word``
    itself: ``قاهره`` → ``القاهره``, ``بالقاهره``, ``والقاهره``, ``للقاهره``, ``وقاهره``...;
    ``()`` for a word that is not all Arabic letters or of fewer than
    :data:`MIN_ARABIC_BARE` letters once bare."""
    if not _ARABIC_WORD.fullmatch(word):
        return ()
    bare = word
    for prefix in ARABIC_ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ARABIC_BARE:
            bare = word[len(prefix):]
            break
    if len(bare) < MIN_ARABIC_BARE:
        return ()
    forms: list[str] = []
    for stem in (bare, *arabic_plurals(bare)):
        forms += [stem, *(prefix + stem for prefix in ARABIC_ARTICLES),
                  *(clitic + stem for clitic in ARABIC_CLITICS)]
    return tuple(form for form in dict.fromkeys(forms) if form != word)


ARABIC_SOUND_ENDINGS = ("ون", "ين", "ان", "ه", "ات")
"""The endings of the sound plurals, the dual and the feminine of a noun or adjective
(folded: ``ة`` is ``ه``): masculine plural ``-ون`` (nominative) and ``-ين`` (oblique),
dual ``-ان``, feminine singular ``-ة``, feminine plural ``-ات`` (W. Wright, *A Grammar of
the Arabic Language*, §§ 297-306). Broken plurals (``مدينة``/``مدن``) change the word
inside and are not read."""
MIN_ARABIC_SINGULAR = 4
"""The fewest letters of a singular the sound endings are added to: ``مدني`` (civil) gives
``مدنيين``, a three-letter name never another (``عمر``, Omar, is not ``عمران``, Imran)."""


def arabic_plurals(bare: str) -> tuple[str, ...]:
    """The sound plurals, dual and feminine of the bare (article-less, folded) singular
    ``bare`` (:data:`ARABIC_SOUND_ENDINGS`): ``مدني`` → ``مدنيون``, ``مدنيين``, ``مدنيان``,
    ``مدنيه``, ``مدنيات``; a feminine in ``ه`` (``ة``) gives its plural and dual on the stem
    (``حكومه`` → ``حكومات``, ``حكومتان``, ``حكومتين``); ``()`` for fewer than
    :data:`MIN_ARABIC_SINGULAR` letters or a word already ending so. t-final62 #10:
    ``مدني`` did not find "مدنيين" (civilians)."""
    if len(bare) < MIN_ARABIC_SINGULAR:
        return ()
    if bare.endswith("ه"):  # a feminine: its plural and dual on the stem
        stem = bare[:-1]
        return (stem + "ات", stem + "تان", stem + "تين")
    if bare.endswith(ARABIC_SOUND_ENDINGS):
        return ()
    return tuple(bare + ending for ending in ARABIC_SOUND_ENDINGS)


def other_forms(word: str, chain: str) -> tuple[str, ...]:
    """The other written forms a query word ``word`` (folded by
    :func:`~veille.index.scripts.script_fold`) is searched by in the fields of the chain
    ``chain`` (a :class:`~veille.index.analysis.Language` code): its Russian lexeme's
    forms in ``ru`` (:func:`russian_forms`), its forms with and without the Arabic article
    and clitics in any chain (:func:`arabic_forms`), else ``()``."""
    if word.isascii():  # most query words: no lookup (bench/search.py's French mix)
        return ()
    if chain == "ru":
        return russian_forms(word)
    return arabic_forms(word)
