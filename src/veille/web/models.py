"""The JSON API's response models: the exact schema published in ``/openapi.json``.

They are built from the library's records (``Article``, ``SearchResponse``) by the ``from_*``
functions below, so a view never hand-assembles a dict and the schema cannot drift from what
is sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal

from markupsafe import escape
from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer

from veille.collect.gone import Unpublished
from veille.dedup.version_times import revised_at
from veille.display_title import untitled_text
from veille.extract.dropped_blocks import dropped_blocks
from veille.extract.timezones import assumed_zone_name
from veille.extract.wire import withdrawn
from veille.extract.word_salad import unread_body
from veille.record import TIME, Article, Content
from veille.search.types import SearchResponse
from veille.standfirst import printed_standfirst

SUMMARY_CHARS = 300


class ArticleSummary(BaseModel):
    """Enough to list an article: a result line, a "Dernières Infos" entry, a feed item."""

    id: str
    title: str
    source: str
    outlet: str = Field(default="", description="The outlet's name as the pages show it "
                        "(its declared name, e.g. \"Le Quotidien\" for ``lequotidien.fr``: "
                        "docs/web.md, Outlet names); ``source`` stays the store's key for it "
                        "(what ``source:`` filters and the ``source`` facet use).")
    url: str | None
    published: datetime | None
    published_precision: Literal["day", "time"] | None = Field(
        default="time", description="`day` when the source gives only the day of `published` "
                                    "(then midnight of that day): show no time of day; "
                                    "null when there is no `published`.")
    published_zone_assumed: str = Field(
        default="", description="The tz database zone (\"Europe/Paris\") veille assumed to "
        "read `published`, printed with no zone (by the page's language, locale or domain): "
        "the time is then a supposition, shown labelled (\"heure supposée, fuseau de "
        "Paris\"); empty when the source gave the zone, the source's setting did, or "
        "`published` is a day or unknown.")
    updated: datetime | None
    updated_precision: Literal["day", "time"] | None = Field(
        default=None, description="`day` when the source gives only the day of `updated` "
                                  "(then midnight of that day): show no time of day; "
                                  "null when there is no `updated`.")
    first_seen: datetime
    revised_at: datetime | None = Field(
        default=None, description="When its current content was first seen, for an article "
                                  "changed since (a correction at its URL, a wire item's "
                                  "later version: `versions`); null for one never changed.")
    language: str
    authors: list[str] = Field(default_factory=list,
                               description="The bylines, as the article gives them.")
    summary: str = Field(description="The lead or first paragraph, cut at about 300 characters.")
    untitled_text: str = Field(default="", description="When `title` is empty (no "
                               "headline): the first words of its text, cut at a word with "
                               "\"…\", which the pages show in the headline's place marked as "
                               "none (italics; \"(sans titre)\" in feeds and the CLI: "
                               "veille.display_title); empty when it has a headline.")
    story_id: str | None = Field(default=None, description="The story the article belongs to.")
    other_sources: int = Field(
        default=0, description="With collapsed results: how many other sources carry this "
                               "story (its other articles are not listed).")
    others: int = Field(
        default=0, description="With collapsed results: how many other articles of this "
                               "story the list leaves out (see the story page).")
    relation: str = Field(default="", description="How the article relates to its "
                          "story's original, as the story page marks it: ``reprint`` "
                          "(another outlet's copy), ``teaser`` (an excerpt of another "
                          "article), ``republication`` (its own source's text at another "
                          "URL), ``unattributed`` (the same text, but it or its original "
                          "has no source: whose it is is unknown), else empty (an article "
                          "of its own).")
    story_latest: datetime | None = Field(
        default=None, description="In the collapsed latest list, on every row that stands "
                                  "for a story of several dated articles: the publication "
                                  "time of the story's newest dated article, which the row "
                                  "is sorted by (this article's own when it is the newest); "
                                  "null otherwise.")
    story_latest_precision: Literal["day", "time"] | None = Field(
        default=None, description="`day` when `story_latest` is known to the day only.")
    story_first: datetime | None = Field(
        default=None, description="With `story_latest`: the publication time of the story's "
                                  "first dated article, so that every such row says when its "
                                  "story began and its newest article (t-reader21 R11).")
    story_first_precision: Literal["day", "time"] | None = Field(
        default=None, description="`day` when `story_first` is known to the day only.")
    story_first_zone_assumed: str = Field(
        default="", description="With `story_first`: the zone veille assumed to read it "
        "(printed with no zone, as `published_zone_assumed`), \"\" when given; shown "
        "labelled as a supposition, as the story page does (t-final55b A14).")
    withdrawn: str = Field(default="", description="``canceled`` or ``withheld`` when the "
                           "wire provider withdrew or held the item (its publishing status), "
                           "``unpublished`` when its site removed its page (the page "
                           "answered HTTP 410 or 404 at ``withdrawn_at``), else empty.")
    withdrawn_at: datetime | None = Field(default=None, description="When veille saw the "
                                          "page removed (``withdrawn`` ``unpublished``).")
    withdrawn_status: int | None = Field(default=None, description="What the removed page "
                                         "answered: 410 or 404.")
    not_prose: str = Field(
        default="", description="Why its body is no prose (``evidence.not_prose``: \"not "
        "enriched, clustered or alerted: its body is no prose: its 14 lines are of 2 words "
        "or fewer each, none a sentence (a list of tags, names or links)\"): such an "
        "article (a keyword dump, a list of tags or names) is stored, but has no entity, "
        "place, date or quote, is alone in its story and alerts no saved search "
        "(t-final61 #6); every list marks it (t-check62); empty for prose.")


class DroppedModel(BaseModel):
    """One block extraction left out (:mod:`veille.extract.dropped_blocks`)."""

    reason: str = Field(description="Why: ``site`` (repeats on the site's other pages), "
                        "``notice``, ``credit``, ``byline``, ``repeat``, ``link``, "
                        "``caption``, ``disclosure``, ``layout``, ``edge``, "
                        "``other_article``, ``teaser`` (repeats the lead or a paragraph), "
                        "``outside`` (text outside the article's run) or ``furniture``.")
    text: str = Field(description="The block, on one line, whole up to 400 characters "
                      "(a longer one cut at a sentence's end, with \"…\").")


class OriginModel(BaseModel):
    """An article's agency and how its text uses it (:class:`veille.wire_origin.Origin`)."""

    agency: str = Field(description="The agencies credited, as `credit`: \"AFP\".")
    kind: str = Field(description="`with` (its own text, written with the dispatch) or "
                      "`dispatch` (the dispatch's text itself).")


