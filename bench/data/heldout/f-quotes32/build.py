#!/usr/bin/env python3
"""f-quotes32 held-out set: speakers after a title + organisation, feminine pronoun incises
after a body, scare-quoted words, long English titles before a name, titled names shown as
speakers, transliterated place spellings, and place:/--speaker queries. Written 2026-12-04 by
the f-quotes32 helper before any veille output on it. Invented events and people; real places
and outlets' domains (URLs under /f32/).

`python3 build.py` writes articles.jsonl and gold.json (t-enrich22 format, plus "queries").
"""
import json
import pathlib

# (language, outlet URL base, outlet name, title, text, quotes [(snippet, [speakers], kind)],
#  PER, ORG, places [(surface, INSEE, country)])
A = [
    ("fr", "https://www.estrepublicain.fr", "L'Est Républicain",
     "Besançon : le tram prolongé jusqu'à Chalezeule",
     "Le tramway de Besançon sera prolongé de trois kilomètres vers Chalezeule d'ici 2029.\n\n"
     "« Ce prolongement rapproche enfin les quartiers est du centre-ville », a indiqué la "
     "présidente de Grand Besançon Métropole, Claire Jourdain. Les travaux commenceront à "
     "l'automne.",
     [("Ce prolongement rapproche", ["Claire Jourdain"], "apposition_title_org")],
     ["Claire Jourdain"], ["Grand Besançon Métropole"],
     [("Besançon", "25056", "FR"), ("Chalezeule", "25111", "FR")]),
    ("fr", "https://www.midilibre.fr", "Midi Libre",
     "Montpellier : la gratuité des transports étendue aux retraités",
     "La gratuité du réseau de bus et de tramway sera étendue aux retraités dès février.\n\n"
     "« Personne ne doit renoncer à se déplacer faute de moyens », a expliqué le vice-président "
     "de Montpellier Méditerranée Métropole, Julien Carrère, lors du conseil de mardi. "
     "L'opposition dénonce un coût de 9 millions d'euros.",
     [("Personne ne doit renoncer", ["Julien Carrère"], "apposition_title_org")],
     ["Julien Carrère"], ["Montpellier Méditerranée Métropole"],
     [("Montpellier", "34172", "FR")]),
    ("fr", "https://www.ouest-france.fr", "Ouest-France",
     "Quimper : l'hôpital manque de médecins urgentistes",
     "Le maire de Quimper, Olivier Le Gall, s'inquiète de la fermeture partielle des urgences. "
     "« Nous ne pouvons pas laisser la Cornouaille sans urgences la nuit », a-t-il déclaré "
     "lundi.\n\nLe directeur de l'hôpital, Yann Kerjean, promet des renforts pour l'été.\n\n"
     "D'après l'agence régionale de santé, quinze postes restent vacants. « Le recrutement "
     "demeure difficile dans tout le Finistère », reconnaissait-elle dans un courrier aux élus.",
     [("Nous ne pouvons pas laisser", ["Olivier Le Gall"], "pronoun"),
      ("Le recrutement demeure difficile", ["agence régionale de santé", "ARS"],
       "pronoun_feminine_body")],
     ["Olivier Le Gall", "Yann Kerjean"], ["agence régionale de santé"],
     [("Quimper", "29232", "FR"), ("Finistère", None, "FR")]),
    ("fr", "https://www.lanouvellerepublique.fr", "La Nouvelle République",
     "Tours : la métropole épinglée pour ses frais de réception",
     "Le président de Tours Métropole, Frédéric Morin, a défendu sa gestion jeudi. « Tout a "
     "été voté en conseil », a-t-il assuré.\n\nPour la conseillère d'opposition Hélène Biard, "
     "« la transparence n'y est pas ».\n\nSelon la Cour des comptes, les frais ont doublé en "
     "quatre ans. « Aucun contrôle interne n'a été mis en place », relevait-elle dans son "
     "rapport de juin.",
     [("Tout a été voté", ["Frédéric Morin"], "pronoun"),
      ("la transparence n'y est pas", ["Hélène Biard"], "pour_le"),
      ("Aucun contrôle interne", ["Cour des comptes"], "pronoun_feminine_body")],
     ["Frédéric Morin", "Hélène Biard"], ["Tours Métropole", "Cour des comptes"],
     [("Tours", "37261", "FR")]),
    ("fr", "https://www.la-croix.com", "La Croix",
     "Syrie : des affrontements près de Deir ez-Zor",
     "De violents combats ont opposé mardi les Forces démocratiques syriennes à des cellules "
     "de l'EI près de Deir ez-Zor, dans l'est de la Syrie.\n\nL'EI, qui se dit toujours à la "
     "tête d'un « émirat », a revendiqué l'attaque. Les habitants de Deir ez-Zor ont fui vers "
     "Hassaké. « La route de l'Euphrate n'est plus sûre », a déclaré un responsable kurde, "
     "Ahmad Darwish.",
     [("La route de l'Euphrate", ["Ahmad Darwish"], "apposition_after_verb")],
     ["Ahmad Darwish"], ["Forces démocratiques syriennes", "EI"],
     [("Deir ez-Zor", None, "SY"), ("Syrie", None, "SY"), ("Hassaké", None, "SY")]),
    ("en", "https://www.aljazeera.com", "Al Jazeera",
     "Fighting flares near Deir al-Zor as ISIL cells regroup",
     "Kurdish-led forces clashed with ISIL (ISIS) cells on Tuesday near Deir al-Zor in eastern "
     "Syria, local officials said.\n\nResidents fled towards Raqqa. \"Nobody can travel the "
     "river road at night,\" said Omar Khalil, a teacher from Deir al-Zor.",
     [("Nobody can travel the river road", ["Omar Khalil"], "en_apposition")],
     ["Omar Khalil"], ["ISIL"],
     [("Deir al-Zor", None, "SY"), ("Syria", None, "SY"), ("Raqqa", None, "SY")]),
    ("fr", "https://www.lemonde.fr", "Le Monde",
     "Climat : les « gilets jaunes » de la sobriété",
     "Le gouvernement présente son plan de « sobriété » énergétique, que la CGT juge "
     "« punitif ».\n\n« Ce plan demande tout aux salariés et rien aux entreprises », a "
     "dénoncé la secrétaire générale de la CGT, Sophie Binet.\n\nÀ Marseille et en "
     "Seine-Saint-Denis, des rassemblements sont prévus samedi.",
     [("Ce plan demande tout aux salariés", ["Sophie Binet"], "apposition_after_verb")],
     ["Sophie Binet"], ["CGT"],
     [("Marseille", "13055", "FR"), ("Seine-Saint-Denis", None, "FR")]),
    ("en", "https://www.theguardian.com", "The Guardian",
     "Beirut braces for more strikes",
     "Residents of Beirut's southern suburbs spent another night in the \"safe\" basements "
     "of schools.\n\n\"We have nowhere else to go,\" said Rana Haddad, a nurse. The "
     "so-called \"buffer zone\" now reaches the Litani river.",
     [("We have nowhere else to go", ["Rana Haddad"], "en_apposition")],
     ["Rana Haddad"], [],
     [("Beirut", None, "LB")]),
    ("en", "https://www.abc.net.au", "ABC News",
     "Grampians fire: residents of Halls Gap told to leave",
     "Residents of Halls Gap were told to evacuate on Thursday as a bushfire in the Grampians "
     "National Park crossed the Mount Victory Road.\n\n\"Do not wait for a knock on the "
     "door,\" Country Fire Authority deputy chief officer Gavin Reilly told reporters in "
     "Stawell. The fire has burned 4,000 hectares.",
     [("Do not wait for a knock", ["Gavin Reilly"], "en_long_title")],
     ["Gavin Reilly"], ["Country Fire Authority"],
     [("Halls Gap", None, "AU"), ("Stawell", None, "AU")]),
    ("en", "https://www.kxii.com", "KXII",
     "Paris police investigate downtown break-ins",
     "PARIS, Texas — Three stores on the downtown plaza in Paris were broken into overnight, "
     "police said Tuesday.\n\n\"We believe the same group hit all three businesses,\" Lamar "
     "County Sheriff Dale Hutchins said. Stores in Clarksville were hit last month.",
     [("We believe the same group", ["Dale Hutchins"], "en_title_display")],
     ["Dale Hutchins"], [],
     [("Paris", None, "US"), ("Clarksville", None, "US")]),
    ("en", "https://www.pressherald.com", "Portland Press Herald",
     "Portland ferry service cut for winter",
     "PORTLAND, Maine — Casco Bay Lines will cut ferry runs to Peaks Island from January, "
     "the company said.\n\n\"The crews are stretched thin,\" Casco Bay Lines general manager "
     "Hank Berube said on Monday. Islanders plan to protest at Portland City Hall.",
     [("The crews are stretched thin", ["Hank Berube"], "en_long_title")],
     ["Hank Berube"], ["Casco Bay Lines"],
     [("Portland", None, "US"), ("Peaks Island", None, "US")]),
    ("en", "https://www.nzherald.co.nz", "NZ Herald",
     "Hamilton water restrictions tightened",
     "Hamilton residents face a total sprinkler ban from Saturday as river levels fall.\n\n"
     "\"Every litre counts this summer,\" Waikato Regional Council natural hazards manager "
     "Priya Nand said. Tauranga is considering similar steps.",
     [("Every litre counts", ["Priya Nand"], "en_long_title")],
     ["Priya Nand"], ["Waikato Regional Council"],
     [("Hamilton", None, "NZ"), ("Tauranga", None, "NZ")]),
    ("fr", "https://www.lefigaro.fr", "Le Figaro",
     "Irak : attentat à Mossoul",
     "Un attentat a fait quatre morts lundi sur un marché de Mossoul, dans le nord de l'Irak. "
     "Le groupe, qui rêve toujours de son « califat », n'a pas revendiqué.\n\n« Les auteurs "
     "seront retrouvés », a promis le porte-parole du ministère irakien de l'Intérieur, "
     "Saad Maan.",
     [("Les auteurs seront retrouvés", ["Saad Maan"], "apposition_title_org")],
     ["Saad Maan"], ["ministère irakien de l'Intérieur"],
     [("Mossoul", None, "IQ"), ("Irak", None, "IQ")]),
    ("en", "https://www.reuters.com", "Reuters",
     "Mosul market blast kills four",
     "A bomb killed four people at a market in Mosul on Monday, Iraqi officials said.\n\n"
     "\"The perpetrators will be found,\" Interior Ministry spokesman Saad Maan told "
     "reporters in Baghdad.",
     [("The perpetrators will be found", ["Saad Maan"], "en_long_title")],
     ["Saad Maan"], ["Interior Ministry"],
     [("Mosul", None, "IQ"), ("Baghdad", None, "IQ")]),
    ("fr", "https://www.ledauphine.com", "Le Dauphiné libéré",
     "Grenoble : le téléphérique de la Bastille fermé un mois",
     "Le téléphérique de la Bastille sera fermé tout le mois de janvier pour travaux.\n\n"
     "« C'est une révision indispensable après quarante ans de service », a précisé le "
     "directeur de la Régie du téléphérique Grenoble Bastille, Marc Chevallier. Les "
     "navettes vers Saint-Égrève sont maintenues.",
     [("C'est une révision indispensable", ["Marc Chevallier"], "apposition_title_org")],
     ["Marc Chevallier"], ["Régie du téléphérique Grenoble Bastille"],
     [("Grenoble", "38185", "FR"), ("Saint-Égrève", "38382", "FR")]),
]

