"""The article's publication and update times, from every place a page states them.

Where a page says when its article was published, most trusted first:

1. metadata: JSON-LD ``datePublished``, the meta tags, microdata (gathered by
   :mod:`.sources`);
2. a ``<time>`` element labelled as the publication (``itemprop=datePublished``,
   ``pubdate``, a class or nearby words such as "Publié le", "Published");
3. a printed date labelled the same way ("Article publié le 11/11/2026 à 17h20",
   "Publié il y a 3 heures");
4. an unlabelled ``<time>``, then an unlabelled printed date, at or after the headline;
5. the URL path, when it spells year, month and day (``/2024/03/12/``), to the day.

The update time follows the same order with the update labels ("Mis à jour", "Modifié
le", "Updated", ``dateModified``). A ``<time>`` or a printed date labelled as an update is
never a publication candidate.

Only the **article's part of the page** counts for the visible candidates (2 to 4): the
smallest container holding the headline and the body, never a ticker, a sidebar, a
comment or a related item (containers named so are left out even inside it). A candidate
after the fetch time (plus :data:`~veille.extract.dates.CLOCK_SKEW`) is refused and
kept in ``evidence`` as ``dates_rejected``. Relative dates are resolved against the fetch
time, on the calendar of the page's time zone (:mod:`veille.extract.timezones`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser

from veille.extract.datelines import opening_dateline
from veille.extract.dates import (
    after_fetch,
    date_label,
    day_only,
    fetch_bound,
    find_dates,
    relative_dateline,
    unread_zone_note,
    url_day,
    weekday_days,
)
from veille.extract.html.parse import LexborNode, attr, clean_prefix, clean_text
from veille.extract.html.sources import Candidates, PageNodes
from veille.extract.html.walk import Block
from veille.extract.textshape import fold, is_prose
from veille.extract.timezones import sibling_offsets
from veille.extract.weekday_year import agreeing_year, agreeing_years, year_note

#: Containers whose dates belong to another item: tickers, sidebars, comments, related.
_OTHER_ITEM = re.compile(
    r"comment|related|sidebar|ticker|breaking|fil-?info|fil-?actu|flash|marquee|recommend|"
    r"trending|popular|most-?read|plus-?lus|teaser-?list|more-?stories|read-?next|widget|"
    r"reaction|reagir|réagir|outbrain|taboola|newsletter|promo|a-?lire|lire-?aussi|"
    r"navigation|navbar|menu|agenda|event", re.IGNORECASE)
_OTHER_TOKENS = frozenset("live direct nav aside une".split())
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
#: Elements whose names say they hold the article's meta line (the walk drops some of them
#: as chrome; their dates are still read here).
_META_NODES = ("[class*=date i], [class*=time i], [class*=meta i], [class*=byline i], "
               "[class*=posted i], [class*=publi i], [class*=updated i], [class*=dateline i], "
               "[class*=signature i], [class*=info i], [id*=date i], [class*=author i]")
_UPDATED_NAMES = re.compile(r"updat|modif|maj\b|revis|actualis", re.IGNORECASE)
_PUBLISHED_NAMES = re.compile(r"publi|creat|posted|pubdate|issued", re.IGNORECASE)
#: A cheap test before the date patterns: a digit, or a relative day word.
_MAY_HOLD_DATE = re.compile(r"\d|hier|aujourd|yesterday|today|tonight|ce matin|ce soir",
                            re.IGNORECASE)
#: A cheap test for the words that label a date (dates.date_label has the full rule).
_LABEL_HINT = re.compile(r"(?i)publi|posted|paru|en\s+ligne|updat|à\s+jour|modifi|actualis|"
                         r"\bm[aà]j\b|cr[eé][eé]|erschienen|veröffentlicht|aktualisiert")
_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")
MAX_TIMES = 30
MAX_META_NODES = 60
MAX_META_CHARS = 300
#: Unlabelled printed dates are read up to this many blocks into the body.
INTO_BODY = 3


@dataclass(slots=True)
class Candidate:
    """One date the page gives, where from, and what it is said to be."""

    value: datetime
    source: str
    zone_given: bool
    label: str  # "published", "updated" or ""
    has_time: bool = True
    """False when the page gives only the day (``2026-11-20``, "12 mars 2024")."""
    zone_unread: str = ""
    """An ambiguous zone abbreviation printed with the date and not read ("IST")."""


@dataclass(slots=True)
class DateChoice:
    """The chosen times and the evidence: sources, time zone, refused candidates."""

    published: datetime | None = None
    modified: datetime | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    published_has_time: bool = True
    modified_has_time: bool = True
    """False when the update the page gives is a day alone ("2026-02-07", "Mis à jour le 9
    février 2026"): kept as ``updated_precision`` ``day``, as text captures do (issue 16)."""


def parse_date(value: str, zone: tzinfo) -> tuple[datetime, bool, bool] | None:
    """(aware datetime, whether the text gave its zone, whether it gave a time) from an ISO
    8601 date, a Unix time or a printed date; ``zone`` when the text gives none. Years
    outside 1990-2100 and unparsable text give None."""
    text = value.strip()[:200]
    if not text:
        return None
    iso = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
    try:
        parsed = datetime.fromisoformat(iso[:-1] + "+00:00" if iso.endswith("Z") else iso)
    except ValueError:
        if re.fullmatch(r"\d{10}(?:\d{3})?", text):
            seconds = int(text[:10])
            return (datetime.fromtimestamp(seconds, UTC), True, True) if seconds > 0 else None
        dates = find_dates(text, default_zone=zone)
        return (dates[0].value, dates[0].zone_given, dates[0].has_time) if dates else None
    if not 1990 <= parsed.year <= 2100:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone), False, not day_only(text)
    return parsed, bool(_OFFSET.search(text)), True


