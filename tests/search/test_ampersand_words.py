"""Words joined by an ampersand (``AT&T``, ``R&D``, ``M&M's``) are one word, indexed and
searched as their joined form in both index backends (newuser15a W4: ``AT&T`` was
searched as its parts, ``T`` dropped as a clitic and ``at`` kept, so an English article
saying "at least 42 dead" was a hit). ``Procter & Gamble``, spaced, stays three words.
Real tantivy index, real PostgreSQL cluster."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.index.analysis import _AMPERSAND_AT, ampersand_word, ampersand_words
from veille.index.base import IndexDoc
from veille.index.pg_index import PgIndex
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

T0 = datetime(2026, 11, 26, 9, tzinfo=UTC)
TEXTS = {
    "quake": ("en", "Turkey earthquake: at least 42 dead",
              "The quake struck at dawn, killing at least 42 people, officials said."),
    "att": ("fr", "AT&T rachète un opérateur",
            "L'américain AT&T a annoncé le rachat d'un opérateur de téléphonie."),
    "att_en": ("en", "AT&T buys a carrier", "AT&T said on Monday it would buy a carrier."),
    "rd": ("fr", "Budget de la R&D", "Les dépenses de R&D des entreprises progressent."),
    "pg": ("en", "Procter & Gamble results", "Procter & Gamble raised its forecast."),
    "mm": ("en", "M&M's new flavour", "Mars launched a new M&M's flavour."),
}
EXPECTED = {
    "AT&T": {"att", "att_en"},
    "at&t": {"att", "att_en"},
    "R&D": {"rd"},
    "M&M's": {"mm"},
    "Procter & Gamble": {"pg"},
    "Gamble": {"pg"},
    "least": {"quake"},
    '"AT&T"': {"att", "att_en"},  # verify17 Y5: quoted, it was the phrase "at t"
    'title:"R&D"': {"rd"},
}


def docs() -> list[IndexDoc]:
    return [IndexDoc(id=key, title=title, body=body, source="ex.com", language=lang,
                     date=T0) for key, (lang, title, body) in TEXTS.items()]


def found(index: Any, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    idx = TantivyIndex(tmp_path_factory.mktemp("ampersand") / "index")
    idx.add_docs(docs())
    idx.commit()
    return idx


@pytest.fixture(scope="module")
def pg_index(pg_cluster: Any) -> Iterator[PgIndex]:
    idx = PgIndex(pg_cluster.create_database("ampersand_words"))
    idx.add_docs(docs())
    idx.commit()
    yield idx
    idx.close()


@pytest.mark.parametrize("query", list(EXPECTED))
def test_tantivy_searches_an_ampersand_word_as_one_word(index: TantivyIndex,
                                                        query: str) -> None:
    assert found(index, query) == EXPECTED[query], query


@pytest.mark.parametrize("query", list(EXPECTED))
def test_postgresql_searches_an_ampersand_word_as_one_word(pg_index: PgIndex,
                                                           query: str) -> None:
    assert found(pg_index, query) == EXPECTED[query], query


def test_an_index_of_the_format_before_is_rebuilt(tmp_path: Path) -> None:
    """The joined forms are written at index time: an older index lacks them, so its
    format is refused (and the keeper rebuilds it from the store)."""
    import json

    from veille.errors import IndexFormatError
    from veille.index.tantivy_index import FORMAT, META_FILE

    (tmp_path / "index").mkdir()
    (tmp_path / "index" / META_FILE).write_text(
        json.dumps({"format": FORMAT - 1, "analysis": "language"}))
    with pytest.raises(IndexFormatError):
        TantivyIndex(tmp_path / "index")


WORD = st.text(st.characters(categories=("Lu", "Ll", "Nd")), min_size=1, max_size=4)


@given(st.lists(WORD, min_size=2, max_size=4), st.text(max_size=20), st.text(max_size=20))
def test_a_word_joined_by_ampersands_is_found_whole(parts: list[str], before: str,
                                                    after: str) -> None:
    word = "&".join(parts)
    assert ampersand_word(word)
    text = f"{before} {word} {after}"
    assert (len(before) + 1, len(before) + 1 + len(word), "".join(parts)) in \
        ampersand_words(text)


@given(st.text(max_size=40))
def test_ampersand_words_are_spans_of_the_text(text: str) -> None:
    for start, end, joined in ampersand_words(text):
        assert text[start:end].replace("&", "") == joined
        assert "&" in text[start:end] and " " not in text[start:end]


#: Characters that make the shapes :data:`_AMPERSAND_AT` reads: letters and digits of
#: several scripts (a superscript digit and a Roman numeral are alphanumeric too), the
#: underscore (a word character that is no letter), ampersands, spaces and punctuation.
SHAPES = st.text(st.sampled_from("aZé9²Ⅻ_&&& -.'ß中"), max_size=60)


@settings(max_examples=500)
@given(SHAPES)
def test_ampersand_words_are_the_patterns_matches(text: str) -> None:
    """Found from ampersand to ampersand (issue #13), the words are those the pattern run
    over the whole text finds, in order, with their offsets."""
    assert ampersand_words(text) == [(m.start(), m.end(), m.group().replace("&", ""))
                                      for m in _AMPERSAND_AT.finditer(text)]


def _cpu(text: str, repeats: int) -> float:
    """The least CPU seconds of ``repeats`` calls of :func:`ampersand_words` on ``text``."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        ampersand_words(text)
        best = min(best, time.process_time() - started)
    return best


def test_a_long_word_beside_an_ampersand_costs_linear_time() -> None:
    """The pattern tried at every letter of a run ran to the run's end and back
    (quadratic: a word of 16,000 letters took 3 s of CPU when the text held an "&"). A
    ratio against a small input of the same shape, never a wall-clock limit."""
    def text(n: int) -> str:
        return "a" * n + " R&D " + "b" * n + "&"

    small, large = text(1_000), text(16_000)
    assert ampersand_words(large) == [(16_001, 16_004, "RD")]
    size_ratio = len(large) / len(small)
    ratio = _cpu(large, 3) / max(_cpu(small, 9), 1e-4)
    # Linear work gives about size_ratio (less: the small input is near the clock's
    # resolution); the quadratic search gave ~15 times that.
    assert ratio <= 3 * size_ratio, (ratio, size_ratio)


def test_the_ampersand_word_is_marked_whole(index: TantivyIndex) -> None:
    from veille.search.service import search
    from veille.search.types import SearchRequest

    snippets = {hit.id: " ".join(hit.snippets)
                for hit in search(SearchRequest("AT&T"), index=index).hits}
    assert set(snippets) == {"att", "att_en"}
    assert "<mark>AT&amp;T</mark>" in snippets["att_en"], snippets
