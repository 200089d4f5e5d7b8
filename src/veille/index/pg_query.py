"""Compile a parsed query (:mod:`veille.index.query`) into a PostgreSQL condition.

The analysis is split between Python and PostgreSQL, the same on both sides of a match:

- :func:`normalize` (Python) keeps the words as the embedded index's tokenizer cuts them
  (:data:`~veille.index.analysis.WORD_RE`: both apostrophes and hyphens split), drops the
  elided particles and function words of the language (the lists of
  :mod:`veille.index.analysis`), and appends the joined forms of hyphenated compounds
  (``anti-jihadistes`` → ``antijihadistes``), as the tantivy backend indexes them;
- the text search configuration of the language (``veille_french``: ``unaccent`` then
  the French Snowball stemmer; ``veille_english``; ``veille_simple``: ``unaccent`` and
  lowercase only) folds accents, lowercases and stems, inside PostgreSQL
  (:data:`TS_SETUP`).

A word is searched in every language's analysis at once, each language's ``tsquery`` in the
rows of that analysis only (``chain``, and for French titles their accent-blind stream,
``folded_tsv``: :class:`TextQuery`), so a French query finds English articles too, each
row through its own language's reading, as the embedded index searches each language's
fields with that language's analyzer; a word of several
parts is searched as the phrase of its parts (``<->``) or its joined form; ``title:``
searches ``title_tsv`` only; a prefix is a ``'stem':*`` query; ``source:``, ``lang:`` and
dates are SQL conditions on plain columns, ``entity:``, ``place:`` and ``author:`` an
overlap (``&&``) with an array column. Where this differs from tantivy is listed in
docs/search.md.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from veille.index.analysis import (
    ENGLISH,
    EXACT,
    FOLDED_STREAMS,
    HAS_CJK,
    LANGUAGES,
    OTHER,
    WORD_RE,
    Language,
    ampersand_word,
    exact_query_terms,
    exact_spelling,
    fold,
    joined_forms,
    joined_word,
    kept,
    number_spellings,
    query_collision_forms,
    restored_words,
    singular_words,
    unaccented_terms,
    word_re,
    written_singular,
)
from veille.index.authors import query_term
from veille.index.inflections import other_forms
from veille.index.place_words import named_place
from veille.index.query import (
    And,
    DateRange,
    Filter,
    MatchAll,
    Node,
    Not,
    Or,
    Phrase,
    Word,
    positive_terms,
)
from veille.index.scripts import script_fold
from veille.index.source_names import anchored, name_pattern

CONFIGS: dict[str, str] = {
    lang.code: {ENGLISH.code: "veille_english", OTHER.code: "veille_simple"}.get(
        lang.code, "veille_terms") for lang in LANGUAGES}
"""The text search configuration of each analysed language. French, German, Spanish,
Italian, Portuguese and Russian are analysed in Python (:func:`normalize`: tantivy's own
chain of the language), and PostgreSQL only splits and lowercases their terms
(``veille_terms``): French because its Snowball reads accents and PostgreSQL cannot fold
after stemming, the others because PostgreSQL's Snowball is not tantivy's (analysis 22,
r-search57: PostgreSQL 15's ``german`` stemmer and tantivy's disagreed on 32 of 2,123
German words, ``Inseln`` → ``inseln``/``insel``, ``Israel`` → ``israel``/``isral``, and a
server of another version has another Snowball), so both backends index the same terms
whatever the server. English keeps ``veille_english`` (``unaccent`` then Snowball)."""
ENRICHMENT_COLUMNS = {"entity": "entities", "place": "places"}
"""The array column of each enrichment filter: ``entity:X`` matches a row whose array holds
one of :func:`~veille.enrich.aliases.search_terms` of ``X`` (X folded, and the id it is an
alias of), the terms tantivy's ``entity`` field is searched for."""

_WORD_TYPES = ("asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, "
               "hword_part, hword_numpart")
