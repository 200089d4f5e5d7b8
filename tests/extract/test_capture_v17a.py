"""Captures of newuser17b X12 (an agency's signature of initials, "declined to comment",
a date and its time on two lines) and X13 (a dashed two-digit year), on texts written
here: other agencies, other words, the same shapes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import find_dates
from veille.extract.not_found import not_found_message
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
FR = ["Rabat, 1er déc (MAP) – Le port de Tanger Med a traité 9,8 millions de conteneurs "
      "depuis janvier, un record, a annoncé mardi l'autorité portuaire.",
      "Le trafic de camions TIR a progressé de 12 % sur la même période, selon la même "
      "source, portée par les exportations du secteur automobile.",
      "Une nouvelle extension du terminal est prévue pour 2028 et doit porter la capacité "
      "à douze millions de conteneurs par an.",
      "Les travaux de dragage du bassin doivent commencer au printemps prochain."]


def test_initials_under_the_text_neither_cut_it_nor_hide_its_date() -> None:
    capture = "\n".join(["Économie", "Tanger Med : un record de conteneurs en 2026", *FR,
                         "KB/HTM/RB", "Publié le mardi 1 décembre 2026 à 16:40", "Partager",
                         "Dans la même rubrique", "Casablanca : le tramway prolongé",
                         "© MAP 2026"])
    result = extract_text_capture(capture, fetched_at=NOW)
    assert result.paragraphs[-1] == FR[-1]
    assert len(result.paragraphs) == 4
    assert result.published is not None
    assert (result.published.day, result.published.hour, result.published.minute) == (1, 16, 40)
    assert result.authors == []


EN = ["LONDON, Dec 1 (Reuters) - British retailer Northgate plans to close 40 stores next "
      "year as it moves sales online, three people familiar with the plan said.",
      "The closures would affect about 1,200 jobs, one of the people said, adding that "
      "staff would be offered roles in its warehouses.",
      "A Northgate spokesperson declined to comment."]


def test_declined_to_comment_ends_the_text_and_the_time_line_dates_it() -> None:
    capture = "\n".join(["Retail", "Northgate to close 40 stores, sources say",
                         "By Ana Ruiz and Peter Holt", "December 1, 2026", "4:05 PM GMT",
                         "Updated 20 hours ago", *EN,
                         "Reporting by Ana Ruiz; Editing by Louise Hart",
                         "Our Standards: The Thomson Reuters Trust Principles.",
                         "Suggested Topics:", "Retail & Consumer"])
    result = extract_text_capture(capture, fetched_at=NOW)
    assert result.paragraphs[-1] == EN[-1]
    assert result.published == datetime(2026, 12, 1, 16, 5, tzinfo=UTC)


def test_a_dashed_two_digit_year_after_a_label_is_a_date() -> None:
    brussels = timezone(timedelta(hours=1))
    found = find_dates("Publié le 28-11-26 à 17h40", default_zone=brussels)
    assert [f.value for f in found] == [datetime(2026, 11, 28, 17, 40, tzinfo=brussels)]
    # Unlabelled in a sentence it is no date (a score, a reference).
    assert find_dates("Le score final, 28-11-26, a surpris", default_zone=brussels) == []


def test_a_standfirst_framed_by_the_head_is_the_lead_behind_a_paywall() -> None:
    chapo = ("Le groupe de travail recommande de réduire de moitié les aides aux chaudières "
             "à gaz dès 2028, contre l'avis des installateurs.")
    body = ["La note remise lundi soir au ministre ne laisse guère de doute : le "
            "gouvernement veut accélérer la sortie du fioul dans le parc social.",
            "D'après nos informations, Bercy en attend 800 millions d'euros par an."]
    capture = "\n".join(["Le Courrier du Soir", "Politique", "Économie", "Monde",
                         "Se connecter", "S'abonner", "Politique",
                         "Rénovation : Bercy veut raboter le chauffage au gaz", chapo,
                         "Claire Mendès", "01 décembre 2026 à 07h30", "Réservé aux abonnés",
                         "Partager", *body, "Il vous reste 80 % de l'article à lire.",
                         "Vous souhaitez lire la suite ?", "Déjà abonné ? Se connecter",
                         "© Le Courrier du Soir 2026 - Mentions légales"])
    result = extract_text_capture(capture, fetched_at=NOW)
    assert result.lead == chapo
    assert result.paragraphs == body


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2026, 11, 30)),
       st.integers(0, 23), st.integers(0, 59), st.sampled_from(["-", "/", "."]))
def test_any_labelled_two_digit_year_date_reads_back(day: date, hour: int, minute: int,
                                                     sep: str) -> None:
    paris = timezone(timedelta(hours=1))
    line = f"Publié le {day:%d}{sep}{day:%m}{sep}{day:%y} à {hour:02d}h{minute:02d}"
    found = find_dates(line, default_zone=paris)
    assert [f.value for f in found] == [
        datetime(day.year, day.month, day.day, hour, minute, tzinfo=paris)]


@given(st.lists(st.text(max_size=300), max_size=6))
def test_the_not_found_test_takes_any_body(paragraphs: list[str]) -> None:
    assert not_found_message(paragraphs) in (True, False)
