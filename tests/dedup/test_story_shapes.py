"""Stories on the shapes of hard negatives (two events that share people, places or words)
and of one event told twice, on synthetic articles: what the clustering parts, what it
joins, and (strict xfail) the shapes it is known to merge, measured in bench/stories.py
and docs/benchmarks.md ("Stories")."""

from __future__ import annotations

import json
from pathlib import Path

from veille.dedup.stories import Stories, story_wording, terms

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo" / "wikinews-fr" / "articles.jsonl"
DAY = 1440


def _warm() -> Stories:
    """A state that has seen the demo corpus 100 days earlier: its stories are closed, its
    document frequencies stay (a store that has run for a while)."""
    stories = Stories()
    for k, line in enumerate(DEMO.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        stories.assign(f"demo-{record['id']}",
                       terms(record["title"], record["text"].split("\n\n")), k)
    return stories


def _story(stories: Stories, article_id: str, title: str, body: str, day: float) -> str:
    return stories.assign(article_id, terms(title, [body]), int(100 * DAY + day * DAY),
                          text=story_wording([body]))


TRAM_BORDEAUX = ("Bordeaux inaugure la ligne D du tramway",
                 "La métropole de Bordeaux a inauguré samedi la ligne D de son tramway, qui "
                 "relie les Chartrons à Eysines en vingt minutes. Le maire Pierre Hurmic a "
                 "coupé le ruban devant la foule. Les rames circuleront toutes les six minutes.")
TRAM_NANTES = ("Nantes inaugure la ligne 5 du tramway",
               "La métropole de Nantes a inauguré samedi la ligne 5 de son tramway, qui relie "
               "l'île de Nantes à Rezé en vingt minutes. La maire Johanna Rolland a coupé le "
               "ruban devant la foule. Les rames circuleront toutes les six minutes.")


def test_one_event_told_twice_joins() -> None:
    stories = _warm()
    first = _story(stories, "a", *TRAM_BORDEAUX, 0)
    again = ("Tramway : la ligne D ouverte à Bordeaux",
             "Pierre Hurmic a inauguré la ligne D du tramway de Bordeaux entre les Chartrons "
             "et Eysines. Les premières rames ont circulé samedi après-midi.")
    assert _story(stories, "b", *again, 0.2) == first


def test_the_same_words_a_month_apart_stay_apart() -> None:
    stories = _warm()
    first = _story(stories, "a", *TRAM_BORDEAUX, 0)
    assert _story(stories, "b", *TRAM_BORDEAUX, 30) != first


def test_one_kind_of_event_in_two_cities_stays_apart() -> None:
    """One press template, two cities: the names in its slots conflict (newuser9 R28;
    docs/dedup.md, "One template, other names")."""
    stories = _warm()
    first = _story(stories, "a", *TRAM_BORDEAUX, 0)
    assert _story(stories, "b", *TRAM_NANTES, 0.1) != first


def test_a_lone_template_of_another_city_does_not_move_in() -> None:
    """A provisional first article moves into a story of two only if it is no template of
    its members filled in with other names (newuser9 R28)."""
    stories = _warm()
    stories.take_moved()
    nantes = _story(stories, "n", *TRAM_NANTES, 0)
    first = _story(stories, "a", *TRAM_BORDEAUX, 0.05)
    again = ("Tramway : la ligne D ouverte à Bordeaux",
             "Pierre Hurmic a inauguré la ligne D du tramway de Bordeaux entre les Chartrons "
             "et Eysines. Les premières rames ont circulé samedi après-midi.")
    assert _story(stories, "b", *again, 0.1) == first != nantes
    assert stories.story_of["n"] == nantes and "n" not in stories.take_moved()


DATI_CHILD = ("Rachida Dati annonce qu'elle attend un enfant",
              "La garde des Sceaux Rachida Dati a confirmé mercredi qu'elle attend un enfant "
              "pour janvier. La ministre de la Justice n'a pas dit qui est le père et "
              "demande que sa vie privée soit respectée.")
DATI_JUDGES = ("Les magistrats manifestent contre Rachida Dati",
               "Des milliers de magistrats ont manifesté jeudi devant les palais de justice "
               "contre la garde des Sceaux Rachida Dati, qui a convoqué un juge de Metz. La "
               "ministre de la Justice dénonce une grève politique.")


def test_one_person_in_two_events_stays_apart() -> None:
    """Regression (a strict xfail before newuser9 R11): they share the minister's names and
    titles ("garde des Sceaux", "Justice") and one plain word ("ministre"): what happened is
    not shared (``PLAIN_BAR``)."""
    stories = _warm()
    first = _story(stories, "a", *DATI_CHILD, 0)
    assert _story(stories, "b", *DATI_JUDGES, 1) != first


def test_two_events_sharing_only_common_words_stay_apart() -> None:
    stories = _warm()
    first = _story(stories, "a", "Cyberattaque contre le Quai d'Orsay",
                   "Le ministère des Affaires étrangères a subi une cyberattaque lundi. Des "
                   "pirates ont dérobé des télégrammes diplomatiques, selon le gouvernement, "
                   "qui a porté plainte. L'ANSSI enquête sur les serveurs touchés.", 0)
    other = _story(stories, "b", "Le Sénat adopte le budget de la Sécurité sociale",
                   "Les sénateurs ont adopté lundi le budget de la Sécurité sociale après "
                   "trois jours de débat. Le gouvernement a accepté deux amendements sur les "
                   "retraites, selon le ministre des Comptes publics.", 0.2)
    assert other != first


def test_bench_pairs_name_demo_articles() -> None:
    """bench/data/story-pairs.tsv names articles of the demo corpus, each pair of a kind."""
    ids = {json.loads(line)["id"] for line in DEMO.read_text(encoding="utf-8").splitlines()}
    rows = [line.split("\t") for line in
            (ROOT / "bench" / "data" / "story-pairs.tsv").read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    assert len(rows) == 26
    for kind, first, second, *_why in rows:
        assert kind in {"different", "same"} and {first, second} <= ids


def test_bench_held_out_pairs_are_new_demo_pairs() -> None:
    """bench/data/story-pairs-heldout.tsv (issue #14's fourth round, measured apart) names
    hard negatives of the demo corpus that story-pairs.tsv does not hold."""
    ids = {json.loads(line)["id"] for line in DEMO.read_text(encoding="utf-8").splitlines()}

    def pairs(name: str) -> list[list[str]]:
        text = (ROOT / "bench" / "data" / name).read_text(encoding="utf-8")
        return [line.split("\t") for line in text.splitlines()
                if line and not line.startswith("#")]

    known = {frozenset(row[1:3]) for row in pairs("story-pairs.tsv")}
    rows = pairs("story-pairs-heldout.tsv")
    assert len(rows) == 9
    for kind, first, second, *_why in rows:
        assert kind == "different" and {first, second} <= ids and first != second
        assert frozenset((first, second)) not in known
