#!/usr/bin/env python3
"""f-places26 held-out places set: towns after "le maire de", "le port de", "les pêcheurs de";
islands and ports abroad; overseas communes and regions; names of organisations that hold a
place word; capitals used for their governments; English possessives, festivals and states.
Written 2026-12-03 by the f-places26 helper before any veille output on it.

`python3 build.py` writes articles.jsonl (veille JSON records) and gold.json in the t-enrich22
format; score with `python3 ../t-enrich22/score.py export.jsonl gold.json --verbose` (places
rows; entities gold is empty, so any person or organisation veille finds is listed, which
shows a town read as a person). Gold: surface as written, INSEE code for French communes,
else ISO country (a French overseas region or département: country FR).
"""
import json
import pathlib

FR = "FR"
A = [
    ("fr", "Le maire de Rimouski a demandé mardi à Québec de financer le nouveau traversier.",
     [("Rimouski", None, "CA"), ("Québec", None, "CA")]),
    ("fr", "Le port de pêche du Guilvinec a enregistré une baisse de 12 % des apports, selon la "
     "criée.",
     [("Guilvinec", "29072", FR)]),
    ("fr", "Les pêcheurs de Joal ont bloqué le quai lundi pour protester contre les licences "
     "accordées aux chalutiers étrangers.",
     [("Joal", None, "SN")]),
    ("fr", "La maire de Sherbrooke a reçu jeudi une délégation de Saint-Nazaire pour un projet "
     "de jumelage.",
     [("Sherbrooke", None, "CA"), ("Saint-Nazaire", "44184", FR)]),
    ("fr", "Un séisme a secoué l'île grecque de Céphalonie ; des secousses ont été ressenties "
     "jusqu'à Zante.",
     [("Céphalonie", None, "GR"), ("Zante", None, "GR")]),
    ("fr", "Le ferry reliant Rosslare au port de Roscoff a été annulé en raison de la tempête.",
     [("Rosslare", None, "IE"), ("Roscoff", "29239", FR)]),
    ("fr", "Les îles Baléares et la Sicile ont battu des records de chaleur ; à Palerme, les "
     "écoles ont fermé.",
     [("Baléares", None, "ES"), ("Sicile", None, "IT"), ("Palerme", None, "IT")]),
    ("fr", "À Cayenne, en Guyane, le préfet a décrété un couvre-feu ; à Mayotte, les coupures "
     "d'eau se poursuivent.",
     [("Cayenne", "97302", FR), ("Guyane", None, FR), ("Mayotte", None, FR)]),
    ("fr", "Le maire des Abymes et celui de Baie-Mahault ont réclamé des renforts de "
     "gendarmerie.",
     [("Abymes", "97101", FR), ("Baie-Mahault", "97103", FR)]),
    ("fr", "Le président de Grand Besançon Métropole a présenté le budget ; à Besançon, le "
     "ticket de tram augmentera en janvier.",
     [("Besançon", "25056", FR)]),
    ("fr", "Pékin a protesté mardi contre la visite, tandis que la Communauté économique des "
     "États de l'Afrique de l'Ouest réunissait ses ministres à Abuja.",
     [("Pékin", None, "CN"), ("Abuja", None, "NG")]),
    ("fr", "Le réacteur de Golfech, dans le Tarn-et-Garonne, a été arrêté ; celui de Civaux "
     "reste en service.",
     [("Golfech", "82072", FR), ("Tarn-et-Garonne", None, FR), ("Civaux", "86077", FR)]),
    ("fr", "Le collectif des ostréiculteurs d'Arcachon et les conchyliculteurs de Bouin ont "
     "manifesté devant la préfecture.",
     [("Arcachon", "33009", FR), ("Bouin", "85029", FR)]),
    ("fr", "Les liaisons maritimes vers Ouessant, l'île de Sein et Groix ont été suspendues "
     "samedi.",
     [("Ouessant", "29155", FR), ("Sein", "29083", FR), ("Groix", "56069", FR)]),
    ("fr", "Le maire de Saint-Jean-de-Luz a accueilli une délégation de Fontarrabie, ville "
     "basque espagnole.",
     [("Saint-Jean-de-Luz", "64483", FR), ("Fontarrabie", None, "ES")]),
    ("en", "The mayor of Galway said ferries to the Aran Islands would resume on Monday.",
     [("Galway", None, "IE"), ("Aran Islands", None, "IE")]),
    ("en", "Protesters gathered outside Rotterdam's city hall as the port of Antwerp reported "
     "delays.",
     [("Rotterdam", None, "NL"), ("Antwerp", None, "BE")]),
    ("en", "Flights to Mallorca and the Greek island of Rhodes were cancelled after the strike "
     "in Barcelona.",
     [("Mallorca", None, "ES"), ("Rhodes", None, "GR"), ("Barcelona", None, "ES")]),
    ("en", "The Salzburg Festival opened on Friday as the canton of Geneva approved a new "
     "budget.",
     [("Salzburg", None, "AT"), ("Geneva", None, "CH")]),
    ("en", "Oil prices rose after a refinery fire in Houston, Texas, and a strike at the port of "
     "Durban.",
     [("Houston", None, "US"), ("Texas", None, "US"), ("Durban", None, "ZA")]),
]


def main() -> None:
    here = pathlib.Path(__file__).parent
    arts, gold = [], []
    for i, (lang, text, places) in enumerate(A, 1):
        aid = f"h{i:02d}"
        url = f"https://www.depeches.test/f26/{aid}"
        title = f"Dépêche {i}" if lang == "fr" else f"Dispatch {i}"
        rec = {"title": title, "paragraphs": [text], "published": "2026-11-25T10:00:00+01:00",
               "language": lang, "url": url, "source": "Dépêches test"}
        arts.append(rec)
        gold.append({"id": aid, "url": url, "source": rec["source"], "published": rec["published"],
                     "language": lang, "quotes": [], "entities": {"PER": [], "ORG": []},
                     "places": [{"surface": s, "insee": c, "country": cc} for s, c, cc in places],
                     "dates": []})
    (here / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts))
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    print(len(arts), "articles,", sum(len(g["places"]) for g in gold), "places")


if __name__ == "__main__":
    main()
