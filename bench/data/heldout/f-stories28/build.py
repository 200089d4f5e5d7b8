#!/usr/bin/env python3
"""Build f-stories28's held-out story pairs (written 2026-12-03 before veille was run on them).

Eight pairs of two different events sharing a town or a named person, where one article often
recalls the other in its lead ("au lendemain de", "après", "une semaine après"): D1 a warehouse
fire in Saint-Nazaire and the council's budget vote the day after, opened by a word on the fire;
D2 two shootings the same evening in two namesake towns, Saint-Denis (Seine-Saint-Denis) and
Saint-Denis (La Réunion); D3 an escape from the maison d'arrêt de Villepinte and a riot in the
same prison a week later; D4 the mayor of Grenoble charged with favouritism and the same mayor
opening a tram line; D5 a trawler sunk off Lorient and a dockers' strike at the port two days
after; D6 a man shot dead in Angers and an unrelated murder trial's verdict in Angers the same
day (one prosecutor quoted in both); D7 floods in Toulon and the council's stadium vote two days
after the floods; D8 a MP assaulted at a market in Le Mans and the same MP tabling a bill a week
after her assault. Seven true follow-ups that must join: F1 the Saint-Nazaire fire's cause;
F2 the Seine-Saint-Denis shooting's suspect arrested; F3 the Villepinte escapee caught two days
later in Lille; F4 the Grenoble mayor refusing to resign; F5 the Lorient sailor's body found;
F6 the Angers killing's suspect charged; F7 a short teaser on the Toulon floods.
Invented articles and people, free to reuse. Writes ``articles.jsonl`` and ``gold.json`` in
t-reader22's format (score with ``../t-reader22/score.py`` or ``score.sh``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    # D1: Saint-Nazaire, a warehouse fire on Monday night; the budget vote on Tuesday night.
    ("D1a", "D1", "Ouest-France", "2026-02-09T23:50:00+01:00",
     "Saint-Nazaire : un entrepôt ravagé par un incendie sur le port",
     "Un important incendie a ravagé lundi soir un entrepôt de stockage de bois sur le port de "
     "Saint-Nazaire (Loire-Atlantique), sans faire de victime, ont indiqué les pompiers.\n\n"
     "Le feu s'est déclaré vers 20 heures dans le bâtiment de 4 000 m² du quai des Darses. "
     "Quatre-vingts sapeurs-pompiers ont été engagés et un panache de fumée était visible à "
     "plusieurs kilomètres.\n\n« Le bâtiment est perdu mais la propagation a été stoppée », a "
     "déclaré le lieutenant-colonel Franck Berthou, du Sdis 44. Le maire, Xavier Perrin, s'est "
     "rendu sur place."),
    ("D1b", "D1x", "Ouest-France", "2026-02-10T23:20:00+01:00",
     "Saint-Nazaire : le conseil municipal vote le budget 2026",
     "Le conseil municipal de Saint-Nazaire a voté mardi soir le budget 2026 de la ville, au "
     "lendemain de l'incendie de l'entrepôt du quai des Darses, par 39 voix contre 10.\n\n"
     "Le budget s'élève à 190 millions d'euros, dont 45 millions d'investissements pour la "
     "rénovation des écoles et du front de mer. Le maire, Xavier Perrin, a ouvert la séance "
     "en remerciant les sapeurs-pompiers.\n\n« Ce budget ne sacrifie ni l'investissement ni "
     "les services publics », a-t-il défendu. L'opposition a voté contre."),
    ("F1a", "D1", "Presse Océan", "2026-02-11T12:05:00+01:00",
     "Incendie du quai des Darses : un court-circuit à l'origine du sinistre",
     "L'incendie qui a détruit lundi soir un entrepôt de bois sur le port de Saint-Nazaire "
     "serait dû à un court-circuit dans un tableau électrique, selon les premières "
     "conclusions des enquêteurs.\n\nLe parquet de Saint-Nazaire écarte la piste criminelle. "
     "Le grand port maritime a annoncé que l'activité du quai reprendrait la semaine "
     "prochaine.\n\n« Nous allons reconstruire », a promis le gérant de l'entreprise."),
    # D2: two shootings the same evening in Saint-Denis (93) and Saint-Denis (La Réunion).
    ("D2a", "D2", "Le Parisien", "2026-04-14T23:10:00+02:00",
     "Saint-Denis : un adolescent blessé par balle près de la gare",
     "Un adolescent de 17 ans a été blessé par balle mardi soir près de la gare de "
     "Saint-Denis (Seine-Saint-Denis), a-t-on appris de source policière.\n\nTouché à la "
     "jambe, il a été transporté à l'hôpital Delafontaine, ses jours ne sont pas en danger. Le "
     "tireur a pris la fuite à scooter.\n\nLe parquet de Bobigny a ouvert une enquête pour "
     "tentative de meurtre, confiée à la police judiciaire de Seine-Saint-Denis."),
    ("D2b", "D2x", "Clicanoo", "2026-04-14T22:40:00+04:00",
     "Saint-Denis : un homme blessé par balle au Chaudron",
     "Un homme de 34 ans a été blessé par balle mardi soir dans le quartier du Chaudron, à "
     "Saint-Denis, a indiqué la police.\n\nAtteint à l'épaule, il a été transporté au CHU "
     "Félix-Guyon. Deux individus ont été vus s'enfuir en voiture vers Sainte-Clotilde.\n\n"
     "Le parquet de Saint-Denis de La Réunion a ouvert une enquête pour tentative "
     "d'homicide. La sûreté départementale est chargée des investigations."),
    ("F2a", "D2", "Le Parisien", "2026-04-16T18:30:00+02:00",
     "Adolescent blessé par balle à Saint-Denis : un suspect interpellé",
     "Un homme de 20 ans a été interpellé jeudi à Aubervilliers, soupçonné d'avoir tiré mardi "
     "soir sur un adolescent de 17 ans près de la gare de Saint-Denis (Seine-Saint-Denis).\n\n"
     "Il a été placé en garde à vue dans les locaux de la police judiciaire. Le scooter "
     "utilisé pour la fuite a été retrouvé incendié.\n\nSelon le parquet de Bobigny, un "
     "différend lié au trafic de stupéfiants serait à l'origine des tirs."),
    # D3: maison d'arrêt de Villepinte, an escape then a riot a week later.
    ("D3a", "D3", "AFP", "2026-06-02T10:20:00+02:00",
     "Seine-Saint-Denis : un détenu s'évade de la maison d'arrêt de Villepinte",
     "Un détenu de 26 ans s'est évadé lundi soir de la maison d'arrêt de Villepinte "
     "(Seine-Saint-Denis) en escaladant le mur d'enceinte, a-t-on appris mardi de source "
     "pénitentiaire.\n\nIncarcéré pour vols avec violence, Yanis Belkacem a profité de la "
     "promenade pour s'enfuir à l'aide d'une corde artisanale. Il est activement "
     "recherché.\n\n« Les failles de sécurité sont connues depuis des années », a dénoncé un "
     "délégué syndical, Mickaël Dufresne."),
    ("D3b", "D3x", "Le Parisien", "2026-06-09T21:45:00+02:00",
     "Villepinte : une mutinerie à la maison d'arrêt, deux surveillants blessés",
     "Une soixantaine de détenus ont refusé de regagner leurs cellules mardi après-midi à la "
     "maison d'arrêt de Villepinte (Seine-Saint-Denis), une semaine après l'évasion d'un "
     "détenu. Deux surveillants ont été légèrement blessés.\n\nLes équipes régionales "
     "d'intervention et de sécurité sont intervenues pour rétablir le calme vers 19 heures. "
     "Un bâtiment a été dégradé.\n\n« La surpopulation atteint 190 % », a rappelé le délégué "
     "syndical Mickaël Dufresne."),
    ("F3a", "D3", "La Voix du Nord", "2026-06-03T19:00:00+02:00",
     "Évadé de Villepinte : le fugitif interpellé à Lille deux jours après",
     "Yanis Belkacem, le détenu qui s'était évadé lundi de la maison d'arrêt de Villepinte, a "
     "été interpellé mercredi à Lille, dans le quartier de Moulins, a-t-on appris de source "
     "policière.\n\nIl se cachait chez une connaissance. Il n'a opposé aucune résistance.\n\n"
     "Il devrait être présenté à un juge et réincarcéré. Une enquête administrative a été "
     "ouverte sur les circonstances de son évasion."),
    # D4: the mayor of Grenoble (invented): charged, then opening a tram line.
    ("D4a", "D4", "Le Dauphiné libéré", "2026-09-15T17:40:00+02:00",
     "Grenoble : le maire Paul Ravier mis en examen pour favoritisme",
     "Le maire de Grenoble, Paul Ravier, a été mis en examen mardi pour favoritisme dans "
     "l'attribution d'un marché public de mobilier urbain, a indiqué le parquet national "
     "financier.\n\nLe marché, d'un montant de 8 millions d'euros, avait été attribué en 2024 "
     "à une société dirigée par un proche de l'élu.\n\n« Je suis serein et je me défendrai », "
     "a réagi Paul Ravier dans un communiqué."),
    ("D4b", "D4x", "France Bleu Isère", "2026-09-19T12:15:00+02:00",
     "Grenoble : la ligne F du tramway inaugurée",
     "Le maire de Grenoble, Paul Ravier, a inauguré samedi matin la nouvelle ligne F du "
     "tramway, qui relie la gare à Échirolles en vingt minutes.\n\nLa ligne, longue de 9 "
     "kilomètres, compte quinze stations et doit transporter 40 000 voyageurs par jour. Son "
     "coût s'élève à 310 millions d'euros.\n\n« C'est un jour historique pour la "
     "métropole », a déclaré le maire devant plusieurs centaines d'habitants."),
    ("F4a", "D4", "Le Dauphiné libéré", "2026-09-16T19:20:00+02:00",
     "Mis en examen, le maire de Grenoble refuse de démissionner",
     "Mis en examen la veille pour favoritisme, le maire de Grenoble, Paul Ravier, a exclu "
     "mercredi de quitter ses fonctions, malgré les appels de l'opposition.\n\n« La "
     "présomption d'innocence vaut pour tout le monde », a-t-il déclaré lors d'une conférence "
     "de presse. L'opposition réclame un conseil municipal extraordinaire sur le marché de "
     "mobilier urbain.\n\nLe parquet national financier poursuit ses investigations."),
    # D5: Lorient, a trawler sunk on Thursday, a dockers' strike on Saturday.
    ("D5a", "D5", "Le Télégramme", "2026-11-05T14:30:00+01:00",
     "Lorient : un chalutier fait naufrage, un marin porté disparu",
     "Un chalutier de Lorient (Morbihan) a fait naufrage jeudi matin au large de l'île de "
     "Groix. Trois marins ont été hélitreuillés, un quatrième est porté disparu, a indiqué la "
     "préfecture maritime de l'Atlantique.\n\nLe Ker-Avel, un chalutier de 20 mètres, a "
     "chaviré par forte houle vers 6 heures. Les recherches se poursuivent avec un "
     "hélicoptère et la SNSM.\n\n« Les conditions étaient très difficiles », a indiqué le "
     "Cross Étel."),
    ("D5b", "D5x", "Ouest-France", "2026-11-07T11:00:00+01:00",
     "Lorient : grève des dockers, le port de commerce paralysé",
     "Les dockers du port de commerce de Lorient sont en grève depuis samedi matin pour "
     "réclamer des hausses de salaires, deux jours après le naufrage du Ker-Avel.\n\nAucun "
     "navire n'a été chargé ni déchargé, et trois cargos attendent en rade. Le syndicat CGT "
     "des ports et docks réclame une revalorisation de 6 %.\n\n« Nous ne lâcherons pas », a "
     "prévenu le secrétaire du syndicat, Ronan Le Goff."),
    ("F5a", "D5", "Le Télégramme", "2026-11-08T16:45:00+01:00",
     "Naufrage du Ker-Avel : le corps du marin disparu retrouvé",
     "Le corps du marin porté disparu depuis le naufrage jeudi du chalutier Ker-Avel au large "
     "de Groix a été retrouvé dimanche par un bateau de pêche, a annoncé la préfecture "
     "maritime.\n\nLe marin, âgé de 42 ans, était originaire de Lorient. Une cérémonie sera "
     "organisée au port de pêche de Keroman.\n\nLe Bureau d'enquêtes sur les événements de "
     "mer a ouvert une enquête technique."),
    # D6: Angers, a man shot dead; a murder trial's verdict the same day; one prosecutor.
    ("D6a", "D6", "Ouest-France", "2026-03-18T09:40:00+01:00",
     "Angers : un homme tué par balle dans le quartier de la Roseraie",
     "Un homme de 29 ans a été tué par balle mardi soir dans le quartier de la Roseraie, à "
     "Angers (Maine-et-Loire), a indiqué le procureur de la République, Éric Bouillard.\n\n"
     "La victime a été touchée de plusieurs balles au pied d'un immeuble de la rue Jean-Vilar. "
     "Les secours n'ont pas pu la ranimer.\n\n« Tout laisse penser à un règlement de "
     "comptes », a déclaré le procureur. La police judiciaire a été saisie."),
    ("D6b", "D6x", "Le Courrier de l'Ouest", "2026-03-18T19:30:00+01:00",
     "Angers : vingt ans de réclusion pour le meurtre de Trélazé",
     "La cour d'assises de Maine-et-Loire a condamné mercredi à Angers un homme de 45 ans à "
     "vingt ans de réclusion criminelle pour le meurtre de son associé à Trélazé en 2023.\n\n"
     "L'accusé avait frappé la victime à coups de barre de fer lors d'une dispute sur une "
     "dette. Il a toujours nié l'intention de tuer.\n\nLe procureur de la République, Éric "
     "Bouillard, avait requis vingt-deux ans."),
    ("F6a", "D6", "Le Courrier de l'Ouest", "2026-03-21T18:00:00+01:00",
     "Homme tué à la Roseraie : un suspect mis en examen pour meurtre",
     "Un homme de 24 ans a été mis en examen samedi pour meurtre et placé en détention "
     "provisoire, quatre jours après la mort d'un homme tué par balle dans le quartier de la "
     "Roseraie, à Angers.\n\nInterpellé jeudi, il a reconnu sa présence sur les lieux, selon "
     "le procureur Éric Bouillard.\n\nL'arme n'a pas été retrouvée."),
    # D7: Toulon, floods on Sunday; the council's stadium vote on Tuesday.
    ("D7a", "D7", "Var-Matin", "2026-10-11T20:10:00+02:00",
     "Toulon : des inondations spectaculaires après des pluies torrentielles",
     "Des pluies torrentielles se sont abattues dimanche sur Toulon (Var), inondant des rues "
     "du centre-ville et le quartier du Mourillon, ont indiqué les pompiers.\n\nIl est tombé "
     "120 millimètres d'eau en trois heures. Une cinquantaine de personnes ont été mises à "
     "l'abri et des dizaines de voitures ont été emportées.\n\n« C'est un épisode d'une "
     "violence rare », a souligné le maire, Hubert Falco-Laurent."),
    ("D7b", "D7x", "Var-Matin", "2026-10-13T22:30:00+02:00",
     "Toulon : le conseil municipal approuve la rénovation du stade Mayol",
     "Le conseil municipal de Toulon a approuvé mardi soir la rénovation du stade Mayol, deux "
     "jours après les inondations qui ont frappé la ville, pour un montant de 90 millions "
     "d'euros.\n\nLes travaux doivent porter la capacité de l'enceinte à 22 000 places d'ici "
     "2029. Le maire, Hubert Falco-Laurent, a défendu « un investissement pour toute la "
     "métropole ».\n\nL'opposition a dénoncé un projet « hors de prix »."),
    ("F7a", "D7", "Var-Matin", "2026-10-12T07:00:00+02:00",
     "Inondations à Toulon : ce que l'on sait",
     "Routes coupées, voitures emportées, une cinquantaine de personnes mises à l'abri : "
     "Toulon fait le bilan des inondations de dimanche. Le point sur la situation."),
    # D8: a Sarthe MP assaulted at a market in Le Mans; a week later she tables a bill.
    ("D8a", "D8", "Ouest-France", "2026-05-09T13:20:00+02:00",
     "Le Mans : la députée Claire Fontanel agressée sur un marché",
     "La députée de la Sarthe Claire Fontanel a été agressée samedi matin alors qu'elle "
     "distribuait des tracts sur le marché des Jacobins, au Mans, a-t-elle indiqué.\n\nUn "
     "homme l'a bousculée et frappée au visage avant d'être maîtrisé par des passants. Il a "
     "été placé en garde à vue.\n\n« Je ne me laisserai pas intimider », a réagi l'élue, qui "
     "a porté plainte."),
    ("D8b", "D8x", "Le Maine libre", "2026-05-16T10:05:00+02:00",
     "La députée Claire Fontanel dépose une proposition de loi sur les déserts médicaux",
     "Une semaine après son agression sur un marché du Mans, la députée de la Sarthe Claire "
     "Fontanel a déposé vendredi une proposition de loi visant à réguler l'installation des "
     "médecins.\n\nLe texte prévoit d'obliger les jeunes médecins à exercer deux ans dans un "
     "territoire sous-doté. Il est cosigné par quatre-vingts députés.\n\n« En Sarthe, un "
     "habitant sur dix n'a pas de médecin traitant », a-t-elle expliqué."),
]


def main() -> None:
    hard = [[f"D{i}", f"D{i}x"] for i in range(1, 9)]
    write_pair_set(HERE, "f-stories28", A, hard, with_id=True)


if __name__ == "__main__":
    main()