TS_SETUP: list[str] = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH DICTIONARY veille_french_stem (TEMPLATE = snowball, Language = french)",
    "CREATE TEXT SEARCH DICTIONARY veille_english_stem "
    "(TEMPLATE = snowball, Language = english)",
    "CREATE TEXT SEARCH CONFIGURATION veille_french (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION veille_french ALTER MAPPING FOR {_WORD_TYPES} "
    "WITH unaccent, veille_french_stem",
    "CREATE TEXT SEARCH CONFIGURATION veille_english (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION veille_english ALTER MAPPING FOR {_WORD_TYPES} "
    "WITH unaccent, veille_english_stem",
    "CREATE TEXT SEARCH CONFIGURATION veille_simple (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION veille_simple ALTER MAPPING FOR {_WORD_TYPES} "
    "WITH unaccent, simple",
]
"""The configurations, created once per database. The stemmers carry no stop words: the
function words are dropped by :func:`normalize`, from the same lists as tantivy's, so both
backends ignore the same words. ``veille_french`` (``unaccent`` *then* Snowball) is no
longer used: it folded ``blessée`` to ``blessee`` → ``blesse``, a term apart from
``blessé`` → ``bless`` (index format 3's fault, newuser7 P6); a dictionary list cannot put
``unaccent`` after Snowball, which takes every word and ends the list."""
TERMS_SETUP: list[str] = [
    "CREATE TEXT SEARCH CONFIGURATION veille_terms (COPY = simple)",
]
"""``veille_terms``: words already analysed in Python (French), only split and lowercased."""


def _dropped(lang: Language) -> frozenset[str]:
    return frozenset(lang.stopwords)


_DROPPED = {lang.code: _dropped(lang) for lang in LANGUAGES}


def words_of(text: str, lang: Language) -> list[str]:
    """The words of ``text`` that the analysis of ``lang`` keeps (not yet stemmed), other
    scripts folded (:func:`~veille.index.scripts.script_fold`), each CJK character a word
    of its own in a chain that cuts them apart (``any``), as tantivy's tokenizer does."""
    dropped = _DROPPED[lang.code]
    return [w for w in word_re(lang).findall(script_fold(text))
            if kept(w) and fold(w) not in dropped]


def in_python(lang: Language) -> bool:
    """Whether ``lang`` is analysed in Python, by tantivy's own chain (:data:`CONFIGS`:
    every stemmed language but English)."""
    return CONFIGS[lang.code] == "veille_terms"


_ANALYZERS = {lang.code: lang.build() for lang in LANGUAGES if in_python(lang)}
_STREAMS = {code: stream.build() for code, stream in FOLDED_STREAMS.items()}
"""The analyzer of each language's accent-blind stream of titles
(:data:`~veille.index.analysis.FOLDED_STREAMS`: French, folded then stemmed)."""


def normalize(text: str, lang: Language, *, joined: bool = True, words: bool = True) -> str:
    """``text`` as handed to ``to_tsvector``: kept words, then joined compounds; for a
    language analysed in Python (:func:`in_python`), their terms, with the words typed
    without accents put back (:func:`~veille.index.analysis.restored_words`), as the
    tantivy backend indexes them; with ``words=False``, only what is appended."""
    text = script_fold(text)
    out = words_of(text, lang) if words else []
    if joined:
        out.extend(j for j in joined_forms(text) if fold(j) not in _DROPPED[lang.code])
    if not in_python(lang):
        return " ".join(out)
    if joined:
        out.extend(restored_words(text, lang))
        out.extend(singular_words(text, lang))
    return " ".join(_ANALYZERS[lang.code].analyze(" ".join(out)))


LINE_GAP = "veillelinegapqx"
"""A word put between two lines of a body (twice) and deleted from its ``tsvector``
(``ts_delete``): the positions it held stay empty, so a phrase never runs across two
paragraphs (newuser7 P13 m), as tantivy's gap between the values of a field. Stems to
itself in every configuration (no suffix any stemmer removes)."""


