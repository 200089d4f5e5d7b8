"""Quote speakers a fresh user found wrong (nu3: N2, N8, N15, N20), on sentences written
here."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_title_abbreviation_does_not_cut_the_speaker_and_elle_is_not_monsieur() -> None:
    """N8: "a dit M. Bertrand" gave a speaker "M", and the woman's reply went to him."""
    found = _speakers("Valérie Pécresse et Xavier Bertrand ont débattu jeudi. « La région "
                      "doit investir », a dit M. Bertrand. « Je ne suis pas d'accord », "
                      "a-t-elle répondu.")
    assert found == [("La région doit investir", "M. Bertrand"),
                     ("Je ne suis pas d'accord", "Valérie Pécresse")]


def test_elle_after_a_man_with_no_woman_named_has_no_speaker() -> None:
    found = _speakers("« Le budget est prêt », a dit M. Durand. « C'est faux », "
                      "a-t-elle répondu.")
    assert found[1] == ("C'est faux", "")


@pytest.mark.parametrize("verb", ["réagi", "fulminé", "tempêté", "prévenu"])
def test_any_participle_after_the_auxiliary_of_an_incise(verb: str) -> None:
    """N15: "», a réagi Élisabeth Borne" was no attribution."""
    found = _speakers(f"« La décision marque la fin du cheminement démocratique », a {verb} "
                      "Élisabeth Borne dans un communiqué.")
    assert found == [("La décision marque la fin du cheminement démocratique",
                      "Élisabeth Borne")]


def test_a_time_chunk_after_the_speaker_is_not_its_name() -> None:
    found = _speakers("« Un tournant historique pour le pays », titre Le Figaro ce matin.")
    assert found[0][1].endswith("Figaro")  # was "Figaro ce matin"


@pytest.mark.parametrize(("text", "speaker"), [
    # N2: the description's complement (Paris, the Medef) was linked, not the person.
    ("Selon le procureur de Paris, Laure Beccuau, « l'enquête avance bien ».", "Laure Beccuau"),
    ("Pour le patron du Medef, Patrick Martin, « la situation est grave ».", "Patrick Martin"),
])
def test_a_person_in_apposition_to_the_description_speaks(text: str, speaker: str) -> None:
    assert _speakers(text)[0][1] == speaker


def test_an_inverted_verb_before_a_colon_is_the_previous_speaker() -> None:
    """N2: "a-t-il assuré, avant de viser son adversaire, X : « … »" gave a speaker
    "a-t-il" (and the first quote to the adversary)."""
    found = _speakers("Le maire de Lyon, Grégory Doucet, a défendu son bilan. « Nous avons "
                      "tenu nos promesses », a-t-il assuré, avant de viser son adversaire, "
                      "Jean-Michel Aulas : « Il ne connaît rien à la ville. »")
    assert found and all(speaker == "Grégory Doucet" for _, speaker in found)


def test_a_quote_over_two_paragraphs() -> None:
    """N20: French typography opens each paragraph of a long quote with « and closes only
    the last; the first paragraph was dropped."""
    found = _speakers("Le ministre de l'Économie, Bruno Le Maire, détaille ses priorités.\n\n"
                      "« Nous devons réduire le déficit sans augmenter les impôts.\n\n"
                      "« Les Français ne comprendraient pas un effort de plus », "
                      "a-t-il insisté.")
    # one quote, a part per paragraph (issue 16, s-quotes15: as « … ¶ … » with no
    # reopening mark)
    assert [speaker for _, speaker in found] == ["Bruno Le Maire"]
    assert found[0][0].startswith("Nous devons réduire le déficit sans augmenter les impôts.")
    assert "un effort de plus" in found[0][0]


@pytest.mark.parametrize(("text", "speaker"), [
    # Seen in rpm2 D's errors (read after the fourth version): "Et d'ajouter :" was a
    # speaker called "ajouter". A narrative infinitive's subject is the sentence before's.
    ("« Nous irons jusqu'au bout de cette réforme », a déclaré le ministre Olivier Dussopt. "
     "Et d'ajouter : « Personne ne nous fera reculer sur ce texte. »", "Olivier Dussopt"),
    ("Marine Tondelier a critiqué le budget. Et de conclure : « Ce gouvernement ne tiendra "
     "pas jusqu'à l'été. »", "Marine Tondelier"),
])
def test_a_narrative_infinitive_speaks_for_the_previous_subject(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][1] == speaker
