#!/usr/bin/env python3
"""Build f-events32b-council: different local events of one town on the same days (a fire, a
council vote, a school opening, a festival, a road crash) with their follow-ups, French and
English. Written 2026-12-04 before any change for f-events32b (t-final31 F1: a council vote
joined a fire's story once the fire had a follow-up). Invented events and people, CC0. Same
format as ../f-events32 (wave1..3.jsonl, gold.json; scored by ../f-events32/score.py through
score.sh). Each wave is one `veille ingest`, so each later wave re-clusters the store."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.heldout_events import write_set  # noqa: E402  (the event sets' one builder)

HERE = Path(__file__).parent

A = [
    # Montreuil (Seine-Saint-Denis): a bus depot fire, a council vote, a school opening
    ("MF1", "MO-FIRE", "independent", None, 1, "Le Parisien", "2026-11-17T07:40:00+01:00", "fr",
     "Montreuil : un incendie ravage un dépôt de bus, un agent blessé",
     "Un violent incendie s'est déclaré dans la nuit de lundi à mardi dans le dépôt de bus de "
     "la rue de Rosny à Montreuil (Seine-Saint-Denis). Un agent de sécurité a été légèrement "
     "blessé.\n\nUne quarantaine de bus ont été détruits par les flammes, selon la préfecture "
     "de Seine-Saint-Denis. Près de 90 pompiers ont été mobilisés.\n\nLa maire de Montreuil, "
     "Hélène Carvalho, s'est rendue sur place dans la nuit. « Le service de bus sera assuré "
     "dès mercredi », a-t-elle assuré. Le parquet de Bobigny a ouvert une enquête."),
    ("MC1", "MO-COUNCIL", "independent", None, 1, "Montreuil Info", "2026-11-17T19:10:00+01:00", "fr",
     "Montreuil : le conseil municipal adopte la piétonnisation de la rue de Paris",
     "Réuni lundi soir, le conseil municipal de Montreuil (Seine-Saint-Denis) a adopté la "
     "piétonnisation de la rue de Paris entre la mairie et la place du Marché, à partir de "
     "septembre.\n\n« Nous rendons la rue aux habitants », a déclaré la maire, Hélène Carvalho. "
     "L'opposition a voté contre, jugeant le projet trop coûteux.\n\nLa délibération doit "
     "encore être transmise à la préfecture de Seine-Saint-Denis. Une réunion publique est "
     "prévue la semaine prochaine."),
    ("MF2", "MO-FIRE", "follow-up", "MF1", 2, "Le Figaro", "2026-11-18T18:30:00+01:00", "fr",
     "Incendie du dépôt de bus de Montreuil : les enquêteurs privilégient la piste criminelle",
     "Au lendemain de l'incendie qui a détruit une quarantaine de bus rue de Rosny, à "
     "Montreuil, les enquêteurs privilégient la piste criminelle. Deux départs de feu "
     "distincts ont été relevés, a indiqué mercredi le parquet de Bobigny.\n\nLes images de "
     "vidéosurveillance du dépôt sont en cours d'exploitation. L'exploitant a porté plainte."),
    ("MS1", "MO-SCHOOL", "independent", None, 2, "Montreuil Info", "2026-11-18T12:00:00+01:00", "fr",
     "À Montreuil, le nouveau groupe scolaire Jean-Moulin accueille ses premiers élèves",
     "Le groupe scolaire Jean-Moulin, dans le quartier du Bas-Montreuil, a accueilli mercredi "
     "matin ses 320 premiers élèves, après deux ans de travaux.\n\nLa maire de Montreuil, "
     "Hélène Carvalho, et le préfet de Seine-Saint-Denis ont visité les classes. Le bâtiment "
     "en bois compte quatorze classes et une cantine."),
    ("MC2", "MO-COUNCIL", "follow-up", "MC1", 3, "Le Parisien", "2026-11-19T09:15:00+01:00", "fr",
     "Piétonnisation de la rue de Paris à Montreuil : les commerçants inquiets",
     "Deux jours après le vote du conseil municipal, les commerçants de la rue de Paris, à "
     "Montreuil, s'inquiètent de la piétonnisation adoptée lundi. « Nos clients viennent en "
     "voiture », explique le président de l'association des commerçants.\n\nLa mairie promet "
     "des places de livraison et un parking relais près de la place du Marché."),
    # Kendal (Cumbria): a warehouse blaze, a council decision, a festival
    ("KF1", "KE-FIRE", "independent", None, 1, "Westmorland Gazette", "2026-11-24T08:05:00+00:00", "en",
     "Blaze destroys Kendal furniture warehouse, firefighter hurt",
     "A blaze destroyed a furniture warehouse on Mintsfeet Road in Kendal overnight, and a "
     "firefighter was taken to hospital with minor burns.\n\nSix crews from Cumbria Fire and "
     "Rescue Service fought the flames for nine hours. The leader of Westmorland and Furness "
     "Council, Jonathan Brash, thanked the crews and said the council would help the firm "
     "find new premises. Police have opened an investigation."),
    ("KC1", "KE-COUNCIL", "independent", None, 1, "Cumbria Crack", "2026-11-24T17:30:00+00:00", "en",
     "Kendal councillors approve free Christmas parking in town centre",
     "Westmorland and Furness Council has approved free parking in Kendal town centre on the "
     "four Saturdays before Christmas, after a vote on Monday evening.\n\nCouncil leader "
     "Jonathan Brash said the decision would support traders. Opposition councillors voted "
     "against, citing a cost of 60,000 pounds."),
    ("KF2", "KE-FIRE", "follow-up", "KF1", 2, "BBC News", "2026-11-25T16:00:00+00:00", "en",
     "Kendal warehouse blaze being treated as arson, police say",
     "Police say the blaze that destroyed a furniture warehouse on Mintsfeet Road in Kendal "
     "is being treated as arson. A man aged 34 has been arrested on suspicion of arson.\n\n"
     "Cumbria Police said accelerant had been found at the scene. The firefighter hurt "
     "fighting the flames has left hospital."),
    ("KM1", "KE-FESTIVAL", "independent", None, 2, "Westmorland Gazette", "2026-11-25T11:00:00+00:00", "en",
     "Kendal Mountain Festival opens with record ticket sales",
     "The Kendal Mountain Festival opened on Wednesday with record ticket sales, organisers "
     "said, with 25,000 visitors expected over five days.\n\nCouncil leader Jonathan Brash "
     "opened the festival at the Brewery Arts Centre. Films, talks and climbing events run "
     "until Sunday."),
    # Quimper (Finistère): a council vote on free buses, a road crash and its follow-up
    ("QC1", "QU-COUNCIL", "independent", None, 1, "Le Télégramme", "2026-11-10T20:00:00+01:00", "fr",
     "Quimper : les élus votent la gratuité des bus le samedi",
     "Le conseil communautaire de Quimper Bretagne Occidentale a voté mardi soir la gratuité "
     "du réseau de bus QUB le samedi, à partir du 1er janvier.\n\nSelon la maire de Quimper, "
     "Isabelle Le Goff, la mesure coûtera 800 000 euros par an. Les élus d'opposition se sont "
     "abstenus."),
    ("QA1", "QU-CRASH", "independent", None, 1, "Ouest-France", "2026-11-10T09:30:00+01:00", "fr",
     "Quimper : un cycliste grièvement blessé par un camion sur la rocade",
     "Un cycliste de 52 ans a été grièvement blessé mardi matin, percuté par un camion sur la "
     "rocade nord de Quimper (Finistère), près du rond-point de Creac'h Gwen.\n\nLe conducteur "
     "du poids lourd a été entendu par les policiers. La maire de Quimper, Isabelle Le Goff, "
     "a réclamé un aménagement cyclable sur cet axe."),
    ("QA2", "QU-CRASH", "follow-up", "QA1", 2, "Le Télégramme", "2026-11-11T18:00:00+01:00", "fr",
     "Cycliste percuté sur la rocade de Quimper : une marche blanche samedi",
     "Au lendemain de l'accident qui a grièvement blessé un cycliste de 52 ans sur la rocade "
     "nord de Quimper, ses proches organisent une marche blanche samedi.\n\nLe cycliste, "
     "percuté par un camion près du rond-point de Creac'h Gwen, est toujours hospitalisé à "
     "Brest. L'enquête sur les circonstances de l'accident se poursuit."),
]

HARD = [["MO-FIRE", "MO-COUNCIL"], ["MO-FIRE", "MO-SCHOOL"], ["MO-COUNCIL", "MO-SCHOOL"],
        ["KE-FIRE", "KE-COUNCIL"], ["KE-FIRE", "KE-FESTIVAL"], ["KE-COUNCIL", "KE-FESTIVAL"],
        ["QU-COUNCIL", "QU-CRASH"]]


def main() -> None:
    write_set(HERE, "f-events32b-council", A, HARD, waves=3)


if __name__ == "__main__":
    main()
