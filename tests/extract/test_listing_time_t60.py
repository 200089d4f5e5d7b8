"""A feed item whose page gives only a day ("GENÈVE, 12 février -", no year, no time)
took that day and dropped the listing's exact instant (t-final60 #10: Atom ``published``
2026-02-12T12:00:00+01:00 became 2026-02-12, day precision, year inferred, zone assumed
from "Genève"). The listing's time is taken when it gives the same day; a listing giving
another day leaves the page's own. Pages written for this test, through the real extract
stage with the hints a poll gives."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.stage import HTML, ExtractStage
from veille.record import DAY, TIME, Article, Content, RawInput

PAGE = ("<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Brévannes</title>"
        "</head><body><article><h1>Le port de Brévannes rouvre après la tempête</h1>"
        "<p>BRÉVANNES, 12 février - Le port de Brévannes a rouvert jeudi aux pêcheurs après "
        "trois jours de fermeture, a annoncé la capitainerie, qui a inspecté les digues.</p>"
        "<p>Les dégâts sont estimés à deux millions d'euros par la région.</p>"
        "</article></body></html>").encode()


def _extract(published: str) -> Content:
    raw = RawInput(data=PAGE, origin="http://example.org/port.html", media_type=HTML,
                   url="http://example.org/port.html",
                   fetched_at=datetime(2026, 2, 13, 9, 0, tzinfo=UTC),
                   hints={"published": published, "published_from": "feed's <published>"})
    article = ExtractStage()(Article(raw=raw))
    assert article.content is not None and article.content.published is not None
    return article.content


def test_the_listing_gives_the_time_of_the_pages_day() -> None:
    content = _extract("2026-02-12T12:00:00+01:00")
    assert content.published is not None
    assert content.published.isoformat() == "2026-02-12T12:00:00+01:00"
    assert content.published_precision == TIME
    assert "the page gives only that day" in content.evidence["published"]


@pytest.mark.parametrize("published", ["2026-02-10T12:00:00+01:00", "2026-02-12"])
def test_another_day_or_a_day_only_listing_leaves_the_pages_own(published: str) -> None:
    content = _extract(published)
    assert content.published is not None and content.published.date().isoformat() \
        == "2026-02-12" and content.published_precision == DAY
