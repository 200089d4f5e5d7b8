"""Regression (newuser13a C9): a text capture's standfirst is only the record's ``lead``
(docs/record.md: not repeated in the paragraphs), and the article page rendered the
paragraphs only, so the summary a reader reads first was missing from the page, in French
and in English. It is now shown above the body, once; a lead the body repeats is not shown
twice. Real store, real server."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_kit import serve

import veille

CAPTURE = """Accueil
Faits divers

Un automobiliste arrêté après une course-poursuite de vingt kilomètres dans le Gers

Le conducteur, âgé de 31 ans, circulait sans permis et a tenté d'échapper aux gendarmes \
entre Auch et Fleurance dans la nuit de samedi à dimanche.

Par Martine Lafargue
Publié le 29/11/2026 à 10h15

Les gendarmes de la brigade d'Auch ont repéré la voiture vers 2 heures du matin, alors \
qu'elle roulait à vive allure sur la route nationale 21 en direction du nord du département.

Le conducteur a refusé de s'arrêter et a accéléré, avant de perdre le contrôle de son \
véhicule dans un virage à l'entrée de Fleurance, où il a été interpellé sans résistance.

Il sera jugé en comparution immédiate la semaine prochaine au tribunal correctionnel d'Auch.
"""


def test_a_capture_standfirst_is_shown_once_above_the_body(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        (article_id,) = v.ingest_bytes([("gers.txt", CAPTURE.encode())]).new_ids
        record = v.get(article_id)
    assert record.content is not None
    lead = record.content.lead
    assert lead.startswith("Le conducteur, âgé de 31 ans")
    assert all("âgé de 31 ans" not in p for p in record.content.paragraphs)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for lang in ("fr", "en"):
            page = http.get(f"/articles/{article_id}", params={"lang": lang}).text
            assert page.count("âgé de 31 ans") == 1 and 'class="standfirst"' in page
        answer = http.get(f"/api/v1/articles/{article_id}").json()
        assert answer["standfirst"] == lead


def test_a_lead_the_body_repeats_is_not_shown_twice(tmp_path: Path) -> None:
    data = tmp_path / "data"
    plain = CAPTURE.replace("Le conducteur, âgé de 31 ans, circulait sans permis et a tenté "
                            "d'échapper aux gendarmes entre Auch et Fleurance dans la nuit "
                            "de samedi à dimanche.\n\n", "")
    with veille.open(data) as v:
        (article_id,) = v.ingest_bytes([("gers.txt", plain.encode())]).new_ids
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get(f"/articles/{article_id}").text
        assert 'class="standfirst"' not in page
        assert page.count("Les gendarmes de la brigade") == 1
        assert http.get(f"/api/v1/articles/{article_id}").json()["standfirst"] == ""
