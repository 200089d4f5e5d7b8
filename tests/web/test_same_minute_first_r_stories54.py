"""One dispatch run by three outlets at one minute: the API, the story page and the
article page name all three with the minute, "same minute" / "même minute", and the first
is the same whatever the arrival order (r-stories54, t-final53b A5: "first published by"
named whichever outlet arrived first). Real store, real server. Own text, written for this
test (CC0)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from web_kit import serve

import veille

TEXT = ["Un éboulement a coupé jeudi soir la route départementale entre deux villages de la "
        "vallée, a-t-on appris auprès de la préfecture (avec AFP).",
        "Aucun véhicule n'a été touché. Une déviation a été mise en place et des géologues "
        "doivent inspecter la paroi vendredi matin."]
HOSTS = ("zeta-infos.example", "alpha-gazette.example", "mu-courrier.example")


def _ingest(data: Path, hosts: tuple[str, ...]) -> None:
    with veille.open(data) as v:
        for n, host in enumerate(hosts):
            row = json.dumps({"title": "Un éboulement coupe une route départementale",
                              "url": f"https://{host}/eboulement", "source": host,
                              "text": "\n\n".join(TEXT), "language": "fr",
                              "published": "2026-12-03T21:04:00+01:00"}, ensure_ascii=False)
            v.ingest_bytes([(f"{n}.jsonl", row.encode() + b"\n")])


def test_same_minute_outlets_are_named_in_a_stable_order(tmp_path: Path) -> None:
    firsts = []
    for name, hosts in (("a", HOSTS), ("b", HOSTS[::-1])):
        _ingest(tmp_path / name, hosts)
        with serve(tmp_path / name) as server, \
                httpx.Client(base_url=server.url, timeout=30) as http:
            (story,) = http.get("/api/v1/stories").json()["stories"]
            firsts.append(story["first_source"])
            assert story["first_same_minute"] is True
            assert sorted(story["first_tied"]) == ["mu-courrier.example", "zeta-infos.example"]
            pages = {lang: http.get(f"/stories/{story['id']}", params={"lang": lang}).text
                     for lang in ("fr", "en")}
        assert "même minute" in pages["fr"] and "21:04" in pages["fr"]
        assert "same minute" in pages["en"]
        assert "</strong> et <strong" in pages["fr"] and "</strong> and <strong" in pages["en"]
    assert firsts == ["alpha-gazette.example", "alpha-gazette.example"]
