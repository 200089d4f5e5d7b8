#!/usr/bin/env python3
"""Build r-events34's held-out set (written 2026-12-04 before veille was run on it).

Different accidents of one city (different vehicles, districts), in English and French, and
true follow-ups of some of them. Invented articles and people, free to reuse (CC0). Writes
``wave1.jsonl``..``wave2.jsonl`` and ``gold.json``. Score with ``score.sh``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.heldout_events import write_set  # noqa: E402  (the event sets' one builder)

HERE = Path(__file__).parent

# (gid, gold story, relation, of, wave, source, published, language, title, text)
A = [
    # --- Singapore, one Tuesday: a tour boat hits a barge on the river; a lorry overturns
    #     on an expressway in Jurong; follow-up of the boat ---
    ("SG1", "SG-BOAT", "independent", None, 1, "The Straits Courier", "2026-05-12T20:10:00+08:00", "en",
     "Tourist bumboat hits barge on Singapore River, six hurt",
     "Six people were hurt on Tuesday evening when a tourist bumboat struck a moored barge near "
     "Clarke Quay, the Singapore Civil Defence Force said.\n\nThree passengers were taken to "
     "Singapore General Hospital with cuts. The boat operator, River Cruise Co, said the skipper "
     "had lost sight of the barge in heavy rain.\n\nThe Maritime and Port Authority is "
     "investigating."),
    ("SG2", "SG-LORRY", "independent", None, 1, "Lion City Daily", "2026-05-12T21:40:00+08:00", "en",
     "Lorry overturns on PIE in Jurong, driver and two workers injured",
     "A lorry carrying construction workers overturned on the Pan-Island Expressway near "
     "Jurong on Tuesday evening, injuring the driver and two passengers.\n\nPolice said the "
     "44-year-old driver was taken to Ng Teng Fong General Hospital. Traffic was diverted for "
     "two hours.\n\nThe Singapore Civil Defence Force said one man had to be freed from the "
     "cabin."),
    ("SG3", "SG-BOAT", "followup", "SG1", 2, "Lion City Daily", "2026-05-14T09:00:00+08:00", "en",
     "Bumboat skipper suspended after Clarke Quay collision with barge",
     "The skipper of the bumboat that struck a barge near Clarke Quay on Tuesday has been "
     "suspended, River Cruise Co said.\n\nThe Maritime and Port Authority said its inquiry "
     "into the collision, which left six people hurt, would look at visibility on the river "
     "that evening."),
    # --- Montreal, one Saturday: a metro train derails at a station; a cyclist hit by a car
    #     on Plateau; follow-up of the cyclist ---
    ("MT1", "MTL-METRO", "independent", None, 1, "Le Devoir du Soir", "2026-09-19T18:30:00-04:00", "fr",
     "Une rame de métro déraille à la station Jean-Talon, quatre blessés légers",
     "Une rame de la ligne orange a déraillé samedi après-midi à l'entrée de la station "
     "Jean-Talon, à Montréal, faisant quatre blessés légers, selon la Société de transport "
     "de Montréal (STM).\n\nLes passagers ont été évacués par les tunnels. Le service a été "
     "interrompu entre Jarry et Beaubien jusqu'en soirée."),
    ("MT2", "MTL-VELO", "independent", None, 1, "Radio Métropole", "2026-09-19T20:05:00-04:00", "fr",
     "Plateau-Mont-Royal : une cycliste happée par une voiture rue Rachel",
     "Une cycliste de 31 ans a été grièvement blessée samedi soir, happée par une voiture à "
     "l'angle des rues Rachel et Saint-Denis, sur le Plateau-Mont-Royal.\n\nLe Service de "
     "police de la Ville de Montréal (SPVM) indique que la conductrice, 52 ans, est restée sur "
     "place. La victime a été transportée à l'hôpital dans un état critique."),
    ("MT3", "MTL-VELO", "followup", "MT2", 2, "Le Devoir du Soir", "2026-09-21T11:00:00-04:00", "fr",
     "Cycliste happée rue Rachel : la Ville promet une piste protégée",
     "Deux jours après qu'une cycliste a été happée par une voiture rue Rachel, au coin de "
     "Saint-Denis, la mairie de l'arrondissement du Plateau-Mont-Royal promet une piste "
     "cyclable protégée.\n\nLa victime, 31 ans, est toujours hospitalisée. Le SPVM poursuit "
     "son enquête sur la collision."),
    # --- Lisbon, one Friday: a tram derails in Alfama; a tourist coach and a car collide at
    #     Belém; a ferry hits the pier at Cacilhas; follow-up of the tram ---
    ("LX1", "LIS-TRAM", "independent", None, 1, "Portugal Resident News", "2026-03-06T13:15:00+00:00", "en",
     "Tram 28 derails in Alfama, three tourists hurt",
     "A number 28 tram came off its rails on a steep bend in Alfama on Friday morning, injuring "
     "three tourists, Lisbon's transport operator Carris said.\n\nThe tram was almost empty. "
     "Firefighters helped passengers out and the line was closed for the day."),
    ("LX2", "LIS-COACH", "independent", None, 1, "Lisbon Weekly", "2026-03-06T17:50:00+00:00", "en",
     "Tour coach and car collide near Belém monastery",
     "A tour coach and a car collided on Avenida da Índia near the Jerónimos Monastery in Belém "
     "on Friday afternoon. The car's driver was taken to hospital, police said.\n\nNone of the "
     "41 passengers on the coach was hurt."),
    ("LX3", "LIS-FERRY", "independent", None, 1, "Portugal Resident News", "2026-03-06T21:30:00+00:00", "en",
     "Ferry strikes pier at Cacilhas, 14 passengers hurt",
     "Fourteen passengers were hurt on Friday evening when a Transtejo ferry crossing the Tagus "
     "from Cais do Sodré struck the pier at Cacilhas, Lisbon's port authority said.\n\nFour "
     "were taken to hospital. The vessel was withdrawn from service."),
    ("LX4", "LIS-TRAM", "followup", "LX1", 2, "Lisbon Weekly", "2026-03-08T10:00:00+00:00", "en",
     "Carris checks brakes on all vintage trams after Alfama derailment",
     "Lisbon's transport operator Carris is checking the brakes of all its vintage trams after "
     "a number 28 tram derailed in Alfama on Friday, hurting three tourists.\n\nThe line "
     "reopened on Sunday with slower speeds on the bend."),
]

HARD = [["SG-BOAT", "SG-LORRY"], ["MTL-METRO", "MTL-VELO"], ["LIS-TRAM", "LIS-COACH"],
        ["LIS-TRAM", "LIS-FERRY"], ["LIS-COACH", "LIS-FERRY"]]


def main() -> None:
    write_set(HERE, "r-events34", A, HARD, waves=2)


if __name__ == "__main__":
    main()
