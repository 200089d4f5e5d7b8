# Builds articles.jsonl and gold.json for t-reader22's held-out story set (written before any veille story output).
import json
A = []
def art(i, story, rel, of, source, url, published, title, text):
    A.append(dict(id=i, story=story, relation=rel, of=of, source=source, url=url, published=published, title=title, text=text))

PAY = "\n\nCet article est réservé aux abonnés. Il vous reste 75% à découvrir."

# S1 minister FCO Cantal 18/11
t1 = """AURILLAC (AFP) - La ministre de l'Agriculture Claire Montrieux a annoncé mardi à Aurillac (Cantal) une enveloppe de 40 millions d'euros pour indemniser les éleveurs de bovins et d'ovins touchés par la fièvre catarrhale ovine (FCO), qui a provoqué la mort de plus de 12.000 bêtes dans le Massif central depuis septembre.

Devant une centaine d'éleveurs réunis au marché au cadran, la ministre a promis que les premiers versements interviendraient "avant Noël" et que la vaccination contre le sérotype 3 resterait gratuite jusqu'à la fin du printemps.

"On ne laissera personne au bord du chemin", a-t-elle déclaré, sous les applaudissements mais aussi quelques sifflets de militants de la Coordination rurale.

Le président de la FNSEA du Cantal, Bernard Rouchy, a salué "un premier pas" mais réclamé une prise en charge des pertes de production laitière, non couvertes par le dispositif."""
art("a01","S1","original",None,"AFP","https://www.afp.com/fr/actus/fco-montrieux-aurillac","2026-11-18T10:12:00+01:00",
    "FCO : la ministre de l'Agriculture promet 40 millions d'euros aux éleveurs", t1)
art("a02","S1","reprint","a01","La Montagne","https://www.lamontagne.fr/aurillac-15000/actualites/fievre-catarrhale-claire-montrieux-au-cadran_123456/","2026-11-18T10:08:00+01:00",
    "Fièvre catarrhale : à Aurillac, Claire Montrieux annonce une enveloppe pour les éleveurs cantaliens",
    t1.replace("AURILLAC (AFP) - ","") + "\n\n(avec AFP)")
art("a03","S1","independent",None,"France 3 Auvergne-Rhône-Alpes","https://france3-regions.francetvinfo.fr/auvergne-rhone-alpes/cantal/fco-les-eleveurs-du-cantal-restent-sceptiques-apres-la-visite-de-la-ministre-3012345.html","2026-11-19T18:30:00+01:00",
    "FCO : au lendemain de la visite de la ministre, les éleveurs du Cantal restent sceptiques",
    """Au lendemain de la visite de Claire Montrieux à Aurillac, les éleveurs cantaliens rencontrés mercredi dans la vallée de la Jordanne oscillent entre soulagement et colère.

"Quarante millions, c'est bien, mais pour moi la fièvre catarrhale c'est dix-huit brebis mortes et un troupeau qui ne produit plus", explique Sylvie Delmas, éleveuse à Mandailles-Saint-Julien.

La chambre d'agriculture du Cantal estime que les pertes de lait et d'agneaux représentent à elles seules plus de 25 millions d'euros pour le département. Le syndicat Jeunes agriculteurs a demandé mercredi un rendez-vous au préfet pour obtenir le calendrier précis des versements promis par la ministre de l'Agriculture.

La Coordination rurale, qui avait sifflé la ministre mardi, appelle à une manifestation devant la préfecture vendredi.""")

# S2 same minister, loup Aveyron 20/11
t6 = """Deux jours après le Cantal, la ministre de l'Agriculture Claire Montrieux était jeudi sur le Larzac, en Aveyron, où les attaques de loups sur les troupeaux de brebis se multiplient : 310 bêtes tuées depuis janvier dans le département, selon la préfecture.

Reçue dans une exploitation de La Cavalerie, elle a annoncé que les éleveurs aveyronnais pourraient désormais effectuer des tirs de défense renforcée sans attendre l'avis de l'Office français de la biodiversité, une demande ancienne de la FNSEA et des Jeunes agriculteurs.

"Le loup n'a pas sa place au milieu des brebis de Roquefort", a lancé la ministre devant une cinquantaine d'éleveurs.

Les associations de protection de la nature ont aussitôt dénoncé "une décision électoraliste". France Nature Environnement Occitanie envisage un recours devant le tribunal administratif de Toulouse.

La ministre a également promis une hausse de 20% des aides au gardiennage des troupeaux, qui financent bergers et chiens de protection."""
art("a04","S2","independent",None,"AFP","https://www.afp.com/fr/actus/loup-aveyron-montrieux-larzac","2026-11-20T16:45:00+01:00",
    "Loup : en Aveyron, la ministre de l'Agriculture assouplit les tirs de défense",
    """LA CAVALERIE (AFP) - La ministre de l'Agriculture Claire Montrieux a annoncé jeudi sur le Larzac (Aveyron) un assouplissement des tirs de défense contre le loup, dont les attaques ont fait plus de 300 victimes dans les troupeaux du département cette année.

Les éleveurs pourront procéder à des tirs de défense renforcée sans avis préalable de l'Office français de la biodiversité (OFB), a-t-elle indiqué lors d'une visite dans une exploitation ovine produisant du lait pour le roquefort.

La mesure, réclamée par la FNSEA, a été immédiatement critiquée par les associations environnementales, qui y voient une atteinte au statut d'espèce protégée du loup.

La ministre, qui était mardi dans le Cantal pour annoncer des aides liées à la fièvre catarrhale ovine, doit présenter en décembre un plan loup révisé.""")
art("a05","S2","teaser","a06","La Dépêche du Midi","https://www.ladepeche.fr/2026/11/20/flash-loup-la-ministre-sur-le-larzac-12345678.php","2026-11-20T11:02:00+01:00",
    "Loup sur le Larzac : la ministre fait des annonces aux éleveurs",
    t6.split("\n\n")[0] + "\n\n" + t6.split("\n\n")[1] + PAY)
