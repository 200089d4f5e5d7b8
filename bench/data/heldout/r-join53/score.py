#!/usr/bin/env python3
"""Score veille on r-join53's held-out set (CC0, written for veille; README.md).

usage: python3 score.py VEILLE_CLI
Writes the cases to a JSON Lines wave, ingests it in a fresh data dir with VEILLE_CLI, reads
``export``, and prints one line per check (ok / FAIL) and the total.
"""
import json
import os
import subprocess
import sys
import tempfile

T_FIRE_FR = ("Un violent incendie s'est déclaré dans la nuit de mercredi à jeudi dans un "
             "entrepôt de la zone industrielle de {town}. {who} ont mobilisé une quarantaine "
             "de pompiers et une quinzaine d'engins pour venir à bout des flammes.",
             "Aucun blessé n'est à déplorer, mais le bâtiment de 3 000 mètres carrés est "
             "entièrement détruit. Une enquête a été ouverte pour déterminer l'origine du "
             "sinistre et les riverains ont été invités à garder leurs fenêtres fermées.")
T_FLOOD_IT = ("Dopo ore di pioggia incessante il fiume è esondato nella notte a {town}, dove "
              "{who} hanno evacuato una sessantina di famiglie dalle case del centro storico.",
              "Le scuole resteranno chiuse domani e diverse strade provinciali sono "
              "interrotte. Il sindaco ha firmato un'ordinanza e chiede ai cittadini di non "
              "mettersi in viaggio se non strettamente necessario.")
T_CRASH_DE = ("Bei einem schweren Unfall mit einem Lastwagen auf der {road} bei {town} sind "
              "am Dienstagmorgen zwei Menschen ums Leben gekommen. {who}",
              "Die Autobahn blieb in beide Richtungen stundenlang gesperrt, es bildete sich "
              "ein kilometerlanger Stau. Die Polizei sucht Zeugen und ermittelt zur "
              "Unfallursache.")
V_BODY = ("Un incendie s'est déclaré mardi matin dans une résidence étudiante de Villeurbanne, "
          "obligeant l'évacuation de quelque 180 étudiants. Trois d'entre eux, légèrement "
          "intoxiqués par les fumées, ont été transportés à l'hôpital.",
          "Le feu, parti d'une chambre du quatrième étage, a été maîtrisé en une heure par les "
          "pompiers du Rhône. Le bailleur a promis de reloger les étudiants dès ce soir.")
U_BODY = ("A fire at a furniture warehouse in Salford sent a plume of black smoke over the city "
          "on Wednesday, and residents of nearby streets were told to keep windows and doors "
          "shut.",
          "Greater Manchester Fire and Rescue Service said fifteen engines and an aerial "
          "platform were at the scene at the height of the blaze. No injuries were reported "
          "and the cause is under investigation.")


def fill(template, **kw):
    return [p.format(**kw) for p in template]


