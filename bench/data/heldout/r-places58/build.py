#!/usr/bin/env python3
"""Build the r-places58 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-places58, 2026-12-06) before any code change; CC0: every text, outlet and
person is invented. Checks are those of bench/lib/entity_checks.py, h-t49b's "place" and
"noplace", and this set's "nottown", "notlabel" and "distinct" (see score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rplaces58/"
T = "2026-12-05T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


CASES = [
    # --- natural regions and areas that are no commune (a: areas) ---
    case("a01", "fr", "Les flamants roses reviennent en Camargue",
         ["Les flamants roses sont revenus en nombre en Camargue cet automne, selon le parc "
          "naturel régional. Les gardians des Saintes-Maries-de-la-Mer comptent plus de "
          "vingt mille oiseaux sur les étangs.",
          "Dans le pays de Caux, en Normandie, les agriculteurs attendent la pluie, tandis "
          "que sur le plateau du Larzac les éleveurs rentrent les brebis."],
         [["nottown", "Camargue"], ["ent", "Camargue", ["LOC", "NONE"]],
          ["place", "Saintes-Maries-de-la-Mer", "country", "FR"],
          ["nottown", "Caux"], ["nottown", "Larzac"], ["place", "Normandie", "kind", "region"]]),
    case("a02", "fr", "Vercors : la route des Goulets fermée",
         ["La route des Goulets, dans le Vercors, restera fermée jusqu'à lundi après un "
          "éboulement, a annoncé le département de la Drôme. À Villard-de-Lans, les "
          "commerçants s'inquiètent pour la saison.",
          "En Brie et en Champagne, la récolte de betteraves est terminée ; dans la plaine "
          "de la Crau, les moutons ont quitté les pâturages d'hiver."],
         [["nottown", "Vercors"], ["ent", "Vercors", ["LOC", "NONE"]],
          ["place", "Villard-de-Lans", "country", "FR"], ["nottown", "Brie"],
          ["nottown", "Champagne"], ["nottown", "Crau"],
          ["place", "Drôme", "kind", "department"]]),
    case("a03", "en", "Walkers rescued in the Lake District",
         ["Mountain rescue teams brought down four walkers from Helvellyn in the Lake "
          "District on Saturday, the Keswick team said. Snow also closed roads across the "
          "Peak District and the Scottish Highlands.",
          "Farmers in the Midlands and the Fens said the cold snap had come early."],
         [["nottown", "Lake District"], ["ent", "Lake District", ["LOC", "NONE"]],
          ["nottown", "Peak District"], ["noplace", "Highlands", "GB"],
          ["noplace", "Midlands", "GB"], ["nottown", "Fens"],
          ["place", "Keswick", "country", "GB"]]),
    case("a04", "es", "Un incendio quema 300 hectáreas en la Sierra de Guadarrama",
         ["Un incendio forestal ha quemado 300 hectáreas en la Sierra de Guadarrama, según "
          "los bomberos de la Comunidad de Madrid. El fuego se declaró cerca de Cercedilla.",
          "En los Picos de Europa y en la comarca de El Bierzo, la nieve ha cortado "
          "varias carreteras, mientras en Los Monegros sigue la sequía."],
         [["nottown", "Sierra de Guadarrama"], ["nottown", "Guadarrama"],
          ["ent", "Sierra de Guadarrama", ["LOC", "NONE"]],
          ["nottown", "Picos de Europa"], ["ent", "Picos de Europa", ["LOC", "NONE"]],
          ["nottown", "Bierzo"], ["nottown", "Monegros"]]),
    case("a05", "it", "Neve sulle Dolomiti, chiusi tre passi",
         ["La neve ha chiuso tre passi sulle Dolomiti, ha comunicato la Provincia di "
          "Bolzano. A Cortina d'Ampezzo gli impianti apriranno sabato.",
          "Nel Salento e nel Cilento invece la stagione degli ulivi è finita, mentre in "
          "Maremma si contano i danni della grandine."],
         [["nottown", "Dolomiti"], ["ent", "Dolomiti", ["LOC", "NONE"]],
          ["noplace", "Salento", "IT"], ["nottown", "Cilento"], ["nottown", "Maremma"],
          ["place", "Cortina d'Ampezzo", "country", "IT"]]),
    case("a06", "de", "Erster Schnee im Schwarzwald",
         ["Im Schwarzwald ist in der Nacht der erste Schnee gefallen, teilte der Deutsche "
          "Wetterdienst in Offenbach mit. Auf dem Feldberg lagen am Morgen zehn Zentimeter.",
          "Auch in der Eifel, im Harz und im Allgäu wurden Straßen gesperrt; im Spreewald "
          "froren die ersten Fließe zu."],
         [["nottown", "Schwarzwald"], ["ent", "Schwarzwald", ["LOC", "NONE"]],
          ["nottown", "Eifel"], ["nottown", "Harz"], ["nottown", "Allgäu"],
          ["nottown", "Spreewald"], ["place", "Offenbach", "country", "DE"]]),
    # --- a country's constituent parts (u: United Kingdom) ---
    case("u01", "en", "Rail strike spreads to Scotland and Wales",
         ["Train drivers in Scotland and Wales will join the strike on Monday, the union "
          "said, after talks failed in England. Services in Northern Ireland run as usual.",
          "In Carlisle, a town in England near the border, commuters were told to work from "
          "home."],
         [["place", "Scotland", "country", "GB"], ["place", "Wales", "country", "GB"],
          ["place", "England", "country", "GB"], ["place", "Northern Ireland", "country", "GB"],
          ["place", "Scotland", "kind", "region"], ["place", "England", "kind", "region"],
          ["distinct", "Scotland", "England"], ["distinct", "Wales", "England"],
          ["place", "Carlisle", "country", "GB"]]),
    case("u02", "fr", "Grève des trains en Écosse et au pays de Galles",
         ["Les conducteurs de train d'Écosse et du pays de Galles feront grève lundi, a "
          "annoncé leur syndicat, après l'échec des discussions en Angleterre. En Irlande "
          "du Nord, le trafic est normal.",
          "À Cardiff, la capitale galloise, les gares seront fermées."],
         [["place", "Écosse", "country", "GB"], ["place", "Angleterre", "country", "GB"],
          ["place", "Écosse", "kind", "region"], ["place", "Angleterre", "kind", "region"],
          ["place", "Irlande du Nord", "country", "GB"], ["distinct", "Écosse", "Angleterre"],
          ["place", "Cardiff", "country", "GB"]]),
    case("u03", "es", "Huelga de trenes en Escocia y Gales",
         ["Los maquinistas de Escocia y Gales irán a la huelga el lunes, según su sindicato, "
          "tras el fracaso de las negociaciones en Inglaterra.",
          "En Edimburgo, las estaciones cerrarán a mediodía."],
         [["place", "Escocia", "country", "GB"], ["place", "Inglaterra", "country", "GB"],
          ["place", "Escocia", "kind", "region"], ["place", "Inglaterra", "kind", "region"],
          ["distinct", "Escocia", "Inglaterra"], ["place", "Edimburgo", "country", "GB"]]),
    case("u04", "it", "Sciopero dei treni in Scozia e Galles",
         ["I macchinisti di Scozia e Galles sciopereranno lunedì, ha annunciato il "
          "sindacato, dopo il fallimento delle trattative in Inghilterra.",
          "A Glasgow le stazioni chiuderanno a mezzogiorno."],
         [["place", "Scozia", "country", "GB"], ["place", "Inghilterra", "country", "GB"],
          ["place", "Scozia", "kind", "region"], ["place", "Inghilterra", "kind", "region"],
          ["distinct", "Scozia", "Inghilterra"], ["place", "Glasgow", "country", "GB"]]),
    case("u05", "de", "Bahnstreik in Schottland und Wales",
         ["Die Lokführer in Schottland und Wales streiken am Montag, teilte die Gewerkschaft "
          "mit, nachdem die Gespräche in England gescheitert sind. In Nordirland fahren die "
          "Züge normal.",
          "In Aberdeen bleiben die Bahnhöfe geschlossen."],
         [["place", "Schottland", "country", "GB"], ["place", "England", "country", "GB"],
          ["place", "Schottland", "kind", "region"], ["place", "England", "kind", "region"],
          ["place", "Nordirland", "country", "GB"], ["distinct", "Schottland", "England"],
          ["place", "Aberdeen", "country", "GB"]]),
    # --- storms and hurricanes are events (s) ---
    case("s01", "fr", "La tempête Oriane prive 80 000 foyers d'électricité",
         ["La tempête Oriane a privé 80 000 foyers d'électricité en Bretagne dans la nuit, "
          "a indiqué Enedis. À Brest, des rafales à 150 km/h ont été mesurées.",
          "Aux Antilles, l'ouragan Florence s'est éloigné de la Guadeloupe sans faire de "
          "dégâts, et le cyclone Garance menace La Réunion."],
         [["notlabel", "Oriane", ["PER", "LOC"]], ["notlabel", "Florence", ["PER", "LOC"]],
          ["noplace", "Florence", None], ["notlabel", "Garance", ["PER", "LOC"]],
          ["place", "Brest", "country", "FR"]]),
    case("s02", "en", "Storm Kendal brings floods to Cumbria",
         ["Storm Kendal brought floods to Cumbria on Friday, the Environment Agency said, "
          "with 200 homes evacuated in Cockermouth.",
          "Across the Atlantic, Hurricane Austin weakened to a tropical storm off Florida, "
          "and Typhoon Darwin hit the north of Luzon."],
         [["notlabel", "Kendal", ["PER", "LOC"]], ["noplace", "Kendal", None],
          ["notlabel", "Austin", ["PER", "LOC"]], ["noplace", "Austin", None],
          ["notlabel", "Darwin", ["PER", "LOC"]], ["noplace", "Darwin", None],
          ["place", "Cockermouth", "country", "GB"]]),
    case("s03", "es", "La borrasca Aurora deja nieve en Castilla y León",
         ["La borrasca Aurora ha dejado hasta 40 centímetros de nieve en Castilla y León, "
          "según la Agencia Estatal de Meteorología. En Soria se cerraron los colegios.",
          "En México, el huracán Otis tocó tierra cerca de Acapulco y la tormenta tropical "
          "Victoria se disipa en el Pacífico."],
         [["notlabel", "Aurora", ["PER", "LOC"]], ["noplace", "Aurora", None],
          ["notlabel", "Otis", ["PER", "LOC"]], ["notlabel", "Victoria", ["PER", "LOC"]],
          ["noplace", "Victoria", None], ["place", "Soria", "country", "ES"],
          ["place", "Acapulco", "country", "MX"]]),
    case("s04", "it", "La tempesta Bettina flagella la Liguria",
         ["La tempesta Bettina ha flagellato la Liguria nella notte, ha detto la Protezione "
          "civile. A Savona le scuole resteranno chiuse.",
          "Ai Caraibi l'uragano Adriano si è rafforzato, mentre il ciclone Florence si "
          "allontana dalle Filippine."],
         [["notlabel", "Bettina", ["PER", "LOC"]], ["notlabel", "Adriano", ["PER", "LOC"]],
          ["notlabel", "Florence", ["PER", "LOC"]], ["noplace", "Florence", None],
          ["place", "Savona", "country", "IT"]]),
    case("s05", "de", "Sturmtief Gernot fegt über Norddeutschland",
         ["Sturmtief Gernot hat in der Nacht in Norddeutschland Bäume entwurzelt, teilte die "
          "Polizei in Bremen mit. Der Orkan Ludmilla erreicht am Sonntag die Nordsee.",
          "In der Karibik hat sich Hurrikan Victoria abgeschwächt."],
         [["notlabel", "Gernot", ["PER", "LOC"]], ["notlabel", "Ludmilla", ["PER", "LOC"]],
          ["notlabel", "Victoria", ["PER", "LOC"]], ["noplace", "Victoria", None],
          ["place", "Bremen", "country", "DE"]]),
    # --- halls, stadiums, firms, streets named after persons or towns (n) ---
    case("n01", "fr", "Le stade Pierre-Mauroy accueillera la finale",
         ["Le stade Pierre-Mauroy de Villeneuve-d'Ascq accueillera la finale en juin, a "
          "annoncé la ligue. Les élèves du lycée Jean-Moulin de Béziers iront en car.",
          "À Montreuil, un accident a bloqué la rue de Paris toute la matinée ; à Toulon, le "
          "boulevard de Strasbourg est fermé pour travaux."],
         [["notlabel", "Mauroy", ["PER"]], ["notlabel", "Jean-Moulin", ["PER"]],
          ["noplace", "Paris", None], ["noplace", "Strasbourg", None],
          ["place", "Montreuil", "country", "FR"], ["place", "Toulon", "country", "FR"],
          ["place", "Béziers", "country", "FR"]]),
    case("n02", "fr", "Renault Trucks et Saint-Gobain recrutent à Lyon",
         ["Renault Trucks va recruter 300 personnes dans son usine de Vénissieux, près de "
          "Lyon. Saint-Gobain annonce de son côté 120 embauches, a indiqué le groupe jeudi.",
          "Les salariés de Dassault Aviation à Mérignac ont voté la grève."],
         [["notlabel", "Renault", ["PER"]], ["noplace", "Saint-Gobain", None],
          ["notlabel", "Saint-Gobain", ["PER", "LOC"]], ["notlabel", "Dassault", ["PER"]],
          ["place", "Vénissieux", "country", "FR"], ["place", "Mérignac", "country", "FR"]]),
    case("n03", "en", "Roadworks close Oxford Street in Bolton",
         ["Roadworks will close Manchester Road in Bolton for three weeks, the council said. "
          "Fans heading to the Alan Turing Stadium in Preston should take the train.",
          "Rolls-Royce said it would hire 400 engineers at its plant in Derby."],
         [["noplace", "Manchester", None], ["notlabel", "Alan Turing", ["PER"]],
          ["notlabel", "Rolls-Royce", ["PER"]], ["place", "Bolton", "country", "GB"],
          ["place", "Preston", "country", "GB"], ["place", "Derby", "country", "GB"]]),
    case("n04", "es", "Obras en la calle de Toledo de Madrid",
         ["Las obras cortarán la calle de Toledo, en el centro de Madrid, hasta el viernes, "
          "informó el Ayuntamiento. Los aficionados que vayan al estadio Santiago Bernabéu "
          "deberán usar el metro.",
          "En Zaragoza, el hospital Miguel Servet abrirá una nueva planta, y la avenida de "
          "Valencia estará cortada."],
         [["noplace", "Toledo", None], ["notlabel", "Bernabéu", ["PER"]],
          ["noplace", "Santiago", None], ["notlabel", "Miguel Servet", ["PER"]],
          ["noplace", "Valencia", None], ["place", "Zaragoza", "country", "ES"]]),
    case("n05", "it", "Lavori in via Roma a Palermo",
         ["I lavori chiuderanno via Roma a Palermo fino a venerdì, ha detto il Comune. Chi va "
          "allo stadio Giuseppe Meazza di Milano domenica troverà bus navetta.",
          "A Verona corso Venezia resterà chiuso, e la Ferrari assumerà 200 operai a "
          "Maranello."],
         [["noplace", "Roma", None], ["notlabel", "Meazza", ["PER"]],
          ["noplace", "Venezia", None], ["notlabel", "Ferrari", ["PER"]],
          ["place", "Palermo", "country", "IT"], ["place", "Verona", "country", "IT"],
          ["place", "Maranello", "country", "IT"]]),
    case("n06", "de", "Baustelle in der Leipziger Straße in Halle",
         ["Die Baustelle am Willy-Brandt-Platz in Halle bleibt bis Freitag, teilte die Stadt "
          "mit. Besucher der Konrad-Adenauer-Halle sollen mit der Straßenbahn kommen.",
          "Carl Zeiss will in Jena 300 Stellen schaffen; in Dresden wird die Münchner Straße "
          "gesperrt."],
         [["notlabel", "Willy-Brandt", ["PER"]], ["notlabel", "Konrad-Adenauer", ["PER"]],
          ["notlabel", "Carl Zeiss", ["PER"]], ["place", "Jena", "country", "DE"],
          ["place", "Dresden", "country", "DE"]]),
]


if __name__ == "__main__":
    write_cases(HERE, CASES)
