"""A story's timeline reads in its own order (newuser12b D2, D9): each time on its
article's clock with its offset when it is not French time's (t-final49b B2, which replaced
D2's one Paris clock: an agency's "07:05Z" reads "07:05 (UTC)", after a radio's 07:15
Paris, in time order), a copy dated to the day only after the timed articles of its day,
an undated copy last, and an undated copy is never the story's end ("date unknown" for a
story of dated articles). Real store, real server, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

DISPATCH = [
    "Un incendie a ravagé dans la nuit de dimanche à lundi un hangar agricole de la commune "
    "de Saint-Vallier, dans la Drôme, sans faire de victime, ont indiqué les pompiers.",
    "Le feu a pris vers deux heures du matin dans un bâtiment qui abritait du fourrage et du "
    "matériel agricole, selon le service départemental d'incendie et de secours.",
    "Une quarantaine de sapeurs-pompiers ont été mobilisés pendant plusieurs heures pour "
    "circonscrire l'incendie, qui menaçait une habitation voisine, précise la préfecture.",
    "Une enquête a été ouverte par la gendarmerie pour déterminer l'origine du sinistre, "
    "la piste accidentelle étant privilégiée à ce stade, selon le parquet de Valence.",
]


def line(host: str, title: str, published: str | None) -> str:
    record = {"title": title, "url": f"https://{host}/hangar", "source": host,
              "text": "\n\n".join(DISPATCH), "language": "fr"}
    if published:
        record["published"] = published
    return json.dumps(record, ensure_ascii=False)


TITLES = ["Radio : un hangar détruit à Saint-Vallier",
          "Agence : incendie d'un hangar dans la Drôme",
          "Quotidien : le hangar de Saint-Vallier en feu", "Hebdo : un hangar part en fumée"]


def test_the_timeline_is_in_order_each_time_on_its_clock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("radio.example", TITLES[0], "2026-11-30T07:15:00+01:00"),
            line("agence.example", TITLES[1], "2026-11-30T07:05:00Z"),
            line("quotidien.example", TITLES[2], "2026-11-30")]).encode() + b"\n")])
        v.ingest_bytes([("b.jsonl", (line("hebdo.example", TITLES[3], None) + "\n").encode())])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["articles"] == 4
        assert story["last_precision"] == "time"
        assert story["last"].startswith("2026-11-30T07:05")
        page = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
    timeline = page[page.index('class="timeline"'):]
    assert [timeline.index(t.replace("'", "&#39;")) for t in TITLES] == sorted(
        timeline.index(t.replace("'", "&#39;")) for t in TITLES)
    times = re.findall(r"<time [^>]*>([^<]*)</time>", timeline)
    assert times[:2] == ["30 nov. 2026 07:15 (UTC+1)", "30 nov. 2026 07:05 (UTC)"]
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stories"]) == 0
    assert "date unknown" not in capsys.readouterr().out