class ArticleDetail(ArticleSummary):
    """One article in full, as the article page shows it."""

    lead: str
    standfirst: str = Field(default="", description="The lead when the body does not "
                            "repeat it (a standfirst printed between the headline and the "
                            "body), shown above the body; empty when the lead is the first "
                            "paragraph.")
    paragraphs: list[str]
    site_name: str
    credit: str = Field(default="", description="The news agencies its byline credits "
                        "(`evidence.credit`: \"AFP\", \"AFP, Reuters\"), empty when none.")
    origin: OriginModel | None = Field(
        default=None, description="Where its text comes from when it credits an agency "
        "(`veille.wire_origin`): `kind` `with`, the outlet's own text written with the "
        "agency's dispatch (\"Par Claire Montval (avec AFP)\": the page says \"d'après "
        "AFP\"), or `dispatch`, the text is the dispatch itself (a copy, the same "
        "dispatch as another outlet's, an agency dateline, the agency's own item); null "
        "when it credits none. A credit does not make an article a copy: the story's "
        "independent count is unchanged.")
    author_roles: dict[str, str] = Field(
        default_factory=dict, description="The role the page prints or declares for each "
        "author who has one, by name as in `authors` (`content.author_roles`: "
        "{\"Jeanne Martin\": \"correspondante à Bruxelles\"}; a byline's words beside or "
        "under the name, or a JSON-LD author's `jobTitle`); an author without one is absent.")
    truncated: bool
    raw_id: str
    media_type: str
    related: list[ArticleSummary] = Field(
        description="See also: articles on the same subject, outside this article's story.")
    story: StoryModel | None = Field(default=None, description="The story it belongs to.")
    copies: list[CopyModel] = Field(
        default_factory=list, description="Its reprints and teasers, and what it copies.")
    copy_of: str | None = Field(
        default=None, description="With a ``relation`` (``reprint``, ``teaser``, "
        "``republication``): the id of the article it copies, the one ``copies`` lists with "
        "``copies_this`` false (``dedup.duplicate_of`` in ``veille export``); null for an "
        "article of its own.")
    versions: list[VersionModel] = Field(
        default_factory=list, description="Its earlier versions, oldest first, each with a "
                                          "diff to the next.")
    unread_language: str = Field(
        default="", description="The enrichment's ``unread_language``: the primary "
        "language tag when its names (entities, places, quote speakers) were not extracted "
        "(only French and English are), else empty.")
    dropped: list[DroppedModel] = Field(
        default_factory=list, description="What extraction left out of the page, in page "
        "order (``evidence.dropped``: the site's menu and search box, notices, teasers "
        "repeating the lead…), each with its reason; at most 24, each whole up to "
        "400 characters (a longer one cut at a sentence's end); empty for an input whose "
        "extractor records none.")
    dropped_unlisted: int = Field(
        default=0, description="How many more blocks were left out than ``dropped`` lists.")
    dates_rejected: str = Field(
        default="", description="The dates the page gave that veille refused, each with "
        "its field and why (``evidence.dates_rejected``: \"2041-12-14T10:15:00+01:00 "
        "(dateline): after the fetch time\"), cut at 300 characters; shown beside an "
        "unknown publication date (t-final51b B6); empty when none was refused.")


class CopyModel(BaseModel):
    """Another article linked to this one at ingest: ``reprint`` or ``teaser``."""

    id: str
    title: str
    source: str
    relation: str
    date: datetime | None
    copies_this: bool = Field(description="True when the other article copies this one "
                                          "(false when this one copies it).")
    wire: str = Field(default="", description="The agency both articles credit when they "
                      "are copies of one wire dispatch (\"AFP\"): neither is the other's "
                      "source, the earlier one only ran it first. Empty otherwise.")
    language: str = Field(default="", description="The other article's language tag, "
                          "empty when unknown.")


