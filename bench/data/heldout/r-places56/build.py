#!/usr/bin/env python3
"""Build the r-places56 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-places56, 2026-12-06) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py, the h-t49b place checks ("noplace", "place") and r-places55's
"query" (see score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rplaces56/"
T = "2026-12-05T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


NOT_LOC = ["ORG", "MISC", "NONE"]
RN = "veille:rassemblement-national"

CASES = [
    # 1. a street, square or avenue named after a town is no place; the town beside it is
    case("s01", "it", "Incendio in un appartamento a Palermo",
         ["Un incendio è scoppiato ieri sera in un appartamento di via Roma, a Palermo.",
          "I vigili del fuoco hanno evacuato dieci famiglie."],
         [["noplace", "Roma", None], ["place", "Palermo", "country", "IT"]]),
    case("s02", "fr", "Fuite de gaz à Toulon",
         ["Une fuite de gaz a entraîné l'évacuation d'un immeuble du boulevard de Strasbourg, "
          "à Toulon, mardi matin.",
          "Les marins-pompiers sont restés sur place trois heures."],
         [["noplace", "Strasbourg", None], ["place", "Toulon", "kind", "commune"]]),
    case("s03", "pt", "Loja assaltada em Lisboa",
         ["Uma loja de relógios da Rua Augusta, em Lisboa, foi assaltada na madrugada de sábado.",
          "A polícia procura dois suspeitos."],
         [["noplace", "Augusta", None], ["place", "Lisboa", "country", "PT"]]),
    case("s04", "en", "Shop fire in Manchester",
         ["A fire broke out in a clothes shop on Oxford Road in Manchester on Friday night.",
          "Nobody was hurt, the fire service said."],
         [["noplace", "Oxford", None], ["place", "Manchester", "country", "GB"]]),
    case("s05", "fr", "Manifestation à Lyon",
         ["Plusieurs centaines de personnes se sont rassemblées place de Genève, à Lyon, samedi.",
          "Le cortège a ensuite rejoint la préfecture du Rhône."],
         [["noplace", "Genève", None], ["place", "Lyon", "kind", "commune"]]),
    # 2. a market, quarter or school named after a far namesake commune, in a text set in a town
    case("m01", "fr", "Le marché de Saint-Cyprien rouvre",
         ["À Toulouse, le marché de Saint-Cyprien rouvrira lundi après six mois de travaux.",
          "Les commerçants de la halle retrouveront leurs emplacements."],
         [["noplace", "Saint-Cyprien", None], ["place", "Toulouse", "kind", "commune"]]),
    case("m02", "fr", "Violences près d'un lycée bordelais",
         ["Deux élèves du lycée de Saint-Genès ont été agressés jeudi soir à Bordeaux.",
          "La police a ouvert une enquête."],
         [["noplace", "Saint-Genès", None], ["place", "Bordeaux", "kind", "commune"]]),
    case("m03", "fr", "Rénovation à Marseille",
         ["Le quartier de Saint-Barnabé, à Marseille, aura sa nouvelle place en 2027.",
          "La mairie de secteur a présenté le projet aux habitants."],
         [["noplace", "Saint-Barnabé", None], ["place", "Marseille", "kind", "commune"]]),
    case("m04", "fr", "Vacances dans les Pyrénées-Orientales",
         ["Le marché de Saint-Cyprien attire chaque été des milliers de touristes, près de "
          "Perpignan.",
          "La commune a prolongé ses horaires."],
         [["place", "Saint-Cyprien", "department", "66"]]),
    # 3. a parenthesised abbreviation after a place is its state or département
    case("p01", "pt", "Chuva forte em Mossoró",
         ["A Defesa Civil de Mossoró (RN) registrou 120 milímetros de chuva na quinta-feira.",
          "Três famílias foram desalojadas."],
         [["notid", "RN", RN], ["ent", "RN", ["LOC", "NONE"]],
          ["place", "Mossoró", "country", "BR"]]),
    case("p02", "pt", "Greve em Campinas",
         ["Os motoristas de ônibus de Campinas (SP) entraram em greve nesta segunda-feira.",
          "O sindicato pede reajuste salarial."],
         [["ent", "SP", ["LOC", "NONE"]], ["place", "Campinas", "country", "BR"]]),
    case("p03", "fr", "Feux de forêt dans le Var",
         ["Un feu a parcouru quarante hectares près de Hyères (Var) dans la nuit de mercredi.",
          "Les pompiers ont fixé l'incendie au petit matin."],
         [["place", "Hyères", "department", "83"]]),
    case("p04", "fr", "Municipales : la liste de Jordan Bardella",
         ["Le Rassemblement national (RN) présentera une liste à Perpignan, a annoncé "
          "Jordan Bardella (RN) jeudi.",
          "Le maire sortant, Louis Aliot, la conduira."],
         [["sameid", "RN", "Rassemblement national"]]),
    # 4. homonyms of common words: Union, nationality adjectives, coordinated bodies
    case("h01", "en", "Rail strike called off",
         ["Union leader Sharon Graham said the strike would be called off after a new offer.",
          "The union will ballot its members next week."],
         [["notid", "Union", "Q458"], ["ent", "Sharon Graham", ["PER"]]]),
    case("h02", "en", "Brussels and London agree on fishing",
         ["The European Union and the United Kingdom agreed on fishing quotas on Tuesday.",
          "The EU said talks had been difficult."],
         [["sameid", "European Union", "EU"]]),
    case("h03", "en", "Shipyard contract lost",
         ["The ferry contract went to a Danish yard, the ministry said.",
          "The Scottish firm had bid for it for two years."],
         [["ent", "Danish", ["MISC", "NONE"]], ["noplace", "Danish", None]]),
    case("h04", "pt", "Acordo na saúde",
         ["Sindicatos e Ministério da Educação chegaram a acordo na terça-feira.",
          "Os professores voltam às aulas na segunda-feira."],
         [["noent", "Sindicatos"], ["ent", "Ministério da Educação", ["ORG"]]]),
    # 5. kinds of place names, and places not found
    case("k01", "fr", "Patrimoine à Lorient",
         ["À Lorient, la base des sous-marins de Kerpape ouvrira ses blockhaus au public.",
          "Le site attire déjà cent mille visiteurs par an."],
         [["ent", "Kerpape", ["LOC", "NONE", "MISC"]]]),
    case("k02", "pt", "Feira de Natal em Braga",
         ["A feira de Natal de Braga abre no sábado com cem expositores.",
          "A câmara municipal espera milhares de visitantes."],
         [["ent", "Natal", ["MISC", "NONE"]], ["place", "Braga", "country", "PT"]]),
    case("k03", "fr", "Sécheresse en Camargue",
         ["La Camargue subit sa pire sécheresse depuis vingt ans, selon le parc naturel.",
          "Les riziculteurs d'Arles réclament des aides."],
         [["query", "place:Camargue", True]]),
    case("k04", "de", "Streik in Wien",
         ["In Wien streiken am Montag die Beschäftigten der Verkehrsbetriebe.",
          "Die Gewerkschaft fordert mehr Lohn."],
         [["place", "Wien", "country", "AT"]]),
    case("k05", "en", "Tourist boat sinks off Turkey",
         ["A tourist boat sank off Bodrum on Sunday, the coastguard said.",
          "All twenty passengers were rescued."],
         [["place", "Bodrum", "country", "TR"], ["query", "place:Muğla", True]]),
    case("k06", "fr", "Séisme en Crète",
         ["Un séisme de magnitude 5,2 a été ressenti à Héraklion mardi soir.",
          "Aucun dégât n'a été signalé."],
         [["place", "Héraklion", "country", "GR"], ["query", "place:Crète", True]]),
    case("k07", "en", "Port strike in Greece",
         ["Dockers in Thessaloniki walked out on Monday over pay.",
          "The port handles a third of the country's containers."],
         [["query", "place:Central Macedonia", True]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
