"""A teaser or a reprint is mostly the other's text (newuser8 Q16).

Three outlets covered one event, each in its own words, and closed on the same official
appeal: one was a "teaser" of an older, longer dispatch because its lead paragraph borrowed
that dispatch's first sentence (the lead-only path ignored that the whole text, measured on
enough samples, was a third shared), and another was a "reprint" at a resemblance of 0.23
(one shared sentence and the names, in two short paragraphs). Independent coverage was
undercounted and the event split into two stories. The texts below are written for this
test (an invented landslide), not the tester's.
"""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import webhook_server
from veille.ingest import ingest_texts
from veille.store.base import SavedSearch
from veille.store.sqlite import SQLiteStore

CLOSING = ("La préfecture demande aux automobilistes d'éviter la vallée de la Maurienne et de "
           "consulter les sites officiels avant tout départ, en particulier ce week-end de "
           "retour de vacances.")
ALPES = ["Un éboulement a coupé jeudi matin la route départementale entre Modane et "
         "Saint-Michel-de-Maurienne, où plusieurs centaines de mètres cubes de roche ont "
         "enseveli la chaussée. Le maire de Modane, Jean-Claude Raffin, a fait évacuer deux "
         "chalets situés en contrebas et ouvert la salle des fêtes aux familles.", CLOSING]
RADIO = ["Sur la départementale entre Modane et Saint-Michel-de-Maurienne, la circulation "
         "est interrompue depuis jeudi après la chute de blocs de roche sur la chaussée. Les "
         "gendarmes ont mis en place une déviation par l'autoroute, et Jean-Claude Raffin, le "
         "maire de Modane, a relogé les habitants de deux chalets menacés.", CLOSING]
TELE = ["La circulation est impossible depuis jeudi dans le bas de la vallée : un pan de "
        "falaise s'est effondré sur l'axe qui mène de Modane à Saint-Michel. Personne n'a été "
        "blessé. Par précaution, la commune a demandé aux occupants de deux habitations "
        "voisines de partir, le temps que des géologues examinent la paroi.", CLOSING]
DEPECHE = [
    "Un éboulement a coupé jeudi matin la route départementale entre Modane et "
    "Saint-Michel-de-Maurienne, a-t-on appris auprès de la préfecture de la Savoie, qui "
    "n'a fait état d'aucune victime.",
    "« Plusieurs centaines de mètres cubes se sont détachés de la falaise pendant la nuit, "
    "et la montagne continue de bouger », a expliqué le directeur des routes du département "
    "lors d'un point presse organisé en fin de matinée à Modane.",
    "Des géologues doivent survoler la zone en hélicoptère vendredi pour évaluer les risques "
    "de nouvelles chutes de pierres avant d'autoriser le début des travaux de déblaiement, "
    "qui pourraient durer plusieurs semaines selon les premières estimations.",
    "En attendant, une déviation par l'autoroute A43 a été mise en place, gratuite pour les "
    "habitants de la vallée, et des navettes scolaires seront organisées dès lundi pour les "
    "collégiens de Saint-Michel-de-Maurienne qui étudient à Modane.",
    "La vallée avait déjà été coupée en 2023 par un éboulement géant qui avait interrompu "
    "pendant des mois la liaison ferroviaire entre la France et l'Italie, un épisode dont "
    "les habitants gardent un souvenir amer.",
    "Le conseil départemental a annoncé le déblocage d'une enveloppe d'urgence de deux "
    "millions d'euros pour sécuriser la paroi et indemniser les commerçants privés de "
    "clientèle pendant la fermeture de la route.",
]


def _record(n: int, title: str, paragraphs: list[str], source: str, hour: int = 10) -> bytes:
    return json.dumps({"url": f"https://{source}/{n}", "title": title, "source": source,
                       "published": f"2026-11-20T{hour:02d}:00:00+01:00",
                       "text": "\n\n".join(paragraphs)}, ensure_ascii=False).encode()


def _ingest(store: SQLiteStore, n: int, title: str, paragraphs: list[str],
            source: str) -> str:
    [new] = ingest_texts(store, [(f"{n}.jsonl", _record(n, title, paragraphs, source,
                                                         10 + n))]).new_ids
    return new


def _relation(store: SQLiteStore, article: str) -> tuple[str, str | None]:
    dedup = store.get(article).dedup
    assert dedup is not None
    return dedup.relation, dedup.duplicate_of