class StoryItem(BaseModel):
    """One article of a story: ``reprint`` when it copies another outlet's article."""

    id: str
    title: str
    untitled_text: str = Field(default="", description="When `title` is empty (no "
                               "headline): the first words of its text, cut at a word with "
                               "\"…\", which the pages show in the headline's place marked as "
                               "none (italics; \"(sans titre)\" in feeds and the CLI: "
                               "veille.display_title); empty when it has a headline.")
    source: str
    outlet: str = Field(default="", description="The outlet's name as the pages show it "
                        "(its declared name, e.g. \"Le Quotidien\" for ``lequotidien.fr``: "
                        "docs/web.md, Outlet names); ``source`` stays the store's key for it "
                        "(what ``source:`` filters and the ``source`` facet use).")
    url: str | None
    date: datetime
    reprint: bool
    relation: str = Field(default="", description="``reprint`` (another outlet's copy), "
                          "``teaser`` (an excerpt of another article), ``republication`` "
                          "(its own source's text at another URL), ``unattributed`` (the "
                          "same text, it or its original without a source), else empty.")
    published_precision: Literal["day", "time", "seen"] = Field(
        default="time", description="``day``: ``date`` is known to the day only (no time "
        "of day); ``seen``: the article is undated and ``date`` is when it was first seen.")
    language: str = Field(default="", description="The article's language tag, empty "
                          "when unknown.")
    updated: datetime | None = Field(
        default=None, description="When the article says it was last updated; `title` is "
        "its newest headline, which may postdate `date`.")
    versions: int = Field(default=0, description="Earlier contents veille keeps of the "
                          "article (0: it was never seen to change).")
    published_zone_assumed: str = Field(
        default="", description="The tz database zone veille assumed to read `date`, "
        "printed with no zone (as an article's `published_zone_assumed`): shown labelled "
        "(\"heure supposée\"); empty when the zone was given or `date` is no time of day.")
    order_known: bool = Field(
        default=True, description="False when the article is dated to the day only and "
        "another own article of the story (no copy) is dated the same day: which came out "
        "first is unknown, whatever the timeline's order. A timed article stays True (its "
        "place in the day is known; the day-only one beside it says the order is not).")


class StoryEditModel(BaseModel):
    """A correction made by hand that shaped a story (f-detach28, docs/dedup.md)."""

    id: int = Field(description="The override's number "
                                "(`DELETE /api/v1/story-overrides/{id}` undoes it).")
    kind: str = Field(description="`detach`: the article was taken out of this story; "
                                  "`join`: it was put in it.")
    article_id: str
    title: str = Field(description="The article's headline.")


class OtherLanguageStory(BaseModel):
    """A story of the same event in another language: linked, never merged
    (docs/dedup.md, *One event in other languages*)."""

    id: str
    language: str = Field(description="The linked story's main language tag.")
    title: str
    untitled_text: str = ""
    articles: int
    sources: int = Field(default=0, description="The outlets of its `articles` (an "
                         "article without a source counts in none).")
    independent_sources: int
    first: datetime
    first_precision: Literal["day", "time", "seen"] = "time"
    first_source: str = Field(default="", description="The source of its first article "
                              "(`first`), one of `sources`: the counts are the story's, "
                              "not this outlet's.")
    first_outlet: str = Field(default="", description="`first_source` by its outlet's "
                              "name as the pages show it.")
    score: float = Field(description="The link's weight (3 at least): shared names, "
                         "figures, days, speakers and kind of event.")
    shared: list[str] = Field(default_factory=list, description="What both tell: entity "
                              "and place ids, figures (\"1200\", \"8%\"), days, kinds.")


class LanguageCoverage(BaseModel):
    """One language's part of an event's coverage."""

    articles: int
    sources: int
    independent_sources: int
    reprints: int


class TiedFirst(BaseModel):
    """Another outlet's own article that the first is not surely before (a date known to
    the day only against a time of that day): their order is unknown."""

    id: str
    source: str
    outlet: str = ""
    language: str


class FirstAcross(BaseModel):
    """The first own article of an event in any language."""

    id: str
    source: str
    outlet: str = ""
    language: str
    date: datetime
    precision: Literal["day", "time", "seen"] = "time"
    tied: list[TiedFirst] = Field(
        default_factory=list,
        description="Other outlets' own articles whose order against the first is unknown "
        "(dated to the day only, of the first's day): the first is the earliest known time, "
        "not surely the first.")


class CoverageModel(BaseModel):
    """An event's coverage across the story and its stories in other languages: outlets
    are counted once whatever their languages."""

    languages: dict[str, LanguageCoverage] = Field(
        description="Language tag -> its articles, outlets and reprints, most articles "
        "first.")
    articles: int
    sources: int
    independent_sources: int
    reprints: int
    first: FirstAcross | None = None


class WireModel(BaseModel):
    """One agency dispatch carried by several outlets of a story (h-copies66, t-final65
    C6): ``agency`` as credited ("AFP", "EFE"), ``outlets`` how many distinct outlets run
    it, ``first_source``/``first_outlet`` the first to publish it (its source and shown
    name), ``articles`` the ids of the articles running it, earliest first."""

    agency: str
    outlets: int
    first_source: str = ""
    first_outlet: str = ""
    articles: list[str] = Field(default_factory=list)
    first_run: bool = Field(
        default=False, description="The story's first publication is this dispatch's "
        "first run, by an outlet other than the agency, none tied with it: its line names "
        "the agency (\"EFE dispatch, carried first by Levante-EMV\"; h-copies67).")


