"""One event's stories in other languages: a link between stories, never a merge.

The clustering (:mod:`veille.dedup.stories`) compares words, so Reuters' English and la
Repubblica's Italian articles on a French rail strike mostly open stories of their own.
This module links such stories on evidence that does not depend on the language
(issue #14, r-coverage60; docs/dedup.md, *One event in other languages*):

- **names** resolved by enrichment to one id whatever the language (``per:clement-vasseur``,
  ``Q90`` for Paris/Parigi/Beyrouth's ``Q3820``; the alias table's ids): a person or an
  organisation weighs 1, a town 1, a capital, a region or a thing 0.5, a country 0 (two
  events of one week share a country all the time); news agencies weigh nothing;
- **figures** written in the text (``1 200``, ``1,200`` and ``1.200`` are one figure;
  ``5,4`` and ``5.4`` too; ``8 %`` and ``8 per cent``): a percentage, a decimal or a whole
  number from 32 on weighs 1 (years are left out), a smaller one 0.5 (it is often a
  day of the month); at most 2 in all;
- **days** the texts mention (enrichment's resolved dates): 0.5 at most;
- **speakers** quoted in both (the quote's resolved speaker id): 0.5 each;
- **kinds of event** (:func:`veille.dedup.event_kinds.event_kinds`, with the strike,
  earthquake, fire... words of the languages its lexicon lacks, :data:`KIND_WORDS`): a
  shared kind adds 0.5; two stories naming kinds of event that differ (a footbridge
  opened, a fire) are never linked, whatever they share.

Two stories are linked when their main languages differ, their times are at most
:data:`WINDOW` apart, they share at least one name of weight 1 (or, sharing only a
capital or a region, facts weighing :data:`STRONG_FACTS`), facts besides names
(figures, days, speakers, a kind) weigh at least :data:`MIN_FACTS`, and everything weighs at
least :data:`THRESHOLD`. The bar is conservative on purpose: a minister or a country
shared by two events of one week weighs 1 or nothing, under the bar
(``bench/data/heldout/r-coverage60``'s hard negatives).

The relation is computed when read, from the stories' current members and their stored
enrichment: it holds no state of its own, so it is never behind the store's change log
(enrichment, which it reads, follows the log and catches up after a crash) and a
re-clustering, a merge or a correction by hand changes it at the next read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from veille.dedup.event_kinds import event_kinds
from veille.dedup.number_words import spelled
from veille.dedup.published_order import latest_published, published_before
from veille.extract.textshape import fold

if TYPE_CHECKING:
    from veille.store.base import StoryArticle
    from veille.store.sqlite import SQLiteStore

WINDOW = timedelta(days=3)
"""Two stories further apart than this (from one's last article to the other's first) are
never one event."""

THRESHOLD = 3.0
"""The least total weight of a link (names, figures, days, speakers, kind)."""

MIN_FACTS = 1.0
"""The least weight of what is not a name: two events of one week may share two names."""

STRONG_FACTS = 2.5
"""The facts that anchor a link whose shared names all weigh under 1 (a capital, a
region): most figures, a day and a kind."""

MAX_FIGURES = 2.0
"""The most the shared figures weigh."""

MAX_DAYS = 0.5
"""The most the shared days weigh."""

KIND_WEIGHT = 0.5
"""What a shared kind of event adds."""

SPEAKER_WEIGHT = 0.5
"""What a person quoted in both adds (besides the name)."""

MAX_ARTICLES = 6
"""The story's own articles read for figures and kinds (the first ones, copies apart)."""

MAX_CANDIDATES = 50
"""The stories sharing a name that are compared, those sharing the most weight of names
first."""

AGENCIES = frozenset((
    "afp", "agence france-presse", "agence france presse", "reuters", "ap",
    "associated press", "ansa", "dpa", "efe", "lusa", "tass", "ria novosti", "xinhua",
    "anadolu", "belga", "ats", "apa", "europa press", "bloomberg",
))
"""Folded names of news agencies: named in every dispatch they send, they tell no event."""

