""""Voir aussi" lists articles on the same subject, not news that shares one common word
with the headline, nor the same site's latest news (newuser17c S8: 4 of 5 suggestions for
a missing fisherman were a coach crash, a cyberattack, a law, a school bus). Real store,
index and HTTP server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from test_latest_story_date import line
from web_kit import LiveServer as serve_app
from web_kit import serve

import veille


def see_also(tmp_path: Path, lines: list[str]) -> tuple[list[dict[str, Any]],
                                                          dict[str, list[str]]]:
    """Ingest ``lines`` (JSON records) into a new store and serve it: the latest list
    (all articles), and each article's "see also" ids by its id."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join(lines).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        listed = http.get("/api/v1/latest", params={"all": "1"}).json()["articles"]
        related = {a["id"]: [r["id"] for r in http.get(f"/api/v1/articles/{a['id']}").json()[
            "related"]] for a in listed}
    return listed, related


def test_see_also_needs_more_than_one_common_word(tmp_path: Path) -> None:
    listed, related = see_also(tmp_path, [
        line("cote.example", "Vendée : un ostréiculteur porté disparu près de Noirmoutier",
             "2026-11-20T09:00:00+01:00", [
                 "Un ostréiculteur de 58 ans est porté disparu depuis mardi soir près "
                 "de Noirmoutier, où il relevait ses tables à marée basse.",
                 "La gendarmerie maritime et un hélicoptère de la sécurité civile "
                 "fouillent la baie de Bourgneuf depuis l'aube."]),
        line("ouest.example", "Noirmoutier : l'ostréiculteur disparu retrouvé sans vie",
             "2026-11-23T12:00:00+01:00", [
                 "Le corps de l'ostréiculteur disparu mardi a été retrouvé dimanche sur "
                 "une plage de l'île de Noirmoutier, a indiqué la préfecture.",
                 "Une autopsie doit être pratiquée pour établir les causes du drame."]),
        line("cote.example", "Rugby : un pilier porté disparu des terrains revient",
             "2026-11-21T18:00:00+01:00", [
                 "Absent des terrains depuis deux saisons après une blessure au genou, "
                 "le pilier du club local a rejoué samedi devant son public.",
                 "Son entraîneur salue un joueur qui n'a jamais renoncé."]),
        line("cote.example", "Budget : le conseil départemental vote les aides aux ports",
             "2026-11-22T18:00:00+01:00", [
                 "Le conseil départemental a adopté vendredi un plan d'aide de deux "
                 "millions d'euros pour moderniser les ports de pêche.",
                 "L'opposition a voté contre, jugeant l'enveloppe insuffisante."]),
    ])
    by_title = {a["title"]: a["id"] for a in listed}
    missing = by_title["Vendée : un ostréiculteur porté disparu près de Noirmoutier"]
    found = by_title["Noirmoutier : l'ostréiculteur disparu retrouvé sans vie"]
    budget = by_title["Budget : le conseil départemental vote les aides aux ports"]
    # the follow-up, unless it is in the article's own story (then shown as its story)
    assert set(related[missing]) <= {found}, related
    # "porté disparu" alone (the rugby comeback) and the same site's news are no subject
    assert related[budget] == []

def test_a_title_case_headline_has_no_names(tmp_path: Path) -> None:
    """verify18a V5: in an English headline in title case every word has a capital, so two
    unrelated articles sharing "Police" and "Monday" were each other's "see also"."""
    _, related = see_also(tmp_path, [
        line("daily.example", "Police Say Cyclist Injured In Leeds Collision On Monday",
             "2026-11-20T09:00:00+00:00", [
                 "A cyclist was seriously injured in a collision with a van in Leeds on "
                 "Monday morning, West Yorkshire Police said.",
                 "The road was closed for six hours while officers examined the scene."]),
        line("daily.example", "Police Unveil Bristol Bus Lane Cameras From Monday",
             "2026-11-21T09:00:00+00:00", [
                 "New cameras will fine drivers who use bus lanes in central Bristol from "
                 "Monday, the city council said.",
                 "Avon and Somerset Police said the scheme would be reviewed in spring."]),
    ])
    assert list(related.values()) == [[], []], related

def test_a_capital_the_sentence_gives_is_no_name(tmp_path: Path) -> None:
    """verify18a V5: "Incendie : …" opened both headlines, and its capital made it a name:
    two fires in two towns were each other's "see also"; an acronym stays a name."""
    listed, related = see_also(tmp_path, [
        line("ville.example", "Incendie : un entrepôt détruit à Vierzon dans la nuit",
             "2026-11-20T07:00:00+01:00", [
                 "Un entrepôt de meubles a été entièrement détruit par les flammes dans "
                 "la nuit à Vierzon, sans faire de blessé.",
                 "Une enquête a été ouverte pour déterminer l'origine du sinistre."]),
        line("autre.example", "Incendie : un entrepôt ravagé à Lunel, des riverains évacués",
             "2026-11-22T07:00:00+01:00", [
                 "Un violent incendie a ravagé un entrepôt de pneus à Lunel, obligeant "
                 "les pompiers à évacuer une vingtaine de riverains.",
                 "Les fumées ont incommodé plusieurs habitants du quartier."]),
        line("rail.example", "SNCF : les contrôleurs en grève ce week-end",
             "2026-11-23T07:00:00+01:00", [
                 "Les contrôleurs de la SNCF seront en grève samedi et dimanche, ont "
                 "annoncé les syndicats.",
                 "La direction promet un train sur deux sur les grandes lignes."]),
        line("rail2.example", "SNCF : la grève des contrôleurs maintenue",
             "2026-11-24T07:00:00+01:00", [
                 "Les syndicats de contrôleurs de la SNCF maintiennent leur préavis de "
                 "grève pour le week-end, faute d'accord sur les primes.",
                 "Le trafic sera très perturbé sur les TGV."]),
    ])
    ids = {a["title"].split(" ")[0] + a["source"]: a for a in listed}
    assert related[ids["Incendieville.example"]["id"]] == []
    # the two strike articles: "SNCF" is a name (an acronym), "contrôleurs", "grève" shared
    strike, other = ids["SNCFrail.example"], ids["SNCFrail2.example"]
    together = strike["story_id"] == other["story_id"]
    assert related[strike["id"]] == ([] if together else [other["id"]])