art("a06","S2","original",None,"La Dépêche du Midi","https://www.ladepeche.fr/2026/11/20/loup-sur-le-larzac-claire-montrieux-annonce-des-tirs-facilites-12345690.php","2026-11-20T11:35:00+01:00",
    "Loup sur le Larzac : Claire Montrieux facilite les tirs de défense pour les éleveurs aveyronnais", t6)

# S3 assises Rhône féminicide Villeurbanne
art("a07","S3","independent",None,"Le Progrès","https://www.leprogres.fr/faits-divers-justice/2026/11/23/villeurbanne-le-proces-du-meurtre-de-nadia-s-s-ouvre-aux-assises","2026-11-23T19:00:00+01:00",
    "Villeurbanne : le procès du meurtre de Nadia S. s'ouvre aux assises du Rhône",
    """Le procès de Julien M., 41 ans, accusé d'avoir tué sa compagne Nadia S. de onze coups de couteau dans leur appartement de Villeurbanne en mars 2024, s'est ouvert lundi devant la cour d'assises du Rhône, à Lyon.

L'accusé, qui a reconnu les faits dès sa garde à vue, a évoqué à la barre "un moment de folie" après une dispute sur la garde de leurs deux enfants. Les proches de la victime ont décrit des années de violences conjugales, signalées à deux reprises au commissariat.

Trois plaintes de la victime avaient été classées sans suite, a rappelé l'avocate de la famille, Me Hélène Cordier, qui entend interroger "les défaillances de la chaîne pénale".

Le verdict est attendu mercredi soir.""")
t8 = """LYON (AFP) - La cour d'assises du Rhône a condamné mercredi Julien M., 41 ans, à 25 ans de réclusion criminelle pour le meurtre de sa compagne, Nadia S., tuée de onze coups de couteau en mars 2024 à Villeurbanne.

L'avocat général avait requis 28 ans de réclusion, estimant que l'accusé avait "exercé une emprise totale" sur la victime pendant des années. La cour a également prononcé le retrait de son autorité parentale sur les deux enfants du couple.

"C'est une reconnaissance pour Nadia, mais elle avait porté plainte trois fois, et personne ne l'a protégée", a réagi à la sortie de l'audience sa sœur, Samira.

La défense n'a pas indiqué si elle ferait appel. L'accusé dispose de dix jours pour le faire."""
art("a08","S3","original",None,"AFP","https://www.afp.com/fr/actus/assises-rhone-feminicide-villeurbanne-verdict","2026-11-25T21:10:00+01:00",
    "Féminicide de Villeurbanne : 25 ans de réclusion pour l'ex-compagnon", t8)
art("a09","S3","reprint","a08","Lyon Mag","https://www.lyonmag.com/article/140001/meurtre-de-nadia-a-villeurbanne-julien-m-condamne-a-25-ans","2026-11-25T21:40:00+01:00",
    "Meurtre de Nadia à Villeurbanne : Julien M. condamné à 25 ans de prison",
    t8.replace("LYON (AFP) - ","") + "\n\n(avec AFP)")

