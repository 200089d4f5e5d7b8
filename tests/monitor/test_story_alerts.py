"""Story alerts (issue 15): "breaking" (a story gains N new independent sources within T)
and following a story, delivered once each to real receivers on 127.0.0.1."""

from __future__ import annotations

import hashlib
import hmac
import json
from email.header import decode_header, make_header
from pathlib import Path

import pytest

import veille
from alert_kit import ETNA, outlet, smtp_server, webhook_server
from veille.cli.main import main
from veille.store.base import SavedSearch


def settings(port: int) -> dict[str, object]:
    return {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_starttls": False,
            "fetch_allow": "127.0.0.1"}


def test_breaking_alerts_once_per_threshold_crossing(tmp_path: Path) -> None:
    with smtp_server() as (box, port), webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", **settings(port)) as v:
        alert = v.save_search(SavedSearch(name="Ça monte", query="", breaking=3,
                                          within_minutes=60, webhook=url,
                                          email="moi@example.org", lang="en"))
        v.ingest_bytes([outlet(0)])
        v.ingest_bytes([outlet(1)])
        # A reprint of outlet 1's article by a third site is not an independent source.
        v.ingest_bytes([outlet(9, source="copies.example", copy_of=1)])
        assert v.deliver_alerts().sent == 0
        v.ingest_bytes([outlet(2)])  # the third independent source: it breaks
        assert v.deliver_alerts().sent == 2
        assert v.deliver_alerts().sent == 0
        v.ingest_bytes([outlet(3)])
        v.ingest_bytes([outlet(4)])  # two more: not yet a second crossing
        assert v.deliver_alerts().sent == 0
        v.ingest_bytes([outlet(5)])  # three since the first crossing
        assert v.deliver_alerts().sent == 2
        v.ingest_bytes([outlet(6, source="outlet0.example")])  # a source already counted
        assert v.deliver_alerts().sent == 0

    assert len(hooks.posts) == 2 and len(box.messages) == 2
    bodies = [json.loads(body) for _, body in hooks.posts]
    story = bodies[0]["story"]["id"]
    assert [b["key"] for b in bodies] == [f"{alert.id}/story/{story}/x1/webhook",
                                          f"{alert.id}/story/{story}/x2/webhook"]
    assert all(b["kind"] == "breaking" and b["story"]["id"] == story for b in bodies)
    assert bodies[0]["story"]["independent"] == 3 and bodies[1]["story"]["independent"] == 6
    assert bodies[0]["search"]["breaking"] == {"sources": 3, "within_minutes": 60}
    for headers, body in hooks.posts:
        secret = alert.secret.encode()
        assert headers["X-Veille-Signature"] == \
            "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    subjects = [str(make_header(decode_header(str(m["Subject"])))) for m in box.messages]
    assert all("Ça monte: Breaking story" in s for s in subjects)
    text = box.messages[0].get_payload(decode=True).decode()
    assert "3 independent sources" in text


def test_a_sourceless_article_is_no_independent_source(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="Ça monte", query="", breaking=3, webhook=url))
        v.ingest_bytes([outlet(0)])
        v.ingest_bytes([outlet(1)])
        title, text = ETNA[2]
        anonymous = {"title": title, "text": text + "\n\n" + text}  # no URL, no source
        v.ingest_bytes([("anonymous.jsonl", json.dumps(anonymous, ensure_ascii=False).encode())])
        assert v.store.story_joins(v.latest(1)[0].dedup.story_id)[-1][1] == ""  # type: ignore[union-attr]
        assert v.deliver_alerts().sent == 0
        v.ingest_bytes([outlet(3)])  # the third real source: it breaks
        assert v.deliver_alerts().sent == 1
    assert len(hooks.posts) == 1


def test_breaking_needs_its_sources_within_the_window(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="lent", query="Etna", breaking=2, within_minutes=1,
                                  webhook=url))
        v.ingest_bytes([outlet(0)])
        # Backdate the first article's arrival: its source is older than the window.
        v.store.conn.execute("UPDATE story_members SET at = '2000-01-01T00:00:00+00:00'")
        v.store.conn.execute("UPDATE saved_searches SET created_at = '1999-01-01T00:00:00+00:00'")
        v.ingest_bytes([outlet(1)])
        assert v.deliver_alerts().sent == 0
        v.ingest_bytes([outlet(2)])
        assert v.deliver_alerts().sent == 1
    assert len(hooks.posts) == 1


def test_breaking_only_for_stories_its_query_matches(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="autre", query="tsunami", breaking=2, webhook=url))
        v.ingest_bytes([outlet(0), outlet(1), outlet(2)])
        assert v.deliver_alerts().sent == 0
    assert hooks.posts == []


def test_following_a_story_delivers_each_new_article_once(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        first = v.ingest_bytes([outlet(0)])
        story = v.get(first.new_ids[0]).dedup.story_id  # type: ignore[union-attr]
        follow = v.save_search(SavedSearch(name="suivi", query="", stories=[story],
                                           webhook=url))
        v.ingest_bytes([outlet(1), outlet(2)])
        assert v.deliver_alerts().sent == 2
        v.ingest_bytes([outlet(1), outlet(2)])  # read again: nothing new
        assert v.deliver_alerts().sent == 0
    keys = sorted(json.loads(body)["key"] for _, body in hooks.posts)
    assert len(keys) == 2 and all(k.startswith(f"{follow.id}/") for k in keys)


def test_cli_manages_story_alerts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "saved", "add", "Ça monte", "", "--breaking", "3", "--within",
                 "30"]) == 0
    assert main([*data, "saved", "list", "--json"]) == 0
    out = capsys.readouterr().out
    [saved] = json.loads(out[out.index("["):])
    assert (saved["breaking"], saved["within_minutes"], saved["query"]) == (3, 30, "")
    assert main([*data, "saved", "add", "x", "", "--breaking", "-1"]) == 2
