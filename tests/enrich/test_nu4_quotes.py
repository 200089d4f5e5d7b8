"""Quote speakers a fresh user found false (nu4: N8 b, N15, N21), on sentences written
here, through the enrichment pipeline: a place in a complement of the speaker is not the
speaker, a relative clause speaks for its antecedent (a name and its apposition), and
"de son côté" is no part of a name."""

from __future__ import annotations

from typing import Any

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources


def _quotes(resources: Resources, text: str, language: str = "fr") -> list[dict[str, Any]]:
    quotes = enrich(resources, text, language=language)["quotes"]
    assert isinstance(quotes, list)
    return quotes


@pytest.mark.parametrize(("text", "language"), [
    ("Appeal rejected\n\nThe tribunal in Berlin said the fine was \"entirely justified by "
     "the facts of the case\".", "en"),
    ("Amende confirmée à Marseille\n\nLe tribunal administratif de Marseille a estimé mardi "
     "que l'amende infligée à la société était « entièrement justifiée par les faits ».",
     "fr"),
])
def test_a_place_in_a_complement_of_the_speaker_is_not_the_speaker(
        resources: Resources, text: str, language: str) -> None:
    quotes = _quotes(resources, text, language)
    assert quotes and quotes[0]["speaker"].startswith("tribunal")
    # was Berlin's or Marseille's id; the court itself may be an entity (newuser16a H18)
    assert quotes[0]["speaker_id"] in ("", "org:tribunal-administratif-de-marseille")


def test_a_relative_clause_speaks_for_the_name_before_its_apposition(
        resources: Resources) -> None:
    quotes = _quotes(resources, (
        "Grève à la poste\n\nLe mouvement s'étend, a expliqué Marc Le Goff, secrétaire "
        "SUD à Rennes, qui affirme que la mobilisation restera « très forte jusqu'à "
        "Noël »."))
    assert [(q["speaker"], q["speaker_id"]) for q in quotes] == [
        ("Marc Le Goff", "per:marc-le-goff")]


@pytest.mark.parametrize("aside", ["de son côté", "pour sa part"])
def test_a_contrast_adverbial_is_no_part_of_the_speaker(resources: Resources,
                                                        aside: str) -> None:
    quotes = _quotes(resources, (
        "Retraites\n\n« Nous ne céderons sur rien de ce projet », a déclaré la CGT. « Nous "
        f"attendons des garanties écrites », répond {aside} la CFDT."))
    assert [q["speaker"] for q in quotes] == ["CGT", "CFDT"]


@pytest.mark.parametrize("text", [
    'Le président a parlé aux journalistes. "We are not asking for charity, we are asking '
    'for solidarity," Zelensky told reporters.',
    '"This ruling closes a long chapter for the families ," the lawyer said.',
    "« Nous ne demandons pas la charité, mais la solidarité, », a-t-il dit.",
])
def test_the_comma_closing_a_quote_before_its_incise_is_not_said(text: str) -> None:
    """newuser4 N7 addendum: '"…," Zelensky told reporters' was stored with its comma."""
    quotes = find_quotes(text)
    assert quotes and not quotes[0].text.endswith((",", " "))
    assert quotes[0].end == quotes[0].parts[0][1] == quotes[0].start + len(quotes[0].text)


@pytest.mark.parametrize(("text", "speaker"), [
    ('The court in Paris said the ruling was "proportionate to the gravity of the crimes".',
     "court"),
    ('Officials in the Kremlin said: "We will answer the proposal next week."', "Officials"),
    ("La cour à Bordeaux a estimé : « La peine est proportionnée à la gravité des faits. »",
     "cour"),
    # a "de" / "of" complement names the institution or the office: kept
    ("Le tribunal de Paris a estimé : « La peine est proportionnée à la gravité des faits. »",
     "tribunal de Paris"),
    ('The mayor of London said: "We will rebuild the bridge quickly."', "mayor of London"),
    ("Le secrétaire d'État à l'Industrie a estimé : « Les usines rouvriront bientôt. »",
     "secrétaire d'État à l'Industrie"),
])
def test_a_place_complement_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    """newuser4 N21: "The court in Paris said" gave the speaker "court in Paris"."""
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == [speaker]
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == speaker


def test_a_court_in_a_city_is_not_linked_to_the_city(resources: Resources) -> None:
    quotes = _quotes(resources, (
        "Appeal rejected\n\nFrance's highest court heard the appeal in Paris on Monday. The "
        'court in Paris said the sentence was "proportionate to the gravity of the crimes".'),
        "en")
    assert [(q["speaker"], q["speaker_id"]) for q in quotes] == [("court", "")]


@pytest.mark.parametrize(("text", "speakers"), [
    # the subject of the clause whose colon opens the quote, past its apposition
    ("Le directeur du collège, M. Paul Martin, dresse un constat sévère : « Les classes sont "
     "surchargées et les enseignants manquent. »", ["M. Paul Martin"]),
    # a noun phrase after the verb is its object, not an inverted subject
    ("Le chef du chantier, l'ingénieur Paul Martin, décrit une situation tendue : « Les "
     "délais ne seront pas tenus cette année. »", ["Paul Martin"]),
    # a quote over two paragraphs, the first left open, the second reopened with «: one
    # quote, a part per paragraph (issue 16, s-quotes15; newuser14a E6)
    ("La maire, la docteure Anne Roux, décrit une ville épuisée : « Nous ne tenons plus "
     "depuis des mois.\n\n« Il faut que l'État nous aide maintenant. »\n\nLe préfet n'a pas "
     "répondu.", ["Anne Roux"]),
    # closed at its paragraph's end, then a paragraph opening with « and no speaker
    ("Anne Roux a déclaré : « Nous ne tenons plus depuis des mois. »\n\n« Il faut que l'État "
     "nous aide maintenant. »", ["Anne Roux", "Anne Roux"]),
    # a later paragraph with its own speaker keeps it
    ("« Nous ne tenons plus depuis des mois », a dit Anne Roux.\n\n« Il faut que l'État nous "
     "aide maintenant », a répondu Paul Martin.", ["Anne Roux", "Paul Martin"]),
    # an inverted subject after an adverbial is still the speaker
    ("Avec la crise, suppute l'association, « les banques vont encore serrer la vis ».",
     ["association"]),
])
def test_a_colon_introduction_and_its_continued_paragraphs(text: str,
                                                           speakers: list[str]) -> None:
    """newuser4 N39: "Le chef de service, le docteur Marc Noizet, décrit une situation
    intenable : « …" and the next paragraph opening with « had no speaker."""
    assert [q.speaker for q in find_quotes(text)] == speakers
