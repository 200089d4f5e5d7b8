#!/usr/bin/env python3
"""Build f-events33's held-out set (written 2026-12-04 before veille was run on it).

Follow-up chains: an event, then articles days later whose own lead is a new development
(an arrest, charges, an inquiry, a trial, compensation) and which refer back to the event
(its noun, its place, its date, the firm or body involved); distractor events of the same
towns and days, some with the same kind of development (another arrest, another garde à
vue). Invented articles and people, free to reuse (CC0). Writes ``wave1.jsonl``..
``wave3.jsonl`` (one ingest each, in that order) and ``gold.json``. Score with ``score.sh``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.heldout_events import write_set  # noqa: E402  (the event sets' one builder)

HERE = Path(__file__).parent

# (gid, gold story, relation, of, wave, source, published, language, title, text)
A = [
    # --- Drôme: a cardboard-works fire at Portes-lès-Valence, a barn fire, a council vote, an
    #     A7 lorry crash in the same commune (and its own garde à vue) ---
    ("DA1", "DRO-CARTON", "independent", None, 1, "Le Dauphiné libéré", "2026-02-10T06:55:00+01:00", "fr",
     "Portes-lès-Valence : la Cartonnerie Rhodanienne détruite par les flammes",
     "Un incendie s'est déclaré dans la nuit de lundi à mardi dans les ateliers de la "
     "Cartonnerie Rhodanienne, rue des Frères-Lumière à Portes-lès-Valence (Drôme). Soixante "
     "sapeurs-pompiers ont lutté pendant cinq heures contre les flammes.\n\nLe bâtiment "
     "principal, 6 000 m², est entièrement détruit. Aucun blessé n'est à déplorer. Les "
     "fumées ont conduit la préfecture à demander aux riverains de garder leurs fenêtres "
     "fermées.\n\n« Tout est parti en quelques minutes », témoigne un voisin."),
    ("DA2", "DRO-CARTON", "followup", "DA1", 1, "France Bleu Drôme Ardèche", "2026-02-10T09:10:00+01:00", "fr",
     "Incendie de la Cartonnerie Rhodanienne : 60 salariés sans outil de travail",
     "Au lendemain du feu qui a ravagé la Cartonnerie Rhodanienne à Portes-lès-Valence, la "
     "direction a réuni mardi matin les 60 salariés du site. « L'activité est à l'arrêt pour "
     "plusieurs mois », a reconnu le directeur, Gilles Arnaud.\n\nLes pompiers de la Drôme "
     "restent sur place pour surveiller les points chauds. La gendarmerie a ouvert une "
     "enquête."),
    ("DB1", "DRO-BARN", "independent", None, 1, "Le Dauphiné libéré", "2026-02-12T21:30:00+01:00", "fr",
     "Étoile-sur-Rhône : un hangar agricole part en fumée, 200 tonnes de foin perdues",
     "Un hangar agricole a brûlé jeudi soir au quartier des Gouvernes à Étoile-sur-Rhône "
     "(Drôme). Vingt-cinq pompiers sont intervenus. 200 tonnes de foin et deux tracteurs ont "
     "été détruits.\n\nL'exploitant, Régis Chabert, a pu sortir ses bêtes à temps. Un "
     "court-circuit est envisagé."),
    ("DC1", "DRO-TRAM", "independent", None, 1, "Le Dauphiné libéré", "2026-02-11T22:15:00+01:00", "fr",
     "Valence Romans Agglo : le conseil vote le projet de bus à haut niveau de service",
     "Le conseil communautaire de Valence Romans Agglo a voté mercredi soir le tracé de la "
     "future ligne de bus à haut niveau de service entre Valence et Portes-lès-Valence, par 61 "
     "voix contre 12.\n\nLe chantier, estimé à 48 millions d'euros, doit débuter en 2027. "
     "L'opposition juge le calendrier « irréaliste »."),
    ("DD1", "DRO-A7", "independent", None, 2, "France Bleu Drôme Ardèche", "2026-02-15T08:40:00+01:00", "fr",
     "A7 : un poids lourd se couche à hauteur de Portes-lès-Valence, l'autoroute coupée",
     "Un poids lourd transportant des palettes s'est couché dimanche vers 5 heures sur l'A7 "
     "dans le sens nord-sud, à hauteur de Portes-lès-Valence. Son chauffeur, légèrement "
     "blessé, a été transporté à l'hôpital de Valence.\n\nL'autoroute a été coupée pendant "
     "trois heures. Des bouchons de 12 km se sont formés."),
    ("DA3", "DRO-CARTON", "followup", "DA1", 2, "Le Dauphiné libéré", "2026-02-16T17:20:00+01:00", "fr",
     "Portes-lès-Valence : un ancien sous-traitant mis en examen pour destruction volontaire",
     "Un homme de 38 ans a été mis en examen lundi pour destruction volontaire par incendie et "
     "placé sous contrôle judiciaire, a annoncé le parquet de Valence. Il avait travaillé "
     "jusqu'en décembre comme sous-traitant pour la Cartonnerie Rhodanienne, dont les ateliers "
     "ont brûlé dans la nuit du 9 au 10 février.\n\nLes images d'une caméra d'un riverain "
     "l'auraient montré près du site vers minuit. Il nie toute implication."),
    ("DD2", "DRO-A7", "followup", "DD1", 3, "Le Dauphiné libéré", "2026-02-17T12:05:00+01:00", "fr",
     "Poids lourd couché sur l'A7 : le chauffeur placé en garde à vue",
     "Le chauffeur du poids lourd qui s'était couché dimanche sur l'A7 à hauteur de "
     "Portes-lès-Valence a été placé en garde à vue mardi. Les analyses ont révélé un taux "
     "d'alcool de 1,2 g par litre de sang, selon le parquet de Valence.\n\nSon employeur, un "
     "transporteur de l'Ain, a annoncé sa mise à pied."),
    ("DA4", "DRO-CARTON", "followup", "DA1", 3, "France Bleu Drôme Ardèche", "2026-02-24T11:30:00+01:00", "fr",
     "Les salariés de la Cartonnerie Rhodanienne reclassés sur le site de Livron",
     "Deux semaines après l'incendie de leur usine de Portes-lès-Valence, 45 des 60 salariés "
     "de la Cartonnerie Rhodanienne vont rejoindre dès lundi le site du groupe à Livron-sur-"
     "Drôme, a annoncé la direction.\n\nLes quinze autres bénéficieront d'un chômage partiel "
     "financé par l'assureur. « Personne ne sera licencié », assure Gilles Arnaud."),

    # --- Gironde: a balcony collapse at Libourne, a Dordogne flood, a jeweller's robbery and
    #     its own arrests ---
    ("GA1", "GIR-BALCON", "independent", None, 1, "Sud Ouest", "2026-04-18T23:10:00+02:00", "fr",
     "Libourne : un balcon s'effondre pendant un mariage, sept blessés",
     "Un balcon du premier étage d'un immeuble de la rue Montesquieu, à Libourne (Gironde), "
     "s'est effondré samedi vers 19 heures alors que des invités d'un mariage s'y trouvaient. "
     "Sept personnes ont été blessées, dont deux grièvement, selon les pompiers.\n\nLes "
     "blessés ont été transportés au CHU de Bordeaux et à l'hôpital Robert-Boulin. "
     "L'immeuble a été évacué par précaution."),
    ("GB1", "GIR-CRUE", "independent", None, 1, "Sud Ouest", "2026-04-20T12:40:00+02:00", "fr",
     "Crue de la Dordogne : les quais de Libourne sous les eaux",
     "La Dordogne est sortie de son lit lundi matin à Libourne, où les quais ont été "
     "inondés sur près d'un kilomètre. La vigilance orange crues a été déclenchée par la "
     "préfecture.\n\nUne vingtaine de commerces ont dû fermer. Le pic est attendu dans la "
     "nuit avec la marée haute."),
    ("GC1", "GIR-BIJOU", "independent", None, 2, "France 3 Aquitaine", "2026-04-22T18:25:00+02:00", "fr",
     "Libourne : braquage à main armée dans une bijouterie du centre-ville",
     "Deux hommes armés et casqués ont braqué mercredi après-midi la bijouterie Lasserre, "
     "place Abel-Surchamp à Libourne. Ils sont repartis à scooter avec des montres et des "
     "bagues d'une valeur estimée à 150 000 euros.\n\nLa gérante, choquée, n'a pas été "
     "blessée."),
    ("GA2", "GIR-BALCON", "followup", "GA1", 2, "Sud Ouest", "2026-04-27T16:00:00+02:00", "fr",
     "Effondrement mortel d'un balcon à Libourne : le propriétaire mis en examen",
     "Le propriétaire de l'immeuble de la rue Montesquieu a été mis en examen lundi pour "
     "homicide et blessures involontaires, une semaine après l'effondrement du balcon qui a "
     "fait sept blessés le 18 avril à Libourne. L'une des victimes, une femme de 61 ans, est "
     "morte jeudi au CHU de Bordeaux.\n\nSelon le parquet de Libourne, un rapport d'expert "
     "avait signalé dès 2023 la corrosion des fers du balcon."),
    ("GC2", "GIR-BIJOU", "followup", "GC1", 3, "Sud Ouest", "2026-04-29T09:15:00+02:00", "fr",
     "Braquage de la bijouterie de Libourne : deux suspects interpellés à Bordeaux",
     "Deux hommes de 22 et 25 ans ont été interpellés mardi à Bordeaux, une semaine après le "
     "braquage de la bijouterie Lasserre, place Abel-Surchamp à Libourne. Une partie des "
     "montres a été retrouvée.\n\nIls ont été placés en garde à vue, selon le parquet de "
     "Libourne."),
    ("GA3", "GIR-BALCON", "followup", "GA1", 3, "France 3 Aquitaine", "2026-05-06T19:00:00+02:00", "fr",
     "Balcon effondré de la rue Montesquieu : la mairie fait contrôler 300 balcons",
     "La mairie de Libourne va faire inspecter 300 balcons anciens du centre-ville après "
     "l'effondrement survenu le 18 avril rue Montesquieu, pendant un mariage, a annoncé le "
     "maire mardi soir en conseil municipal.\n\nLes propriétaires devront présenter un "
     "diagnostic avant l'été."),

    # --- Lancashire: a blast at a Preston paint works, a bus crash, a market-hall vote ---
    ("LA1", "LAN-BLAST", "independent", None, 1, "Lancashire Post", "2026-06-03T14:20:00+01:00", "en",
     "Two workers hurt in explosion at Preston paint factory",
     "Two workers were taken to hospital after an explosion at the Ribble Coatings factory "
     "on the Red Scar industrial estate in Preston on Wednesday morning.\n\nLancashire Fire "
     "and Rescue Service said six engines attended and the blaze that followed the blast was "
     "put out by midday. One man has serious burns.\n\nNearby units were evacuated as a "
     "precaution."),
    ("LC1", "LAN-MARKET", "independent", None, 1, "Lancashire Post", "2026-06-04T21:00:00+01:00", "en",
     "Preston council backs £12m revamp of the covered market",
     "Preston City Council's cabinet on Thursday approved a £12m plan to refurbish the "
     "Victorian covered market on Earl Street.\n\nWork is due to start next spring. Traders "
     "will move to temporary stalls on the Flag Market during the works."),
    ("LB1", "LAN-BUS", "independent", None, 1, "BBC News", "2026-06-05T08:50:00+01:00", "en",
     "Preston: bus hits shop front on Fishergate, eleven injured",
     "Eleven people were injured when a double-decker bus mounted the pavement and hit a "
     "shop front on Fishergate in Preston city centre on Thursday evening.\n\nNorth West "
     "Ambulance Service said three people were taken to the Royal Preston Hospital with "
     "serious injuries. The road was closed overnight."),
    ("LB2", "LAN-BUS", "followup", "LB1", 2, "BBC News", "2026-06-07T12:30:00+01:00", "en",
     "Fishergate bus crash: driver arrested",
     "The driver of the bus that mounted the pavement on Fishergate in Preston on Thursday "
     "has been arrested on suspicion of causing serious injury by dangerous driving, "
     "Lancashire Police said.\n\nThe 57-year-old man has been released on bail. Two of the "
     "eleven people hurt remain in hospital."),
    ("LA2", "LAN-BLAST", "followup", "LA1", 2, "BBC News", "2026-06-11T10:05:00+01:00", "en",
     "HSE opens investigation into Ribble Coatings blast",
     "The Health and Safety Executive has opened an investigation into the explosion at the "
     "Ribble Coatings factory in Preston on 3 June that left two workers injured.\n\nThe "
     "firm said it was co-operating fully. Inspectors are examining a mixing vessel in which "
     "solvent vapour is thought to have ignited. The worker with serious burns is still "
     "being treated in Manchester."),
    ("LA3", "LAN-BLAST", "followup", "LA1", 3, "Lancashire Post", "2026-06-19T16:45:00+01:00", "en",
     "Ribble Coatings to pay staff in full while Preston plant is rebuilt",
     "Staff at Ribble Coatings will be paid in full while the paint works damaged in this "
     "month's explosion is rebuilt, the company has announced.\n\nManaging director Alison "
     "Thwaite said the 140 workers at the Red Scar site in Preston would be offered shifts "
     "at the firm's Blackburn plant until production restarts in the autumn."),

    # --- Norfolk: a grain-store fire at King's Lynn, a caravan-park fire, a river rescue ---
    ("NA1", "NOR-GRAIN", "independent", None, 1, "Eastern Daily Press", "2026-08-15T07:30:00+01:00", "en",
     "Huge fire destroys grain store in King's Lynn",
     "A grain store belonging to Fenland Grain on the Estuary Road industrial area in King's "
     "Lynn was destroyed by fire overnight.\n\nNorfolk Fire and Rescue Service sent twelve "
     "crews at the height of the blaze, which started shortly before midnight on Friday. "
     "Residents were told to keep windows shut because of the smoke. No one was hurt."),
    ("NC1", "NOR-RIVER", "independent", None, 1, "Lynn News", "2026-08-16T18:10:00+01:00", "en",
     "Boy pulled from the Great Ouse in King's Lynn",
     "A ten-year-old boy was rescued from the River Great Ouse near the South Quay in King's "
     "Lynn on Sunday afternoon after falling from the bank.\n\nA passer-by jumped in to hold "
     "him until the lifeboat crew arrived. He was taken to the Queen Elizabeth Hospital as a "
     "precaution."),
    ("NB1", "NOR-CARAVAN", "independent", None, 2, "Eastern Daily Press", "2026-08-17T22:40:00+01:00", "en",
     "Caravans destroyed in holiday park fire at Hunstanton",
     "Four static caravans were destroyed in a fire at a holiday park in Hunstanton on "
     "Monday evening.\n\nHolidaymakers were moved to the clubhouse while crews from Hunstanton "
     "and King's Lynn tackled the flames. A gas bottle is believed to have exploded."),
    ("NA2", "NOR-GRAIN", "followup", "NA1", 2, "Lynn News", "2026-08-21T15:20:00+01:00", "en",
     "Man charged with arson over King's Lynn grain store fire",
     "A 29-year-old man has been charged with arson after the fire that destroyed the Fenland "
     "Grain store in King's Lynn on the night of 14 August, Norfolk Police said.\n\nHe is due "
     "to appear before magistrates in King's Lynn on Monday. Detectives had appealed for "
     "dashcam footage from Estuary Road."),
    ("NA3", "NOR-GRAIN", "followup", "NA1", 3, "Eastern Daily Press", "2026-08-25T13:00:00+01:00", "en",
     "Grain store arson: accused remanded in custody",
     "A man accused of starting the fire at Fenland Grain's King's Lynn store has been "
     "remanded in custody by magistrates.\n\nThe 29-year-old spoke only to confirm his name. "
     "The case was sent to Norwich Crown Court. The company said the loss of its 8,000-tonne "
     "store had cost about £2m."),

    # --- Haute-Savoie: a fatal boat collision on Lake Annecy, a drowning at Sevrier ---
    ("HA1", "HSV-COLLISION", "independent", None, 1, "Le Dauphiné libéré", "2026-07-02T20:30:00+02:00", "fr",
     "Lac d'Annecy : une collision entre un bateau à moteur et un paddle fait un mort",
     "Un homme de 45 ans pratiquant le paddle est mort jeudi après-midi après avoir été "
     "percuté par un bateau à moteur au large de Talloires, sur le lac d'Annecy.\n\nLe pilote "
     "du bateau, un homme de 30 ans, a été interpellé par la brigade nautique de la "
     "gendarmerie. Une enquête pour homicide involontaire a été ouverte."),
    ("HB1", "HSV-NOYADE", "independent", None, 2, "France Bleu Pays de Savoie", "2026-07-05T17:45:00+02:00", "fr",
     "Sevrier : un adolescent se noie dans le lac d'Annecy",
     "Un adolescent de 15 ans s'est noyé dimanche après-midi à la plage de Sevrier, au bord "
     "du lac d'Annecy, malgré l'intervention rapide des maîtres-nageurs.\n\nIl se baignait "
     "hors de la zone surveillée avec des amis. Les secours n'ont pas pu le réanimer."),
    ("HA2", "HSV-COLLISION", "followup", "HA1", 3, "Le Dauphiné libéré", "2026-07-11T14:10:00+02:00", "fr",
     "Annecy : le pilote du bateau condamné à deux ans de prison dont un ferme",
     "Le tribunal correctionnel d'Annecy a condamné vendredi à deux ans de prison, dont un "
     "ferme, le pilote du bateau à moteur qui avait percuté un paddle au large de Talloires "
     "le 2 juillet, tuant un homme de 45 ans.\n\nJugé en comparution immédiate, le prévenu, "
     "qui naviguait à plus de 50 km/h, a exprimé ses regrets à la famille de la victime. Son "
     "permis bateau est annulé."),
]

HARD = [["DRO-CARTON", "DRO-BARN"], ["DRO-CARTON", "DRO-TRAM"], ["DRO-CARTON", "DRO-A7"],
        ["GIR-BALCON", "GIR-CRUE"], ["GIR-BALCON", "GIR-BIJOU"], ["LAN-BLAST", "LAN-BUS"],
        ["LAN-BLAST", "LAN-MARKET"], ["NOR-GRAIN", "NOR-CARAVAN"], ["NOR-GRAIN", "NOR-RIVER"],
        ["HSV-COLLISION", "HSV-NOYADE"]]


def main() -> None:
    write_set(HERE, "f-events33", A, HARD, waves=3)


if __name__ == "__main__":
    main()
