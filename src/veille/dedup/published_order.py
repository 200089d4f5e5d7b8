"""Which of two copies of a text was published first (docs/dedup.md, "the original").

A publication date known to the day only is stored as midnight of its day
(:data:`veille.record.DAY`, docs/record.md): a placeholder for an unknown time, not a time.
It stands for the interval ``[00:00, 24:00)`` of its own day (in its own offset).

Two questions are asked of that interval, and they have different answers:

- *Who copied whom* (:func:`published_before`): a copy is surely earlier only when all of
  its span is before the other's: two timed copies by their times, a day-only copy before
  a timed one (or another day-only one) of a *later* day. A day-only copy and a time of
  that same day are in no known order: nothing says the day-only one came out after the
  time, nor before (t-reader20 R1: a dispatch dated "24 November" was made a reprint of
  its own cut copy timed 10:30). The caller then decides by the texts (the longer one that
  contains the other is the original: ``store/dedup_sql.take_original``), else keeps the
  first seen in the original's place.
- *Where to list it* (:func:`latest_published`): lists and timelines show a day-only
  article after the timed ones of its day (docs/web.md), by the latest instant it may have
  come out. A display rule, never evidence of copying.

The story's first publication in SQL (``store/dedup_sql.py`` ``_FIRST``: by calendar day,
then a timed article before a day-only one) follows the display order, among the story's
own articles (copies come after).

A time whose zone is only *assumed* (no offset printed, ``evidence["timezone"]``
"assumed …": read in the zone of the page's language or domain) is uncertain in the same
way (t-final25 F7): a French page may print any clock of France, Paris, La Réunion, Nouméa,
Papeete (:func:`veille.extract.timezones.sibling_offsets`), so "07h30" is any of those
instants. :func:`zone_slack` says how much earlier and later than the assumed reading it
may be; :func:`published_before` and :func:`order_unknown` take it: when another plausible
clock flips the order of two copies, their order is unknown by time (Réunion la 1ère's
07:30, read in Paris, was made the reprint of a Paris site's copy stamped 05:00+01:00:
07:30 in La Réunion is half an hour before it).

Two captures of *one* article (versions, ``dedup/capture_order.py``) ask another question,
which one is later, and there a day-only date that contains the other's time tells
nothing: they compare the spans themselves (:func:`published_span`, :func:`span_before`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from veille.extract.timezones import HOME_ASSUMED, assumed_zone_name, sibling_offsets
from veille.record import DAY

DAY_SPAN = timedelta(days=1)
_JUST_BEFORE = timedelta(microseconds=1)


def latest_published(published: datetime, precision: str | None) -> datetime:
    """The latest instant a copy published at ``published`` may have come out: the time
    itself, or for a date known to the day only (``precision`` ``"day"``, stored as
    midnight) the last instant of that day in its own offset. Copies sort by this key:
    the smaller one is the earlier publication (module docstring)."""
    return published + DAY_SPAN - _JUST_BEFORE if precision == DAY else published


Slack = tuple[timedelta, timedelta]
"""How much earlier and how much later than its stored instant a publication time may be
(:func:`zone_slack`); both zero for a time whose zone was stated."""
NO_SLACK: Slack = (timedelta(0), timedelta(0))

def _assumed_zone(how: str) -> tzinfo | None:
    """The tz database zone an ``evidence["timezone"]`` sentence says was *assumed*
    (:func:`veille.extract.timezones.assumed_zone_name`), or None: a zone given by the
    page, record, capture or listing, or the source's own time zone setting (the user said
    so), is no assumption; nor is "assumed UTC", which names no country's clocks."""
    name = assumed_zone_name(how)
    if not name or name == "UTC":
        return None
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return None


