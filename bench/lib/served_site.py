"""A local web site and a served store for held-out scorers that poll feeds, sitemaps and
pages (r-source55–57, r-rest59): one copy of the site server, the CLI runner and the API
readers they share.

The site is a folder (``site/`` of a set) served on 127.0.0.1; every ``HOSTPORT`` in a
served file is replaced by the site's ``127.0.0.1:PORT``, so feeds can link to its pages.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import threading
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lib.served_store import free_port

#: Content-Type by file suffix, as most sets serve them.
CONTENT_TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8"}


def serve_site(root: Path, port: int, content_types: Mapping[str, str] = CONTENT_TYPES, *,
               atom_prefix: bool = False, latency: float = 0.0,
               hits: list[str] | None = None, payloads: list[Any] | None = None) -> None:
    """Serve ``root`` on ``127.0.0.1:port`` in a daemon thread.

    ``content_types``: suffix -> Content-Type (others ``text/plain``); with ``atom_prefix``
    an ``.xml`` file whose name starts with ``atom`` is ``application/atom+xml``.
    ``latency`` (seconds) is slept before each file served (not before a 404). ``hits``
    receives each GET's path, in order; ``payloads`` each POST's JSON body (a webhook);
    when ``payloads`` is None a POST is not served.
    """

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if hits is not None:
                hits.append(self.path)
            path = (root / self.path.lstrip("/").split("?")[0]).resolve()
            if not path.is_file() or root not in path.parents:
                self.send_response(404)
                self.end_headers()
                return
            if latency:
                time.sleep(latency)
            body = path.read_bytes().replace(b"HOSTPORT", f"127.0.0.1:{port}".encode())
            kind = dict(content_types)
            if atom_prefix and path.name.startswith("atom"):
                kind[".xml"] = "application/atom+xml"
            self.send_response(200)
            self.send_header("Content-Type", kind.get(path.suffix, "text/plain"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        if payloads is not None:
            def do_POST(self) -> None:  # noqa: N802  (the webhook)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    payloads.append(json.loads(body))  # type: ignore[union-attr]
                except ValueError:
                    pass
                self.send_response(200)
                self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()


def run_cli(cli: str, env: Mapping[str, str], *args: str, stdin: str | None = None,
            with_stderr: bool = False) -> str:
    """``cli args`` in ``env`` (at most 900 s): its standard output (and error)."""
    done = subprocess.run([cli, *args], capture_output=True, text=True, env=dict(env),
                          timeout=900, input=stdin)
    return done.stdout + (done.stderr if with_stderr else "")


def get_text(url: str, timeout: float = 60) -> str:
    """The body of ``url`` decoded as UTF-8 (``OSError`` when it does not answer)."""
    with urllib.request.urlopen(url, timeout=timeout) as answer:  # noqa: S310 (127.0.0.1)
        return answer.read().decode("utf-8")


def get_json(url: str, timeout: float = 30) -> Any:
    """The JSON document at ``url`` (``OSError`` when it does not answer)."""
    with urllib.request.urlopen(url, timeout=timeout) as answer:  # noqa: S310 (127.0.0.1)
        return json.loads(answer.read())


def api_views(cli: str, env: Mapping[str, str], search: str, tries: int = 240
              ) -> tuple[dict, dict, dict]:
    """Serve the store of ``env`` and read ``/api/v1/latest``, ``/api/v1/search?q=search``
    and ``/api/v1/sources`` (empty dicts when the server never answers: ``tries`` × 0.5 s)."""
    port = free_port()
    server = subprocess.Popen([cli, "serve", "--port", str(port)], env=dict(env),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(tries):
            try:
                latest = get_json(f"{base}/api/v1/latest?limit=50")
                break
            except OSError:
                time.sleep(0.5)
        else:
            return {}, {}, {}
        found = get_json(f"{base}/api/v1/search?q={search}&per_page=50")
        sources = get_json(f"{base}/api/v1/sources")
        return latest, found, sources
    finally:
        server.terminate()
        server.wait(timeout=30)


def items_of(doc: Mapping[str, Any]) -> list[dict]:
    """The list an API answer carries (``items``, ``articles``, ``hits`` or ``sources``)."""
    for key in ("items", "articles", "hits", "sources"):
        if isinstance(doc.get(key), list):
            return doc[key]
    return []


def latest_rows(cli: str, env: Mapping[str, str]) -> list[dict]:
    """``veille latest -n 60 --json`` as records (a JSON list or JSON lines)."""
    out = run_cli(cli, env, "latest", "-n", "60", "--json").strip()
    if out.startswith("["):
        return json.loads(out)
    return [json.loads(x) for x in out.splitlines() if x.startswith("{")]


def title_of(row: Mapping[str, Any]) -> str:
    """A listed record's headline (its ``title``, else ``content.title``)."""
    return str(row.get("title") or (row.get("content") or {}).get("title") or "")


def print_checks(checks: list[tuple[str, bool, str]], verbose: bool) -> int:
    """Print each missed check (every check when ``verbose``), then ``checks R / N``; R."""
    right = 0
    for name, ok, got in checks:
        right += ok
        if verbose or not ok:
            print(f"{'ok  ' if ok else 'MISS'} {name}: {got}")
    print(f"checks {right} / {len(checks)}")
    return right
