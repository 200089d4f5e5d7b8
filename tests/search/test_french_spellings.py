"""A query word finds the other French spellings of itself that the index analysis keeps
apart (newuser12b D8, D16): plurals in -x and irregular plurals (``feux``/``feu``,
``travaux``/``travail``), times of day (``2 h 30``/``2h30``), transliterations with both
spellings in the dictionaries (``djihadiste``/``jihadiste``), and ordinals (``3ème``/``3e``/
``IIIe``). Own texts; a real tantivy index and a real PostgreSQL one, through the search
service; the user's case through the CLI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import main
from veille.index.base import IndexDoc
from veille.index.variants import ordinal_spellings, phrase_spellings, word_spellings
from veille.search.service import search
from veille.search.types import SearchRequest

from .conftest import both_backends

T0 = datetime(2026, 10, 4, 9, tzinfo=UTC)
TEXTS = {
    "feu": "Un feu de broussailles a parcouru dix hectares près de la route.",
    "feux": "Les feux de broussailles se multiplient avec la sécheresse de l'automne.",
    "travail": "Le travail de nuit reprend au port de commerce.",
    "travaux": "Les travaux du tramway reprennent lundi sur le boulevard.",
    "joined": "Le convoi est parti à 2h30 du matin sous escorte.",
    "spaced": "La séance a été levée à 3 h 15 après un long débat.",
    "dj": "Un groupe djihadiste a revendiqué l'attaque du poste frontière.",
    "j": "Les jihadistes ont reculé vers le désert selon l'armée.",
    "ordinal": "Le marché du 5e arrondissement ferme ses portes pour travaux.",
    "ordinal_eme": "Un immeuble du 12ème arrondissement a été évacué dimanche.",
    "roman": "Une église du XIXe siècle a été restaurée par la commune.",
}
EXPECTED = {
    "feux": {"feu", "feux"},
    "feu": {"feu", "feux"},
    '"feux de broussailles"': {"feu", "feux"},
    '"feu de broussailles"': {"feu", "feux"},
    "travaux": {"travail", "travaux", "ordinal"},
    "travail": {"travail", "travaux", "ordinal"},
    "2 h 30": {"joined"},
    "3h15": {"spaced"},
    '"levée à 3h15"': {"spaced"},
    "djihadiste": {"dj", "j"},
    "jihadistes": {"dj", "j"},
    "5ème arrondissement": {"ordinal"},
    "5eme": {"ordinal"},
    "12e arrondissement": {"ordinal_eme"},
    "19e siècle": {"roman"},
    "XIXème": {"roman"},
}


def docs() -> list[IndexDoc]:
    return [IndexDoc(id=key, title="Brève", body=body, source="ex.fr", language="fr",
                     date=T0) for key, body in TEXTS.items()]


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "french_spellings", docs())


def found(index: Any, query: str) -> set[str]:
    return {hit.id for hit in search(SearchRequest(query, per_page=50), index=index).hits}


@pytest.mark.parametrize("query", list(EXPECTED))
def test_each_spelling_finds_the_others(index: Any, query: str) -> None:
    assert found(index, query) == EXPECTED[query], query


def test_the_other_spelling_is_marked(index: Any) -> None:
    snippets = {hit.id: " ".join(hit.snippets)
                for hit in search(SearchRequest("feux"), index=index).hits}
    assert "<mark>feu</mark>" in snippets["feu"]
    assert "<mark>feux</mark>" in snippets["feux"]


@pytest.mark.parametrize("word", ["vie", "peu", "eux", "deux", "paris", "maison", "bateaux",
                                  "xxie", "03e", "2nd", "Le", "Ce", "VIe"])
def test_words_with_no_other_spelling_are_left_alone(word: str) -> None:
    assert word_spellings(word) == []


@given(st.integers(min_value=2, max_value=9999),
       st.sampled_from(["e", "è", "ème", "eme"]))
def test_every_ordinal_spelling_reads_the_same_number(value: int, suffix: str) -> None:
    others = ordinal_spellings(f"{value}{suffix}")
    assert f"{value}e" in others or suffix == "e"
    assert all(o.startswith(str(value)) or not o[0].isdigit() for o in others)
    assert len(phrase_spellings(f"le {value}{suffix} 2 h 30")) <= 8


def test_the_users_case_through_the_cli(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """newuser12b D8/D16: ``feux``, ``"feux de broussailles"``, ``3ème arrondissement``
    and ``2 h 30`` found nothing in texts saying "feu", "3e", "2h30"."""
    path = tmp_path / "brief.jsonl"
    path.write_text(json.dumps({
        "title": "Incendie dans le 7e arrondissement",
        "text": "Le feu de broussailles s'est déclaré vers 2h30 dans le 7e arrondissement, "
                "ont indiqué les pompiers.",
        "url": "https://jour.example/feu", "published": "2026-10-04T08:30:00Z",
        "language": "fr"}, ensure_ascii=False) + "\n")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    for query in ("feux", '"feux de broussailles"', "7ème arrondissement", "2 h 30"):
        capsys.readouterr()
        assert main(["--data-dir", str(data), "search", "--json", "--", query]) == 0
        assert json.loads(capsys.readouterr().out)["total"] == 1, query