# S4 assises Rhône règlement de comptes Vénissieux, same week
art("a10","S4","independent",None,"Le Progrès","https://www.leprogres.fr/faits-divers-justice/2026/11/24/venissieux-deux-hommes-juges-pour-l-assassinat-des-minguettes","2026-11-24T18:20:00+01:00",
    "Vénissieux : deux hommes jugés aux assises pour l'assassinat des Minguettes",
    """Deux hommes de 24 et 27 ans comparaissent depuis mardi devant la cour d'assises du Rhône, à Lyon, pour l'assassinat de Yanis B., 19 ans, abattu de plusieurs balles de kalachnikov en juillet 2023 au pied d'une tour du quartier des Minguettes, à Vénissieux.

Selon l'accusation, le jeune homme aurait été tué sur fond de rivalité entre deux réseaux de trafic de stupéfiants. Les deux accusés contestent leur participation et ont gardé le silence lors de leur premier interrogatoire.

Le dossier repose en grande partie sur la téléphonie et sur le témoignage d'un habitant, qui sera entendu sous X. Le procès doit durer jusqu'à vendredi.""")
t11 = """LYON (AFP) - La cour d'assises du Rhône a condamné vendredi à 30 ans et 22 ans de réclusion criminelle deux hommes jugés pour l'assassinat d'un jeune homme de 19 ans, tué par balles en juillet 2023 dans le quartier des Minguettes à Vénissieux, sur fond de trafic de drogue.

L'avocat général avait requis la réclusion criminelle à perpétuité contre le principal accusé, présenté comme le tireur, et 25 ans contre son complice, qui conduisait la voiture.

Les deux hommes, qui ont nié les faits tout au long du procès, ont été reconnus coupables d'assassinat en bande organisée. Leurs avocats ont annoncé leur intention de faire appel.

Cette condamnation intervient deux jours après celle, par la même cour, d'un homme jugé pour le meurtre de sa compagne à Villeurbanne."""
art("a11","S4","original",None,"AFP","https://www.afp.com/fr/actus/assises-rhone-minguettes-verdict","2026-11-27T20:05:00+01:00",
    "Assassinat aux Minguettes : 30 et 22 ans de réclusion pour deux hommes", t11)
art("a12","S4","reprint","a11","BFM Lyon","https://www.bfmtv.com/lyon/assassinat-aux-minguettes-deux-hommes-lourdement-condamnes_AV-202611270555.html","2026-11-27",
    "Assassinat aux Minguettes : deux hommes lourdement condamnés par les assises du Rhône",
    t11.replace("LYON (AFP) - ","") + "\n\n(avec AFP)")

# S5 Roubaix immeuble fire 15/11
t13 = """ROUBAIX (AFP) - Trois personnes, dont un enfant de six ans, sont mortes dans l'incendie d'un immeuble de quatre étages de la rue de Lannoy à Roubaix (Nord) dans la nuit de vendredi à samedi, a-t-on appris auprès des pompiers.

Le feu s'est déclaré vers 03H00 dans la cage d'escalier et s'est rapidement propagé aux étages, piégeant plusieurs familles. Une soixantaine de sapeurs-pompiers du Service départemental d'incendie et de secours (SDIS) du Nord ont été mobilisés.

Onze personnes ont été blessées, dont deux grièvement, et une vingtaine d'habitants ont été relogés par la mairie.

Le parquet de Lille a ouvert une enquête pour déterminer l'origine de l'incendie."""
t14 = """ROUBAIX (AFP) - Quatre personnes, dont un enfant de six ans, sont mortes dans l'incendie d'un immeuble de quatre étages de la rue de Lannoy à Roubaix (Nord) dans la nuit de vendredi à samedi, selon un nouveau bilan de la préfecture.

Une femme de 38 ans, grièvement brûlée, a succombé à ses blessures samedi matin au CHU de Lille, a précisé le préfet du Nord, qui s'est rendu sur place.

Le feu s'est déclaré vers 03H00 dans la cage d'escalier et s'est rapidement propagé aux étages, piégeant plusieurs familles. Une soixantaine de sapeurs-pompiers du Service départemental d'incendie et de secours (SDIS) du Nord ont été mobilisés.

Dix personnes ont été blessées, dont une grièvement, et une vingtaine d'habitants ont été relogés par la mairie.

Le parquet de Lille a ouvert une enquête pour déterminer l'origine de l'incendie. La piste criminelle n'est pas écartée, selon une source proche du dossier."""
U13 = "https://www.afp.com/fr/actus/incendie-roubaix-rue-de-lannoy"
art("a13","S5","original",None,"AFP",U13,"2026-11-15T06:40:00+01:00",
    "Incendie d'un immeuble à Roubaix : trois morts dont un enfant", t13)
art("a14","S5","version","a13","AFP",U13,"2026-11-15T10:05:00+01:00",
    "Incendie à Roubaix : le bilan s'alourdit à quatre morts", t14)
art("a15","S5","reprint","a13","La Voix du Nord","https://www.lavoixdunord.fr/1512345/article/2026-11-15/roubaix-quatre-morts-dans-l-incendie-de-la-rue-de-lannoy","2026-11-15T10:30:00+01:00",
    "Roubaix : quatre morts dans l'incendie d'un immeuble de la rue de Lannoy",
    t14.replace("ROUBAIX (AFP) - ","") + "\n\n(avec AFP)")