PLACE_WEIGHTS = {"country": 0.0, "continent": 0.0, "capital": 0.5, "region": 0.5,
                 "department": 0.5, "state": 0.5}
"""A place's weight by its kind; any other kind (a town, a district) weighs 1."""

LABEL_WEIGHTS = {"PER": 1.0, "ORG": 1.0, "MISC": 0.5, "LOC": 0.5}
"""An entity's weight by its label when it is no resolved place."""

KIND_WORDS: dict[str, tuple[str, ...]] = {
    "social": ("sciopero", "scioperi", "streik", "greve", "забастовк", "إضراب", "اضراب"),
    "disaster": ("terremoto", "sisma", "erdbeben", "hochwasser", "uberschwemmung",
                 "alluvione", "inondazion", "землетрясен", "наводнен", "زلزال", "فيضان"),
    "accident": ("incendio", "incendi ", "grossbrand", "feuer", "brand in", "incidente",
                 "unfall", "acidente", "пожар", "авари", "крушени", "حريق", "انفجار"),
    "crime": ("omicidio", "mord ", "ermordet", "assassinato", "убийств", "اغتيال"),
    "justice": ("processo", "prozess", "urteil", "julgamento", "приговор", "محاكمة"),
    "politics": ("elezion", "wahlen", "eleicoes", "выборы", "انتخابات"),
    "opening": ("inaugura", "eroffnet", "eroffnung", "открыти", "افتتاح"),
    "culture": ("festival", "konzert", "concerto", "фестивал", "مهرجان"),
}
"""Words naming a kind of event (keys of :data:`veille.dedup.event_kinds.KINDS`) in the
languages that lexicon does not read (Italian, German, Portuguese, Russian, Arabic),
folded; a kind is read from one in the headline or two in the text."""

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?:[.,](\d{1,2}|\d{4,}))?(?![\w])"
    r"(\s?%|\s(?:per ?cent|percent|por ciento|por cento|per cento|prozent|процент))?",
    re.IGNORECASE)


def figures(text: str, language: str = "") -> dict[str, float]:
    """The figures ``text`` writes, normalised across languages, with their weight:
    ``{"1200": 1.0, "8%": 1.0, "5.4": 1.0, "6": 0.5}``. A group of three digits after a
    space, a dot or a comma is a thousands group ("1 200", "1.200", "1,200"), one, two or
    four and more digits a decimal part ("5,4"); years (1900-2100) and 0 and 1 are left
    out. Arabic-Indic digits are read as digits; numbers written in words of ``language``
    (:func:`veille.dedup.number_words.spelled`: "douze" = "12", t-final67 F7) weigh as
    those digits would."""
    found: dict[str, float] = {}
    for number in spelled(text, language):
        value = str(number)
        found[value] = max(found.get(value, 0.0), 1.0 if number >= 32 else 0.5)
    for match in _NUMBER.finditer(text.translate(_DIGITS)):
        whole = re.sub(r"\D", "", match.group(1))
        decimal, percent = match.group(2), match.group(3)
        value = whole.lstrip("0") or "0"
        if decimal:
            value += "." + decimal
        if percent:
            found[value + "%"] = 1.0
            continue
        if not decimal:
            number = int(whole)
            if number < 2 or 1900 <= number <= 2100:
                continue
            found[value] = max(found.get(value, 0.0), 1.0 if number >= 32 else 0.5)
        else:
            found[value] = 1.0
    return found


def named_kinds(title: str, paragraphs: Sequence[str]) -> frozenset[str]:
    """The kinds of event the headline and text name: :func:`event_kinds` (French, English,
    Spanish) and :data:`KIND_WORDS` (one word in the headline or two in the text)."""
    kinds = set(event_kinds(title, paragraphs))
    head, body = fold(title), fold(" ".join(paragraphs))
    for kind, words in KIND_WORDS.items():
        hits = sum(body.count(w) for w in words)
        if any(w in head for w in words) or hits >= 2:
            kinds.add(kind)
    return frozenset(kinds)


