"""The enrichment stages and the pipeline that runs them.

Each stage fills one part of the article's ``enrichment`` section (a dict, see
docs/enrichment.md) and declares it: ``enrichment.entities``, ``.places``, ``.dates``,
``.quotes``. What the stages need from outside (the alias table, the gazetteer, the
recogniser for a language) is handed in as :class:`Resources`; they do no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from veille.enrich.aliases import AliasTable
from veille.enrich.assumed_zone import language_zone_countries
from veille.enrich.body_holders import outlet_before_holder, outlet_tail
from veille.enrich.body_referents import body_referent, same_head_referent
from veille.enrich.capital_countries import split_country_mentions
from veille.enrich.city_spans import with_cities
from veille.enrich.commune_spans import with_stated_communes
from veille.enrich.coordinated_bodies import split_coordinated
from veille.enrich.date_clues import not_yet_come, seasons_in_zone
from veille.enrich.date_foreign import dates_unread
from veille.enrich.dates import counted_from, find_dates
from veille.enrich.described_bodies import described_body
from veille.enrich.divided_areas import one_named_part
from veille.enrich.english_spans import with_english_names
from veille.enrich.entities import (
    Recognizer,
    alias_only,
    context_country,
    localise_national_bodies,
    recognise,
    resolve,
)
from veille.enrich.event_places import event_places
from veille.enrich.foreign_names import with_foreign_names
from veille.enrich.metonymy import places_stood_for
from veille.enrich.named_bodies import named_body
from veille.enrich.outlet_home import outlet_home_country
from veille.enrich.overseas_regions import as_part_of_france
from veille.enrich.place_context import resolve_in_context
from veille.enrich.places import (
    TOPIC_WORD,
    Gazetteer,
    institution_places,
    printed_countries,
    reads_as_french,
    short_place_names,
    source_country,
    split_by_stated_area,
    split_town_and_area,
)
from veille.enrich.portfolio_holders import holder_in_speaker
from veille.enrich.quotes import find_quotes, link_speakers
from veille.enrich.quotes_titles import title_words
from veille.enrich.source_regions import source_areas
from veille.enrich.span_ends import whole_mention
from veille.enrich.speaker_spans import with_speakers
from veille.enrich.state_codes import without_state_codes
from veille.enrich.street_names import without_street_names
from veille.enrich.text import fold
from veille.enrich.town_contexts import towns_in_place_context
from veille.enrich.transliterated_spans import with_transliterated
from veille.pipeline.pipeline import Pipeline
from veille.pipeline.stage import Stage
from veille.record import TIME, Article, Content, source_from_url
from veille.standfirst import printed_standfirst

VERSION = 1
"""Bumped when the stages' output changes shape."""

READ_LANGUAGES = ("fr", "en")
"""The languages the entity and quote rules are written for (spaCy's French model, the
English name rules): another language gets the alias table alone, and its enrichment says
so as ``unread_language`` (t-final36 B8)."""


def unread_language(language: str) -> str:
    """The primary subtag of ``language`` ("it" of "it-IT") when entities and quotes are
    not extracted in it (:data:`READ_LANGUAGES`), else ''."""
    primary = language.lower().replace("_", "-").split("-")[0]
    return "" if not primary or primary in READ_LANGUAGES else primary


def enrich_text(content: Content) -> str:
    """The text the stages read, which their character offsets refer to: the title, a
    blank line, the standfirst the page shows above the body when there is one
    (:func:`veille.standfirst.printed_standfirst`, recorded as the enrichment's
    ``standfirst``: t-final25 S4) and a blank line, then the paragraphs separated by
    blank lines."""
    lead = printed_standfirst(content)
    return "\n\n".join(p for p in [content.title, lead, *content.paragraphs] if p)


@dataclass(frozen=True, slots=True)
class Resources:
    """Data the stages read: aliases, gazetteer, and a recogniser per language code
    (None: the alias table alone)."""

    aliases: AliasTable
    gazetteer: Gazetteer
    recognizer_for: Callable[[str], Recognizer | None]
    known_person: Callable[[str], bool] = lambda entity_id: False
    """Whether a person's entity id ("per:recep-tayyip-erdogan") is known from other
    articles (the store's, :class:`veille.enrich.view.EnrichView`): a name tagged MISC
    here then keeps the person's kind (newuser15a W17)."""
    first_text: Callable[[str], str] = lambda article_id: ""
    """The text (:func:`enrich_text`) of an article's first version when the store holds
    earlier versions of it, else '' (:class:`veille.enrich.view.EnrichView`): the
    sentences an update added are read against the update's day (t-final34 A3)."""


