#!/usr/bin/env python3
"""Build q-stories24's held-out story pairs (written 2026-12-03 before veille was run on them).

Six pairs of different events of *different kinds* that share a place, a site's town, an
organisation or a named official (t-final24 F3's shape: a basilica reopening and a fire in a
tower block of one town, the same mayor quoted): D1 a town's new library opened vs a flooded
street the same day, the same mayor quoted; D2 a football club's win vs its coach's contract
extension the next day; D3 a cyberattack on a university hospital vs the same hospital's new
surgical robot, the same day; D4 a minister's school visit on uniforms vs the same minister
booed at a teachers' congress, the next day; D5 a customs drug seizure at an airport vs a
snow-bound runway closure at that airport, the same day; D6 an aircraft maker's yearly
deliveries vs a fatal work accident at its plant, one day apart. Three true follow-ups
(F1-F3: the flood's toll and aid the next day, the cyberattack's ransom demand the next day,
the work accident's inquiry two days later), each following one side of a pair. Invented
articles and people, free to reuse. Writes ``articles.jsonl`` and ``gold.json`` in
t-reader22's format (score with ``../t-reader22/score.py``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    ("D1a", "D1", "Le Progrès", "2026-11-14T11:30:00+01:00",
     "Villeurbanne : la nouvelle médiathèque des Gratte-Ciel ouvre ses portes",
     "Après trois ans de chantier, la médiathèque des Gratte-Ciel a ouvert ses portes samedi "
     "matin à Villeurbanne (Rhône). Le bâtiment de 4 200 mètres carrés propose 120 000 "
     "documents, un espace de jeux vidéo et un auditorium de 150 places.\n\n« C'est un lieu "
     "gratuit, ouvert sept jours sur sept, pour tous les Villeurbannais », a déclaré le maire, "
     "Cédric Van Styvendael, en coupant le ruban devant plusieurs centaines d'habitants.\n\n"
     "Le projet a coûté 28 millions d'euros, financés à moitié par la Métropole de Lyon."),
    ("D1b", "D1x", "Lyon Mag", "2026-11-14T19:50:00+01:00",
     "Villeurbanne : la rue Francis-de-Pressensé inondée après la rupture d'une canalisation",
     "Une canalisation d'eau potable de grand diamètre a cédé samedi après-midi sous la rue "
     "Francis-de-Pressensé, à Villeurbanne, inondant la chaussée et les caves d'une dizaine "
     "d'immeubles.\n\nLes pompiers ont pompé l'eau pendant plusieurs heures ; une trentaine de "
     "foyers sont privés d'eau. « Les équipes d'Eau du Grand Lyon sont mobilisées toute la "
     "nuit », a indiqué le maire, Cédric Van Styvendael, venu sur place.\n\nLa circulation des "
     "bus C3 est déviée jusqu'à nouvel ordre."),
    ("F1a", "D1x", "Le Progrès", "2026-11-15T10:15:00+01:00",
     "Rupture de canalisation à Villeurbanne : l'eau revient, les caves restent sinistrées",
     "L'eau est revenue dimanche matin dans la trentaine de foyers de la rue "
     "Francis-de-Pressensé privés d'eau depuis la rupture d'une canalisation samedi après-midi, "
     "à Villeurbanne.\n\nLes habitants des immeubles dont les caves ont été inondées devront "
     "déclarer le sinistre à leur assureur. Eau du Grand Lyon promet de prendre en charge le "
     "nettoyage.\n\nLa rue restera fermée à la circulation pendant au moins une semaine, le temps "
     "de remplacer la conduite."),
    ("D2a", "D2", "Ouest-France", "2026-10-18T22:55:00+02:00",
     "Ligue 1 : le Stade rennais s'impose 3-1 face à Montpellier au Roazhon Park",
     "Le Stade rennais a signé dimanche soir sa troisième victoire consécutive en battant "
     "Montpellier 3-1 au Roazhon Park, lors de la 9e journée de Ligue 1.\n\nArnaud Kalimuendo "
     "a inscrit un doublé avant la pause, avant que Ludovic Blas ne scelle le score en fin de "
     "match. Les Héraultais avaient réduit l'écart sur penalty.\n\n« L'équipe a montré du "
     "caractère », a salué l'entraîneur rennais, Julien Stéphan, en conférence de presse."),
    ("D2b", "D2x", "Le Télégramme", "2026-10-19T17:20:00+02:00",
     "Stade rennais : Julien Stéphan prolongé jusqu'en 2029",
     "Le Stade rennais a annoncé lundi la prolongation du contrat de son entraîneur, Julien "
     "Stéphan, jusqu'en juin 2029. Son précédent contrat courait jusqu'en 2027.\n\n« Nous "
     "voulons inscrire notre projet dans la durée », a expliqué le président du club dans un "
     "communiqué. Le technicien, revenu au club en 2024, dispose désormais d'un staff élargi.\n\n"
     "Cette prolongation intervient alors que plusieurs clubs étrangers s'étaient renseignés "
     "sur sa situation."),
    ("D3a", "D3", "France 3 Bretagne", "2026-09-22T09:05:00+02:00",
     "Le CHU de Rennes victime d'une cyberattaque, les urgences en mode dégradé",
     "Le centre hospitalier universitaire de Rennes a été visé dans la nuit de lundi à mardi "
     "par une cyberattaque qui a paralysé une partie de son système informatique.\n\nLes "
     "urgences fonctionnent en mode dégradé et certaines opérations programmées ont été "
     "reportées ; les dossiers des patients sont tenus sur papier. « Aucune donnée ne semble "
     "avoir été dérobée à ce stade », a indiqué la directrice générale du CHU, Véronique "
     "Anatole-Touzet.\n\nL'Agence nationale de la sécurité des systèmes d'information a été "
     "saisie."),
    ("D3b", "D3x", "Ouest-France", "2026-09-22T16:40:00+02:00",
     "Le CHU de Rennes s'équipe d'un deuxième robot chirurgical",
     "Le CHU de Rennes a présenté mardi son deuxième robot d'assistance chirurgicale, installé "
     "au bloc opératoire de l'hôpital Pontchaillou. L'appareil, d'un coût de 2,3 millions "
     "d'euros, servira d'abord en urologie et en chirurgie digestive.\n\n« Nous pourrons "
     "opérer 600 patients de plus par an avec des séjours plus courts », a souligné la "
     "directrice générale, Véronique Anatole-Touzet.\n\nLe premier robot, acquis en 2019, "
     "a déjà servi à plus de 3 000 interventions."),
    ("F3a", "D3", "Le Télégramme", "2026-09-23T12:10:00+02:00",
     "Cyberattaque au CHU de Rennes : les pirates réclament une rançon",
     "Les auteurs de la cyberattaque qui a frappé le CHU de Rennes dans la nuit de lundi à "
     "mardi réclament une rançon, a confirmé mercredi la direction de l'hôpital, qui exclut de "
     "la payer.\n\nUn groupe de pirates connu pour des attaques contre d'autres hôpitaux "
     "européens a revendiqué l'attaque. Les urgences fonctionnent toujours en mode dégradé.\n\n"
     "Le parquet de Paris, compétent en matière de cybercriminalité, a ouvert une enquête."),
    ("D4a", "D4", "La Voix du Nord", "2026-03-09T13:00:00+01:00",
     "À Lille, la ministre de l'Éducation défend l'expérimentation de la tenue unique",
     "En visite dans un collège du quartier de Fives, à Lille, lundi matin, la ministre de "
     "l'Éducation nationale, Hélène Marchal, a défendu l'expérimentation de la tenue unique, "
     "qui concerne une centaine d'établissements depuis la rentrée.\n\n« Les premiers retours "
     "des familles sont encourageants », a-t-elle affirmé après avoir rencontré des élèves et "
     "des parents.\n\nUn bilan doit être présenté au Parlement en juin."),
    ("D4b", "D4x", "Le Monde", "2026-03-10T18:30:00+01:00",
     "Hélène Marchal huée au congrès du SNES-FSU à Lille",
     "La ministre de l'Éducation nationale, Hélène Marchal, a été accueillie par des huées et "
     "des sifflets mardi au congrès national du SNES-FSU, le premier syndicat des enseignants "
     "du second degré, réuni à Lille.\n\nLes délégués protestaient contre la suppression de "
     "2 000 postes prévue au budget. « Je suis venue pour dialoguer », a lancé la ministre, "
     "qui a écourté son discours.\n\nLe syndicat appelle à une journée de grève le 24 mars."),
    ("D5a", "D5", "Le Parisien", "2026-01-12T15:20:00+01:00",
     "Roissy : 180 kilos de cocaïne saisis dans des valises en provenance de Cayenne",
     "Les douaniers de l'aéroport Roissy-Charles-de-Gaulle ont saisi dimanche 180 kilos de "
     "cocaïne dissimulés dans une douzaine de valises arrivées d'un vol en provenance de "
     "Cayenne (Guyane).\n\nQuatre passagers ont été interpellés et placés en garde à vue. La "
     "valeur de la drogue à la revente est estimée à 5,4 millions d'euros.\n\nIl s'agit de "
     "la plus importante saisie réalisée à Roissy depuis le début de l'année, selon la "
     "direction régionale des douanes."),
    ("D5b", "D5x", "franceinfo", "2026-01-12T18:45:00+01:00",
     "Neige : deux pistes fermées à Roissy-Charles-de-Gaulle, des centaines de vols annulés",
     "De fortes chutes de neige ont contraint le groupe ADP à fermer dimanche après-midi deux "
     "des quatre pistes de l'aéroport Roissy-Charles-de-Gaulle, le temps de les déneiger.\n\n"
     "Près de 300 vols ont été annulés et des milliers de passagers ont passé la nuit dans "
     "les terminaux. La direction générale de l'aviation civile a demandé aux compagnies de "
     "réduire leurs programmes de 30 % lundi matin.\n\nMétéo-France a placé le Val-d'Oise en "
     "vigilance orange neige-verglas."),
    ("D6a", "D6", "La Dépêche du Midi", "2026-01-08T10:30:00+01:00",
     "Airbus a livré 812 avions en 2025, un record",
     "Airbus a livré 812 avions commerciaux en 2025, un record qui dépasse son objectif de "
     "800 appareils, a annoncé jeudi l'avionneur européen depuis son siège de Blagnac, près "
     "de Toulouse.\n\nLa famille A320 représente près de 80 % des livraisons. Le constructeur "
     "a aussi enregistré 1 050 commandes nettes sur l'année.\n\n« Nos chaînes ont tenu la "
     "cadence malgré les difficultés des fournisseurs », a commenté son président exécutif, "
     "Guillaume Faury."),
    ("D6b", "D6x", "Actu Toulouse", "2026-01-09T16:05:00+01:00",
     "Blagnac : un intérimaire meurt écrasé sur la chaîne d'assemblage d'Airbus",
     "Un intérimaire de 34 ans est mort vendredi matin sur le site Airbus de Blagnac, écrasé "
     "par un chariot de manutention sur la chaîne d'assemblage de l'A350.\n\nLes secours n'ont "
     "pas pu le réanimer. L'inspection du travail s'est rendue sur place et la production de la "
     "chaîne a été suspendue pour la journée.\n\n« Toutes nos pensées vont à sa famille », a "
     "réagi la direction d'Airbus dans un communiqué."),
    ("F6a", "D6x", "La Dépêche du Midi", "2026-01-11T09:40:00+01:00",
     "Mort d'un intérimaire chez Airbus à Blagnac : une enquête pour homicide involontaire",
     "Le parquet de Toulouse a ouvert une enquête pour homicide involontaire après la mort, "
     "vendredi, d'un intérimaire de 34 ans écrasé par un chariot de manutention sur la chaîne "
     "d'assemblage de l'A350 à Blagnac.\n\nLa CGT d'Airbus dénonce « des cadences intenables » "
     "et réclame une expertise indépendante sur la sécurité du site.\n\nUne marche blanche est "
     "prévue mardi à Colomiers, où vivait la victime."),
]


def main() -> None:
    hard = [[f"D{i}", f"D{i}x"] for i in range(1, 7)]
    write_pair_set(HERE, "q-stories24", A, hard)


if __name__ == "__main__":
    main()
