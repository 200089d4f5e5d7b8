"""Following a story (``veille saved add NAME '' --story ID``, the API's ``stories``) alerts
on its coverage, reprints of another outlet's article included, as the story page's
Follow button does: with reprints collapsed by default, a follow said "0 new" while two
more outlets ran the story's dispatch (newuser14b S8). ``--no-reprints`` still collapses
them. Real SQLite store."""

from __future__ import annotations

from pathlib import Path

import veille

DISPATCH = [
    "Le préfet de la Drôme a ordonné mardi la fermeture de trois écoles de Valence après "
    "la découverte d'amiante dans les faux plafonds lors de travaux de rénovation.",
    "Près de 900 élèves seront accueillis dans des locaux provisoires à partir de jeudi, "
    "a précisé la mairie, qui promet une réouverture avant les vacances de printemps.",
]


def page(url: str, site: str, title: str, published: str) -> tuple[str, bytes]:
    body = "".join(f"<p>{p}</p>" for p in DISPATCH)
    html = (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{url}'><meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>")
    return url.rsplit("/", 1)[1], html.encode()


def test_a_story_follow_alerts_on_the_outlets_that_run_its_dispatch(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        [original] = v.ingest_bytes([page(
            "https://www.agence-exemple.fr/a/amiante-ecoles.html", "Agence Exemple",
            "Amiante : trois écoles fermées à Valence", "2026-11-24T10:00:00+01:00")]).new_ids
        story = v.store.get(original).dedup
        assert story is not None and story.story_id
        follow, _ = v.update_search("Suivi amiante", {"query": "", "stories": [story.story_id]})
        collapsed, _ = v.update_search("Suivi sans reprises", {
            "query": "", "stories": [story.story_id], "collapse": True})
        assert (follow.collapse, collapsed.collapse) == (False, True)
        [reprint] = v.ingest_bytes([page(
            "https://www.journal-exemple.fr/drome/ecoles-amiante.html", "Le Journal Exemple",
            "Valence : trois écoles fermées pour cause d'amiante",
            "2026-11-24T11:30:00+01:00")]).new_ids
        linked = v.store.get(reprint).dedup
        assert linked is not None and linked.relation == "reprint"
        v.match_alerts()
        assert [m.article_id for m in v.store.matches(follow.id)] == [reprint]
        assert v.store.matches(collapsed.id) == []
