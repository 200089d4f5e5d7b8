"""An entity's page and ``/api/v1/entities/{id}`` list its aliases (t-final61, "missing or
confusing"; issues #14 and #16).

"la locataire de Beauvau" found Claire Vasseur by ``entity:`` after ``veille aliases add``,
but her page never said it, nor did the shipped names of an organisation ("EI", "Daech",
"ISIS" of the Islamic State). Now the API gives ``aliases`` and the page says them in
French and English, escaped, each isolated (an Arabic alias in a French line). Real store,
enrichment, alias table, CLI and web app; a property test of
:func:`veille.enrich.aliases.aliases_of`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from veille.cli.main import cli
from veille.enrich.aliases import Alias, AliasTable, aliases_of, shipped_table
from veille.enrich.text import fold
from veille.service import Veille
from veille.settings import Settings
from veille.web import create_app

PAGE = ("<html lang='fr'><head><title>Bruno Keraudren promet un plan pour la pêche</title>"
        "<meta property='article:published_time' content='2026-03-04T10:00:00+01:00'>"
        "</head><body><article><h1>Bruno Keraudren promet un plan pour la pêche</h1>"
        "<p>Le ministre de la Mer, Bruno Keraudren, a promis mardi à Lorient un plan de 40 "
        "millions d'euros pour les pêcheurs. « Nous ne laisserons pas tomber la filière », a "
        "déclaré Bruno Keraudren.</p><p>Le groupe jihadiste État islamique n'a rien à voir "
        "ici ; l'OTAN non plus.</p></article></body></html>").encode()
PERSON = "per:bruno-keraudren"
MINE = ["le locataire de l'hôtel de la Mer", "برونو كيرودرين", "Keraudren <BK> & fils"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("entity-aliases") / "data"
    with Veille(Settings(data_dir=root)) as v:
        v.ingest_bytes([("keraudren.html", PAGE)])
        v.enrich()
    for alias in MINE:
        out = CliRunner().invoke(cli, ["--data-dir", str(root), "aliases", "add", alias,
                                       PERSON])
        assert out.exit_code == 0, out.output
    return root


def test_api_and_pages_list_the_users_and_the_shipped_aliases(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        person = client.get(f"/api/v1/entities/{PERSON}").json()
        group = client.get("/api/v1/entities/Q2429253").json()
        pages = {lang: client.get(f"/entities/{PERSON}?lang={lang}").text
                 for lang in ("fr", "en")}
        group_page = client.get("/entities/Q2429253?lang=en").text
    assert person["aliases"] == MINE, person["aliases"]
    assert {"EI", "Daech", "ISIS"} <= set(group["aliases"]), group["aliases"]
    assert group["name"] not in group["aliases"]
    assert len({fold(a) for a in group["aliases"]}) == len(group["aliases"])
    assert "Autres noms :" in pages["fr"] and "Also known as:" in pages["en"]
    for page in pages.values():
        assert "<bdi>le locataire de l&#39;hôtel de la Mer</bdi>" in page, page
        assert "<bdi>برونو كيرودرين</bdi>" in page
        assert "<bdi>Keraudren &lt;BK&gt; &amp; fils</bdi>" in page
        assert "<BK>" not in page
    assert "<bdi>Daech</bdi>" in group_page


def test_a_removed_alias_leaves_the_page(data: Path) -> None:
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "aliases", "remove", MINE[0]])
    assert out.exit_code == 0, out.output
    try:
        with TestClient(create_app(Settings(data_dir=data)),
                        base_url="http://127.0.0.1") as client:
            person = client.get(f"/api/v1/entities/{PERSON}").json()
            page = client.get(f"/entities/{PERSON}?lang=fr").text
        assert person["aliases"] == MINE[1:], person["aliases"]
        assert "hôtel de la Mer" not in page
    finally:
        CliRunner().invoke(cli, ["--data-dir", str(data), "aliases", "add", MINE[0], PERSON])


def test_an_entity_without_aliases_says_none(data: Path) -> None:
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        found = client.get("/api/v1/entities?limit=50").json()["entities"]
        bare = [e["id"] for e in found if e["id"] not in (PERSON, "Q2429253", "Q7184")
                and not aliases_of(shipped_table(), e["id"], e["name"])]
        for entity_id in bare[:2]:
            detail = client.get(f"/api/v1/entities/{entity_id}").json()
            assert detail["aliases"] == [], detail
            assert 'class="aliases"' not in client.get(f"/entities/{entity_id}").text


NAMES = st.text(alphabet="aAeéÉEiI -'ß", min_size=1, max_size=8)


@given(st.lists(st.tuples(NAMES, st.sampled_from(["x:1", "x:2"])), max_size=12), NAMES)
def test_aliases_of_each_name_once_and_never_the_shown_one(rows: list[tuple[str, str]],
                                                            shown: str) -> None:
    table = AliasTable(Alias(alias, eid, "ORG", "N") for alias, eid in rows)
    got = aliases_of(table, "x:1", shown)
    keys = [fold(a) for a in got]
    assert len(set(keys)) == len(keys)
    assert fold(shown) not in keys
    assert all(a in table.names.get("x:1", []) for a in got)
    assert {fold(a) for a in table.names.get("x:1", []) if fold(a)} - {fold(shown)} == set(keys)
