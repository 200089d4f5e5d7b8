"""Seeded generator of the h-batch62 held-out captures (CC0, invented outlets and people).

Local events of several towns in four languages: each town has three different events
(a fire, road works, a strike...) on nearby days, each told by one to three invented
outlets in different words. The event key is in each capture's URL (``/e-<key>-<n>``)
so score.py can tell a mixed story. Each outlet prints a menu, a byline of one of two
reporters and a date line at a fixed hour ("Publié le 05/03/2026 à 08h00"): the same
date and byline lines recur on several captures of one outlet, which the site's learnt
chrome (3 stored pages) must not take for chrome (t-final62 #1: it did, between batches).
``python gen.py OUTDIR [SEED]``: one folder per outlet, ingested with ``--source`` (the
chrome is learnt for sourced captures only).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

TOWNS = {
    "fr": ["Quimper", "Vannes", "Valence", "Colmar"],
    "es": ["Teruel", "Soria", "Cuenca"],
    "de": ["Passau", "Landshut", "Görlitz"],
    "it": ["Lecce", "Cremona", "Rovigo"],
}
EVENTS = {
    "fr": [("incendie", "{t} : un incendie ravage un entrepôt de meubles",
            "Un incendie s'est déclaré dans la nuit dans un entrepôt de meubles de la zone "
            "nord de {t}. {n} pompiers ont été mobilisés, a indiqué le commandant {p}."),
           ("pont", "{t} : le pont de la Gare fermé pour travaux",
            "La municipalité de {t} ferme le pont de la Gare pendant {n} jours pour des "
            "travaux d'étanchéité. Des déviations sont prévues, selon l'adjoint {p}."),
           ("greve", "{t} : grève des enseignants du lycée Jean-Moulin",
            "Les enseignants du lycée Jean-Moulin de {t} sont en grève contre la "
            "suppression de {n} postes, explique la déléguée syndicale {p}.")],
    "es": [("incendio", "{t}: un incendio destruye una nave de muebles",
            "Un incendio ha destruido esta madrugada una nave de muebles del polígono de "
            "{t}. {n} bomberos trabajaron en la extinción, según el jefe de bomberos {p}."),
           ("puente", "{t}: cortado el puente de la estación por obras",
            "El Ayuntamiento de {t} cierra el puente de la estación durante {n} días por "
            "obras de impermeabilización, ha explicado el concejal {p}."),
           ("huelga", "{t}: huelga de profesores en el instituto Goya",
            "Los profesores del instituto Goya de {t} están en huelga contra el recorte "
            "de {n} plazas, ha declarado la portavoz sindical {p}.")],
    "de": [("brand", "{t}: Brand zerstört Möbellager",
            "In der Nacht hat ein Brand ein Möbellager im Gewerbegebiet von {t} zerstört. "
            "{n} Feuerwehrleute waren im Einsatz, sagte Einsatzleiter {p}."),
           ("bruecke", "{t}: Bahnhofsbrücke wegen Bauarbeiten gesperrt",
            "Die Stadt {t} sperrt die Bahnhofsbrücke für {n} Tage wegen "
            "Abdichtungsarbeiten. Umleitungen sind ausgeschildert, so Baureferent {p}."),
           ("streik", "{t}: Lehrer am Goethe-Gymnasium streiken",
            "Die Lehrer des Goethe-Gymnasiums in {t} streiken gegen die Streichung von "
            "{n} Stellen, erklärte Gewerkschaftssprecherin {p}.")],
    "it": [("incendio", "{t}: incendio distrugge un magazzino di mobili",
            "Un incendio ha distrutto nella notte un magazzino di mobili nella zona "
            "industriale di {t}. Sul posto {n} vigili del fuoco, ha detto il comandante {p}."),
           ("ponte", "{t}: chiuso il ponte della stazione per lavori",
            "Il Comune di {t} chiude il ponte della stazione per {n} giorni per lavori di "
            "impermeabilizzazione, ha spiegato l'assessore {p}."),
           ("sciopero", "{t}: sciopero dei docenti al liceo Volta",
            "I docenti del liceo Volta di {t} scioperano contro il taglio di {n} posti, "
            "ha dichiarato la sindacalista {p}.")],
}
FILLER = {
    "fr": ["Les riverains ont été informés par la mairie.", "Une réunion publique est prévue "
           "jeudi.", "Le préfet suit le dossier.", "Les commerçants du quartier s'inquiètent."],
    "es": ["Los vecinos fueron informados por el ayuntamiento.", "Habrá una reunión "
           "informativa el jueves.", "La subdelegación sigue el caso.",
           "Los comerciantes de la zona están preocupados."],
    "de": ["Die Anwohner wurden von der Stadt informiert.", "Am Donnerstag gibt es eine "
           "Bürgerversammlung.", "Das Landratsamt verfolgt den Fall.",
           "Die Händler im Viertel sind besorgt."],
    "it": ["I residenti sono stati informati dal Comune.", "Giovedì è prevista un'assemblea "
           "pubblica.", "La prefettura segue la vicenda.",
           "I commercianti della zona sono preoccupati."],
}
DATELINE = {"fr": "Publié le {d:02d}/03/2026 à {h:02d}h00", "es": "Publicado el {d:02d}/03/2026 "
            "a las {h:02d}:00", "de": "Veröffentlicht am {d:02d}.03.2026 um {h:02d}:00 Uhr",
            "it": "Pubblicato il {d:02d}/03/2026 alle {h:02d}:00"}
BY = {"fr": "Par", "es": "Por", "de": "Von", "it": "Di"}
MENU = {"fr": "Accueil  Région  Sports  Météo", "es": "Portada  Provincia  Deportes  Tiempo",
        "de": "Startseite  Region  Sport  Wetter", "it": "Home  Provincia  Sport  Meteo"}
OUTLETS = ["gazette-du-val.example", "diario-norte.example", "kurier-sued.example",
           "eco-provincia.example"]
FIRST = ["Anouk", "Berit", "Ciro", "Dagny", "Eneko", "Fiora", "Gaspard", "Hilde", "Iker",
         "Jolanda"]
LAST = ["Varennec", "Oyarbide", "Kesselring", "Pellizzari", "Moravec", "Quintanal",
        "Brambach", "Ferreol"]


def captures(seed: int) -> list[tuple[str, str]]:
    """(file name, text) of each capture, shuffled by ``seed``."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for lang, towns in TOWNS.items():
        for t_i, town in enumerate(towns):
            for e_i, (key, title, lead) in enumerate(EVENTS[lang]):
                day = 3 + t_i + e_i  # the town's three events on close days
                n = rng.randint(12, 90)
                person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                for c in range(rng.randint(1, 3)):
                    outlet = OUTLETS[(t_i + e_i + c) % len(OUTLETS)]
                    slug = f"{lang}-{town.lower()}-{key}"
                    fill = rng.sample(FILLER[lang], 2)
                    o_i = OUTLETS.index(outlet)
                    reporter = f"{FIRST[(o_i * 2 + c) % len(FIRST)]} {LAST[o_i * 2 % len(LAST)]}"
                    text = (f"https://www.{outlet}/{lang}/2026/03/{day:02d}/e-{slug}-{c}.html\n"
                            f"{MENU[lang]}\n"
                            f"{title.format(t=town)}\n"
                            f"{BY[lang]} {reporter}\n"
                            f"{DATELINE[lang].format(d=day, h=8 + o_i)}\n"
                            f"{lead.format(t=town, n=n, p=person)}\n"
                            f"{fill[0]} {fill[1]}\n")
                    out.append((f"{slug}-{c}.txt", text))
    rng.shuffle(out)
    return [(f"{text.split('/')[2].removeprefix('www.')}/{i:03d}-{name}", text)
            for i, (name, text) in enumerate(out)]


def main() -> None:
    out = Path(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 62
    out.mkdir(parents=True, exist_ok=True)
    for name, text in captures(seed):
        (out / name).parent.mkdir(exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
