"""Chrome repeated across captures of the same site is recognised, even sentence-shaped."""

from __future__ import annotations

from pathlib import Path

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"
SLOGAN = ("Le Petit Journal du Sud est un quotidien régional indépendant, fondé en 1921 "
          "à Montpellier et lu chaque jour par des milliers de familles.")


def _with_slogan(name: str) -> bytes:
    text = (CAPTURES / name).read_text("utf-8")
    return text.replace("Les plus lus", SLOGAN + "\n\nLes plus lus").encode("utf-8")


FOURTH = """Le Petit Journal du Sud

Menu
Accueil | Actualité | Sports | Culture | Économie | Vos communes

Agde : la plage de la Roquille rouvre après deux ans de travaux

La plage de la Roquille, au Cap d'Agde, rouvre ce samedi après deux ans de travaux de \
réensablement et de protection du cordon dunaire, a annoncé la mairie jeudi.

Le chantier, d'un montant de 4,2 millions d'euros, a permis de reconstituer une largeur de \
plage de trente mètres, grignotée par les tempêtes successives de ces dernières années.

Les plus lus
1. Sète : la fête de la Saint-Louis attire un public record
"""


def test_site_chrome_is_learned_across_captures(store: SQLiteStore) -> None:
    first = [(f"site_petit_journal_{n}.txt", _with_slogan(f"site_petit_journal_{n}.txt"))
             for n in (1, 2, 3)]
    assert ingest_texts(store, first, source="petitjournal").new == 3
    fourth = FOURTH.replace("Les plus lus", SLOGAN + "\n\nLes plus lus")
    summary = ingest_texts(store, [("agde.txt", fourth.encode("utf-8"))], source="petitjournal")
    article = store.get(summary.new_ids[0])
    assert article.content is not None
    assert SLOGAN not in article.content.paragraphs
    assert len(article.content.paragraphs) == 2


def test_without_a_source_the_slogan_stays(store: SQLiteStore) -> None:
    """The control: the same page with no site history keeps the sentence-shaped slogan."""
    fourth = FOURTH.replace("Les plus lus", SLOGAN + "\n\nLes plus lus")
    summary = ingest_texts(store, [("agde.txt", fourth.encode("utf-8"))])
    article = store.get(summary.new_ids[0])
    assert article.content is not None
    assert SLOGAN in article.content.paragraphs
