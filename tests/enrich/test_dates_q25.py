"""Issue 16, dates mentioned (q-dates25): the participle a weekday depends on gives its
tense (t-final25 F2, t-enrich25 E8), a same-day update is the latest writing time for the
parts of the day (t-final25 F4), English "will" is not read as a French passé simple by a
place name ("Vienna", t-enrich25 E8), "a" before its object is no past, and a month as a
noun's complement ("le conseil de juin") is a date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_clues import latest_writing, not_yet_come, stated_hour
from veille.enrich.date_participles import called_off, governing_participle
from veille.enrich.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published)}


# F2: a weekday governed by a past participle, the main verb in the future


def test_a_weekday_after_a_participle_in_apposition_is_the_acts_day() -> None:
    """t-final25 F2: "déclenchée mardi" went to the next Tuesday ("sera maintenue")."""
    got = _values("L'alerte rouge, déclenchée mardi à 19 heures, sera maintenue au moins "
                  "jusqu'à jeudi midi.", date(2026, 2, 4))  # a Wednesday
    assert got["mardi"] == "2026-02-03"
    assert got["jeudi midi"] == "2026-02-05"


def test_participles_right_after_their_noun_or_opening_the_sentence() -> None:
    wednesday = date(2026, 9, 16)
    assert _values("Le cycliste renversé dimanche à Lorient sera opéré demain.",
                   wednesday)["dimanche"] == "2026-09-13"
    assert _values("Nommée lundi à la tête de l'agence, elle prendra ses fonctions "
                   "vendredi.", wednesday) == {"lundi": "2026-09-14",
                                               "vendredi": "2026-09-18"}
    assert _values("Le texte, adopté en juillet, entrera en vigueur en janvier.",
                   date(2026, 3, 10))["en juillet"] == "2025-07-01"


def test_a_copula_or_an_auxiliary_keeps_its_own_tense() -> None:
    """The participle is an attribute or part of a compound tense: the verb decides."""
    friday = date(2026, 9, 18)
    assert _values("Les écoles resteront fermées lundi.", friday)["lundi"] == "2026-09-21"
    assert _values("Le texte doit être examiné mardi.", friday)["mardi"] == "2026-09-22"
    assert _values("Le grand marché samedi attirera du monde.", friday)["samedi"] == \
        "2026-09-19"


def test_an_events_participle_takes_the_main_verbs_tense() -> None:
    """ "prévu samedi, se jouera": ahead; "organisée samedi, a rassemblé": past."""
    wednesday = date(2026, 9, 16)
    assert _values("Le derby, prévu samedi, se jouera à huis clos.",
                   wednesday)["samedi"] == "2026-09-19"
    assert _values("La marche, organisée samedi, a rassemblé 2 000 personnes.",
                   wednesday)["samedi"] == "2026-09-12"


def test_an_event_called_off_keeps_the_nearest_day() -> None:
    """t-enrich25 E8 (d28): "prévue jeudi soir, a été reportée" written on Friday went to
    the next Thursday; calling off is done before or after the day: the nearest one."""
    got = _values("L'évacuation du campement, prévue jeudi soir, a été reportée.",
                  date(2026, 3, 20))
    assert got["jeudi soir"] == "2026-03-19"
    got = _values("Le concert, programmé mardi, a été annulé.", date(2026, 9, 14))
    assert got["mardi"] == "2026-09-15"  # written on Monday: tomorrow's, called off


def test_governing_participle_kinds() -> None:
    assert governing_participle("déclenchée ", False) == "act"
    assert governing_participle("Le suspect interpellé ", False) == "act"
    assert governing_participle("prévue ", False) == "event"
    assert governing_participle("la journée ", False) == ""
    assert governing_participle("la première journée ", False) == ""
    assert governing_participle("le conseil de sécurité ", False) == ""
    assert governing_participle("Il a été interpellé ", True) == ""
    assert governing_participle("la ville de Vitré ", False) == ""
    assert called_off("a finalement été reporté au printemps")
    assert not called_off("a rassemblé 2 000 personnes")


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=80), st.booleans())
def test_governing_participle_never_raises(piece: str, has_verb: bool) -> None:
    assert governing_participle(piece, has_verb) in ("act", "event", "")


# F4: a same-day update is the latest writing time

_REUNION = timezone(timedelta(hours=4))


def test_a_same_day_update_keeps_its_evening() -> None:
    """t-final25 F4: published Wednesday 07:30, updated 22:30 (or 16:20): "a prévenu
    mercredi soir" went to the Wednesday before."""
    text = "« Le bilan pourrait encore s'alourdir », a prévenu mercredi soir le préfet."
    published = datetime(2026, 2, 4, 7, 30, tzinfo=_REUNION)
    found = find_dates(text, published.date())
    for hour, minute in ((22, 30), (16, 20)):
        updated = datetime(2026, 2, 4, hour, minute, tzinfo=_REUNION)
        [evening] = not_yet_come(found, published, updated, text)
        assert evening.value == "2026-02-04"
    # no update: the evening had not come at 07:30, the week before's (t-enrich20 E16)
    [evening] = not_yet_come(found, published, None, text)
    assert evening.value == "2026-01-28"


