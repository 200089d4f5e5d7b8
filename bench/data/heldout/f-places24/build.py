#!/usr/bin/env python3
"""f-places24 held-out places set: events named after their town, homonym communes with a
qualifier, Belgian/Swiss/Québec/African towns. Written 2026-12-03 before any veille output on it.

`python3 build.py` writes articles.jsonl (veille JSON records) and gold.json in the t-enrich22
format; score with `python3 ../t-enrich22/score.py export.jsonl gold.json` (places rows only).
Gold: surface as written, INSEE code for French communes, else ISO country.
"""
import json
import pathlib

FR = "FR"
A = [
    ("Le carnaval de Binche a attiré 60 000 visiteurs mardi, selon la police locale.",
     [("Binche", None, "BE")]),
    ("Le festival d'Angoulême a décerné son Fauve d'or samedi à une autrice coréenne.",
     [("Angoulême", "16015", FR)]),
    ("Le Paléo de Nyon affiche déjà complet pour sa prochaine édition.",
     [("Nyon", None, "CH")]),
    ("Les Rencontres d'Arles ouvrent lundi avec quarante expositions.",
     [("Arles", "13004", FR)]),
    ("La braderie de Lille a été maintenue malgré la pluie, a indiqué la préfecture.",
     [("Lille", "59350", FR)]),
    ("Réunis au forum de Crans-Montana, les ministres ont évoqué la sécurité alimentaire.",
     [("Crans-Montana", None, "CH")]),
    ("La Mostra de Venise a récompensé un film libanais dimanche soir.",
     [("Venise", None, "IT")]),
    ("Le festival de Locarno a dévoilé sa sélection officielle.",
     [("Locarno", None, "CH")]),
    ("Le marathon de Rotterdam a été remporté par un coureur kényan en 2 h 04.",
     [("Rotterdam", None, "NL")]),
    ("La foire aux vins de Colmar accueillera 300 exposants, et la fête du citron de Menton "
     "a battu son record d'entrées.",
     [("Colmar", "68066", FR), ("Menton", "06083", FR)]),
    ("Le maire de Mons (Var) a démissionné jeudi après un désaccord sur le budget.",
     [("Mons", "83080", FR)]),
    ("À Mons, dans le Hainaut, la gare conçue par Calatrava a enfin rouvert.",
     [("Mons", None, "BE"), ("Hainaut", None, "BE")]),
    ("Un incendie a ravagé une grange à Vienne (Isère) dans la nuit de mardi à mercredi.",
     [("Vienne", "38544", FR)]),
    ("La fête votive de Montréal, dans le Gers, a été annulée faute de bénévoles.",
     [("Montréal", "32290", FR), ("Gers", None, FR)]),
    ("À Lens, en Valais, la station a ouvert ses pistes samedi.",
     [("Lens", None, "CH"), ("Valais", None, "CH")]),
    ("Le conseil municipal de Valence (Tarn-et-Garonne) a voté son budget lundi.",
     [("Valence", "82186", FR)]),
    ("Les parents d'élèves de Fontaine, en Isère, réclament un nouveau collège.",
     [("Fontaine", "38169", FR), ("Isère", None, FR)]),
    ("L'université de Liège a présenté ses travaux lors d'un colloque organisé à Namur.",
     [("Liège", None, "BE"), ("Namur", None, "BE")]),
    ("Le tribunal de Nivelles a condamné jeudi un ancien bourgmestre de Wavre.",
     [("Nivelles", None, "BE"), ("Wavre", None, "BE")]),
    ("Un accident s'est produit entre Ath et Soignies, sur la N57, faisant deux blessés.",
     [("Ath", None, "BE"), ("Soignies", None, "BE")]),
    ("À Yverdon-les-Bains, la municipalité a voté un crédit pour la piscine ; Morges suivra.",
     [("Yverdon-les-Bains", None, "CH"), ("Morges", None, "CH")]),
    ("Le Festival international de la chanson de Granby, au Québec, s'ouvre jeudi ; à Rimouski, "
     "on prépare déjà l'édition suivante.",
     [("Granby", None, "CA"), ("Québec", None, "CA"), ("Rimouski", None, "CA")]),
    ("À Trois-Rivières, le conseil municipal a adopté son budget, comme Sherbrooke la semaine "
     "dernière.",
     [("Trois-Rivières", None, "CA"), ("Sherbrooke", None, "CA")]),
    ("Le Fespaco de Ouagadougou s'ouvre samedi ; à Bobo-Dioulasso, la Semaine nationale de la "
     "culture suivra.",
     [("Ouagadougou", None, "BF"), ("Bobo-Dioulasso", None, "BF")]),
    ("Des pluies diluviennes ont frappé Ziguinchor et Thiès, au Sénégal, ainsi que Bouaké, en "
     "Côte d'Ivoire.",
     [("Ziguinchor", None, "SN"), ("Thiès", None, "SN"), ("Sénégal", None, "SN"),
      ("Bouaké", None, "CI"), ("Côte d'Ivoire", None, "CI")]),
]


def main() -> None:
    here = pathlib.Path(__file__).parent
    arts, gold = [], []
    for i, (text, places) in enumerate(A, 1):
        aid = f"p{i:02d}"
        url = f"https://www.depeches.test/{aid}"
        rec = {"title": f"Dépêche {i}", "paragraphs": [text], "published": "2026-11-20T10:00:00+01:00",
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
