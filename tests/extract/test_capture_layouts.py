"""Text captures of layouts veille had not seen (newuser11): a photo gallery between two
paragraphs (T5), a brief ending on a short sentence (T10), a "Lire aussi" label glued to
its title (T4), an interview in questions and answers (T17)."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.text_capture import extract_text_capture
from veille.extract.textshape import furniture_hits

FETCHED = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
CHROME = "Le Quotidien\nActualités\nSports\nCulture\nSe connecter\nRégion\n"
FOOTER = "Les plus lus\nLe prix du mazout grimpe encore\n© Le Quotidien 2026\n"


def test_a_gallery_between_two_paragraphs_keeps_both() -> None:
    text = (CHROME + "En images | Le carnaval envahit les rues de Binche\n"
            "Publié le 1er décembre 2026 à 9 h 02\n"
            "Des milliers de Gilles ont défilé mardi dans le centre historique, sous une pluie "
            "d'oranges lancées depuis les chars, selon les organisateurs.\n"
            + "".join(f"PHOTO ANNE DUBOIS, LE QUOTIDIEN\n{caption}\n" for caption in (
                "Un Gille coiffé de son chapeau à plumes d'autruche.",
                "La foule massée sur la Grand-Place.",
                "Des enfants costumés suivent le cortège.",
                "Les oranges volent au-dessus des spectateurs."))
            + "La fête se poursuivra jusqu'à mercredi soir avec le brûlage des bosses sur la "
            "place communale, a précisé la Ville.\n" + FOOTER)
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.paragraphs[0].startswith("Des milliers de Gilles")
    assert result.paragraphs[-1].startswith("La fête se poursuivra")
    assert not any("PHOTO" in p or "Grand-Place" in p for p in result.paragraphs)


def test_a_brief_keeps_its_short_closing_sentence() -> None:
    text = (CHROME + "Liège : un entrepôt de pneus détruit par les flammes\nBelga\n"
            "Publié le 01-12-2026 à 11h06\n"
            "Un incendie a ravagé dans la nuit un entrepôt de pneus du zoning industriel des "
            "Hauts-Sarts, a indiqué mardi la zone de secours.\n"
            "Les pompiers ont lutté pendant six heures pour éteindre le feu, visible à "
            "plusieurs kilomètres.\n"
            "Personne n'a été blessé.\n" + FOOTER)
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.paragraphs[-1] == "Personne n'a été blessé."


def test_a_read_also_label_glued_to_its_title_is_no_paragraph() -> None:
    assert furniture_hits("Lire aussiNamur : le tunnel fermé pour travaux") >= 1
    text = (CHROME + "Namur : la Citadelle rouvre son téléphérique\n"
            "Publié le 01/12/2026 à 10:15\n"
            "Le téléphérique de la Citadelle a rouvert mardi après dix-huit mois de travaux, "
            "a annoncé la Ville de Namur lors d'une conférence de presse.\n"
            "Lire aussiNamur : le tunnel de Saint-Servais fermé pour travaux\n"
            "Les cabines, entièrement rénovées, peuvent transporter six personnes chacune et "
            "relient le centre-ville au sommet en quatre minutes.\n" + FOOTER)
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert not any(p.startswith("Lire aussi") for p in result.paragraphs)
    assert len(result.paragraphs) == 2


def test_an_interview_opens_on_its_first_question() -> None:
    text = (CHROME + "Entretien\n"
            "Amélie Nothomb : « J'écris chaque matin à quatre heures »\n"
            "Propos recueillis par Paul Verhaegen\n"
            "Publié le 1/12/2026 à 06:00\n"
            "Votre nouveau roman parle de votre enfance. Comment l'avez-vous écrit ?\n"
            "Comme tous les autres, à la main, dans des cahiers d'écolier, en buvant du thé très "
            "noir avant l'aube.\n"
            "Pourquoi le Japon, encore ?\n"
            "Parce que j'y ai vécu mes premières années et que je n'ai jamais cessé d'y revenir "
            "dans mes livres comme dans mes rêves.\n"
            "Et la suite ?\n"
            "Un autre roman, déjà commencé, dont je ne dirai rien pour l'instant.\n" + FOOTER)
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.title == "Amélie Nothomb : « J'écris chaque matin à quatre heures »"
    assert result.paragraphs[0].endswith("Comment l'avez-vous écrit ?")
    assert len(result.paragraphs) == 6


def test_the_french_comment_is_no_widget() -> None:
    assert furniture_hits("Comment va-t-il ?") == 0
    assert furniture_hits("Leave a comment") == 1
    assert furniture_hits("Comment on this story") == 1


def test_a_gallery_signed_by_its_photographer_keeps_both_paragraphs() -> None:
    # verify11a V1: the credit under each caption is the photographer's name and outlet,
    # repeated, with no "Photo" word.
    text = (CHROME + "En images | Les lanternes illuminent Mons\n"
            "Publié le 1er décembre 2026 à 9 h 02\n"
            "Des milliers de visiteurs ont arpenté mardi soir les rues du centre historique, "
            "illuminées pour l'ouverture du festival, selon les organisateurs.\n"
            + "".join(f"{caption}\nAnne Dubois Le Quotidien\n" for caption in (
                "La Grand-Place transformée en tunnel de lumière.",
                "Les enfants ont pu patiner devant le beffroi.",
                "Une projection sur la façade de la collégiale."))
            + "La fête se poursuivra jusqu'à dimanche soir avec un feu d'artifice au-dessus "
            "du parc, a précisé la Ville.\n" + FOOTER)
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.paragraphs[0].startswith("Des milliers de visiteurs")
    assert result.paragraphs[-1].startswith("La fête se poursuivra")
    assert not any("Anne Dubois" in p or "beffroi" in p for p in result.paragraphs)
