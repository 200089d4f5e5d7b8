"""An article dated more than a story window before the store's newest (last week's
captures ingested after today's news, a feed's late item) joins its own days' story: the
story state brings those days back (``Stories.catch_up``) instead of comparing it with
the active stories only, which the newer articles had expired (newuser14b S3: one fire
covered by two outlets became two stories of one source each). Real SQLite store."""

from __future__ import annotations

from pathlib import Path

import veille
from veille.service import Veille

FIRE_A = [
    "Un violent incendie a ravagé mardi après-midi un entrepôt de pièces automobiles dans "
    "la zone industrielle de Montaudran, à Toulouse, sans faire de blessé, selon les "
    "pompiers de la Haute-Garonne.",
    "Une soixantaine de sapeurs-pompiers ont été mobilisés pour venir à bout des flammes, "
    "qui ont détruit près de 3 000 mètres carrés de stockage. Un épais panache de fumée "
    "noire était visible depuis la rocade.",
    "La préfecture a demandé aux riverains de fermer leurs fenêtres. Une enquête a été "
    "ouverte pour déterminer l'origine du sinistre.",
]
FIRE_B = [
    "Les pompiers de la Haute-Garonne ont lutté tout l'après-midi contre l'incendie d'un "
    "entrepôt de pièces automobiles à Montaudran, dans l'est de Toulouse.",
    "Le feu, parti vers 14 heures, a détruit environ 3 000 mètres carrés de stockage. "
    "Aucun blessé n'est à déplorer, mais la fumée noire a gêné la circulation sur la "
    "rocade, précise la préfecture, qui a recommandé aux habitants de rester chez eux.",
    "L'origine de l'incendie reste inconnue ; une enquête a été ouverte.",
]
LATER = [
    "L'écrivaine lyonnaise Marthe Darnaud, autrice d'une trentaine de romans et lauréate du "
    "prix Renaudot en 1994, est morte lundi à l'âge de 91 ans, a annoncé sa famille.",
    "Née à Villeurbanne, ancienne institutrice, elle avait connu le succès avec une saga "
    "familiale traduite dans une quinzaine de langues.",
]


def page(url: str, site: str, title: str, published: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{url}'><meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>").encode()


FIRST = page("https://www.depeche-exemple.fr/toulouse/incendie-montaudran.html",
             "La Dépêche Exemple", "Toulouse : un entrepôt ravagé par les flammes à Montaudran",
             "2026-11-24T16:20:00+01:00", FIRE_A)
SECOND = page("https://www.radio-exemple.fr/toulouse/feu-entrepot.html", "Radio Exemple",
              "Incendie à Montaudran : 3 000 m² d'entrepôt détruits à Toulouse",
              "2026-11-24T17:05:00+01:00", FIRE_B)
NEWER = page("https://www.progres-exemple.fr/culture/marthe-darnaud.html",
             "Le Progrès Exemple", "Mort de la romancière Marthe Darnaud à 91 ans",
             "2026-12-02T08:00:00+01:00", LATER)


def story_of(v: Veille, article_id: str) -> str:
    article = v.store.get(article_id)
    assert article.dedup is not None and article.dedup.story_id
    return article.dedup.story_id


def title_of(v: Veille, article_id: str) -> str:
    content = v.store.get(article_id).content
    return content.title if content else ""


def test_two_outlets_one_fire_are_one_story(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        [a] = v.ingest_bytes([("a.html", FIRST)]).new_ids
        [b] = v.ingest_bytes([("b.html", SECOND)]).new_ids
        assert story_of(v, a) == story_of(v, b)


def test_a_late_article_joins_its_days_story_after_newer_news(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        [a] = v.ingest_bytes([("a.html", FIRST)]).new_ids
        v.ingest_bytes([("c.html", NEWER)])
        [b] = v.ingest_bytes([("b.html", SECOND)]).new_ids  # a new ingest: a warm-up
        assert story_of(v, a) == story_of(v, b)


def test_a_late_article_in_the_same_batch_as_newer_news(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        [a] = v.ingest_bytes([("a.html", FIRST)]).new_ids
        found = v.ingest_bytes([("c.html", NEWER), ("b.html", SECOND)])
        [b] = [i for i in found.new_ids if "Montaudran" in title_of(v, i)]
        assert story_of(v, a) == story_of(v, b)


def test_a_batch_is_clustered_in_the_order_of_its_articles_times(tmp_path: Path) -> None:
    """Files named against their dates (newest first) give the stories of a live watch:
    the first account of the fire opens its story, whatever the order of the files
    (newuser14b S7: the same files gave other stories in name and in publication order)."""
    with veille.open(tmp_path / "data") as v:
        found = v.ingest_bytes([("1.html", NEWER), ("2.html", SECOND), ("3.html", FIRST)])
        [a] = [i for i in found.new_ids if "ravagé" in title_of(v, i)]
        [b] = [i for i in found.new_ids if "3 000" in title_of(v, i)]
        assert story_of(v, a) == story_of(v, b) == a
