"""Held-out pairs of local-press articles: one town's separate events, and one event told twice
(h-stories65, issue 14 / t-final64 #3). Text written for veille by h-stories65 before any fix
was designed (invented people; real towns, streets and squares). Each pair: a label ("join":
one event, "apart": the same town, another event), then two (headline, text, published,
language) items, the second a few hours to two days after the first.
"""

from __future__ import annotations

Item = tuple[str, str, str, str]
Pair = tuple[str, str, Item, Item]
"""(name, "join" | "apart", first item, second item)."""

D1 = "2026-11-10T08:30:00+01:00"
D1B = "2026-11-10T13:15:00+01:00"
D2 = "2026-11-11T09:00:00+01:00"
D3 = "2026-11-12T10:00:00+01:00"

ES_FIRE_ZGZ = ("Incendio en un piso de la calle Delicias de Zaragoza: dos heridos",
               "Un incendio declarado de madrugada en un tercer piso de la calle Delicias, en "
               "Zaragoza, ha dejado dos heridos por inhalación de humo, una mujer de 71 años y "
               "su hijo. Los bomberos desalojaron a doce vecinos del edificio.\n\nEl fuego se "
               "originó en la cocina, según los primeros datos. El Ayuntamiento ha ofrecido "
               "alojamiento a las familias afectadas.", D1, "es")
ES_FIRE_ZGZ_2 = ("Los bomberos dan por extinguido el incendio de la calle Delicias",
                 "Los bomberos dieron por extinguido este miércoles el incendio que ayer "
                 "calcinó un piso de la calle Delicias, en Zaragoza. La mujer de 71 años "
                 "herida sigue ingresada en el hospital Miguel Servet; su hijo ya ha recibido "
                 "el alta.\n\nLos doce vecinos desalojados han vuelto a sus casas salvo los del "
                 "tercer piso, cuya vivienda ha quedado inhabitable.", D2, "es")
ES_MARKET_ZGZ = ("El Ayuntamiento de Zaragoza aprueba la reforma del Mercado Central",
                 "El Ayuntamiento de Zaragoza ha aprobado el proyecto de reforma del Mercado "
                 "Central, que costará 4,2 millones de euros y obligará a trasladar los puestos "
                 "a una carpa durante catorce meses.\n\nLos comerciantes y los vecinos del "
                 "Casco Histórico piden que las obras empiecen después de Navidad. La alcaldesa "
                 "destacó que el edificio modernista recuperará su cubierta original.", D1B,
                 "es")
ES_PROTEST_SEV = ("Cientos de vecinos protestan en la Plaza Nueva de Sevilla contra los "
                  "alquileres",
                  "Varios cientos de vecinos se concentraron este martes en la Plaza Nueva de "
                  "Sevilla, frente al Ayuntamiento, para protestar contra la subida de los "
                  "alquileres y los pisos turísticos. Los convocantes, la plataforma Sevilla "
                  "para Vivir, pidieron un límite de licencias en el barrio de Santa Cruz.\n\n"
                  "La protesta terminó sin incidentes a las ocho de la tarde.", D1, "es")
ES_PROTEST_SEV_2 = ("La Plaza Nueva se llena contra los pisos turísticos",
                    "La plataforma Sevilla para Vivir reunió este martes a cientos de personas "
                    "en la Plaza Nueva para exigir al Ayuntamiento un tope de pisos turísticos "
                    "en Santa Cruz y medidas contra la subida de los alquileres.\n\nLos "
                    "manifestantes corearon consignas frente al consistorio durante dos horas.",
                    D1B, "es")
ES_CONCERT_SEV = ("La Plaza Nueva acoge el concierto de la Banda Sinfónica Municipal",
                  "La Banda Sinfónica Municipal de Sevilla ofrecerá el jueves un concierto "
                  "gratuito en la Plaza Nueva con motivo de su centenario. El Ayuntamiento "
                  "instalará 800 sillas para los vecinos y el tráfico se cortará desde las seis "
                  "de la tarde.\n\nEl programa incluye marchas procesionales y zarzuela.", D2,
                  "es")