# (key, language, source, url, published, title, paragraphs), ingested in this order.
CASES = [
    # P: two house fires in two English cities, each told in its own words
    ("P1", "en", "Norfolk Courier", "https://example.org/j53/p1", "2026-12-03T09:00:00+00:00",
     "Pensioner rescued from burning bungalow in Norwich",
     ["An 81-year-old man was pulled from his burning bungalow in Norwich early on "
      "Wednesday morning by firefighters wearing breathing apparatus.",
      "Norfolk Fire and Rescue Service said the fire started in the kitchen. The man was "
      "treated for smoke inhalation at the Norfolk and Norwich University Hospital."]),
    ("P2", "en", "Steel City Star", "https://example.org/j53/p2", "2026-12-03T10:30:00+00:00",
     "Mother and two children flee house fire in Sheffield",
     ["A woman and her two young children escaped a house fire in Sheffield on Wednesday "
      "after a neighbour spotted flames at an upstairs window and raised the alarm.",
      "South Yorkshire Fire and Rescue sent two engines. A spokesman said the family had "
      "a working smoke alarm and the fire was not being treated as suspicious."]),
    # Q: one template, two French towns (a warehouse fire)
    ("Q1", "fr", "Le Courrier d'Ille", "https://example.org/j53/q1", "2026-12-03T07:30:00+01:00",
     "Rennes : un entrepôt ravagé par les flammes dans la nuit",
     fill(T_FIRE_FR, town="Rennes", who="Les sapeurs-pompiers d'Ille-et-Vilaine")),
    ("Q2", "fr", "La Vigie du Finistère", "https://example.org/j53/q2",
     "2026-12-03T07:50:00+01:00",
     "Brest : un entrepôt ravagé par les flammes dans la nuit",
     fill(T_FIRE_FR, town="Brest", who="Les sapeurs-pompiers du Finistère")),
    # R: one template, two Italian towns (a flood)
    ("R1", "it", "Gazzetta Emiliana", "https://example.org/j53/r1", "2026-11-20T08:00:00+01:00",
     "Esonda il fiume a Modena, sessanta famiglie evacuate",
     fill(T_FLOOD_IT, town="Modena", who="i vigili del fuoco e la protezione civile")),
    ("R2", "it", "Il Corriere Adriatico Nuovo", "https://example.org/j53/r2",
     "2026-11-20T08:40:00+01:00",
     "Esonda il fiume a Pescara, sessanta famiglie evacuate",
     fill(T_FLOOD_IT, town="Pescara", who="i soccorritori della protezione civile abruzzese")),
    # S: two wildfires on two Canary islands, each told in its own words
    ("S1", "es", "El Vigía Palmero", "https://example.org/j53/s1", "2026-08-14T18:00:00+01:00",
     "Un incendio en La Palma calcina 400 hectáreas y corta la carretera de Garafía",
     ["Las llamas avanzan desde el miércoles por los pinares del noroeste de La Palma y ya "
      "han calcinado unas 400 hectáreas, según el Cabildo palmero.",
      "Unos 90 vecinos de Garafía pasaron la noche en un polideportivo. Tres hidroaviones "
      "se sumaron este jueves a las tareas de extinción."]),
    ("S2", "es", "Lanzarote Hoy", "https://example.org/j53/s2", "2026-08-14T19:15:00+01:00",
     "Desalojados 120 vecinos por un fuego junto a Haría, en Lanzarote",
     ["Un fuego declarado en una zona de matorral cerca de Haría, en el norte de Lanzarote, "
      "obligó este jueves a desalojar a 120 vecinos de sus casas.",
      "Los bomberos del Consorcio de Emergencias estabilizaron el incendio al caer la tarde, "
      "con ayuda de un helicóptero llegado desde Gran Canaria."]),
    # T: one template, two German towns (a motorway crash)
    ("T1", "de", "Nordhessen Kurier", "https://example.org/j53/t1", "2026-11-24T11:00:00+01:00",
     "Zwei Tote bei Lkw-Unfall auf der A7 bei Kassel",
     fill(T_CRASH_DE, road="A7", town="Kassel",
          who="Ein Lastwagen war nach Angaben der Polizei Nordhessen auf ein Stauende "
              "aufgefahren.")),
    ("T2", "de", "Oberpfalz Rundschau", "https://example.org/j53/t2",
     "2026-11-24T11:30:00+01:00",
     "Zwei Tote bei Lkw-Unfall auf der A3 bei Regensburg",
     fill(T_CRASH_DE, road="A3", town="Regensburg",
          who="Ein Sattelzug war nach Angaben der Polizei in der Oberpfalz in ein Pannenfahrzeug "
              "geprallt.")),
    # U: one wire story and an outlet's copy that opens with a dateline in another city
    ("U1", "en", "North West Wire", "https://example.org/j53/u1", "2026-12-02T14:00:00+00:00",
     "Huge warehouse fire sends smoke over Salford", list(U_BODY)),
    ("U2", "en", "Lancashire Evening Telegraph Online", "https://example.org/j53/u2",
     "2026-12-02T14:45:00+00:00",
     "Residents told to shut windows as warehouse burns in Salford",
     ["MANCHESTER, Dec 2 - " + U_BODY[0], U_BODY[1]]),
    # V: an agency story and a copy with a dateline in the city next door
    ("V1", "fr", "Agence Rhône Info", "https://example.org/j53/v1", "2026-12-01T09:00:00+01:00",
     "Villeurbanne : 180 étudiants évacués après un incendie", list(V_BODY)),
    ("V2", "fr", "Le Journal de la Saône", "https://example.org/j53/v2",
     "2026-12-01T09:40:00+01:00",
     "Incendie dans une résidence étudiante : trois intoxiqués",
     ["LYON (ARI) - " + V_BODY[0], V_BODY[1]]),
    # W: one event told with other words, one headline under a metonym (Bercy)
    ("W1", "fr", "Le Quotidien de l'Économie", "https://example.org/j53/w1",
     "2026-11-26T08:00:00+01:00",
     "Bercy relève à 1,4 % sa prévision de croissance pour 2027",
     ["Le ministère de l'Économie a relevé mercredi sa prévision de croissance pour 2027 à "
      "1,4 %, contre 1,1 % jusqu'ici, en raison d'une consommation plus vive qu'attendu.",
      "Le ministre Roland Lescure a précisé que le déficit public resterait visé à 4,6 % "
      "du produit intérieur brut l'an prochain."]),
    ("W2", "fr", "Les Nouvelles du Marché", "https://example.org/j53/w2",
     "2026-11-26T10:15:00+01:00",
     "Croissance 2027 : le gouvernement table désormais sur 1,4 %",
     ["Roland Lescure se montre plus optimiste : le ministre de l'Économie attend désormais "
      "une croissance de 1,4 % en 2027, portée par la consommation des ménages.",
      "L'objectif de déficit public, à 4,6 % du PIB, est inchangé, a-t-il ajouté mercredi."]),
    # X: one flood told twice, once with a dateline in London
    ("X1", "en", "Cumbria Daily", "https://example.org/j53/x1", "2026-11-18T08:00:00+00:00",
     "Two hundred homes evacuated as River Eden floods Carlisle",
     ["About 200 homes in Carlisle were evacuated overnight after the River Eden burst its "
      "banks following two days of heavy rain, Cumbria Police said.",
      "Rest centres were opened at two schools. The Environment Agency issued a severe flood "
      "warning for the city, its highest level."]),
    ("X2", "en", "National Ledger", "https://example.org/j53/x2", "2026-11-18T11:00:00+00:00",
     "Severe flood warning in Carlisle after River Eden bursts banks",
     ["LONDON - Police in Cumbria moved residents of about 200 homes in Carlisle out "
      "overnight when the River Eden burst its banks after two days of rain.",
      "The Environment Agency put a severe flood warning, its highest level, on the city, "
      "and rest centres opened at two schools."]),
]


