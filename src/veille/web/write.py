"""``POST /api/v1/articles``: add articles through the same pipeline as ``veille ingest``.

This router is only mounted when ``api_token`` is set, so a server without a token has no
write endpoint at all. The body is read as a stream and cut off at ``max_input_bytes``
(the body-limit middleware refuses a larger ``Content-Length`` before this runs).
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.responses import JSONResponse

from veille.errors import ItemError, ItemProblem
from veille.ingest import IngestSummary
from veille.source_name import checked_source
from veille.web.api import ERRORS
from veille.web.context import web
from veille.web.models import ErrorResponse, IngestResult, ItemProblemModel
from veille.web.security import BodyTooLarge

# Content type -> the file name that tells ingest which format the bytes are in. XML (a
# NewsML-G2 item or message: its IPTC-registered types too) and WARC bodies are recognised
# by their content, as files are (veille.collect.files.items_from_bytes).
NAMES = {"text/plain": "post.txt", "text/html": "post.html", "application/xhtml+xml": "post.html",
         "application/json": "post.json", "application/x-ndjson": "post.jsonl",
         "application/ninjs+json": "post.json",
         "application/jsonl": "post.jsonl", "application/gzip": "post.gz",
         "application/xml": "post.xml", "text/xml": "post.xml",
         "application/vnd.iptc.g2.newsitem+xml": "post.xml",
         "application/vnd.iptc.g2.newsmessage+xml": "post.xml",
         "application/warc": "post.warc"}

bearer = HTTPBearer(auto_error=False, description="The server's api_token.")
router = APIRouter(prefix="/api/v1", tags=["write"])


def token_matches(request: Request, given: str) -> bool:
    """Whether ``given`` is the app's ``api_token`` (compared in constant time; never
    with no token set)."""
    expected = web(request).settings.api_token
    return bool(given and expected) and secrets.compare_digest(given.encode(),
                                                               expected.encode())


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None,
                                         Depends(bearer)]) -> None:
    if not token_matches(request, credentials.credentials if credentials else ""):
        raise HTTPException(401, "a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})


async def _read_body(request: Request, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "/articles", response_model=IngestResult, summary="Add articles",
    dependencies=[Depends(require_token)],
    responses={**ERRORS, 200: {"model": IngestResult, "description": "Nothing new was stored"},
               201: {"model": IngestResult, "description": "New articles were stored"},
               422: {"model": ErrorResponse, "description": "Nothing stored: every item "
                                                           "of the body was refused"},
               401: {"model": ErrorResponse, "description": "Missing or wrong token"},
               415: {"model": ErrorResponse, "description": "Unsupported content type"}},
    openapi_extra={"requestBody": {"required": True, "content": {
        media: {"schema": {"type": "string"}} for media in NAMES}}},
)
async def post_articles(
        request: Request,
        source: Annotated[str | None, Query(
            max_length=200, description="The site these pages come from: its domain "
            "(lemonde.fr) or its name (Le Monde); anything else is refused (422).")]
        = None) -> JSONResponse:
    """Ingest one page (text capture, HTML), a JSON record or array, JSON Lines, a wire
    item (NewsML-G2, ninjs) or a WARC archive, gzip-compressed or not.

    The format follows the ``Content-Type``; the answer is the ingest summary, 201 when new
    articles were stored. ``index_pending`` counts stored changes not yet searchable when
    the answer was sent (another process held the index; ``index_error`` says what to run).
    """
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in NAMES:
        raise UnsupportedType(f"unsupported content type {media or '(none)'!r}, use one "
                              "of: " + ", ".join(sorted(NAMES)), hint=TYPE_HINT)
    source = checked_source(source)  # 422 before the body is read (t-final28 F11)
    context = web(request)
    data = await _read_body(request, context.settings.max_input_bytes)
    origin = request_origin(request, media)
    repeated: list[str] = []

    def run() -> IngestSummary:
        with context.stores.service(context.settings) as service:
            # the stories' canonical re-clustering (seconds for a busy window) is the
            # background follower's (veille.follower): not waited for here
            # (q-stories24); without one, done here as before
            done = service.ingest_bytes([(NAMES[media], data)], source=source, origin=origin,
                                        settle=not context.followers.follows("stories"))
            if done.duplicate_inputs:  # the stored articles they repeat (t-final25 S10)
                held = service.store.articles_of_raw(done.duplicate_inputs)
                repeated.extend(dict.fromkeys(held[r] for r in done.duplicate_inputs
                                              if r in held))
            return done

    summary = await run_in_threadpool(run)
    context.followers.wake()
    problems = [for_client(p, origin, NAMES[media]) for p in summary.problems]
    errors = [f"{p.origin}: {p.message}" for p in problems]
    if summary.failed and not (summary.new or summary.versions or summary.completed
                               or summary.duplicate or summary.skipped):
        # nothing stored, every item refused: the request failed (newuser10 S3: a 200)
        raise RequestFailed("nothing was stored: " + "; ".join(errors[:3]),
                            hint=refusal_hint(problems))
    t = context.translator(request)
    result = IngestResult(read=summary.read, new=summary.new, duplicate=summary.duplicate,
                          failed=summary.failed, failure_reasons=dict(summary.reasons),
                          errors=errors, problems=[ItemProblemModel(
                              **p.as_dict(), localized_message=t.message(p.message),
                              localized_hint=t.message(p.hint)) for p in problems],
                          ids=list(summary.new_ids), duplicate_ids=repeated,
                          versions=summary.versions, skipped=summary.skipped,
                          skipped_kinds=dict(summary.skipped_kinds),
                          index_pending=summary.index_pending,
                          index_error=summary.index_error,
                          own_source=summary.own_source, notes=list(summary.notes))
    return JSONResponse(result.model_dump(), status_code=201 if summary.new else 200)


#: What a client of the API does about a refused body, by failure reason (ingest's hints
#: speak of files: "fix the file; JSON Lines files should end in .jsonl").
WRITE_HINTS = {
    "bad-json": "send one JSON record or an array as application/json, JSON Lines as "
                "application/x-ndjson",
    "too-deep": "send records nested less deeply",
    "empty": "send the page, the records or the wire item in the request body",
    "no-text": "send a page or record that holds the article's text",
    "bad-gzip": "compress the body again (gzip) and send it again: the records already "
                "stored are not stored twice",
    "binary": "send text, HTML, JSON or a wire item with its content type",
    "unsupported": "send a NewsML-G2 item or message, a ninjs item or a NITF document: "
                   "veille reads no other wire format",
}


#: What a client does about a refused body of one of these types, by failure reason, where
#: :data:`WRITE_HINTS` would tell it to do what it did (t-final28 F13: a broken line of a
#: body sent as application/x-ndjson was told "send … JSON Lines as application/x-ndjson";
#: the message keeps what helps, the line and the parse error).
TYPED_HINTS = {
    ("bad-json", "post.jsonl"): "fix that line (one JSON object a line) and send the body "
                                "again: the records already stored are not stored twice",
}

#: A file's hint -> what a client of the API does instead, where the same reason has
#: several causes (``too-large``: a whole JSON document, a body, a record) so the reason
#: alone cannot say (t-scale19 P8: an inflate limit got the JSON Lines advice).
CLIENT_HINTS = {
    "write large exports as JSON Lines (.jsonl), one record a line":
        "send JSON Lines (application/x-ndjson), one record a line",
    "raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if it is genuine":
        "send a smaller body, or ask the server's operator to raise max_input_bytes",
    "raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if genuine":
        "send a smaller body, or ask the server's operator to raise max_input_bytes",
}

#: The hint of a refused body whose problems give none (never an empty hint: docs/web.md).
FALLBACK_HINT = "see the problems of the body in the message, fix them and send it again"


def refusal_hint(problems: list[ItemProblem]) -> str:
    """The hint of a refused body: the first problem's own hint, in the client's terms
    (t-scale19 P8: the 422 hint came only from a table of reasons, "" for the others)."""
    return next((p.hint for p in problems if p.hint), FALLBACK_HINT)


class UnsupportedType(ItemError):
    """A write request whose ``Content-Type`` names no format veille reads: 415, with
    the type to send (newuser16b C18: the hint was empty)."""

    http_status = 415


TYPE_HINT = ("set Content-Type to the body's format: application/json for a JSON record, "
             "an array or a ninjs item, application/x-ndjson for JSON Lines, application/xml "
             "for a NewsML-G2 item, application/warc for a WARC archive, text/html for a page")


class RequestFailed(ItemError):
    """A write request whose every item was refused: 422, with what to do."""

    http_status = 422


BODY = "the request body"
"""Where a problem of the posted input is, for the client: it sent a body, not a file."""


def request_origin(request: Request, media: str) -> str:
    """What the body of a write request is called in messages and the store's failures
    (``veille stats --failures``): the request, its query (``?source=``) and its content
    type, ``POST /api/v1/articles?source=afp.com (text/html)`` (t-final25 S10: it was
    ``post.html``, a file nobody wrote)."""
    query = f"?{request.url.query}" if request.url.query else ""
    return f"POST {request.url.path}{query} ({media})"[:300]


def for_client(problem: ItemProblem, name: str, as_file: str = "") -> ItemProblem:
    """``problem`` as an HTTP client reads it: a problem of the posted input (ingest read
    it as the file ``name``) is said of :data:`BODY` (``post.jsonl#2`` -> ``the request
    body#2``), with the HTTP hint of its reason (:data:`WRITE_HINTS`; a file's hint, "fix
    the file; JSON Lines files should end in .jsonl", is no advice for a request). A
    problem of something inside the body (a WARC record's URL) stays as it is. A reason
    without an HTTP hint keeps the problem's own hint: a hint that speaks of a file beats
    none (newuser16b C18: WARC and NewsML problems came with an empty hint); a file's hint
    whose reason has several causes is swapped by its words (:data:`CLIENT_HINTS`).
    ``as_file``: the name the body was read as (:data:`NAMES`, by its content type): a
    reason with a hint for that type (:data:`TYPED_HINTS`) gets it."""
    part = problem.in_input(name)
    hint = CLIENT_HINTS.get(problem.hint, problem.hint)
    if part is None:
        return replace(problem, hint=hint)
    hint = TYPED_HINTS.get((problem.reason, as_file)) or WRITE_HINTS.get(problem.reason, hint)
    return replace(problem, origin=BODY + part, hint=hint)
