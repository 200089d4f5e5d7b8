"""A JSON Lines record's date that veille does not use is said at ingest (t-final25 S16):
``"date": "2026-02-30T10:00:00+01:00"`` (no such day) and ``2099-01-01`` (after the time
it was read) made the article "date unknown" with the reason only in
``evidence.published``. Now the summary counts them and prints one note per record: which
record, which field and value, why, and what the article's date is now."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille
from veille.extract.records import DATES_UNUSED
from veille.extract.stage import RECORD, ExtractStage
from veille.record import Article, RawInput

TEXT = ("Le conseil départemental de la Gironde a voté jeudi une aide d'urgence de deux "
        "millions d'euros pour les viticulteurs touchés par la grêle, a annoncé son "
        "président.\n\n« Nos viticulteurs traversent une crise sans précédent », a-t-il "
        "déclaré à l'issue de la séance plénière.")


def _record(n: int, **dates: str) -> dict[str, str]:
    return {"url": f"https://www.sudouest.fr/gironde/aide-{n}", "source": "Sud Ouest",
            "title": f"Gironde : une aide d'urgence pour les viticulteurs {n}", "text": TEXT,
            **dates}


def _evidence(record: dict[str, str]) -> dict[str, str]:
    article = ExtractStage()(Article(raw=RawInput(data=json.dumps(record).encode(),
                                                  origin="r.jsonl#1", media_type=RECORD)))
    assert article.content is not None
    return article.content.evidence


def test_the_unused_field_is_named_with_its_value_and_why() -> None:
    impossible = _evidence(_record(1, date="2026-02-30T10:00:00+01:00"))
    assert "'date' '2026-02-30T10:00:00+01:00': no date veille reads" in impossible[DATES_UNUSED]
    future = _evidence(_record(2, datePublished="2099-01-01T00:00:00Z"))
    assert "'datePublished' '2099-01-01T00:00:00Z': after the time it was read" in (
        future[DATES_UNUSED])
    both = _evidence(_record(3, date="2099-01-01", modified="31/13/2026"))
    assert both[DATES_UNUSED].count("field ") == 2, both
    assert DATES_UNUSED not in _evidence(_record(4, date="2026-02-05T10:00:00+01:00"))


def test_ingest_prints_one_note_per_record_and_counts_them(tmp_path: Path) -> None:
    lines = [_record(1, date="2026-02-30T10:00:00+01:00"), _record(2, date="jeudi 5 février 2026"),
             _record(3, date="2099-01-01T00:00:00Z")]
    feed = tmp_path / "dates.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", "utf-8")
    result = run_veille(["ingest", str(feed)], data_dir=tmp_path / "data")
    assert result.returncode == 0, err(result)
    notes = [line for line in err(result).splitlines() if line.startswith("  note: ")]
    assert len(notes) == 2, err(result)
    assert notes[0].startswith(f"  note: {feed}#1: date not used: field 'date' "
                               "'2026-02-30T10:00:00+01:00'"), notes
    assert notes[1].startswith(f"  note: {feed}#3: "), notes
    assert all("stored as date unknown" in note for note in notes), notes
    assert "2 articles with a date not used" in err(result)
    again = run_veille(["ingest", "--json", str(feed)], data_dir=tmp_path / "other")
    summary = json.loads(out(again))
    assert summary["dates_unused"] == 2 and len(summary["notes"]) == 2, summary
