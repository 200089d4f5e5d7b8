"""Write cases.jsonl: the r-dates35 held-out dispatches (issue 16: a weekday's side of
publication set by the governing verb or noun: a deadline in the imperfect of reported
speech or of a past fact; an equinox/solstice in the article's own zone; a call given as a
noun; a plain future naming the publication's weekday; "dans la nuit"; thanks for a day;
the pluperfect; German). Written by us, CC0. 2015 has 2026's calendar.
Gold: [key, ISO value, granularity] (bench/lib/heldout_dates.py's rules)."""
import json
import pathlib

C = [
    # deadline in the imperfect under a saying verb (sequence of tenses) -> ahead
    ("d01", "fr", "2015-10-08T11:00:00+02:00", "Orléans : les terrasses",
     "Les restaurateurs de la place du Martroi avaient jusqu'à lundi pour retirer leurs "
     "terrasses d'été, a précisé la préfecture du Loiret.",
     [["lundi", "2015-10-12", "day"]]),
    ("d02", "en", "2015-04-15T10:00:00+01:00", "Westfield estate objections",
     "Tenants on the Westfield estate had until Friday to lodge objections to the "
     "demolition plan, the council said.",
     [["Friday", "2015-04-17", "day"]]),
    # control: deadline gone by, told as a fact -> behind
    ("d03", "fr", "2015-10-27T09:00:00+01:00", "Listes électorales",
     "Les électeurs avaient jusqu'à samedi pour s'inscrire sur les listes ; 312 l'ont fait.",
     [["samedi", "2015-10-24", "day"]]),
    # a season's first day in the article's own zone
    ("d04", "en", "2015-12-02T09:00:00-08:00", "Tahoe gondola delayed",
     "The opening of the new gondola has been put back to the winter, resort managers said.",
     [["winter", "2015-12-21", "season"]]),
    ("d05", "en", "2015-03-05T10:00:00+09:00", "Rocket launch delayed",
     "The launch of the observation satellite has been postponed to the spring, the agency said.",
     [["spring", "2015-03-21", "season"]]),
    # a call given as a noun -> ahead
    ("d06", "fr", "2015-11-04T12:00:00+01:00", "Poitiers : les postiers",
     "Les syndicats de La Poste ont lancé un appel à manifester samedi devant la préfecture "
     "de Poitiers.",
     [["samedi", "2015-11-07", "day"]]),
    ("d07", "fr", "2015-01-16T18:00:00+01:00", "Gard : les collèges",
     "L'intersyndicale a renouvelé son appel à la grève mardi dans les collèges du Gard.",
     [["mardi", "2015-01-20", "day"]]),
    ("d08", "en", "2015-02-09T09:00:00+00:00", "Bus drivers",
     "The union issued a call for drivers to walk out on Thursday over new rosters.",
     [["Thursday", "2015-02-12", "day"]]),
    # plain future naming the publication's weekday (wire style: the day itself)
    ("d09", "en", "2015-03-02T07:30:00+00:00", "A470 closures",
     "Overnight closures on the A470 will run from Monday until the end of March, the "
     "agency said.",
     [["Monday", "2015-03-02", "day"]]),
    # "dans la nuit": of the day named before, of the publication
    ("d10", "fr", "2015-06-17T08:00:00+02:00", "Vénissieux : entrepôt en feu",
     "Mardi, un incendie s'est déclaré dans un entrepôt de Vénissieux. Il a été maîtrisé "
     "dans la nuit par une soixantaine de pompiers.",
     [["Mardi", "2015-06-16", "day"], ["dans la nuit", "2015-06-16", "day"]]),
    ("d11", "fr", "2015-05-13T07:45:00+02:00", "RN 165 : un camion renversé",
     "Un camion s'est renversé sur la RN 165 dans la nuit, près de Vannes.",
     [["dans la nuit", "2015-05-12", "day"]]),
    # thanks for a day -> behind
    ("d12", "fr", "2015-09-14T10:00:00+02:00", "Lacanau : les plages nettoyées",
     "Merci à tous pour samedi : plus de 400 bénévoles ont ramassé les déchets sur les "
     "plages de Lacanau, se félicite l'association.",
     [["samedi", "2015-09-12", "day"]]),
    ("d13", "en", "2015-10-27T12:00:00+00:00", "Keswick run",
     "Thank you for Sunday, the organisers wrote to the 2,000 runners who braved the rain "
     "in Keswick.",
     [["Sunday", "2015-10-25", "day"]]),
    # pluperfect -> behind
    ("d14", "fr", "2015-02-25T10:00:00+01:00", "Quimper : l'école",
     "Le conseil municipal de Quimper avait voté vendredi la fermeture de l'école de "
     "Kerfeunteun.",
     [["vendredi", "2015-02-20", "day"]]),
    # German: modal of intention -> ahead
    ("d15", "de", "2015-02-09T10:00:00+01:00", "Lokführer",
     "Die Lokführer wollen am Donnerstag erneut streiken, teilte die Gewerkschaft mit.",
     [["Donnerstag", "2015-02-12", "day"]]),
]

out = pathlib.Path(__file__).with_name("cases.jsonl")
with out.open("w", encoding="utf-8") as f:
    for cid, lang, pub, title, text, gold in C:
        f.write(json.dumps({"id": cid, "lang": lang, "published": pub, "title": title,
                            "text": f"{title}\n\n{text}", "gold": gold},
                           ensure_ascii=False) + "\n")
