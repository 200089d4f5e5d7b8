#!/usr/bin/env python3
"""Build the h-entities64 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by h-entities64 (2026-12-07) before any code change, for issue 16 (false entities and
places: a town read as a person, a boat's name read as a place or person, a rank's words glued
to a name, a river read as the département named after it). CC0: every text, outlet and person
is invented. Checks: r-places58's score.py ("notlabel", h-t49b's "place" and "noplace") and
entity_checks' own ("ent", "noent").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

T = "2026-03-12T09:00:00+00:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": f"https://www.example.test/hent64/{slug}", "published": T, "checks": checks}


def town(name, country):
    """A town: never a person, a place of ``country``."""
    return [["notlabel", name, ["PER"]], ["place", name, "country", country]]


def boat(name):
    """A boat's name: no place mentioned as it, no LOC/PER mention holding it."""
    return [["notlabel", name, ["LOC", "PER"]], ["noplace", name, None]]


CASES = [
    case("t01", "it", "Ravenna, chiuso il ponte di via Gordini",
         ["Ravenna, 11 marzo 2026 - Il ponte di via Gordini resterà chiuso fino ad aprile, ha "
          "annunciato il Comune.",
          "Il Comune di Ravenna ha precisato che \"le navette saranno gratuite\". "
          "Ravenna conta di riaprire il ponte prima dell'estate."],
         town("Ravenna", "IT") + [["ent", "Comune di Ravenna", ["ORG", "NONE"]]]),
    case("t02", "es", "Zaragoza cierra el parque Grande por obras",
         ["El Ayuntamiento de Zaragoza ha cerrado el parque Grande hasta junio.",
          "\"Las obras son imprescindibles\", ha explicado el Ayuntamiento de Zaragoza en un "
          "comunicado. Zaragoza prevé reabrirlo antes del verano."],
         town("Zaragoza", "ES") + [["ent", "Ayuntamiento de Zaragoza", ["ORG", "NONE"]]]),
    case("t03", "pt", "Braga fecha mercado municipal para obras",
         ["A Câmara Municipal de Braga anunciou ontem o encerramento do mercado municipal "
          "durante dois meses.",
          "\"Os comerciantes serão realojados\", garantiu a Câmara Municipal de Braga. Braga "
          "espera reabrir o mercado em maio."],
         town("Braga", "PT") + [["ent", "Câmara Municipal de Braga", ["ORG", "NONE"]]]),
    case("t04", "de", "Göttingen sperrt die Weender Straße",
         ["Die Stadt Göttingen sperrt die Weender Straße ab Montag für drei Wochen.",
          "\"Wir bitten um Verständnis\", teilte die Stadt Göttingen mit. Göttingen plant die "
          "Freigabe vor Ostern."],
         town("Göttingen", "DE")),
    case("t05", "fr", "Colmar ferme la piscine Aqualia pour travaux",
         ["La mairie de Colmar a annoncé mardi la fermeture de la piscine Aqualia jusqu'en "
          "septembre.",
          "« Les nageurs seront accueillis à Sélestat », a précisé la mairie de Colmar. "
          "Colmar espère rouvrir le bassin à la rentrée."],
         town("Colmar", "FR")),
    case("b01", "fr", "Un caseyeur coule au large de Douarnenez",
         ["Le caseyeur Saint-Guénolé II a coulé dans la nuit de mardi à mercredi au large de "
          "Douarnenez. Ses quatre marins ont été secourus.",
          "Le Saint-Guénolé II, un navire de 14 mètres, rentrait au port. Le patron du "
          "Saint-Guénolé II, Yann Le Dréau, est sain et sauf."],
         boat("Guénolé") + [["place", "Douarnenez", "country", "FR"]]),
    case("b02", "es", "Rescatados cinco marineros del pesquero Nuestra Señora de Begoña",
         ["Cinco marineros del pesquero Nuestra Señora de Begoña fueron rescatados ayer frente "
          "a Burela tras una vía de agua.",
          "El Nuestra Señora de Begoña, con base en Burela, será remolcado hasta el puerto."],
         boat("Begoña")),
    case("b03", "it", "Il peschereccio San Cataldo rientra a Mazara del Vallo",
         ["Il peschereccio San Cataldo è rientrato ieri a Mazara del Vallo dopo dieci giorni in "
          "mare.",
          "L'equipaggio del San Cataldo ha raccontato la tempesta al largo di Lampedusa."],
         boat("Cataldo")),
    case("b04", "pt", "Arrastão Rosa Maria encalha em Peniche",
         ["O arrastão Rosa Maria encalhou esta manhã à entrada do porto de Peniche.",
          "Os seis tripulantes do Rosa Maria foram retirados pelos bombeiros de Peniche."],
         boat("Rosa Maria")),
    case("b05", "en", "Crew of the trawler Saint Brendan rescued off Cork",
         ["The crew of the trawler Saint Brendan were rescued off Cork on Tuesday, the coast "
          "guard said.",
          "The Saint Brendan had sent a distress call shortly after midnight."],
         boat("Brendan") + [["place", "Cork", "country", "IE"]]),
    case("b06", "fr", "Le ferry Pascal Ronsard bloqué à Calais",
         ["Le ferry Pascal Ronsard est resté bloqué à quai à Calais mercredi à cause du vent.",
          "Les 300 passagers du Pascal Ronsard ont été hébergés à Calais."],
         boat("Ronsard") + [["place", "Calais", "country", "FR"]]),
    case("r01", "fr", "Exercice de sauvetage en rade de Brest",
         ["Un exercice de sauvetage a mobilisé trois navires en rade de Brest, a indiqué le "
          "capitaine de corvette Hélène Guivarch, porte-parole de la préfecture maritime.",
          "Le lieutenant de vaisseau Thomas Kerlann commandait l'opération."],
         [["ent", "Hélène Guivarch", ["PER"]], ["ent", "Thomas Kerlann", ["PER"]],
          ["noent", "corvette"], ["noent", "vaisseau"]]),
    case("v01", "fr", "Crue : la Marne sort de son lit à Meaux",
         ["Les pompiers ont évacué douze maisons à Meaux, où la Marne est sortie de son lit "
          "dans la nuit.",
          "Les promeneurs qui longent la Marne sont priés de rester prudents."],
         [["noplace", "Marne", None], ["place", "Meaux", "country", "FR"]]),
    case("v02", "fr", "Deux kayakistes secourus dans le Tarn",
         ["Deux kayakistes ont été secourus mardi après avoir chaviré en descendant le Tarn "
          "près de Millau.",
          "Ils tentaient de traverser le Tarn à la nage."],
         [["noplace", "Tarn", None], ["place", "Millau", "country", "FR"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
