"""t-final33 #5, #11, #12 through real stores and the real ``veille`` command.

#5: a capture ingested with no ``--source`` and its own update (the same masthead over a
menu copied one item a line, the same declared publication minute, the update stating a
later "mis à jour" time) are one article with two versions, never a dispatch "reprinted
by" its update; and a copy from another outlet declaring the same publication time plus an
update is never the dispatch's original. #11: ``export`` then ``ingest`` into a new store
keeps each article's first_seen. #12: ``stories detach`` then ``stories undo`` names the
article by its own headline, and the story goes by its id again.
Texts written for these tests (CC0)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from capture_kit import err, out, run_veille

BODY = [
    "La digue du port de plaisance de Saint-Valery-sur-Somme a cédé sur une trentaine de "
    "mètres dans la nuit de samedi à dimanche, lors de la grande marée, selon la mairie.",
    "Une quinzaine de voiliers ont été endommagés et deux pontons arrachés. Les plongeurs "
    "de la gendarmerie maritime ont inspecté les fonds dès le lever du jour.",
    "« L'ouvrage avait été renforcé il y a dix ans, nous attendons l'expertise », a "
    "expliqué Bertrand Leclercq, adjoint chargé du port, devant la capitainerie.",
    "L'accès aux quais restera interdit au public jusqu'à nouvel ordre, a précisé la "
    "préfecture de la Somme dans un communiqué.",
]
ADDED = ("Un plaisancier de 58 ans, porté disparu dimanche matin, a été retrouvé sain et "
         "sauf à bord de son bateau dans l'après-midi.")


def _capture(name: str, title: str, date: str, update: bool = False) -> str:
    body = BODY[:1] + ([ADDED] if update else []) + BODY[1:]
    return (f"{name}\nMenu\nRechercher\nMon compte\nAbbeville  Amiens  Baie de Somme  Sports\n\n"
            f"{title}\n\n{date}\n\nPar AFP\n\n" + "\n\n".join(body) + "\n")


DISPATCH = _capture("Le Courrier picard", "Baie de Somme : la digue du port cède",
                    "Publié le 02/12/2026 à 08h31")
UPDATE = _capture("Le Courrier picard", "Digue rompue à Saint-Valery : le plaisancier retrouvé",
                  "Publié le 02/12/2026 à 08h31, mis à jour le 02/12/2026 à 15h02", True)


def _records(data: Path) -> list[dict]:
    done = run_veille(["export"], data_dir=data)
    assert done.returncode == 0, err(done)
    return [json.loads(line) for line in out(done).splitlines() if line.strip()]


def test_capture_and_its_update_without_source_are_versions(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1-digue.txt").write_text(DISPATCH, encoding="utf-8")
    (folder / "2-digue-maj.txt").write_text(UPDATE, encoding="utf-8")
    done = run_veille(["ingest", str(folder)], data_dir=tmp_path / "d")
    assert done.returncode == 0, err(done)
    assert "versions 1" in err(done) + out(done)
    [record] = _records(tmp_path / "d")
    assert record["source"] == "Le Courrier picard"
    assert record["content"]["title"].startswith("Digue rompue")
    assert "[reprint]" not in out(run_veille(["latest"], data_dir=tmp_path / "d"))


def test_other_outlets_updated_copy_is_not_the_dispatchs_original(tmp_path: Path) -> None:
    other = _capture("L'Écho de la Baie", "Saint-Valery : la digue cède, un plaisancier retrouvé",
                     "Publié le 02/12/2026 à 08h31, mis à jour le 02/12/2026 à 15h02", True)
    for n, text in enumerate((other, DISPATCH)):  # the update read first
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
        assert run_veille(["ingest", str(tmp_path / f"{n}.txt")],
                          data_dir=tmp_path / "d").returncode == 0
    by_title = {r["content"]["title"][:10]: r["dedup"] for r in _records(tmp_path / "d")}
    assert by_title["Baie de So"]["relation"] == ""
    assert by_title["Saint-Vale"]["relation"] == "reprint"


def test_export_then_ingest_keeps_first_seen(tmp_path: Path) -> None:
    undated = ("Le Petit Journal du Ternois\nMenu\nRechercher\n\nLe cinéma de Saint-Pol-sur-"
               "Ternoise rouvre après six mois de travaux\n\nLa salle municipale rouvre "
               "mercredi avec deux écrans rénovés et un nouveau système de projection, a "
               "annoncé la communauté de communes.\n\nLes séances scolaires reprendront dès "
               "la rentrée de janvier, a précisé la directrice, Claire Vasseur.\n")
    (tmp_path / "undated.txt").write_text(undated, encoding="utf-8")
    (tmp_path / "dated.txt").write_text(DISPATCH, encoding="utf-8")
    run_veille(["ingest", str(tmp_path / "undated.txt"), str(tmp_path / "dated.txt")],
               data_dir=tmp_path / "a")
    before = {r["id"]: r["first_seen"] for r in _records(tmp_path / "a")}
    assert len(before) == 2
    exported = run_veille(["export"], data_dir=tmp_path / "a").stdout
    time.sleep(1.1)
    done = run_veille(["ingest", "-"], data_dir=tmp_path / "b", input=exported)
    assert done.returncode == 0, err(done)
    assert {r["id"]: r["first_seen"] for r in _records(tmp_path / "b")} == before


FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"
FAMILY = "https://www.bretagne-radio-exemple.fr/proces-thabor-verdict-famille"


def test_undone_detach_names_the_article_and_keeps_the_story_id(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_veille(["ingest", str(FIXTURE)], data_dir=data).returncode == 0
    records = _records(data)
    member = next(r for r in records if r["url"] == FAMILY)
    story = member["dedup"]["story_id"]
    mates = [r for r in records if r["dedup"]["story_id"] == story]
    assert len(mates) > 1 and member["id"] != story
    assert run_veille(["stories", "detach", member["id"]], data_dir=data).returncode == 0
    done = run_veille(["stories", "undo", "1"], data_dir=data)
    assert done.returncode == 0, err(done)
    title = " ".join(member["content"]["title"].split())[:40]
    assert f"{member['id']} “{title}" in out(done), out(done)
    assert f"is in story {story} " in out(done), out(done)
    assert {r["dedup"]["story_id"] for r in _records(data)
            if r["id"] in {m["id"] for m in mates}} == {story}
