"""A text capture opening on its outlet's masthead (f-capturehead32).

"Le Quotidien de la Réunion" (five words), then the site's menu, then the headline and the
article: the masthead was the stored headline ("first line": ``heads_over``), and ``veille
ingest --source`` did not hand the source to the extractor, which could have told the
outlet's name from a headline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.furniture_title import menu_line
from veille.extract.masthead import names_outlet
from veille.extract.text_capture import extract_text_capture

HEADLINE = "Le Port : les dockers suspendent leur grève après un accord salarial"
BODY = ("Les dockers du Grand Port maritime de La Réunion ont repris le travail vendredi "
        "matin, après la signature dans la nuit d'un accord prévoyant une hausse de 4 % des "
        "salaires et une prime de fin d'année.\n\n"
        "Le mouvement, entamé lundi, avait bloqué une dizaine de porte-conteneurs en rade. "
        "Les importateurs craignaient des ruptures de stock avant les fêtes sur l'île.\n\n"
        "Le déchargement des navires en attente doit prendre une semaine, selon la direction "
        "du port, qui a renforcé les équipes de nuit.\n")
MASTHEAD = "Le Quotidien de la Réunion"
MENU = "Accueil Actu Sport Culture Économie Faits divers Océan Indien"


def _ingest(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str],
            *source: str) -> dict[str, object]:
    """``text`` ingested by ``veille ingest`` into a fresh store (SQLite), then exported."""
    capture = tmp_path / "capture.txt"
    capture.write_text(text, "utf-8")
    data = str(tmp_path / "data")
    given = ["--source", source[0]] if source else []
    assert main(["--data-dir", data, "ingest", *given, str(capture)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    row: dict[str, object] = json.loads(line)
    return row


def test_a_masthead_above_the_menu_is_no_headline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The tester's case, stored: the outlet's name, the menu, the headline, the article."""
    row = _ingest(tmp_path, "\n\n".join([MASTHEAD, MENU, HEADLINE, BODY]), capsys)
    content = row["content"]
    assert isinstance(content, dict)
    assert content["title"] == HEADLINE
    assert content["paragraphs"][0].startswith("Les dockers du Grand Port")


@pytest.mark.parametrize("source", ["lequotidien.re", "www.lequotidien.re", MASTHEAD])
def test_the_given_source_tells_its_masthead(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str) -> None:
    """No menu, and the body speaks of La Réunion: only the source given to ``veille
    ingest`` says the first line is the outlet's name (it was not handed to the
    extractor). The headline has no "Topic : statement" form, which would say it too
    (r-head55: ``short_headline.topic_headline``; HEADLINE has it)."""
    headline = "Les dockers du Port suspendent leur grève après un accord salarial"
    text = "\n\n".join([MASTHEAD, headline, BODY])
    assert extract_text_capture(text).title == MASTHEAD  # the text alone does not say
    assert extract_text_capture("\n\n".join([MASTHEAD, HEADLINE, BODY])).title == HEADLINE
    row = _ingest(tmp_path, text, capsys, source)
    content = row["content"]
    assert isinstance(content, dict)
    assert content["title"] == headline, content["evidence"]
    assert content["lead"].startswith("Les dockers du Grand Port")


def test_an_edition_after_the_outlets_name_is_its_masthead() -> None:
    text = "\n\n".join(["La Gazette du Nord édition Dunkerque et Flandre", HEADLINE, BODY])
    assert extract_text_capture(text, outlet="lagazettedunord.fr").title == HEADLINE


@pytest.mark.parametrize("menu", [MENU, "Home | News | Sport | Business | Culture",
                                  "Menu Rechercher S'abonner Se connecter"])
def test_any_masthead_over_a_menu(menu: str) -> None:
    """Whatever the outlet's name (one the rules never saw), a menu under it says it is the
    masthead."""
    for name in ("Les Nouvelles Calédoniennes du Sud", "Western Daily Courier and Post"):
        result = extract_text_capture("\n\n".join([name, menu, HEADLINE, BODY]))
        assert result.title == HEADLINE, (name, menu, result.evidence)


