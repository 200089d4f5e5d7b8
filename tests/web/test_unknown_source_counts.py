"""A collapsed search hit counts the other sources of its matches without the articles that
have none (t-final24 F7): the AFP hit said "+4 autres articles de cette histoire
correspondent (3 autres sources) · Histoire : 3 sources en tout", counting two articles of
no known source as one more source, against the story's own count, which leaves them out
(R10). Real store, real index, through the CLI (the search service every adapter uses)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dispatch_kit import body_paragraphs, capture
from veille.cli.main import main


def test_articles_without_a_source_are_no_other_source(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    paras = body_paragraphs()
    bodies = [paras, paras[:-1], [*paras, "Le texte sera examiné en commission la semaine "
                                            "prochaine, selon le président du groupe."], paras]
    for n, source in enumerate(["agence.example", None, None, "journal.example"]):
        path = tmp_path / f"r{n}.txt"
        path.write_bytes(capture(f"Coalition {n}", bodies[n], top=[f"Site {n}"], bottom=[]))
        main(["--data-dir", data, "ingest", *(["--source", source] if source else []),
              str(path)])
    capsys.readouterr()
    main(["--data-dir", data, "search", "--collapse", "--json", "coalition"])
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["others"] == 3
    assert hit["story_sources"] == 2
    assert hit["other_sources"] == 1  # was 2: the articles of no source counted as one
