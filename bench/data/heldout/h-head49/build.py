#!/usr/bin/env python3
"""Build the h-head49 held-out set: articles.jsonl and gold.json (python3 build.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_set  # noqa: E402

U = "https://www.example.test/hh49/"
A = [
    ("f01", "Sherbrooke : la rue King fermée pour des travaux",
     ["La Ville de Sherbrooke fermera la rue King Ouest à partir de lundi pour remplacer une "
      "conduite d'eau.", "Les commerçants du secteur craignent une baisse de fréquentation."],
     [["ent", "Sherbrooke", ["LOC"]]]),
    ("f02", "Rimouski : un cycliste blessé sur la route 132",
     ["Un cycliste de 54 ans a été grièvement blessé jeudi matin à Rimouski.",
      "Le conducteur du camion a été rencontré par les policiers."],
     [["ent", "Rimouski", ["LOC"]]]),
    ("f03", "Roanne : la piscine municipale rouvre ses portes",
     ["Après deux ans de travaux, la piscine de Roanne accueille de nouveau le public samedi.",
      "Le chantier a coûté 8 millions d'euros."],
     [["ent", "Roanne", ["LOC"]]]),
    ("f04", "Drummondville : grève dans les écoles primaires",
     ["Les enseignants des écoles primaires de Drummondville débrayeront mercredi.",
      "Le syndicat réclame de plus petites classes."],
     [["ent", "Drummondville", ["LOC"]]]),
    ("f05", "Lévis : un nouveau traversier en service",
     ["Le nouveau traversier reliant Lévis et Québec entrera en service en janvier.",
      "Il pourra transporter 600 passagers."],
     [["ent", "Lévis", ["LOC"]]]),
    ("f06", "Valence : le marché de Noël déménage",
     ["Le marché de Noël de Valence s'installera cette année sur le Champ de Mars.",
      "Une soixantaine d'exposants sont attendus."],
     [["ent", "Valence", ["LOC"]]]),
    ("f09", "Saint-Paul : le marché forain déplacé",
     ["Le marché forain se tiendra à Saint-Paul sur le front de mer dimanche.",
      "Les commerçants ont été prévenus par courrier."],
     [["ent", "Saint-Paul", ["LOC"]]]),
    ("f10", "Ducos : une collision fait deux blessés",
     ["Un accident s'est produit près de Ducos lundi. La route a été fermée deux heures.",
      "Les deux conducteurs ont été transportés au CHU de Martinique."],
     [["ent", "Ducos", ["LOC"]]]),
    ("f11", "Saint-Laurent : la rentrée repoussée",
     ["Les écoles de Saint-Laurent restent fermées jusqu'à lundi après les inondations.",
      "Le rectorat fera un point vendredi."],
     [["ent", "Saint-Laurent", ["LOC"]]]),
    ("f12", "Saint-Martin : un chantier naval menacé",
     ["Un chantier naval installé à Saint-Martin depuis trente ans pourrait fermer en mars.",
      "Vingt emplois sont en jeu."],
     [["ent", "Saint-Martin", ["LOC"]]]),
    ("p07", "Martine Ouellet : « Nous ne reculerons pas »",
     ["La cheffe syndicale Martine Ouellet a promis jeudi de poursuivre la mobilisation.",
      "« Nous ne reculerons pas », a déclaré Martine Ouellet devant les grévistes."],
     [["ent", "Martine Ouellet", ["PER"]]]),
    ("p08", "Benoît Caron : « Le port doit rester public »",
     ["Le maire de Gaspé, Benoît Caron, s'oppose à la vente du port.",
      "« Le port doit rester public », a-t-il affirmé mardi."],
     [["ent", "Benoît Caron", ["PER"]]]),
]


def main() -> None:
    articles = [{"title": title, "paragraphs": paras, "language": "fr", "source": "Gazette test",
                 "url": U + slug, "published": "2026-12-02T09:00:00-05:00"}
                for slug, title, paras, _ in A]
    write_set(HERE, articles, [checks for *_, checks in A])


if __name__ == "__main__":
    main()
