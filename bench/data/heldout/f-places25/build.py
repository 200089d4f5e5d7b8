#!/usr/bin/env python3
"""f-places25 held-out places set: agency datelines and place adjectives that name the country
or canton of a homonym, ports and islands abroad, provinces and regions abroad, French exonyms,
short names of communes, towns inside events' names, overseas homonyms with their island.
Written 2026-12-03 by the f-places25 helper before any veille output on it.

`python3 build.py` writes articles.jsonl (veille JSON records) and gold.json in the t-enrich22
format; score with `python3 ../t-enrich22/score.py export.jsonl gold.json --verbose` (places
rows only). Gold: surface as written, INSEE code for French communes, else ISO country (a
French region or overseas island: country FR).
"""
import json
import pathlib

FR = "FR"
A = [
    ("FRIBOURG (Keystone-ATS) - Le Conseil d'Etat fribourgeois a présenté mardi un budget "
     "équilibré, le premier depuis quatre ans.",
     [("Fribourg", None, "CH")]),
    ("LAVAL (La Presse Canadienne) - Le maire de Laval a promis lundi un nouveau service "
     "d'autobus vers Montréal.",
     [("Laval", None, "CA"), ("Montréal", None, "CA")]),
    ("BEAUMONT (Belga) - Le collège communal a voté jeudi la rénovation de l'école primaire, a "
     "indiqué le bourgmestre.",
     [("Beaumont", None, "BE")]),
    ("ORAN (APS) - Le wali d'Oran a inauguré dimanche une station de dessalement à Arzew.",
     [("Oran", None, "DZ"), ("Arzew", None, "DZ")]),
    ("TANGER (MAP) - Le port de Tanger Med a traité un volume record de conteneurs, a annoncé "
     "l'autorité portuaire.",
     [("Tanger", None, "MA")]),
    ("KORHOGO (AIP) - Le préfet de Korhogo a lancé la campagne de vaccination dans le nord "
     "ivoirien.",
     [("Korhogo", None, "CI")]),
    ("Le syndic de Saint-Maurice a rappelé jeudi que la commune valaisanne attend toujours le "
     "contournement routier.",
     [("Saint-Maurice", None, "CH")]),
    ("À Martigny, la police municipale a fermé la place Centrale, une première pour la cité "
     "valaisanne.",
     [("Martigny", None, "CH")]),
    ("Les élus ont approuvé le crédit pour la piscine de Bulle, chef-lieu de la Gruyère "
     "fribourgeoise.",
     [("Bulle", None, "CH"), ("Gruyère", None, "CH")]),
    ("La police québécoise a retrouvé le randonneur disparu près de Lévis, sur la rive sud du "
     "fleuve.",
     [("Lévis", None, "CA")]),
    ("Le ferry a quitté Ostende pour Douvres avec quatre heures de retard, a indiqué l'armateur.",
     [("Ostende", None, "BE"), ("Douvres", None, "GB")]),
    ("Les dockers d'Anvers et du Pirée ont cessé le travail vendredi.",
     [("Anvers", None, "BE"), ("Pirée", None, "GR")]),
    ("Plus de 500 migrants sont arrivés à Lampedusa en deux jours ; d'autres ont été secourus au "
     "large de la Sardaigne.",
     [("Lampedusa", None, "IT"), ("Sardaigne", None, "IT")]),
    ("Un incendie de forêt menace des villages de Ténérife, tandis que Madère a levé son alerte.",
     [("Ténérife", None, "ES"), ("Madère", None, "PT")]),
    ("Les inondations ont touché la province de Namur et le Brabant wallon, ainsi que la "
     "Flandre-Occidentale.",
     [("Namur", None, "BE"), ("Brabant wallon", None, "BE"), ("Flandre-Occidentale", None, "BE")]),
    ("Des orages ont frappé le Tessin et les Grisons, où la route du col a été fermée.",
     [("Tessin", None, "CH"), ("Grisons", None, "CH")]),
    ("Le gouvernement de l'Ontario et celui de la Colombie-Britannique contestent la taxe "
     "fédérale.",
     [("Ontario", None, "CA"), ("Colombie-Britannique", None, "CA")]),
    ("Un tribunal de Cracovie a condamné un ancien maire ; à Ratisbonne, le procès d'un autre élu "
     "s'ouvre lundi.",
     [("Cracovie", None, "PL"), ("Ratisbonne", None, "DE")]),
    ("Les étudiants de Louvain et de Gand ont manifesté devant le parlement flamand, tandis qu'à "
     "Bruges la police a dispersé un rassemblement.",
     [("Louvain", None, "BE"), ("Gand", None, "BE"), ("Bruges", None, "BE")]),
    ("Le maire de Thonon a rencontré son homologue de Divonne pour un projet de navette "
     "lémanique.",
     [("Thonon", "74281", FR), ("Divonne", "01143", FR)]),
    ("La gare de Charleville a été fermée samedi ; les trains vers Châlons ont été détournés par "
     "Reims.",
     [("Charleville", "08105", FR), ("Châlons", "51108", FR), ("Reims", "51454", FR)]),
    ("Le port de Cherbourg a accueilli jeudi un paquebot, et la base aérienne de Luxeuil de "
     "nouveaux avions.",
     [("Cherbourg", "50129", FR), ("Luxeuil", "70311", FR)]),
    ("Les Eurockéennes de Belfort, le Printemps de Bourges et les Francofolies de Spa ont dévoilé "
     "leur programmation.",
     [("Belfort", "90010", FR), ("Bourges", "18033", FR), ("Spa", None, "BE")]),
    ("Le Forum de Davos s'est ouvert lundi, au lendemain de la clôture de la Biennale de Venise.",
     [("Davos", None, "CH"), ("Venise", None, "IT")]),
    ("À Saint-Pierre, en Martinique, le musée volcanologique a rouvert ; à Saint-Paul, à La "
     "Réunion, le marché forain a été annulé.",
     [("Saint-Pierre", "97225", FR), ("Martinique", None, FR), ("Saint-Paul", "97415", FR),
      ("La Réunion", None, FR)]),
]


def main() -> None:
    here = pathlib.Path(__file__).parent
    arts, gold = [], []
    for i, (text, places) in enumerate(A, 1):
        aid = f"g{i:02d}"
        url = f"https://www.depeches.test/{aid}"
        rec = {"title": f"Dépêche {i}", "paragraphs": [text], "published": "2026-11-25T10:00:00+01:00",
               "language": "fr", "url": url, "source": "Dépêches test"}
        arts.append(rec)
        gold.append({"id": aid, "url": url, "source": rec["source"], "published": rec["published"],
                     "language": "fr", "quotes": [], "entities": {"PER": [], "ORG": []},
                     "places": [{"surface": s, "insee": c, "country": cc} for s, c, cc in places],
                     "dates": []})
    (here / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts))
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    print(len(arts), "articles,", sum(len(g["places"]) for g in gold), "places")


if __name__ == "__main__":
    main()
