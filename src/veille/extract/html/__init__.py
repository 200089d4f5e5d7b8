"""veille's own HTML extractor: a news page to :class:`~veille.record.Content`.

The steps, each in its own module:

1. :mod:`.parse`: parse within bounds (selectolax/lexbor); :mod:`.unrendered`: what a
   browser never shows (scripts, styles...) taken out before any text is read;
2. :mod:`.jsonld`: the page's JSON-LD, bounded, and the object describing the article;
3. :mod:`.sources` and :mod:`.metadata`: every candidate for every field, then one
   winner per field by written rules, with its source kept in ``evidence``;
4. :mod:`.walk` and :mod:`.body`: the body as flat text blocks, the article as the densest
   run of prose inside one container, sieved block by block;
5. :mod:`.checks`: the run checked against JSON-LD ``articleBody``; paywall cuts.

Every failure is an :class:`~veille.errors.ExtractionError` with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Any, NamedTuple

from selectolax.lexbor import LexborHTMLParser

from veille.errors import ExtractionError
from veille.extract.bare_byline import signature_line
from veille.extract.bylines import (
    SIGNATURE_REACH,
    closing_signatures,
    is_author_line,
    opens_with_author,
)
from veille.extract.datelines import opening_of, without_opening
from veille.extract.disclosures import disclosed, first_reported, with_headline
from veille.extract.dropped_blocks import DROPPED_KEY
from veille.extract.furniture_title import headline_refusal
from veille.extract.html.body import BodyChoice, choose_body, keep, prose
from veille.extract.html.checks import find_standfirst, is_truncated, match_article_body
from veille.extract.html.controls import Controls, body_controls
from veille.extract.html.dating import DateChoice, choose_dates
from veille.extract.html.dropped import page_dropped
from veille.extract.html.header_byline import bare_names_before
from veille.extract.html.jsonld import article_object, parse_scripts, text_of
from veille.extract.html.listing import (
    MIN_CARDS,
    declares_article,
    lone_card,
    off_page_heading_links,
    teaser_cards,
)
from veille.extract.html.metadata import (
    Metadata,
    byline_lines,
    choose,
    declared_language,
    first,
    page_roles,
)
from veille.extract.html.next_article import without_next_articles
from veille.extract.html.parse import MAX_HTML_CHARS, parse_html
from veille.extract.html.sources import Candidates, PageNodes, gather, labels_above, page_nodes
from veille.extract.html.standfirst import standfirst_above_byline, visible_standfirst
from veille.extract.html.unrendered import take_unrendered
from veille.extract.html.verdict import verdict
from veille.extract.html.walk import Block, Walk, walk_body
from veille.extract.language import contradicted_language, detect_language
from veille.extract.match_sheet import first_score, sheet_facts
from veille.extract.not_found import not_found_message
from veille.extract.place_zones import zone_or_places
from veille.extract.textshape import fold
from veille.extract.textshape import words as ts_words
from veille.extract.timezones import keep_locale, page_zone
from veille.extract.walls import WALL_REASON, wall_kind
from veille.record import DAY, TIME, Content, utcnow

EXTRACTOR = "veille-html"

__all__ = ["EXTRACTOR", "extract_dates", "extract_html"]


#: The page's ``<head>`` is looked for within this many characters (for extract_dates).
MAX_HEAD_CHARS = 1_000_000
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)


def extract_dates(html: str, *, url: str | None = None, origin: str = "",
                  fetched_at: datetime | None = None) -> DateChoice:
    """Only the publication and update times of an HTML page, by the same rules as
    :func:`extract_html`, faster: the ``<head>`` alone is parsed first, and the whole page,
    with its body walked, only when the head's metadata gives no plausible publication
    time (a page that declares no language then gets the zone of its text's language).
    Raises
    :class:`~veille.errors.ExtractionError` as :func:`extract_html` does on pages that
    cannot be parsed."""
    now = fetched_at or utcnow()
    head_end = _HEAD_END.search(html, 0, MAX_HEAD_CHARS)
    if head_end is not None:
        quick = _dates_from(html[:head_end.end()] + "<body></body></html>", url, origin, now,
                            walk=False)
        if quick.published is not None:
            return quick
    return _dates_from(html, url, origin, now, walk=True)


def _dates_from(html: str, url: str | None, origin: str, now: datetime, *,
                walk: bool) -> DateChoice:
    tree, _ = parse_html(html, origin=origin)
    objects = parse_scripts(take_unrendered(tree))
    nodes = page_nodes(tree)
    found = gather(tree, article_object(objects), objects, nodes)
    meta = choose(found, base_url=url)
    zone, zone_how = page_zone([v for _, v in found.get("language", [])], meta.url or url)
    quick = choose_dates(tree, found, None, 0, 0, title=meta.title, zone=zone,
                         zone_how=zone_how, fetched_at=now)
    if not walk or quick.published is not None or tree.body is None:
        return quick
    blocks = walk_body(tree.body, nodes.paragraphs).blocks
    choice = choose_body(blocks)
    # As extract_html: the text's language gives the zone when the page declares none
    # or one its text contradicts.
    opening = " ".join(b.text for b in choice.blocks[:6])
    declared = declared_language(found)
    detected = contradicted_language(declared, opening) if declared else detect_language(opening)
    if detected:
        zone, zone_how = page_zone([detected], meta.url or url)
    return choose_dates(tree, found, blocks, choice.start, choice.end, title=meta.title,
                        zone=zone, zone_how=zone_how, fetched_at=now,
                        url=meta.url or url or "", nodes=nodes)


#: The dateline opens one of the article's first paragraphs (after a headline, a standfirst).
DATELINE_PARAGRAPHS = 3
#: Lines of a signature block (name, publication, desk, reading time) that may open the
#: body's run, at most.
SIGNATURE_LINES = 6


def _credit_dateline(evidence: dict[str, str], paragraphs: list[str], zone: tzinfo,
                     now: datetime, closing: list[str]) -> tuple[str, ...]:
    """The agency credited in the dateline opening the article's text ("LIÈGE, 1er
    décembre 2026 (Belga) - ...", AFP's *Manuel de l'agence* form, or undated: "GENÈVE
    (Keystone-ATS) - ...", or an agency's own form in its language: "新华社北京12月1日电
    （记者王伟）", :func:`~veille.extract.datelines.opening_of`), in one of its first
    :data:`DATELINE_PARAGRAPHS` ``paragraphs`` (a headline or standfirst may come first),
    and the agency of a closing signature among the ``closing`` blocks ("ats/jpr":
    :func:`~veille.extract.bylines.closing_signatures`), added to ``evidence["credit"]``,
    as text captures do (:mod:`veille.extract.capture_meta`). Returns the reporters that
    dateline names ("王伟"), maybe none."""
    found: list[str] = []
    reporters: tuple[str, ...] = ()
    for paragraph in paragraphs[:DATELINE_PARAGRAPHS]:
        dateline = opening_of(paragraph, zone=zone, now=now)
        if dateline is not None and dateline.credit:
            found.append(dateline.credit)
            reporters = dateline.authors
            break
    credits = [c for c in evidence.get("credit", "").split(", ") if c]
    credits.extend(c for c in dict.fromkeys(found + closing_signatures(closing))
                   if c not in credits)
    if credits:
        evidence["credit"] = ", ".join(credits)
    return reporters


#: The headline is looked for among this many first blocks of the body.
HEADLINE_REACH = 4


def below_headline(paragraphs: list[str], headlines: set[str], header: set[str]) -> list[str]:
    """``paragraphs`` without what the page prints above its headline (t-final32 #4): when
    the headline is among the first :data:`HEADLINE_REACH` blocks, the blocks before it
    that are no prose (a logo heading "SCMP", a kicker "U.S.", a section label) are the
    header's, not the article's; then the headline itself and ``header``'s texts (the
    headline, kickers, the site's masthead) opening what is left. A sentence printed above
    the headline stays: it may be the article's (a standfirst set first)."""
    for i, text in enumerate(paragraphs[:HEADLINE_REACH]):
        if i and fold(text) in headlines and len(paragraphs) > i + 1:
            paragraphs = [p for p in paragraphs[:i] if prose(p)] + paragraphs[i:]
            break
    while len(paragraphs) > 1 and fold(paragraphs[0]) in header:
        paragraphs = paragraphs[1:]
    return paragraphs


#: Words of a shingle, and the share of a description's shingles the body must hold for
#: the description to be a piece of it (:func:`body_fragment`).
_SHINGLE = 3
FRAGMENT_SHARE = 0.75


def body_fragment(description: str, paragraphs: list[str]) -> bool:
    """Whether ``description`` is a piece of the body other than its opening: most of its
    three-word runs (:data:`FRAGMENT_SHARE`) are in one paragraph, and it does not open
    the first (a description that is the first sentence is the usual lead)."""
    words = ts_words(fold(description))
    if len(words) < _SHINGLE or not paragraphs:
        return False
    if ts_words(fold(paragraphs[0]))[:_SHINGLE] == words[:_SHINGLE]:
        return False
    shingles = {tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
    # a run of the body opening on none of the description's words is none of its runs:
    # only those are built (the same intersection; r-html58, issue 13)
    firsts = set(words)
    for paragraph in paragraphs:
        body = ts_words(fold(paragraph))
        have = {tuple(body[i:i + _SHINGLE]) for i in range(len(body) - _SHINGLE + 1)
                if body[i] in firsts}
        if len(shingles & have) >= FRAGMENT_SHARE * len(shingles):
            return True
    return False


def _bare(text: str) -> str:
    """The folded text without its final punctuation: a headline and a description that
    repeats it compare equal ("Titre" and "Titre.")."""
    return fold(text).rstrip(" .!?…:;")


def extract_html(html: str, *, url: str | None = None, origin: str = "",
                 include_captions: bool = False, fetched_at: datetime | None = None,
                 zone_setting: str = "") -> Content:
    """Extract the article (title, paragraphs, metadata) from an HTML page.

    ``include_captions`` keeps photo captions in the body (they are dropped by default,
    like every other text that is not the article's prose). ``fetched_at`` (aware; now
    when not given) is when the page was fetched: relative dates are read against it, and
    no date after it is a publication date. ``zone_setting`` is the page's source's time
    zone setting (a tz database name), the zone of its times written without one
    (:func:`~veille.extract.timezones.page_zone`).
    """
    memo = _PAGE_LAYOUTS.get()
    key = (html, url, origin, include_captions, zone_setting) if memo is not None else ()
    layout = memo.get(key) if memo is not None else None
    if layout is None:
        layout = _page_layout(html, url, origin, include_captions, zone_setting)
        if memo is not None:
            memo.clear()  # one page at a time: the last one's layout only
            memo[key] = layout
    return _dated_page(layout, url, origin, fetched_at or utcnow())


class _PageLayout(NamedTuple):
    """What a page's markup alone decides (:func:`_page_layout`): its tree, metadata
    candidates, body blocks and the body chosen, paragraphs, language and time zone;
    everything before a date is read against the fetch time. ``meta`` is copied before
    :func:`_dated_page` fills it in."""

    tree: LexborHTMLParser
    cut: str
    objects: list[dict[str, Any]]
    nodes: PageNodes
    article: dict[str, Any] | None
    found: Candidates
    controls: Controls
    walk: Walk
    choice: BodyChoice
    blocks: list[Block]
    next_title: str
    paragraphs: list[str]
    body_source: str
    detected: str
    meta: Metadata
    locales: list[str]
    zone: tzinfo
    zone_how: str


_PAGE_LAYOUTS: ContextVar[dict[tuple[object, ...], _PageLayout] | None] = ContextVar(
    "veille_page_layouts", default=None)


@contextmanager
def one_page_layout() -> Iterator[None]:
    """Within the block, a page extracted again with the same arguments but ``fetched_at``
    (:func:`extract_html`) reuses the first extraction's layout (:class:`_PageLayout`: the
    parse, the body walk and choice, metadata, language, zone) and only reads its dates
    and what follows them again. The extraction stage opens it around an article's
    extraction and its relative-date probe (``ExtractStage._relative_update_unknown``),
    which extracts a saved page again a day later: the page was parsed and walked twice
    (r-perf63, issue 13: ~45 % of a saved page's extraction time). Holds the last page's
    layout only, for the block's length; a context variable, so threads and nested
    blocks are apart."""
    token = _PAGE_LAYOUTS.set({})
    try:
        yield
    finally:
        _PAGE_LAYOUTS.reset(token)


def _page_layout(html: str, url: str | None, origin: str, include_captions: bool,
                 zone_setting: str) -> _PageLayout:
    """The part of :func:`extract_html` that no reference time changes; raises its
    :class:`~veille.errors.ExtractionError` (no body, a listing, no text)."""
    tree, cut = parse_html(html, origin=origin)
    objects = parse_scripts(take_unrendered(tree))
    nodes = page_nodes(tree)
    article = article_object(objects)
    found = gather(tree, article, objects, nodes)
    body = tree.body
    if body is None:
        kind = "a frameset" if tree.css_first("frameset, frame") is not None else "no <body>"
        raise ExtractionError(f"no article text in the HTML page ({kind})", origin=origin,
                              reason="no-text", hint="is this an article page?")
    controls = body_controls(body)
    walk = walk_body(body, nodes.paragraphs, controls, objects)
    choice = choose_body(walk.blocks, include_captions=include_captions)
    blocks, body_source = choice.blocks, "DOM text density"
    article_body = text_of(article.get("articleBody")) if article else ""
    if article_body:
        matched = match_article_body(walk.blocks, article_body)
        dom_chars = sum(len(b.text) for b in blocks)
        # An articleBody much shorter than the page's article is a teaser or an excerpt.
        if matched is not None and sum(len(b.text) for b in matched) >= 0.6 * dom_chars:
            blocks = [b for b in matched if keep(b, include_captions=include_captions)]
            body_source = "JSON-LD articleBody, found in the DOM"
    is_article = declares_article([v for _, v in found.get("type", [])], objects)
    cards = 0 if is_article else teaser_cards(walk.blocks, choice.start, choice.end)
    if not is_article and not cards and lone_card(walk.blocks, choice.start, choice.end):
        cards = off_page_heading_links(tree)  # a front's top card: count its links
    if cards and off_page_heading_links(tree) >= MIN_CARDS:
        raise ExtractionError(
            f"a list of {cards} articles' teasers (a section front, search results or a "
            "page's suggestions), no article of its own", origin=origin, reason="listing",
            hint="ingest the articles' own pages, or the site's feed or sitemap")
    blocks, next_title = without_next_articles(
        blocks, nodes.h1 + nodes.microdata.get("headline", []), nodes.headings)
    paragraphs = [b.text for b in blocks]
    standfirst = find_standfirst(walk.blocks, choice.start, first(found, "description")[0])
    if standfirst and (not paragraphs or fold(paragraphs[0]) != fold(standfirst)):
        paragraphs.insert(0, standfirst)
        body_source += ", standfirst before it"
    if not paragraphs:
        if "HTML cut at the size bound" in cut:  # not "no article": none was read
            raise ExtractionError(
                f"no article text in the first {MAX_HTML_CHARS:,} characters of the HTML "
                "page, where it was cut at the size bound", origin=origin,
                reason="cut-before-text", hint="the page's article lies past the size bound; "
                "save the article's own text (a text capture) and ingest that")
        raise ExtractionError("no article text found in the HTML page", origin=origin,
                              reason="no-text", hint="is this an article page?")
    # Detection costs more than the rest of the metadata: only when the page is silent.
    declared = declared_language(found)
    opening = " ".join(paragraphs[:6])
    detected = contradicted_language(declared, opening) if declared else detect_language(opening)
    meta = choose(found, base_url=url, refuse_title=headline_refusal(paragraphs))
    locales = [v for _, v in found.get("language", [])] + [detected]
    if declared and detected:
        # A template's language setting that the text contradicts says nothing of the
        # page's language or region (en_US on a French page): neither is believed.
        meta.language, locales = detected, [detected]
        meta.evidence["language"] = f"detected from the text (the page declares {declared})"
    zone, zone_how = page_zone(locales, meta.url or url, setting=zone_setting)
    # no locale region, address or outlet said the page's country: the places its text
    # names decide, as for a text capture or a record (extract/place_zones.py)
    zone, zone_how = zone_or_places(zone, zone_how, "\n".join([meta.title or "", *paragraphs]),
                                    meta.language or detected or "")
    return _PageLayout(tree, cut, objects, nodes, article, found, controls, walk, choice,
                       blocks, next_title, paragraphs, body_source, detected, meta, locales,
                       zone, zone_how)


def _dated_page(layout: _PageLayout, url: str | None, origin: str,
                fetched_at: datetime) -> Content:
    """The rest of :func:`extract_html` over a page's ``layout``: its dates read against
    ``fetched_at`` (aware), then bylines, notes and the paragraphs kept; the layout is
    left as it was (``meta`` and ``paragraphs`` are copied)."""
    (tree, cut, objects, nodes, article, found, controls, walk, choice, blocks, next_title,
     paragraphs, body_source, detected, meta, locales, zone, zone_how) = layout
    meta = replace(meta, authors=list(meta.authors), evidence=dict(meta.evidence))
    paragraphs = list(paragraphs)
    dates = choose_dates(tree, found, walk.blocks, choice.start, choice.end, title=meta.title,
                         zone=zone, zone_how=zone_how, fetched_at=fetched_at,
                         url=meta.url or url or "", nodes=nodes)
    meta.published, meta.modified = dates.published, dates.modified
    if not meta.authors and not meta.evidence.get("credit"):
        # No byline element: a byline printed as a plain line near the headline.
        near = walk.blocks[max(0, choice.start - 8):choice.start + 3]
        people, agencies = byline_lines([b.text for b in near], meta.site_name)
        if people:
            meta.authors, meta.evidence["authors"] = people, "byline line near the headline"
        if agencies:
            meta.evidence["credit"] = ", ".join(agencies)
        elif not people:
            first_block = next((i for i, b in enumerate(walk.blocks) if blocks and b is blocks[0]),
                               choice.start)
            people = bare_names_before(walk.blocks, first_block, paragraphs)
            if people:
                meta.authors, meta.evidence["authors"] = people, "bare name line near the headline"
    reporters = _credit_dateline(
        meta.evidence, paragraphs, zone, fetched_at,
        [b.text for b in walk.blocks[choice.start:choice.end + SIGNATURE_REACH]])
    if reporters and not meta.authors:
        meta.authors = list(reporters)
        meta.evidence["authors"] = "the agency's dateline opening the text"
    roles = page_roles(meta.authors, found, article, objects,
                       [b.text for b in walk.blocks[max(0, choice.start - 8):choice.start + 3]])
    evidence = {**meta.evidence, **dates.evidence}
    # An editorial note about how the article was made left the body: the fact stays.
    notes = with_headline(disclosed([b.text for b in walk.blocks[choice.start:choice.end + 3]]),
                          meta.title, paragraphs)
    if notes:
        evidence["disclosure"] = notes
    around = [b.text for b in walk.blocks[choice.start:choice.end + 3]]
    score = first_score(around)
    if score:  # a match sheet left the body: its score and its facts (scorers) stay
        evidence["match_sheet"] = score
        facts = sheet_facts(around)
        if facts:
            evidence["match_facts"] = facts
    answer = verdict(tree, objects, controls.verdicts)
    if answer:  # a fact-check's verdict, dropped from the body (newuser15b X16)
        evidence["verdict"] = answer
    evidence["body"] = body_source
    if next_title:  # an infinite scroll's next article (newuser15b X15)
        evidence["other_article"] = ("the page holds another article after this one, "
                                     f"left out: {next_title[:200]}")
    # The page's region (<html lang="fr-MQ">) places a listing's zone-less date later on.
    keep_locale(locales[0], meta.language or detected, evidence)
    if not meta.language and detected:
        evidence["language"] = "detected from the text"
    if cut:
        evidence["input"] = cut
    # The headline (the title, or the article's <h1> when a metadata title won) is never
    # the first paragraph, hence never the lead; nor is the title anywhere in the body,
    # when it is printed under an <h1> that is a kicker ("Faits divers", "Vidéo") as a
    # div or an h2 (verify18b V2).
    folded_title = fold(meta.title)  # once, not once per paragraph (issue 13)
    headlines = {folded_title} | {fold(v) for _, v in found.get("h1", [])[:1]}
    # A kicker or section label printed right above the headline ("Transports") is the
    # header's, no paragraph (t-final31 F3).
    kickers = labels_above(nodes.h1 + nodes.headings, meta.title) - headlines
    # The site's name set as a heading (a logo <h1>) is no paragraph either (t-final32 #4).
    mastheads = {fold(v) for _, v in found.get("site_masthead", [])}
    paragraphs = below_headline(paragraphs, headlines - {""},
                                (headlines | kickers | mastheads) - {""})
    if meta.title and len(paragraphs) > 1:
        paragraphs = [p for p in paragraphs if fold(p) != folded_title] or paragraphs
    if not_found_message(paragraphs, headline=meta.title or "",
                         dated=meta.published is not None):
        # A "page not found" page with no suggestion cards: its body (the headline
        # aside) is the apology, the rule text captures follow (verify11a V13).
        raise ExtractionError("a \"page not found\" message, no article", origin=origin,
                              reason="no-text", hint="the page's address may have changed")
    wall = wall_kind(meta.title, paragraphs, authors=meta.authors,
                     dated=meta.published is not None,
                     password_field=controls.password)
    if wall:  # a consent wall or a login form shown instead of the article (newuser15b X1)
        raise ExtractionError(f"{wall}, no article (the page shows it instead of the text)",
                              origin=origin, reason=WALL_REASON,
                              hint="fetch the page as a reader who has consented or logged in")
    # A signature block opening the body's run (franceinfo: "Jean Dupont - France
    # Télévisions" / "Rédaction Culture" / "Temps de lecture : 3 min") is byline matter,
    # neither paragraph nor lead.
    signed = 0
    while signed < min(len(paragraphs) - 1, SIGNATURE_LINES) and (
            signature_line(paragraphs[signed])
            or is_author_line(paragraphs[signed], meta.authors)
            or opens_with_author(paragraphs[signed], meta.authors)):
        signed += 1
    paragraphs = paragraphs[signed:]
    # "Helena Horton Environment reporter" printed above the text: byline furniture.
    # A byline block read as one line ("Jenny WalrondBBC News, Devon") is furniture too.
    head = [p for p in paragraphs[:3] if not is_author_line(p, meta.authors)
            and not opens_with_author(p, meta.authors)]
    if head != paragraphs[:3] and head + paragraphs[3:]:
        paragraphs = head + paragraphs[3:]
    # A standfirst printed under the headline, outside the body's container, is the lead
    # (the meta description, when it differs, stays the record's description).
    lead = visible_standfirst(tree, headlines - {""}, nodes.headings)
    above = standfirst_above_byline(tree, headlines - {""}, nodes.headings) if lead else ""
    if above and len(paragraphs) > 1 and fold(paragraphs[0]) == fold(above):
        # Printed above the byline, the standfirst is the header's: the lead, not the
        # body's first paragraph (verify16 Z6).
        paragraphs = paragraphs[1:]
        lead, evidence["lead"] = above, "standfirst above the byline"
    elif lead and fold(lead) != fold(meta.description or paragraphs[0]):
        evidence["lead"] = "standfirst under the headline"
    else:
        lead = ""
    # A description that repeats the headline (EBRA's DNA, L'Alsace, Le Progrès) is no
    # lead either: the first paragraph is (newuser11 T8).
    summary = "" if _bare(meta.description) in {_bare(h) for h in headlines} else (
        meta.description)
    if summary and body_fragment(summary, paragraphs):
        # A sentence from the middle of the body ("The board will meet again on
        # Thursday."): a CMS's pick, no summary of the article (t-final35 B6).
        summary = ""
    # What extraction left out and why, as text captures list it (issue 14).
    dropped = page_dropped(walk.blocks, walk.skipped, choice.start, choice.end,
                           [meta.title or "", lead, summary, meta.site_name or "",
                            *paragraphs,
                            *(v for _, v in found.get("h1", [])[:1]),
                            *(v for _, v in found.get("site_masthead", []))],
                           meta.authors)
    if dropped:
        evidence[DROPPED_KEY] = dropped
    return Content(
        title=meta.title,
        # The first paragraph without its dateline ("BRUXELLES (Belga) - ", "新华社北京12月1日电
        # （记者王伟）"), as text captures give it (docs/extraction.md); a correction note
        # kept in the body is never the lead (the paragraph after it is).
        lead=lead or summary or without_opening(paragraphs[max(0, first_reported(paragraphs))],
                                                zone=zone, now=fetched_at),
        paragraphs=paragraphs,
        authors=meta.authors,
        author_roles=roles,
        published=meta.published,
        published_precision=TIME if dates.published_has_time else DAY,
        updated=meta.modified,
        updated_precision=TIME if dates.modified_has_time else DAY,
        language=meta.language or detected,
        site_name=meta.site_name,
        url=meta.url or url,
        truncated=is_truncated(walk.blocks, choice.end, paywall_markup=walk.paywall,
                               article=article, paragraphs=paragraphs),
        extractor=EXTRACTOR,
        evidence=evidence,
        section=meta.section,
        description=meta.description,
        image=meta.image,
    )
