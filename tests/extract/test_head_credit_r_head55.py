# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Headlines and body paragraphs lost in extraction (issue 14; h-head54 and r-extract54
"Still wrong"; t-final53b A10).

* A short headline (two to four words) over a long deck framed by the byline and the
  date lost the title to the deck; a kicker over a long headline must not take it.
* A deck copying the lead word for word, printed twice, was a "repeat": it became the
  headline and the lead was left out of the body.
* A paragraph whose last sentence names photo credits after a sentence of narration ("…
  Les photos sont © AFP et © La Rep'.") was dropped as a credit line, in captures and in
  HTML pages; true credit lines ("Foto: dpa/Jens Büttner", "© Reuters") stay dropped.
* A standfirst of kind ``other`` (a deck without a stop) was also listed as dropped.
* An outlet's name of five words over a "Topic : statement" headline took the title, the
  headline read as its standfirst (bench/data/heldout/h-places37 h1, h2).
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from capture_kit import exported_rows
from veille.extract.html import extract_html
from veille.extract.notice_stance import credits_after_narration
from veille.extract.short_headline import headline_over_deck
from veille.extract.text_capture import extract_text_capture
from veille.extract.textshape import block_shape, is_credit

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
DECK = ("Nach tagelangem Regen ist die Mulde bei Grimma über die Ufer getreten, die Stadt hat "
        "die Altstadt gesperrt und Notunterkünfte für zweihundert Bewohner eingerichtet")
BODY = [
    "Die Mulde ist in der Nacht zum Samstag bei Grimma über die Ufer getreten, der Pegel stieg auf mehr als sechs Meter.",
    "Die Stadt hat die Altstadt gesperrt und in zwei Schulen Notunterkünfte eingerichtet.",
    "Der Deutsche Wetterdienst erwartet für Sonntag weiteren Regen im Muldental.",
]


def _capture(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _dropped(got: object) -> dict[str, str]:
    return {text: reason for text, reason in got.dropped}  # type: ignore[attr-defined]


def test_a_short_headline_over_a_long_deck_is_the_headline() -> None:
    got = extract_text_capture(_capture(
        "Leipziger Tageszeitung", "Suche", "Sachsen", "Hochwasser in Grimma", DECK,
        "Von Paul Weber", "05.12.2026, 10.15 Uhr", *BODY), fetched_at=NOW)
    assert got.title == "Hochwasser in Grimma"
    assert got.lead == DECK
    assert got.paragraphs == BODY
    assert DECK not in _dropped(got)


def test_a_kicker_over_a_long_headline_stays_a_kicker() -> None:
    # The line under the kicker does not repeat its words: it is the headline, no deck.
    headline = ("Kiew meldet die Rückeroberung von drei Dörfern nahe der Grenze bei Kupjansk "
                "nach einer Woche schwerer Kämpfe mit den russischen Truppen")
    body = ["Die ukrainische Armee hat nach eigenen Angaben drei Dörfer nördlich von Kupjansk zurückerobert.",
            "Die Kämpfe hätten eine Woche gedauert, teilte der Generalstab mit.",
            "Unabhängig überprüfen ließen sich die Angaben nicht."]
    for kicker in ("Krieg in der Ukraine", "KRIEG IN DER UKRAINE", "Ukraine-Krieg:"):
        got = extract_text_capture(_capture(
            "Leipziger Tageszeitung", "Suche", kicker, headline, "Von Paul Weber",
            "05.12.2026, 10.15 Uhr", *body), fetched_at=NOW)
        assert got.title == headline, kicker


def test_a_kicker_the_headline_restates_stays_a_kicker() -> None:
    headline = ("Les élections municipales de mars 2026 se joueront sur le logement et les "
                "transports selon un sondage publié ce jeudi par notre journal")
    got = extract_text_capture(_capture(
        "Le Journal du Centre", "Rechercher", "Élections municipales", headline,
        "Par Marc Dubois", "Publié le 04/12/2026 à 08h10",
        "Selon un sondage publié jeudi, le logement arrive en tête des préoccupations des électeurs de Nevers.",
        "Les transports viennent en deuxième position, devant la sécurité.",
        "Le premier tour aura lieu le 15 mars."), fetched_at=NOW)
    assert got.title == headline


def test_the_kicker_signals() -> None:
    assert headline_over_deck("Hochwasser in Grimma", DECK, repeated=False)
    assert not headline_over_deck("Hochwasser in Grimma", DECK, repeated=True)  # a menu's item
    assert not headline_over_deck("HOCHWASSER IN GRIMMA", DECK, repeated=False)
    assert not headline_over_deck("Hochwasser Grimma :", DECK, repeated=False)
    assert not headline_over_deck("Sachsen", DECK, repeated=False)  # one word: a section
    assert not headline_over_deck("Unwetter im Osten", DECK, repeated=False)  # not repeated
    assert not headline_over_deck("Hochwasser in Grimma", "Die Mulde tritt bei Grimma über die Ufer", repeated=False)


def test_a_deck_copying_the_lead_twice_is_neither_headline_nor_lost() -> None:
    lead = ("Les travaux du nouveau terminal ferry du port de Cherbourg, qui devaient s’achever "
            "en juin, ne seront pas terminés avant la fin de l’année 2027")
    got = extract_text_capture(_capture(
        "La Voix du Cotentin", "Rechercher", "Cherbourg : le terminal ferry en retard", lead,
        "Par Antoine Lemoine", "Publié le 04/12/2026 à 17h30", lead,
        "Le syndicat mixte qui gère le port invoque des difficultés sur les fondations du nouveau quai.",
        "Les compagnies de ferry continueront d'utiliser l'ancienne gare maritime cet été.",
        "Le surcoût est estimé à 3,5 millions d'euros."), fetched_at=NOW)
    assert got.title == "Cherbourg : le terminal ferry en retard"
    assert got.lead == lead


def test_a_paragraph_naming_credits_after_narration_is_kept() -> None:
    credited = ("Die Gemeinde weist darauf hin, dass die Aufnahmen der Einweihung auf der Website der "
                "Kurverwaltung gezeigt werden und dort auch heruntergeladen werden können. "
                "Die Fotos sind © dpa und © Kurverwaltung Prerow.")
    body = ["Nach zwei Jahren Bauzeit ist die neue Seebrücke in Prerow am Freitag für Fußgänger freigegeben worden.",
            credited,
            "Die Brücke ist mit 720 Metern die längste an der deutschen Ostseeküste.",
            "Foto: dpa/Jens Büttner",
            "Der Bau kostete rund vierzehn Millionen Euro, das Land übernahm den größten Teil."]
    got = extract_text_capture(_capture(
        "Ostsee-Anzeiger", "Suche", "Neue Seebrücke in Prerow freigegeben",
        "Von Katrin Vogel", "04.12.2026, 16.30 Uhr", *body), fetched_at=NOW)
    assert credited in got.paragraphs
    assert body[-1] in got.paragraphs
    assert _dropped(got).get("Foto: dpa/Jens Büttner") == "credit"


def test_credit_lines_stay_credits() -> None:
    for line in ("Foto: dpa", "Foto: dpa/Jens Büttner", "Bild: dpa", "© Reuters",
                 "Photo : AFP", "Le maire à l'inauguration de la halle rénovée samedi matin devant les commerçants du marché. © Jean Dupont",
                 "Des manifestants devant la préfecture de Rennes, samedi, lors du rassemblement contre la réforme. Photo : Jean Dupont / © AFP"):
        assert block_shape(line).head == "credit", line
        assert is_credit(line), line
    assert credits_after_narration(
        "Le journal rappelle que les images de la halle publiées depuis vendredi ont été prises lors de la visite de presse. Les photos sont © AFP et © La Dépêche.")
    assert not credits_after_narration("Les photos sont © AFP et © La Dépêche.")


HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Orléans : la Loire en vigilance orange</title></head><body><article>
<h1>Orléans : la Loire en vigilance orange</h1>
<p>La préfecture du Loiret a placé la Loire en vigilance orange crues jeudi soir, le fleuve devant atteindre quatre mètres à Orléans samedi.</p>
<p>Le journal rappelle que les images de la crue publiées depuis jeudi ont été prises depuis le pont Royal et les quais du Châtelet par deux photographes de la rédaction. Les photos sont © AFP et © La Rep'.</p>
<p>Les quais bas sont fermés à la circulation jusqu'à nouvel ordre, a indiqué la mairie.</p>
<p>© Reuters</p>
<p>Les services de l'État suivent l'évolution du niveau heure par heure.</p>
</article></body></html>"""


def test_html_keeps_a_paragraph_naming_credits(tmp_path: Path) -> None:
    got = extract_html(HTML)
    assert any(p.endswith("Les photos sont © AFP et © La Rep'.") for p in got.paragraphs)
    assert "© Reuters" not in got.paragraphs
    # Through the CLI into a real store: the paragraph is stored and exported.
    page = tmp_path / "orleans.html"
    page.write_text(HTML, "utf-8")
    data = tmp_path / "data"
    rows = exported_rows(page, data)
    assert len(rows) == 1
    assert any("© AFP et © La Rep'" in p for p in rows[0]["content"]["paragraphs"])


def test_through_the_cli_a_short_headline_is_stored(tmp_path: Path) -> None:
    page = tmp_path / "grimma.txt"
    page.write_text(_capture("Leipziger Tageszeitung", "Suche", "Sachsen", "Hochwasser in Grimma",
                             DECK, "Von Paul Weber", "05.12.2026, 10.15 Uhr", *BODY), "utf-8")
    data = tmp_path / "data"
    rows = exported_rows(page, data)
    assert len(rows) == 1
    content = rows[0]["content"]
    assert content["title"] == "Hochwasser in Grimma"
    assert content["lead"] == DECK
    dropped = content.get("evidence", {}).get("dropped", "")
    assert DECK not in dropped and "Hochwasser in Grimma" not in dropped


def test_an_outlets_name_over_a_topic_headline_is_not_the_title() -> None:
    # "Topic : statement" is a headline's form, no deck's: the line above is the outlet.
    headline = "Lyon : la ligne B du métro fermée ce week-end entre Saxe-Gambetta et Gerland"
    got = extract_text_capture(_capture(
        "Le Petit Courrier du Rhône", "", headline, "", "Par Léa Martin", "Publié le 04/12/2026 à 08h10", "",
        "Le Sytral fermera la ligne B du métro samedi et dimanche entre Saxe-Gambetta et Gerland pour des travaux de voie, a-t-il annoncé mercredi.",
        "Des bus de remplacement desserviront les stations fermées toutes les cinq minutes.",
        "« Nous avons choisi le week-end pour gêner le moins possible », a indiqué la direction."), fetched_at=NOW)
    assert got.title == headline


def test_an_outlets_first_line_does_not_head_over_a_topic_headline() -> None:
    # The first line shares a word with the text ("Aude"), but the line under it is a
    # headline by its form, no subtitle: the first line is the outlet's name.
    headline = "Limoux : les viticulteurs face à la flambée du prix du verre"
    got = extract_text_capture(_capture(
        "Le Courrier de l'Aude", headline, "Par Claire Fabre", "Publié le 02/12/2026 à 07h15",
        "Limoux. Une trentaine de viticulteurs de l'Aude se sont réunis lundi soir à la cave coopérative pour réclamer une aide. Le prix des bouteilles a doublé en deux ans, disent-ils.",
        "« On ne peut plus vendre à perte », résume un producteur installé depuis vingt ans.",
        "Plusieurs domaines envisagent de passer au vrac."), fetched_at=NOW)
    assert got.title == headline

