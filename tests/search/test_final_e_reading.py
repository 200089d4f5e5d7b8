"""A French word typed without accents finds every form of its accented word (t-final28 F3).

Snowball French strips ``-ie``/``-ye`` from ``salarie`` (→ ``salar``) but only ``-é`` from
``salarié`` (→ ``salari``): ``salarie``/``salaries`` found 1 article of 6 while
``salarié``/``salariée`` found 6. A query word in ``-e``/``-es`` typed without accents is
now searched as itself or its ``-é``/``-és`` reading (``final_e_reading``). Real store, real
index, the real CLI; the property runs over the ``-é`` words of the demo corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.index.analysis import (
    ENGLISH,
    FRENCH,
    WORD_RE,
    final_e_reading,
    fold,
    query_spelling,
    reading_terms,
    unaccented_terms,
)
from veille.index.base import IndexDoc
from veille.index.query import parse_query

from .conftest import both_backends

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t-final28"
DEMO = Path(__file__).resolve().parents[2] / "demo" / "wikinews-fr" / "articles.jsonl"
ANALYZER = FRENCH.build()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("final-e") / "store"
    for name in ("lefigaro-roussillon.html", "afp-roussillon-v1.json", "articles.jsonl"):
        assert main(["--data-dir", str(data), "ingest", str(FIXTURES / name)]) == 0
    return data


def found(capsys: pytest.CaptureFixture[str], data: Path, query: str) -> set[str]:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", "--json", "-n", "50", "--", query]) == 0
    return {hit["id"] for hit in json.loads(capsys.readouterr().out)["hits"]}


@pytest.mark.parametrize("query", ["salarie", "salaries", "SALARIES", "salariee", "salarié",
                                   '"salaries"', '"trois salaries"'])
def test_unaccented_salarie_finds_every_article(capsys: pytest.CaptureFixture[str],
                                                store: Path, query: str) -> None:
    """The tester's case: every article saying ``salariés`` (3 here) for each spelling."""
    expected = found(capsys, store, "salariés")
    assert len(expected) >= 2
    if query.startswith('"trois'):
        assert found(capsys, store, query) == found(capsys, store, '"trois salariés"')
    else:
        assert found(capsys, store, query) == expected, query


BODIES = {
    "m": "Trois salariés ont été blessés dans l'incendie de l'usine.",
    "f": "Une salariée de l'entreprise a témoigné, un employé aussi.",
    "s": "Le salarié licencié a saisi les prud'hommes.",
    "other": "Le salaire minimum augmente au 1er janvier.",
}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def both(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "final_e", [
        IndexDoc(id=key, title="Dépêche", body=text, source="ex.fr", language="fr",
                 date=datetime(2026, 2, 10, 9, tzinfo=UTC)) for key, text in BODIES.items()])


@pytest.mark.parametrize(("query", "expected"), [
    ("salarie", {"m", "f", "s"}), ("salaries", {"m", "f", "s"}), ("SALARIEE", {"m", "f", "s"}),
    ("employe", {"f"}), ("licencie", {"s"}), ('"salarie licencie"', {"s"}),
    ('"trois salaries"', {"m"})])
def test_both_backends(both: Any, query: str, expected: set[str]) -> None:
    assert {h.doc.id for h in both.search(parse_query(query).node, limit=10).hits} == expected


def test_reading_rules() -> None:
    assert final_e_reading("salarie", FRENCH) == "salarié"
    assert final_e_reading("Salaries", FRENCH) == "salariés"
    assert final_e_reading("recree", FRENCH) == "recréé"
    assert final_e_reading("salarié", FRENCH) is None  # typed with its accent: as typed
    assert final_e_reading("des", FRENCH) is None  # function word
    assert final_e_reading("securite", FRENCH) is None  # query_spelling reads it
    assert final_e_reading("salarie", ENGLISH) is None
    assert reading_terms("l'employe", FRENCH, ANALYZER) == {"emploi"}
    assert reading_terms("salaries licencies", FRENCH, ANALYZER) == frozenset()
    # a phrase's word matches the reading at its position too
    assert "salari" in unaccented_terms("salaries", FRENCH, ANALYZER)


def _accented_e_words() -> list[str]:
    words: set[str] = set()
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = f"{record.get('title', '')} {record.get('text', record.get('body', ''))}"
        words.update(w.lower() for w in (m.group() for m in WORD_RE.finditer(text))
                     if w.lower().endswith("é") and len(w) > 4)
    return sorted(words)


WORDS = _accented_e_words()


def query_terms(query: str) -> set[str]:
    """The terms a single query word is searched by (the tantivy compiler's ``_single``)."""
    return set(ANALYZER.analyze(query_spelling(query, FRENCH))[:1]) | reading_terms(
        query, FRENCH, ANALYZER)


def test_demo_has_words() -> None:
    assert len(WORDS) > 100


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS), st.sampled_from(["", "e", "s", "es"]),
       st.sampled_from(["as is", "folded", "capitals"]))
def test_every_spelling_of_every_form_finds_the_word(word: str, ending: str,
                                                     spelling: str) -> None:
    """Any form (masculine/feminine, singular/plural) of an ``-é`` word of the demo corpus,
    typed with or without accents, in capitals or not, is searched by a term the accented
    word is indexed by. ``-ité`` nouns have no feminine (``sécuritée`` is no word);
    ``-iter`` verbs whose participle reads as ``-ité`` are a documented limit."""
    if word.endswith("ité") and "e" in ending:
        return
    form = word + ending
    query = {"as is": form, "folded": fold(form), "capitals": fold(form).upper()}[spelling]
    assert query_terms(query) & set(ANALYZER.analyze(word)[:1]), (word, query)


def test_the_snippet_marks_the_accented_form(capsys: pytest.CaptureFixture[str],
                                             store: Path) -> None:
    """What ``salarie`` found is marked in the snippet, as for ``salarié``."""
    capsys.readouterr()
    assert main(["--data-dir", str(store), "search", "--json", "--", "salarie"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and all("<mark>salariés</mark>" in " ".join(h["snippets"]) for h in hits)
