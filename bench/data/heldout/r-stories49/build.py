#!/usr/bin/env python3
"""Build r-stories49's held-out set (written 2026-12-05 before veille was run on it).

Four events, each told by three outlets (a story of three), then a profile, a column or a
feature on it that should join, and a hard negative (the same people or place, another
event) that must stay apart. Invented articles and people, free to reuse (CC0). Writes
``wave1.jsonl``, ``wave2.jsonl`` and ``gold.json``. Score with ``score.sh``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.heldout_events import write_set  # noqa: E402  (the event sets' one builder)

HERE = Path(__file__).parent

# (gid, gold story, relation, of, wave, source, published, language, title, text)
A = [
    # --- 1. a ferry runs aground near Kingston (Ontario); the captain's profile; fares (neg.)
    ("KF1", "KF-AGROUND", "independent", None, 1, "Limestone City Courier", "2026-08-12T09:10:00-04:00", "en",
     "Wolfe Island ferry runs aground, 46 passengers evacuated",
     "The Wolfe Islander IV ran aground on a shoal off Marysville early Wednesday with 46 "
     "passengers and 19 vehicles aboard. No one was hurt, the Ontario transport ministry said.\n\n"
     "Passengers were taken ashore by a coast guard launch. The ferry remains stuck and the "
     "crossing to Kingston is suspended."),
    ("KF2", "KF-AGROUND", "followup", "KF1", 1, "Ontario Wire", "2026-08-12T11:40:00-04:00", "en",
     "Kingston ferry stuck on shoal; crossing suspended",
     "The ferry linking Kingston to Wolfe Island is stuck on a shoal after running aground in "
     "low water on Wednesday morning. All 46 passengers were evacuated safely.\n\nThe Transportation "
     "Safety Board has sent investigators to Marysville."),
    ("KF3", "KF-AGROUND", "followup", "KF1", 1, "CKWS Radio News", "2026-08-12T17:05:00-04:00", "en",
     "Islanders stranded as grounded ferry awaits tug",
     "Wolfe Island residents face a night without a ferry after the Wolfe Islander IV ran "
     "aground. A tug from Picton is expected Thursday to pull the vessel off the shoal.\n\n"
     "Township mayor Doug Raeburn asked the province for a water taxi in the meantime."),
    ("KF4", "KF-AGROUND", "followup", "KF1", 2, "Great Lakes Weekly", "2026-08-13T08:00:00-04:00", "en",
     "Captain Lise Arsenault, calm at the wheel when the Wolfe Islander hit bottom",
     "Lise Arsenault has crossed between Kingston and Wolfe Island more than twenty thousand "
     "times. On Wednesday she kept her voice level as she told 46 passengers to put on "
     "life jackets.\n\nBorn in Gananoque, she joined the ferry crew at nineteen. Her crew "
     "praised her composure."),
    ("KF5", "KF-FARES", "independent", None, 2, "Limestone City Courier", "2026-08-14T19:30:00-04:00", "en",
     "Wolfe Island ferry parking fees approved by township council",
     "Frontenac Islands township council voted Friday to charge visitors for parking at the "
     "Marysville ferry dock from next summer. Mayor Doug Raeburn said the money would pay "
     "for a new shelter.\n\nIsland residents will keep free parking with a permit."),
    # --- 2. a senator in police custody (embezzlement); a column; her amendment (negative)
    ("OB1", "OB-CUSTODY", "independent", None, 1, "Le Limousin libre", "2026-03-17T10:00:00+01:00", "fr",
     "La sénatrice Odile Brassac placée en garde à vue pour détournement de fonds publics",
     "La sénatrice de la Haute-Vienne Odile Brassac a été placée en garde à vue mardi matin à "
     "Limoges. Le parquet national financier la soupçonne d'avoir rémunéré des assistants "
     "fictifs.\n\nSes bureaux de Saint-Junien ont été perquisitionnés."),
    ("OB2", "OB-CUSTODY", "followup", "OB1", 1, "Radio Vienne Info", "2026-03-17T13:20:00+01:00", "fr",
     "Assistants fictifs : Odile Brassac entendue par les enquêteurs",
     "Odile Brassac est interrogée depuis ce matin dans les locaux de la police judiciaire de "
     "Limoges. Son avocat, Me Terrade, dénonce « une procédure disproportionnée ».\n\n"
     "Le parquet national financier avait ouvert une enquête préliminaire en octobre."),
    ("OB3", "OB-CUSTODY", "followup", "OB1", 1, "Agence Centre Presse", "2026-03-17T19:45:00+01:00", "fr",
     "Fin de garde à vue pour Odile Brassac, convoquée devant le juge",
     "La sénatrice Odile Brassac est ressortie libre mardi soir après dix heures de garde à "
     "vue. Elle sera convoquée en juin devant un juge d'instruction pour détournement de fonds "
     "publics.\n\nElle nie toute irrégularité dans l'emploi de ses assistants."),
    ("OB4", "OB-CUSTODY", "followup", "OB1", 2, "Le Regard du Centre", "2026-03-18T07:30:00+01:00", "fr",
     "Odile Brassac, ou l'art de durer en Haute-Vienne",
     "Trois mandats de sénatrice, vingt ans de conseil départemental : Odile Brassac a "
     "survécu à toutes les alternances. Mardi, la garde à vue a rappelé que la longévité a "
     "ses angles morts.\n\nÀ Saint-Junien, ses fidèles parlent d'acharnement ; ailleurs, on "
     "s'interroge."),
    ("OB5", "OB-AMEND", "independent", None, 2, "Le Limousin libre", "2026-03-13T18:00:00+01:00", "fr",
     "Odile Brassac fait adopter au Sénat un amendement pour la porcelaine de Limoges",
     "Le Sénat a adopté jeudi un amendement de la sénatrice de la Haute-Vienne Odile Brassac "
     "qui réserve l'appellation « porcelaine de Limoges » aux pièces cuites dans le "
     "département.\n\nLes fabricants de Saint-Junien et de Limoges saluent une protection "
     "attendue depuis dix ans."),
    # --- 3. Wales beat Ireland (Six Nations); a column on the fly-half; next match (negative)
    ("WR1", "WR-IRELAND", "independent", None, 1, "Valleys Sport", "2026-02-14T17:10:00+00:00", "en",
     "Six Nations: Wales stun Ireland 23-20 in Cardiff",
     "Wales beat Ireland 23-20 at the Principality Stadium on Saturday, a late drop goal from "
     "fly-half Rhys Penhallow sealing a first win of the championship.\n\nIreland led 20-13 "
     "with fifteen minutes left before two Penhallow penalties and the drop."),
    ("WR2", "WR-IRELAND", "followup", "WR1", 1, "Celtic Rugby Daily", "2026-02-14T18:30:00+00:00", "en",
     "Penhallow drop goal downs Ireland at the Principality",
     "Rhys Penhallow's drop goal in the 78th minute gave Wales a 23-20 victory over Ireland "
     "in Cardiff. Ireland coach Seán Mulcahy called the defeat 'a hard lesson'.\n\nWales "
     "captain Owain Pritchard praised the crowd."),
    ("WR3", "WR-IRELAND", "followup", "WR1", 1, "South Wales Evening Post", "2026-02-14T21:00:00+00:00", "en",
     "Pritchard: 'This win belongs to the fans'",
     "Wales captain Owain Pritchard dedicated the 23-20 win over Ireland to the Cardiff crowd. "
     "'They carried us in the last quarter,' he said after the Six Nations match.\n\nWales "
     "travel to Paris next."),
    ("WR4", "WR-IRELAND", "followup", "WR1", 2, "The Touchline Review", "2026-02-15T09:00:00+00:00", "en",
     "Rhys Penhallow and the art of keeping still",
     "There is a stillness about Rhys Penhallow that the rest of Welsh rugby lacks. Against "
     "Ireland on Saturday he missed a tackle, shrugged, and then kicked Wales to victory "
     "from forty metres.\n\nAt 22, the Llanelli fly-half may be the calmest man in Cardiff."),
    ("WR5", "WR-FRANCE", "independent", None, 2, "Valleys Sport", "2026-02-21T22:05:00+00:00", "en",
     "Six Nations: France too strong for Wales in Paris",
     "France beat Wales 31-12 at the Stade de France on Saturday. Fly-half Rhys Penhallow "
     "kicked four penalties but Wales never threatened the French line.\n\nCaptain Owain "
     "Pritchard admitted Wales had been 'second best everywhere'."),
    # --- 4. flood in Quimperlé; a feature on the shopkeepers; the market-hall vote (negative)
    ("QP1", "QP-FLOOD", "independent", None, 1, "Le Télégramme de Cornouaille", "2026-01-09T08:00:00+01:00", "fr",
     "Crue de la Laïta : la basse ville de Quimperlé sous les eaux",
     "La Laïta est sortie de son lit dans la nuit de jeudi à vendredi. Un mètre d'eau "
     "recouvre les quais de la basse ville de Quimperlé ; trente personnes ont été évacuées.\n\n"
     "La préfecture du Finistère a placé la commune en vigilance rouge crues."),
    ("QP2", "QP-FLOOD", "followup", "QP1", 1, "Breizh Info Radio", "2026-01-09T12:30:00+01:00", "fr",
     "Inondations à Quimperlé : les pompiers mobilisés, l'Isole et l'Ellé en crue",
     "Soixante pompiers du Finistère sont mobilisés à Quimperlé, où la confluence de l'Isole "
     "et de l'Ellé a débordé. Le maire, Gwenaël Le Floc'h, a ouvert un gymnase pour les "
     "sinistrés.\n\nLa décrue n'est pas attendue avant samedi."),
    ("QP3", "QP-FLOOD", "followup", "QP1", 1, "Ouest Bretagne", "2026-01-09T18:00:00+01:00", "fr",
     "Quimperlé : la décrue attendue samedi, les écoles fermées",
     "Les écoles de la basse ville de Quimperlé resteront fermées lundi après la crue de la "
     "Laïta. Le maire Gwenaël Le Floc'h demande la reconnaissance de l'état de catastrophe "
     "naturelle.\n\nUne centaine de commerces et de logements ont été inondés."),
    ("QP4", "QP-FLOOD", "followup", "QP1", 2, "Le Mag du Pays de Quimperlé", "2026-01-10T10:00:00+01:00", "fr",
     "Rue Savary, les commerçants écopent et comptent leurs pertes",
     "Dans la rue Savary, le libraire Yann Cadiou passe la raclette depuis l'aube. « Tout le "
     "rayon jeunesse est perdu », dit-il. La fleuriste d'en face a sauvé ses plantes en les "
     "montant à l'étage.\n\nÀ Quimperlé, on connaît la Laïta : c'est la troisième fois en "
     "dix ans."),
    ("QP5", "QP-HALLES", "independent", None, 2, "Le Télégramme de Cornouaille", "2026-01-12T20:30:00+01:00", "fr",
     "Quimperlé : le conseil municipal vote la rénovation des halles",
     "Le conseil municipal de Quimperlé a voté lundi soir la rénovation des halles de la "
     "basse ville, pour 2,4 millions d'euros. Le maire Gwenaël Le Floc'h promet un chantier "
     "achevé à l'été 2028.\n\nL'opposition demande un report."),
    # --- 5. an undated column on the senator's custody (no published date)
    ("OB6", "OB-CUSTODY", "followup", "OB1", 2, "Blog Limousin Politique", None, "fr",
     "Après la garde à vue d'Odile Brassac, le silence des élus",
     "Personne, au conseil départemental, n'a voulu commenter la garde à vue d'Odile "
     "Brassac. Les soupçons d'assistants fictifs pèsent pourtant sur toute la majorité.\n\n"
     "La sénatrice, elle, promet de s'expliquer devant le juge d'instruction."),
]

HARD = [["KF-AGROUND", "KF-FARES"], ["OB-CUSTODY", "OB-AMEND"], ["WR-IRELAND", "WR-FRANCE"],
        ["QP-FLOOD", "QP-HALLES"]]


def main() -> None:
    write_set(HERE, "r-stories49", A, HARD, waves=2)


if __name__ == "__main__":
    main()
