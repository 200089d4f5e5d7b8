#!/usr/bin/env python3
"""Build the h-kinds54 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-kinds54, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py and the h-t49b place checks ("place", "noplace").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/hkinds54/"
THING = ["MISC", "NONE"]


def case(slug, title, paragraphs, checks, source="La Gazette du Sud"):
    return {"title": title, "paragraphs": paragraphs, "language": "fr", "source": source,
            "url": U + slug, "published": "2026-12-04T08:00:00+01:00", "checks": checks}


CASES = [
    case("p01", "Crues dans le Gard : le plan Orsec déclenché",
         ["La préfecture du Gard a déclenché jeudi le plan Orsec après des pluies diluviennes "
          "sur Alès et Nîmes.",
          "Le déclenchement du plan Orsec permet de mobiliser les moyens de plusieurs "
          "communes, a précisé le préfet."],
         [["ent", "Orsec", THING], ["noplace", "Orsec", None],
          ["place", "Alès", "country", "FR"]]),
    case("p02", "Canicule : le dispositif Vigifrance activé dans la Drôme",
         ["Le dispositif Vigifrance a été activé mardi à Valence, où le thermomètre a dépassé "
          "40 degrés.",
          "Les mairies ouvrent des salles rafraîchies aux personnes âgées."],
         [["ent", "Vigifrance", THING], ["noplace", "Vigifrance", None],
          ["place", "Valence", "country", "FR"]]),
    case("p03", "Frappes aériennes : des Mirage engagés au-dessus du désert",
         ["Quatre avions Mirage ont décollé de la base de Saint-Dizier dans la nuit.",
          "Les avions Mirage ont visé un dépôt de munitions, selon l'état-major."],
         [["ent", "Mirage", THING], ["noplace", "Mirage", None]]),
    case("p04", "Exercice naval au large de Toulon",
         ["La frégate Normandie a appareillé lundi de Toulon pour un exercice de trois jours.",
          "Le porte-avions Charles-de-Gaulle doit la rejoindre en fin de semaine."],
         [["ent", "Normandie", THING], ["noplace", "Normandie", None],
          ["ent", "Charles-de-Gaulle", THING], ["noplace", "Charles-de-Gaulle", None],
          ["place", "Toulon", "country", "FR"]]),
    case("p05", "Sahel : l'opération Sentinelle du désert s'achève",
         ["L'opération Serval avait été lancée en 2013 ; l'opération Épervier l'avait précédée "
          "au Tchad.",
          "Les soldats de l'opération Serval sont rentrés à Paris."],
         [["ent", "Serval", THING], ["ent", "Épervier", THING],
          ["noplace", "Serval", None], ["noplace", "Épervier", None]]),
    case("p06", "Santé : le vaccin Covalis autorisé",
         ["L'Agence européenne du médicament a autorisé le vaccin Covalis contre la grippe.",
          "Le vaccin Covalis sera disponible en pharmacie dès janvier, à Lyon comme ailleurs."],
         [["ent", "Covalis", THING], ["noplace", "Covalis", None],
          ["place", "Lyon", "country", "FR"]]),
    case("p07", "Espace : la fusée Véga a décollé de Kourou",
         ["La fusée Véga a décollé mercredi soir de Kourou, en Guyane.",
          "Elle emportait le satellite Sentinel, destiné à observer les océans."],
         [["ent", "Véga", THING], ["noplace", "Véga", None],
          ["place", "Kourou", "country", "FR"]]),
    case("p08", "Défense : des hélicoptères Tigre déployés",
         ["Trois hélicoptères Tigre ont été déployés près de la frontière.",
          "Les missiles Milan ont également été livrés aux troupes."],
         [["ent", "Tigre", THING], ["noplace", "Tigre", None],
          ["ent", "Milan", THING], ["noplace", "Milan", None]]),
    case("p09", "Défense : des chars Leclerc en Estonie",
         ["Des chars Leclerc ont été envoyés en Estonie dans le cadre de l'Otan.",
          "Les équipages des chars Leclerc resteront quatre mois sur place."],
         [["ent", "Leclerc", THING], ["place", "Estonie", "country", "EE"]]),
    # guards: the same words as a real place or company
    case("g01", "Airbus livre un record d'appareils",
         ["Airbus a livré 80 appareils en novembre, a annoncé le constructeur toulousain.",
          "Airbus prévoit de livrer davantage d'avions en 2027, selon son directeur."],
         [["ent", "Airbus", ["ORG"]]]),
    case("g02", "Sauvetage en mer au large de Brest",
         ["La Marine nationale a secouru six pêcheurs au large de Brest.",
          "La Marine a dépêché un hélicoptère depuis Lanvéoc."],
         [["ent", "Marine nationale", ["ORG"]], ["place", "Brest", "country", "FR"]]),
    case("g03", "Irak : l'opération à Mossoul a duré neuf mois",
         ["L'opération à Mossoul a mobilisé des milliers de soldats irakiens.",
          "La reconstruction de Mossoul prendra des années, selon l'ONU."],
         [["ent", "Mossoul", ["LOC"]], ["place", "Mossoul", "country", "IQ"]]),
    case("g04", "Inondations : le préfet de l'Aude renforce les secours",
         ["Le plan d'urgence a été déclenché à Carcassonne par le préfet de l'Aude.",
          "Les habitants de Carcassonne sont invités à rester chez eux."],
         [["ent", "Carcassonne", ["LOC"]], ["place", "Carcassonne", "country", "FR"]]),
    case("g05", "Aéronautique : Dassault annonce des commandes",
         ["Dassault Aviation a annoncé de nouvelles commandes d'avions.",
          "Le PDG de Dassault Aviation s'est félicité du carnet de commandes."],
         [["ent", "Dassault Aviation", ["ORG"]]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
