"""Places of issue 16 (branch r-when53): a Russian article's "Москва", "Санкт-Петербург",
"Краснодар" (declined: "в Москве", "из Москвы") placed in Russia from the shipped Cyrillic
names (GeoNames, no transliteration); a Spanish article's "Tenerife" and "Gran Canaria"
placed as islands of Spain (they were no place at all); "Long Island" the island of New
York (it was a district of the Bahamas); and ``veille show`` names a place in the reader's
language ("Germany", not "Allemagne", to an English reader; t-final52 A18). Records
ingested into a real store, enriched and exported."""

from __future__ import annotations

from pathlib import Path

import pytest

from enriched_kit import enriched_by_url
from veille.cli.main import main
from veille.enrich.cyrillic_forms import nominatives

RECORDS = [
    {"url": "https://www.example.test/rwhen53/ru", "source": "example.test", "language": "ru",
     "published": "2026-01-12T10:00:00+03:00", "title": "Поезд на юг",
     "text": "Новый скоростной поезд свяжет Санкт-Петербург и Краснодар к 2028 году.\n\n"
             "Об этом сообщили в Москве. Власти Москвы не назвали цену."},
    {"url": "https://www.example.test/rwhen53/es", "source": "example.test", "language": "es",
     "published": "2026-01-12T09:00:00+01:00", "title": "Vuelos desviados",
     "text": "El viento obligó a desviar varios vuelos de Tenerife a Gran Canaria.\n\n"
             "El cabildo de Tenerife pidió prudencia."},
    {"url": "https://www.example.test/rwhen53/en", "source": "example.test", "language": "en",
     "published": "2026-01-12T09:00:00-05:00", "title": "Ferries cut",
     "text": "Ferry service between Long Island and Connecticut was cut after the storm.\n\n"
             "Trade ministers from Germany met in London on Monday."},
]


def test_russian_case_endings_read_back() -> None:
    assert "Москва" in nominatives("Москве") and "Москва" in nominatives("Москвы")
    assert "Краснодар" in nominatives("Краснодаре")
    assert "Санкт-Петербург" in nominatives("Санкт-Петербурга")
    assert nominatives("Paris") == [] and nominatives("Ром") == []


def test_cyrillic_names_islands_and_labels(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    found = enriched_by_url(tmp_path, capsys, *RECORDS)

    def placed(url: str) -> dict[str, tuple[str, str]]:
        return {p["mentioned_as"]: (p["country"], p["kind"])
                for p in found[url].get("places", [])}

    russian = placed(RECORDS[0]["url"])
    for said in ("Санкт-Петербург", "Краснодар", "Москве"):
        assert russian.get(said, ("", ""))[0] == "RU", (said, russian)
    spanish = placed(RECORDS[1]["url"])
    assert spanish.get("Tenerife") == ("ES", "island")
    assert spanish.get("Gran Canaria") == ("ES", "island")
    english = placed(RECORDS[2]["url"])
    assert english.get("Long Island") == ("US", "island")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "latest"]) == 0
    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()
           if "Ferries cut" in line]
    assert main(["--data-dir", data, "show", ids[0]]) == 0
    shown = capsys.readouterr().out
    assert "- Germany (country, DE)" in shown and "Allemagne" not in shown
