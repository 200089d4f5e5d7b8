"""Speakers of the sixteenth version of the quote rules (issue 16, branch s-quotes13), on
sentences written here: a titled name ("M. Kouchner") as a pronoun's antecedent, verbs of
stance introducing a quote ("Washington a condamné « … »"), demonstrative and emphatic
pronouns as speakers ("a ajouté celle qui …", "elle-même admet"), a description that
does not stand for a person introduced in another role, questions on the answer's
line."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_titled_name_is_the_antecedent_of_a_reported_clause_pronoun() -> None:
    text = ("« Nous avançons bien », a déclaré son porte-parole, Paul Martin. "
            "M. Kouchner a lancé à la presse qu'il avait dit au ministre qu'il était "
            "« toujours le bienvenu en France ».")
    assert _speakers(text)[1] == ("toujours le bienvenu en France", "M. Kouchner")


def test_the_subject_of_an_absolute_participle_is_no_antecedent() -> None:
    text = ("« Nous voulons un vote », a lancé Paul Roux, le président du groupe. "
            "M. Baupin ayant accepté, la séance a été suspendue. Il a dénoncé "
            "« un mépris total de notre règlement ».")
    assert _speakers(text)[1] == ("un mépris total de notre règlement", "Paul Roux")


def test_a_titled_surname_continues_the_current_speaker() -> None:
    text = ("« J'ai tout dit aux juges », a déclaré Jérôme Kerviel. M. Kerviel a aussi mis "
            "en cause deux supérieurs, \"soutenant que, pour des raisons techniques, ils "
            "n'avaient rien pu voir\".")
    assert _speakers(text)[1][1] == "Jérôme Kerviel"


def test_a_verb_of_stance_introduces_the_words_it_condemns() -> None:
    text = ("« Nous ne reculerons pas », a déclaré Dmitri Peskov. En fin de journée, "
            "Washington a condamné à son tour « une provocation inacceptable et "
            "dangereuse ».")
    assert _speakers(text)[1] == ("une provocation inacceptable et dangereuse", "Washington")


def test_a_court_sentence_is_no_speech() -> None:
    text = ("« Il est innocent », a déclaré son avocate, Anne Roux. Paul Martin a été "
            "condamné mardi pour « abus de biens sociaux et recel de fonds publics ».")
    assert _speakers(text)[1] == ("abus de biens sociaux et recel de fonds publics", "")
