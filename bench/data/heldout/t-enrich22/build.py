# Builds articles.jsonl and gold.json for the t-enrich22 held-out set.
# Everything here is invented (people, events); written 2026-12-03 by t-enrich22
# BEFORE looking at any veille output. Quote gold: (snippet of the quote's text, accepted
# speaker strings (any matches; None = no speaker / journalist), kind, optional flag).
import json, pathlib

A = []

def art(id, source, url, published, lang, title, paras, quotes, ents=None, places=None, dates=None):
    A.append(dict(id=id, source=source, url=url, published=published, language=lang, title=title,
                  paragraphs=paras, quotes=quotes, entities=ents or {}, places=places or [], dates=dates or []))

# ---------------------------------------------------------------- 1 politics, apposition
art("a01", "AFP", "https://www.afp.test/a01", "2026-03-10T15:20:00+01:00", "fr",
    "Municipales : la liste écologiste de Valence dévoile son programme",
    ["Les écologistes de Valence (Drôme) ont présenté lundi leur programme pour les municipales.",
     "« Nous voulons une ville où l'on respire », a déclaré la tête de liste, Sophie Lacoste, devant une centaine de militants.",
     "« La gratuité des bus n'est pas une utopie, c'est un choix budgétaire », a ajouté son chef de file adjoint, Karim Benali.",
     "Le maire sortant, Henri Vasseur, a répliqué dans la soirée : « Ce programme coûtera vingt millions d'euros aux Valentinois. »",
     "Le premier tour est prévu le 15 mars."],
    [("Nous voulons une ville", ["Sophie Lacoste"], "apposition_after_verb"),
     ("La gratuité des bus", ["Karim Benali"], "apposition_after_verb"),
     ("Ce programme coûtera", ["Henri Vasseur"], "colon_intro")],
    ents={"PER": ["Sophie Lacoste", "Karim Benali", "Henri Vasseur"], "ORG": []},
    places=[("Valence", {"insee": "26362", "country": "FR"})],
    dates=[("lundi", "2026-03-09", "day"), ("le 15 mars", "2026-03-15", "day")])

# ---------------------------------------------------------------- 2 préfecture spokesperson
art("a02", "Le Dauphiné libéré", "https://www.ledauphine.test/a02", "2026-02-04T11:00:00+01:00", "fr",
    "Vienne : un entrepôt ravagé par un incendie dans la nuit",
    ["Un violent incendie a détruit dans la nuit de lundi à mardi un entrepôt de la zone industrielle de Vienne (Isère).",
     "« Il n'y a aucun blessé, mais les dégâts sont considérables », a indiqué le porte-parole de la préfecture, Marc Dubois.",
     "Selon le commandant des pompiers, le lieutenant-colonel Agnès Ferrand, « le feu est parti d'un local technique ». Elle a précisé que « quatre-vingts sapeurs-pompiers » avaient été mobilisés.",
     "Le propriétaire du site, Joël Martineau, s'est dit « effondré ». « Trente ans de travail sont partis en fumée », a-t-il confié au Dauphiné."],
    [("Il n'y a aucun blessé", ["Marc Dubois"], "apposition_after_verb"),
     ("le feu est parti", ["Agnès Ferrand"], "selon_role_name"),
     ("quatre-vingts sapeurs-pompiers", ["Agnès Ferrand"], "pronoun_elle", True),
     ("effondré", ["Joël Martineau"], "fragment", True),
     ("Trente ans de travail", ["Joël Martineau"], "pronoun_il")],
    ents={"PER": ["Marc Dubois", "Agnès Ferrand", "Joël Martineau"], "ORG": ["Le Dauphiné"]},
    places=[("Vienne", {"insee": "38544", "country": "FR"})],
    dates=[("dans la nuit de lundi à mardi", "2026-02-03", "day")])

# ---------------------------------------------------------------- 3 pronoun chain, two genders, across paragraphs
art("a03", "Ouest-France", "https://www.ouest-france.test/a03", "2026-04-17T08:30:00+02:00", "fr",
    "Conseil régional : passe d'armes sur le budget des lycées",
    ["La présidente de la commission des finances, Claire Morvan, et le vice-président chargé des lycées, Yannick Le Goff, se sont opposés jeudi en séance.",
     "Claire Morvan a ouvert les hostilités. « Ce budget est insincère », a-t-elle lancé.",
     "Yannick Le Goff a aussitôt répondu. « Je ne laisserai personne dire que nous mentons aux lycéens », a-t-il rétorqué.",
     "« Les chiffres sont publics », a-t-elle insisté.",
     "« Et ils sont bons », a-t-il conclu sous les applaudissements de la majorité."],
    [("Ce budget est insincère", ["Claire Morvan"], "pronoun_elle"),
     ("Je ne laisserai personne", ["Yannick Le Goff"], "pronoun_il"),
     ("Les chiffres sont publics", ["Claire Morvan"], "pronoun_elle_across"),
     ("Et ils sont bons", ["Yannick Le Goff"], "pronoun_il_across")],
    ents={"PER": ["Claire Morvan", "Yannick Le Goff"], "ORG": []},
    dates=[("jeudi", "2026-04-16", "day")])

# ---------------------------------------------------------------- 4 two men, pronoun ambiguity resolved by a-t-il ajouté + name
art("a04", "Le Soir", "https://www.lesoir.test/a04", "2026-05-22T17:45:00+02:00", "fr",
    "Fédéral : le MR et le PS s'écharpent sur les pensions",
    ["Le président du MR, Olivier Deschamps, a de nouveau attaqué le PS mercredi, au lendemain de la présentation de la réforme des pensions.",
     "« Le PS a gouverné vingt-cinq ans et n'a rien réformé », a-t-il affirmé sur la RTBF.",
     "Le chef de groupe socialiste à la Chambre, Julien Verhaegen, n'a pas tardé à réagir. « Monsieur Deschamps confond réforme et démolition », a-t-il estimé.",
     "« Nous déposerons une motion », a-t-il ajouté, annonçant une réunion du groupe le 3 juin.",
     "Interrogé à nouveau jeudi, Olivier Deschamps a balayé la menace : « Qu'ils la déposent. »"],
    [("Le PS a gouverné", ["Olivier Deschamps"], "pronoun_il"),
     ("Monsieur Deschamps confond", ["Julien Verhaegen"], "pronoun_il_after_name_other"),
     ("Nous déposerons une motion", ["Julien Verhaegen"], "pronoun_il_across"),
     ("Qu'ils la déposent", ["Olivier Deschamps"], "colon_intro")],
    ents={"PER": ["Olivier Deschamps", "Julien Verhaegen"], "ORG": ["MR", "PS", "RTBF"]},
    dates=[("mercredi", "2026-05-20", "day"), ("le 3 juin", "2026-06-03", "day"), ("jeudi", "2026-05-21", "day")])

# ---------------------------------------------------------------- 5 split quote by incise
art("a05", "Le Temps", "https://www.letemps.test/a05", "2026-06-09T10:00:00+02:00", "fr",
    "Genève : la conseillère d'Etat défend la hausse des tarifs TPG",
    ["La conseillère d'Etat genevoise chargée de la mobilité, Nathalie Rochat, a défendu lundi la hausse des tarifs des Transports publics genevois.",
     "« Cette hausse, a-t-elle expliqué, reste inférieure à l'inflation cumulée depuis 2019. »",
     "« Nous n'avions pas le choix, insiste-t-elle. Sans elle, il faudrait supprimer des lignes. »",
     "Le syndicat SEV, par la voix de son secrétaire régional Pascal Fornerod, dénonce « une mesure antisociale ». « Les usagers paient toujours la facture », déplore-t-il."],
    [("Cette hausse", ["Nathalie Rochat"], "split_incise"),
     ("Nous n'avions pas le choix", ["Nathalie Rochat"], "split_incise"),
     ("une mesure antisociale", ["Pascal Fornerod"], "fragment", True),
     ("Les usagers paient", ["Pascal Fornerod"], "pronoun_il")],
    ents={"PER": ["Nathalie Rochat", "Pascal Fornerod"], "ORG": ["Transports publics genevois", "SEV"]},
    places=[("Genève", {"country": "CH"})],
    dates=[("lundi", "2026-06-08", "day"), ("2019", "2019", "year")])