def _names(node: LexborNode) -> str:
    return f"{attr(node, 'class')} {attr(node, 'id')}"


@lru_cache(maxsize=8192)
def _other_item(names: str) -> bool:
    lowered = names.lower()
    return bool(_OTHER_ITEM.search(lowered)) or any(
        t in _OTHER_TOKENS for t in _TOKEN_SPLIT.split(lowered))


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    depth = 0
    while parent is not None and depth < 200 and parent.tag not in (None, "html", "-document"):
        yield parent
        parent = parent.parent
        depth += 1


class _Scope:
    """The article's part of the page: the container holding the headline and the body."""

    def __init__(self, tree: LexborHTMLParser, blocks: list[Block], start: int, end: int,
                 title: str, nodes: PageNodes | None = None) -> None:
        self.blocks = blocks
        self.start, self.end = start, end
        run = [b.path for b in blocks[start:end]] or [()]
        common = list(run[0])
        for path in run[1:]:
            n = 0
            while n < min(len(common), len(path)) and common[n] == path[n]:
                n += 1
            del common[n:]
        wanted = fold(title)
        self.headline: int | None = None
        if wanted:
            for i in range(min(start, len(blocks)) - 1, max(-1, start - 40), -1):
                if blocks[i].kind == "h" and fold(blocks[i].text) == wanted:
                    self.headline = i
                    break
        if self.headline is not None:
            path = blocks[self.headline].path
            n = 0
            while n < min(len(common), len(path)) and common[n] == path[n]:
                n += 1
            del common[n:]
        elif len(common) > 1:
            del common[-1:]  # the body's container's parent: where its header sits
        self.container = common[-1] if common else None
        self.whole_page = len(common) <= 1
        self.tree = tree
        self._order: dict[int, int] | None = None
        self._headline_node: LexborNode | None = None
        # The page's <time> elements and headings: from the metadata's query of the page
        # (``nodes``), else in one query (lexbor walks the whole page for each).
        if nodes is not None:
            times, headings = nodes.all_times, nodes.headings
        else:
            found = tree.css("h1, h2, time") if wanted else tree.css("time")
            times = [node for node in found if node.tag == "time"]
            headings = [node for node in found if node.tag != "time"]
        #: The page's first MAX_TIMES ``<time>`` elements.
        self.times = times[:MAX_TIMES]
        if wanted:
            for node in headings[:10]:
                if fold(clean_text(node.text(deep=True))) == wanted:
                    self._headline_node = node
                    break

    @property
    def first_block(self) -> int:
        """Unlabelled dates are read from here on: the headline, or near the body."""
        if self.headline is not None:
            return self.headline
        return max(0, self.start - (0 if self.whole_page else 15))

    def holds_block(self, i: int) -> bool:
        return self.container is None or self.container in self.blocks[i].path

    def holds_node(self, node: LexborNode, *, labelled: bool) -> bool:
        ids = []
        for parent in _ancestors(node):
            ids.append(parent.mem_id)
            if parent.tag in ("aside", "nav") or _other_item(_names(parent)):
                return False
            if parent.tag == "footer" and not any(
                    p.tag == "article" for p in _ancestors(parent)):
                return False
        if self.container is not None and self.container not in ids:
            return False
        if labelled or not self.whole_page or self._headline_node is None:
            return True
        return self._position(node) >= self._position(self._headline_node)

    def _position(self, node: LexborNode) -> int:
        if self._order is None:
            body = self.tree.body
            self._order = ({n.mem_id: i for i, n in enumerate(body.traverse())}
                           if body is not None else {})
        return self._order.get(node.mem_id, -1)


