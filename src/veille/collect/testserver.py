"""A real HTTP server on 127.0.0.1 for tests and benchmarks of the fetcher.

It serves a dictionary of pages (with ETag and Last-Modified, answering conditional GETs
with 304) and a few hostile behaviours by path: ``/slow`` never answers in time, ``/drip``
sends a byte at a time forever, ``/huge`` streams without end, ``/loop/a`` and ``/loop/b``
redirect to each other, ``/status/NNN`` answers with that status, ``/redirect?to=URL``
redirects anywhere. It counts requests per path, so a test can see what was fetched. It
lives in the package (not in ``tests/``) because ``bench/collect.py`` uses it too.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

LAST_MODIFIED = "Sun, 01 Nov 2026 08:00:00 GMT"


@dataclass(slots=True)
class Page:
    """One served document."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    gzip: bool = False
    brotli: bool = False
    content_encoding: str = ""  # ``body`` is already encoded so; sent as it is
    status: int = 200  # another status: sent with the body, without caching headers
    location: str = ""  # a redirect (301) there instead of the body
    truncate: int = 0  # send the full Content-Length, then only this many bytes, and close
    close_after: int = 0  # no Content-Length: send this many bytes and close (HTTP/1.0 style)
    cut_requests: int = 0  # ``truncate``/``close_after`` only the first N requests (0: all)
    headers: dict[str, str] = field(default_factory=dict)  # sent with another ``status``
    status_requests: int = 0  # ``status`` only for the first N requests, then 200 (0: all)


@dataclass(slots=True)
class Site:
    """What the server serves, and what it saw."""

    pages: dict[str, Page] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    site: Site
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        return

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
              ) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        path = parts.path
        with self.site.lock:
            self.site.hits[path] += 1
            self.site.agents.add(self.headers.get("User-Agent", ""))
        try:
            self._route(path, parse_qs(parts.query))
        except (BrokenPipeError, ConnectionResetError):
            return

    def _route(self, path: str, query: dict[str, list[str]]) -> None:
        if path in self.site.pages:
            return self._page(self.site.pages[path], self.site.hits[path])
        if path == "/slow":
            time.sleep(3)
            return self._send(200, b"too late")
        if path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(600):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.05)
            return None
        if path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"a" * 65536 + b"</p>"
            for _ in range(2000):
                self.wfile.write(chunk)
            return None
        if path == "/loop/a":
            return self._send(302, headers={"Location": "/loop/b"})
        if path == "/loop/b":
            return self._send(302, headers={"Location": "/loop/a"})
        if path.startswith("/status/"):
            return self._send(int(path.rsplit("/", 1)[1]), b"status")
        if path == "/redirect":
            return self._send(302, headers={"Location": query.get("to", ["/"])[0]})
        return self._send(404, b"not found", {"Content-Type": "text/plain"})

    def _page(self, page: Page, hit: int = 1) -> None:
        if page.location:
            return self._send(301, headers={"Location": page.location})
        if page.status != 200 and (not page.status_requests or hit <= page.status_requests):
            return self._send(page.status, page.body,
                              {"Content-Type": page.content_type, **page.headers})
        etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
        given = self.headers.get("If-None-Match")  # it wins over the date (RFC 9110 13.2.2)
        if (given == etag
                or given is None and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            return self._send(304, headers={"ETag": etag})
        body, headers = page.body, {"Content-Type": page.content_type, "ETag": etag,
                                    "Last-Modified": LAST_MODIFIED}
        if page.content_encoding:
            headers["Content-Encoding"] = page.content_encoding
        elif page.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        elif page.brotli and "br" in self.headers.get("Accept-Encoding", ""):
            import brotli

            body = brotli.compress(body)
            headers["Content-Encoding"] = "br"
        cutting = not page.cut_requests or hit <= page.cut_requests
        if page.truncate and cutting:
            return self._cut(body, headers, page.truncate)
        if page.close_after and cutting:
            return self._close_delimited(body[:page.close_after], headers)
        return self._send(200, body, headers)

    def _close_delimited(self, body: bytes, headers: dict[str, str]) -> None:
        """A body with no ``Content-Length`` (nor chunked): it ends where the server closes
        the connection (RFC 9112 section 6.3, item 8), as HTTP/1.0 servers send it."""
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_connection = True

    def _cut(self, body: bytes, headers: dict[str, str], size: int) -> None:
        """A body cut short: its whole ``Content-Length`` declared, ``size`` bytes sent."""
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body[:size])
        self.wfile.flush()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    """socketserver's default listen backlog is 5: more concurrent connections than that
    wait a second for a SYN retransmit, which would measure the server, not the fetcher."""

    request_queue_size = 256
    daemon_threads = True


class LocalServer:
    """``with LocalServer(site) as server: server.url("/feed.xml")``."""

    def __init__(self, site: Site | None = None, *, host: str = "127.0.0.1") -> None:
        """``host``: the loopback address to listen on (another one of 127.0.0.0/8 serves
        a second "site" the fetch guard tells apart)."""
        self.site = site or Site()
        self.host = host
        handler = type("Handler", (_Handler,), {"site": self.site})
        self.httpd = _Server((host, 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://{self.host}:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.root + path

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
