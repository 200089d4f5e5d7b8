"""A given source is a domain or an outlet's name, checked in one place for the CLI, the
write API and the Python API (t-final28 F11: ``veille ingest … --source 'http://'`` made an
outlet "http://", ``--source '   '`` a blank one: "first published by    , 2026-02-11").

And a broken line of a body sent as ``application/x-ndjson`` is not told to be sent as
``application/x-ndjson`` (t-final28 F13): the hint says what to do about the line.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from web_kit import TOKEN

import veille
from capture_kit import err, run_veille
from veille.cli.main import main
from veille.errors import ArgumentError
from veille.source_name import checked_source

FIXTURES = Path(__file__).parents[1] / "fixtures" / "t-final28"
TEXT = ("Le conseil municipal de Millau a voté jeudi soir la rénovation de la piscine "
        "municipale, fermée depuis deux ans, pour un coût de quatre millions d'euros.\n\n"
        "Les travaux doivent commencer au printemps, a précisé le maire devant les élus.")
JUNK = ["http://", "   ", "", "https://", "http:", "---", "://", "ftp://x.fr", "x" * 101]


@pytest.mark.parametrize("junk", JUNK)
def test_the_cli_refuses_junk_in_one_line_and_stores_nothing(
        tmp_path: Path, junk: str, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "capture.txt"
    capture.write_text("Millau : la piscine sera rénovée\n\n" + TEXT, "utf-8")
    capsys.readouterr()
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture), "--source", junk]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("error: the given source ")
    assert "domain" in line
    assert not data.exists()


def _stored_sources(tmp_path: Path, given: str) -> list[str]:
    """The sources stored by ``veille ingest CAPTURE --source GIVEN`` (a real CLI run)."""
    capture = tmp_path / "capture.txt"
    capture.write_text("Millau : la piscine sera rénovée\n\n" + TEXT, "utf-8")
    data = tmp_path / "data"
    done = run_veille(["ingest", str(capture), "--source", given], data_dir=data)
    assert done.returncode == 0, err(done)
    with veille.open(data) as v:
        return [a.source for a in v.store.iter_articles()]


def test_the_cli_trims_a_good_source(tmp_path: Path) -> None:
    assert _stored_sources(tmp_path, "  Midi   Libre ") == ["Midi Libre"]


def test_the_python_api_refuses_junk(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        with pytest.raises(ArgumentError, match="is an address"):
            v.ingest_bytes([("capture.txt", TEXT.encode())], source="http://")
        with pytest.raises(ArgumentError, match="is empty"):
            v.ingest(FIXTURES / "lefigaro-roussillon.html", source="  ")
        assert v.store.counts()["articles"] == 0


def test_the_api_refuses_junk_with_422(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    for junk in ("http://", "   ", "--", "https://www.lemonde.fr/x"):
        answer = client.post("/api/v1/articles", params={"source": junk},
                             content=TEXT.encode(), headers=auth)
        assert answer.status_code == 422, answer.text
        error = answer.json()["error"]
        assert error["message"].startswith("the given source")
        assert "domain" in error["hint"]
    french = client.post("/api/v1/articles", params={"source": "http://"},
                         content=TEXT.encode(), headers={**auth, "accept-language": "fr"})
    assert french.json()["error"]["localized_message"].startswith("la source donnée")


def test_a_broken_ndjson_line_gets_advice_about_the_line(client: httpx.Client) -> None:
    good = json.dumps({"title": "Millau : la piscine sera rénovée", "text": TEXT},
                      ensure_ascii=False)
    body = f'{good}\n{{"title": "coupé\n'.encode()
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "application/x-ndjson"}
    posted = client.post("/api/v1/articles", content=body, headers=auth)
    assert posted.status_code in (200, 201), posted.text
    [problem] = posted.json()["problems"]
    assert problem["origin"] == "the request body#2"
    assert problem["message"].startswith("broken JSON line (")  # the parse error kept
    assert "x-ndjson" not in problem["hint"]  # not "send it as what you sent"
    assert problem["hint"].startswith("fix that line")
    refused = client.post("/api/v1/articles", content='{"title": "coupé\n'.encode(),
                          headers={**auth, "accept-language": "fr"})
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert "x-ndjson" not in error["hint"] and error["hint"].startswith("fix that line")
    assert error["localized_hint"].startswith("corrigez cette ligne")
    as_json = client.post("/api/v1/articles", content='{"title": "coupé'.encode(),
                          headers={**auth, "content-type": "application/json"})
    assert "application/x-ndjson" in as_json.json()["error"]["hint"]  # the other type


@given(st.text(max_size=120))
def test_checked_source_accepts_or_refuses_in_one_line(value: str) -> None:
    try:
        found = checked_source(value)
    except ArgumentError as refused:
        assert "\n" not in refused.one_line()
        return
    assert found and found == found.strip() and "  " not in found
    assert checked_source(found) == found  # idempotent


@pytest.mark.parametrize(("value", "why"), [
    ("lemonde.fr/politique", "a page's address"),
    ("www.lemonde.fr/politique/", "a page's address"),
    ("localhost", "names this machine"),
    ("a", "neither a domain"),
    ('"><img src=x onerror=alert(1)>Le Midi', "neither a domain"),
])
def test_a_path_the_machine_a_letter_or_markup_is_no_outlet(value: str, why: str) -> None:
    """Regression (t-final29 F11): each was stored as an outlet (the API answered 201)."""
    with pytest.raises(ArgumentError, match=why):
        checked_source(value)


def test_a_fully_qualified_domain_is_the_same_outlet(tmp_path: Path) -> None:
    """Regression (t-final29 F11): ``lemonde.fr.`` was an outlet apart from ``lemonde.fr``,
    one site counted as two sources."""
    assert checked_source("lemonde.fr.") == checked_source("www.lemonde.fr.") == "lemonde.fr"
    assert checked_source("Var-Matin/Nice") == "Var-Matin/Nice"  # a name with a slash
    assert _stored_sources(tmp_path, "lemonde.fr.") == ["lemonde.fr"]


def test_the_api_says_why_a_page_address_is_refused_in_french(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain",
            "accept-language": "fr"}
    answer = client.post("/api/v1/articles", params={"source": "lemonde.fr/politique"},
                         content=TEXT.encode(), headers=auth)
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["localized_message"].startswith("la source donnée 'lemonde.fr/politique' est "
                                                 "l'adresse d'une page"), error
