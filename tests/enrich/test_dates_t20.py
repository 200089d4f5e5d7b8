"""t-enrich20 E4-E7, E16: a date takes its own clause's verb however long the clause; the
English future in the past; a weekday in a cause's complement; "la semaine du 28
septembre"; a past day not yet come at publication time; a five-digit year."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_clues import not_yet_come, overlong_years, weeks_of
from veille.enrich.dates import MentionedDate, find_dates


def _dates(text: str, published: date) -> dict[str, tuple[str, str]]:
    return {d.text: (d.value, d.granularity) for d in find_dates(text, published)}


def test_a_long_clause_keeps_its_own_future_verb() -> None:
    text = ("NOUMÉA - Le président de la République, Emmanuel Macron, recevra les délégations "
            "indépendantistes et loyalistes à l'Élysée le 20 octobre, a indiqué dimanche la "
            "présidence.")
    assert _dates(text, date(2026, 10, 5))["20 octobre"] == ("2026-10-20", "day")
    text = ("La ministre de la Culture, Rachida Dati, inaugurera le nouveau musée des "
            "beaux-arts de la ville le 25 avril, a précisé jeudi son entourage.")
    assert _dates(text, date(2026, 10, 5))["25 avril"] == ("2027-04-25", "day")


def test_english_reported_future_is_ahead() -> None:
    text = "Macron said the two leaders would meet again in Paris on October 20."
    assert _dates(text, date(2026, 10, 5))["October 20"] == ("2026-10-20", "day")
    text = "Macron said the two leaders would meet again in Paris in September."
    assert _dates(text, date(2026, 6, 14))["in September"] == ("2026-09-01", "month")
    text = "Officials said the bridge is expected to reopen on April 28."
    assert _dates(text, date(2026, 4, 10))["April 28"] == ("2026-04-28", "day")
    text = "He said he would have signed on March 3."  # "would have": past
    assert _dates(text, date(2026, 4, 10))["March 3"] == ("2026-03-03", "day")


def test_a_weekday_in_a_causes_complement_is_past() -> None:
    friday = date(2026, 5, 22)
    text = ("La Cité des arts restera fermée jusqu'à lundi après les violentes rafales de "
            "jeudi, ont annoncé les autorités régionales.")
    found = _dates(text, friday)
    assert found["jeudi"] == ("2026-05-21", "day")
    assert found["lundi"] == ("2026-05-25", "day")
    text = "Les écoles resteront fermées mardi en raison des inondations de mercredi."
    assert _dates(text, friday)["mercredi"] == ("2026-05-20", "day")


def test_the_week_of_a_day_is_one_date() -> None:
    text = "Le ministre des Outre-mer doit se rendre sur l'île la semaine du 28 septembre."
    assert _dates(text, date(2026, 9, 18)) == \
        {"la semaine du 28 septembre": ("2026-09-28", "week")}


def test_a_five_digit_year_gives_no_date() -> None:
    assert _dates("Rendez-vous le 1er janvier 10000.", date(2026, 10, 5)) == {}
    assert _dates("Rendez-vous le 12 mai 14h.", date(2026, 5, 1)) == \
        {"12 mai": ("2026-05-12", "day")}


def test_a_past_evening_not_yet_come_is_last_weeks() -> None:
    paris = timezone(timedelta(hours=2))
    text = "Le Stade Rennais s'est imposé 2-1 vendredi soir au Moustoir."
    noon = datetime(2026, 9, 18, 12, tzinfo=paris)
    [found] = not_yet_come(find_dates(text, noon.date()), noon)
    assert found.value == "2026-09-11"
    late = datetime(2026, 9, 18, 23, 30, tzinfo=paris)
    [found] = not_yet_come(find_dates(text, late.date()), late)
    assert found.value == "2026-09-18"


_MENTION = st.builds(
    MentionedDate, start=st.integers(0, 50), end=st.integers(0, 80),
    text=st.sampled_from(["vendredi soir", "la semaine", "28 septembre", "lundi"]),
    value=st.dates(date(2020, 1, 1), date(2030, 1, 1)).map(date.isoformat),
    granularity=st.sampled_from(["day", "week", "month"]), sentence=st.just(""),
    tense=st.sampled_from(["", "past", "future"]),
    part=st.sampled_from(["", "evening", "morning", "night"]))


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=120), st.lists(_MENTION, max_size=5),
       st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)))
def test_post_filters_never_add_mentions_nor_move_later(
        text: str, found: list[MentionedDate], moment: datetime) -> None:
    found = sorted(found, key=lambda d: d.start)
    assert len(weeks_of(text, found)) <= len(found)
    assert len(overlong_years(text, found)) <= len(found)
    moved = not_yet_come(found, moment)
    assert len(moved) == len(found)
    assert all(m.value <= d.value for m, d in zip(moved, found, strict=True))


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc éàlundimarsjeudi12 ,.'«»")), max_size=160))
def test_find_dates_never_crashes_on_noise(text: str) -> None:
    for d in find_dates(text, date(2026, 5, 22)):
        assert 0 <= d.start < d.end <= len(text)


def _stage_dates(precision: str) -> list[dict[str, object]]:
    from veille.enrich.stage import DateStage, Resources
    from veille.record import Article, Content, RawInput

    content = Content(title="Football",
                      paragraphs=["L'OM s'est incliné vendredi soir face à Lens."],
                      published=datetime(2026, 3, 6, 11, tzinfo=timezone(timedelta(hours=1))),
                      published_precision=precision, language="fr")
    article = Article(raw=RawInput(b"x", "test", "text/plain"), content=content)
    stage = DateStage(Resources(aliases=None, gazetteer=None,  # type: ignore[arg-type]
                                recognizer_for=lambda language: None))
    return list((stage(article).enrichment or {})["dates"])


def test_the_date_stage_moves_a_day_not_yet_come_only_when_the_time_is_known() -> None:
    assert [d["value"] for d in _stage_dates("time")] == ["2026-02-27"]
    # a day-precision publication is midnight: no part of that day has come yet
    assert [d["value"] for d in _stage_dates("day")] == ["2026-03-06"]
