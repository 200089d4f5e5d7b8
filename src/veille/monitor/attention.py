"""Attention over time: how much of the coverage each query gets, per day, week or month.

For each of one to five queries, the articles it finds (up to ``export.MAX_EXPORT`` each)
are counted per period; ``normalised`` divides by every article published in that period by
the same sources (Media Cloud's default: a rise in a query is not a rise in the volume of
news), and ``raw`` keeps the counts. ``independent`` leaves reprints of another outlet's
article out. ``split`` gives a series per source or per source group. Articles without a
trusted publication date (``content.published`` unknown) are counted apart in ``undated``,
never in a period's bar (never in today's). The window is the last 30 days, 26 weeks or
12 months, ending today, or at the latest match when all are older (an archive). Periods
are days, ISO weeks (``2026-W48``) and months (``2026-11``) of each article's own calendar
day (its own offset, :mod:`veille.store.calendar`), for the matches and for the totals they
are divided by alike: an article published at 23:30 -05:00 counts on that day in both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from veille.errors import QueryError
from veille.monitor.export import search_ids, selected_articles
from veille.outlet_names import HOST, same_outlet
from veille.record import REPRINT_RELATIONS, Article, utcnow
from veille.search.types import SearchRequest, SearchResponse
from veille.store.calendar import calendar_day

INTERVALS = ("day", "week", "month")
SPLITS = ("none", "source", "group")
MAX_QUERIES = 5
SPAN = {"day": 30, "week": 26 * 7, "month": 365}
"""How far back each interval looks by default (days)."""


def period_of(day: date, interval: str) -> str:
    if interval == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if interval == "month":
        return f"{day:%Y-%m}"
    return day.isoformat()


def periods(start: date, end: date, interval: str) -> list[str]:
    """Every period from ``start`` to ``end`` included, in order (empty ones too)."""
    found: list[str] = []
    day = start
    while day <= end:
        label = period_of(day, interval)
        if not found or found[-1] != label:
            found.append(label)
        day += timedelta(days=1)
    return found


@dataclass(slots=True)
class Series:
    """One line of the chart: a query (and a source or group when split)."""

    query: str
    split: str
    counts: list[int]
    independent: list[int]
    totals: list[int]
    undated: int = 0
    warnings: list[str] = field(default_factory=list)
    """The query's search warnings (a filter it could not read, such as
    ``date:2026-13-01``): a flat chart says why, as search does (newuser13b M7)."""

    def values(self, normalised: bool) -> list[float]:
        """Per period: the share of the same sources' articles (0..1), or the count."""
        if not normalised:
            return [float(c) for c in self.counts]
        return [c / t if t else 0.0 for c, t in zip(self.counts, self.totals, strict=True)]


@dataclass(slots=True)
class Attention:
    interval: str
    normalised: bool
    periods: list[str]
    series: list[Series] = field(default_factory=list)


