"""Entity types and speakers of t-final33 item 7 and B (r-ner35, issue 16): a local title
before a name ("Councilwoman X") made a place of the person; an English headline's Title
Case words were a place; "marché de Noël de France" gave an organisation; a town's
inhabitants ("Brivistes") were an organisation; a span ran past a name into "les samedis
après-midi"; a lone "il"/"elle" took a plural subject or a body of the other gender;
German speakers kept their article; `veille quotes` showed the text's surname beside the
entity's id. Through the real enrichment pipeline, a real store and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.enrich.conftest import enrich, enrich_through_cli

from veille.cli.main import main
from veille.enrich.english_spans import english_spans, headline_case
from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources


def _labels(resources: Resources, text: str, **kw: str) -> dict[str, str]:
    """Each mention's text → its entity's label."""
    return {str(m[2]): str(e["label"])
            for e in enrich(resources, text, **kw)["entities"]  # type: ignore[index]
            for m in e["mentions"]}


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in find_quotes(text)}


def test_a_local_title_makes_a_person_after_a_preposition(resources: Resources) -> None:
    text = ("Zoning board delays vote\n\nThe motion was tabled after objections from "
            "Assemblywoman Renata Okafor, who asked for a traffic study. The request came "
            "from Alderman Luis Ferreira on Monday.")
    found = _labels(resources, text, language="en", source="example.com")
    assert found.get("Renata Okafor") == "PER"
    assert found.get("Luis Ferreira") == "PER"
    assert not any(label == "LOC" and ("Okafor" in m or "Ferreira" in m)
                   for m, label in found.items())


def test_headline_case_words_are_no_names() -> None:
    assert headline_case("County Moves to Turn Empty Warehouse Into Arts Center")
    assert not headline_case("The county moved on Monday to turn a warehouse into a center.")
    assert english_spans("County Moves to Turn Empty Warehouse Into Arts Center") == []


def test_headline_fragment_is_no_place(resources: Resources) -> None:
    text = ("Trustees Vote to Convert Old Armory Into Homeless Shelter\n\nThe Elmira board "
            "voted 5-2 on Thursday. Mayor Dana Whitcomb said the plan would go ahead.")
    found = _labels(resources, text, language="en", source="example.com")
    assert not any("Armory" in m or "Shelter" in m for m in found)
    assert found.get("Dana Whitcomb") == "PER"


def test_a_feast_after_de_is_no_organisation_nor_person(resources: Resources) -> None:
    text = ("Colmar : la foire ouvre samedi\n\nLe marché de Noël d'Alsace ouvrira samedi. "
            "La fête de Pâques de Normandie reviendra au printemps, selon la mairie.")
    found = _labels(resources, text)
    assert not any(m.startswith(("Noël d", "Pâques d")) for m in found)
    assert all(label not in ("PER", "ORG") for m, label in found.items()
               if m in ("Noël", "Pâques"))


def test_a_towns_inhabitants_are_no_entity(resources: Resources) -> None:
    text = ("Tulle : la foire attire du monde\n\nDes milliers de Tullistes ont arpenté les "
            "allées samedi. Les Ussellois étaient venus en car, a indiqué le maire, Bernard "
            "Combes.")
    found = _labels(resources, text)
    assert "Tullistes" not in found
    assert found.get("Ussellois") in (None, "MISC")
    assert found.get("Bernard Combes") == "PER"


def test_a_span_never_runs_past_a_name_into_an_article(resources: Resources) -> None:
    text = ("Mulhouse : le tram dévié\n\nLe tramway ne desservira plus la station Porte "
            "Jeune les dimanches matin pendant les travaux, selon la société Soléa.")
    found = _labels(resources, text)
    assert not any("dimanches" in m for m in found)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # a plural subject is no "elle"
    ("Brest : la maternité menacée\nLa sénatrice Anne Kervella a interpellé le ministre "
     "mardi. Les Brestois manifesteront samedi.\n« Il faut garder ce service », "
     "a-t-elle déclaré.", "Il faut garder ce service", "Anne Kervella"),
    # "l'entreprise" is feminine: no "il"
    ("Lorient : le port en travaux\nLe président du port, Hervé Le Goff, a visité le "
     "chantier. L'entreprise Marine Services, chargée du dragage, a signalé des retards.\n"
     "« Tout sera fini en juin », a-t-il promis.", "Tout sera fini en juin", "Hervé Le Goff"),
    # the plural body skipped, its voice named at the sentence's end speaks
    ("Presse : un audit sur les TPG\nLes TPG ont réagi par la voix de leur directeur, Marc "
     "Aebi. « Aucun tram ne sera supprimé », a-t-il affirmé.", "Aucun tram ne sera supprimé",
     "Marc Aebi"),
])
def test_a_singular_pronoun_skips_a_plural_or_other_gender_subject(
        text: str, quote: str, speaker: str) -> None:
    assert _speakers(text)[quote] == speaker


def test_german_speakers_lose_their_lower_case_article() -> None:
    found = _speakers("Titel\n»Die Brücke bleibt gesperrt«, sagte der Stadtbaurat am "
                      "Dienstag.\n„Wir prüfen Alternativen“, teilte die Bahn mit.")
    assert found["Die Brücke bleibt gesperrt"] == "Stadtbaurat"
    assert found["Wir prüfen Alternativen"] == "Bahn"


def test_quotes_lists_the_entitys_full_name(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    record = {"title": "Library Hours Cut at Three Branches",
              "paragraphs": [
                  "The cuts were announced on Friday by Maureen Castellano, the county librarian.",
                  "\"We have no staff left for Sundays,\" Castellano said."],
              "language": "en", "url": "https://example.test/lib/a",
              "published": "2026-11-20T10:00:00+00:00", "source": "Example Ledger"}
    enrich_through_cli(tmp_path, [record], capsys)
    assert main(["--data-dir", str(tmp_path / "data"), "quotes"]) == 0
    out = capsys.readouterr().out
    assert "Maureen Castellano [per:maureen-castellano]" in out
    assert "  Castellano [" not in out


def test_the_t33_christmas_market_and_tram_stop(resources: Resources) -> None:
    text = ("Strasbourg : le marché sous surveillance\n\nStrasbourg accueille le plus ancien "
            "marché de Noël de France depuis 1570. Les tramways ne marqueront plus l'arrêt "
            "Homme de Fer les samedis après-midi.")
    found = _labels(resources, text)
    assert "Noël de France" not in found
    assert not any("samedis" in m for m in found)


def test_feast_and_article_tail_cuts_on_spans() -> None:
    from veille.enrich.entities import _feasts_apart, _without_article_tail

    text = "le village de Noël de Bretagne ouvre, puis la gare Porte Sud les lundis soir."
    feast = text.index("Noël")
    assert _feasts_apart(text, [(feast, feast + len("Noël de Bretagne"), "PER")]) == [
        (feast, feast + 4, "MISC"), (text.index("Bretagne"), text.index(" ouvre"), "LOC")]
    stop = text.index("Porte")
    assert _without_article_tail(text, (stop, text.index("."), "MISC")) == (
        stop, stop + len("Porte Sud"), "MISC")
    # no "de" before the span ("Noël de Bretagne a dit", a person's name): left as it is
    assert _feasts_apart("Noël de Bretagne a dit", [(0, 16, "PER")]) == [(0, 16, "PER")]
