#!/usr/bin/env python3
"""Write articles.jsonl and gold.json of the h-stories66 held-out set (CC0, invented outlets
and people, written for veille): ``python3 build.py``. README.md says what it checks."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent
BASE = "https://heldout.example/h-stories66/"

# Per group: (1) a dispatch, (1u) the same outlet's update at the same URL (its lead
# rewritten, the event dated otherwise: "hier soir" for a weekday, a toll raised), (2) another
# outlet's follow-up a day or two later that refers back to the event, (3) another event of
# the same town in the same days (hard negative). (outlet, published, updated, lang, title, text)
GROUPS = {
    "F": [
        ("Le Courrier de l'Ain", "2026-10-14T08:40:00+02:00", None, "fr",
         "Bourg-en-Bresse : un car scolaire sort de la route, douze enfants blessés",
         "Un car scolaire transportant 38 élèves a quitté la route mardi matin à "
         "Bourg-en-Bresse (Ain), sur la départementale 1083, a annoncé mercredi la "
         "préfecture. Douze enfants ont été légèrement blessés.\n\n"
         "Le chauffeur, âgé de 57 ans, a été soumis à un dépistage d'alcool, négatif. "
         "« Les enfants ont été pris en charge très vite », a déclaré le maire, Jean-François "
         "Débat."),
        ("Le Courrier de l'Ain", "2026-10-14T08:40:00+02:00", "2026-10-14T18:10:00+02:00", "fr",
         "Accident de car scolaire à Bourg-en-Bresse : une fillette toujours hospitalisée",
         "L'accident du car scolaire qui a quitté la route hier matin à Bourg-en-Bresse a fait "
         "treize blessés, dont une fillette de 9 ans toujours hospitalisée à Lyon, a précisé "
         "mercredi soir la préfecture de l'Ain.\n\n"
         "Le chauffeur, âgé de 57 ans, a été soumis à un dépistage d'alcool, négatif. "
         "« Les enfants ont été pris en charge très vite », a déclaré le maire, Jean-François "
         "Débat."),
        ("La Voix de la Bresse", "2026-10-15T17:00:00+02:00", None, "fr",
         "Car scolaire accidenté : à Bourg-en-Bresse, les parents réclament des explications",
         "Deux jours après la sortie de route du car scolaire, une centaine de parents se sont "
         "réunis jeudi devant le collège Amédée-Mercier. Ils demandent un audit du "
         "transporteur.\n\n"
         "Le maire, Jean-François Débat, a promis une réunion publique. L'enquête de "
         "gendarmerie se poursuit sur l'état des pneus du car."),
        ("Radio Bresse", "2026-10-14T19:00:00+02:00", None, "fr",
         "Bourg-en-Bresse : le conseil municipal adopte le plan vélo",
         "Le conseil municipal de Bourg-en-Bresse a adopté mardi soir un plan vélo de 6 millions "
         "d'euros : 25 kilomètres de pistes d'ici 2030.\n\n"
         "Le maire, Jean-François Débat, a salué « un tournant ». L'opposition a dénoncé le "
         "coût du projet pour les commerçants du centre."),
    ],
    "S": [
        ("Diario del Segura", "2026-09-23T10:15:00+02:00", None, "es",
         "Un incendio en una nave de Molina de Segura obliga a desalojar un polígono",
         "Un incendio declarado el martes por la tarde en una nave de plásticos del polígono "
         "La Serreta, en Molina de Segura (Murcia), obligó a desalojar a 200 trabajadores, "
         "informó el miércoles el Ayuntamiento.\n\n"
         "Los bomberos trabajaron toda la noche. La alcaldesa, Carmen Lara, pidió a los "
         "vecinos que mantuvieran las ventanas cerradas por el humo."),
        ("Diario del Segura", "2026-09-23T10:15:00+02:00", "2026-09-23T20:30:00+02:00", "es",
         "Molina de Segura: controlado el incendio de La Serreta, un bombero herido",
         "Los bomberos dieron por controlado este miércoles el incendio que arrasó ayer una "
         "nave de plásticos del polígono La Serreta, en Molina de Segura. Un bombero sufrió "
         "quemaduras leves.\n\n"
         "La alcaldesa, Carmen Lara, pidió a los vecinos que mantuvieran las ventanas "
         "cerradas por el humo."),
        ("La Opinión de la Vega", "2026-09-25T09:00:00+02:00", None, "es",
         "La Serreta, dos días después del incendio: 150 empleos en el aire",
         "Dos días después del incendio que destruyó la nave de plásticos del polígono La "
         "Serreta, los 150 trabajadores de la empresa desconocen su futuro.\n\n"
         "La alcaldesa de Molina de Segura, Carmen Lara, se reunió el jueves con la dirección. "
         "La Guardia Civil investiga el origen del fuego."),
        ("Onda Vega", "2026-09-23T13:00:00+02:00", None, "es",
         "Molina de Segura aprueba la rebaja del IBI para 2027",
         "El pleno de Molina de Segura aprobó el martes una rebaja del 5 % del IBI para 2027, "
         "que ahorrará unos 40 euros al año a cada hogar.\n\n"
         "La alcaldesa, Carmen Lara, defendió la medida. La oposición votó en contra y pidió "
         "más inversión en el polígono La Serreta."),
    ],
    "I": [
        ("Il Corriere del Lario", "2026-11-04T09:30:00+01:00", None, "it",
         "Lecco, frana sulla statale 36: chiusa la galleria, nessun ferito",
         "Una frana è caduta lunedì sera sulla statale 36 all'altezza di Abbadia Lariana, "
         "vicino a Lecco, ha comunicato martedì l'Anas. La galleria è stata chiusa.\n\n"
         "Non ci sono feriti. Il sindaco di Lecco, Mauro Gattinoni, ha chiesto tempi certi "
         "per la riapertura."),
        ("Il Corriere del Lario", "2026-11-04T09:30:00+01:00", "2026-11-04T19:00:00+01:00", "it",
         "Frana sulla statale 36 a Lecco: la galleria resterà chiusa una settimana",
         "La galleria della statale 36 chiusa dopo la frana di ieri sera resterà chiusa almeno "
         "una settimana, ha annunciato martedì pomeriggio l'Anas. Traffico deviato sulla "
         "provinciale.\n\n"
         "Il sindaco di Lecco, Mauro Gattinoni, ha chiesto tempi certi per la riapertura."),
        ("La Provincia di Lecco Oggi", "2026-11-06T08:00:00+01:00", None, "it",
         "Statale 36, tre giorni dopo la frana: code di due ore e pendolari infuriati",
         "Tre giorni dopo la frana che ha chiuso la galleria della statale 36, i pendolari "
         "diretti a Lecco hanno passato due ore in coda giovedì mattina.\n\n"
         "Il sindaco Mauro Gattinoni ha scritto all'Anas. I geologi stanno ancora "
         "controllando la parete rocciosa."),
        ("Radio Lario", "2026-11-04T18:00:00+01:00", None, "it",
         "Lecco, inaugurata la nuova biblioteca civica in piazza Garibaldi",
         "È stata inaugurata martedì la nuova biblioteca civica di Lecco in piazza Garibaldi, "
         "con 80.000 volumi e una sala per ragazzi.\n\n"
         "Il sindaco Mauro Gattinoni ha tagliato il nastro. I lavori sono costati 4 milioni "
         "di euro."),
    ],
    "E": [
        ("Swindon Advertiser Daily", "2026-08-19T07:45:00+01:00", None, "en",
         "Swindon: fire at Greenbridge warehouse, 40 firefighters at scene",
         "Forty firefighters tackled a fire at a warehouse on the Greenbridge retail park in "
         "Swindon on Tuesday night, Dorset and Wiltshire Fire and Rescue Service said on "
         "Wednesday.\n\n"
         "No one was hurt. Council leader Jim Robbins thanked the crews and asked residents "
         "to keep windows closed."),
        ("Swindon Advertiser Daily", "2026-08-19T07:45:00+01:00", "2026-08-19T17:20:00+01:00", "en",
         "Greenbridge warehouse fire: arson investigation launched",
         "Police have opened an arson investigation into last night's fire at the Greenbridge "
         "warehouse in Swindon, Wiltshire Police said on Wednesday afternoon.\n\n"
         "No one was hurt. Council leader Jim Robbins thanked the crews and asked residents "
         "to keep windows closed."),
        ("Wiltshire Gazette", "2026-08-20T16:00:00+01:00", None, "en",
         "Greenbridge fire: traders count the cost two days on",
         "Two days after the blaze at the Greenbridge warehouse, traders on the Swindon retail "
         "park say they have lost a week of stock.\n\n"
         "Council leader Jim Robbins met them on Thursday. Police are still investigating how "
         "the fire started."),
        ("Swindon Radio", "2026-08-19T12:00:00+01:00", None, "en",
         "Swindon council approves 250 new homes at Wichelstowe",
         "Swindon Borough Council approved plans for 250 new homes at Wichelstowe on Tuesday "
         "night.\n\n"
         "Council leader Jim Robbins said the homes were badly needed. Residents raised "
         "concerns about traffic on the retail park roads."),
    ],
    "G": [
        ("Oberpfalz-Echo", "2026-07-08T08:00:00+02:00", None, "de",
         "Amberg: Unwetter deckt Dächer ab, Feuerwehr im Dauereinsatz",
         "Ein schweres Unwetter hat am Dienstagabend in Amberg Dutzende Dächer abgedeckt und "
         "Bäume entwurzelt, teilte die Stadt am Mittwoch mit. Die Feuerwehr rückte 140-mal "
         "aus.\n\n"
         "Verletzt wurde niemand. Oberbürgermeister Michael Cerny sprach von „einer Nacht, "
         "die wir nicht vergessen“."),
        ("Oberpfalz-Echo", "2026-07-08T08:00:00+02:00", "2026-07-08T18:30:00+02:00", "de",
         "Unwetter in Amberg: Schaden geht in die Millionen",
         "Der Schaden des Unwetters von gestern Abend in Amberg geht in die Millionen, "
         "schätzte die Stadt am Mittwochnachmittag. Zwei Schulen bleiben geschlossen.\n\n"
         "Verletzt wurde niemand. Oberbürgermeister Michael Cerny sprach von „einer Nacht, "
         "die wir nicht vergessen“."),
        ("Mittelbayerische Rundschau", "2026-07-10T09:00:00+02:00", None, "de",
         "Drei Tage nach dem Unwetter: Amberg räumt auf",
         "Drei Tage nach dem Unwetter räumen in Amberg Hunderte Helfer die Straßen. Die "
         "beiden Schulen öffnen am Montag wieder.\n\n"
         "Oberbürgermeister Michael Cerny dankte den Freiwilligen und kündigte einen "
         "Hilfsfonds für Geschädigte an."),
        ("Radio Oberpfalz", "2026-07-08T12:00:00+02:00", None, "de",
         "Amberg: Stadtrat beschließt neues Parkhaus am Bahnhof",
         "Der Amberger Stadtrat hat am Dienstagabend den Bau eines Parkhauses mit 600 Plätzen "
         "am Bahnhof beschlossen.\n\n"
         "Oberbürgermeister Michael Cerny sprach von einem wichtigen Schritt. Die Grünen "
         "stimmten dagegen."),
    ],
    "P": [
        ("Jornal do Centro Hoje", "2026-12-01T09:00:00+00:00", None, "pt",
         "Viseu: cheia do rio Pavia inunda baixa e obriga a retirar 30 famílias",
         "A cheia do rio Pavia inundou na segunda-feira à noite a baixa de Viseu e obrigou a "
         "retirar 30 famílias, informou na terça-feira a Proteção Civil.\n\n"
         "Não há feridos. O presidente da Câmara, Fernando Ruas, pediu cuidado aos "
         "moradores junto ao rio."),
        ("Jornal do Centro Hoje", "2026-12-01T09:00:00+00:00", "2026-12-01T19:00:00+00:00", "pt",
         "Cheias em Viseu: água começa a baixar, 45 famílias desalojadas",
         "A água começou a baixar esta terça-feira na baixa de Viseu, inundada ontem à noite "
         "pela cheia do rio Pavia. São agora 45 as famílias desalojadas, segundo a Proteção "
         "Civil.\n\n"
         "O presidente da Câmara, Fernando Ruas, pediu cuidado aos moradores junto ao rio."),
        ("Diário de Viseu Online", "2026-12-03T10:00:00+00:00", None, "pt",
         "Dois dias depois da cheia, comerciantes da baixa de Viseu fazem contas",
         "Dois dias depois da cheia do rio Pavia, os comerciantes da baixa de Viseu limpam "
         "lojas e contam prejuízos.\n\n"
         "Fernando Ruas prometeu apoio da Câmara às famílias desalojadas e aos comércios."),
        ("Rádio Beira", "2026-12-01T13:00:00+00:00", None, "pt",
         "Viseu aprova orçamento municipal de 2027",
         "A Assembleia Municipal de Viseu aprovou na segunda-feira à noite o orçamento de 2027, "
         "de 120 milhões de euros.\n\n"
         "O presidente da Câmara, Fernando Ruas, destacou o investimento na baixa. A oposição "
         "absteve-se."),
    ],
}

if __name__ == "__main__":
    records, pairs, gold_articles = [], [], {}
    for group, items in GROUPS.items():
        for tag, (outlet, when, updated, lang, title, text) in zip(
                ("1", "1u", "2", "3"), items, strict=True):
            url = BASE + group + tag.rstrip("u")
            row = {"id": group + tag, "url": url, "source": outlet, "published": when,
                   "language": lang, "title": title, "text": text}
            if updated:
                row["updated"] = updated
            records.append(row)
            if tag != "1u":
                gold_articles[group + tag] = {"url": url}
        a, b, c = (f"{group}{n}" for n in (1, 2, 3))
        pairs += [[a, b, True], [a, c, False], [b, c, False]]
    (OUT / "articles.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    (OUT / "gold.json").write_text(
        json.dumps({"articles": gold_articles, "pairs": pairs}, indent=1) + "\n", "utf-8")
