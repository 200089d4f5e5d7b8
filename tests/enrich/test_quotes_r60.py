"""Quote and name faults of issue 16 read by r-quotes60 (t-final59 and the rpm2 rows below
0.90): verbs of repeating ("ha ripetuto il ministro", "repetiu", "bekräftigte",
"repeated"); a headline's role and surname before its colon ('Il ministro Vasseur: "…"',
"Grève, le ministre Vasseur : « … »"); a Russian courtesy title ("— заявил господин
Ликсутов"); lower-case particles and Flemish lower-case tails inside names ("Dirk De fauw",
"Pieter van den Broeck", "Khalid bin Salem al-Harthy"); two coordinated given names, two
persons ("Léa et Yanis"); a relative clause's antecedent after a clause ("X a cité Y, qui
avait jugé « … »"); "gloser" a verb of saying; "», cite X pour sa défense, et se drape"
no incise; a pronoun in a dash aside standing for the main clause's subject after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.coordinated_names import coordinated_given_names
from veille.enrich.name_particles import name_word_at, surname_tail_end
from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Titolo.\n\n"Lo sciopero non può diventare la regola", ha ripetuto il ministro dei '
     'Trasporti Clément Vasseur.', "Clément Vasseur"),
    ('Título.\n\n"Ninguém quer um país parado", repetiu o secretário de Estado Rui '
     'Carvalhal.', "Rui Carvalhal"),
    ("Titel.\n\n„Die Mehrkosten trägt nicht die Stadt“, bekräftigte der Kämmerer Tobias "
     "Hennig am Samstag.", "Tobias Hennig"),
    ('Title.\n\n"Every branch stays open," repeated the council\'s finance chief Owen '
     'Maddox.', "Owen Maddox"),
    ('Título.\n\n"Las cuentas están equilibradas", reiteró la concejala Marta Echeverría.',
     "Marta Echeverría"),
])
def test_verbs_of_repeating_are_verbs_of_saying(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Sciopero dei treni in Francia. Il ministro Vasseur: "Serve dialogo"\n\nPARIGI - '
     'Stazioni affollate.', "Vasseur"),
    ('Mercato di Lecco, il sindaco Ferrante: "Nessuna chiusura"\n\nIl Comune conferma.',
     "Ferrante"),
    ("Le ministre Vasseur : « Il faut du dialogue »\n\nPARIS - Gares bondées.", "Vasseur"),
    ("Grève à la SNCF, le ministre Vasseur : « Il faut du dialogue »\n\nPARIS - Gares "
     "bondées.", "Vasseur"),
    ('O ministro Valverde: "O acordo está próximo"\n\nOs maquinistas mantêm a greve.',
     "Valverde"),
])
def test_a_headline_role_and_surname_speak(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_topic_headline_still_has_no_speaker() -> None:
    assert _speakers("Santé : « Il faut du dialogue »\n\nPARIS - Gares bondées.") == [""]


def test_a_russian_courtesy_title_before_a_surname() -> None:
    text = ("Движение закроют, сообщил вице-губернатор Тверской области Аркадий Сомов.\n\n"
            "«Мост не ремонтировали тридцать лет», — заявил господин Сомов журналистам.")
    assert _speakers(text) == ["Сомов"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Titel.\n\nDer Beigeordnete Pieter van den Broeck sagte: „Die Grenze wird "
     "unsichtbar.“", "Pieter van den Broeck"),
    ("Titel.\n\nBürgermeister Joris De fauw sagte, die Gemeinde zahle.\n\n„Wir zahlen ein "
     "Drittel“, sagte De fauw.", "De fauw"),
    ("Titre.\n\n« La structure ne supporte plus », a déclaré le bourgmestre Luc Van de "
     "walle.", "Luc Van de walle"),
    ('Title.\n\n"This is the largest investment," said Transport Minister Khalid bin Salem '
     'al-Harthy at the opening.', "Khalid bin Salem al-Harthy"),
    ('Title.\n\n"Yes," said Foreign Minister Ursula von der Leyen.', "Ursula von der Leyen"),
])
def test_lower_case_particles_stay_in_the_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_surname_tail_after_a_capitalised_particle() -> None:
    text = "Bürgermeister Dirk De fauw sagte"
    assert surname_tail_end(text, 14, 21) == len("Bürgermeister Dirk De fauw")
    text = "le bourgmestre Luc Van de walle a dit"
    assert surname_tail_end(text, 15, 22) == len("le bourgmestre Luc Van de walle")
    assert surname_tail_end("Marie Le Pen a dit", 0, 12) == 12  # a whole name stays


@given(st.lists(st.sampled_from(["Khalid", "bin", "Salem", "al-Harthy", "De", "fauw", "van",
                                 "den", "minister", "the", "said", "Van", "de"]),
                min_size=1, max_size=6))
def test_name_word_at_never_takes_a_trailing_particle(words: list[str]) -> None:
    last = len(words) - 1
    if words[last] in ("bin", "van", "den", "de"):
        assert not name_word_at(words, last)
    for n in range(len(words)):
        name_word_at(words, n)  # never raises


def test_coordinated_given_names_are_two_persons() -> None:
    text = "les deux victimes, Léa et Yanis, 12 ans"
    start = text.index("Léa")
    found = coordinated_given_names(text, [(start, start + 3, "MISC"),
                                           (start + 7, start + 12, "PER")],
                                    lambda w: w in ("Léa", "Yanis"), lambda w: False)
    assert found == [(start, start + 3, "PER"), (start + 7, start + 12, "PER")]
    # a place claimed by the gazetteer, or a full name after the pair, is left
    text = "entre Paris et Lyon, Marie et Pierre Curie"
    assert coordinated_given_names(text, [], lambda w: w in ("Marie", "Pierre"),
                                   lambda w: w in ("Paris", "Lyon")) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Titre.\n\nPour sa défense, le gérant, Julien Mercadier, a cité l'architecte Paul "
     "Granger, qui avait jugé le terrain « impossible à stabiliser » dès 2024.",
     "Paul Granger"),
    ("Titre.\n\nDe l'autre, les pro-kerviel, qui glosent sur le thème \"le pauvre, c'est une "
     "victime du système\".", "pro-kerviel"),
    ("Titre.\n\nD'Arvor revient sur l'interview où il avait qualifié M. Sarkozy de « petit "
     "garçon », cite Saint-Exupéry pour sa défense, et se drape dans son souci « "
     "d'indépendance ».", "D'Arvor"),
])
def test_the_speaker_of_a_clause_not_its_object(text: str, speaker: str) -> None:
    assert set(_speakers(text)) == {speaker}


def test_a_pronoun_in_an_aside_stands_for_the_subject_after_it() -> None:
    text = ("Titre.\n\nLa sénatrice a parlé : «Les New-Yorkais n'ont pas peur.»\nSans être "
            "avare de compliments - il a assuré sa future secrétaire d'État de «sa totale "
            "confiance» et estimé qu'elle susciterait «le respect dans toutes les capitales» "
            "-, Obama s'est empressé de rétablir la hiérarchie : «Je souhaite un débat.»")
    said = {q.speaker for q in find_quotes(text) if "confiance" in q.text}
    assert said == {"Obama"}


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/quotes60/a", "title": "Marche blanche",
         "text": "Marche blanche à Romans\n\nBeaucoup portaient des t-shirts avec les "
                 "prénoms des deux victimes, Léa et Yanis, 12 ans.",
         "language": "fr", "date": "2026-12-06T17:00:00+01:00"},
        {"url": "https://example.org/quotes60/c", "title": "Unfall in Brügge",
         "text": "Unfall in Brügge\n\nBürgermeister Dirk De fauw sagte, die Stadt helfe "
                 "den Familien.\n\n„Wir sind alle erschüttert“, sagte De fauw.",
         "language": "de", "date": "2026-12-06T17:00:00+01:00"},
        {"url": "https://example.org/quotes60/b",
         "title": 'Sciopero, il ministro Vasseur: "Serve dialogo"',
         "text": 'Sciopero, il ministro Vasseur: "Serve dialogo"\n\nPARIGI - Stazioni '
                 'affollate.\n\n"Lo sciopero non può diventare la regola", ha ripetuto il '
                 'ministro dei Trasporti Clément Vasseur.',
         "language": "it", "date": "2026-12-06T12:30:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    people = {e["name"] for e in got["a"]["entities"] if e["label"] == "PER"}
    assert {"Léa", "Yanis"} <= people, got["a"]["entities"]
    people = {e["name"] for e in got["c"]["entities"] if e["label"] == "PER"}
    assert "Dirk De fauw" in people and "Dirk De" not in people, got["c"]["entities"]
    speakers = [q["speaker"] for q in got["b"]["quotes"]]
    assert speakers and all("Vasseur" in s for s in speakers), got["b"]["quotes"]


def test_a_fragment_is_the_words_of_its_sentence_subject() -> None:
    text = ("Titre.\n\nNicolas Sarkozy a présenté jeudi un fonds doté de 20 milliards, son "
            "\"arme anti-crise\" face à une crise dont il veut \"profiter\" pour \"accélérer "
            "le changement en France\".\nLe président a saisi l'occasion.")
    quotes = find_quotes(text)
    assert quotes and {q.speaker for q in quotes} == {"Nicolas Sarkozy"}
    assert "arme anti-crise" in quotes[0].text


def test_a_later_verb_of_saying_names_the_fragment_speaker() -> None:
    text = ("Titre.\n\nEt Matignon a dû séparer les vraies nouveautés des « fonds de tiroir "
            "que l'administration nous fourgue », comme se lamente un ministre.")
    assert "Et Matignon" not in _speakers(text)


@pytest.mark.parametrize("text", [
    "Titre.\n\nLa jeune femme a été mise en examen pour \"substitution d'enfant, faux commis "
    "dans un acte authentique et aide au séjour irrégulier\", a-t-on appris.",
    "Titre.\n\nElle a lancé en 2000 le nouveau magazine d'information dominical \"Sept à "
    "huit\", a-t-on appris.",
])
def test_a_long_charge_and_a_programme_title_are_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_a_german_inverted_subject_ends_before_its_dative() -> None:
    text = ("Titel.\n\nAlle Insassen wurden gerettet.\n„Es ging alles sehr schnell“, sagte eine "
            "63 Jahre alte Urlauberin aus Köln der Zeitung Het Nieuwsblad.")
    assert _speakers(text) == ["eine 63 Jahre alte Urlauberin aus Köln"]