def _label_before(node: LexborNode) -> str:
    """The text just before ``node`` inside its parent: "Publié le", "Updated"."""
    parent = node.parent
    if parent is None:
        return ""
    whole = clean_prefix(parent.text(deep=True), 1000)
    own = clean_text(node.text(deep=True))
    at = whole.find(own) if own else -1
    return whole[max(0, at - 40):at] if at > 0 else ""


def _time_label(node: LexborNode) -> str:
    prop = attr(node, "itemprop").lower()
    if prop == "datemodified":
        return "updated"
    if prop in ("datepublished", "datecreated") or "pubdate" in node.attrs:
        return "published"
    text = clean_text(node.text(deep=True))
    head = re.split(r"\d", text, maxsplit=1)[0]
    label = date_label(head) or date_label(_label_before(node))
    if label:
        return label
    names = _names(node)
    if _UPDATED_NAMES.search(names):
        return "updated"
    if _PUBLISHED_NAMES.search(names):
        return "published"
    return ""


def _times(scope: _Scope, zone: tzinfo, now: datetime) -> list[Candidate]:
    found: list[Candidate] = []
    for node in scope.times:
        clock = False
        label = _time_label(node)
        if not scope.holds_node(node, labelled=bool(label)):
            continue
        value = attr(node, "datetime")
        parsed = parse_date(value, zone) if value else None
        if parsed is None or not parsed[1]:
            # No attribute, or one without an offset: the element's own text may give the
            # zone of the same wall time ("9 h 00 HNE", newuser11 T13).
            dates = find_dates(clean_prefix(node.text(deep=True), 200), default_zone=zone,
                               now=now)
            printed = (dates[0].value, dates[0].zone_given, dates[0].has_time) if dates else None
            same_wall_time = printed is not None and parsed is not None and (
                printed[0].replace(tzinfo=None) == parsed[0].replace(tzinfo=None))
            if parsed is None or (same_wall_time and printed is not None and printed[1]):
                parsed = printed
            elif _clock_of_day(parsed, printed):
                # datetime="2026-03-03", "Mardi 3 mars 2026 à 18:20": the attribute gives
                # the day only, its text the same day's clock time (t-final58 #15)
                parsed, clock = printed, True
        if parsed is not None:
            where = f"time element ({label})" if label else "time element"
            if clock:
                where += "; its time printed in its text"
            found.append(Candidate(parsed[0], where, parsed[1], label, parsed[2]))
    return found


