# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Text captures (t-final63 #2, #7; issue 14), outlets and people invented:

* a see-also label ("À LIRE AUSSI", "Lea también:", "LEGGI ANCHE »", "Lesen Sie auch",
  "READ MORE:"), whatever its case and marks, and the headline under it leave the body,
  also a headline shaped like a data line ("Incendie : 40 étudiants évacués"); the
  article's paragraph after it, signed by the author's name, stays;
* a capture whose only date is its address line's ``/yyyy/mm/dd/`` is dated that day;
* a footer "Publié le 14/02/2026 par Service communication" (a date in figures after a
  publication word, then a desk) dates the capture;
* a byline "Name - Weekday d month yyyy" (t-final63 #11) gives the author and the date.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import cli
from veille.extract import textshape as ts
from veille.extract.bare_byline import byline_before_date
from veille.extract.dates import url_day
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 6, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")

TEASED = """https://www.lecho-des-garrigues.fr/actu/2026/03/02/saint-gely-parking
L'ÉCHO DES GARRIGUES
Menu
S'abonner

Saint-Gély-du-Fesc : le parking de la gare routière agrandi cet été
02/03/2026 10:20
La commune ajoutera quatre-vingts places au parking relais, saturé chaque matin depuis la rentrée.
Les travaux commenceront en juin et dureront trois mois, pendant lesquels la moitié du parking restera ouverte. Le chantier coûtera 480 000 euros, financés par la métropole.
{label}
{teaser}
« Les usagers garent leur voiture jusque sur les trottoirs, il fallait agir », a justifié le maire, Michèle Lanfranchi, devant le conseil municipal de lundi soir.
Thibault Cazals

Vos réactions (0)
L'Écho des Garrigues - tous droits réservés
"""

LABELS = ["À LIRE AUSSI", "à lire également :", "► Lire aussi", "Lea también:",
          "LEGGI ANCHE »", "Lesen Sie auch", "READ MORE:", "Leer más…"]


def test_see_also_teaser_shaped_like_a_data_line_leaves_the_body() -> None:
    for label in LABELS:
        page = TEASED.format(label=label, teaser="Grabels : 30 familles relogées")
        result = extract_text_capture(page, fetched_at=FETCHED)
        body = "\n".join(result.paragraphs)
        assert "Grabels" not in body, label
        assert label not in body, label
        assert result.paragraphs[-1].startswith("« Les usagers garent"), label
        assert result.authors == ["Thibault Cazals"], label


@given(st.sampled_from(LABELS), st.sampled_from(["", " :", " >", " »", "…", ":"]),
       st.booleans())
def test_see_also_label_any_case_and_mark(label: str, mark: str, upper: bool) -> None:
    """The label is known whatever its case and the mark after it."""
    text = label.rstrip(" :»>…") + mark
    assert ts_see_also(text.upper() if upper else text)


def ts_see_also(text: str) -> bool:
    from veille.extract.text_capture import _SEE_ALSO
    return _SEE_ALSO.match(text) is not None


URL_ONLY = """https://www.nimes-quartiers.fr/actualites/2026/02/11/jean-jaures-fontaine
Nîmes Quartiers
Accueil  Quartiers  Agenda  Contact
Jean-Jaurès : la fontaine remise en eau après deux ans d'arrêt
La pompe changée, les bassins de l'avenue Jean-Jaurès coulent de nouveau depuis ce matin.
La fontaine de l'avenue Jean-Jaurès fonctionne de nouveau après deux ans d'arrêt, a annoncé la ville. La pompe, hors d'usage depuis 2024, a été remplacée pour 65 000 euros.
« Les riverains la réclamaient à chaque réunion de quartier », a indiqué l'adjoint aux travaux, Hervé Castanier. Elle sera arrêtée l'été en cas de sécheresse.
Les bassins seront nettoyés chaque mois.
"""

FOOTER = """Ganges Infos
Accueil | Vie locale | Associations | Sport
La piscine intercommunale ferme trois semaines pour vidange
Les bassins seront vidés et nettoyés à partir de lundi prochain, avant la saison d'été.
La piscine intercommunale de Ganges fermera trois semaines à partir de lundi prochain pour sa vidange annuelle. Les clubs s'entraîneront au Vigan pendant les travaux.
« C'est un arrêt obligatoire, nous l'avons placé pendant les vacances », a expliqué le directeur, Rémi Fabre. Le coût est de 22 000 euros.
Les abonnements seront prolongés d'autant.
Article publié le 14/02/2026 par Service communication
https://www.ganges-infos.fr/vie-locale/piscine-vidange
"""


def test_address_line_alone_dates_the_capture_by_day() -> None:
    result = extract_text_capture(URL_ONLY, fetched_at=FETCHED)
    assert result.published == datetime(2026, 2, 11, tzinfo=PARIS)
    assert result.published_has_time is False
    assert "address line" in result.evidence["published"]


def test_address_date_ahead_of_the_capture_is_not_read() -> None:
    result = extract_text_capture(URL_ONLY, fetched_at=datetime(2026, 1, 5, tzinfo=UTC))
    assert result.published is None


def test_footer_date_in_figures_then_a_desk_dates_the_capture() -> None:
    result = extract_text_capture(FOOTER, fetched_at=FETCHED)
    assert result.published == datetime(2026, 2, 14, tzinfo=PARIS)
    assert result.published_has_time is False
    assert not any("14/02/2026" in p for p in result.paragraphs)
    for line in ("Veröffentlicht am 12.03.2026 von Redaktion Neckarbote",
                 "Publicado el 03/03/2026 por la redacción",
                 "Article publié le 14/02/2026 par Service communication"):
        assert ts.is_dateline(line), line
    assert not ts.is_dateline("Publié le 14/02/2026, le rapport de la chambre régionale des comptes pointe une dette de 40 millions d'euros.")


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 31))
def test_url_day_reads_only_real_days(year: int, month: int, day: int) -> None:
    url = f"https://example.org/news/{year}/{month:02d}/{day:02d}/slug"
    try:
        wanted: datetime | None = datetime(year, month, day, tzinfo=PARIS)
    except ValueError:
        wanted = None
    assert url_day(url, PARIS) == wanted
    assert url_day(f"https://example.org/news/{year}{month:02d}{day:02d}-slug", PARIS) is None


