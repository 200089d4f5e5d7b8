#!/usr/bin/env python3
"""Build the h-t49b held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (h-t49b, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py plus three place checks scored by score.py:
- ["noplace", surface, country]: no resolved place mentioned as ``surface`` lies outside
  ``country`` (None: no place at all mentioned as ``surface``).
- ["place", surface, field, value]: a place mentioned as ``surface`` has ``field == value``.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/ht49b/"


def case(slug, lang, source, published, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": source,
            "url": U + slug, "published": published, "checks": checks}


CASES = [
    case("h01", "fr-CH", "La Gruyère", "2026-11-30T08:00:00+01:00",
         "Bulle : l'organiste Jeanne Morel s'est éteinte",
         ["L'organiste gruérienne Jeanne Morel est décédée lundi à Bulle, à l'âge de 91 ans.",
          "Formée à Fribourg puis à Genève, elle avait joué pendant quarante ans en Suisse "
          "romande.",
          "Un concert d'hommage aura lieu dimanche à la chapelle de Saint-Barthélemy, à Bulle."],
         [["noplace", "Saint-Barthélemy", "CH"], ["place", "Bulle", "country", "CH"]]),
    case("h02", "fr-BE", "La Libre", "2026-12-01T10:00:00+01:00",
         "Uccle : un incendie dans un établissement scolaire",
         ["Un incendie s'est déclaré mardi au collège Saint-Pierre, à Uccle, sans faire de "
          "blessé.",
          "Les pompiers de Bruxelles sont intervenus en vingt minutes, selon la zone de secours.",
          "Les cours reprendront jeudi, a indiqué la direction."],
         [["noplace", "Saint-Pierre", "BE"], ["place", "Uccle", "country", "BE"]]),
    case("h03", "fr", "La Dépêche", "2026-12-02T07:30:00+01:00",
         "Toulouse : la ligne A du métro interrompue samedi",
         ["Tisséo interrompra samedi la ligne A du métro vers Saint-Cyprien pour des travaux, "
          "a annoncé la mairie de Toulouse.",
          "Des bus de substitution relieront le centre à Balma pendant la journée.",
          "La ligne B ne sera pas touchée."],
         [["noplace", "Saint-Cyprien", None], ["place", "Toulouse", "country", "FR"],
          ["place", "Balma", "insee", "31044"]]),
    case("h04", "fr", "Ouest-France", "2026-12-02T18:00:00+01:00",
         "Nantes : le busway prolongé",
         ["Nantes Métropole a voté jeudi le prolongement de la ligne 4 du busway vers Beaulieu, "
          "dans le quartier de l'île de Nantes.",
          "Le chantier coûtera 40 millions d'euros, selon la présidente de la métropole."],
         [["noplace", "Beaulieu", None], ["place", "Nantes", "country", "FR"]]),
    case("h05", "fr-CA", "Le Soleil", "2026-12-03T06:00:00-05:00",
         "Québec : le traversier reprend du service",
         ["Le traversier entre Québec et Lévis reprendra du service lundi, a annoncé la "
          "Société des traversiers.",
          "« Les réparations sont terminées », a affirmé le porte-parole de la société, "
          "Marc-André Des Ormeaux, en réponse aux questions du Soleil.",
          "Le service avait été interrompu pendant trois semaines."],
         [["ent", "Marc-André Des Ormeaux", ["PER"]], ["ent", "Soleil", ["ORG", "NONE"]],
          ["spk", "Les réparations sont terminées", ["Marc-André Des Ormeaux"]]]),
    case("h06", "fr-BE", "Le Vif", "2026-12-01T12:00:00+01:00",
         "Grippe : les consultations en hausse",
         ["Sciensano, l'institut belge de santé publique, a relevé 180 consultations pour "
          "grippe pour 100 000 habitants la semaine dernière.",
          "Selon la Régie des transports de Charleroi, les absences de chauffeurs ont doublé.",
          "L'épidémie devrait culminer à Noël, selon Sciensano."],
         [["ent", "Sciensano", ["ORG", "NONE"]],
          ["ent", "Régie des transports de Charleroi", ["ORG", "NONE"]]]),
    case("h07", "fr", "Le Progrès", "2026-12-02T09:00:00+01:00",
         "Saint-Étienne : le réseau vélo attribué",
         ["Le groupement Cyc'Loire a remporté le marché des vélos en libre-service de "
          "Saint-Étienne Métropole, a annoncé le maire.",
          "Selon les informations du Progrès, le contrat porte sur 25 millions d'euros."],
         [["ent", "Cyc", ["NONE"]], ["ent", "Progrès", ["ORG", "NONE"]]]),
    case("h08", "en", "Western Courier", "2026-12-03T11:00:00+00:00",
         "Galway hospital extension approved",
         ["The extension of University Hospital Galway will be funded by the State, the "
          "Health Service Executive said on Thursday.",
          "\"It is the largest hospital project in the West,\" said Aoife Brennan, a spokeswoman "
          "for the Department.",
          "Work is due to start in Galway next spring."],
         [["ent", "State", ["NONE", "ORG"]], ["ent", "Department", ["NONE", "ORG"]],
          ["place", "Galway", "country", "IE"]]),
    case("h09", "fr", "France-Antilles", "2026-11-30T17:00:00-04:00",
         "Intempéries : le sud de la Martinique sous les eaux",
         ["De fortes pluies sont tombées dimanche sur Le Vauclin et Sainte-Anne, selon "
          "Météo-France.",
          "Les écoles du Vauclin resteront fermées lundi, a annoncé la mairie.",
          "À Fort-de-France, la circulation a été perturbée."],
         [["place", "Le Vauclin", "insee", "97232"], ["ent", "Vauclin", ["LOC", "NONE"]]]),
    case("h10", "fr", "France-Antilles", "2026-12-01T09:00:00-04:00",
         "Guadeloupe : coupures d'eau au Gosier",
         ["Des coupures d'eau toucheront mardi les habitants du Gosier et des Abymes, a annoncé "
          "le syndicat des eaux de Guadeloupe.",
          "Le Gosier sera privé d'eau de 8 heures à 16 heures."],
         [["place", "Le Gosier", "insee", "97113"]]),
    case("h11", "fr", "RCI", "2026-12-02T08:00:00-04:00",
         "Saint-Martin : le port de Galisbay rouvre",
         ["Le port de Galisbay, à Marigot, a rouvert mardi, a annoncé la collectivité de "
          "Saint-Martin.",
          "Les rotations vers Saint-Barthélemy reprendront mercredi."],
         [["place", "Saint-Martin", "id", "iso3166:MF"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
