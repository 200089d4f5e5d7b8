"""r-stories35 held-out: story pairs (commentary and profile pieces with their event, an
undated piece, hard negatives), outlet editions named without URLs, same-outlet relations.
Texts written for veille on 2026-12-04 before any run (CC0). Usage:
python3 score.py /work/vbin-BRANCH  -> per-check lines and "held-out: N/M" plus B³."""
from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

# (gid, gold story, source, published or None, title, text)
R = [
    # --- Pertuis (Vaucluse): a Durance dike breaks in the night; two reports, an
    #     editorial, an undated portrait of a firefighter ---
    ("P1", "PERTUIS-DIGUE", "La Provence", "2026-01-11T06:40:00+01:00",
     "Pertuis : une digue de la Durance cède, 300 habitants évacués dans la nuit",
     "Une digue de la Durance a cédé dans la nuit de dimanche à lundi à Pertuis, inondant le "
     "quartier des Jardins. Près de 300 habitants ont été évacués par les sapeurs-pompiers, "
     "selon la préfecture de Vaucluse.\n\nL'eau a atteint un mètre dans certaines rues. Le "
     "maire, Roger Pellissier, a ouvert le gymnase Marcel-Pagnol pour accueillir les sinistrés."
     "\n\nAucune victime n'est à déplorer. Les services de l'État évaluent la brèche, longue "
     "d'une trentaine de mètres."),
    ("P2", "PERTUIS-DIGUE", "Le Dauphiné Libéré", "2026-01-11T09:15:00+01:00",
     "Durance en crue : brèche dans une digue à Pertuis, le quartier des Jardins sous l'eau",
     "Les pompiers ont évacué quelque 300 personnes lundi à l'aube à Pertuis, après la rupture "
     "d'une digue de la Durance gonflée par trois jours de pluie.\n\nLe quartier des Jardins "
     "est inondé. « L'eau est montée en vingt minutes », témoigne une riveraine hébergée au "
     "gymnase Marcel-Pagnol.\n\nLa préfète de Vaucluse s'est rendue sur place dans la matinée."),
    ("P3", "PERTUIS-DIGUE", "La Provence", "2026-01-12T18:00:00+01:00",
     "Éditorial : la digue de Pertuis, un avertissement que nul ne peut ignorer",
     "Il aura suffi d'une nuit pour que la Durance rappelle qui commande. La brèche ouverte "
     "dans la digue de Pertuis, et les 300 habitants du quartier des Jardins tirés de leur lit "
     "par les pompiers, disent l'essentiel : ces ouvrages vieillissent plus vite que les "
     "crédits pour les entretenir.\n\nDepuis des années, les syndicats de rivière réclament "
     "des moyens. On leur répond par des études. Il faudra cette fois autre chose que des "
     "visites de préfète en bottes.\n\nLa digue de Pertuis n'est pas un accident. C'est un "
     "avertissement."),
    ("P4", "PERTUIS-DIGUE", "Vaucluse Matin", None,
     "Portrait : Sandrine Fabre, la pompière qui a frappé à toutes les portes des Jardins",
     "Elle a 41 ans, vingt ans de caserne et, dans la nuit de la rupture de la digue de la "
     "Durance, elle a frappé à plus de cent portes du quartier des Jardins à Pertuis.\n\n"
     "Sandrine Fabre, adjudante au centre de secours de Pertuis, a grandi à deux rues de la "
     "brèche. « Je connaissais les gens, ça aide à les convaincre de partir », raconte-t-elle."
     "\n\nFille d'un éclusier, elle dit avoir toujours su que la rivière pouvait revenir."),
    ("P5", "PERTUIS-ENTREPOT", "La Provence", "2026-01-15T14:20:00+01:00",
     "Pertuis : un entrepôt agricole détruit par un incendie route de la Tour-d'Aigues",
     "Un entrepôt de stockage de fourrage a été détruit par un incendie jeudi à Pertuis, route "
     "de la Tour-d'Aigues. Une quarantaine de sapeurs-pompiers ont lutté trois heures contre "
     "les flammes.\n\nPersonne n'a été blessé. Le maire, Roger Pellissier, s'est rendu sur "
     "place. L'origine du feu n'est pas connue ; les gendarmes ont ouvert une enquête."),
    # --- Ayrshire football: a manager sacked, an analysis, a profile of the caretaker;
    #     another club's manager leaves the same week ---
    ("K1", "KIL-SACK", "Ayr Evening Post", "2026-02-08T21:30:00+00:00",
     "Kilmarnock sack manager Dougie Rennie after Scottish Cup exit",
     "Kilmarnock have sacked manager Dougie Rennie after Saturday's Scottish Cup defeat by "
     "Queen's Park, the club said on Monday.\n\nRennie, 52, leaves after 18 months in charge "
     "with the team tenth in the Premiership. Assistant Fiona McBride will take charge of "
     "training until a successor is appointed.\n\nChairman Alan Crichton thanked Rennie "
     "for his work."),
    ("K2", "KIL-SACK", "The Glasgow Ledger", "2026-02-09T12:00:00+00:00",
     "Analysis: why Dougie Rennie's time at Rugby Park had run its course",
     "The writing had been on the wall for weeks. Rennie's Kilmarnock had won two of their "
     "last eleven league games, and the cup defeat by Queen's Park was one humiliation too "
     "many for the Rugby Park board.\n\nHis side never found a style. The summer signings "
     "did not settle, and the fans' patience ran out long before Monday's statement.\n\n"
     "Whoever replaces him inherits a squad short of confidence and a chairman who wants "
     "results now."),
    ("K3", "KIL-SACK", "Ayr Evening Post", "2026-02-10T08:00:00+00:00",
     "Who is Fiona McBride, the caretaker now in charge at Kilmarnock?",
     "Fiona McBride becomes the first woman to take charge of a Scottish Premiership side, "
     "stepping in after Dougie Rennie's sacking by Kilmarnock.\n\nThe 38-year-old former "
     "Hibernian defender joined the Rugby Park coaching staff in 2024. Players describe her "
     "as demanding and calm.\n\nShe will lead the side against Motherwell on Saturday."),
    ("K4", "SM-LEAVE", "The Glasgow Ledger", "2026-02-10T17:45:00+00:00",
     "St Mirren part company with manager Colin Baird",
     "St Mirren and manager Colin Baird have parted company by mutual consent, the Paisley "
     "club announced on Wednesday.\n\nBaird, 47, leaves with the side ninth in the "
     "Premiership after a run of five defeats. First-team coach Ross Gallacher takes "
     "interim charge.\n\nThe board said a new manager would be named before the end of the "
     "month."),
    # --- Brest: a tram strike told by an outlet, its local edition, another outlet; the
    #     outlet's later, different article; the outlet's re-send of its first text ---
    ("B1", "BREST-GREVE", "Le Télégramme", "2026-03-02T07:05:00+01:00",
     "Brest : grève des conducteurs de tram, aucune rame ne circule ce mardi",
     "Aucun tramway ne circule ce mardi à Brest, où les conducteurs de Bibus ont cessé le "
     "travail à l'appel de la CGT et de FO pour réclamer une hausse des salaires.\n\nDes bus "
     "de substitution desservent les arrêts de la ligne A toutes les vingt minutes. Brest "
     "métropole recommande le covoiturage.\n\nLa direction de Bibus doit recevoir les "
     "syndicats mercredi."),
    ("B2", "BREST-GREVE", "Le Télégramme – Brest", "2026-03-02T08:30:00+01:00",
     "Tram à l'arrêt à Brest : la ligne A paralysée par la grève",
     "La ligne A du tramway brestois est à l'arrêt depuis 5 heures : les conducteurs de Bibus "
     "font grève pour leurs salaires.\n\nÀ la station Liberté, des usagers attendaient "
     "les bus de remplacement. « Je vais arriver en retard au lycée », soupire une élève."
     "\n\nLe mouvement est reconduit jusqu'à jeudi."),
    ("B3", "BREST-GREVE", "Ouest-France", "2026-03-02T09:10:00+01:00",
     "Grève chez Bibus : le tramway de Brest ne roule pas",
     "Le tramway de Brest est resté au dépôt ce mardi matin. Les conducteurs de Bibus, "
     "filiale de transport de la métropole, sont en grève pour obtenir une revalorisation "
     "salariale.\n\nSelon la CGT, 90 % des conducteurs ont suivi l'appel. Des bus assurent "
     "un service réduit sur le parcours de la ligne A."),
    ("B4", "BREST-CHANTIER", "Le Télégramme", "2026-03-02T18:40:00+01:00",
     "Brest : le chantier de la deuxième ligne de tram prend trois mois de retard",
     "Les travaux de la ligne B du tramway de Brest, entre la gare et Lambézellec, "
     "s'achèveront avec trois mois de retard, a annoncé mardi Brest métropole.\n\nEn cause, "
     "la découverte de réseaux anciens sous la rue Jean-Jaurès. La mise en service est "
     "repoussée à l'été 2027.\n\nLe coût du chantier n'est pas modifié, assure la métropole."),
    ("B5", "BREST-GREVE", "Le Télégramme", "2026-03-02T12:15:00+01:00",
     "Grève du tram à Brest : les conducteurs de Bibus reconduisent le mouvement",
     "Aucun tramway ne circule ce mardi à Brest, où les conducteurs de Bibus ont cessé le "
     "travail à l'appel de la CGT et de FO pour réclamer une hausse des salaires.\n\nDes bus "
     "de substitution desservent les arrêts de la ligne A toutes les vingt minutes. Brest "
     "métropole recommande le covoiturage."),
    # --- Mâcon: one event told by two outlets whose names share their first words only ---
    ("M1", "MACON-PONT", "Le Journal de Saône-et-Loire", "2026-04-20T10:00:00+02:00",
     "Mâcon : le pont Saint-Laurent fermé après la découverte d'une fissure",
     "Le pont Saint-Laurent, qui relie Mâcon à l'Ain, est fermé à la circulation depuis "
     "lundi soir après la découverte d'une fissure sur une pile, a indiqué la préfecture.\n\n"
     "Une inspection par des plongeurs est prévue mercredi. Les automobilistes sont déviés "
     "par le pont de l'A406."),
    ("M2", "MACON-PONT", "Le Journal du Centre", "2026-04-20T11:30:00+02:00",
     "Fissure sur une pile : le pont Saint-Laurent de Mâcon interdit aux voitures",
     "Une fissure repérée lundi sur une pile du pont Saint-Laurent a conduit la préfecture de "
     "Saône-et-Loire à interdire l'ouvrage aux véhicules.\n\nLes piétons peuvent encore le "
     "traverser. Des plongeurs examineront la pile mercredi ; la déviation passe par l'A406."),
    # --- added after probing the edition rule by hand, before any code change: editions
    #     named after a host's site, with an "édition" word, or after Paris ---
    ("D1", "DAX-ARENES", "", "2026-06-14T19:20:00+02:00",
     "Dax : une partie de la toiture des arènes s'effondre, pas de blessé",
     "Une partie de la toiture des arènes de Dax s'est effondrée samedi en fin d'après-midi, "
     "deux heures avant une novillada. Personne ne se trouvait dans les gradins concernés.\n\n"
     "Le maire a fait évacuer l'enceinte et annulé la course. Un bureau d'études doit "
     "examiner la charpente lundi."),
    ("D2", "DAX-ARENES", "Sud Ouest – Landes", "2026-06-14T20:05:00+02:00",
     "Effondrement aux arènes de Dax : la novillada annulée",
     "La novillada prévue samedi soir aux arènes de Dax a été annulée après l'effondrement "
     "d'un pan de la toiture, vers 17 heures, au-dessus des gradins nord.\n\nAucun spectateur "
     "n'était encore entré. La charpente, rénovée en 2009, sera expertisée lundi."),
    ("D3", "DAX-ARENES", "La République des Pyrénées", "2026-06-14T21:00:00+02:00",
     "Les arènes de Dax fermées après la chute d'une partie du toit",
     "Un pan de toiture des arènes de Dax est tombé samedi après-midi sur des gradins vides. "
     "La mairie a fermé l'enceinte et annulé la novillada du soir.\n\nDes experts "
     "examineront la charpente en début de semaine."),
    ("T1", "ALBI-MUSEE", "La Dépêche du Midi", "2026-05-05T10:10:00+02:00",
     "Albi : un tableau volé au musée Toulouse-Lautrec",
     "Un petit pastel de Toulouse-Lautrec a été volé lundi au musée d'Albi, dans une salle "
     "du premier étage, a indiqué la direction du musée.\n\nL'alarme n'a pas fonctionné. "
     "La police judiciaire de Toulouse a été saisie."),
    ("T2", "ALBI-MUSEE", "La Dépêche du Midi – édition du Tarn", "2026-05-05T11:00:00+02:00",
     "Vol au musée Toulouse-Lautrec : un pastel dérobé en plein jour",
     "C'est un pastel d'une trentaine de centimètres que les gardiens ont trouvé manquant "
     "lundi à la fermeture du musée Toulouse-Lautrec d'Albi.\n\nLes enquêteurs de la PJ "
     "de Toulouse étudient les images des caméras du palais de la Berbie."),
    ("T3", "ALBI-MUSEE", "Le Tarn Libre", "2026-05-05T12:30:00+02:00",
     "Le musée Toulouse-Lautrec d'Albi victime d'un vol",
     "Le musée Toulouse-Lautrec d'Albi a porté plainte lundi après le vol d'un pastel du "
     "peintre dans une salle du premier étage.\n\nLa police judiciaire de Toulouse mène "
     "l'enquête ; le musée reste ouvert."),
    ("V1", "PARIS-VELIB", "20 Minutes", "2026-07-08T08:00:00+02:00",
     "Vélib' : 3 000 vélos immobilisés par une panne informatique",
     "Près de 3 000 Vélib' sont restés bloqués à leurs bornes mardi matin à Paris et en "
     "petite couronne, à cause d'une panne du système de déverrouillage, selon l'opérateur."
     "\n\nLe service devait être rétabli dans la journée."),
    ("V2", "PARIS-VELIB", "20 Minutes – Paris", "2026-07-08T09:15:00+02:00",
     "Panne géante chez Vélib' : les usagers parisiens à pied",
     "Impossible de décrocher un Vélib' mardi matin : une panne informatique a immobilisé "
     "quelque 3 000 vélos dans Paris et la petite couronne.\n\nL'opérateur promet un retour "
     "à la normale dans la journée."),
    ("V3", "PARIS-VELIB", "Actu Paris", "2026-07-08T10:00:00+02:00",
     "Vélib' en panne : des milliers de vélos bloqués à leurs bornes",
     "Une panne du système de déverrouillage a bloqué environ 3 000 Vélib' mardi matin dans "
     "la capitale.\n\nLes usagers se sont reportés sur le métro ; l'opérateur dit "
     "travailler à rétablir le service dans la journée."),
]
HARD = [("PERTUIS-DIGUE", "PERTUIS-ENTREPOT"), ("KIL-SACK", "SM-LEAVE"),
        ("BREST-GREVE", "BREST-CHANTIER")]


