"""Regression (t-final24 F4, issue 14): a paywalled HTML teaser of two paragraphs, the
opening of an agency dispatch, was no copy of it. The HTML extractor read the page's first
paragraph as its standfirst (``content.lead``, "standfirst above the byline"), so the body
held one sentence, found at the start of the dispatch's second paragraph: neither its
opening nor a copy. The story counted the teaser as an outlet's own article ("article
propre"), an alert fired for it, and search ranked it above the dispatch. Copy detection
now reads the whole text printed (standfirst and paragraphs: ``dedup/near.py body_of``).
Real ingest (HTML page and JSON Lines record) into a real SQLite store, in both orders.
(The page's second paragraph, "… le 3 juillet à 16h30 …", was what the extractor took for
the date line under a standfirst; it is the body's since f-copies25, issue 14.)"""

from __future__ import annotations

import json

import pytest

from copies_kit import relation
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

LEAD = ("Le conseil départemental de la Drôme a voté jeudi la fermeture du collège "
        "Jean-Moulin de Nyons à la rentrée prochaine, malgré l'opposition des parents "
        "d'élèves qui occupaient la salle des séances depuis le matin.")
SECOND = ("Les cours s'y arrêteront le 3 juillet à 16h30, et les 212 élèves iront dans "
          "deux collèges voisins.")
REST = [
    SECOND + " Un service de cars sera mis en place pour les familles de Nyons, "
    "selon le département.",
    "« C'est une décision prise sans concertation, les familles n'ont jamais été "
    "reçues », a dénoncé la présidente de l'association des parents, Claire Vidal, "
    "devant la presse à la sortie de l'hôtel du département.",
    "Le président du conseil départemental a invoqué la baisse des effectifs, passés "
    "de 340 à 212 élèves en dix ans, et le coût de la rénovation énergétique du "
    "bâtiment, estimé à 6 millions d'euros par les services techniques.",
    "Les parents ont annoncé un recours devant le tribunal administratif de Grenoble "
    "et une nouvelle manifestation samedi devant la mairie de Nyons, avec le soutien "
    "de plusieurs élus de l'opposition départementale.",
]
DISPATCH = (json.dumps({
    "url": "https://www.afp.com/fr/drome-college-nyons-ferme",
    "source": "AFP", "title": "Drôme : le collège de Nyons fermera à la rentrée",
    "published": "2026-11-26T16:40:00+01:00", "language": "fr",
    "text": "\n\n".join(["VALENCE, 26 novembre 2026 (AFP) - " + LEAD, *REST]),
}, ensure_ascii=False) + "\n").encode()
TEASER = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Le collège de Nyons fermera à la rentrée, malgré la colère des parents</title>
<link rel="canonical" href="https://www.ledauphine.com/education/college-nyons-fermeture">
<meta property="og:site_name" content="Le Dauphiné libéré">
<meta property="article:published_time" content="2026-11-26T18:05:00+01:00">
</head><body>
<nav>Accueil | Drôme | Ardèche | Abonnez-vous</nav>
<article>
<h1>Le collège de Nyons fermera à la rentrée, malgré la colère des parents</h1>
<p>{LEAD}</p>
<p>{SECOND}</p>
<div class="paywall"><p>Cet article est réservé aux abonnés. Il vous reste 80% à
découvrir.</p><p><a href="/abonnement">Je m'abonne</a> Déjà abonné ? Connectez-vous</p></div>
</article></body></html>
""".encode()
INPUTS = {"dispatch": ("dispatch.jsonl", DISPATCH), "teaser": ("teaser.html", TEASER)}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", [("dispatch", "teaser"), ("teaser", "dispatch")])
def test_a_two_paragraph_paywalled_page_is_the_teaser_of_the_dispatch(
        store: SQLiteStore, order: tuple[str, str], one_batch: bool) -> None:
    if one_batch:
        ids = ingest_texts(store, [INPUTS[name] for name in order]).new_ids
    else:
        ids = [i for name in order for i in ingest_texts(store, [INPUTS[name]]).new_ids]
    named = {("teaser" if "ledauphine" in str(store.get(i).url) else "dispatch"): i
             for i in ids}
    teaser = store.get(named["teaser"]).content
    assert teaser is not None and teaser.truncated
    # Its second paragraph, telling a time ("à 16h30"), is no date line since f-copies25:
    # the first is the body's, no standfirst above a byline (either way, a teaser).
    assert teaser.paragraphs[0] == LEAD and not teaser.evidence.get("lead")
    assert relation(store, named["teaser"]) == ("teaser", named["dispatch"])
    assert relation(store, named["dispatch"]) == ("", None)
    [story] = store.stories()
    assert story.first_source == "afp.com"
    assert story.independent == 1
