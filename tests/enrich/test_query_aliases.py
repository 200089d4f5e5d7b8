"""Aliases resolved at query time: ``entity:<alias>`` and the alias as plain words find
the articles naming its entity, with the user's edits applied without a reindex; saved
searches on an entity alert once the article is enriched, and only once."""

from __future__ import annotations

from pathlib import Path

import veille
from veille.cli.main import main
from veille.enrich.aliases import Alias, AliasTable, current
from veille.enrich.query import filter_clause, resolve_aliases
from veille.index.query import And, Filter, Or, Phrase, Word, parse_query
from veille.store.base import SavedSearch

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"
TABLE = AliasTable([Alias("Daech", "Q2429253", "ORG", "État islamique"),
                    Alias("Etat islamique", "Q2429253", "ORG", "État islamique"),
                    Alias("EI", "Q2429253", "ORG", "État islamique")])


def test_filters_words_runs_and_phrases_are_expanded() -> None:
    assert resolve_aliases(parse_query("entity:Daech").node, TABLE) == \
        Or((Filter("entity", "Daech"), Filter("entity", "Q2429253")))
    assert resolve_aliases(parse_query("Daech").node, TABLE) == \
        Or((Word("Daech"), Filter("entity", "Q2429253")))
    run = resolve_aliases(parse_query("Etat islamique Syrie").node, TABLE)
    assert run == And((Or((And((Word("Etat"), Word("islamique"))),
                           Filter("entity", "Q2429253"))), Word("Syrie")))
    assert resolve_aliases(parse_query('"Etat islamique"').node, TABLE) == \
        Or((Phrase("Etat islamique"), Filter("entity", "Q2429253")))
    # a short alias is read in any case in a query (newuser12b D10: "ei" found less than
    # "EI"); prefixes, titles and unknown words are left alone
    assert resolve_aliases(parse_query("ei").node, TABLE) == \
        Or((Word("ei"), Filter("entity", "Q2429253")))
    assert resolve_aliases(parse_query("Daech*").node, TABLE) == parse_query("Daech*").node
    assert resolve_aliases(parse_query("title:Daech").node, TABLE) == \
        parse_query("title:Daech").node
    assert resolve_aliases(parse_query("entity:Q2429253").node, TABLE) == \
        Filter("entity", "Q2429253")


def test_filter_clause_quotes_ids_with_colons() -> None:
    assert filter_clause("entity", "per:mike-pompeo") == 'entity:"per:mike-pompeo"'
    parsed = parse_query(filter_clause("place", 'geo"names:1'))
    assert parsed.node == Filter("place", "geo names:1")


def test_a_users_alias_is_found_without_reindex(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        [article_id] = v.ingest_bytes([("seed.txt", SEED.read_bytes())],
                                      source="lemonde.fr").new_ids
        v.enrich()
        assert v.search("Daech").total == 1  # a shipped alias of "l'EI"
        assert v.search("Zorglubie").total == 0
        assert v.search("entity:Zorglubie").total == 0
    main(["--data-dir", str(data), "aliases", "add", "Zorglubie", "Q2429253"])
    assert current(data).lookup("Zorglubie") is not None  # the file changed: read again
    with veille.open(data) as v:
        assert [h.id for h in v.search("entity:Zorglubie").hits] == [article_id]
        assert [h.id for h in v.search("Zorglubie").hits] == [article_id]
        assert v.search("Zorglubie -entity:Q2429253").total == 0
    main(["--data-dir", str(data), "aliases", "remove", "Zorglubie"])
    with veille.open(data) as v:
        assert v.search("Zorglubie").total == 0


def test_a_saved_search_on_an_entity_alerts_once_enriched(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        saved = v.save_search(SavedSearch(name="EI", query=filter_clause("entity", "Daech"),
                                          collapse=False))
        plain = v.save_search(SavedSearch(name="coalition", query="coalition",
                                          collapse=False))
        [article_id] = v.ingest_bytes([("seed.txt", SEED.read_bytes())],
                                      source="lemonde.fr").new_ids
        v.match_alerts()
        assert v.store.matches(saved.id) == []  # not enriched yet: no entity to match
        assert [m.article_id for m in v.store.matches(plain.id)] == [article_id]
        v.enrich()
        v.match_alerts()
        assert [(m.article_id, m.kind) for m in v.store.matches(saved.id)] == \
            [(article_id, "new")]
        assert len(v.store.matches(plain.id)) == 1  # enrichment does not alert it again
        v.reenrich()
        v.match_alerts()
        assert len(v.store.matches(saved.id)) == 1
        assert len(v.store.matches(plain.id)) == 1


def test_a_hit_found_through_an_alias_marks_the_alias_it_says(tmp_path: Path) -> None:
    """newuser15a W5: "Daech" found the seed (it says "l'EI" and "Etat islamique") with an
    unmarked snippet, read as a false hit; the names its entity goes by are marked, whole
    (never "groupe" alone for "groupe Etat islamique"), and only for the entity asked."""
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        v.enrich()
        [hit] = v.search("Daech").hits
        marked = " ".join(hit.snippets)
        assert "<mark>EI</mark>" in marked
        assert "<mark>coalition</mark>" not in marked
        [hit] = v.search("entity:Daech").hits
        assert "<mark>" in " ".join(hit.snippets)
        [hit] = v.search("coalition").hits
        assert "<mark>EI</mark>" not in " ".join(hit.snippets)
