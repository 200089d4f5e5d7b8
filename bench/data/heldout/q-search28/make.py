"""Writes articles.jsonl (invented French dispatches, free to reuse)."""
import json

A = [
 ("a1", "Chantier naval : les expatriés rentrent au pays",
  "Une trentaine d'expatriés employés sur le chantier naval de Dubaï ont été rapatriés lundi. Une expatriée témoigne de conditions difficiles."),
 ("a2", "Lyon : une ingénieure expatriée raconte son retour",
  "Partie il y a dix ans, cette ingénieure expatriée est revenue s'installer à Lyon avec sa famille."),
 ("a3", "Le gouvernement remanié présenté mercredi",
  "Le Premier ministre a présenté mercredi un gouvernement largement remanié, avec six nouveaux ministres."),
 ("a4", "Rugby : une équipe remaniée pour affronter Toulon",
  "L'entraîneur a aligné une équipe profondément remaniée samedi, après une série de blessures."),
 ("a5", "Inondations : un important dispositif déployé dans le Gard",
  "Plus de 400 pompiers ont été déployés dans la nuit. Le dispositif déployé autour de Nîmes restera en place jusqu'à jeudi."),
 ("a6", "Manifestation : des forces de l'ordre déployées en nombre à Nantes",
  "Les forces de l'ordre, déployées dès le matin, ont encadré le cortège sans incident."),
 ("a7", "Cambriolages : deux suspectes interpellées à Rennes",
  "Deux femmes ont été interpellées mardi à Rennes. Un troisième suspect, interpellé plus tard, a été remis en liberté."),
 ("a8", "Cabinet d'avocats : les associés se séparent",
  "Les trois associés du cabinet ont annoncé leur séparation. Une associée fonde sa propre structure à Bordeaux."),
 ("a9", "Coupe de France : Guingamp qualifié pour les quarts",
  "Guingamp s'est qualifié mardi soir aux tirs au but. Les joueurs qualifiés affronteront Lens."),
 ("a10", "Handball : l'équipe de France féminine qualifiée pour l'Euro",
  "Les Bleues se sont qualifiées dimanche en battant la Norvège."),
 ("a11", "Marée noire : les plages nettoyées en une semaine",
  "Les plages, nettoyées par des centaines de bénévoles, rouvriront samedi. Le port a été nettoyé en priorité."),
 ("a12", "Automobile : 300 salariés licenciés à Sochaux",
  "Le sous-traitant a annoncé que 300 salariés licenciés toucheraient une prime. Les syndicats dénoncent un plan brutal."),
 ("a13", "Marie Curie honorée à Varsovie",
  "Une exposition consacrée à Marie Curie ouvre à Varsovie. La sécurité du musée a été renforcée."),
 ("a14", "Sécurité routière : le bilan de janvier",
  "La sécurité routière publie un bilan en baisse pour le mois de janvier."),
]
with open("articles.jsonl", "w", encoding="utf-8") as out:
    for n, (key, title, text) in enumerate(A):
        out.write(json.dumps({"url": f"https://heldout.example/{key}", "source": "heldout.example",
                              "title": title, "language": "fr",
                              "published": f"2026-03-{n + 1:02d}T09:00:00+01:00",
                              "text": text + " " + title + "."}, ensure_ascii=False) + "\n")
