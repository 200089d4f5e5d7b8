"""Entity noise a fresh user met (2026-11-30), read with the real French model: all-caps
headlines, common nouns tagged as places, one name under two labels."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.aliases import AliasTable, parse, shipped_text
from veille.enrich.entities import Entity, Mention, resolve, restore_case
from veille.enrich.stage import Resources, pipeline
from veille.record import Article, Content, RawInput

TABLE = AliasTable(parse(shipped_text()))


def _enrich(resources: Resources, title: str, *paragraphs: str) -> dict[str, object]:
    article = Article(raw=RawInput(data=b"x", origin="test", media_type="text/plain",
                                   source="example.fr"),
                      content=Content(title=title, paragraphs=list(paragraphs),
                                      published=datetime(2019, 1, 15, tzinfo=UTC),
                                      language="fr"))
    outcome = pipeline(resources).run_one(article)
    assert outcome.ok and outcome.article is not None and outcome.article.enrichment
    return outcome.article.enrichment


def _ids(enrichment: dict[str, object]) -> dict[str, str]:
    entities = enrichment["entities"]
    assert isinstance(entities, list)
    return {str(e["id"]): str(e["name"]) for e in entities}


def test_an_all_caps_headline_gives_the_body_s_entities(resources: Resources) -> None:
    found = _enrich(resources, "FRAPPES DE LA COALITION SUR RAQQA",
                    "Des frappes de la coalition ont visé Raqqa, en Syrie, selon l'OSDH. "
                    "Raqqa est le fief de l'organisation.")
    ids = _ids(found)
    names = {n.casefold() for n in ids.values()}
    assert not any(n.startswith("frappes") or n.startswith("coalition") for n in names)
    # one entity: the place Ar Raqqah (GeoNames' alternate name "Raqqa")
    assert [i for i, n in ids.items() if n.casefold() == "raqqa"] == ["geonames:172955"]
    raqqa = next(e for e in found["entities"] if e["id"] == "geonames:172955")  # type: ignore[attr-defined]
    assert raqqa["count"] == 3  # the headline's "RAQQA" is the body's Raqqa


def test_a_common_noun_alone_is_no_entity(resources: Resources) -> None:
    ids = _ids(_enrich(resources, "Une crise diplomatique",
                       "Le Gouvernement a reçu le secrétaire d'État. Le Président a parlé. "
                       "Selon l'État, l'État islamique a revendiqué l'attaque."))
    assert not {"loc:etat", "org:etat", "org:gouvernement", "per:president"} & set(ids)
    assert "Q2429253" in ids  # "État islamique": the noun inside a name still counts


def test_restore_case_keeps_offsets_and_takes_the_body_s_casing() -> None:
    text = "FRAPPES DE L'OTAN SUR RAQQA\n\nL'OTAN a visé Raqqa et les frappes continuent."
    restored = restore_case(text)
    assert len(restored) == len(text)
    assert restored.startswith("frappes de l'OTAN sur Raqqa\n\n")
    assert restore_case("Un titre normal\n\nSon texte.") == "Un titre normal\n\nSon texte."


@given(st.text(max_size=200))
def test_restore_case_never_changes_length(text: str) -> None:
    assert len(restore_case(text)) == len(text)


def test_one_name_under_two_labels_is_one_entity() -> None:
    mentions = [Mention(0, 5, "Raqqa", "ORG"), Mention(10, 15, "Raqqa", "LOC"),
                Mention(20, 25, "Raqqa", "LOC")]
    entities: list[Entity] = resolve(mentions, TABLE)
    assert [(e.id, len(e.mentions)) for e in entities] == [("loc:raqqa", 3)]


def test_ambiguous_names_and_sentence_starts_link_no_entity() -> None:
    """Regression (fresh-user report): "l'Amérique latine" was tagged the United States
    (the shipped table had "Amérique" as an alias of Q30), so a search for "États-Unis"
    found Latin-American news; a person's name never links to a place ("Hollande" the
    president is not the Netherlands); and a capitalised word opening a sentence is no alias
    match on its own ("Seul le gouvernement…" is not Seoul)."""
    from veille.enrich.aliases import shipped_table
    from veille.enrich.entities import Mention, alias_spans, resolve

    table = shipped_table()
    assert table.lookup("Amérique") is None and table.lookup("USA") is not None
    text = "Seul le gouvernement a réagi. Les dirigeants de Seoul et de Washington aussi."
    found = [text[s:e] for s, e, _ in alias_spans(text, table)]
    assert "Seul" not in found and "Seoul" in found and "Washington" in found
    hollande = [Mention(0, 8, "Hollande", "PER")]
    [entity] = resolve(hollande, table)
    assert entity.label == "PER" and entity.id == "per:hollande"


@pytest.mark.parametrize(("name", "expected"), [
    ("Kito", None), ("Seul", None), ("Séoul", "Seoul"), ("Kyiv", "Kiev"), ("Pékin", "Pékin"),
])
def test_capitals_keep_spellings_of_their_name_only(name: str, expected: str | None) -> None:
    """Regression (fresh-user report): the skipper "Kito de Pavant" was geotagged Quito
    ("Kito" is one of GeoNames' alternate names for it, as Polish "Seul" is for Seoul)."""
    from veille.enrich.aliases import shipped_table

    row = shipped_table().lookup(name)
    assert (row.name if row else None) == expected
def test_a_common_noun_with_adjectives_is_no_entity() -> None:
    """"un État étranger" (issue #16): a common noun and lower-case adjectives is a
    description; "Parlement européen", "Commission européenne", "Assemblée nationale"
    (alias table, institutions) and "État islamique" stay."""
    text = ("Un État étranger, les Etats membres, le Parlement européen, la Commission "
            "européenne, l'Assemblée nationale, l'État islamique et la Cour constitutionnelle.")
    names = ["État étranger", "Etats membres", "Parlement européen", "Commission européenne",
             "Assemblée nationale", "État islamique", "Cour constitutionnelle"]
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "LOC" if n[0] == "É" else "ORG")
                for n in names]
    kept = {e.name for e in resolve(mentions, TABLE)}
    assert not any("étranger" in n or "membres" in n for n in kept)
    assert {"Parlement européen", "Commission européenne", "Cour constitutionnelle"} <= kept
    assert any(n.startswith("Assemblée nationale") for n in kept)
    assert any(n.casefold().startswith("état islamique") for n in kept)


