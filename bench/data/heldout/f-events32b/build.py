#!/usr/bin/env python3
"""Build f-events32b: a second, smaller probe of f-events32's faults, written after the fix
(2026-12-04) and never used to tune it. Invented events and people, CC0. Same format as
../f-events32 (build.py writes wave1..3.jsonl and gold.json; score with ../f-events32/score.py
through score.sh)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.heldout_events import write_set  # noqa: E402  (the event sets' one builder)

HERE = Path(__file__).parent

A = [
    # Pyrénées-Atlantiques: a gas explosion in a house, a car off the road, a flood; a vote
    ("PA1", "PA-GAS", "independent", None, 1, "Sud Ouest", "2026-11-03T10:20:00+01:00", "fr",
     "Oloron-Sainte-Marie : une maison soufflée par une explosion de gaz",
     "Une maison a été soufflée mardi matin par une explosion de gaz dans le quartier "
     "Sainte-Croix à Oloron-Sainte-Marie (Pyrénées-Atlantiques). Une femme de 70 ans a été "
     "grièvement brûlée.\n\nLes pompiers ont évacué une dizaine de logements voisins. GRDF a "
     "coupé l'alimentation du quartier."),
    ("PB1", "PA-CAR", "independent", None, 1, "La République des Pyrénées", "2026-11-03T17:50:00+01:00", "fr",
     "Près d'Oloron, une voiture sort de la route dans la vallée d'Aspe, deux blessés",
     "Une voiture est sortie de la route mardi en fin d'après-midi sur la RN134 à Bedous, "
     "dans la vallée d'Aspe (Pyrénées-Atlantiques). Ses deux occupants ont été blessés et "
     "transportés à l'hôpital d'Oloron-Sainte-Marie.\n\nLe véhicule a dévalé un talus de "
     "dix mètres. La gendarmerie a ouvert une enquête."),
    ("PA2", "PA-GAS", "followup", "PA1", 2, "Sud Ouest", "2026-11-04T12:00:00+01:00", "fr",
     "Explosion d'Oloron : une fuite sur un raccord en cause",
     "L'explosion qui a détruit mardi une maison du quartier Sainte-Croix à "
     "Oloron-Sainte-Marie serait due à une fuite sur un raccord de la chaudière, selon les "
     "premières constatations.\n\nLa victime, brûlée au second degré, a été transférée au "
     "centre des grands brûlés de Bordeaux. Les habitants évacués ont regagné leur logement."),
    ("PC1", "PA-VOTE", "independent", None, 2, "La République des Pyrénées", "2026-11-04T20:30:00+01:00", "fr",
     "Oloron : le budget de la ville voté, au lendemain de l'explosion de Sainte-Croix",
     "Le conseil municipal d'Oloron-Sainte-Marie a voté mercredi soir le budget 2027, au "
     "lendemain de l'explosion du quartier Sainte-Croix, par 25 voix contre 8.\n\nLe budget "
     "prévoit 6 millions d'euros pour la rénovation des écoles. Le maire a ouvert la séance "
     "par un mot pour la victime.\n\nL'opposition a dénoncé une hausse des tarifs de la "
     "cantine."),
    ("PB2", "PA-CAR", "followup", "PB1", 3, "La République des Pyrénées", "2026-11-05T11:00:00+01:00", "fr",
     "Sortie de route à Bedous : le conducteur était ébloui",
     "Le conducteur de la voiture sortie de la route mardi à Bedous, dans la vallée d'Aspe, "
     "aurait été ébloui par le soleil, selon les gendarmes.\n\nLes deux blessés sont "
     "toujours hospitalisés à Oloron-Sainte-Marie, leurs jours ne sont pas en danger."),
    # Charente-Maritime: two boat fires in two ports the same week, a third item naming both
    ("CM1", "CM-ROYAN", "independent", None, 1, "Sud Ouest", "2026-07-06T07:30:00+02:00", "fr",
     "Royan : un voilier détruit par un incendie dans le port",
     "Un voilier de 12 mètres a été détruit par un incendie dans la nuit de dimanche à lundi "
     "dans le port de Royan (Charente-Maritime). Son propriétaire n'était pas à bord.\n\nLes "
     "pompiers ont protégé les bateaux voisins. Un barrage flottant a été posé."),
    ("CM2", "CM-HARBOUR", "independent", None, 2, "Sud Ouest", "2026-07-07T18:00:00+02:00", "fr",
     "Port de Royan : les plaisanciers demandent plus de surveillance",
     "Les plaisanciers du port de Royan (Charente-Maritime) ont demandé mardi à la régie du "
     "port plus de rondes de nuit, après le voilier brûlé lundi, lors d'une assemblée.\n\n"
     "Ils citent l'exemple du port de La Cotinière, équipé de caméras l'an dernier.\n\nLe "
     "directeur de la régie, Marc Duthil, a promis des caméras pour l'été prochain."),
    ("CM3", "CM-COTINIERE", "independent", None, 3, "Sud Ouest", "2026-07-08T07:10:00+02:00", "fr",
     "La Cotinière : un voilier ravagé par un incendie dans le port",
     "Un voilier de 10 mètres a été ravagé par un incendie dans le port de La Cotinière, à "
     "Saint-Pierre-d'Oléron (Charente-Maritime). Personne n'était à bord.\n\nUne vingtaine "
     "de pompiers sont intervenus. Le propriétaire a porté plainte."),
    # Northumberland (English): a bridge closed after a lorry strike, a flood; council decision
    ("NO1", "NO-BRIDGE", "independent", None, 1, "Northumberland Gazette", "2026-02-16T09:00:00+00:00", "en",
     "Lorry crash closes Alnmouth bridge",
     "A lorry crashed into the parapet of the bridge at Alnmouth on Monday morning, closing "
     "the road to the village.\n\nThe driver was not hurt. Northumberland County Council "
     "said engineers would inspect the bridge.\n\nBuses are being diverted."),
    ("NO2", "NO-FLOOD", "independent", None, 1, "BBC News", "2026-02-16T15:00:00+00:00", "en",
     "Flood warning as River Coquet bursts banks at Rothbury",
     "Homes in Rothbury were evacuated on Monday after the River Coquet burst its banks "
     "following heavy rain.\n\nThe Environment Agency issued a flood warning. Northumberland "
     "County Council opened a rest centre in the village hall."),
    ("NO3", "NO-COUNCIL", "independent", None, 2, "Northumberland Gazette", "2026-02-17T19:00:00+00:00", "en",
     "Northumberland council approves new school for Alnwick",
     "Northumberland County Council has approved plans for a new primary school in Alnwick, "
     "a day after the flood at Rothbury.\n\nThe £12m school will open in 2028. Council "
     "leader Jane Ridley said it would replace two older buildings."),
    ("NO4", "NO-FLOOD", "followup", "NO2", 2, "BBC News", "2026-02-17T10:00:00+00:00", "en",
     "Rothbury flood: residents begin clean-up",
     "Residents in Rothbury have begun cleaning up after the River Coquet flooded dozens of "
     "homes on Monday.\n\nThe Environment Agency said river levels were falling. The rest "
     "centre in the village hall will stay open."),
]

HARD = [["PA-GAS", "PA-CAR"], ["PA-GAS", "PA-VOTE"], ["CM-ROYAN", "CM-COTINIERE"],
        ["CM-ROYAN", "CM-HARBOUR"], ["NO-BRIDGE", "NO-FLOOD"], ["NO-FLOOD", "NO-COUNCIL"]]


def main() -> None:
    write_set(HERE, "f-events32b", A, HARD, waves=3)


if __name__ == "__main__":
    main()
