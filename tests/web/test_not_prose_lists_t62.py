"""Regression (t-check62 claim 4): an article whose body is no prose (a list of names, a
keyword dump) was listed unmarked in ``stories``, ``latest`` and ``search`` (CLI, API,
web), each as "1 article; 1 source, with its own article". Every list marks it, in the
reader's language, and the story lists leave its story out unless asked. A real store
and index, the installed command, the app on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_not_prose_page_h62 import BRIEF, NAMES
from web_kit import serve

from capture_kit import err, run_veille

NAMES_TITLE, BRIEF_TITLE = NAMES["headline"], BRIEF["headline"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, Path]]:
    root = tmp_path_factory.mktemp("nonprose-lists")
    files = []
    for name, item in (("names.json", NAMES), ("brief.json", BRIEF)):
        (root / name).write_text(json.dumps(item), "utf-8")
        files.append(str(root / name))
    data = root / "data"
    done = run_veille(["ingest", *files], data_dir=data)
    assert done.returncode == 0, err(done)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=180) as http:
        yield http, data


def _cli(data: Path, *args: str, lang: str = "en") -> str:
    env = {**os.environ, "LANGUAGE": lang, "LC_ALL": "", "LANG": ""}
    done = run_veille(list(args), data_dir=data, env=env)
    assert done.returncode == 0, err(done)
    return done.stdout.decode()


def test_the_api_lists_mark_it_and_stories_leave_it_out(
        store: tuple[httpx.Client, Path]) -> None:
    client, _data = store
    rows = {r["title"]: r for r in client.get("/api/v1/latest").json()["articles"]}
    assert "list of tags, names or links" in rows[NAMES_TITLE]["not_prose"]
    assert rows[BRIEF_TITLE]["not_prose"] == ""
    # Changed on purpose by h-api66 (issue 14): search leaves the bodies of no prose out
    # by default (a tag page repeats every keyword); not_prose=true includes them, marked.
    default = [h["title"] for h in client.get("/api/v1/search",
                                               params={"q": "Brévannes"}).json()["hits"]]
    assert default == [BRIEF_TITLE]
    hits = {h["title"]: h for h in client.get("/api/v1/search", params={
        "q": "Brévannes", "not_prose": "true"}).json()["hits"]}
    assert hits[NAMES_TITLE]["not_prose"] and not hits[BRIEF_TITLE]["not_prose"]
    listed = client.get("/api/v1/stories").json()
    assert [s["title"] for s in listed["stories"]] == [BRIEF_TITLE] and listed["total"] == 1
    every = client.get("/api/v1/stories", params={"not_prose": "true"}).json()
    marked = {s["title"]: s["not_prose"] for s in every["stories"]}
    assert every["total"] == 2 and marked[NAMES_TITLE] and marked[BRIEF_TITLE] == ""


@pytest.mark.parametrize(("lang", "word"), [("fr", "page sans texte suivi"),
                                            ("en", "not prose")])
def test_the_pages_mark_it_in_the_readers_language(
        store: tuple[httpx.Client, Path], lang: str, word: str) -> None:
    client, _data = store
    # h-api66: /search lists them with not_prose=1 only
    for path, params in (("/", {}), ("/search", {"q": "Brévannes", "not_prose": "1"})):
        page = client.get(path, params={**params, "lang": lang}).text.replace("&#39;", "'")
        # each row, from its data-id to the next (<mark> and links off)
        rows = [re.sub(r"<(?!span class=\"badge)[^>]+>", "", r)
                for r in page.split(' data-id="')[1:]]
        names = [r for r in rows if NAMES_TITLE in r]
        brief = [r for r in rows if "inaugure sa passerelle" in r]
        assert names and all(word in r for r in names), path
        assert brief and not any(word in r for r in brief), path
    stories = client.get("/stories", params={"lang": lang}).text
    assert BRIEF_TITLE.replace("'", "&#39;") in stories and NAMES_TITLE not in stories
    every = client.get("/stories", params={"lang": lang, "not_prose": "1"}).text
    assert NAMES_TITLE in every and word in every


def test_the_cli_lists_mark_it_and_stories_leave_it_out(
        store: tuple[httpx.Client, Path]) -> None:
    _client, data = store
    for lang, word in (("fr", "[page sans texte suivi]"), ("en", "[not prose]")):
        for args in (("latest",), ("search", "Brévannes", "--not-prose"),
                     ("stories", "--not-prose")):
            lines = _cli(data, *args, lang=lang).splitlines()
            assert any(NAMES_TITLE in x and word in x for x in lines), args
            assert not any(BRIEF_TITLE in x and word in x for x in lines), args
        assert NAMES_TITLE not in _cli(data, "stories", lang=lang)
    latest = [json.loads(x) for x in _cli(data, "latest", "--json").splitlines()]
    assert {r["content"]["title"]: bool(r["not_prose"]) for r in latest} == {
        NAMES_TITLE: True, BRIEF_TITLE: False}
    default = json.loads(_cli(data, "search", "Brévannes", "--json"))["hits"]
    assert [h["title"] for h in default] == [BRIEF_TITLE]  # h-api66: left out by default
    found = json.loads(_cli(data, "search", "Brévannes", "--json", "--not-prose"))["hits"]
    assert {h["title"]: bool(h["not_prose"]) for h in found} == {
        NAMES_TITLE: True, BRIEF_TITLE: False}
    listed = json.loads(_cli(data, "stories", "--json"))
    assert [s["title"] for s in listed] == [BRIEF_TITLE]
    every = json.loads(_cli(data, "stories", "--json", "--not-prose"))
    assert {s["title"]: bool(s["not_prose"]) for s in every} == {
        NAMES_TITLE: True, BRIEF_TITLE: False}
