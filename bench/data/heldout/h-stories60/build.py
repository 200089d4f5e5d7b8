#!/usr/bin/env python3
"""Write h-stories60's held-out set: articles.jsonl (CC0, written for veille; every outlet,
person and event invented)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
U = "https://heldout.example/h-stories60/"

# (id, source, published, language, title, text)
A = [
    # D (de): a tram strike in Kassel and a museum opening in Lübeck, the same day; they share
    # only dates, weekdays and function words ("am Montag, 16. März", "Dienstagabend", "sagte").
    ("D1", "Nordhessen Kurier", "2026-03-13T10:00:00+01:00", "de",
     "Straßenbahnstreik: Verdi legt Kasseler Trams ab Montag lahm",
     "Die Gewerkschaft Verdi hat für Montag, 16. März, einen ganztägigen Streik bei den Kasseler "
     "Verkehrsbetrieben angekündigt. Am Dienstagabend soll der Betrieb wieder anlaufen.\n\n"
     "„Die Arbeitgeber haben uns kein Angebot gemacht“, sagte Verdi-Sekretär Holger Brandstätt "
     "am Donnerstag. Fahrgäste sollen auf Busse ausweichen, wie die Stadt mitteilte."),
    ("D2", "Ostsee Rundschau", "2026-03-13T12:00:00+01:00", "de",
     "Lübeck: Hansemuseum zeigt erstmals die Schiffsmodelle der Werft Petersen",
     "Das Hansemuseum in Lübeck wird am Montag, 16. März, eine Ausstellung mit 40 historischen "
     "Schiffsmodellen eröffnen. Das gab die Direktorin am Donnerstag bekannt.\n\n"
     "„Wir zeigen die Modelle zum ersten Mal“, sagte Direktorin Wiebke Olderog. Am Dienstagabend "
     "gibt es eine Führung für Schulklassen, wie das Museum mitteilte."),
    # E (es): a water cut in Salamanca and a book fair in Logroño, same day, sharing "el lunes
    # 16 de marzo", "el jueves por la noche", "según informó".
    ("E1", "Diario del Tormes", "2026-03-13T09:00:00+01:00", "es",
     "Salamanca se queda sin agua corriente por la rotura de una tubería",
     "Unos 20.000 vecinos de los barrios del oeste de Salamanca se quedaron sin agua corriente "
     "desde el jueves por la noche por la rotura de una tubería principal, según informó el "
     "Ayuntamiento.\n\n«Las reparaciones terminarán el lunes 16 de marzo», dijo el concejal "
     "Rodrigo Ballesteros, que pidió paciencia a los vecinos."),
    ("E2", "La Voz del Ebro", "2026-03-13T11:00:00+01:00", "es",
     "Logroño abre su feria del libro con 80 casetas en la plaza del Mercado",
     "La feria del libro de Logroño abrió el jueves por la noche con 80 casetas en la plaza del "
     "Mercado, según informó la organización.\n\n«Esperamos a 50.000 lectores hasta el lunes 16 "
     "de marzo», dijo la directora de la feria, Amparo Lasheras, durante la inauguración."),
    # I (it): a landslide on a road near Belluno and a pasta prize in Gragnano, same day.
    ("I1", "Corriere delle Dolomiti", "2026-03-13T08:00:00+01:00", "it",
     "Frana sulla strada per Agordo, chiusa fino a lunedì 16 marzo",
     "Una frana ha invaso nella notte di giovedì la strada regionale tra Belluno e Agordo, che "
     "resterà chiusa fino a lunedì 16 marzo, come ha comunicato la Provincia.\n\n«Stiamo "
     "lavorando giorno e notte», ha detto l'assessore Franco De Bortoli, che ha annunciato "
     "un sopralluogo per martedì sera."),
    ("I2", "Il Golfo Oggi", "2026-03-13T10:00:00+01:00", "it",
     "A Gragnano il premio per la migliore pasta artigianale va a un pastificio di famiglia",
     "Il pastificio Russomanno di Gragnano ha vinto giovedì il premio nazionale per la pasta "
     "artigianale, come ha comunicato la giuria.\n\n«È il lavoro di tre generazioni», ha detto "
     "il titolare Gennaro Russomanno. La premiazione si terrà lunedì 16 marzo, con una festa "
     "in piazza martedì sera."),
    # P (pt): a ferry breakdown on the Tagus and a football coach sacked in Braga, same day.
    ("P1", "Jornal do Estuário", "2026-03-13T09:30:00+00:00", "pt",
     "Avaria deixa barcos do Seixal parados e milhares de passageiros em terra",
     "Uma avaria elétrica deixou parados na quinta-feira à noite os barcos entre o Seixal e "
     "o Cais do Sodré, segundo informou a Transtejo.\n\n«O serviço será retomado na "
     "segunda-feira, 16 de março», disse o porta-voz Rui Carvalhais aos jornalistas."),
    ("P2", "Gazeta do Minho", "2026-03-13T11:30:00+00:00", "pt",
     "Sporting de Braga despede treinador após quatro derrotas seguidas",
     "O Sporting de Braga despediu na quinta-feira à noite o treinador Manuel Teixeira, "
     "segundo informou o clube em comunicado.\n\n«Foi uma decisão difícil», disse o presidente "
     "António Salvador Pinto. O novo treinador será apresentado na segunda-feira, 16 de março."),
    # N (en): a chemical leak in Hull and a charity run in Bath, same day.
    ("N1", "Humber Evening Post", "2026-03-13T10:00:00+00:00", "en",
     "Chemical leak at Hull depot forces evacuation of 200 homes",
     "Around 200 homes near a fuel depot in Hull were evacuated on Thursday night after a "
     "chemical leak, the fire service said.\n\n\"Residents will be able to return on Monday, "
     "March 16,\" said station manager Keith Oldroyd."),
    ("N2", "Avon Courier", "2026-03-13T12:00:00+00:00", "en",
     "Bath charity run raises record sum for children's hospice",
     "A charity run through Bath raised a record £180,000 for a children's hospice on Thursday "
     "night, the organisers said.\n\n\"The cheque will be handed over on Monday, March 16,\" "
     "said organiser Priya Halloway."),
    # R (ru): a bridge closure in Kazan and a theatre premiere in Samara, same day.
    ("R1", "Казанский вестник", "2026-03-13T10:00:00+03:00", "ru",
     "В Казани закрыли на ремонт мост через Казанку",
     "Мост через реку Казанку в Казани закрыли на ремонт в четверг вечером, сообщила мэрия. "
     "Движение откроют в понедельник, 16 марта.\n\n«Мы проверим все опоры», заявил главный "
     "инженер Ринат Габдуллин."),
    ("R2", "Самарская неделя", "2026-03-13T12:00:00+03:00", "ru",
     "Самарский театр оперы покажет новую постановку «Князя Игоря»",
     "Самарский театр оперы и балета в четверг вечером объявил о премьере новой постановки "
     "«Князя Игоря», сообщила пресс-служба театра. Премьера пройдет в понедельник, 16 марта."
     "\n\n«Мы готовили спектакль два года», заявил режиссер Олег Бармин."),
    # Together pairs: one event told twice (de, es), so the fix keeps real joins.
    ("D3", "Nordhessen Kurier", "2026-03-20T09:00:00+01:00", "de",
     "Großbrand in Kasseler Papierfabrik: Feuerwehr kämpft die ganze Nacht",
     "In einer Papierfabrik im Kasseler Stadtteil Bettenhausen ist am Donnerstagabend ein "
     "Großbrand ausgebrochen. Die Feuerwehr war mit 150 Einsatzkräften vor Ort.\n\n"
     "„Das Lager mit 300 Tonnen Altpapier ist komplett zerstört“, sagte Einsatzleiter Jörg "
     "Hesselbach. Verletzt wurde niemand."),
    ("D4", "Hessen Depesche", "2026-03-20T13:00:00+01:00", "de",
     "Papierfabrik in Bettenhausen: Brand nach 14 Stunden gelöscht",
     "Der Großbrand in der Papierfabrik in Kassel-Bettenhausen ist nach 14 Stunden gelöscht. "
     "Einsatzleiter Jörg Hesselbach sprach von 300 Tonnen verbranntem Altpapier im Lager.\n\n"
     "Die Polizei ermittelt zur Brandursache, die Feuerwehr bleibt mit einer Brandwache vor Ort."),
    ("E3", "Diario del Tormes", "2026-03-20T09:00:00+01:00", "es",
     "Un incendio arrasa una nave de reciclaje en el polígono de Los Villares",
     "Un incendio arrasó el jueves por la noche una nave de reciclaje de plásticos en el "
     "polígono de Los Villares, en Salamanca. Los bomberos trabajaron durante doce horas.\n\n"
     "«La nave está totalmente perdida», dijo el jefe de bomberos, Tomás Iglesias Moro."),
    ("E4", "Crónica Charra", "2026-03-20T14:00:00+01:00", "es",
     "Los bomberos dan por extinguido el incendio de la nave de reciclaje de Los Villares",
     "Los bomberos dieron por extinguido el incendio de la nave de reciclaje de plásticos del "
     "polígono de Los Villares tras doce horas de trabajo, según su jefe, Tomás Iglesias Moro."
     "\n\nLa Policía investiga las causas del fuego en la nave, que quedó totalmente perdida."),
    # C (es): Córdoba (Argentina) and Córdoba (Spain) the same day, bridged by a short brief
    # on the Spanish one: the Argentine story stays apart from the Spanish one and the brief.
    ("C1", "La Voz Serrana", "2026-03-24T09:00:00-03:00", "es",
     "Córdoba (Argentina): paro de colectivos deja sin transporte a 500.000 pasajeros",
     "CÓRDOBA, Argentina — Los choferes de colectivos de la ciudad de Córdoba iniciaron este "
     "martes un paro por salarios que dejó sin transporte a 500.000 pasajeros.\n\n«No hay "
     "acuerdo con las empresas», dijo el delegado gremial Walter Ferreyra. El intendente "
     "convocó a una reunión para el jueves por la noche."),
    ("C2", "Diario Bético", "2026-03-24T08:00:00+01:00", "es",
     "Ola de calor: Córdoba alcanza los 41 grados en pleno marzo",
     "Córdoba registró este martes 41 grados, la temperatura más alta medida en marzo, según la "
     "Aemet. La Junta de Andalucía activó el aviso naranja por calor en la campiña.\n\n«Es un "
     "episodio excepcional», dijo la delegada de la Aemet, Rocío Benjumea. El calor seguirá "
     "hasta el jueves por la noche."),
    ("C3", "Agencia Breve", "2026-03-24T12:00:00+01:00", "es",
     "Breve: suspenden las clases por la tarde en Córdoba por el calor",
     "Los colegios de Córdoba suspendieron este martes las clases de la tarde por el calor, "
     "informó la Junta.\n\n«La salud es lo primero», dijo un portavoz, que prevé volver a la "
     "normalidad el jueves por la noche."),
    # W (fr): an agency dispatch (W1), two reprints (W2, W3: the dispatch's text, one
    # sentence off), a day-2 follow-up of another outlet with its own, longer text (W4).
    ("W1", "Agence Presse Atlantique", "2026-03-25T07:40:00+01:00", "fr",
     "Tempête Oriane : un mort et 80 000 foyers privés d'électricité en Vendée",
     "La tempête Oriane a fait un mort et privé 80 000 foyers d'électricité en Vendée dans la "
     "nuit de mardi à mercredi, a annoncé la préfecture.\n\nUn automobiliste de 58 ans a été "
     "tué par la chute d'un arbre sur la route de La Roche-sur-Yon à Luçon. Des rafales de "
     "150 km/h ont été mesurées à l'île d'Yeu.\n\n« Les équipes d'Enedis sont mobilisées "
     "depuis minuit », a déclaré le préfet Gérard Montbazon."),
    ("W2", "Le Courrier de l'Ouest Vendéen", "2026-03-25T08:30:00+01:00", "fr",
     "Tempête Oriane : un mort en Vendée, 80 000 foyers sans courant",
     "La tempête Oriane a fait un mort et privé 80 000 foyers d'électricité en Vendée dans la "
     "nuit de mardi à mercredi, a annoncé la préfecture.\n\nUn automobiliste de 58 ans a été "
     "tué par la chute d'un arbre sur la route de La Roche-sur-Yon à Luçon. Des rafales de "
     "150 km/h ont été mesurées à l'île d'Yeu.\n\n« Les équipes d'Enedis sont mobilisées "
     "depuis minuit », a déclaré le préfet Gérard Montbazon. (avec APA)"),
    ("W3", "Info Littoral", "2026-03-25T09:10:00+01:00", "fr",
     "Vendée : la tempête Oriane fait un mort",
     "La tempête Oriane a fait un mort et privé 80 000 foyers d'électricité en Vendée dans la "
     "nuit de mardi à mercredi, a annoncé la préfecture.\n\nUn automobiliste de 58 ans a été "
     "tué par la chute d'un arbre sur la route de La Roche-sur-Yon à Luçon. Des rafales de "
     "150 km/h ont été mesurées à l'île d'Yeu.\n\n« Les équipes d'Enedis sont mobilisées "
     "depuis minuit », a déclaré le préfet Gérard Montbazon."),
    ("W4", "Vendée Matin", "2026-03-26T18:00:00+01:00", "fr",
     "Après Oriane, Luçon déblaie ses rues et attend le ministre",
     "Au lendemain du passage de la tempête Oriane, les habitants de Luçon déblayaient jeudi "
     "les branches et les tuiles tombées dans les rues du centre. En Vendée, 12 000 foyers "
     "restaient privés d'électricité, selon Enedis.\n\nLe préfet Gérard Montbazon a confirmé "
     "la visite du ministre de l'Intérieur vendredi. « Nous demanderons l'état de catastrophe "
     "naturelle », a déclaré le maire de Luçon, Hervé Ripaud.\n\nUn automobiliste de 58 ans "
     "avait été tué mercredi par la chute d'un arbre entre La Roche-sur-Yon et Luçon. Les "
     "agents d'Enedis ont travaillé toute la nuit pour rétablir le courant dans les communes "
     "du littoral, où des rafales de 150 km/h avaient été mesurées.\n\nÀ l'île d'Yeu, la "
     "liaison maritime avec le continent a repris jeudi matin après deux jours d'interruption."),
]

if __name__ == "__main__":
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for gid, source, published, language, title, text in A:
            f.write(json.dumps({"id": gid, "url": U + gid, "source": source,
                                "published": published, "language": language,
                                "title": title, "text": text}, ensure_ascii=False) + "\n")