ES_FLOOD_MAL = ("Una tromba de agua inunda Campanillas y obliga a rescatar a cinco personas",
                "Una fuerte tromba de agua inundó este martes varias calles de Campanillas, en "
                "Málaga, donde los bomberos rescataron a cinco personas atrapadas en sus "
                "coches. El arroyo se desbordó a mediodía.\n\nEl Ayuntamiento de Málaga ha "
                "activado el plan de emergencias y ha suspendido las clases en dos colegios.",
                D1, "es")
ES_FLOOD_MAL_2 = ("Campanillas limpia el barro tras la tromba de ayer",
                  "Los vecinos de Campanillas, en Málaga, limpiaban este miércoles el barro "
                  "que dejó la tromba de agua de ayer, cuando el arroyo se desbordó y los "
                  "bomberos tuvieron que rescatar a cinco personas de sus coches.\n\nLos dos "
                  "colegios cerrados reabrirán el lunes, según el Ayuntamiento.", D2, "es")
ES_CRUISE_MAL = ("Llega a Málaga el mayor crucero del año con 6.000 pasajeros",
                 "El crucero más grande que visitará Málaga este año atracó este martes en el "
                 "puerto con 6.000 pasajeros a bordo. Los comerciantes del centro esperan un "
                 "gasto de un millón de euros en un solo día.\n\nEl Ayuntamiento ha reforzado "
                 "los autobuses entre el muelle y la calle Larios.", D1B, "es")
ES_TWIN_BIL = ("Bilbao y Burdeos celebran cuarenta años de hermanamiento",
               "Bilbao y Burdeos renovaron este martes su hermanamiento en una ceremonia en el "
               "Ayuntamiento de Bilbao, cuarenta años después de la firma del acuerdo. El "
               "alcalde recibió a una delegación bordelesa de veinte personas.\n\nAmbas "
               "ciudades prepararán intercambios escolares y una semana cultural en mayo.", D1,
               "es")
ES_STRIKE_BIL = ("Huelga en el metro de Bilbao: servicios mínimos del 50%",
                 "Los trabajadores del metro de Bilbao irán a la huelga el jueves y el viernes "
                 "para reclamar una subida salarial. El Gobierno vasco ha fijado servicios "
                 "mínimos del 50% en hora punta.\n\nLos vecinos de los barrios altos temen "
                 "colas en las paradas de autobús.", D1B, "es")
ES_TWIN_BIL_2 = ("Burdeos y Bilbao firman de nuevo su hermanamiento",
                 "La delegación de Burdeos, con su teniente de alcalde al frente, firmó este "
                 "martes en el Ayuntamiento de Bilbao la renovación del hermanamiento entre "
                 "ambas ciudades, que cumple cuarenta años.\n\nEl acuerdo incluye intercambios "
                 "escolares y una semana cultural bordelesa en Bilbao en mayo.", D1B, "es")
ES_CRASH_VLL = ("Un motorista, herido grave en un choque en la avenida de Salamanca",
                "Un motorista de 34 años resultó herido grave este martes tras chocar con un "
                "turismo en la avenida de Salamanca de Valladolid. El accidente ocurrió a las "
                "siete y media de la mañana.\n\nLa Policía Municipal investiga las causas y "
                "cortó dos carriles durante una hora.", D1, "es")
ES_CRASH_VLL_2 = ("Muere el motorista herido en la avenida de Salamanca",
                  "El motorista de 34 años que resultó herido grave el martes en un choque con "
                  "un turismo en la avenida de Salamanca, en Valladolid, ha fallecido en el "
                  "Hospital Clínico.\n\nLa Policía Municipal sigue investigando el accidente.",
                  D3, "es")
ES_BIKE_VLL = ("Valladolid empieza las obras del carril bici de la avenida de Salamanca",
               "El Ayuntamiento de Valladolid ha empezado las obras del nuevo carril bici de la "
               "avenida de Salamanca, de 2,3 kilómetros, que estarán terminadas en marzo. Los "
               "vecinos del barrio de Arturo Eyries han pedido más pasos de peatones.\n\nLas "
               "obras costarán 900.000 euros.", D2, "es")
