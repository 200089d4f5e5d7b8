"""A news agency's own site is read on its home country's clock (t-final51b A11): a capture
ingested with ``--source afp.com`` ("Publié le 15 janvier 2026 à 06h12", a dispatch on a
quake in Turkey) was read on Istanbul's clock from the places it names, as no outlet said
its country: afp.com is a .com, but the agency table says AFP is French. Real store, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.extract.timezones import outlet_home_zone


@pytest.mark.parametrize(("host", "zone"), [("afp.com", "Europe/Paris"),
                                            ("www.afp.com", "Europe/Paris"),
                                            ("ansa.it", "Europe/Rome"),
                                            ("efe.com", "Europe/Madrid")])
def test_an_agency_host_has_its_home_clock(host: str, zone: str) -> None:
    assert outlet_home_zone(host)[0] == zone


def test_an_unknown_dot_com_still_has_none() -> None:  # guard
    assert outlet_home_zone("example.com") == ("", "")


def test_an_afp_capture_on_paris_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    capture = tmp_path / "afp.txt"
    capture.write_text("\n\n".join([
        "Séisme de magnitude 5,8 dans l'est de la Turquie, pas de victime signalée",
        "Publié le 15 janvier 2026 à 06h12",
        "Un séisme de magnitude 5,8 a frappé jeudi la province de Malatya, dans l'est de la "
        "Turquie, sans faire de victime selon les premières informations des secours turcs.",
        "Les habitants de Malatya et d'Elazig sont sortis dans les rues par précaution, a "
        "indiqué l'agence de gestion des catastrophes, qui a dépêché des équipes sur place.",
    ]) + "\n", "utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture), "--source", "afp.com"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "latest", "--json"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["content"]["published"] == "2026-01-15T06:12:00+01:00"
