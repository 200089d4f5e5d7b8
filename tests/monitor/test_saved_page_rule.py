"""A saved search's page says which story it follows (its title, linked) and a story
alert's rule, in French and English, and does not link "Lancer la recherche" to every
article for a search that follows a story with no query (t-final25 S5). Real store, real
server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille
from alert_kit import outlet
from veille.store.base import SavedSearch


def plain(page: str) -> str:
    return page.replace("&#39;", "'").replace("\u202f", " ").replace("\u00a0", " ")


def test_the_page_names_the_followed_story_and_the_story_alert_rule(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([outlet(0), outlet(1)])
        [story] = v.store.stories(limit=5)
        follow = v.save_search(SavedSearch(name="Suivi", query="", stories=[story.story_id]))
        rule = v.save_search(SavedSearch(name="Monte", query="Etna", breaking=2,
                                         within_minutes=120))
        v.sync(wait=30)
    with serve(tmp_path / "data") as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        fr = plain(http.get(f"/saved/{follow.id}?lang=fr").text)
        en = plain(http.get(f"/saved/{follow.id}?lang=en").text)
        fr_rule = http.get(f"/saved/{rule.id}?lang=fr").text
        en_rule = http.get(f"/saved/{rule.id}?lang=en").text
        detail = http.get(f"/api/v1/saved-searches/{follow.id}").json()
    link = f'<a href="/stories/{story.story_id}">{story.title}</a>'
    assert f"Suit l'histoire : {link}" in fr
    assert f"Follows the story: {link}" in en
    assert "/search?q=&amp;sort=date" not in fr and "Lancer la recherche" not in fr
    assert ("Alerte quand une histoire gagne 2 nouvelles sources indépendantes en 120 min"
            in fr_rule)
    assert "Alerts when a story gains 2 new independent sources within 120 min" in en_rule
    assert "Lancer la recherche" in fr_rule  # a query of its own: run it
    assert detail["followed"] == [{"id": story.story_id, "title": story.title}]
