# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Text captures' heads and feet (t-final58 items 2, 3, 8, 12; issue 14), on the real
extractor (:func:`veille.extract.text_capture.extract_text_capture`), outlets and people
invented:

* a byline with the newsroom's role before the name ("Par notre correspondant à X, NAME",
  "By our correspondent in X, NAME", "Von unserem Korrespondenten in X, NAME") names its
  author, not page furniture;
* the standfirst under the headline stays the lead when the page prints it again at its
  foot, and that copy leaves the body;
* a see-also teaser's summary under its title, at the page's end, is no paragraph;
* a deck without a full stop between the headline and the dateline is the standfirst,
  whether shorter or longer than the headline, never the headline;
* "Il vous reste 80 % à découvrir" after an inline "À lire aussi : …" marks the cut;
* "OUTLET avec AFP" below the text's boxes credits the agency.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.byline_names import names_after_formula
from veille.extract.capture_meta import parse_byline
from veille.extract.text_capture import extract_text_capture

TEASER = """La Voix du Jura
Menu  Rechercher  S'abonner
Région

Dole : la passerelle sur le Doubs fermée pour trois mois de travaux

La ville engage un chantier de 1,8 million d'euros pour remplacer les poutres rongées par la rouille.

Par notre correspondante à Dole, Élodie Verdier (avec AFP)
publié le 9 février 2026 à 11h30

La passerelle piétonne qui enjambe le Doubs au pied de la collégiale sera fermée à partir de lundi, a annoncé la mairie de Dole, qui a constaté une corrosion avancée de la structure métallique.

« Nous ne pouvions pas attendre un hiver de plus », a expliqué l'adjoint aux travaux, Gérard Mouton, lors du conseil municipal.

Les piétons devront emprunter le pont routier, à quatre cents mètres en aval, le temps du chantier.

La ville engage un chantier de 1,8 million d'euros pour remplacer les poutres rongées par la rouille.

Lire aussi
Besançon : le tram prolongé jusqu'à Chalezeule
La communauté urbaine a voté jeudi le financement d'une extension de trois kilomètres vers l'est de l'agglomération.

Les plus lus
1. Météo : neige attendue sur le Haut-Jura
2. Football : Dole-Tavaux s'impose
"""


def test_a_correspondent_byline_the_lead_and_a_teaser_at_the_foot() -> None:
    result = extract_text_capture(TEASER)
    assert result.title == ("Dole : la passerelle sur le Doubs fermée pour trois mois de "
                            "travaux")
    assert result.lead.startswith("La ville engage un chantier de 1,8 million")
    assert result.authors == ["Élodie Verdier"]
    assert result.evidence.get("credit") == "AFP"
    assert len(result.paragraphs) == 3, result.paragraphs
    assert result.paragraphs[-1].startswith("Les piétons devront")
    assert not any("Chalezeule" in p or "communauté urbaine" in p for p in result.paragraphs)


def test_a_paragraph_after_an_inline_link_with_text_under_it_stays() -> None:
    text = TEASER.replace(
        "Les plus lus\n", "Le chantier doit s'achever avant la saison touristique, selon "
        "la mairie, qui promet une passerelle plus large.\n\nLes plus lus\n")
    result = extract_text_capture(text)
    assert any("communauté urbaine" in p for p in result.paragraphs)


def test_newsroom_role_bylines_in_five_languages() -> None:
    cases = {
        "Par notre envoyée spéciale à Lviv, Hélène Marchal": ["Hélène Marchal"],
        "By our correspondent in Lagos, Adaeze Okafor": ["Adaeze Okafor"],
        "From our correspondent in Quito, Daniel Paredes": ["Daniel Paredes"],
        "De nuestro corresponsal en Lisboa, Tomás Ferreira": ["Tomás Ferreira"],
        "Dal nostro inviato a Trieste, Paolo Zanetti": ["Paolo Zanetti"],
        "Von unserem Korrespondenten in Wien, Lukas Brandner": ["Lukas Brandner"],
    }
    for line, names in cases.items():
        assert names_after_formula(line), line
        assert parse_byline(line) == names, line
    assert names_after_formula("Par notre correspondant à Brest")
    assert not names_after_formula("Par notre correspondant à Bruxelles, il faut dire que "
                                   "tout va mal.")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghij ,.éà'", min_size=0, max_size=40))
