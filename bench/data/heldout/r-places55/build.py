#!/usr/bin/env python3
"""Build the r-places55 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-places55, 2026-12-06) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py, the h-t49b place checks ("noplace", "place"), r-places54's
("entname", "label") and this set's own "query" (see score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rplaces55/"
T = "2026-12-05T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


NOT_LOC = ["ORG", "MISC", "NONE"]

CASES = [
    # 1. place: a first-level region abroad finds the places inside it (islands, and
    #    countries GeoNames numbers: Japan, Mexico, Poland, Portugal, Turkey)
    case("a01", "fr", "Incendie de forêt à Tenerife",
         ["Un incendie ravage depuis lundi les pentes du Teide, à Tenerife.",
          "Les pompiers de l'île ont évacué trois villages de montagne."],
         [["query", "place:Canarias", True], ["query", "place:Canaries", True]]),
    case("a02", "fr", "Majorque limite les croisières",
         ["Le gouvernement de Majorque veut réduire le nombre de paquebots dans le port.",
          "Les hôteliers de l'île craignent une baisse de la fréquentation."],
         [["query", "place:Baléares", True], ["query", "place:Canarias", False]]),
    case("a03", "fr", "Séisme au Japon",
         ["Un séisme de magnitude 5,8 a secoué la ville de Kobe dans la nuit de mercredi.",
          "Aucune victime n'a été signalée par les autorités locales."],
         [["place", "Kobe", "country", "JP"], ["query", "place:Hyogo", True],
          ["query", "place:Tokyo", False]]),
    case("a04", "fr", "Festival de mariachis au Mexique",
         ["La ville de Guadalajara accueille cette semaine le festival international du mariachi.",
          "Plus de cinq cents musiciens sont attendus sur la place centrale."],
         [["query", "place:Jalisco", True]]),
    case("a05", "fr", "Pollution à Cracovie",
         ["La municipalité de Cracovie a rendu les transports gratuits face au smog.",
          "Les écoles polonaises de la ville restent ouvertes."],
         [["query", "place:Małopolskie", True]]),
    case("a06", "fr", "Inondations au Portugal",
         ["Des pluies torrentielles ont inondé le centre historique de Coimbra.",
          "La protection civile portugaise a relogé une centaine d'habitants."],
         [["query", "place:Coimbra", True], ["query", "place:Leiria", False]]),
    case("a07", "fr", "Tourisme en Turquie",
         ["La station balnéaire d'Alanya a battu son record de visiteurs cet été.",
          "Les hôtels de la côte affichent complet jusqu'en octobre."],
         [["query", "place:Antalya", True]]),
    case("a08", "fr", "Grève des dockers en Sicile",
         ["Le port de Catane est bloqué par une grève des dockers depuis mardi.",
          "Les ferries vers Malte ont été détournés."],
         [["query", "place:Sicile", True]]),
    # 2. labels in the page's language
    case("l01", "fr", "Carnaval en Allemagne",
         ["Le carnaval de Köln a attiré un million de visiteurs malgré la pluie.",
          "La police rhénane n'a signalé aucun incident grave."],
         [["label", "en", "Cologne"], ["label", "fr", "Cologne"]]),
    case("l02", "en", "Metro strike in Brazil",
         ["Metro workers in São Paulo walked out on Thursday over pay.",
          "The city's mayor called the strike illegal."],
         [["label", "en", "São Paulo"]]),
    case("l03", "it", "Maltempo in Liguria",
         ["A Genova la pioggia ha allagato diversi sottopassi nella notte.",
          "Il sindaco ha chiuso le scuole per precauzione."],
         [["label", "fr", "Gênes"], ["label", "en", "Genoa"]]),
    case("l04", "de", "Oktoberfest in Bayern",
         ["In München haben die Wirte einen neuen Bierpreis festgelegt.",
          "Die Stadt erwartet sechs Millionen Besucher."],
         [["label", "fr", "Munich"]]),
    case("l05", "de", "Zugausfälle in Österreich",
         ["Zwischen Wien und Salzburg fallen am Wochenende viele Züge aus.",
          "Die Bahn nennt Bauarbeiten als Grund."],
         [["label", "fr", "Vienne (Autriche)"], ["label", "en", "Vienna"]]),
    # 3. entity spans
    case("e01", "fr", "Presse : « Le Courrier picard » franchit le cap des 50 000 abonnés",
         ["Le Courrier picard a annoncé jeudi avoir dépassé les 50 000 abonnés numériques.",
          "Le quotidien d'Amiens mise sur ses newsletters locales."],
         [["noent", "franchit"], ["noent", "»"]]),
    case("e02", "fr", "Attaque au Mali : douze soldats tués près de Ménaka",
         ["Douze soldats maliens ont été tués dans une embuscade près de Ménaka, selon l'armée.",
          "L'attaque n'a pas été revendiquée."],
         [["noent", "Attaque"], ["place", "Mali", "kind", "country"]]),
    case("e03", "fr", "Transports à Lille",
         ["La Métropole a voté jeudi la gratuité des bus pour les moins de 18 ans.",
          "Le vote a eu lieu au siège de la collectivité, à Lille."],
         [["ent", "Métropole", NOT_LOC], ["noplace", "Métropole", None],
          ["place", "Lille", "kind", "commune"]]),
    case("e04", "fr", "Les flamants roses de retour",
         ["En Camargue, les flamants roses sont revenus plus tôt que prévu cette année.",
          "Les ornithologues des Bouches-du-Rhône ont compté douze mille couples."],
         [["ent", "Camargue", ["LOC"]], ["query", "place:Camargue", True]]),
    # 4. "la cité de X": a quarter of the town named around it, or the town itself
    case("c01", "fr", "Rénovation urbaine à Nantes",
         ["À Nantes, la cité de Malakoff sera rénovée d'ici 2030.",
          "Les habitants du quartier ont été consultés par la mairie."],
         [["noplace", "Malakoff", None], ["place", "Nantes", "kind", "commune"]]),
    case("c02", "fr", "Trafic de drogue à Toulouse",
         ["Une opération de police a eu lieu à l'aube dans la cité de Bagatelle, à Toulouse.",
          "Huit personnes ont été interpellées en Haute-Garonne."],
         [["place", "Toulouse", "kind", "commune"]]),
    case("c03", "fr", "Tourisme dans l'Aude",
         ["La cité de Carcassonne a accueilli deux millions de visiteurs cette année.",
          "Les remparts seront restaurés à partir de janvier."],
         [["place", "Carcassonne", "kind", "commune"]]),
    case("c04", "fr", "Patrimoine en Seine-et-Marne",
         ["La cité de Provins fête les vingt-cinq ans de son inscription à l'Unesco.",
          "Les remparts médiévaux accueillent un spectacle tout l'été."],
         [["place", "Provins", "kind", "commune"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
