#!/usr/bin/env python3
"""Build f-stories29's held-out short-item set (written 2026-12-04 before veille was run on it).

Short English and French items (one-line briefs and short dispatches). Hard negatives: different
events that share only common words (council, said, Thursday, next Friday, repairs, closed) or a
county, a département or a town: N1 three English briefs (a Scarborough harbour bridge closing
for resurfacing, a Kendal library reopening after roof repairs, a Barrow ferry timetable),
N2 two Cornwall briefs (a Truro school shut by a boiler failure, a Falmouth ferry suspended in a
storm), N3 two Isère briefs (a road closed for works, a missing schoolgirl found), and two
"update adds an arrest" cases: U1 a Norwich warehouse fire whose update (a version, same URL)
adds "a man has been arrested", next to an unrelated Norwich stabbing where a man was arrested;
U2 a Villeurbanne school fire whose update adds "un adolescent interpellé, placé en garde à
vue", next to an unrelated assault on a bus driver in Villeurbanne whose attacker was
"interpellé". True follow-ups that must join: J1 a Bradford mill fire and "man charged over
Bradford mill fire"; J2 a missing Leeds teenager and "missing Leeds teenager found safe";
J3 a sailor missing off Brest and his body found; J4 a Nantes water-main burst and the water back.
Invented articles and people, free to reuse. Writes ``articles.jsonl`` (ingested first),
``updates.jsonl`` (the versions, ingested in a second command) and ``gold.json`` in t-reader22's
format (score with ``score.sh``).
"""

import json
from pathlib import Path

HERE = Path(__file__).parent
U = "https://example.org/f-stories29/"

