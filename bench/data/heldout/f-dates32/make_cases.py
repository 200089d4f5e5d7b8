"""Write cases.jsonl: the f-dates32 held-out dispatches (dates mentioned that earlier sets
left open: a season after a verb of postponement, "this <weekday>" written on a weekend,
"overnight", named days (Easter, Black Friday, la Toussaint, le 14-Juillet), a headline's
"Monday" in a timetable, English and French) with their gold dates. Written by us, CC0.

Gold per case: ``[key, ISO value or null, granularity]`` (``bench/lib/heldout_dates.py``'s
rules) with an optional fourth item, a dict: ``tense`` (the mention's tense must be it)."""
import json
import pathlib

# 2015 has 2026's calendar: Mon 30 Nov, Tue 1 Dec, Wed 2, Thu 3, Fri 4, Sat 5, Sun 6 Dec.
C = [
    ("d01", "2015-11-30T09:00:00+01:00", "Quimper : le procès renvoyé",
     "Le procès de l'ancien maire a été renvoyé au printemps, a annoncé le tribunal lundi.",
     [["printemps", "2016-03", "season"], ["lundi", "2015-11-30", "day"]]),
    ("d02", "2015-11-30T09:00:00+01:00", "Lorient : travaux reportés",
     "Les travaux du quai, prévus cet hiver, sont reportés à l'automne prochain.",
     [["cet hiver", "2015-12", "season"], ["automne", "2016-09", "season"]]),
    ("d03", "2015-12-01T09:00:00+01:00", "Vannes : la décision repoussée",
     "Le conseil municipal a repoussé sa décision à l'été, faute d'accord.",
     [["été", "2016-06", "season"]]),
    ("d04", "2015-12-05T10:00:00+00:00", "Council to meet over flood plan",
     "Councillors will meet this Friday to vote on the flood defence plan, the council said.",
     [["this Friday", "2015-12-11", "day"]]),
    ("d05", "2015-12-06T10:00:00+00:00", "Strike called off",
     "The union said this Monday's strike had been called off after talks on Saturday.",
     [["this Monday", "2015-12-07", "day"], ["Saturday", "2015-12-05", "day"]]),
    ("d06", "2015-12-02T07:30:00+00:00", "Lorry overturns on A1",
     "A lorry overturned on the A1 overnight, closing the northbound carriageway for hours.",
     [["overnight", "2015-12-01?", "day"]]),
    ("d07", "2015-12-02T07:30:00+00:00", "Talks set for Monday",
     "Ministers and unions will hold talks on Monday in a bid to end the dispute.",
     [["Monday", "2015-12-07", "day"], ["Monday", "2015-12-07", "day"]]),
    ("d08", "2015-11-30T08:00:00+00:00", "Retailers count Black Friday takings",
     "Shoppers spent more on Black Friday than last year, retailers said on Sunday.",
     [["Black Friday", "2015-11-27", "day"], ["Sunday", "2015-11-29", "day"]]),
    ("d09", "2015-12-03T08:00:00+00:00", "Church restoration",
     "The restored church will reopen for Easter Sunday, the diocese announced.",
     [["Easter Sunday", "2016-03-27", "day"]]),
    ("d10", "2015-12-03T08:00:00+01:00", "Brest : le chantier du tram",
     "Le tramway devrait rouler à nouveau avant Pâques, selon la métropole.",
     [["Pâques", "2016-03-27", "day"]]),
    ("d11", "2015-12-03T08:00:00+01:00", "Nantes : fréquentation record",
     "Le musée a accueilli 4 000 visiteurs pendant les vacances de la Toussaint.",
     [["Toussaint", "2015-11-01?", "day"]]),
    ("d12", "2015-12-03T08:00:00+01:00", "Feu d'artifice : la ville prépare l'été",
     "La mairie promet un feu d'artifice plus grand le 14-Juillet prochain.",
     [["14-Juillet", "2016-07-14", "day"]]),
    ("d13", "2015-12-04T18:00:00+01:00", "Rennes : une manifestation ce samedi",
     "Les syndicats appellent à manifester ce samedi à 14 heures place de la République.",
     [["ce samedi", "2015-12-05", "day"]]),
    ("d14", "2015-12-05T18:00:00+01:00", "Saint-Brieuc : le marché déplacé",
     "Le marché se tiendra exceptionnellement ce mercredi sur le parking du stade.",
     [["ce mercredi", "2015-12-09", "day"]]),
    ("d15", "2015-12-01T09:00:00+01:00", "Morlaix : la ligne rouverte",
     "La ligne a rouvert dans la nuit de dimanche à lundi, après trois jours de travaux.",
     [["dimanche", "2015-11-29", "day"]]),
    ("d16", "2015-12-01T09:00:00+01:00", "Concarneau : un chalutier en difficulté",
     "Le chalutier a été remorqué au port dans la nuit, a indiqué la préfecture maritime.",
     [["dans la nuit", "2015-11-30?", "day"]]),
    ("d17", "2015-12-02T09:00:00+00:00", "Bridge to reopen in the spring",
     "The bridge, closed since the storm, will reopen in the spring, engineers said.",
     [["spring", "2016-03", "season"]]),
    ("d18", "2015-12-02T09:00:00+00:00", "Inquiry delayed until next summer",
     "The public inquiry has been pushed back to next summer, the minister said on Tuesday.",
     [["next summer", "2016-06", "season"], ["Tuesday", "2015-12-01", "day"]]),
    ("d19", "2015-12-02T09:00:00+00:00", "Festival loses funding",
     "The festival, which drew 20,000 people last summer, lost its grant on Monday.",
     [["last summer", "2015-06", "season"], ["Monday", "2015-11-30", "day"]]),
    ("d20", "2015-12-03T09:00:00+01:00", "Pontivy : la piscine fermée",
     "La piscine restera fermée jusqu'au printemps prochain pour des travaux d'étanchéité.",
     [["printemps", "2016-03", "season"]]),
    ("d21", "2015-12-03T09:00:00+01:00", "Auray : l'enquête avance",
     "Les faits remontent au printemps dernier, lorsque deux commerces avaient été visités.",
     [["printemps", "2015-03", "season"]]),
    ("d22", "2015-12-03T09:00:00+01:00", "Landerneau : le projet ajourné",
     "Le projet de salle de sport est ajourné à l'automne 2016, a tranché la commission.",
     [["automne 2016", "2016-09", "season"]]),
    ("d23", "2015-12-06T11:00:00+00:00", "Weekend of storms",
     "Storm Desmond brought record rain this weekend; more is forecast for this Wednesday.",
     [["this weekend", "2015-12-05", "day"], ["this Wednesday", "2015-12-09", "day"]]),
    ("d24", "2015-12-05T11:00:00+00:00", "Match postponed",
     "Saturday's match was postponed this morning because of a waterlogged pitch.",
     [["Saturday", "2015-12-05", "day"]]),
]

ENGLISH = {"d04", "d05", "d06", "d07", "d08", "d09", "d17", "d18", "d19", "d23", "d24"}


def main() -> None:
    out = pathlib.Path(__file__).with_name("cases.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for cid, published, title, text, gold in C:
            lang = "en" if cid in ENGLISH else "fr"
            f.write(json.dumps({"id": cid, "published": published, "title": title,
                                "text": f"{title}\n\n{text}", "lang": lang, "gold": gold},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
