"""Speakers of the fifteenth version of the quote rules (issue 16, branch s-quotes12b,
newuser12a's wrong mouths), on sentences written here: the journalist's whole question
line, documents and sources ("d'après une note de X"), a sentence naming its own subject
before an unattributed quote, speech verbs."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_name_in_the_question_line_is_not_the_interviewee() -> None:
    text = ("Le maire de Lille, Arnaud Ferrand, a reçu notre journaliste.\n\n"
            "La piscine fermera-t-elle cet été ?\n\n"
            "« Non, elle restera ouverte tout l'été, nous avons trouvé les crédits. »\n\n"
            "Julie Marchand demande un audit des comptes. Que lui répondez-vous ?\n\n"
            "« Ma collègue fait campagne, les comptes sont publics depuis longtemps. »\n\n"
            "Le tramway sera-t-il prolongé vers Roubaix ?\n\n"
            "« Les études commencent en janvier, la décision viendra ensuite. »")
    assert [s for _, s in _speakers(text)] == ["Arnaud Ferrand"] * 3
