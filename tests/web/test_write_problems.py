"""Refused items carry their fields (where, what, why, what to do) from ingest to its
users: the CLI prints each as one line, the write API returns them as JSON fields in the
client's terms and language (note8: the API rewrote ingest's error sentences, dropping a
file's hint by guessing at its words). Real server on 127.0.0.1, real store."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from web_kit import TOKEN

from capture_kit import err, run_veille
from veille.errors import ItemProblem
from veille.service import Veille
from veille.settings import Settings

GOOD = json.dumps({"title": "Millau : la piscine rouvre ses bassins extérieurs",
                   "text": "La piscine municipale de Millau rouvre samedi ses bassins "
                           "extérieurs après deux ans de travaux, a annoncé la mairie."},
                  ensure_ascii=False)
BAD = '{"title": "coupé", '


def test_ingest_keeps_each_refused_item_as_fields(tmp_path: Path) -> None:
    with Veille(Settings(data_dir=tmp_path / "data")) as service:
        summary = service.ingest_bytes([("records.jsonl", f"{GOOD}\n{BAD}\n".encode())])
    assert (summary.new, summary.failed) == (1, 1)
    problem = summary.problems[0]
    assert (problem.origin, problem.reason) == ("records.jsonl#2", "bad-json")
    assert problem.message.startswith("broken JSON line (")
    assert "(" not in problem.hint and problem.hint  # the file's own advice, apart
    assert summary.errors == [problem.one_line()]
    assert summary.as_dict()["problems"] == [problem.as_dict()]
    assert problem.in_input("records.jsonl") == "#2"
    assert problem.in_input("records.json") is None


def test_the_cli_prints_each_problem_on_one_line(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(f"{GOOD}\n{BAD}\n", "utf-8")
    done = run_veille(["ingest", str(records)], data_dir=tmp_path / "data")
    lines = [line for line in err(done).splitlines() if "failed: " in line and "#2" in line]
    assert len(lines) == 1
    problem = ItemProblem(f"{records}#2", "bad-json", "x")
    assert lines[0].strip().startswith(f"failed: {problem.origin}: broken JSON line (")


def test_the_api_returns_each_problem_as_fields_in_the_client_terms(
        client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "application/x-ndjson",
            "accept-language": "fr"}
    posted = client.post("/api/v1/articles", content=f"{GOOD}\n{BAD}\n".encode(),
                         headers=auth)
    assert posted.status_code in (200, 201), posted.text
    [problem] = posted.json()["problems"]
    assert problem["origin"] == "the request body#2"
    assert problem["reason"] == "bad-json"
    assert problem["message"].startswith("broken JSON line (")
    # not a file's hint, nor "send JSON Lines as application/x-ndjson" (what was sent:
    # t-final28 F13)
    assert problem["hint"].startswith("fix that line")
    assert problem["localized_message"].startswith("ligne JSON illisible (")
    assert problem["localized_hint"].startswith("corrigez cette ligne")
    assert posted.json()["errors"] == [f"the request body#2: {problem['message']}"]

    refused = client.post("/api/v1/articles", content=BAD.encode(), headers={
        **auth, "content-type": "application/json"})
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["message"].startswith("nothing was stored: the request body: broken JSON (")
    assert error["localized_message"].startswith(
        "rien n'a été enregistré : le corps de la requête : JSON illisible (")