def test_a_rewrite_sharing_one_closing_sentence_is_independent(store: SQLiteStore) -> None:
    """Regression: two short articles in their own words, sharing the same names and one
    closing sentence (about a third of each), were a reprint at a resemblance of ~0.25."""
    _ingest(store, 0, "Savoie : un éboulement coupe la route de la Maurienne", ALPES,
            "alpes.example")
    radio = _ingest(store, 1, "Maurienne : la départementale fermée après un éboulement",
                    RADIO, "radio.example")
    assert _relation(store, radio) == ("", None)
    [summary] = store.stories()
    assert (summary.articles, summary.sources, summary.independent) == (2, 2, 2)


def test_a_lead_borrowing_one_sentence_is_no_teaser(store: SQLiteStore) -> None:
    """Regression: a short article whose lead paragraph opens on a longer dispatch's first
    sentence, the rest in its own words, was a "teaser" of it on its lead alone."""
    _ingest(store, 0, "Savoie : la route de la Maurienne coupée par un éboulement", DEPECHE,
            "agence.example")
    borrowed = ["Un éboulement a coupé jeudi matin la route départementale entre Modane et "
                "Saint-Michel-de-Maurienne, selon la préfecture de la Savoie, qui n'a fait "
                "état d'aucune victime. Sur place, les gendarmes ont installé une déviation, "
                "tandis que le maire a relogé les habitants de deux chalets menacés par de "
                "nouvelles chutes de pierres.", CLOSING]
    short = _ingest(store, 1, "Maurienne : une déviation après l'éboulement", borrowed,
                    "radio.example")
    assert _relation(store, short) == ("", None)


def test_a_true_teaser_stays_a_teaser(store: SQLiteStore) -> None:
    """The first paragraphs of the dispatch, cut mid-sentence, with a dateline."""
    full = _ingest(store, 0, "Savoie : la route de la Maurienne coupée par un éboulement",
                   DEPECHE, "agence.example")
    cut = " ".join(DEPECHE[1].split()[:20]) + "…"
    teaser = _ingest(store, 1, "Éboulement en Maurienne",
                     ["MODANE (AFP) - " + DEPECHE[0], cut, "Lire la suite"], "portail.example")
    assert _relation(store, teaser) == ("teaser", full)


def test_a_true_reprint_with_other_chrome_stays_a_reprint(store: SQLiteStore) -> None:
    """The whole dispatch in another outlet's chrome (share line, byline, "lire aussi"),
    a paragraph dropped and a few words changed."""
    original = _ingest(store, 0, "Savoie : la route de la Maurienne coupée par un éboulement",
                       DEPECHE, "agence.example")
    body = [DEPECHE[0].replace("jeudi matin", "jeudi"), *DEPECHE[1:4], DEPECHE[5]]
    chrome = ["Partager sur Facebook", *body, "Par la rédaction avec AFP",
              "Lire aussi : les éboulements se multiplient dans les Alpes"]
    copy = _ingest(store, 1, "Un éboulement bloque la Maurienne", chrome, "quotidien.example")
    assert _relation(store, copy) == ("reprint", original)


def test_a_much_edited_copy_keeping_the_lead_stays_a_reprint(store: SQLiteStore) -> None:
    """Under half of the dispatch's 3-grams left (a word added after every third one in
    all but the lead paragraph), but its lead kept: a copy keeps the lead or shares most of
    the rest (docs/dedup.md, *Mostly the other's text*)."""
    original = _ingest(store, 0, "Savoie : la route de la Maurienne coupée par un éboulement",
                       DEPECHE, "agence.example")

    def edited(paragraph: str) -> str:
        words = paragraph.split()
        return " ".join(w if i % 3 else f"{w} donc" for i, w in enumerate(words, 1))

    copy = _ingest(store, 1, "Maurienne : un éboulement",
                   [DEPECHE[0], *map(edited, DEPECHE[1:])], "quotidien.example")
    assert _relation(store, copy) == ("reprint", original)


def test_three_own_accounts_break_a_story(tmp_path: Path) -> None:
    """The alert the tester expected: three outlets' own accounts of the event, sharing the
    official closing appeal, are three independent sources, and a "breaking" search at 3
    fires (with the appeal counted as copying, the story had 1 independent source)."""
    accounts = [("alpes.example", ALPES), ("radio.example", RADIO), ("tele.example", TELE)]
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="éboulement", query="", breaking=3,
                                  within_minutes=60, webhook=url))
        for n, (host, text) in enumerate(accounts):
            record = {"title": f"Maurienne : un éboulement coupe la route ({n})",
                      "url": f"https://{host}/eboulement", "source": host,
                      "text": "\n\n".join(text)}
            v.ingest_bytes([(f"{n}.jsonl", json.dumps(record, ensure_ascii=False).encode())])
        [summary] = v.store.stories()
        assert (summary.sources, summary.independent) == (3, 3)
        assert v.deliver_alerts().sent == 1
    [(_headers, body)] = hooks.posts
    assert json.loads(body)["story"]["independent"] == 3
