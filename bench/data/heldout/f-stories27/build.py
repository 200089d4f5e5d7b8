#!/usr/bin/env python3
"""Build f-stories27's held-out story pairs (written 2026-12-03 before veille was run on them).

Eight pairs of two different events of one kind at one place, told apart only by the estate,
the arrondissement, the building, the establishment or the date (issue #14's testers' shapes:
two shootings in two Marseille cités, two fires in Villeurbanne, two escapes from Lantin):
D1 two flat fires in Paris the same night, one in the 18e arrondissement, one in the 11e;
D2 two stabbings in Nîmes the same evening, one in the quartier Pissevin, one at the
Chemin-Bas-d'Avignon; D3 two escapes from the centre pénitentiaire de Réau ten days apart;
D4 two matches at the Stade Geoffroy-Guichard a week apart, each with flares and a stand
closed; D5 a chemical leak at the Arkema plant of Pierre-Bénite on Monday, a fire in the same
plant on Thursday; D6 two fires in Bayonne the same day, one in the résidence Habas-la-Plaine,
one in the quartier Sainte-Croix; D7 two nurses assaulted at the CHU de Nantes's emergency
ward four days apart; D8 two pupils stabbed outside two lycées of Montpellier the same week.
Six true follow-ups that must join, naming the place otherwise or only once: F1 the Pissevin
victim dead, a suspect arrested (the estate named again); F2 Réau's first escapee caught;
F3 the Pierre-Bénite leak's inquiry; F4 the Paris 18e fire's victims identified (the street,
"dans le nord de Paris"); F5 the CHU's first attacker sentenced; F6 the Habas-la-Plaine fire
headed "Pays basque :", the residence named. Invented articles and people, free to reuse.
Writes ``articles.jsonl`` and ``gold.json`` in t-reader22's format (score with
``../t-reader22/score.py``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    # D1: Paris, the same night: a fire in the 18e, a fire in the 11e.
    ("D1a", "D1", "Le Parisien", "2026-03-07T07:40:00+01:00",
     "Paris : un incendie dans un immeuble du 18e arrondissement fait deux morts",
     "Deux personnes sont mortes dans la nuit de vendredi à samedi dans l'incendie d'un "
     "immeuble de la rue Marcadet, dans le 18e arrondissement de Paris, ont indiqué les "
     "pompiers.\n\nLe feu s'est déclaré vers 3 heures au deuxième étage et s'est propagé à la "
     "cage d'escalier. Une centaine de sapeurs-pompiers ont été mobilisés et douze habitants "
     "ont été évacués par les échelles.\n\n« Les fumées ont piégé les occupants du troisième "
     "étage », a expliqué le porte-parole de la brigade de sapeurs-pompiers de Paris, le "
     "commandant Hervé Lemaire. Une enquête a été confiée au laboratoire central de la "
     "préfecture de police."),
    ("D1b", "D1x", "AFP", "2026-03-07T10:15:00+01:00",
     "Paris : un incendie dans le 11e arrondissement, huit blessés légers",
     "Huit personnes ont été légèrement blessées samedi matin dans l'incendie d'un "
     "appartement au quatrième étage d'un immeuble du boulevard Voltaire, dans le 11e "
     "arrondissement de Paris.\n\nLe feu, parti d'une cuisine vers 6 heures, a été maîtrisé "
     "en une heure. Les blessés, intoxiqués par les fumées, ont été pris en charge sur "
     "place.\n\n« L'intervention a été rapide, l'immeuble n'a pas été touché en structure », "
     "a indiqué le porte-parole de la brigade de sapeurs-pompiers de Paris, le commandant "
     "Hervé Lemaire."),
    ("F4a", "D1", "France Bleu Paris", "2026-03-08T12:20:00+01:00",
     "Incendie rue Marcadet : les deux victimes étaient une mère et son fils",
     "Les deux victimes de l'incendie survenu dans la nuit de vendredi à samedi rue "
     "Marcadet, dans le nord de Paris, étaient une femme de 54 ans et son fils de 19 ans, a "
     "indiqué dimanche le parquet de Paris.\n\nLes premières constatations privilégient la "
     "piste accidentelle : un radiateur électrique serait à l'origine du sinistre. Les "
     "habitants évacués ont été relogés par la mairie d'arrondissement.\n\n« Tout le quartier "
     "est sous le choc », a confié une voisine."),
    # D2: Nîmes, the same evening: a stabbing at Pissevin, another at Chemin-Bas-d'Avignon.
    ("D2a", "D2", "Midi Libre", "2026-05-12T22:30:00+02:00",
     "Nîmes : un homme grièvement blessé au couteau dans le quartier Pissevin",
     "Un homme de 23 ans a été grièvement blessé de plusieurs coups de couteau mardi soir "
     "dans le quartier Pissevin, à Nîmes (Gard), près de la place Debussy, selon une source "
     "policière.\n\nLa victime a été transportée au CHU Carémeau en urgence absolue. "
     "L'agresseur a pris la fuite. La piste d'un règlement de comptes lié au trafic de "
     "stupéfiants est privilégiée.\n\n« Une enquête a été ouverte pour tentative de meurtre »,"
     " a indiqué la procureure de la République de Nîmes, Cécile Gensac."),
    ("D2b", "D2x", "Objectif Gard", "2026-05-12T23:50:00+02:00",
     "Nîmes : un adolescent blessé à l'arme blanche au Chemin-Bas-d'Avignon",
     "Un adolescent de 16 ans a été blessé à l'arme blanche mardi soir vers 21 heures dans "
     "le quartier du Chemin-Bas-d'Avignon, à Nîmes, au cours d'une rixe entre jeunes.\n\n"
     "Touché à la cuisse, il a été hospitalisé au CHU Carémeau, ses jours ne sont pas en "
     "danger. Deux mineurs ont été interpellés sur place.\n\n« Les faits ne semblent pas liés "
     "au trafic », a précisé la procureure de la République de Nîmes, Cécile Gensac."),
    ("F1a", "D2", "AFP", "2026-05-14T16:05:00+02:00",
     "Homme poignardé à Pissevin : la victime a succombé, un suspect interpellé",
     "Le jeune homme poignardé mardi soir dans le quartier Pissevin de Nîmes a succombé à "
     "ses blessures jeudi matin, a annoncé le parquet, qui a requalifié l'enquête en "
     "meurtre.\n\nUn suspect de 20 ans a été interpellé jeudi à l'aube à Alès et placé en "
     "garde à vue. « Les investigations se poursuivent pour identifier d'éventuels "
     "complices », a déclaré la procureure Cécile Gensac.\n\nIl s'agit du cinquième homicide "
     "dans le Gard depuis janvier."),
    # D3: Réau prison, two escapes ten days apart.
    ("D3a", "D3", "Le Parisien", "2026-09-03T09:10:00+02:00",
     "Seine-et-Marne : un détenu s'évade du centre pénitentiaire de Réau",
     "Un détenu de 31 ans s'est évadé mercredi soir du centre pénitentiaire de Réau "
     "(Seine-et-Marne) en escaladant le mur d'enceinte pendant la promenade, a-t-on appris "
     "de source pénitentiaire.\n\nIncarcéré pour vols avec violence, il devait être libéré en "
     "2028. Un important dispositif de recherche a été déployé.\n\n« Il y a eu des défaillances"
     " et elles seront examinées », a reconnu le directeur interrégional des services "
     "pénitentiaires de Paris, Alain Sorel."),
    ("D3b", "D3x", "AFP", "2026-09-13T11:40:00+02:00",
     "Nouvelle évasion à la prison de Réau : un détenu s'enfuit lors d'une extraction",
     "Un détenu du centre pénitentiaire de Réau s'est évadé samedi matin lors de son "
     "extraction vers l'hôpital de Melun, après que des complices armés ont attaqué le "
     "fourgon.\n\nLe fugitif, 42 ans, purgeait une peine de quinze ans pour trafic de "
     "stupéfiants. Deux surveillants ont été légèrement blessés.\n\n« C'est une attaque d'une "
     "extrême violence », a déclaré le directeur interrégional des services pénitentiaires "
     "de Paris, Alain Sorel."),
    ("F2a", "D3", "France Bleu Paris", "2026-09-05T18:30:00+02:00",
     "Évadé de Réau : le fugitif interpellé deux jours après avoir escaladé le mur",
     "Le détenu qui s'était évadé mercredi soir de la prison de Réau en escaladant le mur "
     "d'enceinte a été interpellé vendredi après-midi à Évry (Essonne), chez une "
     "connaissance.\n\nIl n'a opposé aucune résistance et a été réincarcéré. Il sera jugé "
     "pour évasion.\n\nLes syndicats de surveillants dénoncent le manque de personnel "
     "pendant les promenades."),
    # D4: Stade Geoffroy-Guichard, two matches a week apart.
    ("D4a", "D4", "Le Progrès", "2026-10-04T23:10:00+02:00",
     "Saint-Étienne : match interrompu à Geoffroy-Guichard après des jets de fumigènes",
     "Le match entre l'AS Saint-Étienne et l'Olympique lyonnais a été interrompu vingt "
     "minutes samedi soir au stade Geoffroy-Guichard après des jets de fumigènes sur la "
     "pelouse depuis la tribune nord.\n\nL'arbitre a fait rentrer les joueurs aux vestiaires "
     "à la 62e minute. Six supporters ont été interpellés.\n\n« Ces comportements sont "
     "inacceptables », a déclaré le préfet de la Loire, Bertrand Coulon, qui envisage des "
     "sanctions."),
    ("D4b", "D4x", "AFP", "2026-10-11T22:45:00+02:00",
     "Saint-Étienne : des fumigènes au stade Geoffroy-Guichard, la tribune sud fermée",
     "Des supporters ont lancé des fumigènes samedi soir au stade Geoffroy-Guichard lors du "
     "match entre l'AS Saint-Étienne et le FC Nantes, et la tribune sud sera fermée pour la "
     "prochaine rencontre.\n\nLe match n'a été interrompu que trois minutes. Deux stadiers ont "
     "été légèrement brûlés.\n\n« Les clubs doivent prendre leurs responsabilités », a déclaré "
     "le préfet de la Loire, Bertrand Coulon."),
    # D5: the Arkema plant of Pierre-Bénite: a leak on Monday, a fire on Thursday.
    ("D5a", "D5", "Le Progrès", "2026-06-08T15:20:00+02:00",
     "Pierre-Bénite : une fuite de produit chimique à l'usine Arkema, douze salariés "
     "intoxiqués",
     "Une fuite d'acide fluorhydrique s'est produite lundi matin dans un atelier de l'usine "
     "Arkema de Pierre-Bénite (Rhône), au sud de Lyon, et douze salariés ont été légèrement "
     "intoxiqués.\n\nLa fuite a été colmatée en deux heures. Aucune mesure de confinement n'a "
     "été prise pour les riverains.\n\n« Il n'y a pas de danger pour la population », a "
     "assuré la préfète du Rhône, Fabienne Buccio-Martin."),
    ("D5b", "D5x", "AFP", "2026-06-11T19:45:00+02:00",
     "Rhône : incendie dans l'usine Arkema de Pierre-Bénite, les riverains confinés",
     "Un incendie s'est déclaré jeudi après-midi dans un entrepôt de stockage de l'usine "
     "Arkema de Pierre-Bénite, au sud de Lyon, et les habitants de trois communes ont été "
     "appelés à rester confinés.\n\nUn épais panache de fumée noire était visible depuis "
     "Lyon. Quatre-vingts pompiers ont été mobilisés.\n\n« Le confinement est une mesure de "
     "précaution », a déclaré la préfète du Rhône, Fabienne Buccio-Martin."),
    ("F3a", "D5", "France 3 Auvergne-Rhône-Alpes", "2026-06-09T12:00:00+02:00",
     "Fuite d'acide à Pierre-Bénite : le parquet ouvre une enquête, l'inspection sur place",
     "Le parquet de Lyon a ouvert mardi une enquête pour blessures involontaires après la "
     "fuite d'acide fluorhydrique qui a intoxiqué douze salariés lundi dans un atelier du "
     "site chimique de Pierre-Bénite.\n\nL'inspection des installations classées s'est rendue "
     "sur place. Un joint défectueux serait en cause, selon la direction.\n\n« Nous voulons "
     "savoir pourquoi l'alarme s'est déclenchée si tard », a réclamé un délégué syndical."),
    # D6: Bayonne, the same day: a fire at Habas-la-Plaine, a fire at Sainte-Croix.
    ("D6a", "D6", "Sud Ouest", "2026-01-20T09:30:00+01:00",
     "Bayonne : un incendie dans la résidence Habas-la-Plaine, quarante habitants évacués",
     "Un incendie s'est déclaré mardi vers 5 heures dans un local poubelles de la résidence "
     "Habas-la-Plaine, à Bayonne (Pyrénées-Atlantiques), et quarante habitants ont été "
     "évacués.\n\nLes fumées ont envahi les parties communes du bâtiment C. Trois personnes "
     "ont été conduites au centre hospitalier de la Côte basque.\n\n« L'origine criminelle "
     "n'est pas exclue », a indiqué le maire de Bayonne, Jean-René Etchegaray."),
    ("D6b", "D6x", "France Bleu Pays basque", "2026-01-20T17:40:00+01:00",
     "Bayonne : une maison ravagée par les flammes dans le quartier Sainte-Croix",
     "Une maison individuelle a été entièrement détruite par un incendie mardi après-midi "
     "dans le quartier Sainte-Croix, à Bayonne.\n\nLes deux occupants, un couple de "
     "retraités, ont pu sortir à temps. Le feu serait parti d'une cheminée.\n\n« Nous allons "
     "les reloger dès ce soir », a indiqué le maire de Bayonne, Jean-René Etchegaray."),
    ("F6a", "D6", "Sud Ouest", "2026-01-21T11:15:00+01:00",
     "Pays basque : l'incendie de Habas-la-Plaine était criminel, une enquête ouverte",
     "L'incendie qui a contraint quarante habitants de la résidence Habas-la-Plaine à "
     "évacuer leur logement mardi à l'aube était d'origine criminelle, a indiqué mercredi le "
     "parquet de Bayonne.\n\nDes traces d'accélérant ont été relevées dans le local "
     "poubelles. Les habitants ont pu regagner leurs appartements, sauf ceux du deuxième "
     "étage du bâtiment C.\n\nLe bailleur social a porté plainte."),
    # D7: the CHU de Nantes's emergency ward: a nurse assaulted on Friday, another on Tuesday.
    ("D7a", "D7", "Ouest-France", "2026-11-06T20:15:00+01:00",
     "Nantes : une infirmière agressée aux urgences du CHU",
     "Une infirmière a été frappée au visage vendredi après-midi aux urgences du CHU de "
     "Nantes par un patient en état d'ébriété, qui attendait depuis quatre heures.\n\nElle "
     "souffre d'une fracture du nez. L'agresseur, un homme de 38 ans, a été interpellé par "
     "la police et placé en garde à vue.\n\n« Nos équipes sont épuisées et exposées », a "
     "dénoncé le directeur général du CHU, Philippe El Saïr."),
    ("D7b", "D7x", "France 3 Pays de la Loire", "2026-11-10T19:30:00+01:00",
     "CHU de Nantes : une nouvelle agression aux urgences, une infirmière blessée",
     "Une infirmière des urgences du CHU de Nantes a été blessée mardi soir par la "
     "compagne d'un patient, qui l'a poussée contre un chariot, quatre jours après une "
     "première agression dans le même service.\n\nL'agresseuse a pris la fuite avant l'arrivée "
     "de la police. Une plainte a été déposée.\n\n« Nous demandons un agent de sécurité la "
     "nuit », a réclamé le directeur général du CHU, Philippe El Saïr."),
    ("F5a", "D7", "Presse Océan", "2026-11-09T18:00:00+01:00",
     "Infirmière frappée aux urgences de Nantes : six mois ferme pour l'agresseur",
     "L'homme qui avait frappé une infirmière au visage vendredi aux urgences du CHU de "
     "Nantes a été condamné lundi en comparution immédiate à six mois de prison ferme.\n\n"
     "Le tribunal correctionnel a retenu la circonstance aggravante de violences sur un "
     "soignant. Le prévenu, 38 ans, a dit « regretter son geste ».\n\nL'infirmière, qui "
     "souffre d'une fracture du nez, est en arrêt de travail pour un mois."),
    # D8: Montpellier, the same week: two pupils stabbed outside two lycées.
    ("D8a", "D8", "Midi Libre", "2026-12-01T13:10:00+01:00",
     "Montpellier : un lycéen blessé au couteau devant le lycée Jules-Guesde",
     "Un lycéen de 17 ans a été blessé à l'épaule d'un coup de couteau mardi matin devant "
     "le lycée Jules-Guesde, à Montpellier (Hérault), par un jeune homme extérieur à "
     "l'établissement.\n\nLa victime a été hospitalisée, ses jours ne sont pas en danger. "
     "L'agresseur a été interpellé dans la matinée.\n\n« Une cellule d'écoute a été mise en "
     "place », a indiqué la rectrice de l'académie de Montpellier, Sophie Béjean."),
    ("D8b", "D8x", "France Bleu Hérault", "2026-12-03T17:25:00+01:00",
     "Montpellier : un élève poignardé à la sortie du lycée Joffre",
     "Un élève de seconde a été poignardé à la jambe jeudi en fin d'après-midi à la sortie "
     "du lycée Joffre, à Montpellier, au cours d'une altercation entre deux groupes.\n\n"
     "L'adolescent, 15 ans, a été conduit au CHU Lapeyronie. L'auteur présumé est en "
     "fuite.\n\n« C'est la deuxième agression de ce type cette semaine », a déploré la "
     "rectrice de l'académie de Montpellier, Sophie Béjean."),
]


def main() -> None:
    hard = [[f"D{i}", f"D{i}x"] for i in range(1, 9)]
    write_pair_set(HERE, "f-stories27", A, hard, with_id=True)


if __name__ == "__main__":
    main()