t17 = """Sur le trottoir de la rue de Lannoy, samedi matin, les voisins n'en revenaient toujours pas. "J'ai entendu crier vers trois heures, il y avait déjà de la fumée noire partout", raconte Mehdi, 34 ans, qui habite l'immeuble d'en face.

Plusieurs habitants ont sauté par les fenêtres du premier étage pour échapper aux flammes. Un adolescent a été rattrapé par des passants, selon plusieurs témoins.

Le maire de Roubaix, Guillaume Delbar, s'est rendu sur place dès 5 heures et a ouvert un gymnase pour accueillir les familles sinistrées. Une cellule d'urgence médico-psychologique a été mise en place.

Les habitants décrivent un immeuble vétuste, signalé à plusieurs reprises au service d'hygiène de la ville pour des problèmes électriques. Le bailleur n'a pas souhaité réagir.

Une marche blanche est envisagée dans la semaine."""
art("a16","S5","teaser","a17","Nord Éclair","https://www.nordeclair.fr/id300001/article/2026-11-15/direct-incendie-rue-de-lannoy-les-temoins-racontent","2026-11-15T09:00:00+01:00",
    "Incendie rue de Lannoy : les voisins racontent la nuit d'horreur",
    "\n\n".join(t17.split("\n\n")[:2]) + PAY)
art("a17","S5","original",None,"Nord Éclair","https://www.nordeclair.fr/id300002/article/2026-11-15/incendie-rue-de-lannoy-les-voisins-racontent-la-nuit-d-horreur","2026-11-15T12:15:00+01:00",
    "Incendie mortel rue de Lannoy à Roubaix : les voisins racontent la nuit d'horreur", t17)
art("a18","S5","independent",None,"La Voix du Nord","https://www.lavoixdunord.fr/1513999/article/2026-11-17/incendie-de-la-rue-de-lannoy-un-homme-mis-en-examen","2026-11-17T17:50:00+01:00",
    "Incendie mortel de la rue de Lannoy : un homme mis en examen pour incendie volontaire",
    """Deux jours après l'incendie qui a fait quatre morts dans un immeuble de la rue de Lannoy à Roubaix, un homme de 29 ans a été mis en examen lundi pour destructions volontaires par incendie ayant entraîné la mort, a annoncé le parquet de Lille.

Ancien locataire de l'immeuble, il avait été expulsé en octobre à la suite d'un conflit avec le propriétaire. Les enquêteurs ont retrouvé des traces d'accélérant dans le hall d'entrée, et des images de vidéosurveillance le montrent aux abords du bâtiment peu avant 3 heures.

Il a été placé en détention provisoire. Devant les enquêteurs, il a nié toute implication.

Une marche blanche en mémoire des victimes est organisée mercredi à 18 heures, au départ de l'église Saint-Martin.""")

# S6 Roubaix entrepôt fire 22/11
art("a19","S6","independent",None,"La Voix du Nord","https://www.lavoixdunord.fr/1516001/article/2026-11-22/roubaix-un-entrepot-textile-ravage-par-les-flammes-dans-la-zone-de-l-union","2026-11-22T14:10:00+01:00",
    "Roubaix : un entrepôt textile ravagé par les flammes dans la zone de l'Union",
    """Un violent incendie a ravagé dimanche matin un entrepôt de stockage textile de 5.000 m2 dans la zone de l'Union, à Roubaix, provoquant un important panache de fumée visible depuis Lille.

Quelque 80 sapeurs-pompiers du SDIS du Nord ont été mobilisés. Le feu, qui s'est déclaré vers 7 heures, était fixé en début d'après-midi. Aucune victime n'est à déplorer, le site étant fermé le dimanche.

Par précaution, la préfecture du Nord a demandé aux habitants de Roubaix, Tourcoing et Wattrelos de rester chez eux et de fermer leurs fenêtres. Des mesures de la qualité de l'air sont en cours.

Une semaine après l'incendie mortel de la rue de Lannoy, cet nouvel incendie a ravivé l'émotion dans la ville.""")
art("a20","S6","independent",None,"France 3 Hauts-de-France","https://france3-regions.francetvinfo.fr/hauts-de-france/nord-0/roubaix/incendie-d-un-entrepot-a-roubaix-confinement-leve-3014567.html","2026-11-22T18:45:00+01:00",
    "Incendie d'un entrepôt à Roubaix : la préfecture lève les consignes de confinement",
    """Les consignes de confinement données dimanche matin aux habitants de Roubaix, Tourcoing et Wattrelos ont été levées en fin d'après-midi, a annoncé la préfecture du Nord, les mesures de l'air n'ayant pas montré de toxicité particulière.

L'incendie avait détruit dans la matinée un entrepôt de l'entreprise Tissage du Nord, qui stockait des rouleaux de tissu et des emballages plastiques. Le bâtiment est entièrement détruit.

"Nous avions 42 salariés sur ce site, notre priorité est de leur trouver une solution", a déclaré le directeur général de l'entreprise, Olivier Vandame.

La police judiciaire de Lille a été saisie pour déterminer l'origine du sinistre.""")
art("a21","S6","independent",None,"Nord Éclair","https://www.nordeclair.fr/id300555/article/2026-11-23/apres-l-incendie-de-tissage-du-nord-la-mairie-promet-son-soutien-aux-salaries","2026-11-23T12:00:00+01:00",
    "Après l'incendie de Tissage du Nord, la mairie de Roubaix promet son soutien aux salariés",
    """Au lendemain de l'incendie qui a détruit l'entrepôt de Tissage du Nord dans la zone de l'Union, le maire de Roubaix Guillaume Delbar a reçu lundi la direction de l'entreprise et les représentants des 42 salariés.

La ville propose de mettre à disposition un bâtiment municipal vacant pour permettre une reprise partielle de l'activité d'ici janvier. La Région Hauts-de-France a de son côté annoncé une aide d'urgence de 200.000 euros.

"Personne ne sera licencié", a assuré le directeur général, Olivier Vandame, précisant que les salariés seraient placés en activité partielle le temps des travaux.

L'enquête privilégie pour l'heure la piste accidentelle, un court-circuit dans un local technique.""")

