#!/usr/bin/env python3
"""f-places33 held-out set: UK, Irish and French local news where the town an article is
about is written in a place context that a model may type ORG or MISC ("in nearby X",
"X town centre", "X City Council", "à X", "le festival X Blues"), small towns and villages,
street names that are addresses, and historic counties that cover several administrative
units ("Yorkshire", "Sussex") beside places that pick one. Written 2026-12-04 by the
f-places33 helper before any veille output on it. Licence: written by us, CC0.

`python3 build.py` writes articles.jsonl and gold.json.
Gold per article: places [(surface, insee of a French commune or None, country, id or None)]
where id, when given, is the place id the surface must resolve to; not_places (surfaces that
must not come out as places); streets (surfaces that must not be an entity of any label).
"""
import json
import pathlib

# (id, lang, outlet base, outlet, title, text, places, not_places, streets)
A = [
    ("en01", "en", "https://www.halifaxcourier.co.uk", "Halifax Courier",
     "Market hall roof repairs begin",
     "Repairs to the leaking roof of the market hall began on Monday. Traders in nearby "
     "Todmorden said they had waited two winters for the work. The hall on Burnley Road will "
     "stay open while scaffolding is up.",
     [("Todmorden", None, "GB", None)], ["Burnley"], ["Burnley Road"]),
    ("en02", "en", "https://www.thetelegraphandargus.co.uk", "Telegraph & Argus",
     "Ilkley town centre parking charges to rise",
     "Parking charges in Ilkley town centre will rise from April, Bradford Council said. "
     "Shop owners on Brook Street said the change would drive visitors to Otley instead.",
     [("Ilkley", None, "GB", None), ("Otley", None, "GB", None)], [], ["Brook Street"]),
    ("en03", "en", "https://www.lancashirepost.co.uk", "Lancashire Post",
     "Canal path to close for a month",
     "Lancaster City Council will close the canal towpath between the city centre and the "
     "university for four weeks. Walkers from Lancaster are asked to use Bowerham Road.",
     [("Lancaster", None, "GB", "geonames:2644972")], [], ["Bowerham Road"]),
    ("en04", "en", "https://www.hexhamcourant.co.uk", "Hexham Courant",
     "Abbey square to be resurfaced",
     "The cobbles of the abbey square in Hexham town centre are to be relaid after a "
     "pensioner fell last winter. Northumberland County Council said the work on Fore Street "
     "would start after Christmas.",
     [("Hexham", None, "GB", None)], ["Christmas"], ["Fore Street"]),
    ("en05", "en", "https://www.whitbygazette.co.uk", "Whitby Gazette",
     "Lifeboat called to cliff fall",
     "The lifeboat was launched after a cliff fall below the abbey on Tuesday. Residents in "
     "nearby Whitby heard the rocks come down just before dawn. Nobody was hurt, the "
     "coastguard said.",
     [("Whitby", None, "GB", None)], [], []),
    ("en06", "en", "https://www.cumbriacrack.com", "CumbriaCrack",
     "Keswick flood barrier passes its first test",
     "The new flood barrier in Keswick held back the River Greta on Sunday night, the "
     "Environment Agency said. Homes on Penrith Road stayed dry for the first time in years.",
     [("Keswick", None, "GB", None)], ["Penrith"], ["Penrith Road"]),
    ("en07", "en", "https://www.harrogateadvertiser.co.uk", "Harrogate Advertiser",
     "Yorkshire show ground to host winter fair",
     "The Great Yorkshire Showground will host a winter fair next weekend. Stallholders from "
     "Harrogate and Knaresborough are expected, and North Yorkshire Council has laid on "
     "extra buses. Organisers say the fair is the biggest in Yorkshire this season.",
     [("Harrogate", None, "GB", None), ("Knaresborough", None, "GB", None),
      ("Yorkshire", None, "GB", "iso3166-2:GB-NYK")], [], []),
    ("en08", "en", "https://www.sussexexpress.co.uk", "Sussex Express",
     "Bonfire societies agree new route",
     "Bonfire societies in Lewes have agreed a shorter route for next year's parade, "
     "East Sussex County Council said. Crowds from all over Sussex pack the town each "
     "November.",
     [("Lewes", None, "GB", None), ("Sussex", None, "GB", "iso3166-2:GB-ESX")], [], []),
    ("en09", "en", "https://www.southernstar.ie", "The Southern Star",
     "Clonakilty bypass work resumes",
     "Work on the relief road around Clonakilty resumed on Monday after a three-week pause, "
     "Cork County Council said. Hauliers heading for Bantry were told to expect delays.",
     [("Clonakilty", None, "IE", None), ("Bantry", None, "IE", None)], [], []),
    ("en10", "en", "https://www.mayonews.ie", "The Mayo News",
     "Westport quay plan approved",
     "Mayo County Council has approved a plan to pedestrianise part of Westport town centre "
     "around the Octagon. Businesses on Bridge Street welcomed the decision.",
     [("Westport", None, "IE", None)], [], ["Bridge Street"]),
    ("en11", "en", "https://www.obantimes.co.uk", "The Oban Times",
     "Ferry timetable cut again",
     "CalMac has cut winter sailings from Oban to Mull again, leaving islanders in "
     "Tobermory without a Sunday service.",
     [("Oban", None, "GB", None), ("Tobermory", None, "GB", "geonames:2635754")], [], []),
    ("en12", "en", "https://www.cambrian-news.co.uk", "Cambrian News",
     "Seafront shelter to be rebuilt",
     "The storm-damaged shelter on the promenade will be rebuilt by the summer, Ceredigion "
     "County Council said. Aberystwyth Town Council had asked for the work to be brought "
     "forward.",
     [("Aberystwyth", None, "GB", None)], [], []),
    ("en13", "en", "https://www.dailypost.co.uk", "Daily Post",
     "Pier reopens after repairs",
     "The pier at Llandudno reopened on Saturday after four months of repairs. Visitors "
     "queued along Mostyn Street before the gates opened.",
     [("Llandudno", None, "GB", None)], [], ["Mostyn Street"]),
    ("en14", "en", "https://www.craven-herald.co.uk", "Craven Herald",
     "Dales bus service saved",
     "The weekend bus linking Skipton with Grassington and Settle has been saved for another "
     "year after a parish council appeal. Riders near Grassington had feared it would go.",
     [("Skipton", None, "GB", None), ("Grassington", None, "GB", None),
      ("Settle", None, "GB", None)], [], []),
    ("en15", "en", "https://www.gazetteandherald.co.uk", "Gazette & Herald",
     "Fish shop robbed",
     "Police are hunting a man who robbed a fish and chip shop in Pickering on Friday. The "
     "shop, on Market Place, was closing when he walked in.",
     [("Pickering", None, "GB", None)], [], []),
    ("en16", "en", "https://www.gazettelive.co.uk", "Gazette Live",
     "Staithes harbour wall to be repaired",
     "The harbour wall at Staithes, the fishing village north of Whitby, is to be "
     "repaired after winter storms. Redcar and Cleveland Council said the work would take "
     "six weeks.",
     [("Staithes", None, "GB", None), ("Whitby", None, "GB", None)], [], []),
    ("en17", "en", "https://www.gallowaygazette.co.uk", "Galloway Gazette",
     "Book festival breaks records",
     "The book festival in Wigtown sold more tickets than ever this autumn. Authors from "
     "across Scotland filled the marquee on the county green.",
     [("Wigtown", None, "GB", None), ("Scotland", None, "GB", None)], [], []),
    ("en18", "en", "https://www.bbc.co.uk", "BBC News",
     "Northumberland Street shops hit by power cut",
     "Shops on Northumberland Street in Newcastle lost power for three hours on Saturday. "
     "Northern Powergrid said a cable fault near Haymarket was to blame.",
     [("Newcastle", None, "GB", None)], ["Northumberland"], ["Northumberland Street"]),
    ("en19", "en", "https://www.westmorlandgazette.co.uk", "Westmorland Gazette",
     "Kendal mint cake maker expands",
     "A family firm that makes mint cake in Kendal is to double its staff. Its shop on "
     "Highgate will stay open, and a second will open in Ulverston in the spring.",
     [("Kendal", None, "GB", None), ("Ulverston", None, "GB", None)], [], ["Highgate"]),
    ("en20", "en", "https://www.devonlive.com", "Devon Live",
     "Totnes market to move",
     "The Friday market in Totnes will move to the civic hall car park while the square is "
     "rebuilt, Totnes Town Council said.",
     [("Totnes", None, "GB", None)], [], []),
    ("en21", "en", "https://www.bbc.co.uk", "BBC News",
     "Bangor pier closed after storm",
     "Garth Pier in Bangor has been closed after Storm Darragh damaged its railings, "
     "Gwynedd Council said.",
     [("Bangor", None, "GB", "geonames:2656397")], [], []),
    ("en22", "en", "https://www.thewestmorlandgazette.co.uk", "Westmorland Gazette",
     "Yorkshire Dales ranger post cut",
     "Walkers near Hawes say the loss of a ranger will leave paths on the fells unrepaired. "
     "The national park covers parts of North Yorkshire and Cumbria.",
     [("Hawes", None, "GB", None), ("North Yorkshire", None, "GB", None),
      ("Cumbria", None, "GB", None)], [], []),
    # French
    ("fr01", "fr", "https://www.midilibre.fr", "Midi Libre",
     "Le viaduc fermé une nuit",
     "Le viaduc sera fermé à la circulation dans la nuit de mardi à mercredi pour "
     "l'inspection des haubans. Les automobilistes venant de Millau sont invités à passer "
     "par la vallée du Tarn.",
     [("Millau", "12145", "FR", None)], [], []),
    ("fr02", "fr", "https://www.ledauphine.com", "Le Dauphiné libéré",
     "Travaux rue de la République",
     "Les travaux de la rue de la République à Montélimar dureront jusqu'en mars, a annoncé "
     "la mairie. Les commerçants de l'avenue Jean-Jaurès craignent une baisse de leur "
     "chiffre d'affaires.",
     [("Montélimar", "26198", "FR", None)], ["République", "Jean-Jaurès"],
     ["rue de la République", "République", "avenue Jean-Jaurès", "Jean-Jaurès"]),
    ("fr03", "fr", "https://www.ladepeche.fr", "La Dépêche du Midi",
     "Le Figeac Blues festival dévoile sa programmation",
     "Le festival Figeac Blues accueillera douze groupes cet été sur la place Champollion. "
     "Les organisateurs attendent huit mille spectateurs.",
     [("Figeac", "46102", "FR", None)], ["Champollion"], []),
    ("fr04", "fr", "https://www.lamontagne.fr", "La Montagne",
     "Le conseil municipal de Tulle vote son budget",
     "Le conseil municipal de Tulle a adopté mardi soir un budget en hausse. Le maire a "
     "défendu la rénovation du quai Baluze, fermé depuis l'été.",
     [("Tulle", "19272", "FR", None)], [], []),
    ("fr05", "fr", "https://www.lamontagne.fr", "La Montagne",
     "Saint-Flour : la foire de la Saint-André sous la neige",
     "Malgré la neige, les éleveurs sont venus nombreux à la foire de Saint-Flour samedi. "
     "Les habitants de Saint-Flour n'avaient pas vu autant de bêtes depuis des années.",
     [("Saint-Flour", "15187", "FR", None)], [], []),
    ("fr06", "fr", "https://www.ledauphine.com", "Le Dauphiné libéré",
     "Die : la clairette fête ses vendanges",
     "La fête de la clairette a réuni trois mille personnes à Die ce week-end. Le défilé est "
     "parti de la place de la République.",
     [("Die", "26113", "FR", None)], ["République"], ["République"]),
    ("fr07", "fr", "https://www.ouest-france.fr", "Ouest-France",
     "Douarnenez : le port se prépare aux fêtes maritimes",
     "Le port de Douarnenez accueillera les fêtes maritimes en juillet. La ville a déjà "
     "réservé les quais du Rosmeur pour les vieux gréements.",
     [("Douarnenez", "29046", "FR", None)], [], []),
    ("fr08", "fr", "https://www.letelegramme.fr", "Le Télégramme",
     "Pontivy : un incendie rue Nationale",
     "Un incendie s'est déclaré dans un appartement de la rue Nationale, à Pontivy, dans la "
     "nuit de jeudi à vendredi. Les pompiers de Pontivy et de Loudéac sont intervenus.",
     [("Pontivy", "56178", "FR", None), ("Loudéac", "22136", "FR", None)], [],
     ["rue Nationale", "Nationale"]),
    ("fr09", "fr", "https://www.ouest-france.fr", "Ouest-France",
     "Vitré Communauté lance son réseau de vélos",
     "Vitré Communauté mettra cent vélos électriques en location au printemps. Les "
     "habitants de Vitré et d'Argentré-du-Plessis pourront les louer au mois.",
     [("Vitré", "35360", "FR", None), ("Argentré-du-Plessis", "35006", "FR", None)], [], []),
    ("fr10", "fr", "https://www.lejsl.com", "Le Journal de Saône-et-Loire",
     "Accident sur la RCEA près de Paray-le-Monial",
     "Un poids lourd s'est couché sur la RCEA près de Paray-le-Monial mercredi matin. Le "
     "chauffeur, originaire de Digoin, a été légèrement blessé.",
     [("Paray-le-Monial", "71342", "FR", None), ("Digoin", "71176", "FR", None)], [], []),
    ("fr11", "fr", "https://www.francebleu.fr", "France Bleu",
     "Annonay : la mairie rachète l'ancienne papeterie",
     "La mairie d'Annonay a racheté l'ancienne papeterie du boulevard de la République pour "
     "y installer une médiathèque, a annoncé le maire.",
     [("Annonay", "07010", "FR", None)], ["République"],
     ["boulevard de la République", "République"]),
    ("fr12", "fr", "https://www.sudouest.fr", "Sud Ouest",
     "Le marché de Noël d'Oloron s'installe",
     "Le marché de Noël s'installe place Clemenceau à Oloron-Sainte-Marie jusqu'au 24 "
     "décembre. Quarante exposants sont attendus.",
     [("Oloron-Sainte-Marie", "64422", "FR", None)], ["Clemenceau"], ["place Clemenceau"]),
]

rows, gold = [], []
for (aid, lang, base, outlet, title, text, places, nots, streets) in A:
    url = f"{base}/f33/{aid}"
    rows.append({"title": title, "url": url, "source": outlet, "language": lang,
                 "published": "2026-12-03T10:00:00+00:00", "text": text})
    gold.append({"id": aid, "url": url,
                 "places": [{"surface": s, "insee": i, "country": c, "id": pid}
                            for s, i, c, pid in places],
                 "not_places": nots, "streets": streets})
here = pathlib.Path(__file__).parent
with open(here / "articles.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
(here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
print(len(rows), "articles,", sum(len(g["places"]) for g in gold), "places")