# ---------------------------------------------------------------- 6 several speakers one paragraph
art("a06", "La Presse", "https://www.lapresse.test/a06", "2026-09-15T06:00:00-04:00", "fr",
    "Montréal : grève dans les écoles, les parents exaspérés",
    ["« On ne sait plus quoi faire des enfants », soupire Mélanie Tremblay, mère de trois enfants. « Ça fait deux semaines que ça dure », ajoute son voisin, Luc Gagnon, tandis que la directrice de l'école, Josée Pelletier, assure que « tout sera fait pour rattraper le retard ».",
     "Le ministre de l'Éducation, Bernard Ouellet, a promis vendredi dernier une offre « améliorée » la semaine prochaine.",
     "« Nous sommes prêts à négocier jour et nuit », a déclaré la présidente du syndicat, Diane Lapointe, en point de presse."],
    [("On ne sait plus quoi faire", ["Mélanie Tremblay"], "multi_para"),
     ("Ça fait deux semaines", ["Luc Gagnon"], "multi_para_apposition"),
     ("tout sera fait pour rattraper", ["Josée Pelletier"], "multi_para_assure_que"),
     ("améliorée", ["Bernard Ouellet"], "fragment", True),
     ("Nous sommes prêts à négocier", ["Diane Lapointe"], "apposition_after_verb")],
    ents={"PER": ["Mélanie Tremblay", "Luc Gagnon", "Josée Pelletier", "Bernard Ouellet", "Diane Lapointe"], "ORG": []},
    places=[("Montréal", {"country": "CA"})],
    dates=[("vendredi dernier", "2026-09-11", "day"), ("la semaine prochaine", "2026-09-21", "week")])

# ---------------------------------------------------------------- 7 Q&A interview
art("a07", "Jeune Afrique", "https://www.jeuneafrique.test/a07", "2026-10-02T09:00:00+01:00", "fr",
    "Aminata Diallo : « Le Sénégal doit investir dans ses ports »",
    ["La ministre sénégalaise des Infrastructures, Aminata Diallo, répond à nos questions.",
     "Jeune Afrique : Le port de Dakar est-il saturé ?",
     "Aminata Diallo : Oui, et depuis longtemps. Nous traitons deux fois plus de conteneurs qu'il y a dix ans.",
     "Le nouveau port de Ndayane sera-t-il prêt en 2027 ?",
     "Nous tiendrons le calendrier. Les premiers quais seront livrés au deuxième semestre.",
     "« Le Sénégal doit investir dans ses ports », avez-vous dit à Davos. Vous le maintenez ?",
     "Plus que jamais. C'est notre souveraineté économique qui est en jeu."],
    [("Oui, et depuis longtemps", ["Aminata Diallo"], "qa", True),
     ("Nous tiendrons le calendrier", ["Aminata Diallo"], "qa", True),
     ("Le Sénégal doit investir dans ses ports", ["Aminata Diallo"], "qa_quoted_avez_vous_dit"),
     ("Plus que jamais", ["Aminata Diallo"], "qa", True)],
    ents={"PER": ["Aminata Diallo"], "ORG": ["Jeune Afrique"]},
    places=[("Dakar", {"country": "SN"}), ("Ndayane", {"country": "SN"}), ("Davos", {"country": "CH"})],
    dates=[("en 2027", "2027", "year")])

# ---------------------------------------------------------------- 8 reported then direct speech
art("a08", "Le Monde", "https://www.lemonde.test/a08", "2026-11-12T12:10:00+01:00", "fr",
    "Assurance-chômage : la ministre du Travail ouvre la porte à un compromis",
    ["La ministre du Travail, Élodie Marchal, a assuré mercredi qu'elle était prête à revoir le calendrier de la réforme. Elle a expliqué que les partenaires sociaux seraient reçus dès lundi. « Je n'ai jamais fermé la porte », a-t-elle insisté.",
     "Le secrétaire général de la CFDT, Thierry Baudin, a salué « un premier pas ». Il a toutefois prévenu que son syndicat ne signerait rien « sans garanties écrites ».",
     "Pour la CGT, c'est « une manœuvre », a jugé sa secrétaire générale, Ingrid Coste."],
    [("Je n'ai jamais fermé la porte", ["Élodie Marchal"], "reported_then_direct"),
     ("un premier pas", ["Thierry Baudin"], "fragment", True),
     ("sans garanties écrites", ["Thierry Baudin"], "fragment_pronoun", True),
     ("une manœuvre", ["Ingrid Coste"], "apposition_after_verb", True)],
    ents={"PER": ["Élodie Marchal", "Thierry Baudin", "Ingrid Coste"], "ORG": ["CFDT", "CGT"]},
    dates=[("mercredi", "2026-11-11", "day"), ("dès lundi", "2026-11-16", "day")])

# ---------------------------------------------------------------- 9 quote opening paragraph, speaker next sentence
art("a09", "Le Parisien", "https://www.leparisien.test/a09", "2026-01-20T19:00:00+01:00", "fr",
    "Saint-Denis : le chantier du village olympique reconverti prend du retard",
    ["Les travaux de reconversion du quartier de la Plaine, à Saint-Denis (Seine-Saint-Denis), accusent six mois de retard.",
     "« On nous avait promis des logements pour la rentrée. » La phrase est de Fatou Sissoko, qui attend depuis deux ans un appartement social.",
     "« Le retard est dû aux intempéries de l'automne. » C'est l'explication avancée par le directeur du chantier, Rémi Castagné, joint par téléphone.",
     "La livraison est désormais annoncée pour le printemps 2027, selon la mairie."],
    [("On nous avait promis des logements", ["Fatou Sissoko"], "next_sentence"),
     ("Le retard est dû aux intempéries", ["Rémi Castagné"], "next_sentence")],
    ents={"PER": ["Fatou Sissoko", "Rémi Castagné"], "ORG": []},
    places=[("Saint-Denis", {"insee": "93066", "country": "FR"})],
    dates=[("le printemps 2027", "2027-03/2027-06", "season")])

# ---------------------------------------------------------------- 10 Saint-Denis de La Réunion
art("a10", "Clicanoo", "https://www.clicanoo.test/a10", "2026-07-03T14:00:00+04:00", "fr",
    "Saint-Denis : le cyclone a épargné le chef-lieu, pas l'Est",
    ["Le cyclone a longé la côte est de La Réunion jeudi. A Saint-Denis, les dégâts sont limités, mais Saint-Benoît a été durement touchée.",
     "« Nous avons eu plus de peur que de mal », a résumé le maire de Saint-Denis, Patrice Hoarau.",
     "« Chez nous, c'est une catastrophe », ont-ils témoigné, Jean-Marc Payet et son épouse Nadia, dont la maison de Saint-Benoît a perdu son toit.",
     "La préfecture a fait savoir que l'alerte rouge serait levée vendredi à 18 heures."],
    [("Nous avons eu plus de peur", ["Patrice Hoarau"], "apposition_after_verb"),
     ("Chez nous, c'est une catastrophe", ["Jean-Marc Payet", "Nadia Payet", "Nadia"], "plural")],
    ents={"PER": ["Patrice Hoarau", "Jean-Marc Payet", "Nadia"], "ORG": ["préfecture"]},
    places=[("Saint-Denis", {"insee": "97411", "country": "FR"}), ("Saint-Benoît", {"insee": "97410", "country": "FR"}), ("La Réunion", {"country": "RE"})],
    dates=[("jeudi", "2026-07-02", "day"), ("vendredi", "2026-07-03", "day")])

# ---------------------------------------------------------------- 11 institutions as speakers
art("a11", "AFP", "https://www.afp.test/a11", "2026-03-10T18:40:00+01:00", "fr",
    "Retraites : Matignon exclut un recours au 49.3",
    ["« Il n'y aura pas de 49.3 sur ce texte », a fait savoir Matignon mardi soir, démentant des informations de presse.",
     "« Le gouvernement respectera le calendrier parlementaire », a-t-on ajouté dans l'entourage du Premier ministre.",
     "L'Elysée n'a pas souhaité commenter. « Le président fait confiance au Premier ministre », a simplement indiqué la présidence.",
     "Le Quai d'Orsay, de son côté, a jugé « inacceptables » les propos de l'ambassadeur russe, dans un autre dossier."],
    [("Il n'y aura pas de 49.3", ["Matignon", "Premier ministre"], "institution"),
     ("Le gouvernement respectera", ["Matignon", "entourage du Premier ministre", "Premier ministre"], "institution_on"),
     ("Le président fait confiance", ["Elysée", "présidence", "Élysée"], "institution"),
     ("inacceptables", ["Quai d'Orsay", "ministère des Affaires étrangères"], "fragment", True)],
    ents={"PER": [], "ORG": ["Matignon", "Elysée", "Quai d'Orsay"]},
    dates=[("mardi soir", "2026-03-10", "day")])

