"""Quote speakers a new user found wrong (newuser9: R8, R9, R25, R27), on sentences
written here."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_english_zero_that_clause_ends_the_speaker_before_said() -> None:
    """R9: 'X said it had …' gave the speaker "X said it"."""
    found = _speakers('EasyJet said it had grounded 80 planes and accused '
                      'the unions of "taking every family on holiday hostage".')
    assert found == [("taking every family on holiday hostage", "EasyJet")]
    found = _speakers('Lufthansa said they were reviewing the schedule and warned of '
                      '"weeks of disruption for all passengers".')
    assert found == [("weeks of disruption for all passengers", "Lufthansa")]


def test_a_pronoun_after_a_capitalised_job_title_gets_the_whole_title() -> None:
    """R25: "Le Premier ministre …. « … », déclare-t-il" gave the speaker "Premier"."""
    found = _speakers("La Première ministre arrive au Sénat. « Nous tiendrons nos "
                      "engagements budgétaires cette année », affirme-t-elle.")
    assert found == [("Nous tiendrons nos engagements budgétaires cette année",
                      "Première ministre")]
    found = _speakers("Le Haut commissaire visite le port. « La saison sera difficile "
                      "pour les pêcheurs », prévient-il.")
    assert found[0][1] == "Haut commissaire"


def test_a_verb_coordinated_after_a_quote_shares_the_sentence_subject() -> None:
    """R27: 'Le ministère …, lui, « … » et assure que « … »' went to the previous speaker."""
    found = _speakers("« Nous ne signerons rien en l'état », a déclaré Sophie Binet devant "
                      "le siège. La direction de l'usine, elle, « regrette ce choix » et "
                      "affirme que « le dialogue continue ».")
    assert found[0][1] == "Sophie Binet"
    assert [speaker for _, speaker in found[1:]] == ["direction de l'usine"] * (len(found) - 1)


def test_a_coordinated_verb_after_a_pronoun_keeps_the_previous_speaker() -> None:
    found = _speakers("« Nous ne signerons rien en l'état », a déclaré Sophie Binet devant "
                      "le siège. Elle a dénoncé « une provocation » et estimé que « le "
                      "dialogue est rompu ».")
    assert [speaker for _, speaker in found] == ["Sophie Binet"] * 3


def test_a_headline_label_quote_repeated_in_the_body_takes_the_body_speaker() -> None:
    """R8: 'Busserine : « … »' (a place as the headline's label) was the quote's speaker
    although the body repeats the quote with its speaker."""
    found = _speakers("Mirail : « On a peur de sortir le soir », la détresse des riverains "
                      "après la fusillade\n\nLe quartier est sous le choc. « On a peur de "
                      "sortir le soir avec les enfants », confie Samia Benali, une voisine.")
    assert [speaker for _, speaker in found] == ["Samia Benali", "Samia Benali"]


def test_a_headline_label_quote_not_repeated_keeps_its_label() -> None:
    found = _speakers("Payan : « Nous rouvrirons la piscine cet été »\n\nLe maire a "
                      "présenté son plan lundi.")
    assert found[0][1] == "Payan"
