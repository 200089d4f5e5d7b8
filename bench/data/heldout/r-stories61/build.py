#!/usr/bin/env python3
"""Write r-stories61's held-out set: articles.jsonl (CC0, written for veille; every outlet,
person and event invented)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
U = "https://heldout.example/r-stories61/"

_FR = ("L'avalanche de la combe du Vallonnet a emporté quatre skieurs de randonnée samedi "
       "matin au-dessus de Val-Louvet (Savoie), a annoncé la préfecture. Deux d'entre eux ont "
       "été retrouvés morts.\n\nLes secouristes du peloton de gendarmerie de haute montagne "
       "ont dégagé les deux survivants après trois heures de recherches. Le risque "
       "d'avalanche était de niveau 4 sur 5.\n\n« La neige fraîche tombée depuis jeudi a "
       "surchargé les pentes », a déclaré le maire de Val-Louvet, Armand Jacquemoud.")
_ES = ("Las inundaciones causadas por el desbordamiento del río Arbancón han obligado a "
       "desalojar a 1.200 vecinos de Villaseca de Órbigo (León), informó la Subdelegación del "
       "Gobierno.\n\nLa Guardia Civil rescató a once personas atrapadas en sus casas y un "
       "hombre de 71 años murió arrastrado por la corriente. El agua alcanzó 1,80 metros en "
       "la plaza Mayor.\n\n«Nunca habíamos visto una crecida así», dijo la alcaldesa, "
       "Begoña Fidalgo Prieto.")
_EN = ("A passenger ferry ran aground off Carrick Point early on Saturday, and 212 people "
       "were taken off by lifeboat crews, the coastguard said.\n\nThe Morwen Star, operated "
       "by Tidewell Lines, struck a sandbank in fog on its crossing to Penhallow Island. Two "
       "crew members were treated for minor injuries.\n\n\"Every passenger is safe and "
       "accounted for,\" coastguard commander Fiona Treloar said.")

# (id, source, published, language, title, text)
A = [
    # Part A: an agency dispatch (xO), two reprints (xR1, xR2: its text, a credit added)
    # and a day-2 follow-up of another outlet (xF), ingested with the dispatch last.
    ("fO", "Agence Alpes Presse", "2026-04-04T09:10:00+02:00", "fr",
     "Avalanche à Val-Louvet : deux skieurs tués, deux rescapés", _FR),
    ("fR1", "Le Dauphin Savoyard", "2026-04-04T09:40:00+02:00", "fr",
     "Savoie : deux skieurs tués dans une avalanche à Val-Louvet", _FR + " (avec AAP)"),
    ("fR2", "Info Tarentaise", "2026-04-04T10:05:00+02:00", "fr",
     "Val-Louvet : l'avalanche fait deux morts", _FR),
    ("fF", "L'Écho des Cimes", "2026-04-05T18:00:00+02:00", "fr",
     "Après l'avalanche, Val-Louvet s'interroge sur l'ouverture des itinéraires de randonnée",
     "Au lendemain de l'avalanche de la combe du Vallonnet qui a tué deux skieurs de "
     "randonnée, Val-Louvet s'interroge dimanche. Le maire, Armand Jacquemoud, a fait "
     "fermer les itinéraires de la combe jusqu'à nouvel ordre.\n\n« Le risque était de "
     "niveau 4, les panneaux étaient posés », a-t-il rappelé. Le parquet d'Albertville a "
     "ouvert une enquête pour homicide involontaire.\n\nLes deux survivants, secourus par le "
     "peloton de gendarmerie de haute montagne après trois heures de recherches, sont "
     "toujours hospitalisés à Chambéry. La neige fraîche tombée depuis jeudi avait surchargé "
     "les pentes au-dessus de la station."),
    ("eO", "Agencia Meseta", "2026-04-04T10:00:00+02:00", "es",
     "Inundaciones en Villaseca de Órbigo: un muerto y 1.200 desalojados", _ES),
    ("eR1", "Diario del Páramo", "2026-04-04T10:45:00+02:00", "es",
     "Un muerto y 1.200 desalojados por la crecida del Arbancón", _ES + " (Agencia Meseta)"),
    ("eR2", "Crónica Berciana", "2026-04-04T11:20:00+02:00", "es",
     "Villaseca de Órbigo, bajo el agua", _ES),
    ("eF", "El Faro Leonés", "2026-04-05T19:00:00+02:00", "es",
     "Villaseca de Órbigo limpia el barro tras la crecida del Arbancón y pide ayudas",
     "Los vecinos de Villaseca de Órbigo limpiaban este domingo el barro de sus casas tras "
     "la crecida del río Arbancón, que obligó a desalojar a 1.200 personas y costó la vida "
     "a un hombre de 71 años.\n\nLa alcaldesa, Begoña Fidalgo Prieto, pidió a la Junta que "
     "declare la zona catastrófica. «Hay familias que lo han perdido todo», dijo.\n\nLa "
     "Guardia Civil, que rescató a once personas el sábado, mantiene cortadas dos "
     "carreteras. El agua llegó a 1,80 metros en la plaza Mayor."),
    ("nO", "Westcountry Wire", "2026-04-04T08:20:00+01:00", "en",
     "Ferry runs aground off Carrick Point, 212 passengers rescued", _EN),
    ("nR1", "Penhallow Gazette", "2026-04-04T09:00:00+01:00", "en",
     "212 rescued as Morwen Star ferry runs aground", _EN + " (Westcountry Wire)"),
    ("nR2", "Cornish Daily Brief", "2026-04-04T09:30:00+01:00", "en",
     "Ferry aground in fog: all passengers safe", _EN),
    ("nF", "Tidewater Times", "2026-04-05T17:00:00+01:00", "en",
     "Morwen Star grounding: investigators board ferry as Tidewell Lines suspends crossings",
     "Marine accident investigators boarded the Morwen Star on Sunday, a day after the "
     "Tidewell Lines ferry ran aground off Carrick Point with 212 people on board.\n\n"
     "Tidewell Lines suspended its crossings to Penhallow Island until Wednesday. \"We will "
     "cooperate fully,\" the company said.\n\nCoastguard commander Fiona Treloar said the "
     "ferry struck a sandbank in thick fog. Two crew members were treated for minor "
     "injuries after lifeboat crews took everyone off."),
    # Part B: a day-3 follow-up of a story of 4 articles and a day-2 follow-up; it names
    # the storm, the minister, the town, the mayor and the toll. Expected: in the story.
    ("bO", "Agence Presse Océane", "2026-04-14T08:00:00+02:00", "fr",
     "Tempête Jasmine : trois morts et 50 000 foyers sans courant en Martinique",
     "La tempête tropicale Jasmine a fait trois morts en Martinique dans la nuit de lundi à "
     "mardi, a annoncé la préfecture. 50 000 foyers sont privés d'électricité.\n\nÀ "
     "Fort-de-France, la rivière Madame est sortie de son lit et a inondé le quartier de "
     "Terres-Sainville. « Nous n'avons jamais vu une telle montée des eaux », a déclaré la "
     "maire de Fort-de-France, Solange Mauvois."),
    ("bR1", "Le Journal des Antilles", "2026-04-14T08:30:00+02:00", "fr",
     "Martinique : la tempête Jasmine fait trois morts",
     "La tempête tropicale Jasmine a fait trois morts en Martinique dans la nuit de lundi à "
     "mardi, a annoncé la préfecture. 50 000 foyers sont privés d'électricité.\n\nÀ "
     "Fort-de-France, la rivière Madame est sortie de son lit et a inondé le quartier de "
     "Terres-Sainville. « Nous n'avons jamais vu une telle montée des eaux », a déclaré la "
     "maire de Fort-de-France, Solange Mauvois. (avec APO)"),
    ("bR2", "Caraïbes Info", "2026-04-14T09:00:00+02:00", "fr",
     "Tempête Jasmine : la Martinique compte ses morts",
     "La tempête tropicale Jasmine a fait trois morts en Martinique dans la nuit de lundi à "
     "mardi, a annoncé la préfecture. 50 000 foyers sont privés d'électricité.\n\nÀ "
     "Fort-de-France, la rivière Madame est sortie de son lit et a inondé le quartier de "
     "Terres-Sainville. « Nous n'avons jamais vu une telle montée des eaux », a déclaré la "
     "maire de Fort-de-France, Solange Mauvois."),
    ("bD2", "Radio Madinina", "2026-04-15T17:00:00+02:00", "fr",
     "Après Jasmine, Terres-Sainville nettoie et attend le ministre",
     "Au lendemain du passage de la tempête Jasmine, les habitants de Terres-Sainville, à "
     "Fort-de-France, évacuaient la boue de leurs maisons mercredi. La tempête a fait trois "
     "morts.\n\n« Il faudra des semaines », a estimé la maire, Solange Mauvois. Le ministre "
     "des outre-mer, Bastien Lorquin, est attendu jeudi soir."),
    ("bD3", "Le Quotidien national", "2026-04-16T20:30:00+02:00", "fr",
     "En Martinique, Bastien Lorquin promet un fonds d'urgence après la tempête Jasmine",
     "Arrivé jeudi soir en Martinique, deux jours après le passage de la tempête Jasmine, le "
     "ministre des outre-mer, Bastien Lorquin, a annoncé un fonds d'urgence de 15 millions "
     "d'euros pour les sinistrés de Fort-de-France.\n\n« L'État sera présent jusqu'au bout », "
     "a-t-il assuré. Selon la préfecture, 2 400 logements ont été endommagés. Le bilan reste "
     "de trois morts.\n\nPour Solange Mauvois, maire de Fort-de-France, « ce fonds est un "
     "début, mais il faudra bien davantage »."),
    # control: the same town on day 3, another event (a port strike), the same mayor.
    ("bX", "Le Quotidien national", "2026-04-16T12:00:00+02:00", "fr",
     "Fort-de-France : les dockers en grève, le port bloqué",
     "Les dockers du Grand Port maritime de Fort-de-France ont entamé jeudi une grève "
     "illimitée pour les salaires. Une vingtaine de porte-conteneurs attendent en rade.\n\n"
     "La maire, Solange Mauvois, appelle « au dialogue ». Le syndicat des dockers réclame "
     "une hausse de 8 %."),
    # Part C: homonym places of two countries bridged by a brief that names only the town.
    ("gS", "Heraldo del Henares", "2026-04-20T09:00:00+02:00", "es",
     "Granizada en Guadalajara: tejados hundidos y calles anegadas en Castilla-La Mancha",
     "Una fuerte granizada descargó este lunes sobre Guadalajara, en Castilla-La Mancha, y "
     "hundió los tejados de una decena de naves del polígono del Henares, según los "
     "bomberos.\n\n«Han caído piedras como pelotas de golf», dijo el alcalde, Fermín "
     "Olmedilla. La Aemet mantiene el aviso naranja por tormentas hasta la noche."),
    ("gB", "Breves Ibéricos", "2026-04-20T12:00:00+02:00", "es",
     "Breve: cortes de luz y tormentas en Guadalajara",
     "Guadalajara sufrió este lunes cortes de luz en varios barrios por las tormentas, "
     "informaron los bomberos, que pidieron a los vecinos no salir a la calle."),
    ("gM", "El Informador de Jalisco", "2026-04-20T10:00:00-06:00", "es",
     "Apagón en Guadalajara, Jalisco: 300.000 usuarios sin luz por una falla en una subestación",
     "GUADALAJARA, Jalisco — Una falla en la subestación Atemajac dejó sin luz este lunes a "
     "300.000 usuarios de la zona metropolitana de Guadalajara, informó la Comisión Federal "
     "de Electricidad.\n\n«El servicio se restablecerá por la noche», dijo el vocero de la "
     "CFE, Eduardo Zaragoza Ruelas. Los semáforos de la avenida Vallarta dejaron de funcionar."),
    ("tL", "Levant Daily", "2026-04-21T09:00:00+03:00", "en",
     "Tripoli, Lebanon: port workers strike over unpaid wages",
     "TRIPOLI, Lebanon — Workers at the port of Tripoli in northern Lebanon walked out on "
     "Tuesday over three months of unpaid wages, halting cargo traffic.\n\n\"We cannot feed "
     "our families,\" union leader Karim Haddara said. The port authority said talks would "
     "resume on Wednesday."),
    ("tB", "World Briefs", "2026-04-21T11:00:00+00:00", "en",
     "Brief: Tripoli port strike halts traffic",
     "A strike at the port of Tripoli halted cargo traffic on Tuesday, the port authority "
     "said. Talks are expected on Wednesday."),
    ("tY", "Sahara Tribune", "2026-04-21T10:00:00+02:00", "en",
     "Tripoli, Libya: port strike halts fuel imports as tanker crews walk out",
     "TRIPOLI, Libya — Tanker crews and dock workers at Tripoli's port in Libya went on "
     "strike on Tuesday, halting fuel imports to the capital, the National Oil Corporation "
     "said.\n\n\"The strike must end before shortages begin,\" NOC spokesman Salem Bughrara "
     "said. Queues formed at petrol stations in the Souq al-Juma district."),
]

if __name__ == "__main__":
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for gid, source, published, language, title, text in A:
            f.write(json.dumps({"id": gid, "url": U + gid, "source": source,
                                "published": published, "language": language,
                                "title": title, "text": text}, ensure_ascii=False) + "\n")
