"""Regression (t-final36 B3): ``veille stories`` (the list) printed each "first published
by" in French time with no mark, and said so only on stderr, after the list: a reader of
stdout took a Buenos Aires 18:30 (UTC-3) for a local 22:30. Then each time in the list
carried French time's offset ("22:30 UTC+1"); since r-zones50 (t-final49b B2) each time is
on its article's own clock, with that clock's offset, on the line itself ("18:30 UTC-3").
A real store, the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille

TEXT = ("Les contrôleurs aériens de l'aéroport d'Ezeiza ont cessé le travail jeudi soir, "
        "bloquant une trentaine de vols au départ de Buenos Aires. Le syndicat réclame une "
        "hausse des salaires de 40 % face à l'inflation, a indiqué son secrétaire général.")


def test_the_story_list_says_the_zone_of_its_times(tmp_path: Path) -> None:
    feed = tmp_path / "wire.jsonl"
    feed.write_text(json.dumps({
        "title": "Grève des contrôleurs aériens à Buenos Aires", "text": TEXT,
        "published": "2026-12-03T18:30:00-03:00", "source": "wire.example",
        "url": "https://wire.example/ezeiza", "language": "fr"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    data = tmp_path / "data"
    done = run_veille(["ingest", str(feed)], data_dir=data)
    assert done.returncode == 0, err(done)
    listed = run_veille(["stories"], data_dir=data, env={"LANG": "en_US.UTF-8"})
    assert "first published by wire.example, 2026-12-03 18:30 UTC-3" in out(listed)
    summer = tmp_path / "summer.jsonl"
    summer.write_text(feed.read_text(encoding="utf-8").replace("2026-12-03", "2026-07-03")
                      .replace("ezeiza", "ezeiza-juillet"), encoding="utf-8")
    data2 = tmp_path / "data2"
    assert run_veille(["ingest", str(summer)], data_dir=data2).returncode == 0
    assert "2026-07-03 18:30 UTC-3" in out(run_veille(["stories"], data_dir=data2,
                                                       env={"LANG": "en_US.UTF-8"}))
