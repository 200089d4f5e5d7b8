"""A JSON record without a date field whose text opens with a dateline is dated by it, as
an HTML page or a capture is (the demo's Wikinews record "Les OGM pourraient augmenter le
risque de cancer", whose second paragraph opens "21 septembre 2012, France. - ...", was
"date unknown, first seen" today, and its story listed first)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from veille.extract.records import record_to_content
from veille.record import DAY

READ = datetime(2026, 12, 1, 22, 0, tzinfo=UTC)


def record(text: str, **fields: object) -> dict[str, object]:
    return {"title": "Québec : les cégeps en grève", "text": text, **fields}


def test_a_dateline_in_the_first_paragraphs_dates_the_record() -> None:
    text = ("Les enseignants réclament une hausse des salaires.\n\n"
            "14 mars 2013, Canada. - Les enseignants des cégeps du Québec ont voté mardi "
            "une grève de trois jours.\n\nLe gouvernement a proposé une rencontre.")
    content = record_to_content(record(text), fetched_at=READ)
    assert content.published is not None
    assert content.published.date() == date(2013, 3, 14)
    assert content.published_precision == DAY
    assert "dateline" in content.evidence["published"]


def test_a_date_field_wins_and_a_yearless_or_late_dateline_is_not_used() -> None:
    text = "14 mars 2013, Canada. - Les enseignants des cégeps ont voté une grève."
    given = record_to_content(record(text, published="2013-03-15T08:00:00-04:00"),
                              fetched_at=READ)
    assert given.published is not None and given.published.day == 15
    yearless = record_to_content(record("MONTRÉAL, 14 mars (PC) - Les enseignants des "
                                        "cégeps ont voté une grève."), fetched_at=READ)
    assert yearless.published is None  # an archive read today: no year, no guess
    late = record_to_content(record("14 mars 2031, Canada. - Les enseignants des cégeps "
                                    "ont voté une grève."), fetched_at=READ)
    assert late.published is None
    prose = record_to_content(record("Les enseignants ont voté une grève de trois jours, "
                                     "du 14 mars 2013 au 17 mars 2013."), fetched_at=READ)
    assert prose.published is None
