# ruff: noqa: E501, W291  (the captures hold paragraphs on one line, and datelines with their trailing space, as pages do)
"""Text captures (t-final63 #6, t-check63 #6 and #7; issue 14), outlets and people invented:

* an agency's dateline alone on its line, the lead on the next ("Teruel, 9 ene (EFE).- ",
  "(ANSA) - LECCO, 4 GEN - ", "Kassel (dpa) - ") dates the capture and credits the agency;
  the standfirst above it stays the lead; lines that only end on a dash stay apart;
* an agency's rights notice ("Está expresamente prohibida la redistribución …", "Tous droits
  de reproduction et de représentation réservés.") leaves the body, a sentence reporting a
  ban stays;
* an outlet's name on the capture's first line, or under its address, right over the
  headline with no menu, is its masthead (site name, and source with no address).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import cli
from veille.extract import textshape as ts
from veille.extract.alone_datelines import join_alone_datelines
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2027, 1, 20, tzinfo=UTC)

EFE_ALONE = """Diario del Jiloca
Portada  Aragón  Deportes
La nieve corta tres carreteras de la sierra de Albarracín durante la noche
Las quitanieves trabajan desde la madrugada para reabrir los accesos a los pueblos
Redacción
Teruel, 9 ene (EFE).- 
La nieve caída durante la noche ha obligado a cortar tres carreteras de la sierra de Albarracín, según ha informado la Dirección General de Tráfico.
"Pedimos a los conductores que no salgan si no es imprescindible", ha dicho el delegado del Gobierno, Ramiro Escuain Lahoz, en una rueda de prensa.
Los colegios de la comarca abrirán con una hora de retraso.
© EFE 2027. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.
"""

ANSA_ALONE = """https://www.ecodilecco.it/cronaca/2027/01/04/funivia-ferma
Eco di Lecco
Funivia ferma per il vento, escursionisti riportati a valle a piedi
(ANSA) - LECCO, 4 GEN - 
La funivia dei Piani d'Erna è rimasta ferma per tutta la giornata a causa delle raffiche di vento, e una cinquantina di escursionisti sono stati accompagnati a valle a piedi dal soccorso alpino.
"Nessuno ha corso rischi", ha spiegato il capostazione, Guido Valsecchi, in serata.
Il servizio riprenderà domani mattina se il vento calerà.
RIPRODUZIONE RISERVATA © Copyright ANSA
"""


def test_an_agency_dateline_alone_dates_and_credits_the_capture() -> None:
    result = extract_text_capture(EFE_ALONE, fetched_at=FETCHED)
    assert result.published is not None and result.published.date().isoformat() == "2027-01-09"
    assert result.evidence.get("credit") == "EFE"
    assert result.lead.startswith("Las quitanieves trabajan")
    assert result.paragraphs[0].startswith("Teruel, 9 ene (EFE).- La nieve")
    assert not any("prohibida" in p for p in result.paragraphs)
    assert result.paragraphs[-1].startswith("Los colegios")
    ansa = extract_text_capture(ANSA_ALONE, fetched_at=FETCHED)
    assert ansa.evidence.get("credit") == "ANSA"
    assert ansa.masthead == "Eco di Lecco"


def test_only_a_whole_dateline_is_joined() -> None:
    text = "Kassel (dpa) - \nDie Stadt Kassel hat am Montag alle Freibäder geschlossen, teilte sie mit.\n"
    assert join_alone_datelines(text) == "Kassel (dpa) - Die Stadt Kassel hat am Montag alle Freibäder geschlossen, teilte sie mit.\n"
    for text in ("Programme du week-end -\nLe marché de Noël ouvre samedi sur la place, avec quarante chalets.\n",
                 "Teruel, 9 ene (EFE).- \nSí.\n",
                 "Résultats : \nLe club a gagné trois matches de suite depuis le début du mois.\n"):
        assert join_alone_datelines(text) == text


@given(st.lists(st.text(alphabet="abcdeé ,.()XYZ0123456789", max_size=40), max_size=8))
def test_lines_ending_on_no_separator_are_left_as_they_are(lines: list[str]) -> None:
    text = "\n".join(line.rstrip(" -–—:") for line in lines)
    assert join_alone_datelines(text) == text


def test_rights_notices_of_agencies_are_notices_a_reported_ban_is_not() -> None:
    for notice in ("Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.",
                   "Tous droits de reproduction et de représentation réservés.",
                   "É proibida a reprodução deste conteúdo sem autorização prévia.",
                   "This material may not be published, broadcast, rewritten or redistributed.",
                   "جميع الحقوق محفوظة"):
        assert ts.is_copyright(notice), notice
        assert ts.block_shape(notice).head == "notice", notice
    for sentence in ("El juez recordó que la ley prohíbe la reproducción de las obras del museo.",
                     "La reproduction des tortues est surveillée de près par les biologistes du parc."):
        assert not ts.is_copyright(sentence)
        assert ts.block_shape(sentence).head != "notice"


def _export(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    data = tmp_path / f"data-{name}"
    runner = CliRunner()
    ran = runner.invoke(cli, ["--data-dir", str(data), "ingest", str(path)])
    assert ran.exit_code == 0, ran.output
    out = runner.invoke(cli, ["--data-dir", str(data), "export", "--format", "jsonl"]).output
    return next(json.loads(line) for line in out.splitlines() if line.startswith("{"))


def test_the_cli_stores_the_outlet_date_and_credit(tmp_path: Path) -> None:
    row = _export(tmp_path, "efe.txt", EFE_ALONE)
    assert row["content"]["evidence"]["credit"] == "EFE"
    assert row["content"]["published"][4:10] == "-01-09"  # the year: the file time's
    bare = _export(tmp_path, "pt.txt", """Gazeta do Mondego
Ponte de Santa Clara fecha ao trânsito durante duas semanas para obras
Coimbra, 12 jan 2027 (Lusa) - A ponte de Santa Clara, em Coimbra, fecha ao trânsito a partir de segunda-feira durante duas semanas para obras de reparação do tabuleiro, anunciou hoje a câmara municipal.
"Não havia alternativa", afirmou o vereador das obras, Aurélio Mendanha, em conferência de imprensa.
Os autocarros serão desviados pela ponte Rainha Santa Isabel.
""")
    assert row["content"]["site_name"] == "Diario del Jiloca"
    assert bare["content"]["site_name"] == "Gazeta do Mondego"
    assert bare["source"] == "Gazeta do Mondego"


def test_a_title_case_label_under_the_address_is_no_masthead() -> None:
    page = ANSA_ALONE.replace("Eco di Lecco", "Serie Cadetta")
    assert extract_text_capture(page, fetched_at=FETCHED).masthead == ""