def test_a_role_byline_never_names_lower_case_words(rest: str) -> None:
    """After the role and its comma, lower-case words are a clause, never names."""
    line = f"Par notre correspondant à Lille, {rest}"
    assert parse_byline(line) == [] or not names_after_formula(line)
    if rest.strip() and not any(c.isupper() for c in rest):
        assert not names_after_formula(line)


ANSA_SHAPE = """Il Gazzettino del Lago
Cerca
Cronaca  Politica  Sport

Nebbia sull'autostrada A4, tamponamento a catena vicino a Brescia

Coinvolte quindici auto e due camion nella corsia nord

BRESCIA, 13 febbraio 2026, 07:50

Quindici automobili e due camion sono rimasti coinvolti all'alba in un tamponamento a catena sull'autostrada A4 tra Brescia Est e Desenzano, a causa della nebbia fitta. Sei persone sono rimaste ferite in modo lieve.

La polizia stradale ha chiuso la carreggiata nord per tre ore. Il traffico è ripreso regolarmente in mattinata.
"""


def test_a_deck_without_a_stop_under_the_headline_is_the_standfirst() -> None:
    result = extract_text_capture(ANSA_SHAPE)
    assert result.title == "Nebbia sull'autostrada A4, tamponamento a catena vicino a Brescia"
    assert result.lead == "Coinvolte quindici auto e due camion nella corsia nord"
    assert len(result.paragraphs) == 2


def test_a_french_deck_without_a_stop_is_kept() -> None:
    text = ANSA_SHAPE.replace(
        "Nebbia sull'autostrada A4, tamponamento a catena vicino a Brescia",
        "Brouillard sur l'A6 : un carambolage de dix-sept véhicules près de Mâcon").replace(
        "Coinvolte quindici auto e due camion nella corsia nord",
        "Six personnes ont été légèrement blessées dans la nuit")
    result = extract_text_capture(text)
    assert result.title.startswith("Brouillard sur l'A6")
    assert result.lead == "Six personnes ont été légèrement blessées dans la nuit"


PAYWALL = """Le Quotidien de Savoie
Se connecter   S'abonner
Chambéry : la piscine municipale fermée jusqu'en septembre
Par Le Quotidien de Savoie
Publié le 04/02/2026 à 18:10
La piscine du centre de Chambéry fermera ses portes le 1er mars pour six mois de travaux, a annoncé mardi la mairie, qui doit remplacer la toiture et le système de filtration.
Les clubs de natation seront accueillis au centre aquatique de La Motte-Servolex, selon un planning établi avec l'agglomération.
Le coût des travaux est estimé à 4,2 millions d'euros, financés pour moitié par la région.
À lire aussi : Aix-les-Bains : le lac gelé attire les curieux
Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.
"""


def test_a_paywall_notice_after_an_inline_link_marks_the_cut() -> None:
    result = extract_text_capture(PAYWALL)
    assert result.truncated
    assert len(result.paragraphs) == 3


def test_a_footer_offer_after_a_link_list_is_no_cut() -> None:
    text = PAYWALL.replace("Cet article est réservé aux abonnés. Il vous reste 80% à "
                           "découvrir.", "Abonnez-vous pour lire tous nos articles en "
                           "illimité.")
    assert not extract_text_capture(text).truncated


def test_an_outlet_with_agency_credit_at_the_foot() -> None:
    text = ANSA_SHAPE.replace(
        "Il traffico è ripreso regolarmente in mattinata.\n",
        "Il traffico è ripreso regolarmente in mattinata.\n\nLeggi anche\nGarda, nuove "
        "regole per i traghetti\n\nCondividi su Facebook  Condividi su X\n"
        "Il Gazzettino del Lago con ANSA\n© Il Gazzettino del Lago 2026\n")
    result = extract_text_capture(text)
    assert "ANSA" in result.evidence.get("credit", "").split(", ")
