"""Text captures give exactly their expected articles: the seed, and the fixture set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.extract.text_capture import extract_text_capture

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CAPTURES = sorted((FIXTURES / "captures").glob("*.txt"))

SEED_TITLE = ("Washington va réunir la coalition antijihadistes après l'annonce du retrait "
              "de Syrie")


def test_seed_gives_exactly_the_article() -> None:
    text = (FIXTURES / "seed" / "000_b76170f1117bfb89.txt").read_text("utf-8")
    result = extract_text_capture(text)
    assert result.title == SEED_TITLE
    assert len(result.paragraphs) == 6
    assert result.paragraphs[0].startswith("Les Etats-Unis vont accueillir le 6 février")
    assert result.paragraphs[1].startswith("Les 79 membres (75 pays")
    assert result.paragraphs[-1].startswith('"Les Etats-Unis sont déterminés')
    assert not any("Rechercher" in p or "Dernières Infos" in p for p in result.paragraphs)
    assert not any(p.endswith("...") for p in result.paragraphs)
    assert result.language == "fr"


def test_fixture_set_is_large_and_varied() -> None:
    expected = [json.loads(p.with_suffix(".expected.json").read_text("utf-8")) for p in CAPTURES]
    assert len(expected) >= 20
    assert {e["language"] for e in expected} >= {"fr", "en"}
    assert {e["shape"] for e in expected} >= {"lines", "flat", "script"}


@pytest.mark.parametrize("path", CAPTURES, ids=[p.stem for p in CAPTURES])
def test_capture_gives_expected_article(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    result = extract_text_capture(path.read_text("utf-8"))
    assert result.title == expected["title"]
    assert result.paragraphs == expected["paragraphs"]
    assert result.language == expected["language"]
