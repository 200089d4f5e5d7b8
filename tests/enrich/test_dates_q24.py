"""Issue 16, dates mentioned (q-dates24): coordinated weekdays in one week (t-enrich24
E13), "dès lundi" and "prêt à" ahead (E14), an update's text dated by the update and a
weekday by its full date in the paragraph (t-final24 F6), relative dates of an undated
article flagged as counted from the day veille first saw it (t-final24 S6)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_anchors import coordinated_weeks
from veille.enrich.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published)}


def test_coordinated_weekdays_in_the_imperfect_are_one_past_week() -> None:
    """E13: Monday went to the next week, Tuesday stayed on publication day."""
    got = _values("Plus de 100.000 personnes étaient attendues lundi et mardi à Binche.",
                  date(2026, 2, 17))
    assert got == {"lundi": "2026-02-16", "mardi": "2026-02-17"}


def test_coordinated_weekdays_in_the_future_are_one_coming_week() -> None:
    got = _values("Les élèves seront accueillis lundi ou mardi selon les classes.",
                  date(2026, 10, 13))  # a Tuesday
    assert got == {"lundi": "2026-10-19", "mardi": "2026-10-20"}


def test_three_coordinated_weekdays_follow_each_other() -> None:
    got = _values("Les syndicats appellent à la grève lundi, mardi et mercredi.",
                  date(2026, 3, 17))  # a Tuesday
    days = [got["lundi"], got["mardi"], got["mercredi"]]
    assert [(date.fromisoformat(d) - date.fromisoformat(days[0])).days
            for d in days] == [0, 1, 2]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
       st.sampled_from(["ont manifesté", "manifesteront", "manifestent",
                        "étaient attendus", "seront attendus"]),
       st.sampled_from(["lundi et mardi", "samedi ou dimanche", "jeudi et vendredi",
                        "mardi, mercredi et jeudi"]))
def test_coordinated_weekdays_are_always_consecutive(published: date, verb: str,
                                                    days: str) -> None:
    found = find_dates(f"Les agriculteurs {verb} {days} à Paris.", published)
    values = [date.fromisoformat(d.value) for d in found]
    assert len(values) == len(days.replace(",", " et").split(" et ")) or \
        len(values) == len(days.split(" ou "))
    assert all((b - a).days == 1 for a, b in zip(values, values[1:], strict=False))


def test_coordinated_weeks_leaves_days_of_one_week_alone() -> None:
    found = find_dates("Les pompiers sont intervenus mercredi et jeudi.", date(2026, 5, 15))
    assert coordinated_weeks("Les pompiers sont intervenus mercredi et jeudi.", found,
                             date(2026, 5, 15)) == found


def test_des_and_a_partir_de_a_weekday_point_forward() -> None:
    """E14: "« Je suis prêt à les revoir dès lundi »" of a Thursday was the Monday gone."""
    assert _values("« Je suis prêt à les revoir dès lundi … »",
                   date(2026, 2, 12)) == {"lundi": "2026-02-16"}
    assert _values("Le marché couvert est fermé à partir de mardi pour travaux.",
                   date(2026, 10, 16)) == {"mardi": "2026-10-20"}
    assert _values("Le préfet se dit prêt à recevoir les grévistes mardi.",
                   date(2026, 6, 5)) == {"mardi": "2026-06-09"}


def test_des_in_a_past_clause_stays_past() -> None:
    assert _values("Les grévistes ont bloqué le dépôt dès lundi.",
                   date(2026, 2, 12)) == {"lundi": "2026-02-09"}


def test_des_before_a_past_verb_stays_past() -> None:
    """rpm2 T02_C1_01: the verb after the day is past."""
    assert _values("Dès vendredi matin, une mission de la Commission bancaire a été "
                   "dépêchée sur place.", date(2019, 6, 1)) == {"vendredi matin": "2019-05-31"}


def test_an_update_paragraph_is_dated_by_its_update() -> None:
    """F6: "mercredi matin" after "Mise à jour mercredi 2 décembre :" in an article of
    Tuesday 1 December was Wednesday 25 November."""
    text = ("Le cyclone a touché La Réunion mardi.\n\nMise à jour mercredi 2 décembre : "
            "le passage du cyclone a fait un mort à Saint-Paul. Quelque 180 000 foyers "
            "étaient privés d'électricité mercredi matin.")
    got = _values(text, date(2026, 12, 1))
    assert got == {"mardi": "2026-12-01", "mercredi 2 décembre": "2026-12-02",
                   "mercredi matin": "2026-12-02"}


def test_an_update_marker_without_its_own_date_changes_nothing() -> None:
    text = "Le scrutin a eu lieu dimanche.\n\nMise à jour : les résultats ont été publiés jeudi."
    assert _values(text, date(2026, 3, 10)) == {"dimanche": "2026-03-08",
                                                "jeudi": "2026-03-05"}


def test_an_undated_update_marker_takes_the_pages_update_day() -> None:
    text = "Le scrutin a eu lieu dimanche.\n\nMise à jour : les résultats ont été publiés jeudi."
    got = {d.text: d.value for d in find_dates(text, date(2026, 3, 10), date(2026, 3, 12))}
    assert got == {"dimanche": "2026-03-08", "jeudi": "2026-03-12"}
    # an update day long after publication is no update of this text
    got = {d.text: d.value for d in find_dates(text, date(2026, 3, 10), date(2026, 9, 1))}
    assert got["jeudi"] == "2026-03-05"


def test_the_update_reanchors_days_and_relative_words() -> None:
    text = ("Le scrutin a eu lieu dimanche.\n\nMAJ jeudi 12 mars : les résultats définitifs "
            "ont été publiés hier soir par la préfecture.")
    got = _values(text, date(2026, 3, 10))
    assert got["dimanche"] == "2026-03-08"
    assert got["hier soir"] == "2026-03-11"


def test_a_weekday_after_its_full_date_in_the_paragraph_is_that_date() -> None:
    text = "Vendredi 5 juin, la décrue a commencé. Les habitants sont rentrés vendredi soir."
    assert _values(text, date(2026, 6, 1))["vendredi soir"] == "2026-06-05"


def test_a_weekday_in_another_paragraph_keeps_its_own_reading() -> None:
    text = "Le concert aura lieu vendredi 5 juin.\n\nLes pompiers sont intervenus vendredi soir."
    assert _values(text, date(2026, 6, 1))["vendredi soir"] == "2026-05-29"


def _undated_stage(paragraph: str) -> list[dict[str, object]]:
    from veille.enrich.stage import DateStage, Resources
    from veille.record import Article, Content, RawInput

    content = Content(title="Capture", paragraphs=[paragraph], published=None,
                      language="fr")
    article = Article(raw=RawInput(b"x", "test", "text/plain"), content=content,
                      first_seen=datetime(2026, 12, 3, 10, tzinfo=timezone(timedelta(0))))
    stage = DateStage(Resources(aliases=None, gazetteer=None,  # type: ignore[arg-type]
                                recognizer_for=lambda language: None))
    return list((stage(article).enrichment or {})["dates"])


def test_relative_dates_of_an_undated_article_are_flagged_first_seen() -> None:
    """S6: "lundi" of an undated capture was given as a known day."""
    found = _undated_stage("La réunion s'est tenue lundi. Le 14 juillet 2025, le défilé "
                           "a été annulé.")
    assert {str(d["text"]): bool(d.get("date_is_first_seen")) for d in found} == {
        "lundi": True, "14 juillet 2025": False}


def test_a_dated_article_has_no_first_seen_flag() -> None:
    from veille.enrich.stage import DateStage, Resources
    from veille.record import Article, Content, RawInput

    content = Content(title="Capture", paragraphs=["La réunion s'est tenue lundi."],
                      published=datetime(2026, 12, 3, tzinfo=UTC), language="fr")
    article = Article(raw=RawInput(b"x", "test", "text/plain"), content=content)
    stage = DateStage(Resources(aliases=None, gazetteer=None,  # type: ignore[arg-type]
                                recognizer_for=lambda language: None))
    [found] = (stage(article).enrichment or {})["dates"]
    assert "date_is_first_seen" not in found


def test_the_article_page_line_says_first_seen() -> None:
    from veille.web.enrich_markup import mentioned_dates

    [line, known] = mentioned_dates({"dates": [
        {"value": "2026-11-30", "granularity": "day", "text": "lundi",
         "date_is_first_seen": True},
        {"value": "2025-07-14", "granularity": "day", "text": "14 juillet 2025"}]})
    assert line.first_seen and line.weekday_ok
    assert not known.first_seen
