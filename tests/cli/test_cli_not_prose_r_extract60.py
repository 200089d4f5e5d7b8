"""Through the real CLI and store (r-extract60; issue 14, t-final59 #8 and "32-broken"):

- a body that is no prose under a headline a reader takes for one (a token list, a keyword
  dump, word salad in an HTML page) is stored, says in one line that it is not enriched,
  and gets no entity, place, quote or date; with no headline it is refused in one line;
- real text that looks repetitive (a paragraph pasted several times) is still enriched;
- a short article in broken HTML (an ``<h1>`` never closed over two ``<p>``) is stored
  with its headline and both sentences."""

from __future__ import annotations

import json
import random
from pathlib import Path

from capture_kit import err, out, run_veille

HEAD = ("Nordhessen Anzeiger\n\nStreik bei den Verkehrsbetrieben in Kassel\n\n"
        "Dienstag, 3. März 2026, 09:12 Uhr\n\n")


def _stored(data: Path) -> list[dict]:
    rows = out(run_veille(["export", "--format", "jsonl"], data_dir=data)).splitlines()
    return [json.loads(r) for r in rows if r.startswith("{")]


def _salad(words: list[str], n: int, seed: int) -> str:
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."
             for _ in range(n)]
    return "\n".join(lines) + "\n"


def test_titled_word_salad_is_stored_and_never_enriched(tmp_path: Path) -> None:
    capture = tmp_path / "salat.txt"
    words = "der die das und in Kassel Göttingen Streik Busse Straßenbahn Verdi Lohn".split()
    capture.write_text(HEAD + _salad(words, 40, 1), "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", "--source", "nordhessen-anzeiger.de", str(capture)],
                        data_dir=data)
    said = err(result) + out(result)
    assert result.returncode == 0 and "its body is no prose" in said, said
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    (row,) = _stored(data)
    enrichment = row["enrichment"]
    assert "no prose" in enrichment["not_prose"]
    assert not any(enrichment.get(k) for k in ("entities", "places", "quotes", "dates"))
    assert "Kassel" not in out(run_veille(["entities"], data_dir=data))
    shown = out(run_veille(["show", row["id"]], data_dir=data))
    assert "enrichment: not enriched, clustered or alerted: its body is no prose" in shown, shown


def test_a_keyword_dump_in_an_html_page_is_never_enriched(tmp_path: Path) -> None:
    rng = random.Random(3)
    dump = ", ".join(f"{rng.choice(['pisos', 'alquiler pisos', 'casas baratas'])} "
                     f"{rng.choice(['Málaga', 'Marbella', 'Málaga centro'])}" for _ in range(90))
    page = tmp_path / "pisos.html"
    page.write_text("<!DOCTYPE html><html lang=es><head><meta charset=utf-8><title>Pisos en "
                    "Málaga</title></head><body><article><h1>Pisos en Málaga: ofertas de la "
                    f"semana</h1><p>{dump}</p></article></body></html>", "utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", "--source", "costasol.es", str(page)],
                      data_dir=data).returncode == 0
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    (row,) = _stored(data)
    assert row["content"]["title"].startswith("Pisos en Málaga")
    assert not row["enrichment"].get("places") and not row["enrichment"].get("entities")


def test_an_untitled_token_list_is_refused_in_one_line(tmp_path: Path) -> None:
    capture = tmp_path / "villes.txt"
    capture.write_text(" ".join(["Paris Lyon Marseille."] * 300) + "\n", "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", "--source", "example.org", str(capture)], data_dir=data)
    said = err(result) + out(result)
    assert result.returncode != 0 and "failed 1" in said, said
    failed = [line for line in said.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "no headline" in failed[0] and "over and over" in failed[0]
    assert _stored(data) == []


def test_a_pasted_paragraph_is_still_enriched(tmp_path: Path) -> None:
    para = ("La maire de Cluses, Hélène Favre, a présenté lundi le projet de halle couverte "
            "place des Allobroges, qui accueillera le marché du jeudi dès l'automne 2027. ")
    capture = tmp_path / "halle.txt"
    capture.write_text("Cluses aura sa halle couverte en 2027\n\nPublié le 2 mars 2026 à "
                       "17h05\n\n" + "\n\n".join([para] * 6) + "\n", "utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", "--source", "cluses-info.fr", str(capture)],
                      data_dir=data).returncode == 0
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    (row,) = _stored(data)
    assert "not_prose" not in row["enrichment"]
    assert "Hélène Favre" in {e["name"] for e in row["enrichment"]["entities"]}


def test_a_short_article_in_broken_html_is_stored(tmp_path: Path) -> None:
    page = tmp_path / "neige.html"
    page.write_text("<html><head><title>Chute de neige au col de la Faucille</title></head>"
                    "<body><article><h1>Chute de neige au col de la Faucille<p>Une trentaine "
                    "de voitures sont restées bloquées jeudi soir au col, a indiqué la "
                    "préfecture de l'Ain. <p>La route a rouvert vers minuit.<div><span>",
                    "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", "--source", "leprogres-ain.fr", str(page)], data_dir=data)
    assert result.returncode == 0, err(result) + out(result)
    (row,) = _stored(data)
    assert row["content"]["title"] == "Chute de neige au col de la Faucille"
    assert row["content"]["paragraphs"] == [
        "Une trentaine de voitures sont restées bloquées jeudi soir au col, a indiqué la "
        "préfecture de l'Ain.", "La route a rouvert vers minuit."]
