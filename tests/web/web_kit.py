"""Helpers for the web tests: a real uvicorn server on 127.0.0.1, and a demo data directory."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from veille.cli.main import main
from veille.settings import Settings
from veille.web import create_app

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo"
SEED_ID = "9ad39e45abce66d3"
XSS_TITLE = "<script>alert(1)</script>"
XSS_URL = "https://evil.example/xss"
TOKEN = "test-token-0123456789"
BODY_LIMIT = 256 * 1024


def xss_record() -> bytes:
    record = {"url": XSS_URL, "title": XSS_TITLE,
              "text": "Le titre de cet article est un script qui ne doit jamais s'exécuter.\n\n"
                      "Second paragraphe <img src=x onerror=alert(2)> et <b>gras</b> factice."}
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def build_data_dir(root: Path) -> Path:
    """Ingest the demo corpus and the XSS article the way a user would, then build the index.

    Returns the data directory; search is available in it when ``veille reindex`` worked.
    """
    data = root / "data"
    xss = root / "xss.jsonl"
    xss.write_bytes(xss_record())
    for args in (["ingest", str(DEMO)], ["ingest", str(xss)], ["reindex"]):
        main(["--data-dir", str(data), *args])
    return data


class LiveServer:
    """uvicorn serving ``app`` in a thread, on a free loopback port."""

    def __init__(self, app: FastAPI) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def serve(data: Path, **settings: object) -> LiveServer:
    return LiveServer(create_app(Settings(data_dir=data, **settings)))  # type: ignore[arg-type]
