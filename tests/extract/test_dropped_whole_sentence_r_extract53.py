"""What extraction left out is listed by whole sentences, not cut at 140 characters
(r-extract53, t-final52b B5: ``show``'s "Left out by extraction" cut long blocks
mid-word). Through a real SQLite store and ``show``'s renderer."""

from __future__ import annotations

from pathlib import Path

from veille.cli.render import dropped_lines
from veille.extract.dropped_blocks import (
    DROPPED_MAX_CHARS,
    dropped_blocks,
    dropped_evidence,
)
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PROMPT = ("Vous avez aimé cet article ? Abonnez-vous à notre newsletter quotidienne pour "
          "recevoir chaque matin à 7 heures l'essentiel de l'actualité de votre région, nos "
          "enquêtes et nos bons plans du week-end.")


def test_a_long_dropped_sentence_is_listed_whole() -> None:
    assert len(PROMPT) > 140
    (found,), more = dropped_blocks({"dropped": dropped_evidence([(PROMPT, "notice")])})
    assert found.text == PROMPT and more == 0


def test_a_very_long_block_is_cut_at_a_sentence_s_end_and_marked() -> None:
    block = " ".join(f"Phrase numéro {i} du bloc, assez longue pour compter." for i in range(20))
    (found,), _ = dropped_blocks({"dropped": dropped_evidence([(block, "outside")])})
    assert len(found.text) <= DROPPED_MAX_CHARS
    assert found.text.endswith("compter. …")


def test_show_prints_the_whole_dropped_sentence(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    capture = ("Le Courrier des Vallées\n\n"
               "Chambéry : la patinoire rouvre après six mois de travaux\n\n"
               "Publié le 02/12/2026 à 10h00\n\n"
               "La patinoire de Chambéry a rouvert lundi après six mois de travaux de "
               "rénovation, pour un coût de 2,1 millions d'euros.\n\n"
               "Les tarifs restent inchangés pour les habitants de l'agglomération cette "
               "saison, a précisé la mairie.\n\n" + PROMPT + "\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "capture.txt").write_text(capture, "utf-8")
    ingest_paths(store, [folder], settings=settings, source="courrier-vallees.example")
    (article,) = list(store.iter_articles())
    assert article.content is not None
    shown = " ".join(" ".join(dropped_lines(article.content.evidence, width=88)).split())
    assert "nos enquêtes et nos bons plans du week-end." in shown