def attention(queries: Sequence[str], *, store: object,
              run: Callable[[SearchRequest], SearchResponse], interval: str = "day",
              normalised: bool = True, split: str = "none",
              since: datetime | None = None, now: datetime | None = None) -> Attention:
    """Count each query's articles per period (see the module's docstring)."""
    queries = [q.strip() for q in queries if q.strip()]
    if not 1 <= len(queries) <= MAX_QUERIES:
        raise QueryError(f"give 1 to {MAX_QUERIES} queries", hint="one per q= parameter")
    if interval not in INTERVALS or split not in SPLITS:
        raise QueryError(f"interval is one of {INTERVALS}, split one of {SPLITS}")
    now = now or utcnow()
    warned: dict[str, list[str]] = {query: [] for query in queries}
    found = {query: list(selected_articles(store, search_ids(
        run, query, warn=warned[query].append))) for query in queries}
    dates = [p for arts in found.values() for a in arts if (p := _published(a))]
    if since is None:
        # The window ends today, or at the latest match when every match is older (an
        # archive): a chart of empty weeks says nothing.
        latest = max(dates, default=now)
        if latest < now - timedelta(days=SPAN[interval]):
            now = latest
        since = now - timedelta(days=SPAN[interval])
    labels = periods(since.date(), _last_day(now, dates), interval)
    index = {label: i for i, label in enumerate(labels)}
    groups: dict[str, str] = store.source_groups()  # type: ignore[attr-defined]
    # one outlet by name and by host is one series (t-final33 #13: "The Guardian" and
    # theguardian.com were two)
    named: Any = store  # a store that lists its sources and their declared names
    outlets: dict[str, str] = {}
    if split == "source":
        names = [str(r["source"]) for r in named.sources()
                 if not HOST.fullmatch(str(r["source"] or ""))]
        outlets = same_outlet(named, [*{a.source for arts in found.values() for a in arts},
                                      *names])

    def key_of(source: str) -> str:
        if split == "source":
            return outlets.get(source, source)
        if split == "group":
            return groups.get(source, "")
        return ""

    result = Attention(interval=interval, normalised=normalised, periods=labels)
    for query in queries:
        articles = found[query]
        own = {a.source for a in articles}
        hosts = {outlets.get(s, s) for s in own} if outlets else set()
        sources = sorted(own | hosts | {n for n, h in outlets.items() if h in hosts})
        totals: dict[str, list[int]] = defaultdict(lambda: [0] * len(labels))
        for day, source, count in store.daily_counts(  # type: ignore[attr-defined]
                since=since, sources=sources):
            slot = index.get(period_of(date.fromisoformat(day), interval))
            if slot is not None:
                totals[key_of(source)][slot] += count
        by_key: dict[str, Series] = {}
        for article in articles:
            key = key_of(article.source)
            series = by_key.setdefault(key, Series(
                query=query, split=key, counts=[0] * len(labels),
                independent=[0] * len(labels), totals=totals[key],
                warnings=warned[query]))
            published = _published(article)
            if published is None:
                series.undated += 1
                continue
            slot = index.get(period_of(date.fromisoformat(calendar_day(published)),
                                       interval))
            if slot is None:
                continue
            series.counts[slot] += 1
            if not (article.dedup and article.dedup.relation in REPRINT_RELATIONS):
                series.independent[slot] += 1
        if not by_key:
            by_key[""] = Series(query=query, split="", counts=[0] * len(labels),
                                independent=[0] * len(labels), totals=[0] * len(labels),
                                warnings=warned[query])
        result.series.extend(by_key[k] for k in sorted(by_key))
    return result


def _last_day(now: datetime, dates: list[datetime]) -> date:
    """The window's last day: ``now``'s, or the next one when a match is already dated
    on it in its own offset. An article counts on its own calendar day, and between 23:00
    and midnight UTC it is tomorrow in Paris: the window ended at the UTC day, and such an
    article fell in no period, counted neither in a bar nor as undated (newuser13b M14)."""
    last = now.date()
    ahead = [day for p in dates if last < (day := date.fromisoformat(calendar_day(p)))
             <= last + timedelta(days=1)]
    return max(ahead, default=last)


def _published(article: Article) -> datetime | None:
    return article.content.published if article.content else None


def csv_rows(result: Attention) -> list[dict[str, object]]:
    """One row per series and period (for the CSV download)."""
    rows: list[dict[str, object]] = []
    for series in result.series:
        for i, label in enumerate(result.periods):
            rows.append({"query": series.query, "split": series.split, "period": label,
                         "articles": series.counts[i], "independent": series.independent[i],
                         "all_articles_same_sources": series.totals[i],
                         "share": round(series.values(True)[i], 6)})
        rows.append({"query": series.query, "split": series.split, "period": "undated",
                     "articles": series.undated, "independent": "",
                     "all_articles_same_sources": "", "share": ""})
    return rows
