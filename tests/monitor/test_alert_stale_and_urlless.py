"""newuser11b U30: an alert queued under a saved search's old query was delivered after
the query changed, labelled with the new one; an e-mail for an article without a URL had
no link at all and an empty "Source :" line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from alert_kit import body_text as _body
from alert_kit import local_settings as _settings
from alert_kit import smtp_server, webhook_server
from veille.store.base import SavedSearch

ETNA = ("Éruption du volcan Etna en Sicile\n\n"
        + "Le volcan Etna est entré en éruption dans la nuit, la lave descend vers Catane "
          "et l'aéroport a fermé. " * 6)


def test_alerts_queued_under_an_old_query_are_dropped_when_it_changes(
        tmp_path: Path) -> None:
    with smtp_server() as (box, port), webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", **_settings(port)) as v:
        v.save_search(SavedSearch(name="Volcans", query="volcan OR éruption",
                                  email="moi@example.org", webhook=url, collapse=False))
        v.ingest_bytes([("volcan.txt", ETNA.encode())])
        assert len(v.store.deliveries(pending=True)) == 2  # queued, not sent yet
        # a change of address keeps them; a change of query drops them
        v.save_search(SavedSearch(name="Volcans", query="volcan OR éruption",
                                  email="autre@example.org", webhook=url, collapse=False))
        assert len(v.store.deliveries(pending=True)) == 2
        v.save_search(SavedSearch(name="Volcans", query="volcan OR lave",
                                  email="autre@example.org", webhook=url, collapse=False))
        assert v.store.deliveries(pending=True) == []
        assert v.deliver_alerts().sent == 0
        assert box.messages == [] and hooks.posts == []


def test_rows_queued_by_a_view_that_read_the_old_query_are_not_sent(tmp_path: Path) -> None:
    """The view may queue a chunk it matched with the old definition just after the change
    (two processes): the sender drops those rows too."""
    with smtp_server() as (box, port), veille.open(tmp_path / "data", **_settings(port)) as v:
        v.save_search(SavedSearch(name="Volcans", query="volcan", email="moi@example.org",
                                  collapse=False))
        v.ingest_bytes([("volcan.txt", ETNA.encode())])
        [row] = v.store.deliveries(pending=True)
        v.save_search(SavedSearch(name="Volcans", query="volcan OR lave",
                                  email="moi@example.org", collapse=False))
        [match] = v.store.matches(row.search_id, after_seq=-1)
        v.store.record_matches("alerts", v.store.view_seq("alerts"), [], [row])  # queued late
        assert len(v.store.deliveries(pending=True)) == 1 and match.seq > 0
        assert v.deliver_alerts().sent == 0 and box.messages == []
        assert v.store.deliveries(pending=True) == []


@pytest.mark.parametrize(("lang", "unknown"), [("fr", "Source : source inconnue"),
                                               ("en", "Source: unknown source")])
def test_an_article_without_url_links_to_its_page_on_veille(
        tmp_path: Path, lang: str, unknown: str) -> None:
    with smtp_server() as (box, port), veille.open(
            tmp_path / "data", **_settings(port, public_url="https://veille.example.org/")) as v:
        v.save_search(SavedSearch(name="Volcans", query="volcan", email="moi@example.org",
                                  lang=lang, collapse=False))
        [article_id] = v.ingest_bytes([("volcan.txt", ETNA.encode())]).new_ids
        assert v.deliver_alerts().sent == 1
        body = _body(box.messages[0])
        assert f"\r\nhttps://veille.example.org/articles/{article_id}\r\n" in body
        assert f"\r\n{unknown}\r\n" in body


def test_without_public_url_an_article_without_url_gets_no_empty_link(tmp_path: Path) -> None:
    with smtp_server() as (box, port), veille.open(tmp_path / "data", **_settings(port)) as v:
        v.save_search(SavedSearch(name="Volcans", query="volcan", email="moi@example.org",
                                  collapse=False))
        v.ingest_bytes([("volcan.txt", ETNA.encode())])
        assert v.deliver_alerts().sent == 1
        assert "/articles/" not in _body(box.messages[0])


@pytest.mark.parametrize(("public_url", "expected"), [
    ("https://veille.example.org/", "https://veille.example.org/articles/{id}"),
    ("", None)])
def test_the_webhook_gives_an_article_without_url_its_page_on_veille(
        tmp_path: Path, public_url: str, expected: str | None) -> None:
    """note9 "What is left": the webhook JSON of an article without a URL said
    ``"url": null`` where the e-mail links its page on this veille."""
    with webhook_server() as (hooks, url), veille.open(
            tmp_path / "data", fetch_allow="127.0.0.1", public_url=public_url) as v:
        v.save_search(SavedSearch(name="Volcans", query="volcan", webhook=url,
                                  collapse=False))
        [article_id] = v.ingest_bytes([("volcan.txt", ETNA.encode())]).new_ids
        assert v.deliver_alerts().sent == 1
    [(_headers, body)] = hooks.posts
    sent = json.loads(body)["article"]["url"]
    assert sent == (expected.format(id=article_id) if expected else None)
