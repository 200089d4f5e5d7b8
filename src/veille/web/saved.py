"""Saved searches in the API and as feeds: ``/api/v1/saved-searches`` and
``/feeds/saved/{id}.atom|.json`` (what each saved search matched, newest first).

Reading is open like the rest of the API; creating and deleting need the ``api_token``
(the router :data:`write_router` is only mounted when one is set).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, Response

from veille.collect.gone import unpublished_of
from veille.errors import ConfigError, NotFound
from veille.index.query import MAX_QUERY_CHARS, MAX_QUERY_INPUT_CHARS
from veille.monitor.saved import MAX_BREAKING, MAX_WITHIN_MINUTES, query_warnings
from veille.search import paging
from veille.search.cursor import Cursor, binding
from veille.store.base import DIGESTS, UNMATCHED, SavedSearch
from veille.web.api import ERRORS, CursorParam
from veille.web.context import public, web
from veille.web.feeds import (
    ATOM_TYPE,
    FORMATS,
    JSON_FEED_TYPE,
    Feed,
    FeedItem,
    atom,
    item_from_article,
    json_feed,
    marks,
)
from veille.web.models import ArticleSummary, from_article, mark_gone
from veille.web.problems import problem
from veille.web.recipients import masked_email, masked_webhook, may_read_recipients
from veille.web.write import require_token

SearchId = Annotated[int, Path(ge=1, le=2**62)]
MATCHES_SHOWN = 50
NAME_PATTERN = r"^[\s\S]*[^\d\s][\s\S]*$"
_ADDRESS = r"[^,<>\r\n@]*@[^,<>\r\n]*"
EMAILS_PATTERN = rf"^({_ADDRESS})?(,({_ADDRESS})?)*$"


class SavedSearchIn(BaseModel):
    """A saved search to create, or to update by name: a field the body leaves out keeps
    the value the search has (a new search: the default shown); a field given replaces
    it (``""`` or ``[]`` clears it), as ``veille saved add`` does."""

    name: str = Field(min_length=1, max_length=100, pattern=NAME_PATTERN,
                      description="Not only digits (numbers are ids).")
    query: str | None = Field(default=None, max_length=MAX_QUERY_INPUT_CHARS,
                              description='Needed for a new search ("" for every article); '
                                          "left out, an update keeps the search's query. "
                                          f"Past its first {MAX_QUERY_CHARS} characters it is "
                                          "cut, as search cuts it, with a warning.")
    sources: list[str] = Field(default_factory=list, max_length=100)
    groups: list[str] = Field(default_factory=list, max_length=20)
    languages: list[str] = Field(default_factory=list, max_length=20)
    stories: list[str] = Field(default_factory=list, max_length=20,
                               description="Follow these stories: only their new coverage.")
    breaking: int = Field(default=0, ge=0, le=MAX_BREAKING,
                          description="A story alert: alert when a story gains this many new "
                                      "independent sources within within_minutes (0: an "
                                      "alert per matching article).")
    within_minutes: int = Field(default=60, ge=1, le=MAX_WITHIN_MINUTES)
    collapse: bool = True
    email: str = Field(default="", max_length=500, pattern=EMAILS_PATTERN,
                       description="Comma-separated addresses.")
    digest: str = Field(default="immediate", pattern="^(" + "|".join(DIGESTS) + ")$")
    lang: str = Field(default="fr", pattern="^(fr|en)$")
    webhook: str = Field(default="", max_length=2000,
                         description="An absolute http(s) URL (any port, a query string "
                                     "such as ?token=; no user:password@), checked as "
                                     "`veille saved add` checks it.")

    def given(self) -> dict[str, object]:
        """The settings the body gives (every field but ``name`` that it sets; a
        ``null`` query is left out)."""
        return {k: getattr(self, k) for k in self.model_fields_set
                if k != "name" and getattr(self, k) is not None}


class SavedSearchOut(BaseModel):
    """A saved search, with how many articles it matched since the last visit."""

    id: int
    name: str
    query: str
    sources: list[str]
    groups: list[str]
    languages: list[str]
    stories: list[str]
    breaking: int
    within_minutes: int
    collapse: bool
    email: str
    digest: str
    lang: str
    webhook: str
    new_since_visit: int


class MatchOut(BaseModel):
    article: ArticleSummary
    kind: str = Field(description="new, update (a new version of an article alerted "
                                  "before), unmatched (its current version no longer "
                                  "matches the search: a correction removed what it was "
                                  "alerted for), or breaking (the article with which a "
                                  "story crossed a story alert's threshold)")
    version: int = Field(description="The article's version, or the crossing's number")
    new: bool = Field(description="Matched after the last visit.")


class FollowedStory(BaseModel):
    """A story a saved search follows, as its page names it."""

    id: str = Field(description="The id the story goes by now (the saved id, or the story "
                                "it led to since).")
    title: str = Field(description="Its title; empty when the store no longer holds it.")


class SavedSearchDetail(SavedSearchOut):
    followed: list[FollowedStory] = Field(
        default_factory=list, description="The stories it follows (``stories``), by their "
        "current id and title (t-final25 S5: the page never said which story).")
    matches: list[MatchOut] = Field(description=f"One page ({MATCHES_SHOWN} at most) of the "
                                                "matched articles, newest match first, "
                                                "each once (its newest match).")
    total: int = Field(description="How many articles the search matches now (its query "
                                   "run as search runs it, as `veille saved show` counts "
                                   "them), on every page.")
    next_cursor: str | None = Field(
        default=None, description="Send as `cursor` for the next page (null on the last): "
                                  "matches made after the first page are left out of the "
                                  "later ones, none is given twice (docs/web.md).")
    prev_cursor: str | None = Field(
        default=None, description="The cursor of the previous page (null when it is the "
                                  "first: leave `cursor` out).")


class SavedSearchesResponse(BaseModel):
    saved_searches: list[SavedSearchOut]


def saved_out(search: SavedSearch, new: int, *, recipients: bool = True) -> SavedSearchOut:
    """``search`` for the API; ``recipients``: False masks its e-mail and webhook
    (:mod:`veille.web.recipients`)."""
    fields = {k: getattr(search, k) for k in SavedSearchOut.model_fields if k != "new_since_visit"}
    if not recipients:
        fields["email"] = masked_email(search.email)
        fields["webhook"] = masked_webhook(search.webhook)
    return SavedSearchOut(**fields, new_since_visit=new)


def list_saved(request: Request) -> list[SavedSearchOut]:
    recipients = may_read_recipients(request)
    with web(request).stores.reader() as store:
        return [saved_out(s, store.count_matches(s.id, after_seq=s.visited_seq),
                          recipients=recipients)
                for s in store.saved_searches()]


def saved_detail(request: Request, search_id: int,
                 cursor: str | None = None) -> SavedSearchDetail:
    """One page of a saved search's matched articles (:data:`MATCHES_SHOWN`), with their
    ``total`` and the cursors to the pages around it, as search and the latest list page
    (docs/web.md "Paging lists"; newuser16c N12: the page said "60 nouveaux" and showed 50,
    with no way to the rest). A cursor that cannot be used gives the first page."""
    from veille.monitor.saved_view import current_matches
    from veille.service import Veille

    bound = binding("saved", search_id, MATCHES_SHOWN)
    context = web(request)
    # The one query path of every adapter (t-final36 A6: this page, the API and the feeds
    # listed only what was matched since the search was saved, `saved show` what it
    # matches), read on a read-only store: the service searches and never writes here.
    with context.stores.reader() as store:
        search = store.saved_search(search_id)
        at = paging.read_cursor(cursor, bound, []) or Cursor(store.change_seq(),
                                                               binding=bound)
        skip = set(at.ids)
        service = Veille(context.settings, store=store)
        try:
            now = current_matches(service, search, len(skip) + MATCHES_SHOWN + 1)
        finally:
            service.close()
        rest = [i for i in now.ids if i not in skip]
        ids, more = rest[:MATCHES_SHOWN], len(rest) > MATCHES_SHOWN
        articles = store.get_many(ids)
        new = store.count_matches(search.id, after_seq=search.visited_seq)
        gone = unpublished_of(store, (a.url for a in articles.values()))
        followed = followed_stories(store, search.stories)
    total = now.total
    newest: dict[str, MatchOut] = {}
    for article_id in ids:
        article = articles.get(article_id)
        if article is None or article.content is None:
            continue
        newest[article_id] = MatchOut(
            article=from_article(article), kind=now.kinds.get(article_id, "new"),
            version=now.versions.get(article_id, article.content.version),
            new=article_id in now.new_ids)
    mark_gone([match.article for match in newest.values()], gone)
    after = at.then(ids, len(ids)) if more else None
    before = at.back()
    shown = saved_out(search, new, recipients=may_read_recipients(request))
    return SavedSearchDetail(**shown.model_dump(), followed=followed,
                             matches=list(newest.values()), total=total,
                             next_cursor=after.encode() if after is not None else None,
                             prev_cursor=before.encode() if before is not None else None)


def followed_stories(store: Any, story_ids: list[str]) -> list[FollowedStory]:
    """The stories ``story_ids`` by the id each goes by now and its title ("" when the
    store no longer holds it)."""
    followed: list[FollowedStory] = []
    for story_id in story_ids:
        current = store.story_id_of(story_id) or story_id
        found = store.stories(story_id=current, limit=1)
        followed.append(FollowedStory(id=current, title=found[0].title if found else ""))
    return followed


def mark_visited(request: Request, search_id: int) -> None:
    """The owner looked: what was matched so far is no longer new."""
    with web(request).stores.writer() as store:
        store.visit_saved_search(search_id, store.change_seq())


router = APIRouter(tags=["saved searches"], responses=ERRORS)
write_router = APIRouter(prefix="/api/v1", tags=["saved searches"],
                         dependencies=[Depends(require_token)], responses=ERRORS)


@router.get("/api/v1/saved-searches", response_model=SavedSearchesResponse,
            summary="Saved searches")
def saved_searches(request: Request) -> SavedSearchesResponse:
    """Every saved search, with ``new_since_visit``."""
    return SavedSearchesResponse(saved_searches=list_saved(request))


@router.get("/api/v1/saved-searches/{search_id}", response_model=SavedSearchDetail,
            summary="One saved search and its latest matches")
def saved_search(request: Request, search_id: SearchId,
                 cursor: CursorParam = None) -> SavedSearchDetail:
    """The search, its ``total`` matched articles and one page of them; page with the
    answer's ``next_cursor``."""
    return saved_detail(request, search_id, cursor)


