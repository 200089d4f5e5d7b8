"""`search`, `reindex` and `check` on a data directory that holds no store (a mistyped
``--data-dir``) say so, as `latest` does, and create nothing there (newuser8 Q26: `search`
advised `veille reindex`, which created an empty store in the wrong place)."""

from __future__ import annotations

from pathlib import Path

import pytest

from capture_kit import err, run_veille


@pytest.mark.parametrize("command", [["search", "foo"], ["reindex"], ["check"],
                                     ["check", "--repair"], ["latest"]])
def test_a_data_dir_without_a_store_is_named_and_left_alone(tmp_path: Path,
                                                            command: list[str]) -> None:
    mistyped = tmp_path / "mistyped"
    done = run_veille(command, data_dir=mistyped)
    assert done.returncode == 2, err(done)
    assert err(done).startswith(f"error: no veille store in {mistyped}: nothing was ingested "
                                "there (check --data-dir (or VEILLE_DATA_DIR)"), err(done)
    assert "reindex" not in err(done)
    assert not mistyped.exists()