def test_a_masthead_naming_nothing_of_the_article() -> None:
    """No menu, no source: a first line sharing no word with the article does not head it
    over the headline found right above the body."""
    text = "\n\n".join(["Le Courrier des Hauts la voix des Mascareignes", HEADLINE, BODY])
    assert extract_text_capture(text).title == HEADLINE


PRESS_BODY = ("Le groupe Le Monde a annoncé mardi la fermeture de son imprimerie d'Ivry-sur-Seine "
              "d'ici deux ans, l'impression du quotidien devant être confiée à un prestataire "
              "extérieur.\n\nLes 80 salariés de l'imprimerie se verront proposer un "
              "reclassement, a précisé la direction, qui invoque la baisse des tirages.\n\n"
              "Les syndicats du Livre ont appelé à un rassemblement devant le site jeudi.\n")
SUBTITLE = "Un accord salarial a été signé dans la nuit de jeudi à vendredi"


@pytest.mark.parametrize(("first", "under", "body", "source"), [
    # a headline opening on the source's name says more than an edition
    ("Le Monde va fermer son imprimerie d'Ivry d'ici deux ans",
     "La direction du groupe invoque la baisse des tirages du quotidien", PRESS_BODY,
     "lemonde.fr"),
    # a short headline without a verb over its subtitle, share buttons between
    ("La grève des dockers au Port de La Réunion", "Partager Facebook Twitter E-mail\n\n"
     + SUBTITLE, BODY, ""),
    # a tag line under the headline is no menu
    ("La grève des dockers au Port de La Réunion", "Économie Port Grève Salaires\n\n"
     + SUBTITLE, BODY, "lequotidien.re"),
])
def test_a_first_line_that_is_the_headline_stays(first: str, under: str, body: str,
                                                 source: str) -> None:
    text = "\n\n".join([first, under, body])
    assert extract_text_capture(text, outlet=source).title == first


@pytest.mark.parametrize("line", [
    MENU, "Actu Sports Loisirs Économie Nécrologie Petites annonces",
    "Accueil | Région | Lille | Sports | Faits divers", "Sections Politics Opinions Style Tech",
    "Accueil Direct Politique Monde Société Faits-divers Sports Culture"])
def test_menu_lines(line: str) -> None:
    assert menu_line(line)


@pytest.mark.parametrize("line", [
    "Politique Budget Sénat Impôts", "Partager Facebook Twitter E-mail",
    "Politics and business news from Europe", "Sport, culture : le programme du week-end",
    MASTHEAD, "Home Depot sales miss, shares plunge"])
def test_no_menu_lines(line: str) -> None:
    assert not menu_line(line)


@pytest.mark.parametrize(("line", "outlet"), [
    (MASTHEAD, "lequotidien.re"), (MASTHEAD, MASTHEAD),
    ("L'Est Républicain Nancy et agglomération", "estrepublicain.fr"),
    ("Manchester Evening News Greater Manchester", "manchestereveningnews.co.uk"),
    ("BBC News", "news.bbc.co.uk"), ("Ouest-France", "ouest-france.fr"),
    ("Le Journal de Montréal Actualités", "Le Journal de Montréal")])
def test_names_outlet(line: str, outlet: str) -> None:
    assert names_outlet(line, outlet)


@pytest.mark.parametrize(("line", "outlet"), [
    ("Le Monde va supprimer soixante postes dans sa rédaction", "lemonde.fr"),
    ("Ouest-France : la rédaction en grève", "ouest-france.fr"),
    (MASTHEAD, ""), (MASTHEAD, "clicanoo.re"), ("La grève des dockers", "la.re")])
def test_names_no_outlet(line: str, outlet: str) -> None:
    assert not names_outlet(line, outlet)
