#!/usr/bin/env python3
"""Build the h-kinds37 held-out set: articles.jsonl and gold.json (python3 build.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_set  # noqa: E402

U = "https://www.example.test/hk37/"
ORGISH = ["ORG", "NONE"]
NOTLOC_ORG = ["MISC", "NONE"]
A = [
    ("f01", "fr", "Tempête sur le Cotentin : des milliers de foyers privés de courant",
     ["Plus de 12 000 foyers étaient privés d'électricité mardi soir dans la Manche, a indiqué "
      "Enedis Normandie, qui a mobilisé 300 techniciens.",
      "Les Ostréiculteurs de Normandie demandent une aide d'urgence après la perte de plusieurs "
      "parcs, a expliqué leur président, Gaëtan Lemarchand.",
      "La chambre d'agriculture de la Manche recense les exploitations touchées."],
     [["ent", "Enedis Normandie", ORGISH], ["ent", "Ostréiculteurs de Normandie", ORGISH],
      ["ent", "Chambre", ["NONE"]], ["ent", "Gaëtan Lemarchand", ["PER"]]]),
    ("f02", "fr", "Pollution : la vignette obligatoire à Grenoble",
     ["Les véhicules classés Crit'Air 4 ne pourront plus circuler dans l'agglomération dès "
      "lundi, a annoncé la Métropole Grenoble-Alpes.",
      "La Métropole de Montpellier prépare une mesure semblable, selon son vice-président "
      "Josselin Ferrandi."],
     [["ent", "Crit'Air 4", NOTLOC_ORG], ["ent", "Métropole Grenoble-Alpes", ORGISH],
      ["ent", "Métropole de Montpellier", ORGISH], ["ent", "Josselin Ferrandi", ["PER"]]]),
    ("f03", "fr", "Rapatriement de mineurs depuis la Syrie",
     ["Sept enfants détenus dans le camp d'Aïn Issa ont été rapatriés jeudi, a annoncé le "
      "Quai d'Orsay.",
      "Ils ont été remis aux services sociaux à leur arrivée, a précisé le ministère des "
      "Affaires étrangères dans un communiqué.",
      "« Nous continuerons d'agir au cas par cas », a écrit le ministère, sans plus de détail."],
     [["sameid", "Quai d'Orsay", "ministère des Affaires étrangères"],
      ["spkent", "au cas par cas", "Quai d'Orsay"]]),
    ("f04", "fr", "Travaux de nuit sur la rocade",
     ["« Nous intervenons de nuit pour gêner le moins possible », a assuré la directrice des "
      "routes du Nord-Est, Albane Courtois.",
      "La circulation sera rétablie vendredi matin sur la rocade de Reims."],
     [["ent", "Nord-Est", ORGISH], ["ent", "Albane Courtois", ["PER"]]]),
    ("f05", "fr", "Contrôles renforcés aux abords des gares",
     ["Le ministère de l'Intérieur a annoncé 200 policiers supplémentaires dans les gares "
      "d'Île-de-France.",
      "« La sécurité des voyageurs est une priorité », a déclaré le ministère, qui promet un "
      "bilan en janvier. Place Beauvau, on assure que les effectifs suivront."],
     [["sameid", "ministère de l'Intérieur", "Place Beauvau"],
      ["spkent", "sécurité des voyageurs", "ministère de l'Intérieur"]]),
    ("f06", "fr", "Les Vignerons du Languedoc contre la taxe",
     ["Le syndicat des Vignerons du Languedoc a manifesté devant la préfecture de Montpellier "
      "mercredi, a rapporté son porte-parole, Hippolyte Carrère.",
      "La Chambre de métiers de l'Hérault soutient le mouvement."],
     [["ent", "Vignerons du Languedoc", ORGISH], ["ent", "Hippolyte Carrère", ["PER"]],
      ["ent", "Chambre", ["NONE"]]]),
    ("f07", "fr", "Ottawa : le ministère veut plus d'enquêteurs",
     ["Le ministère des Affaires étrangères du Canada a convoqué l'ambassadeur, a rapporté "
      "Radio-Canada.",
      "Le ministère a ajouté qu'il attendait des explications."],
     [["notid", "ministère des Affaires étrangères du Canada", "veille:quai-d-orsay"]]),
    ("e08", "en", "New ferry route for Moncton",
     ["The crossing will run every hour, according to Saint John Transit, which ordered two "
      "boats.",
      "Winnipeg Transit said on Monday that it would add night buses, and Calgary Transit "
      "followed."],
     [["ent", "Saint John Transit", ORGISH], ["ent", "Winnipeg Transit", ORGISH],
      ["ent", "Calgary Transit", ORGISH]]),
]


def main() -> None:
    articles = [{"title": title, "paragraphs": paras, "language": lang, "source": "Gazette test",
                 "url": U + slug, "published": "2026-11-27T09:00:00+01:00"}
                for slug, lang, title, paras, _ in A]
    write_set(HERE, articles, [checks for *_, checks in A])


if __name__ == "__main__":
    main()
