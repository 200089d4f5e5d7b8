"""Compile a parsed query (:mod:`veille.index.query`) into a tantivy query.

A word is searched in every language's fields at once, each analysed with that
language's analyzer, so a French query finds English articles too (and the other way
round). A word that splits into several tokens (``anti-jihadistes``, ``Etats-Unis``) is
searched as a phrase of its parts *or* as its joined form, which is how hyphenated and
joined spellings find each other (the index holds the joined forms too). A language with an
accent-blind stream of titles (French, :data:`~veille.index.analysis.FOLDED_STREAMS`) has its
titles searched in it too, with its own analysis (the better of the two scores): a headline
typed without accents is found by accented words and the reverse, phrases included. In a
phrase, each word also matches at its position the terms of its family written without
accents (:func:`~veille.index.analysis.unaccented_terms`), so that phrases find bodies written
without accents too (the accents put back at index time are not at the word's position).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import datetime

from tantivy import FieldType, Occur, Query, Schema

from veille.index.analysis import (
    FOLDED_STREAMS,
    HAS_CJK,
    WORD_RE,
    Language,
    ampersand_word,
    exact_query_terms,
    fold,
    joined_word,
    number_spellings,
    query_collision_forms,
    word_re,
    written_singular,
)
from veille.index.authors import query_term
from veille.index.facet_cache import Lru
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
)
from veille.index.scripts import script_fold
from veille.index.source_names import name_pattern

EXACT_BOOST = 1.0
"""The weight of a query word's match in the ``exact_<code>`` fields (its unstemmed form,
index format 14) added to its stemmed match: an article that writes the word as typed
("Solidaris") scores above one that only shares its stem ("solidarité"); the stemmed
score is still counted (newuser9 R23). A word searched in every field also matches by its
written form alone (:meth:`Compiler._with_exact`, t-final56 A6)."""
TITLE_BOOST = 1.0
"""A title match already weighs more than a body match (its own, short field); more boost
made rpm2 relevance worse (see docs/benchmarks.md)."""
REGEX_CACHE_SIZE = 32
"""``source:`` filters' regex queries kept per compiler (:meth:`Compiler._regex`). Each
holds its automaton, ~0.2–0.45 MB (a host's pattern, with its optional subdomain and
suffix, the most): ~14 MB at most. A prefix word's queries (one automaton per field, ~0.7 MB
a word) are not kept, nor kept inside a kept word (:func:`_kept_leaf`)."""
LEAF_CACHE_SIZE = 4096
"""Words, phrases and filters whose compiled query is kept per compiler (:meth:`Compiler.
_node`): compiling a word reads it with each language's analyzer and builds its fields'
queries (~0.1 ms, a phrase ~0.5 ms), and the words of queries recur from one to the next.
~2–4 KB each (measured: 1,000 words and ANDs 4 MB, 400 phrases 1.4 MB)."""


def _kept_leaf(node: Node) -> bool:
    """Whether :meth:`Compiler._node` keeps ``node``'s query: a word, a phrase or a filter,
    except those whose query holds a regex automaton (a prefix word, a ``source:`` filter:
    ~0.5 MB each), which would outgrow :data:`REGEX_CACHE_SIZE`'s bound."""
    if isinstance(node, Word):
        return not node.prefix
    if isinstance(node, Filter):
        return node.field != "source"
    return isinstance(node, Phrase)
Analyze = Callable[[str, Language], list[str]]
Exact = Callable[[str], list[str]]
"""A query word → its terms in the ``exact_<code>`` fields
(:data:`~veille.index.analysis.EXACT`)."""
Spellings = Callable[[str, Language], frozenset[str]]
"""A phrase word → the terms it matches at its position (own term first or not: a set)."""


def prefix_pattern(text: str, lang: Language, analyze: Analyze) -> str:
    """The index terms a prefix query ``text*`` matches in ``lang``'s stemmed fields: every
    term starting with the folded prefix ("jihad*": "jihad", "jihadist"), and the prefix's
    own stem when the prefix is a whole word that stemming cuts shorter ("gouvernement*":
    "gouvern", the stem of "gouvernement" itself). Without the stem, a prefix longer than
    its word's stem found nothing ("Obama*", "élection*": fresh user nu3, F-k); with it,
    ``w*`` finds whatever ``w`` finds, plus the longer words."""
    folded = fold("".join(c for c in text if c.isalnum()))
    stems = {t for t in analyze(folded, lang) if t and t != folded} if folded else set()
    return "|".join([re.escape(folded) + ".*", *sorted(re.escape(t) for t in stems)])


