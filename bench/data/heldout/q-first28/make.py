"""Writes articles.jsonl (q-first28 held-out set): each line one input file of a case,
in arrival order: {"case", "key", "name", "source" (the --source given, or null), "body"}."""
import json

BUS = [
    "Un car transportant une quarantaine de collégiens s'est renversé mercredi matin sur la "
    "route départementale 786 près de Lannion, dans les Côtes-d'Armor, blessant légèrement "
    "sept enfants et le chauffeur, a-t-on appris auprès de la préfecture.",
    "L'accident s'est produit vers 7h45 dans un virage, sur une chaussée rendue glissante par "
    "la pluie, selon les gendarmes, qui ont ouvert une enquête pour en déterminer les causes.",
    "« Les enfants ont été pris en charge très rapidement et aucun n'est dans un état "
    "grave », a déclaré le sous-préfet de Lannion, Bertrand Gauthier, sur les lieux.",
    "Une cellule d'écoute psychologique a été ouverte au collège Charles-Le-Goffic, où les "
    "familles ont été reçues dans la matinée. La circulation a été coupée pendant trois heures.",
    "Le conseil départemental, qui organise le transport scolaire, a annoncé une inspection "
    "de l'ensemble de ses véhicules d'ici la fin du mois.",
]
DAM = [
    "Une digue a cédé dans la nuit de jeudi à vendredi sur la Vilaine à Redon, en "
    "Ille-et-Vilaine, inondant une trentaine de maisons et obligeant les pompiers à évacuer "
    "une centaine d'habitants, a indiqué la préfecture.",
    "Les secours ont été alertés vers 2 heures par des riverains réveillés par le bruit de "
    "l'eau. Des barques ont été mobilisées pour rejoindre les maisons isolées du quartier du port.",
    "« L'eau est montée de près d'un mètre en moins d'une heure », a raconté le maire de Redon, "
    "Pascal Duchêne, qui a ouvert le gymnase municipal pour accueillir les sinistrés.",
    "Météo-France a maintenu la vigilance orange crues pour le département jusqu'à samedi "
    "matin. Une enquête doit établir pourquoi l'ouvrage, inspecté en 2024, n'a pas résisté.",
]
SHARK = [
    "Un requin bouledogue d'environ trois mètres a été aperçu samedi en fin d'après-midi au "
    "large de la plage des Roches Noires, à Saint-Gilles, sur la côte ouest de La Réunion, a "
    "indiqué la mairie de Saint-Paul, qui a interdit la baignade.",
    "Ce sont des pêcheurs qui ont donné l'alerte vers 17 heures. Les vigies requins ont été "
    "déployées et le drapeau rouge hissé sur l'ensemble des plages de la commune.",
    "La baignade restera interdite au moins jusqu'à lundi matin, selon un arrêté municipal. "
    "Le dernier accident à La Réunion remonte à 2019.",
]


def edit(paras, i, old, new):
    out = list(paras)
    out[i] = out[i].replace(old, new)
    return out


def capture(outlet, section, title, when, byline, paras):
    return "\n\n".join([outlet, "Rechercher", f"Accueil  Infos  {section}  Sport", "", title,
                        when, byline, *paras, "Partager sur Facebook  Partager sur X"]) + "\n"


def html(host, site, path, title, iso, byline, paras):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": title, "datePublished": iso,
                     "author": [{"@type": "Organization", "name": byline}],
                     "publisher": {"@type": "Organization", "name": site}},
                    ensure_ascii=False)
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="https://{host}/{path}">'
            f'<meta property="og:site_name" content="{site}">'
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            f'<h1>{title}</h1><p class="byline">{byline}</p>{body}</article></body></html>')


def record(url, source, title, published, authors, paras):
    return json.dumps({"url": url, "source": source, "title": title, "published": published,
                       "authors": authors, "language": "fr", "text": "\n\n".join(paras)},
                      ensure_ascii=False) + "\n"


BUS_CAPTURE = capture("ici Armorique", "Côtes-d'Armor",
                      "Un car scolaire se renverse près de Lannion : sept collégiens légèrement blessés",
                      "Mercredi 11 mars 2026 à 11:40", "Par ici Armorique avec AFP",
                      edit(BUS, 1, "gendarmes", "gendarmes de Lannion"))
BUS_HTML = html("www.ouest-france.fr", "Ouest-France", "bretagne/lannion/car-scolaire-renverse",
                "Lannion : un car scolaire se renverse, sept enfants blessés",
                "2026-03-11T11:05:00+01:00", "Ouest-France avec AFP",
                edit(BUS, 3, "La circulation", "La route départementale"))
BUS_AFP = json.dumps({"uri": "urn:newsml:afp.com:20260311:car-lannion", "type": "text",
                      "version": 1, "firstcreated": "2026-03-11T10:35:00+01:00",
                      "versioncreated": "2026-03-11T10:35:00+01:00", "language": "fr",
                      "headline": "Un car scolaire se renverse dans les Côtes-d'Armor, sept enfants légèrement blessés",
                      "body_text": "\n\n".join(["LANNION (AFP) - " + BUS[0], *BUS[1:]])},
                     ensure_ascii=False)