# S7 OL recruits defender 10/11
t22 = """LYON (AFP) - L'Olympique lyonnais a trouvé un accord avec le Stade rennais pour le transfert du défenseur central Mathis Kerbrat, 22 ans, qui rejoindra le club rhodanien lors du mercato d'hiver, a annoncé lundi l'OL dans un communiqué.

Le montant de l'opération est estimé à 18 millions d'euros, bonus compris, selon une source proche du dossier. Le joueur, formé à Rennes, s'est engagé jusqu'en juin 2031.

International espoirs, Kerbrat a disputé 14 matches de Ligue 1 cette saison. Il doit pallier la blessure au genou du capitaine lyonnais, indisponible jusqu'à la fin de la saison.

L'entraîneur de l'OL avait réclamé un défenseur expérimenté lors de la dernière trêve internationale."""
art("a22","S7","original",None,"AFP","https://www.afp.com/fr/actus/foot-ol-kerbrat-transfert","2026-11-10T17:20:00+01:00",
    "Foot : l'OL s'offre le défenseur rennais Mathis Kerbrat pour 18 millions", t22)
art("a23","S7","reprint","a22","Foot Mercato","https://www.footmercato.net/a1234567-ol-mathis-kerbrat-debarque-a-lyon","2026-11-10T17:08:00+01:00",
    "Mercato : Mathis Kerbrat débarque à l'OL, les détails de l'opération",
    t22.replace("LYON (AFP) - ","") + "\n\n(avec AFP)")

# S8 OL sells midfielder 12/11
art("a24","S8","independent",None,"AFP","https://www.afp.com/fr/actus/foot-ol-ndiaye-premier-league","2026-11-12T19:30:00+01:00",
    "Foot : le milieu lyonnais Ousmane Ndiaye file en Premier League",
    """LYON (AFP) - L'Olympique lyonnais a accepté une offre de 35 millions d'euros de Newcastle pour son milieu de terrain Ousmane Ndiaye, 24 ans, qui rejoindra le club anglais en janvier, a annoncé mercredi le club rhodanien.

Ce transfert, le plus important de l'OL depuis deux ans, doit permettre au club de respecter les exigences de la DNCG, le gendarme financier du football français, qui l'avait placé sous surveillance en juin.

Arrivé de Metz en 2023, Ndiaye a disputé 98 matches sous le maillot lyonnais. Il avait prolongé son contrat l'été dernier.

Deux jours plus tôt, l'OL avait annoncé l'arrivée du défenseur rennais Mathis Kerbrat pour le mercato d'hiver.""")
art("a25","S8","independent",None,"Le Progrès","https://www.leprogres.fr/sport/2026/11/12/ol-ousmane-ndiaye-vendu-a-newcastle-un-depart-qui-fait-grincer","2026-11-12T21:00:00+01:00",
    "OL : la vente d'Ousmane Ndiaye à Newcastle fait grincer des dents chez les supporters",
    """La nouvelle est tombée mercredi en fin d'après-midi et a provoqué la colère d'une partie des supporters lyonnais : Ousmane Ndiaye, milieu le plus utilisé de l'effectif, partira à Newcastle en janvier contre 35 millions d'euros.

"On vend encore nos meilleurs joueurs pour boucher les trous", a réagi sur les réseaux sociaux le groupe de supporters des Bad Gones, qui prévoit une banderole dimanche contre Nantes au Groupama Stadium.

En interne, on assure que ce départ était inévitable compte tenu de la situation financière du club face à la DNCG. Le staff compte sur le retour de blessure de plusieurs milieux pour compenser.""")

