#!/usr/bin/env python3
"""f-places29 held-out places set: namesake towns (Perth, Stirling, London, Hamilton,
Cambridge, Richmond, Victoria, Saint-Denis, Valence, Norfolk, Burlington) whose right reading
the text's other places or the region/country it names decide. Written 2026-12-04 by the
f-places29 helper before any veille output on it.

`python3 build.py` writes articles.jsonl (veille JSON records; each with its outlet's URL and
name) and gold.json in the t-enrich22 format; score with
`python3 ../t-enrich22/score.py export.jsonl gold.json --verbose`. Gold: surface as written,
INSEE code for French communes, else ISO country.
"""
import json
import pathlib

# (language, outlet URL base, outlet name, text, [(surface, INSEE, country)])
A = [
    ("en", "https://www.thecourier.co.uk", "The Courier",
     "Commuters between Perth and Stirling face delays after a landslip closed the railway "
     "near Dunblane on Monday, ScotRail said.",
     [("Perth", None, "GB"), ("Stirling", None, "GB"), ("Dunblane", None, "GB")]),
    ("en", "https://www.heraldscotland.com", "The Herald",
     "A new cancer wing opened in Perth on Friday. Patients from Dundee and Arbroath will "
     "also be treated there, the health board said.",
     [("Perth", None, "GB"), ("Dundee", None, "GB"), ("Arbroath", None, "GB")]),
    ("en", "https://www.thewest.com.au", "The West Australian",
     "Perth commuters face another weekend without trains as works on the Fremantle line "
     "continue, with buses replacing services to Joondalup.",
     [("Perth", None, "AU"), ("Fremantle", None, "AU"), ("Joondalup", None, "AU")]),
    ("en", "https://www.abc.net.au", "ABC News",
     "Residents of Stirling, in Perth's northern suburbs, were told to boil water after a "
     "main burst near Scarborough.",
     [("Stirling", None, "AU"), ("Perth", None, "AU"), ("Scarborough", None, "AU")]),
    ("en", "https://lfpress.com", "The London Free Press",
     "A crash closed Highway 401 between London and Woodstock, Ontario, for six hours on "
     "Tuesday, police said.",
     [("London", None, "CA"), ("Woodstock", None, "CA"), ("Ontario", None, "CA")]),
    ("en", "https://www.bbc.co.uk", "BBC News",
     "Flights from Heathrow were delayed on Sunday as fog covered London and Reading.",
     [("Heathrow", None, "GB"), ("London", None, "GB"), ("Reading", None, "GB")]),
    ("en", "https://www.thespec.com", "The Hamilton Spectator",
     "Hamilton and Burlington councils will share a new transit line, Ontario's transport "
     "minister announced on Wednesday.",
     [("Hamilton", None, "CA"), ("Burlington", None, "CA"), ("Ontario", None, "CA")]),
    ("en", "https://www.nzherald.co.nz", "New Zealand Herald",
     "Flooding cut the road between Hamilton and Tauranga on Thursday, and Waikato schools "
     "were closed.",
     [("Hamilton", None, "NZ"), ("Tauranga", None, "NZ"), ("Waikato", None, "NZ")]),
    ("en", "https://www.dailyrecord.co.uk", "Daily Record",
     "Police in Hamilton arrested two men after a break-in at a shop in Motherwell, in "
     "Scotland's central belt.",
     [("Hamilton", None, "GB"), ("Motherwell", None, "GB")]),
    ("en", "https://www.bostonglobe.com", "The Boston Globe",
     "Cambridge will ban gas stoves in new buildings from next year, following Boston, "
     "Massachusetts officials said.",
     [("Cambridge", None, "US"), ("Boston", None, "US"), ("Massachusetts", None, "US")]),
    ("en", "https://www.cambridge-news.co.uk", "Cambridge News",
     "Trains between Cambridge and Ely were cancelled on Saturday after a signal failure "
     "near Waterbeach.",
     [("Cambridge", None, "GB"), ("Ely", None, "GB")]),
    ("en", "https://richmond.com", "Richmond Times-Dispatch",
     "Richmond will host the state's new film studio, Virginia's governor said, after Norfolk "
     "and Roanoke lost the bid.",
     [("Richmond", None, "US"), ("Virginia", None, "US"), ("Norfolk", None, "US"),
      ("Roanoke", None, "US")]),
    ("en", "https://www.timescolonist.com", "Times Colonist",
     "Ferries between Victoria and Nanaimo were cancelled on Monday as a storm hit Vancouver "
     "Island.",
     [("Victoria", None, "CA"), ("Nanaimo", None, "CA")]),
    ("en", "https://www.scotsman.com", "The Scotsman",
     "Perth will get a new concert hall, the Scottish Government said, after Inverness and "
     "Aberdeen were turned down.",
     [("Perth", None, "GB"), ("Inverness", None, "GB"), ("Aberdeen", None, "GB")]),
    ("fr", "https://www.leparisien.fr", "Le Parisien",
     "Un incendie a ravagé un entrepôt à Saint-Denis (Seine-Saint-Denis) dans la nuit de "
     "mardi ; les pompiers d'Aubervilliers sont venus en renfort.",
     [("Saint-Denis", "93066", "FR"), ("Aubervilliers", "93001", "FR")]),
    ("fr", "https://www.lemonde.fr", "Le Monde",
     "À La Réunion, la maire de Saint-Denis a réclamé l'aide de l'État après le cyclone ; "
     "Saint-Pierre a été moins touchée.",
     [("Réunion", None, "FR"), ("Saint-Denis", "97411", "FR"), ("Saint-Pierre", "97416", "FR")]),
    ("fr", "https://www.ledauphine.com", "Le Dauphiné libéré",
     "La ligne de train entre Valence et Montélimar sera fermée ce week-end pour travaux, a "
     "annoncé la SNCF.",
     [("Valence", "26362", "FR"), ("Montélimar", "26198", "FR")]),
    ("fr", "https://www.lemonde.fr", "Le Monde",
     "En Espagne, les inondations ont fait trois morts à Valence ; la région d'Alicante est "
     "en alerte rouge.",
     [("Espagne", None, "ES"), ("Valence", None, "ES"), ("Alicante", None, "ES")]),
    ("fr", "https://www.ouest-france.fr", "Ouest-France",
     "En Écosse, le théâtre de Perth a rouvert jeudi ; des spectateurs sont venus de Dundee "
     "et de Stirling.",
     [("Écosse", None, "GB"), ("Perth", None, "GB"), ("Dundee", None, "GB"),
      ("Stirling", None, "GB")]),
]


def main() -> None:
    here = pathlib.Path(__file__).parent
    arts, gold = [], []
    for i, (lang, base, name, text, places) in enumerate(A, 1):
        aid = f"h{i:02d}"
        url = f"{base}/f29/{aid}"
        title = f"Dépêche {i}" if lang == "fr" else f"Dispatch {i}"
        rec = {"title": title, "paragraphs": [text], "published": "2026-11-25T10:00:00+01:00",
               "language": lang, "url": url, "source": name}
        arts.append(rec)
        gold.append({"id": aid, "url": url, "source": name, "published": rec["published"],
                     "language": lang, "quotes": [], "entities": {"PER": [], "ORG": []},
                     "places": [{"surface": s, "insee": c, "country": cc} for s, c, cc in places],
                     "dates": []})
    (here / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts))
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
    print(len(arts), "articles,", sum(len(g["places"]) for g in gold), "places")


if __name__ == "__main__":
    main()
