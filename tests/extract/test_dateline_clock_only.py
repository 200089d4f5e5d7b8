"""Datelines that print a time and no day, or a day with dashes (newuser4 N37): "Publié à
18h30" (today's article, as Le Parisien or La Presse print it) and "Publié le 29-11-2026
18:30" gave no date at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from veille.extract.dates import find_relative
from veille.extract.text_capture import extract_text_capture

PARIS = timezone(timedelta(hours=1))
BODY = ("Le conseil départemental a voté lundi soir une hausse de la taxe de séjour, après "
        "un débat de trois heures sur le financement des routes et des collèges.\n\n"
        "L'opposition a dénoncé une mesure qui pèsera sur les hôteliers du littoral, déjà "
        "touchés par une saison estivale plus courte que prévu, selon leur syndicat.\n\n"
        "La hausse entrera en vigueur le premier jour de l'année prochaine et rapportera "
        "près de deux millions d'euros, selon les services du département.\n")


@pytest.mark.parametrize(("line", "now", "expected"), [
    ("Publié à 18h30", datetime(2026, 11, 30, 20, tzinfo=UTC), datetime(2026, 11, 30, 18, 30)),
    ("Publié à 23h50", datetime(2026, 11, 30, 8, tzinfo=UTC), datetime(2026, 11, 29, 23, 50)),
    ("Publiée à 7 h 05", datetime(2026, 11, 30, 8, tzinfo=UTC), datetime(2026, 11, 30, 7, 5)),
    ("Posted at 6:30 pm", datetime(2026, 11, 30, 20, tzinfo=UTC),
     datetime(2026, 11, 30, 18, 30)),
])
def test_a_publication_time_alone_is_the_last_such_time(line: str, now: datetime,
                                                        expected: datetime) -> None:
    [found] = find_relative(line, now=now, zone=PARIS)
    assert found.value == expected.replace(tzinfo=PARIS) and found.has_time
    assert found.value <= now


def test_words_around_a_clock_are_no_dateline() -> None:
    assert find_relative("Le train est parti à 18h30 de Rennes.",
                         now=datetime(2026, 11, 30, 20, tzinfo=UTC)) == []


@pytest.mark.parametrize(("dateline", "expected"), [
    ("Publié à 18h30", datetime(2026, 11, 30, 18, 30, tzinfo=PARIS)),
    ("Publié le 29-11-2026 18:30", datetime(2026, 11, 29, 18, 30, tzinfo=PARIS)),
])
def test_a_capture_is_dated_by_such_a_dateline(dateline: str, expected: datetime) -> None:
    text = f"Taxe de séjour : le département vote une hausse\n\n{dateline}\n\n{BODY}"
    result = extract_text_capture(text, fetched_at=datetime(2026, 11, 30, 21, tzinfo=UTC),
                                  site_url="https://www.ouest-journal.fr/")
    assert result.published == expected
    assert not any("Publié" in p for p in result.paragraphs)
