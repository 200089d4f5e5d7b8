"""A weekday inside a purpose clause after a past verb is ahead of the act (t-enrich21 E13:
"a annoncé mardi une équipe inchangée pour affronter l'Irlande samedi" was the Saturday
before). Sentences written here, through the real enrichment pipeline."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources

TUESDAY = datetime(2026, 3, 10, 10, tzinfo=UTC)


def _dates(resources: Resources, text: str) -> dict[str, str]:
    dates = enrich(resources, text, published=TUESDAY)["dates"]
    assert isinstance(dates, list)
    return {str(d["text"]): str(d["value"]) for d in dates}


def test_a_weekday_in_a_purpose_clause_after_a_past_verb_is_ahead(
        resources: Resources) -> None:
    found = _dates(resources, ("Rugby\n\nLe sélectionneur a annoncé mardi une équipe "
                               "inchangée pour affronter l'Irlande samedi au Stade de France."))
    assert found["samedi"] == "2026-03-14"


def test_afin_de_opens_a_purpose_clause_too(resources: Resources) -> None:
    found = _dates(resources, ("Social\n\nLa direction a écrit aux salariés afin de "
                               "rencontrer les syndicats jeudi."))
    assert found["jeudi"] == "2026-03-12"


def test_a_past_infinitive_after_pour_tells_what_was_done(resources: Resources) -> None:
    found = _dates(resources, ("Justice\n\nIl a été condamné pour avoir frappé un policier "
                               "samedi."))
    assert found["samedi"] == "2026-03-07"


def test_a_purpose_clause_in_the_headline_governs_no_weekday_of_the_lead(
        resources: Resources) -> None:
    found = _dates(resources, ("Euthanasie : la Chancellerie attend l'évaluation de la loi "
                               "pour se prononcer\n\nLe ministère de la Justice ne s'est "
                               "pas prononcé jeudi sur une modification de la loi."))
    assert found["jeudi"] == "2026-03-05"
