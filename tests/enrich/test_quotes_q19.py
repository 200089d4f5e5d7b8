"""Quotes and speakers, faults of the new-user tester t-enrich19 (branch q-speakers19):
links to the wrong kind of entity (E2), junk speaker spans (E9), quotes over several
paragraphs (E8), dialogue dashes (E13). Sentences written here about invented people;
each test failed before its fix unless it says it is a guard."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import Quote, find_quotes, link_speakers
from veille.enrich.stage import Resources

from .conftest import enrich


def _speakers(section: dict[str, object]) -> list[tuple[str, str]]:
    quotes = section["quotes"]
    assert isinstance(quotes, list)
    return [(str(q["speaker"]), str(q.get("speaker_id") or "")) for q in quotes]


# E2: a role of an organisation, a place, a country reached through a description


@pytest.mark.parametrize(("role", "body"), [
    ("le capitaine des Bleus", "Bleus"),
    ("le vice-président du Rassemblement national", "Rassemblement national"),
])
def test_a_role_of_an_organisation_is_never_linked_to_the_organisation(
        resources: Resources, role: str, body: str) -> None:
    section = enrich(resources, (
        "Rencontre à Rennes\n\nLa rencontre a duré trois heures mardi soir. « Nous avons "
        f"obtenu des engagements clairs », a déclaré {role}."))
    entities = section["entities"]
    assert isinstance(entities, list)
    ids = {str(e["id"]) for e in entities
           if any(body in str(m[2]) for m in e["mentions"])}  # type: ignore[attr-defined]
    assert ids, section["entities"]
    assert len(_speakers(section)) == 1
    assert _speakers(section)[0][1] not in ids


def test_a_spokesperson_speaks_for_the_organisation(resources: Resources) -> None:
    """Guard: a spokesperson's words are the organisation's statement, linked to it."""
    section = enrich(resources, (
        "Rencontre à Rennes\n\nLa rencontre a duré trois heures mardi soir. « Nous avons "
        "obtenu des engagements clairs », a déclaré le porte-parole de la CGT."))
    entities = section["entities"]
    assert isinstance(entities, list)
    ids = {str(e["id"]) for e in entities
           if any("CGT" in str(m[2]) for m in e["mentions"])}  # type: ignore[attr-defined]
    assert _speakers(section)[0][1] in ids, (_speakers(section), ids)


def test_a_body_speaking_keeps_its_link(resources: Resources) -> None:
    """Guard: the organisation speaking as itself is still linked."""
    section = enrich(resources, (
        "Grève\n\n« Nous appelons à la grève jeudi », a annoncé la CGT dans un communiqué."))
    assert [speaker for speaker, _ in _speakers(section)] == ["CGT"]
    assert _speakers(section)[0][1]


def test_a_description_takes_no_name_from_inside_a_quote(resources: Resources) -> None:
    section = enrich(resources, (
        "Élection\n\n«Nous faisons confiance à Paul Arnaud, qui défendra les États-Unis "
        "d'Amérique et non le monde.»\n\nLe leader socialiste a appelé l'Europe à «engager "
        "un dialogue nouveau avec Washington»."))
    speakers = dict((s, i) for s, i in _speakers(section))
    assert "États-Unis d'Amérique" not in speakers
    assert not any(i == "Q30" for i in speakers.values())


def _loc(name: str, start: int, entity_id: str) -> dict[str, object]:
    return {"id": entity_id, "label": "LOC", "name": name, "known": True, "count": 1,
            "mentions": [[start, start + len(name), name]]}


def test_a_given_name_that_is_also_a_town_is_no_place() -> None:
    text = "Des manifestants campent place Tahrir. « Tout est en retard », explique Hassan."
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Hassan"]
    at = text.index("Hassan")
    link_speakers(quotes, [_loc("Hassan", at, "geonames:1270239")], lambda name: "", text,
                  frozenset())
    assert [q.speaker_id for q in quotes] == [""]


@pytest.mark.parametrize(("text", "name", "linked"), [
    # a country as its government, in the quote's own sentence: kept
    ("La crise s'aggrave. Le Brésil a annoncé : « Nous fermerons la frontière ».",
     "Brésil", True),
    # a town never speaks
    ("La crise s'aggrave. Lorient a annoncé : « Nous fermerons le port ».", "Lorient",
     False),
])
def test_only_a_country_speaks_for_its_government(text: str, name: str,
                                                  linked: bool) -> None:
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == [name]
    link_speakers(quotes, [_loc(name, text.index(name), "Q1")], lambda n: "", text,
                  frozenset({"Q1"} if name == "Brésil" else ()))
    assert bool(quotes[0].speaker_id) is linked


def test_a_country_reached_from_another_sentence_is_not_linked() -> None:
    quote = Quote(start=60, end=80, text="x" * 20, parts=[(60, 80)], speaker="Brésil",
                  speaker_start=3, speaker_end=9)
    text = "Le Brésil ferme ses ports. Plus tard, un élu a dit qu'il fallait « " + "x" * 20
    link_speakers([quote], [_loc("Brésil", 3, "Q155")], lambda n: "", text,
                  frozenset({"Q155"}))
    assert quote.speaker_id == ""


# E9: a speaker span is a noun phrase


def _by_text(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in find_quotes(text)}


@pytest.mark.parametrize("incise", ["a-t-elle ajouté", "poursuit-elle", "a-t-elle dit"])
def test_an_incise_is_never_the_speaker_of_the_quote_after_it(incise: str) -> None:
    text = (f"Claire Morin a pris la parole devant les grévistes. “Rien n’est réglé”, {incise}, "
            "avant de lancer : « Nous reviendrons ! »")
    assert _by_text(text)["Nous reviendrons !"] == "Claire Morin"


def test_a_phrase_before_a_colon_is_no_subject() -> None:
    text = ("Le recteur a présenté ses mesures mardi. Peine perdue : les étudiants du "
            "SNEP jugent ces annonces « insuffisantes » et réclament au recteur de « tout "
            "reprendre ».")
    speakers = _by_text(text)
    assert speakers["insuffisantes"] == "étudiants du SNEP"
    assert speakers["tout reprendre"] == "étudiants du SNEP"


@pytest.mark.parametrize("verb", ["jugent", "estiment", "dénoncent"])
def test_a_speaker_span_stops_before_a_finite_verb(verb: str) -> None:
    text = (f"Les parents d'élèves de la FCPE {verb} de telles mesures « inacceptables » "
            "depuis la rentrée.")
    assert _by_text(text)["inacceptables"] in ("parents d'élèves de la FCPE",
                                              "parents d'élèves")


@pytest.mark.parametrize("when", ["vendredi dernier", "hier soir", "mardi", "encore"])
def test_a_time_adverbial_is_no_part_of_an_inverted_subject(when: str) -> None:
    text = (f"« Ce serait, s'indignait {when} la fédération des parents, une faute "
            "grave. »")
    assert next(iter(_by_text(text).values())) == "fédération des parents"


@pytest.mark.parametrize("speaker", ["ancien président du club", "les deux syndicats"])
def test_a_noun_phrase_speaker_is_kept_whole(speaker: str) -> None:
    """Guard: no verb inside, nothing cut."""
    text = f"« Nous ne lâcherons rien », a déclaré {speaker} lundi."
    assert next(iter(_by_text(text).values())).endswith(speaker.split()[-1])


# E8: one quote over several paragraphs

INTRO = "La juge d'instruction, Hélène Marchal, a résumé jeudi l'enquête."
PARAGRAPHS = ("Le camion a quitté l'entrepôt vers minuit sans son chauffeur habituel.",
              "Deux hommes l'ont conduit jusqu'à la frontière belge sans être contrôlés.",
              "Nous cherchons encore le troisième homme")


@pytest.mark.parametrize("reopening", ["«", "»"])
@pytest.mark.parametrize("count", [2, 3])
def test_a_quote_over_paragraphs_is_one_quote_with_its_speaker(reopening: str,
                                                               count: int) -> None:
    """« reopens each paragraph (Imprimerie nationale), or » continues it (the older
    French use): one quote, a part per paragraph, said by the incise at its end."""
    body = PARAGRAPHS[-count:]
    paragraphs = [f"« {body[0]}", *(f"{reopening} {p}" for p in body[1:])]
    text = "Enquête\n\n" + INTRO + "\n\n" + "\n\n".join(paragraphs) + " », a-t-elle conclu."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Hélène Marchal"
    assert [text[s:e] for s, e in quotes[0].parts] == list(body)


def test_a_paragraph_opening_with_a_closing_mark_alone_closes_nothing_else() -> None:
    """Guard: a » opening a paragraph with no later » leaves the quote before as it was."""
    text = "« Nous partirons demain », a dit Paul Roche.\n\n» Fin."
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [
        ("Nous partirons demain", "Paul Roche")]


# E13: dialogue dashes


@pytest.mark.parametrize("dash", ["—", "–"])
@pytest.mark.parametrize(("turn", "incise"), [
    ("Nous garderons tous nos joueurs", "a-t-elle assuré"),
    ("Je reste, c'est certain", "lance-t-elle"),
    ("Rien n'est signé", "a-t-elle précisé"),
])
def test_a_dialogue_turn_with_an_incise_is_a_quote(dash: str, turn: str, incise: str) -> None:
    text = ("Mercato\n\nLa présidente du club, Nadia Ferrand, a été interrogée à la sortie."
            f"\n\n{dash} {turn}, {incise}.\n\n{dash} Et l'entraîneur ?")
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [(turn, "Nadia Ferrand")]


@pytest.mark.parametrize("text", [
    "Le ministre — un proche du président, dit-on — a été reconduit.",
    "Mercato\n\n— Et l'entraîneur, il reste ?\n\n— Évidemment.",
    "Liste\n\n— premier point, voté lundi ;\n\n— second point, rejeté.",
])
def test_a_dash_without_a_turn_and_its_incise_is_no_quote(text: str) -> None:
    """Guard: an aside between dashes, a turn with no incise, a list."""
    assert find_quotes(text) == []


# E11: a description in the incise names the subject of the sentence before


@pytest.mark.parametrize(("opening", "name"), [
    ("Le Suisse Marco Keller s'est qualifié mardi pour la finale en battant l'Espagnol "
     "Pablo Ruiz.", "Marco Keller"),
    ("Thomas Girard a retrouvé lundi le centre d'entraînement de l'équipe.",
     "Thomas Girard"),
])
@pytest.mark.parametrize("description", ["le joueur de 24 ans", "le capitaine des Verts"])
def test_a_description_names_the_subject_of_the_sentence_before(
        opening: str, name: str, description: str) -> None:
    text = (f"Sport\n\n{opening}\n\n« J'ai joué mon meilleur match », a estimé "
            f"{description} après la rencontre.")
    assert [q.speaker for q in find_quotes(text)] == [name]


def test_a_description_of_the_other_gender_keeps_its_words() -> None:
    """Guard: "le joueur" is not Julie Martin."""
    text = ("Sport\n\nJulie Martin a retrouvé lundi le centre d'entraînement.\n\n« J'ai joué "
            "mon meilleur match », a estimé le joueur de 24 ans après la rencontre.")
    assert [q.speaker for q in find_quotes(text)] == ["joueur de 24 ans"]


# E2/E9: a detached plural participle phrase is no speaker, nor the name inside it


@pytest.mark.parametrize("participle", ["Déçus", "Émus", "Déçues", "Surpris"])
def test_a_detached_participle_phrase_names_no_speaker(participle: str) -> None:
    text = (f"Hôpital\n\n{participle} par le rapport du député Marc Lebon, rendu public lundi, "
            "plusieurs élus ont réclamé « une enquête sérieuse ».")
    assert [q.speaker for q in find_quotes(text)] == ["plusieurs élus"]