# ---------------------------------------------------------------- 12 parquet
art("a12", "Le Parisien", "https://www.leparisien.test/a12", "2026-06-09T21:00:00+02:00", "fr",
    "Montreuil : un homme mis en examen après la mort d'un livreur",
    ["Un homme de 34 ans a été mis en examen lundi pour homicide involontaire après la mort d'un livreur à Montreuil (Seine-Saint-Denis), a-t-on appris de source judiciaire.",
     "« Le conducteur présentait un taux d'alcoolémie de 1,8 gramme », selon le parquet de Bobigny.",
     "Selon le parquet, « l'enquête devra déterminer la vitesse exacte du véhicule ».",
     "L'avocate de la famille, Me Leïla Haddad, réclame « la vérité, toute la vérité ». « Cette famille a perdu un fils de 22 ans », a-t-elle rappelé.",
     "Une marche blanche est prévue samedi 13 juin."],
    [("Le conducteur présentait", ["parquet de Bobigny", "parquet"], "institution_selon_after"),
     ("l'enquête devra déterminer", ["parquet de Bobigny", "parquet"], "institution_selon_before"),
     ("la vérité, toute la vérité", ["Leïla Haddad"], "fragment", True),
     ("Cette famille a perdu", ["Leïla Haddad"], "pronoun_elle")],
    ents={"PER": ["Leïla Haddad"], "ORG": ["parquet de Bobigny"]},
    places=[("Montreuil", {"insee": "93048", "country": "FR"}), ("Bobigny", {"insee": "93008", "country": "FR"})],
    dates=[("lundi", "2026-06-08", "day"), ("samedi 13 juin", "2026-06-13", "day")])

# ---------------------------------------------------------------- 13 quotes inside quotes
art("a13", "La Voix du Nord", "https://www.lavoixdunord.test/a13", "2026-02-04T16:00:00+01:00", "fr",
    "Procès de Douai : la victime raconte la nuit de l'agression",
    ["Au deuxième jour du procès devant la cour d'assises du Nord, à Douai, la victime, Camille Roussel, a raconté la nuit du 14 août 2024.",
     "« Il m'a regardée et il m'a dit : \"Tu ne sortiras pas d'ici\" », a-t-elle déclaré à la barre, la voix tremblante.",
     "L'accusé, Steve Delattre, a nié. « Je n'ai jamais dit \"tu ne sortiras pas\", je lui ai demandé de partir », a-t-il soutenu.",
     "Le verdict est attendu vendredi."],
    [("Il m'a regardée et il m'a dit", ["Camille Roussel"], "nested_outer"),
     ("Tu ne sortiras pas d'ici", ["Steve Delattre"], "nested_inner", True),
     ("Je n'ai jamais dit", ["Steve Delattre"], "nested_outer")],
    ents={"PER": ["Camille Roussel", "Steve Delattre"], "ORG": ["cour d'assises du Nord"]},
    places=[("Douai", {"insee": "59178", "country": "FR"})],
    dates=[("la nuit du 14 août 2024", "2024-08-14", "day"), ("vendredi", "2026-02-06", "day")])

# ---------------------------------------------------------------- 14 written documents
art("a14", "AFP", "https://www.afp.test/a14", "2026-04-17T13:00:00+02:00", "fr",
    "Automobile : Stellantis confirme la fermeture d'une ligne à Sochaux",
    ["Stellantis a confirmé vendredi la fermeture d'une ligne de montage à Sochaux (Doubs).",
     "« Cette décision ne donnera lieu à aucun licenciement sec », peut-on lire dans le communiqué du constructeur.",
     "« La direction joue avec les nerfs des salariés », écrit de son côté la CGT dans un tract distribué à l'aube.",
     "Dans une lettre adressée au ministre de l'Industrie, le maire de Sochaux, Albert Jeunot, s'inquiète : « Qui paiera pour la reconversion du site ? »",
     "Selon le rapport annuel du groupe, « la production européenne a reculé de 9 % l'an dernier »."],
    [("Cette décision ne donnera lieu", ["Stellantis"], "written_doc"),
     ("La direction joue avec les nerfs", ["CGT"], "written_doc_ecrit"),
     ("Qui paiera pour la reconversion", ["Albert Jeunot"], "written_letter_colon"),
     ("la production européenne a reculé", ["Stellantis", "rapport annuel du groupe"], "written_doc_selon")],
    ents={"PER": ["Albert Jeunot"], "ORG": ["Stellantis", "CGT"]},
    places=[("Sochaux", {"insee": "25547", "country": "FR"})],
    dates=[("vendredi", "2026-04-17", "day"), ("l'an dernier", "2025", "year")])

# ---------------------------------------------------------------- 15 sport, pronoun + name + "ont-ils ajouté"
art("a15", "L'Equipe", "https://www.lequipe.test/a15", "2026-05-22T23:30:00+02:00", "fr",
    "Ligue 1 : Lens arrache le nul à Marseille",
    ["Lens a obtenu un match nul (1-1) vendredi soir au Vélodrome face à Marseille.",
     "« On a montré du caractère », a réagi l'entraîneur lensois, Franck Haise. « Mes joueurs n'ont rien lâché », a-t-il poursuivi.",
     "Côté marseillais, le capitaine Valentin Rongier regrettait « deux points perdus ». « On doit tuer ces matches », a-t-il lâché en zone mixte.",
     "« On reviendra plus forts », ont-ils ajouté en chœur, les deux buteurs Adrien Thomasson et Neal Maupay, interrogés ensemble sur Canal+."],
    [("On a montré du caractère", ["Franck Haise"], "apposition_after_verb"),
     ("Mes joueurs n'ont rien lâché", ["Franck Haise"], "pronoun_il"),
     ("deux points perdus", ["Valentin Rongier"], "fragment", True),
     ("On doit tuer ces matches", ["Valentin Rongier"], "pronoun_il"),
     ("On reviendra plus forts", ["Adrien Thomasson", "Neal Maupay"], "plural")],
    ents={"PER": ["Franck Haise", "Valentin Rongier", "Adrien Thomasson", "Neal Maupay"], "ORG": ["Lens", "Marseille", "Canal+"]},
    places=[("Marseille", {"insee": "13055", "country": "FR"})],
    dates=[("vendredi soir", "2026-05-22", "day")])

# ---------------------------------------------------------------- 16 Bar-le-Duc, dates
art("a16", "L'Est républicain", "https://www.estrepublicain.test/a16", "2026-09-15T07:00:00+02:00", "fr",
    "Bar-le-Duc accueillera le festival RenaissanceS du 12 au 15 mars",
    ["La ville de Bar-le-Duc (Meuse) accueillera la prochaine édition de son festival de rue du 12 au 15 mars 2027, a annoncé la municipalité.",
     "« L'an dernier, nous avons accueilli 40 000 spectateurs », rappelle l'adjointe à la culture, Martine Collignon.",
     "La programmation sera dévoilée la semaine prochaine, a précisé la directrice artistique, Hélène Vautrin : « Nous aurons des compagnies venues de Vienne, en Autriche, et de Liège. »",
     "Le conseil municipal votera le budget le 6 octobre."],
    [("L'an dernier, nous avons accueilli", ["Martine Collignon"], "apposition_after_verb"),
     ("Nous aurons des compagnies", ["Hélène Vautrin"], "apposition_colon")],
    ents={"PER": ["Martine Collignon", "Hélène Vautrin"], "ORG": []},
    places=[("Bar-le-Duc", {"insee": "55029", "country": "FR"}), ("Vienne", {"country": "AT"}), ("Liège", {"country": "BE"})],
    dates=[("du 12 au 15 mars 2027", "2027-03-12/2027-03-15", "range"), ("L'an dernier", "2025", "year"),
           ("la semaine prochaine", "2026-09-21", "week"), ("le 6 octobre", "2026-10-06", "day")])

# ---------------------------------------------------------------- 17 court, role + name apposition before quote
art("a17", "Le Figaro", "https://www.lefigaro.test/a17", "2026-10-02T18:00:00+02:00", "fr",
    "Procès des assistants parlementaires : le parquet requiert deux ans avec sursis",
    ["Au terme de son réquisitoire, le procureur de la République, Guillaume Arnoux, a requis jeudi deux ans d'emprisonnement avec sursis contre l'ancien député Bertrand Lemaire.",
     "Pour le magistrat, « le système était organisé, pensé, assumé ».",
     "L'avocat de la défense, Me François Daubigny, a dénoncé « un dossier vide ». « Mon client n'a jamais détourné un euro », a plaidé le pénaliste.",
     "Bertrand Lemaire, lui, s'est contenté d'un mot à la sortie de l'audience : « Confiance. »",
     "Le jugement sera rendu le 18 décembre."],
    [("le système était organisé", ["Guillaume Arnoux"], "pour_le_role"),
     ("un dossier vide", ["François Daubigny"], "fragment", True),
     ("Mon client n'a jamais détourné", ["François Daubigny"], "role_anaphor"),
     ("Confiance", ["Bertrand Lemaire"], "colon_intro")],
    ents={"PER": ["Guillaume Arnoux", "Bertrand Lemaire", "François Daubigny"], "ORG": []},
    dates=[("jeudi", "2026-10-01", "day"), ("le 18 décembre", "2026-12-18", "day")])