def zone_slack(published: datetime, how: str, precision: str | None = None,
               outlet: str | None = None) -> Slack:
    """How much earlier and later than ``published`` (a wall time read in an assumed
    zone, stored with that zone's offset) the publication may have been, ``how`` being its
    ``evidence["timezone"]``: the same wall time on each clock the assumed zone's country
    prints (:func:`veille.extract.timezones.sibling_offsets`: for Europe/Paris, Paris and
    France's overseas clocks, Tahiti −10:00 … Wallis +12:00). :data:`NO_SLACK` for a
    stated zone, a source's setting, the outlet's home clock from veille's table of
    outlets unless the outlet names a territory on another clock
    (:data:`~veille.extract.timezones.HOME_ASSUMED`: its city's clock, not its country's
    others, t-final66 F6), an assumed zone of one clock (Indian/Reunion: a
    ``.re`` site's clock is La Réunion's), or a date known to the day only (``precision``
    ``"day"``: a date, not a time on a clock; its day already spans the hours in which
    copies of the day are in no known order, and a day before another stays before it).

    ``outlet``: what names the article's outlet (:func:`outlet_text`), when known: only the
    clocks that outlet may print count (:func:`veille.extract.timezones.outlet_zones`): a
    Paris daily's zone-less 09:30 has no slack, being read in the zone its pages were
    assumed to print, an assumption said wherever the time is shown ("heure supposée");
    Réunion la 1ère's, or a page under ``/martinique/``, spans that territory's clock too
    (t-final27 F7: "first published by AFP or lefigaro.fr, order unknown" over Le
    Figaro's 09:30 against AFP's 09:12+01:00, which only a clock east of Paris, that no
    Paris outlet prints, put the other way round)."""
    zone = _assumed_zone(how)
    offset = published.utcoffset()
    if zone is None or offset is None or precision == DAY:
        return NO_SLACK
    offsets = sibling_offsets(zone, published, outlet,
                              home_only=how.startswith(HOME_ASSUMED)) | {offset}
    return (max(offsets) - offset, offset - min(offsets))


def published_before(first: datetime, first_precision: str | None, second: datetime,
                     second_precision: str | None,
                     tolerance: timedelta = timedelta(0), *,
                     first_slack: Slack = NO_SLACK, second_slack: Slack = NO_SLACK) -> bool:
    """Whether the copy published at ``first`` surely came out before the one at
    ``second``, by more than ``tolerance`` (times rounded or shifted by a feed's clock are
    no evidence, ``dedup_sql.ORIGINAL_TOLERANCE``), each read with its precision (``"day"``
    or ``"time"``/``None``) and the slack of its assumed zone (:func:`zone_slack`): the
    latest instant ``first`` may have come out (:func:`latest_published`, plus its slack
    later) is more than ``tolerance`` before the earliest ``second`` may have (its midnight
    for a day-only date, less its slack earlier). False both ways for a day-only date and a
    time of that day, two day-only dates of one day, or two times that another clock of an
    assumed zone puts the other way round: their order is unknown (module docstring)."""
    # Instants, not wall times: a datetime carrying a tz database zone adds a timedelta on
    # its wall clock, so Paris 16:00 + 11 h across the spring change would land an hour
    # short of the Tahiti reading the slack stands for (r-stories36's hypothesis draw).
    return latest_published(first, first_precision).astimezone(UTC) + first_slack[1] + \
        tolerance < second.astimezone(UTC) - second_slack[0]


def order_unknown(first: datetime, first_precision: str | None, second: datetime,
                  second_precision: str | None, *, first_slack: Slack = NO_SLACK,
                  second_slack: Slack = NO_SLACK) -> bool:
    """Whether the order of two publications is unknown because one is dated to the day
    only or read in an assumed zone (a slack, :func:`zone_slack`): neither surely came out
    before the other (:func:`published_before`), a day-only date and a time of that day,
    two day-only dates of one day, or a time that another clock of its assumed zone puts
    before the other. A story's timeline and its "first published by" say so rather than
    show the display order as a fact (issue #14, f-stories21; t-final25 F7)."""
    uncertain = DAY in (first_precision, second_precision) or \
        first_slack != NO_SLACK or second_slack != NO_SLACK
    return uncertain and \
        not published_before(first, first_precision, second, second_precision,
                             first_slack=first_slack, second_slack=second_slack) and \
        not published_before(second, second_precision, first, first_precision,
                             first_slack=second_slack, second_slack=first_slack)


def outlet_text(source: str | None, url: str | None = None, site_name: str | None = None
                ) -> str:
    """What names an article's outlet, for :func:`zone_slack`: its source, address and site
    name joined by spaces (``"la1ere.francetvinfo.fr https://la1ere.francetvinfo.fr/
    martinique/x.html"``)."""
    return " ".join(part for part in (source, url, site_name) if part)


Span = tuple[datetime, datetime]
"""``(start, end)`` of a publication: a time is the instant itself (``start == end``), a
date known to the day only its day ``[midnight, next midnight)``."""


def published_span(published: datetime, precision: str | None) -> Span:
    """The span of instants a publication stated as ``published`` (with its precision,
    ``"day"`` or ``"time"``/``None``) may stand for (:data:`Span`)."""
    return (published, published + DAY_SPAN) if precision == DAY else (published, published)


def span_before(first: Span, second: Span) -> bool:
    """Whether all of ``first`` is before ``second``: it ends at or before the other's start
    (a day ends at the next midnight, which belongs to the next day) and starts earlier.
    Two spans that overlap (a day and a time on it, the same day twice, the same time
    twice) are neither before the other: no evidence of their order."""
    return first[1] <= second[0] and first[0] < second[0]
