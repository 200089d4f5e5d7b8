"""An area named after its head noun in a language without a model (t-final53b A6;
invented texts).

A Portuguese article ("no distrito de Faro") named no place at all: no recogniser offers
names in Portuguese, Spanish, Italian or German, and the city finder takes large cities
only. After an area's head noun the name is offered, and read as the area, not as the
town it is named after (the district of Faro, not the city of Faro).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.city_spans import city_spans
from veille.enrich.places import shipped

CAPTURE = "\n".join([
    "PÚBLICO",
    "Pesquisar",
    "",
    "Incêndio obriga a retirar moradores de três aldeias",
    "",
    "Por Ana Sousa",
    "2 de Dezembro de 2026, 10:20",
    "",
    ("Um incêndio rural que deflagrou na tarde de terça-feira no distrito de Faro obrigou a "
     "retirar cerca de 150 moradores de três aldeias, segundo a Proteção Civil."),
    ("Mais de 400 operacionais estão no terreno e o vento continua forte, disse o "
     "comandante aos jornalistas no local."),
    "",
])


@pytest.mark.parametrize(("text", "name"), [
    ("Las lluvias afectan sobre todo a la provincia de Alicante desde el lunes.", "Alicante"),
    ("Allerta rossa nella provincia di Genova per le piogge.", "Genova"),
    ("O incêndio começou no distrito de Faro na terça-feira.", "Faro"),
])
def test_the_name_after_a_head_noun_is_offered(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e, _ in city_spans(text, shipped())]


def test_a_lower_case_word_after_the_head_is_no_name() -> None:  # guard
    text = "O estado de emergência foi declarado na região."
    assert city_spans(text, shipped()) == []


def test_the_district_not_its_chief_town(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "publico.txt"
    capture.write_text(CAPTURE, encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(capture)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    record = json.loads(next(line for line in capsys.readouterr().out.splitlines()
                             if line.startswith("{")))
    places = {p["name"]: (p["kind"], p["country"]) for p in record["enrichment"]["places"]}
    assert places.get("Faro") == ("region", "PT")