@dataclass
class Evidence:
    """What one story gives to compare: its main ``language`` (the most frequent of its
    articles'), its time span, and its names (id -> weight), figures, days (ISO),
    speakers (ids) and kinds of event."""

    story_id: str
    language: str
    first: datetime
    last: datetime
    names: dict[str, float] = field(default_factory=dict)
    figures: dict[str, float] = field(default_factory=dict)
    days: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OtherLanguage:
    """A story linked as the same event in another language, with the link's ``score``
    and what both share (``shared``: names, figures, days, speakers, kinds)."""

    story_id: str
    language: str
    score: float
    shared: tuple[str, ...]


def _main_language(members: Sequence[StoryArticle]) -> str:
    """The language most of a story's articles are in, copies included (a French story
    that took Reuters' dispatch in beside two French articles is French); a tie goes to
    the earliest article's."""
    tags = [m.language for m in members if m.language]
    return Counter(tags).most_common(1)[0][0] if tags else ""


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield list(ids[i: i + size])


def evidence(store: SQLiteStore, story_id: str,
             members: Sequence[StoryArticle] | None = None) -> Evidence | None:
    """The :class:`Evidence` of one story from its members and their stored enrichment
    (None when the story has no article). Reads at most :data:`MAX_ARTICLES` texts."""
    members = store.story(story_id) if members is None else members
    if not members:
        return None
    times = [m.time for m in members]
    found = Evidence(story_id, _main_language(members), min(times), max(times))
    ids = [m.article_id for m in members]
    conn = store.conn
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        places = {str(r[0]): str(r[1]) for r in conn.execute(
            f"SELECT place_id, kind FROM article_places WHERE article_id IN ({marks})", chunk)}
        for entity_id, label, name in conn.execute(
                f"SELECT entity_id, label, name FROM article_entities "
                f"WHERE article_id IN ({marks})", chunk):
            if fold(str(name)) in AGENCIES:
                continue
            weight = PLACE_WEIGHTS.get(places[entity_id], 1.0) if entity_id in places \
                else LABEL_WEIGHTS.get(str(label), 0.5)
            if weight > 0:
                found.names[str(entity_id)] = weight
        for place_id, kind in places.items():
            weight = PLACE_WEIGHTS.get(kind, 1.0)
            if weight > 0:
                found.names.setdefault(place_id, weight)
        found.days.update(str(r[0]) for r in conn.execute(
            f"SELECT value FROM mentioned_dates WHERE article_id IN ({marks}) "
            f"AND granularity = 'day'", chunk))
        found.speakers.update(str(r[0]) for r in conn.execute(
            f"SELECT speaker_id FROM quotes WHERE article_id IN ({marks}) "
            f"AND speaker_id != ''", chunk))
    own = [m.article_id for m in members if not m.reprint][:MAX_ARTICLES]
    kinds: set[str] = set()
    for article in store.get_many(own).values():
        content = article.content
        if content is None:
            continue
        paragraphs = [p for p in (content.lead, *content.paragraphs) if p]
        for text in (content.title, *paragraphs):
            for value, weight in figures(text, content.language).items():
                found.figures[value] = max(found.figures.get(value, 0.0), weight)
        kinds |= named_kinds(content.title, paragraphs)
    found.kinds = frozenset(kinds)
    return found


