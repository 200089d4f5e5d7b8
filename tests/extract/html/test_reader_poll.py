"""A reader poll inside the body is a widget (newuser4 N23)."""

from __future__ import annotations

from veille.extract.html import extract_html

P1 = ("La préfecture du Var a interdit jeudi la baignade sur six plages de Toulon après la "
      "découverte d'une pollution aux hydrocarbures au large de la rade.")
P2 = ("Les analyses menées par l'agence régionale de santé doivent dire d'ici lundi si la "
      "pollution provient d'un navire ou d'une canalisation de la zone portuaire.")
P3 = ("Les associations de protection de l'environnement réclament une enquête publique et "
      "dénoncent le manque de surveillance des dégazages en Méditerranée.")


def page(middle: str) -> str:
    return (f"<html lang='fr'><body><article><h1>Toulon : baignade interdite</h1>"
            f"<div class='text'><p>{P1}</p><p>{P2}</p>{middle}<p>{P3}</p></div>"
            f"</article></body></html>")


def test_poll_question_and_answers_are_not_text() -> None:
    poll = ("<div class='widget-vote'><p>Votre avis : faut-il fermer les plages dès la "
            "moindre alerte ?</p><p>Oui</p><p>Non</p><p>Je ne sais pas</p></div>")
    assert extract_html(page(poll)).paragraphs == [P1, P2, P3]


def test_a_question_followed_by_its_answer_stays() -> None:
    question = "Pourquoi la pollution n'a-t-elle pas été détectée plus tôt ?"
    answer = ("Selon la préfecture, les bouées de surveillance étaient en maintenance depuis "
              "le mois d'octobre et aucun survol n'était prévu cette semaine.")
    qa = f"<div class='qa'><p>{question}</p><p>{answer}</p></div>"
    assert extract_html(page(qa)).paragraphs == [P1, P2, question, answer, P3]
