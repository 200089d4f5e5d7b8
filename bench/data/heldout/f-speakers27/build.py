#!/usr/bin/env python3
"""Build the f-speakers27 held-out set: articles.jsonl and gold.json.

Written by f-speakers27 before veille was run on it. Each article is a list of
paragraphs; each quote's gold is (snippet, accepted speakers, kind). `None` among the
accepted speakers means "no speaker" is also right (a document's words: a text does not
speak, so its name or no speaker are right, a person is wrong).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None

FR = [
    ("c01", "Le Parisien", "2026-12-01T18:00:00+01:00",
     "Assurance chômage : la gauche dénonce un passage en force",
     ["La députée LFI Mathilde Panot a dénoncé mardi « un passage en force » du gouvernement sur la réforme de l'assurance chômage.",
      "Le sénateur LR Bruno Retailleau a au contraire salué « une réforme de responsabilité ».",
      "« Nous voterons la censure sans hésiter », a prévenu la députée, entourée de son groupe."],
     [("un passage en force", ["Mathilde Panot"], "party_acronym"),
      ("une réforme de responsabilité", ["Bruno Retailleau"], "party_acronym"),
      ("Nous voterons la censure", ["Mathilde Panot"], "desc_role")]),
    ("c02", "Ouest-France", "2026-11-27T12:00:00+01:00",
     "Mercosur : les eurodéputés français vent debout",
     ["L'eurodéputé RN Jean-Paul Garraud a réclamé jeudi à Strasbourg « un moratoire immédiat » sur l'accord avec le Mercosur.",
      "Le commissaire européen au Commerce, Maroš Šefčovič, a défendu l'accord. « Nos agriculteurs seront protégés par des clauses de sauvegarde », a-t-il assuré.",
      "« Bruxelles sacrifie nos paysans », a répliqué l'eurodéputé."],
     [("un moratoire immédiat", ["Jean-Paul Garraud"], "party_acronym"),
      ("Nos agriculteurs seront protégés", ["Maroš Šefčovič"], "control"),
      ("Bruxelles sacrifie nos paysans", ["Jean-Paul Garraud"], "desc_role")]),
    ("c03", "La Voix du Nord", "2026-11-30T19:00:00+01:00",
     "Lille : le Vieux-Lille sera piéton en 2028",
     ["Le maire PS de Lille, Arnaud Deslandes, a annoncé lundi la piétonnisation du Vieux-Lille d'ici 2028.",
      "« C'est une transformation historique pour le centre-ville », a déclaré l'élu devant le conseil municipal.",
      "L'opposition est vent debout. « Les commerçants vont mourir », a lancé la conseillère municipale LR Hélène Vandamme.",
      "« Nous saisirons le tribunal administratif », a-t-elle ajouté."],
     [
      ("C'est une transformation historique", ["Arnaud Deslandes"], "elu_after_mayor"),
      ("Les commerçants vont mourir", ["Hélène Vandamme"], "party_acronym"),
      ("Nous saisirons le tribunal", ["Hélène Vandamme"], "control")]),
    ("c04", "Sud Ouest", "2026-11-26T10:00:00+01:00",
     "Luxey : Musicalarue dévoile son affiche",
     ["Le festival Musicalarue, à Luxey, a dévoilé mercredi sa programmation. Son programmateur, Frédéric Bergé, promet « la plus belle affiche depuis dix ans ».",
      "Le maire de Luxey, Jean-Marc Lespade, se réjouit des retombées. « Le village passe de 600 à 40 000 habitants pendant trois jours », a-t-il souligné.",
      "« Nous avons voulu faire la place aux artistes locaux », a expliqué le programmateur."],
     [("la plus belle affiche", ["Frédéric Bergé"], "control"),
      ("Le village passe de 600", ["Jean-Marc Lespade"], "control"),
      ("Nous avons voulu faire la place", ["Frédéric Bergé"], "role_anaphor")]),
    ("c05", "Le Monde", "2026-11-25T21:00:00+01:00",
     "Fin de vie : l'Assemblée adopte l'aide à mourir en première lecture",
     ["La proposition de loi sur la fin de vie a été adoptée mardi en première lecture à l'Assemblée nationale par 305 voix contre 199.",
      "Le texte prévoit « une aide à mourir strictement encadrée » pour les patients atteints d'une maladie incurable.",
      "Le rapporteur Olivier Falorni s'est félicité d'« un vote historique ».",
      "« Ce texte ouvre une brèche dangereuse », a dénoncé le député LR Patrick Hetzel.",
      "Selon le texte, le patient devra « exprimer sa volonté de façon libre et éclairée »."],
     [("une aide à mourir strictement", ["proposition de loi sur la fin de vie", "proposition de loi", "texte", N], "document"),
      ("un vote historique", ["Olivier Falorni"], "control"),
      ("Ce texte ouvre une brèche", ["Patrick Hetzel"], "party_acronym"),
      ("exprimer sa volonté", ["proposition de loi sur la fin de vie", "proposition de loi", "texte", N], "document")]),
    ("c06", "Les Echos", "2026-11-24T08:00:00+01:00",
     "Conjoncture : la Banque de France abaisse sa prévision de croissance",
     ["La Banque de France a abaissé mardi sa prévision de croissance pour 2027 à 0,9 %. « L'incertitude politique pèse sur l'investissement des entreprises », a expliqué l'institution dans sa note de conjoncture.",
      "Son gouverneur, François Villeroy de Galhau, avait déjà mis en garde contre « un dérapage des finances publiques ».",
      "« Le pic d'inflation est derrière nous », estime toutefois la banque centrale."],
     [("L'incertitude politique pèse", ["Banque de France"], "body_anaphor"),
      ("un dérapage des finances", ["François Villeroy de Galhau"], "control"),
      ("Le pic d'inflation", ["Banque de France"], "body_anaphor")]),
    ("c07", "Dernières Nouvelles d'Alsace", "2026-11-29T17:00:00+01:00",
     "Strasbourg : la ligne de tram nord inaugurée",
     ["La maire de Strasbourg, Jeanne Barseghian, a inauguré samedi la nouvelle ligne de tram. Le préfet du Bas-Rhin, Jacques Witkowski, était présent.",
      "« Cette ligne relie enfin les quartiers nord au centre », a salué l'élue écologiste.",
      "« L'État a financé 20 % du projet », a rappelé le haut fonctionnaire."],
     [("Cette ligne relie enfin", ["Jeanne Barseghian"], "desc_role"),
      ("L'État a financé 20 %", ["Jacques Witkowski"], "desc_role")]),
    ("c08", "AFP", "2026-11-28T11:00:00+01:00",
     "Michelin ferme son usine de Cholet",
     ["Le groupe Michelin a annoncé la fermeture de son usine de Cholet, qui emploie 955 salariés.",
      "« Nous n'avons pas d'autre choix face à la concurrence asiatique », a justifié le fabricant de pneumatiques dans un communiqué.",
      "La sénatrice PCF Cécile Cukierman a dénoncé « un scandale industriel ».",
      "Pour le délégué CGT du site, Jérôme Boussard, « la direction a menti aux salariés pendant des mois ».",
      "« Nous bloquerons l'usine », a prévenu le syndicaliste."],
     [("Nous n'avons pas d'autre choix", ["Michelin", "groupe Michelin"], "body_anaphor"),
      ("un scandale industriel", ["Cécile Cukierman"], "party_acronym"),
      ("la direction a menti", ["Jérôme Boussard"], "party_acronym"),
      ("Nous bloquerons l'usine", ["Jérôme Boussard"], "desc_role")]),
    ("c09", "Le Dauphiné libéré", "2026-11-23T18:30:00+01:00",
     "Oisans : la route de l'Alpe d'Huez coupée par un éboulement",
     ["Un glissement de terrain a coupé lundi la route départementale entre Bourg-d'Oisans et l'Alpe d'Huez.",
      "Le maire d'Huez, Jean-Yves Noyrey, a demandé une réouverture rapide. « La station est coupée du monde en pleine saison », a déploré l'élu.",
      "Les géologues du département restent prudents. « La paroi peut encore bouger », a averti l'un d'eux, Pierre Massot."],
     [("La station est coupée du monde", ["Jean-Yves Noyrey"], "elu_after_mayor"),
      ("La paroi peut encore bouger", ["Pierre Massot"], "control")]),
    ("c10", "Le Temps", "2026-11-30T09:00:00+01:00",
     "Votation : l'initiative contre les pesticides rejetée",
     ["L'initiative populaire pour une Suisse sans pesticides de synthèse a été rejetée dimanche par 58 % des votants.",
      "Le texte exigeait « l'interdiction de tout pesticide de synthèse d'ici dix ans ».",
      "La conseillère fédérale Elisabeth Baume-Schneider a salué « un vote de raison ».",
      "« La population a entendu nos arguments », a réagi l'Union suisse des paysans (USP)."],
     [("l'interdiction de tout pesticide", ["initiative populaire", "initiative", "texte", N], "document"),
      ("un vote de raison", ["Elisabeth Baume-Schneider"], "control"),
      ("La population a entendu", ["Union suisse des paysans", "USP"], "control")]),
    ("c11", "Le Soir", "2026-11-22T14:00:00+01:00",
     "Uccle interdit les trottinettes partagées",
     ["Le bourgmestre MR d'Uccle, Boris Dilliès, a décidé d'interdire les trottinettes en libre-service sur sa commune.",
      "« Les trottoirs sont devenus impraticables pour les personnes âgées », a justifié le bourgmestre.",
      "La ministre bruxelloise de la Mobilité, Elke Van den Brandt, regrette « une décision isolée »."],
     [("Les trottoirs sont devenus", ["Boris Dilliès"], "elu_after_mayor"),
      ("une décision isolée", ["Elke Van den Brandt"], "control")]),
    ("c12", "France Info", "2026-11-21T20:00:00+01:00",
     "Éducation : le SNES-FSU appelle à la grève",
     ["Le syndicat SNES-FSU appelle à la grève le 12 décembre contre la réforme de la formation des enseignants.",
      "« Le ministère méprise les professeurs », accuse sa secrétaire générale, Sophie Vénétitay.",
      "« Nous irons jusqu'au retrait », a prévenu le syndicat.",
      "Le ministre de l'Éducation nationale, Édouard Geffray, a répondu dans la soirée : « La porte du dialogue reste ouverte. »"],
     [("Le ministère méprise", ["Sophie Vénétitay"], "control"),
      ("Nous irons jusqu'au retrait", ["SNES-FSU"], "body_anaphor"),
      ("La porte du dialogue", ["Édouard Geffray"], "control")]),
]

EN = [
    ("e01", "Reuters", "2026-11-27T13:00:00+00:00",
     "Bank of England holds rates as services inflation lingers",
     ["The Bank of England held interest rates at 4% on Thursday, citing stubborn services inflation.",
      "\u201cInflation is falling but it is not yet where we need it to be,\u201d Governor Andrew Bailey told reporters.",
      "\u201cThe risks to growth have become more balanced,\u201d the bank said in its statement.",
      "Chancellor Rachel Reeves welcomed the decision. \u201cStability is the foundation of growth,\u201d she said."],
     [("Inflation is falling", ["Andrew Bailey"], "en_control"),
      ("The risks to growth", ["Bank of England"], "en_body_anaphor"),
      ("Stability is the foundation", ["Rachel Reeves"], "en_control")]),
    ("e02", "AP", "2026-11-25T22:00:00+00:00",
     "Senate passes ban on stock trading by lawmakers",
     ["The Senate passed a bipartisan bill on Tuesday that would ban members of Congress from trading individual stocks.",
      "The bill says lawmakers must \u201cdivest any covered investment within 180 days\u201d of taking office.",
      "\u201cThis is about restoring trust,\u201d said Sen. Josh Hawley, who sponsored the measure.",
      "Senate Majority Leader John Thune said the chamber would \u201cmove quickly\u201d on the House version.",
      "\u201cWe will not stop here,\u201d the Missouri Republican added."],
     [("divest any covered investment", ["bill", N], "en_document"),
      ("This is about restoring trust", ["Josh Hawley"], "en_control"),
      ("move quickly", ["John Thune"], "en_control"),
      ("We will not stop here", ["Josh Hawley", N], "en_desc_role")]),
    ("e03", "The Guardian", "2026-11-20T16:00:00+00:00",
     "Thames Water fined £123m by Ofwat",
     ["Thames Water has been fined \u00a3123m by Ofwat over failures in how it ran its wastewater treatment works.",
      "\u201cThames Water has failed to meet its obligations to customers,\u201d said David Black, the regulator's chief executive.",
      "\u201cWe accept the findings and apologise,\u201d the company said in a statement.",
      "\u201cThe scale of these breaches is unprecedented,\u201d the regulator added."],
     [("Thames Water has failed", ["David Black"], "en_control"),
      ("We accept the findings", ["Thames Water"], "en_body_anaphor"),
      ("The scale of these breaches", ["Ofwat", N], "en_body_anaphor")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for lang, arts in (("fr", FR), ("en", EN)):
            for aid, source, published, title, paragraphs, quotes in arts:
                url = f"https://www.example.test/fs27/{aid}"
                text = "\n".join(paragraphs)
                for snippet, _, _ in quotes:
                    assert snippet in text, (aid, snippet)
                out.write(json.dumps({"title": title, "paragraphs": paragraphs, "published": published,
                                      "language": lang, "url": url, "source": source},
                                     ensure_ascii=False) + "\n")
                gold.append({"id": aid, "url": url, "source": source, "published": published, "language": lang,
                             "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                                        for s, sp, k in quotes],
                             "forbidden_entities": [],
                             "entities": {"PER": [], "ORG": []}, "places": [], "dates": []})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(gold), "articles,", sum(len(g["quotes"]) for g in gold), "quotes")


if __name__ == "__main__":
    main()
