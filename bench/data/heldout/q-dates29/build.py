#!/usr/bin/env python3
"""Build the q-dates29 held-out set: articles.jsonl (veille JSON Lines) and gold.json.

Written by q-dates29 before veille was run on it and before any code of that branch changed.
Each case: (id, lang, source, domain, published, text, dates, forbidden, places).
- dates: (key, ISO value or None, granularity[, tense]) -- the shared
  bench/lib/heldout_dates.py rules (``right``), the veille date being the one whose span
  overlaps the key's first occurrence in the text; value None = no such date; a value
  ending in "?" = that value or no date; a 4th item = the tense veille must give.
- forbidden: (surface, what) -- "ORG"/"PER"/"LOC": no entity of that label whose name or
  a mention is the surface; "place": no place mentioned as the surface; "foreign": no place
  mentioned as the surface outside France.
- places: (surface, ISO country) that must stay places (controls), t-enrich22's shape.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None

CASES = [
    # ---- a. "Noël" inside a compound naming a thing -------------------------------------
    ("a01", "fr", "AFP", "afp.com", "2026-12-02T11:00:00+01:00",
     "La mairie de Saint-Omer a décidé d'installer un sapin de Noël de douze mètres sur la "
     "Grand-Place. Les illuminations seront allumées le 5 décembre.",
     [("sapin de Noël", N, "day"), ("5 décembre", "2026-12-05", "day", "future")], [], []),
    ("a02", "fr", "Ouest-France", "ouest-france.fr", "2026-12-03T09:00:00+01:00",
     "Les commerçants de Vannes espèrent que le village de Noël attirera plus de visiteurs "
     "que l'an dernier. Ils veulent surtout que les travaux soient finis avant Noël.",
     [("village de Noël", N, "day"), ("avant Noël", "2026-12-25", "day")], [], []),
    ("a03", "fr", "Le Parisien", "leparisien.fr", "2026-12-01T08:00:00+01:00",
     "Pendant les vacances de Noël, la piscine municipale restera ouverte. Le traditionnel "
     "repas de Noël des aînés aura lieu samedi 12 décembre.",
     [("vacances de Noël", "2026-12?", "day"), ("repas de Noël", N, "day"),
      ("12 décembre", "2026-12-12", "day", "future")], [], []),
    ("a04", "en", "BBC News", "bbc.co.uk", "2026-12-02T10:00:00+00:00",
     "Traders hope the Christmas market will bring shoppers back to the town centre. The "
     "council said the new car park would open before Christmas.",
     [("Christmas market", N, "day"), ("before Christmas", "2026-12-25", "day")], [], []),
    # ---- b. "Demain"/"Tomorrow" capitalised inside a name ---------------------------------
    ("b01", "fr", "Le Berry républicain", "leberry.fr", "2026-12-02T18:00:00+01:00",
     "L'association Bourges Demain a déposé un recours contre le permis de construire. "
     "Le tribunal administratif examinera le dossier demain.",
     [("Bourges Demain", N, "day"), ("demain", "2026-12-03", "day")], [], []),
    ("b02", "fr", "La Montagne", "lamontagne.fr", "2026-11-30T17:00:00+01:00",
     "La liste Clermont Demain a présenté son programme. Demain, ses candidats tiendront une "
     "réunion publique.",
     [("Clermont Demain", N, "day"), ("Demain,", "2026-12-01", "day")], [], []),
    ("b03", "en", "Yorkshire Post", "yorkshirepost.co.uk", "2026-12-02T16:00:00+00:00",
     "The campaign group Leeds Tomorrow said the plan ignored residents. Councillors will "
     "vote on it tomorrow.",
     [("Leeds Tomorrow", N, "day"), ("tomorrow.", "2026-12-03", "day")], [], []),
    # ---- c. "in N years" after "the Nth time" / "times" = a span back ---------------------
    ("c01", "en", "The Guardian", "theguardian.com", "2026-12-01T12:00:00+00:00",
     "The river burst its banks for the third time in ten years, flooding dozens of homes.",
     [("in ten years", N, "year")], [], []),
    ("c02", "en", "BBC News", "bbc.co.uk", "2026-12-02T12:00:00+00:00",
     "It was the first closure of the bridge in seven years. Engineers said a new bridge "
     "would be built in three years.",
     [("in seven years", N, "year"), ("in three years", "2029", "year", "future")], [], []),
    ("c03", "en", "Reuters", "reuters.com", "2026-11-30T12:00:00+00:00",
     "Prices have risen four times in two years, the union said.",
     [("in two years", N, "year")], [], []),
    # ---- d. "the day before yesterday" / "the day after tomorrow" -------------------------
    ("d01", "en", "The Northern Echo", "thenorthernecho.co.uk", "2026-12-03T15:00:00+00:00",
     "The day before yesterday, the fire service rescued two walkers on the moor.",
     [("day before yesterday", "2026-12-01", "day", "past")], [], []),
    ("d02", "en", "The Independent", "independent.co.uk", "2026-12-01T15:00:00+00:00",
     "The strike will start the day after tomorrow, the union confirmed yesterday.",
     [("day after tomorrow", "2026-12-03", "day", "future"), ("yesterday", "2026-11-30", "day")],
     [], []),
    # ---- e. a full date after publication is not past --------------------------------------
    ("e01", "en", "The Guardian", "theguardian.com", "2026-12-01T10:00:00+00:00",
     "The council had approved the scheme last month, and residents will be consulted at a "
     "meeting on Thursday 10 December.",
     [("10 December", "2026-12-10", "day", "future")], [], []),
    ("e02", "en", "BBC News", "bbc.co.uk", "2026-12-03T10:00:00+00:00",
     "Councillors, who met on Monday 30 November, will meet again on Wednesday 9 December.",
     [("30 November", "2026-11-30", "day", "past"), ("9 December", "2026-12-09", "day", "future")],
     [], []),
    # ---- f. a name inside a street or square's name is not the newspaper --------------------
    ("f01", "fr", "Le Progrès", "leprogres.fr", "2026-12-02T10:00:00+01:00",
     "Les travaux du boulevard de la Libération dureront jusqu'en mars, a indiqué la mairie "
     "de Saint-Étienne.", [], [("Libération", "ORG")], [("Saint-Étienne", "FR")]),
    ("f02", "fr", "La Voix du Nord", "lavoixdunord.fr", "2026-12-01T10:00:00+01:00",
     "Le marché se tiendra place de la Croix pendant la réfection de la halle, selon la "
     "municipalité d'Arras.", [], [("Croix", "ORG")], [("Arras", "FR")]),
    ("f03", "fr", "Le Monde", "lemonde.fr", "2026-12-01T10:00:00+01:00",
     "Selon Libération, le ministre a reçu les syndicats lundi.", [], [], []),
    # ---- g. a name after a venue noun in a French local article ----------------------------
    ("g01", "fr", "Ouest-France", "ouest-france.fr", "2026-12-02T10:00:00+01:00",
     "À Brest, les élèves de l'école Jean-Macé seront accueillis au gymnase de Bellevue "
     "pendant les travaux, a précisé la mairie.",
     [], [("Bellevue", "foreign"), ("Jean-Macé", "LOC"), ("Jean-Macé", "place")], [("Brest", "FR")]),
    ("g02", "fr", "Le Parisien", "leparisien.fr", "2026-12-02T10:00:00+01:00",
     "Le match se jouera au stade de Beauregard, à Rennes, en raison de la pelouse gelée.",
     [], [("Beauregard", "foreign")], [("Rennes", "FR")]),
    ("g03", "fr", "Le Berry républicain", "leberry.fr", "2026-12-02T10:00:00+01:00",
     "Les lycéens du lycée de Saint-Amand-Montrond ont manifesté devant la salle de Belleville "
     "à Vierzon.", [], [("Belleville", "foreign")], [("Saint-Amand-Montrond", "FR"), ("Vierzon", "FR")]),
    ("g04", "en", "The Seattle Times", "seattletimes.com", "2026-12-02T10:00:00+00:00",
     "The fire broke out at a warehouse in Bellevue, Washington, on Tuesday.",
     [], [], [("Bellevue", "US")]),
    # ---- h. a hyphenated person's name after CHU / hôpital / lycée / rue -------------------
    ("h01", "fr", "Linfo.re", "linfo.re", "2026-12-02T10:00:00+04:00",
     "Blessé au bras, le conducteur a été transporté à l'hôpital Jean-Verdier, à Bondy.",
     [], [("Jean-Verdier", "LOC"), ("Jean-Verdier", "place")], [("Bondy", "FR")]),
    ("h02", "fr", "Le Télégramme", "letelegramme.fr", "2026-12-02T10:00:00+01:00",
     "Les élèves du lycée Victor-Hugo et du collège Jules-Ferry ont été évacués, rue "
     "Jean-Jaurès à Lorient.",
     [], [("Victor-Hugo", "LOC"), ("Victor-Hugo", "place"), ("Jules-Ferry", "LOC"),
          ("Jules-Ferry", "place"), ("Jean-Jaurès", "LOC"), ("Jean-Jaurès", "place")],
     [("Lorient", "FR")]),
    ("h03", "fr", "Ouest-France", "ouest-france.fr", "2026-12-02T10:00:00+01:00",
     "La victime a été transportée au CHU de Rennes puis à l'hôpital de Saint-Malo.",
     [], [], [("Rennes", "FR"), ("Saint-Malo", "FR")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for cid, lang, source, domain, published, text, dates, forbidden, places in CASES:
            for d in dates:
                assert d[0] in text, (cid, d[0])
            for s, _ in forbidden + places:
                assert s in text, (cid, s)
            url = f"https://www.{domain}/q-dates29/{cid}"
            out.write(json.dumps({"url": url, "title": f"Dépêche {cid}", "text": text,
                                  "language": lang, "source": source, "date": published},
                                 ensure_ascii=False) + "\n")
            gold.append({"id": cid, "url": url, "source": source, "published": published,
                         "language": lang, "title": f"Dépêche {cid}", "text": text, "quotes": [], "entities": {"PER": [], "ORG": []},
                         "dates": [list(d) for d in dates],
                         "forbidden": [list(f) for f in forbidden],
                         "places": [{"surface": s, "insee": None, "country": c} for s, c in places]})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    print(len(gold), "cases,", sum(len(g["dates"]) for g in gold), "dates,",
          sum(len(g["forbidden"]) for g in gold), "forbidden,",
          sum(len(g["places"]) for g in gold), "control places")


if __name__ == "__main__":
    main()