def test_a_later_days_update_keeps_the_published_day_as_anchor() -> None:
    text = "La circulation a repris mercredi soir sur la rocade."
    published = datetime(2026, 2, 4, 7, 30, tzinfo=_REUNION)
    updated = datetime(2026, 2, 5, 10, tzinfo=_REUNION)
    [evening] = not_yet_come(find_dates(text, published.date()), published, updated, text)
    assert evening.value == "2026-02-04"


def test_a_stated_hour_is_the_acts_time() -> None:
    text = "Le conducteur a été placé en garde à vue vendredi à 22 heures."
    published = datetime(2026, 11, 27, 5, 30, tzinfo=timezone(timedelta(hours=1)))
    found = find_dates(text, published.date())
    assert [d.value for d in not_yet_come(found, published, None, text)] == ["2026-11-20"]
    updated = published.replace(hour=23, minute=10)
    assert [d.value for d in not_yet_come(found, published, updated, text)] == \
        ["2026-11-27"]
    assert stated_hour(" à 19h30, il", 0) == 19
    assert stated_hour(" at 10 p.m.", 0) == 22
    assert stated_hour(" à 25 heures", 0) is None


def test_latest_writing_is_the_later_of_the_two_in_the_publications_offset() -> None:
    published = datetime(2026, 2, 4, 7, 30, tzinfo=_REUNION)
    utc = datetime(2026, 2, 4, 18, 30, tzinfo=UTC)
    assert latest_writing(published, utc) == datetime(2026, 2, 4, 22, 30, tzinfo=_REUNION)
    assert latest_writing(published, published - timedelta(hours=1)) == published
    assert latest_writing(published, datetime(2026, 2, 4, 22)) == published  # no offset


def _stage_value(updated: datetime | None) -> str:
    from veille.enrich.stage import DateStage, Resources
    from veille.record import Article, Content, RawInput

    content = Content(title="Cyclone", paragraphs=[
        "Les secours ont repris leurs recherches mercredi soir, a indiqué la préfecture."],
        published=datetime(2026, 2, 4, 7, 30, tzinfo=_REUNION), updated=updated,
        published_precision="time", language="fr")
    article = Article(raw=RawInput(b"x", "test", "text/plain"), content=content)
    stage = DateStage(Resources(aliases=None, gazetteer=None,  # type: ignore[arg-type]
                                recognizer_for=lambda language: None))
    [found] = (stage(article).enrichment or {})["dates"]
    return str(found["value"])


def test_the_date_stage_reads_the_update_time() -> None:
    assert _stage_value(datetime(2026, 2, 4, 21, tzinfo=_REUNION)) == "2026-02-04"
    assert _stage_value(None) == "2026-01-28"


@settings(max_examples=60, deadline=None)
@given(st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)),
       st.one_of(st.none(), st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1))),
       st.sampled_from(["", " à 22 heures", " vers 7h", " at 9 p.m."]))
