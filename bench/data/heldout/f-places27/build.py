#!/usr/bin/env python3
"""f-places27 held-out places set: ambiguous commune names read from the source's region
(overseas outlets: La Réunion, Martinique, Guadeloupe, Guyane, Mayotte, Nouvelle-Calédonie,
Polynésie; mainland regional dailies), small French communes and islands, a Spanish town
under its French exonym, organisation names holding a place, and English-language towns
under 150,000 inhabitants. Written 2026-12-03 by the f-places27 helper before any veille
output on it.

`python3 build.py` writes articles.jsonl (veille JSON records; each with its outlet's URL and
name) and gold.json in the t-enrich22 format; score with
`python3 ../t-enrich22/score.py export.jsonl gold.json --verbose`. Gold: surface as written,
INSEE code for French communes (overseas ones too), else ISO country; France's overseas
communes, départements and regions: country FR. Entities gold: one organisation ("préfecture
de police des Bouches-du-Rhône", whole); any other person or organisation veille finds is
listed ("Lumières prévue" shows there).
"""
import json
import pathlib

FR = "FR"
# (language, outlet URL base, outlet name, text, [(surface, INSEE, country)], [ORG])
A = [
    ("fr", "https://www.zinfos974.com", "Zinfos974",
     "La maire de Saint-Denis, Ericka Bareigts, a inauguré mardi la nouvelle médiathèque ; le "
     "maire de Sainte-Rose a réclamé des travaux sur la route nationale.",
     [("Saint-Denis", "97411", FR), ("Sainte-Rose", "97419", FR)], []),
    ("fr", "https://www.clicanoo.re", "Clicanoo",
     "Un incendie a détruit un entrepôt à Sainte-Marie dans la nuit de samedi ; les pompiers "
     "de Saint-Benoît sont venus en renfort.",
     [("Sainte-Marie", "97418", FR), ("Saint-Benoît", "97410", FR)], []),
    ("fr", "https://la1ere.francetvinfo.fr/martinique", "Martinique la 1ère",
     "Le maire de Sainte-Anne a fermé deux plages après l'arrivée massive de sargasses ; à "
     "Saint-Joseph, la route départementale reste coupée.",
     [("Sainte-Anne", "97226", FR), ("Saint-Joseph", "97224", FR)], []),
    ("fr", "https://www.martinique.franceantilles.fr", "France-Antilles Martinique",
     "Le conseil municipal de Saint-Pierre a voté le budget lundi ; La Trinité accueillera "
     "l'arrivée du Tour des yoles rondes.",
     [("Saint-Pierre", "97225", FR), ("Trinité", "97230", FR)], []),
    ("fr", "https://www.guadeloupe.franceantilles.fr", "France-Antilles Guadeloupe",
     "Le maire de Saint-Louis a demandé des renforts de gendarmerie ; à Saint-Claude, l'école "
     "a rouvert jeudi.",
     [("Saint-Louis", "97126", FR), ("Saint-Claude", "97124", FR)], []),
    ("fr", "https://www.franceguyane.fr", "France-Guyane",
     "La route nationale 2 entre Régina et Saint-Georges est coupée depuis lundi après un "
     "glissement de terrain.",
     [("Régina", "97301", FR), ("Saint-Georges", "97308", FR)], []),
    ("fr", "https://lejournaldemayotte.yt", "Le Journal de Mayotte",
     "Les coupures d'eau touchent Mamoudzou et Koungou depuis mardi, a indiqué la préfecture.",
     [("Mamoudzou", "97611", FR), ("Koungou", "97610", FR)], []),
    ("fr", "https://www.lnc.nc", "Les Nouvelles calédoniennes",
     "Un feu de brousse a parcouru 300 hectares au Mont-Dore ; à Païta, les pompiers restent "
     "mobilisés.",
     [("Mont-Dore", "98817", FR), ("Païta", "98821", FR)], []),
    ("fr", "https://www.radio1.pf", "Radio 1 Tahiti",
     "Le maire de Punaauia a présenté le projet de marché couvert ; à Papeete, la circulation "
     "sera déviée samedi.",
     [("Punaauia", "98738", FR), ("Papeete", "98735", FR)], []),
    ("fr", "https://www.ouest-france.fr", "Ouest-France",
     "Le conseil municipal de Sainte-Marie a voté mardi la rénovation de la salle des sports.",
     [("Sainte-Marie", "35294", FR)], []),
    ("fr", "https://www.courrier-picard.fr", "Courrier picard",
     "Un incendie s'est déclaré dans une grange à Saint-Paul dimanche soir ; personne n'a été "
     "blessé.",
     [("Saint-Paul", "60591", FR)], []),
    ("fr", "https://www.lindependant.fr", "L'Indépendant",
     "Le maire de Saint-André a présenté le projet de nouvelle cave coopérative.",
     [("Saint-André", "66168", FR)], []),
    ("fr", "https://www.nicematin.com", "Nice-Matin",
     "La Trinité a inauguré mercredi un parking relais au bord du Paillon.",
     [("Trinité", "06149", FR)], []),
    ("fr", "https://www.depeches.test", "Dépêches test",
     "Le réacteur de Civaux, dans la Vienne, a redémarré ; les liaisons vers l'île de Sein "
     "restent suspendues.",
     [("Civaux", "86077", FR), ("Vienne", None, FR), ("Sein", "29083", FR)], []),
    ("fr", "https://www.depeches.test", "Dépêches test",
     "Une délégation de Fontarrabie, en Espagne, a été reçue vendredi à Hendaye.",
     [("Fontarrabie", None, "ES"), ("Espagne", None, "ES"), ("Hendaye", "64260", FR)], []),
    ("fr", "https://www.laprovence.com", "La Provence",
     "La préfecture de police des Bouches-du-Rhône a interdit la manifestation prévue samedi "
     "à Marseille.",
     [("Marseille", "13055", FR)], ["préfecture de police des Bouches-du-Rhône"]),
    ("fr", "https://www.depeches.test", "Dépêches test",
     "La Fête des Lumières prévue du 5 au 8 décembre à Lyon a été maintenue, a annoncé la "
     "mairie.",
     [("Lyon", "69123", FR)], []),
    ("en", "https://www.bbc.test", "BBC News test",
     "Police in Slough arrested two men after a warehouse fire in Ipswich, Suffolk.",
     [("Slough", None, "GB"), ("Ipswich", None, "GB"), ("Suffolk", None, "GB")], []),
    ("en", "https://www.bbc.test", "BBC News test",
     "The council in Harrogate approved the plan, while flooding closed roads in Kendal.",
     [("Harrogate", None, "GB"), ("Kendal", None, "GB")], []),
    ("en", "https://www.rte.test", "RTE test",
     "The mayor of Galway met business leaders in Limerick on Tuesday.",
     [("Galway", None, "IE"), ("Limerick", None, "IE")], []),
    ("en", "https://www.apnews.test", "AP test",
     "A tornado struck near Burlington, Vermont, and a meatpacking plant closed in Dubuque, "
     "Iowa.",
     [("Burlington", None, "US"), ("Vermont", None, "US"), ("Dubuque", None, "US"),
      ("Iowa", None, "US")], []),
    ("en", "https://www.abc.test", "ABC test",
     "Bushfires forced evacuations near Ballarat and Bendigo, in Victoria, on Sunday.",
     [("Ballarat", None, "AU"), ("Bendigo", None, "AU"), ("Victoria", None, "AU")], []),
]


PERSONS = {"h01": ["Ericka Bareigts"]}
"""Persons named (added after the first run, which listed Ericka Bareigts, the mayor of
Saint-Denis, as "not in gold": a gold omission, not a veille error)."""


def main() -> None:
    here = pathlib.Path(__file__).parent
    arts, gold = [], []
    for i, (lang, base, name, text, places, orgs) in enumerate(A, 1):
        aid = f"h{i:02d}"
        url = f"{base}/f27/{aid}"
        title = f"Dépêche {i}" if lang == "fr" else f"Dispatch {i}"
        rec = {"title": title, "paragraphs": [text], "published": "2026-11-25T10:00:00+01:00",
               "language": lang, "url": url, "source": name}
        arts.append(rec)
        gold.append({"id": aid, "url": url, "source": name, "published": rec["published"],
                     "language": lang, "quotes": [],
                     "entities": {"PER": PERSONS.get(aid, []), "ORG": orgs},
                     "places": [{"surface": s, "insee": c, "country": cc} for s, c, cc in places],
                     "dates": []})
    (here / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts))
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    print(len(arts), "articles,", sum(len(g["places"]) for g in gold), "places")


if __name__ == "__main__":
    main()
