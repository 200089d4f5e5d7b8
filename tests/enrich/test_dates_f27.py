"""Issue 16, dates mentioned (f-dates27): a headline's weekday in the historical present
("Wildfire closes Interstate 15 on Sunday", "Rail strike ends Friday", "Un incendie ravage
un entrepôt dimanche") is read from the body that tells its event, not as the coming day
a timetable verb would make it (``enrich/headline_days.py``)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich.dates import MentionedDate, find_dates
from veille.enrich.headline_days import (
    bare_weekday,
    headline_days,
    headline_end,
    told_in_past,
)


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


# a timetable verb in a headline told past by the body


def test_a_timetable_verb_in_a_headline_follows_the_bodys_past() -> None:
    """"closes … Sunday" went to the coming Sunday (the scheduled present), while the
    body's "on Sunday" is the last one."""
    text = ("Wildfire closes Interstate 15 on Sunday\n\nA wildfire forced authorities to "
            "close Interstate 15 near Barstow on Sunday, stranding drivers for hours.")
    assert _dates(text, date(2026, 12, 1)) == [("Sunday", "2026-11-29")] * 2  # a Tuesday


@pytest.mark.parametrize(("headline", "body"), [
    ("Rail strike ends Friday as union accepts pay offer",
     "The strike on Britain's railways ended on Friday after members voted to accept."),
    ("Senator meets Pope at the Vatican on Friday",
     "Senator Maria Lopez met Pope Leo at the Vatican on Friday, her office said."),
    ("Amtrak service resumes Friday after derailment",
     "Train service between Boston and New York resumed on Friday."),
])
def test_timetable_verbs_of_past_events(headline: str, body: str) -> None:
    got = _dates(f"{headline}\n\n{body}", date(2026, 11, 30))  # a Monday
    assert [value for _, value in got] == ["2026-11-27", "2026-11-27"]


def test_a_scheduled_headline_follows_the_bodys_future() -> None:
    text = ("Museum reopens Saturday after renovation\n\nThe museum will reopen to the "
            "public on Saturday, its director said.")
    assert _dates(text, date(2026, 12, 2)) == [("Saturday", "2026-12-05")] * 2  # Wednesday


def test_a_timetable_headline_with_no_body_evidence_stays_ahead() -> None:
    text = "Exhibition opens Monday\n\nThe exhibition brings together 200 works."
    assert _dates(text, date(2026, 12, 3)) == [("Monday", "2026-12-07")]  # a Thursday


# the body names the weekday in other words, or not at all


def test_a_french_headline_takes_the_bodys_weekday_with_its_part_of_day() -> None:
    """"prend fin vendredi" went to the nearest Friday, ahead: the body's "vendredi soir"
    is not the same words, so one sense per discourse did not apply."""
    text = ("La grève des contrôleurs prend fin vendredi\n\nLa grève des contrôleurs a pris "
            "fin vendredi soir, après un accord trouvé avec la direction.")
    got = _dates(text, date(2026, 12, 1))  # a Tuesday: Friday 4 December is nearer
    assert got == [("vendredi", "2026-11-27"), ("vendredi soir", "2026-11-27")]


@pytest.mark.parametrize(("headline", "lead"), [
    ("Flash floods kill four in Texas Hill Country on Wednesday",
     "Flash floods that swept through the Texas Hill Country killed four people."),
    ("Un incendie ravage un entrepôt mercredi à Vénissieux",
     "Un incendie a ravagé un entrepôt de la zone industrielle de Vénissieux."),
    ("Un motard se tue mercredi soir près de Rodez",
     "Un motard de 34 ans s'est tué sur la RN88 après avoir percuté une glissière."),
    ("Un incendie détruit un hangar mercredi",
     "Un incendie a complètement détruit un hangar agricole près de Quimper."),
])
def test_a_headline_verb_the_lead_tells_in_the_past_is_the_last_day(
        headline: str, lead: str) -> None:
    got = _dates(f"{headline}\n\n{lead}", date(2026, 11, 30))  # Monday: 2 December nearer
    assert got[0][1] == "2026-11-25"


def test_a_headline_with_no_past_in_the_lead_keeps_the_nearest_day() -> None:
    text = ("Grève nationale mercredi dans les écoles\n\nLes syndicats appellent les "
            "enseignants à cesser le travail.")
    assert _dates(text, date(2026, 11, 30))[0][1] == "2026-12-02"


def test_a_first_line_ending_a_sentence_is_no_headline() -> None:
    text = "The museum reopens on Saturday.\n\nIt closed on Monday for repairs."
    assert _dates(text, date(2026, 12, 2))[0] == ("Saturday", "2026-12-05")


# the pure functions


def test_headline_end_and_bare_weekday() -> None:
    assert headline_end("Titre lundi\n\nCorps.") == len("Titre lundi")
    assert headline_end("Une phrase.\n\nCorps.") == 0
    assert headline_end("Titre seul") == 0
    assert bare_weekday("Monday night") == 0
    assert bare_weekday("dimanche soir") == 6
    assert bare_weekday("lundi 30 novembre") is None
    assert bare_weekday("demain") is None
    assert told_in_past("Police arrest suspect", "Police arrested a man.")
    assert not told_in_past("Police arrest suspect", "Police will arrest a man.")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
def test_headline_functions_never_raise(headline: str, body: str) -> None:
    text = f"{headline}\n\n{body}"
    end = headline_end(text)
    assert 0 <= end <= len(text)
    told_in_past(headline, body)
    bare_weekday(headline)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Monday", "mardi", "Sunday", "jeudi soir"]),
       st.sampled_from(["Fire destroys warehouse", "Strike ends", "Le sommet s'ouvre"]),
       st.sampled_from(["It closed.", "Il a fermé.", "Rien.", "A fire destroyed it."]),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_headline_days_moves_only_the_headline_by_less_than_a_week(
        day: str, verb: str, lead: str, published: date) -> None:
    text = f"{verb} {day}\n\n{lead} On {day} too."
    found = find_dates(text, published)
    again = headline_days(text, found, published)
    end = headline_end(text)
    for before, after in zip(found, again, strict=True):
        if before.start >= end:
            assert after == before
        assert abs((date.fromisoformat(after.value) - published).days) <= 7


# through the store and the CLI


def test_a_stored_headline_in_the_historical_present_is_the_last_day(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ingested, enriched and exported from a real store: the headline's "ends Friday"
    was the coming Friday while its body's was the last."""
    record = {"url": "https://example.com/rail-strike", "source": "example.com",
              "language": "en", "date": "2026-11-30T07:00:00+00:00",
              "title": "Rail strike ends Friday as union accepts pay offer",
              "text": "A week-long strike on Britain's railways ended on Friday after union "
                      "members voted to accept an improved pay offer."}
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps(record) + "\n", "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(records)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    dates = json.loads(line)["enrichment"]["dates"]
    assert [(d["text"], d["value"]) for d in dates] == [("Friday", "2026-11-27")] * 2


def test_mentioned_date_shape_is_unchanged() -> None:
    d = MentionedDate(0, 6, "Monday", "2026-11-30", "day", "")
    assert d.to_dict()["tense"] == ""
