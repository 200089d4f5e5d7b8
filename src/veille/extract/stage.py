"""The extraction stage: dispatches a raw input to the extractor for its media type."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection
from dataclasses import fields, replace
from datetime import datetime, time, timedelta
from typing import ClassVar

from veille.collect.sniff import opens_as_html
from veille.errors import ExtractionError, InputError
from veille.extract.article_bound import bound_article
from veille.extract.bylines import people_of
from veille.extract.clock_change import note_clock_changes
from veille.extract.dates import after_fetch, captured_by, probing_relative
from veille.extract.exported import exported_content, is_exported_content
from veille.extract.given_source import applied_source, named_outlet, saved_page_outlet
from veille.extract.html import extract_html, one_page_layout
from veille.extract.html.metadata import MASTHEAD_SITE, TITLED_SITE, url_refusal
from veille.extract.html_encoding import decode_input
from veille.extract.listed_byline import listed_people
from veille.extract.listing_summary import mark_listing_summary
from veille.extract.masthead import CAPTURE_MASTHEAD_SITE
from veille.extract.nitf import NITF, extract_nitf
from veille.extract.not_found import not_found_message
from veille.extract.paywall_notice import DECLARED_TEXT, cut_paywall_notice
from veille.extract.place_zones import zone_or_places
from veille.extract.reading_time import note_ahead_of_reading
from veille.extract.record_source import placeholder
from veille.extract.records import exported_source, read_record_line, record_to_content
from veille.extract.terminal import strip_terminal
from veille.extract.text_capture import CaptureResult, extract_text_capture, one_layout
from veille.extract.timezones import keep_locale, page_zone
from veille.extract.trailing_credit import add_credits, inner_credits, trailing_credit
from veille.extract.walls import WALL_REASON, wall_kind
from veille.extract.wire import (
    G2,
    NINJS,
    extract_newsml,
    extract_ninjs,
    wire_article_id,
    wire_source,
)
from veille.extract.word_salad import (
    NOT_PROSE,
    no_sentence,
    not_prose,
    unread_body,
    word_salad,
)
from veille.outlet_identity import in_capitals, table_spelling
from veille.outlet_names import name_like, plausibly_names_site, unnamed_host
from veille.pipeline.stage import Stage
from veille.record import (
    BY_UPDATE,
    DAY,
    ITEM_HINT,
    LISTING_SUMMARY_HINT,
    NO_DATE,
    POSSIBLY_CUT,
    TIME,
    TRANSFER_HINT,
    WARC_TRUNCATED_HINT,
    ZONE_HINT,
    Article,
    Content,
    RawInput,
    article_id,
    capture_bound,
    capture_time_known,
    exported_id,
    folder_item,
    names_one_page,
    source_from_url,
    strip_controls,
)

TEXT = "text/plain"
HTML = "text/html"
RECORD = "application/x-veille-record+json"
MEDIA_TYPES = (TEXT, HTML, RECORD)

SiteChrome = Callable[[str], Collection[str]]


def listed_date(content: Content, raw: RawInput) -> None:
    """Date an article the input leaves undated, dated only by its URL's day
    (:func:`only_url_day`), or dated by a day only that the listing gives with its time
    (:func:`listing_gives_the_time`), with the date its listing gave (a feed's ``pubDate``, a news
    sitemap's ``publication_date``, a wire envelope's ``sent``), saying so in
    ``evidence``. A listing date without a zone (``2024-03-12T10:00:00``) or without
    a time (a sitemap's ``2026-11-28``) is read in the page's zone, chosen by
    :func:`~veille.extract.timezones.page_zone` as for a zone-less date printed on the page,
    and ``evidence["timezone"]`` says so in the same words; the listing's language tag comes
    first (``raw.hints["language"]``, RSS ``<language>fr-ca</language>``: America/Toronto),
    then the page's own locale (``<html lang="fr-MQ">``: America/Martinique).
    A listing date after the fetch
    time is no publication date, by the very bound the page's own dates get
    (:func:`~veille.extract.dates.after_fetch`: the clock skew, plus the zone's when the
    zone was assumed): it is kept in ``evidence``, flagged, and not used (issue #12;
    newuser13b M8: a 15-minute bound here and a 10-minute one on the page refused the
    page's 23:45 and took the feed's copy of the same instant). When the page gave
    dates that were all refused, ``evidence["published"]`` says so, not "the page gives
    no date". A listing date that is no date at all
    (``raw.hints["published_unread"]``: the text and its field) is named in
    ``evidence["dates_rejected"]`` (newuser12 W23, W31)."""
    page_refused = bool(content.evidence.get("dates_rejected")) and content.published is None
    unread = raw.hints.get("published_unread", "")
    if unread:  # the listing's date was no date veille reads: named, not dropped
        line = f"{unread}: not a date veille reads"
        earlier = content.evidence.get("dates_rejected")
        content.evidence["dates_rejected"] = f"{earlier}; {line}" if earlier else line
    value = raw.hints.get("published", "")
    try:
        when = datetime.fromisoformat(value) if value else None
    except ValueError:
        return
    if when is None:
        return
    where = raw.hints.get("published_from", "listing")
    day = raw.hints.get("published_precision") == DAY
    how = f"given by the {where}"
    zone_given = not day and when.tzinfo is not None
    if day or when.tzinfo is None:
        # A listing's "2026-11-28" is that day where the page is written: midnight in the
        # page's zone (as for a day-only date on the page itself), not midnight UTC.
        locales = [tag for tag in (raw.hints.get("language", ""),
                                   content.evidence.get("locale", ""), content.language) if tag]
        zone, how = zone_or_places(
            *page_zone(locales, content.url or raw.url, setting=raw.hints.get(ZONE_HINT, "")),
            "\n".join([content.title or "", *content.paragraphs]), content.language or "")
        keep_locale(raw.hints.get("language", ""), content.language, content.evidence)
        when = (datetime.combine(when.date(), time(0), tzinfo=zone) if day
                else when.replace(tzinfo=zone))
    if after_fetch(when, raw.fetched_at, zone_given=zone_given):
        note = f"{where} {value} is after the fetch time; not used"
        if content.published is None:
            content.evidence["published"] = note
        else:  # the URL's day stays, and says so
            content.evidence["listing_date"] = note
        return
    url_day = content.published is not None and only_url_day(content)
    page_day = content.published is not None and not url_day
    content.published = when
    content.published_precision = DAY if day else TIME
    content.evidence["published"] = (
        f"{where} (the page's own dates were refused: dates_rejected)" if page_refused else
        f"{where} (the page gives only that day, no time)" if page_day else
        f"{where} (the page gives no date)" if not url_day else
        f"{where} (the page gives only its URL's day)")
    content.evidence["timezone"] = how


def listing_gives_the_time(content: Content, raw: RawInput) -> bool:
    """Whether the listing gives, with its time and zone, the very day the page gives
    with no time (a dateline's "GENÈVE, 12 février -", its year inferred): the listing's
    instant is then the same date, told more precisely, and is taken (t-final60 #10: a
    feed item stored from its content, its Atom ``published`` 2026-02-12T12:00:00+01:00,
    was dated 2026-02-12, day precision, zone assumed from "Genève"). A listing giving
    another day does not override the page's own."""
    value = raw.hints.get("published", "")
    if content.published is None or content.published_precision != DAY or not value or \
            raw.hints.get("published_precision") == DAY:
        return False
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return False
    return when.tzinfo is not None and when.date() == content.published.date()


def relative_publication(content: Content) -> bool:
    """Whether ``content``'s publication date was read from a relative expression ("il y a
    3 heures", "Hier à 18:40", "2 hours ago"; its evidence says "relative"), so depends on
    the time the page was captured."""
    return content.published is not None and "relative" in content.evidence.get("published", "")


def update_after_publication(content: Content) -> None:
    """Drop an update time earlier than the publication (a relative "Updated 2 hours ago"
    read against a reference before the page's own date, or a CMS's stale field): no page
    is updated before it is published (t-final32 #3). Kept in evidence. A day-only
    publication is compared by its day."""
    published, updated = content.published, content.updated
    if published is None or updated is None or content.evidence.get("published") == BY_UPDATE:
        return
    if published.tzinfo is None or updated.tzinfo is None:
        return
    if (updated.date() < published.date()) if content.published_precision == DAY else \
            updated < published:
        content.evidence["updated"] = (f"unknown: {updated.isoformat()} ("
                                       f"{content.evidence.get('updated') or 'read'}) is "
                                       f"before the publication")
        content.updated = None


def dated_by_update(content: Content) -> None:
    """A content giving only an update time ("Updated: November 25, 2026 10:20 PM ET"),
    dated by it: the article was published on or before it, so the update bounds its
    publication from above, and filing it by the time veille first saw it (days later,
    "date unknown") was further from the truth (t-final31 F7). ``evidence["published"]``
    says so (:data:`BY_UPDATE`); ``updated`` stays. A midnight update with no time
    printed is a day (``published_precision`` ``day``)."""
    updated = content.updated
    if updated is None:
        return
    content.published = updated
    midnight = updated.time() == time(0, 0)
    content.published_precision = DAY if midnight else TIME
    content.evidence["published"] = BY_UPDATE


def only_url_day(content: Content) -> bool:
    """True when the article's date is only the day its URL path spells (``/2026/11/30/``,
    :mod:`veille.extract.html.dating` rule 5): a guess that a listing's own date for the
    item beats (newuser10 S5: the path was another site's canonical URL, a day early, and
    the feed's exact time was lost)."""
    return (content.published is not None
            and content.evidence.get("published", "").startswith("URL path"))


def listed_updated(content: Content, raw: RawInput) -> None:
    """Give an article whose page says nothing of a change the time its listing says the
    item last changed (``raw.hints["modified"]``: Atom ``updated``, RSS
    ``dcterms:modified``, JSON Feed ``date_modified``), when that is after its
    publication and not after the fetch (:func:`~veille.extract.dates.after_fetch`), saying so in
    ``evidence["modified"]``; a zone-less time is read in the publication's zone. An Atom
    entry's ``updated`` equal to its ``published`` is no change. newuser8 Q8: a feed item
    stored from its content got a new version and no ``updated`` time. A day alone
    (``raw.hints["modified_precision"]`` "day") keeps day precision (issue 16)."""
    value = raw.hints.get("modified", "")
    published = content.published
    if content.updated is not None or not value or published is None:
        return
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return
    if when.tzinfo is None:
        if published.tzinfo is None:
            return
        when = when.replace(tzinfo=published.tzinfo)
    elif published.tzinfo is None:
        return
    if published < when and not after_fetch(when, raw.fetched_at):
        content.updated = when
        content.updated_precision = DAY if raw.hints.get("modified_precision") == DAY else TIME
        content.evidence["modified"] = "the listing's last change (the page gives none)"


def listed_authors(content: Content, raw: RawInput) -> None:
    """Credit an article whose page names no author (no byline, no credited agency) with
    the authors its listing gave (a feed's ``dc:creator``, ``author``, JSON Feed
    ``authors``: one a line in ``raw.hints["authors"]``), read as bylines
    (:func:`veille.extract.bylines.people_of`: newsrooms dropped, an agency is a credit, a
    name in capitals restored), saying so in ``evidence``, as :func:`listed_date` does for
    the date. A page that credits an agency and names no one (an AP dispatch's "BEIRUT
    (AP) —" dateline) still takes the people its listing names: the agency is the credit,
    the correspondent the author (docs/record.md; t-final28 F5, a JSON Feed's
    ``authors: [{"name": "Bassem Mroue"}]`` was dropped); its credit stays the page's. A
    value that names a person then a bureau or role after a comma ("Peter Hornung, ARD
    Neu-Delhi") is one author with that role in ``author_roles``
    (:func:`veille.extract.listed_byline.listed_people`, t-final67 F4)."""
    names = [n for n in map(strip_controls, raw.hints.get("authors", "").splitlines())
             if n.strip()]
    if not names or content.authors:
        return
    roles: dict[str, str] = {}
    read: list[str] = []
    for value in names:  # "Peter Hornung, ARD Neu-Delhi": one author and a bureau (F4)
        persons, role = listed_people(value)
        read.extend(persons)
        roles.update(dict.fromkeys(persons, role) if role else {})
    people, credits = people_of(read)
    site = " ".join(content.site_name.lower().split())
    people = [p for p in people if " ".join(p.lower().split()) != site]
    where = raw.hints.get("authors_from", "listing")
    if people:
        content.authors = people
        content.evidence["authors"] = f"{where} (the page gives no byline)"
        content.author_roles.update({p: roles[p] for p in people
                                     if p in roles and p not in content.author_roles})
    if credits and not content.evidence.get("credit"):
        content.evidence["credit"] = ", ".join(credits)


def listed_title(content: Content, raw: RawInput) -> None:
    """Give an article whose page prints no headline (no ``<title>``, ``<h1>`` or metadata
    title) the title its listing gave (RSS/Atom ``title``, JSON Feed ``title``, a news
    sitemap's ``news:title``), saying so in ``evidence``, as :func:`listed_date` does for
    the date (newuser10 S4: such an article was listed with an empty headline)."""
    title = strip_controls(raw.hints.get("title", "")).strip()
    if title and not content.title.strip():
        content.title = title
        # The page's lines refused as furniture stay named ("none found (page furniture
        # refused: 'Politique')": extract/furniture_title.py).
        refused = content.evidence.get("title", "").partition("(page furniture refused: ")[2]
        content.evidence["title"] = "the listing's title (the page gives none" + (
            f"; page furniture refused: {refused}" if refused else ")")


def listed_site_name(content: Content, raw: RawInput) -> None:
    """Give an article whose page declares no site name (no ``og:site_name``, no JSON-LD
    ``publisher.name``: a feed item stored from the feed's own text, a page without
    metadata) the outlet's name its feed's title gives its site (``raw.hints
    ["site_name"]``: :func:`veille.collect.feed_outlet.feed_outlet`), saying so in
    ``evidence``, as :func:`listed_title` does for the headline (t-final29 U3: Le Figaro's
    feed items were shown as ``lefigaro.fr``). The page's own declaration wins."""
    name = " ".join(strip_controls(raw.hints.get("site_name", "")).split())
    if name and not content.site_name.strip():
        content.site_name = name[:MAX_SOURCE_CHARS]
        content.evidence["site_name"] = strip_controls(
            raw.hints.get("site_name_from", ""))[:200] or FEED_TITLE_SITE


FEED_TITLE_SITE = "the feed's title (the page declares none)"
"""The evidence of a site name its feed's title gives (:func:`listed_site_name`)."""
MAX_SOURCE_CHARS = 100
"""The longest source taken from a page's declared site name (:func:`declared_source`)."""


def declared_source(site_name: str) -> str:
    """The source of an article that neither ``--source`` nor a URL names: the site name
    its input declares (``og:site_name``, JSON-LD ``publisher.name``, a JSON record's
    ``source``/``site_name``, a NewsML provider), its words joined by single spaces, at
    most :data:`MAX_SOURCE_CHARS` characters; empty when none is declared. newuser9 R5: a
    saved page of Le Monde had an empty ``source``, so ``source:`` filters, the home
    page's source list and the story's source counts did not know it."""
    name = " ".join(site_name.split())[:MAX_SOURCE_CHARS].strip()
    # a masthead set in capitals is stored by the outlet table's spelling ("OUEST-FRANCE"
    # as "Ouest-France"): one outlet's captures are one source (t-final54 B3)
    return (table_spelling(name) or name) if in_capitals(name) else name


def fetched_page_claim(content: Content, raw: RawInput) -> None:
    """Drop the page address an input claims (a wire item's page link, a JSON record's
    ``url``) when it was fetched from ``raw.url`` and :func:`~veille.extract.html.metadata.
    url_refusal` does not believe the claim, saying so in ``evidence.url``: the rule the
    HTML extractor applies to a canonical link, for every extractor (newuser10 S6)."""
    if not raw.url or not content.url:
        return
    why = url_refusal(content.url, raw.url)
    if why:
        content.evidence["url"] = f"page link {content.url[:200]} not believed ({why})"
        content.url = None


#: The not-prose reason of a page of headlines (:func:`headline_page`).
HEADLINE_PAGE = "a page of headlines (section or tag page), no article"


def headline_page(result: CaptureResult) -> Content:
    """The content of a text capture that is a page of headlines (a section or tag page, a
    listing of teasers): stored, not refused (h-api66; h-copies65 item 1, issue 14), with
    its headlines (and summaries) as its paragraphs and its ``evidence[NOT_PROSE]`` set
    to :data:`HEADLINE_PAGE`, so it is never enriched, clustered or alerted, and search
    leaves it out by default (:mod:`veille.extract.word_salad`). Its title is the label
    above its first card ("Tag : Tramway"), else its masthead's or "N headlines"; it has no
    date of its own (its cards' dates are their articles': newuser11 T1), no author."""
    count = sum(1 for _ in result.headlines)
    title = result.headlines_label or (
        f"{result.masthead}: a page of headlines" if result.masthead else
        "a page of headlines")
    evidence = {key: value for key, value in result.evidence.items()
                if key in ("site_name", "encoding", "dropped", "media_type")}
    if result.masthead:
        evidence["site_name"] = CAPTURE_MASTHEAD_SITE
    evidence[NOT_PROSE] = HEADLINE_PAGE
    evidence["published"] = "unknown: a page of headlines (its dates are its articles')"
    evidence["body"] = f"{count} lines: the page's headlines (and summaries), no article text"
    return Content(
        title=title[:300],
        url=result.url or None,
        site_name=result.masthead[:MAX_SOURCE_CHARS],
        lead="",
        paragraphs=list(result.headlines),
        authors=[],
        published=None,
        published_precision=NO_DATE,
        language=result.language,
        extractor="text-capture",
        evidence=evidence,
    )


def _no_chrome(source: str) -> Collection[str]:
    return frozenset()


def composed(text: str) -> str:
    """``text`` in Unicode normalization form C: "gre\u0300ve" (a decomposed "è", as some
    Mac tools and CMSs write it) is "grève", as a query types it; a precomposed letter and
    its decomposed spelling are one word for the index and the query alike (verify17 Y8)."""
    return text if unicodedata.is_normalized("NFC", text) else \
        unicodedata.normalize("NFC", text)


def without_controls(content: Content) -> Content:
    """``content`` with control characters removed from every text field, whatever the
    extractor (see :data:`veille.record.CONTROLS`): they are never text, and a stored
    title is shown in terminals, feeds and pages; every text field is also in Unicode
    form C (:func:`composed`)."""
    for f in fields(content):
        value = getattr(content, f.name)
        if isinstance(value, str):
            setattr(content, f.name, composed(strip_controls(value)))
        elif isinstance(value, list):  # paragraphs, authors, subjects: empty ones go
            setattr(content, f.name, [v for v in (composed(strip_controls(str(v)))
                                                  for v in value) if v])
        elif isinstance(value, dict):
            setattr(content, f.name, {k: strip_controls(v) if isinstance(v, str) else v
                                      for k, v in value.items()})
    return content


class ExtractStage(Stage):
    """Fills ``content`` from ``raw``.

    ``site_chrome`` maps a source to the blocks known to repeat across its pages; the
    ingest loop, which owns the store, hands it in, so this stage does no I/O.
    """

    name: ClassVar[str] = "extract"
    requires: ClassVar[tuple[str, ...]] = ("raw",)
    assigns: ClassVar[tuple[str, ...]] = ("content",)

    def __init__(self, *, site_chrome: SiteChrome = _no_chrome) -> None:
        self.site_chrome = site_chrome

    def __call__(self, article: Article) -> Article:
        # one layout per article: the relative-date probe below extracts a saved capture
        # or page again, and reads only its dates again (r-speed61, r-perf63, issue 13)
        with one_layout(), one_page_layout():
            return self._dated_once(article)

    def _dated_once(self, article: Article) -> Article:
        # every date "after the fetch" is judged against the capture's bound, not a file's
        # modification time (t-final30 F2)
        given = article.source  # the extraction may name the source (a masthead's)
        with captured_by(capture_bound(article.raw)):
            extracted = self._extract(article)
        content = extracted.content
        if content is not None:
            relative = relative_publication(content)
            if not capture_time_known(article.raw):
                if content.updated is not None or relative or content.published is None:
                    self._relative_update_unknown(article, content, given)
            elif relative:  # the anchor is said (t-final33: a relative date's anchor)
                content.evidence["published"] += (
                    f"; counted from the capture time {article.raw.fetched_at.isoformat()}")
            if content.updated is not None:
                update_after_publication(content)
        return extracted

    def _relative_update_unknown(self, article: Article, content: Content,
                                 given: str) -> None:
        """Leave ``content``'s update time unknown when it depends on the capture time,
        which is unknown (a saved file, standard input): "Updated 2 hours ago", "Mis à jour
        il y a 3 heures", "vor 2 Stunden" counts from the moment the page was captured, and
        a file's time or the reading time is no such moment (t-final32 #3: a March dispatch
        "updated" in December). Found by extracting again against a reference a day later:
        an update that moves with it was read from the capture time. The probe is the
        same input under the source it was ``given`` (before its extraction named one from
        a masthead or a declared site name): the same capture, read alike but for the
        reference time, so that its layout is reused (:func:`~veille.extract.text_capture.
        one_layout`, :func:`~veille.extract.html.one_page_layout`; r-speed61, r-perf63)."""
        raw = article.raw
        probe = Article(raw=replace(raw, fetched_at=raw.fetched_at + timedelta(days=1),
                                    hints=dict(raw.hints)),
                        id=article.id or "probe", source=given)
        try:
            with captured_by(capture_bound(probe.raw)), probing_relative():
                moved = self._extract(probe).content
        except (InputError, ExtractionError):
            return
        if moved is None:
            return
        if content.published is None and relative_publication(moved):
            # "Publié aujourd'hui à 12h04" read before 12h04 on the file's day: no date was
            # found, as none may be after the capture; a day later it is found, so the page
            # is dated by a relative dateline alone (t-final34 #7: once read as the ingest
            # day, then left undated with nothing said)
            how = moved.evidence.get("published") or "relative date"
            content.evidence["published"] = (
                f"unknown: the page's publication date is relative ({how}) and the time it "
                "was captured is unknown; a fetch, a WARC record or an export line gives "
                "that time")
            return
        if relative_publication(content) and moved.published != content.published:
            # "Il y a 4 heures", "Yesterday at 9:15 PM" and nothing absolute: counted from a
            # file's time, a copy or a ``touch`` would give it any date (t-final33 brief).
            how = content.evidence.get("published") or "relative date"
            when = content.published.isoformat() if content.published else "?"
            content.published = None
            content.published_precision = NO_DATE
            content.evidence["published"] = (
                f"unknown: the page's publication date is relative ({how}, read as {when} "
                "from the file's time) and the time it was captured is unknown; a fetch, a "
                "WARC record or an export line gives that time")
            if content.updated is None or moved.updated != content.updated:
                content.evidence.pop("timezone", None)  # no time left that it would date
        was = content.updated
        if was is None or moved.updated == was:
            return
        how = content.evidence.get("updated") or "relative date"
        content.evidence["updated"] = (
            f"unknown: the page's update time is relative ({how}, read as "
            f"{was.isoformat()}) and the time it was captured is unknown")
        content.updated = None
        if content.evidence.get("published") == BY_UPDATE:  # dated by that update alone
            content.published = None
            content.published_precision = NO_DATE
            content.evidence["published"] = "unknown: dated by a relative update only"

    def _extract(self, article: Article) -> Article:
        raw = article.raw
        if not raw.data or raw.data.isspace():  # strip() would copy the whole input
            raise InputError("empty input", origin=raw.origin, reason="empty",
                             hint="nothing to extract; check the file")
        media_type = raw.media_type.split(";", 1)[0].strip().lower()
        # a file of a folder source (its path is its identity): the folder's registration
        # name names only the files that name no outlet (docs/collect.md)
        folder_file = bool(raw.source) and raw.hints.get(ITEM_HINT, "").startswith(
            folder_item(raw.source or "", ""))
        if raw.media_type == NITF:
            content = extract_nitf(raw.data, origin=raw.origin)
        elif raw.media_type in (G2, NINJS):
            if raw.media_type == G2:  # a naive time is read in the envelope's offset
                content = extract_newsml(raw.data, origin=raw.origin,
                                         sent=raw.hints.get("sent", ""),
                                         fetched_at=raw.fetched_at)
            else:
                content = extract_ninjs(raw.data, origin=raw.origin,
                                        fetched_at=raw.fetched_at)
        elif media_type == RECORD:
            record, cut = read_record_line(raw.data, origin=raw.origin)
            # a line of `veille export` is the content its store held, every field kept
            # (issue 14: read as a foreign record, its evidence and extractor were lost)
            content = (exported_content(record["content"], fetched_at=raw.fetched_at,
                                        raw=record.get("raw"))
                       if exported_id(raw) and is_exported_content(record) else
                       record_to_content(record, origin=raw.origin, fetched_at=raw.fetched_at))
            if cut:  # a line over the record bound, its texts cut to the article bound
                earlier = content.evidence.get("input")
                content.evidence["input"] = f"{earlier}; {cut}" if earlier else cut
            # the store's name of the outlet in an exported line, else the outlet the
            # record declares, before its URL's host (t-enrich20 E16); --source only when
            # the record names none (t-final25 S2)
            own = exported_source(record) or named_outlet(content.site_name, content.url,
                                                          content.evidence)
            article.source = (applied_source(raw.source, own, content.evidence)
                              or source_from_url(raw.url) or "")
        else:
            # The media type may carry the HTTP header's charset parameter.
            decoded = decode_input(raw.data, raw.media_type, origin=raw.origin)
            html_as_text = media_type != HTML and opens_as_html(decoded.text)
            if media_type == HTML or html_as_text:
                # an HTML page saved or served as text is still a page (verify13 V5: it
                # became an article titled "<!doctype html>")
                content = extract_html(decoded.text, url=raw.url, origin=raw.origin,
                                       fetched_at=raw.fetched_at,
                                       zone_setting=raw.hints.get(ZONE_HINT, ""))
                if html_as_text:
                    content.evidence["media_type"] = (f"an HTML document given as "
                                                      f"{media_type or 'text'}: read as HTML")
                if raw.source and not raw.url:  # a saved page naming its site: S2
                    # a name read from its <title> or masthead is no declaration: the
                    # given source names the page (t-final32 #11), unless that source
                    # is a folder source's name, a fallback only (t-final36 A10)
                    declared = "" if content.evidence.get("site_name") in (
                        TITLED_SITE, MASTHEAD_SITE) and not folder_file else content.site_name
                    own, where = saved_page_outlet(declared, content.url)
                    article.source = applied_source(raw.source, own, content.evidence,
                                                    where)
            else:
                content = self._capture(strip_terminal(decoded.text), article)
                if folder_file and content.site_name:  # t-final36 A10: a folder source's
                    # name is a fallback; the capture's masthead names its outlet, as
                    # `veille ingest FILE` reads it
                    article.source = applied_source(
                        raw.source, declared_source(content.site_name), content.evidence,
                        "its masthead")
            content.evidence["encoding"] = decoded.encoding
        content = without_controls(bound_article(content))
        if content.extractor in DECLARED_TEXT:  # as pages and captures: t-reader21 R9
            cut_paywall_notice(content)
        fetched_page_claim(content, raw)
        if not content.paragraphs:
            raise ExtractionError("no article text found", origin=raw.origin, reason="no-text",
                                  hint="the input holds no paragraph of prose")
        # t-final59 #8: no headline and no prose, it was stored and enriched into false
        # entities; a titled text of random words stays (the scaling bench's pages)
        salad = None if content.title else word_salad(content.paragraphs)
        if salad is not None:
            raise ExtractionError(
                f"no article: no headline, and the {salad[0]:,} words read are {salad[1]} "
                "distinct words in random order (word salad, no prose)", origin=raw.origin,
                reason="no-text", hint="veille stores articles: this text was not stored")
        # r-extract60: a body of no prose (a token list, a keyword dump, word salad) under
        # a headline is stored, as the headline is the page's, but never enriched: its few
        # words counted thousands of times were false entities and facets (t-final59 #8)
        # t-final61 #6: a short body of no sentence (a keyword dump, a list of tags or
        # names) in a page, a feed item or a wire item, as a capture of that shape keeps
        # no paragraph; such an article is also kept out of stories and alerts
        fault = not_prose(content.paragraphs) or no_sentence(content.paragraphs)
        if fault and not content.title:
            raise ExtractionError(f"no article: no headline, and {fault}", origin=raw.origin,
                                  reason="no-text",
                                  hint="veille stores articles: this text was not stored")
        if fault and not unread_body(content.evidence):  # a page of headlines says why
            content.evidence[NOT_PROSE] = ("not enriched, clustered or alerted: its body is "
                                           f"no prose: {fault}")
        if content.published is None or only_url_day(content) or \
                listing_gives_the_time(content, article.raw):
            listed_date(content, article.raw)
        if content.published is None:
            dated_by_update(content)
        if content.published is None:
            content.published_precision = NO_DATE
        listed_title(content, article.raw)
        listed_site_name(content, article.raw)
        listed_authors(content, article.raw)
        listed_updated(content, article.raw)
        note_clock_changes(content)  # newuser16c N2
        if not exported_id(raw):  # an exported line's note is its first reading's
            note_ahead_of_reading(content, capture_bound(raw))  # t-final55b A14
        if raw.hints.get("body_from"):  # the listing's text, the page being unreachable
            content.evidence["body"] = strip_controls(raw.hints["body_from"])[:500]
        if raw.hints.get("title_from") and content.title:  # that text's title: no <title>
            content.evidence["title"] = strip_controls(raw.hints["title_from"])[:500]
        if raw.hints.get(LISTING_SUMMARY_HINT):  # a feed file's item: its summary alone
            mark_listing_summary(content, strip_controls(raw.hints[LISTING_SUMMARY_HINT])[:80])
        if raw.hints.get(TRANSFER_HINT) == POSSIBLY_CUT:  # newuser13b M13
            content.evidence[TRANSFER_HINT] = POSSIBLY_CUT
        if raw.hints.get(WARC_TRUNCATED_HINT):  # the archive kept part of it (C4)
            content.truncated = True
            content.evidence["truncated"] = (
                f"WARC-Truncated: {strip_controls(raw.hints[WARC_TRUNCATED_HINT])[:40]} "
                "(the archive holds part of the page only)")
        if raw.hints.get("source_claim"):  # a feed's <source>: credit, not the source
            content.evidence["source_claim"] = strip_controls(raw.hints["source_claim"])[:500]
        article.content = content
        if content.guid:  # every version of a wire item is one article
            article.id = wire_article_id(content.guid)
            provider = wire_source(content.guid, content.site_name,
                                   content.evidence.get("credit", ""))
            if raw.source and not raw.url and provider and not placeholder(provider):  # S2
                article.source = applied_source(raw.source, provider, content.evidence)
            article.source = article.source or provider
        if content.url and not raw.url:
            article.source = article.source or source_from_url(content.url) or ""
            if not content.guid and names_one_page(content.url) and not exported_id(raw):
                # A saved page is the page its canonical URL names: saved again after an
                # update, it is a new version of that article, not a second article.
                article.id = article_id(url=content.url, raw_id=raw.raw_id)
        if not article.source or (unnamed_host(article.source) and name_like(
                content.site_name) and content.evidence.get("site_name") != MASTHEAD_SITE
                and not content.evidence.get("site_name", "").startswith("the capture's")
                and not plausibly_names_site(content.site_name, article.source)):
            # a page served on an address that names no outlet (127.0.0.1, *.local) is
            # stored under the name it declares itself (og:site_name, JSON-LD, a record's),
            # else the site part of its <title> ("… - Le Dauphiné": TITLED_SITE, t-final59:
            # fed pages of Libération and Le Dauphiné were shown as "127.0.0.1"), else the
            # name its feed's title gives (its edition or section cut off:
            # veille.collect.feed_outlet); not a name read from its masthead heading alone
            # (a site's pages that declare nothing stay with the address): two outlets
            # served on one address are two sources, each by its name (t-final54 B4: one
            # source, every article shown by one outlet's name), and an outlet's articles
            # keep their name when another outlet's feed on the same address comes
            # (t-final55b B2: all were shown by the address then)
            article.source = declared_source(content.site_name) or article.source
        # The agency credited where the text ends ("… au Sénat. (avec AFP)"), whatever
        # the extractor; read after the source is named, which it does not change.
        add_credits(content.evidence, trailing_credit(content.paragraphs))
        # and where a dispatch merged into the paper's own text ends ("(Avec AFP)").
        add_credits(content.evidence, inner_credits(content.paragraphs))
        return article

    def _capture(self, text: str, article: Article) -> Content:
        chrome = self.site_chrome(article.source) if article.source else frozenset()
        site = article.raw.url or (f"https://{article.source}/" if article.source else None)
        # A sourced capture's blocks are learnt as its site's chrome once stored: the
        # extractor keeps them folded for that (veille.ingest, Ingestor._learn_sites).
        result = extract_text_capture(text, site_chrome=chrome, fetched_at=article.raw.fetched_at,
                                      site_url=site, keep_folded=bool(article.raw.source),
                                      zone_setting=article.raw.hints.get(ZONE_HINT, ""),
                                      outlet=article.source)
        if result.headlines and (result.listing or not result.paragraphs):
            return headline_page(result)
        if result.listing:
            raise ExtractionError(
                f"a list of {result.listing} articles' teasers (a section front or search "
                "results), no article of its own", origin=article.raw.origin,
                reason="listing", hint="ingest the articles' own pages, or the site's feed")
        if not_found_message(result.paragraphs, headline=result.title or "",
                             dated=result.published is not None):
            raise ExtractionError("a \"page not found\" message, no article",
                                  origin=article.raw.origin, reason="no-text",
                                  hint="the page's address may have changed")
        wall = wall_kind(result.title or "", result.paragraphs, authors=result.authors,
                         dated=result.published is not None)
        if wall:  # a consent wall or a login form copied instead of the article
            raise ExtractionError(f"{wall}, no article (the page shows it instead of the text)",
                                  origin=article.raw.origin, reason=WALL_REASON,
                                  hint="copy the page once the wall is closed")
        evidence = dict(result.evidence)
        if result.masthead:  # the outlet's name it prints over its menu (t-final32 #11)
            evidence["site_name"] = CAPTURE_MASTHEAD_SITE
        return Content(
            title=result.title or "",
            # the address the capture prints as its first line (t-final54 B7)
            url=result.url or None,
            site_name=result.masthead[:MAX_SOURCE_CHARS],
            lead=result.first_words(),
            paragraphs=result.paragraphs,
            authors=result.authors,
            author_roles=result.author_roles,
            published=result.published,
            published_precision=TIME if result.published_has_time else DAY,
            updated=result.updated,
            updated_precision=TIME if result.updated_has_time else DAY,
            language=result.language,
            truncated=result.truncated,
            section=result.kicker,
            extractor="text-capture",
            evidence=evidence,
        )
