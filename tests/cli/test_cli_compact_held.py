"""``veille compact`` says why changes stay in a sentence a user can act on (t-final25
S15: "kept from there for keep_age", an internal name): the setting's real name, its
value and what to change; or the follower that holds the log and how to drop it."""

from __future__ import annotations

from pathlib import Path

from capture_kit import err, make_capture, out, run_veille
from veille.cli.compact import held_sentence
from veille.store.changelog import Compaction


def test_young_changes_name_the_setting_to_lower(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
        assert run_veille(["ingest", str(tmp_path / f"{i}.txt")], data_dir=data
                          ).returncode == 0
    result = run_veille(["compact"], data_dir=data)
    assert result.returncode == 0, err(result)
    text = out(result)
    assert "keep_age" not in text and "kept from there" not in text, text
    assert "younger than changelog_keep_hours (24 h)" in text, text
    assert "VEILLE_CHANGELOG_KEEP_HOURS" in text, text


def test_a_follower_that_holds_the_log_is_named_with_the_way_out() -> None:
    line = held_sentence(Compaction(compacted_seq=41, held_by="alerts"), 24)
    assert line.startswith("the changes after 41 stay: follower 'alerts' has not applied")
    assert "`veille compact --forget 'alerts'`" in line
    newest = held_sentence(Compaction(compacted_seq=9, held_by="the newest change"), 24)
    assert "the newest change is always kept" in newest
