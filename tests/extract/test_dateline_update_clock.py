"""A bare update time in a dateline ("modifié à 07h12", "Updated 7:12 am") after the
publication (newuser4 N12, newuser5): it is the last such time at or after the publication
and not after the fetch. Read after midnight, Le Monde's "Publié hier à 18h30, modifié à
07h12" gave no update (today's 07h12 had not come, yesterday's preceded 18h30); an update
time before an absolute publication's time gave an update before the publication."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import find_dates, published_and_updated
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

PARIS = ZoneInfo("Europe/Paris")
AFTER_MIDNIGHT = datetime(2026, 12, 1, 2, 40, tzinfo=UTC)  # 03:40 in Paris
MORNING = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Paris
BODY = ("La junte militaire au pouvoir a annoncé dimanche le report sine die des élections "
        "législatives, qui devaient se tenir en février, invoquant la sécurité du Sud. ")


def test_le_monde_dateline_read_after_midnight() -> None:
    """The page was written on a day when 07h12 had passed: yesterday, for a fetch at
    03h40; "hier" is then the day before."""
    published, updated = published_and_updated(
        "Publié hier à 18h30, modifié à 07h12", default_zone=PARIS, now=AFTER_MIDNIGHT)
    assert published == datetime(2026, 11, 29, 18, 30, tzinfo=PARIS)
    assert updated == datetime(2026, 11, 30, 7, 12, tzinfo=PARIS)


def test_le_monde_dateline_read_after_the_update() -> None:
    published, updated = published_and_updated(
        "Publié hier à 18h30, modifié à 07h12", default_zone=PARIS, now=MORNING)
    assert published == datetime(2026, 11, 30, 18, 30, tzinfo=PARIS)
    assert updated == datetime(2026, 12, 1, 7, 12, tzinfo=PARIS)


def test_english_update_time() -> None:
    for text in ("Published yesterday at 6:30 pm, updated at 7:12 am",
                 "Published yesterday at 6:30 pm. Updated 7:12 a.m."):
        published, updated = published_and_updated(text, default_zone=PARIS,
                                                    now=AFTER_MIDNIGHT)
        assert published == datetime(2026, 11, 29, 18, 30, tzinfo=PARIS), text
        assert updated == datetime(2026, 11, 30, 7, 12, tzinfo=PARIS), text


def test_update_time_before_an_absolute_publication_time_is_a_later_day() -> None:
    text = "Publié le 29 novembre 2026 à 18h30, modifié à 07h12"
    assert published_and_updated(text, default_zone=PARIS, now=MORNING)[1] == datetime(
        2026, 12, 1, 7, 12, tzinfo=PARIS)
    assert published_and_updated(text, default_zone=PARIS, now=AFTER_MIDNIGHT)[1] == (
        datetime(2026, 11, 30, 7, 12, tzinfo=PARIS))
    assert published_and_updated(text, default_zone=PARIS)[1] == datetime(
        2026, 11, 30, 7, 12, tzinfo=PARIS)
    # the same day when the time follows the publication's, as before
    assert published_and_updated("Publié le 29 novembre 2026 à 18h30, modifié à 20h12",
                                 default_zone=PARIS, now=MORNING)[1] == datetime(
        2026, 11, 29, 20, 12, tzinfo=PARIS)


def test_a_clock_in_a_sentence_is_no_update() -> None:
    assert published_and_updated("Publié le 29 novembre 2026 à 18h30. Score 20:12 final",
                                 default_zone=PARIS, now=MORNING)[1] is None


def test_le_monde_page_and_capture() -> None:
    meta = ("<section class='article__meta'><span class='meta__date'>Publié hier à 18h30, "
            "modifié à 07h12</span></section>")
    html = (f"<html lang='fr'><body><main><h1>En Thaïlande, la junte reporte les élections"
            f"</h1>{meta}<article><p>{BODY * 2}</p><p>{BODY}</p></article></main>"
            f"</body></html>")
    content = extract_html(html, fetched_at=AFTER_MIDNIGHT)
    assert content.published == datetime(2026, 11, 29, 18, 30, tzinfo=PARIS)
    assert content.updated == datetime(2026, 11, 30, 7, 12, tzinfo=PARIS)
    text = (f"En Thaïlande, la junte reporte les élections\n\nPublié hier à 18h30, modifié "
            f"à 07h12\n\n{BODY}\n\n{BODY}\n\n{BODY}\n")
    capture = extract_text_capture(text, fetched_at=AFTER_MIDNIGHT,
                                   site_url="https://www.lemonde.fr/")
    assert capture.published == datetime(2026, 11, 29, 18, 30, tzinfo=PARIS)
    assert capture.updated == datetime(2026, 11, 30, 7, 12, tzinfo=PARIS)


_DAY_WORD = st.sampled_from(["hier", "aujourd'hui", "avant-hier"])


@given(_DAY_WORD, st.integers(0, 23), st.integers(0, 59), st.integers(0, 23),
       st.integers(0, 59), st.datetimes(min_value=datetime(2020, 1, 1),
                                        max_value=datetime(2030, 1, 1)))
def test_an_update_is_never_before_the_publication_nor_after_the_fetch(
        word: str, ph: int, pm: int, uh: int, um: int, naive_now: datetime) -> None:
    now = naive_now.replace(tzinfo=UTC)
    text = f"Publié {word} à {ph:02d}h{pm:02d}, modifié à {uh:02d}h{um:02d}"
    dates = find_dates(text, default_zone=PARIS, now=now)
    published = next((d.value for d in dates if not d.updated), None)
    updated = [d.value for d in dates if d.updated]
    for value in updated:
        assert value <= now + timedelta(seconds=1)
        assert (value.hour, value.minute) == (uh, um)
        if published is not None:
            assert value >= published