def _clock_of_day(attribute: tuple[datetime, bool, bool] | None,
                  printed: tuple[datetime, bool, bool] | None) -> bool:
    """Whether a ``<time>``'s ``datetime`` attribute gives a day only (``attribute``, as
    :func:`parse_date` returns it) and its text the same day with a clock time
    (``printed``): the page's time for that day, in the page's zone unless the text gives
    its own. A text naming another day does not override the attribute."""
    return (attribute is not None and printed is not None and not attribute[2]
            and printed[2] and printed[0].date() == attribute[0].date())


def _printed(text: str, where: str, zone: tzinfo, now: datetime, *,
             dateline_only: bool = False) -> Iterator[Candidate]:
    """Candidates printed in ``text``; with ``dateline_only`` (a paragraph of prose), only
    a dateline opening it: "22 mai 2012. - ...", "PARIS, 12 mars 2024 (AFP) - ..."."""
    if not _MAY_HOLD_DATE.search(text):
        return
    if dateline_only:
        dateline = opening_dateline(text, zone=zone, now=now)
        dates = [dateline.found] if dateline else []
    else:
        dates = [d for d in find_dates(text, default_zone=zone, now=now)
                 if relative_dateline(text, d)]
    for date in dates:
        label = "updated" if date.updated else "published" if date.published else ""
        how = "relative date" if date.relative else "printed date"
        yield Candidate(date.value, f"{how} {where}" + (f" ({label})" if label else "")
                        + (f"; {date.order}" if date.order else "")
                        + (f"; without a year (year inferred: {date.weekday_note})"
                           if date.year_inferred and date.weekday_note
                           else "; without a year (year inferred: the most recent such day up "
                           "to a day after the fetch)" if date.year_inferred else ""),
                        date.zone_given, label, date.has_time, date.zone_unread)


def _visible(scope: _Scope, zone: tzinfo, now: datetime) -> list[Candidate]:
    """Printed dates in the article's part of the page: short blocks the walk kept, then
    meta lines the walk dropped as chrome (bylines, ``entry-meta``, ``post-meta``)."""
    found: list[Candidate] = []
    first = scope.first_block
    for i, block in enumerate(scope.blocks):
        if not scope.holds_block(i):
            continue
        near = first <= i < scope.start + INTO_BODY
        if len(block.text) > MAX_META_CHARS or is_prose(block.text):
            # An unlabelled date in a sentence is an event's ("du 14 au 17 juin 2031"),
            # unless it opens the article's paragraph as a dateline.
            if near:
                found.extend(_printed(block.text[:120], "as the article's dateline", zone, now,
                                      dateline_only=True))
            continue
        if not near and not _LABEL_HINT.search(block.text):
            continue  # far from the headline, only a labelled date counts
        for candidate in _printed(block.text, "in the article", zone, now):
            # A headline's date is its news ("canonisée le 21 octobre"), not its own.
            if candidate.label or (near and block.kind != "h"):
                found.append(candidate)
    for node in scope.tree.css(_META_NODES)[:MAX_META_NODES]:
        if node.tag in ("time", "body", "html", "main", "article"):
            continue
        text = clean_prefix(node.text(deep=True), MAX_META_CHARS + 1)
        if not text or len(text) > MAX_META_CHARS or _other_item(_names(node)):
            continue
        candidates = list(_printed(text, "in the article's meta line", zone, now))
        if candidates and scope.holds_node(node, labelled=any(c.label for c in candidates)):
            found.extend(candidates)
    return found


def _url_date(url: str, zone: tzinfo) -> Candidate | None:
    value = url_day(url, zone)
    if value is None:
        return None
    return Candidate(value, "URL path (day only)", False, "", has_time=False)


