"""An article its site unpublished (its page answered 410) while its alert waited for the
hourly digest is told as unpublished, not as a live "Nouvel article"; webhook bodies carry
the state (``article.unpublished``) read at send time (newuser16c N13). Real HTTP servers
on 127.0.0.1 (the site, a webhook receiver), a real SMTP server, real SQLite store."""

from __future__ import annotations

import json
from datetime import timedelta
from email.message import Message
from pathlib import Path

import veille
from alert_kit import smtp_server, webhook_server
from veille.collect.testserver import LocalServer, Page, Site
from veille.monitor.deliver import deliver_due
from veille.record import utcnow
from veille.store.base import SavedSearch

TEXT = ["Le Quai d'Orsay a convoqué mardi l'ambassadeur d'Iran à Paris après l'arrestation "
        "d'un ressortissant français à Téhéran, a indiqué le ministère.",
        "Paris demande la libération immédiate de son ressortissant et un accès consulaire, "
        "a précisé la porte-parole lors du point de presse quotidien."]


def page(status: int = 200) -> Page:
    return Page((f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
                 f"<title>Le Quai d'Orsay convoque l'ambassadeur d'Iran</title>"
                 f"<meta property='article:published_time' content='2026-12-01T15:00:00+01:00'>"
                 f"</head><body><article><h1>Le Quai d'Orsay convoque l'ambassadeur d'Iran"
                 f"</h1>{''.join(f'<p>{p}</p>' for p in TEXT)}</article></body></html>"
                 ).encode(), status=status)


def _body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def test_a_digest_and_a_webhook_tell_an_article_unpublished_before_they_went_out(
        tmp_path: Path) -> None:
    site = Site(pages={"/iran.html": page()})
    with LocalServer(site) as server, smtp_server() as (box, port), \
            webhook_server(fail=1) as (hooks, hook), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.0/8", fetch_delay=0,
                        smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False,
                        alert_retry_s=0) as v:
        v.save_search(SavedSearch(name="PhraseQuai", query='"Quai d\'Orsay"',
                                  email="redac@example.org", digest="hourly", webhook=hook))
        url = server.url("/iran.html")
        v.fetch([url])
        v.match_alerts()
        assert v.deliver_alerts().failed == 1  # the webhook answers 500 once
        site.pages["/iran.html"] = page(410)
        v.fetch([url])  # the site unpublished it
        deliver_due(v.store, v.settings, now=utcnow() + timedelta(hours=1, minutes=1))
        [message] = box.messages
        body = _body(message)
        assert "Dépublié par son site : sa page a répondu HTTP 410 le " in body
        [(_headers, sent)] = hooks.posts
        assert json.loads(sent)["article"]["unpublished"]["status"] == 410
