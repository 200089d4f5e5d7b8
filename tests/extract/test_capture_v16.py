"""Held-out findings on text captures left open after newuser15b (X19, W26, X13's "Partage
des voix") and verify16, each on a capture written here (other outlets, other words, the
same shape)."""

from __future__ import annotations

from veille.extract.text_capture import extract_text_capture

MENU = "Sud Ouest Sports\nBordeaux\nPau\nRugby\nS'abonner\nSe connecter\nRugby\n"
FOOT = "Les plus lus\nUBB : Jalibert absent trois semaines\nSud Ouest\nMentions légales\n"
HEAD = (f"{MENU}Pro D2 : Biarritz reprend la tête du classement\n"
        "Les Basques ont battu Dax samedi et profitent du faux pas de Vannes.\n"
        "Par Arnaud David\nPublié le 29/11/2026 à 22h50\n"
        "Vainqueur de Dax (31-17) samedi soir à Aguilera, le Biarritz olympique a repris la "
        "première place de Pro D2, à la faveur de la défaite de Vannes à Béziers.\n")
CLOSING = ("Les Biarrots se déplaceront à Grenoble le week-end prochain pour la dernière "
           "journée de la phase aller.")


def test_a_tab_separated_table_is_kept_and_a_see_also_teaser_left_out() -> None:
    # newuser15b X19: the table's rows were taken for links, the teaser sentence kept.
    text = (HEAD + "Classement après la 13e journée\n"
            "Rang\tÉquipe\tPoints\tJoués\n"
            "1\tBiarritz\t45\t13\n"
            "2\tVannes\t44\t13\n"
            "3\tGrenoble\t40\t13\n"
            f"{CLOSING}\n"
            "À lire aussi\n"
            "Rugby. Le Biarritz olympique présente son nouveau centre d'entraînement, "
            "inauguré en présence des anciens du club et de nombreux supporters.\n" + FOOT)
    result = extract_text_capture(text)
    assert "1 Biarritz 45 13" in result.paragraphs
    assert "3 Grenoble 40 13" in result.paragraphs
    assert result.paragraphs[-1] == CLOSING


def test_a_one_sentence_teaser_under_a_see_also_label_is_a_link() -> None:
    text = (HEAD + f"{CLOSING}\nSur le même sujet\n"
            "Vidéo. Revivez les plus beaux essais de la rencontre face à Dax, marqués "
            "devant plus de dix mille spectateurs.\n" + FOOT)
    result = extract_text_capture(text)
    assert result.paragraphs[-1] == CLOSING


def test_a_subscriber_notice_in_the_footer_after_other_boxes_is_no_cut() -> None:
    # newuser15a W26: the footer's notice came after "Les plus lus" and its titles.
    text = (HEAD + f"{CLOSING}\nLes plus lus\nPau : la Section paloise recrute un pilier\n"
            "Contenu réservé aux abonnés.\n© Sud Ouest 2026\n")
    result = extract_text_capture(text)
    assert result.paragraphs[-1] == CLOSING
    assert not result.truncated


def test_a_paywall_notice_right_after_the_text_still_cuts() -> None:
    result = extract_text_capture(HEAD + "Il vous reste 80 % de cet article à lire.\n" + FOOT)
    assert result.truncated


def test_a_results_line_with_two_figures_does_not_end_the_article() -> None:
    # X13's remainder: a furniture stem ("partag") in a line of several figures.
    text = (HEAD + "Partage des points : Biarritz 45, Vannes 44, Grenoble 40\n"
            "Possession : 58 % contre 42 %\n" + f"{CLOSING}\n" + FOOT)
    result = extract_text_capture(text)
    assert result.paragraphs[-1] == CLOSING
    assert "Possession : 58 % contre 42 %" in result.paragraphs


def _phone(width: int) -> str:
    """A capture copied on a phone: the page's lines wrapped at ``width`` columns."""
    import textwrap
    lines = ["Sud Ouest", "Menu", "S'abonner", "Rugby",
             "Pro D2 : Biarritz reprend la tête du classement",
             "Les Basques ont battu Dax samedi et profitent du faux pas de Vannes.",
             "Par Arnaud David", "Le 29/11/2026 à 22h50", "Partager",
             "Vainqueur de Dax (31-17) samedi soir à Aguilera, le Biarritz olympique a repris "
             "la première place de Pro D2, à la faveur de la défaite de Vannes à Béziers.",
             "Les Basques comptent désormais un point d'avance, avant un déplacement périlleux "
             "à Grenoble pour la dernière journée de la phase aller.",
             "Lire aussi", "UBB : Jalibert absent trois semaines", "Sud Ouest", "Mentions légales"]
    return "\n".join(part for line in lines for part in textwrap.wrap(line, width)) + "\n"


def test_a_phone_capture_keeps_its_headline_byline_and_text() -> None:
    # newuser15b X4: at 40 columns the standfirst and byline became the headline; at 25
    # columns the capture was refused ("no paragraph of prose").
    for width in (26, 35):
        result = extract_text_capture(_phone(width))
        assert result.title == "Pro D2 : Biarritz reprend la tête du classement", width
        assert result.authors == ["Arnaud David"], width
        assert result.paragraphs[0].startswith("Vainqueur de Dax (31-17)"), width
