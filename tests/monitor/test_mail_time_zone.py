"""An e-mail alert gives the publication time with its zone, in both languages, French
times included: an e-mail is read away from the web page, by readers of any zone
(newuser13b M11: "Published: Dec 1, 2026 12:30 AM" for 00:30+01:00, read as the reader's
own time, a day off). Real SMTP receiver on 127.0.0.1, real store."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import smtp_server
from capture_kit import json_record
from veille.store.base import SavedSearch


def body_of(message: object) -> str:
    return message.get_payload(decode=True).decode()  # type: ignore[attr-defined]


def test_the_mail_says_the_zone_of_the_time(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
                        smtp_starttls=False) as v:
        v.save_search(SavedSearch(name="EN", query="marchés", email="a@example.org",
                                  lang="en", collapse=False))
        v.save_search(SavedSearch(name="FR", query="marchés", email="b@example.org",
                                  lang="fr", collapse=False))
        paris = json_record(1, title="Les marchés de Marseille",
                            published="2026-12-01T00:30:00+01:00")
        dubai = json_record(2, title="Les marchés de Dubaï",
                            published="2026-11-26T06:05:00+04:00")
        v.ingest_bytes([("a.jsonl", (json.dumps(paris) + "\n" + json.dumps(dubai)).encode())])
        assert v.deliver_alerts().sent == 4
    bodies = {(m["To"], "Dubaï" in body_of(m)): body_of(m) for m in box.messages}
    assert "Published: Dec 1, 2026 12:30\u202fAM (Paris time, UTC+1)" in \
        bodies["a@example.org", False].replace(" AM", "\u202fAM")
    assert "Publié : 1er déc. 2026 00:30 (heure de Paris, UTC+1)" in \
        bodies["b@example.org", False]
    # a time in another offset keeps that offset, said once
    assert "06:05 (UTC+4)" in bodies["b@example.org", True]
    assert "heure de Paris" not in bodies["b@example.org", True]
