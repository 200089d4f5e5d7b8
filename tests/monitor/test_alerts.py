"""Alerts on saved searches, delivered exactly once to real receivers on 127.0.0.1."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta
from email.header import decode_header, make_header
from pathlib import Path

import pytest

import veille
from alert_kit import smtp_server, webhook_server
from capture_kit import json_record
from veille.errors import ConfigError
from veille.record import utcnow
from veille.store.base import SavedSearch


def records(start: int, stop: int, word: str, host: str = "") -> bytes:
    """Records ``start`` to ``stop``; ``host``: their URLs' site (a record's URL names its
    outlet, which ``source=`` does not replace: docs/collect.md, *The given source*)."""
    lines = []
    for i in range(start, stop):
        record = json_record(i)
        if host:
            record["url"] = f"https://{host}/articles/{i}"
        record["title"] = f"{record['title']} {word}"
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def mail_settings(port: int) -> dict[str, object]:
    return {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_starttls": False,
            "fetch_allow": "127.0.0.1"}


def test_one_message_per_matching_article_and_none_for_the_past(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", **mail_settings(port)) as v:
        v.ingest_bytes([("old.jsonl", records(0, 3, "volcan"))])
        v.save_search(SavedSearch(name="Volcans", query="volcan", email="moi@example.org",
                                  collapse=False))
        v.ingest_bytes([("new.jsonl", records(3, 6, "volcan") + records(6, 9, "plage"))])
        assert v.deliver_alerts().sent == 3
        assert v.deliver_alerts().sent == 0
        assert len(box.messages) == 3
        message = box.messages[0]
        assert "Volcans" in message["Subject"] and message["Message-ID"]
        body = message.get_payload(decode=True).decode()
        assert "volcan" in body and "https://exemple.fr/articles/" in body
        assert len({m["Message-ID"] for m in box.messages}) == 3
    with smtp_server() as (box2, port2), \
            veille.open(tmp_path / "data", **mail_settings(port2)) as again:
        assert again.deliver_alerts().sent == 0  # a restart sends nothing twice
        assert box2.messages == []


def test_a_new_version_is_delivered_once_as_an_update(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", **mail_settings(port)) as v:
        v.save_search(SavedSearch(name="v", query="séisme", email="a@example.org", lang="en"))
        first = json_record(1, title="Un séisme frappe la côte")
        v.ingest_bytes([("a.jsonl", json.dumps(first).encode())])
        assert v.deliver_alerts().sent == 1  # (unsent, the update would fold into it)
        changed = dict(first, text=str(first["text"]) + "\n\nMise à jour : un second séisme.")
        v.ingest_bytes([("b.jsonl", json.dumps(changed).encode())])
        v.ingest_bytes([("b.jsonl", json.dumps(changed).encode())])  # read again: nothing
        assert v.deliver_alerts().sent == 1
        subjects = sorted(m["Subject"] for m in box.messages)
        assert len(subjects) == 2
        assert any("New article" in s for s in subjects)
        assert any("Updated article" in s for s in subjects)


def test_digest_groups_and_waits_for_its_hour(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", **mail_settings(port)) as v:
        v.save_search(SavedSearch(name="d", query="volcan", email="a@example.org",
                                  digest="hourly", collapse=False))
        v.ingest_bytes([("n.jsonl", records(0, 4, "volcan"))])
        assert v.deliver_alerts().sent == 0  # not due yet
        from veille.monitor.deliver import deliver_due

        later = utcnow() + timedelta(hours=1, minutes=1)
        assert deliver_due(v.store, v.settings, now=later).sent == 4
        assert len(box.messages) == 1
        assert "4 articles pour « d »" in _subject(box.messages[0])  # no "article(s)"


def _subject(message: object) -> str:
    from email.header import decode_header, make_header

    return str(make_header(decode_header(message["Subject"])))  # type: ignore[index]


def test_a_french_digest_has_plurals_and_french_punctuation(tmp_path: Path) -> None:
    """newuser8 Q28: "2 article(s) pour « Dig2 »", and "Recherche:" / "Publié:" with no
    space before the colon (French typography; the web UI writes "Histoire : 3 sources")."""
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", **mail_settings(port)) as v:
        v.save_search(SavedSearch(name="Dig", query="volcan", email="a@example.org",
                                  digest="hourly", lang="fr", collapse=False))
        v.ingest_bytes([("n.jsonl", records(0, 2, "volcan"))])
        from veille.monitor.deliver import deliver_due

        assert deliver_due(v.store, v.settings,
                           now=utcnow() + timedelta(hours=1, minutes=1)).sent == 2
        [message] = box.messages
        assert _subject(message) == "[veille] 2 articles pour « Dig »"
        body = message.get_payload(decode=True).decode()
        assert "Recherche : Dig — volcan" in body and "\r\nSource : " in body
        assert "Nouvel article : " in body and "Publié : " in body


def test_webhook_signed_once_and_a_failing_receiver_gets_retries(tmp_path: Path) -> None:
    with webhook_server(fail=2) as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", alert_retry_s=0.0) as v:
        saved = v.save_search(SavedSearch(name="w", query="volcan", webhook=url))
        assert saved.secret
        v.ingest_bytes([("n.jsonl", records(0, 1, "volcan"))])
        first = v.deliver_alerts()
        assert (first.sent, first.failed) == (0, 1) and "500" in first.errors[0]
        pending = v.store.deliveries(pending=True)
        assert pending[0].attempts == 1 and "500" in pending[0].last_error
        assert v.deliver_alerts().failed == 1
        assert v.deliver_alerts().sent == 1
        assert v.deliver_alerts().sent == 0
        assert len(hooks.posts) == 1 and hooks.attempts == 3
        headers, body = hooks.posts[0]
        # docs/monitoring.md's receiver check, word for word: the key is the printed
        # secret's text (64 hex characters), not the bytes they spell (t-final28 F13)
        secret = saved.secret
        assert len(secret) == 64 and int(secret, 16) >= 0
        expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        assert headers["X-Veille-Signature"] == expected
        assert headers["X-Veille-Signature"] != "sha256=" + hmac.new(
            bytes.fromhex(secret), body, hashlib.sha256).hexdigest()
        payload = json.loads(body)
        assert headers["Idempotency-Key"] == payload["key"]
        assert payload["search"]["name"] == "w" and "volcan" in payload["article"]["title"]


def test_a_webhook_timeout_and_a_missing_smtp_server_say_why_and_what_to_do(
        tmp_path: Path) -> None:
    """newuser6 M5, M18: a timed-out webhook was recorded with an empty reason, and the
    missing SMTP server named no setting to set."""
    with webhook_server(delay=1.0) as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", alert_timeout=0.2) as v:
        v.save_search(SavedSearch(name="w", query="volcan", webhook=url))
        v.save_search(SavedSearch(name="m", query="volcan", email="redac@example.org"))
        v.ingest_bytes([("n.jsonl", records(0, 1, "volcan"))])
        report = v.deliver_alerts()
        # f-cliux32: without SMTP an e-mail is not tried (no failure, no backoff): it
        # waits, due, and the report counts it for `alerts send` to say what to set
        # (tests/monitor/test_alerts_without_smtp.py)
        assert (report.sent, report.failed, report.no_smtp) == (0, 1, 1)
        errors = {d.channel: d.last_error for d in v.store.deliveries(pending=True)}
        assert "no answer within 0.2 s" in errors["webhook"]
        assert "alert_timeout" in errors["webhook"]
        assert errors["email"] == ""


def test_webhook_to_a_private_address_is_refused_by_the_guard(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), veille.open(tmp_path / "data") as v:
        # Changed on purpose by h-api66 (t-final65 C4): refused when saved (newuser4 N26)
        # until then, it is now saved with a warning saying how to open it ...
        saved = v.save_search(SavedSearch(name="w", query="volcan", webhook=url))
        assert saved.webhook == url
        assert "VEILLE_FETCH_ALLOW=127.0.0.1" in v.webhook_warnings(saved)[0]
        # ... and refused at delivery, as one saved while fetch_allow opened it.
        v.ingest_bytes([("n.jsonl", records(0, 1, "volcan"))])
        report = v.deliver_alerts()
        assert report.failed == 1 and hooks.attempts == 0
        assert v.store.deliveries(pending=True)  # kept, to retry once allowed


@pytest.mark.parametrize("host", ["127.1", "0x7f000001", "2130706433",
                                  "10.1", "0xa9.254.169.254"])
def test_a_webhook_at_a_numeric_shorthand_of_a_private_address_is_refused_when_saved(
        tmp_path: Path, host: str) -> None:
    """newuser8 Q14: inet_aton's numeric forms of loopback were saved, then refused by the
    delivery guard for ever, and nothing said so. Changed on purpose by h-api66 (t-final65
    C4): a non-public one is saved with a warning naming it and how to open it; a
    link-local one (0xa9.254.169.254) is still refused, with no setting to open it."""
    with veille.open(tmp_path / "data") as v:
        search = SavedSearch(name="w", query="volcan", webhook=f"http://{host}/x")
        if host.startswith("0xa9"):
            with pytest.raises(ConfigError, match="link-local address"):
                v.save_search(search)
        else:
            assert "non-public address" in v.webhook_warnings(v.save_search(search))[0]
        saved = v.save_search(SavedSearch(name="ok", query="volcan",
                                          webhook="http://2130706433.example/x"))
        assert saved.webhook  # a name that merely starts with digits is resolved later


def test_filters_and_collapse(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        fr = v.save_search(SavedSearch(name="fr", query="volcan", languages=["fr"]))
        en = v.save_search(SavedSearch(name="en", query="volcan", languages=["en"]))
        other = v.save_search(SavedSearch(name="src", query="volcan", sources=["ailleurs.fr"]))
        every = v.save_search(SavedSearch(name="all", query="volcan", collapse=False))
        # The generated records share their vocabulary: dedup links most of another
        # outlet's as reprints (the same outlet's are no reprints: docs/dedup.md).
        v.ingest_bytes([("n.jsonl", records(0, 3, "volcan"))], source="exemple.fr")
        v.ingest_bytes([("m.jsonl", records(3, 6, "volcan", "copie.example"))],
                       source="copie.example")
        reprints = sum(1 for a in v.latest(10) if a.dedup and a.dedup.relation == "reprint")
        assert reprints > 0
        assert v.store.count_matches(every.id) == 6
        assert v.store.count_matches(fr.id) == 6 - reprints
        assert v.store.count_matches(en.id) == 0
        assert v.store.count_matches(other.id) == 0


def test_following_a_story_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    """newuser6 M13: a mistyped story id was saved and could never alert."""
    with veille.open(tmp_path / "data") as v:
        with pytest.raises(ConfigError, match="no story 'nonexistent'"):
            v.save_search(SavedSearch(name="suivi", query="", stories=["nonexistent"]))
        assert v.store.saved_searches() == []


def test_following_a_story_alerts_on_its_new_coverage_only(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        first = v.ingest_bytes([("a.jsonl", records(0, 1, "volcan"))])
        story = v.get(first.new_ids[0]).dedup.story_id  # type: ignore[union-attr]
        assert story
        followed = v.save_search(SavedSearch(name="suivi", query="", stories=[story],
                                             collapse=False))
        other = json.dumps({"title": "Marché aux fleurs", "url": "https://ailleurs.fr/1",
                            "text": "Les tulipes arrivent des Pays-Bas par camions entiers "
                                    "chaque printemps.\n\nLes fleuristes se réjouissent."})
        v.ingest_bytes([("b.jsonl", records(1, 3, "volcan") + other.encode() + b"\n")])
        joined = [a.id for a in v.latest(10) if a.dedup and a.dedup.story_id == story
                  and a.id != first.new_ids[0]]
        assert joined
        matched = {m.article_id for m in v.store.matches(followed.id)}
        assert matched == set(joined)


def test_matching_waits_for_the_live_index_then_falls_back_to_a_scratch_one(
        tmp_path: Path) -> None:
    """A change the live index has not applied yet is matched once it has (on the index);
    one nobody indexes is matched on a scratch index after INDEX_GRACE, so alerts never
    stall, and both ways find the same articles."""
    from veille.ingest import ingest_texts
    from veille.monitor.alerts import INDEX_GRACE

    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="w", query="volcan", webhook=url, collapse=False))
        v.ingest_bytes([("a.jsonl", records(0, 2, "volcan") + records(2, 3, "plage"))])
        assert v.deliver_alerts().sent == 2  # indexed by the ingest, matched on the index
        # Stored by a writer that does not index (like a process killed before it could):
        ingest_texts(v.store, [("b.jsonl", records(3, 5, "volcan") + records(5, 6, "plage"))])
        assert v.store.change_seq() > v.keeper.applied_seq()
        assert v.deliver_alerts().sent == 0  # fresh: the writer may index it in a moment
        old = (utcnow() - INDEX_GRACE - timedelta(seconds=1)).isoformat()
        v.store.conn.execute("UPDATE changes SET at = ?", (old,))
        assert v.deliver_alerts().sent == 2  # stale: matched on a scratch index
        assert v.store.change_seq() > v.keeper.applied_seq()
    assert len({json.loads(body)["key"] for _, body in hooks.posts}) == 4


@pytest.mark.parametrize("pad", [0, 16, 17, 18, 40])
def test_a_long_accented_subject_keeps_its_spaces(tmp_path: Path, pad: int) -> None:
    """Regression: CPython's header folder doubled and dropped spaces around the encoded
    words of a long French subject ("Matmut  rénové", "rénovéà Rouen")."""
    title = ("x" * pad + " Le siège de la Matmut rénové à Rouen, l’assureur « investit » "
             "30 millions d'euros dans son siège").strip()
    record = {"title": title, "url": "https://exemple.fr/matmut", "language": "fr",
              "text": "La Matmut a rénové son siège de Rouen. " * 5}
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", **mail_settings(port)) as v:
        v.save_search(SavedSearch(name="Assurances", query="Matmut", email="moi@example.org",
                                  lang="fr"))
        v.ingest_bytes([("m.jsonl", json.dumps(record, ensure_ascii=False).encode())])
        assert v.deliver_alerts().sent == 1
    raw = box.messages[0]["Subject"]
    subject = str(make_header(decode_header(raw)))
    assert subject.endswith(": " + title) and "  " not in subject


@pytest.mark.parametrize("query", ["le", "de la", "jusqu'à", "vigilance date:2026-13-01",
                                   "crue OR inondation after:2026-31-12", "(", "volcan )"])
def test_a_query_search_does_not_read_as_written_is_refused(tmp_path: Path,
                                                            query: str) -> None:
    """newuser4 N19: saved searches of common words only, or with a filter that search
    ignores, were saved without a word and then alerted on every article."""
    from veille.errors import ConfigError

    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.jsonl", records(0, 2, "volcan"))])
        with pytest.raises(ConfigError) as refused:
            v.save_search(SavedSearch(name="s", query=query, email="a@example.org"))
        assert query.split()[0].strip("()") in str(refused.value) or "query" in str(
            refused.value)


def test_a_stored_query_of_common_words_alerts_on_nothing(tmp_path: Path) -> None:
    """A saved search stored before the check (or straight into the store) matches what
    search finds for it: nothing, not every article (newuser4 N19)."""
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", **mail_settings(port)) as v:
        v.ingest_bytes([("a.jsonl", records(0, 1, "volcan"))])
        v.store.save_search(SavedSearch(name="le", query="le", email="a@example.org",
                                        collapse=False))
        v.save_search(SavedSearch(name="Volcans", query="volcan", email="b@example.org",
                                  collapse=False))
        v.ingest_bytes([("b.jsonl", records(1, 3, "volcan"))])
        assert v.search("le").total == 0
        assert v.deliver_alerts().sent == 2
        assert {m["To"] for m in box.messages} == {"b@example.org"}
