"""An alert about an article without a headline says its first words, marked, in the
subject and the body, as every door shows it (t-final29 U4: veille.display_title); the
webhook's article gives them in ``untitled_text``, its ``title`` left empty. Real SMTP
receiver on 127.0.0.1, real store."""

from __future__ import annotations

import json
from email.header import decode_header, make_header
from pathlib import Path

import veille
from alert_kit import smtp_server
from veille.monitor.deliver import article_payload
from veille.store.base import SavedSearch

RECORD = {"url": "https://www.lejsl.com/a/1", "source": "Le JSL", "language": "fr",
          "published": "2026-12-02T08:10:00+01:00",
          "text": "Un plaisancier de 67 ans a été secouru mardi soir à l'écluse de Chagny "
                  "après être tombé dans le canal du Centre, ont indiqué les pompiers."}
WORDS = ("Un plaisancier de 67 ans a été secouru mardi soir à l'écluse de Chagny après être "
         "tombé…")


def test_the_mail_of_an_untitled_article_gives_its_first_words(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
                        smtp_starttls=False) as v:
        v.save_search(SavedSearch(name="Écluses", query="écluse", email="a@example.org",
                                  lang="fr", collapse=False))
        v.save_search(SavedSearch(name="Locks", query="écluse", email="b@example.org",
                                  lang="en", collapse=False))
        v.ingest_bytes([("a.jsonl", (json.dumps(RECORD) + "\n").encode())])
        assert v.deliver_alerts().sent == 2
        [article] = [a for a in v.store.iter_articles()]
        payload = article_payload(article)
    mails = {m["To"]: m for m in box.messages}
    for to, mark in (("a@example.org", "(sans titre)"), ("b@example.org", "(untitled)")):
        subject = str(make_header(decode_header(mails[to]["Subject"])))
        assert subject.endswith(f"{mark} {WORDS}"), subject
        body = mails[to].get_payload(decode=True).decode()
        assert f"{mark} {WORDS}" in body
    assert (payload["title"], payload["untitled_text"]) == ("", WORDS)
