#!/usr/bin/env python3
"""Build the h-places53 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-places53, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py and the h-t49b place checks ("noplace", "place").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/hplaces53/"
T = "2026-12-03T09:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


CASES = [
    # an alternate name of a city that is another place's primary name: the other place
    case("a01", "pt", "Chuvas no Sul",
         ["A Defesa Civil do Rio Grande do Sul emitiu um alerta para as próximas horas.",
          "Escolas foram fechadas em várias cidades."],
         [["place", "Rio Grande do Sul", "kind", "region"]]),
    case("a02", "pt", "Seca no Nordeste",
         ["O governo do Rio Grande do Norte decretou emergência em cinquenta municípios.",
          "Os reservatórios estão abaixo de dez por cento."],
         [["place", "Rio Grande do Norte", "kind", "region"]]),
    case("a03", "en", "Snow closes schools",
         ["Schools across New York were closed on Tuesday after heavy snow.",
          "The mayor of New York City asked residents to stay home."],
         [["noplace", "New York City", "US"]]),
    # a port authority or agency named after a foreign region: no foreign place
    case("b01", "fr", "Grève sur les quais",
         ["Le Grand Port maritime du Havre (Seine-Maritime) est paralysé depuis lundi.",
          "Les dockers de Rouen se sont joints au mouvement."],
         [["noplace", "Grand Port", "FR"]]),
    case("b02", "fr", "Le port de Marseille bloqué",
         ["Le trafic du Grand Port maritime de Marseille-Fos (Bouches-du-Rhône) est interrompu.",
          "Les syndicats réclament une hausse des salaires à Marseille."],
         [["noplace", "Grand Port", "FR"]]),
    case("b03", "fr", "Travaux au port",
         ["La Compagnie de Rivière Noire a signé un contrat avec la ville de Brest.",
          "Le chantier commencera en mars dans le Finistère."],
         [["noplace", "Rivière Noire", "FR"]]),
    # directions and common nouns: no place
    case("c01", "fr", "Pluies à La Réunion",
         ["Les communes de l'Est sont en vigilance orange, a indiqué la préfecture.",
          "Dans l'est de La Réunion, les ravines débordent."],
         [["ent", "Est", ["NONE"]], ["place", "La Réunion", "country", "FR"]]),
    case("c02", "fr", "Transports à Montpellier",
         ["Montpellier Méditerranée Métropole a voté la gratuité des bus.",
          "La Métropole financera les nouvelles lignes, selon son président."],
         [["noplace", "Métropole", None]]),
    case("c03", "fr", "Vent dans le Nord",
         ["Des rafales ont touché l'Ouest et le Sud-Ouest dans la nuit.",
          "Météo-France maintient la vigilance dans le Finistère."],
         [["ent", "Ouest", ["NONE"]], ["noplace", "Ouest", None]]),
    # an organisation named after a region: no place
    case("d01", "fr", "Attaque au Niger",
         ["L'État islamique au Sahel a revendiqué l'attaque près de Tillabéri.",
          "L'armée nigérienne a lancé une opération."],
         [["noplace", "État islamique au Sahel", None]]),
    case("d02", "fr", "Menace au Mozambique",
         ["L'État islamique en Afrique de l'Ouest a revendiqué une embuscade au Nigeria.",
          "Le groupe est actif autour du lac Tchad."],
         [["noplace", "État islamique en Afrique de l'Ouest", None]]),
    # a named quarter: not a commune far from the article's town
    case("e01", "fr", "Inondations à Nîmes",
         ["À Nîmes, les quartiers de Richelieu et du Chemin-Bas-d'Avignon ont été inondés.",
          "Les pompiers du Gard sont intervenus toute la nuit."],
         [["noplace", "Richelieu", None], ["place", "Nîmes", "kind", "commune"]]),
    case("e02", "fr", "Rénovation urbaine à Toulouse",
         ["À Toulouse, le quartier du Mirail et le quartier de Bagatelle seront rénovés.",
          "La mairie a présenté le projet lundi."],
         [["noplace", "Bagatelle", None], ["place", "Toulouse", "kind", "commune"]]),
    case("e03", "fr", "Incendie au Havre",
         ["Un incendie a touché un immeuble dans un quartier du Havre dans la nuit.",
          "Les habitants ont été relogés."],
         [["place", "Havre", "country", "FR"]]),
    case("e04", "it", "Allagamenti a Genova",
         ["A Genova il quartiere di Sestri Ponente è stato allagato.",
          "I vigili del fuoco sono intervenuti."],
         [["place", "Genova", "country", "IT"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
