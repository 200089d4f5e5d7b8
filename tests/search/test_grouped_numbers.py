"""A number is found whatever its digit grouping is written with (newuser6 M19).

``veille search 10000`` missed the AFP's "10.000 tonnes": the tokenizer cuts "10.000",
"10 000" (space, no-break space U+00A0, narrow no-break space U+202F) and "10,000" into
"10" and "000", and nothing joined them. Index format 9 (and the PostgreSQL analysis 2)
index each number written in digit groups with its joined form beside its groups
(:func:`veille.index.analysis.grouped_numbers`), the query language reads "10 000" as one
word, and a phrase is also searched with its numbers written the other way. Real tantivy
index, real PostgreSQL, real CLI.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import main
from veille.errors import SearchIndexError
from veille.index.analysis import (
    MAX_NUMBER_VARIANTS,
    NUMBER_SPACES,
    grouped_numbers,
    joined_word,
    number_spellings,
)
from veille.index.base import IndexDoc
from veille.index.pg_index import ANALYSIS, ANALYSIS_STATE, PgIndex
from veille.index.query import parse_query
from veille.index.tantivy_index import META_FILE, TantivyIndex
from veille.search.service import search
from veille.search.types import SearchRequest

T0 = datetime(2026, 11, 30, 9, tzinfo=UTC)
TEXTS = {
    "dot": ("fr", "libérant près de 10.000 tonnes de produits chimiques"),
    "nnbsp": ("fr", "libérant près de 10\u202f000 tonnes de produits chimiques"),
    "nbsp": ("fr", "libérant près de 10\u00a0000 tonnes de produits chimiques"),
    "space": ("fr", "libérant près de 10 000 tonnes de produits chimiques"),
    "comma": ("en", "releasing nearly 10,000 tonnes of chemicals"),
    "plain": ("fr", "libérant près de 10000 tonnes de produits chimiques"),
    "decimal": ("fr", "une hausse de 1,5 % des prix"),
    "decimal_en": ("en", "a 1.5 % rise in prices"),
    "fifteen": ("fr", "les 15 blessés"),
    "date": ("fr", "le 12 2026 puis le 2019 200"),
    "million": ("fr", "1 250 000 manifestants selon la CGT"),
    "km": ("fr", "un tracé de 1 000,5 km"),
    "ambiguous": ("fr", "1.500 euros"),
}
NUMBER = {"dot", "nnbsp", "nbsp", "space", "comma", "plain"}
PHRASE = NUMBER - {"comma"}  # the English text says "nearly", not "près de"
EXPECTED = {
    "10000": NUMBER,
    "10.000": NUMBER,
    "10,000": NUMBER,
    "10 000": NUMBER,
    "10\u202f000": NUMBER,
    '"10 000"': NUMBER,
    '"près de 10000 tonnes"': PHRASE,
    '"près de 10.000 tonnes"': PHRASE,
    '"près de 10 000 tonnes"': PHRASE,
    "1,5": {"decimal", "decimal_en"},
    "1.5": {"decimal", "decimal_en"},
    "15": {"fifteen"},
    "2026": {"date"},
    "122026": set(),
    "2019200": set(),
    "1250000": {"million"},
    "1.250.000": {"million"},
    '"1 250 000 manifestants"': {"million"},
    '"1000,5 km"': {"km"},
    "1500": {"ambiguous"},
    "1,500": {"ambiguous"},
}


def docs() -> list[IndexDoc]:
    return [IndexDoc(id=key, title="Dépêche", body=body, source="ex.fr", language=lang,
                     date=T0) for key, (lang, body) in TEXTS.items()]


def found(index: Any, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    idx = TantivyIndex(tmp_path_factory.mktemp("numbers") / "index")
    idx.add_docs(docs())
    idx.commit()
    return idx


@pytest.fixture(scope="module")
def pg_index(pg_cluster: Any) -> Iterator[PgIndex]:
    idx = PgIndex(pg_cluster.create_database("grouped_numbers"))
    idx.add_docs(docs())
    idx.commit()
    yield idx
    idx.close()


@pytest.mark.parametrize("query", list(EXPECTED))
def test_tantivy_finds_each_grouping(index: TantivyIndex, query: str) -> None:
    assert found(index, query) == EXPECTED[query], query


@pytest.mark.parametrize("query", list(EXPECTED))
def test_postgresql_finds_each_grouping(pg_index: PgIndex, query: str) -> None:
    assert found(pg_index, query) == EXPECTED[query], query


@pytest.mark.parametrize("query", ["10000", "10 000", '"près de 10000 tonnes"'])
def test_the_grouped_number_is_marked(index: TantivyIndex, query: str) -> None:
    snippets = {hit.id: " ".join(hit.snippets)
                for hit in search(SearchRequest(query), index=index).hits}
    assert "<mark>10.000</mark>" in snippets["dot"]
    assert "<mark>10\u202f000</mark>" in snippets["nnbsp"]
    assert "<mark>10000</mark>" in snippets["plain"]


def test_a_decimal_is_not_marked_as_a_whole_number(index: TantivyIndex) -> None:
    snippets = {hit.id: " ".join(hit.snippets)
                for hit in search(SearchRequest("15"), index=index).hits}
    assert set(snippets) == {"fifteen"}


def test_an_index_of_format_8_is_refused(tmp_path: Path) -> None:
    """An index built before numbers had their joined form would silently miss them: it is
    refused with the hint to rebuild it (the existing format check)."""
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / META_FILE).write_text('{"format": 8, "analysis": "language"}')
    with pytest.raises(SearchIndexError) as error:
        TantivyIndex(tmp_path / "index")
    assert "veille reindex" in (error.value.hint or "")


def test_a_postgresql_index_of_the_old_analysis_is_rewritten(pg_url: str) -> None:
    """PostgreSQL rows written by the old analysis (no version row) get the index's applied
    change set back to 0, so the next catch-up rewrites every article from the change log;
    an index of the current analysis keeps its applied change."""
    from veille.store.postgres import connect

    idx = PgIndex(pg_url)
    idx.add_docs(docs())
    idx.commit(applied_seq=7)
    idx.close()
    conn = connect(pg_url)
    conn.execute("DELETE FROM search_state WHERE name = %s", (ANALYSIS_STATE,))
    conn.commit()
    conn.close()
    reopened = PgIndex(pg_url)
    try:
        assert reopened.applied_seq() == 0
        row = reopened.conn.execute("SELECT applied_seq FROM search_state WHERE name = %s",
                                    (ANALYSIS_STATE,)).fetchone()
        assert row[0] == ANALYSIS
        reopened.commit(applied_seq=7)
    finally:
        reopened.close()
    again = PgIndex(pg_url)
    try:
        assert again.applied_seq() == 7
    finally:
        again.close()


def test_the_users_case_through_the_cli(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """newuser6 M19: ``veille search 10000`` found nothing in the AFP text."""
    path = tmp_path / "afp.jsonl"
    path.write_text(json.dumps({
        "title": "Incendie dans une usine chimique près de Rouen",
        "text": "L'usine Lubrizol avait brûlé en septembre 2019 à Rouen, libérant près de "
                "10.000 tonnes de produits chimiques.",
        "url": "https://www.afp.com/fr/rouen", "published": "2026-11-30T08:30:00Z",
        "language": "fr"}, ensure_ascii=False) + "\n")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    for query in ("10000", "10 000", "10.000", '"près de 10000 tonnes"'):
        capsys.readouterr()
        assert main(["--data-dir", str(data), "search", "--json", "--", query]) == 0
        assert json.loads(capsys.readouterr().out)["total"] == 1, query


# --- the rule, as properties ---------------------------------------------------------------

SEPARATORS = [".", ",", *NUMBER_SPACES]


def written(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


@given(st.integers(min_value=1000, max_value=10**15), st.sampled_from(SEPARATORS))
def test_a_grouped_number_is_joined(value: int, separator: str) -> None:
    text = f"près de {written(value, separator)} tonnes"
    assert [joined for _s, _e, joined in grouped_numbers(text)] == [str(value)]
    assert joined_word(written(value, separator)) == str(value)
    assert text.replace(written(value, separator), str(value)) in number_spellings(text)


_RULE = re.compile(r"[1-9]\d{0,2}(?:(?P<sep>[" + NUMBER_SPACES + r".,])\d{3})"
                   r"(?:(?P=sep)\d{3})*")


@given(st.text(alphabet="0123456789., \u00a0\u202fab-", max_size=40))
def test_only_groups_of_three_are_joined(text: str) -> None:
    """Whatever the text: each number found is a first group of 1–3 digits (not 0...),
    then groups of exactly three after one same separator, not inside a longer run of
    digits; its joined form is its digits; the numbers do not overlap."""
    end = -1
    for start, stop, joined in grouped_numbers(text):
        span = text[start:stop]
        assert _RULE.fullmatch(span), (text, span)
        assert joined == "".join(c for c in span if c.isdigit())
        assert start >= end
        end = stop
        assert start == 0 or not text[start - 1].isdigit()
        assert stop == len(text) or not text[stop].isdigit()


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99999),
       st.sampled_from(SEPARATORS))
def test_a_group_not_of_three_digits_is_not_joined(head: int, tail: int,
                                                   separator: str) -> None:
    tail_text = str(tail)
    if len(tail_text) == 3:
        tail_text += "0"
    assert grouped_numbers(f"le {head}{separator}{tail_text} x") == []


@given(st.lists(st.integers(min_value=1000, max_value=10**9), min_size=1, max_size=5))
def test_number_spellings_keep_the_phrase_and_are_bounded(values: list[int]) -> None:
    text = " et ".join(str(v) for v in values)
    spellings = number_spellings(text)
    assert spellings[0] == text
    assert 2 <= len(spellings) <= MAX_NUMBER_VARIANTS
    for spelling in spellings:
        assert re.sub(r"\D", "", spelling) == re.sub(r"\D", "", text)


def test_decimals_and_dates_are_not_numbers_in_groups() -> None:
    for text in ("1,5", "0,125", "192.168.1.1", "12 2026", "2019 200", "1.2.3", "12/11/2026"):
        assert grouped_numbers(text) == [], text
    assert joined_word("1,5") is None
    assert joined_word("anti-jihadistes") == "antijihadistes"
