"""Write cases.jsonl: the f-dates31 held-out dispatches (French dates mentioned: a yearless
date after a preposition announcing a deadline or a future bound, "le mois de <mois>", a
past-tense "prévu"/"fixé" about a date already behind publication, "<jour> prochain" said
one or two days before that weekday) with their gold dates.

Gold per case: ``[key, ISO value or null, granularity]`` (``bench/lib/heldout_dates.py``'s
rules) with an optional fourth item, a dict: ``until`` (the second day of an ``either``
mention) and/or ``tense`` (the mention's tense must be that one)."""
import json
import pathlib

# 2015 has 2026's calendar: Mon 30 Nov, Tue 1 Dec, Wed 2, Thu 3, Fri 4 ... Mon 28 Dec.
C = [
    ("f01", "2015-11-30T09:00:00+01:00", "Lille : le marché de Noël ouvre ses portes",
     "Les chalets resteront ouverts d'ici au 27 décembre, a indiqué la mairie.",
     [["27 décembre", "2015-12-27", "day", {"tense": "future"}]]),
    ("f02", "2015-11-30T10:00:00+01:00", "Rennes : inscriptions ouvertes",
     "Les familles peuvent déposer leur dossier d'ici le 15 décembre auprès de la mairie.",
     [["15 décembre", "2015-12-15", "day", {"tense": "future"}]]),
    ("f03", "2015-12-20T08:00:00+01:00", "Nantes : le pont fermé",
     "La circulation restera coupée sur le pont d'ici au 10 janvier, selon la métropole.",
     [["10 janvier", "2016-01-10", "day", {"tense": "future"}]]),
    ("f04", "2015-11-30T11:00:00+01:00", "Brest : stationnement gratuit",
     "Le stationnement sera gratuit en centre-ville à partir du 14 décembre.",
     [["14 décembre", "2015-12-14", "day", {"tense": "future"}]]),
    ("f05", "2015-12-28T09:00:00+01:00", "Les soldes approchent",
     "Les commerçants attendent les soldes, qui débuteront dès le 6 janvier.",
     [["6 janvier", "2016-01-06", "day", {"tense": "future"}]]),
    ("f06", "2015-12-15T09:00:00+01:00", "Subventions : un appel à projets",
     "Les associations doivent envoyer leur candidature avant le 1er février.",
     [["1er février", "2016-02-01", "day", {"tense": "future"}]]),
    ("f07", "2015-11-30T12:00:00+01:00", "Lille : la patinoire installée",
     "La patinoire sera accessible jusqu'au 27 décembre sur la Grand-Place.",
     [["27 décembre", "2015-12-27", "day", {"tense": "future"}]]),
    ("f08", "2015-12-03T09:00:00+01:00", "Quimper : le chantier à l'arrêt",
     "Le chantier de la médiathèque est à l'arrêt depuis le mois de juin.",
     [["juin", "2015-06", "month"], ["le mois", None, "month"]]),
    ("f09", "2015-12-03T10:00:00+01:00", "Carburants : les prix en hausse",
     "Les prix à la pompe ont nettement augmenté au cours du mois de septembre.",
     [["septembre", "2015-09", "month"], ["le mois", None, "month"]]),
    ("f10", "2015-12-03T11:00:00+01:00", "Budget : le vote reporté",
     "Le vote du budget était initialement prévu mardi 1er décembre, mais il a été reporté.",
     [["1er décembre", "2015-12-01", "day", {"tense": "past"}]]),
    ("f11", "2015-12-10T09:00:00+01:00", "Conseil : la séance repoussée",
     "La séance avait été fixée au lundi 7 décembre avant d'être repoussée d'une semaine.",
     [["7 décembre", "2015-12-07", "day", {"tense": "past"}]]),
    ("f12", "2015-12-03T12:00:00+01:00", "Procès renvoyé",
     "Le procès, qui devait se tenir jeudi 26 novembre, a été renvoyé au printemps.",
     [["26 novembre", "2015-11-26", "day", {"tense": "past"}]]),
    ("f13", "2015-12-03T13:00:00+01:00", "Conseil municipal",
     "Le conseil municipal se réunira vendredi prochain pour voter le budget.",
     [["vendredi prochain", "2015-12-04", "either", {"until": "2015-12-11"}]]),
    ("f14", "2015-12-01T09:00:00+01:00", "Décision attendue",
     "Le tribunal administratif rendra sa décision jeudi prochain, a indiqué l'avocat.",
     [["jeudi prochain", "2015-12-03", "either", {"until": "2015-12-10"}]]),
    ("f15", "2015-11-30T14:00:00+01:00", "Le préfet reçoit les élus",
     "Le préfet recevra les maires du département vendredi prochain.",
     [["vendredi prochain", "2015-12-04", "day"]]),
    ("f16", "2015-12-03T15:00:00+01:00", "Grève annoncée",
     "Les syndicats appellent à la grève jeudi prochain dans les transports.",
     [["jeudi prochain", "2015-12-10", "day"]]),
    ("f17", "2015-12-03T16:00:00+01:00", "Travaux",
     "La rue est fermée depuis le 2 novembre et le restera d'ici au 18 décembre.",
     [["2 novembre", "2015-11-02", "day", {"tense": "past"}],
      ["18 décembre", "2015-12-18", "day", {"tense": "future"}]]),
    # Added after the first run (in-sample): the t-final30 F4 shape, a present in "-èrent"
    # read as a passé simple, and a bound ahead more than six months off.
    ("f18", "2015-11-30T11:00:00+01:00", "Lille : le marché de Noël",
     "Les exposants espèrent 1,5 million de visiteurs d'ici au 27 décembre.",
     [["27 décembre", "2015-12-27", "day", {"tense": "future"}]]),
    ("f19", "2015-11-30T15:00:00+01:00", "Piscine fermée",
     "La piscine municipale est fermée pour travaux jusqu'au 15 juillet.",
     [["15 juillet", "2016-07-15", "day", {"tense": "future"}]]),
]

with open(pathlib.Path(__file__).with_name("cases.jsonl"), "w", encoding="utf-8") as out:
    for cid, pub, title, text, gold in C:
        out.write(json.dumps({"id": cid, "lang": "fr", "published": pub, "title": title,
                              "text": text, "gold": gold}, ensure_ascii=False) + "\n")
