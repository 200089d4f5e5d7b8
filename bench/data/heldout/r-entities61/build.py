#!/usr/bin/env python3
"""Build the r-entities61 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by r-entities61 (2026-12-06) before any code change, for issue 16 (false entities and
places). CC0: every text, outlet and person is invented. Checks: r-places58's score.py
("notlabel", "nottown", "distinct", h-t49b's "place" and "noplace", entity_checks' own).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

T = "2026-02-20T10:00:00+00:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": f"https://www.example.test/rent61/{slug}", "published": T, "checks": checks}


def storm(name):
    """A storm's name: no place, no person, no LOC/PER mention holding it."""
    return [["notlabel", name, ["LOC", "PER"]], ["noplace", name, None]]


def at(name, country):
    return ["place", name, "country", country]


CASES = [
    # --- a name after a weather-event noun is an event's name (s), sentence-initial too ---
    case("s01", "fr", "Le cyclone Ambroise menace Madagascar",
         ["Le cyclone Ambroise a touché mercredi la côte est de Madagascar, a indiqué Météo "
          "Madagascar. À Toamasina, 3 000 personnes ont été évacuées.",
          "La tempête Lorient a ensuite balayé le sud de l'océan Indien. L'ouragan Tampa, "
          "lui, s'est dissipé au large."],
         [*storm("Ambroise"), *storm("Lorient"), *storm("Tampa"),
          ["notlabel", "cyclone", ["LOC", "PER"]], at("Toamasina", "MG")]),
    case("s02", "en", "Cyclone Harriet batters Queensland coast",
         ["Cyclone Harriet battered the Queensland coast on Tuesday, the Bureau of Meteorology "
          "said, cutting power to 40,000 homes in Mackay.",
          "Typhoon Durban later hit Okinawa, while the remnants of Hurricane Reno drifted "
          "over the Atlantic."],
         [*storm("Harriet"), *storm("Durban"), *storm("Reno"), at("Mackay", "AU")]),
    case("s03", "es", "El huracán Lidia golpea Baja California",
         ["El huracán Lidia golpeó el martes Baja California Sur, según el Servicio "
          "Meteorológico Nacional. En La Paz se suspendieron las clases.",
          "La tormenta tropical Granada se formó después en el Caribe, y la borrasca Oviedo "
          "dejó nieve en Asturias."],
         [*storm("Lidia"), *storm("Granada"), *storm("Oviedo")]),
    case("s04", "it", "Il ciclone Ottavio colpisce la Sicilia",
         ["Il ciclone Ottavio ha colpito la Sicilia orientale nella notte, ha detto la "
          "Protezione civile. A Catania è caduta la pioggia di un mese.",
          "L'uragano Lima si è intanto rafforzato nel Pacifico, e la tempesta Verona è attesa "
          "sulle Alpi."],
         [*storm("Ottavio"), *storm("Lima"), *storm("Verona"), at("Catania", "IT")]),
    case("s05", "pt", "O furacão Beatriz atinge os Açores",
         ["O furacão Beatriz atingiu na terça-feira o arquipélago dos Açores, segundo o IPMA. "
          "Em Ponta Delgada, as escolas fecharam.",
          "A tempestade Leiria deverá chegar ao continente no fim de semana, e a depressão "
          "Faro afasta-se para o norte."],
         [*storm("Beatriz"), *storm("Leiria"), *storm("Faro")]),
    case("s06", "de", "Der Orkan Zeynep trifft die Nordseeküste",
         ["Der Orkan Zeynep hat am Dienstag die Nordseeküste getroffen, teilte der Deutsche "
          "Wetterdienst mit. In Husum fiel der Strom aus.",
          "Das Sturmtief Paderborn zieht am Wochenende nach Polen, der Hurrikan Denver "
          "schwächt sich ab."],
         [*storm("Zeynep"), *storm("Paderborn"), *storm("Denver"), at("Husum", "DE")]),
    # --- a person named after a title or in apposition is no place (p) ---
    case("p01", "en", "Bristol mayor backs bus plan",
         ["The Mayor of Bristol, Tariq Mahmood, welcomed the plan but said it came too late. "
          "“Passengers have waited long enough,” he said.",
          "Chad Whitmore, a spokesman for the operator, said the first routes would open in "
          "May. Jordan Ellery, the council leader, agreed."],
         [["ent", "Tariq Mahmood", ["PER"]], ["noplace", "Tariq Mahmood", None],
          ["noplace", "Chad", None], ["noplace", "Jordan", None],
          ["noplace", "Mahmood", None], at("Bristol", "GB")]),
    case("p02", "pt", "Greve no metro de Almada",
         ["A greve parou o metro de superfície durante a manhã. “Lamentamos o incómodo”, "
          "afirmou o presidente da empresa, Rui Teixeira de Almada Coimbra.",
          "Segundo a vereadora Helena Braga, o serviço será retomado amanhã."],
         [["noplace", "Coimbra", None], ["noplace", "Braga", None],
          ["notlabel", "Coimbra", ["LOC"]], ["notlabel", "Braga", ["LOC"]]]),
    case("p03", "es", "La alcaldesa pide calma",
         ["«Pedimos calma a los vecinos», declaró la alcaldesa, Lucía Fernández de Córdoba, "
          "tras la reunión del pleno en Albacete.",
          "El portavoz de la oposición, Israel Toledo Zamora, criticó la gestión."],
         [["noplace", "Córdoba", None], ["noplace", "Toledo", None],
          ["noplace", "Zamora", None], ["noplace", "Israel", None],
          at("Albacete", "ES")]),
    case("p04", "it", "Il sindaco chiede fondi",
         ["«Servono fondi subito», ha dichiarato l'assessore Giulia Ferrara, dopo il consiglio "
          "comunale di Rovigo.",
          "Secondo il consigliere Paolo Messina, i lavori partiranno in autunno."],
         [["noplace", "Ferrara", None], ["noplace", "Messina", None],
          ["notlabel", "Giulia Ferrara", ["LOC"]], at("Rovigo", "IT")]),
    case("p05", "fr", "Le député réclame un audit",
         ["« Nous voulons la transparence », a déclaré le député Olivier Laval, mardi à "
          "Quimper. Selon la préfète, Claire Vannes-Roussel, un audit sera lancé.",
          "Le maire, Jean-Marc Verdun, a promis de publier les comptes."],
         [["noplace", "Laval", None], ["noplace", "Verdun", None],
          ["notlabel", "Olivier Laval", ["LOC"]], at("Quimper", "FR")]),
    case("p06", "de", "Landrat fordert Hilfe",
         ["„Wir brauchen jetzt Hilfe“, sagte der Landrat Thomas Minden am Montag in Detmold. "
          "Oberbürgermeisterin Sabine Hameln schloss sich an."],
         [["noplace", "Minden", None], ["noplace", "Hameln", None],
          ["notlabel", "Thomas Minden", ["LOC"]], at("Detmold", "DE")]),
    # --- a district named like a person is a place or nothing, never a person (d) ---
    case("d01", "fr", "Affrontements à Homs",
         ["Des affrontements ont opposé lundi des hommes armés des quartiers de Tell Zaatar "
          "et de Jabal Badawi, à Homs, selon une ONG."],
         [["ent", "Jabal Badawi", ["LOC", "NONE"]], ["ent", "Tell Zaatar", ["LOC", "NONE"]],
          at("Homs", "SY")]),
    case("d02", "en", "Clashes in Aleppo districts",
         ["Gunmen clashed overnight in the districts of Bab Sharqi and Hay Noura in Aleppo, "
          "a monitoring group said."],
         [["ent", "Hay Noura", ["LOC", "NONE"]], ["ent", "Bab Sharqi", ["LOC", "NONE"]]]),
    case("d03", "it", "Scontri a Tripoli",
         ["Scontri armati sono scoppiati nei quartieri di Souq Karima e di Abu Salim a Tripoli, "
          "secondo fonti locali."],
         [["ent", "Souq Karima", ["LOC", "NONE"]], ["ent", "Abu Salim", ["LOC", "NONE"]]]),
    case("d04", "es", "Tiroteo en Tánger",
         ["Un tiroteo se produjo el domingo en el barrio de Sidi Hamza, en Tánger, según la "
          "policía."],
         [["ent", "Sidi Hamza", ["LOC", "NONE"]], at("Tánger", "MA")]),
    # --- a word of the text's language is no place of another language's table (f) ---
    case("f01", "es", "Reunión en el Palau de Pedralbes",
         ["«Hemos llegado a un acuerdo», dijo el consejero, Jordi Puigvert, tras la reunión "
          "en el Palau de Pedralbes. Luego se celebró un concierto en el Palau Sant Jordi."],
         [["noplace", "Palau", None], ["noplace", "Palaos", None],
          ["noplace", "Palau de Pedralbes", None]]),
    case("f02", "es", "El president visita el Palau",
         ["El presidente de la Generalitat recibió a los alcaldes en el Palau el lunes. "
          "«Es un día importante», afirmó al salir del Palau."],
         [["noplace", "Palau", None]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
