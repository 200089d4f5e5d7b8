#!/usr/bin/env python3
# ruff: noqa: E501  (data: one sentence a line)
"""Build the h-quotes52 held-out set: articles.jsonl and gold.json.

Written by h-quotes52 before veille was run on it. Each article is a list of paragraphs;
each quote's gold is (snippet, accepted speakers, kind). ``None`` among the accepted
speakers means "no speaker" is right (then any other name is wrong).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None

ARTICLES = [
    # --- an English participle clause opening the sentence is no speaker
    ("q01", "en", "The Northern Echo", "2026-12-01T10:00:00+00:00",
     "Council leader defends bus cuts",
     ["Durham County Council will cut six rural bus routes from January.",
      "Addressing councillors on Tuesday, the council leader said the cuts were \"painful but unavoidable\".",
      "Amanda Hopgood, who leads the council, later met drivers at the depot.",
      "\"We will find the money for the school routes,\" she said. Ms Hopgood added that the review would end in March."],
     [("painful but unavoidable", ["council leader", N], "en_participle_opener"),
      ("We will find the money for the school routes", ["Amanda Hopgood", "Hopgood"], "en_pronoun_after_participle")]),
    ("q02", "en", "Wales Online", "2026-12-02T12:30:00+00:00",
     "Ferry operator warns over winter sailings",
     ["Stena Line has cut two sailings a day between Holyhead and Dublin.",
      "Asked about the timetable, the company's chief executive said the service was \"no longer viable in winter\".",
      "Writing to passengers, Niclas Martensson said the operator \"deeply regrets the disruption\"."],
     [("no longer viable in winter", ["chief executive", N], "en_participle_opener"),
      ("deeply regrets the disruption", ["Niclas Martensson"], "en_participle_opener_named")]),
    # --- French: the subject of the speech verb, not a clause before it
    ("q03", "fr", "Ouest-France", "2026-12-03T08:00:00+01:00",
     "Brest : la fermeture du service de nuit confirmée, les infirmières dénoncent « un abandon des patients »",
     ["L'hôpital de la Cavale-Blanche fermera son service de nuit en février.",
      "Nantes : le projet de tramway retardé, les commerçants craignent « une année blanche »."],
     [("un abandon des patients", ["infirmières", N], "fr_headline_clause"),
      ("une année blanche", ["commerçants", N], "fr_headline_clause")]),
    ("q04", "fr", "La Dépêche", "2026-12-03T18:00:00+01:00",
     "Toulouse : la ligne C du métro en retard",
     ["Chantier prolongé, budget dépassé : les élus d'opposition réclament « un audit indépendant » du projet."],
     [("un audit indépendant", ["élus d'opposition", N], "fr_clause_before_colon")]),
    # --- a speaker after the verb ends where the name ends
    ("q05", "it", "La Stampa", "2026-12-04T16:00:00+01:00",
     "Torino, nuove corsie per le bici",
     ["Il Comune ha approvato dodici chilometri di nuove piste ciclabili.",
      "«I lavori partiranno già in primavera», ha spiegato Chiara Foglietta al termine della seduta."],
     [("I lavori partiranno già in primavera", ["Chiara Foglietta"], "it_name_then_phrase")]),
    ("q06", "fr", "Le Progrès", "2026-12-04T19:00:00+01:00",
     "Lyon : accord sur les cantines",
     ["« Les repas resteront à un euro pour les familles modestes », a déclaré Grégory Doucet à l'issue du conseil municipal."],
     [("Les repas resteront à un euro", ["Grégory Doucet"], "fr_name_then_phrase")]),
    ("q07", "es", "La Voz de Galicia", "2026-12-05T09:00:00+01:00",
     "Vigo amplía el horario del metro ligero",
     ["\"Queremos que los jóvenes vuelvan en transporte público\", afirmó Abel Caballero tras la reunión con los vecinos."],
     [("Queremos que los jóvenes vuelvan", ["Abel Caballero"], "es_name_then_phrase")]),
    ("q08", "en", "The Herald", "2026-12-05T11:00:00+00:00",
     "Glasgow extends low emission zone",
     ["\"The air in the city centre is already cleaner,\" said Angus Millar at the end of the transport committee."],
     [("The air in the city centre is already cleaner", ["Angus Millar"], "en_name_then_phrase")]),
    ("q09", "de", "Kölner Stadt-Anzeiger", "2026-12-05T13:00:00+01:00",
     "Köln baut neue Radwege",
     ["„Die Stadt muss jetzt schneller bauen“, sagte Henriette Reker nach der Sitzung des Rates."],
     [("Die Stadt muss jetzt schneller bauen", ["Henriette Reker"], "de_name_then_phrase")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for aid, language, source, published, title, paragraphs, quotes in ARTICLES:
            url = f"https://www.example.test/hq52/{aid}"
            text = "\n".join([title, *paragraphs])
            for snippet, _, _ in quotes:
                assert snippet in text, (aid, snippet)
            out.write(json.dumps({"title": title, "paragraphs": paragraphs, "published": published,
                                  "language": language, "url": url, "source": source},
                                 ensure_ascii=False) + "\n")
            gold.append({"id": aid, "url": url, "source": source, "published": published,
                         "language": language,
                         "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                                    for s, sp, k in quotes]})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    print(len(gold), "articles,", sum(len(g["quotes"]) for g in gold), "quotes")


if __name__ == "__main__":
    main()
