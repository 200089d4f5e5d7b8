"""A saved capture's layout is computed once per article (issue #13, r-speed61).

A saved file's capture time is unknown, so the extraction stage asks whether its dates move
with the reference time by extracting it again a day later
(``ExtractStage._relative_update_unknown``). That second extraction re-split, re-classified
and re-chose the whole capture (~60 % of a probed capture's time); within
:func:`veille.extract.text_capture.one_layout` it reuses the first one's layout and reads
only its dates again. The reuse must change no output: checked here against extractions
made apart, on fixed captures and on generated ones (hypothesis)."""

from __future__ import annotations

import cProfile
import dataclasses
import json
import os
import pstats
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.extract.dates import probing_relative
from veille.extract.text_capture import CaptureResult, extract_text_capture, one_layout

FILE_TIME = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)

# Invented outlets and people (CC0).
SAVED = {
    "maj.txt": "Le Petit Riverain\nAccueil  Région  Sports\n\n"
               "La passerelle de Saint-Ortaire rouvre aux piétons après six mois de travaux\n\n"
               "Les cyclistes devront encore attendre le printemps.\n\n"
               "Par Aurore Machelard\nPublié le 12 novembre 2026 à 07h30\n"
               "Mis à jour il y a 2 heures\n\n"
               "La passerelle qui enjambe la Vézoune à Saint-Ortaire a rouvert aux piétons, "
               "six mois après sa fermeture pour des travaux de consolidation.\n\n"
               "« Les riverains attendaient ce moment », a déclaré le maire, Gaspard Thivolle, "
               "lors d'une courte visite sur place avec les techniciens du département.\n\n"
               "Les travaux, d'un montant de 900 000 euros, ont été financés par la commune "
               "et le département.\n\nPartager\n",
    "ago.txt": "THE FENWICK GAZETTE\nNews | Sport\n\n"
               "Council approves night bus trial on the Orchard Road route\n\n"
               "By Tamsin Vell\nUpdated 4 hours ago\n\n"
               "Fenwick council has approved a six-month trial of a night bus on the Orchard "
               "Road route, with buses every forty minutes on Friday and Saturday nights.\n\n"
               "\"Young people and shift workers have asked for this for years,\" said "
               "councillor Rufus Hale, who proposed the trial at the council's meeting.\n\n"
               "The trial will cost about 85,000 pounds and starts in February.\n",
    "nodate.txt": "Diario del Páramo\nPortada | Comarca\n\n"
                  "El mercado de abastos de Villarrasa amplía su horario los sábados\n\n"
                  "Por Elvira Castañar\n\n"
                  "El mercado de abastos de Villarrasa abrirá los sábados por la tarde a partir "
                  "del mes que viene, según acordaron los comerciantes con el ayuntamiento.\n\n"
                  "«Muchos vecinos trabajan entre semana y solo pueden comprar el sábado», "
                  "explicó la presidenta de la asociación, Herminia Sotillo.\n\n"
                  "El ayuntamiento reforzará la limpieza del recinto esos días.\n",
}


def _splits(profile: cProfile.Profile) -> int:
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(calls for (file, _, name), (_, calls, *_) in stats.items()
               if name == "split_blocks" and file.endswith("blocks.py"))


