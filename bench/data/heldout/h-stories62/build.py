#!/usr/bin/env python3
"""Write articles.jsonl of h-stories62's held-out set (CC0, written for veille: every outlet,
person and event is invented; the towns are real so that places resolve)."""
import json
import os

# (id, language, source, published, title, text); week of Monday 14 September 2026.
ARTICLES = [
    # L: Leeds, Tuesday 15 September. A sports-hall roof collapses (en x2, fr); the same
    # council leader opens a library the same morning, its last sentence recalls the collapse.
    ("Lx", "en", "Pennine Courier", "2026-09-15T10:40:00+01:00",
     "Leeds council leader opens £9m library in Armley, hails 'a place for everyone'",
     "The leader of Leeds City Council, Maureen Ashdown, on Tuesday opened the new £9 million "
     "Armley library, which will hold 60,000 books and a children's reading room.\n\n"
     "\"This is a place for everyone in Leeds, whatever their age,\" said Ashdown, who cut a "
     "ribbon in front of about 200 residents and pupils from three local schools.\n\n"
     "The library will be open seven days a week from Wednesday. The council said it expects "
     "150,000 visits a year.\n\n"
     "The ceremony was brought forward by an hour after news of a roof collapse at a sports "
     "hall elsewhere in the city."),
    ("L1", "en", "Aire Valley Herald", "2026-09-15T12:15:00+01:00",
     "Three dead and 11 injured as sports hall roof collapses in Leeds",
     "Three people were killed and 11 injured when the roof of a sports hall collapsed in the "
     "Beeston area of Leeds on Tuesday morning, West Yorkshire Fire and Rescue Service said.\n\n"
     "About 40 people were inside the Beeston Leisure Centre when part of the roof fell at "
     "about 8.15am. Two people were still unaccounted for and rescuers were searching the "
     "debris.\n\n"
     "\"Our thoughts are with the families,\" said Maureen Ashdown, the leader of Leeds City "
     "Council. \"There will be a full investigation.\"\n\n"
     "Police have closed the surrounding streets."),
    ("L2", "en", "Northern Evening Post", "2026-09-15T15:30:00+01:00",
     "Leeds roof collapse: search for two missing continues at Beeston leisure centre",
     "Rescuers were still searching on Tuesday afternoon for two people missing after the roof "
     "of the Beeston Leisure Centre in Leeds collapsed, killing three people and injuring 11.\n\n"
     "The fire service said the collapse happened at about 8.15am. The council leader, Maureen "
     "Ashdown, said engineers would inspect every sports hall of the same design.\n\n"
     "Witnesses described a loud crack before the roof gave way."),
    ("L1fr", "fr", "Le Veilleur européen", "2026-09-15T16:05:00+02:00",
     "Royaume-Uni : trois morts dans l'effondrement du toit d'un gymnase à Leeds",
     "Trois personnes ont été tuées et onze blessées mardi matin dans l'effondrement du toit "
     "d'un centre sportif du quartier de Beeston, à Leeds, dans le nord de l'Angleterre, selon "
     "les pompiers du West Yorkshire.\n\n"
     "Une quarantaine de personnes se trouvaient dans la salle. Deux sont toujours portées "
     "disparues. « Une enquête complète sera menée », a déclaré Maureen Ashdown, qui dirige le "
     "conseil municipal de Leeds."),

    # Z: Zaragoza, Wednesday 16 September. A fire in a market (es x2, en); the same mayor
    # presents a bike-lane plan, one sentence recalls the fire.
    ("Zx", "es", "Diario del Ebro", "2026-09-16T11:00:00+02:00",
     "La alcaldesa de Zaragoza presenta un plan de 45 kilómetros de carriles bici",
     "La alcaldesa de Zaragoza, Pilar Lasheras, presentó este miércoles un plan para construir "
     "45 kilómetros de nuevos carriles bici antes de 2029, con una inversión de 18 millones de "
     "euros.\n\n"
     "\"Queremos que ir en bicicleta sea la forma más fácil de moverse por la ciudad\", dijo "
     "Lasheras en el Ayuntamiento.\n\n"
     "El plan unirá los barrios de Delicias, Actur y Torrero con el centro. La presentación "
     "empezó con un minuto de silencio por el incendio del mercado de Delicias."),
    ("Z1", "es", "Heraldo del Moncayo", "2026-09-16T08:30:00+02:00",
     "Un muerto y 20 heridos en un incendio en el mercado de Delicias de Zaragoza",
     "Una persona murió y otras 20 resultaron heridas en un incendio que se declaró de "
     "madrugada en el mercado municipal de Delicias, en Zaragoza, según los bomberos.\n\n"
     "El fuego comenzó hacia las 5.30 en un puesto de frutas y se extendió a 30 puestos. La "
     "alcaldesa, Pilar Lasheras, visitó el lugar y anunció tres días de luto.\n\n"
     "La policía investiga las causas del incendio."),
    ("Z2", "es", "Aragón al Día", "2026-09-16T13:45:00+02:00",
     "El incendio del mercado de Delicias deja un muerto y 20 heridos en Zaragoza",
     "El incendio que arrasó el mercado de Delicias de Zaragoza la madrugada del miércoles "
     "causó un muerto y 20 heridos, cuatro de ellos graves, informó el Ayuntamiento.\n\n"
     "Los bomberos tardaron tres horas en apagar las llamas, que destruyeron 30 puestos. "
     "\"Es un día muy triste para Delicias\", dijo la alcaldesa Pilar Lasheras."),
    ("Z1en", "en", "Iberia Wire", "2026-09-16T10:20:00+01:00",
     "One dead, 20 injured in fire at Zaragoza market",
     "One person was killed and 20 injured when a fire swept through the Delicias municipal "
     "market in Zaragoza, in north-eastern Spain, early on Wednesday, firefighters said.\n\n"
     "The blaze began at about 5.30am at a fruit stall and spread to 30 stalls. Mayor Pilar "
     "Lasheras declared three days of mourning."),

    # D: Dresden, Thursday 17 September. A warehouse collapses (de x2, fr); the same mayor
    # opens a tram line the same day, one sentence recalls the collapse.
    ("Dx", "de", "Elbtal Anzeiger", "2026-09-17T09:50:00+02:00",
     "Dresden: Oberbürgermeister eröffnet neue Straßenbahnlinie nach Prohlis",
     "Dresdens Oberbürgermeister Jörg Wendlandt hat am Donnerstag die neue Straßenbahnlinie 14 "
     "nach Prohlis eröffnet. Die 6,2 Kilometer lange Strecke hat 82 Millionen Euro gekostet.\n\n"
     "„Prohlis ist jetzt in zwölf Minuten mit der Altstadt verbunden“, sagte Wendlandt bei der "
     "Eröffnungsfahrt. Täglich sollen 25.000 Fahrgäste die Linie nutzen.\n\n"
     "Die Feier wurde nach dem Einsturz einer Lagerhalle in Pieschen verkürzt."),
    ("D1", "de", "Sächsische Abendzeitung", "2026-09-17T12:10:00+02:00",
     "Zwei Tote beim Einsturz einer Lagerhalle in Dresden-Pieschen",
     "Beim Einsturz einer Lagerhalle im Dresdner Stadtteil Pieschen sind am Donnerstagmorgen "
     "zwei Arbeiter ums Leben gekommen, sechs wurden verletzt, teilte die Feuerwehr mit.\n\n"
     "Das Dach der Halle brach gegen 7.20 Uhr ein. Oberbürgermeister Jörg Wendlandt kam zur "
     "Unglücksstelle. „Wir werden aufklären, wie das passieren konnte“, sagte er.\n\n"
     "Die Polizei ermittelt wegen fahrlässiger Tötung."),
    ("D2", "de", "Dresdner Morgenpost Online", "2026-09-17T16:40:00+02:00",
     "Halleneinsturz in Pieschen: Ermittlungen gegen Bauunternehmen",
     "Nach dem Einsturz der Lagerhalle in Dresden-Pieschen mit zwei Toten und sechs Verletzten "
     "ermittelt die Staatsanwaltschaft gegen ein Bauunternehmen.\n\n"
     "Die Halle war im Frühjahr umgebaut worden. Oberbürgermeister Jörg Wendlandt ordnete die "
     "Prüfung aller städtischen Hallen gleicher Bauart an."),
    ("D1fr", "fr", "Rhin et Danube Info", "2026-09-17T14:00:00+02:00",
     "Allemagne : deux morts dans l'effondrement d'un entrepôt à Dresde",
     "Deux ouvriers ont été tués et six blessés jeudi matin dans l'effondrement d'un entrepôt "
     "dans le quartier de Pieschen, à Dresde, dans l'est de l'Allemagne, ont annoncé les "
     "pompiers.\n\n"
     "Le toit a cédé vers 7 h 20. Le maire, Jörg Wendlandt, s'est rendu sur place et a promis "
     "une enquête."),

    # B: Bologna, Friday 18 September. A block of flats collapses (it x2, en, ru); the mayor
    # opens a library, one sentence recalls the collapse.
    ("Bx", "it", "Corriere Emiliano", "2026-09-18T10:15:00+02:00",
     "Bologna, il sindaco inaugura la nuova biblioteca del Navile",
     "Il sindaco di Bologna, Stefano Ricciardelli, ha inaugurato venerdì la nuova biblioteca "
     "del quartiere Navile, costata 7 milioni di euro, con 40.000 volumi e una sala per "
     "ragazzi.\n\n"
     "\"È una casa per tutti i cittadini\", ha detto Ricciardelli davanti a 300 persone.\n\n"
     "La cerimonia è stata accorciata dopo la notizia del crollo di una palazzina in via "
     "Mazzini."),
    ("B1", "it", "Il Resto di Bologna", "2026-09-18T09:05:00+02:00",
     "Crolla una palazzina a Bologna: tre morti e nove feriti",
     "Tre persone sono morte e nove sono rimaste ferite nel crollo di una palazzina di quattro "
     "piani in via Mazzini, a Bologna, venerdì mattina, secondo i vigili del fuoco.\n\n"
     "Il crollo è avvenuto verso le 6.50. Il sindaco Stefano Ricciardelli è arrivato sul posto: "
     "\"Faremo piena luce su quanto accaduto\".\n\n"
     "La procura ha aperto un'inchiesta per crollo colposo."),
    ("B2", "it", "Emilia Notizie", "2026-09-18T13:30:00+02:00",
     "Crollo in via Mazzini, i vigili del fuoco cercano ancora un disperso",
     "I vigili del fuoco cercano ancora un disperso tra le macerie della palazzina crollata "
     "venerdì mattina in via Mazzini a Bologna, dove tre persone sono morte e nove sono "
     "rimaste ferite.\n\n"
     "Il sindaco Stefano Ricciardelli ha proclamato il lutto cittadino."),
    ("B1en", "en", "Adriatic Report", "2026-09-18T11:40:00+01:00",
     "Three dead as block of flats collapses in Bologna",
     "Three people were killed and nine injured when a four-storey block of flats collapsed "
     "on Via Mazzini in Bologna, northern Italy, early on Friday, firefighters said.\n\n"
     "The mayor, Stefano Ricciardelli, promised to \"shed full light\" on what happened. "
     "Prosecutors have opened an investigation."),
    ("B1ru", "ru", "Вестник Европы Онлайн", "2026-09-18T14:25:00+03:00",
     "В Болонье обрушился жилой дом: трое погибших",
     "Три человека погибли и девять получили ранения при обрушении четырёхэтажного жилого дома "
     "на улице Мадзини в Болонье в пятницу утром, сообщили пожарные.\n\n"
     "Мэр Болоньи Стефано Риккьярделли пообещал выяснить причины трагедии. Прокуратура "
     "начала расследование."),

    # Y: Lyon, Monday 14 September. A warehouse fire (fr x2, ar); the same mayor presents a
    # traffic plan, one sentence recalls the fire.
    ("Yx", "fr", "Rhône Matin", "2026-09-14T11:20:00+02:00",
     "Lyon : le maire présente un plan de circulation pour la Presqu'île",
     "Le maire de Lyon, Édouard Vernaison, a présenté lundi un nouveau plan de circulation pour "
     "la Presqu'île, qui fermera six rues aux voitures à partir de janvier.\n\n"
     "« Nous rendons la Presqu'île aux piétons », a déclaré Édouard Vernaison en conférence de "
     "presse à l'hôtel de ville. Le plan coûtera 12 millions d'euros.\n\n"
     "La conférence de presse a été écourtée en raison de l'incendie de Gerland."),
    ("Y1", "fr", "Le Progrès des Gones", "2026-09-14T08:45:00+02:00",
     "Lyon : deux morts dans l'incendie d'un entrepôt à Gerland",
     "Deux personnes sont mortes et quatre ont été blessées dans l'incendie d'un entrepôt "
     "dans le quartier de Gerland, à Lyon, dans la nuit de dimanche à lundi, selon les "
     "pompiers.\n\n"
     "Le feu s'est déclaré vers 3 heures. Le maire, Édouard Vernaison, s'est rendu sur place. "
     "« Toute la lumière sera faite », a-t-il déclaré.\n\n"
     "Une enquête a été ouverte."),
    ("Y2", "fr", "Lyon Capitale Hebdo", "2026-09-14T17:10:00+02:00",
     "Incendie de Gerland : l'entrepôt ne respectait pas les normes, selon la préfecture",
     "L'entrepôt de Gerland, à Lyon, où un incendie a fait deux morts et quatre blessés dans "
     "la nuit de dimanche à lundi, ne respectait pas les normes de sécurité, a indiqué la "
     "préfecture.\n\n"
     "Le maire Édouard Vernaison a demandé un contrôle de tous les entrepôts du quartier."),
    ("Y1ar", "ar", "الرصد الأوروبي", "2026-09-14T13:00:00+03:00",
     "مقتل شخصين في حريق مستودع في مدينة ليون الفرنسية",
     "قُتل شخصان وأصيب أربعة آخرون في حريق اندلع ليل الأحد الاثنين في مستودع بحي جيرلان في "
     "مدينة ليون الفرنسية، بحسب رجال الإطفاء.\n\n"
     "وتوجه رئيس بلدية ليون إدوار فيرنيزون إلى المكان ووعد بتحقيق كامل."),
]

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles.jsonl")
with open(OUT, "w", encoding="utf-8") as f:
    for key, lang, source, published, title, text in ARTICLES:
        f.write(json.dumps({"id": key, "url": f"https://heldout.example/h-stories62/{key}",
                            "source": source,
                            "published": published, "language": lang, "title": title,
                            "text": text}, ensure_ascii=False) + "\n")
