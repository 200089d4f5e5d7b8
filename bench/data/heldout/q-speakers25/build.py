#!/usr/bin/env python3
"""Build the q-speakers25 held-out set: articles.jsonl and gold.json.

Written by q-speakers25 before veille was run on it. Each article is a list of
paragraphs; each quote's gold is (snippet, accepted speakers, kind). `None` among the
accepted speakers means "no speaker" is also right.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None
ARTICLES = [
    ("s01", "fr", "Ouest-France", "2026-11-14T18:00:00+01:00",
     "Rennes : le festival privé de sa scène principale",
     ["La préfète d'Ille-et-Vilaine, Amélie Puccinelli, a interdit jeudi la grande scène du festival pour raisons de sécurité.",
      "« Les conditions d'évacuation ne sont pas réunies », a expliqué la préfète, Amélie Puccinelli, devant la presse.",
      "Le directeur du festival a immédiatement contesté : « Nous avons respecté toutes les normes demandées depuis six mois. »",
      "« Nous déposerons un recours dès demain », a-t-il ajouté."],
     [("Les conditions d'évacuation", ["Amélie Puccinelli"], "control"),
      ("Nous avons respecté toutes les normes", ["directeur du festival", "directeur", N], "colon_role"),
      ("Nous déposerons un recours", ["directeur du festival", "directeur", N], "colon_role")]),
    ("s02", "fr", "Le Progrès", "2026-11-18T12:00:00+01:00",
     "Villeurbanne : la hausse des tarifs de cantine contestée",
     ["Le maire, Cédric Van Styvendael, a défendu lundi soir la hausse des tarifs : « Nous n'avons pas augmenté depuis huit ans », a-t-il rappelé.",
      "Les parents d'élèves ont répondu aussitôt : « Ce sont toujours les mêmes familles qui paient. »",
      "La majorité a voté la délibération."],
     [("Nous n'avons pas augmenté", ["Cédric Van Styvendael"], "control"),
      ("Ce sont toujours les mêmes familles", ["parents d'élèves", "parents", N], "colon_role")]),
    ("s03", "fr", "Le Quotidien de la Réunion", "2026-11-20T09:00:00+04:00",
     "Saint-Paul : la majorité défend son plan d'investissement",
     ["« Ce plan est le plus ambitieux de la mandature », a affirmé le maire, Emmanuel Séraphin, en ouverture du conseil.",
      "La minorité a critiqué des annonces « sans financement ». « Qui paiera les trois nouveaux collèges ? », a-t-elle demandé par la voix de sa présidente de groupe, Huguette Bello.",
      "Le vote a eu lieu tard dans la soirée."],
     [("Ce plan est le plus ambitieux", ["Emmanuel Séraphin"], "control"),
      ("sans financement", ["minorité", "la minorité"], "control"),
      ("Qui paiera les trois nouveaux", ["Huguette Bello", "minorité", "la minorité"], "pronoun_body_voice")]),
    ("s04", "fr", "Sud Ouest", "2026-11-21T17:00:00+01:00",
     "Bordeaux : la CGT dénonce la fermeture d'un atelier",
     ["Le directeur du site, Paul Mercier, a confirmé la fermeture de l'atelier de peinture. « La décision a été prise au niveau du groupe », a-t-il indiqué.",
      "Le syndicat a fustigé un choix « brutal ». « Cent vingt salariés sont sacrifiés », a-t-il dénoncé, par la voix de son délégué, Karim Benali."],
     [("La décision a été prise", ["Paul Mercier"], "control"),
      ("brutal", ["syndicat", "CGT", "Karim Benali"], "control"),
      ("Cent vingt salariés sont sacrifiés", ["Karim Benali", "syndicat", "CGT"], "pronoun_body_voice")]),
    ("s05", "fr", "L'Est républicain", "2026-11-22T11:00:00+01:00",
     "Nancy : une élue interpelle la ministre des Sports",
     ["La conseillère régionale Sophie Mette a interpellé la ministre des Sports, Marina Ferrari, sur l'avenir du stade Marcel-Picot.",
      "Cette dernière a assuré que l'État « accompagnera le projet jusqu'au bout ».",
      "« Nous attendons des actes, pas des promesses », a insisté l'élue."],
     [("accompagnera le projet jusqu'au bout", ["Marina Ferrari"], "ce_dernier"),
      ("Nous attendons des actes", ["Sophie Mette"], "control")]),
    ("s06", "fr", "La Dépêche", "2026-11-23T19:00:00+01:00",
     "Toulouse : le député alerte le préfet sur les inondations",
     ["Le député Jean-Luc Rivière a écrit au préfet de la Haute-Garonne, Pierre-André Durand, pour réclamer des digues.",
      "Ce dernier lui a répondu mardi : « Les travaux commenceront au printemps. »",
      "Le député s'est dit « soulagé »."],
     [("Les travaux commenceront au printemps", ["Pierre-André Durand"], "ce_dernier"),
      ("soulagé", ["Jean-Luc Rivière"], "control")]),
    ("s07", "fr", "Le Figaro", "2026-11-24T08:00:00+01:00",
     "LR : Bruno Retailleau veut rassembler la droite",
     ["Le président des Républicains a réuni ses parlementaires mardi. Son bras droit, Laurent Wauquiez, était présent.",
      "« Nous ne ferons aucune alliance avec l'extrême droite », a martelé le président du groupe LR à l'Assemblée nationale.",
      "« La droite doit redevenir une force de gouvernement », a ajouté Bruno Retailleau."],
     [("Nous ne ferons aucune alliance", ["Laurent Wauquiez"], "title_of_org"),
      ("La droite doit redevenir", ["Bruno Retailleau"], "control")]),
    ("s08", "fr", "Libération", "2026-11-25T16:00:00+01:00",
     "Assemblée : la motion de censure écologiste",
     ["La motion a été déposée par les écologistes, menés par Cyrielle Chatelain.",
      "« Le gouvernement a perdu toute légitimité », a lancé la présidente du groupe écologiste à l'Assemblée.",
      "Le Premier ministre a balayé ces critiques."],
     [("Le gouvernement a perdu toute légitimité", ["Cyrielle Chatelain"], "title_of_org")]),
    ("s09", "en", "AFP", "2026-11-26T10:00:00+00:00",
     "Flooding in Valencia leaves thousands without power",
     ["The regional president Carlos Mazón defended the emergency response on Wednesday. \"Every alert was sent on time,\" Mazón told reporters.",
      "A nurse from the town of Paiporta, reached by telephone, described the night. \"The water rose to the first floor in twenty minutes,\" she told AFP.",
      "\"We lost everything,\" she added."],
     [("Every alert was sent on time", ["Carlos Mazón"], "control"),
      ("The water rose to the first floor", ["nurse", N], "english_pronoun_gender"),
      ("We lost everything", ["nurse", N], "english_pronoun_gender")]),
    ("s10", "en", "Reuters", "2026-11-27T14:00:00+00:00",
     "Chile's central bank holds rates",
     ["Central bank governor Rosanna Costa said inflation was easing. \"We remain cautious,\" Costa said at a news conference.",
      "Finance minister Mario Marcel welcomed the decision. \"This gives certainty to households,\" he told Reuters.",
      "An economist at a Santiago bank, who asked not to be named, was more sceptical. \"The peso is still fragile,\" she said."],
     [("We remain cautious", ["Rosanna Costa"], "control"),
      ("This gives certainty", ["Mario Marcel"], "english_pronoun_gender"),
      ("The peso is still fragile", ["economist", N], "english_pronoun_gender")]),
    ("s11", "fr", "La Presse", "2026-11-28T07:00:00-05:00",
     "Logement : « Il faut construire plus vite »",
     ["La mairesse de Longueuil, Catherine Fournier, a accordé une entrevue à La Presse sur la crise du logement.",
      "Q : Combien de logements manque-t-il à Longueuil ?",
      "R : Environ 5000. Nous sommes très loin du compte.",
      "Q : Qu'attendez-vous de Québec ?",
      "R : Des terrains et de l'argent, rapidement.",
      "Le ministre de l'Habitation, Jean Boulet, a réagi en soirée. « Nous avons déjà doublé l'enveloppe », a-t-il assuré.",
      "Le conseil municipal se réunira lundi."],
     [("Environ 5000", ["Catherine Fournier"], "interview_end"),
      ("Des terrains et de l'argent", ["Catherine Fournier"], "interview_end"),
      ("Nous avons déjà doublé", ["Jean Boulet"], "interview_end")]),
    ("s12", "fr", "DNA", "2026-11-29T18:00:00+01:00",
     "Strasbourg : victime d'un faux conseiller bancaire",
     ["Elle a accepté de raconter son histoire, sous le prénom de Jeanne, dans les locaux de l'association Accord 67, à Strasbourg.",
      "« Il avait une voix rassurante, il connaissait tout de moi », confie la retraitée, Jeanne.",
      "L'escroc l'a rappelée quatre fois dans la journée. « J'ai tout validé sur mon téléphone sans réfléchir », a-t-elle poursuivi.",
      "La banque a refusé de la rembourser."],
     [("Il avait une voix rassurante", ["Jeanne"], "control"),
      ("J'ai tout validé sur mon téléphone", ["Jeanne"], "pronoun_after_person")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for aid, lang, source, published, title, paragraphs, quotes in ARTICLES:
            url = f"https://www.example.test/qs25/{aid}"
            text = "\n".join(paragraphs)
            for snippet, _, _ in quotes:
                assert snippet in text, (aid, snippet)
            out.write(json.dumps({"title": title, "paragraphs": paragraphs, "published": published,
                                  "language": lang, "url": url, "source": source},
                                 ensure_ascii=False) + "\n")
            gold.append({"id": aid, "url": url, "source": source, "published": published, "language": lang,
                         "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                                    for s, sp, k in quotes],
                         "entities": {"PER": [], "ORG": []}, "places": [], "dates": []})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(gold), "articles,", sum(len(g["quotes"]) for g in gold), "quotes")


if __name__ == "__main__":
    main()