# (gold id, story, source, published, title, text, language, url key, version of)
A = [
    # N1: three English briefs, three events, only common words shared.
    ("N1a", "N1a", "Scarborough News", "2026-11-12T08:30:00+00:00",
     "Scarborough harbour bridge to close for resurfacing",
     "The lift bridge over Scarborough's outer harbour will close on Thursday for three weeks of "
     "resurfacing, North Yorkshire Council said. A temporary footpath will open next Friday.",
     "en", "n1a", None),
    ("N1b", "N1b", "Westmorland Gazette", "2026-11-12T11:00:00+00:00",
     "Kendal library to reopen after roof repairs",
     "Kendal library will reopen next Friday after roof repairs, Westmorland and Furness Council "
     "said on Thursday. Opening hours are unchanged.",
     "en", "n1b", None),
    ("N1c", "N1c", "North West Evening Mail", "2026-11-12T15:20:00+00:00",
     "Walney ferry timetable changes from Monday",
     "The council said on Thursday that the Walney ferry will run an hour later from Monday while "
     "the slipway is repaired. Passengers were told to check times next Friday.",
     "en", "n1c", None),
    # N2: two Cornwall briefs, two events.
    ("N2a", "N2a", "Cornwall Live", "2026-11-18T09:10:00+00:00",
     "Truro school closed after boiler failure",
     "Richard Lander School in Truro was closed on Wednesday after its boiler failed, Cornwall "
     "Council said. Pupils will be taught online until repairs are finished.",
     "en", "n2a", None),
    ("N2b", "N2b", "Falmouth Packet", "2026-11-18T13:40:00+00:00",
     "Falmouth ferry suspended as storm hits Cornwall",
     "The St Mawes ferry from Falmouth was suspended on Wednesday as Storm Darragh brought gusts "
     "of 70mph to Cornwall. Services are expected to resume on Friday.",
     "en", "n2b", None),
    # J1: a Bradford mill fire and a man charged.
    ("J1a", "J1", "Telegraph & Argus", "2026-11-20T07:15:00+00:00",
     "Fire destroys derelict mill in Bradford",
     "A derelict mill in Manningham, Bradford, was destroyed by fire overnight. Twelve fire "
     "engines attended and nearby homes were evacuated, West Yorkshire Fire and Rescue Service "
     "said.",
     "en", "j1a", None),
    ("J1b", "J1", "Yorkshire Evening Post", "2026-11-22T16:30:00+00:00",
     "Man charged with arson over Bradford mill fire",
     "A 27-year-old man has been charged with arson after a fire destroyed a derelict mill in "
     "Manningham, Bradford, on Thursday night, West Yorkshire Police said.",
     "en", "j1b", None),
    # J2: a missing Leeds teenager, found safe.
    ("J2a", "J2", "Leeds Live", "2026-11-24T10:00:00+00:00",
     "Police appeal for missing Leeds teenager",
     "West Yorkshire Police are appealing for help to find Kayla Morris, 14, who has been "
     "missing from her home in Armley, Leeds, since Sunday evening.",
     "en", "j2a", None),
    ("J2b", "J2", "Yorkshire Evening Post", "2026-11-25T18:45:00+00:00",
     "Missing Leeds teenager Kayla Morris found safe",
     "Kayla Morris, the 14-year-old reported missing from Armley, has been found safe and well, "
     "police said on Tuesday, thanking the public for sharing the appeal.",
     "en", "j2b", None),
    # U1: a Norwich warehouse fire (update adds an arrest) and an unrelated Norwich stabbing.
    ("U1a", "U1", "Eastern Daily Press", "2026-11-26T07:00:00+00:00",
     "Warehouse fire on Norwich industrial estate",
     "Firefighters tackled a large fire at a warehouse on the Sweet Briar industrial estate in "
     "Norwich overnight. Nobody was hurt, Norfolk Fire and Rescue Service said.",
     "en", "u1a", None),
    ("U1x", "U1x", "Norwich Evening News", "2026-11-26T12:30:00+00:00",
     "Man arrested after stabbing in Norwich city centre",
     "A man has been arrested after a 19-year-old was stabbed on Prince of Wales Road in Norwich "
     "early on Thursday, Norfolk Police said. The victim is in a stable condition.",
     "en", "u1x", None),
    # N3: two Isère briefs, two events.
    ("N3a", "N3a", "Le Dauphiné libéré", "2026-11-17T08:00:00+01:00",
     "Isère : la RD 1075 fermée jeudi pour travaux",
     "La RD 1075 sera fermée jeudi entre Vif et Monestier-de-Clermont pour des travaux de "
     "réfection, a indiqué le Département de l'Isère. Une déviation est mise en place.",
     "fr", "n3a", None),
    ("N3b", "N3b", "France Bleu Isère", "2026-11-17T17:30:00+01:00",
     "Isère : la collégienne disparue retrouvée saine et sauve",
     "La collégienne de 13 ans portée disparue mercredi à Voiron a été retrouvée jeudi saine et "
     "sauve, a indiqué la gendarmerie de l'Isère.",
     "fr", "n3b", None),
    # U2: a Villeurbanne school fire (update adds an arrest) and an unrelated bus-driver assault.
    ("U2a", "U2", "Le Progrès", "2026-11-19T07:30:00+01:00",
     "Villeurbanne : un incendie ravage une école maternelle",
     "Un incendie a ravagé dans la nuit de mercredi à jeudi une partie de l'école maternelle "
     "Jules-Ferry, à Villeurbanne (Rhône). Les pompiers ont maîtrisé le feu vers 4 heures. "
     "Les élèves seront accueillis dans un gymnase.",
     "fr", "u2a", None),
    ("U2x", "U2x", "Lyon Mag", "2026-11-19T11:00:00+01:00",
     "Villeurbanne : un chauffeur de bus agressé, son agresseur interpellé",
     "Un chauffeur de bus des TCL a été frappé jeudi matin à Villeurbanne par un passager qui "
     "refusait de présenter son titre de transport. L'agresseur a été interpellé et placé en "
     "garde à vue, a indiqué le parquet de Lyon.",
     "fr", "u2x", None),
    # J3: a sailor missing off Brest, then his body found.
    ("J3a", "J3", "Le Télégraphe", "2026-11-10T19:00:00+01:00",
     "Brest : un marin porté disparu après le chavirage de son canot",
     "Un marin pêcheur de 52 ans est porté disparu au large de Brest après le chavirage de son "
     "canot mardi après-midi, a indiqué la préfecture maritime de l'Atlantique. Les recherches "
     "se poursuivent.",
     "fr", "j3a", None),
    ("J3b", "J3", "Ouest-France", "2026-11-12T09:30:00+01:00",
     "Brest : le corps du marin disparu retrouvé",
     "Le corps du marin pêcheur porté disparu mardi après le chavirage de son canot au large de "
     "Brest a été retrouvé mercredi, a annoncé la préfecture maritime.",
     "fr", "j3b", None),
    # J4: a water main burst in Nantes, then water back.
    ("J4a", "J4", "Presse Océan", "2026-11-14T08:20:00+01:00",
     "Nantes : une canalisation rompue, 3 000 foyers privés d'eau",
     "La rupture d'une canalisation boulevard des Poilus a privé d'eau 3 000 foyers de l'est de "
     "Nantes vendredi matin, a indiqué Nantes Métropole.",
     "fr", "j4a", None),
    ("J4b", "J4", "Ouest-France", "2026-11-14T18:00:00+01:00",
     "Nantes : l'eau rétablie après la rupture de canalisation",
     "L'eau a été rétablie vendredi soir dans les 3 000 foyers de l'est de Nantes privés d'eau "
     "après la rupture d'une canalisation boulevard des Poilus.",
     "fr", "j4b", None),
]