def _section(article: Article) -> dict[str, Any]:
    """The article's enrichment, made when none; its ``standfirst`` is the one block the
    offsets count between the title and the paragraphs (absent: none, as enrichments
    written before it was read; :func:`enrich_text`)."""
    if article.enrichment is None:
        article.enrichment = {"version": VERSION}
    lead = printed_standfirst(article.content) if article.content is not None else ""
    if lead:
        article.enrichment["standfirst"] = lead
    else:
        article.enrichment.pop("standfirst", None)
    return article.enrichment


class _EnrichStage(Stage):
    requires: ClassVar[tuple[str, ...]] = ("content",)

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def text(self, article: Article) -> str:
        assert article.content is not None
        return enrich_text(article.content)


class EntityStage(_EnrichStage):
    """Entities with their ids, merged within the article."""

    name = "entities"
    assigns = ("enrichment.entities",)

    def __call__(self, article: Article) -> Article:
        assert article.content is not None
        language = article.content.language or "fr"
        model = self.resources.recognizer_for(language)
        base = with_cities(alias_only(self.resources.aliases), self.resources.gazetteer,
                           language, source_country(article.source),  # h-places66b
                           self.text(article))  # a town named twice (h-places67)
        if language.lower().startswith("en"):  # t-final27 F10: English names the table lacks
            base = with_english_names(base)
        elif model is None and unread_language(language):  # t-final52: "Jeannette Jara"
            base = with_foreign_names(base, language)
        recognizer = model or with_speakers(base)
        if model is not None and reads_as_french(language):  # "Civaux, dans la Vienne"
            recognizer = with_stated_communes(model, self.resources.gazetteer)
        # "Deir el-Zour": a lower-case article inside a name, whatever the recogniser
        recognizer = with_transliterated(recognizer, self.resources.gazetteer)
        # "Sindicatos e Ministério da Saúde": two names, the body's from its head on
        mentions = split_coordinated(
            recognise(self.text(article), recognizer, self.resources.aliases,
                      language=language if model is not None else ""),
            self.text(article), language)
        entities = resolve(mentions, self.resources.aliases, self.text(article),
                           known_person=self.resources.known_person,
                           known_place=lambda name: bool(
                               self.resources.gazetteer.candidates(name)))
        section = _section(article)
        if unread_language(language):  # said by `show`, `enrich` and the web page
            section["unread_language"] = unread_language(language)
        else:
            section.pop("unread_language", None)
        # "Commercial" of "Commercial Street", PER "Brook Street": addresses, no entities
        section["entities"] = without_street_names(
            [e.to_dict() for e in entities], self.text(article),
            lambda name: bool(self.resources.gazetteer.candidates(name)))
        return article


class PlaceStage(_EnrichStage):
    """Places resolved to coordinates and codes (their entities take the place's id)."""

    name = "places"
    requires = ("content", "enrichment.entities")
    assigns = ("enrichment.places",)

    def __call__(self, article: Article) -> Article:
        section = _section(article)
        # "in nearby Falmouth" (ORG), "Newport City Council": the town as a place
        # "Natal (RN)": Rio Grande do Norte, part of the town's address, no party
        named = towns_in_place_context(without_state_codes(
            section.get("entities") or [], self.text(article), self.resources.gazetteer),
            self.text(article), self.resources.gazetteer)
        entities = split_town_and_area(split_by_stated_area(short_place_names(
            institution_places(event_places(named, self.text(article),
                                            self.resources.gazetteer)
                               if reads_as_french(_locale(article)) else
                               named, self.resources.gazetteer),
            self.resources.gazetteer), self.resources.gazetteer, self.text(article)),
            self.text(article))
        # "Mexico … in Mexico City": the country's mentions apart from the city's
        entities = split_country_mentions(entities, _locale(article))
        section["places"] = resolve_in_context(entities, self.resources.gazetteer,
                                           _site(article), self.text(article),
                                           _locale(article), self.resources.aliases,
                                           _outlet_areas(article),
                                           _printed(article))
        localise_national_bodies(entities, context_country(section["places"],
                                                           source_country(article.source)))
        _place_spelling(entities, section["places"])
        section["places"] = [as_part_of_france(p) for p in [
            *section["places"], *places_stood_for(entities, section["places"],
                                                  self.resources.gazetteer)]]
        # "Yorkshire" beside West Yorkshire: that part, not East Riding + North Yorkshire
        section["places"] = one_named_part(section["places"], entities,
                                           self.resources.gazetteer)
        section["entities"] = _placed_bodies(_merge_same_id(_onto_named_places(
            [e for e in entities if not e.pop(TOPIC_WORD, False)], section["places"])),
            section["places"], self.resources.gazetteer)
        return article


