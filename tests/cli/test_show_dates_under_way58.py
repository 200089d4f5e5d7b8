"""`veille show`'s dates mentioned: a year, month or week in progress at publication is
"under way", not "past" ("en 2026", "cette année" in an article of February 2026;
t-final58 #14), while a past year stays "past" and a coming one "ahead"; an undated
article's dates say they are counted from the day veille first saw it, as the web page
does (t-final58 #1). A real store through the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli.enrichment_text import span_end
from veille.cli.main import cli

DATED = """L'Écho de la Loire

Nantes : le tramway sera mis en service en 2026

Publié le 12 février 2026 à 10h00

La métropole de Nantes a confirmé jeudi que la nouvelle ligne de tramway serait mise en \
service en 2026, comme prévu, et que les travaux du pont seraient achevés cette année.

Le coût du chantier avait déjà dépassé de 15 % le budget voté en 2025.
"""
UNDATED = """Le Réveil du Morvan

Autun : la piscine municipale rouvrira mercredi

La piscine municipale d'Autun, fermée depuis l'automne pour des travaux d'étanchéité, \
rouvrira ses portes mercredi, a annoncé la mairie.

Les horaires d'ouverture seront élargis le week-end.
"""


def _run(data: Path, *args: str) -> str:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), *args])
    assert ran.exit_code == 0, ran.output
    return ran.output


def _line(shown: str, said: str) -> str:
    return next(x for x in shown.splitlines() if f"“{said}”" in x)


def test_under_way_and_first_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_LANG", "en")
    data = tmp_path / "data"
    for name, text in (("nantes.txt", DATED), ("autun.txt", UNDATED)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        _run(data, "ingest", str(tmp_path / name), "--source", name[:-4] + ".fr")
    _run(data, "enrich")
    ids = {line.split()[-1]: line.split()[0] for line in _run(data, "latest").splitlines()}
    nantes = _run(data, "show", next(i for t, i in ids.items() if "2026" in t))
    assert "(year, under way)" in _line(nantes, "en 2026")
    assert "(year, under way)" in _line(nantes, "cette année")
    assert "(year, past)" in _line(nantes, "en 2025")
    autun = _run(data, "show", next(i for t, i in ids.items() if t == "mercredi"))
    assert "first saw the article" in _line(autun, "mercredi")


@pytest.mark.parametrize(("first", "granularity", "last"), [
    (date(2026, 1, 1), "year", date(2026, 12, 31)),
    (date(2026, 2, 1), "month", date(2026, 2, 28)),
    (date(2026, 12, 1), "month", date(2026, 12, 31)),
    (date(2026, 10, 1), "quarter", date(2026, 12, 31)),
    (date(2026, 3, 2), "week", date(2026, 3, 8)),
    (date(2026, 3, 7), "weekend", date(2026, 3, 8)),
    (date(2026, 3, 7), "day", date(2026, 3, 7)),
])
def test_span_end(first: date, granularity: str, last: date) -> None:
    assert span_end(first, granularity) == last
