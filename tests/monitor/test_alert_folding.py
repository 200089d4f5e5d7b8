"""Within one delivery an article is one entry, shown as it is now and counted once: an
update queued before the article's "new" alert went out is folded into it (newuser11b
U32: an hourly digest said "3 articles" for 2 and listed a corrected article twice,
identical; an e-mail sender that was down sent "new" then "update", both corrected)."""

from __future__ import annotations

import json
from datetime import timedelta
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path

import veille
from alert_kit import smtp_server, webhook_server
from capture_kit import json_record
from veille.monitor.deliver import deliver_due
from veille.record import utcnow
from veille.store.base import SavedSearch

ORANGE = "Orages : vigilance orange dans le Cher"
ROUGE = "Orages : vigilance rouge dans le Cher"


def _settings(port: int) -> dict[str, object]:
    return {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_starttls": False,
            "fetch_allow": "127.0.0.1"}


def _subject(message: Message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def _body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def _storm(v: veille.Veille) -> None:
    """A new article "Tempête Ciaran", and a storm warning stored then corrected."""
    ciaran = json_record(1, title="Tempête Ciaran : des rafales à 150 km/h")
    first = json_record(2, title=ORANGE)
    v.ingest_bytes([("a.jsonl", (json.dumps(ciaran) + "\n" + json.dumps(first)).encode())])
    corrected = dict(first, title=ROUGE,
                     text=str(first["text"]) + "\n\nMise à jour : vigilance rouge.")
    v.ingest_bytes([("b.jsonl", json.dumps(corrected).encode())])


def test_an_hourly_digest_counts_and_shows_a_corrected_article_once(tmp_path: Path) -> None:
    with smtp_server() as (box, port), veille.open(tmp_path / "data", **_settings(port)) as v:
        saved = v.save_search(SavedSearch(name="TempetesFR", query="tempête OR orages",
                                          email="redac@example.org", digest="hourly",
                                          collapse=False))
        _storm(v)
        assert len(v.store.deliveries(search_id=saved.id, pending=True)) == 3
        assert deliver_due(v.store, v.settings,
                           now=utcnow() + timedelta(hours=1, minutes=1)).sent == 3
        [message] = box.messages
        assert _subject(message) == "[veille] 2 articles pour « TempetesFR »"
        body = _body(message)
        assert body.count(ROUGE) == 1 and ORANGE not in body
        assert body.count("Nouvel article : ") == 2 and "Article mis à jour" not in body
        assert v.store.deliveries(search_id=saved.id, pending=True) == []


def test_a_sender_that_was_down_sends_one_new_mail_for_a_corrected_article(
        tmp_path: Path) -> None:
    with smtp_server() as (box, port), veille.open(tmp_path / "data", **_settings(port)) as v:
        v.save_search(SavedSearch(name="Tempetes", query="orages", email="redac@example.org",
                                  collapse=False))
        _storm(v)  # nobody sent between the two versions
        assert v.deliver_alerts().sent == 2
        [message] = box.messages
        assert _subject(message) == f"[veille] Tempetes : Nouvel article : {ROUGE}"
        # the next version after that is an update, in its own mail
        later = dict(json_record(2, title=ROUGE + " et l'Indre"))
        v.ingest_bytes([("c.jsonl", json.dumps(later).encode())])
        assert v.deliver_alerts().sent == 1
        assert "Article mis à jour" in _subject(box.messages[1])


def test_a_webhook_gets_one_new_alert_for_a_corrected_article(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="T", query="orages", webhook=url, collapse=False))
        _storm(v)
        assert v.deliver_alerts().sent == 2
        [(headers, body)] = hooks.posts
        data = json.loads(body)
        assert (data["kind"], data["version"], data["article"]["title"]) == ("new", 2, ROUGE)
        assert headers["Idempotency-Key"] == data["key"] and data["key"].endswith("/v1/webhook")


def test_an_alert_waits_for_the_match_of_a_correction_stored_before_it_went_out(
        tmp_path: Path) -> None:
    """The sender loads the article as it is now: when its correction is stored but not
    matched yet, sending the "new" alert then would show the correction, and the update
    queued a moment later would repeat it. The alert waits for the match and folds it."""
    with smtp_server() as (box, port), veille.open(tmp_path / "data", **_settings(port)) as v:
        saved = v.save_search(SavedSearch(name="Tempetes", query="orages",
                                          email="redac@example.org", collapse=False))
        first = json_record(2, title=ORANGE)
        v.ingest_bytes([("a.jsonl", json.dumps(first).encode())])
        applied = v.store.view_seq("alerts")
        v.ingest_bytes([("b.jsonl", json.dumps(dict(first, title=ROUGE)).encode())])
        # as if the alert view had not matched the correction yet
        with v.store.conn:
            v.store.conn.execute("DELETE FROM alert_outbox WHERE version = 2")
            v.store.conn.execute("DELETE FROM alert_matches WHERE version = 2")
            v.store.conn.execute("UPDATE view_state SET applied_seq = ? WHERE view = 'alerts'",
                                 (applied,))
        assert len(v.store.deliveries(search_id=saved.id, pending=True)) == 1
        assert deliver_due(v.store, v.settings).sent == 0  # waits for the match
        v.match_alerts()
        assert deliver_due(v.store, v.settings).sent == 2
        [message] = box.messages
        assert _subject(message) == f"[veille] Tempetes : Nouvel article : {ROUGE}"