class StoryModel(BaseModel):
    """A story: coverage by source and time, independent coverage apart from reprints."""

    id: str
    title: str
    untitled_text: str = Field(default="", description="When `title` is empty (none "
                               "of its articles has a headline): the first words of its "
                               "text, cut at a word with "
                               "\"…\", which the pages show in the headline's place marked as "
                               "none (italics; \"(sans titre)\" in feeds and the CLI: "
                               "veille.display_title); empty when it has a headline.")
    articles: int
    sources: int = Field(description="Outlets carrying the story (articles without a "
                         "source are no outlet: ``unsourced``).")
    independent_sources: int
    unsourced: int = Field(default=0, description="Articles without a known source, "
                           "counted in no outlet count.")
    reprints: int = Field(description="Copies of another outlet's article.")
    first: datetime
    last: datetime
    items: list[StoryItem]
    edits: list[StoryEditModel] = Field(
        default_factory=list, description="The corrections made by hand that shaped the "
        "story, oldest first (docs/dedup.md, Corrections by hand).")
    not_prose: str = Field(
        default="", description="The story of an article whose body is no prose (a "
        "keyword dump, a list of tags or names: alone in its story, not enriched or "
        "alerted): why, as the article's ``not_prose`` says; empty for a story of prose. "
        "The lists leave such stories out unless asked (``not_prose=true``; t-check62).")
    first_source: str = Field(default="", description="Who published the story first "
                              "(first by convention only when ``first_tied`` is not empty).")
    first_outlet: str = Field(default="", description="``first_source`` by its outlet's "
                              "name, as the pages show it (``outlet``: docs/web.md, Outlet "
                              "names); ``first_source`` stays the store's key.")
    first_title: str = Field(default="", description="The first publication's own "
                             "headline (``title`` is the story's fullest independent "
                             "article's, maybe another outlet's).")
    first_tied: list[str] = Field(
        default_factory=list, description="Other sources that may have published first: "
        "their own article is dated the same day as the first publication, one of the two "
        "to the day only, or their copy's time or the first's was read in an assumed time "
        "zone that another clock its outlet may print puts the other way round, so the order is "
        "unknown (empty when it is known).")
    first_tied_outlets: list[str] = Field(
        default_factory=list, description="``first_tied`` by their outlets' names, in the "
        "same order (``outlet``).")
    first_same_minute: bool = Field(
        default=False, description="Whether ``first_tied`` holds outlets that published at "
        "the first publication's minute (one dispatch run by several outlets): "
        "``first_source`` is the first of them by outlet name, not by arrival, and the time "
        "is known to the minute (\"first published by X, Y and Z (same minute)\").")
    first_zone_assumed: str = Field(
        default="", description="The tz database zone veille assumed to read ``first`` "
        "(printed with no zone, as an item's ``published_zone_assumed``): shown labelled "
        "(\"heure supposée\"); empty when the zone was given, ``first`` is no time of day "
        "or ``first_tied`` is not empty.")
    last_zone_assumed: str = Field(
        default="", description="The tz database zone veille assumed to read ``last`` "
        "(its articles at that time printed it with no zone): shown labelled "
        "(\"heure de Paris, supposée\"); empty when the zone was given or ``last`` is no "
        "time of day.")
    first_precision: Literal["day", "time", "seen"] = Field(
        default="time", description="Precision of ``first``, as an item's "
        "``published_precision``.")
    last_precision: Literal["day", "time", "seen"] = Field(
        default="time", description="Precision of ``last``.")
    by_source: dict[str, int] = Field(default_factory=dict,
                                      description="Articles per source, most first.")
    source_groups: list[list[str]] = Field(
        default_factory=list, description="The keys of ``by_source`` by outlet group (one "
        "outlet's network and its editions, counted once in ``sources``: docs/dedup.md, "
        "*Sources and editions*), each group's sources and the groups most articles first; "
        "``\"\"`` (no source) a group of its own.")
    teasers: int = Field(default=0, description="Excerpts of another article (no reprints).")
    republications: int = Field(default=0, description="A source's own text again at "
                                "another URL (no reprints).")
    unattributed: int = Field(default=0, description="Copies whose outlet or whose "
                              "original's outlet is unknown (an item's ``relation`` "
                              "``unattributed``: the same text, neither another outlet's "
                              "reprint nor the outlet's republication; no independent "
                              "coverage).")
    wire: WireModel | None = Field(
        default=None, description="When the story's copies are one news agency's dispatch "
        "(their original or the copies credit it as a dispatch, "
        "`veille.wire_origin`): the agency, how many outlets carry it and the first to "
        "publish it. The copies of one dispatch count as one piece of coverage "
        "(``independent_sources``).")
    other_languages: list[OtherLanguageStory] = Field(
        default_factory=list, description="Stories of the same event in other languages, "
        "linked on names, figures and days (never merged), strongest first.")
    coverage: CoverageModel | None = Field(
        default=None, description="Coverage across this story and ``other_languages``.")
    language: str = Field(default="", description="The language tag of the article "
                          "``title`` comes from, empty when unknown.")
    earlier_copy: StoryItem | None = Field(
        default=None, description="The earliest copy (a teaser, an excerpt out before the "
        "full article; a reprint stamped before its original) dated before ``first``: the "
        "timeline's first row, which is no first publication; null when there is none.")
    earlier_copies: list[StoryItem] = Field(
        default_factory=list, description="The copies dated before ``first``, the earliest "
        "of each kind (an excerpt; a reprint or republication), earliest first: "
        "``earlier_copy`` and, when the other kind came out before ``first`` too, it.")


class StoriesResponse(BaseModel):
    stories: list[StoryModel]
    total: int = Field(
        default=0, description="How many stories the whole list holds (of `min_articles` "
                               "articles or more; on a page read by cursor, in the first "
                               "page's snapshot): as search and latest give their totals.")
    next_cursor: str | None = Field(
        default=None, description="Send as `cursor` (with the same limit and min_articles) "
                                  "for the next page of this same list: stories born since "
                                  "the first page are left out, none is given twice or "
                                  "skipped (docs/web.md); given on a page read by offset "
                                  "too (h-api65); null on the last page, or past 1,000 "
                                  "stories given (page on with `offset`).")
    max_seq: int | None = Field(
        default=None, description="The store's last article when the first page was read "
                                  "(the cursor's snapshot); a page read by offset is its "
                                  "own first page.")
    warnings: list[str] = Field(
        default_factory=list, description="About the request: a cursor not used, and why.")
    localized_warnings: list[str] = Field(
        default_factory=list, description="`warnings` in the request's language.")