def test_an_update_never_moves_a_day_later_than_without_it(
        published: datetime, updated: datetime | None, tail: str) -> None:
    text = "Il est parti vendredi soir" + tail + "."
    found = find_dates(text, published.date())
    without = not_yet_come(found, published, None, text)
    with_update = not_yet_come(found, published, updated, text)
    assert all(w.value >= o.value for w, o in zip(with_update, without, strict=True))


# E8: English future, "a" before its object, a month as a noun's complement


def test_english_will_is_not_undone_by_a_place_name_in_a() -> None:
    """t-enrich25 E8 (e02): "Vienna" was read as a French passé simple ("-nna")."""
    got = _values("Oil ministers from the OPEC+ alliance will meet in Vienna on Thursday "
                  "to discuss further output cuts.", date(2026, 2, 25))
    assert got["Thursday"] == "2026-02-26"
    got = _values("Delegates will gather in Ankara on Friday.", date(2026, 2, 25))
    assert got["Friday"] == "2026-02-27"
    # a French passé simple is still a past
    assert _values("Le ministre déplora mardi la décision.",
                   date(2026, 2, 25))["mardi"] == "2026-02-24"


def test_avoir_before_its_object_is_no_past() -> None:
    """t-enrich25 E8 (d30): "a toutes ses chances dans l'appel à projets d'avril" in
    March gave the April before."""
    got = _values("Selon elle, « le dossier est solide et a toutes ses chances dans "
                  "l'appel à projets d'avril ».", date(2026, 3, 23))
    assert got["d'avril"] == "2026-04-01"
    assert _values("Il y a des travaux prévus d'ici juin.", date(2026, 3, 23))
    assert _values("Il a ensuite longuement expliqué en avril sa position.",
                   date(2026, 3, 23))["en avril"] == "2025-04-01"


def test_a_month_as_a_nouns_complement_is_a_date() -> None:
    assert _values("Les candidats préparent le conseil de juin.",
                   date(2026, 3, 10)) == {"de juin": "2026-06-01"}
    assert _values("Ils partiront au mois de septembre.",
                   date(2026, 3, 10)) == {"de septembre": "2026-09-01"}
    # the planet and a capitalised name are no month
    assert _values("La mission d'exploration de Mars est reportée.", date(2026, 3, 10)) == {}


def test_an_events_participle_inside_a_complement_keeps_its_own_meaning() -> None:
    """"avant le dépôt du budget prévu le 1er avril": "prévu" names a coming event; the
    sentence's "a reçu" is another clause's verb (t-enrich25 d23, kept right)."""
    got = _values("La mairesse a reçu Le Devoir à l'hôtel de ville, deux jours avant le "
                  "dépôt du budget fédéral prévu le 1er avril.", date(2026, 3, 13))
    assert got["1er avril"] == "2026-04-01"


def test_a_verbless_phrase_opening_the_sentence_takes_the_main_clauses_tense() -> None:
    """"Lion d'argent en septembre …, la réalisatrice a commencé": the prize is past (was
    right by accident, "Mostra" read as a passé simple)."""
    got = _values("PARIS (AFP) - Lion d'argent en septembre à la Mostra de Venise, la "
                  "réalisatrice a commencé lundi le tournage de son nouveau film.",
                  date(2026, 3, 5))
    assert got["en septembre"] == "2025-09-01"


def test_what_is_asked_for_or_unveiled_is_not_dated_by_the_asking() -> None:
    assert _values("L'eurodéputée a demandé un débat dès la session de décembre.",
                   date(2026, 11, 26))["de décembre"] == "2026-12-01"
    assert _values("Le festival a dévoilé lundi les premiers noms de son édition de "
                   "juillet.", date(2026, 3, 3))["de juillet"] == "2026-07-01"


def test_depuis_in_the_mention_is_past_whatever_the_main_verb() -> None:
    """t-enrich24 d31: a fronted "Fermée depuis novembre" before "rouvrira" stays last
    November ("depuis" opens a span begun before the text)."""
    got = _values("BAYONNE - Fermée depuis novembre pour travaux, la ligne rouvrira le 6 "
                  "avril, a annoncé samedi la Région.", date(2026, 2, 2))
    assert got["depuis novembre"] == "2025-11-01"