def test_cli_ingest_of_saved_captures_splits_each_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``veille ingest DIR`` of saved captures whose dates make the stage probe them (a
    relative update, a relative publication, no date; each under a masthead that names its
    source) splits each capture into blocks once (base: twice), and stores them with their
    relative dates unknown, as before."""
    folder = tmp_path / "saved"
    folder.mkdir()
    for name, text in SAVED.items():
        (folder / name).write_text(text, "utf-8")
        os.utime(folder / name, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    data = tmp_path / "data"
    profile = cProfile.Profile()
    profile.enable()
    try:
        status = main(["--data-dir", str(data), "ingest", str(folder)])
    finally:
        profile.disable()
    assert status == 0
    assert (data / "veille.sqlite3").is_file()
    assert _splits(profile) == len(SAVED)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export"]) == 0
    stored = {Path(r["raw"]["origin"]).name: r["content"] for r in
              (json.loads(line) for line in capsys.readouterr().out.splitlines() if line)}
    assert set(stored) == set(SAVED)
    assert stored["maj.txt"]["updated"] is None  # "il y a 2 heures": from an unknown time
    assert stored["maj.txt"]["published"].startswith("2026-11-12")
    assert stored["ago.txt"]["updated"] is None and stored["ago.txt"]["published"] is None
    assert stored["nodate.txt"]["published"] is None


def _fresh(text: str, fetched_at: datetime, probing: bool, **kwargs: object) -> CaptureResult:
    if probing:
        with probing_relative():
            return extract_text_capture(text, fetched_at=fetched_at, **kwargs)  # type: ignore[arg-type]
    return extract_text_capture(text, fetched_at=fetched_at, **kwargs)  # type: ignore[arg-type]


def _reused(text: str, first_at: datetime, again_at: datetime, probing: bool,
            **kwargs: object) -> tuple[CaptureResult, CaptureResult]:
    with one_layout():
        first = extract_text_capture(text, fetched_at=first_at, **kwargs)  # type: ignore[arg-type]
        # a caller changing the first result changes nothing of the second
        first_copy = dataclasses.replace(first, paragraphs=list(first.paragraphs),
                                         evidence=dict(first.evidence))
        first.paragraphs.append("changed")
        first.evidence["changed"] = "yes"
        again = _fresh(text, again_at, probing, **kwargs)
    return first_copy, again


@pytest.mark.parametrize("name", sorted(SAVED))
@pytest.mark.parametrize("probing", [False, True])
def test_a_reused_layout_dates_as_a_fresh_extraction(name: str, probing: bool) -> None:
    text = SAVED[name]
    later = FILE_TIME + timedelta(days=1)
    first, again = _reused(text, FILE_TIME, later, probing, outlet="", site_url=None)
    assert first == _fresh(text, FILE_TIME, False, outlet="", site_url=None)
    assert again == _fresh(text, later, probing, outlet="", site_url=None)


def test_other_arguments_are_not_reused() -> None:
    """Another source (outlet, site) or chrome is another layout: computed again."""
    text = SAVED["maj.txt"]
    with one_layout():
        extract_text_capture(text, fetched_at=FILE_TIME)
        profile = cProfile.Profile()
        profile.enable()
        named = extract_text_capture(text, fetched_at=FILE_TIME, outlet="Le Petit Riverain")
        profile.disable()
    assert _splits(profile) == 1
    assert named == extract_text_capture(text, fetched_at=FILE_TIME, outlet="Le Petit Riverain")


_LINES = st.sampled_from([
    "Publié le 3 décembre 2026 à 10h15", "Mis à jour il y a 3 heures", "Hier à 18h30",
    "Aujourd'hui à 23h50", "Updated 5 hours ago", "Published today at 11:52 PM",
    "Heute, 14:05 Uhr", "Ieri alle 18:30", "2 de diciembre de 2026", "Le 28 novembre à 7h45",
    "Par Anselme Vidrac", "By Orla Kinsella", "Partager", "À lire aussi", "Accueil  Sports",
    "Le conseil municipal de Brévannes a voté le budget de l'école après un long débat.",
    "The harbour board of Kestrel Isle approved the new pier after a year of talks.",
    "La biblioteca de Torrequemada abre por la noche durante los exámenes de enero.",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_LINES, min_size=1, max_size=14), hours=st.integers(1, 72),
       probing=st.booleans())
def test_reuse_never_changes_a_result(lines: list[str], hours: int, probing: bool) -> None:
    """Any capture of headlines, bylines, absolute and relative datelines and prose,
    dated again at another reference within :func:`one_layout`, gives what a fresh
    extraction at that reference gives."""
    text = "\n\n".join(lines)
    later = FILE_TIME + timedelta(hours=hours)
    try:
        expected = _fresh(text, later, probing)
    except Exception as exc:  # noqa: BLE001 - a refusal must be refused alike
        with one_layout():
            try:
                extract_text_capture(text, fetched_at=FILE_TIME)
            except Exception:  # noqa: BLE001, S110 - the first reading may refuse too
                pass
            with pytest.raises(type(exc)):
                _fresh(text, later, probing)
        return
    assert _reused(text, FILE_TIME, later, probing)[1] == expected