def compare(ours: Evidence, theirs: Evidence) -> OtherLanguage | None:
    """The link between two stories' evidence, or None (see the module for the rule)."""
    if not ours.language or not theirs.language or ours.language == theirs.language:
        return None
    if theirs.first - ours.last > WINDOW or ours.first - theirs.last > WINDOW:
        return None
    if ours.kinds and theirs.kinds and not ours.kinds & theirs.kinds:
        return None  # two kinds of event: another event, whatever is shared
    names = {k: min(w, theirs.names[k]) for k, w in ours.names.items() if k in theirs.names}
    if not names:
        return None
    shared_figures = {k: min(w, theirs.figures[k]) for k, w in ours.figures.items()
                      if k in theirs.figures}
    days = sorted(ours.days & theirs.days)
    speakers = sorted(ours.speakers & theirs.speakers)
    kinds = sorted(ours.kinds & theirs.kinds)
    facts = (min(MAX_FIGURES, sum(shared_figures.values()))
             + min(MAX_DAYS, 0.5 * len(days)) + SPEAKER_WEIGHT * len(speakers)
             + (KIND_WEIGHT if kinds else 0.0))
    score = sum(names.values()) + facts
    # a name of weight 1 anchors the link; a capital or a region alone only with the
    # figures, days and kind all agreeing (STRONG_FACTS)
    anchored = any(w >= 1.0 for w in names.values()) or facts >= STRONG_FACTS
    if not anchored or facts < MIN_FACTS or score < THRESHOLD:
        return None
    return OtherLanguage(theirs.story_id, theirs.language, round(score, 2),
                         (*sorted(names), *sorted(shared_figures), *days, *kinds))


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def other_languages(store: SQLiteStore, story_id: str,
                    members: Sequence[StoryArticle] | None = None,
                    cache: dict[str, Evidence | None] | None = None) -> list[OtherLanguage]:
    """The stories linked to ``story_id`` as the same event in other languages, the
    strongest link first (empty when none, or when the story has no article). The
    candidates are the stories with an article in another language within
    :data:`WINDOW` naming one of its names (:data:`MAX_CANDIDATES` at most, those sharing
    the most weight of names first); ``cache`` keeps the evidence read, by story id, across calls (a
    listing)."""
    cache = {} if cache is None else cache
    if story_id not in cache:
        cache[story_id] = evidence(store, story_id, members)
    ours = cache[story_id]
    if ours is None or not ours.language:
        return []
    shared: dict[str, set[str]] = {}
    since, until = _utc(ours.first - WINDOW), _utc(ours.last + WINDOW)
    for chunk in _chunks(sorted(ours.names)):
        marks = ",".join("?" * len(chunk))
        for other, entity in store.conn.execute(
                f"SELECT DISTINCT m.story_id, e.entity_id FROM article_entities e "
                f"JOIN story_members m ON m.article_id = e.article_id "
                f"JOIN articles a ON a.id = e.article_id "
                f"WHERE e.entity_id IN ({marks}) AND m.story_id != ? AND a.language != ? "
                f"AND a.sort_time BETWEEN ? AND ?",
                [*chunk, story_id, ours.language, since, until]):
            shared.setdefault(str(other), set()).add(str(entity))
    # the candidates sharing the most weight of names first (a capital shared by a
    # week's stories weighs 0.5: they come last)
    ranked = sorted(shared, key=lambda k: (-sum(ours.names[e] for e in shared[k]), k))
    links = []
    for other in ranked[:MAX_CANDIDATES]:
        if other not in cache:
            cache[other] = evidence(store, other)
        theirs = cache[other]
        link = compare(ours, theirs) if theirs is not None else None
        if link is not None:
            links.append(link)
    return sorted(links, key=lambda x: (-x.score, x.story_id))


