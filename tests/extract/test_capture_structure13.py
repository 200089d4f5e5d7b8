"""A text capture's structure (headline, standfirst, body) in shapes two testers found
read falsely (newuser13 sessions a and h2). The texts are written for these tests."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.caption_credit import carries_caption
from veille.extract.disclosures import disclosure
from veille.extract.markup import unmark
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
HEADLINE = "Vannes : la halle aux poissons rouvrira en mars après deux ans de chantier"
CHAPO = ("La rénovation du bâtiment classé, lancée en 2024, a pris un an de retard à cause "
         "de la découverte de charpentes anciennes. La municipalité promet une réouverture "
         "pour le printemps.")
P1 = ("Les échafaudages ont commencé à disparaître lundi autour de la halle aux poissons de "
      "Vannes, fermée depuis l'automne 2024 pour une rénovation complète.")
P2 = ("« Nous avons dû reprendre toute la charpente, qui datait du XIXe siècle et n'était "
      "plus aux normes », explique l'adjoint chargé du patrimoine, Yves Le Bihan.")
P3 = ("Les douze poissonniers installés provisoirement sur le port retrouveront leurs étals "
      "dans la halle, dont le loyer restera inchangé la première année.")
LAST = "Une fête d'inauguration est prévue le premier samedi de mars."


def _page(*middle: str) -> str:
    return "\n".join(["Le Courrier du Golfe", "Se connecter", "Vannes", "Lorient", *middle,
                      "Mentions légales", "Gestion des cookies"])


def test_a_caption_with_its_credit_on_one_line_leaves_the_standfirst() -> None:
    text = _page(HEADLINE, CHAPO,
                 "La halle aux poissons, sur le port de Vannes. © Crédit photo : Marc Le Roux "
                 "/ LE COURRIER", "Par Anne Guillou", "Publié le 01/12/2026 à 07h45",
                 P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.lead == CHAPO
    assert result.paragraphs == [P1, P2, P3]


def test_a_one_line_caption_and_credit_does_not_swallow_the_paragraph_before() -> None:
    text = _page(HEADLINE, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", P1, P2, P3,
                 LAST, "Le poissonnier Paul Le Goff devant son étal. Photo Courrier /Marc Le Roux")
    assert extract_text_capture(text, fetched_at=NOW).paragraphs == [P1, P2, P3, LAST]


def test_an_illustration_credit_has_no_caption() -> None:
    text = _page(HEADLINE, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", P1,
                 "Photo d'illustration Maxppp/Marc Le Roux", P2, P3)
    assert extract_text_capture(text, fetched_at=NOW).paragraphs == [P1, P2, P3]


def test_a_credit_alone_still_makes_the_short_line_before_it_a_caption() -> None:
    text = _page(HEADLINE, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", P1,
                 "Les étals provisoires sur le port.", "Photo Marc Le Roux / Le Courrier",
                 P2, P3)
    assert extract_text_capture(text, fetched_at=NOW).paragraphs == [P1, P2, P3]


def test_carries_caption() -> None:
    assert carries_caption("Le port de Vannes, lundi. Photo Courrier /Marc Le Roux")
    assert carries_caption("Légende. | ARCHIVES OUEST-FRANCE")
    assert carries_caption("Image d'illustration AFP")
    assert not carries_caption("Photo Courrier /Marc Le Roux")
    assert not carries_caption("© Crédit photo : Marc Le Roux / LE COURRIER")
    assert not carries_caption("Marc Le Roux / AFP")


@given(st.text(alphabet="aB /|©.Photo", max_size=300))
def test_carries_caption_total(text: str) -> None:
    assert carries_caption(text) in (True, False)


def test_a_name_before_an_agency_is_no_caption() -> None:
    assert not carries_caption("Jean-Marc Le Roux / AFP")
    assert carries_caption("Le port de Vannes, lundi. Jean-Marc Le Roux / AFP")


FACT_HEADLINE = "Non, la taxe foncière ne doublera pas en 2027 pour les retraités"
FACT_CHAPO = ("Une vidéo partagée des centaines de fois sur Facebook affirme que la taxe "
              "foncière des retraités doublera l'an prochain. C'est faux.")
FACT_BODY = [
    ("« Taxe foncière doublée pour les retraités en 2027 » : la vidéo, publiée dimanche, "
     "accuse le gouvernement de préparer une hausse cachée de la taxe foncière."),
    ("Interrogée, la direction générale des finances publiques dément : la taxe foncière "
     "des retraités suivra l'an prochain la revalorisation des valeurs locatives."),
    ("Les retraités modestes restent exonérés de taxe foncière sous conditions de "
     "ressources, comme les années précédentes, précise l'administration fiscale."),
]


def test_a_fact_check_standfirst_about_a_shared_post_is_no_furniture() -> None:
    text = _page(FACT_HEADLINE, FACT_CHAPO, "Marie Le Du", "Publié le 1 décembre 2026 à 8h10",
                 "Partager", *FACT_BODY)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.lead == FACT_CHAPO
    assert result.paragraphs == FACT_BODY


def test_a_newsletter_pitch_is_no_standfirst() -> None:
    pitch = ("Recevez chaque matin notre newsletter avec l'essentiel de l'actualité du "
             "Morbihan dans votre boîte mail.")
    text = _page(HEADLINE, pitch, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45",
                 P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.lead == ""
    assert pitch not in result.paragraphs


def test_one_byline_line_between_the_standfirst_and_the_body() -> None:
    text = _page(HEADLINE, CHAPO, "Par Anne Guillou | Publié le 01/12/2026 à 07h45",
                 P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.lead == CHAPO
    assert result.paragraphs == [P1, P2, P3]


def test_a_standfirst_shorter_than_the_headline_above_the_byline() -> None:
    chapo = "Les poissonniers retrouveront leurs étals dans la halle rénovée."
    text = _page(HEADLINE, chapo, "Par Anne Guillou - hier à 18h30", P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.lead == chapo
    assert result.paragraphs == [P1, P2, P3]


def test_a_first_paragraph_before_a_byline_stays_when_it_is_no_standfirst() -> None:
    long_p = " ".join([P1, P2, P3, LAST])
    text = _page(HEADLINE, long_p, "Par Anne Guillou", P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.paragraphs[0] == long_p


def _wrapped(*paragraphs: str, width: int = 72, blank: bool = True) -> str:
    sep = "\n\n" if blank else "\n"
    return sep.join(textwrap.fill(p, width) for p in paragraphs)


def test_a_url_under_the_last_wrapped_paragraph_is_no_continuation() -> None:
    text = _wrapped(HEADLINE, CHAPO, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45",
                    P1, P2, P3, LAST, blank=False)
    text += "\nhttps://www.courrier-du-golfe.example/vannes/halle-aux-poissons-renovation-2026\n"
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.paragraphs[-1] == LAST


def test_an_indented_line_after_a_sentence_opens_a_paragraph() -> None:
    question = "Le Courrier : La halle rouvrira-t-elle bien au printemps, comme promis ?"
    answer = "Yves Le Bihan : " + P3
    body = [textwrap.fill(p, 76, initial_indent=" ") for p in (P1, P2)]
    text = "\n".join([HEADLINE, "", "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", "",
                      *body, " " + question, textwrap.fill(answer, 76, initial_indent=" ")])
    assert extract_text_capture(text, fetched_at=NOW).paragraphs[-2:] == [question, answer]


def test_a_headline_wrapped_by_another_rule_is_whole() -> None:
    headline = ("Vannes : la halle aux poissons rouvrira en mars après deux ans de chantier "
                "sur le port")
    text = "\n\n".join(["Le Courrier du Golfe",
                        headline[:59].rstrip() + "\n" + headline[59:].lstrip(),
                        textwrap.fill(CHAPO, 72), "Par Anne Guillou",
                        "Publié le 01/12/2026 à 07h45", *(textwrap.fill(p, 72)
                                                          for p in (P1, P2, P3))])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.shape == "wrapped"
    assert result.title == headline


def test_a_markdown_capture_is_read_as_structure() -> None:
    text = "\n\n".join([
        "[Le Courrier du Golfe](https://courrier.example/)",
        "  * [Vannes](https://courrier.example/vannes/)\n  * [Lorient](https://courrier.example/lorient/)",
        "# " + HEADLINE, "**" + CHAPO + "**",
        "Par [Anne Guillou](https://courrier.example/auteurs/anne-guillou/)",
        "Publié le 01/12/2026 à 07h45",
        "![La halle aux poissons.](https://courrier.example/img/halle.jpg)",
        P1, P2, "-   Les étals seront rénovés.\n-   Le loyer restera inchangé.", P3,
        "**Lire aussi :** [Lorient : le port de pêche modernisé](https://courrier.example/l)"])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == HEADLINE
    assert result.evidence["title"] == "Markdown heading"
    assert result.lead == CHAPO
    assert result.authors == ["Anne Guillou"]
    assert result.paragraphs == [P1, P2, "Les étals seront rénovés.", "Le loyer restera inchangé.",
                                 P3]


def test_lynx_link_numbers_are_no_text() -> None:
    text = "\n\n".join([
        "   [1]Le Courrier du Golfe [2]Se connecter", "   * [3]Vannes\n   * [4]Lorient",
        HEADLINE, "   Par [5]Anne Guillou", "   Publié le 01/12/2026 à 07h45",
        P1.replace("Vannes,", "[6]Vannes,"), P2, P3,
        "References\n\n   1. https://courrier.example/\n   2. https://courrier.example/login"])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.authors == ["Anne Guillou"]
    assert result.paragraphs[0] == P1


@given(st.text(alphabet="#*_[]()!12 ab\n", max_size=200))
def test_unmark_only_removes(text: str) -> None:
    block = " ".join(text.split())
    out, level = unmark(block)
    assert 0 <= level <= 6
    assert len(out) <= len(block)
    assert out == " ".join(out.split())
    assert set(out) <= set(block)
    plain = block.translate(str.maketrans("", "", "#*_[]"))
    assert unmark(plain) == (plain, 0)


def test_a_scoreboard_under_the_byline_is_no_headline() -> None:
    headline = "Ligue 2 : Lorient s'impose à Annecy (3-1) et prend la tête du championnat"
    chapo = ("Menés à la pause, les Merlus ont renversé Annecy en seconde période grâce à un "
             "doublé de leur avant-centre devant 12 000 spectateurs.")
    body = [("Lorient a dû attendre la seconde période pour se libérer. Dominés avant la "
             "pause, les Merlus ont égalisé dès la reprise sur un centre de leur latéral."),
            ("L'avant-centre lorientais a ensuite inscrit un doublé en dix minutes, avant "
             "qu'un coup franc direct ne scelle la victoire d'Annecy trop tard."),
            ("« On s'est parlé à la mi-temps, on savait qu'Annecy allait baisser "
             "physiquement », a confié l'entraîneur lorientais après la rencontre.")]
    text = _page(headline, chapo, "Publié le 30/11/2026 à 22h15", "Par Yann Le Bris",
                 "Lorient - Annecy : 3-1 (mi-temps : 0-1)", *body)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == headline
    assert result.lead == chapo


def test_a_newsletter_box_after_the_first_paragraph_does_not_replace_it() -> None:
    text = _page(HEADLINE, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", P1,
                 "Publicité", "Newsletter Morbihan",
                 "Tous les soirs, les nouvelles du pays de Vannes directement chez vous.",
                 "Je m'inscris", P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.paragraphs == [P1, P2, P3]
    assert result.first_words() == P1


def test_a_correction_note_is_a_disclosure_not_the_lead() -> None:
    note = ("Rectificatif : dans une première version de cet article, nous annoncions une "
            "réouverture en février. La municipalité a depuis repoussé la date.")
    text = _page(HEADLINE, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", note,
                 P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    # One rule with HTML pages (s-capt14): the note stays in the body, the evidence says
    # the article was corrected, and the lead is the first paragraph after the note.
    assert result.paragraphs == [note, P1, P2, P3]
    assert result.evidence["disclosure"] == "corrected"
    assert result.first_words() == P1


def test_a_correction_headline_is_no_note() -> None:
    assert disclosure("Rectificatif : la halle aux poissons ne rouvrira pas en mars") == ""
    assert disclosure("Correction: An earlier version of this story misstated the date.") \
        == "corrected"


def test_a_printed_page_break_does_not_end_the_article() -> None:
    header = "01/12/2026 22:40 " + HEADLINE
    footer = "https://courrier.example/vannes/halle-aux-poissons.html"
    text = "\n".join([header, "Le Courrier du Golfe", HEADLINE, "Par Anne Guillou",
                      "Publié le 01/12/2026 à 07h45", P1, P2, footer + " 1/2", header, P3,
                      LAST, footer + " 2/2"])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.paragraphs == [P1, P2, P3, LAST]
    assert result.published == datetime(2026, 12, 1, 6, 45, tzinfo=UTC)


def test_a_box_drawn_table_does_not_end_the_article() -> None:
    table = ["┌──────────────┬───────┐", "│    Étal      │ Loyer │", "├──────────────┼───────┤",
             "│Poissonnerie A│ 420   │", "├──────────────┼───────┤", "│Poissonnerie B│ 380   │",
             "└──────────────┴───────┘"]
    text = _page(HEADLINE, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", P1, *table,
                 P2, P3, LAST)
    assert extract_text_capture(text, fetched_at=NOW).paragraphs == [P1, P2, P3, LAST]


def test_a_live_blog_keeps_its_oldest_post() -> None:
    text = _page("EN DIRECT", HEADLINE, "Publié le 01/12/2026 à 06:00", "Il y a 5 minutes", P1,
                 "Il y a 1 heure", P2, "Il y a 3 heures", LAST)
    # Each post keeps its stamp (s-capt14, tests/extract/test_capture_live14.py).
    assert extract_text_capture(text, fetched_at=NOW).paragraphs == [
        f"Il y a 5 minutes — {P1}", f"Il y a 1 heure — {P2}", f"Il y a 3 heures — {LAST}"]


SECOND_HEADLINE = "Lorient : le pont du Bonhomme fermé deux nuits pour travaux"
SECOND = [("Le pont du Bonhomme sera fermé à la circulation dans la nuit de mardi à mercredi "
           "puis de mercredi à jeudi, de 21 heures à 6 heures, pour des travaux d'entretien."),
          ("Une déviation sera mise en place par Hennebont, a précisé le conseil "
           "départemental, qui conseille aux automobilistes d'anticiper leurs trajets.")]


def test_a_second_article_after_the_first_is_left_out_and_said() -> None:
    text = _page(HEADLINE, CHAPO, "Publié le 01/12/2026 à 07h45", "Par Anne Guillou", P1, P2,
                 SECOND_HEADLINE, "Publié le 01/12/2026 à 06h30", "Par Yves Le Goff",
                 *SECOND)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == HEADLINE
    assert result.paragraphs == [P1, P2]
    assert result.authors == ["Anne Guillou"]
    assert SECOND_HEADLINE in result.evidence["other_article"]


def test_a_brief_above_the_article_does_not_date_it() -> None:
    brief = "La médiathèque de Vannes sera fermée samedi en raison d'une panne de chauffage."
    text = _page("Vannes : la médiathèque fermée samedi", "Publié le 01/12/2026 à 09h00", brief,
                 HEADLINE, "Publié le 01/12/2026 à 07h45", "Par Anne Guillou", P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.paragraphs == [P1, P2, P3]
    assert result.published == datetime(2026, 12, 1, 6, 45, tzinfo=UTC)
    assert "other_article" in result.evidence


def test_a_subheading_inside_an_article_is_no_second_article() -> None:
    text = _page(HEADLINE, "Publié le 01/12/2026 à 07h45", "Par Anne Guillou", P1,
                 "Un loyer inchangé la première année", P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert "other_article" not in result.evidence
    assert result.paragraphs[-1] == P3


def test_a_byline_line_of_another_formula_under_the_standfirst_keeps_the_headline() -> None:
    text = _page(HEADLINE, CHAPO, "Écrit par Anne Guillou", "Publié le 01/12/2026 à 07h45",
                 "Mis à jour le 01/12/2026 à 09h10", P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == HEADLINE
    assert result.lead == CHAPO


def test_a_page_quoted_in_an_email_reply_is_read_without_the_marks() -> None:
    page = [HEADLINE, CHAPO, "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", P1, P2, P3]
    text = "\n".join(["Bonjour,", "", "Voici l'article dont je te parlais.", "",
                      "Le mar. 1 déc. 2026 à 09:14, Paul <paul@example.org> a écrit :",
                      *("> " + line for line in page)])
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.title == HEADLINE
    assert result.authors == ["Anne Guillou"]
    assert result.paragraphs == [P1, P2, P3]


def test_an_update_note_is_no_correction() -> None:
    # AEB c50845a7: the gold body keeps its "Editor's note: This story was updated…".
    assert disclosure("Editor's note: This story was updated at 5:45 p.m. ET to include "
                      "details from the telecon.") == ""


def test_a_caption_printed_again_above_its_caption_and_credit_is_no_standfirst() -> None:
    caption = "La halle aux poissons, sur le port de Vannes, lundi."
    text = _page(HEADLINE, caption + " " + caption, caption + " MARC LE ROUX / AFP",
                 "Par Anne Guillou", "Publié le 01/12/2026 à 07h45", P1, P2, P3)
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.lead == ""
    assert result.paragraphs == [P1, P2, P3]