# ---------------------------------------------------------------- 18 international, selon X + institutions
art("a18", "RFI", "https://www.rfi.test/a18", "2026-11-12T08:00:00+01:00", "fr",
    "Sahel : Bamako annonce la libération de deux otages",
    ["Les autorités maliennes ont annoncé mercredi la libération de deux otages européens enlevés l'an dernier dans le centre du pays.",
     "« Les deux otages sont en bonne santé et seront rapatriés dans les prochains jours », a déclaré à la télévision nationale le porte-parole du gouvernement, le colonel Abdoulaye Maïga.",
     "Selon une source sécuritaire à Bamako, « aucune rançon n'a été versée ».",
     "Le ministère italien des Affaires étrangères a salué « un dénouement heureux »."],
    [("Les deux otages sont en bonne santé", ["Abdoulaye Maïga"], "apposition_after_verb_long"),
     ("aucune rançon n'a été versée", ["source sécuritaire", None], "anonymous_source"),
     ("un dénouement heureux", ["ministère italien des Affaires étrangères"], "fragment", True)],
    ents={"PER": ["Abdoulaye Maïga"], "ORG": ["ministère italien des Affaires étrangères"]},
    places=[("Bamako", {"country": "ML"})],
    dates=[("mercredi", "2026-11-11", "day"), ("l'an dernier", "2025", "year")])

# ---------------------------------------------------------------- 19 economy, two women pronoun ambiguity
art("a19", "Les Echos", "https://www.lesechos.test/a19", "2026-01-20T10:30:00+01:00", "fr",
    "BCE : Lagarde et Schnabel divergent sur le rythme des baisses de taux",
    ["Christine Lagarde et Isabel Schnabel n'ont pas tenu le même discours lundi à Francfort.",
     "La présidente de la BCE s'est voulue prudente. « Nous ne sommes pas pressés », a déclaré Christine Lagarde lors d'une conférence.",
     "Quelques heures plus tard, Isabel Schnabel a plaidé pour une pause plus longue. « L'inflation des services reste trop élevée », a-t-elle mis en garde.",
     "« Mais nous ne changerons pas de cap sur un seul chiffre », a-t-elle nuancé."],
    [("Nous ne sommes pas pressés", ["Christine Lagarde"], "x_a_declare_after"),
     ("L'inflation des services", ["Isabel Schnabel"], "pronoun_elle_two_women"),
     ("Mais nous ne changerons pas", ["Isabel Schnabel"], "pronoun_elle_two_women_across")],
    ents={"PER": ["Christine Lagarde", "Isabel Schnabel"], "ORG": ["BCE"]},
    places=[("Francfort", {"country": "DE"})],
    dates=[("lundi", "2026-01-19", "day")])

# ---------------------------------------------------------------- 20 faits divers, gendarmerie
art("a20", "Le Progrès", "https://www.leprogres.test/a20", "2026-07-03T09:15:00+02:00", "fr",
    "Rhône : une septuagénaire retrouvée saine et sauve après deux jours de recherches",
    ["Une femme de 78 ans, disparue depuis mercredi à Vaulx-en-Velin, a été retrouvée jeudi soir dans un bois de Décines-Charpieu.",
     "« Elle était déshydratée mais consciente », a indiqué à l'AFP le commandant de la compagnie de gendarmerie, le capitaine Romain Béraud.",
     "Sa fille, Sandrine, ne cachait pas son soulagement. « On a cru qu'on ne la reverrait jamais », a-t-elle confié.",
     "« C'est un chien qui l'a repérée », a ajouté un gendarme."],
    [("Elle était déshydratée", ["Romain Béraud"], "apposition_after_verb"),
     ("On a cru qu'on ne la reverrait", ["Sandrine"], "pronoun_elle"),
     ("C'est un chien qui l'a repérée", ["un gendarme", "gendarme"], "unnamed")],
    ents={"PER": ["Romain Béraud", "Sandrine"], "ORG": ["AFP"]},
    places=[("Vaulx-en-Velin", {"insee": "69256", "country": "FR"}), ("Décines-Charpieu", {"insee": "69275", "country": "FR"})],
    dates=[("mercredi", "2026-07-01", "day"), ("jeudi soir", "2026-07-02", "day")])

# ---------------------------------------------------------------- 21 Belgian, Vienne homonym (Austria), Quebec
art("a21", "La Libre Belgique", "https://www.lalibre.test/a21", "2026-03-10T12:00:00+01:00", "fr",
    "Énergie : la Belgique et l'Autriche s'accordent à Vienne sur l'hydrogène",
    ["La ministre fédérale de l'Énergie, Tinne Van der Straeten, a signé lundi à Vienne un protocole d'accord avec son homologue autrichienne, Leonore Gewessler.",
     "« C'est une étape majeure pour nos industries », a commenté la ministre belge.",
     "Son homologue a salué « une coopération exemplaire », avant d'ajouter : « L'hydrogène vert ne connaît pas de frontières. »",
     "Un premier comité de suivi se réunira à Bruxelles en avril."],
    [("C'est une étape majeure", ["Tinne Van der Straeten"], "role_anaphor"),
     ("une coopération exemplaire", ["Leonore Gewessler"], "fragment", True),
     ("L'hydrogène vert ne connaît pas", ["Leonore Gewessler"], "role_anaphor_colon")],
    ents={"PER": ["Tinne Van der Straeten", "Leonore Gewessler"], "ORG": []},
    places=[("Vienne", {"country": "AT"}), ("Bruxelles", {"country": "BE"})],
    dates=[("lundi", "2026-03-09", "day"), ("en avril", "2026-04", "month")])

# ---------------------------------------------------------------- 22 Quebec politics, "selon" with apposition
art("a22", "Le Devoir", "https://www.ledevoir.test/a22", "2026-04-17T05:00:00-04:00", "fr",
    "Québec : la CAQ promet un référendum sur la réforme électorale",
    ["Le gouvernement caquiste tiendra un référendum sur la réforme du mode de scrutin, a confirmé jeudi le ministre de la Démocratie, Jean-François Roberge.",
     "« Les Québécois auront le dernier mot », a-t-il affirmé à l'Assemblée nationale.",
     "Selon la cheffe de l'opposition officielle, Marwah Rizqy, « c'est une manœuvre pour enterrer le projet ».",
     "« On a déjà vu ce film-là », a ironisé le chef péquiste, Paul St-Pierre Plamondon, en mêlée de presse."],
    [("Les Québécois auront le dernier mot", ["Jean-François Roberge"], "pronoun_il_after_apposition"),
     ("c'est une manœuvre pour enterrer", ["Marwah Rizqy"], "selon_role_name"),
     ("On a déjà vu ce film-là", ["Paul St-Pierre Plamondon"], "apposition_after_verb")],
    ents={"PER": ["Jean-François Roberge", "Marwah Rizqy", "Paul St-Pierre Plamondon"], "ORG": ["CAQ", "Assemblée nationale"]},
    places=[("Québec", {"country": "CA"})],
    dates=[("jeudi", "2026-04-16", "day")])

# ---------------------------------------------------------------- 23 African outlet, multi speakers, institutions
art("a23", "Le Faso.net", "https://www.lefaso.test/a23", "2026-05-22T13:00:00+00:00", "fr",
    "Ouagadougou : les commerçants du grand marché protestent contre la hausse des taxes",
    ["Plusieurs centaines de commerçants ont manifesté jeudi devant la mairie de Ouagadougou.",
     "« Nous ne pouvons plus payer », a lancé Salif Ouédraogo, vendeur de tissus depuis vingt ans.",
     "« La taxe a triplé en un an », renchérit Awa Compaoré, à ses côtés.",
     "La mairie, dans un communiqué, assure que « la hausse finance la rénovation du marché ». Le maire, Maurice Konaté, recevra une délégation lundi."],
    [("Nous ne pouvons plus payer", ["Salif Ouédraogo"], "x_after_verb"),
     ("La taxe a triplé", ["Awa Compaoré"], "x_after_verb"),
     ("la hausse finance la rénovation", ["mairie", "mairie de Ouagadougou"], "institution_written")],
    ents={"PER": ["Salif Ouédraogo", "Awa Compaoré", "Maurice Konaté"], "ORG": ["mairie de Ouagadougou"]},
    places=[("Ouagadougou", {"country": "BF"})],
    dates=[("jeudi", "2026-05-21", "day"), ("lundi", "2026-05-25", "day")])

