"""The PostgreSQL store's version chain says when veille read each content, as SQLite's does
(t-final29 F9): a page saved twice to files written days before the ingest, ingested one
file per command into a store_url data directory; `veille duplicates` and `veille show`
give one first-seen time, and no version is seen before it. Real PostgreSQL cluster, the
installed command."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from capture_kit import err, out, run_veille
from seen_kit import TITLES, aware, pause, saved_files


def test_versions_are_seen_when_veille_read_them(tmp_path: Path, pg_url: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "veille.toml").write_text(f'store_url = "{pg_url}"\nindex_url = "{pg_url}"\n',
                                      "utf-8")
    started = datetime.now(UTC).replace(microsecond=0)
    for n, path in enumerate(saved_files(tmp_path / "files")):
        if n:
            pause()
        done = run_veille(["ingest", str(path)], data_dir=data)
        assert done.returncode == 0, err(done)
    [line] = out(run_veille(["latest", "--json"], data_dir=data)).splitlines()
    article_id = str(json.loads(line)["id"])
    first = aware(json.loads(out(run_veille(["show", article_id, "--json"],
                                            data_dir=data)))["first_seen"])
    assert first >= started
    found = json.loads(out(run_veille(["duplicates", article_id, "--json"], data_dir=data)))
    assert [(v["title"], aware(v["seen_at"])) for v in found["versions"]] == [
        (TITLES[0], first)]
    assert aware(found["revised_at"]) > first