ES_MASCLETA_MUR = ("Una mascletà abre las fiestas en la plaza Circular de Murcia",
                   "Miles de personas asistieron este martes a la mascletà que abrió las "
                   "fiestas de otoño en la plaza Circular de Murcia. La pirotecnia disparó 90 "
                   "kilos de pólvora durante siete minutos.\n\nEl Ayuntamiento cortó el tráfico "
                   "y los vecinos aplaudieron el final.", D1, "es")
ES_MASCLETA_MUR_2 = ("90 kilos de pólvora en la plaza Circular",
                     "La plaza Circular de Murcia vibró este martes con una mascletà de 90 "
                     "kilos de pólvora que dio inicio a las fiestas de otoño ante miles de "
                     "personas.\n\nLa traca final duró casi un minuto.", D1B, "es")
ES_PROTEST_MUR = ("Concentración en la plaza Circular por el soterramiento del tren",
                  "Unas 500 personas se concentraron este miércoles en la plaza Circular de "
                  "Murcia para exigir que se acaben las obras del soterramiento del tren en "
                  "el barrio del Carmen. Los vecinos cortaron el tráfico durante media hora.\n\n"
                  "La plataforma pro soterramiento pide una reunión con el Ayuntamiento.", D2,
                  "es")

IT_FLOOD_GE = ("Alluvione a Sturla, evacuate venti famiglie",
               "Il torrente Sturla è esondato nella notte a Genova, allagando negozi e "
               "cantine in via Isonzo: venti famiglie sono state evacuate. I vigili del "
               "fuoco hanno soccorso un anziano rimasto bloccato in casa.\n\nIl Comune di "
               "Genova ha chiuso le scuole del levante per allerta rossa.", D1, "it")
IT_FLOOD_GE_2 = ("Sturla, il giorno dopo l'alluvione: fango e danni",
                 "Il giorno dopo l'esondazione del torrente Sturla, i residenti di via Isonzo "
                 "a Genova spalano il fango da negozi e cantine. Le venti famiglie evacuate "
                 "sono ospitate in albergo.\n\nIl Comune stima danni per due milioni e chiede "
                 "lo stato di calamità.", D2, "it")
IT_SHIP_GE = ("La nave scuola Palinuro arriva a Genova: visite aperte al pubblico",
              "La nave scuola Palinuro della Marina militare è arrivata a Genova e resterà "
              "ormeggiata al Porto Antico fino a domenica. Le visite a bordo sono gratuite "
              "dalle 10 alle 18.\n\nIl Comune di Genova prevede migliaia di visitatori e ha "
              "potenziato i bus.", D1B, "it")
IT_SHIP_GE_2 = ("Palinuro al Porto Antico, code per salire a bordo",
                "Lunghe code al Porto Antico di Genova per visitare la nave scuola Palinuro, "
                "ormeggiata fino a domenica. I marinai accompagnano i visitatori sul ponte "
                "e tra le vele.\n\nLe visite gratuite continuano dalle 10 alle 18.", D2, "it")
IT_FIRE_PI = ("Incendio in un appartamento in via San Martino a Pisa, un ferito",
              "Un incendio è scoppiato nel pomeriggio in un appartamento al secondo piano in "
              "via San Martino, a Pisa. Il proprietario, un uomo di 58 anni, è stato "
              "portato a Cisanello con ustioni alle mani.\n\nI vigili del fuoco hanno "
              "evacuato il palazzo; il Comune ha trovato una sistemazione per due famiglie.",
              D1, "it")
IT_LOGGE_PI = ("Pisa, al via il restauro delle Logge di Banchi",
               "Sono iniziati i lavori di restauro delle Logge di Banchi a Pisa, che "
               "dureranno dieci mesi e costeranno 1,8 milioni di euro. Il mercato del "
               "sabato sarà spostato in piazza Vittorio Emanuele.\n\nIl Comune ha incontrato "
               "i residenti e i commercianti del centro.", D1B, "it")
IT_FIRE_PI_2 = ("Via San Martino, dopo l'incendio il palazzo resta inagibile",
                "Il palazzo di via San Martino a Pisa colpito ieri dall'incendio resta "
                "inagibile: i vigili del fuoco hanno rilevato danni al solaio del secondo "
                "piano. L'uomo di 58 anni ustionato alle mani è ancora ricoverato a "
                "Cisanello.\n\nLe due famiglie sono ospitate dal Comune.", D2, "it")
