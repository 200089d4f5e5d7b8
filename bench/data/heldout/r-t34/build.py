#!/usr/bin/env python3
"""Build r-t34's held-out set (written 2026-12-04 before any change on branch r-t34; invented
events, people and outlets; CC0). Writes stories.jsonl (homonym towns in different countries
or regions, same kind of event, same day, plus right merges), misc.jsonl (acronyms beside
their full names, nicknames and scare quotes) and gold.json."""

import json
from pathlib import Path

HERE = Path(__file__).parent
U = "https://example.org/r-t34/"

S = [
    ("PO1", "PDX-OR", "The Oregon Ledger", "2026-11-30T18:20:00-08:00", "en",
     "Portland City Council approves $12 million for winter shelters",
     "The Portland City Council voted 9-3 on Monday to spend $12 million on winter shelters, "
     "after a cold snap left dozens of people sleeping outside along the Willamette River.\n\n"
     "Mayor Dana Whitfield called the vote \"the least this city owes its neighbours\". The "
     "money will open four new sites in Portland, Oregon, by January, with beds for 600 "
     "people.\n\nMultnomah County will run two of the sites."),
    ("PM1", "PDX-ME", "Casco Bay Courier", "2026-11-30T19:05:00-05:00", "en",
     "Portland council approves money for emergency winter shelters",
     "PORTLAND, Maine - The Portland City Council on Monday approved $1.4 million for "
     "emergency winter shelters, as overnight temperatures fell below zero across "
     "Cumberland County.\n\nMayor Ellen Thibodeau said the vote would keep the Oxford Street "
     "shelter open all night through March. Councilors voted 8-1, with one member absent.\n\n"
     "The city will also add 40 beds at a former school."),
    ("PO2", "PDX-OR", "Rose City Dispatch", "2026-11-30T21:40:00-08:00", "en",
     "Portland councilors back winter shelter spending after cold snap",
     "Portland councilors approved the $12 million winter shelter plan on Monday night, a "
     "week after the cold snap along the Willamette River.\n\nMayor Dana Whitfield said four "
     "sites would open by January. Multnomah County officials will manage two of them, "
     "and the Portland City Council will review the plan in the spring."),
    ("LO1", "LON-ON", "Le Courrier de l'Ontario", "2026-12-01T16:00:00-05:00", "fr",
     "À London, les chauffeurs d'autobus déclenchent la grève",
     "Les chauffeurs d'autobus de la London Transit Commission, à London, en Ontario, ont "
     "déclenché une grève mardi matin, après l'échec des négociations sur les salaires.\n\n"
     "Environ 500 chauffeurs et mécaniciens sont touchés. « Nous n'avions pas d'autre choix », "
     "a déclaré le président du syndicat local, Gérald Tremblay.\n\nLes étudiants de "
     "l'université Western cherchent d'autres moyens de transport."),
    ("LO2", "LON-ON", "Forest City Herald", "2026-12-01T14:30:00-05:00", "en",
     "London Transit bus drivers walk off the job",
     "Bus drivers and mechanics at the London Transit Commission in London, Ontario, walked "
     "off the job on Tuesday morning after wage talks collapsed.\n\nAbout 500 workers are on "
     "strike. Union local president Gerald Tremblay said members had no other choice.\n\n"
     "Students at Western University are looking for other ways to get to class."),
    ("LU1", "LON-UK", "Thames Evening Post", "2026-12-01T17:10:00+00:00", "en",
     "London bus drivers walk out over pay in Tuesday strike",
     "Bus drivers on forty routes in south London walked out on Tuesday in a dispute over "
     "pay, leaving commuters queueing at stations from Croydon to Brixton.\n\nTransport for "
     "London said services would be severely disrupted until Thursday. The union said its "
     "members had rejected a 3% offer.\n\nThe Mayor of London urged both sides to return to "
     "talks."),
    ("PA1", "PER-AU", "Swan River Times", "2026-12-02T15:00:00+08:00", "en",
     "Perth council approves new footbridge over the Swan",
     "The City of Perth council on Wednesday approved a $30 million footbridge across the Swan "
     "River, linking Elizabeth Quay to the South Perth foreshore in Western Australia.\n\n"
     "Lord Mayor Hannah Brereton said construction would start in March. Councillors voted "
     "7-2 in favour."),
    ("PS1", "PER-SC", "Tay Valley Courier", "2026-12-02T16:30:00+00:00", "en",
     "Perth councillors approve new footbridge over the Tay",
     "Councillors in Perth, Scotland, on Wednesday approved a £9 million footbridge across "
     "the River Tay, linking the North Inch to Bridgend.\n\nPerth and Kinross Council "
     "leader Graham Ritchie said work would begin in the spring. Councillors voted 21-6 in "
     "favour."),
    ("RV1", "RIC-VA", "James River Gazette", "2026-12-03T07:15:00-05:00", "en",
     "Richmond schools closed Thursday as snowstorm hits",
     "Richmond Public Schools will be closed on Thursday as a snowstorm brings up to 20 "
     "centimetres of snow to Richmond, Virginia, the superintendent announced.\n\nThe Richmond "
     "School Board said classes would move online. Henrico County schools will also close."),
    ("RB1", "RIC-BC", "Fraser Delta News", "2026-12-03T06:45:00-08:00", "en",
     "Richmond schools closed Thursday as snowstorm hits Lower Mainland",
     "All Richmond schools will be closed on Thursday as a snowstorm hits Richmond, British "
     "Columbia, and the rest of the Lower Mainland, the school district announced.\n\nThe "
     "Richmond School Board said buses could not run safely. Vancouver schools remain open."),
]

