"""The entity name search folds accents and case on PostgreSQL as on SQLite (t-final49b A3,
left open by h-fold49: "federation" found nothing on the PostgreSQL store while
"Fédération" did). The server's ``veille_fold(text)`` (:mod:`veille.store.pg_fold`) is
checked against :func:`veille.enrich.text.fold` character by character and on generated
names; the search through the same store as ``veille entities --name`` on a real server."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import veille
from veille.enrich import aliases as alias_table
from veille.enrich.entity_names import entities_named
from veille.enrich.text import fold
from veille.store import pg_fold

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"
def _decomposed(text: str) -> str:
    return unicodedata.normalize("NFKD", text)


LETTERS = "".join(
    chr(point) for first, last in ((0x00A0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF),
                                   (0x1E00, 0x1EFF))
    for point in range(first, last + 1)
    if chr(point).isprintable() and not unicodedata.combining(chr(point))
    and _decomposed(chr(point)).casefold() == _decomposed(chr(point)).lower())
"""Latin-1 Supplement, Latin Extended-A/B and Additional, Greek, Cyrillic: every letter
whose decomposed case fold is its lower case (``ß``, ``ϲ`` are not: see
:mod:`veille.store.pg_fold`)."""


@pytest.fixture(scope="module")
def server_fold(pg_cluster):  # type: ignore[no-untyped-def]
    url = str(pg_cluster.create_database("t_fold_function"))
    with psycopg.connect(url, autocommit=True) as conn:
        pg_fold.install(conn)
        pg_fold.install(conn)  # a second open keeps the function (same digest)
        yield lambda texts: [row[0] for row in conn.execute(
            "SELECT veille_fold(t) FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, n) "
            "ORDER BY n", (list(texts),)).fetchall()]


def test_the_server_folds_every_letter_as_python_does(server_fold) -> None:  # type: ignore[no-untyped-def]
    texts = [f"a{char}b" for char in LETTERS + pg_fold.APOSTROPHES]
    texts += ["État islamique", "FÉDÉRATION-du  BTP", "Łódź", "Αθήνα", "Ёлка", "l’EI", "Ærø"]
    assert server_fold(texts) == [fold(t) for t in texts]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(LETTERS + "abcXYZ -'`"), max_size=24))
def test_generated_names_fold_alike(server_fold, text: str) -> None:  # type: ignore[no-untyped-def]
    assert server_fold([text]) == [fold(text)]


def test_the_name_search_is_accent_and_case_blind(tmp_path: Path, pg_url: str) -> None:
    found = {}
    for settings_ in ({"store_url": pg_url}, {}):
        with veille.open(tmp_path / ("pg" if settings_ else "lite"), **settings_) as v:
            v.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
            v.enrich()
            table = alias_table.current(v.settings.data_dir)
            for asked in ("etat", "ÉTAT", "Département d'État", "departement d’etat",
                          "POMPEO", "washington"):
                named, _inside = entities_named(v.store, table, asked)
                found[(bool(settings_), asked)] = sorted(e.id for e in named)
    for asked in ("etat", "ÉTAT", "Département d'État", "departement d’etat", "POMPEO",
                  "washington"):
        assert found[(True, asked)] == found[(False, asked)], asked
        assert found[(True, asked)], asked