def run(cli, data, *args):
    return subprocess.run([cli, "--data-dir", data, *args], text=True,
                          capture_output=True, check=True).stdout


def main():
    cli = sys.argv[1]
    tmp = os.environ.get("J53_TMP") or tempfile.mkdtemp(prefix="j53-")
    data = os.path.join(tmp, "data")
    path = os.path.join(tmp, "wave.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for k, lang, s, u, p, t, ps in CASES:
            f.write(json.dumps({"id": k, "title": t, "text": "\n\n".join(ps), "published": p,
                                "source": s, "url": u, "language": lang},
                               ensure_ascii=False) + "\n")
    run(cli, data, "ingest", path)
    exp = [json.loads(x) for x in run(cli, data, "export").splitlines() if x.strip()]
    by_url = {r.get("url") or (r.get("content") or {}).get("url"): r for r in exp}
    rec = {k: by_url.get(u) for k, _l, _s, u, _p, _t, _ps in CASES}
    if any(v is None for v in rec.values()):  # exports keyed otherwise: match by headline
        by_title = {r["content"]["title"]: r for r in exp}
        rec = {k: by_title.get(t) for k, _l, _s, _u, _p, t, _ps in CASES}

    def dd(k):
        return (rec[k] or {}).get("dedup") or {}

    def reprint_of(k, o):
        return rec[k] is not None and rec[o] is not None and \
            dd(k).get("relation") in ("reprint", "republication") and \
            dd(k).get("duplicate_of") == rec[o]["id"]

    def copy_any(k, o):
        return reprint_of(k, o) or reprint_of(o, k)

    def same_story(k, o):
        return rec[k] is not None and rec[o] is not None and \
            dd(k).get("story_id") is not None and dd(k).get("story_id") == dd(o).get("story_id")

    def apart(k, o):
        return rec[k] is not None and rec[o] is not None and not same_story(k, o)

    checks = [
        ("P: Norwich and Sheffield house fires are two stories", apart("P1", "P2")),
        ("Q: Brest warehouse fire (template) is no reprint of Rennes's", not copy_any("Q1", "Q2")),
        ("Q: Rennes and Brest fires are two stories", apart("Q1", "Q2")),
        ("R: Pescara flood (template) is no reprint of Modena's", not copy_any("R1", "R2")),
        ("R: Modena and Pescara floods are two stories", apart("R1", "R2")),
        ("S: La Palma and Lanzarote wildfires are two stories", apart("S1", "S2")),
        ("T: Regensburg crash (template) is no reprint of Kassel's", not copy_any("T1", "T2")),
        ("T: Kassel and Regensburg crashes are two stories", apart("T1", "T2")),
        ("U: the Manchester-datelined copy is a reprint of the Salford story",
         reprint_of("U2", "U1")),
        ("U: both in one story", same_story("U1", "U2")),
        ("V: the Lyon-datelined copy is a reprint of the Villeurbanne story",
         reprint_of("V2", "V1")),
        ("V: both in one story", same_story("V1", "V2")),
        ("W: Bercy / the minister's forecast: one story", same_story("W1", "W2")),
        ("X: Carlisle flood, London dateline: one story", same_story("X1", "X2")),
    ]
    ok = 0
    for name, passed in checks:
        ok += bool(passed)
        print(("ok   " if passed else "FAIL ") + name)
    print(f"total {ok}/{len(checks)}")


if __name__ == "__main__":
    main()
