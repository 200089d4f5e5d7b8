"""Write cases.jsonl: the r-dates35b held-out dispatches (t-final34 A2/A3: a day named in a
prospective complement, an infinitive after a request/plan verb or a modal, or after
"jusqu'à"/"by", is ahead whatever the governing verb's tense; an update's new sentences
read against the update's day). Written by us, CC0. 2015 has 2026's calendar.
Gold: [key, ISO value, granularity]. A case with "first" is ingested twice under one URL:
first its "first" text at "published", then its "text" with "updated" (version 2)."""
import json
import pathlib

C = [
    # an infinitive complement of a request/decision verb -> ahead
    ("h01", "fr", "2015-03-11T10:00:00+01:00", "Tracteurs à Chartres",
     "La préfecture a demandé aux agriculteurs de retirer leurs tracteurs du centre-ville "
     "lundi.", [["lundi", "2015-03-16", "day"]]),
    ("h02", "fr", "2015-05-08T09:30:00+02:00", "Marché couvert",
     "Le maire a décidé de fermer le marché couvert mardi pour des travaux d'étanchéité.",
     [["mardi", "2015-05-12", "day"]]),
    ("h03", "en", "2015-06-10T12:00:00+01:00", "Airlines told to cut flights",
     "The regulator urged airlines to cut a fifth of their flights on Monday because of "
     "the controllers' walkout.", [["Monday", "2015-06-15", "day"]]),
    ("h04", "fr", "2015-12-03T16:00:00+01:00", "Billets remboursés",
     "Le club s'est engagé à rembourser les abonnés dimanche, au guichet du stade.",
     [["dimanche", "2015-12-06", "day"]]),
    # a modal -> ahead
    ("h05", "en", "2015-10-15T08:00:00+01:00", "River warning",
     "Forecasters said the river could burst its banks again on Tuesday.",
     [["Tuesday", "2015-10-20", "day"]]),
    ("h06", "en", "2015-09-16T14:00:00+01:00", "Rail timetable",
     "Services should be back to a normal timetable by Monday, the operator said.",
     [["Monday", "2015-09-21", "day"]]),
    # a feast after a prospective complement or "jusqu'à" -> ahead
    ("h07", "fr", "2015-01-20T11:00:00+01:00", "Piscine de Lannion",
     "Le maire a promis de rouvrir la piscine municipale à Pâques.",
     [["Pâques", "2015-04-05", "day"]]),
    ("h08", "en", "2015-11-10T10:00:00+00:00", "Stadium stand",
     "The club pledged to finish the new stand by Christmas.",
     [["Christmas", "2015-12-25", "day"]]),
    # control: the weekday dates the request itself, before the infinitive -> behind
    ("h09", "fr", "2015-04-15T18:00:00+02:00", "Contrôles renforcés",
     "Le ministre a demandé lundi aux préfets de renforcer les contrôles routiers.",
     [["lundi", "2015-04-13", "day"]]),
    # an update: a sentence new in version 2 read against the update's day; a sentence
    # already in version 1 keeps the first day
    ("h10", "fr", "2015-11-16T08:00:00+01:00", "Conseil municipal de Vannes",
     "Le conseil municipal se réunira mardi soir pour voter le budget.\n\n"
     "La réunion a été avancée, selon un arrêté publié mercredi matin.",
     [["mardi", "2015-11-17", "day"], ["mercredi", "2015-11-18", "day"]],
     "Le conseil municipal se réunira mardi soir pour voter le budget.",
     "2015-11-18T10:00:00+01:00"),
    ("h11", "en", "2015-03-02T07:00:00+00:00", "Bridge closure",
     "The bridge will close on Friday for repairs.\n\n"
     "The county confirmed the closure in a notice issued on Tuesday morning.",
     [["Friday", "2015-03-06", "day"], ["Tuesday", "2015-03-03", "day"]],
     "The bridge will close on Friday for repairs.",
     "2015-03-03T12:00:00+00:00"),
]

with open(pathlib.Path(__file__).with_name("cases.jsonl"), "w", encoding="utf-8") as f:
    for cid, lang, pub, title, text, gold, *upd in C:
        row = {"id": cid, "lang": lang, "published": pub, "title": title,
               "text": f"{title}\n\n{text}", "gold": gold}
        if upd:
            row["first"] = f"{title}\n\n{upd[0]}"
            row["updated"] = upd[1]
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
