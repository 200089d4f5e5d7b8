"""Page controls are never an outlet's name nor an author's (t-final66 F4, F5, R3).

F4: France Bleu's capture ("ici Nord (France Bleu)" / "Rechercher" / "Écouter le direct" /
menu) was stored under the outlet "Écouter le direct", even with ``--source
francebleu.fr``. F5: Las Provincias' share buttons "Comentar  Compartir", last line, were
the author and listed as dropped furniture both. R3: "Redacció À Punt", a newsroom's
credit, was the author. Captures written for these tests (invented outlets and events)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import main
from veille.extract import bylines
from veille.extract.capture_meta import signs_as_person
from veille.extract.chrome_lines import share_bar
from veille.extract.masthead import chrome_label, control_line
from veille.extract.text_capture import extract_text_capture

BODY = """Le conseil municipal de Villeneuve-sur-Aube a voté lundi soir la fermeture de la piscine
des Iris pour dix-huit mois de travaux de rénovation énergétique.

Le chantier, estimé à 4,2 millions d'euros, doit réduire de moitié la consommation de gaz
de l'équipement, construit en 1974, selon l'adjoint chargé des sports, Karim Benali.

Les clubs de natation seront accueillis au centre aquatique de Romilly pendant la durée des
travaux, a précisé la mairie."""


def _capture(top: str, byline: str = "Publié le lundi 9 novembre 2026 à 21:40",
             tail: str = "") -> str:
    return (f"{top}\nActualités  Sports  Culture  Météo\n\n"
            "Villeneuve-sur-Aube : la piscine des Iris fermée dix-huit mois pour travaux\n\n"
            f"{byline}\n\n{BODY}\n\n{tail}\n")


@pytest.mark.parametrize("control", [
    "Écouter le direct", "Regarder le direct", "En direct", "Replay", "Podcasts",
    "Escuchar en directo", "Ascolta la diretta", "Live hören", "Ouvir em direto",
    "Listen live", "Watch live", "Escolta en directe", "Regarder le direct  Replay"])
def test_a_broadcasters_live_button_is_a_header_control(control: str) -> None:
    assert control_line(control) and chrome_label(control)
    got = extract_text_capture(_capture(f"Radio Aube Champagne\n{control}"))
    assert got.masthead == "Radio Aube Champagne"


@pytest.mark.parametrize("outlet", ["", "radio-aube.fr"])
def test_a_station_under_its_network_over_the_live_button(outlet: str) -> None:
    top = "ici Aube (Radio Champagne)\nRechercher\nÉcouter le direct"
    got = extract_text_capture(_capture(top), outlet=outlet)
    assert got.masthead == "ici Aube"


def test_an_outlet_named_direct_is_still_a_name() -> None:
    assert not control_line("Direct Matin Aube")
    assert not control_line("Radio Live Champagne")


@pytest.mark.parametrize(("tail", "authors"), [
    ("Comentar  Compartir", []), ("Partager  Commenter", []), ("Condividi  Commenta", []),
    ("Teilen  Kommentieren", []), ("Partilhar  Comentar", []), ("Comparteix  Comenta", []),
    ("Share  Comment", []), ("Compartir", []), ("Hélène Gaudin", ["Hélène Gaudin"])])
def test_share_and_comment_buttons_never_sign_the_text(tail: str, authors: list[str]) -> None:
    got = extract_text_capture(_capture("L'Écho de l'Aube", tail=tail))
    assert got.authors == authors
    dropped = [text for text, _ in got.dropped]
    # a line is the author or left out, never both
    assert all(a not in dropped for a in got.authors)
    if not authors:
        assert " ".join(tail.split()) in dropped


_SHARE_WORDS = ["Partager", "Commenter", "Compartir", "Comentar", "Condividi", "Commenta",
                "Teilen", "Kommentieren", "Partilhar", "Share", "Comment", "Comparteix",
                "Comenta"]
_SERVICES = ["Facebook", "WhatsApp", "E-mail", "X"]


@given(st.sampled_from(_SHARE_WORDS),
       st.lists(st.sampled_from(_SHARE_WORDS + _SERVICES), min_size=1, max_size=3),
       st.sampled_from(["  ", " ", " | ", " · "]))
def test_any_row_of_share_labels_is_a_share_bar(first: str, more: list[str], sep: str) -> None:
    row = sep.join([first, *more])
    assert share_bar(row)
    assert not signs_as_person(row)


@pytest.mark.parametrize("credit", [
    "Redacció À Punt", "Redacció Diari de la Ribera", "Redacción Diario del Segura",
    "Redazione Gazzetta della Valdelsa", "Redação Correio do Minho", "La rédaction",
    "Redaktion Weilheimer Tagblatt"])
def test_a_newsroom_credit_names_no_author(credit: str) -> None:
    assert bylines.is_role(credit)
    got = extract_text_capture(_capture("L'Écho de l'Aube\nRechercher", byline=(
        f"{credit}\n09/11/2026 21:40")))
    assert got.authors == []


def test_every_newsroom_word_is_a_groups_role() -> None:
    assert bylines._NEWSROOM_WORDS <= bylines._GROUP_WORDS <= bylines._ROLE_WORDS


def test_ingest_with_a_given_source_names_the_station_not_its_control(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "piscine.txt"
    page.write_text(_capture("ici Aube (Radio Champagne)\nRechercher\nÉcouter le direct",
                             tail="Partager  Commenter"), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", "radio-aube.fr", str(page)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["source"] == "radio-aube.fr"
    content = record["content"]
    assert "Écouter" not in json.dumps(content.get("site_name", "")), content.get("site_name")
    assert content.get("authors", []) == []