_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
"""One hyphenated word of letters ("Aix-en-Provence", "Saint-Jean-de-Luz")."""


def _positioned(text: str, lang: Language, analyze: Analyze) -> list[str | tuple[int, str]]:
    """Tokens of ``text`` with their word positions (gaps where elisions were dropped)."""
    out: list[tuple[int, str]] = []
    for position, match in enumerate(word_re(lang).finditer(text)):
        tokens = analyze(match.group(), lang)
        if tokens:
            out.append((position, tokens[0]))
    if out:
        first = out[0][0]
        out = [(p - first, t) for p, t in out]
    return list(out)


def _daynum(value: datetime | None) -> int | None:
    return None if value is None else value.year * 10000 + value.month * 100 + value.day


def _text(token: str | tuple[int, str]) -> str:
    return token if isinstance(token, str) else token[1]


class Compiler:
    """Turns query trees into tantivy queries for one schema and set of languages."""

    def __init__(self, schema: Schema, languages: Sequence[Language], analyze: Analyze,
                 spellings: Spellings | None = None, exact: Exact | None = None,
                 readings: Spellings | None = None) -> None:
        """``spellings``: the terms a word of a phrase matches at its position
        (:func:`veille.index.analysis.unaccented_terms`); without it, only its own term.
        ``exact``: a word's terms in the ``exact_<code>`` fields; without it, no exact
        forms. ``readings``: the terms a single word matches besides its own
        (:func:`veille.index.analysis.reading_terms`: ``salarie`` is ``salarié`` too)."""
        self.schema = schema
        self.languages = languages
        self.analyze = analyze
        self.spellings = spellings
        self.exact = exact
        self.readings = readings
        self._stops: dict[str, frozenset[Language]] = {}
        """:meth:`stop_languages` of each word seen (an AND asks it of every other item)."""
        self._regexes: Lru[Query] = Lru(REGEX_CACHE_SIZE)
        """Each regex query built, by field and pattern (:meth:`_regex`)."""
        self._leaves: Lru[tuple[Query | None]] = Lru(LEAF_CACHE_SIZE)
        """The query of each word, phrase and filter compiled (:meth:`_node`)."""

    def _regex(self, field: str, pattern: str) -> Query:
        """The regex query of ``pattern`` on ``field``, built once per pattern: tantivy
        builds its automaton when the query is made (~4.5 ms for a ``source:`` filter's
        pattern, 10 times the whole query's other parts), and nothing in it depends on the
        index, so it is shared by every query that names the same source
        (:data:`REGEX_CACHE_SIZE`, r-search50)."""
        key = (field, pattern)
        found = self._regexes.get(key)
        if found is None:
            found = Query.regex_query(self.schema, field, pattern)
            self._regexes.put(key, found)
        return found

    def _exact(self, text: str, skip: frozenset[Language] = frozenset()) -> Query | None:
        """``text``'s words as written, in the ``exact_<code>`` fields: one term for one word
        (a word of several parts, "anti-jihadistes", "presqu'île": its joined form, indexed
        for every compound), every word's term for several; None without any."""
        if self.exact is None or HAS_CJK.search(text):
            return None  # CJK: no inflection, and the exact stream does not cut it apart
        terms = exact_query_terms(text, self.exact)
        if not terms:
            return None
        per_language = []
        for lang in self.languages:  # an article's words are in its language's field
            if lang in skip:
                continue
            queries = [Query.term_query(self.schema, f"exact_{lang.code}", t) for t in terms]
            per_language.append(queries[0] if len(queries) == 1 else Query.boolean_query(
                [(Occur.Must, q) for q in queries]))
        if not per_language:
            return None
        return per_language[0] if len(per_language) == 1 else Query.boolean_query(
            [(Occur.Should, q) for q in per_language])

    def written_terms(self, word: str) -> list[tuple[str, str]] | None:
        """The ``(field, term)`` pairs of ``word`` as written: its term in the exact stream
        (:meth:`_exact`, case and accents aside, as a quoted word requires it) in the
        ``exact_<code>`` field of each language where it is no function word
        (:meth:`stop_languages`; none when it is one in all, as such a search counts
        nothing). An article is in one language: the articles writing the word are the
        sum of these terms' document frequencies. None when the word has no single
        written term (CJK, no exact fields, a word of several terms)."""
        text = script_fold(word)
        if self.exact is None or HAS_CJK.search(text):
            return None
        terms = exact_query_terms(text, self.exact)
        if len(terms) != 1:
            return None
        stops = self.stop_languages(Phrase(text))
        return [(f"exact_{lang.code}", terms[0]) for lang in self.languages
                if lang not in stops]

    def _with_exact(self, query: Query | None, text: str, *, required: bool,
                    alternative: bool = False,
                    skip: frozenset[Language] = frozenset()) -> Query | None:
        """``query`` with the exact form of ``text`` (:meth:`_exact`) added: as a bonus
        (:data:`EXACT_BOOST`, the matches unchanged), or ``required`` (a quoted word, a
        place's name: :func:`~veille.index.place_words.named_place`).

        ``alternative`` (a word searched in every field): the exact form also matches on
        its own, so an article writing the word as typed, case and accents aside, is
        always found, whatever the stemmer makes of either spelling (t-final56 A6:
        ``Ales`` is ``ale`` to Snowball French, "Alès" ``ales``; ``électricite``
        ``electricit``, "électricité" ``electr``). A required exact form then needs
        ``query`` no more (an article in capitals writes "ALES", stemmed ``ale``).

        ``skip``: the languages where the word is a function word (``die`` in German), whose
        articles its written form neither finds nor ranks, as its stems do not (the
        ``exact`` stream keeps every word but French and English function words); a place's
        required name is sought in every language."""
        if query is None:
            return None
        exact = self._exact(text, frozenset() if required else skip)
        if query is None or exact is None:
            return query
        if required:
            return Query.boolean_query([(Occur.Should if alternative else Occur.Must, query),
                                        (Occur.Must, exact)])
        bonus = exact if EXACT_BOOST == 1.0 else Query.boost_query(exact, EXACT_BOOST)
        return Query.boolean_query([(Occur.Should if alternative else Occur.Must, query),
                                    (Occur.Should, bonus)])

    def compile(self, node: Node) -> Query:
        query = self.compile_or_none(node)
        return query if query is not None else Query.all_query()

    def compile_or_none(self, node: Node) -> Query | None:
        """The query, or ``None`` when it matches every article (an empty query, or
        function words only), which lets callers share what they computed for all."""
        return None if isinstance(node, MatchAll) else self._node(node)

    def _node(self, node: Node) -> Query | None:
        if _kept_leaf(node):
            # A word's, a phrase's or a filter's query depends on it alone (an And wraps
            # it for its context after, :meth:`_lenient`): kept, so a word compiled for one
            # query is not compiled again for the next that holds it (r-search50).
            kept = self._leaves.get(node)
            if kept is None:
                kept = (self._leaf(node),)
                self._leaves.put(node, kept)
            return kept[0]
        return self._leaf(node)

    def _leaf(self, node: Node) -> Query | None:
        if isinstance(node, MatchAll):
            return Query.all_query()
        if isinstance(node, Word | Phrase) and (folded := script_fold(node.text)) != node.text:
            node = dataclasses.replace(node, text=folded)  # digits, Greek, Arabic, İ
        if isinstance(node, Word):
            return self._word(node)
        if isinstance(node, Phrase):
            stops = self.stop_languages(node)
            if len(stops) == len(self.languages):
                return None  # only function words (see _word)
            phrase = self._any_field(node.field,
                                     lambda f, lang: self._phrase(f, node.text, lang), skip=stops)
            # A quoted word is that word as written ('"Solidaris"' is no "solidarité"); a
            # phrase of several keeps its stemmed positions, its words as written ranked
            # first (the exact field has no positions).
            phrase = self._within_forms(phrase, node)
            return self._with_exact(phrase, node.text, required=len(node.text.split()) == 1)
        if isinstance(node, Filter):
            return self._filter(node)
        if isinstance(node, DateRange):
            return Query.range_query(self.schema, "daynum", FieldType.Integer,
                                     _daynum(node.start), _daynum(node.end),
                                     include_upper=node.end is None)
        if isinstance(node, And):
            return self._and(node.items)
        if isinstance(node, Or):
            subs = [q for q in (self._node(item) for item in node.items) if q is not None]
            if not subs:
                return None
            return subs[0] if len(subs) == 1 else Query.boolean_query(
                [(Occur.Should, q) for q in subs])
        inner = self._node(node.item)
        if inner is None:
            return None
        return Query.boolean_query([(Occur.Must, Query.all_query()), (Occur.MustNot, inner)])

    def stop_languages(self, node: Node) -> frozenset[Language]:
        """The languages in whose analysis the word ``node`` is only function words ("sur"
        in French, not in Spanish): it is searched in the others' fields only, and is not
        required of those languages' articles when another word of the query is searched
        in them (:meth:`_and`). Empty for anything but a word or phrase."""
        if not isinstance(node, Word | Phrase) or (isinstance(node, Word) and node.prefix):
            return frozenset()
        found = self._stops.get(node.text)
        if found is None:
            text = script_fold(node.text)
            found = frozenset(lang for lang in self.languages
                              if not _positioned(text, lang, self.analyze))
            if len(self._stops) > 4096:
                self._stops.clear()
            self._stops[node.text] = found
        return found

    def _searched_in(self, node: Node) -> frozenset[Language]:
        """The languages whose articles the positive item ``node`` of an ``And`` narrows:
        all for a filter or a date (``le date:2012`` is every article of 2012, as before),
        those where a word is searched for a word, none for a negation."""
        if isinstance(node, MatchAll | Not):
            return frozenset()
        return frozenset(self.languages) - self.stop_languages(node)

    def _lenient(self, query: Query, node: Node, others: Sequence[Node]) -> Query:
        """``query`` of the word ``node``, or any article of a language in which it is a
        function word and some other item of ``others`` is searched (no score)."""
        stops = self.stop_languages(node)
        if not stops:
            return query
        searched = frozenset().union(*(self._searched_in(other) for other in others
                                       if other is not node))
        groups = sorted(self.languages.index(lang) for lang in stops & searched)
        if not groups:
            return query
        language = Query.boolean_query([(Occur.Should, Query.range_query(
            self.schema, "lang_group", FieldType.Integer, group, group)) for group in groups])
        return Query.boolean_query([(Occur.Should, query), (
            Occur.Should, Query.const_score_query(language, 0.0))])

    def _and(self, items: Sequence[Node]) -> Query | None:
        clauses: list[tuple[Occur, Query]] = []
        for item in items:
            if isinstance(item, Not):
                inner = self._node(item.item)
                if inner is not None:
                    clauses.append((Occur.MustNot, inner))
            else:
                query = self._node(item)
                if query is not None:
                    clauses.append((Occur.Must, self._lenient(query, item, items)))
        if not any(occur == Occur.Must for occur, _ in clauses):
            if not clauses:
                return None
            clauses.append((Occur.Must, Query.all_query()))
        return clauses[0][1] if len(clauses) == 1 else Query.boolean_query(clauses)

    def _fields(self, field: str | None, lang: Language) -> list[tuple[str, float]]:
        title = (f"title_{lang.code}", TITLE_BOOST)
        return [title] if field == "title" else [title, (f"body_{lang.code}", 1.0)]

    def _any_field(self, field: str | None, build: Callable[[str, Language], Query | None],
                   skip: frozenset[Language] = frozenset()) -> Query | None:
        subs: list[Query] = []
        for lang in self.languages:
            if lang in skip:
                continue
            folded = FOLDED_STREAMS.get(lang.code)
            for name, boost in self._fields(field, lang):
                query = build(name, lang)
                if folded is not None and name.startswith("title_"):
                    # The accent-blind stream of titles matches what the title field
                    # matches and more: the best of the two, not their sum, so an accented
                    # title does not count its words twice.
                    other = build(f"title_{folded.code}", folded)
                    both = [q for q in (query, other) if q is not None]
                    query = (Query.disjunction_max_query(both) if len(both) > 1
                             else both[0] if both else None)
                if query is not None:
                    subs.append(query if boost == 1.0 else Query.boost_query(query, boost))
        if not subs:
            return None
        return subs[0] if len(subs) == 1 else Query.boolean_query(
            [(Occur.Should, q) for q in subs])

    def _phrase(self, field: str, text: str, lang: Language) -> Query | None:
        """The phrase ``text``, its numbers written grouped or joined either way
        (:func:`~veille.index.analysis.number_spellings`: ``10000`` finds ``10.000``)."""
        subs = [q for q in (self._one_phrase(field, variant, lang)
                            for variant in number_spellings(text)) if q is not None]
        if len(subs) < 2:
            return subs[0] if subs else None
        return Query.boolean_query([(Occur.Should, q) for q in subs])

    def _one_phrase(self, field: str, text: str, lang: Language) -> Query | None:
        tokens = _positioned(text, lang, self.analyze)
        if not tokens:
            return None
        if len(tokens) == 1:
            return self._single(field, text, lang, _text(tokens[0]))
        compound = self._gapped_compound(field, text, lang, tokens)
        return compound or self._phrase_query(field, text, lang, tokens)

    def _single(self, field: str, text: str, lang: Language, term: str) -> Query:
        """The one word ``text`` (of ``term``) in ``field``: its term, or any of it and its
        other readings (:attr:`readings`: ``salarie`` is searched as ``salarié`` too)."""
        own = Query.term_query(self.schema, field, term)
        others = sorted(self.readings(text, lang) - {term}) if self.readings else []
        if not others:
            return own
        return Query.boolean_query([(Occur.Should, own)] + [
            (Occur.Should, Query.term_query(self.schema, field, t)) for t in others])

    def _gapped_compound(self, field: str, text: str, lang: Language,
                         tokens: list[str | tuple[int, str]]) -> Query | None:
        """A hyphenated name with a part the analysis drops ("Aix-en-Provence": "en") as its
        joined form alone (``aixenprovence``, indexed for every compound): the phrase of its
        kept parts has a hole any word fills, so "Aix-Marseille-Provence" matched it, and
        first (newuser9 R18). None for any other text."""
        if not _HYPHENATED.fullmatch(text.strip()):
            return None
        positions = [token[0] for token in tokens if isinstance(token, tuple)]
        if all(b - a == 1 for a, b in zip(positions, positions[1:], strict=False)):
            return None
        whole = joined_word(text.strip())
        joined = self.analyze(whole, lang) if whole else []
        return Query.term_query(self.schema, field, joined[0]) if joined else None

    def _phrase_query(self, field: str, text: str, lang: Language,
                      tokens: list[str | tuple[int, str]]) -> Query:
        """The phrase of ``tokens`` (the words of ``text``), each word matching any of its
        :attr:`spellings` at its position: a phrase typed with accents finds it written
        without them, and the reverse, as single words do (the accents put back at index
        time are not at the word's position)."""
        if self.spellings is None:
            return Query.phrase_query(self.schema, field, tokens)
        words = [match.group() for match in word_re(lang).finditer(text)]
        first = next(p for p, match in enumerate(word_re(lang).finditer(text))
                     if self.analyze(match.group(), lang))
        alternatives: list[str | tuple[int, str]] = []
        for token in tokens:
            position, term = token if isinstance(token, tuple) else (0, token)
            terms = sorted(self.spellings(words[first + position], lang) | {term})
            alternatives.append((position, "|".join(re.escape(t) for t in terms)))
        if all("|" not in _text(pattern) for pattern in alternatives):
            return Query.phrase_query(self.schema, field, tokens)
        return Query.regex_phrase_query(self.schema, field, alternatives)

    def _word(self, word: Word) -> Query | None:
        if word.prefix:
            return self._any_field(word.field, lambda f, lang: Query.regex_query(
                self.schema, f, prefix_pattern(word.text, lang, self.analyze)))
        stops = self.stop_languages(word)
        if len(stops) == len(self.languages):
            return None  # function words in every language: not searched at all
        # A function word in some languages ("sur" in French, "the" in English) is searched
        # in the others only: "Corea del Sur" is found by "Sur" (newuser12c W22). Of the
        # languages where it is one, an And does not require it (:meth:`_lenient`).
        found = self._any_field(word.field, lambda f, lang: self._word_in(f, word.text, lang),
                                skip=stops)
        found = self._with_written_singular(found, word, stops)
        found = self._within_forms(found, word)
        # A capitalised place name as written (Gard, not "garde"); any other word also by
        # its written form, accents aside (Ales finds "Alès"): index/place_words.py.
        # Only a word of one run of letters or digits: a word of parts (AT&T, 1,5, a
        # compound) has its own rules, and its parts' written forms no position.
        return self._with_exact(found, word.text, required=named_place(word.text),
                                alternative=word.field is None
                                and WORD_RE.fullmatch(word.text) is not None, skip=stops)

    def _within_forms(self, query: Query | None, word: Word | Phrase) -> Query | None:
        """``query`` or, for a word (or a phrase of one word and function words) whose
        Snowball term is another noun's
        (:func:`~veille.index.analysis.query_collision_forms`: ``boucher`` and ``bouche``),
        ``query`` matched only by the articles of a language that reads plurals (French)
        that write one of the word's forms in their ``exact_<code>`` field, and by the
        other languages' articles as before. The gate adds no score (ranking unchanged)."""
        french = [lang for lang in self.languages if lang.plurals]
        if query is None or self.exact is None or not french or HAS_CJK.search(word.text):
            return query
        forms = query_collision_forms(script_fold(word.text), self.exact)
        if forms is None:
            return query
        gate: list[tuple[Occur, Query]] = [
            (Occur.Should, Query.term_query(self.schema, f"exact_{lang.code}", form))
            for lang in french for form in forms]
        gate += [(Occur.Should, Query.range_query(self.schema, "lang_group", FieldType.Integer,
                                                  group, group))
                 for group, lang in enumerate(self.languages) if not lang.plurals]
        return Query.boolean_query([(Occur.Must, query), (Occur.Must, Query.const_score_query(
            Query.boolean_query(gate), 0.0))])

    def _with_written_singular(self, query: Query | None, word: Word,
                               stops: frozenset[Language]) -> Query | None:
        """``query`` or, for a plural whose singular is searched as written
        (:func:`~veille.index.analysis.written_singular`: ``conseillers``), that singular
        in the ``exact_<code>`` field of each language that reads plurals (not in a
        ``title:`` search: the exact stream holds titles and bodies together)."""
        singular = written_singular(script_fold(word.text))
        if query is None or singular is None or word.field is not None or self.exact is None:
            return query
        terms = self.exact(singular)[:1]
        extra = [Query.term_query(self.schema, f"exact_{lang.code}", terms[0])
                 for lang in self.languages if lang.plurals and lang not in stops and terms]
        if not extra:
            return query
        return Query.boolean_query([(Occur.Should, q) for q in (query, *extra)])

    def _word_in(self, field: str, text: str, lang: Language) -> Query | None:
        if ampersand_word(text):  # AT&T: its joined form, never its parts "at", "t"
            joined = self.analyze(text.replace("&", ""), lang)
            return Query.term_query(self.schema, field, joined[0]) if joined else None
        tokens = _positioned(text, lang, self.analyze)
        if not tokens:
            return None
        if len(tokens) == 1:
            return self._single(field, text, lang, _text(tokens[0]))
        compound = self._gapped_compound(field, text, lang, tokens)
        if compound is not None:
            return compound
        phrase = self._phrase_query(field, text, lang, tokens)
        whole = joined_word(text)
        joined = self.analyze(whole, lang) if whole else []
        if not joined:
            return phrase
        term = Query.term_query(self.schema, field, joined[0])
        return Query.boolean_query([(Occur.Should, phrase), (Occur.Should, term)])

    def _filter(self, node: Filter) -> Query:
        if node.field in ("entity", "place"):
            from veille.enrich.aliases import search_terms

            terms = search_terms(node.value)
            return Query.boolean_query([(Occur.Should, Query.term_query(
                self.schema, node.field, term)) for term in terms])
        if node.field == "lang":
            return Query.term_query(self.schema, "lang", node.value[:2])
        if node.field == "author":
            # No term (a value without a word, which the parser drops): nothing matches.
            return Query.term_query(self.schema, "author", query_term(node.value) or "")
        value = node.value
        host_like = bool(re.fullmatch(r"[\w.\-]+", value))
        exact = Query.term_query(self.schema, "source_key", value)
        pattern = name_pattern(value, host_like=host_like)
        if pattern is None:
            # a name, not a host ("var matin & <i>nice</i>"): that exact name (S10)
            return exact
        # any case, accents, a domain suffix or none ("Le Monde" of "Le Monde.fr", F11)
        return Query.boolean_query([(Occur.Should, exact),
                                    (Occur.Should, self._regex("source_key", pattern))])
