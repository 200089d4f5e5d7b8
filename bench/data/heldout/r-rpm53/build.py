#!/usr/bin/env python3
"""Write r-rpm53's held-out set: wave1.jsonl, wave2.jsonl and gold.json (CC0, for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, story, wave, source, published, language, title, text)
A = [
    # S: a strike at a (fictional) glassworks, three dated dispatches
    ("S1", "S-VERDALIS", 1, "Le Progrès du Rhône", "2026-11-10T07:30:00+01:00", "fr",
     "Grève à la verrerie Verdalis de Saint-Priest : la production arrêtée",
     "Les salariés de la verrerie Verdalis de Saint-Priest ont cessé le travail lundi à "
     "l'aube, à l'appel de l'intersyndicale, après l'annonce de la fermeture d'un des deux "
     "fours. Les deux lignes de production sont à l'arrêt.\n\nLa déléguée syndicale Martine "
     "Oudard réclame l'abandon du plan ; le directeur général Hugues Lambert doit recevoir "
     "les représentants du personnel mardi."),
    ("S2", "S-VERDALIS", 1, "Lyon Éco", "2026-11-10T11:10:00+01:00", "fr",
     "Verdalis : 140 emplois menacés, les grévistes bloquent l'usine de Saint-Priest",
     "Le projet de fermeture d'un four menace 140 emplois sur les 420 de la verrerie "
     "Verdalis, selon l'intersyndicale. Les grévistes bloquent depuis lundi matin l'entrée "
     "des camions à Saint-Priest.\n\nMartine Oudard dénonce « une décision prise à Paris » ; "
     "Hugues Lambert invoque la hausse du prix du gaz."),
    ("S3", "S-VERDALIS", 1, "Radio Fourvière", "2026-11-10T17:45:00+01:00", "fr",
     "Saint-Priest : la grève reconduite chez Verdalis",
     "Réunis en assemblée générale lundi après-midi, les salariés de Verdalis ont voté la "
     "reconduction de la grève jusqu'à la réunion de mardi avec la direction.\n\nMartine "
     "Oudard parle d'une mobilisation « massive » ; le préfet du Rhône appelle au dialogue."),
    # T: a ferry collision, three dated dispatches in English, the same days
    ("T1", "T-KESTREL", 1, "Harbour Daily", "2026-11-10T09:00:00+00:00", "en",
     "Ferry hits pier in Kestrel Bay, twelve passengers hurt",
     "A Northline Ferries vessel struck the main pier of Kestrel Bay on Monday morning while "
     "docking in strong winds, injuring twelve passengers, the coastguard said.\n\nThe "
     "ship's master, Captain Ada Morrow, was questioned by harbour police; Northline "
     "suspended the route."),
    ("T2", "T-KESTREL", 1, "Coast Wire", "2026-11-10T13:20:00+00:00", "en",
     "Kestrel Bay pier collision: inquiry opened into Northline ferry",
     "The maritime accident board opened an inquiry into Monday's collision between a "
     "Northline Ferries vessel and the Kestrel Bay pier. Twelve passengers were treated for "
     "minor injuries.\n\nCaptain Ada Morrow told investigators a gust pushed the ship "
     "sideways."),
    ("T3", "T-KESTREL", 1, "The Kestrel Chronicle", "2026-11-10T19:05:00+00:00", "en",
     "Northline suspends Kestrel Bay crossings after pier crash",
     "Northline Ferries suspended all crossings from Kestrel Bay until the pier is "
     "inspected, after Monday's collision that injured twelve people.\n\nThe company said "
     "Captain Ada Morrow had twenty years of experience."),
    # C1, C2: commentaries on S naming its actors (fr, en), within a day, no event of their own
    ("C1", "S-VERDALIS", 2, "L'Opinion lyonnaise", "2026-11-10T20:30:00+01:00", "fr",
     "Éditorial : ce que dit le silence de Verdalis",
     "Éditorial. On peut comprendre la colère. On comprend moins la méthode. Chez Verdalis, "
     "Hugues Lambert a choisi d'annoncer avant d'expliquer, et Martine Oudard n'avait plus "
     "d'autre langage que le blocage.\n\nL'industrie française ne manque pas de plans ; elle "
     "manque de parole tenue."),
    ("C2", "S-VERDALIS", 2, "Euro Industry Review", "2026-11-11T08:15:00+00:00", "en",
     "Opinion: what the Verdalis dispute says about French industry",
     "Opinion. Energy bills have become the new excuse of European boardrooms. Hugues "
     "Lambert blames gas; Martine Oudard blames Paris. Both may be right, and neither "
     "answers the question of who pays for the transition.\n\nVerdalis is a test."),
    # D: a commentary naming actors of both stories: no story of its own evidence
    ("D1", "D-COLUMN", 2, "The Weekly Ledger", "2026-11-10T21:00:00+00:00", "en",
     "Column: bosses, captains and the art of the apology",
     "Column. Two Mondays ago nobody had heard of Hugues Lambert of Verdalis or of Captain "
     "Ada Morrow of Northline Ferries. Both now face cameras, and both chose to speak of the "
     "weather and the price of gas.\n\nLeaders are judged on the first sentence."),
    # U: an unrelated opinion piece naming one actor of S
    ("U1", "U-TRIBUNE", 2, "Le Mensuel des cadres", "2026-11-10T18:00:00+01:00", "fr",
     "Tribune : le télétravail, une chance pour les villes moyennes",
     "Tribune. Les villes moyennes ont tout à gagner au travail à distance : des loyers "
     "plus bas, des écoles moins chargées, des commerces qui revivent. Même Hugues Lambert, "
     "qui dirigea une agence de voyages à Vienne avant l'industrie, l'écrivait en 2019.\n\n"
     "Encore faut-il que la fibre arrive partout."),
    # E: an event article with S's actors: an event of its own, a week later
    ("E1", "E-RACHAT", 2, "Lyon Éco", "2026-11-17T10:00:00+01:00", "fr",
     "Verdalis rachète le verrier belge Glasmont pour 80 millions d'euros",
     "Le groupe Verdalis a annoncé mardi l'acquisition du verrier belge Glasmont pour 80 "
     "millions d'euros, une semaine après la grève de Saint-Priest.\n\nHugues Lambert "
     "promet que les deux sites belges seront conservés ; Martine Oudard demande des "
     "garanties pour les salariés français."),
]

PAIRS = [  # (a, b, together?) : what score.py checks
    ("S1", "S2", True), ("S1", "S3", True), ("T1", "T2", True), ("T1", "T3", True),
    ("S1", "T1", False),
    ("C1", "S1", True), ("C2", "S1", True),
    ("D1", "S1", False), ("D1", "T1", False),
    ("U1", "S1", False),
    ("E1", "S1", False),
]


def main() -> None:
    waves: dict[int, list[str]] = {1: [], 2: []}
    gold: dict = {"articles": {}, "pairs": PAIRS}
    for aid, story, wave, source, published, lang, title, text in A:
        url = f"https://example.org/r-rpm53/{aid.lower()}"
        waves[wave].append(json.dumps({"id": aid, "title": title, "text": text,
                                       "published": published, "source": source, "url": url,
                                       "language": lang}, ensure_ascii=False))
        gold["articles"][aid] = {"story": story, "url": url, "published": published}
    for w, lines in waves.items():
        with open(os.path.join(HERE, f"wave{w}.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