def _export(tmp_path: Path, name: str, text: str) -> dict:
    runner = CliRunner()
    path = tmp_path / name
    path.write_text(text, "utf-8")
    data = tmp_path / f"data-{name}"
    ran = runner.invoke(cli, ["--data-dir", str(data), "ingest", str(path)])
    assert ran.exit_code == 0, ran.output
    out = runner.invoke(cli, ["--data-dir", str(data), "export", "--format", "jsonl"]).output
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(rows) == 1
    return rows[0]["content"]


def test_the_cli_stores_the_dates_and_drops_the_teaser(tmp_path: Path) -> None:
    """The real CLI, a real store: ingest then export."""
    url_only = _export(tmp_path, "url.txt", URL_ONLY)
    assert url_only["published"] == "2026-02-11T00:00:00+01:00"
    assert url_only["published_precision"] == "day"
    footer = _export(tmp_path, "footer.txt", FOOTER)
    assert footer["published"] == "2026-02-14T00:00:00+01:00"
    teased = _export(tmp_path, "teased.txt", TEASED.format(
        label="À LIRE AUSSI", teaser="Grabels : 30 familles relogées"))
    assert not any("Grabels" in p for p in teased["paragraphs"])
    assert teased["paragraphs"][-1].startswith("« Les usagers garent")


DASHED = """Le Petit Vidourle
Newsletter | Abonnez-vous | Le journal du jour
Gard  Sommières  Quissac  Sports

Sommières : le pont romain fermé aux voitures pendant l'été
La circulation sera réservée aux piétons et aux cyclistes de juin à septembre, à l'essai.
Mathilde Aubanel - Mercredi 4 mars 2026

Le pont romain de Sommières sera fermé aux voitures du 1er juin au 30 septembre, a annoncé la mairie, qui veut protéger l'ouvrage et apaiser le centre ancien.
« Nous ferons le bilan avec les commerçants à l'automne », a indiqué le maire, Jean-Luc Verdier. Une navette gratuite reliera les parkings au marché du samedi.

Le Petit Vidourle © 2026
https://www.petit-vidourle.fr/sommieres/pont-romain-pietons.html
"""


def test_dash_weekday_byline_gives_author_and_day() -> None:
    result = extract_text_capture(DASHED, fetched_at=FETCHED)
    assert result.authors == ["Mathilde Aubanel"]
    assert result.published == datetime(2026, 3, 4, tzinfo=PARIS)
    assert not any(text.startswith("Mathilde") for text, _ in result.dropped)
    assert byline_before_date("Laura Peiró | Viernes, 6 de marzo de 2026") == ["Laura Peiró"]
    assert byline_before_date("Giulia Pacelli - Venerdì 6 marzo 2026") == ["Giulia Pacelli"]
    assert byline_before_date("Nîmes - Mardi 10 février 2026") == []