IT_PROTEST_SI = ("Siena, presidio in piazza del Campo contro la chiusura del reparto",
                 "Circa trecento persone hanno partecipato al presidio in piazza del Campo a "
                 "Siena contro la chiusura del reparto di pediatria dell'ospedale di "
                 "Nottola. I sindacati chiedono un incontro con la Regione.\n\nIl sindaco ha "
                 "portato la solidarietà del Comune.", D1, "it")
IT_CONCERT_SI = ("Piazza del Campo, concerto di Capodanno: ecco il programma",
                 "Il Comune di Siena ha presentato il concerto di Capodanno in piazza del "
                 "Campo, con un'orchestra di sessanta elementi e fuochi d'artificio a "
                 "mezzanotte. I residenti del centro avranno un pass per l'auto.\n\nI biglietti "
                 "non servono: l'ingresso è libero.", D2, "it")
IT_TWIN_LU = ("Lucca rinnova il gemellaggio con Abingdon",
              "Lucca e la città inglese di Abingdon hanno rinnovato il gemellaggio con una "
              "cerimonia a Palazzo Orsetti. Il sindaco ha ricevuto una delegazione di quindici "
              "cittadini inglesi.\n\nSono previsti scambi tra le scuole e un mercatino "
              "inglese in primavera.", D1, "it")
IT_TWIN_LU_2 = ("Abingdon a Palazzo Orsetti, firmato il rinnovo del gemellaggio",
                "Una delegazione di Abingdon è stata accolta a Palazzo Orsetti dal sindaco di "
                "Lucca per la firma del rinnovo del gemellaggio tra le due città.\n\nIl "
                "programma prevede scambi scolastici e un mercatino inglese in primavera.",
                D1B, "it")
IT_THEFT_LU = ("Furto in una gioielleria di via Fillungo, rubati orologi per 40mila euro",
               "I ladri sono entrati di notte in una gioielleria di via Fillungo, a Lucca, "
               "forzando la saracinesca, e hanno rubato orologi per 40mila euro. Le "
               "telecamere hanno ripreso due uomini incappucciati.\n\nI commercianti del "
               "centro chiedono al Comune più controlli.", D2, "it")
IT_THEFT_LU_2 = ("Arrestati i ladri della gioielleria di via Fillungo",
                 "I carabinieri hanno arrestato i due uomini che ieri notte avevano svaligiato "
                 "una gioielleria di via Fillungo a Lucca, rubando orologi per 40mila euro. "
                 "Gli orologi sono stati ritrovati in un'auto.\n\nDecisive le immagini delle "
                 "telecamere.", D3, "it")
IT_SLIDE_AR = ("Frana sulla provinciale a Subbiano, strada chiusa",
               "Una frana ha invaso nella notte la strada provinciale a Subbiano, in provincia "
               "di Arezzo, isolando tre frazioni. Nessun ferito.\n\nIl Comune ha organizzato "
               "un servizio di navetta per i residenti.", D1, "it")
IT_SLIDE_AR_2 = ("Subbiano, riaperta a senso alternato la provinciale della frana",
                 "È stata riaperta a senso alternato la strada provinciale di Subbiano, "
                 "chiusa dopo la frana di ieri notte che aveva isolato tre frazioni.\n\nI "
                 "geologi controllano il versante.", D2, "it")
IT_FAIR_AR = ("Torna la Fiera Antiquaria di Arezzo: 400 espositori",
              "Torna nel weekend la Fiera Antiquaria di Arezzo con 400 espositori tra piazza "
              "Grande e il corso. Il Comune prevede trentamila visitatori.\n\nParcheggi "
              "gratuiti per i residenti.", D1B, "it")
IT_STORM_AN = ("Mareggiata ad Ancona, danni al Passetto",
               "La mareggiata della notte ha danneggiato gli stabilimenti del Passetto ad "
               "Ancona: onde di quattro metri hanno distrutto due pedane e una scala. Il "
               "Comune ha chiuso la spiaggia.\n\nI residenti chiedono nuove scogliere.", D1,
               "it")