def normalize_lines(text: str, lang: Language) -> str:
    """:func:`normalize` of a body, with :data:`LINE_GAP` twice between its lines."""
    lines = [line for line in text.split("\n") if WORD_RE.search(line)]
    if len(lines) < 2:
        return normalize(text, lang)
    gap = f" {LINE_GAP} {LINE_GAP} "
    return gap.join(normalize(line, lang, joined=False) for line in lines) + " " + normalize(
        text, lang, words=False)


def folded_title(title: str, lang: Language) -> str:
    """The terms of ``title`` in ``lang``'s accent-blind stream (``folded_tsv``, as tantivy's
    ``title_<code>_folded``: the kept words, their joined forms and the singulars of their
    plurals, folded *then* stemmed, :data:`~veille.index.analysis.FRENCH_FOLDED`), so a
    headline typed without accents and an accented query meet; ``""`` for a language
    without such a stream."""
    stream = FOLDED_STREAMS.get(lang.code)
    if stream is None:
        return ""
    text = script_fold(title)
    out = words_of(text, lang)
    out.extend(j for j in joined_forms(text) if fold(j) not in _DROPPED[lang.code])
    out.extend(singular_words(text, lang))
    return " ".join(_STREAMS[lang.code].analyze(" ".join(out)))


def analysed_tsquery(text: str, lang: Language, *, folded: bool = False) -> str | None:
    """The ``to_tsquery`` text of the words of ``text`` in a language analysed in Python
    (or, ``folded``, in its accent-blind stream of titles): each kept word matches any of
    its spellings (its own term, and its family written without accents:
    :func:`~veille.index.analysis.unaccented_terms`), in order (``<->``), as the tantivy
    backend's phrases; ``None`` when no word is kept."""
    chain = FOLDED_STREAMS[lang.code] if folded else lang
    analyzer = _STREAMS[lang.code] if folded else _ANALYZERS[lang.code]
    groups = []
    for word in words_of(text, lang):
        terms = unaccented_terms(word, chain, analyzer)
        if terms:
            groups.append("(" + " | ".join(tsquery_literal(t) for t in sorted(terms)) + ")")
    return " <-> ".join(groups) if groups else None


def forms_tsquery(text: str, lang: Language) -> str | None:
    """The ``to_tsquery`` text of the words of ``text`` in a language PostgreSQL analyses
    (English, and ``any``), each word or any of its other written forms
    (:func:`~veille.index.inflections.other_forms`: an Arabic word with and without its
    article and clitics), in order (``<->``), as tantivy's phrases; ``None`` when no word
    has another form (``phraseto_tsquery`` then reads the text). The configuration that
    runs the query analyses each form as it analyses the text."""
    groups, extended = [], False
    for word in words_of(text, lang):
        forms = other_forms(word, lang.code)
        extended = extended or bool(forms)
        groups.append("(" + " | ".join(tsquery_literal(f) for f in (word, *forms)) + ")")
    return " <-> ".join(groups) if extended else None


def tsquery_literal(lexeme: str, *, prefix: bool = False) -> str:
    """A quoted ``tsquery`` operand (``'skyf':*``)."""
    quoted = "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


_EXACT_ANALYZER = EXACT.build()


def exact_text(title: str, body: str) -> str:
    """An article's words as written, for its ``exact_tsv`` (``to_tsvector`` of
    ``veille_terms``): the :data:`~veille.index.analysis.EXACT` terms of its title, body
    and their joined forms, as tantivy's ``exact_<code>`` fields hold them."""
    title, body = script_fold(title), script_fold(body)
    values = [title, " ".join(joined_forms(title)), body, " ".join(joined_forms(body))]
    return " ".join(_EXACT_ANALYZER.analyze(exact_spelling(" ".join(values))))


def exact_tsquery(text: str) -> str | None:
    """The ``to_tsquery`` text of ``text``'s words as written
    (:func:`~veille.index.analysis.exact_query_terms`, ANDed); None without any."""
    if HAS_CJK.search(text):
        return None  # no inflection; the exact stream does not cut CJK apart (tantivy's rule)
    terms = exact_query_terms(script_fold(text), _EXACT_ANALYZER.analyze)
    return " & ".join(tsquery_literal(t) for t in terms) if terms else None


