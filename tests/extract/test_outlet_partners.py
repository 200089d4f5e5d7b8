"""An outlet writing "avec" a partner ("franceinfo avec France Bleu Paris") credits the
partner: no person is named, ``authors`` stays empty (docs/record.md; t-final27 F5). Two
people joined by "avec" stay co-authors."""

from __future__ import annotations

from pathlib import Path

import pytest

import veille
from veille.extract.bylines import outlet_partners, people_of

ENTRY = """<entry><title>Menaces contre le maire : un homme placé en garde à vue</title>
<id>https://www.francetvinfo.fr/faits-divers/menaces_{n}.html</id>
<link href="https://www.francetvinfo.fr/faits-divers/menaces_{n}.html"/>
<published>2026-12-01T17:05:00+01:00</published>
<author><name>{author}</name></author>
<content type="html">&lt;p&gt;{body}&lt;/p&gt;</content>
</entry>"""

BODY = ["Un homme de 24 ans, soupçonné d'avoir menacé de mort le maire de la commune, a été "
        "placé en garde à vue mardi, a appris la rédaction auprès du parquet de Bobigny.",
        "Le réseau de tramway de Bordeaux Métropole sera perturbé jeudi en raison d'un "
        "mouvement de grève des conducteurs, a prévenu l'exploitant mercredi."]


@pytest.mark.parametrize(("byline", "people", "credits"), [
    ("franceinfo avec France Bleu Paris", [], ["France Bleu Paris"]),
    ("Ouest-France avec France 3 Bretagne et RCF", [], ["France 3 Bretagne", "RCF"]),
    ("La Dépêche du Midi avec France Bleu Occitanie", [], ["France Bleu Occitanie"]),
    ("BFMTV avec RMC", [], ["RMC"]),
    ("Par la rédaction avec France Bleu Nord", [], ["France Bleu Nord"]),
    ("Le Monde avec AFP", [], ["AFP"]),
    ("Martin Untersinger avec Damien Leloup", ["Martin Untersinger", "Damien Leloup"], []),
])
def test_an_outlet_s_partner_is_a_credit_and_co_authors_stay_people(
        byline: str, people: list[str], credits: list[str]) -> None:
    assert people_of([byline]) == (people, credits)


def test_no_avec_no_partner() -> None:
    assert outlet_partners("franceinfo") == []
    assert outlet_partners("Marie Lacombe avec Julien Peyrot") == []


def test_a_feed_s_outlet_avec_station_author_names_no_one(tmp_path: Path) -> None:
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
            'xml:lang="fr"><title>franceinfo</title><id>x</id>'
            + ENTRY.format(n=3, author="franceinfo avec France Bleu Paris", body=BODY[0])
            + ENTRY.format(n=4, author="Marie Lacombe avec Julien Peyrot", body=BODY[1])
            + "</feed>")
    with veille.open(tmp_path / "data") as v:
        ids = v.ingest_bytes([("feed.atom", feed.encode())]).new_ids
        got = {v.get(i).url.rsplit("_", 1)[1]: v.get(i).content for i in ids}
    station, people = got["3.html"], got["4.html"]
    assert station.authors == []
    assert "France Bleu Paris" in station.evidence.get("credit", "")
    assert people.authors == ["Marie Lacombe", "Julien Peyrot"]
