#!/usr/bin/env python3
"""Score veille on r-stories52's held-out set (CC0, written for veille; README.md).

usage: python3 score.py VEILLE_CLI
Writes the cases to a fresh data dir's side, ingests them in order with VEILLE_CLI, and
prints one line per check (ok / FAIL) and the total.
"""
import json
import os
import subprocess
import sys
import tempfile

# (key, source or "", url or "", published, title, paragraphs); each ingested in this order.
T_ALERT_FR = ("{who}. Des rafales de "
              "110 kilomètres par heure sont attendues à {towns} d'ici vendredi matin.",
              "Les autorités ont fermé les parcs et demandé aux habitants de rentrer le "
              "mobilier de jardin. Les secours ont effectué une quarantaine d'interventions "
              "dans la nuit, sans faire de blessé.")
T_HEAT_EN = ("{who}, with temperatures "
             "expected to reach 46 degrees in {towns} over the weekend.",
             "Officials opened cooling centres and urged residents to avoid outdoor work "
             "between noon and six in the evening. Hospitals reported a rise in admissions "
             "for heatstroke overnight.")
T_FLOOD_FR = ("{who} ont procédé mardi à une vingtaine d'évacuations à "
              "{town}, où la rivière est sortie de son lit après des pluies diluviennes.",
              "Plusieurs routes départementales sont coupées et les écoles resteront fermées "
              "mercredi. La préfecture a ouvert une cellule de crise et appelle à la plus "
              "grande prudence sur les routes.")


def fill(template, **kw):
    return [p.format(**kw) for p in template]


CASES = [
    ("A1", "La Gazette de Gironde", "https://example.org/r52/a1", "2026-11-19T08:00:00+01:00",
     "Tempête : vigilance orange aux vents violents en Gironde",
     fill(T_ALERT_FR, who="Météo-France a placé jeudi le département de la Gironde en vigilance orange vents violents",
          towns="Bordeaux et Arcachon")),
    ("A2", "Le Nouvelliste du Fleuve", "https://example.org/r52/a2",
     "2026-11-19T08:30:00-05:00",
     "Tempête : alerte orange aux vents violents au Québec",
     fill(T_ALERT_FR, who="Le service météorologique canadien a émis jeudi pour tout le sud de la province une alerte aux vents violents",
          towns="Montréal et Trois-Rivières")),
    ("A3", "Sud Atlantique Info", "https://example.org/r52/a3", "2026-11-19T09:10:00+01:00",
     "Gironde : des rafales à 110 km/h attendues, vigilance orange",
     fill(T_ALERT_FR, who="Météo-France a placé jeudi le département de la Gironde en vigilance orange vents violents",
          towns="Bordeaux et Arcachon")),
    ("B1", "Iberia Daily", "https://example.org/r52/b1", "2026-07-10T07:00:00+02:00",
     "Extreme heat warning for Seville and Cordoba",
     fill(T_HEAT_EN, who="Spain's weather agency Aemet put the whole of Andalusia on red alert for heat on Friday",
          towns="Seville and Cordoba")),
    ("B2", "Desert Sun Post", "https://example.org/r52/b2", "2026-07-10T06:00:00-07:00",
     "Extreme heat warning for Phoenix and Tucson",
     fill(T_HEAT_EN, who="The National Weather Service issued an excessive heat warning on Friday for southern Arizona",
          towns="Phoenix and Tucson")),
    ("B3", "Valley Wire", "https://example.org/r52/b3", "2026-07-10T07:30:00-07:00",
     "Arizona braces for 46-degree weekend",
     fill(T_HEAT_EN, who="The National Weather Service issued an excessive heat warning on Friday for southern Arizona",
          towns="Phoenix and Tucson")),
    ("E1", "Midi Gardois", "https://example.org/r52/e1", "2026-10-13T10:00:00+02:00",
     "Crue : une vingtaine d'évacuations à Alès",
     fill(T_FLOOD_FR, who="Les sapeurs-pompiers du Gard, appuyés par la sécurité civile,", town="Alès")),
    ("E2", "L'Indépendant du Roussillon", "https://example.org/r52/e2",
     "2026-10-13T10:20:00+02:00",
     "Crue : une vingtaine d'évacuations à Perpignan",
     fill(T_FLOOD_FR, who="Les secours des Pyrénées-Orientales", town="Perpignan")),
]
C_BODY = ["L'équipementier automobile Ferrandier a annoncé mardi la fermeture de son usine de "
          "Vierzon d'ici la fin de l'année 2027. Les 212 salariés du site ont été reçus par "
          "la direction en fin de matinée.",
          "Les syndicats dénoncent « un coup de massue » et appellent à un rassemblement "
          "jeudi devant la sous-préfecture. Le maire a demandé à être reçu au ministère de "
          "l'Industrie."]