def stop_languages(node: Node) -> frozenset[Language]:
    """The languages in whose analysis the word or phrase ``node`` has no word kept
    (function words only): searched in the others only. Empty for a prefix or a filter."""
    if not isinstance(node, Word | Phrase) or (isinstance(node, Word) and node.prefix):
        return frozenset()
    return frozenset(lang for lang in LANGUAGES if not words_of(node.text, lang))


Sql = tuple[str, list[object]]
"""A piece of SQL and its parameters, in order."""


@dataclass(slots=True)
class TextQuery:
    """A word or phrase in each analysed language: ``chains`` maps a row's analysis
    (``chain``, :attr:`~veille.index.analysis.Language.code`) to the ``tsquery`` expression
    of the word in that analysis, ``folded`` the same language to the word's ``tsquery`` in
    its accent-blind stream of titles (``folded_tsv``). A row is matched only through its
    own analysis: ``fois`` (French ``fois``, English ``foi``) finds the English articles
    saying *foi*, never the French ones (the embedded index's rule, one field per language;
    PostgreSQL analysis 9); see :meth:`rank` for its score."""

    chains: dict[str, Sql] = field(default_factory=dict)
    folded: dict[str, Sql] = field(default_factory=dict)

    def match(self, column: str) -> Sql:
        """The condition that a row holds the word: in ``column`` (``tsv`` or
        ``title_tsv``) through its analysis, or in its accent-blind stream of titles."""
        parts: list[str] = []
        params: list[object] = []
        for code, (query, query_params) in self.chains.items():
            condition = f"{column} @@ ({query})"
            params.extend(query_params)
            if code in self.folded:
                stream, stream_params = self.folded[code]
                condition = f"({condition} OR folded_tsv @@ ({stream}))"
                params.extend(stream_params)
            parts.append(f"(chain = '{code}' AND {condition})")
        return ("(" + " OR ".join(parts) + ")" if parts else "FALSE"), params

    def every(self, extra: Sql | None = None) -> Sql:
        """Every language's ``tsquery`` of the word as one (``||``), and ``extra``: what
        its document frequency is counted by (the rows of any language holding any of its
        readings, one GIN scan: counted through each row's own analysis, the ``OR`` of
        the languages under the count's ``LIMIT`` was planned as a sequential scan, 80 ms
        against 1 ms for a rare word in 20,000 rows; an approximation, as the cap is)."""
        pieces = [*self.chains.values(), *([extra] if extra else [])]
        return (" || ".join(f"({query})" for query, _p in pieces),
                [p for _q, params in pieces for p in params])

    def rank(self, title_weight: float) -> Sql:
        """The word's score in a row it matched: ``ts_rank`` in the text plus
        ``title_weight`` times its rank in the title, or in the accent-blind stream of
        titles when that is better (tantivy's ``disjunction_max`` of the two fields).

        Ranked with every language's ``tsquery`` at once, as analysis 8 ranked: PostgreSQL
        divides an ``OR``'s rank by its number of terms, so a row ranked by its own
        language's query alone would score by how many spellings that language gives the
        word (French gives more), not by the word (test_language_length_norm)."""
        if not self.chains:
            return "0.0", []
        every, every_params = self.every()
        title = f"ts_rank(title_tsv, ({every}), 1)"
        params: list[object] = [*every_params]  # the text's, then the title's
        if not self.folded:
            params.extend(every_params)
        else:
            whens = []
            for code, stream in self.folded.items():
                query, query_params = self.every(stream)
                whens.append(f"WHEN '{code}' THEN GREATEST({title}, "
                             f"ts_rank(folded_tsv, ({query}), 1))")
                params.extend([*every_params, *query_params])
            title = f"(CASE chain {' '.join(whens)} ELSE {title} END)"
            params.extend(every_params)
        return f"(ts_rank(tsv, ({every}), 1) + {title_weight} * {title})", params


