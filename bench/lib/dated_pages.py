"""French news pages with known publication times, built from French Wikinews (CC BY 2.5).

Why built: a date benchmark needs pages whose date is certain and that may be shipped; the
100 Wikinews articles of ``../shared/data/corpora/wikinews-fr`` (text, title, day) are free
to redistribute with attribution (demo/ATTRIBUTION.md). Each article is dressed in the page
templates that trip date extractors in the wild, one *kind* per template (the kinds of
issue 12), with a time of day and a fetch time drawn from a seeded generator:

- ``jsonld-ticker``: JSON-LD ``datePublished``/``dateModified``; a breaking-news ticker with
  the fetch day's time above the headline;
- ``time-modified``: no metadata; "Publié le" printed, the only ``<time>`` is the update;
- ``entry-meta``: the date in a WordPress ``entry-meta`` line; a sidebar and comments
  with later dates;
- ``signature``: a ticker above the headline, the date in a closing "Article publié le";
- ``relative``: "Publié il y a N heures", fetched N hours later;
- ``future-event``: JSON-LD gives the announced event's date (after the fetch); "Publié le"
  printed;
- ``fr-ca``: ``og:locale`` fr_CA, a naive ``article:published_time`` (Montréal time);
- ``related-first``: a "related" list with newer ``<time>`` elements before the article's
  own ``<time>`` in the markup.

These templates were written together with veille's date rules: the figures on them are
in-sample for veille (docs/benchmarks.md says so).
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
MONTREAL = ZoneInfo("America/Toronto")
_DATELINE = re.compile(r"^[^.]{0,40}\b(?:19|20)\d\d(?:,[^.]{0,30})?\.\s*-\s*")
MONTHS = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre").split()


@dataclass(frozen=True)
class DatedPage:
    """One page, its gold publication time (aware) and when it was fetched."""

    id: str
    kind: str
    html: str
    url: str
    published: datetime
    fetched_at: datetime


@dataclass(frozen=True)
class Source:
    id: str
    url: str
    title: str
    paragraphs: list[str]
    day: datetime


def _sources(root: Path) -> list[Source]:
    out = []
    for line in (root / "articles.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        if not record.get("date"):
            continue
        paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
        paragraphs = [_DATELINE.sub("", p) for p in paragraphs]
        day = datetime.fromisoformat(record["date"])
        out.append(Source(record["id"], record["url"], record["title"], paragraphs, day))
    return out


def _fr_day(value: datetime) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _slash(value: datetime) -> str:
    return f"{value:%d/%m/%Y} à {value:%H}h{value:%M}"


def _page(title: str, head: str, body: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)} - Le Quotidien libre</title>{head}</head>"
            f"<body>{body}</body></html>")


def _paras(source: Source) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in source.paragraphs)


def _ticker(fetched: datetime) -> str:
    return (f'<div class="breaking"><span>En direct</span><p>{fetched:%d/%m/%Y} à '
            f"{fetched:%H}h{fetched:%M} — Trafic perturbé sur la ligne B du RER</p></div>")


def _jsonld(published: datetime, modified: datetime, title: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": published.isoformat(), "dateModified": modified.isoformat()}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


Builder = Callable[[Source, datetime, datetime, random.Random], tuple[str, datetime]]


def _jsonld_ticker(s: Source, pub: datetime, fetched: datetime, rng: random.Random
                   ) -> tuple[str, datetime]:
    head = _jsonld(pub, pub + timedelta(hours=rng.randint(1, 30)), s.title)
    body = (f"{_ticker(fetched)}<article><h1>{html.escape(s.title)}</h1>{_paras(s)}"
            "</article>")
    return _page(s.title, head, body), pub


def _time_modified(s: Source, pub: datetime, fetched: datetime, rng: random.Random
                   ) -> tuple[str, datetime]:
    mod = pub + timedelta(hours=rng.randint(1, 20))
    body = (f"<article><h1>{html.escape(s.title)}</h1><div class=\"story-dates\">"
            f"<span>Publié le {_slash(pub)}</span> | <time itemprop=\"dateModified\" "
            f"datetime=\"{mod.isoformat()}\">Mis à jour le {_slash(mod)}</time></div>"
            f"{_paras(s)}</article>")
    return _page(s.title, "", body), pub


def _entry_meta(s: Source, pub: datetime, fetched: datetime, rng: random.Random
                ) -> tuple[str, datetime]:
    later = fetched - timedelta(minutes=rng.randint(5, 50))
    sidebar = ('<div class="widget-area"><h3>Les plus lus</h3><ul>'
               f"<li>{_fr_day(later)} — Le conseil municipal vote le budget</li>"
               f"<li>{_fr_day(later)} — Fermeture de la piscine</li></ul></div>")
    comments = ('<div id="comments"><ol class="commentlist"><li><span class="comment-date">'
                f"{_fr_day(later)} à {later:%H}h{later:%M}</span><p>Merci pour cet "
                "article très complet, j'attendais ces précisions depuis des semaines."
                "</p></li></ol></div>")
    body = (f"{sidebar}<div class=\"post\"><h1 class=\"entry-title\">{html.escape(s.title)}"
            f"</h1><div class=\"entry-meta\">Publié le {_fr_day(pub)} à {pub:%H}h{pub:%M} par "
            f"<span class=\"author\">Rédaction</span></div><div class=\"entry-content\">"
            f"{_paras(s)}</div></div>{comments}")
    return _page(s.title, "", body), pub


def _signature(s: Source, pub: datetime, fetched: datetime, rng: random.Random
               ) -> tuple[str, datetime]:
    body = (f"{_ticker(fetched)}<main><h1>{html.escape(s.title)}</h1>{_paras(s)}"
            f"<p class=\"signature\">Article publié le {_slash(pub)}</p></main>")
    return _page(s.title, "", body), pub


def _relative(s: Source, pub: datetime, fetched: datetime, rng: random.Random
              ) -> tuple[str, datetime]:
    hours = rng.randint(1, 9)
    pub = (fetched - timedelta(hours=hours)).astimezone(PARIS)
    body = (f"<article><h1>{html.escape(s.title)}</h1><p class=\"meta\">Publié il y a "
            f"{hours} heures</p>{_paras(s)}</article>")
    return _page(s.title, "", body), pub


def _future_event(s: Source, pub: datetime, fetched: datetime, rng: random.Random
                  ) -> tuple[str, datetime]:
    event = pub + timedelta(days=rng.randint(30, 400))
    head = _jsonld(event, event, s.title)
    body = (f"<article><h1>{html.escape(s.title)}</h1><p class=\"date\">Publié le "
            f"{_slash(pub)}</p>{_paras(s)}</article>")
    return _page(s.title, head, body), pub


def _fr_ca(s: Source, pub: datetime, fetched: datetime, rng: random.Random
           ) -> tuple[str, datetime]:
    local = pub.astimezone(MONTREAL)
    head = ('<meta property="og:locale" content="fr_CA"><meta property="article:published_time"'
            f' content="{local:%Y-%m-%dT%H:%M:%S}">')
    body = f"<article><h1>{html.escape(s.title)}</h1>{_paras(s)}</article>"
    return _page(s.title, head, body, lang="fr-CA"), local


def _related_first(s: Source, pub: datetime, fetched: datetime, rng: random.Random
                   ) -> tuple[str, datetime]:
    later = fetched - timedelta(minutes=rng.randint(5, 50))
    related = ('<section class="related-articles"><h2>À lire aussi</h2><ul>'
               f'<li><time datetime="{later.isoformat()}">{_fr_day(later)}</time> '
               "<a href=\"/a\">Les syndicats appellent à la grève</a></li></ul></section>")
    body = (f"{related}<article><header><h1>{html.escape(s.title)}</h1>"
            f"<time datetime=\"{pub.isoformat()}\">{_fr_day(pub)}</time></header>"
            f"{_paras(s)}</article>")
    return _page(s.title, "", body), pub


KINDS: dict[str, Builder] = {
    "jsonld-ticker": _jsonld_ticker, "time-modified": _time_modified,
    "entry-meta": _entry_meta, "signature": _signature, "relative": _relative,
    "future-event": _future_event, "fr-ca": _fr_ca, "related-first": _related_first,
}


def dated_pages(root: Path, *, seed: int = 12) -> Iterator[DatedPage]:
    """Every source article in every kind of template, with its gold time."""
    rng = random.Random(seed)
    for source in _sources(root):
        for kind, build in KINDS.items():
            pub = source.day.replace(hour=rng.randint(6, 21), minute=rng.randint(0, 59),
                                     tzinfo=PARIS)
            fetched = pub + timedelta(hours=rng.randint(1, 72))
            page, gold = build(source, pub, fetched, rng)
            url = f"https://www.quotidien-libre.example/actu/{source.id}"
            yield DatedPage(f"{source.id}-{kind}", kind, page, url, gold, fetched)
