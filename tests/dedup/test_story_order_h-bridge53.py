"""A flood's story keeps its editorial when a follow-up arrives, in any order (h-bridge53,
t-final53 A2).

A minister's visit announced after a flood ("« Je veux dire aux Quimperlois que l'État sera
à leurs côtés »") had "aux Quimperlois" read as an estate (:mod:`veille.dedup.estates`),
a sub-place other than the one the flood's reports named ("au Bourgneuf"): the follow-up was
refused by the flood's story, founded its own, and the flood's editorial (dated by its day
only, so placed after the follow-up in the canonical order) joined it: a story lost a member
it held. Inhabitants are no estate (:func:`veille.dedup.estates._demonym`).

A fire in a Porto (Portugal) building, told twice, and floods in Porto Alegre (Brazil) the
day before named no kind of event (no Portuguese words in the lexicon) and no place the
Portuguese side's could part (Porto is under the gazetteer's size for cities abroad): they
were one story in every order (t-final53 A1). The Portuguese and Spanish disaster and
accident words (:mod:`veille.dedup.event_kinds_iberian`) tell a fire from a flood.

The articles are written for this test (CC0), ingested one at a time into real stores in
several orders.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.dedup.estates import estates
from veille.dedup.event_kinds import event_kinds
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

ARTICLES = [
    ("n1", "Le Courrier de Cornouaille", "2026-11-27T08:30:00+01:00",
     "Quimperlé : la Laïta déborde, deux morts au Bourgneuf",
     ["Deux personnes sont mortes dans la nuit de jeudi à vendredi au Bourgneuf, à "
      "Quimperlé, où la Laïta est sortie de son lit après des pluies diluviennes. Une "
      "soixantaine d'habitants ont été évacués par les pompiers du Finistère.",
      "La préfecture a placé le département en vigilance rouge crues. Les écoles de la "
      "commune resteront fermées vendredi."]),
    ("n2", "Ouest Breizh Info", "2026-11-27T10:00:00+01:00",
     "Inondations à Quimperlé : deux morts et soixante évacués",
     ["Deux personnes sont mortes et soixante ont été évacuées vendredi à Quimperlé, où la "
      "Laïta a débordé après des pluies diluviennes, selon les pompiers du Finistère.",
      "Le maire de Quimperlé a ouvert la salle des fêtes pour accueillir les sinistrés. La "
      "vigilance rouge crues reste en vigueur jusqu'à samedi."]),
    ("ed", "La Tribune des Idées", "2026-11-28",
     "Éditorial. Bretagne : l'État face à ses responsabilités",
     ["Les inondations qui ont frappé Quimperlé cette semaine ne sont pas une fatalité. "
      "Depuis des années, les élus alertent sur l'entretien des berges de la Laïta, sans "
      "être entendus à Paris.",
      "Le déplacement annoncé de la ministre ne suffira pas. Ce qu'attendent les habitants, "
      "ce sont des moyens durables pour prévenir les crues."]),
    ("fu", "Le Journal du Samedi", "2026-11-28T11:45:00+01:00",
     "Inondations à Quimperlé : la ministre Claire Morvan attendue dimanche",
     ["La ministre de la Transition écologique, Claire Morvan, se rendra dimanche à "
      "Quimperlé, la commune du Finistère la plus touchée par les inondations de jeudi, a "
      "annoncé son cabinet samedi.",
      "« Je veux dire aux Quimperlois que l'État sera à leurs côtés pour reconstruire », a "
      "écrit Mme Morvan. Elle doit rencontrer le maire et les familles des victimes."]),
]
ORDERS = [["n1", "n2", "ed", "fu"], ["fu", "ed", "n2", "n1"], ["n2", "fu", "n1", "ed"]]
PORTO = [
    ("f1", "Jornal da Invicta", "2026-12-03T10:20:00+00:00",
     "Incêndio em prédio da Rua do Almada obriga a retirar 25 moradores no Porto",
     ["Um incêndio num apartamento de um prédio da Rua do Almada, no Porto, obrigou a "
      "retirar 25 moradores durante a madrugada de quinta-feira. As chamas chegaram ao "
      "telhado.",
      "Os Bombeiros Sapadores do Porto controlaram o fogo ao fim de duas horas. Três "
      "pessoas foram assistidas por inalação de fumo."]),
    ("f2", "Diário da Ribeira", "2026-12-03T12:05:00+00:00",
     "Fogo na Rua do Almada: moradores passam a noite fora de casa",
     ["Os 25 moradores retirados do prédio da Rua do Almada, na Baixa do Porto, onde um "
      "incêndio deflagrou de madrugada, foram realojados pela Câmara.",
      "Os Sapadores mantêm uma equipa no local e a Polícia Judiciária investiga as causas "
      "do fogo."]),
    ("fl", "Correio do Guaíba", "2026-12-02T20:10:00-03:00",
     "Chuva forte alaga bairros de Porto Alegre e deixa 1,5 mil desalojados",
     ["A chuva forte que atingiu Porto Alegre nesta quarta-feira alagou ao menos dez "
      "bairros e deixou cerca de 1,5 mil pessoas desalojadas, segundo a Defesa Civil.",
      "Os bombeiros retiraram moradores de casas alagadas na Zona Norte. A prefeitura abriu "
      "abrigos em escolas municipais."]),
]
PORTO_ORDERS = [["fl", "f1", "f2"], ["f1", "fl", "f2"]]


def _partition(tmp_path: Path, order: list[str],
               articles: list[tuple[str, str, str, str, list[str]]] = ARTICLES
               ) -> set[frozenset[str]]:
    """The stories of ``articles`` ingested one at a time in ``order`` into a fresh store,
    as sets of article keys."""
    by_key = {a[0]: a for a in articles}
    store = SQLiteStore.open(tmp_path / "-".join(order) / "veille.sqlite3")
    ids: dict[str, str] = {}
    for key in order:
        _k, source, published, title, paragraphs = by_key[key]
        record = {"title": title, "text": "\n\n".join(paragraphs), "published": published,
                  "source": source, "url": f"https://example.org/hb53/{key}",
                  "language": "pt" if articles is PORTO else "fr"}
        named = (f"{key}.jsonl", json.dumps(record, ensure_ascii=False).encode())
        ids[key] = ingest_texts(store, [named]).new_ids[0]
    stories: dict[str | None, set[str]] = {}
    for key, article_id in ids.items():
        article = store.get(article_id)
        assert article is not None and article.dedup is not None
        stories.setdefault(article.dedup.story_id, set()).add(key)
    store.close()
    return {frozenset(s) for s in stories.values()}


def test_inhabitants_are_no_estate() -> None:
    assert estates("Visite", "« Je veux dire aux Quimperlois que l'État sera là »") == \
        frozenset()
    assert estates("Visite", "Un message aux Réunionnais et aux Marseillais.") == frozenset()
    assert estates("Tirs", "Un homme a été blessé aux Izards.") == {"izards"}


@pytest.mark.parametrize("order", ORDERS, ids=["-".join(o) for o in ORDERS])
def test_follow_up_and_editorial_stay_in_the_flood_story(tmp_path: Path,
                                                         order: list[str]) -> None:
    assert _partition(tmp_path, order) == {frozenset({"n1", "n2", "ed", "fu"})}


def test_portuguese_fire_and_flood_are_told_apart() -> None:
    assert "accident" in event_kinds(PORTO[0][3], PORTO[0][4])
    assert "disaster" in event_kinds(PORTO[2][3], PORTO[2][4])
    assert "disaster" not in event_kinds(PORTO[0][3], PORTO[0][4])


@pytest.mark.parametrize("order", PORTO_ORDERS, ids=["-".join(o) for o in PORTO_ORDERS])
def test_porto_fire_and_porto_alegre_floods_stay_apart(tmp_path: Path,
                                                       order: list[str]) -> None:
    assert _partition(tmp_path, order, PORTO) == {frozenset({"f1", "f2"}), frozenset({"fl"})}