class LinkModel(BaseModel):
    """A copy: another article (``reprint``, ``teaser``) or a raw input (``exact``)."""

    id: str
    relation: str
    score: float
    origin: str
    source: str
    direction: str = "of"
    """``of``: the article asked about is the ``relation`` of ``id``; ``by``: ``id`` is the
    ``relation`` of the article asked about (which is then the original)."""
    version: int | None = None
    """The version (1 = first) of the original whose text the copy holds, when the original
    has several versions; else null (t-final52b A7)."""
    shared: str | None = None
    """For a reprint whose two copies neither can be shown first (the same time, no credit
    of the other, the same length): the source they share, the agency either credits
    ("AFP") or "" when none; null when the link says who copied whom (t-final52b B6)."""


class VersionModel(BaseModel):
    """An earlier content of the article (its current one is the article, first seen at
    its ``revised_at``)."""

    version: int
    declared_at: datetime | None = Field(
        default=None, description="The version's own time as its source declared it (a "
        "ninjs `versioncreated`, a NewsML-G2 `versionCreated`, a feed entry's `updated`, "
        "a page's `dateModified`); for version 1, else its publication time (\"Publié le "
        "…\", `article:published_time`); null when it declared none: the "
        "version's time is then unknown (`seen_at` and `replaced_at` are veille's times, "
        "not the version's).")
    seen_at: datetime = Field(description="When veille first saw this content (when an "
                                          "ingest read the capture that brought it; never "
                                          "before the article's `first_seen`).")
    replaced_at: datetime | None = Field(
        default=None, description="When veille saw the next content replace it.")
    captured_at: datetime | None = Field(
        default=None, description="The capture's own time, evidence of when it was made, "
        "not when veille saw it: a poll's response, a WARC record's date, a saved file's "
        "modification time (null when it gives no zone).")
    title: str
    diff: str = Field(description="Unified diff from this content to the next one.")


class DuplicatesResponse(BaseModel):
    id: str
    story_id: str | None
    links: list[LinkModel]
    versions: list[VersionModel]
    revised_at: datetime | None = Field(
        default=None, description="When the current content was first seen (null when it "
                                  "has no earlier version).")
    declared_at: datetime | None = Field(
        default=None, description="The current version's own time as its source declared "
                                  "it (as each version's `declared_at`); null when none.")


class RawCapture(BaseModel):
    """The raw input an article was extracted from, decoded as extraction decodes it (the
    encoding it found: declared charset, BOM, UTF-8 or detected; see docs/html-extraction.md);
    the exact bytes are at ``/api/v1/articles/{id}/raw/bytes``."""

    article_id: str
    raw_id: str
    media_type: str
    origin: str
    url: str | None
    fetched_at: datetime
    encoding: str = Field(description="How ``text`` was decoded from the stored bytes, as in "
                                      "the article's ``evidence.encoding``.")
    size: int = Field(description="The stored input's size in bytes.")
    text: str


class LatestResponse(BaseModel):
    """The newest articles; ``max_seq`` is what to send back as ``after_seq`` to poll, and
    ``change_seq`` what to send back as ``changed_after`` to learn of corrections."""

    max_seq: int
    total: int = Field(
        default=0, description="The rows of the list this answer pages through, at its "
                               "snapshot (`max_seq`; after `after_seq` when given): the "
                               "dated articles, or with undated=true the undated ones; "
                               "with collapse, rows (one a story). Like the totals of "
                               "search and stories (t-final67 R6).")
    total_articles: int = Field(
        default=0, description="The articles of those rows (collapsed: with the ones "
                               "counted in their rows' `others`; else equal to `total`).")
    next_cursor: str | None = Field(
        default=None, description="Send as `cursor` (with the same limit, after_seq and "
                                  "collapse) for the next page of this same list: the "
                                  "first page's snapshot, and none given twice or skipped "
                                  "even when a story move regroups it (docs/web.md); given "
                                  "on a page read by offset too (up to offset 1,000); null "
                                  "on the last page.")
    prev_cursor: str | None = Field(
        default=None, description="The cursor of the previous page (null when it is the "
                                  "first: leave `cursor` out).")
    change_seq: int = Field(
        default=0, description="The store's change log position when this answer was read: "
                               "send it back as changed_after to get the articles changed "
                               "since (new versions, re-extractions, deletions).")
    articles: list[ArticleSummary] = Field(
        description="Articles with a publication time, newest first.")
    undated: list[ArticleSummary] = Field(
        default_factory=list,
        description="On the first page only: articles whose publication time is unknown, "
                    "newest first seen first, listed apart (never as today's news): the "
                    "first rows of the list `undated=true` pages through.")
    undated_total: int = Field(
        default=0, description="On the first page, and with undated=true: how many articles "
                               "of unknown date the undated list holds in all (collapsed: "
                               "with the ones counted in its rows' `others`).")
    undated_rows: int = Field(
        default=0, description="The rows of that list in all (collapsed: one a story).")
    undated_cursor: str | None = Field(
        default=None, description="On the first page, when the undated list holds more than "
                                  "`undated` shows: send as `cursor` with undated=true (and "
                                  "the same limit, after_seq and collapse) for its next "
                                  "page.")
    warnings: list[str] = Field(
        default_factory=list, description="About the request: a cursor not used, and why.")
    localized_warnings: list[str] = Field(
        default_factory=list, description="`warnings` in the request's language.")
    changed: list[ArticleSummary] = Field(
        default_factory=list,
        description="With changed_after: the articles changed since that change log "
                    "position (a new version, a re-extraction), as they are now, in the order "
                    "of their last change (an article both new and changed since the poll "
                    "is in both lists).")
    deleted: list[str] = Field(
        default_factory=list,
        description="With changed_after: the ids of articles deleted since that position.")
    reload: bool = Field(
        default=False,
        description="With changed_after: true when the changes since that position can no "
                    "longer be listed (the change log was compacted past it, it is ahead of "
                    "this store's log, or too many changes to list): reload the whole list.")