# ---------------------------------------------------------------- 24 justice, quote then speaker named next sentence with "explique"
art("a24", "Libération", "https://www.liberation.test/a24", "2026-06-09T14:00:00+02:00", "fr",
    "Prisons : la surpopulation atteint un record",
    ["Le nombre de détenus a atteint un nouveau record au 1er mai, selon les chiffres publiés mardi par le ministère de la Justice.",
     "« On met trois hommes dans neuf mètres carrés. » Dominique Simonnot, contrôleuse générale des lieux de privation de liberté, ne décolère pas.",
     "Elle réclame « un mécanisme de régulation carcérale ». « Sans lui, rien ne changera », dit-elle.",
     "Le garde des Sceaux, lui, mise sur la construction de 15 000 places. « Les premières ouvriront en 2027 », a assuré son cabinet."],
    [("On met trois hommes", ["Dominique Simonnot"], "next_sentence"),
     ("un mécanisme de régulation", ["Dominique Simonnot"], "fragment", True),
     ("Sans lui, rien ne changera", ["Dominique Simonnot"], "pronoun_elle"),
     ("Les premières ouvriront", ["cabinet du garde des Sceaux", "garde des Sceaux", "cabinet"], "institution")],
    ents={"PER": ["Dominique Simonnot"], "ORG": ["ministère de la Justice"]},
    dates=[("au 1er mai", "2026-05-01", "day"), ("mardi", "2026-06-09", "day"), ("en 2027", "2027", "year")])

# ---------------------------------------------------------------- 25 Swiss, split incise + reported
art("a25", "RTS Info", "https://www.rts.test/a25", "2026-09-15T19:30:00+02:00", "fr",
    "Valais : le glacier du Trient a perdu 40 mètres en un an",
    ["Le glacier du Trient (VS) a reculé de 40 mètres en un an, selon les relevés publiés mardi par le réseau suisse des glaciers GLAMOS.",
     "« C'est le pire recul jamais mesuré ici, observe le glaciologue Matthias Huss, et cela ne va pas s'arrêter. »",
     "Pour la commune de Trient, la priorité est la sécurité. « Nous surveillons les lacs glaciaires en permanence », a indiqué son président, Joël Gay-Crosier."],
    [("C'est le pire recul", ["Matthias Huss"], "split_incise_name"),
     ("Nous surveillons les lacs", ["Joël Gay-Crosier"], "apposition_son_president")],
    ents={"PER": ["Matthias Huss", "Joël Gay-Crosier"], "ORG": ["GLAMOS"]},
    places=[("Trient", {"country": "CH"})],
    dates=[("mardi", "2026-09-15", "day")])

# ---------------------------------------------------------------- 26 international, long apposition; Washington
art("a26", "AFP", "https://www.afp.test/a26", "2026-10-02T22:00:00+02:00", "fr",
    "Ukraine : Washington promet une nouvelle aide militaire",
    ["Les Etats-Unis fourniront une nouvelle tranche d'aide militaire à l'Ukraine, a annoncé jeudi le département d'Etat.",
     "« Cette aide comprend des systèmes de défense aérienne », a précisé le porte-parole du département d'Etat, Matthew Miller, lors de son point presse quotidien.",
     "« Nous resterons aux côtés de l'Ukraine aussi longtemps qu'il le faudra », a-t-il ajouté.",
     "A Kiev, le président Volodymyr Zelensky a remercié Washington : « Chaque missile compte. »",
     "Moscou a dénoncé une « escalade dangereuse », selon l'agence Tass."],
    [("Cette aide comprend", ["Matthew Miller"], "apposition_after_verb"),
     ("Nous resterons aux côtés", ["Matthew Miller"], "pronoun_il_across"),
     ("Chaque missile compte", ["Volodymyr Zelensky"], "colon_intro"),
     ("escalade dangereuse", ["Moscou", "Kremlin", "Russie"], "fragment", True)],
    ents={"PER": ["Matthew Miller", "Volodymyr Zelensky"], "ORG": ["département d'Etat", "Tass"]},
    places=[("Kiev", {"country": "UA"}), ("Washington", {"country": "US"}), ("Ukraine", {"country": "UA"}), ("Moscou", {"country": "RU"})],
    dates=[("jeudi", "2026-10-01", "day")])

# ---------------------------------------------------------------- 27 health, porte-parole of ARS
art("a27", "France Bleu", "https://www.francebleu.test/a27", "2026-11-12T07:30:00+01:00", "fr",
    "Grenoble : le CHU déclenche le plan blanc face à l'épidémie de grippe",
    ["Le CHU Grenoble-Alpes a déclenché mercredi son plan blanc, face à l'afflux de patients atteints de la grippe.",
     "« Les urgences ont accueilli 280 patients en vingt-quatre heures », a fait savoir la direction de l'hôpital.",
     "Selon la porte-parole de l'agence régionale de santé, Isabelle Perrin, « le pic est attendu la semaine prochaine ».",
     "Un urgentiste, qui a requis l'anonymat, décrit des « couloirs pleins de brancards ». « On travaille en mode dégradé depuis dix jours », raconte-t-il."],
    [("Les urgences ont accueilli", ["direction de l'hôpital", "CHU Grenoble-Alpes"], "institution"),
     ("le pic est attendu", ["Isabelle Perrin"], "selon_role_name"),
     ("couloirs pleins de brancards", ["urgentiste", "un urgentiste"], "fragment", True),
     ("On travaille en mode dégradé", ["urgentiste", "un urgentiste"], "unnamed_pronoun")],
    ents={"PER": ["Isabelle Perrin"], "ORG": ["CHU Grenoble-Alpes", "agence régionale de santé"]},
    places=[("Grenoble", {"insee": "38185", "country": "FR"})],
    dates=[("mercredi", "2026-11-11", "day"), ("la semaine prochaine", "2026-11-16", "week")])

# ---------------------------------------------------------------- 28 culture, Q&A with guillemets answers
art("a28", "Télérama", "https://www.telerama.test/a28", "2026-02-04T09:00:00+01:00", "fr",
    "Rencontre avec la réalisatrice Léa Fontaine",
    ["Son troisième film sort mercredi prochain. La réalisatrice Léa Fontaine s'explique.",
     "– Pourquoi tourner à Montreuil ?",
     "– J'y ai grandi. Chaque rue raconte une histoire de ma famille.",
     "– Votre producteur, Yves Amsellem, dit que le tournage a été « un enfer ». Vous confirmez ?",
     "– Yves exagère toujours ! Disons que ce fut intense."],
    [("J'y ai grandi", ["Léa Fontaine"], "qa_dash", True),
     ("un enfer", ["Yves Amsellem"], "fragment_reported", True),
     ("Yves exagère toujours", ["Léa Fontaine"], "qa_dash", True)],
    ents={"PER": ["Léa Fontaine", "Yves Amsellem"], "ORG": []},
    places=[("Montreuil", {"insee": "93048", "country": "FR"})],
    dates=[("mercredi prochain", "2026-02-11", "day")])

# ---------------------------------------------------------------- 29 Valence Spain homonym
art("a29", "AFP", "https://www.afp.test/a29", "2026-01-20T20:00:00+01:00", "fr",
    "Espagne : nouvelles inondations meurtrières dans la région de Valence",
    ["De violentes pluies ont fait trois morts lundi dans la région de Valence, dans l'est de l'Espagne, un peu plus d'un an après les inondations meurtrières d'octobre 2024.",
     "« La situation reste critique dans plusieurs communes », a déclaré le président de la Generalitat valencienne, Carlos Mazón.",
     "« Ne prenez pas vos voitures », a exhorté la déléguée du gouvernement, Pilar Bernabé, sur la radio Cadena SER.",
     "Madrid a envoyé 500 militaires de l'Unité militaire d'urgence (UME)."],
    [("La situation reste critique", ["Carlos Mazón"], "apposition_after_verb"),
     ("Ne prenez pas vos voitures", ["Pilar Bernabé"], "apposition_after_verb")],
    ents={"PER": ["Carlos Mazón", "Pilar Bernabé"], "ORG": ["Generalitat valencienne", "Cadena SER", "UME"]},
    places=[("Valence", {"country": "ES"}), ("Espagne", {"country": "ES"}), ("Madrid", {"country": "ES"})],
    dates=[("lundi", "2026-01-19", "day"), ("octobre 2024", "2024-10", "month")])

