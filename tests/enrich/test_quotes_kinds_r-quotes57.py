"""Wrong speakers and wrong entity kinds (issue 16, r-quotes57): a Spanish, Italian,
Portuguese or German subject pronoun is resolved to the person of its gender named before
(or no one), never kept as the speaker; a postposed "dijo el alcalde" / "disse o
prefeito" takes up the person named in that role; "En palabras de X" is "selon X"; a
headline's topic label ("Crues du Gard : « … »") is no speaker; a storm after its class
adjectives, a firm named trade + name, a given name with an age, a site's place after
"de", and the French taxes get their kinds; "Secondo la" opens no organisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.quotes import find_quotes
from veille.enrich.subject_pronouns import pronoun_reading


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in find_quotes(text)}


@pytest.mark.parametrize(("text", "quote", "want"), [
    ('La alcaldesa, Natalia Chueca, y el concejal de Urbanismo, Víctor Serrano, visitaron '
     'las obras. "Es una obra imprescindible", explicó ella.',
     "Es una obra imprescindible", "Natalia Chueca"),
    ("La sindaca, Giulia Ferri, e l'assessore, Marco Rinaldi, hanno inaugurato le sale. "
     "«Sarà aperta anche la domenica», ha spiegato lei.",
     "Sarà aperta anche la domenica", "Giulia Ferri"),
    ('A vereadora, Ana Sousa, e o engenheiro, Carlos Lima, percorreram o trajeto. '
     '"Queremos duplicar o número de ciclistas", disse ela.',
     "Queremos duplicar o número de ciclistas", "Ana Sousa"),
    ("Die Oberbürgermeisterin, Anna Keller, und der Baudezernent, Thomas Brandt, stellten "
     "die Pläne vor. „Wir brauchen ein modernes Haus für alle“, sagte sie.",
     "Wir brauchen ein modernes Haus für alle", "Anna Keller"),
    ('El alcalde, Jorge Martín, y la concejala, Lucía Ortega, presentaron el horario. '
     '"Los jóvenes lo pedían desde hace años", afirmó él.',
     "Los jóvenes lo pedían desde hace años", "Jorge Martín"),
    ('El portavoz, Andrés Iglesias, y el director, Luis Varela, hablaron tres horas. '
     '"No hay nada que firmar", dijo ella.', "No hay nada que firmar", ""),
    ("Segundo o prefeito de Niterói, Rodrigo Neves, sirenes foram acionadas.\n\n"
     '"Pedimos que os moradores procurem os pontos de apoio", disse o prefeito.',
     "Pedimos que os moradores procurem os pontos de apoio", "Rodrigo Neves"),
    ('Según el alcalde de Gijón, Pedro Sanz, la playa estará abierta. "Vamos a reforzar '
     'la vigilancia en verano", dijo el alcalde.',
     "Vamos a reforzar la vigilancia en verano", "Pedro Sanz"),
    ('En palabras de la directora del museo, Carmen Vidal Rey, "es la colección más '
     'completa de Europa".', "es la colección más completa de Europa", "Carmen Vidal Rey"),
    ('Por palabras del alcalde, Pedro Ruiz, "la obra es necesaria para la ciudad".',
     "la obra es necesaria para la ciudad", "Pedro Ruiz"),
    ("Crues du Gard : « Nous savions, et nous avons continué à construire »\n\n"
     "Les crues ont fait deux morts.", "Nous savions, et nous avons continué à construire",
     ""),
    ("Le préfet des Alpes-Maritimes, Laurent Hottiaux, a décidé de fermer les écoles "
     "jeudi à Nice, Saint-Martin-Vésubie et Roquebillière. « La Vésubie garde le souvenir "
     "de la tempête Alex », a-t-il déclaré.",
     "La Vésubie garde le souvenir de la tempête Alex", "Laurent Hottiaux"),
    ("Pierre Moreau : « Le port de Brest doit rester public »\n\nLe conseil se réunira.",
     "Le port de Brest doit rester public", "Pierre Moreau"),
    ("Conseil de Paris : « Nous voterons le budget lundi »\n\nLe conseil se réunira.",
     "Nous voterons le budget lundi", "Conseil de Paris"),
])
def test_speaker(text: str, quote: str, want: str) -> None:
    assert _speakers(text).get(quote) == want, _speakers(text)


def test_german_plural_sie() -> None:
    assert pronoun_reading("sie", "sagte") == ("f", "s")
    assert pronoun_reading("sie", "sagten") == ("", "p")
    assert pronoun_reading("Lucía") is None


def _label(enrichment: dict[str, object], name: str) -> str:
    return next((str(e["label"]) for e in enrichment["entities"]  # type: ignore[attr-defined]
                 if e["name"] == name), "")


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/quotes57/a", "title": "Coupures d'eau en Martinique",
         "text": "Coupures d'eau en Martinique\n\nLa tempête tropicale intense Belal a "
                 "frappé l'île. Les Transports Girardin ont prêté deux camions et la "
                 "Menuiserie Lefebvre a fermé. L'entrepôt du grossiste Boissons Kuntz a "
                 "brûlé. « On a tout perdu dans le garage », raconte Josiane, 72 ans. "
                 "La hausse de la CSG inquiète aussi. Le festival investira la base des "
                 "sous-marins de Keroman en août.",
         "language": "fr", "date": "2026-12-03T12:00:00+01:00"},
        {"url": "https://example.org/quotes57/b", "title": "Piena del Secchia",
         "text": "Piena del Secchia\n\nIl ponte resterà chiuso.\n\nSecondo la Protezione "
                 "civile, il livello del fiume «è in calo ma resta alto».",
         "language": "it", "date": "2026-12-03T17:25:00+01:00"},
        {"url": "https://example.org/quotes57/c", "title": "León reabre el mercado",
         "text": "León reabre el mercado\n\nLa alcaldesa, Marta Ruiz Cabello, y el concejal "
                 "de Comercio, Pablo Díaz Herrero, recorrieron los pasillos. \"Es un día muy "
                 "esperado por todo el barrio\", explicó ella.",
         "language": "es", "date": "2026-12-03T10:20:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    a, b, c = got["a"], got["b"], got["c"]
    assert _label(a, "Belal") == "MISC", a["entities"]
    assert _label(a, "Transports Girardin") == "ORG", a["entities"]
    assert _label(a, "Menuiserie Lefebvre") == "ORG", a["entities"]
    assert _label(a, "Boissons Kuntz") == "ORG", a["entities"]
    assert _label(a, "Josiane") == "PER", a["entities"]
    assert [q["speaker_id"] for q in a["quotes"]] == ["per:josiane"], a["quotes"]
    assert _label(a, "Keroman") == "LOC", a["entities"]
    assert "ORG" not in {e["label"] for e in a["entities"]
                         if "CSG" in e["name"] or "Contribution" in e["name"]}, a["entities"]
    assert not [e for e in b["entities"] if e["name"].startswith("Secondo")], b["entities"]
    assert [q["speaker"] for q in b["quotes"]] == ["Protezione civile"], b["quotes"]
    assert [q["speaker"] for q in c["quotes"]] == ["Marta Ruiz Cabello"], c["quotes"]
