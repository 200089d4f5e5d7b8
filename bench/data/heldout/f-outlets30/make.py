"""Write the held-out inputs of f-outlets30 into ./inputs (invented news, free to reuse)."""
import json
from pathlib import Path

OUT = Path(__file__).with_name("inputs")
OUT.mkdir(exist_ok=True)


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def rss(name: str, title: str, link: str, items: list[dict]) -> None:
    body = "".join(
        f"<item><title>{i['title']}</title><link>{i['url']}</link><guid>{i['url']}</guid>"
        f"<pubDate>{i['date']}</pubDate><content:encoded><![CDATA[{i['html']}]]>"
        "</content:encoded></item>" for i in items)
    (OUT / name).write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>{link}</link><description>Le fil</description>"
        f"<language>fr</language>{body}</channel></rss>\n", encoding="utf-8")


def atom(name: str, title: str, link: str, items: list[dict]) -> None:
    body = "".join(
        f"<entry><title>{i['title']}</title><link href=\"{i['url']}\"/><id>{i['url']}</id>"
        f"<updated>{i['date']}</updated><content type=\"html\"><![CDATA[{i['html']}]]>"
        "</content></entry>" for i in items)
    (OUT / name).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:lang="fr"><title>{title}</title><link href="{link}"/><id>{link}</id>'
        f"<updated>2026-12-03T10:00:00+01:00</updated>{body}</feed>\n", encoding="utf-8")


def jsonfeed(name: str, title: str, link: str, items: list[dict]) -> None:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": title,
           "home_page_url": link, "language": "fr",
           "items": [{"id": i["url"], "url": i["url"], "title": i["title"],
                      "date_published": i["date"], "content_html": i["html"]}
                     for i in items]}
    (OUT / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


def page(name: str, url: str, title: str, date: str, html: str, *, og: str = "",
         publisher: str = "", title_suffix: str = "") -> None:
    meta = f'<meta property="og:site_name" content="{og}">' if og else ""
    ld = ("<script type=\"application/ld+json\">" + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
         "datePublished": date, "publisher": {"@type": "Organization", "name": publisher}},
        ensure_ascii=False) + "</script>") if publisher else ""
    (OUT / name).write_text(
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}'
        f'{title_suffix}</title><link rel="canonical" href="{url}">{meta}{ld}</head><body>'
        f'<article><h1>{title}</h1><time datetime="{date}">{date}</time>{html}</article>'
        "</body></html>\n", encoding="utf-8")


# --- outlet names from feed titles -------------------------------------------------
rss("01-liberation.rss", "Libération - Politique", "https://www.liberation.fr/", [{
    "title": "Réforme des retraites : le Sénat adopte un amendement sur les carrières longues",
    "url": "https://www.liberation.fr/politique/reforme-retraites-senat-carrieres-longues/",
    "date": "Wed, 02 Dec 2026 18:40:00 +0100",
    "html": paras("Le Sénat a adopté mercredi soir, par 198 voix contre 131, un amendement "
                  "élargissant le dispositif des carrières longues aux personnes ayant "
                  "commencé à travailler avant 21 ans.",
                  "Le rapporteur du texte, le sénateur Gérald Marquet, a salué « un geste "
                  "de justice » pour les métiers pénibles. Le gouvernement s'en est remis "
                  "à la sagesse de la chambre haute.",
                  "Le texte doit encore passer en commission mixte paritaire la semaine "
                  "prochaine.")}])
atom("02-sudouest.atom", "Actualités | Sud Ouest", "https://www.sudouest.fr/", [{
    "title": "Bordeaux : le tramway D prolongé jusqu'à Saint-Médard-en-Jalles en 2028",
    "url": "https://www.sudouest.fr/gironde/bordeaux/tramway-d-prolonge-saint-medard-2028.php",
    "date": "2026-12-02T07:30:00+01:00",
    "html": paras("Bordeaux Métropole a voté vendredi le prolongement de la ligne D du "
                  "tramway jusqu'au centre de Saint-Médard-en-Jalles, pour une mise en "
                  "service prévue à l'automne 2028.",
                  "Le chantier, estimé à 94 millions d'euros, comprend six nouvelles "
                  "stations et un parking relais de 400 places.",
                  "« Nous attendions ce prolongement depuis dix ans », a réagi la maire "
                  "de la commune, Sylvie Lacombe.")}])
