#!/usr/bin/env python3
"""Build the h-places55 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-places55, 2026-12-06) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py and the h-t49b place checks ("noplace", "place").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/hplaces55/"
T = "2026-12-03T09:00:00+01:00"


def case(slug, lang, title, paragraphs, checks, published=T):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": published, "checks": checks}


CASES = [
    # a homonym city: the text's own evidence (a Spanish town hall, a Spanish mayor, Spanish
    # neighbours) picks the Spanish one; a Venezuelan text keeps the Venezuelan one
    case("a01", "es", "Valencia aplaza la cabalgata",
         ["Valencia, 3 de diciembre. El Ayuntamiento de Valencia ha aplazado la cabalgata "
          "por la lluvia.",
          "\"No vamos a correr riesgos\", explicó el alcalde en rueda de prensa."],
         [["place", "Valencia", "country", "ES"], ["noplace", "Valencia", "ES"]]),
    case("a02", "es", "Obras en el puerto",
         ["La alcaldesa de Valencia inauguró ayer las obras del nuevo paseo marítimo.",
          "El consistorio invertirá doce millones de euros."],
         [["place", "Valencia", "country", "ES"], ["noplace", "Valencia", "ES"]]),
    case("a03", "es", "Apagón en Carabobo",
         ["Un apagón dejó sin luz a Valencia, capital del estado Carabobo, durante seis horas.",
          "La gobernación de Carabobo pidió calma; en Caracas el ministerio culpó a un "
          "sabotaje."],
         [["place", "Valencia", "country", "VE"]], published="2026-12-03T09:00:00-04:00"),
    case("a04", "es", "Temporal en Levante",
         ["El temporal obligó a cerrar colegios en Valencia y Alicante este martes.",
          "La Aemet mantiene la alerta naranja en el litoral."],
         [["place", "Valencia", "country", "ES"], ["place", "Alicante", "country", "ES"]]),
    # a feast of the text's language read as a city
    case("b01", "pt", "Concerto adiado em Coimbra",
         ["O concerto de Natal da orquestra municipal, previsto para domingo em Coimbra, "
          "foi adiado.",
          "A câmara municipal promete nova data antes do Natal."],
         [["noplace", "Natal", None], ["place", "Coimbra", "country", "PT"]],
         published="2026-12-03T09:00:00+00:00"),
    case("b02", "pt", "Chuva forte no Nordeste",
         ["A prefeitura de Natal decretou situação de emergência depois das chuvas de "
          "segunda-feira.",
          "Bairros da zona norte de Natal seguem alagados."],
         [["place", "Natal", "country", "BR"]], published="2026-12-03T09:00:00-03:00"),
    case("b03", "pt", "Feira de Natal em Braga",
         ["A tradicional feira de Natal abre sábado na avenida central de Braga.",
          "Os comerciantes esperam mais visitantes do que no ano passado."],
         [["noplace", "Natal", None], ["place", "Braga", "country", "PT"]],
         published="2026-12-03T09:00:00+00:00"),
    # "di/da/de + Name" inside a person's name is not a place
    case("c01", "it", "Allerta meteo a Lecce",
         ["Le scuole di Lecce resteranno chiuse domani per l'allerta meteo.",
          "\"La sicurezza viene prima di tutto\", ha detto il prefetto Luca di Bari."],
         [["noplace", "Bari", None], ["spk", "sicurezza viene prima", ["Luca di Bari"]]]),
    case("c02", "it", "Traghetto in ritardo",
         ["Il traghetto partito da Durazzo è arrivato a Bari con sei ore di ritardo.",
          "I passeggeri hanno protestato al porto."],
         [["place", "Bari", "country", "IT"]]),
    case("c03", "fr", "Le ferry arrive enfin",
         ["Le ferry parti de Patras est arrivé à Bari mardi soir avec cinq heures de retard.",
          "Les passagers ont été pris en charge par la compagnie."],
         [["place", "Bari", "country", "IT"]]),
    case("c04", "pt", "Tribunal adia julgamento",
         ["O julgamento foi adiado para janeiro no tribunal de Lisboa.",
          "\"Faltam documentos essenciais\", disse o juiz Carlos de Almeida."],
         [["noplace", "Almeida", None], ["spk", "faltam documentos", ["Carlos de Almeida"]]],
         published="2026-12-03T09:00:00+00:00"),
    # a public body's name ending in a country is an organisation, not a person
    case("d01", "en", "Flood warnings in Wales",
         ["Natural Resources Wales said on Tuesday that river levels were still rising.",
          "Several roads near Cardiff were closed."],
         [["ent", "Natural Resources Wales", ["ORG"]], ["place", "Cardiff", "country", "GB"]],
         published="2026-12-03T09:00:00+00:00"),
    case("d02", "en", "Water supply restored",
         ["Scottish Water said supplies had been restored to most homes in Perth.",
          "Engineers worked through the night."],
         [["ent", "Scottish Water", ["ORG"]]], published="2026-12-03T09:00:00+00:00"),
    # a make's name after a number or plural determiner is a thing, not a place
    case("e01", "fr", "Incendie dans les Maures",
         ["Quatre Canadair étaient mobilisés mardi au-dessus du massif des Maures (Var).",
          "Trois cents pompiers luttent contre les flammes."],
         [["noplace", "Canadair", None], ["ent", "Canadair", ["MISC", "NONE"]]]),
    case("e02", "fr", "Feux dans l'Aude",
         ["Deux Dash et six Canadair ont largué de l'eau sur le feu près de Narbonne.",
          "Le vent a compliqué la tâche des pilotes."],
         [["noplace", "Canadair", None], ["place", "Narbonne", "country", "FR"]]),
    case("e03", "fr", "L'avionneur québécois",
         ["Canadair, l'avionneur de Montréal, a été racheté par Bombardier en 1986.",
          "L'usine emploie encore des milliers de personnes."],
         [["noplace", "Canadair", None], ["ent", "Canadair", ["ORG"]]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
