"""An article in a language without enrichment rules (Italian, German, Spanish: only
French and English are read) said nothing of it: no entities, no quotes, silently
(t-final36 B8). Its enrichment now records ``unread_language``, and `veille enrich`'s
summary and `veille show` say, in the terminal's language (the UI's catalogs), that
names (entities, places, quote speakers) were not extracted. Real SQLite store, the real
``veille`` command."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import out, run_veille

ITALIAN = {"title": "Como, chiusa la passeggiata a lago per la piena",
           "source": "Provincia Esempio", "url": "https://www.provincia-esempio.it/como/piena",
           "published": "2026-12-04T09:30:00+01:00", "language": "it",
           "text": "Il lungolago di Como resterà chiuso fino a giovedì sera per la piena del "
                   "lago.\n\n«Non possiamo correre rischi», ha detto il sindaco Alessandro "
                   "Rapinese ai giornalisti."}
FRENCH = {"title": "Brest : le pont de Recouvrance fermé jeudi",
          "source": "Ouest-Exemple", "url": "https://www.ouest-exemple.fr/brest/pont",
          "published": "2026-12-04T09:30:00+01:00", "language": "fr",
          "text": "Le pont de Recouvrance sera fermé jeudi à Brest pour des travaux, a "
                  "annoncé la mairie."}


def _ingest(tmp_path: Path, *records: dict[str, str]) -> Path:
    data = tmp_path / "data"
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    assert run_veille(["ingest", str(src)], data_dir=data).returncode == 0
    return data


def _ids(data: Path) -> dict[str, str]:
    rows = [json.loads(line) for line in
            out(run_veille(["latest", "--json"], data_dir=data)).splitlines() if line]
    return {r["content"]["language"]: r["id"] for r in rows}


def test_enrich_and_show_say_italian_was_not_read(tmp_path: Path) -> None:
    data = _ingest(tmp_path, ITALIAN, FRENCH)
    english = {"LANG": "en_GB.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    done = run_veille(["enrich"], data_dir=data, env=english)
    assert done.returncode == 0
    said = out(done)
    assert "1 article in Italian: no language model for it; names (entities, places, quote " \
        "speakers) found only by veille's tables and rules" in said
    assert "not extracted" not in said  # t-final49 A7: names are found, by the tables
    assert "enrich_unread" not in said  # a catalog key left untranslated
    ids = _ids(data)
    shown = out(run_veille(["show", ids["it"]], data_dir=data, env=english))
    assert "No language model for Italian" in shown
    assert "were found only by veille's tables and rules" in shown
    assert "Italian" in shown
    assert "No language model" not in out(run_veille(["show", ids["fr"]], data_dir=data,
                                                      env=english))
    record = json.loads(out(run_veille(["show", ids["it"], "--json"], data_dir=data)))
    assert record["enrichment"]["unread_language"] == "it"


def test_the_french_terminal_says_it_in_french(tmp_path: Path) -> None:
    data = _ingest(tmp_path, ITALIAN)
    french = {"LANG": "fr_FR.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    said = out(run_veille(["enrich"], data_dir=data, env=french))
    assert "1 article en italien : pas de modèle pour cette langue ; noms (entités, lieux, " \
        "auteurs des citations) trouvés seulement par les tables et règles de veille" in said
    shown = out(run_veille(["show", _ids(data)["it"]], data_dir=data, env=french))
    assert "Pas de modèle pour cette langue (italien)" in shown
    assert "(italien)" in shown
    assert "enrich_unread" not in said + shown
