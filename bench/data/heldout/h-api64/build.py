#!/usr/bin/env python3
"""Write articles.jsonl for the h-api64 held-out set (own text, CC0; outlets and people
invented). usage: python3 build.py"""
import json
from pathlib import Path

FR_A = ("Un incendie de forêt s'est déclaré lundi après-midi dans les monts d'Arrée, près de "
        "Brennilis, dans le Finistère. Les pompiers du Finistère ont engagé cent vingt hommes "
        "et deux avions bombardiers d'eau.\n\n« Le vent d'est pousse les flammes vers la "
        "tourbière du Yeun Elez », a déclaré Maëlle Kerbrat, porte-parole du service "
        "départemental d'incendie. La route entre Brennilis et Botmeur est coupée.")
FR_B = ("L'incendie des monts d'Arrée a parcouru trois cents hectares près de Brennilis, selon "
        "le dernier bilan des pompiers du Finistère mardi matin. Le hameau de Kerveguen a été "
        "évacué dans la nuit.\n\n« Nous avons logé quarante habitants à la salle des fêtes de "
        "Brennilis », a précisé Maëlle Kerbrat, porte-parole du service départemental "
        "d'incendie. Les avions bombardiers d'eau ont repris leurs rotations à l'aube.\n\n"
        "La tourbière du Yeun Elez brûle en profondeur, ce qui complique la tâche des "
        "pompiers, qui craignent des reprises de feu pendant plusieurs jours.")
FR_C = ("Les pompiers du Finistère ont annoncé mercredi que l'incendie des monts d'Arrée, près "
        "de Brennilis, était fixé. Quatre cent dix hectares ont brûlé depuis lundi.\n\n"
        "« Les habitants de Kerveguen peuvent rentrer chez eux ce soir », a indiqué Maëlle "
        "Kerbrat, porte-parole du service départemental d'incendie. La route entre Brennilis "
        "et Botmeur rouvrira jeudi.")
FR_D = ("Brève. À Brennilis, les soldats du feu étaient encore mobilisés mardi dans les landes "
        "de l'Arrée ; la préfecture demande aux promeneurs d'éviter le secteur jusqu'à nouvel "
        "ordre et rappelle l'interdiction des barbecues dans tout le département.")
EN_A = ("A fire broke out on Saturday at the Harlow Quay grain store in Port Ashby, the Ashby "
        "fire service said. Sixty firefighters fought the blaze through the evening.\n\n"
        "\"The roof has collapsed and we are protecting the neighbouring mill,\" said Dara "
        "Whitcombe, the Ashby fire chief. Quay Road is closed.")
EN_B = ("Firefighters were still at the Harlow Quay grain store in Port Ashby on Sunday as the "
        "fire spread to a second warehouse, the Ashby fire service said. Eighty firefighters "
        "are now on site.\n\n\"Smoke will hang over the harbour all day; keep your windows "
        "shut,\" said Dara Whitcombe, the Ashby fire chief. The mill next to the quay was "
        "saved.\n\nThe harbour master has stopped boats from mooring at Harlow Quay until "
        "the fire is out and the structures are checked.")
EN_C = ("The fire at the Harlow Quay grain store in Port Ashby was put out on Monday after "
        "three days, the Ashby fire service said. Both warehouses are lost.\n\n\"An inquiry "
        "into the cause starts tomorrow,\" said Dara Whitcombe, the Ashby fire chief. Quay "
        "Road has reopened and boats may moor at Harlow Quay again.")
ES_A = ("Una riada inundó el jueves el barrio bajo de Villatoro del Jerte tras una tromba de "
        "agua, informó el ayuntamiento. Treinta vecinos fueron realojados.\n\n\"El agua "
        "llegó a un metro en la calle del Molino\", dijo la alcaldesa, Rocío Barandiarán. "
        "Las clases se suspenden el viernes en Villatoro del Jerte.")
ES_B = ("Los vecinos del barrio bajo de Villatoro del Jerte volvieron el domingo a sus casas "
        "tras la riada del jueves, informó el ayuntamiento. La calle del Molino sigue "
        "cortada.\n\n\"Pediremos la declaración de zona catastrófica\", dijo la alcaldesa, "
        "Rocío Barandiarán. Los daños superan el millón de euros en Villatoro del Jerte.")
ES_AB = ("La riada del jueves en Villatoro del Jerte dejó el viernes un barrio bajo cubierto de "
         "barro, informó el ayuntamiento. Los bomberos achicaron agua durante toda la noche en "
         "la calle del Molino.\n\n\"Nunca habíamos visto el río tan alto\", dijo la "
         "alcaldesa, Rocío Barandiarán, que visitó a los treinta vecinos realojados en el "
         "polideportivo.\n\nLa Confederación Hidrográfica vigila el caudal del Jerte y no "
         "descarta nuevas crecidas si vuelve a llover durante el fin de semana en la comarca.")
