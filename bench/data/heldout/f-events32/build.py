#!/usr/bin/env python3
"""Build f-events32's held-out set (written 2026-12-04 before veille was run on it).

Short French and English regional items: several events of one region on the same days
(different kinds), follow-ups, reprints with small edits, passing mentions of another event,
and third items that share place words with two different events (chains). Invented articles
and people, free to reuse (CC0). Writes ``wave1.jsonl``, ``wave2.jsonl``, ``wave3.jsonl``
(ingested in that order, one command each: the follow-ups come in later ingests) and
``gold.json``. Score with ``score.sh``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.heldout_events import write_set  # noqa: E402  (the event sets' one builder)

HERE = Path(__file__).parent

# (gid, gold story, relation ("independent", "reprint", "followup"), of, wave, source, published,
#  language, title, text)
A = [
    # --- Finistère: a TER derailment, a landslide, a school-bus crash, the same days ---
    ("FA1", "FIN-DERAIL", "independent", None, 1, "Ouest-France", "2026-03-10T09:40:00+01:00", "fr",
     "Finistère : un TER déraille entre Landerneau et Morlaix, douze blessés légers",
     "Un TER reliant Brest à Rennes a déraillé mardi vers 8 heures entre Landerneau et Morlaix "
     "(Finistère), près de la halte de Pont-de-Buis, faisant douze blessés légers, selon la "
     "préfecture du Finistère.\n\nDeux voitures de la rame se sont couchées sur le ballast à "
     "faible vitesse. Les 84 passagers ont été évacués par les pompiers, qui ont engagé une "
     "cinquantaine d'hommes.\n\nLa circulation des trains est interrompue entre Brest et "
     "Morlaix. La SNCF a mis en place des cars de substitution."),
    ("FA2", "FIN-DERAIL", "reprint", "FA1", 1, "Le Télégramme", "2026-03-10T10:05:00+01:00", "fr",
     "Déraillement d'un TER près de Pont-de-Buis : douze blessés légers",
     "Un TER reliant Brest à Rennes a déraillé mardi vers 8 heures entre Landerneau et Morlaix "
     "(Finistère), près de la halte de Pont-de-Buis, faisant douze blessés légers, selon la "
     "préfecture.\n\nDeux voitures de la rame se sont couchées sur le ballast à faible "
     "vitesse. Les 84 passagers ont été évacués par les pompiers, qui ont engagé une "
     "cinquantaine d'hommes.\n\nLa circulation des trains est interrompue entre Brest et "
     "Morlaix. Des cars de substitution ont été mis en place par la SNCF."),
    ("FB1", "FIN-SLIDE", "independent", None, 1, "Le Télégramme", "2026-03-10T15:20:00+01:00", "fr",
     "Douarnenez : un glissement de terrain coupe la route du Ris",
     "Un glissement de terrain s'est produit mardi après-midi sur la route départementale 7, "
     "au lieu-dit le Ris, à Douarnenez (Finistère), après plusieurs jours de fortes pluies.\n\n"
     "Environ 300 m³ de terre et de roches ont glissé sur la chaussée. Aucun véhicule ne "
     "circulait à ce moment-là. La route est fermée dans les deux sens et une déviation est "
     "mise en place par Kerlaz.\n\nLes services du département évaluent la stabilité du talus."),
    ("FC1", "FIN-BUS", "independent", None, 1, "Ouest-France", "2026-03-10T18:10:00+01:00", "fr",
     "Quimperlé : un car scolaire sort de la route, cinq collégiens blessés",
     "Un car scolaire transportant 31 collégiens est sorti de la route mardi en fin "
     "d'après-midi à Quimperlé (Finistère), sur la route de Mellac. Cinq élèves ont été "
     "légèrement blessés et transportés à l'hôpital de Quimperlé.\n\nLe véhicule a fini sa "
     "course dans un fossé. Le conducteur, âgé de 52 ans, est indemne. Une cellule "
     "psychologique sera ouverte mercredi au collège Jules-Ferry.\n\nLa gendarmerie a ouvert "
     "une enquête pour déterminer les causes de l'accident."),
    ("FA3", "FIN-DERAIL", "followup", "FA1", 2, "France 3 Bretagne", "2026-03-11T12:30:00+01:00", "fr",
     "Déraillement du TER à Pont-de-Buis : un rail cassé en cause",
     "Le déraillement du TER Brest-Rennes survenu mardi près de Pont-de-Buis serait dû à un "
     "rail cassé, selon les premières constatations de SNCF Réseau, qui a ouvert une enquête "
     "interne.\n\nLe Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT) a "
     "également été saisi. Les deux voitures couchées ont été relevées dans la nuit par une "
     "grue ferroviaire.\n\nTrois des douze passagers blessés étaient encore hospitalisés "
     "mercredi matin à Brest. Le trafic ne reprendra pas avant vendredi entre Landerneau et "
     "Morlaix."),
    ("FB2", "FIN-SLIDE", "followup", "FB1", 2, "Ouest-France", "2026-03-11T16:45:00+01:00", "fr",
     "Glissement de terrain à Douarnenez : trois maisons évacuées par précaution",
     "Trois maisons situées au-dessus du talus effondré au Ris, à Douarnenez, ont été évacuées "
     "mercredi par précaution, a annoncé la mairie.\n\nUn géotechnicien a constaté de "
     "nouvelles fissures dans le terrain après le glissement de mardi. Les sept habitants sont "
     "relogés chez des proches.\n\nLa route départementale 7 restera fermée au moins deux "
     "semaines, le temps de stabiliser la pente avec des enrochements."),
    ("FC2", "FIN-BUS", "followup", "FC1", 2, "Le Télégramme", "2026-03-11T11:15:00+01:00", "fr",
     "Car scolaire accidenté à Quimperlé : le conducteur négatif aux dépistages",
     "Le conducteur du car scolaire sorti de la route mardi à Quimperlé a été soumis aux "
     "dépistages d'alcool et de stupéfiants, qui se sont révélés négatifs, a indiqué la "
     "gendarmerie.\n\nLes enquêteurs privilégient la piste d'une chaussée glissante dans le "
     "virage de Mellac. Les cinq collégiens blessés sont tous rentrés chez eux.\n\nLe "
     "transporteur, les Cars Le Bihan, a présenté ses excuses aux familles."),
    ("FD1", "BZH-BUDGET", "independent", None, 2, "Ouest-France", "2026-03-11T19:30:00+01:00", "fr",
     "Région Bretagne : le budget 2026 adopté, au lendemain du déraillement de Pont-de-Buis",
     "Le conseil régional de Bretagne a adopté mercredi à Rennes son budget 2026, au lendemain "
     "du déraillement du TER près de Pont-de-Buis, par 52 voix contre 31.\n\nLe budget "
     "s'élève à 1,9 milliard d'euros, dont 410 millions pour les transports. Le président de "
     "la région a ouvert la session par une pensée pour les voyageurs blessés.\n\nL'opposition "
     "a dénoncé une hausse de la taxe sur les cartes grises et voté contre le budget."),
    ("FA4", "FIN-DERAIL", "followup", "FA1", 3, "Ouest-France", "2026-03-13T08:20:00+01:00", "fr",
     "Ligne Brest-Morlaix : les trains circulent de nouveau après le déraillement",
     "Les trains circulent de nouveau depuis vendredi matin entre Landerneau et Morlaix, trois "
     "jours après le déraillement d'un TER près de Pont-de-Buis.\n\nSNCF Réseau a remplacé "
     "180 mètres de voie et le rail cassé a été envoyé en laboratoire pour expertise. Les "
     "trains roulent à vitesse réduite sur la section jusqu'à lundi.\n\nLes douze voyageurs "
     "blessés mardi ont tous quitté l'hôpital."),
    # --- Normandie: two port fires the same week, and a third item naming both ports ---
    ("NA1", "NOR-FECAMP", "independent", None, 1, "Paris-Normandie", "2026-05-04T07:50:00+02:00", "fr",
     "Fécamp : un chalutier détruit par un incendie dans le port",
     "Un chalutier de 24 mètres a été détruit par un incendie dans la nuit de dimanche à lundi "
     "dans le bassin Bérigny du port de Fécamp (Seine-Maritime). Aucun marin n'était à "
     "bord.\n\nLes sapeurs-pompiers ont lutté trois heures contre les flammes et installé un "
     "barrage flottant pour contenir le gazole. Le bateau a coulé à quai.\n\nLe patron "
     "pêcheur, Yannick Leborgne, évoque « le travail d'une vie parti en fumée »."),
    ("NB1", "NOR-DIEPPE", "independent", None, 1, "Le Courrier cauchois", "2026-05-07T22:40:00+02:00", "fr",
     "Dieppe : un hangar de la criée ravagé par les flammes",
     "Un incendie a ravagé jeudi soir un hangar de stockage de la criée, sur le quai Henri-IV "
     "du port de Dieppe (Seine-Maritime). Personne n'a été blessé.\n\nLe bâtiment de 1 200 m² "
     "abritait des caisses et du matériel de mareyage. Une soixantaine de pompiers sont "
     "intervenus et le quai a été fermé à la circulation.\n\nLa vente de poisson de vendredi "
     "est déplacée au terminal transmanche, a annoncé le syndicat mixte du port."),
    ("NC1", "NOR-PORTS", "independent", None, 2, "Tendance Ouest", "2026-05-06T12:00:00+02:00", "fr",
     "Ports de Seine-Maritime : Fécamp et Dieppe veulent accueillir plus de plaisanciers",
     "Les ports de Fécamp et de Dieppe (Seine-Maritime) lancent une campagne commune pour "
     "attirer les plaisanciers britanniques cet été, a annoncé mercredi le syndicat mixte des "
     "ports.\n\nQuatre-vingts places supplémentaires seront créées dans le bassin Bérigny à "
     "Fécamp, et les pontons du quai Henri-IV à Dieppe seront rénovés.\n\n« Nos deux ports "
     "ont des atouts complémentaires », a souligné le président du syndicat, Pascal Vautier."),
    ("NA2", "NOR-FECAMP", "followup", "NA1", 2, "Paris-Normandie", "2026-05-05T17:30:00+02:00", "fr",
     "Chalutier incendié à Fécamp : l'épave renflouée, une enquête ouverte",
     "L'épave du chalutier incendié dans la nuit de dimanche à lundi dans le port de Fécamp a "
     "été renflouée mardi par une entreprise spécialisée.\n\nLe parquet du Havre a ouvert une "
     "enquête pour déterminer l'origine du feu, parti de la salle des machines selon les "
     "premiers éléments. La piste criminelle n'est pas privilégiée.\n\nLe barrage flottant a "
     "permis de limiter la pollution au gazole dans le bassin."),
    ("NB2", "NOR-DIEPPE", "followup", "NB1", 3, "Le Courrier cauchois", "2026-05-08T18:20:00+02:00", "fr",
     "Incendie de la criée de Dieppe : un court-circuit probable",
     "L'incendie qui a détruit jeudi soir un hangar de la criée de Dieppe serait d'origine "
     "électrique, selon les premières constatations des enquêteurs.\n\nLes mareyeurs estiment "
     "leurs pertes à 400 000 euros. La vente du poisson a eu lieu vendredi matin au terminal "
     "transmanche.\n\nLe syndicat mixte du port promet de reconstruire le hangar d'ici l'hiver."),
    # --- Cornwall: a cliff fall, an A30 crash, a trawler sinking; a council meeting ---
    ("CA1", "CORN-CLIFF", "independent", None, 1, "BBC News", "2026-09-14T10:10:00+01:00", "en",
     "Porthleven cliff collapse: beach closed after huge rockfall",
     "A large section of cliff has collapsed onto the beach at Porthleven in Cornwall, "
     "sending hundreds of tonnes of rock across the sand early on Monday.\n\nNobody was hurt. "
     "Cornwall Council closed the beach and the coast path between Porthleven and Loe Bar and "
     "urged walkers to keep away from the cliff edge.\n\nGeologists blamed weeks of heavy "
     "rain for the rockfall, the biggest on that stretch of coast in twenty years."),
    ("CA2", "CORN-CLIFF", "reprint", "CA1", 1, "Cornwall Live", "2026-09-14T10:40:00+01:00", "en",
     "Huge rockfall closes Porthleven beach",
     "A large section of cliff has collapsed onto the beach at Porthleven in Cornwall, "
     "sending hundreds of tonnes of rock across the sand early on Monday morning.\n\nNobody "
     "was hurt. Cornwall Council closed the beach and the coast path between Porthleven and "
     "Loe Bar and urged walkers to keep away from the cliff edge.\n\nGeologists blamed weeks "
     "of heavy rain for the rockfall, the biggest on that stretch of coast in twenty years."),
    ("CB1", "CORN-A30", "independent", None, 1, "Cornwall Live", "2026-09-14T17:25:00+01:00", "en",
     "A30 closed near Bodmin after lorry and car crash",
     "The A30 was closed in both directions near Bodmin in Cornwall on Monday afternoon after "
     "a lorry and a car collided at the Carminow Cross junction.\n\nThe driver of the car, a "
     "woman in her 60s, was airlifted to Derriford Hospital with serious injuries. The lorry "
     "driver was not hurt.\n\nDevon and Cornwall Police appealed for witnesses and dashcam "
     "footage. Traffic was diverted through Bodmin town centre."),
    ("CC1", "CORN-TRAWLER", "independent", None, 1, "BBC News", "2026-09-15T08:30:00+01:00", "en",
     "Four fishermen rescued as trawler sinks off Newlyn",
     "Four fishermen were rescued from a life raft after their trawler sank about ten miles "
     "off Newlyn, Cornwall, overnight.\n\nThe Penlee lifeboat and a coastguard helicopter "
     "were sent after a mayday call shortly after 02:00. The crew were brought ashore at "
     "Newlyn and checked by paramedics.\n\nThe skipper said the 18-metre Mary Rose took on "
     "water quickly. The Marine Accident Investigation Branch has been informed."),
    ("CA3", "CORN-CLIFF", "followup", "CA1", 2, "BBC News", "2026-09-15T16:00:00+01:00", "en",
     "Porthleven rockfall: homes near cliff edge to be surveyed",
     "Engineers will survey six homes above the cliff at Porthleven after Monday's rockfall "
     "left a new crack in the path behind them.\n\nCornwall Council said the beach would stay "
     "closed for at least a month while the unstable cliff face is assessed. A fence has been "
     "put up along the coast path.\n\nResidents said they had heard rocks falling for days "
     "before the collapse."),
    ("CB2", "CORN-A30", "followup", "CB1", 2, "Cornwall Live", "2026-09-15T13:40:00+01:00", "en",
     "A30 crash near Bodmin: lorry driver arrested",
     "A lorry driver has been arrested on suspicion of causing serious injury by dangerous "
     "driving after Monday's crash on the A30 near Bodmin.\n\nThe 45-year-old man was "
     "released under investigation, Devon and Cornwall Police said. The woman injured at "
     "Carminow Cross remains in a serious but stable condition at Derriford Hospital.\n\n"
     "Officers are still appealing for dashcam footage of the collision."),
    ("CD1", "CORN-COUNCIL", "independent", None, 2, "Cornwall Live", "2026-09-15T19:10:00+01:00", "en",
     "Cornwall Council approves £40m coastal roads plan",
     "Cornwall Council's cabinet has approved a £40m plan to repair coastal roads and car "
     "parks over the next five years, a day after the cliff collapse at Porthleven.\n\nThe "
     "money will go to 35 schemes, from Bude to Penzance. Council leader Alan Trewin said the "
     "plan had been drawn up over two years.\n\nOpposition councillors said the sums were too "
     "small and called for a full review of the county's highways budget."),
    ("CC2", "CORN-TRAWLER", "followup", "CC1", 3, "The Cornishman", "2026-09-16T12:00:00+01:00", "en",
     "Newlyn trawler sinking: crew thank lifeboat volunteers",
     "The four fishermen rescued after their trawler Mary Rose sank off Newlyn have thanked "
     "the Penlee lifeboat volunteers who picked them up from their life raft.\n\nSkipper Dan "
     "Pascoe said a pipe in the engine room had burst. The Marine Accident Investigation "
     "Branch has opened an inquiry.\n\nThe boat's owners said they had no plans to raise the "
     "wreck, which lies in 60 metres of water."),
    # --- Humber: two dock fires the same week, a third item naming both towns ---
    ("HA1", "HUM-HULL", "independent", None, 1, "Hull Daily Mail", "2026-10-05T21:15:00+01:00", "en",
     "Fire rips through timber warehouse at Hull docks",
     "Firefighters tackled a large fire at a timber warehouse at Alexandra Dock in Hull on "
     "Monday evening.\n\nTen fire engines were sent and residents in east Hull were told to "
     "keep windows and doors closed because of the smoke. No-one was injured.\n\nHumberside "
     "Fire and Rescue Service said the roof of the building had collapsed."),
    ("HB1", "HUM-GRIMSBY", "independent", None, 1, "Grimsby Telegraph", "2026-10-08T06:50:00+01:00", "en",
     "Fish processing unit destroyed by fire at Grimsby docks",
     "A fish processing unit at Grimsby docks was destroyed by fire overnight.\n\nSix fire "
     "engines from Lincolnshire Fire and Rescue were called to the unit on Fish Dock Road "
     "shortly after midnight. Two workers escaped unhurt.\n\nThe owner, Humber Seafoods, "
     "said forty jobs were at risk."),
    ("HC1", "HUM-PORTS", "independent", None, 2, "BBC News", "2026-10-07T11:00:00+01:00", "en",
     "Hull and Grimsby docks to get £25m for offshore wind",
     "The ports of Hull and Grimsby are to share £25m to expand their offshore wind "
     "facilities, the port operator has announced.\n\nNew quays will be built at Alexandra "
     "Dock in Hull, and the Royal Dock in Grimsby will get a larger maintenance base for "
     "wind farm vessels.\n\nThe Humber is already home to the world's largest offshore wind "
     "hub, employing thousands of people on both banks of the estuary."),
    ("HA2", "HUM-HULL", "followup", "HA1", 2, "Hull Daily Mail", "2026-10-06T15:30:00+01:00", "en",
     "Hull docks warehouse fire: investigation under way",
     "Fire investigators are at the scene of the timber warehouse fire at Alexandra Dock in "
     "Hull, which burned through the night.\n\nHumberside Fire and Rescue Service said crews "
     "would remain at the site to damp down hotspots. The cause of the blaze is not yet "
     "known.\n\nRoads around the dock reopened on Tuesday afternoon."),
    ("HB2", "HUM-GRIMSBY", "followup", "HB1", 3, "Grimsby Telegraph", "2026-10-09T14:10:00+01:00", "en",
     "Grimsby fish unit fire was started deliberately, police say",
     "The fire that destroyed a fish processing unit on Fish Dock Road in Grimsby was "
     "started deliberately, Humberside Police said.\n\nA 19-year-old man has been arrested on "
     "suspicion of arson. Humber Seafoods said it would set up temporary processing in a "
     "neighbouring unit to save jobs.\n\nDetectives are appealing for witnesses who were near "
     "the docks after midnight on Thursday."),
    # --- Savoie: an avalanche, a road crash, a chairlift stuck, the same days ---
    ("SA1", "SAV-AVAL", "independent", None, 1, "Le Dauphiné libéré", "2026-01-20T13:10:00+01:00", "fr",
     "Savoie : deux skieurs hors-piste emportés par une avalanche à Tignes",
     "Deux skieurs ont été emportés mardi matin par une avalanche dans un secteur hors-piste "
     "du domaine de Tignes (Savoie). L'un d'eux, âgé de 34 ans, est grièvement blessé.\n\nLe "
     "peloton de gendarmerie de haute montagne de Bourg-Saint-Maurice a été hélitreuillé sur "
     "place. Le second skieur a pu se dégager seul.\n\nLe risque d'avalanche était évalué à 4 "
     "sur 5 après les fortes chutes de neige du week-end."),
    ("SB1", "SAV-ROAD", "independent", None, 1, "Le Dauphiné libéré", "2026-01-20T19:40:00+01:00", "fr",
     "Bourg-Saint-Maurice : un minibus de saisonniers sort de la route, trois blessés",
     "Un minibus transportant des saisonniers s'est renversé mardi soir sur la route de "
     "Tignes, près de Bourg-Saint-Maurice (Savoie). Trois passagers ont été blessés.\n\nLe "
     "véhicule a glissé sur une plaque de verglas avant de se coucher sur le bas-côté. Les "
     "blessés ont été transportés à l'hôpital de Bourg-Saint-Maurice.\n\nLa route a été "
     "coupée pendant deux heures."),
    ("SC1", "SAV-LIFT", "independent", None, 2, "France 3 Alpes", "2026-01-21T14:20:00+01:00", "fr",
     "Val-d'Isère : 120 skieurs évacués d'un télésiège en panne",
     "Cent vingt skieurs ont été évacués mercredi d'un télésiège bloqué par une panne "
     "électrique à Val-d'Isère (Savoie).\n\nLes pisteurs-secouristes ont descendu les skieurs "
     "un à un à l'aide de cordes pendant trois heures. Personne n'a été blessé.\n\nLa société "
     "des remontées mécaniques a présenté ses excuses et promis le remboursement des forfaits."),
    ("SA2", "SAV-AVAL", "followup", "SA1", 2, "Le Dauphiné libéré", "2026-01-21T10:30:00+01:00", "fr",
     "Avalanche de Tignes : le skieur grièvement blessé est décédé",
     "Le skieur de 34 ans grièvement blessé mardi dans une avalanche hors-piste à Tignes est "
     "décédé dans la nuit à l'hôpital de Grenoble, a annoncé le parquet d'Albertville.\n\n"
     "Originaire de Lyon, il skiait avec un ami qui a pu se dégager seul. Le parquet a ouvert "
     "une enquête pour déterminer les circonstances du drame.\n\nLa préfecture rappelle que le "
     "risque d'avalanche reste fort en Savoie."),
]

HARD = [["FIN-DERAIL", "FIN-SLIDE"], ["FIN-DERAIL", "FIN-BUS"], ["FIN-SLIDE", "FIN-BUS"],
        ["FIN-DERAIL", "BZH-BUDGET"], ["NOR-FECAMP", "NOR-DIEPPE"], ["NOR-FECAMP", "NOR-PORTS"],
        ["NOR-DIEPPE", "NOR-PORTS"], ["CORN-CLIFF", "CORN-A30"], ["CORN-CLIFF", "CORN-TRAWLER"],
        ["CORN-CLIFF", "CORN-COUNCIL"], ["HUM-HULL", "HUM-GRIMSBY"], ["HUM-HULL", "HUM-PORTS"],
        ["HUM-GRIMSBY", "HUM-PORTS"], ["SAV-AVAL", "SAV-ROAD"], ["SAV-AVAL", "SAV-LIFT"]]


def main() -> None:
    write_set(HERE, "f-events32", A, HARD)


if __name__ == "__main__":
    main()
