"""Real receivers on 127.0.0.1 for the alert tests: an SMTP server (aiosmtpd) that keeps
every message, and a webhook receiver that keeps every POST (and can fail on purpose)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from veille.record import utcnow


class Mailbox:
    """What the SMTP server received, as parsed messages."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@contextmanager
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    """A local SMTP server; yields its mailbox and port."""
    box = Mailbox()
    with socket.socket() as probe:  # a free port (the controller checks it by connecting)
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


class Hooks:
    """What the webhook receiver got: (headers, body) of each POST; ``fail`` first POSTs
    are answered 500."""

    def __init__(self, fail: int = 0) -> None:
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.attempts = 0
        self.fail = fail


@contextmanager
def webhook_server(fail: int = 0, delay: float = 0.0) -> Iterator[tuple[Hooks, str]]:
    """A receiver on 127.0.0.1: answers 500 to its first ``fail`` POSTs, after ``delay`` s."""
    hooks = Hooks(fail)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            hooks.attempts += 1
            if delay:
                time.sleep(delay)
            if hooks.attempts <= hooks.fail:
                self.send_response(500)
            else:
                hooks.posts.append((dict(self.headers.items()), body))
                self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hooks, f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()


# One event (an eruption of Etna) covered by seven outlets in their own words: each joins
# the same story as an independent source (story alerts).
ETNA = [
    ("L'Etna entre en éruption, Catane ferme son aéroport",
     "Le volcan Etna, en Sicile, est entré en éruption dans la nuit. Les autorités de Catane "
     "ont fermé l'aéroport. Une colonne de cendres s'élève à plusieurs kilomètres."),
    ("Sicile : l'aéroport de Catane fermé après l'éruption de l'Etna",
     "Les vols sont suspendus à Catane. L'Etna crache de la lave et des cendres depuis mardi "
     "soir, selon l'institut de volcanologie de Sicile."),
    ("Éruption de l'Etna : des cendres sur Catane",
     "Une pluie de cendres tombe sur Catane. Les habitants des villages au pied de l'Etna "
     "balaient leurs toits ; la protection civile de Sicile surveille les coulées."),
    ("L'Etna en éruption : la lave menace des vignes",
     "Des coulées de lave descendent le flanc sud de l'Etna. Les vignerons de Sicile "
     "craignent pour leurs récoltes près de Catane."),
    ("Catane : l'aéroport rouvre, l'Etna toujours actif",
     "L'aéroport de Catane a rouvert. L'éruption de l'Etna continue mais les cendres se "
     "dispersent vers la mer, en Sicile."),
    ("Etna : les scientifiques de Catane mesurent le panache",
     "Des chercheurs de Catane ont survolé l'Etna pour mesurer le panache de cendres. La "
     "Sicile reste en vigilance orange, l'éruption faiblit lentement."),
    ("Sicile : l'Etna se calme, les coulées ralentissent",
     "Les coulées de lave de l'Etna ralentissent. À Catane, les écoles rouvrent et la "
     "protection civile lève une partie des restrictions dans l'est de la Sicile."),
]


def outlet(i: int, *, source: str = "", copy_of: int | None = None) -> tuple[str, bytes]:
    """Outlet ``i``'s article as a JSON Lines input ``(name, bytes)``; ``copy_of`` carries
    that outlet's text instead (a reprint)."""
    title, text = ETNA[i if copy_of is None else copy_of]
    host = source or f"outlet{i}.example"
    record = {"title": title, "url": f"https://{host}/etna-{i}", "text": text + "\n\n" + text,
              "source": host}
    return f"{host}-{i}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def dated_outlet(host: str, n: int, hours_ago: float, *,
                 edit: bool = False) -> tuple[str, bytes]:
    """ETNA outlet ``n``'s text at ``host``, published ``hours_ago``; ``edit`` changes a
    word (a copy, not an exact duplicate)."""
    title, text = ETNA[n]
    if edit:
        text = text.replace("Sicile", "Sicile (Italie)", 1)
    record = {"title": title, "url": f"https://{host}/etna-{n}", "text": text + "\n\n" + text,
              "source": host, "published": (utcnow() - timedelta(hours=hours_ago)).isoformat()}
    return f"{host}-{n}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def local_settings(port: int, **extra: object) -> dict[str, object]:
    """Settings sending e-mail to the local SMTP server on ``port`` (no STARTTLS) and
    webhooks to 127.0.0.1, with ``extra``."""
    return {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_starttls": False,
            "fetch_allow": "127.0.0.1", **extra}


def body_text(message: Message) -> str:
    """The decoded text body of a received message."""
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()
