#!/usr/bin/env python3
"""Build f-stories23's held-out story pairs (written 2026-12-03 before veille was run on them).

Five pairs of different events that share a town or an institution and the kind of event
(D1-D5) and five true follow-ups (F1-F5): invented articles and people, free to reuse.
Writes ``articles.jsonl`` and ``gold.json`` in t-reader22's format (score with
``../t-reader22/score.py``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    # D1: two strikes at two companies in Grenoble, a day apart, one union.
    ("D1a", "D1", "Le Dauphiné libéré", "2026-10-06T11:20:00+02:00",
     "Grenoble : grève chez Schneider Electric pour les salaires",
     "Plusieurs centaines de salariés du site Schneider Electric de la presqu'île scientifique, à "
     "Grenoble, ont cessé le travail mardi à l'appel de la CGT et de FO pour réclamer une hausse "
     "générale des salaires de 6 %.\n\nLes grévistes, réunis devant l'entrée du site dès 6 heures, "
     "dénoncent des augmentations individuelles « au compte-gouttes » alors que le groupe a "
     "annoncé un bénéfice record.\n\n« On nous demande toujours plus avec moins de monde », "
     "explique Sandrine Morel, déléguée CGT. La direction indique qu'une nouvelle réunion de "
     "négociation annuelle obligatoire est prévue vendredi."),
    ("D1b", "D1x", "France Bleu Isère", "2026-10-07T07:45:00+02:00",
     "Grenoble : les conducteurs de bus et de tram en grève ce mercredi",
     "Le réseau de transports en commun de l'agglomération grenobloise fonctionne au ralenti ce "
     "mercredi : les conducteurs de bus et de tram de la M TAG sont en grève à l'appel de la "
     "CGT, qui dénonce la dégradation des conditions de travail et le manque d'effectifs.\n\n"
     "Seule une rame de tram sur trois circule sur les lignes A et B, et plusieurs lignes de bus "
     "Chrono sont interrompues.\n\n« Les plannings changent sans cesse, les repos sont supprimés », "
     "affirme Karim Benali, délégué syndical. La direction du réseau appelle les usagers à "
     "privilégier le vélo ou le covoiturage."),
    # D2: two trials at the tribunal correctionnel de Bordeaux the same week.
    ("D2a", "D2", "Sud Ouest", "2026-10-12T18:30:00+02:00",
     "Bordeaux : un notaire jugé pour avoir détourné 1,2 million d'euros",
     "Un notaire de 58 ans, Philippe Garrigou, comparaissait lundi devant le tribunal "
     "correctionnel de Bordeaux pour abus de confiance : il est soupçonné d'avoir détourné "
     "1,2 million d'euros appartenant à une quarantaine de clients entre 2019 et 2023.\n\n"
     "L'argent, destiné à des successions et des ventes immobilières, aurait servi à combler les "
     "pertes de placements hasardeux.\n\nLe parquet a requis quatre ans de prison dont deux avec "
     "sursis et une interdiction définitive d'exercer. Le jugement a été mis en délibéré au "
     "9 novembre."),
    ("D2b", "D2x", "France 3 Nouvelle-Aquitaine", "2026-10-14T19:05:00+02:00",
     "Trafic de drogue au Grand Parc : onze prévenus devant le tribunal de Bordeaux",
     "Onze hommes âgés de 19 à 34 ans sont jugés depuis mercredi par le tribunal correctionnel de "
     "Bordeaux pour trafic de stupéfiants : ils sont soupçonnés d'avoir animé un point de deal "
     "dans le quartier du Grand Parc pendant près de deux ans.\n\nSelon l'accusation, le réseau "
     "écoulait jusqu'à 15.000 euros de cannabis et de cocaïne par jour. Le principal prévenu, "
     "Yanis M., 27 ans, conteste être le chef du réseau.\n\nLe procès doit durer jusqu'à "
     "vendredi."),
    # D3: two accidents on the A7 in the Drôme, two days apart.
    ("D3a", "D3", "Le Dauphiné libéré", "2026-10-19T09:10:00+02:00",
     "A7 : un motard de 34 ans tué dans une collision avec un poids lourd près de Loriol",
     "Un motard de 34 ans, originaire de Valence, a perdu la vie dimanche soir sur l'autoroute "
     "A7, dans le sens nord-sud, à hauteur de Loriol-sur-Drôme, après avoir percuté l'arrière "
     "d'un poids lourd.\n\nLes secours, arrivés rapidement, n'ont pu que constater son décès. Le "
     "chauffeur du camion, choqué, a été pris en charge.\n\nLa circulation a été coupée pendant "
     "trois heures et déviée par la sortie Loriol. Une enquête a été ouverte par la gendarmerie "
     "pour déterminer les circonstances de l'accident."),
    ("D3b", "D3x", "France Bleu Drôme Ardèche", "2026-10-21T08:20:00+02:00",
     "A7 : un minibus se renverse près de Montélimar, cinq blessés",
     "Un minibus transportant neuf membres d'un club de football amateur de l'Hérault s'est "
     "renversé mardi en fin d'après-midi sur l'autoroute A7, à hauteur de Montélimar, dans le "
     "sens sud-nord.\n\nCinq passagers ont été blessés, dont un grièvement, et transportés au "
     "centre hospitalier de Montélimar. Le conducteur aurait perdu le contrôle du véhicule en "
     "raison d'une crevaison.\n\nL'autoroute a été fermée pendant deux heures et des bouchons de "
     "plus de dix kilomètres se sont formés, précise Vinci Autoroutes."),
    # D4: two votes of the Assemblée nationale the same day.
    ("D4a", "D4", "Le Monde", "2026-10-22T19:40:00+02:00",
     "L'Assemblée adopte la proposition de loi sur la protection des lanceurs d'alerte",
     "L'Assemblée nationale a adopté jeudi en première lecture, par 312 voix contre 187, la "
     "proposition de loi renforçant la protection des lanceurs d'alerte, portée par le député "
     "Thomas Lenglet.\n\nLe texte crée un fonds de soutien financier pour les personnes "
     "licenciées après un signalement et étend la protection aux associations qui les "
     "accompagnent.\n\nLa droite a voté contre, dénonçant « un risque de délation ». Le texte doit "
     "désormais être examiné par le Sénat."),
    ("D4b", "D4x", "Les Echos", "2026-10-22T21:15:00+02:00",
     "Meublés de tourisme : les députés votent un encadrement plus strict",
     "Les députés ont voté jeudi soir, par 276 voix contre 201, la proposition de loi visant à "
     "encadrer les meublés de tourisme, défendue par la députée Anne Vasseur.\n\nLe texte "
     "abaisse à 90 jours par an la durée maximale de location d'une résidence principale et "
     "permet aux maires d'imposer des quotas par quartier.\n\nLes plateformes de location dénoncent "
     "« une mesure punitive » pour les propriétaires. L'Assemblée nationale transmettra le texte "
     "au Sénat au début de l'année prochaine."),
    # D5: two robberies in Cannes, a day apart.
    ("D5a", "D5", "Nice-Matin", "2026-10-26T10:00:00+01:00",
     "Cannes : une bijouterie de la rue d'Antibes braquée en plein jour",
     "Trois hommes armés ont braqué lundi vers 11 heures une bijouterie de la rue d'Antibes, à "
     "Cannes, avant de prendre la fuite à scooter avec des montres de luxe d'une valeur estimée à "
     "800.000 euros.\n\nLa vendeuse, menacée avec une arme de poing, n'a pas été blessée. Les "
     "malfaiteurs ont agi à visage couvert en moins de deux minutes.\n\nLa police judiciaire de "
     "Nice a été saisie de l'enquête."),
    ("D5b", "D5x", "France Bleu Azur", "2026-10-27T08:30:00+01:00",
     "Cannes : un distributeur de billets dynamité dans la nuit à la Bocca",
     "Un distributeur automatique de billets a été dynamité dans la nuit de lundi à mardi, vers "
     "3 heures, dans le quartier de la Bocca, à Cannes, en bordure de l'avenue Francis-Tonner.\n\n"
     "L'explosion a soufflé la façade de l'agence bancaire et endommagé deux voitures. Les "
     "auteurs, au moins deux, se sont enfuis à bord d'une berline.\n\nAucun blessé n'est à "
     "déplorer. La police judiciaire de Nice est chargée de l'enquête."),
    # F1: a strike and its outcome two days later.
    ("F1a", "F1", "La Dépêche du Midi", "2026-10-07T12:30:00+02:00",
     "Toulouse : grève chez Latécoère, les salariés réclament 300 euros de plus",
     "Près de 400 salariés de l'équipementier aéronautique Latécoère ont cessé le travail mardi "
     "sur le site de Montredon, à Toulouse, à l'appel de l'intersyndicale, pour réclamer une "
     "augmentation de 300 euros brut par mois.\n\nLes grévistes ont bloqué l'accès des camions "
     "de livraison. « Les cadences ont explosé depuis la reprise des commandes d'Airbus », "
     "explique Julien Pradel, secrétaire du CSE.\n\nLa direction propose une hausse de 2,5 %."),
    ("F1b", "F1", "Actu Toulouse", "2026-10-09T17:50:00+02:00",
     "Fin de la grève chez Latécoère après un accord sur les salaires",
     "Après trois jours de blocage, les salariés de Latécoère ont voté jeudi la reprise du "
     "travail, à l'issue d'une nuit de négociations : la direction accorde une hausse de 4 % et "
     "une prime de 500 euros.\n\n« Ce n'est pas tout ce qu'on demandait, mais c'est une vraie "
     "avancée », estime Julien Pradel, secrétaire du CSE.\n\nLes livraisons vers les chaînes "
     "d'assemblage d'Airbus, perturbées depuis mardi, doivent reprendre vendredi."),
    # F2: a murder trial opens, the verdict two days later.
    ("F2a", "F2", "La Voix du Nord", "2026-10-13T18:00:00+02:00",
     "Douai : le procès de Mickaël Verstraete, accusé du meurtre de sa compagne, s'ouvre aux assises",
     "Le procès de Mickaël Verstraete, 41 ans, s'est ouvert mardi devant la cour d'assises du "
     "Nord, à Douai. Il est accusé d'avoir tué sa compagne, Laetitia D., de plusieurs coups de "
     "couteau, en mars 2024, dans leur maison de Lens.\n\nL'accusé a reconnu les faits mais "
     "conteste toute préméditation.\n\nLa famille de la victime, partie civile, décrit des "
     "années de violences. Le verdict est attendu jeudi."),
    ("F2b", "F2", "France 3 Hauts-de-France", "2026-10-15T21:30:00+02:00",
     "Féminicide de Lens : 25 ans de réclusion pour Mickaël Verstraete",
     "La cour d'assises du Nord a condamné jeudi soir Mickaël Verstraete à 25 ans de réclusion "
     "criminelle pour le meurtre de sa compagne, tuée de plusieurs coups de couteau à Lens en "
     "mars 2024.\n\nL'avocate générale avait requis 30 ans. Les jurés n'ont pas retenu la "
     "préméditation.\n\n« C'est une reconnaissance de ce qu'a vécu Laetitia », a réagi l'avocat "
     "de la famille à la sortie de l'audience."),
    # F3: a coach accident and the next day's new facts.
    ("F3a", "F3", "Le Dauphiné libéré", "2026-10-19T20:15:00+02:00",
     "Hautes-Alpes : un car de touristes sort de la route près de Gap, deux morts",
     "Un autocar transportant 38 retraités belges est sorti de la route lundi après-midi sur la "
     "RN85, dans la descente du col Bayard, au nord de Gap. Deux passagers ont été tués et "
     "quatorze blessés.\n\nLe car a fini sa course en contrebas de la chaussée après avoir percuté "
     "une glissière. Le plan blanc a été déclenché au centre hospitalier de Gap.\n\nLa préfète "
     "des Hautes-Alpes s'est rendue sur place."),
    ("F3b", "F3", "BFMTV", "2026-10-20T12:40:00+02:00",
     "Accident de car au col Bayard : le bilan passe à trois morts, le chauffeur en garde à vue",
     "Une troisième passagère, âgée de 79 ans, est morte dans la nuit à l'hôpital de Grenoble, "
     "au lendemain de l'accident d'autocar survenu dans la descente du col Bayard, près de Gap.\n\n"
     "Le chauffeur, un Belge de 52 ans, a été placé en garde à vue mardi matin ; les enquêteurs "
     "s'intéressent à l'état des freins du véhicule.\n\nLes blessés les plus légers doivent être "
     "rapatriés en Belgique mercredi."),
    # F4: a vote and the next day's reaction (an appeal).
    ("F4a", "F4", "La Provence", "2026-10-23T22:10:00+02:00",
     "Marseille : le conseil municipal vote la piétonnisation du Vieux-Port",
     "Le conseil municipal de Marseille a adopté vendredi soir, par 58 voix contre 32, le projet "
     "de piétonnisation des quais du Vieux-Port, qui fermera à la circulation le quai de Rive-"
     "Neuve à partir de l'été 2027.\n\nL'opposition a dénoncé un projet « décidé sans "
     "concertation » avec les commerçants.\n\nLe chantier, estimé à 24 millions d'euros, doit "
     "commencer en janvier."),
    ("F4b", "F4", "Made in Marseille", "2026-10-24T16:30:00+02:00",
     "Piétonnisation du Vieux-Port : les commerçants du quai de Rive-Neuve annoncent un recours",
     "Au lendemain du vote du conseil municipal, l'association des commerçants du quai de Rive-"
     "Neuve a annoncé samedi qu'elle déposerait un recours devant le tribunal administratif de "
     "Marseille contre la piétonnisation du Vieux-Port.\n\n« Sans voitures, nos clients ne "
     "viendront plus », affirme son président, Gérard Pastor.\n\nLa mairie se dit « sereine » et "
     "rappelle que 17 réunions publiques ont eu lieu."),
    # F5: a building fire and the next day's rehousing (a reaction naming the same street).
    ("F5a", "F5", "Ouest-France", "2026-10-28T07:30:00+01:00",
     "Angers : un immeuble de la rue Saint-Léonard ravagé par les flammes, douze familles évacuées",
     "Un violent incendie s'est déclaré dans la nuit de mardi à mercredi dans un immeuble de "
     "quatre étages de la rue Saint-Léonard, à Angers. Douze familles ont été évacuées et un "
     "habitant, intoxiqué par les fumées, a été hospitalisé.\n\nUne soixantaine de pompiers ont "
     "lutté pendant quatre heures contre le feu, parti d'un local à poubelles.\n\nL'immeuble est "
     "inhabitable."),
    ("F5b", "F5", "Le Courrier de l'Ouest", "2026-10-29T18:00:00+01:00",
     "Incendie rue Saint-Léonard : la mairie d'Angers reloge les sinistrés",
     "Au lendemain de l'incendie qui a détruit leur immeuble, les douze familles sinistrées de la "
     "rue Saint-Léonard ont été relogées à titre provisoire par la ville d'Angers et le bailleur "
     "Angers Loire Habitat.\n\nUne cagnotte a été ouverte par les voisins. L'enquête s'oriente "
     "vers un acte volontaire : le local à poubelles avait déjà été visé par un départ de feu en "
     "septembre, selon le parquet."),
]


def main() -> None:
    hard = [[f"D{i}", f"D{i}x"] for i in range(1, 6)]
    write_pair_set(HERE, "f-stories23", A, hard)


if __name__ == "__main__":
    main()