jsonfeed("03-lavoixdunord.json", "La Voix du Nord : Faits divers",
         "https://www.lavoixdunord.fr/", [{
             "title": "Roubaix : un entrepôt de textile ravagé par les flammes",
             "url": "https://www.lavoixdunord.fr/region/roubaix-entrepot-textile-incendie",
             "date": "2026-12-01T23:10:00+01:00",
             "html": paras("Un entrepôt de textile de 3 000 mètres carrés a été ravagé par "
                           "un incendie dans la nuit de lundi à mardi, rue de l'Épeule à "
                           "Roubaix. Personne n'a été blessé.",
                           "Une soixantaine de sapeurs-pompiers du Nord ont lutté pendant "
                           "quatre heures contre les flammes.",
                           "Une enquête a été ouverte pour déterminer l'origine du sinistre.")}])
rss("04-letelegramme.rss", "Le Télégramme - Bretagne", "https://www.letelegramme.fr/", [{
    "title": "Brest : les dockers en grève contre la fermeture d'un quai du port de commerce",
    "url": "https://www.letelegramme.fr/finistere/brest/dockers-greve-quai-port-commerce.php",
    "date": "Tue, 01 Dec 2026 11:00:00 +0100",
    "html": paras("Les dockers du port de commerce de Brest ont cessé le travail mardi "
                  "matin pour protester contre la fermeture annoncée du quai de Lorient.",
                  "Selon le syndicat, 45 emplois sont menacés. La chambre de commerce "
                  "assure qu'aucun licenciement n'est prévu.",
                  "Une réunion est prévue jeudi à la sous-préfecture.")}])
jsonfeed("05-mediapart.json", "Mediapart", "https://www.mediapart.fr/", [{
    "title": "Marchés publics : une enquête vise la communauté de communes du Val d'Orge",
    "url": "https://www.mediapart.fr/journal/france/031226/marches-publics-val-d-orge",
    "date": "2026-12-03T06:00:00+01:00",
    "html": paras("Le parquet national financier a ouvert une enquête préliminaire sur "
                  "l'attribution de plusieurs marchés publics par une communauté de "
                  "communes de l'Essonne, selon nos informations.",
                  "Trois contrats de voirie, pour un montant total de 12 millions "
                  "d'euros, auraient été attribués à la même entreprise.",
                  "Contacté, le président de l'intercommunalité n'a pas répondu.")}])
rss("06-lemonde.rss", "Le Monde.fr - Actualités et Infos en France et dans le monde",
    "https://www.lemonde.fr/", [{
        "title": "Climat : l'Union européenne s'accorde sur un objectif de réduction de 90 % "
                 "des émissions en 2040",
        "url": "https://www.lemonde.fr/planete/article/2026/12/02/climat-ue-objectif-2040.html",
        "date": "Wed, 02 Dec 2026 21:00:00 +0100",
        "html": paras("Les ministres de l'environnement des Vingt-Sept se sont accordés "
                      "mercredi à Bruxelles sur une réduction de 90 % des émissions nettes "
                      "de gaz à effet de serre en 2040 par rapport à 1990.",
                      "L'accord prévoit que jusqu'à 3 % de l'effort puisse passer par des "
                      "crédits carbone internationaux.",
                      "Le Parlement européen doit encore se prononcer.")}])