class SourceInfo(BaseModel):
    source: str
    articles: int
    latest: datetime | None


class SourcesResponse(BaseModel):
    sources: list[SourceInfo]


class StatsResponse(BaseModel):
    counts: dict[str, int]
    """``articles``, ``raw_inputs`` (distinct inputs kept, copies and versions included),
    ``failures``, ``duplicates``: the inputs every ingest did not store as articles,
    found already stored or an exact copy of a stored one, summed over all runs (a folder
    read twice counts twice), and ``copies``: the stored articles copying an earlier one
    (reprints, teasers, republications; ``/api/v1/articles/{id}/duplicates`` lists one
    article's copies)."""
    max_seq: int
    sources: int
    search_available: bool
    store_seq: int = 0
    """The store's last change (its change log's sequence number)."""
    index_seq: int = 0
    """The last change the search index applied."""
    index_lag: int = 0
    """Changes stored but not yet searchable (``store_seq - index_seq``)."""
    enrich_seq: int = 0
    """The last change the enrichment view applied."""
    enrich_lag: int = 0
    """What enrichment has not seen yet: changes after ``enrich_seq``, or every stored
    article when compaction removed changes it never applied (it enriches them all again)."""
    stories_seq: int = 0
    """The last change the stories' re-clustering applied (:mod:`veille.follower`)."""
    stories_lag: int = Field(
        default=0, description="Articles stored since the stories were last re-clustered "
        "(their stories may still change), among the change log's last 2,000 entries "
        "(``veille.ingest.RECLUSTER_LIMIT``): what the next re-clustering catches up.")
    """Articles stored (new, versions) since then, not yet clustered again in the canonical
    order: their stories may still change (the web app's write API leaves that to its
    ``stories`` follower, seconds later)."""
    log_rows: int = 0
    """Changes the store's log keeps (compaction removes those every follower applied)."""
    log_oldest_seq: int = 0
    """The oldest change the log keeps (0: empty)."""
    log_compacted_seq: int = 0
    """Changes up to this seq were removed by compaction (0: none)."""
    replica_seq: int | None = None
    """With a read replica (``read_url``), which serves searches and pages: the last
    change it holds (None without one). The other figures are the primary's."""
    replica_lag: int = 0
    """Changes committed on the primary that the read replica has not replayed yet
    (``store_seq - replica_seq``): searches and pages miss them."""
    replica_lag_seconds: float = 0.0
    """How long ago the oldest change the replica lacks was committed (0 when none)."""


class HitModel(BaseModel):
    """One search result; ``snippets`` and ``title_html`` are HTML-safe (escaped, ``<mark>``)."""

    id: str
    title: str
    title_html: str
    untitled_text: str = Field(default="", description="When `title` is empty (no "
                               "headline): the first words of its text, cut at a word with "
                               "\"…\", which the pages show in the headline's place marked as "
                               "none (italics; \"(sans titre)\" in feeds and the CLI: "
                               "veille.display_title); empty when it has a headline.")
    source: str
    outlet: str = Field(default="", description="The outlet's name as the pages show it "
                        "(its declared name, e.g. \"Le Quotidien\" for ``lequotidien.fr``: "
                        "docs/web.md, Outlet names); ``source`` stays the store's key for it "
                        "(what ``source:`` filters and the ``source`` facet use).")
    url: str | None
    published: datetime | None
    published_precision: Literal["day", "time"] | None = Field(
        default="time", description="`day` when only the day of `published` is known; null "
                                    "when there is no `published`.")
    published_zone_assumed: str = Field(
        default="", description="As an article's: the zone veille assumed to read "
        "`published`, printed with no zone (the list labels its time as the article page "
        "does: \"heure supposée\"); empty when the zone was given.")
    language: str
    score: float
    snippets: list[str]
    snippets_text: list[str] = Field(
        default_factory=list, description="The same snippets as plain text, one for one "
        "(no `<mark>`, entities read): for a client that shows no HTML.")
    story_id: str | None = Field(default=None, description="The story the article belongs to.")
    other_sources: int = Field(
        default=0, description="With collapsed results: the sources of the `others` (the "
                               "story's other MATCHING articles), less this hit's own.")
    others: int = Field(
        default=0, description="With collapsed results: how many other matching articles of "
                               "this story are left out of every page (see the story page).")
    relation: str = Field(default="", description="How the article relates to its "
                          "story's original, as the story page marks it: ``reprint`` "
                          "(another outlet's copy), ``teaser`` (an excerpt of another "
                          "article), ``republication`` (its own source's text at another "
                          "URL), ``unattributed`` (the same text, but it or its original "
                          "has no source: whose it is is unknown), else empty (an article "
                          "of its own).")
    story_sources: int = Field(
        default=0, description="How many sources carry this hit's story in all, this hit's "
                               "own included, matching or not (the story page's count); 0 "
                               "when the article is in no story. Not a count of matches.")
    story_latest: datetime | None = Field(
        default=None, description="With collapsed results sorted by date: the publication "
                                  "time of the story's newest matching article, which the "
                                  "row is sorted by, when it is not this article's; null "
                                  "otherwise.")
    story_latest_precision: Literal["day", "time"] | None = Field(
        default=None, description="`day` when `story_latest` is known to the day only.")
    withdrawn: str = Field(default="", description="``canceled`` or ``withheld`` when its "
                           "agency withdrew it (a wire kill or hold), ``unpublished`` when "
                           "its site removed its page (the page answered HTTP 410 or 404 at "
                           "``withdrawn_at``), else empty: the result is marked, not left "
                           "out.")
    withdrawn_at: datetime | None = Field(default=None, description="When veille saw the "
                                          "page removed (``withdrawn`` ``unpublished``).")
    withdrawn_status: int | None = Field(default=None, description="What the removed page "
                                         "answered: 410 or 404.")
    not_prose: str = Field(
        default="", description="Why its body is no prose, as the article's ``not_prose`` "
        "says (a keyword dump, a list of tags or names: not enriched, clustered or "
        "alerted); empty for prose: the result is marked, not left out (t-check62).")