IT_SHIP_AN = ("Ancona accoglie la nave Amerigo Vespucci",
              "La nave Amerigo Vespucci è arrivata ad Ancona e resterà in porto tre giorni. "
              "Il Comune ha allestito un villaggio al molo Wojtyla.\n\nLe prenotazioni per "
              "le visite sono già esaurite.", D1B, "it")

FR_FIRE_MTP = ("Montpellier : un appartement en feu à Figuerolles, trois blessés",
               "Un incendie s'est déclaré mardi soir dans un appartement de la rue du Faubourg "
               "Figuerolles à Montpellier. Trois personnes ont été légèrement intoxiquées et "
               "quinze habitants ont été évacués par les pompiers.\n\nLa mairie a ouvert un "
               "gymnase pour reloger les familles.", D1, "fr")
FR_FIRE_MTP_2 = ("Figuerolles : l'immeuble incendié déclaré inhabitable",
                 "L'immeuble de la rue du Faubourg Figuerolles, à Montpellier, où un incendie "
                 "a fait trois blessés légers mardi soir, a été déclaré inhabitable par les "
                 "services de la mairie. Les quinze habitants évacués sont relogés.\n\nL'enquête "
                 "privilégie une piste accidentelle.", D2, "fr")
FR_HALLES_MTP = ("Les halles Castellane fermées un an pour rénovation",
                 "Les halles Castellane, à Montpellier, fermeront en janvier pour un an de "
                 "travaux de rénovation, a annoncé la mairie. Les commerçants seront installés "
                 "sous une structure provisoire place de la Comédie.\n\nLe chantier coûtera 6 "
                 "millions d'euros.", D1B, "fr")
FR_DEMO_NTE = ("Nantes : des milliers de manifestants place Royale pour les retraites",
               "Plusieurs milliers de personnes ont défilé mardi à Nantes contre la réforme "
               "des retraites, avant de se rassembler place Royale. Quelques vitrines ont été "
               "brisées en fin de cortège.\n\nLes syndicats appellent à une nouvelle journée "
               "jeudi.", D1, "fr")
FR_DEMO_NTE_2 = ("Retraites : la place Royale noire de monde à Nantes",
                 "La place Royale, à Nantes, a accueilli mardi des milliers de manifestants "
                 "opposés à la réforme des retraites. Des vitrines ont été brisées en fin de "
                 "cortège, selon la préfecture.\n\nIntersyndicale : nouvelle journée jeudi.",
                 D1B, "fr")
FR_CONCERT_NTE = ("Place Royale : un concert gratuit pour les 20 ans du festival",
                  "La mairie de Nantes organise samedi place Royale un concert gratuit pour les "
                  "vingt ans du festival Aux heures d'été. Les riverains ont été prévenus des "
                  "fermetures de rues.\n\nTrois groupes locaux se succéderont sur scène.", D2,
                  "fr")
FR_FLOOD_TLN = ("Toulon : des rues inondées au Mourillon après un violent orage",
                "Un violent orage a inondé mardi plusieurs rues du Mourillon, à Toulon. Les "
                "pompiers sont intervenus à quarante reprises pour des caves et des garages "
                "inondés.\n\nLa mairie a fermé les écoles du quartier.", D1, "fr")
FR_SHIP_TLN = ("Le trois-mâts Belem en escale à Toulon ce week-end",
               "Le trois-mâts Belem fera escale à Toulon de vendredi à dimanche, quai "
               "Cronstadt. Les visites sont gratuites et la mairie attend plusieurs milliers "
               "de curieux.\n\nLes habitants pourront aussi assister aux manœuvres.", D1B, "fr")
FR_TWIN_GRE = ("Grenoble et Essen fêtent cinquante ans de jumelage",
               "Grenoble et Essen ont célébré mardi en mairie les cinquante ans de leur "
               "jumelage, en présence d'une délégation allemande de trente personnes.\n\nDes "
               "échanges de lycéens et un marché de Noël allemand sont prévus.", D1, "fr")