class DateStage(_EnrichStage):
    """Dates mentioned, resolved against the publication date (first seen when unknown)."""

    name = "dates"
    assigns = ("enrichment.dates",)

    def __call__(self, article: Article) -> Article:
        assert article.content is not None
        published = article.content.published
        moment = published or article.first_seen
        text = self.text(article)
        updated = article.content.updated
        unread = dates_unread(article.content.language or "")
        found = [] if unread else find_dates(
            text, moment.date(), updated.date() if updated else None,
            first=self.resources.first_text(article.id),
            language=article.content.language or "",
            locale=str((article.content.evidence or {}).get("locale", "")))
        if published is not None and article.content.published_precision == TIME:
            # a time of day known, not midnight; the text may be as late as its update
            found = not_yet_come(found, published, updated, text)
        if published is not None:
            found = seasons_in_zone(found, published)  # an equinox in the article's zone
        dates = [d.to_dict() for d in found]
        section = _section(article)
        if unread:  # pt, nl…: not read by French rules, and said (not silent)
            section["dates_unread"] = True
        else:
            section.pop("dates_unread", None)
        if published is None:
            for mention in counted_from(text, found, moment.date()):
                dates[mention]["date_is_first_seen"] = True
        _section(article)["dates"] = dates
        return article


class QuoteStage(_EnrichStage):
    """Quotes with their speakers, linked to the article's entities."""

    name = "quotes"
    requires = ("content", "enrichment.entities")
    assigns = ("enrichment.quotes",)

    def __call__(self, article: Article) -> Article:
        section = _section(article)
        entities = section.get("entities") or []
        text = self.text(article)
        quotes = find_quotes(text)
        for quote in quotes:  # "association Droit" of "Droit au logement": the whole name
            whole = whole_mention(quote.speaker_start, quote.speaker_end, entities) \
                if quote.speaker_start >= 0 else None
            if whole is not None and not title_words(text, whole[0], quote.speaker_start):
                # (not over a title's words: "Armées Vautrin" of "la ministre des Armées
                # Vautrin" is no name)
                quote.speaker_start, quote.speaker_end, quote.speaker = whole
            tail = (outlet_tail(text, quote.speaker_start, quote.speaker)
                    or outlet_before_holder(quote.speaker)
                    or (holder_in_speaker(quote.speaker) if whole is None else None)) \
                if quote.speaker_start >= 0 else None
            if tail is not None:  # "au Dauphiné" + "Libéré Éloi Tournier": the masthead's
                # last word is no part of the speaker's name (h-speakers66b a4), nor is the
                # whole outlet spoken to ("ha dicho a" + "El País Yolanda Ibarrola":
                # stop65 "Speakers/entities", h-speakers67), nor a portfolio ("the
                # Minister for Finance" + "Rhodri Pryce", no entity naming him: h-speakers67)
                quote.speaker_start += tail
                quote.speaker = quote.speaker[tail:]
        taken: dict[str, str] = {}
        placed = frozenset(str(p.get("entity_id")) for p in section.get("places") or []
                           if isinstance(p, dict) and p.get("entity_id")) \
            if "places" in section else None
        for quote in quotes:  # "a précisé l'entreprise" after "GRDF a dépêché …": GRDF
            body = body_referent(text, quote.speaker, quote.speaker_start, entities, taken,
                                 placed) or described_body(text, quote.speaker,
                                                           quote.speaker_start, entities) \
                or same_head_referent(text, quote.speaker, quote.speaker_start, entities)
            # ("ajoute l'agence onusienne" after the HCR, "écrit le quotidien" after
            # "D'après Le Monde")
            if body is not None:
                quote.speaker, (quote.speaker_start, quote.speaker_end), _ = body
                continue
            named = named_body(text, quote.speaker, quote.speaker_start)
            if named is not None:  # "the bank said" after "The Bank of England held"
                quote.speaker, (quote.speaker_start, quote.speaker_end) = named
        by_name = {fold(str(e["name"])): str(e["id"]) for e in entities}
        aliases = self.resources.aliases

        def lookup(speaker: str) -> str:
            row = aliases.lookup(speaker)
            return row.id if row is not None else by_name.get(fold(speaker), "")

        countries = frozenset(str(p.get("id")) for p in section.get("places") or []
                              if isinstance(p, dict) and p.get("kind") == "country")
        link_speakers(quotes, entities, lookup, text, countries)
        section["quotes"] = [q.to_dict() for q in quotes]
        return article