def record(gid: str, source: str, published: str | None, title: str, text: str) -> dict:
    rec = {"id": gid, "title": title, "text": text,
           "language": "en" if gid.startswith("K") else "fr"}
    if source:
        rec["source"] = source
    else:  # named by its site only
        rec["url"] = f"https://www.sudouest.fr/landes/dax/{gid.lower()}-arenes.html"
    if published:
        rec["published"] = published
    return rec


def run(vbin: str, data: Path, *args: str) -> str:
    p = subprocess.run([vbin, "--data-dir", str(data), *args], capture_output=True, text=True,
                       timeout=900)
    return p.stdout


def b3(p: dict, t: dict) -> tuple[float, float, float]:
    P = Rc = 0.0
    for x in p:
        ps = {y for y in p if p[y] == p[x]}
        ts = {y for y in t if t[y] == t[x]}
        P += len(ps & ts) / len(ps)
        Rc += len(ps & ts) / len(ts)
    P, Rc = P / len(p), Rc / len(p)
    return P, Rc, 2 * P * Rc / (P + Rc)


def main(vbin: str) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="heldout-stories35-"))
    src = tmp / "in.jsonl"
    src.write_text("".join(json.dumps(record(g, s, p, ti, te), ensure_ascii=False) + "\n"
                           for g, _st, s, p, ti, te in R), encoding="utf-8")
    run(vbin, tmp / "d", "ingest", str(src))
    exp = [json.loads(x) for x in run(vbin, tmp / "d", "export").splitlines()
           if x.startswith("{")]
    stories = json.loads(run(vbin, tmp / "d", "stories", "--json", "-n", "1000"))
    by_title = {r["content"]["title"]: r for r in exp}
    gid = {by_title[ti]["id"]: g for g, _st, _s, _p, ti, _te in R if ti in by_title}
    truth = {g: st for g, st, *_ in R}
    rec = {g: by_title[ti] for g, _st, _s, _p, ti, _te in R if ti in by_title}
    # a copy's story is its original's (the store files reprints under their original's)
    pred = {g: (r.get("dedup") or {}).get("story_id") or r["id"] for g, r in rec.items()}
    story_of = {gid[i["id"]]: s for s in stories for i in s["items"] if i["id"] in gid}
    checks: list[tuple[str, bool]] = []
    pairs = [("P1", "P3", "editorial joins its event"), ("P1", "P4", "undated portrait joins"),
             ("K1", "K2", "analysis joins its event"), ("K1", "K3", "caretaker profile joins"),
             ("P1", "P2", "two reports join"), ("B1", "B3", "strike reports join")]
    for a, b, what in pairs:
        checks.append((f"{a}+{b} {what}", pred.get(a) is not None and pred.get(a) == pred.get(b)))
    for a, b in [("P1", "P5"), ("K1", "K4"), ("B1", "B4")]:
        checks.append((f"{a}/{b} hard negative apart", pred.get(a) != pred.get(b)))
    s = story_of.get("B1") or {}
    checks.append(("Brest: Le Télégramme and its Brest edition are one outlet (2 independent)",
                   s.get("independent_sources") == 2))
    s = story_of.get("M1") or {}
    checks.append(("Mâcon: two Journals are two outlets (2 independent)",
                   s.get("independent_sources") == 2 and pred.get("M1") == pred.get("M2")))
    for g, what in [("D1", "sudouest.fr and Sud Ouest – Landes"),
                    ("T1", "La Dépêche du Midi and its édition du Tarn"),
                    ("V1", "20 Minutes and 20 Minutes – Paris")]:
        s = story_of.get(g) or {}
        checks.append((f"{what} are one outlet (2 independent)",
                       s.get("independent_sources") == 2 and len(s.get("items", [])) == 3))
    rel = {g: ((r.get("dedup") or {}).get("relation") or "") for g, r in rec.items()}
    checks.append(("B4, a later different article of the outlet, is no copy", rel.get("B4") == ""))
    checks.append(("B5, the outlet's re-send of B1, is a republication",
                   rel.get("B5") == "republication"))
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + name)
    P, Rc, F = b3({g: pred[g] for g in pred}, {g: truth[g] for g in pred})
    merged = sum(pred[a] == pred[b] and truth[a] != truth[b]
                 for a, b in itertools.combinations(sorted(pred), 2))
    print(f"stories B3 P {P:.3f} R {Rc:.3f} F1 {F:.3f}; different-event pairs merged {merged}")
    print(f"held-out: {sum(ok for _n, ok in checks)}/{len(checks)}")


if __name__ == "__main__":
    main(sys.argv[1])