class FacetModel(BaseModel):
    value: str
    count: int
    outlet: str | None = Field(
        default=None, description="For a `source` facet: the name the outlet is shown by "
                                  "(as a hit's `outlet`); `value` is what `source:` takes. "
                                  "Absent from the other facets.")

    @model_serializer(mode="wrap")
    def _without_outlet(self, handler: SerializerFunctionWrapHandler):  # type: ignore[no-untyped-def]  # noqa: ANN202
        """The facet's fields, ``outlet`` left out where it is None (a language, a day);
        unannotated so that the schema stays the model's (an annotation replaces it)."""
        data: dict[str, Any] = handler(self)
        if data.get("outlet") is None:
            data.pop("outlet", None)
        return data


class EntityFacetModel(BaseModel):
    """An entity or place among a search's matches: ``count`` of the counted matches
    name it; ``filter`` is the query clause that selects it."""

    id: str
    label: str
    name: str
    count: int
    filter: str
    page: str
    """Its page (``/places/...`` for a place of the gazetteer, else ``/entities/...``)."""
    homonym: bool = False
    """Another entry of the same facet bears the same name (two "Valence"): the page shows
    ``area`` or ``country`` beside the name."""
    area: str = ""
    """For a homonym place in France: its département's name ("Drôme"); '' otherwise."""
    country: str = ""
    """For a homonym place: its ISO 3166 country code ("ES"); '' otherwise."""


class SearchResult(BaseModel):
    query: str
    sort: str
    collapse: bool = Field(
        default=False, description="Whether the hits are collapsed by story (the request's "
        "`collapse`, false by default: every matching article; the `/search` page "
        "collapses, and `collapse=true` gives its rows and count, docs/web.md).")
    total: int = Field(description="The matches: articles, or with `collapse` stories "
                       "(each hit standing for its story's other matches, `others`).")
    page: int
    per_page: int
    pages: int
    limit: int = Field(default=0, description="`per_page` under the lists' name (every list "
                       "pages by `limit` and `offset`; t-final66 R5).")
    offset: int = Field(default=0, description="The hits before this page: "
                        "(`page` - 1) × `per_page`.")
    took_ms: float
    hits: list[HitModel]
    facets: dict[str, list[FacetModel]]
    warnings: list[str]
    localized_warnings: list[str] = Field(
        default_factory=list, description="`warnings` in the request's language "
                                          "(Accept-Language, `lang`), as `localized_message`.")
    entities: list[EntityFacetModel] = Field(
        default_factory=list, description="The entities most named among the first "
                                          "`facet_depth` matches by relevance.")
    places: list[EntityFacetModel] = Field(
        default_factory=list, description="The places most named among those matches.")
    facet_depth: int = Field(default=0, description="How many matches were counted.")
    facet_complete: bool = Field(default=False, description="Whether `facet_depth` is every "
                                 "matching article (else the first by relevance).")
    next_cursor: str | None = Field(
        default=None, description="Send as `cursor` (with the same q, sort, per_page and "
                                  "collapse) for the next page of this same list: articles "
                                  "stored since the first page are left out, none is given "
                                  "twice or skipped (docs/web.md); null on the last page, "
                                  "or past 1,000 results given (page on with `page`).")
    prev_cursor: str | None = Field(
        default=None, description="The cursor of the previous page (null when it is the "
                                  "first: leave `cursor` out).")
    snapshot: int | None = Field(
        default=None, description="The store's change log position the first page was "
                                  "read at (the cursor's snapshot); null for a page read by "
                                  "offset, or when the list holds one page.")


class ItemProblemModel(BaseModel):
    """One refused item of a write: where, what, why, and what to do."""

    origin: str = Field(description="Where: 'the request body', or 'the request body#2' for "
                                    "its second record or line (a WARC record: its URL).")
    reason: str = Field(description="What failed, as counted in failure_reasons "
                                    "(bad-json, no-text, empty...).")
    message: str = Field(description="Why, in English.")
    hint: str = Field(default="", description="What to do, in English.")
    localized_message: str = Field(default="", description="``message`` in the request's "
                                                           "language.")
    localized_hint: str = Field(default="", description="``hint`` in that language.")


class IngestResult(BaseModel):
    """What ``POST /api/v1/articles`` did, as ``veille ingest`` reports it."""

    read: int
    new: int
    duplicate: int
    failed: int
    failure_reasons: dict[str, int]
    errors: list[str] = Field(description="Each refused item as one line: 'origin: message'.")
    problems: list[ItemProblemModel] = Field(
        default_factory=list, description="Each refused item's fields, as in ``errors``.")
    ids: list[str]
    duplicate_ids: list[str] = Field(
        default_factory=list, description="The stored articles the duplicate items repeat "
        "(their ids, once each): a body sent again answers with the article it is.")
    versions: int = 0
    skipped: int = 0
    """Items that are no article (a wire picture or video item): not failures."""
    skipped_kinds: dict[str, int] = Field(
        default_factory=dict, description="What the skipped items were ('picture', "
        "'package item', 'WARC request record'...), counted; the counts add up to skipped.")
    index_pending: int = 0
    index_error: str = ""
    own_source: int = Field(
        default=0, description="Items that name their own outlet (a record's url or "
        "source, a saved page's canonical URL), stored under it rather than ?source=, "
        "which applies to items naming none.")
    notes: list[str] = Field(
        default_factory=list, description="What the ingest kept out of a stored item "
        "without refusing it, one line each ('origin: what'): an outlet kept over "
        "?source=, a record date not used...")


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    hint: str = ""
    localized_message: str = Field(
        default="", description="``message`` in the request's language (?lang=, cookie, "
                                "Accept-Language, then the default_language setting).")
    localized_hint: str = Field(default="", description="``hint`` in that language.")


