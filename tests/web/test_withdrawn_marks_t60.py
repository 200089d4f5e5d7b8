"""A killed wire dispatch (NewsML-G2 ``stat:canceled``) was listed as live everywhere but
its own page (t-final60 #9): ``veille latest``, ``show``, ``search`` and the web's search
page showed no mark. Every list and the CLI now say it, as the article page does. Items
written for this test; the real CLI, store, index and a real server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main
from veille.extract.wire import wire_article_id


def _item(version: int, status: str, title: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:kill:60"
 version="{version}" standard="NewsML-G2" standardversion="2.29" xml:lang="fr">
 <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:AFP"/>
  <versionCreated>2026-03-0{version}T10:00:00Z</versionCreated>
  <pubStatus qcode="stat:{status}"/></itemMeta>
 <contentMeta><headline>{title}</headline></contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Le viaduc de Corbières a été
  fermé lundi à la circulation après la découverte de fissures sur une pile, a annoncé
  la préfecture, qui prévoit une inspection de plusieurs semaines.</p></body></html>
 </inlineXML></contentSet></newsItem>"""


def test_a_killed_dispatch_is_marked_in_every_list(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    for version, status in ((1, "usable"), (2, "canceled")):
        item = tmp_path / f"v{version}.xml"
        item.write_text(_item(version, status, "Le viaduc de Corbières fermé"), "utf-8")
        main(["--data-dir", str(data), "ingest", str(item)])
    main(["--data-dir", str(data), "reindex"])
    article_id = wire_article_id("urn:test:kill:60")
    capsys.readouterr()
    for args in (["latest"], ["search", "viaduc"]):
        main(["--data-dir", str(data), *args])
        assert "[withdrawn by its agency: canceled]" in capsys.readouterr().out, args
    main(["--data-dir", str(data), "show", article_id])
    assert "withdrawn: by its agency, canceled" in capsys.readouterr().out
    main(["--data-dir", str(data), "search", "viaduc", "--json"])
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["withdrawn"] == "canceled"
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as http:
        page = http.get("/search", params={"q": "viaduc", "lang": "fr"}).text
        assert 'class="badge withdrawn"' in page
        api = http.get("/api/v1/search", params={"q": "viaduc"}).json()
        assert api["hits"][0]["withdrawn"] == "canceled"
        home = http.get("/", params={"lang": "fr"}).text
        assert 'class="badge withdrawn"' in home