# Queries run on the store of these articles: (kind, argument, expected article ids or
# quote speakers). kind "place": `veille search --json 'place:"ARG"'` must find exactly these
# articles; kind "speaker": `veille quotes --speaker ARG --json` must succeed and list these.
Q = [
    ("place", "Deir ez-Zor", ["fr05", "en06"]),
    ("place", "Deir al-Zor", ["fr05", "en06"]),
    ("place", "Mossoul", ["fr13", "en14"]),
    ("place", "Mosul", ["fr13", "en14"]),
    ("place", "Paris (Texas)", ["en10"]),
    ("place", "Paris (Etats-Unis)", ["en10"]),
    ("place", "Portland (Maine)", ["en11"]),
    ("place", "Hamilton (New Zealand)", ["en12"]),
    ("place", "Hamilton (Nouvelle-Zélande)", ["en12"]),
    ("place", "Halls Gap (Victoria)", ["en09"]),
    ("place", "Grenoble (Isère)", ["fr15"]),
    ("speaker", "Saad Maan", ["Saad Maan", "Saad Maan"]),
    ("speaker", "CGT", []),
    ("speaker", "EI", []),
]

here = pathlib.Path(__file__).parent
records, gold = [], []
for i, (lang, base, outlet, title, text, quotes, per, org, places) in enumerate(A, 1):
    url = f"{base}/f32/{lang}{i:02d}"
    records.append({"title": title, "url": url, "source": outlet, "language": lang,
                    "published": "2026-12-03T10:00:00+00:00", "text": text})
    gold.append({"id": f"{lang}{i:02d}", "url": url, "source": outlet,
                 "published": "2026-12-03T10:00:00+00:00", "language": lang,
                 "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                            for s, sp, k in quotes],
                 "entities": {"PER": per, "ORG": org},
                 "places": [{"surface": s, "insee": c, "country": cc} for s, c, cc in places],
                 "dates": []})
(here / "articles.jsonl").write_text(
    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
(here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), "utf-8")
(here / "queries.json").write_text(json.dumps(Q, ensure_ascii=False, indent=1), "utf-8")
