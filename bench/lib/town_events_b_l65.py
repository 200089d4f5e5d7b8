"""A second held-out set of one town's events (h-stories65), written after the fix and
scored once, base and after, never used to design or tune it (the first set,
:mod:`lib.town_events_l65`, was read while the causes were found). Text written for veille
(invented people; real towns and places). Same shape: (name, "join" | "apart", first item,
second item)."""

from __future__ import annotations

from lib.town_events_l65 import Pair

T1 = "2026-12-01T09:00:00+01:00"
T1B = "2026-12-01T16:30:00+01:00"
T2 = "2026-12-02T10:00:00+01:00"

CO_ROBBERY = ("Atraco a una sucursal bancaria en la avenida del Gran Capitán de Córdoba",
              "Dos hombres armados con un cuchillo atracaron este lunes una sucursal bancaria "
              "de la avenida del Gran Capitán, en Córdoba, y huyeron con 12.000 euros. Los "
              "empleados y dos clientes no sufrieron daños.\n\nLa Policía Nacional busca a los "
              "atracadores; los vecinos de la zona dicen que es el segundo este año.", T1, "es")
CO_ROBBERY_2 = ("Detenidos los atracadores del banco del Gran Capitán",
                "La Policía Nacional ha detenido en Córdoba a los dos hombres que ayer "
                "atracaron con un cuchillo una sucursal de la avenida del Gran Capitán y se "
                "llevaron 12.000 euros.\n\nParte del dinero ha sido recuperado.", T2, "es")
CO_TREES = ("El Ayuntamiento plantará 300 naranjos en la avenida del Gran Capitán",
            "El Ayuntamiento de Córdoba plantará 300 naranjos nuevos en la avenida del Gran "
            "Capitán y en los bulevares del centro este invierno. Los vecinos pedían más sombra "
            "desde hace años.\n\nLa obra costará 450.000 euros.", T1B, "es")
CA_STRIKE = ("Huelga de limpieza en Cádiz: la basura se acumula en el casco antiguo",
             "Los trabajadores de la limpieza de Cádiz cumplen su tercer día de huelga y la "
             "basura se acumula en las calles del casco antiguo. Los vecinos de la Viña se "
             "quejan del olor.\n\nEl Ayuntamiento y la empresa se reunirán el jueves.", T1,
             "es")
CA_CARNIVAL = ("Cádiz presenta el cartel del Carnaval con un concierto en la plaza de San "
               "Antonio",
               "El Ayuntamiento de Cádiz presentó el cartel del Carnaval en la plaza de San "
               "Antonio con un concierto de chirigotas ante cientos de personas. Los vecinos "
               "llenaron la plaza hasta la medianoche.\n\nEl concurso del Falla empezará en "
               "enero.", T1B, "es")
BO_FIRE = ("Bologna, incendio in un appartamento in via Mazzini: grave una donna",
           "Una donna di 82 anni è grave dopo l'incendio scoppiato nella notte nel suo "
           "appartamento in via Mazzini a Bologna. I vigili del fuoco hanno evacuato sei "
           "famiglie.\n\nIl Comune ha trovato una sistemazione temporanea per i residenti.",
           T1, "it")
BO_FIRE_2 = ("Via Mazzini, il palazzo dell'incendio resta inagibile",
             "Resta inagibile il palazzo di via Mazzini a Bologna dove ieri notte un incendio "
             "ha ferito gravemente una donna di 82 anni. Le sei famiglie evacuate dormono in "
             "albergo.\n\nLa donna è ricoverata al Maggiore.", T2, "it")
BO_TRAM = ("Bologna, i cantieri del tram chiudono via Mazzini per tre mesi",
           "Da lunedì i cantieri della linea rossa del tram chiuderanno un tratto di via "
           "Mazzini a Bologna per tre mesi. Il Comune ha previsto deviazioni per i bus e "
           "parcheggi per i residenti.\n\nI commercianti temono un calo degli incassi.", T1B,
           "it")
FI_PROTEST = ("Firenze, corteo degli studenti contro il caro affitti in piazza della "
              "Signoria",
              "Circa mille studenti hanno sfilato a Firenze contro il caro affitti fino a "
              "piazza della Signoria, dove hanno montato alcune tende. Il corteo è stato "
              "pacifico.\n\nIl Comune ha promesso un tavolo con l'università.", T1, "it")
FI_PROTEST_2 = ("Tende in piazza della Signoria, gli studenti restano anche stanotte",
                "Gli studenti che ieri hanno sfilato a Firenze contro il caro affitti restano "
                "accampati in piazza della Signoria con le loro tende.\n\nIl tavolo con "
                "l'università e il Comune è fissato per venerdì.", T2, "it")
FI_TREE = ("Acceso l'albero di Natale in piazza della Signoria",
           "È stato acceso in piazza della Signoria l'albero di Natale di Firenze, un abete "
           "di venti metri arrivato dal Casentino. Centinaia di persone hanno assistito "
           "all'accensione con il sindaco.\n\nLe luci resteranno accese fino all'Epifania.",
           T1B, "it")