rss("07-nicematin.rss", "Nice-Matin - Faits divers", "https://www.nicematin.com/", [{
    "title": "Incendie au Luc : 300 hectares brûlés, l'A8 coupée dans les deux sens",
    "url": "https://www.nicematin.com/faits-divers/incendie-le-luc-300-hectares-a8-coupee",
    "date": "Thu, 03 Dec 2026 16:20:00 +0100",
    "html": paras("Un feu de forêt parti jeudi en début d'après-midi près du Luc, dans le "
                  "Var, a parcouru 300 hectares, selon les pompiers.",
                  "L'autoroute A8 a été coupée dans les deux sens entre Le Cannet-des-"
                  "Maures et Brignoles. Deux canadairs sont engagés.",
                  "Une vingtaine d'habitations ont été évacuées par précaution.")}])
rss("08-varmatin.rss", "Var-Matin - Faits divers", "https://www.varmatin.com/", [{
    "title": "Le Luc : le feu de forêt menace des habitations, des évacuations en cours",
    "url": "https://www.varmatin.com/faits-divers/le-luc-feu-de-foret-evacuations",
    "date": "Thu, 03 Dec 2026 15:50:00 +0100",
    "html": paras("Des habitations ont été évacuées jeudi après-midi au Luc, où un feu de "
                  "forêt attisé par le mistral progresse vers le hameau des Sigues.",
                  "Les pompiers du Var ont engagé 250 hommes et deux canadairs. "
                  "L'autoroute A8 est fermée entre Le Cannet-des-Maures et Brignoles.",
                  "La préfecture demande d'éviter le secteur.")}])
# a feed whose title is a rubric only, and an aggregator's feed listing another site
rss("09-actu-a-la-une.rss", "À la une", "https://actu.fr/", [{
    "title": "Caen : la patinoire rouvre après deux ans de travaux",
    "url": "https://actu.fr/normandie/caen_14118/caen-la-patinoire-rouvre",
    "date": "Wed, 02 Dec 2026 10:00:00 +0100",
    "html": paras("La patinoire de Caen rouvre samedi après deux ans de travaux de "
                  "rénovation énergétique, pour un coût de 11 millions d'euros.",
                  "La piste olympique accueillera de nouveau les matchs des Drakkars "
                  "dès le 12 décembre.",
                  "Les tarifs restent inchangés, précise la ville.")}])
rss("10-agregateur.rss", "Google Actualités - France", "https://news.google.com/", [{
    "title": "Toulouse : une nouvelle ligne de bus express vers l'aéroport",
    "url": "https://www.ladepeche.fr/2026/12/02/toulouse-ligne-bus-express-aeroport.html",
    "date": "Wed, 02 Dec 2026 08:00:00 +0100",
    "html": paras("Tisséo lance lundi une ligne de bus express entre la gare Matabiau et "
                  "l'aéroport de Toulouse-Blagnac, avec un départ toutes les dix minutes.",
                  "Le trajet doit durer 25 minutes aux heures creuses.",
                  "Le ticket coûtera le même prix qu'un trajet en tramway.")}])

# --- outlet names from page metadata ----------------------------------------------
page("11-leprogres.html", "https://www.leprogres.fr/isere/voiron-papeterie-incendie",
     "Voiron : la papeterie du Moulin ravagée par un incendie, 40 salariés au chômage "
     "technique", "2026-12-03T08:10:00+01:00",
     paras("Un incendie a ravagé dans la nuit de mercredi à jeudi la papeterie du Moulin, "
           "à Voiron (Isère). Quarante salariés ont été placés en chômage technique.",
           "Les pompiers de l'Isère ont été alertés vers 2 heures. Le bâtiment principal "
           "s'est effondré, sans faire de blessé.",
           "« C'est un coup terrible pour la ville », a déclaré le maire de Voiron, "
           "Jacques Berlioz."),
     og="Le Progrès", title_suffix=" | Le Progrès")
