#!/usr/bin/env python3
"""f-english30 held-out set: titled speakers, organisations named after their town, and
towns named without a cue, in English (15) and French (5) news. Written 2026-12-04 by the
f-english30 helper before any veille output on it (issue 16: "Who, where, when, and who said
what"). Invented events and people; real towns and real outlets' domains (URLs under /f30/).

`python3 build.py` writes articles.jsonl (veille JSON records) and gold.json in the t-enrich22
format (quotes with accepted speakers, PER/ORG names, places: surface, INSEE code of a French
commune, else ISO country). Score with `python3 score.py export.jsonl` (see README.md).
"""
import json
import pathlib

# (language, outlet URL base, outlet name, title, text, quotes [(snippet, [speakers], kind)],
#  PER, ORG, places [(surface, INSEE, country)])
A = [
    ("en", "https://www.thewestmorlandgazette.co.uk", "The Westmorland Gazette",
     "A591 to reopen before Christmas, minister says",
     "Transport Secretary Laura Brennan said on Monday that the A591 between Kendal and "
     "Windermere would reopen before Christmas.\n\n\"We owe the people of Cumbria a road "
     "they can rely on,\" she told reporters. Local MP Tom Hartley said the closure had cost "
     "shops in Ambleside dearly.",
     [("We owe the people of Cumbria", ["Laura Brennan"], "en_title_pronoun")],
     ["Laura Brennan", "Tom Hartley"], [],
     [("Kendal", None, "GB"), ("Windermere", None, "GB"), ("Cumbria", None, "GB"),
      ("Ambleside", None, "GB")]),
    ("en", "https://www.hexham-courant.co.uk", "Hexham Courant",
     "Night surgery to move from Hexham General Hospital",
     "Night-time surgery at Hexham General Hospital will move to Cramlington from March, "
     "Northumbria Healthcare NHS Foundation Trust said on Tuesday.\n\n\"We cannot staff two "
     "sites safely,\" said the trust's chief executive, Mark Pennington. Patients from Morpeth "
     "will also be affected.",
     [("We cannot staff two sites safely", ["Mark Pennington"], "en_apposition")],
     ["Mark Pennington"], ["Hexham General Hospital", "Northumbria Healthcare NHS Foundation Trust"],
     [("Cramlington", None, "GB"), ("Morpeth", None, "GB")]),
    ("en", "https://www.cravenherald.co.uk", "Craven Herald",
     "Skipton Town Council backs new market hall",
     "Skipton Town Council voted on Tuesday to build a covered market hall on the canal basin.\n\n"
     "Council leader Janet Whitaker said: \"Traders have waited twenty years for this.\" "
     "Stallholders from Settle and Grassington are expected to apply.",
     [("Traders have waited twenty years", ["Janet Whitaker"], "en_title_colon")],
     ["Janet Whitaker"], ["Skipton Town Council"],
     [("Settle", None, "GB"), ("Grassington", None, "GB")]),
    ("en", "https://www.wakefieldexpress.co.uk", "Wakefield Express",
     "Home Secretary hails fall in knife crime",
     "\"Knife crime is falling in every town in this county,\" Home Secretary Daniel Okafor "
     "said during a visit to Wakefield on Thursday.\n\nPolice and Crime Commissioner Rachel "
     "Dunn said officers in Pontefract and Castleford would get new patrol cars.",
     [("Knife crime is falling", ["Daniel Okafor"], "en_title_after_verb")],
     ["Daniel Okafor", "Rachel Dunn"], [],
     [("Wakefield", None, "GB"), ("Pontefract", None, "GB"), ("Castleford", None, "GB")]),
    ("en", "https://www.irishexaminer.com", "Irish Examiner",
     "Minister promises second cath lab for Tralee",
     "Health Minister Siobhán Keane visited University Hospital Kerry in Tralee on Friday.\n\n"
     "\"Kerry patients should not have to drive to Cork for a stent,\" she said. Local TD "
     "Michael Cronin said families in Killarney had waited long enough.",
     [("Kerry patients should not have to drive", ["Siobhán Keane"], "en_title_pronoun")],
     ["Siobhán Keane", "Michael Cronin"], ["University Hospital Kerry"],
     [("Tralee", None, "IE"), ("Cork", None, "IE"), ("Killarney", None, "IE")]),
    ("en", "https://www.westmeathindependent.ie", "Westmeath Independent",
     "Athlone bypass plan goes on display",
     "Westmeath County Council will put plans for a new bridge in Athlone on display next "
     "week.\n\n\"This is the biggest project the town has seen in decades,\" said council "
     "chief executive Pat Gallagher. Objections from Ballinasloe are expected.",
     [("This is the biggest project", ["Pat Gallagher"], "en_title_after_verb")],
     ["Pat Gallagher"], ["Westmeath County Council"],
     [("Athlone", None, "IE"), ("Ballinasloe", None, "IE")]),
    ("en", "https://missoulian.com", "Missoulian",
     "Governor signs wildfire bill in Missoula",
     "Governor Karen Whitfield of Montana signed a wildfire bill in Missoula on Wednesday, "
     "weeks after fires near Billings.\n\n\"Montana will not wait for Washington,\" the "
     "governor said. Wyoming and Missouri are weighing similar laws.",
     [("Montana will not wait", ["Karen Whitfield"], "en_role_anaphor")],
     ["Karen Whitfield"], [],
     [("Montana", None, "US"), ("Missoula", None, "US"), ("Billings", None, "US"),
      ("Wyoming", None, "US"), ("Missouri", None, "US")]),
    ("en", "https://www.ithacajournal.com", "The Ithaca Journal",
     "Ithaca schools to close early on Friday",
     "Schools in Ithaca and Cortland will close early on Friday as a snowstorm moves across "
     "upstate New York.\n\n\"Safety comes first,\" said Superintendent Laura Beck of the "
     "Ithaca City School District.",
     [("Safety comes first", ["Laura Beck"], "en_title_after_verb")],
     ["Laura Beck"], ["Ithaca City School District"],
     [("Ithaca", None, "US"), ("Cortland", None, "US"), ("New York", None, "US")]),
    ("en", "https://www.kamloopsthisweek.com", "Kamloops This Week",
     "Royal Inland Hospital gets new cancer wing",
     "Health Minister Raj Dhillon announced a new cancer wing at Royal Inland Hospital in "
     "Kamloops on Tuesday.\n\n\"Patients from Merritt and Salmon Arm will be treated closer "
     "to home,\" Dhillon said. Mayor Gillian Rowe called it a good day for the city.",
     [("Patients from Merritt and Salmon Arm", ["Raj Dhillon"], "en_surname")],
     ["Raj Dhillon", "Gillian Rowe"], ["Royal Inland Hospital"],
     [("Kamloops", None, "CA"), ("Merritt", None, "CA"), ("Salmon Arm", None, "CA")]),
    ("en", "https://www.cbc.ca", "CBC News",
     "Moncton council approves shelter",
     "Moncton City Council approved a new winter shelter on Monday night.\n\n\"Nobody should "
     "sleep outside in January,\" said Deputy Mayor Paul Leger. The shelter will also take "
     "people from Dieppe and Riverview, New Brunswick officials said.",
     [("Nobody should sleep outside", ["Paul Leger"], "en_title_after_verb")],
     ["Paul Leger"], ["Moncton City Council"],
     [("Dieppe", None, "CA"), ("Riverview", None, "CA"), ("New Brunswick", None, "CA")]),
    ("en", "https://www.bendigoadvertiser.com.au", "Bendigo Advertiser",
     "Bendigo Hospital emergency wait times fall",
     "Waiting times at Bendigo Hospital's emergency department fell by a third in a year, "
     "figures showed on Thursday.\n\n\"Staff have worked incredibly hard,\" Health Minister "
     "Anna Kourakis said. Ballarat and Shepparton recorded smaller falls.",
     [("Staff have worked incredibly hard", ["Anna Kourakis"], "en_title_after_verb")],
     ["Anna Kourakis"], ["Bendigo Hospital"],
     [("Ballarat", None, "AU"), ("Shepparton", None, "AU")]),
    ("en", "https://www.dailyliberal.com.au", "Daily Liberal",
     "Dubbo council backs rail freight hub",
     "Dubbo Regional Council backed a rail freight hub on Wednesday, with trains to Orange "
     "and Bathurst from 2028.\n\nMayor Karen Ellis said: \"Farmers will save a fortune on "
     "trucking.\"",
     [("Farmers will save a fortune", ["Karen Ellis"], "en_title_colon")],
     ["Karen Ellis"], ["Dubbo Regional Council"],
     [("Orange", None, "AU"), ("Bathurst", None, "AU")]),
    ("en", "https://www.bridlingtonfreepress.co.uk", "Bridlington Free Press",
     "Prime Minister visits Bridlington",
     "Prime Minister Helen Marsh promised new sea defences during a visit to Bridlington on "
     "Friday.\n\n\"The coast is not an afterthought,\" she said. Shadow Chancellor Owen Blake "
     "said the money had already been promised twice. Residents of Filey and Scarborough "
     "were unconvinced.",
     [("The coast is not an afterthought", ["Helen Marsh"], "en_title_pronoun")],
     ["Helen Marsh", "Owen Blake"], [],
     [("Bridlington", None, "GB"), ("Filey", None, "GB"), ("Scarborough", None, "GB")]),
    ("en", "https://www.pressandjournal.co.uk", "The Press and Journal",
     "Belford Hospital maternity unit to stay",
     "Belford Hospital in Fort William will keep its maternity unit, NHS Highland said on "
     "Monday.\n\n\"Families in Lochaber deserve to give birth close to home,\" said "
     "NHS Highland chief executive Fiona Davies. Highland Council welcomed the decision, and "
     "mothers from Oban and Mallaig will also benefit.",
     [("Families in Lochaber deserve", ["Fiona Davies"], "en_title_after_verb")],
     ["Fiona Davies"], ["Belford Hospital", "NHS Highland", "Highland Council"],
     [("Fort William", None, "GB"), ("Oban", None, "GB"), ("Mallaig", None, "GB")]),
    ("en", "https://www.cambrian-news.co.uk", "Cambrian News",
     "Aberystwyth University to cut courses",
     "Aberystwyth University will cut twelve courses, it said on Tuesday.\n\n\"We have to "
     "balance the books,\" Vice-Chancellor Gareth Lloyd told staff. Ceredigion County Council "
     "fears for businesses in Lampeter and Cardigan.",
     [("We have to balance the books", ["Gareth Lloyd"], "en_title_after_verb")],
     ["Gareth Lloyd"], ["Aberystwyth University", "Ceredigion County Council"],
     [("Lampeter", None, "GB"), ("Cardigan", None, "GB")]),
    ("en", "https://www.shropshirestar.com", "Shropshire Star",
     "Ludlow bypass 'a priority', MP says",
     "According to Shropshire MP Sarah Dunmore, Chancellor James Corrigan told her the Ludlow "
     "bypass was \"a priority for this government\".\n\nTraders in Ludlow and Shrewsbury have "
     "campaigned for the road for a decade.",
     [("a priority for this government", ["James Corrigan"], "en_reported")],
     ["Sarah Dunmore", "James Corrigan"], [],
     [("Ludlow", None, "GB"), ("Shrewsbury", None, "GB")]),
    ("fr", "https://www.letelegramme.fr", "Le Télégramme",
     "Lannion : la ligne TGV maintenue, selon le maire",
     "Selon le maire de Lannion, Paul Le Roux, la ministre des Transports, Claire Vautrin, lui "
     "aurait assuré que « la ligne serait maintenue ». Les élus de Guingamp restent prudents.",
     [("la ligne serait maintenue", ["Claire Vautrin"], "reported_selon")],
     ["Paul Le Roux", "Claire Vautrin"], [],
     [("Lannion", "22113", "FR"), ("Guingamp", "22070", "FR")]),
    ("fr", "https://www.lamontagne.fr", "La Montagne",
     "Aurillac : la maternité de Mauriac en sursis",
     "D'après la sénatrice du Cantal, Hélène Marchal, le président de la région, Louis Faure, "
     "lui a confié que « rien ne serait fermé avant l'été ». À Mauriac, le collectif de défense "
     "reste mobilisé, tout comme à Aurillac.",
     [("rien ne serait fermé", ["Louis Faure"], "reported_selon")],
     ["Hélène Marchal", "Louis Faure"], [],
     [("Mauriac", "15120", "FR"), ("Aurillac", "15014", "FR")]),
    ("fr", "https://www.sudouest.fr", "Sud Ouest",
     "Dax : le centre hospitalier recrute",
     "Le centre hospitalier de Dax veut recruter vingt infirmières d'ici l'été. « Nous "
     "manquons de bras tous les week-ends », a déclaré son directeur, Marc Lafitte, mardi. "
     "L'hôpital de Mont-de-Marsan connaît les mêmes difficultés.",
     [("Nous manquons de bras", ["Marc Lafitte"], "apposition_after_verb")],
     ["Marc Lafitte"], ["centre hospitalier de Dax"],
     [("Dax", "40088", "FR"), ("Mont-de-Marsan", "40192", "FR")]),
    ("fr", "https://www.lavoixdunord.fr", "La Voix du Nord",
     "Calais : le port se prépare aux nouveaux contrôles",
     "Le port de Calais et celui de Douvres (Royaume-Uni) se préparent aux nouveaux contrôles "
     "aux frontières. « Nous sommes prêts », a assuré le président du port de Calais, "
     "Jean-Luc Bréhon.",
     [("Nous sommes prêts", ["Jean-Luc Bréhon"], "apposition_after_verb")],
     ["Jean-Luc Bréhon"], [],
     [("Calais", "62193", "FR"), ("Douvres", None, "GB")]),
    ("fr", "https://www.lamontagne.fr", "La Montagne",
     "Montluçon : des renforts de police promis",
     "Selon la députée de l'Allier Nadia Ferrand, le ministre de l'Intérieur lui aurait "
     "affirmé que « les effectifs seraient renforcés » à Montluçon dès janvier. Vichy "
     "attend toujours une réponse.",
     [("les effectifs seraient renforcés", ["ministre de l'Intérieur"], "reported_selon")],
     ["Nadia Ferrand"], [],
     [("Montluçon", "03185", "FR"), ("Vichy", "03310", "FR")]),
]

here = pathlib.Path(__file__).parent
records, gold = [], []
for i, (lang, base, outlet, title, text, quotes, per, org, places) in enumerate(A, 1):
    url = f"{base}/f30/{lang}{i:02d}"
    records.append({"title": title, "url": url, "source": outlet, "language": lang,
                    "published": "2026-12-03T10:00:00+00:00", "text": text})
    gold.append({"id": f"{lang}{i:02d}", "url": url, "source": outlet,
                 "published": "2026-12-03T10:00:00+00:00", "language": lang,
                 "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                            for s, sp, k in quotes],
                 "entities": {"PER": per, "ORG": org},
                 "places": [{"surface": s, "insee": c, "country": n} for s, c, n in places],
                 "dates": []})
(here / "articles.jsonl").write_text(
    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
(here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
