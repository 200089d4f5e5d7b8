#!/usr/bin/env python3
"""Build the h-quotes50 held-out set: articles.jsonl and gold.json.

Written by h-quotes50 before veille was run on it. Each article is a list of paragraphs;
each quote's gold is (snippet, accepted speakers, kind). ``None`` among the accepted
speakers means "no speaker" is right (then any other name is wrong).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None

ARTICLES = [
    # --- a framing adverbial before the subject of the reporting verb
    ("q01", "fr", "L'Est républicain", "2026-11-27T08:10:00+01:00",
     "Longwy : la fermeture de la maternité inquiète des deux côtés de la frontière",
     ["L'agence régionale de santé a confirmé mardi la fermeture de la maternité de Mont-Saint-Martin au 1er mars.",
      "Côté belge, l'échevin de la santé d'Aubange a déploré un choix fait « dans le dos des patientes ».",
      "Du côté des soignants, la représentante du personnel a dénoncé « un abandon pur et simple du bassin ».",
      "Pour sa part, le directeur de l'hôpital a défendu « une décision de sécurité »."],
     [("dans le dos des patientes", ["échevin de la santé d'Aubange", "échevin", N], "frame_adverbial"),
      ("un abandon pur et simple", ["représentante du personnel", "représentante", N], "frame_adverbial"),
      ("une décision de sécurité", ["directeur de l'hôpital", "directeur", N], "frame_adverbial")]),
    ("q02", "fr", "Le Dauphiné libéré", "2026-11-28T17:45:00+01:00",
     "Tunnel du Fréjus : trafic perturbé jusqu'à Noël",
     ["Le tunnel routier du Fréjus sera fermé la nuit pendant trois semaines pour des travaux de ventilation.",
      "Côté savoyard, la présidente de la communauté de communes, Émilie Bonnivard, a réclamé « une information plus claire pour les transporteurs ».",
      "Côté piémontais, le syndic de Bardonecchia a parlé d'un hiver « perdu pour les commerces »."],
     [("une information plus claire", ["Émilie Bonnivard"], "frame_adverbial_named"),
      ("perdu pour les commerces", ["syndic de Bardonecchia", "syndic", N], "frame_adverbial")]),
    # --- a role noun referring back to a person named earlier with that title
    ("q03", "fr", "La Libre Belgique", "2026-11-29T12:30:00+01:00",
     "Bruxelles : le roi Philippe visite le nouveau centre d'accueil",
     ["Le roi Philippe s'est rendu vendredi au centre d'accueil de Neder-Over-Heembeek, ouvert en octobre.",
      "Il a échangé longuement avec les bénévoles et plusieurs familles hébergées.",
      "« Ce lieu montre ce que notre pays sait faire de mieux », a confié le monarque à la directrice du centre."],
     [("Ce lieu montre ce que notre pays", ["Philippe", "roi Philippe"], "role_back_ref")]),
    ("q04", "fr", "Ouest-France", "2026-11-30T19:05:00+01:00",
     "Rennes : la ministre des Sports au chevet du club de handball",
     ["La ministre des Sports, Marina Ferrari, a rencontré lundi les dirigeants du Cesson-Rennes handball, en redressement judiciaire.",
      "Le préfet d'Ille-et-Vilaine, Amaury de Saint-Quentin, accompagnait la délégation.",
      "« L'État ne laissera pas tomber un club formateur », a assuré la ministre à l'issue de la réunion.",
      "« Le dossier reste fragile », a prévenu le maire de Cesson-Sévigné."],
     [("L'État ne laissera pas tomber", ["Marina Ferrari"], "role_back_ref"),
      ("Le dossier reste fragile", ["maire de Cesson-Sévigné", "maire", N], "role_no_antecedent")]),
    ("q05", "fr", "L'Équipe", "2026-12-01T22:15:00+01:00",
     "Football : le président de Lens Joseph Oughourlian défend son entraîneur",
     ["Joseph Oughourlian, le président du RC Lens, a tenu mercredi une conférence de presse à La Gaillette.",
      "« Notre entraîneur a toute ma confiance jusqu'à la fin de la saison », a martelé le président lensois."],
     [("Notre entraîneur a toute ma confiance", ["Joseph Oughourlian"], "role_back_ref")]),
    # --- Spanish and Italian reporting verbs
    ("q06", "es", "El País", "2026-12-02T11:00:00+01:00",
     "Valencia amplía el carril bici hasta el puerto",
     ["El Ayuntamiento de Valencia aprobó este martes la ampliación del carril bici hasta la Marina.",
      "\"Es la obra que más nos han pedido los vecinos del Grao\", aseguró la concejala de Movilidad, Paula Llobet, durante la presentación.",
      "La presidenta de la asociación de comerciantes, Rosa Ferrer, advirtió que las obras \"no pueden coincidir con la campaña de Navidad\"."],
     [("Es la obra que más nos han pedido", ["Paula Llobet"], "es_verb_apposition"),
      ("no pueden coincidir con la campaña", ["Rosa Ferrer"], "es_subject_verb_que")]),
    ("q07", "es", "El Correo", "2026-12-02T18:20:00+01:00",
     "Bilbao cierra el mercado de la Ribera por obras",
     ["El mercado de la Ribera permanecerá cerrado tres meses para renovar su cubierta.",
      "«Los puestos se trasladarán a una carpa en la plaza del Arenal», explicó Nekane Alonso, concejala de Comercio."],
     [("Los puestos se trasladarán", ["Nekane Alonso"], "es_verb_name")]),
    ("q08", "it", "Corriere della Sera", "2026-12-03T09:40:00+01:00",
     "Milano, stop ai monopattini in centro",
     ["Da gennaio i monopattini in sharing non potranno più circolare nella zona della Cerchia dei Navigli.",
      "«Abbiamo ricevuto troppe segnalazioni di incidenti», ha dichiarato l'assessora alla Mobilità, Arianna Censi.",
      "Il presidente di Confcommercio Milano, Carlo Sangalli, ha detto che la misura \"arriva davvero troppo tardi per i negozi\"."],
     [("Abbiamo ricevuto troppe segnalazioni", ["Arianna Censi"], "it_verb_apposition"),
      ("arriva davvero troppo tardi", ["Carlo Sangalli"], "it_subject_verb_che")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for aid, language, source, published, title, paragraphs, quotes in ARTICLES:
            url = f"https://www.example.test/hq50/{aid}"
            text = "\n".join(paragraphs)
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
