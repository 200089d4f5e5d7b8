#!/usr/bin/env python3
"""Build the r-who49 held-out set: articles.jsonl and gold.json (python3 build.py)."""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
U = "https://www.example.test/rw49/"
ORGISH = ["ORG", "NONE"]
NOT_ORG = ["MISC", "NONE"]
NOT_LOC = ["ORG", "MISC", "NONE"]
A = [
    ("f01", "fr", "Marée noire : les conchyliculteurs inquiets",
     ["Les Conchyliculteurs de Charente-Maritime ont suspendu leurs ventes vendredi, a "
      "annoncé leur porte-parole, Maëlle Rivaud.",
      "Les Mytiliculteurs de Vendée attendent les analyses, selon la chambre de commerce "
      "de La Rochelle."],
     [["ent", "Conchyliculteurs de Charente-Maritime", ORGISH],
      ["ent", "Mytiliculteurs de Vendée", ORGISH],
      ["ent", "Chambre", ["NONE"]], ["ent", "Maëlle Rivaud", ["PER"]]]),
    ("f02", "fr", "Gel : coupures de gaz dans l'Hérault",
     ["Près de 900 clients ont été privés de gaz dimanche, a reconnu GRDF Occitanie, qui "
      "promet un retour à la normale lundi.",
      "Veolia Provence a de son côté signalé des canalisations gelées à Carpentras."],
     [["ent", "GRDF Occitanie", ORGISH], ["ent", "Veolia Provence", ORGISH]]),
    ("f03", "fr", "Pic de pollution : circulation différenciée à Strasbourg",
     ["Seuls les véhicules munis d'une vignette Crit'Air 1 pourront entrer dans la "
      "zone à faibles émissions jeudi.",
      "Les propriétaires de voitures Crit'Air 5 seront verbalisés, a prévenu la préfecture."],
     [["ent", "Crit'Air 1", NOT_ORG], ["ent", "Crit'Air 5", NOT_ORG]]),
    ("f04", "fr", "Viaduc : fermeture de nuit",
     ["« Les joints doivent être changés avant l'hiver », a expliqué le chef du service "
      "des routes du Centre-Est, Baptiste Oyharçabal.",
      "Le directeur des routes du Nord-Ouest, Loïc Penhoat, prévoit des travaux semblables."],
     [["ent", "Centre-Est", NOT_LOC], ["ent", "Nord-Ouest", NOT_LOC],
      ["ent", "Baptiste Oyharçabal", ["PER"]], ["ent", "Loïc Penhoat", ["PER"]]]),
    ("f05", "fr", "Grèce : un incendie dans un camp de migrants",
     ["Un incendie a détruit une partie du camp de Moria, sur l'île de Lesbos, dans la nuit "
      "de mardi à mercredi, selon les pompiers.",
      "Les familles ont été transférées vers le camp de Kara Tepe."],
     [["ent", "Moria", ["LOC", "NONE"]], ["ent", "Kara Tepe", ["LOC", "NONE"]]]),
    ("f06", "fr", "Transports : grève sur le réseau Mistral",
     ["Aucun bus du réseau Mistral ne circulera samedi à Toulon, a indiqué la direction "
      "de Mistral.",
      "À Besançon, le réseau Ginko maintient ses lignes de tramway, selon Ginko."],
     [["ent", "Mistral", NOT_LOC], ["ent", "Ginko", NOT_LOC]]),
    ("f07", "fr", "Thiers : la coutellerie va fermer",
     ["L'usine Lames Durandal de Thiers fermera ses portes en mars, faute de repreneur.",
      "« Nous avons tout essayé pendant deux ans », a-t-il ajouté, sans autre précision."],
     [["ent", "Lames Durandal", ["ORG", "NONE"]],
      ["spknot", "tout essayé", "Lames Durandal"]]),
    ("e08", "en", "Tram fares rise in Hong Kong",
     ["Trams linking Shau Kei Wan with Central will cost more from January, the operator said.",
      "Commuters between Causeway Bay and Central already pay more at peak hours."],
     [["ent", "Central", ["LOC", "NONE"]]]),
    ("e09", "en", "Harbour festival draws crowds",
     ["Coach Dariusz Wenzel said the rowing race would be held on Sunday.",
      "Midwife Olena Barros told the crowd that the clinic would open a new wing.",
      "Cook Hamish Tavendale served 400 meals, organisers said."],
     [["ent", "Dariusz Wenzel", ["PER"]], ["ent", "Coach Dariusz Wenzel", ["NONE"]],
      ["ent", "Olena Barros", ["PER"]], ["ent", "Midwife Olena Barros", ["NONE"]],
      ["ent", "Hamish Tavendale", ["PER"]], ["ent", "Cook Hamish Tavendale", ["NONE"]]]),
    ("f10", "fr", "Football : l'OM s'impose à Rome",
     ["L'OM a battu la Roma mercredi soir au stade olympique de Rome.",
      "Le défenseur Thomas Colombani a marqué, devant le maire de Rome et la commission "
      "de discipline de l'UEFA.",
      "À Rome, Tom Dombasle, supporter venu de Romorantin, a salué la victoire."],
     [["name", "OM", ["veille:om"]]]),
    ("f11", "fr", "Rome accueille le sommet",
     ["Rome accueille jeudi un sommet sur l'économie; la Commission européenne y sera, a "
      "indiqué Thomas Colombani."],
     []),
]


def main() -> None:
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for slug, lang, title, paras, _ in A:
            f.write(json.dumps({"title": title, "paragraphs": paras, "language": lang,
                                "source": "Courrier test", "url": U + slug,
                                "published": "2026-11-30T08:00:00+01:00"},
                               ensure_ascii=False) + "\n")
    gold = [{"url": U + slug, "checks": checks} for slug, _, _, _, checks in A if checks]
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
