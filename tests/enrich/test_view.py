"""The enrichment view on a real store and index: it follows the change log, catches up
after a crash, applies alias edits on re-enrichment, and feeds the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.enrich.conftest import SEED

from veille.cli.main import main
from veille.enrich.aliases import Alias, add
from veille.enrich.stage import Resources
from veille.enrich.view import follow, reenrich
from veille.service import Veille
from veille.settings import Settings

ISLAMIC_STATE = "Q2429253"


@pytest.fixture
def service(tmp_path: Path) -> Veille:
    veille = Veille(Settings(data_dir=tmp_path / "data"))
    summary = veille.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
    assert summary.new == 1
    yield veille  # type: ignore[misc]
    veille.close()


def test_the_view_follows_the_log_and_records_its_seq(service: Veille,
                                                      resources: Resources) -> None:
    store = service.store
    assert store.enrich_applied_seq() == 0 and store.enrich_lag() == 1
    result = follow(store, resources)
    assert (result.enriched, result.failed) == (1, 0)
    assert store.enrich_lag() == 0
    assert store.enrich_applied_seq() >= 1
    entity = store.entity(ISLAMIC_STATE)
    assert entity is not None and entity.articles == 1 and entity.mentions >= 5
    [article_id] = [a.id for a in store.latest()]
    assert store.get(article_id).enrichment is not None  # the record carries it too
    speakers = {q.speaker_id for q in store.quotes()}
    assert "Q789915" in speakers
    assert {o.id for o in store.cooccurring(ISLAMIC_STATE)} >= {"Q858", "Q796"}
    assert follow(store, resources).enriched == 0  # nothing left to apply


def test_a_crash_before_the_commit_is_caught_up(service: Veille, resources: Resources,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = service.store

    def crash(*_args: object, **_kwargs: object) -> int:
        raise KeyboardInterrupt  # as a kill would: nothing of the batch is committed

    monkeypatch.setattr(store, "put_enrichment", crash)
    with pytest.raises(KeyboardInterrupt):
        follow(store, resources)
    monkeypatch.undo()
    assert store.enrich_applied_seq() == 0 and store.entity(ISLAMIC_STATE) is None
    assert follow(store, resources).enriched == 1
    assert store.entity(ISLAMIC_STATE) is not None


def test_deleted_articles_lose_their_rows(service: Veille, resources: Resources) -> None:
    store = service.store
    follow(store, resources)
    [article_id] = [a.id for a in store.latest()]
    store.delete_articles([article_id])
    follow(store, resources)
    assert store.entity(ISLAMIC_STATE) is None and store.quotes() == []


def test_alias_edits_apply_on_reenrich(service: Veille, resources: Resources,
                                       tmp_path: Path) -> None:
    store = service.store
    follow(store, resources)
    assert store.entity("veille:pompeo") is None
    data_dir = tmp_path / "data"
    add(data_dir, Alias("Mike Pompeo", "veille:pompeo", "PER", "Mike Pompeo"))
    from veille.enrich import aliases

    edited = Resources(aliases.load(data_dir), resources.gazetteer, resources.recognizer_for)
    result = reenrich(store, edited)
    assert result.enriched == 1
    assert store.entity("veille:pompeo") is not None  # the later row wins
    assert store.entity("Q473239") is None


def test_search_finds_an_entity_by_any_of_its_names(service: Veille) -> None:
    service.enrich()
    assert service.stats()["enrich_lag"] == 0
    assert service.search("entity:Q2429253").total == 1
    assert service.search("entity:Daech").total == 1  # an alias of the id
    assert service.search("place:Q858").total == 1
    assert service.search("entity:Q22686 AND NOT entity:Q2429253").total == 0


def test_cli(service: Veille, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    service.close()
    assert main(["--data-dir", data, "enrich"]) == 0
    assert "enriched: 1" in capsys.readouterr().out
    assert main(["--data-dir", data, "entities", "--json", "-n", "50"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert ISLAMIC_STATE in {r["id"] for r in rows}
    assert main(["--data-dir", data, "entities", "--id", ISLAMIC_STATE]) == 0
    shown = capsys.readouterr().out
    assert "État islamique" in shown
    # Regression: "(1 articles, 2 mentions)": the count's noun agrees with it.
    assert "(1 article, " in shown and "1 articles" not in shown
    assert main(["--data-dir", data, "quotes", "--speaker", "Q789915"]) == 0
    assert capsys.readouterr().out.count("Q789915") == 3
    # t-final24 S5: "run `veille enrich` if articles were added since" with none waiting
    assert main(["--data-dir", data, "quotes", "--speaker", ISLAMIC_STATE]) == 0
    said = capsys.readouterr().err
    assert "no quotes of" in said and "every article is enriched" in said
    assert "run `veille enrich`" not in said
    # t-enrich20 E16: a name or an alias, as `entities --name` takes, not only the id
    assert main(["--data-dir", data, "quotes", "--speaker", "département d'Etat"]) == 0
    assert capsys.readouterr().out.count("Q789915") == 3
    # not found: exit 2, as every command says it (f-cliux33, docs/cli.md)
    assert main(["--data-dir", data, "quotes", "--speaker", "Personne Inconnue"]) == 2
    assert "no entity named 'Personne Inconnue'" in capsys.readouterr().err
    assert main(["--data-dir", data, "aliases", "add", "l'organisation jihadiste",
                 ISLAMIC_STATE]) == 0
    assert "ORG" in capsys.readouterr().out
    assert main(["--data-dir", data, "aliases", "list", "--id", ISLAMIC_STATE]) == 0
    assert "l'organisation jihadiste" in capsys.readouterr().out
    assert main(["--data-dir", data, "reenrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "aliases", "remove", "l'organisation jihadiste"]) == 0
    assert main(["--data-dir", data, "aliases", "remove", "nothing such"]) == 2


def test_undated_quotes_say_they_are_dated_by_first_sight(
        service: Veille, resources: Resources, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    follow(service.store, resources)
    [article] = service.store.latest()
    assert service.store.get(article.id).content.published is None  # type: ignore[union-attr]
    rows = service.store.quotes()
    assert rows and all(q.date_is_first_seen for q in rows)
    service.close()
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "quotes", "-n", "1"]) == 0
    assert capsys.readouterr().out.startswith("first seen ")  # the CLI speaks English
    assert main(["--data-dir", data, "quotes", "-n", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date_is_first_seen"] is True
