"""A dateline printing no year gets the year its text's weekdays agree with (h-dates66b,
t-final66 F1: "(ANSA) - FIRENZE, 30 NOV -" and "giovedì 1 dicembre" in a dispatch of 2022
saved in 2026 was dated 2026-11-30)."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import cli
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture
from veille.extract.weekday_year import REACH_YEARS, agreeing_year

FETCHED = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)


def _capture(dateline: str, body: str) -> str:
    return (f"Notizie\n\nUn titolo abbastanza lungo per un articolo\n\n{dateline} {body}\n\n"
            "Seguiranno aggiornamenti nel corso della giornata.")


def test_weekday_in_text_chooses_the_dispatch_year() -> None:
    result = extract_text_capture(_capture(
        "(ANSA) - PRATO, 28 NOV -",
        "Il comune ha chiuso le scuole fino a mercoledì 30 novembre per un guasto "
        "all'impianto di riscaldamento."), fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2022, 11, 28)
    assert "chosen by the weekday" in result.evidence["published"]


def test_weekday_agreeing_with_the_inferred_year_changes_nothing() -> None:
    result = extract_text_capture(_capture(
        "(ANSA) - PRATO, 23 NOV -",
        "Il comune ha chiuso le scuole fino a mercoledì 25 novembre per un guasto "
        "all'impianto di riscaldamento."), fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2026, 11, 23)
    assert "most recent such day" in result.evidence["published"]


def test_a_weekday_a_season_away_chooses_nothing() -> None:
    """"sabato 12 aprile" in a dispatch of 28 November may be last April or next: the
    tense would say, this rule does not read it; the year stays inferred."""
    result = extract_text_capture(_capture(
        "(ANSA) - PRATO, 28 NOV -",
        "Il processo, aperto sabato 12 aprile, è stato rinviato per un difetto di "
        "notifica agli imputati."), fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2026, 11, 28)


def test_dateline_own_weekday_chooses_its_year() -> None:
    text = ("La Gazette\n\nLa mairie ferme la piscine pour travaux\n\n"
            "Publié le mercredi 2 novembre à 10h15\n\n"
            "La piscine municipale fermera ses portes pendant trois mois pour des travaux "
            "de rénovation, a annoncé la mairie.\n\nLes nageurs iront au centre voisin.")
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2022, 11, 2)


def test_html_dateline_year_by_weekday() -> None:
    html = ("<html lang='es'><head><title>Cortes</title></head><body><article>"
            "<h1>Cortes de tráfico por las obras del puente</h1>"
            "<p>SEVILLA, 26 dic (EFE).- El Ayuntamiento cortará el tráfico en el puente el "
            "martes 27 de diciembre por las obras de mantenimiento del tablero.</p>"
            "<p>Los autobuses serán desviados por las calles cercanas durante la jornada.</p>"
            "</article></body></html>")
    result = extract_html(html, fetched_at=FETCHED)
    assert result.published is not None
    assert result.published.date() == date(2022, 12, 26)


@given(st.integers(2000, 2090), st.integers(1, 12), st.integers(1, 28),
       st.lists(st.tuples(st.integers(0, 6), st.integers(1, 12), st.integers(1, 31)),
                max_size=3))
def test_agreeing_year_is_within_reach_and_agrees(year: int, month: int, day: int,
                                                   mentions: list[tuple[int, int, int]]
                                                   ) -> None:
    chosen = agreeing_year(month, day, year, mentions)
    if chosen is not None:
        assert year - REACH_YEARS <= chosen < year
        assert agreeing_year(month, day, chosen, mentions) is None


def test_cli_dispatch_and_its_reprint_are_one_story(tmp_path: Path) -> None:
    """The dispatch dated by its weekday joins its verbatim reprint, dated with its year,
    in one story; ``show`` says the weekday gave the year (t-final66 F1)."""
    lead = ("Un vasto incendio è divampato nella notte in un deposito di legname della zona "
            "artigianale di Poggibonsi. Una colonna di fumo è visibile da lontano.\n\n"
            "Il sindaco ha chiesto ai cittadini di tenere chiuse le finestre fino a "
            "mercoledì 30 novembre. L'Arpat sta effettuando rilevamenti sull'aria.\n\n"
            "\"Nessun ferito, ma i danni sono ingenti\", ha spiegato il comandante dei "
            "vigili del fuoco.")
    dispatch = tmp_path / "ansa.txt"
    dispatch.write_text("ANSA\n\nIncendio in un deposito di legname a Poggibonsi\n\n"
                        f"(ANSA) - SIENA, 28 NOV - {lead}\n", encoding="utf-8")
    reprint = tmp_path / "siena.txt"
    reprint.write_text("SienaNews\n\nPoggibonsi, incendio in un deposito di legname\n\n"
                       f"Redazione\n28 novembre 2022 09:10\n\n{lead}\n\nFonte: ANSA\n",
                       encoding="utf-8")
    stamp = FETCHED.timestamp()
    for path in (dispatch, reprint):
        os.utime(path, (stamp, stamp))
    data = str(tmp_path / "data")
    runner = CliRunner()
    for args in (["ingest", str(dispatch), "--source", "ansa.it"],
                 ["ingest", str(reprint), "--source", "siena.example"], ["enrich"]):
        assert runner.invoke(cli, ["--data-dir", data, *args]).exit_code == 0
    records = [json.loads(line) for line in
               runner.invoke(cli, ["--data-dir", data, "export"]).output.splitlines()]
    assert {r["content"]["published"][:10] for r in records} == {"2022-11-28"}
    stories = runner.invoke(cli, ["--data-dir", data, "stories"]).output
    assert "2 articles" in stories, stories
    ansa = next(r for r in records if r["source"] == "ansa.it")
    shown = runner.invoke(cli, ["--data-dir", data, "show", ansa["id"]]).output
    assert "the weekday the text writes gives it" in shown
