#!/usr/bin/env python3
"""Build the h-places58b held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-places58b, 2026-12-06) before any code change; CC0: every text, outlet and
person is invented. Checks: bench/lib/entity_checks.py's and h-t49b's "place"/"noplace".
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/hplaces58b/"
T = "2026-12-05T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


CASES = [
    # --- a country named as its capital, beside a neighbour's capital (l) ---
    case("l01", "de", "Brüssel verhängt Strafe gegen Reederei",
         ["Die EU-Kommission in Brüssel hat gegen die Reederei Nordkap Linien eine Strafe "
          "von 80 Millionen Euro verhängt. Das Unternehmen will vor dem Gericht der "
          "Europäischen Union in Luxemburg klagen, sagte Sprecherin Anke Wehrmann."],
         [["place", "Luxemburg", "country", "LU"], ["place", "Brüssel", "country", "BE"]]),
    case("l02", "en", "Brussels fines chipmaker",
         ["The European Commission in Brussels fined the chipmaker Veltrax 300 million "
          "euros on Tuesday. Veltrax said it would appeal to the EU General Court in "
          "Luxembourg, its spokesman Harold Pimm said."],
         [["place", "Luxembourg", "country", "LU"], ["place", "Brussels", "country", "BE"]]),
    case("l03", "it", "Bruxelles multa un gruppo alimentare",
         ["La Commissione europea ha inflitto a Bruxelles una multa al gruppo Frantoi "
          "Riuniti. L'azienda ricorrerà alla Corte di giustizia a Lussemburgo, ha detto "
          "l'avvocato Teodoro Lanza."],
         [["place", "Lussemburgo", "country", "LU"]]),
    case("l04", "fr", "Les ministres réunis à Luxembourg",
         ["Les ministres des Finances de la zone euro se retrouvent lundi à Luxembourg, "
          "avant un sommet à Bruxelles la semaine suivante, a indiqué Mireille Dufaux."],
         [["place", "Luxembourg", "country", "LU"]]),
    case("l05", "fr", "Crue de la Semois à Arlon",
         ["La Semois est sortie de son lit à Arlon, chef-lieu de la province de Luxembourg. "
          "Le gouverneur a demandé l'aide de Bruxelles, a déclaré le bourgmestre Jules "
          "Vandeput."],
         [["place", "Arlon", "country", "BE"], ["place", "Luxembourg", "country", "BE"]]),
    case("l06", "en", "Georgia holds talks with Moscow",
         ["Georgia's foreign minister met Russian officials in Moscow on Monday, a "
          "spokeswoman in Tbilisi, Nino Beridze-Hart, said."],
         [["place", "Georgia", "country", "GE"]]),
    # --- renowned towns below the lone-name population bound (v) ---
    case("v01", "it", "Palio, Siena in festa",
         ["Migliaia di persone hanno riempito piazza del Campo a Siena per il Palio di "
          "agosto. Il sindaco Ottavio Ferrante ha ringraziato i volontari."],
         [["place", "Siena", "country", "IT"]]),
    case("v02", "fr", "Festival : Avignon affiche complet",
         ["Le festival d'Avignon affiche complet pour sa prochaine édition, a annoncé "
          "sa directrice Colette Arnaudin. Les hôtels de la ville sont déjà réservés."],
         [["place", "Avignon", "country", "FR"]]),
    case("v03", "fr", "Tempête : Bruges ferme ses canaux",
         ["Les bateaux touristiques de Bruges restent à quai à cause du vent, a indiqué "
          "l'échevin Pieter Vandamme. Les musées de la ville sont fermés."],
         [["place", "Bruges", "country", "BE"]]),
    case("v04", "de", "Salzburger Festspiele: Rekord",
         ["Die Festspiele in Salzburg melden einen Besucherrekord, teilte Intendantin "
          "Gerlinde Hofstätter mit. In Innsbruck fiel unterdessen der erste Schnee."],
         [["place", "Innsbruck", "country", "AT"]]),
    case("v05", "es", "Santiago de Compostela recibe a los peregrinos",
         ["Más de cuatrocientos mil peregrinos llegaron este año a Santiago de Compostela, "
          "según la oficina del peregrino. En Toledo y Segovia el turismo también creció, "
          "dijo la concejala Marta Iriarte."],
         [["place", "Segovia", "country", "ES"]]),
    case("v06", "it", "Maltempo ad Aosta",
         ["Forti nevicate hanno bloccato le strade intorno ad Aosta, ha detto il "
          "presidente della Regione Corrado Vuillermoz."],
         [["place", "Aosta", "country", "IT"]]),
    case("v07", "fr", "Pise : la tour penchée rouvre",
         ["La tour penchée de Pise rouvre aux visiteurs après trois mois de travaux, "
          "a annoncé l'architecte Livia Morandi."],
         [["place", "Pise", "country", "IT"]]),
    # --- German organisation names with inflected adjectives (g) ---
    case("g01", "de", "Streik bei der Deutschen Post",
         ["Verdi hat die Beschäftigten der Deutschen Post zum Warnstreik aufgerufen. Die "
          "Deutsche Post nannte den Schritt unverhältnismäßig, sagte Sprecher Jens Kolbe."],
         [["sameid", "Deutschen Post", "Deutsche Post"]]),
    case("g02", "de", "Neuer Chef für Europäische Zentralbank",
         ["Der Rat der Europäischen Zentralbank tagt am Donnerstag. Die Europäische "
          "Zentralbank will die Zinsen halten, sagte Ökonomin Heike Brandl."],
         [["sameid", "Europäischen Zentralbank", "Europäische Zentralbank"]]),
    case("g03", "de", "Deutsche Telekom baut Netz aus",
         ["Die Deutsche Telekom baut ihr Glasfasernetz aus. Bei der Deutschen Telekom "
          "arbeiten dafür zweitausend Techniker, sagte Vorstand Lutz Hemmerich."],
         [["sameid", "Deutschen Telekom", "Deutsche Telekom"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
