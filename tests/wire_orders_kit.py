"""One agency dispatch, two updates of it, another outlet's reprint and an aggregator's
teaser, as JSON Lines records (texts written for the tests): the wire records carry neither
URL nor guid, the same source and ``published``, the updates a later ``updated`` each. The
first update rewrites the lead and keeps the rest; the second keeps the first update and
adds a paragraph. The reprint runs the dispatch with its last paragraph cut; the teaser is
the opening of the updated lead. What the version-order tests ingest in every order and
batching (``tests/dedup/test_wire_update_orders.py``)."""

from __future__ import annotations

import json

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

BODY = [
    "Un feu de forêt a parcouru jeudi plus de 400 hectares de garrigue sur les hauteurs de "
    "Lézignan-Corbières, dans l'Aude, obligeant les gendarmes à fermer l'autoroute A61 "
    "entre Carcassonne et Narbonne pendant une partie de l'après-midi.",
    "Plus de 350 pompiers, appuyés par six avions bombardiers d'eau et deux hélicoptères, "
    "étaient mobilisés en fin de journée pour fixer les flancs du feu, attisé par une "
    "tramontane soufflant en rafales à 70 km/h.",
    "Une cinquantaine de résidents d'un lotissement isolé ont été mis à l'abri dans la "
    "salle des fêtes de la commune, selon la préfecture, qui précise qu'aucune habitation "
    "n'a été touchée à ce stade.",
    "Le département avait été placé mercredi en vigilance rouge pour le risque d'incendie, "
    "après un été particulièrement sec marqué par moins de dix millimètres de pluie "
    "depuis le mois de juin.",
]
LEAD_1 = ("L'incendie qui a brûlé plus de 600 hectares depuis jeudi près de Lézignan-Corbières, "
          "dans l'Aude, était fixé vendredi matin, a annoncé la préfecture, qui a rouvert "
          "l'autoroute A61 dans les deux sens de circulation.")
LAST_2 = ("Une enquête a été ouverte par le parquet de Narbonne pour déterminer l'origine du "
          "sinistre, parti selon les premiers éléments d'un bord de route départementale, "
          "a précisé le procureur de la République.")
PUBLISHED = "2026-08-13T15:12:00+02:00"


def _line(fields: dict[str, object]) -> bytes:
    return (json.dumps({**fields, "language": "fr"}, ensure_ascii=False) + "\n").encode()


def _wire(title: str, paragraphs: list[str], updated: str | None) -> bytes:
    fields: dict[str, object] = {
        "title": title, "source": "AFP", "published": PUBLISHED,
        "author": "Paul Lefèvre (AFP)",
        "text": "\n\n".join(["CARCASSONNE, 13 août 2026 (AFP) - " + paragraphs[0],
                             *paragraphs[1:]])}
    if updated:
        fields["updated"] = updated
    return _line(fields)


TITLES = {
    "dispatch": "Aude : un feu de forêt ferme l'autoroute A61",
    "update1": "Aude : l'incendie de Lézignan-Corbières fixé, l'A61 rouverte",
    "update2": "Aude : l'incendie fixé, une enquête ouverte sur son origine",
}
RECORDS = {
    "dispatch": _wire(TITLES["dispatch"], BODY, None),
    "update1": _wire(TITLES["update1"], [LEAD_1, *BODY], "2026-08-14T09:40:00+02:00"),
    "update2": _wire(TITLES["update2"], [LEAD_1, *BODY, LAST_2], "2026-08-14T12:05:00+02:00"),
    "reprint": _line({
        "url": "https://www.lindependant.fr/2026/08/13/feu-lezignan-a61.html",
        "source": "lindependant.fr", "published": "2026-08-13T16:02:00+02:00",
        "title": "Incendie près de Lézignan-Corbières : l'A61 coupée, 400 hectares brûlés",
        "paragraphs": BODY[:3]}),
    "teaser": _line({
        "url": "https://www.msn.com/fr-fr/actualite/france/aude-incendie-fixe/ar-AA1x2Yz",
        "source": "msn.com", "published": "2026-08-14T10:15:00+02:00",
        "title": "Aude : l'incendie de Lézignan-Corbières fixé",
        "paragraphs": [" ".join(LEAD_1.split()[:22]) + "…"]}),
}
WIRE = ("dispatch", "update1", "update2")


def ingest_batches(store: SQLiteStore, batches: list[list[str]]) -> None:
    """Ingest the records named in ``batches``: one input (one ingest) per batch, each
    batch's records in its order."""
    for n, batch in enumerate(batches):
        ingest_texts(store, [(f"batch{n}.jsonl", b"".join(RECORDS[name] for name in batch))])
