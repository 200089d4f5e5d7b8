#!/usr/bin/env python3
"""Build the h-places52b held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-places52b, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py and the h-t49b place checks ("noplace", "place").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/hplaces52b/"
T = "2026-12-03T09:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


CASES = [
    # a place written with more words than a shorter namesake: the full name, or none
    case("p01", "es", "Nuevo puerto en Canarias",
         ["El alcalde presentó el proyecto en una reunión en Santa Cruz de Tenerife el martes.",
          "Las obras empezarán en enero, según el cabildo."],
         [["noplace", "Santa Cruz", "ES"], ["noplace", "Santa Cruz de Tenerife", "ES"]]),
    case("p02", "es", "Peregrinos en Galicia",
         ["Miles de peregrinos llegaron a Santiago de Compostela durante el fin de semana.",
          "El ayuntamiento abrió nuevos albergues."],
         [["noplace", "Santiago", "ES"], ["noplace", "Santiago de Compostela", "ES"]]),
    case("p03", "en", "Port strike in the Canaries",
         ["Dockers walked out in Santa Cruz de Tenerife on Monday over pay.",
          "The union said the strike would last two days."],
         [["noplace", "Santa Cruz", "ES"], ["noplace", "Santa Cruz de Tenerife", "ES"]]),
    case("p04", "fr", "Festival à Saint-Jean-de-Luz",
         ["Le festival s'est ouvert à San Sebastián de los Reyes, près de Madrid, samedi.",
          "Les organisateurs attendent dix mille visiteurs."],
         [["noplace", "San Sebastián", None]]),
    case("p05", "es", "Turismo en Baja California Sur",
         ["Los hoteles de San José del Cabo registraron una ocupación récord.",
          "La temporada alta empieza en diciembre."],
         [["noplace", "San José", "MX"], ["noplace", "San José del Cabo", "MX"]]),
    # a nation or region beats a village of the same name in the same country
    case("p06", "en", "Storm warnings for the west",
         ["Power was cut to homes in Wales and south-west England on Sunday night.",
          "Engineers worked through the night."],
         [["place", "Wales", "kind", "region"], ["noplace", "Wales", "GB"]]),
    case("p07", "en", "Rail fares rise",
         ["Passengers in Scotland and Wales will pay more from January.",
          "Unions criticised the increase."],
         [["place", "Wales", "kind", "region"], ["place", "Scotland", "kind", "region"]]),
    # a leading given name kept; a Spanish name named several times
    case("p08", "es", "Debate presidencial en Chile",
         ["El candidato José Antonio Kast defendió su programa económico en Santiago.",
          "\"Vamos a ordenar el país\", dijo Kast ante sus seguidores."],
         [["ent", "Antonio Kast", ["NONE"]], ["ent", "José Antonio Kast", ["PER"]]]),
    case("p09", "es", "La candidata responde",
         ["La candidata Jeannette Jara respondió a las críticas el lunes.",
          "Jeannette Jara dijo que su plan es realista.",
          "Según Jeannette Jara, el debate fue útil."],
         [["ent", "Jeannette Jara", ["PER"]]]),
    case("p10", "es", "Nuevo ministro",
         ["El presidente nombró a Juan Carlos Ramírez como ministro de Hacienda.",
          "Juan Carlos Ramírez asumirá el cargo el lunes."],
         [["ent", "Carlos Ramírez", ["NONE"]]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
