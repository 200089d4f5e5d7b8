#!/usr/bin/env python3
"""Build r-stories36's held-out set (written 2026-12-05 before veille was run on it).

Same-event pieces told differently (news, profile, commentary, feature) that should join,
and hard negatives (same people, place or outlet, another event) that must stay apart.
Invented articles and people, free to reuse (CC0). Writes ``wave1.jsonl``, ``wave2.jsonl``
and ``gold.json``. Score with ``score.sh``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.heldout_events import write_set  # noqa: E402  (the event sets' one builder)

HERE = Path(__file__).parent

# (gid, gold story, relation, of, wave, source, published, language, title, text)
A = [
    # --- 1. a French minister resigns; a profile of her; 3 days earlier her bill (negative)
    ("MJ1", "MJ-RESIGN", "independent", None, 1, "Le Courrier national", "2026-10-14T18:20:00+02:00", "fr",
     "La ministre de la Justice Hélène Marchetti démissionne",
     "La ministre de la Justice, Hélène Marchetti, a présenté mardi sa démission au président "
     "de la République, qui l'a acceptée. Elle était mise en cause depuis une semaine pour "
     "l'emploi de son neveu comme collaborateur parlementaire.\n\n« Je quitte le gouvernement "
     "pour me défendre librement », a-t-elle déclaré devant la chancellerie. L'intérim sera "
     "assuré par le ministre de l'Intérieur."),
    ("MJ2", "MJ-RESIGN", "followup", "MJ1", 2, "L'Hebdo des idées", "2026-10-15T07:00:00+02:00", "fr",
     "Hélène Marchetti, la chute d'une ambitieuse",
     "Fille d'un cheminot de Nevers, avocate pénaliste à trente ans, élue d'opposition puis "
     "ralliée : Hélène Marchetti avait tout d'une trajectoire sans faute. Son départ de la "
     "place Vendôme, mardi soir, clôt une ascension que ses proches disaient irrésistible.\n\n"
     "Au barreau, on se souvient d'une plaideuse redoutable. Au Parlement, d'une élue "
     "solitaire. Place Vendôme, elle n'aura tenu que dix-huit mois."),
    ("MJ3", "MJ-BILL", "independent", None, 1, "Le Courrier national", "2026-10-11T12:00:00+02:00", "fr",
     "Hélène Marchetti présente sa réforme des courtes peines",
     "La garde des Sceaux, Hélène Marchetti, a présenté samedi en Conseil des ministres un "
     "projet de loi qui remplace les peines de prison de moins de six mois par des travaux "
     "d'intérêt général.\n\nLe texte sera examiné à l'Assemblée nationale en décembre. Les "
     "syndicats de surveillants pénitentiaires saluent une mesure contre la surpopulation."),
    # --- 2. a central bank governor named; "who is" profile; the bank's rate decision (negative)
    ("RB1", "RB-GOV", "independent", None, 1, "Wellington Ledger", "2026-06-03T10:00:00+12:00", "en",
     "Dana Whitfield named Reserve Bank governor",
     "Finance Minister Paul Tane has appointed Dana Whitfield, currently the Treasury's chief "
     "economist, as governor of the Reserve Bank of New Zealand for a five-year term.\n\n"
     "Whitfield will take office on 1 July. Tane said she had the board's unanimous backing."),
    ("RB2", "RB-GOV", "followup", "RB1", 2, "Pacific Business Review", "2026-06-03T16:30:00+12:00", "en",
     "Who is Dana Whitfield? A quiet economist heads for the top job",
     "Colleagues describe Dana Whitfield as a careful, data-first economist who rarely speaks "
     "in public. Raised in Dunedin, she studied at Otago before fifteen years at the Treasury, "
     "where she led the modelling team through the pandemic.\n\nHer academic papers on housing "
     "credit are widely cited. Friends say she cycles to work and avoids television interviews."),
    ("RB3", "RB-RATE", "independent", None, 1, "Wellington Ledger", "2026-06-04T14:00:00+12:00", "en",
     "Reserve Bank holds official cash rate at 3.25%",
     "The Reserve Bank of New Zealand left its official cash rate unchanged at 3.25% on "
     "Wednesday, saying inflation was back within its target band.\n\nThe decision was the "
     "last of the outgoing governor. Economists expect a cut in August."),
    # --- 3. Montpellier tram: a strike (two outlets) and track works (same outlet, same day)
    ("MP1", "MP-STRIKE", "independent", None, 1, "Midi Hérault", "2026-09-08T07:30:00+02:00", "fr",
     "Grève à la TaM : le tramway de Montpellier très perturbé ce mardi",
     "Les conducteurs de la TaM sont en grève ce mardi à l'appel de la CGT, qui réclame une "
     "prime pour les horaires de nuit. Un tramway sur trois circule sur les lignes 1 et 2.\n\n"
     "La direction de Montpellier Méditerranée Métropole appelle les usagers à privilégier le "
     "covoiturage."),
    ("MP2", "MP-STRIKE", "followup", "MP1", 2, "France Bleu Languedoc", "2026-09-08T12:15:00+02:00", "fr",
     "Montpellier : les quais bondés au premier jour du mouvement social à la TaM",
     "Sur le quai de la gare Saint-Roch, des centaines de voyageurs attendaient mardi matin "
     "une rame qui ne venait pas. « Quarante minutes pour aller au travail », soupire une "
     "infirmière.\n\nLa CGT annonce un nouvel arrêt de travail jeudi si la prime de nuit n'est "
     "pas accordée."),
    ("MP3", "MP-WORKS", "independent", None, 1, "Midi Hérault", "2026-09-08T16:00:00+02:00", "fr",
     "Tramway de Montpellier : la ligne 2 coupée trois semaines pour travaux",
     "À partir du 14 septembre, la ligne 2 du tramway de Montpellier sera interrompue entre "
     "Sabines et Saint-Jean-de-Védas pour le remplacement des rails.\n\nDes bus relais seront "
     "mis en place par la TaM. Montpellier Méditerranée Métropole investit 6 millions d'euros."),
    # --- 4. Stade rennais beat Lyon; a column on the coach; their next match (negative)
    ("SR1", "SR-LYON", "independent", None, 1, "Ouest Sports", "2026-11-01T23:05:00+01:00", "fr",
     "Ligue 1 : Rennes renverse Lyon (2-1) au Roazhon Park",
     "Menés à la pause, les Rennais ont renversé l'Olympique lyonnais dimanche soir (2-1) "
     "grâce à un doublé de Malo Kerhervé, entré en jeu à l'heure de jeu.\n\nLe Stade rennais "
     "remonte à la cinquième place. L'entraîneur Yann Le Moal a salué « un groupe qui ne "
     "lâche rien »."),
    ("SR2", "SR-LYON", "followup", "SR1", 2, "Le Télégramme du sport", "2026-11-02T09:00:00+01:00", "fr",
     "Yann Le Moal, l'art du coaching gagnant",
     "Il a suffi d'un changement. À l'heure de jeu, Yann Le Moal a lancé Malo Kerhervé, "
     "vingt ans, et le gamin de Vannes a fait basculer la soirée. Ce n'est pas la première "
     "fois : depuis août, ses remplaçants ont inscrit neuf buts.\n\nDiscret en conférence, "
     "l'ancien milieu de Guingamp cultive une science du banc que ses pairs lui envient."),
    ("SR3", "SR-NANTES", "independent", None, 2, "Ouest Sports", "2026-11-05T22:55:00+01:00", "fr",
     "Ligue 1 : Rennes accroché à Nantes (1-1)",
     "Le Stade rennais a concédé le nul jeudi soir à la Beaujoire (1-1), Malo Kerhervé "
     "ouvrant le score avant l'égalisation nantaise dans le temps additionnel.\n\nYann Le "
     "Moal regrette « deux points perdus ». Rennes reste cinquième."),
    # --- 5. Storm in Cornwall: news and a village feature; Cornwall council budget (negative)
    ("CW1", "CW-STORM", "independent", None, 1, "The Western Post", "2026-02-17T08:40:00+00:00", "en",
     "Storm Imogen batters Cornwall, thousands without power",
     "Storm Imogen brought gusts of 90mph to Cornwall overnight, leaving 23,000 homes without "
     "power and closing the A30 near Bodmin after trees fell.\n\nThe Met Office amber warning "
     "remains in place until noon. A harbour wall was breached at Porthleven."),
    ("CW2", "CW-STORM", "followup", "CW1", 2, "Kernow Review", "2026-02-18T11:00:00+00:00", "en",
     "'The sea came into the kitchen': Porthleven counts the cost",
     "Jenny Tregarthen had lived on the harbour front for forty years and never seen water in "
     "her kitchen. On Monday night it came through the door.\n\nFishermen spent Tuesday hauling "
     "smashed boats from the inner basin. The parish hall has become a drop-in centre for "
     "families whose homes flooded when Imogen struck."),
    ("CW3", "CW-BUDGET", "independent", None, 1, "The Western Post", "2026-02-17T17:30:00+00:00", "en",
     "Cornwall Council approves 4.99% council tax rise",
     "Cornwall Council voted on Tuesday to raise council tax by 4.99%, the maximum allowed "
     "without a referendum.\n\nThe council leader said the rise would protect adult social care. "
     "Opposition councillors said families in Bodmin and Porthleven could not afford it."),
    # --- 6. Glasgow subway: a strike and a station reopening, same outlet, same day
    ("GS1", "GS-STRIKE", "independent", None, 1, "Clyde Evening Times", "2026-04-21T06:50:00+01:00", "en",
     "Glasgow Subway shut as drivers walk out over pay",
     "The Glasgow Subway is closed on Tuesday after drivers represented by the RMT union "
     "began a 24-hour strike over pay.\n\nStrathclyde Partnership for Transport apologised to "
     "passengers and said buses would accept subway tickets."),
    ("GS2", "GS-STATION", "independent", None, 1, "Clyde Evening Times", "2026-04-21T15:10:00+01:00", "en",
     "Glasgow Subway's Govan station reopens after refit",
     "Govan station on the Glasgow Subway has reopened after a nine-month refit with new "
     "lifts and platform screens, Strathclyde Partnership for Transport said.\n\nThe station "
     "will welcome passengers from Wednesday, once services resume."),
    ("GS3", "GS-STRIKE", "followup", "GS1", 2, "Scottish Daily Wire", "2026-04-21T19:00:00+01:00", "en",
     "RMT says subway walkout 'solid' as talks set for Thursday",
     "The RMT said the walkout on Glasgow's underground was solid, with no trains running all "
     "day. Union organiser Craig Munro said members were 'angry, not greedy'.\n\nTalks with "
     "SPT are planned for Thursday at the Acas offices."),
    # --- 7. an undated opinion on the minister's resignation, and an undated feature on
    #     the storm (no published date)
    ("MJ4", "MJ-RESIGN", "followup", "MJ1", 2, "Blog Justice et Cité", None, "fr",
     "Après Marchetti, la place Vendôme cherche un cap",
     "Le départ d'Hélène Marchetti laisse la chancellerie sans pilote au pire moment. Sa "
     "démission, après l'affaire du neveu collaborateur, fragilise un gouvernement déjà "
     "affaibli.\n\nQui reprendra la réforme des courtes peines ? L'intérim du ministre de "
     "l'Intérieur ne rassure ni les magistrats ni les avocats."),
]

HARD = [["MJ-RESIGN", "MJ-BILL"], ["RB-GOV", "RB-RATE"], ["MP-STRIKE", "MP-WORKS"],
        ["SR-LYON", "SR-NANTES"], ["CW-STORM", "CW-BUDGET"], ["GS-STRIKE", "GS-STATION"]]


def main() -> None:
    write_set(HERE, "r-stories36", A, HARD, waves=2)


if __name__ == "__main__":
    main()