BUS_JSONL = record("https://www.20minutes.fr/faits_divers/car-scolaire-lannion", "20 Minutes",
                   "Côtes-d'Armor : Un car scolaire se renverse, sept collégiens blessés",
                   "2026-03-11T12:10:00", ["20 Minutes avec AFP"],
                   edit(BUS, 2, "sur les lieux", "sur place"))
DAM_CAPTURE = capture("ici Ille-et-Vilaine", "Ille-et-Vilaine",
                      "Redon : une digue cède sur la Vilaine, une centaine d'habitants évacués",
                      "Vendredi 13 mars 2026 à 07:50", "Par ici Ille-et-Vilaine avec AFP",
                      edit(DAM, 1, "Des barques", "Plusieurs barques"))
DAM_HTML = html("www.letelegramme.fr", "Le Télégramme", "ille-et-vilaine/redon/digue-vilaine",
                "À Redon, la digue de la Vilaine cède et inonde une trentaine de maisons",
                "2026-03-13T08:10:00+01:00", "Le Télégramme avec AFP",
                edit(DAM, 3, "Une enquête", "Une expertise"))
DAM_HTML_LATE = html("www.lefigaro.fr", "Le Figaro", "actualite-france/redon-digue",
                     "Ille-et-Vilaine : une digue cède à Redon, cent personnes évacuées",
                     "2026-03-13T08:40:00+01:00", "Le Figaro avec AFP",
                     edit(DAM, 2, "a raconté", "a témoigné"))
SHARK_CAPTURE = capture("Réunion la 1ère", "Faits divers",
                        "Saint-Gilles : un requin aperçu aux Roches Noires, baignade interdite",
                        "Publié le 14 mars 2026 à 18h30", "Par la rédaction", SHARK)
SHARK_PARIS = html("actu.fr", "actu.fr", "la-reunion/saint-paul_97415/requin-roches-noires",
                   "La Réunion : un requin repéré au large de Saint-Gilles",
                   "2026-03-14T16:00:00+01:00", "Actu Réunion",
                   edit(SHARK, 1, "Les vigies", "Des vigies"))

CASES = {
    # two copies crediting AFP, the dispatch absent: the capture's zone-less 11:40 is
    # Paris time (a Breton outlet), after Ouest-France's stated 11:05
    "1-siblings-capture-first": [("bus-ici.txt", "ici-armorique.fr", BUS_CAPTURE),
                                 ("bus-of.html", None, BUS_HTML)],
    "2-siblings-html-first": [("bus-of.html", None, BUS_HTML),
                              ("bus-ici.txt", "ici-armorique.fr", BUS_CAPTURE)],
    # the AFP dispatch with a credited capture: AFP first, no tie, either order
    "3-agency-capture-first": [("bus-ici.txt", "ici-armorique.fr", BUS_CAPTURE),
                               ("bus-afp.json", None, BUS_AFP)],
    "4-agency-first": [("bus-afp.json", None, BUS_AFP),
                       ("bus-ici.txt", "ici-armorique.fr", BUS_CAPTURE)],
    # three credited copies, two zone-less (.fr record, capture), the earliest stated
    "5-three-copies": [("bus-ici.txt", "ici-armorique.fr", BUS_CAPTURE),
                       ("bus-20min.jsonl", None, BUS_JSONL), ("bus-of.html", None, BUS_HTML)],
    # the zone-less capture is the earliest by its own (Paris) clock: 07:50 < 08:10
    "6-capture-earliest": [("dam-tlg.html", None, DAM_HTML),
                           ("dam-ici.txt", "ici-ille-et-vilaine.fr", DAM_CAPTURE)],
    # three copies crediting AFP, all stated but one, arriving latest-first
    "7-three-latest-first": [("dam-fig.html", None, DAM_HTML_LATE),
                             ("dam-ici.txt", "ici-ille-et-vilaine.fr", DAM_CAPTURE),
                             ("dam-tlg.html", None, DAM_HTML)],
    # control: an overseas outlet (its page names La Réunion) on a .fr domain, zone-less
    # 18:30 (14:30 UTC on its clock, 17:30 UTC in Paris) vs a Paris copy 16:00+01:00
    # (15:00 UTC): the order is unknown, the first seen stays the original, both named
    "8-overseas-control": [("shark-la1ere.txt", "la1ere.francetvinfo.fr", SHARK_CAPTURE),
                           ("shark-actu.html", None, SHARK_PARIS)],
}
with open("articles.jsonl", "w", encoding="utf-8") as out:
    for case, files in CASES.items():
        for name, source, body in files:
            out.write(json.dumps({"case": case, "name": name, "source": source, "body": body},
                                 ensure_ascii=False) + "\n")
