#!/usr/bin/env python3
"""Write r-rpm54's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, event, source, published, language, title, text)
A = [
    # P: a (fictional) mayor on trial for favouritism, two outlets in their own words
    ("P1", "P-TRIAL", "Paris-Normandie Soir", "2026-10-05T09:00:00+02:00", "fr",
     "Procès de Bernard Vasseur : le parquet requiert deux ans avec sursis",
     "Le tribunal correctionnel de Rouen a jugé lundi le maire de Montvillers, Bernard "
     "Vasseur, poursuivi pour favoritisme dans l'attribution d'un marché de voirie de 3 "
     "millions d'euros.\n\nLe procureur a requis deux ans d'emprisonnement avec sursis et "
     "cinq ans d'inéligibilité. La défense a plaidé la relaxe ; le jugement sera rendu le "
     "2 novembre."),
    ("P2", "P-TRIAL", "Le Courrier cauchois", "2026-10-05T18:30:00+02:00", "fr",
     "Marché de voirie truqué ? L'élu de Montvillers devant ses juges",
     "Devant la cour, à Rouen, Bernard Vasseur a nié toute faveur accordée à l'entreprise "
     "Terrabitume, retenue en 2022 pour refaire les routes de sa commune. « J'ai suivi l'avis "
     "des services », a répété l'édile.\n\nL'accusation réclame une peine de prison avec "
     "sursis et une inéligibilité ; décision attendue début novembre."),
    # Q: the same mayor opens his regional campaign two days later, elsewhere
    ("Q1", "Q-CAMPAIGN", "Le Havre Matin", "2026-10-07T20:00:00+02:00", "fr",
     "Régionales : Bernard Vasseur lance sa campagne au Havre",
     "Deux jours après son procès, le maire de Montvillers, Bernard Vasseur, a réuni mercredi "
     "soir 800 militants au Havre pour lancer sa candidature aux élections régionales de "
     "mars.\n\nSur l'estrade, il a promis un plan de 500 millions pour les lignes de train "
     "régionales et la gratuité des transports scolaires."),
    ("Q2", "Q-CAMPAIGN", "Normandy Politics Weekly", "2026-10-08T08:00:00+00:00", "en",
     "Vasseur kicks off regional bid with rail pledge",
     "Bernard Vasseur, the mayor of Montvillers, launched his campaign for the March "
     "regional election at a rally in Le Havre on Wednesday, pledging 500 million euros for "
     "local trains and free school buses.\n\nSome 800 supporters attended the meeting."),
    # B: one bank's quarterly results, two outlets (fr, en)
    ("B1", "B-RESULTS", "Les Échos du Nord", "2026-10-06T08:00:00+02:00", "fr",
     "La Banque Solvane dépasse les attentes au troisième trimestre",
     "La Banque Solvane a publié mardi un bénéfice net de 412 millions d'euros pour le "
     "troisième trimestre, en hausse de 18 % sur un an, porté par la banque de détail et "
     "la gestion d'actifs.\n\nLe produit net bancaire atteint 2,1 milliards. Son directeur "
     "financier, Étienne Morlaix, relève l'objectif annuel."),
    ("B2", "B-RESULTS", "Finance Wire Europe", "2026-10-06T12:00:00+00:00", "en",
     "Solvane profit jumps 18% as retail banking shines",
     "French lender Banque Solvane reported third-quarter net income of 412 million euros "
     "on Tuesday, up 18% from a year earlier, and raised its full-year target.\n\nChief "
     "financial officer Etienne Morlaix credited retail banking and asset management; "
     "revenue reached 2.1 billion euros."),
    # F: another bank fined by the supervisor the same week, two outlets
    ("F1", "F-FINE", "Les Échos du Nord", "2026-10-07T10:00:00+02:00", "fr",
     "Blanchiment : le Crédit Marnais condamné à 25 millions d'euros d'amende",
     "La commission des sanctions de l'Autorité de contrôle prudentiel a infligé mercredi "
     "une amende de 25 millions d'euros au Crédit Marnais pour des manquements à ses "
     "obligations de lutte contre le blanchiment.\n\nLe régulateur relève des virements "
     "suspects non signalés entre 2021 et 2023. La banque annonce qu'elle ne fera pas appel."),
    ("F2", "F-FINE", "Banque et Droit Hebdo", "2026-10-07T16:00:00+02:00", "fr",
     "L'ACPR sanctionne lourdement le Crédit Marnais",
     "Vingt-cinq millions d'euros : c'est la sanction prononcée contre le Crédit Marnais, "
     "épinglé pour des contrôles défaillants sur des opérations douteuses de ses clients. "
     "L'autorité de supervision juge le dispositif anti-blanchiment de l'établissement "
     "« gravement insuffisant ».\n\nL'établissement renonce à contester la décision."),
    # O: the opening of a (fictional) games, then C: its closing told by three outlets
    ("O1", "O-OPENING", "Sport Nordique", "2026-09-26T21:00:00+02:00", "fr",
     "Tromsø ouvre les Jeux arctiques sous les aurores",
     "Les Jeux arctiques de Tromsø ont été ouverts samedi soir devant 20 000 spectateurs, "
     "lors d'une cérémonie d'ouverture qui a mis en scène les traditions sames.\n\nQuelque "
     "1 500 athlètes de douze pays disputeront quarante épreuves pendant dix jours."),
    ("C1", "C-CLOSING", "Sport Nordique", "2026-10-06T22:00:00+02:00", "fr",
     "Rideau sur les Jeux arctiques : la Norvège finit en tête",
     "Les Jeux arctiques de Tromsø se sont achevés lundi soir par une cérémonie de clôture "
     "sobre, sous la neige. La Norvège termine première au tableau des médailles devant le "
     "Canada.\n\nLe drapeau des Jeux a été remis au maire de Nuuk, qui accueillera la "
     "prochaine édition."),
    ("C2", "C-CLOSING", "Arctic Times", "2026-10-06T23:00:00+00:00", "en",
     "Tromsø bids farewell to Arctic Games, Nuuk takes the flag",
     "The Arctic Games closed in Tromsø on Monday night with a snowy closing ceremony, "
     "Norway topping the medal table ahead of Canada.\n\nThe mayor of Nuuk received the "
     "Games flag; Greenland will host the next edition."),
    ("C3", "C-CLOSING", "L'Équipe des neiges", "2026-10-07T07:30:00+02:00", "fr",
     "Bilan des Jeux de Tromsø : une réussite populaire malgré le froid",
     "Dix jours de compétition, des tribunes pleines et des records : les organisateurs "
     "de Tromsø dressent un bilan flatteur de ces Jeux arctiques, clos lundi.\n\nLes "
     "Norvégiens, premiers au classement des médailles, donnent rendez-vous à Nuuk dans "
     "deux ans."),
]

PAIRS = [  # (a, b, together?): what score.py checks
    ("P1", "P2", True), ("Q1", "Q2", True), ("P1", "Q1", False), ("P2", "Q2", False),
    ("B1", "B2", True), ("F1", "F2", True), ("B1", "F1", False), ("B2", "F2", False),
    ("C1", "C2", True), ("C1", "C3", True), ("O1", "C1", False), ("O1", "C3", False),
]


def main() -> None:
    lines = []
    gold: dict = {"articles": {}, "pairs": PAIRS}
    for aid, event, source, published, lang, title, text in A:
        url = f"https://example.org/r-rpm54/{aid.lower()}"
        lines.append(json.dumps({"id": aid, "title": title, "text": text,
                                 "published": published, "source": source, "url": url,
                                 "language": lang}, ensure_ascii=False))
        gold["articles"][aid] = {"event": event, "url": url, "published": published}
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
