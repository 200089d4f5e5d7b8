"""The CLI says what it means (issue 14; t-final51 B2-B6, B9, B10; t-final51b B1, B4, B6-B8).

Each test runs the real CLI (:func:`veille.cli.main.main`, or the ``veille`` command for
another process) on a real store in ``tmp_path``:

- ``show`` (text) lists what enrichment found: entities by kind, places with their
  country, dates mentioned with value and ahead/past, quotes with speaker; ``--json`` has
  no new key;
- a date refused because it is after the fetch time is said beside "published: -";
- "(assumed zone: Europe/Paris)" / "(fuseau supposé …)": the zone is what is assumed;
- what veille's modules log reaches stderr as a ``warning:`` line, never a bare one;
- ``edit --source "Nonexistent Daily"`` says the name is in no outlet table, and the clock;
- ``place:`` of a gazetteer place no stored article names says so, and suggests no far
  name ("Flandres" is not a typo of "Londres");
- ``latest --tz``; relative query dates (``hier``, ``aujourd'hui``, ``yesterday``...);
- ``ingest`` does not send the user to ``veille enrich`` while a follower enriches;
- ``saved show`` hides the webhook secret unless ``--show-secret``.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from capture_kit import err, run_veille
from veille.cli.main import main
from veille.follower import BackgroundFollower
from veille.settings import Settings

CAPTURE = "\n\n".join([
    'Transports : la région commande vingt nouvelles rames',
    'Publié le mardi 3 novembre 2026 à 08h40',
    'La région Pays de la Loire a commandé mardi vingt rames supplémentaires pour '
    'ses lignes entre Nantes, Angers et Le Mans, a annoncé sa présidente.',
    '« Ces trains rouleront dès le 14 septembre 2027 sur la ligne Nantes-Angers », '
    "a déclaré Christelle Morançais lors d'une conférence de presse à Nantes.",
    'La SNCF doit livrer les premières rames en juin 2027, selon le conseil '
    'régional.',
]) + "\n"

FUTURE = "\n\n".join([
    "Agriculture : les vendanges s'achèvent en Bourgogne",
    'Publié le samedi 14 décembre 2041 à 10h15',
    'Les vignerons de Bourgogne ont terminé leurs vendanges avec trois semaines '
    "d'avance, une première selon l'interprofession.",
    'À Beaune, les caves coopératives ont reçu des raisins plus sucrés que '
    "d'habitude.",
]) + "\n"


def _veille(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data), *args])
    got = capsys.readouterr()
    return status, got.out, got.err


def _store(tmp_path: Path, capsys: pytest.CaptureFixture[str], *, enrich: bool = True
           ) -> tuple[Path, dict[str, str]]:
    data = tmp_path / "data"
    for name, text in (("a.txt", CAPTURE), ("b.txt", FUTURE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert _veille(capsys, data, "ingest", "--source", "ouest-france.fr",
                       str(tmp_path / name))[0] == 0
    if enrich:
        assert _veille(capsys, data, "enrich")[0] == 0
    _, listed, _ = _veille(capsys, data, "latest", "--json")
    ids = {json.loads(line)["content"]["title"].split()[0]: json.loads(line)["id"]
           for line in listed.splitlines()}
    return data, ids


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")


def test_show_lists_what_enrichment_found(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data, ids = _store(tmp_path, capsys)
    _, shown, _ = _veille(capsys, data, "show", ids["Transports"])
    _, as_json, _ = _veille(capsys, data, "show", ids["Transports"], "--json")
    record = json.loads(as_json)
    body = " ".join(" ".join(record["content"]["paragraphs"]).split())
    summary = [line for line in shown.splitlines()
               if line.strip() and " ".join(line.split()) not in body]
    text = "\n".join(summary)
    assert "Found by enrichment" in text
    assert "People: Christelle Morançais" in text
    assert re.search(r"- Nantes \(\w+, FR\)", text), text
    assert "- 2027-09-14 (day, ahead) “14 septembre 2027”" in text
    assert re.search(r"- Christelle Morançais: « Ces trains rouleront", text), text
    assert len(summary) < 40
    # --json as it was: the record, no summary of its own
    assert set(record) == {"id", "source", "url", "first_seen", "raw", "content", "dedup",
                           "enrichment", "ext"}


def test_show_says_enrichment_has_not_run(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data, ids = _store(tmp_path, capsys, enrich=False)
    _, shown, _ = _veille(capsys, data, "show", ids["Transports"])
    assert "Enrichment has not run on this article yet (`veille enrich`)" in shown


def test_a_refused_date_and_an_assumed_zone_are_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data, ids = _store(tmp_path, capsys, enrich=False)
    _, future, _ = _veille(capsys, data, "show", ids["Agriculture"])
    published = next(x for x in future.splitlines() if x.strip().startswith("published:"))
    assert published.startswith(" published: - (refused: 2041-12-14T10:15:00+01:00"), published
    assert "after the fetch time" in published
    _, shown, _ = _veille(capsys, data, "show", ids["Transports"])
    assert "(assumed zone: Europe/Paris)" in shown and "assumed time" not in shown
    _, latest, _ = _veille(capsys, data, "latest")
    assert "(assumed zone)" in latest and "assumed time" not in latest
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    _, shown, _ = _veille(capsys, data, "show", ids["Transports"])
    assert "(fuseau supposé: Europe/Paris)" in shown


def test_logged_warnings_are_warning_lines(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """t-final51b B1: what a module logs (the story state's replay) printed bare."""
    (tmp_path / "a.txt").write_text(CAPTURE, encoding="utf-8")
    assert _veille(capsys, tmp_path / "data", "ingest", str(tmp_path / "a.txt"))[0] == 0
    logging.getLogger("veille.ingest").warning("%s: replaying the store's latest articles "
                                               "instead", "the saved story state cannot "
                                               "follow the store's log from its position")
    printed = capsys.readouterr().err
    assert printed == ("warning: the saved story state cannot follow the store's log from "
                       "its position: replaying the store's latest articles instead\n")


def test_an_outlet_name_no_table_knows_is_said(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data, ids = _store(tmp_path, capsys, enrich=False)
    status, done, said = _veille(capsys, data, "edit", ids["Transports"], "--source",
                                 "Nonexistent Daily")
    assert status == 0 and "source Nonexistent Daily" in done
    assert said.startswith("note: “Nonexistent Daily” is not in veille's outlet table")
    assert "the article's times are now read so: assumed (Europe/Paris)" in said
    # a domain, or a name of the table, is no news
    for known in ("lemonde.fr", "Le Monde"):
        status, _, said = _veille(capsys, data, "edit", ids["Transports"], "--source", known)
        assert status == 0 and "outlet table" not in said, said


def test_a_known_place_no_article_names_and_near_suggestions(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, _ = _store(tmp_path, capsys)
    _, _, said = _veille(capsys, data, "search", "place:Marseille")
    assert "place:Marseille: no stored article names this place" in said
    _, _, said = _veille(capsys, data, "search", "place:Flandres")  # a region, not a typo
    assert "no stored article names this place" in said and "did you mean" not in said
    _, _, said = _veille(capsys, data, "search", "place:Nante")
    assert "did you mean place:Nantes?" in said


def test_typos_are_near_relative_to_length() -> None:
    from veille.search.source_hint import closest

    assert closest("Flandres", ["Londres", "Nantes"]) == []  # two edits in eight letters
    assert closest("Marseile", ["Marseille"]) == ["Marseille"]
    assert closest("Strasbourgg", ["Strasbourg"]) == ["Strasbourg"]


def test_latest_in_one_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, ids = _store(tmp_path, capsys, enrich=False)
    _, utc, _ = _veille(capsys, data, "latest", "--tz", "UTC")
    row = next(x for x in utc.splitlines() if x.startswith(ids["Transports"]))
    assert "2026-11-03 07:40 UTC (assumed zone)" in row
    undated = next(x for x in utc.splitlines() if x.startswith(ids["Agriculture"]))
    assert re.search(r"first seen \d{4}-\d\d-\d\d \d\d:\d\d UTC", undated)
    local = run_veille(["latest", "--tz", "local"], data_dir=data,
                       env={"TZ": "America/New_York", "LANG": "C"})
    assert "2026-11-03 02:40 UTC-5" in local.stdout.decode()
    status, _, said = _veille(capsys, data, "latest", "--tz", "Europe/paris")
    assert status == 2 and "did you mean Europe/Paris?" in said
    _, default, _ = _veille(capsys, data, "latest")
    assert "2026-11-03 08:40 UTC+1" in default  # unchanged without --tz


@pytest.mark.parametrize(("query", "shift"), [
    ("date:aujourd'hui", 0), ("date:aujourd’hui", 0), ("date:today", 0),
    ("date:hier", -1), ("date:yesterday", -1), ("date:demain", 1), ("date:tomorrow", 1)])
def test_relative_query_dates(query: str, shift: int) -> None:
    from veille.index.query import DateRange, parse_query, user_today

    parsed = parse_query(query)
    assert parsed.warnings == []
    node = parsed.node
    assert isinstance(node, DateRange) and node.start is not None
    assert node.start.date() == user_today() + timedelta(days=shift)


def test_relative_dates_search_the_store(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    data, ids = _store(tmp_path, capsys, enrich=False)
    for query in ("after:hier", "date:aujourd'hui", "before:yesterday", "date:today"):
        status, _, said = _veille(capsys, data, "search", query)
        assert status == 0 and "not a date" not in said, (query, said)
    _, found, _ = _veille(capsys, data, "search", "before:demain")
    assert ids["Transports"] in found
    assert date(2026, 11, 3) < date.today() + timedelta(days=1)


def test_saved_show_hides_the_secret(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_FETCH_ALLOW", "127.0.0.1")
    data = tmp_path / "data"
    status, added, _ = _veille(capsys, data, "saved", "add", "trains", "rames", "--webhook",
                               "http://127.0.0.1:9/hook")
    assert status == 0
    secret = re.findall(r"[0-9a-f]{64}", added)[0]
    _, shown, _ = _veille(capsys, data, "saved", "show", "trains")
    assert secret not in shown and "webhook secret: hidden (`--show-secret` prints it)" in shown
    _, as_json, _ = _veille(capsys, data, "saved", "show", "trains", "--json")
    assert secret not in as_json and json.loads(as_json)["secret"] is None
    _, asked, _ = _veille(capsys, data, "saved", "show", "trains", "--show-secret")
    assert f"webhook secret: {secret}" in asked
    _, asked, _ = _veille(capsys, data, "saved", "show", "trains", "--json", "--show-secret")
    assert json.loads(asked)["secret"] == secret


def test_ingest_says_a_follower_enriches(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """t-final51 B9: "await `veille enrich`" while `serve --watch` enriched them."""
    data = tmp_path / "data"
    (tmp_path / "a.txt").write_text(CAPTURE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FUTURE, encoding="utf-8")
    alone = run_veille(["ingest", "--source", "ouest-france.fr", str(tmp_path / "a.txt")],
                       data_dir=data)
    assert "await" in err(alone) and "`veille enrich`" in err(alone)
    follower = BackgroundFollower(Settings(data_dir=data), "enrichment", tick=3600).start()
    try:
        followed = run_veille(["ingest", "--source", "ouest-france.fr",
                               str(tmp_path / "b.txt")], data_dir=data)
    finally:
        follower.stop(timeout=120)
    assert followed.returncode == 0, err(followed)
    assert "await" not in err(followed), err(followed)
    assert "being enriched by the running follower" in err(followed) or \
        "enrichment:" not in err(followed)
