#!/usr/bin/env python3
"""Build the r-kinds52 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-kinds52, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py, the h-t49b place checks, and (score.py) ``["part", short, long]``:
every mention written ``short`` is either no entity or the entity of the mention ``long``
(a fragment of a longer name in the same article is no second entity).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rkinds52/"


def case(slug, lang, source, published, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": source,
            "url": U + slug, "published": published, "checks": checks}


NOT_ORG_LOC = ["MISC", "NONE"]
CASES = [
    case("m01", "fr", "La Dépêche", "2026-12-02T09:00:00+01:00",
         "Aéronautique : Corsair reçoit son nouvel appareil à Blagnac",
         ["La compagnie Corsair a pris livraison mardi à Blagnac de son quatrième A330neo, "
          "a indiqué la direction.",
          "« Cet avion consomme un quart de kérosène en moins que le B747 », a expliqué son "
          "directeur général, Pascal de Izaguirre.",
          "Le constructeur prévoit aussi de livrer trois A350F d'ici l'été."],
         [["ent", "A330neo", NOT_ORG_LOC], ["ent", "B747", NOT_ORG_LOC],
          ["ent", "A350F", NOT_ORG_LOC], ["ent", "Corsair", ["ORG"]],
          ["spk", "consomme un quart", ["Pascal de Izaguirre"]]]),
    case("m02", "fr", "L'Est Républicain", "2026-12-03T10:00:00+01:00",
         "Automobile : la production de la nouvelle citadine démarre à Sochaux",
         ["Stellantis a lancé jeudi à Sochaux la fabrication de la Peugeot e208, dont les "
          "premiers exemplaires seront livrés en janvier.",
          "Le site produit déjà le SUV 3008 et la DS7, a rappelé le directeur de l'usine.",
          "Côté téléphonie, le Galaxy S26 de Samsung sera assemblé en Hongrie."],
         [["ent", "e208", NOT_ORG_LOC], ["ent", "Peugeot e208", NOT_ORG_LOC],
          ["ent", "DS7", NOT_ORG_LOC], ["ent", "Galaxy S26", NOT_ORG_LOC],
          ["ent", "Stellantis", ["ORG"]], ["place", "Sochaux", "country", "FR"]]),
    case("m03", "fr", "Le Courrier picard", "2026-12-01T08:00:00+01:00",
         "Fuite d'ammoniac : l'usine Saipol de Venette mise à l'arrêt",
         ["Une fuite d'ammoniac a été détectée lundi soir dans l'usine Saipol de Venette, près "
          "de Compiègne.",
          "Les riverains redoutent une nouvelle catastrophe d'AZF, et l'association locale "
          "demande des comptes à l'usine Tereos voisine.",
          "La préfecture de l'Oise a levé le confinement mardi matin."],
         [["ent", "Saipol", ["ORG", "NONE"]], ["ent", "AZF", ["ORG", "NONE", "MISC"]],
          ["ent", "Tereos", ["ORG", "NONE"]], ["noplace", "Saipol", None],
          ["place", "Compiègne", "country", "FR"]]),
    case("m04", "fr", "Paris-Normandie", "2026-12-04T07:00:00+01:00",
         "Incendie industriel : le souvenir de la catastrophe de Lubrizol ravivé au Havre",
         ["Un feu s'est déclaré mercredi dans un entrepôt de la zone industrielle du Havre.",
          "Dans l'agglomération, beaucoup ont pensé à la catastrophe de Lubrizol et à "
          "l'explosion de l'usine Grande Paroisse.",
          "Le site voisin du groupe Yara a été évacué par précaution."],
         [["ent", "Lubrizol", ["ORG", "NONE"]], ["ent", "Grande Paroisse", ["ORG", "NONE"]],
          ["ent", "Yara", ["ORG", "NONE"]], ["noplace", "Lubrizol", None],
          ["place", "Havre", "country", "FR"]]),
    case("m05", "en", "The Northern Courier", "2026-12-02T18:00:00+00:00",
         "Peers vote down planning bill amendment",
         ["Peers in the House of Lords voted on Tuesday to reject an amendment to the planning "
          "bill, after a long debate.",
          "The bill now returns to the House of Commons, where ministers hope to pass it "
          "before Christmas.",
          "In Washington, the House of Representatives adjourned for the holidays."],
         [["part", "House", "House of Lords"], ["part", "House", "House of Commons"],
          ["ent", "House", ["NONE"]], ["ent", "Lords", ["NONE"]],
          ["ent", "Commons", ["NONE"]], ["place", "Washington", "country", "US"]]),
    case("m06", "fr", "Le Parisien", "2026-12-03T06:30:00+01:00",
         "Ligne 14 : la station Villejuif Institut Gustave-Roussy ouvre enfin",
         ["La RATP a ouvert samedi la station Villejuif Institut Gustave-Roussy, au sud de la "
          "ligne 14.",
          "À Marseille, la ligne 2 du métro dessert désormais la station Hôpital Nord, et à "
          "Lille le tram rejoint la station Gare Lille Europe.",
          "Les travaux ont coûté 300 millions d'euros."],
         [["ent", "Nord", ["NONE"]], ["ent", "Europe", ["NONE"]], ["ent", "Institut",
                                                                     ["NONE"]],
          ["place", "Villejuif", "country", "FR"], ["place", "Marseille", "country", "FR"]]),
    case("m07", "fr", "Ouest-France", "2026-12-04T12:00:00+01:00",
         "Nantes : grève au Centre hospitalier universitaire",
         ["Les soignants du Centre hospitalier universitaire de Nantes ont cessé le travail "
          "jeudi à l'appel de SUD Santé.",
          "La direction du Centre hospitalier universitaire de Nantes dit avoir reçu une "
          "délégation.",
          "Un rassemblement est prévu vendredi devant la préfecture de Loire-Atlantique."],
         [["part", "Centre hospitalier universitaire",
           "Centre hospitalier universitaire de Nantes"],
          ["place", "Nantes", "country", "FR"]]),
    case("m08", "fr", "Le Figaro", "2026-12-02T16:00:00+01:00",
         "Inondations : le gouvernement débloque une aide d'urgence",
         ["Le ministre de l'Intérieur Laurent Nuñez a annoncé l'envoi de renforts dans le "
          "Pas-de-Calais et a promis que « tous les moyens de l'État » seraient mobilisés.",
          "La maire de Montreuil-sur-Mer, Claire Lefebvre, a visité les quartiers sinistrés et "
          "a assuré que « personne ne sera oublié ».",
          "Le Premier ministre a salué « l'engagement exceptionnel des secouristes »."],
         [["spk", "tous les moyens de l", ["Laurent Nuñez"]],
          ["spk", "personne ne sera oublie", ["Claire Lefebvre"]],
          ["spk", "engagement exceptionnel", ["Premier ministre", None]],
          ["noent", "a annoncé"], ["noent", "a visité"]]),
    case("m09", "fr", "Le Quotidien", "2026-12-03T11:00:00+01:00",
         "Luxembourg : le Minett veut attirer les start-up",
         ["Les communes du Minett, l'ancien bassin sidérurgique du sud du Grand-Duché, ont "
          "présenté mardi un plan commun à Esch-sur-Alzette.",
          "Dans le Kochersberg, en Alsace, un projet similaire est à l'étude.",
          "La présidente du syndicat intercommunal a salué « un tournant pour la région »."],
         [["ent", "Minett", ["LOC", "NONE"]], ["ent", "Kochersberg", ["LOC", "NONE"]],
          ["place", "Esch-sur-Alzette", "country", "LU"]]),
    case("m10", "pt", "Diário de Lisboa", "2026-12-02T13:00:00+00:00",
         "Greve dos médicos adiada para janeiro",
         ["\"Chegámos a um entendimento sobre as horas extraordinárias\", afirmou a ministra "
          "da Saúde, Ana Paula Martins, em Lisboa.",
          "\"Vamos manter a vigilância\", disse o presidente do sindicato, João Proença.",
          "A greve estava prevista para a próxima semana."],
         [["spk", "Chegamos a um entendimento", ["Ana Paula Martins", "ministra da Saude"]],
          ["spk", "Vamos manter a vigilancia", ["João Proença", "presidente do sindicato"]]]),
    case("m11", "es", "Diario del Norte", "2026-12-03T12:00:00+01:00",
         "El Ayuntamiento de Bilbao aprueba el nuevo plan de movilidad",
         ["\"Es un día histórico para la ciudad\", afirmó el alcalde, Juan Mari Aburto, tras "
          "el pleno.",
          "La oposición criticó el coste del tranvía hasta el Hospital de Basurto.",
          "El nuevo autobús eléctrico, el modelo e-Citaro de Mercedes, llegará en marzo."],
         [["spk", "dia historico", ["Juan Mari Aburto", "alcalde"]],
          ["ent", "e-Citaro", NOT_ORG_LOC]]),
    case("m12", "ru", "Северные новости", "2026-12-03T09:00:00+03:00",
         "В Санкт-Петербурге ожидается сильный мороз",
         ["«Такие морозы в начале декабря бывают раз в двадцать лет», — сказал синоптик "
          "Михаил Леус.",
          "«Все службы города работают в усиленном режиме», — заявила Ирина Котова.",
          "Температура опустится до минус 25 градусов."],
         [["spk", "Такие морозы", ["Михаил Леус", "синоптик Михаил Леус"]],
          ["spk", "Все службы города", ["Ирина Котова"]]]),
    case("m13", "en", "Midlands Post", "2026-12-04T14:00:00+00:00",
         "Airline grounds jets after engine fault",
         ["The airline said on Thursday it had grounded four A321neo jets after an engine "
          "fault was found at Birmingham Airport.",
          "Its rival is still waiting for the Boeing 737-10 to be certified.",
          "\"Safety comes first,\" said the airline's chief executive, Mark Dalton."],
         [["ent", "A321neo", NOT_ORG_LOC], ["ent", "737-10", NOT_ORG_LOC],
          ["spk", "Safety comes first", ["Mark Dalton"]]]),
    case("m14", "fr", "Sud Ouest", "2026-12-01T07:00:00+01:00",
         "Bordeaux : le premier ministre Jean Castex en visite",
         ["Le président du conseil départemental de la Gironde, Jean-Luc Gleyze, a reçu lundi "
          "les maires du Médoc et a rappelé que « l'eau potable n'attend pas ».",
          "L'entreprise Ford avait fermé son usine de Blanquefort en 2019.",
          "La chaîne France 24 a consacré un reportage à la reconversion du site."],
         [["spk", "l'eau potable n'attend pas", ["Jean-Luc Gleyze"]],
          ["noent", "a reçu"], ["ent", "France 24", ["ORG", "NONE"]],
          ["ent", "Ford", ["ORG"]], ["place", "Blanquefort", "country", "FR"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)