page("12-estrepublicain.html", "https://www.estrepublicain.fr/societe/nancy-marche-noel",
     "Nancy : le marché de Noël ouvre avec 30 chalets de plus", "2026-12-01T09:00:00+01:00",
     paras("Le marché de Noël de Nancy a ouvert ses portes mardi place Charles-III avec "
           "130 chalets, trente de plus que l'an dernier.",
           "La ville attend 1,5 million de visiteurs d'ici au 31 décembre.",
           "Une patinoire éphémère est installée place Stanislas."),
     publisher="L'Est Républicain")
page("13-diplo.html", "https://www.monde-diplomatique.fr/2026/12/DURAND/67890",
     "Les ports francs, angle mort du commerce mondial", "2026-12-01T00:00:00+01:00",
     paras("Entre Genève, Singapour et Luxembourg, les ports francs abritent des œuvres "
           "d'art et des métaux précieux à l'abri des regards et de l'impôt.",
           "Leur nombre a doublé en vingt ans, selon une étude de l'OCDE.",
           "Les régulateurs peinent à en mesurer le poids réel."),
     og="Le Monde diplomatique")

# --- one network: France Bleu and its local station --------------------------------
rss("14-francebleu.rss", "France Bleu - Infos", "https://www.francebleu.fr/", [{
    "title": "Isère : incendie spectaculaire dans une papeterie de Voiron",
    "url": "https://www.francebleu.fr/infos/faits-divers/isere-incendie-papeterie-voiron",
    "date": "Thu, 03 Dec 2026 07:00:00 +0100",
    "html": paras("Un violent incendie s'est déclaré dans la nuit de mercredi à jeudi dans "
                  "la papeterie du Moulin, à Voiron. Il n'y a pas de victime.",
                  "Une soixantaine de pompiers de l'Isère ont été mobilisés. Le toit du "
                  "bâtiment principal s'est effondré.",
                  "Les quarante salariés du site sont placés en chômage technique.")}])
(OUT / "15-francebleu-isere.txt").write_text(
    "Voiron : après l'incendie de la papeterie du Moulin, l'inquiétude des salariés\n\n"
    "Publié le jeudi 3 décembre 2026 à 12h30\n\n"
    "Au lendemain de l'incendie qui a détruit la papeterie du Moulin à Voiron, les "
    "quarante salariés du site se sont réunis devant les grilles jeudi midi.\n\n"
    "« On ne sait pas si l'usine sera reconstruite », confie Karim Benali, délégué "
    "syndical. La direction promet une réunion lundi.\n\n"
    "Le maire de Voiron, Jacques Berlioz, a proposé des locaux municipaux pour le "
    "stockage du papier sauvé des flammes.\n", encoding="utf-8")

# --- a reprint taken out of its story (U5) ----------------------------------------
AFP_TEXT = ("Le constructeur ferroviaire Alsteon a annoncé jeudi la suppression de 320 "
            "postes dans son usine de Belfort d'ici à 2028, invoquant la baisse des "
            "commandes de locomotives de fret.\n\nLes syndicats ont appelé à un "
            "rassemblement vendredi devant le site. « C'est un plan de casse sociale », "
            "a dénoncé Martine Roux, de la CGT.\n\nLe ministre de l'Industrie doit "
            "recevoir la direction la semaine prochaine.")
(OUT / "16-afp.jsonl").write_text(json.dumps({
    "title": "Alsteon va supprimer 320 postes à Belfort", "source": "AFP",
    "published": "2026-12-03T10:00:00+01:00", "language": "fr", "text": AFP_TEXT},
    ensure_ascii=False) + "\n", encoding="utf-8")
rss("17-midilibre.rss", "Midi Libre - À la une", "https://www.midilibre.fr/", [{
    "title": "Belfort : Alsteon va supprimer 320 postes",
    "url": "https://www.midilibre.fr/2026/12/03/belfort-alsteon-320-postes.php",
    "date": "Thu, 03 Dec 2026 10:40:00 +0100",
    "html": paras(*AFP_TEXT.split("\n\n"))}])
