"""Quotes given to the wrong speaker, Russian people and places (issue 16, r-quotes56):
the Italian, Spanish and Portuguese attribution preposition ("Secondo/Según/Segundo X,
… «…»") read as "selon X"; a Russian "subject + verb:" introduction cut to the name; an
incise's "il" after ", a annoncé son directeur, X." is X, never the event named before;
"Elle" after "Le Pen doit …" is Le Pen (the surname takes up "Marine Le Pen"); Russian
persons are entities and "В Санкт-Петербурге", "Мэр Казани" name places."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.arabic_speakers import name_of
from veille.enrich.quotes import find_quotes
from veille.enrich.romance_sources import as_french_sources


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in find_quotes(text)}


@pytest.mark.parametrize(("text", "quote", "want"), [
    ("«Così non si può andare avanti», ha detto il segretario Luca Stanzione. "
     "Secondo il sindaco Giuseppe Sala, la città «non può essere ostaggio».",
     "non può essere ostaggio", "Giuseppe Sala"),
    ('"Abbiamo aspettato", ha detto la direttrice Elena Marchetti. Secondo Davide '
     'Ruggeri, presidente della fondazione, l\'ala "raddoppia lo spazio".',
     "raddoppia lo spazio", "Davide Ruggeri"),
    ('Según el portavoz Juan Carlos Muñoz, la plantilla "no va a ceder".',
     "no va a ceder", "Juan Carlos Muñoz"),
    ("Según la consejera de Salud, Rosa Navarro Gil, el centro «reducirá las esperas».",
     "reducirá las esperas", "Rosa Navarro Gil"),
    ('Segundo o presidente do sindicato, José Carlos Martins, a adesão "ultrapassa os 80%".',
     "ultrapassa os 80%", "José Carlos Martins"),
    ('Segundo a ministra Helena Rocha Dias, o problema "será resolvido antes do Natal".',
     "será resolvido antes do Natal", "Helena Rocha Dias"),
    ("Мэр Москвы Сергей Собянин заявил: «Линия будет закончена в 2027 году».",
     "Линия будет закончена в 2027 году", "Сергей Собянин"),
    ("Губернатор Свердловской области Дмитрий Волков сказал: «Ремонт закончат к осени».",
     "Ремонт закончат к осени", "Дмитрий Волков"),
    ("Le Festival interceltique de Lorient investira la base de Keroman, a annoncé "
     "mercredi son directeur, Jean-Philippe Mauras. « C'est un lieu chargé d'histoire », "
     "a-t-il déclaré.", "C'est un lieu chargé d'histoire", "Jean-Philippe Mauras"),
    ("Marine Le Pen a menacé jeudi de censurer le gouvernement. « Le dialogue reste "
     "ouvert », a répondu Maud Bregeon, porte-parole du gouvernement. Le Pen doit "
     "rencontrer le premier ministre lundi. Elle a ajouté : « Nous jugerons sur pièces. »",
     "Nous jugerons sur pièces.", "Le Pen"),
])
def test_speaker(text: str, quote: str, want: str) -> None:
    assert _speakers(text).get(quote) == want, _speakers(text)


@pytest.mark.parametrize("text", [
    "Il secondo giorno di sciopero è cominciato.",  # an ordinal, no source
    "O segundo dia de greve começou.",
    "Segundo dia de greve em Lisboa.",
    "La huelga paraliza por segundo día la ciudad.",
])
def test_ordinals_stay(text: str) -> None:
    assert as_french_sources(text) == text


def test_one_given_name_loader() -> None:
    # the Arabic rule reads the shared list (a given name after a role starts the name)
    subject = "محافظ الإسكندرية أحمد خالد"
    first, last = name_of(subject)
    assert subject[first:last] == "أحمد خالد"


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/quotes56/a", "title": "Новый мост в Казани",
         "text": "Новый мост в Казани\n\nВ Казани открыли новый мост.\n\n"
                 "Мэр Казани Игорь Соколов заявил: «Мост откроется в субботу».",
         "language": "ru", "date": "2026-12-03T12:00:00+03:00"},
        {"url": "https://example.org/quotes56/b", "title": "Зимний парк",
         "text": "Зимний парк\n\nВ Санкт-Петербурге открылся новый зимний парк.\n\n"
                 "«Каток будет бесплатным», — сообщил вице-губернатор Николай Кузнецов.",
         "language": "ru", "date": "2026-12-03T18:40:00+03:00"},
        {"url": "https://example.org/quotes56/c", "title": "Verona, ponte chiuso",
         "text": "Verona, ponte chiuso\n\n«I cantieri procedono», ha dichiarato il "
                 "direttore dei lavori Franco Bertolini.\n\nSecondo il sindaco Tommaso "
                 "Guidi, la chiusura «è l'unico modo».",
         "language": "it", "date": "2026-12-03T10:15:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    a, b, c = got["a"], got["b"], got["c"]
    assert [q["speaker"] for q in a["quotes"]] == ["Игорь Соколов"]
    people = {e["name"] for e in a["entities"] if e["label"] == "PER"}
    assert "Игорь Соколов" in people, a["entities"]
    assert any(p.get("id") == "geonames:551487" for p in a["places"]), a["places"]
    assert "Николай Кузнецов" in {e["name"] for e in b["entities"] if e["label"] == "PER"}
    assert any(p.get("id") == "geonames:498817" for p in b["places"]), b["places"]
    assert [q["speaker"] for q in c["quotes"]] == ["Franco Bertolini", "Tommaso Guidi"]
