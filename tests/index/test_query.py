"""The query parser: the documented readings, best-effort readings of bad input, and
properties checked by hypothesis (never raises, bounded, and a real index accepts what it
produces)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.errors import ConfigError
from veille.index.query import (
    MAX_TERMS,
    And,
    DateRange,
    Filter,
    MatchAll,
    Node,
    Not,
    Or,
    Phrase,
    Word,
    parse_query,
)
from veille.index.tantivy_index import TantivyIndex


def node(text: str) -> Node:
    return parse_query(text).node


def test_documented_readings() -> None:
    assert node("a b") == And((Word("a"), Word("b")))
    assert node("a AND b") == And((Word("a"), Word("b")))
    assert node("a OR b c") == And((Or((Word("a"), Word("b"))), Word("c")))
    assert node("a | b") == Or((Word("a"), Word("b")))
    assert node("or et ou") == And((Word("or"), Word("et"), Word("ou")))  # lowercase: words
    assert node('"retrait américain"') == Phrase("retrait américain")
    assert node("«retrait américain»") == Phrase("retrait américain")
    assert node("a -b") == And((Word("a"), Not(Word("b"))))
    assert node("a NOT b") == And((Word("a"), Not(Word("b"))))
    assert node("-b") == And((MatchAll(), Not(Word("b"))))
    assert node("anti-jihadistes") == Word("anti-jihadistes")
    assert node("(a OR b) c") == And((Or((Word("a"), Word("b"))), Word("c")))
    assert node("title:coalition") == Word("coalition", "title")
    assert node('titre:"la coalition"') == Phrase("la coalition", "title")
    assert node("title:(a OR b)") == Or((Word("a", "title"), Word("b", "title")))
    assert node("source:LeMonde.fr") == Filter("source", "lemonde.fr")
    assert node("lang:fr") == Filter("lang", "fr")
    assert node("jihad*") == Word("jihad", prefix=True)
    assert node("") == MatchAll()


def test_dates() -> None:
    def day(y: int, m: int, d: int) -> datetime:
        return datetime(y, m, d, tzinfo=UTC)

    assert node("date:2019-01-01..2019-02-01") == DateRange(day(2019, 1, 1), day(2019, 2, 2))
    assert node("date:2019") == DateRange(day(2019, 1, 1), day(2020, 1, 1))
    assert node("date:2019-12") == DateRange(day(2019, 12, 1), day(2020, 1, 1))
    assert node("date:2019-03..") == DateRange(day(2019, 3, 1), None)
    assert node("after:2019-01-05") == DateRange(day(2019, 1, 5), None)
    assert node("before:2019-01-05") == DateRange(None, day(2019, 1, 5))


@pytest.mark.parametrize(("query", "warning"), [
    ('"retrait américain', "unbalanced quote"),
    ("(a OR b", "unbalanced parenthesis"),
    ("a OR b)", "unbalanced parenthesis"),
    ("foo:bar", "unknown field"),
    ("a\x00b\x1b[31m", "control characters"),
    ("date:2019-13-45", "not a date"),
    ("date:soon..later", "not a date range"),
    ("a OR", "OR without"),
    ("ab*", "prefix needs"),
    ("title:", "no value"),
    ("x " * 5000, "cut to"),
    (" ".join(f"w{i}" for i in range(100)), f"first {MAX_TERMS} terms"),
    ("(" * 50 + "a" + ")" * 50, "nested deeper"),
])
def test_bad_queries_get_a_reading_and_a_warning(query: str, warning: str) -> None:
    parsed = parse_query(query)
    assert any(warning in w for w in parsed.warnings), parsed.warnings


def test_ten_thousand_characters_are_quick() -> None:
    for query in ("a" * 10_000, '"' * 10_000, "(" * 10_000, "-" * 10_000, "a:" * 5_000,
                  "a OR " * 2_000, "\x00" * 10_000):
        started = time.perf_counter()
        parsed = parse_query(query)
        assert time.perf_counter() - started < 0.5
        assert len(parsed.warnings) < 20


QUERY_ALPHABET = st.sampled_from(list('ab é’\'"()-*:«»|') + ["OR", "AND", "NOT", "title:",
                                  "source:", "date:", "after:", "2019-01", "..", "\x00", "œ"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(QUERY_ALPHABET, max_size=60).map("".join)))
def test_parse_never_raises(text: str) -> None:
    parsed = parse_query(text)
    assert isinstance(parsed.node, Word | Phrase | Filter | DateRange | And | Or | Not | MatchAll)
    assert all(isinstance(w, str) and w for w in parsed.warnings)
    assert _leaves(parsed.node) <= MAX_TERMS + 1


def _leaves(n: Node) -> int:
    if isinstance(n, And | Or):
        return sum(_leaves(i) for i in n.items)
    if isinstance(n, Not):
        return _leaves(n.item)
    return 1


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    from veille.index.base import IndexDoc

    index = TantivyIndex(tmp_path_factory.mktemp("q") / "index")
    when = datetime(2019, 1, 1, tzinfo=UTC)
    index.add_docs([IndexDoc(id="a", title="a b", body="é œ ab", source="s", language="fr",
                             date=when)])
    index.commit()
    return index


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(QUERY_ALPHABET, max_size=40).map("".join))
def test_every_reading_runs_on_a_real_index(small_index: TantivyIndex, text: str) -> None:
    result = small_index.search(parse_query(text).node, limit=5, facets=True)
    assert result.total in (0, 1)


def test_index_survives_path_names(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path / "un dossier é")
    assert index.count() == 0


def utc_day(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def test_day_first_dates_are_read() -> None:
    """Regression (newuser7 P13 b): ``date:30/11/2026`` (how French users write a day) was
    ignored with a warning and the query returned the whole corpus."""
    from datetime import date as calendar_day

    from veille.index.query import _period

    nov30 = DateRange(utc_day(2026, 11, 30), utc_day(2026, 12, 1))
    for text in ("date:30/11/2026", "date:30.11.2026", "date:30-11-2026", "date:2026-11-30"):
        assert node(text) == nov30, text
        assert not parse_query(text).warnings
    assert node("date:11/2026") == DateRange(utc_day(2026, 11, 1), utc_day(2026, 12, 1))
    assert node("date:29/11/2026..01/12/2026") == DateRange(utc_day(2026, 11, 29),
                                                           utc_day(2026, 12, 2))
    # No year: the last such day up to today (a news search looks back).
    today = calendar_day(2026, 12, 1)
    assert _period("30/11", today) == (utc_day(2026, 11, 30), utc_day(2026, 12, 1))
    assert _period("25.12", today) == (utc_day(2025, 12, 25), utc_day(2025, 12, 26))
    assert _period("29/02", today) == (utc_day(2024, 2, 29), utc_day(2024, 3, 1))
    assert _period("31/02", today) is None


def test_an_unreadable_date_matches_nothing_and_a_reversed_range_is_swapped() -> None:
    """Regression (newuser7 P13 b): an unreadable filter was dropped, so ``grève
    date:typo`` meant every ``grève``; now it matches nothing and says what to write. A
    range written backwards is read the right way round, with a warning."""
    from veille.index.query import NO_DATE
    from veille.monitor.saved import check_query

    parsed = parse_query("grève date:32/11/2026")
    assert parsed.node == And((Word("grève"), NO_DATE))
    assert "15/01/2019" in parsed.warnings[0] and "nothing matches" in parsed.warnings[0]
    assert node("date:bientôt..plus-tard") == NO_DATE
    reversed_range = parse_query("date:2026-12-01..2026-11-29")
    assert reversed_range.node == DateRange(utc_day(2026, 11, 29), utc_day(2026, 12, 2))
    assert "read as date:2026-11-29..2026-12-01" in reversed_range.warnings[0]
    with pytest.raises(ConfigError, match="15/01/2019"):  # a saved search says what to write
        check_query("grève date:30/13/2026")
    check_query("grève date:30/11/2026")


@pytest.mark.parametrize("value", ["https://www.lemonde.fr/", "http://lemonde.fr/politique/x",
                                   "www.lemonde.fr", "WWW.LeMonde.fr/", "lemonde.fr"])
def test_a_pasted_url_is_read_as_its_source(value: str) -> None:
    """Regression (newuser7 P13 b): ``source:https://www.lemonde.fr/`` matched nothing;
    sources are named by their host without ``www.`` (record.source_from_url)."""
    assert node(f"source:{value}") == Filter("source", "lemonde.fr")


@given(st.dates(min_value=datetime(1900, 1, 1).date(), max_value=datetime(2999, 12, 31).date()),
       st.sampled_from(["/", ".", "-"]))
def test_day_first_and_iso_dates_agree(day: Any, separator: str) -> None:
    """Property: a day written day first (any separator, with or without leading zeros)
    is the same filter as its ISO 8601 form."""
    iso = node(f"date:{day.isoformat()}")
    assert node(f"date:{day.day:02d}{separator}{day.month:02d}{separator}{day.year}") == iso
    assert node(f"date:{day.day}{separator}{day.month}{separator}{day.year}") == iso


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn")),
               max_size=200))
def test_any_value_quoted_reads_back_whole(value: str) -> None:
    """``quote_value`` escapes what would end the phrase (verify10: a source name holding
    a double quote could not be written in a query): the lexer gives the value back."""
    from veille.index.query import _lex, _Tok, quote_value

    warnings: list[str] = []
    assert _lex(quote_value(value), warnings) == [_Tok("phrase", value)]
    assert warnings == []
