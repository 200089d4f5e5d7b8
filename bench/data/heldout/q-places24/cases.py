"""q-places24's held-out sentences (issue 16), written before veille ran on them.

Each case: text, source, and gold: ``places`` (name -> ISO country, or "FR:INSEE"),
``not_places`` (names that must not be a place), ``not_entities`` (spans that must not be an
entity of any kind). Families: compass words, capitalised common nouns in titles, dateline
towns before a title phrase, Swiss/Belgian homonyms of French villages, French labels, French
exonyms and short commune names, false entities (peak names, participles after a dateline,
storm names).
"""

CASES = [
    # 1 compass word after "quartiers"
    dict(source="La Provence", text="Une fusillade a éclaté dans les quartiers Sud de Marseille dans la nuit de samedi, sans faire de blessé, selon la police.",
         places={"Marseille": "FR:13055"}, not_places=["Sud"]),
    # 2 "vers l'Ouest" in a Normandy story
    dict(source="Paris-Normandie", text="À Caen, le convoi exceptionnel a quitté le port mardi et roule désormais vers l'Ouest, escorté par les gendarmes.",
         places={"Caen": "FR:14118"}, not_places=["Ouest"]),
    # 3 "l'Est de la France" = broad area
    dict(source="AFP", text="Des orages violents sont attendus jeudi dans l'Est de la France, a prévenu Météo-France, qui a placé plusieurs départements en vigilance orange.",
         places={"France": "FR"}, not_places=["Est"]),
    # 4 "Centre hospitalier" / Centre as an organisation
    dict(source="Le Berry républicain", text="Le Centre national d'études spatiales a signé mercredi à Bourges un accord avec le Centre hospitalier de la ville.",
         places={"Bourges": "FR:18033"}, not_places=["Centre"]),
    # 5 "le Midi" as the south in general
    dict(source="Le Figaro", text="Les vacanciers partis vers le Midi ont subi samedi des bouchons de plus de 800 kilomètres, selon Bison futé.",
         places={}, not_places=["Midi"]),
    # 6 real département du Nord (must stay)
    dict(source="La Voix du Nord", text="Dans le Nord, le préfet a interdit mardi les feux d'artifice à Roubaix et à Tourcoing.",
         places={"Nord": "FR", "Roubaix": "FR:59512", "Tourcoing": "FR:59599"}, not_places=[]),
    # 7 capitalised common noun after "de la" in a title
    dict(source="RTS", text="Le président de la Fédération, Jean Dupuis, a démissionné lundi à Genève après un vote du comité.",
         places={"Genève": "CH"}, not_places=["Fédération"]),
    # 8 "la Confédération" again with other words
    dict(source="Le Temps", text="Le Conseil fédéral a présenté jeudi à Berne le budget de la Confédération pour 2027, en hausse de 2 %.",
         places={"Berne": "CH"}, not_places=["Confédération", "Confederation"]),
    # 9 dateline town in capitals + title phrase
    dict(source="AFP", text="TOULOUSE (AFP) - Le maire de Toulouse a présenté lundi un plan pour les transports de la ville rose.",
         places={"Toulouse": "FR:31555"}, not_places=[]),
    # 10 dateline + préfète
    dict(source="AFP", text="BORDEAUX (AFP) - La préfète de la Gironde a ordonné mardi l'évacuation d'un squat, selon un communiqué.",
         places={"Bordeaux": "FR:33063", "Gironde": "FR"}, not_places=[]),
    # 11 dateline + "Les habitants de"
    dict(source="AFP", text="NICE (AFP) - Le président de la métropole a annoncé vendredi la fermeture de la promenade. Les habitants de Nice sont partagés.",
         places={"Nice": "FR:06088"}, not_places=[]),
    # 12 Swiss town homonym of a French village, Swiss context
    dict(source="ATS", text="MARTIGNY (ATS) - Le Conseil d'Etat valaisan a inauguré mercredi à Martigny le nouveau centre de formation cantonal.",
         places={"Martigny": "CH"}, not_places=[]),
    # 13 Belgian town homonym of French communes
    dict(source="RTBF", text="À Mons, le bourgmestre a présenté lundi le budget communal, en présence du gouverneur de la province de Hainaut.",
         places={"Mons": "BE"}, not_places=[]),
    # 14 French label for a foreign city
    dict(source="Le Monde", text="À Anvers, le port a enregistré un trafic record en novembre, devant Rotterdam et Hambourg.",
         places={"Anvers": "BE", "Rotterdam": "NL", "Hambourg": "DE"}, not_places=[]),
    # 15 French label, Swiss German city
    dict(source="RTS", text="Le sommet s'est tenu mardi à Bâle, puis les ministres ont rejoint Zurich en train.",
         places={"Bâle": "CH", "Zurich": "CH"}, not_places=[]),
    # 16 French exonyms
    dict(source="Le Soir", text="Les inondations ont touché Louvain et Malines, tandis qu'à Ypres les pompiers pompaient encore mercredi.",
         places={"Louvain": "BE", "Malines": "BE", "Ypres": "BE"}, not_places=[]),
    # 17 short commune names
    dict(source="Le Dauphiné libéré", text="Un randonneur a été secouru dimanche au-dessus d'Évian, puis transporté à l'hôpital de Thonon.",
         places={"Évian": "FR:74119", "Thonon": "FR:74281"}, not_places=[]),
    # 18 peaks named by an adjective
    dict(source="Le Dauphiné libéré", text="Deux alpinistes ont réussi l'ascension de la dent Blanche puis de la pointe Percée, a indiqué le guide Marc Rolland.",
         places={}, not_places=["Blanche", "Percée"], not_entities=["Blanche", "Percée"]),
    # 19 participle after a dateline dash
    dict(source="Sud Ouest", text="PAU - Interrompue depuis octobre pour des travaux, la ligne de bus reliant Pau à Lescar reprendra lundi.",
         places={"Pau": "FR:64445", "Lescar": "FR:64335"}, not_places=["Interrompue"], not_entities=["Interrompue"]),
    # 20 storm names
    dict(source="AFP", text="La tempête Ophélie a balayé mardi la Bretagne, après le passage de l'ouragan Bertrand aux Antilles la semaine dernière.",
         places={"Bretagne": "FR"}, not_places=["Ophélie", "Bertrand"], not_entities=["Ophélie", "Bertrand"]),
]
