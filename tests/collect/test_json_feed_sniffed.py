"""t-final36 A3 and A9: a JSON Feed is known by its content, and an item without a link is
its feed's site's.

A3: a JSON Feed piped to standard input, or saved without ".json", was read as JSON Lines
(one "broken JSON line" a line; on one line, "no article text found"). A9: an item without
``url`` had no source although the feed names its site (``home_page_url``)."""
from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille

FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Gazzetta del Garda",
    "home_page_url": "https://www.gazzettagarda.example/",
    "feed_url": "https://www.gazzettagarda.example/feed.json",
    "language": "it",
    "items": [
        {"id": "gg-1", "url": "https://www.gazzettagarda.example/cronaca/traghetti-sospesi",
         "title": "Traghetti sospesi sul lago per il vento",
         "content_html": "<p>I traghetti tra Limone e Malcesine sono stati sospesi martedì "
                         "mattina per le raffiche di vento, ha comunicato la navigazione.</p>"
                         "<p>Il servizio dovrebbe riprendere nel pomeriggio se il vento cala.</p>",
         "date_published": "2026-12-01T09:30:00+01:00"},
        {"id": "gg-2",
         "title": "Breve: chiusa la strada del Ponale per frana",
         "content_html": "<p>La strada del Ponale è stata chiusa mercoledì dopo una piccola "
                         "frana caduta nella notte, ha detto il sindaco di Riva.</p>"
                         "<p>I tecnici valuteranno la riapertura nei prossimi giorni.</p>",
         "date_published": "2026-12-02T07:15:00+01:00"},
    ],
}


def _latest(data: Path) -> list[dict[str, object]]:
    done = run_veille(["latest", "--json"], data_dir=data)
    return [json.loads(line) for line in out(done).splitlines() if line.strip()]


def test_a_json_feed_on_standard_input_is_a_feed(tmp_path: Path) -> None:
    for name, text in (("pretty", json.dumps(FEED, indent=2)), ("one-line", json.dumps(FEED))):
        data = tmp_path / name
        done = run_veille(["ingest", "-"], data_dir=data, input=text.encode())
        assert done.returncode == 0, err(done)
        assert "new 2" in out(done) + err(done) and "broken JSON line" not in err(done)
        rows = _latest(data)
        assert {row["source"] for row in rows} == {"gazzettagarda.example"}


def test_a_json_feed_saved_without_its_suffix_is_a_feed(tmp_path: Path) -> None:
    saved = tmp_path / "feed-saved"
    saved.write_text(json.dumps(FEED, indent=2), "utf-8")
    done = run_veille(["ingest", str(saved)], data_dir=tmp_path / "data")
    assert done.returncode == 0, err(done)
    rows = _latest(tmp_path / "data")
    assert len(rows) == 2
    # the item without url is credited to the feed's site, as its sibling is (A9)
    assert {row["source"] for row in rows} == {"gazzettagarda.example"}


def test_json_lines_stay_json_lines(tmp_path: Path) -> None:
    records = tmp_path / "records"
    lines = [{"title": f"Titre {n}", "text": "Le conseil municipal a voté mardi soir le "
              "budget de la commune pour l'an prochain, après un long débat. " * 2,
              "url": f"https://exemple.example/a{n}"} for n in range(2)]
    records.write_text("\n".join(json.dumps(line) for line in lines) + "\n", "utf-8")
    done = run_veille(["ingest", str(records)], data_dir=tmp_path / "data")
    assert done.returncode == 0, err(done)
    assert len(_latest(tmp_path / "data")) == 2