# ---------------------------------------------------------------- 30 court reporter, "a lancé le président du tribunal"
art("a30", "Sud Ouest", "https://www.sudouest.test/a30", "2026-03-10T19:00:00+01:00", "fr",
    "Bordeaux : le prévenu insulte le tribunal, l'audience suspendue",
    ["L'audience de comparution immédiate a tourné court mardi au tribunal correctionnel de Bordeaux.",
     "« Vous êtes tous corrompus ! » a hurlé le prévenu, Kevin Lafargue, 27 ans, jugé pour des violences conjugales.",
     "« Monsieur, encore un mot et je vous fais sortir », a répondu la présidente, Anne-Sophie Marcou.",
     "« Ma cliente a peur de lui depuis des années », a souligné l'avocate de la partie civile, Me Julie Bastide. La victime, elle, n'a pas souhaité s'exprimer.",
     "L'affaire a été renvoyée au 24 mars."],
    [("Vous êtes tous corrompus", ["Kevin Lafargue"], "apposition_after_verb"),
     ("Monsieur, encore un mot", ["Anne-Sophie Marcou"], "apposition_after_verb"),
     ("Ma cliente a peur de lui", ["Julie Bastide"], "apposition_after_verb")],
    ents={"PER": ["Kevin Lafargue", "Anne-Sophie Marcou", "Julie Bastide"], "ORG": ["tribunal correctionnel de Bordeaux"]},
    places=[("Bordeaux", {"insee": "33063", "country": "FR"})],
    dates=[("mardi", "2026-03-10", "day"), ("au 24 mars", "2026-03-24", "day")])

# ---------------------------------------------------------------- 31 pronoun chain: man + woman, quote opening para with "explique-t-elle"
art("a31", "Nice-Matin", "https://www.nicematin.test/a31", "2026-04-17T06:30:00+02:00", "fr",
    "Cannes : un couple de restaurateurs relance la guinguette de la Croisette",
    ["Paul et Mireille Santini ont racheté en janvier la vieille guinguette de la Croisette, fermée depuis 2020.",
     "Mireille tient la cuisine. « Je fais la bouillabaisse de ma grand-mère, rien d'autre », sourit-elle.",
     "Son mari s'occupe de la salle. « Ici, on ne réserve pas : on vient, on attend, on discute », explique-t-il.",
     "« Et s'il pleut, on ferme ! » plaisante-t-elle.",
     "Ouverture officielle samedi prochain."],
    [("Je fais la bouillabaisse", ["Mireille Santini"], "pronoun_elle"),
     ("Ici, on ne réserve pas", ["Paul Santini"], "pronoun_il_son_mari"),
     ("Et s'il pleut, on ferme", ["Mireille Santini"], "pronoun_elle_across")],
    ents={"PER": ["Paul Santini", "Mireille Santini"], "ORG": []},
    places=[("Cannes", {"insee": "06029", "country": "FR"})],
    dates=[("en janvier", "2026-01", "month"), ("depuis 2020", "2020", "year"), ("samedi prochain", "2026-04-18", "day")])

# ---------------------------------------------------------------- 32 Ivorian politics, several speakers, "selon lui"
art("a32", "Fraternité Matin", "https://www.fratmat.test/a32", "2026-06-09T08:00:00+00:00", "fr",
    "Côte d'Ivoire : l'opposition conteste le découpage électoral",
    ["Le porte-parole du PDCI, Bredoumy Soumaïla, a qualifié lundi le nouveau découpage électoral de « hold-up démocratique ».",
     "Selon lui, « trente circonscriptions ont été redessinées au profit du parti au pouvoir ».",
     "Le ministre de l'Intérieur, Vagondo Diomandé, a rejeté ces accusations. « Le découpage suit strictement les chiffres du recensement », a-t-il déclaré à Abidjan.",
     "« Nous saisirons le Conseil constitutionnel », ont prévenu dans un communiqué commun le PDCI et le PPA-CI."],
    [("hold-up démocratique", ["Bredoumy Soumaïla"], "fragment", True),
     ("trente circonscriptions", ["Bredoumy Soumaïla"], "selon_lui"),
     ("Le découpage suit strictement", ["Vagondo Diomandé"], "pronoun_il"),
     ("Nous saisirons le Conseil", ["PDCI", "PPA-CI"], "plural_institutions")],
    ents={"PER": ["Bredoumy Soumaïla", "Vagondo Diomandé"], "ORG": ["PDCI", "PPA-CI", "Conseil constitutionnel"]},
    places=[("Abidjan", {"country": "CI"}), ("Côte d'Ivoire", {"country": "CI"})],
    dates=[("lundi", "2026-06-08", "day")])

# ---------------------------------------------------------------- 33 sport tennis, with "a souri la Française"
art("a33", "AFP", "https://www.afp.test/a33", "2026-05-22T20:00:00+02:00", "fr",
    "Roland-Garros : Caroline Garcia passe le premier tour",
    ["Caroline Garcia s'est qualifiée vendredi pour le deuxième tour de Roland-Garros en battant l'Américaine Emma Navarro 6-4, 7-5.",
     "« J'ai senti le public me porter », a souri la Française après la rencontre.",
     "Son adversaire a reconnu la supériorité de la Lyonnaise : « Elle a mieux servi dans les moments importants. »",
     "Garcia affrontera dimanche la Tchèque Karolina Muchova."],
    [("J'ai senti le public", ["Caroline Garcia"], "role_anaphor_nationality"),
     ("Elle a mieux servi", ["Emma Navarro"], "role_anaphor_adversaire")],
    ents={"PER": ["Caroline Garcia", "Emma Navarro", "Karolina Muchova"], "ORG": []},
    places=[],
    dates=[("vendredi", "2026-05-22", "day"), ("dimanche", "2026-05-24", "day")])

# ---------------------------------------------------------------- 34 economic, "a-t-on appris auprès de" + "indique-t-on chez"
art("a34", "Le Républicain lorrain", "https://www.republicain-lorrain.test/a34", "2026-09-15T12:00:00+02:00", "fr",
    "Metz : l'usine de Borny sauvée par un repreneur allemand",
    ["Le site de Borny, à Metz, a trouvé un repreneur : le groupe allemand Kühne Technik, a-t-on appris lundi auprès du tribunal de commerce.",
     "« 180 des 230 emplois seront conservés », indique-t-on chez le repreneur.",
     "Le délégué CFE-CGC, Stéphane Klein, se montre prudent : « On a déjà eu des promesses. On attendra de voir les contrats. »",
     "Le président de la région Grand Est, Franck Leroy, a salué « une excellente nouvelle pour la Moselle »."],
    [("180 des 230 emplois", ["Kühne Technik"], "institution_on"),
     ("On a déjà eu des promesses", ["Stéphane Klein"], "apposition_colon"),
     ("une excellente nouvelle", ["Franck Leroy"], "fragment", True)],
    ents={"PER": ["Stéphane Klein", "Franck Leroy"], "ORG": ["Kühne Technik", "CFE-CGC", "tribunal de commerce", "région Grand Est"]},
    places=[("Metz", {"insee": "57463", "country": "FR"}), ("Moselle", {"country": "FR"})],
    dates=[("lundi", "2026-09-14", "day")])

# ---------------------------------------------------------------- 35 Verdun / Bar-le-Duc, pronoun chain same gender men three
art("a35", "L'Est républicain", "https://www.estrepublicain.test/a35", "2026-10-02T08:00:00+02:00", "fr",
    "Meuse : fusion des hôpitaux de Verdun et Bar-le-Duc, les élus divisés",
    ["Le projet de fusion des centres hospitaliers de Verdun et de Bar-le-Duc divise les élus meusiens.",
     "Le maire de Verdun, Samuel Hazard, y est favorable. « C'est la seule façon de garder une maternité dans le département », estime-t-il.",
     "Son homologue de Bar-le-Duc, Martine Joly, s'y oppose fermement. « On déshabille Pierre pour habiller Paul », tranche-t-elle.",
     "Le directeur de l'ARS, Hugo Gilardi, promet une décision « avant l'été prochain ». « Rien n'est arbitré », assure-t-il."],
    [("C'est la seule façon", ["Samuel Hazard"], "pronoun_il"),
     ("On déshabille Pierre", ["Martine Joly"], "pronoun_elle"),
     ("avant l'été prochain", ["Hugo Gilardi"], "fragment", True),
     ("Rien n'est arbitré", ["Hugo Gilardi"], "pronoun_il")],
    ents={"PER": ["Samuel Hazard", "Martine Joly", "Hugo Gilardi"], "ORG": ["ARS"]},
    places=[("Verdun", {"insee": "55545", "country": "FR"}), ("Bar-le-Duc", {"insee": "55029", "country": "FR"})],
    dates=[("l'été prochain", "2027-06/2027-09", "season")])

# ---------------------------------------------------------------- 36 institution: "a fait savoir l'Elysée" + "selon l'entourage"
art("a36", "Le Monde", "https://www.lemonde.test/a36", "2026-07-03T18:00:00+02:00", "fr",
    "Remaniement : l'Elysée dément toute nomination imminente",
    ["« Aucun remaniement n'est à l'ordre du jour », a fait savoir l'Elysée vendredi.",
     "Selon l'entourage du chef de l'Etat, « les rumeurs de la semaine sont sans fondement ».",
     "Le ministre de l'Economie, Eric Lombard, a pour sa part déclaré qu'il se concentrait « sur le budget ». « Je ne commente pas les rumeurs », a-t-il ajouté."],
    [("Aucun remaniement", ["Elysée", "Élysée", "présidence"], "institution"),
     ("les rumeurs de la semaine", ["entourage du chef de l'Etat", "Elysée", "Élysée", "chef de l'Etat"], "institution_selon"),
     ("sur le budget", ["Eric Lombard"], "fragment", True),
     ("Je ne commente pas", ["Eric Lombard"], "pronoun_il")],
    ents={"PER": ["Eric Lombard"], "ORG": ["Elysée"]},
    dates=[("vendredi", "2026-07-03", "day")])