def _place_spelling(entities: list[dict[str, Any]], places: list[dict[str, Any]]) -> None:
    """Give each entity resolved to a place and named in one case only (capitals: "PAU"
    of "le maire de PAU", t-final21 F4) the gazetteer's spelling of its name ("Pau")
    when the two differ only by case and accents: the entity's name is what lists and
    links show; the mention keeps the form the text wrote, which the highlighted text
    shows. A name the text wrote in mixed case keeps the text's spelling (its accents)."""
    spelled = {str(p.get("entity_id")): str(p.get("name") or "") for p in places
               if isinstance(p, dict) and p.get("entity_id")}
    for entity in entities:
        written = str(entity.get("name") or "")
        name = spelled.get(str(entity.get("id")), "")
        if name and name != written and (written.isupper() or written.islower()) and \
                fold(name) == fold(written):
            entity["name"] = name


def _site(article: Article) -> str:
    """The domain the article's country is read from: its source when that is a domain
    ("rts.ch"), else its URL's host (a record's ``source`` may be a name, "La Libre
    Belgique", whose site lalibre.be says Belgium; t-enrich23 E4/E18)."""
    if "." in article.source and " " not in article.source:
        return article.source
    return source_from_url(article.url) or article.source


def _outlet_areas(article: Article) -> frozenset[tuple[str, str]]:
    """The outlet's own areas (:func:`veille.enrich.source_regions.source_areas`), else
    its country from veille's table of outlets as ``(country, "")``
    (:func:`veille.enrich.outlet_home.outlet_home_country`: theguardian.com → GB), which
    the resolver reads as the source's country when the domain names none."""
    areas = source_areas(_site(article), article.source, article.url or "")
    if areas or article.content is None:
        return areas
    country = outlet_home_country(_site(article),
                                  (article.content.site_name, article.source),
                                  article.content.evidence)
    return frozenset({(country, "")}) if country else areas


def _printed(article: Article) -> frozenset[str]:
    """The countries the article's language and the time zone its page printed point to
    (:func:`veille.enrich.places.printed_countries`); none when veille assumed the zone
    (``evidence["timezone"]`` says "assumed …"): an assumed zone comes from the source's
    domain, which the resolver reads already, or from nothing; except a zone assumed from
    the language alone, whose countries the resolver reads only for French
    (:func:`veille.enrich.assumed_zone.language_zone_countries`: t-final55 A3)."""
    content = article.content
    if content is None or content.published is None:
        return frozenset()
    said = str(content.evidence.get("timezone", ""))
    if said.startswith("assumed"):  # the language's own zone still says its countries
        return language_zone_countries(said, _locale(article), content.published)
    return printed_countries(_locale(article), content.published)


def _locale(article: Article) -> str:
    """The article's language tag with its region when the source gave one ("fr-CH",
    kept in ``evidence["locale"]`` beside the bare code ``language``)."""
    if article.content is None:
        return ""
    return article.content.evidence.get("locale") or article.content.language or ""