def coverage(groups: Sequence[Sequence[StoryArticle]]) -> dict[str, Any]:
    """Coverage across one story and its stories in other languages (``groups``: each
    story's members, the story's own first): ``languages`` (tag -> its ``articles``,
    ``independent_sources``, ``reprints``), ``sources`` and ``independent_sources``
    (distinct outlets; an outlet counts once whatever its languages), ``reprints``,
    ``articles``, and the ``first`` own article overall (its ``id``, ``source``,
    ``language``, ``date`` ISO, ``precision``, and ``tied``: the other outlets' own
    articles it is not surely before, each ``{"id", "source", "language"}``) or None when
    no article is dated.

    The first is the earliest by the latest instant each may have come out
    (:func:`veille.dedup.published_order.latest_published`): a date known to the day only
    is no midnight publication, so it comes after the timed articles of its day, and is
    ``tied`` with them, their order unknown (t-final61 #5: Corriere della Sera's "2
    December" was named before The Guardian's 13:05 UTC of that day)."""
    members = [m for group in groups for m in group]
    languages: dict[str, dict[str, Any]] = {}
    for m in members:
        row = languages.setdefault(m.language or "", {"articles": 0, "sources": set(),
                                                       "own": set(), "reprints": 0})
        row["articles"] += 1
        if m.source:
            row["sources"].add(m.source)
            if not m.reprint:
                row["own"].add(m.source)
        row["reprints"] += bool(m.reprint and m.relation in ("", "reprint"))
    dated = [m for m in members if not m.reprint and m.precision != "seen"]
    first = min(dated, key=lambda m: (latest_published(m.time, m.precision), m.time)) \
        if dated else None
    tied: dict[str, StoryArticle] = {}
    if first is not None:
        for m in dated:
            if m.source and m.source != first.source and m.source not in tied and \
                    not published_before(first.time, first.precision, m.time, m.precision):
                tied[m.source] = m
    return {
        "languages": {tag: {"articles": r["articles"], "sources": len(r["sources"]),
                            "independent_sources": len(r["own"]), "reprints": r["reprints"]}
                      for tag, r in sorted(languages.items(),
                                           key=lambda x: (-x[1]["articles"], x[0]))},
        "articles": len(members),
        "sources": len({m.source for m in members if m.source}),
        "independent_sources": len({m.source for m in members if m.source and not m.reprint}),
        "reprints": sum(r["reprints"] for r in languages.values()),
        "first": None if first is None else {
            "id": first.article_id, "source": first.source, "language": first.language,
            "date": first.time.isoformat(), "precision": first.precision,
            "tied": [{"id": m.article_id, "source": m.source, "language": m.language}
                     for m in sorted(tied.values(),
                                     key=lambda m: (latest_published(m.time, m.precision),
                                                    m.source))]},
    }


def linked_coverage(store: SQLiteStore, story_id: str, members: list[StoryArticle],
                    cache: dict[str, Evidence | None] | None = None
                    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The stories of the same event in other languages (:func:`other_languages`), each
    as ``{"id", "language", "title", "untitled_text", "articles", "sources" (its outlets),
    "independent_sources",
    "first", "first_precision", "first_source", "first_outlet", "score", "shared"}``, and
    the coverage across the story and them (:func:`coverage`, with ``first.outlet``):
    ``veille stories --json``'s and the API's ``other_languages`` and ``coverage``."""
    from veille.outlet_names import names_of, shown

    links = other_languages(store, story_id, members, cache)
    groups: list[list[StoryArticle]] = [members]
    linked: list[dict[str, Any]] = []
    for link in links:
        summary = next(iter(store.stories(limit=1, story_id=link.story_id)), None)
        if summary is None:
            continue
        groups.append(store.story(link.story_id))
        linked.append({"id": link.story_id, "language": link.language,
                       "title": summary.title, "untitled_text": summary.lead,
                       "articles": summary.articles, "sources": summary.sources,
                       "independent_sources": summary.independent,
                       "first": summary.first.isoformat(),
                       "first_precision": summary.first_precision,
                       "first_source": summary.first_source,
                       "score": link.score, "shared": list(link.shared)})
    covered = coverage(groups)
    first = covered["first"]
    names = names_of(store, [*(x["first_source"] for x in linked),
                             *([first["source"]] if first else []),
                             *(t["source"] for t in (first["tied"] if first else []))])
    for x in linked:
        x["first_outlet"] = shown(x["first_source"], names)
    if first:
        first["outlet"] = shown(first["source"], names)
        for t in first["tied"]:
            t["outlet"] = shown(t["source"], names)
    return linked, covered
