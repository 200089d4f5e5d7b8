"""Held-out findings of newuser15b on text captures, each on a capture written here
(other outlets, other words, the same shape)."""

from __future__ import annotations

from veille.extract.text_capture import extract_text_capture

MENU = "Le Bien Public\nDijon\nBeaune\nSports\nS'abonner\nSe connecter\n"
FOOT = "Les plus lus\nDijon : le tram prolongé jusqu'à Quetigny\nLe Bien Public\nMentions légales\n"


def test_a_paywalled_capture_keeps_the_paragraph_it_shows() -> None:
    text = (f"{MENU}Économie\n"
            "Côte-d'Or : la fromagerie de Brochon rachetée par un groupe laitier breton\n"
            "Les quarante salariés seront tous repris, assure le nouveau propriétaire.\n"
            "Par Agnès Duval - 30 nov. 2026 à 18:40\n"
            "Réservé aux abonnés\n"
            "La fromagerie, fondée en 1952, produisait chaque année près de 900 tonnes "
            "d'époisses et de soumaintrain, vendues surtout en Bourgogne.\n"
            "Il vous reste 78% de cet article à lire.\n"
            "Déjà abonné ? Connectez-vous\n"
            f"Je m'abonne\n{FOOT}")
    result = extract_text_capture(text)
    assert result.paragraphs == [
        "La fromagerie, fondée en 1952, produisait chaque année près de 900 tonnes "
        "d'époisses et de soumaintrain, vendues surtout en Bourgogne."]
    assert result.truncated


CLUNY = ("Le Journal de Saône-et-Loire\nMâcon\nChalon\nS'abonner\nSe connecter\n"
         "Référendum local à Cluny : le oui l'emporte largement\n"
         "Les habitants ont approuvé dimanche le projet de piétonnisation du centre historique.\n"
         "Par Julien Marceau\nPublié le 30/11/2026 à 21h10\n"
         "Les électeurs de Cluny ont approuvé dimanche, par 64 % des voix, la piétonnisation "
         "des rues autour de l'abbaye, un projet défendu par la municipalité depuis deux ans.\n"
         "Inscrits : 3 912\nVotants : 2 107\nAbonnés au réseau de chaleur : 418\n"
         "La maire a annoncé que les premiers travaux commenceraient dès le mois de mars, "
         "après une dernière réunion avec les commerçants.\n"
         "Les plus lus\nMâcon : le pont Saint-Laurent fermé trois nuits\n"
         "Le Journal de Saône-et-Loire\nMentions légales\n")


def test_data_lines_with_a_furniture_word_stay_and_do_not_end_the_capture() -> None:
    result = extract_text_capture(CLUNY)
    assert result.paragraphs[1:4] == ["Inscrits : 3 912", "Votants : 2 107",
                                      "Abonnés au réseau de chaleur : 418"]
    assert result.paragraphs[-1].startswith("La maire a annoncé")


def test_the_outlets_appeal_for_donations_is_no_paragraph() -> None:
    text = ("Basta!\nEnquêtes\nDébats\nFaire un don\n"
            "Logement : à Grenoble, les squats d'étudiants se multiplient\n"
            "Faute de places en résidence, des dizaines d'étudiants occupent des bâtiments "
            "vides du campus.\n"
            "Par Lina Ferrand\n1er décembre 2026\n"
            "Dans l'ancien bâtiment des sciences humaines, une quarantaine d'étudiants dorment "
            "sur des matelas posés à même le sol, sans chauffage depuis la mi-novembre.\n"
            "L'université dit chercher une solution avec le Crous, qui promet deux cents "
            "places supplémentaires à la rentrée de janvier.\n"
            "Un journalisme qui dérange\n"
            "Basta! est un média indépendant, sans publicité et en accès libre, financé par "
            "ses lecteurs. Pour que nos enquêtes restent lisibles par toutes et tous, "
            "soutenez-nous par un don.\n"
            "Je donne\nMentions légales\n")
    result = extract_text_capture(text)
    assert result.paragraphs[-1].startswith("L'université dit chercher")


def test_a_closing_copyright_line_is_no_photo_credit() -> None:
    """verify16 Z3: "© Le Dauphiné libéré" closing a short copy was read as a photo credit,
    and the article's last paragraph above it dropped as its caption. A copyright line
    after the last paragraph of prose is the page's own; a photo credit between paragraphs
    still takes its caption."""
    text = ("La Gazette du Lac\n\nAnnecy : le pont des Amours fermé pour travaux\n\n"
            "Par Luc Berthier\nPublié le 30/11/2026 à 18h40\n\n"
            "Le pont des Amours sera fermé aux piétons à partir de lundi pour trois semaines "
            "de travaux sur ses garde-corps, a annoncé la mairie.\n\n"
            "Une passerelle provisoire sera installée dès mercredi près du Pâquier.\n\n"
            "© La Gazette du Lac\n")
    result = extract_text_capture(text)
    assert result.paragraphs[-1] == ("Une passerelle provisoire sera installée dès "
                                     "mercredi près du Pâquier.")
    assert len(result.paragraphs) == 2
