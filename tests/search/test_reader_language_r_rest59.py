"""The reader's language first at about equal relevance (t-final58 #19, issue 14/16).

``/search?q=grève`` in the French UI ranked the one Portuguese article ("Professores em
greve") above the French ones writing "grève": tantivy weighs a word's rarity within its
language's fields against every article of the index, so a word of a language of few
articles weighs as a rare word. The reader's language (the UI's, the CLI's
``default_language``) now multiplies its articles' scores
(:data:`veille.index.base.PREFERRED_LANGUAGE_BOOST`); the others stay listed after. Real
tantivy index, real PostgreSQL, real CLI over a real store.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from veille.cli.main import cli
from veille.index.base import IndexDoc
from veille.index.pg_index import PgIndex
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

T0 = datetime(2026, 11, 30, 9, tzinfo=UTC)
FRENCH = [
    ("Festival de Brioude : la billetterie ouverte", "Le festival de Brioude accueillera "
     "trente concerts cet été au bord de l'Allier, annoncent les organisateurs réunis lundi."),
    ("Le festival du conte de Lunas fête ses vingt ans", "Vingt ans de festival : les "
     "conteurs se retrouvent samedi sous le chapiteau installé sur la place du marché."),
    ("Un festival de cirque à Vallon", "La compagnie locale présente au festival de Vallon "
     "un spectacle de trapèze et de jonglage pour toute la famille, dimanche après-midi."),
]
OTHERS = [
    ("en", "Festival opens", "The festival opened."),
    ("de", "Festival in Weiden eröffnet", "Das Festival beginnt heute."),
]
FILLER = ["Le conseil municipal a voté le budget de la ville pour l'année prochaine.",
          "Les prix de l'énergie ont encore augmenté ce mois-ci selon l'Insee."]


def docs() -> list[IndexDoc]:
    out = [IndexDoc(id=f"fr{i}", title=title, body=body, source="fr.example",
                    language="fr", date=T0 - timedelta(hours=i))
           for i, (title, body) in enumerate(FRENCH)]
    out += [IndexDoc(id=f"fill{i}", title=f"Actualité {i}", body=FILLER[i % 2],
                     source="fr.example", language="fr", date=T0 - timedelta(days=1, hours=i))
            for i in range(20)]
    out += [IndexDoc(id=lang, title=title, body=body, source=f"{lang}.example",
                     language=lang, date=T0) for lang, title, body in OTHERS]
    return out


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TantivyIndex]:
    idx = TantivyIndex(tmp_path_factory.mktemp("reader-lang") / "index")
    idx.add_docs(docs())
    idx.commit()
    yield idx
    idx.close()


@pytest.fixture(scope="module")
def pg_index(pg_cluster: Any) -> Iterator[PgIndex]:
    idx = PgIndex(pg_cluster.create_database("reader_lang"))
    idx.add_docs(docs())
    idx.commit()
    yield idx
    idx.close()


def order(index: Any, query: str, prefer: str | None, sort: Any = "relevance") -> list[str]:
    return [h.doc.id for h in index.search(parse_query(query).node, limit=10, sort=sort,
                                           prefer=prefer).hits]


@pytest.mark.parametrize("sort", ["relevance", "fresh"])
def test_tantivy_lists_the_readers_language_first(index: TantivyIndex, sort: str) -> None:
    # without a preference the short English and German articles lead (rarer words in
    # their small languages, shorter texts)
    assert order(index, "festival", None, sort)[0] in {"en", "de"}
    french = order(index, "festival", "fr", sort)
    assert set(french[:3]) == {"fr0", "fr1", "fr2"}, french
    assert {"en", "de"} <= set(french)  # still listed, after
    assert order(index, "festival", "en", sort)[0] == "en"
    assert order(index, "festival", "de-DE", sort)[0] == "de"


def test_tantivy_ranked_and_a_language_it_lacks(index: TantivyIndex) -> None:
    node = parse_query("festival").node
    assert index.ranked(node, limit=10, prefer="fr").ids[0].startswith("fr")
    # a language no article is in changes nothing
    assert order(index, "festival", "pt") == order(index, "festival", None)


def test_postgres_lists_the_readers_language_first(pg_index: PgIndex) -> None:
    assert order(pg_index, "festival", "fr")[0].startswith("fr")
    assert order(pg_index, "festival", "en")[0] == "en"
    assert {"en", "de"} <= set(order(pg_index, "festival", "fr"))


def test_cli_search_ranks_the_default_language_first(tmp_path: Path) -> None:
    """The tester's shape over the real CLI: a Portuguese article writing "greve" and
    French ones writing "grève"; the CLI's language is ``default_language`` (French)."""
    runner = CliRunner()
    data = ["--data-dir", str(tmp_path / "data")]
    pt = tmp_path / "pt.txt"
    pt.write_text("Jornal do Minho\n\nEnfermeiros em greve na segunda-feira\n\n"
                  "Publicado em 02/12/2026\n\nOs enfermeiros do hospital de Braga "
                  "convocaram uma greve para segunda-feira.\n", "utf-8")
    assert runner.invoke(cli, [*data, "ingest", str(pt), "--source", "jornaldominho.pt"]
                         ).exit_code == 0
    for i, town in enumerate(["Brive", "Tulle", "Ussel"]):
        fr = tmp_path / f"fr{i}.txt"
        fr.write_text(
            f"La Gazette de {town}\n\nÀ {town}, les agents de la mairie en grève jeudi\n\n"
            f"Publié le 02/12/2026 à 10h0{i}\n\nLes agents municipaux de {town} seront en "
            "grève jeudi pour protester contre la réorganisation des services techniques, "
            "annonce l'intersyndicale, qui appelle à un rassemblement devant l'hôtel de "
            "ville à midi.\n\nLa mairie assure que l'accueil du public sera maintenu.\n",
            "utf-8")
        assert runner.invoke(cli, [*data, "ingest", str(fr), "--source", f"gazette{i}.fr"]
                             ).exit_code == 0
    out = runner.invoke(cli, [*data, "search", "grève", "--json"])
    assert out.exit_code == 0, out.output
    langs = [h["language"] for h in json.loads(out.output)["hits"]]
    assert langs[:3] == ["fr", "fr", "fr"] and "pt" in langs, langs
