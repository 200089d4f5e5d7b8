#!/usr/bin/env python3
"""Write articles.jsonl and the wire items of the h-ui63 held-out set (CC0: invented
outlets, people and places). Run once; the files are committed."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TAGS_FR = ("Vassivière, lac, tempête, Limousin, barrage, pêche, voile, Creuse, Haute-Vienne, "
           "randonnée, camping, météo, orage, vent, grêle, pompiers, secours, routes, "
           "agriculture, élevage, bovins, marché, foire, fête, musique, théâtre, cinéma, "
           "école, collège, lycée, mairie, conseil, budget, impôts, élections, santé, "
           "hôpital, médecin, pharmacie, transports, bus, train, gare, vélo, piste, "
           "tourisme, hôtel, restaurant, gastronomie, fromage, vin, patrimoine, église, "
           "château, musée, exposition, sport, football, rugby, basket, natation, tennis")
NAMES_EN = "\n".join([
    "Orla Brennick", "Tamsin Quayle", "Port Kellan", "Desmond Ashgrove", "Harriet Vell",
    "Kellan Harbour Trust", "Rufus Maddern", "Ines Trevethan", "Colm Oddie",
    "Agnes Pellow", "Bram Tulloch", "Wren Casterby", "Ottoline Marsh", "Jory Penhallow",
    "Silas Wetherall", "Maud Fenwick", "Ewan Corrie", "Lettice Brae", "Hal Ruddock",
    "Perpetua Lowe", "Cyril Tamblyn", "Nell Odgers", "Piran Vosper", "Ada Kestle",
    "Gideon Roskilly", "Morwenna Jago", "Tobias Uren", "Clemency Pascoe"])
TAGS_PT = ("Etiquetas Vila Serrana incêndio bombeiros floresta serra verão calor seca "
           "Proteção Civil estrada aldeia evacuação helicóptero meios aéreos vento "
           "ignição reacendimento câmara municipal presidente junta freguesia "
           "agricultura pastores gado colmeias mel turismo praia fluvial festas "
           "romaria procissão igreja capela escola creche centro de saúde farmácia "
           "mercado feira autocarro comboio estação ciclovia museu biblioteca "
           "futebol andebol natação ténis ginásio piscina parque jardim")

ARTICLES = [
    {"id": "P1fr", "title": "Tempête sur le lac de Vassivière : trois voiliers retournés",
     "text": "Une tempête a frappé dimanche après-midi le lac de Vassivière, entre la Creuse "
             "et la Haute-Vienne. Trois voiliers ont chaviré près de l'île centrale et "
             "leurs cinq occupants ont été repêchés par les pompiers.\n\n« Les rafales ont "
             "dépassé 90 km/h en quelques minutes », a expliqué Solène Marvaud, "
             "présidente du club nautique de Vassivière. La Croix-Rouge a accueilli les "
             "plaisanciers au port de Broussas.\n\nLa baignade reste interdite lundi.",
     "published": "2026-07-12T18:20:00+02:00", "source": "L'Écho des Monts",
     "language": "fr", "url": "https://echo-des-monts.example/lac-vassiviere-tempete"},
    {"id": "P2en", "title": "Ferry service resumes at Port Kellan after harbour repairs",
     "text": "The ferry between Port Kellan and the Skerrin islands resumed on Monday "
             "after six weeks of repairs to the harbour wall, the Kellan Harbour Trust "
             "said.\n\n\"Crossings will run every two hours until the summer timetable "
             "starts,\" said Orla Brennick, the trust's chair. Islanders had relied on a "
             "Red Cross launch for medical visits.\n\nThe first crossing carried 140 "
             "passengers.",
     "published": "2026-07-13T09:05:00+01:00", "source": "Kellan Courier",
     "language": "en", "url": "https://kellan-courier.example/ferry-resumes"},
    {"id": "N1fr", "title": "Mots-clés", "text": TAGS_FR,
     "published": "2026-07-13T06:00:00+02:00", "source": "L'Écho des Monts",
     "language": "fr", "url": "https://echo-des-monts.example/tags"},
    {"id": "N2en", "title": "People in today's news", "text": NAMES_EN,
     "published": "2026-07-13T07:00:00+01:00", "source": "Kellan Courier",
     "language": "en", "url": "https://kellan-courier.example/people-today"},
    {"id": "N3pt", "title": "Etiquetas", "text": TAGS_PT,
     "published": "2026-07-13T08:00:00+01:00", "source": "Jornal da Serra",
     "language": "pt", "url": "https://jornal-da-serra.example/etiquetas"},
]

WIRE = {
    # a kill before any alert went: v1 then v2 canceled, sent together
    "kill-v1.json": {"uri": "urn:newsml:wire.example:20260714:brandon-fire", "version": "1",
                     "pubstatus": "usable", "type": "text", "language": "en",
                     "versioncreated": "2026-07-14T10:00:00+01:00",
                     "firstcreated": "2026-07-14T10:00:00+01:00",
                     "headline": "Wildfire forces evacuation of Brandon Hollow caravan park",
                     "byline": "Ivo Carrick", "copyrightholder": "Wire Example",
                     "body_text": "A wildfire forced the evacuation of the Brandon Hollow "
                                  "caravan park on Tuesday, the county fire service said. "
                                  "About 200 visitors were moved to the village hall."},
    "kill-v2.json": {"uri": "urn:newsml:wire.example:20260714:brandon-fire", "version": "2",
                     "pubstatus": "canceled", "type": "text", "language": "en",
                     "versioncreated": "2026-07-14T12:00:00+01:00",
                     "firstcreated": "2026-07-14T10:00:00+01:00",
                     "headline": "KILL - Wildfire forces evacuation of Brandon Hollow "
                                 "caravan park",
                     "byline": "Ivo Carrick", "copyrightholder": "Wire Example",
                     "body_text": "Please kill this story: the caravan park was not "
                                  "evacuated. A corrected wildfire story will follow."},
    # a hold after the first alert went: the announced search is told
    "hold-v1.json": {"uri": "urn:newsml:wire.example:20260714:feu-serres", "version": "1",
                     "pubstatus": "usable", "type": "text", "language": "fr",
                     "versioncreated": "2026-07-14T11:00:00+02:00",
                     "firstcreated": "2026-07-14T11:00:00+02:00",
                     "headline": "Wildfire : feu de forêt aux Serres-Hautes, un hameau évacué",
                     "byline": "Lise Armengaud", "copyrightholder": "Wire Example",
                     "body_text": "Un feu de forêt a menacé mardi le hameau des "
                                  "Serres-Hautes, évacué par précaution, a indiqué la "
                                  "préfecture. Quarante pompiers sont engagés."},
    "hold-v2.json": {"uri": "urn:newsml:wire.example:20260714:feu-serres", "version": "2",
                     "pubstatus": "withheld", "type": "text", "language": "fr",
                     "versioncreated": "2026-07-14T12:30:00+02:00",
                     "firstcreated": "2026-07-14T11:00:00+02:00",
                     "headline": "RETENUE - Wildfire : feu de forêt aux Serres-Hautes",
                     "byline": "Lise Armengaud", "copyrightholder": "Wire Example",
                     "body_text": "Dépêche retenue : ne pas utiliser jusqu'à nouvel ordre. "
                                  "Une version vérifiée suivra."},
}

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Courrier du Plateau</title>
<link>http://HOSTPORT/</link><description>Plateau</description>
<item><title>Le marché de Peyrelevade rouvre sous la halle rénovée</title>
<link>http://HOSTPORT/halle.html</link><guid>http://HOSTPORT/halle.html</guid>
<pubDate>Tue, 14 Jul 2026 08:00:00 +0200</pubDate>
<description>La halle de Peyrelevade rouvre mardi après huit mois de travaux.</description>
</item></channel></rss>
"""

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Le marché de Peyrelevade rouvre sous la halle rénovée</title>
<meta property="article:published_time" content="2026-07-14T08:00:00+02:00"></head>
<body><article><h1>Le marché de Peyrelevade rouvre sous la halle rénovée</h1>
<p>La halle de Peyrelevade rouvre mardi après huit mois de travaux, a annoncé la mairie.
Une vingtaine de producteurs y vendront fromages, miel et légumes chaque mardi matin.</p>
<p>« Les habitants attendaient ce retour depuis l'hiver », a déclaré la maire, Odile
Chassagne. Les travaux ont coûté 410 000 euros, financés pour moitié par la région.</p>
</article></body></html>
"""


def main() -> None:
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for a in ARTICLES:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    (HERE / "wire").mkdir(exist_ok=True)
    for name, item in WIRE.items():
        (HERE / "wire" / name).write_text(json.dumps(item, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    (HERE / "site").mkdir(exist_ok=True)
    (HERE / "site" / "feed.xml").write_text(FEED, encoding="utf-8")
    (HERE / "site" / "halle.html").write_text(PAGE, encoding="utf-8")


if __name__ == "__main__":
    main()