# ---------------------------------------------------------------- 37 faits divers Saint-Denis 93, role name apposition + "selon une source policière"
art("a37", "BFM Paris", "https://www.bfmparis.test/a37", "2026-11-12T22:00:00+01:00", "fr",
    "Saint-Denis : un policier blessé lors d'une interpellation près du Stade de France",
    ["Un policier a été légèrement blessé jeudi soir lors d'une interpellation à Saint-Denis, près du Stade de France.",
     "« Notre collègue a été frappé au visage à coups de casque », a déploré le secrétaire départemental du syndicat Alliance, Rudy Manna.",
     "Selon une source policière, le suspect, âgé de 19 ans, « était connu pour trafic de stupéfiants ».",
     "Le préfet de police, Laurent Nuñez, a apporté son « soutien total » au fonctionnaire."],
    [("Notre collègue a été frappé", ["Rudy Manna"], "apposition_after_verb"),
     ("était connu pour trafic", ["source policière", None], "anonymous_source"),
     ("soutien total", ["Laurent Nuñez"], "fragment", True)],
    ents={"PER": ["Rudy Manna", "Laurent Nuñez"], "ORG": ["Alliance", "Stade de France"]},
    places=[("Saint-Denis", {"insee": "93066", "country": "FR"})],
    dates=[("jeudi soir", "2026-11-12", "day")])

# ---------------------------------------------------------------- 38 Romans/Valence, "selon X" after quote + "d'après"
art("a38", "Le Dauphiné libéré", "https://www.ledauphine.test/a38", "2026-01-20T13:00:00+01:00", "fr",
    "Drôme : la ligne Valence-Romans fermée trois semaines pour travaux",
    ["La ligne TER entre Valence et Romans-sur-Isère sera fermée du 2 au 22 février pour des travaux de modernisation.",
     "« Des cars de substitution circuleront toutes les heures », d'après la direction régionale de la SNCF.",
     "« C'est le pire moment de l'année pour les étudiants », regrette Chloé Barral, présidente de l'association des usagers.",
     "« Nous avons choisi la période de moindre fréquentation », s'est défendu le directeur des lignes, Thomas Reynaud."],
    [("Des cars de substitution", ["SNCF", "direction régionale de la SNCF"], "institution_dapres"),
     ("C'est le pire moment", ["Chloé Barral"], "x_after_verb_apposition"),
     ("Nous avons choisi la période", ["Thomas Reynaud"], "apposition_after_verb")],
    ents={"PER": ["Chloé Barral", "Thomas Reynaud"], "ORG": ["SNCF"]},
    places=[("Valence", {"insee": "26362", "country": "FR"}), ("Romans-sur-Isère", {"insee": "26281", "country": "FR"})],
    dates=[("du 2 au 22 février", "2026-02-02/2026-02-22", "range")])

# ---------------------------------------------------------------- 39 long interview paragraph split; two men same role title
art("a39", "Mediapart", "https://www.mediapart.test/a39", "2026-02-04T18:00:00+01:00", "fr",
    "Agriculteurs : la FNSEA et la Confédération paysanne ne défilent pas ensemble",
    ["Arnaud Rousseau, président de la FNSEA, et Laurence Marandola, porte-parole de la Confédération paysanne, ont manifesté mardi séparément à Paris.",
     "« On ne peut pas défendre les agriculteurs et signer le Mercosur », a attaqué la porte-parole.",
     "Le patron du premier syndicat agricole a répliqué : « Nous n'avons de leçons à recevoir de personne. »",
     "« Les paysans meurent pendant qu'on débat », a-t-elle conclu devant le ministère."],
    [("On ne peut pas défendre", ["Laurence Marandola"], "role_anaphor"),
     ("Nous n'avons de leçons", ["Arnaud Rousseau"], "role_anaphor_periphrase"),
     ("Les paysans meurent", ["Laurence Marandola"], "pronoun_elle_across")],
    ents={"PER": ["Arnaud Rousseau", "Laurence Marandola"], "ORG": ["FNSEA", "Confédération paysanne"]},
    places=[("Paris", {"insee": "75056", "country": "FR"})],
    dates=[("mardi", "2026-02-03", "day")])

# ---------------------------------------------------------------- 40 Luxembourg/Belgian, "a-t-il souligné" after colon paragraph
art("a40", "RTBF", "https://www.rtbf.test/a40", "2026-11-12T11:00:00+01:00", "fr",
    "Liège : la gare des Guillemins fermée après une alerte à la bombe",
    ["La gare de Liège-Guillemins a été évacuée mercredi matin après la découverte d'un colis suspect.",
     "La porte-parole de la police de Liège, Sarah Jacobs, a expliqué : « Le service de déminage est intervenu et le colis ne contenait que des vêtements. »",
     "« Le trafic a repris vers 11 heures », a précisé la SNCB dans un message sur X.",
     "Un voyageur, Marc Hansen, a raconté avoir attendu « deux heures sur le quai »."],
    [("Le service de déminage", ["Sarah Jacobs"], "colon_intro_role_name"),
     ("Le trafic a repris", ["SNCB"], "institution"),
     ("deux heures sur le quai", ["Marc Hansen"], "fragment", True)],
    ents={"PER": ["Sarah Jacobs", "Marc Hansen"], "ORG": ["police de Liège", "SNCB"]},
    places=[("Liège", {"country": "BE"})],
    dates=[("mercredi matin", "2026-11-11", "day")])

# ---------------------------------------------------------------- English 41-49
art("e41", "Reuters", "https://www.reuters.test/e41", "2026-03-10T16:00:00+00:00", "en",
    "EU ministers fail to agree on migration pact reform",
    ["European Union interior ministers failed to agree on Tuesday on changes to the bloc's migration pact.",
     "\"We are not there yet,\" said Magnus Brunner, the EU commissioner for migration.",
     "Polish Interior Minister Tomasz Siemoniak said the proposal was \"unacceptable in its current form.\"",
     "\"There will be another meeting next month,\" a diplomat told reporters on condition of anonymity."],
    [("We are not there yet", ["Magnus Brunner"], "en_said_x"),
     ("unacceptable in its current form", ["Tomasz Siemoniak"], "en_x_said_fragment", True),
     ("There will be another meeting", ["diplomat", "a diplomat"], "en_told_unnamed")],
    ents={"PER": ["Magnus Brunner", "Tomasz Siemoniak"], "ORG": ["European Union"]},
    dates=[("Tuesday", "2026-03-10", "day"), ("next month", "2026-04", "month")])

art("e42", "Associated Press", "https://www.apnews.test/e42", "2026-04-17T21:00:00+00:00", "en",
    "Fed's Powell says rate cuts can wait",
    ["Federal Reserve Chair Jerome Powell said Thursday the central bank can afford to wait before cutting rates.",
     "\"The economy is in a good place,\" Powell told reporters after the meeting. \"We don't need to be in a hurry.\"",
     "According to Treasury Secretary Scott Bessent, \"the Fed is behind the curve.\"",
     "\"I disagree with the chairman,\" Fed Governor Christopher Waller said in a speech in Chicago, \"and I think a cut in June is appropriate.\""],
    [("The economy is in a good place", ["Jerome Powell"], "en_x_told"),
     ("We don't need to be in a hurry", ["Jerome Powell"], "en_continuation"),
     ("the Fed is behind the curve", ["Scott Bessent"], "en_according_to"),
     ("I disagree with the chairman", ["Christopher Waller"], "en_x_said_split"),
     ("and I think a cut in June", ["Christopher Waller"], "en_split_second")],
    ents={"PER": ["Jerome Powell", "Scott Bessent", "Christopher Waller"], "ORG": ["Federal Reserve", "Treasury"]},
    places=[("Chicago", {"country": "US"})],
    dates=[("Thursday", "2026-04-16", "day"), ("in June", "2026-06", "month")])

