"""Write cases.jsonl: the f-dates33 held-out dispatches (dates mentioned about what is
still to come, written with a past verb or a bound: "jusqu'à samedi", "until Friday",
"was expected on Thursday", "étaient attendues mardi", a bare month near publication, a
season something is put back to while its calendar start is already behind), French and
English, with their gold dates. Written by us, CC0.

Gold per case: ``[key, ISO value or prefix, granularity]`` (``bench/lib/heldout_dates.py``'s
rules: the value must start with the gold). Seasons: a season said to be coming whose first
month has begun starts on its equinox or solstice (gold "2015-03-2" is 20 March)."""
import json
import pathlib

# 2015 has 2026's calendar.
C = [
    # bounds ahead: "jusqu'à", "d'ici", "until", "through"
    ("h01", "2015-06-09T08:30:00+02:00", "Morlaix : l'exposition prolongée",
     "L'exposition consacrée aux peintres de la baie reste ouverte jusqu'à samedi au musée.",
     [["samedi", "2015-06-13", "day"]]),
    ("h02", "2015-10-15T11:00:00+02:00", "Déviation sur la RN 12",
     "La déviation mise en place après l'effondrement du talus est maintenue jusqu'à lundi, "
     "a indiqué la préfecture.",
     [["lundi", "2015-10-19", "day"]]),
    ("h03", "2015-09-16T07:00:00+01:00", "Bypass roadworks",
     "Overnight roadworks on the Kendal bypass run until Sunday, Highways England said.",
     [["Sunday", "2015-09-20", "day"]]),
    ("h04", "2015-11-09T09:00:00+00:00", "Library consultation",
     "The consultation on branch library hours remains open through Thursday.",
     [["Thursday", "2015-11-12", "day"]]),
    ("h05", "2015-05-22T10:00:00+02:00", "Saint-Brieuc : budget participatif",
     "Les associations avaient jusqu'à mercredi pour déposer leur projet, a rappelé la mairie.",
     [["mercredi", "2015-05-27", "day"]]),
    ("h06", "2015-02-09T10:00:00+01:00", "Dinan : la piscine",
     "La communauté d'agglomération s'était engagée à rendre sa réponse d'ici jeudi.",
     [["jeudi", "2015-02-12", "day"]]),
    ("h07", "2015-12-16T09:00:00+01:00", "Le marché de Noël joue les prolongations",
     "Fort de son succès, le marché de Noël de la place du Martray a été prolongé jusqu'à "
     "dimanche.",
     [["dimanche", "2015-12-20", "day"]]),
    ("h08", "2015-04-14T12:00:00+01:00", "Exhibition extended",
     "The maritime exhibition, which opened in February, has been extended until Saturday.",
     [["Saturday", "2015-04-18", "day"], ["February", "2015-02", "month"]]),
    # forward-looking verbs and nouns in a past tense
    ("h09", "2015-01-16T17:00:00+00:00", "Snow warning for the Pennines",
     "Heavy snow was forecast for Monday across the Pennines, the Met Office said.",
     [["Monday", "2015-01-19", "day"]]),
    ("h10", "2015-08-10T13:00:00+01:00", "Fraud trial nears its end",
     "The verdict was expected on Thursday, lawyers for the two men said.",
     [["Thursday", "2015-08-13", "day"]]),
    ("h11", "2015-07-08T08:00:00+01:00", "Island ferry repaired",
     "The ferry was due to resume sailings to the island on Saturday after repairs.",
     [["Saturday", "2015-07-11", "day"]]),
    ("h12", "2015-10-01T16:00:00+01:00", "Inquest adjourned",
     "A second hearing was scheduled for Tuesday, the coroner's office confirmed.",
     [["Tuesday", "2015-10-06", "day"]]),
    ("h13", "2015-03-08T18:00:00+01:00", "Vigilance orange dans le Finistère",
     "De fortes pluies étaient attendues mardi sur le nord du Finistère.",
     [["mardi", "2015-03-10", "day"]]),
    ("h14", "2015-06-15T10:00:00+02:00", "Rennes : la ZAC en suspens",
     "Le préfet a fait savoir que sa décision était attendue jeudi.",
     [["jeudi", "2015-06-18", "day"]]),
    ("h15", "2015-11-19T10:00:00+01:00", "Procès du braquage de Lannion",
     "Le jugement est attendu lundi.",
     [["lundi", "2015-11-23", "day"]]),
    ("h16", "2015-01-24T19:00:00+01:00", "Football : le derby reporté",
     "Le derby, reporté à mercredi en raison du gel, se jouera à huis clos.",
     [["mercredi", "2015-01-28", "day"]]),
    ("h17", "2015-05-11T09:00:00+01:00", "Launch delayed",
     "The rocket launch was postponed to Thursday because of high winds over the range.",
     [["Thursday", "2015-05-14", "day"]]),
    ("h18", "2015-07-16T07:00:00+02:00", "Orages en Bretagne",
     "Météo-France prévoyait des orages samedi sur l'ensemble de la région.",
     [["samedi", "2015-07-18", "day"]]),
    ("h19", "2015-06-29T07:00:00+01:00", "Heatwave",
     "Forecasters predicted temperatures of 30C on Wednesday in the south-east.",
     [["Wednesday", "2015-07-01", "day"]]),
    # bare months near publication
    ("h20", "2015-03-04T06:00:00+00:00", "Central bank holds",
     "The governor said a cut in May could not be excluded.",
     [["May", "2015-05", "month"]]),
    ("h21", "2015-02-20T09:00:00+01:00", "Transports : les tarifs",
     "Une nouvelle hausse des tarifs du réseau n'est pas exclue en avril.",
     [["avril", "2015-04", "month"]]),
    ("h22", "2015-11-25T15:00:00+00:00", "Takeover talks",
     "The chairman hinted that a decision in January was likely.",
     [["January", "2016-01", "month"]]),
    ("h23", "2015-09-02T10:00:00+02:00", "Quimperlé : la médiathèque",
     "La commission avait évoqué une réouverture en octobre.",
     [["octobre", "2015-10", "month"]]),
    ("h24", "2015-01-08T10:00:00+00:00", "Retailer's Christmas",
     "Sales fell sharply in December, the retailer said.",
     [["December", "2014-12", "month"]]),
    ("h25", "2015-06-03T10:00:00+02:00", "Fréquentation en baisse",
     "En mai, la fréquentation des plages a reculé de 4 %.",
     [["mai", "2015-05", "month"]]),
    ("h26", "2015-08-19T10:00:00+01:00", "Inquiry report",
     "Ministers were told the report would not be ready before October.",
     [["October", "2015-10", "month"]]),
    ("h27", "2015-06-10T10:00:00+01:00", "Factory output",
     "Output rose in April for the third month running.",
     [["April", "2015-04", "month"]]),
    # seasons put back to, coming
    ("h28", "2015-06-01T10:00:00+02:00", "Concarneau : la halle",
     "L'inauguration de la nouvelle halle est repoussée à l'été.",
     [["été", "2015-06-2", "season"]]),
    ("h29", "2015-09-07T10:00:00+01:00", "Leisure centre",
     "The opening of the leisure centre has been put back to the autumn.",
     [["autumn", "2015-09-2", "season"]]),
    ("h30", "2015-12-04T10:00:00+01:00", "Douarnenez : le port",
     "Le nouveau plan de circulation sera présenté cet hiver.",
     [["hiver", "2015-12-2", "season"]]),
    ("h31", "2015-03-11T10:00:00+01:00", "Pont de Térénez",
     "Les travaux reprendront au printemps, après la pause hivernale.",
     [["printemps", "2015-03-2", "season"]]),
    ("h32", "2015-03-11T10:00:00+01:00", "Pont de Plougastel",
     "Le chantier avait été lancé à l'automne.",
     [["automne", "2014-09", "season"]]),
    ("h33", "2015-03-03T10:00:00+01:00", "Landerneau : le PLU",
     "Le vote du plan local d'urbanisme a été renvoyé au printemps.",
     [["printemps", "2015-03-2", "season"]]),
]

out = pathlib.Path(__file__).with_name("cases.jsonl")
with out.open("w", encoding="utf-8") as f:
    for cid, published, title, text, gold in C:
        lang = "en" if cid in {"h03", "h04", "h08", "h09", "h10", "h11", "h12", "h17", "h19",
                               "h20", "h22", "h24", "h26", "h27", "h29"} else "fr"
        f.write(json.dumps({"id": cid, "published": published, "title": title, "text": f"{title}\n\n{text}",
                            "lang": lang, "gold": gold}, ensure_ascii=False) + "\n")