# S9 Maroc séisme Al Haouz 12/11
t26 = """RABAT (AFP) - Un séisme de magnitude 5,8 a frappé mercredi matin la province d'Al Haouz, au sud de Marrakech, faisant au moins deux morts et une quinzaine de blessés, selon un bilan provisoire du ministère marocain de l'Intérieur.

La secousse, survenue à 07H14 locales, a été ressentie jusqu'à Marrakech et Casablanca, selon l'Institut national de géophysique (ING). Son épicentre a été localisé près de la commune d'Amizmiz, à une dizaine de kilomètres de profondeur.

Plusieurs maisons en pisé se sont effondrées dans des villages de montagne, déjà durement touchés par le séisme meurtrier de septembre 2023."""
t27 = """RABAT (AFP) - Le bilan du séisme de magnitude 5,8 qui a frappé mercredi matin la province d'Al Haouz, au sud de Marrakech, s'est alourdi à six morts et 40 blessés, a annoncé le ministère marocain de l'Intérieur dans un nouveau communiqué.

La secousse, survenue à 07H14 locales, a été ressentie jusqu'à Marrakech et Casablanca, selon l'Institut national de géophysique (ING). Son épicentre a été localisé près de la commune d'Amizmiz, à une dizaine de kilomètres de profondeur.

Plusieurs maisons en pisé se sont effondrées dans des villages de montagne, déjà durement touchés par le séisme meurtrier de septembre 2023. Les secours, appuyés par l'armée, recherchent encore des personnes sous les décombres à Tizi N'Test.

Le roi Mohammed VI a ordonné la mise en place d'un programme d'aide d'urgence aux familles sinistrées."""
U26 = "https://www.afp.com/fr/actus/seisme-maroc-al-haouz"
art("a26","S9","original",None,"AFP",U26,"2026-11-12T09:30:00+01:00","Maroc : un séisme de magnitude 5,8 fait deux morts près de Marrakech", t26)
art("a27","S9","version","a26","AFP",U26,"2026-11-12T14:10:00+01:00","Séisme au Maroc : le bilan s'alourdit à six morts", t27)
art("a28","S9","reprint","a26","Le Soir","https://www.lesoir.be/650001/article/2026-11-12/maroc-six-morts-dans-un-seisme-au-sud-de-marrakech","2026-11-12T15:00:00+01:00",
    "Maroc : six morts dans un séisme au sud de Marrakech", t27.replace("RABAT (AFP) - ","") + "\n\n(avec AFP)")
art("a29","S9","independent",None,"Le Temps","https://www.letemps.ch/monde/seisme-maroc-chaine-suisse-sauvetage-envoie-equipe","2026-11-13T11:20:00+01:00",
    "Séisme au Maroc : la Chaîne suisse de sauvetage envoie une équipe à Al Haouz",
    """La Chaîne suisse de sauvetage a dépêché jeudi une équipe de 24 spécialistes et six chiens de recherche dans la province d'Al Haouz, au Maroc, où un séisme de magnitude 5,8 a fait six morts mercredi, a annoncé le Département fédéral des affaires étrangères (DFAE).

Rabat, qui avait décliné l'aide suisse lors du tremblement de terre de 2023, a cette fois accepté l'offre de Berne, précise le DFAE. L'équipe, partie de l'aéroport de Zurich, doit rejoindre les villages de montagne proches d'Amizmiz.

Selon les autorités marocaines, deux personnes sont toujours portées disparues. Plus de 300 habitations ont été endommagées.

La DDC débloque en outre 500.000 francs pour l'aide d'urgence. (ats)""")

# S10 Maroc séisme Agadir 19/11
art("a30","S10","independent",None,"AFP","https://www.afp.com/fr/actus/seisme-maroc-agadir","2026-11-19T23:50:00+01:00",
    "Maroc : un séisme de magnitude 4,9 secoue la région d'Agadir, sans victime",
    """RABAT (AFP) - Un séisme de magnitude 4,9 a été ressenti mercredi soir dans la région d'Agadir, dans le sud-ouest du Maroc, sans faire de victime, a indiqué l'Institut national de géophysique (ING).

La secousse s'est produite à 21H32 locales, à une trentaine de kilomètres au nord-est d'Agadir, à 12 km de profondeur. Des habitants sont sortis dans la rue par crainte de répliques, selon des images diffusées sur les réseaux sociaux.

Les autorités locales ont fait état de fissures sur quelques bâtiments anciens de la kasbah d'Agadir Oufella, sans dégâts majeurs.

Une semaine plus tôt, un séisme de magnitude 5,8 avait fait six morts dans la province d'Al Haouz, au sud de Marrakech.""")
art("a31","S10","independent",None,"Le360","https://fr.le360.ma/societe/secousse-tellurique-de-magnitude-49-ressentie-a-agadir-290001/","2026-11-19",
    "Secousse tellurique de magnitude 4,9 ressentie à Agadir",
    """Une secousse tellurique de magnitude 4,9 sur l'échelle de Richter a été enregistrée ce mercredi soir dans la province d'Agadir Ida-Outanane, selon l'Institut national de géophysique relevant du Centre national pour la recherche scientifique et technique (CNRST).

L'épicentre a été localisé dans la commune d'Aourir, à une profondeur de 12 km. Aucun dégât humain n'a été signalé, selon les autorités locales, qui ont effectué des rondes dans les douars de la région.

Plusieurs habitants d'Agadir, d'Inezgane et de Taghazout ont indiqué avoir ressenti la secousse pendant plusieurs secondes.""")