def _onto_named_places(entities: list[dict[str, Any]], places: list[dict[str, Any]]
                       ) -> list[dict[str, Any]]:
    """``entities`` with each unresolved place name (a ``loc:`` id) that bears the name of
    a place resolved in the same article given that place's id, so that
    :func:`_merge_same_id` merges them: "Deir ez-Zor" of "la province de Deir ez-Zor",
    left unresolved, was a second entity beside the city resolved in the headline
    (t-final31 F6: the place page listed the place as "named with" itself)."""
    named = {fold(str(p.get("name") or "")): str(p["entity_id"]) for p in places
             if isinstance(p, dict) and p.get("entity_id")}
    named.update({fold(str(p.get("mentioned_as") or "")): str(p["entity_id"])
                  for p in places if isinstance(p, dict) and p.get("entity_id")
                  and p.get("mentioned_as")})
    named.pop("", None)
    by_id = {str(e["id"]): e for e in entities}
    for entity in entities:
        target = named.get(fold(str(entity.get("name") or "")))
        if str(entity["id"]).startswith("loc:") and target in by_id and \
                by_id[target].get("label") == entity.get("label"):
            entity["id"], entity["name"] = target, by_id[target]["name"]
            entity["known"] = by_id[target].get("known", entity.get("known"))
    return entities


PLACE_QUALIFIER = "@"
"""What joins an organisation's id to the id of the town it is named after, when that town's
name has namesakes (:func:`_placed_bodies`): ``org:birmingham-city-council@geonames:4049979``."""


def _placed_bodies(entities: list[dict[str, Any]], places: list[dict[str, Any]],
                   gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """``entities`` with each organisation named after a town whose name has namesakes
    ("Birmingham City Council", "mairie de Saint-Denis") given an id qualified by the place
    the article resolves that town to (:data:`PLACE_QUALIFIER`): the council of Birmingham,
    England and that of Birmingham, Alabama are two bodies (t-final34 A1: one entity
    ``org:birmingham-city-council`` joined them, though the places were told apart). An
    organisation the alias table knows keeps its id; a town that is the only place of its
    name in the gazetteer (its towns of any size) leaves the id as it was."""
    def namesakes(written: str) -> int:
        return len({p.id for p in gazetteer.candidates(written)} |
                   {p.id for p in gazetteer.minor_towns(written)})

    homonyms = [(fold(written), str(p["id"])) for p in places
                if isinstance(p, dict) and p.get("id") and p.get("kind") not in
                ("country", "region", "department")
                and (written := str(p.get("mentioned_as") or p.get("name") or ""))
                and namesakes(written) > 1]
    if not homonyms:
        return entities
    for entity in entities:
        if entity.get("label") != "ORG" or entity.get("known") or \
                not str(entity["id"]).startswith("org:") or \
                PLACE_QUALIFIER in str(entity["id"]):
            continue
        # (a town standing for its government, "Pékin (autorités)": the town's own name)
        written = re.sub(r"\s*\([^)]*\)\s*$", "", str(entity.get("name") or ""))
        name = f" {' '.join(fold(written).replace('-', ' ').split())} "
        towns = {place_id for town, place_id in homonyms
                 if town and f" {' '.join(town.replace('-', ' ').split())} " in name
                 and f" {' '.join(town.replace('-', ' ').split())} " != name}
        if len(towns) == 1:
            entity["id"] = f"{entity['id']}{PLACE_QUALIFIER}{next(iter(towns))}"
    return entities


def _merge_same_id(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``entities`` with those of one id merged, each holding a span once: a mention is a
    place in the text, so two rules finding the same span ("Vienne" of "parquet de Vienne",
    read by the model and by the seat rule) count it once (t-final28 F8: Vienne, named
    twice, was counted three times). ``count`` is the number of distinct spans."""
    merged: dict[str, dict[str, Any]] = {}
    for entity in entities:
        kept = merged.get(entity["id"])
        if kept is None:
            merged[entity["id"]] = kept = entity
        else:
            kept["mentions"] = kept["mentions"] + entity["mentions"]
        unique = {(int(m[0]), int(m[1])): m for m in sorted(kept["mentions"])}
        # a span inside a longer one of the same entity is that mention read twice
        # ("Deir" of "Deir ez-Zor"), not another one
        kept["mentions"] = [m for (a, b), m in unique.items() if not any(
            c <= a and b <= d and (c, d) != (a, b) for c, d in unique)]
        kept["count"] = len(kept["mentions"])
    return list(merged.values())


def stages(resources: Resources) -> list[Stage]:
    """The enrichment stages in their order."""
    return [EntityStage(resources), PlaceStage(resources), DateStage(resources),
            QuoteStage(resources)]


def pipeline(resources: Resources) -> Pipeline:
    """A pipeline of the enrichment stages over already extracted articles."""
    return Pipeline(stages(resources), given=("raw", "content", "dedup"))
