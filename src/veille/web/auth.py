"""The web UI's login: one account, argon2 password hashes, session cookies, CSRF tokens and
a rate limit on login attempts.

- The account is made by ``veille user set-password NAME``; its password is hashed with
  argon2id (argon2-cffi, its default parameters, RFC 9106's second recommendation).
- A session is a random 256-bit cookie (``HttpOnly``, ``SameSite=Lax``, ``Secure`` over
  HTTPS); the store keeps only its SHA-256, so a copy of the store opens no session.
- Every form that writes carries a CSRF token, the HMAC of the session token (the login form:
  of a pre-login cookie), checked in constant time.
- Login failures are limited per client address: ``LOGIN_LIMIT`` within ``LOGIN_WINDOW_S``,
  then 429 until the window passes (OWASP's authentication cheat sheet).
- ``read_requires_login`` closes reading too (every page, the API and the feeds).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import RedirectResponse, Response

from veille.record import utcnow
from veille.web.context import render, web
from veille.web.problems import problem

SESSION_COOKIE = "veille_session"
PRELOGIN_COOKIE = "veille_prelogin"
LOGIN_LIMIT = 5
LOGIN_WINDOW_S = 300.0
MAX_PASSWORD_CHARS = 1024
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted; the string carries its parameters)."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; a missing account costs a hash too (no timing hint)."""
    try:
        return _hasher.verify(password_hash or _DUMMY, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


_DUMMY = _hasher.hash(secrets.token_hex(16))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def csrf_for(token: str) -> str:
    return hmac.new(token.encode(), b"veille-csrf", hashlib.sha256).hexdigest()


def current_user(request: Request) -> str | None:
    """The logged-in account of this request, or None."""
    token = request.cookies.get(SESSION_COOKIE, "")
    if not token or len(token) > 100:
        return None
    with web(request).stores.reader() as store:
        return store.session_account(_digest(token))


def csrf_token(request: Request) -> str:
    return csrf_for(request.cookies.get(SESSION_COOKIE, ""))


def require_writer(request: Request, csrf: str) -> str:
    """The account allowed to write, after checking the form's CSRF token; 403 otherwise."""
    user = current_user(request)
    if user is None:
        raise HTTPException(403, "log in first (/login)")
    if not secrets.compare_digest(csrf.encode(), csrf_token(request).encode()):
        raise HTTPException(403, "the form's CSRF token is wrong; reload the page")
    return user


class LoginLimiter:
    """At most ``limit`` failed logins per client address within ``window`` seconds."""

    def __init__(self, limit: int = LOGIN_LIMIT, window: float = LOGIN_WINDOW_S) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, client: str) -> bool:
        with self._lock:
            failures = self._failures[client]
            while failures and failures[0] < time.monotonic() - self.window:
                failures.popleft()
            return len(failures) >= self.limit

    def failed(self, client: str) -> None:
        with self._lock:
            self._failures[client].append(time.monotonic())


router = APIRouter(include_in_schema=False)


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


@router.get("/login", name="login_page")
def login_page(request: Request, next: str = "/") -> Response:  # noqa: A002
    token = request.cookies.get(PRELOGIN_COOKIE) or secrets.token_urlsafe(32)
    response = render(request, "login.html", csrf=csrf_for(token), next=_local(next),
                      user=current_user(request), logout_csrf=csrf_token(request))
    response.set_cookie(PRELOGIN_COOKIE, token, httponly=True, samesite="lax",
                        secure=_secure(request), max_age=3600)
    return response


#: The longest ``next`` kept (characters): a page's path and query; a longer one falls back to
#: its path (``ReadLogin``) or to the home page (a posted form).
MAX_NEXT_CHARS = 4096


def _local(target: str) -> str:
    """``target`` when it is a path of this site, with its query ("/search?q=crue"); "/"
    otherwise: never ``//host``, ``/\\host`` (browsers read a backslash as a slash), a full
    URL, a control character (browsers drop tabs and newlines, so ``/<TAB>/host`` is
    ``//host``) or more than ``MAX_NEXT_CHARS``: no open redirect (OWASP's unvalidated
    redirects cheat sheet)."""
    if (not target.startswith("/") or target.startswith(("//", "/\\"))
            or len(target) > MAX_NEXT_CHARS
            or any(ord(c) < 0x20 or ord(c) == 0x7F for c in target)):
        return "/"
    parts = urlsplit(target)
    return "/" if parts.scheme or parts.netloc else target


def login_redirect(path: str, query: str) -> str:
    """The address of the login form that comes back to ``path?query`` once logged in: the
    whole query is kept (a shared ``/export.csv?q=crue`` must export ``crue``, not every
    article), and the path alone when the whole is longer than ``MAX_NEXT_CHARS``."""
    target = f"{path}?{query}" if query else path
    if len(target) > MAX_NEXT_CHARS:
        target = path
    return "/login?" + urlencode({"next": _local(target)})


MAX_FORM_BYTES = 64 * 1024


async def read_form(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body (bounded to ``MAX_FORM_BYTES``), the
    first value of each field; 413/415 otherwise."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/x-www-form-urlencoded":
        raise HTTPException(415, "send the form as application/x-www-form-urlencoded")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise HTTPException(413, "the form is too large")
    fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True,
                      max_num_fields=50)
    return {name: values[0] for name, values in fields.items()}


@router.post("/login")
async def login(request: Request) -> Response:
    form = await read_form(request)
    name, password = form.get("name", "")[:100], form.get("password", "")[:MAX_PASSWORD_CHARS]
    csrf, next = form.get("csrf", "")[:200], form.get("next", "/")  # noqa: A001
    context = web(request)
    limiter: LoginLimiter = request.app.state.login_limiter
    client = request.client.host if request.client else "?"
    if limiter.blocked(client):
        return problem(request, 429, "too many failed logins",
                       hint="wait a few minutes, then try again",
                       headers={"Retry-After": str(int(LOGIN_WINDOW_S))})
    prelogin = request.cookies.get(PRELOGIN_COOKIE, "")
    if not prelogin or not secrets.compare_digest(csrf.encode(), csrf_for(prelogin).encode()):
        raise HTTPException(403, "the form's CSRF token is wrong; reload the login page")
    with context.stores.reader() as store:
        stored = store.password_hash(name)
    if not verify_password(stored, password):
        limiter.failed(client)
        return render(request, "login.html", status=401, csrf=csrf, next=_local(next),
                      error=True, user=None)
    token = secrets.token_urlsafe(32)
    expires = utcnow() + timedelta(days=context.settings.session_days)
    with context.stores.writer() as store:
        store.add_session(_digest(token), name, expires)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=_secure(request),
                        max_age=context.settings.session_days * 86400)
    response.delete_cookie(PRELOGIN_COOKIE)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    csrf = (await read_form(request)).get("csrf", "")[:200]
    token = request.cookies.get(SESSION_COOKIE, "")
    if token and secrets.compare_digest(csrf.encode(), csrf_for(token).encode()):
        with web(request).stores.writer() as store:
            store.end_session(_digest(token))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


OPEN_PATHS = ("/login", "/static/")


class ReadLogin(BaseHTTPMiddleware):
    """With ``read_requires_login``: every page, API call and feed needs a session."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint
                       ) -> Response:
        if request.url.path.startswith(OPEN_PATHS) or current_user(request) is not None:
            return await call_next(request)
        if request.url.path.startswith(("/api/", "/feeds/")):
            return problem(request, 401, "log in first", hint="POST /login, then send the "
                                                             "session cookie")
        return RedirectResponse(login_redirect(request.url.path, request.url.query),
                                status_code=303)
