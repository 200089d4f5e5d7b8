#!/usr/bin/env python3
"""Build the r-places52 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-places52, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py, the h-t49b place checks ("noplace", "place") and these (score.py):
- ["tz", words]: the record's time zone evidence holds ``words`` (case-folded).
- ["pub", instants]: ``content.published`` is one of ``instants`` (ISO, compared as instants).
- ["amb", surface, value]: every place mentioned as ``surface`` has ``ambiguous == value``
  (no such place: wrong).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rplaces52/"
NAIVE = "2026-12-03T09:00:00"  # a record's time with no offset: its clock is to be inferred
T = "2026-12-03T09:00:00+01:00"


def case(slug, lang, source, title, paragraphs, checks, published=T):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": source,
            "url": U + slug, "published": published, "checks": checks}


CASES = [
    # a city on another clock than its state's main one
    case("c01", "en", "Gulf Wire", "Bridges close in Pensacola as storm nears",
         ["Officials in Pensacola closed two bridges on Wednesday as the storm approached.",
          "Schools in Mobile and Pensacola will stay shut until Friday."],
         [["tz", "America/Chicago"], ["pub", ["2026-12-03T15:00:00+00:00"]]], NAIVE),
    case("c02", "en", "Inland Wire", "Wildfire smoke over Coeur d'Alene",
         ["Smoke from the fire reached Coeur d'Alene on Tuesday, and Spokane issued an "
          "air quality warning.", "Flights from Spokane were delayed."],
         [["tz", "America/Los_Angeles"], ["pub", ["2026-12-03T17:00:00+00:00"]]], NAIVE),
    case("c03", "en", "Midwest Wire", "Plant closure hits Evansville",
         ["The plant in Evansville will close in March, the company said.",
          "Workers in Gary and Evansville said they were not told."],
         [["tz", "America/Chicago"], ["pub", ["2026-12-03T15:00:00+00:00"]]], NAIVE),
    # places of several countries on one clock: the offset is known
    case("c04", "en", "Border Wire", "New lane opens at the Tijuana crossing",
         ["Drivers between Tijuana and San Diego waited less on Thursday.",
          "Officials in Mexicali and San Diego said the lane would stay open."],
         [["pub", ["2026-12-03T17:00:00+00:00"]]], NAIVE),
    # a split between two clocks: said, and read on one of them rather than UTC
    case("c05", "en", "Rail Wire", "Night train links Strasbourg and Manchester",
         ["The first night train left Strasbourg for Manchester on Friday, stopping in "
          "Colmar and Leeds.", "Strasbourg and Manchester hope for a daily service."],
         [["tz", "split"],
          ["pub", ["2026-12-03T08:00:00+00:00", "2026-12-03T09:00:00+00:00"]]], NAIVE),
    case("c06", "en", "Iberia Wire", "Bridge between Huelva and Faro reopens",
         ["Traffic between Huelva and Faro resumed on Monday.",
          "Mayors of Faro and Huelva met at the bridge."],
         [["tz", "split"],
          ["pub", ["2026-12-03T08:00:00+00:00", "2026-12-03T09:00:00+00:00"]]], NAIVE),
    # a namesake chosen by the text's own places, no outlet saying its country
    case("c07", "en", "", "Ministers face vote at Westminster",
         ["Ministers at Westminster face a vote on the housing bill on Thursday.",
          "Tenants rallied outside Parliament in London and in Birmingham."],
         [["place", "Westminster", "country", "GB"], ["noplace", "Westminster", "GB"]]),
    case("c08", "fr", "", "Football : Séville domine Grenade",
         ["Le FC Séville a dominé Grenade samedi (2-0) en Andalousie.",
          "Malaga et Grenade se retrouvent la semaine prochaine."],
         [["place", "Grenade", "country", "ES"], ["noplace", "Grenade", "ES"]]),
    case("c09", "fr", "", "Caraïbes : la Grenade et la Barbade signent un accord",
         ["La Grenade et la Barbade ont signé mardi un accord de pêche.",
          "Sainte-Lucie doit rejoindre l'accord en janvier."],
         [["place", "Grenade", "country", "GD"]]),
    # a namesake chosen on a tie is ambiguous
    case("c10", "fr", "", "Rugby : Valence et Privas face à Castellón et Tarragone",
         ["Valence recevra Castellón samedi, tandis que Privas se déplacera à Tarragone.",
          "À Valence, les billets sont partis en une heure."],
         [["amb", "Valence", True]]),
    # other languages' names of a territory
    case("c11", "de", "", "Wahlen in Neukaledonien verschoben",
         ["Die Provinzwahlen in Neukaledonien werden auf den Sommer verschoben.",
          "In Nouméa protestierten am Samstag Hunderte Menschen."],
         [["place", "Neukaledonien", "id", "iso3166:NC"]]),
    case("c12", "ru", "", "В Новосибирске открылась выставка",
         ["Выставка открылась в Новосибирске во вторник.",
          "В следующем месяце она переедет в Казань."],
         [["place", "Новосибирске", "country", "RU"], ["place", "Казань", "country", "RU"]]),
    case("c13", "en", "", "Ferry service to Staten Island restored",
         ["The ferry to Staten Island resumed on Monday after repairs in New York.",
          "Commuters on Staten Island had faced long detours."],
         [["place", "Staten Island", "country", "US"]]),
    case("c14", "es", "", "El Granada gana en Almería",
         ["El Granada venció al Almería el domingo en Almería.",
          "Granada y Almería se enfrentarán de nuevo en abril."],
         [["place", "Granada", "country", "ES"], ["noplace", "Granada", "ES"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