@write_router.post("/saved-searches", response_model=SavedSearchOut, status_code=201,
                   summary="Save a search (or update the one with this name: fields "
                           "left out are kept)")
async def create_saved_search(request: Request, body: SavedSearchIn) -> Response:
    context = web(request)

    def run() -> tuple[SavedSearch, SavedSearch | None, int, list[str]]:
        with context.stores.service(context.settings) as service:
            saved, before = service.update_search(body.name, body.given())
            # the same count a GET gives right after (newuser11b U15: an update said 0)
            # filters no article matches (f-cliux32: place:Atlantide), and homonyms
            return saved, before, service.store.count_matches(
                saved.id, after_seq=saved.visited_seq), [
                    *service.unknown_filters(saved.query), *service.place_homonyms(saved.query),
                    *service.webhook_warnings(saved)]  # t-final65 C4: saved, said blocked

    try:
        saved, before, new, homonyms = await run_in_threadpool(run)
    except ConfigError as exc:  # a 422 with message and hint apart, each translated
        return problem(request, 422, str(exc), hint=exc.hint)
    out = saved_out(saved, new).model_dump()
    said = [*query_warnings(body.query or ""), *homonyms]  # t-final25 S14
    if said:  # as search says it (docs/monitoring.md)
        t = context.translator(request)
        out["warnings"], out["localized_warnings"] = said, [t.message(w) for w in said]
    if saved.webhook and (before is None or before.secret != saved.secret):
        # returned once, when made (docs/monitoring.md): an update keeping the webhook
        # keeps its secret, which the owner has
        out["webhook_secret"] = saved.secret
    return JSONResponse(out, status_code=201)


