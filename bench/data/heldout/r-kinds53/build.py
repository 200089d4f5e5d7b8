#!/usr/bin/env python3
"""Build the r-kinds53 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-kinds53, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py and the h-t49b place checks ("place", "noplace").
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rkinds53/"


def case(slug, lang, source, published, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": source,
            "url": U + slug, "published": published, "checks": checks}


NOT_PER = ["ORG", "NONE"]
CASES = [
    case("k01", "en", "The Western Herald", "2026-12-02T08:00:00+00:00",
         "Storm leaves thousands without power in the west",
         ["Around 12,000 homes were without electricity on Tuesday night, said a spokesperson "
          "for Western Power Networks.",
          "Crews from Limerick Fire Brigade cleared fallen trees on the main road, while "
          "Irish Rail suspended services between Ennis and Athenry.",
          "Clare County Council said its outdoor crews would work through the night."],
         [["ent", "Western Power Networks", NOT_PER], ["ent", "Limerick Fire Brigade", NOT_PER],
          ["ent", "Clare County Council", NOT_PER], ["ent", "Irish Rail", NOT_PER]]),
    case("k02", "de", "Rheinische Rundschau", "2026-12-01T09:00:00+01:00",
         "Briefe werden ab Januar teurer",
         ["Die Deutsche Post erhöht zum 1. Januar das Porto für Standardbriefe auf 95 Cent.",
          "Die Preise seien wegen gestiegener Kosten nötig, teilte die Post am Montag in Bonn "
          "mit.",
          "Verbraucherschützerin Martina Voigtländer sagte, die Kunden bekämen immer weniger "
          "Leistung. Voigtländer forderte eine Prüfung durch die Bundesnetzagentur."],
         [["ent", "Deutsche Post", ["ORG"]], ["ent", "Post", NOT_PER],
          ["ent", "Martina Voigtländer", ["PER"]], ["ent", "Bundesnetzagentur", NOT_PER]]),
    case("k03", "fr", "Le Progrès", "2026-12-03T07:00:00+01:00",
         "Pénurie à la RATP : des rames supprimées sur la ligne 13",
         ["La RATP a supprimé un train sur trois mardi sur la ligne 13, faute de conducteurs.",
          "Les usagers ont dénoncé des quais bondés aux heures de pointe.",
          "La direction promet un retour à la normale la semaine prochaine."],
         [["ent", "Pénurie", ["NONE"]], ["ent", "RATP", ["ORG"]]]),
    case("k04", "fr", "Le Dauphiné", "2026-12-04T18:00:00+01:00",
         "Incendie d'un entrepôt à Échirolles : 40 pompiers mobilisés",
         ["Un entrepôt de pneus a pris feu jeudi après-midi dans la zone commerciale "
          "d'Échirolles.",
          "« Le feu est maîtrisé mais pas éteint », a indiqué le capitaine Luc Martel, du Sdis, "
          "en fin de journée.",
          "Le lieutenant Karim Benali, du Psig, a fait évacuer les commerces voisins."],
         [["ent", "Sdis", NOT_PER + ["MISC"]], ["noplace", "Sdis", None],
          ["ent", "Psig", NOT_PER + ["MISC"]], ["noplace", "Psig", None],
          ["ent", "Luc Martel", ["PER"]], ["place", "Échirolles", "country", "FR"]]),
    case("k05", "es", "Diario del Sur", "2026-12-02T10:00:00+01:00",
         "El Gobierno aprueba la subida del salario mínimo",
         ["La ministra de Trabajo, Marisol Quintana, anunció el martes una subida del salario "
          "mínimo del 4 %.",
          "Según Quintana, la medida beneficiará a dos millones de trabajadores.",
          "Hoy empieza la negociación con los sindicatos, añadió Marisol Quintana."],
         [["ent", "Marisol Quintana", ["PER"]], ["ent", "Quintana", ["PER", "NONE"]],
          ["ent", "Hoy", ["NONE"]], ["ent", "Según", ["NONE"]]]),
    case("k06", "it", "Corriere del Nord", "2026-12-03T12:00:00+01:00",
         "Maltempo, scuole chiuse a Bologna",
         ["Il sindaco Matteo Ferrante ha disposto la chiusura delle scuole per giovedì.",
          "Ferrante ha spiegato che la Protezione Civile teme nuovi allagamenti.",
          "Domani è prevista una riunione in prefettura."],
         [["ent", "Matteo Ferrante", ["PER"]], ["ent", "Ferrante", ["PER", "NONE"]],
          ["ent", "Protezione Civile", NOT_PER], ["ent", "Domani", ["NONE"]]]),
    case("k07", "pt", "Jornal do Minho", "2026-12-01T11:00:00+00:00",
         "Hospitais do Norte com urgências sobrelotadas",
         ["A ministra da Saúde, Beatriz Lacerda, visitou na segunda-feira o hospital de Braga.",
          "Beatriz Lacerda prometeu mais médicos para o inverno.",
          "A Câmara Municipal de Braga pediu reforço das equipas."],
         [["ent", "Beatriz Lacerda", ["PER"]], ["ent", "Câmara Municipal de Braga", NOT_PER],
          ["ent", "Câmara Municipal", NOT_PER]]),
    case("k08", "de", "Schwäbische Post", "2026-12-04T09:00:00+01:00",
         "Stadtwerke kündigen höhere Gaspreise an",
         ["Die Stadtwerke Ulm erhöhen im Februar die Gaspreise um acht Prozent.",
          "Oberbürgermeisterin Sabine Kränzle sagte am Mittwoch, die Stadt prüfe Hilfen für "
          "Familien.",
          "Die Feuerwehr Ulm musste am Abend zu einem Gasleck ausrücken, teilte die Feuerwehr "
          "mit."],
         [["ent", "Stadtwerke Ulm", NOT_PER], ["ent", "Sabine Kränzle", ["PER"]],
          ["ent", "Feuerwehr Ulm", NOT_PER], ["ent", "Feuerwehr", NOT_PER]]),
    case("k09", "en", "Dublin Evening News", "2026-12-02T17:00:00+00:00",
         "Strike at airport: flights cancelled",
         ["Strike action by baggage handlers forced the cancellation of 40 flights on Tuesday.",
          "A spokeswoman for the Dublin Airport Authority said passengers should check with "
          "their airline.",
          "The National Ambulance Service treated two people for minor injuries."],
         [["ent", "Strike", ["NONE"]], ["ent", "Dublin Airport Authority", NOT_PER],
          ["ent", "National Ambulance Service", NOT_PER]]),
    case("k10", "fr", "Ouest-France", "2026-12-01T06:00:00+01:00",
         "Panne géante chez Orange : le numéro d'urgence inaccessible",
         ["Les numéros d'urgence sont restés injoignables pendant quatre heures lundi dans "
          "l'Ouest, a reconnu Orange.",
          "Sécheresse, inondations, pannes : le préfet a réuni une cellule de crise à Rennes."],
         [["ent", "Panne", ["NONE"]], ["ent", "Sécheresse", ["NONE"]],
          ["ent", "Orange", ["ORG"]], ["place", "Rennes", "country", "FR"]]),
    case("k11", "fr", "La Croix du Sud", "2026-12-02T09:00:00+01:00",
         "Assise accueille les pèlerins pour la fête de saint François",
         ["Des milliers de fidèles sont attendus à Assise, en Italie, sur les pas de François "
          "d'Assise.",
          "Le pape a rappelé mardi que François d'Assise avait choisi la pauvreté."],
         [["noplace", "François", None], ["noplace", "François d'Assise", None],
          ["place", "Assise", "country", "IT"]]),
    case("k12", "es", "La Voz de Levante", "2026-12-03T09:00:00+01:00",
         "El puerto de Valencia bate su récord de contenedores",
         ["«No vamos a frenar la ampliación», dijo Rodrigo Salcedo, presidente de la Autoridad "
          "Portuaria de Valencia.",
          "Salcedo recordó que el tráfico creció un 9 % en un año.",
          "Ayer la Generalitat pidió un nuevo estudio ambiental."],
         [["ent", "Rodrigo Salcedo", ["PER"]], ["ent", "Ayer", ["NONE"]],
          ["ent", "Autoridad Portuaria de Valencia", NOT_PER],
          ["spk", "No vamos a frenar", ["Rodrigo Salcedo"]]]),
    case("k13", "it", "La Gazzetta del Lago", "2026-12-04T08:00:00+01:00",
         "Sciopero dei treni, disagi in Lombardia",
         ["Trenitalia ha cancellato un treno regionale su due venerdì per lo sciopero.",
          "«Chiediamo più sicurezza a bordo», ha dichiarato Giulia Marchetti, segretaria del "
          "sindacato."],
         [["ent", "Sciopero", ["NONE"]], ["ent", "Trenitalia", ["ORG", "NONE"]],
          ["ent", "Giulia Marchetti", ["PER"]],
          ["spk", "Chiediamo più sicurezza", ["Giulia Marchetti"]]]),
    case("k14", "pt", "Correio do Tejo", "2026-12-05T10:00:00+00:00",
         "Greve nos transportes de Lisboa",
         ["Ontem a Carris suprimiu metade das carreiras por causa da greve.",
          "\u201cA adesão foi de 80 %\u201d, disse o dirigente sindical Tiago Moreira.",
          "Tiago Moreira acrescentou que a greve continua na sexta-feira."],
         [["ent", "Tiago Moreira", ["PER"]], ["ent", "Ontem", ["NONE"]],
          ["ent", "Greve", ["NONE"]],
          ["spk", "adesão foi de 80", ["Tiago Moreira"]]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
