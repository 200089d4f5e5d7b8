"""Datelines of text captures laid out over several lines (newuser11 T9, T11, T15): a
masthead's date of the day above the headline is no dateline when a labelled one follows;
an update time on its own line continues the publication's; an update is shown on the
clock the capture gave with its publication."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
BODY = (
    "Le conseil communal a adopté lundi soir le budget de l'an prochain, marqué par une "
    "hausse des investissements dans les écoles et la voirie du centre-ville.\n\n"
    "L'opposition a voté contre, dénonçant un endettement qu'elle juge excessif pour une "
    "commune de cette taille, selon le compte rendu de la séance publique.\n\n"
    "Les travaux de la place du marché commenceront au printemps et dureront un an, a "
    "précisé l'échevine des travaux publics devant les conseillers.\n")


def capture(top: str, dateline: str) -> str:
    return (f"Se connecter\nS'abonner\n{top}Régions > Namur\n\n"
            "Namur adopte un budget tourné vers les écoles\n\n"
            f"Par Léonie Hardy\n{dateline}\n\n{BODY}")


def test_a_masthead_date_yields_to_the_labelled_dateline() -> None:
    result = extract_text_capture(capture("Mardi 1 décembre 2026\n",
                                          "Publié aujourd'hui à 10:32"), fetched_at=FETCHED)
    content = result
    assert content.published is not None
    assert content.published.isoformat() == "2026-12-01T10:32:00+01:00"


def test_an_update_time_on_its_own_line_is_read() -> None:
    result = extract_text_capture(capture("", "Publié à 09:47\nModifié à 11:10"),
                                  fetched_at=FETCHED)
    content = result
    assert content.published is not None and content.updated is not None
    assert content.published.isoformat() == "2026-12-01T09:47:00+01:00"
    assert content.updated.isoformat() == "2026-12-01T11:10:00+01:00"


def test_an_update_is_on_the_clock_of_the_publication() -> None:
    result = extract_text_capture(
        capture("", "Publié le 1 déc. 2026 à 8 h 15 HNE\nMis à jour il y a 2 heures"),
        fetched_at=FETCHED)
    content = result
    assert content.updated == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
    assert content.updated.utcoffset() == timedelta(hours=-5)
