"""Regression (newuser14a E9): a quote repeated inside one article (its headline and its
lead say the same words) was listed by ``veille quotes`` as "+1 reprint" of itself, the
article's own id in ``reprints``. It is now listed once, with no reprint. Real store,
spaCy's real French model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from dispatch_kit import outlet_record
from veille.cli.main import main

WORDS = "Nous ne reculerons pas"
TEXT = (
    f"« {WORDS} », prévient la présidente de région face à la grève des cheminots.\n\n"
    f"« {WORDS} », a répété mardi Carole Vasseur, présidente de la région, devant les "
    "élus réunis en séance plénière à Rennes. Les syndicats de cheminots ont appelé à "
    "une nouvelle journée de grève jeudi, la troisième depuis la rentrée, contre la "
    "fermeture de quatre lignes régionales jugées trop peu fréquentées par l'exécutif.")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    line = outlet_record("rennes.example", 2, TEXT, "Grève : la région ne reculera pas")
    with veille.open(data) as v:
        v.ingest_bytes([("one.jsonl", (line + "\n").encode())])
        v.enrich()
    return data


def test_a_quote_repeated_in_one_article_is_no_reprint_of_itself(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with veille.open(data) as v:
        rows = [q for q in v.store.quotes() if q.text == WORDS]
    assert len(rows) == 1 and rows[0].reprints == ()
    assert main(["--data-dir", str(data), "quotes", "--json"]) == 0
    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [q["reprints"] for q in shown if q["text"] == WORDS] == [[]]
    assert main(["--data-dir", str(data), "quotes"]) == 0
    assert "reprint" not in capsys.readouterr().out
