#!/usr/bin/env python3
"""Build q-stories25's held-out story pairs (written 2026-12-03 before veille was run on them).

Five pairs of two different events of *one kind* in one place, where the second event's
article recalls the first in its own wording (t-reader25 R1's shape): R1 two warehouse fires
in one industrial zone ("le deuxième incendie en dix jours", "une semaine après celui
qui…"); R2 two armed robberies of one town's bank branches ("quatre jours après le braquage
de…"); R3 two migrant boats capsized off one beach ("Mercredi déjà, une embarcation avait
chaviré…"); R4 two gas explosions in one city ("après celle de la rue…"); R5 two wolf attacks
on one village's flocks ("Encore une attaque", "une nouvelle attaque"). Three true follow-ups
that refer back to their event and must stay with it (F1: the fire's owner charged "trois
jours après l'incendie"; F2: "au lendemain du naufrage", a body found; F3: "une semaine après
le braquage", two suspects arrested). Invented articles and people, free to reuse. Writes
``articles.jsonl`` and ``gold.json`` in t-reader22's format (score with
``../t-reader22/score.py``).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.heldout_events import write_pair_set  # noqa: E402

A = [
    ("R1a", "R1", "La Voix du Nord", "2026-10-05T08:40:00+02:00",
     "Hem : un entrepôt de textile ravagé par les flammes dans la zone des Hauts-Champs",
     "Un violent incendie a détruit dans la nuit de dimanche à lundi un entrepôt de 6 000 "
     "mètres carrés de la société Textiloire, dans la zone d'activités des Hauts-Champs, à "
     "Hem (Nord).\n\nQuelque 90 sapeurs-pompiers ont lutté pendant six heures contre les "
     "flammes. Un panache de fumée noire était visible depuis Roubaix. Personne n'a été "
     "blessé.\n\n« Le bâtiment est entièrement perdu », a indiqué le commandant Éric "
     "Vanhoutte, du Sdis du Nord. La mairie a demandé aux riverains de garder leurs fenêtres "
     "fermées."),
    ("F1a", "R1", "Nord Éclair", "2026-10-08T17:10:00+02:00",
     "Incendie de l'entrepôt Textiloire à Hem : le gérant mis en examen",
     "Trois jours après l'incendie qui a ravagé l'entrepôt de la société Textiloire, dans la "
     "zone des Hauts-Champs à Hem, son gérant a été mis en examen jeudi pour mise en danger "
     "de la vie d'autrui.\n\nSelon le parquet de Lille, les enquêteurs ont relevé l'absence "
     "de système d'extinction automatique et des stocks entreposés au-delà des quantités "
     "autorisées.\n\nLe gérant, laissé libre sous contrôle judiciaire, conteste toute "
     "négligence, selon son avocat."),
    ("R1b", "R1x", "La Voix du Nord", "2026-10-15T07:55:00+02:00",
     "Hem : un nouveau feu d'entrepôt dans la zone des Hauts-Champs, une usine de palettes détruite",
     "Une usine de fabrication de palettes de la zone d'activités des Hauts-Champs, à Hem, a "
     "été détruite par un incendie dans la nuit de mercredi à jeudi. Une soixantaine de "
     "sapeurs-pompiers sont intervenus ; deux employés de nuit ont été légèrement "
     "intoxiqués.\n\nC'est le deuxième incendie en dix jours dans cette zone, une semaine et "
     "demie après celui qui avait ravagé l'entrepôt de textile Textiloire. Les enquêteurs ne "
     "font pour l'instant aucun lien entre les deux sinistres.\n\n« Nous n'excluons aucune "
     "piste », a indiqué le commandant Éric Vanhoutte, du Sdis du Nord."),
    ("R2a", "R2", "Le Dauphiné libéré", "2026-09-14T12:20:00+02:00",
     "Valence : braquage à main armée dans une agence du Crédit Mutuel",
     "Deux hommes armés et cagoulés ont braqué lundi matin l'agence du Crédit Mutuel de "
     "l'avenue Victor-Hugo, à Valence (Drôme), peu après son ouverture.\n\nIls ont menacé "
     "trois employés avec une arme de poing et se sont enfuis à scooter avec plusieurs "
     "milliers d'euros. Personne n'a été blessé.\n\nLa police judiciaire de Valence est "
     "chargée de l'enquête, a précisé le procureur, Laurent de Caigny."),
    ("R2b", "R2x", "France Bleu Drôme Ardèche", "2026-09-18T18:05:00+02:00",
     "Valence : la Poste de Fontbarlettes attaquée par un homme armé",
     "Un homme armé d'un couteau a attaqué vendredi en fin d'après-midi le bureau de poste de "
     "Fontbarlettes, à Valence, et s'est enfui à pied avec la caisse.\n\nLa guichetière, "
     "choquée, a été prise en charge par les pompiers. Cette attaque survient quatre jours "
     "après le braquage de l'agence du Crédit Mutuel de l'avenue Victor-Hugo, dont les "
     "auteurs courent toujours.\n\nLe procureur, Laurent de Caigny, a indiqué que la police "
     "judiciaire de Valence était saisie."),
    ("F3a", "R2", "Le Dauphiné libéré", "2026-09-21T11:30:00+02:00",
     "Braquage du Crédit Mutuel à Valence : deux suspects interpellés",
     "Une semaine après le braquage de l'agence du Crédit Mutuel de l'avenue Victor-Hugo, à "
     "Valence, deux hommes de 22 et 25 ans ont été interpellés lundi à l'aube à Bourg-lès-"
     "Valence.\n\nLes enquêteurs ont retrouvé chez l'un d'eux le scooter utilisé pour la fuite "
     "et une arme de poing, a indiqué le procureur, Laurent de Caigny.\n\nLes deux suspects "
     "ont été placés en garde à vue."),
    ("R3a", "R3", "AFP", "2026-11-04T10:15:00+01:00",
     "Manche : une embarcation de migrants chavire au large de Wimereux, deux morts",
     "Deux migrants sont morts mercredi à l'aube dans le naufrage de leur embarcation au large "
     "de Wimereux (Pas-de-Calais), a annoncé la préfecture maritime de la Manche.\n\nQuarante-"
     "sept personnes ont été secourues par la SNSM et un patrouilleur de la Marine nationale, "
     "et conduites au port de Boulogne-sur-Mer.\n\nLe bateau pneumatique, surchargé, s'était "
     "dégonflé à environ deux kilomètres de la plage de Wimereux."),
    ("F2a", "R3", "La Voix du Nord", "2026-11-05T09:30:00+01:00",
     "Naufrage au large de Wimereux : un troisième corps retrouvé sur la plage",
     "Au lendemain du naufrage d'une embarcation de migrants au large de Wimereux, le corps "
     "d'un homme a été retrouvé jeudi matin sur la plage par un promeneur, portant le bilan à "
     "trois morts.\n\nLa préfecture maritime de la Manche a indiqué que les recherches avaient "
     "été levées mercredi soir.\n\nLe parquet de Boulogne-sur-Mer a ouvert une enquête pour "
     "aide à l'entrée irrégulière en bande organisée."),
    ("R3b", "R3x", "AFP", "2026-11-07T08:50:00+01:00",
     "Manche : 31 migrants secourus après le chavirage de leur bateau près de Wimereux",
     "Trente et un migrants ont été secourus samedi à l'aube après le chavirage de leur "
     "embarcation au large de Wimereux (Pas-de-Calais), a annoncé la préfecture maritime de "
     "la Manche. Un enfant, en hypothermie, a été hélitreuillé vers l'hôpital de Boulogne-sur-"
     "Mer.\n\nMercredi déjà, une embarcation avait chaviré au même endroit, faisant trois morts."
     "\n\nLa SNSM et le patrouilleur de la Marine nationale ont ramené les rescapés au port de "
     "Boulogne-sur-Mer."),
    ("R4a", "R4", "Le Progrès", "2026-10-19T11:10:00+02:00",
     "Lyon : explosion de gaz dans un immeuble de la rue Paul-Bert, quatre blessés",
     "Une explosion de gaz a soufflé lundi matin le rez-de-chaussée d'un immeuble de la rue "
     "Paul-Bert, dans le 3e arrondissement de Lyon, blessant quatre personnes, dont une "
     "grièvement.\n\nLes sapeurs-pompiers du Rhône ont évacué une "
     "trentaine d'habitants. GRDF a coupé l'alimentation du quartier.\n\n« Une fuite sur une "
     "canalisation intérieure est privilégiée », a indiqué la préfecture du Rhône."),
    ("R4b", "R4x", "Lyon Mag", "2026-10-29T14:40:00+01:00",
     "Lyon : une explosion souffle un appartement à la Croix-Rousse",
     "Un appartement du troisième étage d'un immeuble de la rue d'Austerlitz, à la Croix-"
     "Rousse (4e arrondissement), a été soufflé jeudi midi par une explosion de gaz. Son "
     "occupante, une septuagénaire, a été hospitalisée.\n\nCette explosion est la seconde en "
     "dix jours à Lyon, après celle de la rue Paul-Bert qui avait fait quatre blessés.\n\nLes "
     "sapeurs-pompiers du Rhône ont évacué l'immeuble et GRDF a sécurisé le réseau."),
    ("R5a", "R5", "Nice-Matin", "2026-07-07T16:00:00+02:00",
     "Saint-Martin-Vésubie : une attaque de loup tue onze brebis",
     "Onze brebis ont été tuées et quatre blessées dans la nuit de lundi à mardi lors d'une "
     "attaque de loup sur un alpage de Saint-Martin-Vésubie (Alpes-Maritimes).\n\nL'éleveur, "
     "Jean-Luc Giordan, a découvert les carcasses au petit matin. Les agents de l'Office "
     "français de la biodiversité ont confirmé l'attaque.\n\n« Les chiens de protection n'ont "
     "rien pu faire », a déploré le maire, Ivan Fulconis."),
    ("R5b", "R5x", "Nice-Matin", "2026-07-12T12:25:00+02:00",
     "Saint-Martin-Vésubie : encore une attaque de loup, sept chèvres tuées",
     "Encore une attaque de loup à Saint-Martin-Vésubie : sept chèvres d'un troupeau du "
     "vallon de la Madone de Fenestre ont été tuées samedi soir, a constaté dimanche l'Office "
     "français de la biodiversité.\n\nLa semaine dernière, onze brebis avaient déjà été tuées "
     "sur un alpage de la commune.\n\nLe maire, Ivan Fulconis, réclame des tirs de "
     "prélèvement : « Les éleveurs sont à bout »."),
]


def main() -> None:
    hard = [[f"R{i}", f"R{i}x"] for i in range(1, 6)]
    write_pair_set(HERE, "q-stories25", A, hard)


if __name__ == "__main__":
    main()
