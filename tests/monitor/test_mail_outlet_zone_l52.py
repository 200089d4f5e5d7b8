# ruff: noqa: E501  (the capture holds paragraphs on one line, as pages do)
"""t-final52 B8: an alert e-mail said "heure de Paris, UTC+1" for a French capture whose
zone veille assumed from its outlet's home ("assumed from the outlet's home …"), while
`veille show`, `latest` and the web page said the zone was assumed: the mail matched only
the bare "assumed (Zone)" form. Real SMTP receiver on 127.0.0.1, real store."""

from __future__ import annotations

from pathlib import Path

import veille
from alert_kit import smtp_server
from veille.store.base import SavedSearch

CAPTURE = """Le Figaro
Rechercher

Séisme de magnitude 6,1 au large de la Crète, pas de victime signalée

Publié le 5 décembre 2026 à 14h30

Un séisme de magnitude 6,1 s'est produit samedi au large de la Crète, sans faire de victime, a indiqué l'Institut de géodynamique d'Athènes.

La secousse a été ressentie jusqu'à Héraklion, où des habitants sont sortis dans les rues par précaution, selon les médias locaux.
"""


def test_an_outlet_home_zone_is_said_assumed_in_the_mail(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
                        smtp_starttls=False) as v:
        v.save_search(SavedSearch(name="Séismes", query="séisme", email="a@example.org",
                                  lang="fr", collapse=False))
        v.ingest_bytes([("seisme.txt", CAPTURE.encode())], source="lefigaro.fr")
        assert v.deliver_alerts().sent == 1
    [message] = box.messages
    body = message.get_payload(decode=True).decode()  # type: ignore[attr-defined]
    assert "14:30" in body, body
    assert "fuseau supposé" in body, body
    assert "heure de Paris" not in body, body
