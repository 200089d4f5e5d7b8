"""Datelines opening the first paragraph, on four French Wikinews pages (CC BY 2.5, see
tests/fixtures/wikinews-fr/ATTRIBUTION.md): the day comes from the dateline, never from a
date in the headline ("sera canonisée le 21 octobre 2012") or a relative word in it
("Lancement prévu aujourd'hui")."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.extract.html import extract_dates, extract_html

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "wikinews-fr"
RECORDS = [json.loads(line) for line in (FIXTURES / "dates.jsonl").read_text("utf-8").splitlines()]
FETCHED = datetime(2026, 11, 30, 6, 45, tzinfo=UTC)


#: Fixed faults stay listed here as plain cases: 45498 ("au même titre que François
#: d'Assise" voted for Le François, Martinique, and tied with Québec; a given name before
#: "d'"/"de" + a name is a person's: r-kinds53).
_OPEN: dict[str, str] = {}


@pytest.mark.parametrize("record", [
    pytest.param(r, marks=pytest.mark.xfail(reason=_OPEN[r["id"]], strict=True))
    if r["id"] in _OPEN else r for r in RECORDS], ids=[r["id"] for r in RECORDS])
def test_the_dateline_gives_the_day(record: dict[str, str]) -> None:
    html = (FIXTURES / f"{record['id']}.html").read_text("utf-8")
    content = extract_html(html, url=record["url"], fetched_at=FETCHED)
    assert content.published is not None
    assert content.published.date().isoformat() == record["date"]
    assert content.title == record["title"]
    assert "dateline" in content.evidence["published"]
    assert extract_dates(html, url=record["url"], fetched_at=FETCHED).published == (
        content.published)