@write_router.delete("/saved-searches/{search_id}", status_code=204,
                     summary="Forget a saved search")
def delete_saved_search(request: Request, search_id: SearchId) -> Response:
    with web(request).stores.writer() as store:
        if not store.remove_saved_search(search_id):
            raise NotFound(f"no saved search {search_id}",
                           hint="list them with `veille saved list`")
    return Response(status_code=204)


def _marked(item: FeedItem, match: MatchOut, label: str) -> FeedItem:
    """A feed item whose article no longer matches the search (``kind`` ``unmatched``) says
    so in its title: a feed reader shows no kind (newuser16c N3: the corrected headline
    read as a fresh match of the search)."""
    return replace(item, title=f"{item.title} ({label})") if match.kind == UNMATCHED \
        else item


def _feed(request: Request, search_id: int) -> Feed:
    detail = saved_detail(request, search_id)
    # One entry per article (its newest match: the list is newest first). A version's
    # match is a row of its own in the list, but a feed's ids must be unique (JSON Feed
    # 1.1, "id"; Atom, RFC 4287 4.1.1) and the entry shows the article as it is now.
    newest = {m.article.id: m for m in reversed(detail.matches)}
    t = web(request).translator(request)
    items = [_marked(item_from_article(m.article, public(request, request.url_for(
                 "article_page", article_id=m.article.id))), m, t('saved_unmatched'))
             for m in detail.matches if newest[m.article.id] is m]
    return Feed(title=f"veille: {detail.name}", self_url=public(request, request.url),
                home_url=public(request, request.url_for("saved_page", search_id=search_id)),
                items=items, untitled=t("untitled"), marks=marks(t))


@router.get("/feeds/saved/{search_id}.atom", response_class=Response,
            summary="A saved search's matches as Atom",
            responses={200: {"content": FORMATS["atom"]}})
def saved_atom(request: Request, search_id: SearchId) -> Response:
    return Response(atom(_feed(request, search_id)), media_type=ATOM_TYPE)


@router.get("/feeds/saved/{search_id}.json", response_class=Response,
            summary="A saved search's matches as JSON Feed",
            responses={200: {"content": FORMATS["json"]}})
def saved_json(request: Request, search_id: SearchId) -> Response:
    body = json_feed(_feed(request, search_id), language=web(request).translator(request).lang)
    return JSONResponse(body, media_type=JSON_FEED_TYPE)