class ErrorResponse(BaseModel):
    """Every 4xx and 5xx of the API has this shape."""

    error: ErrorDetail


def summary_text(article: Article) -> str:
    content = article.content
    if content is None:
        return ""
    text = content.lead or (content.paragraphs[0] if content.paragraphs else "")
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"


def _precision(published: datetime | None, precision: str | None) -> Literal["day", "time"] | None:
    """The precision shown for a date: none without a date (docs/record.md)."""
    if published is None:
        return None
    return "day" if precision == "day" else "time"


def zone_assumed(content: Content | None) -> str:
    """The zone veille assumed to read ``content.published`` (a timed date printed with no
    zone: :func:`veille.extract.timezones.assumed_zone_name` of ``evidence["timezone"]``),
    "" when the zone was given or there is no timed date (f-outlet27: the article page
    showed such a time as a known one)."""
    if content is None or content.published is None or content.published_precision != TIME:
        return ""
    return assumed_zone_name(str(content.evidence.get("timezone", "")))


def from_article(article: Article) -> ArticleSummary:
    content = article.content
    return ArticleSummary(
        id=article.id, title=content.title if content else "", source=article.source,
        outlet=article.source, url=article.url, published=content.published if content else None,
        published_precision=_precision(content.published, content.published_precision)
        if content else None,
        published_zone_assumed=zone_assumed(content),
        updated=content.updated if content else None,
        updated_precision=_precision(content.updated, content.updated_precision)
        if content else None, first_seen=article.first_seen,
        revised_at=revised_at(article),
        language=content.language if content else "",
        authors=list(content.authors) if content else [], summary=summary_text(article),
        untitled_text=untitled_text(content.title, content.lead, content.paragraphs)
        if content else "",
        story_id=article.dedup.story_id if article.dedup else None,
        withdrawn=withdrawn(content.evidence) if content else "",
        not_prose=unread_body(content.evidence) if content else "")


def mark_gone(items: Sequence[ArticleSummary | HitModel],
              gone: Mapping[str, Unpublished]) -> None:
    """Mark, in place, the rows whose URL is in ``gone`` (their site removed the page:
    :func:`veille.collect.gone.unpublished_of`) ``withdrawn`` ``unpublished``, with the
    time seen and the status; a row already withdrawn (a wire kill) keeps its word."""
    for item in items:
        found = gone.get(item.url) if item.url else None
        if found is not None and not item.withdrawn:
            item.withdrawn, item.withdrawn_at = "unpublished", found.seen
            item.withdrawn_status = found.status


def from_article_detail(article: Article, related: list[Article]) -> ArticleDetail:
    content = article.content
    return ArticleDetail(
        **from_article(article).model_dump(),
        lead=content.lead if content else "",
        standfirst=printed_standfirst(content) if content else "",
        paragraphs=list(content.paragraphs) if content else [],
        site_name=content.site_name if content else "",
        credit=credit_of(article),
        author_roles={a: r for a, r in content.author_roles.items() if a in content.authors}
        if content else {},
        truncated=content.truncated if content else False,
        raw_id=article.raw.raw_id, media_type=article.raw.media_type,
        related=[from_article(a) for a in related],
        unread_language=str((article.enrichment or {}).get("unread_language") or ""),
        dates_rejected=str(content.evidence.get("dates_rejected") or "")[:300]
        if content else "",
        **_dropped(content))


def _dropped(content: Content | None) -> dict[str, Any]:
    """``dropped`` and ``dropped_unlisted`` of :class:`ArticleDetail` (issue 14)."""
    found, more = dropped_blocks(content.evidence if content else {})
    return {"dropped": [DroppedModel(**item.to_dict()) for item in found],
            "dropped_unlisted": more}


def credit_of(article: Article) -> str:
    """The agencies ``article``'s byline credits (``evidence["credit"]``), "" when none."""
    return str(article.content.evidence.get("credit", "")) if article.content else ""


def from_search(response: SearchResponse, *, sort: str, collapse: bool = False
                ) -> SearchResult:
    pages = max(1, -(-response.total // max(1, response.per_page)))
    return SearchResult(
        query=response.query, sort=sort, collapse=collapse, total=response.total,
        page=response.page, per_page=response.per_page, pages=pages,
        limit=response.per_page, offset=(response.page - 1) * response.per_page,
        took_ms=response.took_ms,
        hits=[HitModel(id=h.id, title=h.title, title_html=h.title_html or str(escape(h.title)),
                       source=h.source, outlet=h.source,
                       url=h.url, published=h.published, language=h.language,
                       published_precision=_precision(h.published, h.published_precision),
                       score=h.score, snippets=list(h.snippets),
                       snippets_text=list(h.snippets_text), story_id=h.story_id,
                       others=h.others, other_sources=h.other_sources,
                       story_sources=h.story_sources, story_latest=h.story_latest,
                       story_latest_precision="day" if h.story_latest_precision == "day"
                       else "time" if h.story_latest else None)
              for h in response.hits],
        facets={name: [FacetModel(value=f.value, count=f.count) for f in values]
                for name, values in response.facets.items()},
        warnings=list(response.warnings))


ArticleDetail.model_rebuild()