art("e43", "BBC News", "https://www.bbc.test/e43", "2026-06-09T12:00:00+01:00", "en",
    "Sheffield council apologises over bin strike",
    ["Sheffield City Council has apologised to residents after a three-week bin strike.",
     "\"We got this wrong and we are sorry,\" council leader Tom Hunt said.",
     "Unite regional officer Helen Walsh said: \"Our members were pushed to the limit.\"",
     "Resident Margaret Hughes, 81, said rubbish had piled up outside her home. \"The smell was unbearable,\" she said."],
    [("We got this wrong", ["Tom Hunt"], "en_role_name_said"),
     ("Our members were pushed", ["Helen Walsh"], "en_said_colon"),
     ("The smell was unbearable", ["Margaret Hughes"], "en_she_said")],
    ents={"PER": ["Tom Hunt", "Helen Walsh", "Margaret Hughes"], "ORG": ["Sheffield City Council", "Unite"]},
    places=[("Sheffield", {"country": "GB"})],
    dates=[])

art("e44", "The Guardian", "https://www.theguardian.test/e44", "2026-09-15T09:00:00+01:00", "en",
    "Two climbers rescued on Ben Nevis",
    ["Two climbers were rescued from Ben Nevis on Sunday night after being caught in a storm.",
     "\"They were very lucky,\" said John Stevenson, leader of Lochaber mountain rescue team. \"Another hour and it would have been a different story.\"",
     "The climbers, Emma Clarke and her brother Daniel, said they were grateful. \"We owe them our lives,\" they said in a statement.",
     "Police Scotland said the pair were \"cold but uninjured.\""],
    [("They were very lucky", ["John Stevenson"], "en_said_x_apposition"),
     ("Another hour and it would", ["John Stevenson"], "en_continuation"),
     ("We owe them our lives", ["Emma Clarke", "Daniel Clarke", "Daniel"], "en_plural_statement"),
     ("cold but uninjured", ["Police Scotland"], "en_institution_fragment", True)],
    ents={"PER": ["John Stevenson", "Emma Clarke", "Daniel"], "ORG": ["Police Scotland"]},
    places=[("Ben Nevis", {"country": "GB"})],
    dates=[("Sunday night", "2026-09-13", "day")])

art("e45", "Reuters", "https://www.reuters.test/e45", "2026-10-02T14:00:00+00:00", "en",
    "Kenya to hold talks with IMF next week",
    ["Kenya will hold talks with the International Monetary Fund next week on a new lending programme, the finance ministry said on Thursday.",
     "\"We expect to reach a staff-level agreement before the end of the year,\" Finance Minister John Mbadi told Reuters in Nairobi.",
     "An IMF spokesperson said the fund \"remains committed to supporting Kenya.\"",
     "\"The talks will focus on revenue,\" according to a ministry statement."],
    [("We expect to reach", ["John Mbadi"], "en_x_told"),
     ("remains committed", ["IMF spokesperson", "IMF"], "en_fragment", True),
     ("The talks will focus on revenue", ["finance ministry", "ministry", "ministry statement"], "en_according_to_document")],
    ents={"PER": ["John Mbadi"], "ORG": ["International Monetary Fund", "Reuters"]},
    places=[("Kenya", {"country": "KE"}), ("Nairobi", {"country": "KE"})],
    dates=[("next week", "2026-10-05", "week"), ("on Thursday", "2026-10-01", "day")])

art("e46", "CNN", "https://www.cnn.test/e46", "2026-11-12T18:00:00+00:00", "en",
    "Senators clash over shutdown deal",
    ["Senate Majority Leader John Thune and Minority Leader Chuck Schumer traded barbs on Wednesday over the funding bill.",
     "\"This is a reasonable compromise,\" Thune said on the Senate floor.",
     "Schumer fired back. \"There is nothing reasonable about cutting health care,\" he said.",
     "\"We will keep talking,\" Thune added later, \"but the clock is ticking.\""],
    [("This is a reasonable compromise", ["John Thune"], "en_x_said"),
     ("There is nothing reasonable", ["Chuck Schumer"], "en_he_said_two_men"),
     ("We will keep talking", ["John Thune"], "en_split"),
     ("but the clock is ticking", ["John Thune"], "en_split_second")],
    ents={"PER": ["John Thune", "Chuck Schumer"], "ORG": ["Senate"]},
    dates=[("Wednesday", "2026-11-11", "day")])

art("e47", "Al Jazeera", "https://www.aljazeera.test/e47", "2026-05-22T10:00:00+00:00", "en",
    "Sudan: aid convoy reaches El Fasher",
    ["A United Nations aid convoy reached the besieged city of El Fasher on Thursday, the World Food Programme said.",
     "\"People are eating animal feed to survive,\" WFP country director Laurent Bukera told Al Jazeera.",
     "The Rapid Support Forces denied blocking aid. \"We have opened all roads,\" RSF spokesman Al-Fateh Qurashi said in a statement.",
     "\"That is simply not true,\" said a UN official who asked not to be named."],
    [("People are eating animal feed", ["Laurent Bukera"], "en_x_told"),
     ("We have opened all roads", ["Al-Fateh Qurashi"], "en_role_name_said"),
     ("That is simply not true", ["UN official", "a UN official"], "en_said_unnamed")],
    ents={"PER": ["Laurent Bukera", "Al-Fateh Qurashi"], "ORG": ["United Nations", "World Food Programme", "Rapid Support Forces", "Al Jazeera"]},
    places=[("El Fasher", {"country": "SD"}), ("Sudan", {"country": "SD"})],
    dates=[("Thursday", "2026-05-21", "day")])

art("e48", "Reuters", "https://www.reuters.test/e48", "2026-07-03T08:00:00+00:00", "en",
    "Airbus delivers record number of jets in June",
    ["Airbus delivered 75 aircraft in June, a record for the month, the planemaker said on Thursday.",
     "\"Supply chain issues are easing but remain a challenge,\" Chief Executive Guillaume Faury said in a statement.",
     "Analyst Sash Tusa of Agency Partners said the figure was \"better than expected.\" \"It puts the full-year target within reach,\" he added.",
     "The company last year delivered 766 jets."],
    [("Supply chain issues are easing", ["Guillaume Faury"], "en_role_name_said"),
     ("better than expected", ["Sash Tusa"], "en_fragment", True),
     ("It puts the full-year target", ["Sash Tusa"], "en_he_added")],
    ents={"PER": ["Guillaume Faury", "Sash Tusa"], "ORG": ["Airbus", "Agency Partners"]},
    dates=[("in June", "2026-06", "month"), ("on Thursday", "2026-07-02", "day"), ("last year", "2025", "year")])

art("e49", "The Globe and Mail", "https://www.theglobeandmail.test/e49", "2026-02-04T15:00:00-05:00", "en",
    "Quebec City mayor warns of snow removal costs",
    ["Quebec City Mayor Bruno Marchand warned on Tuesday that snow removal costs would exceed the budget.",
     "\"We have already spent 80 per cent of the envelope,\" Mr. Marchand told reporters at city hall.",
     "Opposition leader Claude Villeneuve accused the mayor of poor planning. \"This happens every year,\" he said. \"Every year, the same excuse.\""],
    [("We have already spent", ["Bruno Marchand"], "en_mr_x_told"),
     ("This happens every year", ["Claude Villeneuve"], "en_he_said"),
     ("Every year, the same excuse", ["Claude Villeneuve"], "en_continuation")],
    ents={"PER": ["Bruno Marchand", "Claude Villeneuve"], "ORG": []},
    places=[("Quebec City", {"country": "CA"})],
    dates=[("on Tuesday", "2026-02-03", "day")])

out = pathlib.Path(__file__).parent
with open(out / "articles.jsonl", "w") as f:
    for a in A:
        f.write(json.dumps({"title": a["title"], "paragraphs": a["paragraphs"], "published": a["published"],
                            "language": a["language"], "url": a["url"], "source": a["source"]}, ensure_ascii=False) + "\n")
gold = []
for a in A:
    qs = []
    for q in a["quotes"]:
        snip, spk, kind = q[:3]
        opt = len(q) > 3 and q[3]
        assert any(snip in p for p in a["paragraphs"]), (a["id"], snip)
        qs.append(dict(snippet=snip, speakers=spk, kind=kind, optional=bool(opt)))
    for s, _ in a["places"]:
        assert any(s in p for p in a["paragraphs"] + [a["title"]]), (a["id"], s)
    for s, *_ in a["dates"]:
        assert any(s in p for p in a["paragraphs"]), (a["id"], s)
    gold.append(dict(id=a["id"], url=a["url"], source=a["source"], published=a["published"], language=a["language"],
                     quotes=qs, entities=a["entities"],
                     places=[dict(surface=s, **e) for s, e in a["places"]],
                     dates=[dict(surface=s, value=v, granularity=g) for s, v, g in a["dates"]]))
json.dump(gold, open(out / "gold.json", "w"), ensure_ascii=False, indent=1)
nq = sum(len(g["quotes"]) for g in gold); nreq = sum(1 for g in gold for q in g["quotes"] if not q["optional"])
print(len(gold), "articles;", nq, "quotes,", nreq, "required;", sum(len(g["places"]) for g in gold), "places;", sum(len(g["dates"]) for g in gold), "dates")
