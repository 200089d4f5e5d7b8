#!/usr/bin/env python3
"""f-places32 held-out set: UK and French regional news with titled people whose surname is
a town, venues and festivals named "du X" where a commune "Le X" exists, councils named
"City of X Council", English regions and counties whose names other countries share, and
intercommunal bodies. Written 2026-12-04 by the f-places32 helper before any veille output
on it.

`python3 build.py` writes articles.jsonl and gold.json. Gold per article: quotes with their
accepted speakers, PER and ORG names as a careful reader writes them, places (surface,
INSEE of a French commune else ISO country) and `not_places` (surfaces that must not come
out as places, with the namesake names they must not resolve to).
"""
import json
import pathlib

# (id, language, outlet URL base, outlet name, title, text, places, not_places, PER, ORG, quotes)
# places: [(surface, insee, country)]; not_places: [surface or namesake name];
# quotes: [(snippet, [speakers])]
A = [
    ("en01", "en", "https://www.yorkshireeveningpost.co.uk", "Yorkshire Evening Post",
     "Road closures around Headingley for Sunday's Test",
     "Cricket fans heading to Headingley for Sunday's Test should expect road closures, "
     "Leeds City Council said. Cllr James Lewis, the council's leader, said: \"We have "
     "planned for a full ground and a dry day.\" Extra trains will run across West Yorkshire "
     "from early morning.",
     [("Headingley", None, "GB"), ("West Yorkshire", None, "GB")], [],
     ["James Lewis"], ["Leeds City Council"],
     [("We have planned for a full ground", ["James Lewis"])]),
    ("en02", "en", "https://www.thenorthernecho.co.uk", "The Northern Echo",
     "Jobless rate rises again in the North East",
     "Unemployment in the North East rose for a third month, figures released on Tuesday "
     "showed. Helen Marsh, who runs a bakery in Darlington, said trade had slowed since the "
     "summer. \"People are holding back and they leave the cakes on the shelf,\" Ms Marsh said.",
     [("North East", None, "GB"), ("Darlington", None, "GB")], ["Marsh", "Ms Marsh"],
     ["Helen Marsh"], [],
     [("People are holding back", ["Helen Marsh"])]),
    ("en03", "en", "https://www.yorkpress.co.uk", "The Press",
     "Footbridge over the Foss approved",
     "City of York Council has approved a new footbridge over the River Foss despite "
     "objections from residents in Acomb. \"The bridge will link two halves of the city,\" "
     "said Cllr Claire Douglas, who leads the authority.",
     [], [], ["Claire Douglas"], ["City of York Council"],
     [("The bridge will link two halves", ["Claire Douglas"])]),
    ("en04", "en", "https://www.cumbriacrack.com", "CumbriaCrack",
     "New pool for Penrith by spring",
     "A new swimming pool will open in Penrith next spring after the old one closed last "
     "year, Westmorland and Furness Council said on Thursday.",
     [("Penrith", None, "GB")], [], [], ["Westmorland and Furness Council"], []),
    ("en05", "en", "https://www.shropshirestar.com", "Shropshire Star",
     "Lorry overturns on the A5",
     "Police closed the A5 near Oswestry after a lorry overturned on Tuesday morning. "
     "Drivers heading for Shrewsbury were sent through Ellesmere, and Cllr Mary Davies "
     "said the detour had caused chaos in the town.",
     [("Oswestry", None, "GB"), ("Shrewsbury", None, "GB"), ("Ellesmere", None, "GB")], [],
     ["Mary Davies"], [], []),
    ("en06", "en", "https://www.bbc.co.uk", "BBC News",
     "Carlisle MP says flood defences neglected",
     "Speaking in the Commons on Wednesday, Carlisle MP Julie Minns said the city's flood "
     "defences had been left to rot. \"Families in Carlisle deserve better than sandbags,\" "
     "she told MPs.",
     [("Carlisle", None, "GB")], ["Commons"], ["Julie Minns"], [],
     [("Families in Carlisle deserve better", ["Julie Minns"])]),
    ("en07", "en", "https://www.cornwalllive.com", "Cornwall Live",
     "Truro traders hope for a busy Christmas",
     "Shops in Truro are hoping for a busy Christmas after a quiet autumn. Traders in "
     "Falmouth said footfall was down by a fifth on last year.",
     [("Truro", None, "GB"), ("Falmouth", None, "GB")], ["Christmas"], [], [], []),
    ("en08", "en", "https://www.lancashiretelegraph.co.uk", "Lancashire Telegraph",
     "Waiting times fall at Royal Blackburn",
     "Waiting times at the Royal Blackburn Hospital have fallen by a third, figures show. "
     "\"We are now seeing people within weeks, not months,\" said Dr Anna Preston, a "
     "consultant. Pat Bolton, whose son was treated in Burnley, praised the staff. Mrs Bolton "
     "said the nurses had been kind and quick.",
     [("Burnley", None, "GB")], ["Preston", "Dr Preston", "Bolton", "Mrs Bolton"],
     ["Anna Preston", "Pat Bolton"], ["Royal Blackburn Hospital"],
     [("We are now seeing people within weeks", ["Anna Preston"])]),
    ("en09", "en", "https://www.manchestereveningnews.co.uk", "Manchester Evening News",
     "House prices rise fastest in the North West",
     "House prices in the North West rose by four per cent last year, with Bolton and Wigan "
     "among the fastest risers. Councillor Tom Ross, who speaks for housing on Wigan Council, "
     "said: \"Young families are being priced out of their own streets.\"",
     [("North West", None, "GB"), ("Bolton", None, "GB"), ("Wigan", None, "GB")], [],
     ["Tom Ross"], ["Wigan Council"],
     [("Young families are being priced out", ["Tom Ross"])]),
    ("en10", "en", "https://www.devonlive.com", "Devon Live",
     "Flood warnings across the South West",
     "Heavy rain is forecast across the South West on Friday, with Exeter and Plymouth "
     "likely to see flooding, the Met Office said. Cllr Sarah Hunt said sandbags were "
     "available at Exeter's civic centre.",
     [("South West", None, "GB"), ("Exeter", None, "GB"), ("Plymouth", None, "GB")], [],
     ["Sarah Hunt"], ["Met Office"], []),
    ("en11", "en", "https://www.edinburghnews.scotsman.com", "Edinburgh Evening News",
     "Two libraries to close",
     "City of Edinburgh Council will close libraries in Leith and Portobello next year, a "
     "spokeswoman said. Cllr Mandy Watt called the decision a false economy.",
     [("Leith", None, "GB"), ("Portobello", None, "GB")], [], ["Mandy Watt"],
     ["City of Edinburgh Council"], []),
    ("en12", "en", "https://www.theargus.co.uk", "The Argus",
     "Police promise patrols on Hove seafront",
     "\"We will not allow camps on the seafront,\" said Chief Inspector Mark Hale, speaking "
     "at a meeting in Hove called by the residents' group Brighton Forward.",
     [("Hove", None, "GB")], [], ["Mark Hale"], ["Brighton Forward"],
     [("We will not allow camps", ["Mark Hale"])]),
    ("fr01", "fr", "https://www.lavoixdunord.fr", "La Voix du Nord",
     "Roubaix : le préfet promet des moyens",
     "« L'État ne laissera pas ce quartier à l'abandon », a assuré jeudi soir le préfet, lors "
     "d'une réunion publique à Roubaix organisée par l'association Roubaix Demain. Une "
     "centaine d'habitants étaient présents.",
     [("Roubaix", "59512", "FR")], [], [], ["Roubaix Demain"],
     [("L'État ne laissera pas ce quartier", ["le préfet", "préfet"])]),
    ("fr02", "fr", "https://www.lavoixdunord.fr", "La Voix du Nord",
     "Tourcoing : des patrouilles dès janvier",
     "Le préfet du Nord, Bertrand Gaume, a répondu mardi aux questions des habitants de "
     "Tourcoing. « Nous renforcerons les patrouilles dès janvier », a-t-il promis devant les "
     "membres du collectif Tourcoing Ensemble, qui réclame un commissariat de quartier.",
     [("Tourcoing", "59599", "FR")], [], ["Bertrand Gaume"], ["Tourcoing Ensemble"],
     [("Nous renforcerons les patrouilles", ["Bertrand Gaume", "le préfet"])]),
    ("fr03", "fr", "https://www.ouest-france.fr", "Ouest-France",
     "Lorient : des navettes pour le match de samedi",
     "Le FC Lorient recevra Toulouse samedi au stade du Moustoir. La mairie de Lorient prévoit "
     "des navettes gratuites depuis Lanester et Ploemeur.",
     [("Lorient", "56121", "FR"), ("Lanester", "56098", "FR"), ("Ploemeur", "56162", "FR")],
     ["Moustoir", "Le Moustoir"], [], ["FC Lorient"], []),
    ("fr04", "fr", "https://www.paris-normandie.fr", "Paris-Normandie",
     "La Nuit du Port revient à Fécamp",
     "La Nuit du Port revient samedi à Fécamp, avec des concerts sur les quais et un feu "
     "d'artifice à 23 heures. L'an dernier, la fête avait attiré 15 000 personnes, selon la "
     "mairie.",
     [("Fécamp", "76259", "FR")], ["Port", "Le Port"], [], [], []),
    ("fr05", "fr", "https://www.ledauphine.com", "Le Dauphiné libéré",
     "Moûtiers : la fête de la Vallée dimanche",
     "La fête de la Vallée aura lieu dimanche à Moûtiers. Le repas des anciens se tiendra à "
     "la salle du Manoir, et un car partira d'Albertville à 9 heures.",
     [("Moûtiers", "73181", "FR"), ("Albertville", "73011", "FR")],
     ["Vallée", "La Vallée", "Manoir", "Le Manoir"], [], [], []),
    ("fr06", "fr", "https://www.clicanoo.re", "Clicanoo",
     "Transports : la Cinor vote une nouvelle ligne",
     "La Cinor a voté mardi la création d'une ligne de bus entre Saint-Denis et Sainte-Marie. "
     "« Les usagers attendent cette ligne depuis dix ans », a déclaré son président, Maurice "
     "Gironcel. La Cirest étudie un projet semblable.",
     [("Saint-Denis", "97411", "FR"), ("Sainte-Marie", "97418", "FR")], [],
     ["Maurice Gironcel"], ["Cinor", "Cirest"],
     [("Les usagers attendent cette ligne", ["Maurice Gironcel"])]),
    ("fr07", "fr", "https://www.clicanoo.re", "Clicanoo",
     "Le Port : le marché forain déplacé",
     "Le marché forain du Port sera déplacé en janvier près de la mairie, a indiqué la "
     "commune. Les forains de Saint-Paul pourront aussi s'y installer.",
     [("Le Port", "97407", "FR"), ("Saint-Paul", "97415", "FR")], [], [], [], []),
    ("fr08", "fr", "https://www.ouest-france.fr", "Ouest-France",
     "Laval : l'école fermera une classe",
     "L'école Jules-Ferry de Laval perdra une classe à la rentrée. « C'est un coup dur pour "
     "le quartier », regrette Mme Thiers, la directrice. Selon M. Vannes, parent d'élève, une "
     "pétition a déjà recueilli 300 signatures.",
     [("Laval", "53130", "FR")], ["Thiers", "Mme Thiers", "Vannes", "M. Vannes"], [], [],
     [("C'est un coup dur pour le quartier", ["Mme Thiers", "Thiers"])]),
]

arts, gold = [], []
for (aid, lang, base, outlet, title, text, places, nots, per, org, quotes) in A:
    url = f"{base}/f32/{aid}"
    pub = "2026-12-03T10:00:00+00:00"
    arts.append({"title": title, "url": url, "source": outlet, "language": lang,
                 "published": pub, "text": text})
    gold.append({"id": aid, "url": url, "source": outlet, "published": pub, "language": lang,
                 "quotes": [{"snippet": s, "speakers": sp, "kind": "f32", "optional": False}
                            for s, sp in quotes],
                 "entities": {"PER": per, "ORG": org},
                 "places": [{"surface": s, "insee": i, "country": c} for s, i, c in places],
                 "not_places": nots, "dates": []})
here = pathlib.Path(__file__).parent
(here / "articles.jsonl").write_text(
    "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), "utf-8")
(here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