M = [
    ("AC1", "Terre Ouest", "2026-12-02T09:00:00+01:00", "fr",
     "Les agriculteurs bretons bloqueront les péages vendredi",
     "La Fédération nationale des syndicats d'exploitants agricoles (FNSEA) appelle à bloquer "
     "les péages de Rennes et de Saint-Brieuc vendredi.\n\n« Nous ne lâcherons rien », a "
     "déclaré le président régional de la FNSEA, Yann Le Goff. Le député Marc Lenoir (LR) "
     "soutient le mouvement.\n\nLa FNSEA réclame un moratoire sur les normes."),
    ("AC2", "Santé Hebdo", "2026-12-02T11:00:00+01:00", "fr",
     "Un antibiotique pédiatrique en rupture jusqu'en février",
     "L'ANSM (Agence nationale de sécurité du médicament) a annoncé mardi une rupture de "
     "stock d'un antibiotique pédiatrique jusqu'en février.\n\nSelon l'ANSM, les pharmacies "
     "pourront délivrer une version importée. Les pédiatres s'inquiètent."),
    ("AC3", "Midwest Wire", "2026-12-02T13:00:00-06:00", "en",
     "Investigators arrive at site of cargo plane crash near Peoria",
     "Investigators from the National Transportation Safety Board (NTSB) arrived on Tuesday "
     "at the site where a cargo plane crashed near Peoria.\n\nThe NTSB said a preliminary "
     "report would be published within 30 days. Both pilots survived."),
    ("AC4", "Irish Coast Weekly", "2026-12-02T10:00:00+00:00", "en",
     "Lifeboat crews rescue six from stranded trawler",
     "Volunteers of the Royal National Lifeboat Institution (RNLI) rescued six fishermen "
     "from a trawler stranded off Howth on Monday night.\n\nThe RNLI said the crew were "
     "cold but unhurt."),
    ("Q1", "Shannon Valley Post", "2026-12-01T12:00:00+00:00", "en",
     "Former boxer wins Limerick council by-election",
     "Former boxer Michael \"Iron Mike\" Doherty has won the Limerick council by-election.\n\n"
     "\"We will not give up on this town,\" Doherty said after the count. He promised to "
     "reopen the swimming pool."),
    ("Q2", "Le Journal du Gers", "2026-12-01T12:00:00+01:00", "fr",
     "Le moulin de Lectoure sera reconstruit",
     "Jean-Pierre « Pépé » Castagnet, meunier à la retraite, a lancé une souscription pour "
     "reconstruire le moulin de Lectoure.\n\n« Nous reconstruirons le moulin avant l'été », "
     "a promis Jean-Pierre Castagnet samedi."),
    ("Q3", "Valley Observer", "2026-12-01T12:00:00+00:00", "en",
     "Council shelves green corridor plan",
     "The council has shelved its \"green corridor\" plan for the old railway line, citing "
     "costs.\n\n\"It is a sad day for cyclists,\" said councillor Ruth Abernethy. The "
     "so-called \"bike highway\" would have linked the two towns."),
]


def row(gid, source, published, lang, title, text):
    return {"id": gid, "title": title, "text": text, "published": published,
            "source": source, "url": U + gid.lower(), "language": lang}


def main() -> None:
    with open(HERE / "stories.jsonl", "w", encoding="utf-8") as f:
        for gid, _, source, pub, lang, title, text in S:
            f.write(json.dumps(row(gid, source, pub, lang, title, text), ensure_ascii=False)
                    + "\n")
    with open(HERE / "misc.jsonl", "w", encoding="utf-8") as f:
        for gid, source, pub, lang, title, text in M:
            f.write(json.dumps(row(gid, source, pub, lang, title, text), ensure_ascii=False)
                    + "\n")
    gold = {"articles": {gid: {"story": st, "relation": "independent", "of": None,
                               "source": source, "url": U + gid.lower(), "published": pub,
                               "title": title}
                         for gid, st, source, pub, _, title, _ in S},
            # one council / board per gold event; same name, different place -> different ids
            "councils": {"PO1": "Portland City Council", "PM1": "Portland City Council",
                         "PO2": "Portland City Council", "RV1": "Richmond School Board",
                         "RB1": "Richmond School Board"},
            # (article, acronym, full name) that must be one entity; (article, a, b) not
            "acronyms": [["AC1", "FNSEA",
                          "Fédération nationale des syndicats d'exploitants agricoles"],
                         ["AC2", "ANSM", "Agence nationale de sécurité du médicament"],
                         ["AC3", "NTSB", "National Transportation Safety Board"],
                         ["AC4", "RNLI", "Royal National Lifeboat Institution"]],
            "not_aliases": [["AC1", "LR", "Marc Lenoir"]],
            # quotes that are not quotes, and quotes that are
            "false_quotes": ["Iron Mike", "Pépé", "green corridor", "bike highway"],
            "true_quotes": ["We will not give up on this town",
                            "Nous reconstruirons le moulin avant l'été",
                            "It is a sad day for cyclists"]}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    "utf-8")


if __name__ == "__main__":
    main()
