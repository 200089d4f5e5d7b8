"""``veille entities --name`` matches whole words, aliases and a word's start first, a bare
substring only when nothing else matches, and says so (t-final35 B2: `--name NTA` listed
the Maine Department of Environmental Protection for "environmeNTAl"). Real SQLite store
and index, the real ``veille`` command."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import out, run_veille

RECORD = {"title": "Snow closes the pass", "source": "Example Sun",
          "url": "https://www.example.test/w36/pass", "language": "en",
          "published": "2026-11-29T18:00:00-07:00",
          "text": "The Department of Environmental Protection warned drivers on Sunday.\n\n"
                  "The National Transport Authority (NTA) cancelled the buses."}


def test_name_matches_words_first_and_a_substring_only_as_a_fallback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    assert run_veille(["ingest", str(src)], data_dir=data).returncode == 0
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    listed = out(run_veille(["entities", "--name", "NTA"], data_dir=data))
    assert "National Transport Authority" in listed
    assert "Environmental" not in listed
    assert "Department of Environmental Protection" in out(
        run_veille(["entities", "--name", "environ"], data_dir=data))
    inside = run_veille(["entities", "--name", "ironmental"], data_dir=data)
    assert "Department of Environmental Protection" in out(inside)
    assert "substring" in inside.stderr.decode()
