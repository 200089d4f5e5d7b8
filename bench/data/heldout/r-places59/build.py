#!/usr/bin/env python3
"""Build the r-places59 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-places59, 2026-12-06) before any code change; CC0: every text, outlet and
person is invented. Checks are those of bench/lib/entity_checks.py, h-t49b's "place" and
"noplace", and r-places58's "nottown", "notlabel" and "distinct" (see score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

T = "2026-12-05T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks, site="www.example.test"):
    return {"title": title, "paragraphs": paragraphs, "language": lang,
            "source": "Test Wire" if site == "www.example.test" else site,
            "url": f"https://{site}/rplaces59/{slug}", "published": T, "checks": checks}


def area(name, country):
    """A natural or historical region: found, in its country, a region, no settlement."""
    return [["place", name, "country", country], ["place", name, "kind", "region"],
            ["nottown", name]]


CASES = [
    # --- natural and historical regions (r: regions) ---
    case("r01", "fr", "La Sologne et le Morvan sous la neige",
         ["La neige est tombée toute la nuit sur la Sologne, où les chasseurs de Romorantin "
          "ont annulé leur battue. Dans le Morvan, les routes restent difficiles, selon la "
          "préfecture de la Nièvre.",
          "Dans le Périgord, les producteurs de noix de Sarlat font leurs comptes."],
         [*area("Sologne", "FR"), *area("Morvan", "FR"), *area("Périgord", "FR"),
          ["place", "Sarlat", "country", "FR"]]),
    case("r02", "fr", "Les volailles de Bresse primées",
         ["Trois éleveurs de la Bresse ont été primés au concours de Bourg-en-Bresse, a "
          "indiqué la chambre d'agriculture de l'Ain. En Beauce, les céréaliers attendent "
          "la pluie ; dans le Quercy, les truffes se font rares.",
          "Le Cotentin et le pays d'Auge ont reçu deux fois plus d'eau qu'en novembre."],
         [*area("Bresse", "FR"), *area("Beauce", "FR"), *area("Quercy", "FR"),
          *area("Cotentin", "FR"), ["place", "Bourg-en-Bresse", "country", "FR"]]),
    case("r03", "fr", "Incendie dans les Cévennes",
         ["Un feu de forêt a parcouru 40 hectares dans les Cévennes, près d'Alès, ont "
          "annoncé les pompiers du Gard. Le Luberon et la Petite Camargue ont été placés "
          "en vigilance orange."],
         [*area("Cévennes", "FR"), *area("Luberon", "FR"), ["nottown", "Petite Camargue"],
          ["place", "Alès", "country", "FR"]]),
    case("r04", "en", "Flooding closes roads in the Cotswolds",
         ["Flooding closed a dozen roads across the Cotswolds on Sunday, Gloucestershire "
          "police said. In East Anglia and the Black Country, rail services were cut.",
          "Farmers in the Weald said the wettest autumn in years had ruined the apple crop."],
         [*area("Cotswolds", "GB"), *area("East Anglia", "GB"), ["nottown", "Black Country"],
          ["noplace", "Black Country", "GB"], ["nottown", "Weald"],
          ["place", "Gloucestershire", "country", "GB"]]),
    case("r05", "en", "Steel jobs cut in the Ruhr",
         ["A steelmaker will cut 900 jobs in the Ruhr, the union IG Metall said on Monday. "
          "Plants in Duisburg and in Bavaria are also affected.",
          "In Spain's La Mancha, winegrowers reported a poor harvest."],
         [*area("Ruhr", "DE"), *area("La Mancha", "ES"), ["place", "Duisburg", "country", "DE"]]),
    case("r06", "es", "La sequía castiga La Mancha",
         ["La sequía ha reducido a la mitad la cosecha de uva en La Mancha, según la "
          "cooperativa de Valdepeñas. En la Alpujarra y en Tierra de Campos, los "
          "agricultores piden ayudas.",
          "En el Maestrazgo la nieve cortó dos carreteras."],
         [*area("La Mancha", "ES"), ["nottown", "Alpujarra"], ["nottown", "Tierra de Campos"],
          ["nottown", "Maestrazgo"], ["noplace", "Alpujarra", "ES"]]),
    case("r07", "it", "Vendemmia da record nelle Langhe",
         ["La vendemmia nelle Langhe è stata la migliore da dieci anni, ha detto il "
          "consorzio di Alba. Nel Chianti e nel Mugello invece la grandine ha colpito i "
          "vigneti.",
          "In Brianza, le aziende del mobile chiedono sostegni."],
         [*area("Langhe", "IT"), *area("Chianti", "IT"), ["nottown", "Mugello"],
          *area("Brianza", "IT")]),
    case("r08", "de", "Schneechaos im Sauerland",
         ["Im Sauerland hat der Schnee am Wochenende den Verkehr lahmgelegt, teilte die "
          "Polizei in Arnsberg mit. Auch im Hunsrück und in der Lüneburger Heide wurden "
          "Straßen gesperrt.",
          "Im Ruhrgebiet fielen zahlreiche Züge aus."],
         [*area("Sauerland", "DE"), ["nottown", "Hunsrück"], *area("Lüneburger Heide", "DE"),
          *area("Ruhrgebiet", "DE")]),
    # --- well-known cities named in a language without a spaCy model (c: cities) ---
    case("c01", "it", "Nevicata su Trento e Aosta",
         ["La neve è arrivata a Trento nella notte, mentre ad Aosta le scuole resteranno "
          "chiuse domani. Disagi anche a Perugia per il ghiaccio."],
         [["place", "Trento", "country", "IT"], ["place", "Aosta", "country", "IT"],
          ["place", "Perugia", "country", "IT"]]),
    case("c02", "de", "Wintereinbruch in Innsbruck",
         ["In Innsbruck sind am Montag 30 Zentimeter Neuschnee gefallen. Auch in Graz "
          "und in Linz kam es zu Verspätungen im Nahverkehr."],
         [["place", "Innsbruck", "country", "AT"], ["place", "Graz", "country", "AT"],
          ["place", "Linz", "country", "AT"]]),
    case("c03", "es", "Protestas de agricultores en Segovia",
         ["Cientos de agricultores se manifestaron ayer en Segovia y en Cáceres contra "
          "los precios de la leche. En Salamanca la protesta terminó sin incidentes."],
         [["place", "Segovia", "country", "ES"], ["place", "Cáceres", "country", "ES"],
          ["place", "Salamanca", "country", "ES"]]),
    case("c04", "pt", "Cheias em Coimbra",
         ["O rio Mondego transbordou em Coimbra durante a noite. Em Braga e em Évora a "
          "chuva também causou estragos."],
         [["place", "Coimbra", "country", "PT"], ["place", "Braga", "country", "PT"],
          ["place", "Évora", "country", "PT"]]),
    # --- a town in its source's country (b: Belgian and Swiss context) ---
    case("b01", "fr", "Le marché de Noël de Bruges ouvre vendredi",
         ["Le marché de Noël de Bruges ouvrira vendredi, a annoncé la Ville. À Mons et à "
          "Ath, les illuminations seront allumées le même soir."],
         [["place", "Bruges", "country", "BE"], ["place", "Mons", "country", "BE"],
          ["place", "Ath", "country", "BE"]], site="www.journal-exemple.be"),
    case("b02", "fr", "Sion accueille la fête du vin",
         ["Sion accueillera la fête du vin le week-end prochain, ont annoncé les "
          "organisateurs. Des navettes partiront de Sierre et de Martigny."],
         [["place", "Sion", "country", "CH"], ["place", "Sierre", "country", "CH"]],
         site="www.journal-exemple.ch"),
    # --- a country named like its capital (m: México) ---
    case("m01", "es", "México y Canadá firman un acuerdo",
         ["El gobierno de México firmó ayer un acuerdo comercial con Canadá. La "
          "ceremonia tuvo lugar en la Ciudad de México, ante doscientos invitados."],
         [["place", "México", "kind", "country"], ["place", "Ciudad de México", "kind", "capital"],
          ["distinct", "México", "Ciudad de México"]]),
    case("m02", "en", "Mexico raises tariffs",
         ["Mexico will raise tariffs on steel imports, the economy ministry said in Mexico "
          "City on Tuesday."],
         [["place", "Mexico", "kind", "country"], ["place", "Mexico City", "kind", "capital"]]),
    case("m03", "es", "Panamá amplía el canal",
         ["Panamá anunció una nueva ampliación del canal, informó el ministerio desde la "
          "Ciudad de Panamá."],
         [["place", "Panamá", "kind", "country"]]),
    # --- companies named after a person (p: persons' names) ---
    case("p01", "fr", "Hugo Boss relève ses prévisions",
         ["Le groupe Hugo Boss a relevé ses prévisions annuelles, a annoncé mardi le "
          "fabricant allemand. La maison Louis Vuitton a aussi publié ses ventes."],
         [["notlabel", "Hugo Boss", ["PER"]], ["notlabel", "Louis Vuitton", ["PER"]]]),
    case("p02", "de", "Carl Zeiss baut Werk aus",
         ["Der Optikkonzern Carl Zeiss baut sein Werk in Jena aus. Auch die Robert Bosch "
          "GmbH investiert in Thüringen."],
         [["notlabel", "Carl Zeiss", ["PER"]], ["notlabel", "Robert Bosch", ["PER"]],
          ["place", "Jena", "country", "DE"]]),
    case("p03", "en", "Carl Zeiss opens a plant",
         ["Carl Zeiss said on Thursday it would open a plant in Oregon. The optics maker "
          "employs 40,000 people."],
         [["notlabel", "Carl Zeiss", ["PER"]]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