def choose_dates(tree: LexborHTMLParser, found: Candidates, blocks: list[Block] | None,
                 start: int, end: int, *, title: str, zone: tzinfo, zone_how: str,
                 fetched_at: datetime, url: str = "", nodes: PageNodes | None = None
                 ) -> DateChoice:
    """The published and modified times by the order of trust above, and the evidence.

    ``zone`` is the page's zone (given to naive times and to relative dates), ``zone_how``
    says how it was chosen; ``fetched_at`` (aware) is the reference for relative dates and
    the bound for every candidate. ``blocks`` None: the metadata only (no body walked).
    ``nodes``: the page's :func:`~.sources.page_nodes` (its headings and times), when read.
    """
    meta_published = [Candidate(p[0], s, p[1], "published", p[2])
                      for s, v in found.get("published", [])
                      if (p := parse_date(v, zone)) is not None]
    meta_modified = [Candidate(p[0], s, p[1], "updated", p[2])
                     for s, v in found.get("modified", [])
                     if (p := parse_date(v, zone)) is not None]
    # A page-level JSON-LD node's dates (``WebPage``: the URL's or the template's, newuser15b
    # X11) only when neither the metadata nor the printed page dates the article.
    page_published = [Candidate(p[0], s, p[1], "published", p[2])
                      for s, v in found.get("page_published", [])
                      if (p := parse_date(v, zone)) is not None]
    page_modified = [Candidate(p[0], s, p[1], "updated", p[2])
                     for s, v in found.get("page_modified", [])
                     if (p := parse_date(v, zone)) is not None]
    if blocks is None:  # the page's own node waits for the printed page
        return _decide([lambda: meta_published], [lambda: meta_modified], fetched_at,
                       zone_how, zone)
    page: dict[str, list[Candidate]] = {}
    scopes: list[_Scope] = []

    def scope() -> _Scope:  # the page is read only when the metadata does not answer
        if not scopes:
            scopes.append(_Scope(tree, blocks, start, end, title, nodes))
        return scopes[0]

    def times() -> list[Candidate]:
        if "times" not in page:
            page["times"] = _times(scope(), zone, fetched_at)
        return page["times"]

    def visible() -> list[Candidate]:
        if "visible" not in page:
            page["visible"] = _visible(scope(), zone, fetched_at)
        return page["visible"]

    from_url = _url_date(url, zone) if url else None
    published_order: list[Callable[[], list[Candidate]]] = [
        lambda: meta_published,
        lambda: [c for c in times() if c.label == "published"],
        lambda: [c for c in visible() if c.label == "published"],
        lambda: [c for c in times() if not c.label],
        lambda: [c for c in visible() if not c.label],
        lambda: [from_url] if from_url else [],
        lambda: page_published]
    modified_order: list[Callable[[], list[Candidate]]] = [
        lambda: meta_modified,
        lambda: [c for c in times() if c.label == "updated"],
        lambda: [c for c in visible() if c.label == "updated"],
        lambda: page_modified]
    return _year_by_weekdays(_decide(published_order, modified_order, fetched_at, zone_how,
                                     zone), "\n\n".join(b.text for b in blocks[start:end]))


_INFERRED = "the most recent such day up to a day after the fetch"


def _year_by_weekdays(choice: DateChoice, text: str) -> DateChoice:
    """``choice`` with its publication, printed without a year, moved to the one year the
    weekdays of the article's ``text`` agree with (t-final66 F1; the rule of
    :func:`veille.extract.capture_meta.year_by_weekdays`, which text captures follow)."""
    published = choice.published
    said = choice.evidence.get("published", "")
    if published is None or _INFERRED not in said:
        return choice
    mentions = weekday_days(text)
    year = agreeing_year(published.month, published.day, published.year, mentions)
    if year is None:
        return choice
    others = agreeing_years(published.month, published.day, published.year, mentions)
    evidence = {**choice.evidence,
                "published": said.replace(_INFERRED, year_note(year, mentions, others))}
    modified = choice.modified
    if modified is not None and modified.year == published.year:
        try:
            modified = modified.replace(year=year)
        except ValueError:
            modified = None
    return replace(choice, published=published.replace(year=year), modified=modified,
                   evidence=evidence)


