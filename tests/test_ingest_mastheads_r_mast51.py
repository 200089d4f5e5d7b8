"""Ingest of captures with a national outlet's masthead, a Russian capture and an
abc.net.au story on Brisbane (r-mast51, issues 14 and 16): through ``ingest_paths`` on a
real SQLite store, the source stored and the instant read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.extract.test_masthead_zones_r_mast51 import GUADELOUPE, MOSCOW, _story

from veille.ingest import ingest_paths
from veille.record import Article
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def _ingested(store: SQLiteStore, settings: Settings, tmp_path: Path, text: str,
              source: str = "") -> Article:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "capture.txt").write_text(text, "utf-8")
    ingest_paths(store, [folder], settings=settings, source=source)
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article


def test_a_masthead_names_the_source_and_its_clock(store: SQLiteStore, settings: Settings,
                                                   tmp_path: Path) -> None:
    article = _ingested(store, settings, tmp_path, f"Le Monde\n\n{GUADELOUPE}")
    assert article.source == "Le Monde"
    assert article.content is not None
    assert article.content.published == datetime(2026, 7, 14, 10, 30,
                                                  tzinfo=timezone(timedelta(hours=2)))


def test_a_teaser_is_no_masthead(store: SQLiteStore, settings: Settings,
                                 tmp_path: Path) -> None:
    article = _ingested(store, settings, tmp_path, f"Lire aussi Le Monde\n\n{GUADELOUPE}")
    assert article.source == ""
    assert article.content is not None
    assert article.content.published == datetime(2026, 7, 14, 10, 30,
                                                  tzinfo=timezone(timedelta(hours=-4)))


def test_a_russian_capture(store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    article = _ingested(store, settings, tmp_path, f"Коммерсантъ\n\n{MOSCOW}")
    assert article.source == "Коммерсантъ"
    assert article.content is not None
    assert article.content.authors == ["Иван Петров"]
    assert article.content.published == datetime(2026, 7, 14, 10, 30,
                                                  tzinfo=timezone(timedelta(hours=3)))


def test_abc_on_brisbane_is_on_queensland_clock(store: SQLiteStore, settings: Settings,
                                                tmp_path: Path) -> None:
    article = _ingested(store, settings, tmp_path, _story("Brisbane|Ipswich|Queensland"),
                        source="abc.net.au")
    assert article.content is not None
    assert article.content.published == datetime(2026, 1, 14, 10, 30,
                                                  tzinfo=timezone(timedelta(hours=10)))
    assert "within the country" in article.content.evidence["timezone"]
