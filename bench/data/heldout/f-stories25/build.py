#!/usr/bin/env python3
"""Build f-stories25's held-out story pairs (written 2026-12-03 before veille was run on them).

Six pairs of different events whose headlines name no kind of event (a quote, "sous le feu
des critiques", "un mardi noir", "le retour", "les élèves à l'honneur"), where only the lead
says what happened, sharing a town, an institution or a named person quoted in both: D1 a
mayor opens a cycle lane vs is taken to task at the council the same evening; D2 a shipyard's
fire on a liner vs the delivery of another liner the next day; D3 a singer announces an album
vs collapses on stage the next day; D4 a minister announces funds for a Roman theatre vs cars
burnt in a district of the town that night; D5 a lycée's pupils win a robotics contest vs the
lycée evacuated after a gas leak two days later; D6 a minister's farm visit promising aid vs
the same minister heckled by dairy farmers two days later. Five true follow-ups (F2: the
fire's inquiry, leading with its own new day "Jeudi, …" and naming the fire only in its
second sentence; F3: the singer leaves hospital; F4: two teenagers arrested for the burnt
cars; F5: back to class, leading with "Vendredi, …"; F6: the minister receives the farmers
the day after being heckled), each following one side of a pair. Invented articles and
people, free to reuse. Writes ``articles.jsonl`` and ``gold.json`` in t-reader22's format
(score with ``../t-reader22/score.py``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    # D1: a mayor, the same day: a cycle lane opened in the morning, criticised at the council
    # in the evening over an audit report.
    ("D1a", "D1", "Le Dauphiné libéré", "2026-05-11T12:40:00+02:00",
     "Grenoble : Laurence Vigier en selle sur le cours Jean-Jaurès",
     "La maire de Grenoble, Laurence Vigier, a inauguré lundi matin la nouvelle piste cyclable "
     "à double sens du cours Jean-Jaurès, longue de 2,4 kilomètres, entre la gare et Échirolles."
     "\n\n« C'est l'axe le plus fréquenté de la ville, il fallait le rendre sûr pour les "
     "cyclistes », a déclaré l'élue, qui a parcouru le trajet à vélo avec une centaine "
     "d'habitants.\n\nLes travaux ont coûté 6 millions d'euros, financés en partie par la "
     "Métropole."),
    ("D1b", "D1x", "France Bleu Isère", "2026-05-11T23:10:00+02:00",
     "Grenoble : Laurence Vigier sous le feu des critiques",
     "La maire de Grenoble, Laurence Vigier, a été vivement interpellée lundi soir en conseil "
     "municipal par l'opposition, après la publication d'un rapport de la chambre régionale "
     "des comptes pointant la hausse des dépenses de personnel de la ville.\n\nSelon ce "
     "rapport, la masse salariale a progressé de 14 % en quatre ans. « Ces chiffres incluent "
     "la reprise en régie des cantines », s'est défendue Laurence Vigier.\n\nL'opposition "
     "réclame un audit indépendant."),
    # D2: a shipyard, a fire on one liner, the delivery of another the next day.
    ("D2a", "D2", "Ouest-France", "2026-02-17T14:20:00+01:00",
     "Chantiers de l'Atlantique : un mardi noir à Saint-Nazaire",
     "Un incendie s'est déclaré mardi matin à bord du paquebot Orion Star, en construction aux "
     "Chantiers de l'Atlantique de Saint-Nazaire, ravageant deux ponts de cabines.\n\nQuelque "
     "1 800 ouvriers ont été évacués ; trois d'entre eux, légèrement intoxiqués par les fumées, "
     "ont été conduits à l'hôpital. « Le feu est maîtrisé », a indiqué en début d'après-midi le "
     "directeur général du chantier, Marc Le Gall.\n\nLa livraison du navire, prévue en "
     "septembre, pourrait être retardée."),
    ("D2b", "D2x", "Presse Océan", "2026-02-18T17:05:00+01:00",
     "Chantiers de l'Atlantique : « une fierté pour tout l'estuaire »",
     "Les Chantiers de l'Atlantique ont remis mercredi à l'armateur Helios Cruises le paquebot "
     "Aurora Borealis, le plus grand navire jamais construit à Saint-Nazaire, au terme de "
     "trente mois de travaux.\n\nLe géant de 340 mètres peut accueillir 6 700 passagers. « C'est "
     "une fierté pour tout l'estuaire », a salué le directeur général du chantier, Marc Le Gall, "
     "lors de la cérémonie du changement de pavillon.\n\nLe navire rejoindra Marseille pour sa "
     "première croisière en avril."),
    ("F2a", "D2", "Ouest-France", "2026-02-19T19:30:00+01:00",
     "Saint-Nazaire : les enquêteurs à bord de l'Orion Star",
     "Jeudi, les experts de la police scientifique ont passé la journée à bord du paquebot "
     "Orion Star, aux Chantiers de l'Atlantique de Saint-Nazaire. Ils cherchent l'origine de "
     "l'incendie qui a ravagé mardi matin deux ponts de cabines du navire en construction.\n\n"
     "La piste d'un point chaud lors d'une soudure est privilégiée, selon le parquet de "
     "Saint-Nazaire. Les trois ouvriers intoxiqués ont quitté l'hôpital.\n\nLe travail a repris "
     "sur le reste du navire."),
    # D3: a singer announces an album, and collapses on stage the next evening.
    ("D3a", "D3", "Le Parisien", "2026-10-08T11:00:00+02:00",
     "Léna Morel, le retour",
     "La chanteuse Léna Morel a annoncé jeudi la sortie de son quatrième album, « Lignes "
     "claires », le 12 mars, et une tournée de trente dates qui passera par l'Accor Arena de "
     "Paris en mai.\n\nL'artiste nantaise, révélée en 2019, n'avait plus publié de disque depuis "
     "trois ans. « J'avais besoin de temps pour écrire autrement », a-t-elle expliqué sur ses "
     "réseaux sociaux.\n\nUn premier extrait est disponible dès vendredi."),
    ("D3b", "D3x", "Ouest-France", "2026-10-10T00:30:00+02:00",
     "Léna Morel : « J'ai eu très peur »",
     "La chanteuse Léna Morel a été victime d'un malaise vendredi soir sur la scène du Zénith "
     "de Nantes, une heure après le début de son concert, qui a été interrompu.\n\nL'artiste "
     "s'est effondrée entre deux chansons devant 8 000 spectateurs ; elle a été prise en charge "
     "par les secours puis conduite au CHU. « J'ai eu très peur, mais je vais bien », a-t-elle "
     "écrit dans la nuit sur Instagram.\n\nLe concert sera reprogrammé."),
    ("F3a", "D3x", "20 Minutes", "2026-10-11T16:45:00+02:00",
     "Léna Morel rassure ses fans",
     "Hospitalisée après son malaise vendredi soir sur la scène du Zénith de Nantes, la "
     "chanteuse Léna Morel a quitté le CHU samedi après-midi.\n\nLes médecins lui ont prescrit "
     "dix jours de repos. Son entourage évoque « un épuisement » et assure que les examens n'ont "
     "rien révélé de grave.\n\nLes billets du concert interrompu resteront valables pour la "
     "nouvelle date, qui sera annoncée la semaine prochaine."),
    # D4: Arles, funds for the Roman theatre in the afternoon, cars burnt in a district that
    # night; the mayor quoted in both.
    ("D4a", "D4", "La Provence", "2026-06-23T18:15:00+02:00",
     "Arles : ce mardi au théâtre antique",
     "La ministre de la Culture, Claire Hervouet, a annoncé mardi après-midi au théâtre antique "
     "d'Arles une enveloppe de 12 millions d'euros pour restaurer les gradins et la scène du "
     "monument romain, fermé au public depuis l'automne.\n\n« C'est une excellente nouvelle "
     "pour le patrimoine arlésien », a réagi le maire, Patrick Delmas.\n\nLes travaux doivent "
     "commencer en janvier et durer deux ans."),
    ("D4b", "D4x", "France 3 Provence-Alpes", "2026-06-24T09:50:00+02:00",
     "Arles : nuit agitée à Griffeuille",
     "Une dizaine de voitures ont été incendiées dans la nuit de mardi à mercredi dans le "
     "quartier de Griffeuille, à Arles, et des pompiers ont été visés par des jets de "
     "projectiles.\n\nAucun blessé n'est à déplorer. « Ces violences sont inacceptables », a "
     "déclaré le maire, Patrick Delmas, qui a demandé des renforts de police au préfet.\n\n"
     "Une enquête a été ouverte par le parquet de Tarascon."),
    ("F4a", "D4x", "La Provence", "2026-06-26T12:30:00+02:00",
     "Arles : deux mineurs devant le juge",
     "Deux adolescents de 15 et 16 ans ont été interpellés jeudi à Arles, soupçonnés d'avoir "
     "incendié une dizaine de voitures dans la nuit de mardi à mercredi dans le quartier de "
     "Griffeuille.\n\nIls ont été présentés vendredi à un juge des enfants et placés sous "
     "contrôle judiciaire, a indiqué le parquet de Tarascon.\n\nUn troisième suspect est "
     "toujours recherché."),
    # D5: a lycée, pupils win a robotics contest, then the lycée evacuated two days later.
    ("D5a", "D5", "L'Est républicain", "2026-03-16T17:00:00+01:00",
     "Au lycée Victor-Hugo de Besançon, les élèves à l'honneur",
     "Trois élèves de terminale du lycée Victor-Hugo de Besançon ont remporté lundi à Paris la "
     "finale du concours national de robotique des lycées, avec un robot capable de trier les "
     "déchets.\n\n« Ils ont travaillé tous les mercredis après-midi depuis septembre », a "
     "souligné la proviseure, Anne Roussel.\n\nL'équipe représentera la France au championnat "
     "européen à Lisbonne en juin."),
    ("D5b", "D5x", "France Bleu Besançon", "2026-03-18T11:20:00+01:00",
     "Lycée Victor-Hugo de Besançon : « On a eu peur »",
     "Les 1 200 élèves du lycée Victor-Hugo de Besançon ont été évacués mercredi matin après "
     "une fuite de gaz dans le bâtiment des sciences.\n\nGRDF a coupé l'alimentation et les "
     "pompiers ont ventilé les locaux ; deux agents d'entretien, incommodés, ont été examinés "
     "sur place. « Tout s'est passé dans le calme », a assuré la proviseure, Anne Roussel.\n\n"
     "Les cours sont suspendus jusqu'à vendredi."),
    ("F5a", "D5x", "L'Est républicain", "2026-03-20T18:10:00+01:00",
     "Lycée Victor-Hugo : retour en classe",
     "Vendredi, les élèves du lycée Victor-Hugo de Besançon ont retrouvé leurs salles de "
     "classe. Le bâtiment des sciences, évacué mercredi matin après une fuite de gaz, reste "
     "fermé jusqu'à la fin des réparations.\n\nLes travaux pratiques de chimie ont lieu dans "
     "un laboratoire de l'université, a précisé la proviseure, Anne Roussel.\n\nLa canalisation "
     "défectueuse datait de 1974."),
    # D6: a minister of agriculture, a farm visit on Saturday, heckled on Monday; the
    # follow-up the day after the heckling.
    ("D6a", "D6", "L'Union", "2026-10-03T15:30:00+02:00",
     "Paul Garnier dans la Marne",
     "Le ministre de l'Agriculture, Paul Garnier, a visité samedi matin une exploitation de "
     "betteraves à Sommesous (Marne) et a promis une aide de 40 millions d'euros aux planteurs "
     "touchés par la jaunisse.\n\n« Personne ne sera laissé sur le bord de la route », a-t-il "
     "assuré devant une trentaine d'agriculteurs.\n\nLes dossiers pourront être déposés à "
     "partir du 1er décembre."),
    ("D6b", "D6x", "La Montagne", "2026-10-05T13:15:00+02:00",
     "Paul Garnier : « Je ne lâcherai pas les éleveurs »",
     "Le ministre de l'Agriculture, Paul Garnier, a été chahuté lundi matin par plusieurs "
     "dizaines d'éleveurs laitiers à son arrivée au Sommet de l'élevage de "
     "Cournon-d'Auvergne (Puy-de-Dôme), sous les sifflets et les jets d'œufs.\n\nLes "
     "manifestants dénoncent un prix du lait inférieur à leurs coûts de production. « Je ne "
     "lâcherai pas les éleveurs », a lancé le ministre avant d'écourter sa visite.\n\nLa "
     "FDSEA du Puy-de-Dôme réclame une rencontre à Paris."),
    ("F6a", "D6x", "Le Figaro", "2026-10-06T19:40:00+02:00",
     "Paul Garnier : « Je comprends la colère »",
     "Au lendemain de son accueil houleux au Sommet de l'élevage de Cournon-d'Auvergne, le "
     "ministre de l'Agriculture, Paul Garnier, a reçu mardi au ministère les représentants des "
     "éleveurs laitiers qui l'avaient chahuté.\n\n« Je comprends la colère », a-t-il déclaré à "
     "l'issue de la réunion, annonçant une médiation sur le prix du lait.\n\nLa FDSEA du "
     "Puy-de-Dôme juge la réponse « insuffisante »."),
]


def main() -> None:
    hard = [[f"D{i}", f"D{i}x"] for i in range(1, 7)]
    write_pair_set(HERE, "f-stories25", A, hard)


if __name__ == "__main__":
    main()
