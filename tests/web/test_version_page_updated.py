"""The current version says when the page itself says it was updated, beside when veille
saw it (newuser15a W19: both versions dated by first sight only, though the page printed
« Mis à jour le 26 nov. 2026 21:30 »)."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PAGE = """<html><head><link rel="canonical" href="https://gazette.example/crue">
<meta property="article:published_time" content="2026-11-26T08:00:00+01:00">
{modified}<title>Crue de la Loire</title></head><body><article><h1>Crue de la Loire</h1>
<p>La Loire a atteint {level} mètres à Orléans jeudi matin, un niveau inédit depuis
2003, selon la préfecture du Loiret, qui a fermé trois ponts à la circulation.</p>
<p>Les habitants des quartiers bas ont été invités à quitter leur logement avant la nuit,
et des gymnases ont été ouverts pour les accueillir.</p></article></body></html>"""


def test_the_current_version_gives_the_pages_update_time(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    ingest_texts(store, [("crue.html", PAGE.format(modified="", level="4,2").encode())],
                 source="gazette.example")
    modified = '<meta property="article:modified_time" content="2026-11-26T21:30:00+01:00">'
    ingest_texts(store, [("crue.html", PAGE.format(modified=modified, level="5,1").encode())],
                 source="gazette.example")
    store.close()
    assert main(["--data-dir", str(data), "reindex"]) == 0
    with serve(data) as server:
        [article] = httpx.get(f"{server.url}/api/v1/latest").json()["articles"]
        page = httpx.get(f"{server.url}/articles/{article['id']}",
                         params={"lang": "fr"}).text
    assert '<mark>4,2</mark>' in page.split("<ins>", 1)[0]  # in the sentence before
    assert '<ins>La Loire a atteint <mark>5,1</mark> mètres' in page
    current = page.split('class="current-version"', 1)[1].split("</p>", 1)[0]
    assert "mise à jour selon la page le" in current
    assert "26 nov. 2026" in current and "21:30" in current
