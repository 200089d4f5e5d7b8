"""Regression (t-final28 F1, q-first28): a later copy was made the original of an earlier one.

France Bleu Isère's capture ("Mardi 10 février 2026 à 10:15", no zone: read in Paris,
assumed; "Par France Bleu Isère avec AFP") and Le Figaro's page (09:32+01:00 given by the
page, "Le Figaro avec AFP"): the assumed 10:15 spanned every clock France prints (Papeete to
Wallis), so the two were "in no known order" and Le Figaro, read second, became France
Bleu's "reprint"; the story said "first published by francebleu.fr or Le Figaro". With
AFP's dispatch (09:05+01:00) the story said "first published by afp.com or francebleu.fr"
while France Bleu credits AFP. An assumed zone is now the outlet's own (Paris) unless the
page says it is an overseas territory's, and a copy crediting an agency is no original
over an earlier copy (``dedup/home_clock.py``). The tester's files
(``tests/fixtures/final28``), a real SQLite store, the CLI in process."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.dedup.home_clock import credits_agency, read_order
from veille.dedup.published_order import outlet_text
from veille.extract.timezones import outlet_zones
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parent.parent / "fixtures" / "final28"
BLEU = ("francebleu-roussillon.txt", "francebleu.fr")
FIGARO = ("lefigaro-roussillon.html", None)
AFP = ("afp-roussillon-v1.json", None)


def ingest(store: SQLiteStore, name: str, source: str | None) -> str:
    [found] = ingest_texts(store, [(name, (FIXTURES / name).read_bytes())],
                           source=source).new_ids
    return found


def relation(store: SQLiteStore, article_id: str) -> tuple[str, str | None]:
    dedup = store.get(article_id).dedup
    assert dedup is not None
    return (dedup.relation or "", dedup.duplicate_of)


@pytest.mark.parametrize("reverse", [False, True])
def test_the_earlier_credited_copy_is_the_original_in_both_orders(
        store: SQLiteStore, reverse: bool) -> None:
    """Le Figaro's 09:32 (stated) is the original of France Bleu's 10:15 (Paris, assumed),
    whichever is read first; the story is first published by Le Figaro, with no tie."""
    pair = [FIGARO, BLEU] if reverse else [BLEU, FIGARO]
    ids = dict(zip((p[0] for p in pair), (ingest(store, *p) for p in pair), strict=True))
    figaro, bleu = ids[FIGARO[0]], ids[BLEU[0]]
    assert relation(store, figaro) == ("", None)
    assert relation(store, bleu) == ("reprint", figaro)
    [summary] = store.stories(limit=5)
    assert summary.first_source == store.get(figaro).source
    assert summary.first_tied == ()


def test_the_agency_is_first_and_its_credited_copy_no_tie(
        settings: Settings, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The tester's order (Le Figaro, France Bleu, then AFP): AFP's dispatch is the
    original of both, the story "first published by afp.com" at 09:05 with no "or
    francebleu.fr", and the CLI's JSON and text say the same."""
    monkeypatch.setenv("LANGUAGE", "en")
    store = SQLiteStore.open(settings.store_path)
    try:
        figaro, bleu, afp = (ingest(store, *p) for p in (FIGARO, BLEU, AFP))
        assert relation(store, afp) == ("", None)
        assert {relation(store, figaro)[1], relation(store, bleu)[1]} == {afp}
        [summary] = store.stories(limit=5)
        assert (summary.first_source, summary.first_tied) == ("afp.com", ())
    finally:
        store.close()
    capsys.readouterr()
    assert main(["--data-dir", str(settings.data_dir), "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert (story["first_source"], story["first_tied"]) == ("afp.com", [])
    assert main(["--data-dir", str(settings.data_dir), "stories"]) == 0
    text = capsys.readouterr().out
    assert "first published by afp.com, 2026-02-10 09:05" in text
    assert "order unknown" not in text


def test_an_overseas_page_keeps_the_territories_clocks() -> None:
    """Evidence that a page may print an overseas clock: its outlet name or address names a
    territory, or the outlet is the overseas press; a metropolitan page's does not (the
    rule q-first28 and f-order28 both wrote, kept once in ``outlet_zones``)."""
    def zones(source: str, url: str = "") -> set[str]:
        return {z.key for z in outlet_zones("Europe/Paris", outlet_text(source, url, ""))}

    assert "America/Martinique" in zones(
        "la1ere.francetvinfo.fr", "https://la1ere.francetvinfo.fr/martinique/marche.html")
    assert "Indian/Reunion" in zones("Réunion la 1ère")
    assert zones("francebleu.fr", "https://www.francebleu.fr/infos/faits-divers/x") == {
        "Europe/Paris"}
    assert zones("lefigaro.fr", "https://www.lefigaro.fr/faits-divers/x") == {"Europe/Paris"}


def test_read_order_only_for_agency_credits() -> None:
    """The read order decides only when a copy credits a news agency, beyond the
    tolerance; a byline's desk is no agency."""
    early = (datetime.fromisoformat("2026-02-10T09:32:00+01:00"), "time")
    late = (datetime.fromisoformat("2026-02-10T10:15:00+01:00"), "time")
    five = timedelta(minutes=5)
    assert credits_agency("AFP") and not credits_agency("Actu Réunion")
    assert read_order(early, "AFP", late, "AFP", five) is True
    assert read_order(late, "AFP", early, "", five) is False
    assert read_order(early, "Actu Réunion", late, "", five) is None
    assert read_order(early, "AFP", (early[0] + timedelta(minutes=3), "time"), "AFP",
                      five) is None
