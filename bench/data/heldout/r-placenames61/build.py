#!/usr/bin/env python3
"""Write articles.jsonl of the r-placenames61 held-out set (invented texts, CC0)."""
import json
from pathlib import Path

U = "https://www.example.test/rplacenames61/"
A = [
    ("re1", "fr", "Houle cyclonique : la côte sud de La Réunion sous surveillance",
     ["SAINT-PIERRE DE LA RÉUNION, 3 mars (Agence Test) - La houle cyclonique a submergé "
      "mardi le front de mer de Saint-Pierre, dans le sud de La Réunion, selon la préfecture.",
      "La ministre Odile Ferrandez, qui réunira une cellule de crise jeudi à Paris, a promis "
      "des renforts. Les pêcheurs de Saint-Pierre ont rentré leurs bateaux."]),
    ("re2", "fr", "La Réunion : le port de la Pointe des Galets rouvre",
     ["LE PORT (La Réunion), 3 mars (Agence Test) - Le trafic a repris mercredi au Port, "
      "principale porte d'entrée des marchandises de l'île de La Réunion.",
      "Odile Ferrandez doit visiter les docks du Port avant de rentrer à Paris."]),
    ("re3", "fr", "Sainte-Marie : l'aéroport de La Réunion ferme ses pistes",
     ["Les vols ont été suspendus à Sainte-Marie, où se trouve l'aéroport Roland-Garros de "
      "La Réunion, a indiqué la direction. Odile Ferrandez a salué le travail des équipes.",
      "Une réunion est prévue lundi à Paris avec les compagnies."]),
    ("mq1", "fr", "Martinique : à Sainte-Marie, les habitants déblaient après la tempête",
     ["Les habitants de Sainte-Marie, sur la côte atlantique de la Martinique, déblaient "
      "les routes après le passage de la tempête. Odile Ferrandez est attendue samedi.",
      "Un conseil des ministres consacré aux Antilles se tiendra à Paris mardi."]),
    ("mq2", "fr", "En Martinique, Saint-Pierre commémore l'éruption de la montagne Pelée",
     ["Saint-Pierre, ancienne capitale de la Martinique détruite en 1902, a rendu hommage "
      "aux victimes dimanche. Odile Ferrandez a déposé une gerbe au pied du volcan.",
      "Le maire de Saint-Pierre a plaidé pour un musée rénové, financé en partie par Paris."]),
    ("pm1", "fr", "Saint-Pierre-et-Miquelon : la pêche au homard s'ouvre",
     ["SAINT-PIERRE, 3 mars (Agence Test) - La saison du homard s'est ouverte dans "
      "l'archipel de Saint-Pierre-et-Miquelon, au large de Terre-Neuve.",
      "Les armateurs de Saint-Pierre attendent une réponse de Paris sur les quotas."]),
    ("de1", "de", "Messe in Köln zieht Besucher aus ganz Europa an",
     ["Die Kunstmesse in Köln hat am Wochenende mehr Besucher gezählt als im Vorjahr. "
      "Viele Galerien kamen aus München, Aachen und Basel.",
      "Die Veranstalter planen eine zweite Ausgabe in Mainz."]),
    ("it1", "it", "Porti del Tirreno: Genova e Napoli investono",
     ["Il porto di Genova e quello di Napoli hanno presentato un piano comune di "
      "investimenti, ha annunciato l'autorità portuale. Anche Firenze e Milano "
      "sostengono il progetto ferroviario.", "La decisione finale spetta a Roma."]),
    ("en1", "en", "Dutch and Swedish ports sign a green shipping pact",
     ["The ports of The Hague region and Gothenburg signed a pact on Tuesday to cut "
      "emissions from ferries, officials said.",
      "Delegates from Antwerp and Seville attended the signing."]),
]


def main() -> None:
    with (Path(__file__).parent / "articles.jsonl").open("w", encoding="utf-8") as out:
        for key, lang, title, paragraphs in A:
            out.write(json.dumps({"title": title, "paragraphs": paragraphs, "language": lang,
                                  "source": "Agence Test", "url": U + key,
                                  "published": "2026-03-03T10:00:00+00:00"},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
