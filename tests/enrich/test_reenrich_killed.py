"""A ``veille reenrich`` killed half-way is finished by the next catch-up, and meanwhile the
lag says so (newuser9 R10: a killed run left part of the store with the old entities while
``enrich`` said "pending: 0" and ``stats`` "enrich_lag: 0"). Real processes, real store."""

from __future__ import annotations

import json
import re
from pathlib import Path

from capture_kit import err, out, run_veille

TEXT = ("Le maire a inauguré samedi la médiathèque de la cité Kervalon, en présence des "
        "habitants du quartier et des élus de la métropole, après deux ans de travaux.")


def _three_articles(path: Path, host: str) -> Path:
    """Three French records of :data:`TEXT` at ``https://{host}/0..2``, as JSON Lines."""
    path.write_text("".join(json.dumps({"url": f"https://{host}/{i}", "language": "fr",
                                        "title": f"Kervalon : la médiathèque ouvre ({i})",
                                        "text": TEXT}, ensure_ascii=False) + "\n"
                            for i in range(3)), "utf-8")
    return path


def _entity_ids(data: Path) -> set[str]:
    exported = run_veille(["export"], data_dir=data)
    return {e["id"] for line in out(exported).splitlines()
            for e in json.loads(line)["enrichment"]["entities"]}


def test_a_killed_reenrich_is_finished_by_the_next_enrich(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = _three_articles(tmp_path / "in.jsonl", "a.example")
    assert run_veille(["ingest", str(path)], data_dir=data).returncode == 0
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    added = run_veille(["aliases", "add", "Kervalon", "loc:kervalon", "--label", "LOC",
                        "--name", "Kervalon (quartier)"], data_dir=data)
    assert added.returncode == 0, err(added)
    killed = run_veille(["reenrich"], data_dir=data,
                        env={"VEILLE_TEST_CRASH_AT": "reenrich-batch"})
    assert killed.returncode == 137, err(killed)
    stats = out(run_veille(["stats"], data_dir=data))
    lag = re.search(r"enrich_lag: (\d+)", stats)
    assert lag and int(lag.group(1)) == 3, stats  # every article: the rebuild is unfinished
    resumed = run_veille(["enrich"], data_dir=data)
    assert resumed.returncode == 0, err(resumed)
    assert "loc:kervalon" in _entity_ids(data)
    assert re.search(r"enrich_lag: 0\b", out(run_veille(["stats"], data_dir=data)))


def test_a_reenrich_under_way_is_left_to_its_process(tmp_path: Path) -> None:
    """newuser15c D3: while `veille reenrich` ran, `veille watch`'s catch-up said "a
    re-enrichment of every article was interrupted" and enriched them all again beside it
    (each article 2-3 times). A run under way holds the data directory's lock: a catch-up
    then leaves the articles to it, and a second reenrich is refused with what to do; once
    the run is gone (killed: its lock dies with it), the next catch-up finishes its work."""
    import pytest

    import veille
    from veille.errors import StoreError
    from veille.service import REENRICH_LOCK

    data = tmp_path / "data"
    path = _three_articles(tmp_path / "in.jsonl", "b.example")
    with veille.open(data) as running, veille.open(data) as watcher:
        running.ingest(path)
        running.enrich()
        with running._alone(REENRICH_LOCK) as alone:  # the run under way, mid-way
            assert alone
            running.store.mark_rebuild("enrichment")
            assert watcher.enrich().enriched == 0
            assert watcher.store.rebuild_pending("enrichment")
            with pytest.raises(StoreError, match="already running"):
                watcher.reenrich()
        # the run is gone without finishing: the next catch-up does its work
        assert watcher.enrich().enriched == 3
        assert not watcher.store.rebuild_pending("enrichment")
