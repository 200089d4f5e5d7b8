"""Bylines and dates of text captures in the shapes two fresh testers met (newuser13a,
sessions "a" and "h2"): link and Markdown marks around the name, "Écrit par", a byline
sharing its line with the date, a reading-time line under a bare name, zones printed after
the time, a masthead above a relative dateline, dates of blocks after the body. The texts
are written for these tests (same shapes, not the testers' captures)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
TITLE = "Vannes : le pont de Kerino fermé trois semaines pour des réparations"
BODY = (
    "Le pont de Kerino, qui relie les deux rives du port de Vannes, sera fermé à la "
    "circulation à partir de lundi prochain, pour une durée de trois semaines au moins.\n\n"
    "Les services techniques de la ville ont relevé des fissures sur deux piles de "
    "l'ouvrage lors d'une inspection de routine menée au début du mois de novembre.\n\n"
    "Une déviation sera mise en place par le boulevard de la Paix, et les bus de la "
    "ligne 4 emprunteront un itinéraire provisoire pendant toute la durée du chantier.\n")


def page(meta: str, *, top: str = "", end: str = "") -> str:
    return (f"Le Courrier du Golfe\nSe connecter\n{top}{TITLE}\n{meta}\n\n{BODY}\n{end}"
            "Partager sur Facebook\n")


@pytest.mark.parametrize(("meta", "authors"), [
    ("Par [7]Gwénaëlle Le Bihan\nPublié le 01/12/2026 à 08h10", ["Gwénaëlle Le Bihan"]),
    ("Par **Gwénaëlle Le Bihan**\nLe 01.12.2026 à 08h10", ["Gwénaëlle Le Bihan"]),
    ("Par [Gwénaëlle Le Bihan](https://example.org/auteurs/glb/)\nLe 01.12.2026 à 08h10",
     ["Gwénaëlle Le Bihan"]),
    ("Publié le 1 décembre 2026 à 08h10\nÉcrit par Loïc Guillou", ["Loïc Guillou"]),
    ("Écrit par Loïc Guillou avec Maëlle Riou\nPublié le 1 décembre 2026 à 08h10",
     ["Loïc Guillou", "Maëlle Riou"]),
    ("Mardi 1 décembre 2026 à 08:10 - Par Maëlle Riou, ici Breizh Izel", ["Maëlle Riou"]),
    ("Par Maëlle Riou Publié le 01/12/2026 à 08h10 Mis à jour le 01/12/2026 à 09h40",
     ["Maëlle Riou"]),
    ("Maëlle Riou - 01/12/2026 à 08h10", ["Maëlle Riou"]),
    ("Ouest-France Maëlle Riou. Publié le 01/12/2026 à 08h10", ["Maëlle Riou"]),
])
def test_byline_shapes(meta: str, authors: list[str]) -> None:
    result = extract_text_capture(page(meta), fetched_at=FETCHED)
    assert result.authors == authors
    assert result.published is not None
    assert result.published.isoformat() == "2026-12-01T08:10:00+01:00"


def test_reader_view_reading_time_under_the_name() -> None:
    text = f"ouest-golfe.fr\n{TITLE}\nMaëlle Riou\n3–4 minutes\n{BODY}"
    assert extract_text_capture(text, fetched_at=FETCHED).authors == ["Maëlle Riou"]


@pytest.mark.parametrize("line", [
    "Lieu-dit Kerino - 01/12/2026 à 08h10", "Publié le 01/12/2026 à 08h10",
    "Vannes. Publié le 01/12/2026 à 08h10"])
def test_no_byline_before_a_date(line: str) -> None:
    assert extract_text_capture(page(line), fetched_at=FETCHED).authors == []


@pytest.mark.parametrize(("line", "published"), [
    ("Publié le 01/12/2026 à 07:45 GMT+1", "2026-12-01T06:45:00+00:00"),
    ("Publié le 01/12/2026 à 06:15 GMT-4", "2026-12-01T10:15:00+00:00"),
    ("Publié le 01/12/2026 à 10h00 (UTC+4)", "2026-12-01T06:00:00+00:00"),
    ("Publié le 01/12/2026 à 05h30 UTC+05:30", "2026-12-01T00:00:00+00:00"),
    ("Publié le 01/12/2026 à 06h15 (heure de Guadeloupe)", "2026-12-01T10:15:00+00:00"),
    ("Publié le 01/12/2026 à 10h00, heure de La Réunion", "2026-12-01T06:00:00+00:00"),
    ("Publié le 01/12/2026 à 09h00 (heure de Nouméa)", "2026-11-30T22:00:00+00:00"),
])
def test_zone_printed_after_the_time(line: str, published: str) -> None:
    result = extract_text_capture(page(line), fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.astimezone(UTC).isoformat() == published
    assert result.evidence["timezone"] == "given by the capture"


@pytest.mark.parametrize("setting", ["Indian/Reunion", "America/Martinique"])
def test_paris_clock_beats_the_source_zone(setting: str) -> None:
    for line in ("Publié le 1 décembre 2026 à 10h15 (heure de Paris)",
                 "Publié le 1 décembre 2026 à 10h15, heure de Paris"):
        result = extract_text_capture(page(line), fetched_at=FETCHED, zone_setting=setting)
        assert result.published is not None
        assert result.published.isoformat() == "2026-12-01T10:15:00+01:00"


def test_local_clock_is_the_source_zone() -> None:
    result = extract_text_capture(page("Publié le 01/12/2026 à 06h15 (heure locale)"),
                                  fetched_at=FETCHED, zone_setting="America/Martinique")
    assert result.published is not None
    assert result.published.isoformat() == "2026-12-01T06:15:00-04:00"


def test_masthead_day_gives_way_to_a_relative_dateline() -> None:
    text = page("Hier à 18h30\nPar Maëlle Riou", top="Mardi 1 décembre 2026\n")
    result = extract_text_capture(text, fetched_at=datetime(2026, 12, 1, 7, 15, tzinfo=UTC))
    assert result.published is not None
    assert result.published.isoformat() == "2026-11-30T18:30:00+01:00"
    assert result.published_has_time


@pytest.mark.parametrize("end", [
    "Sur le même sujet\nVannes : le marché de Noël s'installe place des Lices\n"
    "Publié le 28/11/2026 à 10h00\nAuray : les routes gelées ce week-end\n"
    "Publié le 27/11/2026 à 18h00\n",
    "3 commentaires\nGolfeux56\nLe 01/12/2026 à 09:12\nEnfin une bonne nouvelle pour le "
    "quartier.\nRépondre\n",
    "Dernières infos\nIl y a 5 min\nSarzeau : un accident sur la D780 ralentit la "
    "circulation\nIl y a 20 min\nMuzillac : le festival dévoile sa programmation\n",
])
def test_dates_after_the_body_belong_to_other_texts(end: str) -> None:
    result = extract_text_capture(page("Par Maëlle Riou", end=end), fetched_at=FETCHED)
    assert result.published is None
    assert result.authors == ["Maëlle Riou"]


def test_a_date_at_the_foot_of_the_body_is_the_article_s() -> None:
    result = extract_text_capture(page("Par Maëlle Riou", end="Publié le 01/12/2026 à 07h45\n"),
                                  fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.isoformat() == "2026-12-01T07:45:00+01:00"


def test_a_print_header_s_time_is_no_dateline() -> None:
    text = (f"01/12/2026 23:05    {TITLE}\nLe Courrier du Golfe\n{TITLE}\nPar Maëlle Riou\n\n"
            f"{BODY}\nhttps://example.org/vannes/pont-de-kerino    1/1\n")
    result = extract_text_capture(text, fetched_at=datetime(2026, 12, 1, 23, 10, tzinfo=UTC))
    assert result.published is None
    assert result.authors == ["Maëlle Riou"]