def in_page_zone(value: datetime, zone: tzinfo) -> datetime:
    """``value`` expressed in the page's ``zone`` when the page wrote it in UTC ("Z",
    "+00:00"): the same instant, on the page's calendar. A CMS serialises an instant in
    UTC as a formatting choice (20 Minutes writes ``2026-11-24T23:35:00Z`` for "Publié le
    25/11/26 à 00h35"); the article's day is its readers' (newuser9 R17). Any other
    offset is the newsroom's own and is kept."""
    if value.utcoffset() == UTC.utcoffset(None):
        return value.astimezone(zone)
    return value


_QUARTER_HOUR = 900
"""Every offset in use is a whole number of quarter hours (tz database: +05:45 Nepal,
+12:45 Chatham); a printed time farther than that from the instant is another time."""
_MIN_OFFSET, _MAX_OFFSET = timedelta(hours=-12), timedelta(hours=14)
"""The widest offsets in use: −12:00 to +14:00 (tz database, Kiribati's Line Islands)."""


_STATED_ZONE = ("the source's time zone setting", "assumed from locale")
"""How :func:`~veille.extract.timezones.page_zone` says a zone was stated rather than
guessed (a source's setting, a locale's region: ``fr-CA``, ``en_US``): the printed clock
is read only to correct a guess from the domain or the language (each read of the page's
printed dates costs about a millisecond; issue 13)."""


def printed_clock(winner: Candidate, groups: list[Callable[[], list[Candidate]]],
                  zone: tzinfo, others: Sequence[datetime] = ()) -> tuple[tzinfo, str] | None:
    """The zone of the clock the page prints its publication time on, when its machine
    date (``winner``) is written in UTC ("Z", "+00:00") and the page also prints that
    instant as a wall time without zone ("Publié le 30 novembre 2026 à 18h30" for
    ``2026-12-01T04:30:00Z``): the difference is the page's offset (here −10:00, Tahiti).
    Without such a printed time, None (:func:`in_page_zone` then expresses the instant in
    the zone assumed from the page's locale, domain or language). A printed time equal to
    the instant in ``zone`` gives ``zone`` itself; equal to the UTC clock, UTC (a Dakar or
    Ouagadougou outlet on a generic domain, in French: newuser16a H25); any other whole
    number of quarter hours within −12:00…+14:00, that fixed offset (newuser15b X9: a
    Polynesian page on a ``.fr`` domain put in Paris time, a day later than it prints).
    Nothing is read when the assumed zone's clock is UTC's at that instant (the instant
    stays as written). Only a time printed in the page's text counts (a zone-less machine
    date in a meta tag or a ``datetime`` attribute is no clock a reader sees); a time
    labelled as the update is another instant."""
    if not (winner.zone_given and winner.has_time
            and winner.value.utcoffset() == timedelta(0)):
        return None
    if winner.value.astimezone(zone).utcoffset() == timedelta(0):
        # the assumed zone keeps the UTC clock (no zone known, or London in winter): the
        # instant is shown as written, nothing to check, and the page's printed dates are
        # not read for it (they cost a millisecond a page: issue 13)
        return None
    utc_clock = winner.value.astimezone(UTC).replace(tzinfo=None)
    for candidate in (c for group in groups for c in group()):
        if candidate.zone_given or not candidate.has_time or candidate.label == "updated" \
                or not candidate.source.startswith("printed date"):
            continue
        printed = candidate.value.replace(tzinfo=None)
        if any(printed == other.astimezone(zone).replace(tzinfo=None) for other in others):
            continue  # the page's other machine time (its update) printed: another instant
        offset = printed - utc_clock
        if not _MIN_OFFSET <= offset <= _MAX_OFFSET or \
                offset.total_seconds() % _QUARTER_HOUR:
            continue
        if offset and offset != winner.value.astimezone(zone).utcoffset() and \
                offset not in sibling_offsets(zone, winner.value):
            continue  # no clock of the page's country: an unrelated time (verify17 Y3)
        if offset == winner.value.astimezone(zone).utcoffset():
            return zone, "the page's printed time, in the zone of its locale or domain"
        if not offset:
            return UTC, "the page prints its time in UTC"
        return timezone(offset), "the page's printed time gives its offset"
    return None