FR_TWIN_GRE_2 = ("Cinquante ans de jumelage : une délégation d'Essen reçue à Grenoble",
                 "Une délégation de trente habitants d'Essen a été reçue mardi à l'hôtel de "
                 "ville de Grenoble pour les cinquante ans du jumelage entre les deux "
                 "villes.\n\nUn marché de Noël allemand et des échanges de lycéens suivront.",
                 D1B, "fr")
FR_PIPE_GRE = ("Grenoble : une canalisation cède, l'eau coupée dans le quartier Berriat",
               "Une canalisation d'eau potable a cédé mercredi matin cours Berriat, à "
               "Grenoble, inondant la chaussée. Mille foyers ont été privés d'eau pendant six "
               "heures.\n\nLa mairie a distribué des bouteilles aux habitants.", D2, "fr")

CA_FIRE_GI = ("Incendi en un pis del carrer de la Rutlla de Girona",
              "Un incendi en un pis del carrer de la Rutlla de Girona ha obligat a desallotjar "
              "vint veïns aquest dimarts. Una dona de 80 anys ha estat traslladada a l'hospital "
              "Trueta.\n\nL'Ajuntament ha ofert allotjament a dues famílies.", D1, "ca")
CA_FIRE_GI_2 = ("Els bombers donen per extingit l'incendi del carrer de la Rutlla",
                "Els bombers van donar per extingit dimecres l'incendi que ahir va cremar un "
                "pis del carrer de la Rutlla, a Girona. La dona de 80 anys continua ingressada "
                "al Trueta.\n\nEls vint veïns desallotjats ja han tornat a casa.", D2, "ca")
CA_FLOWERS_GI = ("Temps de Flors tindrà 160 espais a Girona",
                 "L'Ajuntament de Girona ha presentat l'edició del Temps de Flors, que omplirà "
                 "160 espais del Barri Vell amb muntatges florals. Els veïns tindran horaris "
                 "especials d'accés.\n\nS'esperen 250.000 visitants.", D1B, "ca")

PT_FIRE_OPO = ("Incêndio destrói casa na Ribeira do Porto",
               "Um incêndio destruiu esta terça-feira uma casa de três pisos na Ribeira do "
               "Porto. Duas pessoas foram assistidas por inalação de fumo e oito moradores "
               "foram realojados pela Câmara.\n\nOs bombeiros estiveram quatro horas no "
               "local.", D1, "pt")
PT_FIRE_OPO_2 = ("Ribeira: casa de três pisos consumida pelas chamas",
                 "As chamas consumiram na terça-feira uma casa de três pisos na Ribeira, no "
                 "Porto. Oito moradores ficaram desalojados e a Câmara do Porto garantiu-lhes "
                 "alojamento.\n\nDuas pessoas receberam assistência por inalação de fumo.",
                 D1B, "pt")
PT_MARKET_OPO = ("Mercado do Bolhão recebe novos comerciantes",
                 "O Mercado do Bolhão, no Porto, recebeu esta semana doze novos comerciantes, "
                 "anunciou a Câmara. Os moradores da Baixa pedem horários mais alargados.\n\n"
                 "O mercado reabriu em 2022 após obras.", D2, "pt")

EN_FLOOD_BRS = ("Bedminster homes flooded after river burst its banks",
                "Dozens of homes in Bedminster, Bristol, were flooded on Tuesday after the "
                "river Malago burst its banks. Firefighters rescued an elderly couple from "
                "their house.\n\nBristol City Council opened a rest centre for residents.", D1,
                "en")
EN_FLOOD_BRS_2 = ("Bedminster flood: clean-up begins as residents count the cost",
                  "Residents in Bedminster began clearing mud on Wednesday, a day after the "
                  "river Malago burst its banks and flooded dozens of homes in the Bristol "
                  "suburb.\n\nThe council said the rest centre would stay open.", D2, "en")
EN_HOUSING_BRS = ("Council approves 300 new homes at Hengrove",
                  "Bristol City Council has approved plans for 300 new homes at Hengrove, "
                  "a third of them affordable. Residents raised concerns about traffic.\n\n"
                  "Building work is due to start next spring.", D1B, "en")

