# ruff: noqa: E501  (the capture holds paragraphs on one line, as pages do)
"""t-final36 B7: an alert e-mail said "heure de Paris" for a time whose zone veille assumed
(a Sevilla capture: Europe/Madrid assumed), and gave no link to the article's page on this
veille. Now the assumed zone is said as assumed, and the veille page is linked when
``public_url`` is set (besides the article's URL). Real SMTP receiver on 127.0.0.1, real
store."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import smtp_server
from capture_kit import json_record
from veille.store.base import SavedSearch

CAPTURE = """El Diario del Guadalquivir
Buscar  Suscríbete

Huelga de basuras en Sevilla: los contenedores se acumulan en Triana

Publicado el 04/12/2026 a las 13:45

La huelga de los trabajadores de la limpieza de Sevilla ha dejado este jueves cientos de contenedores llenos en las calles de Triana y del Casco Antiguo, según ha informado el comité de huelga.

El ayuntamiento ha pedido a los vecinos que no saquen la basura hasta nuevo aviso, mientras continúan las negociaciones con la empresa concesionaria.

Los sindicatos han convocado una concentración el lunes frente al ayuntamiento.
"""


def body_of(message: object) -> str:
    return message.get_payload(decode=True).decode()  # type: ignore[attr-defined]


def test_an_assumed_zone_is_said_assumed_and_the_page_linked(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
                        smtp_starttls=False, public_url="https://veille.example.org") as v:
        v.save_search(SavedSearch(name="Huelga", query="huelga", email="a@example.org",
                                  lang="fr", collapse=False))
        v.save_search(SavedSearch(name="Marchés", query="marchés", email="b@example.org",
                                  lang="fr", collapse=False))
        v.ingest_bytes([("sevilla.txt", CAPTURE.encode())], source="diarioguadalquivir.es")
        linked = json_record(1, title="Les marchés de Marseille",
                             published="2026-12-01T00:30:00+01:00")
        v.ingest_bytes([("a.jsonl", json.dumps(linked).encode())])
        assert v.deliver_alerts().sent == 2
    bodies = {m["To"]: body_of(m) for m in box.messages}
    sevilla = bodies["a@example.org"]
    assert "heure de Paris" not in sevilla, sevilla
    assert "fuseau supposé" in sevilla
    assert "https://veille.example.org/articles/" in sevilla
    marseille = bodies["b@example.org"]
    assert "https://exemple.fr/articles/1" in marseille
    assert "Sur veille : https://veille.example.org/articles/" in marseille
    assert "heure de Paris" in marseille  # a zone the record gave is no assumption