@dataclass(slots=True)
class Compiled:
    """A SQL condition with its parameters, and the :class:`TextQuery` of each word or
    phrase a result is expected to contain (for ranking); ``exact``: the ``tsquery`` text
    of each of those words as written (None: none), in the same order."""

    sql: str
    params: list[object] = field(default_factory=list)
    terms: list[TextQuery] = field(default_factory=list)
    exact: list[str | None] = field(default_factory=list)


def _daynum(value: datetime | None) -> int | None:
    return None if value is None else value.year * 10000 + value.month * 100 + value.day


Resolve = Callable[[list[Sql]], list[str]]
"""``tsquery`` expressions → their values as text, evaluated by the database once."""


class PgCompiler:
    """Turns query trees into SQL over the ``search_docs`` table.

    ``resolve``: evaluates a word's ``tsquery`` expressions once, in one round trip, so the
    query holds constants (``'…'::tsquery``): a ``to_tsquery`` call is *stable*, not
    immutable, so PostgreSQL would evaluate it again for every row it filters or ranks,
    and a word is read in four analyses (French, its accent-blind stream, English, any).
    Without it the expressions stay in the SQL (the same results)."""

    def __init__(self, resolve: Resolve | None = None) -> None:
        self.resolve = resolve
        self._seen: dict[tuple[str, str, bool], TextQuery | None] = {}

    def compile(self, node: Node) -> Compiled:
        self._seen = {}  # a word's TextQuery, once per compilation
        params: list[object] = []
        sql = self._node(node, params)
        terms = []
        exact: list[str | None] = []
        for term in positive_terms(node):
            query = self._text_query(term)
            if query is not None:
                terms.append(query)
                exact.append(None if isinstance(term, Word) and term.prefix
                             else exact_tsquery(term.text))
        return Compiled(sql or "TRUE", params, terms, exact)

    def _node(self, node: Node, params: list[object]) -> str | None:
        if isinstance(node, MatchAll):
            return "TRUE"
        if isinstance(node, Word | Phrase):
            query = self._text_query(node)
            if query is None:
                return None
            # Each language's reading in its own rows only; a language where the word is
            # only function words has none ("sur" is searched in Spanish, not French).
            sql, match_params = query.match("title_tsv" if node.field == "title" else "tsv")
            params.extend(match_params)
            written = exact_tsquery(node.text) if isinstance(node, Phrase) and len(
                node.text.split()) == 1 else None
            if written:  # a quoted word is that word as written (tantivy's rule)
                exact, exact_params = self.exact_query(written)
                params.extend(exact_params)
                sql = f"({sql} AND exact_tsv @@ {exact})"
            sql = self._with_written_singular(sql, node, params)
            return self._with_written_form(self._within_forms(sql, node, params), node,
                                           params)
        if isinstance(node, Filter):
            return self._filter(node, params)
        if isinstance(node, DateRange):
            parts = ["daynum > 0"]  # an undated article is in no date range
            if node.start is not None:
                parts.append("daynum >= %s")
                params.append(_daynum(node.start))
            if node.end is not None:
                parts.append("daynum < %s")
                params.append(_daynum(node.end))
            return " AND ".join(parts)
        if isinstance(node, And):
            return self._and(node.items, params)
        if isinstance(node, Or):
            subs = [s for s in (self._node(i, params) for i in node.items) if s is not None]
            return "(" + " OR ".join(subs) + ")" if subs else None
        inner = self._node(node.item, params)
        return None if inner is None else f"NOT ({inner})"

    def _with_written_singular(self, sql: str, node: Word | Phrase,
                               params: list[object]) -> str:
        """``sql`` or, for a plural whose singular is searched as written
        (:func:`~veille.index.analysis.written_singular`: ``conseillers``), that singular
        in ``exact_tsv`` of the rows of a language that reads plurals (tantivy's rule:
        :meth:`veille.index.tantivy_query.Compiler._with_written_singular`)."""
        if not isinstance(node, Word) or node.prefix or node.field is not None:
            return sql
        singular = written_singular(script_fold(node.text))
        terms = _EXACT_ANALYZER.analyze(singular)[:1] if singular else []
        codes = sorted(lang.code for lang in LANGUAGES
                       if lang.plurals and lang not in stop_languages(node))
        if not terms or not codes:
            return sql
        exact, exact_params = self.exact_query(tsquery_literal(terms[0]))
        params.extend(exact_params)
        params.append(codes)
        return f"({sql} OR (exact_tsv @@ {exact} AND chain = ANY(%s::text[])))"

    def _with_written_form(self, sql: str, node: Word | Phrase, params: list[object]) -> str:
        """``sql`` of a word searched in every field, or the rows writing the word as typed
        (``exact_tsv``, case and accents aside: ``Ales`` finds "Alès"); for a capitalised
        place name (:func:`~veille.index.place_words.named_place`: ``Gard``), those rows
        alone, in any field (tantivy's rule: :meth:`veille.index.tantivy_query.Compiler.
        _with_exact`)."""
        if not isinstance(node, Word) or node.prefix or WORD_RE.fullmatch(node.text) is None:
            return sql  # a word of parts (AT&T, 1,5, a compound) has its own rules
        place = named_place(script_fold(node.text))
        written = exact_tsquery(node.text) if place or node.field is None else None
        if not written:
            return sql
        exact, exact_params = self.exact_query(written)
        params.extend(exact_params)
        if place and node.field is not None:
            return f"({sql} AND exact_tsv @@ {exact})"
        if place:  # sql's parameters are already in params: kept, folded away by the planner
            return f"(({sql} OR TRUE) AND exact_tsv @@ {exact})"
        stops = sorted(lang.code for lang in stop_languages(node))
        if stops:  # "die": not by its written form in German rows either (tantivy's rule)
            params.append(stops)
            return f"({sql} OR (exact_tsv @@ {exact} AND chain <> ALL(%s::text[])))"
        return f"({sql} OR exact_tsv @@ {exact})"

    def _within_forms(self, sql: str, node: Word | Phrase, params: list[object]) -> str:
        """``sql`` or, for a word (or a phrase of one word and function words) whose
        Snowball term is another noun's
        (:func:`~veille.index.analysis.query_collision_forms`: ``boucher``, ``bouche``), ``sql``
        for the rows of a language that reads plurals (French) that write one of the
        word's forms in ``exact_tsv``, and the other rows as before (tantivy's rule:
        :meth:`veille.index.tantivy_query.Compiler._within_forms`)."""
        if (isinstance(node, Word) and node.prefix) or HAS_CJK.search(node.text):
            return sql
        forms = query_collision_forms(script_fold(node.text), _EXACT_ANALYZER.analyze)
        codes = sorted(lang.code for lang in LANGUAGES if lang.plurals)
        if not forms or not codes:
            return sql
        exact, exact_params = self.exact_query(" | ".join(tsquery_literal(f) for f in forms))
        params.extend(exact_params)
        params.append(codes)
        return f"({sql} AND (exact_tsv @@ {exact} OR chain <> ALL(%s::text[])))"

    def _and(self, items: Sequence[Node], params: list[object]) -> str | None:
        subs = []
        for item in items:
            sql = self._node(item, params)
            if sql is not None:
                subs.append(self._lenient(sql, item, items, params))
        return "(" + " AND ".join(subs) + ")" if subs else None

    def _lenient(self, sql: str, node: Node, others: Sequence[Node],
                 params: list[object]) -> str:
        """``sql`` of the word ``node``, or any article of a language in which it is a
        function word and another item of ``others`` is searched (tantivy's rule:
        :meth:`veille.index.tantivy_query.Compiler._lenient`)."""
        stops = stop_languages(node)
        if not stops:
            return sql
        searched = {lang.code for other in others if other is not node
                    and not isinstance(other, MatchAll | Not)
                    for lang in LANGUAGES if lang not in stop_languages(other)}
        codes = sorted(lang.code for lang in stops if lang.code in searched)
        if not codes:
            return sql
        params.append(codes)
        return f"({sql} OR chain = ANY(%s::text[]))"

    def exact_query(self, text: str) -> Sql:
        """The ``tsquery`` of ``text``, the words as written (:func:`exact_tsquery`), in
        ``exact_tsv``'s configuration: a constant when the compiler can resolve it."""
        query: Sql = ("to_tsquery('veille_terms', %s)", [text])
        if self.resolve is None:
            return query
        value: list[object] = [*self.resolve([query])]
        return "%s::tsquery", value

    def _text_query(self, node: Word | Phrase) -> TextQuery | None:
        """The ``tsquery`` of a word or phrase in each language (None: only function
        words, not searched at all, as in the tantivy backend), with its expressions
        evaluated once when the compiler can (:attr:`resolve`)."""
        key = (type(node).__name__, node.text, isinstance(node, Word) and node.prefix)
        if key in self._seen:
            return self._seen[key]
        query = self._unresolved(node)
        if query is not None and self.resolve is not None:
            pieces = [*query.chains.items(), *query.folded.items()]
            values = self.resolve([sql for _code, sql in pieces])
            constants: list[tuple[str, Sql]] = [
                (code, ("%s::tsquery", [value]))
                for (code, _sql), value in zip(pieces, values, strict=True)]
            query = TextQuery(dict(constants[:len(query.chains)]),
                              dict(constants[len(query.chains):]))
        self._seen[key] = query
        return query

    def _unresolved(self, node: Word | Phrase) -> TextQuery | None:
        if (folded := script_fold(node.text)) != node.text:
            node = dataclasses.replace(node, text=folded)  # digits, Greek, Arabic, İ
        out = TextQuery()
        if isinstance(node, Word) and node.prefix:
            # Terms starting with the prefix, or the prefix's own stem in each language
            # ("gouvernement*" → 'gouvern'), as the tantivy backend does.
            stem = fold("".join(c for c in node.text if c.isalnum()))
            for lang in LANGUAGES:
                parts: list[str] = ["%s::tsquery"]
                params: list[object] = [tsquery_literal(stem, prefix=True)]
                if stem and fold(stem) not in _DROPPED[lang.code]:
                    parts.append(f"plainto_tsquery('{CONFIGS[lang.code]}', %s)")
                    params.append(normalize(stem, lang, joined=False))
                out.chains[lang.code] = ("(" + " || ".join(parts) + ")", params)
                if lang.code in _STREAMS:
                    parts, params = ["%s::tsquery"], [params[0]]
                    if own := _STREAMS[lang.code].analyze(stem)[:1]:
                        parts.append("%s::tsquery")
                        params.append(tsquery_literal(own[0]))
                    out.folded[lang.code] = ("(" + " || ".join(parts) + ")", params)
            return out
        stops = stop_languages(node)
        if len(stops) == len(LANGUAGES):
            return None  # function words in every language: not searched (tantivy's rule)
        # A phrase's numbers written grouped or joined either way (``10000`` finds
        # ``10.000``); a word's grouped number is found by its joined form below.
        spellings = [node.text] if isinstance(node, Word) else number_spellings(node.text)
        joined = joined_word(node.text) if isinstance(node, Word) else None
        if isinstance(node, Word) and ampersand_word(node.text):
            spellings = []  # AT&T: its joined form alone, never its parts "at", "t"
        for lang in LANGUAGES:
            if lang in stops:
                continue  # "sur" is searched in Spanish, not French (newuser12c W22)
            query = self._in_language(lang, spellings, joined)
            if query is None:
                continue
            out.chains[lang.code] = query
            if lang.code in _STREAMS:
                stream = self._in_stream(lang, spellings, joined)
                if stream is not None:
                    out.folded[lang.code] = stream
        return out

    def _in_language(self, lang: Language, spellings: list[str],
                     joined: str | None) -> Sql | None:
        """The ``tsquery`` of ``spellings`` (or the ``joined`` form of a word of several
        parts) in ``lang``'s analysis; None when none of it is kept."""
        config = CONFIGS[lang.code]
        parts: list[str] = []
        params: list[object] = []
        for spelling in spellings:
            if in_python(lang):
                query = analysed_tsquery(spelling, lang)
                if query is not None:
                    parts.append(f"to_tsquery('{config}', %s)")
                    params.append(query)
                continue
            forms = forms_tsquery(spelling, lang)
            if forms is not None:  # قاهره: also القاهره, بالقاهره... (inflections.py)
                parts.append(f"to_tsquery('{config}', %s)")
                params.append(forms)
                continue
            parts.append(f"phraseto_tsquery('{config}', %s)")
            params.append(normalize(spelling, lang, joined=False))
        if joined and in_python(lang):
            term = _ANALYZERS[lang.code].analyze(joined)[:1]
            if term:
                parts.append(f"to_tsquery('{config}', %s)")
                params.append(tsquery_literal(term[0]))
        elif joined and fold(joined) not in _DROPPED[lang.code]:
            parts.append(f"plainto_tsquery('{config}', %s)")
            params.append(joined)
        return (" || ".join(parts), params) if parts else None

    def _in_stream(self, lang: Language, spellings: list[str],
                   joined: str | None) -> Sql | None:
        """The ``tsquery`` of ``spellings`` (or ``joined``) in ``lang``'s accent-blind stream
        of titles (:func:`folded_title`); None when none of it is kept."""
        parts: list[str] = []
        params: list[object] = []
        for spelling in spellings:
            query = analysed_tsquery(spelling, lang, folded=True)
            if query is not None:
                parts.append("to_tsquery('veille_terms', %s)")
                params.append(query)
        if joined and (term := _STREAMS[lang.code].analyze(joined)[:1]):
            parts.append("to_tsquery('veille_terms', %s)")
            params.append(tsquery_literal(term[0]))
        return (" || ".join(parts), params) if parts else None

    def _filter(self, node: Filter, params: list[object]) -> str:
        if node.field in ("entity", "place"):
            from veille.enrich.aliases import search_terms

            params.append(search_terms(node.value))
            return f"{ENRICHMENT_COLUMNS[node.field]} && %s::text[]"
        if node.field == "lang":
            params.append(node.value[:2])
            return "lang = %s"
        if node.field == "author":
            params.append([query_term(node.value) or ""])
            return "authors && %s::text[]"
        value = node.value
        if not re.fullmatch(r"[\w.\-]+", value):  # a name, not a host: that exact name
            pattern = name_pattern(value)  # any case, accents, a domain suffix (F11)
            if pattern is not None:
                params.extend((value, anchored(pattern), anchored(pattern)))
                return "(source_key = %s OR source_key ~ %s OR site_key ~ %s)"
            if not value:  # source:"": no known source, whatever the page declares (A4)
                params.append(value)
                return "source_key = %s"
            params.extend((value, value))
            return "(source_key = %s OR site_key = %s)"
        # the host of the article's URL too (t-reader22 R3: a declared source name hid
        # it), read from the stored URL as the embedded index's ``source_key`` holds it
        pattern = re.escape(value.lower())
        params.extend((r"^(.*\.)?" + re.escape(value) + r"(\..*)?$", value,
                       r"^[a-z][a-z0-9+.\-]*://([^/?#@]*@)?([^/?#:]*\.)?" + pattern +
                       r"(\.[^/?#:]*)?(:[0-9]*)?([/?#]|$)"))
        named = name_pattern(value, host_like=True)
        if named is not None:  # "source:liberation" of "Libération" (F11)
            params.append(anchored(named))
            return "(source_key ~ %s OR site_key = %s OR lower(url) ~ %s OR site_key ~ %s)"
        return "(source_key ~ %s OR site_key = %s OR lower(url) ~ %s)"