EN_D = ("Harlow Quay, Port Ashby: crews from three stations stayed at the burning grain store "
        "through Sunday, and Dara Whitcombe, the Ashby fire chief, asked harbour users to keep "
        "away from Quay Road while the second warehouse burns.")
TAGS = ("Étiquettes : Brennilis, incendie, monts d'Arrée, Finistère, pompiers, Botmeur, "
        "Yeun Elez, Kerveguen, forêt, feu, tourbière, évacuation, route, Bretagne, été")
TAGS_EN = ("Tags: Port Ashby, Harlow Quay, fire, grain store, warehouse, firefighters, harbour, "
           "mill, Quay Road, Ashby, smoke, blaze, inquiry, boats, moor")
TAGS_ES = ("Etiquetas: Villatoro del Jerte, riada, inundación, calle del Molino, alcaldesa, "
           "vecinos, ayuntamiento, tromba, agua, clases, daños, zona catastrófica, barrio")


def rec(rid, title, text, published, source, lang, url):
    return {"id": rid, "title": title, "text": text, "published": published,
            "source": source, "language": lang, "url": url}


ROWS = [
    rec("F1", "Incendie près de Brennilis : les monts d'Arrée en feu", FR_A,
        "2026-08-03T15:40:00+02:00", "Le Phare de l'Arrée", "fr", "https://phare-arree.example/f1"),
    rec("F2", "Monts d'Arrée : 300 hectares brûlés, le hameau de Kerveguen évacué", FR_B,
        "2026-08-04T09:10:00+02:00", "La Vigie du Léon", "fr", "https://vigie-leon.example/f2"),
    rec("F2d", "Brennilis : le feu toujours actif mardi", FR_D,
        "2026-08-04", "Ouest Landes Hebdo", "fr", "https://ouest-landes.example/f2d"),
    rec("F3", "Incendie des monts d'Arrée : le feu est fixé, 410 hectares brûlés", FR_C,
        "2026-08-05T11:30:00+02:00", "Le Phare de l'Arrée", "fr", "https://phare-arree.example/f3"),
    rec("F3r", "Monts d'Arrée : l'incendie fixé après trois jours", FR_C,
        "2026-08-05T14:00:00+02:00", "Radio Menez", "fr", "https://radio-menez.example/f3r"),
    rec("NF", "Étiquettes", TAGS, "2026-08-05T18:00:00+02:00", "La Vigie du Léon", "fr",
        "https://vigie-leon.example/etiquettes"),
    rec("E1", "Fire at Harlow Quay grain store in Port Ashby", EN_A,
        "2026-09-12T19:05:00+01:00", "Ashby Gazette", "en", "https://ashby-gazette.example/e1"),
    rec("E2", "Harlow Quay fire spreads to second warehouse, 80 firefighters on site", EN_B,
        "2026-09-13T10:20:00+01:00", "Severn Wharf News", "en", "https://wharf-news.example/e2"),
    rec("E2d", "Port Ashby fire: crews stay at Harlow Quay", EN_D,
        "2026-09-13", "Ashby Weekly", "en", "https://ashby-weekly.example/e2d"),
    rec("E3", "Harlow Quay fire out after three days, inquiry to start", EN_C,
        "2026-09-14T16:45:00+01:00", "Ashby Gazette", "en", "https://ashby-gazette.example/e3"),
    rec("NE", "Tags", TAGS_EN, "2026-09-14T18:00:00+01:00", "Severn Wharf News", "en",
        "https://wharf-news.example/tags"),
    rec("S1", "Una riada inunda el barrio bajo de Villatoro del Jerte", ES_A,
        "2026-10-08T13:00:00+02:00", "Diario del Jerte", "es", "https://diario-jerte.example/s1"),
    rec("S1b", "Barro y vecinos realojados en Villatoro del Jerte tras la riada", ES_AB,
        "2026-10-09T10:30:00+02:00", "Heraldo de Tormes", "es", "https://heraldo-tormes.example/s1b"),
    rec("S2", "Los vecinos de Villatoro del Jerte vuelven a casa tras la riada", ES_B,
        "2026-10-11T12:15:00+02:00", "Diario del Jerte", "es", "https://diario-jerte.example/s2"),
    rec("NS", "Etiquetas", TAGS_ES, "2026-10-11T18:00:00+02:00", "Heraldo de Tormes", "es",
        "https://heraldo-tormes.example/etiquetas"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "articles.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), "utf-8")
