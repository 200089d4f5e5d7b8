"""Write captures.jsonl: the f-dates27 text captures (masthead clocks, time zones) and gold.

Gold per capture: ``published`` (ISO instant, or a day "YYYY-MM-DD" when only the day is
the article's, or null when the capture gives none of its own), ``has_time``, ``updated``
(ISO or null) and ``zone`` (the expected ``evidence["timezone"]``)."""
import json

CAPTURES = [
    {"id": "k01", "lang": "fr", "site_url": "https://www.exemple-quotidien.fr/",
     "fetched": "2026-12-01T13:40:00+00:00",
     "text": "Le Quotidien de l'Ouest\nMardi 1 décembre 2026 — 14:32\nÀ la une  Politique  Économie  Sports  Culture\n\n"
             "Brest : la ligne de tramway B sera prolongée jusqu'au technopôle\n\n"
             "Par Jeanne Le Goff\nPublié le 30 novembre 2026 à 18h05\n\n"
             "Le conseil métropolitain a voté lundi soir le prolongement de la ligne B du tramway jusqu'au technopôle de Brest-Iroise. Les travaux doivent commencer au printemps 2027 pour une mise en service prévue fin 2029.\n\n"
             "Le chantier, estimé à 95 millions d'euros, sera financé à parts égales par la métropole et la région. L'opposition a voté contre, jugeant le coût trop élevé au regard de la fréquentation attendue.\n\n"
             "Les plus lus\n",
     "gold": {"published": "2026-11-30T18:05:00+01:00", "has_time": True, "updated": None,
              "zone": "assumed (Europe/Paris)"}},
    {"id": "k02", "lang": "fr", "site_url": "https://www.exemple-quotidien.fr/",
     "fetched": "2026-12-01T13:40:00+00:00",
     "text": "Dernière mise à jour du site : 1er décembre 2026 à 14h32\nActualités  Régions  Faits divers  Sports\n\n"
             "Quimper : un incendie détruit un hangar agricole\n\n"
             "Le 28 novembre 2026 à 07h15\n\n"
             "Un incendie a détruit dans la nuit de jeudi à vendredi un hangar agricole abritant 300 bottes de foin à Ergué-Gabéric, près de Quimper. Aucun animal n'a été blessé, selon les pompiers du Finistère.\n\n"
             "Une enquête a été ouverte par la gendarmerie pour déterminer l'origine du sinistre. L'exploitant évalue les pertes à plus de 80 000 euros.\n\n",
     "gold": {"published": "2026-11-28T07:15:00+01:00", "has_time": True, "updated": None,
              "zone": "assumed (Europe/Paris)"}},
    {"id": "k03", "lang": "fr", "site_url": "https://www.exemple-quotidien.fr/",
     "fetched": "2026-12-01T13:40:00+00:00",
     "text": "Mardi 1 décembre 2026 | 14:32\nS'abonner   Se connecter\n\n"
             "Lorient : le port de pêche bat son record de débarquements\n\n"
             "Le port de pêche de Lorient-Keroman a débarqué 32 000 tonnes de poisson depuis janvier, un record depuis quinze ans, a annoncé la chambre de commerce. La hausse tient surtout au merlu et à la baudroie.\n\n"
             "Les mareyeurs s'inquiètent toutefois du prix du gazole, qui pèse sur les comptes des armements hauturiers.\n\n",
     "gold": {"published": "2026-12-01?", "has_time": False, "updated": None,
              "zone": "assumed (Europe/Paris)"}},
    {"id": "k04", "lang": "fr", "site_url": "https://www.exemple-nouvelles.nc/",
     "fetched": "2026-11-30T23:00:00+00:00",
     "text": "Nouvelles du Caillou\nActualités  Brousse  Îles  Sports\n\n"
             "Nouméa : le Médipôle ouvre une unité de dialyse supplémentaire\n\n"
             "Publié le 1 décembre 2026 à 09h30\n\n"
             "Le Médipôle de Koutio a ouvert lundi une nouvelle unité de dialyse de douze postes, qui doit réduire l'attente des patients venus de la Brousse et des Îles.\n\n"
             "Le gouvernement estime que 600 patients sont aujourd'hui dialysés en Nouvelle-Calédonie, un chiffre en hausse de 5 % par an.\n\n",
     "gold": {"published": "2026-12-01T09:30:00+11:00", "has_time": True, "updated": None,
              "zone": "assumed (Pacific/Noumea)"}},
    {"id": "k05", "lang": "en", "site_url": "https://www.example-herald.ca/",
     "fetched": "2026-12-01T22:00:00+00:00",
     "text": "The Example Herald\nNews  Opinion  Sports  Business\n\n"
             "Toronto council approves new transit levy\n\n"
             "By Sarah McKenzie\nPublished Dec. 1, 2026 at 3:42 p.m.\n\n"
             "Toronto city council voted 18-7 on Tuesday to approve a new transit levy that will add about $90 a year to the average homeowner's property tax bill.\n\n"
             "The levy, which takes effect in January, is expected to raise $120 million a year for subway maintenance, the city's budget chief said.\n\n",
     "gold": {"published": "2026-12-01T15:42:00-05:00", "has_time": True, "updated": None,
              "zone": "assumed (America/Toronto)"}},
    {"id": "k06", "lang": "fr", "site_url": "https://www.exemple-quotidien.fr/",
     "fetched": "2026-12-01T13:40:00+00:00",
     "text": "Le Quotidien de l'Ouest\nMis à jour à 14h32\nÀ la une  Politique  Économie  Sports\n\n"
             "Rennes : la préfecture restreint l'usage de l'eau\n\n"
             "Publié le 1er décembre 2026 à 09h10\n\n"
             "La préfecture d'Ille-et-Vilaine a placé mardi le bassin de la Vilaine en alerte sécheresse, une première pour un mois de décembre. Le lavage des voitures et l'arrosage des pelouses sont interdits.\n\n"
             "Les agriculteurs bénéficient de dérogations pour l'abreuvement du bétail, a précisé le préfet.\n\n",
     "gold": {"published": "2026-12-01T09:10:00+01:00", "has_time": True, "updated": None,
              "zone": "assumed (Europe/Paris)"}},
    {"id": "k07", "lang": "en", "site_url": "https://www.example-tribune.us/",
     "fetched": "2026-12-01T20:00:00+00:00",
     "text": "The Example Tribune\nTuesday, December 1, 2026 2:32 PM\nNews  Politics  Sports  Weather\n\n"
             "Ohio lawmakers pass school funding overhaul\n\n"
             "By Daniel Reyes\nPublished November 30, 2026 at 6:05 p.m. ET\n\n"
             "Ohio's House of Representatives passed an overhaul of the state's school funding formula on Monday, sending the bill to Governor Tom Keller's desk.\n\n"
             "The measure would raise per-pupil spending in rural districts by 12 percent over three years, according to a legislative analysis.\n\n",
     "gold": {"published": "2026-11-30T18:05:00-05:00", "has_time": True, "updated": None,
              "zone": "given by the capture|assumed (America/New_York)"}},
]

with open("captures.jsonl", "w") as out:
    for capture in CAPTURES:
        out.write(json.dumps(capture, ensure_ascii=False) + "\n")
