"""An update time equal to the publication time (or seconds after it: the CMS's first
save) is no update: the article page and the story timeline do not print "Mis à jour le" /
"updated" for it; a real later update is still said (newuser17c S11). Real store, real
web server on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from web_kit import serve

import veille
from veille.dedup.version_times import stated_update

BODY = ("<p>Un incendie s'est déclaré dans la nuit dans un entrepôt de la zone portuaire de "
        "Saint-Nazaire, mobilisant une soixantaine de pompiers de Loire-Atlantique.</p><p>"
        "Aucun blessé n'est à déplorer selon la préfecture, qui a demandé aux riverains de "
        "garder leurs fenêtres fermées en raison des fumées.</p>")


def page(title: str, published: str, modified: str, extra: str = "") -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>{title}</title>"
            f"<meta property='article:published_time' content='{published}'>"
            f"<meta property='article:modified_time' content='{modified}'></head><body>"
            f"<article><h1>{title}</h1>{BODY}{extra}</article></body></html>").encode()


def test_an_update_at_the_publication_time_is_not_said(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        done = v.ingest_bytes([
            ("a.html", page("Saint-Nazaire : un entrepôt en feu", "2026-11-20T06:10:00+01:00",
                            "2026-11-20T06:10:00+01:00")),
            ("b.html", page("Incendie à Saint-Nazaire : aucun blessé",
                            "2026-11-20T06:40:00+01:00", "2026-11-20T09:15:00+01:00",
                            "<p>Mise à jour : le feu est maîtrisé depuis 9 heures.</p>"))])
        same, later = done.new_ids
        story, other = v.get(same).dedup, v.get(later).dedup
    assert story is not None and story.story_id is not None and other is not None
    together = other.story_id == story.story_id  # one story: the later row only says it
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        first = http.get(f"/articles/{same}", params={"lang": "fr"}).text
        second = http.get(f"/articles/{later}", params={"lang": "en"}).text
        timeline = http.get(f"/stories/{story.story_id}", params={"lang": "fr"}).text
    assert "Mis à jour le" not in first
    assert "Updated" in second
    assert timeline.count('class="updated"') == (1 if together else 0), timeline


def test_stated_update_needs_more_than_a_minute() -> None:
    published = datetime(2026, 11, 20, 5, 10, tzinfo=UTC)
    assert stated_update(published, published) is None
    assert stated_update(published, published + timedelta(seconds=40)) is None
    assert stated_update(published, published - timedelta(hours=1)) is None
    later = published + timedelta(minutes=5)
    assert stated_update(published, later) == later
    assert stated_update(None, later) == later
    assert stated_update(published, None) is None
