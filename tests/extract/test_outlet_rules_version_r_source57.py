# ruff: noqa: E501  (the inputs hold paragraphs on one line, as pages do)
"""Stored outlet names follow the naming rules' version (r-source57, issue 14 fault 3):
a store whose names were derived by older rules (here: written so by hand in the real
SQLite file, as veille 7d736d0a stored them: a Reuters capture's site name "Skip to main
content", a page of "Nouvelle-Calédonie la 1ère" on 127.0.0.1 kept under the address,
no version kept) is brought to the current rules when a writer opens it: each such
article is derived again from its raw input, written through the change log (the index
and the facets follow), and the version is kept so that the next open does nothing. A
user's edit of a source is kept."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import veille
from veille.cli.main import main

NAMING_STATE = "naming-rules"
"""veille.naming_rules.NAMING_STATE (spelt here: the test runs on a tree without it)."""

EN = """ATHENS, Dec 3 - A storm flooded villages in Thessaly and cut power to thousands of homes on Crete on Wednesday, Greek authorities said.
Rivers overflowed near Larissa and Karditsa, where farmland was still recovering from the 2023 floods. In Heraklion, on Crete, schools were shut.
"The situation is under control," the civil protection minister told reporters."""
FR = """Le conseil municipal a voté jeudi un programme de travaux de quatre millions d'euros pour le port et ses quais.
« Nous ne pouvons plus attendre une nouvelle saison de tempêtes », a déclaré le maire lors de la séance.
Les travaux doivent commencer en mars et durer huit mois, a précisé la mairie dans un communiqué."""
CAPTURE = "\n\n".join([
    "https://www.reuters.com/world/europe/storm-floods-thessaly-crete-2026-12-03/",
    "Reuters\nSkip to main content\nSearch\nSign In", "World",
    "Storm floods Thessaly villages, cuts power on Crete",
    "December 3, 2026 10:15 AM GMT+1", *EN.splitlines()]) + "\n"
PAGE = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Nouméa : le port engage ses travaux</title>
<link rel="canonical" href="http://127.0.0.1:8771/noumea-port.html"><meta property="og:site_name" content="Nouvelle-Calédonie la 1ère">
</head><body><article><h1>Nouméa : le port engage ses travaux</h1>{"".join(f"<p>{p}</p>" for p in FR.splitlines())}</article></body></html>"""
OTHER = CAPTURE.replace("Thessaly villages", "Epirus villages").replace("reuters.com/world/europe/storm-floods-thessaly", "reuters.com/world/europe/storm-floods-epirus").replace("Thessaly", "Epirus")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def rows(db: Path) -> dict[str, tuple[str, str, dict]]:
    """title -> (source column, site_name, evidence) as stored."""
    with sqlite3.connect(db) as conn:
        found = {}
        for source, doc in conn.execute("SELECT source, doc FROM articles"):
            content = json.loads(doc)["content"]
            found[content["title"]] = (source, content["site_name"], content["evidence"])
        return found


def as_old_rules_stored(db: Path) -> None:
    """Write the rows as the rules before versioning stored them (7d736d0a)."""
    with sqlite3.connect(db) as conn:
        for article_id, source, doc in conn.execute("SELECT id, source, doc FROM articles").fetchall():
            record = json.loads(doc)
            content = record["content"]
            if content["site_name"] == "Reuters":
                content["site_name"] = "Skip to main content"
            if content["site_name"] == "Nouvelle-Calédonie la 1ère":
                source = record["source"] = "127.0.0.1"
            conn.execute("UPDATE articles SET source = ?, doc = ? WHERE id = ?",
                         (source, json.dumps(record, ensure_ascii=False), article_id))
            for table in ("signatures", "story_members"):
                conn.execute(f"UPDATE {table} SET source = ? WHERE article_id = ?", (source, article_id))
        conn.execute("DELETE FROM counters WHERE name = ?", (NAMING_STATE,))


def test_names_stored_by_older_rules_are_derived_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    for name, text in {"a.txt": CAPTURE, "b.html": PAGE, "c.txt": OTHER}.items():
        (tmp_path / name).write_text(text, "utf-8")
    run(capsys, "--data-dir", str(data), "ingest", *(str(tmp_path / n) for n in ("a.txt", "b.html", "c.txt")))
    db = data / "veille.sqlite3"
    ids = {json.loads(x)["title"] if "title" in json.loads(x) else json.loads(x)["content"]["title"]: json.loads(x)["id"]
           for x in run(capsys, "--data-dir", str(data), "latest", "--json").splitlines() if x.startswith("{")}
    epirus = next(i for t, i in ids.items() if "Epirus" in t)
    run(capsys, "--data-dir", str(data), "edit", epirus, "--source", "apnews.com")
    as_old_rules_stored(db)
    old = rows(db)
    assert old["Storm floods Thessaly villages, cuts power on Crete"][1] == "Skip to main content"
    assert old["Nouméa : le port engage ses travaux"][0] == "127.0.0.1"

    with veille.open(data) as writer:  # a writer opens the store: the rules changed
        writer.store  # noqa: B018
        writer.sync()
    new = rows(db)
    assert new["Storm floods Thessaly villages, cuts power on Crete"][:2] == ("reuters.com", "Reuters")
    assert new["Nouméa : le port engage ses travaux"][:2] == (
        "Nouvelle-Calédonie la 1ère", "Nouvelle-Calédonie la 1ère")
    assert new["Storm floods Epirus villages, cuts power on Crete"][0] == "apnews.com"  # the user's edit
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM counters WHERE name = ?", (NAMING_STATE,)).fetchone() is not None
        kinds = [k for (k,) in conn.execute("SELECT kind FROM changes ORDER BY seq")]
        members = {s for (s,) in conn.execute("SELECT source FROM story_members")}
    assert kinds.count("reextract") >= 2
    assert "127.0.0.1" not in members
    latest = run(capsys, "--data-dir", str(data), "latest")
    assert "127.0.0.1" not in latest and "Skip to" not in latest
    assert "Nouvelle-Calédonie la 1ère" in latest
    hits = json.loads(run(capsys, "--data-dir", str(data), "search", "port", "--json"))
    assert "127.0.0.1" not in json.dumps(hits, ensure_ascii=False)

    # the version kept, the next writer changes nothing
    before = len(kinds)
    with veille.open(data) as writer:
        writer.store  # noqa: B018
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == before