def _refined(winner: Candidate, groups: list[Callable[[], list[Candidate]]],
             fetched_at: datetime, zone: tzinfo) -> Candidate:
    """A day-only ``winner`` (a JSON-LD ``datePublished`` of ``2026-11-29``) refined by a
    later candidate labelled as the publication that gives a time on the same day ("Publié
    le 29/11/2026 à 23:40", newuser9 R29): the more precise of two consistent statements.
    ``winner`` itself when no such candidate agrees with it."""
    if winner.has_time:
        return winner
    day = winner.value.astimezone(zone).date()
    for candidate in (c for group in groups for c in group()):
        if (candidate.has_time and candidate.label == "published"
                and candidate.value.astimezone(zone).date() == day
                and not after_fetch(candidate.value, fetched_at,
                                    zone_given=candidate.zone_given)):
            return Candidate(candidate.value, f"{candidate.source}, the time of {winner.source}"
                             f" (day only)", candidate.zone_given, "published", True)
    return winner


def _decide(published_order: list[Callable[[], list[Candidate]]],
            modified_order: list[Callable[[], list[Candidate]]], fetched_at: datetime,
            zone_how: str, zone: tzinfo = UTC) -> DateChoice:
    choice = DateChoice()
    rejected: list[str] = []
    clock = None
    winner = _first_plausible(published_order, fetched_at, rejected)
    if winner is not None:
        winner = _refined(winner, published_order, fetched_at, zone)
        clock = None if zone_how.startswith(_STATED_ZONE) else printed_clock(
            winner, published_order, zone, [
            c.value for c in modified_order[0]() if c.zone_given and c.value != winner.value])
        if clock is not None:
            zone, zone_how = clock
            winner.value = winner.value.astimezone(zone)
        winner.value = in_page_zone(winner.value, zone)
        choice.published = winner.value
        choice.published_has_time = winner.has_time
        choice.evidence["published"] = winner.source
    updated = _first_plausible(modified_order, fetched_at, rejected)
    if updated is not None and winner is not None and winner.zone_given and (
            not updated.zone_given and winner.value.tzinfo is not None):
        # The page gave its zone with the publication ("9 h 00 HNE"): its update is on the
        # same clock, a relative one the same instant shown there, a printed wall time read
        # there (newuser11 T15), not in the zone assumed from its language.
        given = winner.value.tzinfo
        updated.value = (updated.value.astimezone(given) if updated.source.startswith("relative")
                         else updated.value.replace(tzinfo=given))
    if updated is not None and (choice.published is None or updated.value >= choice.published):
        choice.modified = in_page_zone(updated.value, zone)
        choice.modified_has_time = updated.has_time
        choice.evidence["modified"] = updated.source
    if rejected:
        choice.evidence["dates_rejected"] = "; ".join(dict.fromkeys(rejected))
    chosen = winner or updated
    if chosen is not None:
        # A day-only publication (the URL's day) with an update printed with its zone
        # ("Mis à jour le 05/03/2026 à 16:12 CET"): the page's times are on that zone,
        # printed, not assumed (t-final32 #6).
        by_update = (winner is not None and not winner.zone_given and not winner.has_time
                     and updated is not None and updated.zone_given
                     and choice.modified is not None)
        choice.evidence["timezone"] = (
            "given by the page" if chosen.zone_given and clock is None
            else "given by the page (with the update time)" if by_update
            else zone_how + unread_zone_note(chosen.zone_unread))
    return choice


def _first_plausible(groups: list[Callable[[], list[Candidate]]], fetched_at: datetime,
                     rejected: list[str]) -> Candidate | None:
    """The first candidate, group by group, not after the fetch time; the refused ones are
    described in ``rejected``. Groups are computed only when reached."""
    for candidate in (c for group in groups for c in group()):
        if after_fetch(candidate.value, fetched_at, zone_given=candidate.zone_given):
            rejected.append(f"{candidate.value.isoformat()} ({candidate.source}): after the "
                            f"fetch time {fetch_bound(fetched_at).isoformat()}")
            continue
        return candidate
    return None
