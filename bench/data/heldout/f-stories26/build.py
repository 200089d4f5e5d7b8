#!/usr/bin/env python3
"""Build f-stories26's held-out story pairs (written 2026-12-03 before veille was run on them).

Six pairs of two different events that share a coarse kind, a place, an institution or an
official quoted in both (t-reader25 R1 D, t-final25 F1 / F8 and q-stories25's shapes): D1 an
avalanche at Tignes vs a landslide in the Maurienne the next day (both "disaster", Savoie,
the préfet quoted in both); D2 a drone sighting halting Nice airport vs an aborted take-off
there the same afternoon (the airport's spokeswoman quoted in both); D3 Rouen cathedral's
restored rose window unveiled vs a deadly flat fire in Rouen the same day (the mayor quoted
in both); D4 a passenger hit by a train on Toulouse's metro line A in the morning vs line B
stopped by a signalling failure in the evening (Tisséo quoted in both); D5 a migrant boat
capsized off Wimereux vs another capsized off Gravelines two days later, whose dispatch
recalls the first (the préfet maritime quoted in both); D6 an earthquake felt in the Béarn
vs the gave d'Oloron flooding the next day (the préfet des Pyrénées-Atlantiques quoted in
both). Six true follow-ups, each naming its place differently or quoting other officials:
F1 the avalanche's toll rising ("en Tarentaise", the procureur d'Albertville); F2 the drone
inquiry (the gendarmerie des transports aériens); F3 the fire's victim identified (the
procureur); F4 line B back in service; F5 the Wimereux survivors' account ("après le
chavirage de leur bateau"); F6 the earthquake's damage in a village of the Barétous.
Invented articles and people, free to reuse. Writes ``articles.jsonl`` and ``gold.json``
in t-reader22's format (score with ``../t-reader22/score.py``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    # D1: Savoie, an avalanche at Tignes (Monday), a landslide in the Maurienne (Tuesday).
    ("D1a", "D1", "AFP", "2026-02-09T16:05:00+01:00",
     "Savoie : deux skieurs tués par une avalanche à Tignes",
     "Deux skieurs ont été tués lundi en début d'après-midi par une avalanche sur le domaine "
     "hors-piste de Tignes (Savoie), dans le secteur de la Grande Motte, a-t-on appris auprès "
     "de la préfecture.\n\nUn troisième skieur, grièvement blessé, a été héliporté vers "
     "l'hôpital de Moûtiers. Les secouristes du peloton de gendarmerie de haute montagne "
     "(PGHM) de Bourg-Saint-Maurice ont dégagé les victimes après quarante minutes de "
     "recherches.\n\n« Le risque d'avalanche était de 4 sur 5, nous avions appelé à la plus "
     "grande prudence », a rappelé le préfet de la Savoie, Jean-Marc Delorme."),
    ("F1a", "D1", "Le Dauphiné libéré", "2026-02-10T11:30:00+01:00",
     "Tarentaise : le bilan de l'avalanche de la Grande Motte passe à trois morts",
     "Le skieur grièvement blessé lundi par l'avalanche de la Grande Motte est mort dans la "
     "nuit à l'hôpital, portant le bilan à trois morts, a annoncé mardi le parquet "
     "d'Albertville.\n\nLes trois hommes, âgés de 28 à 41 ans, skiaient sans guide dans un "
     "couloir fermé de la station savoyarde. « Une enquête pour homicides involontaires a été "
     "ouverte », a indiqué la procureure, Claire Ferrand.\n\nLa station a rappelé que le "
     "hors-piste se pratique aux risques et périls des skieurs."),
    ("D1b", "D1x", "France Bleu Pays de Savoie", "2026-02-10T18:20:00+01:00",
     "Savoie : un glissement de terrain coupe la route de la Maurienne, un automobiliste tué",
     "Un automobiliste a été tué mardi après-midi par un glissement de terrain qui a emporté "
     "la route départementale 1006 à Saint-Michel-de-Maurienne (Savoie), après plusieurs "
     "jours de pluie et de redoux.\n\nSa voiture a été ensevelie sous des milliers de mètres "
     "cubes de boue et de rochers. Les pompiers et les gendarmes ont dégagé le corps en "
     "soirée. La route restera fermée plusieurs semaines.\n\n« La montagne bouge partout avec "
     "ce redoux, la prudence s'impose », a déclaré le préfet de la Savoie, Jean-Marc "
     "Delorme."),
    # D2: Nice airport, the same day: a drone sighting in the morning, an aborted take-off
    # in the afternoon.
    ("D2a", "D2", "Nice-Matin", "2026-04-14T11:45:00+02:00",
     "Aéroport de Nice : le trafic interrompu une heure après le survol d'un drone",
     "Le trafic aérien a été interrompu pendant une heure mardi matin à l'aéroport Nice "
     "Côte d'Azur après qu'un drone a été repéré au-dessus des pistes par un équipage.\n\n"
     "Quatorze vols ont été retardés et trois déroutés vers Marseille. « La sécurité des "
     "passagers ne se négocie pas », a indiqué la porte-parole de l'aéroport, Sophie "
     "Marchetti.\n\nLe télépilote n'a pas été identifié."),
    ("D2b", "D2x", "AFP", "2026-04-14T17:50:00+02:00",
     "Nice : un Airbus interrompt son décollage, 180 passagers évacués par les toboggans",
     "Un Airbus A320 de la compagnie Volotea à destination de Nantes a dû interrompre son "
     "décollage mardi après-midi à l'aéroport Nice Côte d'Azur après un éclatement de pneu, "
     "et ses 180 passagers ont été évacués par les toboggans.\n\nCinq passagers ont été "
     "légèrement blessés lors de l'évacuation. La piste sud a été fermée deux heures. « Les "
     "équipes ont réagi de manière exemplaire », a déclaré la porte-parole de l'aéroport, "
     "Sophie Marchetti.\n\nLe BEA a ouvert une enquête."),
    ("F2a", "D2", "France 3 Côte d'Azur", "2026-04-15T15:10:00+02:00",
     "Drone au-dessus des pistes de Nice : une enquête ouverte pour mise en danger",
     "Le parquet de Nice a ouvert mercredi une enquête pour mise en danger de la vie "
     "d'autrui après le survol d'un drone au-dessus des pistes, qui avait paralysé "
     "l'aéroport mardi matin.\n\nLes investigations ont été confiées à la brigade de "
     "gendarmerie des transports aériens, qui exploite les images des caméras du périmètre. "
     "« Faire voler un drone près d'un aéroport est un délit », a rappelé le commandant "
     "Luc Giraud.\n\nLe télépilote encourt un an de prison et 75 000 euros d'amende."),
    # D3: Rouen, the same day: the cathedral's rose window unveiled, a deadly flat fire.
    ("D3a", "D3", "Paris-Normandie", "2026-06-03T12:15:00+02:00",
     "Rouen : la rosace restaurée de la cathédrale dévoilée",
     "Après trois ans de travaux, la grande rosace du portail des Libraires de la "
     "cathédrale Notre-Dame de Rouen a été dévoilée mercredi matin au public, débarrassée de "
     "ses échafaudages.\n\nLes maîtres verriers ont remplacé 40 % des vitraux d'origine et "
     "consolidé le réseau de pierre. « C'est un joyau rendu aux Rouennais », s'est félicité "
     "le maire de Rouen, Nicolas Mayer.\n\nLe chantier a coûté 4,2 millions d'euros, "
     "financés par l'État et le mécénat."),
    ("D3b", "D3x", "Actu Rouen", "2026-06-03T19:40:00+02:00",
     "Rouen : une femme meurt dans l'incendie de son appartement rue Saint-Hilaire",
     "Une femme de 67 ans est morte mercredi après-midi dans l'incendie de son appartement, "
     "au troisième étage d'un immeuble de la rue Saint-Hilaire, à Rouen.\n\nUne trentaine de "
     "pompiers sont intervenus ; douze habitants ont été évacués et deux voisins, "
     "intoxiqués par les fumées, ont été transportés au CHU. « Nos pensées vont à ses "
     "proches », a réagi le maire de Rouen, Nicolas Mayer.\n\nLa police a ouvert une "
     "enquête pour déterminer l'origine du feu."),
    ("F3a", "D3x", "Paris-Normandie", "2026-06-04T16:00:00+02:00",
     "Incendie mortel à Rouen : un mégot de cigarette en cause",
     "Le feu qui a coûté la vie mercredi à une retraitée dans son appartement de la rue "
     "Saint-Hilaire est parti d'un mégot de cigarette mal éteint, a indiqué jeudi le parquet "
     "de Rouen.\n\nLa victime, Monique Lefort, vivait seule. L'autopsie a confirmé qu'elle "
     "avait succombé aux fumées. « Aucun élément ne laisse penser à un acte criminel », a "
     "précisé le procureur, Alain Verdier.\n\nLes douze habitants évacués ont regagné leur "
     "logement, sauf ceux du troisième étage."),
    # D4: Toulouse metro, the same day: a passenger hit on line A, line B stopped by a
    # signalling failure.
    ("D4a", "D4", "La Dépêche du Midi", "2026-09-17T09:50:00+02:00",
     "Toulouse : un homme percuté par une rame du métro à la station Jean-Jaurès",
     "Un homme d'une quarantaine d'années a été grièvement blessé jeudi matin, percuté par "
     "une rame de la ligne A du métro à la station Jean-Jaurès, à Toulouse.\n\nLa circulation "
     "a été interrompue pendant deux heures entre Basso-Cambo et Marengo. « Les "
     "circonstances de l'accident restent à établir », a indiqué Tisséo, l'exploitant du "
     "réseau.\n\nLa victime a été transportée au CHU de Purpan."),
    ("D4b", "D4x", "Actu Toulouse", "2026-09-17T19:30:00+02:00",
     "Toulouse : la ligne B du métro paralysée par une panne de signalisation",
     "La ligne B du métro toulousain est à l'arrêt depuis 17 heures jeudi en raison d'une "
     "panne du système de signalisation, en pleine heure de pointe.\n\nDes milliers de "
     "voyageurs ont dû rejoindre à pied les bus de substitution mis en place entre "
     "Borderouge et Ramonville. « Nos techniciens sont mobilisés pour un retour à la normale "
     "au plus vite », a indiqué Tisséo.\n\nC'est la troisième panne de ce type depuis la "
     "rentrée."),
    ("F4a", "D4x", "La Dépêche du Midi", "2026-09-18T08:20:00+02:00",
     "Métro de Toulouse : la ligne B a rouvert vendredi matin",
     "La ligne B du métro de Toulouse a repris son service normal vendredi à l'ouverture, "
     "après une soirée de panne de signalisation qui avait contraint des milliers de "
     "voyageurs à marcher jeudi.\n\nUn calculateur défaillant a été remplacé dans la nuit, a "
     "expliqué le directeur de l'exploitation de Tisséo, Pierre Castan. « Nous allons auditer "
     "l'ensemble des équipements de la ligne », a-t-il promis.\n\nLes usagers réclament un "
     "dédommagement."),
    # D5: the Channel, two capsizings two days apart, the second recalling the first.
    ("D5a", "D5", "AFP", "2026-08-11T10:40:00+02:00",
     "Manche : trois migrants morts dans le naufrage d'une embarcation au large de Wimereux",
     "Trois migrants sont morts mardi matin dans le chavirage d'une embarcation "
     "pneumatique au large de Wimereux (Pas-de-Calais), a annoncé la préfecture maritime de "
     "la Manche.\n\nQuarante-sept personnes ont été secourues par le patrouilleur Cormoran et "
     "conduites à Boulogne-sur-Mer. « Le bateau était surchargé et s'est plié en deux », a "
     "indiqué le préfet maritime, le vice-amiral Hervé Lesage.\n\nLes rescapés ont été pris "
     "en charge par la Croix-Rouge."),
    ("F5a", "D5", "La Voix du Nord", "2026-08-12T18:00:00+02:00",
     "Boulogne-sur-Mer : les rescapés du naufrage racontent « la nuit la plus longue »",
     "Après le chavirage de leur bateau mardi au large de la Côte d'Opale, les quarante-sept "
     "rescapés, pour la plupart soudanais et érythréens, ont été hébergés dans un gymnase de "
     "Boulogne-sur-Mer.\n\n« L'eau est entrée d'un coup, ceux du milieu n'ont pas pu sortir », "
     "raconte Abdel, 24 ans, qui a perdu son cousin. Une cellule d'aide psychologique a été "
     "ouverte par la sous-préfecture.\n\nLe parquet a ouvert une enquête pour aide à l'entrée "
     "irrégulière et homicides involontaires."),
    ("D5b", "D5x", "AFP", "2026-08-13T09:15:00+02:00",
     "Nord : un enfant mort dans le naufrage d'une embarcation de migrants au large de Gravelines",
     "Un enfant de sept ans est mort jeudi à l'aube dans le chavirage d'une embarcation de "
     "migrants au large de Gravelines (Nord), deux jours après le naufrage qui avait fait "
     "trois morts au large de Wimereux.\n\nTrente-deux personnes ont été repêchées par un "
     "remorqueur et la SNSM. « Les passeurs entassent toujours plus de monde », a déploré le "
     "préfet maritime, le vice-amiral Hervé Lesage.\n\nL'enfant voyageait avec sa mère, "
     "hospitalisée à Dunkerque."),
    # D6: Pyrénées-Atlantiques: an earthquake on Friday, the gave d'Oloron flooding on
    # Saturday.
    ("D6a", "D6", "Sud Ouest", "2026-11-06T09:30:00+01:00",
     "Pyrénées-Atlantiques : un séisme de magnitude 4,6 ressenti jusqu'à Pau",
     "Un séisme de magnitude 4,6 a été ressenti vendredi à 6 h 12 dans une grande partie "
     "des Pyrénées-Atlantiques, avec un épicentre situé près d'Arette, selon le Bureau "
     "central sismologique français.\n\nDes habitants réveillés en sursaut ont afflué aux "
     "standards des pompiers ; aucune victime n'est à déplorer. « Des équipes inspectent les "
     "écoles et les ouvrages d'art », a indiqué le préfet des Pyrénées-Atlantiques, Olivier "
     "Barthe.\n\nLa vallée du Barétous avait été détruite par un séisme en 1967."),
    ("F6a", "D6", "La République des Pyrénées", "2026-11-07T12:45:00+01:00",
     "Béarn : des fissures dans l'église de Lanne-en-Barétous après la secousse",
     "Au lendemain de la secousse qui a réveillé le Béarn, le clocher de l'église de "
     "Lanne-en-Barétous présente de larges fissures et a été interdit d'accès, a annoncé "
     "samedi le maire de la commune, Jean Casaubon.\n\n« Les pierres ont bougé, on entend "
     "encore des craquements », a-t-il témoigné. Des experts mandatés par la préfecture "
     "doivent évaluer une vingtaine de maisons lézardées à Arette et dans les villages "
     "voisins.\n\nLe BCSF a enregistré trois répliques de faible intensité."),
    ("D6b", "D6x", "France Bleu Béarn Bigorre", "2026-11-07T17:20:00+01:00",
     "Oloron-Sainte-Marie : le gave déborde, des quartiers évacués",
     "Le gave d'Oloron est sorti de son lit samedi après-midi à Oloron-Sainte-Marie après "
     "48 heures de pluies diluviennes, inondant les quartiers bas de la ville.\n\nUne "
     "centaine d'habitants ont été évacués et le pont de Sainte-Croix a été fermé. La "
     "vigilance orange crues a été déclenchée. « Nous surveillons heure par heure la montée "
     "des eaux », a indiqué le préfet des Pyrénées-Atlantiques, Olivier Barthe.\n\nLa décrue "
     "n'est pas attendue avant dimanche."),
]


def main() -> None:
    hard = [[f"D{i}", f"D{i}x"] for i in range(1, 7)]
    write_pair_set(HERE, "f-stories26", A, hard)


if __name__ == "__main__":
    main()
