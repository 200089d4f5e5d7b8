"""Regressions (r-ux55, t-final54 B6): an alert carries the article's own URL and, when
``public_url`` is set, its page on this veille, in the e-mail (French and English) and in
the webhook (``veille_url``); a story alert's "new within" count has its plural form ("1
nouvelle", not "1 nouvelles"). A real store, a local SMTP server and webhook receiver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from alert_kit import body_text as _body
from alert_kit import local_settings as _settings
from alert_kit import smtp_server, webhook_server
from veille.store.base import SavedSearch

URL = "https://www.sudouest.fr/gironde/bordeaux/pont-chaban-delmas-ferme-18234567.php"
CAPTURE = "\n".join([
    URL, "Sud Ouest", "Bordeaux : le pont Chaban-Delmas fermé pour travaux tout le week-end",
    "Par Marc Lestrade", "Publié le 04/12/2026 à 12h30",
    "Le pont Chaban-Delmas sera fermé à toute circulation du samedi 6 décembre au lundi 8 "
    "décembre, pour des travaux de maintenance de son mécanisme de levage, a annoncé "
    "Bordeaux Métropole.",
    "Les automobilistes sont invités à emprunter le pont d'Aquitaine ou le pont de pierre, "
    "réservé aux bus et aux vélos. Les tramways de la ligne B circuleront normalement.", ""])
PUBLIC = "https://veille.example.org"


@pytest.mark.parametrize(("lang", "label"), [("fr", "Sur veille : "), ("en", "On veille: ")])
def test_alert_carries_the_url_and_the_veille_page(tmp_path: Path, lang: str,
                                                   label: str) -> None:
    with smtp_server() as (box, port), webhook_server() as (hooks, hook), veille.open(
            tmp_path / "data", **_settings(port, public_url=PUBLIC + "/")) as v:
        v.save_search(SavedSearch(name="Pont", query="Chaban-Delmas", email="moi@example.org",
                                  webhook=hook, lang=lang, collapse=False))
        [article_id] = v.ingest_bytes([("pont.txt", CAPTURE.encode())]).new_ids
        assert v.deliver_alerts().sent == 2
        body = _body(box.messages[0])
        page = f"{PUBLIC}/articles/{article_id}"
        assert f"\r\n{URL}\r\n" in body
        assert f"{label}{page}" in body
        [post] = hooks.posts
        article = json.loads(post[1])["article"]
        assert article["url"] == URL
        assert article["veille_url"] == page


def test_webhook_veille_url_is_null_without_public_url(tmp_path: Path) -> None:
    with smtp_server() as (_box, port), webhook_server() as (hooks, hook), veille.open(
            tmp_path / "data", **_settings(port)) as v:
        v.save_search(SavedSearch(name="Pont", query="Chaban-Delmas", webhook=hook,
                                  collapse=False))
        v.ingest_bytes([("pont.txt", CAPTURE.encode())])
        assert v.deliver_alerts().sent == 1
        article = json.loads(hooks.posts[0][1])["article"]
        assert article["url"] == URL and article["veille_url"] is None


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("fr", "1 nouvelle en 30 min", "2 nouvelles en 30 min"),
    ("en", "1 new within 30 min", "2 new within 30 min")])
def test_story_line_new_count_has_its_plural(lang: str, one: str, many: str) -> None:
    from veille.web.i18n import load_locales

    t = load_locales()[lang]
    assert t("mail_story", n=1, new=t("mail_story_new", n=1, minutes=30)).endswith(f"({one})")
    assert t("mail_story", n=3, new=t("mail_story_new", n=2, minutes=30)).endswith(f"({many})")
