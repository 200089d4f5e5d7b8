#!/usr/bin/env python3
"""Build the q-speakers24 held-out set: articles.jsonl and gold.json.

Written by q-speakers24 before veille was run on it. Each article is a list of
paragraphs; each quote's gold is (snippet, accepted speakers, kind). `None` among the
accepted speakers means "no speaker" is also right.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None
ARTICLES = [
    ("q01", "AFP", "2026-11-30T18:00:00+01:00",
     "Le chancelier allemand reçu à Matignon",
     ["Le Premier ministre, Sébastien Lecornu, a reçu lundi le chancelier allemand Friedrich Merz pour un dîner de travail.",
      "« L'Europe doit parler d'une seule voix sur l'énergie », a assuré le chef du gouvernement lors d'un point presse à Matignon en présence du chancelier allemand, Friedrich Merz.",
      "« Nous avons des divergences, mais elles se règlent », a répondu le dirigeant allemand."],
     [("L'Europe doit parler", ["Sébastien Lecornu", "Lecornu"], "title_beside_person"),
      ("Nous avons des divergences", ["Friedrich Merz"], "control")]),
    ("q02", "Le Parisien", "2026-11-29T12:00:00+01:00",
     "Paris : la maire inaugure la nouvelle ligne de tramway",
     ["La maire de Paris, Anne Hidalgo, a inauguré samedi le prolongement du tramway T3 jusqu'à la porte Dauphine.",
      "« Cette ligne va changer la vie de 200 000 habitants », s'est félicitée l'édile devant la presse, avec à ses côtés la présidente de la région, Valérie Pécresse.",
      "La RATP annonce une fréquence de six minutes « dès la semaine prochaine »."],
     [("Cette ligne va changer", ["Anne Hidalgo"], "title_beside_person"),
      ("dès la semaine prochaine", ["RATP", "la RATP"], "subject_fragment")]),
    ("q03", "La Libre Belgique", "2026-11-20T17:00:00+01:00",
     "Grève des enseignants : la ministre ne cède pas",
     ["« Nous irons jusqu'au bout », ont prévenu les enseignants grévistes réunis devant le parlement.",
      "Pour la ministre de l'Éducation Valérie Glatigny, le calendrier ne bougera pas. « La réforme entrera en vigueur en septembre », a-t-elle affirmé au Soir.",
      "Les directions d'école restent partagées."],
     [("Nous irons jusqu'au bout", ["enseignants grévistes", "enseignants"], "control"),
      ("La réforme entrera", ["Valérie Glatigny"], "pronoun_after_plural")]),
    ("q04", "AFP", "2026-11-24T10:00:00+01:00",
     "Soudan : le porte-parole de l'armée dément",
     ["Le porte-parole de l'armée soudanaise, Nabil Abdallah, a démenti mardi toute attaque contre des civils.",
      "« Nos forces visent uniquement des positions militaires », a-t-il déclaré à Port-Soudan. Lundi, Médecins sans frontières avait signalé des dizaines de blessés. L'Unicef avait lui aussi réclamé une trêve.",
      "« Nous ne recevons pas de leçons de l'étranger », a-t-il ajouté."],
     [("Nos forces visent", ["Nabil Abdallah"], "control"),
      ("Nous ne recevons pas", ["Nabil Abdallah"], "pronoun_over_org")]),
    ("q05", "Le Figaro", "2026-11-21T19:00:00+01:00",
     "Narcotrafic : deux ministres à Marseille",
     ["Le ministre de l'Intérieur, Laurent Nuñez, s'est rendu vendredi dans les quartiers nord de Marseille.",
      "« L'État ne reculera pas », a-t-il martelé.",
      "La ministre des Armées Vautrin, venue avec lui, a annoncé le renfort de militaires pour la logistique. « Nous mettons nos moyens au service de la sécurité intérieure », a-t-elle expliqué."],
     [("L'État ne reculera pas", ["Laurent Nuñez"], "control"),
      ("Nous mettons nos moyens", ["Vautrin", "Catherine Vautrin"], "title_surname_pronoun")]),
    ("q06", "AFP", "2026-11-22T15:00:00+01:00",
     "Justice : le garde des Sceaux en visite à Nîmes",
     ["Le garde des Sceaux Darmanin, accompagné du préfet du Gard, Jérôme Bonet, a visité samedi la prison de Nîmes.",
      "« La surpopulation carcérale n'est plus tenable », a-t-il reconnu."],
     [("La surpopulation carcérale", ["Darmanin", "Gérald Darmanin"], "title_surname_pronoun")]),
    ("q07", "Ouest-France", "2026-11-25T18:00:00+01:00",
     "Brest : six ans requis contre un jeune conducteur",
     ["La procureure, Camille Miansoni, a requis mercredi six ans de prison contre Dylan Le Goff, 22 ans, qui avait percuté un cycliste en état d'ivresse.",
      "« Il a pris le volant en sachant qu'il avait bu », a-t-elle souligné.",
      "Le jeune homme, jugé en comparution immédiate, s'est effondré à l'énoncé des réquisitions. « Je pense à lui tous les jours », a-t-il murmuré."],
     [("Il a pris le volant", ["Camille Miansoni"], "control"),
      ("Je pense à lui", ["Dylan Le Goff", "jeune homme"], "age_noun_subject")]),
    ("q08", "AFP", "2026-11-26T09:00:00+01:00",
     "Burkina : des villages coupés du monde",
     ["« Les routes sont minées, plus aucun camion ne passe », a témoigné un transporteur, Issa Ouédraogo.",
      "De source humanitaire, on indique que 40 000 personnes sont privées d'aide. « Les stocks de nourriture seront épuisés dans deux semaines », précise-t-on de même source."],
     [("Les routes sont minées", ["Issa Ouédraogo"], "control"),
      ("Les stocks de nourriture", ["source humanitaire", None], "same_source")]),
    ("q09", "AFP", "2026-11-27T16:00:00+01:00",
     "Assemblée : la ministre des Comptes publics défend son budget",
     ["MARSEILLE (AFP) - Devant les sénateurs, jeudi, la ministre des Comptes publics, Amélie de Montchalin, a présenté les grandes lignes du budget rectificatif. Elle a répondu aux critiques de l'opposition. Puis elle a déclaré :",
      "« Ce budget n'est pas un budget d'austérité. C'est un budget de vérité.",
      "« Chaque euro dépensé sera justifié devant le Parlement.",
      "« Et nous tiendrons l'objectif de déficit. »",
      "Le sénateur Claude Raynal a dénoncé « un budget insincère »."],
     [("Ce budget n'est pas", ["Amélie de Montchalin"], "colon_paragraphs"),
      ("un budget insincère", ["Claude Raynal"], "control")]),
    ("q10", "Nice-Matin", "2026-11-28T08:00:00+01:00",
     "Tempête : des milliers de foyers privés d'électricité",
     ["Le préfet des Alpes-Maritimes, Laurent Hottiaux, a réuni vendredi une cellule de crise.",
      "« La priorité, ce sont les personnes vulnérables », a-t-il insisté.",
      "Enedis promet un rétablissement complet « d'ici dimanche soir ».",
      "« Nos équipes travaillent jour et nuit », a assuré la direction régionale d'Enedis."],
     [("La priorité, ce sont", ["Laurent Hottiaux"], "control"),
      ("d'ici dimanche soir", ["Enedis"], "subject_fragment"),
      ("Nos équipes travaillent", ["Enedis", "direction régionale d'Enedis"], "control")]),
    ("q11", "RTBF", "2026-11-19T13:00:00+01:00",
     "Bruxelles : les chauffeurs de taxi manifestent",
     ["« On nous vole notre métier », ont lancé les chauffeurs rassemblés place Schuman.",
      "Face à eux, le secrétaire d'État bruxellois Pascal Smet a tenu à rassurer. « Aucune licence ne sera supprimée », a-t-il promis."],
     [("On nous vole", ["chauffeurs"], "control"),
      ("Aucune licence ne sera", ["Pascal Smet"], "pronoun_after_plural")]),
    ("q12", "Le Monde", "2026-11-18T20:00:00+01:00",
     "Ukraine : Paris et Varsovie renforcent leur aide",
     ["Le président de la République, Emmanuel Macron, a reçu mardi le président polonais, Karol Nawrocki.",
      "« Nous serons aux côtés de l'Ukraine aussi longtemps qu'il le faudra », a affirmé le chef de l'État lors d'une déclaration commune face au président polonais, Karol Nawrocki.",
      "« La Pologne fera sa part », a assuré Karol Nawrocki."],
     [("Nous serons aux côtés", ["Emmanuel Macron", "chef de l'État"], "title_beside_person"),
      ("La Pologne fera sa part", ["Karol Nawrocki"], "control")]),
    ("q13", "AFP", "2026-11-17T11:00:00+01:00",
     "Incendie d'une usine : la direction s'explique",
     ["Le directeur du site, Marc Tessier, a reçu la presse mardi matin.",
      "« Aucun produit toxique n'a été relâché », a-t-il affirmé. La veille, l'Agence régionale de santé avait demandé des analyses. La Dreal avait ouvert une enquête administrative.",
      "« Nous coopérerons pleinement avec les autorités », a-t-il assuré."],
     [("Aucun produit toxique", ["Marc Tessier"], "control"),
      ("Nous coopérerons", ["Marc Tessier"], "pronoun_over_org")]),
    ("q14", "AFP", "2026-11-16T18:00:00+01:00",
     "Agriculture : la ministre face aux éleveurs",
     ["« Nous ne tiendrons pas un hiver de plus », ont averti les éleveurs réunis à Rodez.",
      "Selon la ministre de l'Agriculture Annie Genevard, un fonds d'urgence sera débloqué. « Les premiers versements arriveront avant Noël », a-t-elle annoncé.",
      "Le président de la chambre d'agriculture, Jacques Molières, a salué l'annonce."],
     [("Nous ne tiendrons pas", ["éleveurs"], "control"),
      ("Les premiers versements", ["Annie Genevard"], "pronoun_after_plural")]),
    ("q15", "Le Dauphiné", "2026-11-15T19:00:00+01:00",
     "Grenoble : la ministre visite le futur village olympique",
     ["La ministre des Sports Ferrari, accompagnée du président du comité d'organisation, Edgar Grospiron, a visité samedi le chantier.",
      "« Nous serons prêts à temps », a-t-elle assuré.",
      "Le maire de Grenoble, Éric Piolle, reste sceptique. « Les délais sont intenables », a-t-il estimé. Le comité d'organisation avait pourtant validé le calendrier en octobre.",
      "« Je demande un audit indépendant », a-t-il ajouté."],
     [("Nous serons prêts", ["Ferrari", "Marina Ferrari"], "title_surname_pronoun"),
      ("Les délais sont intenables", ["Éric Piolle"], "control"),
      ("Je demande un audit", ["Éric Piolle"], "pronoun_over_org")]),
    ("q16", "AFP", "2026-11-14T10:00:00+01:00",
     "Niger : l'armée annonce une offensive",
     ["« Nous avons tout perdu en une nuit », a confié une éleveuse, Mariama Issoufou.",
      "Selon une source militaire, une offensive est en préparation dans la région de Tillabéri. « Des renforts arriveront dans les prochains jours », a-t-on ajouté de même source."],
     [("Nous avons tout perdu", ["Mariama Issoufou"], "control"),
      ("Des renforts arriveront", ["source militaire", None], "same_source")]),
    ("q17", "Sud Ouest", "2026-11-13T17:00:00+01:00",
     "Bordeaux : cinq ans requis contre un jeune homme",
     ["L'avocat général, Pierre Bellet, a demandé cinq ans de prison contre Enzo Martin, 19 ans, poursuivi pour des violences en réunion.",
      "« Les faits sont d'une gravité exceptionnelle », a-t-il insisté.",
      "Le jeune homme, qui comparaissait libre, a gardé la tête baissée. « J'ai honte de ce que j'ai fait », a-t-il déclaré à la barre."],
     [("Les faits sont d'une", ["Pierre Bellet"], "control"),
      ("J'ai honte", ["Enzo Martin", "jeune homme"], "age_noun_subject")]),
    ("q18", "AFP", "2026-11-12T20:00:00+01:00",
     "Sommet : le président reçoit le Premier ministre indien",
     ["Le président de la République, Emmanuel Macron, a reçu mercredi le Premier ministre indien Narendra Modi.",
      "« L'Inde est un partenaire stratégique pour la France », a déclaré le président de la République devant le Premier ministre indien, Narendra Modi."],
     [("L'Inde est un partenaire", ["Emmanuel Macron", "président de la République"], "title_beside_person")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for aid, source, published, title, paragraphs, quotes in ARTICLES:
            url = f"https://www.example.test/qs24/{aid}"
            text = "\n".join(paragraphs)
            for snippet, _, _ in quotes:
                assert snippet in text, (aid, snippet)
            out.write(json.dumps({"title": title, "paragraphs": paragraphs, "published": published,
                                  "language": "fr", "url": url, "source": source},
                                 ensure_ascii=False) + "\n")
            gold.append({"id": aid, "url": url, "source": source, "published": published, "language": "fr",
                         "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                                    for s, sp, k in quotes],
                         "entities": {"PER": [], "ORG": []}, "places": [], "dates": []})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(gold), "articles,", sum(len(g["quotes"]) for g in gold), "quotes")


if __name__ == "__main__":
    main()
