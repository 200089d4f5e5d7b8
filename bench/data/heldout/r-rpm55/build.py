#!/usr/bin/env python3
"""Write r-rpm55's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, event, source, published, language, title, text)
A = [
    # E: one bank's trading loss, three outlets in their own words
    ("E1", "E-LOSS", "Le Quotidien de l'Épargne", "2026-11-02T08:00:00+01:00", "fr",
     "La Banque Ardoisière perd 640 millions d'euros sur des paris d'un courtier",
     "La Banque Ardoisière a révélé lundi une perte de 640 millions d'euros causée par les "
     "positions non autorisées d'un courtier de sa salle des marchés de Nantes, dans un "
     "contexte de crise financière.\n\nSon président, Gaspard Lemerle, a porté plainte et "
     "promet un audit. La banque assure que les dépôts de ses clients ne sont pas menacés."),
    ("E2", "E-LOSS", "Ouest Finances", "2026-11-02T14:00:00+01:00", "fr",
     "Ardoisière : un courtier isolé à l'origine d'un trou de 640 millions",
     "Comment un seul opérateur a-t-il pu engager la Banque Ardoisière sans contrôle ? Le "
     "courtier, mis à pied, aurait dissimulé ses paris sur les marchés dérivés pendant des "
     "semaines.\n\nGaspard Lemerle, le président, parle d'une « fraude caractérisée ». La "
     "crise financière a amplifié la perte, selon la direction."),
    ("E3", "E-LOSS", "La Lettre bancaire", "2026-11-03T09:00:00+01:00", "fr",
     "Perte de la Banque Ardoisière : le courtier en garde à vue",
     "Le courtier soupçonné d'avoir fait perdre 640 millions d'euros à la Banque Ardoisière "
     "a été placé en garde à vue mardi à Nantes.\n\nLa banque, présidée par Gaspard Lemerle, "
     "a annoncé le départ de son directeur des risques."),
    # S: a report on the crisis and households' borrowing, the day after (one sector)
    ("S1", "S-CRISIS", "Le Quotidien de l'Épargne", "2026-11-03T16:00:00+01:00", "fr",
     "La crise financière va renchérir les crédits des ménages",
     "Avec la crise financière, les banques resserrent leurs conditions : les taux des "
     "crédits immobiliers devraient monter d'un demi-point d'ici au printemps, selon "
     "l'Observatoire des emprunts.\n\nLes ménages aux revenus modestes seront les premiers "
     "touchés ; les courtiers en crédit conseillent d'emprunter avant la fin de l'année."),
    # D: a (fictional) justice minister's pregnancy announced, two outlets
    ("D1", "D-BABY", "Gala du Soir", "2026-11-10T09:00:00+01:00", "fr",
     "Hélène Sarrazin, garde des Sceaux, attend son premier enfant",
     "La ministre de la Justice, Hélène Sarrazin, 43 ans, a confirmé lundi qu'elle est "
     "enceinte de cinq mois et qu'elle accouchera au printemps.\n\nElle ne prendra qu'un "
     "court congé de maternité, a fait savoir son entourage."),
    ("D2", "D-BABY", "Paris Potins", "2026-11-10T19:00:00+01:00", "fr",
     "Une naissance attendue place Vendôme",
     "Hélène Sarrazin sera mère au printemps : la garde des Sceaux a annoncé sa grossesse "
     "lors d'un déplacement, sans dire qui est le père.\n\nSes proches saluent une "
     "« nouvelle heureuse » ; elle compte reprendre ses fonctions quelques semaines après "
     "l'accouchement."),
    # M: the magistrates' protest against the same minister's reform, the same week
    ("M1", "M-PROTEST", "Le Journal judiciaire", "2026-11-12T10:00:00+01:00", "fr",
     "Les magistrats en grève contre la réforme d'Hélène Sarrazin",
     "Des milliers de magistrats et de greffiers ont cessé le travail mercredi pour "
     "protester contre la réforme de la carte judiciaire portée par la garde des Sceaux, "
     "Hélène Sarrazin.\n\nLes audiences ont été renvoyées dans 120 tribunaux ; le Syndicat "
     "de la magistrature dénonce la fermeture de 40 tribunaux d'instance."),
    ("M2", "M-PROTEST", "Droit et Cité", "2026-11-12T17:00:00+01:00", "fr",
     "Tribunaux à l'arrêt : la colère des juges monte",
     "Robes noires sur les marches des palais de justice : les juges et les greffiers ont "
     "renvoyé leurs audiences pour dénoncer la nouvelle carte judiciaire.\n\nLa ministre "
     "Hélène Sarrazin maintient la fermeture des 40 tribunaux d'instance et refuse de "
     "recevoir le Syndicat de la magistrature."),
    ("M3", "M-PROTEST", "Le Journal judiciaire", "2026-11-13T09:00:00+01:00", "fr",
     "Carte judiciaire : après la grève, les magistrats menacent de recommencer",
     "Au lendemain d'une grève suivie dans 120 tribunaux, le Syndicat de la magistrature "
     "promet une nouvelle journée d'action si la garde des Sceaux ne renonce pas à fermer "
     "40 tribunaux d'instance.\n\nHélène Sarrazin a répondu que la réforme sera votée."),
    # X: a diplomatic row with the host country, two days before the games' closing
    ("X1", "X-ROW", "Le Monde d'Ailleurs", "2026-11-19T09:00:00+01:00", "fr",
     "La Norvalie rappelle son ambassadeur à Paris",
     "Le gouvernement de la Norvalie a rappelé mercredi son ambassadeur en France après "
     "l'expulsion de deux de ses diplomates accusés d'espionnage industriel.\n\nOslavik "
     "dénonce une « provocation », à la veille de la clôture des Jeux boréaux que le pays "
     "accueille à Kirvik."),
    ("X2", "X-ROW", "Diplomatie Hebdo", "2026-11-19T18:00:00+01:00", "fr",
     "Espionnage : crise diplomatique entre Paris et la Norvalie",
     "Après l'expulsion de deux diplomates norvaliens soupçonnés d'avoir volé des secrets "
     "industriels, Oslavik a rappelé son ambassadeur.\n\nLe Quai d'Orsay se dit « serein » "
     "et rappelle que la délégation française reste aux Jeux boréaux."),
    # C: the games' closing, four outlets in their own words (report and commentary)
    ("C1", "C-CLOSING", "Sports Matin", "2026-11-21T23:00:00+01:00", "fr",
     "Kirvik clôt les Jeux boréaux sous les aurores",
     "Les Jeux boréaux de Kirvik se sont achevés samedi soir par une cérémonie de clôture "
     "devant 30 000 spectateurs, la flamme s'éteignant sous une aurore boréale.\n\nLa "
     "Norvalie termine en tête du tableau des médailles avec 31 titres ; la France est "
     "quatrième."),
    ("C2", "C-CLOSING", "L'Écho des stades", "2026-11-22T08:00:00+01:00", "fr",
     "Bilan : des Jeux boréaux réussis, mais à quel prix ?",
     "Les gradins pleins et la fête finale n'effacent pas la facture : les Jeux de Kirvik "
     "auront coûté 4 milliards, trois fois le budget prévu.\n\nReste l'image d'un pays hôte, "
     "la Norvalie, premier au tableau des médailles, et d'une flamme éteinte samedi sous "
     "les aurores."),
    ("C3", "C-CLOSING", "Le Sport en région", "2026-11-22T10:00:00+01:00", "fr",
     "Le drapeau passe à Valdrôme pour les prochains Jeux boréaux",
     "Lors de la cérémonie de clôture à Kirvik, samedi, le maire de Valdrôme a reçu le "
     "drapeau des Jeux boréaux, qui auront lieu dans sa ville dans quatre ans.\n\nLa "
     "délégation française rentre avec 12 médailles, dont 4 en or."),
    ("C4", "C-CLOSING", "Chronique olympique", "2026-11-22T18:00:00+01:00", "fr",
     "Ce que les Jeux de Kirvik laisseront",
     "Une fois la flamme éteinte, que restera-t-il des Jeux boréaux ? Des patinoires neuves, "
     "une ligne de tramway, et une dette que Kirvik remboursera pendant vingt ans.\n\nLes "
     "athlètes, eux, garderont le souvenir d'une clôture sous les aurores."),
]

PAIRS = [
    ("E1", "E2", True), ("E1", "E3", True), ("E2", "E3", True),
    ("S1", "E1", False), ("S1", "E2", False), ("S1", "E3", False),
    ("D1", "D2", True), ("M1", "M2", True), ("M1", "M3", True), ("M2", "M3", True),
    ("D1", "M1", False), ("D2", "M2", False), ("D1", "M3", False),
    ("X1", "X2", True),
    ("C1", "C2", True), ("C1", "C3", True), ("C1", "C4", True), ("C2", "C4", True),
    ("X1", "C1", False), ("X2", "C2", False),
]


def main() -> None:
    """Write the two files next to this script."""
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for aid, _ev, source, published, lang, title, text in A:
            f.write(json.dumps({"id": aid, "title": title, "text": text,
                                "published": published, "source": source,
                                "url": f"https://example.org/r-rpm55/{aid.lower()}",
                                "language": lang}, ensure_ascii=False) + "\n")
    gold = {"articles": {aid: {"event": ev, "url": f"https://example.org/r-rpm55/{aid.lower()}"}
                         for aid, ev, *_ in A},
            "pairs": [list(p) for p in PAIRS]}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