BR_CRASH = ("Braga: despiste na avenida da Liberdade faz dois feridos",
            "Um despiste de um automóvel na avenida da Liberdade, em Braga, fez dois feridos "
            "ligeiros na madrugada desta segunda-feira. O carro embateu num poste.\n\nA PSP "
            "investiga as causas do acidente.", T1, "pt")
BR_MARKET = ("Braga abre o mercado de Natal na avenida da Liberdade",
             "A Câmara de Braga abriu o mercado de Natal na avenida da Liberdade, com 60 "
             "barracas de artesanato e doces. Os moradores do centro terão estacionamento "
             "gratuito.\n\nO mercado fica aberto até 6 de janeiro.", T1B, "pt")
LL_FLOOD = ("Un aiguat inunda baixos i garatges al barri de Pardinyes de Lleida",
            "Un fort aiguat va inundar dilluns a la tarda baixos i garatges del barri de "
            "Pardinyes, a Lleida. Els bombers van fer 35 serveis i van rescatar una persona "
            "atrapada en un cotxe.\n\nL'Ajuntament ha obert un punt d'atenció als veïns.", T1,
            "ca")
LL_FLOOD_2 = ("Pardinyes fa neteja després de l'aiguat",
              "Els veïns de Pardinyes, a Lleida, treien dimarts el fang dels baixos i "
              "garatges que va inundar l'aiguat de dilluns, quan els bombers van rescatar una "
              "persona d'un cotxe.\n\nL'Ajuntament calcula els danys.", T2, "ca")
LL_LIBRARY = ("Lleida inaugura la nova biblioteca de Pardinyes",
              "L'Ajuntament de Lleida ha inaugurat la nova biblioteca del barri de "
              "Pardinyes, amb 20.000 llibres i una sala d'estudi oberta fins a mitjanit. Els "
              "veïns la reclamaven des de fa una dècada.\n\nHa costat 2,1 milions.", T1B, "ca")
LY_FIRE = ("Lyon : un incendie dans un immeuble de la Croix-Rousse, quatre blessés",
           "Un incendie s'est déclaré lundi matin dans un immeuble de la rue d'Austerlitz, "
           "dans le quartier de la Croix-Rousse à Lyon. Quatre habitants ont été blessés, "
           "dont un grièvement.\n\nLa mairie a ouvert un gymnase pour les familles.", T1, "fr")
LY_MARKET = ("Croix-Rousse : le marché du boulevard s'agrandit",
             "Le marché du boulevard de la Croix-Rousse, à Lyon, accueillera vingt nouveaux "
             "producteurs à partir de janvier, a annoncé la mairie. Les habitants réclamaient "
             "plus de stands le dimanche.\n\nLes places de stationnement seront réduites.",
             T1B, "fr")
CF_FLOOD = ("Homes flooded in Cardiff's Canton after heavy rain",
            "Dozens of homes and shops in Canton, Cardiff, were flooded on Monday after heavy "
            "rain overwhelmed drains on Cowbridge Road East. Firefighters pumped water from "
            "cellars through the night.\n\nCardiff Council opened a rest centre for residents.",
            T1, "en")
CF_FLOOD_2 = ("Canton flooding: residents begin clean-up",
              "Residents of Canton in Cardiff began the clean-up on Tuesday after heavy rain "
              "flooded homes and shops along Cowbridge Road East.\n\nCardiff Council said "
              "drains would be inspected.", T2, "en")
CF_PARADE = ("Canton Christmas parade draws thousands",
             "Thousands of people lined Cowbridge Road East in Canton, Cardiff, for the "
             "Christmas parade on Monday evening, with floats, a brass band and Father "
             "Christmas.\n\nCardiff Council closed the road for three hours.", T1B, "en")

PAIRS_B: list[Pair] = [
    ("es-co robbery/trees", "apart", CO_ROBBERY, CO_TREES),
    ("es-co robbery arrest", "join", CO_ROBBERY, CO_ROBBERY_2),
    ("es-ca strike/carnival", "apart", CA_STRIKE, CA_CARNIVAL),
    ("it-bo fire/tram", "apart", BO_FIRE, BO_TRAM),
    ("it-bo fire day 2", "join", BO_FIRE, BO_FIRE_2),
    ("it-fi protest/tree", "apart", FI_PROTEST, FI_TREE),
    ("it-fi protest day 2", "join", FI_PROTEST, FI_PROTEST_2),
    ("pt-br crash/market", "apart", BR_CRASH, BR_MARKET),
    ("ca-ll flood/library", "apart", LL_FLOOD, LL_LIBRARY),
    ("ca-ll flood day 2", "join", LL_FLOOD, LL_FLOOD_2),
    ("fr-ly fire/market", "apart", LY_FIRE, LY_MARKET),
    ("en-cf flood/parade", "apart", CF_FLOOD, CF_PARADE),
    ("en-cf flood day 2", "join", CF_FLOOD, CF_FLOOD_2),
]
