"""An article's parts in captures and pages (r-pages36; t-final34 A13, A5, t-final35 A9,
B5, B6): bare bylines whose given name no list holds, a byline's role, a kicker glued to
the headline, a deck framed by the headline and the byline, a description that is a
sentence of the body, and the truncated flag. Captures written here: other outlets and
words than the reports', the same shapes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
BODY_EN = [
    "The city's water utility will replace 4,000 lead service lines next year, its board "
    "said on Thursday, after a federal grant of $38 million was approved.",
    "Work will start in the eastern districts, where the oldest pipes were laid before 1930.",
    "Residents will be told by letter two weeks before crews arrive on their street.",
]


def _capture(*head: str, body: list[str] = BODY_EN, tail: tuple[str, ...] = ()) -> str:
    return "\n".join(["Eastport Daily", "Search", "News  Business  Sport  Opinion",
                      *head, *body, *tail])


@pytest.mark.parametrize("name", ["Wing-sze Cheung", "Min-jun Seo", "Chidinma Okafor-Eze"])
def test_a_name_above_the_date_is_the_byline_whatever_its_language(name: str) -> None:
    # t-final35 A9: "Wing-sze Cheung" under the headline, above "Published: …", was lost
    # (no list of given names holds it).
    result = extract_text_capture(_capture(
        "Water utility to replace 4,000 lead pipes next year", name,
        "Published: 9:15pm, 4 Dec 2026"), fetched_at=NOW, language="en")
    assert result.authors == [name]


@pytest.mark.parametrize("line", ["Road Closures", "Faits Divers", "Middle East", "Hong Kong"])
def test_a_label_above_the_date_is_no_byline(line: str) -> None:
    result = extract_text_capture(_capture(
        "Water utility to replace 4,000 lead pipes next year", line,
        "Published: 9:15pm, 4 Dec 2026"), fetched_at=NOW, language="en")
    assert result.authors == []


def test_a_name_and_its_role_beside_share_buttons() -> None:
    # t-final34 A13: the BBC's "Share" / "Save" above "Phil Mackie" / "Midlands
    # correspondent": no author.
    result = extract_text_capture(_capture(
        "Water utility to replace 4,000 lead pipes next year", "4 December 2026", "Share",
        "Save", "Oluwaseun Adeyemi", "Wessex correspondent"), fetched_at=NOW, language="en")
    assert result.authors == ["Oluwaseun Adeyemi"]
    assert not any("correspondent" in p for p in result.paragraphs)
    assert result.title == "Water utility to replace 4,000 lead pipes next year"


def test_a_kicker_in_capitals_is_no_part_of_the_headline() -> None:
    # t-final34 A13: "GRÈVE  Les aiguilleurs du ciel débraient jeudi…" was the title.
    text = "\n".join([
        "Le Courrier du Jura", "Rechercher", "Actualité  Jura  Sport",
        "INONDATIONS  Les quais de Dole fermés jusqu'à dimanche",
        "Publié le 03/12/26 à 07h10",
        "La préfecture a fermé mercredi soir les quais du Doubs à Dole, où la rivière a "
        "dépassé la cote d'alerte.",
        "Les habitants des rues basses ont été invités à surélever leurs meubles.",
        "Une cellule de crise se réunira jeudi matin à la mairie."])
    result = extract_text_capture(text, fetched_at=NOW, language="fr")
    assert result.title == "Les quais de Dole fermés jusqu'à dimanche"
    assert result.kicker == "INONDATIONS"
    assert not any("INONDATIONS" in p for p in result.paragraphs)


def test_a_dateline_in_capitals_opening_a_paragraph_is_no_kicker() -> None:
    from veille.extract.blocks import kicker_gap

    assert kicker_gap("PARIS  Le président est arrivé jeudi à l'Élysée.") == 0
    assert kicker_gap("Drôme  Ardèche  Isère  Sports  Loisirs") == 0
    assert kicker_gap("NHS England to cut waiting lists") == 0


def test_a_deck_as_long_as_the_headline_between_it_and_the_byline() -> None:
    # t-final34 A5 (SCMP): the deck, framed by the headline and the name over the date,
    # was taken for the headline.
    headline = "Water utility to replace 4,000 lead pipes next year after federal grant"
    deck = "The eastern districts, where pipes date from before 1930, will come first"
    result = extract_text_capture(_capture(headline, deck, "Farah Ismail",
                                           "Published: 6:40pm, 2 Dec 2026"),
                                  fetched_at=NOW, language="en")
    assert result.title == headline
    assert result.lead == deck


def test_a_shorter_deck_over_a_spanish_date_is_the_standfirst() -> None:
    # t-final34 A13 (El País): the deck, shorter than the headline, over "Valencia - 02 dic
    # 2026 - 13:40 CET" (a month CLDR abbreviates "dic"), was dropped.
    headline = ("El Ayuntamiento de Bilbao amplía el horario del metro durante las fiestas "
                "de Navidad")
    deck = "Los trenes circularán toda la noche los días 24 y 31 de diciembre"
    body = ["El Ayuntamiento de Bilbao anunció este jueves que el metro funcionará sin "
            "interrupción las noches del 24 y el 31 de diciembre.",
            "La medida costará 200.000 euros y se repetirá en las fiestas de agosto.",
            "El alcalde pidió a los vecinos que usen el transporte público."]
    text = "\n".join(["EL CORREO DEL NORTE", "Buscar", "Bizkaia", headline, deck,
                      "Iker Etxeberria", "Bilbao - 03 dic 2026 - 10:15 CET", *body])
    result = extract_text_capture(text, fetched_at=NOW, language="es")
    assert result.title == headline
    assert result.lead == deck
    assert result.published == datetime(2026, 12, 3, 9, 15, tzinfo=UTC)


def _page(description: str, body: list[str], after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            "<title>Water utility to replace lead pipes - Eastport Daily</title>"
            + (f'<meta name="description" content="{description}">' if description else "")
            + "</head><body><article><h1>Water utility to replace lead pipes</h1>"
            f'<p class="byline">By Ana Ruiz</p>{paragraphs}</article>{after}</body></html>')


def test_a_description_from_the_middle_of_the_body_is_no_lead() -> None:
    # t-final35 B6: "The board will meet again on Thursday." was the lead.
    content = extract_html(_page("Work will start in the eastern districts.", BODY_EN),
                           fetched_at=NOW)
    assert content.lead.startswith("The city's water utility")


def test_a_description_that_summarises_is_the_lead() -> None:
    description = "Residents of older neighbourhoods should expect months of roadworks."
    content = extract_html(_page(description, BODY_EN), fetched_at=NOW)
    assert content.lead == description


NOTICE_FR = "Cet article est réservé aux abonnés. Abonnez-vous pour 1 € le premier mois."


def _capture_fr(body: list[str], notice: str) -> str:
    return "\n".join(["Le Courrier du Jura", "Rechercher", "Actualité  Jura  Sport",
                      "Dole : les quais fermés jusqu'à dimanche", "Publié le 03/12/26 à 07h10",
                      *body, "Partager sur Facebook", notice])


BODY_FR = [
    "La préfecture a fermé mercredi soir les quais du Doubs à Dole, où la rivière a "
    "dépassé la cote d'alerte, et a interdit la circulation sur le pont de la Pologne.",
    "Les habitants des rues basses ont été invités à surélever leurs meubles et à garer "
    "leurs voitures sur les hauteurs de la ville, autour de la collégiale.",
    "Une cellule de crise se réunira jeudi matin à la mairie, en présence du sous-préfet "
    "et des services de Voies navigables de France.",
]


def test_a_subscription_notice_under_a_complete_text_is_no_cut() -> None:
    # t-final35 B5: a complete article followed by "Cet article est réservé aux abonnés"
    # was marked truncated.
    result = extract_text_capture(_capture_fr(BODY_FR, NOTICE_FR), fetched_at=NOW,
                                  language="fr")
    assert result.paragraphs == BODY_FR
    assert result.truncated is False


def test_a_text_stopped_mid_sentence_under_a_notice_is_cut() -> None:
    body = [*BODY_FR[:2], "Une cellule de crise se réunira jeudi matin à la mairie, en "
            "présence du sous-préfet et des services de"]
    result = extract_text_capture(_capture_fr(body, NOTICE_FR), fetched_at=NOW, language="fr")
    assert result.truncated is True


def test_a_notice_saying_what_is_left_is_a_cut() -> None:
    result = extract_text_capture(
        _capture_fr(BODY_FR, "Il vous reste 70% de cet article à lire."), fetched_at=NOW,
        language="fr")
    assert result.truncated is True


def test_html_metered_wall_notice_under_a_cut_text() -> None:
    # t-final35 B5's other half: "You have reached your free article limit" was no notice.
    body = [BODY_EN[0], "Work will start in the eastern districts, where the oldest pipes"]
    content = extract_html(_page("", body, '<div class="paywall">You have reached your free '
                                           "article limit.</div>"), fetched_at=NOW)
    assert content.truncated is True
    # a complete text (several paragraphs, more than a teaser's words, a sentence's end)
    longer = [*BODY_EN, "The utility said the grant covers about two thirds of the cost and "
              "that water bills would not rise to pay for the rest of the programme."]
    complete = extract_html(_page("", longer, '<div class="paywall">You have reached your '
                                              "free article limit.</div>"), fetched_at=NOW)
    assert complete.truncated is False


def test_a_deck_about_the_text_as_much_as_its_headline_is_no_headline() -> None:
    # t-final34 A5 (SCMP): a deck as long as the headline, speaking of the text a little
    # more than it, between the headline and the name over the date, was the title.
    headline = ("Ferry operator to add late sailings to Lamma Island from January, ahead of "
                "schedule")
    deck = ("The new late sailings from Central pier will serve about 6,000 islanders on "
            "weekday nights")
    text = "\n".join([
        "Eastport Daily", "News  Business  Sport  Opinion", "Sign up for our newsletter",
        "Hong Kong / Transport", headline, deck, "Natalie Chow",
        "Published: 8:15pm, 3 Dec 2026",
        "The ferry operator will add late sailings to Lamma Island from January, the "
        "company announced on Thursday, two months earlier than planned.",
        "Islanders said the new sailings from Central pier would ease the weekday nights "
        "for about 6,000 residents.",
        "The company said trial sailings had gone smoothly since last Friday."])
    result = extract_text_capture(text, fetched_at=NOW, language="en")
    assert result.title == headline
    assert result.lead == deck


def test_a_one_paragraph_teaser_cut_mid_sentence_is_the_text() -> None:
    # r-pages36 held-out 13: the only paragraph, cut mid-sentence before "Il vous reste
    # 85 %", was no prose, and the capture was refused ("no article text found").
    teaser = ("L'agence régionale de santé a confirmé jeudi la fermeture de la maternité de "
              "Saint-Claude au 1er mars, malgré la mobilisation des élus et des habitants qui")
    text = "\n".join(["Le Courrier du Jura", "Rechercher", "Actualité  Jura  Sport",
                      "Saint-Claude : la fermeture de la maternité confirmée",
                      "Publié le 04/12/26 à 12h30", teaser,
                      "Il vous reste 85% de cet article à lire. Abonnez-vous pour lire la suite."])
    result = extract_text_capture(text, fetched_at=NOW, language="fr")
    assert result.paragraphs == [teaser]
    assert result.truncated is True