V = [
    ("U1a2", "U1", "Eastern Daily Press", "2026-11-26T07:00:00+00:00",
     "Man arrested after warehouse fire on Norwich industrial estate",
     "Firefighters tackled a large fire at a warehouse on the Sweet Briar industrial estate in "
     "Norwich overnight. Nobody was hurt, Norfolk Fire and Rescue Service said. A man has been "
     "arrested on suspicion of arson, Norfolk Police said on Thursday.",
     "en", "u1a", "U1a"),
    ("U2a2", "U2", "Le Progrès", "2026-11-19T07:30:00+01:00",
     "Villeurbanne : incendie d'une école maternelle, un adolescent interpellé",
     "Un incendie a ravagé dans la nuit de mercredi à jeudi une partie de l'école maternelle "
     "Jules-Ferry, à Villeurbanne (Rhône). Les pompiers ont maîtrisé le feu vers 4 heures. "
     "Les élèves seront accueillis dans un gymnase. Un adolescent de 16 ans a été interpellé "
     "jeudi et placé en garde à vue, a indiqué le parquet de Lyon.",
     "fr", "u2a", "U2a"),
]


def record(row: tuple[str, str, str, str, str, str, str, str, str | None]) -> dict[str, str]:
    gid, _story, source, published, title, text, lang, key, _of = row
    return {"id": gid, "title": title, "text": text, "published": published, "source": source,
            "url": U + key, "language": lang}


def main() -> None:
    gold = {}
    for rows, name in ((A, "articles.jsonl"), (V, "updates.jsonl")):
        with (HERE / name).open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(record(row), ensure_ascii=False) + "\n")
                gid, story, source, published, title, _t, _l, key, of = row
                gold[gid] = {"story": story, "relation": "version" if of else "independent",
                             "of": of, "source": source, "url": U + key, "published": published,
                             "title": title}
    stories = sorted({g["story"] for g in gold.values()})
    pairs = [["N1a", "N1b"], ["N1a", "N1c"], ["N1b", "N1c"], ["N2a", "N2b"], ["N3a", "N3b"],
             ["U1", "U1x"], ["U2", "U2x"]]
    out = {"articles": gold, "stories": {s: s for s in stories}, "hard_negative_pairs": pairs,
           "first_published": {}}
    (HERE / "gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
