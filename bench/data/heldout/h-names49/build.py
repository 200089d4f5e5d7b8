#!/usr/bin/env python3
"""Build the h-names49 held-out set: articles.jsonl and gold.json (python3 build.py)."""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
U = "https://www.example.test/hn49/"
A = [
    ("f01", "Chaussée refaite sur la RN21",
     ["« Nous finirons avant les vendanges », a promis le directeur des routes du Sud-Ouest, "
      "Arnaud Lasserre.",
      "Les vignobles du Sud-Ouest attendent une récolte abondante cette année."],
     [["mentions", "Sud-Ouest", 1], ["ent", "Arnaud Lasserre", ["PER"]]]),
    ("f02", "Déneigement : les équipes mobilisées",
     ["La neige a recouvert le Nord-Est dans la nuit de lundi à mardi, selon Météo-France.",
      "Le chef du service des routes du Nord-Est, Céline Hoffmann, a mobilisé quarante "
      "saleuses à Nancy."],
     [["mentions", "Nord-Est", 1], ["ent", "Céline Hoffmann", ["PER"]]]),
    ("f03", "Rennes : le métro à l'arrêt",
     ["La ligne b du métro de Rennes a été interrompue jeudi matin, a indiqué Keolis Rennes.",
      "Des bus de remplacement circulent jusqu'à Cesson-Sévigné."],
     []),
    ("f04", "Bordeaux accueille un congrès de viticulture",
     ["Plus de 3 000 professionnels sont attendus à Bordeaux, a annoncé Valérie Mounet, "
      "présidente du salon.",
      "Les Girondins de Bordeaux joueront samedi à Toulouse."],
     []),
    ("f05", "Toulouse : l'usine Airbus agrandie",
     ["Airbus agrandit son site de Blagnac, près de Toulouse, a déclaré Guillaume Faury.",
      "Le chantier durera deux ans, selon la mairie de Toulouse."],
     []),
]
NAMES = [  # (query, expected match kind): a substring inside a word vs a word's start
    ["ordeau", "substring"], ["oulous", "substring"], ["Renn", "words"],
    ["Toul", "words"], ["lagna", "substring"],
]
if __name__ == "__main__":
    articles, gold = [], []
    for slug, title, paras, checks in A:
        articles.append({"title": title, "paragraphs": paras, "language": "fr",
                         "source": "Courrier test", "url": U + slug,
                         "published": "2026-12-01T08:00:00+01:00"})
        gold.append({"url": U + slug, "checks": checks})
    (HERE / "articles.jsonl").write_text("".join(
        json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    (HERE / "gold.json").write_text(json.dumps({"articles": gold, "names": NAMES},
                                               ensure_ascii=False, indent=1), encoding="utf-8")
