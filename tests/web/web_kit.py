"""Helpers for the web tests: a real uvicorn server on 127.0.0.1, and a demo data directory."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from dispatch_kit import records_file
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
#: A four-paragraph agency dispatch (own text, written for the story tests): a landslide
#: cuts a road in Savoie. Briefs, teasers and follow-ups of it are built by each test.
LANDSLIDE = [
    "Un glissement de terrain a coupé mardi la route départementale entre Moûtiers et "
    "Bozel, en Savoie, isolant plusieurs hameaux, ont indiqué les services de l'État.",
    "Environ trois mille mètres cubes de roche et de terre se sont détachés de la paroi "
    "après plusieurs jours de pluie, selon les géologues dépêchés sur place par le conseil "
    "départemental.",
    "Aucune victime n'est à déplorer, mais une dizaine de maisons ont été évacuées par "
    "précaution et les habitants relogés dans une salle communale, précise la mairie.",
    "La route devrait rester fermée au moins deux semaines, le temps de purger la falaise "
    "et de sécuriser la chaussée, a prévenu le président du département.",
]


def xss_page() -> bytes:
    """An HTML page whose title and text carry hostile markup as TEXT (entity-escaped in
    the page, as a hostile headline reaches a real page): the stored article's title is
    the literal ``<script>alert(1)</script>``, which every output must escape. (A JSON
    record's ``title`` holding raw tags is read as HTML since newuser7 P9, so the script
    would be dropped at ingest rather than escaped at output: the page keeps this test
    about escaping.)"""
    escaped = XSS_TITLE.replace("<", "&lt;").replace(">", "&gt;")
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{escaped}</title>
<link rel="canonical" href="{XSS_URL}"></head>
<body><article><h1>{escaped}</h1>
<p>Le titre de cet article est un script qui ne doit jamais s'exécuter, quelle que soit
la page qui l'affiche, la liste des dernières infos, la recherche ou les flux.</p>
<p>Second paragraphe &lt;img src=x onerror=alert(2)&gt; et &lt;b&gt;gras&lt;/b&gt;
factice, écrit comme du texte : il doit rester du texte partout où il est montré.</p>
<p>Troisième paragraphe sans piège, pour que la page ait le corps d'un article ordinaire
et soit lue comme tel par l'extraction de veille.</p>
</article></body></html>
"""
    return page.encode("utf-8")


def build_data_dir(root: Path) -> Path:
    """Ingest the demo corpus and the XSS article the way a user would, then build the index.

    Returns the data directory; search is available in it when ``veille reindex`` worked.
    """
    data = root / "data"
    xss = root / "xss.html"
    xss.write_bytes(xss_page())
    for args in (["ingest", str(DEMO)], ["ingest", str(xss)], ["reindex"]):
        main(["--data-dir", str(data), *args])
    return data


def records_data_dir(root: Path, records: Iterable[dict[str, Any]]) -> Path:
    """A data directory in ``root`` holding ``records`` (JSON records, as
    ``docs/collect.md`` describes them), ingested with ``veille ingest``."""
    path = records_file(root / "records.jsonl", records)
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    return root / "data"


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
