#!/usr/bin/env python3
"""Build the f-speakers26 held-out set: articles.jsonl and gold.json.

Written by f-speakers26 before veille was run on it. Each article is a list of
paragraphs; each quote's gold is (snippet, accepted speakers, kind). `None` among the
accepted speakers means "no speaker" is also right.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None

ARTICLES = [
    ("b01", "L'Est Républicain", "2026-11-30T18:00:00+01:00",
     "Nancy : la fermeture de la maternité divise les élus",
     ["La fermeture annoncée de la maternité de Remiremont a provoqué lundi la colère des élus vosgiens.",
      "« On demande aux femmes de faire une heure de route pour accoucher », a dénoncé le maire de Remiremont, l'ancien conseiller régional Jean-Benoît Tisserand, devant la sous-préfecture.",
      "L'agence régionale de santé du Grand Est, elle, invoque « un manque criant de pédiatres » et promet une navette.",
      "La sénatrice des Vosges Sylvie Perrin a écrit au ministre. « Ce territoire ne peut pas devenir un désert médical », a souligné la parlementaire."],
     [("On demande aux femmes", ["Jean-Benoît Tisserand"], "name_in_incise"),
      ("un manque criant de pédiatres", ["agence régionale de santé du Grand Est", "agence régionale de santé", "ARS"], "clause_subject"),
      ("Ce territoire ne peut pas", ["Sylvie Perrin"], "desc_role")]),
    ("b02", "Le Progrès", "2026-11-29T12:00:00+01:00",
     "Saint-Étienne : le stade rénové fait le plein",
     ["Le stade Geoffroy-Guichard a rouvert samedi après dix-huit mois de travaux.",
      "L'affluence du premier match a été qualifiée d'« exceptionnelle » par la direction du club.",
      "Le président de la métropole, Gaël Perdriau, s'est félicité du chantier. « Nous avons tenu les délais et le budget », a affirmé l'élu stéphanois.",
      "Un supporter, Kévin Rouchon, a salué « une ambiance de folie »."],
     [("exceptionnelle", ["direction du club", "la direction du club", "club"], "passive_agent"),
      ("Nous avons tenu les délais", ["Gaël Perdriau"], "desc_role"),
      ("une ambiance de folie", ["Kévin Rouchon"], "control")]),
    ("b03", "AFP", "2026-11-28T16:00:00+01:00",
     "Soudan : l'ONU alerte sur la famine au Darfour",
     ["Le Programme alimentaire mondial (PAM) a alerté jeudi sur une situation de famine dans plusieurs camps du Darfour.",
      "« Des enfants meurent chaque jour faute de nourriture », a averti l'organisation onusienne dans un communiqué.",
      "Le ministre soudanais de la Santé, Haitham Ibrahim, a contesté ce constat. « Les chiffres avancés sont exagérés », a-t-il déclaré.",
      "« Nos convois sont bloqués depuis trois semaines », précise encore l'agence basée à Rome."],
     [("Des enfants meurent", ["Programme alimentaire mondial", "PAM"], "agency_desc"),
      ("Les chiffres avancés", ["Haitham Ibrahim"], "control"),
      ("Nos convois sont bloqués", ["Programme alimentaire mondial", "PAM"], "agency_desc")]),
    ("b04", "Ouest-France", "2026-11-27T19:30:00+01:00",
     "Lorient : la mère du marin disparu garde espoir",
     ["Le chalutier « Ar Vag » n'a plus donné de signe de vie depuis mercredi au large de Groix. À son bord, Yannick Le Floch, 34 ans.",
      "Son épouse, Maëlle Le Floch, refuse de croire au pire. « Il connaît la mer mieux que personne », a confié la jeune femme.",
      "« Les recherches se poursuivent de jour comme de nuit », a indiqué la préfecture maritime de l'Atlantique.",
      "« Je reste près du téléphone », a glissé son épouse, entourée de proches."],
     [("Il connaît la mer", ["Maëlle Le Floch"], "kin_named"),
      ("Les recherches se poursuivent", ["préfecture maritime de l'Atlantique", "préfecture maritime"], "control"),
      ("Je reste près du téléphone", ["Maëlle Le Floch"], "kin_named")]),
    ("b05", "Le Temps", "2026-11-26T10:00:00+01:00",
     "Presse : le Tages-Anzeiger révèle un rapport sur les CFF",
     ["Selon le Tages-Anzeiger, un rapport interne des CFF pointe de graves retards dans l'entretien des voies.",
      "« Près d'un tiers des aiguillages dépassent leur durée de vie », affirme le journal zurichois, qui a pu consulter le document.",
      "Les CFF ont répondu par la voix de leur porte-parole, Reto Schärli. « Aucun risque pour la sécurité n'a été identifié », a-t-il assuré.",
      "« Le rapport date de 2024 et ses recommandations sont appliquées », a ajouté l'entreprise ferroviaire."],
     [("Près d'un tiers des aiguillages", ["Tages-Anzeiger"], "outlet_desc"),
      ("Aucun risque pour la sécurité", ["Reto Schärli"], "control"),
      ("Le rapport date de 2024", ["CFF"], "desc_org")]),
    ("b06", "La Dépêche du Midi", "2026-11-25T17:00:00+01:00",
     "Toulouse : le préfet et la maire s'opposent sur les rodéos urbains",
     ["Le préfet de Haute-Garonne, Pierre-André Durand, a annoncé un arrêté contre les rodéos urbains. La maire de Colomiers, Karine Traval-Michelet, juge la mesure insuffisante.",
      "« L'État prend enfin ses responsabilités », a déclaré le représentant de l'État dans le département.",
      "« Il faut des policiers sur le terrain, pas des arrêtés », a rétorqué l'édile socialiste.",
      "« Les habitants n'en peuvent plus », a insisté la maire."],
     [("L'État prend enfin", ["Pierre-André Durand"], "desc_role"),
      ("Il faut des policiers", ["Karine Traval-Michelet"], "desc_role"),
      ("Les habitants n'en peuvent plus", ["Karine Traval-Michelet"], "desc_role")]),
    ("b07", "Le Soir", "2026-11-24T13:00:00+01:00",
     "Bruxelles : grève des enseignants contre la réforme des pensions",
     ["Des milliers d'enseignants ont défilé lundi dans les rues de Bruxelles contre la réforme des pensions.",
      "« Nous ne lâcherons rien », ont scandé à l'unisson la CGSP et la CSC-Enseignement devant le cabinet de la ministre.",
      "La ministre de l'Éducation, Valérie Glatigny, a défendu son projet. « Le système n'est plus finançable en l'état », a-t-elle déclaré.",
      "« Personne ne perdra ses droits acquis », a assuré la ministre libérale."],
     [("Nous ne lâcherons rien", ["CGSP et la CSC-Enseignement", "CGSP", "CSC-Enseignement", "la CGSP et la CSC-Enseignement"], "span_leak"),
      ("Le système n'est plus finançable", ["Valérie Glatigny"], "control"),
      ("Personne ne perdra", ["Valérie Glatigny"], "desc_role")]),
    ("b08", "Le Figaro", "2026-11-23T10:00:00+01:00",
     "Assemblée : le RN dépose une motion de censure",
     ["Jordan Bardella a annoncé mardi le dépôt d'une motion de censure contre le gouvernement.",
      "Le président du parti a dénoncé « un budget de racket fiscal ».",
      "Le Premier ministre, François Bayrou, a répondu dans l'hémicycle. « Cette motion est une irresponsabilité », a lancé le chef du gouvernement.",
      "« Nous sommes prêts à gouverner », a affirmé le président du Rassemblement national."],
     [("un budget de racket fiscal", ["Jordan Bardella"], "desc_role"),
      ("Cette motion est une irresponsabilité", ["François Bayrou"], "desc_role"),
      ("Nous sommes prêts à gouverner", ["Jordan Bardella"], "desc_role")]),
    ("b09", "Le Monde", "2026-11-22T11:00:00+01:00",
     "Climat : l'Agence internationale de l'énergie revoit ses prévisions",
     ["D'après l'Agence internationale de l'énergie (AIE), la demande mondiale de pétrole atteindra son pic avant 2030.",
      "« La transition est plus rapide que prévu dans les transports », souligne l'agence dans son rapport annuel.",
      "Le secrétaire général de l'Opep, Haitham al-Ghais, a jugé ces projections « irréalistes ».",
      "« Le monde aura besoin de pétrole pendant des décennies », a-t-il ajouté."],
     [("La transition est plus rapide", ["Agence internationale de l'énergie", "AIE"], "agency_desc"),
      ("irréalistes", ["Haitham al-Ghais"], "control"),
      ("Le monde aura besoin", ["Haitham al-Ghais"], "control")]),
    ("b10", "Nice-Matin", "2026-11-21T09:00:00+01:00",
     "Menton : le père du petit Lucas témoigne",
     ["Lucas, 6 ans, a été retrouvé sain et sauf dimanche après douze heures de recherches dans l'arrière-pays mentonnais.",
      "Son père, Olivier Castellan, a remercié les secouristes. « Je n'ai jamais vécu une nuit aussi longue », a raconté le quadragénaire.",
      "Le commandant des pompiers, Éric Grohin, a décrit une opération « à la limite du possible ».",
      "« Sans le chien, on ne l'aurait pas trouvé avant le matin », a estimé l'officier."],
     [("Je n'ai jamais vécu", ["Olivier Castellan"], "desc_role"),
      ("à la limite du possible", ["Éric Grohin"], "control"),
      ("Sans le chien", ["Éric Grohin"], "desc_role")]),
    ("b11", "La Croix", "2026-11-20T15:00:00+01:00",
     "Migrations : l'OIM s'inquiète des naufrages en Méditerranée",
     ["L'Organisation internationale pour les migrations (OIM) a recensé plus de 2 000 morts en Méditerranée depuis janvier.",
      "« C'est l'année la plus meurtrière depuis 2016 », a déploré l'agence des Nations unies, qui demande plus de moyens de sauvetage.",
      "La Commission européenne a été critiquée par plusieurs ONG. Sa porte-parole, Anitta Hipper, a défendu « une approche équilibrée »."],
     [("C'est l'année la plus meurtrière", ["Organisation internationale pour les migrations", "OIM"], "agency_desc"),
      ("une approche équilibrée", ["Anitta Hipper"], "control")]),
    ("b12", "Sud Ouest", "2026-11-19T18:00:00+01:00",
     "Bayonne : le festival de jazz bat son record",
     ["Le festival Jazz aux Remparts a accueilli 45 000 spectateurs cette année.",
      "Cette édition a été saluée comme « la plus réussie de notre histoire » par son directeur artistique, Patrick Duval.",
      "« Nous reviendrons l'an prochain avec une scène de plus », a promis le programmateur.",
      "Le maire de Bayonne, Jean-René Etchegaray, parle d'« une vitrine formidable pour la ville »."],
     [("la plus réussie de notre histoire", ["Patrick Duval"], "passive_agent"),
      ("Nous reviendrons l'an prochain", ["Patrick Duval"], "desc_role"),
      ("une vitrine formidable", ["Jean-René Etchegaray"], "control")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for aid, source, published, title, paragraphs, quotes in ARTICLES:
            url = f"https://www.example.test/fs26/{aid}"
            text = "\n".join(paragraphs)
            for snippet, _, _ in quotes:
                assert snippet in text, (aid, snippet)
            out.write(json.dumps({"title": title, "paragraphs": paragraphs, "published": published,
                                  "language": "fr", "url": url, "source": source},
                                 ensure_ascii=False) + "\n")
            gold.append({"id": aid, "url": url, "source": source, "published": published, "language": "fr",
                         "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                                    for s, sp, k in quotes],
                         "forbidden_entities": [],
                         "entities": {"PER": [], "ORG": []}, "places": [], "dates": []})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(gold), "articles,", sum(len(g["quotes"]) for g in gold), "quotes")


if __name__ == "__main__":
    main()
