"""An agency re-dates its dispatch at each update ("le bilan s'alourdit"): 09:58 for the
first version, 11:04 for the update, at one URL. The article was first published at
09:58 and veille read it then, so the update keeps that publication and takes 11:04 as
its ``updated``; the story's first publication is the agency's 09:58, before its
reprints, not 11:04 after them (newuser14b S2). Real SQLite store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import veille

AGENCY_URL = "https://www.agence-exemple.fr/depeches/collision-a9.html"

OPENING = [
    "Trois personnes ont été tuées et onze blessées jeudi matin dans une collision entre un "
    "autocar et un poids lourd sur l'autoroute A9 près de Nîmes, a-t-on appris auprès de la "
    "préfecture du Gard.",
    "L'autocar, qui transportait une quarantaine de passagers vers Barcelone, a percuté "
    "l'arrière du camion vers 8 h 40 dans une zone de travaux, selon les premiers éléments "
    "de l'enquête confiée à la gendarmerie.",
    "La circulation a été coupée dans les deux sens entre les sorties Nîmes-Ouest et "
    "Gallargues, et des déviations ont été mises en place, a précisé la préfecture.",
]
UPDATE = ["Le bilan s'est alourdi à cinq morts en fin de matinée, deux blessés graves ayant "
          "succombé à l'hôpital de Nîmes, a indiqué la préfecture dans un communiqué."]


def page(url: str, site: str, title: str, published: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{url}'><meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>").encode()


def test_an_update_re_dating_a_dispatch_keeps_its_first_publication(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        first = v.ingest_bytes([("afp.html", page(
            AGENCY_URL, "Agence Exemple", "Collision sur l'A9 : trois morts près de Nîmes",
            "2026-11-26T09:58:00+01:00", OPENING))])
        [dispatch] = first.new_ids
        v.ingest_bytes([("reprise.html", page(
            "https://www.quotidien-exemple.fr/faits-divers/a9-collision.html",
            "Le Quotidien Exemple", "A9 : un autocar percute un camion, trois morts",
            "2026-11-26T10:12:00+01:00", OPENING))])
        update = v.ingest_bytes([("afp-maj.html", page(
            AGENCY_URL, "Agence Exemple",
            "Collision sur l'A9 : le bilan s'alourdit à cinq morts",
            "2026-11-26T11:04:00+01:00", OPENING + UPDATE))])
        assert update.versions == 1
        article = v.store.get(dispatch)
        assert article.content is not None
        assert article.content.title.endswith("cinq morts")
        assert article.content.published == datetime.fromisoformat("2026-11-26T09:58:00+01:00")
        assert article.content.updated == datetime.fromisoformat("2026-11-26T11:04:00+01:00")
        assert "first version" in article.content.evidence["published"]
        assert article.dedup is not None and article.dedup.story_id
        members = sorted(v.store.story(article.dedup.story_id), key=lambda m: m.time)
        assert [m.article_id for m in members][0] == dispatch
        assert members[0].time == datetime.fromisoformat("2026-11-26T09:58:00+01:00")
        assert [m.reprint for m in members] == [False, True]


def undated_page(url: str, site: str, title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{url}'><meta property='og:site_name' content='{site}'>"
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def test_an_update_without_a_date_keeps_the_first_publication(tmp_path: Path) -> None:
    """verify16 Z9: an update whose page gives no usable date (none printed, or one refused
    as later than its reading) erased the article's publication date: the article went to
    "date unknown", out of every date filter. It says nothing of when the article came
    out: the first version's date stays."""
    with veille.open(tmp_path / "data") as v:
        [dispatch] = v.ingest_bytes([("afp.html", page(
            AGENCY_URL, "Agence Exemple", "Collision sur l'A9 : trois morts près de Nîmes",
            "2026-11-26T09:58:00+01:00", OPENING))]).new_ids
        update = v.ingest_bytes([("afp-maj.html", undated_page(
            AGENCY_URL, "Agence Exemple",
            "Collision sur l'A9 : le bilan s'alourdit à cinq morts", OPENING + UPDATE))])
        assert update.versions == 1
        article = v.store.get(dispatch)
        assert article.content is not None and article.content.title.endswith("cinq morts")
        assert article.content.published == datetime.fromisoformat("2026-11-26T09:58:00+01:00")
        assert "first version" in article.content.evidence["published"]
        assert dispatch in {a.id for a in v.store.latest(limit=10)}  # dated, not "unknown"