def test_etat_etranger_read_by_the_model_is_no_entity(resources: Resources) -> None:
    ids = _ids(_enrich(resources, "Ingérence",
                       "Le Parlement européen accuse un État étranger d'ingérence, "
                       "selon la Commission européenne."))
    assert not [i for i, n in ids.items() if "tranger" in n]
    assert {"veille:parlement-europeen", "Q8880"} <= set(ids)  # Q8880: t-final21 F10


def test_headline_title_and_demonym_words_are_no_entities(resources: Resources) -> None:
    """Regression (new-user report nu1, F3), with the real model: "Réforme" (the headline's
    first word), "Première" (of "la Première ministre"), "Conseil" (cut from "Conseil des
    ministres") and "Français" as a place (a demonym) were entities."""
    ids = _ids(_enrich(
        resources,
        "Réforme des retraites : la Première ministre annonce un recours au 49.3 mardi",
        "La Première ministre Élisabeth Martin a annoncé dimanche soir, au journal de 20 "
        "heures, qu'elle aurait recours à l'article 49.3 de la Constitution mardi pour faire "
        "adopter la réforme des retraites sans vote.",
        "« Nous n'avons pas de majorité absolue, mais nous avons une responsabilité devant "
        "les Français », a-t-elle déclaré, en assurant que le texte serait présenté au "
        "Conseil des ministres le 6 février.",
        "Selon un sondage publié samedi, 68 % des Français se disent opposés au recours au "
        "49.3 sur ce texte, un chiffre en hausse de cinq points en un mois."))
    assert not {"misc:reforme", "misc:premiere", "org:conseil", "loc:francais"} & set(ids)
    assert "per:elisabeth-martin" in ids


def test_no_entity_spans_a_colon(resources: Resources) -> None:
    """Regression (nu1, F16): "Vendée Globe : Kito" was one entity."""
    found = _enrich(resources, "Vendée Globe : Kito de Pavant, heurté par un chalutier, abandonne",
                    "Le skipper Kito de Pavant, sur Groupe Bel, a heurté un chalutier au large "
                    "du Portugal et a dû abandonner la course.")
    names = {e["name"]: e["label"] for e in found["entities"]}  # type: ignore[attr-defined]
    assert not any(":" in name for name in names)
    assert names.get("Groupe Bel", "ORG") == "ORG"


@pytest.mark.parametrize("text", [
    "Vendée Globe : Kito de Pavant, heurté par un chalutier, abandonne",
    "Le skipper Kito de Pavant, sur Groupe Bel, a heurté un chalutier au large du Portugal."])
def test_a_name_with_a_particle_is_one_person(resources: Resources, text: str) -> None:
    """Regression (fresh user, nu2): the recogniser cut "Kito de Pavant" into "Kito" (MISC)
    and "Pavant" (PER), or kept "Kito" alone: two wrong entities, one a place's name."""
    found = _enrich(resources, "Voile", text)
    names = {e["name"]: e["label"] for e in found["entities"]}  # type: ignore[attr-defined]
    assert names.get("Kito de Pavant") == "PER"
    assert "Kito" not in names and "Pavant" not in names


def test_a_particle_before_a_place_joins_nothing(resources: Resources) -> None:
    found = _enrich(resources, "Cyclisme", "Le Tour de France partira de Lille en juillet.")
    names = {e["name"] for e in found["entities"]}  # type: ignore[attr-defined]
    assert not any(" de France" in name and name != "Tour de France" for name in names)
    assert not any(e["label"] == "PER" for e in found["entities"])  # type: ignore[attr-defined]


def test_a_place_tagged_as_a_person_once_is_the_place(resources: Resources) -> None:
    """Regression (nu3, N7): in the seed, "alliés occidentaux et kurdes de Washington" was
    tagged PER and became a person "Washington" beside the city named twice; one name in one
    article is one entity. A person's name alone still never links to a place."""
    from veille.enrich.entities import Mention, resolve

    mentions = [Mention(0, 10, "Washington", "LOC"), Mention(50, 60, "Washington", "PER"),
                Mention(90, 100, "Washington", "LOC")]
    entities = resolve(mentions, resources.aliases)
    assert [(e.id, len(e.mentions)) for e in entities] == [("Q61", 3)]
    alone = resolve([Mention(0, 8, "Hollande", "PER")], resources.aliases)
    assert [(e.label, e.known) for e in alone] == [("PER", False)]
