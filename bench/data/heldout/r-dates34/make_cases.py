"""Write cases.jsonl: the r-dates34 held-out dispatches (a weekday whose tense is set by a
verb separated from it by a long complement or followed by "matin/soir/après-midi"; the
publication's own weekday after a past verb and "à partir de"/"depuis"/"since"; "dès
<weekday>" in an appeal). French and English. Written by us, CC0. 2015 has 2026's calendar.
Gold: [key, ISO value, granularity] (bench/lib/heldout_dates.py's rules)."""
import json
import pathlib

C = [
    # (a) past verb, long complement, then weekday + part of day -> behind
    ("k01", "2015-10-14T16:00:00+02:00", "Brest : le port fermé",
     "La capitainerie a fermé l'accès aux pontons du port de commerce et du bassin Tabarly "
     "mardi matin, en raison de la houle.",
     [["mardi", "2015-10-13", "day"]]),
    ("k02", "2015-03-19T11:00:00+01:00", "Flood warning",
     "The Environment Agency issued a flood warning for the lower reaches of the River "
     "Wye near Monmouth on Monday evening.",
     [["Monday", "2015-03-16", "day"]]),
    ("k03", "2015-06-05T09:30:00+02:00", "Colmar : vigilance canicule",
     "Météo-France a placé le Haut-Rhin et une partie des Vosges en vigilance jaune "
     "canicule mercredi soir.",
     [["mercredi", "2015-06-03", "day"]]),
    # control: future verb, long complement -> ahead
    ("k04", "2015-06-05T09:30:00+02:00", "Colmar : la fête",
     "La municipalité installera les barrières et les stands de la fête de la musique "
     "sur la place Rapp mardi matin.",
     [["mardi", "2015-06-09", "day"]]),
    # (b) publication's own weekday with a past verb and "à partir de"/"depuis"/"since"
    ("k05", "2015-02-11T15:20:00+01:00", "Toulouse : trafic perturbé",
     "Les trains régionaux ont été supprimés à partir de mercredi midi entre Toulouse et "
     "Montauban.",
     [["mercredi", "2015-02-11", "day"]]),
    ("k06", "2015-09-24T18:00:00+02:00", "Grève à l'usine",
     "Les salariés de la fonderie sont en grève depuis jeudi matin.",
     [["jeudi", "2015-09-24", "day"]]),
    ("k07", "2015-07-17T17:00:00+01:00", "Rail disruption",
     "Services between Leeds and York have been cancelled from Friday afternoon, the "
     "operator said.",
     [["Friday", "2015-07-17", "day"]]),
    # (c) "dès <weekday>" in an appeal/future context -> ahead
    ("k08", "2015-04-13T10:00:00+02:00", "Lyon : les commerçants",
     "L'association des commerçants a demandé à la ville de rouvrir la rue dès mardi.",
     [["mardi", "2015-04-14", "day"]]),
    ("k09", "2015-05-18T09:00:00+02:00", "Nancy : la concertation",
     "Le maire a invité les riverains à se rendre en mairie dès lundi pour consulter "
     "le projet.",
     [["lundi", "2015-05-25", "day"]]),
    # control: "dès <weekday>" with a past fact -> behind
    ("k10", "2015-05-20T09:00:00+02:00", "Nancy : les premiers dossiers",
     "Les premiers dossiers ont été déposés dès lundi, selon la mairie.",
     [["lundi", "2015-05-18", "day"]]),
    ("k11", "2015-11-30T12:00:00+01:00", "Appeal to parents",
     "The head teacher urged parents to keep children at home from Monday.",
     [["Monday", "2015-12-07", "day"]]),
]

out = pathlib.Path(__file__).with_name("cases.jsonl")
with out.open("w", encoding="utf-8") as f:
    for cid, pub, title, text, gold in C:
        f.write(json.dumps({"id": cid, "lang": "en" if cid in ("k02", "k07", "k11") else "fr",
                            "published": pub, "title": title, "text": f"{title}\n\n{text}",
                            "gold": gold}, ensure_ascii=False) + "\n")
