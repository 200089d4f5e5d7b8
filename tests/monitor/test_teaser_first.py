"""A full text stored after a teaser of it (newuser4 N36): teasers (a site that runs a
dispatch's first paragraphs, a feed summary) are often seen first. The full text was a
"reprint" of its own teaser, so a search that leaves out reprints never alerted on words
only in the rest of the dispatch."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import veille
from veille.record import utcnow
from veille.store.base import SavedSearch

DISPATCH = [
    "Le gouvernement néerlandais a annoncé lundi un plan de rénovation des digues du Zeeland, "
    "d'un montant de quatre milliards d'euros, après les crues exceptionnelles de l'automne.",
    "Les travaux commenceront au printemps sur une quarantaine de kilomètres de côtes, a "
    "précisé le ministre des Infrastructures lors d'une conférence de presse à La Haye.",
    "Les agriculteurs de la région, dont les terres ont été inondées pendant plusieurs "
    "semaines, réclament depuis des mois une indemnisation que le plan ne prévoit pas.",
    "Selon l'institut météorologique KNMI, la fréquence des tempêtes d'automne sur la mer "
    "du Nord a nettement augmenté au cours des vingt dernières années.",
    "Le port d'Anvers, en Belgique voisine, suit le dossier de près : une partie de son "
    "trafic fluvial dépend des écluses que le plan prévoit de reconstruire d'ici 2030.",
    "L'opposition travailliste juge le calendrier trop lent et demande un vote au "
    "Parlement avant la fin de l'année, ce que la coalition au pouvoir a refusé.",
]


def record(host: str, paragraphs: list[str], hours_ago: float) -> tuple[str, bytes]:
    data = {"title": "Pays-Bas : un plan de quatre milliards pour les digues du Zeeland",
            "url": f"https://{host}/digues-zeeland", "text": "\n\n".join(paragraphs),
            "source": host, "published": (utcnow() - timedelta(hours=hours_ago)).isoformat()}
    return f"{host}.jsonl", json.dumps(data, ensure_ascii=False).encode()


def test_a_full_text_after_its_teaser_is_the_original_and_alerts(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        digues = v.save_search(SavedSearch(name="digues", query="digues"))
        anvers = v.save_search(SavedSearch(name="Anvers", query="Anvers OR écluses"))
        v.ingest_bytes([record("breves.example", DISPATCH[:2], 2)])
        v.ingest_bytes([record("quotidien.example", DISPATCH, 1)])
        teaser, full = (next(a for a in v.latest(5) if a.source == host)
                        for host in ("breves.example", "quotidien.example"))
        assert full.dedup is not None and teaser.dedup is not None
        assert (full.dedup.relation, full.dedup.duplicate_of) == ("", None)
        assert (teaser.dedup.relation, teaser.dedup.duplicate_of) == ("teaser", full.id)
        assert teaser.dedup.story_id == full.dedup.story_id
        links = {(lk.other_id, lk.relation, lk.direction) for lk in v.store.links(full.id)}
        assert links == {(teaser.id, "teaser", "by")}
        # words only in the full text alert; the text the teaser carried alerted already
        assert [m.article_id for m in v.store.matches(anvers.id)] == [full.id]
        assert [m.article_id for m in v.store.matches(digues.id)] == [teaser.id]


def test_a_full_text_containing_a_teaser_of_another_article_is_its_reprint(
        tmp_path: Path) -> None:
    """The teaser seen first already announces a stored article: the new full text copies
    that article too."""
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([record("agence.example", DISPATCH, 5)])
        v.ingest_bytes([record("breves.example", DISPATCH[:2], 4)])
        v.ingest_bytes([record("quotidien.example", [*DISPATCH[:5], DISPATCH[5].replace(
            "travailliste", "de gauche")], 1)])
        by_source = {a.source: a for a in v.latest(5)}
        agence, breves, quotidien = (by_source[h].dedup for h in (
            "agence.example", "breves.example", "quotidien.example"))
        assert agence is not None and breves is not None and quotidien is not None
        assert (breves.relation, breves.duplicate_of) == ("teaser",
                                                         by_source["agence.example"].id)
        assert (quotidien.relation, quotidien.duplicate_of) == (
            "reprint", by_source["agence.example"].id)
