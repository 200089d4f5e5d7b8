"""Speakers of the eleventh version of the quote rules (issue 16, branch s-quotes4), on
sentences written here: discourse adverbials are no speakers, "en tant qu'" opens no
clause, and an incise whose verb the list lacks still names its speaker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_au_passage_is_no_speaker() -> None:
    found = _speakers(
        "La ministre Claire Martin a reçu les élus. « Nous avançons », a-t-elle dit. Au "
        "passage, la ministre a regretté que l'opposition « puisse bloquer le texte ».")
    assert found[1] == ("puisse bloquer le texte", "Claire Martin")


def test_plus_loin_is_no_speaker() -> None:
    found = _speakers(
        "« Les juges sont à l'écoute », a déclaré Claire Martin.\n"
        "Plus loin encore : « Je leur fais confiance et je les respecte. »")
    assert found[1][1] == "Claire Martin"


def test_en_tant_que_opens_no_clause() -> None:
    found = _speakers(
        "Paul Girard, qui s'est rendu à Rome cette semaine en tant qu'envoyé du président "
        "Jacques Morel, a estimé qu'« une solution est en vue ».")
    assert found == [("une solution est en vue", "Paul Girard")]


def test_incise_with_a_detached_adjective_stops_the_previous_speaker() -> None:
    found = _speakers(
        "« Nous avançons bien », a dit Paul Girard devant la presse. « Déjà ! », "
        "s'exclame, goguenard, Marc Lefort, directeur du journal.")
    assert found[1] == ("Déjà !", "Marc Lefort")


def test_incise_with_an_unlisted_reflexive_verb() -> None:
    found = _speakers(
        "« Déjà ! », s'exclame Marc Lefort. « Vous avez vu, je n'avais pas besoin de "
        "notes », se rengorge ensuite Girard.")
    assert found[1][1] == "Girard"


def test_no_free_incise_inside_a_clause() -> None:
    found = _speakers(
        "« Nous avançons bien », a dit Paul Girard. « Le calme », dans un pays où Marc "
        "Lefort règne, est rare.")
    assert all(speaker != "Marc Lefort" for _, speaker in found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="«» ,.:sae'PLMxrtu\n", max_size=80))
def test_free_incise_never_raises(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_words_advocated_by_an_agent_are_the_agents() -> None:
    found = _speakers(
        "A la \"tendresse\", \"la guérison\" et \"l'amour\" prônés par Royal, la maire de "
        "Lille a rétorqué \"ancrage à gauche\".")
    assert ("la guérison […] l'amour", "Royal") in found


def test_words_praised_by_an_agent_are_the_agents() -> None:
    found = _speakers("Le maire a répondu aux élus. Il a critiqué la « réforme du siècle » "
                      "vantée par Paul Girard.")
    assert found == [("réforme du siècle", "Paul Girard")]


def test_adverbial_between_commas_before_the_inverted_subject() -> None:
    found = _speakers(
        "Le ministre de l'Éducation, Xavier Dumont, a reçu les syndicats. « On va voir si le "
        "protocole tient », a ajouté, en gage de bonne volonté, le ministre de l'Éducation.")
    assert found == [("On va voir si le protocole tient", "Xavier Dumont")]
