"""The data behind each page, shared by the HTML page and its JSON twin.

Each function reads through the library (store, search) and returns API models; the HTML
views render those same models, so a page and its JSON twin cannot disagree.
"""

from __future__ import annotations

import re
from datetime import datetime

from veille.errors import VeilleError
from veille.record import Article
from veille.search.types import SearchRequest, Sort
from veille.web.context import WebContext
from veille.web.models import (
    ArticleDetail,
    LatestResponse,
    RawCapture,
    SearchResult,
    SourceInfo,
    SourcesResponse,
    StatsResponse,
    from_article,
    from_article_detail,
    from_search,
)

RELATED = 5
_WORD = re.compile(r"\w{4,}")


def latest(web: WebContext, *, limit: int, offset: int = 0, after_seq: int = 0) -> LatestResponse:
    with web.stores.reader() as store:
        # max_seq first: an article stored in between is sent twice at worst (the poller
        # drops ids it has), never missed.
        max_seq = store.max_seq()
        articles = store.latest(limit=limit, offset=offset, after_seq=after_seq)
    return LatestResponse(max_seq=max_seq, articles=[from_article(a) for a in articles])


def run_search(web: WebContext, *, q: str, page: int, per_page: int,
               sort: Sort) -> SearchResult:
    request = SearchRequest(query=q, page=page, per_page=per_page, sort=sort)
    with web.stores.reader() as store:
        response = web.search.search(request, store=store)
    return from_search(response, sort=sort)


def _related(web: WebContext, article: Article) -> list[Article]:
    """Articles on the same subject (search on title words), else from the same source."""
    found: list[Article] = []
    title = article.content.title if article.content else ""
    words = list(dict.fromkeys(_WORD.findall(title)))[:8]
    with web.stores.reader() as store:
        if words and web.search.available():
            request = SearchRequest(query=" OR ".join(words), per_page=RELATED + 1,
                                    facets=False)
            try:
                hits = web.search.search(request, store=store).hits
            except VeilleError:
                hits = []
            for hit in hits:
                if hit.id != article.id and len(found) < RELATED:
                    try:
                        found.append(store.get(hit.id))
                    except VeilleError:
                        continue  # the index is ahead of or behind the store
        if not found and article.source:
            found = [a for a in store.latest(limit=RELATED + 1, source=article.source)
                     if a.id != article.id][:RELATED]
    return found


def article(web: WebContext, article_id: str) -> tuple[Article, ArticleDetail]:
    with web.stores.reader() as store:
        record = store.get(article_id)
    return record, from_article_detail(record, _related(web, record))


def raw(web: WebContext, article_id: str) -> RawCapture:
    with web.stores.reader() as store:
        record = store.get(article_id)
        captured = store.get_raw(record.raw.raw_id)
    return RawCapture(article_id=record.id, raw_id=captured.raw_id,
                      media_type=captured.media_type, origin=captured.origin, url=captured.url,
                      fetched_at=captured.fetched_at,
                      text=captured.data.decode("utf-8", errors="replace"))


def _when(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def sources(web: WebContext) -> SourcesResponse:
    return SourcesResponse(sources=[
        SourceInfo(source=s["source"], articles=s["articles"], latest=_when(s["latest"]))
        for s in web.sources()])


def stats(web: WebContext) -> StatsResponse:
    with web.stores.reader() as store:
        counts = store.counts()
        max_seq = store.max_seq()
    return StatsResponse(counts=counts, max_seq=max_seq, sources=len(web.sources()),
                         search_available=web.search.available())