PAIRS: list[Pair] = [
    ("es-zgz fire/market", "apart", ES_FIRE_ZGZ, ES_MARKET_ZGZ),
    ("es-zgz fire day 2", "join", ES_FIRE_ZGZ, ES_FIRE_ZGZ_2),
    ("es-zgz market/fire day 2", "apart", ES_MARKET_ZGZ, ES_FIRE_ZGZ_2),
    ("es-sev protest/concert", "apart", ES_PROTEST_SEV, ES_CONCERT_SEV),
    ("es-sev protest twice", "join", ES_PROTEST_SEV, ES_PROTEST_SEV_2),
    ("es-mal flood/cruise", "apart", ES_FLOOD_MAL, ES_CRUISE_MAL),
    ("es-mal flood day 2", "join", ES_FLOOD_MAL, ES_FLOOD_MAL_2),
    ("es-bil twinning/strike", "apart", ES_TWIN_BIL, ES_STRIKE_BIL),
    ("es-bil twinning twice", "join", ES_TWIN_BIL, ES_TWIN_BIL_2),
    ("es-vll crash/bike lane", "apart", ES_CRASH_VLL, ES_BIKE_VLL),
    ("es-vll crash death", "join", ES_CRASH_VLL, ES_CRASH_VLL_2),
    ("es-mur mascletà/protest", "apart", ES_MASCLETA_MUR, ES_PROTEST_MUR),
    ("es-mur mascletà twice", "join", ES_MASCLETA_MUR, ES_MASCLETA_MUR_2),
    ("it-ge flood/ship", "apart", IT_FLOOD_GE, IT_SHIP_GE),
    ("it-ge flood day 2", "join", IT_FLOOD_GE, IT_FLOOD_GE_2),
    ("it-ge ship twice", "join", IT_SHIP_GE, IT_SHIP_GE_2),
    ("it-ge ship/flood day 2", "apart", IT_SHIP_GE, IT_FLOOD_GE_2),
    ("it-pi fire/logge", "apart", IT_FIRE_PI, IT_LOGGE_PI),
    ("it-pi fire day 2", "join", IT_FIRE_PI, IT_FIRE_PI_2),
    ("it-si protest/concert", "apart", IT_PROTEST_SI, IT_CONCERT_SI),
    ("it-lu twinning/theft", "apart", IT_TWIN_LU, IT_THEFT_LU),
    ("it-lu twinning twice", "join", IT_TWIN_LU, IT_TWIN_LU_2),
    ("it-lu theft arrest", "join", IT_THEFT_LU, IT_THEFT_LU_2),
    ("it-ar slide/fair", "apart", IT_SLIDE_AR, IT_FAIR_AR),
    ("it-ar slide day 2", "join", IT_SLIDE_AR, IT_SLIDE_AR_2),
    ("it-an storm/ship", "apart", IT_STORM_AN, IT_SHIP_AN),
    ("fr-mtp fire/halles", "apart", FR_FIRE_MTP, FR_HALLES_MTP),
    ("fr-mtp fire day 2", "join", FR_FIRE_MTP, FR_FIRE_MTP_2),
    ("fr-nte demo/concert", "apart", FR_DEMO_NTE, FR_CONCERT_NTE),
    ("fr-nte demo twice", "join", FR_DEMO_NTE, FR_DEMO_NTE_2),
    ("fr-tln flood/ship", "apart", FR_FLOOD_TLN, FR_SHIP_TLN),
    ("fr-gre twinning/pipe", "apart", FR_TWIN_GRE, FR_PIPE_GRE),
    ("fr-gre twinning twice", "join", FR_TWIN_GRE, FR_TWIN_GRE_2),
    ("ca-gi fire/flowers", "apart", CA_FIRE_GI, CA_FLOWERS_GI),
    ("ca-gi fire day 2", "join", CA_FIRE_GI, CA_FIRE_GI_2),
    ("pt-opo fire/market", "apart", PT_FIRE_OPO, PT_MARKET_OPO),
    ("pt-opo fire twice", "join", PT_FIRE_OPO, PT_FIRE_OPO_2),
    ("en-brs flood/housing", "apart", EN_FLOOD_BRS, EN_HOUSING_BRS),
    ("en-brs flood day 2", "join", EN_FLOOD_BRS, EN_FLOOD_BRS_2),
]
