#!/usr/bin/env python3
"""Build f-stories24's held-out story pairs (written 2026-12-03 before veille was run on them).

Five pairs of different events that share a place, an organisation and the kind of event
(D1-D5: two drownings on one beach, two votes of one city council, two product recalls by
one agency, two arrests by one police unit, two landslides in one valley) and five true
follow-ups (F1-F5: a new toll, a reaction the next day naming the same victim, charges two
days later, arrests after a robbery, a strike's outcome). Invented articles and people, free
to reuse. Writes ``articles.jsonl`` and ``gold.json`` in t-reader22's format (score with
``../t-reader22/score.py``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    # D1: two drownings on one beach (Lacanau), two days apart, different victims.
    ("D1a", "D1", "Sud Ouest", "2026-07-13T09:40:00+02:00",
     "Lacanau : un baigneur de 62 ans meurt noyé sur la plage centrale",
     "Un homme de 62 ans, en vacances en Gironde avec sa famille, est mort noyé dimanche en fin "
     "d'après-midi sur la plage centrale de Lacanau, hors de la zone surveillée.\n\nLes "
     "sauveteurs du poste de secours l'ont sorti de l'eau inanimé après une dizaine de minutes "
     "de recherches. Les tentatives de réanimation sont restées vaines.\n\nLe drapeau orange "
     "flottait au moment du drame, en raison de forts courants de baïne."),
    ("D1b", "D1x", "France Bleu Gironde", "2026-07-15T18:10:00+02:00",
     "Lacanau : une adolescente de 15 ans se noie malgré l'intervention des sauveteurs",
     "Une adolescente de 15 ans, originaire de Toulouse, s'est noyée ce mardi vers 16 heures sur "
     "la plage centrale de Lacanau, emportée par une baïne alors qu'elle se baignait avec deux "
     "amies.\n\nSes deux camarades ont pu regagner le bord. Les sauveteurs et un hélicoptère de "
     "la sécurité civile sont intervenus, sans parvenir à la ranimer.\n\nLa mairie rappelle aux "
     "vacanciers de se baigner uniquement entre les drapeaux."),
    # D2: two votes of the Rennes city council, one session apart.
    ("D2a", "D2", "Ouest-France", "2026-09-29T07:15:00+02:00",
     "Rennes : le conseil municipal vote la gratuité des cantines pour les familles modestes",
     "Le conseil municipal de Rennes a adopté lundi soir, par 45 voix contre 12, la gratuité des "
     "repas dans les cantines scolaires pour les familles dont le quotient familial est "
     "inférieur à 700 euros.\n\nLa mesure, qui concernera environ 4.000 enfants à partir de "
     "janvier, coûtera 2,3 millions d'euros par an.\n\nL'opposition de droite a voté contre, "
     "dénonçant « une dépense non financée »."),
    ("D2b", "D2x", "Le Télégramme", "2026-10-01T08:00:00+02:00",
     "Rennes : le conseil municipal adopte la hausse des tarifs du stationnement",
     "Le conseil municipal de Rennes a voté mardi soir, lors d'une séance extraordinaire, la hausse des tarifs du stationnement en "
     "centre-ville : l'heure passera de 2 à 2,80 euros au 1er janvier dans la zone rouge.\n\n"
     "La majorité justifie la mesure par la volonté de réduire la place de la voiture autour du "
     "Thabor et de la place des Lices.\n\nLes commerçants du centre, opposés au projet, "
     "annoncent une pétition."),
    # D3: two recalls by the DGCCRF / Rappel Conso, a day apart, different products and makers.
    ("D3a", "D3", "Le Parisien", "2026-11-04T11:30:00+01:00",
     "Rappel Conso : des fromages au lait cru rappelés pour présence de listeria",
     "Des camemberts au lait cru de la fromagerie Lebourg, vendus dans plusieurs enseignes de "
     "la grande distribution, font l'objet d'un rappel depuis mardi en raison de la présence "
     "possible de Listeria monocytogenes, annonce le site Rappel Conso.\n\nLes lots concernés "
     "portent une date limite de consommation allant jusqu'au 20 novembre.\n\nLes "
     "consommateurs sont invités à ne pas les consommer et à les rapporter en magasin."),
    ("D3b", "D3x", "20 Minutes", "2026-11-05T15:20:00+01:00",
     "Rappel Conso : des jouets pour bébé rappelés, risque d'étouffement",
     "Un hochet en bois de la marque Petit Nuage est rappelé depuis mercredi dans toute la "
     "France, a annoncé le site gouvernemental Rappel Conso : une pièce peut se détacher et "
     "présenter un risque d'étouffement pour les jeunes enfants.\n\nLe jouet était vendu en "
     "pharmacie et sur internet depuis mars.\n\nLes parents sont invités à cesser de "
     "l'utiliser et à en demander le remboursement."),
    # D4: two arrests by the police judiciaire of Marseille (OFAST), three days apart.
    ("D4a", "D4", "La Provence", "2026-11-10T12:00:00+01:00",
     "Marseille : un important trafiquant de la cité de la Castellane interpellé",
     "Un homme de 31 ans, présenté comme l'un des responsables du point de deal de la cité de "
     "la Castellane, a été interpellé lundi matin à Marseille par les enquêteurs de la police "
     "judiciaire et de l'Office antistupéfiants (Ofast).\n\nRecherché depuis huit mois, il a été "
     "arrêté dans un appartement du 8e arrondissement où il se cachait.\n\nIl a été placé en "
     "garde à vue."),
    ("D4b", "D4x", "BFM Marseille", "2026-11-13T17:45:00+01:00",
     "Marseille : la police judiciaire arrête trois hommes soupçonnés d'un règlement de comptes",
     "Trois hommes âgés de 20 à 25 ans ont été interpellés jeudi à Marseille par la police "
     "judiciaire, soupçonnés d'avoir participé à l'assassinat d'un jeune homme tué par balles "
     "en août dans le quartier de Frais-Vallon, dans le 13e arrondissement.\n\nLes "
     "interpellations ont eu lieu à Aubagne et à Vitrolles.\n\nLes suspects ont été placés en "
     "garde à vue dans les locaux de l'Évêché."),
    # D5: two landslides in the Maurienne valley, four days apart, different villages/roads.
    ("D5a", "D5", "Le Dauphiné libéré", "2026-04-06T08:30:00+02:00",
     "Maurienne : un éboulement coupe la route départementale à Saint-Martin-de-la-Porte",
     "Un éboulement s'est produit dans la nuit de dimanche à lundi sur la route départementale "
     "1006 à Saint-Martin-de-la-Porte, en Savoie, coupant la circulation dans la vallée de la "
     "Maurienne.\n\nPlusieurs centaines de mètres cubes de roches se sont détachés de la falaise. "
     "Aucun véhicule n'a été touché.\n\nUne déviation a été mise en place par l'autoroute A43."),
    ("D5b", "D5x", "France 3 Auvergne-Rhône-Alpes", "2026-04-10T19:00:00+02:00",
     "Maurienne : un glissement de terrain menace des chalets à Valloire",
     "Un glissement de terrain s'est déclenché jeudi sur les hauteurs de Valloire, en "
     "Maurienne, obligeant la commune à évacuer six chalets du hameau des Verneys.\n\nLes "
     "géologues du département surveillent la zone, où le sol s'est affaissé de près d'un mètre "
     "en quelques heures, après plusieurs jours de fortes pluies.\n\nLes quatorze habitants "
     "évacués ont été relogés par la mairie."),
    # F1: a collision and the later count (new toll, next day).
    ("F1a", "F1", "La Voix du Nord", "2026-02-21T22:10:00+01:00",
     "A1 : un carambolage près d'Arras fait un mort et plusieurs blessés",
     "Un carambolage impliquant une dizaine de véhicules s'est produit samedi soir sur "
     "l'autoroute A1, dans le sens Paris-Lille, à hauteur d'Arras, dans le brouillard.\n\n"
     "Un automobiliste a été tué et plusieurs personnes blessées, selon les pompiers du "
     "Pas-de-Calais.\n\nL'autoroute a été fermée dans ce sens."),
    ("F1b", "F1", "France Bleu Nord", "2026-02-22T09:30:00+01:00",
     "Carambolage sur l'A1 près d'Arras : le bilan s'alourdit à deux morts",
     "Le bilan du carambolage survenu samedi soir sur l'A1 près d'Arras s'est alourdi : une "
     "passagère grièvement blessée est décédée dans la nuit au CHU de Lille, portant le nombre "
     "de morts à deux.\n\nOnze véhicules, dont un poids lourd, ont été impliqués dans "
     "l'accident, survenu dans un épais brouillard. Douze personnes ont été blessées.\n\n"
     "L'autoroute a été rouverte dimanche matin."),
    # F2: a cyclist killed, and the next day's march naming her.
    ("F2a", "F2", "Le Progrès", "2026-05-12T08:50:00+02:00",
     "Lyon : une cycliste de 27 ans tuée par un camion quai Perrache",
     "Une cycliste de 27 ans, Léa Fontaine, a été mortellement percutée lundi en fin de "
     "matinée par un camion de chantier qui tournait à droite, quai Perrache, dans le 2e "
     "arrondissement de Lyon.\n\nLe chauffeur, qui ne l'aurait pas vue, a été entendu par la "
     "police.\n\nUne enquête a été ouverte pour homicide involontaire."),
    ("F2b", "F2", "Lyon Capitale", "2026-05-13T19:20:00+02:00",
     "Mort de Léa Fontaine : des centaines de cyclistes rassemblés quai Perrache",
     "Plusieurs centaines de cyclistes se sont rassemblés mardi soir quai Perrache, à Lyon, en "
     "hommage à Léa Fontaine, la jeune femme de 27 ans tuée la veille par un camion.\n\n"
     "Les associations demandent une piste cyclable séparée sur le quai et l'interdiction "
     "des poids lourds aux heures de pointe.\n\nLa mairie a promis des aménagements."),
    # F3: a fatal fire and charges two days later.
    ("F3a", "F3", "Le Républicain lorrain", "2026-01-17T10:00:00+01:00",
     "Metz : un incendie dans un immeuble du quartier de Borny fait deux morts",
     "Deux personnes, un homme de 70 ans et sa fille, sont mortes dans l'incendie d'un "
     "appartement au troisième étage d'un immeuble de la rue de Bourgogne, dans le quartier de "
     "Borny à Metz, dans la nuit de vendredi à samedi.\n\nUne trentaine d'habitants ont été "
     "évacués.\n\nLe feu serait parti du palier, selon les premiers éléments."),
    ("F3b", "F3", "France 3 Grand Est", "2026-01-19T17:30:00+01:00",
     "Incendie mortel à Borny : un voisin mis en examen pour incendie volontaire",
     "Un homme de 45 ans, voisin des victimes, a été mis en examen lundi pour destructions "
     "volontaires ayant entraîné la mort, deux jours après l'incendie qui a tué un père et sa "
     "fille rue de Bourgogne, dans le quartier de Borny, à Metz.\n\nIl aurait mis le feu à des "
     "cartons sur le palier après une dispute de voisinage, selon le parquet.\n\nIl a été "
     "placé en détention provisoire."),
    # F4: a bank robbery and the arrests two days later.
    ("F4a", "F4", "Nice-Matin", "2026-03-03T13:15:00+01:00",
     "Nice : braquage à main armée dans une agence bancaire du boulevard Gambetta",
     "Deux hommes armés et cagoulés ont braqué mardi matin une agence du Crédit agricole du "
     "boulevard Gambetta, à Nice, peu après l'ouverture.\n\nIls ont menacé les employés et sont "
     "repartis avec plusieurs dizaines de milliers d'euros à bord d'un scooter.\n\nPersonne n'a "
     "été blessé. La police judiciaire a été saisie."),
    ("F4b", "F4", "France Bleu Azur", "2026-03-05T18:40:00+01:00",
     "Braquage du boulevard Gambetta à Nice : deux suspects interpellés",
     "Deux hommes de 22 et 26 ans ont été interpellés jeudi à Nice, soupçonnés d'avoir braqué "
     "mardi l'agence du Crédit agricole du boulevard Gambetta.\n\nLe scooter utilisé lors de la "
     "fuite a été retrouvé dans un garage de l'Ariane, avec une partie du butin.\n\nLes deux "
     "suspects ont été placés en garde à vue."),
    # F5: a strike at one employer and its end two days later.
    ("F5a", "F5", "Le Télégramme", "2026-06-09T11:00:00+02:00",
     "Brest : grève à l'arsenal de Naval Group à l'appel de la CGT",
     "Plusieurs centaines de salariés de Naval Group à Brest ont cessé le travail mardi à "
     "l'appel de la CGT et de FO, pour réclamer une revalorisation des salaires de 5 %.\n\n"
     "Un rassemblement s'est tenu devant l'entrée principale de l'arsenal.\n\nLa direction "
     "propose 2,5 % et une prime."),
    ("F5b", "F5", "Ouest-France", "2026-06-11T19:15:00+02:00",
     "Naval Group Brest : accord trouvé, fin de la grève à l'arsenal",
     "La direction de Naval Group et les syndicats CGT et FO sont parvenus jeudi à un accord "
     "mettant fin à la grève entamée mardi à l'arsenal de Brest : les salaires seront "
     "augmentés de 3,5 %.\n\nLe travail reprendra vendredi matin.\n\nLes grévistes avaient "
     "réclamé 5 %."),
]


def main() -> None:
    hard = [[f"D{i}", f"D{i}x"] for i in range(1, 6)]
    write_pair_set(HERE, "f-stories24", A, hard)


if __name__ == "__main__":
    main()
