#!/usr/bin/env python3
"""Write articles.jsonl of r-coverage60's held-out set (CC0: every outlet, person and
event is invented for veille; the towns are real so that places resolve to codes)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

A = [
    # E1: a fire at a chemical plant in Rouen, Tuesday 9 June 2026 (fr, en, de)
    ("E1fr", "fr", "Le Courrier normand", "2026-06-09T09:30:00+01:00",
     "Incendie dans une usine chimique à Rouen : 14 blessés et 1 200 habitants évacués",
     "Un violent incendie s'est déclaré mardi vers 4 heures dans l'usine chimique Normachem, "
     "dans la zone portuaire de Rouen. Quatorze salariés ont été blessés, dont deux grièvement, "
     "selon les pompiers.\n\nLe préfet de la Seine-Maritime, Bruno Tessier, a ordonné "
     "l'évacuation de 1 200 habitants du quartier Saint-Sever. « Aucune toxicité n'a été "
     "mesurée à ce stade », a déclaré Bruno Tessier lors d'un point presse.\n\nLa directrice "
     "du site, Hélène Marsac, a évoqué un départ de feu dans un entrepôt de solvants. Les "
     "habitants pourront regagner leur domicile jeudi 11 juin, selon la préfecture."),
    ("E1en", "en", "Channel Wire", "2026-06-09T11:05:00+00:00",
     "Fire at chemical plant in Rouen injures 14, 1,200 residents evacuated",
     "A fire broke out early on Tuesday at the Normachem chemical plant in the port area of "
     "Rouen, in northern France, injuring 14 workers, two of them seriously, firefighters "
     "said.\n\nPrefect Bruno Tessier ordered the evacuation of 1,200 residents of the "
     "Saint-Sever district. \"No toxicity has been measured at this stage,\" Tessier told "
     "reporters.\n\nPlant director Hélène Marsac said the fire started in a solvent "
     "warehouse. Residents should be able to return home on Thursday, June 11, the "
     "prefecture said."),
    ("E1de", "de", "Rheinischer Bote", "2026-06-09T14:20:00+01:00",
     "Großbrand in Chemiewerk in Rouen: 14 Verletzte, 1.200 Anwohner in Sicherheit gebracht",
     "Bei einem Großbrand in dem Chemiewerk Normachem in der nordfranzösischen Stadt Rouen "
     "sind am Dienstag 14 Beschäftigte verletzt worden, zwei davon schwer.\n\nPräfekt Bruno "
     "Tessier ließ 1.200 Anwohner des Viertels Saint-Sever in Sicherheit bringen. „Bisher "
     "wurde keine Giftigkeit gemessen“, sagte Tessier.\n\nDie Werksleiterin Hélène Marsac "
     "sprach von einem Feuer in einem Lager für Lösungsmittel. Die Anwohner sollen am "
     "Donnerstag, dem 11. Juni, zurückkehren."),
    # N1: same town, same prefect, same week, another event (a footbridge opened)
    ("N1en", "en", "Channel Wire", "2026-06-12T16:00:00+00:00",
     "Rouen opens new Seine footbridge after three years of work",
     "Prefect Bruno Tessier and Mayor Claire Dumontel inaugurated the new Docks footbridge "
     "over the Seine in Rouen on Friday, after three years of work.\n\nThe 240-metre bridge, "
     "which cost 38 million euros, links the right bank to the Saint-Sever district. \"This "
     "bridge brings the two banks together,\" Dumontel said at the opening ceremony.\n\n"
     "Cyclists and pedestrians will be able to use it from Saturday, June 13."),
    # E2: a strike at Lisbon airport, Monday 8 June 2026 (pt, fr, es)
    ("E2pt", "pt", "Jornal da Ribeira", "2026-06-08T08:00:00+00:00",
     "Greve no aeroporto de Lisboa leva ao cancelamento de 340 voos",
     "Uma greve dos trabalhadores de assistência em terra do aeroporto de Lisboa levou ao "
     "cancelamento de 340 voos nesta segunda-feira.\n\nO sindicato SINTAV, liderado por Rui "
     "Damasceno, exige um aumento salarial de 8%. \"Não aceitaremos menos\", afirmou Rui "
     "Damasceno aos jornalistas.\n\nA companhia Aerolusa pediu aos passageiros que não se "
     "desloquem ao aeroporto. A greve deve prolongar-se até quarta-feira, 10 de junho."),
    ("E2fr", "fr", "L'Écho des voyageurs", "2026-06-08T13:10:00+01:00",
     "Grève à l'aéroport de Lisbonne : 340 vols annulés",
     "Une grève du personnel au sol de l'aéroport de Lisbonne a entraîné l'annulation de 340 "
     "vols lundi, a annoncé la compagnie Aerolusa.\n\nLe syndicat SINTAV, dirigé par Rui "
     "Damasceno, réclame une hausse des salaires de 8 %. « Nous n'accepterons pas moins », a "
     "déclaré Rui Damasceno.\n\nLe mouvement doit durer jusqu'à mercredi 10 juin. Les "
     "voyageurs sont invités à vérifier l'état de leur vol avant de se rendre à l'aéroport."),
    ("E2es", "es", "Diario del Estrecho", "2026-06-08T15:00:00+01:00",
     "Huelga en el aeropuerto de Lisboa: 340 vuelos cancelados",
     "Una huelga del personal de tierra del aeropuerto de Lisboa obligó a cancelar 340 "
     "vuelos este lunes, según la aerolínea Aerolusa.\n\nEl sindicato SINTAV, encabezado por "
     "Rui Damasceno, exige una subida salarial del 8%. \"No aceptaremos menos\", dijo Rui "
     "Damasceno.\n\nLa huelga se prolongará hasta el miércoles 10 de junio."),
    # N2: another strike in Portugal the same week (Porto's metro), other people
    ("N2fr", "fr", "L'Écho des voyageurs", "2026-06-10T09:00:00+01:00",
     "Portugal : grève dans le métro de Porto jeudi",
     "Le métro de Porto sera à l'arrêt jeudi 11 juin en raison d'une grève des conducteurs, a "
     "annoncé le syndicat STTM.\n\nSa porte-parole, Joana Vilaça, réclame une hausse des "
     "salaires de 5 % et l'embauche de 60 conducteurs. « La direction refuse de négocier », a "
     "déclaré Joana Vilaça.\n\nDes bus de remplacement circuleront entre les principales "
     "stations."),
    # E3: an earthquake near Potenza, Wednesday 10 June 2026 (it, en, ru)
    ("E3it", "it", "Gazzetta Lucana", "2026-06-10T07:40:00+01:00",
     "Terremoto di magnitudo 5.4 vicino a Potenza: 23 feriti e 410 sfollati",
     "Una scossa di magnitudo 5.4 ha colpito la provincia di Potenza alle 3.12 di mercoledì. "
     "Ventitré persone sono rimaste ferite e 410 sono state sfollate.\n\n\"Le verifiche sugli "
     "edifici continueranno per tutta la notte\", ha detto la responsabile della Protezione "
     "civile, Giulia Ferrante.\n\nLe scuole della provincia resteranno chiuse fino a venerdì "
     "12 giugno."),
    ("E3en", "en", "Channel Wire", "2026-06-10T10:00:00+00:00",
     "Magnitude 5.4 earthquake near Potenza in southern Italy injures 23",
     "A magnitude 5.4 earthquake struck the province of Potenza in southern Italy at 3:12 "
     "a.m. on Wednesday, injuring 23 people and forcing 410 from their homes.\n\n\"Checks on "
     "buildings will continue all night,\" civil protection official Giulia Ferrante said.\n\n"
     "Schools in the province will stay closed until Friday, June 12."),
    ("E3ru", "ru", "Вестник Юга", "2026-06-10T12:00:00+03:00",
     "Землетрясение магнитудой 5,4 произошло в Италии возле Потенцы",
     "Землетрясение магнитудой 5,4 произошло в среду в провинции Потенца на юге Италии. "
     "Пострадали 23 человека, 410 жителей покинули свои дома.\n\nПо словам представителя "
     "гражданской защиты Джулии Ферранте, проверка зданий продолжится всю ночь.\n\nШколы "
     "провинции будут закрыты до пятницы, 12 июня."),
    # N3: another earthquake the same week, in Greece
    ("N3en", "en", "Channel Wire", "2026-06-11T06:30:00+00:00",
     "Magnitude 4.9 earthquake shakes western Greece near Patras",
     "A magnitude 4.9 earthquake shook western Greece near Patras on Thursday morning, "
     "damaging old houses in several villages. No one was injured.\n\n\"We are inspecting "
     "the schools one by one,\" regional governor Nikos Stamatelos said.\n\nAround 150 "
     "people spent the night in tents."),
    # E4: Germany's rail plan, Thursday 11 June 2026 (de, en, fr)
    ("E4de", "de", "Berliner Abendpost", "2026-06-11T12:00:00+01:00",
     "Verkehrsministerin Obermeyer stellt 12-Milliarden-Programm für die Bahn vor",
     "Bundesverkehrsministerin Katrin Obermeyer hat am Donnerstag in Berlin ein "
     "Investitionsprogramm von 12 Milliarden Euro für das Schienennetz vorgestellt. Bis 2031 "
     "sollen 1.800 Kilometer Gleise erneuert werden.\n\n„Die Bahn muss wieder pünktlich "
     "werden“, sagte Obermeyer.\n\nDer Fahrgastverband ProRail Deutschland begrüßte den Plan, "
     "sein Sprecher Sven Kallweit nannte ihn aber „spät“."),
    ("E4en", "en", "Channel Wire", "2026-06-11T13:30:00+00:00",
     "German transport minister unveils 12 billion euro rail plan",
     "German Transport Minister Katrin Obermeyer on Thursday presented a 12 billion euro plan "
     "to modernise the rail network, with 1,800 kilometres of track to be renewed by 2031.\n\n"
     "\"The railways must be punctual again,\" Obermeyer told reporters in Berlin.\n\nSven "
     "Kallweit, spokesman for the passenger group ProRail Deutschland, welcomed the plan but "
     "called it late."),
    ("E4fr", "fr", "Journal de l'Est", "2026-06-11T17:45:00+01:00",
     "Allemagne : Katrin Obermeyer présente un plan de 12 milliards d'euros pour le rail",
     "La ministre allemande des Transports, Katrin Obermeyer, a présenté jeudi à Berlin un "
     "plan de 12 milliards d'euros pour moderniser le réseau ferré : 1 800 kilomètres de voies "
     "seront rénovés d'ici 2031.\n\n« Les trains doivent redevenir ponctuels », a-t-elle "
     "déclaré.\n\nL'association d'usagers ProRail Deutschland, par la voix de Sven Kallweit, "
     "a salué un plan « tardif »."),
    # N4: the same minister the same week at another event (floods in Bavaria)
    ("N4fr", "fr", "Journal de l'Est", "2026-06-09T18:00:00+01:00",
     "Inondations en Bavière : la ministre Katrin Obermeyer à Passau",
     "La ministre allemande des Transports, Katrin Obermeyer, s'est rendue mardi à Passau, "
     "où les crues du Danube ont coupé plusieurs routes et voies ferrées.\n\nTrois personnes "
     "sont mortes et 2 300 habitants ont été évacués depuis le week-end. « Nous réparerons "
     "les lignes au plus vite », a promis Katrin Obermeyer.\n\nLa décrue est attendue en fin "
     "de semaine."),
    # E5: a fire at a fuel depot in Beirut, Thursday 11 June 2026 (ar, fr)
    ("E5ar", "ar", "صدى المدينة", "2026-06-11T16:00:00+02:00",
     "حريق في مستودع وقود في بيروت يودي بحياة 4 أشخاص",
     "اندلع حريق كبير يوم الخميس في مستودع للوقود في منطقة الكرنتينا في بيروت، ما أدى إلى "
     "مقتل 4 أشخاص وإصابة 27 آخرين.\n\nوقال وزير الداخلية سامي حداد إن \"التحقيق سيكشف "
     "المسؤولين\".\n\nوأخلت السلطات 600 شخص من المباني المجاورة."),
    ("E5fr", "fr", "Le Messager du Levant", "2026-06-11T18:30:00+01:00",
     "Liban : l'incendie d'un dépôt de carburant à Beyrouth fait 4 morts",
     "Un important incendie s'est déclaré jeudi dans un dépôt de carburant du quartier de la "
     "Quarantaine, à Beyrouth, faisant 4 morts et 27 blessés.\n\n« L'enquête désignera les "
     "responsables », a déclaré le ministre de l'Intérieur, Sami Haddad.\n\nLes autorités ont "
     "évacué 600 personnes des immeubles voisins."),
    # N5: the same city and minister the same week, a protest
    ("N5en", "en", "Channel Wire", "2026-06-09T15:00:00+00:00",
     "Thousands march in Beirut over power cuts",
     "Thousands of people marched through central Beirut on Tuesday to protest against power "
     "cuts of up to 20 hours a day.\n\nInterior Minister Sami Haddad said security forces "
     "would protect the protesters. \"Everyone has the right to demonstrate,\" he said.\n\n"
     "Organisers said 3,000 people took part in the march."),
]

with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
    for key, lang, source, published, title, text in A:
        f.write(json.dumps({"id": key, "title": title, "text": text, "published": published,
                            "source": source, "language": lang,
                            "url": f"https://example.org/r-coverage60/{key.lower()}"},
                           ensure_ascii=False) + "\n")
