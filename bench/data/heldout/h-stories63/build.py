#!/usr/bin/env python3
"""Write h-stories63's held-out set: articles.jsonl and gold.json (own text, CC0).

Outlets and people are invented; the towns are real. Run once; the outputs are committed.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = "https://heldout.example/h-stories63/"

# gold id -> (source, published, language, title, paragraphs)
A = {
    # T: one French town, four events in one week, one outlet, one mayor
    "Q1": ("Le Courrier de Cornouaille", "2026-10-05T09:00:00+02:00", "fr",
           "Quimper : la piscine de Kerlan fermera six mois pour travaux",
           ["La piscine de Kerlan, à Quimper, fermera ses portes du 2 novembre au 30 avril pour "
            "une rénovation de ses bassins et de sa toiture, a annoncé la mairie lundi.",
            "« Les bassins ont quarante ans, il fallait agir », a expliqué la maire de Quimper, "
            "Solenn Le Bihan, devant le conseil municipal. Le chantier coûtera 3,2 millions d'euros.",
            "Les clubs de natation seront accueillis à la piscine de Briec pendant les travaux."]),
    "Q2": ("Le Courrier de Cornouaille", "2026-10-06T07:40:00+02:00", "fr",
           "Quimper : un incendie ravage un entrepôt de meubles dans la zone de l'Hippodrome",
           ["Un violent incendie a détruit dans la nuit de lundi à mardi un entrepôt de meubles "
            "de 2 000 m² dans la zone de l'Hippodrome, à Quimper. Personne n'a été blessé.",
            "Une soixantaine de pompiers ont lutté pendant cinq heures contre les flammes. Une "
            "épaisse fumée noire était visible depuis le centre-ville.",
            "« C'est un coup dur pour les douze salariés », a réagi la maire, Solenn Le Bihan, "
            "venue sur place au petit matin."]),
    "Q3": ("Ouest Cornouaille Info", "2026-10-07T11:15:00+02:00", "fr",
           "Incendie de l'entrepôt de l'Hippodrome à Quimper : une enquête ouverte",
           ["Au lendemain de l'incendie qui a détruit un entrepôt de meubles dans la zone de "
            "l'Hippodrome, à Quimper, le parquet a ouvert une enquête pour déterminer l'origine "
            "du feu.",
            "Les pompiers ont terminé mercredi matin de noyer les derniers foyers. Le préjudice "
            "est estimé à deux millions d'euros par le propriétaire de l'entrepôt.",
            "Les douze salariés seront reclassés dans un autre site du groupe, selon la direction."]),
    "Q4": ("Le Courrier de Cornouaille", "2026-10-07T18:00:00+02:00", "fr",
           "Quimper : les loyers des étudiants ont augmenté de 6 % en un an",
           ["Les étudiants de Quimper paient en moyenne 455 euros pour un studio, 6 % de plus qu'il "
            "y a un an, selon l'observatoire local des loyers publié mercredi.",
            "« Nous allons ouvrir 80 logements sociaux étudiants d'ici 2028 », a promis la maire, "
            "Solenn Le Bihan, lors du conseil municipal.",
            "Le syndicat étudiant réclame un encadrement des loyers dans le centre-ville."]),
    "Q5": ("Le Courrier de Cornouaille", "2026-10-08T08:30:00+02:00", "fr",
           "Quimper : une nouvelle ligne de bus reliera la gare à l'hôpital dès lundi",
           ["Une nouvelle ligne de bus, la ligne 12, reliera la gare de Quimper à l'hôpital de "
            "Laennec toutes les dix minutes à partir de lundi.",
            "« C'est la demande numéro un des habitants », a déclaré la maire, Solenn Le Bihan, "
            "qui a présenté la ligne au conseil municipal. Elle coûtera 900 000 euros par an.",
            "Six nouveaux bus électriques ont été achetés pour la desservir."]),
    # S: one Spanish town, three events in one week, one mayor
    "A1": ("Diario del Llano", "2026-11-02T10:00:00+01:00", "es",
           "Albacete gastará 300.000 euros en las luces de Navidad",
           ["El Ayuntamiento de Albacete aprobó el lunes un contrato de 300.000 euros para la "
            "iluminación navideña, que se encenderá el 27 de noviembre en la calle Ancha.",
            "\"Queremos que el centro vuelva a llenarse de gente\", dijo la alcaldesa, Rosario "
            "Llanos, tras la junta de gobierno local.",
            "Los comerciantes celebraron la medida, aunque piden más aparcamiento."]),
    "A2": ("Diario del Llano", "2026-11-03T08:00:00+01:00", "es",
           "Un incendio en una nave del polígono Campollano obliga a desalojar a 30 trabajadores",
           ["Un incendio declarado en una nave de productos químicos del polígono Campollano, en "
            "Albacete, obligó el martes a desalojar a 30 trabajadores. No hubo heridos.",
            "Cuatro dotaciones de bomberos trabajaron durante tres horas para controlar las "
            "llamas, que generaron una columna de humo visible desde toda la ciudad.",
            "La alcaldesa, Rosario Llanos, pidió a los vecinos cerrar las ventanas."]),
    "A3": ("La Voz Manchega", "2026-11-04T12:30:00+01:00", "es",
           "La Policía investiga el origen del incendio de Campollano",
           ["La Policía Nacional investiga el origen del incendio que arrasó el martes una nave "
            "de productos químicos en el polígono Campollano de Albacete.",
            "La empresa estima los daños en un millón de euros. Los 30 trabajadores desalojados "
            "volverán a sus puestos la próxima semana en otra nave.",
            "Los bomberos dieron por extinguido el fuego el miércoles por la mañana."]),
    "A4": ("Diario del Llano", "2026-11-05T09:15:00+01:00", "es",
           "Los conductores de autobuses urbanos de Albacete irán a la huelga el lunes",
           ["Los conductores de los autobuses urbanos de Albacete harán huelga a partir del "
            "lunes para reclamar una subida salarial del 5 %, anunció el comité de empresa.",
            "La alcaldesa, Rosario Llanos, pidió a la concesionaria que negocie: \"La ciudad no "
            "puede quedarse sin autobuses\".",
            "Se han fijado servicios mínimos del 40 % en horas punta."]),
    # R (fr): a flood, its follow-up four days on, and a festival piece recalling it once
    "SA1": ("L'Écho de Saintonge", "2026-12-01T08:00:00+01:00", "fr",
            "Crue de la Charente : les quais de Saintes sous les eaux",
            ["La Charente a débordé lundi à Saintes, inondant les quais et une centaine de "
             "caves du quartier Saint-Pallais. La préfecture a placé le département en "
             "vigilance orange crues.",
             "« L'eau monte de deux centimètres par heure », a indiqué le maire de Saintes, "
             "Hervé Gaudin. Des barrières ont été posées sur la passerelle.",
             "Le pic est attendu mercredi à 6,20 mètres."]),
    "SA2": ("Sud Charente Presse", "2026-12-02T17:00:00+01:00", "fr",
            "Saintes : la Charente atteint 6,10 mètres, 40 familles évacuées",
            ["La crue de la Charente a atteint 6,10 mètres mardi soir à Saintes, où 40 familles "
             "du quartier Saint-Pallais ont été évacuées vers le gymnase.",
             "Le maire, Hervé Gaudin, a demandé aux habitants des quais de ne pas descendre "
             "dans leurs caves. La passerelle est fermée.",
             "La préfecture maintient la vigilance orange crues."]),
    "SA4": ("L'Écho de Saintonge", "2026-12-06T10:30:00+01:00", "fr",
            "Saintes : après la crue de la Charente, les riverains de Saint-Pallais font les comptes",
            ["Quatre jours après le pic de la crue de la Charente, les habitants du quartier "
             "Saint-Pallais, à Saintes, nettoient leurs caves et chiffrent les dégâts.",
             "Le maire, Hervé Gaudin, a annoncé qu'il demanderait la reconnaissance de l'état de "
             "catastrophe naturelle. Les 40 familles évacuées ont regagné leur logement.",
             "La passerelle des quais rouvrira lundi."]),
    "SB": ("L'Écho de Saintonge", "2026-12-02T12:00:00+01:00", "fr",
           "Le festival de musique baroque de Saintes dévoile un budget record de 900 000 euros",
           ["Le festival de musique baroque de Saintes disposera en 2027 d'un budget record de "
            "900 000 euros, a annoncé mardi son directeur, Baptiste Olivain.",
            "Trente concerts sont prévus à l'Abbaye aux Dames, dont quatre gratuits en plein air. "
            "La billetterie ouvrira le 15 janvier.",
            "Les inondations qui touchent les quais de Saintes depuis lundi n'affecteront pas "
            "l'Abbaye aux Dames, a précisé le maire, Hervé Gaudin.",
            "Le festival avait accueilli 28 000 spectateurs l'an dernier."]),
    # R (de): a flood, its follow-up, and a Christmas-market piece recalling it once
    "PA1": ("Donaukurier Ost", "2026-11-16T09:00:00+01:00", "de",
            "Hochwasser in Passau: Altstadt teilweise überflutet",
            ["Nach tagelangem Regen ist die Donau in Passau über die Ufer getreten und hat Teile "
             "der Altstadt überflutet. Der Pegel lag am Montagmorgen bei 8,90 Metern.",
             "\"Wir rechnen mit einem Höchststand von neun Metern\", sagte Oberbürgermeisterin "
             "Katrin Wallner. Die Feuerwehr baute mobile Schutzwände auf.",
             "Die Fritz-Schäffer-Promenade ist gesperrt."]),
    "PA2": ("Passauer Abendblatt", "2026-11-17T16:00:00+01:00", "de",
            "Passau: Donau-Pegel erreicht 9,05 Meter, 120 Anwohner in Sicherheit gebracht",
            ["Das Hochwasser der Donau hat in Passau am Dienstag mit 9,05 Metern seinen "
             "Höchststand erreicht. 120 Anwohner der Altstadt wurden in Sicherheit gebracht.",
             "Oberbürgermeisterin Katrin Wallner dankte den Helfern der Feuerwehr. Die "
             "Fritz-Schäffer-Promenade bleibt gesperrt.",
             "Ab Mittwoch soll das Wasser langsam zurückgehen."]),
    "PA4": ("Donaukurier Ost", "2026-11-21T11:00:00+01:00", "de",
            "Nach dem Hochwasser: Passau beginnt mit den Aufräumarbeiten in der Altstadt",
            ["Vier Tage nach dem Höchststand des Donau-Hochwassers haben in der Passauer "
             "Altstadt die Aufräumarbeiten begonnen. Die 120 evakuierten Anwohner dürfen zurück.",
             "Oberbürgermeisterin Katrin Wallner schätzt die Schäden auf zwölf Millionen Euro "
             "und bittet den Freistaat um Hilfe.",
             "Die Fritz-Schäffer-Promenade soll am Montag wieder öffnen."]),
    "PB": ("Donaukurier Ost", "2026-11-17T10:00:00+01:00", "de",
           "Passauer Christkindlmarkt öffnet mit 70 Ständen und neuer Eisbahn",
           ["Der Passauer Christkindlmarkt auf dem Domplatz öffnet am 25. November mit 70 "
            "Ständen und erstmals einer Eisbahn, teilte der Veranstalter Jonas Reither mit.",
            "Der Glühwein kostet in diesem Jahr vier Euro. Jeden Abend spielt ein Chor auf der "
            "Bühne vor dem Dom.",
            "Das Hochwasser an der Donau wird den Markt nicht beeinträchtigen, sagte "
            "Oberbürgermeisterin Katrin Wallner.",
            "Im vergangenen Jahr kamen 400 000 Besucher."]),
    # R (it): a landslide, its follow-up, and a budget piece recalling it once
    "SR1": ("Il Corriere dell'Agro", "2026-10-13T08:30:00+02:00", "it",
            "Frana a Sarno, un morto e tre case evacuate in via Lanzara",
            ["Una frana si è staccata nella notte dal monte Saro e ha travolto una casa in via "
             "Lanzara, a Sarno: è morto un uomo di 71 anni. Tre abitazioni sono state evacuate.",
             "\"È una tragedia che riapre vecchie ferite\", ha detto il sindaco di Sarno, Aldo "
             "Ferrigno. I vigili del fuoco scavano nel fango.",
             "La protezione civile ha chiuso la strada provinciale."]),
    "SR2": ("Salerno Sera", "2026-10-14T15:00:00+02:00", "it",
            "Sarno, dopo la frana di via Lanzara sgomberate altre 12 famiglie",
            ["Dopo la frana che ha ucciso un uomo in via Lanzara, a Sarno, la protezione civile "
             "ha sgomberato altre 12 famiglie per il rischio di nuovi smottamenti.",
             "Il sindaco Aldo Ferrigno ha firmato un'ordinanza che vieta il transito sulla "
             "strada provinciale fino a nuovo ordine.",
             "I geologi controllano il versante del monte Saro."]),
    "SR4": ("Il Corriere dell'Agro", "2026-10-18T10:00:00+02:00", "it",
            "Frana di Sarno, il sindaco chiede lo stato di emergenza",
            ["Cinque giorni dopo la frana di via Lanzara che ha ucciso un uomo, il sindaco di "
             "Sarno, Aldo Ferrigno, ha chiesto alla Regione lo stato di emergenza.",
             "Le 12 famiglie sgomberate sono ancora ospitate in albergo. I lavori di messa in "
             "sicurezza del monte Saro costeranno 4 milioni di euro.",
             "La strada provinciale resterà chiusa almeno un mese."]),
    "SB2": ("Il Corriere dell'Agro", "2026-10-14T11:00:00+02:00", "it",
            "Sarno, approvato il bilancio: due milioni per le scuole e il nuovo asilo",
            ["Il consiglio comunale di Sarno ha approvato martedì il bilancio di previsione, con "
             "due milioni di euro per la manutenzione delle scuole e un nuovo asilo nido.",
             "L'opposizione ha votato contro, lamentando i tagli alla cultura. L'asilo aprirà "
             "nel settembre 2027.",
             "La frana di via Lanzara non ha toccato i plessi scolastici, ha precisato il "
             "sindaco Aldo Ferrigno.",
             "Il bilancio prevede anche 300 000 euro per le strade."]),
}

# [a, b, together]
PAIRS = [
    ["Q2", "Q3", True],
    ["Q1", "Q2", False], ["Q1", "Q4", False], ["Q1", "Q5", False], ["Q2", "Q4", False],
    ["Q2", "Q5", False], ["Q4", "Q5", False], ["Q3", "Q4", False],
    ["A2", "A3", True],
    ["A1", "A2", False], ["A1", "A4", False], ["A2", "A4", False], ["A3", "A4", False],
    ["SA1", "SA2", True], ["SA1", "SA4", True],
    ["SB", "SA1", False], ["SB", "SA2", False], ["SB", "SA4", False],
    ["PA1", "PA2", True], ["PA1", "PA4", True],
    ["PB", "PA1", False], ["PB", "PA2", False], ["PB", "PA4", False],
    ["SR1", "SR2", True], ["SR1", "SR4", True],
    ["SB2", "SR1", False], ["SB2", "SR2", False], ["SB2", "SR4", False],
]


# M: one outlet's template of local notices, one town, different subjects (en, it): the
# town, the template's words and the quoted official are shared, the subject is not
TEMPLATES = {
    "en": ("Wessex Local Desk", "Swindon", "Swindon council update: {s}",
           ["SWINDON - Swindon Borough Council has published an update on {s}, which affects "
            "{n} households, according to the council. The item was discussed at the cabinet "
            "meeting alongside {f}.",
            "\"We are keeping residents informed at every stage,\" said councillor Gareth "
            "Penhallow, cabinet member for Swindon. A public consultation opens next month at "
            "the Civic Offices.",
            "More local news: Swindon town centre roadworks resume."],
           [("the closure of the Coate leisure pool for repairs", "2026-09-07"),
            ("a fire at a recycling depot in Cheney Manor", "2026-09-08"),
            ("new parking charges in Old Town", "2026-09-09"),
            ("the bin collectors' strike", "2026-09-10")],
           "budget residents scheme funding ward report contractor timetable survey"),
    "it": ("Cronache Pesaresi", "Pesaro", "Pesaro, il Comune informa: {s}",
           ["PESARO - Il Comune di Pesaro ha pubblicato un aggiornamento su {s}, che riguarda "
            "{n} famiglie, secondo gli uffici comunali. Il tema è stato discusso in giunta "
            "insieme a {f}.",
            "\"Informeremo i cittadini a ogni passo\", ha dichiarato l'assessora Marta "
            "Bracceschi. Un incontro pubblico si terrà il mese prossimo in sala consiliare.",
            "Leggi anche: Pesaro, ripartono i cantieri del centro storico."],
           [("la chiusura della piscina comunale per lavori", "2026-09-14"),
            ("l'incendio di un deposito di rifiuti a Villa Fastiggi", "2026-09-15"),
            ("i nuovi parcheggi a pagamento in centro", "2026-09-16"),
            ("lo sciopero dei netturbini", "2026-09-17")],
           "bilancio residenti progetto fondi quartiere relazione appalto calendario indagine"),
}
for lang, (src, town, head, paras, subjects, words) in TEMPLATES.items():
    for k, (subject, day) in enumerate(subjects):
        filler = " ".join(words.split()[k:] + words.split()[:k])
        A[f"M{lang}{k + 1}"] = (src, f"{day}T09:{10 * k:02d}:00+01:00", lang,
                                head.format(s=subject),
                                [x.format(s=subject, n=120 + 37 * k, f=filler) for x in paras])
        PAIRS += [[f"M{lang}{j + 1}", f"M{lang}{k + 1}", False] for j in range(k)]


def main() -> None:
    rows = [{"url": BASE + gid, "source": src, "published": pub, "language": lang,
             "title": title, "text": "\n\n".join(paras)}
            for gid, (src, pub, lang, title, paras) in A.items()]
    (HERE / "articles.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    gold = {"articles": {gid: {"url": BASE + gid} for gid in A}, "pairs": PAIRS}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
