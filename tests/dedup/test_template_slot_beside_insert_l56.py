"""One template, other towns, when one text inserted a paragraph (t-final56 A1).

A regional paper's flood report ("… 110 millimètres de pluie en vingt-quatre heures à
Saint-Omer. Deux personnes sont mortes … sur le Pas-de-Calais …") printed the wire's Gard
template with its own towns, river, victims and prefect. It was stored as a `reprint of`
the Gard article (0.35) once that article's update inserted a paragraph after its
standfirst: the diff split "Saint-Omer" at its hyphen and aligned its "saint" with the
inserted "Saint-Jean-du-Gard", the town slot ("à Saint-Omer." / "à Alès.") was swallowed
by the insertion, and the window's last words, pushed out by it, counted as unaligned.
The reprint hid the article from the home page, from search (one hit per story) and from
a saved search's alert. Texts written for this test.
"""

from __future__ import annotations

import json

import pytest

from veille.dedup.template import templated, wording
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

UPDATE = ("Le corps de l'automobiliste porté disparu à Saint-Jean-du-Gard a été retrouvé "
          "jeudi après-midi par des plongeurs de la gendarmerie, portant le bilan à trois "
          "morts, a annoncé la préfecture.")


def flood(town: str, rain: int, hours: str, department: str, river: str, near: str,
          missing: str, prefect: str, update: bool = False) -> list[str]:
    return [
        f"Le département reste en vigilance rouge jusqu'à vendredi matin. Il est tombé "
        f"{rain} millimètres de pluie en {hours} heures à {town}.",
        *([UPDATE] if update else []),
        "Deux personnes sont mortes et une troisième est portée disparue après les pluies "
        "torrentielles qui se sont abattues dans la nuit de mercredi à jeudi sur le "
        f"{department}, où Météo-France a maintenu la vigilance rouge.",
        "Les deux victimes ont été retrouvées dans leur voiture emportée par les eaux "
        f"{river} près de {near}, a indiqué la préfecture. Un automobiliste est toujours "
        f"recherché à {missing}.",
        f"« Nous n'avons jamais vu l'eau monter aussi vite », a déclaré le préfet, {prefect}, "
        "lors d'un point presse. Il a appelé les habitants à « ne pas prendre la route ».",
    ]


GARD = dict(town="Alès", rain=320, hours="douze", department="Gard", river="du Gardon",
            near="Anduze", missing="Saint-Jean-du-Gard", prefect="Jérôme Bonet")
NORD = dict(town="Saint-Omer", rain=110, hours="vingt-quatre", department="Pas-de-Calais",
            river="de l'Aa", near="Blendecques", missing="Arques", prefect="Jacques Billant")


@pytest.mark.parametrize("update", [False, True])
def test_other_towns_on_one_template_are_templated(update: bool) -> None:
    gard = wording(flood(**GARD, update=update))  # type: ignore[arg-type]
    nord = wording(flood(**NORD))  # type: ignore[arg-type]
    assert templated(nord, gard) and templated(gard, nord)


def test_the_same_report_with_an_inserted_paragraph_stays_one_text() -> None:
    """The guard: the Gard report and its update name the same towns: no template."""
    before = wording(flood(**GARD))  # type: ignore[arg-type]
    after = wording(flood(**GARD, update=True))  # type: ignore[arg-type]
    assert not templated(after, before) and not templated(before, after)


def _record(url: str, title: str, paragraphs: list[str], source: str, minute: int) -> bytes:
    return json.dumps({"url": url, "title": title, "source": source,
                       "published": f"2026-12-03T10:{minute:02d}:00+01:00",
                       "text": "\n\n".join(paragraphs)}, ensure_ascii=False).encode()


def test_the_other_department_is_no_reprint_of_the_update(store: SQLiteStore) -> None:
    ingest_texts(store, [("a.jsonl", _record(
        "https://national.example/crues-gard", "Crues dans le Gard : deux morts",
        flood(**GARD), "national.example", 12))])  # type: ignore[arg-type]
    ingest_texts(store, [("b.jsonl", _record(
        "https://national.example/crues-gard", "Crues dans le Gard : trois morts",
        flood(**GARD, update=True), "national.example", 12))])  # type: ignore[arg-type]
    [nord] = ingest_texts(store, [("c.jsonl", _record(
        "https://nord.example/crues", "Crues dans le Pas-de-Calais : deux morts",
        flood(**NORD), "nord.example", 20))]).new_ids  # type: ignore[arg-type]
    dedup = store.get(nord).dedup
    assert dedup is not None
    assert (dedup.relation, dedup.duplicate_of) == ("", None)


def fire(town: str, area: str, department: str, size: str, firemen: str, officer: str,
         road: str) -> list[str]:
    return [
        f"Un violent incendie a ravagé un entrepôt de {size} m² dans la nuit de jeudi à "
        "vendredi. Aucun blessé n'est à déplorer.",
        f"Un violent incendie a ravagé un entrepôt de {size} m² de la {area}, à {town} "
        f"({department}), dans la nuit de jeudi à vendredi. {firemen} pompiers ont été "
        "mobilisés et aucun blessé n'est à déplorer, selon les pompiers.",
        "« Le feu a pris vers 2 heures du matin dans la partie stockage », a indiqué le "
        f"commandant des opérations de secours, {officer}. La route de {road} a été coupée.",
    ]


def test_towns_in_parentheses_and_counts_in_words_are_values() -> None:
    """t-final56b A1: a Colmar fire was a reprint of a Lanester one on one template: the
    département in parentheses ("(Haut-Rhin)") was no name and "Quarante-cinq" against
    "Quarante" no value, so the replaced words looked like an outlet's rewording."""
    east = wording(fire("Colmar", "zone industrielle nord", "Haut-Rhin", "4 000",
                        "Quarante-cinq", "Marc Schaller", "Neuf-Brisach"))
    west = wording(fire("Lanester", "zone du Rohu", "Morbihan", "3 000", "Quarante",
                        "Erwan Tanguy", "Lorient"))
    assert templated(east, west) and templated(west, east)
    again = wording(fire("Colmar", "zone industrielle nord", "Haut-Rhin", "4 000",
                         "Quarante-cinq", "Marc Schaller", "Neuf-Brisach"))
    assert not templated(east, again)