def test_function_words_are_no_shared_subject(tmp_path: Path) -> None:
    """R6: "après", "deux", "enfin" counted as shared words: a bridge reopening and a
    dustmen's strike ending were each other's "see also" (three shared words of a headline,
    no name needed). Function words are no evidence now. The strike is six weeks older
    (a story of its own: "see also" never lists the article's own story)."""
    listed, related = see_also(tmp_path, [
        line("ville.example", "Après deux mois de travaux, le pont de la Lanterne rouvre enfin",
             "2026-11-20T09:00:00+01:00", [
                 "Le pont de la Lanterne, fermé depuis septembre pour des travaux "
                 "d'étanchéité, a rouvert aux voitures lundi matin.",
                 "Les cyclistes disposent désormais d'une piste séparée."]),
        line("autre.example", "Après deux mois de grève, les éboueurs reprennent enfin le travail",
             "2026-10-10T09:00:00+01:00", [
                 "Les agents de collecte des déchets ont voté la reprise après un accord "
                 "sur les primes de pénibilité.",
                 "Les sacs accumulés sur les trottoirs seront ramassés d'ici vendredi."]),
        line("presse.example", "Pont de la Lanterne : la réouverture saluée par les riverains",
             "2026-11-22T09:00:00+01:00", [
                 "Les riverains du pont de la Lanterne saluent la fin des travaux et des "
                 "détours imposés depuis septembre.",
                 "La mairie promet un éclairage neuf pour le printemps."]),
    ])
    by_source = {a["source"]: a for a in listed}
    bridge, strike = by_source["ville.example"], by_source["autre.example"]
    assert strike["id"] not in related[bridge["id"]], related
    assert related[strike["id"]] == [], related


def test_a_word_common_in_the_store_is_no_shared_subject() -> None:
    """R6: a word the store's articles write everywhere ("France", "police") is no
    evidence either (:func:`veille.web.queries._common_stems` finds them by their match
    count; here given)."""
    from types import SimpleNamespace

    from veille.web.queries import _about_the_same

    candidate: Any = SimpleNamespace(content=SimpleNamespace(
        title="France : la police interpelle un suspect", lead=""))
    headline = "France : la police rouvre une enquête sur un incendie"
    assert _about_the_same(headline, candidate)
    assert not _about_the_same(headline, candidate, {"franc", "polic"})


def test_a_place_names_first_half_and_a_preposition_are_no_shared_subject() -> None:
    """t-reader24 R8: "Saint" (Saint-Claude, Saint-Jean-de-Monts) and "malgré" made a
    Vendée drowning the "see also" of a Besançon tram vote; the same place still is."""
    from types import SimpleNamespace

    from veille.web.queries import _about_the_same

    headline = "À Besançon, le tram ira jusqu'à Saint-Claude malgré l'opposition (avec AFP)"
    drowning: Any = SimpleNamespace(content=SimpleNamespace(
        title="Saint-Jean-de-Monts : un homme de 67 ans se noie plage des Demoiselles",
        lead="Un homme de 67 ans s'est noyé dimanche à Saint-Jean-de-Monts, malgré "
             "l'intervention rapide des sauveteurs."))
    assert not _about_the_same(headline, drowning)
    follow_up: Any = SimpleNamespace(content=SimpleNamespace(
        title="Tram vers Saint-Claude : les riverains partagés", lead=""))
    assert _about_the_same(headline, follow_up)


def test_see_also_reads_its_headline_words_counts_in_one_lookup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13: the article page found a headline's common words by a search for each of
    them (up to 8) after three store counts; it now asks the index once
    (:meth:`veille.index.base.Index.written_counts`): one search on the page, the
    see-also's own."""
    from veille.settings import Settings
    from veille.web import queries
    from veille.web.app import create_app
    from veille.web.search import IndexSearch

    class Counted(IndexSearch):
        searches = 0

        def search(self, request: Any, *, store: Any) -> Any:
            Counted.searches += 1
            return super().search(request, store=store)

    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("cote.example", "Vendée : un ostréiculteur porté disparu près de Noirmoutier",
                 "2026-11-20T09:00:00+01:00", ["Un ostréiculteur de 58 ans est porté disparu "
                                               "depuis mardi soir près de Noirmoutier."]),
            line("ouest.example", "Noirmoutier : l'ostréiculteur disparu retrouvé sans vie",
                 "2026-11-23T12:00:00+01:00", ["Le corps de l'ostréiculteur disparu mardi a "
                                               "été retrouvé dimanche à Noirmoutier."]),
        ]).encode() + b"\n")])
    monkeypatch.setattr(queries, "COMMON_FLOOR", 1)  # two articles: every word is read
    settings = Settings(data_dir=data)
    with serve_app(create_app(settings, search=Counted(settings))) as server, \
            httpx.Client(base_url=server.url, timeout=30) as http:
        listed = http.get("/api/v1/latest", params={"all": "1"}).json()["articles"]
        Counted.searches = 0
        related = http.get(f"/api/v1/articles/{listed[0]['id']}").json()["related"]
    assert Counted.searches == 1
    # both articles write "ostréiculteur", "disparu" and "Noirmoutier": common in a store
    # of two, so no evidence
    assert related == []
