"""A day-only update keeps day precision in every input veille reads (issue 16,
r-places60): only text captures carried ``updated_precision``; an HTML page's
``article:modified_time`` "2026-02-07", its JSON-LD ``dateModified``, its printed "Mis à
jour le 9 février 2026", a NewsML-G2 ``versionCreated``, a ninjs ``versioncreated``, a
JSON record's ``updated`` and an RSS item's ``dcterms:modified`` given as a day were
stored as midnight and shown "00:00". Real CLI, real SQLite store."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from veille.cli.main import main

WORDS = ("<p>La passerelle du Vieux-Moulin, fermée depuis l'automne pour des travaux, a "
         "rouvert aux piétons, a annoncé la mairie de Brennac dans un communiqué.</p>"
         "<p>Les cyclistes devront encore patienter quelques semaines, le temps de poser un "
         "nouveau revêtement, selon l'adjoint aux travaux Gilles Parmentier.</p>")
PAGE = ('<!doctype html><html lang="fr"><head><title>Brennac : la passerelle rouvre</title>'
        '{head}<link rel="canonical" href="https://www.gazette-brennac.example/a/{slug}">'
        '</head><body><article><h1>Brennac : la passerelle rouvre</h1>{body}' + WORDS +
        '</article></body></html>')
PUBLISHED_META = '<meta property="article:published_time" content="2026-02-06T09:00:00+01:00">'
G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:rp60" version="2"
 standard="NewsML-G2" standardversion="2.29"><itemMeta><itemClass qcode="ninat:text"/>
 <versionCreated>2026-02-10</versionCreated><firstCreated>2026-02-06T08:00:00Z</firstCreated>
 </itemMeta><contentMeta><headline>Le pont de Tarnelle fermé</headline><language tag="fr"/>
 </contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">
 <html xmlns="http://www.w3.org/1999/xhtml"><body>""" + WORDS + """</body></html>
 </inlineXML></contentSet></newsItem>"""
NINJS = json.dumps({"uri": "urn:test:rp60-ninjs", "version": "3", "language": "fr",
                    "firstcreated": "2026-02-06T07:45:00Z", "versioncreated": "2026-02-11",
                    "headline": "Le pont de Tarnelle fermé",
                    "body_html": WORDS})
RECORD = json.dumps({"url": "https://www.valmont-info.example/r/eboulement",
                     "title": "Valmont : la route du col rouverte", "text": WORDS,
                     "published": "2026-02-06T10:00:00+01:00", "updated": "2026-02-12",
                     "language": "fr", "source": "valmont-info.example"})
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>La Voix de Carvel</title>
<link>https://www.voix-carvel.example/</link><language>fr</language>
<item><title>Carvel : la piscine rouvre</title>
<link>https://www.voix-carvel.example/carvel/piscine</link>
<pubDate>Fri, 06 Feb 2026 09:00:00 +0100</pubDate><dcterms:modified>2026-02-13</dcterms:modified>
<content:encoded><![CDATA[""" + WORDS + """]]></content:encoded></item></channel></rss>"""

CASES = {
    "meta.html": (PAGE.format(slug="meta", body="", head=PUBLISHED_META +
                              '<meta property="article:modified_time" content="2026-02-07">'),
                  "2026-02-07"),
    "jsonld.html": (PAGE.format(slug="ld", body="", head=(
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2026-02-06T08:30:00+01:00", "dateModified": "2026-02-08"}</script>')), "2026-02-08"),
    "visible.html": (PAGE.format(slug="vis", head="", body=(
        '<p class="dates">Publié le 6 février 2026 à 09h15 — Mis à jour le 9 février 2026'
        "</p>")), "2026-02-09"),
    "item.xml": (G2, "2026-02-10"),
    "item.json": (NINJS, "2026-02-11"),
    "record.jsonl": (RECORD, "2026-02-12"),
    "feed.xml": (RSS, "2026-02-13"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_day_only_update_keeps_day_precision(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_LANG", "en")
    text, day = CASES[name]
    path = tmp_path / name
    path.write_text(text, "utf-8")
    os.utime(path, (1772712000, 1772712000))  # captured 2026-03-05 12:00 UTC
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", "example.test", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    content = record["content"]
    assert content["updated"].startswith(day)
    assert content["updated_precision"] == "day"
    assert main(["--data-dir", data, "show", record["id"]]) == 0
    [shown] = [x for x in capsys.readouterr().out.splitlines() if x.strip().startswith("updated:")]
    assert day in shown and "00:00" not in shown