D_BODY = ["La compagnie ferroviaire régionale a suspendu lundi toutes les liaisons entre Lille "
          "et Dunkerque après la chute d'un arbre sur la caténaire près d'Hazebrouck. Aucun "
          "voyageur n'a été blessé.",
          "Des cars de substitution ont été mis en place dans l'après-midi. Le trafic ne "
          "reprendra pas avant mercredi matin, selon la direction régionale."]
# (key, --source or None, title, body): text captures without URL, ingested one by one.
CAPTURES = [
    ("C1", "Le Journal du Berry", "Vierzon : l'usine Ferrandier fermera fin 2027", C_BODY),
    ("C2", "Le Journal du Berry", "Vierzon : l'usine Ferrandier fermera fin 2027, 212 emplois",
     C_BODY),
    ("D1", None, "Trains : Lille-Dunkerque coupé jusqu'à mercredi", D_BODY),
    ("D2", "Le Quotidien des Flandres", "Nord : Lille-Dunkerque coupé jusqu'à mercredi",
     D_BODY),
]


def run(cli, data, *args, stdin=None):
    return subprocess.run([cli, "--data-dir", data, *args], input=stdin, text=True,
                          capture_output=True, check=True).stdout


def main():
    cli = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="r52-")
    data = os.path.join(tmp, "data")
    lines = [json.dumps({"id": k, "title": t, "text": "\n\n".join(ps), "published": p,
                         "source": s, "url": u, "language": "en" if k[0] == "B" else "fr"},
                        ensure_ascii=False) for k, s, u, p, t, ps in CASES]
    path = os.path.join(tmp, "wave.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    run(cli, data, "ingest", path)
    for k, source, title, body in CAPTURES:
        text = title + "\n\nPublié le 17 novembre 2026 à 07h45\n\n" + "\n\n".join(body) + "\n"
        args = ["ingest", "-"] + (["--source", source] if source else [])
        run(cli, data, *args, stdin=text)
    exp = [json.loads(x) for x in run(cli, data, "export").splitlines() if x.strip()]
    by_title = {r["content"]["title"]: r for r in exp}
    titles = {k: t for k, _s, _u, _p, t, _ps in CASES}
    titles.update({k: t for k, _s, t, _b in CAPTURES})
    rec = {k: by_title.get(t) for k, t in titles.items()}

    def dd(k):
        return (rec[k] or {}).get("dedup") or {}

    def reprint_of(k, o):
        return rec[k] is not None and rec[o] is not None and \
            dd(k).get("relation") in ("reprint", "republication") and \
            dd(k).get("duplicate_of") == rec[o]["id"]

    def same_story(k, o):
        return rec[k] is not None and rec[o] is not None and \
            dd(k).get("story_id") is not None and dd(k).get("story_id") == dd(o).get("story_id")

    stories = json.loads(run(cli, data, "stories", "--json", "-n", "100") or "[]")
    c_rows = [r for r in exp if "Ferrandier" in r["content"]["title"]]
    d_story = next((s for s in stories if rec["D1"] and any(
        i["id"] == rec["D1"]["id"] for i in s["items"])), None)
    checks = [
        ("A2 (Québec alert) is no reprint of A1 (Gironde alert)", not reprint_of("A2", "A1")),
        ("A1 and A2 are two stories", rec["A2"] is not None and not same_story("A1", "A2")),
        ("A3 is a reprint of A1", reprint_of("A3", "A1")),
        ("A3 is in A1's story", same_story("A1", "A3")),
        ("B2 (Arizona heat) is no reprint of B1 (Andalusia heat)", not reprint_of("B2", "B1")),
        ("B1 and B2 are two stories", rec["B2"] is not None and not same_story("B1", "B2")),
        ("B3 is a reprint of B2", reprint_of("B3", "B2")),
        ("E2 (Perpignan flood) is no reprint of E1 (Alès flood)", not reprint_of("E2", "E1")),
        ("E1 and E2 are two stories", rec["E2"] is not None and not same_story("E1", "E2")),
        ("C2 (same outlet, longer headline) is kept: its headline is stored",
         rec["C2"] is not None),
        ("C1 and C2 are one article (a version), not two", len(c_rows) == 1),
        ("D2 (another outlet, other headline) is stored, no exact copy", rec["D2"] is not None),
        ("D's story counts fewer copies than articles",
         d_story is not None and d_story["reprints"] + d_story["teasers"] +
         d_story["republications"] < d_story["articles"]),
        ("no story counts as many copies as articles",
         all(s["reprints"] + s["teasers"] + s["republications"] < s["articles"]
             for s in stories)),
    ]
    ok = 0
    for name, passed in checks:
        ok += bool(passed)
        print(("ok   " if passed else "FAIL ") + name)
    print(f"total {ok}/{len(checks)}")


if __name__ == "__main__":
    main()