# S11 CGT Donges raffinerie 25/11
t32 = """NANTES (AFP) - Les salariés de la raffinerie TotalEnergies de Donges (Loire-Atlantique) se sont mis en grève mardi à l'appel de la CGT pour réclamer une hausse générale des salaires de 7%, bloquant les expéditions de carburant, a-t-on appris auprès du syndicat.

"La grève est reconductible, on ne lâchera pas tant que la direction ne rouvre pas les négociations annuelles obligatoires", a déclaré Fabien Privé, délégué CGT du site.

La direction de TotalEnergies a fait valoir qu'une hausse de 3,5% avait déjà été signée avec deux autres syndicats en octobre, et assure que l'approvisionnement des stations-service de l'Ouest n'est "pas menacé à court terme".

La raffinerie de Donges, l'une des six de France, emploie environ 650 salariés."""
art("a32","S11","original",None,"AFP","https://www.afp.com/fr/actus/greve-cgt-raffinerie-donges","2026-11-24T12:30:00+01:00",
    "Grève CGT à la raffinerie TotalEnergies de Donges, les expéditions bloquées", t32)
art("a33","S11","reprint","a32","Ouest-France","https://www.ouest-france.fr/pays-de-la-loire/donges-44480/raffinerie-de-donges-la-cgt-lance-une-greve-reconductible-abc123","2026-11-24T12:50:00+01:00",
    "Raffinerie de Donges : la CGT lance une grève reconductible sur les salaires",
    t32.replace("NANTES (AFP) - ","") + "\n\n(avec AFP)")
art("a34","S11","independent",None,"Ouest-France","https://www.ouest-france.fr/pays-de-la-loire/donges-44480/greve-a-donges-premieres-stations-a-sec-en-loire-atlantique-def456","2026-11-26T08:15:00+01:00",
    "Grève à Donges : premières stations à sec en Loire-Atlantique",
    """Au troisième jour de la grève à la raffinerie de Donges, les premières pénuries de carburant apparaissent en Loire-Atlantique : une quarantaine de stations-service étaient à sec mercredi matin, notamment autour de Saint-Nazaire et de Nantes.

La préfecture a pris un arrêté limitant à 30 litres par passage l'achat de carburant pour les particuliers. Les dépôts de Vern-sur-Seiche et du Grand-Quevilly ont été mobilisés pour approvisionner la région.

Réunis en assemblée générale mardi soir, les grévistes ont voté la reconduction du mouvement jusqu'à vendredi. Une réunion de négociation est prévue jeudi au siège de TotalEnergies, à La Défense, a indiqué la CGT.""")

# S12 CGT ArcelorMittal Dunkerque 25/11
t35 = """DUNKERQUE (AFP) - La CGT a appelé mardi à une grève illimitée sur le site d'ArcelorMittal à Dunkerque (Nord), le plus grand site sidérurgique de France, pour protester contre la suppression annoncée de 260 postes dans les fonctions support, a-t-on appris auprès du syndicat.

Plusieurs centaines de salariés ont débrayé dans la matinée et un piquet de grève a été installé devant l'entrée principale de l'usine, qui emploie 3.200 personnes.

"La direction a choisi de sacrifier l'emploi alors que le groupe continue de verser des dividendes", a dénoncé Gaëtan Lecocq, secrétaire général de la CGT ArcelorMittal Dunkerque.

La direction a assuré que les suppressions se feraient "sans licenciement sec", par des départs volontaires et des mobilités internes. Une réunion du comité social et économique est prévue le 2 décembre."""
art("a35","S12","original",None,"AFP","https://www.afp.com/fr/actus/greve-cgt-arcelormittal-dunkerque","2026-11-24T15:10:00+01:00",
    "ArcelorMittal Dunkerque : la CGT lance une grève illimitée contre 260 suppressions de postes", t35)
art("a36","S12","teaser","a35","La Voix du Nord","https://www.lavoixdunord.fr/1515002/article/2026-11-24/arcelormittal-dunkerque-la-cgt-appelle-la-greve-illimitee","2026-11-24T15:30:00+01:00",
    "ArcelorMittal : la CGT appelle à la grève illimitée",
    t35.replace("DUNKERQUE (AFP) - ","").split("\n\n")[0] + PAY)

# S13 Sénat PLF 27/11
t37 = """PARIS (AFP) - Le Sénat a adopté jeudi soir la partie "recettes" du projet de loi de finances (PLF) pour 2027 par 198 voix contre 112, après l'avoir profondément remaniée, notamment en supprimant la hausse de la taxe sur les billets d'avion voulue par le gouvernement.

La majorité sénatoriale de droite et du centre a également rétabli l'exonération de taxe foncière pour les agriculteurs et réduit de 2 milliards d'euros la contribution demandée aux collectivités locales.

"Le Sénat a fait son travail : moins d'impôts, plus d'économies", s'est félicité le rapporteur général de la commission des finances, Jean-François Husson (LR).

Le ministre des Comptes publics a regretté un vote qui "creuse le déficit de 3 milliards". Les sénateurs entament vendredi l'examen des crédits des missions."""
art("a37","S13","original",None,"AFP","https://www.afp.com/fr/actus/senat-plf-2027-recettes","2026-11-26T23:40:00+01:00",
    "Budget 2027 : le Sénat adopte la partie recettes, sans la hausse de la taxe aérienne", t37)
