"""Outlets as the reader knows them (issue 14; t-final29 U3, U5 and F2's editions), through
the ``veille`` command on a real SQLite store and search index:

- a feed's own title names its items' outlet ("Le Monde.fr - Actualités …" is Le Monde's
  feed, "France Bleu - Infos" France Bleu's), a rubric-only title ("À la une") names none;
- ``source:`` matches a shown name without its leading article ("Progrès"), never
  another outlet ("Le Monde" is not "Le Monde diplomatique");
- France Bleu and its station "France Bleu Isère" are one outlet in a story's count of
  sources, each still shown by its own name (docs/dedup.md, *Sources and editions*);
- a reprint detached from its original's story is its lone story's own article: never
  "1 source: 0 with their own article, 1 only copying".

Fixtures: tests/fixtures/outlets30 (f-outlets30's held-out inputs, invented)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from capture_kit import out, run_veille
from veille.collect.feed_outlet import feed_outlet
from veille.outlet_groups import group_counts, outlet_groups
from veille.outlet_names import plausibly_names_site

FIXTURES = Path(__file__).parent.parent / "fixtures" / "outlets30"


def ingest(data: Path, name: str, *extra: str) -> None:
    done = run_veille(["ingest", *extra, str(FIXTURES / name)], data_dir=data)
    assert done.returncode == 0, done.stderr.decode()


def stories(data: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(out(run_veille(["stories", "--json", "-n", "50"],
                                                            data_dir=data)))
    return found


def hits(data: Path, query: str) -> set[str]:
    found = json.loads(out(run_veille(["search", "--json", "-n", "50", query], data_dir=data)))
    return {h["source"] for h in found["hits"]}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("outlets30") / "data"
    for name in ("06-lemonde.rss", "09-actu-a-la-une.rss", "11-leprogres.html",
                 "13-diplo.html", "14-francebleu.rss"):
        ingest(data, name)
    ingest(data, "15-francebleu-isere.txt", "--source", "France Bleu Isère")
    return data


def test_a_feed_title_names_its_items_outlet(store: Path) -> None:
    outlets = {i["source"]: i["outlet"] for s in stories(store) for i in s["items"]}
    assert outlets["lemonde.fr"] == "Le Monde"
    assert outlets["francebleu.fr"] == "France Bleu"
    assert outlets["actu.fr"] == "actu.fr"  # "À la une" names no outlet
    assert hits(store, 'source:"Le Monde"') == {"lemonde.fr"}


def test_source_matches_a_name_without_its_article_and_no_other_outlet(store: Path) -> None:
    assert hits(store, 'source:"Progrès"') == {"leprogres.fr"}
    assert hits(store, "source:progres") == {"leprogres.fr"}
    assert hits(store, 'source:"Monde diplomatique"') == {"monde-diplomatique.fr"}
    assert hits(store, 'source:"France Bleu Isere"') == {"France Bleu Isère"}


def test_a_network_and_its_station_are_one_source_of_a_story(store: Path) -> None:
    story = next(s for s in stories(store)
                 if any(i["source"] == "francebleu.fr" for i in s["items"]))
    assert {i["outlet"] for i in story["items"]} == {"France Bleu", "France Bleu Isère",
                                                     "Le Progrès"}
    assert (story["sources"], story["independent_sources"]) == (2, 2)
    shown = out(run_veille(["stories", story["id"]], data_dir=store))
    assert "2 sources" in shown and "France Bleu Isère" in shown


def test_a_detached_reprint_is_its_own_storys_article(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ingest(data, "16-afp.jsonl")
    ingest(data, "17-midilibre.rss")
    copy = next(i for s in stories(data) for i in s["items"] if i["source"] == "midilibre.fr")
    assert copy["relation"] == "reprint"
    assert run_veille(["stories", "detach", copy["id"]], data_dir=data).returncode == 0
    lone = next(s for s in stories(data) if any(i["id"] == copy["id"] for i in s["items"]))
    assert (lone["articles"], lone["reprints"], lone["sources"],
            lone["independent_sources"]) == (1, 0, 1, 1)
    shown = out(run_veille(["stories", lone["id"]], data_dir=data))
    assert "only copying" not in shown and "reprint" not in shown.split("\n")[1]
    assert run_veille(["stories", "undo", "1"], data_dir=data).returncode == 0
    back = next(s for s in stories(data) if any(i["id"] == copy["id"] for i in s["items"]))
    assert (back["articles"], back["reprints"], back["independent_sources"]) == (2, 1, 1)


@pytest.mark.parametrize(("title", "host", "name"), [
    ("Le Figaro - Actualité", "lefigaro.fr", "Le Figaro"),
    ("Ouest-France - Faits divers", "ouest-france.fr", "Ouest-France"),
    ("Rue89 Lyon", "rue89lyon.fr", "Rue89 Lyon"),
    ("Actualités | Sud Ouest", "www.sudouest.fr", "Sud Ouest"),
    ("Le Monde.fr - Actualités et Infos en France et dans le monde", "lemonde.fr", "Le Monde"),
    ("À la une", "actu.fr", ""),
    ("Google Actualités - France", "ladepeche.fr", ""),
    ("lefigaro.fr - Actualité", "lefigaro.fr", ""),
])
def test_feed_outlet(title: str, host: str, name: str) -> None:
    assert feed_outlet(title, host) == name


@given(st.text(max_size=80), st.sampled_from(["lefigaro.fr", "actu.fr", "rue89lyon.fr"]))
def test_feed_outlet_gives_a_plausible_name_or_none(title: str, host: str) -> None:
    name = feed_outlet(title, host)
    assert name == "" or (plausibly_names_site(name, host) and name in " ".join(title.split()))


@pytest.mark.parametrize(("sources", "groups"), [
    (["francebleu.fr", "France Bleu Isère", "leprogres.fr"], 2),
    (["France 3 Bretagne", "France 3 Normandie"], 1),
    (["20minutes.fr", "20 Minutes Lyon"], 1),
    (["Le Figaro", "lefigaro.fr"], 1),
    (["france3-regions.francetvinfo.fr", "francetvinfo.fr"], 1),
    (["lemonde.fr", "Le Monde diplomatique"], 2),  # not a place: another outlet
    (["La Voix du Nord", "La Voix du Jura"], 2),  # a masthead ending in "du": none
    (["nicematin.com", "varmatin.com"], 2),  # one press group, two mastheads
    (["a.blogspot.com", "b.blogspot.com"], 2),  # a private suffix: two sites
    (["lematin.ch", "lematin.ma"], 2),
])
def test_outlet_groups(sources: list[str], groups: int) -> None:
    assert len(outlet_groups(sources)) == groups


@given(st.lists(st.sampled_from(["francebleu.fr", "France Bleu Isère", "France Bleu",
                                 "lemonde.fr", "Le Monde diplomatique", "AFP",
                                 "a.blogspot.com", "b.blogspot.com", ""]), max_size=6),
       st.data())
def test_groups_partition_the_sources(sources: list[str], data: st.DataObject) -> None:
    groups = outlet_groups(sources)
    assert sorted(s for g in groups for s in g) == sorted({s for s in sources if s})
    flags = {s: data.draw(st.booleans()) for s in sources if s}
    total, own = group_counts(flags)
    assert own <= total == len(groups) <= len(flags)
    assert (own > 0) == any(flags.values())
