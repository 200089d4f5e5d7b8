"""r-dates35 (issue 16): the governing word decides a mentioned day's side of publication.

- a call given as a noun ("un appel à débrayer jeudi", "its call for farmers to block roads
  on Wednesday") is ahead like the directive verbs; "dès" in it strictly ahead; a call told
  as over ("l'appel à la grève lundi a été peu suivi", "depuis l'appel …") is not;
- thanks for a day ("un grand merci pour dimanche", "Thanks for Saturday") is behind;
- a deadline in the imperfect under a saying verb ("avaient jusqu'à lundi …, selon la
  mairie": the sequence of tenses) is ahead; told as a fact it keeps its nearest reading;
- "dans la nuit" in the past with no day said is the night just ended, dated by the day
  it began (the day before publication), like "la nuit de mardi à mercredi";
- a plain future naming the publication's own weekday ("will run from Monday" written on a
  Monday) is that day (wire style names today by its weekday; only a call or request,
  "urged … from Monday", is strictly ahead);
- a season dated by its equinox or solstice is dated in the article's own zone.

Through ``find_dates`` and through the CLI with a real store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.date_clues import seasons_in_zone
from veille.enrich.dates import find_dates

MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)
WEDNESDAY = date(2026, 12, 2)
THURSDAY = date(2026, 12, 3)
FRIDAY = date(2026, 12, 4)


def _value(text: str, published: date, key: str) -> str | None:
    return next((d.value for d in find_dates(text, published) if key in d.text), None)


@pytest.mark.parametrize(("text", "published", "key", "value"), [
    ("La CGT a maintenu son appel à débrayer jeudi dans les ateliers.", FRIDAY, "jeudi",
     "2026-12-10"),
    ("Les enseignants ont relayé l'appel à la grève lundi dans les lycées.", WEDNESDAY,
     "lundi", "2026-12-07"),
    ("Le syndicat a lancé un appel à reprendre le travail dès lundi.", MONDAY, "lundi",
     "2026-12-07"),
    ("The federation renewed its call for farmers to block roads on Wednesday.", FRIDAY,
     "Wednesday", "2026-12-09"),
    # controls: the call told as over, or the day of the call's own act
    ("L'appel à la grève lundi a été peu suivi.", WEDNESDAY, "lundi", "2026-11-30"),
    ("Depuis l'appel à la grève lundi, trois dépôts sont bloqués.", WEDNESDAY, "lundi",
     "2026-11-30"),
    ("Les cheminots suivent l'appel à la grève lancé lundi par la CGT.", WEDNESDAY, "lundi",
     "2026-11-30"),
    ("La police a lancé un appel à témoins lundi.", WEDNESDAY, "lundi", "2026-11-30"),
    ("Un appel à témoins a été lancé lundi.", WEDNESDAY, "lundi", "2026-11-30"),
])
def test_a_call_noun_looks_ahead(text: str, published: date, key: str, value: str) -> None:
    assert _value(text, published, key) == value


@pytest.mark.parametrize(("text", "published", "key", "value"), [
    ("Un grand merci aux supporters pour dimanche.", TUESDAY, "dimanche", "2026-11-29"),
    ("Thanks for Saturday, the band wrote to its fans.", MONDAY, "Saturday", "2026-11-28"),
    ("Le club remercie les bénévoles pour samedi.", MONDAY, "samedi", "2026-11-28"),
    ("Nous vous remercions d'être venus samedi.", WEDNESDAY, "samedi", "2026-11-28"),
    ("Thanks for coming on Saturday.", WEDNESDAY, "Saturday", "2026-11-28"),
    # control: a day something is set for stays ahead
    ("Les vols ont été annulés pour jeudi.", TUESDAY, "jeudi", "2026-12-03"),
])
def test_thanks_are_for_a_day_gone_by(text: str, published: date, key: str,
                                      value: str) -> None:
    assert _value(text, published, key) == value


@pytest.mark.parametrize(("text", "value"), [
    ("Les exposants avaient jusqu'à lundi pour s'inscrire, selon la mairie.", "2026-12-07"),
    ("Les exposants avaient jusqu'à lundi pour s'inscrire, a rappelé la mairie.",
     "2026-12-07"),
    ("Applicants had until Monday to apply, organisers said.", "2026-12-07"),
    # control: a deadline told as a fact gone by
    ("Les exposants avaient jusqu'à lundi pour s'inscrire ; une vingtaine l'ont fait.",
     "2026-11-30"),
])
def test_a_reported_deadline_is_ahead(text: str, value: str) -> None:
    assert _value(text, THURSDAY, "lundi" if "lundi" in text else "Monday") == value


def test_the_night_just_ended_began_the_day_before() -> None:
    assert _value("Une voiture a pris feu dans la nuit à Montbéliard.", WEDNESDAY,
                  "nuit") == "2026-12-01"
    # the night of the day the narrative is at
    assert _value("Lundi, un randonneur a disparu. Il a été retrouvé dans la nuit.",
                  WEDNESDAY, "nuit") == "2026-11-30"
    # a night to come with no day said: none
    assert _value("Des averses sont attendues dans la nuit.", WEDNESDAY, "nuit") is None


def test_a_plain_future_on_its_own_weekday_is_that_day() -> None:
    assert _value("Overnight closures will run from Monday.", MONDAY, "Monday") == \
        "2026-11-30"
    assert _value("The council urged drivers to avoid the bridge from Monday.", MONDAY,
                  "Monday") == "2026-12-07"


def test_an_equinox_in_the_articles_zone() -> None:
    [autumn] = find_dates("The opening has been put back to the autumn.", date(2026, 9, 10))
    assert autumn.value == "2026-09-23"  # 00:35 UTC by the mean tropical year
    new_york = timezone(timedelta(hours=-4))
    [local] = seasons_in_zone([autumn], datetime(2026, 9, 10, 10, tzinfo=new_york))
    assert local.value == "2026-09-22"
    assert seasons_in_zone([autumn], datetime(2026, 9, 10, 10, tzinfo=UTC))[0].value == \
        "2026-09-23"
    assert seasons_in_zone([autumn], datetime(2026, 9, 10, 10))[0].value == "2026-09-23"


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.fr/r35/a", "title": "Ski",
         "text": "Ski\n\nThe opening of the new lift has been put back to the winter.",
         "language": "en", "date": "2026-12-03T10:00:00+09:00"},
        {"url": "https://example.fr/r35/b", "title": "Ski",
         "text": "Ski\n\nThe opening of the new lift has been put back to the winter.",
         "language": "en", "date": "2026-12-03T10:00:00+00:00"},
        {"url": "https://example.fr/r35/c", "title": "Grève",
         "text": "Grève\n\nLes syndicats ont lancé un appel à manifester samedi devant "
                 "la mairie.", "language": "fr", "date": "2026-12-02T12:00:00+01:00"},
        {"url": "https://example.fr/r35/d", "title": "Bénévoles",
         "text": "Bénévoles\n\nMerci à tous pour samedi, écrit l'association.",
         "language": "fr", "date": "2026-11-30T09:00:00+01:00"},
        {"url": "https://example.fr/r35/e", "title": "Incendie",
         "text": "Incendie\n\nUne grange a brûlé dans la nuit à Ornans.",
         "language": "fr", "date": "2026-12-02T07:30:00+01:00"},
        {"url": "https://example.fr/r35/f", "title": "Salon",
         "text": "Salon\n\nLes exposants avaient jusqu'à lundi pour s'inscrire, a précisé "
                 "la mairie.", "language": "fr", "date": "2026-12-03T11:00:00+01:00"},
    ]
    got = {k: [d["value"] for d in v["dates"]]
           for k, v in enrich_through_cli(tmp_path, records, capsys).items()}
    assert got == {"a": ["2026-12-22"], "b": ["2026-12-21"], "c": ["2026-12-05"],
                   "d": ["2026-11-28"], "e": ["2026-12-01"], "f": ["2026-12-07"]}