art("a38","S13","independent",None,"Public Sénat","https://www.publicsenat.fr/actualites/economie/budget-2027-le-senat-adopte-la-premiere-partie-du-plf","2026-11-27T00:20:00+01:00",
    "Budget 2027 : le Sénat vote la première partie du PLF, les collectivités épargnées",
    """C'est fait : après huit jours de débats, les sénateurs ont adopté dans la nuit de jeudi à vendredi la première partie du projet de loi de finances pour 2027, par 198 voix pour et 112 contre.

La gauche a voté contre un texte qui, selon le président du groupe socialiste Patrick Kanner, "épargne les plus aisés et fait payer les services publics". Les centristes ont obtenu la réduction de l'effort demandé aux collectivités, ramené de 5 à 3 milliards d'euros.

Plus tôt dans la journée, le Sénat avait adopté à une large majorité la proposition de loi renforçant la lutte contre le narcotrafic dans les ports.

L'examen de la seconde partie, consacrée aux dépenses, commence vendredi matin.""")

# S14 Sénat narcotrafic ports 26/11 same day
t39 = """PARIS (AFP) - Le Sénat a adopté jeudi, par 312 voix contre 18, une proposition de loi visant à renforcer la lutte contre le narcotrafic dans les ports, qui prévoit notamment un contrôle systématique des conteneurs en provenance d'Amérique du Sud au Havre, à Marseille-Fos et à Dunkerque.

Le texte, porté par les sénateurs LR Étienne Blanc et PS Jérôme Durain, crée aussi un délit de "corruption portuaire" puni de dix ans d'emprisonnement et renforce les enquêtes administratives sur les dockers et agents ayant accès aux zones sensibles.

"Nos ports sont devenus la porte d'entrée de la cocaïne en Europe", a déclaré Étienne Blanc en séance.

Le gouvernement a soutenu le texte, qui doit désormais être examiné par l'Assemblée nationale au premier trimestre 2027. Les syndicats de dockers ont dénoncé "une stigmatisation de toute une profession"."""
art("a39","S14","original",None,"AFP","https://www.afp.com/fr/actus/senat-narcotrafic-ports","2026-11-26T17:30:00+01:00",
    "Narcotrafic : le Sénat adopte un texte pour verrouiller les ports", t39)
art("a40","S14","teaser","a39","Le Figaro","https://www.lefigaro.fr/politique/narcotrafic-le-senat-vote-le-controle-systematique-des-conteneurs-20261126","2026-11-26T17:45:00+01:00",
    "Narcotrafic : le Sénat vote le contrôle systématique des conteneurs sud-américains",
    t39.replace("PARIS (AFP) - ","").split("\n\n")[0] + PAY)

# build
recs = []
for a in A:
    r = dict(title=a["title"], text=a["text"], published=a["published"], source=a["source"], url=a["url"], language="fr")
    recs.append(r)
open("/work/t-reader22-material/articles.jsonl","w").write("\n".join(json.dumps(r, ensure_ascii=False) for r in recs)+"\n")
gold = {a["id"]: {k: a[k] for k in ("story","relation","of","source","url","published","title")} for a in A}
titles = {"S1":"FCO Cantal","S2":"Loup Aveyron","S3":"Féminicide Villeurbanne","S4":"Minguettes","S5":"Incendie rue de Lannoy","S6":"Incendie entrepôt Roubaix","S7":"OL Kerbrat","S8":"OL Ndiaye","S9":"Séisme Al Haouz","S10":"Séisme Agadir","S11":"CGT Donges","S12":"CGT ArcelorMittal","S13":"Sénat PLF","S14":"Sénat narcotrafic"}
hard_neg = [["S1","S2"],["S3","S4"],["S5","S6"],["S7","S8"],["S9","S10"],["S11","S12"],["S13","S14"]]
json.dump({"articles":gold,"stories":titles,"hard_negative_pairs":hard_neg,
           "first_published":{"S1":"a01","S2":"a05","S3":"a07","S4":"a10","S5":"a13","S6":"a19","S7":"a22","S8":"a24","S9":"a26","S10":"a31","S11":"a32","S12":"a35","S13":"a37","S14":"a39"}},
          open("/work/t-reader22-material/gold.json","w"), ensure_ascii=False, indent=1)
print(len(A), "articles", len(set(a["story"] for a in A)), "stories")
for a in A: print(a["id"], len(a["text"].split()))
